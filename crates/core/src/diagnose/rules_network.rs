//! Diagnoses from the network panel's measurements ([`NetworkFacts`]): no default route, DNS
//! resolvers that do not answer, the clock against a time server (and the certificate dates it
//! explains), blocklist listings, and the SPF, DMARC and DKIM records of the mail domain. Also
//! the ports that answered on a host, which the connect rules compare a failed port against.

use std::collections::{BTreeMap, BTreeSet};
use std::net::{IpAddr, SocketAddr};

use crate::finding::Severity;
use crate::model::{
    AddressSource, BlocklistCheck, BlocklistSubject, BlocklistVerdict, CertVerdict, ConnectCheck,
    ConnectPurpose, DkimKeyState, DmarcVerdict, DomainFacts, Evidence, IoFailure, NetworkFacts,
    Panel, PanelReport, RunState, Said, SelectorBasis, SpfVerdict, StepKind, StepRecord,
    StepStatus, TlsInfo,
};
use crate::said;

use super::Context;
use super::catalog::FindingId;
use super::evidence::{
    MAX_LISTED, bounded_list, cert_line, clean, cleaned, io_failure_name, located_line, rfc3339,
    step_line, verdict_line,
};
use super::observe::{TcpAttempt, mail_panels};
use super::rules::{CLOCK_SKEW_MIN_SECS, Diagnosis};
use super::text::Value;

/// A clock this far off is an error even when no certificate failed because of it yet:
/// certificates issued or renewed within that time already look invalid.
const CLOCK_ERROR_SECS: i64 = 86_400;
/// The longest quote of a blocklist's reason.
const MAX_LISTING_CHARS: usize = 160;
/// Spamhaus answers for its Policy Block List: addresses of home and mobile connections,
/// listed by policy rather than for anything they sent.
const POLICY_LISTING_CODES: [&str; 2] = ["127.0.0.10", "127.0.0.11"];

/// Every diagnosis the network panel's measurements support. Runs after the rules that read
/// the steps: the measured clock decides which certificate findings it explains.
pub fn observe(state: &RunState, ctx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    let Some(report) = state.panel(Panel::Network) else {
        return;
    };
    let Some(facts) = report.network.as_ref() else {
        return;
    };
    offline(report, facts, out);
    resolvers_silent(report, facts, out);
    measured_clock(state, ctx, report, facts, out);
    blocklisted(state, ctx, facts, out);
    // The records of a provider's own domain (gmail.com, …) are the provider's business.
    if let Some(domain) = facts
        .domain
        .as_ref()
        .filter(|d| d.provider_domain_of.is_none())
    {
        spf(domain, out);
        dmarc(domain, out);
        dkim(domain, out);
    }
}

/// The ports of `host` that accepted a connection, each with the line that shows it: the
/// connect steps that worked, then the network panel's connects (the other submission ports
/// of the outgoing host are only there).
pub fn answering_ports(
    state: &RunState,
    tcp: &[TcpAttempt<'_>],
    host: &str,
) -> BTreeMap<u16, Said> {
    let mut out = BTreeMap::new();
    for a in tcp
        .iter()
        .filter(|a| a.ok() && a.host.eq_ignore_ascii_case(host))
    {
        if let Some(port) = a.port {
            out.entry(port)
                .or_insert_with(|| located_line(a.record, &a.host, a.port));
        }
    }
    let connects = state
        .panel(Panel::Network)
        .and_then(|r| r.network.as_ref())
        .map(|f| f.connects.as_slice())
        .unwrap_or_default();
    for c in connects
        .iter()
        .filter(|c| c.connected && c.host.eq_ignore_ascii_case(host))
    {
        out.entry(c.port).or_insert_with(|| connect_line(c));
    }
    out
}

/// One connect as an evidence line, in the form of a connect step's line.
fn connect_line(c: &ConnectCheck) -> Said {
    let what = match c.purpose {
        ConnectPurpose::Account => said!("step-name-tcp"),
        ConnectPurpose::OtherSubmissionPort => said!("evidence-other-submission-port"),
        ConnectPurpose::Reach => said!("step-name-reach"),
    };
    let outcome = if c.connected {
        said!(
            "evidence-connected-in",
            time = format!("{:.1} ms", c.elapsed_ms)
        )
    } else {
        c.failure
            .map_or_else(|| said!("evidence-no-connection"), io_failure_name)
    };
    said!(
        "evidence-connect",
        what = what,
        host = clean(&c.host),
        family = c.family.as_str(),
        address = clean(&c.address),
        outcome = outcome
    )
}

fn ip_of(address: &str) -> Option<IpAddr> {
    address
        .parse::<SocketAddr>()
        .map(|a| a.ip())
        .or_else(|_| address.trim_matches(['[', ']']).parse::<IpAddr>())
        .ok()
}

fn push_line(d: &mut Diagnosis, line: Said) {
    if !d.evidence.contains(&line) {
        d.evidence.push(line);
    }
}

/// The network panel's step of a kind aimed at `target`.
fn step<'a>(report: &'a PanelReport, kind: StepKind, target: &str) -> Option<&'a StepRecord> {
    report
        .steps
        .iter()
        .find(|s| s.step == kind && s.target.as_deref() == Some(target))
}

