//! The transcript pane: replies labelled with the command they answer when commands went out
//! together, scrolling to the first page, finding text, and copying a line with OSC 52.

mod support;
use support::tui as tui_support;

use mailtriage::finding::Lang;
use mailtriage::model::{Direction, EventKind, Panel, ProbeEvent, ServerInfo, TranscriptLine};
use mailtriage::tui::app::{App, LowerPane};
use mailtriage::tui::msg::Msg;
use mailtriage::tui::search::osc52;
use mailtriage::tui::update::{Cmd, update};
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

fn ev(kind: EventKind) -> ProbeEvent {
    ProbeEvent {
        panel: Panel::Incoming,
        kind,
    }
}

fn line(dir: Direction, text: &str) -> ProbeEvent {
    ev(EventKind::Transcript(TranscriptLine {
        offset_ms: 1.0,
        dir,
        text: text.into(),
    }))
}

/// A POP3 session whose login went out together with STAT, refused, and a long tail of notes
/// so the pane must scroll.
fn pipelined_events(extra_notes: usize) -> Vec<ProbeEvent> {
    use Direction::*;
    let mut out = vec![ev(EventKind::PanelStarted {
        server: Some(ServerInfo {
            host: "pop.example.org".into(),
            port: 995,
            address: None,
        }),
        security: None,
    })];
    out.extend([
        ev(EventKind::Transcript(TranscriptLine {
            offset_ms: 1.0,
            dir: Info,
            text: mailtriage_core::said!("transcript-connected", address = "192.0.2.10:995"),
        })),
        line(Received, "+OK Dovecot ready."),
        line(Sent, "CAPA"),
        line(Received, "+OK"),
        line(Received, "SASL PLAIN"),
        line(Received, "PIPELINING"),
        line(Received, "."),
        line(Sent, "AUTH PLAIN ***"),
        line(Sent, "STAT"),
        line(Received, "-ERR [AUTH] Authentication failed."),
        line(Received, "-ERR Unknown command."),
        line(Sent, "QUIT"),
        line(Received, "+OK Logging out."),
    ]);
    for i in 0..extra_notes {
        out.push(line(Info, &format!("note {i}")));
    }
    out.push(ev(EventKind::PanelFinished { elapsed_ms: 5.0 }));
    out
}

fn app_with(events: Vec<ProbeEvent>, lang: Lang) -> App {
    let mut app = App::new(Some(plan()), config(lang));
    let cmds = update(&mut app, Msg::Start { at_ms: T0 });
    let run = probe_run(&cmds).unwrap();
    feed_run(&mut app, run, events, T0);
    app.lower = LowerPane::Transcript;
    app
}

fn screen(app: &mut App, width: u16, height: u16) -> String {
    let terminal = draw(app, width, height);
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

#[test]
fn pipelined_replies_name_the_command_they_answer() {
    let mut app = app_with(pipelined_events(0), Lang::En);
    let text = screen(&mut app, 200, 40);
    assert!(
        text.contains("┄ 2 sent at once, without waiting:"),
        "{text}"
    );
    assert!(
        text.contains("S: (answers AUTH PLAIN) -ERR [AUTH]"),
        "{text}"
    );
    assert!(
        text.contains("S: (answers STAT) -ERR Unknown command."),
        "{text}"
    );
    // Lone commands need no label: their reply follows them.
    assert!(text.contains("S: +OK Logging out."), "{text}");
    let mut app = app_with(pipelined_events(0), Lang::Es);
    let text = screen(&mut app, 200, 40);
    assert!(
        text.contains("S: (responde a STAT) -ERR Unknown command."),
        "{text}"
    );
    assert!(
        text.contains("┄ 2 enviadas a la vez, sin esperar:"),
        "{text}"
    );
}

#[test]
fn home_shows_the_first_page_whole() {
    let mut app = app_with(pipelined_events(40), Lang::En);
    let text = screen(&mut app, 80, 24);
    assert!(
        !text.contains("+OK Dovecot ready."),
        "following the end: {text}"
    );
    update(&mut app, key(KeyCode::Home));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("+OK Dovecot ready."), "{text}");
    // The pane is full: the lines after the first are there too.
    assert!(text.contains("C: CAPA"), "{text}");
    assert!(text.contains("SASL PLAIN"), "{text}");
    update(&mut app, key(KeyCode::End));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("note 39"), "{text}");
}

#[test]
fn search_finds_highlights_and_wraps() {
    let mut app = app_with(pipelined_events(40), Lang::En);
    update(&mut app, ch('/'));
    type_text(&mut app, "err");
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("/err_"),
        "the query is shown while typed: {text}"
    );
    update(&mut app, key(KeyCode::Enter));
    assert!(!app.search.typing);
    let lines = app.runs.transcript(Panel::Incoming);
    let first = app.search.current.expect("a match");
    assert!(lines[first].text.to_string().starts_with("-ERR [AUTH]"));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("/err  1/2"), "{text}");
    assert!(text.contains("Authentication failed."), "{text}");
    update(&mut app, ch('n'));
    let second = app.search.current.unwrap();
    assert!(lines[second].text.to_string().starts_with("-ERR Unknown"));
    update(&mut app, ch('n'));
    assert_eq!(
        app.search.current,
        Some(first),
        "n wraps to the first match"
    );
    update(&mut app, ch('N'));
    assert_eq!(app.search.current, Some(second), "N goes back");
    // Letters typed while searching are not commands.
    update(&mut app, ch('/'));
    type_text(&mut app, "qz");
    assert!(!app.quit);
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.search.current, None);
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("\"qz\" is not in")
    );
    update(&mut app, ch('/'));
    update(&mut app, key(KeyCode::Esc));
    assert!(!app.search.typing && app.search.query.is_empty());
}

#[test]
fn y_copies_the_selected_line_with_osc52_and_no_secret() {
    let mut app = app_with(pipelined_events(0), Lang::En);
    update(&mut app, ch('/'));
    type_text(&mut app, "auth plain");
    update(&mut app, key(KeyCode::Enter));
    let cmds = update(&mut app, ch('y'));
    let copied: Vec<&String> = cmds
        .iter()
        .filter_map(|c| match c {
            Cmd::Copy(text) => Some(text),
            _ => None,
        })
        .collect();
    assert_eq!(copied, [&"C: AUTH PLAIN ***".to_string()]);
    assert!(!copied[0].contains("correct horse"));
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .to_string()
            .contains("OSC 52")
    );
    // Without a match, the last line in view is copied.
    update(&mut app, key(KeyCode::End));
    let cmds = update(&mut app, ch('y'));
    assert!(matches!(&cmds[..], [Cmd::Copy(t)] if t == "S: +OK Logging out."));
    let seq = osc52("S: +OK \u{1b}]52;c;evil\u{7}");
    assert_eq!(
        seq.matches('\u{1b}').count(),
        1,
        "only our own escape: {seq:?}"
    );
}

#[test]
fn after_home_down_moves_the_view_at_once() {
    let mut app = app_with(pipelined_events(40), Lang::En);
    screen(&mut app, 80, 24);
    update(&mut app, key(KeyCode::Home));
    let top = screen(&mut app, 80, 24);
    assert!(top.contains("+OK Dovecot ready."), "{top}");
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Down));
    let moved = screen(&mut app, 80, 24);
    assert_ne!(top, moved, "Down after Home must scroll");
    assert!(top.contains("connected to"), "{top}");
    assert!(!moved.contains("connected to"), "{moved}");
}
