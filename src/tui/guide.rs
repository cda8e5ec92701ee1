//! Guided mode: what a technician reads to the person on the phone, built from the findings
//! the dashboard shows (the same ones `check` prints) and from what the probes confirmed.
//!
//! The steps follow the chain of a mail session (Internet, server name, port, encryption,
//! sign-in). Where a finding speaks about a link of the chain, its fix steps are the script;
//! where none does, the link is a check: `✓` only when a probe's evidence shows it passed on
//! every mail server set, `?` otherwise, with what the person can check themselves. Findings
//! about anything else follow, then the checks no probe can make (the mail program's own
//! options, the antivirus, another network) where they can explain what was found.

use mailtriage_core::i18n;

use crate::account::Security;
use crate::finding::{Finding, Lang, Severity};
use crate::model::{CertVerdict, Panel, PanelReport, RunState, StepKind, StepStatus};
use crate::tui::text::fixed;

/// What the probes say about one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    Pass,
    Unknown,
    Warn,
    Fail,
}

/// The points the guide goes through: the links of the chain, and what only the person can check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    Internet,
    ServerName,
    Port,
    Encryption,
    SignIn,
    /// The mail program's "my outgoing server requires authentication".
    OutgoingAuth,
    LeaveCopy,
    Firewall,
    OtherNetwork,
}

/// The links of the chain, in the order a session goes through them.
const CHAIN: [Point; 5] = [
    Point::Internet,
    Point::ServerName,
    Point::Port,
    Point::Encryption,
    Point::SignIn,
];

/// Where a step comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The fix of a finding.
    Finding { id: String, panel: Panel },
    /// A check: confirmed by the probes, or one the person makes.
    Point(Point),
}

/// One step of the guide, in the chosen language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub source: Source,
    pub mark: Mark,
    /// One or two words for the progress row.
    pub label: String,
    pub title: String,
    /// What to read to the person, in the order they act.
    pub say: Vec<String>,
    /// What the checks found behind the mark.
    pub found: Vec<String>,
}

/// The steps and the one the guide opens on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    pub steps: Vec<Step>,
    /// The first problem; without one, the first check to make; else the first step.
    pub start: usize,
}

