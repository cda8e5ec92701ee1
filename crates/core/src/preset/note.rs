//! Note tags on a preset: short facts about a provider that change what to tell the person
//! (an app password is needed, POP must be switched on, …), each with a one-line hint.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

use crate::finding::Lang;
use crate::i18n;

/// A known fact about a provider, written as a kebab-case tag in the preset file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Note {
    /// The account password is refused by mail programs; an app password is needed.
    #[serde(rename = "app-password-required")]
    AppPasswordRequired,
    /// With two-step verification on, mail programs need an app password.
    #[serde(rename = "app-password-with-2fa")]
    AppPasswordWith2fa,
    /// POP access is off until the person switches it on in the webmail settings.
    #[serde(rename = "pop-must-be-enabled")]
    PopMustBeEnabled,
    /// Password logins are off; only programs that sign in with OAuth2 work.
    #[serde(rename = "oauth2-only")]
    Oauth2Only,
    /// An organisation's administrator decides whether POP and SMTP sign-in are allowed.
    #[serde(rename = "admin-controls-access")]
    AdminControlsAccess,
    /// The provider has no POP3 service at all.
    #[serde(rename = "no-pop3")]
    NoPop3,
    /// The server's certificate is not issued by a public authority.
    #[serde(rename = "self-signed-certificate")]
    SelfSignedCertificate,
    /// The servers run in a program on the person's own computer, which must be running.
    #[serde(rename = "local-bridge")]
    LocalBridge,
    /// Checking mail more often than the provider allows fails.
    #[serde(rename = "polling-limit")]
    PollingLimit,
    /// The server closes the connection after a wrong password.
    #[serde(rename = "disconnects-after-bad-password")]
    DisconnectsAfterBadPassword,
    /// Outgoing port 25 is blocked for home connections in the provider's country.
    #[serde(rename = "port-25-blocked")]
    Port25Blocked,
    /// The provider runs separate servers per region; the account's region decides the name.
    #[serde(rename = "regional-servers")]
    RegionalServers,
    /// Mail-program access is only part of paid plans.
    #[serde(rename = "paid-plan-required")]
    PaidPlanRequired,
}

impl Note {
    pub const ALL: [Note; 13] = [
        Note::AppPasswordRequired,
        Note::AppPasswordWith2fa,
        Note::PopMustBeEnabled,
        Note::Oauth2Only,
        Note::AdminControlsAccess,
        Note::NoPop3,
        Note::SelfSignedCertificate,
        Note::LocalBridge,
        Note::PollingLimit,
        Note::DisconnectsAfterBadPassword,
        Note::Port25Blocked,
        Note::RegionalServers,
        Note::PaidPlanRequired,
    ];

    /// The tag as written in preset files.
    pub fn as_str(self) -> &'static str {
        match self {
            Note::AppPasswordRequired => "app-password-required",
            Note::AppPasswordWith2fa => "app-password-with-2fa",
            Note::PopMustBeEnabled => "pop-must-be-enabled",
            Note::Oauth2Only => "oauth2-only",
            Note::AdminControlsAccess => "admin-controls-access",
            Note::NoPop3 => "no-pop3",
            Note::SelfSignedCertificate => "self-signed-certificate",
            Note::LocalBridge => "local-bridge",
            Note::PollingLimit => "polling-limit",
            Note::DisconnectsAfterBadPassword => "disconnects-after-bad-password",
            Note::Port25Blocked => "port-25-blocked",
            Note::RegionalServers => "regional-servers",
            Note::PaidPlanRequired => "paid-plan-required",
        }
    }

    /// One sentence for the person at the keyboard (`advice-note-<tag>` in the locale files).
    pub fn hint(self, lang: Lang) -> Cow<'static, str> {
        i18n::text(lang, &format!("advice-note-{}", self.as_str()))
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_text_matches_serde_name() {
        for note in Note::ALL {
            let text = crate::yaml::to_string(&note).unwrap();
            assert_eq!(text.trim(), note.as_str());
            let back: Note = crate::yaml::from_str(note.as_str(), "tag").unwrap();
            assert_eq!(back, note);
        }
    }

    #[test]
    fn every_note_has_a_hint_in_every_language() {
        for note in Note::ALL {
            let english = note.hint(Lang::En);
            assert!(!english.is_empty());
            for lang in &Lang::ALL[1..] {
                let key = format!("advice-note-{note}");
                assert!(i18n::has(*lang, &key), "{lang} lacks {key}");
                assert_ne!(
                    note.hint(*lang),
                    english,
                    "{lang}: {note} is not translated"
                );
            }
        }
    }

    #[test]
    fn unknown_tag_is_an_error() {
        assert!(crate::yaml::from_str::<Note>("needs-magic", "tag").is_err());
    }
}
