//! The incoming (POP3) panel of `mailtriage check --json`, run as the real binary against the
//! lab's POP3 servers on 127.0.0.1 named `mail.test` (pinned with `--resolve`): one row per
//! scenario, with the server, the settings, the expected steps and findings.

mod support;

use std::time::Duration;

use mailtriage::lab::certs::WRONG_NAME;
use mailtriage::lab::{CertKind, Misbehaviour, ServerSpec, Transport};
use serde_json::Value;
use support::kit::{assert_never_sent, assert_no_password_in_clear, pop3};
use support::table::{Case, Creds, NOT_RUN, row, scenarios};
use support::{SERVER_NAME, evidence, panel, step, summary};

const POP3_READS_NEVER: &[&str] = &["DELE", "RETR", "TOP"];
const LOGIN_COMMANDS: &[&str] = &["USER", "PASS", "AUTH", "APOP"];
/// The lab's default mailbox: two messages, 2 400 and 51 200 octets.
const MAILBOX_OCTETS: u64 = 53_600;

/// Every step a successful session runs once the connection is secured.
const LOGGED_IN: &[(&str, &str)] = &[
    ("greeting", "ok"),
    ("login", "ok"),
    ("stat", "ok"),
    ("uidl", "ok"),
    ("quit", "ok"),
];

/// A row against `server`, checking the incoming panel with `security`.
fn incoming(server: ServerSpec, security: &'static str) -> Case {
    Case {
        never_sent: POP3_READS_NEVER,
        ..row("incoming", Some(server), security)
    }
}

fn facts(doc: &Value) -> &Value {
    &panel(doc, "incoming")["facts"]
}

/// The facts of a session that logged in and counted the mailbox.
fn counted(doc: &Value) {
    let facts = facts(doc);
    assert_eq!(facts["login_ok"], true, "{}", summary(doc));
    assert_eq!(facts["message_count"], 2, "{}", summary(doc));
    assert_eq!(facts["mailbox_octets"], MAILBOX_OCTETS, "{}", summary(doc));
    assert_eq!(facts["uidl_ok"], true, "{}", summary(doc));
}

fn tls_verdict(doc: &Value) -> &Value {
    &panel(doc, "incoming")["tls"]["verdict"]
}

fn tls_failure(doc: &Value) -> &Value {
    &evidence(step(doc, "incoming", "tls"), "tls")["failure"]
}

fn valid(transport: fn(CertKind) -> Transport) -> ServerSpec {
    pop3(transport(CertKind::Valid))
}

const IN_USE: &str = "-ERR [IN-USE] Mailbox is locked by another POP3 session.";

