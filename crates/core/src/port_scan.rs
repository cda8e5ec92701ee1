//! What a port scan found and what to make of it: the ports and security modes worth trying,
//! each combination judged in one word, and the working setting closest to the configured one,
//! never a less secure one. Running the scan is the probes' job (`probe::scan`).

use std::borrow::Cow;
use std::time::Duration;

use serde::Serialize;

use crate::account::{Endpoint, Plan, Protocol, ResolveOverride, Security};
use crate::i18n;
use crate::model::{
    CertVerdict, Evidence, IoFailure, PanelReport, Said, StepKind, StepStatus, TlsFailure,
};
use crate::said;
use crate::settings::Lang;

/// Most characters of a server's text kept in a cell's detail.
const MAX_DETAIL_CHARS: usize = 160;

/// One port to try and the security modes that make sense on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanPort {
    pub port: u16,
    pub modes: Vec<Security>,
}

impl ScanPort {
    pub fn new(port: u16, modes: &[Security]) -> ScanPort {
        ScanPort {
            port,
            modes: modes.to_vec(),
        }
    }
}

/// The ports of one protocol, and which of them is standard for implicit TLS and for
/// STARTTLS / plain text (the targets of "same security on the standard port").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortList {
    pub ports: Vec<ScanPort>,
    pub standard_tls: u16,
    pub standard_plain: u16,
}

impl PortList {
    /// POP3: 110 (STARTTLS, plain) and 995 (TLS). IMAP: 143 and 993. SMTP: 25, 587 and 2525 (STARTTLS, plain) and
    /// 465 (TLS).
    pub fn standard(protocol: Protocol) -> PortList {
        const PLAIN: &[Security] = &[Security::Starttls, Security::None];
        const TLS: &[Security] = &[Security::Tls];
        let ports = match protocol {
            Protocol::Pop3 => vec![ScanPort::new(110, PLAIN), ScanPort::new(995, TLS)],
            Protocol::Imap => vec![ScanPort::new(143, PLAIN), ScanPort::new(993, TLS)],
            Protocol::Smtp => vec![
                ScanPort::new(25, PLAIN),
                ScanPort::new(465, TLS),
                ScanPort::new(587, PLAIN),
                ScanPort::new(2525, PLAIN),
            ],
        };
        PortList {
            ports,
            standard_tls: protocol.default_port(Security::Tls),
            standard_plain: protocol.default_port(Security::Starttls),
        }
    }

    /// The standard port of a security mode.
    pub fn standard_port(&self, security: Security) -> u16 {
        match security {
            Security::Tls => self.standard_tls,
            Security::Starttls | Security::None => self.standard_plain,
        }
    }

    /// The combinations to try for a configured endpoint: every listed port in its modes, plus
    /// the configured port (in all three modes when it is not listed) and the configured mode on
    /// the configured port.
    pub fn combinations(&self, configured: &Endpoint) -> Vec<(u16, Security)> {
        let mut out: Vec<(u16, Security)> = Vec::new();
        let mut add = |port: u16, security: Security| {
            if !out.contains(&(port, security)) {
                out.push((port, security));
            }
        };
        for p in &self.ports {
            for &security in &p.modes {
                add(p.port, security);
            }
        }
        if !self.ports.iter().any(|p| p.port == configured.port) {
            for security in Security::ALL {
                add(configured.port, security);
            }
        }
        add(configured.port, configured.security);
        out.sort_by_key(|&(port, security)| (port, security_order(security)));
        out
    }
}

/// Which ports a scan tries; [`ScanSpec::default`] holds the standard lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanSpec {
    pub pop3: PortList,
    pub smtp: PortList,
}

impl Default for ScanSpec {
    fn default() -> Self {
        ScanSpec {
            pop3: PortList::standard(Protocol::Pop3),
            smtp: PortList::standard(Protocol::Smtp),
        }
    }
}

impl ScanSpec {
    pub fn ports(&self, protocol: Protocol) -> &PortList {
        match protocol {
            Protocol::Pop3 => &self.pop3,
            Protocol::Smtp => &self.smtp,
            // The scan has no IMAP list to set: IMAP is scanned on its standard ports.
            Protocol::Imap => {
                static IMAP: std::sync::OnceLock<PortList> = std::sync::OnceLock::new();
                IMAP.get_or_init(|| PortList::standard(Protocol::Imap))
            }
        }
    }
}

