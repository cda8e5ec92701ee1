//! The one place that knows what a password looks like once a server has it: [`SecretForms`]
//! finds it (in any letter case, inside base64 at any alignment, as a SASL answer or an APOP
//! digest) and replaces it with `***`.
//!
//! Every text a server controls passes through it before anything records it: each line a
//! session reads, each challenge a session decodes for the transcript, and each event the probe
//! engine emits (see `probe::events`), so text output, JSON, the dashboard, reports and saved
//! files are clean at the source. Panic messages pass through the forms registered with
//! [`remember_for_panics`].

use std::borrow::Cow;
use std::sync::{Mutex, Once, TryLockError};

use regex::bytes::{Regex, RegexBuilder};

use crate::model::{
    CertSummary, EventKind, Evidence, NetworkFacts, Said, ServerInfo, SessionFacts, StepRecord,
    TlsInfo,
};
use crate::proto::sasl;
use crate::proto::session::Credentials;
use crate::sanitize::{sanitize, sanitize_str};

/// Passwords shorter than this are not looked for in server text: they occur in ordinary words.
pub const MIN_REDACTED_SECRET: usize = 4;

/// What a found secret is replaced with.
pub const REDACTED: &str = "***";

/// How many base64 layers are looked through (base64 of base64 of the password is still found).
const MAX_BASE64_DEPTH: usize = 2;

/// The forms a password takes (itself in its letter cases and as the terminal shows it, the SASL
/// PLAIN and LOGIN answers, an APOP digest) and the search for them.
#[derive(Debug, Clone, Default)]
pub struct SecretForms {
    /// Literal forms, longest first.
    forms: Vec<String>,
    /// The passwords themselves (as opposed to encodings of them), looked for inside base64.
    passwords: Vec<String>,
    /// Case-insensitive alternation of `forms`; `None` while there is none.
    pattern: Option<Regex>,
}

impl SecretForms {
    /// The forms of these credentials' password.
    pub fn of(credentials: Option<&Credentials>) -> SecretForms {
        match credentials {
            Some(c) => SecretForms::of_password(&c.user, c.password.expose()),
            None => SecretForms::default(),
        }
    }

    /// The forms of `password`, sent with user name `user`.
    pub fn of_password(user: &str, password: &str) -> SecretForms {
        let mut forms = SecretForms::default();
        if password.is_empty() {
            return forms;
        }
        // The encoded answers are long and distinctive even for a short password.
        let mut literal = vec![
            sasl::plain_response(user, password),
            sasl::login_response(password),
        ];
        if password.len() >= MIN_REDACTED_SECRET {
            forms.passwords.push(password.to_string());
            literal.extend([
                password.to_string(),
                password.to_lowercase(),
                password.to_uppercase(),
                sanitize_str(password),
            ]);
        }
        literal.retain(|f| f.len() >= MIN_REDACTED_SECRET);
        for form in literal {
            forms.push_form(form);
        }
        forms.rebuild();
        forms
    }

    /// The forms of an OAuth2 access token sent with user name `user`: the token in its letter
    /// cases, the XOAUTH2 answer, and any base64 holding the token (the OAUTHBEARER answer,
    /// whatever host and port it names).
    pub fn of_oauth2_token(user: &str, token: &str) -> SecretForms {
        let mut forms = SecretForms::default();
        if token.is_empty() {
            return forms;
        }
        let mut literal = vec![sasl::xoauth2_response(user, token)];
        if token.len() >= MIN_REDACTED_SECRET {
            forms.passwords.push(token.to_string());
            literal.extend([
                token.to_string(),
                token.to_lowercase(),
                token.to_uppercase(),
                sanitize_str(token),
            ]);
        }
        literal.retain(|f| f.len() >= MIN_REDACTED_SECRET);
        for form in literal {
            forms.push_form(form);
        }
        forms.rebuild();
        forms
    }

