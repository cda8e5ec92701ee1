//! Finding texts: the title, explanation and fix steps of each finding id come from the
//! `findings` section of the locale files (`finding-<id>`), with variables filled from the values
//! a rule recorded, shown in the reader's language.
//!
//! A finding's message is its title; its attributes are its lines, in order: `why-N` sentences
//! make the explanation, `fix-N` lines the numbered steps. A line is left out when one of the
//! variables it uses is not known, so texts name specifics (provider, dates, names) only when
//! they are known. An attribute's name may add conditions on values that it does not show:
//! `fix-2-when-port25` is shown only when `port25` is known, `why-3-unless-address` only when
//! `address` is not, `fix-1-when-a-unless-b-c` both. These names are the same in every language,
//! so translators change only the words.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::account::Security;
use crate::finding::Lang;
use crate::i18n;
use crate::model::{Panel, StepKind};

use super::catalog::FindingId;

/// A value a rule recorded for the texts; shown in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Shown as it is (host names, server lines, addresses, web addresses).
    Text(String),
    /// Seconds since the Unix epoch, shown as a date and time (UTC).
    Date(i64),
    /// A number of days.
    Days(i64),
    /// A length of time in seconds (its sign is ignored), shown rounded in words: seconds,
    /// minutes, hours (with minutes) or days (with hours).
    Duration(i64),
    Security(Security),
    /// The panel's server, named by its role ("incoming mail server").
    Role(Panel),
    /// Items joined with commas and the language's "and".
    List(Vec<String>),
    /// A step of a session, named in words ("the login").
    Step(StepKind),
    /// Known, with nothing to show: used by `when`/`unless` conditions.
    Flag,
}

/// The values of one finding, by placeholder name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vars(BTreeMap<&'static str, Value>);

impl Vars {
    pub fn new() -> Vars {
        Vars::default()
    }

    pub fn set(&mut self, name: &'static str, value: Value) -> &mut Vars {
        self.0.insert(name, value);
        self
    }

    pub fn text(&mut self, name: &'static str, value: impl Into<String>) -> &mut Vars {
        self.set(name, Value::Text(value.into()))
    }

    pub fn flag(&mut self, name: &'static str) -> &mut Vars {
        self.set(name, Value::Flag)
    }

    /// Set unless already set (rules may be more specific than the common values).
    pub fn default_to(&mut self, name: &'static str, value: Value) {
        self.0.entry(name).or_insert(value);
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys().copied()
    }
}

/// The values every finding of an id carries besides the common ones (`role`, `now`), so its
/// title and at least one explanation sentence and fix step always show. Tests hold both the
/// rules and the text tables to this list.
pub fn guaranteed_vars(id: FindingId) -> &'static [&'static str] {
    use FindingId::*;
    match id {
        NoNetwork | DnsResolverDown | ClockSkew => &[],
        DnsNotFound => &["host"],
        TcpRefused | TcpTimeout | Port25Blocked => &["host", "port"],
        Ipv6Broken => &["host"],
        // Also found from a blocklist look-up, when no outgoing server may be configured.
        SmtpBlocklisted => &[],
        TlsIntercepted | CertUntrusted => &["host", "issuer"],
        CertChainInvalid => &["host", "chain_length"],
        CertExpired | CertNotYetValid => &["host", "date"],
        CertExpiringSoon => &["host", "date", "days"],
        CertHostnameMismatch => &["host", "names"],
        // From a refusal, the server may have listed no mechanism at all.
        AuthMechanismUnsupported => &["host", "port"],
        SpfMissing | SpfInvalid | DmarcMissing | DkimNotFound => &["domain"],
        MxMismatch => &["domain", "mx_host"],
        HostNearMiss => &["host", "suggestion"],
        WrongProtocolOnPort => &["host", "port", "answered", "intended", "standard_ports"],
        // Also given for the network panel, which has no server of its own.
        UnexplainedFailure => &["step"],
        UsernameFormMismatch => &["user", "expected_user"],
        _ => &["host", "port"],
    }
}

/// The locale key of a finding's texts.
pub fn key(id: FindingId) -> String {
    format!("finding-{}", id.as_str())
}

/// Which part of a finding an attribute holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Explanation,
    Fix,
}

