//! Rule tests over hand-built observations: one scenario per finding, root-cause suppression,
//! ordering, provider-aware texts and both languages.

use super::*;
use crate::account::source::{
    AccountSource, FoundServer, Offers, Origin, ProviderFacts, ProviderMatch,
};
use crate::account::{Endpoint, Secret, Security};
use crate::finding::Severity;
use crate::model::{
    CertSummary, CertVerdict, Evidence, IoFailure, PanelReport, ServerInfo, SessionFacts, StepKind,
    StepRecord, StepStatus, TlsFailure, TlsInfo,
};
use std::sync::Arc;
use text::guaranteed_vars;

/// 2025-06-15T15:06:40Z
const NOW: i64 = 1_750_000_000;
const DAY: i64 = 86_400;
/// 2025-01-01T00:00:00Z
const NEW_YEAR_2025: i64 = 1_735_689_600;

// ------------------------------------------------------------------ builders

fn plan() -> Plan {
    let mut plan = Plan::new(
        Some(Endpoint {
            host: "pop.example.org".into(),
            port: 995,
            security: Security::Tls,
        }),
        Some(Endpoint {
            host: "smtp.example.org".into(),
            port: 587,
            security: Security::Starttls,
        }),
    );
    plan.user = Some("ana@example.org".into());
    plan.password = Some(Secret::new("not-the-password"));
    plan
}

fn record(step: StepKind, status: StepStatus, evidence: Option<Evidence>) -> StepRecord {
    StepRecord {
        step,
        target: None,
        status,
        elapsed_ms: 12.0,
        detail: String::new().into(),
        evidence,
    }
}

fn ok(step: StepKind) -> StepRecord {
    record(step, StepStatus::Ok, None)
}

fn failed(step: StepKind, evidence: Evidence) -> StepRecord {
    record(step, StepStatus::Failed, Some(evidence))
}

fn targeted(mut r: StepRecord, target: &str) -> StepRecord {
    r.target = Some(target.into());
    r
}

fn reply(text: &str) -> Evidence {
    Evidence::Reply {
        sent: None,
        reply: text.into(),
    }
}

fn io(failure: IoFailure) -> Evidence {
    Evidence::Io {
        failure,
        message: String::new().into(),
    }
}

fn tls_error(failure: TlsFailure, message: &str, peer_bytes: Option<&str>) -> Evidence {
    Evidence::Tls {
        failure,
        message: message.into(),
        peer_bytes: peer_bytes.map(str::to_string),
    }
}

fn cert(name: &str, not_before: i64, not_after: i64) -> CertSummary {
    CertSummary {
        subject: format!("CN={name}"),
        issuer: "CN=Example Public CA".into(),
        dns_names: vec![name.into()],
        ip_addresses: Vec::new(),
        not_before: format!("@{not_before}"),
        not_after: format!("@{not_after}"),
        not_before_unix: not_before,
        not_after_unix: not_after,
        sha256_fingerprint: String::new(),
    }
}

fn tls_info(server_name: &str, verdict: CertVerdict, chain: Vec<CertSummary>) -> TlsInfo {
    TlsInfo {
        server_name: server_name.into(),
        version: Some("TLSv1.3".into()),
        cipher_suite: None,
        chain,
        verdict,
        verdict_detail: String::new().into(),
    }
}

fn valid_tls(host: &str) -> TlsInfo {
    tls_info(
        host,
        CertVerdict::Valid,
        vec![cert(host, NOW - 30 * DAY, NOW + 60 * DAY)],
    )
}

fn panel(panel: Panel, host: &str, port: u16, security: Security) -> PanelReport {
    let mut p = PanelReport::new(panel);
    p.server = Some(ServerInfo {
        host: host.into(),
        port,
        address: None,
    });
    p.security = Some(security);
    p.status = StepStatus::Ok;
    p
}

fn with_steps(mut p: PanelReport, steps: Vec<StepRecord>) -> PanelReport {
    if steps.iter().any(|s| s.status == StepStatus::Failed) {
        p.status = StepStatus::Failed;
    }
    p.steps = steps;
    p
}

fn healthy_incoming() -> PanelReport {
    let mut p = with_steps(
        panel(Panel::Incoming, "pop.example.org", 995, Security::Tls),
        vec![
            ok(StepKind::Dns),
            ok(StepKind::Tcp),
            ok(StepKind::Tls),
            ok(StepKind::Greeting),
            ok(StepKind::Capa),
            ok(StepKind::Login),
            ok(StepKind::Stat),
            ok(StepKind::Uidl),
            ok(StepKind::Quit),
        ],
    );
    p.tls = Some(valid_tls("pop.example.org"));
    p.facts = SessionFacts {
        greeting: Some("+OK Dovecot ready.".into()),
        capabilities: vec!["USER".into(), "UIDL".into(), "SASL PLAIN".into()],
        auth_mechanisms: vec!["PLAIN".into()],
        login_method: Some("USER/PASS".into()),
        login_ok: Some(true),
        message_count: Some(3),
        mailbox_octets: Some(4_096),
        uidl_ok: Some(true),
        ..SessionFacts::default()
    };
    p
}

fn outgoing_facts() -> SessionFacts {
    SessionFacts {
        greeting: Some("220 smtp.example.org ESMTP".into()),
        capabilities: vec![
            "PIPELINING".into(),
            "SIZE 10240000".into(),
            "AUTH PLAIN LOGIN".into(),
        ],
        auth_mechanisms: vec!["PLAIN".into(), "LOGIN".into()],
        login_method: Some("AUTH PLAIN".into()),
        login_ok: Some(true),
        ..SessionFacts::default()
    }
}

fn healthy_outgoing() -> PanelReport {
    let mut p = with_steps(
        panel(Panel::Outgoing, "smtp.example.org", 587, Security::Starttls),
        vec![
            ok(StepKind::Dns),
            ok(StepKind::Tcp),
            ok(StepKind::Greeting),
            ok(StepKind::Ehlo),
            ok(StepKind::Starttls),
            ok(StepKind::Tls),
            ok(StepKind::Ehlo),
            ok(StepKind::Login),
            ok(StepKind::MailFrom),
            ok(StepKind::RcptTo),
            ok(StepKind::Rset),
            ok(StepKind::Quit),
        ],
    );
    p.tls = Some(valid_tls("smtp.example.org"));
    p.facts = outgoing_facts();
    p
}

fn healthy_network() -> PanelReport {
    let mut p = PanelReport::new(Panel::Network);
    p.status = StepStatus::Ok;
    p.steps = vec![
        targeted(ok(StepKind::Dns), "pop.example.org"),
        targeted(ok(StepKind::Dns), "smtp.example.org"),
        targeted(ok(StepKind::Tcp), "pop.example.org ipv4 192.0.2.10:995"),
        targeted(ok(StepKind::Tcp), "smtp.example.org ipv4 192.0.2.20:587"),
    ];
    p
}

