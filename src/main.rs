//! Command-line entry point: parse, dispatch to the dashboard or `check`, map errors to exit
//! codes.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use mailtriage::cli::{self, CheckArgs, Command, OutputFormat, SystemPasswordSource};
use mailtriage::command::check_output;
use mailtriage::engine::Setup;
use mailtriage::model::Panel;
use mailtriage::preset::Presets;
use mailtriage::report::monitored::Monitored;
use mailtriage::report::{self, EXIT_USAGE};
use mailtriage::tui::live_engine::{LiveEngine, preset_choices};
use mailtriage::tui::{self, TuiOptions};
use mailtriage_core::said;

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
        Err(cli::ParseStop::Usage(line)) if asks_for_nagios() => {
            std::process::exit(refuse(cli::OutputFormat::Nagios, &line))
        }
        Err(cli::ParseStop::Usage(line)) => std::process::exit(usage_error(&line)),
    };
    let code = match args.command {
        Some(Command::Check(check)) => run_check(*check),
        Some(Command::Scan(scan)) => mailtriage::command::scan::run_command(&scan),
        Some(Command::Demo(demo)) => mailtriage::command::demo::run(&demo),
        Some(Command::Presets(list)) => mailtriage::command::presets::run(&list),
        Some(Command::Serve(serve)) => mailtriage::command::serve::run(&serve),
        Some(Command::OAuth2(oauth2)) => mailtriage::command::oauth2::run(&oauth2),
        None => run_dashboard(args.account, args.dashboard),
    };
    std::process::exit(code);
}

fn usage_error(message: &str) -> i32 {
    eprintln!("mailtriage: {message}");
    EXIT_USAGE
}

fn run_check(args: CheckArgs) -> i32 {
    let format = check_output::chosen_format(&args);
    let lang = match args.account.lang() {
        Ok(l) => l,
        Err(e) => return refuse(format, &format!("--lang: {e}")),
    };
    if args.accounts.is_none() {
        // Read while the plan is made and the servers answer (an accounts file starts its own).
        mailtriage::command::check::prepare_words_and_presets(lang);
    }
    if args.json && format != OutputFormat::Json {
        let format_name = format!("{format:?}").to_lowercase();
        return refuse(
            format,
            &said!("cli-format-conflicts", format = format_name).render(lang),
        );
    }
    let mut plan = match (&args.accounts, &args.account_name) {
        (Some(file), None) => return mailtriage::command::accounts::run_many(&args, file, lang),
        (Some(file), Some(name)) => {
            match mailtriage::command::accounts::single_plan(&args, file, name, lang) {
                Ok(p) => p,
                Err(e) => return refuse(format, &e),
            }
        }
        (None, _) if args.account.is_empty() => {
            return refuse(format, &said!("cli-no-server").render(lang));
        }
        (None, _) => match args.account.to_plan(&SystemPasswordSource) {
            Ok(p) => p,
            Err(e) => return refuse(format, &e),
        },
    };
    if let Err(e) = oauth2_token_into(&mut plan, &args.account, lang) {
        return failed(&e);
    }
    let plan = Arc::new(plan);
    // Opened before the run, so a path that cannot be written is said at once, not after it.
    let mut report_file = match &args.report {
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Some((path, f)),
            Err(e) => return refuse(format, &cannot_write(lang, "--report", path, &e)),
        },
        None => None,
    };
    if let Some(path) = &args.output
        && let Err(e) = check_output::check_writable(path)
    {
        return refuse(format, &cannot_write(lang, "--output", path, &e));
    }
    // Presets the user broke do not stop a check: the built-in ones still advise.
    let setup = Setup::new(Arc::new(
        Presets::load().unwrap_or_else(|_| Presets::embedded()),
    ));
    // With both --pop3 and --imap, the IMAP panel runs beside the POP3 one, at the same time.
    let asked: Vec<Panel> = if args.only.is_empty() {
        Panel::ALL.to_vec()
    } else {
        args.only.iter().map(|p| Panel::from(*p)).collect()
    };
    let panels = plan.panels_of(&asked);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let said = said!("cli-runtime-failed", error = e.to_string());
            return refuse(format, &said.render(lang));
        }
    };
    let started = std::time::Instant::now();
    let run = runtime.block_on(async {
        let stop = mailtriage::command::check::stop_signal();
        tokio::pin!(stop);
        mailtriage::command::check::run_until(&setup, Arc::clone(&plan), panels, lang, &mut stop)
            .await
    });
    // Nothing the run started is waited for: a look-up stuck in the system resolver must not
    // hold the report back.
    runtime.shutdown_background();
    let outcome = &run.outcome;
    let label = args
        .account_label
        .clone()
        .or_else(|| args.account_name.clone())
        .unwrap_or_else(|| check_output::default_account_label(&plan));
    let checked = Monitored {
        account: &label,
        outcome,
        finished_unix: setup.clock.now_unix_ms() as f64 / 1000.0,
        duration_seconds: started.elapsed().as_secs_f64(),
    };
    let interrupted = match run.cut {
        Some(mailtriage::command::check::Cut::Interrupted(signal)) => Some(signal),
        _ => None,
    };
    let (text, mut code) = match (format, interrupted) {
        (OutputFormat::Nagios, Some(signal)) => {
            let said = said!("cli-interrupted", signal = signal.name());
            let out = report::nagios::unknown(&said.render(lang));
            let code = out.exit_code();
            (out.text, code)
        }
        _ => check_output::render(format, &checked, setup.clock.now_unix(), run.exit_code()),
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = check_output::write_atomically(path, &text) {
                return refuse(format, &cannot_write(lang, "--output", path, &e));
            }
        }
        None => {
            report::print_stdout(&text);
        }
    }
    if let Some((path, file)) = report_file.as_mut() {
        let text = report::markdown::render(outcome, &plan, args.private);
        if let Err(e) = file.write_all(text.as_bytes()).and_then(|()| file.flush()) {
            code = refuse(format, &cannot_write(lang, "--report", path, &e));
        }
    }
    if let Some(signal) = interrupted {
        let said = said!("cli-interrupted", signal = signal.name());
        eprintln!("mailtriage: {}", said.render(lang));
    }
    code
}

