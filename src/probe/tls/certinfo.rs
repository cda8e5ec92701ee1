//! Certificate summaries: the parts of an X.509 certificate a technician needs, made safe to show.

use std::net::IpAddr;

use pki_types::CertificateDer;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::X509Certificate;

use crate::model::CertSummary;
use crate::sanitize::sanitize_str;

/// Summarize one DER certificate, or `None` when it cannot be parsed (the chain verdict then
/// says why the certificate was rejected).
pub(super) fn summarize_certificate(der: &CertificateDer<'_>) -> Option<CertSummary> {
    let (_, cert) = x509_parser::parse_x509_certificate(der.as_ref()).ok()?;
    let (dns_names, ip_addresses) = subject_alternative_names(&cert);
    let validity = cert.validity();
    Some(CertSummary {
        subject: sanitize_str(&cert.subject().to_string()),
        issuer: sanitize_str(&cert.issuer().to_string()),
        dns_names,
        ip_addresses,
        not_before: rfc3339_utc(validity.not_before.timestamp()),
        not_after: rfc3339_utc(validity.not_after.timestamp()),
        not_before_unix: validity.not_before.timestamp(),
        not_after_unix: validity.not_after.timestamp(),
        sha256_fingerprint: sha256_fingerprint(der.as_ref()),
    })
}

/// SHA-256 of `der` as colon-separated upper-case hex (`AB:CD:…`), the form certificate viewers
/// and providers' support pages show.
pub fn sha256_fingerprint(der: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, der);
    digest
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// The DNS names and IP addresses a certificate is issued for (sanitized).
fn subject_alternative_names(cert: &X509Certificate<'_>) -> (Vec<String>, Vec<String>) {
    let mut dns_names = Vec::new();
    let mut ip_addresses = Vec::new();
    let Ok(Some(san)) = cert.subject_alternative_name() else {
        return (dns_names, ip_addresses);
    };
    for name in &san.value.general_names {
        match name {
            GeneralName::DNSName(dns) => dns_names.push(sanitize_str(dns)),
            GeneralName::IPAddress(bytes) => {
                if let Some(ip) = ip_from_octets(bytes) {
                    ip_addresses.push(ip.to_string());
                }
            }
            _ => {}
        }
    }
    (dns_names, ip_addresses)
}

fn ip_from_octets(bytes: &[u8]) -> Option<IpAddr> {
    match bytes.len() {
        4 => <[u8; 4]>::try_from(bytes).ok().map(IpAddr::from),
        16 => <[u8; 16]>::try_from(bytes).ok().map(IpAddr::from),
        _ => None,
    }
}

/// Unix seconds as RFC 3339 in UTC ("2024-01-01T00:00:00Z"); the plain number when the date
/// cannot be written that way (years beyond 9999).
pub(super) fn rfc3339_utc(unix_seconds: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix_seconds)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| format!("@{unix_seconds}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_unix_seconds_as_utc() {
        assert_eq!(rfc3339_utc(1_704_067_200), "2024-01-01T00:00:00Z");
        assert_eq!(rfc3339_utc(i64::MAX), format!("@{}", i64::MAX));
    }

    #[test]
    fn reads_ip_addresses_of_both_families() {
        assert_eq!(
            ip_from_octets(&[127, 0, 0, 1]),
            Some(IpAddr::from([127, 0, 0, 1]))
        );
        let mut v6 = [0u8; 16];
        v6[15] = 1;
        assert_eq!(
            ip_from_octets(&v6).map(|ip| ip.to_string()),
            Some("::1".into())
        );
        assert_eq!(ip_from_octets(&[1, 2, 3]), None);
    }

    #[test]
    fn the_fingerprint_is_the_sha256_of_the_der_in_colon_hex() {
        // SHA-256 of the empty input and of "abc" (FIPS 180-2 test vectors).
        assert_eq!(
            sha256_fingerprint(b""),
            "E3:B0:C4:42:98:FC:1C:14:9A:FB:F4:C8:99:6F:B9:24:\
             27:AE:41:E4:64:9B:93:4C:A4:95:99:1B:78:52:B8:55"
        );
        let abc = sha256_fingerprint(b"abc");
        assert!(abc.starts_with("BA:78:16:BF:8F:01:CF:EA"), "{abc}");
        assert_eq!(abc.len(), 32 * 3 - 1);
    }

    #[test]
    fn unparsable_certificate_has_no_summary() {
        assert!(summarize_certificate(&CertificateDer::from(vec![0x30, 0x03, 1, 2, 3])).is_none());
    }
}
