//! Observations to diagnoses. Each rule reads the structured observations (step kinds and
//! statuses, evidence kinds, TLS verdicts and certificate dates, session facts) and records a
//! diagnosis only with the evidence that triggered it. Consequences are removed afterwards (see
//! `rank`).

use std::collections::BTreeSet;
use std::net::IpAddr;

use crate::account::{Protocol, Security};
use crate::finding::Severity;
use crate::model::{
    CertSummary, CertVerdict, Evidence, IoFailure, Panel, RunState, Said, StepKind, StepRecord,
    StepStatus, TlsFailure, TlsInfo,
};
use crate::said;

use super::Context;
use super::catalog::FindingId;
use super::classify::{ReplyContext, classify_reply, imap_alert};
use super::evidence::{
    bounded_list, capabilities_line, cert_line, clean, located_line, rfc3339, step_line,
    verdict_line,
};
use super::names::{best_certificate_name, closest_known_host, common_name};
use super::observe::{
    Family, MailPanel, TcpAttempt, configured_places, dns_lookups, mail_panels, panel_for_host,
    tcp_attempts,
};
use super::provider::is_microsoft_host;
use super::rules_network;
use super::text::{Value, Vars};

/// A finding before its texts are written: what, where, why, and the values the texts need.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnosis {
    pub id: FindingId,
    pub severity: Severity,
    pub panel: Panel,
    /// The step whose observation triggered it; orders findings along the session chain.
    pub step: StepKind,
    /// What the finding is about beyond its panel (a host, `host:port`): the same id about the
    /// same subject seen by several panels is shown once.
    pub subject: Option<String>,
    pub vars: Vars,
    /// The lines behind it, put into words in the reader's language when the finding is made.
    pub evidence: Vec<Said>,
}

impl Diagnosis {
    pub fn new(id: FindingId, panel: Panel, step: StepKind) -> Diagnosis {
        Diagnosis {
            id,
            severity: id.default_severity(),
            panel,
            step,
            subject: None,
            vars: Vars::new(),
            evidence: Vec::new(),
        }
    }

    pub(super) fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into().to_ascii_lowercase());
        self
    }

    pub(super) fn var(mut self, name: &'static str, value: Value) -> Self {
        self.vars.set(name, value);
        self
    }

    pub(super) fn text(self, name: &'static str, value: impl Into<String>) -> Self {
        self.var(name, Value::Text(value.into()))
    }

    pub(super) fn flag_if(self, cond: bool, name: &'static str) -> Self {
        if cond {
            self.var(name, Value::Flag)
        } else {
            self
        }
    }

    pub(super) fn maybe(self, name: &'static str, value: Option<Value>) -> Self {
        match value {
            Some(v) => self.var(name, v),
            None => self,
        }
    }

    pub(super) fn evidence(mut self, line: Said) -> Self {
        if !self.evidence.contains(&line) {
            self.evidence.push(line);
        }
        self
    }

    pub(super) fn server(self, m: &MailPanel<'_>) -> Self {
        let d = match m.host {
            Some(h) => self.text("host", h),
            None => self,
        };
        match m.port {
            Some(p) => d.text("port", p.to_string()),
            None => d,
        }
    }
}

/// The longest quote of a server's text inside a hint.
const MAX_QUOTE_CHARS: usize = 80;

pub(super) fn quote(text: &str) -> String {
    let first = clean(text.lines().next().unwrap_or_default());
    if first.chars().count() > MAX_QUOTE_CHARS {
        let cut: String = first.chars().take(MAX_QUOTE_CHARS).collect();
        format!("{cut}…")
    } else {
        first
    }
}

pub(super) fn io_of(record: &StepRecord) -> Option<IoFailure> {
    match &record.evidence {
        Some(Evidence::Io { failure, .. }) if record.status == StepStatus::Failed => Some(*failure),
        _ => None,
    }
}

const DAY: i64 = 86_400;
/// Certificates expiring this soon are worth a warning.
pub const EXPIRY_WARNING_DAYS: i64 = 14;
/// Most certificate names weighed when suggesting one (a certificate may carry thousands).
const MAX_NAMES_CONSIDERED: usize = 100;
/// A clock this far off breaks certificate checks in a way worth naming.
pub const CLOCK_SKEW_MIN_SECS: i64 = 300;

/// Every diagnosis the observations support, before consequences are removed.
pub fn observe(state: &RunState, ctx: &Context<'_>) -> Vec<Diagnosis> {
    let mut out = Vec::new();
    let panels = mail_panels(state, ctx);
    let tcp = tcp_attempts(state, ctx);
    no_network(state, ctx, &tcp, &mut out);
    resolver_down(state, ctx, &tcp, &mut out);
    names_not_found(state, ctx, &mut out);
    tcp_failures(state, ctx, &tcp, &mut out);
    clock_skew(state, ctx, &panels, &mut out);
    for m in &panels {
        certificates(m, ctx, &mut out);
        tls_failures(m, &mut out);
        greeting_silence(m, &mut out);
        starttls_missing(m, &mut out);
        starttls_injection(m, &mut out);
        replies(m, ctx, &mut out);
        login(m, ctx, &mut out);
        preauth(m, &mut out);
        mailbox(m, &mut out);
    }
    super::rules_named::observe(ctx, &panels, &mut out);
    super::rules_oauth2::observe(ctx, &panels, &mut out);
    same_credentials_refused(&panels, ctx, &mut out);
    receive_ok_send_fails(&panels, ctx, &mut out);
    super::rules_config::observe(state, ctx, &panels, &mut out);
    rules_network::observe(state, ctx, &mut out);
    out
}

