//! Run a plan's panels and fold their events into a [`RunState`], until they end or the caller
//! stops them.

use std::future::Future;
use std::sync::Arc;

use tokio::sync::mpsc;

use crate::account::Plan;
use crate::model::{Panel, ProbeEvent, RunState};
use crate::probe::{self, Scope};

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
