//! The OpenMetrics exposition of checks on the lab's servers: one account and several in one
//! exposition, healthy, with a refused password, with a certificate that fails the TLS step;
//! every family once with its samples together, label values escaped, `# EOF` last, no series
//! twice, and promtool's approval. Also `check --format openmetrics --output FILE`, written
//! whole or not at all.

mod support;

use std::collections::BTreeSet;
use std::sync::Arc;

use mailtriage::cli::{AccountArgs, PasswordSource};
use mailtriage::engine::Setup;
use mailtriage::finding::Lang;
use mailtriage::lab::{CertKind, Server, Transport};
use mailtriage::model::Panel;
use mailtriage::preset::Presets;
use mailtriage::report::Outcome;
use mailtriage::report::monitored::Monitored;
use mailtriage::report::openmetrics::{self, Flavour};
use support::kit::{Kit, pop3, smtp};
use support::promtool;
use support::run::{PASSWORD_VAR, WALL_CLOCK_LIMIT, mailtriage, run_within};
use support::*;

struct Password(&'static str);

impl PasswordSource for Password {
    fn env(&self, var: &str) -> Option<String> {
        (var == PASSWORD_VAR).then(|| self.0.to_string())
    }
    fn prompt(&self, _: &str) -> Option<String> {
        None
    }
}

/// Check the lab's POP3 server (with `cert`) and SMTP server in-process, as `serve` does.
fn check(kit: &Kit, pop3: &Server, smtp: &Server, password: &'static str) -> Outcome {
    let args = AccountArgs {
        pop3: Some(format!("{SERVER_NAME}:{}", pop3.port())),
        pop3_security: Some("tls".into()),
        smtp: Some(format!("{SERVER_NAME}:{}", smtp.port())),
        smtp_security: Some("starttls".into()),
        user: Some(USER.into()),
        password_env: Some(PASSWORD_VAR.into()),
        resolve: vec![
            format!("{SERVER_NAME}:{}:127.0.0.1", pop3.port()),
            format!("{SERVER_NAME}:{}:127.0.0.1", smtp.port()),
        ],
        ca_file: Some(kit.ca_file_arg().into()),
        lang: Some("en".into()),
        ..AccountArgs::default()
    };
    let plan = Arc::new(args.to_plan(&Password(password)).expect("a plan"));
    let panels = plan.panels_of(&[Panel::Incoming, Panel::Outgoing]);
    let setup = Setup::new(Arc::new(Presets::embedded()));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(mailtriage::command::check::run_once(
        &setup,
        plan,
        panels,
        Lang::En,
    ))
}

/// The checks of the cases, each with its account's name.
fn outcomes() -> Vec<(&'static str, Outcome)> {
    let kit = Kit::new();
    let smtp = kit.start(smtp(Transport::Starttls(CertKind::Valid)));
    let mut found = Vec::new();
    for (name, cert, password) in [
        ("ana", CertKind::Valid, PASSWORD),
        ("bruno", CertKind::Valid, "not-the-password"),
        ("carla", CertKind::Expired, PASSWORD),
        ("dora", CertKind::WrongName, PASSWORD),
        ("we\"ird\\name", CertKind::Valid, PASSWORD),
    ] {
        let pop3 = kit.start(pop3(Transport::ImplicitTls(cert)));
        found.push((name, check(&kit, &pop3, &smtp, password)));
    }
    found
}

fn monitored<'a>(name: &'a str, outcome: &'a Outcome) -> Monitored<'a> {
    Monitored {
        account: name,
        outcome,
        finished_unix: 1_765_000_000.5,
        duration_seconds: 0.25,
    }
}

/// The exposition's own rules, beyond what promtool looks at.
fn assert_well_formed(exposition: &str, flavour: Flavour) {
    let mut families_seen = BTreeSet::new();
    let mut current = String::new();
    let mut series = BTreeSet::new();
    let lines: Vec<&str> = exposition.lines().collect();
    if flavour == Flavour::OpenMetrics {
        assert_eq!(lines.last(), Some(&"# EOF"), "{exposition}");
        assert_eq!(exposition.matches("# EOF").count(), 1);
    } else {
        assert!(!exposition.contains("# EOF") && !exposition.contains("# UNIT"));
    }
    for line in &lines {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let name = rest.split(' ').next().unwrap().to_string();
            assert!(
                families_seen.insert(name.clone()),
                "{name} is declared twice"
            );
            current = name;
        } else if line.starts_with('#') {
            continue;
        } else {
            let name = line.split(['{', ' ']).next().unwrap();
            assert_eq!(name, current, "{line} is outside its family");
            let (labels, value) = line.rsplit_once(' ').unwrap();
            assert!(value.parse::<f64>().is_ok(), "{line}");
            assert!(series.insert(labels.to_string()), "{labels} twice");
        }
    }
}

