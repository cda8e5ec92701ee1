//! Fuzzing harnesses for the reply parsers and the sans-IO POP3, SMTP and IMAP sessions. The
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
//! - `0xF4 k`: a whole server line chosen by `k` arrives (see [`sasl_exchange`] and
//!   [`reply_matching`]; ignored by the other targets);
//! - `0xF5..=0xFF`: ignored.
//!
//! When a session asks for a TLS upgrade, the next input byte is the handshake's result (even:
//! established, odd: failed), as the real driver answers at once.

use std::collections::{HashMap, VecDeque};

mod imap_session;
pub use imap_session::imap_session;

use mailtriage_core::account::{Secret, Security};
use mailtriage_core::model::{Evidence, IoFailure, StepKind, StepStatus};
use mailtriage_core::proto::pop3::Pop3Session;
use mailtriage_core::proto::reply::{
    EnhancedCode, LineReader, MAX_LINE, MAX_REPLY_LINES, Pop3Body, SmtpReply, SmtpReplyAssembler,
    parse_pop3_status,
};
use mailtriage_core::proto::sasl;
use mailtriage_core::proto::session::{Action, Credentials, Depth, Session, SessionConfig};
use mailtriage_core::proto::smtp::SmtpSession;
use mailtriage_core::sanitize::{MAX_SANITIZED_CHARS, MAX_SANITIZED_TEXT_CHARS};

/// The password of every fuzzed session; it must never show in what a session records.
pub const PASSWORD: &str = "fuzz-Secret-77";
/// The user of every fuzzed session.
pub const USER: &str = "fuzz.user@example.test";

/// Most commands one session may send: a full SMTP session with STARTTLS, AUTH LOGIN and the dry
/// run sends about a dozen.
const MAX_SENDS: usize = 40;
/// Longest command line a session may send.
const MAX_COMMAND: usize = 1_024;
/// Longest text of one recorded line (transcript line, shown command, step detail, fact): one
/// sanitized piece, bounded after escaping, and the product's own words around it.
const MAX_LINE_CHARS: usize = MAX_SANITIZED_CHARS + 200;
/// Longest text of one piece of evidence: several sanitized lines joined, bounded after
/// escaping.
const MAX_EVIDENCE_CHARS: usize = MAX_SANITIZED_TEXT_CHARS;
/// Commands that read or change the mailbox or send mail: never sent.
const FORBIDDEN: [&str; 5] = ["DELE", "RETR", "TOP", "DATA", "BDAT"];
/// Longest repeated pattern and most repetitions of the `0xF3` operation.
const MAX_PATTERN: usize = 16;

/// Whether the check `name` is switched off by `FUZZ_SKIP` (names separated by commas:
/// `commands`, `challenger`, `password`, `reply-class`), to explore past a failure whose fix is
/// being made elsewhere. Never set in CI or in `cargo test`.
fn skipped(name: &str) -> bool {
    static SKIP: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SKIP.get_or_init(|| {
        std::env::var("FUZZ_SKIP")
            .unwrap_or_default()
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    })
    .iter()
    .any(|s| s == name)
}

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
        oauth2: None,
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

/// Which protocol a session speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Proto {
    Pop3,
    Smtp,
}

/// What a target adds to the common driver.
struct Extras {
    proto: Proto,
    /// Server bytes that arrive first, each piece as one event, before the input's operations.
    script: Vec<Vec<u8>>,
    /// The server line the `0xF4 k` operation stands for, when the target has one.
    line_op: Option<fn(Proto, u8) -> Vec<u8>>,
    /// Check that every step that ends `ok` got a reply of the right class.
    check_reply_classes: bool,
    /// Check the SASL exchange: credential lines, rounds, nothing after a refusal.
    check_sasl: bool,
}

impl Extras {
    fn plain(proto: Proto) -> Extras {
        Extras {
            proto,
            script: Vec::new(),
            line_op: None,
            check_reply_classes: false,
            check_sasl: false,
        }
    }
}

fn new_session(proto: Proto, cfg: SessionConfig) -> Box<dyn Session> {
    let tls = cfg.security == Security::Tls;
    match proto {
        Proto::Pop3 => Box::new(Pop3Session::new(cfg, tls)),
        Proto::Smtp => Box::new(SmtpSession::new(cfg, tls)),
    }
}

