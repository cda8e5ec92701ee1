//! What a hostile or broken server did is explained in the reader's language: replies that fit
//! no command, answers that never end, lines too long, bytes that are not TLS, an IMAP tag out of
//! place, a refused port. Each server runs under the real binary with `--lang es` and with a
//! Brazilian locale; the text report and the JSON's human fields hold no English word but what
//! the server itself sent (quoted) and protocol words.

mod support;

use serde_json::Value;
use support::scripted::{Peer, Server, answer_by_verb, mailtriage, run};

const PASSWORD: &str = "hostile-Spanish-42";

/// English words that never belong in a Spanish or Portuguese explanation. Protocol words
/// (POP3, SMTP, IMAP, TLS, STARTTLS, AUTH, CAPA, EHLO, OK, ERR …) are not here.
const STOP_LIST: &[&str] = &[
    "the",
    "server",
    "answered",
    "answer",
    "reply",
    "replies",
    "before",
    "after",
    "could",
    "reached",
    "command",
    "commands",
    "greeted",
    "greeting",
    "which",
    "expected",
    "refusal",
    "password",
    "believed",
    "arrived",
    "without",
    "line",
    "lines",
    "end",
    "stopped",
    "reading",
    "longer",
    "than",
    "challenge",
    "neither",
    "nor",
    "text",
    "sent",
    "connection",
    "refused",
    "reset",
    "closed",
    "timed",
    "handshake",
    "failed",
    "completed",
    "awaited",
    "tag",
    "asked",
    "nothing",
    "not",
    "with",
    "carriage",
    "return",
    "alone",
    "then",
    "its",
    "while",
    "deadline",
    "limit",
    "session",
    "of",
    "and",
    "or",
    "is",
];

/// The stop-list's words in `text`, leaving out what it quotes.
fn english_words(text: &str) -> Vec<String> {
    support::stop_list::english_words(text, STOP_LIST)
}

/// How a case reaches its server.
#[derive(Clone, Copy)]
enum Side {
    /// POP3 in plain text, password allowed.
    Pop3,
    /// POP3 over implicit TLS, which the server does not speak.
    Pop3Tls,
    Smtp,
    Imap,
}

