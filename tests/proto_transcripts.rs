//! Protocol-core tests: literal server transcripts replayed into the sans-IO sessions, with every
//! server reply split at every byte offset; the outcome must not depend on how bytes arrive.

mod support;

use mailtriage::account::Security;
use mailtriage::model::{Evidence, StepKind, StepStatus};
use mailtriage::proto::pop3::Pop3Session;
use mailtriage::proto::session::{Action, Depth, Session, SessionConfig};
use mailtriage::proto::smtp::SmtpSession;

use support::transcript::{self, Outcome, config, replay};

/// Replay at every split offset (see [`transcript::replay_all_splits`]); no destructive command.
fn replay_all_splits(
    make: impl Fn() -> Box<dyn Session>,
    greeting: &str,
    script: &[(&str, &str)],
) -> Outcome {
    let reference = transcript::replay_all_splits(make, greeting, script);
    assert_no_destructive_command(&reference);
    reference
}

fn assert_no_destructive_command(o: &Outcome) {
    for w in &o.sent_wire {
        let verb = w
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        assert!(
            !["DELE", "RETR", "TOP", "DATA", "BDAT"].contains(&verb.as_str()),
            "sent {w}"
        );
    }
}

fn pop3(cfg: SessionConfig, tls: bool) -> impl Fn() -> Box<dyn Session> {
    move || Box::new(Pop3Session::new(cfg.clone(), tls))
}

fn smtp(cfg: SessionConfig, tls: bool) -> impl Fn() -> Box<dyn Session> {
    move || Box::new(SmtpSession::new(cfg.clone(), tls))
}

const DOVECOT_CAPA_TLS: &str = "+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nPIPELINING\r\nAUTH-RESP-CODE\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n";

#[test]
fn pop3_implicit_tls_sasl_plain_then_stat_uidl_quit_pipelined() {
    let o = replay_all_splits(
        pop3(config(Security::Tls), true),
        "+OK Dovecot (Debian) ready.\r\n",
        &[
            ("CAPA", DOVECOT_CAPA_TLS),
            ("AUTH PLAIN ", "+OK Logged in.\r\n"),
            ("STAT", "+OK 3 1234\r\n"),
            ("UIDL 1", "+OK 1 000000015d2b1a9c\r\n"),
            ("QUIT", "+OK Logging out.\r\n"),
        ],
    );
    for step in [
        StepKind::Greeting,
        StepKind::Capa,
        StepKind::Login,
        StepKind::Stat,
        StepKind::Uidl,
        StepKind::Quit,
    ] {
        assert_eq!(o.status(step), Some(StepStatus::Ok), "{step}");
    }
    assert!(o.sent_shown.contains(&"AUTH PLAIN ***".to_string()));
    assert!(o.closed);
}

