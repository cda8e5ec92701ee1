//! Running the port scan: every sensible port × security combination of the configured POP3
//! and SMTP hosts, probed all at once to the capabilities (never a login). What the cells mean
//! and what to recommend is [`crate::port_scan`].
//!
//! Each combination is one [`MailProbe`] run at [`Depth::Connection`] on its own task, so the
//! scan takes about one step deadline however many combinations it tries.

use std::sync::Arc;
use std::time::Instant;

use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::account::{Endpoint, Plan, Protocol};
use crate::model::{PanelReport, RunState};
use crate::port_scan::{
    ScanCell, ScanResult, ScanSpec, Verdict, connection_only, judge, round_ms, security_order,
    sends_password,
};
use crate::probe::events::PanelEvents;
use crate::probe::mail::MailProbe;
use crate::probe::tls::TlsContext;
use crate::proto::secrets::{SecretForms, remember_for_panics};
use crate::proto::session::Depth;

/// Events buffered between one combination's probe and its fold.
const EVENT_BUFFER: usize = 64;
/// A combination gets at most this many step deadlines in all, so that a server answering each
/// step just before its deadline cannot stretch the scan.
const COMBINATION_DEADLINES: u32 = 2;

/// Probe every combination of the plan's configured servers at once; `progress` receives each
/// cell as it finishes. Never logs in: the plan's credentials are dropped before any probe runs.
pub async fn scan(
    plan: Arc<Plan>,
    spec: &ScanSpec,
    progress: Option<mpsc::Sender<ScanCell>>,
) -> ScanResult {
    let configured: Vec<(Protocol, Endpoint)> = plan
        .mail_protocols()
        .into_iter()
        .filter_map(|p| plan.endpoint(p).map(|e| (p, e.clone())))
        .collect();
    let password_sent: Vec<Protocol> = configured
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| sends_password(*p, &plan))
        .collect();
    // The scan never logs in, but a server may still say the password it learned before.
    let secrets = plan.secret_forms();
    remember_for_panics(&secrets);
    let plan = Arc::new(connection_only(&plan, &configured, spec));
    let tls = TlsContext::new(plan.extra_ca_pem.as_deref());
    let mut tasks = JoinSet::new();
    for (protocol, endpoint) in &configured {
        let ports = spec.ports(*protocol);
        for (port, security) in ports.combinations(endpoint) {
            let target = Endpoint {
                host: endpoint.host.clone(),
                port,
                security,
            };
            let plan = Arc::clone(&plan);
            let tls = tls.clone();
            let secrets = secrets.clone();
            let progress = progress.clone();
            let implicit_tls_port = ports.standard_tls;
            let protocol = *protocol;
            tasks.spawn(async move {
                let cell = match tls {
                    Ok(tls) => {
                        probe_one(plan, tls, secrets, protocol, target, implicit_tls_port).await
                    }
                    Err(message) => unprobed(protocol, plan.panel_of(protocol), target, &message),
                };
                if let Some(progress) = progress {
                    let _ = progress.send(cell.clone()).await;
                }
                cell
            });
        }
    }
    let mut cells = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        if let Ok(cell) = joined {
            cells.push(cell);
        }
    }
    cells.sort_by_key(|c| {
        (
            c.protocol == Protocol::Smtp,
            c.port,
            security_order(c.security),
        )
    });
    ScanResult {
        configured,
        cells,
        spec: spec.clone(),
        step_timeout_ms: plan.step_timeout.as_secs_f64() * 1000.0,
        sends_password: password_sent,
    }
}

/// Run one combination to the capabilities and judge it (also the probes of a guess).
pub(crate) async fn probe_one(
    plan: Arc<Plan>,
    tls: TlsContext,
    secrets: SecretForms,
    protocol: Protocol,
    target: Endpoint,
    implicit_tls_port: u16,
) -> ScanCell {
    let started = Instant::now();
    let (tx, mut rx) = mpsc::channel(EVENT_BUFFER);
    let probe = {
        let plan = Arc::clone(&plan);
        let target = target.clone();
        tokio::spawn(async move {
            let mut ev = PanelEvents::new(plan.panel_of(protocol), tx).hiding(secrets);
            MailProbe {
                protocol,
                endpoint: &target,
                plan: &plan,
                tls: &tls,
                depth: Depth::Connection,
            }
            .run_with_tls_port(&mut ev, implicit_tls_port)
            .await;
        })
    };
    let cap = plan.step_timeout * COMBINATION_DEADLINES;
    let give_up = tokio::time::sleep(cap);
    tokio::pin!(give_up);
    let mut state = RunState::default();
    let mut cut_short = false;
    loop {
        tokio::select! {
            event = rx.recv() => match event {
                Some(event) => state.apply(event),
                None => break,
            },
            _ = &mut give_up => {
                probe.abort();
                cut_short = true;
                break;
            }
        }
    }
    let panel = plan.panel_of(protocol);
    let report = state
        .panel(panel)
        .cloned()
        .unwrap_or_else(|| PanelReport::new(panel));
    let (verdict, certificate, detail) = if cut_short {
        (
            Verdict::Timeout,
            None,
            mailtriage_core::said!(
                "step-scan-timeout",
                seconds = format!("{:.1}", cap.as_secs_f64())
            ),
        )
    } else {
        judge(&report, target.security)
    };
    ScanCell {
        protocol,
        host: target.host,
        port: target.port,
        security: target.security,
        verdict,
        certificate,
        elapsed_ms: round_ms(started.elapsed()),
        detail,
        report,
    }
}

/// A cell that could not be probed at all (the trusted certificates could not be loaded).
fn unprobed(
    protocol: Protocol,
    panel: crate::model::Panel,
    target: Endpoint,
    message: &str,
) -> ScanCell {
    ScanCell {
        protocol,
        host: target.host,
        port: target.port,
        security: target.security,
        verdict: Verdict::Other,
        certificate: None,
        elapsed_ms: 0.0,
        detail: mailtriage_core::said!("step-scan-trust-store", message = message),
        report: PanelReport::new(panel),
    }
}
