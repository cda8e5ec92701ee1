//! The dashboard's whole state: the account, the results on screen, focus, the open overlay and
//! the re-check schedule. Changed only by [`crate::tui::update::update`].

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use crate::account::{Plan, Protocol, Secret};
use crate::finding::{Finding, Lang};
use crate::model::{Panel, StepKind, StepStatus};
use crate::preset::Presets;
use crate::tui::engine::ScanRow;
use crate::tui::form::Form;
use crate::tui::msg::Context;
use crate::tui::presets::PresetChoice;
use crate::tui::runs::{Runs, panel_index};
use crate::tui::search::TranscriptSearch;
use crate::tui::theme::Theme;
use crate::working_settings::{Alternatives, WorkingSetting};

/// Identifies one probe run, so events of a cancelled run can be told apart and dropped.
pub type RunId = u64;

/// How much a run checks: the probe engine's own scope.
pub use crate::probe::Scope as ProbeScope;

/// The run in progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActiveRun {
    pub id: RunId,
    pub scope: ProbeScope,
}

/// The lower pane that scroll keys move (and that narrow layouts show).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LowerPane {
    Transcript,
    Hints,
}

/// Which findings the hints pane lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HintScope {
    All,
    Focused,
}

/// The provider list, with the form it fills in when a provider is picked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub filter: String,
    /// Index into the filtered list.
    pub selected: usize,
    pub form: Form,
}

/// The port scan of one server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanView {
    pub protocol: Protocol,
    /// `None` while it runs.
    pub result: Option<Result<Vec<ScanRow>, String>>,
    pub selected: usize,
}

/// What the help is narrowed to: `/` starts typing it, Enter keeps it, Esc clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpSearch {
    pub text: String,
    /// Keys type into the search.
    pub typing: bool,
}

/// What is drawn over the dashboard. At most one at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help {
        scroll: usize,
        search: HelpSearch,
    },
    Editor(Form),
    Picker(Picker),
    Guided {
        step: usize,
    },
    Scan(ScanView),
    /// Every step of the focused panel in full, scrolled by `scroll` rows.
    Steps {
        scroll: usize,
    },
    /// The OAuth2 sign-in: the code to read out, the time left.
    SignIn(crate::tui::sign_in::SignInView),
}

/// The settings a login failed with; while they stay the same, no login is tried on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: Option<String>,
    pub password: Option<Secret>,
    pub incoming_host: Option<String>,
    pub outgoing_host: Option<String>,
}

impl Credentials {
    pub fn of(plan: &Plan) -> Credentials {
        Credentials {
            user: plan.user.clone(),
            password: plan.password.clone(),
            incoming_host: plan.incoming.as_ref().map(|e| e.host.clone()),
            outgoing_host: plan.outgoing.as_ref().map(|e| e.host.clone()),
        }
    }
}

/// A message in the bottom bar until the next key: one line, or several (`\n`) that the bar
/// grows to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// Sizes the last draw found, so scrolling can stop at the end.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ViewMetrics {
    pub hints_lines: usize,
    pub hints_height: usize,
    pub help_lines: usize,
    pub help_height: usize,
    pub steps_lines: usize,
    pub steps_height: usize,
}

/// How many latency samples a panel keeps for its sparkline.
pub const HISTORY_LEN: usize = 60;

/// Choices of the re-check interval, in seconds (+ and - step through them).
pub const INTERVALS_SECS: [u64; 8] = [5, 10, 15, 30, 60, 120, 300, 600];

/// What the engine found works instead, and for which settings and sides it looked.
#[derive(Debug, Clone)]
pub struct WorkingFound {
    /// The settings scanned; the result holds only while they are the ones in force.
    pub plan: Arc<Plan>,
    /// The panels whose servers were scanned.
    pub panels: Vec<Panel>,
    pub alternatives: Alternatives,
}

/// What the caller decides once at start.
#[derive(Debug, Clone)]
pub struct AppConfig {
    pub lang: Lang,
    pub theme: Theme,
    pub interval: Duration,
    pub presets: Vec<PresetChoice>,
    /// The presets diagnosis reads (built-in plus the user's).
    pub provider_presets: Arc<Presets>,
    /// Local time zone, to print clock times.
    pub utc_offset_secs: i32,
}

#[derive(Debug, Clone)]
pub struct App {
    pub plan: Option<Arc<Plan>>,
    /// The servers are the lab's demonstration servers: the title bar says so.
    pub demo: bool,
    pub runs: Runs,
    pub findings: Vec<Finding>,
    /// The settings found to work instead, as the findings name them.
    pub working_settings: Vec<WorkingSetting>,
    /// The last working-settings scan's result.
    pub working_found: Option<WorkingFound>,
    /// The run whose working-settings scans are under way.
    pub looking_for_working: Option<RunId>,
    /// How many of that run's scans (one per side) have not answered yet.
    pub working_scans_pending: usize,
    /// The run that `working_found` belongs to.
    pub working_run: Option<RunId>,
    /// The presets diagnosis reads.
    pub provider_presets: Arc<Presets>,
    pub lang: Lang,
    pub theme: Theme,
    pub utc_offset_secs: i32,
    pub focus: Panel,
    pub overlay: Overlay,
    pub lower: LowerPane,
    pub hint_scope: HintScope,
    /// Transcript lines scrolled back from the end; 0 follows new lines.
    pub transcript_back: usize,
    /// Finding text in the transcript (`/`, `n`, `N`).
    pub search: TranscriptSearch,
    /// How many transcript lines the pane's first page holds, as last drawn (0: not drawn):
    /// scrolling back stops there, so Home shows the first page and Down moves at once.
    pub transcript_first_page: std::cell::Cell<usize>,
    pub hints_scroll: usize,
    pub active: Option<ActiveRun>,
    pub next_run_id: RunId,
    pub interval: Duration,
    pub paused: bool,
    /// When the next connection check is due (ms since the epoch).
    pub next_due_ms: Option<i64>,
    pub last_run_end_ms: Option<i64>,
    /// The latest wall-clock time a message carried.
    pub clock_ms: i64,
    pub login_hold: Option<Credentials>,
    /// Connect latency of past runs per panel (`None`: the run did not connect).
    pub history: [VecDeque<Option<u64>>; Panel::ALL.len()],
    pub spinner: usize,
    pub presets: Vec<PresetChoice>,
    pub scanning: bool,
    pub notice: Option<Notice>,
    pub metrics: ViewMetrics,
    pub quit: bool,
    /// The OAuth2 sign-in the account uses (`--oauth2-login`); `o` starts it.
    pub sign_in: Option<crate::oauth2::SignInRequest>,
}

