//! Shared support for the integration tests of `mailtriage check`: scripted fake POP3 and SMTP
//! servers on 127.0.0.1, test certificates, a runner for the real binary and JSON assertions.
//!
//! Each test file uses a different part of it, so unused items are expected per file.
#![allow(dead_code, unused_imports, unused_macros)]

pub mod assertions;
pub mod certs;
pub mod fake_pop3;
pub mod fake_smtp;
pub mod kit;
pub mod md5;
pub mod net;
pub mod run;
pub mod sasl;
pub mod server;
pub mod table;

pub use assertions::*;
pub use certs::{SERVER_NAME, ServerCert, TestPki};
pub use fake_pop3::FakePop3;
pub use fake_smtp::FakeSmtp;
pub use net::{UnansweredPort, port_25_listener, refused_port};
pub use run::{CheckCommand, CheckOutput, run_check};
pub use server::{Behaviour, Transport};

/// The account the fake servers know by default.
pub const USER: &str = "alice@mail.test";
pub const PASSWORD: &str = "c0rrect-h0rse-Battery";
