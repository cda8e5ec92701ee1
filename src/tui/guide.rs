//! Guided mode: the checks a technician walks a person through, one at a time, in plain language,
//! each marked by what the probes actually found.
//!
//! Marks are derived from the joined run state and the findings only; a check the probes did not
//! reach stays [`Mark::Unknown`].

use crate::account::Security;
use crate::finding::{Finding, Lang, Severity};
use crate::model::{Evidence, IoFailure, Panel, PanelReport, RunState, StepKind, StepStatus};
use crate::tui::text::words;

/// What the probes say about one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    Pass,
    Unknown,
    Warn,
    Fail,
}

/// The checks, in the order they are walked through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    Internet,
    ServerName,
    Port,
    Encryption,
    Credentials,
    OutgoingAuth,
    LeaveCopy,
    Firewall,
    OtherNetwork,
}

impl Check {
    pub const ALL: [Check; 9] = [
        Check::Internet,
        Check::ServerName,
        Check::Port,
        Check::Encryption,
        Check::Credentials,
        Check::OutgoingAuth,
        Check::LeaveCopy,
        Check::Firewall,
        Check::OtherNetwork,
    ];

    /// Finding ids that speak to this check.
    fn finding_ids(self) -> &'static [&'static str] {
        match self {
            Check::Internet => &["no-network", "dns-resolver-down"],
            Check::ServerName => &[
                "dns-not-found",
                "dns-resolver-down",
                "mx-mismatch",
                "host-near-miss",
                "pop3-not-offered",
            ],
            Check::Port => &[
                "tcp-refused",
                "port-25-blocked",
                "wrong-port-for-submission",
            ],
            Check::Encryption => &[
                "tls-on-plaintext-port",
                "plaintext-on-tls-port",
                "starttls-not-offered",
                "starttls-failed",
                "starttls-injection",
                "tls-protocol-too-old",
                "cert-expired",
                "cert-not-yet-valid",
                "cert-expiring-soon",
                "cert-hostname-mismatch",
                "cert-untrusted",
                "auth-plaintext-disallowed",
                "auth-refused-insecure",
                "clock-skew",
            ],
            Check::Credentials => &[
                "auth-failed",
                "auth-app-password-required",
                "auth-basic-disabled",
                "auth-web-login-required",
                "pop3-disabled",
                "auth-mechanism-unsupported",
                "too-many-logins",
                "username-form-mismatch",
                "oauth2-only",
            ],
            Check::OutgoingAuth => &[
                "smtp-auth-not-offered",
                "smtp-auth-required",
                "smtp-relay-denied",
                "smtp-sender-rejected",
                "receive-ok-send-fails",
            ],
            Check::LeaveCopy => &["mailbox-empty", "no-uidl", "mailbox-in-use"],
            Check::Firewall => &["tcp-timeout", "tls-intercepted", "port-25-blocked"],
            Check::OtherNetwork => &[
                "tcp-timeout",
                "port-25-blocked",
                "no-network",
                "ipv6-broken",
                "smtp-blocklisted",
            ],
        }
    }
}

/// One check with its mark and the facts behind it, in the chosen language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessed {
    pub check: Check,
    pub mark: Mark,
    pub found: Vec<String>,
}

/// The title of a check and what to read to the person.
pub struct CheckText {
    pub title: &'static str,
    pub say: &'static str,
}

/// Mark every check from what the probes saw.
pub fn assess(state: &RunState, findings: &[Finding], lang: Lang) -> Vec<Assessed> {
    let mut out: Vec<Assessed> = Check::ALL
        .iter()
        .map(|check| assess_one(*check, state, findings, lang))
        .collect();
    // "Try another network" is advice that follows from the two network checks.
    let internet = out[0].mark;
    let firewall = out[7].mark;
    let other = &mut out[8];
    let derived = if internet == Mark::Fail || firewall == Mark::Fail {
        Mark::Fail
    } else if internet == Mark::Pass && firewall == Mark::Pass {
        Mark::Pass
    } else {
        Mark::Unknown
    };
    other.mark = if other.mark == Mark::Unknown {
        derived
    } else {
        other.mark.max(derived)
    };
    out
}

fn assess_one(check: Check, state: &RunState, findings: &[Finding], lang: Lang) -> Assessed {
    let (step_mark, mut found) = from_steps(check, state, lang);
    let related: Vec<&Finding> = findings
        .iter()
        .filter(|f| check.finding_ids().contains(&f.id.as_str()))
        .collect();
    let finding_mark = related
        .iter()
        .map(|f| match f.severity {
            Severity::Error => Mark::Fail,
            Severity::Warn | Severity::Info => Mark::Warn,
        })
        .max();
    let w = words(lang);
    for f in &related {
        found.push(format!("{}: {}", w.severity(f.severity), f.title));
    }
    let mark = match (step_mark, finding_mark) {
        (Mark::Unknown, Some(m)) => m,
        (m, Some(f)) if f > m => f,
        (m, _) => m,
    };
    Assessed { check, mark, found }
}

