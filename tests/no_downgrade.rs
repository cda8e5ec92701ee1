//! Advice never lowers security: for every way STARTTLS can go missing or fail, for a security
//! mode that does not match its port, for a refused port whose plain-text neighbour answers and
//! for a configured `none` that works, the real binary (`check` in text, JSON and the Markdown
//! report, and `scan` in text and JSON) never recommends a setting without encryption when the
//! configured one had encryption or when the panel logs in; it names the implicit-TLS port when
//! that port works, and says "no encryption" only as a fact, with the warning.
//!
//! Each row gets a loopback address of its own (127.0.22.N), so that the scan's standard ports on
//! it (110, 995, 25, 465, 587, 2525) belong to that row alone: nothing listens there unless the
//! row puts a server there. The implicit-TLS alternative and the plain-text neighbour sit on
//! standard ports below 1024; where this process may not bind those, the rows that need them
//! say so and test what they can.

mod support;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Duration;
use support::tui as tui_support;

use mailtriage::account::{Endpoint, Plan, Protocol, ResolveOverride, Secret, Security};
use mailtriage::finding::Lang;
use mailtriage::lab::{CertKind, Log, Misbehaviour, Server, Transport};
use mailtriage::model::StepStatus;
use mailtriage::port_scan::{
    PortList, ScanPort, ScanSpec, Verdict, recommend, unencrypted_only_ports, withheld_reason,
};
use mailtriage::probe::scan::scan;
use mailtriage::tui::app::App;
use mailtriage::tui::engine::Engine;
use mailtriage::tui::live_engine::LiveEngine;
use mailtriage::tui::msg::Msg;
use mailtriage::tui::update::{Cmd, update};
use ratatui::crossterm::event::KeyCode;
use serde_json::Value;
use support::kit::{Kit, assert_no_password_in_clear};
use support::*;

/// A TLS alert record: fatal `handshake_failure` (40).
const HANDSHAKE_FAILURE_ALERT: &[u8] = &[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28];
/// The step deadline every run is given; on loopback nothing waits for it but a stall.
const STEP_TIMEOUT: &str = "5";
/// A run of the binary that takes longer than this is killed and the test fails.
const RUN_LIMIT: Duration = Duration::from_secs(60);

/// The English fact sentence about a port that answers only without encryption.
const FACT_EN: &str = "answers only without encryption: do not use it with a password";
/// The Spanish fact sentence.
const FACT_ES: &str = "solo responde sin cifrado: no lo uses con contraseña";

// ---------------------------------------------------------------------------------------------
// Loopback addresses of a row's own

/// The first loopback address handed to a row; the others follow it.
const FIRST_ADDRESS: [u8; 4] = [127, 0, 22, 1];
/// How many loopback addresses may be handed out in one run of this file.
const ADDRESSES: u8 = 200;
static NEXT_ADDRESS: AtomicU8 = AtomicU8::new(0);

/// A loopback address for one row, with listeners on the standard ports it asked for.
struct Host {
    ip: Ipv4Addr,
    /// The listeners on the asked standard ports, in the order asked; `None` when this process
    /// may not bind ports below 1024.
    standard: Option<Vec<TcpListener>>,
}

impl Host {
    /// A fresh loopback address on which each of `standard_ports` could be bound.
    fn with_ports(standard_ports: &[u16]) -> Host {
        loop {
            let n = NEXT_ADDRESS.fetch_add(1, Ordering::SeqCst);
            assert!(
                n < ADDRESSES,
                "every loopback address from 127.0.22.1 is taken"
            );
            let ip = Ipv4Addr::new(
                FIRST_ADDRESS[0],
                FIRST_ADDRESS[1],
                FIRST_ADDRESS[2],
                FIRST_ADDRESS[3] + n,
            );
            let mut listeners = Vec::new();
            let mut usable = true;
            for &port in standard_ports {
                match TcpListener::bind(SocketAddr::from((ip, port))) {
                    Ok(listener) => listeners.push(listener),
                    Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                        return Host { ip, standard: None };
                    }
                    Err(e) if e.kind() == io::ErrorKind::AddrInUse => {
                        usable = false;
                        break;
                    }
                    Err(e) => panic!("bind {ip}:{port}: {e}"),
                }
            }
            if usable {
                return Host {
                    ip,
                    standard: Some(listeners),
                };
            }
        }
    }

    /// A listener on a free port of this address.
    fn any_port(&self) -> TcpListener {
        TcpListener::bind(SocketAddr::from((self.ip, 0))).expect("bind a loopback port")
    }

    fn addr(&self, port: u16) -> SocketAddr {
        SocketAddr::from((IpAddr::V4(self.ip), port))
    }
}

