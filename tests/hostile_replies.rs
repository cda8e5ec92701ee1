//! Hostile replies: the real binary against servers whose replies do not fit the commands they
//! answer, that send bytes but never a complete answer, or that slip plain text into the TLS
//! upgrade. Whatever they do, the check says what came and for which command, and never turns
//! it into a confident, wrong finding.
//!
//! Raw byte-level servers come from `tests/support/scripted.rs` (each run guarded against
//! hangs, memory and terminal escapes); the refusal of an offered mechanism uses the lab's SMTP
//! server.

mod support;

use std::sync::Arc;
use std::thread;
use std::time::Duration;
use support::scripted;

use scripted::{Peer, Server, TestTls, answer_by_verb, mailtriage, run, verb};
use serde_json::Value;

/// The name the TLS servers' certificates are made for; pinned to loopback.
const NAME: &str = "mail.test";
const PASSWORD: &str = "hostile-Replies-42";

/// Findings that would be a confident diagnosis of something the server never said.
const CONFIDENT_AND_WRONG: &[&str] = &[
    "smtp-helo-rejected",
    "smtp-auth-not-offered",
    "wrong-port-for-submission",
    "auth-failed",
    "auth-mechanism-unsupported",
    "starttls-not-offered",
    "plaintext-on-tls-port",
    "tls-on-plaintext-port",
];

/// A check of one panel against a plain-text server, with a password allowed over plain text.
fn check(server: &Server, protocol: &str, timeout: &str, extra: &[&str]) -> scripted::Run {
    let spec = server.hostport();
    let (flag, security) = match protocol {
        "pop3" => ("--pop3", "--pop3-security"),
        _ => ("--smtp", "--smtp-security"),
    };
    let mut args = vec![
        "check",
        "--json",
        "--timeout",
        timeout,
        flag,
        &spec,
        security,
        "none",
        "--user",
        "alice@mail.test",
        "--password-env",
        "HOSTILE_REPLIES_PW",
        "--allow-plaintext-auth",
    ];
    args.extend_from_slice(extra);
    let mut cmd = mailtriage(&args);
    cmd.env("HOSTILE_REPLIES_PW", PASSWORD);
    let r = run(cmd);
    r.assert_well_behaved();
    assert!(
        !r.stdout_text().contains(PASSWORD),
        "the password shows in the output"
    );
    r
}

/// A STARTTLS/STLS check against a TLS-capable scripted server, trusting its CA.
fn check_upgrade(server: &Server, tls: &TestTls, protocol: &str) -> scripted::Run {
    let dir = tempfile::tempdir().expect("temporary folder");
    let ca = tls.ca_file(dir.path()).to_string_lossy().into_owned();
    let port = server.addr.port();
    let spec = format!("{NAME}:{port}");
    let pin = format!("{NAME}:{port}:127.0.0.1");
    let (flag, security) = match protocol {
        "pop3" => ("--pop3", "--pop3-security"),
        _ => ("--smtp", "--smtp-security"),
    };
    let args = [
        "check",
        "--json",
        "--timeout",
        "3",
        flag,
        &spec,
        security,
        "starttls",
        "--resolve",
        &pin,
        "--ca-file",
        &ca,
    ];
    let r = run(mailtriage(&args));
    r.assert_well_behaved();
    r
}

/// Every step of a kind in a panel, in order.
fn steps<'a>(doc: &'a Value, panel: &str, kind: &str) -> Vec<&'a Value> {
    scripted::panel(doc, panel)["steps"]
        .as_array()
        .map(|s| s.iter().filter(|s| s["step"] == kind).collect())
        .unwrap_or_default()
}

fn last_step<'a>(doc: &'a Value, panel: &str, kind: &str) -> &'a Value {
    scripted::step(doc, panel, kind).unwrap_or_else(|| panic!("no {kind} step in {panel}: {doc:#}"))
}

/// `(failure, message)` of a step's I/O evidence.
fn io_evidence(step: &Value) -> (String, String) {
    let ev = &step["evidence"];
    assert_eq!(ev["kind"], "io", "not I/O evidence: {step:#}");
    (
        ev["failure"].as_str().unwrap_or_default().to_string(),
        ev["message"].as_str().unwrap_or_default().to_string(),
    )
}

