//! Internet reachability: a TCP connect (connect only) to a few well-known targets, per address
//! family, so "the network is down" can be told from "the mail server is down". The default
//! targets are IP addresses, so they work even when DNS does not.

use std::net::{IpAddr, SocketAddr};

use futures_util::future::join_all;

use crate::account::{HostPort, Plan};
use crate::model::{ConnectCheck, ConnectPurpose, Family, LocalNetwork, StepKind, StepStatus};
use crate::probe::connect::family;
use crate::probe::dns::Dns;
use crate::probe::hosts::{describe_failure, failure_of, find_addresses, routable, try_connect};
use crate::probe::netsink::NetSink;
use mailtriage_core::said;

/// Targets used when none is configured and the servers are not on this machine: public DNS
/// services' HTTPS ports, one per operator, and one IPv6 address.
pub const DEFAULT_TARGETS: [(&str, u16); 3] = [
    ("1.1.1.1", 443),
    ("8.8.8.8", 443),
    ("2606:4700:4700::1111", 443),
];

/// The targets of this run: the configured ones, else the defaults when `internet`.
pub fn targets(plan: &Plan, internet: bool) -> Vec<HostPort> {
    if !plan.reach.is_empty() {
        return plan.reach.clone();
    }
    if !internet {
        return Vec::new();
    }
    DEFAULT_TARGETS
        .iter()
        .map(|(host, port)| HostPort {
            host: host.to_string(),
            port: *port,
        })
        .collect()
}

/// Connect to every target side by side.
pub async fn run(
    targets: &[HostPort],
    plan: &Plan,
    dns: Option<&Dns>,
    local: Option<&LocalNetwork>,
    sink: &NetSink,
) {
    join_all(
        targets
            .iter()
            .map(|t| one_target(t, plan, dns, local, sink)),
    )
    .await;
}

async fn one_target(
    target: &HostPort,
    plan: &Plan,
    dns: Option<&Dns>,
    local: Option<&LocalNetwork>,
    sink: &NetSink,
) {
    let found = match find_addresses(&target.host, None, dns).await {
        Ok(found) => found,
        Err((_, evidence)) => {
            let name = Some(target.to_string());
            sink.started(StepKind::Reach, name.clone());
            sink.finished(
                StepKind::Reach,
                name,
                StepStatus::Warn,
                said!("step-dns-not-found", host = &target.host),
                Some(evidence),
            );
            return;
        }
    };
    let addrs: Vec<IpAddr> = found.firsts();
    join_all(addrs.into_iter().map(|ip| async move {
        let addr = SocketAddr::new(ip, target.port);
        let name = Some(format!("{target} {} {}", family(&addr), addr.ip()));
        sink.started(StepKind::Reach, name.clone());
        if !routable(local, &ip) {
            sink.finished(
                StepKind::Reach,
                name,
                StepStatus::Skipped,
                said!("step-not-tried-no-ipv6-route"),
                None,
            );
            return;
        }
        let (result, ms) = try_connect(addr, plan.step_timeout).await;
        let check = ConnectCheck {
            host: target.host.clone(),
            address: addr.to_string(),
            port: target.port,
            family: Family::of(&ip),
            purpose: ConnectPurpose::Reach,
            connected: result.is_ok(),
            failure: result.as_ref().err().and_then(failure_of),
            elapsed_ms: ms,
        };
        match result {
            Ok(()) => sink.finished(
                StepKind::Reach,
                name,
                StepStatus::Ok,
                said!("step-connected-in", ms = format!("{ms:.1}")),
                None,
            ),
            Err(evidence) => sink.finished(
                StepKind::Reach,
                name,
                StepStatus::Warn,
                describe_failure(&evidence),
                Some(evidence),
            ),
        }
        sink.fact(move |f| f.connects.push(check));
    }))
    .await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_targets_win_and_defaults_need_the_internet() {
        let mut plan = Plan::new(None, None);
        assert!(targets(&plan, false).is_empty());
        assert_eq!(targets(&plan, true).len(), DEFAULT_TARGETS.len());
        plan.reach.push(HostPort {
            host: "127.0.0.1".into(),
            port: 9,
        });
        assert_eq!(targets(&plan, true), plan.reach);
    }
}
