//! Integration tests of `mailtriage check --imap`: the real binary against a small scripted IMAP
//! server on 127.0.0.1 named `mail.test` (pinned with `--resolve`), over every security mode,
//! with refused logins, bad certificates and the wrong protocol on the port.

mod support;

use std::sync::Arc;

use base64::Engine;
use serde_json::Value;
use support::server::{Action, ServerHandle, Session};
use support::*;

/// Commands that read a message or change a mailbox: never sent by a check.
const NEVER_SENT: [&str; 10] = [
    "SELECT", "FETCH", "STORE", "EXPUNGE", "COPY", "MOVE", "APPEND", "CREATE", "DELETE", "RENAME",
];

/// How the scripted server behaves.
#[derive(Clone)]
struct ImapScript {
    greeting: String,
    /// Offer STARTTLS on a plain connection (the transport must be able to upgrade).
    starttls: bool,
    /// Refuse logins on a plain connection with `LOGINDISABLED` and `[PRIVACYREQUIRED]`.
    tls_only_login: bool,
    /// The tagged reply text to a login, instead of judging the password (`NO [..] ..`).
    login_reply: Option<String>,
}

impl ImapScript {
    fn new() -> Self {
        ImapScript {
            greeting: "* OK IMAP server ready".into(),
            starttls: false,
            tls_only_login: false,
            login_reply: None,
        }
    }
}

struct FakeImap {
    script: Arc<ImapScript>,
    tls: bool,
}

impl FakeImap {
    fn login(&self, tag: &str, user: &str, password: &str) -> Action {
        if self.tls_only_login && !self.tls {
            return Action::Reply(format!(
                "{tag} NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure connections"
            ));
        }
        if let Some(reply) = &self.script.login_reply {
            return Action::Reply(format!("{tag} {reply}"));
        }
        if user == USER && password == PASSWORD {
            Action::Reply(format!("{tag} OK [CAPABILITY IMAP4rev1] Logged in"))
        } else {
            Action::Reply(format!(
                "{tag} NO [AUTHENTICATIONFAILED] Authentication failed."
            ))
        }
    }
}

impl std::ops::Deref for FakeImap {
    type Target = ImapScript;
    fn deref(&self) -> &ImapScript {
        &self.script
    }
}

impl Session for FakeImap {
    fn greeting(&self) -> String {
        self.script.greeting.clone()
    }

    fn on_line(&mut self, line: &str) -> Action {
        let mut words = line.splitn(3, ' ');
        let tag = words.next().unwrap_or("*").to_string();
        let verb = words.next().unwrap_or("").to_ascii_uppercase();
        let rest = words.next().unwrap_or("");
        match verb.as_str() {
            "CAPABILITY" => {
                let mut caps = vec!["IMAP4rev1", "SASL-IR", "AUTH=PLAIN"];
                if self.starttls && !self.tls {
                    caps.push("STARTTLS");
                }
                if self.tls_only_login && !self.tls {
                    caps.push("LOGINDISABLED");
                }
                Action::Reply(format!(
                    "* CAPABILITY {}\r\n{tag} OK Capability completed.",
                    caps.join(" ")
                ))
            }
            "STARTTLS" if self.starttls && !self.tls => {
                Action::ReplyThenTls(format!("{tag} OK Begin TLS negotiation now."))
            }
            "AUTHENTICATE" => {
                let initial = rest.split_whitespace().nth(1).unwrap_or("");
                let decoded = base64::engine::general_purpose::STANDARD
                    .decode(initial)
                    .unwrap_or_default();
                let parts: Vec<String> = decoded
                    .split(|b| *b == 0)
                    .map(|p| String::from_utf8_lossy(p).into_owned())
                    .collect();
                let (user, password) = match parts.as_slice() {
                    [_, user, password] => (user.as_str(), password.as_str()),
                    _ => ("", ""),
                };
                self.login(&tag, user, password)
            }
            "LOGIN" => {
                let args: Vec<&str> = rest.split(' ').map(|a| a.trim_matches('"')).collect();
                self.login(
                    &tag,
                    args.first().unwrap_or(&""),
                    args.get(1).unwrap_or(&""),
                )
            }
            "STATUS" => Action::Reply(format!(
                "* STATUS INBOX (MESSAGES 3 UNSEEN 1 UIDVALIDITY 1700000000)\r\n{tag} OK Status completed."
            )),
            "LOGOUT" => {
                Action::ReplyThenClose(format!("* BYE Logging out\r\n{tag} OK Logout completed."))
            }
            _ => Action::Reply(format!("{tag} BAD Unknown command")),
        }
    }

    fn on_tls(&mut self) {
        self.tls = true;
    }
}

fn start(transport: Transport, script: ImapScript) -> ServerHandle {
    let script = Arc::new(script);
    ServerHandle::start(
        transport,
        Behaviour::Normal,
        Arc::new(move |_, _, _| {
            Box::new(FakeImap {
                script: Arc::clone(&script),
                tls: false,
            })
        }),
    )
}

/// A check of the incoming panel alone, spoken to in IMAP.
fn imap_check(port: u16, security: &str, pki: &TestPki) -> CheckCommand {
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
        .arg(pki.ca_file_arg())
        .user(USER)
        .only("incoming")
}

