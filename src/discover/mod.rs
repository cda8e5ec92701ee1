//! Discovery of an e-mail domain's mail servers when no preset knows the domain: its MX records
//! (which provider receives its mail), the RFC 6186 SRV records, and the autoconfig file mail
//! programs fetch over HTTPS. Every look-up and fetch has a deadline; every DNS query goes
//! through the run's hickory resolver ([`Dns`]: the system's configuration, or `--dns-server`).
//!
//! When none of them names a server for a side, [`guess`] probes the domain's usual names, as
//! mail programs do.
//!
//! What was found, and the pure parts (autoconfig parsing, SRV selection), are in
//! [`crate::discovery`]; the account's sources weigh it in `account::choose`.

pub mod guess;
pub mod https;
pub mod mx;
pub mod srv;

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use crate::account::ResolveOverride;
use crate::domain::fqdn;
use crate::guess::GuessPorts;
use crate::model::Said;
use crate::probe::dns::{Dns, DnsFailure};
use crate::probe::tls::TlsContext;
use mailtriage_core::said;

pub use crate::discovery::{
    ClientConfig, Discovery, DnsAnswer, MailServer, SrvService, SrvTarget, UsernameSpec, autoconfig,
};

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
    /// The ports guessing probes (see [`guess`]): the standard ones. Tests point them at
    /// servers of their own; no option sets them.
    pub guess_ports: GuessPorts,
}

impl DiscoverOptions {
    /// The standard HTTPS port autoconfig files are fetched from.
    pub const HTTPS_PORT: u16 = 443;
}

/// The run's resolver: `--dns-server` alone (hosts file not consulted, so every answer is that
/// server's), else the system's configuration; each query within `deadline`.
pub fn resolver(dns_server: Option<SocketAddr>, deadline: Duration) -> Result<Dns, Said> {
    match dns_server {
        Some(server) => Dns::single(server, deadline),
        None => Dns::system(deadline),
    }
}

/// A look-up's result as discovery keeps it: `what` names the query in failures
/// (`MX example.org`).
pub fn answer<T>(result: Result<Vec<T>, DnsFailure>, what: impl Into<Said>) -> DnsAnswer<T> {
    match result {
        Ok(records) => DnsAnswer::Records(records),
        Err(DnsFailure::NoSuchName) => DnsAnswer::NoSuchDomain,
        Err(DnsFailure::NoRecords) => DnsAnswer::NoRecords,
        Err(failure) => DnsAnswer::Failed(failure.describe(what)),
    }
}

/// The addresses of `host` for connecting on `port`: a pinned one (`--resolve`), an IP literal,
/// or the A and AAAA records.
pub async fn addresses(
    dns: &Dns,
    host: &str,
    port: u16,
    pins: &[ResolveOverride],
) -> Result<Vec<IpAddr>, DnsFailure> {
    if let Some(pin) = pins
        .iter()
        .find(|p| p.host.eq_ignore_ascii_case(host) && p.port == port)
    {
        return Ok(vec![pin.addr]);
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![ip]);
    }
    dns.all_addresses(&fqdn(host)).await
}

/// Look the domain up: MX, the six SRV services and both autoconfig addresses, all at once.
/// `email` fills the autoconfig file's placeholders. Fails only when the resolver or the trust
/// store cannot be set up; look-ups that fail are recorded in the result.
pub async fn discover(
    domain: &str,
    email: &str,
    options: &DiscoverOptions,
) -> Result<Discovery, Said> {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let resolver = resolver(options.dns_server, options.deadline)?;
    let tls = TlsContext::new(options.extra_ca_pem.as_deref()).map_err(Said::from)?;
    let mx_lookup = mx::lookup_mx(&resolver, &domain);
    let srv_lookups = srv::lookup_all(&resolver, &domain);
    let fetch = autoconfig_fetch(&resolver, &tls, &domain, email, options);
    let (mx, srv, (autoconfig, fetch_problems)) = tokio::join!(mx_lookup, srv_lookups, fetch);
    let mut problems: Vec<Said> = Vec::new();
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
    resolver: &Dns,
    tls: &TlsContext,
    domain: &str,
    email: &str,
    options: &DiscoverOptions,
) -> (Option<(String, ClientConfig)>, Vec<Said>) {
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
            Err(e) => problems.push(said!(
                "autoconfig-problem",
                url = location.url(),
                problem = e
            )),
        }
    }
    (None, problems)
}

async fn fetch_one(
    resolver: &Dns,
    tls: &TlsContext,
    location: &autoconfig::Location,
    email: &str,
    options: &DiscoverOptions,
) -> Result<Option<ClientConfig>, Said> {
    let addrs = match addresses(
        resolver,
        &location.host,
        DiscoverOptions::HTTPS_PORT,
        &options.resolve,
    )
    .await
    {
        Ok(addrs) => addrs,
        Err(e) if e.is_absent() => return Ok(None),
        Err(e) => return Err(e.describe(location.host.as_str())),
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
) -> Result<Discovery, Said> {
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|e| said!("discovery-runtime-failed", error = e.to_string()))?;
                runtime.block_on(discover(domain, email, options))
            })
            .join()
            .unwrap_or_else(|_| Err(said!("discovery-stopped")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_keep_their_kind() {
        assert_eq!(
            answer::<u8>(Err(DnsFailure::NoSuchName), "MX a"),
            DnsAnswer::NoSuchDomain
        );
        assert_eq!(
            answer::<u8>(Err(DnsFailure::NoRecords), "MX a"),
            DnsAnswer::NoRecords
        );
        match answer::<u8>(Err(DnsFailure::Timeout), "MX a.example") {
            DnsAnswer::Failed(why) => {
                assert!(why.english().starts_with("MX a.example: "), "{why}")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(answer(Ok(vec![1u8]), "MX a").records(), [1]);
    }

    #[tokio::test]
    async fn pinned_and_literal_addresses_need_no_look_up() {
        // A resolver pointed at a port nothing answers on: the test fails if it is asked.
        let dns = resolver(Some("127.0.0.1:9".parse().unwrap()), Duration::from_secs(1)).unwrap();
        let pins = vec!["autoconfig.example.test:443:127.0.0.2".parse().unwrap()];
        let got = addresses(&dns, "autoconfig.example.test", 443, &pins)
            .await
            .unwrap();
        assert_eq!(got, vec!["127.0.0.2".parse::<IpAddr>().unwrap()]);
        let got = addresses(&dns, "127.0.0.3", 443, &[]).await.unwrap();
        assert_eq!(got, vec!["127.0.0.3".parse::<IpAddr>().unwrap()]);
    }
}
