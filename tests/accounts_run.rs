//! `mailtriage check --accounts FILE`, run as the real binary against the lab's scripted
//! servers on 127.0.0.1 named `mail.test`: a run over healthy, refused and silent accounts row
//! by row, the per-host bound counted at the server, one login per account, the JSON schema,
//! `--account NAME`, passwords from a variable and from a command, the run's deadline, and no
//! progress line when standard error is not a terminal.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use mailtriage::lab::{CertKind, Log, Misbehaviour, Server, Transport};
use serde_json::Value;
use support::kit::{Kit, pop3, smtp};
use support::run::{Run, mailtriage, run_within};
use support::{PASSWORD, SERVER_NAME, USER};

const ACCOUNTS_SCHEMA: &str = include_str!("../crates/core/src/report/accounts.schema.json");
const CHECK_SCHEMA: &str = include_str!("../crates/core/src/report/check.schema.json");

/// The variable the right password is handed in, and the one holding a wrong one.
const GOOD_VAR: &str = "ACCOUNTS_TEST_GOOD";
const BAD_VAR: &str = "ACCOUNTS_TEST_BAD";

/// A `server:` line of the accounts file for a lab server named `mail.test`.
fn server_line(server: &Server, security: &str) -> String {
    format!(
        "{{ host: {SERVER_NAME}, port: {}, security: {security} }}",
        server.port()
    )
}

/// Write an accounts file (mode 0600) and return its path.
fn write_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    path
}

/// `mailtriage check --accounts FILE ARGS` with the lab's CA, `mail.test` pinned to loopback
/// for each server, and the two password variables set.
fn run_accounts(kit: &Kit, file: &Path, servers: &[&Server], args: &[&str]) -> Run {
    let mut all: Vec<String> = vec![
        "check".into(),
        "--accounts".into(),
        file.display().to_string(),
        "--ca-file".into(),
        kit.ca_file_arg(),
    ];
    for server in servers {
        all.push("--resolve".into());
        all.push(format!("{SERVER_NAME}:{}:127.0.0.1", server.port()));
    }
    all.extend(args.iter().map(|a| a.to_string()));
    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
    let mut command: Command = mailtriage(&refs);
    command
        .env(GOOD_VAR, PASSWORD)
        .env(BAD_VAR, "wrong-password");
    run_within(command, Duration::from_secs(60))
}

fn validator(schema: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(schema).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a JSON Schema")
}

fn assert_valid(validator: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}\n{doc:#}");
}

fn row<'a>(doc: &'a Value, name: &str) -> &'a Value {
    doc["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == name)
        .unwrap_or_else(|| panic!("no row for {name}: {doc:#}"))
}

