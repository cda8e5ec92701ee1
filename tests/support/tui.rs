//! Shared fixtures of the dashboard tests: a plan, synthetic probe events of a healthy and of a
//! failing account, and helpers that feed messages and draw on a test backend.

#![allow(dead_code)]

use std::time::Duration;

use mailtriage::account::{Endpoint, Plan, Protocol, Secret, Security};
use mailtriage::finding::{Finding, Lang, Severity};
use mailtriage::model::{
    CertVerdict, Direction, EventKind, Evidence, IoFailure, Panel, ProbeEvent, ServerInfo,
    SessionFacts, StepKind, StepRecord, StepStatus, TlsInfo, TranscriptLine,
};
use mailtriage::preset::{Note, UsernameForm};
use mailtriage::tui::app::{App, AppConfig};
use mailtriage::tui::msg::Msg;
use mailtriage::tui::presets::PresetChoice;
use mailtriage::tui::theme::Theme;
use mailtriage::tui::update::{Cmd, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// 2023-11-14 22:13:20 UTC.
pub const T0: i64 = 1_700_000_000_000;

/// A dashboard plan: POP3 on 995 with TLS, SMTP on 587 with STARTTLS, at example.org, with a
/// user and password.
pub fn plan() -> Plan {
    plan_with((995, Security::Tls), (587, Security::Starttls))
}

/// [`plan`] with these POP3 and SMTP ports and security.
pub fn plan_with(pop3: (u16, Security), smtp: (u16, Security)) -> Plan {
    plan_for(
        ("pop.example.org", pop3.0, pop3.1),
        ("smtp.example.org", smtp.0, smtp.1),
        "alice@example.org",
    )
}

/// A plan for these POP3 and SMTP servers, each `(host, port, security)`, and this user, with a
/// password.
pub fn plan_for(pop3: (&str, u16, Security), smtp: (&str, u16, Security), user: &str) -> Plan {
    let endpoint = |(host, port, security): (&str, u16, Security)| Endpoint {
        host: host.into(),
        port,
        security,
    };
    let mut plan = Plan::new(Some(endpoint(pop3)), Some(endpoint(smtp)));
    plan.user = Some(user.into());
    plan.password = Some(Secret::new("correct horse"));
    plan
}

pub fn presets() -> Vec<PresetChoice> {
    let side = |host: &str, port, security| {
        Some(Endpoint {
            host: host.into(),
            port,
            security,
        })
    };
    vec![
        PresetChoice {
            id: "gmail".into(),
            name: "Gmail".into(),
            incoming_protocol: Protocol::Pop3,
            incoming: side("pop.gmail.com", 995, Security::Tls),
            outgoing: side("smtp.gmail.com", 465, Security::Tls),
            username: Some(UsernameForm::FullAddress),
            notes: vec![Note::AppPasswordRequired],
        },
        PresetChoice {
            id: "gmx-com".into(),
            name: "GMX (.com .es .fr)".into(),
            incoming_protocol: Protocol::Pop3,
            incoming: side("pop.gmx.com", 995, Security::Tls),
            outgoing: side("mail.gmx.com", 587, Security::Starttls),
            username: None,
            notes: Vec::new(),
        },
        PresetChoice {
            id: "outlook".into(),
            name: "Outlook.com / Hotmail".into(),
            incoming_protocol: Protocol::Pop3,
            incoming: side("outlook.office365.com", 995, Security::Tls),
            outgoing: side("smtp-mail.outlook.com", 587, Security::Starttls),
            username: None,
            notes: Vec::new(),
        },
    ]
}

pub fn config(lang: Lang) -> AppConfig {
    AppConfig {
        lang,
        theme: Theme {
            color: true,
            ascii: false,
        },
        interval: Duration::from_secs(30),
        presets: presets(),
        provider_presets: std::sync::Arc::new(mailtriage::preset::Presets::embedded()),
        utc_offset_secs: 0,
    }
}

pub fn app_with_plan() -> App {
    App::new(Some(plan()), config(Lang::En))
}

pub fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ch(c: char) -> Msg {
    key(KeyCode::Char(c))
}

pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, ch(c));
    }
}

