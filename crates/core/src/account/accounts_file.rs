//! An accounts file: many mailboxes checked in one run (`check --accounts FILE`).
//!
//! ```yaml
//! defaults:                      # optional: what many entries share
//!   incoming: { host: mail.example.net, port: 995, security: tls }
//!   outgoing: { host: mail.example.net, port: 587, security: starttls }
//! accounts:
//!   - name: ana
//!     user: ana@example.net
//!     password_env: ANA_PASSWORD
//!   - name: bruno
//!     user: bruno@example.net
//!     password_command: "pass show mail/bruno"
//! ```
//!
//! Each entry has the fields of a saved [`Profile`] plus a `name`, and says where its password
//! comes from: `password_env` (an environment variable) or `password_command` (a command run
//! without a shell; its first output line is the password). A field an entry leaves out is
//! taken from `defaults`, but for an entry that names its own `preset`: its servers come from
//! that preset, not from the defaults' servers. The file itself never holds a password: a `password:` line is
//! refused. A `password_command` may carry a secret in its words (a token as an argument), and
//! whoever can change it chooses what runs with the reader's rights; so a file with one is
//! refused unless only its owner can read and write it (`chmod 600`).
//!
//! Names become Prometheus label values and Nagios service names, so they are short, unique and
//! plain: letters, digits and `. _ - @ +`.
//!
//! Loading reads and checks the file; nothing is run and no variable is read here (that is the
//! caller's, when the account is checked).

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::account::profile::{IncomingProtocol, Profile};
use crate::model::Said;
use crate::preset::Server;
use crate::said;
use crate::yaml::{self, YamlDocument, YamlError, place, unknown_field};

/// Largest accounts file read: about 5,000 entries of a couple of hundred bytes.
pub const MAX_ACCOUNTS_FILE_BYTES: u64 = yaml::MAX_DOCUMENT_BYTES as u64;

/// Most entries in one file.
pub const MAX_ACCOUNTS: usize = 10_000;

/// Longest account name, in characters.
pub const MAX_ACCOUNT_NAME_CHARS: usize = 64;

/// Longest `password_env` or `password_command`, in bytes.
pub const MAX_PASSWORD_SOURCE_BYTES: usize = 4096;

/// A loaded accounts file: its entries, in the file's order, each with the defaults applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountsFile {
    pub accounts: Vec<AccountEntry>,
}

impl AccountsFile {
    /// The entry of this name.
    pub fn get(&self, name: &str) -> Option<&AccountEntry> {
        self.accounts.iter().find(|a| a.name == name)
    }

    /// The entries' names, in the file's order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.accounts.iter().map(|a| a.name.as_str())
    }
}

/// One mailbox of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountEntry {
    /// Unique, plain name (see the module's documentation).
    pub name: String,
    /// The servers, user and sender, as a saved profile records them (defaults applied).
    pub profile: Profile,
    /// Where the password comes from.
    pub password: PasswordSource,
}

/// Where an entry's password comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordSource {
    /// No password: the check goes as far as it can without logging in.
    None,
    /// This environment variable holds it.
    Env(String),
    /// This command prints it on its first line (run without a shell).
    Command(String),
}

/// An accounts file that could not be used; every variant names the file.
#[derive(Debug)]
pub enum AccountsFileError {
    /// It could not be read (missing, too large, not UTF-8 …).
    Io { path: PathBuf, problem: ReadProblem },
    /// It is not a valid accounts file; names line and column where the parser knows them.
    Parse(YamlError),
    /// It holds a `password:` line: a password written in the file, refused.
    LiteralPassword(YamlError),
    /// It is valid YAML of the right shape but something in it cannot be used.
    Invalid { path: PathBuf, problem: Said },
    /// It holds a `password_command` and others than its owner can read or change it.
    TooOpen { path: PathBuf, mode: u32 },
}

/// Why the file's bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// There is no such file.
    Missing,
    /// It is larger than this many bytes.
    TooLarge(u64),
    /// It is not UTF-8; the first bad byte is at this offset.
    NotText(usize),
    /// The system refused otherwise; its own words.
    Other(String),
}

