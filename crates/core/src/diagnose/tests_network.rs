//! Tests of the rules that read the network panel's measurements, over hand-built
//! `NetworkFacts`: each finding fires on its evidence and stays quiet on healthy facts, and a
//! measured clock stands in for the certificate failures it explains.

use crate::account::{Endpoint, Plan, Security};
use crate::diagnose::{Context, common_vars, diagnose, rank, rules, text::guaranteed_vars};
use crate::finding::{Finding, Lang, Severity};
use crate::model::{
    AddressScope, AddressSource, BlocklistCheck, BlocklistSubject, BlocklistVerdict, CertSummary,
    CertVerdict, ClockCheck, ConnectCheck, ConnectPurpose, DefaultRoute, DkimFacts, DkimKeyState,
    DkimSelectorCheck, DmarcFacts, DmarcVerdict, DomainFacts, Evidence, Family, HostCheck,
    IoFailure, LocalAddress, LocalNetwork, NetworkFacts, Panel, PanelReport, ResolverCheck,
    RunState, SelectorBasis, ServerInfo, SpfFacts, SpfVerdict, StepKind, StepRecord, StepStatus,
    TlsFailure, TlsInfo,
};

/// 2025-06-15T15:06:40Z
const NOW: i64 = 1_750_000_000;
const HOUR: f64 = 3_600_000.0;
const DAY: i64 = 86_400;

// ------------------------------------------------------------------ builders

fn plan_with_smtp_port(port: u16) -> Plan {
    Plan::new(
        Some(Endpoint {
            host: "pop.example.org".into(),
            port: 995,
            security: Security::Tls,
        }),
        Some(Endpoint {
            host: "smtp.example.org".into(),
            port,
            security: if port == 587 {
                Security::Starttls
            } else {
                Security::None
            },
        }),
    )
}

fn plan() -> Plan {
    plan_with_smtp_port(587)
}

fn step(
    kind: StepKind,
    target: &str,
    status: StepStatus,
    evidence: Option<Evidence>,
) -> StepRecord {
    StepRecord {
        step: kind,
        target: (!target.is_empty()).then(|| target.into()),
        status,
        elapsed_ms: 3.0,
        detail: String::new().into(),
        evidence,
    }
}

fn io(failure: IoFailure, message: &str) -> Option<Evidence> {
    Some(Evidence::Io {
        failure,
        message: message.into(),
    })
}

fn connect(
    host: &str,
    address: &str,
    purpose: ConnectPurpose,
    failure: Option<IoFailure>,
) -> ConnectCheck {
    let socket: std::net::SocketAddr = address.parse().expect("a socket address");
    ConnectCheck {
        host: host.into(),
        address: address.into(),
        port: socket.port(),
        family: Family::of(&socket.ip()),
        purpose,
        connected: failure.is_none(),
        failure,
        elapsed_ms: 20.0,
    }
}

fn host(name: &str, ipv4: &[&str], ipv6: &[&str]) -> HostCheck {
    HostCheck {
        host: name.into(),
        source: AddressSource::Dns,
        ipv4: ipv4.iter().map(|a| a.to_string()).collect(),
        ipv6: ipv6.iter().map(|a| a.to_string()).collect(),
        failure: None,
    }
}

fn online() -> LocalNetwork {
    LocalNetwork {
        default_routes: vec![DefaultRoute {
            family: Family::Ipv4,
            interface: "eth0".into(),
            gateway: Some("192.168.1.1".into()),
        }],
        addresses: vec![LocalAddress {
            interface: Some("eth0".into()),
            address: "192.168.1.20".into(),
            family: Family::Ipv4,
            scope: AddressScope::Private,
        }],
        vpn_interfaces: Vec::new(),
    }
}

fn clock(offset_ms: f64) -> ClockCheck {
    ClockCheck {
        server: "time.example.net:123".into(),
        address: Some("192.0.2.123:123".into()),
        offset_ms: Some(offset_ms),
        round_trip_ms: Some(12.0),
        stratum: Some(2),
        failure: None,
    }
}

fn healthy_domain() -> DomainFacts {
    DomainFacts {
        domain: "example.org".into(),
        provider_domain_of: None,
        mx: None,
        spf: Some(SpfFacts {
            verdict: SpfVerdict::Valid,
            records: vec!["v=spf1 include:_spf.example.net -all".into()],
            dns_lookups: Some(1),
            all: Some("-all".into()),
            problems: Vec::new(),
            failure: None,
        }),
        dmarc: Some(DmarcFacts {
            verdict: DmarcVerdict::Valid,
            records: vec!["v=DMARC1; p=reject".into()],
            policy: Some("reject".into()),
            subdomain_policy: None,
            percent: None,
            report_to: Vec::new(),
            problems: Vec::new(),
            failure: None,
        }),
        dkim: Some(DkimFacts {
            basis: SelectorBasis::Provider,
            provider: Some("example-mail".into()),
            selectors: vec![selector("s1", DkimKeyState::Found)],
        }),
    }
}

