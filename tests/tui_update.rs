//! `update` fed with message sequences: scheduling, the login hold, the editor, the picker,
//! overlays, scrolling and the effects asked for.

mod support;

use std::time::Duration;
use support::tui as tui_support;

use mailtriage::account::{Protocol, Security};
use mailtriage::finding::Lang;
use mailtriage::model::{EventKind, Panel, StepKind, StepStatus};
use mailtriage::port_scan::Verdict;
use mailtriage::tui::app::{App, HintScope, LowerPane, Overlay, ProbeScope};
use mailtriage::tui::engine::{Engine, ScanRow};
use mailtriage::tui::form::{Field, FormError};
use mailtriage::tui::live_engine::LiveEngine;
use mailtriage::tui::msg::Msg;
use mailtriage::tui::update::{Cmd, update};
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

fn step_of(kind: &EventKind) -> Option<StepKind> {
    match kind {
        EventKind::StepStarted { step, .. } => Some(*step),
        EventKind::StepFinished(record) => Some(record.step),
        _ => None,
    }
}

fn scopes(cmds: &[Cmd]) -> Vec<ProbeScope> {
    cmds.iter()
        .filter_map(|c| match c {
            Cmd::Probe { scope, .. } => Some(*scope),
            _ => None,
        })
        .collect()
}

#[test]
fn a_plan_starts_a_full_check_and_none_opens_the_setup() {
    let mut app = app_with_plan();
    let cmds = update(&mut app, Msg::Start { at_ms: T0 });
    assert_eq!(scopes(&cmds), [ProbeScope::Full]);
    assert!(app.animating());

    let mut setup = App::new(None, config(Lang::En));
    assert!(update(&mut setup, Msg::Start { at_ms: T0 }).is_empty());
    assert!(matches!(setup.overlay, Overlay::Picker(_)));

    let mut bare = config(Lang::En);
    bare.presets.clear();
    let setup = App::new(None, bare);
    assert!(matches!(&setup.overlay, Overlay::Editor(form) if form.setup));
}

#[test]
fn a_finished_run_schedules_a_connection_check_and_pause_stops_it() {
    let mut app = app_after(healthy_events());
    assert!(!app.animating());
    let end = app.last_run_end_ms.unwrap();
    assert_eq!(app.next_due_ms, Some(end + 30_000));

    let cmds = update(
        &mut app,
        Msg::IntervalDue {
            at_ms: end + 30_000,
        },
    );
    assert_eq!(scopes(&cmds), [ProbeScope::Connection]);
    assert_eq!(app.next_due_ms, None);
    let run = probe_run(&cmds).unwrap();
    update(
        &mut app,
        Msg::RunFinished {
            run,
            at_ms: end + 30_100,
        },
    );
    assert_eq!(app.next_due_ms, Some(end + 60_100));

    update(&mut app, ch('p'));
    assert!(app.paused);
    assert_eq!(app.next_due_ms, None);
    assert!(
        update(
            &mut app,
            Msg::IntervalDue {
                at_ms: end + 60_100
            }
        )
        .is_empty()
    );
    update(&mut app, ch('p'));
    assert_eq!(app.next_due_ms, Some(end + 60_100));
}

#[test]
fn plus_and_minus_step_the_interval_and_reschedule() {
    let mut app = app_after(healthy_events());
    let end = app.last_run_end_ms.unwrap();
    update(&mut app, ch('+'));
    assert_eq!(app.interval, Duration::from_secs(60));
    assert_eq!(app.next_due_ms, Some(end + 60_000));
    update(&mut app, ch('-'));
    update(&mut app, ch('-'));
    assert_eq!(app.interval, Duration::from_secs(15));
    for _ in 0..10 {
        update(&mut app, ch('-'));
    }
    assert_eq!(app.interval, Duration::from_secs(5));
}

#[test]
fn events_of_a_cancelled_run_are_dropped() {
    let mut app = app_with_plan();
    let first = probe_run(&update(&mut app, Msg::Start { at_ms: T0 })).unwrap();
    let cmds = update(&mut app, ch('r'));
    assert!(matches!(cmds[0], Cmd::Cancel(id) if id == first));
    let second = probe_run(&cmds).unwrap();
    assert_ne!(first, second);
    feed_run(&mut app, first, healthy_events(), T0);
    assert!(app.runs.view().panels.is_empty());
    assert_eq!(app.active.map(|a| a.id), Some(second));
}

