//! Saved token sets (`oauth2 login --save`): one JSON file per provider and account under
//! `$XDG_DATA_HOME/mailtriage/oauth2/` (or `~/.local/share/mailtriage/oauth2/`), the folder
//! created 0700 and each file created 0600 (never widened afterwards, never written in place:
//! a new file is renamed over the old one). A file that others can read is refused.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::flow::TokenSet;
use crate::account::Secret;

/// Largest saved file read.
const MAX_SAVED_BYTES: u64 = 64 * 1024;

/// The format's version, written in every file.
const FORMAT_VERSION: u32 = 1;

/// What a saved file holds: the tokens and what is needed to refresh them.
#[derive(Clone, Serialize, Deserialize)]
pub struct SavedToken {
    pub version: u32,
    /// The preset id (`microsoft-365`).
    pub provider: String,
    pub client_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    pub token_url: String,
    #[serde(default)]
    pub scopes: Vec<String>,
    /// The account the token is for, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<u64>,
}

impl std::fmt::Debug for SavedToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SavedToken")
            .field("provider", &self.provider)
            .field("user", &self.user)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

impl SavedToken {
    /// The tokens of the file, as a token set.
    pub fn tokens(&self) -> TokenSet {
        TokenSet {
            access: Secret::new(self.access_token.clone()),
            refresh: self.refresh_token.clone().map(Secret::new),
            expires_at: self.expires_at,
            account: self.user.clone(),
        }
    }

    /// The same record with new tokens (after a refresh).
    pub fn with_tokens(&self, tokens: &TokenSet) -> SavedToken {
        SavedToken {
            access_token: tokens.access.expose().to_string(),
            refresh_token: tokens.refresh.as_ref().map(|r| r.expose().to_string()),
            expires_at: tokens.expires_at,
            ..self.clone()
        }
    }

    /// A new record.
    pub fn new(
        settings: &super::provider::SignInSettings,
        user: Option<String>,
        tokens: &TokenSet,
    ) -> SavedToken {
        SavedToken {
            version: FORMAT_VERSION,
            provider: settings.provider.clone(),
            client_id: settings.client_id.clone(),
            tenant: settings.tenant.clone(),
            token_url: settings.token_url.clone(),
            scopes: settings.scopes.clone(),
            user,
            access_token: String::new(),
            refresh_token: None,
            expires_at: None,
        }
        .with_tokens(tokens)
    }

    /// True when the access token has expired or will within `margin_secs`.
    pub fn needs_refresh(&self, now: u64, margin_secs: u64) -> bool {
        self.expires_at
            .is_some_and(|at| at <= now.saturating_add(margin_secs))
    }
}

/// Why a saved token cannot be used or saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    Missing(PathBuf),
    /// Group or others may read the file or the folder: the token may have leaked.
    TooOpen {
        path: PathBuf,
        mode: u32,
    },
    Io {
        path: PathBuf,
        error: String,
    },
    Unreadable {
        path: PathBuf,
        problem: crate::model::Said,
    },
    Unsupported,
}

impl StoreError {
    pub fn said(&self) -> crate::model::Said {
        use mailtriage_core::said;
        match self {
            StoreError::Missing(p) => said!("oauth2-saved-missing", path = shown(p)),
            StoreError::TooOpen { path, mode } => said!(
                "oauth2-saved-too-open",
                path = shown(path),
                mode = format!("{mode:o}")
            ),
            StoreError::Io { path, error } => {
                said!("oauth2-saved-io", path = shown(path), error = error.clone())
            }
            StoreError::Unreadable { path, problem } => {
                said!(
                    "oauth2-saved-unreadable",
                    path = shown(path),
                    error = problem.clone()
                )
            }
            StoreError::Unsupported => said!("oauth2-saved-unsupported"),
        }
    }
}

fn shown(path: &Path) -> String {
    crate::sanitize::sanitize_str(&path.display().to_string())
}

/// The folder of saved tokens: `$XDG_DATA_HOME/mailtriage/oauth2`, else
/// `$HOME/.local/share/mailtriage/oauth2` (only absolute values count); `None` without either.
pub fn token_dir(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let absolute = |name: &str| var(name).map(PathBuf::from).filter(|p| p.is_absolute());
    if let Some(data) = absolute("XDG_DATA_HOME") {
        return Some(data.join("mailtriage").join("oauth2"));
    }
    absolute("HOME").map(|home| {
        home.join(".local")
            .join("share")
            .join("mailtriage")
            .join("oauth2")
    })
}

/// The file name of a provider's token for an account: `microsoft-365-ana_contoso.test.json`.
/// Anything but letters, digits, `.`, `-` and `_` becomes `_`; the account is lower-cased.
pub fn file_name(provider: &str, user: Option<&str>) -> String {
    let clean = |text: &str| -> String {
        text.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(100)
            .collect()
    };
    let user = user.map(str::trim).filter(|u| !u.is_empty());
    let name = match user {
        Some(u) => format!("{}-{}", clean(provider), clean(u)),
        None => clean(provider),
    };
    format!("{}.json", name.trim_start_matches(['.', '_']))
}

