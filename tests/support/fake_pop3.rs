//! A fake POP3 server (RFC 1939, 2449, 2595, 5034) on 127.0.0.1 for the probe's integration tests:
//! a small command-answering state machine with a configurable greeting, capabilities, account,
//! mailbox and per-command reply overrides. It never hands out or deletes a message.

use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;

use super::md5::md5_hex;
use super::sasl::{self, Account, Pending, SaslStep};
use super::server::{
    Action, Behaviour, Log, LoginAttempt, ServerHandle, Session, Transport, split_command,
};

/// One message in the fake mailbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub uid: String,
    pub octets: u64,
}

/// Everything that shapes the fake POP3 server's answers.
#[derive(Debug, Clone)]
pub struct Pop3Config {
    /// The whole greeting line, e.g. `+OK Dovecot ready.` or `+OK ready <1896.697170952@mail.test>`.
    pub greeting: String,
    /// CAPA lines besides `STLS` and `SASL`, which are added when they apply.
    pub capabilities: Vec<String>,
    /// SASL mechanisms offered (only PLAIN and LOGIN are understood); empty: no AUTH.
    pub sasl: Vec<String>,
    pub account: Account,
    pub messages: Vec<Message>,
    /// Final replies that replace the normal one for a command word (`PASS`, `AUTH`, `STAT`…).
    pub overrides: HashMap<String, String>,
}

impl Default for Pop3Config {
    fn default() -> Self {
        Pop3Config {
            greeting: "+OK mail.test POP3 server ready.".into(),
            capabilities: [
                "TOP",
                "UIDL",
                "RESP-CODES",
                "AUTH-RESP-CODE",
                "PIPELINING",
                "USER",
            ]
            .map(String::from)
            .to_vec(),
            sasl: vec!["PLAIN".into(), "LOGIN".into()],
            account: Account::new(super::USER, super::PASSWORD),
            messages: vec![
                Message {
                    uid: "00000001a1b2c3d4".into(),
                    octets: 1200,
                },
                Message {
                    uid: "00000002a1b2c3d4".into(),
                    octets: 3400,
                },
            ],
            overrides: HashMap::new(),
        }
    }
}

/// Builds a [`FakePop3`].
pub struct Pop3Builder {
    transport: Transport,
    behaviour: Behaviour,
    /// A listener bound by the test (a chosen address or port); 127.0.0.1:0 otherwise.
    listener: Option<TcpListener>,
    config: Pop3Config,
}

impl Pop3Builder {
    pub fn greeting(mut self, line: &str) -> Self {
        self.config.greeting = line.to_string();
        self
    }

    /// Adds an APOP timestamp (`<...>`) to the default greeting.
    pub fn apop_timestamp(mut self, timestamp: &str) -> Self {
        self.config.greeting = format!("+OK mail.test POP3 server ready. {timestamp}");
        self
    }

    pub fn capabilities(mut self, capabilities: &[&str]) -> Self {
        self.config.capabilities = capabilities.iter().map(|c| c.to_string()).collect();
        self
    }

    pub fn sasl(mut self, mechanisms: &[&str]) -> Self {
        self.config.sasl = mechanisms.iter().map(|m| m.to_string()).collect();
        self
    }

    pub fn account(mut self, user: &str, password: &str) -> Self {
        self.config.account = Account::new(user, password);
        self
    }

    pub fn messages(mut self, messages: &[(&str, u64)]) -> Self {
        self.config.messages = messages
            .iter()
            .map(|(uid, octets)| Message {
                uid: uid.to_string(),
                octets: *octets,
            })
            .collect();
        self
    }

    /// Replies `reply` (lines joined with `\r\n`) to every `verb` command instead of the normal
    /// final answer. A `+OK` override of a login still logs in.
    pub fn reply(mut self, verb: &str, reply: &str) -> Self {
        self.config
            .overrides
            .insert(verb.to_ascii_uppercase(), reply.to_string());
        self
    }

