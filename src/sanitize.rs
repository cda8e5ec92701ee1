//! Server text made safe for a terminal, a JSON file or a report: control characters, escape
//! sequences and invalid UTF-8 are shown escaped, never passed through.

/// Longest text kept from one server line; the rest is cut with a marker.
pub const MAX_SANITIZED_CHARS: usize = 1_000;

/// Escape everything that is not printable: C0/C1 controls (ESC, BEL, CR, …), DEL, and bytes that
/// are not UTF-8. Printable Unicode stays as it is. Long text is cut at [`MAX_SANITIZED_CHARS`].
pub fn sanitize(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().min(MAX_SANITIZED_CHARS));
    let mut chars = 0usize;
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if chars >= MAX_SANITIZED_CHARS {
                out.push_str("…[cut]");
                return out;
            }
            push_char(&mut out, c);
            chars += 1;
        }
        for b in chunk.invalid() {
            if chars >= MAX_SANITIZED_CHARS {
                out.push_str("…[cut]");
                return out;
            }
            out.push_str(&format!("\\x{b:02x}"));
            chars += 1;
        }
    }
    out
}

/// [`sanitize`] for text that is already a `str`.
pub fn sanitize_str(s: &str) -> String {
    sanitize(s.as_bytes())
}

fn push_char(out: &mut String, c: char) {
    match c {
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        '\n' => out.push_str("\\n"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        // C1 controls (U+0080..U+009F) include CSI, which some terminals honour.
        c if (0x80..=0x9f).contains(&(c as u32)) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        // Bidirectional overrides can make text read differently from what it is.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            out.push_str(&format!("\\u{{{:x}}}", c as u32))
        }
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_ansi_and_osc() {
        let s = sanitize(b"+OK \x1b[31mred\x1b]0;title\x07 done");
        assert_eq!(s, "+OK \\x1b[31mred\\x1b]0;title\\x07 done");
        assert!(!s.chars().any(|c| c.is_control()));
    }

    #[test]
    fn escapes_invalid_utf8_and_c1() {
        assert_eq!(sanitize(b"a\xffb"), "a\\xffb");
        assert_eq!(sanitize("x\u{9b}31m".as_bytes()), "x\\u{9b}31m");
        assert_eq!(sanitize("ñandú ✓".as_bytes()), "ñandú ✓");
    }

    #[test]
    fn cuts_long_text() {
        let long = vec![b'a'; 5 * MAX_SANITIZED_CHARS];
        let s = sanitize(&long);
        assert!(s.ends_with("…[cut]"));
        assert!(s.chars().count() <= MAX_SANITIZED_CHARS + 6);
    }
}
