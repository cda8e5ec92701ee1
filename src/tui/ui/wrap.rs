//! Word wrapping by display width, so scrolling can count the rows it shows.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;
use unicode_width::UnicodeWidthStr;

/// Display width of a string in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Split `text` into rows of at most `width` cells, breaking at spaces where possible and
/// inside words that are longer than a row.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut row = String::new();
    let mut row_width = 0;
    for word in text.split(' ') {
        let word_width = self::width(word);
        let space = usize::from(!row.is_empty());
        if row_width + space + word_width <= width {
            if space == 1 {
                row.push(' ');
            }
            row.push_str(word);
            row_width += space + word_width;
            continue;
        }
        if !row.is_empty() {
            rows.push(std::mem::take(&mut row));
            row_width = 0;
        }
        for c in word.chars() {
            let w = c.width().unwrap_or(0);
            if row_width + w > width && !row.is_empty() {
                rows.push(std::mem::take(&mut row));
                row_width = 0;
            }
            row.push(c);
            row_width += w;
        }
    }
    if !row.is_empty() || rows.is_empty() {
        rows.push(row);
    }
    rows
}

/// Wrap `text` after a first-row prefix; later rows are indented by the prefix's width.
pub fn hanging<'a>(prefix: Vec<Span<'a>>, text: &str, style: Style, width: usize) -> Vec<Line<'a>> {
    let indent: usize = prefix.iter().map(|s| self::width(&s.content)).sum();
    let rows = wrap(text, width.saturating_sub(indent).max(8));
    let mut lines = Vec::with_capacity(rows.len());
    let mut prefix = Some(prefix);
    for row in rows {
        let mut spans = match prefix.take() {
            Some(p) => p,
            None => vec![Span::raw(" ".repeat(indent))],
        };
        spans.push(Span::styled(row, style));
        lines.push(Line::from(spans));
    }
    lines
}

/// Cut a string to `width` cells, marking the cut with `…` (or `~` when `ascii`).
pub fn truncate(s: &str, width: usize, ascii: bool) -> String {
    if self::width(s) <= width {
        return s.to_string();
    }
    let mark = if ascii { "~" } else { "…" };
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push_str(mark);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_splits_long_words() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 5), [""]);
        for row in wrap("el servidor rechazó la contraseña enseguida", 10) {
            assert!(width(&row) <= 10);
        }
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("pop.example.org", 8, false), "pop.exa…");
        assert_eq!(truncate("short", 8, true), "short");
        assert_eq!(truncate("pop.example.org", 8, true), "pop.exa~");
    }
}
