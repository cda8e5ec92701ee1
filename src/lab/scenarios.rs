//! The demonstration scenarios: for each, the two servers (POP3 or IMAP, and SMTP; declared
//! with the kit), how the
//! mail program is set up against them, and a line saying what it shows (English and Spanish).
//! The findings come from the normal engine (tests/lab_demo.rs holds what each gives). The reply texts are the providers' real ones, so the diagnosis recognises them as it
//! would on a real account.

use crate::account::Security;
use crate::finding::Lang;

use super::certs::CertKind;
use super::spec::{Misbehaviour, ServerSpec, Transport};

/// The account the demonstration servers know.
pub const DEMO_USER: &str = "ana@demo.localhost";
/// Its password: built in, public, and still shown as `***` like any password.
pub const DEMO_PASSWORD: &str = "demo-Passw0rd";

/// The two servers of a scenario and how the mail program is set up against them.
pub struct Layout {
    /// The incoming server, POP3 or IMAP.
    pub incoming: ServerSpec,
    pub smtp: ServerSpec,
    /// The security the mail program uses for the incoming server and for SMTP.
    pub incoming_client: Security,
    pub smtp_client: Security,
    /// The mail program has the incoming and outgoing ports the wrong way round.
    pub swapped_ports: bool,
    /// An IMAP server checked beside a POP3 incoming one (over implicit TLS), to compare them.
    pub imap_beside: Option<ServerSpec>,
}

/// One scenario.
pub struct Scenario {
    pub name: &'static str,
    about_en: &'static str,
    about_es: &'static str,
    build: fn() -> Layout,
}

impl Scenario {
    /// What it shows, in one line.
    pub fn about(&self, lang: Lang) -> &'static str {
        // Portuguese: English until this text moves to the locale files.
        match lang {
            Lang::En | Lang::Pt => self.about_en,
            Lang::Es => self.about_es,
        }
    }

    pub fn layout(&self) -> Layout {
        (self.build)()
    }
}

/// The scenario `mailtriage demo` opens without a name.
pub const DEFAULT: &str = "healthy";

/// Every scenario, in the order `--list` shows them.
pub fn all() -> &'static [Scenario] {
    &SCENARIOS
}

/// The scenario of this name (case-insensitive).
pub fn find(name: &str) -> Option<&'static Scenario> {
    SCENARIOS.iter().find(|s| s.name.eq_ignore_ascii_case(name))
}

fn pop3(transport: Transport) -> ServerSpec {
    ServerSpec::pop3(transport, DEMO_USER, DEMO_PASSWORD).names(&[super::demo::POP3_HOST])
}

fn imap(transport: Transport) -> ServerSpec {
    ServerSpec::imap(transport, DEMO_USER, DEMO_PASSWORD).names(&[super::demo::IMAP_HOST])
}

fn smtp(transport: Transport) -> ServerSpec {
    ServerSpec::smtp(transport, DEMO_USER, DEMO_PASSWORD).names(&[super::demo::SMTP_HOST])
}

/// POP3 on implicit TLS and SMTP with STARTTLS, both with valid certificates: the usual set-up.
fn usual() -> Layout {
    Layout {
        incoming: pop3(Transport::ImplicitTls(CertKind::Valid)),
        smtp: smtp(Transport::Starttls(CertKind::Valid)),
        incoming_client: Security::Tls,
        smtp_client: Security::Starttls,
        swapped_ports: false,
        imap_beside: None,
    }
}

/// The usual set-up with IMAP on implicit TLS instead of POP3.
fn usual_imap() -> Layout {
    Layout {
        incoming: imap(Transport::ImplicitTls(CertKind::Valid)),
        ..usual()
    }
}

/// An IMAP login refusal, whichever way the client logs in (LOGIN or AUTHENTICATE).
fn refuse_imap_login(spec: ServerSpec, reply: &str) -> ServerSpec {
    spec.reply("LOGIN", reply).reply("AUTHENTICATE", reply)
}

/// A POP3 login refusal, whichever way the client logs in (USER/PASS or AUTH).
fn refuse_pop3_login(spec: ServerSpec, reply: &str) -> ServerSpec {
    spec.reply("PASS", reply).reply("AUTH", reply)
}