// ---------------------------------------------------------------------------------------------
// Rows

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Proto {
    Pop3,
    Smtp,
}

impl Proto {
    fn panel(self) -> &'static str {
        match self {
            Proto::Pop3 => "incoming",
            Proto::Smtp => "outgoing",
        }
    }

    fn implicit_tls_port(self) -> u16 {
        match self {
            Proto::Pop3 => 995,
            Proto::Smtp => 465,
        }
    }

    fn scan_key(self) -> &'static str {
        match self {
            Proto::Pop3 => "pop3",
            Proto::Smtp => "smtp",
        }
    }
}

/// How the configured port answers.
#[derive(Debug, Clone, Copy)]
enum Configured {
    /// Plain text that offers no STLS / STARTTLS.
    PlainOnly,
    /// Plain text that offers the upgrade and refuses it with this reply.
    UpgradeRefused(&'static str),
    /// Plain text that offers the upgrade, agrees, answers the ClientHello with these bytes and
    /// hangs up (nothing at all: the `220` / `+OK` and then the connection closes).
    UpgradeBroken(&'static [u8]),
    /// TLS from the first byte.
    ImplicitTls,
    /// Nothing listens on the protocol's standard port for this security; a plain-text server
    /// without STARTTLS listens on the standard plain port of the same address.
    RefusedWithPlainNeighbour,
}

struct Row {
    name: &'static str,
    protocol: Proto,
    configured: Configured,
    /// The configured security (`tls`, `starttls`, `none`).
    security: &'static str,
    /// Serve a working implicit-TLS server on the standard port (995 / 465) of the same address.
    implicit_alternative: bool,
    /// The finding this row must produce.
    finding: Option<&'static str>,
    /// Whether the configured port itself answers without encryption only, so the fact belongs
    /// in the advice.
    plain_only_fact: bool,
}

fn rows() -> Vec<Row> {
    use Configured::*;
    let mut rows = Vec::new();
    for protocol in [Proto::Pop3, Proto::Smtp] {
        let refusal = match protocol {
            Proto::Pop3 => "-ERR TLS not available at the moment.",
            Proto::Smtp => "454 4.7.0 TLS not available due to local problem",
        };
        let row = |name, configured, security, implicit_alternative, finding, fact| Row {
            name,
            protocol,
            configured,
            security,
            implicit_alternative,
            finding,
            plain_only_fact: fact,
        };
        rows.extend([
            row(
                "STARTTLS not offered",
                PlainOnly,
                "starttls",
                true,
                Some("starttls-not-offered"),
                true,
            ),
            row(
                "STARTTLS not offered, no implicit TLS",
                PlainOnly,
                "starttls",
                false,
                Some("starttls-not-offered"),
                true,
            ),
            row(
                "STARTTLS refused",
                UpgradeRefused(refusal),
                "starttls",
                true,
                None,
                true,
            ),
            row(
                "upgrade agreed, then the connection closes",
                UpgradeBroken(b""),
                "starttls",
                true,
                Some("starttls-failed"),
                false,
            ),
            row(
                "upgrade handshake failure",
                UpgradeBroken(HANDSHAKE_FAILURE_ALERT),
                "starttls",
                true,
                Some("starttls-failed"),
                false,
            ),
            row(
                "plain text on a TLS port",
                ImplicitTls,
                "starttls",
                false,
                Some("plaintext-on-tls-port"),
                false,
            ),
            row(
                "TLS on a plain-text port",
                PlainOnly,
                "tls",
                true,
                Some("tls-on-plaintext-port"),
                true,
            ),
            row(
                "refused port, plain-text neighbour",
                RefusedWithPlainNeighbour,
                match protocol {
                    Proto::Pop3 => "tls",
                    Proto::Smtp => "starttls",
                },
                false,
                Some("tcp-refused"),
                false,
            ),
            row(
                "configured none works",
                PlainOnly,
                "none",
                false,
                None,
                false,
            ),
        ]);
    }
    rows
}

/// The servers of one row; they stop when dropped.
struct Servers {
    host: Host,
    configured: SocketAddr,
    /// Whether the implicit-TLS alternative is really served.
    alternative_served: bool,
    /// Whether the plain-text neighbour is really served.
    neighbour_served: bool,
    logs: Vec<Log>,
    _servers: Vec<Server>,
}

/// The standard plain-text port a neighbour listens on.
fn plain_neighbour_port(protocol: Proto) -> u16 {
    match protocol {
        Proto::Pop3 => 110,
        Proto::Smtp => 25,
    }
}

/// The configured port of a row whose configured port is refused.
fn refused_configured_port(protocol: Proto) -> u16 {
    match protocol {
        Proto::Pop3 => 995,
        Proto::Smtp => 587,
    }
}

fn start(row: &Row, kit: &Kit) -> Servers {
    let mut standard = Vec::new();
    if row.implicit_alternative {
        standard.push(row.protocol.implicit_tls_port());
    }
    if matches!(row.configured, Configured::RefusedWithPlainNeighbour) {
        standard.push(plain_neighbour_port(row.protocol));
        // Bound and dropped at once: proves the address has it free, leaves it refused.
        standard.push(refused_configured_port(row.protocol));
    }
    let mut host = Host::with_ports(&standard);
    let mut standard_listeners = host.standard.take();
    let mut take = || standard_listeners.as_mut().map(|l| l.remove(0));
    let alternative = row.implicit_alternative.then(&mut take).flatten();
    let (neighbour, refused) = match row.configured {
        Configured::RefusedWithPlainNeighbour => (take(), take()),
        _ => (None, None),
    };
    let alternative_served = alternative.is_some();
    let neighbour_served = neighbour.is_some();
    let mut started = Vec::new();
    // The broken upgrade is declared apart: it is the only misbehaving server.
    let mut broken: Option<Server> = None;
    let mut serve = |transport: Transport, listener: TcpListener, refusal: Option<&str>| {
        let addr = listener.local_addr().expect("listener address");
        let (spec, upgrade) = match row.protocol {
            Proto::Pop3 => (support::kit::pop3(transport), "STLS"),
            Proto::Smtp => (support::kit::smtp(transport), "STARTTLS"),
        };
        let spec = match refusal {
            Some(reply) => spec.reply(upgrade, reply),
            None => spec,
        };
        started.push(kit.start_on(listener, spec));
        addr
    };
    let configured = match row.configured {
        Configured::PlainOnly => serve(Transport::Plain, host.any_port(), None),
        Configured::UpgradeRefused(reply) => serve(
            Transport::Starttls(CertKind::Valid),
            host.any_port(),
            Some(reply),
        ),
        Configured::UpgradeBroken(answer) => {
            let listener = host.any_port();
            let addr = listener.local_addr().expect("listener address");
            let spec = match row.protocol {
                Proto::Pop3 => support::kit::pop3(Transport::Starttls(CertKind::Valid)),
                Proto::Smtp => support::kit::smtp(Transport::Starttls(CertKind::Valid)),
            };
            broken = Some(kit.start_on(
                listener,
                spec.misbehave(Misbehaviour::BreakUpgrade(answer.to_vec())),
            ));
            addr
        }
        Configured::ImplicitTls => serve(
            Transport::ImplicitTls(CertKind::Valid),
            host.any_port(),
            None,
        ),
        Configured::RefusedWithPlainNeighbour => match refused {
            Some(listener) => {
                let port = listener.local_addr().expect("listener address").port();
                drop(listener);
                host.addr(port)
            }
            None => host.addr(refused_port_on(IpAddr::V4(host.ip))),
        },
    };
    if let Some(listener) = neighbour {
        serve(Transport::Plain, listener, None);
    }
    if let Some(listener) = alternative {
        serve(Transport::ImplicitTls(CertKind::Valid), listener, None);
    }
    started.extend(broken);
    let logs = started.iter().map(|s| s.log().clone()).collect();
    Servers {
        host,
        configured,
        alternative_served,
        neighbour_served,
        logs,
        _servers: started,
    }
}

// ---------------------------------------------------------------------------------------------
// Running the binary

/// A run's exit code and output, as text.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs the binary with these arguments, the test password in [`run::PASSWORD_VAR`], and a
/// wall-clock limit.
fn run_binary(args: &[String]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    command
        .args(args)
        .env_remove(run::DEFAULT_PASSWORD_VAR)
        .env(run::PASSWORD_VAR, PASSWORD);
    let out = run::run_within(command, RUN_LIMIT);
    out.assert_ended(&format!("mailtriage {}", args.join(" ")));
    Run {
        code: out.exit_code(),
        stdout: out.stdout_text(),
        stderr: out.stderr_text(),
    }
}

/// The account options of a row: the configured server as `mail.test`, pinned to its address,
/// with the test CA, the user and the password.
fn account_args(row: &Row, servers: &Servers, kit: &Kit) -> Vec<String> {
    let (flag, security_flag) = match row.protocol {
        Proto::Pop3 => ("--pop3", "--pop3-security"),
        Proto::Smtp => ("--smtp", "--smtp-security"),
    };
    let port = servers.configured.port();
    [
        flag,
        &format!("{SERVER_NAME}:{port}"),
        security_flag,
        row.security,
        "--resolve",
        &format!("{SERVER_NAME}:{port}:{}", servers.host.ip),
        "--ca-file",
        &kit.ca_file_arg(),
        "--user",
        USER,
        "--password-env",
        run::PASSWORD_VAR,
        "--timeout",
        STEP_TIMEOUT,
    ]
    .map(String::from)
    .to_vec()
}

fn check_args(row: &Row, servers: &Servers, kit: &Kit, lang: &str) -> Vec<String> {
    let mut args = vec!["check".to_string()];
    args.extend(account_args(row, servers, kit));
    args.extend(["--only", row.protocol.panel(), "--lang", lang].map(String::from));
    args
}

fn scan_args(row: &Row, servers: &Servers, kit: &Kit) -> Vec<String> {
    let mut args = vec!["scan".to_string()];
    args.extend(
        account_args(row, servers, kit)
            .into_iter()
            .filter(|a| a != "--password-env" && a != run::PASSWORD_VAR),
    );
    args
}

// ---------------------------------------------------------------------------------------------
// What must never be said

/// Sentences that would tell the person to use a setting without encryption: the working
/// setting sentence naming no encryption, or an instruction to switch the security off.
const DOWNGRADE_ADVICE: &[&str] = &[
    "with no encryption works",
    "with none works",
    "security none",
    "set the security to none",
    "no security at all",
    "con sin cifrado funciona",
    "sin cifrado funciona",
    "seguridad ninguna",
    "elige «ninguna»",
];

/// The lines of an output that give advice: numbered fix steps, the working settings (text,
/// and the Markdown report's section) and the scan's recommendation and facts.
fn advice_lines(output: &str) -> String {
    let mut advice = Vec::new();
    let mut in_working_settings = false;
    for line in output.lines() {
        if line.starts_with("## ") {
            in_working_settings = line.starts_with("## Settings that work instead");
            continue;
        }
        let trimmed = line.trim_start();
        let numbered = trimmed
            .split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if numbered
            || (in_working_settings && trimmed.starts_with("- "))
            || trimmed.starts_with("Works instead")
            || trimmed.starts_with("Recommended:")
            || trimmed.contains(" none: ")
        {
            advice.push(line);
        }
    }
    advice.join("\n")
}

/// Fails if `text` advises a setting without encryption; `what` names the output.
fn assert_no_downgrade_advice(text: &str, what: &str, row: &Row) {
    let lower = advice_lines(text).to_lowercase();
    for phrase in DOWNGRADE_ADVICE {
        assert!(
            !lower.contains(phrase),
            "{} ({:?}): {what} advises no encryption ({phrase:?}):\n{text}",
            row.name,
            row.protocol
        );
    }
    // "No encryption" may only appear as the fact, with the warning beside it.
    for line in lower.lines() {
        for (words, fact) in [
            ("no encryption", FACT_EN),
            ("without encryption", FACT_EN),
            ("sin cifrado", FACT_ES),
        ] {
            if line.contains(words) && !line.contains(fact) {
                assert!(
                    !line.contains("works") && !line.contains("funciona"),
                    "{} ({:?}): {what} calls no encryption working without the warning:\n{line}",
                    row.name,
                    row.protocol
                );
            }
        }
    }
}

fn fixes(doc: &Value) -> Vec<String> {
    doc["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|f| f["fix"].as_array().into_iter().flatten())
        .filter_map(|l| l.as_str().map(String::from))
        .collect()
}

fn describe(doc: &Value, run: &Run) -> String {
    format!(
        "{}\nworking_settings: {}\nfixes: {:#?}\nstderr: {}",
        summary(doc),
        doc["working_settings"],
        fixes(doc),
        run.stderr
    )
}

// ---------------------------------------------------------------------------------------------
// The table

fn check_row(row: &Row) {
    let kit = Kit::new();
    let servers = start(row, &kit);
    if matches!(row.configured, Configured::RefusedWithPlainNeighbour) && !servers.neighbour_served
    {
        eprintln!(
            "skipped {} ({:?}): binding a standard port needs privileges this process lacks",
            row.name, row.protocol
        );
        return;
    }
    let implicit_port = row.protocol.implicit_tls_port();
    let report_dir = tempfile::tempdir().expect("temporary directory");
    let report_path = report_dir.path().join("report.md");

    // check --json, with the Markdown report, in English.
    let mut args = check_args(row, &servers, &kit, "en");
    args.extend(["--json".to_string(), "--report".to_string()]);
    args.push(report_path.display().to_string());
    let json_run = run_binary(&args);
    let doc: Value = serde_json::from_str(&json_run.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: stdout is not JSON ({e}):\n{}\n{}",
            row.name, json_run.stdout, json_run.stderr
        )
    });
    let context = describe(&doc, &json_run);
    eprintln!(
        "{} ({:?}): findings {:?}, working settings {}, fixes {:#?}",
        row.name,
        row.protocol,
        finding_ids(&doc),
        doc["working_settings"],
        fixes(&doc)
    );
    if let Some(id) = row.finding {
        assert!(
            finding_ids(&doc).iter().any(|f| f == id),
            "{} ({:?}): no finding {id}\n{context}",
            row.name,
            row.protocol
        );
    }
    let settings = doc["working_settings"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    for setting in &settings {
        assert_ne!(
            setting["security"], "none",
            "{} ({:?}): a working setting without encryption is recommended\n{context}",
            row.name, row.protocol
        );
    }
    let all_fixes = fixes(&doc).join("\n");
    assert_no_downgrade_advice(&all_fixes, "the JSON fix steps", row);
    if servers.alternative_served {
        assert!(
            settings
                .iter()
                .any(|s| s["port"] == implicit_port && s["security"] == "tls"),
            "{} ({:?}): the working implicit TLS on {implicit_port} is not recommended\n{context}",
            row.name,
            row.protocol
        );
        let named = format!("Tested just now: port {implicit_port} with SSL/TLS works");
        assert!(
            all_fixes.contains(&named),
            "{} ({:?}): no fix names the implicit TLS\n{context}",
            row.name,
            row.protocol
        );
    } else if row.implicit_alternative {
        eprintln!(
            "{} ({:?}): implicit TLS on {implicit_port} not served (no privileges to bind it)",
            row.name, row.protocol
        );
    }
    if row.plain_only_fact {
        let port = servers.configured.port();
        assert!(
            json_run.stdout.contains(&format!("port {port} {FACT_EN}")),
            "{} ({:?}): the fact about port {port} is missing\n{context}",
            row.name,
            row.protocol
        );
    }
    if row.plain_only_fact && !servers.alternative_served {
        let tried = format!(
            "Tested just now: port {implicit_port} with SSL/TLS does not work on {SERVER_NAME} either."
        );
        assert!(
            all_fixes.contains(&tried),
            "{} ({:?}): the failed SSL/TLS port is not stated\n{context}",
            row.name,
            row.protocol
        );
    }
    let markdown = std::fs::read_to_string(&report_path).unwrap_or_else(|e| {
        panic!("{}: no report ({e})\n{context}", row.name);
    });
    assert_no_downgrade_advice(&markdown, "the Markdown report", row);

    // check in text, in Spanish.
    let text_run = run_binary(&check_args(row, &servers, &kit, "es"));
    assert_no_downgrade_advice(&text_run.stdout, "the Spanish text", row);
    assert!(
        text_run
            .stdout
            .lines()
            .filter(|l| l.starts_with("Works instead"))
            .all(|l| !l.ends_with("security none")),
        "{} ({:?}): the text names a working setting without encryption:\n{}",
        row.name,
        row.protocol,
        text_run.stdout
    );
    if servers.alternative_served {
        assert!(
            text_run
                .stdout
                .contains(&format!("el puerto {implicit_port} con SSL/TLS funciona")),
            "{} ({:?}): the Spanish text does not name the implicit TLS:\n{}",
            row.name,
            row.protocol,
            text_run.stdout
        );
    }
    if row.plain_only_fact {
        assert!(
            text_run.stdout.contains(FACT_ES),
            "{} ({:?}): the Spanish fact is missing:\n{}",
            row.name,
            row.protocol,
            text_run.stdout
        );
    }

    // scan, in JSON and in text.
    let scan_json = run_binary(&{
        let mut a = scan_args(row, &servers, &kit);
        a.push("--json".into());
        a
    });
    let scan_doc: Value = serde_json::from_str(&scan_json.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: scan stdout is not JSON ({e}):\n{}\n{}",
            row.name, scan_json.stdout, scan_json.stderr
        )
    });
    let recommended = &scan_doc["recommended"][row.protocol.scan_key()];
    assert_ne!(
        recommended["security"], "none",
        "{} ({:?}): scan recommends no encryption: {scan_doc:#}",
        row.name, row.protocol
    );
    if servers.alternative_served {
        assert_eq!(recommended["port"], implicit_port, "{scan_doc:#}");
        assert_eq!(recommended["security"], "tls", "{scan_doc:#}");
        assert_eq!(scan_json.code, 0, "{scan_doc:#}");
    }
    let unencrypted_only = &scan_doc["unencrypted_only"][row.protocol.scan_key()];
    if row.plain_only_fact {
        let port = servers.configured.port();
        assert!(
            unencrypted_only
                .as_array()
                .is_some_and(|ports| ports.iter().any(|p| p == port)),
            "{} ({:?}): the scan does not state port {port} as without encryption only: {scan_doc:#}",
            row.name,
            row.protocol
        );
        if !servers.alternative_served {
            assert!(recommended.is_null(), "{scan_doc:#}");
            assert_eq!(scan_json.code, 1, "nothing safe works: {scan_doc:#}");
        }
    }
    let scan_text = run_binary(&scan_args(row, &servers, &kit));
    if row.plain_only_fact {
        let fact = format!("{} none: this port {FACT_EN}", servers.configured.port());
        assert!(
            scan_text.stdout.contains(&fact),
            "{} ({:?}): the scan text lacks {fact:?}:\n{}",
            row.name,
            row.protocol,
            scan_text.stdout
        );
        if !servers.alternative_served {
            assert!(
                scan_text.stdout.contains(&format!(
                    "Recommended: nothing for {}: only settings without encryption worked",
                    row.protocol.scan_key().to_uppercase()
                )),
                "{} ({:?}): the scan text does not say why nothing is recommended:\n{}",
                row.name,
                row.protocol,
                scan_text.stdout
            );
        }
    }
    let recommended_line = scan_text
        .stdout
        .lines()
        .find(|l| l.starts_with("Recommended:"))
        .unwrap_or_else(|| panic!("no recommendation line:\n{}", scan_text.stdout));
    assert!(
        !recommended_line.ends_with(" none") && !recommended_line.contains(" none ("),
        "{} ({:?}): scan recommends no encryption:\n{}",
        row.name,
        row.protocol,
        scan_text.stdout
    );
    assert_no_downgrade_advice(&scan_text.stdout, "the scan text", row);

