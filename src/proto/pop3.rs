//! POP3 client session (RFC 1939, CAPA/PIPELINING of RFC 2449, STLS of RFC 2595, AUTH of
//! RFC 5034) as a sans-IO state machine.
//!
//! The session only ever sends CAPA, STLS, USER/PASS, AUTH, APOP, STAT, UIDL and QUIT: it never
//! retrieves, previews or deletes a message, and it tries one login at most.

use std::collections::VecDeque;

use crate::model::{Evidence, SessionFacts, StepKind, StepStatus};
use crate::proto::reply::{LineReader, Pop3Body, Pop3Status, ReplyError, parse_pop3_status};
use crate::proto::sasl;
use crate::proto::session::{
    Action, DECLINED_PLAINTEXT, Depth, Intake, MAX_TRANSCRIPT_LINES_PER_REPLY, Outbox, SecretForms,
    Session, SessionConfig, password_allowed, reply_error_evidence,
};

/// Most capability lines kept.
const MAX_CAPABILITIES: usize = 100;

/// A command whose reply is awaited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    Greeting,
    Capa,
    Stls,
    User,
    Pass,
    AuthPlain,
    /// AUTH LOGIN, with the number of challenges answered so far.
    AuthLogin(u8),
    Apop,
    Stat,
    /// `UIDL 1` (single line) or `UIDL` (multi-line).
    Uidl {
        multi: bool,
    },
    Quit,
}

impl Pending {
    fn step(self) -> StepKind {
        match self {
            Pending::Greeting => StepKind::Greeting,
            Pending::Capa => StepKind::Capa,
            Pending::Stls => StepKind::Stls,
            Pending::User
            | Pending::Pass
            | Pending::AuthPlain
            | Pending::AuthLogin(_)
            | Pending::Apop => StepKind::Login,
            Pending::Stat => StepKind::Stat,
            Pending::Uidl { .. } => StepKind::Uidl,
            Pending::Quit => StepKind::Quit,
        }
    }
}

/// A multi-line body being collected.
struct BodyInProgress {
    for_cmd: Pending,
    body: Pop3Body,
}

/// The POP3 client session.
pub struct Pop3Session {
    cfg: SessionConfig,
    tls_active: bool,
    lines: LineReader,
    out: Outbox,
    pending: VecDeque<Pending>,
    body: Option<BodyInProgress>,
    facts: SessionFacts,
    /// Capability lines, when CAPA worked.
    capa: Option<Vec<String>>,
    apop_stamp: Option<String>,
    intake: Intake,
    /// What the login command looked like in the transcript, for evidence.
    login_shown: String,
    /// Set once the login was refused: later pipelined replies are only recorded.
    login_refused: bool,
    quit_sent: bool,
    /// The password's forms, cut from everything the server sends.
    secrets: SecretForms,
}

impl Pop3Session {
    /// A session on a fresh connection; `tls_active` when it runs over implicit TLS.
    pub fn new(cfg: SessionConfig, tls_active: bool) -> Self {
        let secrets = SecretForms::of(cfg.credentials.as_ref());
        let mut s = Pop3Session {
            secrets,
            cfg,
            tls_active,
            lines: LineReader::new(),
            out: Outbox::default(),
            pending: VecDeque::from([Pending::Greeting]),
            body: None,
            facts: SessionFacts::default(),
            capa: None,
            apop_stamp: None,
            intake: Intake::default(),
            login_shown: String::new(),
            login_refused: false,
            quit_sent: false,
        };
        s.out.start(StepKind::Greeting);
        s
    }

