//! What the sans-IO sessions ask of their driver ([`Action`]), what they are told
//! ([`SessionInput`]), and the settings they run with.

use std::collections::VecDeque;

use crate::model::{Evidence, IoFailure, Said, SessionFacts, StepKind, StepStatus};
use crate::proto::reply::ReplyError;
use crate::said;
use crate::sanitize::sanitize;
use crate::settings::{Secret, Security};

/// Most transcript lines a session emits for one multi-line reply; the rest are summarised.
pub const MAX_TRANSCRIPT_LINES_PER_REPLY: usize = 100;

/// Something the driver must do or record.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Write these bytes. `shown` is the redacted form for the transcript.
    Send { wire: Vec<u8>, shown: String },
    /// A step began (its command was sent, or its reply is awaited).
    StepStarted(StepKind),
    /// A step ended.
    StepFinished {
        step: StepKind,
        status: StepStatus,
        detail: Said,
        evidence: Option<Evidence>,
    },
    /// A sanitized line the server sent, for the transcript.
    Received(String),
    /// A remark for the transcript (not protocol traffic).
    Note(Said),
    /// Upgrade the connection to TLS now, then call `tls_established` or `tls_failed`.
    StartTls,
    /// The facts learned so far.
    Facts(SessionFacts),
    /// The session is over: close the connection.
    Close,
}

/// The user name and password to log in with.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: String,
    pub password: Secret,
}

/// An OAuth2 login: the user name, the access token, and the server the token is presented to
/// (OAUTHBEARER names its host and port).
#[derive(Debug, Clone)]
pub struct OAuth2Login {
    pub user: String,
    pub token: Secret,
    pub host: String,
    pub port: u16,
}

pub use crate::proto::secrets::{MIN_REDACTED_SECRET, SecretForms};

pub use crate::settings::Depth;

/// Settings of one POP3 or SMTP session.
#[derive(Debug, Clone)]
pub struct SessionConfig {
    pub security: Security,
    pub credentials: Option<Credentials>,
    /// Log in with this OAuth2 token instead of a password (`credentials` is then unused).
    pub oauth2: Option<OAuth2Login>,
    pub allow_plaintext_auth: bool,
    pub depth: Depth,
    /// SMTP only: `MAIL FROM` / `RCPT TO` dry run.
    pub from: Option<String>,
    pub to: Option<String>,
    /// SMTP only: the name sent with EHLO/HELO.
    pub ehlo_name: String,
}

impl SessionConfig {
    /// Every form of this session's password or token that must never be shown.
    pub fn secret_forms(&self) -> SecretForms {
        let mut forms = SecretForms::of(self.credentials.as_ref());
        if let Some(login) = &self.oauth2 {
            forms.merge(&SecretForms::of_oauth2_token(
                &login.user,
                login.token.expose(),
            ));
        }
        forms
    }
}

/// Which deadline passed while the session waited for the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// The step deadline: no progress from the server for that long.
    Step,
    /// The overall deadline of the session (`--session-timeout`, or derived from the step
    /// deadline), of this length: the server kept the session going for too long in all.
    Session(std::time::Duration),
}

impl Deadline {
    /// The deadline in the reader's words, for step details.
    fn said(self) -> Said {
        match self {
            Deadline::Step => said!("step-deadline"),
            Deadline::Session(limit) => said!(
                "step-deadline-session",
                seconds = format!("{:.1}", limit.as_secs_f64())
            ),
        }
    }
}

/// The detail of a step cut short by the session deadline.
pub fn session_limit_detail() -> Said {
    said!("step-session-limit-reached")
}

/// A command as a detail names it: the names sessions use for what is not a command ("the
/// greeting", "the cancelling *") in the reader's words, protocol commands as they are.
pub fn command_said(name: &str) -> Said {
    match name {
        "the greeting" => said!("step-command-greeting"),
        "the cancelling *" => said!("step-command-cancel"),
        command => Said::from(command),
    }
}

/// Evidence for a step cut short by the session deadline of `limit`.
pub fn session_limit_evidence(limit: std::time::Duration) -> Evidence {
    Evidence::Io {
        failure: IoFailure::Timeout,
        message: said!(
            "detail-session-limit",
            seconds = format!("{:.1}", limit.as_secs_f64())
        ),
    }
}

/// A POP3 or SMTP client session, driven by I/O it never performs itself.
pub trait Session {
    /// Bytes from the server.
    fn receive(&mut self, data: &[u8]);
    /// The TLS upgrade asked for by [`Action::StartTls`] succeeded.
    fn tls_established(&mut self);
    /// The TLS upgrade failed; the driver has recorded why. The session ends.
    fn tls_failed(&mut self);
    /// The server did not finish an answer before `deadline` passed.
    fn timed_out(&mut self, deadline: Deadline);
    /// The server closed the connection.
    fn closed(&mut self);
    /// The driver learned something that ends the session (e.g. the port speaks TLS): every
    /// open step fails with this evidence.
    fn abort(&mut self, detail: Said, evidence: Evidence);
    /// The next thing to do, if any.
    fn poll_action(&mut self) -> Option<Action>;
    /// True once the session has asked to close.
    fn is_done(&self) -> bool;
}

