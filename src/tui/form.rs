//! The settings form behind the editor overlay: both servers, user and password, the dry run's
//! sender and recipient, as text being edited, and its checked conversion to a [`Plan`].
//!
//! A host is read like the command line's `--pop3`/`--smtp` ([`split_host_port`]): `host`,
//! `host:port`, `[IPv6]`, `[IPv6]:port`; a port typed with the host moves to the port field.

use std::sync::Arc;

use crate::account::source::{AccountSource, Origin};
use crate::account::{Endpoint, Plan, Protocol, Secret, Security, split_host_port};
use crate::model::Panel;
use crate::tui::presets::PresetChoice;

/// A field of the form, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The account's address: its domain gets the domain checks, and Ctrl-D looks its servers
    /// up as `--email` does.
    Email,
    IncomingHost,
    IncomingPort,
    IncomingSecurity,
    OutgoingHost,
    OutgoingPort,
    OutgoingSecurity,
    User,
    Password,
    /// The outgoing server's user name, when it is not the incoming one (`--smtp-user`).
    SmtpUser,
    /// SMTP dry run: `MAIL FROM`.
    From,
    /// SMTP dry run: `RCPT TO`.
    To,
    /// A private CA to trust (`--ca-file`): a path, read and checked when applied.
    CaFile,
}

impl Field {
    pub const ALL: [Field; 13] = [
        Field::Email,
        Field::IncomingHost,
        Field::IncomingPort,
        Field::IncomingSecurity,
        Field::OutgoingHost,
        Field::OutgoingPort,
        Field::OutgoingSecurity,
        Field::User,
        Field::Password,
        Field::SmtpUser,
        Field::From,
        Field::To,
        Field::CaFile,
    ];

    fn position(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// Why the form cannot be applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    BadPort(Field),
    /// The host field (of the side named) cannot be a host.
    BadHost(Field, HostProblem),
    /// The dry-run address is not an e-mail address.
    BadAddress(Field),
    NoServer,
}

/// What is wrong with a typed host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostProblem {
    /// Characters no host name has (spaces, `/`, `@`, …).
    Characters,
    /// `[` without `]`, or something after `]` that is not `:port`.
    Brackets,
    /// `host:port` with a port that is not 1–65535.
    Port,
}

/// One side (POP3 or SMTP) of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideForm {
    pub host: String,
    pub port: String,
    pub security: Security,
}

impl SideForm {
    fn from_endpoint(endpoint: Option<&Endpoint>, protocol: Protocol) -> SideForm {
        match endpoint {
            Some(e) => SideForm {
                host: e.host.clone(),
                port: e.port.to_string(),
                security: e.security,
            },
            None => {
                let security = match protocol {
                    Protocol::Pop3 | Protocol::Imap => Security::Tls,
                    Protocol::Smtp => Security::Starttls,
                };
                SideForm {
                    host: String::new(),
                    port: protocol.default_port(security).to_string(),
                    security,
                }
            }
        }
    }

    /// Next or previous security mode; a port that was the old mode's default follows the mode.
    fn cycle(&mut self, protocol: Protocol, forward: bool) {
        let all = Security::ALL;
        let at = all.iter().position(|s| *s == self.security).unwrap_or(0);
        let next = if forward {
            all[(at + 1) % all.len()]
        } else {
            all[(at + all.len() - 1) % all.len()]
        };
        if self.port.trim() == protocol.default_port(self.security).to_string()
            || self.port.trim().is_empty()
        {
            self.port = protocol.default_port(next).to_string();
        }
        self.security = next;
    }

    /// Split a `host:port` typed in the host field into both fields; refuse a host that cannot
    /// be one.
    fn normalize(&mut self, host_field: Field) -> Result<(), FormError> {
        let typed = self.host.trim();
        if typed.is_empty() {
            return Ok(());
        }
        let bad = |problem| FormError::BadHost(host_field, problem);
        let (host, port) = split_host_port(typed).map_err(|e| {
            if matches!(e, crate::account::ValueError::BadPort { .. }) {
                bad(HostProblem::Port)
            } else {
                bad(HostProblem::Brackets)
            }
        })?;
        let is_ip = host.parse::<std::net::IpAddr>().is_ok();
        let name_chars = host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'));
        if host.is_empty() || !(is_ip || name_chars) || host.starts_with(['-', '.']) {
            return Err(bad(HostProblem::Characters));
        }
        self.host = host;
        if let Some(port) = port {
            self.port = port.to_string();
        }
        Ok(())
    }

