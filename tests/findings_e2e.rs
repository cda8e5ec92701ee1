//! Every diagnosis of the catalogue provoked end to end: the real `mailtriage check --json`
//! binary against the lab's POP3 and SMTP servers on loopback (`mail.test` pinned with
//! `--resolve`), asserting the finding by its id and that its evidence quotes what the server
//! said or did. A healthy set-up yields no error or warning finding. The one-panel scenarios
//! are a table, one row each; the ones that need two panels, a port of their own or a
//! certificate or TLS answer the lab does not make are tests of their own.
//!
//! The ids provoked by the other suites are listed in [`PROVOKED_ELSEWHERE`]; the ids that
//! cannot be provoked on loopback are listed, with the reason, in [`NOT_PROVOKED`].

mod support;

use mailtriage::diagnose::FindingId;
use mailtriage::diagnose::text;
use mailtriage::finding::Lang;
use mailtriage::lab::{CertKind, Misbehaviour, ServerSpec, Transport};
use serde_json::Value;
use support::kit::{Kit, assert_no_credentials, pop3, single_login, smtp};
use support::table::{Case, Creds, row, scenarios};
use support::*;

const SENDER: &str = "alice@mail.test";
const RECIPIENT: &str = "bob@example.org";

/// A TLS alert record: fatal `handshake_failure` (40).
const HANDSHAKE_FAILURE_ALERT: &[u8] = &[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28];
/// A TLS 1.0 alert record: fatal `protocol_version` (70), as a server that speaks nothing newer
/// than TLS 1.0 answers a TLS 1.2/1.3 ClientHello.
const PROTOCOL_VERSION_ALERT: &[u8] = &[0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46];

const GMAIL_POP_APP_PASSWORD: &str = "-ERR [AUTH] Application-specific password required: https://support.google.com/accounts/answer/185833";
const GMAIL_SMTP_APP_PASSWORD: &str = "534-5.7.9 Application-specific password required. Learn more at\r\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp";
const GMAIL_POP_WEB_LOGIN: &str =
    "-ERR [AUTH] Web login required: https://support.google.com/mail/answer/78754";
const GMAIL_SMTP_WEB_LOGIN: &str = "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1> Please log in via your web browser and\r\n534 5.7.14 then try again. - gsmtp";
const GMAIL_POP_DISABLED: &str = "-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail settings page and enable your account for POP access.";
const DOVECOT_PLAINTEXT_DISALLOWED: &str =
    "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.";
const SMTP_STARTTLS_FIRST: &str = "530 5.7.0 Must issue a STARTTLS command first";
const GMAIL_SMTP_AUTH_REQUIRED: &str = "530-5.7.0 Authentication Required. Learn more at\r\n530 5.7.0  https://support.google.com/mail/?p=WantAuthError - gsmtp";
const POSTFIX_RELAY_DENIED: &str = "554 5.7.1 <bob@example.org>: Relay access denied";
const POP3_LOGIN_DELAY: &str = "-ERR [LOGIN-DELAY] Logins too frequent: wait 15 minutes.";
const GMAIL_SMTP_TOO_MANY_LOGINS: &str =
    "454 4.7.0 Too many login attempts, please try again later. - gsmtp";
const DOVECOT_TEMPORARY_FAILURE: &str = "-ERR [SYS/TEMP] Temporary authentication failure.";
const POP3_PERMANENT_FAILURE: &str =
    "-ERR [SYS/PERM] Mailbox storage is damaged; contact the administrator.";
const POSTFIX_SENDER_REJECTED: &str =
    "553 5.7.1 <alice@mail.test>: Sender address rejected: not owned by user carol@mail.test";
const GMAIL_SENDING_QUOTA: &str = "550 5.4.5 Daily user sending quota exceeded. - gsmtp";
const POSTFIX_HELO_REJECTED: &str =
    "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname";
const POSTFIX_TOO_MANY_CONNECTIONS: &str =
    "421 4.7.0 mail.test Error: too many connections from 127.0.0.1";
const POSTFIX_BLOCKLISTED: &str = "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7";
const POSTFIX_AUTH_WRONG_PASSWORD: &str =
    "535 5.7.8 Error: authentication failed: authentication failure";

