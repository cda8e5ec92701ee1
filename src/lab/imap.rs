//! A scripted IMAP server's state machine (RFC 9051, 3501, 2595, 4959, 7888): greeting (`OK`,
//! `PREAUTH` or `BYE`), CAPABILITY, STARTTLS, AUTHENTICATE PLAIN/LOGIN (with SASL-IR or a `+`
//! continuation), LOGIN with quoted strings or literals, STATUS and EXAMINE of INBOX, NOOP and
//! LOGOUT; tagged completions carry the client's tag, and any of them can be the scenario's.
//! It never reads or changes a mailbox: SELECT, FETCH, STORE, EXPUNGE, COPY, MOVE, APPEND,
//! CREATE, DELETE and RENAME are refused whatever a scenario says. A literal, and a command
//! with all its literals, is bounded like a line: past the bound it is refused, and the
//! connection ends if the client is already sending it (`{n+}`).

use std::sync::Arc;

use super::conn::MAX_LINE;
use super::log::{Log, Login};
use super::sasl::{self, Account, Pending, Step};
use super::session::{Action, Session};
use super::spec::{Misbehaviour, ServerSpec};

/// Commands that read a message or change a mailbox: refused, never overridable.
pub const NEVER_ACTED_ON: [&str; 10] = [
    "SELECT", "FETCH", "STORE", "EXPUNGE", "COPY", "MOVE", "APPEND", "CREATE", "DELETE", "RENAME",
];

/// The most a command may hold, its literals included: a client cannot make the server keep
/// more by chaining literals.
pub const MAX_COMMAND: usize = 4 * MAX_LINE;

/// The UIDVALIDITY the lab's INBOX reports.
const UIDVALIDITY: u32 = 1_700_000_000;

enum State {
    NotAuthenticated,
    /// An AUTHENTICATE waiting for the client's next line; its tag.
    Sasl(Pending, String),
    Authenticated,
}

/// A command whose literal is still arriving: its words so far and the literal's bytes.
struct Assembly {
    words: Vec<String>,
    literal: Vec<u8>,
    need: usize,
}

pub struct ImapSession {
    spec: Arc<ServerSpec>,
    connection: usize,
    over_tls: bool,
    state: State,
    assembly: Option<Assembly>,
    log: Log,
    /// The client line being answered.
    line: String,
}

impl ImapSession {
    pub fn new(spec: Arc<ServerSpec>, connection: usize, log: Log) -> ImapSession {
        let preauth = spec
            .greeting
            .as_deref()
            .is_some_and(|g| g.to_ascii_uppercase().starts_with("* PREAUTH"));
        ImapSession {
            spec,
            connection,
            over_tls: false,
            state: if preauth {
                State::Authenticated
            } else {
                State::NotAuthenticated
            },
            assembly: None,
            log,
            line: String::new(),
        }
    }

