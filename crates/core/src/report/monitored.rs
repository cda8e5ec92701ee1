//! An account's finished check as the monitoring outputs (Nagios plugin output, OpenMetrics)
//! take it, and the figures both read from it: seconds per kind of step and certificate expiry.

use crate::model::{PanelReport, StepKind, StepStatus};
use crate::report::Outcome;

/// One account's finished check, named for the monitoring engine.
#[derive(Debug, Clone, Copy)]
pub struct Monitored<'a> {
    /// The account's name: the `account` label of every series, the service's subject.
    pub account: &'a str,
    pub outcome: &'a Outcome,
    /// When the check ended, in seconds since the Unix epoch.
    pub finished_unix: f64,
    /// How long the whole check took, in seconds.
    pub duration_seconds: f64,
}

/// The kinds of step whose durations the monitoring outputs show, with the name they carry
/// there. `connect` is the TCP connect.
pub const TIMED_STEPS: [(StepKind, &str); 5] = [
    (StepKind::Dns, "dns"),
    (StepKind::Tcp, "connect"),
    (StepKind::Tls, "tls"),
    (StepKind::Greeting, "greeting"),
    (StepKind::Login, "login"),
];

/// Seconds the panel spent in steps of `kind` that ended (ok, warned or failed), summed when
/// it ran several (the network panel looks up several names); `None` when none ended.
pub fn step_seconds(panel: &PanelReport, kind: StepKind) -> Option<f64> {
    let mut ended = panel.steps.iter().filter(|s| {
        s.step == kind
            && matches!(
                s.status,
                StepStatus::Ok | StepStatus::Warn | StepStatus::Failed
            )
            && s.elapsed_ms.is_finite()
            && s.elapsed_ms >= 0.0
    });
    let first = ended.next()?;
    Some(ms_to_seconds(
        ended.fold(first.elapsed_ms, |sum, s| sum + s.elapsed_ms),
    ))
}

/// Milliseconds as seconds, to the microsecond (the steps are timed no finer), so that they
/// print as `0.00042` rather than with the binary fraction's tail.
fn ms_to_seconds(ms: f64) -> f64 {
    (ms * 1000.0).round() / 1_000_000.0
}

/// The panel's wall time in seconds, once it finished.
pub fn panel_seconds(panel: &PanelReport) -> Option<f64> {
    panel
        .elapsed_ms
        .filter(|ms| ms.is_finite() && *ms >= 0.0)
        .map(ms_to_seconds)
}

/// The earliest end of validity in the chain the panel's server presented (Unix seconds):
/// an intermediate that runs out breaks the chain as surely as the server's own certificate.
pub fn earliest_expiry_unix(panel: &PanelReport) -> Option<i64> {
    panel
        .tls
        .as_ref()?
        .chain
        .iter()
        .map(|c| c.not_after_unix)
        .min()
}

/// True for a panel that ran: it finished with a verdict rather than being skipped.
pub fn ran(panel: &PanelReport) -> bool {
    matches!(
        panel.status,
        StepStatus::Ok | StepStatus::Warn | StepStatus::Failed
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Panel, StepRecord};

    fn step(kind: StepKind, status: StepStatus, ms: f64) -> StepRecord {
        StepRecord {
            step: kind,
            target: None,
            status,
            elapsed_ms: ms,
            detail: "".into(),
            evidence: None,
        }
    }

    #[test]
    fn steps_of_one_kind_are_summed_and_skipped_ones_left_out() {
        let mut panel = PanelReport::new(Panel::Network);
        panel.steps = vec![
            step(StepKind::Dns, StepStatus::Ok, 10.0),
            step(StepKind::Dns, StepStatus::Failed, 30.0),
            step(StepKind::Login, StepStatus::Skipped, 0.0),
        ];
        assert_eq!(step_seconds(&panel, StepKind::Dns), Some(0.04));
        panel.steps[0].elapsed_ms = 0.42;
        assert_eq!(step_seconds(&panel, StepKind::Dns), Some(0.03042));
        assert_eq!(format!("{}", ms_to_seconds(0.42)), "0.00042");
        assert_eq!(step_seconds(&panel, StepKind::Login), None);
        assert_eq!(step_seconds(&panel, StepKind::Tls), None);
    }
}
