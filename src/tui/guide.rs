//! Guided mode: what a technician reads to the person on the phone, built from the findings
//! the dashboard shows (the same ones `check` prints) and from what the probes confirmed.
//!
//! The steps follow the chain of a mail session (Internet, server name, port, encryption,
//! sign-in). Where a finding speaks about a link of the chain, its fix steps are the script;
//! where none does, the link is a check: `✓` only when a probe's evidence shows it passed on
//! every mail server set, `?` otherwise, with what the person can check themselves. Findings
//! about anything else follow, then the checks no probe can make (the mail program's own
//! options, the antivirus, another network) where they can explain what was found.

use crate::account::Security;
use crate::finding::{Finding, Lang, Severity};
use crate::model::{CertVerdict, Panel, PanelReport, RunState, StepKind, StepStatus};

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
            .map(|n| vec![t(lang).messages_on_server.replace("{n}", &n.to_string())])
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
                Panel::Incoming => t(lang).side_in,
                Panel::ImapBeside => "(IMAP)",
                Panel::Outgoing => t(lang).side_out,
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
    match panel {
        Panel::Incoming if two_incoming => format!("{} (POP3)", t(lang).incoming),
        Panel::Incoming => t(lang).incoming.to_string(),
        // Beside the POP3 panel, the IMAP one is named for its protocol.
        Panel::ImapBeside => format!("{} (IMAP)", t(lang).incoming),
        Panel::Outgoing => t(lang).outgoing.to_string(),
        Panel::Network => t(lang).network.to_string(),
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
    let w = t(lang);
    let Some(report) = report else {
        return Seen::NotChecked;
    };
    let (host, port) = host_port(report);
    let fill = |s: &str| s.replace("{host}", &host).replace("{port}", &port);
    match check {
        Point::ServerName if ok(report, StepKind::Dns) => Seen::Passed(fill(w.seen_name)),
        Point::Port if ok(report, StepKind::Tcp) && ok(report, StepKind::Greeting) => {
            Seen::Passed(fill(w.seen_port))
        }
        Point::Encryption => {
            if report.security == Some(Security::None) {
                return Seen::Problem(w.seen_no_encryption.to_string());
            }
            let valid = report
                .tls
                .as_ref()
                .is_some_and(|tls| tls.verdict == CertVerdict::Valid);
            if ok(report, StepKind::Tls) && valid {
                Seen::Passed(w.seen_encryption.to_string())
            } else {
                Seen::NotChecked
            }
        }
        Point::SignIn if ok(report, StepKind::Login) => Seen::Passed(w.seen_login.to_string()),
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
    let w = t(lang);
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
                vec![
                    w.seen_internet
                        .replace("{host}", &host)
                        .replace("{port}", &port),
                ],
            ),
            (true, None) => confirmed(check, lang, vec![w.seen_internet_any.to_string()]),
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
                        format!("{} {}", w.failed, w.see.replace("{title}", &f.title))
                    }
                    None => {
                        mark = mark.max(Mark::Fail);
                        w.failed.to_string()
                    }
                }
            }
            Seen::NotChecked => {
                mark = mark.max(Mark::Unknown);
                w.not_checked.to_string()
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
        say: vec![t(lang).nothing_to_ask.to_string()],
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
        say: words.say.iter().map(|s| s.to_string()).collect(),
        found,
    }
}

/// The guide's own words in one language.
struct GuideWords {
    incoming: &'static str,
    outgoing: &'static str,
    network: &'static str,
    side_in: &'static str,
    side_out: &'static str,
    not_checked: &'static str,
    failed: &'static str,
    see: &'static str,
    nothing_to_ask: &'static str,
    seen_internet: &'static str,
    seen_internet_any: &'static str,
    seen_name: &'static str,
    seen_port: &'static str,
    seen_encryption: &'static str,
    seen_no_encryption: &'static str,
    seen_login: &'static str,
    messages_on_server: &'static str,
}

