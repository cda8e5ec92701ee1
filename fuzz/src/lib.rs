//! Fuzzing harnesses for the reply parsers and the sans-IO POP3 and SMTP sessions. The
//! cargo-fuzz targets call them; the main crate's `tests/fuzz_corpus.rs` runs them over the
//! committed seeds and regressions, so every crash found stays a plain `cargo test`.
//!
//! Session input format: byte 0 chooses the configuration (see [`session_config`]); then a
//! sequence of operations:
//! - `0x00..=0xEF` (n): the next n + 1 bytes arrive from the server;
//! - `0xF0`: the step deadline passes; `0xF1`: the server closes the connection;
//! - `0xF2`: the driver aborts the session (as when the port turns out to speak TLS);
//! - `0xF3 len count_hi count_lo pattern…`: the pattern (1–16 bytes) arrives `count` times, to
//!   reach the size bounds that short inputs cannot;
//! - `0xF4..=0xFF`: ignored.
//!
//! When a session asks for a TLS upgrade, the next input byte is the handshake's result (even:
//! established, odd: failed), as the real driver answers at once.

use mailtriage::account::{Secret, Security};
use mailtriage::model::{Evidence, IoFailure};
use mailtriage::proto::pop3::Pop3Session;
use mailtriage::proto::reply::{
    EnhancedCode, LineReader, MAX_LINE, MAX_REPLY_LINES, Pop3Body, SmtpReply, SmtpReplyAssembler,
    parse_pop3_status,
};
use mailtriage::proto::sasl;
use mailtriage::proto::session::{Action, Credentials, Depth, Session, SessionConfig};
use mailtriage::proto::smtp::SmtpSession;

/// The password of every fuzzed session; it must never show in what a session records.
pub const PASSWORD: &str = "fuzz-Secret-77";
/// The user of every fuzzed session.
pub const USER: &str = "fuzz.user@example.test";

/// Most commands one session may send: a full SMTP session with STARTTLS, AUTH LOGIN and the dry
/// run sends about a dozen.
const MAX_SENDS: usize = 40;
/// Longest command line a session may send.
const MAX_COMMAND: usize = 1_024;
/// Longest text of one recorded line or evidence: sanitized text keeps 1000 characters, each
/// shown as at most 8 (`\u{202e}`), then a cut marker; evidence may join two replies.
const MAX_RECORDED_CHARS: usize = 2 * (8 * 1_000 + 16);
/// Commands that read or change the mailbox or send mail: never sent.
const FORBIDDEN: [&str; 5] = ["DELE", "RETR", "TOP", "DATA", "BDAT"];
/// Longest repeated pattern and most repetitions of the `0xF3` operation.
const MAX_PATTERN: usize = 16;

/// Feed bytes to the line reader in chunks of a size chosen by byte 0, and every line to every
/// parser; check the line bounds and that SMTP replies survive a round trip through their text.
pub fn reply_parsing(data: &[u8]) {
    let Some((&seed, rest)) = data.split_first() else {
        return;
    };
    let chunk = usize::from(seed % 64) + 1;
    let mut reader = LineReader::new();
    let mut assembler = SmtpReplyAssembler::new();
    let mut body = Pop3Body::new(10);
    for piece in rest.chunks(chunk) {
        reader.push(piece);
        loop {
            match reader.next_line() {
                Ok(Some(line)) => {
                    assert!(line.len() <= MAX_LINE, "line of {} bytes", line.len());
                    assert!(!line.contains(&b'\n'));
                    parse_line(&line, &mut assembler, &mut body);
                }
                Ok(None) => break,
                Err(_) => {
                    // The sessions end on a framing error; so does this reader.
                    reader = LineReader::new();
                    break;
                }
            }
        }
        assert!(reader.buffered() <= MAX_LINE + chunk);
    }
}

fn parse_line(line: &[u8], assembler: &mut SmtpReplyAssembler, body: &mut Pop3Body) {
    let _ = parse_pop3_status(line);
    let _ = EnhancedCode::parse_prefix(&String::from_utf8_lossy(line));
    if body.push_line(line).is_err() {
        *body = Pop3Body::new(10);
    }
    assert!(body.lines().len() <= 10);
    if let Ok(Some(reply)) = assembler.push_line(line) {
        assert!((200..600).contains(&reply.code));
        assert!(!reply.lines.is_empty() && reply.lines.len() <= MAX_REPLY_LINES);
        assert_eq!(
            SmtpReply::parse_text(&reply.full_text()).as_ref(),
            Some(&reply),
            "the reply's text does not read back as the same reply"
        );
        let _ = reply.enhanced();
    }
}

