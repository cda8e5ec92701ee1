//! New settings always re-run the full check, login included, exactly once; a panel is `ok` only
//! when every step its settings call for ran with those settings and passed; the interval's
//! connection checks never log in.
//!
//! First `update` fed with messages, then the real binary in tmux against scripted servers on
//! 127.0.0.1 that refuse the password, counting every password they are sent.

mod support;

use std::path::Path;
use support::tui as tui_support;
use support::tui_tmux as tui_tmux_support;

use mailtriage::account::{Protocol, Security};
use mailtriage::finding::Lang;
use mailtriage::lab::Server;
use mailtriage::model::{EventKind, Panel, ProbeEvent, StepKind, StepStatus};
use mailtriage::tui::app::{App, Overlay, ProbeScope};
use mailtriage::tui::engine::ScanRow;
use mailtriage::tui::form::Field;
use mailtriage::tui::msg::Msg;
use mailtriage::tui::update::{Cmd, update};
use ratatui::crossterm::event::KeyCode;
use tui_support::*;
use tui_tmux_support::lab_servers::{Servers, shown};
use tui_tmux_support::screen::{Boxed, Screen};
use tui_tmux_support::tmux::{Launch, Tmux};

// ---------------------------------------------------------------------------------------------
// update

fn scopes(cmds: &[Cmd]) -> Vec<ProbeScope> {
    cmds.iter()
        .filter_map(|c| match c {
            Cmd::Probe { scope, .. } => Some(*scope),
            _ => None,
        })
        .collect()
}

fn step_of(kind: &EventKind) -> Option<StepKind> {
    match kind {
        EventKind::StepStarted { step, .. } => Some(*step),
        EventKind::StepFinished(record) => Some(record.step),
        _ => None,
    }
}

/// What a connection check of the failing account sends: the steps before the login only.
fn connection_only(events: Vec<ProbeEvent>) -> Vec<ProbeEvent> {
    events
        .into_iter()
        .filter(|e| step_of(&e.kind).is_none_or(|k| k.chain_order() < 6))
        .collect()
}

/// Open the editor, let `edit` change the form, press Enter.
fn edit_and_apply(app: &mut App, edit: impl FnOnce(&mut App)) -> Vec<Cmd> {
    update(app, ch('e'));
    assert!(
        matches!(app.overlay, Overlay::Editor(_)),
        "e opens the editor"
    );
    edit(app);
    update(app, key(KeyCode::Enter))
}

fn focus_field(app: &mut App, field: Field) {
    let Overlay::Editor(form) = &mut app.overlay else {
        panic!("the editor is open");
    };
    form.focus = field;
}

/// The failed account, then every way of applying settings: each asks for exactly one full run,
/// login included.
#[test]
fn every_way_of_applying_settings_runs_the_login_once() {
    type Apply = fn(&mut App) -> Vec<Cmd>;
    let ways: [(&str, Apply); 5] = [
        ("edit the port", |app| {
            edit_and_apply(app, |app| {
                focus_field(app, Field::OutgoingPort);
                update(app, ctrl('u'));
                type_text(app, "465");
            })
        }),
        ("retype the same password", |app| {
            edit_and_apply(app, |app| {
                focus_field(app, Field::Password);
                update(app, ctrl('u'));
                type_text(app, "correct horse");
            })
        }),
        ("change nothing", |app| edit_and_apply(app, |_| {})),
        ("pick a provider", |app| {
            update(app, ch('c'));
            update(app, key(KeyCode::Enter));
            update(app, key(KeyCode::Enter))
        }),
        ("apply a scan row", |app| {
            update(app, ch('3'));
            update(app, ch('s'));
            update(
                app,
                Msg::ScanFinished {
                    protocol: Protocol::Smtp,
                    result: Ok(vec![ScanRow {
                        port: 465,
                        security: Security::Tls,
                        status: StepStatus::Ok,
                        verdict: mailtriage::port_scan::Verdict::Works,
                        recommended: true,
                        detail: "220 smtp.example.org ESMTP".into(),
                    }]),
                },
            );
            update(app, key(KeyCode::Enter))
        }),
    ];
    for (name, apply) in ways {
        let mut app = app_after(failing_events());
        assert!(app.login_held(), "{name}");
        let before = app.plan.clone().unwrap();
        let cmds = apply(&mut app);
        assert_eq!(scopes(&cmds), [ProbeScope::Full], "{name}");
        assert!(
            !std::sync::Arc::ptr_eq(app.plan.as_ref().unwrap(), &before),
            "{name}: new settings"
        );
        assert!(matches!(app.overlay, Overlay::None), "{name}");
        // Nothing of the old settings is on screen while the new check runs.
        assert!(app.runs.view().panels.is_empty(), "{name}");
        assert!(app.findings.is_empty(), "{name}");
        assert!(!app.login_held(), "{name}: the login is being tried");
        // The check fails again: red, and held again.
        let run = probe_run(&cmds).unwrap();
        let end = feed_run(&mut app, run, failing_events(), T0 + 100_000);
        assert!(app.login_held(), "{name}");
        let incoming = app.runs.panel(Panel::Incoming).unwrap();
        assert_eq!(incoming.report.status, StepStatus::Failed, "{name}");
        // The interval goes back to connection checks only.
        let cmds = update(
            &mut app,
            Msg::IntervalDue {
                at_ms: end + 30_000,
            },
        );
        assert_eq!(scopes(&cmds), [ProbeScope::Connection], "{name}");
    }
}