/// The plumbing both sessions share: the action queue, the steps in flight, and ending a
/// session on a failure.
#[derive(Debug, Default)]
pub struct Outbox {
    actions: VecDeque<Action>,
    /// `Send` actions queued and not yet taken by the driver: their commands are not on the
    /// wire, so no reply can answer them yet.
    unsent: usize,
    /// Steps started and not yet finished, oldest first.
    open_steps: Vec<StepKind>,
    done: bool,
}

impl Outbox {
    /// End on a reply that does not fit its command: the open steps fail with the mismatch as
    /// evidence; a mismatch in answer to QUIT (`quitting`) only warns, as the work is done.
    pub fn reply_mismatch(&mut self, quitting: bool, detail: Said, message: Said) {
        if quitting {
            self.finish(
                StepKind::Quit,
                StepStatus::Warn,
                detail,
                Some(mismatch_evidence(message)),
            );
            return self.close();
        }
        self.abort(detail, mismatch_evidence(message));
    }

    /// End the upgrade step (`command`: STLS or STARTTLS) once its handshake is over: only then
    /// is it known whether plain text came between the server's agreement and the handshake.
    pub fn finish_upgrade(
        &mut self,
        intake: &mut Intake,
        step: StepKind,
        command: &str,
        secrets: &SecretForms,
    ) {
        match intake.take_injection(command, self, secrets) {
            None => self.finish(
                step,
                StepStatus::Ok,
                said!("step-upgrade-agreed", command = command),
                None,
            ),
            Some(evidence) => {
                self.note(said!("transcript-injected-discarded", command = command));
                self.finish(
                    step,
                    StepStatus::Warn,
                    said!("step-upgrade-injected", command = command),
                    Some(evidence),
                );
            }
        }
    }

    pub fn pop(&mut self) -> Option<Action> {
        let action = self.actions.pop_front();
        if matches!(action, Some(Action::Send { .. })) {
            self.unsent = self.unsent.saturating_sub(1);
        }
        action
    }

    /// Commands queued that the driver has not taken yet (the newest ones awaiting a reply).
    pub fn unsent(&self) -> usize {
        self.unsent
    }

    pub fn is_done(&self) -> bool {
        self.done
    }

    pub fn send(&mut self, wire: impl Into<Vec<u8>>, shown: impl Into<String>) {
        self.unsent += 1;
        self.actions.push_back(Action::Send {
            wire: wire.into(),
            shown: shown.into(),
        });
    }

    pub fn start(&mut self, step: StepKind) {
        if !self.open_steps.contains(&step) {
            self.open_steps.push(step);
            self.actions.push_back(Action::StepStarted(step));
        }
    }

    pub fn finish(
        &mut self,
        step: StepKind,
        status: StepStatus,
        detail: impl Into<Said>,
        evidence: Option<Evidence>,
    ) {
        if !self.open_steps.contains(&step) {
            self.actions.push_back(Action::StepStarted(step));
        }
        self.open_steps.retain(|s| *s != step);
        self.actions.push_back(Action::StepFinished {
            step,
            status,
            detail: detail.into(),
            evidence,
        });
    }

    pub fn push(&mut self, action: Action) {
        self.actions.push_back(action);
    }

    pub fn received(&mut self, line: &[u8]) {
        self.actions.push_back(Action::Received(sanitize(line)));
    }

    pub fn note(&mut self, text: impl Into<Said>) {
        self.actions.push_back(Action::Note(text.into()));
    }

    /// End the session: every step still open fails with `evidence`, then close. Once the
    /// session is over this does nothing.
    pub fn abort(&mut self, detail: Said, evidence: Evidence) {
        if self.done {
            return;
        }
        for step in std::mem::take(&mut self.open_steps) {
            self.actions.push_back(Action::StepFinished {
                step,
                status: StepStatus::Failed,
                detail: detail.clone(),
                evidence: Some(evidence.clone()),
            });
        }
        self.close();
    }

    /// End the session cleanly.
    pub fn close(&mut self) {
        if !self.done {
            self.done = true;
            self.actions.push_back(Action::Close);
        }
    }

