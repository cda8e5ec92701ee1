//! IMAP session tests: server transcripts (Dovecot's own texts, and the big providers' real
//! refusals, response codes kept) replayed into the sans-IO session with every reply split at
//! every byte offset; the bounds on literals and endless responses; and a sweep of the session
//! through every branch that proves which commands it can send.

mod support;

use mailtriage::account::{Secret, Security};
use mailtriage::model::{Evidence, IoFailure, StepKind, StepStatus};
use mailtriage::proto::imap::ImapSession;
use mailtriage::proto::imap::command::{COMMANDS_SENT, NEVER_SENT};
use mailtriage::proto::imap::response::parse_status_line;
use mailtriage::proto::session::{Action, Credentials, Depth, Session, SessionConfig};

use support::transcript::{self, Outcome, PASSWORD, USER, assert_password_hidden, config, replay};

/// The verbs of the commands sent.
fn verbs(o: &Outcome) -> Vec<String> {
    o.sent_wire.iter().map(|w| verb_of(w)).collect()
}

/// The verb of a command line (`a3 STATUS …` → `STATUS`); the SASL lines give `""`.
fn verb_of(wire: &str) -> String {
    let mut words = wire.split_whitespace();
    match (words.next(), words.next()) {
        (Some(tag), Some(verb)) if tag.starts_with('a') && tag[1..].parse::<u32>().is_ok() => {
            verb.to_ascii_uppercase()
        }
        _ => String::new(),
    }
}

/// Replay at every split offset (see [`transcript::replay_all_splits`]); only the commands
/// the IMAP check may send.
fn replay_all_splits(cfg: &SessionConfig, greeting: &str, script: &[(&str, &str)]) -> Outcome {
    let tls = cfg.security == Security::Tls;
    let make = || Box::new(ImapSession::new(cfg.clone(), tls)) as Box<dyn Session>;
    let reference = transcript::replay_all_splits(make, greeting, script);
    assert_only_allowed_commands(&reference.sent_wire);
    reference
}

/// Replay once, each reply arriving whole (for tests about what a reply says rather than how it
/// arrives; the split replays cover the framing).
fn replay_whole(cfg: &SessionConfig, greeting: &str, script: &[(&str, &str)]) -> Outcome {
    let tls = cfg.security == Security::Tls;
    let outcome = replay(
        Box::new(ImapSession::new(cfg.clone(), tls)),
        greeting,
        script,
        usize::MAX,
    );
    assert_only_allowed_commands(&outcome.sent_wire);
    assert_password_hidden(&outcome);
    outcome
}

fn assert_only_allowed_commands(wire: &[String]) {
    for w in wire {
        let verb = verb_of(w);
        assert!(!NEVER_SENT.contains(&verb.as_str()), "sent {w}");
        assert!(
            verb.is_empty() || COMMANDS_SENT.contains(&verb.as_str()),
            "sent {w}"
        );
    }
}

fn ir() -> String {
    mailtriage::proto::sasl::plain_response(USER, PASSWORD)
}

// Dovecot 2.3.19.1 (Debian's dovecot-imapd), captured from a run on 127.0.0.1 with this file's
// user and mailbox (two messages, one seen). A loopback client counts as secure to Dovecot, so
// its plain-text greeting there has no LOGINDISABLED.
const DOVECOT_GREETING_TLS: &str = "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n";
const DOVECOT_GREETING_STARTTLS: &str = "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n";
const DOVECOT_LOGGED_IN: &str = "OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY] Logged in\r\n";
const DOVECOT_STATUS: &str = "* STATUS INBOX (MESSAGES 2 UIDVALIDITY 1796563950 UNSEEN 1)\r\n";
const DOVECOT_EXAMINE: &str = "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* OK [PERMANENTFLAGS ()] Read-only mailbox.\r\n* 2 EXISTS\r\n* 2 RECENT\r\n* OK [UNSEEN 2] First unseen.\r\n* OK [UIDVALIDITY 1796563950] UIDs valid\r\n* OK [UIDNEXT 3] Predicted next UID\r\n";
// Dovecot's pre-login greeting on plain text for a client that is not on the same host, with
// `disable_plaintext_auth = yes` (see shared/knowledge/real-servers.md).
// What a server in the not-authenticated state answers a STATUS that was pipelined behind a
// refused login (Dovecot's imap-login words; the providers' transcripts below predate the
// pipelining and get the same line).
const STATUS_BEFORE_LOGIN: &str = "BAD Error in IMAP command received by server.\r\n";
const DOVECOT_GREETING_PLAIN: &str = "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot (Debian) ready.\r\n";

