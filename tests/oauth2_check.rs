//! OAuth2 logins end to end: the real `mailtriage check --json` binary with
//! `--oauth2-token-env` against the lab's POP3, IMAP and SMTP servers offering XOAUTH2 and
//! OAUTHBEARER on loopback, refusing tokens the way Gmail, Microsoft 365 and Dovecot do. Each
//! OAuth2 finding is provoked here; every run checks that the token shows nowhere (stdout,
//! stderr, JSON, transcript), that at most one login was tried, and that no password went.

mod support;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use mailtriage::lab::{CertKind, ServerSpec, Transport};
use serde_json::Value;
use support::kit::{Kit, imap, pop3, single_login, smtp};
use support::*;

const TOKEN_VAR: &str = "MAILTRIAGE_TEST_TOKEN";
/// An opaque token, as Google hands out.
const OPAQUE: &str = "ya29.a0AfB_byD-opaque-token-value_7781";

const GMAIL_ERROR: &str =
    r#"{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}"#;
const GMAIL_SMTP_REFUSAL: &str = "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp";
const GMAIL_IMAP_REFUSAL: &str = "NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)";
const DOVECOT_ERROR: &str = r#"{"status":"invalid_token","schemes":"bearer","scope":"mail"}"#;
const MICROSOFT_SMTP_REFUSAL: &str =
    "535 5.7.3 Authentication unsuccessful [PR3P191CA0001.EURP191.PROD.OUTLOOK.COM]";
const MICROSOFT_SMTP_DISABLED: &str = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.";
const MICROSOFT_IMAP_REFUSAL: &str = "NO AUTHENTICATE failed.";

/// A JWT with these claims (the signature is not checked by the lab or the product).
fn jwt(claims: &str) -> String {
    format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(claims),
        URL_SAFE_NO_PAD.encode("not-a-real-signature")
    )
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn tls() -> Transport {
    Transport::ImplicitTls(CertKind::Valid)
}

fn oauth2(spec: ServerSpec, mechanisms: &[&str]) -> ServerSpec {
    spec.sasl(mechanisms).oauth2_token(OPAQUE)
}

/// `check --json` of one server with the token in the environment.
fn check(kit: &Kit, flag: &str, port: u16, security: &str, token: &str) -> CheckOutput {
    let out = CheckCommand::new()
        .args([
            format!("--{flag}"),
            format!("{SERVER_NAME}:{port}"),
            format!("--{flag}-security"),
            security.to_string(),
            "--resolve".to_string(),
            format!("{SERVER_NAME}:{port}:127.0.0.1"),
        ])
        .kit_ca(kit)
        .user(USER)
        .only(if flag == "smtp" {
            "outgoing"
        } else {
            "incoming"
        })
        .args(["--oauth2-token-env", TOKEN_VAR])
        .env(TOKEN_VAR, token)
        .run_json();
    assert_token_hidden(&out, token);
    out
}

/// Fails if the token, or base64 holding it, shows anywhere in the output.
fn assert_token_hidden(out: &CheckOutput, token: &str) {
    for text in [&out.stdout, &out.stderr] {
        assert!(!text.contains(token), "the token shows:\n{text}");
        assert!(
            !text.contains(&token[token.len() / 2..]),
            "part of the token shows:\n{text}"
        );
        for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || "+/=".contains(c))) {
            if word.len() < 16 {
                continue;
            }
            if let Ok(bytes) = STANDARD.decode(word) {
                assert!(
                    !String::from_utf8_lossy(&bytes).contains(token),
                    "base64 of the token shows: {word}"
                );
            }
        }
    }
}

fn panel_of(flag: &str) -> &'static str {
    if flag == "smtp" {
        "outgoing"
    } else {
        "incoming"
    }
}

fn facts<'a>(doc: &'a Value, panel_name: &str) -> &'a Value {
    &panel(doc, panel_name)["facts"]
}

