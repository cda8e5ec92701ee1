//! The monitoring case of the real-server suite: `mailtriage serve` with an accounts file for
//! the real Dovecot and Postfix (one healthy account, one with a wrong password), Debian's
//! Prometheus scraping it every second through the exporter guide's relabelling, the stored
//! series read back through Prometheus's HTTP API, Dovecot's log showing one login per account
//! however many scrapes came, and promtool accepting what the exporter answered.

use std::time::{Duration, Instant};

use super::prometheus::{config, get, query, start_prometheus, start_serve};
use super::runner::Case;
use super::servers::{Listener, PASSWORD, RealServers, USER, WRONG_PASSWORD};

#[path = "../support/promtool.rs"]
mod promtool;

const GOOD_VARIABLE: &str = "MAILTRIAGE_TEST_GOOD_PASSWORD";
const BAD_VARIABLE: &str = "MAILTRIAGE_TEST_WRONG_PASSWORD";

/// How long the case waits for the scrapes it needs.
const SCRAPES_DEADLINE: Duration = Duration::from_secs(60);

pub fn cases() -> Vec<Case<RealServers>> {
    vec![Case::new(
        "monitoring_prometheus_scrapes_serve_and_each_account_logs_in_once",
        prometheus_scrapes_serve_and_each_account_logs_in_once,
    )]
}

/// Lines of Dovecot's log that record a POP3 login of the test user: `(succeeded, refused)`.
fn pop3_logins(servers: &RealServers) -> (usize, usize) {
    let log = std::fs::read_to_string(servers.root().join("dovecot").join("dovecot.log"))
        .unwrap_or_default();
    let user = format!("user=<{USER}>");
    let mine = || {
        log.lines()
            .filter(|l| l.contains("pop3-login:") && l.contains(&user))
    };
    (
        mine().filter(|l| l.contains("Login:")).count(),
        mine().filter(|l| l.contains("auth failed")).count(),
    )
}

fn prometheus_scrapes_serve_and_each_account_logs_in_once(servers: &RealServers) {
    let pop3 = servers.address(Listener::Pop3Tls);
    let submission = servers.address(Listener::Submission);
    let (pop3_name, smtp_name) = (
        Listener::Pop3Tls.server_name(),
        Listener::Submission.server_name(),
    );
    let dir = servers.root().join("monitoring");
    std::fs::create_dir_all(&dir).expect("the case's folder");
    let accounts = dir.join("accounts.yaml");
    std::fs::write(
        &accounts,
        format!(
            "defaults:\n  incoming: {{ host: {pop3_name}, port: {}, security: tls }}\n  \
             outgoing: {{ host: {smtp_name}, port: {}, security: starttls }}\n\
             accounts:\n  - name: healthy\n    user: {USER}\n    password_env: {GOOD_VARIABLE}\n  \
             - name: wrong-password\n    user: {USER}\n    password_env: {BAD_VARIABLE}\n",
            pop3.port(),
            submission.port()
        ),
    )
    .expect("the accounts file");
    let args: Vec<String> = [
        "--accounts".to_string(),
        accounts.display().to_string(),
        "--only".into(),
        "incoming".into(),
        "--only".into(),
        "outgoing".into(),
        "--lang".into(),
        "en".into(),
        "--timeout".into(),
        "5".into(),
        "--ca-file".into(),
        servers.pki.ca.display().to_string(),
        "--resolve".into(),
        format!("{pop3_name}:{}:{}", pop3.port(), pop3.ip()),
        "--resolve".into(),
        format!("{smtp_name}:{}:{}", submission.port(), submission.ip()),
    ]
    .into();
    let before = pop3_logins(servers);
    let serve = start_serve(
        servers.binary(),
        &args,
        &[(GOOD_VARIABLE, PASSWORD), (BAD_VARIABLE, WRONG_PASSWORD)],
        dir.join("serve.log"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let prom = start_prometheus(
        &dir.join("prometheus"),
        &config(serve.address, &["healthy", "wrong-password"]),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let context = || {
        format!(
            "serve:\n{}\nprometheus:\n{}\nDovecot:\n{}",
            serve.log_tail(),
            prom.log_tail(),
            servers.log_excerpts()
        )
    };

    // Wait until each account has been scraped at least three times (the first answer from a
    // check, the others from its cache) and the exporter's own metrics once.
    let started = Instant::now();
    loop {
        let scraped = query(
            prom.address,
            "count_over_time(mailtriage_up{panel=\"incoming\"}[5m])",
        )
        .unwrap_or_default();
        let own = query(prom.address, "mailtriage_exporter_probes_total").unwrap_or_default();
        if scraped.len() == 2 && scraped.iter().all(|(_, n)| *n >= 3.0) && !own.is_empty() {
            break;
        }
        assert!(
            started.elapsed() < SCRAPES_DEADLINE,
            "Prometheus did not store three scrapes of each account within {SCRAPES_DEADLINE:?} \
             (seen: {scraped:?})\n{}",
            context()
        );
        std::thread::sleep(Duration::from_millis(500));
    }

    let value = |expression: &str| -> Vec<(String, f64)> {
        query(prom.address, expression)
            .unwrap_or_else(|e| panic!("{e}\n{}", context()))
            .into_iter()
            .map(|(labels, v)| (labels["instance"].as_str().unwrap_or("").to_string(), v))
            .collect()
    };
    let mut up = value("mailtriage_up{job=\"mailtriage\",panel=\"incoming\"}");
    up.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        up,
        [
            ("healthy".to_string(), 1.0),
            ("wrong-password".to_string(), 0.0)
        ],
        "the instance label is the account, as the relabelling made it\n{}",
        context()
    );
    assert_eq!(
        value("mailtriage_finding{finding=\"auth-failed\",panel=\"incoming\"}"),
        [("wrong-password".to_string(), 1.0)],
        "{}",
        context()
    );
    assert!(
        value("mailtriage_finding{instance=\"healthy\",severity=\"error\"}").is_empty(),
        "{}",
        context()
    );
    assert_eq!(
        value("up{job=\"mailtriage_exporter\"}").len(),
        1,
        "the exporter's own /metrics (OpenMetrics counters) is scraped\n{}",
        context()
    );
    let checks = value("mailtriage_exporter_checks_total");
    assert_eq!(
        checks.iter().map(|(_, v)| *v).sum::<f64>(),
        2.0,
        "two accounts, two checks, whatever the number of scrapes\n{}",
        context()
    );

    // Dovecot saw one login per account: one good, one refused.
    std::thread::sleep(Duration::from_millis(500));
    let after = pop3_logins(servers);
    assert_eq!(
        (after.0 - before.0, after.1 - before.1),
        (1, 1),
        "POP3 logins (succeeded, refused) during the scrapes\n{}",
        context()
    );

    // promtool accepts what the exporter answers, in both text formats.
    for (account, accept) in [
        (
            "healthy",
            Some("application/openmetrics-text;version=1.0.0"),
        ),
        (
            "wrong-password",
            Some("application/openmetrics-text;version=1.0.0"),
        ),
        ("healthy", None),
    ] {
        let (status, body) = get(serve.address, &format!("/probe?account={account}"), accept)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(status, 200, "{body}");
        promtool::check_metrics(&format!("the probe of {account} ({accept:?})"), &body);
    }
    let (_, own) = get(serve.address, "/metrics", None).unwrap_or_else(|e| panic!("{e}"));
    promtool::check_metrics("the exporter's own metrics", &own);
}
