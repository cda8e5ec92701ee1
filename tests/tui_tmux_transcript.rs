//! The real dashboard binary at 80×24 in tmux against a scripted POP3 server that pipelines: the
//! transcript read as a technician would (which reply answers which command, Home, finding text,
//! copying a line), then the editor (a `host:port` typed in the host field, and what changed
//! said in words).

mod support;
use support::tui_tmux as tui_tmux_support;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;

use tui_tmux_support::screen::{Boxed, Screen};
use tui_tmux_support::tmux::{Launch, Tmux};

const PASSWORD: &str = "Hunter2-correct";

/// A POP3 server offering SASL PLAIN and PIPELINING that refuses every login; STAT before a
/// login is an unknown command, as some servers say.
fn pipelining_server() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            std::thread::spawn(move || serve(conn));
        }
    });
    port
}

fn serve(conn: TcpStream) {
    let mut out = match conn.try_clone() {
        Ok(out) => out,
        Err(_) => return,
    };
    let mut say = |lines: &[&str]| {
        let text: String = lines.iter().map(|l| format!("{l}\r\n")).collect();
        out.write_all(text.as_bytes()).is_ok()
    };
    if !say(&["+OK pipelining test server ready"]) {
        return;
    }
    for line in BufReader::new(conn).lines() {
        let Ok(line) = line else { return };
        let verb = line
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        let ok = match verb.as_str() {
            "CAPA" => say(&["+OK", "SASL PLAIN", "PIPELINING", "USER", "."]),
            "AUTH" => say(&["-ERR [AUTH] Authentication failed."]),
            "QUIT" => {
                say(&["+OK bye"]);
                return;
            }
            _ => say(&["-ERR Unknown command."]),
        };
        if !ok {
            return;
        }
    }
}

fn boxed(screen: &Screen, title: &str) -> Result<Boxed, String> {
    screen
        .boxed(title)
        .ok_or_else(|| format!("no box titled {title:?}"))
}

fn says(boxed: &Boxed, needle: &str) -> Result<(), String> {
    if boxed.flat().contains(needle) {
        Ok(())
    } else {
        Err(format!("box {:?} does not say {needle:?}", boxed.title))
    }
}

#[test]
fn a_technician_reads_the_pipelined_transcript_and_edits_the_port_at_80x24() {
    let port = pipelining_server();
    let other_port = pipelining_server();
    let pop3 = format!("127.0.0.1:{port}");
    let args: Vec<String> = [
        "--pop3",
        &pop3,
        "--pop3-security",
        "none",
        "--allow-plaintext-auth",
        "--user",
        "bob",
        "--timeout",
        "2",
        "--lang",
        "en",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let tmux = Tmux::start(Launch {
        name: "mt-transcript",
        columns: 80,
        rows: 24,
        program: Path::new(env!("CARGO_BIN_EXE_mailtriage")),
        args,
        password: PASSWORD,
    });
    let title = "Transcript · Incoming (POP3)";
    tmux.wait_for_text("the login to fail", &["failed"]);
    tmux.type_text("t");
    let screen = tmux.wait_for("replies labelled with their command", |s| {
        let transcript = boxed(s, title)?;
        says(&transcript, "┄ 2 sent at once, without waiting:")?;
        says(&transcript, "C: AUTH PLAIN ***")?;
        says(
            &transcript,
            "S: (answers AUTH PLAIN) -ERR [AUTH] Authentication failed.",
        )?;
        says(&transcript, "S: (answers STAT) -ERR Unknown command.")?;
        Ok(())
    });
    assert!(!screen.contains(PASSWORD), "{screen}");

    tmux.keys(&["Home"]);
    tmux.wait_for("the first page", |s| {
        let transcript = boxed(s, title)?;
        says(&transcript, "S: +OK pipelining test server ready")?;
        says(&transcript, "C: CAPA")?;
        if transcript.lines.last().is_some_and(|l| l.trim().is_empty()) {
            return Err("the first page ends in blank rows".into());
        }
        Ok(())
    });

    tmux.type_text("/");
    tmux.type_text("unknown");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the match and the search line", |s| {
        let transcript = boxed(s, title)?;
        says(&transcript, "-ERR Unknown command.")?;
        says(&transcript, "/unknown 1/1 n/N next/prev · y copy")?;
        Ok(())
    });
    tmux.type_text("y");
    tmux.wait_for_text("the copy to be confirmed", &["clipboard (OSC 52"]);

    tmux.type_text("e");
    tmux.wait_for("the editor", |s| {
        let editor = boxed(s, "Account settings")?;
        says(&editor, &format!("host 127.0.0.1_ port {port}"))?;
        Ok(())
    });
    tmux.keys(&["C-u"]);
    tmux.type_text(&format!("127.0.0.1:{other_port}"));
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_text(
        "what changed, in words",
        &[&format!("Incoming port {port} → {other_port}.")],
    );
    assert!(!screen.contains(PASSWORD), "{screen}");
    tmux.type_text("q");
}
