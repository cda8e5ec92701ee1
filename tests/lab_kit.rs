//! The lab's scripted servers themselves: each misbehaviour as a client sees it on the wire,
//! the log of what the client sent, the bounds on what a client can make a server read, the
//! commands the lab never acts on, and each certificate kind as mailtriage's own probe sees it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use mailtriage::account::{Endpoint, Plan, Protocol, ResolveOverride, Security};
use mailtriage::engine::Setup;
use mailtriage::finding::Lang;
use mailtriage::lab::{CertKind, Misbehaviour, Pki, Server, ServerSpec, Transport};
use mailtriage::model::Panel;
use mailtriage::preset::Presets;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const USER: &str = "bob@lab.localhost";
const PASSWORD: &str = "lab-Passw0rd";
const SHORT: Duration = Duration::from_millis(600);

fn pki() -> Pki {
    Pki::new("lab test CA").expect("CA")
}

fn plain_pop3() -> ServerSpec {
    ServerSpec::pop3(Transport::Plain, USER, PASSWORD)
}

fn plain_imap() -> ServerSpec {
    ServerSpec::imap(Transport::Plain, USER, PASSWORD)
}

fn plain_smtp() -> ServerSpec {
    ServerSpec::smtp(Transport::Plain, USER, PASSWORD)
}

/// Everything the server sends until it closes, or until it is quiet for `SHORT`; with each
/// read's size.
async fn read_all(tcp: &mut TcpStream) -> (Vec<u8>, Vec<usize>, bool) {
    let (mut all, mut sizes) = (Vec::new(), Vec::new());
    let mut chunk = [0u8; 4096];
    loop {
        match tokio::time::timeout(SHORT, tcp.read(&mut chunk)).await {
            Ok(Ok(0)) => return (all, sizes, true),
            Ok(Ok(n)) => {
                all.extend_from_slice(&chunk[..n]);
                sizes.push(n);
            }
            Ok(Err(_)) => return (all, sizes, true),
            Err(_) => return (all, sizes, false),
        }
    }
}

/// The log's count of ended connections once it reaches `want` (or after a short wait).
fn log_closed_after(server: &Server, want: usize) -> usize {
    let until = Instant::now() + SHORT;
    while server.log().closed() < want && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(10));
    }
    server.log().closed()
}

/// Send a line and read the reply up to and including the line that ends it.
async fn say(tcp: &mut TcpStream, line: &str) -> String {
    tcp.write_all(format!("{line}\r\n").as_bytes())
        .await
        .unwrap();
    let (bytes, _, _) = read_all(tcp).await;
    String::from_utf8_lossy(&bytes).to_string()
}

#[tokio::test]
async fn a_behaving_pop3_server_greets_answers_and_logs_what_it_was_sent() {
    let pki = pki();
    let server = Server::start(plain_pop3().greeting("+OK hello"), &pki)
        .await
        .unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    assert!(server.addr().ip().is_loopback());
    let (greeting, _, closed) = read_all(&mut tcp).await;
    assert_eq!(greeting, b"+OK hello\r\n");
    assert!(!closed);
    assert!(
        say(&mut tcp, "CAPA")
            .await
            .contains("SASL PLAIN LOGIN\r\n.\r\n")
    );
    assert_eq!(say(&mut tcp, &format!("USER {USER}")).await, "+OK\r\n");
    assert_eq!(
        say(&mut tcp, "PASS wrong").await,
        "-ERR [AUTH] Authentication failed.\r\n"
    );
    say(&mut tcp, &format!("USER {USER}")).await;
    assert_eq!(
        say(&mut tcp, &format!("PASS {PASSWORD}")).await,
        "+OK Logged in.\r\n"
    );
    assert_eq!(say(&mut tcp, "STAT").await, "+OK 2 53600\r\n");
    assert_eq!(log_closed_after(&server, 0), 0, "still connected");
    assert_eq!(say(&mut tcp, "QUIT").await, "+OK Bye.\r\n");
    assert_eq!(log_closed_after(&server, 1), 1, "QUIT ends the session");
    let log = server.log();
    assert_eq!(
        log.verbs(),
        ["CAPA", "USER", "PASS", "USER", "PASS", "STAT", "QUIT"]
    );
    assert_eq!(log.connections(), 1);
    let logins = log.logins();
    assert_eq!(logins.len(), 2);
    assert!(!logins[0].accepted && logins[1].accepted);
    assert!(log.lines().iter().all(|r| !r.over_tls && r.connection == 0));
}

