//! Guessing an account's servers as mail programs do, when no source named one for a side: the
//! usual names of the e-mail domain (the domain itself, `mail.`, `pop.`, `pop3.`, `imap.`,
//! `smtp.`, then its MX hosts) on the standard ports with encryption, each probed to its
//! capabilities only (never a login). This module says what to probe, picks the best answer
//! per protocol and words what was found; probing is the driver's job (`discover::guess`).
//!
//! The pick, best first: a server that answered its protocol; implicit TLS over STARTTLS (plain
//! text is never probed, and a server that answers only without encryption is never picked);
//! a valid certificate over an invalid one; a certificate whose names cover the host over one
//! that does not; then the order of the names above.

use crate::account::guessed::{GuessPicks, security_words};
use crate::account::{Endpoint, Protocol, Security};
use crate::model::{CertVerdict, Said};
use crate::port_scan::{ScanCell, Verdict};
use crate::said;

/// At most this many MX hosts (most preferred first) join the candidate names.
pub const MAX_MX_HOSTS: usize = 2;

/// At most this many probes in one guess: six names of the domain and two MX hosts, each on the
/// two encrypted settings of the protocols it may serve (32 with POP3, IMAP and SMTP).
pub const MAX_PROBES: usize = 32;

/// The ports the guess probes for each protocol and security: the standard ones. Tests point
/// them at servers of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuessPorts {
    pub pop3_tls: u16,
    pub pop3_starttls: u16,
    pub imap_tls: u16,
    pub imap_starttls: u16,
    pub smtp_tls: u16,
    pub smtp_starttls: u16,
}

impl GuessPorts {
    /// POP3 995 / 110, IMAP 993 / 143, SMTP 465 / 587.
    pub const STANDARD: GuessPorts = GuessPorts {
        pop3_tls: 995,
        pop3_starttls: 110,
        imap_tls: 993,
        imap_starttls: 143,
        smtp_tls: 465,
        smtp_starttls: 587,
    };

    /// The port probed for `protocol` with `security` (plain text is never probed: its
    /// STARTTLS port).
    pub fn port(&self, protocol: Protocol, security: Security) -> u16 {
        match (protocol, security) {
            (Protocol::Pop3, Security::Tls) => self.pop3_tls,
            (Protocol::Pop3, _) => self.pop3_starttls,
            (Protocol::Imap, Security::Tls) => self.imap_tls,
            (Protocol::Imap, _) => self.imap_starttls,
            (Protocol::Smtp, Security::Tls) => self.smtp_tls,
            (Protocol::Smtp, _) => self.smtp_starttls,
        }
    }
}

impl Default for GuessPorts {
    fn default() -> Self {
        GuessPorts::STANDARD
    }
}

/// The security modes probed, best first.
pub const MODES: [Security; 2] = [Security::Tls, Security::Starttls];

/// The candidate names for a domain, in the order the pick prefers them: the domain, `mail.`,
/// `pop.`, `pop3.`, `imap.`, `smtp.`, then up to [`MAX_MX_HOSTS`] MX hosts; without repeats.
pub fn candidate_names(domain: &str, mx: &[String]) -> Vec<String> {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let mut names = vec![domain.clone()];
    for prefix in ["mail", "pop", "pop3", "imap", "smtp"] {
        names.push(format!("{prefix}.{domain}"));
    }
    for host in mx.iter().take(MAX_MX_HOSTS) {
        let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
        if !host.is_empty() && !names.contains(&host) {
            names.push(host);
        }
    }
    names
}

/// True when `name` may serve `protocol`: `pop.`/`pop3.` names only POP3, `imap.` only IMAP,
/// `smtp.` only SMTP; the domain, `mail.` and the MX hosts anything.
pub fn serves(name: &str, domain: &str, protocol: Protocol) -> bool {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let prefix = name
        .strip_suffix(domain.as_str())
        .and_then(|rest| rest.strip_suffix('.'));
    match prefix {
        Some("pop" | "pop3") => protocol == Protocol::Pop3,
        Some("imap") => protocol == Protocol::Imap,
        Some("smtp") => protocol == Protocol::Smtp,
        _ => true,
    }
}

/// Every probe of a guess for `protocols`, in the order of the names: `(protocol, server)`, at
/// most [`MAX_PROBES`].
pub fn probes(
    names: &[String],
    domain: &str,
    protocols: &[Protocol],
    ports: &GuessPorts,
) -> Vec<(Protocol, Endpoint)> {
    let mut out = Vec::new();
    for name in names {
        for &protocol in protocols {
            if !serves(name, domain, protocol) {
                continue;
            }
            for security in MODES {
                out.push((
                    protocol,
                    Endpoint {
                        host: name.clone(),
                        port: ports.port(protocol, security),
                        security,
                    },
                ));
            }
        }
    }
    out.truncate(MAX_PROBES);
    out
}

