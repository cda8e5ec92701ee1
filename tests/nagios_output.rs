//! `mailtriage check --format nagios` against the monitoring-plugins guidelines, on the lab's
//! servers: the exit code is the state (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN), the first line
//! is `MAILTRIAGE STATE - text` with performance data after one `|`, every performance item
//! follows `'label'=value[UOM];[warn];[crit];[min];[max]` with a unit the guidelines know, and
//! the lines after it (the fixes) hold no `|` and no control character.

mod support;

use mailtriage::lab::{CertKind, Server, Transport};
use support::kit::{Kit, pop3, smtp};
use support::run::{PASSWORD_VAR, WALL_CLOCK_LIMIT, mailtriage, run_within};
use support::*;

struct Servers {
    kit: Kit,
    pop3: Server,
    smtp: Server,
}

impl Servers {
    fn with_pop3_cert(cert: CertKind) -> Self {
        let kit = Kit::new();
        let pop3 = kit.start(pop3(Transport::ImplicitTls(cert)));
        let smtp = kit.start(smtp(Transport::Starttls(CertKind::Valid)));
        Servers { kit, pop3, smtp }
    }

    fn check(&self) -> CheckCommand {
        CheckCommand::new()
            .pop3(self.pop3.port(), "tls")
            .smtp(self.smtp.port(), "starttls")
            .kit_ca(&self.kit)
            .user(USER)
            .only("incoming")
            .only("outgoing")
    }
}

/// What the plugin printed and its exit code.
struct Plugin {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Plugin {
    fn status_line(&self) -> &str {
        self.stdout.lines().next().unwrap_or_default()
    }

    /// The status line's text (before the `|`) and its performance data (after it).
    fn split(&self) -> (&str, &str) {
        let line = self.status_line();
        match line.split_once('|') {
            Some((text, perf)) => (text.trim_end(), perf.trim()),
            None => (line, ""),
        }
    }

    fn perf_labels(&self) -> Vec<String> {
        self.split()
            .1
            .split_whitespace()
            .map(|item| item.split('=').next().unwrap_or_default().to_string())
            .collect()
    }

