//! A scripted SMTP submission server's state machine (RFC 5321, 3207, 4954): EHLO/HELO,
//! STARTTLS, AUTH PLAIN/LOGIN, MAIL/RCPT/RSET, with any reply replaced by the scenario's. It
//! never accepts a message: DATA is always refused, whatever the scenario says.

use std::net::IpAddr;
use std::sync::Arc;

use super::log::{Log, Login};
use super::sasl::{self, Account, Pending, Step};
use super::session::{Action, Session, split_command};
use super::spec::{Misbehaviour, ServerSpec};

pub struct SmtpSession {
    spec: Arc<ServerSpec>,
    connection: usize,
    peer: IpAddr,
    over_tls: bool,
    greeted: bool,
    authenticated: bool,
    sasl: Option<Pending>,
    in_transaction: bool,
    log: Log,
    /// The client line being answered.
    line: String,
}

impl SmtpSession {
    pub fn new(spec: Arc<ServerSpec>, connection: usize, peer: IpAddr, log: Log) -> SmtpSession {
        SmtpSession {
            spec,
            connection,
            peer,
            over_tls: false,
            greeted: false,
            authenticated: false,
            sasl: None,
            in_transaction: false,
            log,
            line: String::new(),
        }
    }

    fn host(&self) -> &str {
        self.spec
            .names
            .first()
            .map(String::as_str)
            .unwrap_or("localhost")
    }

    fn final_reply(&self, verb: &str, normal: String) -> String {
        self.spec
            .reply_for(verb)
            .map(|r| r.replace("{line}", &self.line))
            .unwrap_or(normal)
    }

    fn starttls_available(&self) -> bool {
        self.spec.offers_upgrade() && !self.over_tls
    }

    fn ehlo(&mut self, verb: &str, name: &str) -> String {
        let mut lines = vec![format!(
            "{} at your service, {name} [{}]",
            self.host(),
            self.peer
        )];
        match &self.spec.capabilities {
            Some(c) => lines.extend(c.iter().cloned()),
            None => lines.extend(
                [
                    "PIPELINING",
                    "SIZE 10240000",
                    "ENHANCEDSTATUSCODES",
                    "8BITMIME",
                ]
                .map(String::from),
            ),
        }
        if self.starttls_available() {
            lines.push("STARTTLS".into());
        }
        if !self.spec.sasl_offered(self.over_tls).is_empty() {
            lines.push(format!(
                "AUTH {}",
                self.spec.sasl_offered(self.over_tls).join(" ")
            ));
        }
        let last = lines.len() - 1;
        let normal = lines
            .iter()
            .enumerate()
            .map(|(i, l)| format!("250{}{l}", if i == last { ' ' } else { '-' }))
            .collect::<Vec<_>>()
            .join("\n");
        let reply = self.final_reply(verb, normal);
        if positive(&reply) {
            self.greeted = true;
            self.in_transaction = false;
        }
        reply
    }

    fn auth(&mut self, arg: &str) -> Action {
        if !self.greeted {
            return Action::Reply("503 5.5.1 Error: send HELO/EHLO first".into());
        }
        if self.spec.sasl_offered(self.over_tls).is_empty() {
            return Action::Reply("503 5.5.1 Error: authentication not enabled".into());
        }
        if self.authenticated {
            return Action::Reply("503 5.5.1 Error: already authenticated".into());
        }
        let mut words = arg.split_whitespace();
        let mechanism = words.next().unwrap_or("");
        let account = Account {
            user: &self.spec.user,
            password: &self.spec.password,
            token: self.spec.oauth2_token.as_deref(),
            oauth2_error: self.spec.oauth2_error.as_deref(),
        };
        let step = sasl::start(
            mechanism,
            words.next(),
            self.spec.sasl_offered(self.over_tls),
            &account,
        );
        self.sasl_step(step)
    }

