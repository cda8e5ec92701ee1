//! What to probe: the account's servers, credentials and the run's limits, independent of how
//! they were given (command line, preset, profile or the dashboard's editor).

pub mod accounts_file;
pub mod choose;
pub mod guessed;
pub mod profile;
pub mod source;

use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use crate::domain::domain_of;
use crate::model::Said;
use crate::proto::secrets::SecretForms;
use crate::said;
use source::AccountSource;

pub use crate::settings::{
    Depth, Endpoint, HostPort, Panel, Protocol, Secret, Security, ValueError, split_host_port,
};

/// `--resolve HOST:PORT:ADDR`: connect to ADDR for HOST:PORT, still checking certificates
/// against HOST.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolveOverride {
    pub host: String,
    pub port: u16,
    pub addr: IpAddr,
}

impl FromStr for ResolveOverride {
    type Err = Said;
    fn from_str(s: &str) -> Result<Self, Said> {
        let mut parts = s.splitn(3, ':');
        let (Some(host), Some(port), Some(addr)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(said!("value-not-resolve", spec = s));
        };
        let port = port
            .parse::<u16>()
            .map_err(|_| said!("value-bad-port", port = port, spec = s))?;
        let addr = addr.trim_start_matches('[').trim_end_matches(']');
        let addr = addr
            .parse::<IpAddr>()
            .map_err(|_| said!("value-not-an-address-in", address = addr, spec = s))?;
        Ok(ResolveOverride {
            host: host.to_string(),
            port,
            addr,
        })
    }
}

/// Step deadlines the network panel's own checks get in all (see [`Plan::network_timeout`]).
pub const NETWORK_PANEL_STEPS: u32 = 4;

/// Step deadlines the working-settings scan gets in all; it caps its own step deadline and each
/// combination's time, so this bound is only reached when something hangs.
pub const WORKING_SETTINGS_STEPS: u32 = 3;

/// Everything a run needs. Built once, shared read-only by the probe tasks.
#[derive(Debug, Clone)]
pub struct Plan {
    pub incoming: Option<Endpoint>,
    /// The protocol the incoming server is spoken to in: POP3, unless `--imap` named the server
    /// or the source's IMAP server was chosen (`--incoming imap`, or a provider without POP3).
    pub incoming_protocol: Protocol,
    /// An IMAP server checked beside the POP3 incoming one (`--pop3` and `--imap` together, or
    /// `--incoming both`), in its own panel ([`Panel::ImapBeside`]) of the same run.
    pub imap_beside: Option<Endpoint>,
    pub outgoing: Option<Endpoint>,
    pub user: Option<String>,
    /// The outgoing server's user name, when it is not [`Plan::user`] (`--smtp-user`).
    pub smtp_user: Option<String>,
    pub password: Option<Secret>,
    /// An OAuth2 access token (`--oauth2-token-env`, `--oauth2-token-command`, or from the
    /// device sign-in of `--oauth2-login` / `--oauth2-saved`): when given, the login uses
    /// XOAUTH2 or OAUTHBEARER with it, and the password is neither asked for nor sent.
    pub oauth2_token: Option<Secret>,
    /// SMTP dry run: `MAIL FROM` address.
    pub from: Option<String>,
    /// SMTP dry run: `RCPT TO` address.
    pub to: Option<String>,
    pub resolve: Vec<ResolveOverride>,
    /// Extra trusted CA certificates (PEM file contents), from `--ca-file`.
    pub extra_ca_pem: Option<Vec<u8>>,
    /// Deadline of each network step.
    pub step_timeout: Duration,
    /// Overall deadline of each mail session (`--session-timeout`); `None`: derived from the
    /// step deadline, see [`Plan::session_timeout`].
    pub session_timeout: Option<Duration>,
    /// Panels to run.
    pub panels: Vec<Panel>,
    /// Permit sending a password over an unencrypted connection.
    pub allow_plaintext_auth: bool,
    /// Name the SMTP client introduces itself with.
    pub ehlo_name: String,
    /// The account's e-mail address, when given (`--email`); its domain gets the domain checks.
    pub email: Option<String>,
    /// DNS server for the network panel's look-ups (`--dns-server`); `None`: the system's.
    pub dns_server: Option<SocketAddr>,
    /// SNTP server to compare the clock with (`--sntp-server`); `None`: the default one.
    pub sntp_server: Option<HostPort>,
    /// This machine's public address, when known (`--public-ip`); else the SMTP server's view.
    pub public_ip: Option<IpAddr>,
    /// DNS blocklist zones (`--dnsbl`); empty: the default zone.
    pub dnsbl_zones: Vec<String>,
    /// Internet reachability targets (`--reach`); empty: the default targets.
    pub reach: Vec<HostPort>,
    /// DKIM selectors to look up besides the provider's (`--dkim-selector`).
    pub dkim_selectors: Vec<String>,
    /// Where the servers came from and what the e-mail domain publishes about its mail
    /// (`--email`, `--preset`); diagnosis compares the configured servers with it.
    pub account_source: Option<Arc<AccountSource>>,
}

