//! What a scripted server is, declared: its protocol, how the port speaks (implicit TLS,
//! STARTTLS/STLS, plain) with which certificate, the greeting, the capabilities, the account,
//! the reply to any command, and a misbehaviour.

use std::time::Duration;

use crate::account::Protocol;

use super::certs::CertKind;

/// How the port speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// TLS from the first byte (POP3 995, IMAP 993, SMTP 465) with this certificate.
    ImplicitTls(CertKind),
    /// Plain text offering STLS / STARTTLS, upgrading with this certificate.
    Starttls(CertKind),
    /// Plain text, no way to upgrade.
    Plain,
}

/// What the server does instead of behaving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misbehaviour {
    /// Greets and answers.
    None,
    /// Accepts (and finishes implicit TLS), then never sends a byte, as an antivirus "mail
    /// shield" that holds the connection does; reads and drops what arrives.
    Silence,
    /// Greets only after this pause, as a tarpit or a greet pause (Postfix's postscreen) does.
    GreetAfter(Duration),
    /// Sends everything, but `bytes` at a time with `pause` between.
    Drip { bytes: usize, pause: Duration },
    /// Resets the TCP connection (RST) right after accepting it.
    Reset,
    /// Greets, then closes the connection.
    CloseAfterGreeting,
    /// Sends these bytes instead of a greeting, then closes.
    Garbage(Vec<u8>),
    /// Behaves, but hangs up right after refusing a login (as AOL does after a wrong password).
    HangUpAfterRefusedLogin,
    /// Says nothing until the client's first bytes (its TLS hello, when it expects TLS),
    /// answers them with these bytes and hangs up: a TLS server that refuses every hello with
    /// an alert, or a web server on a mail port.
    AnswerFirstBytes(Vec<u8>),
    /// Agrees to STLS / STARTTLS, then answers the client's TLS hello with these bytes and
    /// hangs up: an upgrade that breaks.
    BreakUpgrade(Vec<u8>),
}

/// One scripted server.
#[derive(Debug, Clone)]
pub struct ServerSpec {
    pub protocol: Protocol,
    pub transport: Transport,
    /// The names the certificate is issued for (the first is the common name).
    pub names: Vec<String>,
    /// The whole greeting line; `None`: the protocol's usual one. A POP3 greeting with a
    /// `<timestamp>` offers APOP.
    pub greeting: Option<String>,
    /// POP3 CAPA lines, IMAP capabilities or SMTP EHLO keywords besides STLS/STARTTLS,
    /// LOGINDISABLED and SASL/AUTH, which are added when they apply; `None`: the usual ones.
    pub capabilities: Option<Vec<String>>,
    /// SASL mechanisms offered (PLAIN and LOGIN are understood); empty: none.
    pub sasl: Vec<String>,
    /// SASL is offered only once the connection is encrypted (Postfix's
    /// `smtpd_tls_auth_only`, Dovecot's `disable_plaintext_auth`).
    pub sasl_only_over_tls: bool,
    /// The one account the server knows.
    pub user: String,
    pub password: String,
    /// The OAuth2 access token the account logs in with through XOAUTH2 or OAUTHBEARER (when
    /// those are among [`ServerSpec::sasl`]); `None`: every token is refused.
    pub oauth2_token: Option<String>,
    /// The JSON a refused token gets as its error challenge (RFC 7628 §3.2.2, as Gmail and
    /// Dovecot send it); `None`: the refusal comes at once, as Microsoft's does.
    pub oauth2_error: Option<String>,
    /// POP3 mailbox: (unique id, size) per message.
    pub messages: Vec<(String, u64)>,
    /// Final replies that replace the normal one for a command word (`PASS`, `AUTH`, `MAIL`,
    /// IMAP `LOGIN`…), lines separated by `\n`; in IMAP the client's tag goes before the last
    /// line (`NO [AUTHENTICATIONFAILED] …`). A login refused here is refused whatever the password. `{line}`
    /// stands for the line the client sent, as servers that repeat a command in their error do.
    pub replies: Vec<(String, String)>,
    pub misbehaviour: Misbehaviour,
}