fn selector(name: &str, state: DkimKeyState) -> DkimSelectorCheck {
    DkimSelectorCheck {
        selector: name.into(),
        state,
        key_type: (state == DkimKeyState::Found).then(|| "rsa".into()),
        key_bits: (state == DkimKeyState::Found).then_some(2048),
        problem: None,
    }
}

fn listing(subject: BlocklistSubject, address: &str, zone: &str, codes: &[&str]) -> BlocklistCheck {
    BlocklistCheck {
        address: address.into(),
        subject,
        zone: zone.into(),
        verdict: BlocklistVerdict::Listed,
        codes: codes.iter().map(|c| c.to_string()).collect(),
        text: vec!["Listed for spam; see https://bl.example.net/lookup?ip=203.0.113.7".into()],
    }
}

/// Facts of a healthy run: a route, an answering resolver, both servers found and connected
/// (and the other submission ports), the clock right, the domain well kept, no listing.
fn healthy_facts() -> NetworkFacts {
    NetworkFacts {
        local: Some(online()),
        proxies: Vec::new(),
        resolvers: vec![ResolverCheck {
            server: "192.168.1.1:53".into(),
            answered: true,
            latency_ms: Some(4.0),
            failure: None,
        }],
        hosts: vec![
            host("pop.example.org", &["192.0.2.10"], &[]),
            host("smtp.example.org", &["192.0.2.20"], &[]),
        ],
        connects: vec![
            connect(
                "pop.example.org",
                "192.0.2.10:995",
                ConnectPurpose::Account,
                None,
            ),
            connect(
                "smtp.example.org",
                "192.0.2.20:587",
                ConnectPurpose::Account,
                None,
            ),
            connect(
                "smtp.example.org",
                "192.0.2.20:25",
                ConnectPurpose::OtherSubmissionPort,
                Some(IoFailure::Timeout),
            ),
            connect(
                "smtp.example.org",
                "192.0.2.20:465",
                ConnectPurpose::OtherSubmissionPort,
                None,
            ),
            connect("1.1.1.1", "1.1.1.1:443", ConnectPurpose::Reach, None),
        ],
        clock: Some(clock(180.0)),
        domain: Some(healthy_domain()),
        blocklists: vec![BlocklistCheck {
            address: "203.0.113.7".into(),
            subject: BlocklistSubject::Client,
            zone: "zen.spamhaus.org".into(),
            verdict: BlocklistVerdict::NotListed,
            codes: Vec::new(),
            text: Vec::new(),
        }],
    }
}

fn healthy_steps() -> Vec<StepRecord> {
    vec![
        step(StepKind::Route, "", StepStatus::Ok, None),
        step(StepKind::Resolver, "192.168.1.1:53", StepStatus::Ok, None),
        step(StepKind::Dns, "pop.example.org", StepStatus::Ok, None),
        step(StepKind::Dns, "smtp.example.org", StepStatus::Ok, None),
        step(
            StepKind::Tcp,
            "pop.example.org ipv4 192.0.2.10:995",
            StepStatus::Ok,
            None,
        ),
        step(
            StepKind::Tcp,
            "smtp.example.org ipv4 192.0.2.20:587",
            StepStatus::Ok,
            None,
        ),
        step(
            StepKind::Clock,
            "time.example.net:123",
            StepStatus::Ok,
            None,
        ),
    ]
}

fn network(steps: Vec<StepRecord>, facts: NetworkFacts) -> PanelReport {
    let mut p = PanelReport::new(Panel::Network);
    p.status = if steps.iter().any(|s| s.status == StepStatus::Failed) {
        StepStatus::Failed
    } else {
        StepStatus::Ok
    };
    p.steps = steps;
    p.network = Some(facts);
    p
}

fn healthy_network() -> PanelReport {
    network(healthy_steps(), healthy_facts())
}

fn state(panels: Vec<PanelReport>) -> RunState {
    let mut panels = panels;
    panels.sort_by_key(|p| p.panel);
    RunState { panels }
}

/// Diagnose, and check what every finding must hold: its guaranteed values, evidence, texts
/// without placeholders and lines without control characters.
fn run_in(state: &RunState, plan: &Plan, lang: Lang) -> Vec<Finding> {
    let ctx = Context::new(plan, lang, NOW);
    for d in rank::rank(rules::observe(state, &ctx)) {
        let vars = common_vars(&d, state, &ctx);
        for name in guaranteed_vars(d.id) {
            assert!(vars.has(name), "{}: value {name} missing", d.id);
        }
    }
    let findings = diagnose(state, &ctx);
    for f in &findings {
        assert!(!f.evidence.is_empty(), "{} has no evidence", f.id);
        assert!(!f.explanation.is_empty() && !f.fix.is_empty(), "{}", f.id);
        for text in [&f.title, &f.explanation].into_iter().chain(&f.fix) {
            assert!(!text.contains('{'), "{}: unfilled text {text}", f.id);
        }
        for line in &f.evidence {
            assert!(!line.chars().any(char::is_control), "{}: {line}", f.id);
        }
    }
    findings
}

fn run(state: &RunState) -> Vec<Finding> {
    run_in(state, &plan(), Lang::En)
}