// ------------------------------------------------------------------ network

/// `no-network`: no default route while the servers are elsewhere (only then does the route
/// step fail), and no connect left this machine.
fn offline(report: &PanelReport, facts: &NetworkFacts, out: &mut Vec<Diagnosis>) {
    let Some(route) = report.steps.iter().find(|s| {
        s.step == StepKind::Route
            && s.status == StepStatus::Failed
            && matches!(
                s.evidence,
                Some(Evidence::Io {
                    failure: IoFailure::Unreachable,
                    ..
                })
            )
    }) else {
        return;
    };
    if facts
        .local
        .as_ref()
        .is_some_and(|l| !l.default_routes.is_empty())
    {
        return;
    }
    let got_out = facts
        .connects
        .iter()
        .any(|c| c.connected && !ip_of(&c.address).is_some_and(|ip| ip.is_loopback()));
    if got_out {
        return;
    }
    let mut d = Diagnosis::new(FindingId::NoNetwork, Panel::Network, StepKind::Route);
    push_line(&mut d, step_line(route));
    for c in facts.connects.iter().take(MAX_LISTED) {
        push_line(&mut d, connect_line(c));
    }
    out.push(d);
}

/// `dns-resolver-down`: no resolver answered while a configured server needed one. A connect
/// that needed no look-up (a reachability target, an address) shows the network itself is up.
fn resolvers_silent(report: &PanelReport, facts: &NetworkFacts, out: &mut Vec<Diagnosis>) {
    if facts.resolvers.is_empty() || facts.resolvers.iter().any(|r| r.answered) {
        return;
    }
    let by_dns: Vec<_> = facts
        .hosts
        .iter()
        .filter(|h| h.source == AddressSource::Dns)
        .collect();
    let needed = !by_dns.is_empty();
    let found = by_dns
        .iter()
        .any(|h| !h.ipv4.is_empty() || !h.ipv6.is_empty());
    if !needed || found {
        return;
    }
    let mut d = Diagnosis::new(
        FindingId::DnsResolverDown,
        Panel::Network,
        StepKind::Resolver,
    );
    for r in &facts.resolvers {
        let line = match step(report, StepKind::Resolver, &r.server) {
            Some(s) if s.status == StepStatus::Failed => step_line(s),
            _ => said!(
                "evidence-io",
                step = said!(
                    "evidence-step-at",
                    step = said!("step-name-resolver"),
                    target = clean(&r.server)
                ),
                failure = io_failure_name(r.failure.unwrap_or(IoFailure::ResolverFailed))
            ),
        };
        push_line(&mut d, line);
    }
    for h in &by_dns {
        if let Some(s) = step(report, StepKind::Dns, &h.host).filter(|s| s.status != StepStatus::Ok)
        {
            push_line(&mut d, step_line(s));
        }
    }
    let direct = facts.connects.iter().find(|c| {
        let literal = ip_of(&c.host);
        c.connected
            && match c.purpose {
                ConnectPurpose::Reach => literal.is_some(),
                _ => literal.is_some_and(|ip| !ip.is_loopback()),
            }
    });
    if let Some(c) = direct {
        let address = ip_of(&c.address).map_or_else(|| clean(&c.host), |ip| ip.to_string());
        d.vars.text("address", address);
        push_line(&mut d, connect_line(c));
    }
    out.push(d);
}

// -------------------------------------------------------------------- clock

/// True when every certificate of the chain is valid at `t`.
fn valid_at(tls: &TlsInfo, t: i64) -> bool {
    !tls.chain.is_empty()
        && tls
            .chain
            .iter()
            .all(|c| c.not_before_unix <= t && t <= c.not_after_unix)
}

