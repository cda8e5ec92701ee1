//! The clients compared: `mailtriage check` and `mailtriage scan` (the bench's own release-built
//! binary), swaks, curl and openssl s_client; how each is started for a lab, and how a run is
//! checked before its time counts (a fast failure must never pass for a fast success).

use std::net::SocketAddr;
use std::process::Command;
use std::time::Duration;

use base64::Engine;
use serde_json::Value;

use crate::lab::{self, Lab};
use crate::measure::RunOutput;
use crate::real_support::certs::{POP3_NAME, SMTP_NAME};
use crate::real_support::servers::{PASSWORD, USER};

/// Variable that hands the password to mailtriage (`--password-env`).
const PASSWORD_VARIABLE: &str = "MAILTRIAGE_BENCH_PASSWORD";
/// Name swaks greets with.
const SWAKS_HELO: &str = "bench.mailtriage.test";

/// Times a client reports about itself, each named; the first is its whole run.
pub type OwnTimes = Vec<(&'static str, Duration)>;

/// Checks one finished run; returns the client's own account of its times when it gives one.
type Check = Box<dyn Fn(&RunOutput) -> Result<OwnTimes, String>>;

/// One client configured for one exchange in one lab.
pub struct Client {
    pub name: String,
    build: Box<dyn Fn() -> Command>,
    check: Check,
}

impl Client {
    /// A fresh command for one run.
    pub fn command(&self) -> Command {
        (self.build)()
    }

    /// Whether the run did what the exchange asks; the client's own times when it reports them.
    pub fn check(&self, output: &RunOutput) -> Result<OwnTimes, String> {
        (self.check)(output)
    }

    /// What the client printed, with the password and SASL payloads hidden.
    pub fn transcript(&self, output: &RunOutput) -> String {
        let text = match serde_json::from_str::<Value>(&output.stdout) {
            Ok(json) if self.name.starts_with("mailtriage") => json_transcript(&json),
            _ => format!("{}{}", output.stdout, output.stderr),
        };
        redact(&text)
    }
}

/// What a `mailtriage check` run must show.
pub enum Expect {
    /// Status ok, and every one of these panels ok.
    AllOk(&'static [&'static str]),
    /// This panel's step failed with evidence of this kind.
    StepFailed {
        panel: &'static str,
        step: &'static str,
        evidence: &'static str,
        /// The working setting (port, security) the report must name for the panel.
        working: (u16, &'static str),
    },
}

/// Which servers a `mailtriage check` run probes.
pub struct CheckSpec {
    pub only: &'static [&'static str],
    /// POP3 address and security.
    pub pop3: Option<(SocketAddr, &'static str)>,
    /// IMAP address and security (instead of POP3).
    pub imap: Option<(SocketAddr, &'static str)>,
    /// SMTP address and security.
    pub smtp: Option<(SocketAddr, &'static str)>,
    pub expect: Expect,
}

/// `mailtriage check --json` with login, default step deadline.
pub fn mailtriage_check(lab: &Lab, name: &str, spec: CheckSpec) -> Client {
    let mut args: Vec<String> = vec!["check".into(), "--json".into()];
    for panel in spec.only {
        args.extend(["--only".into(), (*panel).into()]);
    }
    if let Some((address, security)) = spec.pop3 {
        args.extend([
            "--pop3".into(),
            lab::pop3_server(address),
            "--pop3-security".into(),
            security.into(),
            "--resolve".into(),
            lab::pop3_pin(address),
        ]);
    }
    if let Some((address, security)) = spec.imap {
        args.extend([
            "--imap".into(),
            lab::imap_server(address),
            "--imap-security".into(),
            security.into(),
            "--resolve".into(),
            lab::imap_pin(address),
        ]);
    }
    if let Some((address, security)) = spec.smtp {
        args.extend([
            "--smtp".into(),
            lab::smtp_server(address),
            "--smtp-security".into(),
            security.into(),
            "--resolve".into(),
            lab::smtp_pin(address),
        ]);
    }
    args.extend([
        "--ca-file".into(),
        lab.ca_file.display().to_string(),
        "--user".into(),
        USER.into(),
        "--password-env".into(),
        PASSWORD_VARIABLE.into(),
        "--lang".into(),
        "en".into(),
    ]);
    let binary = lab.binary.clone();
    let expect = spec.expect;
    Client {
        name: name.into(),
        build: Box::new(move || {
            let mut command = Command::new(&binary);
            command
                .args(&args)
                .env_remove("MAILTRIAGE_PASSWORD")
                .env(PASSWORD_VARIABLE, PASSWORD);
            command
        }),
        check: Box::new(move |output| check_report(output, &expect)),
    }
}

fn check_report(output: &RunOutput, expect: &Expect) -> Result<OwnTimes, String> {
    let json: Value = serde_json::from_str(&output.stdout).map_err(|e| {
        format!(
            "no JSON document ({e}); exit {:?}; stderr: {}",
            output.exit_code, output.stderr
        )
    })?;
    let panels = json["panels"].as_array().cloned().unwrap_or_default();
    let panel = |name: &str| {
        panels
            .iter()
            .find(|p| p["panel"] == name)
            .ok_or_else(|| format!("no {name} panel in the report"))
    };
    match expect {
        Expect::AllOk(names) => {
            if json["status"] != "ok" || output.exit_code != Some(0) {
                return Err(format!(
                    "status {} (exit {:?}); findings: {}",
                    json["status"], output.exit_code, json["findings"]
                ));
            }
            for name in *names {
                let p = panel(name)?;
                if p["status"] != "ok" {
                    return Err(format!("{name} panel is {}", p["status"]));
                }
            }
        }
        Expect::StepFailed {
            panel: name,
            step,
            evidence,
            working: (port, security),
        } => {
            let p = panel(name)?;
            let steps = p["steps"].as_array().cloned().unwrap_or_default();
            let found = steps.iter().any(|s| {
                s["step"] == *step && s["status"] == "failed" && s["evidence"]["kind"] == *evidence
            });
            if !found {
                return Err(format!(
                    "expected {name} step {step} failed with {evidence} evidence; steps: {}",
                    p["steps"]
                ));
            }
            let named = json["working_settings"].as_array().is_some_and(|list| {
                list.iter().any(|w| {
                    w["panel"] == *name && w["port"] == *port && w["security"] == *security
                })
            });
            if !named {
                return Err(format!(
                    "expected the working setting {port} {security} for {name}; found {}",
                    json["working_settings"]
                ));
            }
        }
    }
    let mut own = OwnTimes::new();
    let slowest_panel = panels
        .iter()
        .filter_map(|p| p["elapsed_ms"].as_f64())
        .fold(None, |acc: Option<f64>, ms| {
            Some(acc.map_or(ms, |a| a.max(ms)))
        });
    if let Some(ms) = slowest_panel {
        own.push(("slowest panel", from_ms(ms)));
    }
    for (panel, label) in [
        ("incoming", "incoming tcp+tls steps"),
        ("outgoing", "outgoing tcp+tls steps"),
    ] {
        if let Some(ms) = panel_handshake_ms(&panels, panel) {
            own.push((label, from_ms(ms)));
        }
    }
    Ok(own)
}

/// TCP and implicit-TLS steps of a panel that connected with TLS from the first byte.
fn panel_handshake_ms(panels: &[Value], name: &str) -> Option<f64> {
    let panel = panels.iter().find(|p| p["panel"] == name)?;
    if panel["security"] != "tls" {
        return None;
    }
    let steps = panel["steps"].as_array()?;
    let elapsed = |kind: &str| {
        steps
            .iter()
            .find(|s| s["step"] == kind && s["status"] == "ok")
            .and_then(|s| s["elapsed_ms"].as_f64())
    };
    Some(elapsed("tcp")? + elapsed("tls")?)
}

fn from_ms(ms: f64) -> Duration {
    Duration::from_secs_f64(ms.max(0.0) / 1000.0)
}

/// What a `mailtriage scan` run must show.
pub enum ScanExpect {
    /// The configured settings work and are recommended.
    ConfiguredWorks,
    /// Every combination on the configured POP3 port ends in a timeout.
    SilentPortTimesOut,
}

/// `mailtriage scan --json` of a POP3 and an SMTP setting.
pub fn mailtriage_scan(
    lab: &Lab,
    name: &str,
    pop3: (SocketAddr, &'static str),
    smtp: Option<(SocketAddr, &'static str)>,
    timeout_seconds: Option<&'static str>,
    expect: ScanExpect,
) -> Client {
    let mut args: Vec<String> = vec![
        "scan".into(),
        "--json".into(),
        "--pop3".into(),
        lab::pop3_server(pop3.0),
        "--pop3-security".into(),
        pop3.1.into(),
        "--resolve".into(),
        lab::pop3_pin(pop3.0),
    ];
    if let Some((address, security)) = smtp {
        args.extend([
            "--smtp".into(),
            lab::smtp_server(address),
            "--smtp-security".into(),
            security.into(),
            "--resolve".into(),
            lab::smtp_pin(address),
        ]);
    }
    if let Some(seconds) = timeout_seconds {
        args.extend(["--timeout".into(), seconds.into()]);
    }
    args.extend(["--ca-file".into(), lab.ca_file.display().to_string()]);
    let binary = lab.binary.clone();
    let silent_port = pop3.0.port();
    Client {
        name: name.into(),
        build: Box::new(move || {
            let mut command = Command::new(&binary);
            command.args(&args);
            command
        }),
        check: Box::new(move |output| check_scan(output, &expect, silent_port)),
    }
}

fn check_scan(
    output: &RunOutput,
    expect: &ScanExpect,
    configured_pop3_port: u16,
) -> Result<OwnTimes, String> {
    let json: Value = serde_json::from_str(&output.stdout).map_err(|e| {
        format!(
            "no JSON document ({e}); exit {:?}; stderr: {}",
            output.exit_code, output.stderr
        )
    })?;
    let cells = json["cells"].as_array().cloned().unwrap_or_default();
    match expect {
        ScanExpect::ConfiguredWorks => {
            for protocol in ["pop3", "smtp"] {
                let configured = &json["configured"][protocol];
                if configured.is_null() {
                    continue;
                }
                if json["recommended"][protocol] != *configured {
                    return Err(format!(
                        "{protocol}: recommended {} instead of the configured {configured}",
                        json["recommended"][protocol]
                    ));
                }
            }
        }
        ScanExpect::SilentPortTimesOut => {
            let on_port: Vec<&Value> = cells
                .iter()
                .filter(|c| c["protocol"] == "pop3" && c["port"] == configured_pop3_port)
                .collect();
            if on_port.is_empty() || on_port.iter().any(|c| c["verdict"] != "timeout") {
                return Err(format!(
                    "expected timeouts on port {configured_pop3_port}: {on_port:?}"
                ));
            }
        }
    }
    let slowest = cells
        .iter()
        .filter_map(|c| c["elapsed_ms"].as_f64())
        .fold(0.0, f64::max);
    Ok(vec![("slowest cell", from_ms(slowest))])
}

/// curl: POP3 over implicit TLS, AUTH PLAIN with the initial response (`--sasl-ir`), STAT
/// (`-X STAT` with `-I`, because STAT answers in one line), QUIT.
pub fn curl_pop3(lab: &Lab) -> Client {
    let address = lab.route.pop3_tls;
    let args: Vec<String> = vec![
        "-sS".into(),
        "-v".into(),
        "--sasl-ir".into(),
        "--resolve".into(),
        lab::pop3_pin(address),
        "--cacert".into(),
        lab.ca_file.display().to_string(),
        "-u".into(),
        format!("{USER}:{PASSWORD}"),
        "-X".into(),
        "STAT".into(),
        "-I".into(),
        format!("pop3s://{POP3_NAME}:{}/", address.port()),
    ];
    let expected = format!("< +OK {} ", lab.message_count);
    Client {
        name: "curl".into(),
        build: Box::new(move || {
            let mut command = Command::new("curl");
            command.args(&args);
            command
        }),
        check: Box::new(move |output| {
            if output.exit_code == Some(0) && output.stderr.contains(&expected) {
                Ok(OwnTimes::new())
            } else {
                Err(format!(
                    "curl exit {:?}, no \"{expected}\" STAT reply: {}",
                    output.exit_code,
                    redact(&output.stderr)
                ))
            }
        }),
    }
}

/// The command curl sends after the login: the very STATUS that mailtriage's IMAP session sends
/// (`crates/core/src/proto/imap/mod.rs`), read-only, nothing selected.
const IMAP_STATUS: &str = "STATUS INBOX (MESSAGES UNSEEN UIDVALIDITY)";

/// curl: IMAP over implicit TLS, AUTHENTICATE PLAIN with the initial response (`--sasl-ir`),
/// `STATUS INBOX (MESSAGES UNSEEN UIDVALIDITY)` as a custom command on the server URL (no
/// mailbox in the URL, so curl sends it as it is, without SELECT), LOGOUT when it closes the
/// connection at exit (not in its `-v` output; Dovecot's log shows "Logged out").
pub fn curl_imap(lab: &Lab) -> Client {
    let address = lab.route.imap_tls;
    let args: Vec<String> = vec![
        "-sS".into(),
        "-v".into(),
        "--sasl-ir".into(),
        "--resolve".into(),
        lab::imap_pin(address),
        "--cacert".into(),
        lab.ca_file.display().to_string(),
        "-u".into(),
        format!("{USER}:{PASSWORD}"),
        "-X".into(),
        IMAP_STATUS.into(),
        format!("imaps://{}/", lab::imap_server(address)),
    ];
    let expected = format!("* STATUS INBOX (MESSAGES {} ", lab.message_count);
    Client {
        name: "curl".into(),
        build: Box::new(move || {
            let mut command = Command::new("curl");
            command.args(&args);
            command
        }),
        check: Box::new(move |output| {
            // The STATUS data reaches stdout, and the command's tagged OK stderr, only when the
            // login worked and STATUS completed.
            let status = output.stdout.lines().any(|l| l.starts_with(&expected));
            let completed = output
                .stderr
                .lines()
                .any(|l| l.starts_with("< A0") && l.contains(" OK Status completed"));
            if output.exit_code == Some(0) && status && completed {
                Ok(OwnTimes::new())
            } else {
                Err(format!(
                    "curl exit {:?}, no \"{expected}\" STATUS data or completion: {}{}",
                    output.exit_code,
                    redact(&output.stdout),
                    redact(&output.stderr)
                ))
            }
        }),
    }
}

/// swaks: SMTP submission with STARTTLS (certificate verified against the test CA), AUTH PLAIN,
/// QUIT (`--quit-after AUTH`).
pub fn swaks_submission(lab: &Lab) -> Client {
    let address = lab.route.submission;
    let args: Vec<String> = vec![
        "--server".into(),
        address.ip().to_string(),
        "--port".into(),
        address.port().to_string(),
        "--helo".into(),
        SWAKS_HELO.into(),
        "--tls".into(),
        "--tls-verify".into(),
        "--tls-ca-path".into(),
        lab.ca_file.display().to_string(),
        "--tls-sni".into(),
        SMTP_NAME.into(),
        "--auth".into(),
        "PLAIN".into(),
        "--auth-user".into(),
        USER.into(),
        "--auth-password".into(),
        PASSWORD.into(),
        "--quit-after".into(),
        "AUTH".into(),
    ];
    Client {
        name: "swaks".into(),
        build: Box::new(move || {
            let mut command = Command::new("swaks");
            command.args(&args);
            command
        }),
        check: Box::new(|output| {
            let authenticated = output.stdout.lines().any(|l| l.contains("<~  235 "));
            let quit = output.stdout.lines().any(|l| l.contains("<~  221 "));
            if output.exit_code == Some(0) && authenticated && quit {
                Ok(OwnTimes::new())
            } else {
                Err(format!(
                    "swaks exit {:?}, AUTH or QUIT not answered over TLS: {}",
                    output.exit_code,
                    redact(&format!("{}{}", output.stdout, output.stderr))
                ))
            }
        }),
    }
}

/// openssl s_client: a bare TLS handshake with the POP3 TLS port, certificate verified.
pub fn openssl_handshake(lab: &Lab) -> Client {
    let address = lab.route.pop3_tls;
    let args: Vec<String> = vec![
        "s_client".into(),
        "-connect".into(),
        address.to_string(),
        "-servername".into(),
        POP3_NAME.into(),
        "-verify_hostname".into(),
        POP3_NAME.into(),
        "-CAfile".into(),
        lab.ca_file.display().to_string(),
        "-verify_return_error".into(),
        "-brief".into(),
    ];
    Client {
        name: "openssl s_client".into(),
        build: Box::new(move || {
            let mut command = Command::new("openssl");
            command.args(&args);
            command
        }),
        check: Box::new(|output| {
            let text = format!("{}{}", output.stdout, output.stderr);
            if output.exit_code == Some(0) && text.contains("Verification: OK") {
                Ok(OwnTimes::new())
            } else {
                Err(format!(
                    "openssl exit {:?}, handshake not verified: {text}",
                    output.exit_code
                ))
            }
        }),
    }
}

/// The transcript lines of every panel of a `check --json` document.
fn json_transcript(json: &Value) -> String {
    let mut out = String::new();
    for panel in json["panels"].as_array().into_iter().flatten() {
        out.push_str(&format!("[{}]\n", panel["panel"].as_str().unwrap_or("?")));
        for line in panel["transcript"].as_array().into_iter().flatten() {
            out.push_str(&format!(
                "{:>8.1} ms  {:<8} {}\n",
                line["offset_ms"].as_f64().unwrap_or(0.0),
                line["dir"].as_str().unwrap_or(""),
                line["text"].as_str().unwrap_or("")
            ));
        }
    }
    out
}

/// Hides the password and the AUTH PLAIN payload.
fn redact(text: &str) -> String {
    let plain = base64::engine::general_purpose::STANDARD.encode(format!("\0{USER}\0{PASSWORD}"));
    text.replace(&plain, "***").replace(PASSWORD, "***")
}

/// The dashboard on both mail panels, in a 200×50 tmux session, read from outside by
/// `benches/dashboard_first_frame.sh`: the run's wall time is the script's, and its own times
/// are the first frame and the complete verdict, from just before the session started.
pub fn dashboard_first_frame(lab: &Lab) -> Client {
    let route = lab.route;
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("benches/dashboard_first_frame.sh")
        .display()
        .to_string();
    let args: Vec<String> = vec![
        script,
        "--size".into(),
        "200x50".into(),
        "--".into(),
        lab.binary.display().to_string(),
        "--pop3".into(),
        lab::pop3_server(route.pop3_tls),
        "--pop3-security".into(),
        "tls".into(),
        "--smtp".into(),
        lab::smtp_server(route.submission),
        "--smtp-security".into(),
        "starttls".into(),
        "--resolve".into(),
        lab::pop3_pin(route.pop3_tls),
        "--resolve".into(),
        lab::smtp_pin(route.submission),
        "--ca-file".into(),
        lab.ca_file.display().to_string(),
        "--user".into(),
        USER.into(),
        "--lang".into(),
        "en".into(),
        "--interval".into(),
        "3600".into(),
    ];
    Client {
        name: "dashboard (tmux 200x50)".into(),
        build: Box::new(move || {
            let mut command = Command::new("bash");
            command.args(&args).env("MAILTRIAGE_PASSWORD", PASSWORD);
            command
        }),
        check: Box::new(|output| {
            let read = |name: &str| {
                output
                    .stdout
                    .lines()
                    .find_map(|l| l.strip_prefix(name)?.strip_prefix('='))
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_millis)
            };
            match (read("first_frame_ms"), read("verdict_ms")) {
                (Some(frame), Some(verdict)) if output.exit_code == Some(0) => {
                    Ok(vec![("first frame", frame), ("complete verdict", verdict)])
                }
                _ => Err(format!(
                    "the dashboard script said: {} {}",
                    output.stdout.trim(),
                    output.stderr.trim()
                )),
            }
        }),
    }
}
