//! The headless `check` command: run the plan once through the [`engine`], fold the events,
//! diagnose, and print text or JSON.
//!
//! A check always ends with a report of what it saw. Each panel has its own overall deadline
//! (the mail sessions' and the network panel's, see [`Plan::check_timeout`]); should a panel
//! still run a moment after the longest of them, or the person interrupt the check (Ctrl-C,
//! SIGTERM), the panels are stopped where they are, every step still running is shown as cut
//! short, and the report is written from what was seen.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::account::Plan;
use crate::engine::{self, Setup};
use crate::finding::Lang;
use crate::model::{
    Direction, EventKind, Evidence, IoFailure, Panel, ProbeEvent, RunState, StepRecord, StepStatus,
    TranscriptLine,
};
use crate::report::Outcome;
use mailtriage_core::said;

/// How long after the longest panel deadline the check stops the panels itself: the panels end
/// on their own deadlines first, closing their connections; this is the backstop.
const PANEL_GRACE: Duration = Duration::from_millis(500);

/// Why a check ended before its panels did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// A signal asked the check to stop (`SIGINT`, `SIGTERM`).
    Interrupted(Signal),
    /// A panel was still running after the check's bound.
    CheckLimit,
}

/// The signals a check stops on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    Interrupt,
    Terminate,
}

impl Signal {
    pub fn name(self) -> &'static str {
        match self {
            Signal::Interrupt => "SIGINT",
            Signal::Terminate => "SIGTERM",
        }
    }

    /// The conventional exit code of a program stopped by this signal (128 + its number).
    pub fn exit_code(self) -> i32 {
        match self {
            Signal::Interrupt => 130,
            Signal::Terminate => 143,
        }
    }
}

/// A check that ran, and whether it was cut short.
#[derive(Debug)]
pub struct CheckRun {
    pub outcome: Outcome,
    pub cut: Option<Cut>,
}

impl CheckRun {
    /// The exit code: the signal's when interrupted, otherwise the outcome's.
    pub fn exit_code(&self) -> i32 {
        match self.cut {
            Some(Cut::Interrupted(signal)) => signal.exit_code(),
            Some(Cut::CheckLimit) => crate::report::EXIT_FAILED,
            None => self.outcome.exit_code(),
        }
    }
}

/// Start reading `lang`'s words (and English's) and the built-in presets on a thread of their
/// own. A check needs them only once the servers have answered; a caller that starts this as
/// soon as it knows the language has them ready by then, without delaying the first
/// connections. Without a thread, the first text or preset asked for is read then.
pub fn prepare_words_and_presets(lang: Lang) {
    let started = std::thread::Builder::new()
        .name("texts".into())
        .spawn(move || {
            mailtriage_core::i18n::prepare(lang);
            crate::preset::Presets::prepare();
        });
    drop(started);
}

/// Run every panel of the plan once, to the end, and diagnose the result.
pub async fn run_once(setup: &Setup, plan: Arc<Plan>, panels: Vec<Panel>, lang: Lang) -> Outcome {
    run_until(setup, plan, panels, lang, std::future::pending())
        .await
        .outcome
}

/// Resolves when the process is asked to stop (Ctrl-C / `SIGINT`, or `SIGTERM`). The handlers
/// are installed on the first poll; should that fail, it never resolves.
pub async fn stop_signal() -> Signal {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut interrupt), Ok(mut terminate)) = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = interrupt.recv() => Signal::Interrupt,
            _ = terminate.recv() => Signal::Terminate,
        }
    }
    #[cfg(not(unix))]
    {
        match tokio::signal::ctrl_c().await {
            Ok(()) => Signal::Interrupt,
            Err(_) => std::future::pending().await,
        }
    }
}

/// Run every panel of the plan once and diagnose the result; when `stop` resolves first, or a
/// panel outlives the check's bound, stop there and diagnose what was seen so far. The run, the
/// working-settings scan (started for a side as soon as its panel failed to connect) and the
/// diagnosis are the engine's; the bound and the interruption are the check's.
pub async fn run_until(
    setup: &Setup,
    plan: Arc<Plan>,
    panels: Vec<Panel>,
    lang: Lang,
    stop: impl Future<Output = Signal>,
) -> CheckRun {
    let started = Instant::now();
    let scanned = engine::run::fold_scanning_until(
        Arc::clone(&plan),
        panels,
        plan.panels_timeout() + PANEL_GRACE,
        stop,
    )
    .await;
    let mut state = scanned.folded.state;
    let cut = match scanned.folded.stopped {
        Some(signal) => Some(Cut::Interrupted(signal)),
        None if scanned.panels_cut => Some(Cut::CheckLimit),
        None => None,
    };
    if let Some(why) = cut {
        close_running(&mut state, why, &plan, started);
    }
    let alternatives = scanned.alternatives;
    let outcome = engine::conclude(engine::Inputs {
        state: &state,
        plan: &plan,
        alternatives: &alternatives,
        presets: &setup.presets,
        lang,
        now_unix: setup.clock.now_unix(),
    });
    CheckRun { outcome, cut }
}

