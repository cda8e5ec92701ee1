//! The commands besides the dashboard: `check` (probe once, diagnose, print), `scan` (try the
//! standard ports, recommend a setting), `demo` (the lab's scenarios, on the dashboard or
//! checked), `presets` (the providers mailtriage knows) and `check --accounts` (many mailboxes
//! in one run).

pub mod accounts;
pub mod check;
pub mod demo;
pub mod presets;
pub mod scan;
