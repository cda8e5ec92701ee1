//! Integration tests of the incoming (POP3) panel of `mailtriage check --json`, run as the real
//! binary against fake POP3 servers on 127.0.0.1 named `mail.test` (pinned with `--resolve`).

mod support;

use std::time::Duration;

use serde_json::Value;
use support::*;

const POP3_READS_NEVER: [&str; 3] = ["DELE", "RETR", "TOP"];

/// A check of the incoming panel alone, with the test CA and the account's user name.
fn pop3_check(port: u16, security: &str, pki: &TestPki) -> CheckCommand {
    CheckCommand::new()
        .pop3(port, security)
        .ca_file(pki)
        .user(USER)
        .only("incoming")
}

fn facts(doc: &Value) -> &Value {
    &panel(doc, "incoming")["facts"]
}

/// The steps every successful login session runs after the connection is secured.
fn assert_logged_in_and_counted(doc: &Value) {
    assert_step(doc, "incoming", "greeting", "ok");
    assert_step(doc, "incoming", "login", "ok");
    assert_step(doc, "incoming", "stat", "ok");
    assert_step(doc, "incoming", "uidl", "ok");
    assert_step(doc, "incoming", "quit", "ok");
    let facts = facts(doc);
    assert_eq!(facts["login_ok"], true, "{}", summary(doc));
    assert_eq!(facts["message_count"], 2, "{}", summary(doc));
    assert_eq!(facts["mailbox_octets"], 4600, "{}", summary(doc));
    assert_eq!(facts["uidl_ok"], true, "{}", summary(doc));
}

#[test]
fn logs_in_over_implicit_tls() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::ImplicitTls(pki.valid_leaf())).start();
    let out = pop3_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_eq!(panel_names(doc), ["incoming"]);
    assert_eq!(panel(doc, "incoming")["security"], "tls");
    assert_step(doc, "incoming", "tcp", "ok");
    assert_step(doc, "incoming", "tls", "ok");
    assert_not_run(doc, "incoming", "stls");
    assert_logged_in_and_counted(doc);
    let tls = &panel(doc, "incoming")["tls"];
    assert_eq!(tls["verdict"], "valid", "{tls:#}");
    assert_eq!(tls["server_name"], SERVER_NAME);
    assert!(
        tls["chain"][0]["dns_names"]
            .as_array()
            .is_some_and(|names| names.iter().any(|n| n == SERVER_NAME)),
        "{tls:#}"
    );
    let login = single_login(server.log());
    assert!(login.accepted && login.over_tls);
    assert_never_sent(server.log(), &POP3_READS_NEVER);
}

#[test]
fn logs_in_after_stls() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::StartTls(pki.valid_leaf())).start();
    let out = pop3_check(server.port(), "starttls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_eq!(panel(doc, "incoming")["security"], "starttls");
    assert_step(doc, "incoming", "capa", "ok");
    assert_step(doc, "incoming", "stls", "ok");
    assert_step(doc, "incoming", "tls", "ok");
    assert_logged_in_and_counted(doc);
    assert_eq!(panel(doc, "incoming")["tls"]["verdict"], "valid");
    let login = single_login(server.log());
    assert!(login.accepted && login.over_tls, "{login:?}");
    assert_no_password_in_clear(server.log(), PASSWORD);
    assert_never_sent(server.log(), &POP3_READS_NEVER);
}

#[test]
fn logs_in_over_plain_text_when_allowed() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::Plain).start();
    let out = pop3_check(server.port(), "none", &pki)
        .arg("--allow-plaintext-auth")
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_eq!(panel(doc, "incoming")["security"], "none");
    assert_not_run(doc, "incoming", "tls");
    let login = step(doc, "incoming", "login");
    assert!(
        login["status"] == "ok" || login["status"] == "warn",
        "{}",
        summary(doc)
    );
    assert_eq!(facts(doc)["login_ok"], true, "{}", summary(doc));
    assert_step(doc, "incoming", "stat", "ok");
    let attempt = single_login(server.log());
    assert!(attempt.accepted && !attempt.over_tls);
    assert_never_sent(server.log(), &POP3_READS_NEVER);
}