impl AccountsFileError {
    /// What is wrong, in the reader's words. The file's name, the parser's position and its own
    /// description of a syntax error are data inside the sentence.
    pub fn said(&self) -> Said {
        match self {
            AccountsFileError::Io { path, problem } => {
                let path = path.display().to_string();
                match problem {
                    ReadProblem::Missing => said!("accounts-file-missing", path = path),
                    ReadProblem::TooLarge(limit) => {
                        said!(
                            "accounts-file-too-large",
                            path = path,
                            limit = limit.to_string()
                        )
                    }
                    ReadProblem::NotText(offset) => said!(
                        "accounts-file-not-text",
                        path = path,
                        offset = offset.to_string()
                    ),
                    ReadProblem::Other(error) => {
                        said!(
                            "accounts-file-unreadable",
                            path = path,
                            error = error.as_str()
                        )
                    }
                }
            }
            AccountsFileError::Parse(e) => e.said(YamlDocument::AccountsFile),
            AccountsFileError::LiteralPassword(e) => said!(
                "accounts-file-literal-password",
                place = place(e),
                at = unknown_field(e.message()).map(|u| u.at).unwrap_or_default()
            ),
            AccountsFileError::Invalid { problem, .. } => problem.clone(),
            AccountsFileError::TooOpen { path, mode } => said!(
                "accounts-file-too-open",
                path = path.display().to_string(),
                mode = format!("{mode:03o}")
            ),
        }
    }
}

/// English, for logs and tests; people read [`AccountsFileError::said`] in their language.
impl fmt::Display for AccountsFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said().english())
    }
}

impl std::error::Error for AccountsFileError {}

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    /// A saved profile's fields, all optional: what the entries share.
    defaults: Option<Profile>,
    accounts: Vec<RawEntry>,
}

/// One entry as written: a name, the profile's fields and a password source.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    name: String,
    #[serde(default)]
    preset: Option<String>,
    #[serde(default)]
    incoming: Option<Server>,
    #[serde(default)]
    incoming_protocol: Option<IncomingProtocol>,
    #[serde(default)]
    imap: Option<Server>,
    #[serde(default)]
    outgoing: Option<Server>,
    #[serde(default)]
    user: Option<String>,
    #[serde(default)]
    smtp_user: Option<String>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    password_env: Option<String>,
    #[serde(default)]
    password_command: Option<String>,
}

/// Read, parse and check an accounts file.
pub fn load(path: &Path) -> Result<AccountsFile, AccountsFileError> {
    let text = read_text(path).map_err(|problem| AccountsFileError::Io {
        path: path.to_path_buf(),
        problem,
    })?;
    let file = parse(&text, path)?;
    if file
        .accounts
        .iter()
        .any(|a| matches!(a.password, PasswordSource::Command(_)))
    {
        check_private(path)?;
    }
    Ok(file)
}

/// The whole file as text, at most [`MAX_ACCOUNTS_FILE_BYTES`].
fn read_text(path: &Path) -> Result<String, ReadProblem> {
    use std::io::Read;
    let problem = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => ReadProblem::Missing,
        _ => ReadProblem::Other(e.to_string()),
    };
    let file = std::fs::File::open(path).map_err(problem)?;
    let mut bytes = Vec::new();
    file.take(MAX_ACCOUNTS_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(problem)?;
    if bytes.len() as u64 > MAX_ACCOUNTS_FILE_BYTES {
        return Err(ReadProblem::TooLarge(MAX_ACCOUNTS_FILE_BYTES));
    }
    String::from_utf8(bytes).map_err(|e| ReadProblem::NotText(e.utf8_error().valid_up_to()))
}