    // Whatever was advised, the password never crossed a plain connection.
    for log in &servers.logs {
        assert_no_password_in_clear(log, PASSWORD);
    }
}

#[test]
fn pop3_advice_never_lowers_security() {
    for row in rows().iter().filter(|r| r.protocol == Proto::Pop3) {
        check_row(row);
    }
}

#[test]
fn smtp_advice_never_lowers_security() {
    for row in rows().iter().filter(|r| r.protocol == Proto::Smtp) {
        check_row(row);
    }
}

// ---------------------------------------------------------------------------------------------
// The dashboard

/// The dashboard's scan of a POP3 server whose STARTTLS is missing and whose SSL/TLS port is
/// closed: no row is recommended, the selection does not start on plain text, and applying the
/// plain-text row anyway brings the warning in words.
#[test]
fn the_dashboard_never_offers_plain_text_as_the_fix() {
    let kit = Kit::new();
    let row = Row {
        name: "dashboard scan",
        protocol: Proto::Pop3,
        configured: Configured::PlainOnly,
        security: "starttls",
        implicit_alternative: false,
        finding: None,
        plain_only_fact: true,
    };
    let servers = start(&row, &kit);
    let port = servers.configured.port();
    let mut plan = Plan::new(
        Some(Endpoint {
            host: SERVER_NAME.into(),
            port,
            security: Security::Starttls,
        }),
        None,
    );
    plan.user = Some(USER.into());
    plan.password = Some(Secret::new(PASSWORD));
    plan.resolve.push(ResolveOverride {
        host: SERVER_NAME.into(),
        port,
        addr: IpAddr::V4(servers.host.ip),
    });
    plan.extra_ca_pem = Some(kit.ca_pem().as_bytes().to_vec());
    plan.step_timeout = Duration::from_secs(5);

    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let rows = runtime
        .block_on(LiveEngine::new().scan(Arc::new(plan.clone()), Protocol::Pop3))
        .expect("the scan runs");
    assert!(rows.iter().all(|r| !r.recommended), "{rows:#?}");
    assert_ne!(rows[0].security, Security::None, "{rows:#?}");
    let plain = rows
        .iter()
        .position(|r| r.port == port && r.security == Security::None)
        .unwrap_or_else(|| panic!("no plain-text row for port {port}: {rows:#?}"));
    assert_eq!(rows[plain].status, StepStatus::Warn, "{rows:#?}");

    let mut app = App::new(Some(plan), tui_support::config(Lang::Es));
    update(&mut app, tui_support::ch('2'));
    let cmds = update(&mut app, tui_support::ch('s'));
    assert!(
        cmds.iter().any(|c| matches!(
            c,
            Cmd::Scan {
                protocol: Protocol::Pop3,
                ..
            }
        )),
        "the scan did not start"
    );
    update(
        &mut app,
        Msg::ScanFinished {
            protocol: Protocol::Pop3,
            result: Ok(rows),
        },
    );
    let screen = |app: &mut App| {
        let terminal = tui_support::draw(app, 120, 40);
        let buffer = terminal.backend().buffer().clone();
        buffer
            .content()
            .chunks(buffer.area.width as usize)
            .map(|line| line.iter().map(|c| c.symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        !screen(&mut app).contains("no tiene cifrado"),
        "the warning shows before a plain-text row is selected"
    );
    for _ in 0..plain {
        update(&mut app, tui_support::key(KeyCode::Down));
    }
    let shown = screen(&mut app);
    assert!(
        shown.contains("Este ajuste no tiene cifrado: no lo uses con contraseña."),
        "{shown}"
    );
    update(&mut app, tui_support::key(KeyCode::Enter));
    let notice = app.notice.as_ref().expect("a notice after applying");
    assert!(notice.error, "{notice:?}");
    assert!(
        notice
            .text
            .starts_with("Ahora sin cifrado: la contraseña y el correo viajan sin protección."),
        "{notice:?}"
    );
    let applied = app.plan.as_ref().unwrap().incoming.clone().unwrap();
    assert_eq!((applied.port, applied.security), (port, Security::None));
}

// ---------------------------------------------------------------------------------------------
// The scan on ports of its own

/// The same judgement without privileged ports: the scan is given the scripted servers' ports
/// as its standard ones. With STARTTLS missing on the plain port, the implicit-TLS port is
/// recommended while it works, and nothing once it is gone; the plain port is stated as a fact.
#[test]
fn the_scan_recommends_implicit_tls_and_never_the_plain_port() {
    let kit = Kit::new();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    for protocol in [Protocol::Pop3, Protocol::Smtp] {
        // The servers stop when dropped.
        let plain: Box<dyn std::any::Any>;
        let implicit: Option<Box<dyn std::any::Any>>;
        let (plain_port, tls_port) = match protocol {
            Protocol::Pop3 => {
                let p = kit.start(support::kit::pop3(Transport::Plain));
                let t = kit.start(support::kit::pop3(Transport::ImplicitTls(CertKind::Valid)));
                let ports = (p.port(), t.port());
                plain = Box::new(p);
                implicit = Some(Box::new(t));
                ports
            }
            Protocol::Smtp => {
                let p = kit.start(support::kit::smtp(Transport::Plain));
                let t = kit.start(support::kit::smtp(Transport::ImplicitTls(CertKind::Valid)));
                let ports = (p.port(), t.port());
                plain = Box::new(p);
                implicit = Some(Box::new(t));
                ports
            }
            Protocol::Imap => unreachable!("only POP3 and SMTP are listed"),
        };
        let configured = Endpoint {
            host: SERVER_NAME.into(),
            port: plain_port,
            security: Security::Starttls,
        };
        let mut plan = match protocol {
            Protocol::Pop3 => Plan::new(Some(configured.clone()), None),
            Protocol::Smtp => Plan::new(None, Some(configured.clone())),
            Protocol::Imap => unreachable!("only POP3 and SMTP are listed"),
        };
        plan.user = Some(USER.into());
        plan.password = Some(Secret::new(PASSWORD));
        plan.resolve.push(ResolveOverride {
            host: SERVER_NAME.into(),
            port: plain_port,
            addr: IpAddr::V4(Ipv4Addr::LOCALHOST),
        });
        plan.extra_ca_pem = Some(kit.ca_pem().as_bytes().to_vec());
        plan.step_timeout = Duration::from_secs(5);
        let list = PortList {
            ports: vec![
                ScanPort::new(plain_port, &[Security::Starttls, Security::None]),
                ScanPort::new(tls_port, &[Security::Tls]),
            ],
            standard_tls: tls_port,
            standard_plain: plain_port,
        };
        let spec = match protocol {
            Protocol::Pop3 => ScanSpec {
                pop3: list,
                ..ScanSpec::default()
            },
            Protocol::Smtp => ScanSpec {
                smtp: list,
                ..ScanSpec::default()
            },
            Protocol::Imap => unreachable!("only POP3 and SMTP are listed"),
        };
        let plan = Arc::new(plan);

        let result = runtime.block_on(scan(Arc::clone(&plan), &spec, None));
        assert_eq!(
            recommend(&result, protocol, &configured),
            Some(Endpoint {
                host: SERVER_NAME.into(),
                port: tls_port,
                security: Security::Tls,
            }),
            "{protocol:?}: {:#?}",
            result.cells
        );
        assert_eq!(
            unencrypted_only_ports(&result, protocol, SERVER_NAME),
            [plain_port]
        );

        drop(implicit);
        let result = runtime.block_on(scan(Arc::clone(&plan), &spec, None));
        assert_eq!(
            result
                .cell(protocol, plain_port, Security::None)
                .map(|c| c.verdict),
            Some(Verdict::Works),
            "{protocol:?}: {:#?}",
            result.cells
        );
        assert_eq!(
            recommend(&result, protocol, &configured),
            None,
            "{protocol:?}: {:#?}",
            result.cells
        );
        assert!(withheld_reason(&result, protocol, &configured, Lang::En).is_some());
        drop(plain);
    }
}
