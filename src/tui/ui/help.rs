//! Every key, by screen, generated from the key table in [`crate::tui::msg`], then what the
//! symbols, the sparkline and the transcript marks mean. It scrolls, and `/` narrows it to the
//! rows that contain what is typed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::finding::Lang;
use crate::model::{Direction, StepStatus};
use crate::tui::app::{App, HelpSearch};
use crate::tui::msg::{Context, help_rows, key_name};
use crate::tui::text::words;
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
            // Long keys push the text to the next row; long texts wrap under themselves.
            let key = format!("  {:<KEY_COLUMN$}", row.key);
            if width(&key) > KEY_COLUMN + 2 {
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
        // Portuguese: English until this text moves to the locale files.
        let none = match app.lang {
            Lang::En | Lang::Pt => "No key matches: Backspace deletes, Esc clears the search.",
            Lang::Es => "Ninguna tecla coincide: Retroceso borra, Esc vacía la búsqueda.",
        };
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
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => "What the symbols mean",
        Lang::Es => "Qué significan los símbolos",
    }
}

/// Each status symbol with its word and meaning, the sparkline and the transcript marks.
fn legend(app: &App) -> Vec<Row> {
    let theme: &Theme = &app.theme;
    let w = words(app.lang);
    let es = app.lang == Lang::Es;
    let say = |en: &str, es_text: &str| {
        if es {
            es_text.to_string()
        } else {
            en.to_string()
        }
    };
    let mut rows = Vec::new();
    for (status, en, es_text) in [
        (StepStatus::Ok, "the step worked", "el paso funcionó"),
        (
            StepStatus::Warn,
            "it worked, with something to look at",
            "funcionó, pero hay algo que mirar",
        ),
        (
            StepStatus::Failed,
            "the step failed: the hints say why and how to fix it",
            "el paso falló: los consejos dicen por qué y cómo arreglarlo",
        ),
        (StepStatus::Running, "running now", "en curso"),
        (
            StepStatus::Pending,
            "waiting its turn",
            "esperando su turno",
        ),
        (
            StepStatus::Skipped,
            "not run: an earlier step failed, or it does not apply",
            "no se hizo: falló un paso anterior, o no hace falta",
        ),
    ] {
        rows.push(Row {
            key: format!("{} {}", theme.status_symbol(status, 0), w.status(status)),
            text: say(en, es_text),
            key_style: theme.status_style(status),
            text_style: Style::default(),
        });
    }
    rows.push(Row {
        key: format!(
            "{} {}",
            theme.mark_symbol(crate::tui::guide::Mark::Unknown),
            say("guided check", "guiada")
        ),
        text: say(
            "in the guided check: the person checks it, no check could",
            "en la comprobación guiada: lo comprueba la persona, ninguna prueba podía",
        ),
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
        text: say(
            "time to connect at each check, the newest on the right",
            "tiempo de conexión en cada comprobación, la última a la derecha",
        ),
        key_style: theme.status_style(StepStatus::Running),
        text_style: Style::default(),
    });
    rows.push(Row {
        key: absent.to_string(),
        text: say(
            "in the sparkline: that check could not connect",
            "en la gráfica: esa comprobación no pudo conectar",
        ),
        key_style: theme.status_style(StepStatus::Failed),
        text_style: Style::default(),
    });
    for (dir, en, es_text) in [
        (
            Direction::Sent,
            "in the transcript: what mailtriage sent (secrets as ***)",
            "en el diálogo: lo que mailtriage envió (secretos como ***)",
        ),
        (
            Direction::Received,
            "in the transcript: what the server answered",
            "en el diálogo: lo que respondió el servidor",
        ),
        (
            Direction::Info,
            "in the transcript: a note of mailtriage's own",
            "en el diálogo: una nota de mailtriage",
        ),
    ] {
        let (prefix, style) = theme.direction(dir);
        rows.push(Row {
            key: prefix.trim().to_string(),
            text: say(en, es_text),
            key_style: style,
            text_style: Style::default(),
        });
    }
    rows
}
