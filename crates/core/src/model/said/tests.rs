//! Phrases render in every language with the arguments the code gives them: every `said!` in
//! the sources names a key each language file defines, with exactly the variables its English
//! text uses; and each renders with no variable left unfilled.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::*;
use crate::i18n::{LOCALES, has, variables_of};

/// One use of the macro: its key and the names of the arguments it passes.
#[derive(Debug)]
struct Use {
    key: String,
    names: BTreeSet<String>,
    at: String,
}

/// The Rust sources of both crates.
fn sources() -> Vec<PathBuf> {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for root in [core.join("src"), core.join("../../src")] {
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("source folder") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    found.push(path);
                }
            }
        }
    }
    found
}

/// The text between `said!(` at `start` and its closing parenthesis.
fn invocation(text: &str, start: usize) -> &str {
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut i) = (1usize, false, start);
    while i < bytes.len() && depth > 0 {
        match (in_string, bytes[i]) {
            (true, b'\\') => i += 1,
            (true, b'"') => in_string = false,
            (false, b'"') => in_string = true,
            (false, b'(' | b'[' | b'{') => depth += 1,
            (false, b')' | b']' | b'}') => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    &text[start..i.saturating_sub(1)]
}

/// Split at the commas outside brackets and strings.
fn top_level_parts(body: &str) -> Vec<&str> {
    let bytes = body.as_bytes();
    let (mut depth, mut in_string, mut from) = (0usize, false, 0usize);
    let mut parts = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match (in_string, bytes[i]) {
            (true, b'\\') => i += 1,
            (true, b'"') => in_string = false,
            (false, b'"') => in_string = true,
            (false, b'(' | b'[' | b'{') => depth += 1,
            (false, b')' | b']' | b'}') => depth -= 1,
            (false, b',') if depth == 0 => {
                parts.push(&body[from..i]);
                from = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if !body[from..].trim().is_empty() {
        parts.push(&body[from..]);
    }
    parts
}

fn uses() -> Vec<Use> {
    let mut all = Vec::new();
    for path in sources() {
        let text = std::fs::read_to_string(&path).expect("readable source");
        for (at, _) in text.match_indices("said!(") {
            let parts = top_level_parts(invocation(&text, at + "said!(".len()));
            let Some(key) = parts.first().map(|k| k.trim()) else {
                continue;
            };
            // The macro's own definition and its documentation name no literal key.
            if !key.starts_with('"') || !key.ends_with('"') || key.len() < 3 {
                continue;
            }
            let names = parts[1..]
                .iter()
                .filter_map(|p| p.split_once('=').map(|(n, _)| n.trim().to_string()))
                .collect();
            all.push(Use {
                key: key.trim_matches('"').to_string(),
                names,
                at: path.display().to_string(),
            });
        }
    }
    all
}

#[test]
fn the_sources_say_something() {
    // Guards the scan itself: a broken scan would find nothing and pass every check below.
    let keys: BTreeSet<String> = uses().into_iter().map(|u| u.key).collect();
    assert!(keys.len() > 100, "only {} keys found", keys.len());
    assert!(keys.contains("transcript-connected"));
    assert!(keys.contains("step-login-refused"));
}

#[test]
fn every_phrase_the_code_says_is_in_every_language_with_the_arguments_it_is_given() {
    let english = LOCALES[0].source;
    for u in uses() {
        for locale in LOCALES {
            assert!(
                has(locale.lang, &u.key),
                "{}.ftl lacks {} (said in {})",
                locale.tag,
                u.key,
                u.at
            );
        }
        let wanted: BTreeSet<String> = variables_of(english, &u.key).into_iter().collect();
        assert_eq!(
            u.names, wanted,
            "{} in {} gives {:?}, its English text uses {:?}",
            u.key, u.at, u.names, wanted
        );
    }
}

#[test]
fn every_phrase_renders_in_every_language_with_no_variable_unfilled() {
    let mut by_key: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for u in uses() {
        by_key.entry(u.key).or_default().extend(u.names);
    }
    for (key, names) in by_key {
        let key: &'static str = Box::leak(key.into_boxed_str());
        let args = names
            .iter()
            .map(|n| {
                let name: &'static str = Box::leak(n.clone().into_boxed_str());
                (name, Arg::Count(2))
            })
            .collect();
        let said = Said::Phrase { key, args };
        for locale in LOCALES {
            let text = said.render(locale.lang);
            assert!(!text.trim().is_empty(), "{key} is empty in {}", locale.tag);
            assert!(
                !text.contains("{$") && !text.contains("{ $") && text != key,
                "{key} in {}: {text}",
                locale.tag
            );
        }
    }
}

#[test]
fn step_names_are_in_every_language() {
    use crate::model::StepKind;
    let kinds = [
        StepKind::Dns,
        StepKind::Tcp,
        StepKind::Tls,
        StepKind::Greeting,
        StepKind::Capa,
        StepKind::Stls,
        StepKind::Ehlo,
        StepKind::Starttls,
        StepKind::Login,
        StepKind::Stat,
        StepKind::Uidl,
        StepKind::MailFrom,
        StepKind::RcptTo,
        StepKind::Rset,
        StepKind::Quit,
        StepKind::Route,
        StepKind::Proxy,
        StepKind::Resolver,
        StepKind::Reach,
        StepKind::Clock,
        StepKind::Mx,
        StepKind::Spf,
        StepKind::Dmarc,
        StepKind::Dkim,
        StepKind::Dnsbl,
    ];
    for kind in kinds {
        assert_eq!(kind.label(Lang::En), kind.as_str());
        for locale in LOCALES {
            assert!(has(locale.lang, kind.label_key()), "{}", kind.label_key());
        }
    }
    assert_eq!(StepKind::Greeting.label(Lang::Es), "saludo");
}

#[test]
fn server_text_is_never_translated() {
    let line = Said::from("+OK Dovecot ready.");
    assert_eq!(line.render(Lang::Es), "+OK Dovecot ready.");
    let quoted = said!("transcript-reply-after-last-command", reply = "\"250 ok\"");
    assert!(quoted.render(Lang::Es).ends_with("\"250 ok\""));
}

#[test]
fn counts_choose_the_plural_and_phrases_nest() {
    let one = said!("step-inbox", messages = 1u32);
    let many = said!("step-inbox", messages = 5u32);
    assert_eq!(one, "1 message in INBOX");
    assert_eq!(many, "5 messages in INBOX");
    assert_eq!(many.render(Lang::Es), "5 mensajes en INBOX");
    let nested = said!("step-with-uidvalidity", text = many, uidvalidity = "7");
    assert_eq!(
        nested.render(Lang::Es),
        "5 mensajes en INBOX (UIDVALIDITY 7)"
    );
    let joined = Said::joined(vec![said!("step-proxy-none"), Said::from("wg0")], "; ");
    assert_eq!(joined.render(Lang::Es), "sin proxy, sin VPN; wg0");
}

#[test]
fn redaction_reaches_every_verbatim_piece() {
    let mut said = said!(
        "step-tcp-port-failures",
        port = "995",
        failures = Said::joined(
            vec![said!("step-tcp-address-refused", address = "10.0.0.1")],
            ", "
        )
    );
    said.texts_mut(&mut |t| *t = t.replace("10.0.0.1", "[hidden]"));
    assert_eq!(said, "port 995: [hidden] refused");
}

#[test]
fn serialized_as_its_english_words() {
    let said = said!("step-login-refused");
    assert_eq!(
        serde_json::to_string(&said).unwrap(),
        "\"the server refused the login\""
    );
    let back: Said = serde_json::from_str("\"+OK\"").unwrap();
    assert_eq!(back, Said::from("+OK"));
}
