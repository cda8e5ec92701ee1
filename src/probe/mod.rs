//! Probe drivers: own the sockets, the deadlines, the TLS upgrades and the transcripts.
//!
//! [`run`] starts one task per panel and streams [`ProbeEvent`]s; the panels run concurrently,
//! so a run takes as long as its slowest panel, not their sum.

pub mod connect;
pub mod dns;
pub mod dnsbl;
pub mod events;
pub mod hosts;
pub mod localnet;
pub mod mail;
pub mod maildomain;
pub mod netsink;
pub mod network_panel;
pub mod prompt_acks;
pub mod reach;
pub mod scan;
pub mod sntp;
pub mod tls;

use std::sync::Arc;

use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::account::{Plan, Protocol};
use crate::model::{Evidence, IoFailure, Panel, ProbeEvent, Said, StepKind, StepStatus};
use crate::proto::secrets::remember_for_panics;
use crate::proto::session::Depth;
use dns::Dns;
use events::PanelEvents;
use mail::MailProbe;
use tls::TlsContext;

/// How far the mail panels go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Connection, login, mailbox and submission checks.
    Full,
    /// DNS, TCP, TLS, greeting and capabilities only: never logs in. Safe to repeat.
    Connection,
}

impl Scope {
    fn depth(self) -> Depth {
        match self {
            Scope::Full => Depth::Full,
            Scope::Connection => Depth::Connection,
        }
    }
}

/// Run `panels` of `plan` concurrently, sending every event to `tx`; returns when all finished.
/// A mail panel whose server is not configured does not run. Cancel by aborting the task.
pub async fn run(plan: Arc<Plan>, panels: Vec<Panel>, scope: Scope, tx: mpsc::Sender<ProbeEvent>) {
    let dns = Dns::for_plan(&plan);
    run_with_dns(plan, panels, scope, tx, dns).await
}

/// [`run`] with the run's resolver (or why there is none), shared by every panel so that each
/// name is looked up once; the caller may share it further (with the working-settings scan).
pub async fn run_with_dns(
    plan: Arc<Plan>,
    panels: Vec<Panel>,
    scope: Scope,
    tx: mpsc::Sender<ProbeEvent>,
    dns: Result<Dns, Said>,
) {
    let tls = TlsContext::new(plan.extra_ca_pem.as_deref());
    let secrets = plan.secret_forms();
    remember_for_panics(&secrets);
    let mut tasks = JoinSet::new();
    // The network panel's blocklist check wants the address the SMTP server sees, which the
    // outgoing panel learns: a relay in front of that panel's events passes it over.
    let mut client_seen = None;
    let mut outgoing_tx = tx.clone();
    if scope == Scope::Full
        && panels.contains(&Panel::Network)
        && panels.contains(&Panel::Outgoing)
        && plan.outgoing.is_some()
    {
        let (relay_tx, seen, relay) = dnsbl::relay_client_address(tx.clone());
        tasks.spawn(relay);
        outgoing_tx = relay_tx;
        client_seen = Some(seen);
    }
    for panel in panels {
        let plan = Arc::clone(&plan);
        let tx = match panel {
            Panel::Outgoing => outgoing_tx.clone(),
            _ => tx.clone(),
        };
        let tls = tls.clone();
        let secrets = secrets.clone();
        let dns = dns.clone();
        let protocol = match panel {
            Panel::Network => {
                let client_seen = client_seen.take();
                tasks.spawn(async move {
                    let mut ev = PanelEvents::new(Panel::Network, tx).hiding(secrets);
                    network_panel::run(&plan, scope, client_seen, dns, &mut ev).await;
                });
                continue;
            }
            Panel::Incoming => plan.incoming_protocol,
            Panel::ImapBeside => Protocol::Imap,
            Panel::Outgoing => Protocol::Smtp,
        };
        if plan.endpoint(protocol).is_none() {
            continue;
        }
        if panel == Panel::ImapBeside && !plan.runs(panel) {
            continue;
        }
        tasks.spawn(async move {
            let mut ev = PanelEvents::new(panel, tx).hiding(secrets);
            let Some(endpoint) = plan.endpoint(protocol) else {
                return;
            };
            match &tls {
                Ok(tls) => {
                    MailProbe {
                        protocol,
                        endpoint,
                        plan: &plan,
                        tls,
                        dns: dns.as_ref().ok(),
                        depth: scope.depth(),
                    }
                    .run(&mut ev)
                    .await
                }
                Err(message) => {
                    ev.panel_started(None, Some(endpoint.security)).await;
                    ev.step_finished(
                        StepKind::Tls,
                        None,
                        StepStatus::Failed,
                        mailtriage_core::said!("step-trust-store-unreadable"),
                        Some(Evidence::Io {
                            failure: IoFailure::Other,
                            message: message.clone().into(),
                        }),
                    )
                    .await;
                    ev.panel_finished().await;
                }
            }
        });
    }
    // The relay ends when the outgoing panel's sender is gone.
    drop(outgoing_tx);
    while tasks.join_next().await.is_some() {}
}
