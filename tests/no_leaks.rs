//! No leaks: the real binary, in many modes against scripted servers, with a distinctive
//! password. Every artifact it leaves (stdout, stderr, the JSON document, support reports,
//! private or not) is searched for the password and for each form it takes on the wire.

mod support;

use std::path::Path;
use support::scripted;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use mailtriage::lab::{CertKind, Lab, Server, ServerSpec, Transport};
use mailtriage::proto::sasl::apop_digest;
use scripted::{mailtriage, run};

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

/// A POP3 server offering USER/PASS only, knowing the account with this password.
fn pop3(transport: Transport, password: &str) -> ServerSpec {
    ServerSpec::pop3(transport, USER, password)
        .greeting("+OK POP3 ready")
        .capabilities(&["USER", "UIDL"])
        .sasl(&[])
        .names(&[NAME])
}

fn smtp(transport: Transport, password: &str) -> ServerSpec {
    ServerSpec::smtp(transport, USER, password)
        .greeting("220 mail.test ESMTP ready")
        .names(&[NAME])
}

fn lab() -> Lab {
    Lab::new().expect("the lab")
}

/// The server saw the password in some form: the run really used it.
fn assert_password_was_sent(server: &Server) {
    let forms = forms();
    let sent = server
        .log()
        .lines()
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
    let lab = lab();
    let server = lab.start(pop3(Transport::Plain, PASSWORD)).unwrap();
    let spec = server.addr().to_string();
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
    let lab = lab();
    let server = lab
        .start(pop3(Transport::Plain, "another password"))
        .unwrap();
    let spec = server.addr().to_string();
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
fn tls_args(server: &Server, lab: &Lab, dir: &Path) -> (String, String, String) {
    let port = server.port();
    let ca = dir.join("ca.pem");
    std::fs::write(&ca, lab.pki().ca_pem()).expect("write the CA file");
    (
        format!("{NAME}:{port}"),
        format!("{NAME}:{port}:127.0.0.1"),
        ca.to_string_lossy().into_owned(),
    )
}

#[test]
fn pop3_stls_and_auth_plain() {
    let lab = lab();
    let spec = pop3(Transport::Starttls(CertKind::Valid), PASSWORD)
        .capabilities(&["USER"])
        .sasl(&["PLAIN", "LOGIN"]);
    let server = lab.start(spec).unwrap();
    let dir = tempfile::tempdir().expect("temporary folder");
    let (spec, pin, ca) = tls_args(&server, &lab, dir.path());
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
    let lab = lab();
    let spec = pop3(Transport::ImplicitTls(CertKind::Valid), "wrong on purpose")
        .capabilities(&[])
        .sasl(&["LOGIN"]);
    let server = lab.start(spec).unwrap();
    let dir = tempfile::tempdir().expect("temporary folder");
    let (spec, pin, ca) = tls_args(&server, &lab, dir.path());
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
    let lab = lab();
    // Without USER offered, APOP is the way in.
    let spec = pop3(Transport::Plain, PASSWORD)
        .greeting(&format!("+OK POP3 ready {APOP_STAMP}"))
        .capabilities(&["UIDL"]);
    let server = lab.start(spec).unwrap();
    let spec = server.addr().to_string();
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
    // The lab judges the digest: the right password logs in.
    assert_eq!(login_status(&doc, "incoming"), "ok");
    assert_password_was_sent(&server);
}

#[test]
fn smtp_starttls_auth_plain_and_dry_run() {
    let lab = lab();
    let server = lab
        .start(smtp(Transport::Starttls(CertKind::Valid), PASSWORD))
        .unwrap();
    let dir = tempfile::tempdir().expect("temporary folder");
    let (spec, pin, ca) = tls_args(&server, &lab, dir.path());
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
    let lab = lab();
    let server = lab
        .start(smtp(Transport::Plain, "not this one").sasl(&["LOGIN"]))
        .unwrap();
    let spec = server.addr().to_string();
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
    let lab = lab();
    let pop = lab
        .start(
            pop3(Transport::Plain, PASSWORD)
                .greeting("+OK ready")
                .capabilities(&["USER"])
                .reply("PASS", "-ERR [AUTH] bad credentials in \"{line}\""),
        )
        .unwrap();
    let smtp_server = lab
        .start(
            smtp(Transport::Plain, PASSWORD)
                .greeting("220 ready")
                .capabilities(&[])
                .sasl(&["PLAIN"])
                .reply("AUTH", "535-5.7.8 rejected: {line}\n535 5.7.8 ({line})"),
        )
        .unwrap();
    let (pop_spec, smtp_spec) = (pop.addr().to_string(), smtp_server.addr().to_string());
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
    let lab = lab();
    let spec = pop3(Transport::Plain, "wrong on purpose")
        .greeting("+OK pop.leak.test POP3 ready for leak.tester@example.test");
    let server = lab.start(spec).unwrap();
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
    let lab = lab();
    let server = lab.start(pop3(Transport::Plain, PASSWORD)).unwrap();
    let spec = server.addr().to_string();
    let r = run(mailtriage(&[
        "check",
        "--pop3",
        &spec,
        "--report",
        "/nonexistent-folder/report.md",
    ]));
    assert_eq!(r.code, Some(2), "{}", r.stderr_text());
    assert!(r.stderr_text().contains("--report"), "{}", r.stderr_text());
    assert_eq!(server.log().connections(), 0);
}
