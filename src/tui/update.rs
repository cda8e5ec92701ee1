//! The pure heart of the dashboard: `update(&mut App, Msg) -> Vec<Cmd>`.
//!
//! It never touches the terminal, the network, a file or a clock. Everything with an effect
//! (start or cancel a probe run, scan, save a report, quit) comes back as a [`Cmd`] for the loop
//! in [`crate::tui`] to carry out, and times arrive inside the messages.

use std::sync::Arc;
use std::time::Duration;

use crate::account::{Plan, Protocol, Security};
use crate::engine;
use crate::model::{EventKind, Panel};
use crate::report::Outcome;
use crate::tui::app::{
    ActiveRun, App, Credentials, HelpSearch, HintScope, INTERVALS_SECS, LowerPane, Notice, Overlay,
    Picker, ProbeScope, RunId, ScanView, WorkingFound,
};
use crate::tui::changes;
use crate::tui::engine::ScanRow;
use crate::tui::form::{Field, Form, FormError};
use crate::tui::guide::guide_of;
use crate::tui::msg::{Action, Context, Msg, lookup, typed_char};
use crate::tui::presets;
use crate::tui::runs::Runs;
use crate::tui::search;
use crate::tui::sign_in;
use crate::tui::text::words;
use crate::working_settings::{self, Alternatives};

/// An effect for the loop to carry out.
#[derive(Debug, Clone)]
pub enum Cmd {
    /// Start a run of the plan's panels; its events come back as [`Msg::Probe`] with this id.
    Probe {
        run: RunId,
        plan: Arc<Plan>,
        scope: ProbeScope,
    },
    /// Stop a run (abort its task).
    Cancel(RunId),
    Scan {
        plan: Arc<Plan>,
        protocol: Protocol,
    },
    /// Look for the settings that work instead, as `check` does after a failed connection; the
    /// result comes back as [`Msg::WorkingSettings`] with this id.
    FindWorkingSettings {
        run: RunId,
        plan: Arc<Plan>,
        /// The sides whose servers to scan.
        sides: Vec<Protocol>,
    },
    /// Write this outcome (the engine's, as `check` reports it) as a report.
    SaveReport {
        outcome: Box<Outcome>,
        plan: Arc<Plan>,
    },
    /// Read this CA file (and check it loads); the answer comes back as [`Msg::CaRead`].
    ReadCaFile {
        path: String,
    },
    /// Look this e-mail address up; the answer comes back as [`Msg::Discovered`].
    Discover {
        email: String,
        /// The settings in force, whose look-up options the look-up keeps.
        base: Option<Arc<Plan>>,
    },
    /// Put this text on the terminal's clipboard (OSC 52).
    Copy(String),
    /// Run the OAuth2 device sign-in in the background; it reports as [`Msg::SignIn`].
    SignIn {
        request: crate::oauth2::SignInRequest,
        extra_ca_pem: Option<Vec<u8>>,
    },
    /// Stop the sign-in under way.
    CancelSignIn,
    Quit,
}

/// How many lines PgUp/PgDn move.
const PAGE: usize = 10;

