//! Output of a run: plain text, JSON, the monitoring engines' formats (Nagios plugin output,
//! OpenMetrics), the overall status and the exit code.

pub mod json;
pub mod markdown;
pub mod monitored;
pub mod nagios;
pub mod openmetrics;
pub mod save;
pub mod scan;
pub mod text;

#[cfg(test)]
mod tests_language;

use crate::account::source::AccountSource;
use crate::finding::{Finding, Lang, Severity};
use crate::model::{RunState, StepStatus};
use crate::working_settings::WorkingSetting;

/// Exit code when no step failed.
pub const EXIT_OK: i32 = 0;
/// Exit code when a step failed.
pub const EXIT_FAILED: i32 = 1;
/// Exit code for usage and configuration errors.
pub const EXIT_USAGE: i32 = 2;

/// Write `text` to standard output. A reader that went away (`| head -1`) is not an error: the
/// rest is dropped quietly. Any other write error is said on standard error. True when all of
/// it was written.
pub fn print_stdout(text: &str) -> bool {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => false,
        Err(e) => {
            eprintln!("mailtriage: cannot write the output: {e}");
            false
        }
    }
}

/// A finished run: what the probes saw and what it means.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub state: RunState,
    pub findings: Vec<Finding>,
    /// Settings found to work where the configured one failed to connect.
    pub working_settings: Vec<WorkingSetting>,
    /// Where the servers came from (`--email`, `--preset`), when the account was given that way.
    pub account_source: Option<AccountSource>,
    /// The language the findings were written in; the reports around them use it too.
    pub lang: Lang,
}

impl Outcome {
    /// `failed` when a step failed; `warn` when a step or finding warns; else `ok`.
    pub fn status(&self) -> StepStatus {
        if self.state.any_failed() {
            return StepStatus::Failed;
        }
        let step_warns = self
            .state
            .panels
            .iter()
            .flat_map(|p| &p.steps)
            .any(|s| s.status == StepStatus::Warn);
        let finding_warns = self.findings.iter().any(|f| f.severity <= Severity::Warn);
        if step_warns || finding_warns {
            StepStatus::Warn
        } else {
            StepStatus::Ok
        }
    }

    pub fn exit_code(&self) -> i32 {
        if self.state.any_failed() {
            EXIT_FAILED
        } else {
            EXIT_OK
        }
    }
}
