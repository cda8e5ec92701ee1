//! Guessing the servers of an e-mail domain that publishes nothing: no preset, no provider
//! database entry, no SRV records, no autoconfig file. A DNS server the test starts on
//! 127.0.0.1 gives `mail.guess.test` the address 127.0.0.1 and nothing else; the guessed
//! ports are pointed at the lab's servers (POP3 over TLS, SMTP with STARTTLS) and at closed
//! ports, so nothing leaves loopback and no real name is ever resolved.

mod support;

use std::net::{Ipv4Addr, SocketAddr};
use std::process::Command;
use std::sync::Arc;

use hickory_resolver::proto::op::{Message, ResponseCode};
use hickory_resolver::proto::rr::rdata::A;
use hickory_resolver::proto::rr::{Name, RData, Record};
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
use support::{PASSWORD, refused_port, run};
use tokio::net::UdpSocket;
use tokio::task::JoinHandle;

/// The address the lab's servers know.
const EMAIL: &str = "alice@guess.test";

/// A DNS server on 127.0.0.1 whose zone holds only A records to 127.0.0.1 for `names`, and
/// the e-mail domain `domain` without any record: NXDOMAIN for every other name, an empty
/// answer for other record types.
struct DnsServer {
    addr: SocketAddr,
    task: JoinHandle<()>,
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl DnsServer {
    async fn start(domain: &str, names: &[&str]) -> DnsServer {
        let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let addr = socket.local_addr().unwrap();
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let domain = domain.to_string();
        let task = tokio::spawn(async move {
            let mut buf = [0u8; 4096];
            loop {
                let Ok((len, peer)) = socket.recv_from(&mut buf).await else {
                    return;
                };
                let Ok(request) = Message::from_vec(&buf[..len]) else {
                    continue;
                };
                if let Ok(bytes) = answer(&request, &domain, &names).to_vec() {
                    let _ = socket.send_to(&bytes, peer).await;
                }
            }
        });
        DnsServer { addr, task }
    }
}

fn answer(request: &Message, domain: &str, names: &[String]) -> Message {
    let mut response = Message::response(request.metadata.id, request.metadata.op_code);
    response.metadata.recursion_desired = request.metadata.recursion_desired;
    response.metadata.recursion_available = true;
    response.metadata.authoritative = true;
    response.add_queries(request.queries.clone());
    if let Some(edns) = &request.edns {
        response.set_edns(edns.clone());
    }
    let Some(query) = request.queries.first() else {
        response.metadata.response_code = ResponseCode::FormErr;
        return response;
    };
    let asked = query
        .name()
        .to_ascii()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if asked == domain {
        return response;
    }
    if !names.contains(&asked) {
        response.metadata.response_code = ResponseCode::NXDomain;
    } else if query.query_type() == RData::A(A::from(Ipv4Addr::LOCALHOST)).record_type() {
        let owner = Name::from_ascii(format!("{asked}.")).unwrap();
        response.add_answer(Record::from_rdata(
            owner,
            60,
            RData::A(A::from(Ipv4Addr::LOCALHOST)),
        ));
    }
    response
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
    let dns = runtime.block_on(DnsServer::start("guess.test", &["mail.guess.test"]));
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
    let lines = source.describe();
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
    let dns = DnsServer::start("quiet.test", &["mail.quiet.test"]).await;
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
    let dns = DnsServer::start("nowhere.test", &[]).await;
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
