//! The `imap_session` harness: the IMAP session driven by arbitrary server bytes, deadlines,
//! closes, aborts and TLS upgrades.
//!
//! Input: byte 0 chooses the configuration as in [`super::session_config`]; then the operations
//! of the crate documentation. `0xF4 k` is a whole server response chosen by `k` from
//! [`RESPONSES`], with `{t}` replaced by the tag of the last command sent, so that the fuzzer
//! reaches the later states without spelling tags.
//!
//! Checked: no panic; only the commands the session lists are sent, never one of
//! [`NEVER_SENT`]; every command ends with CRLF and is one line (a LOGIN with `LITERAL+` literals
//! excepted); at most one login (AUTHENTICATE or LOGIN) and one STARTTLS per session; the
//! password in any form never goes over plain text without the opt-in, and never shows in what
//! the session records; every recorded text is bounded and free of control characters; the
//! actions per event stay bounded; nothing happens after the session closed.

use mailtriage_core::account::Security;
use mailtriage_core::model::{Evidence, IoFailure};
use mailtriage_core::proto::imap::ImapSession;
use mailtriage_core::proto::imap::command::{COMMANDS_SENT, NEVER_SENT};
use mailtriage_core::proto::sasl;
use mailtriage_core::proto::session::{Action, Deadline, Session};

use super::{
    Checks, MAX_EVIDENCE_CHARS, MAX_LINE_CHARS, MAX_SENDS, PASSWORD, USER, drain,
    escapes_as_unknown, evidence_texts, repeat_op, session_config,
};

/// Whole server responses for `0xF4 k`.
pub const RESPONSES: [&str; 24] = [
    "* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot ready.\r\n",
    "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n",
    "* OK Gimap ready\r\n",
    "* PREAUTH [CAPABILITY IMAP4rev1] logged in\r\n",
    "* BYE [UNAVAILABLE] busy\r\n",
    "* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR\r\n",
    "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n",
    "* CAPABILITY IMAP4rev1 LITERAL+\r\n",
    "* CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=XOAUTH2\r\n",
    "{t} OK done\r\n",
    "{t} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n",
    "{t} NO [ALERT] Application-specific password required (Failure)\r\n",
    "{t} BAD [UNAVAILABLE] Service temporarily unavailable\r\n",
    "{t} OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n",
    "+ \r\n",
    "+ VXNlcm5hbWU6\r\n",
    "* STATUS INBOX (MESSAGES 2 UNSEEN 1 UIDVALIDITY 7)\r\n",
    "* STATUS {5}\r\nINBOX (MESSAGES 1)\r\n",
    "* 3 EXISTS\r\n",
    "* OK [UIDVALIDITY 4] UIDs valid\r\n",
    "* NO [WEBALERT https://example.test/] Web login required.\r\n",
    "* BYE Logging out\r\n",
    "a99 OK wrong tag\r\n",
    "* 1 FETCH (BODY[] {4294967296}\r\n",
];

/// What the harness knows of the session so far.
struct ImapWatch {
    secrets: Vec<String>,
    tls: bool,
    allow_plaintext: bool,
    sends: usize,
    logins: usize,
    upgrades: usize,
    closed: bool,
    tls_asked: bool,
    last_tag: String,
}

