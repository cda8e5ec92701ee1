//! Integration tests of `mailtriage check` as a command: the document's frame, exit codes, panel
//! selection, where the password comes from, redaction and the JSON schema. Also runs the tests
//! of the shared test support, once.

mod support;

#[path = "support/self_test.rs"]
mod support_self_test;

use mailtriage::lab::{CertKind, Server, Transport};
use serde_json::Value;
use support::kit::{Kit, assert_no_credentials, pop3, single_login, smtp};
use support::*;

/// The checked-in schema of the `--json` document.
const CHECK_SCHEMA: &str = include_str!("../crates/core/src/report/check.schema.json");

/// Both lab servers with valid certificates: POP3 on implicit TLS, SMTP with STARTTLS.
struct Servers {
    kit: Kit,
    pop3: Server,
    smtp: Server,
}

impl Servers {
    fn healthy() -> Self {
        let kit = Kit::new();
        let pop3 = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
        let smtp = kit.start(smtp(Transport::Starttls(CertKind::Valid)));
        Servers { kit, pop3, smtp }
    }

    fn check(&self) -> CheckCommand {
        CheckCommand::new()
            .pop3(self.pop3.port(), "tls")
            .smtp(self.smtp.port(), "starttls")
            .kit_ca(&self.kit)
            .user(USER)
    }
}

#[test]
fn a_healthy_account_exits_0_with_every_panel_in_order() {
    let servers = Servers::healthy();
    let out = servers.check().password(PASSWORD).run_json();
    out.assert_code(0);
    let doc = &out.json;
    assert_eq!(doc["tool"], "mailtriage");
    assert_eq!(doc["version"], "0.1.0");
    assert_eq!(doc["status"], "ok", "{}", summary(doc));
    assert!(doc["findings"].is_array(), "{doc:#}");
    assert_eq!(panel_names(doc), ["network", "incoming", "outgoing"]);
    assert_step(doc, "network", "dns", "ok");
    for network_step in panel(doc, "network")["steps"]
        .as_array()
        .into_iter()
        .flatten()
    {
        assert_ne!(network_step["status"], "failed", "{}", summary(doc));
    }
    assert!(!steps(doc, "network", "tcp").is_empty(), "{}", summary(doc));
    assert_step(doc, "incoming", "login", "ok");
    assert_step(doc, "outgoing", "login", "ok");
    for (name, port) in [
        ("incoming", servers.pop3.port()),
        ("outgoing", servers.smtp.port()),
    ] {
        let server = &panel(doc, name)["server"];
        assert_eq!(server["host"], SERVER_NAME, "{server}");
        assert_eq!(server["port"], port, "{server}");
        // The pinned address, with or without the port.
        let address = server["address"].as_str().unwrap_or_default();
        assert!(
            address == "127.0.0.1" || address == format!("127.0.0.1:{port}"),
            "{server}"
        );
    }
}

#[test]
fn a_failed_step_exits_1_and_marks_the_run_failed() {
    let servers = Servers::healthy();
    let out = servers.check().password("not-the-password").run_json();
    out.assert_code(1);
    let doc = &out.json;
    assert_eq!(doc["status"], "failed");
    assert_eq!(panel(doc, "incoming")["status"], "failed");
    assert_eq!(panel(doc, "outgoing")["status"], "failed");
    assert!(!single_login(servers.pop3.log()).accepted);
    assert!(!single_login(servers.smtp.log()).accepted);
}

#[test]
fn a_warning_alone_exits_0_with_status_warn() {
    let kit = Kit::new();
    let pop3 = kit.start(pop3(Transport::Plain));
    let out = CheckCommand::new()
        .pop3(pop3.port(), "none")
        .kit_ca(&kit)
        .user(USER)
        .only("incoming")
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    assert_eq!(out.json["status"], "warn", "{}", summary(&out.json));
    assert_eq!(panel(&out.json, "incoming")["status"], "warn");
}

