//! Every failure gets a named cause.
//!
//! The first part enumerates every way a step can fail — every step of every protocol (and of
//! the network panel) × every failure kind the probes can record — and holds the invariant for
//! each: a panel whose step failed has an `error` finding of its own, in the text report, the
//! JSON, the Markdown report and the dashboard's hints, and "No problems found" (or its Spanish)
//! never shows. The `match`es over the model's enums have no wildcard, so a new step or failure
//! kind does not compile until it is listed here.
//!
//! The second part provokes the connection findings end to end: the real `mailtriage check
//! --json` against the lab's servers on loopback (one raw script where the lab has no such
//! misbehaviour).

mod support;
use std::net::SocketAddr;
use support::scripted;
use support::tui as tui_support;
use tui_support::plan_with;

use mailtriage::account::{Plan, Security};
use mailtriage::finding::{Finding, Lang, Severity};
use mailtriage::lab::{CertKind, Misbehaviour, ServerSpec, Transport};
use mailtriage::model::{
    EventKind, Evidence, IoFailure, Panel, PanelReport, ProbeEvent, RunState, ServerInfo,
    SessionFacts, StepKind, StepRecord, StepStatus, TlsFailure,
};
use mailtriage::report::Outcome;
use mailtriage::tui::app::App;
use mailtriage::tui::msg::Msg;
use mailtriage::tui::update::update;
use serde_json::Value;
use support::kit::{self, Kit};
use support::*;

// ====================================================================== the invariant

/// Every I/O failure kind. The `match` has no wildcard: a new kind must be listed.
fn io_failures() -> Vec<IoFailure> {
    use IoFailure::*;
    let all = [
        Refused,
        Timeout,
        Reset,
        Closed,
        Unreachable,
        NotFound,
        ResolverFailed,
        TooLong,
        Incomplete,
        Protocol,
        Other,
    ];
    for kind in all {
        match kind {
            Refused | Timeout | Reset | Closed | Unreachable | NotFound | ResolverFailed
            | TooLong | Incomplete | Protocol | Other => {}
        }
    }
    all.to_vec()
}

/// Every TLS failure kind, listed the same way.
fn tls_failures() -> Vec<TlsFailure> {
    use TlsFailure::*;
    let all = [
        NotTls,
        Alert,
        ProtocolVersion,
        Certificate,
        Eof,
        Timeout,
        Malformed,
        UnexpectedBytes,
        Other,
    ];
    for kind in all {
        match kind {
            NotTls | Alert | ProtocolVersion | Certificate | Eof | Timeout | Malformed
            | UnexpectedBytes | Other => {}
        }
    }
    all.to_vec()
}

/// Which side runs a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Pop3,
    Imap,
    Smtp,
    Network,
}

/// The sides that run a step. No wildcard: a new step kind must say where it runs.
fn sides_of(step: StepKind) -> &'static [Side] {
    use StepKind::*;
    match step {
        Dns | Tcp => &[Side::Pop3, Side::Imap, Side::Smtp, Side::Network],
        Tls | Greeting | Login | Quit => &[Side::Pop3, Side::Imap, Side::Smtp],
        Capa | Stat => &[Side::Pop3, Side::Imap],
        Stls | Uidl => &[Side::Pop3],
        Starttls => &[Side::Imap, Side::Smtp],
        Ehlo | MailFrom | RcptTo | Rset => &[Side::Smtp],
        Route | Proxy | Resolver | Reach | Clock | Mx | Spf | Dmarc | Dkim | Dnsbl => {
            &[Side::Network]
        }
    }
}

const ALL_STEPS: [StepKind; 25] = [
    StepKind::Dns,
    StepKind::Tcp,
    StepKind::Tls,
    StepKind::Greeting,
    StepKind::Capa,
    StepKind::Stls,
    StepKind::Ehlo,
    StepKind::Starttls,
    StepKind::Login,
    StepKind::Stat,
    StepKind::Uidl,
    StepKind::MailFrom,
    StepKind::RcptTo,
    StepKind::Rset,
    StepKind::Quit,
    StepKind::Route,
    StepKind::Proxy,
    StepKind::Resolver,
    StepKind::Reach,
    StepKind::Clock,
    StepKind::Mx,
    StepKind::Spf,
    StepKind::Dmarc,
    StepKind::Dkim,
    StepKind::Dnsbl,
];

