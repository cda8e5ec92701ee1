//! Reply framing and parsing: bounded CRLF lines, POP3 `+OK`/`-ERR` with RFC 2449/3206 response
//! codes, POP3 multi-line bodies, SMTP (multi-line) replies with RFC 3463 enhanced status codes.
//!
//! Pure functions and small accumulators over bytes; no I/O.

use std::fmt;

use crate::model::{Arg, Said};
use crate::said;

/// Longest line accepted from a server (RFC 5321 allows 512 octets for replies; real servers send
/// longer capability lines, so leave room, but never grow without bound).
pub const MAX_LINE: usize = 8 * 1024;

/// Most lines accepted in one SMTP reply before giving up.
pub const MAX_REPLY_LINES: usize = 1_000;

/// Most lines accepted in a POP3 multi-line response (a capability list, a message list):
/// servers send long ones, but one that never ends must still end.
pub const MAX_LIST_LINES: usize = 1_000_000;

/// Most bytes of server text quoted in a message about what arrived.
pub const MAX_QUOTED_BYTES: usize = 200;

/// A protocol-level problem with what the server sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyError {
    /// A line longer than [`MAX_LINE`]. `bare_cr` when the bytes held carriage returns without
    /// line feeds: the server ends its lines with CR alone.
    LineTooLong { bare_cr: bool },
    /// A reply that had not ended after `limit` lines; reading stopped there.
    TooManyLines { limit: usize },
    /// The line is not a reply of the expected shape; carries the sanitized line.
    Malformed(String),
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::LineTooLong { bare_cr: false } => {
                write!(
                    f,
                    "a line longer than {MAX_LINE} bytes arrived; reading stopped there"
                )
            }
            ReplyError::LineTooLong { bare_cr: true } => write!(
                f,
                "more than {MAX_LINE} bytes arrived without a line feed (the lines end with a \
                 carriage return alone, not CR LF); reading stopped there"
            ),
            ReplyError::TooManyLines { limit } => write!(
                f,
                "the reply had not ended after {limit} lines; reading stopped there"
            ),
            ReplyError::Malformed(line) => write!(f, "unexpected reply from server: {line}"),
        }
    }
}

impl ReplyError {
    /// What went wrong with the answer to `command`, in the reader's words.
    pub fn said(&self, command: Said) -> Said {
        match self {
            ReplyError::LineTooLong { bare_cr: false } => said!(
                "detail-answer-line-too-long",
                command = command,
                limit = MAX_LINE
            ),
            ReplyError::LineTooLong { bare_cr: true } => said!(
                "detail-answer-line-too-long-bare-cr",
                command = command,
                limit = MAX_LINE
            ),
            ReplyError::TooManyLines { limit } => said!(
                "detail-answer-too-many-lines",
                command = command,
                limit = *limit
            ),
            ReplyError::Malformed(line) => said!(
                "detail-answer-malformed",
                command = command,
                line = line.clone()
            ),
        }
    }
}

/// Splits a byte stream into lines (CRLF, or a bare LF from sloppy servers), with a bound on
/// line length.
#[derive(Debug, Default)]
pub struct LineReader {
    buf: Vec<u8>,
    /// Bytes of `buf` already scanned for a line feed.
    scanned: usize,
}