    fn endpoint(&self, port_field: Field) -> Result<Option<Endpoint>, FormError> {
        let host = self.host.trim();
        if host.is_empty() {
            return Ok(None);
        }
        let port = self
            .port
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|p| *p != 0)
            .ok_or(FormError::BadPort(port_field))?;
        Ok(Some(Endpoint {
            host: host.to_string(),
            port,
            security: self.security,
        }))
    }
}

/// The form being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub incoming: SideForm,
    pub outgoing: SideForm,
    pub user: String,
    /// Empty: the outgoing server takes `user` too.
    pub smtp_user: String,
    pub password: Secret,
    /// Dry-run sender and recipient (`--from`, `--to`); empty: no dry run.
    pub from: String,
    pub to: String,
    /// The account's e-mail address.
    pub email: String,
    /// The CA file's path as typed; empty: the CA in force stays.
    pub ca_file: String,
    /// The extra CA certificates in force (PEM), and the path they were read from when it was
    /// this form that read them.
    pub ca_pem: Option<Vec<u8>>,
    pub ca_read_from: Option<String>,
    /// Where the servers of the last look-up came from, kept for diagnosis to compare with.
    pub source: Option<Arc<AccountSource>>,
    /// The servers the look-up filled in (incoming, outgoing), to tell them from typed ones.
    pub found: Option<(Option<Endpoint>, Option<Endpoint>)>,
    /// A look-up of the address is under way.
    pub looking_up: bool,
    pub focus: Field,
    pub error: Option<FormError>,
    /// No account was set yet: the form is the first screen and cannot be dismissed.
    pub setup: bool,
    /// The protocol the incoming server is spoken to in (POP3, or IMAP from `--imap`).
    pub incoming_protocol: Protocol,
}

impl Form {
    /// A form holding the plan's settings, the cursor on the side of `focus`.
    pub fn new(plan: Option<&Plan>, focus: Panel) -> Form {
        let incoming_protocol = plan.map_or(Protocol::Pop3, |p| p.incoming_protocol);
        Form {
            incoming_protocol,
            incoming: SideForm::from_endpoint(
                plan.and_then(|p| p.incoming.as_ref()),
                incoming_protocol,
            ),
            outgoing: SideForm::from_endpoint(
                plan.and_then(|p| p.outgoing.as_ref()),
                Protocol::Smtp,
            ),
            user: plan.and_then(|p| p.user.clone()).unwrap_or_default(),
            smtp_user: plan.and_then(|p| p.smtp_user.clone()).unwrap_or_default(),
            password: plan
                .and_then(|p| p.password.clone())
                .unwrap_or_else(|| Secret::new("")),
            from: plan.and_then(|p| p.from.clone()).unwrap_or_default(),
            to: plan.and_then(|p| p.to.clone()).unwrap_or_default(),
            email: plan.and_then(|p| p.email.clone()).unwrap_or_default(),
            ca_file: String::new(),
            ca_pem: plan.and_then(|p| p.extra_ca_pem.clone()),
            ca_read_from: None,
            source: plan.and_then(|p| p.account_source.clone()),
            // The servers in force came with the source (or were already marked typed).
            found: plan
                .filter(|p| p.account_source.is_some())
                .map(|p| (p.incoming.clone(), p.outgoing.clone())),
            looking_up: false,
            focus: match focus {
                Panel::Outgoing => Field::OutgoingHost,
                _ => Field::IncomingHost,
            },
            error: None,
            setup: plan.is_none(),
        }
    }

    pub fn next_field(&mut self) {
        self.focus = Field::ALL[(self.focus.position() + 1) % Field::ALL.len()];
    }

