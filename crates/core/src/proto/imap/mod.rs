//! IMAP client session (RFC 9051 / RFC 3501, STARTTLS, SASL-IR of RFC 4959, response codes of
//! RFC 5530) as a sans-IO state machine, the incoming-mail check beside POP3.
//!
//! Steps: greeting (`* OK`, `* PREAUTH`, `* BYE`) → capabilities (from the greeting's
//! `[CAPABILITY …]` code when present, else `CAPABILITY`) → `STARTTLS` when configured and
//! offered, then `CAPABILITY` again → one login (`AUTHENTICATE PLAIN`, with SASL-IR when offered,
//! else `LOGIN`) → `STATUS INBOX (MESSAGES UNSEEN UIDVALIDITY)`, or `EXAMINE INBOX` when STATUS is
//! refused → `LOGOUT`. STATUS goes out in the same flight as a login that needs no go-ahead
//! (RFC 9051 §5.5, see `ImapSession::pipeline_status`); otherwise one command is in flight at
//! a time. Completions must come in the order the commands were sent, each with its command's
//! tag. The session never sends a command that reads a message or changes a mailbox (see
//! [`command::NEVER_SENT`]), and never logs in twice.

pub mod command;
pub mod frame;
pub mod response;

use std::collections::VecDeque;

use crate::model::{Evidence, IoFailure, Said, SessionFacts, StepKind, StepStatus};
use crate::proto::reply::{MAX_QUOTED_BYTES, describe_unfinished};
use crate::proto::sasl;
use crate::proto::sasl_exchange::{self, Challenge, OAuth2Stage, SaslExchange};
use crate::proto::session::{
    Action, Deadline, Depth, Intake, MAX_TRANSCRIPT_LINES_PER_REPLY, OAuth2Login, Outbox,
    SecretForms, Session, SessionConfig, command_said, declined_plaintext,
    declined_plaintext_token, password_allowed, quote_line,
};
use crate::said;
use crate::sanitize::{sanitize, sanitize_str};
use crate::settings::Security;

use frame::{Frame, FrameError, FrameReader};
use response::{Condition, MailboxNumbers, ServerResponse, StatusResponse};

/// Most responses read for one command (untagged data and the completion): a server that never
/// completes a command still ends the session.
pub const MAX_RESPONSES_PER_COMMAND: usize = 1_000;

/// Most untagged status lines (`* OK [ALERT] …`, `* NO …`) kept as evidence for one command.
const MAX_KEPT_STATUS_LINES: usize = 5;

/// Most capabilities kept.
const MAX_CAPABILITIES: usize = 200;

/// A command whose completion is awaited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    Capability,
    StartTls,
    /// `AUTHENTICATE PLAIN`, with the credentials in the command (SASL-IR) or after the
    /// server's go-ahead.
    Authenticate,
    /// `AUTHENTICATE XOAUTH2` or `AUTHENTICATE OAUTHBEARER` with the OAuth2 token.
    AuthenticateOAuth2(&'static str),
    Login,
    Status,
    Examine,
    Logout,
}

impl Command {
    fn step(self) -> StepKind {
        match self {
            Command::Capability => StepKind::Capa,
            Command::StartTls => StepKind::Starttls,
            Command::Authenticate | Command::AuthenticateOAuth2(_) | Command::Login => {
                StepKind::Login
            }
            Command::Status | Command::Examine => StepKind::Stat,
            Command::Logout => StepKind::Quit,
        }
    }

    /// The verb on the wire.
    fn verb(self) -> &'static str {
        match self {
            Command::Authenticate | Command::AuthenticateOAuth2(_) => "AUTHENTICATE",
            other => other.name(),
        }
    }

    /// The command's name in messages.
    fn name(self) -> &'static str {
        match self {
            Command::Capability => "CAPABILITY",
            Command::StartTls => "STARTTLS",
            Command::Authenticate => "AUTHENTICATE PLAIN",
            Command::AuthenticateOAuth2(mechanism) => {
                if mechanism.eq_ignore_ascii_case("OAUTHBEARER") {
                    "AUTHENTICATE OAUTHBEARER"
                } else {
                    "AUTHENTICATE XOAUTH2"
                }
            }
            Command::Login => "LOGIN",
            Command::Status => "STATUS",
            Command::Examine => "EXAMINE",
            Command::Logout => "LOGOUT",
        }
    }
}

/// The command in flight and what its untagged responses said so far.
#[derive(Debug)]
struct InFlight {
    command: Command,
    tag: String,
    /// The command as the transcript shows it.
    shown: String,
    responses: usize,
    /// Untagged status lines worth quoting (alerts, refusals), sanitized.
    kept: Vec<String>,
    capabilities: Option<Vec<String>>,
    numbers: Option<MailboxNumbers>,
    exists: Option<u32>,
    /// The UIDVALIDITY of an `[UIDVALIDITY n]` code (EXAMINE).
    uid_validity: Option<u32>,
    /// Its step is already over (a STATUS sent together with a login that was refused): the
    /// answer is shown in the transcript, nothing more.
    step_over: bool,
}

