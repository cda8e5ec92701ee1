//! Hostile servers: the real binary against servers that trickle, flood, lie, reset, send
//! garbage or escape sequences. Whatever they do, `check` must end by itself within its
//! deadlines (a 30 s guard kills it otherwise), exit 0 or 1, never panic, keep its peak memory
//! under a fixed bound, and print nothing a terminal would interpret.

mod support;

use std::time::Duration;
use support::scripted;

use mailtriage::lab::{Lab, Misbehaviour, Server as LabServer, ServerSpec, Transport};
use scripted::{
    MAX_RSS_KIB, Peer, Server, answer_by_verb, assert_terminal_safe, greeting_pop3, mailtriage,
    panel, run, status, step, verb,
};

/// A POP3 check of a plain-text server on loopback with a short deadline.
fn check_pop3(server: &Server, timeout: &str, extra: &[&str]) -> scripted::Run {
    check_pop3_at(&server.hostport(), timeout, extra)
}

/// A lab POP3 server on plain text that behaves, but for `misbehaviour`.
fn lab_pop3(lab: &Lab, misbehaviour: Misbehaviour) -> LabServer {
    let spec = ServerSpec::pop3(Transport::Plain, "u", "p")
        .greeting("+OK POP3 ready")
        .capabilities(&["USER", "UIDL"])
        .sasl(&[])
        .misbehave(misbehaviour);
    lab.start(spec).expect("start a lab server")
}

fn check_pop3_at(spec: &str, timeout: &str, extra: &[&str]) -> scripted::Run {
    let spec = spec.to_string();
    let mut args = vec![
        "check",
        "--json",
        "--timeout",
        timeout,
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
    ];
    args.extend_from_slice(extra);
    run(mailtriage(&args))
}

fn check_smtp(server: &Server, timeout: &str, extra: &[&str]) -> scripted::Run {
    let spec = server.hostport();
    let mut args = vec![
        "check",
        "--json",
        "--timeout",
        timeout,
        "--smtp",
        &spec,
        "--smtp-security",
        "none",
    ];
    args.extend_from_slice(extra);
    run(mailtriage(&args))
}

fn evidence_failure(doc: &serde_json::Value, panel_name: &str, kind: &str) -> String {
    step(doc, panel_name, kind)
        .and_then(|s| s["evidence"]["failure"].as_str())
        .unwrap_or("none")
        .to_string()
}

/// Answer each line with whatever `reply` gives for it, until the client leaves.
fn answer_lines(peer: &mut Peer, reply: impl Fn(&str) -> Vec<u8>) {
    while let Some(line) = peer.line() {
        if !peer.send(&reply(&line)) {
            return;
        }
    }
}

/// Send `chunk` again and again until `total` bytes went out or the client left.
fn flood(peer: &mut Peer, chunk: &[u8], total: usize) {
    let mut sent = 0;
    while sent < total && peer.send(chunk) {
        sent += chunk.len();
    }
}

#[test]
fn baseline_memory_is_far_below_the_bound() {
    let lab = Lab::new().expect("the lab");
    let server = lab_pop3(&lab, Misbehaviour::None);
    let r = check_pop3_at(&server.addr().to_string(), "2", &[]);
    r.assert_well_behaved();
    assert!(r.max_rss_kib > 1024, "the peak memory was not measured");
    assert!(
        r.max_rss_kib < MAX_RSS_KIB / 2,
        "a normal run takes {} KiB: raise MAX_RSS_KIB with care",
        r.max_rss_kib
    );
    assert_eq!(status(&r.json(), "incoming", "greeting"), "ok");
}

#[test]
fn a_line_that_never_ends_is_cut_at_the_line_bound() {
    // 256 MiB without a line feed: an unbounded buffer would cross the memory bound.
    let server = Server::start(|peer| {
        if peer.send(b"+OK ") {
            flood(peer, &[b'A'; 64 * 1024], 256 << 20);
        }
    });
    let r = check_pop3(&server, "2", &[]);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "incoming", "greeting"), "failed");
    assert_eq!(evidence_failure(&doc, "incoming", "greeting"), "too-long");
}

