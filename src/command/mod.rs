//! The commands besides the dashboard: `check` (probe once, diagnose, print), `scan` (try the
//! standard ports, recommend a setting), `demo` (the lab's scenarios, on the dashboard or
//! checked) and `presets` (the providers mailtriage knows).

pub mod check;
pub mod demo;
pub mod oauth2;
pub mod presets;
pub mod scan;