/// A line's place and conditions, read from its attribute name (`fix-2-when-port25`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineName<'a> {
    pub part: Part,
    pub number: u32,
    /// Shown only when all these values are known.
    pub when: Vec<&'a str>,
    /// Shown only when none of these values is known.
    pub unless: Vec<&'a str>,
}

/// Read an attribute name; `None` when it is not a line of a finding.
pub fn line_name(name: &str) -> Option<LineName<'_>> {
    let mut words = name.split('-');
    let part = match words.next()? {
        "why" => Part::Explanation,
        "fix" => Part::Fix,
        _ => return None,
    };
    let number = words.next()?.parse().ok()?;
    let mut line = LineName {
        part,
        number,
        when: Vec::new(),
        unless: Vec::new(),
    };
    let mut list = None;
    for word in words {
        match word {
            "when" => list = Some(&mut line.when),
            "unless" => list = Some(&mut line.unless),
            var => list.as_mut()?.push(var),
        }
    }
    Some(line)
}

/// Whether a line's conditions hold for these values, without building its name's lists.
fn conditions_hold(name: &str, vars: &Vars) -> bool {
    let mut wanted = true;
    for word in name.split('-').skip(2) {
        match word {
            "when" => wanted = true,
            "unless" => wanted = false,
            var if vars.has(var) != wanted => return false,
            _ => {}
        }
    }
    true
}

/// A value as the texts show it, in the language's words.
pub fn show_value(value: &Value, lang: Lang) -> String {
    match value {
        Value::Text(s) => s.clone(),
        Value::Date(secs) => show_date(*secs, lang),
        Value::Days(n) => i18n::text_with(lang, "days", &[("n", FluentValue::from(*n))]),
        Value::Duration(secs) => show_duration(*secs, lang),
        Value::Security(security) => i18n::text(lang, security_key(*security)).into_owned(),
        Value::Role(panel) => i18n::text(lang, role_key(*panel)).into_owned(),
        Value::List(items) => join_list(items, lang),
        Value::Step(step) => step_name(*step, lang),
        Value::Flag => String::new(),
    }
}

fn security_key(security: Security) -> &'static str {
    match security {
        Security::Tls => "security-tls",
        Security::Starttls => "security-starttls",
        Security::None => "security-none",
    }
}

fn role_key(panel: Panel) -> &'static str {
    match panel {
        Panel::Network => "server-role-network",
        Panel::Incoming | Panel::ImapBeside => "server-role-incoming",
        Panel::Outgoing => "server-role-outgoing",
    }
}

/// A step in words, as it fits after "the … step" or on its own ("login").
pub fn step_name(step: StepKind, lang: Lang) -> String {
    i18n::text(lang, &format!("named-step-{}", step.as_str())).into_owned()
}

fn and(rest: String, last: String, lang: Lang) -> String {
    i18n::text_with(
        lang,
        "list-and",
        &[
            ("rest", FluentValue::from(rest)),
            ("last", FluentValue::from(last)),
        ],
    )
}

fn join_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => and(init.join(", "), last.clone(), lang),
    }
}

/// A length of time in the largest unit that keeps it above one and a half, with the next
/// unit down when there is one ("2 hours and 30 minutes", "3 days and 4 hours").
fn show_duration(secs: i64, lang: Lang) -> String {
    let count = |n: u64, key: &str| i18n::text_with(lang, key, &[("n", FluentValue::from(n))]);
    let both = |big: String, small: u64, key| {
        if small == 0 {
            big
        } else {
            and(big, count(small, key), lang)
        }
    };
    let s = secs.unsigned_abs();
    if s < 90 {
        count(s, "duration-seconds")
    } else if s < 90 * 60 {
        count((s + 30) / 60, "duration-minutes")
    } else if s < 36 * 3_600 {
        let minutes = (s + 30) / 60;
        both(
            count(minutes / 60, "duration-hours"),
            minutes % 60,
            "duration-minutes",
        )
    } else {
        let hours = (s + 1_800) / 3_600;
        both(count(hours / 24, "days"), hours % 24, "duration-hours")
    }
}

/// A date and time in UTC, in the language's words ("March 5, 2024, 14:02 UTC").
pub fn show_date(secs: i64, lang: Lang) -> String {
    let Ok(at) = time::OffsetDateTime::from_unix_timestamp(secs) else {
        return format!("@{secs}");
    };
    let month = i18n::text(lang, &format!("month-{}", u8::from(at.month())));
    i18n::text_with(
        lang,
        "date-time",
        &[
            ("month", FluentValue::from(month.into_owned())),
            ("day", FluentValue::from(at.day().to_string())),
            ("year", FluentValue::from(at.year().to_string())),
            (
                "time",
                FluentValue::from(format!("{:02}:{:02}", at.hour(), at.minute())),
            ),
        ],
    )
}

