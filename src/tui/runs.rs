//! The results on screen: the last full check (with login) and the last connection-only check,
//! each folded with [`RunState::apply`], and the view that joins them.
//!
//! Connection checks repeat on an interval and never log in. Showing one on its own would make
//! the login result (often the whole diagnosis) vanish half a minute after it was found, so the
//! view keeps the newer connection steps and carries the login-and-later steps of the last full
//! check after them, marked as older.
//!
//! Every result kept here belongs to one settings (the plan the runs were started with): a run
//! of other settings starts from nothing, so nothing measured with older settings is ever shown
//! as the result of newer ones. A panel is `ok` only when every step its settings call for ran
//! with these settings and passed; a connection check alone never makes a panel `ok`.

use std::sync::Arc;

use crate::account::Plan;
use crate::model::{
    Direction, EventKind, Panel, PanelReport, ProbeEvent, RunState, Said, StepKind, StepStatus,
};
use crate::tui::app::ProbeScope;

/// Steps at or after this point of the chain only run in a full check.
const LOGIN_ORDER: u8 = 6;

/// Wall-clock times of one panel in one run, in ms since the Unix epoch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PanelTimes {
    pub started_ms: Option<i64>,
    pub finished_ms: Option<i64>,
}

/// One transcript line with its wall-clock time, when known.
#[derive(Debug, Clone, PartialEq)]
pub struct StampedLine {
    pub at_ms: Option<i64>,
    pub dir: Direction,
    pub text: Said,
}

/// What a panel shows: its report, and where the steps carried from the last full check begin.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelView {
    pub report: PanelReport,
    /// Index into `report.steps` of the first step carried over from an earlier full check.
    pub carried_from: Option<usize>,
    /// The connection passed, but the login and later steps have not run with these settings
    /// since (the last full check stopped before them, or there was none): not `ok` yet.
    pub login_unchecked: bool,
    pub times: PanelTimes,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Folded {
    state: RunState,
    times: [PanelTimes; Panel::ALL.len()],
}

impl Folded {
    fn apply(&mut self, event: ProbeEvent, at_ms: i64) {
        let times = &mut self.times[panel_index(event.panel)];
        match event.kind {
            EventKind::PanelStarted { .. } => {
                *times = PanelTimes {
                    started_ms: Some(at_ms),
                    finished_ms: None,
                }
            }
            EventKind::PanelFinished { .. } => times.finished_ms = Some(at_ms),
            _ => {}
        }
        self.state.apply(event);
    }
}

/// Position of a panel in [`Panel::ALL`].
pub fn panel_index(panel: Panel) -> usize {
    match panel {
        Panel::Network => 0,
        Panel::Incoming => 1,
        Panel::ImapBeside => 2,
        Panel::Outgoing => 3,
    }
}

/// The last full check and the last connection check, both of the same settings.
#[derive(Debug, Clone, Default)]
pub struct Runs {
    /// The settings every result here was made with. Identity, not equality: applying the same
    /// values again is a new settings whose results start afresh.
    settings: Option<Arc<Plan>>,
    full: Folded,
    connection: Folded,
    /// True once a connection check started after the last full check.
    connection_newer: bool,
}

impl PartialEq for Runs {
    fn eq(&self, other: &Runs) -> bool {
        let same_settings = match (&self.settings, &other.settings) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_settings
            && self.full == other.full
            && self.connection == other.connection
            && self.connection_newer == other.connection_newer
    }
}

impl Runs {
    /// A run of this scope with these settings is starting. Results of other settings are
    /// dropped first.
    pub fn begin(&mut self, scope: ProbeScope, settings: &Arc<Plan>) {
        if !self.made_with(settings) {
            *self = Runs {
                settings: Some(Arc::clone(settings)),
                ..Runs::default()
            };
        }
        match scope {
            ProbeScope::Full => {
                self.connection = Folded::default();
                self.connection_newer = false;
            }
            ProbeScope::Connection => self.connection_newer = true,
        }
    }

    /// Fold an event of a run of this scope, received at `at_ms`.
    pub fn apply(&mut self, scope: ProbeScope, event: ProbeEvent, at_ms: i64) {
        match scope {
            ProbeScope::Full => self.full.apply(event, at_ms),
            ProbeScope::Connection => self.connection.apply(event, at_ms),
        }
    }

