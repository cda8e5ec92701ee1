//! The outgoing (SMTP) panel of `mailtriage check --json`, run as the real binary against the
//! lab's SMTP servers on 127.0.0.1 named `mail.test` (pinned with `--resolve`): one row per
//! scenario, with the server, the settings, the expected steps and findings.

mod support;

use mailtriage::lab::{CertKind, Misbehaviour, ServerSpec, Transport};
use serde_json::Value;
use support::kit::smtp;
use support::table::{Case, Creds, NOT_RUN, row, scenarios};
use support::{SERVER_NAME, evidence, panel, step, steps, summary};

const SENDER: &str = "alice@mail.test";
const RECIPIENT: &str = "bob@example.org";
const RELAY_DENIED: &str = "554 5.7.1 <bob@example.org>: Relay access denied";
const BASIC_DISABLED: &str =
    "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.";
const DRY_RUN: &[&str] = &["--from", SENDER, "--to", RECIPIENT];

/// A row against `server`, checking the outgoing panel with `security`.
fn outgoing(server: ServerSpec, security: &'static str) -> Case {
    Case {
        never_sent: &["DATA"],
        ..row("outgoing", Some(server), security)
    }
}

fn valid(transport: fn(CertKind) -> Transport) -> ServerSpec {
    smtp(transport(CertKind::Valid))
}

fn facts(doc: &Value) -> &Value {
    &panel(doc, "outgoing")["facts"]
}

fn logged_in(doc: &Value) {
    assert_eq!(facts(doc)["login_ok"], true, "{}", summary(doc));
}

fn tls_verdict(doc: &Value) -> &Value {
    &panel(doc, "outgoing")["tls"]["verdict"]
}

fn tls_failure(doc: &Value) -> &Value {
    &evidence(step(doc, "outgoing", "tls"), "tls")["failure"]
}