/// How a step can fail, as the probes record it.
#[derive(Debug, Clone)]
enum Failure {
    Io(IoFailure),
    Tls(TlsFailure),
    /// A reply that is not the protocol's shape.
    UnreadableReply,
    /// Another protocol's greeting.
    UnexpectedGreeting(&'static str),
    /// A refusal with a reply code no rule knows.
    UnknownCode,
    /// The tool declined the step.
    Declined,
    /// The port answered with TLS where plain text was spoken.
    SpeaksTls,
    /// A failed step with no evidence at all.
    Bare,
}

fn failures() -> Vec<Failure> {
    let mut all: Vec<Failure> = io_failures().into_iter().map(Failure::Io).collect();
    all.extend(tls_failures().into_iter().map(Failure::Tls));
    all.extend([
        Failure::UnreadableReply,
        Failure::UnexpectedGreeting("220 mail.example.org ESMTP Postfix"),
        Failure::UnexpectedGreeting("+OK Dovecot ready."),
        Failure::UnexpectedGreeting("* OK [CAPABILITY IMAP4rev1] ready"),
        Failure::UnexpectedGreeting("SSH-2.0-OpenSSH_9.6"),
        Failure::UnknownCode,
        Failure::Declined,
        Failure::SpeaksTls,
        Failure::Bare,
    ]);
    all
}

fn evidence_for(failure: &Failure, side: Side) -> Option<Evidence> {
    Some(match failure {
        Failure::Io(kind) => Evidence::Io {
            failure: *kind,
            message: match kind {
                IoFailure::Incomplete => {
                    "no complete reply before the deadline; the server sent \"+OK hel\"".into()
                }
                _ => "what the socket said".into(),
            },
        },
        Failure::Tls(kind) => Evidence::Tls {
            failure: *kind,
            message: "the TLS handshake failed".into(),
            peer_bytes: (*kind == TlsFailure::NotTls).then(|| "+OK ready".to_string()),
        },
        Failure::UnreadableReply => Evidence::Reply {
            sent: None,
            reply: "?? what is this".into(),
        },
        Failure::UnexpectedGreeting(text) => Evidence::Reply {
            sent: None,
            reply: text.to_string(),
        },
        Failure::UnknownCode => Evidence::Reply {
            sent: Some("NOOP".into()),
            reply: match side {
                Side::Pop3 => "-ERR something unusual happened".into(),
                Side::Imap => "a1 NO something unusual happened".into(),
                _ => "599 5.9.9 something unusual happened".into(),
            },
        },
        Failure::Declined => Evidence::Declined {
            reason: "not done on purpose".into(),
        },
        Failure::SpeaksTls => Evidence::SpeaksTls {
            how: "the server's first bytes were a TLS record".into(),
        },
        Failure::Bare => return None,
    })
}

/// The steps a side runs before `failing`, in order, all fine.
fn chain(side: Side, security: Security) -> Vec<StepKind> {
    use StepKind::*;
    match (side, security) {
        (Side::Pop3, Security::Tls) => vec![Dns, Tcp, Tls, Greeting, Capa, Login, Stat, Uidl, Quit],
        (Side::Pop3, _) => vec![Dns, Tcp, Greeting, Capa, Stls, Tls, Login, Stat, Uidl, Quit],
        (Side::Imap, Security::Tls) => vec![Dns, Tcp, Tls, Greeting, Capa, Login, Stat, Quit],
        (Side::Imap, _) => vec![
            Dns, Tcp, Greeting, Capa, Starttls, Tls, Capa, Login, Stat, Quit,
        ],
        (Side::Smtp, Security::Tls) => vec![
            Dns, Tcp, Tls, Greeting, Ehlo, Login, MailFrom, RcptTo, Rset, Quit,
        ],
        (Side::Smtp, _) => vec![
            Dns, Tcp, Greeting, Ehlo, Starttls, Tls, Ehlo, Login, MailFrom, RcptTo, Rset, Quit,
        ],
        (Side::Network, _) => vec![
            Route, Proxy, Resolver, Dns, Tcp, Reach, Clock, Mx, Spf, Dmarc, Dkim, Dnsbl,
        ],
    }
}

fn record(step: StepKind, status: StepStatus, evidence: Option<Evidence>) -> StepRecord {
    StepRecord {
        step,
        target: None,
        status,
        elapsed_ms: 5.0,
        detail: "what happened".into(),
        evidence,
    }
}

/// One scenario: a panel whose steps up to `failing` worked and `failing` failed.
struct Case {
    plan: Plan,
    panel: Panel,
    security: Option<Security>,
    steps: Vec<StepRecord>,
    label: String,
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    let setups = [
        (Side::Pop3, Security::Tls, 995),
        (Side::Pop3, Security::Starttls, 110),
        (Side::Imap, Security::Tls, 993),
        (Side::Imap, Security::Starttls, 143),
        (Side::Smtp, Security::Starttls, 587),
        (Side::Smtp, Security::Tls, 465),
        (Side::Network, Security::None, 0),
    ];
    for (side, security, port) in setups {
        let kinds = chain(side, security);
        for (at, failing) in kinds.iter().enumerate() {
            assert!(sides_of(*failing).contains(&side), "{failing} on {side:?}");
            for failure in failures() {
                let mut steps: Vec<StepRecord> = kinds[..at]
                    .iter()
                    .map(|s| record(*s, StepStatus::Ok, None))
                    .collect();
                let mut failed = record(*failing, StepStatus::Failed, evidence_for(&failure, side));
                if side == Side::Network && *failing == StepKind::Tcp {
                    failed.target = Some("pop.example.org ipv4 192.0.2.10:995".into());
                }
                steps.push(failed);
                let (panel, plan) = match side {
                    Side::Pop3 => (
                        Panel::Incoming,
                        plan_with((port, security), (587, Security::Starttls)),
                    ),
                    Side::Imap => (Panel::Incoming, {
                        let mut plan = plan_with((port, security), (587, Security::Starttls));
                        plan.incoming_protocol = mailtriage::account::Protocol::Imap;
                        plan
                    }),
                    Side::Smtp => (
                        Panel::Outgoing,
                        plan_with((995, Security::Tls), (port, security)),
                    ),
                    Side::Network => (
                        Panel::Network,
                        plan_with((995, Security::Tls), (587, Security::Starttls)),
                    ),
                };
                out.push(Case {
                    plan,
                    panel,
                    security: (side != Side::Network).then_some(security),
                    steps,
                    label: format!("{side:?} {security:?} {failing} {failure:?}"),
                });
            }
        }
    }
    // Every step kind of the model is met by some scenario.
    for step in ALL_STEPS {
        assert!(
            out.iter()
                .any(|c| c.steps.last().is_some_and(|s| s.step == step)),
            "{step} never fails in a scenario"
        );
        assert!(!sides_of(step).is_empty());
    }
    out
}

fn server_of(case: &Case) -> Option<ServerInfo> {
    let endpoint = case.plan.endpoint_of(case.panel)?;
    Some(ServerInfo {
        host: endpoint.host.clone(),
        port: endpoint.port,
        address: None,
    })
}

fn events_of(case: &Case) -> Vec<ProbeEvent> {
    let ev = |kind| ProbeEvent {
        panel: case.panel,
        kind,
    };
    let mut events = vec![ev(EventKind::PanelStarted {
        server: server_of(case),
        security: case.security,
    })];
    for step in &case.steps {
        events.push(ev(EventKind::StepStarted {
            step: step.step,
            target: step.target.clone(),
        }));
        events.push(ev(EventKind::StepFinished(step.clone())));
    }
    events.push(ev(EventKind::Facts(SessionFacts::default())));
    events.push(ev(EventKind::PanelFinished { elapsed_ms: 50.0 }));
    events
}

fn state_of(case: &Case) -> RunState {
    let mut state = RunState::default();
    for event in events_of(case) {
        state.apply(event);
    }
    state
}

/// The error findings that name a cause for `panel`.
fn naming(findings: &[Finding], panel: Panel) -> Vec<&Finding> {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error && f.panel == panel)
        .collect()
}

