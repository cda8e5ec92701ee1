//! Saved accounts (profiles) in the user's config folder; never the password.
//!
//! A profile is `<config>/profiles/NAME.yaml` (`<config>` being `$XDG_CONFIG_HOME/mailtriage` or
//! `$HOME/.config/mailtriage`) with the servers, the user name, the sender address and the
//! preset it started from. The incoming server is POP3 unless `incoming_protocol` says `imap`
//! (profiles saved before IMAP existed have no such field); `imap` is an IMAP server checked
//! beside the POP3 one. [`Profile`] has no field for a password, so none can be written; a
//! hand-edited file that adds one is refused.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::account::{Plan, Protocol};
use crate::model::Said;
use crate::preset::{Server, config_dir, read_text_bounded};
use crate::said;
use crate::yaml::{self, YamlError};

/// Largest profile file read.
pub const MAX_PROFILE_FILE_BYTES: u64 = 64 * 1024;

/// Longest profile name.
pub const MAX_PROFILE_NAME_CHARS: usize = 64;

const HEADER: &str =
    "# mailtriage profile: servers, user name and sender; it never holds the password.\n";

/// One saved account.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Id of the preset the profile was made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// The incoming server, spoken to in [`Profile::incoming_protocol`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incoming: Option<Server>,
    /// The protocol of the incoming server; missing (older profiles): POP3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incoming_protocol: Option<IncomingProtocol>,
    /// An IMAP server checked beside the POP3 incoming one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imap: Option<Server>,
    /// SMTP server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outgoing: Option<Server>,
    /// User name for both servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// User name for the outgoing server, when it is not `user`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp_user: Option<String>,
    /// Sender address for the SMTP dry run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

/// The protocols an incoming server of a profile can speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IncomingProtocol {
    Pop3,
    Imap,
}

impl IncomingProtocol {
    pub fn protocol(self) -> Protocol {
        match self {
            IncomingProtocol::Pop3 => Protocol::Pop3,
            IncomingProtocol::Imap => Protocol::Imap,
        }
    }
}

impl Profile {
    /// The account part of a plan: servers, user and sender. The password stays behind.
    pub fn from_plan(plan: &Plan, preset: Option<&str>) -> Profile {
        Profile {
            preset: preset.map(str::to_string),
            incoming: plan.incoming.as_ref().map(Server::from),
            incoming_protocol: plan
                .incoming
                .as_ref()
                .map(|_| match plan.incoming_protocol {
                    Protocol::Imap => IncomingProtocol::Imap,
                    Protocol::Pop3 | Protocol::Smtp => IncomingProtocol::Pop3,
                }),
            imap: plan.imap_beside.as_ref().map(Server::from),
            outgoing: plan.outgoing.as_ref().map(Server::from),
            user: plan.user.clone(),
            smtp_user: plan.smtp_user.clone(),
            from: plan.from.clone(),
        }
    }

    /// A plan for this account with defaults for everything else (no password).
    pub fn to_plan(&self) -> Plan {
        let mut plan = Plan::new(
            self.incoming.as_ref().map(Server::to_endpoint),
            self.outgoing.as_ref().map(Server::to_endpoint),
        );
        plan.incoming_protocol = self
            .incoming_protocol
            .map_or(Protocol::Pop3, IncomingProtocol::protocol);
        if plan.incoming_protocol == Protocol::Pop3 {
            plan.imap_beside = self.imap.as_ref().map(Server::to_endpoint);
        }
        plan.user = self.user.clone();
        plan.smtp_user = self.smtp_user.clone();
        plan.from = self.from.clone();
        plan
    }
}

/// A profile that could not be saved, found or read.
#[derive(Debug)]
pub enum ProfileError {
    /// Neither `XDG_CONFIG_HOME` nor `HOME` gives a config folder.
    NoConfigDir,
    /// The name cannot be a file name.
    InvalidName { name: String, reason: Said },
    /// No such profile.
    NotFound { name: String, path: PathBuf },
    /// Reading or writing failed.
    Io { path: PathBuf, problem: String },
    /// The file is not a valid profile; names file, line and column.
    Parse(YamlError),
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileError::NoConfigDir => f.write_str(
                "no folder for profiles: set XDG_CONFIG_HOME or HOME to an absolute path",
            ),
            ProfileError::Parse(e) => write!(f, "{e}"),
            other => f.write_str(&other.said().english()),
        }
    }
}

impl ProfileError {
    /// What is wrong, in the reader's words; file names and the system's text are data.
    pub fn said(&self) -> Said {
        match self {
            ProfileError::NoConfigDir => said!("profile-no-folder"),
            ProfileError::InvalidName { name, reason } => said!(
                "profile-bad-name",
                name = name.escape_debug().to_string(),
                reason = reason.clone()
            ),
            ProfileError::NotFound { name, path } => said!(
                "profile-not-found",
                name = name.as_str(),
                path = path.display().to_string()
            ),
            ProfileError::Io { path, problem } => said!(
                "profile-unreadable",
                path = path.display().to_string(),
                error = problem.as_str()
            ),
            ProfileError::Parse(e) => e.said(crate::yaml::YamlDocument::Profile),
        }
    }
}