    pub fn behaviour(mut self, behaviour: Behaviour) -> Self {
        self.behaviour = behaviour;
        self
    }

    /// Serves on this listener instead of a fresh one on 127.0.0.1.
    pub fn on_listener(mut self, listener: TcpListener) -> Self {
        self.listener = Some(listener);
        self
    }

    pub fn start(self) -> FakePop3 {
        let config = Arc::new(self.config);
        let offers_stls = self.transport.offers_upgrade();
        let factory = Arc::new(move |connection: usize, _peer: SocketAddr, log: Log| {
            Box::new(Pop3Session::new(
                config.clone(),
                connection,
                offers_stls,
                log,
            )) as Box<dyn Session>
        });
        FakePop3 {
            handle: match self.listener {
                Some(listener) => {
                    ServerHandle::start_on(listener, self.transport, self.behaviour, factory)
                }
                None => ServerHandle::start(self.transport, self.behaviour, factory),
            },
        }
    }
}

/// A running fake POP3 server; stops when dropped.
pub struct FakePop3 {
    handle: ServerHandle,
}

impl FakePop3 {
    pub fn builder(transport: Transport) -> Pop3Builder {
        Pop3Builder {
            transport,
            behaviour: Behaviour::Normal,
            listener: None,
            config: Pop3Config::default(),
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.handle.addr()
    }

    pub fn port(&self) -> u16 {
        self.handle.port()
    }

    /// What the clients sent and did.
    pub fn log(&self) -> &Log {
        self.handle.log()
    }
}

enum State {
    Authorization { user: Option<String> },
    Sasl(Pending),
    Transaction,
}

/// One POP3 connection's state machine.
pub struct Pop3Session {
    config: Arc<Pop3Config>,
    connection: usize,
    offers_stls: bool,
    over_tls: bool,
    state: State,
    log: Log,
}

impl Pop3Session {
    pub fn new(config: Arc<Pop3Config>, connection: usize, offers_stls: bool, log: Log) -> Self {
        Pop3Session {
            config,
            connection,
            offers_stls,
            over_tls: false,
            state: State::Authorization { user: None },
            log,
        }
    }

    fn final_reply(&self, verb: &str, normal: String) -> String {
        self.config.overrides.get(verb).cloned().unwrap_or(normal)
    }

    fn stls_available(&self) -> bool {
        self.offers_stls && !self.over_tls
    }

    /// Judges a login: the override (if any) decides the reply, the reply decides the state.
    fn login(&mut self, verb: &str, method: &str, user: &str, ok: bool) -> Action {
        let normal = if ok {
            "+OK Logged in.".to_string()
        } else {
            "-ERR [AUTH] Authentication failed.".to_string()
        };
        let reply = self.final_reply(verb, normal);
        let accepted = reply.starts_with("+OK");
        self.log.record_login(LoginAttempt {
            connection: self.connection,
            method: method.to_string(),
            user: user.to_string(),
            over_tls: self.over_tls,
            accepted,
        });
        self.state = if accepted {
            State::Transaction
        } else {
            State::Authorization { user: None }
        };
        Action::Reply(reply)
    }

    fn capa(&self) -> String {
        let mut lines = vec!["+OK Capability list follows".to_string()];
        lines.extend(self.config.capabilities.iter().cloned());
        if !self.config.sasl.is_empty() {
            lines.push(format!("SASL {}", self.config.sasl.join(" ")));
        }
        if self.stls_available() {
            lines.push("STLS".into());
        }
        lines.push(".".into());
        lines.join("\r\n")
    }

    fn apop_timestamp(&self) -> Option<&str> {
        let greeting = &self.config.greeting;
        let start = greeting.find('<')?;
        let end = start + greeting[start..].find('>')?;
        Some(&greeting[start..=end])
    }

    fn message(&self, number: &str) -> Option<(usize, &Message)> {
        let n: usize = number.parse().ok()?;
        let message = self.config.messages.get(n.checked_sub(1)?)?;
        Some((n, message))
    }

