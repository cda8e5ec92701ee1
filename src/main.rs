//! Command-line entry point: parse, dispatch to the dashboard or `check`, map errors to exit
//! codes.

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
        Ok(p) => p,
        Err(e) => return usage_error(&e),
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
    let outcome = runtime.block_on(mailtriage::check::run_once(Arc::new(plan), panels, lang));
    if args.json {
        println!("{}", report::json::render(&outcome));
    } else {
        print!("{}", report::text::render(&outcome, false));
    }
    outcome.exit_code()
}