    /// True when there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Also look for `form` (an APOP digest, once computed).
    pub fn add(&mut self, form: &str) {
        if form.len() >= MIN_REDACTED_SECRET {
            self.push_form(form.to_string());
            self.rebuild();
        }
    }

    /// Everything `other` looks for, too.
    pub fn merge(&mut self, other: &SecretForms) {
        for p in &other.passwords {
            if !self.passwords.contains(p) {
                self.passwords.push(p.clone());
            }
        }
        for f in &other.forms {
            self.push_form(f.clone());
        }
        self.rebuild();
    }

    fn push_form(&mut self, form: String) {
        if !self.forms.contains(&form) {
            self.forms.push(form);
        }
    }

    fn rebuild(&mut self) {
        self.forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        let alternation = self
            .forms
            .iter()
            .map(|f| regex::escape(f))
            .collect::<Vec<_>>()
            .join("|");
        self.pattern = if alternation.is_empty() {
            None
        } else {
            // Escaped literals always compile; should the size limit ever refuse them, every
            // text is withheld instead (see `redact`).
            RegexBuilder::new(&alternation)
                .case_insensitive(true)
                .build()
                .ok()
        };
    }

    /// Shortest run of base64 characters that can hold the shortest password.
    fn min_base64_run(&self) -> usize {
        self.passwords
            .iter()
            .map(|p| (p.len() * 8).div_ceil(6))
            .min()
            .unwrap_or(usize::MAX)
    }

