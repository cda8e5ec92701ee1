//! Read-only views over a run's observations that the rules share: each mail panel with its
//! server and protocol, and every TCP connect with the host, address family and port it aimed at.

use std::net::{IpAddr, SocketAddr};

use crate::account::{Protocol, Security};
use crate::model::{
    Evidence, IoFailure, Panel, PanelReport, RunState, StepKind, StepRecord, StepStatus,
};

use super::Context;

/// A POP3 or SMTP panel, with its server as observed (or as configured when the panel did not
/// record it).
#[derive(Debug, Clone, Copy)]
pub struct MailPanel<'a> {
    pub report: &'a PanelReport,
    pub protocol: Protocol,
    pub host: Option<&'a str>,
    pub port: Option<u16>,
    pub security: Option<Security>,
}

impl<'a> MailPanel<'a> {
    pub fn of(report: &'a PanelReport, ctx: &'a Context<'_>) -> Option<MailPanel<'a>> {
        let protocol = match report.panel {
            Panel::Network => return None,
            Panel::Incoming => ctx.plan.incoming_protocol,
            Panel::ImapBeside => Protocol::Imap,
            Panel::Outgoing => Protocol::Smtp,
        };
        let configured = ctx.plan.endpoint(protocol);
        let host = report
            .server
            .as_ref()
            .map(|s| s.host.as_str())
            .or(configured.map(|e| e.host.as_str()));
        let port = report
            .server
            .as_ref()
            .map(|s| s.port)
            .or(configured.map(|e| e.port));
        let security = report.security.or(configured.map(|e| e.security));
        Some(MailPanel {
            report,
            protocol,
            host,
            port,
            security,
        })
    }

    pub fn panel(&self) -> Panel {
        self.report.panel
    }

    pub fn steps(&self) -> &'a [StepRecord] {
        &self.report.steps
    }

    /// The steps of a kind, in the order they ran.
    pub fn steps_of(&self, kind: StepKind) -> impl Iterator<Item = &'a StepRecord> + 'a {
        self.report.steps.iter().filter(move |s| s.step == kind)
    }

    pub fn any_ok(&self, kind: StepKind) -> bool {
        self.steps_of(kind).any(|s| s.status == StepStatus::Ok)
    }

    /// The login worked.
    pub fn login_ok(&self) -> bool {
        self.report.facts.login_ok == Some(true) || self.any_ok(StepKind::Login)
    }

    /// A TLS handshake completed in this session.
    pub fn encrypted(&self) -> bool {
        self.any_ok(StepKind::Tls)
    }

    /// The capability (CAPA line or EHLO keyword) is offered, compared on its first word.
    pub fn offers(&self, keyword: &str) -> bool {
        self.report.facts.capabilities.iter().any(|c| {
            c.split([' ', '='])
                .next()
                .is_some_and(|k| k.eq_ignore_ascii_case(keyword))
        })
    }

    /// The keyword that upgrades a plain connection to TLS in this protocol.
    pub fn starttls_keyword(&self) -> &'static str {
        match self.protocol {
            Protocol::Pop3 => "STLS",
            Protocol::Imap | Protocol::Smtp => "STARTTLS",
        }
    }

    /// The command whose reply lists the capabilities.
    pub fn capability_command(&self) -> &'static str {
        match self.protocol {
            Protocol::Pop3 => "CAPA",
            Protocol::Imap => "CAPABILITY",
            Protocol::Smtp => "EHLO",
        }
    }

    /// The standard implicit-TLS port of the protocol (995 / 465).
    pub fn tls_port(&self) -> u16 {
        self.protocol.default_port(Security::Tls)
    }

    /// The standard plain/STARTTLS port of the protocol (110 / 587).
    pub fn plain_port(&self) -> u16 {
        self.protocol.default_port(Security::Starttls)
    }
}

/// The mail panels of a run, in panel order.
pub fn mail_panels<'a>(state: &'a RunState, ctx: &'a Context<'_>) -> Vec<MailPanel<'a>> {
    state
        .panels
        .iter()
        .filter_map(|p| MailPanel::of(p, ctx))
        .collect()
}

/// Address family of a connect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    V4,
    V6,
}

/// One TCP connect attempt, wherever it was recorded.
#[derive(Debug, Clone)]
pub struct TcpAttempt<'a> {
    pub panel: Panel,
    pub host: String,
    pub family: Option<Family>,
    pub port: Option<u16>,
    pub record: &'a StepRecord,
}

impl TcpAttempt<'_> {
    pub fn ok(&self) -> bool {
        self.record.status == StepStatus::Ok
    }

    pub fn io_failure(&self) -> Option<IoFailure> {
        if self.record.status != StepStatus::Failed {
            return None;
        }
        match &self.record.evidence {
            Some(Evidence::Io { failure, .. }) => Some(*failure),
            _ => None,
        }
    }

    pub fn same_place(&self, other: &TcpAttempt<'_>) -> bool {
        self.host.eq_ignore_ascii_case(&other.host) && self.port == other.port
    }
}