static SCENARIOS: [Scenario; 15] = [
    Scenario {
        name: "healthy",
        about_en: "everything works: mail comes in and goes out",
        about_es: "todo funciona: el correo entra y sale",
        build: usual,
    },
    Scenario {
        name: "imap-healthy",
        about_en: "everything works, with IMAP for incoming mail",
        about_es: "todo funciona, con IMAP para el correo entrante",
        build: usual_imap,
    },
    Scenario {
        name: "receive-ok-send-fails",
        about_en: "mail comes in, but the outgoing server refuses the same password",
        about_es: "el correo entra, pero el servidor de salida rechaza la misma contraseña",
        build: || {
            let mut l = usual();
            l.smtp = l.smtp.reply(
                "AUTH",
                "535 5.7.8 Error: authentication failed: authentication failure",
            );
            l
        },
    },
    Scenario {
        name: "tls-on-starttls-port",
        about_en: "incoming is set to SSL/TLS on a port that expects STARTTLS",
        about_es: "la entrada está en SSL/TLS en un puerto que espera STARTTLS",
        build: || {
            let mut l = usual();
            l.incoming = pop3(Transport::Starttls(CertKind::Valid));
            l
        },
    },
    Scenario {
        name: "starttls-on-tls-port",
        about_en: "outgoing is set to STARTTLS on a port that expects SSL/TLS",
        about_es: "la salida está en STARTTLS en un puerto que espera SSL/TLS",
        build: || {
            let mut l = usual();
            l.smtp = smtp(Transport::ImplicitTls(CertKind::Valid));
            l
        },
    },
    Scenario {
        name: "swapped-ports",
        about_en: "the incoming and outgoing ports are the wrong way round",
        about_es: "los puertos de entrada y de salida están intercambiados",
        build: || Layout {
            incoming: pop3(Transport::Starttls(CertKind::Valid)),
            smtp: smtp(Transport::Starttls(CertKind::Valid)),
            incoming_client: Security::Starttls,
            smtp_client: Security::Starttls,
            swapped_ports: true,
            imap_beside: None,
        },
    },
    Scenario {
        name: "cert-expired",
        about_en: "the incoming server's certificate has expired",
        about_es: "el certificado del servidor de entrada ha caducado",
        build: || {
            let mut l = usual();
            l.incoming = pop3(Transport::ImplicitTls(CertKind::Expired));
            l
        },
    },
    Scenario {
        name: "cert-wrong-name",
        about_en: "the outgoing server's certificate is for another name",
        about_es: "el certificado del servidor de salida es de otro nombre",
        build: || {
            let mut l = usual();
            l.smtp = smtp(Transport::Starttls(CertKind::WrongName));
            l
        },
    },
    Scenario {
        name: "app-password",
        about_en: "Gmail refuses the normal password: an app password is needed",
        about_es: "Gmail rechaza la contraseña normal: hace falta una contraseña de aplicación",
        build: || {
            let mut l = usual();
            l.incoming = refuse_pop3_login(
                l.incoming,
                "-ERR [AUTH] Application-specific password required: \
                 https://support.google.com/accounts/answer/185833",
            );
            l.smtp = l.smtp.reply(
                "AUTH",
                "534-5.7.9 Application-specific password required. Learn more at\n\
                 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor",
            );
            l
        },
    },
    Scenario {
        name: "basic-auth-disabled",
        about_en: "Microsoft has turned off password logins for sending",
        about_es: "Microsoft ha desactivado el inicio de sesión con contraseña para enviar",
        build: || {
            let mut l = usual();
            l.smtp = l.smtp.reply(
                "AUTH",
                "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
            );
            l
        },
    },
    Scenario {
        name: "pop3-disabled",
        about_en: "POP is switched off in the account's webmail settings (Gmail's text)",
        about_es: "POP está desactivado en la configuración del webmail (texto de Gmail)",
        build: || {
            let mut l = usual();
            l.incoming = refuse_pop3_login(
                l.incoming,
                "-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit \
                 your Gmail settings page and enable your account for POP access.",
            );
            l
        },
    },
    Scenario {
        name: "imap-disabled",
        about_en: "IMAP is switched off in the account's webmail settings (Gmail's text)",
        about_es: "IMAP está desactivado en la configuración del webmail (texto de Gmail)",
        build: || {
            let mut l = usual_imap();
            l.incoming = refuse_imap_login(
                l.incoming,
                "NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail \
                 settings page and enable your account for IMAP access. (Failure)",
            );
            l
        },
    },
    Scenario {
        name: "pop3-works-imap-disabled",
        about_en: "POP3 works, IMAP is switched off in webmail: the two side by side",
        about_es: "POP3 funciona e IMAP está desactivado en el webmail: los dos lado a lado",
        build: || {
            let mut l = usual();
            l.imap_beside = Some(refuse_imap_login(
                imap(Transport::ImplicitTls(CertKind::Valid)),
                "NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail \
                 settings page and enable your account for IMAP access. (Failure)",
            ));
            l
        },
    },
    Scenario {
        name: "mailbox-locked",
        about_en: "another device is downloading from the mailbox right now",
        about_es: "otro dispositivo está descargando del buzón en este momento",
        build: || {
            let mut l = usual();
            l.incoming = refuse_pop3_login(
                l.incoming,
                "-ERR [IN-USE] Mailbox is locked by another POP3 session.",
            );
            l
        },
    },
    Scenario {
        name: "silent-server",
        about_en: "an antivirus mail shield accepts the outgoing connection and says nothing",
        about_es: "el escudo de correo de un antivirus acepta la conexión de salida y no dice nada",
        build: || {
            let mut l = usual();
            l.smtp = l.smtp.misbehave(Misbehaviour::Silence);
            l
        },
    },
];
