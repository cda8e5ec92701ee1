//! Integration tests of `mailtriage check --imap`: the real binary against a small scripted IMAP
//! server on 127.0.0.1 named `mail.test` (pinned with `--resolve`), over every security mode,
//! with refused logins, bad certificates and the wrong protocol on the port.

mod support;

use mailtriage::lab::{CertKind, Server, ServerSpec, Transport};
use serde_json::Value;
use support::kit::{Kit, imap};
use support::*;

/// Commands that read a message or change a mailbox: never sent by a check.
const NEVER_SENT: [&str; 10] = [
    "SELECT", "FETCH", "STORE", "EXPUNGE", "COPY", "MOVE", "APPEND", "CREATE", "DELETE", "RENAME",
];

/// An IMAP server over implicit TLS with a valid certificate.
fn tls_imap() -> ServerSpec {
    imap(Transport::ImplicitTls(CertKind::Valid))
}

/// An IMAP server offering STARTTLS with this certificate.
fn starttls_imap(cert: CertKind) -> ServerSpec {
    imap(Transport::Starttls(cert))
}

/// A check of the incoming panel alone, spoken to in IMAP.
fn imap_check(port: u16, security: &str, kit: &Kit) -> CheckCommand {
    CheckCommand::new()
        .args([
            "--imap".to_string(),
            format!("{SERVER_NAME}:{port}"),
            "--imap-security".to_string(),
            security.to_string(),
            "--resolve".to_string(),
            format!("{SERVER_NAME}:{port}:127.0.0.1"),
        ])
        .arg("--ca-file")
        .arg(kit.ca_file_arg())
        .user(USER)
        .only("incoming")
}

/// The lines a client sent that carry its credentials.
fn login_lines(server: &Server) -> Vec<mailtriage::lab::Received> {
    server
        .log()
        .lines()
        .into_iter()
        .filter(|r| matches!(r.imap_command().as_str(), "LOGIN" | "AUTHENTICATE"))
        .collect()
}

fn assert_never_sent_imap(server: &Server) {
    for received in server.log().lines() {
        let verb = received.imap_command();
        assert!(
            !NEVER_SENT.contains(&verb.as_str()),
            "the check sent {:?}",
            received.line
        );
    }
}

fn assert_logged_in_and_counted(doc: &Value) {
    assert_step(doc, "incoming", "greeting", "ok");
    assert_step(doc, "incoming", "login", "ok");
    assert_step(doc, "incoming", "stat", "ok");
    assert_step(doc, "incoming", "quit", "ok");
    let facts = &panel(doc, "incoming")["facts"];
    assert_eq!(facts["login_ok"], true, "{}", summary(doc));
    assert_eq!(facts["message_count"], 2, "{}", summary(doc));
}

#[test]
fn logs_in_over_implicit_tls() {
    let kit = Kit::new();
    let server = kit.start(tls_imap());
    let out = imap_check(server.port(), "tls", &kit)
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_eq!(
        panel(doc, "incoming")["protocol"],
        "imap",
        "{}",
        summary(doc)
    );
    assert_step(doc, "incoming", "tls", "ok");
    assert_logged_in_and_counted(doc);
    assert_no_problem_findings(doc);
    assert_no_secret(&out, USER, PASSWORD);
    let logins = login_lines(&server);
    assert_eq!(logins.len(), 1, "{logins:?}");
    assert!(logins[0].over_tls);
    assert_never_sent_imap(&server);
}

#[test]
fn upgrades_with_starttls_before_the_password() {
    let kit = Kit::new();
    let server = kit.start(starttls_imap(CertKind::Valid));
    let out = imap_check(server.port(), "starttls", &kit)
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_step(doc, "incoming", "starttls", "ok");
    assert_step(doc, "incoming", "tls", "ok");
    assert_logged_in_and_counted(doc);
    let logins = login_lines(&server);
    assert_eq!(logins.len(), 1, "{logins:?}");
    assert!(logins[0].over_tls, "the password went before the upgrade");
    assert_eq!(server.log().tls_handshakes(), 1);
    assert_never_sent_imap(&server);
}

