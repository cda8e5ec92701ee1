//! `mailtriage serve` on loopback in front of the lab's servers: `/probe?account=NAME` answers
//! an account's OpenMetrics (or the Prometheus text format to a scraper that asks only for
//! that), probes within `--min-interval` and concurrent probes log in once, an unknown account
//! is a 404 and a request cannot name a host, `/metrics` counts what happened. Every exposition
//! passes `promtool check metrics` (skipped only where promtool is missing outside CI).

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use mailtriage::lab::{CertKind, Server, Transport};
use support::kit::{Kit, pop3, smtp};
use support::promtool;
use support::*;

const GOOD_VAR: &str = "MAILTRIAGE_TEST_GOOD_PASSWORD";
const BAD_VAR: &str = "MAILTRIAGE_TEST_BAD_PASSWORD";

/// The lab's servers and an exporter in front of them.
struct Exporter {
    _kit: Kit,
    pop3: Server,
    smtp: Server,
    child: Child,
    address: String,
    _accounts: tempfile::NamedTempFile,
}

impl Drop for Exporter {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Exporter {
    /// Accounts `good`, `good-too` (both with the right password) and `bad` (a wrong one).
    fn start(min_interval: &str) -> Exporter {
        let kit = Kit::new();
        let pop3 = kit.start(pop3(Transport::ImplicitTls(CertKind::Valid)));
        let smtp = kit.start(smtp(Transport::Starttls(CertKind::Valid)));
        let servers = format!(
            "  incoming: {{ host: {SERVER_NAME}, port: {}, security: tls }}\n  \
             outgoing: {{ host: {SERVER_NAME}, port: {}, security: starttls }}\n",
            pop3.port(),
            smtp.port()
        );
        let text = format!(
            "defaults:\n{servers}accounts:\n\
             \x20 - name: good\n    user: {USER}\n    password_env: {GOOD_VAR}\n\
             \x20 - name: good-too\n    user: {USER}\n    password_env: {GOOD_VAR}\n\
             \x20 - name: bad\n    user: {USER}\n    password_env: {BAD_VAR}\n"
        );
        let mut accounts = tempfile::NamedTempFile::with_suffix(".yaml").unwrap();
        accounts.write_all(text.as_bytes()).unwrap();
        accounts.flush().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_mailtriage"))
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--min-interval",
                min_interval,
            ])
            .args(["--only", "incoming", "--only", "outgoing", "--lang", "en"])
            .arg("--accounts")
            .arg(accounts.path())
            .args(["--ca-file", &kit.ca_file_arg()])
            .args([
                "--resolve",
                &format!("{SERVER_NAME}:{}:127.0.0.1", pop3.port()),
            ])
            .args([
                "--resolve",
                &format!("{SERVER_NAME}:{}:127.0.0.1", smtp.port()),
            ])
            .env(GOOD_VAR, PASSWORD)
            .env(BAD_VAR, "not-the-password")
            .env_remove("MAILTRIAGE_PASSWORD")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("mailtriage serve starts");
        let stderr = child.stderr.take().unwrap();
        let mut first = String::new();
        BufReader::new(stderr).read_line(&mut first).unwrap();
        let address = first
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in {first:?}"))
            .to_string();
        Exporter {
            _kit: kit,
            pop3,
            smtp,
            child,
            address,
            _accounts: accounts,
        }
    }

    fn get(&self, path: &str, accept: Option<&str>) -> Answer {
        get(&self.address, path, accept)
    }

    fn logins(&self) -> usize {
        self.pop3.log().logins().len()
    }
}

/// An HTTP answer: status, content type and body.
#[derive(Debug)]
struct Answer {
    status: u16,
    content_type: String,
    body: String,
}

const OPENMETRICS_ACCEPT: &str = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

fn get(address: &str, path: &str, accept: Option<&str>) -> Answer {
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let accept = accept
        .map(|a| format!("Accept: {a}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\n{accept}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let content_type = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type:")
                .map(|v| v.trim().to_string())
        })
        .unwrap_or_default();
    Answer {
        status,
        content_type,
        body: body.to_string(),
    }
}

