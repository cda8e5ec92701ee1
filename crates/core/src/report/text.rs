//! The plain-text report of `check`: one line per step with a symbol, the step, its timing and a
//! short detail, then the findings with numbered fixes. Its words are the `report-…` texts of
//! the locale files, in the language of the outcome.

use std::borrow::Cow;
use std::fmt::Write;

use fluent_bundle::FluentValue;

use crate::account::Security;
use crate::finding::{Finding, Lang, Severity};
use crate::i18n;
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

/// The word of a status in the reader's language (`report-status-<status>`).
pub fn status_word(status: StepStatus, lang: Lang) -> Cow<'static, str> {
    i18n::text(lang, &format!("report-status-{}", status.as_str()))
}

/// A security mode as the reports write it (`report-security-<mode>`).
pub fn security_word(security: Security, lang: Lang) -> Cow<'static, str> {
    i18n::text(lang, &format!("report-security-{}", security.as_str()))
}

/// A panel as the reports name it in a finding's heading (`report-panel-word-<panel>`).
pub fn panel_word(panel: Panel, lang: Lang) -> Cow<'static, str> {
    i18n::text(lang, &format!("report-panel-word-{}", panel.as_str()))
}

pub(crate) fn arg<'a>(
    name: &'a str,
    value: impl Into<FluentValue<'a>>,
) -> (&'a str, FluentValue<'a>) {
    (name, value.into())
}

fn panel_title(p: &PanelReport, lang: Lang) -> String {
    let name = match p.panel {
        Panel::Network => i18n::text(lang, "report-panel-network").into_owned(),
        Panel::Incoming => i18n::text_with(
            lang,
            "report-panel-incoming",
            &[arg(
                "protocol",
                p.protocol.map_or("POP3", |protocol| protocol.as_str()),
            )],
        ),
        Panel::ImapBeside => {
            i18n::text_with(lang, "report-panel-incoming", &[arg("protocol", "IMAP")])
        }
        Panel::Outgoing => i18n::text(lang, "report-panel-outgoing").into_owned(),
    };
    match (&p.server, p.security) {
        (Some(s), Some(sec)) => i18n::text_with(
            lang,
            "report-panel-server-security",
            &[
                arg("name", name),
                arg("server", format!("{}:{}", s.host, s.port)),
                arg("security", security_word(sec, lang)),
            ],
        ),
        (Some(s), None) => format!("{name}  {}:{}", s.host, s.port),
        _ => name,
    }
}

fn step_line(out: &mut String, s: &StepRecord, ascii: bool, lang: Lang) {
    let (symbol, _) = status_mark(s.status, ascii);
    let word = status_word(s.status, lang);
    let label = s.step.label(lang);
    let name = match &s.target {
        Some(t) => format!("{label} {t}"),
        None => label.into_owned(),
    };
    let _ = writeln!(
        out,
        "  {symbol} {word:<7} {name:<28} {:>9.1} ms  {}",
        s.elapsed_ms,
        s.detail.render(lang)
    );
}

fn evidence_line(s: &StepRecord, lang: Lang) -> Option<String> {
    use crate::model::Evidence;
    let text = match s.evidence.as_ref()? {
        Evidence::Reply { sent, reply } => match sent {
            Some(sent) => i18n::text_with(
                lang,
                "report-server-said-after",
                &[arg("sent", sent.as_str()), arg("reply", reply.as_str())],
            ),
            None => i18n::text_with(lang, "report-server-said", &[arg("reply", reply.as_str())]),
        },
        Evidence::Io { message: said, .. }
        | Evidence::Tls { message: said, .. }
        | Evidence::SpeaksTls { how: said }
        | Evidence::Declined { reason: said } => said.render(lang).into_owned(),
    };
    // A detail that already says it all needs no second line.
    (text != s.detail.render(lang)).then(|| text.replace('\n', " | "))
}

/// The heading word of a finding's severity (`report-severity-<severity>`).
pub fn severity_label(severity: Severity, lang: Lang) -> Cow<'static, str> {
    i18n::text(lang, &format!("report-severity-{}", severity.as_str()))
}

fn finding_block(out: &mut String, f: &Finding, lang: Lang) {
    let label = severity_label(f.severity, lang);
    let panel = panel_word(f.panel, lang);
    let _ = writeln!(out, "{label} [{}] ({panel}) {}", f.id, f.title);
    for line in f.explanation.lines() {
        let _ = writeln!(out, "  {line}");
    }
    for (i, step) in f.fix.iter().enumerate() {
        let _ = writeln!(out, "  {}. {step}", i + 1);
    }
    let evidence = i18n::text(lang, "report-evidence-line");
    for e in &f.evidence {
        let _ = writeln!(out, "  {evidence} {}", e.replace('\n', " | "));
    }
}

/// The whole report, in the language the outcome's findings were written in.
pub fn render(outcome: &Outcome, ascii: bool) -> String {
    let lang = outcome.lang;
    let mut out = String::new();
    if let Some(source) = &outcome.account_source {
        let lines = source.describe(outcome.lang);
        for line in &lines {
            let _ = writeln!(out, "{}", crate::sanitize::sanitize_str(line));
        }
        if !lines.is_empty() {
            let _ = writeln!(out);
        }
    }
    for p in &outcome.state.panels {
        let _ = writeln!(out, "{}", panel_title(p, lang));
        for s in &p.steps {
            step_line(&mut out, s, ascii, lang);
            if (s.status == StepStatus::Failed || s.status == StepStatus::Warn)
                && let Some(e) = evidence_line(s, lang)
            {
                let _ = writeln!(out, "      {e}");
            }
        }
        if let Some(tls) = &p.tls {
            let _ = writeln!(
                out,
                "  {}",
                i18n::text_with(
                    lang,
                    "report-certificate",
                    &[
                        arg(
                            "verdict",
                            i18n::text(lang, &format!("report-cert-{}", tls.verdict.as_str())),
                        ),
                        arg("detail", tls.verdict_detail.render(lang)),
                    ],
                )
            );
        }
        let _ = writeln!(out);
    }
    if outcome.findings.is_empty() {
        if outcome.state.any_failed() {
            let _ = writeln!(out, "{}", i18n::text(lang, "report-a-step-failed"));
        } else {
            let _ = writeln!(out, "{}", i18n::text(lang, "report-no-problems"));
        }
    }
    for f in &outcome.findings {
        finding_block(&mut out, f, lang);
        let _ = writeln!(out);
    }
    for w in &outcome.working_settings {
        let _ = writeln!(
            out,
            "{}",
            i18n::text_with(
                lang,
                "report-works-instead",
                &[
                    arg("panel", panel_word(w.panel, lang)),
                    arg("server", format!("{}:{}", w.host, w.port)),
                    arg("security", security_word(w.security, lang)),
                ],
            )
        );
    }
    let (symbol, _) = status_mark(outcome.status(), ascii);
    let word = status_word(outcome.status(), lang);
    let _ = writeln!(
        out,
        "{}",
        i18n::text_with(
            lang,
            "report-result",
            &[arg("symbol", symbol), arg("status", word)],
        )
    );
    out
}