#[test]
fn a_good_token_logs_in_on_every_protocol_with_oauthbearer_first() {
    let kit = Kit::new();
    for (flag, spec) in [
        ("pop3", pop3(tls())),
        ("imap", imap(tls())),
        ("smtp", smtp(tls())),
    ] {
        let server = kit.start(oauth2(spec, &["PLAIN", "XOAUTH2", "OAUTHBEARER"]));
        let out = check(&kit, flag, server.port(), "tls", OPAQUE);
        out.assert_code(0);
        let doc = &out.json;
        assert_step(doc, panel_of(flag), "login", "ok");
        let method = facts(doc, panel_of(flag))["login_method"]
            .as_str()
            .unwrap_or_default();
        assert!(method.ends_with("OAUTHBEARER"), "{flag}: {method}");
        let login = single_login(server.log());
        assert!(
            login.accepted && login.method.contains("OAUTHBEARER"),
            "{login:?}"
        );
        assert_no_problem_findings(doc);
    }
}

#[test]
fn gmail_refusal_with_its_scope_is_a_missing_scope_on_smtp_and_imap() {
    let kit = Kit::new();
    let smtp_server = kit.start(
        oauth2(smtp(tls()), &["LOGIN", "PLAIN", "XOAUTH2", "OAUTHBEARER"])
            .oauth2_error(GMAIL_ERROR)
            .reply("AUTH", GMAIL_SMTP_REFUSAL),
    );
    let out = check(
        &kit,
        "smtp",
        smtp_server.port(),
        "tls",
        "ya29.expired-or-wrong-token",
    );
    out.assert_code(1);
    let doc = &out.json;
    assert_step(doc, "outgoing", "login", "failed");
    assert_eq!(
        facts(doc, "outgoing")["oauth2_error"].as_str(),
        Some(GMAIL_ERROR),
        "{}",
        summary(doc)
    );
    let found = assert_finding_quotes(doc, "oauth2-scope-missing", "Username and Password");
    assert!(
        found["explanation"]
            .as_str()
            .unwrap()
            .contains("https://mail.google.com/")
    );
    assert_no_finding(doc, "auth-failed");
    assert!(!single_login(smtp_server.log()).accepted);

    let imap_server = kit.start(
        oauth2(imap(tls()), &["XOAUTH2"])
            .oauth2_error(GMAIL_ERROR)
            .reply("AUTHENTICATE", GMAIL_IMAP_REFUSAL),
    );
    let out = check(&kit, "imap", imap_server.port(), "tls", "ya29.wrong");
    out.assert_code(1);
    assert_finding_quotes(&out.json, "oauth2-scope-missing", "AUTHENTICATIONFAILED");
    assert!(!single_login(imap_server.log()).accepted);
}

#[test]
fn microsoft_refusals_are_a_rejected_token_or_the_tenants_policy() {
    let kit = Kit::new();
    let server =
        kit.start(oauth2(smtp(tls()), &["LOGIN", "XOAUTH2"]).reply("AUTH", MICROSOFT_SMTP_REFUSAL));
    let out = check(&kit, "smtp", server.port(), "tls", "eyJ0eXAi.not-a-jwt");
    out.assert_code(1);
    let doc = &out.json;
    assert_finding_quotes(
        doc,
        "oauth2-token-rejected",
        "5.7.3 Authentication unsuccessful",
    );
    assert_no_finding(doc, "auth-failed");
    assert_no_finding(doc, "auth-basic-disabled");
    assert!(facts(doc, "outgoing").get("oauth2_error").is_none());

    let server = kit
        .start(oauth2(smtp(tls()), &["LOGIN", "XOAUTH2"]).reply("AUTH", MICROSOFT_SMTP_DISABLED));
    let out = check(&kit, "smtp", server.port(), "tls", "any-token-value-1234");
    out.assert_code(1);
    assert_finding_quotes(
        &out.json,
        "oauth2-app-blocked",
        "SmtpClientAuthentication is disabled",
    );
    assert_no_finding(&out.json, "auth-basic-disabled");

    let server =
        kit.start(oauth2(imap(tls()), &["XOAUTH2"]).reply("AUTHENTICATE", MICROSOFT_IMAP_REFUSAL));
    let out = check(&kit, "imap", server.port(), "tls", "any-token-value-1234");
    out.assert_code(1);
    assert_finding_quotes(&out.json, "oauth2-token-rejected", "AUTHENTICATE failed");
    assert_eq!(server.log().logins().len(), 1, "one login only");
}