/// The IMAP client session.
pub struct ImapSession {
    cfg: SessionConfig,
    tls_active: bool,
    frames: FrameReader,
    out: Outbox,
    intake: Intake,
    secrets: SecretForms,
    /// Waiting for the greeting.
    greeting_pending: bool,
    /// Commands sent and not yet completed, oldest first.
    in_flight: VecDeque<InFlight>,
    next_tag: u32,
    /// The server's capabilities as last learned (upper case).
    capabilities: Vec<String>,
    facts: SessionFacts,
    /// The greeting was PREAUTH: the connection is logged in without a password.
    preauthenticated: bool,
    /// A login command was sent (there is never a second).
    login_sent: bool,
    /// The login step has ended (refused, cancelled or declined): nothing more is believed.
    login_over: bool,
    sasl: SaslExchange,
    /// The SASL exchange was cancelled with `*`.
    sasl_cancelled: bool,
    /// Where the OAuth2 exchange stands, when the login is one.
    oauth2_stage: OAuth2Stage,
    /// STATUS was sent together with the login, before its answer.
    status_pipelined: bool,
    /// The server asked for more after AUTHENTICATE's initial response and took the STATUS
    /// behind it as its SASL answer.
    sasl_ignored_ir: bool,
    logout_sent: bool,
    bare_lf_noted: bool,
}

impl ImapSession {
    /// A session on a fresh connection; `tls_active` when it runs over implicit TLS.
    pub fn new(cfg: SessionConfig, tls_active: bool) -> Self {
        let secrets = cfg.secret_forms();
        let mut session = ImapSession {
            cfg,
            tls_active,
            frames: FrameReader::new(),
            out: Outbox::default(),
            intake: Intake::default(),
            secrets,
            greeting_pending: true,
            in_flight: VecDeque::new(),
            next_tag: 1,
            capabilities: Vec::new(),
            facts: SessionFacts::default(),
            preauthenticated: false,
            login_sent: false,
            login_over: false,
            sasl: SaslExchange::default(),
            sasl_cancelled: false,
            oauth2_stage: OAuth2Stage::AwaitingReady,
            status_pipelined: false,
            sasl_ignored_ir: false,
            logout_sent: false,
            bare_lf_noted: false,
        };
        session.out.start(StepKind::Greeting);
        session
    }

    fn has_capability(&self, name: &str) -> bool {
        self.capabilities
            .iter()
            .any(|c| c.eq_ignore_ascii_case(name))
    }

    /// Send a tagged command: `args` follow the verb on the wire, `shown_args` in the transcript.
    fn send(&mut self, command: Command, args: &str, shown_args: &str) {
        let tag = command::tag(self.next_tag);
        self.next_tag = self.next_tag.saturating_add(1);
        let verb = command.verb();
        let (wire, shown) = if args.is_empty() {
            (format!("{tag} {verb}\r\n"), format!("{tag} {verb}"))
        } else {
            (
                format!("{tag} {verb} {args}\r\n"),
                format!("{tag} {verb} {shown_args}"),
            )
        };
        self.out.start(command.step());
        self.out.send(wire, shown.clone());
        self.in_flight.push_back(InFlight {
            command,
            tag,
            shown,
            responses: 0,
            kept: Vec::new(),
            capabilities: None,
            numbers: None,
            exists: None,
            uid_validity: None,
            step_over: false,
        });
    }

    /// Whether the oldest command awaiting its completion is on the wire: a response that comes
    /// before the driver took it answers nothing the server could have read.
    fn reply_expected(&self) -> bool {
        self.in_flight.len() > self.out.unsent()
    }

    fn publish_facts(&mut self) {
        self.out.push(Action::Facts(self.facts.clone()));
    }

    fn logout(&mut self) {
        if !self.logout_sent && !self.out.is_done() {
            self.logout_sent = true;
            self.send(Command::Logout, "", "");
        }
    }

    /// LOGOUT is in flight and nothing before it still has a step open (a STATUS sent with a
    /// refused login may still be answered first).
    fn quitting(&self) -> bool {
        self.in_flight.iter().any(|f| f.command == Command::Logout)
            && self
                .in_flight
                .iter()
                .take_while(|f| f.command != Command::Logout)
                .all(|f| f.step_over)
    }

    fn fail_and_logout(&mut self, step: StepKind, detail: Said, evidence: Option<Evidence>) {
        self.out.finish(step, StepStatus::Failed, detail, evidence);
        self.logout();
    }

    fn process(&mut self) {
        while !self.out.is_done() && !self.intake.awaiting_tls {
            match self.frames.next_frame() {
                Ok(Some(frame)) => {
                    if self.frames.saw_bare_lf() && !self.bare_lf_noted {
                        self.bare_lf_noted = true;
                        self.out.note(said!("transcript-bare-lf"));
                    }
                    self.on_frame(&frame);
                }
                Ok(None) => return,
                Err(e) => return self.framing_error(&e),
            }
        }
    }

