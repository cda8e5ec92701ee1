//! Secrets everywhere: servers that say the password back — in SASL challenges (plain and base64,
//! at every alignment, in other letter cases), in replies, in error texts and in a greeting sent
//! before any login (a server that learned it before). The password, its SASL PLAIN and LOGIN
//! answers and any base64 that decodes to it must appear nowhere: not in `check`'s text or JSON
//! output, not in its report (private or not), not on the dashboard (hints, transcripts, each
//! panel) and not in a report the dashboard saves.
//!
//! The search is independent of the product's own: each artifact is looked through for the
//! password in any letter case, and every run of base64 in it is decoded from each of its four
//! character offsets and looked through too.

mod support;

use std::sync::Arc;
use std::time::Duration;
use support::scripted;
use support::tui as tui_support;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use mailtriage::account::{Endpoint, Plan, Secret, Security};
use mailtriage::finding::Lang;
use mailtriage::lab::{Lab, Server as LabServer, ServerSpec, Transport};
use mailtriage::model::Panel;
use mailtriage::probe::{self, Scope};
use mailtriage::proto::sasl::{login_response, plain_response};
use mailtriage::tui::app::App;
use mailtriage::tui::engine::Engine as _;
use mailtriage::tui::live_engine::LiveEngine;
use mailtriage::tui::msg::Msg;
use mailtriage::tui::update::{Cmd, update};
use ratatui::crossterm::event::KeyCode;
use scripted::{Peer, Server, mailtriage, run, verb};
use tokio::sync::mpsc;

const USER: &str = "echo.tester@example.test";
const PASSWORD: &str = "Echo-Canary7#pw";

fn b64(text: &str) -> String {
    STANDARD.encode(text)
}

