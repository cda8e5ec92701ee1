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
use real_support::runner::{Case, Selection, Tally, run_cases};
use real_support::servers::{Listener, PASSWORD, RealServers, USER, WRONG_PASSWORD};
use real_support::{dialogue, mailbox, prerequisites, tls_probe};

/// A recipient outside the servers' domain.
const FOREIGN_ADDRESS: &str = "someone@example.net";

const CASES: &[Case<RealServers>] = &[
    // The set-up itself, proven without the binary.
    Case {
        name: "setup_tls_listeners_present_the_intended_certificates",
        run: setup_tls_listeners_present_the_intended_certificates,
    },
    Case {
        name: "setup_smtp_ports_offer_auth_only_where_intended",
        run: setup_smtp_ports_offer_auth_only_where_intended,
    },
    // POP3 (incoming).
    Case {
        name: "pop3_implicit_tls_all_steps_ok",
        run: pop3_implicit_tls_all_steps_ok,
    },
    Case {
        name: "pop3_starttls_all_steps_ok",
        run: pop3_starttls_all_steps_ok,
    },
    Case {
        name: "pop3_plaintext_allowed_all_steps_ok",
        run: pop3_plaintext_allowed_all_steps_ok,
    },
    Case {
        name: "pop3_plaintext_login_declined_without_permission",
        run: pop3_plaintext_login_declined_without_permission,
    },
    Case {
        name: "pop3_wrong_password_fails_login_with_dovecot_reply",
        run: pop3_wrong_password_fails_login_with_dovecot_reply,
    },
    Case {
        name: "pop3_tls_to_plaintext_port_is_not_tls",
        run: pop3_tls_to_plaintext_port_is_not_tls,
    },
    Case {
        name: "pop3_plaintext_to_tls_port_speaks_tls",
        run: pop3_plaintext_to_tls_port_speaks_tls,
    },
    Case {
        name: "pop3_expired_certificate",
        run: pop3_expired_certificate,
    },
    Case {
        name: "pop3_certificate_for_another_name",
        run: pop3_certificate_for_another_name,
    },
    Case {
        name: "pop3_certificate_from_untrusted_ca",
        run: pop3_certificate_from_untrusted_ca,
    },
    Case {
        name: "pop3_without_a_user_says_the_login_was_not_tested",
        run: pop3_without_a_user_says_the_login_was_not_tested,
    },
    // IMAP (incoming).
    Case {
        name: "imap_implicit_tls_all_steps_ok",
        run: imap_implicit_tls_all_steps_ok,
    },
    Case {
        name: "imap_starttls_all_steps_ok",
        run: imap_starttls_all_steps_ok,
    },
    Case {
        name: "imap_plaintext_allowed_all_steps_ok",
        run: imap_plaintext_allowed_all_steps_ok,
    },
    Case {
        name: "imap_plaintext_login_declined_without_permission",
        run: imap_plaintext_login_declined_without_permission,
    },
    Case {
        name: "imap_plaintext_refused_by_the_server",
        run: imap_plaintext_refused_by_the_server,
    },
    Case {
        name: "imap_wrong_password_fails_login_with_dovecot_reply",
        run: imap_wrong_password_fails_login_with_dovecot_reply,
    },
    Case {
        name: "imap_tls_to_plaintext_port_is_not_tls",
        run: imap_tls_to_plaintext_port_is_not_tls,
    },
    Case {
        name: "imap_plaintext_to_tls_port_speaks_tls",
        run: imap_plaintext_to_tls_port_speaks_tls,
    },
    Case {
        name: "imap_expired_certificate",
        run: imap_expired_certificate,
    },
    Case {
        name: "imap_certificate_for_another_name",
        run: imap_certificate_for_another_name,
    },
    Case {
        name: "imap_pointed_at_dovecot_pop3_names_pop3",
        run: imap_pointed_at_dovecot_pop3_names_pop3,
    },
    Case {
        name: "pop3_pointed_at_dovecot_imap_names_imap",
        run: pop3_pointed_at_dovecot_imap_names_imap,
    },
    // Another protocol on the port: the servers' settings mixed up.
    Case {
        name: "pop3_pointed_at_postfix_submission_names_smtp",
        run: pop3_pointed_at_postfix_submission_names_smtp,
    },
    Case {
        name: "smtp_pointed_at_dovecot_pop3_names_pop3",
        run: smtp_pointed_at_dovecot_pop3_names_pop3,
    },
    Case {
        name: "swapped_incoming_and_outgoing_ports_are_named_swapped",
        run: swapped_incoming_and_outgoing_ports_are_named_swapped,
    },
    // SMTP (outgoing).
    Case {
        name: "smtp_starttls_submission_all_steps_ok",
        run: smtp_starttls_submission_all_steps_ok,
    },
    Case {
        name: "smtp_implicit_tls_submission_all_steps_ok",
        run: smtp_implicit_tls_submission_all_steps_ok,
    },
    Case {
        name: "smtp_plaintext_allowed_all_steps_ok",
        run: smtp_plaintext_allowed_all_steps_ok,
    },
    Case {
        name: "smtp_wrong_password_fails_login_with_postfix_reply",
        run: smtp_wrong_password_fails_login_with_postfix_reply,
    },
    Case {
        name: "smtp_tls_to_plaintext_port_is_not_tls",
        run: smtp_tls_to_plaintext_port_is_not_tls,
    },
    Case {
        name: "smtp_plaintext_to_tls_port_speaks_tls",
        run: smtp_plaintext_to_tls_port_speaks_tls,
    },
    Case {
        name: "smtp_expired_certificate",
        run: smtp_expired_certificate,
    },
    Case {
        name: "smtp_relay_port_offers_no_auth",
        run: smtp_relay_port_offers_no_auth,
    },
    Case {
        name: "smtp_dry_run_own_address_accepted",
        run: smtp_dry_run_own_address_accepted,
    },
    Case {
        name: "smtp_relay_port_accepts_mail_for_own_domain",
        run: smtp_relay_port_accepts_mail_for_own_domain,
    },
    Case {
        name: "smtp_dry_run_foreign_relay_rejected",
        run: smtp_dry_run_foreign_relay_rejected,
    },
];