impl Guide {
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

/// The guide of what the dashboard shows now.
pub fn guide_of(app: &crate::tui::app::App) -> Guide {
    build(&app.panels(), &app.runs.view(), &app.findings, app.lang)
}

/// The guide for the mail panels set (`panels`), what the probes saw and the findings.
pub fn build(panels: &[Panel], state: &RunState, findings: &[Finding], lang: Lang) -> Guide {
    let mail: Vec<Panel> = panels
        .iter()
        .copied()
        .filter(|p| *p != Panel::Network)
        .collect();
    let mut steps = Vec::new();
    let mut used = vec![false; findings.len()];
    for check in CHAIN {
        let mut any = false;
        for (i, f) in findings.iter().enumerate() {
            if !used[i] && placed(f, state) == Some(check) {
                used[i] = true;
                any = true;
                push_finding(&mut steps, f, lang);
            }
        }
        if !any && !mail.is_empty() {
            steps.push(chain_check(check, &mail, state, findings, lang));
        }
    }
    for (i, f) in findings.iter().enumerate() {
        if !used[i] {
            push_finding(&mut steps, f, lang);
        }
    }
    let problem_on = |panel: Panel| {
        findings
            .iter()
            .any(|f| f.panel == panel && f.severity != Severity::Info)
    };
    let probed = state
        .panels
        .iter()
        .any(|p| p.steps.iter().any(|s| finished(s.status)));
    if mail.contains(&Panel::Outgoing) && !problem_on(Panel::Outgoing) {
        steps.push(person_check(Point::OutgoingAuth, lang, Vec::new()));
    }
    if mail.contains(&Panel::Incoming)
        && !problem_on(Panel::Incoming)
        && !findings.iter().any(|f| f.id == "mailbox-empty")
    {
        let found = state
            .panel(Panel::Incoming)
            .and_then(|p| p.facts.message_count)
            .map(|n| {
                vec![i18n::text_with(
                    lang,
                    "tui-guide-messages-on-server",
                    &[("n", n.into())],
                )]
            })
            .unwrap_or_default();
        steps.push(person_check(Point::LeaveCopy, lang, found));
    }
    let connection_trouble = findings.iter().any(|f| {
        f.severity == Severity::Error
            && matches!(
                place(&f.id),
                Some(Point::Internet | Point::ServerName | Point::Port | Point::Encryption)
            )
    });
    let network_covered = findings
        .iter()
        .any(|f| matches!(f.id.as_str(), "tcp-timeout" | "tls-intercepted"));
    if (connection_trouble || !probed) && !network_covered && !mail.is_empty() {
        steps.push(person_check(Point::Firewall, lang, Vec::new()));
        steps.push(person_check(Point::OtherNetwork, lang, Vec::new()));
    }
    label_twins(&mut steps, lang);
    let first = |m: Mark| steps.iter().position(|s| s.mark == m);
    let start = first(Mark::Fail)
        .or_else(|| first(Mark::Warn))
        .or_else(|| first(Mark::Unknown))
        .unwrap_or(0);
    Guide { steps, start }
}

/// The link of the chain a finding speaks about: its own, or for a finding about a whole side
/// ("receiving works, sending does not", a failure no rule names) the link where that side
/// stopped.
fn placed(f: &Finding, state: &RunState) -> Option<Point> {
    place(&f.id).or_else(|| {
        let failed = state.panel(f.panel)?.first_failure()?;
        match failed.step {
            StepKind::Dns => Some(Point::ServerName),
            StepKind::Tcp | StepKind::Greeting => Some(Point::Port),
            StepKind::Tls | StepKind::Stls | StepKind::Starttls => Some(Point::Encryption),
            StepKind::Login => Some(Point::SignIn),
            _ => None,
        }
    })
}

/// The link of the chain a finding speaks about; `None` for the rest (mailbox, sending,
/// domain), which follow the chain.
fn place(id: &str) -> Option<Point> {
    Some(match id {
        "no-network" | "dns-resolver-down" | "ipv6-broken" => Point::Internet,
        "dns-not-found" | "host-near-miss" | "pop3-not-offered" => Point::ServerName,
        "tcp-refused"
        | "tcp-timeout"
        | "port-25-blocked"
        | "wrong-port-for-submission"
        | "wrong-protocol-on-port"
        | "server-not-responding"
        | "not-a-mail-server"
        | "connection-closed-by-server" => Point::Port,
        "tls-on-plaintext-port"
        | "plaintext-on-tls-port"
        | "starttls-not-offered"
        | "starttls-failed"
        | "starttls-injection"
        | "tls-protocol-too-old"
        | "tls-answer-invalid"
        | "tls-intercepted"
        | "clock-skew"
        | "cert-expired"
        | "cert-not-yet-valid"
        | "cert-expiring-soon"
        | "cert-hostname-mismatch"
        | "cert-untrusted"
        | "cert-chain-invalid"
        | "auth-plaintext-disallowed"
        | "auth-refused-insecure" => Point::Encryption,
        "auth-failed"
        | "auth-app-password-required"
        | "auth-basic-disabled"
        | "auth-web-login-required"
        | "pop3-disabled"
        | "imap-disabled"
        | "password-expired"
        | "auth-mechanism-unsupported"
        | "too-many-logins"
        | "username-form-mismatch"
        | "oauth2-only"
        | "login-not-tested" => Point::SignIn,
        _ => return None,
    })
}

fn mark_of(severity: Severity) -> Mark {
    match severity {
        Severity::Error => Mark::Fail,
        Severity::Warn | Severity::Info => Mark::Warn,
    }
}

fn from_finding(f: &Finding, lang: Lang) -> Step {
    let say = if f.fix.is_empty() {
        vec![f.explanation.clone()]
    } else {
        f.fix.clone()
    };
    let mut found = Vec::new();
    if !f.explanation.is_empty() {
        found.push(f.explanation.clone());
    }
    Step {
        source: Source::Finding {
            id: f.id.clone(),
            panel: f.panel,
        },
        mark: mark_of(f.severity),
        label: finding_label(&f.id, lang).to_string(),
        title: f.title.clone(),
        say,
        found,
    }
}

/// Add a finding's step, unless the same fix is already a step (the same finding on both
/// servers is read once).
fn push_finding(steps: &mut Vec<Step>, f: &Finding, lang: Lang) {
    let step = from_finding(f, lang);
    let same = steps.iter().any(|s| {
        matches!(&s.source, Source::Finding { id, .. } if *id == f.id) && s.say == step.say
    });
    if !same {
        steps.push(step);
    }
}

/// Two steps with the same label name their side, so the progress row tells them apart.
fn label_twins(steps: &mut [Step], lang: Lang) {
    let labels: Vec<String> = steps.iter().map(|s| s.label.clone()).collect();
    for (i, step) in steps.iter_mut().enumerate() {
        let twins = labels.iter().filter(|l| **l == labels[i]).count() > 1;
        if let (true, Source::Finding { panel, .. }) = (twins, &step.source) {
            let side = match panel {
                Panel::Incoming => fixed(lang, "tui-guide-side-in"),
                Panel::ImapBeside => "(IMAP)",
                Panel::Outgoing => fixed(lang, "tui-guide-side-out"),
                Panel::Network => continue,
            };
            step.label = format!("{} {side}", step.label);
        }
    }
}

fn finished(status: StepStatus) -> bool {
    matches!(
        status,
        StepStatus::Ok | StepStatus::Warn | StepStatus::Failed
    )
}

/// What one mail panel shows about a link of the chain: passed (with a line saying what was
/// seen), not reached, or a problem.
enum Seen {
    Passed(String),
    Problem(String),
    Failed,
    NotChecked,
}

/// A side's name; with POP3 and IMAP both checked (`two_incoming`) each names its protocol.
fn role(panel: Panel, lang: Lang, two_incoming: bool) -> String {
    let incoming = fixed(lang, "tui-guide-incoming");
    match panel {
        Panel::Incoming if two_incoming => format!("{incoming} (POP3)"),
        Panel::Incoming => incoming.to_string(),
        // Beside the POP3 panel, the IMAP one is named for its protocol.
        Panel::ImapBeside => format!("{incoming} (IMAP)"),
        Panel::Outgoing => fixed(lang, "tui-guide-outgoing").to_string(),
        Panel::Network => fixed(lang, "tui-guide-network").to_string(),
    }
}

fn ok(report: &PanelReport, kind: StepKind) -> bool {
    report
        .step(kind)
        .is_some_and(|s| s.status == StepStatus::Ok)
}

fn host_port(report: &PanelReport) -> (String, String) {
    report
        .server
        .as_ref()
        .map(|s| (s.host.clone(), s.port.to_string()))
        .unwrap_or_default()
}

fn seen(check: Point, report: Option<&PanelReport>, lang: Lang) -> Seen {
    let Some(report) = report else {
        return Seen::NotChecked;
    };
    let (host, port) = host_port(report);
    let fill = |key: &str| {
        i18n::text_with(
            lang,
            key,
            &[
                ("host", host.as_str().into()),
                ("port", port.as_str().into()),
            ],
        )
    };
    match check {
        Point::ServerName if ok(report, StepKind::Dns) => Seen::Passed(fill("tui-guide-seen-name")),
        Point::Port if ok(report, StepKind::Tcp) && ok(report, StepKind::Greeting) => {
            Seen::Passed(fill("tui-guide-seen-port"))
        }
        Point::Encryption => {
            if report.security == Some(Security::None) {
                return Seen::Problem(fixed(lang, "tui-guide-seen-no-encryption").to_string());
            }
            let valid = report
                .tls
                .as_ref()
                .is_some_and(|tls| tls.verdict == CertVerdict::Valid);
            if ok(report, StepKind::Tls) && valid {
                Seen::Passed(fixed(lang, "tui-guide-seen-encryption").to_string())
            } else {
                Seen::NotChecked
            }
        }
        Point::SignIn if ok(report, StepKind::Login) => {
            Seen::Passed(fixed(lang, "tui-guide-seen-login").to_string())
        }
        _ => {
            let kinds: &[StepKind] = match check {
                Point::ServerName => &[StepKind::Dns],
                Point::Port => &[StepKind::Tcp, StepKind::Greeting],
                Point::Encryption => &[StepKind::Tls, StepKind::Stls, StepKind::Starttls],
                Point::SignIn => &[StepKind::Login],
                _ => &[],
            };
            let failed = kinds.iter().any(|k| {
                report
                    .step(*k)
                    .is_some_and(|s| s.status == StepStatus::Failed)
            });
            if failed {
                Seen::Failed
            } else {
                Seen::NotChecked
            }
        }
    }
}

fn chain_check(
    check: Point,
    mail: &[Panel],
    state: &RunState,
    findings: &[Finding],
    lang: Lang,
) -> Step {
    if check == Point::Internet {
        let reached = state.panels.iter().find_map(|p| {
            p.steps
                .iter()
                .any(|s| s.step == StepKind::Tcp && s.status == StepStatus::Ok)
                .then(|| host_port(p))
                .filter(|(host, _)| !host.is_empty())
        });
        let any_tcp = state.panels.iter().any(|p| {
            p.steps
                .iter()
                .any(|s| s.step == StepKind::Tcp && s.status == StepStatus::Ok)
        });
        return match (any_tcp, reached) {
            (true, Some((host, port))) => confirmed(
                check,
                lang,
                vec![i18n::text_with(
                    lang,
                    "tui-guide-seen-internet",
                    &[("host", host.into()), ("port", port.into())],
                )],
            ),
            (true, None) => confirmed(
                check,
                lang,
                vec![fixed(lang, "tui-guide-seen-internet-any").to_string()],
            ),
            (false, _) => person_check(check, lang, Vec::new()),
        };
    }
    let mut mark = Mark::Pass;
    let mut found = Vec::new();
    for panel in mail {
        let line = match seen(check, state.panel(*panel), lang) {
            Seen::Passed(line) => line,
            Seen::Problem(line) => {
                mark = mark.max(Mark::Warn);
                line
            }
            Seen::Failed => {
                // The finding that explains it is its own step: point at it.
                let cause = findings
                    .iter()
                    .find(|f| f.panel == *panel && f.severity == Severity::Error);
                match cause {
                    Some(f) => {
                        mark = mark.max(Mark::Unknown);
                        i18n::text_with(
                            lang,
                            "tui-guide-failed-see",
                            &[("title", f.title.as_str().into())],
                        )
                    }
                    None => {
                        mark = mark.max(Mark::Fail);
                        fixed(lang, "tui-guide-failed").to_string()
                    }
                }
            }
            Seen::NotChecked => {
                mark = mark.max(Mark::Unknown);
                fixed(lang, "tui-guide-not-checked").to_string()
            }
        };
        let two_incoming = mail.contains(&Panel::ImapBeside);
        found.push(format!("{}: {line}", role(*panel, lang, two_incoming)));
    }
    if mark == Mark::Pass {
        confirmed(check, lang, found)
    } else {
        let mut step = person_check(check, lang, found);
        step.mark = mark;
        step
    }
}

/// A check the probes confirmed: nothing to ask.
fn confirmed(check: Point, lang: Lang, found: Vec<String>) -> Step {
    let words = check_text(check, lang);
    Step {
        source: Source::Point(check),
        mark: Mark::Pass,
        label: words.label.to_string(),
        title: words.title.to_string(),
        say: vec![fixed(lang, "tui-guide-nothing-to-ask").to_string()],
        found,
    }
}

/// A check the person makes; no probe confirmed it.
fn person_check(check: Point, lang: Lang, found: Vec<String>) -> Step {
    let words = check_text(check, lang);
    Step {
        source: Source::Point(check),
        mark: Mark::Unknown,
        label: words.label.to_string(),
        title: words.title.to_string(),
        say: words.say.lines().map(str::to_string).collect(),
        found,
    }
}

/// The label of a finding's step: the thing the person changes.
fn finding_label(id: &str, lang: Lang) -> &'static str {
    let key = match id {
        "auth-app-password-required" => "tui-guide-label-app-password",
        "auth-basic-disabled" | "oauth2-only" | "auth-web-login-required" => {
            "tui-guide-label-sign-in"
        }
        "auth-failed" | "username-form-mismatch" | "password-expired" => "tui-guide-label-password",
        "pop3-disabled" | "pop3-not-offered" => "tui-guide-label-pop",
        "imap-disabled" => "tui-guide-label-imap",
        "receive-ok-send-fails" => "tui-guide-label-sending",
        "wrong-protocol-on-port" => "tui-guide-label-swapped-ports",
        id if id.starts_with("cert-") => "tui-guide-label-certificate",
        id if id.starts_with("smtp-") || id == "wrong-port-for-submission" => {
            "tui-guide-label-sending"
        }
        id if id.starts_with("spf-") || id.starts_with("dmarc") || id.starts_with("dkim") => {
            "tui-guide-label-domain"
        }
        id if id.starts_with("mailbox-") || id == "no-uidl" => "tui-guide-label-mailbox",
        "clock-skew" => "tui-guide-label-clock",
        _ => match place(id) {
            Some(check) => return check_text(check, lang).label,
            None => "tui-guide-label-problem",
        },
    };
    fixed(lang, key)
}