impl std::error::Error for ProfileError {}

/// The profiles folder. The base folder is given, so tests never touch the real home.
#[derive(Debug, Clone)]
pub struct ProfileStore {
    dir: PathBuf,
}

impl ProfileStore {
    /// Profiles under `<config_dir>/profiles`, where `config_dir` is the mailtriage config folder.
    pub fn new(config_dir: &Path) -> ProfileStore {
        ProfileStore {
            dir: config_dir.join("profiles"),
        }
    }

    /// Profiles under the user's mailtriage config folder, from the environment.
    pub fn from_env() -> Result<ProfileStore, ProfileError> {
        config_dir()
            .map(|dir| ProfileStore::new(&dir))
            .ok_or(ProfileError::NoConfigDir)
    }

    /// The folder holding the profile files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file a profile of this name is stored in.
    pub fn path_of(&self, name: &str) -> Result<PathBuf, ProfileError> {
        check_name(name)?;
        Ok(self.dir.join(format!("{name}.yaml")))
    }

    /// Write a profile, replacing any of the same name. The file is written beside the old one
    /// and renamed over it, so a crash leaves either the old or the new profile.
    pub fn save(&self, name: &str, profile: &Profile) -> Result<PathBuf, ProfileError> {
        let path = self.path_of(name)?;
        let io_error = |path: &Path, e: std::io::Error| ProfileError::Io {
            path: path.to_path_buf(),
            problem: e.to_string(),
        };
        std::fs::create_dir_all(&self.dir).map_err(|e| io_error(&self.dir, e))?;
        let body = yaml::to_string(profile).map_err(ProfileError::Parse)?;
        let temp = self
            .dir
            .join(format!(".{name}.yaml.{}.tmp", std::process::id()));
        std::fs::write(&temp, format!("{HEADER}{body}")).map_err(|e| io_error(&temp, e))?;
        std::fs::rename(&temp, &path).map_err(|e| {
            let _ = std::fs::remove_file(&temp);
            io_error(&path, e)
        })?;
        Ok(path)
    }

    /// Read a profile.
    pub fn load(&self, name: &str) -> Result<Profile, ProfileError> {
        let path = self.path_of(name)?;
        if !path.exists() {
            return Err(ProfileError::NotFound {
                name: name.to_string(),
                path,
            });
        }
        let text = read_text_bounded(&path, MAX_PROFILE_FILE_BYTES).map_err(|problem| {
            ProfileError::Io {
                path: path.clone(),
                problem,
            }
        })?;
        yaml::from_str(&text, &path.display().to_string()).map_err(|e| {
            if e.message().contains("unknown field `password`") {
                ProfileError::Parse(e.with_hint(
                    "profiles never hold a password; remove that line (mailtriage asks for it when it runs)",
                ))
            } else {
                ProfileError::Parse(e)
            }
        })
    }

    /// Names of the saved profiles, sorted. No folder yet means no profiles.
    pub fn list(&self) -> Result<Vec<String>, ProfileError> {
        let listing = match std::fs::read_dir(&self.dir) {
            Ok(listing) => listing,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => {
                return Err(ProfileError::Io {
                    path: self.dir.clone(),
                    problem: e.to_string(),
                });
            }
        };
        let mut names = Vec::new();
        for entry in listing {
            let entry = entry.map_err(|e| ProfileError::Io {
                path: self.dir.clone(),
                problem: e.to_string(),
            })?;
            let file_name = entry.file_name();
            let Some(name) = file_name.to_str().and_then(|n| n.strip_suffix(".yaml")) else {
                continue;
            };
            if check_name(name).is_ok() && entry.path().is_file() {
                names.push(name.to_string());
            }
        }
        names.sort();
        Ok(names)
    }
}

