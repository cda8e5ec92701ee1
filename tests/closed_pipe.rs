//! `mailtriage check … | head -1` and `mailtriage scan … --json | head -1`: the reader goes away
//! before the output is written. The command ends quietly: no panic, no message about it.

use std::io::Read;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Longest a command here may take before it is stopped and the test fails.
const LIMIT: Duration = Duration::from_secs(60);

fn binary() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_mailtriage"))
}

/// A loopback port where nothing listens (bound, then released).
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    listener.local_addr().expect("local address").port()
}

/// Run the binary with its standard output closed at once; return its exit status and what it
/// wrote on standard error.
fn run_with_stdout_closed(args: &[String]) -> (ExitStatus, String) {
    let mut child = Command::new(binary())
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("MAILTRIAGE_PASSWORD")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the binary");
    // The reader goes away before anything is written.
    drop(child.stdout.take());
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let deadline = Instant::now() + LIMIT;
    let status = loop {
        match child.try_wait().expect("wait for the binary") {
            Some(status) => break status,
            None if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{args:?} did not end within {LIMIT:?}");
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    (status, reader.join().unwrap_or_default())
}

fn assert_quiet(args: &[String], allowed: &[i32]) {
    let (status, stderr) = run_with_stdout_closed(args);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{args:?} complained about the closed output: {stderr}"
    );
    assert!(
        status.code().is_some_and(|c| allowed.contains(&c)),
        "{args:?} ended with {status:?}: {stderr}"
    );
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

#[test]
fn check_text_and_json_end_quietly_when_the_reader_is_gone() {
    let pop3 = format!("127.0.0.1:{}", closed_port());
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
