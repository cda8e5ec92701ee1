//! Framing of IMAP server responses (RFC 9051 §2.2.2, §4.3): one response is a line, and when
//! that line ends in a literal announcement `{n}`, the n bytes that follow and the rest of the
//! response after them. Every part is bounded: a line by [`MAX_LINE`], a literal by
//! [`MAX_LITERAL`] (refused when announced, before any of its bytes are kept), a whole response
//! by [`MAX_RESPONSE`]. A bare LF ends a line too (sloppy servers), and is reported.

use crate::model::Said;
use crate::proto::reply::{MAX_LINE, ReplyError, has_bare_cr};
use crate::said;

/// Most bytes of one literal. The session never fetches a message, so literals only carry names
/// and texts; a bigger announcement is refused at once.
pub const MAX_LITERAL: usize = 16 * 1024;

/// Most bytes of one response, its lines and literals together.
pub const MAX_RESPONSE: usize = 64 * 1024;

/// One complete response.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frame {
    /// The response as the grammar wants it: each line ended by CRLF, literals as they came.
    pub bytes: Vec<u8>,
    /// Its text lines without their line ends (literal bytes are not among them).
    pub lines: Vec<Vec<u8>>,
    /// Bytes of literal data it carried.
    pub literal_bytes: usize,
}

/// Why reading stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameError {
    /// A line longer than [`MAX_LINE`]; `bare_cr` when it held carriage returns alone.
    LineTooLong { bare_cr: bool },
    /// A literal of this many bytes was announced (more than [`MAX_LITERAL`]); `None` when the
    /// number does not even fit in 64 bits.
    LiteralTooLong { announced: Option<u64> },
    /// The response grew past [`MAX_RESPONSE`].
    ResponseTooLong,
}

impl FrameError {
    /// Why reading the answer to `command` stopped, in the reader's words.
    pub fn said(&self, command: Said) -> Said {
        match self {
            FrameError::LineTooLong { bare_cr } => {
                ReplyError::LineTooLong { bare_cr: *bare_cr }.said(command)
            }
            FrameError::LiteralTooLong { announced: Some(n) } => said!(
                "detail-answer-literal-too-long",
                command = command,
                bytes = n.to_string(),
                limit = MAX_LITERAL
            ),
            FrameError::LiteralTooLong { announced: None } => {
                said!("detail-answer-literal-huge", command = command)
            }
            FrameError::ResponseTooLong => said!(
                "detail-answer-response-too-long",
                command = command,
                limit = MAX_RESPONSE
            ),
        }
    }
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::LineTooLong { bare_cr } => {
                write!(
                    f,
                    "{}",
                    crate::proto::reply::ReplyError::LineTooLong { bare_cr: *bare_cr }
                )
            }
            FrameError::LiteralTooLong { announced: Some(n) } => write!(
                f,
                "the server announced a literal of {n} bytes; more than {MAX_LITERAL} are never \
                 read, so reading stopped there"
            ),
            FrameError::LiteralTooLong { announced: None } => write!(
                f,
                "the server announced a literal of more bytes than a 64-bit number holds; \
                 reading stopped there"
            ),
            FrameError::ResponseTooLong => write!(
                f,
                "a response grew past {MAX_RESPONSE} bytes; reading stopped there"
            ),
        }
    }
}

/// Splits the server's bytes into responses.
#[derive(Debug, Default)]
pub struct FrameReader {
    buf: Vec<u8>,
    /// Bytes of `buf` already searched for a line feed.
    scanned: usize,
    /// The response being put together.
    building: Frame,
    /// Literal bytes still to come for `building`.
    literal_left: usize,
    /// Some line so far ended with a bare LF.
    saw_bare_lf: bool,
}

