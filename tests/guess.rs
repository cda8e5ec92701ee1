//! Guessing the servers of an e-mail domain that publishes nothing: no preset, no provider
//! database entry, no SRV records, no autoconfig file. The tests' DNS server, started on
//! 127.0.0.1, gives `mail.guess.test` the address 127.0.0.1 and nothing else; the guessed
//! ports are pointed at the lab's servers (POP3 over TLS, SMTP with STARTTLS) and at closed
//! ports, so nothing leaves loopback and no real name is ever resolved.

mod support;

use std::process::Command;
use std::sync::Arc;

use hickory_resolver::proto::rr::RecordType;
use mailtriage::account::source::Origin;
use mailtriage::account::{Panel, Secret};
use mailtriage::cli::{AccountArgs, Cli, Command as CliCommand};
use mailtriage::command::check::run_once;
use mailtriage::engine::Setup;
use mailtriage::finding::Lang;
use mailtriage::guess::GuessPorts;
use mailtriage::lab::{CertKind, ServerSpec, Transport};
use mailtriage::preset::Presets;
use serde_json::Value;
use support::kit::{Kit, assert_no_password_in_clear};
use support::network::{Answer, DnsServer, Zone};
use support::{PASSWORD, refused_port, run};

/// The address the lab's servers know.
const EMAIL: &str = "alice@guess.test";

/// The shared test DNS server with a zone that holds only A records to 127.0.0.1 for `names`,
/// and the e-mail domain `domain` without any record: NXDOMAIN for every other name, an empty
/// answer for other record types.
fn dns_server(domain: &str, names: &[&str]) -> DnsServer {
    let zone = names.iter().fold(
        Zone::new().answer(domain, RecordType::MX, Answer::Records(Vec::new())),
        |zone, name| zone.a(name, "127.0.0.1"),
    );
    DnsServer::start(zone)
}

/// Every guessed port closed (nothing listens on it).
fn closed_ports() -> GuessPorts {
    GuessPorts {
        pop3_tls: refused_port(),
        pop3_starttls: refused_port(),
        imap_tls: refused_port(),
        imap_starttls: refused_port(),
        smtp_tls: refused_port(),
        smtp_starttls: refused_port(),
    }
}

fn account(args: &[&str]) -> AccountArgs {
    let mut all = vec!["mailtriage", "check"];
    all.extend_from_slice(args);
    match <Cli as clap::Parser>::try_parse_from(all).unwrap().command {
        Some(CliCommand::Check(check)) => check.account,
        _ => unreachable!("the test parses a check command"),
    }
}

/// `check --json` in this process, the guessed ports pointed at `ports`: the incoming and
/// outgoing panels only (the network panel would look outside loopback).
async fn check_json(args: &AccountArgs, ports: GuessPorts) -> Result<Value, String> {
    let gathered =
        tokio::task::block_in_place(|| args.gather_with(|options| options.guess_ports = ports))?;
    let (mut plan, _) = args.build_plan(&gathered)?;
    plan.password = Some(Secret::new(PASSWORD));
    let panels = vec![Panel::Incoming, Panel::Outgoing];
    plan.panels = panels.clone();
    let setup = Setup::new(Arc::new(Presets::embedded()));
    let outcome = run_once(&setup, Arc::new(plan), panels, Lang::En).await;
    let json = mailtriage::report::json::render(&outcome);
    Ok(serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}")))
}

