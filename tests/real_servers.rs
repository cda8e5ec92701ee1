//! Real-server suite: `mailtriage check --json` against Dovecot (POP3, IMAP) and Postfix (SMTP)
//! started on loopback from their Debian packages (see tests/real/ and tests/real_support/).
//!
//! Its own `main` starts the servers once, runs every case with panics caught, checks last that
//! the test mailbox is byte-for-byte unchanged, stops the servers (also after failures) and
//! ends with `N passed, N failed`. Set-up problems fail the run with the daemons' log excerpts.
//! Run: `cargo test --test real_servers` (as root); `-- NAME` runs the cases containing NAME,
//! `-- --skip NAME` leaves them out. `MAILTRIAGE_REAL_SERVERS=skip cargo test` runs only the
//! fast tests.

mod real_support;

use std::process::ExitCode;
use std::time::Instant;

use serde_json::json;

use real_support::check::CheckRun;
use real_support::report::Report;
use real_support::runner::{Case, Selection, Tally, run_cases};
use real_support::servers::{Listener, PASSWORD, RealServers, USER, WRONG_PASSWORD};
use real_support::{dialogue, mailbox, prerequisites, tls_probe};

use Listener::{
    ImapPlain, ImapPlainElsewhere, ImapTls, ImapTlsExpired, ImapTlsWrongName, Pop3Plain, Pop3Tls,
    Pop3TlsExpired, Pop3TlsWrongName, SmtpRelay, Submission, SubmissionPlain, SubmissionTls,
    SubmissionTlsExpired,
};
use Proto::{Imap, Pop3, Smtp};

/// A recipient outside the servers' domain.
const FOREIGN_ADDRESS: &str = "someone@example.net";

/// The cases, in the order they run: the set-up proven without the binary, then the table.
fn cases() -> Vec<Case<RealServers>> {
    let setup = [
        Case::new(
            "setup_tls_listeners_present_the_intended_certificates",
            setup_tls_listeners_present_the_intended_certificates,
        ),
        Case::new(
            "setup_smtp_ports_offer_auth_only_where_intended",
            setup_smtp_ports_offer_auth_only_where_intended,
        ),
        Case::new(
            "oauth2_tokens_judged_by_dovecot_and_by_postfix_asking_dovecot",
            oauth2_tokens_judged_by_dovecot_and_by_postfix_asking_dovecot,
        ),
    ];
    let rows = ROWS
        .iter()
        .map(|row| Case::new(row.name, move |servers: &RealServers| row.run(servers)));
    setup
        .into_iter()
        .chain(rows)
        .chain(real_support::monitoring_cases::cases())
        .collect()
}

/// Runs after every other case, whatever the filter.
fn final_cases() -> Vec<Case<RealServers>> {
    vec![Case::new(
        "mailbox_unchanged_after_all_cases",
        mailbox_unchanged_after_all_cases,
    )]
}

/// Setting this variable to `skip` leaves the suite out (to run only the fast tests).
const OPT_OUT_VARIABLE: &str = "MAILTRIAGE_REAL_SERVERS";

