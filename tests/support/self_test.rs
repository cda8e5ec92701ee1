//! Tests of the test support itself: the fake servers answer a plain tokio client as a real
//! server would, the certificates verify (or fail) as intended, and SASL/MD5 decode correctly.
//! Compiled into one test binary only, so they run once.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use rustls::pki_types::ServerName;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

use crate::support::md5::md5_hex;
use crate::support::sasl::{
    self, Account, LOGIN_PASSWORD_PROMPT, LOGIN_USER_PROMPT, Pending, SaslStep, line_reveals,
    secret_forms,
};
use crate::support::{
    Behaviour, FakePop3, FakeSmtp, PASSWORD, SERVER_NAME, TestPki, Transport, USER, UnansweredPort,
    refused_port,
};

/// Every client wait in these tests is bounded by this.
const CLIENT_DEADLINE: Duration = Duration::from_secs(10);

fn block_on<F: Future<Output = ()>>(test: F) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    runtime.block_on(async {
        tokio::time::timeout(CLIENT_DEADLINE * 3, test)
            .await
            .expect("self-test finished in time");
    });
}

/// A line client over any stream.
struct Client<S> {
    io: BufReader<S>,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Client<S> {
    fn new(stream: S) -> Self {
        Client {
            io: BufReader::new(stream),
        }
    }

    async fn line(&mut self) -> String {
        let mut line = String::new();
        let n = tokio::time::timeout(CLIENT_DEADLINE, self.io.read_line(&mut line))
            .await
            .expect("a line before the deadline")
            .expect("read a line");
        assert!(n > 0, "server closed the connection");
        line.trim_end().to_string()
    }

    /// Reads lines until one satisfies `last` (a multi-line reply's end).
    async fn lines_until(&mut self, last: impl Fn(&str) -> bool) -> Vec<String> {
        let mut lines = Vec::new();
        loop {
            let line = self.line().await;
            let done = last(&line);
            lines.push(line);
            if done {
                return lines;
            }
        }
    }

    async fn send(&mut self, line: &str) {
        let wire = format!("{line}\r\n");
        self.io
            .get_mut()
            .write_all(wire.as_bytes())
            .await
            .expect("send a line");
    }

    async fn command(&mut self, line: &str) -> String {
        self.send(line).await;
        self.line().await
    }

    fn into_inner(self) -> S {
        assert!(
            self.io.buffer().is_empty(),
            "unread bytes before the TLS upgrade"
        );
        self.io.into_inner()
    }
}

async fn connect(port: u16) -> TcpStream {
    tokio::time::timeout(CLIENT_DEADLINE, TcpStream::connect(("127.0.0.1", port)))
        .await
        .expect("connect before the deadline")
        .expect("connect")
}

fn connector(pki: &TestPki) -> TlsConnector {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pki.ca_der()).expect("test CA is a valid root");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    TlsConnector::from(Arc::new(config))
}

async fn tls_connect<S: AsyncRead + AsyncWrite + Unpin>(
    pki: &TestPki,
    stream: S,
) -> std::io::Result<tokio_rustls::client::TlsStream<S>> {
    let name = ServerName::try_from(SERVER_NAME).expect("valid name");
    tokio::time::timeout(CLIENT_DEADLINE, connector(pki).connect(name, stream))
        .await
        .expect("handshake before the deadline")
}

/// Polls the server's log until `ready` holds (the server records after the client moved on).
async fn eventually(ready: impl Fn() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the server never reached the expected state");
}