/// Parse and check the text of an accounts file read from `path` (named in errors). The
/// permission rule is [`load`]'s.
pub fn parse(text: &str, path: &Path) -> Result<AccountsFile, AccountsFileError> {
    let source = path.display().to_string();
    let raw: RawFile = yaml::from_str(text, &source).map_err(|e| {
        if unknown_field(e.message()).is_some_and(|u| u.field == "password") {
            AccountsFileError::LiteralPassword(e)
        } else {
            AccountsFileError::Parse(e)
        }
    })?;
    let shown = source.as_str();
    let invalid = |problem: Said| AccountsFileError::Invalid {
        path: path.to_path_buf(),
        problem,
    };
    if raw.accounts.is_empty() {
        return Err(invalid(said!("accounts-file-no-account", path = shown)));
    }
    if raw.accounts.len() > MAX_ACCOUNTS {
        return Err(invalid(said!(
            "accounts-file-too-many",
            path = shown,
            count = raw.accounts.len().to_string(),
            limit = MAX_ACCOUNTS.to_string()
        )));
    }
    let defaults = raw.defaults.unwrap_or_default();
    let mut seen = HashSet::new();
    let mut accounts = Vec::with_capacity(raw.accounts.len());
    for (index, entry) in raw.accounts.into_iter().enumerate() {
        let at = format!("accounts[{index}]");
        check_name(&entry.name, shown, &at).map_err(invalid)?;
        if !seen.insert(entry.name.clone()) {
            return Err(invalid(said!(
                "accounts-file-name-twice",
                path = shown,
                at = at.as_str(),
                name = entry.name.as_str()
            )));
        }
        let password = password_source(&entry, shown, &at).map_err(invalid)?;
        // An entry that names its own preset takes its servers from it, not from the defaults.
        let servers = if entry.preset.is_some() {
            &Profile::default()
        } else {
            &defaults
        };
        let profile = Profile {
            preset: entry.preset.or_else(|| defaults.preset.clone()),
            incoming: entry.incoming.or_else(|| servers.incoming.clone()),
            incoming_protocol: entry.incoming_protocol.or(servers.incoming_protocol),
            imap: entry.imap.or_else(|| servers.imap.clone()),
            outgoing: entry.outgoing.or_else(|| servers.outgoing.clone()),
            user: entry.user.or_else(|| defaults.user.clone()),
            smtp_user: entry.smtp_user.or_else(|| defaults.smtp_user.clone()),
            from: entry.from.or_else(|| defaults.from.clone()),
        };
        if profile.preset.is_none() && profile.incoming.is_none() && profile.outgoing.is_none() {
            return Err(invalid(said!(
                "accounts-file-no-server",
                path = shown,
                at = at.as_str(),
                name = entry.name.as_str()
            )));
        }
        accounts.push(AccountEntry {
            name: entry.name,
            profile,
            password,
        });
    }
    Ok(AccountsFile { accounts })
}

/// The entry's password source: at most one of `password_env` and `password_command`. `path`
/// and `at` (`accounts[3]`) name the entry in the error.
fn password_source(entry: &RawEntry, path: &str, at: &str) -> Result<PasswordSource, Said> {
    let name = entry.name.as_str();
    match (&entry.password_env, &entry.password_command) {
        (Some(_), Some(_)) => Err(said!(
            "accounts-file-both-sources",
            path = path,
            at = at,
            name = name
        )),
        (Some(var), None) => {
            if var.is_empty() || var.len() > MAX_PASSWORD_SOURCE_BYTES || var.contains(['=', '\0'])
            {
                Err(said!(
                    "accounts-file-bad-env",
                    path = path,
                    at = at,
                    name = name
                ))
            } else {
                Ok(PasswordSource::Env(var.clone()))
            }
        }
        (None, Some(command)) => {
            if command.trim().is_empty() || command.len() > MAX_PASSWORD_SOURCE_BYTES {
                Err(said!(
                    "accounts-file-bad-command",
                    path = path,
                    at = at,
                    name = name,
                    limit = MAX_PASSWORD_SOURCE_BYTES.to_string()
                ))
            } else {
                Ok(PasswordSource::Command(command.clone()))
            }
        }
        (None, None) => Ok(PasswordSource::None),
    }
}

/// A name is 1 to [`MAX_ACCOUNT_NAME_CHARS`] letters, digits and `. _ - @ +`; it becomes a
/// Prometheus label value and a Nagios service name, and is typed after `--account`.
fn check_name(name: &str, path: &str, at: &str) -> Result<(), Said> {
    if name.is_empty() {
        return Err(said!("accounts-file-name-empty", path = path, at = at));
    }
    if name.chars().count() > MAX_ACCOUNT_NAME_CHARS {
        return Err(said!(
            "accounts-file-name-too-long",
            path = path,
            at = at,
            limit = MAX_ACCOUNT_NAME_CHARS.to_string()
        ));
    }
    if !name
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@' | '+'))
    {
        return Err(said!(
            "accounts-file-name-bad",
            path = path,
            at = at,
            name = name.escape_debug().to_string()
        ));
    }
    Ok(())
}

/// Refuse a file others than its owner can read or write.
#[cfg(unix)]
fn check_private(path: &Path) -> Result<(), AccountsFileError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| AccountsFileError::Io {
            path: path.to_path_buf(),
            problem: ReadProblem::Other(e.to_string()),
        })?
        .permissions()
        .mode()
        & 0o777;
    if mode & 0o066 != 0 {
        return Err(AccountsFileError::TooOpen {
            path: path.to_path_buf(),
            mode,
        });
    }
    Ok(())
}

