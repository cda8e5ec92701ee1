//! `promtool check metrics` (Prometheus's own linter of an exposition) on a text the tests made.
//! Where promtool is missing the check is skipped with a note, except under CI (`CI` set),
//! whose prerequisites install it (`tests/real/install.sh`).

use std::io::Write;
use std::process::{Command, Stdio};

/// Fails unless promtool accepts `exposition` without a complaint; `what` names it.
pub fn check_metrics(what: &str, exposition: &str) {
    let child = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && std::env::var_os("CI").is_none() => {
            eprintln!("promtool is not installed: {what} was not checked by it");
            return;
        }
        Err(e) => panic!("promtool cannot run ({e}); it is needed to check {what}"),
    };
    child
        .stdin
        .take()
        .expect("promtool's input")
        .write_all(exposition.as_bytes())
        .expect("write to promtool");
    let out = child.wait_with_output().expect("promtool ends");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && said.trim().is_empty(),
        "promtool check metrics refused {what} ({}): {said}\n{exposition}",
        out.status
    );
}
