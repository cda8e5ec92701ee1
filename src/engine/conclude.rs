//! The pure step both `check` and the dashboard take once their events are folded: diagnose the
//! run with what the presets know, order the findings, and name the settings that work instead
//! in the fix steps they resolve.

use crate::account::Plan;
use crate::finding::Lang;
use crate::model::RunState;
use crate::preset::Presets;
use crate::report::Outcome;
use crate::working_settings::{self, Alternatives};

/// Everything the outcome of a run depends on.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The folded events.
    pub state: &'a RunState,
    pub plan: &'a Plan,
    /// What the working-settings scan found (nothing when none ran).
    pub alternatives: &'a Alternatives,
    pub presets: &'a Presets,
    pub lang: Lang,
    /// The time the findings are judged at (certificate expiry, clock offset).
    pub now_unix: i64,
}

/// The outcome of a run: its findings, most important first, with the working settings as the
/// fix steps of the findings they resolve. Working settings are kept only for panels that still
/// fail to connect in `state`.
pub fn conclude(inputs: Inputs<'_>) -> Outcome {
    let Inputs {
        state,
        plan,
        alternatives,
        presets,
        lang,
        now_unix,
    } = inputs;
    let mut findings =
        crate::diagnose::with_presets::findings(state, plan, presets, lang, now_unix);
    // Stable: diagnosis' own order holds within one severity.
    findings.sort_by_key(|f| f.severity);
    let alternatives = alternatives.still_needed(state);
    working_settings::annotate(&mut findings, &alternatives, lang);
    let mut state = state.clone();
    for panel in &mut state.panels {
        panel.protocol = plan.protocol_of(panel.panel);
    }
    Outcome {
        state,
        findings,
        working_settings: alternatives.settings,
        account_source: plan.account_source.as_deref().cloned(),
        lang,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Endpoint, Protocol, Security};
    use crate::model::{
        EventKind, Evidence, IoFailure, Panel, ProbeEvent, StepKind, StepRecord, StepStatus,
    };
    use crate::working_settings::WorkingSetting;

    fn refused_pop3() -> (Plan, RunState) {
        let plan = Plan::new(
            Some(Endpoint::parse("pop.example.test:1995", Protocol::Pop3, Security::Tls).unwrap()),
            None,
        );
        let mut state = RunState::default();
        for kind in [
            EventKind::PanelStarted {
                server: None,
                security: None,
            },
            EventKind::StepFinished(StepRecord {
                step: StepKind::Tcp,
                target: None,
                status: StepStatus::Failed,
                elapsed_ms: 1.0,
                detail: "connection refused".into(),
                evidence: Some(Evidence::Io {
                    failure: IoFailure::Refused,
                    message: "connection refused".into(),
                }),
            }),
            EventKind::PanelFinished { elapsed_ms: 1.0 },
        ] {
            state.apply(ProbeEvent {
                panel: Panel::Incoming,
                kind,
            });
        }
        (plan, state)
    }

    fn working_995() -> Alternatives {
        Alternatives {
            settings: vec![WorkingSetting {
                panel: Panel::Incoming,
                host: "pop.example.test".into(),
                port: 995,
                security: Security::Tls,
            }],
            ..Alternatives::default()
        }
    }

    #[test]
    fn the_working_setting_is_a_fix_step_and_part_of_the_outcome() {
        let (plan, state) = refused_pop3();
        let presets = Presets::embedded();
        let alternatives = working_995();
        let outcome = conclude(Inputs {
            state: &state,
            plan: &plan,
            alternatives: &alternatives,
            presets: &presets,
            lang: Lang::En,
            now_unix: 1_700_000_000,
        });
        assert_eq!(outcome.working_settings, alternatives.settings);
        assert!(
            outcome.findings.iter().any(|f| f
                .fix
                .first()
                .is_some_and(|s| s.contains("port 995 with SSL/TLS"))),
            "{:#?}",
            outcome.findings
        );
        let severities: Vec<_> = outcome.findings.iter().map(|f| f.severity).collect();
        assert!(severities.is_sorted(), "{severities:?}");
    }

    #[test]
    fn a_panel_that_connects_now_needs_no_other_setting() {
        let (plan, _) = refused_pop3();
        let presets = Presets::embedded();
        let outcome = conclude(Inputs {
            state: &RunState::default(),
            plan: &plan,
            alternatives: &working_995(),
            presets: &presets,
            lang: Lang::En,
            now_unix: 1_700_000_000,
        });
        assert!(outcome.working_settings.is_empty());
    }
}
