//! Discovery of an e-mail domain's mail servers when no preset knows the domain: its MX records
//! (which provider receives its mail), the RFC 6186 SRV records, and the autoconfig file mail
//! programs fetch over HTTPS. Every look-up and fetch has a deadline; every DNS query goes
//! through hickory-resolver (the system's configuration, or `--dns-server`).
//!
//! [`compare`] weighs what the sources said and picks the settings; the pure parts
//! ([`autoconfig`] parsing, MX ordering, SRV selection) never touch the network.

pub mod autoconfig;
pub mod compare;
pub mod https;
pub mod mx;
pub mod srv;

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use hickory_resolver::TokioResolver;
use hickory_resolver::config::{NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::rr::RecordType;
use serde::Serialize;

use crate::account::{Plan, ResolveOverride};
use crate::probe::tls::TlsContext;
use crate::sanitize::sanitize_str;

pub use autoconfig::{ClientConfig, MailServer, UsernameSpec};
pub use mx::MxHost;
pub use srv::{SrvService, SrvTarget};

/// Where and how discovery looks things up.
#[derive(Debug, Clone)]
pub struct DiscoverOptions {
    /// The DNS server to ask (`--dns-server`); `None`: the system's configuration.
    pub dns_server: Option<SocketAddr>,
    /// Pinned addresses (`--resolve HOST:443:ADDRESS`) for the autoconfig hosts.
    pub resolve: Vec<ResolveOverride>,
    /// Extra trusted CA certificates (`--ca-file`), PEM.
    pub extra_ca_pem: Option<Vec<u8>>,
    /// Deadline of each look-up and of each fetch.
    pub deadline: Duration,
    /// Port of the autoconfig web servers: 443, the only one mail programs use. Tests point it
    /// at a server of their own.
    pub https_port: u16,
}

impl DiscoverOptions {
    /// The standard HTTPS port autoconfig files are fetched from.
    pub const HTTPS_PORT: u16 = 443;

    /// Options with the plan's resolver, pinned addresses, CA file and step deadline.
    pub fn for_plan(plan: &Plan) -> DiscoverOptions {
        DiscoverOptions {
            dns_server: plan.dns_server,
            resolve: plan.resolve.clone(),
            extra_ca_pem: plan.extra_ca_pem.clone(),
            deadline: plan.step_timeout,
            https_port: Self::HTTPS_PORT,
        }
    }
}

/// How one DNS look-up ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "answer", content = "records", rename_all = "kebab-case")]
pub enum DnsAnswer<T> {
    /// The records found (at least one).
    Records(Vec<T>),
    /// The name exists but has no record of this type.
    NoRecords,
    /// NXDOMAIN: the name does not exist.
    NoSuchDomain,
    /// No usable answer (timeout, server failure), in words.
    Failed(String),
}

impl<T> DnsAnswer<T> {
    pub fn records(&self) -> &[T] {
        match self {
            DnsAnswer::Records(r) => r,
            _ => &[],
        }
    }
}

/// Everything discovery learnt about a domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discovery {
    pub domain: String,
    /// MX records, most preferred first.
    pub mx: DnsAnswer<MxHost>,
    /// SRV answers, one per service in [`SrvService::ALL`] order.
    pub srv: Vec<(SrvService, DnsAnswer<SrvTarget>)>,
    /// The first autoconfig file found, with the address it came from.
    pub autoconfig: Option<(String, ClientConfig)>,
    /// What went wrong on the way, one line each (timeouts, HTTP errors, bad files).
    pub problems: Vec<String>,
}

impl Discovery {
    /// True when the DNS said the domain does not exist.
    pub fn domain_missing(&self) -> bool {
        self.mx == DnsAnswer::NoSuchDomain
    }

    /// The SRV answer for a service.
    pub fn srv_answer(&self, service: SrvService) -> Option<&DnsAnswer<SrvTarget>> {
        self.srv.iter().find(|(s, _)| *s == service).map(|(_, a)| a)
    }
}

/// A resolver for discovery: one server (`--dns-server`, hosts file not consulted, so every
/// answer is that server's) or the system's configuration. One attempt per query, each within
/// `deadline`.
pub fn resolver(
    dns_server: Option<SocketAddr>,
    deadline: Duration,
) -> Result<TokioResolver, String> {
    let (config, mut opts) = match dns_server {
        Some(server) => {
            let mut ns = NameServerConfig::udp_and_tcp(server.ip());
            for c in &mut ns.connections {
                c.port = server.port();
            }
            let mut opts = ResolverOpts::default();
            opts.use_hosts_file = ResolveHosts::Never;
            (ResolverConfig::from_name_servers(vec![ns]), opts)
        }
        None => hickory_resolver::system_conf::read_system_conf()
            .map_err(|e| format!("cannot read the DNS configuration: {e}"))?,
    };
    opts.timeout = deadline;
    opts.attempts = 1;
    let mut builder = TokioResolver::builder_with_config(config, TokioRuntimeProvider::default());
    *builder.options_mut() = opts;
    builder
        .build()
        .map_err(|e| format!("cannot set up the DNS resolver: {e}"))
}