#[test]
fn a_failed_login_is_not_retried_on_its_own() {
    let mut app = app_after(failing_events());
    assert!(app.login_held());
    // The interval only checks the connection.
    let end = app.last_run_end_ms.unwrap();
    let cmds = update(
        &mut app,
        Msg::IntervalDue {
            at_ms: end + 30_000,
        },
    );
    assert_eq!(scopes(&cmds), [ProbeScope::Connection]);
    let run = probe_run(&cmds).unwrap();
    update(
        &mut app,
        Msg::RunFinished {
            run,
            at_ms: end + 30_050,
        },
    );
    assert!(app.login_held());

    // Changing only the port is the person asking: the full check runs at once, login included.
    update(&mut app, ch('e'));
    let Overlay::Editor(form) = &mut app.overlay else {
        panic!("e opens the editor");
    };
    form.focus = Field::IncomingPort;
    update(&mut app, ctrl('u'));
    type_text(&mut app, "110");
    let cmds = update(&mut app, key(KeyCode::Enter));
    assert_eq!(scopes(&cmds), [ProbeScope::Full]);
    assert_eq!(
        app.plan.as_ref().unwrap().incoming.as_ref().unwrap().port,
        110
    );
    // It fails again: held again, and the interval goes back to connection checks.
    let run = probe_run(&cmds).unwrap();
    let end = feed_run(&mut app, run, failing_events(), end + 40_000);
    assert!(app.login_held());
    let cmds = update(
        &mut app,
        Msg::IntervalDue {
            at_ms: end + 30_000,
        },
    );
    assert_eq!(scopes(&cmds), [ProbeScope::Connection]);

    // A new password releases the hold and logs in at once.
    update(&mut app, ch('e'));
    let Overlay::Editor(form) = &mut app.overlay else {
        panic!("e opens the editor");
    };
    form.focus = Field::Password;
    update(&mut app, ctrl('u'));
    type_text(&mut app, "battery staple");
    let cmds = update(&mut app, key(KeyCode::Enter));
    assert!(matches!(cmds[0], Cmd::Cancel(_)));
    assert_eq!(scopes(&cmds), [ProbeScope::Full]);
    assert!(app.login_hold.is_none());
}

#[test]
fn asking_explicitly_logs_in_again() {
    let mut app = app_after(failing_events());
    let cmds = update(&mut app, ch('r'));
    assert_eq!(scopes(&cmds), [ProbeScope::Full]);
    // The retry worked: the hold goes away.
    let run = probe_run(&cmds).unwrap();
    feed_run(&mut app, run, healthy_events(), T0 + 60_000);
    assert!(!app.login_held());
}

#[test]
fn the_failed_login_stays_on_screen_after_a_connection_check() {
    let mut app = app_after(failing_events());
    let end = app.last_run_end_ms.unwrap();
    let run = probe_run(&update(
        &mut app,
        Msg::IntervalDue {
            at_ms: end + 30_000,
        },
    ))
    .unwrap();
    // The connection check repeats the incoming steps before login, and no more.
    let connection_only: Vec<_> = failing_events()
        .into_iter()
        .filter(|e| {
            e.panel != Panel::Incoming || step_of(&e.kind).is_none_or(|k| k.chain_order() < 6)
        })
        .collect();
    feed_run(&mut app, run, connection_only, end + 30_000);
    let incoming = app.runs.panel(Panel::Incoming).unwrap();
    assert_eq!(incoming.report.status, StepStatus::Failed);
    assert!(incoming.carried_from.is_some());
    assert_eq!(app.history[1].len(), 2);
}

#[test]
fn latency_samples_are_kept_per_panel() {
    let app = app_after(failing_events());
    assert_eq!(app.history[0].back(), Some(&Some(21)));
    assert_eq!(app.history[1].back(), Some(&Some(22)));
    // The SMTP port refused: no sample.
    assert_eq!(
        app.history[mailtriage::tui::runs::panel_index(Panel::Outgoing)].back(),
        Some(&None)
    );
}