    /// `text` with every form replaced by `***`, and every run of base64 whose decoding (at any
    /// alignment) holds the password replaced as a whole. Borrowed when nothing was found.
    pub fn redact<'a>(&self, text: &'a [u8]) -> Cow<'a, [u8]> {
        if self.forms.is_empty() {
            return Cow::Borrowed(text);
        }
        let Some(pattern) = &self.pattern else {
            return Cow::Owned(REDACTED.as_bytes().to_vec());
        };
        let mut cut: Vec<(usize, usize)> = pattern
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        for (start, end) in base64_runs(text, self.min_base64_run()) {
            if self.base64_run_hides_secret(&text[start..end], MAX_BASE64_DEPTH) {
                cut.push((start, end));
            }
        }
        if cut.is_empty() {
            return Cow::Borrowed(text);
        }
        cut.sort_unstable();
        let mut out = Vec::with_capacity(text.len());
        let mut at = 0;
        for (start, end) in cut {
            if end <= at {
                continue;
            }
            if start >= at {
                out.extend_from_slice(&text[at..start]);
                out.extend_from_slice(REDACTED.as_bytes());
            }
            at = end;
        }
        out.extend_from_slice(&text[at..]);
        Cow::Owned(out)
    }

    /// [`SecretForms::redact`] for text.
    pub fn scrub<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match self.redact(text.as_bytes()) {
            Cow::Borrowed(_) => Cow::Borrowed(text),
            // Matches of UTF-8 forms and base64 runs (ASCII) end on character boundaries.
            Cow::Owned(bytes) => Cow::Owned(
                String::from_utf8(bytes)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            ),
        }
    }

    /// Scrub `text` in place.
    pub fn scrub_in_place(&self, text: &mut String) {
        if let Cow::Owned(clean) = self.scrub(text) {
            *text = clean;
        }
    }

    /// True when decoding `run` from any of its four character offsets reveals a secret.
    fn base64_run_hides_secret(&self, run: &[u8], depth: usize) -> bool {
        (0..4).any(|offset| {
            let Some(decoded) = run.get(offset..).map(decode_base64_lenient) else {
                return false;
            };
            self.pattern.as_ref().is_some_and(|p| p.is_match(&decoded))
                || (depth > 1
                    && base64_runs(&decoded, self.min_base64_run())
                        .into_iter()
                        .any(|(s, e)| self.base64_run_hides_secret(&decoded[s..e], depth - 1)))
        })
    }

    /// How a SASL challenge is shown in the transcript: `***` for the answer, then the
    /// challenge decoded, scrubbed after decoding and sanitized.
    pub fn shown_challenge(&self, payload: &str) -> String {
        match sasl::decode_challenge(payload) {
            Some(text) => format!(
                "{REDACTED} (answer to \"{}\")",
                sanitize_str(&self.scrub(&text))
            ),
            None => REDACTED.to_string(),
        }
    }

    /// Every text of `event` scrubbed.
    pub fn scrub_event(&self, event: &mut EventKind) {
        if self.is_empty() {
            return;
        }
        match event {
            EventKind::PanelStarted { server, .. } => {
                if let Some(s) = server {
                    self.scrub_server(s);
                }
            }
            EventKind::StepStarted { target, .. } => self.scrub_opt(target),
            EventKind::StepFinished(record) => self.scrub_step(record),
            EventKind::Transcript(line) => line.text.texts_mut(&mut |t| self.scrub_in_place(t)),
            EventKind::Tls(info) => self.scrub_tls(info),
            EventKind::Facts(facts) => self.scrub_facts(facts),
            EventKind::Network(facts) => self.scrub_network(facts),
            EventKind::Connected { address } => self.scrub_in_place(address),
            EventKind::PanelFinished { .. } => {}
        }
    }

    fn scrub_opt(&self, text: &mut Option<String>) {
        if let Some(t) = text {
            self.scrub_in_place(t);
        }
    }

    fn scrub_all(&self, texts: &mut [String]) {
        texts.iter_mut().for_each(|t| self.scrub_in_place(t));
    }

    fn scrub_server(&self, server: &mut ServerInfo) {
        self.scrub_in_place(&mut server.host);
        self.scrub_opt(&mut server.address);
    }

    /// Every piece of text inside a phrase.
    fn scrub_said(&self, said: &mut Said) {
        said.texts_mut(&mut |t| self.scrub_in_place(t));
    }

    /// Every text of a step: its target, detail and evidence.
    pub fn scrub_step(&self, record: &mut StepRecord) {
        self.scrub_opt(&mut record.target);
        record.detail.texts_mut(&mut |t| self.scrub_in_place(t));
        if let Some(e) = &mut record.evidence {
            self.scrub_evidence(e);
        }
    }

    /// Every text of a piece of evidence.
    pub fn scrub_evidence(&self, evidence: &mut Evidence) {
        match evidence {
            Evidence::Reply { sent, reply } => {
                self.scrub_opt(sent);
                self.scrub_in_place(reply);
            }
            Evidence::Io { message, .. } => self.scrub_said(message),
            Evidence::Tls {
                message,
                peer_bytes,
                ..
            } => {
                self.scrub_said(message);
                self.scrub_opt(peer_bytes);
            }
            Evidence::SpeaksTls { how } => self.scrub_said(how),
            Evidence::Declined { reason } => self.scrub_said(reason),
        }
    }

    fn scrub_tls(&self, info: &mut TlsInfo) {
        self.scrub_in_place(&mut info.server_name);
        self.scrub_opt(&mut info.version);
        self.scrub_opt(&mut info.cipher_suite);
        self.scrub_said(&mut info.verdict_detail);
        for CertSummary {
            subject,
            issuer,
            dns_names,
            ip_addresses,
            not_before,
            not_after,
            ..
        } in &mut info.chain
        {
            self.scrub_in_place(subject);
            self.scrub_in_place(issuer);
            self.scrub_all(dns_names);
            self.scrub_all(ip_addresses);
            self.scrub_in_place(not_before);
            self.scrub_in_place(not_after);
        }
    }

    fn scrub_facts(&self, facts: &mut SessionFacts) {
        self.scrub_opt(&mut facts.greeting);
        self.scrub_all(&mut facts.capabilities);
        self.scrub_all(&mut facts.auth_mechanisms);
        self.scrub_opt(&mut facts.login_method);
        self.scrub_opt(&mut facts.oauth2_error);
        self.scrub_opt(&mut facts.client_address_seen);
    }

    /// The network facts hold many lists (DNS records, blocklist texts, …): they are looked
    /// through as one JSON value, and rebuilt only when something was found.
    fn scrub_network(&self, facts: &mut NetworkFacts) {
        let Ok(mut value) = serde_json::to_value(&*facts) else {
            return;
        };
        if !self.scrub_json(&mut value) {
            return;
        }
        // Should the rebuilt facts not read back, none are kept rather than the secret.
        *facts = serde_json::from_value(value).unwrap_or_default();
    }

    /// Scrub every string of a JSON value; true when one changed.
    pub fn scrub_json(&self, value: &mut serde_json::Value) -> bool {
        use serde_json::Value;
        match value {
            Value::String(s) => match self.scrub(s) {
                Cow::Owned(clean) => {
                    *s = clean;
                    true
                }
                Cow::Borrowed(_) => false,
            },
            Value::Array(items) => items
                .iter_mut()
                .fold(false, |changed, v| self.scrub_json(v) | changed),
            Value::Object(map) => map
                .values_mut()
                .fold(false, |changed, v| self.scrub_json(v) | changed),
            _ => false,
        }
    }
}