/// The session configuration chosen by byte 0: bits 0–1 security (tls, starttls, none, none),
/// bit 2 credentials, bit 3 plain-text login allowed, bit 4 connection depth only, bit 5 a
/// sender, bit 6 a recipient.
pub fn session_config(flags: u8) -> SessionConfig {
    let security = match flags & 3 {
        0 => Security::Tls,
        1 => Security::Starttls,
        _ => Security::None,
    };
    SessionConfig {
        security,
        credentials: (flags & 4 != 0).then(|| Credentials {
            user: USER.into(),
            password: Secret::new(PASSWORD),
        }),
        allow_plaintext_auth: flags & 8 != 0,
        depth: if flags & 16 != 0 {
            Depth::Connection
        } else {
            Depth::Full
        },
        from: (flags & 32 != 0).then(|| "from@example.test".to_string()),
        to: (flags & 64 != 0).then(|| "to@example.test".to_string()),
        ehlo_name: "fuzz.example.test".into(),
    }
}

/// Drive a POP3 session with the input; see the crate documentation for the format.
pub fn pop3_session(data: &[u8]) {
    drive(data, |cfg| {
        let tls = cfg.security == Security::Tls;
        Box::new(Pop3Session::new(cfg, tls))
    });
}

/// Drive an SMTP session with the input; see the crate documentation for the format.
pub fn smtp_session(data: &[u8]) {
    drive(data, |cfg| {
        let tls = cfg.security == Security::Tls;
        Box::new(SmtpSession::new(cfg, tls))
    });
}

/// What the harness has seen a session do, and the checks on each action.
struct Watch {
    secrets: Vec<String>,
    sends: usize,
    logins: usize,
    users: usize,
    upgrades: usize,
    closed: bool,
    tls_asked: bool,
}

impl Watch {
    /// Watch a session; the password is looked for only when the session was given it.
    fn new(with_password: bool) -> Watch {
        let secrets = if with_password {
            vec![
                PASSWORD.to_string(),
                sasl::plain_response(USER, PASSWORD),
                sasl::login_response(PASSWORD),
            ]
        } else {
            Vec::new()
        };
        Watch {
            secrets,
            sends: 0,
            logins: 0,
            users: 0,
            upgrades: 0,
            closed: false,
            tls_asked: false,
        }
    }

    /// The password must not show. An escape stands for a byte the server sent, so it is read
    /// as one unknown character: `\xffuzz…` is the server's byte 0xff and "uzz…", not "fuzz…".
    fn assert_no_secret(&self, what: &str, text: &str) {
        let text = &escapes_as_unknown(text);
        for s in &self.secrets {
            assert!(
                !text.contains(s.as_str()),
                "{what} shows the password: {text:?}"
            );
        }
    }

    fn assert_recorded_text(&self, what: &str, text: &str, newlines: bool) {
        self.assert_no_secret(what, text);
        assert!(
            text.chars().count() <= MAX_RECORDED_CHARS,
            "{what} of {} characters",
            text.chars().count()
        );
        let bad = text
            .chars()
            .find(|c| c.is_control() && !(newlines && *c == '\n'));
        assert!(bad.is_none(), "{what} holds control character {bad:?}");
    }

    fn send(&mut self, wire: &[u8], shown: &str) {
        assert!(!self.closed, "a command after the session closed");
        self.sends += 1;
        assert!(self.sends <= MAX_SENDS, "more than {MAX_SENDS} commands");
        assert!(
            wire.len() <= MAX_COMMAND,
            "a command of {} bytes",
            wire.len()
        );
        assert!(wire.ends_with(b"\r\n"), "not CRLF-terminated: {wire:?}");
        let body = &wire[..wire.len() - 2];
        assert!(
            !body.contains(&b'\r') && !body.contains(&b'\n'),
            "more than one line: {wire:?}"
        );
        let text = String::from_utf8_lossy(body);
        let verb = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        assert!(!FORBIDDEN.contains(&verb.as_str()), "sent {text:?}");
        match verb.as_str() {
            "PASS" | "AUTH" | "APOP" => self.logins += 1,
            "USER" => self.users += 1,
            "STLS" | "STARTTLS" => self.upgrades += 1,
            _ => {}
        }
        assert!(self.logins <= 1, "a second login attempt: {text:?}");
        assert!(self.users <= 1, "a second USER");
        assert!(self.upgrades <= 1, "a second TLS upgrade");
        self.assert_recorded_text("a shown command", shown, false);
    }

