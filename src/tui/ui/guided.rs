//! Guided mode: one check at a time, what to read to the person, and what the probes found.
//!
//! ```text
//! ┌Guided check · step 3 of 9───────────────────────────────┐
//! │✓ ✓ ✗ ? ? ? ? ? ?                                        │
//! │Port                                          ✗ problem  │
//! │Say to the user                                          │
//! │  Next to each server name there is a number …           │
//! │What the checks found                                    │
//! │  Incoming (POP3): tcp failed — connection refused       │
//! └─────────────────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::guide::{Check, assess, text};
use crate::tui::text::words;
use crate::tui::ui::wrap::hanging;

pub fn render(frame: &mut Frame, area: Rect, app: &App, step: usize) {
    let theme = &app.theme;
    let w = words(app.lang);
    let assessed = assess(&app.runs.view(), &app.findings, app.lang);
    let step = step.min(Check::ALL.len() - 1);
    let sep = if theme.ascii { " - " } else { " · " };
    let block = theme.block(true).title(Span::styled(
        format!(
            " {}{sep}{} {} / {} ",
            w.guided_title,
            w.guided_step,
            step + 1,
            Check::ALL.len()
        ),
        theme.title(),
    ));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let width = inner.width as usize;

    // The strip of all marks, the current one highlighted.
    let mut strip = Vec::new();
    for (i, a) in assessed.iter().enumerate() {
        let style = if i == step {
            theme.mark_style(a.mark).patch(theme.selected())
        } else {
            theme.mark_style(a.mark)
        };
        strip.push(Span::styled(theme.mark_symbol(a.mark).to_string(), style));
        strip.push(Span::raw(" "));
    }
    let mut lines = vec![Line::from(strip), Line::default()];

    let current = &assessed[step];
    let t = text(current.check, app.lang);
    lines.push(Line::from(vec![
        Span::styled(t.title, theme.title()),
        Span::raw("  "),
        Span::styled(
            format!(
                "{} {}",
                theme.mark_symbol(current.mark),
                w.mark(current.mark)
            ),
            theme.mark_style(current.mark),
        ),
    ]));
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        format!("{}:", w.guided_say),
        theme.key(),
    )));
    lines.extend(hanging(
        vec![Span::raw("  ")],
        t.say,
        ratatui::style::Style::default(),
        width,
    ));
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        format!("{}:", w.guided_found),
        theme.key(),
    )));
    if current.found.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {}", w.mark_unknown),
            theme.dim(),
        )));
    }
    for fact in &current.found {
        lines.extend(hanging(
            vec![Span::styled("  - ", theme.dim())],
            fact,
            ratatui::style::Style::default(),
            width,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
