//! Integration tests of the outgoing (SMTP) panel of `mailtriage check --json`, run as the real
//! binary against fake SMTP servers on 127.0.0.1 named `mail.test` (pinned with `--resolve`).

mod support;

use serde_json::Value;
use support::*;

const SENDER: &str = "alice@mail.test";
const RECIPIENT: &str = "bob@example.org";
const RELAY_DENIED: &str = "554 5.7.1 <bob@example.org>: Relay access denied";

/// A check of the outgoing panel alone, with the test CA and the account's user name.
fn smtp_check(port: u16, security: &str, pki: &TestPki) -> CheckCommand {
    CheckCommand::new()
        .smtp(port, security)
        .ca_file(pki)
        .user(USER)
        .only("outgoing")
}

fn facts(doc: &Value) -> &Value {
    &panel(doc, "outgoing")["facts"]
}

fn assert_authenticated(doc: &Value) {
    assert_step(doc, "outgoing", "greeting", "ok");
    assert_step(doc, "outgoing", "ehlo", "ok");
    assert_step(doc, "outgoing", "login", "ok");
    assert_step(doc, "outgoing", "quit", "ok");
    assert_eq!(facts(doc)["login_ok"], true, "{}", summary(doc));
}

#[test]
fn logs_in_over_implicit_tls() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::ImplicitTls(pki.valid_leaf())).start();
    let out = smtp_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_eq!(panel_names(doc), ["outgoing"]);
    assert_eq!(panel(doc, "outgoing")["security"], "tls");
    assert_step(doc, "outgoing", "tcp", "ok");
    assert_step(doc, "outgoing", "tls", "ok");
    assert_not_run(doc, "outgoing", "starttls");
    assert_authenticated(doc);
    let tls = &panel(doc, "outgoing")["tls"];
    assert_eq!(tls["verdict"], "valid", "{tls:#}");
    assert_eq!(tls["server_name"], SERVER_NAME);
    let login = single_login(server.log());
    assert!(login.accepted && login.over_tls);
    assert_never_sent(server.log(), &["DATA"]);
}

#[test]
fn logs_in_after_starttls() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::StartTls(pki.valid_leaf()))
        .auth_only_over_tls()
        .start();
    let out = smtp_check(server.port(), "starttls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_eq!(panel(doc, "outgoing")["security"], "starttls");
    let ehlos = steps(doc, "outgoing", "ehlo");
    assert_eq!(
        ehlos.len(),
        2,
        "EHLO before and after STARTTLS\n{}",
        summary(doc)
    );
    assert_step(doc, "outgoing", "starttls", "ok");
    assert_step(doc, "outgoing", "tls", "ok");
    assert_authenticated(doc);
    assert_eq!(panel(doc, "outgoing")["tls"]["verdict"], "valid");
    let capabilities = facts(doc)["capabilities"].to_string();
    assert!(
        capabilities.contains("AUTH"),
        "facts after STARTTLS: {capabilities}"
    );
    let login = single_login(server.log());
    assert!(login.accepted && login.over_tls, "{login:?}");
    assert_no_password_in_clear(server.log(), PASSWORD);
    assert_never_sent(server.log(), &["DATA"]);
}

#[test]
fn logs_in_over_plain_text_when_allowed() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::Plain).start();
    let out = smtp_check(server.port(), "none", &pki)
        .arg("--allow-plaintext-auth")
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_eq!(panel(doc, "outgoing")["security"], "none");
    assert_not_run(doc, "outgoing", "tls");
    let login = step(doc, "outgoing", "login");
    assert!(
        login["status"] == "ok" || login["status"] == "warn",
        "{}",
        summary(doc)
    );
    assert_eq!(facts(doc)["login_ok"], true, "{}", summary(doc));
    let attempt = single_login(server.log());
    assert!(attempt.accepted && !attempt.over_tls);
}

#[test]
fn declines_to_send_a_password_over_plain_text() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::Plain).start();
    let out = smtp_check(server.port(), "none", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_step(doc, "outgoing", "ehlo", "ok");
    let login = assert_step(doc, "outgoing", "login", "warn");
    evidence(login, "declined");
    assert_no_credentials(server.log(), PASSWORD);
    assert_never_sent(server.log(), &["AUTH"]);
    assert_finding(doc, "auth-refused-insecure");
}

