//! The observation model: what the probes saw, step by step, shared by `check`, the TUI and diagnosis.
//!
//! Probes emit [`ProbeEvent`]s; [`RunState::apply`] folds them into [`PanelReport`]s. Both the
//! headless command and the dashboard consume the same events through the same fold, so what the
//! TUI shows and what `--json` prints cannot disagree.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::settings::{Protocol, Security};

mod domain_facts;
mod network;
mod said;

pub use domain_facts::*;
pub use network::*;
pub use said::{Arg, Said};

pub use crate::settings::Panel;

/// What a step does. The same kinds serve POP3 and SMTP where the meaning is the same
/// (connect, TLS, greeting, login, quit), so diagnosis can reason across protocols.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// Name resolution of a host (network panel) or of the panel's own server.
    Dns,
    /// TCP connect.
    Tcp,
    /// TLS handshake (implicit TLS, or after STLS/STARTTLS).
    Tls,
    /// POP3 `+OK` greeting / SMTP `220` banner.
    Greeting,
    /// POP3 `CAPA`.
    Capa,
    /// POP3 `STLS`.
    Stls,
    /// SMTP `EHLO` (or its `HELO` fallback), before or after STARTTLS.
    Ehlo,
    /// SMTP `STARTTLS`.
    Starttls,
    /// Authentication: POP3 USER/PASS, APOP or AUTH; SMTP AUTH.
    Login,
    /// POP3 `STAT`.
    Stat,
    /// POP3 `UIDL`.
    Uidl,
    /// SMTP `MAIL FROM` dry run.
    MailFrom,
    /// SMTP `RCPT TO` dry run.
    RcptTo,
    /// SMTP `RSET` after the dry run.
    Rset,
    /// POP3/SMTP `QUIT`.
    Quit,
    /// Network panel: default routes and local addresses.
    Route,
    /// Network panel: proxy settings and VPN interfaces.
    Proxy,
    /// Network panel: a DNS resolver's answer and latency.
    Resolver,
    /// Network panel: an internet reachability target.
    Reach,
    /// Network panel: the local clock against an SNTP server.
    Clock,
    /// Domain check: MX records of the account's domain.
    Mx,
    /// Domain check: SPF record.
    Spf,
    /// Domain check: DMARC record.
    Dmarc,
    /// Domain check: DKIM keys at the provider's selectors.
    Dkim,
    /// DNS blocklist look-up of an address.
    Dnsbl,
}

impl StepKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::Dns => "dns",
            StepKind::Tcp => "tcp",
            StepKind::Tls => "tls",
            StepKind::Greeting => "greeting",
            StepKind::Capa => "capa",
            StepKind::Stls => "stls",
            StepKind::Ehlo => "ehlo",
            StepKind::Starttls => "starttls",
            StepKind::Login => "login",
            StepKind::Stat => "stat",
            StepKind::Uidl => "uidl",
            StepKind::MailFrom => "mail-from",
            StepKind::RcptTo => "rcpt-to",
            StepKind::Rset => "rset",
            StepKind::Quit => "quit",
            StepKind::Route => "route",
            StepKind::Proxy => "proxy",
            StepKind::Resolver => "resolver",
            StepKind::Reach => "reach",
            StepKind::Clock => "clock",
            StepKind::Mx => "mx",
            StepKind::Spf => "spf",
            StepKind::Dmarc => "dmarc",
            StepKind::Dkim => "dkim",
            StepKind::Dnsbl => "dnsbl",
        }
    }

    /// Position in the usual chain of a session; diagnosis orders findings by it. The network
    /// panel's own checks sit where they matter: routes, proxies and resolvers before any name
    /// is looked up, reachability beside TCP, the clock before TLS (certificates are judged by
    /// it), and the domain and blocklist checks after the session.
    pub fn chain_order(self) -> u8 {
        match self {
            StepKind::Route | StepKind::Proxy | StepKind::Resolver => 0,
            StepKind::Dns => 0,
            StepKind::Tcp | StepKind::Reach => 1,
            StepKind::Clock => 2,
            StepKind::Tls => 2,
            StepKind::Greeting => 3,
            StepKind::Capa | StepKind::Ehlo => 4,
            StepKind::Stls | StepKind::Starttls => 5,
            StepKind::Login => 6,
            StepKind::Stat | StepKind::MailFrom => 7,
            StepKind::Uidl | StepKind::RcptTo => 8,
            StepKind::Rset => 9,
            StepKind::Quit => 10,
            StepKind::Mx | StepKind::Spf | StepKind::Dmarc | StepKind::Dkim | StepKind::Dnsbl => 11,
        }
    }
}

