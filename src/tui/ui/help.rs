//! Every key, by screen, generated from the key table in [`crate::tui::msg`], then what the
//! symbols, the sparkline and the transcript marks mean. It scrolls, and `/` narrows it to the
//! rows that contain what is typed.

use mailtriage_core::i18n;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::finding::Lang;
use crate::model::{Direction, StepStatus};
use crate::tui::app::{App, HelpSearch};
use crate::tui::msg::{Context, help_rows, key_name};
use crate::tui::text::{fixed, words};
use crate::tui::theme::Theme;
use crate::tui::ui::wrap::{hanging, width};

/// Width of the key column.
const KEY_COLUMN: usize = 20;

/// One row of the help: what is pressed (or seen) and what it does (or means).
struct Row {
    key: String,
    text: String,
    key_style: Style,
    text_style: Style,
}

/// Draw the help; returns how many rows the content has (for scrolling).
pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    scroll: usize,
    search: &HelpSearch,
) -> usize {
    let theme = &app.theme;
    let w = words(app.lang);
    let sep = if theme.ascii { " - " } else { " · " };
    let mut title = format!(" {} ", w.help_title);
    if search.typing || !search.text.is_empty() {
        let cursor = if search.typing { "_" } else { "" };
        title = format!(" {}{sep}/{}{cursor} ", w.help_title, search.text);
    }
    let block = theme.block(true).title(Span::styled(title, theme.title()));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let needle = search.text.to_lowercase();
    let mut lines: Vec<Line> = Vec::new();
    let mut sections: Vec<(&str, Vec<Row>)> = Context::ALL
        .iter()
        .map(|context| (context.name(app.lang), key_rows(app, *context)))
        .collect();
    sections.push((legend_title(app.lang), legend(app)));
    for (name, rows) in sections {
        let rows: Vec<Row> = rows
            .into_iter()
            .filter(|r| {
                needle.is_empty()
                    || r.key.to_lowercase().contains(&needle)
                    || r.text.to_lowercase().contains(&needle)
                    || name.to_lowercase().contains(&needle)
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(name.to_string(), theme.title())));
        for row in rows {
            // Keys that fill the column push the text to the next row, so a space always
            // parts them; long texts wrap under themselves.
            let key = format!("  {:<KEY_COLUMN$}", row.key);
            if width(&row.key) >= KEY_COLUMN {
                lines.push(Line::from(Span::styled(key, row.key_style)));
                lines.extend(hanging(
                    vec![Span::raw(" ".repeat(KEY_COLUMN + 2))],
                    &row.text,
                    row.text_style,
                    inner.width as usize,
                ));
            } else {
                lines.extend(hanging(
                    vec![Span::styled(key, row.key_style)],
                    &row.text,
                    row.text_style,
                    inner.width as usize,
                ));
            }
        }
    }
    if lines.is_empty() {
        let none = i18n::text_with(
            app.lang,
            "tui-help-no-match",
            &[("backspace", key_name("Backspace", app.lang).into())],
        );
        lines.push(Line::from(Span::styled(none, theme.dim())));
    }
    let total = lines.len();
    let scroll = scroll.min(total.saturating_sub(inner.height as usize));
    let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(shown), inner);
    total
}

/// The keys of one screen, in the reader's language.
fn key_rows(app: &App, context: Context) -> Vec<Row> {
    let theme = &app.theme;
    let w = words(app.lang);
    let mut rows: Vec<Row> = help_rows(context)
        .into_iter()
        .map(|row| Row {
            key: row
                .keys
                .split(", ")
                .map(|k| key_name_owned(k, app.lang))
                .collect::<Vec<_>>()
                .join(", "),
            text: row.action.describe(app.lang).to_string(),
            key_style: theme.key(),
            text_style: Style::default(),
        })
        .collect();
    if context.takes_text() {
        rows.push(Row {
            key: "a-z 0-9".into(),
            text: w.help_typing.to_string(),
            key_style: theme.dim(),
            text_style: theme.dim(),
        });
    }
    rows
}

/// [`key_name`] for a label borrowed from a joined string.
fn key_name_owned(label: &str, lang: Lang) -> String {
    crate::tui::msg::KEYS
        .iter()
        .find(|b| b.label == label)
        .map_or_else(
            || label.to_string(),
            |b| key_name(b.label, lang).to_string(),
        )
}

fn legend_title(lang: Lang) -> &'static str {
    fixed(lang, "tui-legend-title")
}

/// Each status symbol with its word and meaning, the sparkline and the transcript marks.
fn legend(app: &App) -> Vec<Row> {
    let theme: &Theme = &app.theme;
    let w = words(app.lang);
    let say = |key: &'static str| fixed(app.lang, key).to_string();
    let mut rows = Vec::new();
    for (status, key) in [
        (StepStatus::Ok, "tui-legend-ok"),
        (StepStatus::Warn, "tui-legend-warn"),
        (StepStatus::Failed, "tui-legend-failed"),
        (StepStatus::Running, "tui-legend-running"),
        (StepStatus::Pending, "tui-legend-pending"),
        (StepStatus::Skipped, "tui-legend-skipped"),
    ] {
        rows.push(Row {
            key: format!("{} {}", theme.status_symbol(status, 0), w.status(status)),
            text: say(key),
            key_style: theme.status_style(status),
            text_style: Style::default(),
        });
    }
    rows.push(Row {
        key: format!(
            "{} {}",
            theme.mark_symbol(crate::tui::guide::Mark::Unknown),
            say("tui-legend-guided")
        ),
        text: say("tui-legend-guided-unknown"),
        key_style: theme.dim(),
        text_style: Style::default(),
    });
    let bars = theme.bar_set();
    let absent = if theme.ascii { "x" } else { "×" };
    rows.push(Row {
        key: format!(
            "{} {}{}{}",
            w.latency, bars.one_eighth, bars.half, bars.full
        ),
        text: say("tui-legend-sparkline"),
        key_style: theme.status_style(StepStatus::Running),
        text_style: Style::default(),
    });
    rows.push(Row {
        key: absent.to_string(),
        text: say("tui-legend-sparkline-absent"),
        key_style: theme.status_style(StepStatus::Failed),
        text_style: Style::default(),
    });
    for (dir, key) in [
        (Direction::Sent, "tui-legend-sent"),
        (Direction::Received, "tui-legend-received"),
        (Direction::Info, "tui-legend-info"),
    ] {
        let (prefix, style) = theme.direction(dir);
        rows.push(Row {
            key: prefix.trim().to_string(),
            text: say(key),
            key_style: style,
            text_style: Style::default(),
        });
    }
    rows
}