impl LineReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// Append bytes received from the server.
    pub fn push(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    /// The next complete line, without its line ending.
    pub fn next_line(&mut self) -> Result<Option<Vec<u8>>, ReplyError> {
        match self.buf[self.scanned..].iter().position(|&b| b == b'\n') {
            Some(i) => {
                let end = self.scanned + i;
                let mut line: Vec<u8> = self.buf.drain(..=end).collect();
                self.scanned = 0;
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                if line.len() > MAX_LINE {
                    return Err(ReplyError::LineTooLong {
                        bare_cr: has_bare_cr(&line),
                    });
                }
                Ok(Some(line))
            }
            None => {
                self.scanned = self.buf.len();
                if self.buf.len() > MAX_LINE {
                    Err(ReplyError::LineTooLong {
                        bare_cr: has_bare_cr(&self.buf),
                    })
                } else {
                    Ok(None)
                }
            }
        }
    }

    /// Bytes received but not yet returned as a line.
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// The bytes of the line not yet complete (at most [`MAX_LINE`] and a read).
    pub fn partial(&self) -> &[u8] {
        &self.buf
    }

    /// Drop and return everything buffered. Used before a TLS upgrade: plain text that arrived
    /// after the `STLS`/`STARTTLS` reply must never be read as if it came over TLS.
    pub fn take_buffered(&mut self) -> Vec<u8> {
        self.scanned = 0;
        std::mem::take(&mut self.buf)
    }
}

/// True when `bytes` hold a carriage return that is not the last byte: a line ended by CR
/// alone (a CR at the very end may be the first half of a CR LF still on its way).
pub fn has_bare_cr(bytes: &[u8]) -> bool {
    bytes
        .split_last()
        .is_some_and(|(_, before)| before.contains(&b'\r'))
}

/// What arrived of an answer that never completed, in words: how many bytes, the lines seen and
/// the start of the unfinished line, sanitized and bounded. `None` when nothing arrived.
pub fn describe_unfinished(
    lines_seen: usize,
    first_line: Option<&[u8]>,
    partial: &[u8],
) -> Option<Said> {
    let quote = |bytes: &[u8]| {
        let cut = &bytes[..bytes.len().min(MAX_QUOTED_BYTES)];
        let more = if bytes.len() > cut.len() { "…" } else { "" };
        format!("\"{}{more}\"", crate::sanitize::sanitize(cut))
    };
    let lines = (lines_seen > 0).then(|| match first_line {
        Some(first) => said!(
            "detail-unfinished-lines-first",
            lines = lines_seen,
            first = quote(first)
        ),
        None => said!("detail-unfinished-lines", lines = lines_seen),
    });
    let bytes = (!partial.is_empty()).then(|| {
        let key = if has_bare_cr(partial) {
            "detail-unfinished-bytes-bare-cr"
        } else {
            "detail-unfinished-bytes"
        };
        Said::Phrase {
            key,
            args: vec![
                ("bytes", Arg::from(partial.len())),
                ("text", Arg::from(quote(partial))),
            ],
        }
    });
    match (lines, bytes) {
        (Some(lines), Some(bytes)) => {
            Some(said!("detail-unfinished-then", first = lines, then = bytes))
        }
        (lines, bytes) => lines.or(bytes),
    }
}

/// A POP3 status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pop3Status {
    Ok(Pop3Text),
    Err(Pop3Text),
    /// `+ ` SASL continuation, with its (base64) payload.
    Continue(String),
}

/// The text of a POP3 status line, split into the optional extended response code and the rest.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pop3Text {
    /// RFC 2449 / RFC 3206 response code without brackets, upper-cased: `AUTH`, `SYS/TEMP`,
    /// `IN-USE`, `LOGIN-DELAY`.
    pub code: Option<String>,
    pub text: String,
}

/// Parse one POP3 status line (`+OK …`, `-ERR …`, `+ …`).
pub fn parse_pop3_status(line: &[u8]) -> Result<Pop3Status, ReplyError> {
    let s = String::from_utf8_lossy(line);
    let s = s.as_ref();
    let rest_of = |prefix: &str| {
        s.get(..prefix.len())
            .filter(|p| p.eq_ignore_ascii_case(prefix))
            .map(|_| &s[prefix.len()..])
    };
    if let Some(rest) = rest_of("+OK")
        && (rest.is_empty() || rest.starts_with(' '))
    {
        return Ok(Pop3Status::Ok(split_pop3_code(rest.trim_start())));
    }
    if let Some(rest) = rest_of("-ERR")
        && (rest.is_empty() || rest.starts_with(' '))
    {
        return Ok(Pop3Status::Err(split_pop3_code(rest.trim_start())));
    }
    if s == "+" || s.starts_with("+ ") {
        return Ok(Pop3Status::Continue(s[1..].trim().to_string()));
    }
    Err(ReplyError::Malformed(crate::sanitize::sanitize(line)))
}