    fn listing(&self, verb: &str, arg: &str, field: impl Fn(&Message) -> String) -> String {
        let normal = if arg.is_empty() {
            let mut lines = vec![format!("+OK {} messages", self.config.messages.len())];
            for (i, m) in self.config.messages.iter().enumerate() {
                lines.push(format!("{} {}", i + 1, field(m)));
            }
            lines.push(".".into());
            lines.join("\r\n")
        } else {
            match self.message(arg) {
                Some((n, m)) => format!("+OK {n} {}", field(m)),
                None => format!("-ERR There's no message {arg}."),
            }
        };
        self.final_reply(verb, normal)
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
                    let ok = self.config.account.matches(&user, arg);
                    self.login(verb, "USER/PASS", &user, ok)
                }
                None => Action::Reply("-ERR No username given.".into()),
            },
            "APOP" => {
                let (user, digest) = arg.split_once(' ').unwrap_or((arg, ""));
                let ok = match self.apop_timestamp() {
                    Some(ts) => {
                        let expected =
                            md5_hex(format!("{ts}{}", self.config.account.password).as_bytes());
                        user == self.config.account.user && digest.trim() == expected
                    }
                    None => false,
                };
                let user = user.to_string();
                self.login(verb, "APOP", &user, ok)
            }
            "AUTH" if arg.is_empty() => {
                let mut lines = vec!["+OK".to_string()];
                lines.extend(self.config.sasl.iter().cloned());
                lines.push(".".into());
                Action::Reply(lines.join("\r\n"))
            }
            "AUTH" => {
                let mut words = arg.split_whitespace();
                let mechanism = words.next().unwrap_or("");
                let initial = words.next();
                let step = sasl::start(mechanism, initial, &self.config.sasl, &self.config.account);
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

    fn sasl_step(&mut self, step: SaslStep) -> Action {
        match step {
            SaslStep::Challenge(pending, challenge) => {
                self.state = State::Sasl(pending);
                Action::Reply(format!("+ {challenge}"))
            }
            SaslStep::Verdict { method, user, ok } => self.login("AUTH", method, &user, ok),
            SaslStep::Cancelled => {
                self.state = State::Authorization { user: None };
                Action::Reply("-ERR Authentication aborted by client.".into())
            }
            SaslStep::Malformed => {
                self.state = State::Authorization { user: None };
                Action::Reply("-ERR Invalid base64 data in continued response".into())
            }
            SaslStep::Unsupported => {
                self.state = State::Authorization { user: None };
                Action::Reply("-ERR Unsupported authentication mechanism.".into())
            }
        }
    }

    fn transaction(&mut self, verb: &str, arg: &str) -> Action {
        let reply = match verb {
            "STAT" => {
                let octets: u64 = self.config.messages.iter().map(|m| m.octets).sum();
                let normal = format!("+OK {} {}", self.config.messages.len(), octets);
                self.final_reply(verb, normal)
            }
            "UIDL" => self.listing(verb, arg, |m| m.uid.clone()),
            "LIST" => self.listing(verb, arg, |m| m.octets.to_string()),
            "NOOP" | "RSET" => self.final_reply(verb, "+OK".into()),
            "RETR" | "TOP" | "DELE" => self.final_reply(
                verb,
                "-ERR This test server never hands out or deletes messages.".into(),
            ),
            _ => self.final_reply(verb, "-ERR Unknown command.".into()),
        };
        Action::Reply(reply)
    }
}

impl Session for Pop3Session {
    fn greeting(&self) -> String {
        self.config.greeting.clone()
    }

    fn on_line(&mut self, line: &str) -> Action {
        if let State::Sasl(pending) = &self.state {
            let pending = pending.clone();
            let step = sasl::respond(pending, line, &self.config.account);
            return self.sasl_step(step);
        }
        let (verb, arg) = split_command(line);
        match verb.as_str() {
            "QUIT" => {
                return Action::ReplyThenClose(self.final_reply("QUIT", "+OK Logging out.".into()));
            }
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
