//! The fuzzing harnesses run over the committed seeds, minimized corpus and regressions
//! (`fuzz/seeds/TARGET/`, `fuzz/minimized/TARGET/`, `fuzz/regressions/TARGET/`): every input that
//! once crashed stays a test of plain `cargo test`, without cargo-fuzz.

#[path = "../fuzz/src/lib.rs"]
mod harness;

use std::path::{Path, PathBuf};

/// A harness: panics when an input breaks one of its properties.
type Harness = fn(&[u8]);

/// Every fuzz target, by the name of its file in `fuzz/fuzz_targets/`.
const TARGETS: [(&str, Harness); 6] = [
    ("reply_parsing", harness::reply_parsing),
    ("pop3_session", harness::pop3_session),
    ("smtp_session", harness::smtp_session),
    ("sasl_exchange", harness::sasl_exchange),
    ("reply_matching", harness::reply_matching),
    ("imap_session", harness::imap_session),
];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

/// The files of `fuzz/FOLDER/TARGET/`, sorted; none when the folder does not exist.
fn inputs(folder: &str, target: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(fuzz_dir().join(folder).join(target)) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// The inputs of `folders` on which `target` panics.
fn failing(name: &str, target: Harness, folders: &[&str]) -> (usize, Vec<String>) {
    let mut ran = 0;
    let mut failed = Vec::new();
    for folder in folders {
        for file in inputs(folder, name) {
            let data = std::fs::read(&file).expect("corpus file readable");
            if std::panic::catch_unwind(|| target(&data)).is_err() {
                failed.push(file.display().to_string());
            }
            ran += 1;
        }
    }
    (ran, failed)
}

fn replay(name: &str) {
    let (_, target) = TARGETS
        .iter()
        .find(|(n, _)| *n == name)
        .expect("a known target");
    let (ran, failed) = failing(name, *target, &["seeds", "minimized", "regressions"]);
    assert!(ran > 0, "no seeds for {name}");
    assert!(failed.is_empty(), "{name} fails on {failed:#?}");
}

#[test]
fn reply_parsing_corpus() {
    replay("reply_parsing");
}

#[test]
fn pop3_session_corpus() {
    replay("pop3_session");
}

#[test]
fn smtp_session_corpus() {
    replay("smtp_session");
}

#[test]
fn sasl_exchange_corpus() {
    replay("sasl_exchange");
}

#[test]
fn reply_matching_corpus() {
    replay("reply_matching");
}

#[test]
fn imap_session_corpus() {
    replay("imap_session");
}

#[test]
fn every_fuzz_target_is_replayed() {
    let entries = std::fs::read_dir(fuzz_dir().join("fuzz_targets")).expect("fuzz_targets");
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        assert!(
            TARGETS.iter().any(|(n, _)| *n == name),
            "fuzz target {name} is not replayed here"
        );
    }
}
