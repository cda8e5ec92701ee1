//! `check --json` and the dashboard tell the same story: the same scripted servers are checked by
//! the real binary and by the dashboard's own path (its `update` fed by the live engine's probe
//! events, the working-settings scan it asks for, and the report `w` saves), and the findings
//! (ids, order, panels, severities, titles, fix steps) and the working settings must be equal.
//!
//! Each scenario gets a loopback address of its own (127.0.23.N), so the working-settings scan's
//! standard ports on it belong to that scenario alone.

mod support;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};
use support::tui as tui_support;

use mailtriage::cli::{Command, PasswordSource};
use mailtriage::finding::Lang;
use mailtriage::lab::{CertKind, Server, Transport};
use mailtriage::model::{Panel, ProbeEvent};
use mailtriage::tui::app::App;
use mailtriage::tui::engine::Engine;
use mailtriage::tui::live_engine::LiveEngine;
use mailtriage::tui::msg::Msg;
use mailtriage::tui::update::{Cmd, update};
use serde_json::Value;
use support::kit::{Kit, pop3, smtp};
use support::*;
use tokio::sync::mpsc;

/// The step deadline every run is given; on loopback nothing waits for it but a stall.
const STEP_TIMEOUT: &str = "5";

// ---------------------------------------------------------------------------------------------
// Scenarios

static NEXT_ADDRESS: AtomicU8 = AtomicU8::new(1);

/// A loopback address of its own, on which each of `ports` is free.
fn own_address(ports: &[u16]) -> Ipv4Addr {
    loop {
        let n = NEXT_ADDRESS.fetch_add(1, Ordering::SeqCst);
        assert!(n < 250, "every loopback address from 127.0.23.1 is taken");
        let ip = Ipv4Addr::new(127, 0, 23, n);
        if ports
            .iter()
            .all(|p| TcpListener::bind(SocketAddr::from((ip, *p))).is_ok())
        {
            return ip;
        }
    }
}

fn listener(ip: Ipv4Addr, port: u16) -> TcpListener {
    TcpListener::bind(SocketAddr::from((ip, port))).expect("bind a loopback port")
}

/// The servers of one scenario and the arguments that check them.
struct Scenario {
    name: &'static str,
    args: Vec<String>,
    password: &'static str,
    /// Dropped before the kit whose runtime serves them.
    _servers: Vec<Server>,
    _kit: Kit,
}

fn side(flag: &str, ip: Ipv4Addr, port: u16, security: &str) -> Vec<String> {
    [
        format!("--{flag}"),
        format!("{SERVER_NAME}:{port}"),
        format!("--{flag}-security"),
        security.to_string(),
        "--resolve".to_string(),
        format!("{SERVER_NAME}:{port}:{ip}"),
    ]
    .to_vec()
}

fn common(kit: &Kit, panels: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "--ca-file",
        &kit.ca_file_arg(),
        "--user",
        USER,
        "--timeout",
        STEP_TIMEOUT,
    ]
    .map(String::from)
    .to_vec();
    for panel in panels {
        args.extend(["--only".to_string(), panel.to_string()]);
    }
    args
}

/// POP3 on implicit TLS and SMTP with STARTTLS, both with valid certificates.
fn healthy_pair() -> Scenario {
    let kit = Kit::new();
    let ip = own_address(&[]);
    let pop3 = kit.start_on(
        listener(ip, 0),
        pop3(Transport::ImplicitTls(CertKind::Valid)),
    );
    let smtp = kit.start_on(listener(ip, 0), smtp(Transport::Starttls(CertKind::Valid)));
    let mut args = side("pop3", ip, pop3.port(), "tls");
    args.extend(side("smtp", ip, smtp.port(), "starttls"));
    args.extend(common(&kit, &["incoming", "outgoing"]));
    Scenario {
        name: "healthy pair",
        args,
        password: PASSWORD,
        _servers: vec![pop3, smtp],
        _kit: kit,
    }
}

