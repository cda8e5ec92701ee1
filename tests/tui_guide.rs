//! Guided mode reads the script of what was found: for each common finding the guide opens on
//! that finding's fix, marks `✓` only what a probe confirmed, and labels its steps. The App state
//! is built from probe events and from findings made with the catalogue's own texts.

mod support;

use mailtriage::account::Security;
use mailtriage::diagnose::FindingId;
use mailtriage::diagnose::text::{Value, Vars, render};
use mailtriage::finding::{Finding, Lang, Severity};
use mailtriage::model::{
    CertVerdict, EventKind, Panel, ProbeEvent, ServerInfo, SessionFacts, StepKind, StepRecord,
    StepStatus, TlsInfo,
};
use mailtriage::tui::app::{App, Overlay};
use mailtriage::tui::guide::{Guide, Mark, Point, Source, guide_of};
use mailtriage::tui::update::update;
use ratatui::crossterm::event::KeyCode;
use support::tui as tui_support;
use tui_support::*;

use StepKind as K;
use StepStatus::{Failed as F, Ok as O};

/// One panel's session: each step with its status, in order.
fn session(
    panel: Panel,
    (host, port): (&str, u16),
    security: Security,
    steps: &[(StepKind, StepStatus)],
) -> Vec<ProbeEvent> {
    let ev = |kind| ProbeEvent { panel, kind };
    let mut out = vec![ev(EventKind::PanelStarted {
        server: Some(ServerInfo {
            host: host.into(),
            port,
            address: None,
        }),
        security: Some(security),
    })];
    for (step, status) in steps {
        out.push(ev(EventKind::StepFinished(StepRecord {
            step: *step,
            target: None,
            status: *status,
            elapsed_ms: 5.0,
            detail: String::new().into(),
            evidence: None,
        })));
        if *step == K::Tls && *status == O {
            out.push(ev(EventKind::Tls(TlsInfo {
                server_name: host.into(),
                version: Some("TLSv1.3".into()),
                cipher_suite: None,
                chain: Vec::new(),
                verdict: CertVerdict::Valid,
                verdict_detail: String::new().into(),
            })));
        }
        if *step == K::Login && *status == O && panel == Panel::Incoming {
            out.push(ev(EventKind::Facts(SessionFacts {
                login_ok: Some(true),
                message_count: Some(3),
                ..SessionFacts::default()
            })));
        }
    }
    out.push(ev(EventKind::PanelFinished { elapsed_ms: 50.0 }));
    out
}

const POP: (&str, u16) = ("pop.example.org", 995);
const SMTP: (&str, u16) = ("smtp.example.org", 587);

fn up_to_login(login: StepStatus) -> Vec<(StepKind, StepStatus)> {
    vec![
        (K::Dns, O),
        (K::Tcp, O),
        (K::Tls, O),
        (K::Greeting, O),
        (K::Login, login),
    ]
}

/// A finding with the catalogue's texts in `lang`.
fn finding(id: &str, panel: Panel, severity: Severity, vars: &Vars, lang: Lang) -> Finding {
    let mut vars = vars.clone();
    let (host, port) = if panel == Panel::Outgoing { SMTP } else { POP };
    vars.text("host", host);
    vars.text("port", port.to_string());
    vars.set("role", Value::Role(panel));
    vars.set("now", Value::Date(1_700_000_000));
    let (title, explanation, fix) = render(FindingId::from_id(id).unwrap(), &vars, lang);
    Finding {
        id: id.into(),
        severity,
        panel,
        title,
        explanation,
        fix,
        evidence: Vec::new(),
    }
}

/// What a scenario puts on screen: the events of one full check and its findings.
struct Case {
    events: Vec<ProbeEvent>,
    findings: fn(Lang) -> Vec<Finding>,
}

fn app_for(case: &Case, lang: Lang) -> App {
    let mut app = app_after(case.events.clone());
    app.lang = lang;
    app.findings = (case.findings)(lang);
    app
}

fn gmail_vars() -> Vars {
    let mut vars = Vars::new();
    vars.text("provider", "Gmail").text(
        "app_password_url",
        "https://myaccount.google.com/apppasswords",
    );
    vars
}

