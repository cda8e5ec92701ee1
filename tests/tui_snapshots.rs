//! The dashboard drawn on a test backend at 80×24, 120×40, 160×48 and 200×50: a healthy
//! account, a failing one, the editor, the help and guided mode, built from synthetic probe
//! events.

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

/// Mail comes in but the outgoing server refuses the password: the findings are diagnosis's own.
fn receive_ok_send_fails_app(lang: Lang) -> App {
    let mut app = app_after(receive_ok_send_fails_events());
    if lang != app.lang {
        update(&mut app, ch('l'));
    }
    app
}

#[test]
fn receive_ok_send_fails_side_by_side_at_every_size() {
    let mut app = receive_ok_send_fails_app(Lang::En);
    // The failing side is focused after the first check: its transcript is the one shown.
    assert_eq!(app.focus, mailtriage::model::Panel::Outgoing);
    for (width, height) in [(80, 24), (120, 40), (200, 50)] {
        let terminal = draw(&mut app, width, height);
        let screen = format!("{:?}", terminal.backend());
        // Both sides, the verdict and the refused login with its reason, at every size.
        // A title too long for its panel drops "(POP3)", then the side's name, so the port and
        // the security always show whole.
        let (incoming, outgoing) = match width {
            80 => (
                "┌ POP3 · pop.example.org:995 SSL/TLS ",
                "┌ SMTP · smtp.example.org:587 STARTTLS ",
            ),
            120 => (
                "┌ Incoming · pop.example.org:995 SSL/TLS ",
                "┌ Outgoing · smtp.example.org:587 STARTTLS ",
            ),
            _ => (
                "┌ Incoming (POP3) · pop.example.org:995 SSL/TLS ",
                "┌ Outgoing (SMTP) · smtp.example.org:587 STARTTLS ",
            ),
        };
        for needle in [
            "Receiving works, sending fails at login",
            incoming,
            outgoing,
            "535 5.7.8 Authentication",
        ] {
            assert!(
                screen.contains(needle),
                "{width}x{height} lacks {needle:?}\n{screen}"
            );
        }
        insta::assert_snapshot!(
            format!("receive_ok_send_fails_{width}x{height}"),
            terminal.backend()
        );
    }
}

#[test]
fn the_servers_own_words_show_under_a_summarised_failure() {
    use mailtriage::model::{EventKind, StepKind, StepStatus};
    let events = receive_ok_send_fails_events()
        .into_iter()
        .map(|mut event| {
            if let EventKind::StepFinished(record) = &mut event.kind
                && record.step == StepKind::Login
                && record.status == StepStatus::Failed
            {
                record.detail = "the server refused the login".into();
            }
            event
        })
        .collect();
    let mut app = app_after(events);
    for (width, height) in [(80, 24), (120, 40)] {
        let screen = text_of(&draw(&mut app, width, height));
        assert!(screen.contains("the server refused the login"), "{screen}");
        assert!(screen.contains("S: 535 5.7.8 Authentication"), "{screen}");
    }
}

#[test]
fn the_hints_title_counts_the_rows_below_until_they_are_scrolled_up() {
    let mut app = receive_ok_send_fails_app(Lang::En);
    let first = text_of(&draw(&mut app, 80, 24));
    assert!(first.contains("more (PgDn)"), "{first}");
    for _ in 0..5 {
        update(&mut app, key(KeyCode::PageDown));
        draw(&mut app, 80, 24);
    }
    let end = text_of(&draw(&mut app, 80, 24));
    assert!(!end.contains("more (PgDn)"), "{end}");
    assert!(end.contains("Hints (all panels)"), "{end}");
}

#[test]
fn the_verdict_never_claims_a_check_runs_when_none_does() {
    let mut app = app_with_plan();
    let idle = text_of(&draw(&mut app, 80, 24));
    assert!(
        idle.contains("Receiving not checked, sending not checked"),
        "{idle}"
    );
    update(&mut app, Msg::Start { at_ms: T0 });
    let running = text_of(&draw(&mut app, 80, 24));
    assert!(
        running.contains("Checking receiving, checking sending"),
        "{running}"
    );
}