impl Plan {
    pub const DEFAULT_STEP_TIMEOUT: Duration = Duration::from_secs(10);

    /// A plan with the given servers and defaults for everything else.
    pub fn new(incoming: Option<Endpoint>, outgoing: Option<Endpoint>) -> Plan {
        Plan {
            incoming,
            incoming_protocol: Protocol::Pop3,
            imap_beside: None,
            outgoing,
            user: None,
            smtp_user: None,
            password: None,
            oauth2_token: None,
            from: None,
            to: None,
            resolve: Vec::new(),
            extra_ca_pem: None,
            step_timeout: Self::DEFAULT_STEP_TIMEOUT,
            session_timeout: None,
            panels: Panel::ALL.to_vec(),
            allow_plaintext_auth: false,
            ehlo_name: default_ehlo_name(),
            email: None,
            dns_server: None,
            sntp_server: None,
            public_ip: None,
            dnsbl_zones: Vec::new(),
            reach: Vec::new(),
            dkim_selectors: Vec::new(),
            account_source: None,
        }
    }

    /// The user name a protocol logs in with: the outgoing server's own when one is given.
    pub fn user_for(&self, protocol: Protocol) -> Option<&str> {
        match protocol {
            Protocol::Smtp => self.smtp_user.as_deref().or(self.user.as_deref()),
            Protocol::Pop3 | Protocol::Imap => self.user.as_deref(),
        }
    }

    /// True when the incoming and outgoing servers are given the same user name (and so the
    /// same login, as there is one password).
    pub fn same_login_both_sides(&self) -> bool {
        self.user_for(Protocol::Smtp) == self.user_for(Protocol::Pop3)
    }

    /// The domain whose records the account depends on: from `--email`, else from a user name
    /// that is an address, else from the `--from` address. Lower case, without a trailing dot.
    pub fn mail_domain(&self) -> Option<String> {
        [&self.email, &self.user, &self.from]
            .into_iter()
            .flatten()
            .find_map(|address| domain_of(address))
    }

    /// Every form of the plan's password a transcript or report must never show (none when
    /// the plan has none).
    pub fn secret_forms(&self) -> SecretForms {
        let mut forms = self.password_forms();
        if let Some(token) = &self.oauth2_token {
            for protocol in [Protocol::Pop3, Protocol::Smtp] {
                let user = self.user_for(protocol).unwrap_or("");
                forms.merge(&SecretForms::of_oauth2_token(user, token.expose()));
            }
        }
        forms
    }

    /// True when the plan has what a login needs: a user name for `protocol`, and a password
    /// or an OAuth2 token.
    pub fn has_credentials(&self, protocol: Protocol) -> bool {
        self.user_for(protocol).is_some()
            && (self.password.is_some() || self.oauth2_token.is_some())
    }

    fn password_forms(&self) -> SecretForms {
        let Some(password) = &self.password else {
            return SecretForms::default();
        };
        let mut forms =
            SecretForms::of_password(self.user.as_deref().unwrap_or(""), password.expose());
        if !self.same_login_both_sides()
            && let Some(smtp_user) = self.user_for(Protocol::Smtp)
        {
            // The SASL PLAIN answer carries the user name: the outgoing one is another form.
            forms.add(&crate::proto::sasl::plain_response(
                smtp_user,
                password.expose(),
            ));
        }
        forms
    }

    /// True when the run covers this panel. The IMAP panel beside POP3 runs with the incoming
    /// one, when an IMAP server is given beside it.
    pub fn runs(&self, panel: Panel) -> bool {
        self.panels_of(&self.panels).contains(&panel)
    }

    /// The panels of `asked` this plan runs, in screen order: the IMAP panel beside POP3 joins
    /// the incoming one when an IMAP server is given beside it.
    pub fn panels_of(&self, asked: &[Panel]) -> Vec<Panel> {
        Panel::ALL
            .into_iter()
            .filter(|p| match p {
                Panel::ImapBeside => {
                    self.imap_beside.is_some()
                        && (asked.contains(&Panel::Incoming) || asked.contains(&Panel::ImapBeside))
                }
                _ => asked.contains(p),
            })
            .collect()
    }

