//! The providers the setup screen and the picker offer, and the type-to-filter over them.
//!
//! The caller builds the list (from the embedded presets); the dashboard only needs a name and
//! the servers to fill in.

use crate::account::{Endpoint, Protocol};
use crate::preset::Note;
use crate::preset::UsernameForm;

/// One provider the person can pick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresetChoice {
    /// Stable id (`gmail`, `outlook`, …).
    pub id: String,
    /// Name shown in the list.
    pub name: String,
    /// The protocol of `incoming`: POP3, or IMAP for a provider without POP3.
    pub incoming_protocol: Protocol,
    pub incoming: Option<Endpoint>,
    pub outgoing: Option<Endpoint>,
    /// The user name the provider expects, shown under the list when selected.
    pub username: Option<UsernameForm>,
    /// What to know about the provider, shown under the list when selected.
    pub notes: Vec<Note>,
}

/// Indices of the choices whose id or name contains every word of `filter`, case-insensitive,
/// in list order.
pub fn filter(choices: &[PresetChoice], filter: &str) -> Vec<usize> {
    let words: Vec<String> = filter
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    choices
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            let hay = format!(
                "{} {} {}",
                c.id.to_lowercase(),
                c.name.to_lowercase(),
                c.incoming
                    .as_ref()
                    .map(|e| e.host.to_lowercase())
                    .unwrap_or_default()
            );
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Security;

    fn choice(id: &str, name: &str, host: &str) -> PresetChoice {
        PresetChoice {
            id: id.into(),
            name: name.into(),
            incoming_protocol: Protocol::Pop3,
            incoming: Some(Endpoint {
                host: host.into(),
                port: 995,
                security: Security::Tls,
            }),
            outgoing: None,
            username: None,
            notes: Vec::new(),
        }
    }

    #[test]
    fn filter_matches_every_word_in_id_name_or_host() {
        let list = [
            choice("gmail", "Gmail", "pop.gmail.com"),
            choice("gmx-com", "GMX (.com .es)", "pop.gmx.com"),
            choice("outlook", "Outlook.com / Hotmail", "outlook.office365.com"),
        ];
        assert_eq!(filter(&list, ""), [0, 1, 2]);
        assert_eq!(filter(&list, "GM"), [0, 1]);
        assert_eq!(filter(&list, "hotmail"), [2]);
        assert_eq!(filter(&list, "gmx es"), [1]);
        assert_eq!(filter(&list, "office365"), [2]);
        assert!(filter(&list, "yahoo").is_empty());
    }
}