/// Runs after every other case, whatever the filter.
const FINAL_CASES: &[Case<RealServers>] = &[Case {
    name: "mailbox_unchanged_after_all_cases",
    run: mailbox_unchanged_after_all_cases,
}];

/// Setting this variable to `skip` leaves the suite out (to run only the fast tests).
const OPT_OUT_VARIABLE: &str = "MAILTRIAGE_REAL_SERVERS";

fn main() -> ExitCode {
    let started = Instant::now();
    if std::env::var(OPT_OUT_VARIABLE).is_ok_and(|value| value == "skip") {
        println!("real-server suite not run: {OPT_OUT_VARIABLE}=skip");
        println!(
            "0 passed, 0 failed, {} skipped",
            CASES.len() + FINAL_CASES.len()
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
                CASES,
                &selection,
                &mut tally,
                RealServers::check_alive,
            );
            run_cases(
                &mut servers,
                FINAL_CASES,
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

// ---- POP3 ----

/// The facts a successful POP3 session must report about the seeded mailbox.
fn assert_pop3_mailbox_facts(report: &real_support::report::Report, servers: &RealServers) {
    let incoming = report.panel("incoming");
    incoming.assert_fact("login_ok", json!(true));
    incoming.assert_fact("message_count", json!(servers.mailbox.message_count()));
    incoming.assert_fact("mailbox_octets", json!(servers.mailbox.pop3_octets()));
    incoming.assert_fact("uidl_ok", json!(true));
}

fn pop3_implicit_tls_all_steps_ok(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3Tls, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(0);
    report.assert_status("ok");
    let incoming = report.panel("incoming");
    incoming.assert_all_ok_in_order(&[
        "tcp", "tls", "greeting", "capa", "login", "stat", "uidl", "quit",
    ]);
    incoming.assert_tls_verdict("valid");
    assert_pop3_mailbox_facts(&report, servers);
    report.assert_no_error_finding();
}

fn pop3_starttls_all_steps_ok(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3Plain, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(0);
    report.assert_status("ok");
    let incoming = report.panel("incoming");
    incoming.assert_all_ok_in_order(&[
        "tcp", "greeting", "capa", "stls", "tls", "login", "stat", "uidl", "quit",
    ]);
    incoming.assert_tls_verdict("valid");
    assert_pop3_mailbox_facts(&report, servers);
    report.assert_no_error_finding();
}

fn pop3_plaintext_allowed_all_steps_ok(servers: &RealServers) {
    // Dovecot takes the client on 127.0.0.1 for secured, so it accepts the plaintext password.
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3Plain, "none")
        .login(PASSWORD)
        .allow_plaintext_auth()
        .run();
    report.assert_exit_code(0);
    let incoming = report.panel("incoming");
    incoming.assert_all_ok_in_order(&["tcp", "greeting", "capa", "login", "stat", "uidl", "quit"]);
    assert_pop3_mailbox_facts(&report, servers);
    report.assert_no_error_finding();
}

fn pop3_plaintext_login_declined_without_permission(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3Plain, "none")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(0);
    report.assert_status("warn");
    let incoming = report.panel("incoming");
    incoming.assert_step("greeting", "ok");
    incoming.assert_step("login", "warn");
    incoming.evidence("login", "declined");
    report.assert_finding(&["auth-refused-insecure"]);
}

fn pop3_wrong_password_fails_login_with_dovecot_reply(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3Tls, "tls")
        .login(WRONG_PASSWORD)
        .run();
    report.assert_exit_code(1);
    report.assert_status("failed");
    let incoming = report.panel("incoming");
    incoming.assert_step("tls", "ok");
    incoming.assert_step("login", "failed");
    incoming.assert_reply_starts_with("login", "-ERR [AUTH] Authentication failed.");
    report.assert_finding(&["auth-failed"]);
}