/// The label, title and script of a check.
pub struct CheckText {
    pub label: &'static str,
    pub title: &'static str,
    /// What to read, one sentence a line.
    pub say: &'static str,
}

/// What to read to the person for a check.
pub fn check_text(check: Point, lang: Lang) -> CheckText {
    let (label, title, say) = match check {
        Point::Internet => (
            "tui-check-internet-label",
            "tui-check-internet-title",
            "tui-check-internet-say",
        ),
        Point::ServerName => (
            "tui-check-server-name-label",
            "tui-check-server-name-title",
            "tui-check-server-name-say",
        ),
        Point::Port => (
            "tui-check-port-label",
            "tui-check-port-title",
            "tui-check-port-say",
        ),
        Point::Encryption => (
            "tui-check-encryption-label",
            "tui-check-encryption-title",
            "tui-check-encryption-say",
        ),
        Point::SignIn => (
            "tui-check-sign-in-label",
            "tui-check-sign-in-title",
            "tui-check-sign-in-say",
        ),
        Point::OutgoingAuth => (
            "tui-check-outgoing-auth-label",
            "tui-check-outgoing-auth-title",
            "tui-check-outgoing-auth-say",
        ),
        Point::LeaveCopy => (
            "tui-check-leave-copy-label",
            "tui-check-leave-copy-title",
            "tui-check-leave-copy-say",
        ),
        Point::Firewall => (
            "tui-check-firewall-label",
            "tui-check-firewall-title",
            "tui-check-firewall-say",
        ),
        Point::OtherNetwork => (
            "tui-check-other-network-label",
            "tui-check-other-network-title",
            "tui-check-other-network-say",
        ),
    };
    CheckText {
        label: fixed(lang, label),
        title: fixed(lang, title),
        say: fixed(lang, say),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::catalog::FindingId;

    #[test]
    fn every_catalogue_id_has_a_label_in_every_language() {
        for id in FindingId::ALL {
            for lang in i18n::LOCALES.iter().map(|l| l.lang) {
                let label = finding_label(id.as_str(), lang);
                assert!(!label.is_empty() && label.chars().count() <= 18, "{id}");
            }
        }
    }

    #[test]
    fn nothing_probed_confirms_nothing() {
        let guide = build(
            &[Panel::Incoming, Panel::Outgoing],
            &RunState::default(),
            &[],
            Lang::En,
        );
        assert!(guide.steps.iter().all(|s| s.mark == Mark::Unknown));
        assert_eq!(guide.start, 0);
    }
}
