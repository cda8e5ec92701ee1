//! The headless commands: `check` (probe once, diagnose, print) and `scan` (try the standard
//! ports, recommend a setting).

pub mod check;
pub mod scan;