#[test]
fn focus_moves_through_the_panels() {
    let mut app = app_with_plan();
    assert_eq!(app.focus, Panel::Incoming);
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.focus, Panel::Outgoing);
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.focus, Panel::Network);
    update(&mut app, key(KeyCode::Left));
    assert_eq!(app.focus, Panel::Outgoing);
    update(&mut app, ch('2'));
    assert_eq!(app.focus, Panel::Incoming);
}

#[test]
fn transcript_scrolls_back_and_follows_again() {
    let mut app = app_after(healthy_events());
    update(&mut app, ch('t'));
    assert_eq!(app.lower, LowerPane::Transcript);
    update(&mut app, key(KeyCode::Up));
    update(&mut app, key(KeyCode::Up));
    assert_eq!(app.transcript_back, 2);
    update(&mut app, key(KeyCode::Home));
    let len = app.runs.transcript(Panel::Incoming).len();
    assert_eq!(app.transcript_back, len - 1);
    update(&mut app, key(KeyCode::End));
    assert_eq!(app.transcript_back, 0);
    update(&mut app, key(KeyCode::Down));
    assert_eq!(app.transcript_back, 0);
}

#[test]
fn hint_scope_and_language_toggle() {
    let mut app = app_after(failing_events());
    update(&mut app, ch('f'));
    assert_eq!(app.hint_scope, HintScope::Focused);
    app.findings = failing_findings();
    assert_eq!(app.visible_findings().len(), 1);
    update(&mut app, ch('f'));
    assert_eq!(app.visible_findings().len(), 2);
    update(&mut app, ch('l'));
    assert_eq!(app.lang, Lang::Es);
    update(&mut app, ch('l'));
    assert_eq!(app.lang, Lang::Pt);
    update(&mut app, ch('l'));
    assert_eq!(app.lang, Lang::En);
}

#[test]
fn overlays_open_and_close() {
    let mut app = app_with_plan();
    update(&mut app, ch('?'));
    assert!(matches!(app.overlay, Overlay::Help { .. }));
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Overlay::None);

    update(&mut app, ch('g'));
    for _ in 0..20 {
        update(&mut app, key(KeyCode::Right));
    }
    assert_eq!(app.overlay, Overlay::Guided { step: 8 });
    update(&mut app, key(KeyCode::Left));
    assert_eq!(app.overlay, Overlay::Guided { step: 7 });
    update(&mut app, ch('l'));
    assert_eq!(app.lang, Lang::Es);
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Overlay::None);

    // Keys of the dashboard do nothing while an overlay is open.
    update(&mut app, ch('e'));
    update(&mut app, ch('q'));
    assert!(!app.quit);
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn a_bad_port_is_refused_with_a_reason() {
    let mut app = app_with_plan();
    update(&mut app, ch('e'));
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, ctrl('u'));
    let cmds = update(&mut app, key(KeyCode::Enter));
    assert!(cmds.is_empty());
    let Overlay::Editor(form) = &app.overlay else {
        panic!("the editor stays open");
    };
    assert_eq!(form.error, Some(FormError::BadPort(Field::IncomingPort)));
}

#[test]
fn security_cycles_in_the_editor_and_applies() {
    let mut app = app_with_plan();
    update(&mut app, Msg::Start { at_ms: T0 });
    update(&mut app, ch('e'));
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Right));
    let cmds = update(&mut app, key(KeyCode::Enter));
    assert_eq!(scopes(&cmds), [ProbeScope::Full]);
    let incoming = app.plan.as_ref().unwrap().incoming.clone().unwrap();
    assert_eq!(
        (incoming.port, incoming.security),
        (110, Security::Starttls)
    );
    assert!(app.runs.view().panels.is_empty());
}

