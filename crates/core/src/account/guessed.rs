//! What a guess picked, as the account's sources take it: per protocol, the server that
//! answered best (the probing and the pick are [`crate::guess`]'s), and how to say so.

use fluent_bundle::FluentValue;

use crate::account::{Endpoint, Protocol, Security};
use crate::i18n;
use crate::settings::Lang;

/// The servers a guess picked, per protocol.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GuessPicks {
    pub pop3: Option<Endpoint>,
    pub imap: Option<Endpoint>,
    pub smtp: Option<Endpoint>,
}

impl GuessPicks {
    pub fn get(&self, protocol: Protocol) -> Option<&Endpoint> {
        match protocol {
            Protocol::Pop3 => self.pop3.as_ref(),
            Protocol::Imap => self.imap.as_ref(),
            Protocol::Smtp => self.smtp.as_ref(),
        }
    }
}

/// A security mode as mail programs name it.
pub fn security_words(security: Security) -> &'static str {
    match security {
        Security::Tls => "SSL/TLS",
        Security::Starttls => "STARTTLS",
        Security::None => "no encryption",
    }
}

/// "HOST answered POP3 on 995 with SSL/TLS", in `lang` (`report-source-answered`).
pub fn answered_words(
    host: &str,
    protocol: Protocol,
    port: u16,
    security: Security,
    lang: Lang,
) -> String {
    i18n::text_with(
        lang,
        "report-source-answered",
        &[
            ("host", FluentValue::from(host)),
            ("protocol", FluentValue::from(protocol.as_str())),
            ("port", FluentValue::from(port.to_string())),
            ("security", FluentValue::from(security.as_str())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_in_words() {
        assert_eq!(
            answered_words(
                "mail.example.test",
                Protocol::Pop3,
                995,
                Security::Tls,
                Lang::En
            ),
            "mail.example.test answered POP3 on 995 with SSL/TLS"
        );
        assert_eq!(
            answered_words(
                "mail.example.test",
                Protocol::Smtp,
                587,
                Security::Starttls,
                Lang::En
            ),
            "mail.example.test answered SMTP on 587 with STARTTLS"
        );
        assert_eq!(
            answered_words(
                "mail.example.test",
                Protocol::Pop3,
                110,
                Security::None,
                Lang::Es
            ),
            "mail.example.test respondió POP3 en el 110 sin cifrado"
        );
    }
}
