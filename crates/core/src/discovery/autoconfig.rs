//! The autoconfig file mail programs fetch for a domain (`config-v1.1.xml`): where it is
//! published, and its POP3, IMAP and SMTP servers. Parsing is pure: text in, settings out. Documents
//! with a DTD are refused, and the number of nodes and servers read is bounded.

use serde::Serialize;

use crate::model::Said;
use crate::preset::UsernameForm;
use crate::said;
use crate::sanitize::sanitize_str;
use crate::settings::{Protocol, Security};

/// Most XML nodes parsed; a real file has a few hundred.
const MAX_NODES: u32 = 20_000;
/// Most servers of one kind kept.
const MAX_SERVERS: usize = 16;
/// Longest text kept from one element.
const MAX_TEXT_CHARS: usize = 253;

/// One address an autoconfig file may be published at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub host: String,
    /// Path and query.
    pub path: String,
}

impl Location {
    pub fn url(&self) -> String {
        format!("https://{}{}", self.host, self.path)
    }
}

/// Where mail programs look, in the order they do: the `autoconfig.` host of the domain (which
/// is told the address), then the domain's own `.well-known` path.
pub fn locations(domain: &str, email: &str) -> [Location; 2] {
    [
        Location {
            host: format!("autoconfig.{domain}"),
            path: format!(
                "/mail/config-v1.1.xml?emailaddress={}",
                percent_encode(email.trim())
            ),
        },
        Location {
            host: domain.to_string(),
            path: "/.well-known/autoconfig/mail/config-v1.1.xml".to_string(),
        },
    ]
}

/// Percent-encode everything but the unreserved characters of RFC 3986.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The user name a server entry asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "form", content = "name")]
pub enum UsernameSpec {
    /// `%EMAILADDRESS%`
    FullAddress,
    /// `%EMAILLOCALPART%`
    LocalPart,
    /// A fixed name, placeholders filled in.
    Other(String),
}

impl UsernameSpec {
    /// The user name form, when the entry uses one of the two standard placeholders.
    pub fn form(&self) -> Option<UsernameForm> {
        match self {
            UsernameSpec::FullAddress => Some(UsernameForm::FullAddress),
            UsernameSpec::LocalPart => Some(UsernameForm::LocalPart),
            UsernameSpec::Other(_) => None,
        }
    }
}

/// One `incomingServer type="pop3"`, `incomingServer type="imap"` or `outgoingServer
/// type="smtp"` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MailServer {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: Option<UsernameSpec>,
    /// The `authentication` values (`password-cleartext`, `OAuth2`, …).
    pub authentication: Vec<String>,
}

impl MailServer {
    /// Only OAuth2 sign-in is listed.
    pub fn oauth2_only(&self) -> bool {
        !self.authentication.is_empty()
            && self
                .authentication
                .iter()
                .all(|a| a.eq_ignore_ascii_case("OAuth2"))
    }
}

/// What an autoconfig file says about POP3, IMAP and SMTP.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClientConfig {
    /// The provider's name as the file gives it.
    pub display_name: Option<String>,
    /// POP3 servers, in the file's order (its preferred first).
    pub pop3: Vec<MailServer>,
    /// IMAP servers, in the file's order.
    pub imap: Vec<MailServer>,
    /// SMTP servers, in the file's order.
    pub smtp: Vec<MailServer>,
}

impl ClientConfig {
    pub fn servers(&self, protocol: Protocol) -> &[MailServer] {
        match protocol {
            Protocol::Pop3 => &self.pop3,
            Protocol::Imap => &self.imap,
            Protocol::Smtp => &self.smtp,
        }
    }
}

/// The e-mail domains an autoconfig file's `<emailProvider>` lists in its `<domain>` elements,
/// lower-case, each once, in the file's order (Thunderbird's provider database names the
/// domains each of its files is for this way).
pub fn provider_domains(xml: &str) -> Result<Vec<String>, String> {
    provider_index(xml).map(|(domains, _)| domains)
}

/// [`provider_domains`] and the provider's `<displayName>`, from one reading of the file: what
/// an index of many files needs, without parsing each twice.
pub fn provider_index(xml: &str) -> Result<(Vec<String>, Option<String>), String> {
    let doc = document(xml).map_err(|e| e.to_string())?;
    let provider = email_provider(&doc).map_err(|e| e.to_string())?;
    let mut domains: Vec<String> = Vec::new();
    for node in provider.children().filter(|n| n.has_tag_name("domain")) {
        let Some(text) = node.text() else { continue };
        let domain = text.trim().trim_end_matches('.').to_ascii_lowercase();
        if is_host_name(&domain) && !domains.contains(&domain) {
            domains.push(domain);
        }
    }
    let name = child_text(provider, "displayName").map(|t| clean(&t));
    Ok((domains, name))
}