impl StepKind {
    /// The short name shown on a step's row, in `lang` (`greeting` is "saludo" in Spanish).
    pub fn label(self, lang: crate::settings::Lang) -> std::borrow::Cow<'static, str> {
        crate::i18n::text(lang, self.label_key())
    }

    /// The catalogue key of [`StepKind::label`].
    pub fn label_key(self) -> &'static str {
        match self {
            StepKind::Dns => "step-name-dns",
            StepKind::Tcp => "step-name-tcp",
            StepKind::Tls => "step-name-tls",
            StepKind::Greeting => "step-name-greeting",
            StepKind::Capa => "step-name-capa",
            StepKind::Stls => "step-name-stls",
            StepKind::Ehlo => "step-name-ehlo",
            StepKind::Starttls => "step-name-starttls",
            StepKind::Login => "step-name-login",
            StepKind::Stat => "step-name-stat",
            StepKind::Uidl => "step-name-uidl",
            StepKind::MailFrom => "step-name-mail-from",
            StepKind::RcptTo => "step-name-rcpt-to",
            StepKind::Rset => "step-name-rset",
            StepKind::Quit => "step-name-quit",
            StepKind::Route => "step-name-route",
            StepKind::Proxy => "step-name-proxy",
            StepKind::Resolver => "step-name-resolver",
            StepKind::Reach => "step-name-reach",
            StepKind::Clock => "step-name-clock",
            StepKind::Mx => "step-name-mx",
            StepKind::Spf => "step-name-spf",
            StepKind::Dmarc => "step-name-dmarc",
            StepKind::Dkim => "step-name-dkim",
            StepKind::Dnsbl => "step-name-dnsbl",
        }
    }
}

impl fmt::Display for StepKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The outcome of one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    /// Not started yet (only seen live, in the dashboard).
    Pending,
    /// Started, not finished (only seen live).
    Running,
    Ok,
    /// Worked, but something is risky or unusual.
    Warn,
    Failed,
    /// Not run, because an earlier step failed or the plan declined it (e.g. no credentials).
    Skipped,
}

impl StepStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            StepStatus::Pending => "pending",
            StepStatus::Running => "running",
            StepStatus::Ok => "ok",
            StepStatus::Warn => "warn",
            StepStatus::Failed => "failed",
            StepStatus::Skipped => "skipped",
        }
    }
}

/// How a socket operation failed, by kind rather than by message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IoFailure {
    /// The peer answered with a TCP reset (nothing listens on the port).
    Refused,
    /// No answer within the step deadline.
    Timeout,
    /// The connection was reset after it was established.
    Reset,
    /// The peer closed the connection.
    Closed,
    /// No route to the network or host.
    Unreachable,
    /// The name does not exist (NXDOMAIN) or has no address.
    NotFound,
    /// The resolver itself failed (no answer, server failure).
    ResolverFailed,
    /// A line or reply exceeded the size bound.
    TooLong,
    /// Bytes arrived, but no complete line or reply before the deadline (a trickle, lines
    /// without the expected ending, an answer that never ends). The message quotes what came.
    Incomplete,
    /// The server broke the protocol (unparsable reply, unexpected data).
    Protocol,
    Other,
}

/// How a TLS handshake failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TlsFailure {
    /// The peer answered in plain text (its first bytes read as a text greeting), not TLS.
    NotTls,
    /// The peer answered with TLS records that break the protocol: a record header claiming more
    /// than TLS allows, a handshake message that does not parse, a message out of order.
    Malformed,
    /// The peer's first bytes are neither TLS records nor text: binary data of something else.
    UnexpectedBytes,
    /// The peer sent a TLS alert (the alert's name is in the message).
    Alert,
    /// No protocol version in common: the server refused TLS 1.2 and 1.3 with an alert, or it
    /// was seen answering an older hello with a ServerHello for TLS 1.0/1.1 (the message and the
    /// TLS details name the version seen).
    ProtocolVersion,
    /// The certificate failed verification (see the verdict in the TLS details).
    Certificate,
    /// The peer closed or reset the connection during the handshake.
    Eof,
    /// The handshake did not finish before the deadline.
    Timeout,
    Other,
}

