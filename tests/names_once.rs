//! Each server name is looked up once per run: the panels, the network panel and the cells of
//! the working-settings scan share one resolver, whose A and AAAA answers they all wait on.
//! The names are served by a DNS server of the test's own on loopback (`--dns-server`).

mod support;

use hickory_resolver::proto::rr::RecordType;
use mailtriage::lab::{CertKind, Transport};
use support::kit::{Kit, pop3, smtp};
use support::network::{DnsServer, Zone};
use support::run::CheckCommand;
use support::{PASSWORD, SERVER_NAME, USER, summary};

fn zone() -> Zone {
    Zone::new().a(SERVER_NAME, "127.0.0.1")
}

#[test]
fn every_panel_and_scan_cell_shares_one_look_up_of_the_server_name() {
    let kit = Kit::new();
    let dns = DnsServer::start(zone());
    // The incoming side fails to connect (STARTTLS asked of a server that speaks TLS at once),
    // so a working-settings scan runs too, on the same name.
    let incoming = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
    let outgoing = kit.start(smtp(Transport::Starttls(CertKind::Valid)));
    let out = CheckCommand::new()
        .args([
            "--pop3".to_string(),
            format!("{SERVER_NAME}:{}", incoming.port()),
            "--pop3-security".to_string(),
            "starttls".to_string(),
            "--smtp".to_string(),
            format!("{SERVER_NAME}:{}", outgoing.port()),
            "--smtp-security".to_string(),
            "starttls".to_string(),
            "--dns-server".to_string(),
            dns.addr.to_string(),
        ])
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .run_json();
    let doc = &out.json;
    // The run got as far as the scan: the outgoing side works, the incoming one was scanned.
    assert_eq!(out.code, 1, "{}", summary(doc));
    assert!(
        doc["working_settings"]
            .as_array()
            .is_some_and(|w| w.iter().any(|s| s["panel"] == "incoming")),
        "{}",
        summary(doc)
    );
    assert_eq!(
        dns.queries_for(SERVER_NAME, RecordType::A),
        1,
        "A queries for {SERVER_NAME}"
    );
    assert_eq!(
        dns.queries_for(SERVER_NAME, RecordType::AAAA),
        1,
        "AAAA queries for {SERVER_NAME}"
    );
}
