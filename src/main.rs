//! Command-line entry point: parse, dispatch to the dashboard or `check`, map errors to exit
//! codes.

use std::io::Write;
use std::sync::Arc;

use mailtriage::cli::{self, CheckArgs, Command, SystemPasswordSource};
use mailtriage::model::Panel;
use mailtriage::preset::Presets;
use mailtriage::report::{self, EXIT_USAGE};

fn main() {
    let args = cli::parse();
    let code = match args.command {
        Some(Command::Check(check)) => run_check(*check),
        Some(Command::Presets) => match Presets::load() {
            Ok(presets) => {
                print!("{}", presets.render_list());
                report::EXIT_OK
            }
            Err(e) => usage_error(&e.to_string()),
        },
        None => {
            eprintln!("mailtriage: the dashboard is not available yet; use `mailtriage check`");
            EXIT_USAGE
        }
    };
    std::process::exit(code);
}

fn usage_error(message: &str) -> i32 {
    eprintln!("mailtriage: {message}");
    EXIT_USAGE
}

fn run_check(args: CheckArgs) -> i32 {
    if args.account.is_empty() {
        return usage_error("no server given: use --pop3 HOST and/or --smtp HOST");
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
    let outcome = runtime.block_on(mailtriage::check::run_once(Arc::clone(&plan), panels, lang));
    if args.json {
        println!("{}", report::json::render(&outcome));
    } else {
        print!("{}", report::text::render(&outcome, false));
    }
    if let Some((path, file)) = report_file.as_mut() {
        let text = report::markdown::render(&outcome, &plan, args.private);
        if let Err(e) = file.write_all(text.as_bytes()).and_then(|()| file.flush()) {
            return usage_error(&format!("--report: cannot write {}: {e}", path.display()));
        }
    }
    outcome.exit_code()
}