    fn check(&mut self, action: Action) {
        match action {
            Action::Send { wire, shown } => self.send(&wire, &shown),
            Action::Received(text) => self.assert_recorded_text("a received line", &text, false),
            Action::Note(text) => self.assert_recorded_text("a note", &text, false),
            Action::StepFinished {
                detail, evidence, ..
            } => {
                self.assert_recorded_text("a step detail", &detail, false);
                for text in evidence.iter().flat_map(evidence_texts) {
                    self.assert_recorded_text("evidence", text, true);
                }
            }
            Action::Facts(facts) => {
                self.assert_no_secret("facts", &format!("{facts:?}"));
                for text in facts.greeting.iter().chain(&facts.capabilities) {
                    self.assert_recorded_text("a fact", text, false);
                }
            }
            Action::StartTls => {
                assert!(!self.closed, "a TLS upgrade after the session closed");
                self.tls_asked = true;
            }
            Action::Close => {
                assert!(!self.closed, "closed twice");
                self.closed = true;
            }
            Action::StepStarted(_) => {}
        }
    }
}

/// The texts of a piece of evidence.
fn evidence_texts(e: &Evidence) -> Vec<&str> {
    match e {
        Evidence::Reply { sent, reply } => sent
            .iter()
            .map(String::as_str)
            .chain([reply.as_str()])
            .collect(),
        Evidence::Io { message, .. } => vec![message],
        Evidence::Tls {
            message,
            peer_bytes,
            ..
        } => [Some(message.as_str()), peer_bytes.as_deref()]
            .into_iter()
            .flatten()
            .collect(),
        Evidence::SpeaksTls { how } => vec![how],
        Evidence::Declined { reason } => vec![reason],
    }
}

/// Sanitizer escapes (`\x1b`, `\u{9b}`, `\t`, `\r`, `\n`) replaced by U+FFFD.
fn escapes_as_unknown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let hex2 = after.len() >= 3
            && after.starts_with('x')
            && after.as_bytes()[1..3].iter().all(u8::is_ascii_hexdigit);
        let skip = if hex2 {
            Some(3)
        } else if after.starts_with("u{") {
            after.find('}').map(|end| end + 1)
        } else if after.starts_with(['t', 'r', 'n']) {
            Some(1)
        } else {
            None
        };
        match skip {
            Some(n) => {
                out.push('\u{fffd}');
                rest = &after[n..];
            }
            None => {
                out.push('\\');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Actions allowed for one event: a few per line the event carried, and some slack.
fn action_budget(newlines: usize) -> usize {
    32 + 8 * newlines
}

fn drive(data: &[u8], make: impl Fn(SessionConfig) -> Box<dyn Session>) {
    let Some((&flags, mut ops)) = data.split_first() else {
        return;
    };
    let mut session = make(session_config(flags));
    let mut watch = Watch::new(flags & 4 != 0);
    drain(session.as_mut(), &mut watch, &mut ops, 0);
    while let Some((&op, rest)) = ops.split_first() {
        ops = rest;
        let mut newlines = 0;
        match op {
            0x00..=0xEF => {
                let n = (usize::from(op) + 1).min(ops.len());
                let (bytes, rest) = ops.split_at(n);
                ops = rest;
                newlines = bytes.iter().filter(|b| **b == b'\n').count();
                session.receive(bytes);
            }
            0xF0 => session.timed_out(mailtriage::proto::session::Deadline::Step),
            0xF1 => session.closed(),
            0xF2 => session.abort(
                "aborted by the driver",
                Evidence::Io {
                    failure: IoFailure::Other,
                    message: "aborted by the driver".into(),
                },
            ),
            0xF3 => {
                let Some((pattern, count, rest)) = repeat_op(ops) else {
                    return;
                };
                ops = rest;
                newlines = pattern.iter().filter(|b| **b == b'\n').count() * count;
                for _ in 0..count {
                    session.receive(pattern);
                }
            }
            _ => continue,
        }
        drain(session.as_mut(), &mut watch, &mut ops, newlines);
    }
}

/// `len count_hi count_lo pattern…` of the repeat operation.
fn repeat_op(ops: &[u8]) -> Option<(&[u8], usize, &[u8])> {
    let (&len, rest) = ops.split_first()?;
    let len = usize::from(len) % MAX_PATTERN + 1;
    let (count, rest) = rest.split_at_checked(2)?;
    let count = usize::from(u16::from_be_bytes([count[0], count[1]]));
    let (pattern, rest) = rest.split_at_checked(len)?;
    Some((pattern, count, rest))
}

/// Poll every action the session has, checking each; answer a TLS upgrade from the input.
fn drain(session: &mut dyn Session, watch: &mut Watch, ops: &mut &[u8], newlines: usize) {
    let mut actions = 0;
    let budget = action_budget(newlines);
    loop {
        while let Some(action) = session.poll_action() {
            actions += 1;
            assert!(
                actions <= budget,
                "more than {budget} actions for one event"
            );
            watch.check(action);
        }
        if !watch.tls_asked {
            return;
        }
        watch.tls_asked = false;
        let established = match ops.split_first() {
            Some((&b, rest)) => {
                *ops = rest;
                b % 2 == 0
            }
            None => true,
        };
        if established {
            session.tls_established();
        } else {
            session.tls_failed();
        }
    }
}