fn pop3_tls_to_plaintext_port_is_not_tls(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3Plain, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let incoming = report.panel("incoming");
    incoming.assert_step("tcp", "ok");
    incoming.assert_step("tls", "failed");
    let evidence = incoming.evidence("tls", "tls");
    assert_eq!(evidence["failure"], "not-tls", "{}", report.summary());
    let peer_bytes = evidence["peer_bytes"].as_str().unwrap_or("");
    assert!(peer_bytes.starts_with("+OK"), "{}", report.summary());
    report.assert_finding(&["tls-on-plaintext-port"]);
}

fn pop3_plaintext_to_tls_port_speaks_tls(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3Tls, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let incoming = report.panel("incoming");
    incoming.assert_step("tcp", "ok");
    incoming.assert_step("greeting", "failed");
    incoming.evidence("greeting", "speaks-tls");
    report.assert_finding(&["plaintext-on-tls-port"]);
}

fn pop3_expired_certificate(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3TlsExpired, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let incoming = report.panel("incoming");
    incoming.assert_step("tls", "failed");
    assert_eq!(
        incoming.evidence("tls", "tls")["failure"],
        "certificate",
        "{}",
        report.summary()
    );
    incoming.assert_tls_verdict("expired");
    report.assert_finding(&["cert-expired"]);
}

fn pop3_certificate_for_another_name(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3TlsWrongName, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let incoming = report.panel("incoming");
    incoming.assert_step("tls", "failed");
    incoming.evidence("tls", "tls");
    incoming.assert_tls_verdict("name-mismatch");
    report.assert_finding(&["cert-hostname-mismatch"]);
}

fn pop3_certificate_from_untrusted_ca(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3Tls, "tls")
        .login(PASSWORD)
        .without_test_ca()
        .run();
    report.assert_exit_code(1);
    let incoming = report.panel("incoming");
    incoming.assert_step("tls", "failed");
    incoming.assert_tls_verdict("untrusted");
    report.assert_finding(&["cert-untrusted", "tls-intercepted"]);
}

// ---- IMAP ----

