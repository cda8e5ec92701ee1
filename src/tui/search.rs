//! Searching the transcript pane (`/` text, `n`/`N` next and previous match) and copying its
//! selected line to the technician's clipboard over SSH with OSC 52 (`y`).
//!
//! The transcript is already redacted (passwords and their encodings are `***`) and sanitized;
//! the copied text is sanitized once more and sent base64-encoded, so nothing a server sent can
//! end the OSC 52 sequence or start another.

use base64::Engine as _;

use crate::finding::Lang;
use crate::tui::app::{App, LowerPane, Notice};
use crate::tui::msg::Action;
use crate::tui::runs::StampedLine;
use crate::tui::update::Cmd;

/// Longest search text.
const MAX_QUERY_CHARS: usize = 64;

/// The transcript search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranscriptSearch {
    pub query: String,
    /// The text is being typed (keys go to the query).
    pub typing: bool,
    /// The line of the match shown, an index into the focused panel's transcript.
    pub current: Option<usize>,
}

impl TranscriptSearch {
    pub fn push(&mut self, c: char) {
        if !c.is_control() && self.query.chars().count() < MAX_QUERY_CHARS {
            self.query.push(c);
        }
    }

    /// Whether a line matches the query (letter case ignored). An empty query matches nothing.
    pub fn matches(&self, line: &StampedLine) -> bool {
        !self.query.is_empty() && contains_ignoring_case(&line.text, &self.query)
    }

    /// The next (or previous) matching line after (before) `from`, wrapping around.
    pub fn find(&self, lines: &[StampedLine], from: usize, forward: bool) -> Option<usize> {
        let n = lines.len();
        if n == 0 || self.query.is_empty() {
            return None;
        }
        (1..=n)
            .map(|step| {
                if forward {
                    (from + step) % n
                } else {
                    (from + n - step % n) % n
                }
            })
            .find(|i| self.matches(&lines[*i]))
    }

    /// How many lines match.
    pub fn count(&self, lines: &[StampedLine]) -> usize {
        lines.iter().filter(|l| self.matches(l)).count()
    }
}

fn contains_ignoring_case(text: &str, query: &str) -> bool {
    text.to_lowercase().contains(&query.to_lowercase())
}

/// A transcript line as copied: its direction and text, never a time.
pub fn copy_text(line: &StampedLine) -> String {
    let prefix = match line.dir {
        crate::model::Direction::Sent => "C: ",
        crate::model::Direction::Received => "S: ",
        crate::model::Direction::Info => "* ",
    };
    crate::sanitize::sanitize_str(&format!("{prefix}{}", line.text))
}

/// The OSC 52 sequence that puts `text` on the clipboard of the terminal the person sits at
/// (it travels over SSH like any output). Control characters are dropped before encoding.
pub fn osc52(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    let payload = base64::engine::general_purpose::STANDARD.encode(clean.as_bytes());
    format!("\x1b]52;c;{payload}\x07")
}

/// The transcript line `y` copies and the pane marks: the match shown, else the last line in
/// view.
pub fn selected_line(app: &App) -> Option<usize> {
    let len = app.runs.transcript(app.focus).len();
    match app.search.current {
        Some(i) if i < len => Some(i),
        _ => len.checked_sub(1 + app.transcript_back),
    }
}

/// Scroll so that line `i` is the last one in view.
fn show_line(app: &mut App, len: usize, i: usize) {
    app.transcript_back = len.saturating_sub(1 + i);
}

fn say(app: &mut App, en: &str, es: &str, error: bool) {
    // Portuguese: English until this text moves to the locale files.
    let text = match app.lang {
        Lang::En | Lang::Pt => en,
        Lang::Es => es,
    };
    app.notice = Some(Notice {
        text: text.to_string(),
        error,
    });
}

/// Move to the next (or previous) match from the selected line.
fn step(app: &mut App, forward: bool) {
    let lines = app.runs.transcript(app.focus);
    app.lower = LowerPane::Transcript;
    if app.search.query.is_empty() {
        return say(
            app,
            "Nothing to find yet: press / and type the text.",
            "Todavía no hay nada que buscar: pulsa / y escribe el texto.",
            true,
        );
    }
    let from = match app.search.current {
        Some(i) if i < lines.len() => i,
        // Not on a match yet: start before the first line (forward) or after the last.
        _ if forward => lines.len().saturating_sub(1),
        _ => 0,
    };
    match app.search.find(&lines, from, forward) {
        Some(i) => {
            app.search.current = Some(i);
            show_line(app, lines.len(), i);
        }
        None => {
            app.search.current = None;
            let query = app.search.query.clone();
            let (en, es) = (
                format!("\"{query}\" is not in this transcript."),
                format!("\"{query}\" no aparece en este diálogo."),
            );
            say(app, &en, &es, true);
        }
    }
}

/// The transcript keys of the dashboard (`/`, `n`, `N`, `y`) and of the search line.
pub fn on_key(app: &mut App, action: Action) -> Vec<Cmd> {
    match action {
        Action::SearchStart => {
            app.lower = LowerPane::Transcript;
            app.search = TranscriptSearch {
                typing: true,
                ..TranscriptSearch::default()
            };
        }
        Action::SearchFind => {
            app.search.typing = false;
            app.search.current = None;
            step(app, true);
        }
        Action::Close => app.search = TranscriptSearch::default(),
        Action::DeleteChar => drop(app.search.query.pop()),
        Action::SearchNext => step(app, true),
        Action::SearchPrev => step(app, false),
        Action::CopyLine => {
            let lines = app.runs.transcript(app.focus);
            let Some(line) = selected_line(app).and_then(|i| lines.get(i)) else {
                say(
                    app,
                    "The transcript is empty: nothing to copy.",
                    "El diálogo está vacío: no hay nada que copiar.",
                    true,
                );
                return Vec::new();
            };
            let text = copy_text(line);
            say(
                app,
                "Line sent to your terminal's clipboard (OSC 52; passwords stay ***). If \
                 nothing arrives, the terminal does not allow it.",
                "Línea enviada al portapapeles de tu terminal (OSC 52; las contraseñas siguen \
                 como ***). Si no llega, tu terminal no lo permite.",
                false,
            );
            return vec![Cmd::Copy(text)];
        }
        _ => {}
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Direction;

    fn line(text: &str) -> StampedLine {
        StampedLine {
            at_ms: None,
            dir: Direction::Received,
            text: text.into(),
        }
    }

    #[test]
    fn finds_forward_and_back_with_wrap() {
        let lines = [line("+OK a"), line("-ERR b"), line("+ok c")];
        let search = TranscriptSearch {
            query: "+OK".into(),
            ..Default::default()
        };
        assert_eq!(search.find(&lines, 0, true), Some(2));
        assert_eq!(search.find(&lines, 2, true), Some(0));
        assert_eq!(search.find(&lines, 0, false), Some(2));
        assert_eq!(search.count(&lines), 2);
    }

    #[test]
    fn osc52_carries_no_escape_from_the_text() {
        let seq = osc52("S: 550 \x1b]0;pwned\x07 no");
        assert!(seq.starts_with("\x1b]52;c;") && seq.ends_with('\x07'));
        let body = &seq[7..seq.len() - 1];
        assert!(
            body.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+/=".contains(c))
        );
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(body)
            .unwrap();
        assert!(!decoded.contains(&0x1b) && !decoded.contains(&0x07));
    }
}