    fn answer_to(&self) -> &'static str {
        match self.in_flight.front() {
            Some(f) => f.command.name(),
            None => "the greeting",
        }
    }

    fn framing_error(&mut self, err: &FrameError) {
        if self.out.current_step().is_none() {
            self.out.start(StepKind::Greeting);
        }
        let message = err.said(command_said(self.answer_to()));
        self.out.abort(
            said!("step-reply-unreadable"),
            Evidence::Io {
                failure: IoFailure::TooLong,
                message,
            },
        );
    }

    /// Show a response's lines in the transcript (redacted, bounded) and return its first line,
    /// redacted.
    fn show(&mut self, frame: &Frame) -> Vec<u8> {
        let mut first = None;
        for line in frame.lines.iter().take(MAX_TRANSCRIPT_LINES_PER_REPLY) {
            let line = self.secrets.redact(line).into_owned();
            self.out.received(&line);
            first.get_or_insert(line);
        }
        if frame.literal_bytes > 0 {
            self.out.note(said!(
                "transcript-literal-hidden",
                bytes = frame.literal_bytes
            ));
        }
        first.unwrap_or_default()
    }

    fn on_frame(&mut self, frame: &Frame) {
        let first_line = self.show(frame);
        // Nothing the password could hide in is read: the whole response is redacted first.
        let bytes = self.secrets.redact(&frame.bytes).into_owned();
        if self.greeting_pending {
            return self.on_greeting(&bytes, &first_line);
        }
        let Some(flight) = self.in_flight.front_mut() else {
            self.out.note(said!("transcript-line-after-last-command"));
            return self.out.close();
        };
        flight.responses += 1;
        if flight.responses > MAX_RESPONSES_PER_COMMAND {
            let message = said!(
                "detail-answer-too-many-responses",
                command = flight.command.name(),
                limit = MAX_RESPONSES_PER_COMMAND
            );
            return self.out.abort(
                said!("step-reply-unreadable"),
                Evidence::Io {
                    failure: IoFailure::TooLong,
                    message,
                },
            );
        }
        match response::parse_response(&bytes) {
            Some(ServerResponse::Status(status)) if status.tag.is_some() => {
                self.on_completion(status, &first_line)
            }
            Some(ServerResponse::Status(status)) => self.on_untagged_status(status, &first_line),
            Some(ServerResponse::Continuation) => self.on_continuation(&first_line),
            Some(ServerResponse::Capabilities(caps)) => {
                if let Some(f) = self.in_flight.front_mut() {
                    f.capabilities = Some(caps);
                }
            }
            Some(ServerResponse::MailboxStatus { inbox, numbers }) => {
                if let Some(f) = self.in_flight.front_mut().filter(|_| inbox) {
                    f.numbers = Some(numbers);
                }
            }
            Some(ServerResponse::Exists(n)) => {
                if let Some(f) = self.in_flight.front_mut() {
                    f.exists = Some(n);
                }
            }
            Some(ServerResponse::OtherData) => {}
            None if first_line.starts_with(b"* ") => {
                self.out.note(said!("transcript-untagged-skipped"))
            }
            None => {
                let detail = said!(
                    "step-reply-to-not-protocol",
                    command = command_said(self.answer_to()),
                    protocol = "IMAP"
                );
                self.out.abort(
                    detail,
                    Evidence::Reply {
                        sent: self.in_flight.front().map(|f| f.shown.clone()),
                        reply: sanitize(&first_line),
                    },
                );
            }
        }
    }

    fn on_greeting(&mut self, bytes: &[u8], first_line: &[u8]) {
        self.greeting_pending = false;
        let Some(greeting) = response::parse_greeting(bytes) else {
            return self.out.abort(
                said!("step-not-a-greeting", protocol = "IMAP"),
                Evidence::Reply {
                    sent: None,
                    reply: sanitize(first_line),
                },
            );
        };
        let line = sanitize(first_line);
        self.facts.greeting = Some(line.clone());
        if greeting.condition == Condition::Bye {
            self.out.finish(
                StepKind::Greeting,
                StepStatus::Failed,
                said!("step-greeting-refused"),
                Some(Evidence::Reply {
                    sent: None,
                    reply: line,
                }),
            );
            self.publish_facts();
            return self.out.close();
        }
        self.preauthenticated = greeting.condition == Condition::PreAuth;
        self.out
            .finish(StepKind::Greeting, StepStatus::Ok, line, None);
        if self.preauthenticated {
            self.out.note(said!("transcript-preauth"));
        }
        self.publish_facts();
        match greeting.capabilities {
            Some(caps) => {
                self.set_capabilities(caps);
                self.out.finish(
                    StepKind::Capa,
                    StepStatus::Ok,
                    said!(
                        "step-capa-from-greeting",
                        capabilities = self.capability_summary()
                    ),
                    None,
                );
                self.publish_facts();
                self.after_capabilities();
            }
            None => self.send(Command::Capability, "", ""),
        }
    }

    fn set_capabilities(&mut self, caps: Vec<String>) {
        let caps: Vec<String> = caps
            .into_iter()
            .take(MAX_CAPABILITIES)
            .map(|c| sanitize_str(&c))
            .collect();
        self.facts.auth_mechanisms = caps
            .iter()
            .filter_map(|c| {
                c.get(..5)
                    .filter(|p| p.eq_ignore_ascii_case("AUTH="))
                    .map(|_| c[5..].to_string())
            })
            .collect();
        self.facts.capabilities = caps.clone();
        self.capabilities = caps;
    }

    fn capability_summary(&self) -> String {
        sanitize_str(&self.capabilities.join(" "))
    }

    /// The evidence that shows the capability list.
    fn capability_evidence(&self) -> Evidence {
        Evidence::Reply {
            sent: Some("CAPABILITY".into()),
            reply: self.capability_summary(),
        }
    }

    fn on_untagged_status(&mut self, status: StatusResponse, first_line: &[u8]) {
        let worth_keeping = status.code.is_some() || status.condition != Condition::Ok;
        if let Some(f) = self.in_flight.front_mut() {
            if status.condition == Condition::Ok
                && let Some(code) = &status.code
                && code.name == "UIDVALIDITY"
            {
                f.uid_validity = code.argument.as_deref().and_then(|a| a.parse().ok());
            }
            if worth_keeping && f.kept.len() < MAX_KEPT_STATUS_LINES {
                f.kept.push(sanitize(first_line));
            }
        }
        if status.condition != Condition::Bye || self.quitting() {
            return;
        }
        // The server ends the session (RFC 9051 §7.1.5): every open step fails with its words.
        let (sent, mut reply) = match self.in_flight.front() {
            Some(f) => (Some(f.shown.clone()), f.kept.join("\n")),
            None => (None, String::new()),
        };
        if reply.is_empty() {
            reply = sanitize(first_line);
        }
        self.out.abort(
            said!("step-server-ended-session"),
            Evidence::Reply { sent, reply },
        );
    }

    fn on_continuation(&mut self, first_line: &[u8]) {
        let Some(flight) = self.in_flight.front() else {
            return;
        };
        let flight_command = flight.command;
        if !matches!(
            flight_command,
            Command::Authenticate | Command::AuthenticateOAuth2(_)
        ) {
            let message = said!(
                "detail-reply-continuation-unasked",
                reply = quote_line(first_line),
                command = flight.command.name()
            );
            let detail = said!("step-reply-does-not-fit", command = flight.command.name());
            let quitting = self.quitting();
            return self.out.reply_mismatch(quitting, detail, message);
        }
        if !self.reply_expected() {
            let message = said!(
                "detail-reply-before-authenticate",
                reply = quote_line(first_line)
            );
            return self
                .out
                .reply_mismatch(false, said!("step-reply-unasked"), message);
        }
        if self.sasl_cancelled {
            // Already cancelled: the tagged answer to `*` is awaited, nothing else is sent.
            return;
        }
        if self
            .in_flight
            .get(1)
            .is_some_and(|f| f.command == Command::Status)
        {
            // Only an AUTHENTICATE with its initial response has STATUS behind it, and the
            // server asks for more all the same: it reads the STATUS line that followed as its
            // SASL answer, so STATUS will never be completed on its own. Nothing is sent now
            // (the exchange has its answer, a wrong one); the login's completion decides, and
            // STATUS is asked again if it works.
            self.in_flight.remove(1);
            self.sasl_ignored_ir = true;
            self.out.note(said!("transcript-sasl-ir-ignored"));
            return;
        }
        let challenge = first_line.strip_prefix(b"+").unwrap_or(first_line);
        let challenge = challenge.strip_prefix(b" ").unwrap_or(challenge);
        if let Command::AuthenticateOAuth2(mechanism) = flight_command {
            let challenge = String::from_utf8_lossy(challenge).trim().to_string();
            return self.on_oauth2_challenge(mechanism, &challenge, first_line);
        }
        match self.sasl.challenge(challenge.len()) {
            Challenge::Answer => {
                let Some(creds) = self.cfg.credentials.clone() else {
                    return;
                };
                let answer = sasl::plain_response(&creds.user, creds.password.expose());
                self.out.send(format!("{answer}\r\n"), "***");
            }
            Challenge::Cancel(reason) => self.cancel_sasl(reason, first_line),
        }
    }

    /// A continuation during an OAuth2 AUTHENTICATE: the empty one that asks for the token's
    /// answer (without SASL-IR), then at most one error challenge, answered with the dummy
    /// response that lets the server complete the command with its refusal (RFC 7628 §3.2.3).
    fn on_oauth2_challenge(&mut self, mechanism: &'static str, challenge: &str, line: &[u8]) {
        if let Challenge::Cancel(reason) = self.sasl.challenge(challenge.len()) {
            return self.cancel_sasl(reason, line);
        }
        let Some(login) = self.cfg.oauth2.clone() else {
            return self.cancel_sasl(sasl_exchange::KEPT_ASKING, line);
        };
        match sasl_exchange::oauth2_next(mechanism, self.oauth2_stage, challenge, &login) {
            sasl_exchange::OAuth2Step::Answer { wire, stage, error } => {
                if let Some(error) = error {
                    self.facts.oauth2_error = Some(sanitize_str(&self.secrets.scrub(&error)));
                    self.publish_facts();
                }
                self.oauth2_stage = stage;
                let shown = self.secrets.shown_challenge(challenge);
                self.out.send(format!("{}\r\n", wire.expose()), shown);
            }
            sasl_exchange::OAuth2Step::Cancel(reason) => self.cancel_sasl(reason, line),
        }
    }

    /// Cancel the AUTHENTICATE exchange with `*` (RFC 9051 §6.2.2): the login fails; the
    /// session logs out once the server has answered.
    fn cancel_sasl(&mut self, reason: &'static str, line: &[u8]) {
        self.sasl_cancelled = true;
        self.login_over = true;
        self.facts.login_ok = Some(false);
        let evidence = self.sasl.evidence(&sanitize(line));
        let detail = Said::Phrase {
            key: reason,
            args: Vec::new(),
        };
        self.out
            .finish(StepKind::Login, StepStatus::Failed, detail, Some(evidence));
        self.skip_pipelined_status(said!("step-not-tried-login-cancelled"));
        self.publish_facts();
        self.out.send(
            format!("{}\r\n", sasl_exchange::CANCEL),
            sasl_exchange::CANCEL,
        );
    }

    fn on_completion(&mut self, status: StatusResponse, first_line: &[u8]) {
        let expected = self.reply_expected();
        let Some(flight) = self.in_flight.pop_front() else {
            return;
        };
        let tag = status.tag.clone().unwrap_or_default();
        if tag != flight.tag || !expected {
            let message = if tag != flight.tag {
                said!(
                    "detail-reply-wrong-tag",
                    tag = format!("\"{}\"", sanitize_str(&tag)),
                    reply = quote_line(first_line),
                    command = flight.command.name(),
                    awaited = format!("\"{}\"", flight.tag)
                )
            } else {
                said!(
                    "detail-reply-completed-early",
                    command = flight.command.name(),
                    reply = quote_line(first_line)
                )
            };
            let detail = said!("step-reply-does-not-fit", command = flight.command.name());
            return self
                .out
                .reply_mismatch(flight.command == Command::Logout, detail, message);
        }
        let mut lines = flight.kept.clone();
        lines.push(sanitize(first_line));
        let evidence = Evidence::Reply {
            sent: Some(flight.shown.clone()),
            reply: lines.join("\n"),
        };
        let ok = status.condition == Condition::Ok;
        match flight.command {
            Command::Capability => {
                let caps = flight.capabilities.clone().or(status.capabilities.clone());
                match (ok, caps) {
                    (true, Some(caps)) => {
                        self.set_capabilities(caps);
                        let detail = Said::from(self.capability_summary());
                        self.out
                            .finish(StepKind::Capa, StepStatus::Ok, detail, None);
                    }
                    _ => {
                        self.set_capabilities(Vec::new());
                        self.out.finish(
                            StepKind::Capa,
                            StepStatus::Warn,
                            said!("step-capa-unlisted"),
                            Some(evidence),
                        );
                    }
                }
                self.publish_facts();
                self.after_capabilities();
            }
            Command::StartTls if ok => {
                // Whatever follows the agreement before the handshake is not protocol.
                let leftover = self.frames.take_buffered();
                self.intake
                    .set_aside(&leftover, &mut self.out, &self.secrets);
                self.intake.awaiting_tls = true;
                self.out.push(Action::StartTls);
            }
            Command::StartTls => {
                self.fail_and_logout(
                    StepKind::Starttls,
                    said!("step-upgrade-refused", command = "STARTTLS"),
                    Some(evidence),
                );
            }
            Command::Authenticate | Command::AuthenticateOAuth2(_) | Command::Login => {
                self.on_login_completion(ok, &status, evidence)
            }
            Command::Status => self.on_status_completion(ok, &flight, evidence),
            Command::Examine => self.on_examine_completion(ok, &flight, evidence),
            Command::Logout => {
                if ok {
                    self.out.finish(StepKind::Quit, StepStatus::Ok, "", None);
                } else {
                    self.out.finish(
                        StepKind::Quit,
                        StepStatus::Warn,
                        said!("step-logout-not-accepted"),
                        Some(evidence),
                    );
                }
                self.out.close();
            }
        }
    }

    fn after_capabilities(&mut self) {
        if self.cfg.security == Security::Starttls && !self.tls_active {
            if self.preauthenticated {
                // STARTTLS is only allowed before login (RFC 9051 §6.2.1).
                return self.fail_and_logout(
                    StepKind::Starttls,
                    said!("step-starttls-after-preauth"),
                    self.facts.greeting.clone().map(|g| Evidence::Reply {
                        sent: None,
                        reply: g,
                    }),
                );
            }
            if !self.has_capability("STARTTLS") {
                return self.fail_and_logout(
                    StepKind::Starttls,
                    said!("step-upgrade-not-offered", command = "STARTTLS"),
                    Some(self.capability_evidence()),
                );
            }
            return self.send(Command::StartTls, "", "");
        }
        match self.cfg.depth {
            Depth::Connection => self.logout(),
            Depth::Full => self.login(),
        }
    }

    fn login(&mut self) {
        if self.preauthenticated {
            self.out.finish(
                StepKind::Login,
                StepStatus::Skipped,
                said!("step-login-preauth"),
                None,
            );
            return self.mailbox();
        }
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
            return self.logout();
        };
        if !password_allowed(self.tls_active, self.cfg.allow_plaintext_auth) {
            self.out.finish(
                StepKind::Login,
                StepStatus::Warn,
                said!("step-login-not-tried-unencrypted"),
                Some(Evidence::Declined {
                    reason: declined_plaintext(),
                }),
            );
            return self.logout();
        }
        let login_disabled = self.has_capability("LOGINDISABLED");
        if login_disabled && !self.tls_active {
            self.out.finish(
                StepKind::Login,
                StepStatus::Warn,
                said!("step-login-not-tried-logindisabled"),
                Some(self.capability_evidence()),
            );
            return self.logout();
        }
        let user = sanitize_str(&creds.user);
        if self.has_capability("AUTH=PLAIN") {
            self.login_sent = true;
            if self.has_capability("SASL-IR") {
                self.facts.login_method = Some("AUTHENTICATE PLAIN".into());
                self.sasl = SaslExchange::new(0);
                let ir = sasl::plain_response(&creds.user, creds.password.expose());
                self.send(Command::Authenticate, &format!("PLAIN {ir}"), "PLAIN ***");
                self.pipeline_status();
            } else {
                self.out.note(said!("transcript-no-sasl-ir"));
                self.facts.login_method = Some("AUTHENTICATE PLAIN".into());
                self.sasl = SaslExchange::new(1);
                self.send(Command::Authenticate, "PLAIN", "PLAIN");
            }
        } else if !login_disabled {
            let password = creds.password.expose();
            let (user_arg, password_arg) =
                match (command::quoted(&creds.user), command::quoted(password)) {
                    (Some(u), Some(p)) => (u, p),
                    _ if self.has_capability("LITERAL+") => (
                        command::quoted(&creds.user)
                            .unwrap_or_else(|| command::literal_plus(&creds.user)),
                        command::literal_plus(password),
                    ),
                    _ => {
                        self.out.finish(
                            StepKind::Login,
                            StepStatus::Failed,
                            said!("step-login-not-tried-unquotable"),
                            Some(self.capability_evidence()),
                        );
                        return self.logout();
                    }
                };
            // The quoted form escapes `"` and `\`: a server echoing it must not show it either.
            self.secrets.add(&password_arg);
            self.login_sent = true;
            self.facts.login_method = Some("LOGIN".into());
            self.send(
                Command::Login,
                &format!("{user_arg} {password_arg}"),
                &format!("{} ***", command::quoted(&user).unwrap_or_default()),
            );
            self.pipeline_status();
        } else {
            let offered = sanitize_str(&self.facts.auth_mechanisms.join(" "));
            let detail = if offered.is_empty() {
                said!("step-login-no-method-imap")
            } else {
                said!("step-login-no-method-offered", offered = offered)
            };
            self.out.finish(
                StepKind::Login,
                StepStatus::Failed,
                detail,
                Some(self.capability_evidence()),
            );
            return self.logout();
        }
        self.publish_facts();
    }

    /// Log in with the OAuth2 token: `AUTHENTICATE OAUTHBEARER` or `XOAUTH2` as the server
    /// offers (`AUTH=…`), the answer in the command with SASL-IR, else after the server's `+`.
    /// Nothing is sent behind it: a refusal comes as an error challenge, and a STATUS line
    /// behind the command would be read as the answer to it. No mechanism for a token: no
    /// login at all, never a password.
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
            return self.logout();
        }
        let Some(mechanism) = sasl::choose_oauth2_mechanism(&self.facts.auth_mechanisms) else {
            self.out.finish(
                StepKind::Login,
                StepStatus::Failed,
                sasl_exchange::oauth2_not_offered(&self.facts.auth_mechanisms),
                Some(self.capability_evidence()),
            );
            self.publish_facts();
            return self.logout();
        };
        let command = Command::AuthenticateOAuth2(mechanism);
        self.login_sent = true;
        self.facts.login_method = Some(command.name().into());
        if self.has_capability("SASL-IR") {
            self.sasl = SaslExchange::oauth2(false);
            self.oauth2_stage = OAuth2Stage::Sent;
            let ir = sasl::oauth2_response(
                mechanism,
                &login.user,
                &login.host,
                login.port,
                login.token.expose(),
            );
            self.send(
                command,
                &format!("{mechanism} {ir}"),
                &format!("{mechanism} ***"),
            );
        } else {
            self.out.note(said!("transcript-no-sasl-ir"));
            self.sasl = SaslExchange::oauth2(true);
            self.oauth2_stage = OAuth2Stage::AwaitingReady;
            self.send(command, mechanism, mechanism);
        }
        self.publish_facts();
    }

    /// Sends STATUS right behind a login that needs no go-ahead from the server (LOGIN, its
    /// literals non-synchronizing with LITERAL+, or AUTHENTICATE PLAIN with its initial
    /// response), without waiting for the login's answer: one round trip less.
    ///
    /// RFC 9051 §5.5 lets a client send another command before the previous one completes, and
    /// the server runs them in order, so STATUS is read once the login is decided. Whether that
    /// is safe depends only on what a refused login makes of STATUS, and it makes nothing of
    /// it: in the not-authenticated state the server answers it NO or BAD, STATUS reads no
    /// message and changes no mailbox, and it carries no secret. The session reads that answer
    /// and records the mailbox step as not tried. Nothing else goes before the login's answer:
    /// EXAMINE only follows a refused STATUS, and LOGOUT waits for STATUS so that EXAMINE can
    /// still follow it. A login that waits for the server's go-ahead (`+`) gets nothing behind
    /// it, as the next line would be read as its SASL answer.
    fn pipeline_status(&mut self) {
        if self.cfg.depth == Depth::Full {
            self.status_pipelined = true;
            self.send_status();
        }
    }

    fn send_status(&mut self) {
        self.send(
            Command::Status,
            "INBOX (MESSAGES UNSEEN UIDVALIDITY)",
            "INBOX (MESSAGES UNSEEN UIDVALIDITY)",
        );
    }

    /// After a login that did not work: the STATUS sent with it (if any) is not believed, its
    /// step ends as not tried; its answer, still to come, is only shown.
    fn skip_pipelined_status(&mut self, not_tried: Said) {
        if !self.status_pipelined {
            return;
        }
        self.status_pipelined = false;
        for f in self.in_flight.iter_mut() {
            if f.command == Command::Status {
                f.step_over = true;
            }
        }
        self.out
            .finish(StepKind::Stat, StepStatus::Skipped, not_tried, None);
    }

    fn on_login_completion(&mut self, ok: bool, status: &StatusResponse, evidence: Evidence) {
        if self.login_over {
            // The exchange was cancelled and the login already failed: the answer is recorded.
            return self.logout();
        }
        self.login_over = true;
        if ok {
            self.facts.login_ok = Some(true);
            let detail = match self.facts.login_method.as_deref() {
                Some(method) => said!("step-login-ok-with", method = method),
                None => said!("step-login-ok"),
            };
            self.out
                .finish(StepKind::Login, StepStatus::Ok, detail, None);
            self.publish_facts();
            if self.in_flight.iter().any(|f| f.command == Command::Status) {
                // STATUS went with the login; its answer comes next.
                return;
            }
            return self.mailbox();
        }
        if self.sasl_ignored_ir {
            // The server's verdict is on the STATUS line it took for the credentials: the
            // password was not tested.
            self.out.finish(
                StepKind::Login,
                StepStatus::Warn,
                said!("step-login-sasl-ir-ignored"),
                Some(evidence),
            );
            self.skip_pipelined_status(said!("step-not-tried-login-untested"));
            self.publish_facts();
            return self.logout();
        }
        self.facts.login_ok = Some(false);
        let detail = match &status.code {
            Some(code) => said!("step-login-refused-code", code = sanitize_str(&code.name)),
            None => said!("step-login-refused"),
        };
        self.out
            .finish(StepKind::Login, StepStatus::Failed, detail, Some(evidence));
        self.skip_pipelined_status(said!("step-not-tried-login-refused"));
        self.publish_facts();
        // LOGOUT goes behind a pipelined STATUS: its refusal is shown, nothing more.
        self.logout();
    }

    /// After the login: the read-only mailbox facts, or straight to LOGOUT.
    fn mailbox(&mut self) {
        match self.cfg.depth {
            Depth::Full => self.send_status(),
            Depth::Connection => self.logout(),
        }
    }

    fn on_status_completion(&mut self, ok: bool, flight: &InFlight, evidence: Evidence) {
        if flight.step_over {
            // Sent with a login that did not succeed; LOGOUT is already on its way.
            return;
        }
        if !ok {
            self.out.note(said!("transcript-status-refused-examine"));
            return self.send(Command::Examine, "INBOX", "INBOX");
        }
        let Some(numbers) = flight.numbers.clone().filter(|n| n.messages.is_some()) else {
            self.out.finish(
                StepKind::Stat,
                StepStatus::Warn,
                said!("step-status-without-count"),
                Some(evidence),
            );
            return self.logout();
        };
        let messages = numbers.messages.unwrap_or_default();
        self.facts.message_count = Some(u64::from(messages));
        let mut detail = match numbers.unseen {
            Some(unseen) => said!("step-inbox-unseen", messages = messages, unseen = unseen),
            None => said!("step-inbox", messages = messages),
        };
        if let Some(v) = numbers.uid_validity {
            detail = said!(
                "step-with-uidvalidity",
                text = detail,
                uidvalidity = v.to_string()
            );
        }
        self.out
            .finish(StepKind::Stat, StepStatus::Ok, detail, None);
        self.publish_facts();
        self.logout();
    }

    fn on_examine_completion(&mut self, ok: bool, flight: &InFlight, evidence: Evidence) {
        match (ok, flight.exists) {
            (true, Some(messages)) => {
                self.facts.message_count = Some(u64::from(messages));
                let mut detail = said!("step-inbox-examined", messages = messages);
                if let Some(v) = flight.uid_validity {
                    detail = said!(
                        "step-with-uidvalidity",
                        text = detail,
                        uidvalidity = v.to_string()
                    );
                }
                self.out
                    .finish(StepKind::Stat, StepStatus::Ok, detail, None);
                self.publish_facts();
            }
            (true, None) => self.out.finish(
                StepKind::Stat,
                StepStatus::Warn,
                said!("step-examine-without-count"),
                Some(evidence),
            ),
            (false, _) => self.out.finish(
                StepKind::Stat,
                StepStatus::Failed,
                said!("step-examine-refused"),
                Some(evidence),
            ),
        }
        self.logout();
    }
}

