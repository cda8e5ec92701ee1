//! Unit tests of the POP3 login decision: no APOP (nor any other use of the password) over plain
//! text without the opt-in, and nothing the server echoes reaching the transcript.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::*;
use crate::proto::session::Credentials;
use crate::settings::{Secret, Security};

const PASSWORD: &str = "Apop-s3cret";
const STAMP_GREETING: &[u8] = b"+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>\r\n";

fn config(security: Security, allow_plaintext_auth: bool) -> SessionConfig {
    SessionConfig {
        security,
        credentials: Some(Credentials {
            user: "alice".into(),
            password: Secret::new(PASSWORD),
        }),
        oauth2: None,
        allow_plaintext_auth,
        depth: Depth::Full,
        from: None,
        to: None,
        ehlo_name: "probe.example.test".into(),
    }
}

fn drain(s: &mut Pop3Session) -> Vec<Action> {
    std::iter::from_fn(|| s.poll_action()).collect()
}

fn wire_lines(actions: &[Action]) -> Vec<String> {
    actions
        .iter()
        .filter_map(|a| match a {
            Action::Send { wire, .. } => Some(String::from_utf8_lossy(wire).trim_end().to_string()),
            _ => None,
        })
        .collect()
}

fn login_result(actions: &[Action]) -> Option<(StepStatus, Option<Evidence>)> {
    actions.iter().find_map(|a| match a {
        Action::StepFinished {
            step: StepKind::Login,
            status,
            evidence,
            ..
        } => Some((*status, evidence.clone())),
        _ => None,
    })
}

/// Greeting with an APOP stamp, then a CAPA listing `capa`; returns everything asked for.
fn after_capa(cfg: SessionConfig, tls: bool, capa: &[u8]) -> Vec<Action> {
    let mut s = Pop3Session::new(cfg, tls);
    s.receive(STAMP_GREETING);
    let mut actions = drain(&mut s);
    s.receive(capa);
    actions.extend(drain(&mut s));
    actions
}

#[test]
fn apop_over_plain_text_is_declined_without_the_opt_in() {
    for capa in [
        &b"+OK\r\nUIDL\r\n.\r\n"[..],
        b"+OK\r\nUSER\r\n.\r\n",
        b"-ERR no CAPA\r\n",
    ] {
        let actions = after_capa(config(Security::None, false), false, capa);
        let sent = wire_lines(&actions);
        assert!(
            sent.iter().all(|l| !l.starts_with("APOP")
                && !l.starts_with("USER")
                && !l.starts_with("PASS")),
            "{sent:?}"
        );
        assert_eq!(sent.last().map(String::as_str), Some("QUIT"), "{sent:?}");
        let (status, evidence) = login_result(&actions).expect("the login step is recorded");
        assert_eq!(status, StepStatus::Warn);
        assert_eq!(
            evidence,
            Some(Evidence::Declined {
                reason: declined_plaintext()
            })
        );
    }
}

#[test]
fn apop_is_used_with_the_opt_in_or_over_tls() {
    let digest = sasl::apop_digest("<1896.697170952@dbc.mtview.ca.us>", PASSWORD);
    for (security, tls, allow) in [(Security::None, false, true), (Security::Tls, true, false)] {
        let actions = after_capa(config(security, allow), tls, b"+OK\r\nUIDL\r\n.\r\n");
        let sent = wire_lines(&actions);
        assert!(
            sent.contains(&format!("APOP alice {digest}")),
            "{security:?}: {sent:?}"
        );
        let shown: Vec<&String> = actions
            .iter()
            .filter_map(|a| match a {
                Action::Send { shown, .. } => Some(shown),
                _ => None,
            })
            .collect();
        assert!(shown.iter().all(|s| !s.contains(&digest)), "{shown:?}");
    }
}

#[test]
fn a_challenge_that_echoes_the_password_is_shown_scrubbed() {
    let mut s = Pop3Session::new(config(Security::Tls, false), true);
    s.receive(b"+OK ready\r\n");
    s.receive(b"+OK\r\nSASL LOGIN\r\n.\r\n");
    let mut actions = drain(&mut s);
    // The first challenge already knows the password ("learned before"), at an odd alignment.
    let first = STANDARD.encode(format!("Hi {PASSWORD} - user name?"));
    s.receive(format!("+ {first}\r\n").as_bytes());
    // The second one repeats it in capitals, inside a longer text.
    let second = STANDARD.encode(format!("You said {}; password:", PASSWORD.to_uppercase()));
    s.receive(format!("+ {second}\r\n").as_bytes());
    s.receive(b"-ERR [AUTH] no\r\n");
    actions.extend(drain(&mut s));
    let recorded = format!("{actions:?}");
    let login_answer = STANDARD.encode(PASSWORD);
    for form in [PASSWORD.to_string(), PASSWORD.to_uppercase(), first, second] {
        assert!(!recorded.contains(&form), "{form} in {recorded}");
    }
    for a in &actions {
        if let Action::Send { wire, shown } = a
            && String::from_utf8_lossy(wire).starts_with(&login_answer)
        {
            assert_eq!(shown, "***");
        }
    }
}
