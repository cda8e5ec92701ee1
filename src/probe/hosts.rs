//! The configured hosts in the network panel: each one's addresses (A and AAAA apart, so IPv4
//! and IPv6 can be told apart) and a TCP connect per port and address family. The outgoing
//! host's other submission ports (25, 465, 587) are probed beside its configured one, connect
//! only, so a blocked port 25 shows against a working 587. Those extra probes are not steps
//! (a port the account does not use is no fault of it): they are transcript lines and facts.

use std::net::{IpAddr, SocketAddr};
use std::time::Instant;

use futures_util::future::join_all;

use crate::account::Plan;
use crate::model::{
    AddressSource, ConnectCheck, ConnectPurpose, Evidence, Family, HostCheck, IoFailure,
    LocalNetwork, Said, StepKind, StepStatus,
};
use crate::probe::connect::{connect, family};
use crate::probe::dns::{Dns, DnsFailure, record_of};
use crate::probe::events::millis;
use crate::probe::netsink::NetSink;
use mailtriage_core::said;

/// The SMTP ports probed on the outgoing host besides its configured one.
pub const SUBMISSION_PORTS: [u16; 3] = [25, 465, 587];

/// The hosts of the plan, each with the ports configured for it, in configuration order.
pub fn hosts_and_ports(plan: &Plan) -> Vec<(String, Vec<u16>)> {
    let mut out: Vec<(String, Vec<u16>)> = Vec::new();
    for ep in [&plan.incoming, &plan.imap_beside, &plan.outgoing]
        .into_iter()
        .flatten()
    {
        match out
            .iter_mut()
            .find(|(h, _)| h.eq_ignore_ascii_case(&ep.host))
        {
            Some((_, ports)) if !ports.contains(&ep.port) => ports.push(ep.port),
            Some(_) => {}
            None => out.push((ep.host.clone(), vec![ep.port])),
        }
    }
    out
}

/// `localhost` and names under it, which always mean this machine (RFC 6761).
pub fn is_localhost_name(host: &str) -> bool {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    h == "localhost" || h.ends_with(".localhost")
}

/// True when some configured server is not on this machine (by address, pin or `localhost`),
/// so the run depends on the network: then the internet checks run with their defaults.
pub fn needs_internet(plan: &Plan) -> bool {
    [&plan.incoming, &plan.imap_beside, &plan.outgoing]
        .into_iter()
        .flatten()
        .any(|ep| {
            let pinned = plan.pinned(&ep.host, ep.port);
            let literal = ep.host.parse::<IpAddr>().ok();
            let local = match pinned.or(literal) {
                Some(addr) => addr.is_loopback(),
                None => is_localhost_name(&ep.host),
            };
            !local
        })
}

/// A host's addresses by family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub source: AddressSource,
    pub ipv4: Vec<IpAddr>,
    pub ipv6: Vec<IpAddr>,
    /// A half-failed look-up (A answered, AAAA timed out …), in words.
    pub note: Option<Said>,
}

impl Found {
    fn from_list(source: AddressSource, addrs: &[IpAddr]) -> Found {
        Found {
            source,
            ipv4: addrs.iter().filter(|a| a.is_ipv4()).copied().collect(),
            ipv6: addrs.iter().filter(|a| a.is_ipv6()).copied().collect(),
            note: None,
        }
    }

    /// The first address of each family, IPv4 first.
    pub fn firsts(&self) -> Vec<IpAddr> {
        self.ipv4
            .iter()
            .take(1)
            .chain(self.ipv6.iter().take(1))
            .copied()
            .collect()
    }
}