/// What one combination came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Greeting received, and TLS established where asked.
    Works,
    /// Plain text was spoken, and the port answered with TLS.
    NeedsTls,
    /// TLS was spoken, and the port answered in plain text.
    NotTls,
    /// STARTTLS was asked for, and the server does not offer or refuses it.
    NoStarttls,
    /// The server's certificate was not accepted (see the cell's certificate verdict).
    Certificate,
    /// Nothing listens on the port.
    Refused,
    /// No answer (connect, greeting or handshake) before the deadline.
    Timeout,
    Other,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Works => "works",
            Verdict::NeedsTls => "needs-tls",
            Verdict::NotTls => "not-tls",
            Verdict::NoStarttls => "no-starttls",
            Verdict::Certificate => "certificate",
            Verdict::Refused => "refused",
            Verdict::Timeout => "timeout",
            Verdict::Other => "other",
        }
    }
}

/// One probed combination.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanCell {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub verdict: Verdict,
    /// The certificate verdict, when a TLS handshake got as far as judging one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertVerdict>,
    pub elapsed_ms: f64,
    /// Why, in a short sanitized line, put into words in the reader's language when shown.
    pub detail: Said,
    /// Everything the probe saw, for a closer look.
    #[serde(skip)]
    pub report: PanelReport,
}

impl ScanCell {
    pub fn endpoint(&self) -> Endpoint {
        Endpoint {
            host: self.host.clone(),
            port: self.port,
            security: self.security,
        }
    }
}

/// A finished scan.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanResult {
    /// The configured endpoints that were scanned, POP3 first.
    pub configured: Vec<(Protocol, Endpoint)>,
    /// Every cell, POP3 first, then by port and security.
    pub cells: Vec<ScanCell>,
    pub spec: ScanSpec,
    pub step_timeout_ms: f64,
    /// The protocols whose mail program sends a password (see [`sends_password`]): no setting
    /// without encryption is recommended for them.
    pub sends_password: Vec<Protocol>,
}

impl ScanResult {
    /// The cells of one protocol.
    pub fn cells_of(&self, protocol: Protocol) -> impl Iterator<Item = &ScanCell> {
        self.cells.iter().filter(move |c| c.protocol == protocol)
    }

    /// The configured endpoint of a protocol, if it was scanned.
    pub fn configured(&self, protocol: Protocol) -> Option<&Endpoint> {
        self.configured
            .iter()
            .find(|(p, _)| *p == protocol)
            .map(|(_, e)| e)
    }

    pub fn cell(&self, protocol: Protocol, port: u16, security: Security) -> Option<&ScanCell> {
        self.cells_of(protocol)
            .find(|c| c.port == port && c.security == security)
    }
}

/// Whether the mail program sends a password with this protocol's setting: always for POP3 and
/// IMAP (there is nothing to do on an incoming server without logging in), and for SMTP when a
/// user name or a password is given.
pub fn sends_password(protocol: Protocol, plan: &Plan) -> bool {
    protocol != Protocol::Smtp
        || plan.user.is_some()
        || plan.smtp_user.is_some()
        || plan.password.is_some()
}

/// The plan the scan runs with: no credentials, and an address pinned for the configured port
/// (`--resolve`) pinned for every scanned port of that host too.
pub fn connection_only(plan: &Plan, configured: &[(Protocol, Endpoint)], spec: &ScanSpec) -> Plan {
    let mut plan = plan.clone();
    plan.user = None;
    plan.smtp_user = None;
    plan.password = None;
    plan.oauth2_token = None;
    plan.from = None;
    plan.to = None;
    plan.allow_plaintext_auth = false;
    for (protocol, endpoint) in configured {
        let Some(addr) = plan.pinned(&endpoint.host, endpoint.port) else {
            continue;
        };
        for (port, _) in spec.ports(*protocol).combinations(endpoint) {
            if plan.pinned(&endpoint.host, port).is_none() {
                plan.resolve.push(ResolveOverride {
                    host: endpoint.host.clone(),
                    port,
                    addr,
                });
            }
        }
    }
    plan
}

