//! TLS failures named by what they are, end to end: the real `mailtriage check --json` against
//! scripted servers on 127.0.0.1. A server that closes on a TLS 1.2/1.3 hello and answers a
//! TLS 1.0/1.1 hello with a ServerHello is named too old from that evidence (implicit TLS on both
//! panels, and after STLS/STARTTLS), one that closes on every hello is not; a TLS record header
//! with an oversized length is not plain text; a chain too long is not an untrusted authority.
//! A real TLS 1.0-only `openssl s_server` (Debian's openssl package) is named too old as well.

mod support;
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::tls_kinds as tls_kinds_support;

use mailtriage::probe::tls::legacy::{HelloOutcome, ServerAnswer, ask_with_old_hello};
use serde_json::Value;
use support::*;
use tls_kinds_support::{Before, ChainServer, LongChain, OldHelloAnswer, VersionPickyServer};

/// The client version field of rustls's hello: TLS 1.2 (TLS 1.3 rides in an extension).
const MODERN_HELLO: u16 = 0x0303;
/// The client version field of the follow-up's hand-built hello: TLS 1.1.
const OLD_HELLO: u16 = 0x0302;

/// Commands that would mean a login was attempted.
const LOGIN_VERBS: &[&str] = &["USER", "PASS", "APOP", "AUTH"];

fn check(panel: &str, port: u16, security: &str) -> CheckOutput {
    let command = match panel {
        "incoming" => CheckCommand::new().pop3(port, security),
        _ => CheckCommand::new().smtp(port, security),
    };
    command
        .user(USER)
        .password(PASSWORD)
        .only(panel)
        .timeout("3")
        .run_json()
}

fn tls_evidence(doc: &Value, panel: &str) -> Value {
    let tls = assert_step(doc, panel, "tls", "failed");
    evidence(tls, "tls").clone()
}

fn assert_no_finding(doc: &Value, id: &str) {
    assert!(
        !finding_ids(doc).iter().any(|found| found == id),
        "unexpected finding {id:?}\n{}",
        summary(doc)
    );
}

fn assert_never_logged_in(server: &VersionPickyServer) {
    for line in server.lines() {
        let verb = line
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        assert!(
            !LOGIN_VERBS.contains(&verb.as_str()),
            "the server received a login command: {line}"
        );
    }
}

/// The server saw our TLS 1.2/1.3 hello, then exactly one hand-built TLS 1.1 hello. (The scan
/// for a working setting that follows a failure may try the same port again; each of its
/// attempts gets at most one follow-up too.)
fn assert_one_follow_up(server: &VersionPickyServer) {
    let hellos = server.hello_versions();
    assert_eq!(
        hellos.get(..2),
        Some(&[MODERN_HELLO, OLD_HELLO][..]),
        "hellos seen by the server: {hellos:x?}"
    );
    let modern = hellos.iter().filter(|v| **v == MODERN_HELLO).count();
    let old = hellos.iter().filter(|v| **v == OLD_HELLO).count();
    assert!(
        old <= modern,
        "more follow-ups than failed handshakes: {hellos:x?}"
    );
    assert_eq!(
        hellos.len(),
        modern + old,
        "only these two kinds: {hellos:x?}"
    );
}

fn assert_too_old_with(doc: &Value, panel: &str, version_name: &str, wire: &str) {
    let tls = tls_evidence(doc, panel);
    assert_eq!(tls["failure"], "protocol-version", "{tls}");
    let message = tls["message"].as_str().unwrap_or_default();
    assert!(
        message.contains(version_name) && message.contains(wire),
        "{message}"
    );
    let found = assert_finding_quotes(doc, "tls-protocol-too-old", wire);
    let explanation = found["explanation"].to_string();
    assert!(explanation.contains(version_name), "{explanation}");
    assert_no_finding(doc, "starttls-failed");
}

#[test]
fn implicit_tls_pop3_server_that_only_speaks_tls_1_0_is_too_old() {
    let server = VersionPickyServer::start(Before::Nothing, OldHelloAnswer::ServerHello(0x0301));
    let out = check("incoming", server.port(), "tls");
    out.assert_code(1);
    assert_too_old_with(&out.json, "incoming", "TLS 1.0", "0x0301");
    assert_eq!(panel(&out.json, "incoming")["tls"]["version"], "TLSv1.0");
    assert_one_follow_up(&server);
    assert_never_logged_in(&server);
}