/// The panel for findings about the machine as a whole: the network panel when it ran.
fn home(state: &RunState, seen: Panel) -> Panel {
    if state.panel(Panel::Network).is_some() {
        Panel::Network
    } else {
        seen
    }
}

/// `no-network`: every name look-up and connect failed, for want of a route.
fn no_network(
    state: &RunState,
    ctx: &Context<'_>,
    tcp: &[TcpAttempt<'_>],
    out: &mut Vec<Diagnosis>,
) {
    let dns = dns_lookups(state, ctx);
    // The lines are written only when the finding is made: most runs have a network.
    let decided: Vec<(Panel, &StepRecord, &str, Option<u16>)> = dns
        .iter()
        .map(|(p, host, r)| (*p, *r, host.as_str(), None))
        .chain(
            tcp.iter()
                .map(|a| (a.panel, a.record, a.host.as_str(), a.port)),
        )
        .filter(|(_, r, _, _)| matches!(r.status, StepStatus::Ok | StepStatus::Failed))
        .collect();
    let Some((first_panel, _, _, _)) = decided.first() else {
        return;
    };
    let kinds: Vec<Option<IoFailure>> = decided.iter().map(|(_, r, _, _)| io_of(r)).collect();
    let all_failed_offline = kinds
        .iter()
        .all(|k| matches!(k, Some(IoFailure::Unreachable | IoFailure::ResolverFailed)))
        && kinds.contains(&Some(IoFailure::Unreachable));
    let decided_tcp: Vec<&TcpAttempt<'_>> = tcp
        .iter()
        .filter(|a| matches!(a.record.status, StepStatus::Ok | StepStatus::Failed))
        .collect();
    let hosts: BTreeSet<String> = decided_tcp
        .iter()
        .map(|a| a.host.to_ascii_lowercase())
        .collect();
    let every_connect_unreachable = hosts.len() >= 2
        && decided_tcp
            .iter()
            .all(|a| a.io_failure() == Some(IoFailure::Unreachable));
    if !(all_failed_offline || every_connect_unreachable) {
        return;
    }
    let mut d = Diagnosis::new(
        FindingId::NoNetwork,
        home(state, *first_panel),
        StepKind::Dns,
    );
    for (_, record, host, port) in decided
        .iter()
        .filter(|(_, r, _, _)| r.status == StepStatus::Failed)
    {
        d = d.evidence(located_line(record, host, *port));
    }
    out.push(d);
}

/// `dns-resolver-down`: name look-ups fail without an answer, and none succeeds.
fn resolver_down(
    state: &RunState,
    ctx: &Context<'_>,
    tcp: &[TcpAttempt<'_>],
    out: &mut Vec<Diagnosis>,
) {
    let dns = dns_lookups(state, ctx);
    if dns.iter().any(|(_, _, r)| r.status == StepStatus::Ok) {
        return;
    }
    let failed: Vec<&(Panel, String, &StepRecord)> = dns
        .iter()
        .filter(|(_, _, r)| {
            matches!(
                io_of(r),
                Some(IoFailure::ResolverFailed | IoFailure::Timeout)
            )
        })
        .collect();
    let Some((first_panel, _, _)) = failed.first() else {
        return;
    };
    // A connect that needed no look-up (an address, or a pinned name) shows the network is up.
    let direct = tcp.iter().find(|a| {
        a.ok()
            && (a.host.parse::<IpAddr>().is_ok()
                || a.port
                    .is_some_and(|p| ctx.plan.pinned(&a.host, p).is_some()))
    });
    let mut d = Diagnosis::new(
        FindingId::DnsResolverDown,
        home(state, *first_panel),
        StepKind::Dns,
    );
    for (_, host, r) in &failed {
        d = d.evidence(located_line(r, host, None));
    }
    if let Some(a) = direct {
        d = d
            .text("address", a.host.clone())
            .evidence(located_line(a.record, &a.host, a.port));
    }
    out.push(d);
}

/// `dns-not-found`: the server name does not exist.
fn names_not_found(state: &RunState, ctx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    for (panel, host, record) in dns_lookups(state, ctx) {
        if io_of(record) != Some(IoFailure::NotFound) {
            continue;
        }
        let owner = panel_for_host(state, ctx, &host).unwrap_or(panel);
        let documented = ctx
            .provider(owner)
            .and_then(|h| h.server_host.clone())
            .filter(|d| !d.eq_ignore_ascii_case(&host));
        let hinted = [
            &ctx.provider_incoming,
            &ctx.provider_imap_beside,
            &ctx.provider_outgoing,
        ]
        .into_iter()
        .flatten()
        .filter_map(|h| h.server_host.as_deref());
        let known = ctx.known_hosts.iter().map(String::as_str).chain(hinted);
        let suggestion = closest_known_host(&host, known).map(str::to_string);
        let host_for_line = host.clone();
        let d = Diagnosis::new(FindingId::DnsNotFound, panel, StepKind::Dns)
            .subject(host.clone())
            .text("host", host)
            .maybe("suggestion", suggestion.map(Value::Text))
            .maybe("documented_host", documented.map(Value::Text))
            .evidence(located_line(record, &host_for_line, None));
        out.push(d);
    }
}

/// `tcp-refused`, `tcp-timeout`, `port-25-blocked`, `ipv6-broken`: failed connects to the
/// configured servers, compared with the connects that worked.
fn tcp_failures(
    state: &RunState,
    ctx: &Context<'_>,
    tcp: &[TcpAttempt<'_>],
    out: &mut Vec<Diagnosis>,
) {
    let configured = configured_places(state, ctx);
    for a in tcp {
        // A family that fails beside one that works is a warning step, not a failed one.
        let failure = match (a.record.status, &a.record.evidence) {
            (StepStatus::Failed | StepStatus::Warn, Some(Evidence::Io { failure, .. })) => *failure,
            _ => continue,
        };
        if !matches!(
            failure,
            IoFailure::Refused | IoFailure::Timeout | IoFailure::Unreachable
        ) {
            continue;
        }
        let Some(port) = a.port else { continue };
        if !configured
            .iter()
            .any(|(h, p)| h.eq_ignore_ascii_case(&a.host) && *p == port)
        {
            continue;
        }
        if let Some(ok) = tcp.iter().find(|b| b.ok() && b.same_place(a)) {
            if a.family == Some(Family::V6) && ok.family == Some(Family::V4) {
                out.push(
                    Diagnosis::new(FindingId::Ipv6Broken, a.panel, StepKind::Tcp)
                        .flag_if(on_this_machine(state, a), "local_host")
                        .subject(a.host.clone())
                        .text("host", a.host.clone())
                        .text("port", port.to_string())
                        .evidence(located_line(a.record, &a.host, a.port))
                        .evidence(located_line(ok.record, &ok.host, ok.port)),
                );
            }
            continue;
        }
        if a.record.status != StepStatus::Failed {
            continue;
        }
        let answering = rules_network::answering_ports(state, tcp, &a.host);
        let open_ports = |except: u16| {
            let list: Vec<String> = answering
                .keys()
                .filter(|p| **p != except)
                .map(u16::to_string)
                .collect();
            (!list.is_empty()).then_some(Value::List(list))
        };
        let alternative = answering
            .iter()
            .find_map(|(p, line)| matches!(p, 587 | 465).then_some(line));
        let d = match (port, alternative) {
            (25, Some(alt_line)) => {
                let panel = if state.panel(Panel::Outgoing).is_some() {
                    Panel::Outgoing
                } else {
                    a.panel
                };
                Diagnosis::new(FindingId::Port25Blocked, panel, StepKind::Tcp)
                    .maybe("open_ports", open_ports(25))
                    .evidence(alt_line.clone())
            }
            _ if failure == IoFailure::Refused => {
                Diagnosis::new(FindingId::TcpRefused, a.panel, StepKind::Tcp)
                    .maybe("open_ports", open_ports(port))
            }
            _ => Diagnosis::new(FindingId::TcpTimeout, a.panel, StepKind::Tcp)
                .flag_if(port == 25, "port25")
                .maybe("open_ports", open_ports(port)),
        };
        let d = d
            .subject(format!("{}:{port}", a.host))
            .text("host", a.host.clone())
            .text("port", port.to_string());
        // The failed attempt first, then any comparison already recorded.
        let mut evidence = vec![located_line(a.record, &a.host, a.port)];
        evidence.extend(d.evidence.iter().cloned());
        out.push(Diagnosis { evidence, ..d });
    }
}

/// A connect aimed at this machine itself: `localhost`, a loopback address, or one of the
/// machine's own addresses (its router plays no part).
fn on_this_machine(state: &RunState, a: &TcpAttempt<'_>) -> bool {
    let host = a.host.trim_end_matches('.').to_ascii_lowercase();
    if host == "localhost" || host.ends_with(".localhost") {
        return true;
    }
    let target_ip = a
        .record
        .target
        .as_deref()
        .into_iter()
        .flat_map(str::split_whitespace)
        .find_map(|t| {
            t.parse::<std::net::SocketAddr>()
                .map(|s| s.ip())
                .or_else(|_| t.parse::<IpAddr>())
                .ok()
        })
        .or_else(|| a.host.parse::<IpAddr>().ok());
    let Some(ip) = target_ip else { return false };
    if ip.is_loopback() {
        return true;
    }
    state
        .panel(Panel::Network)
        .and_then(|p| p.network.as_ref())
        .and_then(|n| n.local.as_ref())
        .is_some_and(|local| {
            local
                .addresses
                .iter()
                .any(|l| l.address.parse::<IpAddr>().ok() == Some(ip))
        })
}

/// A certificate's validity window as a shift of the local clock that would make it valid:
/// `[not_before - now, not_after - now]`.
fn valid_shift(cert: &CertSummary, now: i64) -> (i64, i64) {
    (
        cert.not_before_unix.saturating_sub(now),
        cert.not_after_unix.saturating_sub(now),
    )
}

fn date_problem(tls: &TlsInfo, now: i64) -> bool {
    matches!(tls.verdict, CertVerdict::Expired | CertVerdict::NotYetValid)
        || tls
            .chain
            .iter()
            .any(|c| now < c.not_before_unix || now > c.not_after_unix)
}

/// `clock-skew`: at least two different certificates all fail on their dates, and one and the
/// same correction of the local clock (of at least a few minutes) would make every one valid.
fn clock_skew(
    state: &RunState,
    ctx: &Context<'_>,
    panels: &[MailPanel<'_>],
    out: &mut Vec<Diagnosis>,
) {
    let now = ctx.now_unix;
    let seen: Vec<(Panel, &TlsInfo)> = panels
        .iter()
        .filter_map(|m| Some((m.panel(), m.report.tls.as_ref()?)))
        .filter(|(_, t)| !t.chain.is_empty())
        .collect();
    let leaves: BTreeSet<(&str, i64, i64)> = seen
        .iter()
        .map(|(_, t)| {
            let leaf = &t.chain[0];
            (
                leaf.subject.as_str(),
                leaf.not_before_unix,
                leaf.not_after_unix,
            )
        })
        .collect();
    if leaves.len() < 2 || !seen.iter().all(|(_, t)| date_problem(t, now)) {
        return;
    }
    let (mut lo, mut hi) = (i64::MIN, i64::MAX);
    for cert in seen.iter().flat_map(|(_, t)| t.chain.iter()) {
        let (a, b) = valid_shift(cert, now);
        lo = lo.max(a);
        hi = hi.min(b);
    }
    if lo > hi {
        return;
    }
    let shift = if lo > 0 { lo } else { hi };
    if shift.unsigned_abs() < CLOCK_SKEW_MIN_SECS.unsigned_abs() {
        return;
    }
    let Some((first_panel, _)) = seen.first() else {
        return;
    };
    let mut d = Diagnosis::new(
        FindingId::ClockSkew,
        home(state, *first_panel),
        StepKind::Tls,
    )
    .flag_if(lo > 0, "clock_behind")
    .flag_if(hi < 0, "clock_ahead");
    for (_, t) in &seen {
        d = d.evidence(verdict_line(t)).evidence(cert_line(&t.chain[0]));
    }
    out.push(d.evidence(said!("evidence-local-clock", time = rfc3339(now))));
}

/// Issuer and subject words of products that re-sign TLS to inspect it (antivirus mail
/// shields, corporate proxies).
const INTERCEPTORS: &[&str] = &[
    "avast",
    "avg ",
    "kaspersky",
    "eset ",
    "bitdefender",
    "fortinet",
    "fortigate",
    "zscaler",
    "sophos",
    "mcafee",
    "norton",
    "trend micro",
    "netspark",
    "cisco umbrella",
    "palo alto",
    "check point",
    "checkpoint",
    "mitmproxy",
    "charles proxy",
    "fiddler",
    "blue coat",
    "bluecoat",
    "watchguard",
    "sonicwall",
    "untangle",
    "g data",
    "dr.web",
    "webroot",
    "emsisoft",
    "mail shield",
    "ssl inspection",
    "tls inspection",
];

fn intercepted(tls: &TlsInfo) -> bool {
    tls.chain.iter().any(|c| {
        let names = format!("{} {} ", c.issuer, c.subject).to_lowercase();
        INTERCEPTORS.iter().any(|w| names.contains(w))
    })
}

/// `cert-*` and `tls-intercepted`, from the panel's verdict and the chain's dates.
fn certificates(m: &MailPanel<'_>, ctx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    let Some(tls) = &m.report.tls else { return };
    let Some(leaf) = tls.chain.first() else {
        return;
    };
    let now = ctx.now_unix;
    let host = if tls.server_name.is_empty() {
        m.host.unwrap_or_default().to_string()
    } else {
        tls.server_name.clone()
    };
    let base = |id| {
        Diagnosis::new(id, m.panel(), StepKind::Tls)
            .server(m)
            .text("host", host.clone())
            .evidence(verdict_line(tls))
    };
    let d = match tls.verdict {
        CertVerdict::Expired => {
            let cert = tls
                .chain
                .iter()
                .find(|c| c.not_after_unix < now)
                .unwrap_or(leaf);
            base(FindingId::CertExpired)
                .var("date", Value::Date(cert.not_after_unix))
                .evidence(cert_line(cert))
        }
        CertVerdict::NotYetValid => {
            let cert = tls
                .chain
                .iter()
                .find(|c| c.not_before_unix > now)
                .unwrap_or(leaf);
            base(FindingId::CertNotYetValid)
                .var("date", Value::Date(cert.not_before_unix))
                .evidence(cert_line(cert))
        }
        CertVerdict::NameMismatch => {
            let all_names: Vec<String> = leaf
                .dns_names
                .iter()
                .chain(&leaf.ip_addresses)
                .take(MAX_NAMES_CONSIDERED)
                .map(|n| clean(n))
                .collect();
            if all_names.is_empty() {
                return;
            }
            let documented = ctx
                .provider(m.panel())
                .and_then(|h| h.server_host.as_deref());
            let best =
                best_certificate_name(&host, &all_names, common_name(&leaf.subject), documented);
            let names = bounded_list(leaf.dns_names.iter().chain(&leaf.ip_addresses));
            base(FindingId::CertHostnameMismatch)
                .maybe("best", best.map(Value::Text))
                .var("names", Value::List(names))
                .evidence(cert_line(leaf))
        }
        CertVerdict::Untrusted => {
            let top = tls.chain.last().unwrap_or(leaf);
            let id = if intercepted(tls) {
                FindingId::TlsIntercepted
            } else {
                FindingId::CertUntrusted
            };
            let mut d = base(id).text("issuer", clean(&top.issuer));
            for cert in &tls.chain {
                d = d.evidence(cert_line(cert));
            }
            d
        }
        CertVerdict::Valid => {
            let Some(soonest) = tls
                .chain
                .iter()
                .filter(|c| {
                    (0..=EXPIRY_WARNING_DAYS * DAY).contains(&c.not_after_unix.saturating_sub(now))
                })
                .min_by_key(|c| c.not_after_unix)
            else {
                return;
            };
            let days = (soonest.not_after_unix - now + DAY - 1) / DAY;
            base(FindingId::CertExpiringSoon)
                .var("date", Value::Date(soonest.not_after_unix))
                .var("days", Value::Days(days))
                .evidence(cert_line(soonest))
        }
        CertVerdict::ChainInvalid => base(FindingId::CertChainInvalid)
            .text("chain_length", tls.chain.len().to_string())
            .evidence(cert_line(leaf))
            .evidence(said!("evidence-chain-length", count = tls.chain.len())),
        CertVerdict::Unknown => return,
    };
    out.push(d);
}

/// True when a TLS step ran straight after connecting (implicit TLS), not after STLS/STARTTLS.
fn implicit_tls(m: &MailPanel<'_>, index: usize) -> bool {
    !m.steps()[..index]
        .iter()
        .any(|s| matches!(s.step, StepKind::Stls | StepKind::Starttls))
}

/// Ports worth suggesting for a security mix-up: the other standard port, when it differs.
fn other_port(port: Option<u16>, standard: u16) -> Option<Value> {
    (port != Some(standard)).then(|| Value::Text(standard.to_string()))
}

/// `tls-on-plaintext-port`, `tls-protocol-too-old`, `starttls-failed`: how a handshake failed.
fn tls_failures(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    for (index, record) in m.steps().iter().enumerate() {
        if record.step != StepKind::Tls || record.status != StepStatus::Failed {
            continue;
        }
        let Some(Evidence::Tls {
            failure,
            message,
            peer_bytes,
        }) = &record.evidence
        else {
            continue;
        };
        let implicit = implicit_tls(m, index);
        let lower = message.english().to_ascii_lowercase();
        let base = |id| {
            Diagnosis::new(id, m.panel(), StepKind::Tls)
                .server(m)
                .evidence(step_line(record))
        };
        let d = match failure {
            TlsFailure::NotTls if implicit => base(FindingId::TlsOnPlaintextPort)
                .maybe("plain_port", m.port.map(|p| Value::Text(p.to_string())))
                .maybe("tls_port", other_port(m.port, m.tls_port()))
                .maybe(
                    "peer_bytes",
                    peer_bytes.as_deref().map(|b| Value::Text(quote(b))),
                ),
            TlsFailure::Malformed | TlsFailure::UnexpectedBytes => {
                base(FindingId::TlsAnswerInvalid).maybe(
                    "peer_bytes",
                    peer_bytes.as_deref().map(|b| Value::Text(quote(b))),
                )
            }
            TlsFailure::ProtocolVersion => base(FindingId::TlsProtocolTooOld)
                .maybe("tls_version", old_version_seen(m).map(Value::Text)),
            TlsFailure::Alert if lower.contains("protocol") && lower.contains("version") => {
                base(FindingId::TlsProtocolTooOld)
            }
            TlsFailure::Certificate => continue,
            _ if !implicit => {
                base(FindingId::StarttlsFailed).maybe("tls_port", other_port(m.port, m.tls_port()))
            }
            _ => continue,
        };
        out.push(d);
    }
}

/// The version older than TLS 1.2 the server was seen choosing, as the TLS details name it.
fn old_version_seen(m: &MailPanel<'_>) -> Option<String> {
    let version = m.report.tls.as_ref()?.version.as_deref()?;
    let name = match version {
        "SSLv3" => "SSL 3.0",
        "TLSv1.0" => "TLS 1.0",
        "TLSv1.1" => "TLS 1.1",
        _ => return None,
    };
    Some(name.to_string())
}

/// `plaintext-on-tls-port`: a plain connection met a port that speaks TLS.
fn greeting_silence(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    for record in m.steps_of(StepKind::Greeting) {
        if record.status != StepStatus::Failed {
            continue;
        }
        let speaks_tls = matches!(record.evidence, Some(Evidence::SpeaksTls { .. }));
        let silent_tls_port = io_of(record) == Some(IoFailure::Timeout)
            && m.security != Some(Security::Tls)
            && matches!(m.port, Some(995 | 465));
        if !(speaks_tls || silent_tls_port) {
            continue;
        }
        let mut d = Diagnosis::new(FindingId::PlaintextOnTlsPort, m.panel(), StepKind::Greeting)
            .server(m)
            .maybe("plain_port", other_port(m.port, m.plain_port()))
            .evidence(step_line(record));
        if silent_tls_port && !speaks_tls {
            d = d.evidence(said!(
                "evidence-standard-tls-port",
                port = m.port.unwrap_or_default().to_string(),
                protocol = m.protocol.as_str()
            ));
        }
        out.push(d);
    }
}

/// `starttls-not-offered`: STARTTLS was asked for, and the capability list lacks it.
fn starttls_missing(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    let upgraded = m.any_ok(StepKind::Stls) || m.any_ok(StepKind::Starttls);
    if m.security != Some(Security::Starttls) || m.encrypted() || upgraded {
        return;
    }
    let listed = match m.protocol {
        Protocol::Pop3 => m.any_ok(StepKind::Capa),
        // The greeting's [CAPABILITY …] code lists them without a CAPABILITY command.
        Protocol::Imap => m.any_ok(StepKind::Capa) || m.any_ok(StepKind::Greeting),
        Protocol::Smtp => m.any_ok(StepKind::Ehlo),
    };
    let caps = &m.report.facts.capabilities;
    if !listed || caps.is_empty() || m.offers(m.starttls_keyword()) {
        return;
    }
    let step = match m.protocol {
        Protocol::Pop3 => StepKind::Stls,
        Protocol::Imap | Protocol::Smtp => StepKind::Starttls,
    };
    out.push(
        Diagnosis::new(FindingId::StarttlsNotOffered, m.panel(), step)
            .server(m)
            .maybe("tls_port", other_port(m.port, m.tls_port()))
            .evidence(capabilities_line(m.capability_command(), caps)),
    );
}

/// `starttls-injection`: the upgrade step warns with a protocol failure, which the sessions
/// record when plain text came between the STLS/STARTTLS reply and the TLS handshake.
fn starttls_injection(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    for record in m.steps() {
        let upgrade = matches!(record.step, StepKind::Stls | StepKind::Starttls);
        let injected = matches!(
            record.evidence,
            Some(Evidence::Io {
                failure: IoFailure::Protocol,
                ..
            })
        );
        if !upgrade || !injected || record.status != StepStatus::Warn {
            continue;
        }
        out.push(
            Diagnosis::new(FindingId::StarttlsInjection, m.panel(), record.step)
                .server(m)
                .maybe("tls_port", other_port(m.port, m.tls_port()))
                .evidence(step_line(record)),
        );
    }
}

fn is_microsoft(m: &MailPanel<'_>, ctx: &Context<'_>) -> bool {
    m.host.is_some_and(is_microsoft_host)
        || ctx.provider(m.panel()).is_some_and(|h| h.is_microsoft())
}

/// Findings named by what the server answered to a failed step.
fn replies(m: &MailPanel<'_>, ctx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    let microsoft = is_microsoft(m, ctx);
    for record in m.steps() {
        if record.status != StepStatus::Failed {
            continue;
        }
        // A refused token is read by the OAuth2 rules: it says nothing about a password.
        if record.step == StepKind::Login && super::rules_oauth2::token_login(ctx) {
            continue;
        }
        let Some(Evidence::Reply { reply, .. }) = &record.evidence else {
            continue;
        };
        let cx = ReplyContext {
            protocol: m.protocol,
            step: record.step,
            authenticated: m.login_ok(),
            microsoft,
        };
        let Some(mut id) = classify_reply(reply, &cx) else {
            continue;
        };
        // A refused APOP proves nothing about the password when other logins were possible.
        if id == FindingId::AuthFailed && super::rules_named::apop_refused(m, record) {
            continue;
        }
        if id == FindingId::SmtpAuthNotOffered && m.port == Some(25) {
            id = FindingId::WrongPortForSubmission;
        }
        let mut d = Diagnosis::new(id, m.panel(), record.step)
            .server(m)
            .flag_if(microsoft, "microsoft")
            .evidence(step_line(record));
        match id {
            FindingId::ImapDisabled | FindingId::PasswordExpired => {
                d = d.maybe(
                    "alert",
                    imap_alert(reply).map(|a| quote(&a)).map(Value::Text),
                );
            }
            FindingId::ServerBusy => {
                d = d.text("reply", quote(reply));
            }
            FindingId::TlsOnPlaintextPort => {
                d = d
                    .maybe("plain_port", m.port.map(|p| Value::Text(p.to_string())))
                    .maybe("tls_port", other_port(m.port, m.tls_port()))
                    .text("peer_bytes", quote(reply));
            }
            FindingId::AuthMechanismUnsupported => {
                d = mechanism_refused(d, m, record, reply);
            }
            FindingId::StarttlsNotOffered
            | FindingId::AuthPlaintextDisallowed
            | FindingId::WrongPortForSubmission => {
                d = d
                    .maybe("tls_port", other_port(m.port, m.tls_port()))
                    .flag_if(
                        m.offers(m.starttls_keyword()) && !m.encrypted(),
                        "starttls_offered",
                    );
            }
            _ => {}
        }
        out.push(d);
    }
}

/// The values of `auth-mechanism-unsupported` read from a refusal: the mechanisms the server
/// listed, the one that was tried (from the command sent), the refusal, and whether the server
/// refused a mechanism it had listed itself.
fn mechanism_refused(
    d: Diagnosis,
    m: &MailPanel<'_>,
    record: &StepRecord,
    reply: &str,
) -> Diagnosis {
    let offered = &m.report.facts.auth_mechanisms;
    let tried = match &record.evidence {
        Some(Evidence::Reply {
            sent: Some(sent), ..
        }) => {
            let mut words = sent.split_whitespace();
            match words.next() {
                Some(verb) if verb.eq_ignore_ascii_case("AUTH") => {
                    words.next().map(|w| clean(w).to_ascii_uppercase())
                }
                _ => None,
            }
        }
        _ => None,
    };
    let offered_refused = tried
        .as_ref()
        .is_some_and(|t| offered.iter().any(|o| o.eq_ignore_ascii_case(t)));
    d.maybe(
        "mechanisms",
        (!offered.is_empty()).then(|| Value::List(bounded_list(offered))),
    )
    .maybe("mechanism", tried.map(Value::Text))
    .text("reply", quote(reply))
    .flag_if(offered_refused, "offered_refused")
}

/// Mechanisms this tool can use with a password.
fn password_mechanism(mechanism: &str) -> bool {
    mechanism.eq_ignore_ascii_case("PLAIN") || mechanism.eq_ignore_ascii_case("LOGIN")
}

/// On an encrypted session, the server offers no way to log in with a password.
fn no_password_mechanism(m: &MailPanel<'_>) -> bool {
    let facts = &m.report.facts;
    if !m.encrypted() || facts.auth_mechanisms.is_empty() {
        return false;
    }
    let pop3_password = m.protocol == Protocol::Pop3 && (m.offers("USER") || facts.apop_offered);
    !pop3_password && !facts.auth_mechanisms.iter().any(|x| password_mechanism(x))
}

/// `auth-refused-insecure`, `auth-mechanism-unsupported`, `smtp-auth-not-offered`,
/// `wrong-port-for-submission`: logins that could not be tried.
fn login(m: &MailPanel<'_>, ctx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    let credentials = ctx.plan.user_for(m.protocol).is_some() && ctx.plan.password.is_some();
    let facts = &m.report.facts;
    let starttls_offered = m.offers(m.starttls_keyword()) && !m.encrypted();
    for record in m.steps_of(StepKind::Login) {
        if !matches!(record.status, StepStatus::Warn | StepStatus::Failed) {
            continue;
        }
        if let Some(Evidence::Declined { .. }) = record.evidence {
            let mut d = if no_password_mechanism(m) {
                mechanism_unsupported(m)
            } else {
                Diagnosis::new(FindingId::AuthRefusedInsecure, m.panel(), StepKind::Login)
                    .server(m)
                    .maybe("security", m.security.map(Value::Security))
                    .maybe("tls_port", other_port(m.port, m.tls_port()))
                    .flag_if(starttls_offered, "starttls_offered")
            };
            // Declining is a warning, unless the step failed for it.
            if record.status == StepStatus::Failed {
                d.severity = Severity::Error;
            }
            out.push(d.evidence(step_line(record)));
        } else if login_disabled(m, record) {
            // The IMAP server said in advance that it refuses logins here (RFC 9051
            // LOGINDISABLED), so the session did not try one.
            out.push(
                Diagnosis::new(
                    FindingId::AuthPlaintextDisallowed,
                    m.panel(),
                    StepKind::Login,
                )
                .server(m)
                .maybe("tls_port", other_port(m.port, m.tls_port()))
                .flag_if(starttls_offered, "starttls_offered")
                .evidence(step_line(record)),
            );
        }
    }
    let refused_by_server = m
        .steps_of(StepKind::Login)
        .any(|r| matches!(r.evidence, Some(Evidence::Reply { .. })) && !login_never_sent(m, r));
    if credentials && !m.login_ok() && !refused_by_server && no_password_mechanism(m) {
        let mut d = mechanism_unsupported(m);
        if let Some(r) = m.steps_of(StepKind::Login).last() {
            d = d.evidence(step_line(r));
        }
        out.push(d);
    }
    let ehlo_listed =
        m.protocol == Protocol::Smtp && m.any_ok(StepKind::Ehlo) && !facts.capabilities.is_empty();
    if credentials
        && ehlo_listed
        && !m.offers("AUTH")
        && facts.auth_mechanisms.is_empty()
        && !m.login_ok()
    {
        let id = if m.port == Some(25) {
            FindingId::WrongPortForSubmission
        } else {
            FindingId::SmtpAuthNotOffered
        };
        out.push(
            Diagnosis::new(id, m.panel(), StepKind::Ehlo)
                .server(m)
                .maybe("tls_port", other_port(m.port, m.tls_port()))
                .flag_if(starttls_offered, "starttls_offered")
                .evidence(capabilities_line("EHLO", &facts.capabilities)),
        );
    }
}

/// `preauth-session`: the IMAP server greeted with `PREAUTH`, logged in without a password, so
/// the password was not tested.
fn preauth(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    if m.protocol != Protocol::Imap {
        return;
    }
    let Some(greeting) = &m.report.facts.greeting else {
        return;
    };
    if !greeting
        .get(..9)
        .is_some_and(|g| g.eq_ignore_ascii_case("* PREAUTH"))
    {
        return;
    }
    out.push(
        Diagnosis::new(FindingId::PreauthSession, m.panel(), StepKind::Greeting)
            .server(m)
            .evidence(said!(
                "evidence-reply",
                step = said!("step-name-greeting"),
                reply = quote(greeting)
            )),
    );
}

/// An IMAP login step not tried because the capability list says `LOGINDISABLED` on a
/// connection that is not encrypted.
fn login_disabled(m: &MailPanel<'_>, record: &StepRecord) -> bool {
    m.protocol == Protocol::Imap
        && !m.encrypted()
        && m.offers("LOGINDISABLED")
        && login_never_sent(m, record)
}

/// A failed login step whose evidence is the capability list (`sent` is CAPA or EHLO): the
/// session found no mechanism in common and sent no login command, so the server refused
/// nothing.
fn login_never_sent(m: &MailPanel<'_>, record: &StepRecord) -> bool {
    matches!(
        &record.evidence,
        Some(Evidence::Reply { sent: Some(sent), .. })
            if sent.eq_ignore_ascii_case(m.capability_command())
    )
}

fn mechanism_unsupported(m: &MailPanel<'_>) -> Diagnosis {
    let mechanisms = &m.report.facts.auth_mechanisms;
    let oauth = mechanisms.iter().any(|x| {
        let x = x.to_ascii_uppercase();
        x == "XOAUTH2" || x == "OAUTHBEARER"
    });
    Diagnosis::new(
        FindingId::AuthMechanismUnsupported,
        m.panel(),
        StepKind::Login,
    )
    .server(m)
    .var("mechanisms", Value::List(bounded_list(mechanisms)))
    .flag_if(oauth, "oauth")
    .evidence(said!(
        "evidence-mechanisms",
        list = bounded_list(mechanisms).join(" ")
    ))
}

/// `mailbox-empty`, `no-uidl`: what a working POP3 session learned.
fn mailbox(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    if m.protocol != Protocol::Pop3 {
        return;
    }
    let facts = &m.report.facts;
    if m.login_ok() && facts.message_count == Some(0) {
        let line = m
            .steps_of(StepKind::Stat)
            .last()
            .map(step_line)
            .unwrap_or_else(|| said!("evidence-no-messages"));
        out.push(
            Diagnosis::new(FindingId::MailboxEmpty, m.panel(), StepKind::Stat)
                .server(m)
                .evidence(line),
        );
    }
    if facts.uidl_ok == Some(false) {
        let line = m
            .steps_of(StepKind::Uidl)
            .last()
            .map(step_line)
            .unwrap_or_else(|| said!("evidence-no-uidl"));
        out.push(
            Diagnosis::new(FindingId::NoUidl, m.panel(), StepKind::Uidl)
                .server(m)
                .evidence(line),
        );
    }
}

/// Both servers refused the same user name and password: the incoming finding says so once with
/// every step, and the outgoing one only points back at it.
fn same_credentials_refused(panels: &[MailPanel<'_>], ctx: &Context<'_>, out: &mut [Diagnosis]) {
    if ctx.plan.user.is_none() || ctx.plan.password.is_none() || !ctx.plan.same_login_both_sides() {
        return;
    }
    let refused = |panel: Panel| {
        out.iter()
            .position(|d| d.panel == panel && d.id == FindingId::AuthFailed)
    };
    let incoming = panels.iter().find(|m| m.panel() == Panel::Incoming);
    let outgoing = panels.iter().find(|m| m.protocol == Protocol::Smtp);
    let (Some(i), Some(o)) = (incoming, outgoing) else {
        return;
    };
    let (Some(first), Some(second)) = (refused(i.panel()), refused(o.panel())) else {
        return;
    };
    let second_line = out[second].evidence.first().cloned();
    let mut both = out[first].clone().flag_if(true, "both_refused");
    if let Some(line) = second_line {
        both = both.evidence(said!("evidence-outgoing-server", line = line));
    }
    out[first] = both;
    out[second] = out[second].clone().flag_if(true, "same_refusal");
}

/// What the healthy incoming session proved, as an evidence line.
fn incoming_summary(i: &MailPanel<'_>) -> Said {
    let host = i.host.unwrap_or_default();
    if i.login_ok() {
        match i.report.facts.login_method.as_deref() {
            Some(method) => said!(
                "evidence-incoming-login-with",
                host = host,
                method = clean(method)
            ),
            None => said!("evidence-incoming-login", host = host),
        }
    } else {
        said!("evidence-incoming-healthy", host = host)
    }
}

/// `receive-ok-send-fails`: the incoming side works while the outgoing side fails. When the
/// incoming login proved the password, a plain "wrong password" on the outgoing side is replaced
/// by this finding, which says the password is right and points at the outgoing causes.
fn receive_ok_send_fails(panels: &[MailPanel<'_>], ctx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    let incoming = panels.iter().find(|m| m.panel() == Panel::Incoming);
    let outgoing = panels.iter().find(|m| m.protocol == Protocol::Smtp);
    let (Some(i), Some(o)) = (incoming, outgoing) else {
        return;
    };
    let healthy =
        i.any_ok(StepKind::Greeting) && i.steps().iter().all(|s| s.status != StepStatus::Failed);
    let Some(failed) = o.steps().iter().find(|s| s.status == StepStatus::Failed) else {
        return;
    };
    if !healthy {
        return;
    }
    let incoming_line = incoming_summary(i);
    let wrong_password = out
        .iter()
        .position(|d| d.panel == o.panel() && d.id == FindingId::AuthFailed);
    let d = match wrong_password {
        Some(index)
            if i.login_ok() && ctx.plan.user.is_some() && ctx.plan.same_login_both_sides() =>
        {
            let refused = out.remove(index);
            Diagnosis {
                id: FindingId::ReceiveOkSendFails,
                severity: Severity::Error,
                step: StepKind::Login,
                ..refused
            }
            .flag_if(true, "password_ok")
            .flag_if(o.port == Some(25), "port25")
        }
        _ => Diagnosis::new(FindingId::ReceiveOkSendFails, o.panel(), failed.step)
            .server(o)
            .flag_if(is_microsoft(o, ctx), "microsoft")
            .evidence(step_line(failed)),
    };
    out.push(d.evidence(incoming_line));
}
