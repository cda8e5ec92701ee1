//! Diagnosis: probe observations in, findings out. Pure: no I/O.

pub mod catalog;
pub mod classify;
pub mod names;
pub mod provider;
pub mod text;
pub mod text_en;
pub mod text_es;

use crate::account::Plan;
use crate::finding::{Finding, Lang};
use crate::model::RunState;

/// What diagnosis knows besides the observations.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// The settings that were probed.
    pub plan: &'a Plan,
    /// Language of the texts.
    pub lang: Lang,
    /// The local clock, seconds since the Unix epoch (certificate dates are judged against it).
    pub now_unix: i64,
}

/// Turn what the probes saw into findings, most important first.
pub fn diagnose(_state: &RunState, _ctx: &Context<'_>) -> Vec<Finding> {
    Vec::new()
}