/// Find the addresses of `host`: a literal, a pin, `localhost`, or A and AAAA look-ups.
pub async fn find_addresses(
    host: &str,
    pinned: Option<IpAddr>,
    dns: Option<&Dns>,
) -> Result<Found, (IoFailure, Evidence)> {
    if let Some(addr) = pinned {
        return Ok(Found::from_list(AddressSource::Pinned, &[addr]));
    }
    if let Ok(addr) = host.trim_matches(['[', ']']).parse::<IpAddr>() {
        return Ok(Found::from_list(AddressSource::Literal, &[addr]));
    }
    if is_localhost_name(host) {
        return Ok(Found::from_list(
            AddressSource::Localhost,
            &[
                IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
                IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
            ],
        ));
    }
    let Some(dns) = dns else {
        return Err((
            IoFailure::ResolverFailed,
            Evidence::Io {
                failure: IoFailure::ResolverFailed,
                message: said!("dns-no-resolver", host = host),
            },
        ));
    };
    let (v4, v6) = dns.addresses(host).await;
    let mut found = Found {
        source: AddressSource::Dns,
        ipv4: Vec::new(),
        ipv6: Vec::new(),
        note: None,
    };
    let mut failures: Vec<(&str, DnsFailure)> = Vec::new();
    match v4 {
        Ok(v) => found.ipv4 = v.into_iter().map(IpAddr::V4).collect(),
        Err(f) => failures.push(("A", f)),
    }
    match v6 {
        Ok(v) => found.ipv6 = v.into_iter().map(IpAddr::V6).collect(),
        Err(f) => failures.push(("AAAA", f)),
    }
    if found.ipv4.is_empty() && found.ipv6.is_empty() {
        // The most telling failure: a resolver failure over "no such name" over "no records".
        let rank = |f: &DnsFailure| match f {
            DnsFailure::NoRecords => 0,
            DnsFailure::NoSuchName => 1,
            _ => 2,
        };
        let worst = failures
            .into_iter()
            .max_by_key(|(_, f)| rank(f))
            .map(|(_, f)| f)
            .unwrap_or(DnsFailure::NoRecords);
        let what = match worst {
            DnsFailure::NoRecords => said!("dns-host-no-address", host = host),
            _ => worst.describe(host),
        };
        let kind = worst.kind();
        return Err((
            kind,
            Evidence::Io {
                failure: kind,
                message: what,
            },
        ));
    }
    let odd: Vec<Said> = failures
        .iter()
        .filter(|(_, f)| !f.is_absent())
        .map(|(t, f)| f.describe(record_of(t, host)))
        .collect();
    if !odd.is_empty() {
        found.note = Some(Said::joined(odd, "; "));
    }
    Ok(found)
}

/// True when a connect to `addr` can leave this machine: IPv6 needs an IPv6 default route
/// (unless the address is on this machine or the routes are unknown).
pub fn routable(local: Option<&LocalNetwork>, addr: &IpAddr) -> bool {
    match local {
        Some(net) if addr.is_ipv6() && !addr.is_loopback() => {
            net.default_route(Family::Ipv6).is_some()
        }
        _ => true,
    }
}

/// Connect to `addr` within `deadline` and close at once: `Ok` or the failure, and the time.
pub async fn try_connect(
    addr: SocketAddr,
    deadline: std::time::Duration,
) -> (Result<(), Evidence>, f64) {
    let started = Instant::now();
    let result = connect(addr, deadline).await.map(drop);
    (result, millis(started))
}

/// The failure kind of a connect's evidence.
pub fn failure_of(evidence: &Evidence) -> Option<IoFailure> {
    match evidence {
        Evidence::Io { failure, .. } => Some(*failure),
        _ => None,
    }
}

/// Words for a failed connect.
pub fn describe_failure(evidence: &Evidence) -> Said {
    match failure_of(evidence) {
        Some(IoFailure::Refused) => said!("step-connect-refused"),
        Some(IoFailure::Timeout) => said!("step-connect-timeout"),
        Some(IoFailure::Unreachable) => said!("step-connect-unreachable"),
        _ => said!("step-connect-failed"),
    }
}

