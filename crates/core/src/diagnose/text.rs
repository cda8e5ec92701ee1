//! Hint texts as data: per language, one table keyed by finding id, with `{name}` placeholders
//! filled from the values a rule recorded. A sentence or step whose placeholders are not all
//! known is left out, so texts name specifics (provider, dates, names) only when they are known.

use std::collections::BTreeMap;

use crate::account::Security;
use crate::finding::Lang;
use crate::model::{Panel, StepKind};

use super::catalog::FindingId;

/// One sentence of an explanation, or one fix step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub text: &'static str,
    /// Shown only when all these values are known (typically flags without a placeholder).
    pub when: &'static [&'static str],
    /// Shown only when none of these values is known: the generic wording for a specific one.
    pub unless: &'static [&'static str],
}

/// A line shown whenever its placeholders are known.
pub const fn line(text: &'static str) -> Line {
    Line {
        text,
        when: &[],
        unless: &[],
    }
}

/// A line shown only when every value of `vars` is known.
pub const fn when(vars: &'static [&'static str], text: &'static str) -> Line {
    Line {
        text,
        when: vars,
        unless: &[],
    }
}

/// A line shown only when no value of `vars` is known.
pub const fn unless(vars: &'static [&'static str], text: &'static str) -> Line {
    Line {
        text,
        when: &[],
        unless: vars,
    }
}

/// A line shown when all of `known` and none of `unknown` are known.
pub const fn when_unless(
    known: &'static [&'static str],
    unknown: &'static [&'static str],
    text: &'static str,
) -> Line {
    Line {
        text,
        when: known,
        unless: unknown,
    }
}

/// The texts of one finding in one language.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    /// Short; uses only the values every finding of the id has (see [`guaranteed_vars`]).
    pub title: &'static str,
    /// What happened and why it matters; sentences joined with spaces.
    pub explanation: &'static [Line],
    /// Numbered steps.
    pub fix: &'static [Line],
}

/// Everything language-specific: the hint table and the words used to show values.
#[derive(Debug)]
pub struct Language {
    pub texts: &'static [(FindingId, Text)],
    pub months: [&'static str; 12],
    /// Date pattern with `{day}`, `{month}`, `{year}`, `{time}`.
    pub date: &'static str,
    pub one_day: &'static str,
    /// Pattern with `{n}`.
    pub many_days: &'static str,
    pub security_tls: &'static str,
    pub security_starttls: &'static str,
    pub security_none: &'static str,
    pub role_network: &'static str,
    pub role_incoming: &'static str,
    pub role_outgoing: &'static str,
    /// The word before the last item of a list ("and").
    pub and: &'static str,
    /// Patterns with `{n}` for a [`Value::Duration`], singular then plural, per unit.
    pub seconds: (&'static str, &'static str),
    pub minutes: (&'static str, &'static str),
    pub hours: (&'static str, &'static str),
    /// A step named in words ("the login"), for a [`Value::Step`].
    pub step_name: fn(StepKind) -> &'static str,
}

impl Language {
    pub fn of(lang: Lang) -> &'static Language {
        match lang {
            Lang::En => &super::text_en::ENGLISH,
            Lang::Es => &super::text_es::SPANISH,
        }
    }

    pub fn text(&self, id: FindingId) -> Option<&'static Text> {
        self.texts.iter().find(|(i, _)| *i == id).map(|(_, t)| t)
    }
}

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