/// The certificate verdict of one TLS connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CertVerdict {
    Valid,
    Expired,
    NotYetValid,
    NameMismatch,
    Untrusted,
    /// The chain is built wrong whoever issued it: longer than a path may be, a CA used deeper
    /// than it may sign, a server certificate used as a CA.
    ChainInvalid,
    /// The handshake ended before the chain could be judged.
    Unknown,
}

impl CertVerdict {
    pub fn as_str(self) -> &'static str {
        match self {
            CertVerdict::Valid => "valid",
            CertVerdict::Expired => "expired",
            CertVerdict::NotYetValid => "not-yet-valid",
            CertVerdict::NameMismatch => "name-mismatch",
            CertVerdict::Untrusted => "untrusted",
            CertVerdict::ChainInvalid => "chain-invalid",
            CertVerdict::Unknown => "unknown",
        }
    }
}

/// Why a step ended as it did, in a form diagnosis can match on structure first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Evidence {
    /// The server's reply (sanitized; multi-line replies joined with `\n`), and the command
    /// that provoked it (redacted), if any.
    Reply {
        #[serde(skip_serializing_if = "Option::is_none")]
        sent: Option<String>,
        reply: String,
    },
    /// A socket-level failure, and the probe's words on it.
    Io { failure: IoFailure, message: Said },
    /// A TLS handshake failure. `peer_bytes` quotes (sanitized) what the peer sent instead of
    /// TLS, when it sent text.
    Tls {
        failure: TlsFailure,
        message: Said,
        #[serde(skip_serializing_if = "Option::is_none")]
        peer_bytes: Option<String>,
    },
    /// The port answered with TLS where plain text was configured: a TLS handshake on the same
    /// address succeeded, or the first bytes were a TLS record.
    SpeaksTls { how: Said },
    /// The tool itself declined to do the step (e.g. password over plain text).
    Declined { reason: Said },
}

/// One finished (or live) step of a panel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    pub step: StepKind,
    /// What the step was aimed at, when a panel has several of the same kind
    /// (a host name, `ipv4 192.0.2.1:995`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub status: StepStatus,
    pub elapsed_ms: f64,
    /// A short, sanitized, human detail: "TLSv1.3, 2 certificates", "+OK Dovecot ready.", …,
    /// put into words in the reader's language when shown.
    pub detail: Said,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// Direction of a transcript line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Client to server.
    Sent,
    /// Server to client.
    Received,
    /// Something the probe notes (connects, TLS handshakes, deadlines).
    Info,
}

/// One line of a transcript. `text` is already redacted and sanitized; what was sent and
/// received is verbatim, the probe's own notes are phrases of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TranscriptLine {
    /// Milliseconds since the panel started.
    pub offset_ms: f64,
    pub dir: Direction,
    pub text: Said,
}

/// One certificate of a chain, as presented by the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertSummary {
    pub subject: String,
    pub issuer: String,
    pub dns_names: Vec<String>,
    pub ip_addresses: Vec<String>,
    /// RFC 3339, UTC.
    pub not_before: String,
    /// RFC 3339, UTC.
    pub not_after: String,
    pub not_before_unix: i64,
    pub not_after_unix: i64,
    /// SHA-256 of the certificate as the server sent it (DER), as colon-separated upper-case
    /// hex (`AB:CD:…`): what a provider's support compares against its own certificates.
    #[serde(default)]
    pub sha256_fingerprint: String,
}

/// What one TLS connection negotiated and presented. Kept even when verification fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TlsInfo {
    /// The name the certificate was checked against.
    pub server_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cipher_suite: Option<String>,
    /// Leaf first.
    pub chain: Vec<CertSummary>,
    pub verdict: CertVerdict,
    /// Why the verdict is what it is, in words ("expired 2024-01-01T00:00:00Z", …).
    pub verdict_detail: Said,
}

