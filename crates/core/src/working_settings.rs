//! When a mail panel fails before the server could be talked to (refused port, security that
//! does not match the port, STARTTLS missing or failing), the engine runs the port and security
//! scan; this module reads what it found and names the setting
//! that does work, as a fix step of the findings concerned.
//!
//! Advice never lowers security: a setting without encryption is never named as the fix when the
//! configured one had encryption, nor when the mail program sends a password (see
//! [`scan::may_recommend`]). A port that answers only without encryption is stated as a fact,
//! with the warning not to use it with a password.

use std::time::Duration;

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::account::{Plan, Protocol, Security};
use crate::finding::{Finding, Lang};
use crate::i18n;
use crate::model::{Panel, RunState, StepKind, StepStatus};
use crate::port_scan::{self as scan, ScanResult, Verdict};

/// Steps whose failure a scan can answer.
const CONNECTION_STEPS: [StepKind; 5] = [
    StepKind::Tcp,
    StepKind::Tls,
    StepKind::Greeting,
    StepKind::Stls,
    StepKind::Starttls,
];

/// Findings that a working setting fixes.
const FIXED_BY_SETTING: [&str; 8] = [
    "tls-on-plaintext-port",
    "plaintext-on-tls-port",
    "tcp-refused",
    "tcp-timeout",
    "starttls-not-offered",
    "starttls-failed",
    "port-25-blocked",
    "wrong-port-for-submission",
];

/// The scan's own step deadline is at most this, so a failed check is not doubled in length.
const SCAN_STEP_CAP: Duration = Duration::from_secs(3);

/// A setting found to work on the configured server. Always encrypted unless the configured
/// setting had no encryption and sends no password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkingSetting {
    pub panel: Panel,
    pub host: String,
    pub port: u16,
    pub security: Security,
}

/// A port of the configured server, named in a fact the scan established.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScannedPort {
    pub panel: Panel,
    pub host: String,
    pub port: u16,
}

/// What a scan found instead of the failed configured setting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alternatives {
    /// The closest working setting of each failed panel that may be recommended.
    pub settings: Vec<WorkingSetting>,
    /// The ports that work only without encryption, to be stated with the warning.
    pub unencrypted_only: Vec<ScannedPort>,
    /// The standard SSL/TLS port (995 / 465) of a panel that has no working setting, when it
    /// was tried and did not work either: the texts' "try SSL/TLS on that port" is not enough.
    pub tls_port_failed: Vec<ScannedPort>,
}

impl Alternatives {
    /// Add what another scan found (of other sides).
    pub fn merge(&mut self, other: Alternatives) {
        self.settings.extend(other.settings);
        self.unencrypted_only.extend(other.unencrypted_only);
        self.tls_port_failed.extend(other.tls_port_failed);
    }

    /// What a scan of `panels` found, in place of whatever was known of those panels before;
    /// the other panels' entries stay.
    pub fn replace_panels(&mut self, panels: &[Panel], found: Alternatives) {
        self.settings.retain(|s| !panels.contains(&s.panel));
        self.unencrypted_only.retain(|p| !panels.contains(&p.panel));
        self.tls_port_failed.retain(|p| !panels.contains(&p.panel));
        self.merge(found);
        self.sort();
    }

    /// Put each list in panel order (then port), whatever order the scans ended in.
    pub fn sort(&mut self) {
        self.settings.sort_by_key(|s| s.panel);
        self.unencrypted_only.sort_by_key(|p| (p.panel, p.port));
        self.tls_port_failed.sort_by_key(|p| (p.panel, p.port));
    }
}

/// The standard ports of each mail protocol: implicit TLS first, then the plain-text ones.
fn standard_ports(protocol: Protocol) -> (&'static [u16], &'static [u16]) {
    match protocol {
        Protocol::Pop3 => (&[995], &[110]),
        Protocol::Imap => (&[993], &[143]),
        Protocol::Smtp => (&[465], &[587, 25]),
    }
}

