//! DNS look-ups of the network panel through hickory-resolver: the system's resolvers, or the
//! one given with `--dns-server`. Every look-up has a deadline, and failures come back as
//! kinds (no such name, no records, no answer, refused) rather than as text.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::OnceCell;

use hickory_resolver::TokioResolver;
use hickory_resolver::config::{NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts};
use hickory_resolver::lookup::Lookup;
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::{RData, RecordType};

use crate::account::Plan;
use crate::domain::{TxtAnswer, fqdn};
use crate::model::{Evidence, IoFailure, ResolverCheck, Said};
use crate::sanitize::{sanitize, sanitize_str};
use mailtriage_core::said;

/// How a look-up failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsFailure {
    /// NXDOMAIN: the name does not exist.
    NoSuchName,
    /// The name exists but has no record of the type asked.
    NoRecords,
    /// No answer before the deadline.
    Timeout,
    /// The resolver answered with an error code (SERVFAIL, REFUSED, …).
    Refused(String),
    /// Anything else (no connection to the resolver, a malformed answer).
    Failed(String),
}

impl DnsFailure {
    /// The failure kind the model records.
    pub fn kind(&self) -> IoFailure {
        match self {
            DnsFailure::NoSuchName | DnsFailure::NoRecords => IoFailure::NotFound,
            DnsFailure::Timeout | DnsFailure::Refused(_) | DnsFailure::Failed(_) => {
                IoFailure::ResolverFailed
            }
        }
    }

    /// True when the answer says there is nothing there (as opposed to no usable answer).
    pub fn is_absent(&self) -> bool {
        matches!(self, DnsFailure::NoSuchName | DnsFailure::NoRecords)
    }

    /// A sentence about the failure for `what` ([`record_of`], [`resolver_at`], or a host
    /// name as it is), in the reader's language when shown. The resolver library's own words
    /// ([`DnsFailure::Failed`]) are kept as they came.
    pub fn describe(&self, what: impl Into<Said>) -> Said {
        let what = what.into();
        match self {
            DnsFailure::NoSuchName => said!("dns-failure-no-such-name", what = what),
            DnsFailure::NoRecords => said!("dns-failure-no-records", what = what),
            DnsFailure::Timeout => said!("dns-failure-timeout", what = what),
            DnsFailure::Refused(code) => said!("dns-failure-refused", what = what, code = code),
            DnsFailure::Failed(message) => {
                said!("dns-failure-other", what = what, message = message)
            }
        }
    }

    pub fn evidence(&self, what: impl Into<Said>) -> Evidence {
        Evidence::Io {
            failure: self.kind(),
            message: self.describe(what),
        }
    }

    /// The same failure as the pure checks take it.
    pub fn to_txt_answer(&self, what: impl Into<Said>) -> TxtAnswer {
        if self.is_absent() {
            TxtAnswer::NoRecords
        } else {
            TxtAnswer::Failed(self.describe(what))
        }
    }
}

/// What was looked up: `TXT of example.org` (`kind` is the record type, `A`, `MX`, …).
pub fn record_of(kind: &str, name: &str) -> Said {
    said!("dns-record-of", kind = kind, name = name)
}

/// The resolver a failure is about: `DNS resolver 192.0.2.53:53`.
pub fn resolver_at(server: impl ToString) -> Said {
    said!("dns-resolver-at", server = server.to_string())
}

fn classify(e: &NetError) -> DnsFailure {
    match e {
        _ if e.is_nx_domain() => DnsFailure::NoSuchName,
        _ if e.is_no_records_found() => DnsFailure::NoRecords,
        NetError::Timeout => DnsFailure::Timeout,
        NetError::Dns(DnsError::ResponseCode(code)) => DnsFailure::Refused(code_name(*code)),
        other => DnsFailure::Failed(sanitize(other.to_string().as_bytes())),
    }
}

/// `SERVFAIL`, `REFUSED`, … as `dig` writes them.
fn code_name(code: ResponseCode) -> String {
    format!("{code:?}").to_ascii_uppercase()
}

/// The resolver of a run: where its queries go, and its deadline. Clones share the addresses
/// looked up: a run makes one and hands it to every panel, scan cell and the network panel, so
/// each name's A and AAAA records are asked for once per run, however many ask at once (the
/// resolver's own cache follows the records' TTLs, and a TTL of 0 would mean a query each time).
#[derive(Clone)]
pub struct Dns {
    resolver: TokioResolver,
    servers: Vec<SocketAddr>,
    deadline: Duration,
    asked: Arc<Asked>,
}

