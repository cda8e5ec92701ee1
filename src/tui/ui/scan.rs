//! The port × security scan of one server, and picking a working combination.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::account::{Protocol, Security};
use crate::model::StepStatus;
use crate::tui::app::{App, ScanView};
use crate::tui::text::words;
use crate::tui::ui::wrap::{hanging, truncate};

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
            lines.push(Line::default());
            for (i, row) in rows.iter().enumerate() {
                let text = format!(
                    "{} {:<9}{:>5}  {:<9} {}",
                    theme.status_symbol(row.status, 0),
                    w.status(row.status),
                    row.port,
                    w.security_name(row.security),
                    row.detail
                );
                let style = if i == view.selected {
                    theme.status_style(row.status).patch(theme.selected())
                } else {
                    theme.status_style(row.status)
                };
                lines.push(Line::from(Span::styled(
                    truncate(&text, width, theme.ascii),
                    style,
                )));
            }
            if rows.get(view.selected).is_some_and(|row| {
                row.security == Security::None && row.status != StepStatus::Failed
            }) {
                lines.push(Line::default());
                lines.extend(hanging(
                    Vec::new(),
                    w.scan_unencrypted,
                    theme.error_text(),
                    width,
                ));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
