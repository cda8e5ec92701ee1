//! The dashboard: a ratatui terminal UI over the same probe events and findings as `check`.
//!
//! Elm-style: [`app::App`] is the state, [`msg::Msg`] the inputs, [`update::update`] the pure
//! transition that returns [`update::Cmd`] effects, and [`ui::draw`] the view. This module owns
//! the terminal (set-up, restore on exit, error and panic) and the loop that `select!`s over
//! terminal input, the probe events and a timer that runs only while something animates or a
//! re-check is due, drawing only after something changed.

pub mod app;
pub mod changes;
pub mod engine;
pub mod exchange;
pub mod form;
pub mod guide;
pub mod live_engine;
pub mod msg;
pub mod presets;
pub mod runs;
pub mod search;
pub mod sign_in;
pub mod text;
pub mod theme;
pub mod ui;
pub mod update;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures_core::Stream;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, EventStream};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::account::Plan;
use crate::finding::Lang;
use crate::model::ProbeEvent;
use crate::preset::Presets;
use app::{App, AppConfig, RunId};
use engine::Engine;
use msg::Msg;
use presets::PresetChoice;
use theme::Theme;
use update::{Cmd, update};

/// How the dashboard starts.
pub struct TuiOptions {
    pub lang: Lang,
    /// ASCII symbols only.
    pub ascii: bool,
    /// Connection re-check interval (30 s by default; + and - change it).
    pub interval: Duration,
    /// Providers offered by the set-up screen and the picker.
    pub presets: Vec<PresetChoice>,
    /// The presets diagnosis reads (built-in plus the user's).
    pub provider_presets: Arc<Presets>,
    /// Where `w` saves reports.
    pub report_dir: PathBuf,
    /// Probes, scans and report writing.
    pub engine: Arc<dyn Engine>,
    /// The servers are the lab's demonstration servers (`mailtriage demo`): the title bar says so.
    pub demo: bool,
    /// The OAuth2 sign-in the account uses (`--oauth2-login`): run at start and on `o`.
    pub sign_in: Option<crate::oauth2::SignInRequest>,
}

impl TuiOptions {
    pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(30);
}

/// Frame interval of spinners while a run or a scan is under way.
const ANIMATION_FRAME: Duration = Duration::from_millis(100);
/// Bound on the queue between probe tasks and the loop.
const MSG_QUEUE: usize = 1024;
/// Bound on the events buffered from one run before they are forwarded.
const EVENT_QUEUE: usize = 256;
/// Messages processed before a redraw, so a flood of events cannot starve the screen.
const BATCH: usize = 512;

/// Run the dashboard until the person quits. With a plan it opens on the dashboard and checks at
/// once; without one it opens on the set-up screen. Must be called outside a tokio runtime: it
/// builds its own.
pub fn run(plan: Option<Plan>, opts: TuiOptions) -> Result<(), String> {
    // Read before any other thread exists: the local offset is only available then.
    let lang = opts.lang;
    let failure = |key: &str, e: &dyn std::fmt::Display| {
        mailtriage_core::i18n::text_with(lang, key, &[("why", e.to_string().into())])
    };
    let utc_offset_secs = time::UtcOffset::current_local_offset()
        .map(|o| o.whole_seconds())
        .unwrap_or(0);
    let mut app = App::new(
        plan,
        AppConfig {
            lang: opts.lang,
            theme: Theme::from_env(opts.ascii),
            interval: opts.interval,
            presets: opts.presets,
            provider_presets: opts.provider_presets,
            utc_offset_secs,
        },
    );
    app.demo = opts.demo;
    app.sign_in = opts.sign_in;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| failure("tui-error-runtime", &e))?;
    // Raw mode, alternate screen, and a panic hook that restores the terminal first.
    let mut terminal = ratatui::try_init().map_err(|e| failure("tui-error-open", &e))?;
    let result = runtime.block_on(drive(
        &mut terminal,
        EventStream::new(),
        app,
        opts.engine,
        opts.report_dir,
    ));
    let restored = ratatui::try_restore();
    runtime.shutdown_timeout(Duration::from_millis(500));
    result?;
    restored.map_err(|e| failure("tui-error-restore", &e))
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The spawned effects still running.
#[derive(Default)]
struct Tasks {
    runs: HashMap<RunId, JoinHandle<()>>,
    others: Vec<JoinHandle<()>>,
    sign_in: Option<JoinHandle<()>>,
}