#[test]
fn declines_to_send_a_password_over_plain_text() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::Plain).start();
    let out = pop3_check(server.port(), "none", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    let login = assert_step(doc, "incoming", "login", "warn");
    evidence(login, "declined");
    assert_not_run(doc, "incoming", "stat");
    assert_no_credentials(server.log(), PASSWORD);
    assert_never_sent(server.log(), &["USER", "PASS", "AUTH", "APOP"]);
    assert_finding(doc, "auth-refused-insecure");
}

#[test]
fn reports_an_apop_timestamp_without_revealing_the_password() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::Plain)
        .apop_timestamp("<1896.697170952@mail.test>")
        .start();
    let out = pop3_check(server.port(), "none", &pki)
        .password(PASSWORD)
        .run_json();
    let doc = &out.json;
    assert_step(doc, "incoming", "greeting", "ok");
    assert_eq!(facts(doc)["apop_offered"], true, "{}", summary(doc));
    assert_no_password_in_clear(server.log(), PASSWORD);
    assert_never_sent(server.log(), &["PASS", "AUTH"]);
}

#[test]
fn wrong_password_fails_the_login_with_the_server_reply() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::ImplicitTls(pki.valid_leaf())).start();
    let out = pop3_check(server.port(), "tls", &pki)
        .password("not-the-password")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_eq!(doc["status"], "failed");
    let login = assert_step(doc, "incoming", "login", "failed");
    let reply = evidence(login, "reply");
    assert_eq!(
        reply["reply"], "-ERR [AUTH] Authentication failed.",
        "{reply}"
    );
    assert_eq!(facts(doc)["login_ok"], false, "{}", summary(doc));
    assert_not_run(doc, "incoming", "stat");
    assert_not_run(doc, "incoming", "uidl");
    assert!(!single_login(server.log()).accepted);
    assert_finding(doc, "auth-failed");
}

#[test]
fn a_provider_reply_to_the_login_is_the_evidence() {
    let in_use = "-ERR [IN-USE] Mailbox is locked by another POP3 session.";
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::ImplicitTls(pki.valid_leaf()))
        .reply("PASS", in_use)
        .reply("AUTH", in_use)
        .start();
    let out = pop3_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let login = assert_step(doc, "incoming", "login", "failed");
    assert_eq!(evidence(login, "reply")["reply"], in_use);
    single_login(server.log());
    assert_finding(doc, "mailbox-in-use");
}

#[test]
fn expired_certificate_fails_tls_before_any_login() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::ImplicitTls(pki.expired_leaf())).start();
    let out = pop3_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let tls = assert_step(doc, "incoming", "tls", "failed");
    assert_eq!(evidence(tls, "tls")["failure"], "certificate");
    let info = &panel(doc, "incoming")["tls"];
    assert_eq!(info["verdict"], "expired", "{info:#}");
    // 2021-01-01T00:00:00Z
    assert_eq!(
        info["chain"][0]["not_after_unix"], 1_609_459_200,
        "{info:#}"
    );
    assert_not_run(doc, "incoming", "login");
    assert_no_credentials(server.log(), PASSWORD);
    assert!(
        server.log().lines().is_empty(),
        "{:?}",
        server.log().verbs()
    );
    assert_finding(doc, "cert-expired");
}

#[test]
fn expired_certificate_after_stls_fails_tls_before_any_login() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::StartTls(pki.expired_leaf())).start();
    let out = pop3_check(server.port(), "starttls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "incoming", "stls", "ok");
    let tls = assert_step(doc, "incoming", "tls", "failed");
    assert_eq!(evidence(tls, "tls")["failure"], "certificate");
    assert_eq!(panel(doc, "incoming")["tls"]["verdict"], "expired");
    assert_no_credentials(server.log(), PASSWORD);
    assert_never_sent(server.log(), &["USER", "PASS", "AUTH", "APOP"]);
}