/// Drive a POP3 session with the input; see the crate documentation for the format.
pub fn pop3_session(data: &[u8]) {
    let Some((&flags, ops)) = data.split_first() else {
        return;
    };
    drive(session_config(flags), ops, &Extras::plain(Proto::Pop3));
}

/// Drive an SMTP session with the input; see the crate documentation for the format.
pub fn smtp_session(data: &[u8]) {
    let Some((&flags, ops)) = data.split_first() else {
        return;
    };
    drive(session_config(flags), ops, &Extras::plain(Proto::Smtp));
}

/// Drive a POP3 or SMTP session that offers AUTH PLAIN and/or LOGIN into the login over TLS,
/// then feed arbitrary challenges and replies.
///
/// Byte 0: bit 0 the protocol (POP3, SMTP); bits 1–2 the mechanisms offered (PLAIN, LOGIN,
/// both, none: then POP3 offers USER and SMTP no AUTH); bit 3 PIPELINING; bit 4 a sender; bit 5
/// a recipient; bit 6 plain text with plain-text login allowed instead of TLS. The scripted
/// greeting and capabilities follow, then the operations of the crate documentation; `0xF4 k`
/// is a server line carrying a form of the password (`k` low nibble: which form; high nibble: a
/// challenge, an acceptance, a refusal, or a challenge that is not base64).
///
/// Checked, besides everything the session targets check: the password, its base64 and PLAIN
/// forms never show, decoded challenges included; at most the mechanism's own credential lines
/// are sent (PLAIN and USER/PASS: 1, LOGIN: 2), none after the server refused the login; and
/// once the input ends, a server that answers everything with a challenge is stopped within
/// [`MAX_SASL_TAIL_ROUNDS`] rounds.
pub fn sasl_exchange(data: &[u8]) {
    let Some((&flags, ops)) = data.split_first() else {
        return;
    };
    let proto = if flags & 1 == 0 {
        Proto::Pop3
    } else {
        Proto::Smtp
    };
    let mechanisms = match (flags >> 1) & 3 {
        0 => "PLAIN",
        1 => "LOGIN",
        2 => "PLAIN LOGIN",
        _ => "",
    };
    let pipelining = flags & 8 != 0;
    let plain_text = flags & 64 != 0;
    let cfg = SessionConfig {
        security: if plain_text {
            Security::None
        } else {
            Security::Tls
        },
        credentials: Some(Credentials {
            user: USER.into(),
            password: Secret::new(PASSWORD),
        }),
        oauth2: None,
        allow_plaintext_auth: plain_text,
        depth: Depth::Full,
        from: (flags & 16 != 0).then(|| "from@example.test".to_string()),
        to: (flags & 32 != 0).then(|| "to@example.test".to_string()),
        ehlo_name: "fuzz.example.test".into(),
    };
    let script = match proto {
        Proto::Pop3 => {
            let mut capa = String::from("+OK\r\n");
            if mechanisms.is_empty() {
                capa.push_str("USER\r\n");
            } else {
                capa.push_str(&format!("SASL {mechanisms}\r\n"));
            }
            if pipelining {
                capa.push_str("PIPELINING\r\n");
            }
            capa.push_str(".\r\n");
            vec![b"+OK fuzz POP3 ready\r\n".to_vec(), capa.into_bytes()]
        }
        Proto::Smtp => {
            let mut ehlo = String::from("250-fuzz.example.test\r\n");
            if pipelining {
                ehlo.push_str("250-PIPELINING\r\n");
            }
            if mechanisms.is_empty() {
                ehlo.push_str("250 8BITMIME\r\n");
            } else {
                ehlo.push_str(&format!("250 AUTH {mechanisms}\r\n"));
            }
            vec![
                b"220 fuzz.example.test ESMTP\r\n".to_vec(),
                ehlo.into_bytes(),
            ]
        }
    };
    let extras = Extras {
        proto,
        script,
        line_op: Some(secret_line),
        check_reply_classes: false,
        check_sasl: true,
    };
    drive(cfg, ops, &extras);
}

