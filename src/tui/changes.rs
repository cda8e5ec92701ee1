//! What new settings changed, in words to read aloud on the phone: "Outgoing port 587 → 465,
//! security STARTTLS → SSL/TLS". Never a password: only that it changed.

use crate::account::{Endpoint, Plan};
use crate::finding::Lang;
use crate::tui::text::words;

fn side(lang: Lang, name: &str, old: Option<&Endpoint>, new: Option<&Endpoint>) -> Option<String> {
    let w = words(lang);
    // Portuguese: English until this text moves to the locale files.
    let (host, port, security, not_checked) = match lang {
        Lang::En | Lang::Pt => ("server", "port", "security", "not checked any more"),
        Lang::Es => ("servidor", "puerto", "seguridad", "ya no se comprueba"),
    };
    let parts: Vec<String> = match (old, new) {
        (None, None) => return None,
        (Some(_), None) => vec![not_checked.to_string()],
        (None, Some(n)) => vec![format!(
            "{host} {}, {port} {}, {security} {}",
            n.host,
            n.port,
            w.security_name(n.security)
        )],
        (Some(o), Some(n)) => {
            let mut parts = Vec::new();
            if o.host != n.host {
                parts.push(format!("{host} {} → {}", o.host, n.host));
            }
            if o.port != n.port {
                parts.push(format!("{port} {} → {}", o.port, n.port));
            }
            if o.security != n.security {
                parts.push(format!(
                    "{security} {} → {}",
                    w.security_name(o.security),
                    w.security_name(n.security)
                ));
            }
            parts
        }
    };
    (!parts.is_empty()).then(|| format!("{name} {}", parts.join(", ")))
}

fn value(lang: Lang, name: &str, old: Option<&str>, new: Option<&str>) -> Option<String> {
    if old == new {
        return None;
    }
    // Portuguese: English until this text moves to the locale files.
    let none = match lang {
        Lang::En | Lang::Pt => "(none)",
        Lang::Es => "(ninguno)",
    };
    Some(format!(
        "{name} {} → {}",
        old.unwrap_or(none),
        new.unwrap_or(none)
    ))
}

/// One sentence per kind of change, or `None` when nothing changed.
pub fn describe(old: Option<&Plan>, new: &Plan, lang: Lang) -> Option<String> {
    // Portuguese: English until this text moves to the locale files.
    let (incoming, outgoing, user, password, from, to, ca, ca_set, ca_gone, email) = match lang {
        Lang::En | Lang::Pt => (
            "Incoming",
            "Outgoing",
            "User name",
            "Password changed",
            "Dry-run sender",
            "Dry-run recipient",
            "Trusted CA file",
            "loaded",
            "removed",
            "E-mail address",
        ),
        Lang::Es => (
            "Entrada:",
            "Salida:",
            "Usuario",
            "Contraseña cambiada",
            "Remitente de la prueba",
            "Destinatario de la prueba",
            "Archivo de CA de confianza",
            "cargado",
            "quitado",
            "Dirección de correo",
        ),
    };
    let mut out = Vec::new();
    out.extend(side(
        lang,
        incoming,
        old.and_then(|p| p.incoming.as_ref()),
        new.incoming.as_ref(),
    ));
    out.extend(side(
        lang,
        outgoing,
        old.and_then(|p| p.outgoing.as_ref()),
        new.outgoing.as_ref(),
    ));
    out.extend(value(
        lang,
        user,
        old.and_then(|p| p.user.as_deref()),
        new.user.as_deref(),
    ));
    // Portuguese: English until this text moves to the locale files.
    let smtp_user = match lang {
        Lang::En | Lang::Pt => "SMTP user name",
        Lang::Es => "Usuario SMTP",
    };
    out.extend(value(
        lang,
        smtp_user,
        old.and_then(|p| p.smtp_user.as_deref()),
        new.smtp_user.as_deref(),
    ));
    let old_password = old.and_then(|p| p.password.as_ref()).map(|s| s.expose());
    if old_password != new.password.as_ref().map(|s| s.expose()) {
        out.push(password.to_string());
    }
    out.extend(value(
        lang,
        email,
        old.and_then(|p| p.email.as_deref()),
        new.email.as_deref(),
    ));
    out.extend(value(
        lang,
        from,
        old.and_then(|p| p.from.as_deref()),
        new.from.as_deref(),
    ));
    out.extend(value(
        lang,
        to,
        old.and_then(|p| p.to.as_deref()),
        new.to.as_deref(),
    ));
    let old_ca = old.and_then(|p| p.extra_ca_pem.as_ref());
    if old_ca != new.extra_ca_pem.as_ref() {
        let what = if new.extra_ca_pem.is_some() {
            ca_set
        } else {
            ca_gone
        };
        out.push(format!("{ca} {what}"));
    }
    (!out.is_empty()).then(|| out.join(". ") + ".")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Secret, Security};

    #[test]
    fn names_what_changed_and_never_the_password() {
        let mut old = Plan::new(
            None,
            Some(Endpoint {
                host: "smtp.example.org".into(),
                port: 587,
                security: Security::Starttls,
            }),
        );
        old.password = Some(Secret::new("hunter22"));
        let mut new = old.clone();
        new.outgoing.as_mut().unwrap().port = 465;
        new.outgoing.as_mut().unwrap().security = Security::Tls;
        new.password = Some(Secret::new("hunter23"));
        let text = describe(Some(&old), &new, Lang::En).unwrap();
        assert_eq!(
            text,
            "Outgoing port 587 → 465, security STARTTLS → SSL/TLS. Password changed."
        );
        assert!(!text.contains("hunter"));
        assert_eq!(describe(Some(&old), &old, Lang::Es), None);
    }
}