impl Tasks {
    fn abort_all(&mut self) {
        for (_, handle) in self.runs.drain() {
            handle.abort();
        }
        for handle in self.others.drain(..) {
            handle.abort();
        }
        if let Some(handle) = self.sign_in.take() {
            handle.abort();
        }
    }

    fn forget_finished(&mut self) {
        self.runs.retain(|_, h| !h.is_finished());
        self.others.retain(|h| !h.is_finished());
    }
}

/// The loop of [`run`], on any backend and input stream (tests drive it with a test backend and
/// scripted keys). Returns when the person quits or the input ends.
pub async fn drive<B, I>(
    terminal: &mut Terminal<B>,
    mut input: I,
    mut app: App,
    engine: Arc<dyn Engine>,
    report_dir: PathBuf,
) -> Result<(), String>
where
    B: Backend,
    I: Stream<Item = std::io::Result<Event>> + Unpin,
{
    let (tx, mut rx) = mpsc::channel::<Msg>(MSG_QUEUE);
    let mut tasks = Tasks::default();
    let mut pending = vec![Msg::Start { at_ms: now_ms() }];
    let mut dirty = true;
    let mut next_frame = tokio::time::Instant::now();
    let outcome = loop {
        if !pending.is_empty() {
            for msg in pending.drain(..) {
                for cmd in update(&mut app, msg) {
                    execute(cmd, &engine, &report_dir, &tx, &mut tasks);
                }
            }
            tasks.forget_finished();
            dirty = true;
        }
        if app.quit {
            break Ok(());
        }
        if dirty {
            if let Err(e) = terminal.draw(|frame| ui::draw(frame, &mut app)) {
                break Err(mailtriage_core::i18n::text_with(
                    app.lang,
                    "tui-error-draw",
                    &[("why", e.to_string().into())],
                ));
            }
            dirty = false;
        }
        let wake = wake_at(&app, next_frame);
        tokio::select! {
            event = std::future::poll_fn(|cx| Pin::new(&mut input).poll_next(cx)) => match event {
                Some(Ok(Event::Key(key))) => pending.push(Msg::Key(key)),
                Some(Ok(Event::Resize(..))) => pending.push(Msg::Resize),
                Some(Ok(_)) => {}
                Some(Err(e)) => {
                    break Err(mailtriage_core::i18n::text_with(
                        app.lang,
                        "tui-error-read",
                        &[("why", e.to_string().into())],
                    ));
                }
                None => break Ok(()),
            },
            Some(msg) = rx.recv() => {
                pending.push(msg);
                while pending.len() < BATCH {
                    match rx.try_recv() {
                        Ok(msg) => pending.push(msg),
                        Err(_) => break,
                    }
                }
            },
            _ = sleep_until(wake), if wake.is_some() => {
                let now = now_ms();
                if app.next_due_ms.is_some_and(|due| now >= due) {
                    pending.push(Msg::IntervalDue { at_ms: now });
                }
                if app.animating() && tokio::time::Instant::now() >= next_frame {
                    pending.push(Msg::Tick);
                    next_frame = tokio::time::Instant::now() + ANIMATION_FRAME;
                }
            },
        }
    };
    tasks.abort_all();
    outcome
}