fn main() -> ExitCode {
    let started = Instant::now();
    let (cases, final_cases) = (cases(), final_cases());
    if std::env::var(OPT_OUT_VARIABLE).is_ok_and(|value| value == "skip") {
        println!("real-server suite not run: {OPT_OUT_VARIABLE}=skip");
        println!(
            "0 passed, 0 failed, {} skipped",
            cases.len() + final_cases.len()
        );
        return ExitCode::SUCCESS;
    }
    let selection = Selection::from_args(std::env::args().skip(1));
    let mut tally = Tally::default();
    match prerequisites::ensure().and_then(|()| RealServers::start()) {
        Err(reason) => tally.fail(
            "real_servers_start",
            &format!("the mail servers could not be started:\n{reason}"),
        ),
        Ok(mut servers) => {
            println!(
                "Dovecot and Postfix ready in {:.1} s ({})",
                started.elapsed().as_secs_f64(),
                servers.root().display()
            );
            run_cases(
                &mut servers,
                &cases,
                &selection,
                &mut tally,
                RealServers::check_alive,
            );
            run_cases(
                &mut servers,
                &final_cases,
                &Selection::default(),
                &mut tally,
                RealServers::check_alive,
            );
            if let Err(reason) = servers.stop() {
                tally.fail("real_servers_stop", &reason);
            }
        }
    }
    tally.print_summary(started.elapsed().as_secs_f64());
    if tally.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

// ---- the set-up itself ----

fn setup_tls_listeners_present_the_intended_certificates(servers: &RealServers) {
    let ca = &servers.pki.ca_der;
    let handshake = |listener: Listener| {
        tls_probe::handshake(servers.address(listener), listener.server_name(), ca)
    };
    for (listener, greeting) in [(Listener::Pop3Tls, "+OK"), (Listener::SubmissionTls, "220")] {
        match handshake(listener) {
            Ok(text) => assert!(
                text.starts_with(greeting),
                "{listener:?} greeted {text:?} after TLS"
            ),
            Err(reason) => panic!("{listener:?} handshake failed: {reason}"),
        }
    }
    for (listener, rustls_verdict) in [
        (Listener::Pop3TlsExpired, "certificate expired"),
        (Listener::SubmissionTlsExpired, "certificate expired"),
        (Listener::Pop3TlsWrongName, "not valid for name"),
    ] {
        match handshake(listener) {
            Ok(text) => panic!("{listener:?} handshake succeeded (greeting {text:?})"),
            Err(reason) => assert!(
                reason.contains(rustls_verdict),
                "{listener:?} handshake failed with {reason:?}, not {rustls_verdict:?}"
            ),
        }
    }
}

fn setup_smtp_ports_offer_auth_only_where_intended(servers: &RealServers) {
    let keywords = |listener: Listener| {
        dialogue::smtp_ehlo_keywords(servers.address(listener))
            .unwrap_or_else(|reason| panic!("{listener:?}: {reason}"))
    };
    let relay = keywords(Listener::SmtpRelay);
    assert!(
        relay.iter().any(|k| k == "STARTTLS"),
        "relay EHLO {relay:?}"
    );
    assert!(!relay.iter().any(|k| k == "AUTH"), "relay EHLO {relay:?}");
    let submission = keywords(Listener::Submission);
    assert!(
        submission.iter().any(|k| k == "STARTTLS") && !submission.iter().any(|k| k == "AUTH"),
        "submission EHLO before TLS {submission:?}"
    );
    let plain = keywords(Listener::SubmissionPlain);
    assert!(
        plain.iter().any(|k| k == "AUTH") && !plain.iter().any(|k| k == "STARTTLS"),
        "plaintext submission EHLO {plain:?}"
    );
}

/// An HS256 JWT for the test user, valid from `issued` to `expires`, signed with `key`.
fn oauth2_token(key: &[u8], issued: i64, expires: i64) -> String {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let claims = format!(
        r#"{{"iss":"https://login.mailtriage.test","aud":"mailtriage","sub":"{USER}","email":"{USER}","iat":{issued},"exp":{expires}}}"#
    );
    let signed = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(claims)
    );
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key);
    let tag = ring::hmac::sign(&key, signed.as_bytes());
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(tag.as_ref()))
}

/// Dovecot's oauth2 passdb validates the tokens locally; Postfix asks Dovecot, so SMTP
/// submission takes them too. A valid token logs in over POP3 and SMTP; an expired one and one
/// signed with another key are refused and named.
fn oauth2_tokens_judged_by_dovecot_and_by_postfix_asking_dovecot(servers: &RealServers) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default();
    let key = real_support::dovecot::OAUTH2_KEY;
    let valid = || oauth2_token(key, now - 10, now + 600);
    let expired = || oauth2_token(key, now - 7_200, now - 3_600);
    let forged = || oauth2_token(b"a key Dovecot has never seen", now - 10, now + 600);

    for (proto, listener, security) in [(Pop3, Pop3Tls, "tls"), (Smtp, Submission, "starttls")] {
        let check = CheckRun::new(servers);
        let check = match proto {
            Pop3 | Imap => check.incoming(listener, security),
            Smtp => check.outgoing(listener, security),
        };
        let report = check.oauth2(valid()).run();
        report.assert_exit_code(0);
        let panel = report.panel(proto.panel());
        panel.assert_step("login", "ok");
        let method = panel
            .fact("login_method")
            .as_str()
            .unwrap_or_default()
            .to_string();
        if !method.ends_with("OAUTHBEARER") {
            report.fail(&format!("logged in with {method}, not OAUTHBEARER"));
        }
    }

    let report = CheckRun::new(servers)
        .outgoing(Submission, "starttls")
        .oauth2(expired())
        .run();
    report.assert_exit_code(1);
    report.panel("outgoing").assert_step("login", "failed");
    report.assert_finding(&["oauth2-token-expired"]);
    if report
        .panel("outgoing")
        .fact("oauth2_error")
        .as_str()
        .is_none()
    {
        report.fail("Postfix passed on no error challenge from Dovecot");
    }

    let report = CheckRun::new(servers)
        .outgoing(Submission, "starttls")
        .oauth2(forged())
        .run();
    report.assert_exit_code(1);
    report.assert_finding(&["oauth2-token-rejected"]);

    let report = CheckRun::new(servers)
        .incoming(Pop3Tls, "tls")
        .oauth2(expired())
        .run();
    report.assert_exit_code(1);
    report.assert_finding(&["oauth2-token-expired"]);
}