/// What a guess tried and saw.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Guessed {
    pub domain: String,
    /// The candidate names, in order of preference.
    pub names: Vec<String>,
    /// The names that do not exist or have no address (not probed).
    pub missing: Vec<String>,
    /// The protocols guessed for.
    pub protocols: Vec<Protocol>,
    /// The ports tried, `(protocol, port, security)`.
    pub ports: Vec<(Protocol, u16, Security)>,
    /// One cell per probe.
    pub cells: Vec<ScanCell>,
    /// The step deadline the guess ran within, in seconds.
    pub deadline_s: f64,
}

/// True when the cell's server answered its protocol with encryption, or got as far as showing
/// a certificate that was not accepted.
fn answered(cell: &ScanCell) -> bool {
    cell.security != Security::None && matches!(cell.verdict, Verdict::Works | Verdict::Certificate)
}

/// How good a certificate is: valid, then invalid but naming the host, then not naming it.
fn certificate_rank(cell: &ScanCell) -> u8 {
    match (cell.verdict, cell.certificate) {
        (Verdict::Works, _) | (_, Some(CertVerdict::Valid)) => 0,
        (_, Some(CertVerdict::NameMismatch)) => 2,
        _ => 1,
    }
}

impl Guessed {
    /// The best server that answered `protocol`, if any (see the module's order).
    pub fn pick(&self, protocol: Protocol) -> Option<&ScanCell> {
        let rank = |name: &str| {
            self.names
                .iter()
                .position(|n| n == name)
                .unwrap_or(usize::MAX)
        };
        self.cells
            .iter()
            .filter(|c| c.protocol == protocol && answered(c))
            .min_by_key(|c| {
                (
                    c.security != Security::Tls,
                    certificate_rank(c),
                    rank(&c.host),
                )
            })
    }

    /// Servers that answered `protocol` but offered no encryption (never picked; named in the
    /// message).
    pub fn plain_only(&self, protocol: Protocol) -> Vec<String> {
        let mut hosts: Vec<String> = Vec::new();
        for cell in self.cells.iter().filter(|c| {
            c.protocol == protocol && matches!(c.verdict, Verdict::NoStarttls | Verdict::NotTls)
        }) {
            let label = format!("{}:{}", cell.host, cell.port);
            if !hosts.contains(&label) && self.pick(protocol).is_none() {
                hosts.push(label);
            }
        }
        hosts
    }

    /// The picks, as the account's sources take them.
    pub fn picks(&self) -> GuessPicks {
        let pick = |protocol| self.pick(protocol).map(ScanCell::endpoint);
        GuessPicks {
            pop3: pick(Protocol::Pop3),
            imap: pick(Protocol::Imap),
            smtp: pick(Protocol::Smtp),
        }
    }