scenarios! {
    logs_in_over_implicit_tls => Case {
        steps: &[
            ("tcp", "ok"),
            ("tls", "ok"),
            ("starttls", NOT_RUN),
            ("greeting", "ok"),
            ("ehlo", "ok"),
            ("login", "ok"),
            ("quit", "ok"),
        ],
        creds: Creds::Accepted { over_tls: true },
        then: |doc, _| {
            assert_eq!(support::panel_names(doc), ["outgoing"]);
            assert_eq!(panel(doc, "outgoing")["security"], "tls");
            logged_in(doc);
            let tls = &panel(doc, "outgoing")["tls"];
            assert_eq!(tls["verdict"], "valid", "{tls:#}");
            assert_eq!(tls["server_name"], SERVER_NAME);
        },
        ..outgoing(valid(Transport::ImplicitTls), "tls")
    },
    // AUTH is offered only after STARTTLS, as Postfix with smtpd_tls_auth_only does.
    logs_in_after_starttls => Case {
        steps: &[
            ("starttls", "ok"),
            ("tls", "ok"),
            ("greeting", "ok"),
            ("ehlo", "ok"),
            ("login", "ok"),
            ("quit", "ok"),
        ],
        creds: Creds::Accepted { over_tls: true },
        then: |doc, _| {
            assert_eq!(panel(doc, "outgoing")["security"], "starttls");
            let ehlos = steps(doc, "outgoing", "ehlo");
            assert_eq!(ehlos.len(), 2, "EHLO before and after STARTTLS\n{}", summary(doc));
            logged_in(doc);
            assert_eq!(tls_verdict(doc), "valid");
            let capabilities = facts(doc)["capabilities"].to_string();
            assert!(capabilities.contains("AUTH"), "facts after STARTTLS: {capabilities}");
        },
        ..outgoing(valid(Transport::Starttls).sasl_only_over_tls(), "starttls")
    },
    logs_in_over_plain_text_when_allowed => Case {
        args: &["--allow-plaintext-auth"],
        steps: &[("tls", NOT_RUN)],
        creds: Creds::Accepted { over_tls: false },
        then: |doc, _| {
            assert_eq!(panel(doc, "outgoing")["security"], "none");
            let login = step(doc, "outgoing", "login");
            assert!(
                login["status"] == "ok" || login["status"] == "warn",
                "{}",
                summary(doc)
            );
            logged_in(doc);
        },
        ..outgoing(smtp(Transport::Plain), "none")
    },
    declines_to_send_a_password_over_plain_text => Case {
        steps: &[("ehlo", "ok"), ("login", "warn")],
        findings: &["auth-refused-insecure"],
        creds: Creds::Untouched,
        never_sent: &["AUTH", "DATA"],
        then: |doc, _| {
            evidence(step(doc, "outgoing", "login"), "declined");
        },
        ..outgoing(smtp(Transport::Plain), "none")
    },
    wrong_password_fails_the_login_with_the_server_reply => Case {
        password: "not-the-password",
        code: Some(1),
        steps: &[("login", "failed")],
        findings: &["auth-failed"],
        creds: Creds::Refused,
        then: |doc, _| {
            assert_eq!(doc["status"], "failed");
            let reply = evidence(step(doc, "outgoing", "login"), "reply");
            assert_eq!(
                reply["reply"], "535 5.7.8 Error: authentication failed: authentication failure",
                "{reply}"
            );
            assert_eq!(facts(doc)["login_ok"], false, "{}", summary(doc));
        },
        ..outgoing(valid(Transport::ImplicitTls), "tls")
    },
    basic_authentication_disabled_is_told_apart => Case {
        code: Some(1),
        steps: &[("login", "failed")],
        findings: &["auth-basic-disabled"],
        creds: Creds::Refused,
        then: |doc, _| {
            assert_eq!(evidence(step(doc, "outgoing", "login"), "reply")["reply"], BASIC_DISABLED);
        },
        ..outgoing(valid(Transport::Starttls).reply("AUTH", BASIC_DISABLED), "starttls")
    },
    auth_not_offered_is_found => Case {
        code: None,
        steps: &[("ehlo", "ok")],
        findings: &["smtp-auth-not-offered"],
        creds: Creds::Untouched,
        then: |doc, _| {
            assert_ne!(step(doc, "outgoing", "login")["status"], "ok", "{}", summary(doc));
        },
        ..outgoing(valid(Transport::ImplicitTls).sasl(&[]), "tls")
    },
    dry_run_with_accepted_recipient_resets_and_never_sends_data => Case {
        args: DRY_RUN,
        steps: &[
            ("greeting", "ok"),
            ("ehlo", "ok"),
            ("login", "ok"),
            ("mail-from", "ok"),
            ("rcpt-to", "ok"),
            ("rset", "ok"),
            ("quit", "ok"),
        ],
        then: |doc, log| {
            logged_in(doc);
            let log = log.expect("a server");
            let verbs = log.verbs();
            let at = |verb: &str| verbs.iter().position(|v| v == verb);
            let (mail, rcpt, rset) = (at("MAIL"), at("RCPT"), at("RSET"));
            assert!(
                mail.is_some() && mail < rcpt && rcpt < rset,
                "MAIL, RCPT, RSET in order: {verbs:?}"
            );
            assert!(
                log.lines()
                    .iter()
                    .any(|r| r.line.eq_ignore_ascii_case(&format!("RCPT TO:<{RECIPIENT}>"))),
                "{verbs:?}"
            );
        },
        ..outgoing(valid(Transport::Starttls), "starttls")
    },
    dry_run_with_rejected_recipient_fails_rcpt_and_still_resets => Case {
        args: DRY_RUN,
        code: Some(1),
        steps: &[("mail-from", "ok"), ("rcpt-to", "failed")],
        findings: &["smtp-relay-denied"],
        then: |doc, log| {
            let reply = evidence(step(doc, "outgoing", "rcpt-to"), "reply");
            assert!(
                reply["reply"].as_str().unwrap_or_default().starts_with("554 5.7.1"),
                "{reply}"
            );
            let log = log.expect("a server");
            assert!(log.received("RSET"), "{:?}", log.verbs());
        },
        ..outgoing(valid(Transport::Starttls).reply("RCPT", RELAY_DENIED), "starttls")
    },
    no_dry_run_without_from_and_to => Case {
        never_sent: &["MAIL", "RCPT", "DATA"],
        then: |doc, _| {
            assert!(steps(doc, "outgoing", "mail-from").is_empty(), "{}", summary(doc));
            assert!(steps(doc, "outgoing", "rcpt-to").is_empty(), "{}", summary(doc));
        },
        ..outgoing(valid(Transport::ImplicitTls), "tls")
    },
    expired_certificate_after_starttls_fails_tls_before_any_login => Case {
        code: Some(1),
        steps: &[("starttls", "ok"), ("tls", "failed"), ("login", NOT_RUN)],
        findings: &["cert-expired"],
        creds: Creds::Untouched,
        never_sent: &["AUTH", "DATA"],
        then: |doc, _| {
            assert_eq!(tls_failure(doc), "certificate");
            assert_eq!(tls_verdict(doc), "expired");
        },
        ..outgoing(smtp(Transport::Starttls(CertKind::Expired)), "starttls")
    },
    expired_certificate_on_implicit_tls_fails_tls => Case {
        code: Some(1),
        steps: &[("tls", "failed")],
        then: |doc, log| {
            assert_eq!(tls_verdict(doc), "expired");
            let log = log.expect("a server");
            assert!(log.lines().is_empty(), "{:?}", log.verbs());
        },
        ..outgoing(smtp(Transport::ImplicitTls(CertKind::Expired)), "tls")
    },
    certificate_for_another_name_is_a_name_mismatch => Case {
        code: Some(1),
        steps: &[("tls", "failed")],
        findings: &["cert-hostname-mismatch"],
        creds: Creds::Untouched,
        then: |doc, _| {
            assert_eq!(tls_failure(doc), "certificate");
            assert_eq!(tls_verdict(doc), "name-mismatch");
        },
        ..outgoing(smtp(Transport::ImplicitTls(CertKind::WrongName)), "tls")
    },
    tls_spoken_to_a_plaintext_port => Case {
        code: Some(1),
        steps: &[("tls", "failed")],
        findings: &["tls-on-plaintext-port"],
        creds: Creds::Untouched,
        then: |doc, _| {
            let evidence = evidence(step(doc, "outgoing", "tls"), "tls");
            assert_eq!(evidence["failure"], "not-tls", "{evidence}");
            let peer_bytes = evidence["peer_bytes"].as_str().unwrap_or_default();
            assert!(peer_bytes.starts_with("220"), "{evidence}");
        },
        ..outgoing(valid(Transport::Starttls), "tls")
    },
    plain_text_spoken_to_a_tls_port => Case {
        args: &["--timeout", "10"],
        code: Some(1),
        steps: &[("greeting", "failed")],
        findings: &["plaintext-on-tls-port"],
        creds: Creds::Untouched,
        then: |doc, _| {
            let greeting = step(doc, "outgoing", "greeting");
            evidence(greeting, "speaks-tls");
            let elapsed = greeting["elapsed_ms"].as_f64().unwrap_or(f64::MAX);
            assert!(elapsed < 9_000.0, "greeting step took {elapsed} ms");
        },
        ..outgoing(valid(Transport::ImplicitTls), "starttls")
    },
    refused_port_fails_the_tcp_step => Case {
        code: Some(1),
        steps: &[("tcp", "failed"), ("greeting", NOT_RUN)],
        findings: &["tcp-refused"],
        then: |doc, _| {
            assert_eq!(evidence(step(doc, "outgoing", "tcp"), "io")["failure"], "refused");
        },
        ..row("outgoing", None, "starttls")
    },
    a_server_that_never_greets_times_out => Case {
        args: &["--timeout", "1"],
        code: Some(1),
        steps: &[("greeting", "failed")],
        creds: Creds::Untouched,
        then: |doc, _| {
            assert_eq!(evidence(step(doc, "outgoing", "greeting"), "io")["failure"], "timeout");
        },
        ..outgoing(smtp(Transport::Plain).misbehave(Misbehaviour::Silence), "starttls")
    },
    starttls_not_offered_fails_the_starttls_step => Case {
        code: Some(1),
        steps: &[("ehlo", "ok"), ("starttls", "failed"), ("login", NOT_RUN)],
        findings: &["starttls-not-offered"],
        creds: Creds::Untouched,
        ..outgoing(smtp(Transport::Plain), "starttls")
    },
}