#[test]
fn one_byte_a_second_ends_at_the_step_deadline() {
    let lab = Lab::new().expect("the lab");
    let drip = Misbehaviour::Drip {
        bytes: 1,
        pause: Duration::from_secs(1),
    };
    let spec = ServerSpec::pop3(Transport::Plain, "u", "p")
        .greeting("+OK a greeting that takes twenty seconds")
        .misbehave(drip);
    let server = lab.start(spec).expect("start a lab server");
    let r = check_pop3_at(&server.addr().to_string(), "1", &[]);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "incoming", "greeting"), "failed");
    // Bytes came, so it is not "no answer": the evidence says what arrived.
    assert_eq!(evidence_failure(&doc, "incoming", "greeting"), "incomplete");
}

/// Deterministic noise (xorshift), starting with a byte that is no TLS record type.
fn garbage(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = Vec::with_capacity(len);
    out.push(0xff);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

#[test]
fn binary_garbage_is_a_protocol_failure() {
    let server = Server::start(|peer| {
        let noise = garbage(64 * 1024);
        if peer.send(&noise) {
            peer.drain();
        }
    });
    let spec = server.hostport();
    let r = run(mailtriage(&[
        "check",
        "--json",
        "--timeout",
        "2",
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--smtp",
        &spec,
        "--smtp-security",
        "none",
    ]));
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(r.code, Some(1));
    assert_eq!(status(&doc, "incoming", "greeting"), "failed");
    assert_eq!(status(&doc, "outgoing", "greeting"), "failed");
}

/// Colours, a window-title OSC, a C1 CSI, BEL, backspace, NUL, DEL and a bidi override.
const ESCAPES: &str = "\x1b[31mred\x1b[0m \x1b]0;owned\x07 \u{9b}2J \x08\x00\x7f \u{202e}txt";

fn escape_server() -> Server {
    Server::start(|peer| {
        if !peer.send(format!("+OK {ESCAPES}\r\n").as_bytes()) {
            return;
        }
        answer_lines(peer, |line| match verb(line).as_str() {
            "CAPA" => format!("+OK\r\nUSER\r\nX-{ESCAPES}\r\n.\r\n").into_bytes(),
            "USER" => b"+OK\r\n".to_vec(),
            "PASS" => format!("-ERR [AUTH] {ESCAPES}\r\n").into_bytes(),
            _ => format!("+OK {ESCAPES}\r\n").into_bytes(),
        });
    })
}

#[test]
fn escape_sequences_are_shown_escaped_in_text_json_and_report() {
    let server = escape_server();
    let spec = server.hostport();
    let dir = tempfile::tempdir().expect("temporary folder");
    let report = dir.path().join("report.md");
    let report_arg = report.to_string_lossy().into_owned();
    let base = [
        "check",
        "--timeout",
        "2",
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--user",
        "u",
        "--password-env",
        "HOSTILE_PW",
        "--allow-plaintext-auth",
    ];
    let mut text_args = base.to_vec();
    text_args.extend(["--report", &report_arg]);
    let mut cmd = mailtriage(&text_args);
    cmd.env("HOSTILE_PW", "pw-for-escapes");
    let text = run(cmd);
    text.assert_well_behaved();
    let out = text.stdout_text();
    assert!(!text.stdout.contains(&0x1b), "ESC in text output");
    assert!(out.contains("\\x1b[31mred"), "{out}");
    let report_bytes = std::fs::read(&report).expect("report written");
    assert_terminal_safe("report", &report_bytes);
    assert!(String::from_utf8_lossy(&report_bytes).contains("\\x1b]0;owned\\x07"));

    let mut json_args = base.to_vec();
    json_args.push("--json");
    let mut cmd = mailtriage(&json_args);
    cmd.env("HOSTILE_PW", "pw-for-escapes");
    let json = run(cmd);
    json.assert_well_behaved();
    assert!(!json.stdout.contains(&0x1b), "ESC in JSON output");
    let doc = json.json();
    let greeting = panel(&doc, "incoming")["facts"]["greeting"]
        .as_str()
        .expect("greeting recorded")
        .to_string();
    assert!(greeting.contains("\\x1b[31m"), "{greeting}");
    assert!(greeting.contains("\\u{9b}2J"), "{greeting}");
    assert!(greeting.contains("\\u{202e}"), "{greeting}");
    assert!(!greeting.chars().any(char::is_control), "{greeting:?}");
    let reply = step(&doc, "incoming", "login").expect("login step")["evidence"]["reply"]
        .as_str()
        .expect("login reply")
        .to_string();
    assert!(reply.contains("\\x1b]0;owned\\x07"), "{reply}");
}

#[test]
fn a_capa_reply_of_100_000_lines_is_read_with_a_bounded_transcript() {
    let server = Server::start(|peer| {
        if peer.send(b"+OK ready\r\n") {
            answer_by_verb(peer, b"+OK\r\n", |verb| match verb {
                "CAPA" => {
                    let mut body = String::from("+OK\r\nUSER\r\n");
                    for i in 0..100_000 {
                        body.push_str(&format!("X-CAPABILITY-{i}\r\n"));
                    }
                    body.push_str(".\r\n");
                    body.into_bytes()
                }
                _ => b"-ERR no\r\n".to_vec(),
            });
        }
    });
    let r = check_pop3(&server, "2", &[]);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "incoming", "capa"), "ok");
    let incoming = panel(&doc, "incoming");
    let transcript = incoming["transcript"].as_array().expect("transcript");
    assert!(transcript.len() < 300, "{} lines kept", transcript.len());
    let kept = incoming["facts"]["capabilities"]
        .as_array()
        .map_or(0, Vec::len);
    assert!(kept <= 100, "{kept} capabilities kept");
}