/// Drive a POP3 or SMTP session with arbitrary reply sequences, PIPELINING reachable.
///
/// Byte 0: bits 0–6 as in [`session_config`], bit 7 the protocol (POP3, SMTP). `0xF4 k` is a
/// whole, well-formed reply chosen by `k` from the replies each command may get (greetings,
/// capability lists with PIPELINING, every class of status), so that the fuzzer reorders
/// replies rather than spelling them.
///
/// Checked, besides everything the session targets check: every step that ends `ok` got, in
/// order, a reply of the right class for its last command (RFC 5321 §4.3.2 codes for SMTP,
/// `+OK` for POP3); the commands that read or change the mailbox or send mail are never sent;
/// all recorded text is bounded after escaping.
pub fn reply_matching(data: &[u8]) {
    let Some((&flags, ops)) = data.split_first() else {
        return;
    };
    let proto = if flags & 0x80 == 0 {
        Proto::Pop3
    } else {
        Proto::Smtp
    };
    let extras = Extras {
        proto,
        script: Vec::new(),
        line_op: Some(canned_reply),
        check_reply_classes: true,
        check_sasl: false,
    };
    drive(session_config(flags), ops, &extras);
}

/// The forms of the password a hostile server may send back.
fn secret_forms() -> [String; 6] {
    let raw_plain = format!("\0{USER}\0{PASSWORD}");
    [
        PASSWORD.to_string(),
        sasl::login_response(PASSWORD),
        sasl::plain_response(USER, PASSWORD),
        // Challenges that decode to the forms above.
        sasl::login_response(&sasl::login_response(PASSWORD)),
        sasl::login_response(&sasl::plain_response(USER, PASSWORD)),
        sasl::login_response(&raw_plain),
    ]
}

/// The `0xF4 k` line of [`sasl_exchange`]: a form of the password in a challenge, an
/// acceptance or a refusal.
fn secret_line(proto: Proto, k: u8) -> Vec<u8> {
    let forms = secret_forms();
    let form = &forms[usize::from(k & 0x0f) % forms.len()];
    let line = match (proto, (k >> 4) % 4) {
        (Proto::Smtp, 0) => format!("334 {form}"),
        (Proto::Smtp, 1) => format!("235 2.7.0 {form}"),
        (Proto::Smtp, 2) => format!("535 5.7.8 {form}"),
        (Proto::Smtp, _) => format!("334 {form} {form}"),
        (Proto::Pop3, 0) => format!("+ {form}"),
        (Proto::Pop3, 1) => format!("+OK {form}"),
        (Proto::Pop3, 2) => format!("-ERR [AUTH] {form}"),
        (Proto::Pop3, _) => format!("+ {form} {form}"),
    };
    format!("{line}\r\n").into_bytes()
}

/// SMTP replies for [`reply_matching`]: every code a submission session may meet.
const SMTP_REPLIES: [&str; 24] = [
    "220 mx.example.test ESMTP\r\n",
    "250-mx.example.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n",
    "250-mx.example.test\r\n250-PIPELINING\r\n250 AUTH PLAIN\r\n",
    "250-mx.example.test\r\n250 AUTH LOGIN\r\n",
    "250 2.1.0 ok\r\n",
    "251 2.1.5 will forward\r\n",
    "235 2.7.0 authenticated\r\n",
    "334 VXNlcm5hbWU6\r\n",
    "334 UGFzc3dvcmQ6\r\n",
    "334 \r\n",
    "221 2.0.0 bye\r\n",
    "354 go ahead\r\n",
    "421 4.3.2 closing\r\n",
    "450 4.2.0 busy\r\n",
    "454 4.7.0 TLS not available\r\n",
    "500 5.5.1 what\r\n",
    "501 5.5.4 syntax\r\n",
    "502 5.5.1 not implemented\r\n",
    "503 5.5.1 bad sequence\r\n",
    "504 5.5.4 mechanism not supported\r\n",
    "530 5.7.0 authentication required\r\n",
    "535 5.7.8 bad credentials\r\n",
    "550 5.1.1 no such user\r\n",
    "554 5.7.1 refused\r\n",
];

