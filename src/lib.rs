//! mailtriage: tells a person why their mail does not come in or go out, and how to fix it.
//!
//! Two crates. `mailtriage-core` decides: sans-IO sessions, the observation model, plans,
//! diagnosis, reports; it is re-exported here under the same names ([`proto`], [`model`],
//! [`diagnose`], [`report`] …). This crate acts: [`probe`] drives the sessions over real
//! connections with deadlines, [`discover`] looks domains up, [`engine`] runs a plan, folds its
//! events, diagnoses and finds what works instead, for the [`command`]s and the dashboard
//! ([`tui`]) alike.

pub use mailtriage_core::{
    account, catalog, diagnose, discovery, domain, finding, guess, ispdb, model, port_scan, preset,
    proto, report, sanitize, settings, working_settings, yaml,
};

pub mod cli;
pub mod cli_errors;
pub mod cli_help;
pub mod command;
pub mod discover;
pub mod engine;
pub mod lab;
pub mod oauth2;
pub mod probe;
pub mod secret_command;
pub mod tui;