impl FrameReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// Bytes from the server.
    pub fn push(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    /// True once some line ended with a bare LF instead of CRLF.
    pub fn saw_bare_lf(&self) -> bool {
        self.saw_bare_lf
    }

    /// The next complete response, if one is there.
    pub fn next_frame(&mut self) -> Result<Option<Frame>, FrameError> {
        loop {
            if self.literal_left > 0 {
                let n = self.literal_left.min(self.buf.len());
                self.building.bytes.extend(self.buf.drain(..n));
                self.scanned = 0;
                self.literal_left -= n;
                if self.literal_left > 0 {
                    return Ok(None);
                }
            }
            let Some(i) = self.buf[self.scanned..].iter().position(|&b| b == b'\n') else {
                self.scanned = self.buf.len();
                if self.buf.len() > MAX_LINE {
                    return Err(FrameError::LineTooLong {
                        bare_cr: has_bare_cr(&self.buf),
                    });
                }
                return Ok(None);
            };
            let end = self.scanned + i;
            let mut line: Vec<u8> = self.buf.drain(..=end).collect();
            self.scanned = 0;
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            } else {
                self.saw_bare_lf = true;
            }
            if line.len() > MAX_LINE {
                return Err(FrameError::LineTooLong {
                    bare_cr: has_bare_cr(&line),
                });
            }
            self.building.bytes.extend_from_slice(&line);
            self.building.bytes.extend_from_slice(b"\r\n");
            if self.building.bytes.len() > MAX_RESPONSE {
                return Err(FrameError::ResponseTooLong);
            }
            let announced = literal_announcement(&line);
            self.building.lines.push(line);
            match announced {
                None => return Ok(Some(std::mem::take(&mut self.building))),
                Some(Err(())) => return Err(FrameError::LiteralTooLong { announced: None }),
                Some(Ok(n)) => {
                    let Ok(n) = usize::try_from(n) else {
                        return Err(FrameError::LiteralTooLong { announced: Some(n) });
                    };
                    if n > MAX_LITERAL {
                        return Err(FrameError::LiteralTooLong {
                            announced: Some(n as u64),
                        });
                    }
                    if self.building.bytes.len() + n > MAX_RESPONSE {
                        return Err(FrameError::ResponseTooLong);
                    }
                    self.literal_left = n;
                    self.building.literal_bytes += n;
                }
            }
        }
    }

    /// What arrived of a response that is not complete yet (at most [`MAX_RESPONSE`] and a read).
    pub fn partial(&self) -> Vec<u8> {
        let mut bytes = self.building.bytes.clone();
        bytes.extend_from_slice(&self.buf);
        bytes
    }

    /// Lines of the unfinished response that already arrived.
    pub fn partial_lines(&self) -> usize {
        self.building.lines.len()
    }

    /// Drop and return everything not yet read as a response: after the server agreed to
    /// STARTTLS, plain text must never be read as if it came over TLS.
    pub fn take_buffered(&mut self) -> Vec<u8> {
        let mut bytes = std::mem::take(&mut self.building).bytes;
        bytes.append(&mut self.buf);
        self.scanned = 0;
        self.literal_left = 0;
        bytes
    }
}

/// The literal a line announces at its end: `{n}` or `{n+}` (RFC 7888). `Err` when the number is
/// too big for 64 bits.
fn literal_announcement(line: &[u8]) -> Option<Result<u64, ()>> {
    let inner = line.strip_suffix(b"}")?;
    let open = inner.iter().rposition(|&b| b == b'{')?;
    let digits = &inner[open + 1..];
    let digits = digits.strip_suffix(b"+").unwrap_or(digits);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut n: u64 = 0;
    for &d in digits {
        let Some(next) = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(d - b'0')))
        else {
            return Some(Err(()));
        };
        n = next;
    }
    Some(Ok(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(data: &[u8]) -> Vec<Result<Frame, FrameError>> {
        let mut reader = FrameReader::new();
        reader.push(data);
        let mut out = Vec::new();
        loop {
            match reader.next_frame() {
                Ok(Some(f)) => out.push(Ok(f)),
                Ok(None) => return out,
                Err(e) => {
                    out.push(Err(e));
                    return out;
                }
            }
        }
    }

    #[test]
    fn a_literal_joins_its_lines_into_one_response() {
        let got = frames(b"* STATUS {5}\r\nINBOX (MESSAGES 2)\r\na1 OK done\r\n");
        let first = got[0].as_ref().unwrap();
        assert_eq!(first.bytes, b"* STATUS {5}\r\nINBOX (MESSAGES 2)\r\n");
        assert_eq!(first.lines.len(), 2);
        assert_eq!(first.literal_bytes, 5);
        assert_eq!(got[1].as_ref().unwrap().bytes, b"a1 OK done\r\n");
    }

    #[test]
    fn a_bare_lf_ends_a_line_and_is_reported() {
        let mut reader = FrameReader::new();
        reader.push(b"* OK ready\n");
        assert_eq!(
            reader.next_frame().unwrap().unwrap().bytes,
            b"* OK ready\r\n"
        );
        assert!(reader.saw_bare_lf());
    }

    #[test]
    fn a_huge_literal_is_refused_when_announced() {
        let got = frames(b"* 1 FETCH (BODY[] {4294967296}\r\n");
        assert_eq!(
            got[0],
            Err(FrameError::LiteralTooLong {
                announced: Some(4_294_967_296)
            })
        );
        let got = frames(b"* OK {99999999999999999999999}\r\n");
        assert_eq!(got[0], Err(FrameError::LiteralTooLong { announced: None }));
    }

    #[test]
    fn literals_that_add_up_past_the_bound_end_the_response() {
        let mut data = Vec::new();
        for _ in 0..10 {
            data.extend_from_slice(format!("* X {{{MAX_LITERAL}}}\r\n").as_bytes());
            data.extend(std::iter::repeat_n(b'a', MAX_LITERAL));
        }
        let got = frames(&data);
        assert_eq!(got.last(), Some(&Err(FrameError::ResponseTooLong)));
    }

    #[test]
    fn an_endless_line_is_cut_at_the_bound() {
        let mut reader = FrameReader::new();
        reader.push(&vec![b'a'; MAX_LINE + 1]);
        assert_eq!(
            reader.next_frame(),
            Err(FrameError::LineTooLong { bare_cr: false })
        );
    }
}