    /// True when the results kept here were made with exactly these settings.
    pub fn made_with(&self, settings: &Arc<Plan>) -> bool {
        self.settings
            .as_ref()
            .is_some_and(|s| Arc::ptr_eq(s, settings))
    }

    /// The last full check alone.
    pub fn full(&self) -> &RunState {
        &self.full.state
    }

    /// What one panel shows now.
    pub fn panel(&self, panel: Panel) -> Option<PanelView> {
        let i = panel_index(panel);
        let full = self.full.state.panel(panel);
        let live = if self.connection_newer {
            self.connection.state.panel(panel)
        } else {
            None
        };
        match (live, full) {
            (None, None) => None,
            (None, Some(full)) => Some(PanelView {
                report: full.clone(),
                carried_from: None,
                login_unchecked: false,
                times: self.full.times[i],
            }),
            (Some(live), None) => {
                // No full check of these settings: what it would have checked is unknown.
                let mut report = live.clone();
                let unchecked = report.elapsed_ms.is_some();
                if unchecked {
                    report.status = not_ok(report.status);
                }
                Some(PanelView {
                    report,
                    carried_from: None,
                    login_unchecked: unchecked,
                    times: self.connection.times[i],
                })
            }
            (Some(live), Some(full)) => Some(join(live, full, self.connection.times[i])),
        }
    }

    /// The joined view of every panel, for diagnosis and reports.
    pub fn view(&self) -> RunState {
        RunState {
            panels: Panel::ALL
                .iter()
                .filter_map(|p| self.panel(*p).map(|v| v.report))
                .collect(),
        }
    }

    /// The transcript of a panel: the last full check's, then the newer connection check's.
    pub fn transcript(&self, panel: Panel) -> Vec<StampedLine> {
        let i = panel_index(panel);
        let mut lines = Vec::new();
        let mut push = |folded: &Folded| {
            if let Some(report) = folded.state.panel(panel) {
                let start = folded.times[i].started_ms;
                lines.extend(report.transcript.iter().map(|l| StampedLine {
                    at_ms: start.map(|s| s + l.offset_ms.max(0.0) as i64),
                    dir: l.dir,
                    text: l.text.clone(),
                }));
            }
        };
        push(&self.full);
        if self.connection_newer {
            push(&self.connection);
        }
        lines
    }

    /// True when a login step of the last full check failed (not declined: declined is a warning).
    pub fn login_failed(&self) -> bool {
        self.full.state.panels.iter().any(|p| {
            p.steps
                .iter()
                .any(|s| s.step == StepKind::Login && s.status == StepStatus::Failed)
        })
    }
}

fn join(live: &PanelReport, full: &PanelReport, times: PanelTimes) -> PanelView {
    let mut report = live.clone();
    let carried: Vec<_> = full
        .steps
        .iter()
        .filter(|s| s.step.chain_order() >= LOGIN_ORDER)
        // A step the connection check did again (QUIT) shows once: its newer result.
        .filter(|s| {
            !live
                .steps
                .iter()
                .any(|l| l.step == s.step && l.target == s.target)
        })
        .cloned()
        .collect();
    let carried_from = (!carried.is_empty()).then_some(report.steps.len());
    report.steps.extend(carried);
    // A mail session that failed before the login never reached it: a connection check that
    // passes those steps now says nothing about the login.
    let stopped_early = full.panel != Panel::Network
        && full
            .steps
            .iter()
            .any(|s| s.status == StepStatus::Failed && s.step.chain_order() < LOGIN_ORDER);
    let facts = &mut report.facts;
    facts.login_method = full.facts.login_method.clone();
    facts.login_ok = full.facts.login_ok;
    facts.message_count = full.facts.message_count;
    facts.mailbox_octets = full.facts.mailbox_octets;
    facts.uidl_ok = full.facts.uidl_ok;
    let finished = report.elapsed_ms.is_some();
    if finished {
        report.status = worst(report.steps.iter().map(|s| s.status));
        if stopped_early {
            report.status = not_ok(report.status);
        }
    }
    PanelView {
        report,
        carried_from,
        login_unchecked: finished && stopped_early,
        times,
    }
}

/// A finished status that must not read `ok`: what is missing was not checked yet.
fn not_ok(status: StepStatus) -> StepStatus {
    match status {
        StepStatus::Ok | StepStatus::Skipped => StepStatus::Pending,
        other => other,
    }
}

