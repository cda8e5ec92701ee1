//! Shared support for the integration tests, the one folder of it: the product's lab servers
//! issued for `mail.test` with their CA in a file ([`kit`]), scenario tables ([`table`]), a
//! runner for the real binary ([`run`]), JSON assertions, loopback port helpers ([`net`]);
//! raw-socket scripts for hostile servers the lab does not play ([`scripted`]); the network
//! panel's DNS, time and SMTP stand-ins ([`network`]); the TLS-version and long-chain servers
//! ([`tls_kinds`]); the protocol transcript replayer ([`transcript`]); promtool's check of an
//! exposition ([`promtool`]); the English-word check of the translated outputs ([`stop_list`]);
//! the dashboard fixtures
//! ([`tui`]) and the tmux harness ([`tui_tmux`]).
//!
//! Each test file uses a different part of it, so unused items are expected per file.
#![allow(dead_code, unused_imports, unused_macros)]

pub mod assertions;
pub mod kit;
pub mod net;
pub mod network;
pub mod process;
pub mod promtool;
pub mod run;
pub mod scripted;
pub mod secrets;
pub mod stop_list;
pub mod table;
pub mod tls_kinds;
pub mod transcript;
pub mod tui;
pub mod tui_tmux;

pub use assertions::*;
pub use net::{UnansweredPort, port_25_listener, refused_port, refused_port_on};
pub use run::{CheckCommand, CheckOutput, run_check};

/// The name the lab's certificates are issued for; tests pin it to loopback with `--resolve`.
pub const SERVER_NAME: &str = "mail.test";
/// The account the lab servers know by default.
pub const USER: &str = "alice@mail.test";
pub const PASSWORD: &str = "c0rrect-h0rse-Battery";