#[test]
fn pop3_plain_user_pass_stat_uidl() {
    let server = FakePop3::builder(Transport::Plain).start();
    block_on(async {
        let mut c = Client::new(connect(server.port()).await);
        assert!(c.line().await.starts_with("+OK"));
        c.send("CAPA").await;
        let capa = c.lines_until(|l| l == ".").await;
        assert!(capa.contains(&"USER".to_string()), "{capa:?}");
        assert!(capa.contains(&"SASL PLAIN LOGIN".to_string()), "{capa:?}");
        assert!(!capa.contains(&"STLS".to_string()), "{capa:?}");
        assert!(
            c.command("STAT").await.starts_with("-ERR"),
            "STAT before login"
        );
        assert_eq!(c.command(&format!("USER {USER}")).await, "+OK");
        assert_eq!(
            c.command(&format!("PASS {PASSWORD}")).await,
            "+OK Logged in."
        );
        assert_eq!(c.command("STAT").await, "+OK 2 4600");
        assert_eq!(c.command("UIDL 2").await, "+OK 2 00000002a1b2c3d4");
        assert!(c.command("UIDL 3").await.starts_with("-ERR"));
        c.send("UIDL").await;
        let uidl = c.lines_until(|l| l == ".").await;
        assert_eq!(uidl.len(), 4, "{uidl:?}");
        assert!(c.command("RETR 1").await.starts_with("-ERR"));
        assert!(c.command("QUIT").await.starts_with("+OK"));
    });
    let log = server.log();
    assert_eq!(
        log.verbs(),
        [
            "CAPA", "STAT", "USER", "PASS", "STAT", "UIDL", "UIDL", "UIDL", "RETR", "QUIT"
        ]
    );
    let logins = log.login_attempts();
    assert_eq!(logins.len(), 1);
    assert!(logins[0].accepted && !logins[0].over_tls);
    assert_eq!(logins[0].method, "USER/PASS");
    assert!(log.lines().iter().all(|r| !r.over_tls));
}

#[test]
fn pop3_stls_upgrade_then_auth_plain() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::StartTls(pki.valid_leaf())).start();
    block_on(async {
        let mut c = Client::new(connect(server.port()).await);
        c.line().await;
        c.send("CAPA").await;
        assert!(c.lines_until(|l| l == ".").await.contains(&"STLS".into()));
        assert!(c.command("STLS").await.starts_with("+OK"));
        let tls = tls_connect(&pki, c.into_inner()).await.expect("valid leaf");
        let mut c = Client::new(tls);
        c.send("CAPA").await;
        assert!(!c.lines_until(|l| l == ".").await.contains(&"STLS".into()));
        // An empty challenge: "+ " (the client trims the trailing space).
        assert_eq!(c.command("AUTH PLAIN").await, "+");
        let payload = BASE64.encode(format!("\0{USER}\0{PASSWORD}"));
        assert_eq!(c.command(&payload).await, "+OK Logged in.");
        assert!(c.command("QUIT").await.starts_with("+OK"));
    });
    let log = server.log();
    assert_eq!(log.tls_handshakes(), 1);
    let logins = log.login_attempts();
    assert_eq!(logins.len(), 1);
    assert!(logins[0].accepted && logins[0].over_tls);
    assert_eq!(logins[0].method, "AUTH PLAIN");
    // The raw SASL payload is recorded, after the handshake.
    let lines = log.lines();
    let payload_line = lines
        .iter()
        .find(|r| line_reveals(&r.line, PASSWORD))
        .expect("payload recorded");
    assert!(payload_line.over_tls);
}

#[test]
fn pop3_wrong_password_and_overridden_reply() {
    let in_use = "-ERR [IN-USE] Mailbox is locked by another POP3 session.";
    let server = FakePop3::builder(Transport::Plain)
        .reply("PASS", in_use)
        .start();
    let plain = FakePop3::builder(Transport::Plain).start();
    block_on(async {
        let mut c = Client::new(connect(plain.port()).await);
        c.line().await;
        c.command(&format!("USER {USER}")).await;
        assert_eq!(
            c.command("PASS wrong").await,
            "-ERR [AUTH] Authentication failed."
        );

        let mut c = Client::new(connect(server.port()).await);
        c.line().await;
        c.command(&format!("USER {USER}")).await;
        assert_eq!(c.command(&format!("PASS {PASSWORD}")).await, in_use);
        assert!(c.command("STAT").await.starts_with("-ERR"), "not logged in");
    });
    assert!(!plain.log().login_attempts()[0].accepted);
    assert!(!server.log().login_attempts()[0].accepted);
}