/// Apply one message to the state; return the effects it asks for.
pub fn update(app: &mut App, msg: Msg) -> Vec<Cmd> {
    match msg {
        Msg::Start { at_ms } => {
            app.clock_ms = at_ms;
            if app.plan.is_some() {
                // An account that signs in with OAuth2 shows its code at once.
                let mut cmds = start_sign_in(app, true);
                cmds.extend(start_run(app, ProbeScope::Full));
                cmds
            } else {
                Vec::new()
            }
        }
        Msg::SignIn(event) => {
            if sign_in::on_event(app, event) {
                start_run(app, sign_in::RERUN_SCOPE)
            } else {
                Vec::new()
            }
        }
        Msg::Key(key) => {
            app.notice = None;
            let context = app.context();
            match lookup(context, &key) {
                Some(action) => on_action(app, context, action),
                None if context.takes_text() => {
                    if let Some(c) = typed_char(&key) {
                        on_typed(app, c);
                    }
                    Vec::new()
                }
                None => Vec::new(),
            }
        }
        Msg::Resize => Vec::new(),
        Msg::Tick => {
            app.spinner = app.spinner.wrapping_add(1);
            Vec::new()
        }
        Msg::Probe { run, event, at_ms } => {
            let Some(active) = app.active.filter(|a| a.id == run) else {
                return Vec::new();
            };
            app.clock_ms = app.clock_ms.max(at_ms);
            let panel = event.panel;
            let finished = matches!(event.kind, EventKind::PanelFinished { .. });
            app.runs.apply(active.scope, event, at_ms);
            if finished {
                app.record_latency(panel);
                refresh_findings(app);
                // A side that failed to connect is scanned now, while the others still run.
                return look_for_working_settings(app, run, active.scope);
            }
            Vec::new()
        }
        Msg::RunFinished { run, at_ms } => {
            let Some(active) = app.active.filter(|a| a.id == run) else {
                return Vec::new();
            };
            app.clock_ms = app.clock_ms.max(at_ms);
            app.active = None;
            if app.last_run_end_ms.is_none() {
                focus_first_failure(app);
            }
            app.last_run_end_ms = Some(at_ms);
            if active.scope == ProbeScope::Full {
                app.login_hold = match (&app.plan, app.runs.login_failed()) {
                    (Some(plan), true) => Some(Credentials::of(plan)),
                    _ => None,
                };
            }
            refresh_findings(app);
            schedule(app);
            look_for_working_settings(app, run, active.scope)
        }
        Msg::WorkingSettings {
            run,
            panels,
            alternatives,
        } => {
            if app.looking_for_working != Some(run) {
                return Vec::new();
            }
            app.working_scans_pending = app.working_scans_pending.saturating_sub(1);
            if app.working_scans_pending == 0 {
                app.looking_for_working = None;
            }
            if let Some(found) = &mut app.working_found {
                // What an earlier run found for these panels gives way to this answer.
                found.alternatives.replace_panels(&panels, alternatives);
            }
            refresh_findings(app);
            Vec::new()
        }
        Msg::IntervalDue { at_ms } => {
            app.clock_ms = app.clock_ms.max(at_ms);
            app.next_due_ms = None;
            if app.paused || app.plan.is_none() || app.active.is_some() {
                return Vec::new();
            }
            start_run(app, ProbeScope::Connection)
        }
        Msg::ScanFinished { protocol, result } => {
            app.scanning = false;
            if let Overlay::Scan(view) = &mut app.overlay
                && view.protocol == protocol
            {
                view.result = Some(result);
                view.selected = 0;
            }
            Vec::new()
        }
        Msg::CaRead { path, result } => {
            let Overlay::Editor(form) = &mut app.overlay else {
                return Vec::new();
            };
            if form.ca_to_read().as_deref() != Some(path.as_str()) {
                return Vec::new();
            }
            match result {
                Ok(pem) => {
                    form.ca_pem = Some(pem);
                    form.ca_read_from = Some(path);
                    on_editor(app, Action::Apply)
                }
                Err(why) => {
                    let text = mailtriage_core::i18n::text_with(
                        app.lang,
                        "tui-ca-unusable",
                        &[("path", path.into()), ("why", why.into())],
                    );
                    app.notice = Some(Notice { text, error: true });
                    Vec::new()
                }
            }
        }
        Msg::Discovered { email, result } => {
            if let Overlay::Editor(form) = &mut app.overlay
                && form.looking_up
                && form.email.trim() == email
            {
                match result {
                    Ok(found) => form.apply_found(&found),
                    Err(why) => {
                        form.looking_up = false;
                        app.notice = Some(Notice {
                            text: why,
                            error: true,
                        });
                    }
                }
            }
            Vec::new()
        }
        Msg::ReportSaved(result) => {
            let w = words(app.lang);
            app.notice = Some(match result {
                Ok(saved) => Notice {
                    text: format!(
                        "{}\n{}\n{}",
                        w.report_saved,
                        saved.markdown.display(),
                        saved.json.display()
                    ),
                    error: false,
                },
                Err(e) => Notice {
                    text: format!("{}: {e}", w.report_failed),
                    error: true,
                },
            });
            Vec::new()
        }
    }
}