/// The mail panels' certificates that failed on their dates, with the name they were checked
/// for.
fn date_failures<'a>(state: &'a RunState, ctx: &'a Context<'_>) -> Vec<(String, &'a TlsInfo)> {
    mail_panels(state, ctx)
        .into_iter()
        .filter_map(|m| {
            let tls = m.report.tls.as_ref()?;
            if !matches!(tls.verdict, CertVerdict::Expired | CertVerdict::NotYetValid) {
                return None;
            }
            let host = if tls.server_name.is_empty() {
                m.host.unwrap_or_default().to_string()
            } else {
                tls.server_name.clone()
            };
            Some((clean(&host), tls))
        })
        .collect()
}

/// `clock-skew` from a time server's answer. The measurement outranks what certificate dates
/// suggest. The finding names the offset and the correct time, and the certificate failures
/// it explains (which it stands in for); a failure that is there even at the correct time is
/// named as one to look at again once the clock is right.
fn measured_clock(
    state: &RunState,
    ctx: &Context<'_>,
    report: &PanelReport,
    facts: &NetworkFacts,
    out: &mut Vec<Diagnosis>,
) {
    let Some(clock) = &facts.clock else {
        return;
    };
    let Some(offset_ms) = clock.offset_ms.filter(|o| o.is_finite()) else {
        return;
    };
    out.retain(|d| d.id != FindingId::ClockSkew);
    // `as` saturates: an absurd offset stays a very large one.
    let offset = (offset_ms / 1000.0).round() as i64;
    let correct = ctx.now_unix.saturating_add(offset);
    let (explained, unexplained): (Vec<_>, Vec<_>) = date_failures(state, ctx)
        .into_iter()
        .partition(|(_, tls)| valid_at(tls, correct));
    if offset.abs() < CLOCK_SKEW_MIN_SECS && explained.is_empty() {
        return;
    }
    let mut d = Diagnosis::new(FindingId::ClockSkew, Panel::Network, StepKind::Clock);
    // It stands in for the certificate failures it explains (and for those it leaves to a
    // later check), so it is as grave as they are.
    let stands_in = !explained.is_empty() || !unexplained.is_empty();
    d.severity = if !stands_in && offset.abs() < CLOCK_ERROR_SECS {
        Severity::Warn
    } else {
        Severity::Error
    };
    d.vars
        .set("offset", Value::Duration(offset))
        .set("correct_time", Value::Date(correct));
    if offset > 0 {
        d.vars.flag("clock_behind");
    } else if offset < 0 {
        d.vars.flag("clock_ahead");
    }
    let hosts = |list: &[(String, &TlsInfo)]| {
        let names: BTreeSet<&String> = list.iter().map(|(h, _)| h).collect();
        Value::List(bounded_list(names))
    };
    if !explained.is_empty() {
        d.vars.set("explained_hosts", hosts(&explained));
    }
    if !unexplained.is_empty() {
        d.vars.set("unexplained_hosts", hosts(&unexplained));
    }
    let line = match step(report, StepKind::Clock, &clock.server) {
        Some(s) => step_line(s),
        None => said!(
            "evidence-clock-offset",
            server = clean(&clock.server),
            offset = format!("{:+.3} s", offset_ms / 1000.0)
        ),
    };
    push_line(&mut d, line);
    push_line(
        &mut d,
        said!("evidence-local-clock", time = rfc3339(ctx.now_unix)),
    );
    push_line(
        &mut d,
        said!(
            "evidence-correct-time",
            server = clean(&clock.server),
            time = rfc3339(correct)
        ),
    );
    for (_, tls) in &explained {
        push_line(&mut d, verdict_line(tls));
        push_line(
            &mut d,
            said!(
                "evidence-valid-at-correct-time",
                line = cert_line(&tls.chain[0])
            ),
        );
    }
    for (_, tls) in &unexplained {
        push_line(&mut d, verdict_line(tls));
        if let Some(leaf) = tls.chain.first() {
            push_line(
                &mut d,
                said!("evidence-invalid-at-correct-time", line = cert_line(leaf)),
            );
        }
    }
    out.push(d);
}

// --------------------------------------------------------------- blocklists

fn policy_listing(check: &BlocklistCheck) -> bool {
    check.zone.contains("spamhaus.")
        && !check.codes.is_empty()
        && check
            .codes
            .iter()
            .all(|c| POLICY_LISTING_CODES.contains(&c.as_str()))
}

fn blocklist_line(check: &BlocklistCheck) -> Said {
    let who = match check.subject {
        BlocklistSubject::Client => said!("evidence-this-machine"),
        BlocklistSubject::OutgoingServer => said!("evidence-the-outgoing-server"),
    };
    let line = said!(
        "evidence-blocklisted",
        zone = clean(&check.zone),
        address = clean(&check.address),
        who = who,
        codes = bounded_list(&check.codes).join(", ")
    );
    match check.text.first() {
        Some(reason) => said!("evidence-because", line = line, reason = quote(reason)),
        None => line,
    }
}