fn state(panels: Vec<PanelReport>) -> RunState {
    let mut panels = panels;
    panels.sort_by_key(|p| p.panel);
    RunState { panels }
}

/// Run diagnosis, and check what every run must hold: the texts are complete, each finding
/// has evidence, no id repeats on a panel, and the order is by severity.
fn run_with(state: &RunState, ctx: &Context<'_>) -> Vec<Finding> {
    for d in rank::rank(rules::observe(state, ctx)) {
        let vars = common_vars(&d, state, ctx);
        for name in guaranteed_vars(d.id) {
            assert!(vars.has(name), "{}: value {name} missing", d.id);
        }
    }
    let findings = diagnose(state, ctx);
    for (i, f) in findings.iter().enumerate() {
        assert!(!f.evidence.is_empty(), "{} has no evidence", f.id);
        assert!(!f.title.is_empty() && !f.explanation.is_empty() && !f.fix.is_empty());
        for text in [&f.title, &f.explanation].into_iter().chain(&f.fix) {
            assert!(!text.contains('{'), "{}: unfilled text {text}", f.id);
        }
        for line in &f.evidence {
            assert!(!line.chars().any(char::is_control), "{}: {line}", f.id);
        }
        assert!(
            !findings[..i]
                .iter()
                .any(|g| g.id == f.id && g.panel == f.panel),
            "{} twice on {}",
            f.id,
            f.panel
        );
        if i > 0 {
            assert!(
                findings[i - 1].severity <= f.severity,
                "order: {findings:#?}"
            );
        }
    }
    findings
}

fn run(state: &RunState) -> Vec<Finding> {
    let plan = plan();
    run_with(state, &Context::new(&plan, Lang::En, NOW))
}

fn ids(findings: &[Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.id.as_str()).collect()
}

fn only(findings: &[Finding], id: &str) -> Finding {
    let matching: Vec<&Finding> = findings.iter().filter(|f| f.id == id).collect();
    assert_eq!(matching.len(), 1, "{id} in {:?}", ids(findings));
    matching[0].clone()
}

fn fix_text(f: &Finding) -> String {
    f.fix.join("\n")
}

// ------------------------------------------------------------------ healthy

#[test]
fn healthy_run_has_no_error_or_warning() {
    let s = state(vec![
        healthy_network(),
        healthy_incoming(),
        healthy_outgoing(),
    ]);
    for lang in [Lang::En, Lang::Es] {
        let plan = plan();
        let findings = run_with(&s, &Context::new(&plan, lang, NOW));
        assert!(findings.is_empty(), "{findings:#?}");
    }
}

#[test]
fn nothing_observed_nothing_found() {
    assert!(run(&RunState::default()).is_empty());
}

// ------------------------------------------------------- real server texts

/// Every text of the catalogue's table, as the failure of its step in an otherwise working
/// session, leads to its id as the first finding.
#[test]
fn real_server_texts_lead_to_their_ids() {
    for f in classify::tests::REAL_TEXTS {
        let cx = classify::tests::context_of(f);
        let mut p = match cx.protocol {
            crate::account::Protocol::Pop3 | crate::account::Protocol::Imap => healthy_incoming(),
            crate::account::Protocol::Smtp => healthy_outgoing(),
        };
        if f.microsoft {
            p.server = Some(ServerInfo {
                host: "outlook.office365.com".into(),
                port: 995,
                address: None,
            });
            p.tls = Some(valid_tls("outlook.office365.com"));
        }
        let at = p
            .steps
            .iter()
            .rposition(|s| s.step == f.step)
            .unwrap_or_else(|| panic!("no {} step", f.step));
        p.steps.truncate(at);
        p.steps.push(failed(f.step, reply(f.text)));
        let login_done = p.steps.iter().any(|s| s.step == StepKind::Login);
        p.facts.login_ok = if login_done && f.authenticated {
            Some(true)
        } else if f.step == StepKind::Login {
            Some(false)
        } else {
            None
        };
        if !f.authenticated {
            p.steps
                .retain(|s| !(s.step == StepKind::Login && s.status == StepStatus::Ok));
        }
        let findings = run(&state(vec![p]));
        assert_eq!(
            findings.first().map(|x| x.id.as_str()),
            Some(f.id),
            "{}: {:?}",
            f.text,
            ids(&findings)
        );
        assert!(
            findings[0]
                .evidence
                .iter()
                .any(|e| e.contains(&f.text[..20]))
        );
    }
}

// ----------------------------------------------------------------- network

#[test]
fn refused_port_is_the_root_cause_and_lists_ports_that_answer() {
    let mut net = healthy_network();
    net.steps.push(targeted(
        ok(StepKind::Tcp),
        "pop.example.org ipv4 192.0.2.10:110",
    ));
    net.steps[2] = targeted(
        failed(StepKind::Tcp, io(IoFailure::Refused)),
        "pop.example.org ipv4 192.0.2.10:995",
    );
    let inc = with_steps(
        panel(Panel::Incoming, "pop.example.org", 995, Security::Tls),
        vec![
            ok(StepKind::Dns),
            failed(StepKind::Tcp, io(IoFailure::Refused)),
        ],
    );
    let findings = run(&state(vec![net, inc]));
    assert_eq!(ids(&findings), ["tcp-refused"], "one finding, shown once");
    let f = &findings[0];
    assert_eq!(f.panel, Panel::Network);
    assert!(f.explanation.contains("110"), "{}", f.explanation);
    assert!(f.title.contains("995") && f.title.contains("pop.example.org"));
    assert_eq!(f.evidence.len(), 2, "both refused attempts are quoted");
}

#[test]
fn refused_probe_of_an_unused_port_is_no_finding() {
    let mut net = healthy_network();
    net.steps.push(targeted(
        failed(StepKind::Tcp, io(IoFailure::Refused)),
        "pop.example.org ipv4 192.0.2.10:110",
    ));
    let findings = run(&state(vec![net, healthy_incoming()]));
    assert!(findings.is_empty(), "{:?}", ids(&findings));
}

#[test]
fn timeout_names_the_filtering_suspects() {
    let mut out = with_steps(
        panel(Panel::Outgoing, "smtp.example.org", 587, Security::Starttls),
        vec![
            ok(StepKind::Dns),
            failed(StepKind::Tcp, io(IoFailure::Timeout)),
        ],
    );
    out.steps[1].elapsed_ms = 10_000.0;
    let findings = run(&state(vec![out]));
    let f = only(&findings, "tcp-timeout");
    assert_eq!(f.severity, Severity::Error);
    assert!(f.evidence[0].contains("after 10.0 s"), "{:?}", f.evidence);
    assert!(f.explanation.contains("firewall"));
    assert!(!fix_text(&f).contains("port 25"));
}