#[test]
fn dovecot_implicit_tls_sasl_ir_status_and_logout() {
    let logged_in = format!("a1 {DOVECOT_LOGGED_IN}");
    let o = replay_all_splits(
        &config(Security::Tls),
        DOVECOT_GREETING_TLS,
        &[
            ("a1 AUTHENTICATE PLAIN ", &logged_in),
            (
                "a2 STATUS INBOX (MESSAGES UNSEEN UIDVALIDITY)\r\n",
                &format!(
                    "{DOVECOT_STATUS}a2 OK Status completed (0.022 + 0.000 + 0.021 secs).\r\n"
                ),
            ),
            (
                "a3 LOGOUT\r\n",
                "* BYE Logging out\r\na3 OK Logout completed (0.001 + 0.000 secs).\r\n",
            ),
        ],
    );
    // Capabilities came with the greeting: no CAPABILITY round trip.
    assert_eq!(verbs(&o), ["AUTHENTICATE", "STATUS", "LOGOUT"]);
    assert_eq!(
        o.sent_wire[0],
        format!("a1 AUTHENTICATE PLAIN {}\r\n", ir())
    );
    assert_eq!(o.sent_shown[0], "a1 AUTHENTICATE PLAIN ***");
    assert!(o.step(StepKind::Capa).2.starts_with("from the greeting:"));
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Ok));
    assert_eq!(o.status(StepKind::Stat), Some(StepStatus::Ok));
    assert_eq!(
        o.step(StepKind::Stat).2,
        "2 messages in INBOX, 1 unseen (UIDVALIDITY 1796563950)"
    );
    assert_eq!(o.status(StepKind::Quit), Some(StepStatus::Ok));
    assert!(o.closed);
}

#[test]
fn dovecot_starttls_asks_capabilities_again_and_discards_injected_text() {
    let mut cfg = config(Security::Starttls);
    cfg.allow_plaintext_auth = false;
    let logged_in = format!("a3 {DOVECOT_LOGGED_IN}");
    let o = replay_all_splits(
        &cfg,
        DOVECOT_GREETING_STARTTLS,
        &[
            (
                "a1 STARTTLS\r\n",
                "a1 OK Begin TLS negotiation now.\r\na2 OK [CAPABILITY IMAP4rev1 AUTH=LOGIN] injected\r\n",
            ),
            (
                "a2 CAPABILITY\r\n",
                "* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN\r\na2 OK Pre-login capabilities listed, post-login capabilities have more.\r\n",
            ),
            ("a3 AUTHENTICATE PLAIN ", &logged_in),
            (
                "a4 STATUS INBOX",
                "* STATUS INBOX (MESSAGES 0 UNSEEN 0 UIDVALIDITY 1)\r\na4 OK Status completed.\r\n",
            ),
            (
                "a5 LOGOUT",
                "* BYE Logging out\r\na5 OK Logout completed.\r\n",
            ),
        ],
    );
    assert_eq!(o.tls_upgrades, 1);
    assert_eq!(
        verbs(&o),
        ["STARTTLS", "CAPABILITY", "AUTHENTICATE", "STATUS", "LOGOUT"]
    );
    // The injected line was set aside, never read: the upgrade step says so.
    assert_eq!(o.status(StepKind::Starttls), Some(StepStatus::Warn));
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Ok));
    assert_eq!(
        o.step(StepKind::Stat).2,
        "0 messages in INBOX, 0 unseen (UIDVALIDITY 1)"
    );
}