fn ids(findings: &[Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.id.as_str()).collect()
}

fn only<'a>(findings: &'a [Finding], id: &str) -> &'a Finding {
    let matching: Vec<&Finding> = findings.iter().filter(|f| f.id == id).collect();
    assert_eq!(matching.len(), 1, "{id} in {:?}", ids(findings));
    matching[0]
}

// ------------------------------------------------------------------ healthy

#[test]
fn healthy_measurements_give_no_finding() {
    for lang in [Lang::En, Lang::Es] {
        let findings = run_in(&state(vec![healthy_network()]), &plan(), lang);
        assert!(findings.is_empty(), "{findings:#?}");
    }
}

#[test]
fn a_network_panel_without_measurements_gives_none_of_these_findings() {
    let mut net = healthy_network();
    net.network = None;
    assert!(run(&state(vec![net])).is_empty());
}

// ------------------------------------------------------------------ network

fn offline_network() -> PanelReport {
    let mut facts = healthy_facts();
    facts.local = Some(LocalNetwork::default());
    facts.resolvers = Vec::new();
    facts.hosts = vec![HostCheck {
        failure: Some(IoFailure::ResolverFailed),
        ..host("pop.example.org", &[], &[])
    }];
    facts.connects = vec![connect(
        "1.1.1.1",
        "1.1.1.1:443",
        ConnectPurpose::Reach,
        Some(IoFailure::Unreachable),
    )];
    facts.clock = None;
    facts.domain = None;
    facts.blocklists = Vec::new();
    network(
        vec![step(
            StepKind::Route,
            "",
            StepStatus::Failed,
            io(
                IoFailure::Unreachable,
                "the routing table has no default route",
            ),
        )],
        facts,
    )
}

#[test]
fn no_default_route_is_no_network() {
    let findings = run(&state(vec![offline_network()]));
    assert_eq!(ids(&findings), ["no-network"]);
    let f = &findings[0];
    assert_eq!(f.panel, Panel::Network);
    assert!(
        f.evidence[0].contains("no default route"),
        "{:?}",
        f.evidence
    );
    assert!(
        f.evidence
            .iter()
            .any(|e| e.contains("1.1.1.1") && e.contains("unreachable")),
        "{:?}",
        f.evidence
    );
}

#[test]
fn no_default_route_is_no_finding_when_the_servers_are_local_or_a_connect_got_out() {
    // Servers on this machine: the route step is only a warning.
    let mut local = offline_network();
    local.steps[0].status = StepStatus::Warn;
    assert!(run(&state(vec![local])).is_empty());
    // A connect to another machine worked: some route exists after all.
    let mut out = offline_network();
    if let Some(facts) = out.network.as_mut() {
        facts.connects = vec![connect(
            "pop.example.org",
            "192.0.2.10:995",
            ConnectPurpose::Account,
            None,
        )];
    }
    assert!(!ids(&run(&state(vec![out]))).contains(&"no-network"));
}

fn resolver_down_network() -> PanelReport {
    let mut facts = healthy_facts();
    facts.resolvers = vec![ResolverCheck {
        server: "192.168.1.1:53".into(),
        answered: false,
        latency_ms: None,
        failure: Some(IoFailure::ResolverFailed),
    }];
    facts.hosts = vec![HostCheck {
        failure: Some(IoFailure::ResolverFailed),
        ..host("pop.example.org", &[], &[])
    }];
    facts.connects = vec![connect(
        "1.1.1.1",
        "1.1.1.1:443",
        ConnectPurpose::Reach,
        None,
    )];
    facts.domain = None;
    facts.blocklists = Vec::new();
    facts.clock = None;
    network(
        vec![
            step(StepKind::Route, "", StepStatus::Ok, None),
            step(
                StepKind::Resolver,
                "192.168.1.1:53",
                StepStatus::Failed,
                io(
                    IoFailure::ResolverFailed,
                    "DNS resolver 192.168.1.1:53: no answer",
                ),
            ),
            step(
                StepKind::Dns,
                "pop.example.org",
                StepStatus::Failed,
                io(IoFailure::ResolverFailed, "no answer"),
            ),
        ],
        facts,
    )
}

#[test]
fn silent_resolver_with_a_working_direct_connect_is_dns_resolver_down() {
    let findings = run(&state(vec![resolver_down_network()]));
    let f = only(&findings, "dns-resolver-down");
    assert!(f.explanation.contains("1.1.1.1"), "{}", f.explanation);
    assert!(
        f.evidence
            .iter()
            .any(|e| e.starts_with("resolver 192.168.1.1:53")),
        "{:?}",
        f.evidence
    );
    assert!(
        f.evidence.iter().any(|e| e.starts_with("reach 1.1.1.1")),
        "{:?}",
        f.evidence
    );
    let es = run_in(&state(vec![resolver_down_network()]), &plan(), Lang::Es);
    assert!(
        only(&es, "dns-resolver-down")
            .explanation
            .contains("1.1.1.1")
    );
}