#[test]
fn an_expired_jwt_refused_by_dovecot_is_an_expired_token() {
    let kit = Kit::new();
    let server = kit.start(
        oauth2(pop3(tls()), &["PLAIN", "XOAUTH2", "OAUTHBEARER"]).oauth2_error(DOVECOT_ERROR),
    );
    let expired = jwt(&format!(
        r#"{{"sub":"{USER}","email":"{USER}","exp":{},"iat":{}}}"#,
        now() - 3_600,
        now() - 7_200
    ));
    let out = check(&kit, "pop3", server.port(), "tls", &expired);
    out.assert_code(1);
    let doc = &out.json;
    let found = assert_finding_quotes(doc, "oauth2-token-expired", "Authentication failed");
    assert!(
        finding_evidence(found)
            .iter()
            .any(|e| e.contains("invalid_token")),
        "{found}"
    );
    assert_eq!(
        facts(doc, "incoming")["oauth2_error"].as_str(),
        Some(DOVECOT_ERROR)
    );
    assert!(!single_login(server.log()).accepted);
}

#[test]
fn a_jwt_for_another_mailbox_is_the_wrong_user_and_a_missing_microsoft_scope_is_named() {
    let kit = Kit::new();
    let server = kit.start(oauth2(pop3(tls()), &["XOAUTH2"]).reply(
        "AUTH",
        "-ERR Authentication failure: unknown user name or bad password.",
    ));
    let other = jwt(&format!(
        r#"{{"aud":"https://outlook.office.com","upn":"bob@mail.test","exp":{},"scp":"POP.AccessAsUser.All"}}"#,
        now() + 3_600
    ));
    let out = check(&kit, "pop3", server.port(), "tls", &other);
    out.assert_code(1);
    let found = assert_finding_quotes(&out.json, "oauth2-wrong-user", "bob@mail.test");
    assert!(
        found["explanation"].as_str().unwrap().contains(USER),
        "{found}"
    );

    let server = kit.start(oauth2(smtp(tls()), &["XOAUTH2"]).reply("AUTH", MICROSOFT_SMTP_REFUSAL));
    let graph_only = jwt(&format!(
        r#"{{"aud":"https://graph.microsoft.com","upn":"{USER}","exp":{},"scp":"Mail.Read User.Read"}}"#,
        now() + 3_600
    ));
    let out = check(&kit, "smtp", server.port(), "tls", &graph_only);
    out.assert_code(1);
    let found = finding(&out.json, "oauth2-scope-missing");
    let explanation = found["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("SMTP.Send") && explanation.contains("Mail.Read"),
        "{explanation}"
    );
}

#[test]
fn without_an_oauth2_mechanism_nothing_is_sent_and_no_password_is_tried() {
    let kit = Kit::new();
    for (flag, spec) in [
        ("pop3", pop3(tls())),
        ("imap", imap(tls())),
        ("smtp", smtp(tls())),
    ] {
        let server = kit.start(spec.sasl(&["PLAIN", "LOGIN"]).oauth2_token(OPAQUE));
        let out = check(&kit, flag, server.port(), "tls", OPAQUE);
        out.assert_code(1);
        let doc = &out.json;
        assert_step(doc, panel_of(flag), "login", "failed");
        assert_finding_quotes(doc, "oauth2-not-offered", "PLAIN");
        assert_eq!(server.log().logins(), [], "{flag}: a login was tried");
        for verb in ["USER", "PASS", "APOP", "LOGIN"] {
            assert!(!server.log().received(verb), "{flag}: {verb} was sent");
        }
    }
}

