//! The network panel: this machine's routes and proxies, its DNS resolvers, each configured host
//! (addresses and a connect per port and family), internet reachability, the clock, the mail
//! domain's records and the blocklists. The checks run side by side; each is a step with its
//! evidence, and the numbers diagnosis needs are kept in [`NetworkFacts`](crate::model::NetworkFacts).
//!
//! When every configured server is on this machine, nothing here leaves it unless asked for:
//! resolvers, reachability targets, the time server and the domain checks run only when given
//! (`--dns-server`, `--reach`, `--sntp-server`).

use std::net::{IpAddr, SocketAddr};
use std::path::Path;

use futures_util::future::join_all;

use crate::account::{HostPort, Plan};
use crate::model::{
    ClockCheck, Direction, Evidence, IoFailure, LocalNetwork, Said, StepKind, StepStatus,
};
use crate::probe::Scope;
use crate::probe::dns::{self, Dns};
use crate::probe::dnsbl::{self, ClientAddressWatch};
use crate::probe::events::PanelEvents;
use crate::probe::hosts::{self, find_addresses};
use crate::probe::localnet;
use crate::probe::netsink::{self, NetSink};
use crate::probe::{maildomain, reach, sntp};
use mailtriage_core::said;

pub use crate::probe::hosts::hosts_and_ports;

/// A clock further off than this is worth a warning; diagnosis decides what it means.
pub const CLOCK_WARN_SECONDS: f64 = 60.0;

/// Run the network panel to its end. In [`Scope::Connection`] (a repeated re-check) the clock,
/// domain and blocklist checks and the other submission ports are left out. `client_seen`
/// carries the address the SMTP panel's server reports, for the blocklist look-ups.
pub async fn run(
    plan: &Plan,
    scope: Scope,
    client_seen: Option<ClientAddressWatch>,
    dns: Result<Dns, Said>,
    ev: &mut PanelEvents,
) {
    ev.panel_started(None, None).await;
    let limit = plan.network_timeout(scope.depth());
    let (sink, stream) = netsink::channel();
    let checks = tokio::time::timeout(limit, checks(plan, scope, client_seen, dns, sink));
    let (bounded, _) = tokio::join!(checks, netsink::forward(stream, ev));
    if bounded.is_err() {
        // The checks were dropped with their sinks: what is still open never finishes.
        let message = said!(
            "transcript-network-limit",
            seconds = format!("{:.1}", limit.as_secs_f64())
        );
        ev.transcript(Direction::Info, message.clone()).await;
        let evidence = Evidence::Io {
            failure: IoFailure::Timeout,
            message,
        };
        ev.fail_open_steps(&said!("step-network-limit-reached"), &evidence)
            .await;
    }
    ev.panel_finished().await;
}

async fn checks(
    plan: &Plan,
    scope: Scope,
    client_seen: Option<ClientAddressWatch>,
    run_dns: Result<Dns, Said>,
    sink: NetSink,
) {
    let full = scope == Scope::Full;
    let internet = hosts::needs_internet(plan);
    let local = localnet::read_local_network(Path::new("/"));
    route_step(local.as_ref(), internet, &sink);
    proxy_step(local.as_ref(), &sink);
    let dns = if internet || plan.dns_server.is_some() {
        match run_dns {
            Ok(dns) => Some(dns),
            Err(message) => {
                sink.started(StepKind::Resolver, None);
                sink.finished(
                    StepKind::Resolver,
                    None,
                    StepStatus::Failed,
                    said!("step-no-resolver"),
                    Some(Evidence::Io {
                        failure: IoFailure::ResolverFailed,
                        message,
                    }),
                );
                None
            }
        }
    } else {
        None
    };
    let dns = dns.as_ref();
    let local = local.as_ref();
    let reach_targets = reach::targets(plan, internet);
    let sntp_server = plan.sntp_server.clone().or_else(|| {
        internet.then(|| HostPort {
            host: sntp::DEFAULT_SERVER.to_string(),
            port: sntp::SNTP_PORT,
        })
    });
    tokio::join!(
        async {
            if let Some(dns) = dns {
                resolver_steps(dns, plan, &sink).await;
            }
        },
        async {
            let server_addresses = hosts::run(plan, dns, local, full, &sink).await;
            if full && let Some(dns) = dns {
                dnsbl::run(plan, dns, &server_addresses, client_seen, &sink).await;
            }
        },
        reach::run(&reach_targets, plan, dns, local, &sink),
        async {
            if full && let Some(server) = &sntp_server {
                clock_step(server, plan, dns, &sink).await;
            }
        },
        async {
            if full && let Some(dns) = dns {
                maildomain::run(plan, dns, &sink).await;
            }
        },
    );
}