/// The first line of a text, cleaned and cut to a bounded length.
fn quote(text: &str) -> String {
    let first = clean(text.lines().next().unwrap_or_default());
    if first.chars().count() > MAX_LISTING_CHARS {
        let cut: String = first.chars().take(MAX_LISTING_CHARS).collect();
        format!("{cut}…")
    } else {
        first
    }
}

/// `smtp-blocklisted` from the DNS blocklist look-ups: this machine's public address or the
/// outgoing server's is listed. A listing is a risk rather than an observed refusal, so it is
/// a warning; a listing only by policy (a home connection's address) is information.
fn blocklisted(
    state: &RunState,
    ctx: &Context<'_>,
    facts: &NetworkFacts,
    out: &mut Vec<Diagnosis>,
) {
    let listed: Vec<&BlocklistCheck> = facts
        .blocklists
        .iter()
        .filter(|b| b.verdict == BlocklistVerdict::Listed)
        .collect();
    if listed.is_empty() {
        return;
    }
    let panel = if state.panel(Panel::Outgoing).is_some() {
        Panel::Outgoing
    } else {
        Panel::Network
    };
    let mut d = Diagnosis::new(FindingId::SmtpBlocklisted, panel, StepKind::Dnsbl);
    let only_policy = listed
        .iter()
        .all(|b| b.subject == BlocklistSubject::Client && policy_listing(b));
    d.severity = if only_policy {
        d.vars.flag("policy_listing");
        Severity::Info
    } else {
        Severity::Warn
    };
    for (subject, address_var, zones_var) in [
        (BlocklistSubject::Client, "client_address", "client_zones"),
        (
            BlocklistSubject::OutgoingServer,
            "server_address",
            "server_zones",
        ),
    ] {
        let of: Vec<&&BlocklistCheck> = listed.iter().filter(|b| b.subject == subject).collect();
        if of.is_empty() {
            continue;
        }
        let addresses: BTreeSet<&String> = of.iter().map(|b| &b.address).collect();
        let zones: BTreeSet<&String> = of.iter().map(|b| &b.zone).collect();
        d.vars
            .set(address_var, Value::List(bounded_list(addresses)))
            .set(zones_var, Value::List(bounded_list(zones)));
    }
    if let Some(reason) = listed.iter().find_map(|b| b.text.first()) {
        d.vars.text("listing", quote(reason));
    }
    if let Some(outgoing) = &ctx.plan.outgoing {
        d.vars
            .text("host", clean(&outgoing.host))
            .text("port", outgoing.port.to_string());
    }
    for b in &listed {
        push_line(&mut d, blocklist_line(b));
    }
    out.push(d);
}

// ------------------------------------------------------------------- domain

fn domain_diagnosis(id: FindingId, domain: &DomainFacts, step: StepKind) -> Diagnosis {
    let mut d = Diagnosis::new(id, Panel::Network, step);
    d.subject = Some(domain.domain.to_ascii_lowercase());
    d.vars.text("domain", clean(&domain.domain));
    d
}

/// The records found and the problems named, as evidence lines.
fn record_lines(d: &mut Diagnosis, query: &str, records: &[String], problems: &[Said]) {
    for record in bounded_list(records) {
        push_line(d, said!("evidence-txt", name = query, record = record));
    }
    for problem in problems.iter().take(MAX_LISTED) {
        push_line(d, said!("evidence-problem", problem = cleaned(problem)));
    }
    if problems.len() > MAX_LISTED {
        let rest = format!("(+{})", problems.len() - MAX_LISTED);
        push_line(d, said!("evidence-problem", problem = rest));
    }
}

/// `spf-missing`, `spf-invalid`: no SPF record, or one receivers cannot use (several records,
/// an error, too many DNS look-ups). A failed look-up says nothing either way.
fn spf(domain: &DomainFacts, out: &mut Vec<Diagnosis>) {
    let Some(spf) = &domain.spf else {
        return;
    };
    let id = match spf.verdict {
        SpfVerdict::Missing => FindingId::SpfMissing,
        SpfVerdict::Multiple | SpfVerdict::Invalid | SpfVerdict::TooManyLookups => {
            FindingId::SpfInvalid
        }
        SpfVerdict::Valid | SpfVerdict::LookupFailed => return,
    };
    let mut d = domain_diagnosis(id, domain, StepKind::Spf);
    let name = clean(&domain.domain);
    match spf.verdict {
        SpfVerdict::Missing => push_line(
            &mut d,
            said!("evidence-txt-missing", name = &name, record = "v=spf1"),
        ),
        SpfVerdict::Multiple => {
            d.vars.text("spf_records", spf.records.len().to_string());
        }
        SpfVerdict::TooManyLookups => {
            if let Some(n) = spf.dns_lookups {
                d.vars.text("lookups", n.to_string());
                push_line(
                    &mut d,
                    said!("evidence-spf-lookups", name = &name, count = n),
                );
            }
        }
        _ => {}
    }
    record_lines(&mut d, &name, &spf.records, &spf.problems);
    out.push(d);
}

