//! The dashboard's connection to the rest of the program: the live [`Engine`] that runs the probe
//! engine and writes reports, and the preset list offered by its pickers.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::sync::mpsc;

use crate::account::{Plan, Protocol};
use crate::finding::Finding;
use crate::model::{Panel, ProbeEvent, RunState};
use crate::preset::Presets;
use crate::probe::{self, Scope};
use crate::report::{Outcome, json};
use crate::tui::engine::{BoxFuture, Engine, ScanRow};
use crate::tui::presets::PresetChoice;

/// The engine the real binary uses.
pub struct LiveEngine;

impl Engine for LiveEngine {
    fn probe(
        &self,
        plan: Arc<Plan>,
        panels: Vec<Panel>,
        scope: Scope,
        events: mpsc::Sender<ProbeEvent>,
    ) -> BoxFuture<()> {
        Box::pin(probe::run(plan, panels, scope, events))
    }

    fn scan(
        &self,
        _plan: Arc<Plan>,
        protocol: Protocol,
    ) -> BoxFuture<Result<Vec<ScanRow>, String>> {
        Box::pin(async move {
            Err(format!(
                "the {} port scan is not part of this build",
                protocol.as_str()
            ))
        })
    }

    fn save_report(
        &self,
        state: &RunState,
        findings: &[Finding],
        _plan: &Plan,
        dir: &Path,
    ) -> Result<PathBuf, String> {
        let outcome = Outcome {
            state: state.clone(),
            findings: findings.to_vec(),
        };
        let stamp = crate::check::now_unix();
        let path = dir.join(format!("mailtriage-{stamp}.json"));
        std::fs::write(&path, json::render(&outcome))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(path)
    }
}

/// The presets as the dashboard's pickers list them.
pub fn preset_choices(presets: &Presets) -> Vec<PresetChoice> {
    presets
        .all()
        .into_iter()
        .map(|p| {
            let notes: Vec<&str> = p.notes.iter().map(|n| n.as_str()).collect();
            PresetChoice {
                id: p.id.clone(),
                name: p.name.clone(),
                incoming: p.incoming(),
                outgoing: p.outgoing(),
                note: Some(format!(
                    "user name: {}{}{}",
                    p.username.as_str(),
                    if notes.is_empty() { "" } else { "; " },
                    notes.join(", ")
                )),
            }
        })
        .collect()
}
