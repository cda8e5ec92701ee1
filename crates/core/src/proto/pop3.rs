//! POP3 client session (RFC 1939, CAPA/PIPELINING of RFC 2449, STLS of RFC 2595, AUTH of
//! RFC 5034) as a sans-IO state machine.
//!
//! The session only ever sends CAPA, STLS, USER/PASS, AUTH, APOP, STAT, UIDL and QUIT: it never
//! retrieves, previews or deletes a message, and it tries one login at most.

use std::collections::VecDeque;

use crate::model::{Evidence, Said, SessionFacts, StepKind, StepStatus};
use crate::proto::reply::{
    LineReader, MAX_LIST_LINES, Pop3Body, Pop3Command, Pop3Status, ReplyError, describe_unfinished,
    parse_pop3_status,
};
use crate::proto::sasl;
use crate::proto::sasl_exchange::{self, Challenge, SaslExchange};
use crate::proto::session::{
    Action, Deadline, Depth, Intake, MAX_TRANSCRIPT_LINES_PER_REPLY, OAuth2Login, Outbox,
    SecretForms, Session, SessionConfig, declined_plaintext, declined_plaintext_token,
    password_allowed, quote_line, reply_error_evidence,
};
use crate::said;

/// Most octets of a POP3 command line, CRLF included (RFC 5034 §4: an AUTH line with its
/// initial response must stay within 255).
const MAX_POP3_COMMAND_LINE: usize = 255;

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
    /// AUTH XOAUTH2 or AUTH OAUTHBEARER, at this stage of the exchange.
    AuthOAuth2 {
        mechanism: &'static str,
        stage: OAuth2Stage,
    },
    /// The `*` that cancels a SASL exchange the server would not end.
    AuthCancel,
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
            | Pending::AuthOAuth2 { .. }
            | Pending::AuthCancel
            | Pending::Apop => StepKind::Login,
            Pending::Stat => StepKind::Stat,
            Pending::Uidl { .. } => StepKind::Uidl,
            Pending::Quit => StepKind::Quit,
        }
    }

    /// The command as far as the status lines it may get go.
    fn answers(self) -> Pop3Command {
        match self {
            Pending::Greeting => Pop3Command::Greeting,
            Pending::AuthPlain => Pop3Command::Sasl {
                credentials_sent: true,
            },
            Pending::AuthLogin(answered) => Pop3Command::Sasl {
                credentials_sent: answered >= 2,
            },
            Pending::AuthOAuth2 { stage, .. } => Pop3Command::Sasl {
                credentials_sent: stage != OAuth2Stage::AwaitingReady,
            },
            // The `*` that cancels an exchange must be refused (RFC 5034 §4): `+OK` to it is
            // no success.
            Pending::AuthCancel => Pop3Command::Sasl {
                credentials_sent: false,
            },
            _ => Pop3Command::Other,
        }
    }

    /// The command as a detail says it: its name, or "the greeting" in the reader's words.
    fn said(self) -> Said {
        match self {
            Pending::Greeting => said!("step-command-greeting"),
            Pending::AuthCancel => said!("step-command-cancel"),
            other => Said::from(other.name()),
        }
    }

    /// The command's name in messages.
    fn name(self) -> &'static str {
        match self {
            Pending::Greeting => "the greeting",
            Pending::Capa => "CAPA",
            Pending::Stls => "STLS",
            Pending::User => "USER",
            Pending::Pass => "PASS",
            Pending::AuthPlain => "AUTH PLAIN",
            Pending::AuthLogin(_) => "AUTH LOGIN",
            Pending::AuthOAuth2 { mechanism, .. } => sasl_exchange::auth_command(mechanism),
            Pending::AuthCancel => "the cancelling *",
            Pending::Apop => "APOP",
            Pending::Stat => "STAT",
            Pending::Uidl { .. } => "UIDL",
            Pending::Quit => "QUIT",
        }
    }
}

use crate::proto::sasl_exchange::OAuth2Stage;

/// A multi-line body being collected.
struct BodyInProgress {
    for_cmd: Pending,
    /// The status line that opened it (cut to a quotable length).
    status_line: Vec<u8>,
    body: Pop3Body,
}