    fn account(&self) -> Account<'_> {
        Account {
            user: &self.spec.user,
            password: &self.spec.password,
            token: self.spec.oauth2_token.as_deref(),
            oauth2_error: self.spec.oauth2_error.as_deref(),
        }
    }

    fn starttls_available(&self) -> bool {
        self.spec.offers_upgrade() && !self.over_tls
    }

    /// Logins are refused on plain text (Dovecot's `disable_plaintext_auth`).
    fn login_disabled(&self) -> bool {
        self.spec.sasl_only_over_tls && !self.over_tls
    }

    /// The capability list: the scenario's or the usual one, with STARTTLS, LOGINDISABLED
    /// and the SASL mechanisms added when they apply.
    pub fn capabilities(&self) -> Vec<String> {
        let mut caps = match &self.spec.capabilities {
            Some(c) => c.clone(),
            None => ["IMAP4rev1", "SASL-IR", "LITERAL+", "ID"]
                .map(String::from)
                .to_vec(),
        };
        if self.starttls_available() {
            caps.push("STARTTLS".into());
        }
        if self.login_disabled() {
            caps.push("LOGINDISABLED".into());
        }
        caps.extend(
            self.spec
                .sasl_offered(self.over_tls)
                .iter()
                .map(|m| format!("AUTH={m}")),
        );
        caps
    }

    /// `text` (lines separated by `\n`, the last one the completion) with the tag on its
    /// last line; the scenario's reply for `verb` replaces `normal`.
    fn tagged(&self, tag: &str, verb: &str, normal: String) -> String {
        let text = self
            .spec
            .reply_for(verb)
            .map(|r| r.replace("{line}", &self.line))
            .unwrap_or(normal);
        tag_last(tag, &text)
    }

    /// The scenario's reply (if any) decides; the reply decides the state.
    fn login(&mut self, tag: &str, verb: &str, method: &str, user: &str, ok: bool) -> Action {
        let normal = if ok {
            format!(
                "OK [CAPABILITY {}] Logged in",
                ["IMAP4rev1", "LITERAL+", "ID"].join(" ")
            )
        } else {
            "NO [AUTHENTICATIONFAILED] Authentication failed.".into()
        };
        let reply = self.tagged(tag, verb, normal);
        let completion = reply.lines().last().unwrap_or("");
        let accepted = completion
            .split_whitespace()
            .nth(1)
            .is_some_and(|s| s.eq_ignore_ascii_case("OK"));
        self.log.login(Login {
            connection: self.connection,
            method: method.into(),
            user: user.into(),
            over_tls: self.over_tls,
            accepted,
        });
        if accepted {
            self.state = State::Authenticated;
            return Action::Reply(reply);
        }
        self.state = State::NotAuthenticated;
        if self.spec.misbehaviour == Misbehaviour::HangUpAfterRefusedLogin {
            Action::ReplyThenClose(reply)
        } else {
            Action::Reply(reply)
        }
    }

    fn sasl_step(&mut self, tag: &str, step: Step) -> Action {
        let mut reset = |reply: &str| {
            self.state = State::NotAuthenticated;
            Action::Reply(format!("{tag} {reply}"))
        };
        match step {
            Step::Challenge(pending, challenge) => {
                self.state = State::Sasl(pending, tag.to_string());
                Action::Reply(format!("+ {challenge}"))
            }
            Step::Verdict { method, user, ok } => {
                self.login(tag, "AUTHENTICATE", method, &user, ok)
            }
            Step::Cancelled => reset("BAD Authentication aborted by client."),
            Step::Malformed => reset("BAD Invalid base64 data in continued response"),
            Step::Unsupported => reset("NO Unsupported authentication mechanism."),
        }
    }

    /// The words of a command, once its literals (if any) have all arrived.
    fn assemble(&mut self, line: &str) -> Result<Vec<String>, Action> {
        let mut rest = line.as_bytes();
        let mut words = Vec::new();
        if let Some(mut asm) = self.assembly.take() {
            if rest.len() >= asm.need {
                asm.literal.extend_from_slice(&rest[..asm.need]);
                rest = &rest[asm.need..];
                asm.words
                    .push(String::from_utf8_lossy(&asm.literal).into_owned());
                words = asm.words;
            } else {
                // The literal holds a line break: the rest of it is on the next lines.
                asm.literal.extend_from_slice(rest);
                asm.literal.extend_from_slice(b"\r\n");
                asm.need = asm.need.saturating_sub(rest.len() + 2);
                self.assembly = Some(asm);
                return Err(Action::Wait);
            }
        }
        let text = String::from_utf8_lossy(rest).into_owned();
        let (segment, literal) = split_literal(&text);
        words.extend(tokenize(segment));
        match literal {
            None => Ok(words),
            Some((need, synchronizing)) => {
                let tag = words.first().cloned().unwrap_or_else(|| "*".into());
                let held: usize = words.iter().map(String::len).sum();
                if need > MAX_LINE || held + need > MAX_COMMAND {
                    let reply = format!("{tag} BAD Literal too big.");
                    // A non-synchronizing literal is on its way: no way to skip it safely.
                    return Err(if synchronizing {
                        Action::Reply(reply)
                    } else {
                        Action::ReplyThenClose(reply)
                    });
                }
                self.assembly = Some(Assembly {
                    words,
                    literal: Vec::new(),
                    need,
                });
                Err(if synchronizing {
                    Action::Reply("+ Ready for literal data".into())
                } else {
                    Action::Wait
                })
            }
        }
    }

    fn status(&self, tag: &str, args: &[String]) -> String {
        let Some(mailbox) = args.first().filter(|m| m.eq_ignore_ascii_case("INBOX")) else {
            return self.tagged(
                tag,
                "STATUS",
                "NO [NONEXISTENT] Mailbox doesn't exist.".into(),
            );
        };
        let items = args
            .get(1)
            .map(|s| s.trim_matches(['(', ')']))
            .unwrap_or("");
        let count = self.spec.messages.len();
        let size: u64 = self.spec.messages.iter().map(|m| m.1).sum();
        let values: Vec<String> = items
            .split_whitespace()
            .filter_map(|item| {
                let item = item.to_ascii_uppercase();
                let value = match item.as_str() {
                    "MESSAGES" => count.to_string(),
                    "UNSEEN" | "RECENT" | "DELETED" => "0".into(),
                    "UIDNEXT" => (count + 1).to_string(),
                    "UIDVALIDITY" => UIDVALIDITY.to_string(),
                    "SIZE" => size.to_string(),
                    _ => return None,
                };
                Some(format!("{item} {value}"))
            })
            .collect();
        let normal = format!(
            "* STATUS {mailbox} ({})\nOK Status completed.",
            values.join(" ")
        );
        self.tagged(tag, "STATUS", normal)
    }

    fn examine(&self, tag: &str, args: &[String]) -> String {
        if !args
            .first()
            .is_some_and(|m| m.eq_ignore_ascii_case("INBOX"))
        {
            return self.tagged(
                tag,
                "EXAMINE",
                "NO [NONEXISTENT] Mailbox doesn't exist.".into(),
            );
        }
        let count = self.spec.messages.len();
        let normal = [
            r"* FLAGS (\Answered \Flagged \Deleted \Seen \Draft)".to_string(),
            "* OK [PERMANENTFLAGS ()] Read-only mailbox.".into(),
            format!("* {count} EXISTS"),
            "* 0 RECENT".into(),
            format!("* OK [UIDVALIDITY {UIDVALIDITY}] UIDs valid"),
            format!("* OK [UIDNEXT {}] Predicted next UID", count + 1),
            "OK [READ-ONLY] Examine completed.".into(),
        ]
        .join("\n");
        self.tagged(tag, "EXAMINE", normal)
    }

    fn command(&mut self, tag: &str, verb: &str, args: &[String]) -> Action {
        let authenticated = matches!(self.state, State::Authenticated);
        let reply = match verb {
            "CAPABILITY" => {
                let normal = format!(
                    "* CAPABILITY {}\nOK Capability completed.",
                    self.capabilities().join(" ")
                );
                self.tagged(tag, verb, normal)
            }
            "NOOP" => self.tagged(tag, verb, "OK NOOP completed.".into()),
            "LOGOUT" => {
                let reply =
                    self.tagged(tag, verb, "* BYE Logging out\nOK Logout completed.".into());
                return Action::ReplyThenClose(reply);
            }
            "STARTTLS" if self.starttls_available() && !authenticated => {
                let reply = self.tagged(tag, verb, "OK Begin TLS negotiation now.".into());
                let ok = reply
                    .lines()
                    .last()
                    .and_then(|l| l.split_whitespace().nth(1))
                    .is_some_and(|s| s.eq_ignore_ascii_case("OK"));
                return if ok {
                    Action::ReplyThenTls(reply)
                } else {
                    Action::Reply(reply)
                };
            }
            "STARTTLS" if self.over_tls => format!("{tag} BAD TLS is already active."),
            "LOGIN" | "AUTHENTICATE" if authenticated => format!("{tag} BAD Already logged in."),
            "LOGIN" | "AUTHENTICATE" if self.login_disabled() => self.tagged(
                tag,
                verb,
                "NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure \
                 connections."
                    .into(),
            ),
            "LOGIN" => {
                let user = args.first().cloned().unwrap_or_default();
                let ok = args.len() == 2 && self.account().matches(&user, &args[1]);
                return self.login(tag, verb, "LOGIN", &user, ok);
            }
            "AUTHENTICATE" => {
                let mechanism = args.first().map(String::as_str).unwrap_or("");
                let step = sasl::start(
                    mechanism,
                    args.get(1).map(String::as_str),
                    self.spec.sasl_offered(self.over_tls),
                    &self.account(),
                );
                return self.sasl_step(tag, step);
            }
            "STATUS" if authenticated => self.status(tag, args),
            "EXAMINE" if authenticated => self.examine(tag, args),
            "STATUS" | "EXAMINE" => format!("{tag} BAD Log in first."),
            // Never overridable: the lab does not act as if it read or changed a mailbox.
            _ if refused(verb, args) => {
                format!("{tag} NO This demonstration server never reads or changes a mailbox.")
            }
            _ => self.tagged(
                tag,
                verb,
                "BAD Error in IMAP command: Unknown command.".into(),
            ),
        };
        Action::Reply(reply)
    }
}

