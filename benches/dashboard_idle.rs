//! The dashboard's idle cost against the real servers: starts Dovecot and Postfix on loopback
//! (as the real-server suite does), then runs benches/dashboard_idle.sh on the release-built
//! dashboard (POP3 over TLS and SMTP submission, `--interval 3600` so that no probe runs after
//! the first), which samples its CPU time and resident memory from outside for 60 s.
//!
//! Run: `cargo bench --bench dashboard_idle` (as root, tmux installed); `-- --seconds N` changes
//! the window.

#[allow(dead_code)]
#[path = "../tests/real_support/mod.rs"]
mod real_support;

use std::path::Path;
use std::process::{Command, ExitCode};

use real_support::certs::{POP3_NAME, SMTP_NAME};
use real_support::servers::{Listener, PASSWORD, RealServers, USER};

fn main() -> ExitCode {
    let seconds = window_seconds();
    let servers = match real_support::prerequisites::ensure().and_then(|()| RealServers::start()) {
        Ok(servers) => servers,
        Err(reason) => {
            eprintln!("dashboard_idle: the mail servers could not be started:\n{reason}");
            return ExitCode::FAILURE;
        }
    };
    let pop3 = servers.address(Listener::Pop3Tls);
    let smtp = servers.address(Listener::Submission);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/dashboard_idle.sh");
    let status = Command::new("bash")
        .arg(&script)
        .args(["--seconds", &seconds, "--"])
        .arg(servers.binary())
        .args([
            "--pop3",
            &format!("{POP3_NAME}:{}", pop3.port()),
            "--pop3-security",
            "tls",
            "--smtp",
            &format!("{SMTP_NAME}:{}", smtp.port()),
            "--smtp-security",
            "starttls",
            "--resolve",
            &format!("{POP3_NAME}:{}:{}", pop3.port(), pop3.ip()),
            "--resolve",
            &format!("{SMTP_NAME}:{}:{}", smtp.port(), smtp.ip()),
            "--ca-file",
            &servers.pki.ca.display().to_string(),
            "--user",
            USER,
            "--lang",
            "en",
            "--interval",
            "3600",
        ])
        .env("MAILTRIAGE_PASSWORD", PASSWORD)
        .status();
    let stopped = servers.stop();
    match (status, stopped) {
        (Ok(status), Ok(())) if status.success() => ExitCode::SUCCESS,
        (Ok(status), stopped) => {
            eprintln!("dashboard_idle: the script ended with {status}; servers: {stopped:?}");
            ExitCode::FAILURE
        }
        (Err(e), _) => {
            eprintln!("dashboard_idle: cannot run {}: {e}", script.display());
            ExitCode::FAILURE
        }
    }
}

/// `--seconds N` from the command line (cargo's own `--bench` is ignored); 60 by default.
fn window_seconds() -> String {
    let args: Vec<String> = std::env::args().collect();
    args.windows(2)
        .find(|pair| pair[0] == "--seconds")
        .map(|pair| pair[1].clone())
        .unwrap_or_else(|| "60".into())
}
