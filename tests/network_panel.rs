//! The network panel against loopback stand-ins: what a run with local servers does and does
//! not touch, refused versus silent ports, the resolver's answer, names that do not exist,
//! broken IPv6, a blocked port 25, reachability targets and a skewed clock.
//! Every server and every look-up is on loopback; named hosts run with `--only network`, so the
//! mail panels never ask the system's resolver.

mod support;

use std::net::SocketAddr;
use support::network as network_support;

use network_support::{
    BlackholePort, DnsServer, OpenPort, SilentUdp, SntpServer, Zone, can_unshare_network, check,
    check_launched, network_only, private_loopback, refused_port,
};

fn s(v: &serde_json::Value) -> &str {
    v.as_str().unwrap_or("")
}

#[test]
fn local_servers_keep_the_panel_on_this_machine() {
    let port = refused_port();
    let pop3 = format!("127.0.0.1:{port}");
    let run = check(
        &["--pop3", &pop3, "--only", "network", "--timeout", "2"],
        &[("HTTPS_PROXY", "http://ana:s3cret@proxy.example.test:3128")],
    );
    let kinds: Vec<&str> = run.network()["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    for absent in [
        "resolver", "reach", "clock", "mx", "spf", "dmarc", "dkim", "dnsbl",
    ] {
        assert!(!kinds.contains(&absent), "{absent} ran: {kinds:?}");
    }
    assert!(
        kinds.contains(&"route") && kinds.contains(&"proxy"),
        "{kinds:?}"
    );
    let proxy = &run.steps("proxy")[0];
    assert!(s(&proxy["detail"]).contains("HTTPS_PROXY=http://proxy.example.test:3128"));
    assert!(
        !run.json.to_string().contains("s3cret"),
        "a proxy password leaked"
    );
    assert_eq!(s(&run.facts()["proxies"][0]["variable"]), "HTTPS_PROXY");
}

#[test]
fn refused_and_silent_ports_are_told_apart() {
    let refused = refused_port();
    let silent = BlackholePort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let pop3 = format!("127.0.0.1:{refused}");
    let smtp = silent.addr.to_string();
    let run = check(
        &[
            "--pop3",
            &pop3,
            "--smtp",
            &smtp,
            "--only",
            "network",
            "--timeout",
            "1",
        ],
        &[],
    );
    assert_eq!(run.code, 1, "a failed connect fails the run");
    let refused_step = run.step("tcp", &format!(":{refused}"));
    assert_eq!(s(&refused_step["status"]), "failed");
    assert_eq!(s(&refused_step["evidence"]["failure"]), "refused");
    let silent_step = run.step("tcp", &format!(":{}", silent.addr.port()));
    assert_eq!(s(&silent_step["status"]), "failed");
    assert_eq!(s(&silent_step["evidence"]["failure"]), "timeout");
    let connects = run.facts()["connects"].as_array().unwrap();
    let by_port = |p: u16| {
        connects
            .iter()
            .find(|c| c["port"] == p && c["purpose"] == "account")
            .unwrap_or_else(|| panic!("no connect to {p} in {connects:?}"))
    };
    assert_eq!(s(&by_port(refused)["failure"]), "refused");
    assert_eq!(s(&by_port(silent.addr.port())["failure"]), "timeout");
    assert_eq!(by_port(refused)["connected"], false);
}

#[test]
fn the_resolver_answers_with_its_latency() {
    let dns = DnsServer::start(Zone::new().a("mail.example.test", "127.0.0.1"));
    let open = OpenPort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let pop3 = format!("mail.example.test:{}", open.addr.port());
    let server = dns.addr.to_string();
    // Named hosts make the panel look outward; keep it on loopback.
    let reach_port = OpenPort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let reach = reach_port.addr.to_string();
    let sntp = SntpServer::start(0);
    let sntp_addr = sntp.addr.to_string();
    let run = network_only(&pop3, &server, &reach, &sntp_addr, "3");
    assert_eq!(run.code, 0, "{}", run.network());
    let resolver = run.step("resolver", &server);
    assert_eq!(s(&resolver["status"]), "ok");
    let facts = &run.facts()["resolvers"][0];
    assert_eq!(facts["answered"], true);
    assert!(facts["latency_ms"].as_f64().is_some());
    let dns_step = run.step("dns", "mail.example.test");
    assert!(
        s(&dns_step["detail"]).contains("A: 127.0.0.1"),
        "{dns_step}"
    );
    assert_eq!(s(&run.facts()["hosts"][0]["source"]), "dns");
    assert!(dns.queries() >= 2);
}