#[test]
fn setup_picks_a_provider_then_takes_the_credentials() {
    let mut app = App::new(None, config(Lang::En));
    type_text(&mut app, "gm");
    update(&mut app, key(KeyCode::Down));
    let cmds = update(&mut app, key(KeyCode::Enter));
    assert!(cmds.is_empty());
    let Overlay::Editor(form) = &app.overlay else {
        panic!("picking fills the form");
    };
    assert_eq!(form.incoming.host, "pop.gmx.com");
    assert_eq!(form.outgoing.port, "587");
    assert_eq!(form.focus, Field::User);
    // Escape goes back to the list, keeping what was filled in; a second one returns.
    update(&mut app, key(KeyCode::Esc));
    assert!(matches!(app.overlay, Overlay::Picker(_)));
    update(&mut app, key(KeyCode::Esc));
    let Overlay::Editor(form) = &app.overlay else {
        panic!("escape returns to the form");
    };
    assert_eq!(form.incoming.host, "pop.gmx.com");

    type_text(&mut app, "bob@gmx.com");
    update(&mut app, key(KeyCode::Tab));
    type_text(&mut app, "pw");
    let cmds = update(&mut app, key(KeyCode::Enter));
    assert_eq!(scopes(&cmds), [ProbeScope::Full]);
    let plan = app.plan.as_ref().unwrap();
    assert_eq!(plan.user.as_deref(), Some("bob@gmx.com"));
    assert_eq!(plan.password.as_ref().unwrap().expose(), "pw");
    assert_eq!(app.overlay, Overlay::None);

    let cmds = update(&mut app, ctrl('c'));
    assert!(matches!(cmds.last(), Some(Cmd::Quit)));
    assert!(app.quit);
}

#[test]
fn the_picker_reopens_from_the_editor_and_keeps_the_form() {
    let mut app = app_with_plan();
    update(&mut app, ch('e'));
    update(&mut app, ctrl('p'));
    assert!(matches!(app.overlay, Overlay::Picker(_)));
    type_text(&mut app, "zzz");
    update(&mut app, key(KeyCode::Enter));
    assert!(
        matches!(app.overlay, Overlay::Picker(_)),
        "no match: nothing to pick"
    );
    update(&mut app, key(KeyCode::Esc));
    let Overlay::Editor(form) = &app.overlay else {
        panic!("escape returns to the form");
    };
    assert_eq!(form.incoming.host, "pop.example.org");
}

#[test]
fn saving_a_report_is_an_effect() {
    let mut app = app_after(failing_events());
    let cmds = update(&mut app, ch('w'));
    let Some(Cmd::SaveReport { outcome, plan }) = cmds.first() else {
        panic!("w asks to save a report");
    };
    assert_eq!(outcome.state.panels.len(), 3);
    // What is saved is what the hints show.
    assert_eq!(outcome.findings, app.findings);
    assert_eq!(plan.user.as_deref(), Some("alice@example.org"));

    // The real writer, into a folder of its own, as the dashboard's loop runs it.
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("mailtriage").join("reports");
    let saved = LiveEngine::new().save_report(outcome, plan, &dir).unwrap();
    let name = saved.markdown.file_name().unwrap().to_str().unwrap();
    assert!(
        name.starts_with("mailtriage-alice_example.org-") && name.ends_with(".md"),
        "{name}"
    );
    assert_eq!(saved.json, saved.markdown.with_extension("json"));
    update(&mut app, Msg::ReportSaved(Ok(saved.clone())));
    assert!(!app.notice.as_ref().unwrap().error);
    // Both full paths are on screen, whole, at 80×24 and on a wide terminal.
    for (width, height) in [(80, 24), (200, 50)] {
        let screen = screen_rows(&mut app, width, height).join("\n");
        for path in [&saved.markdown, &saved.json] {
            let path = path.display().to_string();
            assert!(path.starts_with('/'), "{path}");
            let joined = screen.replace(['\n', ' '], "");
            assert!(
                joined.contains(&path.replace(' ', "")),
                "{path} not on the {width}x{height} screen:\n{screen}"
            );
        }
        assert!(screen.contains("Report saved"), "{screen}");
    }

    // In Spanish too.
    let mut es = App::new(Some(tui_support::plan()), config(Lang::Es));
    update(&mut es, Msg::ReportSaved(Ok(saved.clone())));
    let screen = screen_rows(&mut es, 80, 24).join("\n");
    assert!(screen.contains("Informe guardado"), "{screen}");
    assert!(screen.replace('\n', "").contains(name), "{screen}");

    // A second save in the same minute keeps the first.
    let again = LiveEngine::new().save_report(outcome, plan, &dir).unwrap();
    assert_ne!(again.markdown, saved.markdown);
    assert!(saved.markdown.exists() && again.json.exists());

    update(&mut app, ch('t'));
    assert!(app.notice.is_none());
    update(&mut app, Msg::ReportSaved(Err("disk full".into())));
    assert!(app.notice.as_ref().unwrap().error);

    let mut setup = App::new(None, config(Lang::En));
    setup.overlay = Overlay::None;
    assert!(update(&mut setup, ch('w')).is_empty());
    assert!(setup.notice.as_ref().unwrap().error);
}

