//! Provider presets: `presets/*.yaml` embedded in the binary, plus the user's own folder.
//!
//! A preset records one provider's documented settings (servers, ports, security, user name
//! form), how to recognise it (e-mail domains, MX host suffixes) and facts that change the advice
//! (notes such as `app-password-required`). Files in `$XDG_CONFIG_HOME/mailtriage/presets/`
//! add presets or replace a built-in one with the same id. The schema is described in
//! `presets/README.md`.

mod embedded;
mod near_miss;
mod note;
mod oauth2;
mod user_files;
mod validation;

use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::model::Said;
use crate::said;
use crate::settings::{Endpoint, Security};
use crate::yaml::{self, YamlError};

pub use embedded::EMBEDDED;
pub use near_miss::typo_distance;
pub use note::Note;
pub use oauth2::{OAuth2Settings, TENANT_PLACEHOLDER, is_plain_token};
pub(crate) use user_files::read_text_bounded;
pub use user_files::{config_dir, config_dir_from};

/// Largest preset file read from the user's folder.
pub const MAX_PRESET_FILE_BYTES: u64 = 256 * 1024;

/// Largest typo distance [`Presets::near_miss`] suggests a correction for.
pub const NEAR_MISS_MAX_TYPOS: usize = 2;

/// One server of a provider, as a preset or a profile records it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Server {
    #[serde(deserialize_with = "validation::host")]
    pub host: String,
    #[serde(deserialize_with = "validation::port")]
    pub port: u16,
    pub security: Security,
}

impl Server {
    pub fn to_endpoint(&self) -> Endpoint {
        Endpoint {
            host: self.host.clone(),
            port: self.port,
            security: self.security,
        }
    }
}

impl From<&Endpoint> for Server {
    fn from(e: &Endpoint) -> Server {
        Server {
            host: e.host.clone(),
            port: e.port,
            security: e.security,
        }
    }
}

impl fmt::Display for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{} {}", self.host, self.port, self.security)
    }
}

/// Which form of the address the provider expects as the user name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UsernameForm {
    /// `name@example.com`
    FullAddress,
    /// `name`, the part before `@`.
    LocalPart,
}

impl UsernameForm {
    pub fn as_str(self) -> &'static str {
        match self {
            UsernameForm::FullAddress => "full-address",
            UsernameForm::LocalPart => "local-part",
        }
    }

    /// The user name this form makes of an e-mail address.
    pub fn user_for(self, address: &str) -> String {
        let address = address.trim();
        match self {
            UsernameForm::FullAddress => address.to_string(),
            UsernameForm::LocalPart => address
                .rsplit_once('@')
                .map_or(address, |(local, _)| local)
                .to_string(),
        }
    }
}

/// One provider's documented settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    /// Stable key: lower-case letters, digits and dashes (`gmail`, `gmx-net`).
    #[serde(deserialize_with = "validation::id")]
    pub id: String,
    /// Display name (`Gmail`, `GMX (.de .net .at .ch)`).
    #[serde(deserialize_with = "validation::name")]
    pub name: String,
    /// E-mail domains of the provider's own addresses. Empty for providers that only host
    /// customers' own domains; those are found through `mx_suffixes`.
    #[serde(default, deserialize_with = "validation::dns_names")]
    pub domains: Vec<String>,
    /// Endings of MX host names that show a custom domain is hosted here.
    #[serde(default, deserialize_with = "validation::dns_names")]
    pub mx_suffixes: Vec<String>,
    /// POP3 servers, preferred first. Empty: the provider has no POP3 (then `notes` has `no-pop3`).
    pub pop3: Vec<Server>,
    /// IMAP servers, preferred first. Empty: the preset says nothing about IMAP.
    #[serde(default)]
    pub imap: Vec<Server>,
    /// SMTP submission servers, preferred first.
    pub smtp: Vec<Server>,
    pub username: UsernameForm,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The provider's help page that documents these settings.
    #[serde(deserialize_with = "validation::url")]
    pub help_url: String,
    /// Where to create an app password.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "validation::optional_url"
    )]
    pub app_password_url: Option<String>,
    /// Where POP access is switched on.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "validation::optional_url"
    )]
    pub pop_settings_url: Option<String>,
    /// Free text for people reading the file or the detail view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// How the provider's OAuth2 sign-in is reached (`mailtriage oauth2 login`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth2: Option<OAuth2Settings>,
}

