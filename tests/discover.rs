//! Discovery of an e-mail domain's mail servers against a DNS server and an HTTPS server that
//! the tests start on 127.0.0.1: the MX records naming a known provider, SRV records, an
//! autoconfig file only, a domain that does not exist, and autoconfig files that must not be
//! used. Then the comparisons of configured settings with what was found, each firing on a
//! wrong set-up and staying quiet on a right one.
//!
//! Nothing leaves loopback: every look-up goes to the test's DNS server (`--dns-server`), whose
//! zone holds only loopback addresses, and the autoconfig host is pinned (`--resolve` style) to
//! the test's HTTPS server, trusted through its own CA (`--ca-file` style). Mail servers named
//! by the zone are never contacted, except in the command-line runs, where they are pinned to
//! 127.0.0.1.

mod support;

use std::net::{Ipv4Addr, SocketAddr};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hickory_resolver::proto::op::{Message, ResponseCode};
use hickory_resolver::proto::rr::rdata::{A, MX, SRV};
use hickory_resolver::proto::rr::{Name, RData, Record};
use mailtriage::account::source::{
    AccountSource, IncomingChoice, Offers, Origin, ProviderMatch, Request, base_account_with,
    discovery_target,
};
use mailtriage::account::{Endpoint, Plan, Protocol, Secret, Security};
use mailtriage::cli::{Cli, Command as CliCommand, PasswordSource};
use mailtriage::discover::{DiscoverOptions, Discovery, discover};
use mailtriage::finding::{Finding, Lang, Severity};
use mailtriage::guess::GuessPorts;
use mailtriage::lab::{CertKind, Pki};
use mailtriage::model::{
    EventKind, Evidence, IoFailure, Panel, ProbeEvent, RunState, ServerInfo, SessionFacts,
    StepKind, StepRecord, StepStatus,
};
use mailtriage::preset::{Presets, UsernameForm};
use serde_json::Value;
use support::run;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, UdpSocket};
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;

/// Generous: on loopback every answer comes long before it.
const DEADLINE: Duration = Duration::from_secs(5);
/// 2025-06-15T15:06:40Z
const NOW: i64 = 1_750_000_000;

// ------------------------------------------------------------------ DNS server

/// One record of the test zone: owner name (no final dot) and data.
type ZoneRecord = (&'static str, RData);

fn name(text: &str) -> Name {
    Name::from_ascii(format!("{}.", text.trim_end_matches('.'))).unwrap()
}

fn mx(preference: u16, host: &str) -> RData {
    RData::MX(MX::new(preference, name(host)))
}

fn srv(priority: u16, port: u16, host: &str) -> RData {
    let target = if host == "." {
        Name::root()
    } else {
        name(host)
    };
    RData::SRV(SRV::new(priority, 0, port, target))
}

fn loopback() -> RData {
    RData::A(A::from(Ipv4Addr::LOCALHOST))
}

/// Every name the tests use, with only loopback addresses.
fn zone() -> Vec<ZoneRecord> {
    vec![
        // Custom domain hosted by Google: MX names Google's servers.
        ("corp.test", mx(1, "aspmx.l.google.com")),
        ("corp.test", mx(5, "alt1.aspmx.l.google.com")),
        // Custom domain hosted by iCloud: no POP3 at all.
        ("apple-hosted.test", mx(10, "mx01.mail.icloud.com")),
        // SRV records, no known provider.
        ("srv.test", mx(10, "mx.srv.test")),
        ("_pop3s._tcp.srv.test", srv(0, 995, "pop.srv.test")),
        ("_pop3._tcp.srv.test", srv(10, 110, "pop.srv.test")),
        ("_submission._tcp.srv.test", srv(0, 587, "smtp.srv.test")),
        // SRV records that say POP3 is not offered.
        ("nopop.test", mx(10, "mx.nopop.test")),
        ("_pop3s._tcp.nopop.test", srv(0, 0, ".")),
        ("_pop3._tcp.nopop.test", srv(0, 0, ".")),
        (
            "_submission._tcp.nopop.test",
            srv(0, 587, "smtp.nopop.test"),
        ),
        // SRV records that offer IMAP and say POP3 is not offered.
        ("imap-srv.test", mx(10, "mx.imap-srv.test")),
        ("_pop3s._tcp.imap-srv.test", srv(0, 0, ".")),
        (
            "_imaps._tcp.imap-srv.test",
            srv(0, 993, "imap.imap-srv.test"),
        ),
        (
            "_submission._tcp.imap-srv.test",
            srv(0, 587, "smtp.imap-srv.test"),
        ),
        // SRV records that offer POP3 and IMAP (the latter with STARTTLS only).
        ("both-srv.test", mx(10, "mx.both-srv.test")),
        (
            "_pop3s._tcp.both-srv.test",
            srv(0, 995, "pop.both-srv.test"),
        ),
        ("_imaps._tcp.both-srv.test", srv(0, 0, ".")),
        (
            "_imap._tcp.both-srv.test",
            srv(0, 143, "imap.both-srv.test"),
        ),
        // Only an autoconfig file.
        ("auto.test", mx(10, "mx.auto.test")),
        ("autoconfig.auto.test", loopback()),
        // Only an autoconfig file, with IMAP and no POP3.
        ("imap-auto.test", mx(10, "mx.imap-auto.test")),
        ("autoconfig.imap-auto.test", loopback()),
        // No preset, no SRV records, no autoconfig file: the MX host is under a domain of
        // Thunderbird's provider database (ISPDB).
        ("ispdb-hosted.test", mx(10, "mx00.t-online.de")),
        // An autoconfig host with a certificate nobody trusts, and one with a huge file.
        ("bad-cert.test", mx(10, "mx.bad-cert.test")),
        ("huge.test", mx(10, "mx.huge.test")),
    ]
}

/// A DNS server on 127.0.0.1 answering from [`zone`]: NXDOMAIN for names not in it, an empty
/// answer for names in it without the record type asked. It stops when dropped.
struct DnsServer {
    addr: SocketAddr,
    asked: Arc<Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl DnsServer {
    async fn start() -> DnsServer {
        let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let addr = socket.local_addr().unwrap();
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&asked);
        let records = zone();
        let task = tokio::spawn(async move {
            let mut buf = [0u8; 4096];
            loop {
                let Ok((len, peer)) = socket.recv_from(&mut buf).await else {
                    return;
                };
                let Ok(request) = Message::from_vec(&buf[..len]) else {
                    continue;
                };
                let response = answer(&request, &records, &log);
                if let Ok(bytes) = response.to_vec() {
                    let _ = socket.send_to(&bytes, peer).await;
                }
            }
        });
        DnsServer { addr, asked, task }
    }

    fn asked(&self) -> Vec<String> {
        self.asked.lock().unwrap().clone()
    }
}

fn answer(request: &Message, records: &[ZoneRecord], log: &Mutex<Vec<String>>) -> Message {
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
    log.lock()
        .unwrap()
        .push(format!("{} {asked}", query.query_type()));
    let owned: Vec<&ZoneRecord> = records.iter().filter(|(n, _)| *n == asked).collect();
    if owned.is_empty() {
        response.metadata.response_code = ResponseCode::NXDomain;
    }
    for (owner, data) in owned {
        if data.record_type() == query.query_type() {
            response.add_answer(Record::from_rdata(name(owner), 60, data.clone()));
        }
    }
    response
}

// ------------------------------------------------------------------ HTTPS server

/// A CA of the test's own (the lab's) and a certificate it issues for `names`.
struct TestCa(Pki);

impl TestCa {
    fn new() -> TestCa {
        TestCa(Pki::new("mailtriage discovery test CA").expect("the lab's CA"))
    }

    fn pem(&self) -> String {
        self.0.ca_pem().to_string()
    }

    fn acceptor(&self, names: &[&str]) -> TlsAcceptor {
        let cert = self
            .0
            .server_cert(CertKind::Valid, names)
            .expect("a certificate");
        TlsAcceptor::from(cert.server_config().expect("a server configuration"))
    }
}

/// An HTTPS server on 127.0.0.1 that answers every GET with `body` and records the request
/// lines. It stops when dropped.
struct HttpsServer {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl Drop for HttpsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl HttpsServer {
    async fn start(acceptor: TlsAcceptor, body: String) -> HttpsServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                let acceptor = acceptor.clone();
                let body = body.clone();
                let log = Arc::clone(&log);
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") && head.len() < 8192 {
                        match tls.read(&mut byte).await {
                            Ok(1) => head.push(byte[0]),
                            _ => return,
                        }
                    }
                    let head = String::from_utf8_lossy(&head).to_string();
                    log.lock()
                        .unwrap()
                        .push(head.lines().next().unwrap_or_default().to_string());
                    let response = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = tls.write_all(response.as_bytes()).await;
                    let _ = tls.shutdown().await;
                });
            }
        });
        HttpsServer {
            port,
            requests,
            task,
        }
    }
}