fn app_password() -> Case {
    let mut events = session(Panel::Incoming, POP, Security::Tls, &up_to_login(F));
    events.extend(session(
        Panel::Outgoing,
        SMTP,
        Security::Starttls,
        &up_to_login(F),
    ));
    Case {
        events,
        findings: |lang| {
            vec![
                finding(
                    "auth-app-password-required",
                    Panel::Incoming,
                    Severity::Error,
                    &gmail_vars(),
                    lang,
                ),
                finding(
                    "auth-app-password-required",
                    Panel::Outgoing,
                    Severity::Error,
                    &gmail_vars(),
                    lang,
                ),
            ]
        },
    }
}

fn one_failure(
    incoming: Vec<(StepKind, StepStatus)>,
    security: Security,
    port: u16,
    id: &'static str,
    vars: fn() -> Vars,
) -> (Vec<ProbeEvent>, &'static str, fn() -> Vars) {
    let mut events = session(Panel::Incoming, (POP.0, port), security, &incoming);
    events.extend(session(
        Panel::Outgoing,
        SMTP,
        Security::Starttls,
        &up_to_login(O),
    ));
    (events, id, vars)
}

fn no_vars() -> Vars {
    Vars::new()
}

/// Assert the guide opens on the fix of `id` and that no step claims what was not confirmed.
fn assert_opens_on(app: &App, id: &str, panel: Panel) -> Guide {
    let guide = guide_of(app);
    let first = &guide.steps[guide.start];
    assert_eq!(
        first.source,
        Source::Finding {
            id: id.into(),
            panel
        },
        "{guide:#?}"
    );
    assert_eq!(first.mark, Mark::Fail);
    let finding = app.findings.iter().find(|f| f.id == id).unwrap();
    assert_eq!(first.say, finding.fix, "the script is the finding's fix");
    assert_eq!(first.title, finding.title);
    for step in &guide.steps {
        if let Source::Point(Point::Firewall | Point::OtherNetwork | Point::LeaveCopy) = step.source
        {
            assert_ne!(step.mark, Mark::Pass, "no probe can confirm {step:?}");
        }
        assert!(!step.label.is_empty() && step.label.chars().count() <= 20);
    }
    // Opening the guide lands on it.
    let mut app = app.clone();
    update(&mut app, ch('g'));
    assert_eq!(app.overlay, Overlay::Guided { step: guide.start });
    guide
}

#[test]
fn app_password_required_opens_on_creating_one() {
    let app = app_for(&app_password(), Lang::En);
    let guide = assert_opens_on(&app, "auth-app-password-required", Panel::Incoming);
    assert!(guide.steps[guide.start].say[0].contains("myaccount.google.com/apppasswords"));
    // The links before it were confirmed by the probes.
    let before: Vec<(Mark, &str)> = guide.steps[..guide.start]
        .iter()
        .map(|s| (s.mark, s.label.as_str()))
        .collect();
    assert_eq!(
        before,
        [
            (Mark::Pass, "Internet"),
            (Mark::Pass, "Server"),
            (Mark::Pass, "Port"),
            (Mark::Pass, "Encryption"),
        ]
    );
    let all: String = guide
        .steps
        .iter()
        .flat_map(|s| s.say.iter().chain(&s.found))
        .cloned()
        .collect();
    assert!(!all.contains("Caps Lock"), "{all}");
    assert!(!all.contains("requires authentication"), "{all}");
    assert!(!all.contains("antivirus"), "{all}");
}

#[test]
fn basic_auth_disabled_opens_on_modern_sign_in() {
    let (events, id, vars) = one_failure(
        up_to_login(F),
        Security::Tls,
        995,
        "auth-basic-disabled",
        no_vars,
    );
    let case = Case {
        events,
        findings: |lang| {
            vec![finding(
                "auth-basic-disabled",
                Panel::Incoming,
                Severity::Error,
                &Vars::new(),
                lang,
            )]
        },
    };
    let _ = vars;
    assert_opens_on(&app_for(&case, Lang::En), id, Panel::Incoming);
}

fn port_vars() -> Vars {
    let mut vars = Vars::new();
    vars.text("plain_port", "110").text("tls_port", "995");
    vars
}

