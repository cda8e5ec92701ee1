//! The domain checks and blocklists against a loopback DNS server serving crafted zones: good
//! and broken SPF, missing DMARC, DKIM present and absent, MX of another provider, listed and
//! unlisted addresses, and the client address taken from the SMTP server's EHLO reply.

mod support;

use network_support::{DnsServer, Run, Zone, check, refused_port};
use support::kit::{Kit, smtp_seeing_client};
use support::network as network_support;

fn s(v: &serde_json::Value) -> &str {
    v.as_str().unwrap_or("")
}

/// A 1024-bit RSA key as DKIM publishes it (SubjectPublicKeyInfo, base64), split in two
/// strings as long keys are.
const KEY_HEAD: &str = "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCtbS7YIJTvZnyV3OhN4B8INAWmdu/9mCdS0/P4JDRbRmOr3sDNwrl6fvpn0RvLrDUbn2w9";
const KEY_TAIL: &str = "XrMjO6XxM2X8C6GeVtKXp1mxENWKx8Ih+Ljo6p2wzPiJlKol319PhmNdhZNS6aiKqrvgvNb+2htc0tWBgoY0MECLjEfWv2KWU5j5awIDAQAB";

fn zones() -> Zone {
    let mut zone = Zone::new()
        // A well-kept domain on its own mail server.
        .mx("good.example.test", &[(10, "mx.good.example.test")])
        .txt(
            "good.example.test",
            &[
                "v=spf1 include:_spf.good.example.test ~all",
                "site-verification=x",
            ],
        )
        .txt("_spf.good.example.test", &["v=spf1 ip4:192.0.2.0/24 -all"])
        .txt(
            "_dmarc.good.example.test",
            &["v=DMARC1; p=reject; rua=mailto:dmarc@good.example.test"],
        )
        .txt_split(
            "mail2024._domainkey.good.example.test",
            &[KEY_HEAD, KEY_TAIL],
        )
        // A neglected domain hosted at Microsoft 365, with too many SPF look-ups.
        .mx(
            "broken.example.test",
            &[(0, "broken-example-test.mail.protection.outlook.com")],
        )
        .txt(
            "broken.example.test",
            &["v=spf1 include:a.spf.test include:b.spf.test include:c.spf.test -all"],
        )
        .txt("selector2._domainkey.broken.example.test", &["v=DKIM1; p="])
        // Two SPF records.
        .mx("twice.example.test", &[(10, "mx.twice.example.test")])
        .txt("twice.example.test", &["v=spf1 -all", "v=spf1 mx -all"]);
    for include in ["a.spf.test", "b.spf.test", "c.spf.test"] {
        zone = zone.txt(include, &["v=spf1 a mx exists:%{i}.x.spf.test -all"]);
    }
    zone
        // Blocklist: 192.0.2.99 listed, 192.0.2.98 not.
        .a("99.2.0.192.bl.example.test", "127.0.0.2")
        .txt(
            "99.2.0.192.bl.example.test",
            &["Listed for spam; see https://bl.example.test/lookup?ip=192.0.2.99"],
        )
        // An answer that is an error code, not a listing.
        .a("97.2.0.192.bl.example.test", "127.255.255.254")
}

fn domain_run(dns: &DnsServer, email: &str, extra: &[&str]) -> Run {
    let server = dns.addr.to_string();
    // Not 127.0.0.1: that is the Proton Mail Bridge preset's server, which would pick
    // Proton's DKIM selectors.
    let pop3 = format!("127.0.0.2:{}", refused_port());
    // Both servers given, so discovery for the e-mail domain fills in neither.
    let smtp = format!("127.0.0.2:{}", refused_port());
    let mut args = vec![
        "--pop3",
        &pop3,
        "--smtp",
        &smtp,
        "--email",
        email,
        "--dns-server",
        &server,
        "--only",
        "network",
        "--timeout",
        "2",
    ];
    args.extend_from_slice(extra);
    check(&args, &[])
}

#[test]
fn a_well_kept_domain_passes_every_check() {
    let dns = DnsServer::start(zones());
    let run = domain_run(
        &dns,
        "ana@good.example.test",
        &["--dkim-selector", "mail2024"],
    );
    for kind in ["mx", "spf", "dmarc", "dkim"] {
        let step = run.step(kind, "good.example.test");
        assert_eq!(s(&step["status"]), "ok", "{kind}: {step}");
    }
    let domain = &run.facts()["domain"];
    assert_eq!(domain["domain"], "good.example.test");
    assert_eq!(domain["mx"]["hosts"][0]["host"], "mx.good.example.test");
    assert_eq!(domain["spf"]["verdict"], "valid");
    assert_eq!(domain["spf"]["dns_lookups"], 1);
    assert_eq!(domain["spf"]["all"], "~all");
    assert_eq!(domain["dmarc"]["policy"], "reject");
    assert_eq!(domain["dkim"]["basis"], "given");
    assert_eq!(domain["dkim"]["selectors"][0]["state"], "found");
    assert_eq!(domain["dkim"]["selectors"][0]["key_bits"], 1024);
}

