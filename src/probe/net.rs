//! The network panel: every configured host resolved with the system resolver (all A and AAAA
//! answers) and a TCP connect per address family, so IPv4 and IPv6 can be told apart.

use std::net::SocketAddr;
use std::time::Instant;

use crate::account::Plan;
use crate::model::{StepKind, StepStatus};
use crate::probe::connect::{connect, family, resolve};
use crate::probe::events::{PanelEvents, millis};

/// The hosts of the plan, each with the ports configured for it, in configuration order.
pub fn hosts_and_ports(plan: &Plan) -> Vec<(String, Vec<u16>)> {
    let mut out: Vec<(String, Vec<u16>)> = Vec::new();
    for ep in [&plan.incoming, &plan.outgoing].into_iter().flatten() {
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

/// Run the network panel to its end.
pub async fn run(plan: &Plan, ev: &mut PanelEvents) {
    ev.panel_started(None, None).await;
    for (host, ports) in hosts_and_ports(plan) {
        ev.step_started(StepKind::Dns, Some(host.clone())).await;
        let pinned = ports.iter().find_map(|p| plan.pinned(&host, *p));
        let addrs = match resolve(&host, ports[0], pinned, plan.step_timeout).await {
            Ok(addrs) => addrs,
            Err(evidence) => {
                ev.step_finished(
                    StepKind::Dns,
                    Some(host.clone()),
                    StepStatus::Failed,
                    format!("cannot find the address of {host}"),
                    Some(evidence),
                )
                .await;
                continue;
            }
        };
        let v4: Vec<_> = addrs.iter().filter(|a| a.is_ipv4()).collect();
        let v6: Vec<_> = addrs.iter().filter(|a| a.is_ipv6()).collect();
        let list = |v: &[&SocketAddr]| {
            v.iter()
                .map(|a| a.ip().to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut detail = Vec::new();
        if !v4.is_empty() {
            detail.push(format!("A: {}", list(&v4)));
        }
        if !v6.is_empty() {
            detail.push(format!("AAAA: {}", list(&v6)));
        }
        if pinned.is_some() {
            detail.push("(pinned)".into());
        }
        ev.step_finished(
            StepKind::Dns,
            Some(host.clone()),
            StepStatus::Ok,
            detail.join("; "),
            None,
        )
        .await;

        let mut targets = Vec::new();
        for port in &ports {
            for first in [v4.first(), v6.first()].into_iter().flatten() {
                let addr = SocketAddr::new(first.ip(), *port);
                let target = format!("{host} {} {addr}", family(&addr));
                ev.step_started(StepKind::Tcp, Some(target.clone())).await;
                targets.push((addr, target));
            }
        }
        let attempts = targets.iter().map(|(addr, _)| {
            let addr = *addr;
            let deadline = plan.step_timeout;
            tokio::spawn(async move {
                let started = Instant::now();
                let result = connect(addr, deadline).await;
                (result.map(drop), millis(started))
            })
        });
        let attempts: Vec<_> = attempts.collect();
        for ((_, target), handle) in targets.into_iter().zip(attempts) {
            let (result, ms) = match handle.await {
                Ok(r) => r,
                Err(_) => continue,
            };
            match result {
                Ok(()) => {
                    ev.step_finished(
                        StepKind::Tcp,
                        Some(target),
                        StepStatus::Ok,
                        format!("connected in {ms:.1} ms"),
                        None,
                    )
                    .await
                }
                Err(evidence) => {
                    ev.step_finished(
                        StepKind::Tcp,
                        Some(target),
                        StepStatus::Failed,
                        "no connection",
                        Some(evidence),
                    )
                    .await
                }
            }
        }
    }
    ev.panel_finished().await;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Endpoint, Security};

    #[test]
    fn shared_host_is_resolved_once_with_both_ports() {
        let ep = |host: &str, port| Endpoint {
            host: host.into(),
            port,
            security: Security::Tls,
        };
        let plan = Plan::new(
            Some(ep("mail.example.test", 995)),
            Some(ep("MAIL.example.test", 465)),
        );
        assert_eq!(
            hosts_and_ports(&plan),
            vec![("mail.example.test".to_string(), vec![995, 465])]
        );
    }
}
