//! With `--lang es`, what the DNS and mail-domain checks say reaches the person in Spanish:
//! the real binary runs `check --only network --lang es` against a loopback DNS server of the
//! test's own serving a name that does not exist (NXDOMAIN), an answer of SERVFAIL, an SPF
//! record with too many look-ups, a DMARC record without p= and a DKIM key too weak to use.
//! The text output and the JSON's human fields hold no English word but the records and names
//! the DNS and the command line gave.

mod support;

use std::process::Command;

use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::rdata::SRV;
use hickory_resolver::proto::rr::{Name, RData, RecordType};
use mailtriage_core::i18n::stop_list::english_words_in;
use mailtriage_core::settings::Lang;
use serde_json::Value;
use support::network::{Answer, DnsServer, OpenPort, SntpServer, Zone};

const BIN: &str = env!("CARGO_BIN_EXE_mailtriage");

/// A 512-bit RSA public key, too weak for verifiers.
const WEAK_KEY: &str = "v=DKIM1; k=rsa; p=MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBANoKYoy6+G88/4CPv4XLbha1N0Y7Vp9gSQQm9V2OYChdDfkocPo7J/iFXjsFF34pCoR9i8JdqRgtqVMl8krfcgkCAwEAAQ==";

const DOMAIN: &str = "roto.example.test";

/// The records served, which the output quotes as they are.
const SPF: &str =
    "v=spf1 include:d.spf.test include:a.spf.test include:b.spf.test include:c.spf.test -all";
const INCLUDED: &str = "v=spf1 a mx exists:%{i}.x.spf.test -all";
const DMARC: &str = "v=DMARC1; adkim=r";

/// The zone, with `pop3_port` (on 127.0.0.1) offered for POP3 over TLS by an SRV record and
/// the SRV look-up for submission answered with SERVFAIL.
fn zone(pop3_port: u16) -> Zone {
    let pop = Name::from_ascii("pop.roto.example.test.").expect("a name");
    let mut zone = Zone::new()
        .mx(DOMAIN, &[(10, "mx.roto.example.test")])
        .a("pop.roto.example.test", "127.0.0.1")
        .add(
            &format!("_pop3s._tcp.{DOMAIN}"),
            RecordType::SRV,
            vec![RData::SRV(SRV::new(0, 0, pop3_port, pop))],
        )
        .answer(
            &format!("_submission._tcp.{DOMAIN}"),
            RecordType::SRV,
            Answer::Code(ResponseCode::ServFail),
        )
        .txt(DOMAIN, &[SPF])
        .answer(
            "d.spf.test",
            RecordType::TXT,
            Answer::Code(ResponseCode::ServFail),
        )
        .txt(&format!("_dmarc.{DOMAIN}"), &[DMARC])
        .txt(&format!("debil._domainkey.{DOMAIN}"), &[WEAK_KEY]);
    for include in ["a.spf.test", "b.spf.test", "c.spf.test"] {
        zone = zone.txt(include, &[INCLUDED]);
    }
    zone
}

/// The loopback servers a run talks to: nothing leaves this machine.
struct Servers {
    dns: DnsServer,
    open: OpenPort,
    sntp: SntpServer,
}

impl Servers {
    fn start() -> Servers {
        let open = OpenPort::start("127.0.0.1:0".parse().unwrap()).expect("a loopback port");
        Servers {
            dns: DnsServer::start(zone(open.addr.port())),
            open,
            sntp: SntpServer::start(0),
        }
    }
}

/// `mailtriage check --only network --lang es` for an account at [`DOMAIN`] whose POP3 server's
/// name does not exist and whose SMTP server takes connections; `json` adds `--json`.
fn run(servers: &Servers, json: bool) -> String {
    let open = servers.open.addr.to_string();
    let servers_given = [
        "--pop3",
        "pop.nowhere.example.test:110",
        "--smtp",
        &open,
        "--smtp-security",
        "none",
    ];
    run_with(servers, json, &servers_given)
}

/// `mailtriage check --only network --lang es --email ana@roto.example.test` with `extra`.
fn run_with(servers: &Servers, json: bool, extra: &[&str]) -> String {
    let open = servers.open.addr.to_string();
    let server = servers.dns.addr.to_string();
    let sntp = servers.sntp.addr.to_string();
    let mut cmd = Command::new(BIN);
    cmd.arg("check");
    if json {
        cmd.arg("--json");
    }
    cmd.args(extra);
    cmd.args([
        "--lang",
        "es",
        "--reach",
        &open,
        "--sntp-server",
        &sntp,
        "--email",
        "ana@roto.example.test",
        "--dns-server",
        &server,
        "--dkim-selector",
        "debil",
        "--only",
        "network",
        "--timeout",
        "2",
    ])
    .env_remove("MAILTRIAGE_PASSWORD")
    .env_remove("LANG")
    .env_remove("LC_ALL");
    let run = support::run::run_within(cmd, std::time::Duration::from_secs(60));
    run.assert_ended("mailtriage check --lang es");
    run.stdout_text()
}

