//! Debian's Prometheus server for the monitoring case: a config generated for the run (the
//! multi-target relabelling of Prometheus's exporter guide, with `account` where the guide has
//! `target`), started on loopback with its database in the run's temp folder, queried through
//! its HTTP API; and `mailtriage serve` in front of the real servers, started from the binary
//! under test. A small HTTP/1.1 client over loopback serves both.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::ports::PortPicker;

/// The Prometheus server the Debian package installs.
pub const PROMETHEUS: &str = "/usr/bin/prometheus";

/// A child process stopped (killed and reaped) when dropped.
pub struct Running {
    child: Child,
    pub address: SocketAddr,
    log: PathBuf,
}

impl Running {
    /// The end of its log, for failure messages.
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `mailtriage serve` with `args` on a port the kernel picks and reads the address it
/// says it listens on. `env` hands the passwords over.
pub fn start_serve(
    binary: &Path,
    args: &[String],
    env: &[(&str, &str)],
    log: PathBuf,
) -> Result<Running, String> {
    let mut command = Command::new(binary);
    command
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(args)
        .env_remove("MAILTRIAGE_PASSWORD")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let stderr = child.stderr.take().ok_or("no standard error")?;
    let mut reader = BufReader::new(stderr);
    let mut first = String::new();
    let _ = reader.read_line(&mut first);
    let address = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|a| a.parse().ok());
    // The rest of its standard error goes to the log, for failure messages.
    let log_path = log.clone();
    std::thread::spawn(move || {
        let mut rest = String::new();
        let _ = reader.read_to_string(&mut rest);
        let _ = std::fs::write(log_path, rest);
    });
    match address {
        Some(address) => Ok(Running {
            child,
            address,
            log,
        }),
        None => {
            let _ = child.kill();
            let _ = child.wait();
            Err(format!(
                "mailtriage serve did not say where it listens: {first:?}"
            ))
        }
    }
}

/// The Prometheus config: `targets` are account names, relabelled into `/probe?account=NAME`
/// on the exporter at `exporter`, whose own `/metrics` is a second job.
pub fn config(exporter: SocketAddr, targets: &[&str]) -> String {
    let targets = targets
        .iter()
        .map(|t| format!("'{t}'"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n\
         scrape_configs:\n\
         \x20 - job_name: mailtriage\n    metrics_path: /probe\n    static_configs:\n      \
         - targets: [{targets}]\n    relabel_configs:\n      \
         - source_labels: [__address__]\n        target_label: __param_account\n      \
         - source_labels: [__param_account]\n        target_label: instance\n      \
         - target_label: __address__\n        replacement: '{exporter}'\n\
         \x20 - job_name: mailtriage_exporter\n    static_configs:\n      \
         - targets: ['{exporter}']\n"
    )
}

/// Starts Prometheus on a free loopback port with `config`, its database under `dir`, and
/// waits until it is ready.
pub fn start_prometheus(dir: &Path, config: &str) -> Result<Running, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let config_path = dir.join("prometheus.yml");
    std::fs::write(&config_path, config).map_err(|e| format!("{}: {e}", config_path.display()))?;
    let address = PortPicker::default().free_port(Ipv4Addr::LOCALHOST)?;
    let log = dir.join("prometheus.log");
    let log_file = std::fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
    let child = Command::new(PROMETHEUS)
        .arg(format!("--config.file={}", config_path.display()))
        .arg(format!(
            "--storage.tsdb.path={}",
            dir.join("data").display()
        ))
        .arg(format!("--web.listen-address={address}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log_file)
        .spawn()
        .map_err(|e| format!("cannot start {PROMETHEUS}: {e}"))?;
    let running = Running {
        child,
        address,
        log,
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if get(address, "/-/ready", None).is_ok_and(|(status, _)| status == 200) {
            return Ok(running);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err(format!(
        "Prometheus was not ready within 30 s:\n{}",
        running.log_tail()
    ))
}

/// An instant query through `/api/v1/query`: each series' labels and value.
pub fn query(prometheus: SocketAddr, expression: &str) -> Result<Vec<(Value, f64)>, String> {
    let encoded: String = expression
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    let (status, body) = get(prometheus, &format!("/api/v1/query?query={encoded}"), None)?;
    let json: Value = serde_json::from_str(&body).map_err(|e| format!("not JSON ({e}): {body}"))?;
    if status != 200 || json["status"] != "success" {
        return Err(format!("query {expression} answered {status}: {body}"));
    }
    Ok(json["data"]["result"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|series| {
            let value = series["value"][1]
                .as_str()
                .and_then(|v| v.parse().ok())
                .unwrap_or(f64::NAN);
            (series["metric"].clone(), value)
        })
        .collect())
}

/// `GET path` over HTTP/1.1 on loopback: the status and the body.
pub fn get(address: SocketAddr, path: &str, accept: Option<&str>) -> Result<(u16, String), String> {
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))
        .map_err(|e| format!("cannot connect to {address}: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .map_err(|e| e.to_string())?;
    let accept = accept
        .map(|a| format!("Accept: {a}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\n{accept}Connection: close\r\n\r\n"
    )
    .map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    stream
        .read_to_end(&mut raw)
        .map_err(|e| format!("reading from {address}: {e}"))?;
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        unchunk(body)
    } else {
        body.to_string()
    };
    Ok((status, body))
}

/// The body of a chunked answer.
fn unchunk(mut rest: &str) -> String {
    let mut body = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || after.len() < size {
            break;
        }
        body.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    body
}