#[test]
fn port_25_blocked_when_submission_ports_answer() {
    let mut net = PanelReport::new(Panel::Network);
    net.steps = vec![
        targeted(ok(StepKind::Tcp), "smtp.example.org ipv4 192.0.2.20:587"),
        targeted(ok(StepKind::Tcp), "smtp.example.org ipv4 192.0.2.20:465"),
    ];
    let out = with_steps(
        panel(Panel::Outgoing, "smtp.example.org", 25, Security::None),
        vec![
            ok(StepKind::Dns),
            failed(StepKind::Tcp, io(IoFailure::Timeout)),
        ],
    );
    let findings = run(&state(vec![net, out.clone()]));
    assert_eq!(ids(&findings), ["port-25-blocked"]);
    assert_eq!(findings[0].panel, Panel::Outgoing);
    assert!(fix_text(&findings[0]).contains("587"));
    assert_eq!(
        findings[0].evidence.len(),
        2,
        "the failure and the comparison"
    );

    // Without a working submission port to compare with, it is only a timeout.
    let findings = run(&state(vec![out]));
    assert_eq!(ids(&findings), ["tcp-timeout"]);
    assert!(fix_text(&findings[0]).contains("587"), "port 25 advice");
}

#[test]
fn broken_ipv6_is_a_warning_when_ipv4_connects() {
    let mut inc = healthy_incoming();
    inc.steps[1] = targeted(
        failed(StepKind::Tcp, io(IoFailure::Timeout)),
        "pop.example.org ipv6 [2001:db8::10]:995",
    );
    inc.steps.insert(
        2,
        targeted(ok(StepKind::Tcp), "pop.example.org ipv4 192.0.2.10:995"),
    );
    let findings = run(&state(vec![inc]));
    assert_eq!(ids(&findings), ["ipv6-broken"]);
    assert_eq!(findings[0].severity, Severity::Warn);
}

#[test]
fn offline_machine_is_one_finding() {
    let mut net = PanelReport::new(Panel::Network);
    net.steps = vec![
        targeted(
            failed(StepKind::Dns, io(IoFailure::ResolverFailed)),
            "pop.example.org",
        ),
        targeted(
            failed(StepKind::Tcp, io(IoFailure::Unreachable)),
            "192.0.2.10 ipv4 192.0.2.10:995",
        ),
    ];
    let inc = with_steps(
        panel(Panel::Incoming, "pop.example.org", 995, Security::Tls),
        vec![failed(StepKind::Dns, io(IoFailure::ResolverFailed))],
    );
    let out = with_steps(
        panel(Panel::Outgoing, "smtp.example.org", 587, Security::Starttls),
        vec![failed(StepKind::Dns, io(IoFailure::ResolverFailed))],
    );
    let findings = run(&state(vec![net, inc, out]));
    assert_eq!(ids(&findings), ["no-network"]);
    assert_eq!(findings[0].panel, Panel::Network);
    // The network panel's and the incoming panel's failed look-ups of the same name are one line.
    assert_eq!(findings[0].evidence.len(), 3, "{:?}", findings[0].evidence);
}

#[test]
fn resolver_down_is_shown_once_and_notes_a_working_direct_connect() {
    let mut net = PanelReport::new(Panel::Network);
    net.steps = vec![
        targeted(
            failed(StepKind::Dns, io(IoFailure::ResolverFailed)),
            "pop.example.org",
        ),
        targeted(ok(StepKind::Tcp), "192.0.2.53 ipv4 192.0.2.53:443"),
    ];
    let inc = with_steps(
        panel(Panel::Incoming, "pop.example.org", 995, Security::Tls),
        vec![failed(StepKind::Dns, io(IoFailure::ResolverFailed))],
    );
    let out = with_steps(
        panel(Panel::Outgoing, "smtp.example.org", 587, Security::Starttls),
        vec![failed(StepKind::Dns, io(IoFailure::Timeout))],
    );
    let findings = run(&state(vec![net, inc, out]));
    assert_eq!(ids(&findings), ["dns-resolver-down"]);
    assert!(findings[0].explanation.contains("192.0.2.53"));
}

#[test]
fn unknown_name_suggests_the_closest_known_server() {
    let inc = with_steps(
        panel(Panel::Incoming, "pop.gmial.com", 995, Security::Tls),
        vec![failed(StepKind::Dns, io(IoFailure::NotFound))],
    );
    let mut net = PanelReport::new(Panel::Network);
    net.steps = vec![targeted(
        failed(StepKind::Dns, io(IoFailure::NotFound)),
        "pop.gmial.com",
    )];
    let plan = plan();
    let known = vec!["pop.gmail.com".to_string(), "smtp.gmail.com".to_string()];
    let ctx = Context {
        known_hosts: &known,
        ..Context::new(&plan, Lang::En, NOW)
    };
    let findings = run_with(&state(vec![net, inc]), &ctx);
    assert_eq!(ids(&findings), ["dns-not-found"]);
    assert!(findings[0].title.contains("pop.gmial.com"));
    assert!(fix_text(&findings[0]).contains("Did you mean pop.gmail.com?"));
}

// -------------------------------------------------------- certificates

fn incoming_with_tls_failure(info: TlsInfo) -> PanelReport {
    let mut p = with_steps(
        panel(Panel::Incoming, "pop.example.org", 995, Security::Tls),
        vec![
            ok(StepKind::Dns),
            ok(StepKind::Tcp),
            failed(
                StepKind::Tls,
                tls_error(TlsFailure::Certificate, "invalid peer certificate", None),
            ),
        ],
    );
    p.tls = Some(info);
    p
}

#[test]
fn expired_certificate_shows_the_date_and_no_login_finding() {
    let info = tls_info(
        "pop.example.org",
        CertVerdict::Expired,
        vec![cert(
            "pop.example.org",
            NEW_YEAR_2025 - 90 * DAY,
            NEW_YEAR_2025,
        )],
    );
    let findings = run(&state(vec![incoming_with_tls_failure(info)]));
    assert_eq!(ids(&findings), ["cert-expired"]);
    let f = &findings[0];
    assert!(f.title.contains("January 1, 2025"), "{}", f.title);
    assert!(fix_text(f).contains("January 1, 2025"));
    assert!(f.evidence.iter().any(|e| e.contains("valid from")));
}

