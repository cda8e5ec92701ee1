//! The preset table of the `mailtriage presets` command.
//!
//! ```text
//! ID      NAME   POP3                  SMTP                                NOTES
//! gmail   Gmail  pop.gmail.com 995/tls smtp.gmail.com 465/tls 587/starttls app-password-required, …
//! icloud  iCloud none                  smtp.mail.me.com 587/starttls       no-pop3, …
//! ```

use super::{Preset, Server};
use crate::sanitize::sanitize_str;

const HEADERS: [&str; 5] = ["ID", "NAME", "POP3", "SMTP", "NOTES"];

/// One line per preset, columns padded to the widest cell, with a header line.
pub(super) fn table(presets: &[&Preset]) -> String {
    let rows: Vec<[String; 5]> = presets
        .iter()
        .map(|p| {
            [
                p.id.clone(),
                sanitize_str(&p.name),
                servers(&p.pop3),
                servers(&p.smtp),
                p.notes
                    .iter()
                    .map(|n| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ]
        })
        .collect();

    let mut widths = HEADERS.map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }

    let mut out = String::new();
    push_line(&mut out, &HEADERS.map(String::from), &widths);
    for row in &rows {
        push_line(&mut out, row, &widths);
    }
    out
}

fn push_line(out: &mut String, cells: &[String; 5], widths: &[usize; 5]) {
    let mut line = String::new();
    for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(cell);
        if i + 1 < cells.len() {
            line.extend(std::iter::repeat_n(' ', width - cell.chars().count()));
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

/// `host port/security port/security, other-host port/security`, or `none`.
fn servers(list: &[Server]) -> String {
    if list.is_empty() {
        return "none".to_string();
    }
    let mut groups: Vec<(&str, Vec<String>)> = Vec::new();
    for server in list {
        let port = format!("{}/{}", server.port, server.security);
        match groups.iter_mut().find(|(host, _)| *host == server.host) {
            Some((_, ports)) => ports.push(port),
            None => groups.push((&server.host, vec![port])),
        }
    }
    groups
        .iter()
        .map(|(host, ports)| format!("{host} {}", ports.join(" ")))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::Presets;

    #[test]
    fn groups_ports_by_host() {
        let presets = Presets::embedded();
        let gmail = presets.get("gmail").unwrap();
        assert_eq!(servers(&gmail.smtp), "smtp.gmail.com 465/tls 587/starttls");
        let icloud = presets.get("icloud").unwrap();
        assert_eq!(servers(&icloud.pop3), "none");
    }

    #[test]
    fn columns_line_up() {
        let presets = Presets::embedded();
        let text = table(&presets.all());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), presets.len() + 1);
        let pop3_column = lines[0].find("POP3").unwrap();
        for line in &lines[1..] {
            let before: String = line.chars().take(pop3_column).collect();
            assert!(before.ends_with("  "), "misaligned: {line}");
        }
    }
}