fn finding_ids(row: &Value) -> Vec<String> {
    row["check"]["findings"]
        .as_array()
        .map(|f| {
            f.iter()
                .map(|f| f["id"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Logins judged by the server, and how many of them per user name.
fn logins_by(log: &Log, user: &str) -> usize {
    log.logins().iter().filter(|l| l.user == user).count()
}

#[test]
fn a_run_over_healthy_refused_and_silent_accounts_reports_each_row() {
    let kit = Kit::new();
    let healthy_pop3 = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
    let healthy_smtp = kit.start(smtp(Transport::ImplicitTls(CertKind::Valid)));
    let silent_pop3 =
        kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)).misbehave(Misbehaviour::Silence));
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("print-password");
    std::fs::write(&script, format!("#!/bin/sh\necho '{PASSWORD}'\n")).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();

    let mut text = format!(
        "defaults:\n  incoming: {}\n  outgoing: {}\n  user: {USER}\n  from: {USER}\naccounts:\n",
        server_line(&healthy_pop3, "tls"),
        server_line(&healthy_smtp, "tls"),
    );
    let mut expected: Vec<(String, &str)> = Vec::new();
    for i in 0..8 {
        text.push_str(&format!("  - name: ok-{i}\n    password_env: {GOOD_VAR}\n"));
        expected.push((format!("ok-{i}"), "ok"));
    }
    text.push_str(&format!(
        "  - name: ok-by-command\n    password_command: \"{}\"\n",
        script.display()
    ));
    expected.push(("ok-by-command".into(), "ok"));
    for i in 0..5 {
        text.push_str(&format!(
            "  - name: refused-{i}\n    password_env: {BAD_VAR}\n"
        ));
        expected.push((format!("refused-{i}"), "failed"));
    }
    for i in 0..4 {
        text.push_str(&format!(
            "  - name: silent-{i}\n    incoming: {}\n    password_env: {GOOD_VAR}\n",
            server_line(&silent_pop3, "tls")
        ));
        expected.push((format!("silent-{i}"), "failed"));
    }
    text.push_str("  - name: unset-variable\n    password_env: ACCOUNTS_TEST_UNSET\n");
    expected.push(("unset-variable".into(), "not-checked"));
    text.push_str("  - name: failing-command\n    password_command: \"false\"\n");
    expected.push(("failing-command".into(), "not-checked"));
    let file = write_file(dir.path(), "accounts.yaml", &text);

    let run = run_accounts(
        &kit,
        &file,
        &[&healthy_pop3, &healthy_smtp, &silent_pop3],
        &[
            "--json",
            "--timeout",
            "1",
            "--parallel",
            "8",
            "--per-host",
            "8",
        ],
    );
    assert_eq!(run.exit_code(), 1, "{}", run.stderr_text());
    let doc = run.json();
    assert_valid(&validator(ACCOUNTS_SCHEMA), &doc, "the accounts document");
    let check_schema = validator(CHECK_SCHEMA);
    let names: Vec<&str> = doc["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    let in_order: Vec<&str> = expected.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, in_order, "rows keep the file's order");
    for (name, status) in &expected {
        let row = row(&doc, name);
        assert_eq!(row["status"], *status, "{name}: {row:#}");
        if row.get("check").is_some() {
            assert_valid(&check_schema, &row["check"], name);
            let panels: Vec<&str> = row["check"]["panels"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["panel"].as_str().unwrap())
                .collect();
            assert!(!panels.contains(&"network"), "{name}: {panels:?}");
        }
    }
    assert!(finding_ids(row(&doc, "refused-0")).contains(&"auth-failed".to_string()));
    assert!(
        row(&doc, "unset-variable")["error"]
            .as_str()
            .unwrap()
            .contains("ACCOUNTS_TEST_UNSET")
    );
    assert_eq!(row(&doc, "failing-command")["reason"], "unusable");
    let summary = &doc["summary"];
    assert_eq!(
        (
            &summary["total"],
            &summary["ok"],
            &summary["failed"],
            &summary["not_checked"]
        ),
        (
            &Value::from(20),
            &Value::from(9),
            &Value::from(9),
            &Value::from(2)
        )
    );

    // One login per account that had a password and reached the server, never a retry.
    assert_eq!(logins_by(healthy_pop3.log(), USER), 9 + 5);
    assert_eq!(logins_by(healthy_smtp.log(), USER), 9 + 4 + 5);
    assert_eq!(silent_pop3.log().logins().len(), 0);
    let refused = healthy_pop3
        .log()
        .logins()
        .iter()
        .filter(|l| !l.accepted)
        .count();
    assert_eq!(refused, 5);
    for verb in ["DELE", "RETR", "TOP", "DATA"] {
        assert!(!healthy_pop3.log().received(verb) && !healthy_smtp.log().received(verb));
    }
    // No password in the output, and no progress line when standard error is not a terminal.
    assert!(!run.stdout_text().contains(PASSWORD));
    assert!(!run.stderr_text().contains(PASSWORD));
    assert!(!run.stderr_text().contains('\r'), "{}", run.stderr_text());
    assert!(!run.stderr_text().contains("[="), "{}", run.stderr_text());
}

#[test]
fn the_text_summary_has_a_row_per_account_and_the_failed_ones_fixes() {
    let kit = Kit::new();
    let server = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "defaults:\n  incoming: {}\n  user: {USER}\naccounts:\n  - name: good\n    password_env: {GOOD_VAR}\n  - name: bad\n    password_env: {BAD_VAR}\n",
        server_line(&server, "tls")
    );
    let file = write_file(dir.path(), "accounts.yaml", &text);
    let run = run_accounts(&kit, &file, &[&server], &["--lang", "en"]);
    assert_eq!(run.exit_code(), 1, "{}", run.stderr_text());
    let out = run.stdout_text();
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("ACCOUNT"), "{out}");
    assert!(
        lines[1].starts_with("good") && lines[1].contains("ok"),
        "{out}"
    );
    assert!(
        lines[2].starts_with("bad") && lines[2].contains("failed"),
        "{out}"
    );
    assert!(out.contains("bad — failed"), "{out}");
    assert!(out.contains("→ "), "{out}");
    assert!(out.contains("2 accounts: 1 ok"), "{out}");
    assert!(run.stderr_text().is_empty(), "{}", run.stderr_text());
}

/// Samples how many connections a server holds open at once, while it runs.
struct Peak {
    stop: Arc<AtomicBool>,
    peak: Arc<AtomicUsize>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Peak {
    fn watch(log: Log) -> Peak {
        let stop = Arc::new(AtomicBool::new(false));
        let peak = Arc::new(AtomicUsize::new(0));
        let thread = {
            let (stop, peak) = (Arc::clone(&stop), Arc::clone(&peak));
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let open = log.connections().saturating_sub(log.closed());
                    peak.fetch_max(open, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(2));
                }
            })
        };
        Peak {
            stop,
            peak,
            thread: Some(thread),
        }
    }

    fn finish(mut self) -> usize {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            t.join().unwrap();
        }
        self.peak.load(Ordering::SeqCst)
    }
}