/// Default routes and addresses. No default route fails the step when the servers are
/// elsewhere: nothing can reach them.
fn route_step(local: Option<&LocalNetwork>, internet: bool, sink: &NetSink) {
    sink.started(StepKind::Route, None);
    let Some(net) = local else {
        sink.finished(
            StepKind::Route,
            None,
            StepStatus::Skipped,
            said!("step-route-unreadable"),
            None,
        );
        return;
    };
    let routes: Vec<Said> = net
        .default_routes
        .iter()
        .map(|r| match &r.gateway {
            Some(gw) => said!(
                "step-route-via",
                family = r.family.as_str(),
                gateway = gw.to_string(),
                interface = &r.interface
            ),
            None => said!(
                "step-route-on",
                family = r.family.as_str(),
                interface = &r.interface
            ),
        })
        .collect();
    let addresses: Vec<&str> = net
        .addresses
        .iter()
        .filter(|a| a.scope != crate::model::AddressScope::Loopback)
        .map(|a| a.address.as_str())
        .collect();
    if routes.is_empty() {
        let status = if internet {
            StepStatus::Failed
        } else {
            StepStatus::Warn
        };
        sink.finished(
            StepKind::Route,
            None,
            status,
            said!("step-route-none"),
            Some(Evidence::Io {
                failure: IoFailure::Unreachable,
                message: said!("detail-no-default-route"),
            }),
        );
    } else {
        let routes = Said::joined(routes, ", ");
        let detail = if addresses.is_empty() {
            said!("step-route-default", routes = routes)
        } else {
            said!(
                "step-route-default-addresses",
                routes = routes,
                addresses = addresses.join(" ")
            )
        };
        sink.finished(StepKind::Route, None, StepStatus::Ok, detail, None);
    }
    let kept = net.clone();
    sink.fact(move |f| f.local = Some(kept));
}

