//! SMTP submission client session (RFC 5321, STARTTLS of RFC 3207, AUTH of RFC 4954, PIPELINING
//! of RFC 2920) as a sans-IO state machine.
//!
//! The session stops before `DATA`: a `MAIL FROM`/`RCPT TO` dry run is always undone with `RSET`.

use std::collections::VecDeque;

use crate::model::{Arg, Evidence, Said, SessionFacts, StepKind, StepStatus};
use crate::proto::reply::{
    LineReader, ReplyError, SmtpCommand, SmtpReply, SmtpReplyAssembler, describe_unfinished,
};
use crate::proto::sasl;
use crate::proto::sasl_exchange::{self, Challenge, OAuth2Stage, SaslExchange};
use crate::proto::session::{
    Action, Deadline, Depth, Intake, MAX_TRANSCRIPT_LINES_PER_REPLY, OAuth2Login, Outbox,
    SecretForms, Session, SessionConfig, declined_plaintext, declined_plaintext_token,
    password_allowed, quote_line, reply_error_evidence,
};
use crate::said;
use crate::sanitize::sanitize_str;
use crate::settings::Security;

/// Most octets of an AUTH command line with its initial response, CRLF included (RFC 4954 §4).
const MAX_AUTH_LINE: usize = 12288;

/// Most EHLO keywords kept.
const MAX_KEYWORDS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    Greeting,
    Ehlo,
    Helo,
    StartTls,
    /// `AUTH PLAIN` with the initial response.
    AuthPlain,
    /// `AUTH PLAIN` without credentials, sent only to learn why a server lists no AUTH.
    AuthProbe,
    /// AUTH LOGIN, with the number of challenges answered so far.
    AuthLogin(u8),
    /// AUTH XOAUTH2 or AUTH OAUTHBEARER, at this stage of the exchange.
    AuthOAuth2 {
        mechanism: &'static str,
        stage: OAuth2Stage,
    },
    /// The `*` that cancels a SASL exchange the server would not end.
    AuthCancel,
    MailFrom,
    RcptTo,
    Rset,
    Quit,
}

impl Pending {
    fn step(self) -> StepKind {
        match self {
            Pending::Greeting => StepKind::Greeting,
            Pending::Ehlo | Pending::Helo => StepKind::Ehlo,
            Pending::StartTls => StepKind::Starttls,
            Pending::AuthPlain
            | Pending::AuthProbe
            | Pending::AuthLogin(_)
            | Pending::AuthOAuth2 { .. }
            | Pending::AuthCancel => StepKind::Login,
            Pending::MailFrom => StepKind::MailFrom,
            Pending::RcptTo => StepKind::RcptTo,
            Pending::Rset => StepKind::Rset,
            Pending::Quit => StepKind::Quit,
        }
    }

    /// The command as far as the replies it may get go.
    fn answers(self) -> SmtpCommand {
        match self {
            Pending::Greeting => SmtpCommand::Greeting,
            Pending::Ehlo | Pending::Helo => SmtpCommand::Ehlo,
            Pending::StartTls => SmtpCommand::StartTls,
            Pending::AuthPlain => SmtpCommand::Auth {
                credentials_sent: true,
            },
            // The `*` that cancels an exchange must be refused (RFC 4954 §4): a 235 to it is
            // no success.
            Pending::AuthProbe | Pending::AuthCancel => SmtpCommand::Auth {
                credentials_sent: false,
            },
            Pending::AuthLogin(answered) => SmtpCommand::Auth {
                credentials_sent: answered >= 2,
            },
            Pending::AuthOAuth2 { stage, .. } => SmtpCommand::Auth {
                credentials_sent: stage != OAuth2Stage::AwaitingReady,
            },
            Pending::MailFrom => SmtpCommand::MailFrom,
            Pending::RcptTo => SmtpCommand::RcptTo,
            Pending::Rset => SmtpCommand::Rset,
            Pending::Quit => SmtpCommand::Quit,
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
            Pending::Ehlo => "EHLO",
            Pending::Helo => "HELO",
            Pending::StartTls => "STARTTLS",
            Pending::AuthPlain | Pending::AuthProbe => "AUTH PLAIN",
            Pending::AuthLogin(_) => "AUTH LOGIN",
            Pending::AuthOAuth2 { mechanism, .. } => sasl_exchange::auth_command(mechanism),
            Pending::AuthCancel => "the cancelling *",
            Pending::MailFrom => "MAIL FROM",
            Pending::RcptTo => "RCPT TO",
            Pending::Rset => "RSET",
            Pending::Quit => "QUIT",
        }
    }
}

