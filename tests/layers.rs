//! The structure the crates promise, checked on their sources: no import circle between the
//! top-level modules of either crate, one layout for folder modules (`mod.rs`, never `name.rs`
//! beside `name/`), and a `//!` line at the top of every module. The rule that the pure crate
//! reaches no socket, terminal or async runtime is checked on its dependencies (`cargo tree`
//! in `.ci/run`) and, for its own sources, here.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The top-level module a file belongs to (`probe` for `src/probe/tls/mod.rs`).
fn top_module(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// `crate::NAME` references in a file, outside comments.
fn crate_references(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                names.insert(name);
            }
            rest = after;
        }
    }
    names
}

/// The graph of `crate::` references between a crate's top-level modules.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(src) {
        let from = top_module(src, &file);
        if from == "lib" || from == "main" {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        let targets = graph.entry(from.clone()).or_default();
        for to in crate_references(&text) {
            if to != from {
                targets.insert(to);
            }
        }
    }
    graph
}

/// A circle in the graph, if there is one, as the modules along it.
fn find_circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(circle) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(circle);
        }
    }
    None
}

fn crate_sources() -> [PathBuf; 2] {
    let root = Path::new(ROOT);
    [root.join("src"), root.join("crates/core/src")]
}

#[test]
fn no_import_circle_between_top_level_modules() {
    for src in crate_sources() {
        let graph = module_graph(&src);
        assert!(graph.len() > 5, "{} has too few modules", src.display());
        if let Some(circle) = find_circle(&graph) {
            panic!(
                "import circle in {}: {}",
                src.display(),
                circle.join(" -> ")
            );
        }
    }
}

#[test]
fn the_circle_finder_finds_circles() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    assert_eq!(find_circle(&graph), None);
    graph.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        find_circle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(
        crate_references("use crate::model::Panel; // crate::tui"),
        BTreeSet::from(["model".to_string()])
    );
}

#[test]
fn folder_modules_use_mod_rs() {
    for src in crate_sources() {
        for file in rust_files(&src) {
            let beside = file.with_extension("");
            assert!(
                !beside.is_dir(),
                "{} sits beside the folder {}: move it to {}/mod.rs",
                file.display(),
                beside.display(),
                beside.display()
            );
        }
    }
}

#[test]
fn every_module_says_what_it_is() {
    for src in crate_sources() {
        for file in rust_files(&src) {
            let text = fs::read_to_string(&file).unwrap();
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            // Test files included with `#[path]` or `mod tests;` count as modules too.
            assert!(
                first.starts_with("//!"),
                "{} does not start with a `//!` line",
                file.display()
            );
        }
    }
}

#[test]
fn the_pure_crate_names_no_runtime_socket_or_terminal() {
    let forbidden = [
        "tokio::",
        "tokio_rustls::",
        "rustls::",
        "hickory_resolver::",
        "ratatui::",
        "crossterm::",
        "std::net::TcpStream",
        "std::net::TcpListener",
        "std::net::UdpSocket",
    ];
    let core = Path::new(ROOT).join("crates/core/src");
    for file in rust_files(&core) {
        let text = fs::read_to_string(&file).unwrap();
        for word in forbidden {
            assert!(
                !text.contains(word),
                "{} uses {word}: the pure crate never touches the network or the terminal",
                file.display()
            );
        }
    }
}
