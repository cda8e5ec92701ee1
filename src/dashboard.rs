//! The dashboard's connection to the rest of the program: the live [`Engine`] that runs the probe
//! engine and writes reports, and the preset list offered by its pickers.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::sync::mpsc;

use crate::account::{Plan, Protocol};
use crate::finding::Finding;
use crate::model::StepStatus;
use crate::model::{Panel, ProbeEvent, RunState};
use crate::preset::Presets;
use crate::probe::scan::{self, ScanSpec, Verdict};
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

    fn scan(&self, plan: Arc<Plan>, protocol: Protocol) -> BoxFuture<Result<Vec<ScanRow>, String>> {
        Box::pin(async move {
            let mut one_side = (*plan).clone();
            match protocol {
                Protocol::Pop3 => one_side.outgoing = None,
                Protocol::Smtp => one_side.incoming = None,
            }
            let configured = one_side
                .endpoint(protocol)
                .cloned()
                .ok_or_else(|| format!("no {} server is configured", protocol.as_str()))?;
            let result = scan::scan(Arc::new(one_side), &ScanSpec::default(), None).await;
            let best = scan::recommend(&result, protocol, &configured);
            let mut rows: Vec<ScanRow> = result
                .cells_of(protocol)
                .map(|cell| {
                    let recommended = best.as_ref() == Some(&cell.endpoint());
                    ScanRow {
                        port: cell.port,
                        security: cell.security,
                        status: match cell.verdict {
                            Verdict::Works => StepStatus::Ok,
                            Verdict::Certificate => StepStatus::Warn,
                            _ => StepStatus::Failed,
                        },
                        detail: if recommended {
                            format!("recommended: {}", cell.detail)
                        } else {
                            format!("{}: {}", cell.verdict.as_str(), cell.detail)
                        },
                    }
                })
                .collect();
            rows.sort_by_key(|r| (!r.detail.starts_with("recommended"), r.status, r.port));
            Ok(rows)
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
            working_settings: Vec::new(),
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