/// POP3 configured on a refused port; SSL/TLS on 995 of the same server works.
fn refused_port_with_working_neighbour() -> Scenario {
    let kit = Kit::new();
    let ip = own_address(&[995]);
    let neighbour = kit.start_on(
        listener(ip, 995),
        pop3(Transport::ImplicitTls(CertKind::Valid)),
    );
    let refused = {
        let l = listener(ip, 0);
        l.local_addr().expect("listener address").port()
    };
    let mut args = side("pop3", ip, refused, "tls");
    args.extend(common(&kit, &["incoming"]));
    Scenario {
        name: "refused port, neighbour works",
        args,
        password: PASSWORD,
        _servers: vec![neighbour],
        _kit: kit,
    }
}

/// Both servers healthy, the password wrong.
fn wrong_password() -> Scenario {
    Scenario {
        name: "wrong password",
        password: "not-the-password",
        ..healthy_pair()
    }
}

/// SMTP with STARTTLS whose certificate expired.
fn expired_certificate() -> Scenario {
    let kit = Kit::new();
    let ip = own_address(&[]);
    let smtp = kit.start_on(
        listener(ip, 0),
        smtp(Transport::Starttls(CertKind::Expired)),
    );
    let mut args = side("smtp", ip, smtp.port(), "starttls");
    args.extend(common(&kit, &["outgoing"]));
    Scenario {
        name: "expired certificate",
        args,
        password: PASSWORD,
        _servers: vec![smtp],
        _kit: kit,
    }
}

/// POP3 spoken in plain text to a port that expects TLS at once.
fn plain_text_to_a_tls_port() -> Scenario {
    let kit = Kit::new();
    let ip = own_address(&[]);
    let pop3 = kit.start_on(
        listener(ip, 0),
        pop3(Transport::ImplicitTls(CertKind::Valid)),
    );
    let mut args = side("pop3", ip, pop3.port(), "none");
    args.extend(common(&kit, &["incoming"]));
    Scenario {
        name: "plain text to a TLS port",
        args,
        password: PASSWORD,
        _servers: vec![pop3],
        _kit: kit,
    }
}

// ---------------------------------------------------------------------------------------------
// The two paths

fn check_json(scenario: &Scenario) -> Value {
    let out = run::run_check(&scenario.args, Some(scenario.password));
    assert!(
        out.json.is_object(),
        "{}: check printed no JSON\n{}",
        scenario.name,
        out.describe()
    );
    out.json
}