    fn has_capa(&self, name: &str) -> bool {
        self.capa.as_ref().is_some_and(|c| {
            c.iter().any(|l| {
                l.split_whitespace()
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(name))
            })
        })
    }

    fn send(&mut self, cmd: Pending, wire: String, shown: &str) {
        self.out.start(cmd.step());
        self.out.send(format!("{wire}\r\n"), shown);
        self.pending.push_back(cmd);
    }

    fn publish_facts(&mut self) {
        self.out.push(Action::Facts(self.facts.clone()));
    }

    fn quit(&mut self) {
        if !self.quit_sent && !self.out.is_done() {
            self.quit_sent = true;
            self.send(Pending::Quit, "QUIT".into(), "QUIT");
        }
    }

    fn fail_and_quit(&mut self, step: StepKind, detail: &str, evidence: Option<Evidence>) {
        self.out.finish(step, StepStatus::Failed, detail, evidence);
        self.quit();
    }

    fn process_lines(&mut self) {
        while !self.out.is_done() && !self.intake.awaiting_tls {
            match self.lines.next_line() {
                Ok(Some(line)) => {
                    let line = self.secrets.redact(&line).into_owned();
                    self.on_line(&line)
                }
                Ok(None) => return,
                Err(e) => return self.protocol_error(&e),
            }
        }
    }

    fn protocol_error(&mut self, err: &ReplyError) {
        if self.out.current_step().is_none() {
            self.out.start(StepKind::Greeting);
        }
        self.out.abort(
            "the server's reply could not be read",
            reply_error_evidence(err),
        );
    }

    fn on_line(&mut self, line: &[u8]) {
        if let Some(mut progress) = self.body.take() {
            if progress.body.count() < MAX_TRANSCRIPT_LINES_PER_REPLY || line == b"." {
                self.out.received(line);
            }
            match progress.body.push_line(line) {
                Ok(true) => {
                    let hidden = progress
                        .body
                        .count()
                        .saturating_sub(MAX_TRANSCRIPT_LINES_PER_REPLY);
                    if hidden > 0 {
                        self.out.note(format!("({hidden} more lines not shown)"));
                    }
                    self.body_done(progress);
                }
                Ok(false) => self.body = Some(progress),
                Err(e) => self.protocol_error(&e),
            }
            return;
        }
        self.out.received(line);
        let Some(cmd) = self.pending.pop_front() else {
            self.out
                .note("the server sent a line nobody asked for; ignored");
            return;
        };
        match parse_pop3_status(line) {
            Ok(status) => self.on_status(cmd, status, line),
            Err(e) => {
                let detail = match cmd {
                    Pending::Greeting => "this is not a POP3 greeting",
                    _ => "the server's reply is not POP3",
                };
                self.out.abort(detail, reply_error_evidence(&e));
            }
        }
    }

    fn reply_evidence(&self, sent: Option<&str>, line: &[u8]) -> Option<Evidence> {
        Some(Evidence::Reply {
            sent: sent.map(str::to_string),
            reply: crate::sanitize::sanitize(line),
        })
    }

    fn on_status(&mut self, cmd: Pending, status: Pop3Status, line: &[u8]) {
        use Pop3Status::{Continue, Ok};
        match (cmd, status) {
            (Pending::Greeting, Ok(t)) => {
                self.apop_stamp = sasl::apop_timestamp(&t.text);
                self.facts.apop_offered = self.apop_stamp.is_some();
                self.facts.greeting = Some(crate::sanitize::sanitize(line));
                let detail = crate::sanitize::sanitize(line);
                self.out
                    .finish(StepKind::Greeting, StepStatus::Ok, detail, None);
                self.publish_facts();
                self.send(Pending::Capa, "CAPA".into(), "CAPA");
            }
            (Pending::Greeting, _) => {
                let ev = self.reply_evidence(None, line);
                self.out.finish(
                    StepKind::Greeting,
                    StepStatus::Failed,
                    "the server refused the connection",
                    ev,
                );
                self.out.close();
            }
            (Pending::Capa, Ok(_)) => {
                self.body = Some(BodyInProgress {
                    for_cmd: Pending::Capa,
                    body: Pop3Body::new(MAX_CAPABILITIES),
                });
            }
            (Pending::Capa, _) => {
                let ev = self.reply_evidence(Some("CAPA"), line);
                self.out.finish(
                    StepKind::Capa,
                    StepStatus::Warn,
                    "the server does not list its capabilities (no CAPA)",
                    ev,
                );
                self.capa = None;
                self.after_capabilities();
            }
            (Pending::Stls, Ok(_)) => {
                self.out.finish(
                    StepKind::Stls,
                    StepStatus::Ok,
                    "server agreed to STLS",
                    None,
                );
                let leftover = self.lines.take_buffered();
                if !leftover.is_empty() {
                    self.out.note(format!(
                        "discarded {} bytes sent in plain text after the STLS reply",
                        leftover.len()
                    ));
                }
                self.pending.clear();
                self.intake.awaiting_tls = true;
                self.out.push(Action::StartTls);
            }
            (Pending::Stls, _) => {
                let ev = self.reply_evidence(Some("STLS"), line);
                self.fail_and_quit(StepKind::Stls, "the server refused STLS", ev);
            }
            (Pending::User, Ok(_)) => {
                if !self.pending.contains(&Pending::Pass) {
                    self.send_pass();
                }
            }
            (Pending::Pass | Pending::AuthPlain | Pending::Apop, Ok(_)) => {
                self.login_ok();
            }
            (Pending::AuthLogin(_), Ok(_)) => self.login_ok(),
            (Pending::AuthLogin(n), Continue(challenge)) if n < 2 => {
                let creds = self.cfg.credentials.clone();
                if let Some(c) = creds {
                    let shown = self.secrets.shown_challenge(&challenge);
                    let value = if n == 0 {
                        c.user
                    } else {
                        c.password.expose().to_string()
                    };
                    self.send(
                        Pending::AuthLogin(n + 1),
                        sasl::login_response(&value),
                        &shown,
                    );
                }
            }
            (Pending::AuthPlain | Pending::AuthLogin(_), Continue(_)) => {
                // The server asks for more than PLAIN/LOGIN need: cancel (RFC 5034 §4).
                self.send(cmd, "*".into(), "*");
            }
            (
                Pending::User
                | Pending::Pass
                | Pending::AuthPlain
                | Pending::AuthLogin(_)
                | Pending::Apop,
                _,
            ) => {
                self.login_failed(line);
            }
            (Pending::Stat, Ok(_)) if self.login_refused => {
                self.out.finish(
                    StepKind::Stat,
                    StepStatus::Skipped,
                    "not tried: the login was refused",
                    None,
                );
            }
            (Pending::Stat, Ok(t)) => self.on_stat(&t.text),
            (Pending::Stat, _) if self.login_refused => {
                let ev = self.reply_evidence(Some("STAT"), line);
                self.out.finish(
                    StepKind::Stat,
                    StepStatus::Skipped,
                    "not tried: the login was refused",
                    ev,
                );
            }
            (Pending::Stat, _) => {
                let ev = self.reply_evidence(Some("STAT"), line);
                self.fail_and_quit(StepKind::Stat, "the server refused STAT", ev);
            }
            (Pending::Uidl { multi: true }, Ok(_)) => {
                self.body = Some(BodyInProgress {
                    for_cmd: cmd,
                    body: Pop3Body::new(0),
                });
            }
            (Pending::Uidl { multi: false }, Ok(_)) => {
                self.facts.uidl_ok = Some(true);
                self.out.finish(
                    StepKind::Uidl,
                    StepStatus::Ok,
                    "unique message ids available",
                    None,
                );
                self.publish_facts();
                self.quit();
            }
            (Pending::Uidl { .. }, _) => {
                self.facts.uidl_ok = Some(false);
                let ev = self.reply_evidence(Some("UIDL"), line);
                self.out.finish(
                    StepKind::Uidl,
                    StepStatus::Warn,
                    "the server does not support UIDL",
                    ev,
                );
                self.publish_facts();
                self.quit();
            }
            (Pending::Quit, Ok(_)) => {
                self.out.finish(StepKind::Quit, StepStatus::Ok, "", None);
                self.out.close();
            }
            (Pending::Quit, _) => {
                let ev = self.reply_evidence(Some("QUIT"), line);
                self.out.finish(
                    StepKind::Quit,
                    StepStatus::Warn,
                    "QUIT was not accepted",
                    ev,
                );
                self.out.close();
            }
        }
    }

    fn body_done(&mut self, progress: BodyInProgress) {
        match progress.for_cmd {
            Pending::Capa => {
                let caps: Vec<String> = progress
                    .body
                    .lines()
                    .iter()
                    .map(|l| crate::sanitize::sanitize_str(l.trim()))
                    .filter(|l| !l.is_empty())
                    .collect();
                self.facts.auth_mechanisms = caps
                    .iter()
                    .find_map(|l| {
                        let mut words = l.split_whitespace();
                        words
                            .next()
                            .filter(|w| w.eq_ignore_ascii_case("SASL"))
                            .map(|_| words.map(str::to_string).collect())
                    })
                    .unwrap_or_default();
                let detail = caps
                    .iter()
                    .map(|c| c.split_whitespace().next().unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join(" ");
                // Each line is bounded, their sum is not: cut the summary too.
                let detail = crate::sanitize::sanitize_str(&detail);
                self.facts.capabilities = caps.clone();
                self.capa = Some(caps);
                self.out
                    .finish(StepKind::Capa, StepStatus::Ok, detail, None);
                self.publish_facts();
                self.after_capabilities();
            }
            Pending::Uidl { .. } => {
                self.facts.uidl_ok = Some(true);
                let detail = format!("unique ids for {} messages", progress.body.count());
                self.out
                    .finish(StepKind::Uidl, StepStatus::Ok, detail, None);
                self.publish_facts();
                self.quit();
            }
            _ => {}
        }
    }

    fn after_capabilities(&mut self) {
        use crate::account::Security;
        if self.cfg.security == Security::Starttls && !self.tls_active {
            if self.capa.is_some() && !self.has_capa("STLS") {
                let reply =
                    crate::sanitize::sanitize_str(&self.capa.clone().unwrap_or_default().join(" "));
                self.fail_and_quit(
                    StepKind::Stls,
                    "the server does not offer STLS",
                    Some(Evidence::Reply {
                        sent: Some("CAPA".into()),
                        reply,
                    }),
                );
            } else {
                self.send(Pending::Stls, "STLS".into(), "STLS");
            }
            return;
        }
        match self.cfg.depth {
            Depth::Connection => self.quit(),
            Depth::Full => self.login(),
        }
    }

    fn login(&mut self) {
        let Some(creds) = self.cfg.credentials.clone() else {
            self.out.finish(
                StepKind::Login,
                StepStatus::Skipped,
                "no user name or password given: login not tested",
                None,
            );
            return self.quit();
        };
        let user = crate::sanitize::sanitize_str(&creds.user);
        if !password_allowed(self.tls_active, self.cfg.allow_plaintext_auth) {
            // APOP included: its digest is derived from the password and a stamp the server
            // chose, so anyone reading the line can try passwords against it offline.
            return self.decline_plaintext_login();
        }
        let mechanism = sasl::choose_mechanism(&self.facts.auth_mechanisms);
        if mechanism == Some("PLAIN") {
            self.facts.login_method = Some("AUTH PLAIN".into());
            self.login_shown = "AUTH PLAIN ***".into();
            let ir = sasl::plain_response(&creds.user, creds.password.expose());
            self.send(
                Pending::AuthPlain,
                format!("AUTH PLAIN {ir}"),
                "AUTH PLAIN ***",
            );
        } else if self.capa.is_none() || self.has_capa("USER") {
            self.facts.login_method = Some("USER/PASS".into());
            self.login_shown = format!("USER {user} / PASS ***");
            self.send(
                Pending::User,
                format!("USER {}", creds.user),
                &format!("USER {user}"),
            );
            if self.has_capa("PIPELINING") {
                self.send_pass();
            }
        } else if mechanism == Some("LOGIN") {
            self.facts.login_method = Some("AUTH LOGIN".into());
            self.login_shown = "AUTH LOGIN ***".into();
            self.send(Pending::AuthLogin(0), "AUTH LOGIN".into(), "AUTH LOGIN");
        } else if let Some(stamp) = self.apop_stamp.clone() {
            self.apop(&creds, &stamp);
        } else {
            let offered = crate::sanitize::sanitize_str(&self.facts.auth_mechanisms.join(" "));
            let detail = if offered.is_empty() {
                "no login method in common with the server".to_string()
            } else {
                format!("no login method in common: the server offers only {offered}")
            };
            let reply =
                crate::sanitize::sanitize_str(&self.capa.clone().unwrap_or_default().join(" "));
            self.fail_and_quit(
                StepKind::Login,
                &detail,
                Some(Evidence::Reply {
                    sent: Some("CAPA".into()),
                    reply,
                }),
            );
        }
        self.publish_facts();
        self.pipeline_stat();
    }

    /// With PIPELINING (RFC 2449), STAT goes out together with a one-reply login: one round
    /// trip less. If the login is refused, STAT's reply is read and the step marked not tried.
    fn pipeline_stat(&mut self) {
        let one_reply_login = self
            .pending
            .iter()
            .any(|p| matches!(p, Pending::AuthPlain | Pending::Pass | Pending::Apop));
        if one_reply_login && self.has_capa("PIPELINING") && !self.pending.contains(&Pending::Stat)
        {
            self.send(Pending::Stat, "STAT".into(), "STAT");
        }
    }

    /// Say that the login was not tried because the connection is not encrypted, and leave.
    fn decline_plaintext_login(&mut self) {
        self.out.finish(
            StepKind::Login,
            StepStatus::Warn,
            "login not tried: the connection is not encrypted",
            Some(Evidence::Declined {
                reason: DECLINED_PLAINTEXT.into(),
            }),
        );
        self.quit();
    }

    fn apop(&mut self, creds: &crate::proto::session::Credentials, stamp: &str) {
        if !password_allowed(self.tls_active, self.cfg.allow_plaintext_auth) {
            return self.decline_plaintext_login();
        }
        let user = crate::sanitize::sanitize_str(&creds.user);
        self.facts.login_method = Some("APOP".into());
        self.login_shown = format!("APOP {user} ***");
        let digest = sasl::apop_digest(stamp, creds.password.expose());
        self.secrets.add(&digest);
        self.send(
            Pending::Apop,
            format!("APOP {} {digest}", creds.user),
            &format!("APOP {user} ***"),
        );
        self.publish_facts();
        self.pipeline_stat();
    }

    fn send_pass(&mut self) {
        if let Some(c) = self.cfg.credentials.clone() {
            self.send(
                Pending::Pass,
                format!("PASS {}", c.password.expose()),
                "PASS ***",
            );
        }
    }

    fn login_ok(&mut self) {
        if self.login_refused {
            return;
        }
        self.pending.retain(|p| !matches!(p, Pending::Pass));
        self.facts.login_ok = Some(true);
        let detail = format!(
            "logged in with {}",
            self.facts.login_method.as_deref().unwrap_or("a password")
        );
        self.out
            .finish(StepKind::Login, StepStatus::Ok, detail, None);
        self.publish_facts();
        if !self.pending.contains(&Pending::Stat) {
            self.send(Pending::Stat, "STAT".into(), "STAT");
        }
    }

    fn login_failed(&mut self, line: &[u8]) {
        if self.login_refused {
            return;
        }
        self.login_refused = true;
        self.facts.login_ok = Some(false);
        let ev = self.reply_evidence(Some(&self.login_shown.clone()), line);
        self.out.finish(
            StepKind::Login,
            StepStatus::Failed,
            "the server refused the login",
            ev,
        );
        self.publish_facts();
        // A pipelined PASS is still answered; its reply is read and recorded, nothing more.
        self.quit();
    }

    fn on_stat(&mut self, text: &str) {
        let mut nums = text.split_whitespace().map(|w| w.parse::<u64>());
        let (count, size) = match (nums.next(), nums.next()) {
            (Some(Ok(c)), Some(Ok(s))) => (c, s),
            _ => {
                let ev = Some(Evidence::Reply {
                    sent: Some("STAT".into()),
                    reply: crate::sanitize::sanitize_str(text),
                });
                return self.fail_and_quit(StepKind::Stat, "STAT reply is not \"count size\"", ev);
            }
        };
        self.facts.message_count = Some(count);
        self.facts.mailbox_octets = Some(size);
        self.out.finish(
            StepKind::Stat,
            StepStatus::Ok,
            format!("{count} messages, {size} octets"),
            None,
        );
        self.publish_facts();
        // `UIDL 1` answers in one line; an empty mailbox has no message 1, so ask for the
        // (then empty) list instead.
        if count > 0 {
            self.send(Pending::Uidl { multi: false }, "UIDL 1".into(), "UIDL 1");
        } else {
            self.send(Pending::Uidl { multi: true }, "UIDL".into(), "UIDL");
        }
        if self.has_capa("PIPELINING") {
            self.quit();
        }
    }
}

