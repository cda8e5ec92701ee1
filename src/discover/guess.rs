//! Guessing an e-mail domain's servers when no source names one for a side: the candidate names
//! ([`crate::guess`]) are each looked up once, at once; a name that does not exist is
//! skipped; the others are probed on every standard encrypted port at once, each probe to the
//! capabilities only ([`Depth::Connection`], the port scan's probe, without credentials: no
//! login command and no password is ever sent). The whole guess, look-ups included, ends one
//! step deadline after it starts; a probe still running then counts as a timeout.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::account::{Endpoint, Plan, Protocol, ResolveOverride};
use crate::domain::fqdn;
use crate::guess::{Guessed, candidate_names, probes};
use crate::model::PanelReport;
use crate::port_scan::{ScanCell, Verdict};
use crate::probe::dns::Dns;
use crate::probe::scan::{Target, probe_one};
use crate::probe::tls::TlsContext;
use crate::proto::secrets::SecretForms;

use super::{DiscoverOptions, resolver};

/// What one name's task reports.
enum Found {
    /// The name does not exist or has no address.
    Missing(String),
    /// One probe finished.
    Cell(Box<ScanCell>),
}

/// Guess the servers of `domain` for `protocols`, with `mx` its MX hosts (most preferred first).
pub async fn guess(
    domain: &str,
    mx: &[String],
    protocols: &[Protocol],
    options: &DiscoverOptions,
) -> Guessed {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let names = candidate_names(&domain, mx);
    let all = probes(&names, &domain, protocols, &options.guess_ports);
    let mut guessed = Guessed {
        domain: domain.clone(),
        names: names
            .iter()
            .filter(|n| all.iter().any(|(_, e)| &e.host == *n))
            .cloned()
            .collect(),
        protocols: protocols.to_vec(),
        deadline_s: options.deadline.as_secs_f64(),
        ..Guessed::default()
    };
    for (protocol, endpoint) in &all {
        let port = (*protocol, endpoint.port, endpoint.security);
        if !guessed.ports.contains(&port) {
            guessed.ports.push(port);
        }
    }
    let (Ok(dns), Ok(tls)) = (
        resolver(options.dns_server, options.deadline),
        TlsContext::new(options.extra_ca_pem.as_deref()),
    ) else {
        return guessed;
    };
    let end = tokio::time::Instant::now() + options.deadline;
    let (tx, mut rx) = mpsc::channel(all.len() + names.len() + 1);
    let mut tasks = JoinSet::new();
    for name in &guessed.names {
        let mine: Vec<(Protocol, Endpoint)> = all
            .iter()
            .filter(|(_, e)| &e.host == name)
            .cloned()
            .collect();
        let name = name.clone();
        let (dns, tls, tx) = (dns.clone(), tls.clone(), tx.clone());
        let options = options.clone();
        tasks.spawn(async move { probe_name(name, mine, dns, tls, options, tx).await });
    }
    drop(tx);
    let started = Instant::now();
    loop {
        tokio::select! {
            found = rx.recv() => match found {
                Some(Found::Missing(name)) => guessed.missing.push(name),
                Some(Found::Cell(cell)) => guessed.cells.push(*cell),
                None => break,
            },
            _ = tokio::time::sleep_until(end) => break,
        }
    }
    tasks.abort_all();
    // Every probe of a name that exists and did not report in time: a timeout.
    for (protocol, endpoint) in all {
        let reported = guessed.cells.iter().any(|c| {
            c.protocol == protocol
                && c.host == endpoint.host
                && c.port == endpoint.port
                && c.security == endpoint.security
        });
        if !reported && !guessed.missing.contains(&endpoint.host) {
            guessed.cells.push(ScanCell {
                protocol,
                host: endpoint.host,
                port: endpoint.port,
                security: endpoint.security,
                verdict: Verdict::Timeout,
                certificate: None,
                elapsed_ms: started.elapsed().as_secs_f64() * 1000.0,
                detail: mailtriage_core::said!(
                    "step-guess-timeout",
                    seconds = format!("{:.1}", options.deadline.as_secs_f64())
                ),
                report: PanelReport::new(crate::model::Panel::Incoming),
            });
        }
    }
    guessed
}

/// Look `name` up once, then probe each of its servers at once, reporting each as it ends.
async fn probe_name(
    name: String,
    servers: Vec<(Protocol, Endpoint)>,
    dns: Dns,
    tls: TlsContext,
    options: DiscoverOptions,
    tx: mpsc::Sender<Found>,
) {
    let Some(addr) = address(&dns, &name, &options.resolve).await else {
        let _ = tx.send(Found::Missing(name)).await;
        return;
    };
    // The probes' plan: no credentials, every server pinned to the address found, each probe
    // within the guess's deadline.
    let mut plan = Plan::new(None, None);
    plan.step_timeout = options.deadline;
    plan.session_timeout = Some(options.deadline);
    plan.extra_ca_pem = options.extra_ca_pem.clone();
    plan.dns_server = options.dns_server;
    plan.resolve = options.resolve.clone();
    for (_, endpoint) in &servers {
        if plan.pinned(&endpoint.host, endpoint.port).is_none() {
            plan.resolve.push(ResolveOverride {
                host: endpoint.host.clone(),
                port: endpoint.port,
                addr,
            });
        }
    }
    let plan = Arc::new(plan);
    let mut probes = JoinSet::new();
    for (protocol, endpoint) in servers {
        let tls_port = options
            .guess_ports
            .port(protocol, crate::account::Security::Tls);
        let (plan, tls, tx, dns) = (Arc::clone(&plan), tls.clone(), tx.clone(), dns.clone());
        probes.spawn(async move {
            let cell = Target {
                protocol,
                target: endpoint,
                implicit_tls_port: tls_port,
            };
            let cell = probe_one(plan, tls, Some(dns), SecretForms::default(), cell).await;
            let _ = tx.send(Found::Cell(Box::new(cell))).await;
        });
    }
    while probes.join_next().await.is_some() {}
}

/// The address to probe `name` at: a pinned one (`--resolve`, any port of the name), else the
/// first IPv4 address of its A and AAAA records, else the first IPv6 one; `None` when the name
/// does not exist, has no address or the look-up failed.
async fn address(dns: &Dns, name: &str, pins: &[ResolveOverride]) -> Option<IpAddr> {
    if let Some(pin) = pins.iter().find(|p| p.host.eq_ignore_ascii_case(name)) {
        return Some(pin.addr);
    }
    if let Ok(ip) = name.parse::<IpAddr>() {
        return Some(ip);
    }
    let found = dns.all_addresses(&fqdn(name)).await.ok()?;
    found
        .iter()
        .find(|ip| ip.is_ipv4())
        .or(found.first())
        .copied()
}

/// [`guess`] from synchronous code: on a thread of its own with its own runtime (dropped at the
/// end, which stops any probe still running).
pub fn guess_blocking(
    domain: &str,
    mx: &[String],
    protocols: &[Protocol],
    options: &DiscoverOptions,
) -> Guessed {
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                Some(runtime.block_on(guess(domain, mx, protocols, options)))
            })
            .join()
            .ok()
            .flatten()
            .unwrap_or_default()
    })
}