fn on_action(app: &mut App, context: Context, action: Action) -> Vec<Cmd> {
    if action == Action::Quit {
        app.quit = true;
        let mut cmds: Vec<Cmd> = app
            .active
            .take()
            .map(|a| Cmd::Cancel(a.id))
            .into_iter()
            .collect();
        cmds.push(Cmd::Quit);
        return cmds;
    }
    match context {
        Context::Global | Context::Dashboard => on_dashboard(app, action),
        Context::Help => {
            if let Overlay::Help { scroll, search } = &mut app.overlay {
                let max = app
                    .metrics
                    .help_lines
                    .saturating_sub(app.metrics.help_height);
                let page = app.metrics.help_height.max(1);
                match action {
                    Action::Up => *scroll = scroll.saturating_sub(1),
                    Action::Down => *scroll = (*scroll + 1).min(max),
                    Action::PageUp => *scroll = scroll.saturating_sub(page),
                    Action::PageDown => *scroll = (*scroll + page).min(max),
                    Action::ScrollTop => *scroll = 0,
                    Action::ScrollBottom => *scroll = max,
                    Action::Search => {
                        *scroll = 0;
                        *search = HelpSearch {
                            text: String::new(),
                            typing: true,
                        };
                    }
                    Action::Close => app.overlay = Overlay::None,
                    _ => {}
                }
            }
            Vec::new()
        }
        Context::HelpSearch => {
            if let Overlay::Help { scroll, search } = &mut app.overlay {
                *scroll = 0;
                match action {
                    Action::SearchDone => search.typing = false,
                    Action::SearchClear => *search = HelpSearch::default(),
                    Action::DeleteChar => {
                        search.text.pop();
                    }
                    _ => {}
                }
            }
            Vec::new()
        }
        Context::Steps => {
            on_steps(app, action);
            Vec::new()
        }
        Context::Editor => on_editor(app, action),
        Context::Picker => on_picker(app, action),
        Context::Guided => {
            let Overlay::Guided { step } = app.overlay else {
                return Vec::new();
            };
            match action {
                Action::GuideNext => {
                    // The guide follows the findings, which change as checks repeat.
                    let last = guide_of(app).len().saturating_sub(1);
                    app.overlay = Overlay::Guided {
                        step: (step + 1).min(last),
                    };
                }
                Action::GuidePrev => {
                    app.overlay = Overlay::Guided {
                        step: step.saturating_sub(1),
                    }
                }
                Action::ToggleLang => {
                    app.lang = app.lang.toggled();
                    refresh_findings(app);
                }
                Action::Close => app.overlay = Overlay::None,
                _ => {}
            }
            Vec::new()
        }
        Context::Scan => on_scan(app, action),
        Context::SignIn => {
            if action == Action::Close {
                app.overlay = Overlay::None;
                return vec![Cmd::CancelSignIn];
            }
            Vec::new()
        }
        Context::Search => search::on_key(app, action),
    }
}

/// Keys of the view of every step: scroll it, move to another panel, close it.
fn on_steps(app: &mut App, action: Action) {
    let Overlay::Steps { scroll } = &mut app.overlay else {
        return;
    };
    let max = app
        .metrics
        .steps_lines
        .saturating_sub(app.metrics.steps_height);
    let page = app.metrics.steps_height.max(1);
    match action {
        Action::ScrollUp => *scroll = scroll.saturating_sub(1),
        Action::ScrollDown => *scroll = (*scroll + 1).min(max),
        Action::PageUp => *scroll = scroll.saturating_sub(page),
        Action::PageDown => *scroll = (*scroll + page).min(max),
        Action::ScrollTop => *scroll = 0,
        Action::ScrollBottom => *scroll = max,
        Action::NextPanel | Action::PrevPanel => {
            *scroll = 0;
            move_focus(app, if action == Action::NextPanel { 1 } else { -1 });
        }
        Action::Close => app.overlay = Overlay::None,
        _ => {}
    }
}