/// The ids the suites `check_pop3`, `check_smtp`, `real_servers` and `discover` provoke.
const PROVOKED_ELSEWHERE: &[&str] = &[
    // tests/oauth2_check.rs, with the lab's servers taking or refusing OAuth2 tokens.
    "oauth2-token-rejected",
    "oauth2-token-expired",
    "oauth2-scope-missing",
    "oauth2-wrong-user",
    "oauth2-app-blocked",
    "oauth2-not-offered",
    // tests/check_imap.rs, against its scripted IMAP server.
    "imap-disabled",
    "password-expired",
    "server-busy",
    "preauth-session",
    "auth-failed",
    "auth-refused-insecure",
    "auth-basic-disabled",
    "cert-expired",
    "cert-hostname-mismatch",
    "cert-untrusted",
    "mailbox-in-use",
    "plaintext-on-tls-port",
    "tls-on-plaintext-port",
    "smtp-auth-not-offered",
    "smtp-relay-denied",
    "starttls-not-offered",
    "tcp-refused",
    // tests/tls_kinds.rs, with its version-picky and long-chain servers.
    "cert-chain-invalid",
    "tls-answer-invalid",
    // tests/discover.rs, with its DNS server on loopback.
    "mx-mismatch",
    "host-near-miss",
    "username-form-mismatch",
    "pop3-not-offered",
    "oauth2-only",
    "pop3-and-imap-offered",
    // tests/hostile_replies.rs, with servers that slip plain text into the TLS upgrade.
    "starttls-injection",
    // tests/network_findings.rs, with its DNS server, time server and targets on loopback.
    "dns-not-found",
    "no-network",
    "dns-resolver-down",
    "port-25-blocked",
    "ipv6-broken",
    "spf-missing",
    "spf-invalid",
    "dmarc-missing",
    "dkim-not-found",
    // tests/failures_named.rs, against scripted servers that speak the wrong protocol, stay
    // silent, hang up, send binary or broken replies, or are checked without credentials.
    "wrong-protocol-on-port",
    "server-not-responding",
    "not-a-mail-server",
    "connection-closed-by-server",
    "server-reply-invalid",
    "login-not-tested",
    "unexplained-failure",
];

/// The ids provoked in this file.
const PROVOKED_HERE: &[&str] = &[
    "starttls-failed",
    "tls-protocol-too-old",
    "cert-not-yet-valid",
    "cert-expiring-soon",
    "tls-intercepted",
    "auth-app-password-required",
    "auth-web-login-required",
    "pop3-disabled",
    "auth-plaintext-disallowed",
    "auth-mechanism-unsupported",
    "smtp-auth-required",
    "too-many-logins",
    "receive-ok-send-fails",
    "server-temporary-failure",
    "server-permanent-failure",
    "mailbox-empty",
    "no-uidl",
    "smtp-sender-rejected",
    "smtp-sending-limit",
    "smtp-helo-rejected",
    "smtp-server-busy",
    "wrong-port-for-submission",
    "tcp-timeout",
    "clock-skew",
    "smtp-blocklisted",
];

/// The ids no loopback test provokes, and why.
const NOT_PROVOKED: &[(&str, &str)] = &[];

/// A check of the incoming panel alone, with the test CA, the account and its password.
fn incoming(port: u16, security: &str, kit: &Kit) -> CheckCommand {
    CheckCommand::new()
        .pop3(port, security)
        .kit_ca(kit)
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
}

/// A row against a POP3 server over implicit TLS.
fn pop3_row(server: ServerSpec) -> Case {
    Case {
        code: Some(1),
        ..row("incoming", Some(server), "tls")
    }
}

/// A row against an SMTP server over implicit TLS.
fn smtp_row(server: ServerSpec) -> Case {
    Case {
        code: Some(1),
        never_sent: &["DATA"],
        ..row("outgoing", Some(server), "tls")
    }
}

/// A POP3 server over implicit TLS that answers every login (USER/PASS or AUTH) with `reply`.
fn pop3_refusing_logins(reply: &str) -> ServerSpec {
    pop3(Transport::ImplicitTls(CertKind::Valid))
        .reply("PASS", reply)
        .reply("AUTH", reply)
}

/// An SMTP server over implicit TLS that answers every AUTH with `reply`.
fn smtp_refusing_logins(reply: &str) -> ServerSpec {
    smtp(Transport::ImplicitTls(CertKind::Valid)).reply("AUTH", reply)
}

