//! With `--lang es`, what the probes say about every step and note in the transcript is
//! Spanish: every demonstration scenario, run headless through the real binary
//! (`demo SCENARIO -- check --json --lang es`), gives step details and transcript notes without
//! an English word, each catalogue message named by its stable key. What servers sent stays as
//! they sent it.

mod support;

use std::process::Command;

use serde_json::Value;
use support::run;

const BIN: &str = env!("CARGO_BIN_EXE_mailtriage");

/// English words that never belong in a Spanish step detail or note. Protocol words Spanish
/// speakers use as they are (POP3, SMTP, TLS, STARTTLS, INBOX, login commands) are not here.
const STOP_LIST: &[&str] = &[
    "the",
    "server",
    "refused",
    "accepted",
    "connected",
    "answer",
    "answered",
    "failed",
    "tried",
    "messages",
    "message",
    "pinned",
    "unseen",
    "deadline",
    "certificate",
    "valid",
    "until",
    "handshake",
    "logged",
    "password",
    "sender",
    "recipient",
    "reply",
    "not",
    "with",
    "closed",
    "connection",
    "agreed",
    "offer",
    "offers",
    "greeting",
    "lines",
    "shown",
    "limit",
    "reached",
    "route",
    "address",
    "look-up",
    "record",
    "key",
    "listed",
    "octets",
];

/// Steps whose detail may be the server's own words: its greeting and what it says it can do.
const SERVER_WORDS: &[&str] = &["greeting", "capa", "ehlo"];

/// The stop-list's words in `text`, leaving out what it quotes.
fn english_words(text: &str) -> Vec<String> {
    support::stop_list::english_words(text, STOP_LIST)
}

fn check_in_spanish(scenario: &str) -> Value {
    let mut command = Command::new(BIN);
    command
        .args(["demo", scenario, "--", "check", "--json", "--lang", "es"])
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("MAILTRIAGE_PASSWORD");
    let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
    out.assert_ended(&format!("mailtriage demo {scenario}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{scenario}: not JSON ({e})"))
}

#[test]
fn every_scenario_says_its_steps_and_notes_in_spanish() {
    let mut problems = Vec::new();
    let mut keyed = 0;
    for scenario in mailtriage::lab::scenarios::all() {
        let doc = check_in_spanish(scenario.name);
        assert_eq!(doc["schema_version"], 4, "{}", scenario.name);
        for panel in doc["panels"].as_array().expect("panels") {
            for step in panel["steps"].as_array().expect("steps") {
                let detail = step["detail"].as_str().unwrap_or_default();
                let name = step["step"].as_str().unwrap_or_default();
                match step.get("detail_id").and_then(Value::as_str) {
                    Some(_) => keyed += 1,
                    None if SERVER_WORDS.contains(&name) => continue,
                    None => {}
                }
                let found = english_words(detail);
                if !found.is_empty() {
                    problems.push(format!("{}: {name}: {detail:?} {found:?}", scenario.name));
                }
            }
            for line in panel["transcript"].as_array().expect("transcript") {
                if line["dir"] != "info" {
                    continue;
                }
                let text = line["text"].as_str().unwrap_or_default();
                assert!(
                    line.get("text_id").is_some(),
                    "{}: a note without a key: {text}",
                    scenario.name
                );
                let found = english_words(text);
                if !found.is_empty() {
                    problems.push(format!("{}: note {text:?} {found:?}", scenario.name));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "English in Spanish mode:\n{}",
        problems.join("\n")
    );
    assert!(keyed > 50, "only {keyed} details came from the catalogue");
}

#[test]
fn english_is_the_same_words_as_before_and_names_the_same_keys() {
    let mut command = Command::new(BIN);
    command
        .args([
            "demo",
            "app-password",
            "--",
            "check",
            "--json",
            "--lang",
            "en",
        ])
        .env("LANG", "C")
        .env_remove("MAILTRIAGE_PASSWORD");
    let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
    out.assert_ended("mailtriage demo app-password");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let incoming = &doc["panels"]
        .as_array()
        .expect("panels")
        .iter()
        .find(|p| p["panel"] == "incoming")
        .expect("incoming panel")["steps"];
    let login = incoming
        .as_array()
        .expect("steps")
        .iter()
        .find(|s| s["step"] == "login")
        .expect("a login step");
    assert_eq!(login["detail"], "the server refused the login");
    assert_eq!(login["detail_id"], "step-login-refused");
}