#[test]
fn plaintext_on_the_tls_port_opens_on_switching_ssl_on() {
    let case = Case {
        events: one_failure(
            vec![(K::Dns, O), (K::Tcp, O), (K::Greeting, F)],
            Security::None,
            995,
            "",
            no_vars,
        )
        .0,
        findings: |lang| {
            vec![finding(
                "plaintext-on-tls-port",
                Panel::Incoming,
                Severity::Error,
                &port_vars(),
                lang,
            )]
        },
    };
    let app = app_for(&case, Lang::En);
    let guide = assert_opens_on(&app, "plaintext-on-tls-port", Panel::Incoming);
    assert!(guide.steps[guide.start].say[0].contains("SSL/TLS"));
    assert_eq!(guide.steps[guide.start].label, "Encryption");
}

#[test]
fn tls_on_the_plaintext_port_opens_on_starttls() {
    let case = Case {
        events: one_failure(
            vec![(K::Dns, O), (K::Tcp, O), (K::Tls, F)],
            Security::Tls,
            110,
            "",
            no_vars,
        )
        .0,
        findings: |lang| {
            vec![finding(
                "tls-on-plaintext-port",
                Panel::Incoming,
                Severity::Error,
                &port_vars(),
                lang,
            )]
        },
    };
    let guide = assert_opens_on(
        &app_for(&case, Lang::En),
        "tls-on-plaintext-port",
        Panel::Incoming,
    );
    assert!(guide.steps[guide.start].say[0].contains("STARTTLS"));
}

#[test]
fn expired_certificate_opens_on_the_clock_and_the_provider() {
    let case = Case {
        events: one_failure(
            vec![(K::Dns, O), (K::Tcp, O), (K::Tls, F)],
            Security::Tls,
            995,
            "",
            no_vars,
        )
        .0,
        findings: |lang| {
            let mut vars = Vars::new();
            vars.set("date", Value::Date(1_690_000_000));
            vec![finding(
                "cert-expired",
                Panel::Incoming,
                Severity::Error,
                &vars,
                lang,
            )]
        },
    };
    let guide = assert_opens_on(&app_for(&case, Lang::En), "cert-expired", Panel::Incoming);
    let first = &guide.steps[guide.start];
    assert_eq!(first.label, "Certificate");
    // The login never ran: nothing says it is fine.
    let sign_in = guide
        .steps
        .iter()
        .find(|s| s.source == Source::Point(Point::SignIn))
        .unwrap();
    assert_eq!(sign_in.mark, Mark::Unknown);
}

#[test]
fn wrong_password_opens_on_the_user_name_and_password() {
    let case = Case {
        events: one_failure(up_to_login(F), Security::Tls, 995, "", no_vars).0,
        findings: |lang| {
            vec![finding(
                "auth-failed",
                Panel::Incoming,
                Severity::Error,
                &Vars::new(),
                lang,
            )]
        },
    };
    let guide = assert_opens_on(&app_for(&case, Lang::En), "auth-failed", Panel::Incoming);
    assert_eq!(guide.steps[guide.start].label, "Password");
}

fn receive_ok_send_fails() -> Case {
    let mut events = session(
        Panel::Incoming,
        POP,
        Security::Tls,
        &[
            (K::Dns, O),
            (K::Tcp, O),
            (K::Tls, O),
            (K::Greeting, O),
            (K::Login, O),
            (K::Stat, O),
        ],
    );
    events.extend(session(
        Panel::Outgoing,
        SMTP,
        Security::Starttls,
        &up_to_login(F),
    ));
    Case {
        events,
        findings: |lang| {
            let mut vars = Vars::new();
            vars.flag("password_ok");
            vec![finding(
                "receive-ok-send-fails",
                Panel::Outgoing,
                Severity::Error,
                &vars,
                lang,
            )]
        },
    }
}

#[test]
fn receive_ok_send_fails_opens_on_the_outgoing_side() {
    let app = app_for(&receive_ok_send_fails(), Lang::En);
    let guide = assert_opens_on(&app, "receive-ok-send-fails", Panel::Outgoing);
    // Incoming logged in, but the outgoing login failed: the sign-in is not "confirmed".
    assert!(
        !guide
            .steps
            .iter()
            .any(|s| s.source == Source::Point(Point::SignIn) && s.mark == Mark::Pass)
    );
}