/// Other systems have no such mode bits to check.
#[cfg(not(unix))]
fn check_private(_path: &Path) -> Result<(), AccountsFileError> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<AccountsFile, AccountsFileError> {
        parse(text, Path::new("accounts.yaml"))
    }

    const GOOD: &str = "\
defaults:
  incoming: { host: mail.example.net, port: 995, security: tls }
  outgoing: { host: mail.example.net, port: 587, security: starttls }
accounts:
  - name: ana
    user: ana@example.net
    password_env: ANA_PASSWORD
  - name: bruno@example.net
    user: bruno@example.net
    incoming: { host: imap.example.org, port: 993, security: tls }
    incoming_protocol: imap
    password_command: \"pass show mail/bruno\"
  - name: carla
    preset: gmail
    user: carla@gmail.com
";

    #[test]
    fn a_good_file_with_defaults() {
        let file = parsed(GOOD).unwrap();
        assert_eq!(
            file.names().collect::<Vec<_>>(),
            ["ana", "bruno@example.net", "carla"]
        );
        let ana = file.get("ana").unwrap();
        assert_eq!(ana.password, PasswordSource::Env("ANA_PASSWORD".into()));
        assert_eq!(ana.profile.incoming.as_ref().unwrap().port, 995);
        assert_eq!(ana.profile.user.as_deref(), Some("ana@example.net"));
        let bruno = file.get("bruno@example.net").unwrap();
        assert_eq!(
            bruno.password,
            PasswordSource::Command("pass show mail/bruno".into())
        );
        assert_eq!(
            bruno.profile.incoming.as_ref().unwrap().host,
            "imap.example.org"
        );
        assert_eq!(bruno.profile.outgoing.as_ref().unwrap().port, 587);
        assert_eq!(
            bruno.profile.incoming_protocol,
            Some(IncomingProtocol::Imap)
        );
        let carla = file.get("carla").unwrap();
        assert_eq!(carla.password, PasswordSource::None);
        assert_eq!(carla.profile.preset.as_deref(), Some("gmail"));
        assert_eq!(
            carla.profile.incoming, None,
            "a preset of its own: no default servers"
        );
        assert_eq!(carla.profile.outgoing, None);
        assert!(file.get("nobody").is_none());
    }

    #[test]
    fn unknown_keys_are_refused_with_their_place() {
        let err = parsed("accounts:\n  - name: a\n    incoming: { host: h, port: 995, security: tls }\n    colour: red\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("accounts.yaml:4"), "{err}");
        assert!(err.contains("colour"), "{err}");
        let err = parsed("acounts: []\n").unwrap_err().to_string();
        assert!(err.contains("acounts"), "{err}");
    }

    #[test]
    fn a_literal_password_is_refused_without_showing_it() {
        for text in [
            "accounts:\n  - name: a\n    incoming: { host: h, port: 995, security: tls }\n    password: hunter2\n",
            "defaults:\n  password: hunter2\naccounts:\n  - name: a\n    preset: gmail\n",
        ] {
            let err = parsed(text).unwrap_err().to_string();
            assert!(err.contains("password_env"), "{err}");
            assert!(err.contains("password_command"), "{err}");
            assert!(!err.contains("hunter2"), "{err}");
        }
    }

    #[test]
    fn names_are_unique_plain_and_bounded() {
        let entry = |name: &str| format!("accounts:\n  - name: {name}\n    preset: gmail\n");
        let err =
            parsed("accounts:\n  - name: a\n    preset: gmail\n  - name: a\n    preset: gmail\n")
                .unwrap_err()
                .to_string();
        assert!(err.contains("used twice"), "{err}");
        for bad in [
            "\"\"",
            "\"a b\"",
            "\"a;b\"",
            "\"a\\tb\"",
            "\"a{b}\"",
            &"x".repeat(65),
        ] {
            let err = parsed(&entry(bad)).unwrap_err().to_string();
            assert!(err.contains("accounts[0]"), "{bad}: {err}");
        }
        for good in ["ana", "ana@example.net", "desk-1.b_c+x", "joão"] {
            assert!(parsed(&entry(good)).is_ok(), "{good}");
        }
    }

    #[test]
    fn an_entry_needs_a_server_and_one_password_source() {
        let err = parsed("accounts:\n  - name: a\n    user: u\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("no server"), "{err}");
        let err = parsed(
            "accounts:\n  - name: a\n    preset: gmail\n    password_env: A\n    password_command: b\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("not both"), "{err}");
        let err = parsed("accounts: []\n").unwrap_err().to_string();
        assert!(err.contains("no account"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_password_command_needs_a_private_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("accounts.yaml");
        std::fs::write(&path, GOOD).unwrap();
        for open in [0o640, 0o604, 0o620, 0o666] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(open)).unwrap();
            let err = load(&path).unwrap_err();
            assert!(matches!(err, AccountsFileError::TooOpen { .. }), "{open:o}");
            let shown = err.to_string();
            assert!(shown.contains("chmod 600"), "{shown}");
            assert!(shown.contains(&path.display().to_string()), "{shown}");
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(load(&path).unwrap().accounts.len(), 3);
        // Without a command, nothing in the file is secret: readable by others is fine.
        let plain = dir.path().join("plain.yaml");
        std::fs::write(
            &plain,
            "accounts:\n  - name: a\n    preset: gmail\n    password_env: A\n",
        )
        .unwrap();
        std::fs::set_permissions(&plain, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(load(&plain).is_ok());
    }

    /// The stop list's words in `text` outside what is quoted and outside the document's
    /// name and places (`accounts.yaml`, `accounts[0]`, `defaults`), the file's own words.
    fn english_outside_quotes(text: &str, lang: crate::settings::Lang) -> Vec<&'static str> {
        let ours = crate::i18n::stop_list::without_quoted(text);
        let ours = ours
            .split_whitespace()
            .filter(|w| !w.starts_with("accounts") && *w != "defaults:")
            .collect::<Vec<_>>()
            .join(" ");
        crate::i18n::stop_list::english_words_in(&ours, lang)
    }

    #[test]
    fn every_loader_error_is_said_in_spanish_and_portuguese() {
        use crate::settings::Lang;
        let texts = [
            "accounts:\n  - name: ana\n    incoming: { host: h, port: 995, security: tls }\n    colour: red\n",
            "acounts: []\n",
            "accounts:\n  - name: ana\n    password: hunter2\n",
            "defaults:\n  password: hunter2\naccounts:\n  - name: ana\n    preset: gmail\n",
            "accounts: [\n",
            "accounts:\n  - name: ana\n    incoming: { host: h, port: 99999, security: tls }\n",
            "accounts: []\n",
            "accounts:\n  - name: ana\n    preset: gmail\n  - name: ana\n    preset: gmail\n",
            "accounts:\n  - name: \"\"\n    preset: gmail\n",
            "accounts:\n  - name: \"a b\"\n    preset: gmail\n",
            &format!(
                "accounts:\n  - name: {}\n    preset: gmail\n",
                "x".repeat(65)
            ),
            "accounts:\n  - name: ana\n    preset: gmail\n    password_env: A\n    password_command: b\n",
            "accounts:\n  - name: ana\n    preset: gmail\n    password_env: \"A=B\"\n",
            "accounts:\n  - name: ana\n    preset: gmail\n    password_command: \" \"\n",
            "accounts:\n  - name: ana\n    user: u\n",
        ];
        let mut errors: Vec<AccountsFileError> =
            texts.iter().map(|t| parsed(t).unwrap_err()).collect();
        for problem in [
            ReadProblem::Missing,
            ReadProblem::TooLarge(10),
            ReadProblem::NotText(3),
            ReadProblem::Other("Permission denied (os error 13)".into()),
        ] {
            errors.push(AccountsFileError::Io {
                path: PathBuf::from("accounts.yaml"),
                problem,
            });
        }
        errors.push(AccountsFileError::TooOpen {
            path: PathBuf::from("accounts.yaml"),
            mode: 0o644,
        });
        for error in &errors {
            let english = error.said().english().into_owned();
            assert_eq!(english, error.to_string());
            for lang in [Lang::Es, Lang::Pt] {
                let shown = error.said().render(lang).into_owned();
                assert_ne!(shown, english, "{lang:?}: {shown}");
                assert!(!shown.contains("hunter2"), "{shown}");
                let found = english_outside_quotes(&shown, lang);
                assert!(found.is_empty(), "{lang:?}: {shown} {found:?}");
            }
        }
        let open = errors.last().unwrap().said().render(Lang::Es).into_owned();
        assert!(open.contains("chmod 600 accounts.yaml"), "{open}");
    }

    #[test]
    fn a_missing_or_huge_file_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none.yaml");
        assert!(matches!(load(&missing), Err(AccountsFileError::Io { .. })));
        let huge = dir.path().join("huge.yaml");
        std::fs::write(&huge, "#".repeat(MAX_ACCOUNTS_FILE_BYTES as usize + 1)).unwrap();
        let err = load(&huge).unwrap_err().to_string();
        assert!(err.contains("larger"), "{err}");
    }
}