/// Judge one combination from what its probe saw.
pub fn judge(report: &PanelReport, security: Security) -> (Verdict, Option<CertVerdict>, Said) {
    let certificate = report
        .tls
        .as_ref()
        .map(|t| t.verdict)
        .filter(|v| *v != CertVerdict::Unknown);
    let Some(failed) = report.first_failure() else {
        let greeted = report
            .step(StepKind::Greeting)
            .is_some_and(|s| matches!(s.status, StepStatus::Ok | StepStatus::Warn));
        let tls_ok = security == Security::None
            || report
                .step(StepKind::Tls)
                .is_some_and(|s| s.status == StepStatus::Ok);
        return if greeted && tls_ok {
            let greeting = report.facts.greeting.as_deref().unwrap_or("greeting");
            let detail = match (&report.tls, security) {
                (Some(tls), Security::Tls | Security::Starttls) => Said::from(format!(
                    "{} ({})",
                    shorten(greeting),
                    tls.version.as_deref().unwrap_or("TLS")
                )),
                _ => Said::from(shorten(greeting)),
            };
            (Verdict::Works, certificate, detail)
        } else {
            (
                Verdict::Other,
                certificate,
                said!("step-scan-ended-before-greeting"),
            )
        };
    };
    let step = Said::Phrase {
        key: failed.step.label_key(),
        args: Vec::new(),
    };
    let detail = match evidence_text(failed.evidence.as_ref()) {
        Some(why) if !why.is_empty() => said!(
            "step-scan-failed-why",
            step = step,
            detail = failed.detail.clone(),
            why = why
        ),
        _ => said!(
            "step-scan-failed",
            step = step,
            detail = failed.detail.clone()
        ),
    };
    let verdict = match (failed.step, failed.evidence.as_ref()) {
        (_, Some(Evidence::SpeaksTls { .. })) => Verdict::NeedsTls,
        (
            _,
            Some(Evidence::Io {
                failure: IoFailure::Refused,
                ..
            }),
        ) => Verdict::Refused,
        (
            _,
            Some(Evidence::Io {
                failure: IoFailure::Timeout,
                ..
            }),
        ) => Verdict::Timeout,
        (StepKind::Tls, Some(Evidence::Tls { failure, .. })) => match failure {
            TlsFailure::NotTls => Verdict::NotTls,
            TlsFailure::Certificate => Verdict::Certificate,
            TlsFailure::Timeout => Verdict::Timeout,
            _ => Verdict::Other,
        },
        (StepKind::Stls | StepKind::Starttls, Some(Evidence::Reply { .. })) => Verdict::NoStarttls,
        _ => Verdict::Other,
    };
    (verdict, certificate, detail)
}

/// What evidence adds to a failed step's detail; a socket failure's message only repeats it.
fn evidence_text(evidence: Option<&Evidence>) -> Option<Said> {
    let text = match evidence? {
        Evidence::Reply {
            sent: Some(sent),
            reply,
        } => {
            return Some(said!(
                "step-scan-after",
                sent = sent,
                reply = shorten(reply)
            ));
        }
        Evidence::Reply { sent: None, reply } => reply,
        Evidence::Io { .. } => return None,
        Evidence::Tls { message: said, .. }
        | Evidence::SpeaksTls { how: said }
        | Evidence::Declined { reason: said } => return Some(said.clone()),
    };
    Some(Said::from(shorten(text)))
}

