//! Plain text or STARTTLS configured on a port where servers expect TLS from the first byte
//! (995, 993, 465): the TLS handshake on a second connection starts with the first connection,
//! not after a wait for a greeting, and stops as soon as it is not needed. On any other port a
//! healthy server is met by one connection only. The servers listen on those ports of loopback
//! addresses of their own (binding them needs privileges; the tests say so when skipped).

mod support;

use std::net::Ipv4Addr;

use mailtriage::lab::{CertKind, Transport};
use serde_json::Value;
use support::assertions::transcript_texts;
use support::kit::{Kit, imap, pop3, smtp};
use support::net::privileged_listener;
use support::run::CheckCommand;
use support::{PASSWORD, USER, evidence, step, summary};

const RACE_NOTE: &str = "started at the same time";
const LATE_RACE_NOTE: &str = "no greeting after";

fn working_setting(doc: &Value, panel: &str) -> Option<(u64, String)> {
    doc["working_settings"].as_array()?.iter().find_map(|w| {
        (w["panel"] == panel).then(|| {
            (
                w["port"].as_u64().unwrap_or_default(),
                w["security"].as_str().unwrap_or_default().to_string(),
            )
        })
    })
}

fn assert_raced_at_once(doc: &Value, panel: &str) {
    let lines = transcript_texts(doc, panel);
    assert!(
        lines.iter().any(|l| l.contains(RACE_NOTE)),
        "no race started with the connection:\n{}",
        summary(doc)
    );
    assert!(
        !lines.iter().any(|l| l.contains(LATE_RACE_NOTE)),
        "the race waited for a greeting first:\n{}",
        summary(doc)
    );
}

#[test]
fn starttls_on_the_pop3_tls_port_is_named_by_a_race_started_with_the_connection() {
    let Some(listener) = privileged_listener(995, Ipv4Addr::new(127, 0, 99, 1)) else {
        eprintln!("skipped: binding port 995 needs privileges this process lacks");
        return;
    };
    let kit = Kit::new();
    let server = kit.start_on(listener, pop3(Transport::ImplicitTls(CertKind::Valid)));
    let out = CheckCommand::new()
        .pop3_at(server.addr(), "starttls")
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    let greeting = step(doc, "incoming", "greeting");
    evidence(greeting, "speaks-tls");
    assert_raced_at_once(doc, "incoming");
    assert_eq!(
        working_setting(doc, "incoming"),
        Some((995, "tls".to_string())),
        "{}",
        summary(doc)
    );
    // Nothing logged in: neither the panel, nor the race, nor the scan.
    assert!(
        server.log().logins().is_empty(),
        "{:?}",
        server.log().logins()
    );
}

#[test]
fn plain_text_on_the_imap_tls_port_is_named_by_a_race_started_with_the_connection() {
    let Some(listener) = privileged_listener(993, Ipv4Addr::new(127, 0, 99, 17)) else {
        eprintln!("skipped: binding port 993 needs privileges this process lacks");
        return;
    };
    let kit = Kit::new();
    let server = kit.start_on(listener, imap(Transport::ImplicitTls(CertKind::Valid)));
    let out = CheckCommand::new()
        .args([
            "--imap".to_string(),
            format!("{}:993", support::SERVER_NAME),
            "--imap-security".to_string(),
            "none".to_string(),
            "--resolve".to_string(),
            format!("{}:993:{}", support::SERVER_NAME, server.addr().ip()),
            "--allow-plaintext-auth".to_string(),
        ])
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    evidence(step(doc, "incoming", "greeting"), "speaks-tls");
    assert_raced_at_once(doc, "incoming");
    assert!(server.log().logins().is_empty());
}

#[test]
fn starttls_on_the_smtp_tls_port_is_named_by_a_race_started_with_the_connection() {
    let Some(listener) = privileged_listener(465, Ipv4Addr::new(127, 0, 99, 33)) else {
        eprintln!("skipped: binding port 465 needs privileges this process lacks");
        return;
    };
    let kit = Kit::new();
    let server = kit.start_on(listener, smtp(Transport::ImplicitTls(CertKind::Valid)));
    let out = CheckCommand::new()
        .smtp_at(server.addr(), "starttls")
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only("outgoing")
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    evidence(step(doc, "outgoing", "greeting"), "speaks-tls");
    assert_raced_at_once(doc, "outgoing");
    assert_eq!(
        working_setting(doc, "outgoing"),
        Some((465, "tls".to_string())),
        "{}",
        summary(doc)
    );
    assert!(server.log().logins().is_empty());
}

#[test]
fn a_healthy_starttls_server_on_another_port_gets_one_connection() {
    let kit = Kit::new();
    let server = kit.start(pop3(Transport::Starttls(CertKind::Valid)));
    let out = CheckCommand::new()
        .pop3(server.port(), "starttls")
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .run_json();
    let doc = &out.json;
    assert_eq!(doc["status"], "ok", "{}", summary(doc));
    assert_eq!(server.log().connections(), 1, "{}", summary(doc));
    assert!(
        !transcript_texts(doc, "incoming")
            .iter()
            .any(|l| l.contains(RACE_NOTE))
    );
}