/// The lines a client sent that carry its credentials.
fn login_lines(server: &ServerHandle) -> Vec<support::server::Received> {
    server
        .log()
        .lines()
        .into_iter()
        .filter(|r| {
            let verb = r.line.split_whitespace().nth(1).unwrap_or("");
            verb.eq_ignore_ascii_case("LOGIN") || verb.eq_ignore_ascii_case("AUTHENTICATE")
        })
        .collect()
}

fn assert_never_sent_imap(server: &ServerHandle) {
    for received in server.log().lines() {
        let verb = received
            .line
            .split_whitespace()
            .nth(1)
            .unwrap_or("")
            .to_ascii_uppercase();
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
    assert_eq!(facts["message_count"], 3, "{}", summary(doc));
}

#[test]
fn logs_in_over_implicit_tls() {
    let pki = TestPki::new();
    let server = start(Transport::ImplicitTls(pki.valid_leaf()), ImapScript::new());
    let out = imap_check(server.port(), "tls", &pki)
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
    let pki = TestPki::new();
    let script = ImapScript {
        starttls: true,
        ..ImapScript::new()
    };
    let server = start(Transport::StartTls(pki.valid_leaf()), script);
    let out = imap_check(server.port(), "starttls", &pki)
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
    let pki = TestPki::new();
    let server = start(Transport::Plain, ImapScript::new());
    let out = imap_check(server.port(), "starttls", &pki)
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
    let pki = TestPki::new();
    let server = start(Transport::Plain, ImapScript::new());
    let out = imap_check(server.port(), "none", &pki)
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
    let pki = TestPki::new();
    let server = start(Transport::Plain, ImapScript::new());
    let out = imap_check(server.port(), "none", &pki)
        .arg("--allow-plaintext-auth")
        .password(PASSWORD)
        .run_json();
    let doc = &out.json;
    assert_logged_in_and_counted(doc);
    assert_eq!(login_lines(&server).len(), 1);
}

#[test]
fn a_wrong_password_is_auth_failed_after_one_try() {
    let pki = TestPki::new();
    let server = start(Transport::ImplicitTls(pki.valid_leaf()), ImapScript::new());
    let out = imap_check(server.port(), "tls", &pki)
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
    let pki = TestPki::new();
    let script = ImapScript {
        tls_only_login: true,
        ..ImapScript::new()
    };
    let server = start(Transport::Plain, script);
    let out = imap_check(server.port(), "none", &pki)
        .arg("--allow-plaintext-auth")
        .password(PASSWORD)
        .run_json();
    assert_finding(&out.json, "auth-plaintext-disallowed");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn privacy_required_is_plaintext_refused() {
    let pki = TestPki::new();
    let script = ImapScript {
        login_reply: Some(
            "NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure connections"
                .into(),
        ),
        ..ImapScript::new()
    };
    let server = start(Transport::Plain, script);
    let out = imap_check(server.port(), "none", &pki)
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
    let pki = TestPki::new();
    let server = start(
        Transport::ImplicitTls(pki.expired_leaf()),
        ImapScript::new(),
    );
    let out = imap_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    assert_finding(&out.json, "cert-expired");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn a_misnamed_certificate_is_named() {
    let pki = TestPki::new();
    let script = ImapScript {
        starttls: true,
        ..ImapScript::new()
    };
    let server = start(Transport::StartTls(pki.wrong_name_leaf()), script);
    let out = imap_check(server.port(), "starttls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    assert_finding(&out.json, "cert-hostname-mismatch");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn a_tls_setting_on_a_plain_text_port_is_named() {
    let pki = TestPki::new();
    let server = start(Transport::Plain, ImapScript::new());
    let out = imap_check(server.port(), "tls", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    assert_finding(&out.json, "tls-on-plaintext-port");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn a_plain_setting_on_a_tls_port_is_named_without_waiting() {
    let pki = TestPki::new();
    let server = start(Transport::ImplicitTls(pki.valid_leaf()), ImapScript::new());
    let out = imap_check(server.port(), "starttls", &pki)
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
    let pki = TestPki::new();
    let kit = support::kit::Kit::new();
    let server = kit.start(support::kit::pop3(mailtriage::lab::Transport::Plain));
    let out = imap_check(server.port(), "none", &pki)
        .password(PASSWORD)
        .run_json();
    out.assert_code(1);
    let f = assert_finding_quotes(&out.json, "wrong-protocol-on-port", "+OK");
    assert!(f.to_string().contains("POP3"), "{f:#}");
}

#[test]
fn an_imap_server_on_the_pop3_setting_is_the_wrong_protocol() {
    let pki = TestPki::new();
    let server = start(Transport::Plain, ImapScript::new());
    let out = CheckCommand::new()
        .pop3(server.port(), "none")
        .arg("--ca-file")
        .arg(pki.ca_file_arg())
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
fn refused_with(reply: &str) -> (ServerHandle, CheckOutput) {
    let pki = TestPki::new();
    let script = ImapScript {
        login_reply: Some(reply.into()),
        ..ImapScript::new()
    };
    let server = start(Transport::ImplicitTls(pki.valid_leaf()), script);
    let out = imap_check(server.port(), "tls", &pki)
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
    let pki = TestPki::new();
    let script = ImapScript {
        login_reply: Some("NO [ALERT] IMAP access is disabled for this account".into()),
        ..ImapScript::new()
    };
    let server = start(Transport::ImplicitTls(pki.valid_leaf()), script);
    let out = imap_check(server.port(), "tls", &pki)
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
    let pki = TestPki::new();
    let script = ImapScript {
        greeting: "* BYE [UNAVAILABLE] Too many connections from your IP".into(),
        ..ImapScript::new()
    };
    let server = start(Transport::ImplicitTls(pki.valid_leaf()), script);
    let out = imap_check(server.port(), "tls", &pki)
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
    let pki = TestPki::new();
    let script = ImapScript {
        greeting: "* PREAUTH [CAPABILITY IMAP4rev1] Logged in as alice".into(),
        ..ImapScript::new()
    };
    let server = start(Transport::ImplicitTls(pki.valid_leaf()), script);
    let out = imap_check(server.port(), "tls", &pki)
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
    assert_eq!(out.json["schema_version"], 2);
    assert_matches_schema(&out.json);
}

#[test]
fn with_pop3_and_imap_both_are_checked_and_reported() {
    let pki = TestPki::new();
    let kit = support::kit::Kit::new();
    let pop3 = kit.start(support::kit::pop3(mailtriage::lab::Transport::ImplicitTls(
        mailtriage::lab::CertKind::Valid,
    )));
    // One file trusting both the lab's CA (POP3) and the IMAP server's.
    let both_cas = tempfile::NamedTempFile::with_suffix(".pem").unwrap();
    let ca_pems = format!(
        "{}\n{}",
        kit.ca_pem(),
        std::fs::read_to_string(pki.ca_file()).unwrap()
    );
    std::fs::write(both_cas.path(), ca_pems).unwrap();
    let imap = start(Transport::ImplicitTls(pki.valid_leaf()), ImapScript::new());
    let args = [
        "--pop3".to_string(),
        format!("{SERVER_NAME}:{}", pop3.port()),
        "--resolve".to_string(),
        format!("{SERVER_NAME}:{}:127.0.0.1", pop3.port()),
        "--imap".to_string(),
        format!("imap.test:{}", imap.port()),
        "--resolve".to_string(),
        format!("imap.test:{}:127.0.0.1", imap.port()),
        "--ca-file".to_string(),
        both_cas.path().display().to_string(),
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
    let beside = &doc["imap_beside"];
    assert_eq!(beside["panels"][0]["protocol"], "imap", "{doc:#}");
    assert_eq!(
        beside["panels"][0]["server"]["host"], "imap.test",
        "{doc:#}"
    );
    // The certificate is for mail.test, not imap.test: the IMAP side fails on its own.
    assert_eq!(beside["status"], "failed", "{doc:#}");
    let beside_ids: Vec<&str> = beside["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["id"].as_str())
        .collect();
    assert!(beside_ids.contains(&"cert-hostname-mismatch"), "{doc:#}");
    assert!(
        !finding_ids(doc)
            .iter()
            .any(|id| id == "cert-hostname-mismatch")
    );
    assert_eq!(doc["status"], "failed");
    out.assert_code(1);

    // The text report, without --json.
    let text = std::process::Command::new(env!("CARGO_BIN_EXE_mailtriage"))
        .arg("check")
        .args(&args)
        .env("IMAP_TEST_PASSWORD", PASSWORD)
        .env_remove("MAILTRIAGE_PASSWORD")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs");
    assert_eq!(text.status.code(), Some(1));
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("INCOMING (POP3)"), "{text}");
    assert!(text.contains("INCOMING (IMAP)"), "{text}");
    assert!(text.contains("IMAP, checked beside POP3"), "{text}");
}

#[test]
fn a_failed_imap_connection_gets_its_working_setting() {
    let pki = TestPki::new();
    let script = ImapScript {
        starttls: true,
        ..ImapScript::new()
    };
    let server = start(Transport::StartTls(pki.valid_leaf()), script);
    let out = imap_check(server.port(), "tls", &pki)
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
    let pki = TestPki::new();
    let script = ImapScript {
        starttls: true,
        ..ImapScript::new()
    };
    let server = start(Transport::StartTls(pki.valid_leaf()), script);
    let port = server.port();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mailtriage"))
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
            pki.ca_file_arg(),
            "--timeout".to_string(),
            "2".to_string(),
        ])
        .env_remove("MAILTRIAGE_PASSWORD")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("a JSON document");
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
    assert_eq!(out.status.code(), Some(0), "{doc:#}");
    assert!(login_lines(&server).is_empty());
}

#[test]
fn the_dashboard_asks_for_one_incoming_server() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mailtriage"))
        .args(["--pop3", "127.0.0.1", "--imap", "127.0.0.1"])
        .env_remove("MAILTRIAGE_PASSWORD")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("give --pop3 or --imap"), "{stderr}");
}