    /// The server did not answer before the deadline. While quitting that only warns (the
    /// session's work is done); otherwise every open step fails.
    pub fn server_silent(&mut self, quitting: bool, deadline: Deadline) {
        if let Deadline::Session(limit) = deadline {
            if quitting {
                self.finish(
                    StepKind::Quit,
                    StepStatus::Warn,
                    said!("step-quit-no-reply"),
                    Some(session_limit_evidence(limit)),
                );
                self.close();
            } else {
                self.abort(session_limit_detail(), session_limit_evidence(limit));
            }
            return;
        }
        if quitting {
            self.finish(
                StepKind::Quit,
                StepStatus::Warn,
                said!("step-quit-no-reply"),
                Some(timeout_evidence()),
            );
            self.close();
        } else {
            self.abort(said!("step-no-answer"), timeout_evidence());
        }
    }

    /// Bytes arrived, but no complete answer before the deadline; `what_arrived` says what came
    /// (see [`crate::proto::reply::describe_unfinished`]). While quitting that only warns.
    pub fn server_incomplete(
        &mut self,
        quitting: bool,
        answer_to: &str,
        what_arrived: Said,
        deadline: Deadline,
    ) {
        let evidence = Evidence::Io {
            failure: IoFailure::Incomplete,
            message: said!(
                "detail-answer-incomplete",
                command = command_said(answer_to),
                deadline = deadline.said(),
                arrived = what_arrived
            ),
        };
        if quitting {
            self.finish(
                StepKind::Quit,
                StepStatus::Warn,
                said!("step-quit-incomplete"),
                Some(evidence),
            );
            self.close();
        } else {
            self.abort(
                said!(
                    "step-answer-incomplete",
                    command = command_said(answer_to),
                    deadline = deadline.said()
                ),
                evidence,
            );
        }
    }

    /// The server closed the connection: normal after QUIT, a failure of every open step
    /// otherwise.
    pub fn server_closed(&mut self, quitting: bool) {
        if self.done {
            return;
        }
        if quitting {
            self.finish(
                StepKind::Quit,
                StepStatus::Ok,
                said!("step-quit-closed"),
                None,
            );
            self.close();
        } else {
            self.abort(said!("step-server-closed"), closed_evidence());
        }
    }

    /// The oldest step in flight.
    pub fn current_step(&self) -> Option<StepKind> {
        self.open_steps.first().copied()
    }
}

/// The receiving side both sessions share: the check on the server's very first bytes, and the
/// rule that nothing is read between an STLS/STARTTLS reply and the TLS handshake. Bytes that
/// come in that gap are kept aside (bounded) and shown, never read as protocol.
#[derive(Debug, Default)]
pub struct Intake {
    seen_bytes: bool,
    /// Set once the upgrade was asked for, until the handshake is done.
    pub awaiting_tls: bool,
    /// Bytes that arrived in plain text after the upgrade reply, before the handshake.
    injected_total: usize,
    /// The first of them, for the evidence.
    injected_start: Vec<u8>,
    /// Transcript lines shown for them.
    injected_lines_shown: usize,
    /// The injected line not yet complete, shown once it is (or when the upgrade ends).
    injected_line: Vec<u8>,
}

/// Most bytes of injected plain text kept for the evidence.
const MAX_INJECTED_KEPT: usize = 512;
/// Most transcript lines shown for injected plain text.
const MAX_INJECTED_LINES_SHOWN: usize = 10;

impl Intake {
    /// Whether `data` may be read now. A first chunk that is a TLS record ends the session: the
    /// port expects TLS where the client spoke plain text (`protocol` names the greeting that was
    /// expected: POP3, IMAP, SMTP).
    /// While the TLS upgrade is awaited, `data` is set aside as injected and shown redacted.
    pub fn admit(
        &mut self,
        data: &[u8],
        out: &mut Outbox,
        protocol: &str,
        secrets: &SecretForms,
    ) -> bool {
        if out.is_done() || data.is_empty() {
            return false;
        }
        if !self.seen_bytes {
            self.seen_bytes = true;
            if looks_like_tls_record(data) {
                out.abort(
                    said!("step-answered-with-tls", protocol = protocol),
                    Evidence::SpeaksTls {
                        how: "the server's first bytes were a TLS record".into(),
                    },
                );
                return false;
            }
        }
        if self.awaiting_tls {
            self.set_aside(data, out, secrets);
            return false;
        }
        true
    }

    /// Keep bytes that arrived between the upgrade reply and the handshake, and show them.
    pub fn set_aside(&mut self, data: &[u8], out: &mut Outbox, secrets: &SecretForms) {
        if data.is_empty() {
            return;
        }
        self.injected_total = self.injected_total.saturating_add(data.len());
        let room = MAX_INJECTED_KEPT.saturating_sub(self.injected_start.len());
        self.injected_start
            .extend_from_slice(&data[..data.len().min(room)]);
        for &byte in data {
            if byte == b'\n' || self.injected_line.len() >= crate::proto::reply::MAX_LINE {
                self.show_injected_line(out, secrets);
            } else {
                self.injected_line.push(byte);
            }
        }
    }

