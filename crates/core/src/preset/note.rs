//! Note tags on a preset: short facts about a provider that change what to tell the person
//! (an app password is needed, POP must be switched on, …), each with a one-line hint.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::finding::Lang;

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

    /// One sentence for the person at the keyboard.
    pub fn hint(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.hint_en(),
            Lang::Es => self.hint_es(),
        }
    }

    fn hint_en(self) -> &'static str {
        match self {
            Note::AppPasswordRequired => {
                "Mail programs cannot use the normal password here: create an app password in the account's security settings and type that instead."
            }
            Note::AppPasswordWith2fa => {
                "If two-step verification is on for this account, mail programs need an app password instead of the normal one."
            }
            Note::PopMustBeEnabled => {
                "POP access starts switched off: turn it on in the webmail settings before a mail program can download mail."
            }
            Note::Oauth2Only => {
                "This provider no longer accepts a plain password from mail programs: use a program that signs in through the provider's own login page (OAuth2)."
            }
            Note::AdminControlsAccess => {
                "In a company or school account the administrator can switch POP and sending from mail programs off: ask them if sign-in is refused."
            }
            Note::NoPop3 => {
                "This provider offers no POP3 at all: set the mail program up with IMAP instead."
            }
            Note::SelfSignedCertificate => {
                "The server's certificate is not from a public authority, so mail programs warn about it until it is accepted or imported."
            }
            Note::LocalBridge => {
                "The mail servers run in a helper program on this computer: it must be installed, signed in and running."
            }
            Note::PollingLimit => {
                "Checking for mail too often is refused: set the mail program to check every 15 minutes or less often."
            }
            Note::DisconnectsAfterBadPassword => {
                "The server hangs up after a wrong password instead of answering with an error: a dropped connection at sign-in usually means the password."
            }
            Note::Port25Blocked => {
                "Home connections in this country cannot send on port 25: use port 587 or 465 with authentication."
            }
            Note::RegionalServers => {
                "The server names depend on the region where the account was opened (for example .eu or .in instead of .com)."
            }
            Note::PaidPlanRequired => {
                "Access from mail programs is only part of paid plans: check the account's plan."
            }
        }
    }

    fn hint_es(self) -> &'static str {
        match self {
            Note::AppPasswordRequired => {
                "Los programas de correo no pueden usar la contraseña normal: cree una contraseña de aplicación en la seguridad de la cuenta y escriba esa."
            }
            Note::AppPasswordWith2fa => {
                "Si la cuenta tiene activada la verificación en dos pasos, los programas de correo necesitan una contraseña de aplicación en lugar de la normal."
            }
            Note::PopMustBeEnabled => {
                "El acceso POP viene desactivado: actívelo en la configuración del correo web antes de que un programa pueda descargar el correo."
            }
            Note::Oauth2Only => {
                "Este proveedor ya no acepta una contraseña simple desde programas de correo: use un programa que inicie sesión en la página del propio proveedor (OAuth2)."
            }
            Note::AdminControlsAccess => {
                "En una cuenta de empresa o centro educativo, el administrador puede desactivar POP y el envío desde programas: consúltele si se rechaza el inicio de sesión."
            }
            Note::NoPop3 => {
                "Este proveedor no ofrece POP3: configure el programa de correo con IMAP."
            }
            Note::SelfSignedCertificate => {
                "El certificado del servidor no es de una autoridad pública, así que los programas avisan hasta que se acepta o se importa."
            }
            Note::LocalBridge => {
                "Los servidores de correo funcionan en un programa auxiliar de este ordenador: debe estar instalado, con la sesión iniciada y en marcha."
            }
            Note::PollingLimit => {
                "Comprobar el correo con demasiada frecuencia se rechaza: configure el programa para mirar cada 15 minutos o menos a menudo."
            }
            Note::DisconnectsAfterBadPassword => {
                "El servidor corta la conexión tras una contraseña incorrecta en lugar de responder con un error: un corte al iniciar sesión suele indicar la contraseña."
            }
            Note::Port25Blocked => {
                "Las conexiones domésticas de este país no pueden enviar por el puerto 25: use el 587 o el 465 con autenticación."
            }
            Note::RegionalServers => {
                "Los nombres de servidor dependen de la región donde se abrió la cuenta (por ejemplo .eu o .in en lugar de .com)."
            }
            Note::PaidPlanRequired => {
                "El acceso desde programas de correo solo está en los planes de pago: compruebe el plan de la cuenta."
            }
        }
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
    fn every_note_has_hints_in_both_languages() {
        for note in Note::ALL {
            assert!(!note.hint(Lang::En).is_empty());
            assert!(!note.hint(Lang::Es).is_empty());
            assert_ne!(note.hint(Lang::En), note.hint(Lang::Es));
        }
    }

    #[test]
    fn unknown_tag_is_an_error() {
        assert!(crate::yaml::from_str::<Note>("needs-magic", "tag").is_err());
    }
}
