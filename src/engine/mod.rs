//! The one engine behind `check`, `scan`, the dashboard and every report: run a plan, fold its
//! events, diagnose, and find what works instead.
//!
//! The effects (probes, the port scans) are driven here ([`run`], [`working`], [`scan`]); the
//! diagnosis and the working settings it names are one pure step ([`conclude()`]) that `check` and
//! the dashboard call with the same inputs, so what one shows the other shows too. The presets
//! and the clock are handed in ([`Setup`]), never read from globals.

pub mod clock;
pub mod conclude;
pub mod run;
pub mod scan;
pub mod working;

use std::sync::Arc;

use crate::preset::Presets;

pub use clock::{Clock, FixedClock, SystemClock};
pub use conclude::{Inputs, conclude};

/// What a run is given besides the plan: the presets diagnosis reads (built-in plus the
/// user's) and the clock it reads the time from.
#[derive(Clone)]
pub struct Setup {
    pub presets: Arc<Presets>,
    pub clock: Arc<dyn Clock>,
}

impl Setup {
    /// These presets and the system clock.
    pub fn new(presets: Arc<Presets>) -> Setup {
        Setup {
            presets,
            clock: Arc::new(SystemClock),
        }
    }
}

impl std::fmt::Debug for Setup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Setup")
            .field("presets", &self.presets.len())
            .field("now_unix", &self.clock.now_unix())
            .finish()
    }
}
