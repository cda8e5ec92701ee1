//! The real event loop on a test backend: scripted keys in, a scripted engine behind, checking
//! that runs start, re-checks come on the interval, reports are saved and `q` ends the loop.

mod support;

use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;
use support::tui as tui_support;

use futures_core::Stream;
use mailtriage::account::{Plan, Protocol, Security};
use mailtriage::finding::Lang;
use mailtriage::model::{Panel, ProbeEvent, RunState, StepStatus};
use mailtriage::report::Outcome;
use mailtriage::report::save::SavedReport;
use mailtriage::tui::app::{App, ProbeScope};
use mailtriage::tui::drive;
use mailtriage::tui::engine::{BoxFuture, Engine, ScanRow};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tokio::sync::mpsc;
use tui_support::*;

/// Terminal input from a channel.
struct Script(mpsc::UnboundedReceiver<io::Result<Event>>);

impl Stream for Script {
    type Item = io::Result<Event>;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().0.poll_recv(cx)
    }
}

#[derive(Default)]
struct Recorded {
    scopes: Vec<ProbeScope>,
    saved: Vec<RunState>,
}

#[derive(Default)]
struct FakeEngine {
    recorded: Mutex<Recorded>,
}

impl FakeEngine {
    fn recorded<T>(&self, f: impl FnOnce(&Recorded) -> T) -> T {
        f(&self.recorded.lock().expect("lock"))
    }
}

impl Engine for FakeEngine {
    fn probe(
        &self,
        _plan: Arc<Plan>,
        _panels: Vec<Panel>,
        scope: ProbeScope,
        events: mpsc::Sender<ProbeEvent>,
    ) -> BoxFuture<()> {
        self.recorded.lock().expect("lock").scopes.push(scope);
        Box::pin(async move {
            for event in healthy_events() {
                if events.send(event).await.is_err() {
                    return;
                }
            }
        })
    }

    fn scan(
        &self,
        _plan: Arc<Plan>,
        _protocol: Protocol,
    ) -> BoxFuture<Result<Vec<ScanRow>, String>> {
        Box::pin(async {
            Ok(vec![ScanRow {
                port: 995,
                security: Security::Tls,
                status: StepStatus::Ok,
                verdict: mailtriage::port_scan::Verdict::Works,
                recommended: true,
                detail: "+OK".into(),
            }])
        })
    }

    fn save_report(
        &self,
        outcome: &Outcome,
        _plan: &Plan,
        dir: &Path,
    ) -> Result<SavedReport, String> {
        self.recorded
            .lock()
            .expect("lock")
            .saved
            .push(outcome.state.clone());
        Ok(SavedReport {
            markdown: dir.join("mailtriage-report.md"),
            json: dir.join("mailtriage-report.json"),
        })
    }
}

fn press(tx: &mpsc::UnboundedSender<io::Result<Event>>, code: KeyCode) {
    tx.send(Ok(Event::Key(KeyEvent::new(code, KeyModifiers::NONE))))
        .expect("loop listens");
}

/// Wait (with a generous bound) until `done` holds.
async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..1000 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("gave up waiting for {what}");
}

fn all_finished(state: &RunState) -> bool {
    state.panels.len() == 3
        && state
            .panels
            .iter()
            .all(|p| !matches!(p.status, StepStatus::Running | StepStatus::Pending))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_loop_probes_rechecks_saves_and_quits() {
    let engine = Arc::new(FakeEngine::default());
    let mut config = config(Lang::En);
    config.interval = Duration::from_millis(50);
    let app = App::new(Some(plan()), config);
    let (keys, input) = mpsc::unbounded_channel();
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("test backend");

    let script = {
        let engine = Arc::clone(&engine);
        async move {
            // The first run is a full check; the short interval then brings a connection check.
            wait_until("a connection re-check", || {
                engine.recorded(|r| r.scopes.contains(&ProbeScope::Connection))
            })
            .await;
            assert_eq!(engine.recorded(|r| r.scopes[0]), ProbeScope::Full);
            // Save until the saved state shows every panel finished.
            wait_until("a report of a finished run", || {
                press(&keys, KeyCode::Char('w'));
                engine.recorded(|r| r.saved.iter().any(all_finished))
            })
            .await;
            press(&keys, KeyCode::Char('p'));
            press(&keys, KeyCode::Char('q'));
        }
    };
    let (result, ()) = tokio::join!(
        drive(
            &mut terminal,
            Script(input),
            app,
            engine.clone() as Arc<dyn Engine>,
            PathBuf::from("/tmp/reports"),
        ),
        script
    );
    assert_eq!(result, Ok(()));
    let screen = format!("{}", terminal.backend());
    assert!(screen.contains("Incoming (POP3)"), "{screen}");
    assert!(screen.contains("paused"), "{screen}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_loop_ends_when_input_ends() {
    let engine: Arc<dyn Engine> = Arc::new(FakeEngine::default());
    let app = App::new(None, config(Lang::En));
    let (keys, input) = mpsc::unbounded_channel();
    drop(keys);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test backend");
    let result = drive(
        &mut terminal,
        Script(input),
        app,
        engine,
        PathBuf::from("."),
    )
    .await;
    assert_eq!(result, Ok(()));
    assert!(format!("{}", terminal.backend()).contains("Pick a provider"));
}
