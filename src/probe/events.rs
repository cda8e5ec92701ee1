//! The sending side of a panel's events: stamps steps and transcript lines with their times, and
//! scrubs every text of every event of the password's forms before it leaves the probe.

use std::collections::HashMap;
use std::time::Instant;

use tokio::sync::mpsc;

use crate::account::Security;
use crate::model::{
    Direction, EventKind, Evidence, NetworkFacts, Panel, ProbeEvent, Said, ServerInfo,
    SessionFacts, StepKind, StepRecord, StepStatus, TlsInfo, TranscriptLine,
};
use crate::proto::secrets::SecretForms;

/// Emits one panel's events. A closed receiver (the dashboard moved on) is not an error: the
/// probe simply runs to its end unobserved.
pub struct PanelEvents {
    panel: Panel,
    tx: mpsc::Sender<ProbeEvent>,
    started: Instant,
    open: HashMap<(StepKind, Option<String>), Instant>,
    /// Cut out of every event: whatever a server sent, and however it got here.
    secrets: SecretForms,
}

/// Milliseconds between two instants, to 0.01 ms.
pub fn millis(since: Instant) -> f64 {
    (since.elapsed().as_secs_f64() * 100_000.0).round() / 100.0
}

impl PanelEvents {
    pub fn new(panel: Panel, tx: mpsc::Sender<ProbeEvent>) -> Self {
        PanelEvents {
            panel,
            tx,
            started: Instant::now(),
            open: HashMap::new(),
            secrets: SecretForms::default(),
        }
    }

    /// Scrub every event of these forms (the plan's password) before sending it.
    pub fn hiding(mut self, secrets: SecretForms) -> Self {
        self.secrets = secrets;
        self
    }

    async fn emit(&self, mut kind: EventKind) {
        self.secrets.scrub_event(&mut kind);
        let _ = self
            .tx
            .send(ProbeEvent {
                panel: self.panel,
                kind,
            })
            .await;
    }

    pub async fn panel_started(&mut self, server: Option<ServerInfo>, security: Option<Security>) {
        self.started = Instant::now();
        self.emit(EventKind::PanelStarted { server, security })
            .await;
    }

    pub async fn panel_finished(&self) {
        self.emit(EventKind::PanelFinished {
            elapsed_ms: millis(self.started),
        })
        .await;
    }

    pub async fn step_started(&mut self, step: StepKind, target: Option<String>) {
        self.open.insert((step, target.clone()), Instant::now());
        self.emit(EventKind::StepStarted { step, target }).await;
    }

    /// Finish a step; its time runs from its start (or from now if it was never started).
    pub async fn step_finished(
        &mut self,
        step: StepKind,
        target: Option<String>,
        status: StepStatus,
        detail: impl Into<Said>,
        evidence: Option<Evidence>,
    ) {
        let elapsed_ms = self
            .open
            .remove(&(step, target.clone()))
            .map(millis)
            .unwrap_or(0.0);
        self.emit(EventKind::StepFinished(StepRecord {
            step,
            target,
            status,
            elapsed_ms,
            detail: detail.into(),
            evidence,
        }))
        .await;
    }

    /// Fail every step started and not yet finished, oldest first, with `detail` and
    /// `evidence`: the panel was cut short (its overall deadline, an interruption).
    pub async fn fail_open_steps(&mut self, detail: &Said, evidence: &Evidence) {
        let mut open: Vec<((StepKind, Option<String>), Instant)> = self.open.drain().collect();
        open.sort_by_key(|(_, started)| *started);
        for ((step, target), started) in open {
            self.emit(EventKind::StepFinished(StepRecord {
                step,
                target,
                status: StepStatus::Failed,
                elapsed_ms: millis(started),
                detail: detail.clone(),
                evidence: Some(evidence.clone()),
            }))
            .await;
        }
    }

    pub async fn transcript(&self, dir: Direction, text: impl Into<Said>) {
        self.emit(EventKind::Transcript(TranscriptLine {
            offset_ms: millis(self.started),
            dir,
            text: text.into(),
        }))
        .await;
    }

    pub async fn tls(&self, info: TlsInfo) {
        self.emit(EventKind::Tls(info)).await;
    }

    pub async fn facts(&self, facts: SessionFacts) {
        self.emit(EventKind::Facts(facts)).await;
    }

    pub async fn network(&self, facts: NetworkFacts) {
        self.emit(EventKind::Network(Box::new(facts))).await;
    }

    pub async fn connected(&self, address: String) {
        self.emit(EventKind::Connected { address }).await;
    }
}