#[test]
fn certificate_for_another_name_is_a_name_mismatch() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::ImplicitTls(pki.wrong_name_leaf())).start();
    let out = pop3_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let tls = assert_step(doc, "incoming", "tls", "failed");
    assert_eq!(evidence(tls, "tls")["failure"], "certificate");
    let info = &panel(doc, "incoming")["tls"];
    assert_eq!(info["verdict"], "name-mismatch", "{info:#}");
    assert_eq!(info["server_name"], SERVER_NAME);
    assert_eq!(
        info["chain"][0]["dns_names"][0],
        certs::OTHER_NAME,
        "{info:#}"
    );
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "cert-hostname-mismatch");
}

#[test]
fn self_signed_certificate_is_untrusted() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::ImplicitTls(pki.self_signed_leaf())).start();
    let out = pop3_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "incoming", "tls", "failed");
    assert_eq!(panel(doc, "incoming")["tls"]["verdict"], "untrusted");
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "cert-untrusted");
}

#[test]
fn tls_spoken_to_a_plaintext_port() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::StartTls(pki.valid_leaf())).start();
    let out = pop3_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let tls = assert_step(doc, "incoming", "tls", "failed");
    let evidence = evidence(tls, "tls");
    assert_eq!(evidence["failure"], "not-tls", "{evidence}");
    let peer_bytes = evidence["peer_bytes"].as_str().unwrap_or_default();
    assert!(peer_bytes.starts_with("+OK"), "{evidence}");
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "tls-on-plaintext-port");
}

#[test]
fn plain_text_spoken_to_a_tls_port() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::ImplicitTls(pki.valid_leaf())).start();
    let out = pop3_check(server.port(), "none", &pki)
        .timeout("10")
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let greeting = assert_step(doc, "incoming", "greeting", "failed");
    evidence(greeting, "speaks-tls");
    // Found by a TLS handshake on the side, not by sitting out the 10 s deadline.
    let elapsed = greeting["elapsed_ms"].as_f64().unwrap_or(f64::MAX);
    assert!(elapsed < 9_000.0, "greeting step took {elapsed} ms");
    assert_not_run(doc, "incoming", "login");
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "plaintext-on-tls-port");
}

#[test]
fn refused_port_fails_the_tcp_step() {
    let pki = TestPki::new();
    let out = pop3_check(refused_port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let tcp = assert_step(doc, "incoming", "tcp", "failed");
    assert_eq!(evidence(tcp, "io")["failure"], "refused");
    assert_not_run(doc, "incoming", "tls");
    assert_not_run(doc, "incoming", "greeting");
    assert_finding(doc, "tcp-refused");
}

#[test]
fn a_server_that_never_greets_times_out() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::Plain)
        .behaviour(Behaviour::NeverGreet)
        .start();
    let out = pop3_check(server.port(), "none", &pki)
        .timeout("1")
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let greeting = assert_step(doc, "incoming", "greeting", "failed");
    assert_eq!(evidence(greeting, "io")["failure"], "timeout");
    assert_no_credentials(server.log(), PASSWORD);
}

#[test]
fn a_server_that_closes_at_once_fails_the_greeting() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::Plain)
        .behaviour(Behaviour::CloseAfterAccept)
        .start();
    let out = pop3_check(server.port(), "none", &pki)
        .timeout("5")
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let greeting = assert_step(doc, "incoming", "greeting", "failed");
    let failure = &evidence(greeting, "io")["failure"];
    assert!(failure == "closed" || failure == "reset", "{greeting}");
}

#[test]
fn a_slow_greeting_within_the_deadline_is_waited_for() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::ImplicitTls(pki.valid_leaf()))
        .behaviour(Behaviour::GreetAfter(Duration::from_millis(500)))
        .start();
    let out = pop3_check(server.port(), "tls", &pki)
        .timeout("10")
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    assert_logged_in_and_counted(&out.json);
}

#[test]
fn stls_not_offered_fails_the_stls_step() {
    let pki = TestPki::new();
    let server = FakePop3::builder(Transport::Plain).start();
    let out = pop3_check(server.port(), "starttls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "incoming", "capa", "ok");
    assert_step(doc, "incoming", "stls", "failed");
    assert_not_run(doc, "incoming", "login");
    assert_no_credentials(server.log(), PASSWORD);
    assert_finding(doc, "starttls-not-offered");
}