impl Session for ImapSession {
    fn receive(&mut self, data: &[u8]) {
        if !self
            .intake
            .admit(data, &mut self.out, "IMAP", &self.secrets)
        {
            return;
        }
        self.frames.push(data);
        self.process();
    }

    fn tls_established(&mut self) {
        self.intake.awaiting_tls = false;
        self.out.finish_upgrade(
            &mut self.intake,
            StepKind::Starttls,
            "STARTTLS",
            &self.secrets,
        );
        self.tls_active = true;
        // RFC 9051 §6.2.1: what was learned before the upgrade is forgotten; ask again.
        self.set_capabilities(Vec::new());
        self.send(Command::Capability, "", "");
    }

    fn tls_failed(&mut self) {
        self.intake.awaiting_tls = false;
        self.out.finish_upgrade(
            &mut self.intake,
            StepKind::Starttls,
            "STARTTLS",
            &self.secrets,
        );
        self.out.close();
    }

    fn timed_out(&mut self, deadline: Deadline) {
        let quitting = self.quitting();
        let partial = self.secrets.redact(&self.frames.partial()).into_owned();
        let partial = &partial[..partial.len().min(MAX_QUOTED_BYTES + 1)];
        let lines_seen =
            self.frames.partial_lines() + self.in_flight.front().map_or(0, |f| f.responses);
        match describe_unfinished(lines_seen, None, partial) {
            Some(what) => {
                let answer_to = self.answer_to();
                self.out
                    .server_incomplete(quitting, answer_to, what, deadline)
            }
            None => self.out.server_silent(quitting, deadline),
        }
    }