/// `text` without what the DNS and the command line gave (records, names, addresses): what
/// is left is the product's own words.
fn own_words(text: &str, servers: &Servers) -> String {
    let mut out = text.to_string();
    let mut quoted: Vec<String> = vec![
        SPF.into(),
        INCLUDED.into(),
        DMARC.into(),
        WEAK_KEY.into(),
        servers.dns.addr.to_string(),
        servers.open.addr.to_string(),
        servers.sntp.addr.to_string(),
        // A step's target names what it looked at, in the words machines match on.
        "server 127.0.0.1".into(),
    ];
    quoted.extend(
        [
            "include:d.spf.test",
            "include:a.spf.test",
            "pop.nowhere.example.test",
            "_submission._tcp.roto.example.test",
            "pop.roto.example.test",
            "mx.roto.example.test",
            "debil._domainkey.roto.example.test",
            "_dmarc.roto.example.test",
            "roto.example.test",
            "d.spf.test",
            "-all",
            "mailtriage check",
        ]
        .map(String::from),
    );
    quoted.sort_by_key(|q| std::cmp::Reverse(q.len()));
    for q in quoted {
        out = out.replace(&q, " ");
    }
    // A finding's stable id (`[dns-not-found]`) is for machines and stays as it is.
    while let Some(start) = out.find('[') {
        let end = out[start..].find(']').map_or(out.len(), |e| start + e + 1);
        out.replace_range(start..end, " ");
    }
    out
}

fn english_left(text: &str, servers: &Servers) -> Vec<&'static str> {
    english_words_in(&own_words(text, servers), Lang::Es)
}

#[test]
fn dns_and_domain_problems_read_in_spanish() {
    let servers = Servers::start();
    let text = run(&servers, false);
    for wanted in [
        // NXDOMAIN, SERVFAIL, the SPF look-up count, DMARC without p=, the weak DKIM key.
        "pop.nowhere.example.test: el nombre no existe (NXDOMAIN)",
        "TXT de d.spf.test: el resolvedor DNS respondió SERVFAIL",
        "más de 10 consultas DNS a través de include y redirect",
        "falta la etiqueta de política p=",
        "una clave RSA de 512 bits",
    ] {
        assert!(text.contains(wanted), "{wanted:?} not in:\n{text}");
    }
    let left = english_left(&text, &servers);
    assert!(left.is_empty(), "English words {left:?} in:\n{text}");

    let json: Value = serde_json::from_str(&run(&servers, true)).expect("the report is JSON");
    let mut human: Vec<String> = Vec::new();
    let text_of = |v: &Value| v.as_str().unwrap_or("").to_string();
    // The fields written in the language asked for: step details, transcript notes and the
    // findings. (Facts and evidence objects are for machines and keep their English words.)
    for panel in json["panels"].as_array().expect("panels") {
        for step in panel["steps"].as_array().into_iter().flatten() {
            human.push(text_of(&step["detail"]));
        }
        for line in panel["transcript"].as_array().into_iter().flatten() {
            if line["text_id"].is_string() {
                human.push(text_of(&line["text"]));
            }
        }
    }
    for finding in json["findings"].as_array().into_iter().flatten() {
        human.push(text_of(&finding["title"]));
        human.push(text_of(&finding["explanation"]));
        for list in ["fix", "evidence"] {
            human.extend(finding[list].as_array().into_iter().flatten().map(text_of));
        }
    }
    let all = human.join("\n");
    assert!(
        all.contains("SERVFAIL") && all.contains("NXDOMAIN"),
        "{all}"
    );
    for field in &human {
        let left = english_left(field, &servers);
        assert!(left.is_empty(), "English words {left:?} in {field:?}");
    }
}

/// Discovery's problems are in Spanish too: the SRV look-up for submission answers SERVFAIL
/// while the one for POP3 names the server, and the text report's source lines say so.
#[test]
fn discovery_problems_read_in_spanish() {
    let servers = Servers::start();
    let text = run_with(&servers, false, &[]);
    let wanted = "SRV _submission._tcp.roto.example.test: el resolvedor DNS respondió SERVFAIL";
    assert!(text.contains(wanted), "{wanted:?} not in:\n{text}");
    let left = english_left(&text, &servers);
    assert!(left.is_empty(), "English words {left:?} in:\n{text}");
}
