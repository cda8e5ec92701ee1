//! mailtriage: tells a person why their mail does not come in or go out, and how to fix it.
//!
//! Layers, from pure to effectful: [`proto`] (sans-IO POP3/SMTP sessions) and [`diagnose`]
//! (observations in, findings out) never touch a socket; [`probe`] drives the sessions over real
//! connections with deadlines; [`engine`] runs a plan, folds its events, diagnoses and finds what
//! works instead, for `check`, `scan` and the dashboard alike; [`report`] and [`tui`] present
//! the outcome it gives.

pub mod account;
pub mod account_source;
pub mod advice;
pub mod alternative;
pub mod check;
pub mod cli;
pub mod dashboard;
pub mod diagnose;
pub mod discover;
pub mod domain;
pub mod engine;
pub mod finding;
pub mod lab;
pub mod model;
pub mod preset;
pub mod probe;
pub mod profile;
pub mod proto;
pub mod report;
pub mod sanitize;
pub mod tui;
pub mod yaml;
