//! Diagnosis through the public API, on states folded from probe events the way the engine
//! builds them: the findings JSON carries the catalogue ids, texts in the chosen language and
//! the server lines as evidence.

mod support;

use mailtriage::account::{Plan, Security};
use mailtriage::diagnose::{Context, FindingId, ProviderHint, diagnose};
use mailtriage::finding::{Lang, Severity};
use mailtriage::model::{
    EventKind, Evidence, Panel, ProbeEvent, RunState, ServerInfo, SessionFacts, StepKind,
    StepRecord, StepStatus,
};
use support::tui::plan_for;

/// 2025-06-15T15:06:40Z
const NOW: i64 = 1_750_000_000;

fn plan() -> Plan {
    plan_for(
        ("pop.gmail.com", 995, Security::Tls),
        ("smtp.gmail.com", 587, Security::Starttls),
        "ana@gmail.com",
    )
}

/// Folds the events of one panel: started, each step started then finished, facts, finished.
fn fold(
    state: &mut RunState,
    panel: Panel,
    host: &str,
    port: u16,
    steps: &[StepRecord],
    facts: SessionFacts,
) {
    let mut apply = |kind| state.apply(ProbeEvent { panel, kind });
    apply(EventKind::PanelStarted {
        server: Some(ServerInfo {
            host: host.into(),
            port,
            address: None,
        }),
        security: Some(if port == 995 {
            Security::Tls
        } else {
            Security::Starttls
        }),
    });
    for step in steps {
        apply(EventKind::StepStarted {
            step: step.step,
            target: None,
        });
        apply(EventKind::StepFinished(step.clone()));
    }
    apply(EventKind::Facts(facts));
    apply(EventKind::PanelFinished { elapsed_ms: 50.0 });
}

fn step(kind: StepKind, status: StepStatus, reply: Option<&str>) -> StepRecord {
    StepRecord {
        step: kind,
        target: None,
        status,
        elapsed_ms: 5.0,
        detail: String::new().into(),
        evidence: reply.map(|r| Evidence::Reply {
            sent: None,
            reply: r.into(),
        }),
    }
}

/// Gmail refuses the normal password on both sides: POP3 says why with a response code, SMTP
/// with an enhanced status code in a multi-line reply.
fn gmail_refusing_the_normal_password() -> RunState {
    use StepKind::*;
    use StepStatus::*;
    let mut state = RunState::default();
    fold(
        &mut state,
        Panel::Incoming,
        "pop.gmail.com",
        995,
        &[
            step(Tcp, Ok, None),
            step(Tls, Ok, None),
            step(Greeting, Ok, Some("+OK Gpop ready")),
            step(Capa, Ok, None),
            step(
                Login,
                Failed,
                Some(
                    "-ERR [AUTH] Application-specific password required: https://support.google.com/accounts/answer/185833",
                ),
            ),
        ],
        SessionFacts {
            capabilities: vec!["USER".into(), "SASL PLAIN".into()],
            auth_mechanisms: vec!["PLAIN".into()],
            login_ok: Some(false),
            ..SessionFacts::default()
        },
    );
    fold(
        &mut state,
        Panel::Outgoing,
        "smtp.gmail.com",
        587,
        &[
            step(Tcp, Ok, None),
            step(Greeting, Ok, None),
            step(Ehlo, Ok, None),
            step(Starttls, Ok, None),
            step(Tls, Ok, None),
            step(Ehlo, Ok, None),
            step(
                Login,
                Failed,
                Some(
                    "534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor",
                ),
            ),
        ],
        SessionFacts {
            capabilities: vec!["AUTH LOGIN PLAIN XOAUTH2".into()],
            auth_mechanisms: vec!["LOGIN".into(), "PLAIN".into(), "XOAUTH2".into()],
            login_ok: Some(false),
            ..SessionFacts::default()
        },
    );
    state
}

fn gmail() -> ProviderHint {
    ProviderHint {
        app_password_url: Some("https://myaccount.google.com/apppasswords".into()),
        ..ProviderHint::named("Gmail")
    }
}

#[test]
fn app_password_on_both_sides_in_both_languages() {
    let state = gmail_refusing_the_normal_password();
    let plan = plan();
    for (lang, word, step) in [
        (Lang::En, "app password", "login"),
        (Lang::Es, "contraseña de aplicación", "acceso"),
    ] {
        let ctx = Context {
            provider_incoming: Some(gmail()),
            provider_outgoing: Some(gmail()),
            ..Context::new(&plan, lang, NOW)
        };
        let findings = diagnose(&state, &ctx);
        let seen: Vec<(&str, Panel)> = findings.iter().map(|f| (f.id.as_str(), f.panel)).collect();
        assert_eq!(
            seen,
            [
                (FindingId::AuthAppPasswordRequired.as_str(), Panel::Incoming),
                (FindingId::AuthAppPasswordRequired.as_str(), Panel::Outgoing),
            ]
        );
        for f in &findings {
            assert_eq!(f.severity, Severity::Error);
            assert!(f.title.to_lowercase().contains(word), "{}", f.title);
            assert!(
                f.fix
                    .iter()
                    .any(|s| s.contains("https://myaccount.google.com/apppasswords"))
            );
        }
        // The server's words as it sent them, after the step's name in the reader's language.
        assert_eq!(
            findings[1].evidence,
            [format!(
                "{step}: 534-5.7.9 Application-specific password required. Learn more at 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor"
            )]
        );
    }
}

#[test]
fn findings_serialize_to_the_contract_shape() {
    let state = gmail_refusing_the_normal_password();
    let plan = plan();
    let findings = diagnose(&state, &Context::new(&plan, Lang::En, NOW));
    let json = serde_json::to_value(&findings).expect("findings serialize");
    let first = &json[0];
    for key in [
        "id",
        "severity",
        "panel",
        "title",
        "explanation",
        "fix",
        "evidence",
    ] {
        assert!(first.get(key).is_some(), "missing {key} in {first}");
    }
    assert_eq!(first["id"], "auth-app-password-required");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["panel"], "incoming");
    assert!(first["fix"].as_array().is_some_and(|a| !a.is_empty()));
}

#[test]
fn every_catalogue_id_is_a_stable_string() {
    for id in FindingId::ALL {
        assert_eq!(FindingId::from_id(id.as_str()), Some(*id));
        assert!(
            id.as_str()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}"
        );
    }
}