    fn sasl_step(&mut self, step: Step) -> Action {
        self.sasl = None;
        let reply = match step {
            Step::Challenge(pending, challenge) => {
                self.sasl = Some(pending);
                format!("334 {challenge}")
            }
            Step::Verdict { method, user, ok } => {
                let normal = if ok {
                    "235 2.7.0 Authentication successful"
                } else {
                    "535 5.7.8 Error: authentication failed: authentication failure"
                };
                let reply = self.final_reply("AUTH", normal.into());
                self.authenticated = positive(&reply);
                self.log.login(Login {
                    connection: self.connection,
                    method: method.into(),
                    user,
                    over_tls: self.over_tls,
                    accepted: self.authenticated,
                });
                if !self.authenticated
                    && self.spec.misbehaviour == Misbehaviour::HangUpAfterRefusedLogin
                {
                    return Action::ReplyThenClose(reply);
                }
                reply
            }
            Step::Cancelled => "501 5.7.0 Authentication aborted".into(),
            Step::Malformed => "501 5.5.2 Cannot decode response".into(),
            Step::Unsupported => "504 5.5.4 Unrecognized authentication type".into(),
        };
        Action::Reply(reply)
    }

    fn mail(&mut self, verb: &str) -> String {
        if !self.greeted {
            return "503 5.5.1 Error: send HELO/EHLO first".into();
        }
        if self.in_transaction {
            return "503 5.5.1 Error: nested MAIL command".into();
        }
        let reply = self.final_reply(verb, "250 2.1.0 Ok".into());
        self.in_transaction = positive(&reply);
        reply
    }

    fn rcpt(&mut self, verb: &str) -> String {
        if !self.in_transaction {
            return "503 5.5.1 Error: need MAIL command".into();
        }
        self.final_reply(verb, "250 2.1.5 Ok".into())
    }
}

impl Session for SmtpSession {
    fn greeting(&self) -> String {
        self.spec
            .greeting
            .clone()
            .unwrap_or_else(|| format!("220 {} ESMTP demonstration server", self.host()))
    }

    fn on_line(&mut self, line: &str) -> Action {
        self.line = line.to_string();
        if let Some(pending) = self.sasl.take() {
            let account = Account {
                user: &self.spec.user,
                password: &self.spec.password,
                token: self.spec.oauth2_token.as_deref(),
                oauth2_error: self.spec.oauth2_error.as_deref(),
            };
            let step = sasl::respond(pending, line, &account);
            return self.sasl_step(step);
        }
        let (verb, arg) = split_command(line);
        let reply = match verb.as_str() {
            "EHLO" => self.ehlo(&verb, arg),
            "HELO" => {
                let reply = self.final_reply(&verb, format!("250 {}", self.host()));
                self.greeted |= positive(&reply);
                reply
            }
            "STARTTLS" if self.starttls_available() => {
                let reply = self.final_reply(&verb, "220 2.0.0 Ready to start TLS".into());
                return if positive(&reply) {
                    Action::ReplyThenTls(reply)
                } else {
                    Action::Reply(reply)
                };
            }
            "STARTTLS" if self.over_tls => "554 5.5.1 Error: TLS already active".into(),
            "STARTTLS" => {
                self.final_reply(&verb, "502 5.5.1 Error: command not implemented".into())
            }
            "AUTH" => return self.auth(arg),
            "MAIL" => self.mail(&verb),
            "RCPT" => self.rcpt(&verb),
            "RSET" => {
                self.in_transaction = false;
                self.final_reply(&verb, "250 2.0.0 Ok".into())
            }
            "NOOP" => self.final_reply(&verb, "250 2.0.0 Ok".into()),
            // Never overridable: the lab never takes a message.
            "DATA" | "BDAT" => {
                "554 5.5.1 Error: this demonstration server never accepts a message".into()
            }
            "QUIT" => {
                return Action::ReplyThenClose(self.final_reply(&verb, "221 2.0.0 Bye".into()));
            }
            _ => self.final_reply(&verb, "502 5.5.2 Error: command not recognized".into()),
        };
        Action::Reply(reply)
    }

    fn on_tls(&mut self) {
        // RFC 3207: everything learned before the upgrade is forgotten.
        self.over_tls = true;
        self.greeted = false;
        self.authenticated = false;
        self.sasl = None;
        self.in_transaction = false;
    }
}

/// A 2xx or 3xx reply.
fn positive(reply: &str) -> bool {
    matches!(reply.as_bytes().first(), Some(b'2' | b'3'))
}
