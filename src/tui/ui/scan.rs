//! The port × security scan of one server, and picking a working combination. Each row says in
//! words whether the setting works, works only with a certificate this machine does not trust,
//! works only without encryption, or does not work and why; never an internal code.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::account::{Protocol, Security};
use crate::finding::Lang;
use crate::model::StepStatus;
use crate::port_scan::Verdict;
use crate::tui::app::{App, ScanView};
use crate::tui::engine::ScanRow;
use crate::tui::text::{fixed, words};
use crate::tui::ui::wrap::hanging;

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &ScanView) {
    let theme = &app.theme;
    let w = words(app.lang);
    let host = app
        .plan
        .as_deref()
        .and_then(|p| match view.protocol {
            Protocol::Pop3 | Protocol::Imap => p.incoming.as_ref(),
            Protocol::Smtp => p.outgoing.as_ref(),
        })
        .map(|e| e.host.clone())
        .unwrap_or_default();
    let sep = if theme.ascii { " - " } else { " · " };
    let block = theme.block(true).title(Span::styled(
        format!(" {}{sep}{} {host} ", w.scan_title, view.protocol.as_str()),
        theme.title(),
    ));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    match &view.result {
        None => lines.push(Line::from(Span::styled(
            format!(
                "{} {}",
                theme.status_symbol(StepStatus::Running, app.spinner),
                w.scan_running
            ),
            theme.status_style(StepStatus::Running),
        ))),
        Some(Err(e)) => lines.extend(hanging(Vec::new(), e, theme.error_text(), width)),
        Some(Ok(rows)) => {
            lines.extend(hanging(Vec::new(), w.scan_pick, theme.dim(), width));
            // Above the rows, so it shows however many rows wrap below.
            if rows.get(view.selected).is_some_and(|row| {
                row.security == Security::None && row.status != StepStatus::Failed
            }) {
                lines.extend(hanging(
                    Vec::new(),
                    w.scan_unencrypted,
                    theme.error_text(),
                    width,
                ));
            }
            lines.push(Line::default());
            for (i, row) in rows.iter().enumerate() {
                let style = if i == view.selected {
                    theme.status_style(row.status).patch(theme.selected())
                } else {
                    theme.status_style(row.status)
                };
                let head = format!(
                    "{} {:>5}  {:<9} ",
                    theme.status_symbol(row.status, 0),
                    row.port,
                    w.security_name(row.security),
                );
                // Wrapped, not cut: the reason is what the technician reads out.
                lines.extend(hanging(
                    vec![Span::styled(head, style)],
                    &row_words(app.lang, row),
                    style,
                    width,
                ));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// What a row means, in words, then what the server said or why it did not work.
pub fn row_words(lang: Lang, row: &ScanRow) -> String {
    let key = match row.verdict {
        Verdict::Works if row.security == Security::None => "tui-scan-works-unencrypted",
        Verdict::Works if row.recommended => "tui-scan-works-recommended",
        Verdict::Works => "tui-scan-works",
        Verdict::Certificate => "tui-scan-certificate",
        Verdict::NeedsTls => "tui-scan-needs-tls",
        Verdict::NotTls => "tui-scan-not-tls",
        Verdict::NoStarttls => "tui-scan-no-starttls",
        Verdict::Refused => "tui-scan-refused",
        Verdict::Timeout => "tui-scan-timeout",
        Verdict::Other => "tui-scan-other",
    };
    let said = fixed(lang, key);
    if row.detail.is_empty() {
        said.to_string()
    } else {
        format!("{said} ({})", row.detail.render(lang))
    }
}