impl App {
    /// The protocol the incoming panel speaks: the plan's, POP3 before there is one.
    pub fn incoming_protocol(&self) -> Protocol {
        self.plan
            .as_ref()
            .map_or(Protocol::Pop3, |plan| plan.incoming_protocol)
    }

    /// The dashboard for a plan, or the set-up screen without one.
    pub fn new(plan: Option<Plan>, config: AppConfig) -> App {
        let overlay = match &plan {
            Some(_) => Overlay::None,
            None if config.presets.is_empty() => Overlay::Editor(Form::new(None, Panel::Incoming)),
            None => Overlay::Picker(Picker {
                filter: String::new(),
                selected: 0,
                form: Form::new(None, Panel::Incoming),
            }),
        };
        let focus = plan
            .as_ref()
            .and_then(|p| {
                [Panel::Incoming, Panel::Outgoing, Panel::Network]
                    .into_iter()
                    .find(|panel| p.runs(*panel))
            })
            .unwrap_or(Panel::Incoming);
        App {
            plan: plan.map(Arc::new),
            demo: false,
            runs: Runs::default(),
            findings: Vec::new(),
            working_settings: Vec::new(),
            working_found: None,
            looking_for_working: None,
            working_scans_pending: 0,
            working_run: None,
            provider_presets: config.provider_presets,
            lang: config.lang,
            theme: config.theme,
            utc_offset_secs: config.utc_offset_secs,
            focus,
            overlay,
            lower: LowerPane::Hints,
            hint_scope: HintScope::All,
            transcript_back: 0,
            search: TranscriptSearch::default(),
            transcript_first_page: std::cell::Cell::new(0),
            hints_scroll: 0,
            active: None,
            next_run_id: 1,
            interval: config.interval,
            paused: false,
            next_due_ms: None,
            last_run_end_ms: None,
            clock_ms: 0,
            login_hold: None,
            history: Default::default(),
            spinner: 0,
            presets: config.presets,
            scanning: false,
            notice: None,
            metrics: ViewMetrics::default(),
            quit: false,
            sign_in: None,
        }
    }

    /// Where keys go now.
    pub fn context(&self) -> Context {
        match self.overlay {
            Overlay::None if self.search.typing => Context::Search,
            Overlay::None => Context::Dashboard,
            Overlay::Help { ref search, .. } if search.typing => Context::HelpSearch,
            Overlay::Help { .. } => Context::Help,
            Overlay::Editor(_) => Context::Editor,
            Overlay::Picker(_) => Context::Picker,
            Overlay::Guided { .. } => Context::Guided,
            Overlay::Scan(_) => Context::Scan,
            Overlay::Steps { .. } => Context::Steps,
            Overlay::SignIn(_) => Context::SignIn,
        }
    }

    /// The panels of the current plan, in display order (all three before a plan exists).
    pub fn panels(&self) -> Vec<Panel> {
        match &self.plan {
            Some(plan) => Panel::ALL.into_iter().filter(|p| plan.runs(*p)).collect(),
            None => Panel::ALL.to_vec(),
        }
    }

    /// True while something on screen moves (a spinner), so the loop must tick.
    pub fn animating(&self) -> bool {
        self.active.is_some() || self.scanning
    }

    /// The login is held back: it failed with the settings in force now.
    pub fn login_held(&self) -> bool {
        match (&self.login_hold, &self.plan) {
            (Some(hold), Some(plan)) => *hold == Credentials::of(plan),
            _ => false,
        }
    }

    /// Record the connect latency of a panel that finished.
    pub fn record_latency(&mut self, panel: Panel) {
        let Some(view) = self.runs.panel(panel) else {
            return;
        };
        let sample = view
            .report
            .steps
            .iter()
            .filter(|s| s.step == StepKind::Tcp && s.status == StepStatus::Ok)
            .map(|s| s.elapsed_ms.max(0.0).round() as u64)
            .min();
        let history = &mut self.history[panel_index(panel)];
        if history.len() == HISTORY_LEN {
            history.pop_front();
        }
        history.push_back(sample);
    }

    /// What the last working-settings scan found, when it was for the settings in force.
    pub fn alternatives(&self) -> Option<&WorkingFound> {
        let plan = self.plan.as_ref()?;
        self.working_found
            .as_ref()
            .filter(|found| Arc::ptr_eq(&found.plan, plan))
    }

    /// The findings the hints pane shows: the focused panel's first, then the others, each
    /// group most important first. The pane opens on the problem of the panel being looked at.
    pub fn visible_findings(&self) -> Vec<&Finding> {
        let mut shown: Vec<&Finding> = self
            .findings
            .iter()
            .filter(|f| self.hint_scope == HintScope::All || f.panel == self.focus)
            .collect();
        // Stable: the order of importance stays within each group.
        shown.sort_by_key(|f| f.panel != self.focus);
        shown
    }
}
