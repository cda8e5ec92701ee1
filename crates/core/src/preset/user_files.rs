//! The user's own files: where they live (`$XDG_CONFIG_HOME/mailtriage`, or
//! `$HOME/.config/mailtriage` when that variable is unset, empty or not an absolute path) and
//! how one is read, with a size bound.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The user's mailtriage configuration folder, from the environment. `None` when neither
/// `XDG_CONFIG_HOME` nor `HOME` is usable.
pub fn config_dir() -> Option<PathBuf> {
    config_dir_from(|key| std::env::var_os(key))
}

/// Testable core of [`config_dir`]: `get` looks up an environment variable.
pub fn config_dir_from(get: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let usable = |key: &str| {
        get(key)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    if let Some(xdg) = usable("XDG_CONFIG_HOME") {
        return Some(xdg.join("mailtriage"));
    }
    usable("HOME").map(|home| home.join(".config").join("mailtriage"))
}

/// Read a whole text file of at most `limit` bytes. The error is a short description of what
/// went wrong, for a message that already names the file.
pub(crate) fn read_text_bounded(path: &Path, limit: u64) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > limit {
        return Err(format!("the file is larger than {limit} bytes"));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "the file is not UTF-8 text (bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |key| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn xdg_wins() {
        let got = config_dir_from(env(&[("XDG_CONFIG_HOME", "/x/cfg"), ("HOME", "/home/a")]));
        assert_eq!(got, Some(PathBuf::from("/x/cfg/mailtriage")));
    }

    #[test]
    fn falls_back_to_home() {
        let got = config_dir_from(env(&[("XDG_CONFIG_HOME", ""), ("HOME", "/home/a")]));
        assert_eq!(got, Some(PathBuf::from("/home/a/.config/mailtriage")));
        let got = config_dir_from(env(&[("XDG_CONFIG_HOME", "relative"), ("HOME", "/home/a")]));
        assert_eq!(got, Some(PathBuf::from("/home/a/.config/mailtriage")));
    }

    #[test]
    fn bounded_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "id: x\n").unwrap();
        assert_eq!(read_text_bounded(&path, 100).unwrap(), "id: x\n");
        assert!(read_text_bounded(&path, 3).unwrap_err().contains("larger"));
        std::fs::write(&path, [0x66, 0xff, 0x66]).unwrap();
        assert!(read_text_bounded(&path, 100).unwrap_err().contains("UTF-8"));
        assert!(read_text_bounded(&dir.path().join("missing"), 100).is_err());
    }

    #[test]
    fn nothing_usable() {
        assert_eq!(config_dir_from(env(&[])), None);
        assert_eq!(config_dir_from(env(&[("HOME", "rel")])), None);
    }
}