impl Preset {
    /// Parse and check one preset file. `source` names the file in errors.
    pub fn parse(text: &str, source: &str) -> Result<Preset, PresetError> {
        let preset: Preset = yaml::from_str(text, source).map_err(PresetError::Parse)?;
        validation::whole(&preset).map_err(|problem| PresetError::Invalid {
            source: source.to_string(),
            id: preset.id.clone(),
            problem,
        })?;
        Ok(preset)
    }

    /// The preferred POP3 server.
    pub fn incoming(&self) -> Option<Endpoint> {
        self.pop3.first().map(Server::to_endpoint)
    }

    /// The preferred IMAP server.
    pub fn preferred_imap(&self) -> Option<Endpoint> {
        self.imap.first().map(Server::to_endpoint)
    }

    /// The preferred SMTP server.
    pub fn outgoing(&self) -> Option<Endpoint> {
        self.smtp.first().map(Server::to_endpoint)
    }

    pub fn has(&self, note: Note) -> bool {
        self.notes.contains(&note)
    }

    /// Every POP3, IMAP and SMTP host name, each once, in that order.
    /// Whether one of its servers is `host` (as written in the preset).
    pub fn lists_server(&self, host: &str) -> bool {
        self.pop3
            .iter()
            .chain(&self.imap)
            .chain(&self.smtp)
            .any(|server| server.host == host)
    }

    pub fn server_hosts(&self) -> Vec<&str> {
        let mut hosts: Vec<&str> = Vec::new();
        for server in self.pop3.iter().chain(&self.imap).chain(&self.smtp) {
            if !hosts.contains(&server.host.as_str()) {
                hosts.push(&server.host);
            }
        }
        hosts
    }
}

/// A preset file that could not be used.
#[derive(Debug)]
pub enum PresetError {
    /// The file or folder could not be read.
    Read { path: PathBuf, problem: String },
    /// The YAML is malformed or does not fit the schema; names file, line and column.
    Parse(YamlError),
    /// The preset parsed but breaks a rule that spans fields.
    Invalid {
        source: String,
        id: String,
        problem: Said,
    },
    /// Two files in the user's folder use the same id.
    DuplicateId {
        id: String,
        first: PathBuf,
        second: PathBuf,
    },
}

impl PresetError {
    /// What is wrong, in the reader's words; the file, the place in it, the ids and the
    /// parser's own description are data inside the sentence.
    pub fn said(&self) -> Said {
        match self {
            PresetError::Read { path, problem } => said!(
                "preset-file-unreadable",
                path = path.display().to_string(),
                problem = problem.as_str()
            ),
            PresetError::Parse(e) => e.said(crate::yaml::YamlDocument::Preset),
            PresetError::Invalid {
                source,
                id,
                problem,
            } => said!(
                "preset-file-rule",
                file = source.as_str(),
                id = id.as_str(),
                problem = problem.clone()
            ),
            PresetError::DuplicateId { id, first, second } => said!(
                "preset-file-duplicate-id",
                second = second.display().to_string(),
                id = id.as_str(),
                first = first.display().to_string()
            ),
        }
    }
}

/// English, for logs and tests; people read [`PresetError::said`] in their language.
impl fmt::Display for PresetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The parser's own form (`file:line:column: message`), as before.
            PresetError::Parse(e) => write!(f, "{e}"),
            other => f.write_str(&other.said().english()),
        }
    }
}

impl std::error::Error for PresetError {}

/// Where a preset came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Shipped in the binary.
    BuiltIn,
    /// A file in the user's presets folder.
    User(PathBuf),
}

#[derive(Debug, Clone)]
struct Entry {
    preset: Preset,
    origin: Origin,
}