fn addresses_detail(found: &Found) -> Said {
    let list = |v: &[IpAddr]| {
        v.iter()
            .map(IpAddr::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut detail: Vec<Said> = Vec::new();
    if !found.ipv4.is_empty() {
        detail.push(Said::from(format!("A: {}", list(&found.ipv4))));
    }
    if !found.ipv6.is_empty() {
        detail.push(Said::from(format!("AAAA: {}", list(&found.ipv6))));
    }
    match found.source {
        AddressSource::Pinned => detail.push(said!("step-address-pinned")),
        AddressSource::Literal => detail.push(said!("step-address-given")),
        AddressSource::Localhost => detail.push(said!("step-address-this-machine")),
        AddressSource::Dns => {}
    }
    if let Some(note) = &found.note {
        detail.push(note.clone());
    }
    Said::joined(detail, "; ")
}

/// Resolve and connect every configured host; the outgoing host's first address of each family
/// is returned (for the blocklist look-ups).
pub async fn run(
    plan: &Plan,
    dns: Option<&Dns>,
    local: Option<&LocalNetwork>,
    other_ports: bool,
    sink: &NetSink,
) -> Vec<IpAddr> {
    let outgoing = plan.outgoing.as_ref().map(|e| e.host.to_ascii_lowercase());
    let hosts = hosts_and_ports(plan);
    let checks = hosts.iter().map(|(host, ports)| {
        let is_outgoing = outgoing.as_deref() == Some(host.to_ascii_lowercase().as_str());
        let mut list: Vec<(u16, ConnectPurpose)> = ports
            .iter()
            .map(|p| (*p, ConnectPurpose::Account))
            .collect();
        if is_outgoing && other_ports {
            for p in SUBMISSION_PORTS {
                if !ports.contains(&p) {
                    list.push((p, ConnectPurpose::OtherSubmissionPort));
                }
            }
        }
        async move {
            let found = one_host(plan, host, ports, &list, dns, local, sink).await;
            (is_outgoing, found)
        }
    });
    join_all(checks)
        .await
        .into_iter()
        .find_map(|(is_outgoing, found)| is_outgoing.then(|| found.map(|f| f.firsts())))
        .flatten()
        .unwrap_or_default()
}

async fn one_host(
    plan: &Plan,
    host: &str,
    ports: &[u16],
    list: &[(u16, ConnectPurpose)],
    dns: Option<&Dns>,
    local: Option<&LocalNetwork>,
    sink: &NetSink,
) -> Option<Found> {
    let target = Some(host.to_string());
    sink.started(StepKind::Dns, target.clone());
    let pinned = ports.iter().find_map(|p| plan.pinned(host, *p));
    let found = match find_addresses(host, pinned, dns).await {
        Ok(found) => found,
        Err((failure, evidence)) => {
            sink.finished(
                StepKind::Dns,
                target,
                StepStatus::Failed,
                said!("step-dns-not-found", host = host),
                Some(evidence),
            );
            let host = host.to_string();
            sink.fact(move |f| {
                f.hosts.push(HostCheck {
                    host,
                    source: AddressSource::Dns,
                    ipv4: Vec::new(),
                    ipv6: Vec::new(),
                    failure: Some(failure),
                })
            });
            return None;
        }
    };
    sink.finished(
        StepKind::Dns,
        target,
        StepStatus::Ok,
        addresses_detail(&found),
        None,
    );
    let record = HostCheck {
        host: host.to_string(),
        source: found.source,
        ipv4: found.ipv4.iter().map(IpAddr::to_string).collect(),
        ipv6: found.ipv6.iter().map(IpAddr::to_string).collect(),
        failure: None,
    };
    sink.fact(move |f| f.hosts.push(record));
    connect_ports(host, &found, list, plan, local, sink).await;
    Some(found)
}

/// Connect to the first address of each family on every port, side by side. A configured port
/// fails only when no family connects; a family that fails beside one that works is a warning
/// (that is how broken IPv6 shows), and so is any failure on a port the account does not use.
async fn connect_ports(
    host: &str,
    found: &Found,
    ports: &[(u16, ConnectPurpose)],
    plan: &Plan,
    local: Option<&LocalNetwork>,
    sink: &NetSink,
) {
    let mut attempts: Vec<(u16, ConnectPurpose, SocketAddr, String)> = Vec::new();
    for (port, purpose) in ports {
        let is_step = *purpose == ConnectPurpose::Account;
        for ip in found.firsts() {
            let addr = SocketAddr::new(ip, *port);
            let target = format!("{host} {} {addr}", family(&addr));
            if is_step {
                sink.started(StepKind::Tcp, Some(target.clone()));
            }
            if !routable(local, &ip) {
                if is_step {
                    sink.finished(
                        StepKind::Tcp,
                        Some(target),
                        StepStatus::Skipped,
                        said!("step-not-tried-no-ipv6-route"),
                        None,
                    );
                }
                continue;
            }
            attempts.push((*port, *purpose, addr, target));
        }
    }
    let results = join_all(
        attempts
            .iter()
            .map(|(_, _, addr, _)| try_connect(*addr, plan.step_timeout)),
    )
    .await;
    let outcomes: Vec<_> = attempts.into_iter().zip(results).collect();
    for ((port, purpose, addr, target), (result, ms)) in &outcomes {
        let port_works = outcomes
            .iter()
            .any(|((p, ..), (r, _))| p == port && r.is_ok());
        if *purpose == ConnectPurpose::Account {
            let (status, detail, evidence) = match result {
                Ok(()) => (
                    StepStatus::Ok,
                    said!("step-connected-in", ms = format!("{ms:.1}")),
                    None,
                ),
                Err(evidence) if port_works => (
                    StepStatus::Warn,
                    said!(
                        "step-connect-other-family-works",
                        failure = describe_failure(evidence),
                        port = port.to_string()
                    ),
                    Some(evidence.clone()),
                ),
                Err(evidence) => (
                    StepStatus::Failed,
                    describe_failure(evidence),
                    Some(evidence.clone()),
                ),
            };
            sink.finished(
                StepKind::Tcp,
                Some(target.clone()),
                status,
                detail,
                evidence,
            );
        } else {
            let outcome = match result {
                Ok(()) => said!("step-connected-in", ms = format!("{ms:.1}")),
                Err(evidence) => describe_failure(evidence),
            };
            sink.note(said!(
                "transcript-other-submission-port",
                target = target,
                outcome = outcome
            ));
        }
        let check = ConnectCheck {
            host: host.to_string(),
            address: addr.to_string(),
            port: *port,
            family: Family::of(&addr.ip()),
            purpose: *purpose,
            connected: result.is_ok(),
            failure: result.as_ref().err().and_then(failure_of),
            elapsed_ms: *ms,
        };
        sink.fact(move |f| f.connects.push(check));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Endpoint, ResolveOverride, Security};

    fn ep(host: &str, port: u16) -> Endpoint {
        Endpoint {
            host: host.into(),
            port,
            security: Security::Tls,
        }
    }

    #[test]
    fn shared_host_is_resolved_once_with_both_ports() {
        let plan = Plan::new(
            Some(ep("mail.example.test", 995)),
            Some(ep("MAIL.example.test", 465)),
        );
        assert_eq!(
            hosts_and_ports(&plan),
            vec![("mail.example.test".to_string(), vec![995, 465])]
        );
    }

    #[test]
    fn servers_on_this_machine_need_no_internet() {
        let mut plan = Plan::new(Some(ep("127.0.0.1", 995)), Some(ep("localhost", 587)));
        assert!(!needs_internet(&plan));
        plan.outgoing = Some(ep("smtp.example.test", 587));
        assert!(needs_internet(&plan));
        plan.resolve.push(ResolveOverride {
            host: "smtp.example.test".into(),
            port: 587,
            addr: "::1".parse().unwrap(),
        });
        assert!(!needs_internet(&plan));
        plan.incoming = Some(ep("192.0.2.1", 995));
        assert!(needs_internet(&plan));
    }

    #[tokio::test]
    async fn literals_pins_and_localhost_need_no_look_up() {
        let f = find_addresses("::1", None, None).await.unwrap();
        assert_eq!((f.source, f.ipv6.len()), (AddressSource::Literal, 1));
        let f = find_addresses("x.test", Some("127.0.0.9".parse().unwrap()), None)
            .await
            .unwrap();
        assert_eq!(f.source, AddressSource::Pinned);
        let f = find_addresses("LOCALHOST.", None, None).await.unwrap();
        assert_eq!(f.firsts().len(), 2);
        let (failure, _) = find_addresses("x.test", None, None).await.unwrap_err();
        assert_eq!(failure, IoFailure::ResolverFailed);
    }

    #[test]
    fn ipv6_needs_a_route_unless_local() {
        let none = LocalNetwork::default();
        let v6: IpAddr = "2001:db8::1".parse().unwrap();
        assert!(!routable(Some(&none), &v6));
        assert!(routable(Some(&none), &"::1".parse().unwrap()));
        assert!(routable(Some(&none), &"192.0.2.1".parse().unwrap()));
        assert!(routable(None, &v6));
    }
}