#[test]
fn pop3_stls_upgrade_asks_capa_again_and_discards_injected_text() {
    let o = replay_all_splits(
        pop3(config(Security::Starttls), false),
        "+OK Dovecot ready.\r\n",
        &[
            ("CAPA", "+OK\r\nCAPA\r\nUIDL\r\nSTLS\r\nSASL\r\n.\r\n"),
            (
                "STLS",
                "+OK Begin TLS negotiation now.\r\n-ERR injected\r\n",
            ),
            ("CAPA", DOVECOT_CAPA_TLS),
            ("AUTH PLAIN ", "+OK Logged in.\r\n"),
            ("STAT", "+OK 0 0\r\n"),
            ("UIDL", "+OK\r\n.\r\n"),
            ("QUIT", "+OK Logging out.\r\n"),
        ],
    );
    assert_eq!(o.tls_upgrades, 1);
    // The injected line is never read as a reply, but it is not silently dropped either.
    assert_eq!(o.status(StepKind::Stls), Some(StepStatus::Warn));
    match o.evidence(StepKind::Stls) {
        Some(Evidence::Io { failure, message }) => {
            assert_eq!(*failure, mailtriage::model::IoFailure::Protocol);
            assert!(message.english().contains("-ERR injected"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Ok));
    assert_eq!(o.status(StepKind::Uidl), Some(StepStatus::Ok));
}

#[test]
fn pop3_wrong_password_is_one_attempt_and_quits() {
    let o = replay_all_splits(
        pop3(config(Security::Tls), true),
        "+OK Dovecot ready.\r\n",
        &[
            ("CAPA", DOVECOT_CAPA_TLS),
            ("AUTH PLAIN ", "-ERR [AUTH] Authentication failed.\r\n"),
            ("STAT", "-ERR Unknown command: STAT\r\n"),
            ("QUIT", "+OK Logging out.\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Failed));
    assert_eq!(
        o.status(StepKind::Stat),
        Some(StepStatus::Skipped),
        "STAT went out with the login (PIPELINING) and was never run"
    );
    match o.evidence(StepKind::Login) {
        Some(Evidence::Reply { reply, sent }) => {
            assert_eq!(reply, "-ERR [AUTH] Authentication failed.");
            assert_eq!(sent.as_deref(), Some("AUTH PLAIN ***"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn pop3_user_pass_pipelined_wrong_password_reads_both_replies() {
    let capa = "+OK\r\nUSER\r\nPIPELINING\r\nUIDL\r\n.\r\n";
    let o = replay_all_splits(
        pop3(config(Security::Tls), true),
        "+OK ready\r\n",
        &[
            ("CAPA", capa),
            ("USER alice@example.test", "+OK\r\n"),
            ("PASS ", "-ERR [AUTH] Invalid login\r\n"),
            ("STAT", "-ERR Unknown command\r\n"),
            ("QUIT", "+OK bye\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Failed));
    assert!(o.sent_shown.contains(&"PASS ***".to_string()));
}

#[test]
fn pop3_mailbox_in_use_and_no_uidl() {
    let o = replay_all_splits(
        pop3(config(Security::Tls), true),
        "+OK ready\r\n",
        &[
            ("CAPA", "-ERR unknown command\r\n"),
            ("USER ", "+OK\r\n"),
            (
                "PASS ",
                "-ERR [IN-USE] Mailbox is locked by another POP3 session.\r\n",
            ),
            ("QUIT", "+OK\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Capa), Some(StepStatus::Warn));
    assert!(
        matches!(o.evidence(StepKind::Login), Some(Evidence::Reply { reply, .. }) if reply.contains("[IN-USE]"))
    );

    let o = replay_all_splits(
        pop3(config(Security::Tls), true),
        "+OK ready\r\n",
        &[
            ("CAPA", "+OK\r\nUSER\r\n.\r\n"),
            ("USER ", "+OK\r\n"),
            ("PASS ", "+OK\r\n"),
            ("STAT", "+OK 2 20\r\n"),
            ("UIDL 1", "-ERR unknown command\r\n"),
            ("QUIT", "+OK\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Uidl), Some(StepStatus::Warn));
}

#[test]
fn pop3_starttls_not_offered_never_sends_password() {
    let o = replay_all_splits(
        pop3(config(Security::Starttls), false),
        "+OK ready\r\n",
        &[
            ("CAPA", "+OK\r\nUSER\r\nUIDL\r\n.\r\n"),
            ("QUIT", "+OK\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Stls), Some(StepStatus::Failed));
    assert_eq!(o.status(StepKind::Login), None);
}

#[test]
fn pop3_plaintext_login_declined_unless_allowed() {
    let o = replay_all_splits(
        pop3(config(Security::None), false),
        "+OK ready\r\n",
        &[("CAPA", "+OK\r\nUSER\r\n.\r\n"), ("QUIT", "+OK\r\n")],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Warn));
    assert!(matches!(
        o.evidence(StepKind::Login),
        Some(Evidence::Declined { .. })
    ));

    // APOP too: its digest can be cracked offline by whoever reads the line.
    let o = replay_all_splits(
        pop3(config(Security::None), false),
        "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n",
        &[("CAPA", "+OK\r\nUSER\r\n.\r\n"), ("QUIT", "+OK\r\n")],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Warn));
    assert!(matches!(
        o.evidence(StepKind::Login),
        Some(Evidence::Declined { .. })
    ));

    let mut cfg = config(Security::None);
    cfg.allow_plaintext_auth = true;
    let o = replay_all_splits(
        pop3(cfg, false),
        "+OK ready\r\n",
        &[
            ("CAPA", "+OK\r\nUSER\r\n.\r\n"),
            ("USER ", "+OK\r\n"),
            ("PASS ", "+OK\r\n"),
            ("STAT", "+OK 1 10\r\n"),
            ("UIDL 1", "+OK 1 abc\r\n"),
            ("QUIT", "+OK\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Ok));
}

#[test]
fn pop3_sasl_login_mechanism() {
    let o = replay_all_splits(
        pop3(config(Security::Tls), true),
        "+OK ready\r\n",
        &[
            ("CAPA", "+OK\r\nSASL LOGIN XOAUTH2\r\n.\r\n"),
            ("AUTH LOGIN", "+ VXNlcm5hbWU6\r\n"),
            ("YWxpY2VAZXhhbXBsZS50ZXN0", "+ UGFzc3dvcmQ6\r\n"),
            ("", "+OK\r\n"),
            ("STAT", "+OK 0 0\r\n"),
            ("UIDL", "+OK\r\n.\r\n"),
            ("QUIT", "+OK\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Ok));
    assert!(o.sent_shown[2].starts_with("*** (answer to \"Username:\")"));
}

#[test]
fn pop3_oauth_only_server_has_no_common_mechanism() {
    let o = replay_all_splits(
        pop3(config(Security::Tls), true),
        "+OK ready\r\n",
        &[
            ("CAPA", "+OK\r\nSASL XOAUTH2 OAUTHBEARER\r\n.\r\n"),
            ("QUIT", "+OK\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Failed));
}

#[test]
fn pop3_tls_record_or_garbage_instead_of_greeting() {
    let o = replay(
        Box::new(Pop3Session::new(config(Security::None), false)),
        "\u{15}\u{3}\u{1}\u{0}\u{2}\u{2}\u{46}",
        &[],
        usize::MAX,
    );
    assert_eq!(o.status(StepKind::Greeting), Some(StepStatus::Failed));
    assert!(matches!(
        o.evidence(StepKind::Greeting),
        Some(Evidence::SpeaksTls { .. })
    ));

    let o = replay_all_splits(
        pop3(config(Security::None), false),
        "HTTP/1.1 400 Bad Request\r\n",
        &[],
    );
    assert_eq!(o.status(StepKind::Greeting), Some(StepStatus::Failed));
    assert!(o.closed);
}

#[test]
fn pop3_timeout_and_close_fail_the_open_step() {
    let mut s = Pop3Session::new(config(Security::Tls), true);
    s.timed_out(mailtriage::proto::session::Deadline::Step);
    let actions: Vec<Action> = std::iter::from_fn(|| s.poll_action()).collect();
    assert!(actions.iter().any(|a| matches!(
        a,
        Action::StepFinished {
            step: StepKind::Greeting,
            status: StepStatus::Failed,
            ..
        }
    )));
    assert!(s.is_done());
}

const POSTFIX_EHLO: &str = "250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n250-ETRN\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n";
const POSTFIX_EHLO_TLS: &str = "250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-AUTH PLAIN LOGIN\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n";

#[test]
fn smtp_submission_starttls_auth_and_pipelined_dry_run() {
    let mut cfg = config(Security::Starttls);
    cfg.from = Some("alice@example.test".into());
    cfg.to = Some("bob@example.test".into());
    let o = replay_all_splits(
        smtp(cfg, false),
        "220-mail.example.test ESMTP Postfix (Debian/GNU)\r\n220 ready\r\n",
        &[
            ("EHLO probe.example.test", POSTFIX_EHLO),
            ("STARTTLS", "220 2.0.0 Ready to start TLS\r\n"),
            ("EHLO probe.example.test", POSTFIX_EHLO_TLS),
            ("AUTH PLAIN ", "235 2.7.0 Authentication successful\r\n"),
            ("MAIL FROM:<alice@example.test>", "250 2.1.0 Ok\r\n"),
            ("RCPT TO:<bob@example.test>", "250 2.1.5 Ok\r\n"),
            ("RSET", "250 2.0.0 Ok\r\n"),
            ("QUIT", "221 2.0.0 Bye\r\n"),
        ],
    );
    for step in [
        StepKind::Greeting,
        StepKind::Ehlo,
        StepKind::Starttls,
        StepKind::Login,
        StepKind::MailFrom,
        StepKind::RcptTo,
        StepKind::Rset,
        StepKind::Quit,
    ] {
        assert_eq!(o.status(step), Some(StepStatus::Ok), "{step}");
    }
    assert_eq!(o.tls_upgrades, 1);
}

#[test]
fn smtp_relay_denied_is_recorded_and_undone() {
    let mut cfg = config(Security::Tls);
    cfg.from = Some("alice@example.test".into());
    cfg.to = Some("someone@elsewhere.test".into());
    let o = replay_all_splits(
        smtp(cfg, true),
        "220 mail.example.test ESMTP\r\n",
        &[
            ("EHLO", "250-mail.example.test\r\n250 AUTH PLAIN\r\n"),
            ("AUTH PLAIN ", "235 2.7.0 Authentication successful\r\n"),
            ("MAIL FROM:", "250 2.1.0 Ok\r\n"),
            (
                "RCPT TO:",
                "554 5.7.1 <someone@elsewhere.test>: Relay access denied\r\n",
            ),
            ("RSET", "250 2.0.0 Ok\r\n"),
            ("QUIT", "221 2.0.0 Bye\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::RcptTo), Some(StepStatus::Failed));
    assert!(
        matches!(o.evidence(StepKind::RcptTo), Some(Evidence::Reply { reply, .. }) if reply.starts_with("554 5.7.1"))
    );
    assert_eq!(o.status(StepKind::Rset), Some(StepStatus::Ok));
}

#[test]
fn smtp_wrong_password_gives_postfix_reply() {
    let o = replay_all_splits(
        smtp(config(Security::Tls), true),
        "220 mail.example.test ESMTP\r\n",
        &[
            ("EHLO", POSTFIX_EHLO_TLS),
            (
                "AUTH PLAIN ",
                "535 5.7.8 Error: authentication failed: authentication failure\r\n",
            ),
            ("QUIT", "221 2.0.0 Bye\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Failed));
    assert_eq!(o.status(StepKind::MailFrom), None);
}

#[test]
fn smtp_relay_port_without_auth_probes_for_the_reason() {
    let mut cfg = config(Security::None);
    cfg.allow_plaintext_auth = true;
    let o = replay_all_splits(
        smtp(cfg, false),
        "220 mx.example.test ESMTP\r\n",
        &[
            (
                "EHLO",
                "250-mx.example.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n",
            ),
            (
                "AUTH PLAIN",
                "503 5.5.1 Error: authentication not enabled\r\n",
            ),
            ("QUIT", "221 2.0.0 Bye\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Failed));
    assert_eq!(
        o.sent_wire[1], "AUTH PLAIN\r\n",
        "no credentials in the probe"
    );
}

#[test]
fn smtp_multiline_refusal_keeps_its_lines_apart_in_evidence() {
    let o = replay_all_splits(
        smtp(config(Security::Tls), true),
        "220 smtp.example.test ESMTP\r\n",
        &[
            ("EHLO", POSTFIX_EHLO_TLS),
            (
                "AUTH PLAIN ",
                "534-5.7.9 Application-specific password required. Learn more at\r\n534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor \x1b[2J\r\n",
            ),
            ("QUIT", "221 2.0.0 closing connection\r\n"),
        ],
    );
    match o.evidence(StepKind::Login) {
        Some(Evidence::Reply { reply, .. }) => {
            assert_eq!(reply.lines().count(), 2, "{reply}");
            assert!(
                reply.contains("\\x1b[2J"),
                "control characters stay escaped: {reply}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn smtp_ehlo_refused_falls_back_to_helo() {
    let o = replay_all_splits(
        smtp(
            SessionConfig {
                depth: Depth::Connection,
                ..config(Security::None)
            },
            false,
        ),
        "220 old.example.test SMTP\r\n",
        &[
            ("EHLO", "502 5.5.2 Error: command not recognized\r\n"),
            ("HELO", "250 old.example.test\r\n"),
            ("QUIT", "221 Bye\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Ehlo), Some(StepStatus::Warn));
}

#[test]
fn smtp_busy_greeting_and_missing_starttls() {
    let o = replay_all_splits(
        smtp(config(Security::Starttls), false),
        "421 4.7.0 mail.example.test Error: too many connections from 203.0.113.7\r\n",
        &[],
    );
    assert_eq!(o.status(StepKind::Greeting), Some(StepStatus::Failed));
    assert!(o.closed);

    let o = replay_all_splits(
        smtp(config(Security::Starttls), false),
        "220 mail.example.test ESMTP\r\n",
        &[
            (
                "EHLO",
                "250-mail.example.test Hello [203.0.113.7]\r\n250 PIPELINING\r\n",
            ),
            ("QUIT", "221 Bye\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Starttls), Some(StepStatus::Failed));
    assert_eq!(o.status(StepKind::Login), None);
}

#[test]
fn smtp_enormous_ehlo_is_bounded() {
    let mut ehlo = String::new();
    for i in 0..5_000 {
        ehlo.push_str(&format!("250-X-EXT-{i}\r\n"));
    }
    ehlo.push_str("250 OK\r\n");
    let o = replay(
        Box::new(SmtpSession::new(config(Security::Tls), true)),
        "220 x\r\n",
        &[("EHLO", &ehlo)],
        usize::MAX,
    );
    assert_eq!(o.status(StepKind::Ehlo), Some(StepStatus::Failed));
    assert!(matches!(
        o.evidence(StepKind::Ehlo),
        Some(Evidence::Io {
            failure: mailtriage::model::IoFailure::TooLong,
            ..
        })
    ));
}

#[test]
fn smtp_client_address_from_ehlo_reply() {
    use mailtriage::proto::smtp::client_address;
    assert_eq!(
        client_address("smtp.gmail.com at your service, [203.0.113.7]").as_deref(),
        Some("203.0.113.7")
    );
    assert_eq!(
        client_address("mx.example Hello pc [IPv6:2001:db8::1]").as_deref(),
        Some("2001:db8::1")
    );
    assert_eq!(client_address("mail.example.test"), None);
}

#[test]
fn pop3_stat_goes_out_with_the_login_when_pipelining() {
    let sends_after = |capa: &str| {
        let mut s = Pop3Session::new(config(Security::Tls), true);
        s.receive(b"+OK ready\r\n");
        while s.poll_action().is_some() {}
        s.receive(capa.as_bytes());
        std::iter::from_fn(|| s.poll_action())
            .filter_map(|a| match a {
                Action::Send { shown, .. } => Some(shown),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        sends_after(DOVECOT_CAPA_TLS),
        ["AUTH PLAIN ***", "STAT"],
        "one flight: login and STAT"
    );
    assert_eq!(
        sends_after("+OK\r\nSASL PLAIN\r\n.\r\n"),
        ["AUTH PLAIN ***"],
        "without PIPELINING STAT waits for the login reply"
    );
}