#[test]
fn pop3_apop_digest_is_checked() {
    let timestamp = "<1896.697170952@mail.test>";
    let server = FakePop3::builder(Transport::Plain)
        .apop_timestamp(timestamp)
        .start();
    block_on(async {
        let mut c = Client::new(connect(server.port()).await);
        assert!(c.line().await.ends_with(timestamp));
        let digest = md5_hex(format!("{timestamp}{PASSWORD}").as_bytes());
        assert!(
            c.command(&format!("APOP {USER} 0123"))
                .await
                .starts_with("-ERR")
        );
        assert!(
            c.command(&format!("APOP {USER} {digest}"))
                .await
                .starts_with("+OK")
        );
    });
    let accepted: Vec<bool> = server
        .log()
        .login_attempts()
        .iter()
        .map(|a| a.accepted)
        .collect();
    assert_eq!(accepted, [false, true]);
}

#[test]
fn smtp_starttls_auth_login_and_dry_run() {
    let pki = TestPki::new();
    let relay_denied = "554 5.7.1 <bob@example.org>: Relay access denied";
    let server = FakeSmtp::builder(Transport::StartTls(pki.valid_leaf()))
        .auth_only_over_tls()
        .reject_recipient("bob@example.org", relay_denied)
        .start();
    block_on(async {
        let mut c = Client::new(connect(server.port()).await);
        assert!(c.line().await.starts_with("220 "));
        c.send("EHLO client.test").await;
        let ehlo = c.lines_until(|l| l.starts_with("250 ")).await;
        assert!(ehlo[0].contains("[127.0.0.1]"), "{ehlo:?}");
        assert!(ehlo.iter().any(|l| l.ends_with("STARTTLS")), "{ehlo:?}");
        assert!(
            !ehlo.iter().any(|l| l.contains("AUTH")),
            "AUTH hidden before TLS"
        );
        assert!(c.command("AUTH PLAIN =").await.starts_with("503"));
        assert!(c.command("STARTTLS").await.starts_with("220"));
        let mut c = Client::new(tls_connect(&pki, c.into_inner()).await.expect("valid leaf"));
        assert!(
            c.command("MAIL FROM:<alice@mail.test>")
                .await
                .starts_with("503"),
            "EHLO again first"
        );
        c.send("EHLO client.test").await;
        let ehlo = c.lines_until(|l| l.starts_with("250 ")).await;
        assert!(
            ehlo.iter().any(|l| l.ends_with("AUTH PLAIN LOGIN")),
            "{ehlo:?}"
        );
        assert!(!ehlo.iter().any(|l| l.contains("STARTTLS")), "{ehlo:?}");
        assert_eq!(
            c.command("AUTH LOGIN").await,
            format!("334 {LOGIN_USER_PROMPT}")
        );
        assert_eq!(
            c.command(&BASE64.encode(USER)).await,
            format!("334 {LOGIN_PASSWORD_PROMPT}")
        );
        assert!(
            c.command(&BASE64.encode(PASSWORD))
                .await
                .starts_with("235 ")
        );
        assert!(
            c.command("MAIL FROM:<alice@mail.test>")
                .await
                .starts_with("250 ")
        );
        assert!(
            c.command("RCPT TO:<carol@mail.test>")
                .await
                .starts_with("250 ")
        );
        assert_eq!(c.command("RCPT TO:<Bob@example.org>").await, relay_denied);
        assert!(c.command("DATA").await.starts_with("554"));
        assert!(c.command("RSET").await.starts_with("250 "));
        assert!(c.command("QUIT").await.starts_with("221 "));
    });
    let log = server.log();
    let logins = log.login_attempts();
    assert_eq!(logins.len(), 1);
    assert!(logins[0].accepted && logins[0].over_tls);
    assert_eq!(logins[0].method, "AUTH LOGIN");
    assert!(log.received_verb("rset"));
}