/// POP3 replies for [`reply_matching`].
const POP3_REPLIES: [&str; 12] = [
    "+OK POP3 ready\r\n",
    "+OK POP3 ready <1.2@mx.example.test>\r\n",
    "+OK\r\nPIPELINING\r\nUSER\r\nSASL PLAIN LOGIN\r\nSTLS\r\nUIDL\r\n.\r\n",
    "+OK\r\nPIPELINING\r\nSASL LOGIN\r\nUIDL\r\n.\r\n",
    "+OK\r\n",
    "+OK 2 320\r\n",
    "+OK\r\n1 a\r\n2 b\r\n.\r\n",
    "-ERR no\r\n",
    "-ERR [AUTH] bad credentials\r\n",
    "+ VXNlcm5hbWU6\r\n",
    "+ \r\n",
    ".\r\n",
];

/// The `0xF4 k` reply of [`reply_matching`].
fn canned_reply(proto: Proto, k: u8) -> Vec<u8> {
    let k = usize::from(k);
    match proto {
        Proto::Smtp => SMTP_REPLIES[k % SMTP_REPLIES.len()],
        Proto::Pop3 => POP3_REPLIES[k % POP3_REPLIES.len()],
    }
    .as_bytes()
    .to_vec()
}

/// The step a command belongs to, from its verb; `None` for the lines of a SASL exchange (a
/// base64 answer, the `*` that cancels), which continue the AUTH before them.
fn command_step(proto: Proto, verb: &str) -> Option<StepKind> {
    Some(match (proto, verb) {
        (_, "QUIT") => StepKind::Quit,
        (_, "AUTH") => StepKind::Login,
        (Proto::Smtp, "EHLO" | "HELO") => StepKind::Ehlo,
        (Proto::Smtp, "STARTTLS") => StepKind::Starttls,
        (Proto::Smtp, "MAIL") => StepKind::MailFrom,
        (Proto::Smtp, "RCPT") => StepKind::RcptTo,
        (Proto::Smtp, "RSET") => StepKind::Rset,
        (Proto::Pop3, "CAPA") => StepKind::Capa,
        (Proto::Pop3, "STLS") => StepKind::Stls,
        (Proto::Pop3, "USER" | "PASS" | "APOP") => StepKind::Login,
        (Proto::Pop3, "STAT") => StepKind::Stat,
        (Proto::Pop3, "UIDL") => StepKind::Uidl,
        _ => return None,
    })
}

/// How a reply reads, for matching it to its command.
#[derive(Debug, Clone, PartialEq)]
enum Reply {
    /// SMTP: the code of the reply's last line.
    Code(u16),
    /// POP3 `+OK`.
    Ok,
    /// POP3 `-ERR`.
    Err,
    /// A challenge: SMTP `334`, POP3 `+ `.
    Challenge,
}

impl Reply {
    /// Whether this reply may end the step of `verb` as `ok` (RFC 5321 §4.3.2; RFC 1939).
    fn completes(&self, verb: &str) -> bool {
        match self {
            Reply::Code(code) => match verb {
                "GREETING" | "STARTTLS" => *code == 220,
                "AUTH" => *code == 235,
                "QUIT" => *code == 221,
                "RCPT" => matches!(code, 250 | 251),
                _ => *code == 250,
            },
            Reply::Ok => true,
            Reply::Err | Reply::Challenge => false,
        }
    }

    fn is_refusal(&self) -> bool {
        match self {
            Reply::Code(code) => *code >= 400,
            Reply::Err => true,
            Reply::Ok | Reply::Challenge => false,
        }
    }
}

/// A step's last command and, once it came, the reply matched to it.
#[derive(Debug, Clone)]
struct Exchange {
    verb: String,
    reply: Option<Reply>,
}

/// An independent model of which reply answers which command: commands in the order sent,
/// replies in the order the session read them (its transcript), matched first to first as
/// RFC 5321 §3.1 / RFC 2920 and RFC 2449 require.
struct ReplyModel {
    proto: Proto,
    /// Commands sent and not yet answered, oldest first.
    waiting: VecDeque<String>,
    /// The last command of each step, and its reply.
    last: HashMap<StepKind, Exchange>,
    /// POP3: inside a multi-line answer.
    in_body: bool,
    /// A line the model cannot read came: the session ends on it; stop checking.
    lost: bool,
    /// The server refused a login command.
    login_refused: bool,
}

