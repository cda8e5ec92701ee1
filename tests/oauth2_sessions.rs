//! OAuth2 logins in the sans-IO sessions, from servers' literal replies: XOAUTH2 and
//! OAUTHBEARER on POP3, SMTP and IMAP, the error challenge answered once, the token never
//! shown, never a password beside it, and never over plain text without the opt-in.

mod support;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use mailtriage::account::{Secret, Security};
use mailtriage::model::{StepKind, StepStatus};
use mailtriage::proto::imap::ImapSession;
use mailtriage::proto::pop3::Pop3Session;
use mailtriage::proto::sasl;
use mailtriage::proto::session::{OAuth2Login, Session, SessionConfig};
use mailtriage::proto::smtp::SmtpSession;

use support::transcript::{Outcome, USER, config, replay_all_splits};

const TOKEN: &str = "ya29.a0AfB_byC-token-for-tests_0123456789";
const HOST: &str = "mail.example.test";

/// Gmail's error challenge for a token it does not take (base64 of its JSON).
const GMAIL_ERROR: &str = "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==";

fn oauth2_config(security: Security, token: &str) -> SessionConfig {
    let mut cfg = config(security);
    cfg.credentials = None;
    cfg.oauth2 = Some(OAuth2Login {
        user: USER.into(),
        token: Secret::new(token),
        host: HOST.into(),
        port: 995,
    });
    cfg
}

fn pop3(cfg: SessionConfig) -> impl Fn() -> Box<dyn Session> {
    move || Box::new(Pop3Session::new(cfg.clone(), true))
}

fn smtp(cfg: SessionConfig) -> impl Fn() -> Box<dyn Session> {
    move || Box::new(SmtpSession::new(cfg.clone(), true))
}

fn imap(cfg: SessionConfig) -> impl Fn() -> Box<dyn Session> {
    move || Box::new(ImapSession::new(cfg.clone(), true))
}

/// Fails when anything recorded shows the token, in clear or inside base64.
fn assert_token_hidden(o: &Outcome, token: &str) {
    let recorded = o
        .sent_shown
        .iter()
        .chain(&o.transcript)
        .cloned()
        .chain(o.steps.iter().map(|s| format!("{} {:?}", s.2, s.3)));
    for text in recorded {
        assert!(!text.contains(token), "recorded: {text}");
        assert!(
            !text.contains(&token[..token.len() / 2]),
            "recorded: {text}"
        );
        for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || "+/=".contains(c))) {
            if let Ok(bytes) = STANDARD.decode(word) {
                let decoded = String::from_utf8_lossy(&bytes);
                assert!(
                    !decoded.contains(token),
                    "recorded base64 of the token: {text}"
                );
            }
        }
    }
}

fn login(o: &Outcome) -> (StepStatus, String) {
    let step = o.step(StepKind::Login);
    (step.1, step.2.clone())
}

const POP3_CAPA: &str = "+OK\r\nUSER\r\nSASL PLAIN LOGIN XOAUTH2 OAUTHBEARER\r\n.\r\n";

#[test]
fn pop3_oauthbearer_is_preferred_and_a_short_answer_goes_on_the_auth_line() {
    let o = replay_all_splits(
        pop3(oauth2_config(Security::Tls, TOKEN)),
        "+OK ready\r\n",
        &[
            ("CAPA", POP3_CAPA),
            ("AUTH OAUTHBEARER ", "+OK Logged in.\r\n"),
            ("STAT", "+OK 0 0\r\n"),
            ("UIDL", "+OK\r\n.\r\n"),
            ("QUIT", "+OK bye\r\n"),
        ],
    );
    let ir = sasl::oauthbearer_response(USER, HOST, 995, TOKEN);
    assert_eq!(o.sent_wire[1], format!("AUTH OAUTHBEARER {ir}\r\n"));
    assert_eq!(o.sent_shown[1], "AUTH OAUTHBEARER ***");
    assert_eq!(login(&o).0, StepStatus::Ok);
    assert_token_hidden(&o, TOKEN);
}

#[test]
fn pop3_long_token_waits_for_the_empty_challenge() {
    let long = format!("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.{}", "x".repeat(1500));
    let o = replay_all_splits(
        pop3(oauth2_config(Security::Tls, &long)),
        "+OK ready\r\n",
        &[
            ("CAPA", "+OK\r\nSASL XOAUTH2\r\n.\r\n"),
            ("AUTH XOAUTH2\r\n", "+ \r\n"),
            ("dXNlcj1", "+OK Logged in.\r\n"),
            ("STAT", "+OK 1 10\r\n"),
            ("UIDL 1", "+OK 1 abc\r\n"),
            ("QUIT", "+OK bye\r\n"),
        ],
    );
    assert_eq!(
        o.sent_wire[2],
        format!("{}\r\n", sasl::xoauth2_response(USER, &long))
    );
    assert!(!o.sent_shown[2].contains("dXNlcj1"), "{}", o.sent_shown[2]);
    assert_eq!(login(&o).0, StepStatus::Ok);
    assert_token_hidden(&o, &long);
}