#[test]
fn an_answering_resolver_or_a_name_found_is_no_resolver_finding() {
    let mut answering = resolver_down_network();
    if let Some(facts) = answering.network.as_mut() {
        facts.resolvers.push(ResolverCheck {
            server: "192.168.1.2:53".into(),
            answered: true,
            latency_ms: Some(3.0),
            failure: None,
        });
    }
    answering.steps.truncate(2);
    assert!(!ids(&run(&state(vec![answering]))).contains(&"dns-resolver-down"));
    let mut found = resolver_down_network();
    if let Some(facts) = found.network.as_mut() {
        facts.hosts = vec![host("pop.example.org", &["192.0.2.10"], &[])];
    }
    found.steps.truncate(2);
    // The silent resolver's failed step is still named, but not as a resolver outage.
    let findings = run(&state(vec![found]));
    assert!(
        ids(&findings).iter().all(|id| *id == "unexplained-failure"),
        "{:?}",
        ids(&findings)
    );
}

// ------------------------------------------------------------------ ports

/// The outgoing server is set to port 25, which times out while 587 connects.
fn port_25_network() -> PanelReport {
    let mut facts = healthy_facts();
    facts.connects = vec![
        connect(
            "smtp.example.org",
            "192.0.2.20:25",
            ConnectPurpose::Account,
            Some(IoFailure::Timeout),
        ),
        connect(
            "smtp.example.org",
            "192.0.2.20:587",
            ConnectPurpose::OtherSubmissionPort,
            None,
        ),
        connect(
            "smtp.example.org",
            "192.0.2.20:465",
            ConnectPurpose::OtherSubmissionPort,
            Some(IoFailure::Refused),
        ),
    ];
    let mut steps = healthy_steps();
    steps.retain(|s| s.step != StepKind::Tcp);
    steps.push(step(
        StepKind::Tcp,
        "smtp.example.org ipv4 192.0.2.20:25",
        StepStatus::Failed,
        io(IoFailure::Timeout, ""),
    ));
    network(steps, facts)
}

#[test]
fn port_25_that_times_out_while_587_connects_is_blocked() {
    let findings = run_in(
        &state(vec![port_25_network()]),
        &plan_with_smtp_port(25),
        Lang::En,
    );
    assert_eq!(ids(&findings), ["port-25-blocked"]);
    let f = &findings[0];
    assert_eq!(f.evidence.len(), 2, "{:?}", f.evidence);
    assert!(
        f.evidence[0].contains(":25: no answer (timeout)"),
        "{:?}",
        f.evidence
    );
    assert!(
        f.evidence[1].contains("other submission port")
            && f.evidence[1].contains(":587: connected"),
        "{:?}",
        f.evidence
    );
    assert!(f.explanation.contains("smtp.example.org"));
}

#[test]
fn a_blocked_port_25_the_account_does_not_use_is_no_finding() {
    // The healthy facts hold a port 25 that times out beside the configured 587.
    assert!(run(&state(vec![healthy_network()])).is_empty());
    // Without a submission port that answers, port 25 is only a timeout.
    let mut alone = port_25_network();
    if let Some(facts) = alone.network.as_mut() {
        facts.connects.retain(|c| c.port == 25);
    }
    let findings = run_in(&state(vec![alone]), &plan_with_smtp_port(25), Lang::En);
    assert_eq!(ids(&findings), ["tcp-timeout"]);
}

#[test]
fn refused_port_lists_the_ports_that_connected() {
    let mut net = port_25_network();
    net.steps.retain(|s| s.step != StepKind::Tcp);
    net.steps.push(step(
        StepKind::Tcp,
        "smtp.example.org ipv4 192.0.2.20:2525",
        StepStatus::Failed,
        io(IoFailure::Refused, ""),
    ));
    let findings = run_in(&state(vec![net]), &plan_with_smtp_port(2525), Lang::En);
    let f = only(&findings, "tcp-refused");
    assert!(f.explanation.contains("587"), "{}", f.explanation);
}

fn dual_stack_network(v6_status: StepStatus) -> PanelReport {
    let mut facts = healthy_facts();
    facts.hosts[0] = host("pop.example.org", &["192.0.2.10"], &["2001:db8::10"]);
    facts.connects.push(connect(
        "pop.example.org",
        "[2001:db8::10]:995",
        ConnectPurpose::Account,
        Some(IoFailure::Timeout),
    ));
    let mut steps = healthy_steps();
    steps.push(step(
        StepKind::Tcp,
        "pop.example.org ipv6 [2001:db8::10]:995",
        v6_status,
        io(IoFailure::Timeout, ""),
    ));
    network(steps, facts)
}

#[test]
fn ipv6_warning_beside_working_ipv4_is_ipv6_broken() {
    let findings = run(&state(vec![dual_stack_network(StepStatus::Warn)]));
    assert_eq!(ids(&findings), ["ipv6-broken"]);
    let f = &findings[0];
    assert_eq!(f.severity, Severity::Warn);
    assert!(f.title.contains("pop.example.org"));
    assert!(
        f.evidence
            .iter()
            .any(|e| e.contains("ipv6 [2001:db8::10]:995"))
    );
    assert!(f.evidence.iter().any(|e| e.contains("ipv4 192.0.2.10:995")));
    // A failed IPv6 step (as older runs recorded it) is read the same way.
    let findings = run(&state(vec![dual_stack_network(StepStatus::Failed)]));
    assert_eq!(ids(&findings), ["ipv6-broken"]);
}