/// A connection check of the old settings is still under way when the person presses Enter:
/// its results never show up as those of the new settings.
#[test]
fn a_connection_check_of_the_old_settings_never_stands_in_for_the_new_login() {
    let mut app = app_after(failing_events());
    let end = app.last_run_end_ms.unwrap();
    let old = probe_run(&update(
        &mut app,
        Msg::IntervalDue {
            at_ms: end + 30_000,
        },
    ))
    .unwrap();
    let cmds = edit_and_apply(&mut app, |_| {});
    assert!(
        cmds.iter()
            .any(|c| matches!(c, Cmd::Cancel(id) if *id == old))
    );
    assert_eq!(scopes(&cmds), [ProbeScope::Full]);
    let full = probe_run(&cmds).unwrap();
    // The old check's events arrive late: dropped.
    feed_run(
        &mut app,
        old,
        connection_only(healthy_events()),
        end + 30_000,
    );
    assert!(app.runs.view().panels.is_empty());
    assert_eq!(app.active.map(|a| a.id), Some(full));
    // The new full check decides.
    feed_run(&mut app, full, failing_events(), end + 31_000);
    let incoming = app.runs.panel(Panel::Incoming).unwrap();
    assert_eq!(incoming.report.status, StepStatus::Failed);
    assert!(
        incoming
            .report
            .steps
            .iter()
            .any(|s| s.step == StepKind::Login && s.status == StepStatus::Failed)
    );
}

/// A server that was down when the full check ran comes back: the connection check passes, but
/// the login never ran with these settings, so the panel is not `ok` and says so.
#[test]
fn a_server_that_comes_back_is_not_ok_until_the_login_ran() {
    let mut down = failing_events();
    for event in &mut down {
        if event.panel == Panel::Incoming
            && let EventKind::StepFinished(record) = &mut event.kind
            && record.step == StepKind::Tcp
        {
            record.status = StepStatus::Failed;
        }
    }
    let down: Vec<ProbeEvent> = down
        .into_iter()
        .filter(|e| {
            e.panel != Panel::Incoming || step_of(&e.kind).is_none_or(|k| k.chain_order() <= 1)
        })
        .collect();
    let mut app = app_after(down);
    let end = app.last_run_end_ms.unwrap();
    let run = probe_run(&update(
        &mut app,
        Msg::IntervalDue {
            at_ms: end + 30_000,
        },
    ))
    .unwrap();
    feed_run(
        &mut app,
        run,
        connection_only(healthy_events()),
        end + 30_000,
    );
    let incoming = app.runs.panel(Panel::Incoming).unwrap();
    assert!(incoming.login_unchecked);
    assert_ne!(incoming.report.status, StepStatus::Ok);
    let screen: String = {
        let terminal = draw(&mut app, 200, 50);
        terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect()
    };
    let squeezed = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        squeezed.contains("login not checked with these settings yet"),
        "{squeezed}"
    );
    assert!(!squeezed.contains("No problems found"), "{squeezed}");

    let mut es = App::new(Some(plan()), config(Lang::Es));
    std::mem::swap(&mut es.runs, &mut app.runs);
    let terminal = draw(&mut es, 200, 50);
    let screen: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    let squeezed = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(squeezed.contains("acceso aún sin comprobar"), "{squeezed}");
}

// ---------------------------------------------------------------------------------------------
// The real binary in tmux

const USER: &str = "bob";
const PASSWORD: &str = "Hunter2-correct";
const WRONG_PASSWORD: &str = "Hunter2-wrong";

fn binary() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_mailtriage"))
}

fn servers() -> Servers {
    Servers::start(USER, PASSWORD)
}