/// What a POP3 or SMTP session learned, beyond pass/fail.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionFacts {
    /// Server greeting/banner (sanitized, first line).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting: Option<String>,
    /// POP3: the greeting carried an APOP timestamp.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub apop_offered: bool,
    /// POP3 CAPA lines or SMTP EHLO keywords (as last seen: after STARTTLS when it ran).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub capabilities: Vec<String>,
    /// SASL mechanisms the server offered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub auth_mechanisms: Vec<String>,
    /// How the login was done (`AUTH PLAIN`, `USER/PASS`, `APOP`, …), when it was tried.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login_method: Option<String>,
    /// Whether the login succeeded (`None` when it was not tried).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login_ok: Option<bool>,
    /// The error an OAuth2 login was refused with, as the server sent it in its error challenge
    /// (decoded JSON, sanitized: e.g. `{"status":"invalid_token","scope":"…"}`). It holds no
    /// secret: the server describes the token, it does not repeat it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth2_error: Option<String>,
    /// POP3 STAT: message count and total size in octets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_count: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailbox_octets: Option<u64>,
    /// POP3: whether UIDL works (`None` when not tried).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uidl_ok: Option<bool>,
    /// SMTP: the client address the server says it sees (from the EHLO reply), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_address_seen: Option<String>,
}

/// The server a panel talks to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerInfo {
    pub host: String,
    pub port: u16,
    /// The address actually connected to, once known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// A panel's overall status: the worst of its steps, or pending/running while live.
pub type PanelStatus = StepStatus;

/// Everything one panel observed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PanelReport {
    pub panel: Panel,
    pub status: PanelStatus,
    /// The mail protocol the panel spoke (`pop3`, `imap`, `smtp`); none for the network panel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<Protocol>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<ServerInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
    pub steps: Vec<StepRecord>,
    /// Details of the session's TLS connection (implicit or after STARTTLS).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsInfo>,
    #[serde(default)]
    pub facts: SessionFacts,
    /// What the network panel learned (routes, resolvers, connects, clock, domain, blocklists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<NetworkFacts>,
    pub transcript: Vec<TranscriptLine>,
    /// Wall time of the whole panel, in ms, once finished.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elapsed_ms: Option<f64>,
}

impl PanelReport {
    pub fn new(panel: Panel) -> Self {
        PanelReport {
            panel,
            status: StepStatus::Pending,
            protocol: None,
            server: None,
            security: None,
            steps: Vec::new(),
            tls: None,
            facts: SessionFacts::default(),
            network: None,
            transcript: Vec::new(),
            elapsed_ms: None,
        }
    }

    /// The first failed step, if any.
    pub fn first_failure(&self) -> Option<&StepRecord> {
        self.steps.iter().find(|s| s.status == StepStatus::Failed)
    }

    /// The last record of a kind of step.
    pub fn step(&self, kind: StepKind) -> Option<&StepRecord> {
        self.steps.iter().rev().find(|s| s.step == kind)
    }

    fn finished_status(&self) -> StepStatus {
        let mut worst = StepStatus::Ok;
        for s in &self.steps {
            match s.status {
                StepStatus::Failed => return StepStatus::Failed,
                StepStatus::Warn => worst = StepStatus::Warn,
                _ => {}
            }
        }
        worst
    }
}

/// What the probe engine reports while it runs.
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeEvent {
    pub panel: Panel,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    /// The panel started; it talks to this server with this security (none for the network panel).
    PanelStarted {
        server: Option<ServerInfo>,
        security: Option<Security>,
    },
    StepStarted {
        step: StepKind,
        target: Option<String>,
    },
    StepFinished(StepRecord),
    Transcript(TranscriptLine),
    /// The TLS details of the panel's session.
    Tls(TlsInfo),
    /// Facts learned so far (replaces the previous facts).
    Facts(SessionFacts),
    /// The network panel's facts so far (replaces the previous ones).
    Network(Box<NetworkFacts>),
    /// The address the session connected to.
    Connected {
        address: String,
    },
    PanelFinished {
        elapsed_ms: f64,
    },
}

/// A bound on how many transcript lines a panel keeps; hostile servers can send without end.
pub const MAX_TRANSCRIPT_LINES: usize = 2_000;

/// The folded state of a run: one report per panel, in panel order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunState {
    pub panels: Vec<PanelReport>,
}

impl RunState {
    pub fn panel(&self, panel: Panel) -> Option<&PanelReport> {
        self.panels.iter().find(|p| p.panel == panel)
    }

    fn panel_mut(&mut self, panel: Panel) -> &mut PanelReport {
        if let Some(i) = self.panels.iter().position(|p| p.panel == panel) {
            return &mut self.panels[i];
        }
        let at = self.panels.partition_point(|p| p.panel < panel);
        self.panels.insert(at, PanelReport::new(panel));
        &mut self.panels[at]
    }

    /// Forget what a panel saw, before it runs again.
    pub fn reset(&mut self, panel: Panel) {
        *self.panel_mut(panel) = PanelReport::new(panel);
    }