impl ServerSpec {
    /// A POP3 server that behaves, with this transport, for `user`/`password`.
    pub fn pop3(transport: Transport, user: &str, password: &str) -> ServerSpec {
        ServerSpec::new(Protocol::Pop3, transport, user, password)
    }

    /// An IMAP server that behaves, with this transport, for `user`/`password`; it offers
    /// AUTH=PLAIN. With [`ServerSpec::sasl_only_over_tls`] it offers LOGINDISABLED on plain
    /// text and refuses logins there with `[PRIVACYREQUIRED]`.
    pub fn imap(transport: Transport, user: &str, password: &str) -> ServerSpec {
        ServerSpec::new(Protocol::Imap, transport, user, password).sasl(&["PLAIN"])
    }

    /// An SMTP submission server that behaves, with this transport, for `user`/`password`.
    pub fn smtp(transport: Transport, user: &str, password: &str) -> ServerSpec {
        ServerSpec::new(Protocol::Smtp, transport, user, password)
    }

    fn new(protocol: Protocol, transport: Transport, user: &str, password: &str) -> ServerSpec {
        ServerSpec {
            protocol,
            transport,
            names: vec!["localhost".into(), "127.0.0.1".into()],
            greeting: None,
            capabilities: None,
            sasl: vec!["PLAIN".into(), "LOGIN".into()],
            sasl_only_over_tls: false,
            user: user.into(),
            password: password.into(),
            oauth2_token: None,
            oauth2_error: None,
            messages: vec![("0000001a".into(), 2_400), ("0000002b".into(), 51_200)],
            replies: Vec::new(),
            misbehaviour: Misbehaviour::None,
        }
    }

    /// Accept this OAuth2 access token for the account.
    pub fn oauth2_token(mut self, token: &str) -> Self {
        self.oauth2_token = Some(token.into());
        self
    }

    /// Answer a refused token with this JSON error challenge before the final refusal.
    pub fn oauth2_error(mut self, json: &str) -> Self {
        self.oauth2_error = Some(json.into());
        self
    }

    /// The certificate is issued for these names.
    pub fn names(mut self, names: &[&str]) -> Self {
        self.names = names.iter().map(|n| n.to_string()).collect();
        self
    }

    pub fn greeting(mut self, line: &str) -> Self {
        self.greeting = Some(line.into());
        self
    }

    pub fn capabilities(mut self, lines: &[&str]) -> Self {
        self.capabilities = Some(lines.iter().map(|l| l.to_string()).collect());
        self
    }

    pub fn sasl(mut self, mechanisms: &[&str]) -> Self {
        self.sasl = mechanisms.iter().map(|m| m.to_string()).collect();
        self
    }

    /// Offer SASL only once the connection is encrypted.
    pub fn sasl_only_over_tls(mut self) -> Self {
        self.sasl_only_over_tls = true;
        self
    }

    /// The SASL mechanisms offered on a connection that is encrypted or not.
    pub fn sasl_offered(&self, over_tls: bool) -> &[String] {
        if self.sasl_only_over_tls && !over_tls {
            &[]
        } else {
            &self.sasl
        }
    }

    pub fn messages(mut self, messages: &[(&str, u64)]) -> Self {
        self.messages = messages.iter().map(|(u, s)| (u.to_string(), *s)).collect();
        self
    }

    /// Answer every `verb` command with `reply` instead of the normal final answer (`{line}`:
    /// the client's line).
    pub fn reply(mut self, verb: &str, reply: &str) -> Self {
        let verb = verb.to_ascii_uppercase();
        self.replies.retain(|(v, _)| *v != verb);
        self.replies.push((verb, reply.into()));
        self
    }

    pub fn misbehave(mut self, misbehaviour: Misbehaviour) -> Self {
        self.misbehaviour = misbehaviour;
        self
    }

    /// The reply set for this command word, if any.
    pub fn reply_for(&self, verb: &str) -> Option<&str> {
        self.replies
            .iter()
            .find(|(v, _)| v == verb)
            .map(|(_, r)| r.as_str())
    }

    /// Whether STLS / STARTTLS is offered on the plain connection.
    pub fn offers_upgrade(&self) -> bool {
        matches!(self.transport, Transport::Starttls(_))
    }
}
