//! Replies checked against their commands, in both sessions: scripted server transcripts
//! replayed with every server chunk split at every byte offset. The outcome (steps, statuses,
//! evidence, commands sent) must not depend on how the bytes arrive.

use crate::model::{Evidence, IoFailure, StepKind, StepStatus};
use crate::proto::pop3::Pop3Session;
use crate::proto::session::{Action, Credentials, Depth, Session, SessionConfig};
use crate::proto::smtp::SmtpSession;
use crate::settings::{Secret, Security};

const PASSWORD: &str = "match-Secret-9";

fn config(security: Security) -> SessionConfig {
    SessionConfig {
        security,
        credentials: Some(Credentials {
            user: "alice@example.test".into(),
            password: Secret::new(PASSWORD),
        }),
        oauth2: None,
        allow_plaintext_auth: false,
        depth: Depth::Full,
        from: None,
        to: None,
        ehlo_name: "probe.example.test".into(),
    }
}

#[derive(Debug, PartialEq)]
struct Outcome {
    sent: Vec<String>,
    steps: Vec<(StepKind, StepStatus, Option<Evidence>)>,
    received: Vec<String>,
    closed: bool,
}

impl Outcome {
    fn last(&self, kind: StepKind) -> &(StepKind, StepStatus, Option<Evidence>) {
        self.steps
            .iter()
            .rev()
            .find(|s| s.0 == kind)
            .unwrap_or_else(|| panic!("no {kind} step in {:?}", self.steps))
    }

    fn io(&self, kind: StepKind) -> (StepStatus, IoFailure, String) {
        match self.last(kind) {
            (_, status, Some(Evidence::Io { failure, message })) => {
                (*status, *failure, message.english().into_owned())
            }
            other => panic!("{kind}: no I/O evidence: {other:?}"),
        }
    }
}

/// Replay: `greeting` first, then for each command sent the next scripted reply. Every chunk
/// of server bytes arrives in two pieces cut at `split`, both before the session is polled (as
/// when they come in one read). When the script is used up and the session is still open, the
/// deadline passes once.
fn replay(
    mut session: Box<dyn Session>,
    greeting: &[u8],
    script: &[&[u8]],
    split: usize,
) -> Outcome {
    let mut out = Outcome {
        sent: Vec::new(),
        steps: Vec::new(),
        received: Vec::new(),
        closed: false,
    };
    let mut next = 0;
    let mut inbox = greeting.to_vec();
    let mut timed_out = false;
    for _ in 0..100 {
        if !inbox.is_empty() {
            let data = std::mem::take(&mut inbox);
            let cut = split.min(data.len());
            session.receive(&data[..cut]);
            session.receive(&data[cut..]);
        }
        let mut progressed = false;
        while let Some(action) = session.poll_action() {
            progressed = true;
            match action {
                Action::Send { wire, .. } => {
                    let wire = String::from_utf8_lossy(&wire).trim_end().to_string();
                    if let Some(reply) = script.get(next) {
                        inbox.extend_from_slice(reply);
                        next += 1;
                    }
                    out.sent.push(wire);
                }
                Action::StepFinished {
                    step,
                    status,
                    evidence,
                    ..
                } => out.steps.push((step, status, evidence)),
                Action::Received(line) => out.received.push(line),
                Action::StartTls => session.tls_established(),
                Action::Close => out.closed = true,
                _ => {}
            }
        }
        if out.closed {
            break;
        }
        if !progressed && inbox.is_empty() {
            if timed_out {
                break;
            }
            timed_out = true;
            session.timed_out(crate::proto::session::Deadline::Step);
        }
    }
    out
}

/// The outcome at every split of the longest chunk; it must be the same at each.
fn replay_all_splits(
    make: impl Fn() -> Box<dyn Session>,
    greeting: &[u8],
    script: &[&[u8]],
) -> Outcome {
    let longest = script
        .iter()
        .map(|r| r.len())
        .chain([greeting.len()])
        .max()
        .unwrap_or(0);
    let reference = replay(make(), greeting, script, usize::MAX);
    for split in 0..=longest {
        assert_eq!(
            replay(make(), greeting, script, split),
            reference,
            "split {split}"
        );
    }
    // What the server sent is recorded without the password, whatever it echoes.
    for text in &reference.received {
        assert!(!text.contains(PASSWORD), "{text}");
    }
    for (_, _, evidence) in &reference.steps {
        assert!(!format!("{evidence:?}").contains(PASSWORD), "{evidence:?}");
    }
    reference
}