#[test]
fn a_warning_connect_without_a_working_family_is_no_port_finding() {
    let mut net = dual_stack_network(StepStatus::Warn);
    net.steps
        .retain(|s| s.target.as_deref() != Some("pop.example.org ipv4 192.0.2.10:995"));
    let findings = run(&state(vec![net]));
    assert!(findings.is_empty(), "{findings:#?}");
}

// ------------------------------------------------------------------ clock

fn clock_network(offset_ms: f64) -> PanelReport {
    let mut facts = healthy_facts();
    facts.clock = Some(clock(offset_ms));
    let mut steps = healthy_steps();
    for s in &mut steps {
        if s.step == StepKind::Clock {
            s.status = StepStatus::Warn;
            s.detail = format!("offset {:+.3} s", offset_ms / 1000.0).into();
        }
    }
    network(steps, facts)
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

/// An incoming panel whose handshake failed on the certificate's dates.
fn incoming_with_dates(verdict: CertVerdict, not_before: i64, not_after: i64) -> PanelReport {
    let mut p = PanelReport::new(Panel::Incoming);
    p.server = Some(ServerInfo {
        host: "pop.example.org".into(),
        port: 995,
        address: Some("192.0.2.10:995".into()),
    });
    p.security = Some(Security::Tls);
    p.status = StepStatus::Failed;
    p.steps = vec![
        step(StepKind::Dns, "", StepStatus::Ok, None),
        step(StepKind::Tcp, "", StepStatus::Ok, None),
        step(
            StepKind::Tls,
            "",
            StepStatus::Failed,
            Some(Evidence::Tls {
                failure: TlsFailure::Certificate,
                message: "invalid peer certificate".into(),
                peer_bytes: None,
            }),
        ),
    ];
    p.tls = Some(TlsInfo {
        server_name: "pop.example.org".into(),
        version: Some("TLSv1.3".into()),
        cipher_suite: None,
        chain: vec![cert("pop.example.org", not_before, not_after)],
        verdict,
        verdict_detail: String::new().into(),
    });
    p
}

#[test]
fn a_clock_two_hours_behind_states_the_offset_and_the_correct_time() {
    let findings = run(&state(vec![clock_network(2.0 * HOUR)]));
    assert_eq!(ids(&findings), ["clock-skew"]);
    let f = &findings[0];
    assert_eq!(
        f.severity,
        Severity::Warn,
        "nothing failed because of it yet"
    );
    assert!(
        f.explanation.contains("about 2 hours behind"),
        "{}",
        f.explanation
    );
    // NOW + 2 h = 2025-06-15T17:06:40Z
    assert!(
        f.explanation.contains("June 15, 2025, 17:06 UTC"),
        "{}",
        f.explanation
    );
    assert!(
        f.explanation.contains("fail sooner or later"),
        "{}",
        f.explanation
    );
    assert!(!f.explanation.contains("looks out of date in the same way"));
    assert!(
        f.evidence
            .iter()
            .any(|e| e.starts_with("clock time.example.net:123")),
        "{:?}",
        f.evidence
    );
    assert!(
        f.evidence
            .iter()
            .any(|e| e.contains("2025-06-15T17:06:40Z")),
        "{:?}",
        f.evidence
    );

    let es = run_in(
        &state(vec![clock_network(-3.0 * 24.0 * HOUR)]),
        &plan(),
        Lang::Es,
    );
    let f = only(&es, "clock-skew");
    assert_eq!(f.severity, Severity::Error, "three days off is an error");
    assert!(
        f.explanation.contains("adelanto de 3 días"),
        "{}",
        f.explanation
    );
    assert!(
        f.explanation.contains("12 de junio de 2025"),
        "{}",
        f.explanation
    );
}

#[test]
fn a_clock_within_a_few_minutes_is_no_finding() {
    for offset in [0.0, 120_000.0, -240_000.0] {
        assert!(
            run(&state(vec![clock_network(offset)])).is_empty(),
            "{offset}"
        );
    }
}

#[test]
fn a_measured_offset_that_explains_a_certificate_stands_in_for_it() {
    // The clock is 2 hours behind; the certificate became valid an hour ago (by real time).
    let inc = incoming_with_dates(CertVerdict::NotYetValid, NOW + 3_600, NOW + 90 * DAY);
    let findings = run(&state(vec![clock_network(2.0 * HOUR), inc.clone()]));
    assert_eq!(
        ids(&findings),
        ["clock-skew"],
        "the certificate finding is explained"
    );
    let f = &findings[0];
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.explanation.contains(
            "certificate of pop.example.org looks out of date: at the correct time it is valid"
        ),
        "{}",
        f.explanation
    );
    assert!(
        f.evidence
            .iter()
            .any(|e| e.ends_with("valid at the correct time")),
        "{:?}",
        f.evidence
    );

    // Even a small offset is the cause when it explains the failure.
    let just_issued = incoming_with_dates(CertVerdict::NotYetValid, NOW + 30, NOW + 90 * DAY);
    let findings = run(&state(vec![clock_network(60_000.0), just_issued]));
    assert_eq!(ids(&findings), ["clock-skew"]);

    // Without a measurement the certificate speaks for itself.
    let mut unmeasured = clock_network(0.0);
    if let Some(facts) = unmeasured.network.as_mut() {
        facts.clock = None;
    }
    let findings = run(&state(vec![unmeasured, inc]));
    assert_eq!(ids(&findings), ["cert-not-yet-valid"]);
}