/// The run id of the first `Probe` command.
pub fn probe_run(cmds: &[Cmd]) -> Option<u64> {
    cmds.iter().find_map(|c| match c {
        Cmd::Probe { run, .. } => Some(*run),
        _ => None,
    })
}

/// Feed the events of one run (each 10 ms after the previous) and finish it.
pub fn feed_run(app: &mut App, run: u64, events: Vec<ProbeEvent>, start_ms: i64) -> i64 {
    let mut at = start_ms;
    for event in events {
        at += 10;
        update(
            app,
            Msg::Probe {
                run,
                event,
                at_ms: at,
            },
        );
    }
    at += 10;
    update(app, Msg::RunFinished { run, at_ms: at });
    at
}

/// Start the dashboard and run one full check with these events.
pub fn app_after(events: Vec<ProbeEvent>) -> App {
    let mut app = app_with_plan();
    let cmds = update(&mut app, Msg::Start { at_ms: T0 });
    let run = probe_run(&cmds).expect("a plan starts a full check");
    feed_run(&mut app, run, events, T0);
    app
}

fn ev(panel: Panel, kind: EventKind) -> ProbeEvent {
    ProbeEvent { panel, kind }
}

fn step(
    panel: Panel,
    step: StepKind,
    target: Option<&str>,
    status: StepStatus,
    ms: f64,
    detail: &str,
    evidence: Option<Evidence>,
) -> Vec<ProbeEvent> {
    vec![
        ev(
            panel,
            EventKind::StepStarted {
                step,
                target: target.map(str::to_string),
            },
        ),
        ev(
            panel,
            EventKind::StepFinished(StepRecord {
                step,
                target: target.map(str::to_string),
                status,
                elapsed_ms: ms,
                detail: detail.into(),
                evidence,
            }),
        ),
    ]
}

fn line(
    panel: Panel,
    offset_ms: f64,
    dir: Direction,
    text: impl Into<mailtriage::model::Said>,
) -> ProbeEvent {
    ev(
        panel,
        EventKind::Transcript(TranscriptLine {
            offset_ms,
            dir,
            text: text.into(),
        }),
    )
}

fn started(panel: Panel, host: Option<(&str, u16)>, security: Option<Security>) -> ProbeEvent {
    ev(
        panel,
        EventKind::PanelStarted {
            server: host.map(|(h, p)| ServerInfo {
                host: h.into(),
                port: p,
                address: None,
            }),
            security,
        },
    )
}

fn tls_info(host: &str) -> TlsInfo {
    TlsInfo {
        server_name: host.into(),
        version: Some("TLSv1.3".into()),
        cipher_suite: Some("TLS13_AES_256_GCM_SHA384".into()),
        chain: Vec::new(),
        verdict: CertVerdict::Valid,
        verdict_detail: "valid until 2024-02-01T00:00:00Z".into(),
    }
}

fn network_events() -> Vec<ProbeEvent> {
    let n = Panel::Network;
    let mut out = vec![started(n, None, None)];
    out.extend(step(
        n,
        StepKind::Dns,
        Some("pop.example.org"),
        StepStatus::Ok,
        4.2,
        "192.0.2.10",
        None,
    ));
    out.extend(step(
        n,
        StepKind::Dns,
        Some("smtp.example.org"),
        StepStatus::Ok,
        3.8,
        "192.0.2.25",
        None,
    ));
    out.extend(step(
        n,
        StepKind::Tcp,
        Some("pop.example.org ipv4 192.0.2.10:995"),
        StepStatus::Ok,
        21.0,
        "",
        None,
    ));
    out.extend(step(
        n,
        StepKind::Tcp,
        Some("smtp.example.org ipv4 192.0.2.25:587"),
        StepStatus::Ok,
        24.0,
        "",
        None,
    ));
    out.push(ev(n, EventKind::PanelFinished { elapsed_ms: 55.0 }));
    out
}

