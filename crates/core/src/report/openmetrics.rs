//! The OpenMetrics text exposition of finished checks, for Prometheus (a scrape of `mailtriage
//! serve`, or node_exporter's textfile collector reading `check --format openmetrics --output`).
//!
//! Every family is a gauge; one exposition holds any number of accounts, each family's samples
//! together as the format requires. Label values are the account's name, the panel, the kind of
//! step, a finding's stable id and its severity: all but the account's name come from closed
//! lists, so the number of series stays bounded whatever the servers say. No server text, no
//! sentence of a finding, nothing secret is ever a label or a value.
//!
//! The same body, less its `# UNIT` lines and `# EOF`, is the older Prometheus text format
//! ([`Flavour::PrometheusText`]) for a scraper that asks only for that.
//!
//! Written here rather than through `prometheus-client`: that crate's registry keeps live
//! metrics that a process updates and encodes on every scrape, while these are gauges set once
//! from a finished check, grouped by family across accounts, and written in two flavours; the
//! registry would be filled and emptied per exposition and could not write the older format.
//! What it would guarantee is checked instead: `promtool check metrics` reads every form the
//! tests produce, and the real-server suite has Prometheus itself scrape and store them.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::model::StepStatus;
use crate::report::monitored::{self, Monitored, TIMED_STEPS};

/// The content type of an OpenMetrics exposition.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";
/// The content type of the Prometheus text format.
pub const PROMETHEUS_TEXT_CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// Which of the two text formats to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    OpenMetrics,
    PrometheusText,
}

/// One family: its name, unit (when it has one) and help text.
struct Family {
    name: &'static str,
    unit: Option<&'static str>,
    help: &'static str,
}

const UP: Family = Family {
    name: "mailtriage_up",
    unit: None,
    help: "1 when the panel's checks passed (possibly with warnings), 0 when a step failed.",
};
const FAILED_STEP: Family = Family {
    name: "mailtriage_failed_step",
    unit: None,
    help: "1 for the first step of the panel that failed.",
};
const STEP_DURATION: Family = Family {
    name: "mailtriage_step_duration_seconds",
    unit: Some("seconds"),
    help: "Seconds the panel spent in steps of this kind, summed when it ran several.",
};
const PANEL_DURATION: Family = Family {
    name: "mailtriage_panel_duration_seconds",
    unit: Some("seconds"),
    help: "Wall time of the panel.",
};
const CERT_EXPIRY: Family = Family {
    name: "mailtriage_certificate_expiry_timestamp_seconds",
    unit: Some("seconds"),
    help: "Earliest end of validity in the certificate chain the server presented, as a Unix time.",
};
const FINDING: Family = Family {
    name: "mailtriage_finding",
    unit: None,
    help: "1 for each cause the check found; finding is its stable id in the catalogue.",
};
const CHECK_TIMESTAMP: Family = Family {
    name: "mailtriage_check_timestamp_seconds",
    unit: Some("seconds"),
    help: "When the check ended, as a Unix time.",
};
const CHECK_DURATION: Family = Family {
    name: "mailtriage_check_duration_seconds",
    unit: Some("seconds"),
    help: "Wall time of the whole check.",
};