fn on_dashboard(app: &mut App, action: Action) -> Vec<Cmd> {
    match action {
        Action::Help => {
            app.overlay = Overlay::Help {
                scroll: 0,
                search: HelpSearch::default(),
            }
        }
        Action::Details if app.plan.is_some() => app.overlay = Overlay::Steps { scroll: 0 },
        Action::NextPanel => move_focus(app, 1),
        Action::PrevPanel => move_focus(app, -1),
        Action::SelectPanel(panel) if app.panels().contains(&panel) => set_focus(app, panel),
        Action::SwitchPane => {
            app.lower = match app.lower {
                LowerPane::Transcript => LowerPane::Hints,
                LowerPane::Hints => LowerPane::Transcript,
            }
        }
        Action::SearchStart | Action::SearchNext | Action::SearchPrev | Action::CopyLine => {
            return search::on_key(app, action);
        }
        Action::ScrollUp => scroll(app, -1),
        Action::ScrollDown => scroll(app, 1),
        Action::PageUp => scroll(app, -(PAGE as isize)),
        Action::PageDown => scroll(app, PAGE as isize),
        Action::ScrollTop => scroll(app, isize::MIN / 2),
        Action::ScrollBottom => scroll(app, isize::MAX / 2),
        Action::ToggleHintScope => {
            app.hint_scope = match app.hint_scope {
                HintScope::All => HintScope::Focused,
                HintScope::Focused => HintScope::All,
            };
            app.hints_scroll = 0;
        }
        Action::ToggleLang => {
            app.lang = app.lang.toggled();
            refresh_findings(app);
        }
        Action::Rerun if app.plan.is_some() => return start_run(app, ProbeScope::Full),
        Action::SignIn if app.plan.is_some() => return start_sign_in(app, false),
        Action::TogglePause => {
            app.paused = !app.paused;
            schedule(app);
        }
        Action::IntervalUp => change_interval(app, true),
        Action::IntervalDown => change_interval(app, false),
        Action::Edit => app.overlay = Overlay::Editor(Form::new(app.plan.as_deref(), app.focus)),
        Action::Presets => {
            app.overlay = Overlay::Picker(Picker {
                filter: String::new(),
                selected: 0,
                form: Form::new(app.plan.as_deref(), app.focus),
            })
        }
        Action::Scan => return start_scan(app),
        Action::Guided => {
            app.overlay = Overlay::Guided {
                step: guide_of(app).start,
            }
        }
        Action::SaveReport => match &app.plan {
            Some(plan) => {
                return vec![Cmd::SaveReport {
                    outcome: Box::new(outcome(app, plan)),
                    plan: Arc::clone(plan),
                }];
            }
            None => {
                app.notice = Some(Notice {
                    text: words(app.lang).nothing_to_save.to_string(),
                    error: true,
                })
            }
        },
        _ => {}
    }
    Vec::new()
}

fn on_editor(app: &mut App, action: Action) -> Vec<Cmd> {
    let Overlay::Editor(form) = &mut app.overlay else {
        return Vec::new();
    };
    match action {
        Action::NextField => form.next_field(),
        Action::PrevField => form.prev_field(),
        Action::CycleBack => form.cycle(false),
        Action::CycleForward => form.cycle(true),
        Action::DeleteChar => form.delete_char(),
        Action::ClearField => form.clear_field(),
        Action::Discover => {
            let email = form.email.trim().to_string();
            match email.split_once('@') {
                Some((user, domain)) if !user.is_empty() && domain.contains('.') => {
                    form.looking_up = true;
                    form.source = None;
                    let base = app.plan.clone();
                    return vec![Cmd::Discover { email, base }];
                }
                _ => form.error = Some(FormError::BadAddress(Field::Email)),
            }
        }
        Action::Presets => {
            let form = form.clone();
            app.overlay = Overlay::Picker(Picker {
                filter: String::new(),
                selected: 0,
                form,
            });
        }
        Action::Close if !form.setup => app.overlay = Overlay::None,
        // On the set-up screen, Escape goes back to the provider list.
        Action::Close if !app.presets.is_empty() => {
            let form = form.clone();
            app.overlay = Overlay::Picker(Picker {
                filter: String::new(),
                selected: 0,
                form,
            });
        }
        Action::Apply if form.ca_to_read().is_some() => {
            // Read and checked first, like --ca-file; applied when it answers.
            let path = form.ca_to_read().unwrap_or_default();
            return vec![Cmd::ReadCaFile { path }];
        }
        Action::Apply => match form.to_plan(app.plan.as_deref()) {
            Ok(plan) => {
                let said = changes::describe(app.plan.as_deref(), &plan, app.lang);
                let cmds = apply_plan(app, plan);
                app.notice = said.map(|text| Notice { text, error: false });
                return cmds;
            }
            Err(e) => form.error = Some(e),
        },
        _ => {}
    }
    Vec::new()
}