#[test]
fn a_measured_offset_that_does_not_explain_a_certificate_says_so() {
    // The certificate expired long ago: two hours do not change that.
    let expired = incoming_with_dates(CertVerdict::Expired, NOW - 400 * DAY, NOW - 30 * DAY);
    let findings = run(&state(vec![clock_network(2.0 * HOUR), expired.clone()]));
    assert_eq!(ids(&findings), ["clock-skew"], "the clock comes first");
    let f = &findings[0];
    assert_eq!(
        f.severity,
        Severity::Error,
        "it stands in for a failed handshake"
    );
    assert!(
        f.explanation.contains(
            "Even at the correct time, the security certificate of pop.example.org is out of date"
        ),
        "{}",
        f.explanation
    );
    assert!(
        f.evidence
            .iter()
            .any(|e| e.ends_with("out of date even at the correct time"))
    );

    // A right clock leaves the certificate finding alone.
    let findings = run(&state(vec![clock_network(150.0), expired]));
    assert_eq!(ids(&findings), ["cert-expired"]);
}

#[test]
fn a_right_clock_overrules_what_certificate_dates_suggest() {
    // Two certificates both not yet valid, by the same year: from the dates alone that is a
    // clock a year behind. The time server says the clock is right.
    let year = 365 * DAY;
    let inc = incoming_with_dates(
        CertVerdict::NotYetValid,
        NOW + year - 30 * DAY,
        NOW + year + 60 * DAY,
    );
    let mut out = incoming_with_dates(
        CertVerdict::NotYetValid,
        NOW + year - 10 * DAY,
        NOW + year + 80 * DAY,
    );
    out.panel = Panel::Outgoing;
    out.server = Some(ServerInfo {
        host: "smtp.example.org".into(),
        port: 465,
        address: None,
    });
    if let Some(tls) = out.tls.as_mut() {
        tls.server_name = "smtp.example.org".into();
        tls.chain[0].subject = "CN=smtp.example.org".into();
    }
    let mut unmeasured = clock_network(0.0);
    if let Some(facts) = unmeasured.network.as_mut() {
        facts.clock = None;
    }
    let findings = run(&state(vec![unmeasured, inc.clone(), out.clone()]));
    assert_eq!(ids(&findings), ["clock-skew"], "inferred from the dates");
    let findings = run(&state(vec![clock_network(500.0), inc, out]));
    assert_eq!(ids(&findings), ["cert-not-yet-valid", "cert-not-yet-valid"]);
}

// ------------------------------------------------------------- blocklists

fn listed_network(listings: Vec<BlocklistCheck>) -> PanelReport {
    let mut facts = healthy_facts();
    facts.blocklists = listings;
    network(healthy_steps(), facts)
}

#[test]
fn a_listed_client_address_is_smtp_blocklisted_with_the_lists_reason() {
    let net = listed_network(vec![listing(
        BlocklistSubject::Client,
        "203.0.113.7",
        "bl.example.net",
        &["127.0.0.2"],
    )]);
    let findings = run(&state(vec![net.clone()]));
    assert_eq!(ids(&findings), ["smtp-blocklisted"]);
    let f = &findings[0];
    assert_eq!(f.severity, Severity::Warn);
    assert_eq!(f.panel, Panel::Network, "no outgoing panel ran");
    assert!(f.explanation.contains("203.0.113.7"), "{}", f.explanation);
    assert!(
        f.explanation.contains("bl.example.net"),
        "{}",
        f.explanation
    );
    assert!(
        f.explanation.contains("Listed for spam"),
        "{}",
        f.explanation
    );
    assert!(
        !f.explanation.contains("refused the mail"),
        "{}",
        f.explanation
    );
    assert!(f.fix.iter().any(|l| l.contains("malware")));
    assert!(
        f.evidence[0].starts_with("blocklist bl.example.net: 203.0.113.7"),
        "{:?}",
        f.evidence
    );

    let es = run_in(&state(vec![net]), &plan(), Lang::Es);
    assert!(
        only(&es, "smtp-blocklisted")
            .explanation
            .contains("lista negra de spam bl.example.net")
    );
}