/// One answer, shared by everyone who asked for it.
type Shared<T> = Arc<OnceCell<Result<Vec<T>, DnsFailure>>>;

/// The address look-ups of one run, by name (lower case), each made once.
#[derive(Default)]
struct Asked {
    ipv4: Mutex<HashMap<String, Shared<Ipv4Addr>>>,
    ipv6: Mutex<HashMap<String, Shared<Ipv6Addr>>>,
}

/// The shared slot of `name` in `table`, made on first use.
fn slot<T>(table: &Mutex<HashMap<String, Shared<T>>>, name: &str) -> Shared<T> {
    let mut table = table.lock().unwrap_or_else(PoisonError::into_inner);
    Arc::clone(table.entry(name.to_ascii_lowercase()).or_default())
}

impl Dns {
    /// The resolver the plan asks for: `--dns-server`, else the system's configuration.
    pub fn for_plan(plan: &Plan) -> Result<Dns, Said> {
        match plan.dns_server {
            Some(server) => Dns::single(server, plan.step_timeout),
            None => Dns::system(plan.step_timeout),
        }
    }

    /// One server only; the hosts file is not consulted, so every answer is that server's.
    pub fn single(server: SocketAddr, deadline: Duration) -> Result<Dns, Said> {
        let config = ResolverConfig::from_name_servers(vec![name_server(server)]);
        let mut opts = options(deadline);
        opts.use_hosts_file = ResolveHosts::Never;
        Ok(Dns {
            resolver: build(config, opts)?,
            servers: vec![server],
            deadline,
            asked: Arc::default(),
        })
    }

    /// The system's configuration (`/etc/resolv.conf` on Unix).
    pub fn system(deadline: Duration) -> Result<Dns, Said> {
        let (config, system_opts) =
            hickory_resolver::system_conf::read_system_conf().map_err(|e| {
                said!(
                    "dns-config-unreadable",
                    error = sanitize_str(&e.to_string())
                )
            })?;
        let mut servers: Vec<SocketAddr> = Vec::new();
        for ns in config.name_servers() {
            let port = ns.connections.first().map_or(53, |c| c.port);
            let addr = SocketAddr::new(ns.ip, port);
            if !servers.contains(&addr) {
                servers.push(addr);
            }
        }
        if servers.is_empty() {
            return Err(said!("dns-no-server-configured"));
        }
        let mut opts = options(deadline);
        opts.ndots = system_opts.ndots;
        Ok(Dns {
            resolver: build(config, opts)?,
            servers,
            deadline,
            asked: Arc::default(),
        })
    }

    /// The resolvers queries go to.
    pub fn servers(&self) -> &[SocketAddr] {
        &self.servers
    }

    /// Look `name` up as given: a host name may be completed with the system's search domains
    /// (as the mail client's own look-up would), a name ending in a dot is taken as is.
    async fn lookup(&self, name: &str, kind: RecordType) -> Result<Lookup, DnsFailure> {
        match tokio::time::timeout(self.deadline, self.resolver.lookup(name, kind)).await {
            Err(_) => Err(DnsFailure::Timeout),
            Ok(Err(e)) => Err(classify(&e)),
            Ok(Ok(lookup)) => Ok(lookup),
        }
    }

    /// A records of a host name (search domains apply; end the name with a dot to avoid them);
    /// asked once per run (see [`Dns`]).
    pub async fn ipv4(&self, name: &str) -> Result<Vec<Ipv4Addr>, DnsFailure> {
        slot(&self.asked.ipv4, name)
            .get_or_init(|| self.ask_ipv4(name))
            .await
            .clone()
    }

    /// AAAA records of a host name, asked once per run, as for [`Dns::ipv4`].
    pub async fn ipv6(&self, name: &str) -> Result<Vec<Ipv6Addr>, DnsFailure> {
        slot(&self.asked.ipv6, name)
            .get_or_init(|| self.ask_ipv6(name))
            .await
            .clone()
    }

    async fn ask_ipv4(&self, name: &str) -> Result<Vec<Ipv4Addr>, DnsFailure> {
        let found = self.lookup(name, RecordType::A).await?;
        let out: Vec<Ipv4Addr> = found
            .answers()
            .iter()
            .filter_map(|r| match &r.data {
                RData::A(a) => Some(a.0),
                _ => None,
            })
            .collect();
        non_empty(out)
    }