const AUTOCONFIG: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="auto.test">
    <domain>auto.test</domain>
    <displayName>Auto Test Mail</displayName>
    <incomingServer type="pop3">
      <hostname>pop.%EMAILDOMAIN%</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.auto.test</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>"#;

/// An autoconfig file with an IMAP server and no POP3 one.
const AUTOCONFIG_IMAP: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="imap-auto.test">
    <domain>imap-auto.test</domain>
    <incomingServer type="imap">
      <hostname>imap.%EMAILDOMAIN%</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>imap.imap-auto.test</hostname>
      <port>143</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.imap-auto.test</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>"#;

// ------------------------------------------------------------------ helpers

fn options(dns: &DnsServer) -> DiscoverOptions {
    DiscoverOptions {
        dns_server: Some(dns.addr),
        resolve: Vec::new(),
        extra_ca_pem: None,
        deadline: DEADLINE,
        https_port: DiscoverOptions::HTTPS_PORT,
        guess_ports: GuessPorts::STANDARD,
    }
}

/// Options whose autoconfig host `host` is pinned to the test's HTTPS server.
fn options_with_https(
    dns: &DnsServer,
    host: &str,
    https: &HttpsServer,
    ca: &TestCa,
) -> DiscoverOptions {
    DiscoverOptions {
        resolve: vec![format!("{host}:443:127.0.0.1").parse().unwrap()],
        extra_ca_pem: Some(ca.pem().into_bytes()),
        https_port: https.port,
        ..options(dns)
    }
}

async fn discovered(email: &str, options: &DiscoverOptions) -> Discovery {
    let domain = email.rsplit_once('@').unwrap().1;
    discover(domain, email, options).await.unwrap()
}

/// The account the e-mail address and discovery give.
fn account(email: &str, discovery: Option<&Discovery>) -> (Plan, AccountSource) {
    account_with(email, discovery, None)
}

/// [`account`], with `--incoming`'s choice.
fn account_with(
    email: &str,
    discovery: Option<&Discovery>,
    incoming: Option<IncomingChoice>,
) -> (Plan, AccountSource) {
    let presets = Presets::embedded();
    let request = Request {
        email: Some(email),
        incoming,
        ..Request::default()
    };
    let base = base_account_with(&request, &presets, discovery).unwrap();
    let source = base.source.clone().unwrap();
    let mut plan = Plan::new(base.incoming, base.outgoing);
    plan.incoming_protocol = base.incoming_protocol;
    plan.imap_beside = base.imap_beside;
    plan.user = base.user;
    plan.password = Some(Secret::new("not-the-password"));
    plan.account_source = Some(Arc::new(source.clone()));
    (plan, source)
}

fn endpoint(host: &str, port: u16, security: Security) -> Endpoint {
    Endpoint {
        host: host.into(),
        port,
        security,
    }
}

// ------------------------------------------------------------------ discovery