/// `[start, end)` of each run of base64 characters (both alphabets) at least `min` long, with
/// the `=` padding that ends it.
fn base64_runs(text: &[u8], min: usize) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for i in 0..=text.len() {
        let in_run = text.get(i).is_some_and(|b| base64_value(*b).is_some());
        match (in_run, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if i - s >= min {
                    let padding = text[i..].iter().take(2).take_while(|b| **b == b'=').count();
                    runs.push((s, i + padding));
                }
                start = None;
            }
            _ => {}
        }
    }
    runs
}

fn base64_value(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

/// Decode base64 characters as far as they go, ignoring a partial last group.
fn decode_base64_lenient(chars: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(chars.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for v in chars.iter().filter_map(|b| base64_value(*b)) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// The forms every panic message is scrubbed with: the passwords of every plan this process
/// probed with.
static PANIC_SECRETS: Mutex<Option<SecretForms>> = Mutex::new(None);

/// Scrub panic messages with these forms too (from now on, for the rest of the process).
pub fn remember_for_panics(forms: &SecretForms) {
    if forms.is_empty() {
        return;
    }
    let mut known = PANIC_SECRETS.lock().unwrap_or_else(|e| e.into_inner());
    known.get_or_insert_with(SecretForms::default).merge(forms);
}

/// Install, once, a panic hook that prints the message scrubbed and sanitized instead of as it
/// is. Call it before any other hook is installed (the dashboard's hook restores the terminal,
/// then calls this one).
pub fn scrub_panic_messages() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let payload = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".into());
            let location = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let thread = std::thread::current();
            // A panic while the forms were being added: they cannot be read, so the message
            // is not shown at all.
            let (payload, known) = match PANIC_SECRETS.try_lock() {
                Ok(known) => (payload, known.clone().unwrap_or_default()),
                Err(TryLockError::Poisoned(p)) => {
                    (payload, p.into_inner().clone().unwrap_or_default())
                }
                Err(TryLockError::WouldBlock) => {
                    ("(message withheld)".to_string(), SecretForms::default())
                }
            };
            eprintln!(
                "{}",
                panic_text(
                    thread.name().unwrap_or("unnamed"),
                    &location,
                    &payload,
                    &known
                )
            );
            let trace = std::backtrace::Backtrace::capture();
            if trace.status() == std::backtrace::BacktraceStatus::Captured {
                eprintln!("{trace}");
            }
        }));
    });
}