impl ReplyModel {
    fn new(proto: Proto) -> ReplyModel {
        let mut last = HashMap::new();
        last.insert(
            StepKind::Greeting,
            Exchange {
                verb: "GREETING".into(),
                reply: None,
            },
        );
        ReplyModel {
            proto,
            waiting: VecDeque::from(["GREETING".to_string()]),
            last,
            in_body: false,
            lost: false,
            login_refused: false,
        }
    }

    fn sent(&mut self, text: &str) {
        let verb = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        if let Some(step) = command_step(self.proto, &verb) {
            self.last.insert(
                step,
                Exchange {
                    verb: verb.clone(),
                    reply: None,
                },
            );
            self.waiting.push_back(verb);
        }
    }

    /// A line the session read (sanitized, as in its transcript).
    fn received(&mut self, line: &str) {
        if self.lost {
            return;
        }
        let reply = match self.proto {
            Proto::Smtp => {
                let code = line
                    .get(..3)
                    .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|c| c.parse::<u16>().ok());
                match (code, line.as_bytes().get(3)) {
                    (Some(_), Some(b'-')) => return,
                    (Some(334), None | Some(b' ')) => Reply::Challenge,
                    (Some(code), None | Some(b' ')) => Reply::Code(code),
                    _ => {
                        self.lost = true;
                        return;
                    }
                }
            }
            Proto::Pop3 => {
                if self.in_body {
                    if line == "." {
                        self.in_body = false;
                    }
                    return;
                }
                let word = |w: &str| {
                    line.get(..w.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(w))
                        && matches!(line.as_bytes().get(w.len()), None | Some(b' '))
                };
                if word("+OK") {
                    Reply::Ok
                } else if word("-ERR") {
                    Reply::Err
                } else if word("+") {
                    Reply::Challenge
                } else {
                    self.lost = true;
                    return;
                }
            }
        };
        let Some(verb) = self.waiting.front().cloned() else {
            // A reply nobody asked for: the session ignores it.
            return;
        };
        if reply == Reply::Challenge && verb == "AUTH" {
            // The exchange goes on; its end is AUTH's reply.
            self.record(&verb, reply);
            return;
        }
        self.waiting.pop_front();
        if self.proto == Proto::Pop3
            && reply == Reply::Ok
            && matches!(verb.as_str(), "CAPA" | "UIDL")
        {
            self.in_body = true;
        }
        if reply.is_refusal() && matches!(verb.as_str(), "AUTH" | "USER" | "PASS" | "APOP") {
            self.login_refused = true;
        }
        self.record(&verb, reply);
    }

    fn record(&mut self, verb: &str, reply: Reply) {
        let Some(step) =
            command_step(self.proto, verb).or((verb == "GREETING").then_some(StepKind::Greeting))
        else {
            return;
        };
        if let Some(ex) = self.last.get_mut(&step)
            && ex.verb == verb
        {
            ex.reply = Some(reply);
        }
    }

    /// A step ended `ok`: its last command must have had a reply that completes it.
    fn check_ok(&self, step: StepKind) {
        let answered_by_replies = matches!(
            step,
            StepKind::Greeting
                | StepKind::Capa
                | StepKind::Stls
                | StepKind::Ehlo
                | StepKind::Starttls
                | StepKind::Login
                | StepKind::Stat
                | StepKind::Uidl
                | StepKind::MailFrom
                | StepKind::RcptTo
                | StepKind::Rset
                | StepKind::Quit
        );
        if self.lost || !answered_by_replies {
            return;
        }
        let Some(ex) = self.last.get(&step) else {
            panic!("{step:?} ended ok, but no command of it was sent");
        };
        match &ex.reply {
            Some(reply) => assert!(
                reply.completes(&ex.verb),
                "{step:?} ended ok on {reply:?}, not a reply that completes {}",
                ex.verb
            ),
            // After QUIT, the server closing the connection is an answer too.
            None => assert!(
                step == StepKind::Quit,
                "{step:?} ended ok before {} was answered",
                ex.verb
            ),
        }
    }
}

