//! The commands besides the dashboard: `check` (probe once, diagnose, print in a format of
//! [`check_output`]), `scan` (try the standard ports, recommend a setting), `demo` (the lab's scenarios, on the dashboard or
//! checked), `presets` (the providers mailtriage knows), `check --accounts` (many mailboxes in
//! one run) and `serve` (a Prometheus exporter of an accounts file's checks).

pub mod accounts;
pub mod check;
pub mod check_output;
pub mod demo;
pub mod oauth2;
pub mod presets;
pub mod scan;
pub mod serve;