#[tokio::test]
async fn the_lab_never_hands_out_deletes_or_accepts_a_message_whatever_the_script() {
    let pki = pki();
    let pop3 = plain_pop3()
        .reply("RETR", "+OK here it is")
        .reply("DELE", "+OK deleted")
        .reply("TOP", "+OK");
    let server = Server::start(pop3, &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    say(&mut tcp, &format!("USER {USER}")).await;
    say(&mut tcp, &format!("PASS {PASSWORD}")).await;
    for command in ["RETR 1", "DELE 1", "TOP 1 0"] {
        assert!(
            say(&mut tcp, command).await.starts_with("-ERR"),
            "{command}"
        );
    }
    let smtp = plain_smtp()
        .reply("DATA", "354 go ahead")
        .reply("BDAT", "250 ok");
    let server = Server::start(smtp, &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    say(&mut tcp, "EHLO client.localhost").await;
    assert_eq!(
        say(&mut tcp, "MAIL FROM:<a@b.localhost>").await,
        "250 2.1.0 Ok\r\n"
    );
    assert_eq!(
        say(&mut tcp, "RCPT TO:<c@d.localhost>").await,
        "250 2.1.5 Ok\r\n"
    );
    assert!(say(&mut tcp, "DATA").await.starts_with("554 "));
    assert!(say(&mut tcp, "BDAT 10 LAST").await.starts_with("554 "));
}

#[tokio::test]
async fn silence_accepts_and_never_says_a_word() {
    let server = Server::start(plain_smtp().misbehave(Misbehaviour::Silence), &pki())
        .await
        .unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    tcp.write_all(b"EHLO client.localhost\r\n").await.unwrap();
    let (bytes, _, closed) = read_all(&mut tcp).await;
    assert!(bytes.is_empty() && !closed, "{bytes:?} closed={closed}");
    assert_eq!(server.log().connections(), 1);
}

#[tokio::test]
async fn drip_sends_the_greeting_a_few_bytes_at_a_time() {
    let pause = Duration::from_millis(40);
    let spec = plain_pop3()
        .greeting("+OK slow but steady")
        .misbehave(Misbehaviour::Drip { bytes: 3, pause });
    let server = Server::start(spec, &pki()).await.unwrap();
    let started = Instant::now();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let mut got = Vec::new();
    let mut sizes = Vec::new();
    let mut chunk = [0u8; 64];
    while !got.ends_with(b"\r\n") {
        let n = tokio::time::timeout(SHORT, tcp.read(&mut chunk))
            .await
            .unwrap()
            .unwrap();
        assert!(n > 0);
        got.extend_from_slice(&chunk[..n]);
        sizes.push(n);
    }
    assert_eq!(got, b"+OK slow but steady\r\n");
    assert!(sizes.iter().all(|&n| n <= 3), "{sizes:?}");
    // 21 bytes in 7 pieces: six pauses.
    assert!(started.elapsed() >= pause * 6, "{:?}", started.elapsed());
}

#[tokio::test]
async fn reset_answers_the_connection_with_a_reset() {
    let server = Server::start(plain_pop3().misbehave(Misbehaviour::Reset), &pki())
        .await
        .unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let mut chunk = [0u8; 16];
    let read = tokio::time::timeout(SHORT, tcp.read(&mut chunk))
        .await
        .unwrap();
    let err = read.expect_err("a reset, not an orderly close");
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionReset, "{err}");
}

#[tokio::test]
async fn close_after_greeting_greets_then_hangs_up() {
    let spec = plain_smtp()
        .greeting("220 bye soon")
        .misbehave(Misbehaviour::CloseAfterGreeting);
    let server = Server::start(spec, &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let (bytes, _, closed) = read_all(&mut tcp).await;
    assert_eq!(bytes, b"220 bye soon\r\n");
    assert!(closed);
    assert_eq!((server.log().connections(), server.log().closed()), (1, 1));
}

#[tokio::test]
async fn garbage_sends_its_bytes_instead_of_a_greeting_and_closes() {
    let junk = vec![0x16, 0x03, 0x01, 0xff, b'\n', 0x00, 0x9b];
    let spec = plain_pop3().misbehave(Misbehaviour::Garbage(junk.clone()));
    let server = Server::start(spec, &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let (bytes, _, closed) = read_all(&mut tcp).await;
    assert_eq!(bytes, junk);
    assert!(closed);
}

#[tokio::test]
async fn a_line_longer_than_the_bound_ends_the_connection() {
    let server = Server::start(plain_pop3(), &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    let endless = vec![b'A'; mailtriage::lab::conn::MAX_LINE + 8192];
    // The server may hang up before all of it is written.
    let _ = tcp.write_all(&endless).await;
    let (_, _, closed) = read_all(&mut tcp).await;
    assert!(closed, "the server still reads an endless line");
    assert!(server.log().lines().is_empty());
}

#[tokio::test]
async fn starttls_upgrades_and_the_log_says_which_lines_were_encrypted() {
    let pki = pki();
    let spec = ServerSpec::smtp(Transport::Starttls(CertKind::Valid), USER, PASSWORD)
        .names(&["smtp.lab.localhost"]);
    let server = Server::start(spec, &pki).await.unwrap();
    let outcome = check(
        &server,
        &pki,
        Protocol::Smtp,
        Security::Starttls,
        "smtp.lab.localhost",
    )
    .await;
    assert_eq!(outcome.0, Vec::<String>::new(), "{:?}", outcome.1);
    let log = server.log();
    assert_eq!(log.tls_handshakes(), 1);
    let lines = log.lines();
    let upgrade = lines
        .iter()
        .position(|r| r.verb() == "STARTTLS")
        .expect("STARTTLS sent");
    assert!(lines[..=upgrade].iter().all(|r| !r.over_tls));
    assert!(lines[upgrade + 1..].iter().all(|r| r.over_tls));
    assert!(log.logins().iter().any(|l| l.accepted && l.over_tls));
}

/// Run mailtriage's own check on one server; the finding ids and the incoming/outgoing panel's
/// step details.
async fn check(
    server: &Server,
    pki: &Pki,
    protocol: Protocol,
    security: Security,
    host: &str,
) -> (Vec<String>, Vec<String>) {
    let endpoint = Endpoint {
        host: host.into(),
        port: server.port(),
        security,
    };
    let (incoming, outgoing, panel) = match protocol {
        Protocol::Pop3 => (Some(endpoint), None, Panel::Incoming),
        Protocol::Smtp => (None, Some(endpoint), Panel::Outgoing),
        Protocol::Imap => (Some(endpoint), None, Panel::Incoming),
    };
    let mut plan = Plan::new(incoming, outgoing);
    plan.incoming_protocol = match protocol {
        Protocol::Imap => Protocol::Imap,
        _ => Protocol::Pop3,
    };
    plan.user = Some(USER.into());
    plan.password = Some(mailtriage::account::Secret::new(PASSWORD));
    plan.extra_ca_pem = Some(pki.ca_pem().as_bytes().to_vec());
    plan.step_timeout = Duration::from_secs(3);
    plan.resolve = vec![ResolveOverride {
        host: host.into(),
        port: server.port(),
        addr: std::net::Ipv4Addr::LOCALHOST.into(),
    }];
    plan.panels = vec![panel];
    let setup = Setup::new(Arc::new(Presets::embedded()));
    let outcome =
        mailtriage::command::check::run_once(&setup, Arc::new(plan), vec![panel], Lang::En).await;
    let ids = outcome.findings.iter().map(|f| f.id.clone()).collect();
    let details = outcome
        .state
        .panels
        .iter()
        .flat_map(|p| &p.steps)
        .map(|s| format!("{:?}", s))
        .collect();
    (ids, details)
}

#[tokio::test]
async fn each_certificate_kind_reads_to_the_client_as_it_should() {
    let pki = pki();
    let host = "pop.lab.localhost";
    for (kind, expected) in [
        (CertKind::Valid, None),
        (CertKind::Expired, Some("cert-expired")),
        (CertKind::NotYetValid, Some("cert-not-yet-valid")),
        (CertKind::WrongName, Some("cert-hostname-mismatch")),
        (CertKind::SelfSigned, Some("cert-untrusted")),
    ] {
        let spec = ServerSpec::pop3(Transport::ImplicitTls(kind), USER, PASSWORD).names(&[host]);
        let server = Server::start(spec, &pki).await.unwrap();
        let (ids, steps) = check(&server, &pki, Protocol::Pop3, Security::Tls, host).await;
        match expected {
            None => {
                assert!(ids.is_empty(), "{kind:?}: {ids:?}");
                assert_eq!(server.log().tls_handshakes(), 1, "{kind:?}");
                assert!(
                    server
                        .log()
                        .logins()
                        .iter()
                        .any(|l| l.accepted && l.over_tls)
                );
            }
            Some(id) => {
                assert_eq!(
                    ids.first().map(String::as_str),
                    Some(id),
                    "{kind:?}: {ids:?} {steps:?}"
                );
                // The probe may finish a handshake to read the certificate; it never logs in.
                let log = server.log();
                assert!(log.logins().is_empty(), "{kind:?}: {:?}", log.lines());
                assert!(!log.received("USER") && !log.received("AUTH"), "{kind:?}");
            }
        }
    }
}

#[tokio::test]
async fn apop_is_judged_against_the_greeting_timestamp() {
    use md5::{Digest, Md5};
    let stamp = "<1896.697170952@lab.localhost>";
    let spec = plain_pop3().greeting(&format!("+OK ready {stamp}"));
    let server = Server::start(spec, &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    let digest = |password: &str| -> String {
        Md5::digest(format!("{stamp}{password}").as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let wrong = say(&mut tcp, &format!("APOP {USER} {}", digest("nope"))).await;
    assert!(wrong.starts_with("-ERR"), "{wrong}");
    let right = say(&mut tcp, &format!("APOP {USER} {}", digest(PASSWORD))).await;
    assert_eq!(right, "+OK Logged in.\r\n");
    let methods: Vec<(String, bool)> = server
        .log()
        .logins()
        .into_iter()
        .map(|l| (l.method, l.accepted))
        .collect();
    assert_eq!(methods, [("APOP".into(), false), ("APOP".into(), true)]);
}

#[tokio::test]
async fn hang_up_after_a_refused_login_closes_on_the_refusal_only() {
    let pki = pki();
    let spec = plain_pop3().misbehave(Misbehaviour::HangUpAfterRefusedLogin);
    let server = Server::start(spec, &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    say(&mut tcp, &format!("USER {USER}")).await;
    tcp.write_all(b"PASS wrong\r\n").await.unwrap();
    let (bytes, _, closed) = read_all(&mut tcp).await;
    assert_eq!(bytes, b"-ERR [AUTH] Authentication failed.\r\n");
    assert!(closed, "still connected after the refusal");

    let spec = plain_smtp()
        .reply("AUTH", "535 5.7.8 go away")
        .misbehave(Misbehaviour::HangUpAfterRefusedLogin);
    let server = Server::start(spec, &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    assert!(say(&mut tcp, "EHLO c.localhost").await.starts_with("250-"));
    let plain = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        format!("\0{USER}\0{PASSWORD}"),
    );
    tcp.write_all(format!("AUTH PLAIN {plain}\r\n").as_bytes())
        .await
        .unwrap();
    let (bytes, _, closed) = read_all(&mut tcp).await;
    assert_eq!(bytes, b"535 5.7.8 go away\r\n");
    assert!(closed);
}

#[tokio::test]
async fn a_reply_can_repeat_the_clients_line() {
    let spec = plain_smtp()
        .capabilities(&[])
        .reply("AUTH", "535-5.7.8 rejected: {line}\n535 5.7.8 ({line})");
    let server = Server::start(spec, &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    say(&mut tcp, "EHLO c.localhost").await;
    let reply = say(&mut tcp, "AUTH PLAIN AGJvYgBwdw==").await;
    assert_eq!(
        reply,
        "535-5.7.8 rejected: AUTH PLAIN AGJvYgBwdw==\r\n535 5.7.8 (AUTH PLAIN AGJvYgBwdw==)\r\n"
    );
}

#[tokio::test]
async fn greet_after_holds_the_greeting_back_then_behaves() {
    let pause = Duration::from_millis(300);
    let spec = plain_pop3()
        .greeting("+OK at last")
        .misbehave(Misbehaviour::GreetAfter(pause));
    let server = Server::start(spec, &pki()).await.unwrap();
    let started = Instant::now();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let mut chunk = [0u8; 64];
    let n = tokio::time::timeout(SHORT, tcp.read(&mut chunk))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(&chunk[..n], b"+OK at last\r\n");
    assert!(started.elapsed() >= pause, "{:?}", started.elapsed());
    assert_eq!(say(&mut tcp, "QUIT").await, "+OK Bye.\r\n");
}

#[tokio::test]
async fn sasl_only_over_tls_is_not_offered_nor_taken_before_the_upgrade() {
    let pki = pki();
    let smtp =
        ServerSpec::smtp(Transport::Starttls(CertKind::Valid), USER, PASSWORD).sasl_only_over_tls();
    assert!(smtp.sasl_offered(false).is_empty());
    assert_eq!(smtp.sasl_offered(true), ["PLAIN", "LOGIN"]);
    let server = Server::start(smtp, &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    let ehlo = say(&mut tcp, "EHLO client.localhost").await;
    assert!(ehlo.contains("STARTTLS\r\n"), "{ehlo}");
    assert!(!ehlo.contains("AUTH"), "{ehlo}");
    assert!(
        say(&mut tcp, "AUTH PLAIN AGFiAGM=")
            .await
            .starts_with("503 ")
    );
    assert_eq!(server.log().logins(), []);

    let pop3 =
        ServerSpec::pop3(Transport::Starttls(CertKind::Valid), USER, PASSWORD).sasl_only_over_tls();
    let server = Server::start(pop3, &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    let capa = say(&mut tcp, "CAPA").await;
    assert!(
        capa.contains("STLS\r\n") && !capa.contains("SASL"),
        "{capa}"
    );
    assert!(
        say(&mut tcp, "AUTH PLAIN AGFiAGM=")
            .await
            .starts_with("-ERR")
    );
    assert_eq!(server.log().logins(), []);
}

#[tokio::test]
async fn a_tls_server_tells_which_certificate_it_presents() {
    let pki = pki();
    let spec = ServerSpec::pop3(Transport::ImplicitTls(CertKind::Valid), USER, PASSWORD)
        .names(&["pop.lab.localhost"]);
    let server = Server::start(spec, &pki).await.unwrap();
    let der = server
        .certificate()
        .expect("a TLS server has a certificate");
    let (_, cert) = x509_parser::parse_x509_certificate(der.as_ref()).expect("DER");
    let cn = cert.subject().iter_common_name().next();
    assert_eq!(
        cn.and_then(|cn| cn.as_str().ok()),
        Some("pop.lab.localhost")
    );
    let plain = Server::start(plain_pop3(), &pki).await.unwrap();
    assert!(plain.certificate().is_none());
}

#[tokio::test]
async fn answer_first_bytes_waits_for_the_client_then_answers_and_hangs_up() {
    let alert = vec![0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46];
    let spec = plain_pop3().misbehave(Misbehaviour::AnswerFirstBytes(alert.clone()));
    let server = Server::start(spec, &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let (before, _, closed) = read_all(&mut tcp).await;
    assert!(
        before.is_empty() && !closed,
        "silent until spoken to: {before:?}"
    );
    tcp.write_all(&[0x16, 0x03, 0x01, 0x00, 0x05, 1, 2, 3, 4, 5])
        .await
        .unwrap();
    let (answer, _, closed) = read_all(&mut tcp).await;
    assert_eq!(answer, alert);
    assert!(closed);
}

#[tokio::test]
async fn break_upgrade_agrees_to_starttls_then_answers_the_hello_with_raw_bytes() {
    let alert = vec![0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28];
    let spec = ServerSpec::smtp(Transport::Starttls(CertKind::Valid), USER, PASSWORD)
        .misbehave(Misbehaviour::BreakUpgrade(alert.clone()));
    let server = Server::start(spec, &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    assert!(
        say(&mut tcp, "EHLO client.localhost")
            .await
            .contains("STARTTLS")
    );
    assert!(say(&mut tcp, "STARTTLS").await.starts_with("220 "));
    tcp.write_all(&[0x16, 0x03, 0x01, 0x00, 0x05, 1, 2, 3, 4, 5])
        .await
        .unwrap();
    let (answer, _, closed) = read_all(&mut tcp).await;
    assert_eq!(answer, alert);
    assert!(closed);
    assert_eq!(server.log().tls_handshakes(), 0);
}

#[tokio::test]
async fn a_validity_window_reads_as_expiring_or_not_yet_valid() {
    let pki = pki();
    let host = "pop.lab.localhost";
    for (from_days, to_days, expected) in [
        (-1, 5, "cert-expiring-soon"),
        (30, 120, "cert-not-yet-valid"),
    ] {
        let kind = CertKind::ValidBetween { from_days, to_days };
        let spec = ServerSpec::pop3(Transport::ImplicitTls(kind), USER, PASSWORD).names(&[host]);
        let server = Server::start(spec, &pki).await.unwrap();
        let (ids, steps) = check(&server, &pki, Protocol::Pop3, Security::Tls, host).await;
        assert!(
            ids.iter().any(|id| id == expected),
            "{kind:?}: {ids:?} {steps:?}"
        );
    }
}

#[tokio::test]
async fn a_server_can_listen_where_the_caller_bound() {
    let listener = std::net::TcpListener::bind("127.0.0.2:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let server = Server::start_on(listener, plain_pop3().greeting("+OK here"), &pki())
        .await
        .unwrap();
    assert_eq!(server.addr(), addr);
    let mut tcp = TcpStream::connect(addr).await.unwrap();
    let (greeting, _, _) = read_all(&mut tcp).await;
    assert_eq!(greeting, b"+OK here\r\n");
}

#[test]
fn a_lab_s_ca_can_carry_another_name() {
    let lab = mailtriage::lab::Lab::with_ca("avast! Web/Mail Shield Root").unwrap();
    let pem = lab.pki().ca_der();
    let (_, ca) = x509_parser::parse_x509_certificate(pem.as_ref()).expect("DER");
    let cn = ca.subject().iter_common_name().next();
    assert_eq!(
        cn.and_then(|cn| cn.as_str().ok()),
        Some("avast! Web/Mail Shield Root")
    );
}

#[tokio::test]
async fn parallel_connections_are_served_and_logged_apart() {
    let server = Server::start(plain_pop3(), &pki()).await.unwrap();
    let mut first = TcpStream::connect(server.addr()).await.unwrap();
    let mut second = TcpStream::connect(server.addr()).await.unwrap();
    assert!(read_all(&mut second).await.0.starts_with(b"+OK"));
    assert!(read_all(&mut first).await.0.starts_with(b"+OK"));
    assert!(say(&mut second, "NOOP").await.starts_with("-ERR"));
    assert!(say(&mut first, "QUIT").await.starts_with("+OK"));
    let log = server.log();
    assert_eq!(log.connections(), 2);
    let connections: Vec<usize> = log.lines().iter().map(|r| r.connection).collect();
    assert_eq!(connections.len(), 2);
    assert_ne!(connections[0], connections[1]);
}

#[test]
fn sasl_plain_login_cancel_and_garbage() {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD as BASE64;
    use mailtriage::lab::sasl::{self, Account, Pending, Step};
    let account = Account {
        user: "alice",
        password: "pw",
        token: None,
        oauth2_error: None,
    };
    let offered = vec!["PLAIN".to_string(), "LOGIN".to_string()];
    let payload = BASE64.encode("\0alice\0pw");
    assert_eq!(
        sasl::start("plain", Some(&payload), &offered, &account),
        Step::Verdict {
            method: "AUTH PLAIN",
            user: "alice".into(),
            ok: true
        }
    );
    let wrong = BASE64.encode("alice\0alice\0nope");
    assert!(matches!(
        sasl::start("PLAIN", Some(&wrong), &offered, &account),
        Step::Verdict { ok: false, .. }
    ));
    let Step::Challenge(pending, _) = sasl::start("LOGIN", None, &offered, &account) else {
        panic!("LOGIN must challenge for the user name");
    };
    let Step::Challenge(pending, _) = sasl::respond(pending, &BASE64.encode("alice"), &account)
    else {
        panic!("LOGIN must challenge for the password");
    };
    assert_eq!(sasl::respond(pending, "*", &account), Step::Cancelled);
    assert_eq!(
        sasl::start("XOAUTH2", Some("abc"), &offered, &account),
        Step::Unsupported
    );
    assert_eq!(
        sasl::respond(Pending::Plain, "!!!", &account),
        Step::Malformed
    );
    assert_eq!(
        sasl::respond(Pending::Plain, &BASE64.encode("no separators"), &account),
        Step::Malformed
    );
}

/// The AUTHENTICATE PLAIN response (initial or after the `+`) for this account.
fn plain_ir(user: &str, password: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{password}"))
}

#[tokio::test]
async fn a_behaving_imap_server_tags_its_answers_and_logs_what_it_was_sent() {
    let pki = pki();
    let server = Server::start(plain_imap(), &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let (greeting, _, closed) = read_all(&mut tcp).await;
    let greeting = String::from_utf8_lossy(&greeting).to_string();
    assert!(
        greeting.starts_with("* OK [CAPABILITY IMAP4rev1 ") && greeting.contains("AUTH=PLAIN"),
        "{greeting}"
    );
    assert!(!closed);
    let caps = say(&mut tcp, "x1 CAPABILITY").await;
    assert!(caps.starts_with("* CAPABILITY IMAP4rev1"), "{caps}");
    assert!(
        caps.ends_with("\r\nx1 OK Capability completed.\r\n"),
        "{caps}"
    );
    assert!(!caps.contains("STARTTLS") && !caps.contains("LOGINDISABLED"));
    assert_eq!(say(&mut tcp, "x2 NOOP").await, "x2 OK NOOP completed.\r\n");
    assert!(
        say(&mut tcp, "x3 STATUS INBOX (MESSAGES)")
            .await
            .starts_with("x3 BAD")
    );
    assert_eq!(
        say(&mut tcp, "x4 LOGIN \"bob@lab.localhost\" \"wrong\"").await,
        "x4 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n"
    );
    let ok = say(&mut tcp, &format!("x5 LOGIN \"{USER}\" \"{PASSWORD}\"")).await;
    assert!(ok.starts_with("x5 OK [CAPABILITY "), "{ok}");
    assert_eq!(
        say(&mut tcp, "x6 STATUS INBOX (MESSAGES UNSEEN UIDVALIDITY)").await,
        "* STATUS INBOX (MESSAGES 2 UNSEEN 0 UIDVALIDITY 1700000000)\r\nx6 OK Status completed.\r\n"
    );
    let examine = say(&mut tcp, "x7 EXAMINE INBOX").await;
    assert!(examine.contains("* 2 EXISTS\r\n"), "{examine}");
    assert!(
        examine.ends_with("x7 OK [READ-ONLY] Examine completed.\r\n"),
        "{examine}"
    );
    assert!(
        say(&mut tcp, "x8 STATUS Archive (MESSAGES)")
            .await
            .starts_with("x8 NO [NONEXISTENT]")
    );
    assert_eq!(
        say(&mut tcp, "x9 LOGOUT").await,
        "* BYE Logging out\r\nx9 OK Logout completed.\r\n"
    );
    assert_eq!(log_closed_after(&server, 1), 1, "LOGOUT ends the session");
    let log = server.log();
    assert_eq!(
        log.imap_commands(),
        [
            "CAPABILITY",
            "NOOP",
            "STATUS",
            "LOGIN",
            "LOGIN",
            "STATUS",
            "EXAMINE",
            "STATUS",
            "LOGOUT"
        ]
    );
    let logins = log.logins();
    assert_eq!(logins.len(), 2);
    assert!(!logins[0].accepted && logins[1].accepted);
    assert_eq!(
        (logins[1].method.as_str(), logins[1].user.as_str()),
        ("LOGIN", USER)
    );
}

#[tokio::test]
async fn imap_authenticate_plain_takes_an_initial_response_or_a_continuation() {
    let server = Server::start(plain_imap(), &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    assert_eq!(
        say(
            &mut tcp,
            &format!("a1 AUTHENTICATE PLAIN {}", plain_ir(USER, "nope"))
        )
        .await,
        "a1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n"
    );
    assert_eq!(say(&mut tcp, "a2 AUTHENTICATE PLAIN").await, "+ \r\n");
    assert_eq!(
        say(&mut tcp, "*").await,
        "a2 BAD Authentication aborted by client.\r\n"
    );
    assert_eq!(say(&mut tcp, "a3 AUTHENTICATE PLAIN").await, "+ \r\n");
    let ok = say(&mut tcp, &plain_ir(USER, PASSWORD)).await;
    assert!(ok.starts_with("a3 OK "), "{ok}");
    assert!(
        say(&mut tcp, "a4 AUTHENTICATE PLAIN")
            .await
            .starts_with("a4 BAD Already logged in")
    );
    let logins = server.log().logins();
    assert_eq!(logins.len(), 2, "a cancelled exchange is not a login");
    assert!(!logins[0].accepted && logins[1].accepted);
    assert!(logins.iter().all(|l| l.method == "AUTH PLAIN"));
}

#[tokio::test]
async fn imap_login_reads_literals_whether_the_client_waits_or_not() {
    let server = Server::start(plain_imap(), &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    // A synchronizing literal gets a go-ahead; a password holding a line break.
    let password = "two\r\nlines";
    let spec = ServerSpec::imap(Transport::Plain, USER, password);
    let server2 = Server::start(spec, &pki()).await.unwrap();
    let mut tcp2 = TcpStream::connect(server2.addr()).await.unwrap();
    read_all(&mut tcp2).await;
    assert_eq!(
        say(
            &mut tcp2,
            &format!("b1 LOGIN \"{USER}\" {{{}}}", password.len())
        )
        .await,
        "+ Ready for literal data\r\n"
    );
    let ok = say(&mut tcp2, password).await;
    assert!(ok.starts_with("b1 OK "), "{ok}");
    // Non-synchronizing literals, the user's and then the password's, answered at the end.
    tcp.write_all(
        format!(
            "c1 LOGIN {{{}+}}\r\n{USER} {{{}+}}\r\n{PASSWORD}\r\n",
            USER.len(),
            PASSWORD.len()
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    let (reply, _, _) = read_all(&mut tcp).await;
    let reply = String::from_utf8_lossy(&reply).to_string();
    assert!(
        reply.starts_with("c1 OK ") && reply.lines().count() == 1,
        "{reply}"
    );
    assert!(server.log().logins()[0].accepted);
    // A literal beyond the bound is refused before it is read.
    let too_big = mailtriage::lab::conn::MAX_LINE + 1;
    assert!(
        say(&mut tcp, &format!("c2 APPEND INBOX {{{too_big}}}"))
            .await
            .starts_with("c2 BAD")
    );
}

#[tokio::test]
async fn the_lab_never_reads_or_changes_an_imap_mailbox_whatever_the_script() {
    let mut spec = plain_imap();
    for verb in mailtriage::lab::imap::NEVER_ACTED_ON {
        spec = spec.reply(verb, "OK done");
    }
    let server = Server::start(spec.reply("UID", "OK done"), &pki())
        .await
        .unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    say(&mut tcp, &format!("a0 LOGIN \"{USER}\" \"{PASSWORD}\"")).await;
    let commands = [
        "SELECT INBOX",
        "FETCH 1 BODY[]",
        "STORE 1 +FLAGS (\\Deleted)",
        "EXPUNGE",
        "COPY 1 Archive",
        "MOVE 1 Archive",
        "APPEND INBOX {0+}",
        "CREATE Archive",
        "DELETE Archive",
        "RENAME INBOX Old",
        "UID FETCH 1 BODY[]",
    ];
    for (n, command) in commands.iter().enumerate() {
        let tag = format!("t{n}");
        let mut reply = say(&mut tcp, &format!("{tag} {command}")).await;
        if command.ends_with("{0+}") {
            // The empty literal ends on the next line.
            reply = say(&mut tcp, "").await;
        }
        assert!(
            reply.starts_with(&format!("{tag} NO ")),
            "{command}: {reply}"
        );
    }
    let sent = server.log().imap_commands();
    for verb in mailtriage::lab::imap::NEVER_ACTED_ON {
        assert!(sent.iter().any(|v| v == verb), "{verb} is logged: {sent:?}");
    }
}

#[tokio::test]
async fn imap_greetings_can_be_preauth_or_bye() {
    let pki = pki();
    let bye = plain_imap().greeting("* BYE [UNAVAILABLE] Too many connections");
    let server = Server::start(bye, &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let (greeting, _, closed) = read_all(&mut tcp).await;
    assert_eq!(greeting, b"* BYE [UNAVAILABLE] Too many connections\r\n");
    assert!(closed, "a BYE greeting ends the connection");

    let preauth = plain_imap().greeting("* PREAUTH Logged in as bob");
    let server = Server::start(preauth, &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    assert!(
        say(&mut tcp, "a1 STATUS INBOX (MESSAGES)")
            .await
            .ends_with("a1 OK Status completed.\r\n")
    );
    assert!(server.log().logins().is_empty());
}

#[tokio::test]
async fn imap_scenario_replies_carry_the_clients_tag() {
    let spec = plain_imap()
        .reply("LOGIN", "NO [ALERT] IMAP access is disabled for {line}")
        .reply(
            "STATUS",
            "* OK [ALERT] maintenance\nNO [UNAVAILABLE] try later",
        )
        .greeting("* PREAUTH hi");
    let server = Server::start(spec, &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    assert_eq!(
        say(&mut tcp, "z9 STATUS INBOX (MESSAGES)").await,
        "* OK [ALERT] maintenance\r\nz9 NO [UNAVAILABLE] try later\r\n"
    );
    let server = Server::start(
        plain_imap().reply("LOGIN", "NO [ALERT] IMAP access is disabled"),
        &pki(),
    )
    .await
    .unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    assert_eq!(
        say(&mut tcp, &format!("k7 LOGIN \"{USER}\" \"{PASSWORD}\"")).await,
        "k7 NO [ALERT] IMAP access is disabled\r\n"
    );
    assert!(
        !server.log().logins()[0].accepted,
        "the scenario's refusal decides"
    );
}

#[tokio::test]
async fn imap_starttls_and_logindisabled_keep_the_password_off_plain_text() {
    let pki = pki();
    let host = "imap.lab.localhost";
    let spec = ServerSpec::imap(Transport::Starttls(CertKind::Valid), USER, PASSWORD)
        .names(&[host])
        .sasl_only_over_tls();
    let server = Server::start(spec, &pki).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let (greeting, _, _) = read_all(&mut tcp).await;
    let greeting = String::from_utf8_lossy(&greeting).to_string();
    assert!(
        greeting.contains(" STARTTLS LOGINDISABLED]") && !greeting.contains("AUTH="),
        "{greeting}"
    );
    assert!(
        say(&mut tcp, &format!("a1 LOGIN \"{USER}\" \"{PASSWORD}\""))
            .await
            .starts_with("a1 NO [PRIVACYREQUIRED]")
    );
    assert!(
        server.log().logins().is_empty(),
        "a login refused unread is not judged"
    );
    drop(tcp);

    let (ids, steps) = check(&server, &pki, Protocol::Imap, Security::Starttls, host).await;
    assert_eq!(ids, Vec::<String>::new(), "{steps:?}");
    let log = server.log();
    let lines = log.lines();
    let upgrade = lines
        .iter()
        .position(|r| r.connection == 1 && r.imap_command() == "STARTTLS")
        .expect("STARTTLS sent");
    assert!(lines[upgrade + 1..].iter().all(|r| r.over_tls));
    assert!(log.logins().iter().any(|l| l.accepted && l.over_tls));
    for verb in mailtriage::lab::imap::NEVER_ACTED_ON {
        assert!(!log.imap_commands().iter().any(|v| v == verb), "{verb}");
    }
}

#[tokio::test]
async fn imap_hangs_up_after_a_refused_login_when_told_to() {
    let spec = plain_imap().misbehave(Misbehaviour::HangUpAfterRefusedLogin);
    let server = Server::start(spec, &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    tcp.write_all(b"a1 LOGIN \"x\" \"y\"\r\n").await.unwrap();
    let (reply, _, closed) = read_all(&mut tcp).await;
    assert_eq!(
        reply,
        b"a1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n"
    );
    assert!(closed);
}

#[tokio::test]
async fn chained_imap_literals_cannot_grow_a_command_past_the_bound() {
    let server = Server::start(plain_imap(), &pki()).await.unwrap();
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    read_all(&mut tcp).await;
    let piece = "x".repeat(mailtriage::lab::conn::MAX_LINE / 2);
    let mut wire = format!("a1 LOGIN {{{}+}}\r\n", piece.len());
    for _ in 0..(mailtriage::lab::imap::MAX_COMMAND / piece.len() + 2) {
        wire.push_str(&format!("{piece} {{{}+}}\r\n", piece.len()));
    }
    // The server may hang up before all of it is written.
    let _ = tcp.write_all(wire.as_bytes()).await;
    let (reply, _, closed) = read_all(&mut tcp).await;
    assert_eq!(reply, b"a1 BAD Literal too big.\r\n");
    assert!(closed, "the server still gathers the command");
    assert!(server.log().logins().is_empty());
}

#[test]
fn sasl_oauth2_token_and_error_challenge() {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD as BASE64;
    use mailtriage::lab::sasl::{self, Account, Pending, Step};
    use mailtriage::proto::sasl::{oauthbearer_response, xoauth2_response};
    let account = Account {
        user: "alice",
        password: "pw",
        token: Some("good-token"),
        oauth2_error: Some(r#"{"status":"invalid_token"}"#),
    };
    let offered = vec!["XOAUTH2".to_string(), "OAUTHBEARER".to_string()];
    let good = xoauth2_response("alice", "good-token");
    assert_eq!(
        sasl::start("xoauth2", Some(&good), &offered, &account),
        Step::Verdict {
            method: "AUTH XOAUTH2",
            user: "alice".into(),
            ok: true
        }
    );
    let bearer = oauthbearer_response("alice", "mail.test", 995, "good-token");
    assert!(matches!(
        sasl::start("OAUTHBEARER", Some(&bearer), &offered, &account),
        Step::Verdict { ok: true, .. }
    ));
    // Without an initial response the token follows an empty challenge.
    let Step::Challenge(pending, challenge) = sasl::start("OAUTHBEARER", None, &offered, &account)
    else {
        panic!("an empty challenge");
    };
    assert_eq!(challenge, "");
    assert!(matches!(
        sasl::respond(pending, &bearer, &account),
        Step::Verdict { ok: true, .. }
    ));
    // A wrong token gets the error challenge, then the refusal whatever the answer.
    let bad = xoauth2_response("alice", "bad-token");
    let Step::Challenge(pending, challenge) =
        sasl::start("XOAUTH2", Some(&bad), &offered, &account)
    else {
        panic!("the error challenge");
    };
    assert_eq!(
        BASE64.decode(challenge).unwrap(),
        br#"{"status":"invalid_token"}"#
    );
    assert!(matches!(pending, Pending::OAuth2Error { .. }));
    assert_eq!(
        sasl::respond(pending, "AQ==", &account),
        Step::Verdict {
            method: "AUTH XOAUTH2",
            user: "alice".into(),
            ok: false
        }
    );
    // The right token for another user is refused.
    let other = xoauth2_response("bob", "good-token");
    assert!(matches!(
        sasl::start("XOAUTH2", Some(&other), &offered, &account),
        Step::Challenge(Pending::OAuth2Error { .. }, _)
    ));
}