#[test]
fn not_yet_valid_on_one_server_points_at_the_clock() {
    let info = tls_info(
        "pop.example.org",
        CertVerdict::NotYetValid,
        vec![cert("pop.example.org", NOW + 40 * DAY, NOW + 130 * DAY)],
    );
    let findings = run(&state(vec![incoming_with_tls_failure(info)]));
    assert_eq!(ids(&findings), ["cert-not-yet-valid"]);
    assert!(findings[0].explanation.contains("clock"));
}

#[test]
fn wrong_clock_explains_every_date_failure() {
    // The clock is about a year behind: both certificates start in the future.
    let year = 365 * DAY;
    let inc = incoming_with_tls_failure(tls_info(
        "pop.example.org",
        CertVerdict::NotYetValid,
        vec![cert(
            "pop.example.org",
            NOW + year - 30 * DAY,
            NOW + year + 60 * DAY,
        )],
    ));
    let mut out = with_steps(
        panel(Panel::Outgoing, "smtp.example.org", 587, Security::Starttls),
        vec![
            ok(StepKind::Tcp),
            ok(StepKind::Greeting),
            ok(StepKind::Ehlo),
            ok(StepKind::Starttls),
            failed(
                StepKind::Tls,
                tls_error(TlsFailure::Certificate, "certificate not valid yet", None),
            ),
        ],
    );
    out.tls = Some(tls_info(
        "smtp.example.org",
        CertVerdict::NotYetValid,
        vec![cert(
            "smtp.example.org",
            NOW + year - 10 * DAY,
            NOW + year + 80 * DAY,
        )],
    ));
    let findings = run(&state(vec![inc, out]));
    assert_eq!(ids(&findings), ["clock-skew"]);
    assert_eq!(findings[0].panel, Panel::Incoming, "no network panel ran");
    assert!(findings[0].explanation.contains("behind"));
    assert!(findings[0].explanation.contains("June 15, 2025"));
}

#[test]
fn two_certificates_no_single_clock_fixes_are_not_clock_skew() {
    // One expired long ago, one not valid for a year: no one clock makes both valid.
    let inc = incoming_with_tls_failure(tls_info(
        "pop.example.org",
        CertVerdict::Expired,
        vec![cert("pop.example.org", NOW - 400 * DAY, NOW - 300 * DAY)],
    ));
    let mut out = healthy_outgoing();
    out.steps.truncate(5);
    out.steps.push(failed(
        StepKind::Tls,
        tls_error(TlsFailure::Certificate, "not valid yet", None),
    ));
    out.tls = Some(tls_info(
        "smtp.example.org",
        CertVerdict::NotYetValid,
        vec![cert("smtp.example.org", NOW + 300 * DAY, NOW + 400 * DAY)],
    ));
    let findings = run(&state(vec![inc, out]));
    assert_eq!(ids(&findings), ["cert-expired", "cert-not-yet-valid"]);
}

#[test]
fn expiring_soon_warns_within_fourteen_days_only() {
    let mut inc = healthy_incoming();
    inc.tls = Some(tls_info(
        "pop.example.org",
        CertVerdict::Valid,
        vec![cert("pop.example.org", NOW - 80 * DAY, NOW + 5 * DAY)],
    ));
    let findings = run(&state(vec![inc.clone()]));
    assert_eq!(ids(&findings), ["cert-expiring-soon"]);
    assert_eq!(findings[0].severity, Severity::Warn);
    assert!(
        findings[0].title.contains("5 days"),
        "{}",
        findings[0].title
    );

    inc.tls = Some(tls_info(
        "pop.example.org",
        CertVerdict::Valid,
        vec![cert("pop.example.org", NOW - 80 * DAY, NOW + 20 * DAY)],
    ));
    assert!(run(&state(vec![inc])).is_empty());
}

#[test]
fn name_mismatch_lists_names_and_suggests_the_best() {
    let mut leaf = cert("server17.hosting.example.net", NOW - DAY, NOW + 80 * DAY);
    leaf.dns_names = vec![
        "server17.hosting.example.net".into(),
        "*.hosting.example.net".into(),
    ];
    let info = tls_info(
        "mail.customer.example",
        CertVerdict::NameMismatch,
        vec![leaf],
    );
    let mut inc = incoming_with_tls_failure(info);
    inc.server.as_mut().unwrap().host = "mail.customer.example".into();
    let findings = run(&state(vec![inc]));
    let f = only(&findings, "cert-hostname-mismatch");
    assert!(
        f.explanation
            .contains("server17.hosting.example.net and *.hosting.example.net")
    );
    assert!(fix_text(&f).contains("to server17.hosting.example.net."));
}

#[test]
fn a_certificate_with_thousands_of_names_is_quoted_in_part() {
    let mut leaf = cert("a0.example.net", NOW - DAY, NOW + 80 * DAY);
    leaf.dns_names = (0..5_000).map(|i| format!("a{i}.example.net")).collect();
    let info = tls_info("pop.example.org", CertVerdict::NameMismatch, vec![leaf]);
    let findings = run(&state(vec![incoming_with_tls_failure(info)]));
    let f = only(&findings, "cert-hostname-mismatch");
    assert!(
        f.explanation.contains("a11.example.net and (+4988)"),
        "{}",
        f.explanation
    );
    assert!(!f.explanation.contains("a12.example.net"));
}

#[test]
fn untrusted_chain_from_an_antivirus_is_interception() {
    let mut leaf = cert("pop.example.org", NOW - DAY, NOW + 80 * DAY);
    leaf.issuer = "CN=Avast Web/Mail Shield Root".into();
    let findings = run(&state(vec![incoming_with_tls_failure(tls_info(
        "pop.example.org",
        CertVerdict::Untrusted,
        vec![leaf.clone()],
    ))]));
    assert_eq!(ids(&findings), ["tls-intercepted"]);
    assert!(findings[0].explanation.contains("Avast"));

    leaf.issuer = "CN=pop.example.org".into();
    let findings = run(&state(vec![incoming_with_tls_failure(tls_info(
        "pop.example.org",
        CertVerdict::Untrusted,
        vec![leaf],
    ))]));
    assert_eq!(ids(&findings), ["cert-untrusted"]);
    assert!(fix_text(&findings[0]).contains("--ca-file"));
}

// ---------------------------------------------------- transport security