/// Read a saved token; refused when group or others may read it.
pub fn load(path: &Path) -> Result<SavedToken, StoreError> {
    let io = |e: std::io::Error| StoreError::Io {
        path: path.to_path_buf(),
        error: e.to_string(),
    };
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        Err(e) => return Err(io(e)),
    };
    let meta = file.metadata().map_err(io)?;
    check_private(path, &meta)?;
    let mut text = String::new();
    file.take(MAX_SAVED_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(io)?;
    if text.len() as u64 > MAX_SAVED_BYTES {
        return Err(StoreError::Unreadable {
            path: path.to_path_buf(),
            problem: mailtriage_core::said!(
                "oauth2-saved-too-large",
                limit = MAX_SAVED_BYTES.to_string()
            ),
        });
    }
    // serde_json's message may quote a value: only its position is kept.
    let saved: SavedToken = serde_json::from_str(&text).map_err(|e| StoreError::Unreadable {
        path: path.to_path_buf(),
        problem: mailtriage_core::said!(
            "oauth2-saved-position",
            line = e.line().to_string(),
            column = e.column().to_string()
        ),
    })?;
    crate::proto::secrets::remember_for_panics(&saved.tokens().secret_forms());
    Ok(saved)
}

#[cfg(unix)]
fn check_private(path: &Path, meta: &std::fs::Metadata) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(StoreError::TooOpen {
            path: path.to_path_buf(),
            mode,
        });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_: &Path, _: &std::fs::Metadata) -> Result<(), StoreError> {
    Err(StoreError::Unsupported)
}

/// Save atomically: a new file (mode 0600 from its creation) beside the target, written,
/// flushed to disk, then renamed over it. The folder is created 0700 when missing and refused
/// when group or others may enter it.
#[cfg(unix)]
pub fn save(dir: &Path, name: &str, saved: &SavedToken) -> Result<PathBuf, StoreError> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    let io = |path: &Path, e: std::io::Error| StoreError::Io {
        path: path.to_path_buf(),
        error: e.to_string(),
    };
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| io(dir, e))?;
    check_private(dir, &std::fs::metadata(dir).map_err(|e| io(dir, e))?)?;
    let target = dir.join(name);
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let text = serde_json::to_string_pretty(saved).map_err(|e| io(&target, e.into()))?;
    let written = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&temporary)?;
        file.write_all(text.as_bytes())?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        std::fs::rename(&temporary, &target)?;
        std::fs::File::open(dir)?.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(io(&target, e));
    }
    Ok(target)
}

#[cfg(not(unix))]
pub fn save(_: &Path, _: &str, _: &SavedToken) -> Result<PathBuf, StoreError> {
    Err(StoreError::Unsupported)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn record() -> SavedToken {
        SavedToken {
            version: FORMAT_VERSION,
            provider: "microsoft-365".into(),
            client_id: "cid".into(),
            tenant: Some("organizations".into()),
            token_url: "http://127.0.0.1:1/token".into(),
            scopes: vec!["a".into()],
            user: Some("ana@contoso.test".into()),
            access_token: "access-value-1".into(),
            refresh_token: Some("refresh-value-1".into()),
            expires_at: Some(1_000),
        }
    }

    #[test]
    fn saved_files_are_private_and_read_back() {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join("mailtriage").join("oauth2");
        let path = save(&dir, "t.json", &record()).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&dir), 0o700);
        let back = load(&path).unwrap();
        assert_eq!(back.access_token, "access-value-1");
        assert_eq!(back.user.as_deref(), Some("ana@contoso.test"));
        // Saving again replaces the file whole and leaves no temporary file behind.
        let mut newer = record();
        newer.access_token = "access-value-2".into();
        save(&dir, "t.json", &newer).unwrap();
        assert_eq!(load(&path).unwrap().access_token, "access-value-2");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        assert!(!format!("{back:?}").contains("access-value"));
    }

    #[test]
    fn a_file_others_can_read_is_refused() {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join("oauth2");
        let path = save(&dir, "t.json", &record()).unwrap();
        for open in [0o640, 0o604, 0o644] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(open)).unwrap();
            assert!(
                matches!(load(&path), Err(StoreError::TooOpen { .. })),
                "{open:o}"
            );
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(matches!(
            save(&dir, "t.json", &record()),
            Err(StoreError::TooOpen { .. })
        ));
    }

    #[test]
    fn missing_and_broken_files_are_said() {
        let home = tempfile::tempdir().unwrap();
        assert!(matches!(
            load(&home.path().join("none.json")),
            Err(StoreError::Missing(_))
        ));
        let path = home.path().join("bad.json");
        std::fs::write(&path, "{\"access_token\": \"tok-secret-x\"").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let err = load(&path).unwrap_err();
        assert!(!format!("{err:?}").contains("tok-secret-x"));
    }

    #[test]
    fn names_and_folders() {
        assert_eq!(
            file_name("microsoft-365", Some("Ana@Contoso.test")),
            "microsoft-365-ana_contoso.test.json"
        );
        assert_eq!(file_name("google-workspace", None), "google-workspace.json");
        assert_eq!(file_name("x", Some("../../etc")), "x-.._.._etc.json");
        let var = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| OsString::from(v))
            }
        };
        assert_eq!(
            token_dir(var(&[("XDG_DATA_HOME", "/d"), ("HOME", "/h")])),
            Some(PathBuf::from("/d/mailtriage/oauth2"))
        );
        assert_eq!(
            token_dir(var(&[("XDG_DATA_HOME", "rel"), ("HOME", "/h")])),
            Some(PathBuf::from("/h/.local/share/mailtriage/oauth2"))
        );
        assert_eq!(token_dir(var(&[])), None);
    }

    #[test]
    fn refresh_is_due_near_the_expiry() {
        let r = record();
        assert!(r.needs_refresh(1_000, 0));
        assert!(r.needs_refresh(900, 120));
        assert!(!r.needs_refresh(800, 120));
    }
}
