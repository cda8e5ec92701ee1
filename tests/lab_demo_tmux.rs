//! `mailtriage demo` in a real terminal (tmux): the title bar says these are demonstration
//! servers on this machine, in English and Spanish, at 80×24 and 200×50, and the dashboard
//! shows the scenario's finding.

mod support;

use std::path::Path;
use support::tui_tmux as tui_tmux_support;

use tui_tmux_support::tmux::{Launch, Tmux};

fn demo(name: &str, columns: u16, rows: u16, scenario: &str) -> Tmux {
    Tmux::start(Launch {
        name,
        columns,
        rows,
        program: Path::new(env!("CARGO_BIN_EXE_mailtriage")),
        args: vec!["demo".into(), scenario.into()],
        password: "",
    })
}

#[test]
fn the_healthy_demo_at_80_by_24_says_what_it_is_in_both_languages() {
    let tmux = demo("lab-demo-80", 80, 24, "healthy");
    let screen = tmux.wait_for_text(
        "all three panels ok",
        &[
            "✓ Receiving and sending work",
            "Network ✓ ok",
            "POP3 · pop.demo.local",
            "SMTP · smtp.demo.loc",
        ],
    );
    let title = screen.row(0);
    assert!(
        title.starts_with("mailtriage │ DEMO: local servers │"),
        "{title}"
    );
    assert!(
        title.trim_end().ends_with("EN"),
        "the row is not cut: {title}"
    );
    assert!(screen.contains("No problems found."), "{}", screen.text());
    tmux.keys(&["l"]);
    let screen = tmux.wait_for_text("Spanish", &["DEMO: servidores locales"]);
    assert!(
        screen.row(0).trim_end().ends_with("ES"),
        "{}",
        screen.row(0)
    );
    tmux.keys(&["q"]);
    tmux.wait_for_text("the dashboard ended", &["exit=0"]);
}

#[test]
fn a_failing_demo_at_200_by_50_names_the_servers_and_the_fault() {
    let tmux = demo("lab-demo-200", 200, 50, "cert-expired");
    let screen = tmux.wait_for_text(
        "the expired certificate",
        &["The server's certificate expired", "pop.demo.localhost"],
    );
    assert!(
        screen.row(0).starts_with(
            "mailtriage │ DEMO: demonstration servers on this machine │ ana@demo.localhost"
        ),
        "{}",
        screen.row(0)
    );
    tmux.keys(&["q"]);
    tmux.wait_for_text("the dashboard ended", &["exit=0"]);
}

#[test]
fn pop3_and_imap_stand_side_by_side_at_80_by_24_and_200_by_50() {
    let tmux = demo("lab-demo-both-80", 80, 24, "pop3-works-imap-disabled");
    let screen = tmux.wait_for_text(
        "three mail panels and the IMAP finding",
        &[
            "Receiving over POP3 works, receiving over IMAP fails at login, sending works",
            "┌ POP3 · ",
            "┌ IMAP · ",
            "┌ SMTP · ",
            "IMAP access is switched off for this account",
        ],
    );
    // The hints keep room for the explanation under three narrow panels.
    assert!(
        screen.contains("The password may well be right"),
        "{}",
        screen.text()
    );
    // `4` focuses the IMAP panel: the transcript shows its exchange.
    tmux.keys(&["4", "t"]);
    tmux.wait_for_text(
        "the IMAP transcript",
        &[
            "Transcript · Incoming (IMAP)",
            "STATUS INBOX",
            "not enabled for IMAP use",
        ],
    );
    tmux.keys(&["q"]);
    tmux.wait_for_text("the dashboard ended", &["exit=0"]);

    let tmux = demo("lab-demo-both-200", 200, 50, "pop3-works-imap-disabled");
    let screen = tmux.wait_for_text(
        "both incoming panels named for their protocol",
        &[
            "┌ Incoming (POP3) · pop.demo.localhost:",
            " · imap.demo.localhost:",
            "┌ Outgoing",
            "┌ Network",
        ],
    );
    // Where "Incoming (IMAP)" does not fit, the protocol alone names it: never a bare
    // "Incoming" that could be either.
    assert!(!screen.contains("┌ Incoming · imap"), "{}", screen.text());
    tmux.keys(&["q"]);
    tmux.wait_for_text("the dashboard ended", &["exit=0"]);
}
