//! One account's check as a monitoring plugin answers the Nagios family of engines (Nagios,
//! Icinga, Naemon, Centreon, Checkmk), after the monitoring-plugins guidelines: the exit code
//! is the state (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN), the first line says the state and the
//! first cause found, performance data follows a `|` on that line, and the lines after it (the
//! long output) hold each cause and its fix.
//!
//! Performance data is `'label'=value[UOM];[warn];[crit];[min];[max]`; the labels are
//! `<panel>_<step>` for the DNS look-up, TCP connect, TLS handshake, greeting and login, and
//! `<panel>_total`, in seconds (`s`), and `<panel>_cert_days`, whole days until the earliest
//! certificate of the chain runs out (no unit; the guidelines know none for days), with the
//! warning threshold mailtriage itself warns at. The words are in the reader's language; the
//! state words and labels are the API's and stay as they are. No text holds a control
//! character or a `|`, which would cut the plugin's output in the wrong place.

use std::fmt::Write;

use crate::diagnose::rules::EXPIRY_WARNING_DAYS;
use crate::i18n;
use crate::model::{Panel, StepStatus};
use crate::report::monitored::{self, Monitored, TIMED_STEPS};
use crate::report::text::{arg, panel_word};

/// The service name at the head of the status line.
pub const SERVICE: &str = "MAILTRIAGE";

/// A plugin's state, which is its exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Ok,
    Warning,
    Critical,
    Unknown,
}

impl State {
    pub fn exit_code(self) -> i32 {
        match self {
            State::Ok => 0,
            State::Warning => 1,
            State::Critical => 2,
            State::Unknown => 3,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            State::Ok => "OK",
            State::Warning => "WARNING",
            State::Critical => "CRITICAL",
            State::Unknown => "UNKNOWN",
        }
    }
}

/// The plugin's answer: what to print and the exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginOutput {
    pub text: String,
    pub state: State,
}

impl PluginOutput {
    pub fn exit_code(&self) -> i32 {
        self.state.exit_code()
    }
}

/// The state of a finished check: CRITICAL when a step failed, WARNING when a step or a
/// finding warns, OK otherwise; UNKNOWN when no panel ran at all.
pub fn state_of(check: &Monitored<'_>) -> State {
    if !check.outcome.state.panels.iter().any(monitored::ran) {
        return State::Unknown;
    }
    match check.outcome.status() {
        StepStatus::Failed => State::Critical,
        StepStatus::Warn => State::Warning,
        _ => State::Ok,
    }
}

/// Render the check as the plugin's output; `now_unix` is the time the days until a
/// certificate's expiry are counted from.
pub fn render(check: &Monitored<'_>, now_unix: i64) -> PluginOutput {
    let lang = check.outcome.lang;
    let state = state_of(check);
    let mut text = format!("{SERVICE} {} - {}", state.as_str(), summary(check, state));
    let perfdata = perfdata(check, now_unix);
    if !perfdata.is_empty() {
        text.push_str(" | ");
        text.push_str(&perfdata.join(" "));
    }
    text.push('\n');
    for finding in &check.outcome.findings {
        let _ = writeln!(
            text,
            "[{}] {}",
            plugin_text(&panel_word(finding.panel, lang)),
            plugin_text(&finding.title)
        );
        for (n, step) in finding.fix.iter().enumerate() {
            let _ = writeln!(text, "  {}. {}", n + 1, plugin_text(step));
        }
    }
    PluginOutput { text, state }
}

/// The answer of a check that could not run (a usage error, a setting that cannot be read, a
/// check interrupted before it ended): UNKNOWN, with the reason.
pub fn unknown(reason: &str) -> PluginOutput {
    PluginOutput {
        text: format!(
            "{SERVICE} {} - {}\n",
            State::Unknown.as_str(),
            plugin_text(reason)
        ),
        state: State::Unknown,
    }
}