fn valid_pop3() -> ServerSpec {
    pop3(Transport::ImplicitTls(CertKind::Valid))
}

fn valid_smtp() -> ServerSpec {
    smtp(Transport::ImplicitTls(CertKind::Valid))
}

fn severity<'a>(doc: &'a Value, id: &str) -> &'a Value {
    &finding(doc, id)["severity"]
}

/// Fails if a finding with this id is present.
fn assert_no_finding(doc: &Value, id: &str) {
    assert!(
        !finding_ids(doc).iter().any(|found| found == id),
        "unexpected finding {id:?}\n{}",
        summary(doc)
    );
}

const DRY_RUN: &[&str] = &["--from", SENDER, "--to", RECIPIENT];

scenarios! {
    // ------------------------------------------------------------ transport security
    starttls_failed_when_the_upgrade_handshake_breaks => Case {
        steps: &[("stls", "ok"), ("tls", "failed")],
        quotes: &[("starttls-failed", "handshake_failure")],
        creds: Creds::Untouched,
        then: |doc, _| {
            let tls = step(doc, "incoming", "tls");
            assert_eq!(evidence(tls, "tls")["failure"], "alert", "{tls}");
        },
        ..row_with_code(
            "incoming",
            pop3(Transport::Starttls(CertKind::Valid))
                .misbehave(Misbehaviour::BreakUpgrade(HANDSHAKE_FAILURE_ALERT.to_vec())),
            "starttls",
        )
    },
    tls_protocol_too_old_when_the_server_answers_with_a_protocol_version_alert => Case {
        args: &["--timeout", "3"],
        steps: &[("tls", "failed")],
        quotes: &[("tls-protocol-too-old", "protocol_version")],
        absent: &["starttls-failed"],
        then: |doc, _| {
            let tls = step(doc, "incoming", "tls");
            assert_eq!(evidence(tls, "tls")["failure"], "protocol-version", "{tls}");
        },
        ..row_with_code(
            "incoming",
            pop3(Transport::Plain)
                .misbehave(Misbehaviour::AnswerFirstBytes(PROTOCOL_VERSION_ALERT.to_vec())),
            "tls",
        )
    },
    cert_not_yet_valid => Case {
        creds: Creds::Untouched,
        steps: &[("tls", "failed")],
        then: |doc, _| {
            let info = &panel(doc, "incoming")["tls"];
            assert_eq!(info["verdict"], "not-yet-valid", "{info:#}");
            let not_before = info["chain"][0]["not_before"].as_str().unwrap_or_default();
            assert!(!not_before.is_empty(), "{info:#}");
            assert_finding_quotes(doc, "cert-not-yet-valid", &format!("valid from {not_before}"));
        },
        ..pop3_row(pop3(Transport::ImplicitTls(CertKind::NotYetValid)))
    },

    // ------------------------------------------------------------ authentication
    auth_app_password_required_on_gmail_pop => Case {
        quotes: &[("auth-app-password-required", "Application-specific password required")],
        absent: &["auth-failed"],
        creds: Creds::Refused,
        ..pop3_row(pop3_refusing_logins(GMAIL_POP_APP_PASSWORD))
    },
    auth_app_password_required_on_gmail_smtp => Case {
        quotes: &[(
            "auth-app-password-required",
            "534-5.7.9 Application-specific password required",
        )],
        absent: &["auth-failed"],
        creds: Creds::Refused,
        ..smtp_row(smtp_refusing_logins(GMAIL_SMTP_APP_PASSWORD))
    },
    auth_web_login_required_on_gmail_pop => Case {
        quotes: &[("auth-web-login-required", "Web login required")],
        absent: &["auth-failed"],
        ..pop3_row(pop3_refusing_logins(GMAIL_POP_WEB_LOGIN))
    },
    auth_web_login_required_on_gmail_smtp => Case {
        quotes: &[("auth-web-login-required", "Please log in via your web browser")],
        absent: &["auth-failed"],
        ..smtp_row(smtp_refusing_logins(GMAIL_SMTP_WEB_LOGIN))
    },
    pop3_disabled_in_the_gmail_settings => Case {
        quotes: &[("pop3-disabled", "Your account is not enabled for POP access")],
        absent: &["server-permanent-failure"],
        ..pop3_row(pop3_refusing_logins(GMAIL_POP_DISABLED))
    },
    // Dovecot hides its password mechanisms on a plain connection and refuses USER and PASS.
    auth_plaintext_disallowed_by_dovecot => Case {
        args: &["--allow-plaintext-auth"],
        steps: &[("login", "failed")],
        quotes: &[("auth-plaintext-disallowed", "Plaintext authentication disallowed")],
        absent: &["auth-failed"],
        then: |_, log| {
            let log = log.expect("a server");
            assert!(log.logins().iter().all(|a| !a.accepted), "{:?}", log.logins());
        },
        ..row_with_code(
            "incoming",
            pop3(Transport::Plain)
                .sasl(&[])
                .reply("USER", DOVECOT_PLAINTEXT_DISALLOWED)
                .reply("PASS", DOVECOT_PLAINTEXT_DISALLOWED),
            "none",
        )
    },
    auth_plaintext_disallowed_by_smtp_until_starttls => Case {
        args: &["--allow-plaintext-auth"],
        steps: &[("login", "failed")],
        quotes: &[("auth-plaintext-disallowed", SMTP_STARTTLS_FIRST)],
        absent: &["auth-failed"],
        ..row_with_code(
            "outgoing",
            smtp(Transport::Plain).reply("AUTH", SMTP_STARTTLS_FIRST),
            "none",
        )
    },
    auth_mechanism_unsupported_when_smtp_offers_only_oauth => Case {
        quotes: &[("auth-mechanism-unsupported", "XOAUTH2 OAUTHBEARER")],
        absent: &["auth-failed"],
        creds: Creds::Untouched,
        ..smtp_row(valid_smtp().sasl(&["XOAUTH2", "OAUTHBEARER"]))
    },
    auth_mechanism_unsupported_when_pop3_offers_only_oauth => Case {
        quotes: &[("auth-mechanism-unsupported", "XOAUTH2")],
        absent: &["auth-failed"],
        creds: Creds::Untouched,
        ..pop3_row(
            valid_pop3()
                .capabilities(&["TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE"])
                .sasl(&["XOAUTH2"]),
        )
    },
    // No user name and no password: the client is not set to authenticate.
    smtp_auth_required_when_the_sender_needs_a_login => Case {
        account: false,
        args: DRY_RUN,
        steps: &[("mail-from", "failed")],
        quotes: &[("smtp-auth-required", "530-5.7.0 Authentication Required")],
        never_sent: &["AUTH", "DATA"],
        ..row_with_code(
            "outgoing",
            smtp(Transport::Starttls(CertKind::Valid)).reply("MAIL", GMAIL_SMTP_AUTH_REQUIRED),
            "starttls",
        )
    },
    smtp_auth_required_when_relay_is_denied_without_a_login => Case {
        account: false,
        args: DRY_RUN,
        steps: &[("rcpt-to", "failed")],
        quotes: &[("smtp-auth-required", "Relay access denied")],
        absent: &["smtp-relay-denied"],
        never_sent: &["AUTH", "DATA"],
        ..row_with_code(
            "outgoing",
            smtp(Transport::Starttls(CertKind::Valid)).reply("RCPT", POSTFIX_RELAY_DENIED),
            "starttls",
        )
    },
    too_many_logins_on_pop3_login_delay => Case {
        quotes: &[("too-many-logins", "[LOGIN-DELAY]")],
        absent: &["auth-failed"],
        creds: Creds::Refused,
        ..pop3_row(pop3_refusing_logins(POP3_LOGIN_DELAY))
    },
    too_many_logins_on_smtp => Case {
        quotes: &[("too-many-logins", "454 4.7.0 Too many login attempts")],
        absent: &["auth-failed"],
        creds: Creds::Refused,
        ..smtp_row(smtp_refusing_logins(GMAIL_SMTP_TOO_MANY_LOGINS))
    },

    // ------------------------------------------------------------ mailbox
    server_temporary_failure_on_sys_temp => Case {
        quotes: &[("server-temporary-failure", "[SYS/TEMP]")],
        absent: &["auth-failed"],
        ..pop3_row(pop3_refusing_logins(DOVECOT_TEMPORARY_FAILURE))
    },
    server_permanent_failure_on_sys_perm => Case {
        quotes: &[("server-permanent-failure", "[SYS/PERM]")],
        absent: &["auth-failed", "pop3-disabled"],
        ..pop3_row(pop3_refusing_logins(POP3_PERMANENT_FAILURE))
    },
    mailbox_empty_is_information => Case {
        code: Some(0),
        quotes: &[("mailbox-empty", "0 messages")],
        then: |doc, _| {
            assert_eq!(panel(doc, "incoming")["facts"]["message_count"], 0);
            assert_eq!(severity(doc, "mailbox-empty"), "info");
            assert_no_problem_findings(doc);
        },
        ..pop3_row(valid_pop3().messages(&[]))
    },
    no_uidl_warns => Case {
        code: Some(0),
        steps: &[("uidl", "warn")],
        quotes: &[("no-uidl", "-ERR Unknown command: UIDL")],
        then: |doc, _| assert_eq!(severity(doc, "no-uidl"), "warn"),
        ..pop3_row(
            valid_pop3()
                .capabilities(&["TOP", "RESP-CODES", "AUTH-RESP-CODE", "USER"])
                .reply("UIDL", "-ERR Unknown command: UIDL"),
        )
    },

    // ------------------------------------------------------------ outgoing
    smtp_sender_rejected => Case {
        args: DRY_RUN,
        steps: &[("login", "ok"), ("mail-from", "failed")],
        quotes: &[("smtp-sender-rejected", "Sender address rejected")],
        ..smtp_row(valid_smtp().reply("MAIL", POSTFIX_SENDER_REJECTED))
    },
    smtp_sending_limit => Case {
        args: DRY_RUN,
        steps: &[("mail-from", "failed")],
        quotes: &[("smtp-sending-limit", "550 5.4.5 Daily user sending quota exceeded")],
        ..smtp_row(valid_smtp().reply("MAIL", GMAIL_SENDING_QUOTA))
    },
    smtp_blocklisted_when_the_recipient_check_names_a_blocklist => Case {
        args: DRY_RUN,
        steps: &[("rcpt-to", "failed")],
        quotes: &[("smtp-blocklisted", "blocked using zen.spamhaus.org")],
        absent: &["smtp-relay-denied"],
        ..smtp_row(valid_smtp().reply("RCPT", POSTFIX_BLOCKLISTED))
    },
    smtp_helo_rejected_when_ehlo_and_helo_are_refused => Case {
        steps: &[("ehlo", "failed")],
        quotes: &[("smtp-helo-rejected", "Helo command rejected")],
        creds: Creds::Untouched,
        then: |_, log| {
            let log = log.expect("a server");
            assert!(log.received("HELO"), "{:?}", log.verbs());
        },
        ..smtp_row(
            valid_smtp()
                .reply("EHLO", POSTFIX_HELO_REJECTED)
                .reply("HELO", POSTFIX_HELO_REJECTED),
        )
    },
    smtp_server_busy_on_a_421_greeting => Case {
        steps: &[("greeting", "failed")],
        quotes: &[("smtp-server-busy", "too many connections")],
        creds: Creds::Untouched,
        ..smtp_row(valid_smtp().greeting(POSTFIX_TOO_MANY_CONNECTIONS))
    },
}

