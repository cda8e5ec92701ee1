//! `check --accounts FILE`: every mailbox of an accounts file checked in one run, or one of
//! them with `--account NAME` (what a single `check` prints, for engines that run a plugin once
//! per service).
//!
//! A many-account run checks the incoming and outgoing panels (and an IMAP server beside POP3)
//! unless `--only` says otherwise: the network panel looks at this machine and the domains'
//! records, the same for every account, and repeating it would send the same questions to the
//! time server and the blocklists hundreds of times.

pub mod hosts;
pub mod plan;
pub mod progress;
pub mod render;
pub mod run;

use std::io::IsTerminal;
use std::path::Path;
use std::time::Duration;

use crate::account::Plan;
use crate::account::accounts_file::{self, AccountsFile};
use crate::cli::{CheckArgs, OutputFormat};
use crate::command::check_output;
use crate::engine::Setup;
use crate::finding::Lang;
use crate::model::Panel;
use crate::preset::Presets;
use crate::report::{self, EXIT_USAGE};
use mailtriage_core::said;

use plan::Shared;
use run::{Job, Limits};

/// Accounts checked at once by default: enough to finish a few hundred mailboxes in a minute or
/// two when each takes a few seconds, few enough that a desk computer's connections and a
/// password manager asked for many passwords keep up.
pub const DEFAULT_PARALLEL: usize = 16;

/// Accounts checked at once against one server host by default: a handful of connections, as a
/// few mail programs open; servers that limit connections per address allow that many.
pub const DEFAULT_PER_HOST: usize = 4;

/// Largest `--parallel`.
pub const MAX_PARALLEL: usize = 1024;

/// Time added to the run's default deadline for starting and ending.
const RUN_SLACK: Duration = Duration::from_secs(5);

/// Load the file and refuse options that name an account beside it. Errors are one line.
fn load(args: &CheckArgs, path: &Path, lang: Lang) -> Result<AccountsFile, String> {
    let given = plan::options_naming_an_account(&args.account);
    if !given.is_empty() {
        return Err(
            said!("accounts-option-not-allowed", options = given.join(", "))
                .render(lang)
                .into_owned(),
        );
    }
    accounts_file::load(path).map_err(|e| format!("--accounts: {}", e.said().render(lang)))
}

/// The presets an entry may name: the built-in ones and the user's.
fn presets(file: &AccountsFile, lang: Lang) -> Result<Presets, String> {
    if file.accounts.iter().any(|a| a.profile.preset.is_some()) {
        Presets::load().map_err(|e| e.said().render(lang).into_owned())
    } else {
        Ok(Presets::embedded())
    }
}

/// `--accounts FILE --account NAME`: the entry's plan with its password, for the single check.
pub fn single_plan(args: &CheckArgs, path: &Path, name: &str, lang: Lang) -> Result<Plan, String> {
    let file = load(args, path, lang)?;
    let Some(entry) = file.get(name) else {
        let mut names: Vec<&str> = file.names().take(10).collect();
        if file.accounts.len() > names.len() {
            names.push("…");
        }
        return Err(said!(
            "accounts-unknown-name",
            name = crate::sanitize::sanitize_str(name),
            path = path.display().to_string(),
            names = names.join(", ")
        )
        .render(lang)
        .into_owned());
    };
    let mut shared = Shared::new(&args.account, presets(&file, lang)?)?;
    let mut plan = shared
        .plan_of(entry)
        .map_err(|e| format!("{}: {e}", entry.name))?;
    plan.password = plan::read_password(&entry.password, |v| std::env::var(v).ok(), lang)
        .map_err(|e| format!("{}: {e}", entry.name))?;
    Ok(plan)
}