#[test]
fn no_token_over_plain_text_without_the_opt_in() {
    let kit = Kit::new();
    let server = kit.start(oauth2(pop3(Transport::Plain), &["XOAUTH2", "OAUTHBEARER"]));
    let out = check(&kit, "pop3", server.port(), "none", OPAQUE);
    // A login not tried is a warning, as for a password.
    out.assert_code(0);
    let login = assert_step(&out.json, "incoming", "login", "warn");
    assert!(
        evidence(login, "declined")["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("OAuth2 token was not sent"),
        "{login}"
    );
    assert_finding(&out.json, "auth-refused-insecure");
    assert_eq!(server.log().logins(), []);
    assert!(
        server
            .log()
            .lines()
            .iter()
            .all(|l| !l.line.contains("AUTH")),
        "the token went over plain text"
    );
}

#[test]
fn the_findings_speak_spanish_too() {
    let kit = Kit::new();
    let server = kit.start(oauth2(smtp(tls()), &["XOAUTH2"]).reply("AUTH", MICROSOFT_SMTP_REFUSAL));
    let out = CheckCommand::new()
        .smtp(server.port(), "tls")
        .kit_ca(&kit)
        .user(USER)
        .only("outgoing")
        .lang("es")
        .args(["--oauth2-token-env", TOKEN_VAR])
        .env(TOKEN_VAR, OPAQUE)
        .run_json();
    assert_token_hidden(&out, OPAQUE);
    let found = finding(&out.json, "oauth2-token-rejected");
    assert_eq!(found["title"], "El servidor rechazó el token OAuth2");
}

fn assert_no_finding(doc: &Value, id: &str) {
    assert!(
        !finding_ids(doc).iter().any(|f| f == id),
        "unexpected finding {id}\n{}",
        summary(doc)
    );
}

/// A server that repeats the client's AUTH line (its base64 holds the token) in its refusal,
/// and an error challenge that names the token: the token shows in no output, JSON or report,
/// private or not.
#[test]
fn a_server_echoing_the_token_is_scrubbed_from_every_artifact() {
    let kit = Kit::new();
    let echoed_error = format!(r#"{{"status":"invalid_token","token":"{OPAQUE}"}}"#);
    let server = kit.start(
        oauth2(pop3(tls()), &["XOAUTH2"])
            .oauth2_error(&echoed_error)
            .reply("AUTH", "-ERR [AUTH] refused: {line}"),
    );
    let dir = tempfile::tempdir().expect("temporary folder");
    for (i, private) in [false, true].into_iter().enumerate() {
        let report = dir.path().join(format!("report-{i}.md"));
        let mut command = CheckCommand::new()
            .pop3(server.port(), "tls")
            .kit_ca(&kit)
            .user(USER)
            .only("incoming")
            .args(["--oauth2-token-env", TOKEN_VAR])
            .env(TOKEN_VAR, OPAQUE)
            .args([
                "--report".to_string(),
                report.to_string_lossy().into_owned(),
            ]);
        if private {
            command = command.arg("--private");
        }
        let out = command.run();
        assert_token_hidden(&out, OPAQUE);
        let written = std::fs::read_to_string(&report)
            .unwrap_or_else(|e| panic!("no report ({e}): {}", out.describe()));
        assert!(!written.contains(OPAQUE), "the report shows the token");
        assert!(
            written.contains("OAuth2 token: given (not shown)"),
            "the report does not say a token was given:\n{written}"
        );
        assert!(
            !written.contains(&OPAQUE[OPAQUE.len() / 2..]),
            "the report shows part of it"
        );
    }
    // The token really went: the server judged it, once per run.
    assert_eq!(server.log().logins().len(), 2);
}
