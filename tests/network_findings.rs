//! The network panel's findings from real probes: the binary runs against loopback stand-ins
//! (a DNS server with crafted zones, a silent resolver, a time server with a skewed clock, a
//! TLS server with an out-of-date certificate, a blocked port 25, an IPv6 address nothing
//! listens on, a network namespace without routes) and the findings it prints are checked.
//! Every server, resolver, time server and reachability target is on loopback; runs whose
//! servers are named use `--only network`, so no mail panel asks the system's resolver.

mod support;

use std::net::{IpAddr, SocketAddr};
use std::time::{SystemTime, UNIX_EPOCH};
use support::network as network_support;

use serde_json::Value;

use mailtriage::lab::{CertKind, Server, Transport};
use network_support::{
    BlackholePort, DnsServer, OpenPort, Run, SilentUdp, SntpServer, Zone, can_unshare_network,
    check, check_launched, network_only, private_loopback,
};
use support::SERVER_NAME;
use support::kit::{Kit, pop3, smtp_seeing_client};

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

fn findings(run: &Run) -> Vec<&Value> {
    run.json["findings"]
        .as_array()
        .map(|f| f.iter().collect())
        .unwrap_or_default()
}

fn ids(run: &Run) -> Vec<&str> {
    findings(run).iter().map(|f| s(&f["id"])).collect()
}

/// The one finding with this id.
fn finding<'a>(run: &'a Run, id: &str) -> &'a Value {
    let found: Vec<&Value> = findings(run)
        .into_iter()
        .filter(|f| f["id"] == id)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one {id} expected in {:#}",
        run.json["findings"]
    );
    found[0]
}

fn evidence(f: &Value) -> Vec<&str> {
    f["evidence"]
        .as_array()
        .map(|e| e.iter().map(s).collect())
        .unwrap_or_default()
}

fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

// ------------------------------------------------------------------ clock

/// 2020-07-01T00:00:00Z, inside the validity of the lab's expired certificate
/// (2020-01-01 to 2021-01-01).
const MID_2020: i64 = 1_593_561_600;

/// A POP3 server on loopback with TLS from the first byte and an expired certificate, named
/// `mail.test`.
fn pop3_with_tls(kit: &Kit) -> (Server, Vec<String>) {
    let server = kit.start(pop3(Transport::ImplicitTls(CertKind::Expired)));
    let args = vec![
        "--pop3".to_string(),
        format!("{SERVER_NAME}:{}", server.port()),
        "--pop3-security".into(),
        "tls".into(),
        "--resolve".into(),
        format!("{SERVER_NAME}:{}:127.0.0.1", server.port()),
        "--ca-file".into(),
        kit.ca_file_arg(),
    ];
    (server, args)
}

fn check_owned(args: &[String]) -> Run {
    let borrowed: Vec<&str> = args.iter().map(String::as_str).collect();
    check(&borrowed, &[])
}

#[test]
fn a_clock_two_hours_behind_is_named_with_the_correct_time() {
    let sntp = SntpServer::start(2 * 3_600);
    let open = OpenPort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let pop3 = format!("127.0.0.1:{}", open.addr.port());
    let server = sntp.addr.to_string();
    let run = check(
        &[
            "--pop3",
            &pop3,
            "--sntp-server",
            &server,
            "--only",
            "network",
            "--lang",
            "es",
            "--timeout",
            "3",
        ],
        &[],
    );
    assert_eq!(ids(&run), ["clock-skew"]);
    let f = finding(&run, "clock-skew");
    assert_eq!(f["severity"], "warn", "nothing failed because of it yet");
    assert_eq!(f["panel"], "network");
    let explanation = s(&f["explanation"]);
    assert!(
        explanation.contains("lleva un retraso de 2 horas"),
        "{explanation}"
    );
    assert!(explanation.contains("hora correcta"), "{explanation}");
    assert!(
        evidence(f)
            .iter()
            .any(|e| e.starts_with("hora correcta según")),
        "{f:#}"
    );
}

