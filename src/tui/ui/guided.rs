//! Guided mode: the steps as a labelled row (the current one marked), then the current step:
//! what to read to the person, numbered in the order they act, and what the checks found.
//!
//! ```text
//! ┌Guided check · step 5 of 7──────────────────────────────────────────────┐
//! │✓ Internet  ✓ Server  ✓ Port  ✓ Encryption  [✗ App password]  ? Copy    │
//! │                                                                        │
//! │An app password is needed                                   ✗ problem   │
//! │Say to the person:                                                      │
//! │  1. Create an app password at https://…                                │
//! │What the checks found:                                                  │
//! │  The account has two-step verification, …                              │
//! └────────────────────────────────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::guide::{Guide, guide_of};
use crate::tui::text::words;
use crate::tui::theme::Theme;
use crate::tui::ui::wrap::{hanging, width};

pub fn render(frame: &mut Frame, area: Rect, app: &App, step: usize) {
    let theme = &app.theme;
    let w = words(app.lang);
    let guide = guide_of(app);
    let sep = if theme.ascii { " - " } else { " · " };
    let step = step.min(guide.len().saturating_sub(1));
    let block = theme.block(true).title(Span::styled(
        format!(
            " {}{sep}{} {} / {} ",
            w.guided_title,
            w.guided_step,
            step + 1,
            guide.len()
        ),
        theme.title(),
    ));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let Some(current) = guide.steps.get(step) else {
        return;
    };
    let room = inner.width as usize;
    let mut lines = progress(&guide, step, theme, room);
    lines.push(Line::default());

    let mark = format!(
        "{} {}",
        theme.mark_symbol(current.mark),
        w.mark(current.mark)
    );
    let title_room = room.saturating_sub(width(&mark) + 2);
    let mut title_lines = hanging(Vec::new(), &current.title, theme.title(), title_room.max(8));
    if let Some(first) = title_lines.first_mut() {
        first.spans.push(Span::raw("  "));
        first
            .spans
            .push(Span::styled(mark, theme.mark_style(current.mark)));
    }
    lines.extend(title_lines);
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        format!("{}:", w.guided_say),
        theme.key(),
    )));
    let numbered = current.say.len() > 1;
    for (i, line) in current.say.iter().enumerate() {
        let prefix = if numbered {
            format!("  {}. ", i + 1)
        } else {
            "  ".to_string()
        };
        lines.extend(hanging(
            vec![Span::styled(prefix, theme.key())],
            line,
            Style::default(),
            room,
        ));
    }
    if !current.found.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!("{}:", w.guided_found),
            theme.key(),
        )));
        for fact in &current.found {
            lines.extend(hanging(vec![Span::raw("  ")], fact, theme.dim(), room));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The steps as `✓ Internet  ✓ Server  [✗ App password]  ? Copy`, wrapped to the width; the
/// current step in brackets and highlighted.
fn progress<'a>(guide: &Guide, current: usize, theme: &Theme, room: usize) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    for (i, step) in guide.steps.iter().enumerate() {
        let symbol = theme.mark_symbol(step.mark);
        let item = if i == current {
            format!("[{symbol} {}]", step.label)
        } else {
            format!("{symbol} {}", step.label)
        };
        let gap = if spans.is_empty() { 0 } else { 2 };
        if used + gap + width(&item) > room && !spans.is_empty() {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        } else if gap > 0 {
            spans.push(Span::raw("  "));
            used += gap;
        }
        let style = if i == current {
            theme.mark_style(step.mark).patch(theme.selected())
        } else {
            theme.mark_style(step.mark)
        };
        used += width(&item);
        spans.push(Span::styled(item, style));
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}