    async fn ask_ipv6(&self, name: &str) -> Result<Vec<Ipv6Addr>, DnsFailure> {
        let found = self.lookup(name, RecordType::AAAA).await?;
        let out: Vec<Ipv6Addr> = found
            .answers()
            .iter()
            .filter_map(|r| match &r.data {
                RData::AAAA(a) => Some(a.0),
                _ => None,
            })
            .collect();
        non_empty(out)
    }

    /// TXT records of a domain, each one's strings joined (RFC 7208 3.3), sanitized.
    pub async fn txt(&self, name: &str) -> Result<Vec<String>, DnsFailure> {
        let found = self.lookup(&fqdn(name), RecordType::TXT).await?;
        let out: Vec<String> = found
            .answers()
            .iter()
            .filter_map(|r| match &r.data {
                RData::TXT(txt) => {
                    let joined: Vec<u8> = txt
                        .txt_data
                        .iter()
                        .flat_map(|s| s.iter().copied())
                        .collect();
                    Some(sanitize(&joined))
                }
                _ => None,
            })
            .collect();
        non_empty(out)
    }

    /// TXT records in the form the pure checks take.
    pub async fn txt_answer(&self, name: &str) -> TxtAnswer {
        match self.txt(name).await {
            Ok(records) => TxtAnswer::Records(records),
            Err(f) => f.to_txt_answer(record_of("TXT", name)),
        }
    }

    /// MX records of a domain as `(preference, exchange)`.
    pub async fn mx(&self, name: &str) -> Result<Vec<(u16, String)>, DnsFailure> {
        let found = self.lookup(&fqdn(name), RecordType::MX).await?;
        let out: Vec<(u16, String)> = found
            .answers()
            .iter()
            .filter_map(|r| match &r.data {
                RData::MX(mx) => Some((mx.preference, mx.exchange.to_ascii())),
                _ => None,
            })
            .collect();
        non_empty(out)
    }

    /// SRV records of a service name as `(priority, weight, port, target)`; a target of "."
    /// says the service is not offered (RFC 2782, RFC 6186).
    pub async fn srv(&self, name: &str) -> Result<Vec<(u16, u16, u16, String)>, DnsFailure> {
        let found = self.lookup(&fqdn(name), RecordType::SRV).await?;
        let out: Vec<(u16, u16, u16, String)> = found
            .answers()
            .iter()
            .filter_map(|r| match &r.data {
                RData::SRV(srv) => {
                    Some((srv.priority, srv.weight, srv.port, srv.target.to_ascii()))
                }
                _ => None,
            })
            .collect();
        non_empty(out)
    }

    /// The A and AAAA records of a host, looked up side by side.
    pub async fn addresses(
        &self,
        host: &str,
    ) -> (
        Result<Vec<Ipv4Addr>, DnsFailure>,
        Result<Vec<Ipv6Addr>, DnsFailure>,
    ) {
        tokio::join!(self.ipv4(host), self.ipv6(host))
    }

    /// Every address of a host, IPv4 first; the failure when there is none.
    pub async fn all_addresses(&self, host: &str) -> Result<Vec<IpAddr>, DnsFailure> {
        let (v4, v6) = self.addresses(host).await;
        let mut out: Vec<IpAddr> = Vec::new();
        let mut failure = None;
        match v4 {
            Ok(v) => out.extend(v.into_iter().map(IpAddr::V4)),
            Err(f) => failure = Some(f),
        }
        match v6 {
            Ok(v) => out.extend(v.into_iter().map(IpAddr::V6)),
            Err(f) => failure = failure.or(Some(f)),
        }
        match failure {
            Some(f) if out.is_empty() => Err(f),
            _ => Ok(out),
        }
    }
}

fn non_empty<T>(v: Vec<T>) -> Result<Vec<T>, DnsFailure> {
    if v.is_empty() {
        Err(DnsFailure::NoRecords)
    } else {
        Ok(v)
    }
}

fn name_server(server: SocketAddr) -> NameServerConfig {
    let mut ns = NameServerConfig::udp_and_tcp(server.ip());
    for c in &mut ns.connections {
        c.port = server.port();
    }
    ns
}

