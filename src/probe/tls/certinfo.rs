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
    })
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
    fn unparsable_certificate_has_no_summary() {
        assert!(summarize_certificate(&CertificateDer::from(vec![0x30, 0x03, 1, 2, 3])).is_none());
    }
}
