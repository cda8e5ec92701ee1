//! No lock-outs: servers count login attempts. Providers lock an account after a few failed
//! logins, so after one failure `check` must not try again in the same run — not with another
//! mechanism, not on another connection, not after a temporary error.

mod support;

use mailtriage::lab::{CertKind, Lab, Misbehaviour, Server, ServerSpec, Transport};
use scripted::{mailtriage, run, status};
use support::scripted;

const USER: &str = "lock.tester@example.test";
const PASSWORD: &str = "the-right-password";
const WRONG: &str = "a-wrong-password";
const NAME: &str = "mail.lockout.test";

/// A POP3 server offering USER/PASS only, as most of these tests want.
fn pop3(transport: Transport) -> ServerSpec {
    ServerSpec::pop3(transport, USER, PASSWORD)
        .greeting("+OK POP3 ready")
        .capabilities(&["USER", "UIDL"])
        .sasl(&[])
        .names(&[NAME])
}

fn smtp(transport: Transport) -> ServerSpec {
    ServerSpec::smtp(transport, USER, PASSWORD)
        .greeting("220 mail.test ESMTP ready")
        .names(&[NAME])
}

/// Commands that each start one login attempt. USER is not one (it only names the account);
/// its PASS is.
fn attempts(server: &Server) -> Vec<String> {
    server
        .log()
        .lines()
        .into_iter()
        .filter(|r| matches!(r.verb().as_str(), "PASS" | "AUTH" | "APOP"))
        .map(|r| format!("connection {}: {}", r.connection, r.verb()))
        .collect()
}

/// Run `check` with the wrong password and return its JSON document.
fn check_with_wrong_password(args: &[&str]) -> serde_json::Value {
    let mut all = vec![
        "check",
        "--json",
        "--timeout",
        "3",
        "--user",
        USER,
        "--password-env",
        "LOCKOUT_PW",
    ];
    all.extend_from_slice(args);
    let mut cmd = mailtriage(&all);
    cmd.env("LOCKOUT_PW", WRONG);
    let r = run(cmd);
    r.assert_well_behaved();
    assert_eq!(r.code, Some(1), "a refused login is a failed step");
    r.json()
}

/// `check` over plain text, the password allowed on it.
fn check_plain(flag: &str, server: &Server) -> serde_json::Value {
    let spec = server.addr().to_string();
    let security = format!("{flag}-security");
    check_with_wrong_password(&[flag, &spec, &security, "none", "--allow-plaintext-auth"])
}

/// `check` over TLS (implicit for POP3, STARTTLS for SMTP) to `NAME` pinned to the server,
/// trusting the lab's CA, plus `extra`.
fn check_tls(lab: &Lab, flag: &str, server: &Server, extra: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("temporary folder");
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, lab.pki().ca_pem()).expect("write the CA file");
    let ca = ca.to_string_lossy().into_owned();
    let port = server.port();
    let (spec, pin) = (format!("{NAME}:{port}"), format!("{NAME}:{port}:127.0.0.1"));
    let mut args = vec![flag, &spec, "--resolve", &pin, "--ca-file", &ca];
    args.extend_from_slice(extra);
    check_with_wrong_password(&args)
}

fn assert_one_attempt(server: &Server) {
    let seen = attempts(server);
    assert_eq!(seen.len(), 1, "login attempts: {seen:?}");
}

fn lab() -> Lab {
    Lab::new().expect("the lab")
}

#[test]
fn pop3_user_pass_is_tried_once() {
    let lab = lab();
    let server = lab
        .start(pop3(Transport::Plain).capabilities(&["USER", "PIPELINING", "UIDL"]))
        .unwrap();
    let doc = check_plain("--pop3", &server);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
}

#[test]
fn pop3_with_every_mechanism_offered_is_tried_once() {
    let lab = lab();
    let spec = pop3(Transport::ImplicitTls(CertKind::Valid))
        .greeting("+OK ready <77.1700000000@mail.lockout.test>")
        .capabilities(&["USER", "PIPELINING"])
        .sasl(&["PLAIN", "LOGIN", "CRAM-MD5"]);
    let server = lab.start(spec).unwrap();
    let doc = check_tls(&lab, "--pop3", &server, &[]);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
    assert_eq!(server.log().tls_handshakes(), 1);
}

