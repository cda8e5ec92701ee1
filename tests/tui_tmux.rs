//! The real dashboard binary in a real terminal (tmux) against scripted POP3 and SMTP servers on
//! 127.0.0.1: keys go in with `send-keys`, and what a person would see is read back with
//! `capture-pane`. Every expectation is polled for a bounded time; a failure shows the screen.

mod support;

use std::path::Path;
use support::tui_tmux as tui_tmux_support;

use tui_tmux_support::lab_servers::{Servers, forbidden, shown};
use tui_tmux_support::screen::{Boxed, Screen};
use tui_tmux_support::tmux::{Launch, Tmux};

const USER: &str = "bob";
const PASSWORD: &str = "Hunter2-correct";
const WRONG_PASSWORD: &str = "Hunter2-wrong";

const POP3_STEPS: [&str; 8] = [
    "dns", "tcp", "greeting", "capa", "login", "stat", "uidl", "quit",
];
const SMTP_STEPS: [&str; 6] = ["dns", "tcp", "greeting", "ehlo", "login", "quit"];

fn binary() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_mailtriage"))
}

fn servers() -> Servers {
    Servers::start(USER, PASSWORD)
}

/// The account options of the scripted servers, plaintext allowed, plus `extra`.
fn account_args(pop3_port: u16, smtp_port: u16, extra: &[&str]) -> Vec<String> {
    let pop3 = format!("127.0.0.1:{pop3_port}");
    let smtp = format!("127.0.0.1:{smtp_port}");
    let mut args: Vec<String> = [
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
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn boxed(screen: &Screen, title: &str) -> Result<Boxed, String> {
    screen
        .boxed(title)
        .ok_or_else(|| format!("no box titled {title:?}"))
}

/// The panel's status line (its first row) begins with `symbol word`.
fn check_status(panel: &Boxed, symbol_and_word: &str) -> Result<(), String> {
    match panel.lines.first() {
        Some(line) if line.starts_with(symbol_and_word) => Ok(()),
        other => Err(format!(
            "box {:?} status line is {other:?}, expected it to start with {symbol_and_word:?}",
            panel.title
        )),
    }
}

fn check_flat(boxed: &Boxed, needle: &str) -> Result<(), String> {
    if boxed.flat().contains(needle) {
        Ok(())
    } else {
        Err(format!("box {:?} does not say {needle:?}", boxed.title))
    }
}

fn assert_password_hidden(screen: &Screen) {
    for secret in [PASSWORD, WRONG_PASSWORD] {
        assert!(
            !screen.contains(secret),
            "the password is on the screen\n{screen}"
        );
    }
}

/// Quit with `q` and check the terminal is given back: the program exited with 0, the normal
/// screen (with the line printed before it) is back, the cursor shows, the line discipline is
/// cooked again; then the pane ends.
fn quit_and_check_terminal_restored(tmux: &Tmux) {
    tmux.type_text("q");
    let screen = tmux.wait_for_text("the program to exit", &["exit=0", "tty-modes:"]);
    assert!(
        screen.contains("before-dashboard") && !screen.contains("mailtriage │"),
        "the dashboard is still on the screen after quitting\n{screen}"
    );
    let modes = screen
        .text()
        .lines()
        .find_map(|l| l.strip_prefix("tty-modes:").map(str::to_string))
        .unwrap_or_default();
    let modes: Vec<&str> = modes.split_whitespace().collect();
    for mode in ["icanon", "echo", "isig"] {
        assert!(
            modes.contains(&mode),
            "terminal mode {mode} not restored: {modes:?}\n{screen}"
        );
    }
    let state = tmux
        .format("alternate=#{alternate_on} cursor=#{cursor_flag}")
        .unwrap_or_else(|e| panic!("{e}\n{screen}"));
    assert_eq!(
        state, "alternate=0 cursor=1",
        "alternate screen left on or cursor hidden after quitting\n{screen}"
    );
    tmux.keys(&["Enter"]);
    tmux.wait_until(
        "the pane to end",
        || tmux.format("#{pane_dead}").is_ok_and(|d| d == "1"),
        || "the shell around the program did not end".to_string(),
    );
}

#[test]
fn healthy_account_shows_panels_steps_transcript_hints_and_help_then_quits() {
    let servers = servers();
    let tmux = Tmux::start(Launch {
        name: "mt-healthy",
        columns: 160,
        rows: 48,
        program: binary(),
        args: account_args(servers.pop3.port(), servers.smtp.port(), &[]),
        password: PASSWORD,
    });
    let incoming_title = format!("Incoming (POP3) · 127.0.0.1:{} none", servers.pop3.port());
    let outgoing_title = format!("Outgoing (SMTP) · 127.0.0.1:{} none", servers.smtp.port());
    let screen = tmux.wait_for("every panel ok, transcript and hints", |s| {
        let network = boxed(s, "Network")?;
        check_status(&network, "✓ ok")?;
        network.check_steps(&["dns", "tcp"], "ok")?;
        let incoming = boxed(s, &incoming_title)?;
        check_status(&incoming, "✓ ok")?;
        incoming.check_steps(&POP3_STEPS, "ok")?;
        let outgoing = boxed(s, &outgoing_title)?;
        check_status(&outgoing, "✓ ok")?;
        outgoing.check_steps(&SMTP_STEPS, "ok")?;
        let transcript = boxed(s, "Transcript · Incoming (POP3)")?;
        for line in [
            "S: +OK scripted POP3 server ready",
            "C: CAPA",
            "C: USER bob",
            "C: PASS ***",
            "S: +OK Logged in.",
            "C: QUIT",
        ] {
            check_flat(&transcript, line)?;
        }
        check_flat(&boxed(s, "Hints (all panels)")?, "No problems found.")?;
        if !s.last_text_row().starts_with("q quit  ? help") {
            return Err("the key bar is not at the bottom".into());
        }
        Ok(())
    });
    assert_password_hidden(&screen);
    assert!(
        screen.row(0).contains("mailtriage │ bob │ last run"),
        "header does not name the user and the last run\n{screen}"
    );

    tmux.type_text("?");
    tmux.wait_for("the help listing the keys", |s| {
        let help = boxed(s, "Keys")?;
        for row in [
            "Everywhere Ctrl-C quit",
            "Dashboard q quit",
            "? help: all keys",
            "Tab, Right next panel",
            "r check again, with login",
            "e edit settings",
            "l English / Spanish",
        ] {
            check_flat(&help, row)?;
        }
        Ok(())
    });
    // The editor's keys are further down: the help's search finds them.
    tmux.type_text("/apply");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the help searched for 'apply'", |s| {
        let help = boxed(s, "Keys")?;
        check_flat(&help, "Account settings Enter apply and check")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("the help to close", |s| match s.boxed("Keys") {
        Some(_) => Err("the help is still open".into()),
        None => boxed(s, &incoming_title).map(drop),
    });

    quit_and_check_terminal_restored(&tmux);
    assert_eq!(
        servers.pop3.log().logins().len(),
        1,
        "{}",
        shown(servers.pop3.log())
    );
    assert_eq!(
        servers.smtp.log().logins().len(),
        1,
        "{}",
        shown(servers.smtp.log())
    );
    assert_eq!(
        forbidden(servers.pop3.log()),
        0,
        "{}",
        shown(servers.pop3.log())
    );
    assert_eq!(
        forbidden(servers.smtp.log()),
        0,
        "{}",
        shown(servers.smtp.log())
    );
}

#[test]
fn wrong_password_is_explained_in_both_languages_and_never_retried_on_its_own() {
    let servers = servers();
    let tmux = Tmux::start(Launch {
        name: "mt-wrong-password",
        columns: 160,
        rows: 48,
        program: binary(),
        args: account_args(
            servers.pop3.port(),
            servers.smtp.port(),
            &["--interval", "1"],
        ),
        password: WRONG_PASSWORD,
    });
    let logs = || {
        format!(
            "POP3 server saw:\n{}\nSMTP server saw:\n{}",
            shown(servers.pop3.log()),
            shown(servers.smtp.log())
        )
    };
    let screen = tmux.wait_for("the failed login and its explanation", |s| {
        let incoming = boxed(s, "Incoming (POP3)")?;
        incoming.check_steps(&["login"], "failed")?;
        check_flat(&incoming, "the server refused the login")?;
        boxed(s, "Outgoing (SMTP)")?.check_steps(&["login"], "failed")?;
        let hints = boxed(s, "Hints (all panels)")?;
        check_flat(&hints, "The server rejected the user name or password")?;
        if !s.row(0).contains("login failed with these credentials") {
            return Err("the header does not say the login is held".into());
        }
        Ok(())
    });
    assert_password_hidden(&screen);

    // Spanish: the finding's own Spanish title.
    tmux.type_text("l");
    tmux.wait_for("the hints in Spanish", |s| {
        let hints = boxed(s, "Consejos (todos)")?;
        check_flat(&hints, "El servidor rechazó el usuario o la contraseña")?;
        boxed(s, "Entrada (POP3)")?.check_steps(&["acceso"], "falla")
    });

    // Connection re-checks go on every second, but the password is not tried again.
    let rechecks_done = |pop3: usize, smtp: usize| {
        servers.pop3.log().closed() >= pop3 + 2 && servers.smtp.log().closed() >= smtp + 2
    };
    let (pop3_closed, smtp_closed) = (servers.pop3.log().closed(), servers.smtp.log().closed());
    tmux.wait_until(
        "two connection re-checks after the failed login",
        || rechecks_done(pop3_closed, smtp_closed),
        logs,
    );
    assert_eq!(servers.pop3.log().logins().len(), 1, "{}", logs());
    assert_eq!(servers.smtp.log().logins().len(), 1, "{}", logs());

    // `r` is the person asking: one more login each.
    tmux.type_text("r");
    tmux.wait_until(
        "a second login after r",
        || servers.pop3.log().logins().len() == 2 && servers.smtp.log().logins().len() == 2,
        logs,
    );
    tmux.wait_for("the repeated login failed, shown in Spanish", |s| {
        boxed(s, "Entrada (POP3)")?.check_steps(&["acceso"], "falla")?;
        if s.row(0).contains("el acceso falló con estos datos") {
            Ok(())
        } else {
            Err("the header does not say the login is held".into())
        }
    });
    let (pop3_closed, smtp_closed) = (servers.pop3.log().closed(), servers.smtp.log().closed());
    tmux.wait_until(
        "two more connection re-checks",
        || rechecks_done(pop3_closed, smtp_closed),
        logs,
    );
    assert_eq!(servers.pop3.log().logins().len(), 2, "{}", logs());
    assert_eq!(servers.smtp.log().logins().len(), 2, "{}", logs());

    quit_and_check_terminal_restored(&tmux);
    assert_eq!(forbidden(servers.pop3.log()), 0, "{}", logs());
    assert_eq!(forbidden(servers.smtp.log()), 0, "{}", logs());
}

#[test]
fn small_terminal_shows_both_sides_the_verdict_and_the_keys_and_enter_shows_every_step() {
    let servers = servers();
    let tmux = Tmux::start(Launch {
        name: "mt-small",
        columns: 80,
        rows: 24,
        program: binary(),
        args: account_args(servers.pop3.port(), servers.smtp.port(), &[]),
        password: PASSWORD,
    });
    let pop3_server = format!("127.0.0.1:{}", servers.pop3.port());
    let smtp_server = format!("127.0.0.1:{}", servers.smtp.port());
    let bar = |s: &Screen| {
        let bar = s.row(23);
        for key in [
            "q quit",
            "? help",
            "r recheck",
            "Enter steps",
            "Tab panel",
            "t transcript/hints",
        ] {
            if !bar.contains(key) {
                return Err(format!("the key bar {bar:?} lacks {key:?}"));
            }
        }
        Ok(())
    };
    // Incoming and outgoing side by side, the verdict above them, the network as a strip.
    let screen = tmux.wait_for("both sides whole at 80x24", |s| {
        if !s.row(1).starts_with("✓ Receiving and sending work") {
            return Err(format!("the verdict row is {:?}", s.row(1)));
        }
        if !s.row(2).starts_with("Network ✓ ok") {
            return Err(format!("the network strip is {:?}", s.row(2)));
        }
        let incoming = boxed(s, "Incoming")?;
        let outgoing = boxed(s, "Outgoing")?;
        if !incoming.title.contains(&pop3_server) || !outgoing.title.contains(&smtp_server) {
            return Err(format!("titles {:?} {:?}", incoming.title, outgoing.title));
        }
        check_status(&incoming, "✓ ok")?;
        incoming.check_steps(&POP3_STEPS, "ok")?;
        check_status(&outgoing, "✓ ok")?;
        outgoing.check_steps(&SMTP_STEPS, "ok")?;
        check_flat(&boxed(s, "Hints (all panels)")?, "No problems found.")?;
        bar(s)
    });
    assert_password_hidden(&screen);

    // Enter: every step of the focused panel in full, then its transcript (End scrolls there).
    tmux.keys(&["Enter"]);
    tmux.wait_for("every incoming step", |s| {
        boxed(s, "Incoming (POP3) · every step")?.check_steps(&POP3_STEPS, "ok")
    });
    tmux.keys(&["End"]);
    let screen = tmux.wait_for("the incoming transcript at the end", |s| {
        check_flat(&boxed(s, "Incoming (POP3) · every step")?, "C: QUIT")
    });
    assert_password_hidden(&screen);
    tmux.keys(&["Tab"]);
    tmux.wait_for("every outgoing step after Tab", |s| {
        boxed(s, "Outgoing (SMTP) · every step")?.check_steps(&SMTP_STEPS, "ok")
    });
    tmux.keys(&["Tab"]);
    tmux.wait_for("every network step after Tab", |s| {
        let panel = boxed(s, "Network · every step")?;
        panel.check_steps(&["dns", "tcp"], "ok")?;
        // The network's own checks, and none of the mail steps.
        if panel.step_words("tcp").len() < 2 || !panel.step_words("greeting").is_empty() {
            return Err(format!("{:?} is not the network panel", panel.lines));
        }
        Ok(())
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("the dashboard again, the network strip focused", |s| {
        if s.boxed("Network · every step").is_some() {
            return Err("the steps are still open".into());
        }
        boxed(s, "Incoming")?;
        bar(s)
    });
    tmux.keys(&["Tab"]);

    // `t` puts the focused panel's transcript where the hints were.
    tmux.type_text("t");
    tmux.wait_for("the transcript below the panels", |s| {
        check_flat(&boxed(s, "Transcript · Incoming (POP3)")?, "C: QUIT")?;
        boxed(s, "Outgoing").map(drop)
    });

    quit_and_check_terminal_restored(&tmux);
}

#[test]
fn editor_changes_the_port_and_the_panel_checks_again() {
    let servers = servers();
    let refused = support::refused_port();
    let tmux = Tmux::start(Launch {
        name: "mt-editor",
        columns: 160,
        rows: 48,
        program: binary(),
        args: account_args(refused, servers.smtp.port(), &[]),
        password: PASSWORD,
    });
    tmux.wait_for("the refused POP3 port", |s| {
        let incoming = boxed(s, &format!("Incoming (POP3) · 127.0.0.1:{refused}"))?;
        check_status(&incoming, "✗ failed")?;
        incoming.check_steps(&["tcp"], "failed")
    });

    tmux.type_text("e");
    tmux.wait_for("the settings form", |s| {
        check_flat(&boxed(s, "Account settings")?, &format!("port {refused}"))
    });
    tmux.keys(&["Tab"]);
    tmux.wait_for("the cursor on the port", |s| {
        check_flat(&boxed(s, "Account settings")?, &format!("port {refused}_"))
    });
    tmux.keys(&["C-u"]);
    let port = servers.pop3.port().to_string();
    tmux.type_text(&port);
    tmux.wait_for("the new port typed in", |s| {
        check_flat(&boxed(s, "Account settings")?, &format!("port {port}_"))
    });
    tmux.keys(&["Enter"]);

    let screen = tmux.wait_for("the incoming panel ok on the new port", |s| {
        if s.boxed("Account settings").is_some() {
            return Err("the form is still open".into());
        }
        let incoming = boxed(s, &format!("Incoming (POP3) · 127.0.0.1:{port} none"))?;
        check_status(&incoming, "✓ ok")?;
        incoming.check_steps(&POP3_STEPS, "ok")
    });
    assert_password_hidden(&screen);
    assert_eq!(
        servers.pop3.log().logins().len(),
        1,
        "{}",
        shown(servers.pop3.log())
    );

    quit_and_check_terminal_restored(&tmux);
}