/// The values as Fluent arguments, each shown in the language once.
pub(crate) fn arguments(vars: &Vars, lang: Lang) -> FluentArgs<'static> {
    let mut args = FluentArgs::with_capacity(vars.0.len());
    for (name, value) in &vars.0 {
        args.set(*name, FluentValue::from(show_value(value, lang)));
    }
    args
}

/// Title, explanation and fix steps of a finding in a language. Falls back to English, then
/// to the bare id, should a file ever miss an id (tests keep them complete).
pub fn render(id: FindingId, vars: &Vars, lang: Lang) -> (String, String, Vec<String>) {
    let Some(message) = i18n::message::message(lang, &key(id)) else {
        return (id.as_str().to_string(), String::new(), Vec::new());
    };
    let mut args = arguments(vars, lang);
    let mut explanation: Vec<String> = Vec::new();
    let mut fix = Vec::new();
    for name in message.attribute_names() {
        let part = match name.get(..4) {
            Some("why-") => Part::Explanation,
            Some("fix-") => Part::Fix,
            _ => continue,
        };
        if !conditions_hold(name, vars) {
            continue;
        }
        let Some(line) = message.attribute(name, Some(&args)) else {
            continue;
        };
        if line.is_complete() {
            match part {
                Part::Explanation => explanation.push(line.text),
                Part::Fix => fix.push(line.text),
            }
        }
    }
    // A title must never vanish: unknown values are left blank.
    let mut title = message.value(Some(&args));
    if !title.is_complete() {
        for name in std::mem::take(&mut title.missing) {
            args.set(name, FluentValue::from(""));
        }
        title = message.value(Some(&args));
    }
    (title.text, explanation.join(" "), fix)
}

/// Every placeholder name the texts may use. Tests check the tables use no other.
pub const KNOWN_VARS: &[&str] = &[
    "alert",
    "address",
    "app_password_url",
    "best",
    "clock_ahead",
    "clock_behind",
    "date",
    "days",
    "detail",
    "documented_host",
    "domain",
    "expected_user",
    "from_autoconfig",
    "from_srv",
    "help_url",
    "host",
    "issuer",
    "login_failed",
    "mechanism",
    "mechanisms",
    "microsoft",
    "mx_host",
    "mx_provider",
    "names",
    "now",
    "oauth",
    "offered_refused",
    "open_ports",
    "password_ok",
    "peer_bytes",
    "plain_port",
    "pop_settings_url",
    "port",
    "port25",
    "provider",
    "reply",
    "role",
    "security",
    "selector",
    "starttls_offered",
    "suggestion",
    "tls_port",
    "user",
    "user_form_full",
    "user_form_local",
    "user_missing_domain",
    // Values of the OAuth2 findings.
    "status",
    "scope",
    "scopes",
    "needed",
    "accounts",
    "expired",
    // Values of the network panel's measurements.
    "offset",
    "correct_time",
    "explained_hosts",
    "unexplained_hosts",
    "client_address",
    "client_zones",
    "server_address",
    "server_zones",
    "listing",
    "policy_listing",
    "spf_records",
    "lookups",
    "dmarc_records",
    "dmarc_invalid",
    "selectors_guessed",
    "dkim_revoked",
    // Values of the TLS findings.
    "chain_length",
    "tls_version",
    // The incoming protocol a check used when the provider offers POP3 and IMAP.
    "checked_pop3",
    "checked_imap",
    // Connection behaviour that is not the expected mail protocol, and the last resort.
    "answered",
    "answered_receiving",
    "answered_sending",
    "at_once",
    "bad_at",
    "both_refused",
    "closed",
    "closed_at",
    "declined",
    "during_tls",
    "imap",
    "incomplete",
    "intended",
    "local_host",
    "no_password",
    "no_user",
    "other_role",
    "other_title",
    "password_given",
    "apop_refused",
    "reset",
    "same_refusal",
    "standard_ports",
    "step",
    "stopped_at",
    "swapped",
    "timeout",
    "tls_failed",
    "tls_handshake",
    "too_long",
];

#[cfg(test)]
mod tests;