/// `example.org.`: absolute, so no search domain is ever appended.
pub fn fqdn(name: &str) -> String {
    let name = name.trim().trim_end_matches('.');
    format!("{name}.")
}

/// Look `name` up for `record_type`, within `deadline`, and convert the records with `convert`
/// (records it returns `None` for are skipped).
pub async fn lookup<T>(
    resolver: &TokioResolver,
    name: &str,
    record_type: RecordType,
    deadline: Duration,
    convert: impl Fn(&hickory_resolver::proto::rr::RData) -> Option<T>,
) -> DnsAnswer<T> {
    let query = resolver.lookup(fqdn(name), record_type);
    match tokio::time::timeout(deadline, query).await {
        Err(_) => DnsAnswer::Failed(format!(
            "{record_type} {name}: no answer from the DNS server within {:.1} s",
            deadline.as_secs_f64()
        )),
        Ok(Err(e)) => classify(&e, name, record_type),
        Ok(Ok(found)) => {
            let records: Vec<T> = found
                .answers()
                .iter()
                .filter_map(|r| convert(&r.data))
                .collect();
            if records.is_empty() {
                DnsAnswer::NoRecords
            } else {
                DnsAnswer::Records(records)
            }
        }
    }
}

fn classify<T>(e: &NetError, name: &str, record_type: RecordType) -> DnsAnswer<T> {
    if e.is_nx_domain() {
        DnsAnswer::NoSuchDomain
    } else if e.is_no_records_found() {
        DnsAnswer::NoRecords
    } else {
        let why = match e {
            NetError::Timeout => "no answer from the DNS server in time".to_string(),
            NetError::Dns(DnsError::ResponseCode(code)) => {
                format!(
                    "the DNS server answered {}",
                    format!("{code:?}").to_uppercase()
                )
            }
            other => sanitize_str(&other.to_string()),
        };
        DnsAnswer::Failed(format!("{record_type} {name}: {why}"))
    }
}

/// Why a host has no address to connect to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressError {
    /// NXDOMAIN.
    NoSuchName,
    /// The name exists without an A or AAAA record.
    NoAddress,
    /// No usable answer, in words.
    Failed(String),
}

impl AddressError {
    /// True when the DNS answered that there is no address (as opposed to not answering).
    pub fn is_absent(&self) -> bool {
        matches!(self, AddressError::NoSuchName | AddressError::NoAddress)
    }

    pub fn describe(&self, host: &str) -> String {
        match self {
            AddressError::NoSuchName => format!("{host}: the name does not exist"),
            AddressError::NoAddress => format!("{host}: the name has no address"),
            AddressError::Failed(why) => format!("{host}: {why}"),
        }
    }
}

/// The addresses of `host` for connecting on `port`: a pinned one (`--resolve`), an IP literal,
/// or the A and AAAA records through `resolver`.
pub async fn addresses(
    resolver: &TokioResolver,
    host: &str,
    port: u16,
    pins: &[ResolveOverride],
    deadline: Duration,
) -> Result<Vec<IpAddr>, AddressError> {
    if let Some(pin) = pins
        .iter()
        .find(|p| p.host.eq_ignore_ascii_case(host) && p.port == port)
    {
        return Ok(vec![pin.addr]);
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![ip]);
    }
    match tokio::time::timeout(deadline, resolver.lookup_ip(fqdn(host))).await {
        Err(_) => Err(AddressError::Failed(
            "no answer from the DNS server in time".into(),
        )),
        Ok(Err(e)) if e.is_nx_domain() => Err(AddressError::NoSuchName),
        Ok(Err(e)) if e.is_no_records_found() => Err(AddressError::NoAddress),
        Ok(Err(e)) => Err(AddressError::Failed(sanitize_str(&e.to_string()))),
        Ok(Ok(found)) => {
            let mut out: Vec<IpAddr> = Vec::new();
            for ip in found.iter() {
                if !out.contains(&ip) {
                    out.push(ip);
                }
            }
            if out.is_empty() {
                Err(AddressError::NoAddress)
            } else {
                Ok(out)
            }
        }
    }
}

