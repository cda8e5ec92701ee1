//! The demonstration scenarios: for each, the two servers (POP3 or IMAP, and SMTP; declared
//! with the kit), how the
//! mail program is set up against them, and a line saying what it shows (English and Spanish).
//! The findings come from the normal engine (tests/lab_demo.rs holds what each gives). The reply texts are the providers' real ones, so the diagnosis recognises them as it
//! would on a real account.

use crate::account::Security;
use std::borrow::Cow;

use mailtriage_core::i18n;

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
    /// The catalogue key of what it shows.
    about: &'static str,
    build: fn() -> Layout,
}

impl Scenario {
    /// What it shows, in one line.
    pub fn about(&self, lang: Lang) -> Cow<'static, str> {
        i18n::text(lang, self.about)
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
        about: "demo-scenario-healthy",
        build: usual,
    },
    Scenario {
        name: "imap-healthy",
        about: "demo-scenario-imap-healthy",
        build: usual_imap,
    },
    Scenario {
        name: "receive-ok-send-fails",
        about: "demo-scenario-receive-ok-send-fails",
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
        about: "demo-scenario-tls-on-starttls-port",
        build: || {
            let mut l = usual();
            l.incoming = pop3(Transport::Starttls(CertKind::Valid));
            l
        },
    },
    Scenario {
        name: "starttls-on-tls-port",
        about: "demo-scenario-starttls-on-tls-port",
        build: || {
            let mut l = usual();
            l.smtp = smtp(Transport::ImplicitTls(CertKind::Valid));
            l
        },
    },
    Scenario {
        name: "swapped-ports",
        about: "demo-scenario-swapped-ports",
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
        about: "demo-scenario-cert-expired",
        build: || {
            let mut l = usual();
            l.incoming = pop3(Transport::ImplicitTls(CertKind::Expired));
            l
        },
    },
    Scenario {
        name: "cert-wrong-name",
        about: "demo-scenario-cert-wrong-name",
        build: || {
            let mut l = usual();
            l.smtp = smtp(Transport::Starttls(CertKind::WrongName));
            l
        },
    },
    Scenario {
        name: "app-password",
        about: "demo-scenario-app-password",
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
        about: "demo-scenario-basic-auth-disabled",
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
        about: "demo-scenario-pop3-disabled",
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
        about: "demo-scenario-imap-disabled",
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
        about: "demo-scenario-pop3-works-imap-disabled",
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
        about: "demo-scenario-mailbox-locked",
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
        about: "demo-scenario-silent-server",
        build: || {
            let mut l = usual();
            l.smtp = l.smtp.misbehave(Misbehaviour::Silence);
            l
        },
    },
];
