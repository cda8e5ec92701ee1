//! Checking many accounts at once, politely: at most `parallel` accounts in flight, at most
//! `per_host` of them against any one server host, each logging in once (the engine's panels
//! never retry a refused login), each within its own deadline and all within the run's.
//!
//! No working-settings scan runs here: for every account that fails to connect it would try
//! every standard port of a server many accounts share, over and over. The findings still say
//! the connection failed; `--account NAME` checks that one entry with the scan.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;

use crate::account::Plan;
use crate::account::accounts_file::PasswordSource;
use crate::command::check::{Cut, Signal, close_running};
use crate::engine::{self, Setup};
use crate::finding::Lang;
use crate::model::Panel;
use crate::probe::Scope;
use crate::report::Outcome;
use crate::working_settings::Alternatives;

use super::hosts::HostPermits;
use super::plan::read_password;

/// How long after an account's longest panel deadline its check is stopped by the run (the
/// panels end on their own deadlines first; this is the backstop, as in a single check).
const PANEL_GRACE: Duration = Duration::from_millis(500);

/// One account to check: its name, its plan without the password (or why there is none) and
/// where the password comes from.
pub struct Job {
    pub name: String,
    pub plan: Result<Plan, String>,
    pub password: PasswordSource,
}

/// How the run is bounded.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Accounts checked at once.
    pub parallel: usize,
    /// Accounts checked at once against one server host.
    pub per_host: usize,
    /// The whole run's deadline.
    pub deadline: Duration,
}

/// Why an account has no outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotChecked {
    /// Its plan or its password could not be made; the text says why.
    Unusable(String),
    /// The run's deadline passed before its check started.
    NotStarted,
    /// The run's deadline passed while it was being checked.
    CutByDeadline,
    /// The run was interrupted before its check started.
    Interrupted(Signal),
}

/// What came of one account: its outcome, or why there is none.
#[derive(Debug)]
pub struct AccountResult {
    pub name: String,
    /// From the start of its check (after waiting for its turn) to its end.
    pub duration: Duration,
    pub checked: Result<Outcome, NotChecked>,
}

/// What the whole run came to: one result per account, in the file's order.
#[derive(Debug)]
pub struct RunResults {
    pub accounts: Vec<AccountResult>,
    /// The signal that interrupted the run, if one did.
    pub interrupted: Option<Signal>,
    pub wall: Duration,
}

/// Everything each account's task shares.
struct Context {
    setup: Setup,
    panels: Vec<Panel>,
    lang: Lang,
    global: Arc<Semaphore>,
    hosts: HostPermits,
    /// Set once the run is interrupted (the signal) — no check starts after.
    stop: watch::Receiver<Option<Signal>>,
    /// Set when the run's deadline passed: no check starts after.
    expired: AtomicBool,
    /// Which accounts' checks started (to tell "cut" from "not started" at the deadline).
    started: Vec<AtomicBool>,
}

/// Check every job, calling `on_done` as each one ends (for the progress line), until all
/// ended, the run's deadline passed, or `stop` resolved (then the checks in flight are cut
/// short as an interrupted check is, and those not started are reported so).
pub async fn check_all(
    setup: Setup,
    jobs: Vec<Job>,
    panels: Vec<Panel>,
    limits: Limits,
    lang: Lang,
    stop: impl std::future::Future<Output = Signal>,
    mut on_done: impl FnMut(&AccountResult),
) -> RunResults {
    let run_started = Instant::now();
    let deadline = tokio::time::Instant::now() + limits.deadline;
    let (stop_tx, stop_rx) = watch::channel(None);
    let hosts = HostPermits::new(
        jobs.iter().filter_map(|j| j.plan.as_ref().ok()),
        limits.per_host.max(1),
    );
    let names: Vec<String> = jobs.iter().map(|j| j.name.clone()).collect();
    let context = Arc::new(Context {
        setup,
        panels,
        lang,
        global: Arc::new(Semaphore::new(limits.parallel.max(1))),
        hosts,
        stop: stop_rx,
        expired: AtomicBool::new(false),
        started: names.iter().map(|_| AtomicBool::new(false)).collect(),
    });
    let mut tasks = JoinSet::new();
    for (index, job) in jobs.into_iter().enumerate() {
        let context = Arc::clone(&context);
        tasks.spawn(async move { (index, check_one(&context, index, job).await) });
    }
    let mut results: Vec<Option<AccountResult>> = names.iter().map(|_| None).collect();
    let mut interrupted = None;
    tokio::pin!(stop);
    let timer = tokio::time::sleep_until(deadline);
    tokio::pin!(timer);
    loop {
        tokio::select! {
            joined = tasks.join_next() => match joined {
                Some(Ok((index, result))) => {
                    on_done(&result);
                    results[index] = Some(result);
                }
                // A task that panicked or was aborted: its row says it was not checked below.
                Some(Err(_)) => {}
                None => break,
            },
            signal = &mut stop, if interrupted.is_none() => {
                interrupted = Some(signal);
                let _ = stop_tx.send(Some(signal));
            },
            () = &mut timer => {
                context.expired.store(true, Ordering::SeqCst);
                tasks.abort_all();
                while let Some(joined) = tasks.join_next().await {
                    if let Ok((index, result)) = joined {
                        on_done(&result);
                        results[index] = Some(result);
                    }
                }
                break;
            },
        }
    }
    let accounts = results
        .into_iter()
        .zip(names)
        .enumerate()
        .map(|(index, (result, name))| {
            result.unwrap_or_else(|| {
                let why = if context.started[index].load(Ordering::SeqCst) {
                    NotChecked::CutByDeadline
                } else {
                    NotChecked::NotStarted
                };
                AccountResult {
                    name,
                    duration: Duration::ZERO,
                    checked: Err(why),
                }
            })
        })
        .collect();
    RunResults {
        accounts,
        interrupted,
        wall: run_started.elapsed(),
    }
}