#[test]
fn a_clock_years_ahead_explains_an_expired_certificate() {
    let kit = Kit::new();
    let (_server, mut args) = pop3_with_tls(&kit);
    let sntp = SntpServer::start(MID_2020 - now_unix());
    args.extend([
        "--sntp-server".to_string(),
        sntp.addr.to_string(),
        "--timeout".into(),
        "3".into(),
    ]);
    let run = check_owned(&args);
    let incoming = run.json["panels"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["panel"] == "incoming"))
        .expect("an incoming panel");
    assert_eq!(incoming["tls"]["verdict"], "expired", "{incoming:#}");
    assert_eq!(
        ids(&run),
        ["clock-skew"],
        "the clock stands in for the certificate"
    );
    let f = finding(&run, "clock-skew");
    assert_eq!(f["severity"], "error");
    let explanation = s(&f["explanation"]);
    assert!(explanation.contains("ahead"), "{explanation}");
    assert!(
        explanation.contains(&format!(
            "certificate of {SERVER_NAME} looks out of date: at the correct time it is valid"
        )),
        "{explanation}"
    );
    assert!(
        evidence(f)
            .iter()
            .any(|e| e.ends_with("valid at the correct time")),
        "{f:#}"
    );
}

#[test]
fn a_clock_that_does_not_explain_an_expired_certificate_says_so() {
    let kit = Kit::new();
    let (_server, mut args) = pop3_with_tls(&kit);
    let sntp = SntpServer::start(2 * 3_600);
    args.extend([
        "--sntp-server".to_string(),
        sntp.addr.to_string(),
        "--timeout".into(),
        "3".into(),
    ]);
    let run = check_owned(&args);
    assert_eq!(ids(&run), ["clock-skew"], "the clock comes first");
    let explanation = s(&finding(&run, "clock-skew")["explanation"]);
    assert!(
        explanation.contains(&format!(
            "Even at the correct time, the security certificate of {SERVER_NAME} is out of date"
        )),
        "{explanation}"
    );

    // With the clock right, the certificate finding shows on its own.
    let sntp = SntpServer::start(0);
    let last = args.len() - 3;
    args[last] = sntp.addr.to_string();
    let run = check_owned(&args);
    assert_eq!(ids(&run), ["cert-expired"]);
}

// ------------------------------------------------------------------ network

#[test]
fn a_silent_resolver_is_dns_resolver_down_while_an_address_connects() {
    let silent = SilentUdp::start();
    let open = OpenPort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let sntp = SntpServer::start(0);
    let reach = open.addr.to_string();
    let resolver = silent.addr.to_string();
    let time = sntp.addr.to_string();
    let pop3 = format!("pop.example.test:{}", open.addr.port());
    let run = network_only(&pop3, &resolver, &reach, &time, "1");
    assert_eq!(ids(&run), ["dns-resolver-down"]);
    let f = finding(&run, "dns-resolver-down");
    assert_eq!(f["severity"], "error");
    assert!(s(&f["explanation"]).contains("127.0.0.1"), "{f:#}");
    let lines = evidence(f);
    assert!(
        lines
            .iter()
            .any(|e| e.starts_with(&format!("resolver {resolver}"))),
        "{f:#}"
    );
    assert!(
        lines
            .iter()
            .any(|e| e.starts_with("reach") && e.contains(&format!("{reach}: connected"))),
        "{f:#}"
    );
}

#[test]
fn a_machine_without_routes_has_no_network() {
    if !can_unshare_network() {
        eprintln!("skipped: this machine does not allow a network namespace");
        return;
    }
    // A namespace of its own has no route and a loopback that is down: nothing gets out, and
    // every target named here is on loopback anyway.
    let run = check_launched(
        &["unshare", "-n"],
        &[
            "--pop3",
            "pop.example.test:995",
            "--dns-server",
            "127.0.0.1:53",
            "--reach",
            "127.0.0.1:9",
            "--sntp-server",
            "127.0.0.1:123",
            "--only",
            "network",
            "--timeout",
            "1",
        ],
        &[],
    );
    assert_eq!(ids(&run), ["no-network"], "{:#}", run.json["findings"]);
    let f = finding(&run, "no-network");
    assert!(
        evidence(f)
            .iter()
            .any(|e| e.starts_with("route") && e.contains("no default route")),
        "{f:#}"
    );
}