/// The password handed over in [`run::PASSWORD_VAR`], as the binary gets it.
struct Handed(&'static str);

impl PasswordSource for Handed {
    fn env(&self, var: &str) -> Option<String> {
        (var == run::PASSWORD_VAR).then(|| self.0.to_string())
    }
    fn prompt(&self, _: &str) -> Option<String> {
        None
    }
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// What the dashboard shows and saves for the scenario: its `update` driven as its loop drives
/// it, with the live engine carrying out the commands.
struct Dashboard {
    findings: Value,
    working_settings: Value,
    saved: Value,
    screen: String,
}

fn dashboard(scenario: &Scenario, runtime: &tokio::runtime::Runtime) -> Dashboard {
    let mut argv = vec!["mailtriage".to_string(), "check".to_string()];
    argv.extend(scenario.args.iter().cloned());
    // As the binary is run: the password handed over in a variable it is told about.
    argv.extend(["--password-env".to_string(), run::PASSWORD_VAR.to_string()]);
    let cli = mailtriage::cli::parse_from(argv).unwrap_or_else(|_| panic!("{}", scenario.name));
    let Some(Command::Check(check)) = cli.command else {
        panic!("{}: not a check", scenario.name);
    };
    let mut plan = check
        .account
        .to_plan(&Handed(scenario.password))
        .expect("the plan");
    // The dashboard runs the plan's panels; `check --only` runs the same ones.
    plan.panels = check.only.iter().map(|p| Panel::from(*p)).collect();
    plan.panels.sort();

    let engine = LiveEngine::new();
    let mut app = App::new(Some(plan), tui_support::config(Lang::En));
    let mut queue = vec![Msg::Start { at_ms: now_ms() }];
    let mut saved = None;
    while let Some(msg) = queue.pop() {
        for cmd in update(&mut app, msg) {
            match cmd {
                Cmd::Probe { run, plan, scope } => {
                    let (tx, mut rx) = mpsc::channel::<ProbeEvent>(256);
                    let events = runtime.block_on(async {
                        let probe = engine.probe(Arc::clone(&plan), plan.panels.clone(), scope, tx);
                        let collect = async {
                            let mut events = Vec::new();
                            while let Some(event) = rx.recv().await {
                                events.push((event, now_ms()));
                            }
                            events
                        };
                        tokio::join!(probe, collect).1
                    });
                    // Delivered in order, then the end of the run.
                    queue.push(Msg::RunFinished {
                        run,
                        at_ms: now_ms(),
                    });
                    for (event, at_ms) in events.into_iter().rev() {
                        queue.push(Msg::Probe { run, event, at_ms });
                    }
                }
                Cmd::FindWorkingSettings { run, plan, sides } => {
                    let panels = sides.iter().map(|p| plan.panel_of(*p)).collect();
                    let alternatives = runtime.block_on(engine.working_settings(plan, sides));
                    queue.push(Msg::WorkingSettings {
                        run,
                        panels,
                        alternatives,
                    });
                }
                Cmd::SaveReport { outcome, plan } => {
                    let dir = tempfile::tempdir().expect("temporary folder");
                    let files = engine
                        .save_report(&outcome, &plan, dir.path())
                        .expect("report saved");
                    let json = std::fs::read_to_string(files.json).expect("json");
                    saved = Some(serde_json::from_str::<Value>(&json).expect("saved JSON"));
                }
                other => panic!("{}: unexpected {other:?}", scenario.name),
            }
        }
        if queue.is_empty() && saved.is_none() {
            queue.push(tui_support::ch('w'));
        }
    }
    let screen = {
        let terminal = tui_support::draw(&mut app, 200, 90);
        let buffer = terminal.backend().buffer();
        let width = buffer.area.width as usize;
        let cells: Vec<&str> = buffer.content.iter().map(|c| c.symbol()).collect();
        cells
            .chunks(width)
            .map(|row| row.concat().trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    Dashboard {
        findings: serde_json::to_value(&app.findings).expect("findings"),
        working_settings: serde_json::to_value(&app.working_settings).expect("settings"),
        saved: saved.expect("`w` saved a report"),
        screen,
    }
}

/// What must agree: each finding's id, panel, severity, title and fix steps, in order.
fn comparable(findings: &Value) -> Vec<Value> {
    findings
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            serde_json::json!({
                "id": f["id"],
                "panel": f["panel"],
                "severity": f["severity"],
                "title": f["title"],
                "fix": f["fix"],
            })
        })
        .collect()
}

fn ids(findings: &Value) -> Vec<String> {
    findings
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["id"].as_str().map(String::from))
        .collect()
}

/// Runs the scenario both ways and compares; returns the check document.
fn same_story(scenario: Scenario, runtime: &tokio::runtime::Runtime) -> (Value, Dashboard) {
    let doc = check_json(&scenario);
    let dash = dashboard(&scenario, runtime);
    let name = scenario.name;
    let check_findings = comparable(&doc["findings"]);
    assert_eq!(
        comparable(&dash.findings),
        check_findings,
        "{name}: the dashboard's findings differ from check --json\ncheck: {:?}\ndashboard: {:?}",
        ids(&doc["findings"]),
        ids(&dash.findings)
    );
    assert_eq!(
        dash.working_settings, doc["working_settings"],
        "{name}: the dashboard's working settings differ"
    );
    assert_eq!(
        comparable(&dash.saved["findings"]),
        check_findings,
        "{name}: the saved report's findings differ from check --json"
    );
    assert_eq!(
        dash.saved["working_settings"], doc["working_settings"],
        "{name}: the saved report's working settings differ"
    );
    assert_eq!(
        dash.saved["status"], doc["status"],
        "{name}: the saved report's status differs"
    );
    (doc, dash)
}

#[test]
fn check_and_the_dashboard_agree_on_every_scenario() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");

    let (doc, _) = same_story(healthy_pair(), &runtime);
    assert_eq!(doc["status"], "ok", "{}", summary(&doc));

    let (doc, dash) = same_story(refused_port_with_working_neighbour(), &runtime);
    assert!(ids(&doc["findings"]).contains(&"tcp-refused".to_string()));
    let settings = doc["working_settings"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        settings
            .iter()
            .any(|s| s["port"] == 995 && s["security"] == "tls" && s["panel"] == "incoming"),
        "the working SSL/TLS port is not named: {}",
        doc["working_settings"]
    );
    // Shown as `check`'s text shows it: as the first fix step, and as a line of its own.
    assert!(
        dash.screen
            .contains("Tested just now: port 995 with SSL/TLS works"),
        "{}",
        dash.screen
    );
    assert!(
        dash.screen.contains(&format!(
            "Works instead (Incoming (POP3)): {SERVER_NAME}:995 SSL/TLS"
        )),
        "{}",
        dash.screen
    );

    let (doc, _) = same_story(wrong_password(), &runtime);
    assert!(ids(&doc["findings"]).contains(&"auth-failed".to_string()));

    let (doc, _) = same_story(expired_certificate(), &runtime);
    assert!(ids(&doc["findings"]).contains(&"cert-expired".to_string()));

    let (doc, _) = same_story(plain_text_to_a_tls_port(), &runtime);
    assert!(ids(&doc["findings"]).contains(&"plaintext-on-tls-port".to_string()));
}