/// A row that fails (exit 1) against `server`, checked with `security`.
fn row_with_code(panel: &'static str, server: ServerSpec, security: &'static str) -> Case {
    Case {
        code: Some(1),
        ..row(panel, Some(server), security)
    }
}

// ------------------------------------------------------------------ what the table cannot hold:
// broken TLS answers, certificates the lab does not make, two panels, port 25

#[test]
fn cert_expiring_soon_warns_while_everything_works() {
    let kit = Kit::new();
    let expiring = CertKind::ValidBetween {
        from_days: -60,
        to_days: 5,
    };
    let server = kit.start(pop3(Transport::ImplicitTls(expiring)));
    let out = incoming(server.port(), "tls", &kit).run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_step(doc, "incoming", "login", "ok");
    let info = &panel(doc, "incoming")["tls"];
    assert_eq!(info["verdict"], "valid", "{info:#}");
    let not_after = info["chain"][0]["not_after"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(!not_after.is_empty(), "{info:#}");
    assert_finding_quotes(doc, "cert-expiring-soon", &format!("to {not_after}"));
    assert_eq!(severity(doc, "cert-expiring-soon"), "warn");
}

#[test]
fn clock_skew_when_every_certificate_is_not_yet_valid_by_the_same_margin() {
    let kit = Kit::new();
    // Two different certificates that one and the same correction of the clock (a month or
    // more ahead) would make valid: the local clock is the problem, not the servers.
    let shifted =
        |from_days, to_days| Transport::ImplicitTls(CertKind::ValidBetween { from_days, to_days });
    let pop3 = kit.start(pop3(shifted(30, 120)));
    let smtp = kit.start(smtp(shifted(31, 121)));
    let out = CheckCommand::new()
        .pop3(pop3.port(), "tls")
        .smtp(smtp.port(), "tls")
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .only("outgoing")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    for side in ["incoming", "outgoing"] {
        assert_eq!(panel(doc, side)["tls"]["verdict"], "not-yet-valid");
    }
    assert_finding_quotes(doc, "clock-skew", "not-yet-valid");
    assert_finding_quotes(doc, "clock-skew", "local clock: ");
    assert_no_finding(doc, "cert-not-yet-valid");
    assert_no_credentials(pop3.log(), PASSWORD);
    assert_no_credentials(smtp.log(), PASSWORD);
}

#[test]
fn tls_intercepted_when_an_antivirus_ca_signed_the_chain() {
    let shield = Kit::with_ca("avast! Web/Mail Shield Root");
    let server = shield.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
    // Only the system's trust store: the shield's CA is not in it.
    let out = CheckCommand::new()
        .pop3(server.port(), "tls")
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "incoming", "tls", "failed");
    assert_eq!(panel(doc, "incoming")["tls"]["verdict"], "untrusted");
    assert_finding_quotes(doc, "tls-intercepted", "avast! Web/Mail Shield Root");
    assert_no_finding(doc, "cert-untrusted");
    assert_no_credentials(server.log(), PASSWORD);
}