    /// Fold one event into the state.
    pub fn apply(&mut self, event: ProbeEvent) {
        let p = self.panel_mut(event.panel);
        match event.kind {
            EventKind::PanelStarted { server, security } => {
                *p = PanelReport::new(event.panel);
                p.server = server;
                p.security = security;
                p.status = StepStatus::Running;
            }
            EventKind::StepStarted { step, target } => {
                p.steps.push(StepRecord {
                    step,
                    target,
                    status: StepStatus::Running,
                    elapsed_ms: 0.0,
                    detail: Said::empty(),
                    evidence: None,
                });
            }
            EventKind::StepFinished(record) => {
                let running = p.steps.iter().rposition(|s| {
                    s.status == StepStatus::Running
                        && s.step == record.step
                        && s.target == record.target
                });
                match running {
                    Some(i) => p.steps[i] = record,
                    None => p.steps.push(record),
                }
            }
            EventKind::Transcript(line) => {
                if p.transcript.len() < MAX_TRANSCRIPT_LINES {
                    p.transcript.push(line);
                } else if p.transcript.len() == MAX_TRANSCRIPT_LINES {
                    p.transcript.push(TranscriptLine {
                        offset_ms: line.offset_ms,
                        dir: Direction::Info,
                        text: crate::said!("transcript-truncated", lines = MAX_TRANSCRIPT_LINES),
                    });
                }
            }
            EventKind::Tls(info) => p.tls = Some(info),
            EventKind::Facts(facts) => p.facts = facts,
            EventKind::Network(facts) => p.network = Some(*facts),
            EventKind::Connected { address } => {
                if let Some(server) = p.server.as_mut() {
                    server.address = Some(address);
                }
            }
            EventKind::PanelFinished { elapsed_ms } => {
                p.elapsed_ms = Some(elapsed_ms);
                p.status = p.finished_status();
            }
        }
    }

    /// True when any step of any panel failed.
    pub fn any_failed(&self) -> bool {
        self.panels
            .iter()
            .any(|p| p.steps.iter().any(|s| s.status == StepStatus::Failed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finished(step: StepKind, status: StepStatus) -> EventKind {
        EventKind::StepFinished(StepRecord {
            step,
            target: None,
            status,
            elapsed_ms: 1.0,
            detail: Said::empty(),
            evidence: None,
        })
    }

    #[test]
    fn fold_replaces_running_step_and_takes_worst_status() {
        let mut state = RunState::default();
        let ev = |kind| ProbeEvent {
            panel: Panel::Incoming,
            kind,
        };
        state.apply(ev(EventKind::PanelStarted {
            server: None,
            security: None,
        }));
        state.apply(ev(EventKind::StepStarted {
            step: StepKind::Tcp,
            target: None,
        }));
        assert_eq!(state.panels[0].steps[0].status, StepStatus::Running);
        state.apply(ev(finished(StepKind::Tcp, StepStatus::Ok)));
        state.apply(ev(finished(StepKind::Uidl, StepStatus::Warn)));
        state.apply(ev(EventKind::PanelFinished { elapsed_ms: 3.0 }));
        let p = state.panel(Panel::Incoming).unwrap();
        assert_eq!(p.steps.len(), 2);
        assert_eq!(p.status, StepStatus::Warn);
        assert!(!state.any_failed());
    }

    #[test]
    fn panels_stay_in_panel_order() {
        let mut state = RunState::default();
        for panel in [
            Panel::Outgoing,
            Panel::ImapBeside,
            Panel::Network,
            Panel::Incoming,
        ] {
            state.apply(ProbeEvent {
                panel,
                kind: EventKind::PanelFinished { elapsed_ms: 0.0 },
            });
        }
        let order: Vec<_> = state.panels.iter().map(|p| p.panel).collect();
        assert_eq!(order, Panel::ALL);
    }

    #[test]
    fn transcript_is_bounded() {
        let mut state = RunState::default();
        for i in 0..MAX_TRANSCRIPT_LINES + 50 {
            state.apply(ProbeEvent {
                panel: Panel::Outgoing,
                kind: EventKind::Transcript(TranscriptLine {
                    offset_ms: i as f64,
                    dir: Direction::Received,
                    text: "250-X".into(),
                }),
            });
        }
        assert_eq!(
            state.panel(Panel::Outgoing).unwrap().transcript.len(),
            MAX_TRANSCRIPT_LINES + 1
        );
    }
}
