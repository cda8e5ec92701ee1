//! A fake SMTP submission server (RFC 5321, 3207, 4954) on 127.0.0.1 for the probe's integration
//! tests: EHLO/HELO, STARTTLS, AUTH PLAIN/LOGIN, MAIL/RCPT/RSET with configurable rejections and
//! per-command reply overrides. It never accepts DATA.

use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;

use super::sasl::{self, Account, Pending, SaslStep};
use super::server::{
    Action, Behaviour, Log, LoginAttempt, ServerHandle, Session, Transport, split_command,
};

/// Everything that shapes the fake SMTP server's answers.
#[derive(Debug, Clone)]
pub struct SmtpConfig {
    /// The whole banner line, e.g. `220 mail.test ESMTP Postfix`.
    pub greeting: String,
    /// The name in the EHLO and HELO replies.
    pub host: String,
    /// EHLO keywords besides `STARTTLS` and `AUTH`, which are added when they apply.
    pub extensions: Vec<String>,
    /// SASL mechanisms offered (only PLAIN and LOGIN are understood); empty: no AUTH.
    pub sasl: Vec<String>,
    /// Offer AUTH only over TLS (Postfix `smtpd_tls_auth_only = yes`).
    pub auth_only_over_tls: bool,
    pub account: Account,
    /// Sender addresses (lower-case) refused at MAIL FROM, with the reply to send.
    pub rejected_senders: HashMap<String, String>,
    /// Recipient addresses (lower-case) refused at RCPT TO, with the reply to send.
    pub rejected_recipients: HashMap<String, String>,
    /// Final replies that replace the normal one for a command word (`AUTH`, `EHLO`, `RCPT`…).
    pub overrides: HashMap<String, String>,
}

impl Default for SmtpConfig {
    fn default() -> Self {
        SmtpConfig {
            greeting: "220 mail.test ESMTP ready".into(),
            host: "mail.test".into(),
            extensions: [
                "PIPELINING",
                "SIZE 10240000",
                "ENHANCEDSTATUSCODES",
                "8BITMIME",
            ]
            .map(String::from)
            .to_vec(),
            sasl: vec!["PLAIN".into(), "LOGIN".into()],
            auth_only_over_tls: false,
            account: Account::new(super::USER, super::PASSWORD),
            rejected_senders: HashMap::new(),
            rejected_recipients: HashMap::new(),
            overrides: HashMap::new(),
        }
    }
}

/// Builds a [`FakeSmtp`].
pub struct SmtpBuilder {
    transport: Transport,
    behaviour: Behaviour,
    /// A listener bound by the test (a chosen address or port); 127.0.0.1:0 otherwise.
    listener: Option<TcpListener>,
    config: SmtpConfig,
}

impl SmtpBuilder {
    pub fn greeting(mut self, line: &str) -> Self {
        self.config.greeting = line.to_string();
        self
    }

    pub fn extensions(mut self, keywords: &[&str]) -> Self {
        self.config.extensions = keywords.iter().map(|k| k.to_string()).collect();
        self
    }

    pub fn sasl(mut self, mechanisms: &[&str]) -> Self {
        self.config.sasl = mechanisms.iter().map(|m| m.to_string()).collect();
        self
    }

    pub fn auth_only_over_tls(mut self) -> Self {
        self.config.auth_only_over_tls = true;
        self
    }

    pub fn account(mut self, user: &str, password: &str) -> Self {
        self.config.account = Account::new(user, password);
        self
    }

    pub fn reject_sender(mut self, address: &str, reply: &str) -> Self {
        self.config
            .rejected_senders
            .insert(address.to_ascii_lowercase(), reply.to_string());
        self
    }

    pub fn reject_recipient(mut self, address: &str, reply: &str) -> Self {
        self.config
            .rejected_recipients
            .insert(address.to_ascii_lowercase(), reply.to_string());
        self
    }

    /// Replies `reply` (lines joined with `\r\n`) to every `verb` command instead of the normal
    /// final answer. A 2xx override of AUTH still authenticates.
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

