//! The probes of `serve`: each account's last check kept for `--min-interval`, one check at a
//! time per account (a probe that arrives while the account is being checked waits for that
//! check and shares its result), a bound on the checks running at once, a deadline per check,
//! and the exporter's own counters.
//!
//! This is what keeps a schedule from locking an account: however often and however many
//! scrapers ask, an account is logged in to at most once per `--min-interval`, and a failed
//! login is kept as long as a good one (it is not retried sooner).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use mailtriage_core::said;
use tokio::sync::{Mutex, Semaphore};

use super::plan::PlanBase;
use crate::account::accounts_file::AccountsFile;
use crate::engine::Setup;
use crate::finding::Lang;
use crate::model::Panel;
use crate::report::Outcome;

/// Time a check may run beyond the plan's own deadlines before the probe gives up on it.
const CHECK_MARGIN: Duration = Duration::from_secs(5);

/// An account's finished check, as kept between probes.
#[derive(Debug, Clone)]
pub struct Checked {
    pub outcome: Arc<Outcome>,
    pub finished_unix: f64,
    pub duration_seconds: f64,
    /// When it finished, on the monotonic clock (the cache's age).
    finished: Instant,
}

/// What a probe came to.
#[derive(Debug, Clone)]
pub enum ProbeResult {
    /// The check's result, fresh or from the cache.
    Checked(Checked),
    /// No account has this name.
    UnknownAccount,
    /// The check could not run (its password could not be read, a setting is wrong, it did not
    /// end in time); the message says why in one line.
    NotRun(String),
}

/// The exporter's own counters (`/metrics`).
#[derive(Debug, Default)]
pub struct Counters {
    pub probes: AtomicU64,
    pub cache_hits: AtomicU64,
    pub checks: AtomicU64,
    pub check_errors: AtomicU64,
    pub unknown_accounts: AtomicU64,
}

/// What the probes share.
pub struct Prober {
    accounts: AccountsFile,
    base: Arc<PlanBase>,
    setup: Setup,
    panels: Vec<Panel>,
    lang: Lang,
    min_interval: Duration,
    running: Arc<Semaphore>,
    slots: HashMap<String, Arc<Mutex<Option<Checked>>>>,
    pub counters: Arc<Counters>,
}

impl Prober {
    pub fn new(
        accounts: AccountsFile,
        base: PlanBase,
        setup: Setup,
        panels: Vec<Panel>,
        lang: Lang,
        min_interval: Duration,
        max_checks: usize,
    ) -> Prober {
        let slots = accounts
            .names()
            .map(|name| (name.to_string(), Arc::new(Mutex::new(None))))
            .collect();
        Prober {
            accounts,
            base: Arc::new(base),
            setup,
            panels,
            lang,
            min_interval,
            running: Arc::new(Semaphore::new(max_checks)),
            slots,
            counters: Arc::new(Counters::default()),
        }
    }

    /// How long a check is answered from the cache.
    pub fn min_interval(&self) -> Duration {
        self.min_interval
    }

    /// How many accounts may be probed.
    pub fn account_count(&self) -> usize {
        self.accounts.accounts.len()
    }

    /// The account's metrics: its last check when younger than `--min-interval`, else a new
    /// check (which a probe arriving meanwhile shares). The check runs on its own task: a
    /// scraper that goes away does not stop it, and its result is kept for the next probe.
    pub async fn probe(&self, name: &str) -> ProbeResult {
        self.counters.probes.fetch_add(1, Ordering::Relaxed);
        let (Some(slot), Some(entry)) = (self.slots.get(name), self.accounts.get(name)) else {
            self.counters
                .unknown_accounts
                .fetch_add(1, Ordering::Relaxed);
            return ProbeResult::UnknownAccount;
        };
        let mut kept = Arc::clone(slot).lock_owned().await;
        if let Some(checked) = kept.as_ref()
            && checked.finished.elapsed() < self.min_interval
        {
            self.counters.cache_hits.fetch_add(1, Ordering::Relaxed);
            return ProbeResult::Checked(checked.clone());
        }
        let entry = entry.clone();
        let base = Arc::clone(&self.base);
        let setup = self.setup.clone();
        let panels = self.panels.clone();
        let lang = self.lang;
        let running = Arc::clone(&self.running);
        let counters = Arc::clone(&self.counters);
        let check = tokio::spawn(async move {
            // The account's lock is held (moved here) until the result is kept.
            let result = check_account(entry, base, setup, panels, lang, running, &counters).await;
            if let ProbeResult::Checked(checked) = &result {
                *kept = Some(checked.clone());
            }
            result
        });
        match check.await {
            Ok(result) => result,
            Err(_) => {
                self.counters.check_errors.fetch_add(1, Ordering::Relaxed);
                ProbeResult::NotRun(said!("accounts-check-crashed").render(lang).into_owned())
            }
        }
    }
}

/// Run one account's check within the bound on checks at once and its deadline.
async fn check_account(
    entry: crate::account::accounts_file::AccountEntry,
    base: Arc<PlanBase>,
    setup: Setup,
    panels: Vec<Panel>,
    lang: Lang,
    running: Arc<Semaphore>,
    counters: &Counters,
) -> ProbeResult {
    let failed = |why: String| {
        counters.check_errors.fetch_add(1, Ordering::Relaxed);
        ProbeResult::NotRun(why)
    };
    let Ok(_permit) = running.acquire_owned().await else {
        return failed(said!("cli-serve-stopping").render(lang).into_owned());
    };
    let planned = tokio::task::spawn_blocking(move || base.plan_for(&entry)).await;
    let plan = match planned {
        Ok(Ok(plan)) => Arc::new(plan),
        Ok(Err(why)) => return failed(why),
        Err(_) => {
            return failed(said!("accounts-check-crashed").render(lang).into_owned());
        }
    };
    let panels = plan.panels_of(&panels);
    let deadline = plan.panels_timeout() + CHECK_MARGIN;
    counters.checks.fetch_add(1, Ordering::Relaxed);
    let started = Instant::now();
    let run = crate::command::check::run_once(&setup, Arc::clone(&plan), panels, lang);
    match tokio::time::timeout(deadline, run).await {
        Ok(outcome) => ProbeResult::Checked(Checked {
            outcome: Arc::new(outcome),
            finished_unix: setup.clock.now_unix_ms() as f64 / 1000.0,
            duration_seconds: started.elapsed().as_secs_f64(),
            finished: Instant::now(),
        }),
        Err(_) => {
            let seconds = format!("{:.0}", deadline.as_secs_f64());
            failed(
                said!("cli-serve-check-timeout", seconds = seconds)
                    .render(lang)
                    .into_owned(),
            )
        }
    }
}