/// When the loop must wake without input: the next spinner frame while something runs, and the
/// next re-check. `None` when idle, so an idle dashboard sleeps.
fn wake_at(app: &App, next_frame: tokio::time::Instant) -> Option<tokio::time::Instant> {
    let now = tokio::time::Instant::now();
    let frame = app.animating().then_some(next_frame.max(now));
    let due = app.next_due_ms.map(|due| {
        let wait = u64::try_from(due - now_ms()).unwrap_or(0);
        now + Duration::from_millis(wait)
    });
    match (frame, due) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

async fn sleep_until(at: Option<tokio::time::Instant>) {
    if let Some(at) = at {
        tokio::time::sleep_until(at).await;
    }
}

fn execute(
    cmd: Cmd,
    engine: &Arc<dyn Engine>,
    report_dir: &std::path::Path,
    tx: &mpsc::Sender<Msg>,
    tasks: &mut Tasks,
) {
    match cmd {
        Cmd::Probe { run, plan, scope } => {
            let (events_tx, mut events_rx) = mpsc::channel::<ProbeEvent>(EVENT_QUEUE);
            let probe = engine.probe(Arc::clone(&plan), plan.panels.clone(), scope, events_tx);
            let out = tx.clone();
            let handle = tokio::spawn(async move {
                let forward = async {
                    while let Some(event) = events_rx.recv().await {
                        let msg = Msg::Probe {
                            run,
                            event,
                            at_ms: now_ms(),
                        };
                        if out.send(msg).await.is_err() {
                            break;
                        }
                    }
                };
                tokio::join!(probe, forward);
                let _ = out
                    .send(Msg::RunFinished {
                        run,
                        at_ms: now_ms(),
                    })
                    .await;
            });
            tasks.runs.insert(run, handle);
        }
        Cmd::Cancel(run) => {
            if let Some(handle) = tasks.runs.remove(&run) {
                handle.abort();
            }
        }
        Cmd::Scan { plan, protocol } => {
            let scan = engine.scan(plan, protocol);
            let out = tx.clone();
            tasks.others.push(tokio::spawn(async move {
                let result = scan.await;
                let _ = out.send(Msg::ScanFinished { protocol, result }).await;
            }));
        }
        Cmd::FindWorkingSettings { run, plan, sides } => {
            let panels = sides.iter().map(|p| plan.panel_of(*p)).collect();
            let found = engine.working_settings(plan, sides);
            let out = tx.clone();
            tasks.others.push(tokio::spawn(async move {
                let alternatives = found.await;
                let _ = out
                    .send(Msg::WorkingSettings {
                        run,
                        panels,
                        alternatives,
                    })
                    .await;
            }));
        }
        Cmd::SaveReport { outcome, plan } => {
            let engine = Arc::clone(engine);
            let dir = report_dir.to_path_buf();
            let out = tx.clone();
            tasks.others.push(tokio::spawn(async move {
                let saved =
                    tokio::task::spawn_blocking(move || engine.save_report(&outcome, &plan, &dir))
                        .await
                        .unwrap_or_else(|e| Err(format!("report writer stopped: {e}")));
                let _ = out.send(Msg::ReportSaved(saved)).await;
            }));
        }
        Cmd::ReadCaFile { path } => {
            let engine = Arc::clone(engine);
            let out = tx.clone();
            tasks.others.push(tokio::spawn(async move {
                let file = PathBuf::from(&path);
                let result = tokio::task::spawn_blocking(move || engine.read_ca_file(&file))
                    .await
                    .unwrap_or_else(|e| Err(format!("the reading stopped: {e}")));
                let _ = out.send(Msg::CaRead { path, result }).await;
            }));
        }
        Cmd::Discover { email, base } => {
            let found = engine.discover(email.clone(), base);
            let out = tx.clone();
            tasks.others.push(tokio::spawn(async move {
                let result = found.await.map(Box::new);
                let _ = out.send(Msg::Discovered { email, result }).await;
            }));
        }
        Cmd::Copy(text) => {
            use std::io::Write;
            // The terminal reads it like any output, over SSH too; it is not drawn.
            let mut out = std::io::stdout();
            let _ = out.write_all(search::osc52(&text).as_bytes());
            let _ = out.flush();
        }
        Cmd::SignIn {
            request,
            extra_ca_pem,
        } => {
            tasks.sign_in = Some(tokio::spawn(sign_in::task(
                request,
                extra_ca_pem,
                tx.clone(),
            )));
        }
        Cmd::CancelSignIn => {
            if let Some(handle) = tasks.sign_in.take() {
                handle.abort();
            }
        }
        Cmd::Quit => {}
    }
}
