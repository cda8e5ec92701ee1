//! `check --accounts FILE` and `serve --accounts FILE` say what is wrong with the file and with
//! its password commands in the reader's language: the real binary, run with `--lang es` and
//! with `LANG=pt_BR.UTF-8`, over a file that is not YAML, one with an unknown field, one with a
//! literal password, one others can read that has a `password_command`, and commands that are
//! missing, fail, are stopped at their deadline, print nothing or print too much. Nothing a
//! password command prints ever reaches the output.
//!
//! No account here reaches a server: every one stops at its file or its password, before any
//! connection.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use support::run::{mailtriage, run_within};

/// What every password command here prints when it prints anything: never to be shown.
const LEAK: &str = "leaked-secret-4711";

/// English words that never belong in a Spanish or Portuguese message: the list of
/// `steps_in_spanish.rs`, with the words these messages would use in English.
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
    // Words of the loader's and the password commands' English texts.
    "file",
    "field",
    "unknown",
    "expected",
    "holds",
    "never",
    "could",
    "started",
    "printed",
    "empty",
    "within",
    "stopped",
    "finish",
    "others",
    "owner",
    "make",
    "private",
    "give",
    "number",
    "from",
    "checked",
];

/// The stop-list's words in `text`, leaving out what it quotes.
fn english_words(text: &str) -> Vec<String> {
    support::stop_list::english_words(text, STOP_LIST)
}

/// The two ways a person asks for another language.
#[derive(Debug, Clone, Copy)]
enum Asked {
    SpanishOption,
    PortugueseLocale,
}

const BOTH: [Asked; 2] = [Asked::SpanishOption, Asked::PortugueseLocale];

/// What one run printed, both streams, with the accounts file's path taken out (file names
/// are allowed to be what they are).
struct Printed {
    code: Option<i32>,
    text: String,
}

fn run(asked: Asked, args: &[&str], file: &Path, limit: Duration) -> Printed {
    let mut all: Vec<&str> = args.to_vec();
    if matches!(asked, Asked::SpanishOption) {
        all.extend(["--lang", "es"]);
    }
    let mut command = mailtriage(&all);
    if matches!(asked, Asked::PortugueseLocale) {
        command.env("LANG", "pt_BR.UTF-8");
    }
    let out = run_within(command, limit);
    out.assert_ended(&format!("mailtriage {args:?}"));
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Printed {
        code: out.code,
        text: text.replace(&file.display().to_string(), "RUTA"),
    }
}

/// Write `text` as an accounts file of this mode.
fn write_file(dir: &Path, name: &str, text: &str, mode: u32) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    path
}

/// The run printed something, in the reader's language, with none of the command output.
fn assert_said_in_language(printed: &Printed, asked: Asked, what: &str, wanted: &[&str]) {
    let text = &printed.text;
    assert!(
        !text.contains(LEAK),
        "{what} ({asked:?}) shows a command's output:\n{text}"
    );
    assert!(!text.contains("panicked"), "{what} ({asked:?}):\n{text}");
    let found = english_words(text);
    assert!(
        found.is_empty(),
        "{what} ({asked:?}) says English words {found:?}:\n{text}"
    );
    for word in wanted {
        assert!(
            text.contains(word),
            "{what} ({asked:?}) lacks {word:?}:\n{text}"
        );
    }
}

/// (name, file text, words the message must hold) of files the loader refuses.
fn refused_files() -> Vec<(&'static str, String, Vec<&'static str>)> {
    vec![
        (
            "bad YAML",
            "accounts: [\n  - name: ana\n".to_string(),
            vec!["YAML"],
        ),
        (
            "unknown field",
            "accounts:\n  - name: ana\n    preset: gmail\n    colour: red\n".to_string(),
            vec!["colour", "accounts[0]", ":4:"],
        ),
        (
            "literal password",
            format!("accounts:\n  - name: ana\n    preset: gmail\n    password: {LEAK}\n"),
            vec!["password_env", "password_command"],
        ),
        (
            "duplicate name",
            "accounts:\n  - name: ana\n    preset: gmail\n  - name: ana\n    preset: gmail\n"
                .to_string(),
            vec!["ana", "accounts[1]"],
        ),
        (
            "no server",
            "accounts:\n  - name: ana\n    user: ana@example.net\n".to_string(),
            vec!["ana", "incoming"],
        ),
    ]
}