/// Profile names become file names: letters, digits, `.`, `_` and `-`, not starting with a dot
/// or a dash.
fn check_name(name: &str) -> Result<(), ProfileError> {
    let reason = if name.is_empty() {
        Some(said!("profile-name-empty"))
    } else if name.chars().count() > MAX_PROFILE_NAME_CHARS {
        Some(said!(
            "profile-name-too-long",
            limit = MAX_PROFILE_NAME_CHARS
        ))
    } else if name.starts_with(['.', '-']) {
        Some(said!("profile-name-starts-badly"))
    } else if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    {
        Some(said!("profile-name-bad-characters"))
    } else {
        None
    };
    match reason {
        Some(reason) => Err(ProfileError::InvalidName {
            name: name.to_string(),
            reason,
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Endpoint, Protocol, Secret, Security};

    fn sample_plan() -> Plan {
        let mut plan = Plan::new(
            Some(Endpoint::parse("pop.gmail.com", Protocol::Pop3, Security::Tls).unwrap()),
            Some(Endpoint::parse("smtp.gmail.com", Protocol::Smtp, Security::Starttls).unwrap()),
        );
        plan.user = Some("ana@gmail.com".into());
        plan.from = Some("ana@gmail.com".into());
        plan.password = Some(Secret::new("correct horse battery staple"));
        plan
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProfileStore::new(dir.path());
        let profile = Profile::from_plan(&sample_plan(), Some("gmail"));
        let path = store.save("ana", &profile).unwrap();
        assert_eq!(path, dir.path().join("profiles").join("ana.yaml"));
        assert_eq!(store.load("ana").unwrap(), profile);
        assert_eq!(store.list().unwrap(), vec!["ana".to_string()]);
        let plan = store.load("ana").unwrap().to_plan();
        assert_eq!(plan.incoming.unwrap().port, 995);
        assert_eq!(plan.outgoing.unwrap().port, 587);
        assert!(plan.password.is_none());
    }

    #[test]
    fn imap_profiles_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProfileStore::new(dir.path());
        let imap = Endpoint::parse("imap.gmail.com", Protocol::Imap, Security::Tls).unwrap();

        let mut only_imap = sample_plan();
        only_imap.incoming = Some(imap.clone());
        only_imap.incoming_protocol = Protocol::Imap;
        let profile = Profile::from_plan(&only_imap, Some("gmail"));
        store.save("imap", &profile).unwrap();
        let text = std::fs::read_to_string(store.path_of("imap").unwrap()).unwrap();
        assert!(text.contains("incoming_protocol: imap"), "{text}");
        let plan = store.load("imap").unwrap().to_plan();
        assert_eq!(plan.incoming_protocol, Protocol::Imap);
        assert_eq!(plan.incoming.as_ref(), Some(&imap));
        assert_eq!(plan.imap_beside, None);

        let mut both = sample_plan();
        both.imap_beside = Some(imap.clone());
        let profile = Profile::from_plan(&both, Some("gmail"));
        store.save("both", &profile).unwrap();
        assert_eq!(store.load("both").unwrap(), profile);
        let plan = store.load("both").unwrap().to_plan();
        assert_eq!(plan.incoming_protocol, Protocol::Pop3);
        assert_eq!(plan.incoming.unwrap().host, "pop.gmail.com");
        assert_eq!(plan.imap_beside, Some(imap));
    }

    #[test]
    fn profiles_from_before_imap_load_as_pop3() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProfileStore::new(dir.path());
        std::fs::create_dir_all(store.dir()).unwrap();
        std::fs::write(
            store.dir().join("old.yaml"),
            "preset: gmail\nincoming: { host: pop.gmail.com, port: 995, security: tls }\nuser: ana@gmail.com\n",
        )
        .unwrap();
        let profile = store.load("old").unwrap();
        assert_eq!(profile.incoming_protocol, None);
        let plan = profile.to_plan();
        assert_eq!(plan.incoming_protocol, Protocol::Pop3);
        assert_eq!(plan.incoming.unwrap().port, 995);
        std::fs::write(
            store.dir().join("bad.yaml"),
            "incoming: { host: h, port: 25, security: tls }\nincoming_protocol: smtp\n",
        )
        .unwrap();
        let shown = store.load("bad").unwrap_err().to_string();
        assert!(shown.contains("bad.yaml:2"), "{shown}");
    }

    #[test]
    fn names_that_escape_the_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProfileStore::new(dir.path());
        for bad in ["", "../x", "a/b", ".hidden", "-x", "a b", "ñ"] {
            assert!(
                matches!(store.path_of(bad), Err(ProfileError::InvalidName { .. })),
                "{bad:?}"
            );
        }
        assert!(store.path_of("work.gmail-2").is_ok());
    }

    #[test]
    fn missing_profile_and_missing_folder() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProfileStore::new(dir.path());
        assert!(store.list().unwrap().is_empty());
        let err = store.load("nobody").unwrap_err();
        assert!(matches!(err, ProfileError::NotFound { .. }), "{err}");
    }

    #[test]
    fn a_password_line_is_refused_with_a_clear_reason() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProfileStore::new(dir.path());
        std::fs::create_dir_all(store.dir()).unwrap();
        std::fs::write(store.dir().join("x.yaml"), "user: ana\npassword: hunter2\n").unwrap();
        let shown = store.load("x").unwrap_err().to_string();
        assert!(shown.contains("x.yaml:2:1"), "{shown}");
        assert!(shown.contains("never hold a password"), "{shown}");
        assert!(!shown.contains("hunter2"), "{shown}");
    }
}