impl BodyInProgress {
    fn new(for_cmd: Pending, status_line: &[u8], body: Pop3Body) -> Self {
        let keep = status_line
            .len()
            .min(crate::proto::reply::MAX_QUOTED_BYTES + 1);
        BodyInProgress {
            for_cmd,
            status_line: status_line[..keep].to_vec(),
            body,
        }
    }
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
    /// The bounds of the AUTH exchange in progress.
    sasl: SaslExchange,
}

impl Pop3Session {
    /// A session on a fresh connection; `tls_active` when it runs over implicit TLS.
    pub fn new(cfg: SessionConfig, tls_active: bool) -> Self {
        let secrets = cfg.secret_forms();
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
            sasl: SaslExchange::default(),
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

    fn fail_and_quit(&mut self, step: StepKind, detail: Said, evidence: Option<Evidence>) {
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
        let answer_to = match &self.body {
            Some(progress) => progress.for_cmd.name(),
            None => self.pending.front().map_or("the greeting", |p| p.name()),
        };
        self.out.abort(
            said!("step-reply-unreadable"),
            reply_error_evidence(err, answer_to),
        );
    }

    /// Whether the oldest command awaiting a reply is on the wire: a line that comes before
    /// the driver took the command answers nothing the server could have read.
    fn reply_expected(&self) -> bool {
        self.pending.len() > self.out.unsent()
    }

    fn on_line(&mut self, line: &[u8]) {
        if let Some(mut progress) = self.body.take() {
            if progress.body.count() < MAX_TRANSCRIPT_LINES_PER_REPLY || line == b"." {
                self.out.received(line);
            }
            if progress.for_cmd == Pending::Capa
                && matches!(
                    parse_pop3_status(line),
                    Ok(Pop3Status::Ok(_) | Pop3Status::Err(_))
                )
            {
                // A capability is a keyword; a status line here is the answer to something
                // else, so the replies no longer line up with the commands.
                let message = said!("detail-reply-status-in-capa", reply = quote_line(line));
                return self.out.reply_mismatch(
                    false,
                    said!("step-reply-does-not-fit", command = "CAPA"),
                    message,
                );
            }
            match progress.body.push_line(line) {
                Ok(true) => {
                    let hidden = progress
                        .body
                        .count()
                        .saturating_sub(MAX_TRANSCRIPT_LINES_PER_REPLY);
                    if hidden > 0 {
                        self.out
                            .note(said!("transcript-more-lines-hidden", lines = hidden));
                    }
                    self.body_done(progress);
                }
                Ok(false) => self.body = Some(progress),
                Err(e) => {
                    // Kept, so the error names the command the body answers.
                    self.body = Some(progress);
                    self.protocol_error(&e);
                }
            }
            return;
        }
        self.out.received(line);
        let Some(&cmd) = self.pending.front() else {
            self.out.note(said!("transcript-line-after-last-command"));
            return self.out.close();
        };
        if !self.reply_expected() {
            let message = said!(
                "detail-reply-before-command",
                reply = quote_line(line),
                command = cmd.said()
            );
            return self.out.reply_mismatch(
                cmd == Pending::Quit,
                said!("step-reply-unasked"),
                message,
            );
        }
        self.pending.pop_front();
        match parse_pop3_status(line) {
            Ok(status) if !cmd.answers().fits(&status) => {
                let message = match status {
                    Pop3Status::Ok(_) => said!(
                        "detail-reply-success-before-password",
                        command = cmd.said(),
                        reply = quote_line(line)
                    ),
                    _ if cmd == Pending::Greeting => said!(
                        "detail-reply-not-a-greeting",
                        reply = quote_line(line),
                        expected = cmd.answers().expected()
                    ),
                    _ => said!(
                        "detail-reply-cannot-answer",
                        command = cmd.said(),
                        reply = quote_line(line),
                        expected = cmd.answers().expected()
                    ),
                };
                let detail = said!("step-reply-does-not-fit", command = cmd.said());
                self.out
                    .reply_mismatch(cmd == Pending::Quit, detail, message);
            }
            Ok(status) => self.on_status(cmd, status, line),
            Err(e) => {
                let detail = match cmd {
                    Pending::Greeting => said!("step-not-a-greeting", protocol = "POP3"),
                    _ => said!("step-reply-not-protocol", protocol = "POP3"),
                };
                self.out.abort(detail, reply_error_evidence(&e, cmd.name()));
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
                    said!("step-greeting-refused"),
                    ev,
                );
                self.out.close();
            }
            (Pending::Capa, Ok(_)) => {
                self.body = Some(BodyInProgress::new(
                    Pending::Capa,
                    line,
                    Pop3Body::with_limit(MAX_CAPABILITIES, MAX_LIST_LINES),
                ));
            }
            (Pending::Capa, _) => {
                let ev = self.reply_evidence(Some("CAPA"), line);
                self.out.finish(
                    StepKind::Capa,
                    StepStatus::Warn,
                    said!("step-capa-missing"),
                    ev,
                );
                self.capa = None;
                self.after_capabilities();
            }
            (Pending::Stls, Ok(_)) => {
                // Whatever follows the reply before the handshake is not protocol: set it aside.
                let leftover = self.lines.take_buffered();
                self.intake
                    .set_aside(&leftover, &mut self.out, &self.secrets);
                self.pending.clear();
                self.intake.awaiting_tls = true;
                self.out.push(Action::StartTls);
            }
            (Pending::Stls, _) => {
                let ev = self.reply_evidence(Some("STLS"), line);
                self.fail_and_quit(
                    StepKind::Stls,
                    said!("step-upgrade-refused", command = "STLS"),
                    ev,
                );
            }
            (Pending::User, Ok(_)) => {
                if !self.pending.contains(&Pending::Pass) {
                    self.send_pass();
                }
            }
            (Pending::Pass | Pending::AuthPlain | Pending::Apop, Ok(_)) => {
                self.login_ok();
            }
            (Pending::AuthLogin(_) | Pending::AuthOAuth2 { .. }, Ok(_)) => self.login_ok(),
            (Pending::AuthOAuth2 { mechanism, stage }, Continue(challenge)) => {
                self.on_oauth2_challenge(mechanism, stage, &challenge, line);
            }
            (Pending::AuthPlain | Pending::AuthLogin(_), Continue(challenge)) => {
                self.on_challenge(cmd, &challenge, line);
            }
            (Pending::AuthCancel, _) => {
                // The login already failed; whatever the server says to `*` is only recorded.
                self.quit();
            }
            (
                Pending::User
                | Pending::Pass
                | Pending::AuthPlain
                | Pending::AuthLogin(_)
                | Pending::AuthOAuth2 { .. }
                | Pending::Apop,
                _,
            ) => {
                self.login_failed(line);
            }
            (Pending::Stat, Ok(_)) if self.login_refused => {
                self.out.finish(
                    StepKind::Stat,
                    StepStatus::Skipped,
                    said!("step-not-tried-login-refused"),
                    None,
                );
            }
            (Pending::Stat, Ok(t)) => self.on_stat(&t.text),
            (Pending::Stat, _) if self.login_refused => {
                let ev = self.reply_evidence(Some("STAT"), line);
                self.out.finish(
                    StepKind::Stat,
                    StepStatus::Skipped,
                    said!("step-not-tried-login-refused"),
                    ev,
                );
            }
            (Pending::Stat, _) => {
                let ev = self.reply_evidence(Some("STAT"), line);
                self.fail_and_quit(
                    StepKind::Stat,
                    said!("step-command-refused", command = "STAT"),
                    ev,
                );
            }
            (Pending::Uidl { multi: true }, Ok(_)) => {
                self.body = Some(BodyInProgress::new(
                    cmd,
                    line,
                    Pop3Body::with_limit(0, MAX_LIST_LINES),
                ));
            }
            (Pending::Uidl { multi: false }, Ok(_)) => {
                self.facts.uidl_ok = Some(true);
                self.out.finish(
                    StepKind::Uidl,
                    StepStatus::Ok,
                    said!("step-uidl-available"),
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
                    said!("step-uidl-unsupported"),
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
                    said!("step-quit-not-accepted"),
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
                let detail = said!("step-uidl-listed", messages = progress.body.count());
                self.out
                    .finish(StepKind::Uidl, StepStatus::Ok, detail, None);
                self.publish_facts();
                self.quit();
            }
            _ => {}
        }
    }

    fn after_capabilities(&mut self) {
        use crate::settings::Security;
        if self.cfg.security == Security::Starttls && !self.tls_active {
            if self.capa.is_some() && !self.has_capa("STLS") {
                let reply =
                    crate::sanitize::sanitize_str(&self.capa.clone().unwrap_or_default().join(" "));
                self.fail_and_quit(
                    StepKind::Stls,
                    said!("step-upgrade-not-offered", command = "STLS"),
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
        if let Some(login) = self.cfg.oauth2.clone() {
            return self.oauth2_login(&login);
        }
        let Some(creds) = self.cfg.credentials.clone() else {
            self.out.finish(
                StepKind::Login,
                StepStatus::Skipped,
                said!("step-login-no-credentials"),
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
            self.sasl = SaslExchange::new(0);
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
            self.sasl = SaslExchange::new(2);
            self.send(Pending::AuthLogin(0), "AUTH LOGIN".into(), "AUTH LOGIN");
        } else if let Some(stamp) = self.apop_stamp.clone() {
            self.apop(&creds, &stamp);
        } else {
            let offered = crate::sanitize::sanitize_str(&self.facts.auth_mechanisms.join(" "));
            let detail = if offered.is_empty() {
                said!("step-login-no-method")
            } else {
                said!("step-login-no-method-offered", offered = offered)
            };
            let reply =
                crate::sanitize::sanitize_str(&self.capa.clone().unwrap_or_default().join(" "));
            self.fail_and_quit(
                StepKind::Login,
                detail,
                Some(Evidence::Reply {
                    sent: Some("CAPA".into()),
                    reply,
                }),
            );
        }
        self.publish_facts();
        self.pipeline_stat();
    }

    /// Log in with the OAuth2 token: OAUTHBEARER or XOAUTH2 as the server offers, the answer
    /// on the AUTH line when the line stays within RFC 5034's 255 octets, else after the
    /// server's empty challenge. No mechanism for a token: no login at all, never a password.
    fn oauth2_login(&mut self, login: &OAuth2Login) {
        if !password_allowed(self.tls_active, self.cfg.allow_plaintext_auth) {
            self.out.finish(
                StepKind::Login,
                StepStatus::Warn,
                said!("step-login-not-tried-unencrypted"),
                Some(Evidence::Declined {
                    reason: declined_plaintext_token(),
                }),
            );
            return self.quit();
        }
        let Some(mechanism) = sasl::choose_oauth2_mechanism(&self.facts.auth_mechanisms) else {
            let reply =
                crate::sanitize::sanitize_str(&self.capa.clone().unwrap_or_default().join(" "));
            return self.fail_and_quit(
                StepKind::Login,
                sasl_exchange::oauth2_not_offered(&self.facts.auth_mechanisms),
                Some(Evidence::Reply {
                    sent: Some("CAPA".into()),
                    reply,
                }),
            );
        };
        let command = sasl_exchange::auth_command(mechanism);
        self.facts.login_method = Some(command.into());
        self.login_shown = format!("{command} ***");
        let response = sasl::oauth2_response(
            mechanism,
            &login.user,
            &login.host,
            login.port,
            login.token.expose(),
        );
        let line = format!("{command} {response}");
        if line.len() + 2 <= MAX_POP3_COMMAND_LINE {
            self.sasl = SaslExchange::oauth2(false);
            self.send(
                Pending::AuthOAuth2 {
                    mechanism,
                    stage: OAuth2Stage::Sent,
                },
                line,
                &format!("{command} ***"),
            );
        } else {
            self.sasl = SaslExchange::oauth2(true);
            self.send(
                Pending::AuthOAuth2 {
                    mechanism,
                    stage: OAuth2Stage::AwaitingReady,
                },
                command.into(),
                command,
            );
        }
        self.publish_facts();
    }

    /// A `+` challenge during an OAuth2 exchange: the empty one that asks for the answer (when
    /// it did not fit on the AUTH line), then at most one error challenge, answered with the
    /// dummy response that lets the server send its final refusal (RFC 7628 §3.2.3).
    fn on_oauth2_challenge(
        &mut self,
        mechanism: &'static str,
        stage: OAuth2Stage,
        challenge: &str,
        line: &[u8],
    ) {
        if let Challenge::Cancel(reason) = self.sasl.challenge(challenge.len()) {
            return self.cancel_sasl(reason, line);
        }
        let Some(login) = self.cfg.oauth2.clone() else {
            return self.cancel_sasl(sasl_exchange::KEPT_ASKING, line);
        };
        match sasl_exchange::oauth2_next(mechanism, stage, challenge, &login) {
            sasl_exchange::OAuth2Step::Answer { wire, stage, error } => {
                if let Some(error) = error {
                    self.facts.oauth2_error =
                        Some(crate::sanitize::sanitize_str(&self.secrets.scrub(&error)));
                    self.publish_facts();
                }
                let shown = self.secrets.shown_challenge(challenge);
                self.send(
                    Pending::AuthOAuth2 { mechanism, stage },
                    wire.expose().to_string(),
                    &shown,
                );
            }
            sasl_exchange::OAuth2Step::Cancel(reason) => self.cancel_sasl(reason, line),
        }
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
            said!("step-login-not-tried-unencrypted"),
            Some(Evidence::Declined {
                reason: declined_plaintext(),
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

    /// A `+` challenge during AUTH: answer it with the mechanism's next credential line while
    /// it has one and the challenge is of a sane size; otherwise cancel the exchange, fail the
    /// login and leave (never a second attempt).
    fn on_challenge(&mut self, cmd: Pending, challenge: &str, line: &[u8]) {
        let verdict = self.sasl.challenge(challenge.len());
        let creds = self.cfg.credentials.clone();
        match (verdict, cmd, creds) {
            (Challenge::Answer, Pending::AuthLogin(n), Some(c)) => {
                let shown = self.secrets.shown_challenge(challenge);
                self.send(
                    Pending::AuthLogin(n.saturating_add(1)),
                    sasl::login_step(n, &c.user, c.password.expose()),
                    &shown,
                );
            }
            (Challenge::Cancel(reason), ..) => self.cancel_sasl(reason, line),
            _ => self.cancel_sasl(sasl_exchange::KEPT_ASKING, line),
        }
    }

    /// Cancel the AUTH exchange (RFC 5034 §4): the login fails, then the session quits once the
    /// server has answered the `*`.
    fn cancel_sasl(&mut self, reason: &'static str, line: &[u8]) {
        if self.login_refused {
            return;
        }
        self.login_refused = true;
        let evidence = self.sasl.evidence(&crate::sanitize::sanitize(line));
        self.out.finish(
            StepKind::Login,
            StepStatus::Failed,
            Said::Phrase {
                key: reason,
                args: Vec::new(),
            },
            Some(evidence),
        );
        self.publish_facts();
        // Sent without opening a step: the login step is over.
        self.out.send(
            format!("{}\r\n", sasl_exchange::CANCEL),
            sasl_exchange::CANCEL,
        );
        self.pending.push_back(Pending::AuthCancel);
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
        let detail = match self.facts.login_method.as_deref() {
            Some(method) => said!("step-login-ok-with", method = method),
            None => said!("step-login-ok"),
        };
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
            said!("step-login-refused"),
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
                return self.fail_and_quit(StepKind::Stat, said!("step-stat-unreadable"), ev);
            }
        };
        self.facts.message_count = Some(count);
        self.facts.mailbox_octets = Some(size);
        self.out.finish(
            StepKind::Stat,
            StepStatus::Ok,
            said!("step-stat-mailbox", messages = count, octets = size),
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
        if !self
            .intake
            .admit(data, &mut self.out, "POP3", &self.secrets)
        {
            return;
        }
        self.lines.push(data);
        self.process_lines();
    }

    fn tls_established(&mut self) {
        self.intake.awaiting_tls = false;
        self.out
            .finish_upgrade(&mut self.intake, StepKind::Stls, "STLS", &self.secrets);
        self.tls_active = true;
        self.capa = None;
        self.facts.capabilities.clear();
        self.facts.auth_mechanisms.clear();
        // RFC 2595 §4: capabilities may differ after the upgrade; ask again.
        self.send(Pending::Capa, "CAPA".into(), "CAPA");
    }

    fn tls_failed(&mut self) {
        self.intake.awaiting_tls = false;
        self.out
            .finish_upgrade(&mut self.intake, StepKind::Stls, "STLS", &self.secrets);
        self.out.close();
    }

    fn timed_out(&mut self, deadline: Deadline) {
        let quitting = self.pending.front() == Some(&Pending::Quit);
        let partial = self.secrets.redact(self.lines.partial()).into_owned();
        let (answer_to, lines_seen, first) = match &self.body {
            // The status line and the list lines that followed it.
            Some(progress) => (
                progress.for_cmd.name(),
                progress.body.count() + 1,
                Some(progress.status_line.as_slice()),
            ),
            None => (
                self.pending.front().map_or("the greeting", |p| p.name()),
                0,
                None,
            ),
        };
        match describe_unfinished(lines_seen, first, &partial) {
            Some(what) => self
                .out
                .server_incomplete(quitting, answer_to, what, deadline),
            None => self.out.server_silent(quitting, deadline),
        }
    }

    fn closed(&mut self) {
        let quitting = self.pending.front() == Some(&Pending::Quit);
        self.out.server_closed(quitting);
    }

    fn abort(&mut self, detail: Said, evidence: Evidence) {
        self.out.abort(detail, evidence);
    }

    fn poll_action(&mut self) -> Option<Action> {
        self.out.pop()
    }

    fn is_done(&self) -> bool {
        self.out.is_done()
    }
}

#[cfg(test)]
mod sasl_bound_tests {
    use super::*;
    use crate::proto::session::Credentials;
    use crate::settings::{Secret, Security};

    fn config() -> SessionConfig {
        SessionConfig {
            security: Security::Tls,
            credentials: Some(Credentials {
                user: "alice".into(),
                password: Secret::new("hunter22"),
            }),
            oauth2: None,
            allow_plaintext_auth: false,
            depth: Depth::Full,
            from: None,
            to: None,
            ehlo_name: "probe.example.test".into(),
        }
    }

    /// Feed `answer` to every line the session sends until it closes; returns the lines sent
    /// and the login step's outcome. Stops after `limit` rounds so a loop shows as a failure.
    fn run_against(capa: &[u8], answer: &[u8], limit: usize) -> (Vec<String>, Vec<Action>) {
        let mut session = Pop3Session::new(config(), true);
        session.receive(b"+OK ready\r\n");
        let mut sent = Vec::new();
        let mut actions = Vec::new();
        let mut first = true;
        for _ in 0..limit {
            let mut wrote = false;
            while let Some(action) = session.poll_action() {
                if let Action::Send { wire, .. } = &action {
                    sent.push(String::from_utf8_lossy(wire).trim_end().to_string());
                    wrote = true;
                }
                actions.push(action);
            }
            if session.is_done() || !wrote {
                break;
            }
            session.receive(if first { capa } else { answer });
            first = false;
        }
        (sent, actions)
    }

    fn login_outcome(actions: &[Action]) -> Vec<(StepStatus, String)> {
        actions
            .iter()
            .filter_map(|a| match a {
                Action::StepFinished {
                    step: StepKind::Login,
                    status,
                    detail,
                    ..
                } => Some((*status, detail.to_string())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn endless_login_challenges_get_two_answers_one_cancel_and_quit() {
        let (sent, actions) = run_against(b"+OK\r\nSASL LOGIN\r\n.\r\n", b"+ VXNlcm5hbWU6\r\n", 50);
        assert_eq!(sent[0], "CAPA");
        assert_eq!(sent[1], "AUTH LOGIN");
        assert_eq!(sent[2], sasl::login_response("alice"));
        assert_eq!(sent[3], sasl::login_response("hunter22"));
        assert_eq!(&sent[4..], ["*", "QUIT"]);
        assert_eq!(
            login_outcome(&actions),
            [(
                StepStatus::Failed,
                "the server kept asking after the password was sent".to_string()
            )]
        );
        assert!(actions.contains(&Action::Close));
    }

    #[test]
    fn a_challenge_after_auth_plain_is_cancelled() {
        let (sent, actions) = run_against(b"+OK\r\nSASL PLAIN\r\n.\r\n", b"+ \r\n", 50);
        assert_eq!(sent.len(), 4, "{sent:?}");
        assert!(sent[1].starts_with("AUTH PLAIN "));
        assert_eq!(&sent[2..], ["*", "QUIT"]);
        assert_eq!(login_outcome(&actions)[0].0, StepStatus::Failed);
        assert!(actions.contains(&Action::Close));
    }

    #[test]
    fn an_oversized_challenge_is_cancelled_before_the_password_goes() {
        let big = format!(
            "+ {}\r\n",
            "A".repeat(sasl_exchange::MAX_CHALLENGE_BYTES + 1)
        );
        let (sent, actions) = run_against(b"+OK\r\nSASL LOGIN\r\n.\r\n", big.as_bytes(), 50);
        assert_eq!(&sent[1..], ["AUTH LOGIN", "*", "QUIT"]);
        assert_eq!(
            login_outcome(&actions),
            [(
                StepStatus::Failed,
                "the server's login challenge was too long for a password login, so the login was cancelled"
                    .to_string()
            )]
        );
    }
}