const NONE_EN: &str = "No problems found";
const NONE_ES: &str = "No se encontraron problemas";
const NOW: i64 = 1_750_000_000;

#[test]
fn every_way_a_step_can_fail_has_a_named_cause_in_every_output() {
    let cases = cases();
    assert!(cases.len() > 1_000, "{} scenarios", cases.len());
    let mut uncovered = Vec::new();
    for case in &cases {
        let state = state_of(case);
        let report: &PanelReport = state.panel(case.panel).expect("the panel ran");
        assert_eq!(report.status, StepStatus::Failed, "{}", case.label);
        // Every value a rule records is one the texts know.
        let ctx = mailtriage::diagnose::Context::new(&case.plan, Lang::En, NOW);
        for d in mailtriage::diagnose::rules::observe(&state, &ctx) {
            for name in d.vars.names() {
                assert!(
                    mailtriage::diagnose::text::KNOWN_VARS.contains(&name),
                    "{}: {} records the unknown value {name}",
                    case.label,
                    d.id
                );
            }
        }
        for lang in [Lang::En, Lang::Es] {
            let findings = engine_findings(&state, &case.plan, lang);
            let named = naming(&findings, case.panel);
            if named.is_empty() {
                uncovered.push(format!("{lang} {}", case.label));
                continue;
            }
            for f in &findings {
                assert!(
                    !f.title.is_empty() && !f.explanation.is_empty() && !f.fix.is_empty(),
                    "{}: {} has an empty text",
                    case.label,
                    f.id
                );
            }
            if lang == Lang::Es {
                continue;
            }
            let outcome = Outcome {
                state: state.clone(),
                findings: findings.clone(),
                working_settings: Vec::new(),
                account_source: None,
                lang,
            };
            let text = mailtriage::report::text::render(&outcome, false);
            assert!(!text.contains(NONE_EN), "{}:\n{text}", case.label);
            assert!(
                text.contains(&format!("ERROR [{}]", named[0].id)),
                "{}",
                case.label
            );
            let json: Value =
                serde_json::from_str(&mailtriage::report::json::render(&outcome)).unwrap();
            assert_eq!(json["status"], "failed");
            let panel_name = case.panel.as_str();
            assert!(
                json["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|f| { f["severity"] == "error" && f["panel"] == panel_name }),
                "{}: {json:#}",
                case.label
            );
            let markdown = mailtriage::report::markdown::render(&outcome, &case.plan, false);
            assert!(!markdown.contains(NONE_EN), "{}", case.label);
            assert!(markdown.contains(&named[0].id), "{}", case.label);
        }
    }
    // How often each id is the named cause, for `--nocapture` readers.
    let mut primary: std::collections::BTreeMap<String, usize> = Default::default();
    for case in &cases {
        let findings = engine_findings(&state_of(case), &case.plan, Lang::En);
        if let Some(f) = naming(&findings, case.panel).first() {
            *primary.entry(f.id.clone()).or_default() += 1;
        }
    }
    eprintln!("{} scenarios; primary cause: {primary:#?}", cases.len());
    assert!(
        uncovered.is_empty(),
        "{} scenarios without a named cause:\n{}",
        uncovered.len(),
        uncovered.join("\n")
    );
}

/// The dashboard's hints show the same findings, in both languages, never "No problems found"
/// about a failed panel.
#[test]
fn the_dashboards_hints_name_a_cause_for_every_failed_panel() {
    // One scenario per step and failure family is enough here: the findings are the same
    // function's; what is checked is that the hints pane shows them.
    let cases = cases();
    let mut seen = std::collections::HashSet::new();
    for case in cases.iter().filter(|c| {
        let key = (c.panel, c.steps.last().map(|s| s.step), c.label.len() % 7);
        seen.insert(key)
    }) {
        for lang in [Lang::En, Lang::Es] {
            let mut app = App::new(Some(case.plan.clone()), tui_support::config(lang));
            let cmds = update(
                &mut app,
                Msg::Start {
                    at_ms: tui_support::T0,
                },
            );
            let run = tui_support::probe_run(&cmds).expect("a plan starts a check");
            tui_support::feed_run(&mut app, run, events_of(case), tui_support::T0);
            assert!(
                !naming(&app.findings, case.panel).is_empty(),
                "{lang} {}: {:?}",
                case.label,
                app.findings.iter().map(|f| &f.id).collect::<Vec<_>>()
            );
            let terminal = tui_support::draw(&mut app, 160, 60);
            let screen: String = terminal
                .backend()
                .buffer()
                .content()
                .iter()
                .map(|c| c.symbol())
                .collect();
            assert!(
                !screen.contains(NONE_EN) && !screen.contains(NONE_ES),
                "{lang} {}",
                case.label
            );
        }
    }
}

#[test]
fn no_problems_found_is_said_when_nothing_failed() {
    let plan = plan_with((995, Security::Tls), (587, Security::Starttls));
    let case = Case {
        steps: chain(Side::Pop3, Security::Tls)
            .into_iter()
            .map(|s| record(s, StepStatus::Ok, None))
            .collect(),
        plan,
        panel: Panel::Incoming,
        security: Some(Security::Tls),
        label: "healthy".into(),
    };
    let state = state_of(&case);
    let findings = engine_findings(&state, &case.plan, Lang::En);
    assert!(findings.is_empty(), "{findings:?}");
    let outcome = Outcome {
        state,
        findings,
        working_settings: Vec::new(),
        account_source: None,
        lang: Lang::En,
    };
    assert!(mailtriage::report::text::render(&outcome, false).contains(NONE_EN));
    assert!(mailtriage::report::markdown::render(&outcome, &case.plan, false).contains(NONE_EN));
}

/// The last resort says which step failed, what the server did and what to try, and that the
/// cause is not certain; never the raw error alone.
#[test]
fn the_last_resort_says_what_happened_and_that_the_cause_is_not_certain() {
    let plan = plan_with((995, Security::Tls), (587, Security::Starttls));
    let mut steps: Vec<StepRecord> = chain(Side::Pop3, Security::Tls)[..7]
        .iter()
        .map(|s| record(*s, StepStatus::Ok, None))
        .collect();
    steps.push(record(
        StepKind::Uidl,
        StepStatus::Failed,
        Some(Evidence::Reply {
            sent: Some("UIDL".into()),
            reply: "-ERR something unusual happened".into(),
        }),
    ));
    let case = Case {
        plan,
        panel: Panel::Incoming,
        security: Some(Security::Tls),
        steps,
        label: "uidl".into(),
    };
    let state = state_of(&case);
    for (lang, words) in [
        (Lang::En, ["message list (UIDL)", "not certain"]),
        (Lang::Es, ["lista de mensajes (UIDL)", "no es segura"]),
    ] {
        let findings = engine_findings(&state, &case.plan, lang);
        let f = findings
            .iter()
            .find(|f| f.id == "unexplained-failure")
            .expect("the last resort");
        assert_eq!(f.severity, Severity::Error);
        for w in words {
            assert!(f.title.contains(w), "{lang}: {}", f.title);
        }
        assert!(
            f.explanation.contains("-ERR something unusual happened"),
            "{}",
            f.explanation
        );
        assert!(f.fix.len() >= 2, "{:?}", f.fix);
    }
}

// ====================================================================== end to end

fn incoming_plain(addr: SocketAddr) -> CheckCommand {
    CheckCommand::new()
        .pop3_at(addr, "none")
        .user(USER)
        .password(PASSWORD)
        .arg("--allow-plaintext-auth")
        .only("incoming")
}

fn outgoing_plain(addr: SocketAddr) -> CheckCommand {
    CheckCommand::new()
        .smtp_at(addr, "none")
        .user(USER)
        .password(PASSWORD)
        .arg("--allow-plaintext-auth")
        .only("outgoing")
}

/// The failed panels of a document each have an error finding of their own.
fn assert_every_failed_panel_named(doc: &Value) {
    for p in doc["panels"].as_array().into_iter().flatten() {
        if p["status"] != "failed" {
            continue;
        }
        let name = &p["panel"];
        assert!(
            doc["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|f| f["severity"] == "error" && &f["panel"] == name),
            "panel {name} failed without a named cause\n{}",
            summary(doc)
        );
    }
}

fn primary(doc: &Value) -> String {
    doc["findings"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn pop3_pointed_at_an_smtp_port_is_the_wrong_protocol() {
    let kit = Kit::new();
    let smtp = kit.start(kit::smtp(Transport::Plain));
    let out = incoming_plain(smtp.addr()).timeout("3").run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_eq!(primary(doc), "wrong-protocol-on-port", "{}", summary(doc));
    let f = assert_finding_quotes(doc, "wrong-protocol-on-port", "220");
    let title = f["title"].as_str().unwrap_or_default();
    assert!(title.contains("SMTP") && title.contains("POP3"), "{title}");
    let fix = f["fix"].to_string();
    assert!(
        fix.contains("995 (SSL/TLS)") && fix.contains("110 (STARTTLS)"),
        "{fix}"
    );
    assert_every_failed_panel_named(doc);
}

#[test]
fn swapped_incoming_and_outgoing_settings_are_named_as_swapped() {
    let kit = Kit::new();
    let smtp = kit.start(kit::smtp(Transport::Plain));
    let pop3 = kit.start(kit::pop3(Transport::Plain));
    // The incoming panel points at the SMTP server and the outgoing one at the POP3 server.
    let out = CheckCommand::new()
        .pop3_at(smtp.addr(), "none")
        .smtp_at(pop3.addr(), "none")
        .user(USER)
        .password(PASSWORD)
        .arg("--allow-plaintext-auth")
        .only("incoming")
        .only("outgoing")
        .timeout("3")
        .lang("es")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let found: Vec<(String, String)> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["id"] == "wrong-protocol-on-port")
        .map(|f| (f["panel"].to_string(), f["explanation"].to_string()))
        .collect();
    assert_eq!(found.len(), 2, "{}", summary(doc));
    for (_, explanation) in &found {
        assert!(explanation.contains("intercambiados"), "{explanation}");
    }
    let fix = finding(doc, "wrong-protocol-on-port")["fix"].to_string();
    assert!(fix.contains("Intercambia"), "{fix}");
    assert_every_failed_panel_named(doc);
}

#[test]
fn imap_ssh_and_ftp_greetings_are_recognised_on_either_panel() {
    let cases: [(&str, &str, bool); 4] = [
        ("* OK [CAPABILITY IMAP4rev1] Dovecot ready.", "IMAP", true),
        ("SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13", "SSH", true),
        ("220 ProFTPD Server (Debian) [127.0.0.1]", "FTP", true),
        ("220 ProFTPD Server (Debian) [127.0.0.1]", "FTP", false),
    ];
    let kit = Kit::new();
    for (greeting, name, pop3_panel) in cases {
        let server = kit.start(kit::pop3(Transport::Plain).greeting(greeting));
        let command = if pop3_panel {
            incoming_plain(server.addr())
        } else {
            outgoing_plain(server.addr())
        };
        let out = command.timeout("3").run_json();
        let doc = &out.json;
        assert_eq!(
            primary(doc),
            "wrong-protocol-on-port",
            "{greeting}\n{}",
            summary(doc)
        );
        let title = finding(doc, "wrong-protocol-on-port")["title"].to_string();
        assert!(title.contains(name), "{title}");
        assert_every_failed_panel_named(doc);
    }
}

#[test]
fn an_http_answer_to_a_tls_hello_is_the_wrong_protocol() {
    let kit = Kit::new();
    let server = kit.start(
        kit::pop3(Transport::Plain).misbehave(Misbehaviour::AnswerFirstBytes(
            b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".to_vec(),
        )),
    );
    let out = CheckCommand::new()
        .pop3_at(server.addr(), "tls")
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .timeout("3")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_eq!(primary(doc), "wrong-protocol-on-port", "{}", summary(doc));
    assert_finding_quotes(doc, "wrong-protocol-on-port", "HTTP/1.1 400");
    assert_every_failed_panel_named(doc);
}

#[test]
fn a_port_that_accepts_and_stays_silent_is_a_server_not_responding() {
    let kit = Kit::new();
    let server = kit.start(kit::smtp(Transport::Plain).misbehave(Misbehaviour::Silence));
    let out = outgoing_plain(server.addr()).timeout("2").run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_eq!(primary(doc), "server-not-responding", "{}", summary(doc));
    let f = finding(doc, "server-not-responding");
    assert!(f["fix"].to_string().contains("antivirus"), "{f}");
    assert_every_failed_panel_named(doc);
}

#[test]
fn binary_data_is_not_a_mail_server() {
    let kit = Kit::new();
    let server = kit.start(kit::pop3(Transport::Plain).misbehave(Misbehaviour::Garbage(
        b"\x00\x01\x02\x03\x89PNG\x1a\x00\x00\xff\xfe\r\n".to_vec(),
    )));
    let out = incoming_plain(server.addr()).timeout("2").run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_eq!(primary(doc), "not-a-mail-server", "{}", summary(doc));
    assert_finding_quotes(doc, "not-a-mail-server", "\\x00\\x01");
    assert_every_failed_panel_named(doc);
}

#[test]
fn a_server_that_hangs_up_is_named() {
    // At once, before any greeting: no bytes, then a FIN.
    let kit = Kit::new();
    let at_once =
        kit.start(kit::pop3(Transport::Plain).misbehave(Misbehaviour::Garbage(Vec::new())));
    let out = incoming_plain(at_once.addr()).timeout("2").run_json();
    let doc = &out.json;
    assert_eq!(
        primary(doc),
        "connection-closed-by-server",
        "{}",
        summary(doc)
    );
    assert!(
        finding(doc, "connection-closed-by-server")["explanation"]
            .to_string()
            .contains("before saying anything")
    );
    assert_every_failed_panel_named(doc);
    // In the middle of the session: after the greeting, at the capability list (the lab
    // answers every line it reads, so a raw script hangs up there).
    let server = scripted::Server::start(|peer| {
        peer.send(b"+OK ready\r\n");
        peer.line();
    });
    let out = incoming_plain(server.addr).timeout("2").run_json();
    let doc = &out.json;
    assert_eq!(
        primary(doc),
        "connection-closed-by-server",
        "{}",
        summary(doc)
    );
    let explanation = finding(doc, "connection-closed-by-server")["explanation"].to_string();
    assert!(explanation.contains("CAPA"), "{explanation}");
    assert_every_failed_panel_named(doc);
}

#[test]
fn a_reply_that_breaks_the_protocol_is_named() {
    // A POP3 status line that is neither +OK nor -ERR, in answer to CAPA.
    let kit = Kit::new();
    let server = kit.start(
        kit::pop3(Transport::Plain)
            .greeting("+OK ready")
            .reply("CAPA", "OK maybe"),
    );
    let out = incoming_plain(server.addr()).timeout("2").run_json();
    let doc = &out.json;
    assert_eq!(primary(doc), "server-reply-invalid", "{}", summary(doc));
    assert_finding_quotes(doc, "server-reply-invalid", "OK maybe");
    assert_every_failed_panel_named(doc);
    // A greeting line beyond every bound.
    let long = format!("220 {}", "a".repeat(20_000));
    let server = kit.start(kit::smtp(Transport::Plain).greeting(&long));
    let out = outgoing_plain(server.addr()).timeout("2").run_json();
    let doc = &out.json;
    assert_eq!(primary(doc), "server-reply-invalid", "{}", summary(doc));
    assert_every_failed_panel_named(doc);
}

#[test]
fn a_password_without_a_user_name_says_the_login_was_not_tested() {
    let kit = Kit::new();
    let server = kit.start(kit::pop3(Transport::Plain));
    let out = CheckCommand::new()
        .pop3_at(server.addr(), "none")
        .password(PASSWORD)
        .only("incoming")
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    let f = finding(doc, "login-not-tested");
    assert_eq!(f["severity"], "info");
    let explanation = f["explanation"].to_string();
    assert!(explanation.contains("no user name"), "{explanation}");
    assert!(f["fix"].to_string().contains("--user"), "{f}");
    assert!(server.log().logins().is_empty());
}

#[test]
fn a_check_without_credentials_says_the_login_was_not_tested() {
    let kit = Kit::new();
    let server = kit.start(kit::smtp(Transport::Plain));
    let out = CheckCommand::new()
        .smtp_at(server.addr(), "none")
        .only("outgoing")
        .lang("es")
        .run_json();
    let doc = &out.json;
    let f = finding(doc, "login-not-tested");
    assert!(
        f["explanation"]
            .to_string()
            .contains("ni usuario ni contraseña"),
        "{f}"
    );
}

#[test]
fn both_servers_refusing_the_same_credentials_is_said_once() {
    let kit = Kit::new();
    let tls = Transport::ImplicitTls(CertKind::Valid);
    let pop3 = kit.start(ServerSpec::pop3(tls, USER, "another password").names(&kit::NAMES));
    let smtp = kit.start(ServerSpec::smtp(tls, USER, "another password").names(&kit::NAMES));
    let out = CheckCommand::new()
        .pop3(pop3.port(), "tls")
        .smtp(smtp.port(), "tls")
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .only("outgoing")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let refusals: Vec<&Value> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["id"] == "auth-failed")
        .collect();
    assert_eq!(refusals.len(), 2, "{}", summary(doc));
    let incoming = refusals.iter().find(|f| f["panel"] == "incoming").unwrap();
    let outgoing = refusals.iter().find(|f| f["panel"] == "outgoing").unwrap();
    assert!(
        incoming["explanation"]
            .to_string()
            .contains("refused the same user name and password too"),
        "{incoming}"
    );
    // The outgoing one points back instead of repeating every step.
    assert_eq!(outgoing["fix"].as_array().unwrap().len(), 1, "{outgoing}");
    assert_every_failed_panel_named(doc);
}

#[test]
fn receiving_works_sending_does_not_points_at_a_finding_that_exists() {
    let kit = Kit::new();
    let pop3 = kit.start(kit::pop3(Transport::ImplicitTls(CertKind::Valid)));
    let smtp = kit.start(kit::smtp(Transport::Plain).misbehave(Misbehaviour::Silence));
    let out = CheckCommand::new()
        .pop3(pop3.port(), "tls")
        .smtp_at(smtp.addr(), "none")
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .only("outgoing")
        .timeout("2")
        .run_json();
    let doc = &out.json;
    let pointer = finding(doc, "receive-ok-send-fails");
    let fix = pointer["fix"].to_string();
    let target = finding(doc, "server-not-responding");
    let title = target["title"].as_str().unwrap();
    assert!(fix.contains(title), "{fix}\n{title}");
    assert_every_failed_panel_named(doc);
}

#[test]
fn a_refused_apop_is_not_called_a_wrong_password_when_other_logins_are_offered() {
    let kit = Kit::new();
    let server = kit.start(
        kit::pop3(Transport::Plain)
            .greeting("+OK mail.test ready <1896.697170952@mail.test>")
            .reply("APOP", "-ERR authentication failed"),
    );
    // Without --allow-plaintext-auth the session may only try APOP on a plain connection.
    let out = CheckCommand::new()
        .pop3_at(server.addr(), "none")
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .run_json();
    let doc = &out.json;
    let login = step(doc, "incoming", "login");
    if login["status"] == "failed" {
        assert!(
            !finding_ids(doc).iter().any(|id| id == "auth-failed"),
            "{}",
            summary(doc)
        );
        assert_every_failed_panel_named(doc);
    }
}

/// The focused panel failed and its cause is named on the network panel (the name look-up both
/// saw): the hints of the focused panel send the reader there, never "No problems found".
#[test]
fn a_focused_panel_whose_cause_is_on_another_panel_does_not_say_no_problems() {
    let plan = plan_with((995, Security::Tls), (587, Security::Starttls));
    let not_found = || {
        Some(Evidence::Io {
            failure: IoFailure::NotFound,
            message: "no such name".into(),
        })
    };
    let mut lookup = record(StepKind::Dns, StepStatus::Failed, not_found());
    lookup.target = Some("pop.example.org".into());
    let network = Case {
        plan: plan.clone(),
        panel: Panel::Network,
        security: None,
        steps: vec![
            record(StepKind::Route, StepStatus::Ok, None),
            lookup.clone(),
        ],
        label: "network".into(),
    };
    let incoming = Case {
        plan: plan.clone(),
        panel: Panel::Incoming,
        security: Some(Security::Tls),
        steps: vec![lookup],
        label: "incoming".into(),
    };
    let mut events = events_of(&network);
    events.extend(events_of(&incoming));
    for (lang, elsewhere) in [
        (Lang::En, "its cause is named among the hints of all panels"),
        (
            Lang::Es,
            "su causa aparece en los consejos de todos los paneles",
        ),
    ] {
        let mut app = App::new(Some(plan.clone()), tui_support::config(lang));
        let cmds = update(
            &mut app,
            Msg::Start {
                at_ms: tui_support::T0,
            },
        );
        let run = tui_support::probe_run(&cmds).expect("a plan starts a check");
        tui_support::feed_run(&mut app, run, events.clone(), tui_support::T0);
        assert!(
            app.findings
                .iter()
                .any(|f| f.id == "dns-not-found" && f.panel == Panel::Network),
            "{:?}",
            app.findings
                .iter()
                .map(|f| (&f.id, f.panel))
                .collect::<Vec<_>>()
        );
        app.focus = Panel::Incoming;
        app.hint_scope = mailtriage::tui::app::HintScope::Focused;
        assert!(
            app.visible_findings().is_empty(),
            "the cause is on the network panel"
        );
        let terminal = tui_support::draw(&mut app, 200, 60);
        let screen: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(!screen.contains(NONE_EN) && !screen.contains(NONE_ES));
        let squeezed: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(squeezed.contains(elsewhere), "{lang}: {squeezed}");
    }
}

/// The engine's findings of a run, with the built-in presets, judged at [`NOW`].
fn engine_findings(state: &RunState, plan: &Plan, lang: Lang) -> Vec<Finding> {
    static PRESETS: std::sync::LazyLock<mailtriage::preset::Presets> =
        std::sync::LazyLock::new(mailtriage::preset::Presets::embedded);
    mailtriage::engine::conclude(mailtriage::engine::Inputs {
        state,
        plan,
        alternatives: &Default::default(),
        presets: &PRESETS,
        lang,
        now_unix: NOW,
    })
    .findings
}
