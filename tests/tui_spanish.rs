//! Every screen of the dashboard drawn in Spanish, at 80×24 and at 160×48, holds no English
//! word: each panel focused, both lower panes, every step in full, the help from top to bottom
//! and searched, every step of the guided check, the editor with a refused value, the setup
//! screen and the provider list, the port scan running and with each verdict, the notices, the
//! demonstration's title bar and a terminal too small.
//!
//! What the dashboard does not write itself is left out of the events so the check reads only
//! the dashboard's own words and diagnosis's findings: the server's replies keep only their
//! codes (server text is shown as the server sent it), and step details, the probes' notes and
//! the findings' evidence are left out (the probes' and diagnosis's words are checked where they
//! are made).

mod support;

use std::path::PathBuf;

use mailtriage::account::{Protocol, Security};
use mailtriage::finding::Lang;
use mailtriage::model::{Direction, EventKind, Evidence, ProbeEvent, StepStatus};
use mailtriage::port_scan::Verdict;
use mailtriage::report::save::SavedReport;
use mailtriage::tui::app::{App, Overlay};
use mailtriage::tui::engine::ScanRow;
use mailtriage::tui::msg::Msg;
use mailtriage::tui::update::update;
use ratatui::crossterm::event::KeyCode;
use support::tui::*;

/// Words that are English and neither Spanish nor a protocol word Spanish speakers use as it is.
/// Compared whole, as written or capitalised: in capitals they are protocol commands (`USER`,
/// `CAPA`, `LOGIN`), which stay as they are.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "with",
    "press",
    "pending",
    "running",
    "failed",
    "skipped",
    "warn",
    "incoming",
    "outgoing",
    "network",
    "transcript",
    "hints",
    "every",
    "paused",
    "checking",
    "host",
    "security",
    "password",
    "keys",
    "step",
    "steps",
    "scan",
    "works",
    "recommended",
    "not",
    "enter",
    "right",
    "left",
    "up",
    "down",
    "pgdn",
    "pgup",
    "home",
    "end",
    "backspace",
    "space",
    "shift",
    "quit",
    "help",
    "close",
    "next",
    "previous",
    "greeting",
    "capa",
    "login",
    "tcp",
    "connect",
    "receiving",
    "sending",
    "checked",
    "found",
    "server",
    "user",
    "name",
    "edit",
    "save",
    "guide",
    "providers",
    "provider",
    "search",
    "copy",
    "find",
    "cancel",
    "more",
    "shows",
    "detail",
    "details",
    "refused",
    "answered",
    "certificate",
    "encryption",
    "none",
    "nothing",
    "yet",
    "last",
    "run",
    "settings",
    "account",
    "file",
    "pick",
    "filter",
    "use",
    "selected",
    "what",
    "this",
    "here",
    "check",
    "checks",
    "waiting",
    "problems",
    "mail",
    "message",
    "messages",
    "sign",
    "address",
    "look",
    "looks",
    "lookup",
    "guided",
    "say",
    "person",
    "confirmed",
    "problem",
    "report",
    "saved",
    "could",
    "only",
    "without",
    "needs",
    "full",
    "part",
    "before",
    "switch",
    "panels",
    "scope",
    "apply",
    "change",
    "field",
    "clear",
    "keep",
    "back",
    "match",
    "line",
    "demonstration",
    "servers",
    "machine",
    "from",
    "to",
    "of",
    "is",
    "are",
    "in",
    "on",
    "at",
    "it",
];

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The English words on a screen, each with the row it is on. Host names, addresses and paths
/// (a dot, `@` or `:` inside a word) are names, not words.
fn english_on(screen: &str) -> Vec<String> {
    let mut found = Vec::new();
    for row in screen.lines() {
        let words = row.split(|c: char| c.is_whitespace() || "/()[],;·«»\"'│─┌┐└┘".contains(c));
        for word in words {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.contains(['.', '@', ':']) {
                continue;
            }
            if ENGLISH.iter().any(|e| word == *e || word == capitalised(e)) {
                found.push(format!("{word:?} in {row:?}"));
            }
        }
    }
    found
}