/// Whether the lab refuses this command outright (`UID FETCH` and the like too).
fn refused(verb: &str, args: &[String]) -> bool {
    let acts = |v: &str| NEVER_ACTED_ON.iter().any(|n| n.eq_ignore_ascii_case(v));
    acts(verb) || (verb == "UID" && args.first().is_some_and(|v| acts(v)))
}

/// `text` with `tag` before its last line.
fn tag_last(tag: &str, text: &str) -> String {
    let mut lines: Vec<&str> = text.split('\n').collect();
    let last = lines.pop().unwrap_or("");
    let mut out: Vec<String> = lines.into_iter().map(String::from).collect();
    out.push(format!("{tag} {last}"));
    out.join("\n")
}

/// The line without a trailing `{n}` / `{n+}` literal announcement, and that announcement
/// (length, whether the client waits for a go-ahead).
fn split_literal(line: &str) -> (&str, Option<(usize, bool)>) {
    let trimmed = line.trim_end();
    let Some(body) = trimmed.strip_suffix('}') else {
        return (line, None);
    };
    let Some(open) = body.rfind('{') else {
        return (line, None);
    };
    let inside = &body[open + 1..];
    let (digits, synchronizing) = match inside.strip_suffix('+') {
        Some(d) => (d, false),
        None => (inside, true),
    };
    match digits.parse::<usize>() {
        Ok(n) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            (&line[..open], Some((n, synchronizing)))
        }
        _ => (line, None),
    }
}