/// Eight accounts on one slow server (it greets after 400 ms, so each connection is held long
/// enough to be seen): with `--per-host 2` the server never holds more than two connections,
/// whatever `--parallel` allows; with `--per-host 8` it holds more, so the count can tell.
#[test]
fn at_most_per_host_accounts_talk_to_one_server_at_once() {
    let kit = Kit::new();
    let server = kit.start(
        pop3(Transport::ImplicitTls(CertKind::Valid))
            .misbehave(Misbehaviour::GreetAfter(Duration::from_millis(400))),
    );
    let dir = tempfile::tempdir().unwrap();
    let mut text = format!(
        "defaults:\n  incoming: {}\n  user: {USER}\naccounts:\n",
        server_line(&server, "tls")
    );
    for i in 0..8 {
        text.push_str(&format!("  - name: a{i}\n    password_env: {GOOD_VAR}\n"));
    }
    let file = write_file(dir.path(), "accounts.yaml", &text);
    let peak_with = |per_host: &str| {
        let before = server.log().connections();
        let peak = Peak::watch(server.log().clone());
        let run = run_accounts(
            &kit,
            &file,
            &[&server],
            &["--json", "--parallel", "8", "--per-host", per_host],
        );
        let peak = peak.finish();
        assert_eq!(run.exit_code(), 0, "{}", run.stdout_text());
        assert_eq!(run.json()["summary"]["ok"], 8);
        (peak, server.log().connections() - before)
    };
    let (bounded, connections) = peak_with("2");
    assert_eq!(
        bounded, 2,
        "at most two at once, and the sampling sees them"
    );
    assert!(connections >= 8, "{connections}");
    let (unbounded, _) = peak_with("8");
    assert!(unbounded > 2, "{unbounded}");
    assert_eq!(
        logins_by(server.log(), USER),
        16,
        "one login per account per run"
    );
}