#[test]
fn swapped_ports_open_on_exchanging_the_settings() {
    let mut events = session(
        Panel::Incoming,
        ("mail.example.org", 587),
        Security::Starttls,
        &[(K::Dns, O), (K::Tcp, O), (K::Greeting, F)],
    );
    events.extend(session(
        Panel::Outgoing,
        ("mail.example.org", 110),
        Security::Starttls,
        &[(K::Dns, O), (K::Tcp, O), (K::Greeting, F)],
    ));
    let case = Case {
        events,
        findings: |lang| {
            let vars = |answered: &str, intended: &str, ports: &str| {
                let mut vars = Vars::new();
                vars.text("answered", answered)
                    .text("intended", intended)
                    .text("standard_ports", ports)
                    .flag("swapped");
                vars
            };
            vec![
                finding(
                    "wrong-protocol-on-port",
                    Panel::Incoming,
                    Severity::Error,
                    &vars("SMTP", "POP3", "995 and 110"),
                    lang,
                ),
                finding(
                    "wrong-protocol-on-port",
                    Panel::Outgoing,
                    Severity::Error,
                    &vars("POP3", "SMTP", "465 and 587"),
                    lang,
                ),
            ]
        },
    };
    let guide = assert_opens_on(
        &app_for(&case, Lang::En),
        "wrong-protocol-on-port",
        Panel::Incoming,
    );
    let first = &guide.steps[guide.start];
    assert!(first.say[0].contains("Exchange"), "{first:?}");
    assert_eq!(first.label, "Swapped ports (in)");
}

#[test]
fn with_nothing_found_every_link_is_confirmed_and_it_opens_on_a_check_to_make() {
    let app = app_after(healthy_events());
    let guide = guide_of(&app);
    assert!(app.findings.is_empty(), "{:?}", app.findings);
    let first = &guide.steps[guide.start];
    assert_eq!(first.mark, Mark::Unknown);
    assert!(
        guide.steps[..guide.start]
            .iter()
            .all(|s| s.mark == Mark::Pass)
    );
}

#[test]
fn next_stops_at_the_last_step_and_back_at_the_first() {
    let mut app = app_for(&app_password(), Lang::En);
    update(&mut app, ch('g'));
    let len = guide_of(&app).len();
    for _ in 0..len + 3 {
        update(&mut app, key(KeyCode::Right));
    }
    assert_eq!(app.overlay, Overlay::Guided { step: len - 1 });
    for _ in 0..len + 3 {
        update(&mut app, key(KeyCode::Left));
    }
    assert_eq!(app.overlay, Overlay::Guided { step: 0 });
}

fn screen(app: &mut App, width: u16, height: u16) -> String {
    let terminal = draw(app, width, height);
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..height {
        for x in 0..width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_spanish_guide_has_no_english_words() {
    for case in [app_password(), receive_ok_send_fails()] {
        let mut app = app_for(&case, Lang::Es);
        update(&mut app, ch('g'));
        let len = guide_of(&app).len();
        for step in 0..len {
            app.overlay = Overlay::Guided { step };
            // The language key names the other language in its own words.
            let text = screen(&mut app, 80, 24).replace("l English", "");
            // Web addresses are not words.
            let text: String = text
                .split(' ')
                .filter(|w| !w.contains("://"))
                .collect::<Vec<_>>()
                .join(" ");
            let words: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect();
            for english in [
                "the",
                "and",
                "password",
                "say",
                "step",
                "found",
                "checked",
                "confirmed",
                "right",
                "left",
                "incoming",
                "outgoing",
                "problem",
                "sign",
                "you",
                "to",
                "of",
                "is",
                "not",
                "server",
                "mail",
                "settings",
                "check",
                "again",
                "enter",
                "next",
                "back",
                "close",
                "quit",
            ] {
                assert!(
                    !words.iter().any(|w| w == english),
                    "{english:?} in step {step}:\n{text}"
                );
            }
            assert!(!text.contains("usted") && !text.contains("Dígale"));
        }
    }
}

#[test]
fn snapshot_app_password_80x24() {
    let mut app = app_for(&app_password(), Lang::En);
    update(&mut app, ch('g'));
    insta::assert_snapshot!("guide_app_password_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn snapshot_receive_ok_send_fails_80x24_in_spanish() {
    let mut app = app_for(&receive_ok_send_fails(), Lang::Es);
    update(&mut app, ch('g'));
    insta::assert_snapshot!(
        "guide_receive_ok_send_fails_es_80x24",
        draw(&mut app, 80, 24).backend()
    );
}
