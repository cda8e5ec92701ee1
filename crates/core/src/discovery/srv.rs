//! RFC 6186 SRV records: `_pop3s._tcp`, `_pop3._tcp`, `_imaps._tcp`, `_imap._tcp`,
//! `_submissions._tcp` and `_submission._tcp` under the domain, and which server they point a mail program at. A target
//! of "." means the domain decidedly does not offer the service.

use std::cmp::Reverse;

use serde::Serialize;

use super::DnsAnswer;
use crate::sanitize::sanitize_str;
use crate::settings::{Endpoint, Protocol, Security};

/// A mail service RFC 6186 (and RFC 8314 for the implicit-TLS ones) names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SrvService {
    /// POP3 with TLS from the first byte.
    Pop3s,
    /// POP3, upgraded with STLS.
    Pop3,
    /// IMAP with TLS from the first byte.
    Imaps,
    /// IMAP, upgraded with STARTTLS.
    Imap,
    /// Submission with TLS from the first byte.
    Submissions,
    /// Submission, upgraded with STARTTLS.
    Submission,
}

impl SrvService {
    pub const ALL: [SrvService; 6] = [
        SrvService::Pop3s,
        SrvService::Pop3,
        SrvService::Imaps,
        SrvService::Imap,
        SrvService::Submissions,
        SrvService::Submission,
    ];

    /// The owner-name prefix: `_pop3s._tcp`.
    pub fn label(self) -> &'static str {
        match self {
            SrvService::Pop3s => "_pop3s._tcp",
            SrvService::Pop3 => "_pop3._tcp",
            SrvService::Imaps => "_imaps._tcp",
            SrvService::Imap => "_imap._tcp",
            SrvService::Submissions => "_submissions._tcp",
            SrvService::Submission => "_submission._tcp",
        }
    }

    pub fn protocol(self) -> Protocol {
        match self {
            SrvService::Pop3s | SrvService::Pop3 => Protocol::Pop3,
            SrvService::Imaps | SrvService::Imap => Protocol::Imap,
            SrvService::Submissions | SrvService::Submission => Protocol::Smtp,
        }
    }

    /// The security a server found through this service is used with. The services without
    /// TLS in their name are taken as STARTTLS: a password is never proposed in plain text.
    pub fn security(self) -> Security {
        match self {
            SrvService::Pop3s | SrvService::Imaps | SrvService::Submissions => Security::Tls,
            SrvService::Pop3 | SrvService::Imap | SrvService::Submission => Security::Starttls,
        }
    }
}

/// One SRV record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SrvTarget {
    pub priority: u16,
    pub weight: u16,
    pub port: u16,
    /// Lower-case, without the final dot; empty for "." (service not offered).
    pub host: String,
}

impl SrvTarget {
    pub fn new(priority: u16, weight: u16, port: u16, host: &str) -> SrvTarget {
        SrvTarget {
            priority,
            weight,
            port,
            host: sanitize_str(&host.trim().trim_end_matches('.').to_ascii_lowercase()),
        }
    }

    /// The "." target: the service is not offered.
    pub fn is_not_offered(&self) -> bool {
        self.host.is_empty()
    }
}

/// What the SRV records say about one protocol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SrvOffer {
    /// The server to use.
    Offered(Endpoint),
    /// Every record for the protocol has the "." target.
    NotOffered,
    /// No record for the protocol (or no usable answer).
    Unknown,
}