#[tokio::test]
async fn mx_at_google_picks_the_google_workspace_preset() {
    let dns = DnsServer::start().await;
    let discovery = discovered("ana@corp.test", &options(&dns)).await;
    let (plan, source) = account("ana@corp.test", Some(&discovery));
    assert_eq!(source.mx, ["aspmx.l.google.com", "alt1.aspmx.l.google.com"]);
    assert_eq!(
        plan.incoming,
        Some(endpoint("pop.gmail.com", 995, Security::Tls))
    );
    assert_eq!(plan.outgoing.as_ref().unwrap().host, "smtp.gmail.com");
    assert_eq!(plan.user.as_deref(), Some("ana@corp.test"));
    let provider = source.provider.as_ref().unwrap();
    assert_eq!(
        (provider.id.as_str(), provider.found_by),
        ("google-workspace", ProviderMatch::Mx)
    );
    assert_eq!(source.incoming_from, Some(Origin::Mx));
    assert_eq!(source.oauth2_only_by, Some(Origin::Mx));
    assert!(
        source
            .describe(mailtriage::finding::Lang::En)
            .iter()
            .any(|l| l.contains("Google Workspace") && l.contains("aspmx.l.google.com")),
        "{:?}",
        source.describe(mailtriage::finding::Lang::En)
    );
    let asked = dns.asked();
    for name in [
        "MX corp.test",
        "SRV _pop3s._tcp.corp.test",
        "SRV _imaps._tcp.corp.test",
        "SRV _imap._tcp.corp.test",
        "SRV _submission._tcp.corp.test",
    ] {
        assert!(asked.iter().any(|a| a == name), "{name} not in {asked:?}");
    }
}

#[tokio::test]
async fn srv_records_give_the_servers() {
    let dns = DnsServer::start().await;
    let discovery = discovered("ana@srv.test", &options(&dns)).await;
    let (plan, source) = account("ana@srv.test", Some(&discovery));
    assert_eq!(
        plan.incoming,
        Some(endpoint("pop.srv.test", 995, Security::Tls)),
        "the lowest priority, implicit TLS"
    );
    assert_eq!(
        plan.outgoing,
        Some(endpoint("smtp.srv.test", 587, Security::Starttls))
    );
    assert_eq!(plan.user.as_deref(), Some("ana@srv.test"));
    assert_eq!(
        (source.incoming_from, source.outgoing_from),
        (Some(Origin::Srv), Some(Origin::Srv))
    );
    assert!(source.provider.is_none());
    assert_eq!(source.mx, ["mx.srv.test"]);
    assert!(
        source
            .describe(mailtriage::finding::Lang::En)
            .contains(&"Incoming server from the SRV records of srv.test".to_string())
    );
}

#[tokio::test]
async fn imap_srv_records_give_the_incoming_server_when_pop3_is_not_offered() {
    let dns = DnsServer::start().await;
    let discovery = discovered("ana@imap-srv.test", &options(&dns)).await;
    let (plan, source) = account("ana@imap-srv.test", Some(&discovery));
    assert_eq!(plan.incoming_protocol, Protocol::Imap);
    assert_eq!(
        plan.incoming,
        Some(endpoint("imap.imap-srv.test", 993, Security::Tls))
    );
    assert_eq!(
        plan.outgoing,
        Some(endpoint("smtp.imap-srv.test", 587, Security::Starttls))
    );
    assert_eq!(
        (source.incoming_from, source.imap_from),
        (Some(Origin::Srv), Some(Origin::Srv))
    );
    assert_eq!(source.pop3_not_offered_by, Some(Origin::Srv));
    assert_eq!(
        source.offers,
        Some(Offers {
            pop3: false,
            imap: true
        })
    );
    let findings = incoming_findings(&plan, &logged_in(), Some(true), Lang::En);
    assert!(
        !ids(&findings).contains(&"pop3-not-offered")
            && !ids(&findings).contains(&"pop3-and-imap-offered"),
        "{:?}",
        ids(&findings)
    );
}