#[test]
fn one_account_by_name_prints_what_a_single_check_prints() {
    let kit = Kit::new();
    let server = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "accounts:\n  - name: ana\n    incoming: {}\n    user: {USER}\n    password_env: {GOOD_VAR}\n  - name: bruno\n    incoming: {}\n    user: {USER}\n    password_env: {BAD_VAR}\n",
        server_line(&server, "tls"),
        server_line(&server, "tls")
    );
    let file = write_file(dir.path(), "accounts.yaml", &text);
    let run = run_accounts(
        &kit,
        &file,
        &[&server],
        &["--account", "ana", "--only", "incoming", "--json"],
    );
    assert_eq!(run.exit_code(), 0, "{}", run.stderr_text());
    let doc = run.json();
    assert_valid(&validator(CHECK_SCHEMA), &doc, "--account ana");
    assert_eq!(doc["status"], "ok");
    assert_eq!(
        logins_by(server.log(), USER),
        1,
        "only that entry was checked"
    );

    let run = run_accounts(
        &kit,
        &file,
        &[&server],
        &["--account", "bruno", "--only", "incoming"],
    );
    assert_eq!(
        run.exit_code(),
        1,
        "a refused login fails as a single check does"
    );
    assert!(
        run.stdout_text().contains("auth-failed"),
        "{}",
        run.stdout_text()
    );

    let run = run_accounts(&kit, &file, &[&server], &["--account", "carla"]);
    assert_eq!(run.exit_code(), 2);
    let err = run.stderr_text();
    assert!(err.contains("carla") && err.contains("ana, bruno"), "{err}");
    assert_eq!(logins_by(server.log(), USER), 2);
}

#[test]
fn the_file_and_the_options_are_checked_before_anything_runs() {
    let kit = Kit::new();
    let server = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "accounts:\n  - name: ana\n    incoming: {}\n    user: {USER}\n    password_command: \"echo {PASSWORD}\"\n",
        server_line(&server, "tls")
    );
    let file = write_file(dir.path(), "accounts.yaml", &text);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = run_accounts(&kit, &file, &[&server], &[]);
    assert_eq!(run.exit_code(), 2);
    assert!(
        run.stderr_text().contains("chmod 600"),
        "{}",
        run.stderr_text()
    );
    assert!(!run.stderr_text().contains(PASSWORD));

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let run = run_accounts(&kit, &file, &[&server], &["--pop3", "other.test"]);
    assert_eq!(run.exit_code(), 2);
    assert!(
        run.stderr_text().contains("--pop3"),
        "{}",
        run.stderr_text()
    );
    let run = run_accounts(&kit, &file, &[&server], &["--report", "x.md"]);
    assert_eq!(run.exit_code(), 2);
    assert!(
        run.stderr_text().contains("--account"),
        "{}",
        run.stderr_text()
    );

    let literal = write_file(
        dir.path(),
        "literal.yaml",
        "accounts:\n  - name: ana\n    preset: gmail\n    password: hunter2\n",
    );
    let run = run_accounts(&kit, &literal, &[&server], &[]);
    assert_eq!(run.exit_code(), 2);
    assert!(
        run.stderr_text().contains("password_env"),
        "{}",
        run.stderr_text()
    );
    assert!(!run.stderr_text().contains("hunter2"));
    assert_eq!(server.log().connections(), 0, "nothing was checked");
}