/// Draw at both sizes and fail on any English word, naming the screen.
fn assert_spanish(what: &str, app: &mut App) {
    for (width, height) in [(80, 24), (160, 48)] {
        let terminal = draw(app, width, height);
        let buffer = terminal.backend().buffer();
        let screen: String = (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    + "\n"
            })
            .collect();
        let english = english_on(&screen);
        assert!(
            english.is_empty(),
            "{what} at {width}x{height} shows English:\n{}\n{screen}",
            english.join("\n")
        );
    }
}

/// A server's reply cut to its codes (`-ERR [AUTH]`, `535 5.7.8`): its words stay as the
/// server sent them, in whatever language that is.
fn codes_only(reply: &str) -> String {
    reply
        .split_whitespace()
        .filter(|t| !t.chars().any(char::is_lowercase))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The events with only what the dashboard and diagnosis say: server replies cut to their
/// codes, no step details, no notes or system messages of the probes.
fn dashboard_words_only(events: Vec<ProbeEvent>) -> Vec<ProbeEvent> {
    events
        .into_iter()
        .filter_map(|mut event| {
            match &mut event.kind {
                EventKind::StepFinished(record) => {
                    record.detail = Default::default();
                    match &mut record.evidence {
                        Some(Evidence::Reply { reply, .. }) => *reply = codes_only(reply),
                        Some(Evidence::Io { message, .. }) => *message = Default::default(),
                        Some(Evidence::Tls {
                            message,
                            peer_bytes,
                            ..
                        }) => {
                            *message = Default::default();
                            *peer_bytes = None;
                        }
                        Some(Evidence::SpeaksTls { how }) => *how = Default::default(),
                        Some(Evidence::Declined { reason }) => *reason = Default::default(),
                        None => {}
                    }
                }
                EventKind::Transcript(line) => match line.dir {
                    Direction::Info => return None,
                    Direction::Received => line.text = codes_only(&line.text.english()).into(),
                    Direction::Sent => {}
                },
                _ => {}
            }
            Some(event)
        })
        .collect()
}

/// The dashboard after one full check of these events, in Spanish, with diagnosis's findings.
fn spanish_after(events: Vec<ProbeEvent>) -> App {
    let mut app = App::new(Some(plan()), config(Lang::Es));
    let cmds = update(&mut app, Msg::Start { at_ms: T0 });
    let run = probe_run(&cmds).expect("a plan starts a full check");
    feed_run(&mut app, run, dashboard_words_only(events), T0);
    // A finding's evidence quotes what the probes saw, in the probes' and the server's words;
    // diagnosis's own checks read it.
    for finding in &mut app.findings {
        finding.evidence.clear();
    }
    app
}

fn every_account() -> Vec<(&'static str, App)> {
    vec![
        ("healthy", spanish_after(healthy_events())),
        ("failing", spanish_after(failing_events())),
        (
            "receive ok, send fails",
            spanish_after(receive_ok_send_fails_events()),
        ),
    ]
}

#[test]
fn the_stop_list_finds_english() {
    assert!(!english_on("│✗ failed login 2.0 s │").is_empty());
    assert!(english_on("│✗ falla acceso 2,0 s · POP3 STARTTLS │").is_empty());
}

#[test]
fn every_panel_and_pane_speaks_spanish() {
    for (name, mut app) in every_account() {
        assert!(!app.findings.is_empty() || name == "healthy", "{name}");
        for panel in ['1', '2', '3'] {
            update(&mut app, ch(panel));
            assert_spanish(&format!("{name}, panel {panel}"), &mut app);
            update(&mut app, ch('t'));
            assert_spanish(&format!("{name}, panel {panel}, other pane"), &mut app);
            update(&mut app, ch('f'));
            assert_spanish(&format!("{name}, panel {panel}, hints scope"), &mut app);
            update(&mut app, ch('t'));
        }
    }
}

#[test]
fn every_step_in_full_speaks_spanish() {
    for (name, mut app) in every_account() {
        for panel in ['1', '2', '3'] {
            update(&mut app, ch(panel));
            update(&mut app, key(KeyCode::Enter));
            assert_spanish(&format!("{name}, steps of panel {panel}"), &mut app);
            update(&mut app, key(KeyCode::End));
            assert_spanish(&format!("{name}, end of panel {panel}"), &mut app);
            update(&mut app, key(KeyCode::Esc));
        }
    }
}

#[test]
fn the_help_speaks_spanish_from_top_to_bottom() {
    let mut app = spanish_after(failing_events());
    update(&mut app, ch('?'));
    let mut last = None;
    // Page down until the scroll stops moving.
    for page in 0..40 {
        assert_spanish(&format!("help, page {page}"), &mut app);
        update(&mut app, key(KeyCode::PageDown));
        let scroll = match &app.overlay {
            Overlay::Help { scroll, .. } => *scroll,
            other => panic!("the help closed: {other:?}"),
        };
        // Drawing clamps the scroll to the content.
        draw(&mut app, 80, 24);
        if last == Some(scroll) {
            break;
        }
        last = Some(scroll);
    }
    update(&mut app, ch('/'));
    type_text(&mut app, "zzz");
    assert_spanish("help searched for nothing", &mut app);
}

#[test]
fn every_guided_step_speaks_spanish() {
    for (name, mut app) in every_account() {
        update(&mut app, ch('g'));
        let Overlay::Guided { .. } = app.overlay else {
            panic!("g opens the guided check");
        };
        let steps = mailtriage::tui::guide::guide_of(&app).len();
        update(&mut app, key(KeyCode::Home));
        for _ in 0..steps {
            update(&mut app, key(KeyCode::Left));
        }
        for step in 0..steps {
            assert_spanish(&format!("{name}, guided step {step}"), &mut app);
            update(&mut app, key(KeyCode::Right));
        }
    }
}

#[test]
fn the_editor_and_its_refusals_speak_spanish() {
    let mut app = spanish_after(failing_events());
    update(&mut app, ch('e'));
    assert_spanish("editor", &mut app);
    // The outgoing port, emptied and given letters, is refused by name.
    let Overlay::Editor(form) = &mut app.overlay else {
        panic!("e opens the editor");
    };
    form.outgoing.port = "abc".into();
    update(&mut app, key(KeyCode::Enter));
    assert!(matches!(&app.overlay, Overlay::Editor(f) if f.error.is_some()));
    assert_spanish("editor refusing a port", &mut app);
    let Overlay::Editor(form) = &mut app.overlay else {
        panic!("the editor stays open");
    };
    form.outgoing.port = "587".into();
    form.incoming.host = "pop example".into();
    update(&mut app, key(KeyCode::Enter));
    assert_spanish("editor refusing a host", &mut app);
    let Overlay::Editor(form) = &mut app.overlay else {
        panic!("the editor stays open");
    };
    form.incoming.host = "pop.example.org".into();
    form.email = "ana-sin-arroba".into();
    update(&mut app, key(KeyCode::Enter));
    assert_spanish("editor refusing an address", &mut app);
}

#[test]
fn the_setup_screen_and_the_provider_list_speak_spanish() {
    let mut app = App::new(None, config(Lang::Es));
    assert_spanish("setup screen", &mut app);
    type_text(&mut app, "gmail");
    assert_spanish("provider list with a note", &mut app);
    type_text(&mut app, "zzz");
    assert_spanish("provider list matching nothing", &mut app);
}

#[test]
fn the_port_scan_speaks_spanish_running_and_with_every_verdict() {
    let mut app = spanish_after(failing_events());
    update(&mut app, ch('3'));
    update(&mut app, ch('s'));
    assert!(matches!(app.overlay, Overlay::Scan(_)));
    assert_spanish("scan running", &mut app);
    let row = |port, security, status, verdict, recommended| ScanRow {
        port,
        security,
        status,
        verdict,
        recommended,
        detail: Default::default(),
    };
    let rows = vec![
        row(465, Security::Tls, StepStatus::Ok, Verdict::Works, true),
        row(
            587,
            Security::Starttls,
            StepStatus::Ok,
            Verdict::Works,
            false,
        ),
        row(
            587,
            Security::Tls,
            StepStatus::Failed,
            Verdict::NotTls,
            false,
        ),
        row(
            25,
            Security::Starttls,
            StepStatus::Failed,
            Verdict::NoStarttls,
            false,
        ),
        row(
            2525,
            Security::Tls,
            StepStatus::Warn,
            Verdict::Certificate,
            false,
        ),
        row(
            465,
            Security::Starttls,
            StepStatus::Failed,
            Verdict::NeedsTls,
            false,
        ),
        row(
            26,
            Security::Tls,
            StepStatus::Failed,
            Verdict::Refused,
            false,
        ),
        row(
            27,
            Security::Tls,
            StepStatus::Failed,
            Verdict::Timeout,
            false,
        ),
        row(28, Security::Tls, StepStatus::Failed, Verdict::Other, false),
        row(25, Security::None, StepStatus::Warn, Verdict::Works, false),
    ];
    let last = rows.len() - 1;
    update(
        &mut app,
        Msg::ScanFinished {
            protocol: Protocol::Smtp,
            result: Ok(rows),
        },
    );
    assert_spanish("scan with every verdict", &mut app);
    for _ in 0..last {
        update(&mut app, key(KeyCode::Down));
    }
    assert_spanish("scan with a setting without encryption selected", &mut app);
    update(&mut app, key(KeyCode::Enter));
    assert_spanish("a setting without encryption applied", &mut app);
    update(&mut app, ch('1'));
    update(&mut app, ch('s'));
    assert_spanish("scan asked on the network panel", &mut app);
}

#[test]
fn the_notices_speak_spanish() {
    let mut app = spanish_after(failing_events());
    update(
        &mut app,
        Msg::ReportSaved(Ok(SavedReport {
            markdown: PathBuf::from("/tmp/informe.md"),
            json: PathBuf::from("/tmp/informe.json"),
        })),
    );
    assert_spanish("report saved", &mut app);
    update(&mut app, Msg::ReportSaved(Err("E/S".into())));
    assert_spanish("report not saved", &mut app);
    update(&mut app, ch('n'));
    assert_spanish("nothing to find", &mut app);
    update(&mut app, ch('/'));
    type_text(&mut app, "zzz");
    assert_spanish("typing a search", &mut app);
    update(&mut app, key(KeyCode::Enter));
    assert_spanish("a search that finds nothing", &mut app);
    update(&mut app, key(KeyCode::Esc));
    update(&mut app, ch('/'));
    type_text(&mut app, "USER");
    update(&mut app, key(KeyCode::Enter));
    assert_spanish("a search that finds", &mut app);
    update(&mut app, ch('y'));
    assert_spanish("a line copied", &mut app);

    let mut empty = App::new(None, config(Lang::Es));
    update(&mut empty, key(KeyCode::Esc));
    update(&mut empty, ch('w'));
    assert_spanish("nothing to save", &mut empty);
}

#[test]
fn a_run_in_progress_the_demonstration_and_a_small_terminal_speak_spanish() {
    let mut app = App::new(Some(plan()), config(Lang::Es));
    app.demo = true;
    let run = probe_run(&update(&mut app, Msg::Start { at_ms: T0 })).unwrap();
    let events = dashboard_words_only(healthy_events());
    let half = events.len() / 2;
    for (i, event) in events.into_iter().take(half).enumerate() {
        update(
            &mut app,
            Msg::Probe {
                run,
                event,
                at_ms: T0 + i as i64,
            },
        );
    }
    assert_spanish("a run in progress, demonstration servers", &mut app);
    let terminal = draw(&mut app, 59, 15);
    let screen = format!("{:?}", terminal.backend());
    assert!(english_on(&screen).is_empty(), "{screen}");
}

#[test]
fn a_key_name_that_fills_its_column_keeps_a_space_before_its_text() {
    let mut app = spanish_after(healthy_events());
    update(&mut app, ch('?'));
    update(&mut app, ch('/'));
    type_text(&mut app, "anterior");
    let screen = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(screen.contains("Mayús-Tab, Izquierda"), "{screen}");
    assert!(!screen.contains("Izquierdapanel"), "{screen}");
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Esc));
    update(&mut app, ch('e'));
    let screen = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(screen.contains("usuario SMTP "), "{screen}");
}