    pub fn prev_field(&mut self) {
        let n = Field::ALL.len();
        self.focus = Field::ALL[(self.focus.position() + n - 1) % n];
    }

    /// Left/Right: cycle a security field; other fields ignore it.
    pub fn cycle(&mut self, forward: bool) {
        match self.focus {
            Field::IncomingSecurity => self.incoming.cycle(self.incoming_protocol, forward),
            Field::OutgoingSecurity => self.outgoing.cycle(Protocol::Smtp, forward),
            _ => {}
        }
    }

    /// Type a character into the focused field. Ports take digits only; security fields take
    /// none (a space cycles them).
    pub fn type_char(&mut self, c: char) {
        self.error = None;
        match self.focus {
            Field::IncomingHost => push_host(&mut self.incoming.host, c),
            Field::OutgoingHost => push_host(&mut self.outgoing.host, c),
            Field::IncomingPort => push_port(&mut self.incoming.port, c),
            Field::OutgoingPort => push_port(&mut self.outgoing.port, c),
            Field::IncomingSecurity | Field::OutgoingSecurity => {
                if c == ' ' {
                    self.cycle(true);
                }
            }
            Field::User => push_text(&mut self.user, c),
            Field::SmtpUser => push_text(&mut self.smtp_user, c),
            Field::From => push_host(&mut self.from, c),
            Field::Email => push_host(&mut self.email, c),
            Field::CaFile => push_text(&mut self.ca_file, c),
            Field::To => push_host(&mut self.to, c),
            Field::Password => {
                let mut s = self.password.expose().to_string();
                if s.chars().count() < MAX_FIELD_CHARS {
                    s.push(c);
                }
                self.password = Secret::new(s);
            }
        }
    }

    pub fn delete_char(&mut self) {
        self.error = None;
        match self.focus {
            Field::IncomingHost => drop(self.incoming.host.pop()),
            Field::OutgoingHost => drop(self.outgoing.host.pop()),
            Field::IncomingPort => drop(self.incoming.port.pop()),
            Field::OutgoingPort => drop(self.outgoing.port.pop()),
            Field::User => drop(self.user.pop()),
            Field::SmtpUser => drop(self.smtp_user.pop()),
            Field::From => drop(self.from.pop()),
            Field::Email => drop(self.email.pop()),
            Field::CaFile => drop(self.ca_file.pop()),
            Field::To => drop(self.to.pop()),
            Field::Password => {
                let mut s = self.password.expose().to_string();
                s.pop();
                self.password = Secret::new(s);
            }
            Field::IncomingSecurity | Field::OutgoingSecurity => {}
        }
    }

    pub fn clear_field(&mut self) {
        self.error = None;
        match self.focus {
            Field::IncomingHost => self.incoming.host.clear(),
            Field::OutgoingHost => self.outgoing.host.clear(),
            Field::IncomingPort => self.incoming.port.clear(),
            Field::OutgoingPort => self.outgoing.port.clear(),
            Field::User => self.user.clear(),
            Field::SmtpUser => self.smtp_user.clear(),
            Field::From => self.from.clear(),
            Field::Email => self.email.clear(),
            Field::CaFile => self.ca_file.clear(),
            Field::To => self.to.clear(),
            Field::Password => self.password = Secret::new(""),
            Field::IncomingSecurity | Field::OutgoingSecurity => {}
        }
    }

    /// The CA file typed that is not read yet: it must be read (and checked) before applying.
    pub fn ca_to_read(&self) -> Option<String> {
        let path = self.ca_file.trim();
        (!path.is_empty() && self.ca_read_from.as_deref() != Some(path)).then(|| path.to_string())
    }

