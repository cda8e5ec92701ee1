//! Cost of one full dashboard frame at 200×60 on ratatui's test backend: the failing account
//! with its real diagnosis, and the healthy account, laid out and diffed as the live loop does
//! on every redraw.

#[path = "../tests/support/tui.rs"]
mod tui_support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use mailtriage::finding::Lang;
use mailtriage::model::RunState;
use mailtriage::tui::app::App;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

fn failing_app() -> App {
    let events = tui_support::failing_events();
    let mut state = RunState::default();
    for event in events.clone() {
        state.apply(event);
    }
    let mut app = tui_support::app_after(events);
    app.findings = mailtriage::diagnose::with_presets::findings(
        &state,
        &tui_support::plan(),
        &mailtriage::preset::Presets::embedded(),
        Lang::En,
        tui_support::T0 / 1000,
    );
    assert!(
        !app.findings.is_empty(),
        "the failing fixture has no findings"
    );
    app
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("dashboard_frame_200x60");
    for (name, mut app) in [
        ("failing_account", failing_app()),
        (
            "healthy_account",
            tui_support::app_after(tui_support::healthy_events()),
        ),
    ] {
        let mut terminal =
            Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("the test backend never fails");
        group.bench_function(name, |b| {
            b.iter(|| {
                terminal
                    .draw(|f| mailtriage::tui::ui::draw(f, black_box(&mut app)))
                    .map(|completed| completed.area.width)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