#[test]
fn dovecot_wrong_password_is_one_attempt_then_logout() {
    let o = replay_all_splits(
        &config(Security::Tls),
        DOVECOT_GREETING_TLS,
        &[
            (
                "a1 AUTHENTICATE PLAIN ",
                "a1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n",
            ),
            (
                "a2 STATUS INBOX (MESSAGES UNSEEN UIDVALIDITY)\r\n",
                &format!("a2 {STATUS_BEFORE_LOGIN}"),
            ),
            (
                "a3 LOGOUT\r\n",
                "* BYE Logging out\r\na3 OK Logout completed.\r\n",
            ),
        ],
    );
    // STATUS went with the login (one flight); after the refusal its answer is only shown, and
    // LOGOUT is the only command that follows.
    assert_eq!(verbs(&o), ["AUTHENTICATE", "STATUS", "LOGOUT"]);
    assert_eq!(o.status(StepKind::Stat), Some(StepStatus::Skipped));
    assert_eq!(o.step(StepKind::Stat).2, "not tried: the login was refused");
    assert_eq!(o.status(StepKind::Quit), Some(StepStatus::Ok));
    assert_eq!(
        o.step(StepKind::Login).2,
        "the server refused the login [AUTHENTICATIONFAILED]"
    );
    assert_eq!(
        o.reply(StepKind::Login),
        "a1 NO [AUTHENTICATIONFAILED] Authentication failed."
    );
}

#[test]
fn logindisabled_on_plain_text_sends_no_password_even_when_allowed() {
    let mut cfg = config(Security::None);
    cfg.allow_plaintext_auth = true;
    let o = replay_all_splits(
        &cfg,
        DOVECOT_GREETING_PLAIN,
        &[(
            "a1 LOGOUT",
            "* BYE Logging out\r\na1 OK Logout completed.\r\n",
        )],
    );
    assert_eq!(verbs(&o), ["LOGOUT"]);
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Warn));
    assert!(o.step(StepKind::Login).2.contains("LOGINDISABLED"));
}

#[test]
fn plain_text_login_needs_the_opt_in() {
    let greeting = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n";
    let o = replay_all_splits(
        &config(Security::None),
        greeting,
        &[("a1 LOGOUT", "a1 OK bye\r\n")],
    );
    assert_eq!(verbs(&o), ["LOGOUT"]);
    assert!(matches!(
        o.step(StepKind::Login).3,
        Some(Evidence::Declined { .. })
    ));
    let mut cfg = config(Security::None);
    cfg.allow_plaintext_auth = true;
    let o = replay_all_splits(
        &cfg,
        "* OK [CAPABILITY IMAP4rev1] ready\r\n",
        &[
            (
                "a1 LOGIN \"alice@example.test\" \"s3cret-Pa55\"\r\n",
                "a1 OK done\r\n",
            ),
            ("a2 STATUS", "a2 NO [CANNOT] no status here\r\n"),
            (
                "a3 EXAMINE INBOX\r\n",
                &format!(
                    "{DOVECOT_EXAMINE}a3 OK [READ-ONLY] Examine completed (0.001 + 0.000 secs).\r\n"
                ),
            ),
            ("a4 LOGOUT", "a4 OK bye\r\n"),
        ],
    );
    assert_eq!(o.sent_shown[0], "a1 LOGIN \"alice@example.test\" ***");
    assert_eq!(verbs(&o), ["LOGIN", "STATUS", "EXAMINE", "LOGOUT"]);
    assert_eq!(
        o.step(StepKind::Stat).2,
        "2 messages in INBOX (EXAMINE, read-only) (UIDVALIDITY 1796563950)"
    );
}

#[test]
fn starttls_not_offered_never_sends_the_password() {
    let o = replay_all_splits(
        &config(Security::Starttls),
        "* OK IMAP ready\r\n",
        &[
            (
                "a1 CAPABILITY",
                "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na1 OK done\r\n",
            ),
            ("a2 LOGOUT", "a2 OK bye\r\n"),
        ],
    );
    assert_eq!(verbs(&o), ["CAPABILITY", "LOGOUT"]);
    assert_eq!(o.status(StepKind::Starttls), Some(StepStatus::Failed));
}

const GMAIL_GREETING: &str = "* OK Gimap ready for requests from 203.0.113.9 l2mb123456\r\n";
const GMAIL_CAPABILITY: &str = "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER AUTH=XOAUTH\r\na1 OK Thats all she wrote! l2mb123456\r\n";

/// A Gmail login refused with `refusal` (the tagged line without its tag, and any untagged
/// lines before it); returns the login step's evidence text.
fn gmail_refusal(refusal: &str) -> Outcome {
    let o = replay_all_splits(
        &config(Security::Tls),
        GMAIL_GREETING,
        &[
            ("a1 CAPABILITY", GMAIL_CAPABILITY),
            ("a2 AUTHENTICATE PLAIN ", refusal),
            ("a3 STATUS", &format!("a3 {STATUS_BEFORE_LOGIN}")),
            (
                "a4 LOGOUT",
                "* BYE LOGOUT Requested\r\na4 OK 73 good day (Success)\r\n",
            ),
        ],
    );
    assert_eq!(
        verbs(&o),
        ["CAPABILITY", "AUTHENTICATE", "STATUS", "LOGOUT"]
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Failed));
    assert_eq!(o.status(StepKind::Quit), Some(StepStatus::Ok));
    o
}

