//! The findings, most important first, each with its explanation and numbered fix, then the
//! settings found to work instead (as `check` prints them); all panels or the focused one.
//!
//! ```text
//! ┌Hints (all panels)──────────────────────────────┐
//! │✗ error  The server refused the password         │
//! │  It answered -ERR [AUTH] to the password …      │
//! │  1. Check the user name is the full address.    │
//! └─────────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::finding::Lang;
use crate::model::StepStatus;
use crate::tui::app::{App, HintScope};
use crate::tui::text::words;
use crate::tui::ui::wrap::hanging;

/// How many evidence lines of a finding are shown.
const EVIDENCE_SHOWN: usize = 2;

/// Draw the hints; returns the number of rows the content needs (for scrolling).
pub fn render(frame: &mut Frame, area: Rect, app: &App, selected: bool) -> usize {
    let theme = &app.theme;
    let w = words(app.lang);
    let title = match app.hint_scope {
        HintScope::All => w.hints_all,
        HintScope::Focused => w.hints_focused,
    };
    let inner = theme.block(selected).inner(area);
    let lines = content(app, inner.width as usize);
    let total = lines.len();
    let max_scroll = total.saturating_sub(inner.height as usize);
    let scroll = app.hints_scroll.min(max_scroll);
    // Rows below the pane are counted in its title, with the key that brings them up.
    let below = max_scroll - scroll;
    // Portuguese: English until this text moves to the locale files.
    let more = match (below, app.lang) {
        (0, _) => String::new(),
        (n, Lang::En | Lang::Pt) => format!(
            "{} {n} more (PgDn) ",
            if theme.ascii { "- v" } else { "· ↓" }
        ),
        (n, Lang::Es) => format!(
            "{} {n} más (AvPág) ",
            if theme.ascii { "- v" } else { "· ↓" }
        ),
    };
    let block = theme
        .block(selected)
        .title(Span::styled(format!(" {title} {more}"), theme.title()));
    frame.render_widget(block, area);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(shown), inner);
    total
}

fn content<'a>(app: &App, width: usize) -> Vec<Line<'a>> {
    let theme = &app.theme;
    let w = words(app.lang);
    let findings = app.visible_findings();
    if findings.is_empty() {
        let view = app.runs.view();
        let done = app.active.is_none() && !view.panels.is_empty();
        // "No problems found" only when nothing in view failed.
        let failed = view
            .panels
            .iter()
            .filter(|p| app.hint_scope == HintScope::All || p.panel == app.focus)
            .any(|p| p.steps.iter().any(|s| s.status == StepStatus::Failed));
        // Nor while a panel's login has not run with these settings.
        let unchecked = app
            .panels()
            .into_iter()
            .filter(|p| app.hint_scope == HintScope::All || *p == app.focus)
            .any(|p| app.runs.panel(p).is_some_and(|v| v.login_unchecked));
        let (text, style) = match (done, failed, unchecked) {
            (false, _, _) => (w.hints_waiting, theme.dim()),
            (true, true, _) => (
                w.hints_failed_elsewhere,
                theme.status_style(StepStatus::Failed),
            ),
            (true, false, true) => (w.login_unchecked, theme.dim()),
            (true, false, false) => (w.hints_none, theme.status_style(StepStatus::Ok)),
        };
        return hanging(Vec::new(), text, style, width);
    }
    let mut lines = Vec::new();
    for (i, finding) in findings.iter().enumerate() {
        if i > 0 {
            lines.push(Line::default());
        }
        let severity = theme.severity_style(finding.severity);
        lines.extend(hanging(
            vec![Span::styled(
                format!(
                    "{} {} ",
                    theme.severity_symbol(finding.severity),
                    w.severity(finding.severity)
                ),
                severity,
            )],
            &finding.title,
            severity.add_modifier(Modifier::BOLD),
            width,
        ));
        if !finding.explanation.is_empty() {
            lines.extend(hanging(
                vec![Span::raw("  ")],
                &finding.explanation,
                ratatui::style::Style::default(),
                width,
            ));
        }
        for (n, step) in finding.fix.iter().enumerate() {
            lines.extend(hanging(
                vec![Span::styled(format!("  {}. ", n + 1), theme.key())],
                step,
                ratatui::style::Style::default(),
                width,
            ));
        }
        for evidence in finding.evidence.iter().take(EVIDENCE_SHOWN) {
            lines.extend(hanging(
                vec![Span::styled("  > ", theme.dim())],
                evidence,
                theme.dim(),
                width,
            ));
        }
    }
    let shown = |panel| app.hint_scope == HintScope::All || panel == app.focus;
    for setting in app.working_settings.iter().filter(|s| shown(s.panel)) {
        lines.push(Line::default());
        lines.extend(hanging(
            vec![Span::styled(
                format!("{} ", theme.status_symbol(StepStatus::Ok, 0)),
                theme.status_style(StepStatus::Ok),
            )],
            &format!(
                "{} ({}): {}:{} {}",
                w.works_instead,
                w.panel_speaking(setting.panel, app.incoming_protocol()),
                setting.host,
                setting.port,
                w.security_name(setting.security)
            ),
            theme.status_style(StepStatus::Ok),
            width,
        ));
    }
    lines
}