/// The lab runs its own runtime: this test is synchronous, with a runtime of its own for the DNS
/// server and the check.
#[test]
fn the_usual_names_are_guessed_and_the_pick_is_checked_with_the_login() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dns = dns_server("guess.test", &["mail.guess.test"]);
    let kit = Kit::new();
    let names = ["mail.guess.test"];
    let pop3 = kit.start(
        ServerSpec::pop3(Transport::ImplicitTls(CertKind::Valid), EMAIL, PASSWORD).names(&names),
    );
    let smtp = kit.start(
        ServerSpec::smtp(Transport::Starttls(CertKind::Valid), EMAIL, PASSWORD).names(&names),
    );
    let ports = GuessPorts {
        pop3_tls: pop3.port(),
        smtp_starttls: smtp.port(),
        ..closed_ports()
    };
    let server = dns.addr.to_string();
    let ca = kit.ca_file_arg();
    let args = account(&[
        "--email",
        EMAIL,
        "--dns-server",
        &server,
        "--ca-file",
        &ca,
        "--timeout",
        "3",
        "--lang",
        "en",
    ]);
    let doc = runtime.block_on(check_json(&args, ports)).unwrap();
    let schema: Value = serde_json::from_str(mailtriage::report::json::SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{doc}");
    let source = &doc["account_source"];
    assert_eq!(source["incoming_from"], "guess", "{doc}");
    assert_eq!(source["outgoing_from"], "guess", "{doc}");
    assert_eq!(source["found_incoming"]["host"], "mail.guess.test");
    assert_eq!(source["found_incoming"]["port"], pop3.port());
    assert_eq!(source["found_incoming"]["security"], "tls");
    assert_eq!(source["found_outgoing"]["host"], "mail.guess.test");
    assert_eq!(source["found_outgoing"]["port"], smtp.port());
    assert_eq!(source["found_outgoing"]["security"], "starttls");
    // The check that followed logged in, once per server, over TLS: the guess itself never did.
    for log in [pop3.log(), smtp.log()] {
        let logins = log.logins();
        assert_eq!(logins.len(), 1, "one login, the check's: {logins:?}");
        assert!(logins[0].over_tls && logins[0].accepted, "{logins:?}");
        assert_no_password_in_clear(log, PASSWORD);
    }
    assert!(
        pop3.log().connections() >= 2,
        "the guess connected, then the check"
    );
    for panel in doc["panels"].as_array().unwrap() {
        assert_eq!(panel["status"], "ok", "{panel}");
        assert_eq!(panel["facts"]["login_ok"], true, "{panel}");
    }

    // The same account, described for the text report.
    let gathered =
        tokio::task::block_in_place(|| args.gather_with(|options| options.guess_ports = ports))
            .unwrap();
    let (plan, _) = args.build_plan(&gathered).unwrap();
    let source = plan.account_source.unwrap();
    assert_eq!(source.incoming_from, Some(Origin::Guess));
    let lines = source.describe(Lang::En);
    assert_eq!(
        lines[0],
        format!(
            "Incoming server from a guess: mail.guess.test answered POP3 on {} with SSL/TLS",
            pop3.port()
        ),
        "{lines:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_answering_is_a_clear_sentence() {
    let dns = dns_server("quiet.test", &["mail.quiet.test"]);
    let server = dns.addr.to_string();
    let args = account(&[
        "--email",
        "ana@quiet.test",
        "--dns-server",
        &server,
        "--timeout",
        "2",
    ]);
    let err = check_json(&args, closed_ports()).await.unwrap_err();
    for part in [
        "quiet.test publishes no mail settings",
        "quiet.test, mail.quiet.test, pop.quiet.test, pop3.quiet.test, imap.quiet.test, smtp.quiet.test",
        "none answered as a mail server",
        "no password sent",
        "pop.quiet.test",
        "Ask the provider for the incoming server's name, port and security",
        "--smtp HOST:PORT",
    ] {
        assert!(err.contains(part), "{part}: {err}");
    }
    assert!(!err.contains('\n'), "{err}");
}

/// From the command line: a domain none of whose usual names exists ends with exit 2 and the
/// sentence, without a connection (no name resolves, so nothing is probed).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_ends_with_exit_2() {
    let dns = dns_server("nowhere.test", &[]);
    let server = dns.addr.to_string();
    let config = tempfile::tempdir().unwrap();
    let args = [
        "check",
        "--email",
        "ana@nowhere.test",
        "--dns-server",
        &server,
        "--timeout",
        "2",
        "--lang",
        "en",
    ];
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    command
        .args(args)
        .env("XDG_CONFIG_HOME", config.path())
        .env_remove("MAILTRIAGE_PASSWORD");
    let output = tokio::task::block_in_place(|| run::run_within(command, run::WALL_CLOCK_LIMIT));
    output.assert_ended("mailtriage check --email ana@nowhere.test");
    assert_eq!(output.code, Some(2));
    let stderr = output.stderr_text();
    assert!(
        stderr.contains("none answered as a mail server"),
        "{stderr}"
    );
    assert!(stderr.contains("Ask the provider"), "{stderr}");
}