/// The server the records point at for `protocol`: the lowest priority across both of its
/// services (RFC 6186 section 3.4), implicit TLS first on a tie (RFC 8314), then the highest
/// weight. Records with port 0 are ignored.
pub fn offer(protocol: Protocol, answers: &[(SrvService, DnsAnswer<SrvTarget>)]) -> SrvOffer {
    let of_protocol = answers.iter().filter(|(s, _)| s.protocol() == protocol);
    let mut not_offered = false;
    let mut best: Option<(SrvService, &SrvTarget)> = None;
    for (service, answer) in of_protocol {
        for target in answer.records() {
            if target.is_not_offered() {
                not_offered = true;
                continue;
            }
            if target.port == 0 {
                continue;
            }
            let key = |s: SrvService, t: &SrvTarget| {
                (
                    t.priority,
                    s.security() != Security::Tls,
                    Reverse(t.weight),
                    t.host.clone(),
                )
            };
            if best.is_none_or(|(s, t)| key(*service, target) < key(s, t)) {
                best = Some((*service, target));
            }
        }
    }
    match best {
        Some((service, target)) => SrvOffer::Offered(Endpoint {
            host: target.host.clone(),
            port: target.port,
            security: service.security(),
        }),
        None if not_offered => SrvOffer::NotOffered,
        None => SrvOffer::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(list: &[(u16, u16, u16, &str)]) -> DnsAnswer<SrvTarget> {
        DnsAnswer::Records(
            list.iter()
                .map(|(p, w, port, h)| SrvTarget::new(*p, *w, *port, h))
                .collect(),
        )
    }

    #[test]
    fn lowest_priority_wins_and_tls_breaks_ties() {
        let answers = vec![
            (
                SrvService::Pop3s,
                records(&[(10, 0, 995, "pop.example.org.")]),
            ),
            (
                SrvService::Pop3,
                records(&[(10, 0, 110, "pop.example.org.")]),
            ),
            (
                SrvService::Submission,
                records(&[(0, 1, 587, "smtp.example.org.")]),
            ),
            (
                SrvService::Submissions,
                records(&[(5, 0, 465, "smtp.example.org.")]),
            ),
        ];
        assert_eq!(
            offer(Protocol::Pop3, &answers),
            SrvOffer::Offered(Endpoint {
                host: "pop.example.org".into(),
                port: 995,
                security: Security::Tls
            })
        );
        assert_eq!(
            offer(Protocol::Smtp, &answers),
            SrvOffer::Offered(Endpoint {
                host: "smtp.example.org".into(),
                port: 587,
                security: Security::Starttls
            })
        );
    }

    #[test]
    fn dot_target_means_not_offered() {
        let answers = vec![
            (SrvService::Pop3s, records(&[(0, 0, 0, ".")])),
            (SrvService::Pop3, DnsAnswer::NoRecords),
            (SrvService::Submissions, DnsAnswer::NoSuchDomain),
        ];
        assert_eq!(offer(Protocol::Pop3, &answers), SrvOffer::NotOffered);
        assert_eq!(offer(Protocol::Smtp, &answers), SrvOffer::Unknown);
    }

    #[test]
    fn imap_services_are_their_own_protocol() {
        let answers = vec![
            (
                SrvService::Pop3s,
                records(&[(0, 0, 995, "pop.example.org")]),
            ),
            (
                SrvService::Imaps,
                records(&[(5, 0, 993, "imap.example.org")]),
            ),
            (
                SrvService::Imap,
                records(&[(0, 0, 143, "imap.example.org")]),
            ),
        ];
        assert_eq!(
            offer(Protocol::Imap, &answers),
            SrvOffer::Offered(Endpoint {
                host: "imap.example.org".into(),
                port: 143,
                security: Security::Starttls
            })
        );
        assert_eq!(SrvService::Imaps.label(), "_imaps._tcp");
        let not_offered = vec![
            (SrvService::Imaps, records(&[(0, 0, 0, ".")])),
            (SrvService::Imap, records(&[(0, 0, 0, ".")])),
        ];
        assert_eq!(offer(Protocol::Imap, &not_offered), SrvOffer::NotOffered);
        assert_eq!(offer(Protocol::Pop3, &not_offered), SrvOffer::Unknown);
    }

    #[test]
    fn a_real_target_beats_a_dot_of_the_other_service() {
        let answers = vec![
            (SrvService::Pop3s, records(&[(0, 0, 0, ".")])),
            (SrvService::Pop3, records(&[(0, 0, 110, "pop.example.org")])),
        ];
        assert!(matches!(
            offer(Protocol::Pop3, &answers),
            SrvOffer::Offered(Endpoint { port: 110, .. })
        ));
    }
}
