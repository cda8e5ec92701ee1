//! No lock-outs: servers count login attempts. Providers lock an account after a few failed
//! logins, so after one failure `check` must not try again in the same run — not with another
//! mechanism, not on another connection, not after a temporary error.

mod scripted;

use std::sync::Arc;

use scripted::{
    Peer, Pop3Behaviour, Server, SmtpBehaviour, TestTls, mailtriage, pop3, run, smtp, status, verb,
};

const USER: &str = "lock.tester@example.test";
const PASSWORD: &str = "the-right-password";
const WRONG: &str = "a-wrong-password";
const NAME: &str = "mail.lockout.test";

/// Commands that each start one login attempt. USER is not one (it only names the account);
/// its PASS is.
fn attempts(server: &Server) -> Vec<String> {
    server
        .received()
        .into_iter()
        .filter(|r| matches!(verb(&r.line).as_str(), "PASS" | "AUTH" | "APOP"))
        .map(|r| format!("connection {}: {}", r.conn, verb(&r.line)))
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

fn assert_one_attempt(server: &Server) {
    let seen = attempts(server);
    assert_eq!(seen.len(), 1, "login attempts: {seen:?}");
}

#[test]
fn pop3_user_pass_is_tried_once() {
    let mut b = Pop3Behaviour::new(USER, PASSWORD);
    b.capa = Some(vec!["USER".into(), "PIPELINING".into(), "UIDL".into()]);
    let server = Server::start(pop3(b));
    let spec = server.hostport();
    let doc = check_with_wrong_password(&[
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--allow-plaintext-auth",
    ]);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
}

#[test]
fn pop3_with_every_mechanism_offered_is_tried_once() {
    let tls = TestTls::new(NAME);
    let config = Arc::clone(&tls.config);
    let mut b = Pop3Behaviour::new(USER, PASSWORD);
    b.greeting = "+OK ready <77.1700000000@mail.lockout.test>".into();
    b.capa = Some(vec![
        "USER".into(),
        "SASL PLAIN LOGIN CRAM-MD5".into(),
        "PIPELINING".into(),
    ]);
    let script = pop3(b);
    let server = Server::start(move |peer: &mut Peer| {
        if peer.start_tls(&config) {
            script(peer);
        }
    });
    let dir = tempfile::tempdir().expect("temporary folder");
    let port = server.port();
    let (spec, pin) = (format!("{NAME}:{port}"), format!("{NAME}:{port}:127.0.0.1"));
    let ca = tls.ca_file(dir.path()).to_string_lossy().into_owned();
    let doc = check_with_wrong_password(&["--pop3", &spec, "--resolve", &pin, "--ca-file", &ca]);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
}

#[test]
fn pop3_auth_login_is_tried_once() {
    let mut b = Pop3Behaviour::new(USER, PASSWORD);
    b.capa = Some(vec!["SASL LOGIN".into()]);
    let server = Server::start(pop3(b));
    let spec = server.hostport();
    let doc = check_with_wrong_password(&[
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--allow-plaintext-auth",
    ]);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
}

#[test]
fn pop3_apop_is_tried_once() {
    let mut b = Pop3Behaviour::new(USER, PASSWORD);
    b.greeting = "+OK ready <77.1700000000@mail.lockout.test>".into();
    let server = Server::start(pop3(b));
    let spec = server.hostport();
    let doc = check_with_wrong_password(&[
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--allow-plaintext-auth",
    ]);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
}

#[test]
fn smtp_with_plain_and_login_offered_after_starttls_is_tried_once() {
    let tls = TestTls::new(NAME);
    let mut b = SmtpBehaviour::new(USER, PASSWORD);
    b.mechanisms = vec!["PLAIN".into(), "LOGIN".into(), "CRAM-MD5".into()];
    b.starttls = Some(Arc::clone(&tls.config));
    let server = Server::start(smtp(b));
    let dir = tempfile::tempdir().expect("temporary folder");
    let port = server.port();
    let (spec, pin) = (format!("{NAME}:{port}"), format!("{NAME}:{port}:127.0.0.1"));
    let ca = tls.ca_file(dir.path()).to_string_lossy().into_owned();
    let doc = check_with_wrong_password(&[
        "--smtp",
        &spec,
        "--smtp-security",
        "starttls",
        "--resolve",
        &pin,
        "--ca-file",
        &ca,
        "--from",
        USER,
        "--to",
        "someone@example.test",
    ]);
    assert_eq!(status(&doc, "outgoing", "login"), "failed");
    assert_one_attempt(&server);
    // No dry run after a refused login either.
    let mail = server
        .received()
        .iter()
        .filter(|r| verb(&r.line) == "MAIL")
        .count();
    assert_eq!(mail, 0);
}

#[test]
fn smtp_auth_login_is_tried_once() {
    let mut b = SmtpBehaviour::new(USER, PASSWORD);
    b.mechanisms = vec!["LOGIN".into()];
    let server = Server::start(smtp(b));
    let spec = server.hostport();
    let doc = check_with_wrong_password(&[
        "--smtp",
        &spec,
        "--smtp-security",
        "none",
        "--allow-plaintext-auth",
    ]);
    assert_eq!(status(&doc, "outgoing", "login"), "failed");
    assert_one_attempt(&server);
}

/// A temporary refusal invites a retry; the check still does not retry within the run.
#[test]
fn a_temporary_refusal_is_not_retried() {
    let server = Server::start(|peer: &mut Peer| {
        if !peer.send(b"220 ready\r\n") {
            return;
        }
        while let Some(line) = peer.line() {
            let reply: &[u8] = match verb(&line).as_str() {
                "EHLO" => b"250-mail.test\r\n250 AUTH PLAIN LOGIN\r\n",
                "AUTH" => b"454 4.7.0 Temporary authentication failure\r\n",
                "QUIT" => b"221 bye\r\n",
                _ => b"502 no\r\n",
            };
            if !peer.send(reply) {
                return;
            }
        }
    });
    let spec = server.hostport();
    let doc = check_with_wrong_password(&[
        "--smtp",
        &spec,
        "--smtp-security",
        "none",
        "--allow-plaintext-auth",
    ]);
    assert_eq!(status(&doc, "outgoing", "login"), "failed");
    assert_one_attempt(&server);
}

/// A server that drops the connection on a failed login: no new connection to try again.
#[test]
fn a_dropped_connection_after_a_refusal_is_not_reopened() {
    let server = Server::start(|peer: &mut Peer| {
        if !peer.send(b"+OK ready\r\n") {
            return;
        }
        while let Some(line) = peer.line() {
            match verb(&line).as_str() {
                "CAPA" => {
                    if !peer.send(b"+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n") {
                        return;
                    }
                }
                "AUTH" | "USER" | "PASS" => {
                    peer.send(b"-ERR [AUTH] go away\r\n");
                    return;
                }
                _ => {
                    if !peer.send(b"-ERR no\r\n") {
                        return;
                    }
                }
            }
        }
    });
    let spec = server.hostport();
    let doc = check_with_wrong_password(&[
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--allow-plaintext-auth",
    ]);
    assert_eq!(status(&doc, "incoming", "login"), "failed");
    assert_one_attempt(&server);
    let sessions = server
        .received()
        .iter()
        .filter(|r| verb(&r.line) == "CAPA")
        .count();
    assert_eq!(sessions, 1, "one POP3 session per run");
}

/// Both panels on one mail host (one account for POP3 and SMTP): one attempt each.
#[test]
fn each_server_of_the_run_sees_one_attempt() {
    let pop = Server::start(pop3(Pop3Behaviour::new(USER, PASSWORD)));
    let sub = Server::start(smtp(SmtpBehaviour::new(USER, PASSWORD)));
    let (pop_spec, smtp_spec) = (pop.hostport(), sub.hostport());
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
