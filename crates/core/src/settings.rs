//! The words every layer shares: a mail server's protocol, address and security mode, the
//! password, the panels of a check, how deep a session goes, and the language texts are shown in.
//! Everything else in the crate builds on these, so this module imports nothing of its own.

use serde::{Deserialize, Serialize};

use std::fmt;
use std::str::FromStr;

/// Transport security of a mail connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Security {
    /// Implicit TLS from the first byte (POP3 995, IMAP 993, SMTP 465).
    Tls,
    /// Plain text, upgraded with STLS / STARTTLS (POP3 110, IMAP 143, SMTP 587).
    Starttls,
    /// Plain text throughout.
    None,
}

impl Security {
    pub const ALL: [Security; 3] = [Security::Tls, Security::Starttls, Security::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::Starttls => "starttls",
            Security::None => "none",
        }
    }
}

impl fmt::Display for Security {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value typed for a server, a port or a security mode that does not parse; put into words by
/// `Said::from` (the catalogue's `value-*` phrases).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    UnknownSecurity(String),
    NoHost(String),
    NoPort(String),
    BadPort { port: String, spec: String },
    NoClosingBracket(String),
    AfterBracket { after: String, spec: String },
}

impl FromStr for Security {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Self, ValueError> {
        match s.to_ascii_lowercase().as_str() {
            "tls" | "ssl" | "ssl/tls" | "implicit" => Ok(Security::Tls),
            "starttls" | "stls" => Ok(Security::Starttls),
            "none" | "plain" | "plaintext" => Ok(Security::None),
            other => Err(ValueError::UnknownSecurity(other.to_string())),
        }
    }
}

/// Mail protocol of a server.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protocol {
    /// The incoming protocol unless something says otherwise.
    #[default]
    Pop3,
    Imap,
    Smtp,
}

impl Protocol {
    /// The standard port for a security mode (RFC 8314, RFC 6409, RFC 2595, RFC 9051).
    pub fn default_port(self, security: Security) -> u16 {
        match (self, security) {
            (Protocol::Pop3, Security::Tls) => 995,
            (Protocol::Pop3, _) => 110,
            (Protocol::Imap, Security::Tls) => 993,
            (Protocol::Imap, _) => 143,
            (Protocol::Smtp, Security::Tls) => 465,
            (Protocol::Smtp, _) => 587,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Pop3 => "POP3",
            Protocol::Imap => "IMAP",
            Protocol::Smtp => "SMTP",
        }
    }
}

/// A mail server as configured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
    pub security: Security,
}

impl Endpoint {
    /// Parse `HOST[:PORT]` (or `[v6]:PORT`); without a port, the protocol's default for the
    /// security mode.
    pub fn parse(
        spec: &str,
        protocol: Protocol,
        security: Security,
    ) -> Result<Endpoint, ValueError> {
        let (host, port) = split_host_port(spec)?;
        if host.is_empty() {
            return Err(ValueError::NoHost(spec.to_string()));
        }
        Ok(Endpoint {
            host,
            port: port.unwrap_or_else(|| protocol.default_port(security)),
            security,
        })
    }
}

/// Split `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 literal.
pub fn split_host_port(spec: &str) -> Result<(String, Option<u16>), ValueError> {
    let spec = spec.trim();
    let port_of = |p: &str| {
        p.parse::<u16>()
            .ok()
            .filter(|p| *p != 0)
            .ok_or_else(|| ValueError::BadPort {
                port: p.to_string(),
                spec: spec.to_string(),
            })
    };
    if let Some(rest) = spec.strip_prefix('[') {
        let (host, after) = rest
            .split_once(']')
            .ok_or_else(|| ValueError::NoClosingBracket(spec.to_string()))?;
        return match after.strip_prefix(':') {
            Some(p) => Ok((host.to_string(), Some(port_of(p)?))),
            None if after.is_empty() => Ok((host.to_string(), None)),
            None => Err(ValueError::AfterBracket {
                after: after.to_string(),
                spec: spec.to_string(),
            }),
        };
    }
    if spec.parse::<std::net::Ipv6Addr>().is_ok() {
        return Ok((spec.to_string(), None));
    }
    match spec.rsplit_once(':') {
        Some((host, p)) => Ok((host.to_string(), Some(port_of(p)?))),
        None => Ok((spec.to_string(), None)),
    }
}