/// Is `port` one where mail servers expect TLS from the first byte (995, 993, 465)?
pub fn implicit_tls_port(port: u16) -> bool {
    [Protocol::Pop3, Protocol::Imap, Protocol::Smtp]
        .iter()
        .any(|p| standard_ports(*p).0.contains(&port))
}

/// Whether the configured setting of `protocol` contradicts its port, so that the side is
/// likely to fail to connect: plain text or STARTTLS on a port where servers expect TLS from
/// the first byte, SSL/TLS on a plain-text port, or another protocol's port. Its scan is then
/// worth starting with the run instead of after the panel (connection-only probes, cancelled
/// if the panel connects after all).
pub fn suspect_mismatch(plan: &Plan, protocol: Protocol) -> bool {
    let Some(endpoint) = plan.endpoint(protocol) else {
        return false;
    };
    let port = endpoint.port;
    let all = [Protocol::Pop3, Protocol::Imap, Protocol::Smtp];
    let implicit_tls = implicit_tls_port(port);
    let plain_text = all.iter().any(|p| standard_ports(*p).1.contains(&port));
    let (own_tls, own_plain) = standard_ports(protocol);
    let own = own_tls.contains(&port) || own_plain.contains(&port);
    (endpoint.security != Security::Tls && implicit_tls)
        || (endpoint.security == Security::Tls && plain_text)
        || (!own && (implicit_tls || plain_text))
}

/// True when the panel of `protocol` finished and failed to connect: its side is worth a scan
/// as soon as that is known, while the other panels still run.
pub fn side_to_scan_now(plan: &Plan, state: &RunState, protocol: Protocol) -> bool {
    let panel = plan.panel_of(protocol);
    plan.endpoint(protocol).is_some()
        && state
            .panel(panel)
            .is_some_and(|p| p.status != StepStatus::Running)
        && failed_to_connect(state, panel)
}

/// True when a step of the panel's connection (TCP, TLS, greeting, STLS/STARTTLS) failed.
pub fn failed_to_connect(state: &RunState, panel: Panel) -> bool {
    state.panel(panel).is_some_and(|p| {
        p.steps
            .iter()
            .any(|s| s.status == StepStatus::Failed && CONNECTION_STEPS.contains(&s.step))
    })
}

/// The sides whose connection failed: the ones a scan can find a working setting for.
pub fn sides_to_scan(plan: &Plan, state: &RunState) -> Vec<Protocol> {
    plan.mail_protocols()
        .into_iter()
        .filter(|p| failed_to_connect(state, plan.panel_of(*p)))
        .collect()
}

/// The plan a scan of these sides runs: only their servers, with the step deadline capped so a
/// failed check is not doubled in length.
pub fn scan_plan(plan: &Plan, sides: &[Protocol]) -> Plan {
    let mut scan_plan = plan.clone();
    scan_plan.step_timeout = plan.step_timeout.min(SCAN_STEP_CAP);
    if !sides.contains(&plan.incoming_protocol) {
        scan_plan.incoming = None;
    }
    if plan.incoming_protocol != Protocol::Imap && !sides.contains(&Protocol::Imap) {
        scan_plan.imap_beside = None;
    }
    if !sides.contains(&Protocol::Smtp) {
        scan_plan.outgoing = None;
    }
    scan_plan
}

/// Whether a working-settings scan of these sides may stop with the `pending` combinations
/// still running: what it would say of every side is settled (see
/// [`scan::recommendation_settled`]).
pub fn settled(
    plan: &Plan,
    sides: &[Protocol],
    result: &ScanResult,
    pending: &[scan::Combination],
) -> bool {
    sides.iter().all(|&protocol| {
        plan.endpoint(protocol).is_none_or(|configured| {
            scan::recommendation_settled(result, pending, protocol, configured)
        })
    })
}

