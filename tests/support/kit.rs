//! The product's lab (`mailtriage::lab`) for the `check` tests: its servers issued for
//! `mail.test` (which [`super::CheckCommand`] pins to 127.0.0.1), its CA in a file for
//! `--ca-file`, and assertions on what its servers logged.

use std::io::Write;

use mailtriage::lab::{Lab, Log, Login, Server, ServerSpec, Transport};
use tempfile::NamedTempFile;

use super::secrets::line_reveals;
use super::{PASSWORD, SERVER_NAME, USER};

/// The names the lab's certificates are issued for (a wrong-name certificate aside).
pub const NAMES: [&str; 3] = [SERVER_NAME, "localhost", "127.0.0.1"];

/// A lab (its runtime and CA) with the CA written to a PEM file.
pub struct Kit {
    lab: Lab,
    ca_file: NamedTempFile,
}

impl Kit {
    pub fn new() -> Kit {
        Kit::from(Lab::new())
    }

    /// A kit whose CA has this common name.
    pub fn with_ca(common_name: &str) -> Kit {
        Kit::from(Lab::with_ca(common_name))
    }

    fn from(lab: Result<Lab, String>) -> Kit {
        let lab = lab.expect("the lab starts");
        let mut ca_file = NamedTempFile::with_suffix(".pem").expect("temporary CA file");
        ca_file
            .write_all(lab.pki().ca_pem().as_bytes())
            .and_then(|()| ca_file.flush())
            .expect("write CA file");
        Kit { lab, ca_file }
    }

    /// The CA certificate in PEM, what `--ca-file` holds.
    pub fn ca_pem(&self) -> &str {
        self.lab.pki().ca_pem()
    }

    /// `--ca-file` as a string argument.
    pub fn ca_file_arg(&self) -> String {
        self.ca_file.path().display().to_string()
    }

    /// Start a server; it stops when dropped.
    pub fn start(&self, spec: ServerSpec) -> Server {
        self.lab.start(spec).expect("the lab server starts")
    }

    /// Start a server on a listener the test bound (another loopback address, port 25).
    pub fn start_on(&self, listener: std::net::TcpListener, spec: ServerSpec) -> Server {
        self.lab
            .start_on(listener, spec)
            .expect("the lab server starts")
    }
}

/// A POP3 server that behaves, for the test account, issued for `mail.test`.
pub fn pop3(transport: Transport) -> ServerSpec {
    ServerSpec::pop3(transport, USER, PASSWORD).names(&NAMES)
}

/// An IMAP server that behaves, for the test account, issued for `mail.test`.
pub fn imap(transport: Transport) -> ServerSpec {
    ServerSpec::imap(transport, USER, PASSWORD).names(&NAMES)
}

/// An SMTP submission server that behaves, for the test account, issued for `mail.test`.
pub fn smtp(transport: Transport) -> ServerSpec {
    ServerSpec::smtp(transport, USER, PASSWORD).names(&NAMES)
}

/// A plain-text SMTP server whose EHLO reply names the client as `client_seen` (the address a
/// server behind NAT would see), as the network panel's blocklist look-up reads it.
pub fn smtp_seeing_client(client_seen: &str) -> ServerSpec {
    smtp(Transport::Plain).reply(
        "EHLO",
        &format!("250-{SERVER_NAME} Hello [{client_seen}]\n250 8BITMIME"),
    )
}

/// Fails if a client ever sent one of these commands (e.g. `DELE`, `RETR`, `TOP`, `DATA`).
pub fn assert_never_sent(log: &Log, verbs: &[&str]) {
    for verb in verbs {
        assert!(
            !log.received(verb),
            "the server received {verb}: {:?}",
            log.verbs()
        );
    }
}

/// Fails if the password (as typed or in any base64 word) crossed a connection unencrypted.
pub fn assert_no_password_in_clear(log: &Log, password: &str) {
    for received in log.lines() {
        assert!(
            received.over_tls || !line_reveals(&received.line, password),
            "the password went over plain text on connection {}",
            received.connection
        );
    }
}

/// Fails if the server judged any login or saw the password in any form, encrypted or not.
pub fn assert_no_credentials(log: &Log, password: &str) {
    assert_eq!(
        log.logins(),
        [],
        "the server received a login; lines: {:?}",
        log.verbs()
    );
    assert!(
        log.lines()
            .iter()
            .all(|received| !line_reveals(&received.line, password)),
        "the server received the password; lines: {:?}",
        log.verbs()
    );
}

/// Fails unless the server judged exactly one login; returns it.
pub fn single_login(log: &Log) -> Login {
    let logins = log.logins();
    assert_eq!(logins.len(), 1, "expected exactly one login: {logins:?}");
    logins[0].clone()
}
