//! When a mail panel fails before the server could be talked to (refused port, security that
//! does not match the port, STARTTLS missing), `check` runs the port and security scan and names
//! the setting that does work, as a fix step of the findings concerned.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use crate::account::{Endpoint, Plan, Protocol, Security};
use crate::finding::{Finding, Lang};
use crate::model::{Panel, RunState, StepKind, StepStatus};
use crate::probe::scan::{self, ScanSpec};

/// Steps whose failure a scan can answer.
const CONNECTION_STEPS: [StepKind; 5] = [
    StepKind::Tcp,
    StepKind::Tls,
    StepKind::Greeting,
    StepKind::Stls,
    StepKind::Starttls,
];

/// Findings that a working setting fixes.
const FIXED_BY_SETTING: [&str; 7] = [
    "tls-on-plaintext-port",
    "plaintext-on-tls-port",
    "tcp-refused",
    "tcp-timeout",
    "starttls-not-offered",
    "port-25-blocked",
    "wrong-port-for-submission",
];

/// The scan's own step deadline is at most this, so a failed check is not doubled in length.
const SCAN_STEP_CAP: Duration = Duration::from_secs(3);

/// A setting found to work on the configured server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkingSetting {
    pub panel: Panel,
    pub host: String,
    pub port: u16,
    pub security: Security,
}

fn failed_to_connect(state: &RunState, panel: Panel) -> bool {
    state.panel(panel).is_some_and(|p| {
        p.steps
            .iter()
            .any(|s| s.status == StepStatus::Failed && CONNECTION_STEPS.contains(&s.step))
    })
}

/// Scan the servers whose connection failed; return the closest working setting of each that
/// differs from what was configured.
pub async fn find(plan: &Plan, state: &RunState) -> Vec<WorkingSetting> {
    let sides: Vec<Protocol> = [Protocol::Pop3, Protocol::Smtp]
        .into_iter()
        .filter(|p| plan.endpoint(*p).is_some() && failed_to_connect(state, p.panel()))
        .collect();
    if sides.is_empty() {
        return Vec::new();
    }
    let mut scan_plan = plan.clone();
    scan_plan.step_timeout = plan.step_timeout.min(SCAN_STEP_CAP);
    if !sides.contains(&Protocol::Pop3) {
        scan_plan.incoming = None;
    }
    if !sides.contains(&Protocol::Smtp) {
        scan_plan.outgoing = None;
    }
    let result = scan::scan(Arc::new(scan_plan), &ScanSpec::default(), None).await;
    sides
        .into_iter()
        .filter_map(|protocol| {
            let configured: &Endpoint = plan.endpoint(protocol)?;
            let best = scan::recommend(&result, protocol, configured)?;
            (best != *configured).then(|| WorkingSetting {
                panel: protocol.panel(),
                host: best.host,
                port: best.port,
                security: best.security,
            })
        })
        .collect()
}

/// How a security mode is called in the texts.
fn security_words(security: Security, lang: Lang) -> &'static str {
    match (security, lang) {
        (Security::Tls, _) => "SSL/TLS",
        (Security::Starttls, _) => "STARTTLS",
        (Security::None, Lang::En) => "no encryption",
        (Security::None, Lang::Es) => "sin cifrado",
    }
}

/// The fix step that names a working setting.
pub fn fix_step(setting: &WorkingSetting, lang: Lang) -> String {
    let security = security_words(setting.security, lang);
    match lang {
        Lang::En => format!(
            "Tested just now: port {} with {security} works on {}. Set the mail program to exactly that.",
            setting.port, setting.host
        ),
        Lang::Es => format!(
            "Comprobado ahora mismo: el puerto {} con {security} funciona en {}. Pon exactamente eso en el programa de correo.",
            setting.port, setting.host
        ),
    }
}

/// Add the working setting as the first fix step of the findings it resolves.
pub fn annotate(findings: &mut [Finding], settings: &[WorkingSetting], lang: Lang) {
    for setting in settings {
        for f in findings
            .iter_mut()
            .filter(|f| f.panel == setting.panel && FIXED_BY_SETTING.contains(&f.id.as_str()))
        {
            f.fix.insert(0, fix_step(setting, lang));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;

    #[test]
    fn annotates_only_the_findings_a_setting_fixes() {
        let finding = |id: &str, panel| Finding {
            id: id.into(),
            severity: Severity::Error,
            panel,
            title: String::new(),
            explanation: String::new(),
            fix: vec!["x".into()],
            evidence: vec![],
        };
        let mut findings = vec![
            finding("plaintext-on-tls-port", Panel::Outgoing),
            finding("auth-failed", Panel::Outgoing),
            finding("tcp-refused", Panel::Incoming),
        ];
        let settings = [WorkingSetting {
            panel: Panel::Outgoing,
            host: "smtp.example.test".into(),
            port: 465,
            security: Security::Tls,
        }];
        annotate(&mut findings, &settings, Lang::Es);
        assert!(findings[0].fix[0].contains("465 con SSL/TLS"));
        assert_eq!(findings[1].fix.len(), 1);
        assert_eq!(findings[2].fix.len(), 1);
    }
}
