//! What one ISPDB entry says for one address: its POP3, IMAP and SMTP servers, the user name
//! form and whether only OAuth2 sign-in is listed, taken from the entry's autoconfig file as
//! candidates to check.

use serde::Serialize;

use crate::discovery::{ClientConfig, MailServer};
use crate::preset::{Server, UsernameForm};
use crate::settings::{Endpoint, Protocol, Security};

/// The settings an ISPDB entry lists, preferred first, as mailtriage checks them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IspdbSettings {
    pub pop3: Vec<Server>,
    pub imap: Vec<Server>,
    pub smtp: Vec<Server>,
    /// The user name form the entry's first servers ask for, when it is one of the two standard
    /// ones.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<UsernameForm>,
    /// The entry's first servers list only OAuth2 sign-in. A fact to check, not a verdict: the
    /// provider may still take a password (an app password) from mail programs.
    pub oauth2_only: bool,
}

impl IspdbSettings {
    /// The settings of a parsed ISPDB file.
    pub fn of(config: &ClientConfig) -> IspdbSettings {
        let firsts = || {
            config
                .pop3
                .first()
                .into_iter()
                .chain(config.imap.first())
                .chain(config.smtp.first())
        };
        let mut all_first = firsts().peekable();
        let oauth2_only = all_first.peek().is_some() && all_first.all(MailServer::oauth2_only);
        IspdbSettings {
            pop3: servers(&config.pop3),
            imap: servers(&config.imap),
            smtp: servers(&config.smtp),
            username: firsts().find_map(|s| s.username.as_ref().and_then(|u| u.form())),
            oauth2_only,
        }
    }

    pub fn servers(&self, protocol: Protocol) -> &[Server] {
        match protocol {
            Protocol::Pop3 => &self.pop3,
            Protocol::Imap => &self.imap,
            Protocol::Smtp => &self.smtp,
        }
    }

    /// The server for a protocol: the first with the asked security, else the preferred one.
    pub fn endpoint(&self, protocol: Protocol, security: Option<Security>) -> Option<Endpoint> {
        let servers = self.servers(protocol);
        let chosen = match security {
            Some(sec) => servers.iter().find(|s| s.security == sec),
            None => None,
        };
        chosen.or(servers.first()).map(Server::to_endpoint)
    }
}

/// The entry's servers in its order, each once. A server the entry lists as `plain` is checked
/// with STARTTLS on the same port: ISPDB entries are candidates, many of them old, and the
/// product never advises sending mail or passwords in plain text. If the server cannot
/// upgrade, the check says so; the security is never lowered to match the entry.
fn servers(list: &[MailServer]) -> Vec<Server> {
    let mut out: Vec<Server> = Vec::new();
    for server in list {
        let security = match server.security {
            Security::None => Security::Starttls,
            other => other,
        };
        let server = Server {
            host: server.host.clone(),
            port: server.port,
            security,
        };
        if !out.contains(&server) {
            out.push(server);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discovery::autoconfig;

    const PLAIN: &str = r#"<clientConfig><emailProvider id="old.example">
        <domain>old.example</domain>
        <incomingServer type="pop3">
          <hostname>pop.old.example</hostname><port>110</port><socketType>plain</socketType>
          <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
        </incomingServer>
        <incomingServer type="pop3">
          <hostname>pop.old.example</hostname><port>110</port><socketType>STARTTLS</socketType>
        </incomingServer>
        <outgoingServer type="smtp">
          <hostname>smtp.old.example</hostname><port>25</port><socketType>plain</socketType>
          <authentication>OAuth2</authentication>
        </outgoingServer>
    </emailProvider></clientConfig>"#;

    #[test]
    fn plain_servers_are_checked_with_starttls_on_the_same_port() {
        let config = autoconfig::parse(PLAIN, "ana@old.example").unwrap();
        let settings = IspdbSettings::of(&config);
        assert_eq!(
            settings.pop3,
            [Server {
                host: "pop.old.example".into(),
                port: 110,
                security: Security::Starttls,
            }],
            "the plain entry became STARTTLS, and the same server is listed once"
        );
        let smtp = settings.endpoint(Protocol::Smtp, None).unwrap();
        assert_eq!((smtp.port, smtp.security), (25, Security::Starttls));
        assert!(settings.imap.is_empty());
        assert_eq!(settings.username, Some(UsernameForm::LocalPart));
        assert!(!settings.oauth2_only, "POP3 takes a password");
    }

    #[test]
    fn asked_security_picks_among_the_servers() {
        let xml = r#"<clientConfig><emailProvider>
            <incomingServer type="imap"><hostname>imap.x.example</hostname><port>993</port><socketType>SSL</socketType>
              <authentication>OAuth2</authentication></incomingServer>
            <incomingServer type="imap"><hostname>imap.x.example</hostname><port>143</port><socketType>STARTTLS</socketType>
              <authentication>OAuth2</authentication></incomingServer>
        </emailProvider></clientConfig>"#;
        let settings = IspdbSettings::of(&autoconfig::parse(xml, "a@x.example").unwrap());
        let imap = |sec| settings.endpoint(Protocol::Imap, sec).unwrap().port;
        assert_eq!(imap(None), 993);
        assert_eq!(imap(Some(Security::Starttls)), 143);
        assert_eq!(
            imap(Some(Security::None)),
            993,
            "no plain server: the preferred one"
        );
        assert!(settings.oauth2_only);
        assert_eq!(settings.endpoint(Protocol::Pop3, None), None);
    }
}