// ---------------------------------------------------------------------------------------------
// When the dashboard looks for working settings

/// The incoming server of [`tui_support::plan`] refusing the connection.
fn refused_incoming() -> Vec<ProbeEvent> {
    use mailtriage::model::{EventKind, Evidence, IoFailure, StepKind, StepRecord, StepStatus};
    [
        EventKind::PanelStarted {
            server: None,
            security: None,
        },
        EventKind::StepFinished(StepRecord {
            step: StepKind::Tcp,
            target: None,
            status: StepStatus::Failed,
            elapsed_ms: 1.0,
            detail: "connection refused".into(),
            evidence: Some(Evidence::Io {
                failure: IoFailure::Refused,
                message: "connection refused".into(),
            }),
        }),
        EventKind::PanelFinished { elapsed_ms: 1.0 },
    ]
    .into_iter()
    .map(|kind| ProbeEvent {
        panel: Panel::Incoming,
        kind,
    })
    .collect()
}

fn working_110() -> mailtriage::working_settings::Alternatives {
    mailtriage::working_settings::Alternatives {
        settings: vec![mailtriage::working_settings::WorkingSetting {
            panel: Panel::Incoming,
            host: "pop.example.org".into(),
            port: 110,
            security: mailtriage::account::Security::Starttls,
        }],
        ..Default::default()
    }
}

/// Feed one run's events and its end; return the commands they asked for.
fn finish(app: &mut App, run: u64, events: Vec<ProbeEvent>, at_ms: i64) -> Vec<Cmd> {
    let mut cmds = Vec::new();
    for event in events {
        cmds.extend(update(app, Msg::Probe { run, event, at_ms }));
    }
    cmds.extend(update(app, Msg::RunFinished { run, at_ms }));
    cmds
}

fn asked_for_working_settings(cmds: &[Cmd]) -> Option<u64> {
    cmds.iter().find_map(|c| match c {
        Cmd::FindWorkingSettings { run, .. } => Some(*run),
        _ => None,
    })
}

