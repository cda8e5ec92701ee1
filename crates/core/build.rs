//! Embeds Thunderbird's provider database (`presets/ispdb/xml/*.xml`) in the library: writes a
//! list of `include_str!` entries, one per file in name order, to `$OUT_DIR/ispdb_files.rs`.
//! Reads only that folder; no network.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let folder = manifest.join("../../presets/ispdb/xml");
    println!("cargo:rerun-if-changed={}", folder.display());
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()))
        .map(|entry| entry.expect("a readable folder entry").file_name())
        .filter_map(|name| name.into_string().ok())
        .filter(|name| name.ends_with(".xml") && !name.starts_with('.'))
        .collect();
    names.sort();
    let mut code =
        String::from("/// File name and text of every ISPDB file, in file-name order.\n");
    code.push_str("pub const FILES: &[(&str, &str)] = &[\n");
    for name in &names {
        let path = folder.join(name);
        let path = path.to_str().expect("a UTF-8 path");
        writeln!(code, "    ({name:?}, include_str!({path:?})),").expect("writing to a string");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out.join("ispdb_files.rs"), code).expect("cannot write ispdb_files.rs");
}
