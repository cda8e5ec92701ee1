//! Scenario tables for `mailtriage check` against the lab: one row per scenario (the server,
//! the settings, the exit code, the steps, the findings and what the server may have seen),
//! each row its own test through [`scenarios!`].

use mailtriage::lab::{Log, Server, ServerSpec};
use serde_json::Value;

use super::assertions::{
    assert_finding, assert_finding_quotes, assert_not_run, assert_step, finding_ids, summary,
};
use super::kit::{
    Kit, assert_never_sent, assert_no_credentials, assert_no_password_in_clear, single_login,
};
use super::net::refused_port;
use super::run::CheckCommand;
use super::{PASSWORD, USER};

/// The status a step that must not have run is written with in a row.
pub const NOT_RUN: &str = "not-run";

/// What the server must have seen of the credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Creds {
    /// One login, accepted, on a connection encrypted or not; the password never in clear
    /// when it was encrypted.
    Accepted { over_tls: bool },
    /// One login, refused.
    Refused,
    /// No login judged and the password in no form.
    Untouched,
    /// The row checks it itself (in `then`).
    Unchecked,
}

/// One scenario.
pub struct Case {
    /// `incoming` (POP3) or `outgoing` (SMTP): the only panel checked.
    pub panel: &'static str,
    /// The lab server; `None`: a loopback port that refuses connections.
    pub server: Option<ServerSpec>,
    /// `--pop3-security` / `--smtp-security`.
    pub security: &'static str,
    /// Further arguments.
    pub args: &'static [&'static str],
    /// Whether the mail program is set to log in (`--user` and a password); `false`: neither.
    pub account: bool,
    pub password: &'static str,
    /// The exit code; `None`: any.
    pub code: Option<i32>,
    /// `(step, status)` in the panel, each the last step of its kind; [`NOT_RUN`]: absent or
    /// skipped.
    pub steps: &'static [(&'static str, &'static str)],
    /// Finding ids the document must hold.
    pub findings: &'static [&'static str],
    /// `(finding id, text)`: the finding must be present and its evidence quote the text.
    pub quotes: &'static [(&'static str, &'static str)],
    /// Finding ids the document must not hold.
    pub absent: &'static [&'static str],
    pub creds: Creds,
    /// Commands the server must never have received.
    pub never_sent: &'static [&'static str],
    /// What the row checks beyond the table's columns.
    pub then: fn(&Value, Option<&Log>),
}

/// A row's defaults: exit 0, the right password, nothing else expected.
pub fn row(panel: &'static str, server: Option<ServerSpec>, security: &'static str) -> Case {
    Case {
        panel,
        server,
        security,
        args: &[],
        account: true,
        password: PASSWORD,
        code: Some(0),
        steps: &[],
        findings: &[],
        quotes: &[],
        absent: &[],
        creds: Creds::Unchecked,
        never_sent: &[],
        then: |_, _| {},
    }
}

impl Case {
    pub fn run(self) {
        let kit = Kit::new();
        let server = self.server.map(|spec| kit.start(spec));
        let port = server.as_ref().map_or_else(refused_port, Server::port);
        let command = match self.panel {
            "incoming" => CheckCommand::new().pop3(port, self.security),
            "outgoing" => CheckCommand::new().smtp(port, self.security),
            other => panic!("no panel {other:?} in a scenario table"),
        };
        let command = command.kit_ca(&kit).only(self.panel);
        let command = if self.account {
            command.user(USER).password(self.password)
        } else {
            command
        };
        let out = command.args(self.args.iter().copied()).run_json();
        if let Some(code) = self.code {
            out.assert_code(code);
        }
        let doc = &out.json;
        for (kind, status) in self.steps {
            if *status == NOT_RUN {
                assert_not_run(doc, self.panel, kind);
            } else {
                assert_step(doc, self.panel, kind, status);
            }
        }
        for id in self.findings {
            assert_finding(doc, id);
        }
        for (id, quoted) in self.quotes {
            assert_finding_quotes(doc, id, quoted);
        }
        for id in self.absent {
            assert!(
                !finding_ids(doc).iter().any(|found| found == id),
                "unexpected finding {id:?}\n{}",
                summary(doc)
            );
        }
        let log = server.as_ref().map(Server::log);
        if let Some(log) = log {
            match self.creds {
                Creds::Accepted { over_tls } => {
                    let login = single_login(log);
                    assert!(login.accepted, "{login:?}");
                    assert_eq!(login.over_tls, over_tls, "{login:?}");
                    if over_tls {
                        assert_no_password_in_clear(log, self.password);
                    }
                }
                Creds::Refused => assert!(!single_login(log).accepted),
                Creds::Untouched => assert_no_credentials(log, self.password),
                Creds::Unchecked => {}
            }
            assert_never_sent(log, self.never_sent);
        }
        (self.then)(doc, log);
    }
}

/// One `#[test]` per row: `scenarios! { name => case, … }`.
macro_rules! scenarios {
    ($($name:ident => $case:expr,)*) => {
        $(
            #[test]
            fn $name() {
                $case.run();
            }
        )*
    };
}
pub(crate) use scenarios;