/// The presets in effect: built-in ones, with the user's folder added on top.
///
/// Look-ups try the user's presets first, so a local preset that claims a domain, MX suffix or
/// server name wins over a built-in one.
///
/// The built-in presets are parsed on first use, not when the value is made: a check whose
/// options name no preset and no address needs them only for its diagnosis, after the servers
/// have answered, and [`Presets::prepare`] can parse them on another thread meanwhile.
#[derive(Debug, Clone)]
pub struct Presets {
    /// Sorted by name (case-insensitive), then id; made on first use when only built-in
    /// presets are in effect.
    entries: std::sync::OnceLock<Vec<Entry>>,
    /// Every server name the presets list, sorted, made on first use: every diagnosis asks for
    /// it ("did you mean").
    server_names: std::sync::OnceLock<Vec<String>>,
}

impl Presets {
    /// Only the presets shipped in the binary (parsed when first looked at).
    pub fn embedded() -> Presets {
        Presets {
            entries: std::sync::OnceLock::new(),
            server_names: std::sync::OnceLock::new(),
        }
    }

    /// Built-in presets plus the user's folder (`$XDG_CONFIG_HOME/mailtriage/presets`, or under
    /// `$HOME/.config`). A missing folder is not an error; a broken file in it is.
    pub fn load() -> Result<Presets, PresetError> {
        match config_dir() {
            Some(dir) => Presets::load_with_config_dir(&dir),
            None => Ok(Presets::embedded()),
        }
    }

    /// [`Presets::load`] with the mailtriage configuration folder given (its `presets/`
    /// subfolder is read).
    pub fn load_with_config_dir(config_dir: &Path) -> Result<Presets, PresetError> {
        Presets::embedded().with_user_folder(&config_dir.join("presets"))
    }

    /// Add the `*.yaml` / `*.yml` files of `folder`; a file whose id matches a preset already
    /// present replaces it. Files are read in name order; hidden files are skipped.
    pub fn with_user_folder(self, folder: &Path) -> Result<Presets, PresetError> {
        let found = read_folder(folder)?;
        if found.is_empty() {
            return Ok(self);
        }
        let mut entries = self.entries.into_inner().unwrap_or_else(builtin_entries);
        for (preset, path) in found {
            entries.retain(|e| e.preset.id != preset.id);
            entries.push(Entry {
                preset,
                origin: Origin::User(path),
            });
        }
        Ok(Presets::sorted(entries))
    }

    /// Parse the built-in presets now, if that has not happened yet: a caller that will look
    /// at them only later (after a network check) calls this on a thread of its own.
    pub fn prepare() {
        let _ = builtin();
    }

    fn entries(&self) -> &[Entry] {
        self.entries.get_or_init(|| sort_entries(builtin_entries()))
    }

    fn sorted(entries: Vec<Entry>) -> Presets {
        Presets {
            entries: std::sync::OnceLock::from(sort_entries(entries)),
            server_names: std::sync::OnceLock::new(),
        }
    }

    /// Every server name the presets list, sorted, without repeats.
    pub fn server_names(&self) -> &[String] {
        self.server_names.get_or_init(|| {
            let mut hosts: Vec<String> = self
                .entries()
                .iter()
                .flat_map(|e| e.preset.server_hosts())
                .map(str::to_string)
                .collect();
            hosts.sort();
            hosts.dedup();
            hosts
        })
    }

    /// Every preset, sorted by name.
    pub fn all(&self) -> Vec<&Preset> {
        self.entries().iter().map(|e| &e.preset).collect()
    }

    pub fn len(&self) -> usize {
        self.entries().len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries().is_empty()
    }

    /// Where the preset with this id came from.
    pub fn origin(&self, id: &str) -> Option<&Origin> {
        self.entries()
            .iter()
            .find(|e| e.preset.id == id)
            .map(|e| &e.origin)
    }

    /// The preset whose id or display name is `id_or_name`, ignoring case.
    pub fn get(&self, id_or_name: &str) -> Option<&Preset> {
        let wanted = id_or_name.trim();
        self.search_order()
            .find(|p| p.id.eq_ignore_ascii_case(wanted) || p.name.eq_ignore_ascii_case(wanted))
    }