// ---- the scenarios against the real servers ----

/// The protocol a row checks a listener with.
#[derive(Clone, Copy)]
enum Proto {
    Pop3,
    Imap,
    Smtp,
}

impl Proto {
    fn panel(self) -> &'static str {
        match self {
            Proto::Pop3 | Proto::Imap => "incoming",
            Proto::Smtp => "outgoing",
        }
    }
}

/// One scenario: the listeners checked, the settings, and what the report must say. The steps,
/// evidence and facts columns are about the first server's panel.
struct Row {
    name: &'static str,
    /// `(protocol, listener, security)`: one, or an incoming and an outgoing one.
    servers: &'static [(Proto, Listener, &'static str)],
    /// The password to log in with; `None`: no user name, no login.
    login: Option<&'static str>,
    allow_plaintext_auth: bool,
    without_test_ca: bool,
    /// `(from, to)`: the SMTP dry run.
    dry_run: Option<(&'static str, &'static str)>,
    /// The exit code; `None`: any.
    code: Option<i32>,
    /// The document's status; `None`: any.
    status: Option<&'static str>,
    /// Steps that all ran and were ok, in this order.
    in_order: &'static [&'static str],
    /// With `in_order`: steps that were skipped instead.
    skipped: &'static [&'static str],
    /// `(step, status)`.
    steps: &'static [(&'static str, &'static str)],
    /// `(step, evidence kind)`.
    evidence: &'static [(&'static str, &'static str)],
    /// The `failure` of the TLS step's `tls` evidence.
    tls_failure: Option<&'static str>,
    /// How the bytes the TLS step got instead of a handshake start.
    peer_bytes: Option<&'static str>,
    /// `(step, prefix)`: the server reply quoted on the step.
    reply: Option<(&'static str, &'static str)>,
    tls_verdict: Option<&'static str>,
    /// The login and mailbox facts of a session that got in.
    got_in: bool,
    findings: &'static [&'static str],
    /// `(finding, panel, words)`: the finding on that panel says every word.
    says: &'static [(&'static str, &'static str, &'static [&'static str])],
    no_error_finding: bool,
    /// What the row checks beyond the columns.
    then: fn(&Report),
}

/// A row's defaults: one server, logging in with the right password, nothing else expected.
const fn row(
    name: &'static str,
    servers: &'static [(Proto, Listener, &'static str)],
    code: Option<i32>,
) -> Row {
    Row {
        name,
        servers,
        login: Some(PASSWORD),
        allow_plaintext_auth: false,
        without_test_ca: false,
        dry_run: None,
        code,
        status: None,
        in_order: &[],
        skipped: &[],
        steps: &[],
        evidence: &[],
        tls_failure: None,
        peer_bytes: None,
        reply: None,
        tls_verdict: None,
        got_in: false,
        findings: &[],
        says: &[],
        no_error_finding: false,
        then: |_| {},
    }
}