#[test]
fn receive_ok_send_fails_in_spanish() {
    let mut app = receive_ok_send_fails_app(Lang::Es);
    let terminal = draw(&mut app, 80, 24);
    let screen = format!("{:?}", terminal.backend());
    assert!(
        screen.contains("Recibir funciona, enviar falla en acceso"),
        "{screen}"
    );
    insta::assert_snapshot!("receive_ok_send_fails_es_80x24", terminal.backend());
}

#[test]
fn every_step_in_full_and_the_transcript_on_enter() {
    let mut app = receive_ok_send_fails_app(Lang::En);
    update(&mut app, ch('3'));
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.overlay, Overlay::Steps { scroll: 0 });
    let terminal = draw(&mut app, 80, 24);
    let screen = format!("{:?}", terminal.backend());
    assert!(screen.contains("Outgoing (SMTP) · every step"), "{screen}");
    assert!(screen.contains("TLSv1.3, certificate valid"), "{screen}");
    insta::assert_snapshot!("steps_outgoing_80x24", terminal.backend());
    // It scrolls to the end, where the transcript is.
    update(&mut app, key(KeyCode::End));
    let terminal = draw(&mut app, 80, 24);
    let screen = format!("{:?}", terminal.backend());
    assert!(screen.contains("S: 221 2.0.0 Bye"), "{screen}");
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Overlay::None);
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

fn text_of(terminal: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
    format!("{:?}", terminal.backend())
}

#[test]
fn help_scrolls_by_page_searches_and_explains_the_symbols() {
    let mut app = failing_app();
    update(&mut app, ch('?'));
    let first = text_of(&draw(&mut app, 80, 24));
    assert!(first.contains("Everywhere"), "{first}");
    assert!(!first.contains("What the symbols mean"), "{first}");
    update(&mut app, key(KeyCode::PageDown));
    assert!(matches!(app.overlay, Overlay::Help { scroll, .. } if scroll > 1));
    update(&mut app, key(KeyCode::End));
    let end = text_of(&draw(&mut app, 80, 24));
    for needle in ["What the symbols mean", "✓ ok", "✗ failed", "connect ms"] {
        assert!(end.contains(needle), "{needle:?}\n{end}");
    }
    update(&mut app, key(KeyCode::Home));
    assert!(text_of(&draw(&mut app, 80, 24)).contains("Everywhere"));

    // `/` narrows the help to what is typed; `q` types, it does not close.
    update(&mut app, ch('/'));
    type_text(&mut app, "save");
    let terminal = draw(&mut app, 80, 24);
    let found = text_of(&terminal);
    assert!(found.contains("save a report"), "{found}");
    assert!(!found.contains("next panel"), "{found}");
    insta::assert_snapshot!("help_search_80x24", terminal.backend());
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, ch('q'));
    assert_eq!(app.overlay, Overlay::None);

    // In Spanish the keys are named as Spanish keyboards name them.
    update(&mut app, ch('l'));
    update(&mut app, ch('?'));
    update(&mut app, ch('/'));
    type_text(&mut app, "pasos");
    let found = text_of(&draw(&mut app, 80, 24));
    assert!(found.contains("Intro"), "{found}");
}

#[test]
fn ascii_legend_reads_aloud() {
    let mut app = failing_app();
    app.theme = Theme {
        color: false,
        ascii: true,
    };
    update(&mut app, ch('?'));
    update(&mut app, ch('/'));
    type_text(&mut app, "the step");
    let terminal = draw(&mut app, 80, 24);
    let found = text_of(&terminal);
    assert!(found.contains("OK ok"), "{found}");
    assert!(found.contains("XX failed"), "{found}");
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
    let mut other = receive_ok_send_fails_app(Lang::Es);
    for width in [1, 20, 59, 60, 61, 79, 80, 119, 120, 200, 300] {
        for height in [1, 5, 10, 15, 16, 17, 24, 48, 100] {
            draw(&mut app, width, height);
            draw(&mut other, width, height);
        }
    }
    // The overlays too.
    for key_pressed in ['?', 'g', 'e'] {
        let mut app = failing_app();
        update(&mut app, ch(key_pressed));
        for (width, height) in [(20, 5), (60, 16), (80, 24), (300, 100)] {
            draw(&mut app, width, height);
        }
    }
    let mut app = failing_app();
    update(&mut app, key(KeyCode::Enter));
    for (width, height) in [(20, 5), (60, 16), (61, 17), (80, 24), (300, 100)] {
        draw(&mut app, width, height);
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