/// The line a panic prints: its message scrubbed of every known form and sanitized.
pub fn panic_text(thread: &str, location: &str, message: &str, known: &SecretForms) -> String {
    format!(
        "thread '{}' panicked at {}:\n{}",
        sanitize_str(thread),
        sanitize_str(location),
        sanitize(&known.redact(message.as_bytes()))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Secret;
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;

    const PASSWORD: &str = "hunter22";

    fn forms() -> SecretForms {
        SecretForms::of(Some(&Credentials {
            user: "alice".into(),
            password: Secret::new(PASSWORD),
        }))
    }

    fn scrubbed(text: &str) -> String {
        forms().scrub(text).into_owned()
    }

    #[test]
    fn every_form_of_the_password_is_cut_from_server_text() {
        let mut forms = forms();
        forms.add("0123456789abcdef");
        let plain = sasl::plain_response("alice", PASSWORD);
        let line = format!("-ERR PASS hunter22 / AUTH PLAIN {plain} aHVudGVyMjI= 0123456789abcdef");
        assert_eq!(
            forms.redact(line.as_bytes()).as_ref(),
            b"-ERR PASS *** / AUTH PLAIN *** *** ***"
        );
        assert!(matches!(forms.redact(b"+OK fine"), Cow::Borrowed(_)));
        let short = Credentials {
            user: "a".into(),
            password: Secret::new("ok"),
        };
        let forms = SecretForms::of(Some(&short));
        assert_eq!(forms.redact(b"+OK ok").as_ref(), b"+OK ok");
        // Its SASL answers are still long enough to look for.
        let plain = sasl::plain_response("a", "ok");
        assert_eq!(forms.scrub(&format!("-ERR {plain}")), "-ERR ***");
    }

    #[test]
    fn any_letter_case_is_found() {
        assert_eq!(scrubbed("-ERR PASS HUNTER22"), "-ERR PASS ***");
        assert_eq!(
            scrubbed("-ERR pass HuNtEr22 refused"),
            "-ERR pass *** refused"
        );
        let digest = "C4C9334BAC560ECC979E58001B3E22FB";
        let mut f = forms();
        f.add(&digest.to_lowercase());
        assert_eq!(f.scrub(&format!("-ERR {digest}")), "-ERR ***");
        let accented = SecretForms::of_password("u", "Contraseña9");
        assert_eq!(accented.scrub("echo CONTRASEÑA9"), "echo ***");
    }

    #[test]
    fn base64_is_decoded_at_every_alignment() {
        for prefix in ["", "x", "xy", "Password was: ", "You sent "] {
            for suffix in ["", "!", " and more"] {
                let payload = STANDARD.encode(format!("{prefix}{PASSWORD}{suffix}"));
                for lead in ["", "Q", "ab"] {
                    let line = format!("334 {lead}{payload}");
                    let out = scrubbed(&line);
                    assert_eq!(out.matches("***").count(), 1, "{line} -> {out}");
                    assert!(
                        !out.contains(&payload[payload.len() / 2..]),
                        "{line} -> {out}"
                    );
                }
            }
            let upper = STANDARD.encode(format!("{prefix}{}", PASSWORD.to_uppercase()));
            assert_eq!(scrubbed(&format!("+ {upper}")), "+ ***", "{upper}");
            let nested = STANDARD.encode(STANDARD.encode(format!("{prefix}{PASSWORD}")));
            assert_eq!(scrubbed(&format!("+ {nested}")), "+ ***", "{nested}");
            let url_safe = base64::engine::general_purpose::URL_SAFE
                .encode(format!("{prefix}\u{fb}\u{ff}{PASSWORD}"));
            assert_eq!(scrubbed(&format!("+ {url_safe}")), "+ ***", "{url_safe}");
        }
        // Base64 that does not hold the password stays.
        assert_eq!(scrubbed("334 VXNlcm5hbWU6"), "334 VXNlcm5hbWU6");
    }

    #[test]
    fn a_decoded_challenge_is_scrubbed_after_decoding() {
        let f = forms();
        assert_eq!(
            f.shown_challenge("VXNlcm5hbWU6"),
            "*** (answer to \"Username:\")"
        );
        // The challenge's decoding alone would reveal it.
        let echoed = STANDARD.encode(format!("Bad: {PASSWORD}\x1b[2J"));
        let shown = f.shown_challenge(&echoed);
        assert!(!shown.contains(PASSWORD), "{shown}");
        assert!(shown.contains("Bad: ***\\x1b[2J"), "{shown}");
        assert_eq!(f.shown_challenge("%%%"), "***");
    }

    #[test]
    fn every_text_of_an_event_is_scrubbed() {
        let f = forms();
        let pw = || format!("x{PASSWORD}y");
        let mut events = vec![
            EventKind::PanelStarted {
                server: Some(ServerInfo {
                    host: pw(),
                    port: 1,
                    address: Some(pw()),
                }),
                security: None,
            },
            EventKind::StepStarted {
                step: crate::model::StepKind::Login,
                target: Some(pw()),
            },
            EventKind::StepFinished(StepRecord {
                step: crate::model::StepKind::Login,
                target: Some(pw()),
                status: crate::model::StepStatus::Failed,
                elapsed_ms: 1.0,
                detail: pw().into(),
                evidence: Some(Evidence::Tls {
                    failure: crate::model::TlsFailure::Other,
                    message: pw().into(),
                    peer_bytes: Some(pw()),
                }),
            }),
            EventKind::Transcript(crate::model::TranscriptLine {
                offset_ms: 0.0,
                dir: crate::model::Direction::Received,
                text: pw().into(),
            }),
            EventKind::Tls(TlsInfo {
                server_name: pw(),
                version: Some(pw()),
                cipher_suite: Some(pw()),
                chain: vec![CertSummary {
                    subject: pw(),
                    issuer: pw(),
                    dns_names: vec![pw()],
                    ip_addresses: vec![pw()],
                    not_before: pw(),
                    not_after: pw(),
                    not_before_unix: 0,
                    not_after_unix: 0,
                    sha256_fingerprint: String::new(),
                }],
                verdict: crate::model::CertVerdict::Untrusted,
                verdict_detail: pw().into(),
            }),
            EventKind::Facts(SessionFacts {
                greeting: Some(pw()),
                capabilities: vec![pw()],
                auth_mechanisms: vec![pw()],
                login_method: Some(pw()),
                client_address_seen: Some(pw()),
                ..SessionFacts::default()
            }),
            EventKind::Connected { address: pw() },
        ];
        let mut network = NetworkFacts::default();
        network.proxies.push(crate::model::ProxySetting {
            variable: pw(),
            value: pw(),
        });
        events.push(EventKind::Network(Box::new(network)));
        for mut event in events {
            f.scrub_event(&mut event);
            let shown = format!("{event:?}");
            assert!(!shown.to_lowercase().contains(PASSWORD), "{shown}");
            assert!(shown.contains("x***y"), "{shown}");
        }
    }

    #[test]
    fn panic_messages_are_scrubbed_and_sanitized() {
        let text = panic_text(
            "main",
            "src/x.rs:1",
            &format!("bad reply \x1b]0;{PASSWORD}\x07"),
            &forms(),
        );
        assert_eq!(
            text,
            "thread 'main' panicked at src/x.rs:1:\nbad reply \\x1b]0;***\\x07"
        );
        remember_for_panics(&forms());
        let known = PANIC_SECRETS.lock().expect("lock").clone().expect("forms");
        assert_eq!(known.scrub(PASSWORD), "***");
    }

    #[test]
    fn redaction_of_long_hostile_lines_is_fast_enough() {
        let f = forms();
        let line = "QUFB".repeat(crate::proto::reply::MAX_LINE / 4);
        let started = std::time::Instant::now();
        for _ in 0..20 {
            assert!(matches!(f.redact(line.as_bytes()), Cow::Borrowed(_)));
        }
        let per_line = started.elapsed() / 20;
        eprintln!("redaction of an 8 KiB base64 line: {per_line:?}");
        assert!(per_line.as_millis() < 50, "{per_line:?} per 8 KiB line");
    }
}