/// The placeholders of a pattern, in order.
pub fn placeholders(pattern: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

fn show(value: &Value, language: &Language) -> String {
    match value {
        Value::Text(s) => s.clone(),
        Value::Date(secs) => show_date(*secs, language),
        Value::Days(1) => language.one_day.to_string(),
        Value::Days(n) => language.many_days.replace("{n}", &n.to_string()),
        Value::Duration(secs) => show_duration(*secs, language),
        Value::Security(Security::Tls) => language.security_tls.to_string(),
        Value::Security(Security::Starttls) => language.security_starttls.to_string(),
        Value::Security(Security::None) => language.security_none.to_string(),
        Value::Role(Panel::Network) => language.role_network.to_string(),
        Value::Role(Panel::Incoming | Panel::ImapBeside) => language.role_incoming.to_string(),
        Value::Role(Panel::Outgoing) => language.role_outgoing.to_string(),
        Value::List(items) => join_list(items, language.and),
        Value::Step(step) => (language.step_name)(*step).to_string(),
        Value::Flag => String::new(),
    }
}

fn join_list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// A length of time in the largest unit that keeps it above one and a half, with the next
/// unit down when there is one ("2 hours and 30 minutes", "3 days and 4 hours").
fn show_duration(secs: i64, language: &Language) -> String {
    let count = |n: u64, (one, many): (&str, &str)| {
        if n == 1 {
            one.to_string()
        } else {
            many.replace("{n}", &n.to_string())
        }
    };
    let both = |big: String, small: u64, unit| {
        if small == 0 {
            big
        } else {
            format!("{big} {} {}", language.and, count(small, unit))
        }
    };
    let s = secs.unsigned_abs();
    let days = (language.one_day, language.many_days);
    if s < 90 {
        count(s, language.seconds)
    } else if s < 90 * 60 {
        count((s + 30) / 60, language.minutes)
    } else if s < 36 * 3_600 {
        let minutes = (s + 30) / 60;
        both(
            count(minutes / 60, language.hours),
            minutes % 60,
            language.minutes,
        )
    } else {
        let hours = (s + 1_800) / 3_600;
        both(count(hours / 24, days), hours % 24, language.hours)
    }
}

/// A date and time in UTC, in the language's words ("March 5, 2024, 14:02 UTC").
pub fn show_date(secs: i64, language: &Language) -> String {
    let Ok(at) = time::OffsetDateTime::from_unix_timestamp(secs) else {
        return format!("@{secs}");
    };
    let month = language.months[usize::from(u8::from(at.month())) - 1];
    language
        .date
        .replace("{day}", &at.day().to_string())
        .replace("{month}", month)
        .replace("{year}", &at.year().to_string())
        .replace("{time}", &format!("{:02}:{:02}", at.hour(), at.minute()))
}

/// Fill a pattern's placeholders; `None` when one of them is not known.
pub fn fill(pattern: &str, vars: &Vars, language: &Language) -> Option<String> {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        out.push_str(&show(vars.get(&after[..close])?, language));
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// The lines whose conditions hold, filled.
pub fn fill_lines(lines: &[Line], vars: &Vars, language: &Language) -> Vec<String> {
    lines
        .iter()
        .filter(|l| l.when.iter().all(|v| vars.has(v)))
        .filter(|l| !l.unless.iter().any(|v| vars.has(v)))
        .filter_map(|l| fill(l.text, vars, language))
        .collect()
}

/// Title, explanation and fix steps of a finding in a language. Falls back to English, then
/// to the bare id, should a table ever miss an id (tests keep them complete).
pub fn render(id: FindingId, vars: &Vars, lang: Lang) -> (String, String, Vec<String>) {
    let language = Language::of(lang);
    let (language, text) = match language.text(id) {
        Some(t) => (language, t),
        None => match Language::of(Lang::En).text(id) {
            Some(t) => (Language::of(Lang::En), t),
            None => return (id.as_str().to_string(), String::new(), Vec::new()),
        },
    };
    // A title must never vanish: unknown values are left blank.
    let title = fill_with_blanks(text.title, vars, language);
    let explanation = fill_lines(text.explanation, vars, language).join(" ");
    let fix = fill_lines(text.fix, vars, language);
    (title, explanation, fix)
}

/// Fill a pattern, showing unknown placeholders as nothing.
fn fill_with_blanks(pattern: &str, vars: &Vars, language: &Language) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            rest = after;
            break;
        };
        if let Some(value) = vars.get(&after[..close]) {
            out.push_str(&show(value, language));
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
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
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn en() -> &'static Language {
        Language::of(Lang::En)
    }

    #[test]
    fn fill_replaces_known_and_drops_unknown() {
        let mut vars = Vars::new();
        vars.text("host", "pop.example.org")
            .set("port", Value::Text("995".into()));
        assert_eq!(
            fill("{host}:{port}", &vars, en()).as_deref(),
            Some("pop.example.org:995")
        );
        assert_eq!(fill("{host} {provider}", &vars, en()), None);
        assert_eq!(fill("unclosed {host", &vars, en()), None);
        let lines = [
            line("a {host}"),
            line("b {provider}"),
            unless(&["provider"], "c"),
            when(&["provider"], "d"),
            when_unless(&["host"], &["port"], "e"),
            when_unless(&["host"], &["provider"], "f"),
        ];
        assert_eq!(
            fill_lines(&lines, &vars, en()),
            ["a pop.example.org", "c", "f"]
        );
    }

    #[test]
    fn values_show_in_the_language() {
        let es = Language::of(Lang::Es);
        // 2024-03-05T14:02:00Z
        let at = 1_709_647_320;
        assert_eq!(show_date(at, en()), "March 5, 2024, 14:02 UTC");
        assert_eq!(show_date(at, es), "5 de marzo de 2024, 14:02 UTC");
        assert_eq!(show(&Value::Days(1), en()), "1 day");
        assert_eq!(show(&Value::Days(3), es), "3 días");
        let list = Value::List(vec!["a".into(), "b".into(), "c".into()]);
        assert_eq!(show(&list, en()), "a, b and c");
        assert_eq!(show(&list, es), "a, b y c");
        assert_eq!(show(&Value::Security(Security::None), es), "ninguna");
        assert_eq!(
            show(&Value::Role(Panel::Outgoing), en()),
            "outgoing mail server"
        );
        assert_eq!(show_date(i64::MAX, en()), format!("@{}", i64::MAX));
    }

    #[test]
    fn durations_show_in_at_most_two_units() {
        let es = Language::of(Lang::Es);
        let cases = [
            (1, "1 second"),
            (-45, "45 seconds"),
            (600, "10 minutes"),
            (7_190, "2 hours"),
            (-3 * 86_400 - 600, "3 days"),
            (9_000, "2 hours and 30 minutes"),
            (-(3 * 86_400 + 4 * 3_600 + 600), "3 days and 4 hours"),
        ];
        for (secs, words) in cases {
            assert_eq!(show(&Value::Duration(secs), en()), words, "{secs}");
        }
        assert_eq!(show(&Value::Duration(3_600 * 5), es), "5 horas");
        assert_eq!(show(&Value::Duration(9_000), es), "2 horas y 30 minutos");
        assert!(show(&Value::Duration(i64::MIN), en()).contains("days"));
        assert_eq!(show(&Value::Duration(60), es), "60 segundos");
        assert_eq!(show(&Value::Duration(100), es), "2 minutos");
    }

    fn all_lines(t: &Text) -> impl Iterator<Item = &Line> {
        t.explanation.iter().chain(t.fix.iter())
    }

    fn used_vars(t: &Text) -> BTreeSet<&'static str> {
        let mut used: BTreeSet<&'static str> = placeholders(t.title).into_iter().collect();
        for l in all_lines(t) {
            used.extend(placeholders(l.text));
            used.extend(l.when.iter().copied());
            used.extend(l.unless.iter().copied());
        }
        used
    }

    #[test]
    fn both_languages_have_every_catalogue_id_once() {
        for lang in [Lang::En, Lang::Es] {
            let table = Language::of(lang).texts;
            for id in FindingId::ALL {
                let count = table.iter().filter(|(i, _)| i == id).count();
                assert_eq!(count, 1, "{lang}: {id} has {count} texts");
            }
            assert_eq!(table.len(), FindingId::ALL.len(), "{lang}: extra entries");
        }
    }

    #[test]
    fn both_languages_use_the_same_values_per_id() {
        for id in FindingId::ALL {
            let en = used_vars(en().text(*id).unwrap());
            let es = used_vars(Language::of(Lang::Es).text(*id).unwrap());
            assert_eq!(en, es, "{id}: English and Spanish use different values");
            for name in &en {
                assert!(KNOWN_VARS.contains(name), "{id}: unknown value {{{name}}}");
            }
        }
    }

    /// The values the front end always supplies.
    fn common(vars: &mut Vars) {
        vars.set("role", Value::Role(Panel::Incoming))
            .set("now", Value::Date(1_700_000_000));
    }

    fn sample(name: &str) -> Value {
        match name {
            "date" | "now" => Value::Date(1_700_000_000),
            "days" => Value::Days(5),
            "offset" => Value::Duration(7_200),
            "correct_time" => Value::Date(1_700_007_200),
            "security" => Value::Security(Security::Starttls),
            "role" => Value::Role(Panel::Outgoing),
            "names" | "open_ports" | "mechanisms" | "standard_ports" => {
                Value::List(vec!["x".into(), "y".into()])
            }
            "step" | "stopped_at" | "closed_at" | "bad_at" => Value::Step(StepKind::Login),
            "other_role" => Value::Role(Panel::Incoming),
            _ => Value::Text(format!("<{name}>")),
        }
    }

    #[test]
    fn every_text_shows_with_only_the_guaranteed_values() {
        for lang in [Lang::En, Lang::Es] {
            for id in FindingId::ALL {
                let mut vars = Vars::new();
                common(&mut vars);
                for name in guaranteed_vars(*id) {
                    vars.set(name, sample(name));
                }
                let text = Language::of(lang).text(*id).unwrap();
                let language = Language::of(lang);
                assert!(
                    fill(text.title, &vars, language).is_some(),
                    "{lang} {id}: the title needs more than the guaranteed values"
                );
                let (title, explanation, fix) = render(*id, &vars, lang);
                assert!(!title.is_empty(), "{lang} {id}: empty title");
                assert!(!explanation.is_empty(), "{lang} {id}: no explanation");
                assert!(!fix.is_empty(), "{lang} {id}: no fix step");
                for s in std::iter::once(&title).chain(&fix).chain([&explanation]) {
                    assert!(!s.contains('{') && !s.contains('}'), "{lang} {id}: {s}");
                }
            }
        }
    }

    #[test]
    fn every_text_shows_with_all_values() {
        for lang in [Lang::En, Lang::Es] {
            for id in FindingId::ALL {
                let mut vars = Vars::new();
                for name in KNOWN_VARS {
                    vars.set(name, sample(name));
                }
                let (title, explanation, fix) = render(*id, &vars, lang);
                assert!(!title.is_empty() && !explanation.is_empty() && !fix.is_empty());
                for s in std::iter::once(&title).chain(&fix).chain([&explanation]) {
                    assert!(!s.contains('{') && !s.contains('}'), "{lang} {id}: {s}");
                }
            }
        }
    }

    #[test]
    fn texts_are_sentences() {
        for lang in [Lang::En, Lang::Es] {
            for (id, text) in Language::of(lang).texts {
                assert!(
                    !text.title.ends_with('.'),
                    "{lang} {id}: title ends with a dot"
                );
                for l in all_lines(text) {
                    let t = l.text.trim_end();
                    assert!(
                        t.ends_with('.')
                            || t.ends_with('?')
                            || t.ends_with(')')
                            || t.ends_with('}'),
                        "{lang} {id}: '{t}' is not a finished sentence"
                    );
                }
            }
        }
    }
}