#[test]
fn smtp_wrong_password_and_provider_reply() {
    let basic_disabled =
        "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.";
    let server = FakeSmtp::builder(Transport::Plain)
        .reply("AUTH", basic_disabled)
        .start();
    let plain = FakeSmtp::builder(Transport::Plain).start();
    block_on(async {
        for (port, password, expected) in [
            (
                plain.port(),
                "wrong",
                "535 5.7.8 Error: authentication failed: authentication failure",
            ),
            (server.port(), PASSWORD, basic_disabled),
        ] {
            let mut c = Client::new(connect(port).await);
            c.line().await;
            c.send("EHLO client.test").await;
            let ehlo = c.lines_until(|l| l.starts_with("250 ")).await;
            assert!(!ehlo.iter().any(|l| l.contains("STARTTLS")), "{ehlo:?}");
            let payload = BASE64.encode(format!("\0{USER}\0{password}"));
            assert_eq!(c.command(&format!("AUTH PLAIN {payload}")).await, expected);
        }
    });
    for log in [plain.log(), server.log()] {
        let logins = log.login_attempts();
        assert_eq!(logins.len(), 1);
        assert!(!logins[0].accepted && !logins[0].over_tls);
    }
}

#[test]
fn implicit_tls_serves_valid_and_refuses_bad_certificates() {
    let pki = TestPki::new();
    let valid = FakeSmtp::builder(Transport::ImplicitTls(pki.valid_leaf())).start();
    let expired = FakePop3::builder(Transport::ImplicitTls(pki.expired_leaf())).start();
    let wrong_name = FakePop3::builder(Transport::ImplicitTls(pki.wrong_name_leaf())).start();
    let self_signed = FakePop3::builder(Transport::ImplicitTls(pki.self_signed_leaf())).start();
    block_on(async {
        let tls = tls_connect(&pki, connect(valid.port()).await).await;
        let mut c = Client::new(tls.expect("valid leaf verifies"));
        assert!(c.line().await.starts_with("220 "));

        for (server, expected) in [
            (&expired, "expired"),
            (&wrong_name, "not valid for name"),
            (&self_signed, "UnknownIssuer"),
        ] {
            let result = tls_connect(&pki, connect(server.port()).await).await;
            let error = result.expect_err("the client must refuse this certificate");
            let text = format!("{error:?} {error}");
            assert!(text.contains(expected), "{text}");
        }
        eventually(|| expired.log().tls_handshake_failures() == 1).await;
    });
    assert_eq!(valid.log().tls_handshakes(), 1);
    assert!(expired.log().lines().is_empty());
}

#[test]
fn plaintext_client_on_tls_port_and_tls_client_on_plaintext_port() {
    let pki = TestPki::new();
    let tls_port = FakePop3::builder(Transport::ImplicitTls(pki.valid_leaf())).start();
    let plain_port = FakePop3::builder(Transport::Plain).start();
    block_on(async {
        // A plain client hears nothing: the server waits for a ClientHello.
        let mut silent = connect(tls_port.port()).await;
        let mut byte = [0u8; 1];
        let read = tokio::time::timeout(Duration::from_millis(300), silent.read(&mut byte)).await;
        assert!(read.is_err(), "a TLS port must not greet in plain text");
        // A TLS client on the plain port gets the greeting as a corrupt record.
        let error = tls_connect(&pki, connect(plain_port.port()).await)
            .await
            .expect_err("a plaintext greeting is not TLS");
        assert!(
            format!("{error:?}").contains("InvalidContentType"),
            "{error:?}"
        );
        // The ClientHello reached the plaintext server as a (garbled) line.
        eventually(|| !plain_port.log().lines().is_empty()).await;
    });
}