#[test]
fn starttls_missing_is_named_and_no_password_goes_out() {
    let kit = Kit::new();
    let server = kit.start(imap(Transport::Plain));
    let out = imap_check(server.port(), "starttls", &kit)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_finding(doc, "starttls-not-offered");
    let f = finding(doc, "starttls-not-offered");
    let text = f.to_string();
    assert!(text.contains("993"), "{text}");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn plain_text_without_the_opt_in_sends_no_password() {
    let kit = Kit::new();
    let server = kit.start(imap(Transport::Plain));
    let out = imap_check(server.port(), "none", &kit)
        .password(PASSWORD)
        .run_json();
    let doc = &out.json;
    assert_step(doc, "incoming", "greeting", "ok");
    assert!(
        login_lines(&server).is_empty(),
        "{:?}",
        server.log().lines()
    );
    assert_finding(doc, "auth-refused-insecure");
    assert_no_secret(&out, USER, PASSWORD);
}

#[test]
fn plain_text_with_the_opt_in_logs_in() {
    let kit = Kit::new();
    let server = kit.start(imap(Transport::Plain));
    let out = imap_check(server.port(), "none", &kit)
        .arg("--allow-plaintext-auth")
        .password(PASSWORD)
        .run_json();
    let doc = &out.json;
    assert_logged_in_and_counted(doc);
    assert_eq!(login_lines(&server).len(), 1);
}

#[test]
fn a_wrong_password_is_auth_failed_after_one_try() {
    let kit = Kit::new();
    let server = kit.start(tls_imap());
    let out = imap_check(server.port(), "tls", &kit)
        .password("not-the-password")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "incoming", "login", "failed");
    assert_finding_quotes(doc, "auth-failed", "AUTHENTICATIONFAILED");
    assert_eq!(login_lines(&server).len(), 1);
    assert_eq!(server.log().connections(), 1);
    assert_no_secret(&out, USER, "not-the-password");
}