#[test]
fn a_policy_listing_of_a_home_address_is_information() {
    let net = listed_network(vec![listing(
        BlocklistSubject::Client,
        "203.0.113.7",
        "zen.spamhaus.org",
        &["127.0.0.11"],
    )]);
    let findings = run(&state(vec![net]));
    let f = only(&findings, "smtp-blocklisted");
    assert_eq!(f.severity, Severity::Info);
    assert!(
        f.explanation.contains("home or mobile connection"),
        "{}",
        f.explanation
    );
    assert!(!f.fix.iter().any(|l| l.contains("malware")));
}

#[test]
fn a_listed_outgoing_server_merges_with_a_refusal_that_names_a_list() {
    let net = listed_network(vec![listing(
        BlocklistSubject::OutgoingServer,
        "192.0.2.20",
        "bl.example.net",
        &["127.0.0.2"],
    )]);
    let mut out = PanelReport::new(Panel::Outgoing);
    out.server = Some(ServerInfo {
        host: "smtp.example.org".into(),
        port: 587,
        address: None,
    });
    out.security = Some(Security::Starttls);
    out.status = StepStatus::Failed;
    out.steps = vec![step(
        StepKind::Greeting,
        "",
        StepStatus::Failed,
        Some(Evidence::Reply {
            sent: None,
            reply: "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org".into(),
        }),
    )];
    let findings = run(&state(vec![net, out]));
    assert_eq!(ids(&findings), ["smtp-blocklisted"]);
    let f = &findings[0];
    assert_eq!(f.panel, Panel::Outgoing);
    assert_eq!(
        f.severity,
        Severity::Error,
        "the refusal is an observed failure"
    );
    assert!(
        f.explanation
            .contains("outgoing server's address, 192.0.2.20"),
        "{}",
        f.explanation
    );
    assert!(
        f.evidence.iter().any(|e| e.contains("blocked using")),
        "{:?}",
        f.evidence
    );
    assert!(
        f.evidence
            .iter()
            .any(|e| e.starts_with("blocklist bl.example.net")),
        "{:?}",
        f.evidence
    );
}

#[test]
fn unusable_or_failed_look_ups_are_not_listings() {
    let mut unusable = listing(
        BlocklistSubject::Client,
        "203.0.113.7",
        "zen.spamhaus.org",
        &["127.255.255.254"],
    );
    unusable.verdict = BlocklistVerdict::Unusable;
    let mut failed = listing(
        BlocklistSubject::OutgoingServer,
        "192.0.2.20",
        "zen.spamhaus.org",
        &[],
    );
    failed.verdict = BlocklistVerdict::Failed;
    assert!(run(&state(vec![listed_network(vec![unusable, failed])])).is_empty());
}

#[test]
fn a_listing_without_an_outgoing_server_still_reads_whole() {
    let net = listed_network(vec![listing(
        BlocklistSubject::Client,
        "203.0.113.7",
        "bl.example.net",
        &["127.0.0.2"],
    )]);
    let mut plan = plan();
    plan.outgoing = None;
    let findings = run_in(&state(vec![net]), &plan, Lang::En);
    assert!(
        only(&findings, "smtp-blocklisted")
            .explanation
            .contains("203.0.113.7")
    );
}

// ----------------------------------------------------------------- domain

fn domain_network(change: impl FnOnce(&mut DomainFacts)) -> PanelReport {
    let mut facts = healthy_facts();
    if let Some(d) = facts.domain.as_mut() {
        change(d);
    }
    network(healthy_steps(), facts)
}

fn spf_verdict(d: &mut DomainFacts, verdict: SpfVerdict) -> &mut SpfFacts {
    let spf = d.spf.as_mut().expect("the healthy domain has SPF");
    spf.verdict = verdict;
    spf
}

#[test]
fn no_spf_record_is_spf_missing() {
    let net = domain_network(|d| {
        let spf = spf_verdict(d, SpfVerdict::Missing);
        spf.records.clear();
    });
    let findings = run(&state(vec![net]));
    assert_eq!(ids(&findings), ["spf-missing"]);
    let f = &findings[0];
    assert_eq!(f.severity, Severity::Warn);
    assert!(f.title.contains("example.org"));
    assert_eq!(f.evidence, ["TXT example.org: no v=spf1 record"]);
}

#[test]
fn spf_records_receivers_cannot_use_are_spf_invalid() {
    let net = domain_network(|d| {
        let spf = spf_verdict(d, SpfVerdict::TooManyLookups);
        spf.dns_lookups = Some(12);
        spf.problems = vec!["more than 10 DNS look-ups through include and redirect".into()];
    });
    let findings = run(&state(vec![net]));
    let f = only(&findings, "spf-invalid");
    assert!(
        f.explanation.contains("takes 12 DNS look-ups"),
        "{}",
        f.explanation
    );
    assert!(f.fix.iter().any(|l| l.contains("includes")));
    assert!(
        f.evidence
            .iter()
            .any(|e| e.starts_with("problem: more than 10")),
        "{:?}",
        f.evidence
    );

    let net = domain_network(|d| {
        let spf = spf_verdict(d, SpfVerdict::Multiple);
        spf.records = vec!["v=spf1 -all".into(), "v=spf1 mx -all".into()];
    });
    let es = run_in(&state(vec![net]), &plan(), Lang::Es);
    let f = only(&es, "spf-invalid");
    assert!(
        f.explanation.contains("publica 2 registros SPF"),
        "{}",
        f.explanation
    );
    assert_eq!(f.evidence.len(), 2, "{:?}", f.evidence);

    let net = domain_network(|d| {
        let spf = spf_verdict(d, SpfVerdict::Invalid);
        spf.problems = vec!["_spf.example.net has no SPF record (receivers fail the check)".into()];
    });
    let f = run(&state(vec![net]));
    assert!(only(&f, "spf-invalid").explanation.contains("has an error"));
}