    /// The server of a protocol, if configured: the incoming one, the IMAP one beside POP3, or
    /// the outgoing one.
    pub fn endpoint(&self, protocol: Protocol) -> Option<&Endpoint> {
        match protocol {
            Protocol::Pop3 | Protocol::Imap if protocol == self.incoming_protocol => {
                self.incoming.as_ref()
            }
            Protocol::Imap => self.imap_beside.as_ref(),
            Protocol::Pop3 => None,
            Protocol::Smtp => self.outgoing.as_ref(),
        }
    }

    /// The protocols this plan has a server for, in screen order: the incoming one, IMAP beside
    /// POP3, then SMTP.
    pub fn mail_protocols(&self) -> Vec<Protocol> {
        let mut protocols = vec![self.incoming_protocol];
        if self.incoming_protocol != Protocol::Imap {
            protocols.push(Protocol::Imap);
        }
        protocols.push(Protocol::Smtp);
        protocols.retain(|p| self.endpoint(*p).is_some());
        protocols
    }

    /// The server a mail panel speaks to, if configured; `None` for the network panel.
    pub fn endpoint_of(&self, panel: Panel) -> Option<&Endpoint> {
        self.endpoint(self.protocol_of(panel)?)
    }

    /// The panel that speaks a protocol: IMAP is the incoming panel, or the one beside POP3.
    pub fn panel_of(&self, protocol: Protocol) -> Panel {
        match protocol {
            Protocol::Smtp => Panel::Outgoing,
            Protocol::Imap if self.incoming_protocol != Protocol::Imap => Panel::ImapBeside,
            Protocol::Pop3 | Protocol::Imap => Panel::Incoming,
        }
    }

    /// The protocol a mail panel speaks; `None` for the network panel.
    pub fn protocol_of(&self, panel: Panel) -> Option<Protocol> {
        match panel {
            Panel::Network => None,
            Panel::Incoming => Some(self.incoming_protocol),
            Panel::ImapBeside => Some(Protocol::Imap),
            Panel::Outgoing => Some(Protocol::Smtp),
        }
    }

    /// The network steps (each one wait of at most the step deadline) a mail session of
    /// `protocol` over `security` calls for: look-up and connect, the TLS handshake (implicit
    /// TLS), greeting and capabilities (SMTP: EHLO, and HELO when EHLO is refused), the upgrade
    /// (STLS/STARTTLS, handshake, capabilities again), at full depth the login (up to three
    /// round trips with AUTH LOGIN, when there are credentials), the mailbox checks (STAT,
    /// UIDL) or the dry run (MAIL FROM, RCPT TO, RSET), and QUIT.
    pub fn session_steps(&self, protocol: Protocol, security: Security, depth: Depth) -> u32 {
        let full = depth == Depth::Full;
        let credentials =
            self.user.is_some() && (self.password.is_some() || self.oauth2_token.is_some());
        let connect = 2 + u32::from(security == Security::Tls);
        let hello = match protocol {
            Protocol::Pop3 | Protocol::Imap => 2,
            Protocol::Smtp => 3,
        };
        let upgrade = if security == Security::Starttls { 3 } else { 0 };
        let login = if full && credentials { 3 } else { 0 };
        let after_login = match protocol {
            Protocol::Pop3 if full && credentials => 2,
            // STATUS, and EXAMINE when STATUS is refused.
            Protocol::Imap if full && credentials => 2,
            Protocol::Smtp if full && (self.from.is_some() || self.to.is_some()) => 3,
            _ => 0,
        };
        connect + hello + upgrade + login + after_login + 1
    }

    /// The overall deadline of one mail session: `--session-timeout` when given, otherwise
    /// `step deadline × (steps + 3) / 3` with `steps` from [`Plan::session_steps`]: a third of
    /// a step deadline for each step, plus one whole step deadline. No single slow step is cut
    /// short, but a server that answers every step just before its deadline cannot hold the
    /// session for the sum of them (at the default 10 s, a POP3 login over TLS has 11 steps and
    /// gets 46.7 s).
    pub fn session_timeout(
        &self,
        protocol: Protocol,
        security: Security,
        depth: Depth,
    ) -> Duration {
        self.session_timeout.unwrap_or_else(|| {
            let steps = self.session_steps(protocol, security, depth);
            self.step_timeout * (steps + 3) / 3
        })
    }