#[test]
fn usage_errors_exit_2_with_one_line_on_stderr() {
    let target = [
        "--pop3",
        "mail.test:1",
        "--resolve",
        "mail.test:1:127.0.0.1",
    ];
    let cases: Vec<Vec<&str>> = vec![
        [&target[..], &["--pop3-security", "bogus"]].concat(),
        [
            &target[..],
            &["--smtp", "mail.test:1", "--smtp-security", "ssl3"],
        ]
        .concat(),
        [&target[..], &["--timeout", "soon"]].concat(),
        [&target[..], &["--only", "everything"]].concat(),
        vec![],
    ];
    let mut wrong = Vec::new();
    for args in cases {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let out = run_check(&args, None);
        let message = out.stderr.trim();
        if out.code != 2 || message.is_empty() || message.lines().count() != 1 {
            wrong.push(format!(
                "check {args:?}: exit {}, stderr:\n{message}",
                out.code
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn only_incoming_runs_only_that_panel() {
    let servers = Servers::healthy();
    let out = servers
        .check()
        .only("incoming")
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    assert_eq!(panel_names(&out.json), ["incoming"]);
    assert_eq!(
        servers.smtp.log().connections(),
        0,
        "SMTP server was contacted"
    );
    assert!(servers.pop3.log().connections() > 0);
}

#[test]
fn only_can_be_repeated() {
    let servers = Servers::healthy();
    let out = servers
        .check()
        .only("outgoing")
        .only("incoming")
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    assert_eq!(panel_names(&out.json), ["incoming", "outgoing"]);
}

#[test]
fn only_network_speaks_no_mail_protocol() {
    let servers = Servers::healthy();
    let out = servers
        .check()
        .only("network")
        .password(PASSWORD)
        .run_json();
    out.assert_code(0);
    assert_eq!(panel_names(&out.json), ["network"]);
    assert!(
        servers.pop3.log().lines().is_empty(),
        "{:?}",
        servers.pop3.log().verbs()
    );
    assert!(
        servers.smtp.log().lines().is_empty(),
        "{:?}",
        servers.smtp.log().verbs()
    );
}

#[test]
fn the_password_is_read_from_mailtriage_password_too() {
    let servers = Servers::healthy();
    let out = servers
        .check()
        .only("incoming")
        .env("MAILTRIAGE_PASSWORD", PASSWORD)
        .run_json();
    out.assert_code(0);
    assert_step(&out.json, "incoming", "login", "ok");
    assert!(single_login(servers.pop3.log()).accepted);
}

#[test]
fn without_a_password_no_login_is_tried() {
    let servers = Servers::healthy();
    let out = servers.check().only("incoming").run_json();
    let doc = &out.json;
    assert_ne!(
        step(doc, "incoming", "login")["status"],
        "ok",
        "{}",
        summary(doc)
    );
    assert_no_credentials(servers.pop3.log(), PASSWORD);
}

/// Runs every login method the lab understands, with the right and a wrong password, and
/// checks that neither password shows up in any form in stdout or stderr.
#[test]
fn the_transcript_never_shows_the_password() {
    let wrong = "wr0ng-Passw0rd-42";
    let kit = Kit::new();
    let tls = Transport::ImplicitTls(CertKind::Valid);
    let pop3_user_pass = kit.start(pop3(tls).sasl(&[]));
    let pop3_plain = kit.start(pop3(tls).sasl(&["PLAIN"]));
    let smtp_plain = kit.start(smtp(tls).sasl(&["PLAIN"]));
    let smtp_login = kit.start(smtp(tls).sasl(&["LOGIN"]));
    let pairs = [
        (pop3_user_pass.port(), smtp_plain.port()),
        (pop3_plain.port(), smtp_login.port()),
    ];
    for (pop3_port, smtp_port) in pairs {
        for password in [PASSWORD, wrong] {
            let out = CheckCommand::new()
                .pop3(pop3_port, "tls")
                .smtp(smtp_port, "tls")
                .kit_ca(&kit)
                .user(USER)
                .password(password)
                .run_json();
            assert_no_secret(&out, USER, password);
            for name in ["incoming", "outgoing"] {
                let texts = transcript_texts(&out.json, name);
                assert!(
                    texts.iter().any(|t| t.contains("***")),
                    "{name}: no redacted login in the transcript: {texts:#?}"
                );
            }
        }
    }
    // The servers did receive the password, so the redaction above was put to the test.
    for log in [
        pop3_user_pass.log(),
        pop3_plain.log(),
        smtp_plain.log(),
        smtp_login.log(),
    ] {
        let attempts = log.logins();
        assert_eq!(attempts.len(), 2, "{attempts:?}");
        assert!(
            attempts[0].accepted && !attempts[1].accepted,
            "{attempts:?}"
        );
    }
    let methods: Vec<String> = [&pop3_user_pass, &pop3_plain]
        .iter()
        .map(|s| s.log().logins()[0].method.clone())
        .chain(
            [&smtp_plain, &smtp_login]
                .iter()
                .map(|s| s.log().logins()[0].method.clone()),
        )
        .collect();
    assert_eq!(
        methods,
        ["USER/PASS", "AUTH PLAIN", "AUTH PLAIN", "AUTH LOGIN"]
    );
}

fn schema_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(CHECK_SCHEMA)
        .expect("crates/core/src/report/check.schema.json is JSON");
    jsonschema::validator_for(&schema)
        .expect("crates/core/src/report/check.schema.json is a JSON Schema")
}

fn assert_matches_schema(validator: &jsonschema::Validator, doc: &Value, case: &str) {
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{case}: the output does not match the schema:\n{}\n{doc:#}",
        errors.join("\n")
    );
}

/// Success, failures of every evidence kind and a declined login all validate.
#[test]
fn the_json_output_matches_the_schema() {
    let validator = schema_validator();
    let servers = Servers::healthy();
    let healthy = servers
        .check()
        .args(["--from", "alice@mail.test", "--to", "bob@example.org"])
        .password(PASSWORD)
        .run_json();
    assert_matches_schema(&validator, &healthy.json, "healthy");
    let wrong_password = servers.check().password("nope").run_json();
    assert_matches_schema(&validator, &wrong_password.json, "wrong password");

    let kit = Kit::new();
    let expired = kit.start(pop3(Transport::ImplicitTls(CertKind::Expired)));
    let plain = kit.start(smtp(Transport::Plain));
    let tls_port = kit.start(smtp(Transport::ImplicitTls(CertKind::Valid)));
    let cases = [
        (
            "expired + tls on plaintext",
            CheckCommand::new()
                .pop3(expired.port(), "tls")
                .smtp(plain.port(), "tls"),
        ),
        (
            "refused + plain text on tls port",
            CheckCommand::new()
                .pop3(refused_port(), "tls")
                .smtp(tls_port.port(), "none"),
        ),
        (
            "declined login",
            CheckCommand::new().smtp(plain.port(), "none"),
        ),
    ];
    for (case, command) in cases {
        let out = command
            .kit_ca(&kit)
            .user(USER)
            .timeout("5")
            .password(PASSWORD)
            .run_json();
        assert_matches_schema(&validator, &out.json, case);
    }
}