    /// The provider of an e-mail domain (`gmail.com`) or of a whole address. A subdomain of a
    /// listed domain matches too (`contoso.onmicrosoft.com`).
    pub fn by_email_domain(&self, domain_or_address: &str) -> Option<&Preset> {
        let text = domain_or_address.trim();
        let domain = normalize_host(text.rsplit_once('@').map_or(text, |(_, d)| d));
        if domain.is_empty() {
            return None;
        }
        if let Some(exact) = self.search_order().find(|p| p.domains.contains(&domain)) {
            return Some(exact);
        }
        self.longest_suffix_match(&domain, |p| &p.domains)
    }

    /// The provider that hosts a domain whose MX record is `mx_host`
    /// (`example-com.mail.protection.outlook.com` → Microsoft 365). The longest matching suffix
    /// wins.
    pub fn by_mx_host(&self, mx_host: &str) -> Option<&Preset> {
        let host = normalize_host(mx_host);
        if host.is_empty() {
            return None;
        }
        self.longest_suffix_match(&host, |p| &p.mx_suffixes)
    }

    /// The provider a POP3, IMAP or SMTP server name belongs to (`pop.gmail.com` → Gmail). When
    /// several presets share a server (Gmail and Google Workspace), the first by name;
    /// [`Presets::all_by_server_host`] lists them all.
    pub fn by_server_host(&self, host: &str) -> Option<&Preset> {
        self.all_by_server_host(host).into_iter().next()
    }

    /// Every preset that lists `host` as a POP3, IMAP or SMTP server.
    pub fn all_by_server_host(&self, host: &str) -> Vec<&Preset> {
        let host = normalize_host(host);
        self.search_order()
            .filter(|p| p.lists_server(&host))
            .collect()
    }

    /// A known server name `host` is probably a typo of (`pop.gmial.com` → `pop.gmail.com`),
    /// with its preset: at most [`NEAR_MISS_MAX_TYPOS`] letters wrong, missing, extra or swapped.
    /// `None` for a known name, an IP address, or nothing close.
    pub fn near_miss(&self, host: &str) -> Option<(&Preset, &str)> {
        let typed = normalize_host(host);
        if typed.is_empty() || typed.parse::<std::net::IpAddr>().is_ok() {
            return None;
        }
        if !self.all_by_server_host(&typed).is_empty() {
            return None;
        }
        let mut best: Option<(usize, &Preset, &str)> = None;
        for preset in self.search_order() {
            for known in preset.server_hosts() {
                if known.parse::<std::net::IpAddr>().is_ok() {
                    continue;
                }
                let Some(distance) = typo_distance(&typed, known, NEAR_MISS_MAX_TYPOS) else {
                    continue;
                };
                if best.is_none_or(|(d, _, _)| distance < d) {
                    best = Some((distance, preset, known));
                }
            }
        }
        best.map(|(_, preset, known)| (preset, known))
    }

    /// User presets first, then built-in ones; each group in name order.
    fn search_order(&self) -> impl Iterator<Item = &Preset> {
        let user = self
            .entries()
            .iter()
            .filter(|e| matches!(e.origin, Origin::User(_)));
        let builtin = self
            .entries()
            .iter()
            .filter(|e| e.origin == Origin::BuiltIn);
        user.chain(builtin).map(|e| &e.preset)
    }

    fn longest_suffix_match<'a>(
        &'a self,
        name: &str,
        suffixes: impl Fn(&'a Preset) -> &'a Vec<String>,
    ) -> Option<&'a Preset> {
        let mut best: Option<(usize, &Preset)> = None;
        for preset in self.search_order() {
            for suffix in suffixes(preset) {
                let matches = name == suffix
                    || name
                        .strip_suffix(suffix.as_str())
                        .is_some_and(|rest| rest.ends_with('.'));
                if matches && best.is_none_or(|(len, _)| suffix.len() > len) {
                    best = Some((suffix.len(), preset));
                }
            }
        }
        best.map(|(_, preset)| preset)
    }
}