fn account_args(pop3_port: u16, smtp_port: u16, interval: &str) -> Vec<String> {
    let pop3 = format!("127.0.0.1:{pop3_port}");
    let smtp = format!("127.0.0.1:{smtp_port}");
    [
        "--pop3",
        &pop3,
        "--pop3-security",
        "none",
        "--allow-plaintext-auth",
        "--user",
        USER,
        "--smtp",
        &smtp,
        "--smtp-security",
        "none",
        "--timeout",
        "2",
        "--lang",
        "en",
        "--interval",
        interval,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn boxed(screen: &Screen, title: &str) -> Result<Boxed, String> {
    screen
        .boxed(title)
        .ok_or_else(|| format!("no box titled {title:?}"))
}

fn logs(servers: &[&Server]) -> String {
    servers
        .iter()
        .map(|s| format!("server on {} saw:\n{}", s.port(), shown(s.log())))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A wide screen where both mail panels show a failed login, the hints explain it and nothing
/// says the account is fine.
fn check_refused_wide(s: &Screen, smtp_port: u16) -> Result<(), String> {
    let incoming = boxed(s, "Incoming (POP3)")?;
    incoming.check_steps(&["login"], "failed")?;
    let outgoing = boxed(s, &format!("Outgoing (SMTP) · 127.0.0.1:{smtp_port} none"))?;
    match outgoing.lines.first() {
        Some(line) if line.starts_with("✗ failed") => {}
        other => return Err(format!("outgoing status line is {other:?}")),
    }
    outgoing.check_steps(&["login"], "failed")?;
    let hints = boxed(s, "Hints (all panels)")?;
    if !hints
        .flat()
        .contains("The server rejected the user name or password")
    {
        return Err("the hints do not explain the refused password".into());
    }
    if s.contains("No problems found") || s.contains("✓ ok   login") {
        return Err("something says the login is fine".into());
    }
    Ok(())
}

fn start_refused(name: &str, columns: u16, rows: u16, servers: &Servers, interval: &str) -> Tmux {
    Tmux::start(Launch {
        name,
        columns,
        rows,
        program: binary(),
        args: account_args(servers.pop3.port(), servers.smtp.port(), interval),
        password: WRONG_PASSWORD,
    })
}

/// Open the editor, put the cursor on the outgoing port (Tab from the outgoing host), replace it.
fn edit_outgoing_port(tmux: &Tmux, old: u16, new: u16) {
    tmux.type_text("3");
    tmux.type_text("e");
    tmux.wait_for("the settings form", |s| {
        boxed(s, "Account settings")?;
        Ok(())
    });
    tmux.keys(&["Tab"]);
    tmux.wait_for("the cursor on the outgoing port", |s| {
        let form = boxed(s, "Account settings")?;
        if form.flat().contains(&format!("port {old}_")) {
            Ok(())
        } else {
            Err("the cursor is not on the outgoing port".into())
        }
    });
    tmux.keys(&["C-u"]);
    tmux.type_text(&new.to_string());
    tmux.wait_for("the new port typed in", |s| {
        let form = boxed(s, "Account settings")?;
        if form.flat().contains(&format!("port {new}_")) {
            Ok(())
        } else {
            Err("the new port is not in the form".into())
        }
    });
    tmux.keys(&["Enter"]);
}

/// The reported problem: a server that refuses the password, the port changed in the editor.
/// The new server sees exactly one login and the panel is red.
#[test]
fn changing_the_port_logs_in_once_on_the_new_port_and_stays_red() {
    let first = servers();
    let second = servers();
    let tmux = start_refused("mt-rerun-port", 160, 48, &first, "30");
    let all = || logs(&[&first.pop3, &first.smtp, &second.smtp]);
    tmux.wait_until(
        "the first logins",
        || first.pop3.log().logins().len() == 1 && first.smtp.log().logins().len() == 1,
        all,
    );
    tmux.wait_for("the refused login explained", |s| {
        check_refused_wide(s, first.smtp.port())
    });

    edit_outgoing_port(&tmux, first.smtp.port(), second.smtp.port());
    let screen = tmux.wait_for("the new port checked, login included, and red", |s| {
        if s.boxed("Account settings").is_some() {
            return Err("the form is still open".into());
        }
        check_refused_wide(s, second.smtp.port())
    });
    assert!(!screen.contains(WRONG_PASSWORD), "{screen}");
    assert_eq!(second.smtp.log().logins().len(), 1, "{}", all());
    assert_eq!(first.smtp.log().logins().len(), 1, "{}", all());
    // The whole check ran again: incoming logged in once more too.
    assert_eq!(first.pop3.log().logins().len(), 2, "{}", all());
    assert!(
        screen
            .row(0)
            .contains("login failed with these credentials"),
        "{screen}"
    );
    tmux.type_text("q");
    tmux.wait_for_text("the program to exit", &["exit=0"]);
}

/// Enter in the editor with nothing changed is still the person asking: one more login each.
/// At 80×24 both mail panels stand side by side under the verdict that compares them.
#[test]
fn an_edit_that_changes_nothing_logs_in_once_more_at_80x24() {
    let servers = servers();
    let tmux = start_refused("mt-rerun-same", 80, 24, &servers, "30");
    let all = || logs(&[&servers.pop3, &servers.smtp]);
    let both_red = |s: &Screen| {
        let verdict = s.row(1);
        if !verdict.contains("Receiving fails at login, sending fails at login") {
            return Err(format!("the verdict {verdict:?} does not name both logins"));
        }
        // At 80 columns a title too long for its panel drops "(POP3)" or the side's name.
        for title in ["Incoming", "Outgoing"] {
            let panel = boxed(s, title)?;
            match panel.lines.first() {
                Some(line) if line.starts_with("✗ failed") => {}
                other => return Err(format!("{title} status is {other:?}")),
            }
        }
        Ok(())
    };
    tmux.wait_until(
        "the first logins",
        || servers.pop3.log().logins().len() == 1 && servers.smtp.log().logins().len() == 1,
        all,
    );
    tmux.wait_for("both mail panels red", both_red);

    tmux.type_text("3");
    tmux.type_text("e");
    tmux.wait_for("the settings form", |s| {
        boxed(s, "Account settings").map(drop)
    });
    tmux.keys(&["Enter"]);
    tmux.wait_until(
        "one more login each",
        || servers.pop3.log().logins().len() == 2 && servers.smtp.log().logins().len() == 2,
        all,
    );
    let screen = tmux.wait_for("the outgoing panel red after the re-run", |s| {
        if s.boxed("Account settings").is_some() {
            return Err("the form is still open".into());
        }
        both_red(s)?;
        let panel = boxed(s, "Outgoing")?;
        if !panel
            .title
            .contains(&format!("127.0.0.1:{}", servers.smtp.port()))
        {
            return Err(format!("focused panel is {:?}", panel.title));
        }
        panel.check_steps(&["login"], "failed")?;
        if s.contains("No problems found") {
            return Err("the hints say nothing is wrong".into());
        }
        Ok(())
    });
    assert!(!screen.contains(WRONG_PASSWORD), "{screen}");
    assert_eq!(servers.pop3.log().logins().len(), 2, "{}", all());
    assert_eq!(servers.smtp.log().logins().len(), 2, "{}", all());
    tmux.type_text("q");
    tmux.wait_for_text("the program to exit", &["exit=0"]);
}

/// After the edit's login failed, the interval's connection checks go on every second without
/// logging in, and the panel stays red with the login shown.
#[test]
fn after_the_edit_failed_two_interval_checks_bring_no_login() {
    let first = servers();
    let second = servers();
    let tmux = start_refused("mt-rerun-quiet", 160, 48, &first, "1");
    let all = || logs(&[&first.pop3, &first.smtp, &second.smtp]);
    tmux.wait_for("the refused login explained", |s| {
        check_refused_wide(s, first.smtp.port())
    });

    edit_outgoing_port(&tmux, first.smtp.port(), second.smtp.port());
    tmux.wait_until(
        "the login on the new port",
        || second.smtp.log().logins().len() == 1,
        all,
    );
    tmux.wait_for("the new port red", |s| {
        check_refused_wide(s, second.smtp.port())
    });
    let (pop3_logins, pop3_closed) = (first.pop3.log().logins().len(), first.pop3.log().closed());
    let smtp_closed = second.smtp.log().closed();
    tmux.wait_until(
        "two connection re-checks after the failed login",
        || {
            first.pop3.log().closed() >= pop3_closed + 2
                && second.smtp.log().closed() >= smtp_closed + 2
        },
        all,
    );
    let screen = tmux.wait_for("still red, login shown", |s| {
        check_refused_wide(s, second.smtp.port())
    });
    assert!(!screen.contains(WRONG_PASSWORD), "{screen}");
    assert_eq!(second.smtp.log().logins().len(), 1, "{}", all());
    assert_eq!(first.pop3.log().logins().len(), pop3_logins, "{}", all());
    assert_eq!(first.smtp.log().logins().len(), 1, "{}", all());
    tmux.type_text("q");
    tmux.wait_for_text("the program to exit", &["exit=0"]);
}
