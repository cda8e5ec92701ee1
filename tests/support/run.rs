//! The one runner of the real `mailtriage` binary: the guarded child process of
//! [`super::process`] with a clean environment, and `mailtriage check --json` on top of it, its
//! JSON parsed.

use std::net::{Ipv4Addr, SocketAddr};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use super::SERVER_NAME;
pub use super::process::{Run, run_stdout_closed, run_within};

/// The environment variable the tests hand the password in (named with `--password-env`).
pub const PASSWORD_VAR: &str = "MAILTRIAGE_TEST_PASSWORD";
/// The variable the binary reads without being told; cleared so a developer's shell cannot leak in.
pub const DEFAULT_PASSWORD_VAR: &str = "MAILTRIAGE_PASSWORD";
/// A run that takes longer than this is killed and the test fails.
pub const WALL_CLOCK_LIMIT: Duration = Duration::from_secs(60);

/// What one run of the binary produced.
#[derive(Debug, Clone)]
pub struct CheckOutput {
    pub code: i32,
    /// The parsed stdout, or `Value::Null` when stdout was not JSON (see [`CheckOutput::stdout`]).
    pub json: Value,
    pub stdout: String,
    pub stderr: String,
}

impl CheckOutput {
    /// Fails with the output in the message unless the exit code is `expected`.
    pub fn assert_code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code,
            expected,
            "exit code {} (expected {expected})\n{}",
            self.code,
            self.describe()
        );
        self
    }

    /// A readable account of the run for failure messages.
    pub fn describe(&self) -> String {
        let summary = if self.json.is_null() {
            format!("stdout (not JSON): {}", self.stdout)
        } else {
            super::assertions::summary(&self.json)
        };
        format!("{summary}\nstderr: {}", self.stderr)
    }
}

/// Runs `mailtriage check --json ARGS`; with a password, hands it over in [`PASSWORD_VAR`] and
/// adds `--password-env`. The child is killed and the test fails after [`WALL_CLOCK_LIMIT`].
pub fn run_check(args: &[String], password: Option<&str>) -> CheckOutput {
    run_check_with_env(args, password, &[])
}

/// [`run_check`] with extra environment variables for the child.
pub fn run_check_with_env(
    args: &[String],
    password: Option<&str>,
    env: &[(String, String)],
) -> CheckOutput {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    command
        .arg("check")
        .arg("--json")
        .args(args)
        .env_remove(DEFAULT_PASSWORD_VAR)
        .env_remove(PASSWORD_VAR);
    command.envs(env.iter().map(|(k, v)| (k, v)));
    if let Some(password) = password {
        command
            .env(PASSWORD_VAR, password)
            .args(["--password-env", PASSWORD_VAR]);
    }
    let run = run_within(command, WALL_CLOCK_LIMIT);
    run.assert_ended(&format!("mailtriage check {}", args.join(" ")));
    let (stdout, stderr) = (run.stdout_text(), run.stderr_text());
    let code = run.code.unwrap_or_else(|| {
        panic!(
            "mailtriage ended by signal {:?}\nstderr: {stderr}",
            run.signal
        )
    });
    let json = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    CheckOutput {
        code,
        json,
        stdout,
        stderr,
    }
}

/// The binary with a clean password environment and loopback-only arguments.
pub fn mailtriage(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    cmd.args(args)
        .env_remove(DEFAULT_PASSWORD_VAR)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE");
    cmd
}

fn loopback(port: u16) -> SocketAddr {
    SocketAddr::from((Ipv4Addr::LOCALHOST, port))
}

/// Builds the arguments of one `check` run against servers named `mail.test`.
#[derive(Debug, Clone, Default)]
pub struct CheckCommand {
    args: Vec<String>,
    password: Option<String>,
    env: Vec<(String, String)>,
}

impl CheckCommand {
    pub fn new() -> Self {
        Self::default()
    }

    /// `--pop3 mail.test:PORT --pop3-security SECURITY --resolve mail.test:PORT:127.0.0.1`.
    pub fn pop3(self, port: u16, security: &str) -> Self {
        self.pop3_at(loopback(port), security)
    }

    /// `--smtp mail.test:PORT --smtp-security SECURITY --resolve mail.test:PORT:127.0.0.1`.
    pub fn smtp(self, port: u16, security: &str) -> Self {
        self.smtp_at(loopback(port), security)
    }

    /// [`CheckCommand::pop3`] with `mail.test` pinned to the address of `server`.
    pub fn pop3_at(self, server: SocketAddr, security: &str) -> Self {
        self.server("--pop3", "--pop3-security", server, security)
    }

    /// [`CheckCommand::smtp`] with `mail.test` pinned to the address of `server`.
    pub fn smtp_at(self, server: SocketAddr, security: &str) -> Self {
        self.server("--smtp", "--smtp-security", server, security)
    }

    fn server(self, flag: &str, security_flag: &str, server: SocketAddr, security: &str) -> Self {
        let port = server.port();
        self.args([
            flag.to_string(),
            format!("{SERVER_NAME}:{port}"),
            security_flag.to_string(),
            security.to_string(),
            "--resolve".to_string(),
            format!("{SERVER_NAME}:{port}:{}", server.ip()),
        ])
    }

    /// `--ca-file` with the lab's CA.
    pub fn kit_ca(self, kit: &super::kit::Kit) -> Self {
        self.args(["--ca-file".to_string(), kit.ca_file_arg()])
    }

    pub fn user(self, user: &str) -> Self {
        self.args(["--user", user])
    }

    pub fn password(mut self, password: &str) -> Self {
        self.password = Some(password.to_string());
        self
    }

    /// `--only PANEL`.
    pub fn only(self, panel: &str) -> Self {
        self.args(["--only", panel])
    }

    /// `--lang LANG` (`en`, `es`).
    pub fn lang(self, lang: &str) -> Self {
        self.args(["--lang", lang])
    }

    /// `--from FROM --to TO`: the SMTP dry run.
    pub fn dry_run(self, from: &str, to: &str) -> Self {
        self.args(["--from", from, "--to", to])
    }

    /// `--timeout SECONDS`.
    pub fn timeout(self, seconds: &str) -> Self {
        self.args(["--timeout", seconds])
    }

    /// Sets an environment variable for the child.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    pub fn arg(mut self, arg: impl Into<String>) -> Self {
        self.args.push(arg.into());
        self
    }

    pub fn args<S: Into<String>>(mut self, args: impl IntoIterator<Item = S>) -> Self {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// The arguments gathered so far (without `--json` and the password's), for a run of
    /// `check` in another format.
    pub fn arguments(&self) -> &[String] {
        &self.args
    }

    /// Runs the binary (see [`run_check`]).
    pub fn run(&self) -> CheckOutput {
        run_check_with_env(&self.args, self.password.as_deref(), &self.env)
    }

    /// Runs the binary and fails unless stdout is one JSON document.
    pub fn run_json(&self) -> CheckOutput {
        let output = self.run();
        assert!(
            output.json.is_object(),
            "stdout is not a JSON object (exit {})\nstdout: {}\nstderr: {}",
            output.code,
            output.stdout,
            output.stderr
        );
        output
    }
}