#[test]
fn receive_ok_send_fails_says_the_password_is_right() {
    let kit = Kit::new();
    let pop3 = kit.start(valid_pop3());
    let smtp = kit.start(smtp_refusing_logins(POSTFIX_AUTH_WRONG_PASSWORD));
    let out = CheckCommand::new()
        .pop3(pop3.port(), "tls")
        .smtp(smtp.port(), "tls")
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .only("outgoing")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "incoming", "login", "ok");
    assert_step(doc, "outgoing", "login", "failed");
    let found = assert_finding_quotes(doc, "receive-ok-send-fails", POSTFIX_AUTH_WRONG_PASSWORD);
    assert_finding_quotes(
        doc,
        "receive-ok-send-fails",
        "succeeded with the same credentials",
    );
    assert_eq!(found["severity"], "error", "{found:#}");
    assert_eq!(found["panel"], "outgoing", "{found:#}");
    let explanation = found["explanation"].as_str().unwrap_or_default();
    assert!(
        explanation.contains("the password is right"),
        "{explanation}"
    );
    assert_no_finding(doc, "auth-failed");
    assert!(single_login(pop3.log()).accepted);
    assert!(!single_login(smtp.log()).accepted);
}

#[test]
fn wrong_port_for_submission_on_port_25() {
    // The rule keys on the configured port being 25, so the server listens on port 25 of a
    // loopback address of its own.
    let Some(listener) = port_25_listener() else {
        eprintln!("skipped: binding port 25 needs privileges this process lacks");
        return;
    };
    let kit = Kit::new();
    // A relay port as Postfix runs it: STARTTLS offered, no AUTH at all.
    let server = kit.start_on(
        listener,
        smtp(Transport::Starttls(CertKind::Valid)).sasl(&[]),
    );
    let out = CheckCommand::new()
        .smtp_at(server.addr(), "starttls")
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only("outgoing")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_eq!(panel(doc, "outgoing")["server"]["port"], 25);
    assert_step(doc, "outgoing", "tls", "ok");
    let found = assert_finding_quotes(doc, "wrong-port-for-submission", "EHLO capabilities");
    assert_eq!(found["panel"], "outgoing");
    assert_no_finding(doc, "smtp-auth-not-offered");
    assert_no_credentials(server.log(), PASSWORD);
}

