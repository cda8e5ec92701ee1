//! The IMAP commands the session may send, their tags, and how a user name or password goes into
//! `LOGIN` (a quoted string, or a non-synchronizing literal where the server allows one).

/// Every command verb the session can send. None of them reads a message or changes a mailbox:
/// EXAMINE opens INBOX read-only, STATUS only counts.
pub const COMMANDS_SENT: [&str; 7] = [
    "CAPABILITY",
    "STARTTLS",
    "AUTHENTICATE",
    "LOGIN",
    "STATUS",
    "EXAMINE",
    "LOGOUT",
];

/// Commands that read messages or change the store: never sent.
pub const NEVER_SENT: [&str; 13] = [
    "SELECT",
    "FETCH",
    "STORE",
    "EXPUNGE",
    "COPY",
    "MOVE",
    "APPEND",
    "CREATE",
    "DELETE",
    "RENAME",
    "UID",
    "SUBSCRIBE",
    "SEARCH",
];

/// The tag of the `n`th command (from 1).
pub fn tag(n: u32) -> String {
    format!("a{n}")
}

/// `value` as an IMAP quoted string, when it can be one (RFC 9051 §4.3: no NUL, CR or LF; the
/// quote and backslash escaped). 8-bit text is allowed by RFC 9051 and by real servers.
pub fn quoted(value: &str) -> Option<String> {
    if value.bytes().any(|b| matches!(b, 0 | b'\r' | b'\n')) {
        return None;
    }
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    Some(out)
}

/// `value` as a non-synchronizing literal (RFC 7888 `LITERAL+`): `{n+}` CRLF and the bytes.
pub fn literal_plus(value: &str) -> String {
    format!("{{{}+}}\r\n{value}", value.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_and_refuses_line_ends() {
        assert_eq!(quoted("alice").as_deref(), Some("\"alice\""));
        assert_eq!(quoted("a\"b\\c").as_deref(), Some("\"a\\\"b\\\\c\""));
        assert_eq!(quoted("pässwort").as_deref(), Some("\"pässwort\""));
        assert_eq!(quoted("two\r\nlines"), None);
        assert_eq!(quoted("nul\0"), None);
        assert_eq!(literal_plus("a\nb"), "{3+}\r\na\nb");
    }

    #[test]
    fn no_verb_is_both_sent_and_forbidden() {
        for verb in COMMANDS_SENT {
            assert!(!NEVER_SENT.contains(&verb));
        }
    }
}
