//! What diagnosis may know about the mail provider of a server (from a preset): its name, its
//! help pages and its conventions, so the texts can name the exact setting and page.

/// The form of user name a provider expects: the presets' own type.
pub use crate::preset::UsernameForm;

/// Facts about a provider that change the advice: the presets' own tags.
pub use crate::preset::Note;

/// Provider facts for one side (incoming or outgoing) of an account. Every field but the name is
/// optional: texts use what is there and fall back to generic wording.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProviderHint {
    /// The provider's name as people know it ("Gmail", "Outlook.com").
    pub name: String,
    /// The provider's help page for mail-program settings.
    pub help_url: Option<String>,
    /// Where to create an app password.
    pub app_password_url: Option<String>,
    /// Where to switch POP access on.
    pub pop_settings_url: Option<String>,
    /// The server name the provider documents for this side (`pop.gmail.com`).
    pub server_host: Option<String>,
    /// The form of user name the provider expects.
    pub username_form: Option<UsernameForm>,
    /// What the preset notes about the provider (no POP3, OAuth2 only, …).
    pub notes: Vec<Note>,
}

impl ProviderHint {
    /// A hint with only the provider's name.
    pub fn named(name: impl Into<String>) -> ProviderHint {
        ProviderHint {
            name: name.into(),
            ..ProviderHint::default()
        }
    }

    pub fn has(&self, note: Note) -> bool {
        self.notes.contains(&note)
    }

    /// True when the provider is Microsoft's (Outlook.com, Hotmail, Microsoft 365).
    pub fn is_microsoft(&self) -> bool {
        let name = self.name.to_ascii_lowercase();
        ["microsoft", "outlook", "office 365", "office365", "hotmail"]
            .iter()
            .any(|n| name.contains(n))
            || self.server_host.as_deref().is_some_and(is_microsoft_host)
    }
}

/// Host-name suffixes of Microsoft's consumer and business mail servers.
const MICROSOFT_SUFFIXES: &[&str] = &[
    "outlook.com",
    "office365.com",
    "office.com",
    "hotmail.com",
    "live.com",
    "microsoft.com",
    "outlook.office365.com",
];

/// True when a server name belongs to Microsoft's mail service.
pub fn is_microsoft_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    MICROSOFT_SUFFIXES
        .iter()
        .any(|suffix| host == *suffix || host.ends_with(&format!(".{suffix}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsoft_hosts_by_suffix_only() {
        assert!(is_microsoft_host("outlook.office365.com"));
        assert!(is_microsoft_host("smtp-mail.outlook.com."));
        assert!(is_microsoft_host("SMTP.Office365.com"));
        assert!(!is_microsoft_host("notoutlook.com"));
        assert!(!is_microsoft_host("outlook.com.example.org"));
        assert!(!is_microsoft_host("pop.gmail.com"));
    }

    #[test]
    fn microsoft_provider_by_name_or_host() {
        assert!(ProviderHint::named("Microsoft 365").is_microsoft());
        assert!(ProviderHint::named("Outlook.com / Hotmail").is_microsoft());
        assert!(!ProviderHint::named("Gmail").is_microsoft());
        let hint = ProviderHint {
            server_host: Some("outlook.office365.com".into()),
            ..ProviderHint::named("Contoso mail")
        };
        assert!(hint.is_microsoft());
    }
}