fn options(deadline: Duration) -> ResolverOpts {
    let mut opts = ResolverOpts::default();
    opts.timeout = deadline;
    opts.attempts = 1;
    opts
}

fn build(config: ResolverConfig, opts: ResolverOpts) -> Result<TokioResolver, Said> {
    let mut builder = TokioResolver::builder_with_config(config, TokioRuntimeProvider::default());
    *builder.options_mut() = opts;
    builder.build().map_err(|e| {
        said!(
            "dns-resolver-setup-failed",
            error = sanitize_str(&e.to_string())
        )
    })
}

/// The name every resolver can answer: the root zone's name servers.
const PROBE_NAME: &str = ".";

/// Ask one resolver for the root name servers and time its answer. Any answer but an error
/// code counts as an answer; nothing within `deadline` is a timeout.
pub async fn check_resolver(
    server: SocketAddr,
    deadline: Duration,
) -> (ResolverCheck, Option<DnsFailure>) {
    let started = Instant::now();
    let failure = match Dns::single(server, deadline) {
        Err(message) => Some(DnsFailure::Failed(message.to_string())),
        Ok(dns) => {
            let query = dns.resolver.lookup(PROBE_NAME, RecordType::NS);
            match tokio::time::timeout(deadline, query).await {
                Err(_) => Some(DnsFailure::Timeout),
                Ok(Ok(_)) => None,
                Ok(Err(e)) => Some(classify(&e)).filter(|f| !f.is_absent()),
            }
        }
    };
    let latency_ms = crate::probe::events::millis(started);
    let check = ResolverCheck {
        server: server.to_string(),
        answered: failure.is_none(),
        latency_ms: failure.is_none().then_some(latency_ms),
        failure: failure.as_ref().map(DnsFailure::kind),
    };
    (check, failure)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Lang;

    #[test]
    fn failures_map_to_kinds() {
        assert_eq!(DnsFailure::NoSuchName.kind(), IoFailure::NotFound);
        assert_eq!(DnsFailure::Timeout.kind(), IoFailure::ResolverFailed);
        assert_eq!(
            DnsFailure::Refused("SERVFAIL".into()).kind(),
            IoFailure::ResolverFailed
        );
        assert!(DnsFailure::NoRecords.is_absent());
        assert_eq!(
            DnsFailure::NoSuchName.to_txt_answer(record_of("TXT", "x")),
            TxtAnswer::NoRecords
        );
        assert!(matches!(
            DnsFailure::Timeout.to_txt_answer(record_of("TXT", "x")),
            TxtAnswer::Failed(m) if m.english().contains("no answer")
        ));
    }

    /// Every failure reads in English as it always did, and in Spanish and Portuguese without
    /// English words; the resolver library's own text stays as it came.
    #[test]
    fn failures_read_in_the_readers_language() {
        let txt = || record_of("TXT", "example.org");
        let cases = [
            (
                DnsFailure::NoSuchName.describe(txt()),
                "TXT of example.org: the name does not exist (NXDOMAIN)",
            ),
            (
                DnsFailure::NoRecords.describe(record_of("MX", "example.org")),
                "MX of example.org: no such record",
            ),
            (
                DnsFailure::Timeout.describe(record_of("A", "mail.example.org")),
                "A of mail.example.org: no answer from the DNS resolver in time",
            ),
            (
                DnsFailure::Refused("SERVFAIL".into()).describe(resolver_at("127.0.0.1:53")),
                "DNS resolver 127.0.0.1:53: the DNS resolver answered SERVFAIL",
            ),
            (
                DnsFailure::Failed("io error: boom".into()).describe("mail.example.org"),
                "mail.example.org: io error: boom",
            ),
        ];
        for (said, english) in &cases {
            assert_eq!(said.english(), *english);
            // Names, codes and the library's words are quoted, not ours to translate.
            let mut ours = said.clone();
            ours.texts_mut(&mut |text| *text = "x".into());
            for lang in [Lang::Es, Lang::Pt] {
                let text = ours.render(lang);
                let english_words = mailtriage_core::i18n::stop_list::english_words_in(&text, lang);
                assert!(
                    english_words.is_empty(),
                    "{lang:?}: {text:?} {english_words:?}"
                );
            }
        }
    }

    #[test]
    fn server_port_is_kept() {
        let ns = name_server("127.0.0.1:5353".parse().unwrap());
        assert!(ns.connections.iter().all(|c| c.port == 5353));
    }
}