#[test]
fn login_disabled_in_plain_text_is_named_and_nothing_is_sent() {
    let kit = Kit::new();
    let server = kit.start(imap(Transport::Plain).sasl_only_over_tls());
    let out = imap_check(server.port(), "none", &kit)
        .arg("--allow-plaintext-auth")
        .password(PASSWORD)
        .run_json();
    assert_finding(&out.json, "auth-plaintext-disallowed");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn privacy_required_is_plaintext_refused() {
    let kit = Kit::new();
    let reply =
        "NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure connections";
    let server = kit.start(
        imap(Transport::Plain)
            .reply("LOGIN", reply)
            .reply("AUTHENTICATE", reply),
    );
    let out = imap_check(server.port(), "none", &kit)
        .arg("--allow-plaintext-auth")
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let ids = finding_ids(doc);
    assert!(
        ids.iter().any(|id| id == "auth-plaintext-disallowed"),
        "{}",
        summary(doc)
    );
    assert!(login_lines(&server).len() <= 1);
}

#[test]
fn an_expired_certificate_is_named() {
    let kit = Kit::new();
    let server = kit.start(imap(Transport::ImplicitTls(CertKind::Expired)));
    let out = imap_check(server.port(), "tls", &kit)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    assert_finding(&out.json, "cert-expired");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn a_misnamed_certificate_is_named() {
    let kit = Kit::new();
    let server = kit.start(starttls_imap(CertKind::WrongName));
    let out = imap_check(server.port(), "starttls", &kit)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    assert_finding(&out.json, "cert-hostname-mismatch");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn a_tls_setting_on_a_plain_text_port_is_named() {
    let kit = Kit::new();
    let server = kit.start(imap(Transport::Plain));
    let out = imap_check(server.port(), "tls", &kit)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    assert_finding(&out.json, "tls-on-plaintext-port");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn a_plain_setting_on_a_tls_port_is_named_without_waiting() {
    let kit = Kit::new();
    let server = kit.start(tls_imap());
    let out = imap_check(server.port(), "starttls", &kit)
        .timeout("10")
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let greeting = assert_step(doc, "incoming", "greeting", "failed");
    evidence(greeting, "speaks-tls");
    assert!(
        greeting["detail"].to_string().contains("no IMAP greeting"),
        "{greeting}"
    );
    let elapsed = greeting["elapsed_ms"].as_f64().unwrap_or(f64::MAX);
    assert!(elapsed < 9_000.0, "greeting step took {elapsed} ms");
    assert_finding(doc, "plaintext-on-tls-port");
}

#[test]
fn a_pop3_server_on_the_imap_setting_is_the_wrong_protocol() {
    let kit = Kit::new();
    let server = kit.start(support::kit::pop3(Transport::Plain));
    let out = imap_check(server.port(), "none", &kit)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let f = assert_finding_quotes(&out.json, "wrong-protocol-on-port", "+OK");
    assert!(f.to_string().contains("POP3"), "{f:#}");
}

#[test]
fn an_imap_server_on_the_pop3_setting_is_the_wrong_protocol() {
    let kit = Kit::new();
    let server = kit.start(imap(Transport::Plain));
    let out = CheckCommand::new()
        .pop3(server.port(), "none")
        .arg("--ca-file")
        .arg(kit.ca_file_arg())
        .user(USER)
        .only("incoming")
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let f = assert_finding_quotes(&out.json, "wrong-protocol-on-port", "* OK");
    assert!(f.to_string().contains("IMAP"), "{f:#}");
}

#[test]
fn pop3_and_imap_security_flags_are_checked() {
    let out = CheckCommand::new()
        .args(["--imap", "mail.test", "--imap-security", "bogus"])
        .run();
    out.assert_code(2);
    assert!(out.stderr.contains("--imap-security"), "{}", out.stderr);
}

/// A check against a server that refuses every login with `reply` (tagged, after the tag).
fn refused_with(reply: &str) -> (Server, CheckOutput) {
    let kit = Kit::new();
    let server = kit.start(
        tls_imap()
            .reply("LOGIN", reply)
            .reply("AUTHENTICATE", reply),
    );
    let out = imap_check(server.port(), "tls", &kit)
        .password(PASSWORD)
        .run_json();
    (server, out)
}

#[test]
fn gmail_imap_switched_off_is_imap_disabled_with_its_alert_shown() {
    let (server, out) = refused_with(
        "NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your account for IMAP access. (Failure)",
    );
    out.assert_code(1);
    let doc = &out.json;
    let f = assert_finding_quotes(doc, "imap-disabled", "not enabled for IMAP use");
    let shown = f.to_string();
    assert!(
        shown.contains("The server's own words: \\\"Your account is not enabled for IMAP use"),
        "{f:#}"
    );
    assert_no_finding(doc, "auth-failed");
    assert_eq!(login_lines(&server).len(), 1);
}

#[test]
fn imap_disabled_reads_in_spanish_too() {
    let kit = Kit::new();
    let reply = "NO [ALERT] IMAP access is disabled for this account";
    let server = kit.start(
        tls_imap()
            .reply("LOGIN", reply)
            .reply("AUTHENTICATE", reply),
    );
    let out = imap_check(server.port(), "tls", &kit)
        .lang("es")
        .password(PASSWORD)
        .run_json();
    let f = finding(&out.json, "imap-disabled");
    assert!(
        f.to_string().contains("El acceso IMAP está desactivado"),
        "{f:#}"
    );
}

#[test]
fn an_expired_password_is_named_by_code_and_by_meaning() {
    let (_server, out) = refused_with("NO [EXPIRED] Password expired");
    out.assert_code(1);
    assert_finding_quotes(&out.json, "password-expired", "[EXPIRED]");
    assert_no_finding(&out.json, "auth-failed");
    let (_server, out) =
        refused_with("NO [ALERT] Your password has expired; change it in the webmail first");
    assert_finding_quotes(&out.json, "password-expired", "has expired");
}

#[test]
fn a_bye_greeting_is_server_busy_and_nothing_is_sent() {
    let kit = Kit::new();
    let server =
        kit.start(tls_imap().greeting("* BYE [UNAVAILABLE] Too many connections from your IP"));
    let out = imap_check(server.port(), "tls", &kit)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "incoming", "greeting", "failed");
    assert_finding_quotes(doc, "server-busy", "Too many connections");
    assert!(
        server.log().lines().is_empty(),
        "{:?}",
        server.log().lines()
    );
}

#[test]
fn a_preauth_greeting_says_the_password_was_not_tested() {
    let kit = Kit::new();
    let server =
        kit.start(tls_imap().greeting("* PREAUTH [CAPABILITY IMAP4rev1] Logged in as alice"));
    let out = imap_check(server.port(), "tls", &kit)
        .password(PASSWORD)
        .run_json();
    let doc = &out.json;
    assert_step(doc, "incoming", "stat", "ok");
    let f = assert_finding_quotes(doc, "preauth-session", "PREAUTH");
    assert_eq!(f["severity"], "info", "{f:#}");
    assert!(login_lines(&server).is_empty());
}

/// Fails if a finding with this id is present.
fn assert_no_finding(doc: &Value, id: &str) {
    assert!(
        !finding_ids(doc).iter().any(|found| found == id),
        "unexpected finding {id:?}\n{}",
        summary(doc)
    );
}

const CHECK_SCHEMA: &str = include_str!("../crates/core/src/report/check.schema.json");

fn assert_matches_schema(doc: &Value) {
    let schema: Value = serde_json::from_str(CHECK_SCHEMA).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema is a JSON Schema");
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}\n{doc:#}", errors.join("\n"));
}

#[test]
fn the_imap_documents_match_the_schema() {
    let (_server, out) = refused_with("NO [AUTHENTICATIONFAILED] Authentication failed.");
    assert_eq!(out.json["schema_version"], 4);
    assert_matches_schema(&out.json);
}

#[test]
fn with_pop3_and_imap_both_are_checked_and_reported() {
    let kit = Kit::new();
    let pop3 = kit.start(support::kit::pop3(Transport::ImplicitTls(CertKind::Valid)));
    // One CA for both servers.
    let imap_server = kit.start(tls_imap());
    let args = [
        "--pop3".to_string(),
        format!("{SERVER_NAME}:{}", pop3.port()),
        "--resolve".to_string(),
        format!("{SERVER_NAME}:{}:127.0.0.1", pop3.port()),
        "--imap".to_string(),
        format!("imap.test:{}", imap_server.port()),
        "--resolve".to_string(),
        format!("imap.test:{}:127.0.0.1", imap_server.port()),
        "--ca-file".to_string(),
        kit.ca_file_arg(),
        "--user".to_string(),
        USER.to_string(),
        "--only".to_string(),
        "incoming".to_string(),
        "--password-env".to_string(),
        "IMAP_TEST_PASSWORD".to_string(),
    ];
    let out = CheckCommand::new()
        .args(args.clone())
        .env("IMAP_TEST_PASSWORD", PASSWORD)
        .run_json();
    let doc = &out.json;
    assert_matches_schema(doc);
    assert_eq!(panel(doc, "incoming")["protocol"], "pop3", "{doc:#}");
    assert_step(doc, "incoming", "uidl", "ok");
    // One run: the IMAP server is a panel of its own beside the POP3 one.
    let beside = panel(doc, "imap-beside");
    assert_eq!(beside["protocol"], "imap", "{doc:#}");
    assert_eq!(beside["server"]["host"], "imap.test", "{doc:#}");
    // The certificate is for mail.test, not imap.test: the IMAP side fails on its own.
    assert_eq!(beside["status"], "failed", "{doc:#}");
    assert_eq!(panel(doc, "incoming")["status"], "ok", "{doc:#}");
    let mismatch: Vec<&serde_json::Value> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["id"] == "cert-hostname-mismatch")
        .collect();
    assert_eq!(mismatch.len(), 1, "{doc:#}");
    assert_eq!(mismatch[0]["panel"], "imap-beside", "{doc:#}");
    assert_eq!(doc["status"], "failed");
    out.assert_code(1);

    // The text report, without --json.
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    command
        .arg("check")
        .args(&args)
        .env("IMAP_TEST_PASSWORD", PASSWORD)
        .env_remove("MAILTRIAGE_PASSWORD");
    let text = run::run_within(command, run::WALL_CLOCK_LIMIT);
    assert_eq!(text.exit_code(), 1);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("INCOMING (POP3)"), "{text}");
    assert!(text.contains("INCOMING (IMAP)"), "{text}");
}

#[test]
fn a_failed_imap_connection_gets_its_working_setting() {
    let kit = Kit::new();
    let server = kit.start(starttls_imap(CertKind::Valid));
    let out = imap_check(server.port(), "tls", &kit)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_finding(doc, "tls-on-plaintext-port");
    let working = doc["working_settings"].as_array().expect("a list");
    assert!(
        working.iter().any(|w| w["panel"] == "incoming"
            && w["port"] == server.port()
            && w["security"] == "starttls"),
        "{doc:#}"
    );
    // The scan never logs in.
    assert_eq!(login_lines(&server).len(), 0);
}

#[test]
fn the_scan_command_scans_an_imap_server() {
    let kit = Kit::new();
    let server = kit.start(starttls_imap(CertKind::Valid));
    let port = server.port();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    command
        .args([
            "scan".to_string(),
            "--json".to_string(),
            "--imap".to_string(),
            format!("{SERVER_NAME}:{port}"),
            "--imap-security".to_string(),
            "tls".to_string(),
            "--resolve".to_string(),
            format!("{SERVER_NAME}:{port}:127.0.0.1"),
            "--ca-file".to_string(),
            kit.ca_file_arg(),
            "--timeout".to_string(),
            "2".to_string(),
        ])
        .env_remove("MAILTRIAGE_PASSWORD");
    let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
    out.assert_ended("mailtriage scan --imap");
    let doc = out.json();
    assert_eq!(doc["configured"]["imap"]["port"], port, "{doc:#}");
    assert_eq!(
        doc["recommended"]["imap"]["security"], "starttls",
        "{doc:#}"
    );
    assert!(
        doc["cells"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["protocol"] == "imap"),
        "{doc:#}"
    );
    assert_eq!(out.exit_code(), 0, "{doc:#}");
    assert!(login_lines(&server).is_empty());
}

/// IMAP works and SMTP refuses the same user name and password: the cross-panel finding reads
/// the IMAP login as it reads a POP3 one.
#[test]
fn receiving_over_imap_works_and_sending_fails() {
    let kit = Kit::new();
    let imap_server = kit.start(imap(Transport::ImplicitTls(CertKind::Valid)));
    let smtp_server = kit.start(
        support::kit::smtp(Transport::Starttls(CertKind::Valid)).reply(
            "AUTH",
            "535 5.7.8 Error: authentication failed: authentication failure",
        ),
    );
    let out = imap_check(imap_server.port(), "tls", &kit)
        .smtp(smtp_server.port(), "starttls")
        .only("outgoing")
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let ids = finding_ids(&out.json);
    assert!(
        ids.iter().any(|id| id == "receive-ok-send-fails"),
        "{ids:?}"
    );
}