#[tokio::test]
async fn srv_records_with_pop3_and_imap_follow_the_incoming_choice() {
    let dns = DnsServer::start().await;
    let discovery = discovered("ana@both-srv.test", &options(&dns)).await;
    // Not asked: POP3, as before IMAP was known.
    let (plan, source) = account("ana@both-srv.test", Some(&discovery));
    assert_eq!(plan.incoming_protocol, Protocol::Pop3);
    assert_eq!(
        plan.incoming,
        Some(endpoint("pop.both-srv.test", 995, Security::Tls))
    );
    assert_eq!(plan.imap_beside, None);
    assert_eq!(
        source.offers,
        Some(Offers {
            pop3: true,
            imap: true
        })
    );
    assert_eq!(
        source
            .found_imap
            .as_ref()
            .map(|f| (f.host.as_str(), f.port)),
        Some(("imap.both-srv.test", 143)),
        "the _imaps \".\" does not hide the _imap record"
    );
    // Only POP3 checked: the finding says IMAP is there too.
    let findings = incoming_findings(&plan, &logged_in(), Some(true), Lang::En);
    let f = find(&findings, "pop3-and-imap-offered");
    assert_eq!(f.severity, Severity::Info);
    assert!(
        f.fix.iter().any(|s| s.contains("--incoming both")),
        "{:?}",
        f.fix
    );
    assert!(
        f.evidence
            .iter()
            .any(|e| e.contains("imap.both-srv.test:143")),
        "{:?}",
        f.evidence
    );

    let (plan, _) = account_with(
        "ana@both-srv.test",
        Some(&discovery),
        Some(IncomingChoice::Imap),
    );
    assert_eq!(plan.incoming_protocol, Protocol::Imap);
    assert_eq!(
        plan.incoming,
        Some(endpoint("imap.both-srv.test", 143, Security::Starttls))
    );

    let (plan, source) = account_with(
        "ana@both-srv.test",
        Some(&discovery),
        Some(IncomingChoice::Both),
    );
    assert_eq!(plan.incoming_protocol, Protocol::Pop3);
    assert_eq!(
        plan.imap_beside,
        Some(endpoint("imap.both-srv.test", 143, Security::Starttls))
    );
    assert_eq!(source.imap_from, Some(Origin::Srv));
    let findings = incoming_findings(&plan, &logged_in(), Some(true), Lang::En);
    assert!(
        !ids(&findings).contains(&"pop3-and-imap-offered"),
        "both were checked: {:?}",
        ids(&findings)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_takes_the_discovered_imap_server() {
    let dns = DnsServer::start().await;
    let server = dns.addr.to_string();
    let plan = plan_blocking(&[
        "--email",
        "ana@both-srv.test",
        "--dns-server",
        &server,
        "--incoming",
        "both",
        "--timeout",
        "2",
    ])
    .unwrap();
    assert_eq!(
        plan.incoming,
        Some(endpoint("pop.both-srv.test", 995, Security::Tls))
    );
    assert_eq!(
        plan.imap_beside,
        Some(endpoint("imap.both-srv.test", 143, Security::Starttls))
    );
    let err = plan_blocking(&[
        "--email",
        "ana@imap-srv.test",
        "--dns-server",
        &server,
        "--incoming",
        "pop3",
        "--timeout",
        "2",
    ])
    .unwrap_err();
    assert!(err.contains("--incoming pop3: no POP3 server"), "{err}");
}

#[tokio::test]
async fn autoconfig_with_imap_only_gives_the_imap_server() {
    let dns = DnsServer::start().await;
    let ca = TestCa::new();
    let https = HttpsServer::start(
        ca.acceptor(&["autoconfig.imap-auto.test"]),
        AUTOCONFIG_IMAP.into(),
    )
    .await;
    let options = options_with_https(&dns, "autoconfig.imap-auto.test", &https, &ca);
    let discovery = discovered("ana@imap-auto.test", &options).await;
    let (plan, source) = account("ana@imap-auto.test", Some(&discovery));
    assert_eq!(plan.incoming_protocol, Protocol::Imap);
    assert_eq!(
        plan.incoming,
        Some(endpoint("imap.imap-auto.test", 993, Security::Tls)),
        "the file's first IMAP server"
    );
    assert_eq!(plan.user.as_deref(), Some("ana"));
    assert_eq!(source.incoming_from, Some(Origin::Autoconfig));
    assert_eq!(source.imap_from, Some(Origin::Autoconfig));
    assert_eq!(
        source.offers,
        Some(Offers {
            pop3: false,
            imap: true
        })
    );
    assert_eq!(
        source.pop3_not_offered_by, None,
        "the file only says nothing"
    );
    let (config_url, config) = discovery.autoconfig.as_ref().unwrap();
    assert!(config_url.starts_with("https://autoconfig.imap-auto.test/"));
    assert_eq!(config.imap.len(), 2);
    assert!(config.pop3.is_empty());
}

#[tokio::test]
async fn autoconfig_alone_gives_the_servers_and_user_name_form() {
    let dns = DnsServer::start().await;
    let ca = TestCa::new();
    let https = HttpsServer::start(ca.acceptor(&["autoconfig.auto.test"]), AUTOCONFIG.into()).await;
    let discovery = discovered(
        "ana@auto.test",
        &options_with_https(&dns, "autoconfig.auto.test", &https, &ca),
    )
    .await;
    let (plan, source) = account("ana@auto.test", Some(&discovery));
    assert_eq!(
        plan.incoming,
        Some(endpoint("pop.auto.test", 995, Security::Tls))
    );
    assert_eq!(
        plan.outgoing,
        Some(endpoint("smtp.auto.test", 465, Security::Tls))
    );
    assert_eq!(
        plan.user.as_deref(),
        Some("ana"),
        "the local part, as the file says"
    );
    assert_eq!(source.incoming_from, Some(Origin::Autoconfig));
    assert_eq!(source.username_form, Some(UsernameForm::LocalPart));
    assert_eq!(
        source.autoconfig_url.as_deref(),
        Some("https://autoconfig.auto.test/mail/config-v1.1.xml?emailaddress=ana%40auto.test")
    );
    assert_eq!(
        https.requests.lock().unwrap().as_slice(),
        ["GET /mail/config-v1.1.xml?emailaddress=ana%40auto.test HTTP/1.0"]
    );
    assert!(source.problems.is_empty(), "{:?}", source.problems);
}

#[tokio::test]
async fn an_untrusted_certificate_keeps_the_file_out() {
    let dns = DnsServer::start().await;
    let trusted = TestCa::new();
    let stranger = TestCa::new();
    let https = HttpsServer::start(
        stranger.acceptor(&["autoconfig.bad-cert.test"]),
        AUTOCONFIG.into(),
    )
    .await;
    let discovery = discovered(
        "ana@bad-cert.test",
        &options_with_https(&dns, "autoconfig.bad-cert.test", &https, &trusted),
    )
    .await;
    assert!(discovery.autoconfig.is_none());
    let problem = discovery
        .problems
        .iter()
        .find(|p| p.english().contains("autoconfig.bad-cert.test"))
        .unwrap_or_else(|| panic!("{:?}", discovery.problems));
    assert!(problem.english().contains("TLS"), "{problem}");
    assert!(
        https.requests.lock().unwrap().is_empty(),
        "no request over an untrusted connection"
    );
}

#[tokio::test]
async fn an_oversized_file_is_refused() {
    let dns = DnsServer::start().await;
    let ca = TestCa::new();
    let huge = format!("{AUTOCONFIG}<!--{}-->", "x".repeat(400 * 1024));
    let https = HttpsServer::start(ca.acceptor(&["autoconfig.huge.test"]), huge).await;
    let discovery = discovered(
        "ana@huge.test",
        &options_with_https(&dns, "autoconfig.huge.test", &https, &ca),
    )
    .await;
    assert!(discovery.autoconfig.is_none());
    assert!(
        discovery
            .problems
            .iter()
            .any(|p| p.english().contains("larger than")),
        "{:?}",
        discovery.problems
    );
}

#[tokio::test]
async fn a_silent_autoconfig_server_meets_the_deadline() {
    let dns = DnsServer::start().await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    // Accepts and never answers.
    let silent = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((tcp, _)) = listener.accept().await {
            held.push(tcp);
        }
    });
    let options = DiscoverOptions {
        resolve: vec!["autoconfig.auto.test:443:127.0.0.1".parse().unwrap()],
        https_port: port,
        deadline: Duration::from_millis(500),
        ..options(&dns)
    };
    let discovery = discovered("ana@auto.test", &options).await;
    silent.abort();
    assert!(discovery.autoconfig.is_none());
    assert!(
        discovery.problems.iter().any(|p| {
            let p = p.english();
            p.contains("autoconfig.auto.test") && p.contains("within")
        }),
        "{:?}",
        discovery.problems
    );
}

