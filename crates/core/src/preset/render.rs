//! The preset table of the `mailtriage presets` command.
//!
//! ```text
//! ID      NAME   POP3                  IMAP                     SMTP                                NOTES
//! gmail   Gmail  pop.gmail.com 995/tls imap.gmail.com 993/tls   smtp.gmail.com 465/tls 587/starttls app-password-required, …
//! icloud  iCloud none                  imap.mail.me.com 993/tls smtp.mail.me.com 587/starttls       no-pop3, …
//! ```

use super::{Preset, Server};
use crate::sanitize::sanitize_str;

const HEADERS: [&str; 6] = ["ID", "NAME", "POP3", "IMAP", "SMTP", "NOTES"];

/// One line per preset, columns padded to the widest cell, with a header line.
pub(super) fn table(presets: &[&Preset]) -> String {
    let rows: Vec<[String; 6]> = presets
        .iter()
        .map(|p| {
            [
                p.id.clone(),
                sanitize_str(&p.name),
                servers(&p.pop3),
                servers(&p.imap),
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

fn push_line(out: &mut String, cells: &[String; 6], widths: &[usize; 6]) {
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
        assert_eq!(servers(&icloud.imap), "imap.mail.me.com 993/tls");
        let gmx = presets.get("gmx-net").unwrap();
        assert_eq!(servers(&gmx.imap), "imap.gmx.net 993/tls 143/starttls");
    }

    #[test]
    fn columns_line_up() {
        let presets = Presets::embedded();
        let text = table(&presets.all());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), presets.len() + 1);
        for header in ["POP3", "IMAP", "SMTP"] {
            let column = lines[0].find(header).unwrap();
            for line in &lines[1..] {
                let before: String = line.chars().take(column).collect();
                assert!(before.ends_with("  "), "misaligned {header}: {line}");
            }
        }
    }
}