const EN: GuideWords = GuideWords {
    incoming: "Incoming mail",
    outgoing: "Outgoing mail",
    network: "Network",
    side_in: "(in)",
    side_out: "(out)",
    not_checked: "not checked",
    failed: "did not pass.",
    see: "See \"{title}\".",
    nothing_to_ask: "Nothing to ask here: the check confirmed it.",
    seen_internet: "{host} answered on port {port}.",
    seen_internet_any: "A mail server answered.",
    seen_name: "the server {host} was found.",
    seen_port: "port {port} answers as a mail server.",
    seen_encryption: "the encrypted connection works and the certificate is valid.",
    seen_no_encryption: "set to no encryption.",
    seen_login: "the server accepted the user name and password.",
    messages_on_server: "{n} messages are on the server now.",
};

const ES: GuideWords = GuideWords {
    incoming: "Correo entrante",
    outgoing: "Correo saliente",
    network: "Red",
    side_in: "(entrada)",
    side_out: "(salida)",
    not_checked: "sin comprobar",
    failed: "no pasó la prueba.",
    see: "Mira «{title}».",
    nothing_to_ask: "Aquí no hay nada que preguntar: la comprobación lo confirmó.",
    seen_internet: "{host} respondió en el puerto {port}.",
    seen_internet_any: "Un servidor de correo respondió.",
    seen_name: "se encontró el servidor {host}.",
    seen_port: "el puerto {port} responde como servidor de correo.",
    seen_encryption: "la conexión cifrada funciona y el certificado es válido.",
    seen_no_encryption: "configurado sin cifrado.",
    seen_login: "el servidor aceptó el usuario y la contraseña.",
    messages_on_server: "Ahora hay {n} mensajes en el servidor.",
};

fn t(lang: Lang) -> &'static GuideWords {
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => &EN,
        Lang::Es => &ES,
    }
}

/// The label of a finding's step: the thing the person changes.
fn finding_label(id: &str, lang: Lang) -> &'static str {
    let (en, es) = match id {
        "auth-app-password-required" => ("App password", "Contraseña de app"),
        "auth-basic-disabled" | "oauth2-only" | "auth-web-login-required" => {
            ("Sign-in", "Inicio de sesión")
        }
        "auth-failed" | "username-form-mismatch" => ("Password", "Contraseña"),
        "pop3-disabled" | "pop3-not-offered" => ("POP", "POP"),
        "imap-disabled" => ("IMAP", "IMAP"),
        "password-expired" => ("Password", "Contraseña"),
        "receive-ok-send-fails" => ("Sending", "Envío"),
        "wrong-protocol-on-port" => ("Swapped ports", "Puertos cruzados"),
        id if id.starts_with("cert-") => ("Certificate", "Certificado"),
        id if id.starts_with("smtp-") || id == "wrong-port-for-submission" => ("Sending", "Envío"),
        id if id.starts_with("spf-") || id.starts_with("dmarc") || id.starts_with("dkim") => {
            ("Domain", "Dominio")
        }
        id if id.starts_with("mailbox-") || id == "no-uidl" => ("Mailbox", "Buzón"),
        "clock-skew" => ("Clock", "Reloj"),
        _ => match place(id) {
            Some(check) => {
                return check_text(check, lang).label;
            }
            None => ("Problem", "Problema"),
        },
    };
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => en,
        Lang::Es => es,
    }
}

/// The label, title and script of a check.
pub struct CheckText {
    pub label: &'static str,
    pub title: &'static str,
    pub say: &'static [&'static str],
}

