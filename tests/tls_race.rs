//! Plain text or STARTTLS configured on a port where servers expect TLS from the first byte
//! (995, 993, 465): the TLS handshake on a second connection starts with the first connection,
//! not after a wait for a greeting, and stops as soon as it is not needed. On any other port a
//! healthy server is met by one connection only. The servers listen on those ports of loopback
//! addresses of their own (binding them needs privileges; the tests say so when skipped).

mod support;

use std::net::Ipv4Addr;

use mailtriage::lab::{CertKind, ServerSpec, Transport};
use serde_json::Value;
use support::assertions::transcript_texts;
use support::kit::{Kit, imap, pop3, smtp};
use support::net::privileged_listener;
use support::run::CheckCommand;
use support::{PASSWORD, SERVER_NAME, USER, evidence, step, summary};

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

/// One implicit-TLS server on its standard port, checked with a setting without TLS from the
/// first byte: the greeting step fails with the TLS race's evidence, the race started with the
/// connection, the scan names SSL/TLS on that port, and nothing logged in.
struct Case {
    port: u16,
    /// First loopback address tried (each case has addresses of its own).
    first: Ipv4Addr,
    spec: fn(Transport) -> ServerSpec,
    panel: &'static str,
    /// The check's server options for the listener's address.
    args: fn(std::net::SocketAddr) -> CheckCommand,
}

fn raced_at_once(case: Case) {
    let Some(listener) = privileged_listener(case.port, case.first) else {
        eprintln!(
            "skipped: binding port {} needs privileges this process lacks",
            case.port
        );
        return;
    };
    let kit = Kit::new();
    let server = kit.start_on(
        listener,
        (case.spec)(Transport::ImplicitTls(CertKind::Valid)),
    );
    let out = (case.args)(server.addr())
        .kit_ca(&kit)
        .user(USER)
        .password(PASSWORD)
        .only(case.panel)
        .run_json();
    out.assert_code(1);
    let doc = &out.json;
    evidence(step(doc, case.panel, "greeting"), "speaks-tls");
    assert_raced_at_once(doc, case.panel);
    assert_eq!(
        working_setting(doc, case.panel),
        Some((u64::from(case.port), "tls".to_string())),
        "{}",
        summary(doc)
    );
    // Nothing logged in: neither the panel, nor the race, nor the scan.
    let logins = server.log().logins();
    assert!(logins.is_empty(), "{logins:?}");
}

#[test]
fn starttls_on_the_pop3_tls_port_is_named_by_a_race_started_with_the_connection() {
    raced_at_once(Case {
        port: 995,
        first: Ipv4Addr::new(127, 0, 99, 1),
        spec: pop3,
        panel: "incoming",
        args: |addr| CheckCommand::new().pop3_at(addr, "starttls"),
    });
}

#[test]
fn plain_text_on_the_imap_tls_port_is_named_by_a_race_started_with_the_connection() {
    raced_at_once(Case {
        port: 993,
        first: Ipv4Addr::new(127, 0, 99, 17),
        spec: imap,
        panel: "incoming",
        args: |addr| {
            CheckCommand::new().args([
                "--imap".to_string(),
                format!("{SERVER_NAME}:993"),
                "--imap-security".to_string(),
                "none".to_string(),
                "--resolve".to_string(),
                format!("{SERVER_NAME}:993:{}", addr.ip()),
                "--allow-plaintext-auth".to_string(),
            ])
        },
    });
}

#[test]
fn starttls_on_the_smtp_tls_port_is_named_by_a_race_started_with_the_connection() {
    raced_at_once(Case {
        port: 465,
        first: Ipv4Addr::new(127, 0, 99, 33),
        spec: smtp,
        panel: "outgoing",
        args: |addr| CheckCommand::new().smtp_at(addr, "starttls"),
    });
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