/// The parts of a step target such as `pop.example.org ipv4 192.0.2.1:995`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target {
    pub host: Option<String>,
    pub family: Option<Family>,
    pub port: Option<u16>,
}

pub fn parse_target(target: &str) -> Target {
    let mut out = Target::default();
    for token in target.split_whitespace() {
        match token.to_ascii_lowercase().as_str() {
            "ipv4" => out.family = Some(Family::V4),
            "ipv6" => out.family = Some(Family::V6),
            _ => {
                if let Ok(addr) = token.parse::<SocketAddr>() {
                    out.port = Some(addr.port());
                    out.family.get_or_insert(match addr {
                        SocketAddr::V4(_) => Family::V4,
                        SocketAddr::V6(_) => Family::V6,
                    });
                } else if out.host.is_none() {
                    out.host = Some(token.to_string());
                }
            }
        }
    }
    out
}

/// Every TCP step of the run, with what it aimed at. Steps of a mail panel without a target
/// aim at the panel's server.
pub fn tcp_attempts<'a>(state: &'a RunState, ctx: &'a Context<'_>) -> Vec<TcpAttempt<'a>> {
    let mut out = Vec::new();
    for report in &state.panels {
        let mail = MailPanel::of(report, ctx);
        for record in report.steps.iter().filter(|s| s.step == StepKind::Tcp) {
            let target = record
                .target
                .as_deref()
                .map(parse_target)
                .unwrap_or_default();
            let host = target
                .host
                .or_else(|| mail.and_then(|m| m.host).map(str::to_string));
            let Some(host) = host else { continue };
            let port = target.port.or_else(|| mail.and_then(|m| m.port));
            let family = target.family.or_else(|| {
                let address = report.server.as_ref()?.address.as_deref()?;
                let ip = address
                    .parse::<SocketAddr>()
                    .map(|a| a.ip())
                    .or_else(|_| address.parse::<IpAddr>())
                    .ok()?;
                Some(if ip.is_ipv4() { Family::V4 } else { Family::V6 })
            });
            out.push(TcpAttempt {
                panel: report.panel,
                host,
                family,
                port,
                record,
            });
        }
    }
    out
}

/// Every DNS step of the run with the host it looked up.
pub fn dns_lookups<'a>(
    state: &'a RunState,
    ctx: &'a Context<'_>,
) -> Vec<(Panel, String, &'a StepRecord)> {
    let mut out = Vec::new();
    for report in &state.panels {
        let mail = MailPanel::of(report, ctx);
        for record in report.steps.iter().filter(|s| s.step == StepKind::Dns) {
            let host = record
                .target
                .as_deref()
                .and_then(|t| parse_target(t).host)
                .or_else(|| mail.and_then(|m| m.host).map(str::to_string));
            if let Some(host) = host {
                out.push((report.panel, host, record));
            }
        }
    }
    out
}

/// The mail panel that talks to a host, if any.
pub fn panel_for_host(state: &RunState, ctx: &Context<'_>, host: &str) -> Option<Panel> {
    mail_panels(state, ctx)
        .into_iter()
        .find(|m| m.host.is_some_and(|h| h.eq_ignore_ascii_case(host)))
        .map(|m| m.panel())
}

/// The `(host, port)` pairs the account is configured to use: the only places whose failures
/// are problems (other probed ports only serve as comparison).
pub fn configured_places(state: &RunState, ctx: &Context<'_>) -> Vec<(String, u16)> {
    let mut out: Vec<(String, u16)> = mail_panels(state, ctx)
        .iter()
        .filter_map(|m| Some((m.host?.to_string(), m.port?)))
        .collect();
    for endpoint in [&ctx.plan.incoming, &ctx.plan.outgoing]
        .into_iter()
        .flatten()
    {
        out.push((endpoint.host.clone(), endpoint.port));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_parse_in_every_documented_form() {
        assert_eq!(
            parse_target("pop.example.org ipv4 192.0.2.1:995"),
            Target {
                host: Some("pop.example.org".into()),
                family: Some(Family::V4),
                port: Some(995)
            }
        );
        assert_eq!(
            parse_target("ipv6 [2001:db8::1]:465"),
            Target {
                host: None,
                family: Some(Family::V6),
                port: Some(465)
            }
        );
        assert_eq!(
            parse_target("smtp.example.org"),
            Target {
                host: Some("smtp.example.org".into()),
                family: None,
                port: None
            }
        );
        assert_eq!(parse_target(""), Target::default());
    }
}