    fn describe(&self) -> String {
        format!(
            "exit {}\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

fn run_plugin(args: &[String], password: Option<&str>) -> Plugin {
    let mut command = mailtriage(&["check", "--format", "nagios"]);
    command.args(args).env_remove(PASSWORD_VAR);
    if let Some(password) = password {
        command
            .env(PASSWORD_VAR, password)
            .args(["--password-env", PASSWORD_VAR]);
    }
    let run = run_within(command, WALL_CLOCK_LIMIT);
    run.assert_ended("mailtriage check --format nagios");
    let plugin = Plugin {
        code: run.exit_code(),
        stdout: run.stdout_text(),
        stderr: run.stderr_text(),
    };
    assert_follows_the_guidelines(&plugin);
    plugin
}

/// The units of measure the guidelines define.
const UNITS: [&str; 9] = ["", "s", "ms", "us", "%", "B", "KB", "MB", "TB"];

/// One threshold or range as the guidelines write it: `[@][~|start:][end]`, or nothing.
fn is_range(text: &str) -> bool {
    let text = text.strip_prefix('@').unwrap_or(text);
    let number = |s: &str| s.is_empty() || s.parse::<f64>().is_ok();
    match text.split_once(':') {
        Some((start, end)) => (start == "~" || number(start)) && number(end),
        None => number(text),
    }
}

/// `'label'=value[UOM];[warn];[crit];[min];[max]`.
fn assert_perf_item(item: &str) {
    let (label, rest) = if let Some(quoted) = item.strip_prefix('\'') {
        let (label, rest) = quoted.split_once('\'').expect("a quoted label ends");
        (label, rest.strip_prefix('=').expect("'=' after the label"))
    } else {
        item.split_once('=').expect("label=value")
    };
    assert!(
        !label.is_empty() && !label.contains(['=', '\'', ' ', '|']),
        "label {label:?} in {item:?}"
    );
    let fields: Vec<&str> = rest.split(';').collect();
    assert!(fields.len() <= 5, "too many fields in {item:?}");
    let value = fields[0];
    let digits_end = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(digits_end);
    assert!(number.parse::<f64>().is_ok(), "value {value:?} in {item:?}");
    assert!(UNITS.contains(&unit), "unit {unit:?} in {item:?}");
    for threshold in &fields[1..fields.len().min(3)] {
        assert!(is_range(threshold), "threshold {threshold:?} in {item:?}");
    }
    for limit in fields.iter().skip(3) {
        assert!(
            limit.is_empty() || limit.parse::<f64>().is_ok(),
            "min/max {limit:?} in {item:?}"
        );
    }
}

fn assert_follows_the_guidelines(plugin: &Plugin) {
    let words = ["OK", "WARNING", "CRITICAL", "UNKNOWN"];
    let state = words.get(plugin.code as usize).unwrap_or_else(|| {
        panic!("exit code outside 0..=3: {}", plugin.describe());
    });
    let (text, perf) = plugin.split();
    assert!(
        text.starts_with(&format!("MAILTRIAGE {state} - ")),
        "the status line does not say {state}: {}",
        plugin.describe()
    );
    assert!(
        text.len() > format!("MAILTRIAGE {state} - ").len(),
        "{}",
        plugin.describe()
    );
    assert!(
        plugin.status_line().matches('|').count() <= 1,
        "{}",
        plugin.describe()
    );
    for item in perf.split_whitespace() {
        assert_perf_item(item);
    }
    for line in plugin.stdout.lines().skip(1) {
        assert!(
            !line.contains('|') && !line.chars().any(char::is_control),
            "long output line {line:?}"
        );
    }
    assert!(!plugin.stdout.contains(PASSWORD), "{}", plugin.describe());
}

#[test]
fn a_healthy_account_is_ok_with_timings_and_certificate_days() {
    let servers = Servers::with_pop3_cert(CertKind::Valid);
    let plugin = run_plugin(servers.check().arguments(), Some(PASSWORD));
    assert_eq!(plugin.code, 0, "{}", plugin.describe());
    assert_eq!(plugin.stdout.lines().count(), 1, "{}", plugin.describe());
    let labels = plugin.perf_labels();
    for label in [
        "incoming_connect",
        "incoming_tls",
        "incoming_greeting",
        "incoming_login",
        "incoming_total",
        "incoming_cert_days",
        "outgoing_connect",
        "outgoing_tls",
        "outgoing_login",
        "outgoing_total",
        "outgoing_cert_days",
    ] {
        assert!(
            labels.iter().any(|l| l == label),
            "no {label}: {}",
            plugin.describe()
        );
    }
    let perf = plugin.split().1;
    assert!(perf.contains("incoming_login="), "{perf}");
    let login = perf
        .split_whitespace()
        .find(|i| i.starts_with("incoming_login="))
        .unwrap();
    assert!(login.contains("s;"), "seconds carry their unit: {login}");
}

#[test]
fn a_refused_password_is_critical_with_the_cause_and_its_fix() {
    let servers = Servers::with_pop3_cert(CertKind::Valid);
    let plugin = run_plugin(servers.check().arguments(), Some("not-the-password"));
    assert_eq!(plugin.code, 2, "{}", plugin.describe());
    assert!(plugin.stdout.lines().count() > 1, "{}", plugin.describe());
    assert!(
        plugin
            .stdout
            .lines()
            .skip(1)
            .any(|l| l.trim_start().starts_with("1. ")),
        "the fix's first step is in the long output: {}",
        plugin.describe()
    );
}

#[test]
fn an_expired_certificate_is_critical() {
    let servers = Servers::with_pop3_cert(CertKind::Expired);
    let plugin = run_plugin(servers.check().arguments(), Some(PASSWORD));
    assert_eq!(plugin.code, 2, "{}", plugin.describe());
    let days = plugin
        .split()
        .1
        .split_whitespace()
        .find_map(|i| i.strip_prefix("incoming_cert_days="))
        .map(|v| v.split(';').next().unwrap().parse::<i64>().unwrap());
    assert!(
        days.is_some_and(|d| d < 0),
        "an expired certificate has negative days left: {}",
        plugin.describe()
    );
}

#[test]
fn a_certificate_about_to_expire_is_a_warning() {
    let servers = Servers::with_pop3_cert(CertKind::ValidBetween {
        from_days: -60,
        to_days: 5,
    });
    let plugin = run_plugin(servers.check().arguments(), Some(PASSWORD));
    assert_eq!(plugin.code, 1, "{}", plugin.describe());
    let item = plugin
        .split()
        .1
        .split_whitespace()
        .find(|i| i.starts_with("incoming_cert_days="))
        .unwrap_or_default()
        .to_string();
    assert!(
        item.starts_with("incoming_cert_days=4;14:;0:")
            || item.starts_with("incoming_cert_days=5;14:;0:"),
        "{item}"
    );
}

#[test]
fn the_status_line_and_fixes_are_in_the_language_asked_for() {
    let servers = Servers::with_pop3_cert(CertKind::Valid);
    let english = run_plugin(servers.check().arguments(), Some("not-the-password"));
    for (code, lang) in [
        ("es", mailtriage::finding::Lang::Es),
        ("pt", mailtriage::finding::Lang::Pt),
    ] {
        let plugin = run_plugin(
            servers.check().lang(code).arguments(),
            Some("not-the-password"),
        );
        assert_eq!(plugin.code, 2, "{}", plugin.describe());
        assert_ne!(
            plugin.split().0,
            english.split().0,
            "the {code} status line differs from the English one"
        );
        // The state word and the service name are the plugin API's; the rest is translated.
        let text = plugin.split().0.replacen("MAILTRIAGE CRITICAL - ", "", 1);
        let long: Vec<&str> = plugin.stdout.lines().skip(1).collect();
        for shown in std::iter::once(text.as_str()).chain(long) {
            // The account's own names are values, not words of the language.
            let shown = shown.replace(USER, "").replace(SERVER_NAME, "");
            let shown = shown.as_str();
            let words = mailtriage_core::i18n::stop_list::english_words_in(shown, lang);
            assert!(words.is_empty(), "English in {shown:?}: {words:?}");
        }
    }
}

#[test]
fn a_check_that_cannot_run_is_unknown() {
    // No server at all.
    let plugin = run_plugin(&[], None);
    assert_eq!(plugin.code, 3, "{}", plugin.describe());
    // A command line that does not parse.
    let plugin = run_plugin(&["--no-such-option".to_string()], None);
    assert_eq!(plugin.code, 3, "{}", plugin.describe());
    // --json and another format.
    let plugin = run_plugin(
        &["--json".to_string(), "--pop3".into(), "x.test".into()],
        None,
    );
    assert_eq!(plugin.code, 3, "{}", plugin.describe());
}
