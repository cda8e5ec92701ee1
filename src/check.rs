//! The headless `check` command: run the plan once through the probe engine, fold the events,
//! diagnose, and print text or JSON.

use std::sync::Arc;

use tokio::sync::mpsc;

use crate::account::Plan;
use crate::finding::Lang;
use crate::model::{Panel, RunState};
use crate::probe::{self, Scope};
use crate::report::Outcome;

/// Events buffered between the probes and the fold.
const EVENT_BUFFER: usize = 256;

/// Run every panel of the plan once, to the end, and diagnose the result.
pub async fn run_once(plan: Arc<Plan>, panels: Vec<Panel>, lang: Lang) -> Outcome {
    let (tx, mut rx) = mpsc::channel(EVENT_BUFFER);
    let probes = tokio::spawn(probe::run(Arc::clone(&plan), panels, Scope::Full, tx));
    let mut state = RunState::default();
    while let Some(event) = rx.recv().await {
        state.apply(event);
    }
    let _ = probes.await;
    let mut findings = crate::advice::findings(&state, &plan, lang, now_unix());
    let alternatives = crate::alternative::find(&plan, &state).await;
    crate::alternative::annotate(&mut findings, &alternatives, lang);
    Outcome {
        state,
        findings,
        working_settings: alternatives.settings,
        account_source: plan.account_source.as_deref().cloned(),
    }
}

/// Seconds since the Unix epoch by the local clock.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