#[test]
fn a_failed_spf_look_up_says_nothing() {
    let net = domain_network(|d| {
        spf_verdict(d, SpfVerdict::LookupFailed).failure = Some(IoFailure::Timeout);
    });
    assert!(run(&state(vec![net])).is_empty());
}

#[test]
fn no_dmarc_record_or_several_are_dmarc_missing() {
    let net = domain_network(|d| {
        if let Some(dmarc) = d.dmarc.as_mut() {
            dmarc.verdict = DmarcVerdict::Missing;
            dmarc.records.clear();
        }
    });
    let findings = run(&state(vec![net]));
    assert_eq!(ids(&findings), ["dmarc-missing"]);
    assert!(
        findings[0]
            .fix
            .iter()
            .any(|l| l.contains("_dmarc.example.org"))
    );
    assert_eq!(
        findings[0].evidence,
        ["TXT _dmarc.example.org: no v=DMARC1 record"]
    );

    let net = domain_network(|d| {
        if let Some(dmarc) = d.dmarc.as_mut() {
            dmarc.verdict = DmarcVerdict::Multiple;
            dmarc.records = vec!["v=DMARC1; p=none".into(), "v=DMARC1; p=reject".into()];
        }
    });
    let findings = run(&state(vec![net]));
    assert!(
        only(&findings, "dmarc-missing")
            .explanation
            .contains("publishes 2 DMARC records")
    );
}

#[test]
fn no_dkim_key_at_the_providers_selectors_is_a_warning_and_a_guess_only_a_hint() {
    let net = domain_network(|d| {
        d.dkim = Some(DkimFacts {
            basis: SelectorBasis::Provider,
            provider: Some("microsoft-365".into()),
            selectors: vec![
                selector("selector1", DkimKeyState::Missing),
                selector("selector2", DkimKeyState::Revoked),
            ],
        });
    });
    let findings = run(&state(vec![net]));
    let f = only(&findings, "dkim-not-found");
    assert_eq!(f.severity, Severity::Warn);
    assert!(
        f.explanation.contains("selector1 and selector2"),
        "{}",
        f.explanation
    );
    assert!(
        f.explanation
            .contains("published under selector2, but it has been withdrawn")
    );
    assert!(!f.explanation.contains("only a hint"));

    let net = domain_network(|d| {
        d.dkim = Some(DkimFacts {
            basis: SelectorBasis::Common,
            provider: None,
            selectors: vec![
                selector("default", DkimKeyState::Missing),
                selector("mail", DkimKeyState::Missing),
            ],
        });
    });
    let findings = run(&state(vec![net.clone()]));
    let f = only(&findings, "dkim-not-found");
    assert_eq!(f.severity, Severity::Info);
    assert!(f.explanation.contains("only a hint"), "{}", f.explanation);
    assert!(
        f.evidence
            .iter()
            .any(|e| e.contains("provider is not known")),
        "{:?}",
        f.evidence
    );
    let es = run_in(&state(vec![net]), &plan(), Lang::Es);
    assert!(
        only(&es, "dkim-not-found")
            .explanation
            .contains("solo un indicio")
    );
}

#[test]
fn a_key_found_or_a_look_up_that_failed_is_no_dkim_finding() {
    let net = domain_network(|d| {
        if let Some(dkim) = d.dkim.as_mut() {
            dkim.selectors.push(selector("s2", DkimKeyState::Missing));
        }
    });
    assert!(run(&state(vec![net])).is_empty());
    let net = domain_network(|d| {
        if let Some(dkim) = d.dkim.as_mut() {
            dkim.selectors = vec![
                selector("s1", DkimKeyState::Missing),
                selector("s2", DkimKeyState::LookupFailed),
            ];
        }
    });
    assert!(run(&state(vec![net])).is_empty());
}

#[test]
fn a_providers_own_domain_gets_no_record_findings() {
    let net = domain_network(|d| {
        d.provider_domain_of = Some("gmail".into());
        spf_verdict(d, SpfVerdict::Missing);
        if let Some(dmarc) = d.dmarc.as_mut() {
            dmarc.verdict = DmarcVerdict::Missing;
        }
        d.dkim = Some(DkimFacts {
            basis: SelectorBasis::Common,
            provider: None,
            selectors: vec![selector("default", DkimKeyState::Missing)],
        });
    });
    assert!(run(&state(vec![net])).is_empty());
}
