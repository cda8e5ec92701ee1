//! The dashboard drawn on a test backend at 80×24 and 160×48: a healthy account, a failing one,
//! the editor, the help and guided mode, built from synthetic probe events.

mod support;

use mailtriage::finding::Lang;
use mailtriage::tui::app::{App, Overlay};
use mailtriage::tui::msg::Msg;
use mailtriage::tui::theme::Theme;
use mailtriage::tui::update::update;
use ratatui::crossterm::event::KeyCode;
use support::tui as tui_support;
use tui_support::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn failing_app() -> App {
    let mut app = app_after(failing_events());
    app.findings = failing_findings();
    app
}

fn snapshot_at_both_sizes(name: &str, app: &mut App) {
    for (width, height) in SIZES {
        let terminal = draw(app, width, height);
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), terminal.backend());
    }
}

#[test]
fn healthy_account() {
    let mut app = app_after(healthy_events());
    snapshot_at_both_sizes("healthy", &mut app);
}

#[test]
fn failing_account() {
    let mut app = failing_app();
    snapshot_at_both_sizes("failing", &mut app);
}

#[test]
fn failing_account_transcript_in_spanish_ascii() {
    let mut app = failing_app();
    app.theme = Theme {
        color: false,
        ascii: true,
    };
    update(&mut app, ch('l'));
    app.findings = failing_findings();
    update(&mut app, ch('t'));
    let terminal = draw(&mut app, 80, 24);
    insta::assert_snapshot!("failing_es_ascii_transcript_80x24", terminal.backend());
}

#[test]
fn a_run_in_progress() {
    let mut app = app_with_plan();
    let run = probe_run(&update(&mut app, Msg::Start { at_ms: T0 })).unwrap();
    let events = healthy_events();
    let half = events.len() / 2;
    for (i, event) in events.into_iter().take(half).enumerate() {
        update(
            &mut app,
            Msg::Probe {
                run,
                event,
                at_ms: T0 + i as i64,
            },
        );
    }
    let terminal = draw(&mut app, 80, 24);
    insta::assert_snapshot!("running_80x24", terminal.backend());
}

#[test]
fn editor() {
    let mut app = failing_app();
    update(&mut app, ch('e'));
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Tab));
    snapshot_at_both_sizes("editor", &mut app);
}

#[test]
fn setup_screen() {
    let mut app = App::new(None, config(Lang::En));
    type_text(&mut app, "g");
    let terminal = draw(&mut app, 80, 24);
    insta::assert_snapshot!("setup_picker_80x24", terminal.backend());
    update(&mut app, key(KeyCode::Enter));
    let terminal = draw(&mut app, 80, 24);
    insta::assert_snapshot!("setup_form_80x24", terminal.backend());
}

#[test]
fn help() {
    let mut app = app_after(healthy_events());
    update(&mut app, ch('?'));
    snapshot_at_both_sizes("help", &mut app);
}

#[test]
fn guided_mode() {
    let mut app = failing_app();
    update(&mut app, ch('g'));
    // It opens on the first problem.
    let start = mailtriage::tui::guide::guide_of(&app).start;
    assert!(start > 0);
    assert_eq!(app.overlay, Overlay::Guided { step: start });
    snapshot_at_both_sizes("guided", &mut app);
    update(&mut app, ch('l'));
    app.findings = failing_findings();
    let terminal = draw(&mut app, 80, 24);
    insta::assert_snapshot!("guided_es_80x24", terminal.backend());
}

#[test]
fn every_size_from_small_to_wide_draws_without_panic() {
    let mut app = failing_app();
    for width in [1, 20, 59, 60, 79, 80, 119, 120, 200] {
        for height in [1, 10, 15, 16, 24, 48] {
            draw(&mut app, width, height);
        }
    }
}

#[test]
fn without_colour_no_cell_is_coloured() {
    let mut app = failing_app();
    app.theme = Theme {
        color: false,
        ascii: false,
    };
    for (width, height) in SIZES {
        let terminal = draw(&mut app, width, height);
        let buffer = terminal.backend().buffer();
        for cell in buffer.content() {
            assert_eq!(cell.fg, ratatui::style::Color::Reset, "{:?}", cell);
            assert_eq!(cell.bg, ratatui::style::Color::Reset, "{:?}", cell);
        }
    }
}

#[test]
fn ascii_mode_draws_no_symbol_outside_ascii() {
    let mut app = failing_app();
    app.theme = Theme {
        color: true,
        ascii: true,
    };
    let terminal = draw(&mut app, 160, 48);
    // Letters of the texts may be accented; every symbol, border and marker must be ASCII.
    for cell in terminal.backend().buffer().content() {
        let symbol = cell.symbol();
        assert!(
            symbol.chars().all(|c| c.is_ascii() || c.is_alphabetic()),
            "{symbol:?}"
        );
    }
}
