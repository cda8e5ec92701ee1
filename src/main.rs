//! Command-line entry point: parse, dispatch to the dashboard or `check`, map errors to exit
//! codes.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use mailtriage::cli::{self, CheckArgs, Command, SystemPasswordSource};
use mailtriage::engine::Setup;
use mailtriage::model::Panel;
use mailtriage::preset::Presets;
use mailtriage::report::{self, EXIT_USAGE};
use mailtriage::tui::live_engine::{LiveEngine, preset_choices};
use mailtriage::tui::{self, TuiOptions};

fn main() {
    // First, so that the dashboard's own hook (which restores the terminal) runs before it.
    mailtriage::proto::secrets::scrub_panic_messages();
    // While the program has one thread: saved reports are named in local time.
    report::save::remember_local_offset();
    let args = match cli::parse() {
        Ok(args) => args,
        Err(cli::ParseStop::Info(text)) => {
            report::print_stdout(&format!("{}\n", text.trim_end()));
            std::process::exit(report::EXIT_OK);
        }
        Err(cli::ParseStop::Usage(line)) => std::process::exit(usage_error(&line)),
    };
    let code = match args.command {
        Some(Command::Check(check)) => run_check(*check),
        Some(Command::Scan(scan)) => mailtriage::command::scan::run_command(&scan),
        Some(Command::Demo(demo)) => mailtriage::command::demo::run(&demo),
        Some(Command::Presets) => match Presets::load() {
            Ok(presets) => {
                report::print_stdout(&presets.render_list());
                report::EXIT_OK
            }
            Err(e) => usage_error(&e.to_string()),
        },
        None => run_dashboard(args.account, args.dashboard),
    };
    std::process::exit(code);
}

fn usage_error(message: &str) -> i32 {
    eprintln!("mailtriage: {message}");
    EXIT_USAGE
}

fn run_check(args: CheckArgs) -> i32 {
    if args.account.is_empty() {
        return usage_error("no server given: use --pop3 or --imap HOST and/or --smtp HOST");
    }
    let lang = match args.account.lang() {
        Ok(l) => l,
        Err(e) => return usage_error(&format!("--lang: {e}")),
    };
    let plan = match args.account.to_plan(&SystemPasswordSource) {
        Ok(p) => Arc::new(p),
        Err(e) => return usage_error(&e),
    };
    // Opened before the run, so a path that cannot be written is said at once, not after it.
    let mut report_file = match &args.report {
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Some((path, f)),
            Err(e) => {
                return usage_error(&format!("--report: cannot write {}: {e}", path.display()));
            }
        },
        None => None,
    };
    // Presets the user broke do not stop a check: the built-in ones still advise.
    let setup = Setup::new(Arc::new(
        Presets::load().unwrap_or_else(|_| Presets::embedded()),
    ));
    let mut panels: Vec<Panel> = if args.only.is_empty() {
        Panel::ALL.to_vec()
    } else {
        args.only.iter().map(|p| Panel::from(*p)).collect()
    };
    panels.sort();
    panels.dedup();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return usage_error(&format!("cannot start the runtime: {e}")),
    };
    // With both --pop3 and --imap, the IMAP server is checked after the POP3 one, as its own
    // incoming panel, unless the first run was interrupted.
    let beside_plan = plan
        .imap_beside_plan()
        .filter(|_| panels.contains(&Panel::Incoming))
        .map(Arc::new);
    let (run, beside) = runtime.block_on(async {
        let stop = mailtriage::command::check::stop_signal();
        tokio::pin!(stop);
        let run = mailtriage::command::check::run_until(
            &setup,
            Arc::clone(&plan),
            panels,
            lang,
            &mut stop,
        )
        .await;
        let beside = match &beside_plan {
            Some(beside_plan) if run.cut.is_none() => Some(
                mailtriage::command::check::run_until(
                    &setup,
                    Arc::clone(beside_plan),
                    vec![Panel::Incoming],
                    lang,
                    &mut stop,
                )
                .await,
            ),
            _ => None,
        };
        (run, beside)
    });
    // Nothing the run started is waited for: a look-up stuck in the system resolver must not
    // hold the report back.
    runtime.shutdown_background();
    let outcome = &run.outcome;
    let beside_outcome = beside.as_ref().map(|b| &b.outcome);
    if args.json {
        report::print_stdout(&format!(
            "{}\n",
            report::json::render_with(outcome, beside_outcome)
        ));
    } else {
        let mut text = report::text::render(outcome, false);
        if let Some(beside) = beside_outcome {
            text.push_str("\nIMAP, checked beside POP3:\n\n");
            text.push_str(&report::text::render(beside, false));
        }
        report::print_stdout(&text);
    }
    if let Some((path, file)) = report_file.as_mut() {
        let mut text = report::markdown::render(outcome, &plan, args.private);
        if let (Some(beside), Some(beside_plan)) = (beside_outcome, &beside_plan) {
            text.push_str("\n---\n\n");
            text.push_str(&report::markdown::render(beside, beside_plan, args.private));
        }
        if let Err(e) = file.write_all(text.as_bytes()).and_then(|()| file.flush()) {
            return usage_error(&format!("--report: cannot write {}: {e}", path.display()));
        }
    }
    let cut = run.cut.or_else(|| beside.as_ref().and_then(|b| b.cut));
    if let Some(mailtriage::command::check::Cut::Interrupted(signal)) = cut {
        eprintln!(
            "mailtriage: interrupted ({}); the report above shows what was seen until then",
            signal.name()
        );
    }
    match &beside {
        Some(beside) => run.exit_code().max(beside.exit_code()),
        None => run.exit_code(),
    }
}

fn run_dashboard(account: cli::AccountArgs, dash: cli::DashboardArgs) -> i32 {
    let lang = match account.lang() {
        Ok(l) => l,
        Err(e) => return usage_error(&format!("--lang: {e}")),
    };
    let plan = if account.is_empty() {
        None
    } else {
        match account.to_plan(&SystemPasswordSource) {
            // The dashboard has one incoming panel: it cannot show both as `check` does.
            Ok(p) if p.imap_beside.is_some() => {
                return usage_error(
                    "the dashboard checks one incoming server: give --pop3 or --imap \
                     (mailtriage check reports both)",
                );
            }
            Ok(p) => Some(p),
            Err(e) => return usage_error(&e),
        }
    };
    if !(dash.interval.is_finite() && (1.0..=86_400.0).contains(&dash.interval)) {
        return usage_error("--interval: give a number of seconds between 1 and 86400");
    }
    let presets = match Presets::load() {
        Ok(p) => p,
        Err(e) => return usage_error(&e.to_string()),
    };
    let choices = preset_choices(&presets);
    let opts = TuiOptions {
        lang,
        ascii: dash.ascii,
        interval: Duration::from_secs_f64(dash.interval),
        presets: choices,
        provider_presets: Arc::new(presets),
        report_dir: report::save::report_dir(dash.report_dir.as_deref(), |name| {
            std::env::var_os(name)
        }),
        engine: Arc::new(LiveEngine),
        demo: false,
    };
    match tui::run(plan, opts) {
        Ok(()) => report::EXIT_OK,
        Err(e) => {
            eprintln!("mailtriage: {e}");
            report::EXIT_FAILED
        }
    }
}
