//! Hostile servers that try to hold a check forever: endless SASL challenges, oversized
//! challenges, replies that each arrive just inside the step deadline, and a check interrupted
//! mid-session. Whatever they do, the login is tried once, the SASL exchange is cancelled, the
//! session ends within its overall deadline, and `check` prints its full report (text and JSON,
//! the JSON valid against its schema).
#![allow(unsafe_code)] // libc calls the standard library does not offer

mod support;

use std::io::Read;
use std::process::Stdio;
use std::thread;
use std::time::{Duration, Instant};
use support::scripted;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use scripted::{Peer, Server, mailtriage, run, status, step, verb};
use serde_json::Value;

const CHECK_SCHEMA: &str = include_str!("../crates/core/src/report/check.schema.json");

const USER: &str = "alice";
const PASSWORD: &str = "s3cret-Pw";
/// The detail of a login cancelled after every credential line was sent.
const KEPT_ASKING: &str = "the server kept asking after the password was sent";
/// The detail of a login cancelled on a challenge too long for PLAIN or LOGIN.
const TOO_LONG: &str =
    "the server's login challenge was too long for a password login, so the login was cancelled";
/// Slack for starting the binary and writing its report, on a busy machine.
const MARGIN: Duration = Duration::from_millis(2500);

/// `check` of one plain-text server with a password allowed over plain text.
fn check(protocol: &str, server: &Server, extra: &[&str]) -> scripted::Run {
    let spec = server.hostport();
    let (flag, security, panel) = match protocol {
        "pop3" => ("--pop3", "--pop3-security", "incoming"),
        _ => ("--smtp", "--smtp-security", "outgoing"),
    };
    let mut args = vec![
        "check",
        flag,
        &spec,
        security,
        "none",
        "--only",
        panel,
        "--user",
        USER,
        "--allow-plaintext-auth",
    ];
    args.extend_from_slice(extra);
    let mut cmd = mailtriage(&args);
    cmd.env("MAILTRIAGE_PASSWORD", PASSWORD);
    run(cmd)
}

fn b64(text: &str) -> String {
    STANDARD.encode(text.as_bytes())
}

/// Lines the client sent, on every connection.
fn lines(server: &Server) -> Vec<String> {
    server.received().into_iter().map(|r| r.line).collect()
}

/// The server saw exactly one credential exchange: one AUTH (or USER), the password in at most
/// one line, in whatever form.
fn assert_one_exchange(server: &Server) {
    let sent = lines(server);
    let auths = sent
        .iter()
        .filter(|l| matches!(verb(l).as_str(), "AUTH" | "USER" | "APOP"))
        .count();
    assert_eq!(auths, 1, "login commands: {sent:?}");
    let plain = STANDARD.encode(format!("\0{USER}\0{PASSWORD}"));
    let password_lines = sent
        .iter()
        .filter(|l| l.contains(PASSWORD) || l.contains(&b64(PASSWORD)) || l.contains(&plain))
        .count();
    assert!(password_lines <= 1, "the password went out twice: {sent:?}");
}

fn assert_within(run: &scripted::Run, bound: Duration) {
    assert!(
        run.wall <= bound,
        "the check took {:.2} s, its bound is {:.2} s",
        run.wall.as_secs_f64(),
        bound.as_secs_f64()
    );
}

fn assert_schema(doc: &Value) {
    let schema: Value = serde_json::from_str(CHECK_SCHEMA).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema is a JSON Schema");
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}\n{doc:#}", errors.join("\n"));
}

fn detail(doc: &Value, panel: &str, kind: &str) -> String {
    step(doc, panel, kind)
        .and_then(|s| s["detail"].as_str())
        .unwrap_or("")
        .to_string()
}

/// An SMTP server that offers `mechanisms` and answers everything after AUTH with `challenge`.
fn endless_smtp(mechanisms: &'static str, challenge: String) -> Server {
    Server::start(move |peer: &mut Peer| {
        if !peer.send(b"220 mail.test ESMTP\r\n") {
            return;
        }
        let mut in_auth = false;
        while let Some(line) = peer.line() {
            let reply = match verb(&line).as_str() {
                _ if in_auth => format!("{challenge}\r\n"),
                "EHLO" => format!("250-mail.test\r\n250 AUTH {mechanisms}\r\n"),
                "AUTH" => {
                    in_auth = true;
                    format!("{challenge}\r\n")
                }
                "QUIT" => {
                    peer.send(b"221 bye\r\n");
                    return;
                }
                _ => "502 no\r\n".to_string(),
            };
            if !peer.send(reply.as_bytes()) {
                return;
            }
        }
    })
}

