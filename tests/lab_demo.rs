//! `mailtriage demo`: every scenario, run through the real binary's `demo SCENARIO -- check
//! --json`, gives the findings a technician expects, on the expected panels, with the expected
//! exit code, without ever showing the password or looking anything up; and the list and the
//! mistakes read right in English and Spanish.

mod support;

use std::process::Command;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::Value;
use support::run::{self, Run};

const BIN: &str = env!("CARGO_BIN_EXE_mailtriage");

/// Scenario → the findings (id, panel), most important first, and the exit code.
type Row = (&'static str, &'static [(&'static str, &'static str)], i32);

const TABLE: &[Row] = &[
    ("healthy", &[], 0),
    ("imap-healthy", &[], 0),
    (
        "receive-ok-send-fails",
        // The SMTP refusal is told as this one: the same password logged in to POP3.
        &[("receive-ok-send-fails", "outgoing")],
        1,
    ),
    (
        "tls-on-starttls-port",
        &[("tls-on-plaintext-port", "incoming")],
        1,
    ),
    (
        "starttls-on-tls-port",
        &[
            ("plaintext-on-tls-port", "outgoing"),
            ("receive-ok-send-fails", "outgoing"),
        ],
        1,
    ),
    (
        "swapped-ports",
        &[
            ("wrong-protocol-on-port", "incoming"),
            ("wrong-protocol-on-port", "outgoing"),
        ],
        1,
    ),
    ("cert-expired", &[("cert-expired", "incoming")], 1),
    (
        "cert-wrong-name",
        &[
            ("cert-hostname-mismatch", "outgoing"),
            ("receive-ok-send-fails", "outgoing"),
        ],
        1,
    ),
    (
        "app-password",
        &[
            ("auth-app-password-required", "incoming"),
            ("auth-app-password-required", "outgoing"),
        ],
        1,
    ),
    (
        "basic-auth-disabled",
        &[
            ("auth-basic-disabled", "outgoing"),
            ("receive-ok-send-fails", "outgoing"),
        ],
        1,
    ),
    ("pop3-disabled", &[("pop3-disabled", "incoming")], 1),
    ("imap-disabled", &[("imap-disabled", "incoming")], 1),
    (
        "pop3-works-imap-disabled",
        &[("imap-disabled", "imap-beside")],
        1,
    ),
    ("mailbox-locked", &[("mailbox-in-use", "incoming")], 1),
    (
        "silent-server",
        &[
            ("server-not-responding", "outgoing"),
            ("receive-ok-send-fails", "outgoing"),
        ],
        1,
    ),
];

/// The demonstration account's password (public, built in) in every form it travels in.
fn password_forms() -> Vec<String> {
    let (user, password) = (
        mailtriage::lab::scenarios::DEMO_USER,
        mailtriage::lab::scenarios::DEMO_PASSWORD,
    );
    vec![
        password.to_string(),
        BASE64.encode(password),
        BASE64.encode(format!("\0{user}\0{password}")),
    ]
}

fn demo(args: &[&str], lang: &str) -> Run {
    let mut command = Command::new(BIN);
    command
        .arg("demo")
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("MAILTRIAGE_PASSWORD");
    let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
    out.assert_ended(&format!("mailtriage demo {args:?}"));
    out
}

fn check_row(name: &str, expected: &[(&str, &str)], exit: i32) -> Result<(), String> {
    let out = demo(&[name, "--", "check", "--json"], "C");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let json: Value =
        serde_json::from_str(&stdout).map_err(|e| format!("{name}: not JSON ({e}): {stdout}"))?;
    let found: Vec<(String, String)> = json["findings"]
        .as_array()
        .ok_or(format!("{name}: no findings array"))?
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap_or("").to_string(),
                f["panel"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(i, p)| (i.to_string(), p.to_string()))
        .collect();
    if found != want {
        return Err(format!("{name}: findings {found:?}, expected {want:?}"));
    }
    if out.code != Some(exit) {
        return Err(format!("{name}: exit {:?}, expected {exit}", out.code));
    }
    // The `imap-` scenarios check an IMAP server, the others a POP3 one.
    let want_protocol = if name.starts_with("imap-") {
        "imap"
    } else {
        "pop3"
    };
    let incoming = json["panels"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["panel"] == "incoming");
    let spoken = incoming
        .map(|p| p["protocol"].clone())
        .unwrap_or(Value::Null);
    if spoken != want_protocol {
        return Err(format!("{name}: the incoming panel speaks {spoken}"));
    }
    for form in password_forms() {
        if stdout.contains(&form) {
            return Err(format!("{name}: the password shows in the output"));
        }
    }
    // Nothing was looked up or reached beyond this machine: the network panel only read the
    // routes and proxies, and found the servers by their pins.
    for panel in json["panels"].as_array().into_iter().flatten() {
        for step in panel["steps"].as_array().into_iter().flatten() {
            let kind = step["step"].as_str().unwrap_or("");
            let detail = step["detail"].as_str().unwrap_or("");
            if panel["panel"] == "network" && !["route", "proxy", "dns", "tcp"].contains(&kind) {
                return Err(format!("{name}: the network panel ran a {kind} check"));
            }
            if kind == "dns" && !detail.contains("pinned") {
                return Err(format!("{name}: a look-up that was not pinned: {detail}"));
            }
            let target = step["target"].as_str().unwrap_or("");
            if kind == "tcp" && !format!("{target} {detail}").contains("127.0.0.1:") {
                return Err(format!("{name}: a connection elsewhere: {target} {detail}"));
            }
        }
    }
    for address in json["panels"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["server"]["address"].as_str())
    {
        if !address.starts_with("127.0.0.1:") {
            return Err(format!("{name}: a server at {address}"));
        }
    }
    Ok(())
}