#[test]
fn gmail_application_specific_password_required() {
    let o = gmail_refusal(
        "a2 NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)\r\n",
    );
    assert_eq!(
        o.step(StepKind::Login).2,
        "the server refused the login [ALERT]"
    );
    let reply = o.reply(StepKind::Login);
    let status = parse_status_line(&reply).unwrap();
    assert_eq!(status.code.unwrap().name, "ALERT");
    assert!(
        status
            .text
            .starts_with("Application-specific password required")
    );
}

#[test]
fn gmail_web_login_required_keeps_the_untagged_alert_too() {
    let o = gmail_refusal(
        "* NO [WEBALERT https://accounts.google.com/signin/continue?sarp=1&scc=1] Web login required.\r\na2 NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)\r\n",
    );
    let reply = o.reply(StepKind::Login);
    let lines: Vec<&str> = reply.lines().collect();
    assert_eq!(lines.len(), 2, "{reply}");
    assert!(lines[0].contains("[WEBALERT "));
    assert!(lines[1].contains("Please log in via your web browser"));
}

#[test]
fn gmail_imap_disabled_and_wrong_password() {
    let o = gmail_refusal(
        "a2 NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your account for IMAP access. (Failure)\r\n",
    );
    assert!(
        o.reply(StepKind::Login)
            .contains("not enabled for IMAP use")
    );
    let o = gmail_refusal("a2 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n");
    assert_eq!(
        o.step(StepKind::Login).2,
        "the server refused the login [AUTHENTICATIONFAILED]"
    );
}

#[test]
fn microsoft_basic_auth_off_authenticate_failed() {
    let o = replay_all_splits(
        &config(Security::Tls),
        "* OK The Microsoft Exchange IMAP4 service is ready. [TQBOADIAUABSADAA]\r\n",
        &[
            (
                "a1 CAPABILITY",
                "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+\r\na1 OK CAPABILITY completed.\r\n",
            ),
            ("a2 AUTHENTICATE PLAIN ", "a2 NO AUTHENTICATE failed.\r\n"),
            ("a3 STATUS", &format!("a3 {STATUS_BEFORE_LOGIN}")),
            (
                "a4 LOGOUT",
                "* BYE Microsoft Exchange Server IMAP4 server signing off.\r\na4 OK LOGOUT completed.\r\n",
            ),
        ],
    );
    assert_eq!(o.step(StepKind::Login).2, "the server refused the login");
    assert_eq!(o.reply(StepKind::Login), "a2 NO AUTHENTICATE failed.");
    assert_eq!(o.status(StepKind::Quit), Some(StepStatus::Ok));
}

#[test]
fn yahoo_without_sasl_ir_gets_its_go_ahead_first() {
    let o = replay_all_splits(
        &config(Security::Tls),
        "* OK [CAPABILITY IMAP4rev1 ID MOVE NAMESPACE X-ID-ACLID UIDPLUS LITERAL+ CHILDREN XAPPLEPUSHSERVICE XYMHIGHESTMODSEQ AUTH=PLAIN AUTH=LOGIN AUTH=XOAUTH2 AUTH=XYMCOOKIE AUTH=XYMECOOKIE AUTH=XYMCOOKIEB64 AUTH=XYMPKI] IMAP4rev1 imapgate-1.8.1_01.20166\r\n",
        &[
            ("a1 AUTHENTICATE PLAIN\r\n", "+ \r\n"),
            (
                "",
                "a1 NO [AUTHENTICATIONFAILED] (#MBR1212) Incorrect username or password.\r\n",
            ),
            (
                "a2 LOGOUT",
                "* BYE IMAP4rev1 Server logging out\r\na2 OK LOGOUT completed\r\n",
            ),
        ],
    );
    assert_eq!(o.sent_wire[1], format!("{}\r\n", ir()));
    assert_eq!(o.sent_shown[1], "***");
    assert!(o.transcript.iter().any(|l| l.contains("SASL-IR")));
    assert_eq!(
        o.step(StepKind::Login).2,
        "the server refused the login [AUTHENTICATIONFAILED]"
    );
}