/// Lines of the login a session has sent, for the SASL checks.
#[derive(Default)]
struct SaslWatch {
    /// Lines that carry the user name or password in any form.
    credential_lines: usize,
    /// Credential lines the mechanism in use needs.
    allowed: usize,
    /// Sends while the driver plays an endless challenger (see [`MAX_SASL_TAIL_ROUNDS`]).
    tail_sends: usize,
    /// The last command sent, as shown.
    last_shown: String,
}

/// Rounds of an endless challenger (a challenge after every line) after which a session must
/// have stopped answering.
pub const MAX_SASL_TAIL_ROUNDS: usize = 8;

/// What the harness has seen a session do, and the checks on each action.
struct Watch {
    secrets: Vec<String>,
    /// Forms that make a sent line a credential line.
    credential_forms: Vec<String>,
    sends: usize,
    logins: usize,
    users: usize,
    upgrades: usize,
    closed: bool,
    tls_asked: bool,
    model: ReplyModel,
    check_reply_classes: bool,
    sasl: Option<SaslWatch>,
}

impl Watch {
    /// Watch a session; the password is looked for only when the session was given it.
    fn new(with_password: bool, extras: &Extras) -> Watch {
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
            credential_forms: vec![
                PASSWORD.to_string(),
                sasl::plain_response(USER, PASSWORD),
                sasl::login_response(PASSWORD),
                sasl::login_response(USER),
            ],
            sends: 0,
            logins: 0,
            users: 0,
            upgrades: 0,
            closed: false,
            tls_asked: false,
            model: ReplyModel::new(extras.proto),
            check_reply_classes: extras.check_reply_classes,
            sasl: extras.check_sasl.then(SaslWatch::default),
        }
    }

    /// The password must not show. An escape stands for a byte the server sent, so it is read
    /// as one unknown character: `\xffuzz…` is the server's byte 0xff and "uzz…", not "fuzz…".
    fn assert_no_secret(&self, what: &str, text: &str) {
        if skipped("password") {
            return;
        }
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
        let max = if newlines {
            MAX_EVIDENCE_CHARS
        } else {
            MAX_LINE_CHARS
        };
        assert!(
            text.chars().count() <= max,
            "{what} of {} characters (at most {max})",
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
        assert!(
            self.sends <= MAX_SENDS || skipped("commands"),
            "more than {MAX_SENDS} commands"
        );
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
        if let Some(sasl) = &mut self.sasl {
            sasl.tail_sends += 1;
            sasl.last_shown = shown.to_string();
            if verb == "AUTH" {
                sasl.allowed = if text.to_ascii_uppercase().starts_with("AUTH LOGIN") {
                    2
                } else {
                    1
                };
            }
            if verb == "USER" || verb == "APOP" {
                sasl.allowed = 1;
            }
            if self
                .credential_forms
                .iter()
                .any(|f| text.contains(f.as_str()))
            {
                assert!(
                    !self.model.login_refused,
                    "a credential line after the server refused the login"
                );
                sasl.credential_lines += 1;
                assert!(
                    sasl.credential_lines <= sasl.allowed,
                    "{} credential lines, the mechanism needs {}",
                    sasl.credential_lines,
                    sasl.allowed
                );
            }
        }
        self.model.sent(&text);
    }

    fn check(&mut self, action: Action) {
        match action {
            Action::Send { wire, shown } => self.send(&wire, &shown),
            Action::Received(text) => {
                self.assert_recorded_text("a received line", &text, false);
                self.model.received(&text);
            }
            Action::Note(text) => self.assert_recorded_text("a note", &text.to_string(), false),
            Action::StepFinished {
                step,
                status,
                detail,
                evidence,
            } => {
                self.assert_recorded_text("a step detail", &detail.to_string(), false);
                for text in evidence.iter().flat_map(evidence_texts) {
                    self.assert_recorded_text("evidence", &text, true);
                }
                if self.check_reply_classes && status == StepStatus::Ok && !skipped("reply-class") {
                    self.model.check_ok(step);
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

/// The texts of a piece of evidence, in English (the words of a phrase are the catalogue's; what
/// the server sent is inside them as it came).
fn evidence_texts(e: &Evidence) -> Vec<String> {
    match e {
        Evidence::Reply { sent, reply } => sent.iter().chain([reply]).cloned().collect(),
        Evidence::Io { message, .. } => vec![message.english().into_owned()],
        Evidence::Tls {
            message,
            peer_bytes,
            ..
        } => [Some(message.english().into_owned()), peer_bytes.clone()]
            .into_iter()
            .flatten()
            .collect(),
        Evidence::SpeaksTls { how } => vec![how.english().into_owned()],
        Evidence::Declined { reason } => vec![reason.english().into_owned()],
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

fn drive(cfg: SessionConfig, mut ops: &[u8], extras: &Extras) {
    let with_password = cfg.credentials.is_some();
    let mut session = new_session(extras.proto, cfg);
    let mut watch = Watch::new(with_password, extras);
    drain(session.as_mut(), &mut watch, &mut ops, 0);
    for piece in &extras.script {
        session.receive(piece);
        let newlines = piece.iter().filter(|b| **b == b'\n').count();
        drain(session.as_mut(), &mut watch, &mut ops, newlines);
    }
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
            0xF0 => session.timed_out(mailtriage_core::proto::session::Deadline::Step),
            0xF1 => session.closed(),
            0xF2 => session.abort(
                "aborted by the driver".into(),
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
            0xF4 => {
                let (Some(line_op), Some((&k, rest))) = (extras.line_op, ops.split_first()) else {
                    continue;
                };
                ops = rest;
                let line = line_op(extras.proto, k);
                newlines = line.iter().filter(|b| **b == b'\n').count();
                session.receive(&line);
            }
            _ => continue,
        }
        drain(session.as_mut(), &mut watch, &mut ops, newlines);
    }
    if extras.check_sasl && !skipped("challenger") {
        endless_challenger(session.as_mut(), &mut watch, extras.proto);
    }
}

/// Answer every line with a challenge: a session must stop answering within
/// [`MAX_SASL_TAIL_ROUNDS`] rounds (it ends, or waits, and the step deadline ends it).
fn endless_challenger(session: &mut dyn Session, watch: &mut Watch, proto: Proto) {
    let challenge: &[u8] = match proto {
        Proto::Smtp => b"334 UGFzc3dvcmQ6\r\n",
        Proto::Pop3 => b"+ UGFzc3dvcmQ6\r\n",
    };
    for _ in 0..MAX_SASL_TAIL_ROUNDS {
        if session.is_done() {
            return;
        }
        if let Some(sasl) = &mut watch.sasl {
            sasl.tail_sends = 0;
        }
        session.receive(challenge);
        let mut none: &[u8] = &[];
        drain(session, watch, &mut none, 1);
        if watch.sasl.as_ref().is_some_and(|s| s.tail_sends == 0) {
            return;
        }
    }
    let last = watch.sasl.as_ref().map(|s| s.last_shown.clone());
    panic!(
        "the session still answers challenges after {MAX_SASL_TAIL_ROUNDS} rounds (last: {last:?})"
    );
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

/// What [`drain`] checks each action with: the POP3/SMTP [`Watch`] and the IMAP one.
trait Checks {
    /// Checks one action the session took.
    fn check(&mut self, action: Action);
    /// Whether the session asked for a TLS upgrade since the last call; clears the request.
    fn take_tls_asked(&mut self) -> bool;
    /// The upgrade the session asked for was made.
    fn tls_established(&mut self) {}
}

impl Checks for Watch {
    fn check(&mut self, action: Action) {
        Watch::check(self, action);
    }

    fn take_tls_asked(&mut self) -> bool {
        std::mem::take(&mut self.tls_asked)
    }
}

/// Poll every action the session has, checking each; answer a TLS upgrade from the input.
fn drain(session: &mut dyn Session, watch: &mut dyn Checks, ops: &mut &[u8], newlines: usize) {
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
        if !watch.take_tls_asked() {
            return;
        }
        let established = match ops.split_first() {
            Some((&b, rest)) => {
                *ops = rest;
                b % 2 == 0
            }
            None => true,
        };
        if established {
            watch.tls_established();
            session.tls_established();
        } else {
            session.tls_failed();
        }
    }
}
