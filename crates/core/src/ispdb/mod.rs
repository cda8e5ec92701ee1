//! Thunderbird's provider database (ISPDB): the autoconfig files of about 160 providers, shipped
//! unchanged in `presets/ispdb/` (MPL-2.0) and embedded in the binary, and the look-ups on them:
//! the entry of an e-mail domain, or of the domain an MX host belongs to.
//!
//! An entry is a candidate to check, not the truth: entries age, and some still list servers
//! without encryption (see [`IspdbSettings`] for how those are checked). The hand-written presets
//! come first; they carry notes and hints an entry cannot.

mod embedded;
mod settings;

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::discovery::autoconfig;

pub use embedded::FILES;
pub use settings::IspdbSettings;

/// One provider of the database: one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IspdbProvider {
    /// The file name without `.xml` (`googlemail.com`, `oxcloud-eu`).
    pub id: String,
    /// The file's `displayName`, else the id.
    pub name: String,
    /// The e-mail domains the file is for, each once.
    pub domains: Vec<String>,
    /// The file's text.
    xml: &'static str,
}

impl IspdbProvider {
    /// The file's name in `presets/ispdb/xml/`.
    pub fn file_name(&self) -> String {
        format!("{}.xml", self.id)
    }

    /// The settings the entry gives for `email` (its placeholders filled in with the address).
    /// `None` when the file names no usable server for it.
    pub fn settings_for(&self, email: &str) -> Option<IspdbSettings> {
        autoconfig::parse(self.xml, email)
            .ok()
            .map(|config| IspdbSettings::of(&config))
    }

    /// The settings for an address at the entry's first domain, for listing the entry.
    pub fn settings(&self) -> Option<IspdbSettings> {
        let domain = self
            .domains
            .first()
            .map_or("example.invalid", String::as_str);
        self.settings_for(&format!("user@{domain}"))
    }
}

/// How an entry was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IspdbMatch {
    /// The e-mail domain is one of the entry's domains.
    Domain,
    /// An MX host of the e-mail domain is under one of the entry's domains.
    Mx,
}

/// An entry found for an address, with the entry's domain that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IspdbFound<'a> {
    pub provider: &'a IspdbProvider,
    /// The domain of the entry that matched (`google.com` for the MX host `aspmx.l.google.com`).
    pub domain: &'a str,
    pub found_by: IspdbMatch,
}

/// The database: every entry, and an index from domain to entry.
#[derive(Debug, Clone)]
pub struct Ispdb {
    providers: Vec<IspdbProvider>,
    /// Domain → (index in `providers`, index in its `domains`). The first file that lists a
    /// domain keeps it.
    by_domain: HashMap<String, (usize, usize)>,
}

impl Ispdb {
    /// The database shipped in the binary, read on first use and kept.
    pub fn embedded() -> &'static Ispdb {
        static PARSED: OnceLock<Ispdb> = OnceLock::new();
        PARSED.get_or_init(|| Ispdb::from_files(FILES))
    }

    /// A database of these `(file name, text)` pairs. A file that is not a usable autoconfig
    /// file (no `<domain>`, or not XML) is left out.
    pub fn from_files(files: &[(&str, &'static str)]) -> Ispdb {
        let mut providers = Vec::new();
        let mut by_domain = HashMap::new();
        for (file, xml) in files {
            let Ok((domains, name)) = autoconfig::provider_index(xml) else {
                continue;
            };
            if domains.is_empty() {
                continue;
            }
            let id = file.strip_suffix(".xml").unwrap_or(file).to_string();
            let name = name.unwrap_or_else(|| id.clone());
            for (at, domain) in domains.iter().enumerate() {
                by_domain
                    .entry(domain.clone())
                    .or_insert((providers.len(), at));
            }
            providers.push(IspdbProvider {
                id,
                name,
                domains,
                xml,
            });
        }
        Ispdb {
            providers,
            by_domain,
        }
    }

    /// Every entry, in file-name order.
    pub fn all(&self) -> &[IspdbProvider] {
        &self.providers
    }

    pub fn len(&self) -> usize {
        self.providers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.providers.is_empty()
    }

    /// Every domain listed, each once.
    pub fn domain_count(&self) -> usize {
        self.by_domain.len()
    }

    /// The entry with this id (file name without `.xml`), ignoring case.
    pub fn get(&self, id: &str) -> Option<&IspdbProvider> {
        let id = id.trim();
        self.providers
            .iter()
            .find(|p| p.id.eq_ignore_ascii_case(id))
    }

    /// The entry that lists an e-mail domain (`ana@126.com` or `126.com`), exactly as ISPDB
    /// does: a subdomain is not its parent's.
    pub fn by_email_domain(&self, domain_or_address: &str) -> Option<IspdbFound<'_>> {
        let text = domain_or_address.trim();
        let domain = normalize(text.rsplit_once('@').map_or(text, |(_, d)| d));
        self.exact(&domain, IspdbMatch::Domain)
    }

    /// The entry for the domain an MX host belongs to: the host itself or its longest suffix
    /// that an entry lists (`aspmx.l.google.com` → `google.com`).
    pub fn by_mx_host(&self, mx_host: &str) -> Option<IspdbFound<'_>> {
        let host = normalize(mx_host);
        let mut rest = host.as_str();
        // Suffixes at label boundaries, longest first; a single label (a top-level domain) is
        // never a provider's.
        while rest.contains('.') {
            if let Some(found) = self.exact(rest, IspdbMatch::Mx) {
                return Some(found);
            }
            rest = rest.split_once('.').map_or("", |(_, r)| r);
        }
        None
    }

    /// The first of these MX hosts (most preferred first) whose domain has an entry.
    pub fn by_mx_hosts<'a>(
        &self,
        mx_hosts: impl IntoIterator<Item = &'a str>,
    ) -> Option<IspdbFound<'_>> {
        mx_hosts.into_iter().find_map(|host| self.by_mx_host(host))
    }

    /// Entries whose id, name, a domain or a server host name contains `word`, ignoring case.
    /// An empty word matches every entry.
    pub fn search(&self, word: &str) -> Vec<&IspdbProvider> {
        let word = word.trim().to_lowercase();
        self.providers
            .iter()
            .filter(|p| {
                word.is_empty()
                    || p.id.to_lowercase().contains(&word)
                    || p.name.to_lowercase().contains(&word)
                    || p.domains.iter().any(|d| d.contains(&word))
                    || p.settings().is_some_and(|s| {
                        s.pop3
                            .iter()
                            .chain(&s.imap)
                            .chain(&s.smtp)
                            .any(|server| server.host.contains(&word))
                    })
            })
            .collect()
    }

    fn exact(&self, domain: &str, found_by: IspdbMatch) -> Option<IspdbFound<'_>> {
        let (provider, at) = *self.by_domain.get(domain)?;
        let provider = &self.providers[provider];
        Some(IspdbFound {
            provider,
            domain: &provider.domains[at],
            found_by,
        })
    }
}

