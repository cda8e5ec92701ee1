//! The `scan` command: build the plan (never with a password), run the port scan once, print it.

use std::sync::Arc;

use crate::cli::{PasswordSource, ScanArgs};
use crate::report::scan::{exit_code, render_json, render_text};
use crate::report::{self, EXIT_USAGE};
use mailtriage_core::said;

/// The scan never logs in, so it never reads or asks for a password.
struct NoPassword;

impl PasswordSource for NoPassword {
    fn env(&self, _: &str) -> Option<String> {
        None
    }
    fn prompt(&self, _: &str) -> Option<String> {
        None
    }
}

/// Run `mailtriage scan`: build the plan, scan once, print, and return the exit code.
pub fn run_command(args: &ScanArgs) -> i32 {
    let usage = |message: &str| {
        eprintln!("mailtriage: {message}");
        EXIT_USAGE
    };
    let lang = match args.account.lang() {
        Ok(l) => l,
        Err(e) => return usage(&format!("--lang: {e}")),
    };
    if args.account.is_empty() {
        return usage(&said!("cli-no-server").render(lang));
    }
    let lang = match args.account.lang() {
        Ok(lang) => lang,
        Err(e) => return usage(&format!("--lang: {e}")),
    };
    let mut account = args.account.clone();
    account.password_env = None;
    let plan = match account.to_plan(&NoPassword) {
        Ok(plan) => plan,
        Err(e) => return usage(&e),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let said = said!("cli-runtime-failed", error = e.to_string());
            return usage(&said.render(lang));
        }
    };
    let result = runtime.block_on(crate::engine::scan::ports(Arc::new(plan)));
    if args.json {
        report::print_stdout(&format!("{}\n", render_json(&result)));
    } else {
        report::print_stdout(&render_text(&result, false, lang));
    }
    exit_code(&result)
}
