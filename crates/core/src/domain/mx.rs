//! MX records: their order, the null MX of RFC 7505, and the providers the MX hosts and the
//! configured servers belong to (so diagnosis can tell `mx-mismatch`).

use crate::model::{MxFacts, MxHost};
use crate::preset::Presets;
use crate::sanitize::sanitize_str;

/// Summarise the MX answers `(preference, exchange)` of a domain against the presets and the
/// configured server hosts.
pub fn summarize(records: &[(u16, String)], presets: &Presets, server_hosts: &[&str]) -> MxFacts {
    let mut hosts: Vec<MxHost> = records
        .iter()
        .map(|(preference, host)| MxHost {
            preference: *preference,
            host: sanitize_str(&host.trim_end_matches('.').to_ascii_lowercase()),
        })
        .collect();
    hosts.sort_by(|a, b| (a.preference, &a.host).cmp(&(b.preference, &b.host)));
    hosts.dedup();
    let null_mx = hosts.len() == 1 && hosts[0].host.is_empty();
    let mut mx_providers: Vec<String> = Vec::new();
    for h in hosts.iter().filter(|h| !h.host.is_empty()) {
        if let Some(p) = presets.by_mx_host(&h.host)
            && !mx_providers.contains(&p.id)
        {
            mx_providers.push(p.id.clone());
        }
    }
    let mut server_providers: Vec<String> = Vec::new();
    for host in server_hosts {
        for p in presets.all_by_server_host(host) {
            if !server_providers.contains(&p.id) {
                server_providers.push(p.id.clone());
            }
        }
    }
    MxFacts {
        hosts,
        null_mx,
        mx_providers,
        server_providers,
        failure: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(list: &[(u16, &str)]) -> Vec<(u16, String)> {
        list.iter().map(|(p, h)| (*p, h.to_string())).collect()
    }

    #[test]
    fn sorted_by_preference_and_matched_to_providers() {
        let presets = Presets::embedded();
        let f = summarize(
            &records(&[(10, "ALT1.ASPMX.L.GOOGLE.COM."), (1, "aspmx.l.google.com.")]),
            &presets,
            &["outlook.office365.com", "smtp.office365.com"],
        );
        assert_eq!(f.hosts[0].host, "aspmx.l.google.com");
        assert_eq!(f.hosts[1].preference, 10);
        assert_eq!(f.mx_providers, ["google-workspace"]);
        assert!(f.server_providers.contains(&"microsoft-365".to_string()));
        assert!(!f.null_mx);
    }

    #[test]
    fn null_mx_is_recognised() {
        let f = summarize(&records(&[(0, ".")]), &Presets::embedded(), &[]);
        assert!(f.null_mx);
        assert!(f.mx_providers.is_empty());
    }

    #[test]
    fn unknown_hosts_match_no_provider() {
        let f = summarize(
            &records(&[(10, "mx.example.test.")]),
            &Presets::embedded(),
            &["mail.example.test"],
        );
        assert!(f.mx_providers.is_empty());
        assert!(f.server_providers.is_empty());
    }
}