fn on_picker(app: &mut App, action: Action) -> Vec<Cmd> {
    let Overlay::Picker(picker) = &mut app.overlay else {
        return Vec::new();
    };
    let matches = presets::filter(&app.presets, &picker.filter);
    match action {
        Action::Up => picker.selected = picker.selected.saturating_sub(1),
        Action::Down => {
            picker.selected = (picker.selected + 1).min(matches.len().saturating_sub(1))
        }
        Action::DeleteChar => {
            picker.filter.pop();
            picker.selected = 0;
        }
        Action::Pick => {
            if let Some(index) = matches.get(picker.selected) {
                let mut form = picker.form.clone();
                form.apply_preset(&app.presets[*index]);
                app.overlay = Overlay::Editor(form);
            }
        }
        Action::Close => app.overlay = Overlay::Editor(picker.form.clone()),
        _ => {}
    }
    Vec::new()
}

fn on_typed(app: &mut App, c: char) {
    if app.context() == Context::Search {
        return app.search.push(c);
    }
    match &mut app.overlay {
        Overlay::Editor(form) => form.type_char(c),
        Overlay::Help { scroll, search } => {
            if search.text.chars().count() < 40 {
                search.text.push(c);
            }
            *scroll = 0;
        }
        Overlay::Picker(picker) => {
            if picker.filter.chars().count() < 64 {
                picker.filter.push(c);
            }
            picker.selected = 0;
        }
        _ => {}
    }
}

fn on_scan(app: &mut App, action: Action) -> Vec<Cmd> {
    let Overlay::Scan(view) = &mut app.overlay else {
        return Vec::new();
    };
    let rows: &[ScanRow] = match &view.result {
        Some(Ok(rows)) => rows,
        _ => &[],
    };
    match action {
        Action::Up => view.selected = view.selected.saturating_sub(1),
        Action::Down => view.selected = (view.selected + 1).min(rows.len().saturating_sub(1)),
        Action::Close => app.overlay = Overlay::None,
        Action::Pick => {
            let (Some(row), Some(plan)) = (rows.get(view.selected), app.plan.as_deref()) else {
                return Vec::new();
            };
            let mut plan = plan.clone();
            let endpoint = match view.protocol {
                Protocol::Pop3 | Protocol::Imap => plan.incoming.as_mut(),
                Protocol::Smtp => plan.outgoing.as_mut(),
            };
            if let Some(endpoint) = endpoint {
                endpoint.port = row.port;
                endpoint.security = row.security;
            }
            let unencrypted = row.security == Security::None;
            let said = changes::describe(app.plan.as_deref(), &plan, app.lang);
            let cmds = apply_plan(app, plan);
            let mut text: Vec<String> = Vec::new();
            if unencrypted {
                // Never applied silently: the person reads first what giving up encryption
                // means.
                text.push(words(app.lang).scan_unencrypted_applied.to_string());
            }
            text.extend(said);
            app.notice = (!text.is_empty()).then(|| Notice {
                text: text.join("\n"),
                error: unencrypted,
            });
            return cmds;
        }
        _ => {}
    }
    Vec::new()
}

fn start_scan(app: &mut App) -> Vec<Cmd> {
    let Some(plan) = &app.plan else {
        return Vec::new();
    };
    let protocol = match plan.protocol_of(app.focus) {
        Some(protocol) => protocol,
        None => {
            app.notice = Some(Notice {
                text: words(app.lang).scan_needs_mail_panel.to_string(),
                error: true,
            });
            return Vec::new();
        }
    };
    let plan = Arc::clone(plan);
    app.scanning = true;
    app.overlay = Overlay::Scan(ScanView {
        protocol,
        result: None,
        selected: 0,
    });
    vec![Cmd::Scan { plan, protocol }]
}