/// Lower-case, trimmed, without the final dot of a fully qualified name.
fn normalize(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{Protocol, Security};

    #[test]
    fn every_shipped_file_is_an_entry_with_servers() {
        let ispdb = Ispdb::embedded();
        assert_eq!(ispdb.len(), FILES.len(), "a shipped file did not parse");
        assert!(ispdb.domain_count() >= ispdb.len());
        for provider in ispdb.all() {
            let settings = provider
                .settings()
                .unwrap_or_else(|| panic!("{}: no usable server", provider.file_name()));
            assert!(
                !(settings.pop3.is_empty() && settings.imap.is_empty()),
                "{}: no incoming server",
                provider.id
            );
            for server in settings
                .pop3
                .iter()
                .chain(&settings.imap)
                .chain(&settings.smtp)
            {
                assert_ne!(
                    server.security,
                    Security::None,
                    "{}: {server} is checked without encryption",
                    provider.id
                );
            }
        }
    }

    #[test]
    fn finds_the_entry_of_an_email_domain() {
        let ispdb = Ispdb::embedded();
        let found = ispdb.by_email_domain("Ana@126.COM.").unwrap();
        assert_eq!(
            (found.provider.id.as_str(), found.domain, found.found_by),
            ("126.com", "126.com", IspdbMatch::Domain)
        );
        let gmail = ispdb.by_email_domain("googlemail.com").unwrap();
        assert_eq!(gmail.provider.id, "googlemail.com");
        let settings = gmail.provider.settings_for("ana@googlemail.com").unwrap();
        let imap = settings.endpoint(Protocol::Imap, None).unwrap();
        assert_eq!(
            (imap.host.as_str(), imap.port, imap.security),
            ("imap.gmail.com", 993, Security::Tls)
        );
        assert!(ispdb.by_email_domain("sub.126.com").is_none(), "exact only");
        assert!(ispdb.by_email_domain("example.org").is_none());
        assert!(ispdb.by_email_domain("").is_none());
    }

    #[test]
    fn finds_the_entry_of_an_mx_hosts_domain() {
        let ispdb = Ispdb::embedded();
        let found = ispdb.by_mx_host("aspmx.l.google.com.").unwrap();
        assert_eq!(
            (found.provider.id.as_str(), found.domain, found.found_by),
            ("googlemail.com", "google.com", IspdbMatch::Mx)
        );
        let found = ispdb
            .by_mx_hosts(["mx.nobody.test", "mx00.t-online.de"])
            .unwrap();
        assert_eq!(found.domain, "t-online.de");
        assert!(ispdb.by_mx_host("mx.notgoogle.com").is_none());
        assert!(ispdb.by_mx_host("com").is_none());
        assert!(ispdb.by_mx_host("").is_none());
    }

    #[test]
    fn placeholders_take_the_address() {
        let ispdb = Ispdb::embedded();
        let inbox = ispdb.get("inbox.lv").unwrap();
        let settings = inbox.settings_for("ana@inbox.lv").unwrap();
        assert!(
            settings.imap.iter().any(|s| s.host == "mail.inbox.lv"),
            "{settings:?}"
        );
    }

    #[test]
    fn search_looks_at_ids_names_domains_and_hosts() {
        let ispdb = Ispdb::embedded();
        let ids = |word: &str| -> Vec<String> {
            ispdb.search(word).iter().map(|p| p.id.clone()).collect()
        };
        assert!(ids("googlemail").contains(&"googlemail.com".to_string()));
        assert!(ids("Google Mail").contains(&"googlemail.com".to_string()));
        assert!(ids("jazztel.es").contains(&"googlemail.com".to_string()));
        assert!(ids("imap.gmail.com").contains(&"googlemail.com".to_string()));
        assert!(ids("no-such-provider-anywhere").is_empty());
        assert_eq!(ispdb.search("").len(), ispdb.len());
    }

    #[test]
    fn a_file_without_domains_is_left_out() {
        let ispdb = Ispdb::from_files(&[
            ("none.xml", "<clientConfig><emailProvider/></clientConfig>"),
            ("broken.xml", "not xml"),
        ]);
        assert!(ispdb.is_empty());
    }
}
