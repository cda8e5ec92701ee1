//! Shared support for the integration tests of `mailtriage check`: the product's lab servers
//! issued for `mail.test` with their CA in a file ([`kit`]), scenario tables ([`table`]), a
//! runner for the real binary ([`run`]), JSON assertions, and loopback port helpers.
//!
//! Each test file uses a different part of it, so unused items are expected per file.
#![allow(dead_code, unused_imports, unused_macros)]

pub mod assertions;
pub mod kit;
pub mod net;
pub mod run;
pub mod secrets;
pub mod table;

pub use assertions::*;
pub use net::{UnansweredPort, port_25_listener, refused_port};
pub use run::{CheckCommand, CheckOutput, run_check};

/// The name the lab's certificates are issued for; tests pin it to loopback with `--resolve`.
pub const SERVER_NAME: &str = "mail.test";
/// The account the lab servers know by default.
pub const USER: &str = "alice@mail.test";
pub const PASSWORD: &str = "c0rrect-h0rse-Battery";
