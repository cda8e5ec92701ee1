//! Which command each server reply in a transcript answers, and which commands went out
//! together without waiting (pipelining), so the transcript pane can say so.
//!
//! The sessions match replies to commands first in, first out (the `pending` queue of
//! `proto::pop3` and `proto::smtp`); a SASL challenge (`+ ` in POP3, `334` in SMTP) keeps its
//! command waiting and is answered by a continuation line. This replays the same rule over the
//! recorded lines, with the sessions' own reply parsers ([`parse_pop3_status`],
//! [`SmtpReplyAssembler`]) telling where each reply ends.

use std::collections::VecDeque;

use crate::account::Protocol;
use crate::model::Direction;
use crate::proto::reply::{Pop3Status, SmtpReplyAssembler, parse_pop3_status};
use crate::tui::runs::StampedLine;

/// What the pane adds to one transcript line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineNote {
    /// On the first line of a reply to a command that went out together with others: that
    /// command, as sent (`AUTH PLAIN`, `STAT`).
    pub answers: Option<String>,
    /// On the first of several lines sent together without waiting for a reply: how many.
    pub together: usize,
}

/// Longest command name shown in a label.
const MAX_NAME: usize = 24;

struct Waiting {
    name: String,
    /// Sent together with other lines: its reply gets a label.
    grouped: bool,
}

/// POP3 commands whose positive answer is a list ended by a lone `.`.
fn pop3_multiline(name: &str) -> bool {
    matches!(name, "CAPA" | "UIDL" | "LIST")
}

/// The command a sent line is, for the label: its verb, with the mechanism of `AUTH` and the
/// `FROM`/`TO` of `MAIL`/`RCPT`. Never an argument (user names, addresses, secrets).
pub fn command_name(text: &str) -> String {
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("").to_ascii_uppercase();
    let name = match first.as_str() {
        "AUTH" => match words.next() {
            Some(mech) => format!("AUTH {}", mech.to_ascii_uppercase()),
            None => first,
        },
        _ => match first.split_once(':') {
            // `MAIL FROM:<a>` is one word when written `MAIL` `FROM:<a>`.
            Some((verb, _)) => verb.to_string(),
            None if first == "MAIL" || first == "RCPT" => {
                let second = words.next().unwrap_or("").to_ascii_uppercase();
                let second = second.split(':').next().unwrap_or("").to_string();
                format!("{first} {second}").trim_end().to_string()
            }
            None => first,
        },
    };
    name.chars().take(MAX_NAME).collect()
}