/// What to read to the person for a check.
pub fn check_text(check: Point, lang: Lang) -> CheckText {
    // Portuguese: English until this text moves to the locale files.
    let (label, title, say): (&str, &str, &[&str]) = match (check, lang) {
        (Point::Internet, Lang::En | Lang::Pt) => (
            "Internet",
            "Internet connection",
            &[
                "Open a web page, for example a news site.",
                "If it does not open, check the cable or the Wi-Fi, and restart the router.",
            ],
        ),
        (Point::Internet, Lang::Es) => (
            "Internet",
            "Conexión a Internet",
            &[
                "Abre una página web, por ejemplo un periódico.",
                "Si no se abre, revisa el cable o la wifi y reinicia el router.",
            ],
        ),
        (Point::ServerName, Lang::En | Lang::Pt) => (
            "Server",
            "Server name",
            &[
                "In the mail program, find the incoming and the outgoing server names.",
                "Read them to me letter by letter.",
            ],
        ),
        (Point::ServerName, Lang::Es) => (
            "Servidor",
            "Nombre del servidor",
            &[
                "En el programa de correo, busca el nombre del servidor de entrada y el de salida.",
                "Léemelos letra a letra.",
            ],
        ),
        (Point::Port, Lang::En | Lang::Pt) => (
            "Port",
            "Port",
            &[
                "Next to each server name there is a number: the port.",
                "Read me both numbers.",
            ],
        ),
        (Point::Port, Lang::Es) => (
            "Puerto",
            "Puerto",
            &[
                "Junto a cada servidor hay un número: el puerto.",
                "Léeme los dos números.",
            ],
        ),
        (Point::Encryption, Lang::En | Lang::Pt) => (
            "Encryption",
            "Encryption",
            &[
                "Find the setting called security, encryption or SSL.",
                "Read me what it says, for incoming and for outgoing mail.",
            ],
        ),
        (Point::Encryption, Lang::Es) => (
            "Cifrado",
            "Cifrado",
            &[
                "Busca la opción llamada seguridad, cifrado o SSL.",
                "Léeme lo que pone, para el correo entrante y el saliente.",
            ],
        ),
        (Point::SignIn, Lang::En | Lang::Pt) => (
            "Password",
            "User name and password",
            &[
                "Read me the user name set in the mail program.",
                "Sign in to the webmail with the same user name and password.",
            ],
        ),
        (Point::SignIn, Lang::Es) => (
            "Contraseña",
            "Usuario y contraseña",
            &[
                "Léeme el nombre de usuario que tiene el programa de correo.",
                "Entra en el correo web con el mismo usuario y contraseña.",
            ],
        ),
        (Point::OutgoingAuth, Lang::En | Lang::Pt) => (
            "Send sign-in",
            "Sign-in for sending",
            &[
                "In the outgoing server settings, find \"My outgoing server requires authentication\" or similar.",
                "It must be on, with the same user name and password as for incoming mail.",
            ],
        ),
        (Point::OutgoingAuth, Lang::Es) => (
            "Acceso envío",
            "Autenticación para enviar",
            &[
                "En los datos del servidor de salida, busca «Mi servidor de salida requiere autenticación» o parecido.",
                "Debe estar activada, con el mismo usuario y contraseña que el correo entrante.",
            ],
        ),
        (Point::LeaveCopy, Lang::En | Lang::Pt) => (
            "Leave copy",
            "Leave a copy on the server",
            &[
                "On every other device that gets this mail, open the account settings.",
                "Turn on \"Leave a copy of messages on the server\".",
            ],
        ),
        (Point::LeaveCopy, Lang::Es) => (
            "Dejar copia",
            "Dejar una copia en el servidor",
            &[
                "En cada uno de los otros dispositivos que reciben este correo, abre los datos de la cuenta.",
                "Activa «Dejar una copia de los mensajes en el servidor».",
            ],
        ),
        (Point::Firewall, Lang::En | Lang::Pt) => (
            "Antivirus",
            "Firewall and antivirus",
            &[
                "Turn off the antivirus \"mail protection\" or \"e-mail scanning\" for a moment.",
                "Check the mail again.",
                "Turn the protection back on.",
            ],
        ),
        (Point::Firewall, Lang::Es) => (
            "Antivirus",
            "Cortafuegos y antivirus",
            &[
                "Desactiva un momento la «protección de correo» o el «análisis de correo» del antivirus.",
                "Vuelve a comprobar el correo.",
                "Activa de nuevo la protección.",
            ],
        ),
        (Point::OtherNetwork, Lang::En | Lang::Pt) => (
            "Other network",
            "Another network",
            &[
                "Share the mobile phone's connection and connect the computer to it.",
                "Check the mail again.",
                "If it works there, the usual network blocks the mail: the router, a company firewall or the internet provider.",
            ],
        ),
        (Point::OtherNetwork, Lang::Es) => (
            "Otra red",
            "Otra red",
            &[
                "Comparte la conexión del móvil y conecta el ordenador a ella.",
                "Vuelve a comprobar el correo.",
                "Si ahí funciona, la red habitual bloquea el correo: el router, un cortafuegos de la empresa o el proveedor de Internet.",
            ],
        ),
    };
    CheckText { label, title, say }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::catalog::FindingId;

    #[test]
    fn every_catalogue_id_has_a_label_in_both_languages() {
        for id in FindingId::ALL {
            for lang in [Lang::En, Lang::Es] {
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