/// New settings: forget the old results and check at once, login included. Applying settings
/// is the person asking, like `r`: the login runs once more even when it failed before and
/// nothing changed. Only the interval's connection checks hold it back.
fn apply_plan(app: &mut App, plan: Plan) -> Vec<Cmd> {
    app.login_hold = None;
    app.plan = Some(Arc::new(plan));
    app.overlay = Overlay::None;
    app.runs = Runs::default();
    app.findings.clear();
    app.history = Default::default();
    app.transcript_back = 0;
    app.search.current = None;
    app.hints_scroll = 0;
    let panels = app.panels();
    if !panels.contains(&app.focus)
        && let Some(first) = panels
            .iter()
            .find(|p| **p != Panel::Network)
            .or(panels.first())
    {
        app.focus = *first;
    }
    start_run(app, ProbeScope::Full)
}

/// Open the sign-in overlay and start the device flow; at start-up only when the dashboard was
/// given a provider (`quiet`: no notice otherwise).
fn start_sign_in(app: &mut App, quiet: bool) -> Vec<Cmd> {
    if quiet && app.sign_in.is_none() {
        return Vec::new();
    }
    match sign_in::open(app) {
        Some(request) => vec![
            Cmd::CancelSignIn,
            Cmd::SignIn {
                request,
                extra_ca_pem: app.plan.as_ref().and_then(|p| p.extra_ca_pem.clone()),
            },
        ],
        None => Vec::new(),
    }
}

fn start_run(app: &mut App, scope: ProbeScope) -> Vec<Cmd> {
    let Some(plan) = &app.plan else {
        return Vec::new();
    };
    let plan = Arc::clone(plan);
    let mut cmds = Vec::new();
    if let Some(old) = app.active.take() {
        cmds.push(Cmd::Cancel(old.id));
    }
    let run = app.next_run_id;
    app.next_run_id += 1;
    app.active = Some(ActiveRun { id: run, scope });
    app.next_due_ms = None;
    app.runs.begin(scope, &plan);
    cmds.push(Cmd::Probe {
        run,
        plan: Arc::clone(&plan),
        scope,
    });
    // A side whose setting contradicts its port is scanned from the start, as `check` does;
    // what it finds counts only if the panel then fails to connect.
    if scope == ProbeScope::Full {
        let sides: Vec<Protocol> = plan
            .mail_protocols()
            .into_iter()
            .filter(|p| working_settings::suspect_mismatch(&plan, *p))
            .collect();
        cmds.extend(ask_for_working_settings(app, run, &plan, sides));
    }
    cmds
}

/// Set when the next connection check is due: an interval after the last run ended.
fn schedule(app: &mut App) {
    app.next_due_ms = match (app.paused, app.active, app.last_run_end_ms, &app.plan) {
        (false, None, Some(end), Some(_)) => Some(end + app.interval.as_millis() as i64),
        _ => None,
    };
}

fn change_interval(app: &mut App, longer: bool) {
    let now = app.interval.as_secs();
    let next = if longer {
        INTERVALS_SECS.iter().copied().find(|s| *s > now)
    } else {
        INTERVALS_SECS.iter().rev().copied().find(|s| *s < now)
    };
    if let Some(secs) = next {
        app.interval = Duration::from_secs(secs);
        schedule(app);
    }
}

fn move_focus(app: &mut App, step: isize) {
    let panels = app.panels();
    if panels.is_empty() {
        return;
    }
    let at = panels.iter().position(|p| *p == app.focus).unwrap_or(0) as isize;
    let n = panels.len() as isize;
    let next = panels[((at + step).rem_euclid(n)) as usize];
    set_focus(app, next);
}

/// After the first check, focus the first mail panel that failed when the focused one did not,
/// so its transcript and steps are the ones a key away.
fn focus_first_failure(app: &mut App) {
    let failed = |p: Panel| {
        app.runs
            .panel(p)
            .is_some_and(|v| v.report.status == crate::model::StepStatus::Failed)
    };
    if failed(app.focus) {
        return;
    }
    if let Some(panel) = [Panel::Incoming, Panel::Outgoing]
        .into_iter()
        .find(|p| app.panels().contains(p) && failed(*p))
    {
        set_focus(app, panel);
    }
}

fn set_focus(app: &mut App, panel: Panel) {
    if app.focus != panel {
        app.focus = panel;
        app.transcript_back = 0;
        app.search.current = None;
        // The hints put the focused panel's problems first: show them from the top.
        app.hints_scroll = 0;
    }
}