/// One note per line of `lines`, a transcript of `protocol` sessions (each begins at a
/// `connected to` note).
pub fn annotate(lines: &[StampedLine], protocol: Protocol) -> Vec<LineNote> {
    let mut notes = vec![LineNote::default(); lines.len()];
    let mut queue: VecDeque<Waiting> = VecDeque::new();
    // Queue positions of the lines sent since the last line from the server, and where the run
    // began.
    let mut run: Vec<usize> = Vec::new();
    let mut run_start = 0;
    let mut continuation = false;
    let mut in_body = false;
    let mut assembler = SmtpReplyAssembler::new();
    let mut reply_start: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        match line.dir {
            Direction::Info => {
                run.clear();
                if line.text.key() == Some("transcript-connected") {
                    queue.clear();
                    queue.push_back(Waiting {
                        name: "greeting".into(),
                        grouped: false,
                    });
                    continuation = false;
                    in_body = false;
                    assembler = SmtpReplyAssembler::new();
                    reply_start = None;
                }
            }
            Direction::Sent => {
                if run.is_empty() {
                    run_start = i;
                }
                if continuation {
                    // The answer to a challenge: it belongs to the command still waiting.
                    continuation = false;
                    if queue.is_empty() {
                        continue;
                    }
                    run.push(0);
                } else {
                    // Sent while earlier commands still wait for their replies: pipelined too,
                    // so every reply of the lot gets a label.
                    let waiting = !queue.is_empty();
                    if waiting {
                        queue.iter_mut().for_each(|w| w.grouped = true);
                    }
                    queue.push_back(Waiting {
                        name: command_name(&line.text.english()),
                        grouped: waiting,
                    });
                    run.push(queue.len() - 1);
                }
                if run.len() >= 2 {
                    for at in &run {
                        if let Some(w) = queue.get_mut(*at) {
                            w.grouped = true;
                        }
                    }
                    notes[run_start].together = run.len();
                }
            }
            Direction::Received => {
                run.clear();
                match protocol {
                    Protocol::Pop3 => {
                        if in_body {
                            if line.text == "." {
                                in_body = false;
                            }
                            continue;
                        }
                        let Some(front) = queue.front() else {
                            continue;
                        };
                        if front.grouped {
                            notes[i].answers = Some(front.name.clone());
                        }
                        match parse_pop3_status(line.text.english().as_bytes()) {
                            Ok(Pop3Status::Continue(_)) => continuation = true,
                            Ok(Pop3Status::Ok(_)) if pop3_multiline(&front.name) => {
                                in_body = true;
                                queue.pop_front();
                            }
                            _ => {
                                queue.pop_front();
                            }
                        }
                    }
                    Protocol::Imap => {
                        // One command at a time, and its completion carries its tag: nothing
                        // to label. `+` asks for the rest of the command in flight; a tagged
                        // line ends it.
                        let text = line.text.english();
                        if text.starts_with('+') {
                            continuation = true;
                        } else if !text.starts_with('*') {
                            queue.pop_front();
                        }
                    }
                    Protocol::Smtp => {
                        let start = *reply_start.get_or_insert(i);
                        match assembler.push_line(line.text.english().as_bytes()) {
                            Ok(None) => {}
                            Ok(Some(reply)) => {
                                reply_start = None;
                                if let Some(front) = queue.front() {
                                    if front.grouped {
                                        notes[start].answers = Some(front.name.clone());
                                    }
                                    if reply.code == 334 {
                                        continuation = true;
                                    } else {
                                        queue.pop_front();
                                    }
                                }
                            }
                            Err(_) => {
                                // Unreadable: the session gave up here too.
                                reply_start = None;
                                assembler = SmtpReplyAssembler::new();
                                queue.clear();
                            }
                        }
                    }
                }
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(dir: Direction, text: &str) -> StampedLine {
        StampedLine {
            at_ms: None,
            dir,
            text: text.into(),
        }
    }

    /// The probe's note that a connection was made: where each session starts.
    fn connected(address: &str) -> StampedLine {
        StampedLine {
            at_ms: None,
            dir: Direction::Info,
            text: mailtriage_core::said!("transcript-connected", address = address),
        }
    }

    #[test]
    fn names_keep_no_arguments() {
        assert_eq!(command_name("AUTH PLAIN ***"), "AUTH PLAIN");
        assert_eq!(command_name("MAIL FROM:<a@b.example>"), "MAIL FROM");
        assert_eq!(command_name("RCPT TO:<a@b.example>"), "RCPT TO");
        assert_eq!(command_name("USER ana"), "USER");
        assert_eq!(command_name("QUIT"), "QUIT");
    }

    #[test]
    fn smtp_pipelined_login_and_quit_are_answered_in_order() {
        use Direction::*;
        let lines = [
            connected("192.0.2.1:465"),
            line(Received, "220 ready"),
            line(Sent, "EHLO me"),
            line(Received, "250-hi"),
            line(Received, "250 PIPELINING"),
            line(Sent, "AUTH PLAIN ***"),
            line(Sent, "QUIT"),
            line(Received, "535 5.7.8 Authentication failed"),
            line(Received, "221 bye"),
        ];
        let notes = annotate(&lines, Protocol::Smtp);
        assert_eq!(notes[5].together, 2);
        assert_eq!(notes[7].answers.as_deref(), Some("AUTH PLAIN"));
        assert_eq!(notes[8].answers.as_deref(), Some("QUIT"));
        assert_eq!(notes[3].answers, None, "a lone command needs no label");
    }

    #[test]
    fn a_command_sent_while_replies_are_due_is_labelled_too() {
        use Direction::*;
        let lines = [
            connected("192.0.2.1:110"),
            line(Received, "+OK ready"),
            line(Sent, "AUTH PLAIN ***"),
            line(Sent, "STAT"),
            line(Received, "-ERR [AUTH] no"),
            line(Sent, "QUIT"),
            line(Received, "-ERR Unknown command"),
            line(Received, "+OK bye"),
        ];
        let notes = annotate(&lines, Protocol::Pop3);
        assert_eq!(notes[6].answers.as_deref(), Some("STAT"));
        assert_eq!(notes[7].answers.as_deref(), Some("QUIT"));
    }

    #[test]
    fn pop3_body_and_challenge_keep_the_order() {
        use Direction::*;
        let lines = [
            connected("192.0.2.1:995"),
            line(Received, "+OK ready"),
            line(Sent, "CAPA"),
            line(Received, "+OK"),
            line(Received, "USER"),
            line(Received, "."),
            line(Sent, "AUTH PLAIN"),
            line(Received, "+ "),
            line(Sent, "***"),
            line(Sent, "STAT"),
            line(Received, "-ERR [AUTH] no"),
            line(Received, "-ERR Unknown command"),
        ];
        let notes = annotate(&lines, Protocol::Pop3);
        assert_eq!(notes[1].answers, None, "the greeting answers nothing sent");
        assert_eq!(notes[8].together, 2);
        assert_eq!(notes[10].answers.as_deref(), Some("AUTH PLAIN"));
        assert_eq!(notes[11].answers.as_deref(), Some("STAT"));
        assert_eq!(notes[4].answers, None);
    }
}