    /// Show the injected line collected so far (without its CR), while under the bound.
    fn show_injected_line(&mut self, out: &mut Outbox, secrets: &SecretForms) {
        let line = std::mem::take(&mut self.injected_line);
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if !line.is_empty() && self.injected_lines_shown < MAX_INJECTED_LINES_SHOWN {
            self.injected_lines_shown += 1;
            out.received(&secrets.redact(line));
        }
    }

    /// After the handshake (or its failure): what was injected before it, as evidence for the
    /// upgrade step, if anything was; `command` is STLS or STARTTLS. Shows an unfinished last
    /// line, and resets the record.
    pub fn take_injection(
        &mut self,
        command: &str,
        out: &mut Outbox,
        secrets: &SecretForms,
    ) -> Option<Evidence> {
        if self.injected_total == 0 {
            return None;
        }
        self.show_injected_line(out, secrets);
        let total = std::mem::take(&mut self.injected_total);
        let start = std::mem::take(&mut self.injected_start);
        self.injected_lines_shown = 0;
        let start = secrets.redact(&start);
        let quoted = &start[..start.len().min(crate::proto::reply::MAX_QUOTED_BYTES)];
        let more = if total > quoted.len() { "…" } else { "" };
        Some(Evidence::Io {
            failure: IoFailure::Protocol,
            message: said!(
                "detail-injected-before-handshake",
                bytes = total,
                command = command,
                text = format!("\"{}{more}\"", sanitize(quoted))
            ),
        })
    }
}

/// Evidence for a reply that does not fit the command it answers, or that answers no command.
pub fn mismatch_evidence(message: Said) -> Evidence {
    Evidence::Io {
        failure: IoFailure::Protocol,
        message,
    }
}

/// A server line quoted in a message: sanitized and cut to a readable length.
pub fn quote_line(line: &[u8]) -> String {
    let max = crate::proto::reply::MAX_QUOTED_BYTES;
    let more = if line.len() > max { "…" } else { "" };
    format!("\"{}{more}\"", sanitize(&line[..line.len().min(max)]))
}

/// Evidence for a timeout while waiting for the server.
pub fn timeout_evidence() -> Evidence {
    Evidence::Io {
        failure: IoFailure::Timeout,
        message: said!("detail-no-answer-before-deadline"),
    }
}

/// Evidence for the server closing the connection.
pub fn closed_evidence() -> Evidence {
    Evidence::Io {
        failure: IoFailure::Closed,
        message: said!("detail-server-closed"),
    }
}

/// Evidence for a framing or parsing problem in the answer to `answer_to` (a command, or
/// "the greeting").
pub fn reply_error_evidence(err: &ReplyError, answer_to: &str) -> Evidence {
    match err {
        ReplyError::LineTooLong { .. } | ReplyError::TooManyLines { .. } => Evidence::Io {
            failure: IoFailure::TooLong,
            message: err.said(command_said(answer_to)),
        },
        ReplyError::Malformed(line) => Evidence::Reply {
            sent: None,
            reply: line.clone(),
        },
    }
}

/// True when bytes look like the start of a TLS record (handshake or alert, TLS 1.x): the
/// server expects TLS where the client spoke plain text.
pub fn looks_like_tls_record(data: &[u8]) -> bool {
    matches!(data, [0x15 | 0x16, 0x03, ..])
}

/// How a password may be used on this connection.
pub fn password_allowed(tls_active: bool, allow_plaintext_auth: bool) -> bool {
    tls_active || allow_plaintext_auth
}

/// The reason given when the session declines to send an OAuth2 token.
pub fn declined_plaintext_token() -> Said {
    said!("detail-declined-plaintext-token")
}

/// The reason given when the session declines to send a password.
pub fn declined_plaintext() -> Said {
    said!("detail-declined-plaintext")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_the_password_is_cut_from_server_text() {
        let creds = Credentials {
            user: "alice".into(),
            password: Secret::new("hunter22"),
        };
        let mut forms = SecretForms::of(Some(&creds));
        forms.add("0123456789abcdef");
        let plain = crate::proto::sasl::plain_response("alice", "hunter22");
        let line = format!("-ERR PASS hunter22 / AUTH PLAIN {plain} aHVudGVyMjI= 0123456789abcdef");
        assert_eq!(
            forms.redact(line.as_bytes()).as_ref(),
            b"-ERR PASS *** / AUTH PLAIN *** *** ***"
        );
        assert!(matches!(
            forms.redact(b"+OK fine"),
            std::borrow::Cow::Borrowed(_)
        ));
        let short = Credentials {
            user: "a".into(),
            password: Secret::new("ok"),
        };
        let forms = SecretForms::of(Some(&short));
        assert_eq!(forms.redact(b"+OK ok").as_ref(), b"+OK ok");
    }
}