/// The value of the sample written exactly as `series`, when there is one.
fn sample(body: &str, series: &str) -> Option<f64> {
    body.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[test]
fn a_probe_answers_the_account_s_openmetrics() {
    let exporter = Exporter::start("300");
    let good = exporter.get("/probe?account=good", Some(OPENMETRICS_ACCEPT));
    assert_eq!(good.status, 200, "{good:?}");
    assert!(
        good.content_type
            .starts_with("application/openmetrics-text; version=1.0.0"),
        "{good:?}"
    );
    assert!(good.body.ends_with("# EOF\n"), "{}", good.body);
    for panel in ["incoming", "outgoing"] {
        assert_eq!(
            sample(
                &good.body,
                &format!("mailtriage_up{{account=\"good\",panel=\"{panel}\"}}")
            ),
            Some(1.0),
            "{}",
            good.body
        );
    }
    assert!(
        sample(
            &good.body,
            "mailtriage_step_duration_seconds{account=\"good\",panel=\"incoming\",step=\"login\"}"
        )
        .is_some(),
        "{}",
        good.body
    );
    assert!(!good.body.contains(PASSWORD));
    promtool::check_metrics("probe of a healthy account", &good.body);

    let bad = exporter.get("/probe?account=bad", Some(OPENMETRICS_ACCEPT));
    assert_eq!(bad.status, 200, "{bad:?}");
    assert_eq!(
        sample(
            &bad.body,
            "mailtriage_up{account=\"bad\",panel=\"incoming\"}"
        ),
        Some(0.0),
        "{}",
        bad.body
    );
    assert_eq!(
        sample(
            &bad.body,
            "mailtriage_finding{account=\"bad\",panel=\"incoming\",finding=\"auth-failed\",severity=\"error\"}"
        ),
        Some(1.0),
        "{}",
        bad.body
    );
    assert_eq!(
        sample(
            &bad.body,
            "mailtriage_failed_step{account=\"bad\",panel=\"incoming\",step=\"login\"}"
        ),
        Some(1.0),
        "{}",
        bad.body
    );
    assert!(!bad.body.contains("not-the-password"));
    promtool::check_metrics("probe of an account with a wrong password", &bad.body);

    // A scraper that asks only for the older text format gets it.
    let text = exporter.get("/probe?account=good", Some("text/plain;version=0.0.4"));
    assert!(
        text.content_type.starts_with("text/plain; version=0.0.4"),
        "{text:?}"
    );
    assert!(!text.body.contains("# EOF") && !text.body.contains("# UNIT"));
    promtool::check_metrics("probe in the Prometheus text format", &text.body);
}

#[test]
fn probes_within_the_interval_and_at_the_same_time_log_in_once() {
    let exporter = Exporter::start("300");
    let address = exporter.address.clone();
    // Four probes of one account at once: one check, one login, the same answer.
    let probes: Vec<_> = (0..4)
        .map(|_| {
            let address = address.clone();
            std::thread::spawn(move || get(&address, "/probe?account=bad", None))
        })
        .collect();
    let answers: Vec<Answer> = probes.into_iter().map(|p| p.join().unwrap()).collect();
    for answer in &answers {
        assert_eq!(answer.status, 200, "{answer:?}");
    }
    assert_eq!(exporter.logins(), 1, "one login for four concurrent probes");
    // Later probes within --min-interval come from the cache: the refused password is not
    // tried again.
    for _ in 0..3 {
        let again = exporter.get("/probe?account=bad", None);
        assert_eq!(again.status, 200);
        assert_eq!(
            sample(
                &again.body,
                "mailtriage_check_timestamp_seconds{account=\"bad\"}"
            ),
            sample(
                &answers[0].body,
                "mailtriage_check_timestamp_seconds{account=\"bad\"}"
            ),
            "the cached check is the same check"
        );
    }
    assert_eq!(exporter.logins(), 1);
    // Another account is its own check.
    exporter.get("/probe?account=good-too", None);
    assert_eq!(exporter.logins(), 2);
    let metrics = exporter.get("/metrics", Some(OPENMETRICS_ACCEPT));
    assert_eq!(metrics.status, 200);
    assert_eq!(
        sample(&metrics.body, "mailtriage_exporter_checks_total"),
        Some(2.0),
        "{}",
        metrics.body
    );
    assert_eq!(
        sample(&metrics.body, "mailtriage_exporter_probes_total"),
        Some(8.0),
        "{}",
        metrics.body
    );
    assert_eq!(
        sample(&metrics.body, "mailtriage_exporter_cache_hits_total"),
        Some(6.0),
        "{}",
        metrics.body
    );
    // promtool reads the Prometheus text format, where a counter's family keeps `_total`;
    // OpenMetrics names the family without it, which only an OpenMetrics parser (Prometheus's
    // scrape, in the real-server suite) accepts.
    assert!(
        metrics
            .body
            .contains("# TYPE mailtriage_exporter_checks counter\n"),
        "{}",
        metrics.body
    );
    let metrics_text = exporter.get("/metrics", None);
    assert!(
        metrics_text
            .content_type
            .starts_with("text/plain; version=0.0.4")
    );
    promtool::check_metrics("the exporter's own metrics as text", &metrics_text.body);
}

#[test]
fn a_probe_after_the_interval_checks_again() {
    let exporter = Exporter::start("1");
    exporter.get("/probe?account=good", None);
    assert_eq!(exporter.logins(), 1);
    std::thread::sleep(Duration::from_millis(1200));
    exporter.get("/probe?account=good", None);
    assert_eq!(exporter.logins(), 2);
}

#[test]
fn an_unknown_account_is_a_404_and_no_request_names_a_host() {
    let exporter = Exporter::start("300");
    let unknown = exporter.get("/probe?account=nobody", None);
    assert_eq!(unknown.status, 404, "{unknown:?}");
    assert_eq!(unknown.body.lines().count(), 1, "{unknown:?}");
    assert!(unknown.body.contains("nobody"), "{unknown:?}");
    // The multi-target pattern's `target` is not a host here: only `account` counts.
    let target = exporter.get("/probe?target=127.0.0.1:1&module=pop3", None);
    assert_eq!(target.status, 400, "{target:?}");
    let escaped = exporter.get("/probe?account=%0Abad%1B", None);
    assert_eq!(escaped.status, 404, "{escaped:?}");
    assert!(!escaped.body.contains('\x1b'), "{escaped:?}");
    assert_eq!(exporter.get("/elsewhere", None).status, 404);
    let front = exporter.get("/", None);
    assert_eq!(front.status, 200);
    assert!(front.body.contains("/probe?account=NAME"));
    assert_eq!(exporter.logins(), 0, "nothing was checked");
    assert_eq!(exporter.smtp.log().logins().len(), 0);
}