fn args_for(side: Side, spec: &str) -> Vec<String> {
    let (flag, security, value) = match side {
        Side::Pop3 => ("--pop3", "--pop3-security", "none"),
        Side::Pop3Tls => ("--pop3", "--pop3-security", "tls"),
        Side::Smtp => ("--smtp", "--smtp-security", "none"),
        Side::Imap => ("--imap", "--imap-security", "none"),
    };
    [
        "check",
        "--timeout",
        "2",
        flag,
        spec,
        security,
        value,
        "--user",
        "alice@mail.test",
        "--password-env",
        "HOSTILE_SPANISH_PW",
        "--allow-plaintext-auth",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Runs the check in `lang` (`--lang es`, or `LANG=pt_BR.UTF-8`), text then JSON, and returns
/// every English word found in what a person reads, with where.
fn english_in(spec: &str, side: Side, lang: &str) -> Vec<String> {
    let mut found = Vec::new();
    for json in [false, true] {
        let mut args = args_for(side, spec);
        if json {
            args.push("--json".into());
        }
        if lang == "es" {
            args.extend(["--lang".into(), "es".into()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut cmd = mailtriage(&args);
        cmd.env("HOSTILE_SPANISH_PW", PASSWORD);
        if lang == "pt" {
            cmd.env("LANG", "pt_BR.UTF-8");
        }
        let r = run(cmd);
        r.assert_well_behaved();
        let out = r.stdout_text();
        assert!(!out.contains(PASSWORD), "the password shows");
        let texts: Vec<String> = if json {
            human_fields(&r.json())
        } else {
            out.lines().map(String::from).collect()
        };
        for text in texts {
            let words = english_words(&text);
            if !words.is_empty() {
                found.push(format!("{lang}: {text:?} {words:?}"));
            }
        }
    }
    found
}

/// The JSON's fields written for people: step details (but the server's own greeting and
/// capability lines) and every finding's title, explanation, fix and evidence lines.
fn human_fields(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for panel in doc["panels"].as_array().into_iter().flatten() {
        for step in panel["steps"].as_array().into_iter().flatten() {
            if step.get("detail_id").is_some() {
                out.push(step["detail"].as_str().unwrap_or_default().to_string());
            }
        }
    }
    for finding in doc["findings"].as_array().into_iter().flatten() {
        for field in ["title", "explanation", "fix", "evidence"] {
            match &finding[field] {
                Value::String(s) => out.push(s.clone()),
                Value::Array(items) => {
                    out.extend(items.iter().filter_map(|i| i.as_str().map(String::from)))
                }
                _ => {}
            }
        }
    }
    out
}

fn assert_spoken_in_both(name: &str, server: &Server, side: Side) {
    assert_spoken_in_both_at(name, &server.hostport(), side);
}

fn assert_spoken_in_both_at(name: &str, spec: &str, side: Side) {
    let mut found = english_in(spec, side, "es");
    found.extend(english_in(spec, side, "pt"));
    assert!(
        found.is_empty(),
        "{name}: English in Spanish or Portuguese mode:\n{}",
        found.join("\n")
    );
}

fn smtp_then(peer: &mut Peer, auth: &'static [u8]) {
    answer_by_verb(peer, b"221 bye\r\n", move |verb| match verb {
        "EHLO" => b"250-mail.test\r\n250 AUTH LOGIN PLAIN\r\n".to_vec(),
        "AUTH" => auth.to_vec(),
        _ => b"250 ok\r\n".to_vec(),
    });
}

#[test]
fn smtp_replies_out_of_line_are_explained_in_spanish_and_portuguese() {
    let second_greeting = Server::start(|peer| {
        if peer.send(b"220 mail.test ESMTP one\r\n220 mail.test ESMTP two\r\n") {
            smtp_then(peer, b"535 5.7.8 no\r\n");
        }
    });
    assert_spoken_in_both("second greeting", &second_greeting, Side::Smtp);
    let success_first = Server::start(|peer| {
        if peer.send(b"220 mail.test ESMTP\r\n") {
            smtp_then(peer, b"235 2.7.0 Authentication successful\r\n");
        }
    });
    assert_spoken_in_both("235 before the password", &success_first, Side::Smtp);
    let not_a_greeting = Server::start(|peer| {
        if peer.send(b"250 mail.test hello\r\n") {
            smtp_then(peer, b"535 5.7.8 no\r\n");
        }
    });
    assert_spoken_in_both("250 as greeting", &not_a_greeting, Side::Smtp);
    let never_ends = Server::start(|peer| {
        if peer.send(b"220 mail.test ESMTP\r\n") && peer.line().is_some() {
            peer.send(b"250-mail.test\r\n250-AUTH PLAIN\r\n250-SIZ");
            std::thread::sleep(std::time::Duration::from_secs(4));
        }
    });
    assert_spoken_in_both("EHLO reply that never ends", &never_ends, Side::Smtp);
}

#[test]
fn pop3_replies_out_of_line_are_explained_in_spanish_and_portuguese() {
    let continuation_greeting = Server::start(|peer| {
        peer.send(b"+ go on\r\n");
        while peer.line().is_some() {}
    });
    assert_spoken_in_both(
        "continuation as greeting",
        &continuation_greeting,
        Side::Pop3,
    );
    let ok_before_password = Server::start(|peer| {
        if peer.send(b"+OK POP3 ready\r\n") {
            answer_by_verb(peer, b"+OK\r\n", |verb| match verb {
                "CAPA" => b"+OK\r\nSASL LOGIN\r\n.\r\n".to_vec(),
                "AUTH" => b"+OK logged in\r\n".to_vec(),
                _ => b"+OK\r\n".to_vec(),
            });
        }
    });
    assert_spoken_in_both("+OK before the password", &ok_before_password, Side::Pop3);
    let status_in_capa = Server::start(|peer| {
        if peer.send(b"+OK POP3 ready\r\n") {
            answer_by_verb(peer, b"+OK\r\n", |verb| match verb {
                "CAPA" => b"+OK\r\nUSER\r\n-ERR what\r\n.\r\n".to_vec(),
                _ => b"+OK\r\n".to_vec(),
            });
        }
    });
    assert_spoken_in_both("status line inside CAPA", &status_in_capa, Side::Pop3);
    let endless_line = Server::start(|peer| {
        let mut line = b"+OK ".to_vec();
        line.extend(std::iter::repeat_n(b'x', 9_000));
        peer.send(&line);
        std::thread::sleep(std::time::Duration::from_secs(1));
    });
    assert_spoken_in_both(
        "greeting longer than a line may be",
        &endless_line,
        Side::Pop3,
    );
    let bare_cr = Server::start(|peer| {
        peer.send(b"+OK one\r+OK two\r");
        std::thread::sleep(std::time::Duration::from_secs(4));
    });
    assert_spoken_in_both("lines ended by CR alone", &bare_cr, Side::Pop3);
}

#[test]
fn what_is_not_tls_and_a_refused_port_are_explained_in_spanish_and_portuguese() {
    let plain_text = Server::start(|peer| {
        peer.send(b"+OK POP3 ready\r\n");
        while peer.line().is_some() {}
    });
    assert_spoken_in_both("plain text on the TLS port", &plain_text, Side::Pop3Tls);
    let binary = Server::start(|peer| {
        peer.send(b"\x00\x01\x02\x03\xff\xfe binary");
        std::thread::sleep(std::time::Duration::from_secs(1));
    });
    assert_spoken_in_both("binary bytes on the TLS port", &binary, Side::Pop3Tls);
    let closed = Server::start(|_peer| {});
    assert_spoken_in_both("closed before the greeting", &closed, Side::Pop3);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    assert_spoken_in_both_at("a refused port", &format!("127.0.0.1:{port}"), Side::Pop3);
}

#[test]
fn imap_replies_out_of_line_are_explained_in_spanish_and_portuguese() {
    let wrong_tag = Server::start(|peer| {
        if peer.send(b"* OK IMAP ready\r\n") {
            while let Some(line) = peer.line() {
                let tag = line.split(' ').next().unwrap_or("a1").to_string();
                let reply = if line.contains("CAPABILITY") {
                    "zz9 OK done\r\n".to_string()
                } else {
                    format!("{tag} OK\r\n")
                };
                if !peer.send(reply.as_bytes()) {
                    return;
                }
            }
        }
    });
    assert_spoken_in_both("a tag out of place", &wrong_tag, Side::Imap);
    let continuation = Server::start(|peer| {
        if peer.send(b"* OK IMAP ready\r\n") {
            while let Some(line) = peer.line() {
                let tag = line.split(' ').next().unwrap_or("a1").to_string();
                let reply = if line.contains("CAPABILITY") {
                    "+ more please\r\n".to_string()
                } else {
                    format!("{tag} OK\r\n")
                };
                if !peer.send(reply.as_bytes()) {
                    return;
                }
            }
        }
    });
    assert_spoken_in_both("a continuation nobody asked for", &continuation, Side::Imap);
}

#[test]
fn the_stop_list_finds_english_and_spares_quoted_server_text() {
    assert_eq!(
        english_words("the server answered EHLO with \"250 the end\""),
        ["the", "server", "answered", "with"]
    );
    assert!(english_words("el servidor contestó \"the end\" a EHLO").is_empty());
}