fn incoming_events(login_ok: bool) -> Vec<ProbeEvent> {
    let p = Panel::Incoming;
    let mut out = vec![started(
        p,
        Some(("pop.example.org", 995)),
        Some(Security::Tls),
    )];
    out.extend(step(
        p,
        StepKind::Dns,
        None,
        StepStatus::Ok,
        4.1,
        "192.0.2.10",
        None,
    ));
    out.extend(step(
        p,
        StepKind::Tcp,
        None,
        StepStatus::Ok,
        22.0,
        "192.0.2.10:995",
        None,
    ));
    out.push(ev(
        p,
        EventKind::Connected {
            address: "192.0.2.10:995".into(),
        },
    ));
    out.push(line(
        p,
        22.0,
        Direction::Info,
        mailtriage_core::said!("transcript-connected", address = "192.0.2.10:995"),
    ));
    out.extend(step(
        p,
        StepKind::Tls,
        None,
        StepStatus::Ok,
        41.0,
        "TLSv1.3, certificate valid",
        None,
    ));
    out.push(ev(p, EventKind::Tls(tls_info("pop.example.org"))));
    out.push(line(
        p,
        63.0,
        Direction::Info,
        "TLSv1.3 TLS13_AES_256_GCM_SHA384",
    ));
    out.push(line(p, 70.0, Direction::Received, "+OK Dovecot ready."));
    out.extend(step(
        p,
        StepKind::Greeting,
        None,
        StepStatus::Ok,
        7.0,
        "+OK Dovecot ready.",
        None,
    ));
    out.push(line(p, 71.0, Direction::Sent, "CAPA"));
    for text in ["+OK", "TOP", "UIDL", "USER", "SASL PLAIN", "."] {
        out.push(line(p, 75.0, Direction::Received, text));
    }
    out.extend(step(
        p,
        StepKind::Capa,
        None,
        StepStatus::Ok,
        4.0,
        "UIDL USER SASL PLAIN",
        None,
    ));
    out.push(line(p, 80.0, Direction::Sent, "USER alice@example.org"));
    out.push(line(p, 84.0, Direction::Received, "+OK"));
    out.push(line(p, 85.0, Direction::Sent, "PASS ***"));
    if login_ok {
        out.push(line(p, 120.0, Direction::Received, "+OK Logged in."));
        out.extend(step(
            p,
            StepKind::Login,
            None,
            StepStatus::Ok,
            40.0,
            "USER/PASS",
            None,
        ));
        out.push(line(p, 121.0, Direction::Sent, "STAT"));
        out.push(line(p, 124.0, Direction::Received, "+OK 3 48213"));
        out.extend(step(
            p,
            StepKind::Stat,
            None,
            StepStatus::Ok,
            3.0,
            "3 messages, 48213 octets",
            None,
        ));
        out.push(line(p, 125.0, Direction::Sent, "UIDL"));
        out.push(line(p, 129.0, Direction::Received, "+OK"));
        out.extend(step(
            p,
            StepKind::Uidl,
            None,
            StepStatus::Ok,
            4.0,
            "3 ids",
            None,
        ));
        out.push(ev(
            p,
            EventKind::Facts(SessionFacts {
                greeting: Some("+OK Dovecot ready.".into()),
                login_method: Some("USER/PASS".into()),
                login_ok: Some(true),
                message_count: Some(3),
                mailbox_octets: Some(48213),
                uidl_ok: Some(true),
                ..SessionFacts::default()
            }),
        ));
    } else {
        let reply = "-ERR [AUTH] Authentication failed.";
        out.push(line(p, 2085.0, Direction::Received, reply));
        out.extend(step(
            p,
            StepKind::Login,
            None,
            StepStatus::Failed,
            2000.0,
            reply,
            Some(Evidence::Reply {
                sent: Some("PASS ***".into()),
                reply: reply.into(),
            }),
        ));
        out.push(ev(
            p,
            EventKind::Facts(SessionFacts {
                greeting: Some("+OK Dovecot ready.".into()),
                login_method: Some("USER/PASS".into()),
                login_ok: Some(false),
                ..SessionFacts::default()
            }),
        ));
    }
    out.push(line(p, 2090.0, Direction::Sent, "QUIT"));
    out.extend(step(
        p,
        StepKind::Quit,
        None,
        StepStatus::Ok,
        2.0,
        "+OK Logging out.",
        None,
    ));
    out.push(ev(p, EventKind::PanelFinished { elapsed_ms: 2130.0 }));
    out
}