fn mail_panels(state: &RunState) -> impl Iterator<Item = &PanelReport> {
    state.panels.iter().filter(|p| p.panel != Panel::Network)
}

/// A short line about one step: "Incoming (POP3): tcp ok — 10.0.0.1:995".
fn describe(report: &PanelReport, step: StepKind, lang: Lang) -> Option<String> {
    let w = words(lang);
    let record = report.step(step)?;
    let mut line = format!(
        "{}: {} {}",
        w.panel(report.panel),
        record.step,
        w.status(record.status)
    );
    if !record.detail.is_empty() {
        line.push_str(": ");
        line.push_str(&record.detail);
    }
    Some(line)
}

/// The worst finished status of a kind of step over some panels, with a line per panel.
fn steps_mark<'a>(
    panels: impl Iterator<Item = &'a PanelReport>,
    kinds: &[StepKind],
    lang: Lang,
) -> (Mark, Vec<String>) {
    let mut mark = None::<Mark>;
    let mut found = Vec::new();
    for report in panels {
        for kind in kinds {
            let Some(record) = report.step(*kind) else {
                continue;
            };
            let m = match record.status {
                StepStatus::Ok => Mark::Pass,
                StepStatus::Warn => Mark::Warn,
                StepStatus::Failed => Mark::Fail,
                StepStatus::Pending | StepStatus::Running | StepStatus::Skipped => continue,
            };
            mark = Some(mark.map_or(m, |old| old.max(m)));
            found.extend(describe(report, *kind, lang));
        }
    }
    (mark.unwrap_or(Mark::Unknown), found)
}

fn from_steps(check: Check, state: &RunState, lang: Lang) -> (Mark, Vec<String>) {
    match check {
        Check::Internet => {
            // Any connection that worked proves the machine is online.
            let any_ok = state.panels.iter().any(|p| {
                p.steps.iter().any(|s| {
                    matches!(s.step, StepKind::Tcp | StepKind::Dns) && s.status == StepStatus::Ok
                })
            });
            let network = state.panel(Panel::Network);
            let (mark, found) =
                steps_mark(network.into_iter(), &[StepKind::Dns, StepKind::Tcp], lang);
            if any_ok {
                (Mark::Pass, found)
            } else {
                (mark, found)
            }
        }
        Check::ServerName => steps_mark(mail_panels(state), &[StepKind::Dns], lang),
        Check::Port => steps_mark(mail_panels(state), &[StepKind::Tcp], lang),
        Check::Encryption => {
            let (mut mark, mut found) = steps_mark(
                mail_panels(state),
                &[StepKind::Tls, StepKind::Stls, StepKind::Starttls],
                lang,
            );
            for report in mail_panels(state) {
                if report.security == Some(Security::None) {
                    mark = mark.max(Mark::Warn);
                    found.push(format!(
                        "{}: {}",
                        words(lang).panel(report.panel),
                        no_encryption(lang)
                    ));
                }
                let speaks_tls = report.steps.iter().any(|s| {
                    s.status == StepStatus::Failed
                        && matches!(s.evidence, Some(Evidence::SpeaksTls { .. }))
                });
                if speaks_tls {
                    mark = Mark::Fail;
                    found.extend(describe(report, StepKind::Greeting, lang));
                }
            }
            (mark, found)
        }
        Check::Credentials => steps_mark(mail_panels(state), &[StepKind::Login], lang),
        Check::OutgoingAuth => steps_mark(
            state.panel(Panel::Outgoing).into_iter(),
            &[StepKind::Login, StepKind::MailFrom, StepKind::RcptTo],
            lang,
        ),
        Check::LeaveCopy => {
            let count = state
                .panel(Panel::Incoming)
                .and_then(|p| p.facts.message_count);
            match count {
                Some(0) => (Mark::Warn, vec![messages_on_server(0, lang)]),
                Some(n) => (Mark::Pass, vec![messages_on_server(n, lang)]),
                None => (Mark::Unknown, Vec::new()),
            }
        }
        Check::Firewall => {
            let mut mark = Mark::Unknown;
            let mut found = Vec::new();
            for report in mail_panels(state) {
                let Some(tcp) = report.step(StepKind::Tcp) else {
                    continue;
                };
                let timed_out = matches!(
                    tcp.evidence,
                    Some(Evidence::Io {
                        failure: IoFailure::Timeout,
                        ..
                    })
                );
                match tcp.status {
                    StepStatus::Failed if timed_out => {
                        mark = Mark::Fail;
                        found.extend(describe(report, StepKind::Tcp, lang));
                    }
                    StepStatus::Ok if mark == Mark::Unknown => mark = Mark::Pass,
                    _ => {}
                }
                if let Some(tls) = &report.tls
                    && tls.verdict == crate::model::CertVerdict::Untrusted
                {
                    mark = mark.max(Mark::Warn);
                    found.push(format!(
                        "{}: {}",
                        words(lang).panel(report.panel),
                        tls.verdict_detail
                    ));
                }
            }
            (mark, found)
        }
        Check::OtherNetwork => (Mark::Unknown, Vec::new()),
    }
}