/// Four accounts on a server that never answers, two at a time, each allowed 5 s per step, in a
/// run given 1.5 s: the two in flight are cut at the deadline, the two waiting never start.
#[test]
fn the_run_deadline_cuts_what_runs_and_skips_what_waits() {
    let kit = Kit::new();
    let silent =
        kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)).misbehave(Misbehaviour::Silence));
    let dir = tempfile::tempdir().unwrap();
    let mut text = format!(
        "defaults:\n  incoming: {}\n  user: {USER}\naccounts:\n",
        server_line(&silent, "tls")
    );
    for i in 0..4 {
        text.push_str(&format!("  - name: s{i}\n    password_env: {GOOD_VAR}\n"));
    }
    let file = write_file(dir.path(), "accounts.yaml", &text);
    let run = run_accounts(
        &kit,
        &file,
        &[&silent],
        &[
            "--json",
            "--timeout",
            "5",
            "--parallel",
            "2",
            "--deadline",
            "1.5",
        ],
    );
    assert_eq!(run.exit_code(), 1, "{}", run.stderr_text());
    assert!(run.wall < Duration::from_secs(4), "{:?}", run.wall);
    let doc = run.json();
    assert_valid(&validator(ACCOUNTS_SCHEMA), &doc, "a cut run");
    // Which two of the four get their slots first is the runtime's choice: accounts are
    // queued in file order, but worker threads may poll them in another.
    let mut reasons: Vec<&str> = doc["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["reason"].as_str().unwrap_or("checked"))
        .collect();
    reasons.sort_unstable();
    assert_eq!(
        reasons,
        [
            "cut-by-deadline",
            "cut-by-deadline",
            "not-started",
            "not-started"
        ]
    );
    assert_eq!(doc["summary"]["not_checked"], 4);
}

/// Ctrl-C in the middle of a run: the accounts being checked are cut short as an interrupted
/// check is, those waiting are not started, and the document is still printed, exit 130.
#[test]
fn an_interrupted_run_still_prints_what_it_saw() {
    let kit = Kit::new();
    let healthy = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
    let silent =
        kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)).misbehave(Misbehaviour::Silence));
    let dir = tempfile::tempdir().unwrap();
    let mut text = format!(
        "defaults:\n  user: {USER}\naccounts:\n  - name: first\n    incoming: {}\n    password_env: {GOOD_VAR}\n",
        server_line(&healthy, "tls")
    );
    for i in 0..3 {
        text.push_str(&format!(
            "  - name: s{i}\n    incoming: {}\n    password_env: {GOOD_VAR}\n",
            server_line(&silent, "tls")
        ));
    }
    let file = write_file(dir.path(), "accounts.yaml", &text);
    let args = [
        "check".to_string(),
        "--accounts".into(),
        file.display().to_string(),
        "--ca-file".into(),
        kit.ca_file_arg(),
        "--resolve".into(),
        format!("{SERVER_NAME}:{}:127.0.0.1", healthy.port()),
        "--resolve".into(),
        format!("{SERVER_NAME}:{}:127.0.0.1", silent.port()),
        "--json".into(),
        "--timeout".into(),
        "20".into(),
        "--parallel".into(),
        "2".into(),
    ];
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut command = mailtriage(&refs);
    command
        .env(GOOD_VAR, PASSWORD)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let child = command.spawn().unwrap();
    // Wait until the first account finished and two silent ones hold connections.
    let waited = std::time::Instant::now();
    while silent.log().connections() < 2 || healthy.log().logins().is_empty() {
        assert!(
            waited.elapsed() < Duration::from_secs(20),
            "the run never got going"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130));
    let doc: Value = serde_json::from_slice(&output.stdout).expect("the document is printed");
    assert_valid(&validator(ACCOUNTS_SCHEMA), &doc, "an interrupted run");
    assert_eq!(row(&doc, "first")["status"], "ok");
    let mut statuses: Vec<&str> = doc["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            a["reason"]
                .as_str()
                .unwrap_or(a["status"].as_str().unwrap())
        })
        .collect();
    // Which silent account was still waiting for a slot is the runtime's choice.
    statuses[1..].sort_unstable();
    assert_eq!(
        statuses,
        ["ok", "failed", "failed", "interrupted"],
        "{doc:#}"
    );
    assert_eq!(doc["summary"]["interrupted"], "SIGINT");
}
