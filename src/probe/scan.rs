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
use crate::model::{EventKind, PanelReport, RunState, StepKind};
use crate::port_scan::{
    Combination, ScanCell, ScanResult, ScanSpec, Verdict, connection_only, judge, round_ms,
    security_order, sends_password,
};
use crate::probe::dns::Dns;
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
    let dns = Dns::for_plan(&plan).ok();
    scan_until(plan, spec, progress, dns, &|_, _| false).await
}

/// [`scan`], ended as soon as `settled` says the cells so far answer the question asked, given
/// the combinations still running: those are cancelled (their connections closed) and left out
/// of the result. Every cell looks names up through `dns` (shared with the run that asked for
/// the scan, when there is one).
pub async fn scan_until(
    plan: Arc<Plan>,
    spec: &ScanSpec,
    progress: Option<mpsc::Sender<ScanCell>>,
    dns: Option<Dns>,
    settled: &(dyn Fn(&ScanResult, &[Combination]) -> bool + Sync),
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
    let mut pending = Vec::new();
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
            let dns = dns.clone();
            let implicit_tls_port = ports.standard_tls;
            let protocol = *protocol;
            pending.push(Combination {
                protocol,
                host: target.host.clone(),
                port,
                security,
            });
            tasks.spawn(async move {
                let cell = match tls {
                    Ok(tls) => {
                        let cell = Target {
                            protocol,
                            target,
                            implicit_tls_port,
                        };
                        probe_one(plan, tls, dns, secrets, cell).await
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
    let mut result = ScanResult {
        configured,
        cells: Vec::new(),
        spec: spec.clone(),
        step_timeout_ms: plan.step_timeout.as_secs_f64() * 1000.0,
        sends_password: password_sent,
    };
    while let Some(joined) = tasks.join_next().await {
        if let Ok(cell) = joined {
            pending.retain(|p| {
                !(p.protocol == cell.protocol
                    && p.host == cell.host
                    && p.port == cell.port
                    && p.security == cell.security)
            });
            result.cells.push(cell);
            if !pending.is_empty() && settled(&result, &pending) {
                tasks.abort_all();
                break;
            }
        }
    }
    result.cells.sort_by_key(|c| {
        (
            c.protocol == Protocol::Smtp,
            c.port,
            security_order(c.security),
        )
    });
    result
}

/// One combination to probe: the protocol spoken to `target`, and the implicit-TLS port of
/// the same server that a stalled STARTTLS is compared with.
pub(crate) struct Target {
    pub protocol: Protocol,
    pub target: Endpoint,
    pub implicit_tls_port: u16,
}

/// Run one combination to the capabilities and judge it (also the probes of a guess).
pub(crate) async fn probe_one(
    plan: Arc<Plan>,
    tls: TlsContext,
    dns: Option<Dns>,
    secrets: SecretForms,
    cell: Target,
) -> ScanCell {
    let Target {
        protocol,
        target,
        implicit_tls_port,
    } = cell;
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
                dns: dns.as_ref(),
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
                Some(event) => {
                    // Once the goodbye starts, everything the verdict rests on is known: the
                    // probe says its goodbye and closes on its own, and the cell is judged now
                    // instead of a round trip later.
                    let goodbye = matches!(
                        event.kind,
                        EventKind::StepStarted { step: StepKind::Quit, .. }
                    );
                    state.apply(event);
                    if goodbye {
                        break;
                    }
                }
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
