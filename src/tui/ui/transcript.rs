//! The focused panel's transcript: timestamped, `C:` sent / `S:` received / `*` probe notes,
//! wrapped, following the end unless scrolled back. Commands sent together without waiting
//! (pipelining) are announced, and each of their replies names the command it answers. Lines
//! matching the search are underlined, the selected one highlighted.
//!
//! ```text
//! ┌Transcript · Incoming (POP3) ↑3───────────────────────────────────┐
//! │┄ 2 sent at once, without waiting:                                │
//! │10:00:00.051 C: AUTH PLAIN ***                                    │
//! │10:00:00.051 C: STAT                                              │
//! │10:00:00.080 S: (answers AUTH PLAIN) -ERR [AUTH] Invalid login    │
//! │10:00:00.080 S: (answers STAT) -ERR Unknown command               │
//! │/err  2/2  n/N next/prev · y copy                                 │
//! └──────────────────────────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::finding::Lang;
use crate::tui::app::App;
use crate::tui::exchange::{LineNote, annotate};
use crate::tui::runs::StampedLine;
use crate::tui::search::selected_line;
use crate::tui::text::words;
use crate::tui::ui::clock::hms_millis;
use crate::tui::ui::wrap::hanging;

fn together_text(lang: Lang, n: usize) -> String {
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => format!("{n} sent at once, without waiting:"),
        Lang::Es => format!("{n} enviadas a la vez, sin esperar:"),
    }
}

fn answers_text(lang: Lang, command: &str) -> String {
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => format!("(answers {command}) "),
        Lang::Es => format!("(responde a {command}) "),
    }
}

/// `/text_` while typing; then the text, which match is shown of how many, and the keys.
fn search_line(app: &App, lines: &[StampedLine]) -> String {
    let search = &app.search;
    if search.typing {
        // Portuguese: English until this text moves to the locale files.
        let hint = match app.lang {
            Lang::En | Lang::Pt => "Enter find · Esc cancel",
            Lang::Es => "Intro buscar · Esc cancelar",
        };
        return format!("/{}_  {hint}", search.query);
    }
    let count = search.count(lines);
    let at = search
        .current
        .filter(|i| *i < lines.len())
        .map(|i| lines[..=i].iter().filter(|l| search.matches(l)).count());
    // Portuguese: English until this text moves to the locale files.
    let keys = match app.lang {
        Lang::En | Lang::Pt => "n/N next/prev · y copy",
        Lang::Es => "n/N sig./ant. · y copiar",
    };
    match at {
        Some(at) => format!("/{}  {at}/{count}  {keys}", search.query),
        None => format!("/{}  0/{count}  {keys}", search.query),
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, selected: bool) {
    let theme = &app.theme;
    let w = words(app.lang);
    let lines = app.runs.transcript(app.focus);
    let sep = if theme.ascii { " - " } else { " · " };
    let mut title = format!(
        " {}{sep}{} ",
        w.transcript,
        w.panel_speaking(app.focus, app.incoming_protocol())
    );
    if app.transcript_back > 0 {
        let up = if theme.ascii { "^" } else { "↑" };
        title.push_str(&format!("{up}{} ", app.transcript_back));
    }
    let search = &app.search;
    let block = theme
        .block(selected)
        .title(Span::styled(title, theme.title()));
    let mut inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    // The search line takes the pane's last row while there is a search.
    if (search.typing || !search.query.is_empty()) && inner.height >= 2 {
        let row = Rect {
            y: inner.y + inner.height - 1,
            height: 1,
            ..inner
        };
        inner.height -= 1;
        frame.render_widget(
            Paragraph::new(search_line(app, &lines)).style(theme.selected()),
            row,
        );
    }
    if lines.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(w.transcript_empty, theme.dim())),
            inner,
        );
        return;
    }
    let protocol = app.plan.as_deref().and_then(|p| p.protocol_of(app.focus));
    let notes = match protocol {
        Some(protocol) => annotate(&lines, protocol),
        None => vec![LineNote::default(); lines.len()],
    };
    let pick = selected_line(app).filter(|_| search.current.is_some());
    let rows_of = |i: usize| -> Vec<Line<'static>> {
        let line: &StampedLine = &lines[i];
        let note = &notes[i];
        let stamp = match line.at_ms {
            Some(at) => hms_millis(at, app.utc_offset_secs),
            None => " ".repeat(12),
        };
        let (prefix, mut style) = theme.direction(line.dir);
        if pick == Some(i) {
            style = style.patch(theme.selected());
        } else if search.matches(line) {
            style = style.add_modifier(Modifier::UNDERLINED | Modifier::BOLD);
        }
        let mut out = Vec::new();
        if note.together >= 2 {
            let mark = if theme.ascii { "--" } else { "┄" };
            // No time of its own: the lines below carry it, and the pane is narrow at 80.
            out.extend(hanging(
                Vec::new(),
                &format!("{mark} {}", together_text(app.lang, note.together)),
                theme.dim().add_modifier(Modifier::ITALIC),
                inner.width as usize,
            ));
        }
        let text = match &note.answers {
            Some(command) => format!("{}{}", answers_text(app.lang, command), line.text),
            None => line.text.clone(),
        };
        out.extend(hanging(
            vec![
                Span::styled(format!("{stamp} "), theme.dim()),
                Span::styled(format!("{prefix} "), style),
            ],
            &text,
            style,
            inner.width as usize,
        ));
        out
    };
    let height = inner.height as usize;
    // Lines of the first page, for scrolling to stop at.
    let mut first_page = 0;
    let mut used = 0;
    for i in 0..lines.len() {
        used += rows_of(i).len();
        if used > height {
            break;
        }
        first_page += 1;
    }
    app.transcript_first_page.set(first_page);
    let end = lines.len().saturating_sub(app.transcript_back).max(1);
    // Wrap from the end backwards until the pane is full…
    let mut before: Vec<Line> = Vec::new();
    for i in (0..end).rev() {
        let mut rows = rows_of(i);
        rows.reverse();
        before.extend(rows);
        if before.len() >= height {
            break;
        }
    }
    before.truncate(height);
    before.reverse();
    // …and when the start came first (scrolled to the top), fill the rest with what follows, so
    // the first page shows whole.
    let mut after: Vec<Line> = Vec::new();
    for i in end..lines.len() {
        if before.len() + after.len() >= height {
            break;
        }
        after.extend(rows_of(i));
    }
    before.extend(after);
    before.truncate(height);
    frame.render_widget(Paragraph::new(before), inner);
}