    pub fn start(self) -> FakeSmtp {
        let config = Arc::new(self.config);
        let offers_starttls = self.transport.offers_upgrade();
        let factory = Arc::new(move |connection: usize, peer: SocketAddr, log: Log| {
            Box::new(SmtpSession::new(
                config.clone(),
                connection,
                peer,
                offers_starttls,
                log,
            )) as Box<dyn Session>
        });
        FakeSmtp {
            handle: match self.listener {
                Some(listener) => {
                    ServerHandle::start_on(listener, self.transport, self.behaviour, factory)
                }
                None => ServerHandle::start(self.transport, self.behaviour, factory),
            },
        }
    }
}

/// A running fake SMTP server; stops when dropped.
pub struct FakeSmtp {
    handle: ServerHandle,
}

impl FakeSmtp {
    pub fn builder(transport: Transport) -> SmtpBuilder {
        SmtpBuilder {
            transport,
            behaviour: Behaviour::Normal,
            listener: None,
            config: SmtpConfig::default(),
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

/// One SMTP connection's state machine.
pub struct SmtpSession {
    config: Arc<SmtpConfig>,
    connection: usize,
    peer: SocketAddr,
    offers_starttls: bool,
    over_tls: bool,
    greeted: bool,
    authenticated: bool,
    sasl: Option<Pending>,
    sender: Option<String>,
    recipients: Vec<String>,
    log: Log,
}

impl SmtpSession {
    pub fn new(
        config: Arc<SmtpConfig>,
        connection: usize,
        peer: SocketAddr,
        offers_starttls: bool,
        log: Log,
    ) -> Self {
        SmtpSession {
            config,
            connection,
            peer,
            offers_starttls,
            over_tls: false,
            greeted: false,
            authenticated: false,
            sasl: None,
            sender: None,
            recipients: Vec::new(),
            log,
        }
    }

    fn final_reply(&self, verb: &str, normal: String) -> String {
        self.config.overrides.get(verb).cloned().unwrap_or(normal)
    }

    fn starttls_available(&self) -> bool {
        self.offers_starttls && !self.over_tls
    }

    fn auth_available(&self) -> bool {
        !self.config.sasl.is_empty() && (self.over_tls || !self.config.auth_only_over_tls)
    }

    fn ehlo(&mut self, verb: &str, name: &str) -> String {
        let mut lines = vec![format!(
            "{} at your service, {name} [{}]",
            self.config.host,
            self.peer.ip()
        )];
        lines.extend(self.config.extensions.iter().cloned());
        if self.starttls_available() {
            lines.push("STARTTLS".into());
        }
        if self.auth_available() {
            lines.push(format!("AUTH {}", self.config.sasl.join(" ")));
        }
        let last = lines.len() - 1;
        let normal = lines
            .iter()
            .enumerate()
            .map(|(i, l)| format!("250{}{l}", if i == last { ' ' } else { '-' }))
            .collect::<Vec<_>>()
            .join("\r\n");
        let reply = self.final_reply(verb, normal);
        if is_positive(&reply) {
            self.greeted = true;
            self.clear_transaction();
        }
        reply
    }

    fn clear_transaction(&mut self) {
        self.sender = None;
        self.recipients.clear();
    }

    fn auth(&mut self, arg: &str) -> Action {
        if !self.greeted {
            return Action::Reply("503 5.5.1 Error: send HELO/EHLO first".into());
        }
        if !self.auth_available() {
            return Action::Reply("503 5.5.1 Error: authentication not enabled".into());
        }
        if self.authenticated {
            return Action::Reply("503 5.5.1 Error: already authenticated".into());
        }
        let mut words = arg.split_whitespace();
        let mechanism = words.next().unwrap_or("");
        let initial = words.next();
        let step = sasl::start(mechanism, initial, &self.config.sasl, &self.config.account);
        self.sasl_step(step)
    }

    fn sasl_step(&mut self, step: SaslStep) -> Action {
        self.sasl = None;
        let reply = match step {
            SaslStep::Challenge(pending, challenge) => {
                self.sasl = Some(pending);
                format!("334 {challenge}")
            }
            SaslStep::Verdict { method, user, ok } => {
                let normal = if ok {
                    "235 2.7.0 Authentication successful".to_string()
                } else {
                    "535 5.7.8 Error: authentication failed: authentication failure".to_string()
                };
                let reply = self.final_reply("AUTH", normal);
                self.authenticated = is_positive(&reply);
                self.log.record_login(LoginAttempt {
                    connection: self.connection,
                    method: method.to_string(),
                    user,
                    over_tls: self.over_tls,
                    accepted: self.authenticated,
                });
                reply
            }
            SaslStep::Cancelled => "501 5.7.0 Authentication aborted".into(),
            SaslStep::Malformed => "501 5.5.2 Cannot decode response".into(),
            SaslStep::Unsupported => "504 5.5.4 Unrecognized authentication type".into(),
        };
        Action::Reply(reply)
    }

    fn mail_from(&mut self, verb: &str, arg: &str) -> String {
        if !self.greeted {
            return "503 5.5.1 Error: send HELO/EHLO first".into();
        }
        if self.sender.is_some() {
            return "503 5.5.1 Error: nested MAIL command".into();
        }
        let Some(address) = path_argument(arg, "FROM:") else {
            return "501 5.5.4 Syntax: MAIL FROM:<address>".into();
        };
        let normal = self
            .config
            .rejected_senders
            .get(&address.to_ascii_lowercase())
            .cloned()
            .unwrap_or_else(|| "250 2.1.0 Ok".into());
        let reply = self.final_reply(verb, normal);
        if is_positive(&reply) {
            self.sender = Some(address);
        }
        reply
    }

    fn rcpt_to(&mut self, verb: &str, arg: &str) -> String {
        if self.sender.is_none() {
            return "503 5.5.1 Error: need MAIL command".into();
        }
        let Some(address) = path_argument(arg, "TO:") else {
            return "501 5.5.4 Syntax: RCPT TO:<address>".into();
        };
        let normal = self
            .config
            .rejected_recipients
            .get(&address.to_ascii_lowercase())
            .cloned()
            .unwrap_or_else(|| "250 2.1.5 Ok".into());
        let reply = self.final_reply(verb, normal);
        if is_positive(&reply) {
            self.recipients.push(address);
        }
        reply
    }
}

impl Session for SmtpSession {
    fn greeting(&self) -> String {
        self.config.greeting.clone()
    }

    fn on_line(&mut self, line: &str) -> Action {
        if let Some(pending) = self.sasl.take() {
            let step = sasl::respond(pending, line, &self.config.account);
            return self.sasl_step(step);
        }
        let (verb, arg) = split_command(line);
        let reply = match verb.as_str() {
            "EHLO" => self.ehlo(&verb, arg),
            "HELO" => {
                let reply = self.final_reply(&verb, format!("250 {}", self.config.host));
                if is_positive(&reply) {
                    self.greeted = true;
                    self.clear_transaction();
                }
                reply
            }
            "STARTTLS" if self.starttls_available() => {
                let reply = self.final_reply(&verb, "220 2.0.0 Ready to start TLS".into());
                return if is_positive(&reply) {
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
            "MAIL" => self.mail_from(&verb, arg),
            "RCPT" => self.rcpt_to(&verb, arg),
            "RSET" => {
                self.clear_transaction();
                self.final_reply(&verb, "250 2.0.0 Ok".into())
            }
            "NOOP" => self.final_reply(&verb, "250 2.0.0 Ok".into()),
            "DATA" => self.final_reply(
                &verb,
                "554 5.5.1 Error: this test server never accepts DATA".into(),
            ),
            "QUIT" => {
                return Action::ReplyThenClose(self.final_reply(&verb, "221 2.0.0 Bye".into()));
            }
            _ => self.final_reply(&verb, "502 5.5.2 Error: command not recognized".into()),
        };
        Action::Reply(reply)
    }

    fn on_tls(&mut self) {
        // RFC 3207: forget everything learned before the upgrade.
        self.over_tls = true;
        self.greeted = false;
        self.authenticated = false;
        self.sasl = None;
        self.clear_transaction();
    }
}

/// A 2xx or 3xx reply.
fn is_positive(reply: &str) -> bool {
    matches!(reply.as_bytes().first(), Some(b'2' | b'3'))
}

/// The address in `FROM:<a@b> SIZE=1` / `TO:<a@b>`, without the angle brackets.
fn path_argument(arg: &str, keyword: &str) -> Option<String> {
    let head = arg.get(..keyword.len())?;
    if !head.eq_ignore_ascii_case(keyword) {
        return None;
    }
    let rest = arg[keyword.len()..].trim_start();
    let path = rest.split_whitespace().next().unwrap_or("");
    let address = path.strip_prefix('<')?.strip_suffix('>')?;
    Some(address.to_string())
}