struct NoPassword;
impl PasswordSource for NoPassword {
    fn env(&self, _: &str) -> Option<String> {
        None
    }
    fn prompt(&self, _: &str) -> Option<String> {
        None
    }
}

fn plan_from_command_line(args: &[&str]) -> Result<Plan, String> {
    let mut all = vec!["mailtriage", "check"];
    all.extend_from_slice(args);
    let cli = <Cli as clap::Parser>::try_parse_from(all).unwrap();
    match cli.command {
        Some(CliCommand::Check(check)) => check.account.to_plan(&NoPassword),
        _ => unreachable!("the test parses a check command"),
    }
}

/// `to_plan` blocks while discovery runs on a thread of its own; the DNS server keeps answering
/// on the runtime's other worker.
fn plan_blocking(args: &[&str]) -> Result<Plan, String> {
    tokio::task::block_in_place(|| plan_from_command_line(args))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_domain_that_does_not_exist_is_a_clear_error() {
    let dns = DnsServer::start().await;
    let server = dns.addr.to_string();
    let err = plan_blocking(&["--email", "ana@gone.test", "--dns-server", &server]).unwrap_err();
    assert!(err.contains("gone.test does not exist"), "{err}");
    assert!(!err.contains('\n'));
    // With a server given, the check still runs; the report says the domain is missing.
    let plan = plan_blocking(&[
        "--email",
        "ana@gone.test",
        "--dns-server",
        &server,
        "--pop3",
        "pop.elsewhere.test",
    ])
    .unwrap();
    let source = plan.account_source.unwrap();
    assert!(source.domain_missing);
    assert_eq!(source.incoming_from, Some(Origin::Options));
    assert!(
        source
            .describe(mailtriage::finding::Lang::En)
            .contains(&"gone.test does not exist in the DNS".to_string())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_published_is_a_clear_error() {
    let dns = DnsServer::start().await;
    let server = dns.addr.to_string();
    let err = plan_blocking(&["--email", "ana@huge.test", "--dns-server", &server]).unwrap_err();
    assert!(
        err.contains("huge.test publishes no mail settings"),
        "{err}"
    );
    assert!(err.contains("--pop3"), "{err}");
}

#[test]
fn known_domains_need_no_discovery() {
    let presets = Presets::embedded();
    let request = Request {
        email: Some("ana@gmail.com"),
        ..Request::default()
    };
    assert_eq!(discovery_target(&request, &presets), None);
    let request = Request {
        email: Some("ana@Corp.Test"),
        ..Request::default()
    };
    assert_eq!(
        discovery_target(&request, &presets),
        Some(("corp.test".to_string(), "ana@Corp.Test".to_string()))
    );
}

// ------------------------------------------------------------------ the command line

fn run_check(dns: &DnsServer, extra: &[&str]) -> (i32, String) {
    let config = tempfile::tempdir().unwrap();
    let server = dns.addr.to_string();
    let mut args = vec![
        "check",
        "--email",
        "ana@srv.test",
        "--dns-server",
        &server,
        "--resolve",
        "pop.srv.test:995:127.0.0.1",
        "--resolve",
        "smtp.srv.test:587:127.0.0.1",
        "--only",
        "incoming",
        "--timeout",
        "2",
        "--lang",
        "en",
    ];
    args.extend_from_slice(extra);
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    command
        .args(&args)
        .env("XDG_CONFIG_HOME", config.path())
        .env_remove("MAILTRIAGE_PASSWORD");
    let output = run::run_within(command, run::WALL_CLOCK_LIMIT);
    output.assert_ended(&format!("mailtriage {}", args.join(" ")));
    (output.code.unwrap_or(-1), output.stdout_text())
}

/// The SRV records name ports 995 and 587: the run pins those names to 127.0.0.1, where nothing
/// may listen or anything may; only where the settings came from is read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_says_where_the_settings_came_from() {
    let dns = DnsServer::start().await;
    let (code, json) = tokio::task::block_in_place(|| run_check(&dns, &["--json"]));
    assert!(code == 0 || code == 1, "exit {code}: {json}");
    let doc: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    let schema: Value = serde_json::from_str(mailtriage::report::json::SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{json}");
    let source = &doc["account_source"];
    assert_eq!(source["incoming_from"], "srv");
    assert_eq!(source["found_incoming"]["host"], "pop.srv.test");
    assert_eq!(source["domain"], "srv.test");
    assert_eq!(source["mx"][0], "mx.srv.test");
    let (_, text) = tokio::task::block_in_place(|| run_check(&dns, &[]));
    assert!(
        text.starts_with("Incoming server from the SRV records of srv.test\n"),
        "{text}"
    );
}

/// An address whose domain no preset knows, with no SRV records and no autoconfig file, but
/// whose MX host is under an ISPDB domain: the entry gives the servers. The run pins the
/// entry's POP3 and SMTP names to 127.0.0.1; only where the settings came from is read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mx_hosts_ispdb_entry_gives_the_servers() {
    let dns = DnsServer::start().await;
    let discovery = discovered("ana@ispdb-hosted.test", &options(&dns)).await;
    assert!(discovery.autoconfig.is_none());
    let (plan, source) = account("ana@ispdb-hosted.test", Some(&discovery));
    assert_eq!(
        plan.incoming,
        Some(endpoint("securepop.t-online.de", 995, Security::Tls))
    );
    assert_eq!(source.incoming_from, Some(Origin::Ispdb));
    assert_eq!(source.ispdb_domain.as_deref(), Some("t-online.de"));
    assert_eq!(source.provider, None, "an ISPDB entry is not a preset");

    let config = tempfile::tempdir().unwrap();
    let server = dns.addr.to_string();
    let output = tokio::task::block_in_place(|| {
        Command::new(env!("CARGO_BIN_EXE_mailtriage"))
            .args([
                "check",
                "--json",
                "--email",
                "ana@ispdb-hosted.test",
                "--dns-server",
                &server,
                "--resolve",
                "securepop.t-online.de:995:127.0.0.1",
                "--resolve",
                "securesmtp.t-online.de:465:127.0.0.1",
                "--only",
                "incoming",
                "--timeout",
                "2",
                "--lang",
                "en",
            ])
            .env("XDG_CONFIG_HOME", config.path())
            .env_remove("MAILTRIAGE_PASSWORD")
            .output()
            .unwrap()
    });
    let code = output.status.code().unwrap_or(-1);
    let json = String::from_utf8_lossy(&output.stdout);
    assert!(code == 0 || code == 1, "exit {code}: {json}");
    let doc: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    let schema: Value = serde_json::from_str(mailtriage::report::json::SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{json}");
    let source = &doc["account_source"];
    assert_eq!(source["incoming_from"], "ispdb");
    assert_eq!(source["outgoing_from"], "ispdb");
    assert_eq!(source["ispdb_domain"], "t-online.de");
    assert_eq!(source["found_incoming"]["host"], "securepop.t-online.de");
    assert_eq!(source["mx"][0], "mx00.t-online.de");
    let asked = dns.asked();
    assert!(
        asked.iter().all(|a| !a.contains("t-online.de")),
        "the pinned names were not looked up: {asked:?}"
    );
}

// ------------------------------------------------------------------ comparisons

/// Fold one mail panel's steps into a state, the way the engine reports them.
fn fold(
    state: &mut RunState,
    panel: Panel,
    host: &str,
    port: u16,
    steps: &[StepRecord],
    login_ok: Option<bool>,
) {
    let mut apply = |kind| state.apply(ProbeEvent { panel, kind });
    apply(EventKind::PanelStarted {
        server: Some(ServerInfo {
            host: host.into(),
            port,
            address: None,
        }),
        security: Some(Security::Tls),
    });
    for step in steps {
        apply(EventKind::StepStarted {
            step: step.step,
            target: None,
        });
        apply(EventKind::StepFinished(step.clone()));
    }
    apply(EventKind::Facts(SessionFacts {
        login_ok,
        ..SessionFacts::default()
    }));
    apply(EventKind::PanelFinished { elapsed_ms: 50.0 });
}

fn step(kind: StepKind, status: StepStatus, evidence: Option<Evidence>) -> StepRecord {
    StepRecord {
        step: kind,
        target: None,
        status,
        elapsed_ms: 5.0,
        detail: String::new().into(),
        evidence,
    }
}

fn refused_login(reply: &str) -> Vec<StepRecord> {
    vec![
        step(StepKind::Dns, StepStatus::Ok, None),
        step(StepKind::Tcp, StepStatus::Ok, None),
        step(StepKind::Tls, StepStatus::Ok, None),
        step(StepKind::Greeting, StepStatus::Ok, None),
        step(
            StepKind::Login,
            StepStatus::Failed,
            Some(Evidence::Reply {
                sent: None,
                reply: reply.into(),
            }),
        ),
    ]
}

fn logged_in() -> Vec<StepRecord> {
    [
        StepKind::Dns,
        StepKind::Tcp,
        StepKind::Tls,
        StepKind::Greeting,
        StepKind::Login,
    ]
    .into_iter()
    .map(|k| step(k, StepStatus::Ok, None))
    .collect()
}

fn refused_connect() -> Vec<StepRecord> {
    vec![
        step(StepKind::Dns, StepStatus::Ok, None),
        step(
            StepKind::Tcp,
            StepStatus::Failed,
            Some(Evidence::Io {
                failure: IoFailure::Refused,
                message: "connection refused".into(),
            }),
        ),
    ]
}

/// The findings of an incoming panel with `steps` against the plan's incoming server.
fn incoming_findings(
    plan: &Plan,
    steps: &[StepRecord],
    login_ok: Option<bool>,
    lang: Lang,
) -> Vec<Finding> {
    let incoming = plan.incoming.as_ref().unwrap();
    let mut state = RunState::default();
    fold(
        &mut state,
        Panel::Incoming,
        &incoming.host,
        incoming.port,
        steps,
        login_ok,
    );
    engine_findings(&state, plan, lang)
}

fn ids(findings: &[Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.id.as_str()).collect()
}

fn find<'a>(findings: &'a [Finding], id: &str) -> &'a Finding {
    findings
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no {id} in {:?}", ids(findings)))
}

#[tokio::test]
async fn mx_mismatch_fires_for_the_old_server_only() {
    let dns = DnsServer::start().await;
    let discovery = discovered("ana@corp.test", &options(&dns)).await;
    let (mut plan, _) = account("ana@corp.test", Some(&discovery));
    let right = incoming_findings(&plan, &logged_in(), Some(true), Lang::En);
    assert!(!ids(&right).contains(&"mx-mismatch"), "{:?}", ids(&right));
    plan.incoming = Some(endpoint("pop.oldhost.test", 995, Security::Tls));
    let wrong = incoming_findings(&plan, &logged_in(), Some(true), Lang::En);
    let f = find(&wrong, "mx-mismatch");
    assert!(
        f.explanation.contains("aspmx.l.google.com"),
        "{}",
        f.explanation
    );
    assert!(
        f.fix.iter().any(|s| s.contains("Google Workspace")),
        "{:?}",
        f.fix
    );
    assert!(f.evidence.iter().any(|e| e.contains("pop.oldhost.test")));
}

#[test]
fn host_near_miss_suggests_the_known_name() {
    let (mut plan, _) = account("ana@gmail.com", None);
    plan.incoming = Some(endpoint("pop.gmial.com", 995, Security::Tls));
    let findings = incoming_findings(&plan, &refused_connect(), None, Lang::Es);
    let f = find(&findings, "host-near-miss");
    assert!(
        f.title.contains("pop.gmail.com") && f.title.contains("pop.gmial.com"),
        "{}",
        f.title
    );
    assert!(f.title.starts_with("¿Querías decir"), "{}", f.title);
    // The right name, and a typo that does not exist (dns-not-found suggests it there).
    plan.incoming = Some(endpoint("pop.gmail.com", 995, Security::Tls));
    let right = incoming_findings(&plan, &refused_connect(), None, Lang::En);
    assert!(!ids(&right).contains(&"host-near-miss"));
    plan.incoming = Some(endpoint("pop.gmial.com", 995, Security::Tls));
    let missing = vec![step(
        StepKind::Dns,
        StepStatus::Failed,
        Some(Evidence::Io {
            failure: IoFailure::NotFound,
            message: "pop.gmial.com: Name or service not known".into(),
        }),
    )];
    let findings = incoming_findings(&plan, &missing, None, Lang::En);
    // Gmail offers IMAP too: that is information beside the cause, not a second cause.
    assert_eq!(ids(&findings), ["dns-not-found", "pop3-and-imap-offered"]);
}

#[tokio::test]
async fn username_form_mismatch_follows_the_autoconfig_file() {
    let dns = DnsServer::start().await;
    let ca = TestCa::new();
    let https = HttpsServer::start(ca.acceptor(&["autoconfig.auto.test"]), AUTOCONFIG.into()).await;
    let discovery = discovered(
        "ana@auto.test",
        &options_with_https(&dns, "autoconfig.auto.test", &https, &ca),
    )
    .await;
    let (mut plan, _) = account("ana@auto.test", Some(&discovery));
    let right = incoming_findings(
        &plan,
        &refused_login("-ERR [AUTH] no"),
        Some(false),
        Lang::En,
    );
    assert!(!ids(&right).contains(&"username-form-mismatch"));
    plan.user = Some("ana@auto.test".into());
    let wrong = incoming_findings(
        &plan,
        &refused_login("-ERR [AUTH] no"),
        Some(false),
        Lang::En,
    );
    let f = find(&wrong, "username-form-mismatch");
    assert_eq!(f.severity, Severity::Error, "the login was refused");
    assert!(f.title.contains("should be ana"), "{}", f.title);
    assert!(
        !ids(&wrong).contains(&"auth-failed"),
        "explained by the user name"
    );
    let accepted = incoming_findings(&plan, &logged_in(), Some(true), Lang::En);
    assert!(!ids(&accepted).contains(&"username-form-mismatch"));
}

#[test]
fn username_form_mismatch_from_a_preset() {
    let (mut plan, _) = account("ana@web.de", None);
    assert_eq!(plan.user.as_deref(), Some("ana"));
    plan.user = Some("ana@web.de".into());
    let findings = incoming_findings(&plan, &logged_in()[..4], None, Lang::En);
    let f = find(&findings, "username-form-mismatch");
    assert_eq!(f.severity, Severity::Warn);
    assert!(
        f.explanation.contains("WEB.DE") || f.explanation.contains("web.de"),
        "{}",
        f.explanation
    );
    // A different name altogether is not a question of form.
    plan.user = Some("someone-else".into());
    let findings = incoming_findings(&plan, &logged_in()[..4], None, Lang::En);
    assert!(!ids(&findings).contains(&"username-form-mismatch"));
}

#[tokio::test]
async fn pop3_not_offered_by_preset_mx_and_srv() {
    // iCloud's own address: its IMAP server, unless POP3 is configured by hand.
    let (mut plan, source) = account("ana@icloud.com", None);
    assert_eq!(plan.incoming_protocol, Protocol::Imap);
    assert_eq!(
        plan.incoming,
        Some(endpoint("imap.mail.me.com", 993, Security::Tls))
    );
    assert_eq!(source.pop3_not_offered_by, Some(Origin::Preset));
    plan.incoming = Some(endpoint("pop.mail.me.com", 995, Security::Tls));
    plan.incoming_protocol = Protocol::Pop3;
    let findings = incoming_findings(&plan, &refused_connect(), None, Lang::En);
    assert_eq!(ids(&findings)[0], "pop3-not-offered");
    assert!(
        !ids(&findings).contains(&"tcp-refused"),
        "explained: {:?}",
        ids(&findings)
    );
    assert!(
        find(&findings, "pop3-not-offered")
            .explanation
            .contains("iCloud Mail")
    );

    let dns = DnsServer::start().await;
    // A custom domain at iCloud, found through its MX records.
    let discovery = discovered("ana@apple-hosted.test", &options(&dns)).await;
    let (mut plan, source) = account("ana@apple-hosted.test", Some(&discovery));
    assert_eq!(source.pop3_not_offered_by, Some(Origin::Mx));
    assert_eq!(
        (plan.incoming_protocol, source.imap_from),
        (Protocol::Imap, Some(Origin::Mx))
    );
    plan.incoming = Some(endpoint("pop.apple-hosted.test", 995, Security::Tls));
    plan.incoming_protocol = Protocol::Pop3;
    let findings = incoming_findings(&plan, &refused_connect(), None, Lang::En);
    assert!(ids(&findings).contains(&"pop3-not-offered"));

    // SRV records with the "." target.
    let discovery = discovered("ana@nopop.test", &options(&dns)).await;
    let (mut plan, source) = account("ana@nopop.test", Some(&discovery));
    assert!(plan.incoming.is_none());
    assert_eq!(plan.outgoing.as_ref().unwrap().host, "smtp.nopop.test");
    assert_eq!(source.pop3_not_offered_by, Some(Origin::Srv));
    plan.incoming = Some(endpoint("pop.nopop.test", 995, Security::Tls));
    let findings = incoming_findings(&plan, &refused_connect(), None, Lang::Es);
    let f = find(&findings, "pop3-not-offered");
    assert!(
        f.explanation.contains("nopop.test") && f.explanation.contains("SRV"),
        "{}",
        f.explanation
    );

    // A provider with POP3.
    let (plan, _) = account("ana@gmail.com", None);
    let findings = incoming_findings(&plan, &refused_connect(), None, Lang::En);
    assert!(!ids(&findings).contains(&"pop3-not-offered"));
}

#[tokio::test]
async fn oauth2_only_for_google_workspace_not_for_gmail() {
    let dns = DnsServer::start().await;
    let discovery = discovered("ana@corp.test", &options(&dns)).await;
    let (plan, _) = account("ana@corp.test", Some(&discovery));
    let refused = "-ERR [AUTH] Username and password not accepted.";
    let findings = incoming_findings(&plan, &refused_login(refused), Some(false), Lang::En);
    let f = find(&findings, "oauth2-only");
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.explanation.contains("Google Workspace"),
        "{}",
        f.explanation
    );
    assert!(
        !ids(&findings).contains(&"auth-failed"),
        "{:?}",
        ids(&findings)
    );
    let accepted = incoming_findings(&plan, &logged_in(), Some(true), Lang::En);
    assert!(!ids(&accepted).contains(&"oauth2-only"));
    // A Gmail address on the same server: password sign-in with an app password works there.
    let (plan, _) = account("ana@gmail.com", None);
    let findings = incoming_findings(&plan, &refused_login(refused), Some(false), Lang::En);
    assert!(
        !ids(&findings).contains(&"oauth2-only"),
        "{:?}",
        ids(&findings)
    );
    assert!(ids(&findings).contains(&"auth-failed"));
}