fn outgoing_healthy() -> Vec<ProbeEvent> {
    outgoing_session(true)
}

/// The SMTP session up to the login, which the server accepts or refuses with 535.
fn outgoing_session(login_ok: bool) -> Vec<ProbeEvent> {
    let p = Panel::Outgoing;
    let mut out = vec![started(
        p,
        Some(("smtp.example.org", 587)),
        Some(Security::Starttls),
    )];
    out.extend(step(
        p,
        StepKind::Dns,
        None,
        StepStatus::Ok,
        3.9,
        "192.0.2.25",
        None,
    ));
    out.extend(step(
        p,
        StepKind::Tcp,
        None,
        StepStatus::Ok,
        25.0,
        "192.0.2.25:587",
        None,
    ));
    out.push(line(
        p,
        30.0,
        Direction::Received,
        "220 smtp.example.org ESMTP Postfix",
    ));
    out.extend(step(
        p,
        StepKind::Greeting,
        None,
        StepStatus::Ok,
        6.0,
        "220 smtp.example.org ESMTP Postfix",
        None,
    ));
    out.push(line(
        p,
        31.0,
        Direction::Sent,
        "EHLO mailtriage.localdomain",
    ));
    out.push(line(p, 35.0, Direction::Received, "250-smtp.example.org"));
    out.push(line(p, 35.0, Direction::Received, "250-STARTTLS"));
    out.push(line(p, 35.0, Direction::Received, "250 8BITMIME"));
    out.extend(step(
        p,
        StepKind::Ehlo,
        None,
        StepStatus::Ok,
        4.0,
        "STARTTLS 8BITMIME",
        None,
    ));
    out.push(line(p, 36.0, Direction::Sent, "STARTTLS"));
    out.push(line(
        p,
        39.0,
        Direction::Received,
        "220 2.0.0 Ready to start TLS",
    ));
    out.extend(step(
        p,
        StepKind::Starttls,
        None,
        StepStatus::Ok,
        3.0,
        "220 2.0.0 Ready to start TLS",
        None,
    ));
    out.extend(step(
        p,
        StepKind::Tls,
        None,
        StepStatus::Ok,
        38.0,
        "TLSv1.3, certificate valid",
        None,
    ));
    out.push(ev(p, EventKind::Tls(tls_info("smtp.example.org"))));
    out.push(line(
        p,
        80.0,
        Direction::Sent,
        "EHLO mailtriage.localdomain",
    ));
    out.push(line(p, 84.0, Direction::Received, "250-AUTH PLAIN LOGIN"));
    out.extend(step(
        p,
        StepKind::Ehlo,
        None,
        StepStatus::Ok,
        4.0,
        "AUTH PLAIN LOGIN",
        None,
    ));
    out.push(line(p, 85.0, Direction::Sent, "AUTH PLAIN ***"));
    if login_ok {
        out.push(line(
            p,
            120.0,
            Direction::Received,
            "235 2.7.0 Authentication successful",
        ));
        out.extend(step(
            p,
            StepKind::Login,
            None,
            StepStatus::Ok,
            35.0,
            "AUTH PLAIN",
            None,
        ));
    } else {
        let reply = "535 5.7.8 Authentication credentials invalid";
        out.push(line(p, 120.0, Direction::Received, reply));
        out.extend(step(
            p,
            StepKind::Login,
            None,
            StepStatus::Failed,
            35.0,
            reply,
            Some(Evidence::Reply {
                sent: Some("AUTH PLAIN ***".into()),
                reply: reply.into(),
            }),
        ));
        out.push(ev(
            p,
            EventKind::Facts(SessionFacts {
                greeting: Some("220 smtp.example.org ESMTP Postfix".into()),
                login_method: Some("AUTH PLAIN".into()),
                login_ok: Some(false),
                ..SessionFacts::default()
            }),
        ));
    }
    out.push(line(p, 121.0, Direction::Sent, "QUIT"));
    out.push(line(p, 123.0, Direction::Received, "221 2.0.0 Bye"));
    out.extend(step(
        p,
        StepKind::Quit,
        None,
        StepStatus::Ok,
        2.0,
        "221 2.0.0 Bye",
        None,
    ));
    out.push(ev(p, EventKind::PanelFinished { elapsed_ms: 140.0 }));
    out
}