/// Every account's samples of one family, as `(labels, value)`.
type Samples = Vec<(Vec<(&'static str, String)>, f64)>;

/// Render the checks as one OpenMetrics exposition, ending with `# EOF`. Accounts keep their
/// order; a name that came before is left out (an exposition cannot hold one series twice).
pub fn render(checks: &[Monitored<'_>]) -> String {
    render_as(checks, Flavour::OpenMetrics)
}

/// [`render`] in the chosen text format.
pub fn render_as(checks: &[Monitored<'_>], flavour: Flavour) -> String {
    let mut seen = BTreeSet::new();
    let checks: Vec<&Monitored<'_>> = checks.iter().filter(|c| seen.insert(c.account)).collect();
    let mut out = String::new();
    family(&mut out, flavour, &UP, per_panel(&checks, up));
    family(&mut out, flavour, &FAILED_STEP, failed_steps(&checks));
    family(&mut out, flavour, &STEP_DURATION, step_durations(&checks));
    family(
        &mut out,
        flavour,
        &PANEL_DURATION,
        per_panel(&checks, monitored::panel_seconds),
    );
    family(
        &mut out,
        flavour,
        &CERT_EXPIRY,
        per_panel(&checks, |p| {
            monitored::earliest_expiry_unix(p).map(|t| t as f64)
        }),
    );
    family(&mut out, flavour, &FINDING, findings(&checks));
    family(
        &mut out,
        flavour,
        &CHECK_TIMESTAMP,
        per_account(&checks, |c| c.finished_unix),
    );
    family(
        &mut out,
        flavour,
        &CHECK_DURATION,
        per_account(&checks, |c| c.duration_seconds),
    );
    if flavour == Flavour::OpenMetrics {
        out.push_str("# EOF\n");
    }
    out
}

/// A counter of the exporter itself: its family name (without `_total`), help and value.
#[derive(Debug, Clone, Copy)]
pub struct Counter {
    pub name: &'static str,
    pub help: &'static str,
    pub value: f64,
}

/// Render counters as one exposition. OpenMetrics names the family without `_total` and the
/// sample with it; the Prometheus text format names both with it.
pub fn render_counters(counters: &[Counter], flavour: Flavour) -> String {
    let mut out = String::new();
    for counter in counters {
        let family = match flavour {
            Flavour::OpenMetrics => counter.name.to_string(),
            Flavour::PrometheusText => format!("{}_total", counter.name),
        };
        let _ = writeln!(out, "# HELP {family} {}", counter.help);
        let _ = writeln!(out, "# TYPE {family} counter");
        let _ = writeln!(out, "{}_total {}", counter.name, number(counter.value));
    }
    if flavour == Flavour::OpenMetrics {
        out.push_str("# EOF\n");
    }
    out
}

fn up(panel: &crate::model::PanelReport) -> Option<f64> {
    monitored::ran(panel).then_some(if panel.status == StepStatus::Failed {
        0.0
    } else {
        1.0
    })
}

fn per_account(checks: &[&Monitored<'_>], value: impl Fn(&Monitored<'_>) -> f64) -> Samples {
    checks
        .iter()
        .map(|c| (vec![("account", c.account.to_string())], value(c)))
        .collect()
}

fn per_panel(
    checks: &[&Monitored<'_>],
    value: impl Fn(&crate::model::PanelReport) -> Option<f64>,
) -> Samples {
    let mut samples = Vec::new();
    for check in checks {
        for panel in check
            .outcome
            .state
            .panels
            .iter()
            .filter(|p| monitored::ran(p))
        {
            if let Some(v) = value(panel) {
                samples.push((
                    vec![
                        ("account", check.account.to_string()),
                        ("panel", panel.panel.as_str().to_string()),
                    ],
                    v,
                ));
            }
        }
    }
    samples
}

fn failed_steps(checks: &[&Monitored<'_>]) -> Samples {
    let mut samples = Vec::new();
    for check in checks {
        for panel in &check.outcome.state.panels {
            if let Some(step) = panel.first_failure() {
                samples.push((
                    vec![
                        ("account", check.account.to_string()),
                        ("panel", panel.panel.as_str().to_string()),
                        ("step", step.step.as_str().to_string()),
                    ],
                    1.0,
                ));
            }
        }
    }
    samples
}

fn step_durations(checks: &[&Monitored<'_>]) -> Samples {
    let mut samples = Vec::new();
    for check in checks {
        for panel in check
            .outcome
            .state
            .panels
            .iter()
            .filter(|p| monitored::ran(p))
        {
            for (kind, name) in TIMED_STEPS {
                if let Some(seconds) = monitored::step_seconds(panel, kind) {
                    samples.push((
                        vec![
                            ("account", check.account.to_string()),
                            ("panel", panel.panel.as_str().to_string()),
                            ("step", name.to_string()),
                        ],
                        seconds,
                    ));
                }
            }
        }
    }
    samples
}

fn findings(checks: &[&Monitored<'_>]) -> Samples {
    let mut samples = Vec::new();
    for check in checks {
        let mut seen = BTreeSet::new();
        for finding in &check.outcome.findings {
            let key = (finding.panel.as_str(), finding.id.as_str());
            if !seen.insert(key) {
                continue;
            }
            samples.push((
                vec![
                    ("account", check.account.to_string()),
                    ("panel", finding.panel.as_str().to_string()),
                    ("finding", finding.id.clone()),
                    ("severity", finding.severity.as_str().to_string()),
                ],
                1.0,
            ));
        }
    }
    samples
}

/// Write one family: its metadata, then its samples.
fn family(out: &mut String, flavour: Flavour, family: &Family, samples: Samples) {
    let _ = writeln!(out, "# HELP {} {}", family.name, family.help);
    let _ = writeln!(out, "# TYPE {} gauge", family.name);
    if let (Some(unit), Flavour::OpenMetrics) = (family.unit, flavour) {
        let _ = writeln!(out, "# UNIT {} {unit}", family.name);
    }
    for (labels, value) in samples {
        out.push_str(family.name);
        out.push('{');
        for (i, (name, value)) in labels.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, "{name}=\"{}\"", escape_label_value(value));
        }
        out.push_str("} ");
        out.push_str(&number(value));
        out.push('\n');
    }
}

/// A label value as both text formats quote it: backslash, double quote and line feed escaped.
pub fn escape_label_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A sample value: whole numbers without a fraction, others in full (Rust never writes an
/// exponent for `f64`'s `Display`); a value that is not finite cannot come from a check and is
/// written as 0 rather than break the exposition.
fn number(value: f64) -> String {
    if !value.is_finite() {
        return "0".into();
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape_label_value(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(escape_label_value("a\nb"), "a\\nb");
    }

    #[test]
    fn numbers_are_written_plainly() {
        assert_eq!(number(1.0), "1");
        assert_eq!(number(0.0123), "0.0123");
        assert_eq!(number(1_767_225_600.0), "1767225600");
        assert_eq!(number(f64::NAN), "0");
        assert_eq!(number(0.000_000_1), "0.0000001");
    }
}
