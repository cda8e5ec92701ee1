//! No leaks: the real binary, in many modes against scripted servers, with a distinctive
//! password. Every artifact it leaves (stdout, stderr, the JSON document, support reports,
//! private or not) is searched for the password and for each form it takes on the wire.

mod scripted;

use std::path::Path;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use mailtriage::proto::sasl::apop_digest;
use scripted::{
    Peer, Pop3Behaviour, Server, SmtpBehaviour, TestTls, mailtriage, pop3, run, smtp, verb,
};

const USER: &str = "leak.tester@example.test";
const PASSWORD: &str = "Cq7#leak-canary-Xv2!";
const APOP_STAMP: &str = "<4242.1700000000@pop.leak.test>";
const NAME: &str = "mail.leak.test";

/// The password as it could leak: itself, the SASL PLAIN and LOGIN answers, and the APOP digest.
fn forms() -> Vec<(&'static str, String)> {
    vec![
        ("password", PASSWORD.to_string()),
        (
            "PLAIN response",
            STANDARD.encode(format!("\0{USER}\0{PASSWORD}")),
        ),
        ("LOGIN response", STANDARD.encode(PASSWORD)),
        ("APOP digest", apop_digest(APOP_STAMP, PASSWORD)),
    ]
}

fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for (name, form) in forms() {
        assert!(
            !text.contains(&form),
            "the {name} appears in {what}:\n{text}"
        );
    }
}

/// Run `args` twice — JSON with a report, then text with a private report — and check every
/// artifact. Returns the JSON document of the first run.
fn check_all_artifacts(label: &str, args: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("temporary folder");
    let report = dir.path().join("report.md");
    let private = dir.path().join("private.md");
    let runs = [
        (vec!["--json", "--report"], &report),
        (vec!["--report"], &private),
    ];
    let mut json = serde_json::Value::Null;
    for (i, (extra, path)) in runs.iter().enumerate() {
        let mut all: Vec<&str> = vec!["check", "--timeout", "3"];
        all.extend_from_slice(args);
        let path_arg = path.to_string_lossy().into_owned();
        all.extend(extra.iter().copied());
        all.push(&path_arg);
        if i == 1 {
            all.push("--private");
        }
        all.extend(["--user", USER, "--password-env", "LEAK_TEST_PASSWORD"]);
        let mut cmd = mailtriage(&all);
        cmd.env("LEAK_TEST_PASSWORD", PASSWORD);
        let r = run(cmd);
        r.assert_well_behaved();
        assert_clean(&format!("{label}: stdout"), &r.stdout);
        assert_clean(&format!("{label}: stderr"), &r.stderr);
        let written = std::fs::read(path).expect("report written");
        assert!(!written.is_empty(), "{label}: empty report");
        assert_clean(&format!("{label}: {}", path.display()), &written);
        if i == 0 {
            json = r.json();
        }
    }
    json
}

/// The server saw the password in some form: the run really used it.
fn assert_password_was_sent(server: &Server) {
    let forms = forms();
    let sent = server
        .received()
        .iter()
        .any(|r| forms.iter().any(|(_, f)| r.line.contains(f.as_str())));
    assert!(
        sent,
        "the password never reached the server: the test proves nothing"
    );
}

fn login_status(doc: &serde_json::Value, panel: &str) -> String {
    scripted::status(doc, panel, "login")
}

#[test]
fn pop3_login_that_works() {
    let server = Server::start(pop3(Pop3Behaviour::new(USER, PASSWORD)));
    let spec = server.hostport();
    let doc = check_all_artifacts(
        "pop3 ok",
        &[
            "--pop3",
            &spec,
            "--pop3-security",
            "none",
            "--allow-plaintext-auth",
        ],
    );
    assert_eq!(login_status(&doc, "incoming"), "ok");
    assert_password_was_sent(&server);
}

#[test]
fn pop3_wrong_password() {
    let server = Server::start(pop3(Pop3Behaviour::new(USER, "another password")));
    let spec = server.hostport();
    let doc = check_all_artifacts(
        "pop3 wrong password",
        &[
            "--pop3",
            &spec,
            "--pop3-security",
            "none",
            "--allow-plaintext-auth",
        ],
    );
    assert_eq!(login_status(&doc, "incoming"), "failed");
    assert_password_was_sent(&server);
}