    /// The overall deadline of the network panel: its checks run side by side and wait at most
    /// a few step deadlines each (look-up, then connect), so four step deadlines; when it looks
    /// the SMTP server's view of this machine up in blocklists, it waits for that session
    /// first, so that session's deadline plus two step deadlines, whichever is longer.
    pub fn network_timeout(&self, depth: Depth) -> Duration {
        let own = self.step_timeout * NETWORK_PANEL_STEPS;
        match &self.outgoing {
            Some(out) if depth == Depth::Full && self.runs(Panel::Network) => own.max(
                self.session_timeout(Protocol::Smtp, out.security, depth) + self.step_timeout * 2,
            ),
            _ => own,
        }
    }

    /// How long the panels may run: they run side by side, so the longest of their deadlines
    /// (each mail session's, the network panel's).
    pub fn panels_timeout(&self) -> Duration {
        let depth = Depth::Full;
        let sessions = [self.incoming_protocol, Protocol::Smtp]
            .into_iter()
            .filter_map(|p| {
                self.endpoint(p)
                    .map(|e| self.session_timeout(p, e.security, depth))
            })
            .max()
            .unwrap_or_default();
        if self.runs(Panel::Network) {
            sessions.max(self.network_timeout(depth))
        } else {
            sessions
        }
    }

    /// The bound of a whole `check`: the panels ([`Plan::panels_timeout`]), then the
    /// working-settings scan ([`Plan::working_settings_timeout`]), plus one second to close
    /// connections and write the report.
    pub fn check_timeout(&self) -> Duration {
        self.panels_timeout() + self.working_settings_timeout() + Duration::from_secs(1)
    }

    /// The bound of the working-settings scan a failed connection starts.
    pub fn working_settings_timeout(&self) -> Duration {
        self.step_timeout * WORKING_SETTINGS_STEPS
    }

    /// A pinned address for `host:port`, from `--resolve`.
    pub fn pinned(&self, host: &str, port: u16) -> Option<IpAddr> {
        self.resolve
            .iter()
            .find(|r| r.host.eq_ignore_ascii_case(host) && r.port == port)
            .map(|r| r.addr)
    }
}

