//! MX records of a domain: which hosts receive its mail, most preferred first, and the null MX
//! of RFC 7505 ("this domain accepts no mail").

use std::time::Duration;

use hickory_resolver::TokioResolver;
use hickory_resolver::proto::rr::{RData, RecordType};
use serde::Serialize;

use super::{DnsAnswer, lookup};
use crate::preset::{Preset, Presets};
use crate::sanitize::sanitize_str;

/// One MX record.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MxHost {
    pub preference: u16,
    /// Lower-case, without the final dot; empty for the null MX.
    pub host: String,
}

impl MxHost {
    pub fn new(preference: u16, host: &str) -> MxHost {
        MxHost {
            preference,
            host: sanitize_str(&host.trim().trim_end_matches('.').to_ascii_lowercase()),
        }
    }

    /// The null MX: the domain says it accepts no mail.
    pub fn is_null(&self) -> bool {
        self.host.is_empty()
    }
}

/// The records sorted by preference (then name), each once.
pub fn ordered(mut hosts: Vec<MxHost>) -> Vec<MxHost> {
    hosts.sort();
    hosts.dedup();
    hosts
}

/// The provider whose MX suffix matches the most preferred MX host that any preset knows.
pub fn provider<'a>(hosts: &[MxHost], presets: &'a Presets) -> Option<(&'a Preset, String)> {
    hosts
        .iter()
        .filter(|h| !h.is_null())
        .find_map(|h| presets.by_mx_host(&h.host).map(|p| (p, h.host.clone())))
}

/// Look up the MX records of `domain`, most preferred first.
pub async fn lookup_mx(
    resolver: &TokioResolver,
    domain: &str,
    deadline: Duration,
) -> DnsAnswer<MxHost> {
    let answer = lookup(
        resolver,
        domain,
        RecordType::MX,
        deadline,
        |data| match data {
            RData::MX(mx) => Some(MxHost::new(mx.preference, &mx.exchange.to_ascii())),
            _ => None,
        },
    )
    .await;
    match answer {
        DnsAnswer::Records(hosts) => DnsAnswer::Records(ordered(hosts)),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_by_preference_and_normalised() {
        let hosts = ordered(vec![
            MxHost::new(10, "ALT1.ASPMX.L.GOOGLE.COM."),
            MxHost::new(1, "aspmx.l.google.com."),
            MxHost::new(1, "aspmx.l.google.com"),
        ]);
        assert_eq!(hosts.len(), 2);
        assert_eq!(hosts[0].host, "aspmx.l.google.com");
        assert_eq!(hosts[1].host, "alt1.aspmx.l.google.com");
    }

    #[test]
    fn null_mx_has_no_host() {
        assert!(MxHost::new(0, ".").is_null());
        assert!(!MxHost::new(0, "mx.example.org").is_null());
    }

    #[test]
    fn provider_by_the_first_known_mx() {
        let presets = Presets::embedded();
        let hosts = ordered(vec![
            MxHost::new(5, "mx.backup.example"),
            MxHost::new(10, "example-com.mail.protection.outlook.com"),
        ]);
        let (preset, host) = provider(&hosts, &presets).unwrap();
        assert_eq!(preset.id, "microsoft-365");
        assert_eq!(host, "example-com.mail.protection.outlook.com");
        assert!(provider(&[MxHost::new(0, ".")], &presets).is_none());
    }
}