#[test]
fn misbehaviours_before_the_greeting() {
    let never = FakePop3::builder(Transport::Plain)
        .behaviour(Behaviour::NeverGreet)
        .start();
    let closing = FakeSmtp::builder(Transport::Plain)
        .behaviour(Behaviour::CloseAfterAccept)
        .start();
    let slow = FakeSmtp::builder(Transport::Plain)
        .behaviour(Behaviour::GreetAfter(Duration::from_millis(200)))
        .start();
    block_on(async {
        let mut stream = connect(never.port()).await;
        stream.write_all(b"CAPA\r\n").await.expect("send");
        let mut byte = [0u8; 1];
        let read = tokio::time::timeout(Duration::from_millis(300), stream.read(&mut byte)).await;
        assert!(read.is_err(), "a never-greeting server must stay silent");

        let mut stream = connect(closing.port()).await;
        let read = tokio::time::timeout(CLIENT_DEADLINE, stream.read(&mut byte))
            .await
            .expect("closed before the deadline");
        assert!(matches!(read, Ok(0) | Err(_)), "{read:?}");

        let mut c = Client::new(connect(slow.port()).await);
        assert!(c.line().await.starts_with("220 "));
    });
    assert!(
        never.log().lines().is_empty(),
        "silent servers record nothing"
    );
    assert_eq!(closing.log().connections(), 1);
}

#[test]
fn parallel_connections_are_served() {
    let server = FakePop3::builder(Transport::Plain).start();
    block_on(async {
        let mut first = Client::new(connect(server.port()).await);
        let mut second = Client::new(connect(server.port()).await);
        assert!(second.line().await.starts_with("+OK"));
        assert!(first.line().await.starts_with("+OK"));
        assert!(second.command("NOOP").await.starts_with("-ERR"));
        assert!(first.command("QUIT").await.starts_with("+OK"));
    });
    let log = server.log();
    assert_eq!(log.connections(), 2);
    let connections: Vec<usize> = log.lines().iter().map(|r| r.connection).collect();
    assert_eq!(connections.len(), 2);
    assert_ne!(connections[0], connections[1]);
}

/// Reads until the peer closes; the bytes it sent.
async fn read_to_close(stream: &mut TcpStream) -> Vec<u8> {
    let mut bytes = Vec::new();
    tokio::time::timeout(CLIENT_DEADLINE, stream.read_to_end(&mut bytes))
        .await
        .expect("closed before the deadline")
        .expect("read until closed");
    bytes
}

#[test]
fn raw_answers_replace_the_tls_handshake() {
    const ALERT: &[u8] = &[0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46];
    let refusing = FakePop3::builder(Transport::Plain)
        .behaviour(Behaviour::AnswerRaw(ALERT))
        .start();
    let broken = FakeSmtp::builder(Transport::StartTlsBroken(ALERT)).start();
    block_on(async {
        // No greeting: the answer comes only after the client's first bytes.
        let mut stream = connect(refusing.port()).await;
        let mut byte = [0u8; 1];
        let read = tokio::time::timeout(Duration::from_millis(300), stream.read(&mut byte)).await;
        assert!(read.is_err(), "nothing before the client speaks");
        stream.write_all(&[0x16, 0x03, 0x01]).await.expect("send");
        assert_eq!(read_to_close(&mut stream).await, ALERT);

        // STARTTLS is offered and agreed to; the "handshake" is the raw answer.
        let mut c = Client::new(connect(broken.port()).await);
        c.line().await;
        c.send("EHLO client.test").await;
        let ehlo = c.lines_until(|l| l.starts_with("250 ")).await;
        assert!(ehlo.iter().any(|l| l.ends_with("STARTTLS")), "{ehlo:?}");
        assert!(c.command("STARTTLS").await.starts_with("220 "));
        let mut stream = c.into_inner();
        stream.write_all(&[0x16, 0x03, 0x01]).await.expect("send");
        assert_eq!(read_to_close(&mut stream).await, ALERT);
        eventually(|| broken.log().tls_handshake_failures() == 1).await;
    });
    assert_eq!(broken.log().tls_handshakes(), 0);
}