const ICLOUD_GREETING: &str = "* OK [CAPABILITY st11p00mm-iscream022 15E205 XAPPLEPUSHSERVICE IMAP4 IMAP4rev1 SASL-IR AUTH=ATOKEN AUTH=PLAIN] iSCREAM ready to rumble (15E205-0982aaf890fd:18514) st11p00mm-iscream022 [04:19:14:31:21:53]\r\n";

#[test]
fn icloud_refusal_and_unavailable() {
    for (refusal, code) in [
        (
            "a1 NO [AUTHENTICATIONFAILED] Authentication failed\r\n",
            "AUTHENTICATIONFAILED",
        ),
        (
            "a1 BAD [UNAVAILABLE] Service temporarily unavailable\r\n",
            "UNAVAILABLE",
        ),
    ] {
        let o = replay_all_splits(
            &config(Security::Tls),
            ICLOUD_GREETING,
            &[
                ("a1 AUTHENTICATE PLAIN ", refusal),
                ("a2 STATUS", &format!("a2 {STATUS_BEFORE_LOGIN}")),
                (
                    "a3 LOGOUT",
                    "* BYE Server logging out\r\na3 OK Completed\r\n",
                ),
            ],
        );
        assert_eq!(
            o.step(StepKind::Login).2,
            format!("the server refused the login [{code}]")
        );
    }
}

#[test]
fn rfc5530_codes_reach_the_login_evidence() {
    for code in [
        "AUTHENTICATIONFAILED",
        "UNAVAILABLE",
        "AUTHORIZATIONFAILED",
        "EXPIRED",
        "PRIVACYREQUIRED",
        "CONTACTADMIN",
        "INUSE",
        "LIMIT",
    ] {
        let refusal = format!("a1 NO [{code}] the words\r\n");
        let o = replay_whole(
            &config(Security::Tls),
            DOVECOT_GREETING_TLS,
            &[
                ("a1 AUTHENTICATE", &refusal),
                ("a2 STATUS", &format!("a2 {STATUS_BEFORE_LOGIN}")),
                ("a3 LOGOUT", "a3 OK bye\r\n"),
            ],
        );
        let status = parse_status_line(&o.reply(StepKind::Login)).unwrap();
        assert_eq!(status.code.unwrap().name, code);
        assert_eq!(status.text, "the words");
    }
}

#[test]
fn preauth_greeting_skips_the_login_and_bye_greeting_ends_at_once() {
    let o = replay_all_splits(
        &config(Security::Tls),
        "* PREAUTH [CAPABILITY IMAP4rev1] Logged in as alice\r\n",
        &[
            (
                "a1 STATUS",
                "* STATUS INBOX (MESSAGES 1 UNSEEN 1 UIDVALIDITY 9)\r\na1 OK done\r\n",
            ),
            ("a2 LOGOUT", "a2 OK bye\r\n"),
        ],
    );
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Skipped));
    assert!(o.step(StepKind::Login).2.contains("PREAUTH"));
    assert_eq!(o.status(StepKind::Stat), Some(StepStatus::Ok));

    let o = replay_all_splits(
        &config(Security::Starttls),
        "* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] Logged in\r\n",
        &[("a1 LOGOUT", "a1 OK bye\r\n")],
    );
    assert_eq!(o.status(StepKind::Starttls), Some(StepStatus::Failed));

    let o = replay_all_splits(
        &config(Security::Tls),
        "* BYE [UNAVAILABLE] Too many connections from your IP\r\n",
        &[],
    );
    assert!(o.sent_wire.is_empty());
    assert_eq!(o.status(StepKind::Greeting), Some(StepStatus::Failed));
    assert!(o.closed);
}

#[test]
fn a_completion_with_the_wrong_tag_is_a_failure_with_evidence() {
    let o = replay_all_splits(
        &config(Security::Tls),
        "* OK ready\r\n",
        &[("a1 CAPABILITY", "* CAPABILITY IMAP4rev1\r\na7 OK done\r\n")],
    );
    let (_, status, _, evidence) = o.step(StepKind::Capa);
    assert_eq!(*status, StepStatus::Failed);
    let Some(Evidence::Io { failure, message }) = evidence else {
        panic!("{evidence:?}");
    };
    assert_eq!(*failure, IoFailure::Protocol);
    assert!(
        message.english().contains("\"a7\"") && message.english().contains("\"a1\""),
        "{message}"
    );
    assert!(o.closed);
}