#[test]
fn a_neglected_domain_shows_each_problem() {
    let dns = DnsServer::start(zones());
    let run = domain_run(&dns, "ana@broken.example.test", &[]);
    let domain = &run.facts()["domain"];
    // MX at Microsoft 365 while the configured server is elsewhere: the mismatch is visible.
    assert_eq!(domain["mx"]["mx_providers"][0], "microsoft-365");
    assert!(domain["mx"]["server_providers"].is_null());
    // 3 includes, each with 3 DNS terms: 12 look-ups.
    assert_eq!(domain["spf"]["verdict"], "too-many-lookups");
    assert_eq!(domain["spf"]["dns_lookups"], 12);
    let spf = run.step("spf", "broken.example.test");
    assert_eq!(s(&spf["status"]), "warn");
    assert!(s(&spf["evidence"]["reply"]).contains("v=spf1 include:a.spf.test"));
    // No _dmarc record at all (NXDOMAIN).
    assert_eq!(domain["dmarc"]["verdict"], "missing");
    assert_eq!(
        s(&run.step("dmarc", "broken.example.test")["status"]),
        "warn"
    );
    // Microsoft's selectors: selector1 absent, selector2 revoked.
    assert_eq!(domain["dkim"]["basis"], "provider");
    assert_eq!(domain["dkim"]["provider"], "microsoft-365");
    let states: Vec<(&str, &str)> = domain["dkim"]["selectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (s(&c["selector"]), s(&c["state"])))
        .collect();
    assert_eq!(states, [("selector1", "missing"), ("selector2", "revoked")]);
    assert_eq!(
        s(&run.step("dkim", "broken.example.test")["status"]),
        "warn"
    );
    assert_eq!(run.code, 1, "the POP3 port is refused");
}

#[test]
fn two_spf_records_and_a_domain_that_does_not_exist() {
    let dns = DnsServer::start(zones());
    let run = domain_run(&dns, "ana@twice.example.test", &[]);
    assert_eq!(run.facts()["domain"]["spf"]["verdict"], "multiple");
    let run = domain_run(&dns, "ana@nowhere.example.test", &[]);
    let domain = &run.facts()["domain"];
    assert_eq!(domain["mx"]["failure"], "not-found");
    assert_eq!(domain["spf"]["verdict"], "missing");
    assert_eq!(domain["dmarc"]["verdict"], "missing");
    assert_eq!(domain["dkim"]["basis"], "common");
    assert!(
        domain["dkim"]["selectors"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["state"] == "missing")
    );
}

#[test]
fn the_public_address_is_looked_up_in_the_blocklist() {
    let dns = DnsServer::start(zones());
    let zone = ["--dnsbl", "bl.example.test"];
    let listed = domain_run(
        &dns,
        "ana@good.example.test",
        &[&zone[..], &["--public-ip", "192.0.2.99"]].concat(),
    );
    let step = listed.step("dnsbl", "client 192.0.2.99 bl.example.test");
    assert_eq!(s(&step["status"]), "warn");
    assert_eq!(s(&step["evidence"]["kind"]), "reply");
    assert!(
        s(&step["evidence"]["reply"]).contains("Listed for spam"),
        "{step}"
    );
    let check = &listed.facts()["blocklists"][0];
    assert_eq!(check["verdict"], "listed");
    assert_eq!(check["subject"], "client");
    assert_eq!(check["codes"][0], "127.0.0.2");

    let clean = domain_run(
        &dns,
        "ana@good.example.test",
        &[&zone[..], &["--public-ip", "192.0.2.98"]].concat(),
    );
    let step = clean.step("dnsbl", "client 192.0.2.98");
    assert_eq!(s(&step["status"]), "ok");
    assert_eq!(clean.facts()["blocklists"][0]["verdict"], "not-listed");

    let refused = domain_run(
        &dns,
        "ana@good.example.test",
        &[&zone[..], &["--public-ip", "192.0.2.97"]].concat(),
    );
    let step = refused.step("dnsbl", "client 192.0.2.97");
    assert_eq!(s(&step["status"]), "skipped");
    assert!(
        s(&step["detail"]).contains("public or open resolvers"),
        "{step}"
    );
    assert_eq!(refused.facts()["blocklists"][0]["verdict"], "unusable");
}

#[test]
fn the_smtp_servers_view_of_the_client_is_looked_up_after_ehlo() {
    let dns = DnsServer::start(zones());
    let kit = Kit::new();
    let smtp = kit.start(smtp_seeing_client("192.0.2.99"));
    let server = dns.addr.to_string();
    let smtp_addr = smtp.addr().to_string();
    let run = check(
        &[
            "--smtp",
            &smtp_addr,
            "--smtp-security",
            "none",
            "--dns-server",
            &server,
            "--dnsbl",
            "bl.example.test",
            "--timeout",
            "2",
        ],
        &[],
    );
    let outgoing = run.json["panels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["panel"] == "outgoing")
        .unwrap();
    assert_eq!(outgoing["facts"]["client_address_seen"], "192.0.2.99");
    let step = run.step("dnsbl", "client 192.0.2.99 bl.example.test");
    assert_eq!(s(&step["status"]), "warn", "{step}");
    // The outgoing server itself is on loopback: not a blocklist matter.
    let server_step = run.step("dnsbl", "server 127.0.0.1");
    assert_eq!(s(&server_step["status"]), "skipped");
}

#[test]
fn no_dns_checks_without_a_resolver_for_local_servers() {
    let pop3 = format!("127.0.0.1:{}", refused_port());
    let run = check(
        &[
            "--pop3",
            &pop3,
            "--email",
            "ana@good.example.test",
            "--public-ip",
            "192.0.2.99",
            "--only",
            "network",
            "--timeout",
            "1",
        ],
        &[],
    );
    for kind in ["mx", "spf", "dmarc", "dkim", "dnsbl", "resolver"] {
        assert!(
            run.steps(kind).is_empty(),
            "{kind} ran without --dns-server"
        );
    }
}