    /// Fill the servers (and an empty user name) from what looking the address up found; the
    /// password stays.
    pub fn apply_found(&mut self, found: &Plan) {
        self.looking_up = false;
        self.error = None;
        self.incoming_protocol = found.incoming_protocol;
        self.incoming = SideForm::from_endpoint(found.incoming.as_ref(), found.incoming_protocol);
        self.outgoing = SideForm::from_endpoint(found.outgoing.as_ref(), Protocol::Smtp);
        if found.incoming.is_none() {
            self.incoming.host.clear();
        }
        if found.outgoing.is_none() {
            self.outgoing.host.clear();
        }
        if self.user.trim().is_empty()
            && let Some(user) = &found.user
        {
            self.user = user.clone();
        }
        self.source = found.account_source.clone();
        self.found = Some((found.incoming.clone(), found.outgoing.clone()));
    }

    /// Fill the servers from a provider; user and password stay.
    pub fn apply_preset(&mut self, preset: &PresetChoice) {
        self.incoming_protocol = preset.incoming_protocol;
        self.incoming = SideForm::from_endpoint(preset.incoming.as_ref(), preset.incoming_protocol);
        self.outgoing = SideForm::from_endpoint(preset.outgoing.as_ref(), Protocol::Smtp);
        self.focus = if self.user.is_empty() {
            Field::User
        } else {
            Field::Password
        };
        self.error = None;
    }

    /// The plan these settings make, keeping everything else of `base` (timeouts, dry-run
    /// addresses, pinned addresses). A side with no host is not checked.
    /// The host fields are normalized on the way (`host:port` split), so the form shows what was
    /// applied.
    pub fn to_plan(&mut self, base: Option<&Plan>) -> Result<Plan, FormError> {
        self.incoming.normalize(Field::IncomingHost)?;
        self.outgoing.normalize(Field::OutgoingHost)?;
        let email = address(&self.email, Field::Email)?;
        let from = address(&self.from, Field::From)?;
        let to = address(&self.to, Field::To)?;
        let incoming = self.incoming.endpoint(Field::IncomingPort)?;
        let outgoing = self.outgoing.endpoint(Field::OutgoingPort)?;
        if incoming.is_none() && outgoing.is_none() {
            return Err(FormError::NoServer);
        }
        let mut plan = match base {
            Some(base) => base.clone(),
            None => Plan::new(None, None),
        };
        let network = base.is_none_or(|b| b.runs(Panel::Network));
        plan.panels = Panel::ALL
            .into_iter()
            .filter(|p| match p {
                Panel::Network => network,
                Panel::Incoming => incoming.is_some(),
                // The IMAP server beside POP3 stays while POP3 is the incoming protocol.
                Panel::ImapBeside => {
                    incoming.is_some()
                        && self.incoming_protocol == Protocol::Pop3
                        && plan.imap_beside.is_some()
                }
                Panel::Outgoing => outgoing.is_some(),
            })
            .collect();
        if !plan.panels.contains(&Panel::ImapBeside) {
            plan.imap_beside = None;
        }
        plan.incoming = incoming;
        plan.incoming_protocol = self.incoming_protocol;
        plan.outgoing = outgoing;
        let user = self.user.trim();
        plan.user = (!user.is_empty()).then(|| user.to_string());
        let smtp_user = self.smtp_user.trim();
        plan.smtp_user =
            (!smtp_user.is_empty() && smtp_user != user).then(|| smtp_user.to_string());
        plan.password = (!self.password.expose().is_empty()).then(|| self.password.clone());
        plan.from = from;
        plan.to = to;
        plan.extra_ca_pem = self.ca_pem.clone();
        // What the look-up found stays for diagnosis, as long as it is for this address; a
        // server typed over the found one is the person's own.
        plan.account_source = match &self.source {
            Some(source) if source.email == email => {
                let mut source = (**source).clone();
                let (incoming, outgoing) = self.found.clone().unwrap_or_default();
                if incoming != plan.incoming {
                    source.incoming_from = plan.incoming.as_ref().map(|_| Origin::Options);
                }
                if outgoing != plan.outgoing {
                    source.outgoing_from = plan.outgoing.as_ref().map(|_| Origin::Options);
                }
                Some(Arc::new(source))
            }
            _ => None,
        };
        plan.email = email;
        Ok(plan)
    }
}

/// Bound on a typed field: a host name is at most 253 characters.
const MAX_FIELD_CHARS: usize = 256;

