//! The lab: scripted POP3, IMAP and SMTP servers on this machine, driven by declarative scenarios,
//! for `mailtriage demo` and for the tests.
//!
//! A server is a [`ServerSpec`]: the protocol; how the port speaks ([`Transport`]: implicit
//! TLS, STARTTLS/STLS, plain) with which certificate ([`CertKind`]: valid, issued by the kit's
//! CA that the client is told to trust, expired, not yet valid, for the wrong name,
//! self-signed); the greeting, the capabilities, the account, the reply to any command; and a
//! [`Misbehaviour`] (silence, a late greeting, drip, reset, close after greeting, garbage, hang
//! up after a refused login, answer the client's first bytes with raw ones, break the TLS
//! upgrade). [`Server::start`]
//! binds 127.0.0.1 at an ephemeral port and serves each connection in its own tokio task;
//! every read is bounded in length and by an idle deadline, so a server can never hang its
//! caller. The [`Log`] keeps what the client sent, for tests to assert on.
//!
//! The lab is a diagnostic one: it never acts as if it handed out, deleted or accepted a
//! message. POP3 RETR, TOP and DELE, IMAP SELECT, FETCH, STORE, EXPUNGE, COPY, MOVE, APPEND,
//! CREATE, DELETE and RENAME, and SMTP DATA are refused whatever a scenario says.
//!
//! It cannot play a server that speaks only TLS 1.0 or 1.1: rustls does not implement them.
//! The tests that need one use `openssl s_server`.
//!
//! [`scenarios`] are the demonstration's cases and [`demo`] starts them for the normal engine;
//! `mailtriage demo` itself is `command::demo`.

pub mod certs;
pub mod conn;
pub mod demo;
pub mod imap;
pub mod log;
pub mod oauth2_server;
pub mod pop3;
pub mod sasl;
pub mod scenarios;
pub mod server;
pub mod session;
pub mod smtp;
pub mod spec;
pub mod text;

pub use certs::{CertKind, Pki, ServerCert};
pub use log::{Log, Login, Received};
pub use server::{Lab, Server};
pub use spec::{Misbehaviour, ServerSpec, Transport};