#[test]
fn port_25_silent_while_587_answers_is_blocked() {
    let ip: IpAddr = "127.0.0.90".parse().unwrap();
    let submission = match OpenPort::start(SocketAddr::new(ip, 587)) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("skipped: cannot bind {ip}:587 ({e}); ports under 1024 need privileges");
            return;
        }
    };
    let _blocked = BlackholePort::start(SocketAddr::new(ip, 25)).unwrap();
    let run = check(
        &[
            "--smtp",
            "127.0.0.90:25",
            "--smtp-security",
            "none",
            "--timeout",
            "1",
        ],
        &[],
    );
    assert_eq!(ids(&run), ["port-25-blocked"]);
    let f = finding(&run, "port-25-blocked");
    assert_eq!(f["panel"], "outgoing");
    let lines = evidence(f);
    assert!(lines[0].contains("no answer (timeout)"), "{f:#}");
    assert!(
        lines.iter().any(|e| e.contains("other submission port")
            && e.contains(&format!("{}: connected", submission.addr))),
        "{f:#}"
    );
    assert!(s(&f["fix"][0]).contains("587"), "{f:#}");
}

#[test]
fn ipv6_refused_beside_working_ipv4_is_ipv6_broken() {
    let v4 = private_loopback(3);
    let open = OpenPort::start(SocketAddr::new(v4, 0)).unwrap();
    let port = open.addr.port();
    let dns = DnsServer::start(
        Zone::new()
            .a("dual.example.test", &v4.to_string())
            .aaaa("dual.example.test", "::1"),
    );
    let sntp = SntpServer::start(0);
    let pop3 = format!("dual.example.test:{port}");
    let resolver = dns.addr.to_string();
    let reach = open.addr.to_string();
    let time = sntp.addr.to_string();
    let run = network_only(&pop3, &resolver, &reach, &time, "2");
    assert_eq!(ids(&run), ["ipv6-broken"]);
    let f = finding(&run, "ipv6-broken");
    assert_eq!(f["severity"], "warn");
    assert!(s(&f["title"]).contains("dual.example.test"), "{f:#}");
    let lines = evidence(f);
    assert!(
        lines
            .iter()
            .any(|e| e.contains(&format!("ipv6 [::1]:{port}")) && e.contains("refused")),
        "{f:#}"
    );
    assert!(
        lines
            .iter()
            .any(|e| e.contains(&format!("ipv4 {v4}:{port}"))),
        "{f:#}"
    );
}

// ------------------------------------------------------------------ domain

fn zones() -> Zone {
    let mut zone = Zone::new()
        // A domain with mail servers and nothing else.
        .mx("plain.example.test", &[(10, "mx.plain.example.test")])
        // A domain whose SPF record needs too many look-ups, with a DMARC record.
        .mx("busy.example.test", &[(10, "mx.busy.example.test")])
        .txt(
            "busy.example.test",
            &["v=spf1 include:a.spf.test include:b.spf.test include:c.spf.test -all"],
        )
        .txt("_dmarc.busy.example.test", &["v=DMARC1; p=none"]);
    for include in ["a.spf.test", "b.spf.test", "c.spf.test"] {
        zone = zone.txt(include, &["v=spf1 a mx exists:%{i}.x.spf.test -all"]);
    }
    zone
        // Blocklist: 192.0.2.99 is listed, with a reason.
        .a("99.2.0.192.bl.example.test", "127.0.0.2")
        .txt(
            "99.2.0.192.bl.example.test",
            &["Listed for spam; see https://bl.example.test/lookup?ip=192.0.2.99"],
        )
}

/// The network panel for an account at `email`, its incoming server on loopback (not on
/// 127.0.0.1, which a preset names).
fn domain_run(dns: &DnsServer, email: &str) -> Run {
    let open = OpenPort::start("127.0.0.2:0".parse().unwrap()).unwrap();
    let pop3 = open.addr.to_string();
    let resolver = dns.addr.to_string();
    check(
        &[
            "--pop3",
            &pop3,
            "--email",
            email,
            "--dns-server",
            &resolver,
            "--only",
            "network",
            "--timeout",
            "2",
        ],
        &[],
    )
}