fn no_encryption(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "set to no encryption",
        Lang::Es => "configurado sin cifrado",
    }
}

fn messages_on_server(n: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{n} messages are on the server now"),
        Lang::Es => format!("hay {n} mensajes en el servidor ahora"),
    }
}

/// What to read to the person for a check.
pub fn text(check: Check, lang: Lang) -> CheckText {
    let (title, say) = match (check, lang) {
        (Check::Internet, Lang::En) => (
            "Internet connection",
            "First, let's make sure this computer is online. Can you open a web page, for example a news site? If not, check the cable or the Wi-Fi, and restart the router if needed.",
        ),
        (Check::Internet, Lang::Es) => (
            "Conexión a Internet",
            "Primero comprobemos que el equipo tiene Internet. ¿Puede abrir una página web, por ejemplo un periódico? Si no, revise el cable o la wifi y, si hace falta, reinicie el router.",
        ),
        (Check::ServerName, Lang::En) => (
            "Server name",
            "In your mail program, find the name of the incoming server (POP3) and of the outgoing server (SMTP). Read them to me letter by letter: one wrong letter is enough for the program not to find the server.",
        ),
        (Check::ServerName, Lang::Es) => (
            "Nombre del servidor",
            "En su programa de correo, busque el nombre del servidor de entrada (POP3) y el del servidor de salida (SMTP). Léamelos letra a letra: basta una letra equivocada para que el programa no encuentre el servidor.",
        ),
        (Check::Port, Lang::En) => (
            "Port",
            "Next to each server name there is a number called the port. For incoming mail it is usually 995 (or 110); for outgoing mail 465 or 587. Tell me which numbers you see.",
        ),
        (Check::Port, Lang::Es) => (
            "Puerto",
            "Junto a cada servidor hay un número llamado puerto. Para recibir suele ser 995 (o 110); para enviar, 465 o 587. Dígame qué números ve.",
        ),
        (Check::Encryption, Lang::En) => (
            "Encryption",
            "Look for the setting called security, encryption or SSL. It must match the port: SSL/TLS with 995 and 465, STARTTLS with 110 and 587. If they do not match, the program and the server cannot understand each other.",
        ),
        (Check::Encryption, Lang::Es) => (
            "Cifrado",
            "Busque la opción llamada seguridad, cifrado o SSL. Debe ir con el puerto: SSL/TLS con 995 y 465, STARTTLS con 110 y 587. Si no coinciden, el programa y el servidor no se entienden.",
        ),
        (Check::Credentials, Lang::En) => (
            "User name and password",
            "Check the user name: many providers want the full e-mail address. Type the password again slowly, watching Caps Lock. If you changed it recently, use the new one. Some providers want a special app password instead of the usual one.",
        ),
        (Check::Credentials, Lang::Es) => (
            "Usuario y contraseña",
            "Revise el nombre de usuario: muchos proveedores piden la dirección de correo completa. Vuelva a escribir la contraseña despacio, atento a las mayúsculas. Si la cambió hace poco, use la nueva. Algunos proveedores piden una contraseña de aplicación en lugar de la habitual.",
        ),
        (Check::OutgoingAuth, Lang::En) => (
            "Sign-in for outgoing mail",
            "In the outgoing server settings, find the option \"My outgoing server requires authentication\" (or similar) and turn it on, with the same user name and password as for incoming mail.",
        ),
        (Check::OutgoingAuth, Lang::Es) => (
            "Autenticación del correo saliente",
            "En los datos del servidor de salida, busque la opción «Mi servidor de salida requiere autenticación» (o parecida) y actívela, con el mismo usuario y contraseña que el correo entrante.",
        ),
        (Check::LeaveCopy, Lang::En) => (
            "Leave a copy on the server",
            "If you read your mail on more than one device, every device that uses POP3 must have \"Leave a copy of messages on the server\" turned on. Otherwise the first device downloads the messages and deletes them, and the others never see them.",
        ),
        (Check::LeaveCopy, Lang::Es) => (
            "Dejar una copia en el servidor",
            "Si lee el correo en más de un dispositivo, cada uno que use POP3 debe tener activada la opción «Dejar una copia de los mensajes en el servidor». Si no, el primero descarga los mensajes y los borra, y los demás no llegan a verlos.",
        ),
        (Check::Firewall, Lang::En) => (
            "Firewall and antivirus",
            "Some antivirus programs and firewalls block or inspect mail. Turn off the antivirus \"mail protection\" or \"e-mail scanning\" for a moment and try again. Remember to turn it back on afterwards.",
        ),
        (Check::Firewall, Lang::Es) => (
            "Cortafuegos y antivirus",
            "Algunos antivirus y cortafuegos bloquean o revisan el correo. Desactive un momento la «protección de correo» o el «análisis de correo» del antivirus y vuelva a probar. Después, acuérdese de activarla de nuevo.",
        ),
        (Check::OtherNetwork, Lang::En) => (
            "Another network",
            "If it still fails, try from another network, for example by sharing the mobile phone's connection. If it works there, the problem is in the usual network: the router, a company firewall or the internet provider.",
        ),
        (Check::OtherNetwork, Lang::Es) => (
            "Otra red",
            "Si sigue fallando, pruebe desde otra red, por ejemplo compartiendo la conexión del móvil. Si ahí funciona, el problema está en la red habitual: el router, un cortafuegos de la empresa o el proveedor de Internet.",
        ),
    };
    CheckText { title, say }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, ProbeEvent, StepRecord};

    #[test]
    fn every_id_a_check_names_is_in_the_catalogue() {
        for check in Check::ALL {
            for id in check.finding_ids() {
                assert!(
                    crate::diagnose::catalog::FindingId::from_id(id).is_some(),
                    "{id} is not a catalogue id"
                );
            }
        }
    }

    fn finished(
        panel: Panel,
        step: StepKind,
        status: StepStatus,
        evidence: Option<Evidence>,
    ) -> ProbeEvent {
        ProbeEvent {
            panel,
            kind: EventKind::StepFinished(StepRecord {
                step,
                target: None,
                status,
                elapsed_ms: 3.0,
                detail: String::new(),
                evidence,
            }),
        }
    }

    fn mark_of(assessed: &[Assessed], check: Check) -> Mark {
        assessed.iter().find(|a| a.check == check).unwrap().mark
    }

    #[test]
    fn nothing_probed_is_unknown_everywhere() {
        let assessed = assess(&RunState::default(), &[], Lang::En);
        assert_eq!(assessed.len(), Check::ALL.len());
        assert!(assessed.iter().all(|a| a.mark == Mark::Unknown));
    }

    #[test]
    fn timeout_marks_firewall_and_other_network() {
        let mut state = RunState::default();
        state.apply(finished(
            Panel::Incoming,
            StepKind::Dns,
            StepStatus::Ok,
            None,
        ));
        state.apply(finished(
            Panel::Incoming,
            StepKind::Tcp,
            StepStatus::Failed,
            Some(Evidence::Io {
                failure: IoFailure::Timeout,
                message: "no answer in 10 s".into(),
            }),
        ));
        let assessed = assess(&state, &[], Lang::En);
        assert_eq!(mark_of(&assessed, Check::Internet), Mark::Pass);
        assert_eq!(mark_of(&assessed, Check::ServerName), Mark::Pass);
        assert_eq!(mark_of(&assessed, Check::Port), Mark::Fail);
        assert_eq!(mark_of(&assessed, Check::Firewall), Mark::Fail);
        assert_eq!(mark_of(&assessed, Check::OtherNetwork), Mark::Fail);
        assert_eq!(mark_of(&assessed, Check::Credentials), Mark::Unknown);
    }

    #[test]
    fn a_finding_marks_its_check_even_without_steps() {
        let finding = Finding {
            id: "auth-failed".into(),
            severity: Severity::Error,
            panel: Panel::Incoming,
            title: "The server refused the password".into(),
            explanation: String::new(),
            fix: Vec::new(),
            evidence: Vec::new(),
        };
        let assessed = assess(&RunState::default(), &[finding], Lang::En);
        let credentials = assessed
            .iter()
            .find(|a| a.check == Check::Credentials)
            .unwrap();
        assert_eq!(credentials.mark, Mark::Fail);
        assert!(credentials.found[0].contains("refused the password"));
    }

    #[test]
    fn every_check_has_text_in_both_languages() {
        for check in Check::ALL {
            for lang in [Lang::En, Lang::Es] {
                let t = text(check, lang);
                assert!(!t.title.is_empty() && t.say.len() > 40);
            }
        }
        assert_ne!(
            text(Check::Port, Lang::En).say,
            text(Check::Port, Lang::Es).say
        );
    }
}
