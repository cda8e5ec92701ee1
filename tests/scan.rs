//! The port scan against scripted POP3 and SMTP servers on 127.0.0.1: plain text with and without
//! STARTTLS, implicit TLS (valid and expired certificates), a refused port, a silent port and an
//! upgrade whose handshake stalls. Standard ports cannot be bound here, so every scan is given
//! its own high ports through [`ScanSpec`].

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailtriage::account::{Endpoint, Plan, Protocol, Secret, Security};
use mailtriage::finding::Lang;
use mailtriage::lab::{CertKind, Pki};
use mailtriage::model::{
    CertVerdict, Direction, Evidence, Panel, RunState, StepKind, StepStatus, TlsFailure,
};
use mailtriage::port_scan::{PortList, ScanPort, ScanResult, ScanSpec, Verdict, recommend};
use mailtriage::probe::events::PanelEvents;
use mailtriage::probe::mail::MailProbe;
use mailtriage::probe::scan::scan;
use mailtriage::probe::tls::TlsContext;
use mailtriage::proto::session::Depth;
use mailtriage::report::scan::{render_json, render_text};
use support::refused_port;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_rustls::TlsAcceptor;

const HOST: &str = "127.0.0.1";
const USER: &str = "alice@example.test";
const PASSWORD: &str = "never-on-the-wire-7";
/// Generous: on loopback every verdict but a timeout comes long before it.
const DEADLINE: Duration = Duration::from_secs(10);
/// How long a scripted server keeps a connection at most.
const SERVER_LIFETIME: Duration = Duration::from_secs(30);
/// Longest command line a scripted server reads.
const MAX_LINE: usize = 1024;

const PLAIN: &[Security] = &[Security::Starttls, Security::None];
const TLS: &[Security] = &[Security::Tls];

// ---------------------------------------------------------------------------------------------
// Certificates

/// The lab's CA, with TLS acceptors for the scripted servers.
struct TestCa(Pki);

impl TestCa {
    fn new() -> TestCa {
        TestCa(Pki::new("Scan Test CA").expect("the lab's CA"))
    }

    fn pem(&self) -> Vec<u8> {
        self.0.ca_pem().as_bytes().to_vec()
    }

    /// A TLS acceptor for 127.0.0.1 with a certificate of this kind.
    fn acceptor(&self, kind: CertKind) -> TlsAcceptor {
        let cert = self.0.server_cert(kind, &[HOST]).expect("a certificate");
        TlsAcceptor::from(cert.server_config().expect("a server configuration"))
    }
}

// ---------------------------------------------------------------------------------------------
// Scripted servers

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Pop3,
    Smtp,
}

/// What a plain-text server does about STLS / STARTTLS.
#[derive(Clone)]
enum Upgrade {
    /// Offered, and the handshake completes.
    Offered(TlsAcceptor),
    /// Neither offered nor accepted.
    NotOffered,
    /// Offered and accepted, but the server never answers the client's handshake.
    Stalls,
}

/// Every command line any scripted server received.
type Log = Arc<Mutex<Vec<String>>>;

#[derive(Clone)]
struct Script {
    kind: Kind,
    /// Implicit TLS from the first byte.
    implicit: Option<TlsAcceptor>,
    upgrade: Upgrade,
    /// Accept, then never say anything.
    silent: bool,
    log: Log,
}

impl Script {
    fn plain(kind: Kind, upgrade: Upgrade, log: &Log) -> Script {
        Script {
            kind,
            implicit: None,
            upgrade,
            silent: false,
            log: Arc::clone(log),
        }
    }

    fn implicit(kind: Kind, acceptor: TlsAcceptor, log: &Log) -> Script {
        Script {
            implicit: Some(acceptor),
            ..Script::plain(kind, Upgrade::NotOffered, log)
        }
    }

    fn silent(kind: Kind, log: &Log) -> Script {
        Script {
            silent: true,
            ..Script::plain(kind, Upgrade::NotOffered, log)
        }
    }

