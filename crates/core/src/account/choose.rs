//! Weighing the sources: which server to use for each side (POP3, IMAP, SMTP), which user name form, and whether
//! the provider allows only OAuth2, from what the MX, SRV and autoconfig look-ups found and what
//! Thunderbird's provider database (ISPDB) lists.
//!
//! Order, best first, decided per side:
//! 1. The preset of the provider the MX records point to. A preset is checked by hand against
//!    the provider's documentation and carries what the other sources cannot say (app passwords,
//!    POP that must be switched on, OAuth2 only); and the MX records are where the domain's mail
//!    really arrives, so they name the provider that holds the mailbox.
//! 2. The ISPDB entry for the e-mail domain or for its MX host's domain. Thunderbird's
//!    maintainers keep it, so it is better than what a domain may publish by mistake, but it
//!    carries no notes, and entries age: its servers are candidates that the check then probes
//!    (a server it lists without encryption is checked with STARTTLS, see
//!    [`crate::ispdb::IspdbSettings`]). A protocol the entry does not list is left to the next
//!    source: many entries leave POP3 out although the provider offers it.
//! 3. SRV records (RFC 6186). The domain's owner publishes them in its own DNS for exactly this
//!    purpose, and a "." target says outright that a service is not offered.
//! 4. The autoconfig file. Also published by the domain, but over the web: the `.well-known`
//!    address is often served by a web host that knows nothing about the mail, and control
//!    panels publish generic files. It is still the only source of the user name form besides a
//!    preset.
//!
//! A source that decides a side (a server, or "not offered") ends the search for that side; one
//! that says nothing about it lets the next source speak.

use super::source::Origin;
use crate::ispdb::IspdbSettings;
use crate::preset::{Note, Preset, UsernameForm};
use crate::settings::{Endpoint, Protocol};

use crate::discovery::{Discovery, SrvOffer, offer};

/// What the sources say about one side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// Use this server.
    Server(Endpoint, Origin),
    /// The source says the provider does not offer this protocol.
    NotOffered(Origin),
    /// No source said anything.
    Unknown,
}

impl Pick {
    pub fn origin(&self) -> Option<Origin> {
        match self {
            Pick::Server(_, o) | Pick::NotOffered(o) => Some(*o),
            Pick::Unknown => None,
        }
    }
}

/// The settings the sources add up to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The POP3 server.
    pub incoming: Pick,
    /// The IMAP server, weighed like the POP3 one.
    pub imap: Pick,
    pub outgoing: Pick,
    /// The user name form and the source that states it.
    pub username_form: Option<(UsernameForm, Origin)>,
    /// The source that says only OAuth2 sign-in works.
    pub oauth2_only: Option<Origin>,
}

impl Choice {
    pub fn side(&self, protocol: Protocol) -> &Pick {
        match protocol {
            Protocol::Pop3 => &self.incoming,
            Protocol::Imap => &self.imap,
            Protocol::Smtp => &self.outgoing,
        }
    }

    /// True when no source gave a server for any side.
    pub fn no_server(&self) -> bool {
        [&self.incoming, &self.imap, &self.outgoing]
            .iter()
            .all(|pick| !matches!(pick, Pick::Server(..)))
    }
}

