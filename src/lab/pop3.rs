//! A scripted POP3 server's state machine (RFC 1939, 2449, 2595, 5034): greeting, CAPA, STLS,
//! USER/PASS, APOP and AUTH PLAIN/LOGIN, STAT, UIDL, LIST, with any reply replaced by the scenario's.
//! It never hands out or deletes a message: RETR, TOP and DELE are refused.

use std::sync::Arc;

use md5::{Digest, Md5};

use super::log::{Log, Login};
use super::sasl::{self, Account, Pending, Step};
use super::session::{Action, Session, split_command};
use super::spec::{Misbehaviour, ServerSpec};

enum State {
    Authorization { user: Option<String> },
    Sasl(Pending),
    Transaction,
}

pub struct Pop3Session {
    spec: Arc<ServerSpec>,
    connection: usize,
    over_tls: bool,
    state: State,
    log: Log,
    /// The client line being answered.
    line: String,
}

impl Pop3Session {
    pub fn new(spec: Arc<ServerSpec>, connection: usize, log: Log) -> Pop3Session {
        Pop3Session {
            spec,
            connection,
            over_tls: false,
            state: State::Authorization { user: None },
            log,
            line: String::new(),
        }
    }

    fn account(&self) -> Account<'_> {
        Account {
            user: &self.spec.user,
            password: &self.spec.password,
            token: self.spec.oauth2_token.as_deref(),
            oauth2_error: self.spec.oauth2_error.as_deref(),
        }
    }

    fn final_reply(&self, verb: &str, normal: String) -> String {
        self.spec
            .reply_for(verb)
            .map(|r| r.replace("{line}", &self.line))
            .unwrap_or(normal)
    }

    fn stls_available(&self) -> bool {
        self.spec.offers_upgrade() && !self.over_tls
    }

    /// The scenario's reply (if any) decides; the reply decides the state.
    fn login(&mut self, verb: &str, method: &str, user: &str, ok: bool) -> Action {
        let normal = if ok {
            "+OK Logged in."
        } else {
            "-ERR [AUTH] Authentication failed."
        };
        let reply = self.final_reply(verb, normal.into());
        let accepted = reply.starts_with("+OK");
        self.log.login(Login {
            connection: self.connection,
            method: method.into(),
            user: user.into(),
            over_tls: self.over_tls,
            accepted,
        });
        if accepted {
            self.state = State::Transaction;
            return Action::Reply(reply);
        }
        self.state = State::Authorization { user: None };
        if self.spec.misbehaviour == Misbehaviour::HangUpAfterRefusedLogin {
            Action::ReplyThenClose(reply)
        } else {
            Action::Reply(reply)
        }
    }

    /// The `<…>` of the greeting, which APOP digests with the password (RFC 1939).
    fn apop_timestamp(&self) -> Option<String> {
        let greeting = self.greeting();
        let start = greeting.find('<')?;
        let end = start + greeting[start..].find('>')?;
        Some(greeting[start..=end].to_string())
    }

    fn capa(&self) -> String {
        let mut lines = vec!["+OK Capability list follows".to_string()];
        match &self.spec.capabilities {
            Some(c) => lines.extend(c.iter().cloned()),
            None => lines
                .extend(["TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE", "USER"].map(String::from)),
        }
        if !self.spec.sasl_offered(self.over_tls).is_empty() {
            lines.push(format!(
                "SASL {}",
                self.spec.sasl_offered(self.over_tls).join(" ")
            ));
        }
        if self.stls_available() {
            lines.push("STLS".into());
        }
        lines.push(".".into());
        lines.join("\n")
    }

    fn authorization(&mut self, verb: &str, arg: &str, pending_user: Option<String>) -> Action {
        match verb {
            "USER" => {
                self.state = State::Authorization {
                    user: Some(arg.to_string()),
                };
                Action::Reply(self.final_reply(verb, "+OK".into()))
            }
            "PASS" => match pending_user {
                Some(user) => {
                    let ok = self.account().matches(&user, arg);
                    self.login(verb, "USER/PASS", &user, ok)
                }
                None => Action::Reply("-ERR No username given.".into()),
            },
            "APOP" => {
                let (user, digest) = arg.split_once(' ').unwrap_or((arg, ""));
                let ok = self.apop_timestamp().is_some_and(|ts| {
                    let sum = Md5::digest(format!("{ts}{}", self.spec.password).as_bytes());
                    let hex: String = sum.iter().map(|b| format!("{b:02x}")).collect();
                    user == self.spec.user && digest.trim().eq_ignore_ascii_case(&hex)
                });
                let user = user.to_string();
                self.login(verb, "APOP", &user, ok)
            }
            "AUTH" if arg.is_empty() => {
                let mut lines = vec!["+OK".to_string()];
                lines.extend(self.spec.sasl_offered(self.over_tls).iter().cloned());
                lines.push(".".into());
                Action::Reply(lines.join("\n"))
            }
            "AUTH" => {
                let mut words = arg.split_whitespace();
                let mechanism = words.next().unwrap_or("");
                let step = sasl::start(
                    mechanism,
                    words.next(),
                    self.spec.sasl_offered(self.over_tls),
                    &self.account(),
                );
                self.sasl_step(step)
            }
            "STLS" if self.stls_available() => {
                let reply = self.final_reply(verb, "+OK Begin TLS negotiation now.".into());
                if reply.starts_with("+OK") {
                    Action::ReplyThenTls(reply)
                } else {
                    Action::Reply(reply)
                }
            }
            "STLS" if self.over_tls => Action::Reply("-ERR TLS is already active.".into()),
            _ => Action::Reply(self.final_reply(verb, "-ERR Unknown command.".into())),
        }
    }

    fn sasl_step(&mut self, step: Step) -> Action {
        let reset = |s: &mut Self, reply: &str| {
            s.state = State::Authorization { user: None };
            Action::Reply(reply.into())
        };
        match step {
            Step::Challenge(pending, challenge) => {
                self.state = State::Sasl(pending);
                Action::Reply(format!("+ {challenge}"))
            }
            Step::Verdict { method, user, ok } => self.login("AUTH", method, &user, ok),
            Step::Cancelled => reset(self, "-ERR Authentication aborted by client."),
            Step::Malformed => reset(self, "-ERR Invalid base64 data in continued response"),
            Step::Unsupported => reset(self, "-ERR Unsupported authentication mechanism."),
        }
    }

    fn listing(&self, verb: &str, arg: &str, field: impl Fn(&(String, u64)) -> String) -> String {
        let messages = &self.spec.messages;
        let normal = if arg.is_empty() {
            let mut lines = vec![format!("+OK {} messages", messages.len())];
            for (i, m) in messages.iter().enumerate() {
                lines.push(format!("{} {}", i + 1, field(m)));
            }
            lines.push(".".into());
            lines.join("\n")
        } else {
            let found = arg
                .parse::<usize>()
                .ok()
                .and_then(|n| Some((n, messages.get(n.checked_sub(1)?)?)));
            match found {
                Some((n, m)) => format!("+OK {n} {}", field(m)),
                None => "-ERR There's no such message.".into(),
            }
        };
        self.final_reply(verb, normal)
    }

    fn transaction(&mut self, verb: &str, arg: &str) -> Action {
        let reply = match verb {
            "STAT" => {
                let octets: u64 = self.spec.messages.iter().map(|m| m.1).sum();
                let normal = format!("+OK {} {octets}", self.spec.messages.len());
                self.final_reply(verb, normal)
            }
            "UIDL" => self.listing(verb, arg, |m| m.0.clone()),
            "LIST" => self.listing(verb, arg, |m| m.1.to_string()),
            "NOOP" | "RSET" => self.final_reply(verb, "+OK".into()),
            // Never overridable: the lab does not act as if it handed out or deleted mail.
            "RETR" | "TOP" | "DELE" => {
                "-ERR This demonstration server never hands out or deletes messages.".into()
            }
            _ => self.final_reply(verb, "-ERR Unknown command.".into()),
        };
        Action::Reply(reply)
    }
}

impl Session for Pop3Session {
    fn greeting(&self) -> String {
        self.spec
            .greeting
            .clone()
            .unwrap_or_else(|| "+OK POP3 demonstration server ready.".into())
    }

    fn on_line(&mut self, line: &str) -> Action {
        self.line = line.to_string();
        if let State::Sasl(pending) = &self.state {
            let pending = pending.clone();
            let step = sasl::respond(pending, line, &self.account());
            return self.sasl_step(step);
        }
        let (verb, arg) = split_command(line);
        match verb.as_str() {
            "QUIT" => return Action::ReplyThenClose(self.final_reply("QUIT", "+OK Bye.".into())),
            "CAPA" => return Action::Reply(self.final_reply("CAPA", self.capa())),
            _ => {}
        }
        match &self.state {
            State::Transaction => self.transaction(&verb, arg),
            State::Authorization { user } => {
                let pending_user = user.clone();
                self.authorization(&verb, arg, pending_user)
            }
            State::Sasl(_) => self.authorization(&verb, arg, None),
        }
    }

    fn on_tls(&mut self) {
        self.over_tls = true;
        self.state = State::Authorization { user: None };
    }
}