fn smtp(security: Security, tls: bool) -> impl Fn() -> Box<dyn Session> {
    move || Box::new(SmtpSession::new(config(security), tls))
}

fn pop3(security: Security, tls: bool) -> impl Fn() -> Box<dyn Session> {
    move || Box::new(Pop3Session::new(config(security), tls))
}

const EHLO: &[u8] = b"250-mail.example.test\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n";

#[test]
fn a_second_greeting_in_the_same_read_answers_no_command() {
    let o = replay_all_splits(
        smtp(Security::Tls, true),
        b"220 mail.example.test ESMTP one\r\n220 mail.example.test ESMTP two\r\n",
        &[EHLO],
    );
    let (status, failure, message) = o.io(StepKind::Ehlo);
    assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Protocol));
    assert!(
        message.contains("\"220 mail.example.test ESMTP two\" before EHLO could have reached it"),
        "{message}"
    );
    assert!(message.contains("second greeting"), "{message}");
    assert_eq!(o.last(StepKind::Greeting).1, StepStatus::Ok);
    assert!(
        !o.sent.iter().any(|s| s.starts_with("HELO")),
        "{:?}",
        o.sent
    );
    assert!(o.closed);
}

#[test]
fn a_greeting_code_in_answer_to_ehlo_does_not_fit() {
    let o = replay_all_splits(
        smtp(Security::Tls, true),
        b"220 mail.example.test ESMTP one\r\n",
        &[b"220 mail.example.test ESMTP two\r\n"],
    );
    let (status, failure, message) = o.io(StepKind::Ehlo);
    assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Protocol));
    assert_eq!(
        message,
        "the server answered EHLO with \"220 mail.example.test ESMTP two\", which cannot answer \
         EHLO (expected 250 or a 4xx/5xx refusal)"
    );
    assert_eq!(o.sent.len(), 1, "{:?}", o.sent);
}

#[test]
fn smtp_235_before_the_password_is_not_a_login() {
    let ehlo_login_only: &[u8] = b"250-mail.example.test\r\n250 AUTH LOGIN\r\n";
    for premature in [
        // In answer to AUTH LOGIN, and to the user name.
        &[ehlo_login_only, b"235 2.7.0 Authentication successful\r\n"][..],
        &[
            ehlo_login_only,
            b"334 VXNlcm5hbWU6\r\n",
            b"235 2.7.0 Authentication successful\r\n",
        ][..],
    ] {
        let o = replay_all_splits(
            smtp(Security::Tls, true),
            b"220 mail.example.test ESMTP\r\n",
            premature,
        );
        let (status, failure, message) = o.io(StepKind::Login);
        assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Protocol));
        assert!(
            message.contains("before the password was sent"),
            "{message}"
        );
        assert!(
            !o.steps
                .iter()
                .any(|s| s.0 == StepKind::Login && s.1 == StepStatus::Ok)
        );
    }
    // After the password, 235 is the login's success.
    let o = replay_all_splits(
        smtp(Security::Tls, true),
        b"220 mail.example.test ESMTP\r\n",
        &[
            ehlo_login_only,
            b"334 VXNlcm5hbWU6\r\n",
            b"334 UGFzc3dvcmQ6\r\n",
            b"235 2.7.0 Authentication successful\r\n",
            b"221 bye\r\n",
        ],
    );
    assert_eq!(o.last(StepKind::Login).1, StepStatus::Ok);
}

#[test]
fn a_skipped_reply_in_a_pipelined_group_is_caught_where_it_lands() {
    let make = || -> Box<dyn Session> {
        let mut cfg = config(Security::Tls);
        cfg.from = Some("alice@example.test".into());
        cfg.to = Some("bob@example.test".into());
        Box::new(SmtpSession::new(cfg, true))
    };
    let o = replay_all_splits(
        make,
        b"220 mail.example.test ESMTP\r\n",
        &[
            EHLO,
            b"235 2.7.0 ok\r\n",
            // The whole group's replies arrive after MAIL; RSET's is missing.
            b"250 2.1.0 ok\r\n250 2.1.5 ok\r\n221 2.0.0 bye\r\n",
        ],
    );
    assert_eq!(o.last(StepKind::MailFrom).1, StepStatus::Ok);
    assert_eq!(o.last(StepKind::RcptTo).1, StepStatus::Ok);
    let (status, failure, message) = o.io(StepKind::Rset);
    assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Protocol));
    assert!(
        message.contains("answered RSET with \"221 2.0.0 bye\""),
        "{message}"
    );
}