fn document(xml: &str) -> Result<roxmltree::Document<'_>, Said> {
    let options = roxmltree::ParsingOptions {
        nodes_limit: MAX_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(xml, options)
        .map_err(|e| said!("autoconfig-not-xml", error = clean(&e.to_string())))
}

fn email_provider<'a, 'input>(
    doc: &'a roxmltree::Document<'input>,
) -> Result<roxmltree::Node<'a, 'input>, Said> {
    let root = doc.root_element();
    if root.tag_name().name() != "clientConfig" {
        return Err(said!(
            "autoconfig-wrong-root",
            element = clean(root.tag_name().name())
        ));
    }
    root.children()
        .find(|n| n.has_tag_name("emailProvider"))
        .ok_or_else(|| said!("autoconfig-no-provider"))
}

/// Parse an autoconfig file. `email` fills the `%EMAILADDRESS%`, `%EMAILLOCALPART%` and
/// `%EMAILDOMAIN%` placeholders. Entries without a usable host name or security are skipped; a
/// file with neither POP3, SMTP nor IMAP is an error.
pub fn parse(xml: &str, email: &str) -> Result<ClientConfig, Said> {
    let doc = document(xml)?;
    let provider = email_provider(&doc)?;
    let fill = |text: &str| placeholders(text, email);
    let mut config = ClientConfig {
        display_name: child_text(provider, "displayName").map(|t| clean(&t)),
        pop3: Vec::new(),
        imap: Vec::new(),
        smtp: Vec::new(),
    };
    for node in provider.children().filter(|n| n.is_element()) {
        let kind = node.attribute("type").unwrap_or_default();
        let list = match (node.tag_name().name(), kind) {
            ("incomingServer", "pop3") => &mut config.pop3,
            ("incomingServer", "imap") => &mut config.imap,
            ("outgoingServer", "smtp") => &mut config.smtp,
            _ => continue,
        };
        if list.len() < MAX_SERVERS
            && let Some(server) = server_entry(node, kind, &fill)
        {
            list.push(server);
        }
    }
    if config.pop3.is_empty() && config.imap.is_empty() && config.smtp.is_empty() {
        return Err(said!("autoconfig-no-server"));
    }
    Ok(config)
}

fn server_entry(
    node: roxmltree::Node<'_, '_>,
    kind: &str,
    fill: &dyn Fn(&str) -> String,
) -> Option<MailServer> {
    let host = fill(&child_text(node, "hostname")?).to_ascii_lowercase();
    if !is_host_name(&host) {
        return None;
    }
    let security = match child_text(node, "socketType")?
        .to_ascii_uppercase()
        .as_str()
    {
        "SSL" | "TLS" => Security::Tls,
        "STARTTLS" => Security::Starttls,
        "PLAIN" => Security::None,
        _ => return None,
    };
    let protocol = match kind {
        "pop3" => Protocol::Pop3,
        "imap" => Protocol::Imap,
        _ => Protocol::Smtp,
    };
    let port = match child_text(node, "port") {
        Some(p) => p.parse::<u16>().ok().filter(|p| *p != 0)?,
        None => protocol.default_port(security),
    };
    let username = child_text(node, "username").map(|u| match u.as_str() {
        "%EMAILADDRESS%" => UsernameSpec::FullAddress,
        "%EMAILLOCALPART%" => UsernameSpec::LocalPart,
        other => UsernameSpec::Other(clean(&fill(other))),
    });
    let authentication = node
        .children()
        .filter(|n| n.has_tag_name("authentication"))
        .filter_map(|n| n.text())
        .map(|t| clean(t.trim()))
        .filter(|t| !t.is_empty())
        .take(MAX_SERVERS)
        .collect();
    Some(MailServer {
        host,
        port,
        security,
        username,
        authentication,
    })
}

/// The trimmed text of the first child element called `name`, if not empty and not overlong.
fn child_text(node: roxmltree::Node<'_, '_>, name: &str) -> Option<String> {
    let text = node
        .children()
        .find(|n| n.has_tag_name(name))?
        .text()?
        .trim();
    (!text.is_empty() && text.chars().count() <= MAX_TEXT_CHARS).then(|| text.to_string())
}

fn placeholders(text: &str, email: &str) -> String {
    let email = email.trim();
    let (local, domain) = email.rsplit_once('@').unwrap_or((email, ""));
    text.replace("%EMAILADDRESS%", email)
        .replace("%EMAILLOCALPART%", local)
        .replace("%EMAILDOMAIN%", domain)
}

/// Letters, digits, dots and dashes, in labels of at most 63 characters.
fn is_host_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