/// `--accounts FILE` without `--account`: check every entry, print the summary or the JSON
/// document, and return the exit code.
pub fn run_many(args: &CheckArgs, path: &Path, lang: Lang) -> i32 {
    let usage = |message: &str| {
        eprintln!("mailtriage: {message}");
        EXIT_USAGE
    };
    if args.report.is_some() {
        return usage(&said!("accounts-report-needs-one").render(lang));
    }
    let format = check_output::chosen_format(args);
    if format == OutputFormat::Nagios {
        let said = said!("cli-nagios-needs-one-account");
        let out = report::nagios::unknown(&said.render(lang));
        report::print_stdout(&out.text);
        return out.exit_code();
    }
    let file = match load(args, path, lang) {
        Ok(file) => file,
        Err(e) => return usage(&e),
    };
    let presets = match presets(&file, lang) {
        Ok(p) => p,
        Err(e) => return usage(&e),
    };
    let mut shared = match Shared::new(&args.account, presets.clone()) {
        Ok(s) => s,
        Err(e) => return usage(&e),
    };
    let asked: Vec<Panel> = if args.only.is_empty() {
        vec![Panel::Incoming, Panel::Outgoing]
    } else {
        args.only.iter().map(|p| Panel::from(*p)).collect()
    };
    let jobs: Vec<Job> = file
        .accounts
        .iter()
        .map(|entry| Job {
            name: entry.name.clone(),
            plan: shared.plan_of(entry).map(|mut plan| {
                plan.panels = plan.panels_of(&asked);
                plan
            }),
            password: entry.password.clone(),
        })
        .collect();
    let limits = match limits(args, &jobs, lang) {
        Ok(l) => l,
        Err(e) => return usage(&e),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            return usage(&said!("cli-runtime-failed", error = e.to_string()).render(lang));
        }
    };
    crate::command::check::prepare_words_and_presets(lang);
    let setup = Setup::new(std::sync::Arc::new(presets));
    let mut progress = progress::Progress::new(jobs.len(), lang, std::io::stderr().is_terminal());
    let results = runtime.block_on(run::check_all(
        setup,
        jobs,
        asked,
        limits,
        lang,
        crate::command::check::stop_signal(),
        |result| progress.add(result),
    ));
    progress.finish();
    runtime.shutdown_background();
    let text = match format {
        OutputFormat::Json => format!("{}\n", render::json(&results, lang)),
        OutputFormat::OpenMetrics => check_output::many_accounts_openmetrics(&results),
        OutputFormat::Text | OutputFormat::Nagios => render::text(&results, lang),
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = check_output::write_atomically(path, &text) {
                let said = said!(
                    "cli-cannot-write",
                    flag = "--output",
                    path = path.display().to_string(),
                    error = mailtriage_core::model::Said::io_error(&e)
                );
                return usage(&said.render(lang));
            }
        }
        None => {
            report::print_stdout(&text);
        }
    }
    if let Some(signal) = results.interrupted {
        let said = said!("accounts-run-interrupted", signal = signal.name());
        eprintln!("mailtriage: {}", said.render(lang));
    }
    render::exit_code(&results)
}

/// `--parallel`, `--per-host` and `--deadline`, checked, with their defaults. The default
/// deadline lets every account use its whole own deadline, in as many rounds as the bounds
/// make: the accounts over `--parallel`, or the busiest host's over `--per-host`.
fn limits(args: &CheckArgs, jobs: &[Job], lang: Lang) -> Result<Limits, String> {
    let range = |flag: &str| {
        said!(
            "accounts-number-range",
            flag = flag,
            max = MAX_PARALLEL.to_string()
        )
        .render(lang)
        .into_owned()
    };
    let parallel = args.parallel.unwrap_or(DEFAULT_PARALLEL);
    if !(1..=MAX_PARALLEL).contains(&parallel) {
        return Err(range("--parallel"));
    }
    let per_host = args.per_host.unwrap_or(DEFAULT_PER_HOST);
    if !(1..=MAX_PARALLEL).contains(&per_host) {
        return Err(range("--per-host"));
    }
    let deadline = match args.deadline {
        Some(t) if !(t.is_finite() && t > 0.0 && t <= 86_400.0) => {
            return Err(said!(
                "cli-seconds-out-of-range",
                flag = "--deadline",
                value = t.to_string(),
                max = "86400"
            )
            .render(lang)
            .into_owned());
        }
        Some(t) => Duration::from_secs_f64(t),
        None => default_deadline(jobs, parallel, per_host),
    };
    Ok(Limits {
        parallel,
        per_host,
        deadline,
    })
}

/// See [`limits`].
fn default_deadline(jobs: &[Job], parallel: usize, per_host: usize) -> Duration {
    let plans: Vec<&Plan> = jobs.iter().filter_map(|j| j.plan.as_ref().ok()).collect();
    let longest = plans
        .iter()
        .map(|p| p.panels_timeout())
        .max()
        .unwrap_or_default()
        + Duration::from_secs(1);
    let mut per_host_count = std::collections::HashMap::new();
    for plan in &plans {
        for host in hosts::hosts_of(plan) {
            *per_host_count.entry(host).or_insert(0usize) += 1;
        }
    }
    let busiest = per_host_count.values().copied().max().unwrap_or(0);
    let rounds = jobs
        .len()
        .div_ceil(parallel)
        .max(busiest.div_ceil(per_host))
        .max(1);
    longest * u32::try_from(rounds).unwrap_or(u32::MAX) + RUN_SLACK
}