/// A POP3 server that lists `sasl` and answers everything after AUTH with `challenge`.
fn endless_pop3(sasl: &'static str, challenge: String) -> Server {
    Server::start(move |peer: &mut Peer| {
        if !peer.send(b"+OK ready\r\n") {
            return;
        }
        let mut in_auth = false;
        while let Some(line) = peer.line() {
            let reply = match verb(&line).as_str() {
                _ if in_auth => format!("{challenge}\r\n"),
                "CAPA" => format!("+OK\r\nSASL {sasl}\r\n.\r\n"),
                "AUTH" => {
                    in_auth = true;
                    format!("{challenge}\r\n")
                }
                "QUIT" => {
                    peer.send(b"+OK bye\r\n");
                    return;
                }
                _ => "-ERR no\r\n".to_string(),
            };
            if !peer.send(reply.as_bytes()) {
                return;
            }
        }
    })
}

/// The login failed with `expected` as its detail, the run ended by itself well before the
/// step deadline could matter, and the report is whole.
fn assert_cancelled(run: &scripted::Run, panel: &str, expected: &str) {
    run.assert_well_behaved();
    assert_within(run, Duration::from_secs(5));
    let doc = run.json();
    assert_schema(&doc);
    assert_eq!(status(&doc, panel, "login"), "failed", "{doc:#}");
    assert_eq!(detail(&doc, panel, "login"), expected);
}

#[test]
fn endless_334_to_smtp_auth_login_is_cancelled_after_the_password() {
    let server = endless_smtp("LOGIN", "334 UGFzc3dvcmQ6".into());
    let r = check("smtp", &server, &["--json", "--timeout", "5"]);
    assert_cancelled(&r, "outgoing", KEPT_ASKING);
    assert_one_exchange(&server);
    assert_eq!(
        lines(&server)[1..],
        ["AUTH LOGIN", &b64(USER), &b64(PASSWORD), "*", "QUIT"]
    );
}

#[test]
fn endless_334_to_smtp_auth_plain_is_cancelled_at_once() {
    let server = endless_smtp("PLAIN", "334 ".into());
    let r = check("smtp", &server, &["--json", "--timeout", "5"]);
    assert_cancelled(&r, "outgoing", KEPT_ASKING);
    assert_one_exchange(&server);
    let sent = lines(&server);
    assert!(sent[1].starts_with("AUTH PLAIN "), "{sent:?}");
    assert_eq!(sent[2..], ["*", "QUIT"]);
}

#[test]
fn endless_plus_to_pop3_auth_login_is_cancelled_after_the_password() {
    let server = endless_pop3("LOGIN", "+ UGFzc3dvcmQ6".into());
    let r = check("pop3", &server, &["--json", "--timeout", "5"]);
    assert_cancelled(&r, "incoming", KEPT_ASKING);
    assert_one_exchange(&server);
    assert_eq!(
        lines(&server)[1..],
        ["AUTH LOGIN", &b64(USER), &b64(PASSWORD), "*", "QUIT"]
    );
}

#[test]
fn endless_plus_to_pop3_auth_plain_is_cancelled_at_once() {
    let server = endless_pop3("PLAIN", "+ ".into());
    let r = check("pop3", &server, &["--json", "--timeout", "5"]);
    assert_cancelled(&r, "incoming", KEPT_ASKING);
    assert_one_exchange(&server);
    let sent = lines(&server);
    assert!(sent[1].starts_with("AUTH PLAIN "), "{sent:?}");
    assert_eq!(sent[2..], ["*", "QUIT"]);
}

#[test]
fn an_oversized_challenge_is_cancelled_before_any_credential() {
    let big = "A".repeat(4000);
    let smtp = endless_smtp("LOGIN", format!("334 {big}"));
    let r = check("smtp", &smtp, &["--json", "--timeout", "5"]);
    assert_cancelled(&r, "outgoing", TOO_LONG);
    assert_eq!(lines(&smtp)[1..], ["AUTH LOGIN", "*", "QUIT"]);
    assert_one_exchange(&smtp);

    let pop3 = endless_pop3("LOGIN", format!("+ {big}"));
    let r = check("pop3", &pop3, &["--json", "--timeout", "5"]);
    assert_cancelled(&r, "incoming", TOO_LONG);
    assert_eq!(lines(&pop3)[1..], ["AUTH LOGIN", "*", "QUIT"]);
    assert_one_exchange(&pop3);
}