/// Pin the test name to the server and trust its CA.
fn tls_args(server: &Server, tls: &TestTls, dir: &Path) -> (String, String, String) {
    let port = server.port();
    (
        format!("{NAME}:{port}"),
        format!("{NAME}:{port}:127.0.0.1"),
        tls.ca_file(dir).to_string_lossy().into_owned(),
    )
}

#[test]
fn pop3_stls_and_auth_plain() {
    let tls = TestTls::new(NAME);
    let mut b = Pop3Behaviour::new(USER, PASSWORD);
    b.capa = Some(vec!["USER".into(), "SASL PLAIN LOGIN".into()]);
    b.stls = Some(Arc::clone(&tls.config));
    let server = Server::start(pop3(b));
    let dir = tempfile::tempdir().expect("temporary folder");
    let (spec, pin, ca) = tls_args(&server, &tls, dir.path());
    let doc = check_all_artifacts(
        "pop3 stls",
        &[
            "--pop3",
            &spec,
            "--pop3-security",
            "starttls",
            "--resolve",
            &pin,
            "--ca-file",
            &ca,
        ],
    );
    assert_eq!(login_status(&doc, "incoming"), "ok");
    assert_eq!(
        scripted::panel(&doc, "incoming")["facts"]["login_method"],
        "AUTH PLAIN"
    );
}

#[test]
fn pop3_implicit_tls_and_auth_login() {
    let tls = TestTls::new(NAME);
    let config = Arc::clone(&tls.config);
    let mut b = Pop3Behaviour::new(USER, "wrong on purpose");
    b.capa = Some(vec!["SASL LOGIN".into()]);
    let script = pop3(b);
    let server = Server::start(move |peer: &mut Peer| {
        if peer.start_tls(&config) {
            script(peer);
        }
    });
    let dir = tempfile::tempdir().expect("temporary folder");
    let (spec, pin, ca) = tls_args(&server, &tls, dir.path());
    let doc = check_all_artifacts(
        "pop3 tls login",
        &[
            "--pop3",
            &spec,
            "--pop3-security",
            "tls",
            "--resolve",
            &pin,
            "--ca-file",
            &ca,
        ],
    );
    assert_eq!(login_status(&doc, "incoming"), "failed");
    assert_eq!(
        scripted::panel(&doc, "incoming")["facts"]["login_method"],
        "AUTH LOGIN"
    );
}

#[test]
fn pop3_apop() {
    let mut b = Pop3Behaviour::new(USER, PASSWORD);
    b.greeting = format!("+OK POP3 ready {APOP_STAMP}");
    // Without USER offered, APOP is the way in.
    b.capa = Some(vec!["UIDL".into()]);
    let server = Server::start(pop3(b));
    let spec = server.hostport();
    let doc = check_all_artifacts(
        "pop3 apop",
        &[
            "--pop3",
            &spec,
            "--pop3-security",
            "none",
            "--allow-plaintext-auth",
        ],
    );
    assert_eq!(
        scripted::panel(&doc, "incoming")["facts"]["login_method"],
        "APOP"
    );
    assert_password_was_sent(&server);
}

#[test]
fn smtp_starttls_auth_plain_and_dry_run() {
    let tls = TestTls::new(NAME);
    let mut b = SmtpBehaviour::new(USER, PASSWORD);
    b.starttls = Some(Arc::clone(&tls.config));
    let server = Server::start(smtp(b));
    let dir = tempfile::tempdir().expect("temporary folder");
    let (spec, pin, ca) = tls_args(&server, &tls, dir.path());
    let doc = check_all_artifacts(
        "smtp starttls",
        &[
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
        ],
    );
    assert_eq!(login_status(&doc, "outgoing"), "ok");
    assert_eq!(scripted::status(&doc, "outgoing", "rset"), "ok");
}

#[test]
fn smtp_auth_login_wrong_password() {
    let mut b = SmtpBehaviour::new(USER, "not this one");
    b.mechanisms = vec!["LOGIN".into()];
    let server = Server::start(smtp(b));
    let spec = server.hostport();
    let doc = check_all_artifacts(
        "smtp login",
        &[
            "--smtp",
            &spec,
            "--smtp-security",
            "none",
            "--allow-plaintext-auth",
        ],
    );
    assert_eq!(login_status(&doc, "outgoing"), "failed");
    assert_password_was_sent(&server);
}