/// What a scan of these sides found instead of the configured settings: the closest working
/// setting of each that differs from what was configured and may be recommended, and the ports
/// that answer only without encryption.
pub fn from_scan(plan: &Plan, sides: &[Protocol], result: &ScanResult) -> Alternatives {
    let mut found = Alternatives::default();
    for &protocol in sides {
        let Some(configured) = plan.endpoint(protocol) else {
            continue;
        };
        match scan::recommend(result, protocol, configured) {
            Some(best) if best != *configured => found.settings.push(WorkingSetting {
                panel: plan.panel_of(protocol),
                host: best.host,
                port: best.port,
                security: best.security,
            }),
            Some(_) => {}
            None => {
                let tls_port = result.spec.ports(protocol).standard_tls;
                let tried_and_failed = result
                    .cell(protocol, tls_port, Security::Tls)
                    .is_some_and(|c| c.host == configured.host && c.verdict != Verdict::Works);
                if tried_and_failed && configured.port != tls_port {
                    found.tls_port_failed.push(ScannedPort {
                        panel: plan.panel_of(protocol),
                        host: configured.host.clone(),
                        port: tls_port,
                    });
                }
            }
        }
        found.unencrypted_only.extend(
            scan::unencrypted_only_ports(result, protocol, &configured.host)
                .into_iter()
                .map(|port| ScannedPort {
                    panel: plan.panel_of(protocol),
                    host: configured.host.clone(),
                    port,
                }),
        );
    }
    found
}

impl Alternatives {
    /// Only what concerns panels that failed to connect in `state`: a panel that connects now
    /// needs no other setting.
    pub fn still_needed(&self, state: &RunState) -> Alternatives {
        let failed = |panel: Panel| failed_to_connect(state, panel);
        Alternatives {
            settings: self
                .settings
                .iter()
                .filter(|s| failed(s.panel))
                .cloned()
                .collect(),
            unencrypted_only: self
                .unencrypted_only
                .iter()
                .filter(|p| failed(p.panel))
                .cloned()
                .collect(),
            tls_port_failed: self
                .tls_port_failed
                .iter()
                .filter(|p| failed(p.panel))
                .cloned()
                .collect(),
        }
    }
}

/// The fix step that names a working setting. A setting without encryption is never called the
/// fix: it gets the fact and the warning instead.
pub fn fix_step(setting: &WorkingSetting, lang: Lang) -> String {
    let security = match setting.security {
        Security::Tls => "security-tls",
        Security::Starttls => "security-starttls",
        Security::None => return unencrypted_fact(&setting.host, setting.port, lang),
    };
    i18n::text_with(
        lang,
        "advice-working-setting",
        &[
            ("port", FluentValue::from(setting.port.to_string())),
            ("security", FluentValue::from(i18n::text(lang, security))),
            ("host", FluentValue::from(setting.host.as_str())),
        ],
    )
}

/// The fact about a port that answers only without encryption, with its warning.
pub fn unencrypted_fact(host: &str, port: u16, lang: Lang) -> String {
    port_fact("advice-unencrypted-only", host, port, lang)
}

/// The fact that the standard SSL/TLS port was tried and did not work either.
pub fn tls_port_failed_fact(host: &str, port: u16, lang: Lang) -> String {
    port_fact("advice-tls-port-failed", host, port, lang)
}

fn port_fact(key: &str, host: &str, port: u16, lang: Lang) -> String {
    i18n::text_with(
        lang,
        key,
        &[
            ("host", FluentValue::from(host)),
            ("port", FluentValue::from(port.to_string())),
        ],
    )
}

fn fixed_by_setting(finding: &Finding, panel: Panel) -> bool {
    finding.panel == panel && FIXED_BY_SETTING.contains(&finding.id.as_str())
}

