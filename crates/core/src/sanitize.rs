//! Server text made safe for a terminal, a JSON file or a report: control characters, escape
//! sequences and invalid UTF-8 are shown escaped, never passed through. Every bound here counts
//! the text as shown, after escaping: an escape (`\xff`, `\u{202e}`) counts at its full length
//! and is never split by a cut.

/// Longest sanitized text of one line, in characters as shown (escapes and the cut marker
/// included); the rest is cut with [`CUT_MARKER`].
pub const MAX_SANITIZED_CHARS: usize = 1_000;

/// Longest sanitized text of several lines joined (a multi-line reply kept as evidence, two
/// replies quoted together), counted the same way.
pub const MAX_SANITIZED_TEXT_CHARS: usize = 8_000;

/// What ends text that was cut.
pub const CUT_MARKER: &str = "…[cut]";

/// Escape everything that is not printable: C0/C1 controls (ESC, BEL, CR, …), DEL, and bytes that
/// are not UTF-8. Printable Unicode stays as it is. The result holds at most
/// [`MAX_SANITIZED_CHARS`] characters.
pub fn sanitize(bytes: &[u8]) -> String {
    let mut out = Bounded::new(MAX_SANITIZED_CHARS);
    let mut unit = String::new();
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            unit.clear();
            push_char(&mut unit, c);
            if !out.push(&unit) {
                return out.finish();
            }
        }
        for b in chunk.invalid() {
            if !out.push(&format!("\\x{b:02x}")) {
                return out.finish();
            }
        }
    }
    out.finish()
}

/// [`sanitize`] for text that is already a `str`.
pub fn sanitize_str(s: &str) -> String {
    sanitize(s.as_bytes())
}

/// Texts that are already sanitized, joined with `separator` and cut at `max_chars` characters
/// as shown, never inside an escape. Parts after the cut are not looked at.
pub fn join_sanitized<S: AsRef<str>>(
    parts: impl IntoIterator<Item = S>,
    separator: &str,
    max_chars: usize,
) -> String {
    let mut out = Bounded::new(max_chars);
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 && !out.push(separator) {
            break;
        }
        if !units(part.as_ref()).all(|unit| out.push(unit)) {
            break;
        }
    }
    out.finish()
}

/// Lines of server text, each sanitized, joined with `\n` and cut at
/// [`MAX_SANITIZED_TEXT_CHARS`]: how a multi-line reply is kept as evidence.
pub fn sanitize_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    join_sanitized(
        lines.into_iter().map(sanitize_str),
        "\n",
        MAX_SANITIZED_TEXT_CHARS,
    )
}

/// Text being built under a bound: whole units (a character or an escape) are added while they
/// fit; the first that does not ends the text with [`CUT_MARKER`], which fits too.
struct Bounded {
    out: String,
    chars: usize,
    max_chars: usize,
    /// Length in bytes of the longest prefix that leaves room for the marker.
    keep: usize,
    cut: bool,
}

impl Bounded {
    fn new(max_chars: usize) -> Bounded {
        Bounded {
            out: String::new(),
            chars: 0,
            max_chars,
            keep: 0,
            cut: false,
        }
    }

    /// Add `unit` whole; false once the text is cut.
    fn push(&mut self, unit: &str) -> bool {
        if self.cut {
            return false;
        }
        let n = unit.chars().count();
        if self.chars + n > self.max_chars {
            self.out.truncate(self.keep);
            if CUT_MARKER.chars().count() <= self.max_chars {
                self.out.push_str(CUT_MARKER);
            }
            self.cut = true;
            return false;
        }
        self.out.push_str(unit);
        self.chars += n;
        if self.chars + CUT_MARKER.chars().count() <= self.max_chars {
            self.keep = self.out.len();
        }
        true
    }

    fn finish(self) -> String {
        self.out
    }
}

/// The units of sanitized text: each escape [`sanitize`] writes as one, every other character
/// alone.
fn units(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let c = rest.chars().next()?;
        let len = if c == '\\' {
            escape_len(&rest[1..]).map_or(1, |n| n + 1)
        } else {
            c.len_utf8()
        };
        let (unit, after) = rest.split_at(len);
        rest = after;
        Some(unit)
    })
}