/// One line of at most [`MAX_DETAIL_CHARS`] characters.
fn shorten(text: &str) -> String {
    let line = text.replace('\n', " | ");
    if line.chars().count() <= MAX_DETAIL_CHARS {
        return line;
    }
    let mut cut: String = line.chars().take(MAX_DETAIL_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// Whether a setting with `candidate` security may be recommended in place of the configured
/// one: a setting without encryption never is when the configured one had encryption (that
/// would lower security), nor when the mail program sends a password (it would travel
/// unprotected). Encryption is never given up on advice.
pub fn may_recommend(candidate: Security, configured: Security, sends_password: bool) -> bool {
    candidate != Security::None || (configured == Security::None && !sends_password)
}

/// The working setting closest to `configured` for `protocol`, among those
/// [`may_recommend`] allows: the configured one itself; then another security on the same port;
/// then the same security on its standard port; then any working one. Encrypted settings (TLS,
/// STARTTLS) always come before plain text, and within a rank TLS before STARTTLS and lower
/// ports first.
pub fn recommend(
    result: &ScanResult,
    protocol: Protocol,
    configured: &Endpoint,
) -> Option<Endpoint> {
    let rank = Rank::new(result, protocol, configured);
    result
        .cells_of(protocol)
        .filter(|c| c.verdict == Verdict::Works && c.host == configured.host)
        .filter(|c| rank.may_recommend(c.security))
        .min_by_key(|c| rank.key(c.port, c.security))
        .map(ScanCell::endpoint)
}

/// How [`recommend`] orders the working settings of one protocol: the smaller key wins.
struct Rank<'a> {
    configured: &'a Endpoint,
    standard: u16,
    password: bool,
}

impl<'a> Rank<'a> {
    fn new(result: &ScanResult, protocol: Protocol, configured: &'a Endpoint) -> Self {
        Rank {
            configured,
            standard: result
                .spec
                .ports(protocol)
                .standard_port(configured.security),
            password: result.sends_password.contains(&protocol),
        }
    }

    fn may_recommend(&self, security: Security) -> bool {
        may_recommend(security, self.configured.security, self.password)
    }

    fn key(&self, port: u16, security: Security) -> (bool, u8, u8, u16) {
        let configured = self.configured;
        let closeness = if port == configured.port && security == configured.security {
            0
        } else if port == configured.port {
            1
        } else if security == configured.security && port == self.standard {
            2
        } else {
            3
        };
        (
            security == Security::None,
            closeness,
            security_order(security),
            port,
        )
    }
}

/// One combination a scan tries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Combination {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
}

/// Whether what a working-settings scan says of `protocol` can no longer change while the
/// `pending` combinations still run, so they may be cancelled: a setting is recommended, no
/// pending combination that may be recommended would rank before it, and no pending combination
/// without encryption could still add a port that answers only without encryption. The
/// configured combination itself does not count: the panel has just seen it fail.
pub fn recommendation_settled(
    result: &ScanResult,
    pending: &[Combination],
    protocol: Protocol,
    configured: &Endpoint,
) -> bool {
    let Some(best) = recommend(result, protocol, configured) else {
        return false;
    };
    let rank = Rank::new(result, protocol, configured);
    let best_key = rank.key(best.port, best.security);
    !pending.iter().any(|p| {
        p.protocol == protocol
            && p.host == configured.host
            && !(p.port == configured.port && p.security == configured.security)
            && (p.security == Security::None
                || (rank.may_recommend(p.security) && rank.key(p.port, p.security) < best_key))
    })
}

/// The ports of `host` that work only without encryption: plain text answers there, and
/// neither SSL/TLS nor STARTTLS does. A fact to state with its warning, never a setting to
/// recommend.
pub fn unencrypted_only_ports(result: &ScanResult, protocol: Protocol, host: &str) -> Vec<u16> {
    let works = |port: u16, security: Security| {
        result
            .cell(protocol, port, security)
            .is_some_and(|c| c.verdict == Verdict::Works && c.host == host)
    };
    let mut ports: Vec<u16> = result
        .cells_of(protocol)
        .filter(|c| c.host == host && c.security == Security::None)
        .map(|c| c.port)
        .filter(|&port| {
            works(port, Security::None)
                && !works(port, Security::Starttls)
                && !works(port, Security::Tls)
        })
        .collect();
    ports.dedup();
    ports
}

/// Why nothing is recommended although a setting without encryption works, when that is so.
pub fn withheld_reason(
    result: &ScanResult,
    protocol: Protocol,
    configured: &Endpoint,
    lang: Lang,
) -> Option<Cow<'static, str>> {
    let plain_works = result.cells_of(protocol).any(|c| {
        c.verdict == Verdict::Works && c.security == Security::None && c.host == configured.host
    });
    if !plain_works || recommend(result, protocol, configured).is_some() {
        return None;
    }
    Some(i18n::text(
        lang,
        if configured.security != Security::None {
            "advice-scan-withheld-lower-security"
        } else {
            "advice-scan-withheld-password"
        },
    ))
}

/// How a recommendation relates to what was configured, in a few words.
pub fn recommendation_reason(
    configured: &Endpoint,
    recommended: &Endpoint,
    lang: Lang,
) -> Cow<'static, str> {
    i18n::text(
        lang,
        if configured == recommended {
            "advice-scan-configured-works"
        } else {
            "advice-scan-closest"
        },
    )
}