/// `dmarc-missing`: no DMARC record, or none receivers apply (several records, an error).
fn dmarc(domain: &DomainFacts, out: &mut Vec<Diagnosis>) {
    let Some(dmarc) = &domain.dmarc else {
        return;
    };
    let name = format!("_dmarc.{}", clean(&domain.domain));
    let mut d = domain_diagnosis(FindingId::DmarcMissing, domain, StepKind::Dmarc);
    match dmarc.verdict {
        DmarcVerdict::Missing => push_line(
            &mut d,
            said!("evidence-txt-missing", name = &name, record = "v=DMARC1"),
        ),
        DmarcVerdict::Multiple => {
            d.vars
                .text("dmarc_records", dmarc.records.len().to_string());
        }
        DmarcVerdict::Invalid => {
            d.vars.flag("dmarc_invalid");
        }
        DmarcVerdict::Valid | DmarcVerdict::LookupFailed => return,
    }
    record_lines(&mut d, &name, &dmarc.records, &dmarc.problems);
    out.push(d);
}

/// `dkim-not-found`: no usable key at any selector tried, every look-up answered. When the
/// provider is unknown only a few common selectors were tried, so the finding is a hint.
fn dkim(domain: &DomainFacts, out: &mut Vec<Diagnosis>) {
    let Some(dkim) = &domain.dkim else {
        return;
    };
    let undecided = dkim
        .selectors
        .iter()
        .any(|s| s.state == DkimKeyState::LookupFailed);
    if dkim.selectors.is_empty() || dkim.any_found() || undecided {
        return;
    }
    let name = clean(&domain.domain);
    let mut d = domain_diagnosis(FindingId::DkimNotFound, domain, StepKind::Dkim);
    let selectors: Vec<&String> = dkim.selectors.iter().map(|s| &s.selector).collect();
    d.vars.set("selector", Value::List(bounded_list(selectors)));
    let revoked: Vec<&String> = dkim
        .selectors
        .iter()
        .filter(|s| s.state == DkimKeyState::Revoked)
        .map(|s| &s.selector)
        .collect();
    if !revoked.is_empty() {
        d.vars
            .set("dkim_revoked", Value::List(bounded_list(revoked)));
    }
    if dkim.basis == SelectorBasis::Common {
        d.severity = Severity::Info;
        d.vars.flag("selectors_guessed");
    }
    for s in dkim.selectors.iter().take(MAX_LISTED) {
        let state = match s.state {
            DkimKeyState::Missing => said!("evidence-dkim-no-key"),
            DkimKeyState::Revoked => said!("evidence-dkim-revoked"),
            DkimKeyState::Invalid => said!("evidence-dkim-invalid"),
            DkimKeyState::Found | DkimKeyState::LookupFailed => continue,
        };
        let line = said!(
            "evidence-txt",
            name = format!("{}._domainkey.{name}", clean(&s.selector)),
            record = state
        );
        let line = match &s.problem {
            Some(problem) => said!(
                "evidence-with-detail",
                line = line,
                detail = cleaned(problem)
            ),
            None => line,
        };
        push_line(&mut d, line);
    }
    let basis = match (dkim.basis, dkim.provider.as_deref()) {
        (SelectorBasis::Provider, Some(provider)) => {
            said!(
                "evidence-dkim-provider-selectors",
                provider = clean(provider)
            )
        }
        (SelectorBasis::Provider, None) => said!("evidence-dkim-provider-selectors-unnamed"),
        (SelectorBasis::Given, _) => said!("evidence-dkim-given-selectors"),
        (SelectorBasis::Common, _) => said!("evidence-dkim-common-selectors"),
    };
    push_line(
        &mut d,
        said!("evidence-dkim-basis", name = &name, basis = basis),
    );
    out.push(d);
}

#[cfg(test)]
#[path = "tests_network.rs"]
mod tests;
