//! The transcript replayer of the protocol tests: a scripted server's literal replies fed into
//! a sans-IO session (POP3, SMTP or IMAP, through the common `Session` trait), every reply also
//! split at every byte offset; the outcome must not depend on how bytes arrive.

use mailtriage::account::{Secret, Security};
use mailtriage::model::{Evidence, StepKind, StepStatus};
use mailtriage::proto::session::{Action, Credentials, Depth, Session, SessionConfig};

/// The account of the replayed sessions.
pub const USER: &str = "alice@example.test";
pub const PASSWORD: &str = "s3cret-Pa55";

/// A full check with the replay account, no plaintext password allowed.
pub fn config(security: Security) -> SessionConfig {
    SessionConfig {
        security,
        credentials: Some(Credentials {
            user: USER.into(),
            password: Secret::new(PASSWORD),
        }),
        oauth2: None,
        allow_plaintext_auth: false,
        depth: Depth::Full,
        from: None,
        to: None,
        ehlo_name: "probe.example.test".into(),
    }
}

/// A finished step: kind, status, detail, evidence.
pub type Step = (StepKind, StepStatus, String, Option<Evidence>);

/// What a replay produced.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    /// The commands sent, as on the wire and as shown.
    pub sent_wire: Vec<String>,
    pub sent_shown: Vec<String>,
    pub steps: Vec<Step>,
    /// Received lines and notes, in order.
    pub transcript: Vec<String>,
    pub closed: bool,
    pub tls_upgrades: usize,
}

impl Outcome {
    /// The last step of `kind`; fails when there is none.
    pub fn step(&self, kind: StepKind) -> &Step {
        self.steps
            .iter()
            .rev()
            .find(|s| s.0 == kind)
            .unwrap_or_else(|| panic!("no {kind:?} step in {:#?}", self.steps))
    }

    /// The status of the last step of `kind`, if there is one.
    pub fn status(&self, kind: StepKind) -> Option<StepStatus> {
        self.steps.iter().rev().find(|s| s.0 == kind).map(|s| s.1)
    }

    /// The evidence of the last step of `kind`, if there is any.
    pub fn evidence(&self, kind: StepKind) -> Option<&Evidence> {
        self.steps
            .iter()
            .rev()
            .find(|s| s.0 == kind)
            .and_then(|s| s.3.as_ref())
    }

    /// The server reply quoted on the last step of `kind`; fails on other evidence.
    pub fn reply(&self, kind: StepKind) -> String {
        match &self.step(kind).3 {
            Some(Evidence::Reply { reply, .. }) => reply.clone(),
            other => panic!("{kind:?} evidence is {other:?}"),
        }
    }
}

/// Replay a scripted server: `greeting` first, then for each command the client sends, the next
/// `(expected command prefix, reply)` pair. Bytes pending for the client are delivered split at
/// `split` (clamped), so every reply also arrives in two pieces.
pub fn replay(
    mut session: Box<dyn Session>,
    greeting: &str,
    script: &[(&str, &str)],
    split: usize,
) -> Outcome {
    let mut out = Outcome {
        sent_wire: vec![],
        sent_shown: vec![],
        steps: vec![],
        transcript: vec![],
        closed: false,
        tls_upgrades: 0,
    };
    let mut next = 0;
    let mut inbox: Vec<u8> = greeting.as_bytes().to_vec();
    for _round in 0..200 {
        if !inbox.is_empty() {
            let cut = split.min(inbox.len());
            let data = std::mem::take(&mut inbox);
            session.receive(&data[..cut]);
            session.receive(&data[cut..]);
        }
        let mut progressed = false;
        while let Some(action) = session.poll_action() {
            progressed = true;
            match action {
                Action::Send { wire, shown } => {
                    let wire = String::from_utf8(wire).unwrap();
                    let (expect, reply) = script
                        .get(next)
                        .unwrap_or_else(|| panic!("unscripted command {wire:?}"));
                    assert!(
                        wire.starts_with(expect),
                        "expected {expect:?}, client sent {wire:?}"
                    );
                    next += 1;
                    inbox.extend_from_slice(reply.as_bytes());
                    out.sent_wire.push(wire);
                    out.sent_shown.push(shown);
                }
                Action::StepFinished {
                    step,
                    status,
                    detail,
                    evidence,
                } => out.steps.push((step, status, detail.to_string(), evidence)),
                Action::StartTls => {
                    out.tls_upgrades += 1;
                    session.tls_established();
                }
                Action::Received(line) => out.transcript.push(line),
                Action::Note(line) => out.transcript.push(format!("note: {line}")),
                Action::Close => out.closed = true,
                _ => {}
            }
        }
        if out.closed || (!progressed && inbox.is_empty()) {
            break;
        }
    }
    assert_eq!(next, script.len(), "not every scripted reply was used");
    out
}

/// Replay whole and at every split offset; the outcome must never change, and never show the
/// password. Returns it.
pub fn replay_all_splits(
    make: impl Fn() -> Box<dyn Session>,
    greeting: &str,
    script: &[(&str, &str)],
) -> Outcome {
    let longest = script
        .iter()
        .map(|(_, r)| r.len())
        .chain([greeting.len()])
        .max()
        .unwrap_or(0);
    let reference = replay(make(), greeting, script, usize::MAX);
    for split in 0..=longest {
        assert_eq!(
            replay(make(), greeting, script, split),
            reference,
            "split {split}"
        );
    }
    assert_password_hidden(&reference);
    reference
}

/// Fails if a shown command, a received line, a note or a step shows the password, as typed or
/// in base64 (alone or as a SASL PLAIN response).
pub fn assert_password_hidden(o: &Outcome) {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let forbidden = [
        PASSWORD.to_string(),
        b64.encode(PASSWORD),
        b64.encode(format!("\0{USER}\0{PASSWORD}")),
    ];
    let recorded = o
        .sent_shown
        .iter()
        .chain(&o.transcript)
        .cloned()
        .chain(o.steps.iter().map(|s| format!("{} {:?}", s.2, s.3)));
    for text in recorded {
        for f in &forbidden {
            assert!(!text.contains(f.as_str()), "recorded: {text}");
        }
    }
}