/// TLS, then STARTTLS, then none.
pub fn security_order(security: Security) -> u8 {
    match security {
        Security::Tls => 0,
        Security::Starttls => 1,
        Security::None => 2,
    }
}

pub fn round_ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 100_000.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Panel, StepRecord};

    fn endpoint(port: u16, security: Security) -> Endpoint {
        Endpoint {
            host: "mail.example.test".into(),
            port,
            security,
        }
    }

    fn cell(port: u16, security: Security, verdict: Verdict) -> ScanCell {
        ScanCell {
            protocol: Protocol::Smtp,
            host: "mail.example.test".into(),
            port,
            security,
            verdict,
            certificate: None,
            elapsed_ms: 1.0,
            detail: String::new().into(),
            report: PanelReport::new(Panel::Outgoing),
        }
    }

    fn result(cells: Vec<ScanCell>) -> ScanResult {
        ScanResult {
            configured: vec![],
            cells,
            spec: ScanSpec::default(),
            step_timeout_ms: 1000.0,
            sends_password: vec![Protocol::Pop3, Protocol::Smtp],
        }
    }

    #[test]
    fn standard_combinations_and_an_extra_configured_port() {
        let list = PortList::standard(Protocol::Smtp);
        let combos = list.combinations(&endpoint(587, Security::Starttls));
        assert_eq!(combos.len(), 7);
        assert!(combos.contains(&(465, Security::Tls)));
        assert!(!combos.contains(&(465, Security::None)));
        let combos = list.combinations(&endpoint(587, Security::Tls));
        assert!(combos.contains(&(587, Security::Tls)));
        let combos = list.combinations(&endpoint(26, Security::None));
        for security in Security::ALL {
            assert!(combos.contains(&(26, security)));
        }
    }

    fn pending(port: u16, security: Security) -> Combination {
        Combination {
            protocol: Protocol::Smtp,
            host: "mail.example.test".into(),
            port,
            security,
        }
    }

    #[test]
    fn a_scan_is_settled_once_nothing_pending_could_rank_first() {
        // STARTTLS configured on 465: SSL/TLS on the same port works.
        let configured = endpoint(465, Security::Starttls);
        let r = result(vec![cell(465, Security::Tls, Verdict::Works)]);
        // The configured combination failed in the panel; 587 ranks after the same port.
        let still = [
            pending(465, Security::Starttls),
            pending(587, Security::Starttls),
            pending(587, Security::Tls),
        ];
        assert!(recommendation_settled(
            &r,
            &still,
            Protocol::Smtp,
            &configured
        ));
        // A plain-text combination could still add an "only without encryption" fact.
        let with_plain = [pending(587, Security::None)];
        assert!(!recommendation_settled(
            &r,
            &with_plain,
            Protocol::Smtp,
            &configured
        ));
        // Nothing is settled before a setting to recommend is known.
        let nothing = result(vec![cell(465, Security::Tls, Verdict::Timeout)]);
        assert!(!recommendation_settled(
            &nothing,
            &[],
            Protocol::Smtp,
            &configured
        ));
    }

    #[test]
    fn a_pending_combination_closer_to_the_configured_one_keeps_the_scan_going() {
        // SSL/TLS configured on 587 (a STARTTLS port): SSL/TLS on 465 works already, but
        // STARTTLS on 587 itself (the same port) would rank first.
        let configured = endpoint(587, Security::Tls);
        let r = result(vec![cell(465, Security::Tls, Verdict::Works)]);
        let still = [pending(587, Security::Starttls)];
        assert!(!recommendation_settled(
            &r,
            &still,
            Protocol::Smtp,
            &configured
        ));
        let done = result(vec![
            cell(465, Security::Tls, Verdict::Works),
            cell(587, Security::Starttls, Verdict::Works),
        ]);
        assert!(recommendation_settled(
            &done,
            &[],
            Protocol::Smtp,
            &configured
        ));
        assert_eq!(
            recommend(&done, Protocol::Smtp, &configured),
            Some(endpoint(587, Security::Starttls))
        );
    }

    #[test]
    fn configured_setting_wins_when_it_works() {
        let r = result(vec![
            cell(465, Security::Tls, Verdict::Works),
            cell(587, Security::Starttls, Verdict::Works),
        ]);
        let want = endpoint(587, Security::Starttls);
        assert_eq!(recommend(&r, Protocol::Smtp, &want), Some(want));
    }

    #[test]
    fn same_port_then_standard_port_then_any() {
        let r = result(vec![
            cell(465, Security::Tls, Verdict::Works),
            cell(587, Security::Starttls, Verdict::Works),
            cell(587, Security::Tls, Verdict::NotTls),
            cell(2525, Security::Starttls, Verdict::Works),
        ]);
        // 587 with TLS: same port, other security.
        assert_eq!(
            recommend(&r, Protocol::Smtp, &endpoint(587, Security::Tls)),
            Some(endpoint(587, Security::Starttls))
        );
        // 2526 with TLS: nothing on that port; TLS on its standard port.
        assert_eq!(
            recommend(&r, Protocol::Smtp, &endpoint(2526, Security::Tls)),
            Some(endpoint(465, Security::Tls))
        );
        // 26 with STARTTLS: the standard STARTTLS port.
        assert_eq!(
            recommend(&r, Protocol::Smtp, &endpoint(26, Security::Starttls)),
            Some(endpoint(587, Security::Starttls))
        );
    }

    #[test]
    fn encrypted_settings_come_before_plain_text() {
        let r = result(vec![
            cell(25, Security::None, Verdict::Works),
            cell(25, Security::Starttls, Verdict::NoStarttls),
            cell(465, Security::Tls, Verdict::Works),
        ]);
        assert_eq!(
            recommend(&r, Protocol::Smtp, &endpoint(25, Security::Starttls)),
            Some(endpoint(465, Security::Tls))
        );
        let r = result(vec![cell(25, Security::None, Verdict::Refused)]);
        assert_eq!(
            recommend(&r, Protocol::Smtp, &endpoint(25, Security::Starttls)),
            None
        );
    }

    #[test]
    fn encryption_is_never_given_up_on_advice() {
        use Security::{None as Plain, Starttls, Tls};
        // (candidate, configured, sends a password) -> may be recommended
        let table = [
            (Tls, Tls, true, true),
            (Tls, Plain, true, true),
            (Starttls, Tls, true, true),
            (Starttls, Plain, false, true),
            (Plain, Tls, false, false),
            (Plain, Starttls, false, false),
            (Plain, Tls, true, false),
            (Plain, Starttls, true, false),
            (Plain, Plain, true, false),
            (Plain, Plain, false, true),
        ];
        for (candidate, configured, password, want) in table {
            assert_eq!(
                may_recommend(candidate, configured, password),
                want,
                "{candidate} instead of {configured}, password sent: {password}"
            );
        }
    }

    #[test]
    fn only_plain_text_works_and_nothing_is_recommended() {
        // STARTTLS stripped or missing: only the plain text answers.
        let r = result(vec![
            cell(25, Security::Starttls, Verdict::NoStarttls),
            cell(25, Security::None, Verdict::Works),
            cell(465, Security::Tls, Verdict::Refused),
            cell(587, Security::Starttls, Verdict::Other),
            cell(587, Security::None, Verdict::Works),
        ]);
        for configured in [
            endpoint(25, Security::Starttls),
            endpoint(465, Security::Tls),
            endpoint(587, Security::Starttls),
        ] {
            assert_eq!(recommend(&r, Protocol::Smtp, &configured), None);
            assert!(
                withheld_reason(&r, Protocol::Smtp, &configured, Lang::En)
                    .is_some_and(|why| why.contains("lower the configured security"))
            );
        }
        assert_eq!(
            unencrypted_only_ports(&r, Protocol::Smtp, "mail.example.test"),
            [25, 587]
        );
        assert!(unencrypted_only_ports(&r, Protocol::Smtp, "other.example.test").is_empty());
    }

    #[test]
    fn plain_text_is_recommended_only_without_a_password_and_without_encryption_before() {
        let r = result(vec![
            cell(25, Security::None, Verdict::Refused),
            cell(587, Security::None, Verdict::Works),
        ]);
        let relay = endpoint(25, Security::None);
        // A password is sent: nothing, even though the configured setting had no encryption.
        assert_eq!(recommend(&r, Protocol::Smtp, &relay), None);
        assert!(
            withheld_reason(&r, Protocol::Smtp, &relay, Lang::En)
                .is_some_and(|why| why.contains("password would travel unprotected"))
        );
        // A relay without login: the same security elsewhere is no downgrade.
        let mut no_login = r.clone();
        no_login.sends_password.clear();
        assert_eq!(
            recommend(&no_login, Protocol::Smtp, &relay),
            Some(endpoint(587, Security::None))
        );
        assert_eq!(
            withheld_reason(&no_login, Protocol::Smtp, &relay, Lang::En),
            None
        );
    }

    #[test]
    fn a_configured_plain_setting_that_works_gives_way_to_encryption() {
        let r = result(vec![
            cell(110, Security::None, Verdict::Works),
            cell(110, Security::Starttls, Verdict::NoStarttls),
            cell(995, Security::Tls, Verdict::Works),
        ]);
        let configured = endpoint(110, Security::None);
        assert_eq!(
            recommend(&r, Protocol::Smtp, &configured),
            Some(endpoint(995, Security::Tls))
        );
        let r = result(vec![cell(110, Security::None, Verdict::Works)]);
        assert_eq!(recommend(&r, Protocol::Smtp, &configured), None);
    }

    #[test]
    fn pop3_always_sends_a_password_smtp_when_given_one() {
        let mut plan = Plan::new(None, None);
        assert!(sends_password(Protocol::Pop3, &plan));
        assert!(!sends_password(Protocol::Smtp, &plan));
        plan.user = Some("user".into());
        assert!(sends_password(Protocol::Smtp, &plan));
    }

    fn failed(step: StepKind, evidence: Evidence) -> PanelReport {
        let mut report = PanelReport::new(Panel::Incoming);
        report.steps.push(StepRecord {
            step,
            target: None,
            status: StepStatus::Failed,
            elapsed_ms: 1.0,
            detail: "it failed".into(),
            evidence: Some(evidence),
        });
        report
    }

    #[test]
    fn failures_map_to_verdicts() {
        let cases = [
            (
                failed(
                    StepKind::Tcp,
                    Evidence::Io {
                        failure: IoFailure::Refused,
                        message: "refused".into(),
                    },
                ),
                Verdict::Refused,
            ),
            (
                failed(
                    StepKind::Greeting,
                    Evidence::SpeaksTls {
                        how: "handshake".into(),
                    },
                ),
                Verdict::NeedsTls,
            ),
            (
                failed(
                    StepKind::Tls,
                    Evidence::Tls {
                        failure: TlsFailure::NotTls,
                        message: "plain".into(),
                        peer_bytes: Some("+OK".into()),
                    },
                ),
                Verdict::NotTls,
            ),
            (
                failed(
                    StepKind::Stls,
                    Evidence::Reply {
                        sent: Some("CAPA".into()),
                        reply: "USER".into(),
                    },
                ),
                Verdict::NoStarttls,
            ),
            (
                failed(
                    StepKind::Dns,
                    Evidence::Io {
                        failure: IoFailure::NotFound,
                        message: "no such host".into(),
                    },
                ),
                Verdict::Other,
            ),
        ];
        for (report, want) in cases {
            assert_eq!(judge(&report, Security::Starttls).0, want, "{report:?}");
        }
    }

    #[test]
    fn a_greeting_without_the_asked_tls_does_not_work() {
        let mut report = PanelReport::new(Panel::Incoming);
        report.steps.push(StepRecord {
            step: StepKind::Greeting,
            target: None,
            status: StepStatus::Ok,
            elapsed_ms: 1.0,
            detail: "+OK".into(),
            evidence: None,
        });
        assert_eq!(judge(&report, Security::None).0, Verdict::Works);
        assert_eq!(judge(&report, Security::Starttls).0, Verdict::Other);
    }

    #[test]
    fn pins_extend_to_every_scanned_port() {
        let mut plan = Plan::new(Some(endpoint(995, Security::Tls)), None);
        plan.user = Some("user".into());
        plan.password = Some(crate::account::Secret::new("secret"));
        plan.oauth2_token = Some(crate::account::Secret::new("token"));
        plan.resolve
            .push("mail.example.test:995:127.0.0.9".parse().unwrap());
        let configured = vec![(Protocol::Pop3, endpoint(995, Security::Tls))];
        let scanned = connection_only(&plan, &configured, &ScanSpec::default());
        assert!(scanned.password.is_none() && scanned.user.is_none());
        assert!(scanned.oauth2_token.is_none());
        assert_eq!(
            scanned.pinned("mail.example.test", 110),
            Some("127.0.0.9".parse().unwrap())
        );
    }
}