#[test]
fn certificates_outside_their_validity_are_refused_and_expiring_ones_verify() {
    let pki = TestPki::new();
    let early = FakePop3::builder(Transport::ImplicitTls(pki.not_yet_valid_leaf())).start();
    let expiring = FakePop3::builder(Transport::ImplicitTls(pki.expiring_leaf(3))).start();
    let shield = TestPki::named("Example Mail Shield Root");
    let intercepted = FakePop3::builder(Transport::ImplicitTls(shield.valid_chain())).start();
    block_on(async {
        let error = tls_connect(&pki, connect(early.port()).await)
            .await
            .expect_err("a certificate valid only later is refused");
        assert!(format!("{error:?}").contains("NotValidYet"), "{error:?}");
        let tls = tls_connect(&pki, connect(expiring.port()).await).await;
        let mut c = Client::new(tls.expect("a certificate still valid verifies"));
        assert!(c.line().await.starts_with("+OK"));
        // The whole chain is sent; it verifies only with its own CA.
        let error = tls_connect(&pki, connect(intercepted.port()).await)
            .await
            .expect_err("another CA's chain is refused");
        assert!(format!("{error:?}").contains("UnknownIssuer"), "{error:?}");
        let tls = tls_connect(&shield, connect(intercepted.port()).await).await;
        assert!(tls.is_ok(), "{tls:?}");
    });
    assert_eq!(shield.valid_chain().chain.len(), 2);
}

#[test]
fn unanswered_port_lets_connects_time_out() {
    let port = UnansweredPort::new();
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port.port()));
    let error = std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(500))
        .expect_err("the connect must not complete");
    assert_eq!(error.kind(), std::io::ErrorKind::TimedOut, "{error}");
}

#[test]
fn refused_port_refuses() {
    let port = refused_port();
    let error = std::net::TcpStream::connect(("127.0.0.1", port)).expect_err("nothing listens");
    assert_eq!(error.kind(), std::io::ErrorKind::ConnectionRefused);
}

#[test]
fn sasl_plain_login_cancel_and_garbage() {
    let account = Account::new("alice", "pw");
    let offered = vec!["PLAIN".to_string(), "LOGIN".to_string()];
    let payload = BASE64.encode("\0alice\0pw");
    assert_eq!(
        sasl::start("plain", Some(&payload), &offered, &account),
        SaslStep::Verdict {
            method: "AUTH PLAIN",
            user: "alice".into(),
            ok: true
        }
    );
    let wrong = BASE64.encode("alice\0alice\0nope");
    assert!(matches!(
        sasl::start("PLAIN", Some(&wrong), &offered, &account),
        SaslStep::Verdict { ok: false, .. }
    ));
    let SaslStep::Challenge(pending, _) = sasl::start("LOGIN", None, &offered, &account) else {
        panic!("LOGIN must challenge for the user name");
    };
    let SaslStep::Challenge(pending, _) = sasl::respond(pending, &BASE64.encode("alice"), &account)
    else {
        panic!("LOGIN must challenge for the password");
    };
    assert_eq!(sasl::respond(pending, "*", &account), SaslStep::Cancelled);
    assert_eq!(
        sasl::start("XOAUTH2", Some("abc"), &offered, &account),
        SaslStep::Unsupported
    );
    assert_eq!(
        sasl::respond(Pending::Plain, "!!!", &account),
        SaslStep::Malformed
    );
    assert_eq!(
        sasl::respond(Pending::Plain, &BASE64.encode("no separators"), &account),
        SaslStep::Malformed
    );
}

#[test]
fn secret_forms_are_all_detected() {
    for form in secret_forms("alice", "s3cret") {
        assert!(
            line_reveals(&format!("AUTH PLAIN {form}"), "s3cret"),
            "{form}"
        );
    }
    assert!(!line_reveals("AUTH PLAIN ***", "s3cret"));
}

#[test]
fn md5_matches_rfc_vectors() {
    assert_eq!(md5_hex(b""), "d41d8cd98f00b204e9800998ecf8427e");
    assert_eq!(md5_hex(b"abc"), "900150983cd24fb0d6963f7d28e17f72");
    assert_eq!(
        md5_hex(
            b"12345678901234567890123456789012345678901234567890123456789012345678901234567890"
        ),
        "57edf4a22be3c955ac49da2e2107b67a"
    );
    // RFC 1939's APOP example.
    assert_eq!(
        md5_hex(b"<1896.697170952@dbc.mtview.ca.us>tanstaaf"),
        "c4c9334bac560ecc979e58001b3e22fb"
    );
}