#[test]
fn an_ehlo_reply_of_100_000_lines_fails_as_too_long() {
    let server = Server::start(|peer| {
        if peer.send(b"220 ready\r\n") {
            answer_by_verb(peer, b"221 bye\r\n", |verb| match verb {
                "EHLO" => {
                    let mut body = String::from("250-mail.test\r\n");
                    for i in 0..100_000 {
                        body.push_str(&format!("250-X-EXTENSION-{i}\r\n"));
                    }
                    body.push_str("250 OK\r\n");
                    body.into_bytes()
                }
                _ => b"502 no\r\n".to_vec(),
            });
        }
    });
    let r = check_smtp(&server, "2", &[]);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "outgoing", "ehlo"), "failed");
    assert_eq!(evidence_failure(&doc, "outgoing", "ehlo"), "too-long");
    let transcript = panel(&doc, "outgoing")["transcript"]
        .as_array()
        .expect("transcript");
    assert!(transcript.len() < 300, "{} lines kept", transcript.len());
}

#[test]
fn invalid_utf8_is_shown_as_escaped_bytes() {
    let server = Server::start(|peer| {
        if !peer.send(b"+OK caf\xe9 \xff\xfe \xc3\x28 ready\r\n") {
            return;
        }
        answer_lines(peer, |line| match verb(line).as_str() {
            "CAPA" => b"+OK\r\nUSER\r\nX-\xf0\x28\x8c\x28\r\n.\r\n".to_vec(),
            "QUIT" => b"+OK \xed\xa0\x80 bye\r\n".to_vec(),
            _ => b"-ERR \x80\x81\r\n".to_vec(),
        });
    });
    let r = check_pop3(&server, "2", &[]);
    r.assert_well_behaved();
    let doc = r.json();
    let greeting = panel(&doc, "incoming")["facts"]["greeting"]
        .as_str()
        .expect("greeting recorded")
        .to_string();
    assert!(greeting.contains("\\xff\\xfe"), "{greeting}");
    assert!(greeting.contains("caf\\xe9"), "{greeting}");
}

#[test]
fn a_reset_during_the_tls_handshake_fails_the_tls_step() {
    let server = Server::start(|peer| {
        // Take the ClientHello, then answer with a TCP reset.
        let hello = peer.read_some(512);
        if !hello.is_empty() {
            peer.reset();
        }
    });
    let spec = server.hostport();
    let r = run(mailtriage(&[
        "check",
        "--json",
        "--timeout",
        "2",
        "--pop3",
        &spec,
    ]));
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "incoming", "tls"), "failed");
    let evidence = &step(&doc, "incoming", "tls").expect("tls step")["evidence"];
    assert_eq!(evidence["kind"], "tls", "{evidence}");
    assert_eq!(evidence["failure"], "eof", "{evidence}");
}