#[test]
fn tls_on_a_plaintext_port_quotes_the_greeting_and_names_the_settings() {
    let inc = with_steps(
        panel(Panel::Incoming, "pop.example.org", 110, Security::Tls),
        vec![
            ok(StepKind::Tcp),
            failed(
                StepKind::Tls,
                tls_error(
                    TlsFailure::NotTls,
                    "received corrupt message of type InvalidContentType",
                    Some("+OK Dovecot ready."),
                ),
            ),
        ],
    );
    let findings = run(&state(vec![inc]));
    assert_eq!(ids(&findings), ["tls-on-plaintext-port"]);
    let f = &findings[0];
    assert!(f.explanation.contains("\"+OK Dovecot ready.\""));
    let fix = fix_text(f);
    assert!(fix.contains("STARTTLS and keep port 110"), "{fix}");
    assert!(fix.contains("change the port to 995"), "{fix}");
    assert!(f.evidence[0].contains("+OK Dovecot ready."));
}

#[test]
fn tls_hello_answered_by_postfix_is_the_same_mix_up() {
    let out = with_steps(
        panel(Panel::Outgoing, "smtp.example.org", 587, Security::Tls),
        vec![
            ok(StepKind::Tcp),
            failed(
                StepKind::Tls,
                tls_error(
                    TlsFailure::NotTls,
                    "wrong version number",
                    Some("221 2.7.0 Error: I can break rules, too. Goodbye."),
                ),
            ),
        ],
    );
    let findings = run(&state(vec![out]));
    assert_eq!(ids(&findings), ["tls-on-plaintext-port"]);
    assert!(fix_text(&findings[0]).contains("465"));
}

#[test]
fn plain_text_to_a_tls_port() {
    let speaks = with_steps(
        panel(Panel::Incoming, "pop.example.org", 995, Security::None),
        vec![
            ok(StepKind::Tcp),
            failed(
                StepKind::Greeting,
                Evidence::SpeaksTls {
                    how: "first bytes are a TLS alert record".into(),
                },
            ),
        ],
    );
    let findings = run(&state(vec![speaks]));
    assert_eq!(ids(&findings), ["plaintext-on-tls-port"]);
    assert!(fix_text(&findings[0]).contains("SSL/TLS and keep port 995"));
    assert!(fix_text(&findings[0]).contains("110"));

    // Silence on the standard TLS port means the same; silence elsewhere proves nothing.
    let silent = |port| {
        with_steps(
            panel(
                Panel::Outgoing,
                "smtp.example.org",
                port,
                Security::Starttls,
            ),
            vec![
                ok(StepKind::Tcp),
                failed(StepKind::Greeting, io(IoFailure::Timeout)),
            ],
        )
    };
    let findings = run(&state(vec![silent(465)]));
    assert_eq!(ids(&findings), ["plaintext-on-tls-port"]);
    assert_eq!(findings[0].evidence.len(), 2);
    // Silence on another port is a server that does not answer, not a security mix-up.
    assert_eq!(
        ids(&run(&state(vec![silent(587)]))),
        ["server-not-responding"]
    );
}

#[test]
fn starttls_missing_from_the_capabilities() {
    let mut inc = with_steps(
        panel(Panel::Incoming, "pop.example.org", 110, Security::Starttls),
        vec![
            ok(StepKind::Tcp),
            ok(StepKind::Greeting),
            ok(StepKind::Capa),
            failed(StepKind::Stls, reply("-ERR Unknown command.")),
        ],
    );
    inc.facts.capabilities = vec!["USER".into(), "UIDL".into(), "TOP".into()];
    let findings = run(&state(vec![inc]));
    assert_eq!(ids(&findings), ["starttls-not-offered"]);
    let f = &findings[0];
    assert!(fix_text(f).contains("995"));
    assert!(
        f.evidence
            .iter()
            .any(|e| e.contains("CAPA capabilities: USER"))
    );
    assert!(
        f.evidence
            .iter()
            .any(|e| e.contains("-ERR Unknown command."))
    );
}

#[test]
fn handshake_failing_after_starttls() {
    let mut out = healthy_outgoing();
    out.steps.truncate(5);
    out.steps.push(failed(
        StepKind::Tls,
        tls_error(TlsFailure::Eof, "peer closed connection", None),
    ));
    out.tls = None;
    let findings = run(&state(vec![out]));
    assert_eq!(ids(&findings), ["starttls-failed"]);
}

#[test]
fn outdated_server_protocol() {
    let inc = with_steps(
        panel(Panel::Incoming, "pop.example.org", 995, Security::Tls),
        vec![
            ok(StepKind::Tcp),
            failed(
                StepKind::Tls,
                tls_error(
                    TlsFailure::Alert,
                    "received fatal alert: ProtocolVersion",
                    None,
                ),
            ),
        ],
    );
    assert_eq!(ids(&run(&state(vec![inc]))), ["tls-protocol-too-old"]);
}

// -------------------------------------------------------- authentication

#[test]
fn declined_plaintext_login_says_which_setting_works() {
    let mut inc = with_steps(
        panel(Panel::Incoming, "pop.example.org", 110, Security::None),
        vec![
            ok(StepKind::Tcp),
            ok(StepKind::Greeting),
            ok(StepKind::Capa),
            record(
                StepKind::Login,
                StepStatus::Warn,
                Some(Evidence::Declined {
                    reason: "password over an unencrypted connection".into(),
                }),
            ),
        ],
    );
    inc.facts.capabilities = vec!["USER".into(), "STLS".into()];
    let findings = run(&state(vec![inc.clone()]));
    assert_eq!(ids(&findings), ["auth-refused-insecure"]);
    assert_eq!(findings[0].severity, Severity::Warn);
    assert!(fix_text(&findings[0]).contains("STARTTLS: the server offers it"));

    inc.facts.capabilities = vec!["USER".into()];
    let findings = run(&state(vec![inc]));
    assert!(fix_text(&findings[0]).contains("SSL/TLS and the port to 995"));
}

#[test]
fn oauth_only_server_has_no_password_mechanism() {
    let mut out = healthy_outgoing();
    out.steps.truncate(7);
    out.steps
        .push(record(StepKind::Login, StepStatus::Skipped, None));
    out.facts.capabilities = vec!["AUTH XOAUTH2 OAUTHBEARER".into()];
    out.facts.auth_mechanisms = vec!["XOAUTH2".into(), "OAUTHBEARER".into()];
    out.facts.login_ok = None;
    let findings = run(&state(vec![out]));
    assert_eq!(ids(&findings), ["auth-mechanism-unsupported"]);
    assert!(findings[0].explanation.contains("XOAUTH2 and OAUTHBEARER"));
    assert!(findings[0].explanation.contains("OAuth2"));
}