#[test]
fn implicit_tls_smtp_server_that_only_speaks_tls_1_1_is_too_old() {
    let server = VersionPickyServer::start(Before::Nothing, OldHelloAnswer::ServerHello(0x0302));
    let out = check("outgoing", server.port(), "tls");
    out.assert_code(1);
    assert_too_old_with(&out.json, "outgoing", "TLS 1.1", "0x0302");
    assert_one_follow_up(&server);
}

#[test]
fn pop3_server_that_only_speaks_tls_1_0_after_stls_is_too_old() {
    let server = VersionPickyServer::start(Before::Pop3Stls, OldHelloAnswer::ServerHello(0x0301));
    let out = check("incoming", server.port(), "starttls");
    out.assert_code(1);
    assert_too_old_with(&out.json, "incoming", "TLS 1.0", "0x0301");
    assert_one_follow_up(&server);
    for connection in [0, 1] {
        assert_eq!(
            server.lines_of(connection),
            ["CAPA", "STLS"],
            "the follow-up repeats the plain-text part up to STLS, nothing more"
        );
    }
    assert_never_logged_in(&server);
}

#[test]
fn smtp_server_that_only_speaks_tls_1_0_after_starttls_is_too_old() {
    let server =
        VersionPickyServer::start(Before::SmtpStarttls, OldHelloAnswer::ServerHello(0x0301));
    let out = check("outgoing", server.port(), "starttls");
    out.assert_code(1);
    assert_too_old_with(&out.json, "outgoing", "TLS 1.0", "0x0301");
    assert_one_follow_up(&server);
    for connection in [0, 1] {
        let verbs: Vec<String> = server
            .lines_of(connection)
            .iter()
            .map(|l| {
                l.split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_ascii_uppercase()
            })
            .collect();
        assert_eq!(
            verbs,
            ["EHLO", "STARTTLS"],
            "the follow-up repeats EHLO and STARTTLS, nothing more"
        );
    }
    assert_never_logged_in(&server);
}

#[test]
fn a_server_that_closes_on_every_hello_is_not_called_too_old() {
    for (before, panel, security) in [
        (Before::Nothing, "incoming", "tls"),
        (Before::SmtpStarttls, "outgoing", "starttls"),
    ] {
        let server = VersionPickyServer::start(before, OldHelloAnswer::Close);
        let out = check(panel, server.port(), security);
        out.assert_code(1);
        let doc = &out.json;
        let tls = tls_evidence(doc, panel);
        assert_eq!(tls["failure"], "eof", "{tls}");
        assert_no_finding(doc, "tls-protocol-too-old");
        assert_one_follow_up(&server);
        let transcript = transcript_texts(doc, panel).join("\n");
        assert!(
            transcript.contains("TLS 1.0/1.1 hello showed nothing"),
            "{transcript}"
        );
    }
}

#[test]
fn a_healthy_tls_server_is_connected_to_once() {
    let kit = support::kit::Kit::new();
    let server = kit.start(support::kit::pop3(mailtriage::lab::Transport::ImplicitTls(
        mailtriage::lab::CertKind::Valid,
    )));
    let out = CheckCommand::new()
        .pop3(server.port(), "tls")
        .kit_ca(&kit)
        .only("incoming")
        .run_json();
    out.assert_code(0);
    assert_eq!(
        server.log().connections(),
        1,
        "no follow-up on the healthy path"
    );
}

/// A handshake record header claiming 65535 bytes, more than any TLS record may hold.
const OVERSIZED_RECORD: &[u8] = &[0x16, 0x03, 0x03, 0xff, 0xff, 0x02, 0x00, 0x00];
/// Binary bytes that are neither TLS nor text.
const BINARY_ANSWER: &[u8] = &[0x00, 0x00, 0x00, 0x2c, 0xff, 0x53, 0x4d, 0x42, 0x72];

#[test]
fn an_oversized_tls_record_is_a_broken_tls_answer_not_plain_text() {
    let kit = support::kit::Kit::new();
    let answering = |answer: &[u8]| {
        kit.start(
            support::kit::pop3(mailtriage::lab::Transport::Plain).misbehave(
                mailtriage::lab::Misbehaviour::AnswerFirstBytes(answer.to_vec()),
            ),
        )
    };
    for (answer, kind) in [
        (OVERSIZED_RECORD, "malformed"),
        (BINARY_ANSWER, "unexpected-bytes"),
    ] {
        let server = answering(answer);
        let out = CheckCommand::new()
            .pop3(server.port(), "tls")
            .kit_ca(&kit)
            .only("incoming")
            .timeout("3")
            .run_json();
        out.assert_code(1);
        let doc = &out.json;
        let tls = tls_evidence(doc, "incoming");
        assert_eq!(tls["failure"], kind, "{tls}");
        assert_no_finding(doc, "tls-on-plaintext-port");
        assert_finding(doc, "tls-answer-invalid");
    }
    let server = answering(OVERSIZED_RECORD);
    let out = CheckCommand::new()
        .pop3(server.port(), "tls")
        .only("incoming")
        .timeout("3")
        .run_json();
    assert_finding_quotes(&out.json, "tls-answer-invalid", "65535");
}