    fn closed(&mut self) {
        let quitting = self.quitting();
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
mod pipelining_tests {
    use super::*;
    use crate::proto::session::Credentials;
    use crate::settings::Secret;

    const GREETING: &[u8] =
        b"* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot ready.\r\n";

    fn session(depth: Depth) -> ImapSession {
        ImapSession::new(
            SessionConfig {
                security: Security::Tls,
                credentials: Some(Credentials {
                    user: "alice".into(),
                    password: Secret::new("hunter22"),
                }),
                oauth2: None,
                allow_plaintext_auth: false,
                depth,
                from: None,
                to: None,
                ehlo_name: "probe.example.test".into(),
            },
            true,
        )
    }

    /// Everything the session wants to do now: the lines it sends and the steps it ends.
    fn drain(s: &mut ImapSession) -> (Vec<String>, Vec<(StepKind, StepStatus, String)>) {
        let mut sent = Vec::new();
        let mut steps = Vec::new();
        while let Some(action) = s.poll_action() {
            match action {
                Action::Send { wire, .. } => {
                    sent.push(String::from_utf8_lossy(&wire).trim_end().to_string())
                }
                Action::StepFinished {
                    step,
                    status,
                    detail,
                    ..
                } => steps.push((step, status, detail.to_string())),
                _ => {}
            }
        }
        (sent, steps)
    }

    fn verbs(sent: &[String]) -> Vec<&str> {
        sent.iter()
            .map(|l| l.split(' ').nth(1).unwrap_or(""))
            .collect()
    }

    #[test]
    fn status_goes_in_the_same_flight_as_authenticate_with_an_initial_response() {
        let mut s = session(Depth::Full);
        s.receive(GREETING);
        let (sent, _) = drain(&mut s);
        assert_eq!(verbs(&sent), ["AUTHENTICATE", "STATUS"]);
        // One flight for both completions: LOGOUT only once STATUS has answered.
        s.receive(b"a1 OK Logged in\r\n* STATUS INBOX (MESSAGES 3 UNSEEN 2 UIDVALIDITY 7)\r\n");
        assert!(
            drain(&mut s).0.is_empty(),
            "nothing before STATUS completes"
        );
        s.receive(b"a2 OK Status completed.\r\n");
        let (sent, steps) = drain(&mut s);
        assert_eq!(sent, ["a3 LOGOUT"]);
        assert!(steps.contains(&(
            StepKind::Stat,
            StepStatus::Ok,
            "3 messages in INBOX, 2 unseen (UIDVALIDITY 7)".into()
        )));
        s.receive(b"* BYE Logging out\r\na3 OK Logout completed.\r\n");
        let (_, steps) = drain(&mut s);
        assert_eq!(steps, [(StepKind::Quit, StepStatus::Ok, String::new())]);
        assert!(s.is_done());
    }

    #[test]
    fn a_refused_login_leaves_the_pipelined_status_not_tried_and_logs_out() {
        let mut s = session(Depth::Full);
        s.receive(GREETING);
        drain(&mut s);
        s.receive(
            b"a1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n\
              a2 BAD Error in IMAP command received by server.\r\n",
        );
        let (sent, steps) = drain(&mut s);
        assert_eq!(sent, ["a3 LOGOUT"]);
        assert_eq!(steps[0].0, StepKind::Login);
        assert_eq!(steps[0].1, StepStatus::Failed);
        assert_eq!(
            steps[1],
            (
                StepKind::Stat,
                StepStatus::Skipped,
                "not tried: the login was refused".into()
            )
        );
        assert_eq!(s.facts.login_ok, Some(false));
        assert_eq!(s.facts.message_count, None);
        s.receive(b"* BYE Logging out\r\na3 OK Logout completed.\r\n");
        assert!(s.is_done());
    }

    #[test]
    fn a_server_that_ignores_the_initial_response_gets_no_second_status_line() {
        let mut s = session(Depth::Full);
        s.receive(GREETING);
        drain(&mut s);
        // The server asks for more: it reads the STATUS line already sent as its answer.
        s.receive(b"+ \r\n");
        let (sent, _) = drain(&mut s);
        assert!(sent.is_empty(), "{sent:?}");
        s.receive(b"a1 BAD Invalid base64 data in continued response\r\n");
        let (sent, steps) = drain(&mut s);
        assert_eq!(sent, ["a3 LOGOUT"]);
        assert_eq!(steps[0].0, StepKind::Login);
        assert_eq!(steps[0].1, StepStatus::Warn);
        assert_eq!(steps[1].0, StepKind::Stat);
        assert_eq!(steps[1].1, StepStatus::Skipped);
        assert_eq!(s.facts.login_ok, None);
        s.receive(b"a3 OK bye\r\n");
        assert!(s.is_done());
    }

    #[test]
    fn without_sasl_ir_nothing_follows_authenticate_before_the_go_ahead() {
        let mut s = session(Depth::Full);
        s.receive(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n");
        let (sent, _) = drain(&mut s);
        assert_eq!(sent, ["a1 AUTHENTICATE PLAIN"]);
        s.receive(b"+ \r\n");
        let (sent, _) = drain(&mut s);
        assert_eq!(sent.len(), 1);
        s.receive(b"a1 OK Logged in\r\n");
        let (sent, _) = drain(&mut s);
        assert_eq!(verbs(&sent), ["STATUS"]);
    }

    #[test]
    fn login_goes_with_status_too_and_a_refused_status_still_falls_back_to_examine() {
        let mut s = session(Depth::Full);
        s.receive(b"* OK [CAPABILITY IMAP4rev1] ready\r\n");
        let (sent, _) = drain(&mut s);
        assert_eq!(verbs(&sent), ["LOGIN", "STATUS"]);
        s.receive(b"a1 OK in\r\na2 NO [CANNOT] no status here\r\n");
        let (sent, _) = drain(&mut s);
        assert_eq!(sent, ["a3 EXAMINE INBOX"]);
        s.receive(b"* 4 EXISTS\r\na3 OK [READ-ONLY] done\r\n");
        let (sent, _) = drain(&mut s);
        assert_eq!(sent, ["a4 LOGOUT"]);
        assert_eq!(s.facts.message_count, Some(4));
    }

    #[test]
    fn a_completion_for_the_pipelined_status_first_is_a_mismatch() {
        let mut s = session(Depth::Full);
        s.receive(GREETING);
        drain(&mut s);
        s.receive(b"a2 OK Status completed.\r\n");
        let (sent, steps) = drain(&mut s);
        assert!(sent.is_empty(), "{sent:?}");
        assert!(
            steps
                .iter()
                .any(|(k, st, _)| *k == StepKind::Login && *st == StepStatus::Failed),
            "{steps:?}"
        );
        assert!(s.is_done());
    }
}
