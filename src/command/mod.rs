//! The commands besides the dashboard: `check` (probe once, diagnose, print), `scan` (try the
//! standard ports, recommend a setting) and `demo` (the lab's scenarios, on the dashboard or
//! checked).

pub mod check;
pub mod demo;
pub mod scan;