/// The SMTP client session.
pub struct SmtpSession {
    cfg: SessionConfig,
    tls_active: bool,
    lines: LineReader,
    assembler: SmtpReplyAssembler,
    /// Lines of the reply being assembled, for the transcript bound.
    reply_lines_seen: usize,
    out: Outbox,
    pending: VecDeque<Pending>,
    facts: SessionFacts,
    /// EHLO keywords (first word of each extension line, upper-case) and their parameters.
    extensions: Vec<String>,
    intake: Intake,
    /// The refused EHLO reply, kept while HELO is tried.
    ehlo_refusal: Option<String>,
    login_shown: String,
    /// Set when MAIL FROM failed: the pipelined RCPT reply is recorded as not tried.
    mail_refused: bool,
    quit_sent: bool,
    /// The password's forms, cut from everything the server sends.
    secrets: SecretForms,
    /// The bounds of the AUTH exchange in progress.
    sasl: SaslExchange,
}

impl SmtpSession {
    /// A session on a fresh connection; `tls_active` when it runs over implicit TLS.
    pub fn new(cfg: SessionConfig, tls_active: bool) -> Self {
        let secrets = cfg.secret_forms();
        let mut s = SmtpSession {
            secrets,
            cfg,
            tls_active,
            lines: LineReader::new(),
            assembler: SmtpReplyAssembler::new(),
            reply_lines_seen: 0,
            out: Outbox::default(),
            pending: VecDeque::from([Pending::Greeting]),
            facts: SessionFacts::default(),
            extensions: Vec::new(),
            intake: Intake::default(),
            ehlo_refusal: None,
            login_shown: String::new(),
            mail_refused: false,
            quit_sent: false,
            sasl: SaslExchange::default(),
        };
        s.out.start(StepKind::Greeting);
        s
    }

