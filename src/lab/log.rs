//! What a scripted server saw: every line the client sent (on which connection, encrypted or
//! not), each login it judged, the connections and TLS handshakes. Tests assert on it.

use std::sync::{Arc, Mutex, MutexGuard};

/// One line the server received, as sent, without its line ending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// Accept order of the connection, from 0.
    pub connection: usize,
    pub over_tls: bool,
    pub line: String,
}

impl Received {
    /// The command word, upper-cased.
    pub fn verb(&self) -> String {
        self.line
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase()
    }

    /// The IMAP command word (the word after the tag), upper-cased.
    pub fn imap_command(&self) -> String {
        self.line
            .split_whitespace()
            .nth(1)
            .unwrap_or("")
            .to_ascii_uppercase()
    }
}

/// One login the server judged, whatever the mechanism.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Login {
    pub connection: usize,
    /// `USER/PASS`, `AUTH PLAIN`, `AUTH LOGIN`.
    pub method: String,
    pub user: String,
    pub over_tls: bool,
    /// Whether the reply sent said yes.
    pub accepted: bool,
}

#[derive(Debug, Default)]
struct Inner {
    lines: Vec<Received>,
    logins: Vec<Login>,
    connections: usize,
    closed: usize,
    handshakes: usize,
    handshake_failures: usize,
}

/// Shared between a server's connections and whoever started it.
#[derive(Debug, Clone, Default)]
pub struct Log(Arc<Mutex<Inner>>);

impl Log {
    fn inner(&self) -> MutexGuard<'_, Inner> {
        // A connection task that panicked must not hide what was logged before.
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn line(&self, connection: usize, over_tls: bool, line: String) {
        self.inner().lines.push(Received {
            connection,
            over_tls,
            line,
        });
    }

    pub(crate) fn login(&self, login: Login) {
        self.inner().logins.push(login);
    }

    pub(crate) fn connection(&self) -> usize {
        let mut inner = self.inner();
        inner.connections += 1;
        inner.connections - 1
    }

    pub(crate) fn connection_closed(&self) {
        self.inner().closed += 1;
    }

    pub(crate) fn handshake(&self, ok: bool) {
        let mut inner = self.inner();
        if ok {
            inner.handshakes += 1;
        } else {
            inner.handshake_failures += 1;
        }
    }

    /// Every line received, in arrival order.
    pub fn lines(&self) -> Vec<Received> {
        self.inner().lines.clone()
    }

    /// The command words received, upper-cased.
    pub fn verbs(&self) -> Vec<String> {
        self.inner().lines.iter().map(Received::verb).collect()
    }

    /// Whether a line began with this command word.
    pub fn received(&self, verb: &str) -> bool {
        let verb = verb.to_ascii_uppercase();
        self.inner().lines.iter().any(|r| r.verb() == verb)
    }

    /// The IMAP command words received (after the tag), upper-cased.
    pub fn imap_commands(&self) -> Vec<String> {
        self.inner()
            .lines
            .iter()
            .map(Received::imap_command)
            .collect()
    }

    pub fn logins(&self) -> Vec<Login> {
        self.inner().logins.clone()
    }

    /// Accepted TCP connections.
    pub fn connections(&self) -> usize {
        self.inner().connections
    }

    /// Connections that ended, whoever ended them.
    pub fn closed(&self) -> usize {
        self.inner().closed
    }

    /// Completed TLS handshakes.
    pub fn tls_handshakes(&self) -> usize {
        self.inner().handshakes
    }

    /// TLS handshakes that failed or timed out (a client that refused the certificate, say).
    pub fn tls_handshake_failures(&self) -> usize {
        self.inner().handshake_failures
    }
}
