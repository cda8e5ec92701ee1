//! `mailtriage check … | head -1` and `mailtriage scan … --json | head -1`: the reader goes away
//! before the output is written. The command ends quietly: no panic, no message about it.

mod support;

use std::process::Command;
use std::time::Duration;

use support::{refused_port, run};

/// Longest a command here may take before it is stopped and the test fails.
const LIMIT: Duration = Duration::from_secs(60);

/// Run the binary with its standard output closed at once; return its exit status and what it
/// wrote on standard error.
fn run_with_stdout_closed(args: &[String]) -> (Option<i32>, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    command
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("MAILTRIAGE_PASSWORD");
    let run = run::run_stdout_closed(command, LIMIT);
    run.assert_ended(&format!("{args:?}"));
    (run.code, run.stderr_text())
}

fn assert_quiet(args: &[String], allowed: &[i32]) {
    let (code, stderr) = run_with_stdout_closed(args);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{args:?} complained about the closed output: {stderr}"
    );
    assert!(
        code.is_some_and(|c| allowed.contains(&c)),
        "{args:?} ended with {code:?}: {stderr}"
    );
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

#[test]
fn check_text_and_json_end_quietly_when_the_reader_is_gone() {
    let pop3 = format!("127.0.0.1:{}", refused_port());
    for json in [false, true] {
        let mut args = strings(&[
            "check",
            "--pop3",
            &pop3,
            "--pop3-security",
            "none",
            "--only",
            "incoming",
            "--timeout",
            "2",
            "--lang",
            "en",
        ]);
        if json {
            args.push("--json".into());
        }
        // 1: the refused port is a failed step.
        assert_quiet(&args, &[0, 1]);
    }
}

#[test]
fn scan_text_and_json_end_quietly_when_the_reader_is_gone() {
    for json in [false, true] {
        let mut args = strings(&[
            "scan",
            "--pop3",
            "127.0.0.1",
            "--timeout",
            "2",
            "--lang",
            "en",
        ]);
        if json {
            args.push("--json".into());
        }
        assert_quiet(&args, &[0, 1]);
    }
}

#[test]
fn help_and_the_provider_list_end_quietly_when_the_reader_is_gone() {
    assert_quiet(&strings(&["--help"]), &[0]);
    assert_quiet(&strings(&["presets"]), &[0]);
}