#[test]
fn a_forty_certificate_chain_is_built_wrong_not_untrusted() {
    let chain = LongChain::new(40);
    assert_eq!(chain.chain.len(), 40);
    let server = ChainServer::start(&chain);
    let out = CheckCommand::new()
        .pop3(server.port(), "tls")
        .args([
            "--ca-file".to_string(),
            chain.root_file().display().to_string(),
        ])
        .only("incoming")
        .timeout("5")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_eq!(
        panel(doc, "incoming")["tls"]["verdict"],
        "chain-invalid",
        "{}",
        summary(doc)
    );
    assert_no_finding(doc, "cert-untrusted");
    assert_no_finding(doc, "tls-intercepted");
    let found = assert_finding_quotes(doc, "cert-chain-invalid", "40 certificates");
    assert_eq!(found["severity"], "error");
}

// ------------------------------------------------------------------ a real TLS 1.0 server

/// `openssl s_server` serving TLS 1.0 only on a loopback port; killed when dropped.
struct OpensslTls10 {
    child: Child,
    port: u16,
    _files: (tempfile::NamedTempFile, tempfile::NamedTempFile),
}

impl OpensslTls10 {
    /// `None` when `openssl` is missing or cannot serve TLS 1.0 here.
    fn start() -> Option<Self> {
        let certified = mailtriage::lab::Pki::new("TLS 1.0 test CA")
            .and_then(|pki| pki.server_cert(mailtriage::lab::CertKind::SelfSigned, &["mail.test"]))
            .ok()?;
        let write = |text: String| {
            let mut file = tempfile::NamedTempFile::with_suffix(".pem").ok()?;
            std::io::Write::write_all(&mut file, text.as_bytes()).ok()?;
            Some(file)
        };
        let cert = write(certified.cert_pem())?;
        let key = write(certified.key_pem())?;
        let port = refused_port();
        let child = Command::new("openssl")
            .args(["s_server", "-accept"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-tls1", "-cipher", "DEFAULT:@SECLEVEL=0", "-www", "-quiet"])
            .arg("-cert")
            .arg(cert.path())
            .arg("-key")
            .arg(key.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let mut server = OpensslTls10 {
            child,
            port,
            _files: (cert, key),
        };
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = server.child.try_wait() {
                return None; // It refused the options.
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return Some(server);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for OpensslTls10 {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_real_tls_1_0_only_openssl_server_is_too_old() {
    let server = OpensslTls10::start().expect(
        "openssl s_server could not serve TLS 1.0 only here: install Debian's openssl package \
         (.ci/run does)",
    );
    let out = check("incoming", server.port, "tls");
    out.assert_code(1);
    let doc = &out.json;
    // OpenSSL reads the TLS 1.3-style version list of rustls's hello and refuses it with a
    // protocol_version alert: the alert is the evidence here, no follow-up is needed.
    let tls = tls_evidence(doc, "incoming");
    assert_eq!(tls["failure"], "protocol-version", "{tls}");
    assert_no_finding(doc, "tls-on-plaintext-port");
    assert_no_finding(doc, "tls-answer-invalid");
    assert_finding(doc, "tls-protocol-too-old");
}

#[test]
fn the_hand_built_hello_gets_a_tls_1_0_server_hello_from_openssl() {
    let server = OpensslTls10::start().expect(
        "openssl s_server could not serve TLS 1.0 only here: install Debian's openssl package \
         (.ci/run does)",
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let outcome = runtime.block_on(async {
        let mut stream = tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, server.port))
            .await
            .expect("connect to openssl");
        ask_with_old_hello(
            &mut stream,
            "mail.test",
            &[0x42; 32],
            Duration::from_secs(5),
        )
        .await
    });
    match outcome {
        HelloOutcome::Answered(ServerAnswer::Hello(version)) => {
            assert_eq!(version.wire(), 0x0301);
            assert_eq!(version.name(), "TLS 1.0");
        }
        other => panic!("openssl answered the hand-built hello with {other:?}"),
    }
}