/// The status line's words after the state.
fn summary(check: &Monitored<'_>, state: State) -> String {
    let outcome = check.outcome;
    let lang = outcome.lang;
    let worth_naming = outcome
        .findings
        .iter()
        .filter(|f| f.severity <= crate::finding::Severity::Warn)
        .collect::<Vec<_>>();
    if state != State::Ok
        && let Some(first) = worth_naming.first()
    {
        let mut line = plugin_text(&first.title);
        if worth_naming.len() > 1 {
            line.push(' ');
            line.push_str(&i18n::text_with(
                lang,
                "nagios-more",
                &[arg("count", (worth_naming.len() - 1) as i64)],
            ));
        }
        return line;
    }
    match state {
        State::Unknown => i18n::text(lang, "nagios-no-panel").into_owned(),
        State::Critical | State::Warning => {
            let wanted = if state == State::Critical {
                StepStatus::Failed
            } else {
                StepStatus::Warn
            };
            let step = outcome.state.panels.iter().find_map(|p| {
                p.steps
                    .iter()
                    .find(|s| s.status == wanted)
                    .map(|s| (p.panel, s.step))
            });
            match step {
                Some((panel, step)) => i18n::text_with(
                    lang,
                    if state == State::Critical {
                        "nagios-step-failed"
                    } else {
                        "nagios-step-warned"
                    },
                    &[
                        arg("panel", panel_word(panel, lang).into_owned()),
                        arg("step", step.label(lang).into_owned()),
                    ],
                ),
                None => i18n::text(lang, "nagios-no-panel").into_owned(),
            }
        }
        State::Ok => {
            let servers: Vec<String> = outcome
                .state
                .panels
                .iter()
                .filter(|p| p.panel != Panel::Network && monitored::ran(p))
                .map(|p| {
                    let protocol = p.protocol.map_or("", |pr| pr.as_str());
                    match &p.server {
                        Some(s) => format!("{protocol} {}:{}", s.host, s.port),
                        None => protocol.to_string(),
                    }
                })
                .collect();
            plugin_text(&i18n::text_with(
                lang,
                "nagios-ok",
                &[arg("servers", servers.join(", "))],
            ))
        }
    }
}

/// The performance data, one `'label'=value…` item per figure.
fn perfdata(check: &Monitored<'_>, now_unix: i64) -> Vec<String> {
    let mut items = Vec::new();
    for panel in check
        .outcome
        .state
        .panels
        .iter()
        .filter(|p| monitored::ran(p))
    {
        let name = panel.panel.as_str().replace('-', "_");
        for (kind, step) in TIMED_STEPS {
            if let Some(seconds) = monitored::step_seconds(panel, kind) {
                items.push(seconds_item(&format!("{name}_{step}"), seconds));
            }
        }
        if let Some(seconds) = monitored::panel_seconds(panel) {
            items.push(seconds_item(&format!("{name}_total"), seconds));
        }
        if let Some(expiry) = monitored::earliest_expiry_unix(panel) {
            let days = (expiry - now_unix).div_euclid(86_400);
            items.push(format!(
                "{}={days};{EXPIRY_WARNING_DAYS}:;0:",
                perf_label(&format!("{name}_cert_days"))
            ));
        }
    }
    items
}

fn seconds_item(label: &str, seconds: f64) -> String {
    format!("{}={seconds:.6}s;;;0", perf_label(label))
}

/// A label as the guidelines want it: quoted when it holds anything but letters, digits, `_`,
/// `-` and `.`; `'` and `=` (which would end it) are never in it.
fn perf_label(label: &str) -> String {
    let clean: String = label
        .chars()
        .map(|c| if c == '\'' || c == '=' { '_' } else { c })
        .collect();
    if clean
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        clean
    } else {
        format!("'{clean}'")
    }
}

/// Text safe for a plugin's output: one line, no control character, no `|`.
pub fn plugin_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' => out.push('/'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plugin_text_is_one_line_without_a_pipe() {
        assert_eq!(plugin_text("a|b\nc\x1b[31m"), "a/b c [31m");
    }

    #[test]
    fn labels_are_quoted_only_when_needed() {
        assert_eq!(perf_label("incoming_login"), "incoming_login");
        assert_eq!(perf_label("a b=c"), "'a b_c'");
    }

    #[test]
    fn unknown_is_exit_3_with_one_line() {
        let out = unknown("--format: bad\nvalue | here");
        assert_eq!(out.exit_code(), 3);
        assert_eq!(
            out.text,
            "MAILTRIAGE UNKNOWN - --format: bad value / here\n"
        );
    }
}