fn clean(text: &str) -> String {
    sanitize_str(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.org">
    <domain>example.org</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.example.org</hostname><port>993</port><socketType>SSL</socketType>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.%EMAILDOMAIN%</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.org</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>OAuth2</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>"#;

    #[test]
    fn reads_pop3_and_smtp_with_placeholders() {
        let config = parse(SAMPLE, "ana@example.org").unwrap();
        assert_eq!(config.display_name.as_deref(), Some("Example Mail"));
        let imap = &config.imap[0];
        assert_eq!(
            (imap.host.as_str(), imap.port, imap.security),
            ("imap.example.org", 993, Security::Tls)
        );
        assert_eq!(config.servers(Protocol::Imap), config.imap.as_slice());
        let pop = &config.pop3[0];
        assert_eq!(
            (pop.host.as_str(), pop.port, pop.security),
            ("pop.example.org", 995, Security::Tls)
        );
        assert_eq!(pop.username, Some(UsernameSpec::LocalPart));
        assert!(!pop.oauth2_only());
        let smtp = &config.smtp[0];
        assert_eq!((smtp.port, smtp.security), (587, Security::Starttls));
        assert_eq!(
            smtp.username.as_ref().and_then(UsernameSpec::form),
            Some(UsernameForm::FullAddress)
        );
        assert!(smtp.oauth2_only());
    }

    #[test]
    fn lists_the_provider_domains_once() {
        let xml = r#"<clientConfig><emailProvider id="x">
            <domain>Example.org</domain><domain> example.net. </domain><domain>example.org</domain>
            <domain>bad domain!</domain>
        </emailProvider></clientConfig>"#;
        assert_eq!(
            provider_domains(xml).unwrap(),
            ["example.org", "example.net"]
        );
        assert_eq!(provider_domains(SAMPLE).unwrap(), ["example.org"]);
        assert!(provider_domains("<html/>").is_err());
    }

    #[test]
    fn bad_entries_are_skipped_and_empty_files_refused() {
        let xml = r#"<clientConfig><emailProvider>
            <incomingServer type="pop3"><hostname>bad host!</hostname><socketType>SSL</socketType></incomingServer>
            <incomingServer type="pop3"><hostname>pop.example.org</hostname><socketType>weird</socketType></incomingServer>
            <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><socketType>SSL</socketType></outgoingServer>
        </emailProvider></clientConfig>"#;
        let config = parse(xml, "ana@example.org").unwrap();
        assert!(config.pop3.is_empty());
        assert_eq!(config.smtp[0].port, 465, "the default port of the security");
        let imap_only = r#"<clientConfig><emailProvider>
            <incomingServer type="imap"><hostname>imap.example.org</hostname><socketType>STARTTLS</socketType></incomingServer>
        </emailProvider></clientConfig>"#;
        let config = parse(imap_only, "ana@example.org").unwrap();
        assert_eq!(
            (config.imap[0].port, config.imap[0].security),
            (143, Security::Starttls),
            "IMAP's default port for the security"
        );
        let empty = "<clientConfig><emailProvider/></clientConfig>";
        assert!(parse(empty, "a@b").is_err());
    }

    #[test]
    fn not_autoconfig_and_dtds_are_errors() {
        assert!(
            parse("<html><body>hi</body></html>", "a@b")
                .unwrap_err()
                .english()
                .contains("<html>")
        );
        assert!(parse("not xml at all", "a@b").is_err());
        let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><clientConfig>&lol;</clientConfig>"#;
        assert!(parse(laughs, "a@b").is_err());
    }

    /// Why a file is refused reads in Spanish and Portuguese without English words (the XML
    /// parser's own words and the element names are quoted as they are).
    #[test]
    fn refusals_read_in_the_readers_language() {
        use crate::settings::Lang;
        let refusals: Vec<Said> = [
            "not xml at all",
            "<html><body>hi</body></html>",
            "<clientConfig/>",
            "<clientConfig><emailProvider/></clientConfig>",
        ]
        .iter()
        .map(|xml| parse(xml, "a@b").unwrap_err())
        .collect();
        let keys: Vec<&str> = refusals.iter().filter_map(Said::key).collect();
        assert_eq!(
            keys,
            [
                "autoconfig-not-xml",
                "autoconfig-wrong-root",
                "autoconfig-no-provider",
                "autoconfig-no-server"
            ]
        );
        for refusal in refusals {
            let mut ours = refusal.clone();
            ours.texts_mut(&mut |text| *text = "x".into());
            for lang in [Lang::Es, Lang::Pt] {
                let text = ours.render(lang);
                let english = crate::i18n::stop_list::english_words_in(&text, lang);
                assert!(english.is_empty(), "{lang:?}: {text:?} {english:?}");
                assert_ne!(refusal.render(lang), refusal.english());
            }
        }
    }

    #[test]
    fn locations_follow_the_mail_programs() {
        let [first, second] = locations("example.org", "ana+x@example.org");
        assert_eq!(
            first.url(),
            "https://autoconfig.example.org/mail/config-v1.1.xml?emailaddress=ana%2Bx%40example.org"
        );
        assert_eq!(
            second.url(),
            "https://example.org/.well-known/autoconfig/mail/config-v1.1.xml"
        );
    }
}
