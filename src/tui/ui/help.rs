//! Every key, by screen, generated from the key table in [`crate::tui::msg`].

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::msg::{Context, help_rows};
use crate::tui::text::words;

/// Width of the key column.
const KEY_COLUMN: usize = 20;

/// Draw the help; returns how many rows the content has (for scrolling).
pub fn render(frame: &mut Frame, area: Rect, app: &App, scroll: usize) -> usize {
    let theme = &app.theme;
    let w = words(app.lang);
    let block = theme
        .block(true)
        .title(Span::styled(format!(" {} ", w.help_title), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let mut lines: Vec<Line> = Vec::new();
    for context in Context::ALL {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(
            context.name(app.lang),
            theme.title(),
        )));
        for row in help_rows(context) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<KEY_COLUMN$}", row.keys), theme.key()),
                Span::raw(row.action.describe(app.lang)),
            ]));
        }
        if context.takes_text() {
            lines.push(Line::from(Span::styled(
                format!("  {:<KEY_COLUMN$}{}", "a-z 0-9", w.help_typing),
                theme.dim(),
            )));
        }
    }
    let total = lines.len();
    let scroll = scroll.min(total.saturating_sub(inner.height as usize));
    let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(shown), inner);
    total
}