/// Finish every step and panel still running, as cut short by `why`.
pub(crate) fn close_running(state: &mut RunState, why: Cut, plan: &Plan, started: Instant) {
    let (detail, evidence, note) = match why {
        Cut::Interrupted(signal) => (
            said!("step-interrupted"),
            Evidence::Io {
                failure: IoFailure::Other,
                message: said!("detail-check-interrupted", signal = signal.name()),
            },
            said!("transcript-check-interrupted", signal = signal.name()),
        ),
        Cut::CheckLimit => {
            let limit = plan.panels_timeout().as_secs_f64();
            (
                said!("step-check-limit-reached"),
                Evidence::Io {
                    failure: IoFailure::Timeout,
                    message: said!("detail-check-limit", seconds = format!("{limit:.1}")),
                },
                said!("transcript-check-limit", seconds = format!("{limit:.1}")),
            )
        }
    };
    let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
    let mut events = Vec::new();
    for panel in &state.panels {
        if panel.status != StepStatus::Running {
            continue;
        }
        events.push(ProbeEvent {
            panel: panel.panel,
            kind: EventKind::Transcript(TranscriptLine {
                offset_ms: elapsed_ms,
                dir: Direction::Info,
                text: note.clone(),
            }),
        });
        for step in panel
            .steps
            .iter()
            .filter(|s| s.status == StepStatus::Running)
        {
            events.push(ProbeEvent {
                panel: panel.panel,
                kind: EventKind::StepFinished(StepRecord {
                    step: step.step,
                    target: step.target.clone(),
                    status: StepStatus::Failed,
                    elapsed_ms: 0.0,
                    detail: detail.clone(),
                    evidence: Some(evidence.clone()),
                }),
            });
        }
        events.push(ProbeEvent {
            panel: panel.panel,
            kind: EventKind::PanelFinished { elapsed_ms },
        });
    }
    for event in events {
        state.apply(event);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StepKind;

    fn event(panel: Panel, kind: EventKind) -> ProbeEvent {
        ProbeEvent { panel, kind }
    }

    #[test]
    fn a_cut_check_fails_what_was_running_and_keeps_what_finished() {
        let mut state = RunState::default();
        for kind in [
            EventKind::PanelStarted {
                server: None,
                security: None,
            },
            EventKind::StepStarted {
                step: StepKind::Greeting,
                target: None,
            },
            EventKind::StepFinished(StepRecord {
                step: StepKind::Greeting,
                target: None,
                status: StepStatus::Ok,
                elapsed_ms: 1.0,
                detail: "+OK ready".into(),
                evidence: None,
            }),
            EventKind::StepStarted {
                step: StepKind::Login,
                target: None,
            },
        ] {
            state.apply(event(Panel::Incoming, kind));
        }
        let plan = Plan::new(None, None);
        close_running(
            &mut state,
            Cut::Interrupted(Signal::Interrupt),
            &plan,
            Instant::now(),
        );
        let panel = state.panel(Panel::Incoming).expect("the panel is kept");
        assert_eq!(panel.status, StepStatus::Failed);
        assert!(panel.elapsed_ms.is_some());
        let statuses: Vec<(StepKind, StepStatus)> =
            panel.steps.iter().map(|s| (s.step, s.status)).collect();
        assert_eq!(
            statuses,
            [
                (StepKind::Greeting, StepStatus::Ok),
                (StepKind::Login, StepStatus::Failed)
            ]
        );
        let login = &panel.steps[1];
        assert!(login.detail.to_string().contains("interrupted"));
        assert!(matches!(
            &login.evidence,
            Some(Evidence::Io { message, .. }) if message.english().contains("SIGINT")
        ));
        assert!(
            panel
                .transcript
                .iter()
                .any(|l| l.text.to_string().contains("SIGINT"))
        );
    }

    #[test]
    fn the_exit_code_says_how_the_check_ended() {
        assert_eq!(Signal::Interrupt.exit_code(), 130);
        assert_eq!(Signal::Terminate.exit_code(), 143);
    }
}