scenarios! {
    logs_in_over_implicit_tls => Case {
        steps: &[
            ("tcp", "ok"),
            ("tls", "ok"),
            ("stls", NOT_RUN),
            ("greeting", "ok"),
            ("login", "ok"),
            ("stat", "ok"),
            ("uidl", "ok"),
            ("quit", "ok"),
        ],
        creds: Creds::Accepted { over_tls: true },
        then: |doc, _| {
            assert_eq!(support::panel_names(doc), ["incoming"]);
            assert_eq!(panel(doc, "incoming")["security"], "tls");
            counted(doc);
            let tls = &panel(doc, "incoming")["tls"];
            assert_eq!(tls["verdict"], "valid", "{tls:#}");
            assert_eq!(tls["server_name"], SERVER_NAME);
            assert!(
                tls["chain"][0]["dns_names"]
                    .as_array()
                    .is_some_and(|names| names.iter().any(|n| n == SERVER_NAME)),
                "{tls:#}"
            );
        },
        ..incoming(valid(Transport::ImplicitTls), "tls")
    },
    logs_in_after_stls => Case {
        steps: &[
            ("capa", "ok"),
            ("stls", "ok"),
            ("tls", "ok"),
            ("greeting", "ok"),
            ("login", "ok"),
            ("stat", "ok"),
            ("uidl", "ok"),
            ("quit", "ok"),
        ],
        creds: Creds::Accepted { over_tls: true },
        then: |doc, _| {
            assert_eq!(panel(doc, "incoming")["security"], "starttls");
            counted(doc);
            assert_eq!(tls_verdict(doc), "valid");
        },
        ..incoming(valid(Transport::Starttls), "starttls")
    },
    logs_in_over_plain_text_when_allowed => Case {
        args: &["--allow-plaintext-auth"],
        steps: &[("tls", NOT_RUN), ("stat", "ok")],
        creds: Creds::Accepted { over_tls: false },
        then: |doc, _| {
            assert_eq!(panel(doc, "incoming")["security"], "none");
            let login = step(doc, "incoming", "login");
            assert!(
                login["status"] == "ok" || login["status"] == "warn",
                "{}",
                summary(doc)
            );
            assert_eq!(facts(doc)["login_ok"], true, "{}", summary(doc));
        },
        ..incoming(pop3(Transport::Plain), "none")
    },
    declines_to_send_a_password_over_plain_text => Case {
        steps: &[("login", "warn"), ("stat", NOT_RUN)],
        findings: &["auth-refused-insecure"],
        creds: Creds::Untouched,
        never_sent: LOGIN_COMMANDS,
        then: |doc, _| {
            evidence(step(doc, "incoming", "login"), "declined");
        },
        ..incoming(pop3(Transport::Plain), "none")
    },
    reports_an_apop_timestamp_without_revealing_the_password => Case {
        code: None,
        steps: &[("greeting", "ok")],
        then: |doc, log| {
            assert_eq!(facts(doc)["apop_offered"], true, "{}", summary(doc));
            let log = log.expect("a server");
            assert_no_password_in_clear(log, support::PASSWORD);
            assert_never_sent(log, &["PASS", "AUTH"]);
        },
        ..incoming(
            pop3(Transport::Plain).greeting("+OK mail.test ready <1896.697170952@mail.test>"),
            "none",
        )
    },
    wrong_password_fails_the_login_with_the_server_reply => Case {
        password: "not-the-password",
        code: Some(1),
        steps: &[("login", "failed"), ("stat", NOT_RUN), ("uidl", NOT_RUN)],
        findings: &["auth-failed"],
        creds: Creds::Refused,
        then: |doc, _| {
            assert_eq!(doc["status"], "failed");
            let reply = evidence(step(doc, "incoming", "login"), "reply");
            assert_eq!(reply["reply"], "-ERR [AUTH] Authentication failed.", "{reply}");
            assert_eq!(facts(doc)["login_ok"], false, "{}", summary(doc));
        },
        ..incoming(valid(Transport::ImplicitTls), "tls")
    },
    a_provider_reply_to_the_login_is_the_evidence => Case {
        code: Some(1),
        steps: &[("login", "failed")],
        findings: &["mailbox-in-use"],
        creds: Creds::Refused,
        then: |doc, _| {
            assert_eq!(evidence(step(doc, "incoming", "login"), "reply")["reply"], IN_USE);
        },
        ..incoming(
            valid(Transport::ImplicitTls).reply("PASS", IN_USE).reply("AUTH", IN_USE),
            "tls",
        )
    },
    expired_certificate_fails_tls_before_any_login => Case {
        code: Some(1),
        steps: &[("tls", "failed"), ("login", NOT_RUN)],
        findings: &["cert-expired"],
        creds: Creds::Untouched,
        then: |doc, log| {
            assert_eq!(tls_failure(doc), "certificate");
            let info = &panel(doc, "incoming")["tls"];
            assert_eq!(info["verdict"], "expired", "{info:#}");
            // 2021-01-01T00:00:00Z
            assert_eq!(info["chain"][0]["not_after_unix"], 1_609_459_200, "{info:#}");
            let log = log.expect("a server");
            assert!(log.lines().is_empty(), "{:?}", log.verbs());
        },
        ..incoming(pop3(Transport::ImplicitTls(CertKind::Expired)), "tls")
    },
    expired_certificate_after_stls_fails_tls_before_any_login => Case {
        code: Some(1),
        steps: &[("stls", "ok"), ("tls", "failed")],
        creds: Creds::Untouched,
        never_sent: LOGIN_COMMANDS,
        then: |doc, _| {
            assert_eq!(tls_failure(doc), "certificate");
            assert_eq!(tls_verdict(doc), "expired");
        },
        ..incoming(pop3(Transport::Starttls(CertKind::Expired)), "starttls")
    },
    certificate_for_another_name_is_a_name_mismatch => Case {
        code: Some(1),
        steps: &[("tls", "failed")],
        findings: &["cert-hostname-mismatch"],
        creds: Creds::Untouched,
        then: |doc, _| {
            assert_eq!(tls_failure(doc), "certificate");
            let info = &panel(doc, "incoming")["tls"];
            assert_eq!(info["verdict"], "name-mismatch", "{info:#}");
            assert_eq!(info["server_name"], SERVER_NAME);
            assert_eq!(info["chain"][0]["dns_names"][0], WRONG_NAME, "{info:#}");
        },
        ..incoming(pop3(Transport::ImplicitTls(CertKind::WrongName)), "tls")
    },
    self_signed_certificate_is_untrusted => Case {
        code: Some(1),
        steps: &[("tls", "failed")],
        findings: &["cert-untrusted"],
        creds: Creds::Untouched,
        then: |doc, _| assert_eq!(tls_verdict(doc), "untrusted"),
        ..incoming(pop3(Transport::ImplicitTls(CertKind::SelfSigned)), "tls")
    },
    tls_spoken_to_a_plaintext_port => Case {
        code: Some(1),
        steps: &[("tls", "failed")],
        findings: &["tls-on-plaintext-port"],
        creds: Creds::Untouched,
        then: |doc, _| {
            let evidence = evidence(step(doc, "incoming", "tls"), "tls");
            assert_eq!(evidence["failure"], "not-tls", "{evidence}");
            let peer_bytes = evidence["peer_bytes"].as_str().unwrap_or_default();
            assert!(peer_bytes.starts_with("+OK"), "{evidence}");
        },
        ..incoming(valid(Transport::Starttls), "tls")
    },
    plain_text_spoken_to_a_tls_port => Case {
        args: &["--timeout", "10"],
        code: Some(1),
        steps: &[("greeting", "failed"), ("login", NOT_RUN)],
        findings: &["plaintext-on-tls-port"],
        creds: Creds::Untouched,
        then: |doc, _| {
            let greeting = step(doc, "incoming", "greeting");
            evidence(greeting, "speaks-tls");
            // Found by a TLS handshake on the side, not by sitting out the 10 s deadline.
            let elapsed = greeting["elapsed_ms"].as_f64().unwrap_or(f64::MAX);
            assert!(elapsed < 9_000.0, "greeting step took {elapsed} ms");
        },
        ..incoming(valid(Transport::ImplicitTls), "none")
    },
    refused_port_fails_the_tcp_step => Case {
        code: Some(1),
        steps: &[("tcp", "failed"), ("tls", NOT_RUN), ("greeting", NOT_RUN)],
        findings: &["tcp-refused"],
        then: |doc, _| {
            assert_eq!(evidence(step(doc, "incoming", "tcp"), "io")["failure"], "refused");
        },
        ..row("incoming", None, "tls")
    },
    a_server_that_never_greets_times_out => Case {
        args: &["--timeout", "1"],
        code: Some(1),
        steps: &[("greeting", "failed")],
        creds: Creds::Untouched,
        then: |doc, _| {
            assert_eq!(evidence(step(doc, "incoming", "greeting"), "io")["failure"], "timeout");
        },
        ..incoming(pop3(Transport::Plain).misbehave(Misbehaviour::Silence), "none")
    },
    // No bytes, then a FIN: the connection closes before any greeting.
    a_server_that_closes_at_once_fails_the_greeting => Case {
        args: &["--timeout", "5"],
        code: Some(1),
        steps: &[("greeting", "failed")],
        then: |doc, _| {
            let greeting = step(doc, "incoming", "greeting");
            let failure = &evidence(greeting, "io")["failure"];
            assert!(failure == "closed" || failure == "reset", "{greeting}");
        },
        ..incoming(pop3(Transport::Plain).misbehave(Misbehaviour::Garbage(Vec::new())), "none")
    },
    a_slow_greeting_within_the_deadline_is_waited_for => Case {
        args: &["--timeout", "10"],
        steps: LOGGED_IN,
        then: |doc, _| counted(doc),
        ..incoming(
            valid(Transport::ImplicitTls).misbehave(Misbehaviour::GreetAfter(Duration::from_millis(500))),
            "tls",
        )
    },
    stls_not_offered_fails_the_stls_step => Case {
        code: Some(1),
        steps: &[("capa", "ok"), ("stls", "failed"), ("login", NOT_RUN)],
        findings: &["starttls-not-offered"],
        creds: Creds::Untouched,
        ..incoming(pop3(Transport::Plain), "starttls")
    },
}