/// Split `[SYS/TEMP] text` into the code and the text.
pub fn split_pop3_code(text: &str) -> Pop3Text {
    if let Some(rest) = text.strip_prefix('[')
        && let Some((code, after)) = rest.split_once(']')
    {
        let valid = !code.is_empty()
            && code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-');
        if valid {
            return Pop3Text {
                code: Some(code.to_ascii_uppercase()),
                text: after.trim_start().to_string(),
            };
        }
    }
    Pop3Text {
        code: None,
        text: text.to_string(),
    }
}

/// Collects the body of a POP3 multi-line response (after its `+OK` line) up to the `.` line,
/// undoing dot-stuffing, with a bound on the number of lines kept and on the lines read.
#[derive(Debug, Default)]
pub struct Pop3Body {
    lines: Vec<String>,
    /// Lines seen, including those past the keep limit.
    count: usize,
    keep: usize,
    /// Most lines read before the body counts as never ending.
    limit: usize,
    /// The first line, kept to say what arrived of a body that never ended.
    first: Option<Vec<u8>>,
}

impl Pop3Body {
    /// Keep at most `keep` lines (the rest are counted only); read at most [`MAX_LIST_LINES`].
    pub fn new(keep: usize) -> Self {
        Self::with_limit(keep, MAX_LIST_LINES)
    }

    /// Keep at most `keep` lines; read at most `limit` before giving up.
    pub fn with_limit(keep: usize, limit: usize) -> Self {
        Pop3Body {
            lines: Vec::new(),
            count: 0,
            keep,
            limit,
            first: None,
        }
    }

    /// Feed one line; `Ok(true)` when the terminating `.` arrived.
    pub fn push_line(&mut self, line: &[u8]) -> Result<bool, ReplyError> {
        if line == b"." {
            return Ok(true);
        }
        if self.count >= self.limit {
            return Err(ReplyError::TooManyLines { limit: self.limit });
        }
        self.count += 1;
        if self.first.is_none() {
            self.first = Some(line[..line.len().min(MAX_QUOTED_BYTES + 1)].to_vec());
        }
        if self.lines.len() < self.keep {
            let line = line.strip_prefix(b".").unwrap_or(line);
            self.lines.push(String::from_utf8_lossy(line).into_owned());
        }
        Ok(false)
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// Lines read so far (never more than the limit).
    pub fn count(&self) -> usize {
        self.count
    }

    /// The first line read (cut to a quotable length), if any.
    pub fn first_line(&self) -> Option<&[u8]> {
        self.first.as_deref()
    }
}

/// An RFC 3463 enhanced status code, `class.subject.detail` (e.g. `5.7.8`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EnhancedCode {
    pub class: u8,
    pub subject: u16,
    pub detail: u16,
}

impl EnhancedCode {
    /// Parse an enhanced code at the start of a reply text (`5.7.8 Error: …`).
    pub fn parse_prefix(text: &str) -> Option<EnhancedCode> {
        let token = text.split_whitespace().next()?;
        let mut parts = token.split('.');
        let class: u8 = parts.next()?.parse().ok()?;
        let subject: u16 = parts.next()?.parse().ok()?;
        let detail: u16 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !matches!(class, 2 | 4 | 5) {
            return None;
        }
        Some(EnhancedCode {
            class,
            subject,
            detail,
        })
    }

    pub fn is(&self, class: u8, subject: u16, detail: u16) -> bool {
        self.class == class && self.subject == subject && self.detail == detail
    }
}

impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
    }
}