/// `504` to `AUTH PLAIN` after EHLO listed PLAIN: the finding says the server refused what it
/// offers, quotes the refusal and never says that no method takes a password.
#[test]
fn a_refused_mechanism_the_server_offered_is_named_as_such() {
    let mut out = healthy_outgoing();
    out.steps.truncate(7);
    out.steps.push(failed(
        StepKind::Login,
        Evidence::Reply {
            sent: Some("AUTH PLAIN ***".into()),
            reply: "504 5.5.4 Unrecognized authentication type".into(),
        },
    ));
    out.facts.login_ok = Some(false);
    for lang in [Lang::En, Lang::Es] {
        let plan = plan();
        let findings = run_with(&state(vec![out.clone()]), &Context::new(&plan, lang, NOW));
        let f = only(&findings, "auth-mechanism-unsupported");
        assert!(
            f.explanation
                .contains("504 5.5.4 Unrecognized authentication type"),
            "{lang}: {}",
            f.explanation
        );
        assert!(f.explanation.contains("PLAIN"), "{}", f.explanation);
        assert!(
            !f.explanation.contains("None of them takes a password")
                && !f.explanation.contains("Ninguno acepta una contraseña"),
            "{}",
            f.explanation
        );
        assert!(!f.title.contains("offers no way"), "{}", f.title);
    }
    let findings = run(&state(vec![out]));
    let f = only(&findings, "auth-mechanism-unsupported");
    assert!(
        f.explanation
            .contains("lists PLAIN among its sign-in methods")
    );
    assert!(
        f.explanation
            .contains("when it was used: \"504 5.5.4 Unrecognized authentication type\". A server")
    );
    assert!(fix_text(&f).contains("lists PLAIN but refuses it"));
    assert!(!fix_text(&f).contains("app passwords"));
}

/// Plain text slipped in between the STARTTLS reply and the handshake: a warning about the
/// upgrade, advising implicit TLS, in both languages; a clean upgrade gives nothing.
#[test]
fn plain_text_slipped_into_the_upgrade_is_a_warning() {
    let mut out = healthy_outgoing();
    let at = out
        .steps
        .iter()
        .position(|s| s.step == StepKind::Starttls)
        .unwrap();
    out.steps[at] = record(
        StepKind::Starttls,
        StepStatus::Warn,
        Some(Evidence::Io {
            failure: IoFailure::Protocol,
            message: "16 bytes arrived in plain text after the reply to STARTTLS".into(),
        }),
    );
    for lang in [Lang::En, Lang::Es] {
        let plan = plan();
        let findings = run_with(&state(vec![out.clone()]), &Context::new(&plan, lang, NOW));
        assert_eq!(ids(&findings), ["starttls-injection"]);
        let f = &findings[0];
        assert_eq!(f.severity, Severity::Warn);
        assert!(f.explanation.contains("CVE-2011-0411"), "{}", f.explanation);
        assert!(fix_text(f).contains("465"), "{}", fix_text(f));
        assert!(
            f.evidence.iter().any(|l| l.contains("16 bytes")),
            "{:?}",
            f.evidence
        );
    }
    let healthy = run(&state(vec![healthy_outgoing()]));
    assert!(!ids(&healthy).contains(&"starttls-injection"));
}

/// The sessions record a login they could not try for want of a mechanism as a failed login
/// step quoting the capability list, not as a server refusal.
#[test]
fn oauth_only_server_is_found_from_the_recorded_capability_list() {
    let mut out = healthy_outgoing();
    out.steps.truncate(7);
    out.steps.push(failed(
        StepKind::Login,
        Evidence::Reply {
            sent: Some("EHLO".into()),
            reply: "AUTH XOAUTH2 OAUTHBEARER".into(),
        },
    ));
    out.facts.capabilities = vec!["PIPELINING".into(), "AUTH XOAUTH2 OAUTHBEARER".into()];
    out.facts.auth_mechanisms = vec!["XOAUTH2".into(), "OAUTHBEARER".into()];
    out.facts.login_ok = None;
    let findings = run(&state(vec![out.clone()]));
    assert_eq!(ids(&findings), ["auth-mechanism-unsupported"]);
    assert!(
        findings[0]
            .evidence
            .iter()
            .any(|l| l.contains("EHLO -> AUTH XOAUTH2 OAUTHBEARER")),
        "{:?}",
        findings[0].evidence
    );

    // A refusal the server sent to a login command is still the server's word.
    let last = out.steps.len() - 1;
    out.steps[last] = failed(
        StepKind::Login,
        reply("535 5.7.8 Error: authentication failed: authentication failure"),
    );
    out.facts.login_ok = Some(false);
    let findings = run(&state(vec![out]));
    assert_eq!(ids(&findings), ["auth-failed"]);
}

fn outgoing_without_auth(port: u16) -> PanelReport {
    let mut out = with_steps(
        panel(
            Panel::Outgoing,
            "smtp.example.org",
            port,
            Security::Starttls,
        ),
        vec![
            ok(StepKind::Tcp),
            ok(StepKind::Greeting),
            ok(StepKind::Ehlo),
            ok(StepKind::Starttls),
            ok(StepKind::Tls),
            ok(StepKind::Ehlo),
            record(StepKind::Login, StepStatus::Skipped, None),
            ok(StepKind::MailFrom),
            failed(
                StepKind::RcptTo,
                reply("554 5.7.1 <bob@example.org>: Relay access denied"),
            ),
        ],
    );
    out.tls = Some(valid_tls("smtp.example.org"));
    out.facts.capabilities = vec!["PIPELINING".into(), "SIZE 10240000".into()];
    out
}

#[test]
fn no_auth_on_a_submission_port_explains_the_relay_refusal() {
    let findings = run(&state(vec![outgoing_without_auth(587)]));
    assert_eq!(ids(&findings), ["smtp-auth-not-offered"]);
    let f = &findings[0];
    assert!(
        f.evidence
            .iter()
            .any(|e| e.starts_with("EHLO capabilities"))
    );
}

#[test]
fn port_25_without_auth_is_the_wrong_port() {
    let findings = run(&state(vec![outgoing_without_auth(25)]));
    assert_eq!(ids(&findings), ["wrong-port-for-submission"]);
    assert!(findings[0].explanation.contains("port 25"));
    assert!(fix_text(&findings[0]).contains("587"));
}

#[test]
fn password_proven_by_pop3_turns_an_smtp_refusal_into_receive_ok_send_fails() {
    let mut out = healthy_outgoing();
    out.server.as_mut().unwrap().host = "smtp.office365.com".into();
    out.steps.truncate(7);
    out.steps.push(failed(
        StepKind::Login,
        reply("535 5.7.3 Authentication unsuccessful"),
    ));
    out.facts.login_ok = Some(false);
    let findings = run(&state(vec![healthy_incoming(), out]));
    assert_eq!(ids(&findings), ["receive-ok-send-fails"]);
    let f = &findings[0];
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.panel, Panel::Outgoing);
    assert!(f.explanation.contains("the password is right"));
    assert!(fix_text(f).contains("authenticated SMTP"));
    assert!(f.evidence.iter().any(|e| e.contains("535 5.7.3")));
    assert!(
        f.evidence
            .iter()
            .any(|e| e == "incoming server pop.example.org: login with USER/PASS succeeded with the same credentials"),
        "{:?}",
        f.evidence
    );
}