/// A check that cannot run: a usage error (exit 2), or for the Nagios output the plugin's
/// UNKNOWN (exit 3), on standard output where the engine reads it.
fn refuse(format: OutputFormat, message: &str) -> i32 {
    if format == OutputFormat::Nagios {
        let out = report::nagios::unknown(message);
        report::print_stdout(&out.text);
        return out.exit_code();
    }
    usage_error(message)
}

/// True when the command line asks for the Nagios output (`--format nagios`), read before it
/// is parsed: a command line that cannot be parsed is still the plugin's UNKNOWN then.
fn asks_for_nagios() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.windows(2)
        .any(|pair| pair[0] == "--format" && pair[1] == "nagios")
        || args.iter().any(|a| a == "--format=nagios")
}

/// A file cannot be written (`--report`, `--output`), in the reader's words.
/// `--oauth2-login` / `--oauth2-saved`: the sign-in runs before the check, which then logs in
/// with the token.
fn oauth2_token_into(
    plan: &mut mailtriage::account::Plan,
    account: &cli::AccountArgs,
    lang: mailtriage::finding::Lang,
) -> Result<(), String> {
    let user = plan.user.clone().or_else(|| plan.email.clone());
    let tokens = mailtriage::command::oauth2::token_for_check(
        &account.oauth2,
        user.as_deref(),
        account.ca_file.as_deref(),
        account.timeout,
        lang,
    )?;
    if let Some(tokens) = tokens {
        plan.oauth2_token = Some(tokens.access);
    }
    Ok(())
}

fn failed(message: &str) -> i32 {
    eprintln!("mailtriage: {message}");
    report::EXIT_FAILED
}

/// `--report PATH` cannot be written, in the reader's words.
fn cannot_write(
    lang: mailtriage::finding::Lang,
    flag: &str,
    path: &std::path::Path,
    e: &std::io::Error,
) -> String {
    said!(
        "cli-cannot-write",
        flag = flag,
        path = path.display().to_string(),
        error = mailtriage::model::Said::io_error(e)
    )
    .render(lang)
    .into_owned()
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
            Ok(p) => Some(p),
            Err(e) => return usage_error(&e),
        }
    };
    // A saved token is read (and refreshed) before the dashboard opens; a sign-in with a code
    // runs inside it, in its overlay.
    let mut plan = plan;
    if let Some(plan) = plan.as_mut()
        && account.oauth2.oauth2_saved.is_some()
        && let Err(e) = oauth2_token_into(plan, &account, lang)
    {
        return failed(&e);
    }
    if !(dash.interval.is_finite() && (1.0..=86_400.0).contains(&dash.interval)) {
        return usage_error(&said!("cli-interval-range").render(lang));
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
        engine: Arc::new(LiveEngine::new()),
        demo: false,
        sign_in: account
            .oauth2
            .oauth2_login
            .as_ref()
            .map(|provider| account.oauth2.client.request(provider)),
    };
    match tui::run(plan, opts) {
        Ok(()) => report::EXIT_OK,
        Err(e) => {
            eprintln!("mailtriage: {e}");
            report::EXIT_FAILED
        }
    }
}