/// Proxy variables and VPN interfaces. Mail does not go through HTTP proxies, but their
/// presence says the network may filter direct connections; a default route through a tunnel
/// means every connection goes through a VPN.
fn proxy_step(local: Option<&LocalNetwork>, sink: &NetSink) {
    sink.started(StepKind::Proxy, None);
    let proxies = localnet::proxy_settings_from_env();
    let vpns: Vec<String> = local.map(|l| l.vpn_interfaces.clone()).unwrap_or_default();
    let via_vpn: Vec<Said> = local
        .map(|l| {
            l.default_routes
                .iter()
                .filter(|r| vpns.contains(&r.interface))
                .map(|r| {
                    said!(
                        "step-proxy-route-through",
                        family = r.family.as_str(),
                        interface = &r.interface
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let mut parts: Vec<Said> = proxies
        .iter()
        .filter(|p| !p.variable.eq_ignore_ascii_case("no_proxy"))
        .map(|p| Said::from(format!("{}={}", p.variable, p.value)))
        .collect();
    if !vpns.is_empty() {
        parts.push(said!("step-proxy-tunnels", interfaces = vpns.join(" ")));
    }
    parts.extend(via_vpn.iter().cloned());
    let status = if via_vpn.is_empty() {
        StepStatus::Ok
    } else {
        StepStatus::Warn
    };
    let detail = if parts.is_empty() {
        said!("step-proxy-none")
    } else {
        Said::joined(parts, "; ")
    };
    sink.finished(StepKind::Proxy, None, status, detail, None);
    if !proxies.is_empty() {
        sink.fact(move |f| f.proxies = proxies);
    }
}

/// Ask each resolver (at most three) for the root name servers and time the answer.
async fn resolver_steps(dns: &Dns, plan: &Plan, sink: &NetSink) {
    let servers: Vec<SocketAddr> = dns.servers().iter().take(3).copied().collect();
    join_all(servers.into_iter().map(|server| async move {
        let target = Some(server.to_string());
        sink.started(StepKind::Resolver, target.clone());
        let (check, failure) = dns::check_resolver(server, plan.step_timeout).await;
        match (&failure, check.latency_ms) {
            (None, Some(ms)) => sink.finished(
                StepKind::Resolver,
                target,
                StepStatus::Ok,
                said!("step-resolver-answered", ms = format!("{ms:.1}")),
                None,
            ),
            (Some(f), _) => sink.finished(
                StepKind::Resolver,
                target,
                StepStatus::Failed,
                said!("step-resolver-silent", server = server.to_string()),
                Some(f.evidence(dns::resolver_at(server))),
            ),
            (None, None) => {}
        }
        sink.fact(move |f| f.resolvers.push(check));
    }))
    .await;
}

/// The local clock against the SNTP server.
async fn clock_step(server: &HostPort, plan: &Plan, dns: Option<&Dns>, sink: &NetSink) {
    let target = Some(server.to_string());
    sink.started(StepKind::Clock, target.clone());
    let mut check = ClockCheck {
        server: server.to_string(),
        address: None,
        offset_ms: None,
        round_trip_ms: None,
        stratum: None,
        failure: None,
    };
    let address: Result<IpAddr, Evidence> = match find_addresses(&server.host, None, dns).await {
        Ok(found) => found
            .ipv4
            .first()
            .or(found.ipv6.first())
            .copied()
            .ok_or(Evidence::Io {
                failure: IoFailure::NotFound,
                message: said!("detail-no-address", host = &server.host),
            }),
        Err((_, evidence)) => Err(evidence),
    };
    let result = match address {
        Ok(ip) => {
            let addr = SocketAddr::new(ip, server.port);
            check.address = Some(addr.to_string());
            sntp::measure(addr, plan.step_timeout).await
        }
        Err(evidence) => Err(evidence),
    };
    match result {
        Ok(m) => {
            check.offset_ms = Some(m.offset_ms);
            check.round_trip_ms = Some(m.round_trip_ms);
            check.stratum = Some(m.stratum);
            let seconds = m.offset_ms / 1000.0;
            let how = if seconds.abs() < 0.5 {
                said!("step-clock-right")
            } else if seconds > 0.0 {
                said!("step-clock-behind", by = sntp::human_duration(seconds))
            } else {
                said!("step-clock-ahead", by = sntp::human_duration(seconds))
            };
            let status = if seconds.abs() > CLOCK_WARN_SECONDS {
                StepStatus::Warn
            } else {
                StepStatus::Ok
            };
            let detail = said!(
                "step-clock-measured",
                how = how,
                offset = format!("{seconds:+.3}"),
                ms = format!("{:.1}", m.round_trip_ms)
            );
            sink.finished(StepKind::Clock, target, status, detail, None);
        }
        Err(evidence) => {
            check.failure = hosts::failure_of(&evidence);
            sink.finished(
                StepKind::Clock,
                target,
                StepStatus::Warn,
                said!("step-clock-unchecked", server = server.to_string()),
                Some(evidence),
            );
        }
    }
    sink.fact(move |f| f.clock = Some(check));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DefaultRoute, Family, LocalNetwork, Panel, ProbeEvent, RunState};
    use tokio::sync::mpsc;

    /// The steps a check emits, folded as the report would see them.
    async fn fold(check: impl FnOnce(&NetSink)) -> RunState {
        let (tx, mut rx) = mpsc::channel::<ProbeEvent>(64);
        let mut ev = PanelEvents::new(Panel::Network, tx);
        let (sink, stream) = netsink::channel();
        check(&sink);
        drop(sink);
        netsink::forward(stream, &mut ev).await;
        drop(ev);
        let mut state = RunState::default();
        while let Some(e) = rx.recv().await {
            state.apply(e);
        }
        state
    }

    #[tokio::test]
    async fn no_default_route_fails_only_when_the_servers_are_elsewhere() {
        let offline = LocalNetwork::default();
        for (internet, status) in [(true, StepStatus::Failed), (false, StepStatus::Warn)] {
            let state = fold(|sink| route_step(Some(&offline), internet, sink)).await;
            let panel = state.panel(Panel::Network).unwrap();
            assert_eq!(panel.step(StepKind::Route).unwrap().status, status);
            assert_eq!(
                panel.network.as_ref().and_then(|n| n.local.clone()),
                Some(offline.clone())
            );
        }
        let state = fold(|sink| route_step(None, true, sink)).await;
        let route = state
            .panel(Panel::Network)
            .unwrap()
            .step(StepKind::Route)
            .cloned();
        assert_eq!(route.map(|r| r.status), Some(StepStatus::Skipped));
    }

    #[tokio::test]
    async fn a_default_route_through_a_tunnel_is_a_warning() {
        let net = LocalNetwork {
            default_routes: vec![DefaultRoute {
                family: Family::Ipv4,
                interface: "wg0".into(),
                gateway: None,
            }],
            addresses: Vec::new(),
            vpn_interfaces: vec!["wg0".into()],
        };
        let state = fold(|sink| proxy_step(Some(&net), sink)).await;
        let proxy = state
            .panel(Panel::Network)
            .unwrap()
            .step(StepKind::Proxy)
            .cloned()
            .unwrap();
        assert_eq!(proxy.status, StepStatus::Warn);
        assert!(
            proxy.detail.to_string().contains("through wg0"),
            "{}",
            proxy.detail
        );
    }
}