#[test]
fn a_tls_alert_is_named_as_one() {
    let server = Server::start(|peer| {
        if !peer.read_some(512).is_empty() {
            // Fatal handshake_failure alert, TLS 1.2 record.
            peer.send(&[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]);
        }
    });
    let spec = server.hostport();
    let r = run(mailtriage(&[
        "check",
        "--json",
        "--timeout",
        "2",
        "--pop3",
        &spec,
    ]));
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "incoming", "tls"), "failed");
    assert_eq!(evidence_failure(&doc, "incoming", "tls"), "alert");
}

#[test]
fn a_close_right_after_the_greeting_fails_the_next_step() {
    let lab = Lab::new().expect("the lab");
    let spec = ServerSpec::pop3(Transport::Plain, "u", "p")
        .greeting("+OK hello and goodbye")
        .misbehave(Misbehaviour::CloseAfterGreeting);
    let server = lab.start(spec).expect("start a lab server");
    let r = check_pop3_at(&server.addr().to_string(), "2", &[]);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(r.code, Some(1));
    assert_eq!(status(&doc, "incoming", "greeting"), "ok");
    assert_eq!(status(&doc, "incoming", "capa"), "failed");
}

#[test]
fn a_server_that_never_closes_after_quit_does_not_hold_the_check() {
    let server = Server::start(|peer| {
        if !peer.send(b"+OK ready\r\n") {
            return;
        }
        while let Some(line) = peer.line() {
            let reply: &[u8] = match verb(&line).as_str() {
                "CAPA" => b"+OK\r\nUSER\r\n.\r\n",
                "QUIT" => b"+OK but I stay\r\n",
                _ => b"-ERR no\r\n",
            };
            if !peer.send(reply) {
                return;
            }
        }
    });
    let r = check_pop3(&server, "5", &[]);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(r.code, Some(0), "{doc:#}");
    assert_eq!(status(&doc, "incoming", "quit"), "ok");
}

#[test]
fn every_command_answered_with_a_temporary_error() {
    let server = Server::start(|peer| {
        if !peer.send(b"220 ready\r\n") {
            return;
        }
        answer_lines(peer, |_| b"451 4.3.0 Try again later\r\n".to_vec());
    });
    let pop = Server::start(|peer| {
        if !peer.send(b"+OK ready\r\n") {
            return;
        }
        answer_lines(peer, |_| b"-ERR [SYS/TEMP] Try again later\r\n".to_vec());
    });
    let (smtp_spec, pop_spec) = (server.hostport(), pop.hostport());
    let mut cmd = mailtriage(&[
        "check",
        "--json",
        "--timeout",
        "2",
        "--smtp",
        &smtp_spec,
        "--smtp-security",
        "none",
        "--pop3",
        &pop_spec,
        "--pop3-security",
        "none",
        "--user",
        "u",
        "--password-env",
        "HOSTILE_PW",
        "--allow-plaintext-auth",
        "--from",
        "a@example.test",
        "--to",
        "b@example.test",
    ]);
    cmd.env("HOSTILE_PW", "pw");
    let r = run(cmd);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(r.code, Some(1));
    assert_eq!(status(&doc, "outgoing", "ehlo"), "failed");
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    for line in server.received() {
        assert!(
            !matches!(verb(&line.line).as_str(), "DATA" | "BDAT"),
            "{line:?}"
        );
    }
}

/// An HTTP server: says nothing until spoken to, then answers 400 and closes.
fn http_server() -> Server {
    Server::start(|peer| {
        if !peer.read_some(4096).is_empty() {
            peer.send(
                b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    })
}

#[test]
fn an_http_server_on_the_mail_port() {
    let http = http_server();
    let spec = http.hostport();
    // Plain text: no greeting comes, so the greeting step times out.
    let r = check_pop3(&http, "1", &[]);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "incoming", "greeting"), "failed");
    // Implicit TLS: the HTTP answer is quoted as what came instead of TLS.
    let r = run(mailtriage(&[
        "check",
        "--json",
        "--timeout",
        "2",
        "--smtp",
        &spec,
        "--smtp-security",
        "tls",
    ]));
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "outgoing", "tls"), "failed");
    let evidence = &step(&doc, "outgoing", "tls").expect("tls step")["evidence"];
    assert_eq!(evidence["failure"], "not-tls", "{evidence}");
    assert!(
        evidence["peer_bytes"]
            .as_str()
            .is_some_and(|b| b.starts_with("HTTP/1.1 400")),
        "{evidence}"
    );
}