// ------------------------------------------------------------------ network

#[test]
fn tcp_timeout_when_the_port_never_answers() {
    let kit = Kit::new();
    let port = UnansweredPort::new();
    let out = incoming(port.port(), "tls", &kit).timeout("2").run_json();
    out.assert_code(1);
    let doc = &out.json;
    let tcp = assert_step(doc, "incoming", "tcp", "failed");
    assert_eq!(evidence(tcp, "io")["failure"], "timeout", "{tcp}");
    assert_finding_quotes(doc, "tcp-timeout", "no answer (timeout)");
    assert_no_finding(doc, "tcp-refused");
}

// ------------------------------------------------------------------ healthy and languages

#[test]
fn a_healthy_set_up_yields_no_error_or_warning() {
    let kit = Kit::new();
    let pop3 = kit.start(valid_pop3());
    let smtp = kit.start(smtp(Transport::Starttls(CertKind::Valid)).sasl_only_over_tls());
    // Every panel, the network one too (the names are pinned, so nothing is looked up).
    let out = CheckCommand::new()
        .pop3(pop3.port(), "tls")
        .smtp(smtp.port(), "starttls")
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .dry_run(SENDER, RECIPIENT)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_eq!(panel_names(doc), ["network", "incoming", "outgoing"]);
    assert_eq!(doc["status"], "ok", "{}", summary(doc));
    assert_step(doc, "incoming", "uidl", "ok");
    assert_step(doc, "outgoing", "rcpt-to", "ok");
    assert_no_problem_findings(doc);
    assert!(single_login(pop3.log()).accepted);
    assert!(single_login(smtp.log()).accepted);
}