#[test]
fn a_silent_resolver_is_down_while_an_address_connects() {
    let silent = SilentUdp::start();
    let open = OpenPort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let reach = open.addr.to_string();
    let server = silent.addr.to_string();
    let pop3 = format!("pop.example.test:{}", open.addr.port());
    let run = check(
        &[
            "--pop3",
            &pop3,
            "--dns-server",
            &server,
            "--reach",
            &reach,
            "--only",
            "network",
            "--timeout",
            "1",
        ],
        &[],
    );
    let resolver = run.step("resolver", &server);
    assert_eq!(s(&resolver["status"]), "failed");
    assert_eq!(s(&resolver["evidence"]["failure"]), "resolver-failed");
    assert_eq!(run.facts()["resolvers"][0]["answered"], false);
    let dns_step = run.step("dns", "pop.example.test");
    assert_eq!(s(&dns_step["evidence"]["failure"]), "resolver-failed");
    let reach_step = run.step("reach", &reach);
    assert_eq!(s(&reach_step["status"]), "ok", "{reach_step}");
}

#[test]
fn a_name_that_does_not_exist_is_not_found() {
    let dns = DnsServer::start(Zone::new());
    let server = dns.addr.to_string();
    let run = check(
        &[
            "--smtp",
            "smtp.missing.example.test",
            "--dns-server",
            &server,
            "--only",
            "network",
            "--timeout",
            "2",
        ],
        &[],
    );
    assert_eq!(run.code, 1);
    let step = run.step("dns", "smtp.missing.example.test");
    assert_eq!(s(&step["status"]), "failed");
    assert_eq!(s(&step["evidence"]["failure"]), "not-found");
    assert!(
        s(&step["evidence"]["message"]).contains("NXDOMAIN"),
        "{step}"
    );
    assert_eq!(s(&run.facts()["hosts"][0]["failure"]), "not-found");
    assert!(run.steps("tcp").is_empty());
}

#[test]
fn ipv6_that_fails_beside_working_ipv4_is_a_warning() {
    // The name has A and AAAA; only the IPv4 address listens on the port.
    let v4 = private_loopback(1);
    let open = OpenPort::start(SocketAddr::new(v4, 0)).unwrap();
    let port = open.addr.port();
    let dns = DnsServer::start(
        Zone::new()
            .a("dual.example.test", &v4.to_string())
            .aaaa("dual.example.test", "::1"),
    );
    let pop3 = format!("dual.example.test:{port}");
    let server = dns.addr.to_string();
    // Named hosts make the panel look outward; keep it on loopback.
    let reach_port = OpenPort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let reach = reach_port.addr.to_string();
    let sntp = SntpServer::start(0);
    let sntp_addr = sntp.addr.to_string();
    let run = network_only(&pop3, &server, &reach, &sntp_addr, "2");
    let v4_step = run.step("tcp", "ipv4");
    assert_eq!(s(&v4_step["status"]), "ok");
    let v6_step = run.step("tcp", "ipv6");
    assert_eq!(s(&v6_step["status"]), "warn", "{v6_step}");
    assert_eq!(s(&v6_step["evidence"]["failure"]), "refused");
    let host = &run.facts()["hosts"][0];
    assert_eq!(host["ipv6"][0], "::1");
    let v6_connect = run.facts()["connects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["family"] == "ipv6")
        .unwrap();
    assert_eq!(v6_connect["connected"], false);
    assert_eq!(run.code, 0, "IPv4 works, so nothing failed");
}

#[test]
fn port_25_silent_while_587_answers() {
    let ip = private_loopback(2);
    let submission = match OpenPort::start(SocketAddr::new(ip, 587)) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("skipped: cannot bind {ip}:587 ({e}); ports under 1024 need privileges");
            return;
        }
    };
    let blocked = BlackholePort::start(SocketAddr::new(ip, 25)).unwrap();
    let smtp = submission.addr.to_string();
    let run = check(
        &["--smtp", &smtp, "--only", "network", "--timeout", "1"],
        &[],
    );
    assert_eq!(run.code, 0, "only the configured port can fail the run");
    let connects = run.facts()["connects"].as_array().unwrap();
    let port = |p: u16| {
        connects
            .iter()
            .find(|c| c["port"] == p)
            .unwrap_or_else(|| panic!("no connect to {p}: {connects:?}"))
    };
    assert_eq!(port(587)["connected"], true);
    assert_eq!(s(&port(587)["purpose"]), "account");
    assert_eq!(s(&port(25)["purpose"]), "other-submission-port");
    assert_eq!(s(&port(25)["failure"]), "timeout");
    assert_eq!(s(&port(465)["failure"]), "refused");
    // Ports the account does not use are no steps (they cannot fail or warn the run); the
    // transcript says what they did.
    assert!(run.steps("tcp").iter().all(|s| {
        !s["target"]
            .as_str()
            .unwrap_or("")
            .ends_with(&format!("{}:25", blocked.addr.ip()))
    }));
    assert_eq!(s(&run.network()["status"]), "ok");
    let transcript = run.network()["transcript"].to_string();
    assert!(transcript.contains(":25: no answer"), "{transcript}");
    assert!(transcript.contains(":465: refused"), "{transcript}");
}