/// Look the domain up: MX, the four SRV services and both autoconfig addresses, all at once.
/// `email` fills the autoconfig file's placeholders. Fails only when the resolver or the trust
/// store cannot be set up; look-ups that fail are recorded in the result.
pub async fn discover(
    domain: &str,
    email: &str,
    options: &DiscoverOptions,
) -> Result<Discovery, String> {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let resolver = resolver(options.dns_server, options.deadline)?;
    let tls = TlsContext::new(options.extra_ca_pem.as_deref())?;
    let mx_lookup = mx::lookup_mx(&resolver, &domain, options.deadline);
    let srv_lookups = srv::lookup_all(&resolver, &domain, options.deadline);
    let fetch = autoconfig_fetch(&resolver, &tls, &domain, email, options);
    let (mx, srv, (autoconfig, fetch_problems)) = tokio::join!(mx_lookup, srv_lookups, fetch);
    let mut problems: Vec<String> = Vec::new();
    if let DnsAnswer::Failed(why) = &mx {
        problems.push(why.clone());
    }
    for (_, answer) in &srv {
        if let DnsAnswer::Failed(why) = answer {
            problems.push(why.clone());
        }
    }
    problems.extend(fetch_problems);
    Ok(Discovery {
        domain,
        mx,
        srv,
        autoconfig,
        problems,
    })
}

/// Fetch the autoconfig file from both of its addresses at once; the first address whose file
/// parses wins, and the other's problems are then not worth reporting. An address whose host
/// has no address, or that answers 404 or 410, publishes nothing: that is no problem.
async fn autoconfig_fetch(
    resolver: &TokioResolver,
    tls: &TlsContext,
    domain: &str,
    email: &str,
    options: &DiscoverOptions,
) -> (Option<(String, ClientConfig)>, Vec<String>) {
    let [first, second] = autoconfig::locations(domain, email);
    let (a, b) = tokio::join!(
        fetch_one(resolver, tls, &first, email, options),
        fetch_one(resolver, tls, &second, email, options)
    );
    let mut problems = Vec::new();
    for (location, result) in [(first, a), (second, b)] {
        match result {
            Ok(Some(config)) => return (Some((location.url(), config)), Vec::new()),
            Ok(None) => {}
            Err(e) => problems.push(format!("autoconfig {}: {e}", location.url())),
        }
    }
    (None, problems)
}

async fn fetch_one(
    resolver: &TokioResolver,
    tls: &TlsContext,
    location: &autoconfig::Location,
    email: &str,
    options: &DiscoverOptions,
) -> Result<Option<ClientConfig>, String> {
    let addrs = match addresses(
        resolver,
        &location.host,
        DiscoverOptions::HTTPS_PORT,
        &options.resolve,
        options.deadline,
    )
    .await
    {
        Ok(addrs) => addrs,
        Err(e) if e.is_absent() => return Ok(None),
        Err(e) => return Err(e.describe(&location.host)),
    };
    let target = https::Target {
        host: &location.host,
        path: &location.path,
        addrs: &addrs,
        port: options.https_port,
    };
    let answer = https::get(&target, tls, options.deadline).await?;
    match answer.status {
        200 => autoconfig::parse(&answer.body, email).map(Some),
        404 | 410 => Ok(None),
        _ => Err(answer.describe()),
    }
}

/// [`discover`] from synchronous code: on a thread of its own with its own runtime, so it works
/// whether or not the caller is inside a runtime.
pub fn discover_blocking(
    domain: &str,
    email: &str,
    options: &DiscoverOptions,
) -> Result<Discovery, String> {
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|e| format!("cannot start the runtime: {e}"))?;
                runtime.block_on(discover(domain, email, options))
            })
            .join()
            .unwrap_or_else(
                |_| Err("the discovery of the mail servers stopped unexpectedly".into()),
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_made_absolute() {
        assert_eq!(fqdn("example.org"), "example.org.");
        assert_eq!(fqdn(" example.org. "), "example.org.");
    }

    #[tokio::test]
    async fn pinned_and_literal_addresses_need_no_look_up() {
        let resolver =
            resolver(Some("127.0.0.1:9".parse().unwrap()), Duration::from_secs(1)).unwrap();
        let pins = vec!["autoconfig.example.test:443:127.0.0.2".parse().unwrap()];
        let got = addresses(
            &resolver,
            "autoconfig.example.test",
            443,
            &pins,
            Duration::from_secs(1),
        )
        .await
        .unwrap();
        assert_eq!(got, vec!["127.0.0.2".parse::<IpAddr>().unwrap()]);
        let got = addresses(&resolver, "127.0.0.3", 443, &[], Duration::from_secs(1))
            .await
            .unwrap();
        assert_eq!(got, vec!["127.0.0.3".parse::<IpAddr>().unwrap()]);
    }
}