impl Row {
    fn run(&self, servers: &RealServers) {
        let mut check = CheckRun::new(servers);
        for &(proto, listener, security) in self.servers {
            check = match proto {
                Proto::Pop3 => check.incoming(listener, security),
                Proto::Imap => check.imap(listener, security),
                Proto::Smtp => check.outgoing(listener, security),
            };
        }
        if let Some(password) = self.login {
            check = check.login(password);
        }
        if self.allow_plaintext_auth {
            check = check.allow_plaintext_auth();
        }
        if self.without_test_ca {
            check = check.without_test_ca();
        }
        if let Some((from, to)) = self.dry_run {
            check = check.dry_run(from, to);
        }
        let report = check.run();
        if let Some(code) = self.code {
            report.assert_exit_code(code);
        }
        if let Some(status) = self.status {
            report.assert_status(status);
        }
        let proto = self.servers[0].0;
        let panel = report.panel(proto.panel());
        if !self.in_order.is_empty() {
            if self.skipped.is_empty() {
                panel.assert_all_ok_in_order(self.in_order);
            } else {
                panel.assert_ok_in_order_except_skipped(self.in_order, self.skipped);
            }
        }
        for (step, status) in self.steps {
            panel.assert_step(step, status);
        }
        for (step, kind) in self.evidence {
            panel.evidence(step, kind);
        }
        if let Some(failure) = self.tls_failure {
            let evidence = panel.evidence("tls", "tls");
            assert_eq!(evidence["failure"], failure, "{}", report.summary());
        }
        if let Some(start) = self.peer_bytes {
            let peer_bytes = panel.evidence("tls", "tls")["peer_bytes"]
                .as_str()
                .unwrap_or("");
            assert!(peer_bytes.starts_with(start), "{}", report.summary());
        }
        if let Some((step, prefix)) = self.reply {
            panel.assert_reply_starts_with(step, prefix);
        }
        if let Some(verdict) = self.tls_verdict {
            panel.assert_tls_verdict(verdict);
        }
        if self.got_in {
            panel.assert_fact("login_ok", json!(true));
            match proto {
                Proto::Pop3 => {
                    panel.assert_fact("message_count", json!(servers.mailbox.message_count()));
                    panel.assert_fact("mailbox_octets", json!(servers.mailbox.pop3_octets()));
                    panel.assert_fact("uidl_ok", json!(true));
                }
                // STATUS INBOX.
                Proto::Imap => {
                    panel.assert_fact("message_count", json!(servers.mailbox.message_count()));
                }
                Proto::Smtp => {}
            }
        }
        if !self.findings.is_empty() {
            report.assert_finding(self.findings);
        }
        for (id, on, words) in self.says {
            let said = report.finding_on(id, on).to_string();
            for word in *words {
                assert!(
                    said.contains(word),
                    "{id} on {on} does not say {word:?}\n{}",
                    report.summary()
                );
            }
        }
        if self.no_error_finding {
            report.assert_no_error_finding();
        }
        (self.then)(&report);
    }
}