/// The value of each base64 character (both alphabets).
fn base64_value(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

/// Decode as far as the characters go.
fn decode_lenient(chars: &[u8]) -> Vec<u8> {
    let (mut out, mut acc, mut bits) = (Vec::new(), 0u32, 0);
    for v in chars.iter().filter_map(|b| base64_value(*b)) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// Where the password shows in `bytes`, directly or through up to two layers of base64.
fn find_password(bytes: &[u8], depth: usize) -> Option<String> {
    let text = String::from_utf8_lossy(bytes).to_lowercase();
    let password = PASSWORD.to_lowercase();
    let plain = plain_response(USER, PASSWORD);
    let login = login_response(PASSWORD);
    let raw = String::from_utf8_lossy(bytes);
    for form in [plain.as_str(), login.as_str()] {
        if raw.contains(form) {
            return Some(format!("the encoded form {form}"));
        }
    }
    if let Some(at) = text.find(&password) {
        let from = text.floor_char_boundary(at.saturating_sub(40));
        return Some(format!("the password, after {:?}", &text[from..at]));
    }
    if depth == 0 {
        return None;
    }
    let runs = bytes.split(|b| base64_value(*b).is_none());
    for run in runs.filter(|r| r.len() >= 8) {
        for offset in 0..4.min(run.len()) {
            let decoded = decode_lenient(&run[offset..]);
            if let Some(found) = find_password(&decoded, depth - 1) {
                return Some(format!(
                    "{found} inside base64 {}",
                    String::from_utf8_lossy(run)
                ));
            }
        }
    }
    None
}

fn assert_clean(what: &str, bytes: &[u8]) {
    if let Some(found) = find_password(bytes, 2) {
        panic!("{found} in {what}:\n{}", String::from_utf8_lossy(bytes));
    }
}

/// A POP3 server that knows the password before anyone logs in and says it back every way it
/// can: in its greeting and capabilities, in both AUTH LOGIN challenges (base64 at different
/// alignments, once in capitals) and in its refusal (as sent, decoded, in base64 and as a PLAIN
/// answer).
fn echoing_pop3(peer: &mut Peer) {
    if !peer.send(format!("+OK ready; the last password used here was {PASSWORD}\r\n").as_bytes()) {
        return;
    }
    let mut login_stage = 0;
    while let Some(line) = peer.line() {
        let reply = match (verb(&line).as_str(), login_stage) {
            ("CAPA", _) => format!(
                "+OK\r\nSASL LOGIN\r\nX-REMEMBERS {}\r\nUIDL\r\n.",
                PASSWORD.to_lowercase()
            ),
            ("AUTH", _) => {
                login_stage = 1;
                format!("+ {}", b64("Username:"))
            }
            ("QUIT", _) => {
                peer.send(b"+OK bye\r\n");
                return;
            }
            (_, 1) => {
                login_stage = 2;
                format!(
                    "+ {}",
                    b64(&format!("x {}. Password:", PASSWORD.to_uppercase()))
                )
            }
            (_, 2) => {
                login_stage = 3;
                format!(
                    "-ERR [AUTH] refused {line} ({PASSWORD}, {}); as PLAIN that is {}",
                    b64(&format!("Hi {PASSWORD}")),
                    plain_response(USER, PASSWORD)
                )
            }
            _ => format!("-ERR what is {line}"),
        };
        if !peer.send(format!("{reply}\r\n").as_bytes()) {
            return;
        }
    }
}

/// An SMTP server that does the same in its greeting (base64), EHLO reply, challenges and its
/// multi-line refusal.
fn echoing_smtp(peer: &mut Peer) {
    let greeting = format!("220 mail.test ESMTP (known: {})\r\n", b64(PASSWORD));
    if !peer.send(greeting.as_bytes()) {
        return;
    }
    let mut login_stage = 0;
    while let Some(line) = peer.line() {
        let reply = match (verb(&line).as_str(), login_stage) {
            ("EHLO", _) => format!("250-mail.test\r\n250-AUTH LOGIN\r\n250 X-ECHO {PASSWORD}"),
            ("AUTH", _) => {
                login_stage = 1;
                format!("334 {}", b64(&format!("a{PASSWORD}")))
            }
            ("QUIT", _) => {
                peer.send(b"221 bye\r\n");
                return;
            }
            (_, 1) => {
                login_stage = 2;
                format!("334 {}", b64("Password:"))
            }
            (_, 2) => {
                login_stage = 3;
                format!(
                    "535-5.7.8 refused: {line}\r\n535 5.7.8 it was {} or {PASSWORD}",
                    b64(&format!("zz{PASSWORD}"))
                )
            }
            _ => format!("500 what is {line}"),
        };
        if !peer.send(format!("{reply}\r\n").as_bytes()) {
            return;
        }
    }
}

/// The servers really were sent the password: without it, a clean output proves nothing.
fn assert_password_was_sent(server: &Server) {
    let login = login_response(PASSWORD);
    assert!(
        server.received().iter().any(|r| r.line.contains(&login)),
        "the password never reached the server"
    );
}

fn servers() -> (Server, Server) {
    (Server::start(echoing_pop3), Server::start(echoing_smtp))
}

#[test]
fn check_text_json_and_reports_never_show_the_echoed_password() {
    let (pop, smtp) = servers();
    let (pop_spec, smtp_spec) = (pop.hostport(), smtp.hostport());
    let dir = tempfile::tempdir().expect("temporary folder");
    for (mode, extra) in [
        ("text", vec![]),
        ("json", vec!["--json"]),
        ("private", vec!["--private"]),
    ] {
        let report = dir.path().join(format!("{mode}.md"));
        let report_arg = report.to_string_lossy().into_owned();
        let mut args = vec![
            "check",
            "--timeout",
            "3",
            "--only",
            "incoming",
            "--only",
            "outgoing",
            "--pop3",
            &pop_spec,
            "--pop3-security",
            "none",
            "--smtp",
            &smtp_spec,
            "--smtp-security",
            "none",
            "--allow-plaintext-auth",
            "--user",
            USER,
            "--password-env",
            "ECHO_TEST_PASSWORD",
            "--report",
            &report_arg,
        ];
        args.extend(extra.iter().copied());
        let mut cmd = mailtriage(&args);
        cmd.env("ECHO_TEST_PASSWORD", PASSWORD);
        let r = run(cmd);
        r.assert_well_behaved();
        assert_clean(&format!("{mode}: stdout"), &r.stdout);
        assert_clean(&format!("{mode}: stderr"), &r.stderr);
        let written = std::fs::read(&report).expect("report written");
        assert_clean(&format!("{mode}: report"), &written);
        if mode == "json" {
            let doc = r.json();
            assert_eq!(scripted::status(&doc, "incoming", "login"), "failed");
            assert_eq!(scripted::status(&doc, "outgoing", "login"), "failed");
            // The challenges were decoded, and scrubbed after decoding.
            let transcript = scripted::panel(&doc, "incoming")["transcript"].to_string();
            assert!(
                transcript.contains(r#"*** (answer to \"Username:\")"#),
                "{transcript}"
            );
            let transcript = scripted::panel(&doc, "outgoing")["transcript"].to_string();
            assert!(
                transcript.contains(r#"*** (answer to \"Password:\")"#),
                "{transcript}"
            );
        }
    }
    assert_password_was_sent(&pop);
    assert_password_was_sent(&smtp);
}

/// The plan the dashboard is started with: both scripted servers, plain text allowed.
fn dashboard_plan(pop: &Server, smtp: &Server) -> Plan {
    let endpoint = |server: &Server| Endpoint {
        host: "127.0.0.1".into(),
        port: server.port().parse().expect("a port"),
        security: Security::None,
    };
    let mut plan = Plan::new(Some(endpoint(pop)), Some(endpoint(smtp)));
    plan.user = Some(USER.into());
    plan.password = Some(Secret::new(PASSWORD));
    plan.allow_plaintext_auth = true;
    plan.step_timeout = Duration::from_secs(3);
    plan
}

/// Every cell of the screen, row by row, and the rows joined (a password cut by a row's end is
/// found too).
fn screen_text(app: &mut App) -> String {
    let terminal = tui_support::draw(app, 220, 90);
    let buffer = terminal.backend().buffer();
    let width = buffer.area.width as usize;
    let cells: String = buffer.content.iter().map(|c| c.symbol()).collect();
    let rows: Vec<String> = cells
        .chars()
        .collect::<Vec<_>>()
        .chunks(width)
        .map(|r| r.iter().collect())
        .collect();
    format!("{}\n{}", rows.join("\n"), rows.concat())
}

#[test]
fn the_dashboard_never_shows_the_echoed_password() {
    let (pop, smtp) = servers();
    let mut app = App::new(
        Some(dashboard_plan(&pop, &smtp)),
        tui_support::config(Lang::En),
    );
    let cmds = update(
        &mut app,
        Msg::Start {
            at_ms: tui_support::T0,
        },
    );
    let (run_id, plan, scope) = cmds
        .into_iter()
        .find_map(|c| match c {
            Cmd::Probe { run, plan, scope } => Some((run, plan, scope)),
            _ => None,
        })
        .expect("a plan starts a check");
    // The real probe engine, on the mail panels only (the network panel would leave loopback).
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let events = runtime.block_on(async {
        let (tx, mut rx) = mpsc::channel(256);
        let probes = tokio::spawn(probe::run(
            Arc::clone(&plan),
            vec![Panel::Incoming, Panel::Outgoing],
            scope,
            tx,
        ));
        let mut events = Vec::new();
        while let Some(e) = rx.recv().await {
            events.push(e);
        }
        probes.await.expect("the probe task ends");
        events
    });
    assert!(scope == Scope::Full);
    tui_support::feed_run(&mut app, run_id, events, tui_support::T0);
    assert!(!app.findings.is_empty(), "the refused logins give hints");
    assert_password_was_sent(&pop);
    assert_password_was_sent(&smtp);

    let mut seen_transcript = false;
    for panel in ['2', '3'] {
        update(&mut app, tui_support::ch(panel));
        for scope_key in [None, Some('f')] {
            if let Some(k) = scope_key {
                update(&mut app, tui_support::ch(k));
            }
            for _pane in 0..2 {
                let screen = screen_text(&mut app);
                assert_clean(&format!("the dashboard, panel {panel}"), screen.as_bytes());
                seen_transcript |= screen.contains("answer to");
                update(&mut app, tui_support::ch('t'));
            }
            // Scroll through a long transcript too.
            for _ in 0..3 {
                update(&mut app, tui_support::key(KeyCode::PageDown));
                let screen = screen_text(&mut app);
                assert_clean(&format!("the dashboard, panel {panel}"), screen.as_bytes());
            }
        }
    }
    assert!(
        seen_transcript,
        "no transcript was drawn: the test proves nothing"
    );

    // The report the dashboard saves (`w`).
    let saved = update(&mut app, tui_support::ch('w'))
        .into_iter()
        .find_map(|c| match c {
            Cmd::SaveReport { outcome, plan } => Some((outcome, plan)),
            _ => None,
        })
        .expect("`w` saves a report");
    let dir = tempfile::tempdir().expect("temporary folder");
    let paths = LiveEngine::new()
        .save_report(&saved.0, &saved.1, dir.path())
        .expect("report saved");
    for entry in std::fs::read_dir(dir.path()).expect("folder") {
        let file = entry.expect("entry").path();
        assert_clean(
            &file.display().to_string(),
            &std::fs::read(&file).expect("saved file"),
        );
    }
    assert!(paths.markdown.exists() && paths.json.exists());
}

/// A plain-text POP3 server with an APOP stamp in its greeting and no other way in; it
/// refuses every digest.
fn apop_only_server(lab: &Lab) -> LabServer {
    let spec = ServerSpec::pop3(Transport::Plain, USER, PASSWORD)
        .greeting("+OK POP3 ready <4242.1700000000@pop.apop.test>")
        .capabilities(&["UIDL"])
        .sasl(&[])
        .reply("APOP", "-ERR [AUTH] Authentication failed.");
    lab.start(spec).expect("start the APOP server")
}

fn apop_check(server: &LabServer, extra: &[&str]) -> serde_json::Value {
    let spec = server.addr().to_string();
    let mut args = vec![
        "check",
        "--json",
        "--timeout",
        "3",
        "--only",
        "incoming",
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--user",
        USER,
        "--password-env",
        "ECHO_TEST_PASSWORD",
    ];
    args.extend_from_slice(extra);
    let mut cmd = mailtriage(&args);
    cmd.env("ECHO_TEST_PASSWORD", PASSWORD);
    let r = run(cmd);
    r.assert_well_behaved();
    r.json()
}

#[test]
fn no_apop_over_plain_text_without_the_opt_in() {
    let lab = Lab::new().expect("the lab");
    let server = apop_only_server(&lab);
    let doc = apop_check(&server, &[]);
    let login = scripted::step(&doc, "incoming", "login").expect("login step");
    assert_eq!(login["status"], "warn", "{login}");
    assert_eq!(login["evidence"]["kind"], "declined", "{login}");
    let ids: Vec<&str> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["id"].as_str())
        .collect();
    assert!(ids.contains(&"auth-refused-insecure"), "{ids:?}");
    let verbs = server.log().verbs();
    assert!(
        verbs
            .iter()
            .all(|v| !["APOP", "USER", "PASS", "AUTH"].contains(&v.as_str())),
        "{verbs:?}"
    );
    assert!(verbs.contains(&"QUIT".to_string()), "{verbs:?}");

    // With the opt-in, APOP is used (and this server refuses every digest).
    let server = apop_only_server(&lab);
    let doc = apop_check(&server, &["--allow-plaintext-auth"]);
    assert_eq!(scripted::status(&doc, "incoming", "login"), "failed");
    assert!(
        server.log().received("APOP"),
        "APOP was not sent with the opt-in"
    );
}