#[test]
fn a_bare_lf_server_is_read_and_noted() {
    let o = replay_all_splits(
        &config(Security::Tls),
        "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\n",
        &[
            ("a1 AUTHENTICATE", "a1 OK in\n"),
            ("a2 STATUS", "* STATUS INBOX (MESSAGES 5)\na2 OK done\n"),
            ("a3 LOGOUT", "a3 OK bye\n"),
        ],
    );
    assert_eq!(o.step(StepKind::Stat).2, "5 messages in INBOX");
    assert!(o.transcript.iter().any(|l| l.contains("bare LF")));
}

/// Feed `data` in 64 KiB pieces after an accepted greeting and capability request; the session
/// must end with a failure, never grow.
fn flood_after_capability(chunk: &[u8], times: usize) -> Vec<Action> {
    let mut session = ImapSession::new(config(Security::Tls), true);
    session.receive(b"* OK ready\r\n");
    let mut actions = Vec::new();
    while let Some(a) = session.poll_action() {
        actions.push(a);
    }
    for _ in 0..times {
        if session.is_done() {
            break;
        }
        session.receive(chunk);
        while let Some(a) = session.poll_action() {
            actions.push(a);
        }
    }
    assert!(session.is_done(), "the session never gave up");
    actions
}

fn failure_message(actions: &[Action]) -> String {
    actions
        .iter()
        .find_map(|a| match a {
            Action::StepFinished {
                status: StepStatus::Failed,
                evidence: Some(Evidence::Io { message, .. }),
                ..
            } => Some(message.english().into_owned()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no failure in {actions:#?}"))
}

#[test]
fn a_four_gigabyte_literal_ends_at_its_announcement() {
    let mut session = ImapSession::new(config(Security::Tls), true);
    session.receive(b"* OK ready\r\n* CAPABILITY IMAP4rev1 {4294967296}\r\n");
    let mut actions = Vec::new();
    while let Some(a) = session.poll_action() {
        actions.push(a);
    }
    assert!(session.is_done());
    assert!(failure_message(&actions).contains("literal of 4294967296 bytes"));
}

#[test]
fn endless_untagged_lines_and_literals_end_in_a_clear_failure() {
    let lines = "* OK still busy\r\n".repeat(4096);
    let actions = flood_after_capability(lines.as_bytes(), 1_000);
    assert!(failure_message(&actions).contains("more than 1000 responses"));

    let mut literal = b"* X {16000}\r\n".to_vec();
    literal.extend(std::iter::repeat_n(b'x', 16_000));
    let actions = flood_after_capability(&literal, 1_000);
    assert!(failure_message(&actions).contains("grew past"));

    let actions = flood_after_capability(&[b'a'; 65_536], 1_000);
    assert!(failure_message(&actions).contains("longer than"));
}

#[test]
fn endless_continuations_are_answered_once_then_cancelled() {
    let mut session = ImapSession::new(config(Security::Tls), true);
    session.receive(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n");
    let mut sent = Vec::new();
    for _ in 0..20 {
        while let Some(a) = session.poll_action() {
            if let Action::Send { wire, .. } = a {
                sent.push(String::from_utf8(wire).unwrap());
            }
        }
        if session.is_done() {
            break;
        }
        session.receive(b"+ \r\n");
    }
    assert_eq!(sent[0], "a1 AUTHENTICATE PLAIN\r\n");
    assert_eq!(sent[1], format!("{}\r\n", ir()));
    assert_eq!(sent[2], "*\r\n");
    assert_eq!(sent.len(), 3, "{sent:?}");
}

/// A tiny deterministic generator for the sweep.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

const GREETINGS: [&str; 7] = [
    "* OK ready\r\n",
    "* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR] ready\r\n",
    "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n",
    "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n",
    "* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 LOGINDISABLED] ready\r\n",
    "* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] hi\r\n",
    "* BYE busy\r\n",
];

/// Replies for any command; `{t}` is the tag of the command in flight.
const REPLIES: [&str; 14] = [
    "{t} OK done\r\n",
    "{t} NO [AUTHENTICATIONFAILED] no\r\n",
    "{t} BAD what\r\n",
    "+ \r\n",
    "* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR\r\n{t} OK done\r\n",
    "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{t} OK done\r\n",
    "* CAPABILITY IMAP4rev1 LITERAL+\r\n{t} OK done\r\n",
    "* CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=GSSAPI\r\n{t} OK done\r\n",
    "* STATUS INBOX (MESSAGES 2 UNSEEN 0 UIDVALIDITY 7)\r\n{t} OK done\r\n",
    "* 3 EXISTS\r\n* OK [UIDVALIDITY 4] x\r\n{t} OK done\r\n",
    "* BYE going away\r\n",
    "* OK [ALERT] mind this\r\n",
    "a99 OK wrong tag\r\n",
    "* 1 FETCH (FLAGS (\\Seen))\r\n",
];

/// Every config the session may get, crossed with random server behaviour: whatever the server
/// says, the session sends only the commands it lists, never a forbidden one, one login at most,
/// never the password over plain text without the opt-in, and over the sweep every listed
/// command is sent somewhere.
#[test]
fn the_session_sends_only_its_listed_commands_through_every_branch() {
    let mut seen = std::collections::BTreeSet::new();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for run in 0..1_000 {
        let flags = run % 64;
        let security = [Security::Tls, Security::Starttls, Security::None][flags % 3];
        let mut cfg = config(security);
        if flags & 4 != 0 {
            cfg.credentials = None;
        }
        cfg.allow_plaintext_auth = flags & 8 != 0;
        if flags & 16 != 0 {
            cfg.depth = Depth::Connection;
        }
        let allow_plaintext = cfg.allow_plaintext_auth;
        let mut tls = security == Security::Tls;
        let mut session = ImapSession::new(cfg, tls);
        session.receive(GREETINGS[rng.below(GREETINGS.len())].as_bytes());
        let mut logins = 0;
        let mut tag = String::new();
        for _ in 0..30 {
            while let Some(action) = session.poll_action() {
                match action {
                    Action::Send { wire, .. } => {
                        let wire = String::from_utf8(wire).unwrap();
                        assert_only_allowed_commands(std::slice::from_ref(&wire));
                        assert!(
                            tls || allow_plaintext
                                || !(wire.contains(PASSWORD) || wire.contains(&ir())),
                            "the password went over plain text: {wire}"
                        );
                        let verb = verb_of(&wire);
                        if verb == "LOGIN" || verb == "AUTHENTICATE" {
                            logins += 1;
                        }
                        if !verb.is_empty() {
                            tag = wire.split(' ').next().unwrap().to_string();
                            seen.insert(verb);
                        }
                    }
                    Action::StartTls => {
                        tls = true;
                        session.tls_established();
                    }
                    _ => {}
                }
            }
            assert!(logins <= 1, "a second login attempt");
            if session.is_done() {
                break;
            }
            let reply = REPLIES[rng.below(REPLIES.len())].replace("{t}", &tag);
            session.receive(reply.as_bytes());
        }
    }
    let expected: std::collections::BTreeSet<String> =
        COMMANDS_SENT.iter().map(|s| s.to_string()).collect();
    assert_eq!(seen, expected);
}

#[test]
fn a_password_with_a_line_break_goes_as_a_literal_or_not_at_all() {
    let mut cfg = config(Security::Tls);
    cfg.credentials = Some(Credentials {
        user: USER.into(),
        password: Secret::new("line\nbreak"),
    });
    let o = replay(
        Box::new(ImapSession::new(cfg.clone(), true)),
        "* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\r\n",
        &[
            ("a1 LOGIN ", "a1 NO [AUTHENTICATIONFAILED] no\r\n"),
            ("a2 STATUS", &format!("a2 {STATUS_BEFORE_LOGIN}")),
            ("a3 LOGOUT", "a3 OK bye\r\n"),
        ],
        usize::MAX,
    );
    assert_eq!(
        o.sent_wire[0],
        "a1 LOGIN \"alice@example.test\" {10+}\r\nline\nbreak\r\n"
    );
    assert_eq!(o.sent_shown[0], "a1 LOGIN \"alice@example.test\" ***");

    let o = replay(
        Box::new(ImapSession::new(cfg, true)),
        "* OK [CAPABILITY IMAP4rev1] ready\r\n",
        &[("a1 LOGOUT", "a1 OK bye\r\n")],
        usize::MAX,
    );
    assert_eq!(verbs(&o), ["LOGOUT"]);
    assert_eq!(o.status(StepKind::Login), Some(StepStatus::Failed));
    assert!(o.step(StepKind::Login).2.contains("LITERAL+"));
}