#[test]
fn a_refused_accounts_file_is_explained_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    for (what, text, wanted) in refused_files() {
        let file = write_file(dir.path(), "cuentas.yaml", &text, 0o600);
        let path = file.display().to_string();
        for asked in BOTH {
            for args in [
                vec!["check", "--accounts", path.as_str()],
                vec![
                    "serve",
                    "--accounts",
                    path.as_str(),
                    "--listen",
                    "127.0.0.1:0",
                ],
            ] {
                let printed = run(asked, &args, &file, Duration::from_secs(30));
                assert_eq!(printed.code, Some(2), "{what}: {}", printed.text);
                assert_said_in_language(&printed, asked, what, &wanted);
            }
        }
    }
}

#[test]
fn a_file_others_can_read_with_a_password_command_is_refused_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "accounts:\n  - name: ana\n    incoming: {{ host: 127.0.0.1, port: 9, security: tls }}\n    password_command: \"echo {LEAK}\"\n"
    );
    let file = write_file(dir.path(), "cuentas.yaml", &text, 0o644);
    for asked in BOTH {
        let printed = run(
            asked,
            &["check", "--accounts", &file.display().to_string()],
            &file,
            Duration::from_secs(30),
        );
        assert_eq!(printed.code, Some(2), "{}", printed.text);
        assert_said_in_language(
            &printed,
            asked,
            "world-readable file",
            &["chmod 600 RUTA", "644"],
        );
    }
}

#[test]
fn bad_counts_of_parallel_checks_are_refused_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "cuentas.yaml",
        "accounts:\n  - name: ana\n    incoming: { host: 127.0.0.1, port: 9, security: tls }\n",
        0o600,
    );
    let path = file.display().to_string();
    for asked in BOTH {
        for (flag, value) in [
            ("--parallel", "0"),
            ("--per-host", "5000"),
            ("--deadline", "0"),
        ] {
            let printed = run(
                asked,
                &["check", "--accounts", &path, flag, value],
                &file,
                Duration::from_secs(30),
            );
            assert_eq!(printed.code, Some(2), "{}", printed.text);
            assert_said_in_language(&printed, asked, flag, &[flag]);
        }
    }
}

/// An accounts file whose entries' password commands each fail in their own way; `slow` adds
/// one that never ends.
fn failing_commands(dir: &Path, slow: bool) -> PathBuf {
    let mut text = String::from("accounts:\n");
    let mut entry = |name: &str, command: &str| {
        text.push_str(&format!(
            "  - name: {name}\n    incoming: {{ host: 127.0.0.1, port: 9, security: tls }}\n    password_command: {command:?}\n"
        ));
    };
    entry("falta", "/nonexistent/mailtriage-test-program");
    entry("falla", &format!("sh -c 'echo {LEAK}; exit 3'"));
    entry("vacio", "true");
    entry("demasiado", &format!("yes {LEAK}"));
    entry("comillas", "echo 'open");
    if slow {
        entry("lento", &format!("sh -c 'echo {LEAK}; exec sleep 120'"));
    }
    write_file(dir, "cuentas.yaml", &text, 0o600)
}

#[test]
fn password_commands_that_give_no_secret_are_explained_without_their_output() {
    let dir = tempfile::tempdir().unwrap();
    let file = failing_commands(dir.path(), false);
    let path = file.display().to_string();
    for asked in BOTH {
        let printed = run(
            asked,
            &["check", "--accounts", &path],
            &file,
            Duration::from_secs(60),
        );
        assert_eq!(printed.code, Some(1), "{}", printed.text);
        assert_said_in_language(
            &printed,
            asked,
            "failing commands",
            &[
                "/nonexistent/mailtriage-test-program",
                "sh",
                "true",
                "yes",
                "3",
                "64 KiB",
            ],
        );
        for account in ["falta", "falla", "vacio", "demasiado", "comillas"] {
            let printed = run(
                asked,
                &["check", "--accounts", &path, "--account", account],
                &file,
                Duration::from_secs(60),
            );
            assert_eq!(printed.code, Some(2), "{account}: {}", printed.text);
            assert_said_in_language(&printed, asked, account, &[]);
        }
    }
}

/// A command is given a minute; this one never ends, so the test takes that minute.
#[test]
fn a_password_command_stopped_at_its_deadline_is_explained_without_its_output() {
    let dir = tempfile::tempdir().unwrap();
    let file = failing_commands(dir.path(), true);
    let path = file.display().to_string();
    let printed = run(
        Asked::SpanishOption,
        &["check", "--accounts", &path, "--deadline", "100"],
        &file,
        Duration::from_secs(110),
    );
    assert_eq!(printed.code, Some(1), "{}", printed.text);
    assert_said_in_language(&printed, Asked::SpanishOption, "slow command", &["60 s"]);
    assert!(printed.text.contains("no terminó"), "{}", printed.text);
}
