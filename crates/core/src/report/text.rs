//! The plain-text report of `check`: one line per step with a symbol, the step, its timing and a
//! short detail, then the findings with numbered fixes.

use std::fmt::Write;

use crate::finding::{Finding, Severity};
use crate::model::{Panel, PanelReport, StepRecord, StepStatus};
use crate::report::Outcome;

/// Symbol and word of a status; the word keeps the meaning without colour or Unicode.
pub fn status_mark(status: StepStatus, ascii: bool) -> (&'static str, &'static str) {
    let symbol = match (status, ascii) {
        (StepStatus::Ok, false) => "✓",
        (StepStatus::Warn, false) => "!",
        (StepStatus::Failed, false) => "✗",
        (StepStatus::Skipped, false) => "–",
        (StepStatus::Running, false) => "…",
        (StepStatus::Pending, false) => "·",
        (StepStatus::Ok, true) => "+",
        (StepStatus::Warn, true) => "!",
        (StepStatus::Failed, true) => "x",
        (StepStatus::Skipped, true) => "-",
        (StepStatus::Running, true) => "~",
        (StepStatus::Pending, true) => ".",
    };
    (symbol, status.as_str())
}

fn panel_title(p: &PanelReport) -> String {
    let name = match p.panel {
        Panel::Network => "NETWORK".to_string(),
        Panel::Incoming => format!(
            "INCOMING ({})",
            p.protocol.map_or("POP3", |protocol| protocol.as_str())
        ),
        Panel::ImapBeside => "INCOMING (IMAP)".to_string(),
        Panel::Outgoing => "OUTGOING (SMTP)".to_string(),
    };
    match (&p.server, p.security) {
        (Some(s), Some(sec)) => format!("{name}  {}:{}  security {sec}", s.host, s.port),
        (Some(s), None) => format!("{name}  {}:{}", s.host, s.port),
        _ => name,
    }
}

fn step_line(out: &mut String, s: &StepRecord, ascii: bool) {
    let (symbol, word) = status_mark(s.status, ascii);
    let name = match &s.target {
        Some(t) => format!("{} {t}", s.step),
        None => s.step.to_string(),
    };
    let _ = writeln!(
        out,
        "  {symbol} {word:<7} {name:<28} {:>9.1} ms  {}",
        s.elapsed_ms, s.detail
    );
}

fn evidence_line(s: &StepRecord) -> Option<String> {
    use crate::model::Evidence;
    let text = match s.evidence.as_ref()? {
        Evidence::Reply { sent, reply } => match sent {
            Some(sent) => format!("after \"{sent}\" the server said: {reply}"),
            None => format!("the server said: {reply}"),
        },
        Evidence::Io { message, .. } => message.clone(),
        Evidence::Tls { message, .. } => message.clone(),
        Evidence::SpeaksTls { how } => how.clone(),
        Evidence::Declined { reason } => reason.clone(),
    };
    Some(text.replace('\n', " | "))
}

fn finding_block(out: &mut String, f: &Finding) {
    let label = match f.severity {
        Severity::Error => "ERROR",
        Severity::Warn => "WARNING",
        Severity::Info => "NOTE",
    };
    let _ = writeln!(out, "{label} [{}] ({}) {}", f.id, f.panel, f.title);
    for line in f.explanation.lines() {
        let _ = writeln!(out, "  {line}");
    }
    for (i, step) in f.fix.iter().enumerate() {
        let _ = writeln!(out, "  {}. {step}", i + 1);
    }
    for e in &f.evidence {
        let _ = writeln!(out, "  evidence: {}", e.replace('\n', " | "));
    }
}

/// Render the whole outcome.
pub fn render(outcome: &Outcome, ascii: bool) -> String {
    let mut out = String::new();
    if let Some(source) = &outcome.account_source {
        let lines = source.describe();
        for line in &lines {
            let _ = writeln!(out, "{}", crate::sanitize::sanitize_str(line));
        }
        if !lines.is_empty() {
            let _ = writeln!(out);
        }
    }
    for p in &outcome.state.panels {
        let _ = writeln!(out, "{}", panel_title(p));
        for s in &p.steps {
            step_line(&mut out, s, ascii);
            if (s.status == StepStatus::Failed || s.status == StepStatus::Warn)
                && let Some(e) = evidence_line(s)
            {
                let _ = writeln!(out, "      {e}");
            }
        }
        if let Some(tls) = &p.tls {
            let _ = writeln!(
                out,
                "  certificate: {} ({})",
                tls.verdict.as_str(),
                tls.verdict_detail
            );
        }
        let _ = writeln!(out);
    }
    // Every failed panel has a finding (see `diagnose`); this wording is only for a run where
    // nothing failed, and never claims "no problems" about a failed one.
    if outcome.findings.is_empty() {
        if outcome.state.any_failed() {
            let _ = writeln!(out, "A step failed; see the failed step above.");
        } else {
            let _ = writeln!(out, "No problems found.");
        }
    }
    for f in &outcome.findings {
        finding_block(&mut out, f);
        let _ = writeln!(out);
    }
    for w in &outcome.working_settings {
        let _ = writeln!(
            out,
            "Works instead ({}): {}:{} security {}",
            w.panel, w.host, w.port, w.security
        );
    }
    let (symbol, word) = status_mark(outcome.status(), ascii);
    let _ = writeln!(out, "Result: {symbol} {word}");
    out
}
