//! The IMAP session over a real loopback socket. A scripted server on 127.0.0.1 answers with the
//! bytes Dovecot 2.3.19.1 sent in a captured run, a few bytes at a time; the session is driven
//! the way `probe::mail` drives POP3 and SMTP (write each command, feed what the socket yields,
//! tell the session when the step deadline passes or the server closes), byte by byte where the
//! probe reads whole chunks; `check --imap` runs the same session through the probe itself.

use std::time::Duration;

use mailtriage::account::{Secret, Security};
use mailtriage::model::{Evidence, IoFailure, StepKind, StepStatus};
use mailtriage::proto::imap::ImapSession;
use mailtriage::proto::session::{Action, Credentials, Deadline, Depth, Session, SessionConfig};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{Instant, sleep_until};

const USER: &str = "alice@example.test";
const PASSWORD: &str = "s3cret-Pa55";
const STEP_DEADLINE: Duration = Duration::from_millis(400);

const GREETING: &str = "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n";

/// What the scripted server does after its last scripted reply.
#[derive(Clone, Copy)]
enum Then {
    Close,
    /// Keep the connection open and say nothing.
    Stall,
}

/// Serve one connection: the greeting, then for each line the client sends, the next
/// `(expected start of the line, reply)`; the reply goes out in pieces of 7 bytes. Returns the
/// lines the client sent.
async fn serve(
    listener: TcpListener,
    script: Vec<(&'static str, String)>,
    then: Then,
) -> Vec<String> {
    let (stream, _) = listener.accept().await.unwrap();
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    let mut got = Vec::new();
    write.write_all(GREETING.as_bytes()).await.unwrap();
    for (expect, reply) in script {
        let mut line = String::new();
        if read.read_line(&mut line).await.unwrap() == 0 {
            return got;
        }
        assert!(
            line.starts_with(expect),
            "expected {expect:?}, got {line:?}"
        );
        got.push(line);
        for piece in reply.as_bytes().chunks(7) {
            write.write_all(piece).await.unwrap();
            write.flush().await.unwrap();
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }
    match then {
        Then::Close => drop(write),
        Then::Stall => {
            let mut rest = Vec::new();
            let _ = tokio::time::timeout(STEP_DEADLINE * 4, read.read_to_end(&mut rest)).await;
        }
    }
    got
}

/// Drive a session over `stream` until it is done; returns every action it asked for.
async fn drive(mut stream: TcpStream, mut session: ImapSession) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut buf = vec![0u8; 16 * 1024];
    let mut deadline = Instant::now() + STEP_DEADLINE;
    loop {
        let mut progressed = false;
        while let Some(action) = session.poll_action() {
            match &action {
                Action::Send { wire, .. } => stream.write_all(wire).await.unwrap(),
                Action::Received(_) => progressed = true,
                Action::StartTls => panic!("no TLS in this test"),
                _ => {}
            }
            actions.push(action);
        }
        if session.is_done() {
            return actions;
        }
        if progressed {
            deadline = Instant::now() + STEP_DEADLINE;
        }
        tokio::select! {
            read = stream.read(&mut buf) => match read {
                Ok(0) => session.closed(),
                Ok(n) => session.receive(&buf[..n]),
                Err(e) => panic!("read failed: {e}"),
            },
            _ = sleep_until(deadline) => session.timed_out(Deadline::Step),
        }
    }
}

async fn run(script: Vec<(&'static str, String)>, then: Then) -> (Vec<Action>, Vec<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(serve(listener, script, then));
    let cfg = SessionConfig {
        security: Security::None,
        credentials: Some(Credentials {
            user: USER.into(),
            password: Secret::new(PASSWORD),
        }),
        oauth2: None,
        allow_plaintext_auth: true,
        depth: Depth::Full,
        from: None,
        to: None,
        ehlo_name: "probe.example.test".into(),
    };
    let stream = TcpStream::connect(addr).await.unwrap();
    let actions = drive(stream, ImapSession::new(cfg, false)).await;
    (actions, server.await.unwrap())
}

fn finished(actions: &[Action], kind: StepKind) -> (StepStatus, String, Option<Evidence>) {
    actions
        .iter()
        .rev()
        .find_map(|a| match a {
            Action::StepFinished {
                step,
                status,
                detail,
                evidence,
            } if *step == kind => Some((*status, detail.to_string(), evidence.clone())),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no {kind:?} step in {actions:#?}"))
}

#[tokio::test]
async fn a_whole_session_over_a_socket_with_replies_in_pieces() {
    let ir = mailtriage::proto::sasl::plain_response(USER, PASSWORD);
    let script = vec![
        (
            "a1 AUTHENTICATE PLAIN ",
            "a1 OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT LITERAL+ NOTIFY] Logged in\r\n".to_string(),
        ),
        (
            "a2 STATUS INBOX (MESSAGES UNSEEN UIDVALIDITY)",
            "* STATUS INBOX (MESSAGES 2 UIDVALIDITY 1796563950 UNSEEN 1)\r\na2 OK Status completed (0.022 + 0.000 + 0.021 secs).\r\n".to_string(),
        ),
        (
            "a3 LOGOUT",
            "* BYE Logging out\r\na3 OK Logout completed (0.001 + 0.000 secs).\r\n".to_string(),
        ),
    ];
    let (actions, got) = run(script, Then::Close).await;
    assert_eq!(got[0], format!("a1 AUTHENTICATE PLAIN {ir}\r\n"));
    assert_eq!(finished(&actions, StepKind::Login).0, StepStatus::Ok);
    assert_eq!(
        finished(&actions, StepKind::Stat).1,
        "2 messages in INBOX, 1 unseen (UIDVALIDITY 1796563950)"
    );
    assert_eq!(finished(&actions, StepKind::Quit).0, StepStatus::Ok);
    assert!(actions.contains(&Action::Close));
}

#[tokio::test]
async fn a_server_gone_quiet_fails_the_step_at_the_deadline() {
    let script = vec![(
        "a1 AUTHENTICATE PLAIN ",
        "a1 OK Logged in\r\n* STATUS INBOX (MESS".to_string(),
    )];
    let (actions, _) = run(script, Then::Stall).await;
    let (status, _, evidence) = finished(&actions, StepKind::Stat);
    assert_eq!(status, StepStatus::Failed);
    let Some(Evidence::Io { failure, message }) = evidence else {
        panic!("{evidence:?}");
    };
    assert_eq!(failure, IoFailure::Incomplete);
    assert!(
        message.english().contains("* STATUS INBOX (MESS"),
        "{message}"
    );
}

#[tokio::test]
async fn a_refusal_then_bye_and_close_is_one_login_and_a_clean_end() {
    let script = vec![
        (
            "a1 AUTHENTICATE PLAIN ",
            "a1 NO Basic authentication is disabled.\r\n".to_string(),
        ),
        // STATUS went out with the login; before any login it is only answered BAD.
        (
            "a2 STATUS INBOX (MESSAGES UNSEEN UIDVALIDITY)",
            "a2 BAD Command received in Invalid state.\r\n".to_string(),
        ),
        (
            "a3 LOGOUT",
            "* BYE Microsoft Exchange Server IMAP4 server signing off.\r\n".to_string(),
        ),
    ];
    let (actions, got) = run(script, Then::Close).await;
    assert_eq!(got.len(), 3);
    let (status, detail, _) = finished(&actions, StepKind::Login);
    assert_eq!(status, StepStatus::Failed);
    assert_eq!(detail, "the server refused the login");
    assert_eq!(finished(&actions, StepKind::Stat).0, StepStatus::Skipped);
    let (status, detail, _) = finished(&actions, StepKind::Quit);
    assert_eq!(status, StepStatus::Ok);
    assert_eq!(detail, "server closed the connection");
}