#[cfg(test)]
#[path = "pop3_login_tests.rs"]
mod login_tests;

impl Session for Pop3Session {
    fn receive(&mut self, data: &[u8]) {
        if !self.intake.admit(data, &mut self.out, "a POP3 greeting") {
            return;
        }
        self.lines.push(data);
        self.process_lines();
    }

    fn tls_established(&mut self) {
        self.intake.awaiting_tls = false;
        self.tls_active = true;
        self.capa = None;
        self.facts.capabilities.clear();
        self.facts.auth_mechanisms.clear();
        // RFC 2595 §4: capabilities may differ after the upgrade; ask again.
        self.send(Pending::Capa, "CAPA".into(), "CAPA");
    }

    fn tls_failed(&mut self) {
        self.intake.awaiting_tls = false;
        self.out.close();
    }

    fn timed_out(&mut self) {
        let quitting = self.pending.front() == Some(&Pending::Quit);
        self.out.server_silent(quitting);
    }

    fn closed(&mut self) {
        let quitting = self.pending.front() == Some(&Pending::Quit);
        self.out.server_closed(quitting);
    }

    fn abort(&mut self, detail: &str, evidence: Evidence) {
        self.out.abort(detail, evidence);
    }

    fn poll_action(&mut self) -> Option<Action> {
        self.out.pop()
    }

    fn is_done(&self) -> bool {
        self.out.is_done()
    }
}
