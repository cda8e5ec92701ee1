//! The ISPDB files shipped inside the binary: every `presets/ispdb/xml/*.xml`, embedded at build
//! time by `crates/core/build.rs`. A test checks that this list and the folder agree.

include!(concat!(env!("OUT_DIR"), "/ispdb_files.rs"));

#[cfg(test)]
mod tests {
    use super::FILES;
    use std::path::Path;

    #[test]
    fn the_embedded_set_equals_the_folder() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../presets/ispdb/xml");
        let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        on_disk.sort();
        let embedded: Vec<&str> = FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(on_disk, embedded, "presets/ispdb/xml and the binary differ");
        for (name, text) in FILES {
            let file = std::fs::read_to_string(folder.join(name)).unwrap();
            assert_eq!(&file, text, "{name}: the embedded text is stale");
        }
    }
}
