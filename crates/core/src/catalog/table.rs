//! The table of the `mailtriage presets` command: one line per provider, at most 80 columns
//! wide, with where it comes from (`preset` or `ISPDB`) and its preferred servers. Cells too
//! wide are cut with `…` (the whole list has long names; a search word narrows the columns);
//! `--json` has every server, port and security.
//!
//! ```text
//! FROM    ID           NAME         INCOMING                 OUTGOING
//! preset  gmail        Gmail        pop.gmail.com            smtp.gmail.com
//! preset  icloud       iCloud Mail  IMAP imap.mail.me.com    smtp.mail.me.com
//! ISPDB   t-online.de  T-Online     securepop.t-online.de    securesmtp.t-online.de
//! ```

use unicode_width::UnicodeWidthChar;
use unicode_width::UnicodeWidthStr;

use super::{Listed, ListedFrom};
use crate::i18n;
use crate::preset::Server;
use crate::sanitize::sanitize_str;
use crate::settings::Lang;

/// The widest line the table makes.
pub const TABLE_WIDTH: usize = 80;

/// The columns' headings, as `report-presets-<column>` in the locale files.
const COLUMNS: [&str; 5] = ["from", "id", "name", "incoming", "outgoing"];
const GAP: usize = 2;

fn headers(lang: Lang) -> [String; 5] {
    COLUMNS.map(|column| i18n::text(lang, &format!("report-presets-{column}")).into_owned())
}

/// Where a provider comes from, as the table says it.
fn from_label(from: ListedFrom, lang: Lang) -> String {
    match from {
        ListedFrom::Preset => i18n::text(lang, "report-presets-from-preset").into_owned(),
        ListedFrom::Ispdb => from.label().to_string(),
    }
}

/// One line per provider, columns padded to the widest cell, with a header line; no line wider
/// than `max_width` (the widest columns give way first).
pub(super) fn table(rows: &[Listed], max_width: usize, lang: Lang) -> String {
    let headers = headers(lang);
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|row| {
            [
                from_label(row.from, lang),
                sanitize_str(&row.id),
                sanitize_str(&row.name),
                incoming(row),
                first_host(&row.smtp),
            ]
        })
        .collect();
    let mut widths = headers.clone().map(|h| h.width());
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let header_widths = headers.clone().map(|h| h.width());
    fit(&mut widths, &header_widths, max_width);

    let mut out = String::new();
    push_line(&mut out, &headers, &widths);
    for row in &cells {
        push_line(&mut out, row, &widths);
    }
    out
}

/// The NAME column is narrowed to this before the others give way.
const NAME_WIDTH: usize = 12;

/// Narrow the columns one character at a time until the line fits: NAME first down to
/// [`NAME_WIDTH`] (the id says which provider it is), then the widest of the others (never
/// FROM), down to their headers.
fn fit(widths: &mut [usize; 5], header_widths: &[usize; 5], max_width: usize) {
    let total = |w: &[usize; 5]| w.iter().sum::<usize>() + GAP * (w.len() - 1);
    while total(widths) > max_width {
        let column = if widths[2] > NAME_WIDTH {
            2
        } else {
            let Some((widest, _)) = widths
                .iter()
                .enumerate()
                .skip(1)
                .filter(|(i, w)| **w > header_widths[*i])
                .max_by_key(|(i, w)| (**w, std::cmp::Reverse(*i)))
            else {
                return;
            };
            widest
        };
        widths[column] -= 1;
    }
}

fn push_line(out: &mut String, cells: &[String; 5], widths: &[usize; 5]) {
    let mut line = String::new();
    for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            line.push_str(&" ".repeat(GAP));
        }
        let cell = cut(cell, *width);
        let used = cell.width();
        line.push_str(&cell);
        if i + 1 < cells.len() {
            line.push_str(&" ".repeat(width.saturating_sub(used)));
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

/// The text cut to `width` columns, ending in `…` when cut.
fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The POP3 host, else the IMAP host after `IMAP` for a provider without POP3 (first, so that
/// cutting a long name keeps it), else `-`.
fn incoming(row: &Listed) -> String {
    match (row.pop3.first(), row.imap.first()) {
        (Some(pop3), _) => pop3.host.clone(),
        (None, Some(imap)) => format!("IMAP {}", imap.host),
        (None, None) => "-".to_string(),
    }
}

fn first_host(servers: &[Server]) -> String {
    servers
        .first()
        .map_or_else(|| "-".to_string(), |s| s.host.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::listing;
    use crate::ispdb::Ispdb;
    use crate::preset::Presets;

    #[test]
    fn every_line_fits_80_columns_and_names_its_source() {
        let presets = Presets::embedded();
        let rows = listing(&presets, Ispdb::embedded(), "");
        let text = table(&rows, TABLE_WIDTH, Lang::En);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), rows.len() + 1);
        for line in &lines {
            assert!(line.width() <= TABLE_WIDTH, "{} wide: {line}", line.width());
        }
        assert!(
            lines[1..]
                .iter()
                .all(|l| l.starts_with("preset  ") || l.starts_with("ISPDB   "))
        );
        let icloud = lines.iter().find(|l| l.contains(" icloud ")).unwrap();
        assert!(icloud.contains("IMAP imap.mail.me"), "{icloud}");
        let gmail = lines.iter().find(|l| l.contains(" gmail ")).unwrap();
        assert!(gmail.contains(" pop.gmail.com "), "{gmail}");
        assert!(!text.contains("no-pop3"), "note tags are not prose");
        assert!(!text.contains("app-password-required"));
    }

    #[test]
    fn columns_line_up() {
        let presets = Presets::embedded();
        let rows = listing(&presets, Ispdb::embedded(), "");
        let text = table(&rows, TABLE_WIDTH, Lang::En);
        let lines: Vec<&str> = text.lines().collect();
        for header in ["ID", "NAME", "INCOMING", "OUTGOING"] {
            let column = lines[0][..lines[0].find(header).unwrap()].width();
            for line in &lines[1..] {
                let mut before = String::new();
                for c in line.chars() {
                    if before.width() >= column {
                        break;
                    }
                    before.push(c);
                }
                assert!(before.ends_with("  "), "misaligned {header}: {line}");
            }
        }
    }

    #[test]
    fn long_cells_are_cut() {
        assert_eq!(cut("securepop.t-online.de", 10), "securepop…");
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("ぷらら", 5), "ぷら…");
    }
}
