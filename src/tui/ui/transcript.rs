//! The focused panel's transcript: timestamped, `C:` sent / `S:` received / `*` probe notes,
//! wrapped, following the end unless scrolled back.
//!
//! ```text
//! ┌Transcript · Incoming (POP3)───────────────────┐
//! │10:00:00.021 * connected to 192.0.2.10:995      │
//! │10:00:00.050 S: +OK Dovecot ready.              │
//! │10:00:00.051 C: USER alice                      │
//! └────────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::App;
use crate::tui::text::words;
use crate::tui::ui::clock::hms_millis;
use crate::tui::ui::wrap::hanging;

pub fn render(frame: &mut Frame, area: Rect, app: &App, selected: bool) {
    let theme = &app.theme;
    let w = words(app.lang);
    let lines = app.runs.transcript(app.focus);
    let sep = if theme.ascii { " - " } else { " · " };
    let mut title = format!(" {}{sep}{} ", w.transcript, w.panel(app.focus));
    if app.transcript_back > 0 {
        let up = if theme.ascii { "^" } else { "↑" };
        title.push_str(&format!("{up}{} ", app.transcript_back));
    }
    let block = theme
        .block(selected)
        .title(Span::styled(title, theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    if lines.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(w.transcript_empty, theme.dim())),
            inner,
        );
        return;
    }
    let end = lines.len().saturating_sub(app.transcript_back);
    let height = inner.height as usize;
    // Wrap from the end backwards until the pane is full.
    let mut rows: Vec<Line> = Vec::new();
    for line in lines[..end].iter().rev() {
        let stamp = match line.at_ms {
            Some(at) => hms_millis(at, app.utc_offset_secs),
            None => " ".repeat(12),
        };
        let (prefix, style) = theme.direction(line.dir);
        let wrapped = hanging(
            vec![
                Span::styled(format!("{stamp} "), theme.dim()),
                Span::styled(format!("{prefix} "), style),
            ],
            &line.text,
            style,
            inner.width as usize,
        );
        for row in wrapped.into_iter().rev() {
            rows.push(row);
        }
        if rows.len() >= height {
            break;
        }
    }
    rows.truncate(height);
    rows.reverse();
    frame.render_widget(Paragraph::new(rows), inner);
}