/// Servers that repeat the client's command in their error, as some do for commands they do
/// not understand: the password comes back from the server, and must still not be shown.
#[test]
fn servers_that_echo_the_password_back() {
    let pop = Server::start(|peer: &mut Peer| {
        if !peer.send(b"+OK ready\r\n") {
            return;
        }
        while let Some(line) = peer.line() {
            let reply = match verb(&line).as_str() {
                "CAPA" => "+OK\r\nUSER\r\n.".to_string(),
                "USER" => "+OK".to_string(),
                "QUIT" => {
                    peer.send(b"+OK\r\n");
                    return;
                }
                _ => format!("-ERR [AUTH] bad credentials in \"{line}\""),
            };
            if !peer.send(format!("{reply}\r\n").as_bytes()) {
                return;
            }
        }
    });
    let smtp_server = Server::start(|peer: &mut Peer| {
        if !peer.send(b"220 ready\r\n") {
            return;
        }
        while let Some(line) = peer.line() {
            let reply = match verb(&line).as_str() {
                "EHLO" => "250-mail.test\r\n250 AUTH PLAIN".to_string(),
                "QUIT" => {
                    peer.send(b"221 bye\r\n");
                    return;
                }
                _ => format!("535-5.7.8 rejected: {line}\r\n535 5.7.8 ({line})"),
            };
            if !peer.send(format!("{reply}\r\n").as_bytes()) {
                return;
            }
        }
    });
    let (pop_spec, smtp_spec) = (pop.hostport(), smtp_server.hostport());
    let doc = check_all_artifacts(
        "echo",
        &[
            "--pop3",
            &pop_spec,
            "--pop3-security",
            "none",
            "--smtp",
            &smtp_spec,
            "--smtp-security",
            "none",
            "--allow-plaintext-auth",
        ],
    );
    assert_eq!(login_status(&doc, "incoming"), "failed");
    assert_eq!(login_status(&doc, "outgoing"), "failed");
    assert_password_was_sent(&pop);
    assert_password_was_sent(&smtp_server);
    let evidence =
        scripted::step(&doc, "incoming", "login").expect("login step")["evidence"]["reply"]
            .as_str()
            .expect("the refusal is kept")
            .to_string();
    assert!(evidence.contains("PASS ***"), "{evidence}");
}

/// A private report names neither the server nor its address nor the user, anywhere: not in
/// the settings, the steps, the evidence or the transcript.
#[test]
fn private_report_hides_names_and_addresses() {
    let mut b = Pop3Behaviour::new(USER, "wrong on purpose");
    b.greeting = "+OK pop.leak.test POP3 ready for leak.tester@example.test".into();
    let server = Server::start(pop3(b));
    let port = server.port();
    let spec = format!("{NAME}:{port}");
    let pin = format!("{NAME}:{port}:127.0.0.1");
    let dir = tempfile::tempdir().expect("temporary folder");
    let report = dir.path().join("private.md");
    let report_arg = report.to_string_lossy().into_owned();
    let mut cmd = mailtriage(&[
        "check",
        "--timeout",
        "3",
        "--pop3",
        &spec,
        "--pop3-security",
        "none",
        "--resolve",
        &pin,
        "--allow-plaintext-auth",
        "--user",
        USER,
        "--password-env",
        "LEAK_TEST_PASSWORD",
        "--report",
        &report_arg,
        "--private",
    ]);
    cmd.env("LEAK_TEST_PASSWORD", PASSWORD);
    let r = run(cmd);
    r.assert_well_behaved();
    let text = std::fs::read_to_string(&report).expect("report written");
    for hidden in ["leak.test", "127.0.0.1", "leak.tester", "example.test"] {
        assert!(
            !text.contains(hidden),
            "{hidden:?} in the private report:\n{text}"
        );
    }
    for shown in [
        "server `host-1`",
        "C: USER user-1@host-2",
        "-ERR [AUTH] Authentication failed.",
        "## Transcripts",
    ] {
        assert!(text.contains(shown), "{shown:?} missing:\n{text}");
    }
    // Only the report is private: the terminal output still names the server.
    assert!(r.stdout_text().contains(NAME));
}

#[test]
fn a_report_path_that_cannot_be_written_stops_before_any_connection() {
    let server = Server::start(pop3(Pop3Behaviour::new(USER, PASSWORD)));
    let spec = server.hostport();
    let r = run(mailtriage(&[
        "check",
        "--pop3",
        &spec,
        "--report",
        "/nonexistent-folder/report.md",
    ]));
    assert_eq!(r.code, Some(2), "{}", r.stderr_text());
    assert!(r.stderr_text().contains("--report"), "{}", r.stderr_text());
    assert_eq!(server.connections(), 0);
}