#[test]
fn wrong_password_fails_the_login_with_the_server_reply() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::ImplicitTls(pki.valid_leaf())).start();
    let out = smtp_check(server.port(), "tls", &pki)
        .password("not-the-password")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_eq!(doc["status"], "failed");
    let login = assert_step(doc, "outgoing", "login", "failed");
    let reply = evidence(login, "reply");
    assert_eq!(
        reply["reply"], "535 5.7.8 Error: authentication failed: authentication failure",
        "{reply}"
    );
    assert_eq!(facts(doc)["login_ok"], false, "{}", summary(doc));
    assert!(!single_login(server.log()).accepted);
    assert_finding(doc, "auth-failed");
}

#[test]
fn basic_authentication_disabled_is_told_apart() {
    let disabled = "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.";
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::StartTls(pki.valid_leaf()))
        .reply("AUTH", disabled)
        .start();
    let out = smtp_check(server.port(), "starttls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let login = assert_step(doc, "outgoing", "login", "failed");
    assert_eq!(evidence(login, "reply")["reply"], disabled);
    single_login(server.log());
    assert_finding(doc, "auth-basic-disabled");
}

#[test]
fn auth_not_offered_is_found() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::ImplicitTls(pki.valid_leaf()))
        .sasl(&[])
        .start();
    let out = smtp_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    let doc = &out.json;
    assert_step(doc, "outgoing", "ehlo", "ok");
    let login = step(doc, "outgoing", "login");
    assert_ne!(login["status"], "ok", "{}", summary(doc));
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "smtp-auth-not-offered");
}

#[test]
fn dry_run_with_accepted_recipient_resets_and_never_sends_data() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::StartTls(pki.valid_leaf())).start();
    let out = smtp_check(server.port(), "starttls", &pki)
        .args(["--from", SENDER, "--to", RECIPIENT])
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_authenticated(doc);
    assert_step(doc, "outgoing", "mail-from", "ok");
    assert_step(doc, "outgoing", "rcpt-to", "ok");
    assert_step(doc, "outgoing", "rset", "ok");
    let verbs = server.log().verbs();
    let mail = verbs.iter().position(|v| v == "MAIL");
    let rcpt = verbs.iter().position(|v| v == "RCPT");
    let rset = verbs.iter().position(|v| v == "RSET");
    assert!(
        mail.is_some() && mail < rcpt && rcpt < rset,
        "MAIL, RCPT, RSET in order: {verbs:?}"
    );
    let lines = server.log().lines();
    assert!(
        lines.iter().any(|r| r
            .line
            .eq_ignore_ascii_case(&format!("RCPT TO:<{RECIPIENT}>"))),
        "{verbs:?}"
    );
    assert_never_sent(server.log(), &["DATA"]);
}

#[test]
fn dry_run_with_rejected_recipient_fails_rcpt_and_still_resets() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::StartTls(pki.valid_leaf()))
        .reject_recipient(RECIPIENT, RELAY_DENIED)
        .start();
    let out = smtp_check(server.port(), "starttls", &pki)
        .args(["--from", SENDER, "--to", RECIPIENT])
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "outgoing", "mail-from", "ok");
    let rcpt = assert_step(doc, "outgoing", "rcpt-to", "failed");
    let reply = evidence(rcpt, "reply");
    assert!(
        reply["reply"]
            .as_str()
            .unwrap_or_default()
            .starts_with("554 5.7.1"),
        "{reply}"
    );
    assert!(
        server.log().received_verb("RSET"),
        "{:?}",
        server.log().verbs()
    );
    assert_never_sent(server.log(), &["DATA"]);
    assert_finding(doc, "smtp-relay-denied");
}

#[test]
fn no_dry_run_without_from_and_to() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::ImplicitTls(pki.valid_leaf())).start();
    let out = smtp_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert!(
        steps(doc, "outgoing", "mail-from").is_empty(),
        "{}",
        summary(doc)
    );
    assert!(
        steps(doc, "outgoing", "rcpt-to").is_empty(),
        "{}",
        summary(doc)
    );
    assert_never_sent(server.log(), &["MAIL", "RCPT", "DATA"]);
}