#[test]
fn smtp_refusal_without_a_pop3_login_stays_a_wrong_password() {
    let mut out = healthy_outgoing();
    out.steps.truncate(7);
    out.steps.push(failed(
        StepKind::Login,
        reply("535 5.7.8 Error: authentication failed: authentication failure"),
    ));
    let mut inc = healthy_incoming();
    inc.steps
        .retain(|s| s.step != StepKind::Login && s.step != StepKind::Stat);
    inc.facts.login_ok = None;
    let findings = run(&state(vec![inc, out]));
    assert_eq!(ids(&findings), ["auth-failed", "receive-ok-send-fails"]);
    assert_eq!(findings[1].severity, Severity::Info);
}

#[test]
fn receive_ok_send_fails_follows_the_real_cause() {
    let out = with_steps(
        panel(Panel::Outgoing, "smtp.example.org", 587, Security::Starttls),
        vec![
            ok(StepKind::Dns),
            failed(StepKind::Tcp, io(IoFailure::Timeout)),
        ],
    );
    let findings = run(&state(vec![healthy_incoming(), out]));
    assert_eq!(ids(&findings), ["tcp-timeout", "receive-ok-send-fails"]);
    assert_eq!(findings[1].severity, Severity::Info);
}

#[test]
fn wrong_password_names_the_user_name_form_of_the_provider() {
    let mut inc = healthy_incoming();
    inc.steps.truncate(5);
    inc.steps.push(failed(
        StepKind::Login,
        reply("-ERR [AUTH] Authentication failed."),
    ));
    inc.facts.login_ok = Some(false);
    let mut plan = plan();
    plan.user = Some("ana".into());
    let ctx = Context {
        provider_incoming: Some(ProviderHint {
            username_form: Some(UsernameForm::FullAddress),
            ..ProviderHint::named("Example Mail")
        }),
        ..Context::new(&plan, Lang::En, NOW)
    };
    let findings = run_with(&state(vec![inc.clone()]), &ctx);
    assert_eq!(ids(&findings), ["auth-failed"]);
    assert!(fix_text(&findings[0]).contains(
        "The user name \"ana\" lacks the domain: Example Mail expects the whole e-mail address."
    ));
    assert!(
        findings[0]
            .explanation
            .contains("incoming mail server pop.example.org")
    );

    // Without a provider, the generic advice names the user name that was tried.
    let plain = Context::new(&plan, Lang::En, NOW);
    let findings = run_with(&state(vec![inc]), &plain);
    assert!(fix_text(&findings[0]).contains("Check the user name \"ana\""));
}

#[test]
fn app_password_and_pop_switch_texts_use_the_provider_pages() {
    let gmail = ProviderHint {
        help_url: Some("https://support.google.com/mail/answer/7104828".into()),
        app_password_url: Some("https://myaccount.google.com/apppasswords".into()),
        pop_settings_url: Some("https://mail.google.com/mail/#settings/fwdandpop".into()),
        server_host: Some("pop.gmail.com".into()),
        username_form: Some(UsernameForm::FullAddress),
        ..ProviderHint::named("Gmail")
    };
    let plan = plan();
    let ctx = Context {
        provider_incoming: Some(gmail),
        ..Context::new(&plan, Lang::En, NOW)
    };
    let failing = |text: &str| {
        let mut inc = healthy_incoming();
        inc.steps.truncate(5);
        inc.steps.push(failed(StepKind::Login, reply(text)));
        inc.facts.login_ok = Some(false);
        state(vec![inc])
    };
    let findings = run_with(
        &failing(
            "-ERR [AUTH] Application-specific password required: https://support.google.com/accounts/answer/185833",
        ),
        &ctx,
    );
    assert_eq!(ids(&findings), ["auth-app-password-required"]);
    assert!(fix_text(&findings[0]).contains("https://myaccount.google.com/apppasswords"));
    assert!(findings[0].explanation.contains("Gmail asks"));

    let findings = run_with(
        &failing(
            "-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail settings page and enable your account for POP access.",
        ),
        &ctx,
    );
    assert_eq!(ids(&findings), ["pop3-disabled"]);
    assert!(fix_text(&findings[0]).contains(
        "Switch POP on in Gmail's settings: https://mail.google.com/mail/#settings/fwdandpop."
    ));

    // Without a provider the texts stay generic and complete.
    let plain = Context::new(&plan, Lang::En, NOW);
    let findings = run_with(
        &failing("-ERR [AUTH] Application-specific password required"),
        &plain,
    );
    let fix = fix_text(&findings[0]);
    assert!(
        fix.contains("account security settings of the mail provider"),
        "{fix}"
    );
    assert!(!fix.contains("https://"));
}

// --------------------------------------------------------------- mailbox

#[test]
fn empty_mailbox_is_information_and_missing_uidl_a_warning() {
    let mut inc = healthy_incoming();
    inc.facts.message_count = Some(0);
    inc.facts.uidl_ok = Some(false);
    inc.steps[7] = record(
        StepKind::Uidl,
        StepStatus::Warn,
        Some(reply("-ERR Unknown command: UIDL")),
    );
    let findings = run(&state(vec![inc]));
    assert_eq!(ids(&findings), ["no-uidl", "mailbox-empty"]);
    assert_eq!(findings[0].severity, Severity::Warn);
    assert_eq!(findings[1].severity, Severity::Info);
    assert!(findings[0].evidence[0].contains("UIDL"));
}

#[test]
fn a_refused_login_is_never_reported_as_an_empty_mailbox() {
    let mut inc = healthy_incoming();
    inc.facts.message_count = Some(0);
    inc.facts.login_ok = Some(false);
    inc.steps.truncate(5);
    inc.steps.push(failed(
        StepKind::Login,
        reply("-ERR [IN-USE] Mailbox is locked by another POP3 session."),
    ));
    assert_eq!(ids(&run(&state(vec![inc]))), ["mailbox-in-use"]);
}

// ------------------------------------------------------ ordering, languages