fn outgoing_refused() -> Vec<ProbeEvent> {
    let p = Panel::Outgoing;
    let mut out = vec![started(
        p,
        Some(("smtp.example.org", 587)),
        Some(Security::Starttls),
    )];
    out.extend(step(
        p,
        StepKind::Dns,
        None,
        StepStatus::Ok,
        3.9,
        "192.0.2.25",
        None,
    ));
    out.push(line(
        p,
        4.0,
        Direction::Info,
        "connecting to 192.0.2.25:587",
    ));
    out.push(line(p, 5.0, Direction::Info, "connection refused"));
    out.extend(step(
        p,
        StepKind::Tcp,
        None,
        StepStatus::Failed,
        1.2,
        "connection refused",
        Some(Evidence::Io {
            failure: IoFailure::Refused,
            message: "Connection refused (os error 111)".into(),
        }),
    ));
    out.push(ev(p, EventKind::PanelFinished { elapsed_ms: 6.0 }));
    out
}

/// Everything works.
pub fn healthy_events() -> Vec<ProbeEvent> {
    let mut out = network_events();
    out.extend(incoming_events(true));
    out.extend(outgoing_healthy());
    out
}

/// Mail comes in, but the outgoing server refuses the password (535): the technician's most
/// common call, "I can receive but not send".
pub fn receive_ok_send_fails_events() -> Vec<ProbeEvent> {
    let mut out = network_events();
    out.extend(incoming_events(true));
    out.extend(outgoing_session(false));
    out
}

/// The password is refused on POP3 and nothing listens on the SMTP port.
pub fn failing_events() -> Vec<ProbeEvent> {
    let mut out = network_events();
    out.extend(incoming_events(false));
    out.extend(outgoing_refused());
    out
}

/// Findings as diagnosis would make them for [`failing_events`] (diagnosis rules live elsewhere;
/// the dashboard only lays them out).
pub fn failing_findings() -> Vec<Finding> {
    vec![
        Finding {
            id: "auth-failed".into(),
            severity: Severity::Error,
            panel: Panel::Incoming,
            title: "The server refused the user name or password".into(),
            explanation: "pop.example.org answered the password with an authentication error. The connection and encryption are fine.".into(),
            fix: vec![
                "Check the user name: this provider wants the full address.".into(),
                "Type the password again, watching Caps Lock.".into(),
                "Try the same password in webmail.".into(),
            ],
            evidence: vec!["-ERR [AUTH] Authentication failed.".into()],
        },
        Finding {
            id: "tcp-refused".into(),
            severity: Severity::Error,
            panel: Panel::Outgoing,
            title: "Nothing answers on port 587".into(),
            explanation: "smtp.example.org refused the connection: the port is wrong or the service is down.".into(),
            fix: vec![
                "Check the provider's settings for the outgoing port.".into(),
                "Press s to scan the usual ports.".into(),
            ],
            evidence: vec!["Connection refused (os error 111)".into()],
        },
    ]
}

/// Draw the app on a `width`×`height` test terminal.
pub fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal
        .draw(|frame| mailtriage::tui::ui::draw(frame, app))
        .expect("draw");
    terminal
}