/// Scroll the selected lower pane by `delta` lines (negative: towards the start).
fn scroll(app: &mut App, delta: isize) {
    match app.lower {
        LowerPane::Transcript => {
            // The selection follows the view again.
            app.search.current = None;
            let len = app.runs.transcript(app.focus).len();
            // Scrolling up moves away from the end, and stops where the first page shows.
            let first_page = app.transcript_first_page.get().max(1);
            let back = app.transcript_back as isize - delta;
            app.transcript_back = back.clamp(0, len.saturating_sub(first_page) as isize) as usize;
        }
        LowerPane::Hints => {
            let max = app
                .metrics
                .hints_lines
                .saturating_sub(app.metrics.hints_height);
            let at = app.hints_scroll as isize + delta;
            app.hints_scroll = at.clamp(0, max as isize) as usize;
        }
    }
}

/// Look for the settings that work instead for each mail panel that failed to connect, as soon
/// as that panel has finished (the others may still run), and once more at the end of the run
/// for any side not asked yet: after every full check, as `check` does, and after a connection
/// check only for a side not looked at with these settings yet. Each side is scanned once per
/// run.
fn look_for_working_settings(app: &mut App, run: RunId, scope: ProbeScope) -> Vec<Cmd> {
    let Some(plan) = app.plan.clone() else {
        return Vec::new();
    };
    let state = app.runs.view();
    let this_run = app.looking_for_working == Some(run) || app.working_run == Some(run);
    let asked: Vec<Panel> = match &app.working_found {
        Some(found) if this_run => found.panels.clone(),
        _ => Vec::new(),
    };
    let sides: Vec<Protocol> = plan
        .mail_protocols()
        .into_iter()
        .filter(|p| working_settings::side_to_scan_now(&plan, &state, *p))
        .filter(|p| !asked.contains(&plan.panel_of(*p)))
        .filter(|p| {
            // A connection check asks only about a side not looked at with these settings.
            scope == ProbeScope::Full
                || !app
                    .alternatives()
                    .is_some_and(|found| found.panels.contains(&plan.panel_of(*p)))
        })
        .collect();
    ask_for_working_settings(app, run, &plan, sides)
}

/// Ask for the working-settings scan of these sides as part of `run`'s scans.
fn ask_for_working_settings(
    app: &mut App,
    run: RunId,
    plan: &Arc<Plan>,
    sides: Vec<Protocol>,
) -> Vec<Cmd> {
    if sides.is_empty() {
        return Vec::new();
    }
    let this_run = app.looking_for_working == Some(run) || app.working_run == Some(run);
    let panels: Vec<Panel> = sides.iter().map(|p| plan.panel_of(*p)).collect();
    if this_run {
        if let Some(found) = &mut app.working_found {
            found.panels.extend(panels);
        }
    } else {
        // What an earlier scan found holds until this run's answers come, when the settings
        // are the same.
        let alternatives = app
            .alternatives()
            .map(|found| found.alternatives.clone())
            .unwrap_or_default();
        app.working_found = Some(WorkingFound {
            plan: Arc::clone(plan),
            panels,
            alternatives,
        });
        app.working_run = Some(run);
        app.working_scans_pending = 0;
    }
    app.looking_for_working = Some(run);
    app.working_scans_pending += 1;
    vec![Cmd::FindWorkingSettings {
        run,
        plan: Arc::clone(plan),
        sides,
    }]
}

/// The engine's outcome of what is on screen, in the current language, judged at the time of
/// the last message.
fn outcome(app: &App, plan: &Plan) -> Outcome {
    let none = Alternatives::default();
    engine::conclude(engine::Inputs {
        state: &app.runs.view(),
        plan,
        alternatives: app
            .alternatives()
            .map_or(&none, |found| &found.alternatives),
        presets: &app.provider_presets,
        lang: app.lang,
        now_unix: app.clock_ms.div_euclid(1000),
    })
}

/// Run diagnosis again on what is on screen, in the current language.
fn refresh_findings(app: &mut App) {
    let Some(plan) = app.plan.clone() else {
        app.findings.clear();
        app.working_settings.clear();
        return;
    };
    let outcome = outcome(app, &plan);
    app.findings = outcome.findings;
    app.working_settings = outcome.working_settings;
}