#[test]
fn expired_certificate_after_starttls_fails_tls_before_any_login() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::StartTls(pki.expired_leaf())).start();
    let out = smtp_check(server.port(), "starttls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "outgoing", "starttls", "ok");
    let tls = assert_step(doc, "outgoing", "tls", "failed");
    assert_eq!(evidence(tls, "tls")["failure"], "certificate");
    assert_eq!(panel(doc, "outgoing")["tls"]["verdict"], "expired");
    assert_not_run(doc, "outgoing", "login");
    assert_no_credentials(server.log(), PASSWORD);
    assert_never_sent(server.log(), &["AUTH"]);
    assert_finding(doc, "cert-expired");
}

#[test]
fn expired_certificate_on_implicit_tls_fails_tls() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::ImplicitTls(pki.expired_leaf())).start();
    let out = smtp_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "outgoing", "tls", "failed");
    assert_eq!(panel(doc, "outgoing")["tls"]["verdict"], "expired");
    assert!(
        server.log().lines().is_empty(),
        "{:?}",
        server.log().verbs()
    );
}

#[test]
fn certificate_for_another_name_is_a_name_mismatch() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::ImplicitTls(pki.wrong_name_leaf())).start();
    let out = smtp_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let tls = assert_step(doc, "outgoing", "tls", "failed");
    assert_eq!(evidence(tls, "tls")["failure"], "certificate");
    assert_eq!(panel(doc, "outgoing")["tls"]["verdict"], "name-mismatch");
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "cert-hostname-mismatch");
}

#[test]
fn tls_spoken_to_a_plaintext_port() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::StartTls(pki.valid_leaf())).start();
    let out = smtp_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let tls = assert_step(doc, "outgoing", "tls", "failed");
    let evidence = evidence(tls, "tls");
    assert_eq!(evidence["failure"], "not-tls", "{evidence}");
    let peer_bytes = evidence["peer_bytes"].as_str().unwrap_or_default();
    assert!(peer_bytes.starts_with("220"), "{evidence}");
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "tls-on-plaintext-port");
}

#[test]
fn plain_text_spoken_to_a_tls_port() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::ImplicitTls(pki.valid_leaf())).start();
    let out = smtp_check(server.port(), "starttls", &pki)
        .timeout("10")
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let greeting = assert_step(doc, "outgoing", "greeting", "failed");
    evidence(greeting, "speaks-tls");
    let elapsed = greeting["elapsed_ms"].as_f64().unwrap_or(f64::MAX);
    assert!(elapsed < 9_000.0, "greeting step took {elapsed} ms");
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "plaintext-on-tls-port");
}

#[test]
fn refused_port_fails_the_tcp_step() {
    let pki = TestPki::new();
    let out = smtp_check(refused_port(), "starttls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let tcp = assert_step(doc, "outgoing", "tcp", "failed");
    assert_eq!(evidence(tcp, "io")["failure"], "refused");
    assert_not_run(doc, "outgoing", "greeting");
    assert_finding(doc, "tcp-refused");
}

#[test]
fn a_server_that_never_greets_times_out() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::Plain)
        .behaviour(Behaviour::NeverGreet)
        .start();
    let out = smtp_check(server.port(), "starttls", &pki)
        .timeout("1")
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let greeting = assert_step(doc, "outgoing", "greeting", "failed");
    assert_eq!(evidence(greeting, "io")["failure"], "timeout");
    assert_no_credentials(server.log(), PASSWORD);
}

#[test]
fn starttls_not_offered_fails_the_starttls_step() {
    let pki = TestPki::new();
    let server = FakeSmtp::builder(Transport::Plain).start();
    let out = smtp_check(server.port(), "starttls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "outgoing", "ehlo", "ok");
    assert_step(doc, "outgoing", "starttls", "failed");
    assert_not_run(doc, "outgoing", "login");
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "starttls-not-offered");
}
