//! Runs the real `mailtriage check --json` against the servers, with the arguments a case
//! builds, through the tests' guarded child process (`tests/support/process.rs`), and keeps
//! what it printed.

use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use super::process::run_within;
use super::report::Report;
use super::servers::{Listener, RealServers, USER};

/// Name of the variable that carries the password to the binary (`--password-env`).
const PASSWORD_VARIABLE: &str = "MAILTRIAGE_TEST_PASSWORD";
/// Name of the variable that carries an OAuth2 token to the binary (`--oauth2-token-env`).
const TOKEN_VARIABLE: &str = "MAILTRIAGE_TEST_TOKEN";
/// Per-step deadline passed with `--timeout`: long for loopback, short enough to fail fast.
const STEP_TIMEOUT_SECONDS: &str = "5";
/// A run that takes longer than this is killed and the case fails.
const RUN_DEADLINE: Duration = Duration::from_secs(90);

/// Arguments for one `mailtriage check --json` run.
pub struct CheckRun<'a> {
    servers: &'a RealServers,
    args: Vec<String>,
    password: Option<&'static str>,
    /// An OAuth2 token to log in with instead (`--oauth2-token-env`).
    token: Option<&'static str>,
    ca_file: bool,
}

impl<'a> CheckRun<'a> {
    pub fn new(servers: &'a RealServers) -> Self {
        Self {
            servers,
            args: vec![
                "check".into(),
                "--json".into(),
                "--timeout".into(),
                STEP_TIMEOUT_SECONDS.into(),
            ],
            password: None,
            token: None,
            ca_file: true,
        }
    }

    /// Probes POP3 on `listener` with `security` (tls, starttls, none): `--only incoming`.
    pub fn incoming(self, listener: Listener, security: &str) -> Self {
        self.server("incoming", "--pop3", "--pop3-security", listener, security)
    }

    /// Probes IMAP on `listener` with `security` (tls, starttls, none): `--only incoming`.
    pub fn imap(self, listener: Listener, security: &str) -> Self {
        self.server("incoming", "--imap", "--imap-security", listener, security)
    }

    /// Probes SMTP on `listener` with `security` (tls, starttls, none): `--only outgoing`.
    pub fn outgoing(self, listener: Listener, security: &str) -> Self {
        self.server("outgoing", "--smtp", "--smtp-security", listener, security)
    }

    /// Logs in as the test user with `password` (handed over through `--password-env`).
    pub fn login(mut self, password: &'static str) -> Self {
        self.args.extend(["--user".into(), USER.into()]);
        self.password = Some(password);
        self
    }

    /// Logs in as the test user with this OAuth2 token (handed over through
    /// `--oauth2-token-env`); the report is checked for it as for a password.
    pub fn oauth2(mut self, token: String) -> Self {
        self.args.extend(["--user".into(), USER.into()]);
        self.token = Some(Box::leak(token.into_boxed_str()));
        self
    }

    /// SMTP dry run: MAIL FROM, RCPT TO, RSET.
    pub fn dry_run(mut self, from: &str, to: &str) -> Self {
        self.args
            .extend(["--from".into(), from.into(), "--to".into(), to.into()]);
        self
    }

    /// Allows the password over an unencrypted connection.
    pub fn allow_plaintext_auth(mut self) -> Self {
        self.args.push("--allow-plaintext-auth".into());
        self
    }

    /// Leaves out `--ca-file`, so the test CA is not trusted.
    pub fn without_test_ca(mut self) -> Self {
        self.ca_file = false;
        self
    }

    fn server(
        mut self,
        panel: &str,
        server_flag: &str,
        security_flag: &str,
        listener: Listener,
        security: &str,
    ) -> Self {
        let address = self.servers.address(listener);
        let name = listener.server_name();
        self.args.extend([
            "--only".into(),
            panel.into(),
            server_flag.into(),
            format!("{name}:{}", address.port()),
            security_flag.into(),
            security.into(),
            "--resolve".into(),
            format!("{name}:{}:{}", address.port(), address.ip()),
        ]);
        self
    }

    /// Runs the binary and parses its JSON document (a case fails if there is none).
    pub fn run(self) -> Report {
        let mut args = self.args;
        if self.ca_file {
            args.extend([
                "--ca-file".into(),
                self.servers.pki.ca.display().to_string(),
            ]);
        }
        if self.password.is_some() {
            args.extend(["--password-env".into(), PASSWORD_VARIABLE.into()]);
        }
        if self.token.is_some() {
            args.extend(["--oauth2-token-env".into(), TOKEN_VARIABLE.into()]);
        }
        let mut command = Command::new(self.servers.binary());
        command
            .args(&args)
            .env_remove("MAILTRIAGE_PASSWORD")
            .env_remove(PASSWORD_VARIABLE);
        if let Some(password) = self.password {
            command.env(PASSWORD_VARIABLE, password);
        }
        if let Some(token) = self.token {
            command.env(TOKEN_VARIABLE, token);
        }
        let shown_args = args.join(" ");
        let run = run_within(command, RUN_DEADLINE);
        run.assert_ended(&format!("mailtriage {shown_args}"));
        let (exit_code, stdout, stderr) = (run.code, run.stdout_text(), run.stderr_text());
        let json = serde_json::from_str::<Value>(&stdout).unwrap_or_else(|e| {
            panic!(
                "mailtriage {shown_args}\nexited with {exit_code:?} and printed no JSON document \
                 ({e})\nstdout:\n{stdout}\nstderr:\n{stderr}"
            )
        });
        Report::new(
            shown_args,
            exit_code,
            json,
            stdout,
            stderr,
            self.password.or(self.token),
        )
    }
}