/// A host and a port: a reachability target or a time server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostPort {
    pub host: String,
    pub port: u16,
}

impl HostPort {
    /// Parse `HOST:PORT` (or `[v6]:PORT`); without a port, `default_port` if there is one.
    pub fn parse(spec: &str, default_port: Option<u16>) -> Result<HostPort, ValueError> {
        let (host, port) = split_host_port(spec)?;
        if host.is_empty() {
            return Err(ValueError::NoHost(spec.to_string()));
        }
        let port = port
            .or(default_port)
            .ok_or_else(|| ValueError::NoPort(spec.to_string()))?;
        Ok(HostPort { host, port })
    }
}

impl fmt::Display for HostPort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// A password held in memory only. It has no `Display`, its `Debug` prints `***`, and it is
/// never serialized.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    /// The password itself, for the one place that encodes it onto the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// One column of the dashboard; one task of the probe engine. Declared in the order the
/// dashboard shows them, so sorting panels sorts them for the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Panel {
    Network,
    Incoming,
    /// The IMAP server checked beside a POP3 incoming one, when both are given: a second
    /// incoming panel, so the two can be compared side by side.
    ImapBeside,
    Outgoing,
}

impl Panel {
    pub const ALL: [Panel; 4] = [
        Panel::Network,
        Panel::Incoming,
        Panel::ImapBeside,
        Panel::Outgoing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Panel::Network => "network",
            Panel::Incoming => "incoming",
            Panel::ImapBeside => "imap-beside",
            Panel::Outgoing => "outgoing",
        }
    }

    /// True for the panels that speak to an incoming server.
    pub fn is_incoming(self) -> bool {
        matches!(self, Panel::Incoming | Panel::ImapBeside)
    }
}

impl fmt::Display for Panel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How far a session goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Greeting and capabilities (and STARTTLS when configured); never logs in.
    Connection,
    /// Everything: login, mailbox or submission checks.
    Full,
}
/// Language of the texts shown to people. Each has a file under `crates/core/locales/`,
/// registered in `i18n::LOCALES` in the order of [`Lang::ALL`] (a test holds the two together).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    #[default]
    En,
    Es,
    /// Brazilian Portuguese.
    Pt,
}

impl Lang {
    /// Every language, in the order the dashboard's language key cycles through them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Pt];

    /// The language from the usual locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`, `LANGUAGE`):
    /// the first one set names it (`es_ES.UTF-8`, `pt_BR`); English when it names none we have.
    pub fn from_env() -> Lang {
        Lang::from_locale_vars(|k| std::env::var(k).ok())
    }

    /// Testable core of [`Lang::from_env`].
    pub fn from_locale_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
            if let Some(v) = get(key).filter(|v| !v.is_empty()) {
                return Lang::of_locale(&v).unwrap_or_default();
            }
        }
        Lang::En
    }

    /// The language a locale name (`pt_BR.UTF-8`, `es-MX`, `en`) is written in, if we have it.
    pub fn of_locale(locale: &str) -> Option<Lang> {
        let code: String = locale
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.as_str() == code)
    }

    /// The next language, back to the first after the last.
    pub fn toggled(self) -> Lang {
        let at = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Lang::ALL[(at + 1) % Lang::ALL.len()]
    }

    /// The code `--lang` takes and JSON shows (ISO 639-1).
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Lang {
    type Err = String;
    /// A code (`es`), a locale name (`pt_BR`, `es-AR`) or, as before, `english`/`spanish`.
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "english" => Ok(Lang::En),
            "spanish" | "español" => Ok(Lang::Es),
            "portuguese" | "português" => Ok(Lang::Pt),
            other => Lang::of_locale(other).ok_or_else(|| {
                let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.as_str()).collect();
                format!("unknown language '{other}': use {}", codes.join(", "))
            }),
        }
    }
}