/// Length in bytes of the escape body after a backslash (`xff`, `u{9b}`, `t`), if one starts
/// `after`.
fn escape_len(after: &str) -> Option<usize> {
    let bytes = after.as_bytes();
    match bytes.first()? {
        b't' | b'r' | b'n' => Some(1),
        b'x' if bytes.len() >= 3 && bytes[1..3].iter().all(u8::is_ascii_hexdigit) => Some(3),
        b'u' if bytes.get(1) == Some(&b'{') => {
            let end = bytes.iter().take(10).position(|b| *b == b'}')?;
            bytes[2..end]
                .iter()
                .all(u8::is_ascii_hexdigit)
                .then_some(end + 1)
        }
        _ => None,
    }
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

    fn shown_len(s: &str) -> usize {
        s.chars().count()
    }

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
        assert!(s.ends_with(CUT_MARKER));
        assert_eq!(shown_len(&s), MAX_SANITIZED_CHARS);
    }

    #[test]
    fn text_that_fits_exactly_is_not_cut() {
        let exact = vec![b'a'; MAX_SANITIZED_CHARS];
        assert_eq!(sanitize(&exact), "a".repeat(MAX_SANITIZED_CHARS));
    }

    #[test]
    fn the_bound_holds_after_escaping() {
        // Each of these becomes 2, 4 or 8 characters when shown.
        let tabs = vec![b'\t'; 2 * MAX_SANITIZED_CHARS];
        let bytes = vec![0xffu8; 2 * MAX_SANITIZED_CHARS];
        let bidi = "\u{202e}".repeat(2 * MAX_SANITIZED_CHARS);
        for input in [&tabs[..], &bytes[..], bidi.as_bytes()] {
            let s = sanitize(input);
            assert!(
                shown_len(&s) <= MAX_SANITIZED_CHARS,
                "{} chars",
                shown_len(&s)
            );
            assert!(s.ends_with(CUT_MARKER));
        }
    }

    #[test]
    fn a_cut_never_splits_an_escape() {
        for pad in 0..8 {
            let mut input = vec![b'a'; pad];
            input.extend(std::iter::repeat_n(0xffu8, MAX_SANITIZED_CHARS));
            let s = sanitize(&input);
            let kept = s.strip_suffix(CUT_MARKER).expect("cut");
            let escapes = kept.trim_start_matches('a');
            assert_eq!(
                escapes.len() % 4,
                0,
                "{pad}: {:?}",
                &escapes[escapes.len() - 6..]
            );
            assert!(escapes.ends_with("\\xff"));
        }
    }

    #[test]
    fn joined_lines_are_bounded_after_escaping() {
        // An EHLO reply of many lines of tabs and bytes that are not UTF-8.
        let line = format!("250-{}", "\t\u{fffd}".repeat(400));
        let lines: Vec<&str> = std::iter::repeat_n(line.as_str(), 100).collect();
        let s = sanitize_lines(lines.iter().copied());
        assert!(
            shown_len(&s) <= MAX_SANITIZED_TEXT_CHARS,
            "{} chars",
            shown_len(&s)
        );
        assert!(s.ends_with(CUT_MARKER));
        assert!(s.starts_with("250-\\t\u{fffd}"));
        assert!(s.contains('\n'));
    }

    #[test]
    fn joining_keeps_escapes_whole() {
        let part = sanitize(&[0x1bu8; 10]);
        for max in 7..30 {
            let s = join_sanitized([part.as_str(), part.as_str()], "\n", max);
            assert!(shown_len(&s) <= max);
            let kept = s.strip_suffix(CUT_MARKER).expect("cut");
            assert!(kept.replace('\n', "").len() % 4 == 0, "{max}: {s:?}");
        }
        let s = join_sanitized(["a\\u{202e}b", "c"], "\n", 100);
        assert_eq!(s, "a\\u{202e}b\nc");
    }

    #[test]
    fn short_joined_text_is_unchanged() {
        assert_eq!(
            sanitize_lines(["250-mx ready", "250 AUTH PLAIN"]),
            "250-mx ready\n250 AUTH PLAIN"
        );
        assert_eq!(join_sanitized(["x"; 0], "\n", 10), "");
        assert_eq!(join_sanitized(["abc"], "\n", 3), "abc");
        assert_eq!(join_sanitized(["abcd"], "\n", 3), "");
    }
}