/// A complete SMTP reply: its three-digit code and the text of each line (after `NNN-`/`NNN `).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpReply {
    pub code: u16,
    pub lines: Vec<String>,
}

impl SmtpReply {
    pub fn is_positive(&self) -> bool {
        (200..400).contains(&self.code)
    }

    pub fn is_transient(&self) -> bool {
        (400..500).contains(&self.code)
    }

    pub fn is_permanent(&self) -> bool {
        self.code >= 500
    }

    /// The enhanced status code of the first line, if the server uses them.
    pub fn enhanced(&self) -> Option<EnhancedCode> {
        self.lines
            .first()
            .and_then(|l| EnhancedCode::parse_prefix(l))
    }

    /// The reply as the server sent it, lines joined with `\n` (`535 5.7.8 Error: …`).
    pub fn full_text(&self) -> String {
        let n = self.lines.len();
        self.lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let last = i + 1 == n;
                let sep = if last { ' ' } else { '-' };
                // An empty last line is the bare code; an empty continuation keeps its dash, or
                // it would read back as the end of the reply.
                if l.is_empty() && last {
                    format!("{}", self.code)
                } else {
                    format!("{}{}{}", self.code, sep, l)
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// All text lines joined with spaces, without codes (for word matching).
    pub fn text(&self) -> String {
        self.lines.join(" ")
    }

    /// Parse a reply from its full text as [`SmtpReply::full_text`] writes it (diagnosis reads
    /// evidence back this way).
    pub fn parse_text(text: &str) -> Option<SmtpReply> {
        let mut asm = SmtpReplyAssembler::new();
        for line in text.lines() {
            if let Ok(Some(reply)) = asm.push_line(line.as_bytes()) {
                return Some(reply);
            }
        }
        None
    }
}

/// Assembles SMTP reply lines (`250-…` continuation, `250 …` last) into replies.
#[derive(Debug, Default)]
pub struct SmtpReplyAssembler {
    code: Option<u16>,
    lines: Vec<String>,
}

impl SmtpReplyAssembler {
    pub fn new() -> Self {
        Self::default()
    }

    /// Feed one line; returns the reply when it is complete.
    pub fn push_line(&mut self, line: &[u8]) -> Result<Option<SmtpReply>, ReplyError> {
        let malformed = || ReplyError::Malformed(crate::sanitize::sanitize(line));
        if line.len() < 3 || !line[..3].iter().all(u8::is_ascii_digit) {
            return Err(malformed());
        }
        let code: u16 = std::str::from_utf8(&line[..3])
            .ok()
            .and_then(|c| c.parse().ok())
            .ok_or_else(malformed)?;
        if !(200..600).contains(&code) {
            return Err(malformed());
        }
        let (last, text) = match line.get(3) {
            None => (true, &line[3..]),
            Some(b' ') => (true, &line[4..]),
            Some(b'-') => (false, &line[4..]),
            Some(_) => return Err(malformed()),
        };
        if let Some(prev) = self.code
            && prev != code
        {
            self.code = None;
            self.lines.clear();
            return Err(malformed());
        }
        if self.lines.len() >= MAX_REPLY_LINES {
            self.code = None;
            self.lines.clear();
            return Err(ReplyError::TooManyLines {
                limit: MAX_REPLY_LINES,
            });
        }
        self.code = Some(code);
        self.lines
            .push(String::from_utf8_lossy(text).trim_end().to_string());
        if last {
            let lines = std::mem::take(&mut self.lines);
            self.code = None;
            Ok(Some(SmtpReply { code, lines }))
        } else {
            Ok(None)
        }
    }

    /// True while a multi-line reply is half received.
    pub fn in_progress(&self) -> bool {
        self.code.is_some()
    }

    /// Lines of the reply half received.
    pub fn lines_so_far(&self) -> usize {
        self.lines.len()
    }

    /// The first line of the reply half received, as sent (`250-mail.example.org`).
    pub fn first_line(&self) -> Option<String> {
        let code = self.code?;
        let text = self.lines.first()?;
        Some(format!("{code}-{text}"))
    }
}

/// An SMTP command, as far as the replies it may get go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpCommand {
    /// Not a command: the server speaks first when the connection opens.
    Greeting,
    /// `EHLO` or `HELO`.
    Ehlo,
    StartTls,
    /// `AUTH` or an answer to one of its challenges; `credentials_sent` once the password (or a
    /// response carrying it) went out.
    Auth {
        credentials_sent: bool,
    },
    MailFrom,
    RcptTo,
    Rset,
    Quit,
}

impl SmtpCommand {
    /// The positive codes that may answer the command (RFC 5321 §4.3.2, RFC 3207 §4,
    /// RFC 4954 §4 and §6). Any 4xx or 5xx refusal may answer any command.
    pub fn positive_codes(self) -> &'static [u16] {
        match self {
            SmtpCommand::Greeting | SmtpCommand::StartTls => &[220],
            SmtpCommand::Ehlo | SmtpCommand::MailFrom | SmtpCommand::Rset => &[250],
            SmtpCommand::RcptTo => &[250, 251],
            SmtpCommand::Auth {
                credentials_sent: false,
            } => &[334],
            SmtpCommand::Auth {
                credentials_sent: true,
            } => &[235, 334],
            SmtpCommand::Quit => &[221],
        }
    }