    fn has_ext(&self, name: &str) -> bool {
        self.extensions.iter().any(|l| {
            l.split([' ', '='])
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case(name))
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

    fn evidence(sent: Option<&str>, reply: &SmtpReply) -> Option<Evidence> {
        Some(Evidence::Reply {
            sent: sent.map(str::to_string),
            reply: sanitized_reply(reply),
        })
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
        let detail = match (err, self.pending.front()) {
            (ReplyError::Malformed(_), Some(Pending::Greeting)) => {
                said!("step-not-a-greeting", protocol = "SMTP")
            }
            _ => said!("step-reply-unreadable"),
        };
        let answer_to = self.pending.front().map_or("the greeting", |p| p.name());
        self.out.abort(detail, reply_error_evidence(err, answer_to));
    }

    /// Whether the oldest command awaiting a reply is on the wire: a reply that comes before
    /// the driver took the command answers nothing the server could have read.
    fn reply_expected(&self) -> bool {
        self.pending.len() > self.out.unsent()
    }

    /// A complete reply: hand it to the command it answers, unless it answers none or does not
    /// fit the command (then the replies no longer line up with the commands, and reading on
    /// would pin every later reply on the wrong command).
    fn on_complete_reply(&mut self, reply: SmtpReply) {
        let Some(&cmd) = self.pending.front() else {
            self.out.note(said!(
                "transcript-reply-after-last-command",
                reply = quote_reply(&reply)
            ));
            return self.out.close();
        };
        if !self.reply_expected() {
            let key = if reply.code == 220 {
                "detail-reply-before-command-second-greeting"
            } else {
                "detail-reply-before-command"
            };
            let message = Said::Phrase {
                key,
                args: vec![
                    ("reply", Arg::from(quote_reply(&reply))),
                    ("command", Arg::from(cmd.said())),
                ],
            };
            return self.out.reply_mismatch(
                cmd == Pending::Quit,
                said!("step-reply-unasked"),
                message,
            );
        }
        if !cmd.answers().fits(reply.code) {
            let message = if cmd == Pending::Greeting {
                said!(
                    "detail-reply-not-a-greeting",
                    reply = quote_reply(&reply),
                    expected = cmd.answers().expected()
                )
            } else if cmd.answers().fits(235) || reply.code != 235 {
                said!(
                    "detail-reply-cannot-answer",
                    command = cmd.said(),
                    reply = quote_reply(&reply),
                    expected = cmd.answers().expected()
                )
            } else {
                said!(
                    "detail-reply-success-before-password",
                    command = cmd.said(),
                    reply = quote_reply(&reply)
                )
            };
            let detail = said!("step-reply-does-not-fit", command = cmd.said());
            return self
                .out
                .reply_mismatch(cmd == Pending::Quit, detail, message);
        }
        self.pending.pop_front();
        self.on_reply(cmd, reply);
    }

    fn on_line(&mut self, line: &[u8]) {
        if self.reply_lines_seen < MAX_TRANSCRIPT_LINES_PER_REPLY {
            self.out.received(line);
        }
        self.reply_lines_seen += 1;
        match self.assembler.push_line(line) {
            Ok(None) => {}
            Ok(Some(reply)) => {
                let hidden = self
                    .reply_lines_seen
                    .saturating_sub(MAX_TRANSCRIPT_LINES_PER_REPLY);
                if hidden > 0 {
                    self.out.received(line);
                    self.out
                        .note(said!("transcript-more-lines-hidden", lines = hidden));
                }
                self.reply_lines_seen = 0;
                self.on_complete_reply(reply);
            }
            Err(e) => self.protocol_error(&e),
        }
    }

    fn on_reply(&mut self, cmd: Pending, reply: SmtpReply) {
        match cmd {
            Pending::Greeting => self.on_greeting(reply),
            Pending::Ehlo => self.on_ehlo(reply),
            Pending::Helo => self.on_helo(reply),
            Pending::StartTls => self.on_starttls(reply),
            Pending::AuthPlain
            | Pending::AuthLogin(_)
            | Pending::AuthOAuth2 { .. }
            | Pending::AuthProbe => self.on_auth(cmd, reply),
            // The login already failed; whatever the server says to `*` is only recorded.
            Pending::AuthCancel => self.quit(),
            Pending::MailFrom => self.on_mail_from(reply),
            Pending::RcptTo => self.on_rcpt_to(reply),
            Pending::Rset => {
                let status = if reply.is_positive() {
                    StepStatus::Ok
                } else {
                    StepStatus::Warn
                };
                let ev = (!reply.is_positive())
                    .then(|| Self::evidence(Some("RSET"), &reply))
                    .flatten();
                self.out
                    .finish(StepKind::Rset, status, said!("step-rset-done"), ev);
                self.quit();
            }
            Pending::Quit => {
                let (status, ev) = if reply.code == 221 {
                    (StepStatus::Ok, None)
                } else {
                    (StepStatus::Warn, Self::evidence(Some("QUIT"), &reply))
                };
                self.out.finish(StepKind::Quit, status, "", ev);
                self.out.close();
            }
        }
    }

    fn on_greeting(&mut self, reply: SmtpReply) {
        let first = sanitize_str(&format!("{} {}", reply.code, reply.lines[0]));
        if reply.code == 220 {
            self.facts.greeting = Some(first.clone());
            self.out
                .finish(StepKind::Greeting, StepStatus::Ok, first, None);
            self.publish_facts();
            self.send_ehlo();
        } else {
            let ev = Self::evidence(None, &reply);
            self.out.finish(
                StepKind::Greeting,
                StepStatus::Failed,
                said!("step-greeting-refused"),
                ev,
            );
            if reply.code == 421 {
                self.out.close();
            } else {
                self.quit();
            }
        }
    }

    fn send_ehlo(&mut self) {
        let name = self.cfg.ehlo_name.clone();
        self.send(
            Pending::Ehlo,
            format!("EHLO {name}"),
            &format!("EHLO {name}"),
        );
    }

    fn on_ehlo(&mut self, reply: SmtpReply) {
        if reply.code == 250 {
            self.extensions = reply
                .lines
                .iter()
                .skip(1)
                .take(MAX_KEYWORDS)
                .map(|l| sanitize_str(l.trim()))
                .collect();
            self.facts.capabilities = self.extensions.clone();
            self.facts.auth_mechanisms = self
                .extensions
                .iter()
                .find_map(|l| {
                    let upper = l.to_ascii_uppercase();
                    let rest = upper
                        .strip_prefix("AUTH ")
                        .or_else(|| upper.strip_prefix("AUTH="))?;
                    Some(rest.split_whitespace().map(str::to_string).collect())
                })
                .unwrap_or_default();
            self.facts.client_address_seen = client_address(&reply.lines[0]);
            let keywords: Vec<&str> = self
                .extensions
                .iter()
                .filter_map(|l| l.split_whitespace().next())
                .collect();
            // Each line is bounded, their sum is not: cut the summary too.
            let detail = sanitize_str(&keywords.join(" "));
            self.out
                .finish(StepKind::Ehlo, StepStatus::Ok, detail, None);
            self.publish_facts();
            self.after_ehlo();
        } else if reply.code == 421 {
            let ev = Self::evidence(Some("EHLO"), &reply);
            self.out.finish(
                StepKind::Ehlo,
                StepStatus::Failed,
                said!("step-ehlo-closed"),
                ev,
            );
            self.out.close();
        } else {
            self.ehlo_refusal = Some(sanitized_reply(&reply));
            let name = self.cfg.ehlo_name.clone();
            self.send(
                Pending::Helo,
                format!("HELO {name}"),
                &format!("HELO {name}"),
            );
        }
    }

    fn on_helo(&mut self, reply: SmtpReply) {
        let refusal = self.ehlo_refusal.take().unwrap_or_default();
        if reply.code == 250 {
            self.extensions.clear();
            self.out.finish(
                StepKind::Ehlo,
                StepStatus::Warn,
                said!("step-ehlo-helo-only"),
                Some(Evidence::Reply {
                    sent: Some("EHLO".into()),
                    reply: refusal,
                }),
            );
            self.after_ehlo();
        } else {
            let reply_text = crate::sanitize::join_sanitized(
                [refusal, sanitized_reply(&reply)],
                "\n",
                crate::sanitize::MAX_SANITIZED_TEXT_CHARS,
            );
            self.out.finish(
                StepKind::Ehlo,
                StepStatus::Failed,
                said!("step-ehlo-refused"),
                Some(Evidence::Reply {
                    sent: Some("EHLO / HELO".into()),
                    reply: reply_text,
                }),
            );
            self.quit();
        }
    }

    fn after_ehlo(&mut self) {
        if self.cfg.security == Security::Starttls && !self.tls_active {
            if self.has_ext("STARTTLS") {
                self.send(Pending::StartTls, "STARTTLS".into(), "STARTTLS");
            } else {
                let reply = sanitize_str(&self.extensions.join(" "));
                self.out.finish(
                    StepKind::Starttls,
                    StepStatus::Failed,
                    said!("step-upgrade-not-offered", command = "STARTTLS"),
                    Some(Evidence::Reply {
                        sent: Some("EHLO".into()),
                        reply,
                    }),
                );
                self.quit();
            }
            return;
        }
        match self.cfg.depth {
            Depth::Connection => self.quit(),
            Depth::Full => self.auth(),
        }
    }

    fn on_starttls(&mut self, reply: SmtpReply) {
        if reply.code == 220 {
            // Whatever follows the reply before the handshake is not protocol: set it aside.
            let leftover = self.lines.take_buffered();
            self.intake
                .set_aside(&leftover, &mut self.out, &self.secrets);
            self.pending.clear();
            self.intake.awaiting_tls = true;
            self.out.push(Action::StartTls);
        } else {
            let ev = Self::evidence(Some("STARTTLS"), &reply);
            self.out.finish(
                StepKind::Starttls,
                StepStatus::Failed,
                said!("step-upgrade-refused", command = "STARTTLS"),
                ev,
            );
            self.quit();
        }
    }

    fn auth(&mut self) {
        if let Some(login) = self.cfg.oauth2.clone() {
            return self.oauth2_auth(&login);
        }
        let Some(creds) = self.cfg.credentials.clone() else {
            self.out.finish(
                StepKind::Login,
                StepStatus::Skipped,
                said!("step-auth-no-credentials"),
                None,
            );
            return self.dry_run();
        };
        if !password_allowed(self.tls_active, self.cfg.allow_plaintext_auth) {
            self.out.finish(
                StepKind::Login,
                StepStatus::Warn,
                said!("step-auth-not-tried-unencrypted"),
                Some(Evidence::Declined {
                    reason: declined_plaintext(),
                }),
            );
            return self.quit();
        }
        if !self.has_ext("AUTH") {
            // Ask without credentials: the refusal names the reason in the server's words.
            self.login_shown = "AUTH PLAIN".into();
            self.sasl = SaslExchange::new(1);
            return self.send(Pending::AuthProbe, "AUTH PLAIN".into(), "AUTH PLAIN");
        }
        match sasl::choose_mechanism(&self.facts.auth_mechanisms) {
            Some("PLAIN") => {
                self.facts.login_method = Some("AUTH PLAIN".into());
                self.login_shown = "AUTH PLAIN ***".into();
                let ir = sasl::plain_response(&creds.user, creds.password.expose());
                self.sasl = SaslExchange::new(0);
                self.send(
                    Pending::AuthPlain,
                    format!("AUTH PLAIN {ir}"),
                    "AUTH PLAIN ***",
                );
                // RFC 4954 §4: AUTH with an initial response for a mechanism that completes in
                // one round trip (PLAIN) may be followed by more commands in the same PIPELINING
                // group. When only QUIT follows, it goes along and saves a round trip.
                if self.has_ext("PIPELINING") && !self.dry_run_planned() {
                    self.quit();
                }
            }
            Some(_) => {
                self.facts.login_method = Some("AUTH LOGIN".into());
                self.login_shown = "AUTH LOGIN ***".into();
                self.sasl = SaslExchange::new(2);
                self.send(Pending::AuthLogin(0), "AUTH LOGIN".into(), "AUTH LOGIN");
            }
            None => {
                let offered = sanitize_str(&self.facts.auth_mechanisms.join(" "));
                self.out.finish(
                    StepKind::Login,
                    StepStatus::Failed,
                    said!("step-login-no-method-offered", offered = &offered),
                    Some(Evidence::Reply {
                        sent: Some("EHLO".into()),
                        reply: format!("AUTH {offered}"),
                    }),
                );
                self.quit();
            }
        }
        self.publish_facts();
    }

    /// Log in with the OAuth2 token: OAUTHBEARER or XOAUTH2 as the server offers, the answer
    /// on the AUTH line (RFC 4954 allows 12288 octets for it), else after the server's empty
    /// challenge. No mechanism for a token: no login at all, never a password.
    fn oauth2_auth(&mut self, login: &OAuth2Login) {
        if !password_allowed(self.tls_active, self.cfg.allow_plaintext_auth) {
            self.out.finish(
                StepKind::Login,
                StepStatus::Warn,
                said!("step-auth-not-tried-unencrypted"),
                Some(Evidence::Declined {
                    reason: declined_plaintext_token(),
                }),
            );
            return self.quit();
        }
        let Some(mechanism) = sasl::choose_oauth2_mechanism(&self.facts.auth_mechanisms) else {
            let offered = sanitize_str(&self.facts.auth_mechanisms.join(" "));
            self.out.finish(
                StepKind::Login,
                StepStatus::Failed,
                sasl_exchange::oauth2_not_offered(&self.facts.auth_mechanisms),
                Some(Evidence::Reply {
                    sent: Some("EHLO".into()),
                    reply: format!("AUTH {offered}").trim_end().to_string(),
                }),
            );
            self.publish_facts();
            return self.quit();
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
        if line.len() + 2 <= MAX_AUTH_LINE {
            self.sasl = SaslExchange::oauth2(false);
            let stage = OAuth2Stage::Sent;
            self.send(
                Pending::AuthOAuth2 { mechanism, stage },
                line,
                &format!("{command} ***"),
            );
        } else {
            self.sasl = SaslExchange::oauth2(true);
            let stage = OAuth2Stage::AwaitingReady;
            self.send(
                Pending::AuthOAuth2 { mechanism, stage },
                command.into(),
                command,
            );
        }
        self.publish_facts();
    }

    fn on_auth(&mut self, cmd: Pending, reply: SmtpReply) {
        if reply.code == 235 {
            self.facts.login_ok = Some(true);
            let detail = match self.facts.login_method.as_deref() {
                Some(method) => said!("step-auth-ok-with", method = method),
                None => said!("step-auth-ok"),
            };
            self.out
                .finish(StepKind::Login, StepStatus::Ok, detail, None);
            self.publish_facts();
            return self.dry_run();
        }
        if reply.code == 334 && cmd == Pending::AuthPlain && self.quit_sent {
            // The server asked again for what the initial response carried, and takes the
            // pipelined QUIT as the answer; its reply to that closes the session.
            self.out.finish(
                StepKind::Login,
                StepStatus::Warn,
                said!("step-auth-credentials-ignored"),
                Self::evidence(Some(&self.login_shown), &reply),
            );
            return;
        }
        if reply.code == 334 {
            return self.on_challenge(cmd, &reply);
        }
        let shown = self.login_shown.clone();
        let detail = if cmd == Pending::AuthProbe {
            said!("step-auth-not-offered")
        } else {
            said!("step-login-refused")
        };
        if cmd != Pending::AuthProbe {
            self.facts.login_ok = Some(false);
        }
        let ev = Self::evidence(Some(&shown), &reply);
        self.out
            .finish(StepKind::Login, StepStatus::Failed, detail, ev);
        self.publish_facts();
        self.quit();
    }

    /// A `334` challenge during AUTH: answer it with the mechanism's next credential line while
    /// it has one and the challenge is of a sane size; otherwise cancel the exchange, fail the
    /// login and leave (never a second attempt).
    fn on_challenge(&mut self, cmd: Pending, reply: &SmtpReply) {
        let challenge = reply.lines.first().cloned().unwrap_or_default();
        let len = reply.lines.iter().map(String::len).sum();
        let verdict = self.sasl.challenge(len);
        let creds = self.cfg.credentials.clone();
        match (verdict, cmd, creds) {
            (Challenge::Answer, Pending::AuthLogin(n), Some(c)) => {
                let shown = self.secrets.shown_challenge(&challenge);
                self.send(
                    Pending::AuthLogin(n.saturating_add(1)),
                    sasl::login_step(n, &c.user, c.password.expose()),
                    &shown,
                );
            }
            (Challenge::Answer, Pending::AuthProbe, Some(c)) => {
                // The server accepts AUTH after all, without listing it.
                self.facts.login_method = Some("AUTH PLAIN".into());
                self.login_shown = "AUTH PLAIN ***".into();
                let ir = sasl::plain_response(&c.user, c.password.expose());
                self.send(Pending::AuthPlain, ir, "***");
            }
            (Challenge::Answer, Pending::AuthOAuth2 { mechanism, stage }, _) => {
                let Some(login) = self.cfg.oauth2.clone() else {
                    return self.cancel_sasl(sasl_exchange::KEPT_ASKING, reply);
                };
                match sasl_exchange::oauth2_next(mechanism, stage, &challenge, &login) {
                    sasl_exchange::OAuth2Step::Answer { wire, stage, error } => {
                        if let Some(error) = error {
                            self.facts.oauth2_error =
                                Some(sanitize_str(&self.secrets.scrub(&error)));
                            self.publish_facts();
                        }
                        let shown = self.secrets.shown_challenge(&challenge);
                        self.send(
                            Pending::AuthOAuth2 { mechanism, stage },
                            wire.expose().to_string(),
                            &shown,
                        );
                    }
                    sasl_exchange::OAuth2Step::Cancel(reason) => self.cancel_sasl(reason, reply),
                }
            }
            (Challenge::Cancel(reason), ..) => self.cancel_sasl(reason, reply),
            _ => self.cancel_sasl(sasl_exchange::KEPT_ASKING, reply),
        }
    }

    /// Cancel the AUTH exchange (RFC 4954 §4): the login fails, then the session quits once the
    /// server has answered the `*`.
    fn cancel_sasl(&mut self, reason: &'static str, reply: &SmtpReply) {
        let evidence = self.sasl.evidence(&sanitized_reply(reply));
        let detail = Said::Phrase {
            key: reason,
            args: Vec::new(),
        };
        self.out
            .finish(StepKind::Login, StepStatus::Failed, detail, Some(evidence));
        self.publish_facts();
        // Sent without opening a step: the login step is over.
        self.out.send(
            format!("{}\r\n", sasl_exchange::CANCEL),
            sasl_exchange::CANCEL,
        );
        self.pending.push_back(Pending::AuthCancel);
    }

    /// Whether MAIL FROM / RCPT TO are to be tried after the login.
    fn dry_run_planned(&self) -> bool {
        self.cfg.depth == Depth::Full && (self.cfg.from.is_some() || self.cfg.to.is_some())
    }

    fn dry_run(&mut self) {
        if !self.dry_run_planned() {
            return self.quit();
        }
        let from = self.cfg.from.clone().unwrap_or_default();
        let shown = format!("MAIL FROM:<{}>", sanitize_str(&from));
        self.send(Pending::MailFrom, format!("MAIL FROM:<{from}>"), &shown);
        if self.has_ext("PIPELINING") {
            self.send_rcpt_or_rset();
            if self.cfg.to.is_some() {
                self.send(Pending::Rset, "RSET".into(), "RSET");
            }
            self.quit();
        }
    }

    fn send_rcpt_or_rset(&mut self) {
        match self.cfg.to.clone() {
            Some(to) => {
                let shown = format!("RCPT TO:<{}>", sanitize_str(&to));
                self.send(Pending::RcptTo, format!("RCPT TO:<{to}>"), &shown);
            }
            None => self.send(Pending::Rset, "RSET".into(), "RSET"),
        }
    }

    fn pipelined(&self) -> bool {
        self.quit_sent
    }

    fn on_mail_from(&mut self, reply: SmtpReply) {
        let shown = format!(
            "MAIL FROM:<{}>",
            sanitize_str(self.cfg.from.as_deref().unwrap_or(""))
        );
        if reply.is_positive() {
            self.out.finish(
                StepKind::MailFrom,
                StepStatus::Ok,
                said!("step-sender-accepted"),
                None,
            );
            if !self.pipelined() {
                self.send_rcpt_or_rset();
            }
        } else {
            self.mail_refused = true;
            let ev = Self::evidence(Some(&shown), &reply);
            self.out.finish(
                StepKind::MailFrom,
                StepStatus::Failed,
                said!("step-sender-refused"),
                ev,
            );
            if !self.pipelined() {
                self.send(Pending::Rset, "RSET".into(), "RSET");
            }
        }
    }

    fn on_rcpt_to(&mut self, reply: SmtpReply) {
        let shown = format!(
            "RCPT TO:<{}>",
            sanitize_str(self.cfg.to.as_deref().unwrap_or(""))
        );
        let ev = Self::evidence(Some(&shown), &reply);
        if self.mail_refused {
            self.out.finish(
                StepKind::RcptTo,
                StepStatus::Skipped,
                said!("step-not-tried-sender-refused"),
                ev,
            );
        } else if reply.is_positive() {
            self.out.finish(
                StepKind::RcptTo,
                StepStatus::Ok,
                said!("step-recipient-accepted"),
                None,
            );
        } else if reply.is_transient() {
            self.out.finish(
                StepKind::RcptTo,
                StepStatus::Warn,
                said!("step-recipient-deferred"),
                ev,
            );
        } else {
            self.out.finish(
                StepKind::RcptTo,
                StepStatus::Failed,
                said!("step-recipient-refused"),
                ev,
            );
        }
        if !self.pipelined() {
            self.send(Pending::Rset, "RSET".into(), "RSET");
        }
    }
}

/// A reply's full text for evidence: each line sanitized, lines kept apart by real newlines
/// (a server's own control characters stay escaped), the whole bounded after escaping.
fn sanitized_reply(reply: &SmtpReply) -> String {
    crate::sanitize::sanitize_lines(reply.full_text().split('\n'))
}

/// A reply quoted in a message: its first line, sanitized and cut, and how many lines it had.
fn quote_reply(reply: &SmtpReply) -> Said {
    let first = match reply.lines.first() {
        Some(text) if !text.is_empty() => format!("{} {text}", reply.code),
        _ => reply.code.to_string(),
    };
    let quoted = quote_line(first.as_bytes());
    match reply.lines.len() {
        0 | 1 => Said::Verbatim(quoted),
        n => said!("detail-reply-quoted-lines", reply = quoted, lines = n),
    }
}

/// The client address an EHLO reply names (`mail.example.org Hello pc [203.0.113.7]`), if any.
pub fn client_address(ehlo_first_line: &str) -> Option<String> {
    let candidates = ehlo_first_line
        .split_whitespace()
        .map(|w| w.trim_matches(|c| matches!(c, '[' | ']' | '(' | ')' | ',')));
    for word in candidates {
        let word = word.strip_prefix("IPv6:").unwrap_or(word);
        if word.parse::<std::net::IpAddr>().is_ok() {
            return Some(word.to_string());
        }
    }
    None
}

impl Session for SmtpSession {
    fn receive(&mut self, data: &[u8]) {
        if !self
            .intake
            .admit(data, &mut self.out, "SMTP", &self.secrets)
        {
            return;
        }
        self.lines.push(data);
        self.process_lines();
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
        self.extensions.clear();
        self.facts.capabilities.clear();
        self.facts.auth_mechanisms.clear();
        // RFC 3207 §4.2: forget what was learned before the upgrade and say EHLO again.
        self.send_ehlo();
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
        let quitting = self.pending.front() == Some(&Pending::Quit);
        let answer_to = self.pending.front().map_or("the greeting", |p| p.name());
        let first = self.assembler.first_line();
        let partial = self.secrets.redact(self.lines.partial());
        match describe_unfinished(
            self.assembler.lines_so_far(),
            first.as_deref().map(str::as_bytes),
            &partial,
        ) {
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
mod tests {
    use super::*;
    use crate::proto::session::Credentials;
    use crate::settings::Secret;

    const GREETING: &[u8] = b"220 mail.example.test ESMTP\r\n";
    const EHLO_PIPELINING: &[u8] =
        b"250-mail.example.test\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n";
    const EHLO_NO_PIPELINING: &[u8] = b"250-mail.example.test\r\n250 AUTH PLAIN LOGIN\r\n";

    fn config(dry_run: bool) -> SessionConfig {
        SessionConfig {
            security: Security::Tls,
            credentials: Some(Credentials {
                user: "alice@example.test".into(),
                password: Secret::new("pw"),
            }),
            oauth2: None,
            allow_plaintext_auth: false,
            depth: Depth::Full,
            from: dry_run.then(|| "alice@example.test".into()),
            to: dry_run.then(|| "bob@example.test".into()),
            ehlo_name: "probe.example.test".into(),
        }
    }

    /// What the session asked for since the last call: commands sent (their first word, or
    /// two for AUTH), steps finished, and whether it closed.
    #[derive(Debug, Default)]
    struct Drained {
        sent: Vec<String>,
        finished: Vec<(StepKind, StepStatus)>,
        closed: bool,
    }

    fn drain(session: &mut SmtpSession) -> Drained {
        let mut out = Drained::default();
        while let Some(action) = session.poll_action() {
            match action {
                Action::Send { wire, .. } => {
                    let text = String::from_utf8_lossy(&wire).into_owned();
                    let words: Vec<&str> = text.split_whitespace().collect();
                    let take = if words.first() == Some(&"AUTH") { 2 } else { 1 };
                    out.sent.push(
                        words
                            .iter()
                            .take(take)
                            .copied()
                            .collect::<Vec<_>>()
                            .join(" "),
                    );
                }
                Action::StepFinished { step, status, .. } => out.finished.push((step, status)),
                Action::Close => out.closed = true,
                _ => {}
            }
        }
        out
    }

    /// A session over implicit TLS that has read the greeting and `ehlo`.
    fn after_ehlo(cfg: SessionConfig, ehlo: &[u8]) -> (SmtpSession, Drained) {
        let mut session = SmtpSession::new(cfg, true);
        session.receive(GREETING);
        assert_eq!(drain(&mut session).sent, ["EHLO"]);
        session.receive(ehlo);
        let drained = drain(&mut session);
        (session, drained)
    }

    #[test]
    fn quit_goes_with_auth_plain_when_the_server_pipelines_and_nothing_follows() {
        let (mut session, drained) = after_ehlo(config(false), EHLO_PIPELINING);
        assert_eq!(drained.sent, ["AUTH PLAIN", "QUIT"]);
        session.receive(b"235 2.7.0 Authentication successful\r\n221 2.0.0 Bye\r\n");
        let drained = drain(&mut session);
        assert!(drained.sent.is_empty(), "{:?}", drained.sent);
        assert!(
            drained
                .finished
                .contains(&(StepKind::Login, StepStatus::Ok))
        );
        assert!(drained.finished.contains(&(StepKind::Quit, StepStatus::Ok)));
        assert!(drained.closed);
    }

    #[test]
    fn a_refused_login_with_pipelined_quit_is_recorded_once() {
        let (mut session, drained) = after_ehlo(config(false), EHLO_PIPELINING);
        assert_eq!(drained.sent, ["AUTH PLAIN", "QUIT"]);
        session.receive(b"535 5.7.8 Error: authentication failed\r\n221 2.0.0 Bye\r\n");
        let drained = drain(&mut session);
        assert!(drained.sent.is_empty(), "{:?}", drained.sent);
        assert_eq!(
            drained.finished,
            [
                (StepKind::Login, StepStatus::Failed),
                (StepKind::Quit, StepStatus::Ok)
            ]
        );
        assert!(drained.closed);
    }

    #[test]
    fn without_pipelining_quit_waits_for_the_auth_reply() {
        let (mut session, drained) = after_ehlo(config(false), EHLO_NO_PIPELINING);
        assert_eq!(drained.sent, ["AUTH PLAIN"]);
        session.receive(b"235 2.7.0 Authentication successful\r\n");
        assert_eq!(drain(&mut session).sent, ["QUIT"]);
    }

    #[test]
    fn a_dry_run_waits_for_the_login_before_its_own_group() {
        let (mut session, drained) = after_ehlo(config(true), EHLO_PIPELINING);
        assert_eq!(drained.sent, ["AUTH PLAIN"]);
        session.receive(b"235 2.7.0 Authentication successful\r\n");
        assert_eq!(drain(&mut session).sent, ["MAIL", "RCPT", "RSET", "QUIT"]);
    }

    #[test]
    fn a_server_that_ignores_the_initial_response_ends_in_a_warning() {
        let (mut session, drained) = after_ehlo(config(false), EHLO_PIPELINING);
        assert_eq!(drained.sent, ["AUTH PLAIN", "QUIT"]);
        // The server took the pipelined QUIT as the answer to its challenge.
        session.receive(b"334 \r\n501 5.5.2 Cannot decode response\r\n");
        let drained = drain(&mut session);
        assert!(drained.sent.is_empty(), "{:?}", drained.sent);
        assert_eq!(
            drained.finished,
            [
                (StepKind::Login, StepStatus::Warn),
                (StepKind::Quit, StepStatus::Warn)
            ]
        );
        assert!(drained.closed);
    }

    /// Answer every command with `reply` until the session closes (at most `limit` rounds).
    fn answer_all(session: &mut SmtpSession, reply: &[u8], limit: usize) -> Drained {
        let mut all = Drained::default();
        for _ in 0..limit {
            session.receive(reply);
            let d = drain(session);
            all.sent.extend(d.sent);
            all.finished.extend(d.finished);
            all.closed |= d.closed;
            if all.closed {
                break;
            }
        }
        all
    }

    #[test]
    fn endless_334_to_auth_login_gets_two_answers_one_cancel_and_quit() {
        let ehlo = b"250-mail.example.test\r\n250 AUTH LOGIN\r\n";
        let (mut session, drained) = after_ehlo(config(false), ehlo);
        assert_eq!(drained.sent, ["AUTH LOGIN"]);
        let all = answer_all(&mut session, b"334 UGFzc3dvcmQ6\r\n", 50);
        assert_eq!(all.sent.len(), 4, "{:?}", all.sent);
        assert_eq!(&all.sent[2..], ["*", "QUIT"]);
        assert_eq!(
            all.finished,
            [
                (StepKind::Login, StepStatus::Failed),
                (StepKind::Quit, StepStatus::Warn)
            ]
        );
        assert!(all.closed);
    }

    #[test]
    fn endless_334_to_auth_plain_is_cancelled_at_once() {
        let (mut session, drained) = after_ehlo(config(false), EHLO_NO_PIPELINING);
        assert_eq!(drained.sent, ["AUTH PLAIN"]);
        let all = answer_all(&mut session, b"334 \r\n", 50);
        assert_eq!(all.sent, ["*", "QUIT"]);
        assert_eq!(all.finished[0], (StepKind::Login, StepStatus::Failed));
        assert!(all.closed);
    }

    #[test]
    fn an_oversized_334_is_not_answered() {
        let ehlo = b"250-mail.example.test\r\n250 AUTH LOGIN\r\n";
        let (mut session, _) = after_ehlo(config(false), ehlo);
        let big = format!(
            "334 {}\r\n",
            "A".repeat(sasl_exchange::MAX_CHALLENGE_BYTES + 1)
        );
        session.receive(big.as_bytes());
        let drained = drain(&mut session);
        assert_eq!(drained.sent, ["*"]);
        assert_eq!(drained.finished, [(StepKind::Login, StepStatus::Failed)]);
    }
}
