//! Rules a preset file must follow. Field rules run while the file is parsed, so their errors
//! carry the line and column; rules that span fields run on the parsed preset.

use serde::{Deserialize, Deserializer, de::Error as _};

use super::{Note, Preset};
use crate::model::Said;
use crate::said;

const MAX_HOST_CHARS: usize = 253;
const MAX_URL_CHARS: usize = 2_000;
const MAX_ID_CHARS: usize = 64;
const MAX_NAME_CHARS: usize = 80;

/// A host name or IP address, stored lower-case.
pub(super) fn host<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    check_host(&text).map_err(D::Error::custom)?;
    Ok(text.to_ascii_lowercase())
}

/// A TCP port other than 0.
pub(super) fn port<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    let port = u16::deserialize(d)?;
    if port == 0 {
        return Err(D::Error::custom("port 0 is not a port; use 1-65535"));
    }
    Ok(port)
}

/// A preset id: lower-case letters, digits and dashes.
pub(super) fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    let well_formed = !text.is_empty()
        && text.len() <= MAX_ID_CHARS
        && text.starts_with(|c: char| c.is_ascii_alphanumeric())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !well_formed {
        return Err(D::Error::custom(format!(
            "id '{}' must be 1-{MAX_ID_CHARS} lower-case letters, digits or dashes",
            text.escape_debug()
        )));
    }
    Ok(text)
}

/// A display name: not empty, one line, no control characters.
pub(super) fn name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    let trimmed = text.trim();
    if trimmed.is_empty()
        || trimmed.chars().count() > MAX_NAME_CHARS
        || trimmed.chars().any(char::is_control)
    {
        return Err(D::Error::custom(format!(
            "name must be 1-{MAX_NAME_CHARS} printable characters on one line"
        )));
    }
    Ok(trimmed.to_string())
}

/// A list of DNS names (e-mail domains or MX suffixes), stored lower-case. Each element is
/// checked as it is read, so an error points at that element's line.
pub(super) fn dns_names<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let names = Vec::<DnsName>::deserialize(d)?;
    Ok(names.into_iter().map(|DnsName(name)| name).collect())
}

struct DnsName(String);

impl<'de> Deserialize<'de> for DnsName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        check_dns_name(&name).map_err(D::Error::custom)?;
        Ok(DnsName(name.to_ascii_lowercase()))
    }
}

/// A web address.
pub(super) fn url<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    check_url(&text).map_err(D::Error::custom)?;
    Ok(text)
}

/// An optional web address.
pub(super) fn optional_url<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let text = Option::<String>::deserialize(d)?;
    if let Some(text) = &text {
        check_url(text).map_err(D::Error::custom)?;
    }
    Ok(text)
}

fn check_host(text: &str) -> Result<(), String> {
    if text.parse::<std::net::IpAddr>().is_ok() {
        return Ok(());
    }
    check_label_chars(text, false).map_err(|_| {
        format!(
            "'{}' is not a host name (letters, digits, dots and dashes, at most {MAX_HOST_CHARS})",
            text.escape_debug()
        )
    })
}

fn check_dns_name(text: &str) -> Result<(), String> {
    check_label_chars(text, true)
}

/// Letters, digits, dots and dashes in a sensible arrangement; `need_dot` for names that must
/// have more than one label (e-mail domains).
fn check_label_chars(text: &str, need_dot: bool) -> Result<(), String> {
    let ok = !text.is_empty()
        && text.len() <= MAX_HOST_CHARS
        && (!need_dot || text.contains('.'))
        && !text.starts_with(['.', '-'])
        && !text.ends_with(['.', '-'])
        && !text.contains("..")
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "'{}' is not a domain name (such as example.com)",
            text.escape_debug()
        ))
    }
}

fn check_url(text: &str) -> Result<(), String> {
    let ok = (text.starts_with("https://") || text.starts_with("http://"))
        && text.len() <= MAX_URL_CHARS
        && !text.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "'{}' is not a web address starting with https://",
            text.escape_debug()
        ))
    }
}

/// Rules across fields, checked once the whole preset is read.
pub(super) fn whole(preset: &Preset) -> Result<(), Said> {
    if preset.smtp.is_empty() {
        return Err(said!("preset-rule-no-smtp"));
    }
    let says_no_pop3 = preset.notes.contains(&Note::NoPop3);
    match (preset.pop3.is_empty(), says_no_pop3) {
        (true, false) => return Err(said!("preset-rule-no-pop3")),
        (false, true) => return Err(said!("preset-rule-pop3-despite-note")),
        _ => {}
    }
    if preset.domains.is_empty() && preset.mx_suffixes.is_empty() {
        return Err(said!("preset-rule-not-findable"));
    }
    for (what, list) in [
        ("domains", &preset.domains),
        ("mx_suffixes", &preset.mx_suffixes),
    ] {
        if let Some(dup) = first_duplicate(list.iter()) {
            return Err(said!(
                "preset-rule-name-twice",
                field = what,
                value = dup.as_str()
            ));
        }
    }
    for (what, list) in [
        ("pop3", &preset.pop3),
        ("imap", &preset.imap),
        ("smtp", &preset.smtp),
    ] {
        if let Some(dup) = first_duplicate(list.iter()) {
            return Err(said!(
                "preset-rule-server-twice",
                field = what,
                host = dup.host.as_str(),
                port = dup.port.to_string()
            ));
        }
    }
    if let Some(dup) = first_duplicate(preset.notes.iter()) {
        return Err(said!("preset-rule-note-twice", note = dup.to_string()));
    }
    if let Some(oauth2) = &preset.oauth2 {
        oauth2.check()?;
    }
    Ok(())
}

fn first_duplicate<'a, T: PartialEq + 'a>(items: impl Iterator<Item = &'a T>) -> Option<&'a T> {
    let items: Vec<&T> = items.collect();
    items
        .iter()
        .enumerate()
        .find(|(i, item)| items[..*i].contains(item))
        .map(|(_, item)| *item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names_and_addresses() {
        assert!(check_host("pop.gmail.com").is_ok());
        assert!(check_host("127.0.0.1").is_ok());
        assert!(check_host("::1").is_ok());
        assert!(check_host("").is_err());
        assert!(check_host("pop gmail.com").is_err());
        assert!(check_host("localhost").is_ok());
        assert!(check_dns_name("localhost").is_err());
        assert!(check_host("pop..gmail.com").is_err());
        assert!(check_host("pop.gmail.com\u{1b}[2J").is_err());
    }

    #[test]
    fn urls() {
        assert!(check_url("https://support.google.com/mail/answer/7104828").is_ok());
        assert!(check_url("ftp://example.com").is_err());
        assert!(check_url("https://exa mple.com").is_err());
    }
}