    /// Whether a reply with `code` may answer the command.
    pub fn fits(self, code: u16) -> bool {
        (400..600).contains(&code) || self.positive_codes().contains(&code)
    }

    /// The answers the command may get, in words.
    pub fn expected(self) -> Said {
        match self.positive_codes() {
            [first, second] => said!(
                "detail-expected-smtp-two",
                first = first.to_string(),
                second = second.to_string()
            ),
            codes => said!(
                "detail-expected-smtp-one",
                code = codes.first().map(u16::to_string).unwrap_or_default()
            ),
        }
    }
}

/// A POP3 command, as far as the status lines it may get go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pop3Command {
    /// Not a command: the server speaks first when the connection opens.
    Greeting,
    /// `AUTH` or an answer to one of its challenges; `credentials_sent` once the password (or a
    /// response carrying it) went out.
    Sasl { credentials_sent: bool },
    /// Every other command: `+OK` or `-ERR`.
    Other,
}

impl Pop3Command {
    /// Whether `status` may answer the command: `+ ` continuations only inside SASL
    /// (RFC 5034 §4), and no `+OK` to a SASL exchange before the credentials were sent.
    pub fn fits(self, status: &Pop3Status) -> bool {
        match (self, status) {
            (Pop3Command::Sasl { .. }, Pop3Status::Continue(_)) => true,
            (_, Pop3Status::Continue(_)) => false,
            (
                Pop3Command::Sasl {
                    credentials_sent: false,
                },
                Pop3Status::Ok(_),
            ) => false,
            _ => true,
        }
    }