impl ImapWatch {
    fn assert_recorded(&self, what: &str, text: &str, newlines: bool) {
        let unescaped = escapes_as_unknown(text);
        for s in &self.secrets {
            assert!(
                !unescaped.contains(s.as_str()),
                "{what} shows the password: {text:?}"
            );
        }
        let max = if newlines {
            MAX_EVIDENCE_CHARS
        } else {
            MAX_LINE_CHARS
        };
        assert!(
            text.chars().count() <= max,
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
        assert!(wire.ends_with(b"\r\n"), "not CRLF-terminated: {wire:?}");
        let text = String::from_utf8_lossy(wire);
        let mut words = text.split_whitespace();
        let first = words.next().unwrap_or("");
        let tagged = first.len() > 1
            && first.starts_with('a')
            && first[1..].bytes().all(|b| b.is_ascii_digit());
        let verb = if tagged {
            words.next().unwrap_or("").to_ascii_uppercase()
        } else {
            String::new()
        };
        let body = &wire[..wire.len() - 2];
        if verb != "LOGIN" {
            assert!(
                !body.contains(&b'\r') && !body.contains(&b'\n'),
                "more than one line: {text:?}"
            );
        }
        if tagged {
            self.last_tag = first.to_string();
            assert!(!NEVER_SENT.contains(&verb.as_str()), "sent {text:?}");
            assert!(COMMANDS_SENT.contains(&verb.as_str()), "sent {text:?}");
        } else {
            // A SASL answer or the `*` that cancels: one base64 word or `*`.
            assert!(
                body == b"*"
                    || body
                        .iter()
                        .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(b)),
                "an untagged line that is no SASL answer: {text:?}"
            );
        }
        match verb.as_str() {
            "LOGIN" | "AUTHENTICATE" => self.logins += 1,
            "STARTTLS" => self.upgrades += 1,
            _ => {}
        }
        assert!(self.logins <= 1, "a second login attempt: {text:?}");
        assert!(self.upgrades <= 1, "a second STARTTLS");
        if !self.tls && !self.allow_plaintext {
            for s in &self.secrets {
                assert!(
                    !text.contains(s.as_str()),
                    "the password went over plain text: {text:?}"
                );
            }
        }
        self.assert_recorded("a shown command", shown, false);
    }

    fn check(&mut self, action: Action) {
        match action {
            Action::Send { wire, shown } => self.send(&wire, &shown),
            Action::Received(text) => self.assert_recorded("a received line", &text, false),
            Action::Note(text) => self.assert_recorded("a note", &text.to_string(), false),
            Action::StepFinished {
                detail, evidence, ..
            } => {
                self.assert_recorded("a step detail", &detail.to_string(), false);
                for text in evidence.iter().flat_map(evidence_texts) {
                    self.assert_recorded("evidence", &text, true);
                }
            }
            Action::Facts(facts) => {
                let all = escapes_as_unknown(&format!("{facts:?}"));
                for s in &self.secrets {
                    assert!(
                        !all.contains(s.as_str()),
                        "facts show the password: {all:?}"
                    );
                }
                for text in facts.greeting.iter().chain(&facts.capabilities) {
                    self.assert_recorded("a fact", text, false);
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

/// Drive an IMAP session with the input; see the module documentation.
pub fn imap_session(data: &[u8]) {
    let Some((&flags, mut ops)) = data.split_first() else {
        return;
    };
    let cfg = session_config(flags);
    let with_password = cfg.credentials.is_some();
    let tls = cfg.security == Security::Tls;
    let mut watch = ImapWatch {
        secrets: if with_password {
            vec![
                PASSWORD.to_string(),
                sasl::plain_response(USER, PASSWORD),
                sasl::login_response(PASSWORD),
            ]
        } else {
            Vec::new()
        },
        tls,
        allow_plaintext: cfg.allow_plaintext_auth,
        sends: 0,
        logins: 0,
        upgrades: 0,
        closed: false,
        tls_asked: false,
        last_tag: String::new(),
    };
    let mut session = ImapSession::new(cfg, tls);
    drain(&mut session, &mut watch, &mut ops, 0);
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
            0xF0 => session.timed_out(Deadline::Step),
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
                let Some((&k, rest)) = ops.split_first() else {
                    return;
                };
                ops = rest;
                let response =
                    RESPONSES[usize::from(k) % RESPONSES.len()].replace("{t}", &watch.last_tag);
                newlines = response.matches('\n').count();
                session.receive(response.as_bytes());
            }
            _ => continue,
        }
        drain(&mut session, &mut watch, &mut ops, newlines);
    }
}

impl Checks for ImapWatch {
    fn check(&mut self, action: Action) {
        ImapWatch::check(self, action);
    }

    fn take_tls_asked(&mut self) -> bool {
        std::mem::take(&mut self.tls_asked)
    }

    fn tls_established(&mut self) {
        self.tls = true;
    }
}