    /// The one paragraph saying that nothing answered: the names and ports tried, and what to
    /// ask the provider.
    pub fn nothing_answered(&self) -> Said {
        let ports: Vec<Said> = self
            .ports
            .iter()
            .map(|(protocol, port, security)| {
                let security = match security {
                    Security::None => said!("guess-no-encryption"),
                    other => Said::Verbatim(security_words(*other).to_string()),
                };
                said!(
                    "guess-port",
                    protocol = protocol.as_str(),
                    port = port.to_string(),
                    security = security
                )
            })
            .collect();
        let tried = said!(
            "guess-nothing-answered",
            names = self.names.join(", "),
            ports = Said::joined(ports, ", "),
            seconds = format!("{:.0}", self.deadline_s)
        );
        let missing = (!self.missing.is_empty())
            .then(|| said!("guess-names-missing", names = self.missing.join(", ")));
        let plain: Vec<String> = self
            .protocols
            .iter()
            .flat_map(|p| self.plain_only(*p))
            .collect();
        let plain =
            (!plain.is_empty()).then(|| said!("guess-plain-only", places = plain.join(", ")));
        let mut parts = vec![tried];
        parts.extend(missing);
        parts.extend(plain);
        parts.push(said!("guess-ask-provider"));
        Said::joined(parts, "")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PanelReport;

    fn cell(
        protocol: Protocol,
        host: &str,
        security: Security,
        verdict: Verdict,
        certificate: Option<CertVerdict>,
    ) -> ScanCell {
        let port = GuessPorts::STANDARD.port(protocol, security);
        ScanCell {
            protocol,
            host: host.into(),
            port,
            security,
            verdict,
            certificate,
            elapsed_ms: 1.0,
            detail: String::new().into(),
            report: PanelReport::new(crate::model::Panel::Incoming),
        }
    }

    fn guessed(cells: Vec<ScanCell>) -> Guessed {
        Guessed {
            domain: "example.test".into(),
            names: candidate_names("example.test", &["mx.example.test".into()]),
            protocols: vec![Protocol::Pop3, Protocol::Imap, Protocol::Smtp],
            cells,
            ..Guessed::default()
        }
    }

    #[test]
    fn names_come_in_order_with_the_mx_hosts_last_and_bounded() {
        let mx: Vec<String> = [
            "mail.example.test",
            "mx1.example.test",
            "mx2.example.test",
            "mx3.example.test",
        ]
        .map(String::from)
        .to_vec();
        let names = candidate_names("Example.Test.", &mx);
        assert_eq!(
            names,
            [
                "example.test",
                "mail.example.test",
                "pop.example.test",
                "pop3.example.test",
                "imap.example.test",
                "smtp.example.test",
                "mx1.example.test",
            ]
        );
        let all = probes(
            &candidate_names("example.test", &mx[1..]),
            "example.test",
            &[Protocol::Pop3, Protocol::Imap, Protocol::Smtp],
            &GuessPorts::STANDARD,
        );
        assert_eq!(
            all.len(),
            MAX_PROBES,
            "six names and two MX hosts fill the bound"
        );
        assert!(all.iter().all(|(_, e)| e.security != Security::None));
        assert!(
            !all.iter()
                .any(|(p, e)| *p == Protocol::Smtp && e.host.starts_with("pop")),
            "pop. names are not asked for SMTP"
        );
        let smtp = probes(
            &names,
            "example.test",
            &[Protocol::Smtp],
            &GuessPorts::STANDARD,
        );
        assert_eq!(
            smtp.iter()
                .map(|(_, e)| (e.host.as_str(), e.port))
                .collect::<Vec<_>>()[..4],
            [
                ("example.test", 465),
                ("example.test", 587),
                ("mail.example.test", 465),
                ("mail.example.test", 587)
            ]
        );
    }

    #[test]
    fn tls_beats_starttls_and_a_valid_certificate_beats_an_invalid_one() {
        let g = guessed(vec![
            cell(
                Protocol::Pop3,
                "example.test",
                Security::Starttls,
                Verdict::Works,
                Some(CertVerdict::Valid),
            ),
            cell(
                Protocol::Pop3,
                "pop.example.test",
                Security::Tls,
                Verdict::Certificate,
                Some(CertVerdict::NameMismatch),
            ),
            cell(
                Protocol::Pop3,
                "pop3.example.test",
                Security::Tls,
                Verdict::Certificate,
                Some(CertVerdict::Expired),
            ),
            cell(
                Protocol::Pop3,
                "mx.example.test",
                Security::Tls,
                Verdict::Works,
                Some(CertVerdict::Valid),
            ),
        ]);
        assert_eq!(g.pick(Protocol::Pop3).unwrap().host, "mx.example.test");
        let g = guessed(g.cells[..3].to_vec());
        assert_eq!(
            g.pick(Protocol::Pop3).unwrap().host,
            "pop3.example.test",
            "a certificate naming the host beats one that does not"
        );
        let g = guessed(g.cells[..1].to_vec());
        assert_eq!(g.pick(Protocol::Pop3).unwrap().security, Security::Starttls);
    }

    #[test]
    fn the_order_of_the_names_breaks_ties() {
        let g = guessed(vec![
            cell(
                Protocol::Smtp,
                "smtp.example.test",
                Security::Tls,
                Verdict::Works,
                Some(CertVerdict::Valid),
            ),
            cell(
                Protocol::Smtp,
                "mail.example.test",
                Security::Tls,
                Verdict::Works,
                Some(CertVerdict::Valid),
            ),
            cell(
                Protocol::Smtp,
                "example.test",
                Security::Tls,
                Verdict::Refused,
                None,
            ),
        ]);
        assert_eq!(g.pick(Protocol::Smtp).unwrap().host, "mail.example.test");
        assert!(g.pick(Protocol::Pop3).is_none());
    }

    #[test]
    fn plain_text_only_is_never_picked_but_named() {
        let g = guessed(vec![
            cell(
                Protocol::Pop3,
                "mail.example.test",
                Security::Starttls,
                Verdict::NoStarttls,
                None,
            ),
            cell(
                Protocol::Pop3,
                "mail.example.test",
                Security::Tls,
                Verdict::NotTls,
                None,
            ),
            cell(
                Protocol::Smtp,
                "mail.example.test",
                Security::None,
                Verdict::Works,
                None,
            ),
        ]);
        assert!(g.pick(Protocol::Pop3).is_none());
        assert!(g.pick(Protocol::Smtp).is_none());
        assert_eq!(
            g.plain_only(Protocol::Pop3),
            ["mail.example.test:110", "mail.example.test:995"]
        );
        let text = g.nothing_answered().english().into_owned();
        assert!(text.contains("mail.example.test:110"), "{text}");
        assert!(text.contains("never recommends"), "{text}");
        assert!(!text.contains('\n'));
    }

    #[test]
    fn the_message_names_what_was_tried_and_what_to_ask() {
        let mut g = guessed(Vec::new());
        g.ports = vec![
            (Protocol::Pop3, 995, Security::Tls),
            (Protocol::Smtp, 587, Security::Starttls),
        ];
        g.missing = vec!["pop3.example.test".into()];
        g.deadline_s = 10.0;
        let text = g.nothing_answered().english().into_owned();
        for part in [
            "example.test, mail.example.test, pop.example.test",
            "POP3 995 (SSL/TLS)",
            "SMTP 587 (STARTTLS)",
            "none answered as a mail server",
            "pop3.example.test do not exist",
            "Ask the provider",
            "--smtp HOST:PORT",
        ] {
            assert!(text.contains(part), "{part}: {text}");
        }
    }
}