/// hotmail.dk is in no preset, but in the ISPDB entry that lists only OAuth2 sign-in: a refused
/// password is explained by it, and the evidence names the entry.
#[test]
fn oauth2_only_from_the_ispdb_entry() {
    let (plan, source) = account("ana@hotmail.dk", None);
    assert_eq!(source.oauth2_only_by, Some(Origin::Ispdb));
    assert_eq!(
        plan.incoming,
        Some(endpoint("outlook.office365.com", 995, Security::Tls))
    );
    let refused = "-ERR Authentication failure: unknown user name or bad password.";
    let findings = incoming_findings(&plan, &refused_login(refused), Some(false), Lang::En);
    let f = find(&findings, "oauth2-only");
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.evidence
            .iter()
            .any(|e| e.contains("(ISPDB) entry for hotmail.dk lists only OAuth2")),
        "{:?}",
        f.evidence
    );
    let accepted = incoming_findings(&plan, &logged_in(), Some(true), Lang::En);
    assert!(!ids(&accepted).contains(&"oauth2-only"));
}

#[test]
fn a_correct_set_up_has_no_comparison_finding() {
    for email in ["ana@gmail.com", "ana@web.de", "ana@yahoo.com"] {
        let (plan, _) = account(email, None);
        let findings = incoming_findings(&plan, &logged_in(), Some(true), Lang::En);
        for id in [
            "mx-mismatch",
            "host-near-miss",
            "username-form-mismatch",
            "pop3-not-offered",
            "oauth2-only",
        ] {
            assert!(
                !ids(&findings).contains(&id),
                "{email}: {:?}",
                ids(&findings)
            );
        }
    }
}