#[test]
fn an_enormous_sasl_challenge() {
    // POP3: a 1 MiB challenge line, far over the line bound.
    let pop = Server::start(|peer| {
        if !peer.send(b"+OK ready\r\n") {
            return;
        }
        while let Some(line) = peer.line() {
            let ok = match verb(&line).as_str() {
                "CAPA" => peer.send(b"+OK\r\nSASL LOGIN\r\n.\r\n"),
                "AUTH" => {
                    peer.send(b"+ ") && {
                        flood(peer, &[b'Q'; 64 * 1024], 1 << 20);
                        peer.send(b"\r\n")
                    }
                }
                "QUIT" => {
                    peer.send(b"+OK\r\n");
                    return;
                }
                _ => peer.send(b"-ERR no\r\n"),
            };
            if !ok {
                return;
            }
        }
    });
    // SMTP: challenges just under the line bound, each decoding to 6000 characters.
    let smtp = Server::start(|peer| {
        use base64::Engine;
        let big = base64::engine::general_purpose::STANDARD.encode("Password:".repeat(666));
        if !peer.send(b"220 ready\r\n") {
            return;
        }
        answer_lines(peer, |line| match verb(line).as_str() {
            "EHLO" => b"250-mail.test\r\n250 AUTH LOGIN\r\n".to_vec(),
            "QUIT" => b"221 bye\r\n".to_vec(),
            "AUTH" => format!("334 {big}\r\n").into_bytes(),
            _ if line.len() > 2 && !line.contains(' ') => {
                if line.len() > 20 {
                    b"535 5.7.8 no\r\n".to_vec()
                } else {
                    format!("334 {big}\r\n").into_bytes()
                }
            }
            _ => b"502 no\r\n".to_vec(),
        });
    });
    let (pop_spec, smtp_spec) = (pop.hostport(), smtp.hostport());
    let mut cmd = mailtriage(&[
        "check",
        "--json",
        "--timeout",
        "2",
        "--pop3",
        &pop_spec,
        "--pop3-security",
        "none",
        "--smtp",
        &smtp_spec,
        "--smtp-security",
        "none",
        "--user",
        "u",
        "--password-env",
        "HOSTILE_PW",
        "--allow-plaintext-auth",
    ]);
    cmd.env("HOSTILE_PW", "a-password-of-some-length");
    let r = run(cmd);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_eq!(evidence_failure(&doc, "incoming", "login"), "too-long");
    assert_eq!(status(&doc, "outgoing", "login"), "failed");
    for name in ["incoming", "outgoing"] {
        for line in panel(&doc, name)["transcript"]
            .as_array()
            .expect("transcript")
        {
            let text = line["text"].as_str().unwrap_or("");
            assert!(text.chars().count() <= 1_100, "{} chars kept", text.len());
        }
    }
}

#[test]
fn a_greeting_just_before_the_deadline_is_read() {
    let lab = Lab::new().expect("the lab");
    let server = lab_pop3(&lab, Misbehaviour::GreetAfter(Duration::from_millis(2_200)));
    let r = check_pop3_at(&server.addr().to_string(), "3", &[]);
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(status(&doc, "incoming", "greeting"), "ok", "{doc:#}");
    assert_eq!(r.code, Some(0));
}

#[test]
fn a_name_with_only_an_ipv6_address() {
    let server = Server::start_v6(greeting_pop3);
    let port = server.port();
    let spec = format!("mail.v6only.test:{port}");
    let pin = format!("mail.v6only.test:{port}:[::1]");
    let r = run(mailtriage(&[
        "check",
        "--json",
        "--timeout",
        "2",
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--resolve",
        &pin,
    ]));
    r.assert_well_behaved();
    let doc = r.json();
    assert_eq!(r.code, Some(0), "{doc:#}");
    assert_eq!(status(&doc, "incoming", "greeting"), "ok");
    assert_eq!(
        panel(&doc, "incoming")["server"]["address"],
        format!("[::1]:{port}")
    );
    let tcp = step(&doc, "network", "tcp").expect("network tcp step");
    assert!(
        tcp["target"].as_str().is_some_and(|t| t.contains("ipv6")),
        "{tcp}"
    );
    assert_eq!(tcp["status"], "ok");
}