#[test]
fn smtp_plain_text_after_the_starttls_reply_warns_and_is_never_read() {
    let o = replay_all_splits(
        smtp(Security::Starttls, false),
        b"220 mail.example.test ESMTP\r\n",
        &[
            b"250-mail.example.test\r\n250 STARTTLS\r\n",
            b"220 2.0.0 Ready\r\n250-INJECTED\r\n250 AUTH PLAIN\r\n",
            EHLO,
            b"235 2.7.0 ok\r\n221 bye\r\n",
        ],
    );
    let (status, failure, message) = o.io(StepKind::Starttls);
    assert_eq!((status, failure), (StepStatus::Warn, IoFailure::Protocol));
    assert!(
        message.starts_with("30 bytes arrived in plain text"),
        "{message}"
    );
    assert!(
        message.contains("250-INJECTED\\r\\n250 AUTH PLAIN"),
        "{message}"
    );
    assert!(
        o.received.iter().any(|l| l == "250-INJECTED"),
        "{:?}",
        o.received
    );
    assert_eq!(o.last(StepKind::Login).1, StepStatus::Ok);
    // The EHLO after the upgrade got its own reply, not the injected lines.
    let ehlos: Vec<_> = o.steps.iter().filter(|s| s.0 == StepKind::Ehlo).collect();
    assert_eq!(ehlos.len(), 2);
    assert!(ehlos.iter().all(|s| s.1 == StepStatus::Ok));
}

#[test]
fn a_clean_upgrade_is_ok() {
    let o = replay_all_splits(
        smtp(Security::Starttls, false),
        b"220 mail.example.test ESMTP\r\n",
        &[
            b"250-mail.example.test\r\n250 STARTTLS\r\n",
            b"220 2.0.0 Ready\r\n",
            EHLO,
            b"235 2.7.0 ok\r\n221 bye\r\n",
        ],
    );
    assert_eq!(
        o.last(StepKind::Starttls),
        &(StepKind::Starttls, StepStatus::Ok, None)
    );
}

#[test]
fn an_unfinished_smtp_reply_says_what_arrived() {
    let o = replay_all_splits(
        smtp(Security::Tls, true),
        b"220 mail.example.test ESMTP\r\n",
        &[b"250-mail.example.test\r\n250-PIPELINING\r\n250-AUTH PL"],
    );
    let (status, failure, message) = o.io(StepKind::Ehlo);
    assert_eq!(
        (status, failure),
        (StepStatus::Failed, IoFailure::Incomplete)
    );
    assert_eq!(
        message,
        "no complete answer to EHLO before the deadline: 2 lines of the answer arrived, the \
         first \"250-mail.example.test\", but not its end; then 11 bytes arrived without a line \
         end: \"250-AUTH PL\""
    );
}

#[test]
fn a_greeting_with_the_wrong_code_is_not_a_greeting() {
    let o = replay_all_splits(smtp(Security::Tls, true), b"250 mail.example.test\r\n", &[]);
    let (status, failure, message) = o.io(StepKind::Greeting);
    assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Protocol));
    assert_eq!(
        message,
        "the server greeted with \"250 mail.example.test\", which is not a greeting (expected \
         220 or a 4xx/5xx refusal)"
    );
    let o = replay_all_splits(pop3(Security::Tls, true), b"+ hello\r\n", &[]);
    let (_, failure, message) = o.io(StepKind::Greeting);
    assert_eq!(failure, IoFailure::Protocol);
    assert!(
        message.starts_with("the server greeted with \"+ hello\""),
        "{message}"
    );
}

#[test]
fn silence_is_no_answer() {
    let o = replay_all_splits(
        smtp(Security::Tls, true),
        b"220 mail.example.test ESMTP\r\n",
        &[],
    );
    let (status, failure, _) = o.io(StepKind::Ehlo);
    assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Timeout));
}

