//! Run a plan's panels and fold their events into a [`RunState`], until they end or the caller
//! stops them.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use crate::account::Plan;
use crate::model::{EventKind, Panel, ProbeEvent, RunState};
use crate::probe::dns::Dns;
use crate::probe::{self, Scope};
use crate::working_settings::{self, Alternatives};

/// Events buffered between the probes and the fold.
const EVENT_BUFFER: usize = 256;

/// Run these panels of the plan with this scope, sending every event on `events`; resolves
/// when all panels finished. Dropping the future cancels the run.
pub async fn probe(
    plan: Arc<Plan>,
    panels: Vec<Panel>,
    scope: Scope,
    events: mpsc::Sender<ProbeEvent>,
) {
    probe::run(plan, panels, scope, events).await
}

/// A run folded so far, and why it was stopped when it was.
#[derive(Debug)]
pub struct Folded<T> {
    pub state: RunState,
    /// What `stop` resolved to, when it resolved before the panels ended.
    pub stopped: Option<T>,
}

/// Run these panels of the plan and fold their events. When `stop` resolves first, the panels
/// are dropped where they are (with their connections) and the events already sent are folded.
pub async fn fold_until<T>(
    plan: Arc<Plan>,
    panels: Vec<Panel>,
    scope: Scope,
    stop: impl Future<Output = T>,
) -> Folded<T> {
    let (tx, mut rx) = mpsc::channel(EVENT_BUFFER);
    let probes = tokio::spawn(probe(plan, panels, scope, tx));
    let mut state = RunState::default();
    tokio::pin!(stop);
    let mut stopped = None;
    while stopped.is_none() {
        tokio::select! {
            event = rx.recv() => match event {
                Some(event) => state.apply(event),
                None => break,
            },
            why = &mut stop => stopped = Some(why),
        }
    }
    if stopped.is_some() {
        probes.abort();
        while let Ok(event) = rx.try_recv() {
            state.apply(event);
        }
    } else {
        let _ = probes.await;
    }
    Folded { state, stopped }
}

/// A run folded, with what the working-settings scans found.
#[derive(Debug)]
pub struct Scanned<T> {
    pub folded: Folded<T>,
    pub alternatives: Alternatives,
    /// The panels were still running at `panels_limit` and were stopped there.
    pub panels_cut: bool,
}

/// [`fold_until`], with the working-settings scan of each side started as soon as that side's
/// panel ends having failed to connect, while the other panels still run: the scan's time
/// overlaps the run instead of adding to it (each scan has its own bound,
/// [`Plan::working_settings_timeout`]). A side whose setting contradicts its port
/// ([`working_settings::suspect_mismatch`]) is scanned from the start, beside its panel; that
/// scan is cancelled, and what it found dropped, if the panel connects after all. The panels are stopped at `panels_limit`; when `stop`
/// resolves, the panels and the scans are dropped where they are and nothing found is kept.
pub async fn fold_scanning_until<T>(
    plan: Arc<Plan>,
    panels: Vec<Panel>,
    panels_limit: Duration,
    stop: impl Future<Output = T>,
) -> Scanned<T> {
    let (tx, mut rx) = mpsc::channel(EVENT_BUFFER);
    // One resolver for the run and its scans: each name is looked up once.
    let dns = Dns::for_plan(&plan);
    let probes = tokio::spawn(probe::run_with_dns(
        Arc::clone(&plan),
        panels,
        Scope::Full,
        tx,
        dns.clone(),
    ));
    let dns = dns.ok();
    let mut state = RunState::default();
    let mut scans = tokio::task::JoinSet::new();
    let mut scanned = Vec::new();
    let mut alternatives = Alternatives::default();
    let mut speculative = Vec::new();
    for protocol in plan.mail_protocols() {
        if working_settings::suspect_mismatch(&plan, protocol) {
            scanned.push(protocol);
            let panel = plan.panel_of(protocol);
            let plan = Arc::clone(&plan);
            let dns = dns.clone();
            let handle = scans
                .spawn(async move { super::working::scan_sides(&plan, vec![protocol], dns).await });
            speculative.push((panel, handle));
        }
    }
    let limit = tokio::time::sleep(panels_limit);
    tokio::pin!(stop, limit);
    let mut stopped = None;
    let mut panels_done = false;
    let mut panels_cut = false;
    while stopped.is_none() && !panels_cut && !(panels_done && scans.is_empty()) {
        tokio::select! {
            event = rx.recv(), if !panels_done => match event {
                Some(event) => {
                    let finished = matches!(event.kind, EventKind::PanelFinished { .. });
                    let panel = event.panel;
                    state.apply(event);
                    if finished {
                        // A side scanned from the start whose panel connected after all.
                        if !working_settings::failed_to_connect(&state, panel) {
                            speculative.retain(|(of, handle)| {
                                if *of == panel {
                                    handle.abort();
                                }
                                *of != panel
                            });
                        }
                        for protocol in plan.mail_protocols() {
                            if !scanned.contains(&protocol)
                                && working_settings::side_to_scan_now(&plan, &state, protocol)
                            {
                                scanned.push(protocol);
                                let plan = Arc::clone(&plan);
                                let dns = dns.clone();
                                scans.spawn(async move {
                                    super::working::scan_sides(&plan, vec![protocol], dns).await
                                });
                            }
                        }
                    }
                }
                None => panels_done = true,
            },
            Some(found) = scans.join_next(), if !scans.is_empty() => {
                if let Ok(found) = found {
                    alternatives.merge(found);
                }
            }
            _ = &mut limit, if !panels_done => panels_cut = true,
            why = &mut stop => stopped = Some(why),
        }
    }
    if stopped.is_some() || panels_cut {
        probes.abort();
        scans.abort_all();
        while let Ok(event) = rx.try_recv() {
            state.apply(event);
        }
        alternatives = Alternatives::default();
    } else {
        let _ = probes.await;
    }
    // Only what concerns a side that failed to connect (a scan started with the run may have
    // answered for a side that connected); in panel order, whatever order the scans ended in.
    alternatives = alternatives.still_needed(&state);
    alternatives.sort();
    Scanned {
        folded: Folded { state, stopped },
        alternatives,
        panels_cut,
    }
}