/// Pick the settings from `discovery`, with `mx_preset` the preset its MX records point to and
/// `ispdb` the settings of the ISPDB entry for the domain or its MX host's domain.
pub fn choose(
    discovery: &Discovery,
    mx_preset: Option<&Preset>,
    ispdb: Option<&IspdbSettings>,
) -> Choice {
    let side = |protocol: Protocol| {
        if let Some(preset) = mx_preset {
            let documented = match protocol {
                Protocol::Pop3 => preset.incoming(),
                Protocol::Imap => preset.preferred_imap(),
                Protocol::Smtp => preset.outgoing(),
            };
            match documented {
                Some(endpoint) => return Pick::Server(endpoint, Origin::Mx),
                // A preset without IMAP servers says nothing about IMAP: the next source may.
                None if protocol == Protocol::Imap => {}
                None => return Pick::NotOffered(Origin::Mx),
            }
        }
        if let Some(endpoint) = ispdb.and_then(|s| s.endpoint(protocol, None)) {
            return Pick::Server(endpoint, Origin::Ispdb);
        }
        match offer(protocol, &discovery.srv) {
            SrvOffer::Offered(endpoint) => return Pick::Server(endpoint, Origin::Srv),
            SrvOffer::NotOffered => return Pick::NotOffered(Origin::Srv),
            SrvOffer::Unknown => {}
        }
        match discovery
            .autoconfig
            .as_ref()
            .and_then(|(_, config)| config.servers(protocol).first())
        {
            Some(server) => Pick::Server(
                Endpoint {
                    host: server.host.clone(),
                    port: server.port,
                    security: server.security,
                },
                Origin::Autoconfig,
            ),
            None => Pick::Unknown,
        }
    };
    let config = discovery.autoconfig.as_ref().map(|(_, c)| c);
    let firsts = || {
        config.into_iter().flat_map(|c| {
            c.pop3
                .first()
                .into_iter()
                .chain(c.imap.first())
                .chain(c.smtp.first())
        })
    };
    let username_form = match (mx_preset, ispdb.and_then(|s| s.username)) {
        (Some(preset), _) => Some((preset.username, Origin::Mx)),
        (None, Some(form)) => Some((form, Origin::Ispdb)),
        (None, None) => firsts()
            .find_map(|s| s.username.as_ref().and_then(|u| u.form()))
            .map(|form| (form, Origin::Autoconfig)),
    };
    let oauth2_only = match (mx_preset, ispdb) {
        (Some(preset), _) => preset.has(Note::Oauth2Only).then_some(Origin::Mx),
        (None, Some(settings)) => settings.oauth2_only.then_some(Origin::Ispdb),
        (None, None) => {
            let mut servers = firsts().peekable();
            (servers.peek().is_some() && servers.all(|s| s.oauth2_only()))
                .then_some(Origin::Autoconfig)
        }
    };
    Choice {
        incoming: side(Protocol::Pop3),
        imap: side(Protocol::Imap),
        outgoing: side(Protocol::Smtp),
        username_form,
        oauth2_only,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Security;
    use crate::discovery::autoconfig::{ClientConfig, MailServer, UsernameSpec};
    use crate::discovery::{DnsAnswer, SrvService, SrvTarget};
    use crate::preset::Presets;

    fn discovery() -> Discovery {
        Discovery {
            domain: "example.org".into(),
            mx: DnsAnswer::NoRecords,
            srv: Vec::new(),
            autoconfig: None,
            problems: Vec::new(),
        }
    }

    fn server(host: &str, port: u16, auth: &str, user: UsernameSpec) -> MailServer {
        MailServer {
            host: host.into(),
            port,
            security: Security::Tls,
            username: Some(user),
            authentication: vec![auth.into()],
        }
    }

    fn with_autoconfig(mut d: Discovery, auth: &str) -> Discovery {
        d.autoconfig = Some((
            "https://autoconfig.example.org/mail/config-v1.1.xml".into(),
            ClientConfig {
                display_name: None,
                pop3: vec![server("pop.ac.example", 995, auth, UsernameSpec::LocalPart)],
                smtp: vec![server(
                    "smtp.ac.example",
                    465,
                    auth,
                    UsernameSpec::LocalPart,
                )],
                imap: vec![server(
                    "imap.ac.example",
                    993,
                    auth,
                    UsernameSpec::LocalPart,
                )],
            },
        ));
        d
    }

    #[test]
    fn the_mx_preset_decides_both_sides() {
        let presets = Presets::embedded();
        let icloud = presets.get("icloud").unwrap();
        let choice = choose(
            &with_autoconfig(discovery(), "password-cleartext"),
            Some(icloud),
            None,
        );
        assert_eq!(choice.incoming, Pick::NotOffered(Origin::Mx));
        assert!(
            matches!(choice.imap, Pick::Server(ref e, Origin::Mx) if e.host == "imap.mail.me.com")
        );
        assert!(
            matches!(choice.outgoing, Pick::Server(ref e, Origin::Mx) if e.host == "smtp.mail.me.com")
        );
        assert_eq!(
            choice.username_form,
            Some((UsernameForm::FullAddress, Origin::Mx))
        );
        let workspace = presets.get("google-workspace").unwrap();
        assert_eq!(
            choose(&discovery(), Some(workspace), None).oauth2_only,
            Some(Origin::Mx)
        );
    }

    #[test]
    fn srv_before_autoconfig_per_side() {
        let mut d = with_autoconfig(discovery(), "password-cleartext");
        d.srv = vec![
            (
                SrvService::Pop3s,
                DnsAnswer::Records(vec![SrvTarget::new(0, 0, 995, "pop.srv.example")]),
            ),
            (SrvService::Submission, DnsAnswer::NoRecords),
            (
                SrvService::Imap,
                DnsAnswer::Records(vec![SrvTarget::new(0, 0, 143, "imap.srv.example")]),
            ),
        ];
        let choice = choose(&d, None, None);
        assert!(
            matches!(choice.imap, Pick::Server(ref e, Origin::Srv) if e.host == "imap.srv.example" && e.security == Security::Starttls)
        );
        assert!(
            matches!(choice.incoming, Pick::Server(ref e, Origin::Srv) if e.host == "pop.srv.example")
        );
        assert!(
            matches!(choice.outgoing, Pick::Server(ref e, Origin::Autoconfig) if e.host == "smtp.ac.example")
        );
        assert_eq!(
            choice.username_form,
            Some((UsernameForm::LocalPart, Origin::Autoconfig))
        );
        assert_eq!(choice.oauth2_only, None);
    }

    #[test]
    fn srv_not_offered_is_final_and_oauth_from_autoconfig() {
        let mut d = with_autoconfig(discovery(), "OAuth2");
        d.srv = vec![(
            SrvService::Pop3s,
            DnsAnswer::Records(vec![SrvTarget::new(0, 0, 0, ".")]),
        )];
        let choice = choose(&d, None, None);
        assert_eq!(choice.incoming, Pick::NotOffered(Origin::Srv));
        assert!(
            matches!(choice.imap, Pick::Server(ref e, Origin::Autoconfig) if e.host == "imap.ac.example"),
            "no IMAP SRV record: the autoconfig file speaks"
        );
        assert_eq!(choice.oauth2_only, Some(Origin::Autoconfig));
        assert!(choose(&discovery(), None, None).no_server());
    }

    fn ispdb_settings() -> IspdbSettings {
        use crate::preset::Server;
        IspdbSettings {
            pop3: Vec::new(),
            imap: vec![Server {
                host: "imap.isp.example".into(),
                port: 993,
                security: Security::Tls,
            }],
            smtp: vec![Server {
                host: "smtp.isp.example".into(),
                port: 587,
                security: Security::Starttls,
            }],
            username: Some(UsernameForm::FullAddress),
            oauth2_only: false,
        }
    }

    #[test]
    fn ispdb_after_the_mx_preset_and_before_srv_and_autoconfig() {
        let mut d = with_autoconfig(discovery(), "OAuth2");
        d.srv = vec![(
            SrvService::Submission,
            DnsAnswer::Records(vec![SrvTarget::new(0, 0, 587, "smtp.srv.example")]),
        )];
        let ispdb = ispdb_settings();
        let choice = choose(&d, None, Some(&ispdb));
        assert!(
            matches!(choice.imap, Pick::Server(ref e, Origin::Ispdb) if e.host == "imap.isp.example")
        );
        assert!(
            matches!(choice.outgoing, Pick::Server(ref e, Origin::Ispdb) if e.host == "smtp.isp.example")
        );
        assert!(
            matches!(choice.incoming, Pick::Server(ref e, Origin::Autoconfig) if e.host == "pop.ac.example"),
            "the entry lists no POP3: the next source speaks"
        );
        assert_eq!(
            choice.username_form,
            Some((UsernameForm::FullAddress, Origin::Ispdb))
        );
        assert_eq!(choice.oauth2_only, None, "the entry allows passwords");

        let presets = Presets::embedded();
        let icloud = presets.get("icloud").unwrap();
        let choice = choose(&d, Some(icloud), Some(&ispdb));
        assert!(matches!(choice.imap, Pick::Server(_, Origin::Mx)));
        assert_eq!(choice.incoming, Pick::NotOffered(Origin::Mx));
    }
}