#[test]
fn spanish_output_has_the_same_findings_with_spanish_titles() {
    let kit = Kit::new();
    let server = kit.start(pop3_refusing_logins(GMAIL_POP_APP_PASSWORD));
    let check = |lang| {
        CheckCommand::new()
            .pop3(server.port(), "tls")
            .kit_ca(&kit)
            .user(USER)
            .password(PASSWORD)
            .only("incoming")
            .lang(lang)
            .run_json()
    };
    let (english, spanish) = (check("en"), check("es"));
    english.assert_code(1);
    spanish.assert_code(1);
    let ids = finding_ids(&english.json);
    assert!(
        ids.iter().any(|id| id == "auth-app-password-required"),
        "{}",
        summary(&english.json)
    );
    assert_eq!(finding_ids(&spanish.json), ids);
    for id in &ids {
        let catalogue_id = FindingId::from_id(id).unwrap_or_else(|| panic!("unknown id {id}"));
        let en = finding(&english.json, id)["title"]
            .as_str()
            .unwrap_or_default();
        let es = finding(&spanish.json, id)["title"]
            .as_str()
            .unwrap_or_default();
        assert_ne!(en, es, "{id}: the title is not translated");
        let table = mailtriage_core::i18n::message::message(Lang::Es, &text::key(catalogue_id))
            .unwrap_or_else(|| panic!("no Spanish text for {id}"))
            .value(None)
            .text;
        // Variables (`{ $host }`) are filled in; the words before the first one are fixed.
        let fixed = table.split('{').next().unwrap_or_default();
        assert!(
            !fixed.is_empty() && es.starts_with(fixed),
            "{id}: Spanish title {es:?} is not the catalogue's {table:?}"
        );
    }
}

/// Every id of the catalogue is provoked end to end here or in another suite, or is listed with
/// the reason it cannot be on loopback: a new id fails this test until it is one or the other.
#[test]
fn every_catalogue_id_is_provoked_or_explained() {
    let mut accounted: Vec<&str> = PROVOKED_ELSEWHERE
        .iter()
        .chain(PROVOKED_HERE)
        .copied()
        .chain(NOT_PROVOKED.iter().map(|(id, _)| *id))
        .collect();
    let listed = accounted.len();
    accounted.sort_unstable();
    accounted.dedup();
    assert_eq!(accounted.len(), listed, "an id is listed twice");
    let mut catalogue: Vec<&str> = FindingId::ALL.iter().map(|id| id.as_str()).collect();
    catalogue.sort_unstable();
    assert_eq!(accounted, catalogue);
}