/// Add the working setting as the first fix step of the findings it resolves, and the facts
/// about ports without encryption and a failed SSL/TLS port as their last steps.
pub fn annotate(findings: &mut [Finding], alternatives: &Alternatives, lang: Lang) {
    for setting in &alternatives.settings {
        for f in findings
            .iter_mut()
            .filter(|f| fixed_by_setting(f, setting.panel))
        {
            f.fix.insert(0, fix_step(setting, lang));
        }
    }
    for plain in &alternatives.unencrypted_only {
        for f in findings
            .iter_mut()
            .filter(|f| fixed_by_setting(f, plain.panel))
        {
            f.fix.push(unencrypted_fact(&plain.host, plain.port, lang));
        }
    }
    for tls in &alternatives.tls_port_failed {
        for f in findings
            .iter_mut()
            .filter(|f| fixed_by_setting(f, tls.panel))
        {
            f.fix.push(tls_port_failed_fact(&tls.host, tls.port, lang));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Endpoint;
    use crate::finding::Severity;

    fn plan_with(incoming: (u16, Security), outgoing: (u16, Security)) -> Plan {
        let endpoint = |(port, security): (u16, Security)| Endpoint {
            host: "mail.example.test".into(),
            port,
            security,
        };
        Plan::new(Some(endpoint(incoming)), Some(endpoint(outgoing)))
    }

    #[test]
    fn a_setting_that_contradicts_its_port_is_suspected_before_the_run() {
        use Protocol::{Pop3, Smtp};
        use Security::{None as Plain, Starttls, Tls};
        let suspects = |incoming, outgoing| {
            let plan = plan_with(incoming, outgoing);
            (suspect_mismatch(&plan, Pop3), suspect_mismatch(&plan, Smtp))
        };
        // The usual settings: nothing to suspect.
        assert_eq!(suspects((995, Tls), (587, Starttls)), (false, false));
        assert_eq!(suspects((110, Starttls), (465, Tls)), (false, false));
        assert_eq!(suspects((110, Plain), (25, Starttls)), (false, false));
        // Plain text or STARTTLS where TLS comes first; SSL/TLS on a plain-text port.
        assert_eq!(suspects((995, Starttls), (465, Starttls)), (true, true));
        assert_eq!(suspects((110, Tls), (587, Tls)), (true, true));
        // Each side given the other's port.
        assert_eq!(suspects((587, Starttls), (995, Tls)), (true, true));
        // A port that is no one's standard: nothing to go by.
        assert_eq!(suspects((1995, Starttls), (2525, Tls)), (false, false));
    }

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
        let alternatives = Alternatives {
            settings: settings.to_vec(),
            unencrypted_only: vec![ScannedPort {
                panel: Panel::Incoming,
                host: "pop.example.test".into(),
                port: 110,
            }],
            tls_port_failed: vec![ScannedPort {
                panel: Panel::Incoming,
                host: "pop.example.test".into(),
                port: 995,
            }],
        };
        annotate(&mut findings, &alternatives, Lang::Es);
        assert!(findings[0].fix[0].contains("465 con SSL/TLS"));
        assert_eq!(findings[1].fix.len(), 1);
        assert_eq!(findings[2].fix.len(), 3);
        assert_eq!(
            findings[2].fix[1],
            "Comprobado ahora mismo en pop.example.test: el puerto 110 solo responde sin cifrado: no lo uses con contraseña."
        );
        assert!(findings[2].fix[2].contains("el puerto 995 con SSL/TLS tampoco funciona"));
    }

    #[test]
    fn a_setting_without_encryption_is_never_called_the_fix() {
        for lang in Lang::ALL {
            let step = fix_step(
                &WorkingSetting {
                    panel: Panel::Incoming,
                    host: "pop.example.test".into(),
                    port: 110,
                    security: Security::None,
                },
                lang,
            );
            assert!(
                step.contains("do not use it with a password")
                    || step.contains("no lo uses con contraseña")
                    || step.contains("não a use com senha"),
                "{step}"
            );
            assert!(
                !step.contains("works") && !step.contains("funciona"),
                "{step}"
            );
            assert!(
                !step.contains("exactly")
                    && !step.contains("exactamente")
                    && !step.contains("exatamente"),
                "{step}"
            );
        }
    }
}