#[test]
fn pop3_ok_before_the_password_is_not_a_login() {
    let o = replay_all_splits(
        pop3(Security::Tls, true),
        b"+OK ready\r\n",
        &[b"+OK\r\nSASL LOGIN\r\n.\r\n", b"+OK logged in\r\n"],
    );
    let (status, failure, message) = o.io(StepKind::Login);
    assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Protocol));
    assert!(
        message.contains("answered AUTH LOGIN with \"+OK logged in\""),
        "{message}"
    );
    assert!(!o.sent.iter().any(|s| s == "STAT"), "{:?}", o.sent);
}

#[test]
fn pop3_continuation_outside_sasl_and_a_second_greeting_do_not_fit() {
    let o = replay_all_splits(pop3(Security::Tls, true), b"+OK ready\r\n", &[b"+ \r\n"]);
    let (status, failure, message) = o.io(StepKind::Capa);
    assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Protocol));
    assert!(message.contains("expected +OK or -ERR"), "{message}");

    let o = replay_all_splits(
        pop3(Security::Tls, true),
        b"+OK ready\r\n+OK ready again\r\n",
        &[b"+OK\r\nUSER\r\n.\r\n"],
    );
    let (status, failure, message) = o.io(StepKind::Capa);
    assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Protocol));
    assert!(
        message.contains("before CAPA could have reached it"),
        "{message}"
    );
}

#[test]
fn a_status_line_inside_the_capability_list_means_the_replies_are_shifted() {
    // A second greeting that came after CAPA was sent is read as CAPA's status line; CAPA's own
    // "+OK" then shows up inside the list.
    let o = replay_all_splits(
        pop3(Security::Tls, true),
        b"+OK ready\r\n",
        &[b"+OK ready again\r\n+OK Capability list follows\r\nUSER\r\n.\r\n"],
    );
    let (status, failure, message) = o.io(StepKind::Capa);
    assert_eq!((status, failure), (StepStatus::Failed, IoFailure::Protocol));
    assert!(
        message.contains("\"+OK Capability list follows\""),
        "{message}"
    );
}

#[test]
fn pop3_unfinished_answers_are_described_with_true_counts() {
    let o = replay_all_splits(pop3(Security::Tls, true), b"+OK hi\r+OK again\r", &[]);
    let (status, failure, message) = o.io(StepKind::Greeting);
    assert_eq!(
        (status, failure),
        (StepStatus::Failed, IoFailure::Incomplete)
    );
    assert!(
        message.contains("17 bytes arrived without a line end"),
        "{message}"
    );
    assert!(message.contains("carriage return alone"), "{message}");

    let o = replay_all_splits(
        pop3(Security::Tls, true),
        b"+OK ready\r\n",
        &[b"+OK list\r\nUSER\r\nTOP\r\nUID"],
    );
    let (_, failure, message) = o.io(StepKind::Capa);
    assert_eq!(failure, IoFailure::Incomplete);
    assert!(
        message.contains("3 lines of the answer arrived, the first \"+OK list\""),
        "{message}"
    );
    assert!(
        message.contains("3 bytes arrived without a line end: \"UID\""),
        "{message}"
    );
}

#[test]
fn pop3_plain_text_after_the_stls_reply_is_set_aside_redacted() {
    // Even a server that echoes the password there does not get it shown.
    let injected = format!("+OK Begin TLS\r\n-ERR {PASSWORD}\r\n");
    let injected: &'static [u8] = Box::leak(injected.into_bytes().into_boxed_slice());
    let o = replay_all_splits(
        pop3(Security::Starttls, false),
        b"+OK ready\r\n",
        &[
            b"+OK\r\nSTLS\r\nUSER\r\n.\r\n",
            injected,
            b"+OK\r\nUSER\r\n.\r\n",
            b"+OK\r\n",
            b"+OK\r\n",
            b"+OK 0 0\r\n",
            b"+OK\r\n.\r\n",
            b"+OK bye\r\n",
        ],
    );
    let (status, failure, message) = o.io(StepKind::Stls);
    assert_eq!((status, failure), (StepStatus::Warn, IoFailure::Protocol));
    assert!(message.contains("-ERR ***"), "{message}");
    assert!(!message.contains(PASSWORD));
    assert!(
        o.received.iter().any(|l| l == "-ERR ***"),
        "{:?}",
        o.received
    );
    assert_eq!(o.last(StepKind::Login).1, StepStatus::Ok);
}