#[test]
fn findings_are_ordered_by_severity_then_chain_then_panel() {
    let mut inc = healthy_incoming();
    inc.steps.truncate(5);
    inc.steps.push(failed(
        StepKind::Login,
        reply("-ERR [AUTH] Authentication failed."),
    ));
    inc.facts.login_ok = Some(false);
    inc.facts.uidl_ok = Some(false);
    let out = with_steps(
        panel(Panel::Outgoing, "smtp.example.org", 587, Security::Starttls),
        vec![
            ok(StepKind::Dns),
            failed(StepKind::Tcp, io(IoFailure::Refused)),
        ],
    );
    let findings = run(&state(vec![inc, out]));
    assert_eq!(ids(&findings), ["tcp-refused", "auth-failed", "no-uidl"]);
    assert_eq!(findings[0].panel, Panel::Outgoing);
}

#[test]
fn spanish_texts_come_out_in_spanish_with_the_same_facts() {
    let info = tls_info(
        "pop.example.org",
        CertVerdict::Expired,
        vec![cert(
            "pop.example.org",
            NEW_YEAR_2025 - 90 * DAY,
            NEW_YEAR_2025,
        )],
    );
    let s = state(vec![incoming_with_tls_failure(info)]);
    let plan = plan();
    let en = run_with(&s, &Context::new(&plan, Lang::En, NOW));
    let es = run_with(&s, &Context::new(&plan, Lang::Es, NOW));
    assert_eq!(es.len(), 1);
    assert_eq!(es[0].id, en[0].id);
    // The same lines, in the reader's words around the same facts.
    assert_eq!(es[0].evidence.len(), en[0].evidence.len());
    assert!(
        en[0].evidence[0].starts_with("certificate check for pop.example.org: expired"),
        "{:?}",
        en[0].evidence
    );
    assert!(
        es[0].evidence[0].starts_with("comprobación del certificado de pop.example.org: caducado"),
        "{:?}",
        es[0].evidence
    );
    assert!(es[0].evidence[1].contains("2025-01-01T00:00:00Z"));
    assert!(es[0].evidence[1].starts_with("certificado CN=pop.example.org emitido por"));
    assert_eq!(
        es[0].title,
        "El certificado del servidor caducó el 1 de enero de 2025, 00:00 UTC"
    );
    assert!(es[0].fix.iter().any(|s| s.contains("Avisa al proveedor")));
}

#[test]
fn server_text_with_control_characters_is_quoted_safely() {
    let mut out = healthy_outgoing();
    out.steps.truncate(7);
    out.steps.push(failed(
        StepKind::Login,
        reply("535 5.7.8 \u{1b}[2J\u{1b}]0;owned\u{7} bad credentials"),
    ));
    let findings = run(&state(vec![out]));
    assert_eq!(ids(&findings), ["auth-failed"]);
    assert!(findings[0].evidence[0].contains("\\x1b[2J"));
}

// ------------------------------------------------------------------ POP3 and IMAP offered

fn offering(pop3: bool, imap: bool) -> Arc<AccountSource> {
    let presets = crate::preset::Presets::embedded();
    let gmail = presets.get("gmail").unwrap();
    Arc::new(AccountSource {
        provider: Some(ProviderFacts::of(gmail, ProviderMatch::Named)),
        offers: Some(Offers { pop3, imap }),
        found_incoming: Some(FoundServer {
            from: Origin::Preset,
            host: "pop.gmail.com".into(),
            port: 995,
            security: Security::Tls,
        }),
        found_imap: Some(FoundServer {
            from: Origin::Preset,
            host: "imap.gmail.com".into(),
            port: 993,
            security: Security::Tls,
        }),
        ..AccountSource::default()
    })
}

#[test]
fn pop3_and_imap_offered_says_what_each_means_and_how_to_check_the_other() {
    let s = state(vec![healthy_incoming(), healthy_outgoing()]);
    let mut plan = plan();
    plan.account_source = Some(offering(true, true));
    let en = run_with(&s, &Context::new(&plan, Lang::En, NOW));
    let f = only(&en, "pop3-and-imap-offered");
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(f.panel, Panel::Incoming);
    assert!(
        f.explanation.contains("Gmail offers two ways"),
        "{}",
        f.explanation
    );
    assert!(
        f.explanation
            .contains("This check used POP3, on pop.example.org.")
    );
    assert!(f.explanation.contains("IMAP keeps the mail on the server"));
    assert!(fix_text(&f).contains("--incoming both"), "{:?}", f.fix);
    assert!(fix_text(&f).contains("--incoming imap"), "{:?}", f.fix);
    assert!(
        f.evidence[0].contains("pop.gmail.com:995") && f.evidence[0].contains("imap.gmail.com:993"),
        "{:?}",
        f.evidence
    );
    let es = run_with(&s, &Context::new(&plan, Lang::Es, NOW));
    let f = only(&es, "pop3-and-imap-offered");
    assert!(
        f.explanation.contains("POP3 descarga el correo"),
        "{}",
        f.explanation
    );
    assert!(
        fix_text(&f).contains("vuelve a hacer la comprobación"),
        "{:?}",
        f.fix
    );

    // Checked over IMAP: the other one is POP3.
    plan.incoming_protocol = Protocol::Imap;
    let f = only(
        &run_with(&s, &Context::new(&plan, Lang::En, NOW)),
        "pop3-and-imap-offered",
    );
    assert!(
        f.explanation.contains("This check used IMAP"),
        "{}",
        f.explanation
    );
    assert!(fix_text(&f).contains("--incoming pop3"), "{:?}", f.fix);
}

#[test]
fn pop3_and_imap_offered_stays_quiet_when_both_were_checked_or_one_is_offered() {
    let s = state(vec![healthy_incoming(), healthy_outgoing()]);
    let quiet = |plan: &Plan| {
        let findings = run_with(&s, &Context::new(plan, Lang::En, NOW));
        assert!(
            !ids(&findings).contains(&"pop3-and-imap-offered"),
            "{:?}",
            ids(&findings)
        );
    };
    let mut plan = plan();
    for (pop3, imap) in [(true, false), (false, true)] {
        plan.account_source = Some(offering(pop3, imap));
        quiet(&plan);
    }
    plan.account_source = None;
    quiet(&plan);
    // Both checked: the POP3 panel with the IMAP one beside it, in the same run.
    plan.account_source = Some(offering(true, true));
    plan.imap_beside = Some(Endpoint {
        host: "imap.example.org".into(),
        port: 993,
        security: Security::Tls,
    });
    quiet(&plan);
    // The outgoing panel alone: nothing incoming was checked.
    plan.imap_beside = None;
    let outgoing_only = state(vec![healthy_outgoing()]);
    let findings = run_with(&outgoing_only, &Context::new(&plan, Lang::En, NOW));
    assert!(!ids(&findings).contains(&"pop3-and-imap-offered"));
}
