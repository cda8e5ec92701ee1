//! Every step of the focused panel in full (Enter): each step's whole detail, what it was aimed
//! at, the command and reply that decided it, then the panel's transcript; it scrolls.
//!
//! ```text
//! ┌Outgoing (SMTP) · every step──────────────────────────────────┐
//! │✓ ok      tls       38 ms                                     │
//! │    TLSv1.3, certificate valid                                │
//! │✗ failed  login     40 ms                                     │
//! │    535 5.7.8 Authentication credentials invalid              │
//! │    C: AUTH PLAIN ***                                         │
//! │    S: 535 5.7.8 Authentication credentials invalid           │
//! │Transcript                                                    │
//! │22:13:20.132 * connected to 192.0.2.25:587                    │
//! └──────────────────────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::finding::Lang;
use crate::model::{Evidence, StepStatus};
use crate::tui::app::App;
use crate::tui::text::{fixed, words};
use crate::tui::ui::clock::{duration, hms_millis};
use crate::tui::ui::wrap::{hanging, truncate};

fn every_step(lang: Lang) -> &'static str {
    fixed(lang, "tui-every-step")
}

/// Draw the view; returns how many rows its content has (for scrolling).
pub fn render(frame: &mut Frame, area: Rect, app: &App, scroll: usize) -> usize {
    let theme = &app.theme;
    let w = words(app.lang);
    let sep = if theme.ascii { " - " } else { " · " };
    let title = truncate(
        &format!(
            " {}{sep}{} ",
            w.panel_speaking(app.focus, app.incoming_protocol()),
            every_step(app.lang)
        ),
        area.width.saturating_sub(2) as usize,
        theme.ascii,
    );
    let block = theme.block(true).title(Span::styled(title, theme.title()));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let lines = content(app, inner.width as usize);
    let total = lines.len();
    let scroll = scroll.min(total.saturating_sub(inner.height as usize));
    let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(shown), inner);
    total
}

fn content<'a>(app: &App, room: usize) -> Vec<Line<'a>> {
    let theme = &app.theme;
    let w = words(app.lang);
    let mut lines = Vec::new();
    let Some(view) = app.runs.panel(app.focus) else {
        lines.push(Line::from(Span::styled(w.not_run_yet, theme.dim())));
        return lines;
    };
    let indent = || vec![Span::raw("    ")];
    for step in &view.report.steps {
        let style = theme.status_style(step.status);
        let time = match step.status {
            StepStatus::Running | StepStatus::Pending => String::new(),
            _ => duration(step.elapsed_ms),
        };
        lines.push(Line::from(Span::styled(
            format!(
                "{} {:<8} {:<9} {time}",
                theme.status_symbol(step.status, app.spinner),
                w.status(step.status),
                step.step.label(app.lang)
            ),
            style,
        )));
        let important = matches!(step.status, StepStatus::Failed | StepStatus::Warn);
        let detail_style = if important { style } else { Style::default() };
        if let Some(target) = &step.target {
            lines.extend(hanging(indent(), target, theme.dim(), room));
        }
        if !step.detail.is_empty() {
            lines.extend(hanging(
                indent(),
                &step.detail.render(app.lang),
                detail_style,
                room,
            ));
        }
        match &step.evidence {
            Some(Evidence::Reply { sent, reply }) => {
                if let Some(sent) = sent {
                    lines.extend(hanging(
                        vec![Span::raw("    "), Span::styled("C: ", theme.key())],
                        sent,
                        Style::default(),
                        room,
                    ));
                }
                if step.detail != reply.as_str() {
                    lines.extend(hanging(
                        vec![Span::raw("    "), Span::styled("S: ", theme.key())],
                        reply,
                        Style::default(),
                        room,
                    ));
                }
            }
            Some(Evidence::Io { message, .. })
                if step.detail.render(app.lang) != message.render(app.lang) =>
            {
                let message = message.render(app.lang);
                lines.extend(hanging(indent(), &message, theme.dim(), room));
            }
            _ => {}
        }
    }
    let transcript = app.runs.transcript(app.focus);
    if !transcript.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(w.transcript, theme.title())));
        for line in transcript {
            let stamp = match line.at_ms {
                Some(at) => hms_millis(at, app.utc_offset_secs),
                None => " ".repeat(12),
            };
            let (prefix, style) = theme.direction(line.dir);
            lines.extend(hanging(
                vec![
                    Span::styled(format!("{stamp} "), theme.dim()),
                    Span::styled(format!("{prefix} "), style),
                ],
                &line.text.render(app.lang),
                style,
                room,
            ));
        }
    }
    lines
}
