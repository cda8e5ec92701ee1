//! The catalogue of providers `mailtriage presets` lists: the presets in effect (hand-written
//! ones and the user's own) and Thunderbird's provider database (ISPDB) entries, each with where
//! it comes from, filtered by a search word. The table is drawn in [`table`]; `--json` prints the
//! rows.

mod table;

use serde::Serialize;

use crate::ispdb::{Ispdb, IspdbProvider};
use crate::preset::{Note, Preset, Presets, Server, UsernameForm};
use crate::settings::Lang;

pub use table::TABLE_WIDTH;

/// Where a listed provider comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ListedFrom {
    /// A preset: shipped in `presets/*.yaml`, or a file in the user's presets folder.
    Preset,
    /// An entry of Thunderbird's provider database, `presets/ispdb/`.
    Ispdb,
}

impl ListedFrom {
    /// The word the table shows.
    pub fn label(self) -> &'static str {
        match self {
            ListedFrom::Preset => "preset",
            ListedFrom::Ispdb => "ISPDB",
        }
    }
}

/// One provider as the listing shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listed {
    pub from: ListedFrom,
    /// The preset's id (for `--preset`), or the ISPDB file's name without `.xml`.
    pub id: String,
    pub name: String,
    pub domains: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mx_suffixes: Vec<String>,
    pub pop3: Vec<Server>,
    pub imap: Vec<Server>,
    pub smtp: Vec<Server>,
    /// The user name form, when the source states one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<UsernameForm>,
    /// Only OAuth2 sign-in is listed (a preset's `oauth2-only` note, or an ISPDB entry whose
    /// servers list nothing else).
    pub oauth2_only: bool,
    /// A preset's note tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
}

impl Listed {
    fn of_preset(preset: &Preset) -> Listed {
        Listed {
            from: ListedFrom::Preset,
            id: preset.id.clone(),
            name: preset.name.clone(),
            domains: preset.domains.clone(),
            mx_suffixes: preset.mx_suffixes.clone(),
            pop3: preset.pop3.clone(),
            imap: preset.imap.clone(),
            smtp: preset.smtp.clone(),
            username: Some(preset.username),
            oauth2_only: preset.has(Note::Oauth2Only),
            notes: preset.notes.clone(),
            help_url: Some(preset.help_url.clone()),
        }
    }

    fn of_ispdb(provider: &IspdbProvider) -> Listed {
        let settings = provider.settings().unwrap_or_default();
        Listed {
            from: ListedFrom::Ispdb,
            id: provider.id.clone(),
            name: provider.name.clone(),
            domains: provider.domains.clone(),
            mx_suffixes: Vec::new(),
            pop3: settings.pop3,
            imap: settings.imap,
            smtp: settings.smtp,
            username: settings.username,
            oauth2_only: settings.oauth2_only,
            notes: Vec::new(),
            help_url: None,
        }
    }

    /// True when the id, name, a domain, an MX suffix or a server host name contains `word`
    /// (ignoring case); an empty word matches everything.
    pub fn matches(&self, word: &str) -> bool {
        let word = word.trim().to_lowercase();
        word.is_empty()
            || self.id.to_lowercase().contains(&word)
            || self.name.to_lowercase().contains(&word)
            || self
                .domains
                .iter()
                .chain(&self.mx_suffixes)
                .any(|d| d.contains(&word))
            || self
                .pop3
                .iter()
                .chain(&self.imap)
                .chain(&self.smtp)
                .any(|s| s.host.contains(&word))
    }
}

/// The table of `mailtriage presets` for these rows, in at most [`TABLE_WIDTH`] columns, with
/// its headings in `lang`.
pub fn render_table(rows: &[Listed], lang: Lang) -> String {
    table::table(rows, TABLE_WIDTH, lang)
}

/// The presets (by name), then the ISPDB entries (by id), that match `word`.
pub fn listing(presets: &Presets, ispdb: &Ispdb, word: &str) -> Vec<Listed> {
    presets
        .all()
        .into_iter()
        .map(Listed::of_preset)
        .chain(ispdb.all().iter().map(Listed::of_ispdb))
        .filter(|listed| listed.matches(word))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_presets_then_ispdb_entries() {
        let presets = Presets::embedded();
        let ispdb = Ispdb::embedded();
        let all = listing(&presets, ispdb, "");
        assert_eq!(all.len(), presets.len() + ispdb.len());
        assert!(
            all[..presets.len()]
                .iter()
                .all(|l| l.from == ListedFrom::Preset)
        );
        assert!(
            all[presets.len()..]
                .iter()
                .all(|l| l.from == ListedFrom::Ispdb)
        );
    }

    #[test]
    fn the_search_word_looks_at_ids_names_domains_and_hosts() {
        let presets = Presets::embedded();
        let ispdb = Ispdb::embedded();
        let ids = |word: &str| -> Vec<(ListedFrom, String)> {
            listing(&presets, ispdb, word)
                .into_iter()
                .map(|l| (l.from, l.id))
                .collect()
        };
        let gmail = ids("GMAIL.COM");
        assert!(
            gmail.contains(&(ListedFrom::Preset, "gmail".into())),
            "{gmail:?}"
        );
        assert!(
            gmail.contains(&(ListedFrom::Ispdb, "googlemail.com".into())),
            "{gmail:?}"
        );
        assert!(ids("securepop.t-online").contains(&(ListedFrom::Ispdb, "t-online.de".into())));
        assert!(
            ids("mail.protection.outlook.com")
                .contains(&(ListedFrom::Preset, "microsoft-365".into()))
        );
        assert!(ids("no-such-provider-anywhere").is_empty());
    }

    #[test]
    fn json_names_the_source() {
        let presets = Presets::embedded();
        let rows = listing(&presets, Ispdb::embedded(), "t-online.de");
        let json = serde_json::to_value(&rows).unwrap();
        let entry = json
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "t-online.de")
            .unwrap();
        assert_eq!(entry["from"], "ispdb");
        assert_eq!(entry["pop3"][0]["host"], "securepop.t-online.de");
        assert_eq!(entry["pop3"][0]["security"], "tls");
    }
}