const ROWS: &[Row] = &[
    // POP3 (incoming).
    Row {
        status: Some("ok"),
        in_order: &[
            "tcp", "tls", "greeting", "capa", "login", "stat", "uidl", "quit",
        ],
        tls_verdict: Some("valid"),
        got_in: true,
        no_error_finding: true,
        ..row(
            "pop3_implicit_tls_all_steps_ok",
            &[(Pop3, Pop3Tls, "tls")],
            Some(0),
        )
    },
    Row {
        status: Some("ok"),
        in_order: &[
            "tcp", "greeting", "capa", "stls", "tls", "login", "stat", "uidl", "quit",
        ],
        tls_verdict: Some("valid"),
        got_in: true,
        no_error_finding: true,
        ..row(
            "pop3_starttls_all_steps_ok",
            &[(Pop3, Pop3Plain, "starttls")],
            Some(0),
        )
    },
    // Dovecot takes the client on 127.0.0.1 for secured, so it accepts the plaintext password.
    Row {
        allow_plaintext_auth: true,
        in_order: &["tcp", "greeting", "capa", "login", "stat", "uidl", "quit"],
        got_in: true,
        no_error_finding: true,
        ..row(
            "pop3_plaintext_allowed_all_steps_ok",
            &[(Pop3, Pop3Plain, "none")],
            Some(0),
        )
    },
    Row {
        status: Some("warn"),
        steps: &[("greeting", "ok"), ("login", "warn")],
        evidence: &[("login", "declined")],
        findings: &["auth-refused-insecure"],
        ..row(
            "pop3_plaintext_login_declined_without_permission",
            &[(Pop3, Pop3Plain, "none")],
            Some(0),
        )
    },
    Row {
        login: Some(WRONG_PASSWORD),
        status: Some("failed"),
        steps: &[("tls", "ok"), ("login", "failed")],
        reply: Some(("login", "-ERR [AUTH] Authentication failed.")),
        findings: &["auth-failed"],
        ..row(
            "pop3_wrong_password_fails_login_with_dovecot_reply",
            &[(Pop3, Pop3Tls, "tls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tcp", "ok"), ("tls", "failed")],
        tls_failure: Some("not-tls"),
        peer_bytes: Some("+OK"),
        findings: &["tls-on-plaintext-port"],
        ..row(
            "pop3_tls_to_plaintext_port_is_not_tls",
            &[(Pop3, Pop3Plain, "tls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tcp", "ok"), ("greeting", "failed")],
        evidence: &[("greeting", "speaks-tls")],
        findings: &["plaintext-on-tls-port"],
        ..row(
            "pop3_plaintext_to_tls_port_speaks_tls",
            &[(Pop3, Pop3Tls, "starttls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tls", "failed")],
        tls_failure: Some("certificate"),
        tls_verdict: Some("expired"),
        findings: &["cert-expired"],
        ..row(
            "pop3_expired_certificate",
            &[(Pop3, Pop3TlsExpired, "tls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tls", "failed")],
        evidence: &[("tls", "tls")],
        tls_verdict: Some("name-mismatch"),
        findings: &["cert-hostname-mismatch"],
        ..row(
            "pop3_certificate_for_another_name",
            &[(Pop3, Pop3TlsWrongName, "tls")],
            Some(1),
        )
    },
    Row {
        without_test_ca: true,
        steps: &[("tls", "failed")],
        tls_verdict: Some("untrusted"),
        findings: &["cert-untrusted", "tls-intercepted"],
        ..row(
            "pop3_certificate_from_untrusted_ca",
            &[(Pop3, Pop3Tls, "tls")],
            Some(1),
        )
    },
    Row {
        login: None,
        steps: &[("tls", "ok"), ("login", "skipped")],
        no_error_finding: true,
        findings: &["login-not-tested"],
        ..row(
            "pop3_without_a_user_says_the_login_was_not_tested",
            &[(Pop3, Pop3Tls, "tls")],
            None,
        )
    },
    // IMAP (incoming).
    Row {
        status: Some("ok"),
        in_order: &["tcp", "tls", "greeting", "login", "stat", "quit"],
        tls_verdict: Some("valid"),
        got_in: true,
        no_error_finding: true,
        ..row(
            "imap_implicit_tls_all_steps_ok",
            &[(Imap, ImapTls, "tls")],
            Some(0),
        )
    },
    Row {
        status: Some("ok"),
        in_order: &[
            "tcp", "greeting", "starttls", "tls", "capa", "login", "stat", "quit",
        ],
        tls_verdict: Some("valid"),
        got_in: true,
        no_error_finding: true,
        ..row(
            "imap_starttls_all_steps_ok",
            &[(Imap, ImapPlain, "starttls")],
            Some(0),
        )
    },
    // Dovecot takes the client on its own address for secured, so it accepts the password.
    Row {
        allow_plaintext_auth: true,
        in_order: &["tcp", "greeting", "login", "stat", "quit"],
        got_in: true,
        no_error_finding: true,
        ..row(
            "imap_plaintext_allowed_all_steps_ok",
            &[(Imap, ImapPlain, "none")],
            Some(0),
        )
    },
    Row {
        status: Some("warn"),
        steps: &[("greeting", "ok"), ("login", "warn")],
        evidence: &[("login", "declined")],
        findings: &["auth-refused-insecure"],
        ..row(
            "imap_plaintext_login_declined_without_permission",
            &[(Imap, ImapPlain, "none")],
            Some(0),
        )
    },
    // Even with the person's permission, the password is not sent: the server announced
    // LOGINDISABLED on this unencrypted connection.
    Row {
        allow_plaintext_auth: true,
        steps: &[("greeting", "ok"), ("login", "warn")],
        findings: &["auth-plaintext-disallowed"],
        ..row(
            "imap_plaintext_refused_by_the_server",
            &[(Imap, ImapPlainElsewhere, "none")],
            None,
        )
    },
    Row {
        login: Some(WRONG_PASSWORD),
        status: Some("failed"),
        steps: &[("tls", "ok"), ("login", "failed")],
        says: &[(
            "auth-failed",
            "incoming",
            &["[AUTHENTICATIONFAILED] Authentication failed."],
        )],
        ..row(
            "imap_wrong_password_fails_login_with_dovecot_reply",
            &[(Imap, ImapTls, "tls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tls", "failed")],
        tls_failure: Some("not-tls"),
        peer_bytes: Some("* OK"),
        findings: &["tls-on-plaintext-port"],
        ..row(
            "imap_tls_to_plaintext_port_is_not_tls",
            &[(Imap, ImapPlain, "tls")],
            Some(1),
        )
    },
    Row {
        steps: &[("greeting", "failed")],
        evidence: &[("greeting", "speaks-tls")],
        findings: &["plaintext-on-tls-port"],
        ..row(
            "imap_plaintext_to_tls_port_speaks_tls",
            &[(Imap, ImapTls, "starttls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tls", "failed")],
        tls_verdict: Some("expired"),
        findings: &["cert-expired"],
        ..row(
            "imap_expired_certificate",
            &[(Imap, ImapTlsExpired, "tls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tls", "failed")],
        tls_verdict: Some("name-mismatch"),
        findings: &["cert-hostname-mismatch"],
        ..row(
            "imap_certificate_for_another_name",
            &[(Imap, ImapTlsWrongName, "tls")],
            Some(1),
        )
    },
    Row {
        says: &[("wrong-protocol-on-port", "incoming", &["POP3", "993"])],
        ..row(
            "imap_pointed_at_dovecot_pop3_names_pop3",
            &[(Imap, Pop3Plain, "starttls")],
            Some(1),
        )
    },
    Row {
        says: &[("wrong-protocol-on-port", "incoming", &["IMAP"])],
        ..row(
            "pop3_pointed_at_dovecot_imap_names_imap",
            &[(Pop3, ImapPlain, "starttls")],
            Some(1),
        )
    },
    // Another protocol on the port: the servers' settings mixed up.
    Row {
        status: Some("failed"),
        steps: &[("greeting", "failed")],
        says: &[("wrong-protocol-on-port", "incoming", &["SMTP", "995"])],
        then: |report| {
            let finding = report.finding_on("wrong-protocol-on-port", "incoming");
            assert_eq!(finding["severity"], "error", "{}", report.summary());
        },
        ..row(
            "pop3_pointed_at_postfix_submission_names_smtp",
            &[(Pop3, Submission, "starttls")],
            Some(1),
        )
    },
    Row {
        status: Some("failed"),
        says: &[("wrong-protocol-on-port", "outgoing", &["POP3", "587"])],
        ..row(
            "smtp_pointed_at_dovecot_pop3_names_pop3",
            &[(Smtp, Pop3Plain, "starttls")],
            Some(1),
        )
    },
    Row {
        says: &[
            ("wrong-protocol-on-port", "incoming", &["swapped"]),
            ("wrong-protocol-on-port", "outgoing", &["swapped"]),
        ],
        ..row(
            "swapped_incoming_and_outgoing_ports_are_named_swapped",
            &[
                (Pop3, Submission, "starttls"),
                (Smtp, Pop3Plain, "starttls"),
            ],
            Some(1),
        )
    },
    // SMTP (outgoing).
    Row {
        status: Some("ok"),
        in_order: &[
            "tcp", "greeting", "ehlo", "starttls", "tls", "ehlo", "login", "quit",
        ],
        tls_verdict: Some("valid"),
        got_in: true,
        no_error_finding: true,
        ..row(
            "smtp_starttls_submission_all_steps_ok",
            &[(Smtp, Submission, "starttls")],
            Some(0),
        )
    },
    Row {
        status: Some("ok"),
        in_order: &["tcp", "tls", "greeting", "ehlo", "login", "quit"],
        tls_verdict: Some("valid"),
        got_in: true,
        no_error_finding: true,
        ..row(
            "smtp_implicit_tls_submission_all_steps_ok",
            &[(Smtp, SubmissionTls, "tls")],
            Some(0),
        )
    },
    Row {
        allow_plaintext_auth: true,
        in_order: &["tcp", "greeting", "ehlo", "login", "quit"],
        got_in: true,
        no_error_finding: true,
        ..row(
            "smtp_plaintext_allowed_all_steps_ok",
            &[(Smtp, SubmissionPlain, "none")],
            Some(0),
        )
    },
    Row {
        login: Some(WRONG_PASSWORD),
        status: Some("failed"),
        steps: &[("starttls", "ok"), ("login", "failed")],
        reply: Some(("login", "535 5.7.8")),
        findings: &["auth-failed"],
        ..row(
            "smtp_wrong_password_fails_login_with_postfix_reply",
            &[(Smtp, Submission, "starttls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tcp", "ok"), ("tls", "failed")],
        tls_failure: Some("not-tls"),
        peer_bytes: Some("220"),
        findings: &["tls-on-plaintext-port"],
        ..row(
            "smtp_tls_to_plaintext_port_is_not_tls",
            &[(Smtp, Submission, "tls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tcp", "ok"), ("greeting", "failed")],
        evidence: &[("greeting", "speaks-tls")],
        findings: &["plaintext-on-tls-port"],
        ..row(
            "smtp_plaintext_to_tls_port_speaks_tls",
            &[(Smtp, SubmissionTls, "starttls")],
            Some(1),
        )
    },
    Row {
        steps: &[("tls", "failed")],
        tls_failure: Some("certificate"),
        tls_verdict: Some("expired"),
        findings: &["cert-expired"],
        ..row(
            "smtp_expired_certificate",
            &[(Smtp, SubmissionTlsExpired, "tls")],
            Some(1),
        )
    },
    Row {
        steps: &[("starttls", "ok"), ("login", "failed")],
        findings: &["smtp-auth-not-offered"],
        ..row(
            "smtp_relay_port_offers_no_auth",
            &[(Smtp, SmtpRelay, "starttls")],
            Some(1),
        )
    },
    Row {
        dry_run: Some((USER, USER)),
        status: Some("ok"),
        in_order: &[
            "starttls",
            "tls",
            "login",
            "mail-from",
            "rcpt-to",
            "rset",
            "quit",
        ],
        ..row(
            "smtp_dry_run_own_address_accepted",
            &[(Smtp, Submission, "starttls")],
            Some(0),
        )
    },
    // Like a provider's MX on port 25: anybody may send to the domain's own users.
    Row {
        login: None,
        dry_run: Some((FOREIGN_ADDRESS, USER)),
        in_order: &[
            "greeting",
            "ehlo",
            "starttls",
            "tls",
            "mail-from",
            "rcpt-to",
            "rset",
            "quit",
        ],
        skipped: &["login"],
        ..row(
            "smtp_relay_port_accepts_mail_for_own_domain",
            &[(Smtp, SmtpRelay, "starttls")],
            Some(0),
        )
    },
    Row {
        login: None,
        dry_run: Some((USER, FOREIGN_ADDRESS)),
        status: Some("failed"),
        steps: &[("mail-from", "ok"), ("rcpt-to", "failed")],
        reply: Some(("rcpt-to", "554 5.7.1")),
        findings: &["smtp-relay-denied", "smtp-auth-required"],
        ..row(
            "smtp_dry_run_foreign_relay_rejected",
            &[(Smtp, SmtpRelay, "starttls")],
            Some(1),
        )
    },
];

// ---- nothing lost ----

fn mailbox_unchanged_after_all_cases(servers: &RealServers) {
    let maildir = &servers.mailbox.maildir;
    // Dovecot writes its uid list when a session opens the mailbox: without it, no session
    // reached the mailbox and an unchanged mailbox would prove nothing.
    assert!(
        maildir.join("dovecot-uidlist").exists(),
        "no POP3 session ever opened {}",
        maildir.display()
    );
    let now = mailbox::snapshot(maildir).unwrap_or_else(|reason| panic!("{reason}"));
    let changes = mailbox::differences(&servers.mailbox.seeded, &now);
    assert!(
        changes.is_empty(),
        "the test mailbox changed:\n{}",
        changes.join("\n")
    );
}