/// The words of a command line: atoms, quoted strings (unescaped) and parenthesized lists
/// (kept whole).
fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' | '\t' => {
                chars.next();
            }
            '"' => {
                chars.next();
                let mut word = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => word.extend(chars.next()),
                        '"' => break,
                        c => word.push(c),
                    }
                }
                words.push(word);
            }
            '(' => {
                let mut word = String::new();
                let mut depth = 0usize;
                for c in chars.by_ref() {
                    word.push(c);
                    match c {
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                words.push(word);
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c == ' ' || c == '\t' {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                words.push(word);
            }
        }
    }
    words
}

impl Session for ImapSession {
    fn greeting(&self) -> String {
        self.spec.greeting.clone().unwrap_or_else(|| {
            format!(
                "* OK [CAPABILITY {}] IMAP demonstration server ready.",
                self.capabilities().join(" ")
            )
        })
    }

    fn closes_after_greeting(&self) -> bool {
        self.greeting().to_ascii_uppercase().starts_with("* BYE")
    }

    fn on_line(&mut self, line: &str) -> Action {
        self.line = line.to_string();
        if let State::Sasl(pending, tag) = &self.state {
            let (pending, tag) = (pending.clone(), tag.clone());
            let step = sasl::respond(pending, line, &self.account());
            return self.sasl_step(&tag, step);
        }
        let words = match self.assemble(line) {
            Ok(words) => words,
            Err(action) => return action,
        };
        let mut words = words.into_iter();
        let (Some(tag), Some(verb)) = (words.next(), words.next()) else {
            return Action::Reply("* BAD Error in IMAP command received by server.".into());
        };
        let args: Vec<String> = words.collect();
        self.command(&tag, &verb.to_ascii_uppercase(), &args)
    }

    fn on_tls(&mut self) {
        self.over_tls = true;
        self.assembly = None;
        // STARTTLS is refused once logged in; a PREAUTH greeting over implicit TLS stays.
        if let State::Sasl(..) = self.state {
            self.state = State::NotAuthenticated;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_unquote_and_keep_lists_whole() {
        assert_eq!(
            tokenize(r#"a1 LOGIN "al\"ice" pw"#),
            ["a1", "LOGIN", "al\"ice", "pw"]
        );
        assert_eq!(
            tokenize("a2 STATUS INBOX (MESSAGES UNSEEN)"),
            ["a2", "STATUS", "INBOX", "(MESSAGES UNSEEN)"]
        );
    }

    #[test]
    fn literal_announcements_are_found() {
        assert_eq!(
            split_literal("a1 LOGIN u {5+}"),
            ("a1 LOGIN u ", Some((5, false)))
        );
        assert_eq!(
            split_literal("a1 LOGIN u {5}"),
            ("a1 LOGIN u ", Some((5, true)))
        );
        assert_eq!(split_literal("a1 LOGIN u {x}"), ("a1 LOGIN u {x}", None));
        assert_eq!(split_literal("a1 NOOP"), ("a1 NOOP", None));
    }
}