#[test]
fn every_scenario_gives_the_expected_findings_through_the_real_binary() {
    let rows: Vec<_> = TABLE
        .iter()
        .map(|&(name, expected, exit)| std::thread::spawn(move || check_row(name, expected, exit)))
        .collect();
    let failures: Vec<String> = rows
        .into_iter()
        .filter_map(|r| r.join().expect("row thread").err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_table_covers_every_listed_scenario() {
    let out = demo(&["--list"], "C");
    assert_eq!(out.code, Some(0));
    let listed: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    let tabled: Vec<String> = TABLE.iter().map(|r| r.0.to_string()).collect();
    assert_eq!(listed, tabled);
}

#[test]
fn the_list_speaks_the_locale_and_spanish_uses_tu() {
    let en = String::from_utf8_lossy(&demo(&["--list"], "en_GB.UTF-8").stdout).to_string();
    let es = String::from_utf8_lossy(&demo(&["--list"], "es_ES.UTF-8").stdout).to_string();
    assert!(en.starts_with("Demonstration scenarios"), "{en}");
    assert!(es.starts_with("Escenarios de demostración"), "{es}");
    assert_eq!(en.lines().count(), TABLE.len() + 1);
    assert_eq!(es.lines().count(), TABLE.len() + 1);
    assert!(
        es.lines()
            .any(|l| l.trim_start().starts_with("swapped-ports ")
                && l.trim_end()
                    .ends_with("los puertos de entrada y de salida están intercambiados")),
        "{es}"
    );
    for formal in ["usted", "su ", "Su "] {
        assert!(!es.contains(formal), "{formal}: {es}");
    }
    let forced =
        String::from_utf8_lossy(&demo(&["--list", "--lang", "es"], "C").stdout).to_string();
    assert_eq!(forced, es);
}

#[test]
fn the_headless_check_prints_text_and_speaks_spanish_when_asked() {
    let out = demo(&["--", "check"], "C");
    assert_eq!(out.code, Some(0), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("pop.demo.localhost"), "{text}");
    let out = demo(&["mailbox-locked", "--", "check", "--lang", "es"], "C");
    assert_eq!(out.code, Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[IN-USE] Mailbox is locked"), "{text}");
    assert!(
        text.contains("El buzón está ocupado por otro dispositivo"),
        "{text}"
    );
    assert!(!text.contains("The mailbox is busy"), "{text}");
}

#[test]
fn mistakes_are_one_line_usage_errors() {
    for (args, says) in [
        (
            &["no-such-scenario"][..],
            "unknown scenario 'no-such-scenario'",
        ),
        (&["healthy", "--", "scan"], "after -- only 'check'"),
        (
            &["healthy", "--", "check", "--pop3", "h"],
            "after -- only 'check'",
        ),
        (&["--lang", "fr"], "--lang"),
    ] {
        let out = demo(args, "C");
        assert_eq!(out.code, Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
    let out = demo(&["no\x1b[2Jsuch"], "es_ES.UTF-8");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no hay ningún escenario"), "{err}");
    assert!(
        !err.contains('\x1b'),
        "terminal escapes reach the screen: {err:?}"
    );
}

#[test]
fn the_title_bar_calls_the_servers_demonstration_ones_only_while_they_are() {
    use mailtriage::lab::demo::{Demo, is_demo_plan};
    let demo = Demo::start(mailtriage::lab::scenarios::find("healthy").unwrap()).unwrap();
    assert!(is_demo_plan(&demo.plan));
    assert!(
        demo.plan.extra_ca_pem.is_some(),
        "the kit CA is trusted in memory"
    );
    assert!(
        demo.plan.resolve.iter().all(|r| r.addr.is_loopback()),
        "{:?}",
        demo.plan.resolve
    );
    let mut edited = demo.plan.clone();
    edited.outgoing.as_mut().unwrap().host = "smtp.gmail.com".into();
    assert!(!is_demo_plan(&edited), "edited to a real server");
    let mut none = demo.plan.clone();
    (none.incoming, none.outgoing) = (None, None);
    assert!(!is_demo_plan(&none));
}