/// A POP3 server that answers every command correctly, each reply `delay` late.
fn slow_pop3(delay: Duration) -> Server {
    Server::start(move |peer: &mut Peer| {
        thread::sleep(delay);
        if !peer.send(b"+OK slow but steady\r\n") {
            return;
        }
        while let Some(line) = peer.line() {
            thread::sleep(delay);
            let reply: &[u8] = match verb(&line).as_str() {
                "CAPA" => b"+OK\r\nUSER\r\nUIDL\r\n.\r\n",
                "USER" | "PASS" => b"+OK\r\n",
                "STAT" => b"+OK 2 640\r\n",
                "UIDL" => b"+OK 1 abc\r\n",
                "QUIT" => {
                    peer.send(b"+OK bye\r\n");
                    return;
                }
                _ => b"-ERR no\r\n",
            };
            if !peer.send(reply) {
                return;
            }
        }
    })
}

/// The step a session limit cut short, and its evidence message.
fn cut_step(doc: &Value, panel: &str) -> (String, String) {
    let steps = doc["panels"]
        .as_array()
        .and_then(|panels| panels.iter().find(|p| p["panel"] == panel))
        .and_then(|p| p["steps"].as_array())
        .cloned()
        .unwrap_or_default();
    let cut = steps
        .iter()
        .find(|s| {
            s["evidence"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("session limit"))
        })
        .unwrap_or_else(|| panic!("no step names the session limit: {doc:#}"));
    assert_eq!(cut["status"], "failed");
    assert_eq!(cut["evidence"]["failure"], "timeout");
    (
        cut["step"].as_str().unwrap_or("").to_string(),
        cut["evidence"]["message"]
            .as_str()
            .unwrap_or("")
            .to_string(),
    )
}

#[test]
fn replies_each_just_inside_the_step_deadline_end_at_the_derived_session_deadline() {
    // Step deadline 1 s, every reply after 0.8 s. The session calls for 10 steps (look-up,
    // connect, greeting, CAPA, three login round trips, STAT, UIDL, QUIT), so its deadline is
    // 1 s × (10 + 3) / 3 = 4.33 s, while the server would need 5.6 s for its replies.
    let limit = Duration::from_millis(4334);
    let server = slow_pop3(Duration::from_millis(800));
    let r = check("pop3", &server, &["--json", "--timeout", "1"]);
    r.assert_well_behaved();
    assert_eq!(r.code, Some(1));
    assert!(r.wall >= limit, "ended before the limit: {:?}", r.wall);
    assert_within(&r, limit + MARGIN);
    let doc = r.json();
    assert_schema(&doc);
    let (_, message) = cut_step(&doc, "incoming");
    assert!(message.contains("4.3 s"), "{message}");
    assert_eq!(status(&doc, "incoming", "greeting"), "ok");
    assert_eq!(status(&doc, "incoming", "login"), "ok");
    assert_one_exchange(&server);

    // The same in text: the report is printed, naming the limit.
    let server = slow_pop3(Duration::from_millis(800));
    let r = check("pop3", &server, &["--timeout", "1"]);
    r.assert_well_behaved();
    assert_within(&r, limit + MARGIN);
    let text = r.stdout_text();
    assert!(
        text.contains("overall time limit") || text.contains("session limit"),
        "{text}"
    );
    assert_one_exchange(&server);
}

#[test]
fn the_session_deadline_can_be_set() {
    let server = slow_pop3(Duration::from_millis(800));
    let r = check(
        "pop3",
        &server,
        &["--json", "--timeout", "1", "--session-timeout", "2"],
    );
    r.assert_well_behaved();
    assert!(r.wall >= Duration::from_secs(2), "{:?}", r.wall);
    assert_within(&r, Duration::from_secs(2) + MARGIN);
    let doc = r.json();
    assert_schema(&doc);
    let (step, message) = cut_step(&doc, "incoming");
    assert!(message.contains("2.0 s"), "{message}");
    // Greeting at 0.8 s, CAPA at 1.6 s, USER would answer at 2.4 s.
    assert_eq!(step, "login", "{doc:#}");
    assert_one_exchange(&server);
}

/// A POP3 server that greets and lists its capabilities, then never answers the login.
fn silent_at_login() -> Server {
    Server::start(|peer: &mut Peer| {
        if !peer.send(b"+OK ready\r\n") {
            return;
        }
        while let Some(line) = peer.line() {
            match verb(&line).as_str() {
                "CAPA" => {
                    if !peer.send(b"+OK\r\nUSER\r\n.\r\n") {
                        return;
                    }
                }
                _ => return peer.drain(),
            }
        }
    })
}