/// The facts a successful IMAP session must report about the seeded mailbox (STATUS INBOX).
fn assert_imap_mailbox_facts(report: &real_support::report::Report, servers: &RealServers) {
    let incoming = report.panel("incoming");
    incoming.assert_fact("login_ok", json!(true));
    incoming.assert_fact("message_count", json!(servers.mailbox.message_count()));
}

fn imap_implicit_tls_all_steps_ok(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .imap(Listener::ImapTls, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(0);
    report.assert_status("ok");
    let incoming = report.panel("incoming");
    incoming.assert_all_ok_in_order(&["tcp", "tls", "greeting", "login", "stat", "quit"]);
    incoming.assert_tls_verdict("valid");
    assert_imap_mailbox_facts(&report, servers);
    report.assert_no_error_finding();
}

fn imap_starttls_all_steps_ok(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .imap(Listener::ImapPlain, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(0);
    report.assert_status("ok");
    let incoming = report.panel("incoming");
    incoming.assert_all_ok_in_order(&[
        "tcp", "greeting", "starttls", "tls", "capa", "login", "stat", "quit",
    ]);
    incoming.assert_tls_verdict("valid");
    assert_imap_mailbox_facts(&report, servers);
    report.assert_no_error_finding();
}

fn imap_plaintext_allowed_all_steps_ok(servers: &RealServers) {
    // Dovecot takes the client on its own address for secured, so it accepts the password.
    let report = CheckRun::new(servers)
        .imap(Listener::ImapPlain, "none")
        .login(PASSWORD)
        .allow_plaintext_auth()
        .run();
    report.assert_exit_code(0);
    let incoming = report.panel("incoming");
    incoming.assert_all_ok_in_order(&["tcp", "greeting", "login", "stat", "quit"]);
    assert_imap_mailbox_facts(&report, servers);
    report.assert_no_error_finding();
}

fn imap_plaintext_login_declined_without_permission(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .imap(Listener::ImapPlain, "none")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(0);
    report.assert_status("warn");
    let incoming = report.panel("incoming");
    incoming.assert_step("greeting", "ok");
    incoming.assert_step("login", "warn");
    incoming.evidence("login", "declined");
    report.assert_finding(&["auth-refused-insecure"]);
}

fn imap_plaintext_refused_by_the_server(servers: &RealServers) {
    // Even with the person's permission, the password is not sent: the server announced
    // LOGINDISABLED on this unencrypted connection.
    let report = CheckRun::new(servers)
        .imap(Listener::ImapPlainElsewhere, "none")
        .login(PASSWORD)
        .allow_plaintext_auth()
        .run();
    let incoming = report.panel("incoming");
    incoming.assert_step("greeting", "ok");
    incoming.assert_step("login", "warn");
    report.assert_finding(&["auth-plaintext-disallowed"]);
}

fn imap_wrong_password_fails_login_with_dovecot_reply(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .imap(Listener::ImapTls, "tls")
        .login(WRONG_PASSWORD)
        .run();
    report.assert_exit_code(1);
    report.assert_status("failed");
    let incoming = report.panel("incoming");
    incoming.assert_step("tls", "ok");
    incoming.assert_step("login", "failed");
    let words = report.finding_on("auth-failed", "incoming").to_string();
    assert!(
        words.contains("[AUTHENTICATIONFAILED] Authentication failed."),
        "{}",
        report.summary()
    );
}

fn imap_tls_to_plaintext_port_is_not_tls(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .imap(Listener::ImapPlain, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let incoming = report.panel("incoming");
    incoming.assert_step("tls", "failed");
    let evidence = incoming.evidence("tls", "tls");
    assert_eq!(evidence["failure"], "not-tls", "{}", report.summary());
    let peer_bytes = evidence["peer_bytes"].as_str().unwrap_or("");
    assert!(peer_bytes.starts_with("* OK"), "{}", report.summary());
    report.assert_finding(&["tls-on-plaintext-port"]);
}

fn imap_plaintext_to_tls_port_speaks_tls(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .imap(Listener::ImapTls, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let incoming = report.panel("incoming");
    incoming.assert_step("greeting", "failed");
    incoming.evidence("greeting", "speaks-tls");
    report.assert_finding(&["plaintext-on-tls-port"]);
}

fn imap_expired_certificate(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .imap(Listener::ImapTlsExpired, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let incoming = report.panel("incoming");
    incoming.assert_step("tls", "failed");
    incoming.assert_tls_verdict("expired");
    report.assert_finding(&["cert-expired"]);
}

fn imap_certificate_for_another_name(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .imap(Listener::ImapTlsWrongName, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let incoming = report.panel("incoming");
    incoming.assert_step("tls", "failed");
    incoming.assert_tls_verdict("name-mismatch");
    report.assert_finding(&["cert-hostname-mismatch"]);
}

fn imap_pointed_at_dovecot_pop3_names_pop3(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .imap(Listener::Pop3Plain, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let words = report
        .finding_on("wrong-protocol-on-port", "incoming")
        .to_string();
    assert!(
        words.contains("POP3") && words.contains("993"),
        "{}",
        report.summary()
    );
}

fn pop3_pointed_at_dovecot_imap_names_imap(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::ImapPlain, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let words = report
        .finding_on("wrong-protocol-on-port", "incoming")
        .to_string();
    assert!(words.contains("IMAP"), "{}", report.summary());
}

// ---- SMTP ----

fn pop3_without_a_user_says_the_login_was_not_tested(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Pop3Tls, "tls")
        .run();
    let incoming = report.panel("incoming");
    incoming.assert_step("tls", "ok");
    incoming.assert_step("login", "skipped");
    report.assert_no_error_finding();
    report.assert_finding(&["login-not-tested"]);
}

fn pop3_pointed_at_postfix_submission_names_smtp(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Submission, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    report.assert_status("failed");
    report.panel("incoming").assert_step("greeting", "failed");
    let finding = report.finding_on("wrong-protocol-on-port", "incoming");
    assert_eq!(finding["severity"], "error", "{}", report.summary());
    let words = finding.to_string();
    assert!(
        words.contains("SMTP") && words.contains("995"),
        "{}",
        report.summary()
    );
}

fn smtp_pointed_at_dovecot_pop3_names_pop3(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::Pop3Plain, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    report.assert_status("failed");
    let finding = report.finding_on("wrong-protocol-on-port", "outgoing");
    let words = finding.to_string();
    assert!(
        words.contains("POP3") && words.contains("587"),
        "{}",
        report.summary()
    );
}

fn swapped_incoming_and_outgoing_ports_are_named_swapped(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .incoming(Listener::Submission, "starttls")
        .outgoing(Listener::Pop3Plain, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    for panel in ["incoming", "outgoing"] {
        let words = report
            .finding_on("wrong-protocol-on-port", panel)
            .to_string();
        assert!(words.contains("swapped"), "{panel}: {}", report.summary());
    }
}

fn smtp_starttls_submission_all_steps_ok(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::Submission, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(0);
    report.assert_status("ok");
    let outgoing = report.panel("outgoing");
    outgoing.assert_all_ok_in_order(&[
        "tcp", "greeting", "ehlo", "starttls", "tls", "ehlo", "login", "quit",
    ]);
    outgoing.assert_tls_verdict("valid");
    outgoing.assert_fact("login_ok", json!(true));
    report.assert_no_error_finding();
}

fn smtp_implicit_tls_submission_all_steps_ok(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::SubmissionTls, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(0);
    report.assert_status("ok");
    let outgoing = report.panel("outgoing");
    outgoing.assert_all_ok_in_order(&["tcp", "tls", "greeting", "ehlo", "login", "quit"]);
    outgoing.assert_tls_verdict("valid");
    outgoing.assert_fact("login_ok", json!(true));
    report.assert_no_error_finding();
}

fn smtp_plaintext_allowed_all_steps_ok(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::SubmissionPlain, "none")
        .login(PASSWORD)
        .allow_plaintext_auth()
        .run();
    report.assert_exit_code(0);
    let outgoing = report.panel("outgoing");
    outgoing.assert_all_ok_in_order(&["tcp", "greeting", "ehlo", "login", "quit"]);
    outgoing.assert_fact("login_ok", json!(true));
    report.assert_no_error_finding();
}

fn smtp_wrong_password_fails_login_with_postfix_reply(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::Submission, "starttls")
        .login(WRONG_PASSWORD)
        .run();
    report.assert_exit_code(1);
    report.assert_status("failed");
    let outgoing = report.panel("outgoing");
    outgoing.assert_step("starttls", "ok");
    outgoing.assert_step("login", "failed");
    outgoing.assert_reply_starts_with("login", "535 5.7.8");
    report.assert_finding(&["auth-failed"]);
}

fn smtp_tls_to_plaintext_port_is_not_tls(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::Submission, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let outgoing = report.panel("outgoing");
    outgoing.assert_step("tcp", "ok");
    outgoing.assert_step("tls", "failed");
    let evidence = outgoing.evidence("tls", "tls");
    assert_eq!(evidence["failure"], "not-tls", "{}", report.summary());
    let peer_bytes = evidence["peer_bytes"].as_str().unwrap_or("");
    assert!(peer_bytes.starts_with("220"), "{}", report.summary());
    report.assert_finding(&["tls-on-plaintext-port"]);
}

fn smtp_plaintext_to_tls_port_speaks_tls(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::SubmissionTls, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let outgoing = report.panel("outgoing");
    outgoing.assert_step("tcp", "ok");
    outgoing.assert_step("greeting", "failed");
    outgoing.evidence("greeting", "speaks-tls");
    report.assert_finding(&["plaintext-on-tls-port"]);
}

fn smtp_expired_certificate(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::SubmissionTlsExpired, "tls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let outgoing = report.panel("outgoing");
    outgoing.assert_step("tls", "failed");
    assert_eq!(
        outgoing.evidence("tls", "tls")["failure"],
        "certificate",
        "{}",
        report.summary()
    );
    outgoing.assert_tls_verdict("expired");
    report.assert_finding(&["cert-expired"]);
}

fn smtp_relay_port_offers_no_auth(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::SmtpRelay, "starttls")
        .login(PASSWORD)
        .run();
    report.assert_exit_code(1);
    let outgoing = report.panel("outgoing");
    outgoing.assert_step("starttls", "ok");
    outgoing.assert_step("login", "failed");
    report.assert_finding(&["smtp-auth-not-offered"]);
}

fn smtp_dry_run_own_address_accepted(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::Submission, "starttls")
        .login(PASSWORD)
        .dry_run(USER, USER)
        .run();
    report.assert_exit_code(0);
    report.assert_status("ok");
    report.panel("outgoing").assert_all_ok_in_order(&[
        "starttls",
        "tls",
        "login",
        "mail-from",
        "rcpt-to",
        "rset",
        "quit",
    ]);
}

fn smtp_relay_port_accepts_mail_for_own_domain(servers: &RealServers) {
    // Like a provider's MX on port 25: anybody may send to the domain's own users.
    let report = CheckRun::new(servers)
        .outgoing(Listener::SmtpRelay, "starttls")
        .dry_run(FOREIGN_ADDRESS, USER)
        .run();
    report.assert_exit_code(0);
    report.panel("outgoing").assert_ok_in_order_except_skipped(
        &[
            "greeting",
            "ehlo",
            "starttls",
            "tls",
            "mail-from",
            "rcpt-to",
            "rset",
            "quit",
        ],
        &["login"],
    );
}

fn smtp_dry_run_foreign_relay_rejected(servers: &RealServers) {
    let report = CheckRun::new(servers)
        .outgoing(Listener::SmtpRelay, "starttls")
        .dry_run(USER, FOREIGN_ADDRESS)
        .run();
    report.assert_exit_code(1);
    report.assert_status("failed");
    let outgoing = report.panel("outgoing");
    outgoing.assert_step("mail-from", "ok");
    outgoing.assert_step("rcpt-to", "failed");
    outgoing.assert_reply_starts_with("rcpt-to", "554 5.7.1");
    report.assert_finding(&["smtp-relay-denied", "smtp-auth-required"]);
}

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
