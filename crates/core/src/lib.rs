//! mailtriage's pure half: everything that decides, and nothing that waits on the network.
//!
//! From the bottom up: [`settings`] (the words every layer shares), [`model`] (what the probes
//! saw, folded step by step), [`proto`] (sans-IO POP3/SMTP sessions), [`preset`] and
//! [`discovery`] (what providers and domains say), [`ispdb`] (Thunderbird's provider database)
//! and [`catalog`] (the providers `mailtriage presets` lists), [`account`] (the plan of a check and where its
//! settings came from), [`domain`] (SPF, DKIM, DMARC, MX, blocklists, from records already
//! fetched), [`diagnose`] (observations in, findings out), [`port_scan`] and [`working_settings`]
//! (what works instead), [`guess`] (the usual names of a domain, probed when no source names a
//! server), and [`report`] (text, JSON, Markdown). The drivers that open sockets
//! and the dashboard live in the `mailtriage` crate above this one.

pub mod account;
pub mod catalog;
pub mod diagnose;
pub mod discovery;
pub mod domain;
pub mod finding;
pub mod guess;
pub mod i18n;
pub mod ispdb;
pub mod model;
pub mod port_scan;
pub mod preset;
pub mod proto;
pub mod report;
pub mod sanitize;
pub mod settings;
pub mod working_settings;
pub mod yaml;