    /// Serve every connection on a fresh port of 127.0.0.1; returns the port.
    async fn serve(self) -> u16 {
        let listener = TcpListener::bind((HOST, 0)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let script = self.clone();
                tokio::spawn(async move {
                    let _ = tokio::time::timeout(SERVER_LIFETIME, script.run(tcp)).await;
                });
            }
        });
        port
    }

    async fn run(self, tcp: TcpStream) {
        if self.silent {
            return drain(tcp).await;
        }
        if let Some(acceptor) = &self.implicit {
            if let Ok(tls) = acceptor.accept(tcp).await {
                self.talk(tls, true, true).await;
            }
            return;
        }
        let Some(tcp) = self.talk(tcp, false, true).await else {
            return;
        };
        match &self.upgrade {
            Upgrade::Offered(acceptor) => {
                if let Ok(tls) = acceptor.accept(tcp).await {
                    self.talk(tls, true, false).await;
                }
            }
            Upgrade::Stalls => drain(tcp).await,
            Upgrade::NotOffered => {}
        }
    }

    /// Greet (unless continuing after an upgrade) and answer commands; returns the stream when
    /// the client was told to start TLS.
    async fn talk<S: AsyncRead + AsyncWrite + Unpin>(
        &self,
        mut stream: S,
        tls_active: bool,
        greet: bool,
    ) -> Option<S> {
        let offers_upgrade = !tls_active && !matches!(self.upgrade, Upgrade::NotOffered);
        if greet {
            let greeting: &[u8] = match self.kind {
                Kind::Pop3 => b"+OK scripted POP3 ready\r\n",
                Kind::Smtp => b"220 scripted.example.test ESMTP ready\r\n",
            };
            stream.write_all(greeting).await.ok()?;
        }
        loop {
            let line = read_line(&mut stream).await?;
            self.log.lock().unwrap().push(line.clone());
            let verb = line
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            let (reply, upgrade, end): (String, bool, bool) = match (self.kind, verb.as_str()) {
                (Kind::Pop3, "CAPA") => {
                    let stls = if offers_upgrade { "STLS\r\n" } else { "" };
                    (
                        format!("+OK\r\nUSER\r\nSASL PLAIN\r\n{stls}.\r\n"),
                        false,
                        false,
                    )
                }
                (Kind::Pop3, "STLS") if offers_upgrade => ("+OK begin TLS\r\n".into(), true, false),
                (Kind::Pop3, "QUIT") => ("+OK bye\r\n".into(), false, true),
                (Kind::Pop3, _) => ("-ERR not here\r\n".into(), false, false),
                (Kind::Smtp, "EHLO" | "HELO") => {
                    let starttls = if offers_upgrade {
                        "250-STARTTLS\r\n"
                    } else {
                        ""
                    };
                    (
                        format!("250-scripted.example.test\r\n{starttls}250 AUTH PLAIN\r\n"),
                        false,
                        false,
                    )
                }
                (Kind::Smtp, "STARTTLS") if offers_upgrade => {
                    ("220 go ahead\r\n".into(), true, false)
                }
                (Kind::Smtp, "QUIT") => ("221 bye\r\n".into(), false, true),
                (Kind::Smtp, _) => ("502 not here\r\n".into(), false, false),
            };
            stream.write_all(reply.as_bytes()).await.ok()?;
            if upgrade {
                return Some(stream);
            }
            if end {
                return None;
            }
        }
    }
}