fn push_host(host: &mut String, c: char) {
    if !c.is_whitespace() && host.chars().count() < MAX_FIELD_CHARS {
        host.push(c);
    }
}

fn push_text(text: &mut String, c: char) {
    if text.chars().count() < MAX_FIELD_CHARS {
        text.push(c);
    }
}

/// An address of the dry run: empty (none), or one `@` with text on both sides.
fn address(text: &str, field: Field) -> Result<Option<String>, FormError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.split_once('@') {
        Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !domain.contains('@') =>
        {
            Ok(Some(text.to_string()))
        }
        _ => Err(FormError::BadAddress(field)),
    }
}

fn push_port(port: &mut String, c: char) {
    if c.is_ascii_digit() && port.len() < 5 {
        port.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycling_security_moves_a_default_port_along() {
        let mut form = Form::new(None, Panel::Incoming);
        form.focus = Field::IncomingSecurity;
        assert_eq!(form.incoming.port, "995");
        form.cycle(true);
        assert_eq!(form.incoming.security, Security::Starttls);
        assert_eq!(form.incoming.port, "110");
        form.incoming.port = "2110".into();
        form.cycle(true);
        assert_eq!(form.incoming.security, Security::None);
        assert_eq!(form.incoming.port, "2110");
    }

    #[test]
    fn host_with_port_is_split_and_bad_hosts_are_named() {
        let mut form = Form::new(None, Panel::Incoming);
        form.incoming.host = "pop.example.org:1995".into();
        let plan = form.to_plan(None).unwrap();
        assert_eq!(plan.incoming.unwrap().port, 1995);
        assert_eq!(form.incoming.host, "pop.example.org");
        assert_eq!(form.incoming.port, "1995");
        form.incoming.host = "[2001:db8::1]:110".into();
        let plan = form.to_plan(None).unwrap();
        assert_eq!(plan.incoming.unwrap().host, "2001:db8::1");
        for (typed, problem) in [
            ("pop.example.org:99999", HostProblem::Port),
            ("[2001:db8::1", HostProblem::Brackets),
            ("ana@pop.example.org", HostProblem::Characters),
            ("pop/example", HostProblem::Characters),
        ] {
            form.incoming.host = typed.into();
            assert_eq!(
                form.to_plan(None).unwrap_err(),
                FormError::BadHost(Field::IncomingHost, problem),
                "{typed}"
            );
        }
    }

    #[test]
    fn empty_form_is_refused_and_bad_port_is_named() {
        let mut form = Form::new(None, Panel::Incoming);
        assert_eq!(form.to_plan(None).unwrap_err(), FormError::NoServer);
        for c in "pop.example.org".chars() {
            form.type_char(c);
        }
        form.incoming.port = "0".into();
        assert_eq!(
            form.to_plan(None).unwrap_err(),
            FormError::BadPort(Field::IncomingPort)
        );
        form.incoming.port = "995".into();
        let plan = form.to_plan(None).unwrap();
        assert_eq!(plan.incoming.unwrap().host, "pop.example.org");
        assert!(plan.outgoing.is_none());
        assert_eq!(plan.panels, [Panel::Network, Panel::Incoming]);
    }

    #[test]
    fn ports_take_digits_only_and_hosts_no_spaces() {
        let mut form = Form::new(None, Panel::Incoming);
        form.focus = Field::IncomingPort;
        form.clear_field();
        for c in "9a9 5x".chars() {
            form.type_char(c);
        }
        assert_eq!(form.incoming.port, "995");
        form.focus = Field::IncomingHost;
        for c in "a b".chars() {
            form.type_char(c);
        }
        assert_eq!(form.incoming.host, "ab");
    }

    #[test]
    fn password_is_edited_without_being_shown() {
        let mut form = Form::new(None, Panel::Incoming);
        form.focus = Field::Password;
        for c in "s3cret".chars() {
            form.type_char(c);
        }
        form.delete_char();
        assert_eq!(form.password.expose(), "s3cre");
        assert!(!format!("{form:?}").contains("s3cre"));
    }
}
