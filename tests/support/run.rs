//! The one runner of the real `mailtriage` binary: a child process with empty stdin, its output
//! read to the end on threads of their own, polled every few milliseconds under a wall-clock
//! limit (past it the child is killed and the run says `hung`) with its peak memory read at each
//! poll; and `mailtriage check --json` on top of it, its JSON parsed.
//!
//! The peak: at each poll the child's `VmHWM` (peak resident memory of its own address space,
//! which only grows) is read from `/proc/PID/status`, so the last reading before it exits is its
//! peak up to a few milliseconds before the end. `ru_maxrss` from `wait4` cannot serve: the
//! kernel carries the test process's own peak into a child at `exec`, so it measures the test,
//! not the binary.

use std::io::Read;
use std::net::{Ipv4Addr, SocketAddr};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::SERVER_NAME;

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

/// The outcome of one guarded run (see [`run_within`]).
#[derive(Debug)]
pub struct Run {
    /// Exit code, when it exited normally.
    pub code: Option<i32>,
    /// Signal that ended it, when one did.
    pub signal: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Peak resident memory, KiB.
    pub max_rss_kib: i64,
    pub wall: Duration,
    /// Killed by the guard.
    pub hung: bool,
}

impl Run {
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// Fails if the guard had to kill the run (`what` names it in the message).
    pub fn assert_ended(&self, what: &str) {
        assert!(
            !self.hung,
            "{what} ran longer than its limit ({:.1} s) and was killed\nstderr: {}",
            self.wall.as_secs_f64(),
            self.stderr_text()
        );
    }

    /// The exit code; fails if the run hung or was ended by a signal.
    pub fn exit_code(&self) -> i32 {
        self.assert_ended("mailtriage");
        self.code.unwrap_or_else(|| {
            panic!(
                "mailtriage ended by signal {:?}\nstderr: {}",
                self.signal,
                self.stderr_text()
            )
        })
    }

    /// The `--json` document.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not one JSON document ({e}):\n{}",
                self.stdout_text()
            )
        })
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

/// Run `cmd` to its end or until `limit` (then it is killed and the run is `hung`), collecting
/// its output and peak memory.
pub fn run_within(cmd: Command, limit: Duration) -> Run {
    guarded(cmd, limit, true)
}

/// [`run_within`] with the reader of the child's stdout gone before anything is written, as
/// with `mailtriage … | head -1`; `stdout` stays empty.
pub fn run_stdout_closed(cmd: Command, limit: Duration) -> Run {
    guarded(cmd, limit, false)
}

/// How often a running child is looked at.
const POLL: Duration = Duration::from_millis(5);

fn guarded(mut cmd: Command, limit: Duration, read_stdout: bool) -> Run {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd.spawn().expect("the binary starts");
    let stdout = child.stdout.take();
    let stdout = if read_stdout {
        drain(stdout.map(|s| Box::new(s) as Box<dyn Read + Send>))
    } else {
        drop(stdout);
        drain(None)
    };
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let mut hung = false;
    let mut max_rss_kib = 0;
    let status = loop {
        if let Some(hwm) = peak_resident_kib(child.id()) {
            max_rss_kib = max_rss_kib.max(hwm);
        }
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > limit => {
                hung = true;
                let _ = child.kill();
                break child.wait().expect("the killed child is reaped");
            }
            Ok(None) => std::thread::sleep(POLL),
            Err(e) => panic!("cannot wait for the binary: {e}"),
        }
    };
    let wall = started.elapsed();
    Run {
        code: status.code(),
        signal: status.signal(),
        stdout: join(stdout),
        stderr: join(stderr),
        max_rss_kib,
        wall,
        hung,
    }
}

/// `VmHWM` of a live process, in KiB.
fn peak_resident_kib(pid: u32) -> Option<i64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn drain(stream: Option<Box<dyn Read + Send>>) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut stream) = stream {
            // A read error just ends the capture; the exit status still tells what happened.
            let _ = stream.read_to_end(&mut bytes);
        }
        bytes
    })
}

fn join(reader: JoinHandle<Vec<u8>>) -> Vec<u8> {
    reader
        .join()
        .unwrap_or_else(|_| b"(output reader panicked)".to_vec())
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
