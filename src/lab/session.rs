//! What the protocol state machines (POP3, IMAP, SMTP) have in common: the answer to a line, and the
//! trait the connection loop drives. They never touch a socket.

/// What to do after a client line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Send this reply (lines separated by `\n`) and read on.
    Reply(String),
    /// Send this reply, then do the TLS server handshake on the same connection.
    ReplyThenTls(String),
    /// Send this reply, then close the connection.
    ReplyThenClose(String),
    /// Send nothing and read on (the rest of an IMAP literal is coming).
    Wait,
}

/// One connection's command-answering state machine.
pub trait Session: Send {
    /// The greeting (one line, or several separated by `\n`).
    fn greeting(&self) -> String;
    /// The greeting is a farewell (an IMAP `* BYE`): close once it is sent.
    fn closes_after_greeting(&self) -> bool {
        false
    }
    /// Answer one received line.
    fn on_line(&mut self, line: &str) -> Action;
    /// The connection is now encrypted (implicit TLS, or after the upgrade).
    fn on_tls(&mut self);
}

/// The upper-cased command word and the rest of the line, trimmed.
pub fn split_command(line: &str) -> (String, &str) {
    let line = line.trim_start();
    match line.split_once(char::is_whitespace) {
        Some((verb, rest)) => (verb.to_ascii_uppercase(), rest.trim()),
        None => (line.trim_end().to_ascii_uppercase(), ""),
    }
}