#[test]
fn every_exposition_is_well_formed_and_promtool_accepts_it() {
    let outcomes = outcomes();
    let all: Vec<Monitored<'_>> = outcomes
        .iter()
        .map(|(name, outcome)| monitored(name, outcome))
        .collect();
    for flavour in [Flavour::OpenMetrics, Flavour::PrometheusText] {
        for one in &all {
            let exposition = openmetrics::render_as(std::slice::from_ref(one), flavour);
            assert_well_formed(&exposition, flavour);
            promtool::check_metrics(&format!("{} ({flavour:?})", one.account), &exposition);
        }
        let together = openmetrics::render_as(&all, flavour);
        assert_well_formed(&together, flavour);
        promtool::check_metrics(&format!("every account ({flavour:?})"), &together);
    }
    let together = openmetrics::render(&all);
    let has = |series: &str| together.lines().any(|l| l.starts_with(series));
    assert!(
        has(r#"mailtriage_up{account="ana",panel="incoming"} 1"#),
        "{together}"
    );
    assert!(has(r#"mailtriage_up{account="bruno",panel="incoming"} 0"#));
    assert!(has(
        r#"mailtriage_finding{account="bruno",panel="incoming",finding="auth-failed",severity="error"} 1"#
    ));
    assert!(has(
        r#"mailtriage_finding{account="carla",panel="incoming",finding="cert-expired",severity="error"} 1"#
    ));
    assert!(has(
        r#"mailtriage_failed_step{account="carla",panel="incoming",step="tls"} 1"#
    ));
    assert!(
        has(
            r#"mailtriage_certificate_expiry_timestamp_seconds{account="carla",panel="incoming"} 16"#
        ),
        "the expired certificate ended in 2021: {together}"
    );
    assert!(has(
        r#"mailtriage_failed_step{account="dora",panel="incoming",step="tls"} 1"#
    ));
    assert!(has(
        r#"mailtriage_up{account="we\"ird\\name",panel="incoming"} 1"#
    ));
    assert!(has(
        r#"mailtriage_check_duration_seconds{account="ana"} 0.25"#
    ));
    assert!(has(
        r#"mailtriage_check_timestamp_seconds{account="ana"} 1765000000.5"#
    ));
    // Labels are ids and names only: no finding's sentence, no server text, no password.
    for (_, outcome) in &outcomes {
        for finding in &outcome.findings {
            assert!(!together.contains(&finding.title), "{}", finding.title);
        }
    }
    assert!(!together.contains(PASSWORD) && !together.contains("not-the-password"));
}

#[test]
fn an_account_given_twice_is_rendered_once() {
    let outcomes = outcomes();
    let (name, outcome) = &outcomes[0];
    let twice = [monitored(name, outcome), monitored(name, &outcomes[1].1)];
    let exposition = openmetrics::render(&twice);
    assert_well_formed(&exposition, Flavour::OpenMetrics);
    assert!(exposition.contains(r#"mailtriage_up{account="ana",panel="incoming"} 1"#));
}

#[test]
fn check_writes_the_exposition_to_a_file_atomically() {
    let kit = Kit::new();
    let pop3 = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
    let smtp = kit.start(smtp(Transport::Starttls(CertKind::Valid)));
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mail.prom");
    let command = CheckCommand::new()
        .pop3(pop3.port(), "tls")
        .smtp(smtp.port(), "starttls")
        .kit_ca(&kit)
        .user(USER)
        .only("incoming")
        .only("outgoing");
    let mut run = mailtriage(&["check", "--format", "openmetrics", "--account-label", "ana"]);
    run.args(command.arguments())
        .arg("--output")
        .arg(&target)
        .env(PASSWORD_VAR, PASSWORD)
        .args(["--password-env", PASSWORD_VAR]);
    let run = run_within(run, WALL_CLOCK_LIMIT);
    run.assert_ended("check --format openmetrics --output");
    assert_eq!(run.exit_code(), 0, "{}", run.stderr_text());
    assert_eq!(
        run.stdout_text(),
        "",
        "the exposition goes to the file only"
    );
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.ends_with("# EOF\n"), "{written}");
    assert!(written.contains(r#"mailtriage_up{account="ana",panel="outgoing"} 1"#));
    promtool::check_metrics("check --format openmetrics --output", &written);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["mail.prom"], "no temporary file is left");

    // A folder that does not exist is said before anything is checked.
    let missing = dir.path().join("missing").join("mail.prom");
    let mut run = mailtriage(&["check", "--format", "openmetrics"]);
    run.args(command.arguments()).arg("--output").arg(&missing);
    let run = run_within(run, WALL_CLOCK_LIMIT);
    assert_eq!(run.exit_code(), 2, "{}", run.stderr_text());
    assert!(
        run.stderr_text().contains("--output"),
        "{}",
        run.stderr_text()
    );
    assert_eq!(
        pop3.log().logins().len(),
        1,
        "the refused run did not log in"
    );
}

/// An accounts file for the lab's servers: `ana` with the right password, `bruno` with a wrong
/// one, `carla` whose password variable is not set.
fn accounts_file(pop3: &Server, smtp: &Server) -> tempfile::NamedTempFile {
    use std::io::Write;
    let text = format!(
        "defaults:\n  incoming: {{ host: {SERVER_NAME}, port: {}, security: tls }}\n  \
         outgoing: {{ host: {SERVER_NAME}, port: {}, security: starttls }}\n\
         accounts:\n  - name: ana\n    user: {USER}\n    password_env: {PASSWORD_VAR}\n  \
         - name: bruno\n    user: {USER}\n    password_env: MAILTRIAGE_TEST_WRONG\n  \
         - name: carla\n    user: {USER}\n    password_env: MAILTRIAGE_TEST_UNSET\n",
        pop3.port(),
        smtp.port()
    );
    let mut file = tempfile::NamedTempFile::with_suffix(".yaml").unwrap();
    file.write_all(text.as_bytes()).unwrap();
    file
}

#[test]
fn a_many_account_run_writes_one_exposition_of_every_checked_account() {
    let kit = Kit::new();
    let pop3 = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
    let smtp = kit.start(smtp(Transport::Starttls(CertKind::Valid)));
    let accounts = accounts_file(&pop3, &smtp);
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mail.prom");
    let resolve = |port: u16| format!("{SERVER_NAME}:{port}:127.0.0.1");
    let mut run = mailtriage(&["check", "--format", "openmetrics", "--accounts"]);
    run.arg(accounts.path())
        .args(["--ca-file", &kit.ca_file_arg()])
        .args(["--resolve", &resolve(pop3.port())])
        .args(["--resolve", &resolve(smtp.port())])
        .arg("--output")
        .arg(&target)
        .env(PASSWORD_VAR, PASSWORD)
        .env("MAILTRIAGE_TEST_WRONG", "not-the-password")
        .env_remove("MAILTRIAGE_TEST_UNSET");
    let run = run_within(run, WALL_CLOCK_LIMIT);
    run.assert_ended("check --accounts --format openmetrics");
    assert_eq!(run.exit_code(), 1, "{}", run.stderr_text());
    let written = std::fs::read_to_string(&target).unwrap();
    assert_well_formed(&written, Flavour::OpenMetrics);
    promtool::check_metrics("check --accounts --format openmetrics", &written);
    assert!(
        written.contains(r#"mailtriage_up{account="ana",panel="incoming"} 1"#),
        "{written}"
    );
    assert!(written.contains(r#"mailtriage_up{account="bruno",panel="incoming"} 0"#));
    assert!(
        !written.contains(r#"account="carla""#),
        "an account that could not be checked has no series: {written}"
    );

    // The plugin answers for one account: one entry of the file with --account.
    let mut run = mailtriage(&["check", "--format", "nagios", "--accounts"]);
    run.arg(accounts.path());
    let run = run_within(run, WALL_CLOCK_LIMIT);
    assert_eq!(run.exit_code(), 3, "{}", run.stdout_text());
    assert!(run.stdout_text().starts_with("MAILTRIAGE UNKNOWN - "));
    let mut run = mailtriage(&["check", "--format", "openmetrics", "--accounts"]);
    run.arg(accounts.path())
        .args(["--account", "ana", "--only", "incoming"])
        .args(["--ca-file", &kit.ca_file_arg()])
        .args(["--resolve", &resolve(pop3.port())])
        .env(PASSWORD_VAR, PASSWORD);
    let run = run_within(run, WALL_CLOCK_LIMIT);
    assert_eq!(run.exit_code(), 0, "{}", run.stderr_text());
    assert!(
        run.stdout_text()
            .contains(r#"mailtriage_up{account="ana",panel="incoming"} 1"#),
        "the entry's name is the account label: {}",
        run.stdout_text()
    );
}