/// One account: wait for its turn (its hosts' permits in a fixed order, then a run slot), read
/// its password, check it.
async fn check_one(context: &Context, index: usize, job: Job) -> AccountResult {
    let unchecked = |why| AccountResult {
        name: job.name.clone(),
        duration: Duration::ZERO,
        checked: Err(why),
    };
    let mut plan = match job.plan {
        Ok(plan) => plan,
        Err(why) => return unchecked(NotChecked::Unusable(why)),
    };
    // Hosts first, in the order of their names, then a run slot: every account takes its
    // permits in the same order, so two accounts needing the same two hosts never wait on each
    // other.
    let _host_permits = context.hosts.acquire(&plan).await;
    let Ok(_slot) = context.global.acquire().await else {
        return unchecked(NotChecked::NotStarted);
    };
    if let Some(signal) = *context.stop.borrow() {
        return unchecked(NotChecked::Interrupted(signal));
    }
    if context.expired.load(Ordering::SeqCst) {
        return unchecked(NotChecked::NotStarted);
    }
    context.started[index].store(true, Ordering::SeqCst);
    let started = Instant::now();
    let lang = context.lang;
    let source = job.password.clone();
    let password = match tokio::task::spawn_blocking(move || {
        read_password(&source, |var| std::env::var(var).ok(), lang)
    })
    .await
    {
        Ok(Ok(password)) => password,
        Ok(Err(why)) => return unchecked(NotChecked::Unusable(why)),
        Err(_) => {
            let why = mailtriage_core::i18n::text(lang, "accounts-check-crashed");
            return unchecked(NotChecked::Unusable(why.into_owned()));
        }
    };
    plan.password = password;
    plan.panels = plan.panels_of(&context.panels);
    let panels = plan.panels.clone();
    let outcome = check_without_scan(context, Arc::new(plan), panels).await;
    AccountResult {
        name: job.name,
        duration: started.elapsed(),
        checked: Ok(outcome),
    }
}

/// The account's panels, folded and diagnosed, with no working-settings scan; cut short at its
/// own deadline, or when the run is interrupted.
async fn check_without_scan(context: &Context, plan: Arc<Plan>, panels: Vec<Panel>) -> Outcome {
    let started = Instant::now();
    let limit = plan.panels_timeout() + PANEL_GRACE;
    let mut stop = context.stop.clone();
    let cut = async move {
        tokio::select! {
            () = tokio::time::sleep(limit) => Cut::CheckLimit,
            signal = async {
                loop {
                    if let Some(signal) = *stop.borrow_and_update() {
                        return signal;
                    }
                    if stop.changed().await.is_err() {
                        return std::future::pending().await;
                    }
                }
            } => Cut::Interrupted(signal),
        }
    };
    let folded = engine::run::fold_until(Arc::clone(&plan), panels, Scope::Full, cut).await;
    let mut state = folded.state;
    if let Some(why) = folded.stopped {
        close_running(&mut state, why, &plan, started);
    }
    engine::conclude(engine::Inputs {
        state: &state,
        plan: &plan,
        alternatives: &Alternatives::default(),
        presets: &context.setup.presets,
        lang: context.lang,
        now_unix: context.setup.clock.now_unix(),
    })
}