#[test]
fn pop3_dovecot_refusal_answers_the_error_challenge_once() {
    let dovecot_error =
        STANDARD.encode(r#"{"status":"invalid_token","schemes":"bearer","scope":"mail"}"#);
    let o = replay_all_splits(
        pop3(oauth2_config(Security::Tls, TOKEN)),
        "+OK Dovecot ready.\r\n",
        &[
            ("CAPA", "+OK\r\nSASL PLAIN XOAUTH2 OAUTHBEARER\r\n.\r\n"),
            ("AUTH OAUTHBEARER ", &format!("+ {dovecot_error}\r\n")),
            ("AQ==\r\n", "-ERR [AUTH] Authentication failed.\r\n"),
            ("QUIT", "+OK bye\r\n"),
        ],
    );
    assert_eq!(login(&o).0, StepStatus::Failed);
    assert_eq!(
        o.reply(StepKind::Login),
        "-ERR [AUTH] Authentication failed."
    );
    assert_eq!(
        o.sent_wire.iter().filter(|w| w.starts_with("AUTH")).count(),
        1
    );
    assert_token_hidden(&o, TOKEN);
}

#[test]
fn pop3_a_second_challenge_after_the_error_is_cancelled() {
    let o = replay_all_splits(
        pop3(oauth2_config(Security::Tls, TOKEN)),
        "+OK ready\r\n",
        &[
            ("CAPA", "+OK\r\nSASL XOAUTH2\r\n.\r\n"),
            ("AUTH XOAUTH2 ", &format!("+ {GMAIL_ERROR}\r\n")),
            ("\r\n", &format!("+ {GMAIL_ERROR}\r\n")),
            ("*", "-ERR cancelled\r\n"),
            ("QUIT", "+OK bye\r\n"),
        ],
    );
    assert_eq!(login(&o).0, StepStatus::Failed);
    assert!(login(&o).1.contains("kept asking"), "{:?}", login(&o));
}

#[test]
fn no_oauth2_mechanism_means_no_login_and_no_password() {
    let o = replay_all_splits(
        pop3(oauth2_config(Security::Tls, TOKEN)),
        "+OK ready <1.2@host>\r\n",
        &[
            ("CAPA", "+OK\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n"),
            ("QUIT", "+OK bye\r\n"),
        ],
    );
    let (status, detail) = login(&o);
    assert_eq!(status, StepStatus::Failed);
    assert!(detail.contains("PLAIN LOGIN"), "{detail}");
    assert!(detail.contains("no OAuth2"), "{detail}");
    let o = replay_all_splits(
        smtp(oauth2_config(Security::Tls, TOKEN)),
        "220 ready\r\n",
        &[
            ("EHLO", "250-mx\r\n250 AUTH PLAIN LOGIN\r\n"),
            ("QUIT", "221 bye\r\n"),
        ],
    );
    assert_eq!(login(&o).0, StepStatus::Failed);
    let o = replay_all_splits(
        imap(oauth2_config(Security::Tls, TOKEN)),
        "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n",
        &[("a1 LOGOUT", "* BYE\r\na1 OK bye\r\n")],
    );
    assert_eq!(login(&o).0, StepStatus::Failed);
}

#[test]
fn no_token_over_plain_text_without_the_opt_in() {
    let cfg = oauth2_config(Security::None, TOKEN);
    let o = support::transcript::replay(
        Box::new(Pop3Session::new(cfg.clone(), false)),
        "+OK ready\r\n",
        &[("CAPA", POP3_CAPA), ("QUIT", "+OK bye\r\n")],
        usize::MAX,
    );
    assert_eq!(login(&o).0, StepStatus::Warn);
    let o = support::transcript::replay(
        Box::new(SmtpSession::new(cfg.clone(), false)),
        "220 ready\r\n",
        &[
            ("EHLO", "250-mx\r\n250 AUTH XOAUTH2\r\n"),
            ("QUIT", "221 bye\r\n"),
        ],
        usize::MAX,
    );
    assert_eq!(login(&o).0, StepStatus::Warn);
    let o = support::transcript::replay(
        Box::new(ImapSession::new(cfg.clone(), false)),
        "* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] ready\r\n",
        &[("a1 LOGOUT", "* BYE\r\na1 OK bye\r\n")],
        usize::MAX,
    );
    assert_eq!(login(&o).0, StepStatus::Warn);
    // With the opt-in the token goes.
    let mut allowed = cfg;
    allowed.allow_plaintext_auth = true;
    let o = support::transcript::replay(
        Box::new(Pop3Session::new(allowed, false)),
        "+OK ready\r\n",
        &[
            ("CAPA", POP3_CAPA),
            ("AUTH OAUTHBEARER", "+OK in\r\n"),
            ("STAT", "+OK 0 0\r\n"),
            ("UIDL", "+OK\r\n.\r\n"),
            ("QUIT", "+OK bye\r\n"),
        ],
        usize::MAX,
    );
    assert_eq!(login(&o).0, StepStatus::Ok);
}

#[test]
fn smtp_gmail_refusal_after_its_error_challenge() {
    let o = replay_all_splits(
        smtp(oauth2_config(Security::Tls, TOKEN)),
        "220 smtp.gmail.com ESMTP\r\n",
        &[
            (
                "EHLO",
                "250-smtp.gmail.com at your service\r\n250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\r\n250 PIPELINING\r\n",
            ),
            ("AUTH OAUTHBEARER ", &format!("334 {GMAIL_ERROR}\r\n")),
            (
                "AQ==\r\n",
                "535-5.7.8 Username and Password not accepted. For more information, go to\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials\r\n",
            ),
            ("QUIT", "221 bye\r\n"),
        ],
    );
    assert_eq!(login(&o).0, StepStatus::Failed);
    assert!(
        o.reply(StepKind::Login).contains("535"),
        "{}",
        o.reply(StepKind::Login)
    );
    assert_token_hidden(&o, TOKEN);
}

#[test]
fn smtp_microsoft_refusal_and_acceptance() {
    let ehlo = "250-outlook.office365.com Hello\r\n250-AUTH LOGIN XOAUTH2\r\n250 8BITMIME\r\n";
    let o = replay_all_splits(
        smtp(oauth2_config(Security::Tls, TOKEN)),
        "220 outlook.office365.com ready\r\n",
        &[
            ("EHLO", ehlo),
            (
                "AUTH XOAUTH2 ",
                "535 5.7.3 Authentication unsuccessful [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]\r\n",
            ),
            ("QUIT", "221 bye\r\n"),
        ],
    );
    assert_eq!(login(&o).0, StepStatus::Failed);
    let o = replay_all_splits(
        smtp(oauth2_config(Security::Tls, TOKEN)),
        "220 outlook.office365.com ready\r\n",
        &[
            ("EHLO", ehlo),
            ("AUTH XOAUTH2 ", "235 2.7.0 Authentication successful\r\n"),
            ("QUIT", "221 bye\r\n"),
        ],
    );
    assert_eq!(login(&o).0, StepStatus::Ok);
    assert_eq!(o.sent_shown[1], "AUTH XOAUTH2 ***");
    assert_token_hidden(&o, TOKEN);
}

#[test]
fn imap_sasl_ir_and_the_continuation_ways() {
    let o = replay_all_splits(
        imap(oauth2_config(Security::Tls, TOKEN)),
        "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2] ready\r\n",
        &[
            ("a1 AUTHENTICATE XOAUTH2 ", &format!("+ {GMAIL_ERROR}\r\n")),
            (
                "\r\n",
                "a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n",
            ),
            ("a2 LOGOUT", "* BYE\r\na2 OK bye\r\n"),
        ],
    );
    assert_eq!(login(&o).0, StepStatus::Failed);
    assert_token_hidden(&o, TOKEN);
    let o = replay_all_splits(
        imap(oauth2_config(Security::Tls, TOKEN)),
        "* OK [CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER AUTH=XOAUTH2] ready\r\n",
        &[
            ("a1 AUTHENTICATE OAUTHBEARER\r\n", "+ \r\n"),
            ("bixhPWFsaWNl", "a1 OK Logged in\r\n"),
            (
                "a2 STATUS",
                "* STATUS INBOX (MESSAGES 0 UIDNEXT 1 UIDVALIDITY 1)\r\na2 OK done\r\n",
            ),
            ("a3 LOGOUT", "* BYE\r\na3 OK bye\r\n"),
        ],
    );
    assert_eq!(login(&o).0, StepStatus::Ok);
    assert_token_hidden(&o, TOKEN);
}