/// One line without its CRLF, read a byte at a time so that nothing after it is consumed.
async fn read_line<S: AsyncRead + Unpin>(stream: &mut S) -> Option<String> {
    let mut line = Vec::new();
    loop {
        let byte = stream.read_u8().await.ok()?;
        if byte == b'\n' {
            break;
        }
        line.push(byte);
        if line.len() > MAX_LINE {
            return None;
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Some(String::from_utf8_lossy(&line).into_owned())
}

/// Read until the client hangs up, answering nothing.
async fn drain<S: AsyncRead + Unpin>(mut stream: S) {
    let mut buf = [0u8; 1024];
    while matches!(stream.read(&mut buf).await, Ok(n) if n > 0) {}
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// A plan with credentials that must never be used, and plain-text login allowed, so that only
/// the scan itself keeps the password off the wire.
fn plan(
    ca: &TestCa,
    pop3: Option<(u16, Security)>,
    smtp: Option<(u16, Security)>,
    deadline: Duration,
) -> Plan {
    let endpoint = |(port, security): (u16, Security)| Endpoint {
        host: HOST.to_string(),
        port,
        security,
    };
    let mut plan = Plan::new(pop3.map(endpoint), smtp.map(endpoint));
    plan.user = Some(USER.to_string());
    plan.password = Some(Secret::new(PASSWORD));
    plan.allow_plaintext_auth = true;
    plan.extra_ca_pem = Some(ca.pem());
    plan.step_timeout = deadline;
    plan
}

fn list(ports: &[(u16, &[Security])], standard_tls: u16, standard_plain: u16) -> PortList {
    PortList {
        ports: ports
            .iter()
            .map(|(port, modes)| ScanPort::new(*port, modes))
            .collect(),
        standard_tls,
        standard_plain,
    }
}

fn verdict(result: &ScanResult, protocol: Protocol, port: u16, security: Security) -> Verdict {
    match result.cell(protocol, port, security) {
        Some(cell) => cell.verdict,
        None => panic!("no cell {protocol:?} {port} {security}: {result:#?}"),
    }
}

fn endpoint(port: u16, security: Security) -> Endpoint {
    Endpoint {
        host: HOST.to_string(),
        port,
        security,
    }
}

/// No server ever saw a login command or the password, and no transcript holds it.
fn assert_no_login(log: &Log, result: Option<&ScanResult>) {
    let lines = log.lock().unwrap();
    assert!(!lines.is_empty(), "the servers saw no command at all");
    for line in lines.iter() {
        let verb = line
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        assert!(
            !["USER", "PASS", "AUTH", "APOP", "MAIL", "RCPT", "DATA"].contains(&verb.as_str()),
            "a server received {line:?}"
        );
        assert!(!line.contains(PASSWORD), "a server received the password");
    }
    for cell in result.map(|r| r.cells.as_slice()).unwrap_or_default() {
        for line in &cell.report.transcript {
            assert!(!line.text.to_string().contains(PASSWORD), "{line:?}");
        }
        assert!(cell.report.step(StepKind::Login).is_none(), "{cell:#?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Tests

#[tokio::test]
async fn matrix_verdicts_and_recommendations() {
    let ca = TestCa::new();
    let log: Log = Log::default();
    let pop3_plain = Script::plain(
        Kind::Pop3,
        Upgrade::Offered(ca.acceptor(CertKind::Valid)),
        &log,
    )
    .serve()
    .await;
    let pop3_tls = Script::implicit(Kind::Pop3, ca.acceptor(CertKind::Valid), &log)
        .serve()
        .await;
    let pop3_refused = refused_port();
    let smtp_plain = Script::plain(Kind::Smtp, Upgrade::NotOffered, &log)
        .serve()
        .await;
    let smtp_tls = Script::implicit(Kind::Smtp, ca.acceptor(CertKind::Valid), &log)
        .serve()
        .await;
    let smtp_expired = Script::implicit(Kind::Smtp, ca.acceptor(CertKind::Expired), &log)
        .serve()
        .await;
    let spec = ScanSpec {
        pop3: list(
            &[(pop3_plain, PLAIN), (pop3_tls, TLS), (pop3_refused, PLAIN)],
            pop3_tls,
            pop3_plain,
        ),
        smtp: list(
            &[(smtp_plain, PLAIN), (smtp_tls, TLS), (smtp_expired, TLS)],
            smtp_tls,
            smtp_plain,
        ),
    };
    // Two classic mix-ups: TLS to a plain POP3 port, plain text to an implicit-TLS SMTP port.
    let plan = plan(
        &ca,
        Some((pop3_plain, Security::Tls)),
        Some((smtp_tls, Security::None)),
        DEADLINE,
    );
    let (tx, mut rx) = mpsc::channel(64);
    let result = scan(Arc::new(plan), &spec, Some(tx)).await;
    let mut streamed = 0;
    while rx.recv().await.is_some() {
        streamed += 1;
    }
    assert_eq!(streamed, result.cells.len());
    assert_eq!(result.cells.len(), 6 + 5, "{result:#?}");

    use Protocol::{Pop3, Smtp};
    use Security::{None as Plain, Starttls, Tls};
    assert_eq!(verdict(&result, Pop3, pop3_plain, Tls), Verdict::NotTls);
    assert_eq!(verdict(&result, Pop3, pop3_plain, Starttls), Verdict::Works);
    assert_eq!(verdict(&result, Pop3, pop3_plain, Plain), Verdict::Works);
    assert_eq!(verdict(&result, Pop3, pop3_tls, Tls), Verdict::Works);
    assert_eq!(
        verdict(&result, Pop3, pop3_refused, Starttls),
        Verdict::Refused
    );
    assert_eq!(
        verdict(&result, Pop3, pop3_refused, Plain),
        Verdict::Refused
    );
    assert!(result.cell(Pop3, pop3_tls, Plain).is_none());

    assert_eq!(
        verdict(&result, Smtp, smtp_plain, Starttls),
        Verdict::NoStarttls
    );
    assert_eq!(verdict(&result, Smtp, smtp_plain, Plain), Verdict::Works);
    assert_eq!(verdict(&result, Smtp, smtp_tls, Tls), Verdict::Works);
    assert_eq!(verdict(&result, Smtp, smtp_tls, Plain), Verdict::NeedsTls);
    assert_eq!(
        verdict(&result, Smtp, smtp_expired, Tls),
        Verdict::Certificate
    );
    let expired = result.cell(Smtp, smtp_expired, Tls).unwrap();
    assert_eq!(expired.certificate, Some(CertVerdict::Expired));

    // Closest working: another security on the configured port, encrypted before plain text.
    let pop3_configured = result.configured(Pop3).unwrap();
    assert_eq!(
        recommend(&result, Pop3, pop3_configured),
        Some(endpoint(pop3_plain, Starttls))
    );
    let smtp_configured = result.configured(Smtp).unwrap();
    assert_eq!(
        recommend(&result, Smtp, smtp_configured),
        Some(endpoint(smtp_tls, Tls))
    );

    let text = render_text(&result, false, Lang::En);
    assert!(
        text.contains(&format!(
            "Recommended: POP3 {pop3_plain} starttls (closest working to what was configured)"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("Recommended: SMTP {smtp_tls} tls")),
        "{text}"
    );
    assert!(text.contains("✗ not-tls"), "{text}");
    assert!(text.contains("certificate expired"), "{text}");
    let ascii = render_text(&result, true, Lang::En);
    assert!(ascii.is_ascii(), "{ascii}");

    let json: serde_json::Value = serde_json::from_str(&render_json(&result)).unwrap();
    let cells = json["cells"].as_array().unwrap();
    assert_eq!(cells.len(), result.cells.len());
    for cell in cells {
        for field in [
            "protocol",
            "port",
            "security",
            "verdict",
            "elapsed_ms",
            "detail",
        ] {
            assert!(!cell[field].is_null(), "{field} missing in {cell}");
        }
    }
    let refused = cells
        .iter()
        .find(|c| c["port"] == pop3_refused && c["security"] == "none")
        .unwrap();
    assert_eq!(refused["protocol"], "pop3");
    assert_eq!(refused["verdict"], "refused");
    assert_eq!(json["recommended"]["pop3"]["port"], pop3_plain);
    assert_eq!(json["recommended"]["pop3"]["security"], "starttls");
    assert_eq!(json["recommended"]["smtp"]["port"], smtp_tls);
    assert_eq!(json["recommended"]["smtp"]["security"], "tls");

    assert_no_login(&log, Some(&result));
}

#[tokio::test]
async fn a_stalled_upgrade_is_named_against_working_implicit_tls() {
    let ca = TestCa::new();
    let log: Log = Log::default();
    let stalls = Script::plain(Kind::Pop3, Upgrade::Stalls, &log)
        .serve()
        .await;
    let implicit = Script::implicit(Kind::Pop3, ca.acceptor(CertKind::Valid), &log)
        .serve()
        .await;
    let spec = ScanSpec {
        pop3: list(
            &[(stalls, &[Security::Starttls]), (implicit, TLS)],
            implicit,
            stalls,
        ),
        ..ScanSpec::default()
    };
    let plan = plan(&ca, Some((stalls, Security::Starttls)), None, DEADLINE);
    let result = scan(Arc::new(plan), &spec, None).await;

    let cell = result
        .cell(Protocol::Pop3, stalls, Security::Starttls)
        .unwrap();
    assert_eq!(cell.verdict, Verdict::Timeout, "{cell:#?}");
    let tls = cell.report.step(StepKind::Tls).unwrap();
    match &tls.evidence {
        Some(Evidence::Tls {
            failure: TlsFailure::Timeout,
            message,
            ..
        }) => {
            assert!(
                message.english().contains("after STLS stalled"),
                "{message}"
            );
            assert!(
                message
                    .english()
                    .contains(&format!("implicit TLS on port {implicit}")),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(
        cell.detail.to_string().contains("stalled"),
        "{}",
        cell.detail
    );
    assert_eq!(
        recommend(
            &result,
            Protocol::Pop3,
            result.configured(Protocol::Pop3).unwrap()
        ),
        Some(endpoint(implicit, Security::Tls))
    );
    assert_no_login(&log, Some(&result));
}

#[tokio::test]
async fn check_reports_a_stalled_upgrade_with_the_working_alternative() {
    let ca = TestCa::new();
    let log: Log = Log::default();
    let stalls = Script::plain(Kind::Smtp, Upgrade::Stalls, &log)
        .serve()
        .await;
    let implicit = Script::implicit(Kind::Smtp, ca.acceptor(CertKind::Valid), &log)
        .serve()
        .await;
    let plan = plan(&ca, None, Some((stalls, Security::Starttls)), DEADLINE);
    let tls = TlsContext::new(plan.extra_ca_pem.as_deref()).unwrap();
    let (tx, mut rx) = mpsc::channel(256);
    let endpoint = plan.outgoing.clone().unwrap();
    let probe = tokio::spawn(async move {
        let mut ev = PanelEvents::new(Panel::Outgoing, tx);
        MailProbe {
            protocol: Protocol::Smtp,
            endpoint: &endpoint,
            plan: &plan,
            tls: &tls,
            dns: None,
            depth: Depth::Full,
        }
        .run_with_tls_port(&mut ev, implicit)
        .await;
    });
    let mut state = RunState::default();
    while let Some(event) = rx.recv().await {
        state.apply(event);
    }
    probe.await.unwrap();
    let panel = state.panel(Panel::Outgoing).unwrap();
    let starttls = panel.step(StepKind::Starttls).unwrap();
    assert_eq!(starttls.status, StepStatus::Ok);
    let tls = panel.step(StepKind::Tls).unwrap();
    assert_eq!(tls.status, StepStatus::Failed);
    assert!(tls.detail.to_string().contains("stalled"), "{}", tls.detail);
    assert!(
        matches!(&tls.evidence, Some(Evidence::Tls { failure: TlsFailure::Timeout, message, .. })
            if message.english().contains("after STARTTLS stalled") && message.english().contains(&format!("port {implicit}"))),
        "{tls:?}"
    );
    assert!(
        panel
            .transcript
            .iter()
            .any(|l| l.dir == Direction::Info && l.text.to_string().starts_with("implicit TLS on")),
        "{:#?}",
        panel.transcript
    );
    // Nothing was sent after the failed upgrade, so no password either.
    assert!(panel.step(StepKind::Login).is_none());
    assert_no_login(&log, None);
}

#[tokio::test]
async fn without_a_faster_signal_the_deadline_decides() {
    let ca = TestCa::new();
    let log: Log = Log::default();
    let silent = Script::silent(Kind::Smtp, &log).serve().await;
    let stalls = Script::plain(Kind::Smtp, Upgrade::Stalls, &log)
        .serve()
        .await;
    let nothing_there = refused_port();
    let spec = ScanSpec {
        smtp: list(
            &[(silent, &[Security::None]), (stalls, &[Security::Starttls])],
            nothing_there,
            stalls,
        ),
        ..ScanSpec::default()
    };
    let short = Duration::from_millis(1500);
    let plan = plan(&ca, None, Some((stalls, Security::Starttls)), short);
    let result = scan(Arc::new(plan), &spec, None).await;

    let quiet = result.cell(Protocol::Smtp, silent, Security::None).unwrap();
    assert_eq!(quiet.verdict, Verdict::Timeout, "{quiet:#?}");
    let stalled = result
        .cell(Protocol::Smtp, stalls, Security::Starttls)
        .unwrap();
    assert_eq!(stalled.verdict, Verdict::Timeout, "{stalled:#?}");
    match &stalled.report.step(StepKind::Tls).unwrap().evidence {
        Some(Evidence::Tls {
            failure: TlsFailure::Timeout,
            message,
            ..
        }) => assert!(
            message.english().contains("did not finish within")
                && !message.english().contains("stalled"),
            "{message}"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        recommend(
            &result,
            Protocol::Smtp,
            result.configured(Protocol::Smtp).unwrap()
        ),
        None
    );
    assert!(render_text(&result, false, Lang::En).contains("Recommended: nothing for SMTP"));
    assert_no_login(&log, Some(&result));
}