#[test]
fn a_near_name_that_greets_is_left_alone() {
    let (mut plan, _) = account("ana@example.org", None);
    // pop.gmx.de is a short step from pop.gmx.net, and may well be a server of its own.
    plan.incoming = Some(endpoint("pop.gmx.de", 995, Security::Tls));
    let findings = incoming_findings(
        &plan,
        &refused_login("-ERR [AUTH] no"),
        Some(false),
        Lang::En,
    );
    assert!(
        !ids(&findings).contains(&"host-near-miss"),
        "{:?}",
        ids(&findings)
    );
}

/// The engine's findings of a run, with the built-in presets, judged at [`NOW`].
fn engine_findings(state: &RunState, plan: &Plan, lang: Lang) -> Vec<Finding> {
    static PRESETS: std::sync::LazyLock<mailtriage::preset::Presets> =
        std::sync::LazyLock::new(mailtriage::preset::Presets::embedded);
    mailtriage::engine::conclude(mailtriage::engine::Inputs {
        state,
        plan,
        alternatives: &Default::default(),
        presets: &PRESETS,
        lang,
        now_unix: NOW,
    })
    .findings
}

/// The dashboard editor's Ctrl-D: the live engine looks the address up as `--email` does, with
/// the DNS server the dashboard was started with.
#[tokio::test]
async fn the_dashboard_looks_an_address_up_like_email() {
    use mailtriage::tui::engine::Engine;
    use mailtriage::tui::live_engine::LiveEngine;

    let dns = DnsServer::start().await;
    let mut base = Plan::new(None, None);
    base.dns_server = Some(dns.addr);
    base.step_timeout = Duration::from_secs(2);
    let plan = LiveEngine::new()
        .discover("ana@srv.test".into(), Some(Arc::new(base)))
        .await
        .expect("the look-up gives a plan");
    assert_eq!(
        plan.incoming,
        Some(endpoint("pop.srv.test", 995, Security::Tls))
    );
    let source = plan.account_source.expect("where the servers came from");
    assert_eq!(source.incoming_from, Some(Origin::Srv));
    assert!(
        dns.asked
            .lock()
            .unwrap()
            .iter()
            .any(|a| a.contains("srv.test"))
    );
}