#[test]
fn a_domain_without_records_is_spf_missing_dmarc_missing_and_a_dkim_hint() {
    let dns = DnsServer::start(zones());
    let run = domain_run(&dns, "ana@plain.example.test");
    assert_eq!(
        ids(&run),
        ["spf-missing", "dmarc-missing", "dkim-not-found"]
    );
    for id in ["spf-missing", "dmarc-missing"] {
        let f = finding(&run, id);
        assert_eq!(f["severity"], "warn", "{f:#}");
        assert!(s(&f["title"]).contains("plain.example.test"), "{f:#}");
    }
    let dkim = finding(&run, "dkim-not-found");
    assert_eq!(
        dkim["severity"], "info",
        "the provider is unknown: only a hint"
    );
    assert!(s(&dkim["explanation"]).contains("only a hint"), "{dkim:#}");
}

#[test]
fn an_spf_record_with_too_many_look_ups_is_spf_invalid() {
    let dns = DnsServer::start(zones());
    let run = domain_run(&dns, "ana@busy.example.test");
    let f = finding(&run, "spf-invalid");
    assert!(
        s(&f["explanation"]).contains("takes 12 DNS look-ups"),
        "{f:#}"
    );
    assert!(!ids(&run).contains(&"dmarc-missing"), "{:?}", ids(&run));
    assert!(!ids(&run).contains(&"spf-missing"), "{:?}", ids(&run));
}

#[test]
fn a_client_address_on_a_blocklist_is_smtp_blocklisted() {
    // The SMTP server names the client 192.0.2.99 in its EHLO reply; that address is listed.
    let dns = DnsServer::start(zones());
    let kit = Kit::new();
    let smtp = kit.start(smtp_seeing_client("192.0.2.99"));
    let resolver = dns.addr.to_string();
    let server = smtp.addr().to_string();
    let run = check(
        &[
            "--smtp",
            &server,
            "--smtp-security",
            "none",
            "--dns-server",
            &resolver,
            "--dnsbl",
            "bl.example.test",
            "--timeout",
            "2",
        ],
        &[],
    );
    // Checked without credentials: the skipped login is noted beside it.
    assert_eq!(ids(&run), ["smtp-blocklisted", "login-not-tested"]);
    let f = finding(&run, "smtp-blocklisted");
    assert_eq!(f["panel"], "outgoing");
    assert_eq!(
        f["severity"], "warn",
        "a listing is a risk, not a refusal seen"
    );
    let explanation = s(&f["explanation"]);
    assert!(explanation.contains("192.0.2.99"), "{explanation}");
    assert!(explanation.contains("bl.example.test"), "{explanation}");
    assert!(explanation.contains("Listed for spam"), "{explanation}");
    assert!(
        evidence(f)
            .iter()
            .any(|e| e.starts_with("blocklist bl.example.test: 192.0.2.99")),
        "{f:#}"
    );
}

/// A mistyped server name: with `--dns-server` the mail panel asks the loopback DNS server too,
/// which answers NXDOMAIN, so nothing leaves loopback.
#[test]
fn misspelt_server_name_is_dns_not_found() {
    let dns = DnsServer::start(Zone::new().a("pop.mail.test", "127.0.0.1"));
    let reach = OpenPort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let sntp = SntpServer::start(0);
    let (dns_addr, reach_addr, sntp_addr) = (
        dns.addr.to_string(),
        reach.addr.to_string(),
        sntp.addr.to_string(),
    );
    let run = check(
        &[
            "--pop3",
            "pop.mial.test",
            "--dns-server",
            &dns_addr,
            "--reach",
            &reach_addr,
            "--sntp-server",
            &sntp_addr,
            "--timeout",
            "3",
        ],
        &[],
    );
    let incoming = run.json["panels"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["panel"] == "incoming"))
        .expect("incoming panel");
    let dns_step = &incoming["steps"][0];
    assert_eq!(s(&dns_step["step"]), "dns", "{incoming:#}");
    assert_eq!(s(&dns_step["status"]), "failed", "{incoming:#}");
    assert_eq!(
        s(&dns_step["evidence"]["failure"]),
        "not-found",
        "{incoming:#}"
    );
    let f = finding(&run, "dns-not-found");
    assert!(
        evidence(f).iter().any(|e| e.contains("pop.mial.test")),
        "{f:#}"
    );
    assert!(
        dns.queries() > 0,
        "the look-up went to the loopback DNS server"
    );
}