#[test]
fn pop3_auth_login_is_tried_once() {
    let lab = lab();
    let server = lab
        .start(pop3(Transport::Plain).capabilities(&[]).sasl(&["LOGIN"]))
        .unwrap();
    let doc = check_plain("--pop3", &server);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
}

#[test]
fn pop3_apop_is_tried_once() {
    let lab = lab();
    // Without USER among the capabilities, the timestamp's APOP is the way in.
    let spec = pop3(Transport::Plain)
        .greeting("+OK ready <77.1700000000@mail.lockout.test>")
        .capabilities(&["UIDL"]);
    let server = lab.start(spec).unwrap();
    let doc = check_plain("--pop3", &server);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
    assert!(server.log().received("APOP"), "{:?}", server.log().verbs());
}

#[test]
fn smtp_with_plain_and_login_offered_after_starttls_is_tried_once() {
    let lab = lab();
    let spec = smtp(Transport::Starttls(CertKind::Valid)).sasl(&["PLAIN", "LOGIN", "CRAM-MD5"]);
    let server = lab.start(spec).unwrap();
    let doc = check_tls(
        &lab,
        "--smtp",
        &server,
        &[
            "--smtp-security",
            "starttls",
            "--from",
            USER,
            "--to",
            "someone@example.test",
        ],
    );
    assert_eq!(status(&doc, "outgoing", "login"), "failed");
    assert_one_attempt(&server);
    // No dry run after a refused login either.
    assert!(!server.log().received("MAIL"));
}

#[test]
fn smtp_auth_login_is_tried_once() {
    let lab = lab();
    let server = lab.start(smtp(Transport::Plain).sasl(&["LOGIN"])).unwrap();
    let doc = check_plain("--smtp", &server);
    assert_eq!(status(&doc, "outgoing", "login"), "failed");
    assert_one_attempt(&server);
}

/// A temporary refusal invites a retry; the check still does not retry within the run.
#[test]
fn a_temporary_refusal_is_not_retried() {
    let lab = lab();
    let spec = smtp(Transport::Plain)
        .greeting("220 ready")
        .capabilities(&[])
        .reply("AUTH", "454 4.7.0 Temporary authentication failure");
    let server = lab.start(spec).unwrap();
    let doc = check_plain("--smtp", &server);
    assert_eq!(status(&doc, "outgoing", "login"), "failed");
    assert_one_attempt(&server);
}

/// A server that drops the connection on a failed login: no new connection to try again.
#[test]
fn a_dropped_connection_after_a_refusal_is_not_reopened() {
    let lab = lab();
    let spec = pop3(Transport::Plain)
        .greeting("+OK ready")
        .capabilities(&["USER"])
        .sasl(&["PLAIN"])
        .reply("PASS", "-ERR [AUTH] go away")
        .reply("AUTH", "-ERR [AUTH] go away")
        .misbehave(Misbehaviour::HangUpAfterRefusedLogin);
    let server = lab.start(spec).unwrap();
    let doc = check_plain("--pop3", &server);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
    let sessions = server.log().verbs().iter().filter(|v| *v == "CAPA").count();
    assert_eq!(sessions, 1, "one POP3 session per run");
}

/// Both panels on one mail host (one account for POP3 and SMTP): one attempt each.
#[test]
fn each_server_of_the_run_sees_one_attempt() {
    let lab = lab();
    let pop = lab.start(pop3(Transport::Plain)).unwrap();
    let sub = lab.start(smtp(Transport::Plain)).unwrap();
    let (pop_spec, smtp_spec) = (pop.addr().to_string(), sub.addr().to_string());
    let doc = check_with_wrong_password(&[
        "--pop3",
        &pop_spec,
        "--pop3-security",
        "none",
        "--smtp",
        &smtp_spec,
        "--smtp-security",
        "none",
        "--allow-plaintext-auth",
    ]);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_eq!(status(&doc, "outgoing", "login"), "failed");
    assert_one_attempt(&pop);
    assert_one_attempt(&sub);
}