/// A fully-qualified-looking EHLO name. Servers reject bare names such as `pc`
/// (`504 5.5.2 Helo command rejected: need fully-qualified hostname`), and this machine's own
/// name may be one; `[127.0.0.1]`-style literals are not, but say nothing true about us either.
/// A fixed, valid domain name keeps the probe from tripping that rule by accident.
pub fn default_ehlo_name() -> String {
    "mailtriage.localdomain".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outgoing_user_names_password_form_is_scrubbed_too() {
        let mut plan = Plan::new(None, None);
        plan.user = Some("alice".into());
        plan.smtp_user = Some("relay-alice".into());
        plan.password = Some(Secret::new("s3cret-horse"));
        let forms = plan.secret_forms();
        for form in [
            crate::proto::sasl::plain_response("alice", "s3cret-horse"),
            crate::proto::sasl::plain_response("relay-alice", "s3cret-horse"),
            "s3cret-horse".to_string(),
        ] {
            let text = format!("C: AUTH PLAIN {form}");
            assert!(!forms.scrub(&text).contains(&form), "{form} shows");
        }
    }

    #[test]
    fn the_oauth2_token_and_its_sasl_answers_are_scrubbed() {
        let mut plan = Plan::new(None, None);
        plan.user = Some("alice@example.test".into());
        plan.smtp_user = Some("relay-alice".into());
        plan.oauth2_token = Some(Secret::new("ya29.a0Af-token_value"));
        assert!(plan.has_credentials(Protocol::Pop3) && plan.password.is_none());
        let forms = plan.secret_forms();
        for form in [
            crate::proto::sasl::xoauth2_response("alice@example.test", "ya29.a0Af-token_value"),
            crate::proto::sasl::xoauth2_response("relay-alice", "ya29.a0Af-token_value"),
            crate::proto::sasl::oauthbearer_response(
                "alice@example.test",
                "pop.example.test",
                995,
                "ya29.a0Af-token_value",
            ),
            "Bearer ya29.a0Af-token_value".to_string(),
        ] {
            let text = format!("C: AUTH XOAUTH2 {form}");
            let shown = forms.scrub(&text);
            assert!(!shown.contains(&form), "{form} shows");
            assert!(!shown.contains("a0Af-token"), "{shown}");
        }
    }

    #[test]
    fn domain_comes_from_email_then_user_then_from() {
        let mut plan = Plan::new(None, None);
        assert_eq!(plan.mail_domain(), None);
        plan.from = Some("Ana <ana@From.Example.test>".into());
        assert_eq!(plan.mail_domain().as_deref(), Some("from.example.test"));
        plan.user = Some("ana@user.example.test".into());
        assert_eq!(plan.mail_domain().as_deref(), Some("user.example.test"));
        plan.email = Some("ana@mail.example.test.".into());
        assert_eq!(plan.mail_domain().as_deref(), Some("mail.example.test"));
    }

    #[test]
    fn user_names_without_a_domain_are_skipped() {
        let mut plan = Plan::new(None, None);
        plan.user = Some("ana".into());
        plan.from = Some("ana@example.test".into());
        assert_eq!(plan.mail_domain().as_deref(), Some("example.test"));
        plan.from = Some("ana@localhost".into());
        assert_eq!(plan.mail_domain(), None);
    }

    #[test]
    fn endpoint_defaults_port_from_security() {
        let e = Endpoint::parse("pop.example.org", Protocol::Pop3, Security::Tls).unwrap();
        assert_eq!(e.port, 995);
        let e = Endpoint::parse("smtp.example.org", Protocol::Smtp, Security::Starttls).unwrap();
        assert_eq!(e.port, 587);
        let e = Endpoint::parse("smtp.example.org:2525", Protocol::Smtp, Security::None).unwrap();
        assert_eq!(e.port, 2525);
    }

    #[test]
    fn host_port_forms() {
        assert_eq!(
            split_host_port("[::1]:995").unwrap(),
            ("::1".into(), Some(995))
        );
        assert_eq!(split_host_port("::1").unwrap(), ("::1".into(), None));
        assert_eq!(
            split_host_port("127.0.0.1:25").unwrap(),
            ("127.0.0.1".into(), Some(25))
        );
        assert!(split_host_port("host:0").is_err());
        assert!(split_host_port("host:99999").is_err());
        assert!(split_host_port("[::1").is_err());
    }

    #[test]
    fn resolve_override_parses_v4_and_v6() {
        let r: ResolveOverride = "pop.example.org:995:127.0.0.1".parse().unwrap();
        assert_eq!(r.port, 995);
        let r: ResolveOverride = "pop.example.org:995:[::1]".parse().unwrap();
        assert!(r.addr.is_ipv6());
        assert!("pop.example.org:995".parse::<ResolveOverride>().is_err());
    }

    #[test]
    fn host_port_needs_a_port_unless_defaulted() {
        let t = HostPort::parse("[::1]:443", None).unwrap();
        assert_eq!((t.host.as_str(), t.port), ("::1", 443));
        assert_eq!(t.to_string(), "[::1]:443");
        assert!(HostPort::parse("example.test", None).is_err());
        assert_eq!(HostPort::parse("time.test", Some(123)).unwrap().port, 123);
    }

    #[test]
    fn session_deadlines_follow_the_steps_and_the_override() {
        let pop3 = Endpoint::parse("pop.example.org", Protocol::Pop3, Security::Tls).unwrap();
        let smtp = Endpoint::parse("smtp.example.org", Protocol::Smtp, Security::Starttls).unwrap();
        let mut plan = Plan::new(Some(pop3), Some(smtp));
        plan.step_timeout = Duration::from_secs(3);
        // DNS, TCP, TLS, greeting, CAPA, QUIT.
        assert_eq!(
            plan.session_steps(Protocol::Pop3, Security::Tls, Depth::Full),
            6
        );
        plan.user = Some("alice".into());
        plan.password = Some(Secret::new("pw"));
        // ... and AUTH LOGIN's three round trips, STAT, UIDL.
        assert_eq!(
            plan.session_steps(Protocol::Pop3, Security::Tls, Depth::Full),
            11
        );
        assert_eq!(
            plan.session_steps(Protocol::Pop3, Security::Tls, Depth::Connection),
            6
        );
        // 3 s × (11 + 3) / 3
        assert_eq!(
            plan.session_timeout(Protocol::Pop3, Security::Tls, Depth::Full),
            Duration::from_secs(14)
        );
        // DNS, TCP, greeting, EHLO, HELO, STARTTLS, TLS, EHLO, three login trips, QUIT.
        assert_eq!(
            plan.session_steps(Protocol::Smtp, Security::Starttls, Depth::Full),
            12
        );
        assert_eq!(
            plan.network_timeout(Depth::Full),
            Duration::from_secs(15 + 6)
        );
        assert_eq!(plan.check_timeout(), Duration::from_secs(21 + 9 + 1));
        plan.session_timeout = Some(Duration::from_secs(5));
        assert_eq!(
            plan.session_timeout(Protocol::Smtp, Security::Starttls, Depth::Full),
            Duration::from_secs(5)
        );
        assert_eq!(plan.check_timeout(), Duration::from_secs(12 + 9 + 1));
    }

    #[test]
    fn secret_debug_is_redacted() {
        assert_eq!(format!("{:?}", Secret::new("hunter2")), "***");
    }
}