#[test]
fn the_dashboard_looks_for_working_settings_after_a_failed_connection() {
    let mut app = tui_support::app_with_plan();
    let run = tui_support::probe_run(&update(
        &mut app,
        Msg::Start {
            at_ms: tui_support::T0,
        },
    ))
    .expect("a full check");
    let cmds = finish(&mut app, run, refused_incoming(), tui_support::T0);
    assert_eq!(asked_for_working_settings(&cmds), Some(run), "{cmds:?}");
    assert!(app.working_settings.is_empty());

    // An answer for another run is not this one's.
    update(
        &mut app,
        Msg::WorkingSettings {
            run: run + 100,
            panels: vec![Panel::Incoming],
            alternatives: working_110(),
        },
    );
    assert!(app.working_settings.is_empty());

    update(
        &mut app,
        Msg::WorkingSettings {
            run,
            panels: vec![Panel::Incoming],
            alternatives: working_110(),
        },
    );
    assert_eq!(app.working_settings, working_110().settings);
    let refused = app
        .findings
        .iter()
        .find(|f| f.id == "tcp-refused")
        .expect("the refused port is named");
    assert!(
        refused.fix[0].contains("port 110 with STARTTLS works on pop.example.org"),
        "{:?}",
        refused.fix
    );

    // The saved report carries them.
    let cmds = update(&mut app, tui_support::ch('w'));
    let Some(Cmd::SaveReport { outcome, .. }) = cmds.first() else {
        panic!("w saves a report: {cmds:?}");
    };
    assert_eq!(outcome.working_settings, working_110().settings);
    assert_eq!(outcome.findings, app.findings);
}

#[test]
fn the_scan_for_a_failed_side_starts_when_its_panel_ends_not_when_the_run_does() {
    let mut app = tui_support::app_with_plan();
    let run = tui_support::probe_run(&update(
        &mut app,
        Msg::Start {
            at_ms: tui_support::T0,
        },
    ))
    .expect("a full check");
    let mut asked = Vec::new();
    for event in refused_incoming() {
        asked.extend(update(
            &mut app,
            Msg::Probe {
                run,
                event,
                at_ms: tui_support::T0,
            },
        ));
    }
    // The run has not ended (the outgoing panel still runs), yet the scan is asked for.
    assert!(app.active.is_some());
    let sides: Vec<_> = asked
        .iter()
        .filter_map(|c| match c {
            Cmd::FindWorkingSettings { run: r, sides, .. } if *r == run => Some(sides.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        sides,
        vec![vec![mailtriage::account::Protocol::Pop3]],
        "{asked:?}"
    );
    // The finding is on screen already, and the end of the run does not ask again.
    assert!(app.findings.iter().any(|f| f.id == "tcp-refused"));
    let at_end = update(
        &mut app,
        Msg::RunFinished {
            run,
            at_ms: tui_support::T0,
        },
    );
    assert_eq!(asked_for_working_settings(&at_end), None, "{at_end:?}");
    update(
        &mut app,
        Msg::WorkingSettings {
            run,
            panels: vec![Panel::Incoming],
            alternatives: working_110(),
        },
    );
    assert_eq!(app.working_settings, working_110().settings);
    assert_eq!(app.looking_for_working, None);
}

#[test]
fn a_connection_recheck_does_not_scan_again_for_a_side_already_looked_at() {
    let mut app = tui_support::app_with_plan();
    let at = tui_support::T0;
    let run = tui_support::probe_run(&update(&mut app, Msg::Start { at_ms: at })).expect("run");
    finish(&mut app, run, refused_incoming(), at);
    update(
        &mut app,
        Msg::WorkingSettings {
            run,
            panels: vec![Panel::Incoming],
            alternatives: working_110(),
        },
    );
    let due = app.next_due_ms.expect("a re-check is scheduled");
    let cmds = update(&mut app, Msg::IntervalDue { at_ms: due });
    let recheck = tui_support::probe_run(&cmds).expect("a connection re-check");
    let cmds = finish(&mut app, recheck, refused_incoming(), due);
    assert_eq!(asked_for_working_settings(&cmds), None, "{cmds:?}");
    assert_eq!(app.working_settings, working_110().settings);

    // A full re-check asks again, as `check` would.
    let cmds = update(&mut app, tui_support::ch('r'));
    let full = tui_support::probe_run(&cmds).expect("a full re-check");
    let cmds = finish(&mut app, full, refused_incoming(), due + 1000);
    assert_eq!(asked_for_working_settings(&cmds), Some(full), "{cmds:?}");
}