    /// The answers the command may get, in words.
    pub fn expected(self) -> Said {
        match self {
            Pop3Command::Greeting | Pop3Command::Other => said!("detail-expected-pop3-status"),
            Pop3Command::Sasl {
                credentials_sent: false,
            } => said!("detail-expected-pop3-challenge"),
            Pop3Command::Sasl {
                credentials_sent: true,
            } => said!("detail-expected-pop3-any"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(chunks: &[&[u8]]) -> Vec<Vec<u8>> {
        let mut r = LineReader::new();
        let mut out = Vec::new();
        for c in chunks {
            r.push(c);
            while let Some(l) = r.next_line().unwrap() {
                out.push(l);
            }
        }
        out
    }

    #[test]
    fn line_reader_same_lines_at_every_split() {
        let input = b"+OK Dovecot ready. <1.2@host>\r\n+OK\r\nbare lf\n\r\n";
        let whole = lines_of(&[input]);
        assert_eq!(whole.len(), 4);
        assert_eq!(whole[0], b"+OK Dovecot ready. <1.2@host>");
        assert_eq!(whole[2], b"bare lf");
        assert_eq!(whole[3], b"");
        for cut in 0..=input.len() {
            assert_eq!(
                lines_of(&[&input[..cut], &input[cut..]]),
                whole,
                "cut {cut}"
            );
        }
        let bytes: Vec<&[u8]> = input.chunks(1).collect();
        assert_eq!(lines_of(&bytes), whole);
    }

    #[test]
    fn line_reader_bounds_a_line_that_never_ends() {
        let mut r = LineReader::new();
        r.push(&vec![b'x'; MAX_LINE]);
        assert_eq!(r.next_line(), Ok(None));
        r.push(b"xx");
        assert_eq!(
            r.next_line(),
            Err(ReplyError::LineTooLong { bare_cr: false })
        );
    }

    #[test]
    fn lines_ended_by_cr_alone_are_named_when_cut() {
        let mut r = LineReader::new();
        for _ in 0..MAX_LINE / 7 + 2 {
            r.push(b"+OK hi\r");
        }
        assert_eq!(
            r.next_line(),
            Err(ReplyError::LineTooLong { bare_cr: true })
        );
        assert!(has_bare_cr(b"a\rb"));
        assert!(!has_bare_cr(b"+OK half a CR LF\r"));
    }

    #[test]
    fn unfinished_answers_are_described_with_true_counts() {
        let english = |lines, first, partial| {
            describe_unfinished(lines, first, partial).map(|s| s.english().into_owned())
        };
        assert_eq!(english(0, None, b""), None);
        assert_eq!(
            english(0, None, b"+OK a gree").as_deref(),
            Some("10 bytes arrived without a line end: \"+OK a gree\"")
        );
        assert_eq!(
            english(0, None, b"+").as_deref(),
            Some("1 byte arrived without a line end: \"+\"")
        );
        let cr = english(0, None, b"+OK one\r+OK two\r").unwrap();
        assert!(cr.contains("carriage return alone"), "{cr}");
        assert!(cr.contains("\\r"), "the CR is shown escaped: {cr}");
        let lines = english(3, Some(b"USER"), b"X-").unwrap();
        assert_eq!(
            lines,
            "3 lines of the answer arrived, the first \"USER\", but not its end; then 2 bytes arrived without a line end: \"X-\""
        );
        let spanish = describe_unfinished(1, None, b"")
            .unwrap()
            .render(crate::settings::Lang::Es)
            .into_owned();
        assert_eq!(spanish, "llegó 1 línea de la respuesta, pero no su final");
        let long = english(0, None, &[b'\x1b'; 5_000]).unwrap();
        assert!(long.starts_with("5000 bytes"), "{long}");
        assert!(long.chars().count() < 4 * MAX_QUOTED_BYTES + 100, "{long}");
        assert!(!long.chars().any(char::is_control));
    }

    #[test]
    fn reply_codes_fit_their_commands() {
        use SmtpCommand::*;
        assert!(Greeting.fits(220) && Greeting.fits(554) && Greeting.fits(421));
        assert!(!Greeting.fits(250));
        assert!(Ehlo.fits(250) && Ehlo.fits(502) && !Ehlo.fits(220) && !Ehlo.fits(354));
        assert!(StartTls.fits(220) && !StartTls.fits(250));
        let before = Auth {
            credentials_sent: false,
        };
        let after = Auth {
            credentials_sent: true,
        };
        assert!(before.fits(334) && before.fits(504) && !before.fits(235));
        assert!(after.fits(235) && after.fits(535) && !after.fits(250));
        assert!(RcptTo.fits(251) && !MailFrom.fits(251) && !MailFrom.fits(354));
        assert!(Quit.fits(221) && !Quit.fits(250) && !Rset.fits(221));
        assert_eq!(Ehlo.expected(), "250 or a 4xx/5xx refusal");
        let ok = Pop3Status::Ok(Pop3Text::default());
        let cont = Pop3Status::Continue(String::new());
        assert!(Pop3Command::Other.fits(&ok) && !Pop3Command::Other.fits(&cont));
        assert!(!Pop3Command::Greeting.fits(&cont));
        let sasl_before = Pop3Command::Sasl {
            credentials_sent: false,
        };
        assert!(sasl_before.fits(&cont) && !sasl_before.fits(&ok));
        assert!(
            Pop3Command::Sasl {
                credentials_sent: true
            }
            .fits(&ok)
        );
    }

    #[test]
    fn take_buffered_returns_injected_bytes() {
        let mut r = LineReader::new();
        r.push(b"+OK Begin TLS\r\n-ERR injected\r\n");
        assert_eq!(r.next_line().unwrap().unwrap(), b"+OK Begin TLS");
        assert_eq!(r.take_buffered(), b"-ERR injected\r\n");
        assert_eq!(r.buffered(), 0);
    }

    #[test]
    fn pop3_status_with_codes() {
        let cases: &[(&str, Pop3Status)] = &[
            (
                "+OK Dovecot ready.",
                Pop3Status::Ok(Pop3Text {
                    code: None,
                    text: "Dovecot ready.".into(),
                }),
            ),
            (
                "-ERR [AUTH] Authentication failed.",
                Pop3Status::Err(Pop3Text {
                    code: Some("AUTH".into()),
                    text: "Authentication failed.".into(),
                }),
            ),
            (
                "-ERR [SYS/TEMP] Temporary authentication failure.",
                Pop3Status::Err(Pop3Text {
                    code: Some("SYS/TEMP".into()),
                    text: "Temporary authentication failure.".into(),
                }),
            ),
            (
                "-ERR [in-use] Mailbox is locked by another POP3 session.",
                Pop3Status::Err(Pop3Text {
                    code: Some("IN-USE".into()),
                    text: "Mailbox is locked by another POP3 session.".into(),
                }),
            ),
            (
                "-ERR [not a code] x",
                Pop3Status::Err(Pop3Text {
                    code: None,
                    text: "[not a code] x".into(),
                }),
            ),
            ("+ ", Pop3Status::Continue(String::new())),
            (
                "+ VXNlcm5hbWU6",
                Pop3Status::Continue("VXNlcm5hbWU6".into()),
            ),
            ("+OK", Pop3Status::Ok(Pop3Text::default())),
            ("-ERR", Pop3Status::Err(Pop3Text::default())),
        ];
        for (line, want) in cases {
            assert_eq!(&parse_pop3_status(line.as_bytes()).unwrap(), want, "{line}");
        }
        for bad in ["220 smtp ready", "+OKAY", "", "\u{1b}[2J"] {
            assert!(parse_pop3_status(bad.as_bytes()).is_err(), "{bad}");
        }
    }

    #[test]
    fn pop3_body_unstuffs_and_counts() {
        let mut body = Pop3Body::new(2);
        for l in [&b"TOP"[..], b"..dotted", b"UIDL"] {
            assert_eq!(body.push_line(l), Ok(false));
        }
        assert_eq!(body.push_line(b"."), Ok(true));
        assert_eq!(body.lines(), ["TOP", ".dotted"]);
        assert_eq!(body.count(), 3);
        assert_eq!(body.first_line(), Some(&b"TOP"[..]));
    }

    #[test]
    fn pop3_body_stops_at_its_own_limit_and_says_so() {
        let mut body = Pop3Body::with_limit(0, 5);
        for _ in 0..5 {
            assert_eq!(body.push_line(b"1 abc"), Ok(false));
        }
        let err = body.push_line(b"1 abc").unwrap_err();
        assert_eq!(err, ReplyError::TooManyLines { limit: 5 });
        assert_eq!(body.count(), 5);
        assert_eq!(
            err.to_string(),
            "the reply had not ended after 5 lines; reading stopped there"
        );
        let mut list = Pop3Body::with_limit(0, MAX_LIST_LINES);
        assert_eq!(list.push_line(b"1 a"), Ok(false));
        assert!(
            ReplyError::TooManyLines {
                limit: MAX_LIST_LINES
            }
            .to_string()
            .contains("1000000 lines")
        );
    }

    fn replies_of(input: &[u8]) -> Vec<SmtpReply> {
        let mut r = LineReader::new();
        let mut a = SmtpReplyAssembler::new();
        r.push(input);
        let mut out = Vec::new();
        while let Some(l) = r.next_line().unwrap() {
            if let Some(reply) = a.push_line(&l).unwrap() {
                out.push(reply);
            }
        }
        out
    }

    #[test]
    fn smtp_multiline_reply_and_enhanced_code() {
        let got = replies_of(
            b"220-mail.example.org ESMTP\r\n220 ready\r\n535 5.7.8 Error: authentication failed: authentication failure\r\n",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].code, 220);
        assert_eq!(got[0].lines, ["mail.example.org ESMTP", "ready"]);
        assert_eq!(got[0].full_text(), "220-mail.example.org ESMTP\n220 ready");
        let e = got[1].enhanced().unwrap();
        assert!(e.is(5, 7, 8));
        assert_eq!(e.to_string(), "5.7.8");
        assert!(got[1].is_permanent());
    }

    #[test]
    fn smtp_reply_round_trips_through_full_text() {
        let reply =
            replies_of(b"250-a.example\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n").remove(0);
        assert_eq!(SmtpReply::parse_text(&reply.full_text()), Some(reply));
        let gap = replies_of(b"250-x\r\n250-\r\n250 y\r\n").remove(0);
        assert_eq!(gap.full_text(), "250-x\n250-\n250 y");
        assert_eq!(SmtpReply::parse_text(&gap.full_text()), Some(gap));
        assert_eq!(
            SmtpReply::parse_text("534-5.7.9 Application-specific password required.")
                .map(|r| r.code),
            None,
            "a continuation line alone is not a complete reply"
        );
    }

    #[test]
    fn smtp_reply_rejects_garbage_and_mixed_codes() {
        let mut a = SmtpReplyAssembler::new();
        assert!(a.push_line(b"+OK Dovecot").is_err());
        assert!(a.push_line(b"2200 x").is_err());
        assert!(a.push_line(b"999 x").is_err());
        assert_eq!(a.push_line(b"250-x"), Ok(None));
        assert!(a.push_line(b"251 y").is_err());
        assert!(!a.in_progress());
        assert_eq!(
            a.push_line(b"250").unwrap().unwrap(),
            SmtpReply {
                code: 250,
                lines: vec![String::new()]
            }
        );
    }

    #[test]
    fn smtp_reply_line_count_is_bounded() {
        let mut a = SmtpReplyAssembler::new();
        for _ in 0..MAX_REPLY_LINES {
            assert_eq!(a.push_line(b"250-X"), Ok(None));
        }
        assert_eq!(a.lines_so_far(), MAX_REPLY_LINES);
        assert_eq!(a.first_line().as_deref(), Some("250-X"));
        assert_eq!(
            a.push_line(b"250-X"),
            Err(ReplyError::TooManyLines {
                limit: MAX_REPLY_LINES
            })
        );
    }

    #[test]
    fn enhanced_code_parsing() {
        assert!(EnhancedCode::parse_prefix("5.7.139 Authentication unsuccessful").is_some());
        assert!(EnhancedCode::parse_prefix("mail.example.org ESMTP").is_none());
        assert!(EnhancedCode::parse_prefix("3.1.1 x").is_none());
        assert!(EnhancedCode::parse_prefix("5.7 x").is_none());
    }
}