/// The overall status of finished steps: failed over warn over ok.
fn worst(statuses: impl Iterator<Item = StepStatus>) -> StepStatus {
    let mut out = StepStatus::Ok;
    for status in statuses {
        match status {
            StepStatus::Failed => return StepStatus::Failed,
            StepStatus::Warn => out = StepStatus::Warn,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SessionFacts, StepRecord};

    fn ev(kind: EventKind) -> ProbeEvent {
        ProbeEvent {
            panel: Panel::Incoming,
            kind,
        }
    }

    fn step(step: StepKind, status: StepStatus) -> EventKind {
        EventKind::StepFinished(StepRecord {
            step,
            target: None,
            status,
            elapsed_ms: 5.0,
            detail: String::new().into(),
            evidence: None,
        })
    }

    fn settings() -> Arc<Plan> {
        Arc::new(Plan::new(None, None))
    }

    fn started() -> EventKind {
        EventKind::PanelStarted {
            server: None,
            security: None,
        }
    }

    #[test]
    fn connection_check_keeps_the_failed_login_of_the_full_check() {
        let settings = settings();
        let mut runs = Runs::default();
        runs.begin(ProbeScope::Full, &settings);
        for kind in [
            started(),
            step(StepKind::Tcp, StepStatus::Ok),
            step(StepKind::Login, StepStatus::Failed),
            EventKind::Facts(SessionFacts {
                login_ok: Some(false),
                ..SessionFacts::default()
            }),
            EventKind::PanelFinished { elapsed_ms: 9.0 },
        ] {
            runs.apply(ProbeScope::Full, ev(kind), 1_000);
        }
        runs.begin(ProbeScope::Connection, &settings);
        for kind in [
            started(),
            step(StepKind::Tcp, StepStatus::Ok),
            step(StepKind::Greeting, StepStatus::Ok),
            EventKind::PanelFinished { elapsed_ms: 4.0 },
        ] {
            runs.apply(ProbeScope::Connection, ev(kind), 31_000);
        }
        let view = runs.panel(Panel::Incoming).unwrap();
        let kinds: Vec<_> = view.report.steps.iter().map(|s| s.step).collect();
        assert_eq!(kinds, [StepKind::Tcp, StepKind::Greeting, StepKind::Login]);
        assert_eq!(view.carried_from, Some(2));
        assert_eq!(view.report.status, StepStatus::Failed);
        assert_eq!(view.report.facts.login_ok, Some(false));
        assert_eq!(view.times.started_ms, Some(31_000));
        assert!(runs.login_failed());
    }

    #[test]
    fn a_new_full_check_replaces_the_connection_view() {
        let settings = settings();
        let mut runs = Runs::default();
        runs.begin(ProbeScope::Connection, &settings);
        runs.apply(ProbeScope::Connection, ev(started()), 0);
        runs.begin(ProbeScope::Full, &settings);
        assert!(runs.panel(Panel::Incoming).is_none());
        runs.apply(ProbeScope::Full, ev(started()), 10);
        assert_eq!(
            runs.panel(Panel::Incoming).unwrap().report.status,
            StepStatus::Running
        );
    }

    #[test]
    fn transcript_lines_get_wall_clock_times() {
        let settings = settings();
        let mut runs = Runs::default();
        runs.begin(ProbeScope::Full, &settings);
        runs.apply(ProbeScope::Full, ev(started()), 5_000);
        runs.apply(
            ProbeScope::Full,
            ev(EventKind::Transcript(crate::model::TranscriptLine {
                offset_ms: 250.0,
                dir: Direction::Received,
                text: "+OK".into(),
            })),
            5_300,
        );
        let lines = runs.transcript(Panel::Incoming);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].at_ms, Some(5_250));
    }

    fn feed(runs: &mut Runs, scope: ProbeScope, kinds: Vec<EventKind>, at_ms: i64) {
        for kind in kinds {
            runs.apply(scope, ev(kind), at_ms);
        }
    }

    fn finished() -> EventKind {
        EventKind::PanelFinished { elapsed_ms: 4.0 }
    }

    #[test]
    fn results_of_other_settings_are_dropped_when_a_run_of_new_settings_begins() {
        let old = settings();
        let mut runs = Runs::default();
        runs.begin(ProbeScope::Full, &old);
        feed(
            &mut runs,
            ProbeScope::Full,
            vec![
                started(),
                step(StepKind::Tcp, StepStatus::Ok),
                step(StepKind::Login, StepStatus::Failed),
                finished(),
            ],
            1_000,
        );
        assert!(runs.made_with(&old));
        // The same values applied again are new settings all the same.
        let new = settings();
        runs.begin(ProbeScope::Connection, &new);
        assert!(runs.made_with(&new) && !runs.made_with(&old));
        assert!(runs.panel(Panel::Incoming).is_none());
        assert!(!runs.login_failed());
        feed(
            &mut runs,
            ProbeScope::Connection,
            vec![started(), step(StepKind::Tcp, StepStatus::Ok), finished()],
            2_000,
        );
        // A connection check alone, with no full check of these settings: never ok, no login
        // carried from the other settings.
        let view = runs.panel(Panel::Incoming).unwrap();
        assert_eq!(view.carried_from, None);
        assert!(view.login_unchecked);
        assert_ne!(view.report.status, StepStatus::Ok);
        assert!(view.report.steps.iter().all(|s| s.step != StepKind::Login));
    }

    #[test]
    fn a_connection_that_comes_back_does_not_stand_in_for_the_login() {
        let settings = settings();
        let mut runs = Runs::default();
        runs.begin(ProbeScope::Full, &settings);
        feed(
            &mut runs,
            ProbeScope::Full,
            vec![
                started(),
                step(StepKind::Tcp, StepStatus::Failed),
                finished(),
            ],
            1_000,
        );
        runs.begin(ProbeScope::Connection, &settings);
        feed(
            &mut runs,
            ProbeScope::Connection,
            vec![
                started(),
                step(StepKind::Tcp, StepStatus::Ok),
                step(StepKind::Greeting, StepStatus::Ok),
                step(StepKind::Quit, StepStatus::Ok),
                finished(),
            ],
            31_000,
        );
        let view = runs.panel(Panel::Incoming).unwrap();
        assert!(view.login_unchecked);
        assert_eq!(view.report.status, StepStatus::Pending);
    }

    #[test]
    fn a_step_the_connection_check_did_again_shows_once() {
        let settings = settings();
        let mut runs = Runs::default();
        runs.begin(ProbeScope::Full, &settings);
        feed(
            &mut runs,
            ProbeScope::Full,
            vec![
                started(),
                step(StepKind::Tcp, StepStatus::Ok),
                step(StepKind::Login, StepStatus::Failed),
                step(StepKind::Quit, StepStatus::Ok),
                finished(),
            ],
            1_000,
        );
        runs.begin(ProbeScope::Connection, &settings);
        feed(
            &mut runs,
            ProbeScope::Connection,
            vec![
                started(),
                step(StepKind::Tcp, StepStatus::Ok),
                step(StepKind::Quit, StepStatus::Ok),
                finished(),
            ],
            31_000,
        );
        let view = runs.panel(Panel::Incoming).unwrap();
        let kinds: Vec<_> = view.report.steps.iter().map(|s| s.step).collect();
        assert_eq!(kinds, [StepKind::Tcp, StepKind::Quit, StepKind::Login]);
        assert_eq!(view.carried_from, Some(2));
        assert_eq!(view.report.status, StepStatus::Failed);
    }

    #[test]
    fn a_passed_login_carried_under_a_passing_connection_check_is_ok() {
        let settings = settings();
        let mut runs = Runs::default();
        runs.begin(ProbeScope::Full, &settings);
        feed(
            &mut runs,
            ProbeScope::Full,
            vec![
                started(),
                step(StepKind::Tcp, StepStatus::Ok),
                step(StepKind::Login, StepStatus::Ok),
                finished(),
            ],
            1_000,
        );
        runs.begin(ProbeScope::Connection, &settings);
        feed(
            &mut runs,
            ProbeScope::Connection,
            vec![started(), step(StepKind::Tcp, StepStatus::Ok), finished()],
            31_000,
        );
        let view = runs.panel(Panel::Incoming).unwrap();
        assert!(!view.login_unchecked);
        assert_eq!(view.report.status, StepStatus::Ok);
        assert_eq!(view.carried_from, Some(1));
    }
}
