//! The provider list with type-to-filter.
//!
//! ```text
//! ┌Pick a provider────────────────────────┐
//! │filter: gm_                            │
//! │▶ Gmail            pop.gmail.com:995   │
//! │  GMX (.com .es)   pop.gmx.com:995     │
//! └───────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::tui::app::{App, Picker};
use crate::tui::presets::filter;
use crate::tui::text::words;
use crate::tui::ui::wrap::{hanging, truncate};

pub fn render(frame: &mut Frame, area: Rect, app: &App, picker: &Picker) {
    let theme = &app.theme;
    let w = words(app.lang);
    let block = theme
        .block(true)
        .title(Span::styled(format!(" {} ", w.picker_title), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines = vec![Line::from(vec![
        Span::raw(format!("{}: ", w.picker_filter)),
        Span::styled(format!("{}_", picker.filter), theme.selected()),
    ])];
    let matches = filter(&app.presets, &picker.filter);
    if matches.is_empty() {
        lines.push(Line::from(Span::styled(w.picker_none, theme.dim())));
    }
    // Rows left for the list, keeping two for the note of the selected provider.
    let room = (inner.height as usize).saturating_sub(4).max(1);
    let first = picker.selected.saturating_sub(room - 1);
    for (row, index) in matches.iter().enumerate().skip(first).take(room) {
        let choice = &app.presets[*index];
        let servers = [choice.incoming.as_ref(), choice.outgoing.as_ref()]
            .into_iter()
            .flatten()
            .map(|e| format!("{}:{}", e.host, e.port))
            .collect::<Vec<_>>()
            .join("  ");
        let marker = if row == picker.selected {
            if theme.ascii { "> " } else { "▶ " }
        } else {
            "  "
        };
        let text = truncate(
            &format!("{marker}{:<22} {servers}", choice.name),
            width,
            theme.ascii,
        );
        let style = if row == picker.selected {
            theme.selected()
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    if let Some(note) = matches
        .get(picker.selected)
        .and_then(|i| app.presets[*i].note.as_ref())
    {
        lines.push(Line::default());
        lines.extend(hanging(Vec::new(), note, theme.dim(), width));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
