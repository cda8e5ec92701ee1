//! What a many-account run prints: a table with one line per account (name, status, the first
//! problem's title) and, for each failed account, its problems with the first step of each
//! fix; or one JSON document (`accounts.schema.json`) holding each account's single-check
//! document.

use serde_json::json;

use crate::finding::{Finding, Lang, Severity};
use crate::model::StepStatus;
use crate::report::text::status_word;
use crate::report::{self, EXIT_FAILED, EXIT_OK};
use crate::sanitize::sanitize_str;
use mailtriage_core::{i18n, said};

use super::progress::Counts;
use super::run::{AccountResult, NotChecked, RunResults};

/// The name of the many-account document's shape.
pub const SCHEMA_NAME: &str = "mailtriage-accounts";

/// The version of that shape.
pub const SCHEMA_VERSION: u32 = 1;

/// The status word of a result in the JSON document.
pub fn status_id(result: &AccountResult) -> &'static str {
    match &result.checked {
        Ok(outcome) => outcome.status().as_str(),
        Err(_) => "not-checked",
    }
}

/// The exit code of the run: the signal's when interrupted, 1 when an account failed or could
/// not be checked, else 0.
pub fn exit_code(results: &RunResults) -> i32 {
    if let Some(signal) = results.interrupted {
        return signal.exit_code();
    }
    let failed = results.accounts.iter().any(|r| match &r.checked {
        Ok(outcome) => outcome.exit_code() != EXIT_OK,
        Err(_) => true,
    });
    if failed { EXIT_FAILED } else { EXIT_OK }
}

/// Why an account was not checked, in the reader's words.
pub fn not_checked_text(why: &NotChecked, lang: Lang) -> String {
    match why {
        NotChecked::Unusable(text) => sanitize_str(text),
        NotChecked::NotStarted => i18n::text(lang, "accounts-not-started").into_owned(),
        NotChecked::CutByDeadline => i18n::text(lang, "accounts-cut-by-deadline").into_owned(),
        NotChecked::Interrupted(signal) => {
            said!("accounts-interrupted-before", signal = signal.name())
                .render(lang)
                .into_owned()
        }
    }
}

/// The stable id of why an account was not checked, for the JSON document.
fn not_checked_id(why: &NotChecked) -> &'static str {
    match why {
        NotChecked::Unusable(_) => "unusable",
        NotChecked::NotStarted => "not-started",
        NotChecked::CutByDeadline => "cut-by-deadline",
        NotChecked::Interrupted(_) => "interrupted",
    }
}

/// The findings that are problems (errors and warnings), most important first.
fn problems(findings: &[Finding]) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(|f| f.severity <= Severity::Warn)
}

/// The counts of the run's results.
pub fn counts(results: &RunResults) -> Counts {
    let mut counts = Counts::default();
    for result in &results.accounts {
        counts.add(result);
    }
    counts
}

/// The text summary.
pub fn text(results: &RunResults, lang: Lang) -> String {
    let rows: Vec<(String, String, String)> = results
        .accounts
        .iter()
        .map(|r| {
            let (status, note) = match &r.checked {
                Ok(outcome) => (
                    status_word(outcome.status(), lang).into_owned(),
                    problems(&outcome.findings)
                        .next()
                        .map(|f| sanitize_str(&f.title))
                        .unwrap_or_default(),
                ),
                Err(why) => (
                    i18n::text(lang, "accounts-status-not-checked").into_owned(),
                    not_checked_text(why, lang),
                ),
            };
            (r.name.clone(), status, note)
        })
        .collect();
    let heads = (
        i18n::text(lang, "accounts-column-name").into_owned(),
        i18n::text(lang, "accounts-column-status").into_owned(),
        i18n::text(lang, "accounts-column-problem").into_owned(),
    );
    let width = |pick: fn(&(String, String, String)) -> &String| {
        rows.iter()
            .chain(std::iter::once(&heads))
            .map(|r| pick(r).chars().count())
            .max()
            .unwrap_or(0)
    };
    let (name_w, status_w) = (width(|r| &r.0), width(|r| &r.1));
    let mut out = String::new();
    for (name, status, note) in std::iter::once(&heads).chain(&rows) {
        let line = format!("{name:<name_w$}  {status:<status_w$}  {note}");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    for result in &results.accounts {
        let Ok(outcome) = &result.checked else {
            continue;
        };
        if outcome.status() != StepStatus::Failed {
            continue;
        }
        out.push('\n');
        out.push_str(&format!(
            "{} — {}\n",
            result.name,
            status_word(StepStatus::Failed, lang)
        ));
        for finding in problems(&outcome.findings) {
            out.push_str(&format!("  {}\n", sanitize_str(&finding.title)));
            if let Some(first) = finding.fix.first() {
                out.push_str(&format!("    → {}\n", sanitize_str(first)));
            }
        }
    }
    let c = counts(results);
    out.push('\n');
    out.push_str(
        &said!(
            "accounts-summary",
            total = results.accounts.len(),
            ok = c.ok,
            warn = c.warn,
            failed = c.failed,
            not_checked = c.not_checked,
            seconds = format!("{:.1}", results.wall.as_secs_f64())
        )
        .render(lang),
    );
    out.push('\n');
    out
}

/// The JSON document. Each account's single-check document is written as
/// [`report::json::render_in`] gives it, not parsed and rebuilt: for a thousand accounts the
/// document is tens of megabytes, and a tree of it in memory would be several times that.
pub fn json(results: &RunResults, lang: Lang) -> String {
    let mut out = String::with_capacity(256 + results.accounts.len() * 16 * 1024);
    let head = json!({
        "tool": "mailtriage",
        "version": env!("CARGO_PKG_VERSION"),
        "schema": SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
    })
    .to_string();
    // `{...}` without its closing brace, then the accounts.
    out.push_str(&head[..head.len() - 1]);
    out.push_str(",\"accounts\":[");
    for (index, r) in results.accounts.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        out.push('\n');
        match &r.checked {
            Ok(outcome) => {
                let row = json!({
                    "name": r.name,
                    "status": status_id(r),
                    "duration_ms": r.duration.as_millis() as u64,
                })
                .to_string();
                out.push_str(&row[..row.len() - 1]);
                out.push_str(",\"check\":");
                out.push_str(&report::json::render_in(outcome, lang));
                out.push('}');
            }
            Err(why) => out.push_str(
                &json!({
                    "name": r.name,
                    "status": "not-checked",
                    "reason": not_checked_id(why),
                    "error": not_checked_text(why, lang),
                })
                .to_string(),
            ),
        }
    }
    let c = counts(results);
    let summary = json!({
        "total": results.accounts.len(),
        "ok": c.ok,
        "warn": c.warn,
        "failed": c.failed,
        "not_checked": c.not_checked,
        "wall_ms": results.wall.as_millis() as u64,
        "interrupted": results.interrupted.map(|s| s.name()),
    });
    out.push_str("\n],\"summary\":");
    out.push_str(&summary.to_string());
    out.push('}');
    out
}