#[test]
fn reachability_targets_each_get_a_step() {
    let open = OpenPort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let closed = format!("127.0.0.1:{}", refused_port());
    let up = open.addr.to_string();
    let pop3 = format!("127.0.0.1:{}", open.addr.port());
    let run = check(
        &[
            "--pop3",
            &pop3,
            "--reach",
            &up,
            "--reach",
            &closed,
            "--only",
            "network",
            "--timeout",
            "2",
        ],
        &[],
    );
    assert_eq!(s(&run.step("reach", &up)["status"]), "ok");
    let down = run.step("reach", &closed);
    assert_eq!(s(&down["status"]), "warn");
    assert_eq!(s(&down["evidence"]["failure"]), "refused");
    let reach: Vec<_> = run.facts()["connects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["purpose"] == "reach")
        .collect();
    assert_eq!(reach.len(), 2);
}

#[test]
fn a_skewed_clock_is_measured() {
    let sntp = SntpServer::start(600);
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
            "--timeout",
            "3",
        ],
        &[],
    );
    let step = run.step("clock", &server);
    assert_eq!(s(&step["status"]), "warn", "{step}");
    assert!(s(&step["detail"]).contains("behind"), "{step}");
    let offset = run.facts()["clock"]["offset_ms"].as_f64().unwrap();
    assert!((offset - 600_000.0).abs() < 30_000.0, "offset {offset}");
    assert_eq!(run.facts()["clock"]["stratum"], 2);
}

#[test]
fn a_silent_time_server_is_a_warning_with_a_timeout() {
    let silent = SilentUdp::start();
    let open = OpenPort::start("127.0.0.1:0".parse().unwrap()).unwrap();
    let pop3 = format!("127.0.0.1:{}", open.addr.port());
    let server = silent.addr.to_string();
    let run = check(
        &[
            "--pop3",
            &pop3,
            "--sntp-server",
            &server,
            "--only",
            "network",
            "--timeout",
            "1",
        ],
        &[],
    );
    let step = run.step("clock", &server);
    assert_eq!(s(&step["status"]), "warn");
    assert_eq!(s(&step["evidence"]["failure"]), "timeout");
    assert_eq!(s(&run.facts()["clock"]["failure"]), "timeout");
    assert_eq!(run.code, 0);
}

#[test]
fn a_machine_without_a_network_has_no_default_route() {
    // A network namespace of its own has no routes, and even its loopback is down.
    if !can_unshare_network() {
        eprintln!("skipped: this machine does not allow a network namespace");
        return;
    }
    let run = check_launched(
        &["unshare", "-n"],
        &[
            "--pop3",
            "127.0.0.1:995",
            "--only",
            "network",
            "--timeout",
            "1",
        ],
        &[],
    );
    let route = &run.steps("route")[0];
    assert_eq!(
        s(&route["status"]),
        "warn",
        "servers on this machine: a warning"
    );
    assert_eq!(s(&route["evidence"]["failure"]), "unreachable");
    assert_eq!(
        run.facts()["local"]["default_routes"],
        serde_json::json!([])
    );
    let tcp = run.step("tcp", "127.0.0.1:995");
    assert_eq!(s(&tcp["evidence"]["failure"]), "unreachable");
    assert_eq!(run.code, 1);
}