/// The last `kind` step of the panel ended with `status` and I/O evidence of `failure` whose
/// message says each of `says`; returns the step.
fn assert_io_step<'a>(
    doc: &'a Value,
    panel: &str,
    kind: &str,
    (status, failure): (&str, &str),
    says: &[&str],
) -> &'a Value {
    let step = last_step(doc, panel, kind);
    assert_eq!(step["status"], status, "{step:#}");
    let (found, message) = io_evidence(step);
    assert_eq!(found, failure, "{message}");
    for words in says {
        assert!(
            message.contains(words),
            "{kind}: {words:?} not in {message:?}"
        );
    }
    step
}

fn finding_ids(doc: &Value) -> Vec<String> {
    doc["findings"]
        .as_array()
        .map(|f| {
            f.iter()
                .filter_map(|f| f["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn finding<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["id"] == id))
        .unwrap_or_else(|| panic!("no finding {id}: {:?}", finding_ids(doc)))
}

fn assert_not_confidently_wrong(doc: &Value) {
    let ids = finding_ids(doc);
    for wrong in CONFIDENT_AND_WRONG {
        assert!(!ids.iter().any(|i| i == wrong), "{wrong} in {ids:?}");
    }
}

fn transcript(doc: &Value, panel: &str) -> Vec<String> {
    scripted::panel(doc, panel)["transcript"]
        .as_array()
        .map(|lines| {
            lines
                .iter()
                .filter_map(|l| l["text"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Answer EHLO with AUTH PLAIN LOGIN, AUTH with a refusal, QUIT with 221.
fn smtp_answers(peer: &mut Peer) {
    answer_by_verb(peer, b"221 bye\r\n", |verb| match verb {
        "EHLO" => b"250-mail.test\r\n250 AUTH PLAIN LOGIN\r\n".to_vec(),
        "HELO" => b"250 mail.test\r\n".to_vec(),
        _ => b"535 5.7.8 no\r\n".to_vec(),
    });
}

// ------------------------------------------------------------------ replies fit their commands

#[test]
fn a_second_greeting_is_a_reply_to_no_command_not_a_refused_ehlo() {
    let server = Server::start(|peer| {
        if peer.send(b"220 mail.test ESMTP one\r\n220 mail.test ESMTP two\r\n") {
            smtp_answers(peer);
        }
    });
    let r = check(&server, "smtp", "2", &[]);
    let doc = r.json();
    let ehlo = assert_io_step(
        &doc,
        "outgoing",
        "ehlo",
        ("failed", "protocol"),
        &["220 mail.test ESMTP two", "EHLO"],
    );
    assert!(
        !ehlo["detail"]
            .as_str()
            .unwrap_or("")
            .contains("HELO accepted")
    );
    assert!(
        !server.received().iter().any(|l| verb(&l.line) == "HELO"),
        "the shifted reply was read as a refused EHLO: {:?}",
        server.received()
    );
    assert_not_confidently_wrong(&doc);
    assert_eq!(r.code, Some(1));
}

#[test]
fn a_greeting_that_answers_ehlo_does_not_fit_it() {
    // The second greeting comes after EHLO reached the server: it takes EHLO's place.
    let server = Server::start(|peer| {
        if !peer.send(b"220 mail.test ESMTP one\r\n") {
            return;
        }
        if peer.line().is_some() && peer.send(b"220 mail.test ESMTP two\r\n") {
            smtp_answers(peer);
        }
    });
    let r = check(&server, "smtp", "2", &[]);
    let doc = r.json();
    assert_io_step(
        &doc,
        "outgoing",
        "ehlo",
        ("failed", "protocol"),
        &[
            "answered EHLO with \"220 mail.test ESMTP two\"",
            "expected 250",
        ],
    );
    assert!(!server.received().iter().any(|l| verb(&l.line) == "HELO"));
    assert_not_confidently_wrong(&doc);
}

#[test]
fn smtp_success_before_any_password_is_not_believed() {
    let server = Server::start(|peer| {
        if peer.send(b"220 mail.test ESMTP\r\n") {
            answer_by_verb(peer, b"221 bye\r\n", |verb| match verb {
                "EHLO" => b"250-mail.test\r\n250 AUTH LOGIN\r\n".to_vec(),
                "AUTH" => b"235 2.7.0 Authentication successful\r\n".to_vec(),
                _ => b"250 ok\r\n".to_vec(),
            });
        }
    });
    let r = check(&server, "smtp", "2", &[]);
    let doc = r.json();
    let login = last_step(&doc, "outgoing", "login");
    assert_eq!(login["status"], "failed", "{login:#}");
    assert!(
        !login["detail"]
            .as_str()
            .unwrap_or("")
            .contains("authenticated")
    );
    let (failure, message) = io_evidence(login);
    assert_eq!(failure, "protocol");
    assert!(message.contains("235 2.7.0"), "{message}");
    assert!(
        message.contains("before the password was sent"),
        "{message}"
    );
    assert_ne!(scripted::panel(&doc, "outgoing")["facts"]["login_ok"], true);
    // Only the AUTH LOGIN command went out: no user name, no password.
    let sent: Vec<String> = server.received().iter().map(|l| l.line.clone()).collect();
    assert!(sent.iter().any(|l| l == "AUTH LOGIN"), "{sent:?}");
    assert!(sent.iter().all(|l| !l.contains("YWxpY2")), "{sent:?}");
    assert_not_confidently_wrong(&doc);
}

#[test]
fn pop3_ok_before_any_password_is_not_believed() {
    let server = Server::start(|peer| {
        if peer.send(b"+OK POP3 ready\r\n") {
            answer_by_verb(peer, b"+OK\r\n", |verb| match verb {
                "CAPA" => b"+OK\r\nSASL LOGIN\r\n.\r\n".to_vec(),
                "AUTH" => b"+OK logged in\r\n".to_vec(),
                _ => b"+OK\r\n".to_vec(),
            });
        }
    });
    let r = check(&server, "pop3", "2", &[]);
    let doc = r.json();
    assert_io_step(
        &doc,
        "incoming",
        "login",
        ("failed", "protocol"),
        &["+OK logged in", "before the password was sent"],
    );
    assert_eq!(scripted::status(&doc, "incoming", "stat"), "absent");
    assert_not_confidently_wrong(&doc);
}

#[test]
fn a_sasl_continuation_outside_sasl_does_not_fit() {
    let server = Server::start(|peer| {
        if !peer.send(b"+OK POP3 ready\r\n") {
            return;
        }
        if peer.line().is_some() {
            // A `+ ` challenge in answer to CAPA.
            peer.send(b"+ VXNlcm5hbWU6\r\n");
            peer.drain();
        }
    });
    let r = check(&server, "pop3", "2", &[]);
    let doc = r.json();
    assert_io_step(
        &doc,
        "incoming",
        "capa",
        ("failed", "protocol"),
        &["answered CAPA with \"+ VXNlcm5hbWU6\""],
    );
    assert_not_confidently_wrong(&doc);
}

#[test]
fn a_missing_reply_in_a_pipelined_group_is_caught_at_the_next_command() {
    // MAIL, RCPT, RSET and QUIT go out together; the server skips RSET's reply, so 221 lands
    // on RSET.
    let server = Server::start(|peer| {
        if peer.send(b"220 mail.test ESMTP\r\n") {
            answer_by_verb(peer, b"221 bye\r\n", |verb| match verb {
                "EHLO" => b"250-mail.test\r\n250-PIPELINING\r\n250 AUTH PLAIN\r\n".to_vec(),
                "AUTH" => b"235 2.7.0 ok\r\n".to_vec(),
                "MAIL" | "RCPT" => b"250 2.1.0 ok\r\n".to_vec(),
                // No reply: 221 lands on RSET.
                "RSET" => Vec::new(),
                _ => b"500 what\r\n".to_vec(),
            });
        }
    });
    let r = check(
        &server,
        "smtp",
        "2",
        &["--from", "alice@mail.test", "--to", "bob@example.org"],
    );
    let doc = r.json();
    assert_eq!(scripted::status(&doc, "outgoing", "mail-from"), "ok");
    assert_eq!(scripted::status(&doc, "outgoing", "rcpt-to"), "ok");
    assert_io_step(
        &doc,
        "outgoing",
        "rset",
        ("failed", "protocol"),
        &["answered RSET with \"221 bye\""],
    );
}

// ------------------------------------------------------------------ a refused offered mechanism

#[test]
fn a_refused_mechanism_the_server_offered_gets_a_true_finding() {
    use mailtriage::lab::{CertKind, Transport};
    use support::CheckCommand;
    use support::kit::{Kit, smtp};
    let kit = Kit::new();
    let server = kit.start(
        smtp(Transport::ImplicitTls(CertKind::Valid))
            .reply("AUTH", "504 5.5.4 Unrecognized authentication type"),
    );
    for (lang, words) in [("en", "lists PLAIN"), ("es", "incluye PLAIN")] {
        let out = CheckCommand::new()
            .smtp(server.port(), "tls")
            .kit_ca(&kit)
            .user(support::USER)
            .password(support::PASSWORD)
            .only("outgoing")
            .lang(lang)
            .run_json();
        let doc = &out.json;
        let login = support::step(doc, "outgoing", "login");
        assert_eq!(login["status"], "failed");
        assert_eq!(login["evidence"]["sent"], "AUTH PLAIN ***");
        let f = finding(doc, "auth-mechanism-unsupported");
        let explanation = f["explanation"].as_str().unwrap_or_default();
        assert!(!explanation.is_empty(), "empty explanation");
        assert!(explanation.contains(words), "{lang}: {explanation}");
        assert!(
            explanation.contains("504 5.5.4 Unrecognized authentication type"),
            "{explanation}"
        );
        assert!(
            !explanation.contains("None of them takes a password"),
            "{explanation}"
        );
        let evidence = f["evidence"].to_string();
        assert!(evidence.contains("504 5.5.4"), "{evidence}");
    }
}

// ------------------------------------------------------------------ what arrived, not "no answer"

#[test]
fn lines_ended_by_cr_alone_are_an_incomplete_answer() {
    let server = Server::start(|peer| {
        if peer.send(b"+OK POP3 ready\r+OK really\r") {
            peer.drain();
        }
    });
    let r = check(&server, "pop3", "1", &[]);
    let doc = r.json();
    let greeting = assert_io_step(
        &doc,
        "incoming",
        "greeting",
        ("failed", "incomplete"),
        &["carriage return alone", "+OK POP3 ready\\r", "26 bytes"],
    );
    let lines = transcript(&doc, "incoming");
    assert!(
        !lines.iter().any(|l| l.starts_with("no answer")),
        "{lines:?}"
    );
    assert!(
        !greeting["detail"]
            .as_str()
            .unwrap_or("")
            .contains("no answer"),
        "{greeting:#}"
    );
}

#[test]
fn a_greeting_trickled_forever_says_what_arrived() {
    let server = Server::start(|peer| {
        for b in b"+OK a greeting that takes far too long\r\n" {
            if !peer.send(&[*b]) {
                return;
            }
            thread::sleep(Duration::from_millis(150));
        }
    });
    let r = check(&server, "pop3", "1", &[]);
    let doc = r.json();
    assert_io_step(
        &doc,
        "incoming",
        "greeting",
        ("failed", "incomplete"),
        &["arrived without a line end", "\"+OK a"],
    );
    assert!(
        transcript(&doc, "incoming")
            .iter()
            .any(|l| l.starts_with("no complete answer within")),
        "{:?}",
        transcript(&doc, "incoming")
    );
}

#[test]
fn a_slow_endless_capability_list_says_how_many_lines_came() {
    let server = Server::start(|peer| {
        if !peer.send(b"+OK POP3 ready\r\n") || peer.line().is_none() {
            return;
        }
        if !peer.send(b"+OK Capability list follows\r\n") {
            return;
        }
        for n in 0.. {
            if !peer.send(format!("X-CAP-{n}\r\n").as_bytes()) {
                return;
            }
            thread::sleep(Duration::from_millis(100));
        }
    });
    let r = check(&server, "pop3", "1", &[]);
    let doc = r.json();
    assert_io_step(
        &doc,
        "incoming",
        "capa",
        ("failed", "incomplete"),
        &[
            "no complete answer to CAPA",
            "lines of the answer arrived, the first \"+OK Capability list follows\"",
        ],
    );
}

#[test]
fn a_fast_endless_capability_list_is_cut_at_its_true_bound() {
    let server = Server::start(|peer| {
        if !peer.send(b"+OK POP3 ready\r\n") || peer.line().is_none() {
            return;
        }
        if peer.send(b"+OK\r\n") {
            let chunk = b"X-CAP\r\n".repeat(1024);
            for _ in 0..1_100 {
                if !peer.send(&chunk) {
                    return;
                }
            }
        }
    });
    // A deadline long enough to read the million lines a debug build takes seconds for.
    let r = check(&server, "pop3", "20", &[]);
    let doc = r.json();
    let capa = assert_io_step(&doc, "incoming", "capa", ("failed", "too-long"), &[]);
    assert_eq!(
        io_evidence(capa).1,
        "the answer to CAPA: the reply had not ended after 1000000 lines; reading stopped there"
    );
}

#[test]
fn an_endless_multi_line_smtp_reply_is_cut_at_its_true_bound() {
    let server = Server::start(|peer| {
        if !peer.send(b"220 mail.test ESMTP\r\n") || peer.line().is_none() {
            return;
        }
        let chunk = b"250-X-EXTENSION\r\n".repeat(512);
        for _ in 0..200 {
            if !peer.send(&chunk) {
                return;
            }
        }
    });
    let r = check(&server, "smtp", "2", &[]);
    let doc = r.json();
    assert_io_step(
        &doc,
        "outgoing",
        "ehlo",
        ("failed", "too-long"),
        &["EHLO", "after 1000 lines"],
    );
    assert_not_confidently_wrong(&doc);
}

#[test]
fn silence_is_still_no_answer() {
    let server = Server::start(|peer| {
        if !peer.send(b"220 mail.test ESMTP\r\n") || peer.line().is_none() {
            return;
        }
        peer.drain();
    });
    let r = check(&server, "smtp", "1", &[]);
    let doc = r.json();
    let ehlo = last_step(&doc, "outgoing", "ehlo");
    let (failure, _) = io_evidence(ehlo);
    assert_eq!(failure, "timeout");
    assert!(
        transcript(&doc, "outgoing")
            .iter()
            .any(|l| l.starts_with("no answer within")),
        "{:?}",
        transcript(&doc, "outgoing")
    );
}

// ------------------------------------------------------------------ plain text in the upgrade

/// An SMTP server that offers STARTTLS and, with its `220`, slips `injected` in plain text.
fn smtp_injecting(tls: &TestTls, injected: &'static [u8]) -> Server {
    let config = Arc::clone(&tls.config);
    Server::start(move |peer: &mut Peer| {
        if !peer.send(b"220 mail.test ESMTP\r\n") {
            return;
        }
        let mut encrypted = false;
        while let Some(line) = peer.line() {
            let reply: Vec<u8> = match verb(&line).as_str() {
                "EHLO" if encrypted => b"250-mail.test\r\n250 AUTH PLAIN\r\n".to_vec(),
                "EHLO" => b"250-mail.test\r\n250 STARTTLS\r\n".to_vec(),
                "STARTTLS" => {
                    let mut reply = b"220 2.0.0 Ready to start TLS\r\n".to_vec();
                    reply.extend_from_slice(injected);
                    if !peer.send(&reply) || !peer.start_tls(&config) {
                        return;
                    }
                    encrypted = true;
                    continue;
                }
                "QUIT" => b"221 bye\r\n".to_vec(),
                _ => b"500 what\r\n".to_vec(),
            };
            if !peer.send(&reply) {
                return;
            }
        }
    })
}

#[test]
fn plain_text_after_the_starttls_reply_is_shown_set_aside_and_warned_about() {
    let tls = TestTls::new(NAME);
    let server = smtp_injecting(&tls, b"250-AUTH PLAIN\r\n250 INJECTED\r\n");
    let r = check_upgrade(&server, &tls, "smtp");
    let doc = r.json();
    assert_io_step(
        &doc,
        "outgoing",
        "starttls",
        ("warn", "protocol"),
        &["30 bytes", "250 INJECTED"],
    );
    assert_eq!(scripted::status(&doc, "outgoing", "tls"), "ok");
    // The injected lines were never read as the EHLO reply after the upgrade.
    let ehlos = steps(&doc, "outgoing", "ehlo");
    assert_eq!(ehlos.len(), 2, "{ehlos:#?}");
    assert_eq!(ehlos[1]["status"], "ok");
    assert!(
        !ehlos[1]["detail"]
            .as_str()
            .unwrap_or("")
            .contains("INJECTED")
    );
    let lines = transcript(&doc, "outgoing");
    assert!(lines.iter().any(|l| l == "250 INJECTED"), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.contains("discarded, never read")),
        "{lines:?}"
    );
    let f = finding(&doc, "starttls-injection");
    assert_eq!(f["severity"], "warn");
    assert!(f["evidence"].to_string().contains("250 INJECTED"));
    assert!(f["fix"].to_string().contains("465"), "{}", f["fix"]);
    assert_not_confidently_wrong(&doc);
}

#[test]
fn plain_text_after_the_stls_reply_is_warned_about_in_spanish_too() {
    let tls = TestTls::new(NAME);
    let config = Arc::clone(&tls.config);
    let server = Server::start(move |peer: &mut Peer| {
        if !peer.send(b"+OK POP3 ready\r\n") {
            return;
        }
        let mut encrypted = false;
        while let Some(line) = peer.line() {
            let reply: &[u8] = match verb(&line).as_str() {
                "CAPA" if encrypted => b"+OK\r\nUSER\r\n.\r\n",
                "CAPA" => b"+OK\r\nSTLS\r\nUSER\r\n.\r\n",
                "STLS" => {
                    if !peer.send(b"+OK Begin TLS\r\n-ERR INJECTED\r\n") || !peer.start_tls(&config)
                    {
                        return;
                    }
                    encrypted = true;
                    continue;
                }
                _ => b"+OK\r\n",
            };
            if !peer.send(reply) {
                return;
            }
        }
    });
    let dir = tempfile::tempdir().expect("temporary folder");
    let ca = tls.ca_file(dir.path()).to_string_lossy().into_owned();
    let port = server.addr.port();
    let (spec, pin) = (format!("{NAME}:{port}"), format!("{NAME}:{port}:127.0.0.1"));
    let args = [
        "check",
        "--json",
        "--lang",
        "es",
        "--timeout",
        "3",
        "--pop3",
        &spec,
        "--pop3-security",
        "starttls",
        "--resolve",
        &pin,
        "--ca-file",
        &ca,
    ];
    let r = run(mailtriage(&args));
    r.assert_well_behaved();
    let doc = r.json();
    assert_io_step(
        &doc,
        "incoming",
        "stls",
        ("warn", "protocol"),
        &["-ERR INJECTED"],
    );
    assert_eq!(scripted::status(&doc, "incoming", "capa"), "ok");
    let f = finding(&doc, "starttls-injection");
    assert_eq!(f["severity"], "warn");
    assert!(f["explanation"].to_string().contains("CVE-2011-0411"));
    assert!(f["fix"].to_string().contains("995"), "{}", f["fix"]);
    assert!(f["title"].to_string().contains("coló"), "{}", f["title"]);
}

#[test]
fn a_clean_upgrade_gives_no_injection_warning() {
    let tls = TestTls::new(NAME);
    let server = smtp_injecting(&tls, b"");
    let r = check_upgrade(&server, &tls, "smtp");
    let doc = r.json();
    assert_eq!(scripted::status(&doc, "outgoing", "starttls"), "ok");
    assert!(!finding_ids(&doc).iter().any(|i| i == "starttls-injection"));
}