#[test]
fn a_scan_result_can_be_applied() {
    let mut app = app_after(failing_events());
    update(&mut app, ch('1'));
    assert!(update(&mut app, ch('s')).is_empty());
    assert!(app.notice.is_some());

    update(&mut app, ch('3'));
    let cmds = update(&mut app, ch('s'));
    assert!(matches!(
        cmds[0],
        Cmd::Scan {
            protocol: Protocol::Smtp,
            ..
        }
    ));
    assert!(app.scanning && app.animating());
    let rows = vec![
        ScanRow {
            port: 587,
            security: Security::Starttls,
            status: StepStatus::Failed,
            verdict: Verdict::Refused,
            recommended: false,
            detail: "refused".into(),
        },
        ScanRow {
            port: 465,
            security: Security::Tls,
            status: StepStatus::Ok,
            verdict: Verdict::Works,
            recommended: true,
            detail: "220 smtp.example.org ESMTP".into(),
        },
    ];
    update(
        &mut app,
        Msg::ScanFinished {
            protocol: Protocol::Smtp,
            result: Ok(rows),
        },
    );
    assert!(!app.scanning);
    update(&mut app, key(KeyCode::Down));
    let cmds = update(&mut app, key(KeyCode::Enter));
    // New settings: the full check, login included, even though the password did not change.
    assert_eq!(scopes(&cmds), [ProbeScope::Full]);
    let outgoing = app.plan.as_ref().unwrap().outgoing.clone().unwrap();
    assert_eq!((outgoing.port, outgoing.security), (465, Security::Tls));
}

#[test]
fn quitting_cancels_the_run() {
    let mut app = app_with_plan();
    let run = probe_run(&update(&mut app, Msg::Start { at_ms: T0 })).unwrap();
    let cmds = update(&mut app, ch('q'));
    assert!(matches!(cmds[..], [Cmd::Cancel(id), Cmd::Quit] if id == run));
    assert!(app.quit);
}

#[test]
fn ticks_only_move_the_spinner() {
    let mut app = app_with_plan();
    update(&mut app, Msg::Start { at_ms: T0 });
    let before = app.runs.clone();
    assert!(update(&mut app, Msg::Tick).is_empty());
    assert_eq!(app.spinner, 1);
    assert_eq!(app.runs, before);
}

/// The drawn screen as rows of text.
fn screen_rows(app: &mut App, width: u16, height: u16) -> Vec<String> {
    let terminal = draw(app, width, height);
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn the_hints_open_on_the_focused_panels_problem() {
    let mut app = app_after(failing_events());
    // An error on each mail panel, the incoming one first by order of importance.
    app.findings = failing_findings();
    let title_of = |app: &App, panel: Panel| {
        app.findings
            .iter()
            .find(|f| f.panel == panel)
            .map(|f| f.title.clone())
            .expect("a finding on each mail panel")
    };
    let incoming = title_of(&app, Panel::Incoming);
    let outgoing = title_of(&app, Panel::Outgoing);
    for (focus, first, other) in [
        ('3', &outgoing, &incoming),
        ('2', &incoming, &outgoing),
        ('3', &outgoing, &incoming),
    ] {
        update(&mut app, ch(focus));
        assert_eq!(app.hint_scope, HintScope::All);
        let shown = app.visible_findings();
        assert_eq!(&shown[0].title, first, "focus {focus}");
        assert!(shown.iter().any(|f| &f.title == other), "all panels listed");
        for (width, height) in [(80, 24), (200, 50)] {
            let rows = screen_rows(&mut app, width, height);
            // The first row of the hints pane that names a finding names the focused one.
            let head = |needle: &str| needle.chars().take(30).collect::<String>();
            let at = |title: &str| rows.iter().position(|r| r.contains(&head(title)));
            let first_at = at(first);
            assert!(
                first_at.is_some(),
                "{width}x{height} focus {focus}: {first:?} not on screen\n{}",
                rows.join("\n")
            );
            if let Some(other_at) = at(other) {
                assert!(
                    first_at < Some(other_at),
                    "{width}x{height} focus {focus}: {other:?} above {first:?}\n{}",
                    rows.join("\n")
                );
            }
        }
    }
}
