//! The mail domain checks as pure functions: which domain an account sends from, and what its
//! MX, SPF, DMARC, DKIM and blocklist records mean. Look-ups live in `probe`; everything here
//! takes record text in and gives verdicts out, so it is tested over literal records.

pub mod dkim;
pub mod dmarc;
pub mod dnsbl;
pub mod mx;
pub mod spf;

use crate::model::Said;

/// The result of one TXT look-up, as the checks need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TxtAnswer {
    /// The TXT records (each one's strings joined).
    Records(Vec<String>),
    /// The name does not exist or has no TXT record.
    NoRecords,
    /// The look-up failed; the message says how, in the reader's language when shown.
    Failed(Said),
}

/// `said` with every text it quotes sanitized: the look-up's words may hold the DNS's text.
pub fn sanitized(mut said: Said) -> Said {
    said.texts_mut(&mut |text| *text = crate::sanitize::sanitize_str(text));
    said
}

/// The domain part of an address, when it looks like a domain name.
pub fn domain_of(address: &str) -> Option<String> {
    let address = address.trim().trim_start_matches('<').trim_end_matches('>');
    let (_, domain) = address.rsplit_once('@')?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    is_domain_name(&domain).then_some(domain)
}

/// A host name of at least two labels of letters, digits, `-` and `_`, each 1 to 63 long, the
/// last not all digits.
pub fn is_domain_name(name: &str) -> bool {
    let name = name.strip_suffix('.').unwrap_or(name);
    if name.is_empty() || name.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = name.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        && labels
            .last()
            .is_some_and(|tld| !tld.bytes().all(|b| b.is_ascii_digit()))
}

/// A name made fully qualified (one trailing dot), so no search domain is appended to it.
pub fn fqdn(name: &str) -> String {
    format!("{}.", name.trim_end_matches('.'))
}

#[cfg(test)]
mod tests_language;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_names_are_checked() {
        assert!(is_domain_name("_spf.google.com"));
        assert!(is_domain_name("example.test."));
        assert!(!is_domain_name("example"));
        assert!(!is_domain_name("192.0.2.1"));
        assert!(!is_domain_name("exa mple.test"));
        assert!(!is_domain_name("a..test"));
        assert_eq!(fqdn("example.test"), "example.test.");
        assert_eq!(fqdn("example.test."), "example.test.");
    }
}
