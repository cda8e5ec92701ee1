//! The fuzzing harnesses run over the committed seeds and regressions (`fuzz/seeds/TARGET/`,
//! `fuzz/regressions/TARGET/`): every input that once crashed stays a test of plain
//! `cargo test`, without a nightly toolchain.

#[path = "../fuzz/src/lib.rs"]
mod harness;

use std::path::Path;

/// Run `target` over every file of its seed and regression folders; returns how many ran.
fn run_corpus(name: &str, target: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut ran = 0;
    for folder in ["seeds", "regressions"] {
        let dir = root.join(folder).join(name);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let data = std::fs::read(&file).expect("corpus file readable");
            let outcome = std::panic::catch_unwind(|| target(&data));
            assert!(outcome.is_ok(), "{} fails", file.display());
            ran += 1;
        }
    }
    ran
}

#[test]
fn reply_parsing_corpus() {
    assert!(run_corpus("reply_parsing", harness::reply_parsing) > 0);
}

#[test]
fn pop3_session_corpus() {
    assert!(run_corpus("pop3_session", harness::pop3_session) > 0);
}

#[test]
fn smtp_session_corpus() {
    assert!(run_corpus("smtp_session", harness::smtp_session) > 0);
}