/// Run `check` against `server` until it sent `USER`, then send `signal`; returns the exit
/// code, stdout and the time from the signal to the exit.
fn interrupt_at_login(server: &Server, json: bool, signal: libc::c_int) -> (i32, String, Duration) {
    let spec = server.hostport();
    let mut args = vec![
        "check",
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--only",
        "incoming",
        "--user",
        USER,
        "--allow-plaintext-auth",
        "--timeout",
        "20",
    ];
    if json {
        args.push("--json");
    }
    let mut cmd = mailtriage(&args);
    cmd.env("MAILTRIAGE_PASSWORD", PASSWORD)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = cmd.spawn().expect("the binary starts");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = thread::spawn(move || {
        let mut out = String::new();
        let _ = stdout.read_to_string(&mut out);
        out
    });
    let started = Instant::now();
    while !lines(server).iter().any(|l| verb(l) == "USER") {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "the login never started: {:?}",
            lines(server)
        );
        thread::sleep(Duration::from_millis(10));
    }
    let pid = libc::pid_t::try_from(child.id()).expect("a pid");
    // SAFETY: signalling a child this test started and has not reaped yet.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
    let signalled = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            break status;
        }
        if signalled.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("still running 10 s after the signal");
        }
        thread::sleep(Duration::from_millis(5));
    };
    let took = signalled.elapsed();
    let out = reader.join().unwrap_or_default();
    let code = status
        .code()
        .unwrap_or_else(|| panic!("ended by a signal, not by itself: {status:?}\n{out}"));
    (code, out, took)
}

#[test]
fn sigint_mid_session_prints_what_was_seen() {
    let server = silent_at_login();
    let (code, out, took) = interrupt_at_login(&server, true, libc::SIGINT);
    assert_eq!(code, 130, "{out}");
    assert!(
        took < Duration::from_secs(2),
        "{took:?} from SIGINT to exit"
    );
    let doc: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_schema(&doc);
    assert_eq!(status(&doc, "incoming", "greeting"), "ok");
    assert_eq!(status(&doc, "incoming", "capa"), "ok");
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert!(
        detail(&doc, "incoming", "login").contains("interrupted"),
        "{doc:#}"
    );
    let message = step(&doc, "incoming", "login").map(|s| s["evidence"]["message"].clone());
    assert!(
        message.is_some_and(|m| m.as_str().is_some_and(|m| m.contains("SIGINT"))),
        "{doc:#}"
    );
    assert_one_exchange(&server);

    // SIGTERM, text output.
    let server = silent_at_login();
    let (code, out, _) = interrupt_at_login(&server, false, libc::SIGTERM);
    assert_eq!(code, 143, "{out}");
    assert!(out.contains("interrupted"), "{out}");
    assert!(out.contains("ready"), "the greeting is reported: {out}");
    assert_one_exchange(&server);
}

#[test]
fn the_step_deadline_restarts_on_each_line_from_the_server() {
    // Step deadline 1 s; the capability list takes 2.4 s, one line every 0.6 s. Each line is
    // progress, so the list is read to its end.
    let server = Server::start(|peer: &mut Peer| {
        if !peer.send(b"+OK ready\r\n") {
            return;
        }
        while let Some(line) = peer.line() {
            match verb(&line).as_str() {
                "CAPA" => {
                    for part in ["+OK\r\n", "USER\r\n", "UIDL\r\n", "TOP\r\n", ".\r\n"] {
                        if !peer.send(part.as_bytes()) {
                            return;
                        }
                        thread::sleep(Duration::from_millis(600));
                    }
                }
                "QUIT" => {
                    peer.send(b"+OK bye\r\n");
                    return;
                }
                _ => {
                    if !peer.send(b"-ERR no\r\n") {
                        return;
                    }
                }
            }
        }
    });
    let spec = server.hostport();
    let r = run(mailtriage(&[
        "check",
        "--json",
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--only",
        "incoming",
        "--timeout",
        "1",
        "--session-timeout",
        "10",
    ]));
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "incoming", "capa"), "ok", "{doc:#}");
    assert!(detail(&doc, "incoming", "capa").contains("UIDL"), "{doc:#}");
}

#[test]
fn a_handshake_that_never_ends_stops_at_the_session_deadline() {
    // Implicit TLS to a server that accepts and never answers: the handshake's own deadline
    // is 5 s, the session's 1 s.
    let server = Server::start(|peer: &mut Peer| peer.drain());
    let spec = server.hostport();
    let r = run(mailtriage(&[
        "check",
        "--json",
        "--pop3",
        &spec,
        "--pop3-security",
        "tls",
        "--only",
        "incoming",
        "--timeout",
        "5",
        "--session-timeout",
        "1",
    ]));
    r.assert_well_behaved();
    assert_within(&r, Duration::from_secs(1) + MARGIN);
    let doc = r.json();
    assert_schema(&doc);
    let (step, message) = cut_step(&doc, "incoming");
    assert_eq!(step, "tls", "{doc:#}");
    assert!(message.contains("1.0 s"), "{message}");
    assert!(lines(&server).is_empty(), "{:?}", lines(&server));
}
