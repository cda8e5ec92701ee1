//! Diagnosis cost: `mailtriage::diagnose::with_presets::findings` over run states folded from the probe events
//! of a failing account (the dashboard tests' fixture: password refused on POP3, SMTP port
//! refused) and of a healthy one, as `check` and the dashboard call it after every run.

#[path = "../tests/support/tui.rs"]
mod tui_support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

use mailtriage::finding::Lang;
use mailtriage::model::{ProbeEvent, RunState};

/// 2023-11-14 22:13:20 UTC, the time the fixtures' events carry.
const NOW_UNIX: i64 = tui_support::T0 / 1000;

fn folded(events: Vec<ProbeEvent>) -> RunState {
    let mut state = RunState::default();
    for event in events {
        state.apply(event);
    }
    state
}

fn diagnosis(c: &mut Criterion) {
    let plan = tui_support::plan();
    let presets = mailtriage::preset::Presets::embedded();
    let failing = folded(tui_support::failing_events());
    let healthy = folded(tui_support::healthy_events());
    // Diagnosis of the failing account must find the refused password, or the bench measures
    // nothing.
    let found =
        mailtriage::diagnose::with_presets::findings(&failing, &plan, &presets, Lang::En, NOW_UNIX);
    assert!(
        found.iter().any(|f| f.id == "auth-failed"),
        "the failing fixture no longer diagnoses as expected: {:?}",
        found.iter().map(|f| &f.id).collect::<Vec<_>>()
    );
    let mut group = c.benchmark_group("diagnosis");
    group.bench_function("failing_account_en", |b| {
        b.iter(|| {
            mailtriage::diagnose::with_presets::findings(
                black_box(&failing),
                &plan,
                &presets,
                Lang::En,
                NOW_UNIX,
            )
        })
    });
    group.bench_function("failing_account_es", |b| {
        b.iter(|| {
            mailtriage::diagnose::with_presets::findings(
                black_box(&failing),
                &plan,
                &presets,
                Lang::Es,
                NOW_UNIX,
            )
        })
    });
    group.bench_function("healthy_account_en", |b| {
        b.iter(|| {
            mailtriage::diagnose::with_presets::findings(
                black_box(&healthy),
                &plan,
                &presets,
                Lang::En,
                NOW_UNIX,
            )
        })
    });
    group.finish();
}

criterion_group!(benches, diagnosis);
criterion_main!(benches);