/// Lower-case, trimmed, without the final dot of a fully qualified name.
fn normalize_host(host: &str) -> String {
    host.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// The built-in presets, parsed once.
fn builtin() -> &'static [Preset] {
    static PARSED: OnceLock<Vec<Preset>> = OnceLock::new();
    PARSED.get_or_init(|| {
        EMBEDDED
            .iter()
            .map(|(file, text)| {
                // Shipped files are checked by the test suite; a failure here is a build defect.
                Preset::parse(text, &format!("presets/{file}"))
                    .unwrap_or_else(|e| panic!("a built-in preset is broken: {e}"))
            })
            .collect()
    })
}

/// The built-in presets, each marked as such, in file order.
fn builtin_entries() -> Vec<Entry> {
    builtin()
        .iter()
        .map(|preset| Entry {
            preset: preset.clone(),
            origin: Origin::BuiltIn,
        })
        .collect()
}

/// By name (case-insensitive), then id.
fn sort_entries(mut entries: Vec<Entry>) -> Vec<Entry> {
    entries.sort_by(|a, b| {
        a.preset
            .name
            .to_lowercase()
            .cmp(&b.preset.name.to_lowercase())
            .then_with(|| a.preset.id.cmp(&b.preset.id))
    });
    entries
}

fn read_folder(folder: &Path) -> Result<Vec<(Preset, PathBuf)>, PresetError> {
    let read_error = |path: &Path, e: std::io::Error| PresetError::Read {
        path: path.to_path_buf(),
        problem: e.to_string(),
    };
    let listing = match std::fs::read_dir(folder) {
        Ok(listing) => listing,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(read_error(folder, e)),
    };
    let mut paths = Vec::new();
    for entry in listing {
        let path = entry.map_err(|e| read_error(folder, e))?.path();
        if is_preset_file(&path) {
            paths.push(path);
        }
    }
    paths.sort();

    let mut presets: Vec<(Preset, PathBuf)> = Vec::new();
    for path in paths {
        let text = read_text_bounded(&path, MAX_PRESET_FILE_BYTES).map_err(|problem| {
            PresetError::Read {
                path: path.clone(),
                problem,
            }
        })?;
        let preset = Preset::parse(&text, &path.display().to_string())?;
        if let Some((_, first)) = presets.iter().find(|(p, _)| p.id == preset.id) {
            return Err(PresetError::DuplicateId {
                id: preset.id,
                first: first.clone(),
                second: path,
            });
        }
        presets.push((preset, path));
    }
    Ok(presets)
}

fn is_preset_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    !name.starts_with('.') && (name.ends_with(".yaml") || name.ends_with(".yml")) && path.is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn username_forms() {
        assert_eq!(
            UsernameForm::LocalPart.user_for("ana@web.de"),
            "ana".to_string()
        );
        assert_eq!(
            UsernameForm::FullAddress.user_for(" ana@gmail.com "),
            "ana@gmail.com".to_string()
        );
        assert_eq!(UsernameForm::LocalPart.user_for("ana"), "ana".to_string());
    }

    #[test]
    fn normalizes_host_names() {
        assert_eq!(normalize_host(" POP.Gmail.com. "), "pop.gmail.com");
    }

    #[test]
    fn server_endpoint_round_trip() {
        let server = Server {
            host: "pop.example.org".into(),
            port: 995,
            security: Security::Tls,
        };
        assert_eq!(Server::from(&server.to_endpoint()), server);
        assert_eq!(server.to_string(), "pop.example.org:995 tls");
    }

    #[test]
    fn suffix_match_needs_a_label_boundary() {
        let presets = Presets::embedded();
        assert!(
            presets
                .by_mx_host("evilmail.protection.outlook.com")
                .is_none()
        );
        assert_eq!(
            presets
                .by_mx_host("x.mail.protection.outlook.com")
                .map(|p| p.id.as_str()),
            Some("microsoft-365")
        );
    }

    #[test]
    fn hidden_and_other_files_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".swap.yaml"), "broken: [").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "broken: [").unwrap();
        std::fs::create_dir(dir.path().join("sub.yaml")).unwrap();
        let presets = Presets::embedded().with_user_folder(dir.path()).unwrap();
        assert_eq!(presets.len(), Presets::embedded().len());
    }
}
