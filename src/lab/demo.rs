//! Start a scenario's servers and build the plan that points the normal engine at them: the
//! demonstration account, the kit CA trusted in memory (as `--ca-file` would), and host names
//! under `.localhost` pinned to 127.0.0.1, so nothing is looked up in DNS and nothing leaves
//! this machine (the network panel skips its internet, clock and domain checks when every
//! server is local).

use std::time::Duration;

use crate::account::{Endpoint, Plan, Protocol, ResolveOverride, Secret};

use super::scenarios::{DEMO_PASSWORD, DEMO_USER, Scenario};
use super::server::{Lab, Server};

/// The incoming server's name; the kit's certificates are issued for it.
pub const POP3_HOST: &str = "pop.demo.localhost";
/// The incoming server's name when it speaks IMAP.
pub const IMAP_HOST: &str = "imap.demo.localhost";
/// The outgoing server's name.
pub const SMTP_HOST: &str = "smtp.demo.localhost";

/// Each network step's deadline in the demonstration: short, so the silent server's finding
/// comes in seconds; every other step on this machine takes milliseconds.
pub const DEMO_STEP_TIMEOUT: Duration = Duration::from_secs(3);

/// Whether the plan's servers are still the demonstration's (the person may have edited them
/// in the dashboard): only then does the title bar call them demonstration servers.
pub fn is_demo_plan(plan: &Plan) -> bool {
    let hosts: Vec<&str> = [&plan.incoming, &plan.imap_beside, &plan.outgoing]
        .into_iter()
        .flatten()
        .map(|e| e.host.as_str())
        .collect();
    !hosts.is_empty()
        && hosts
            .iter()
            .all(|h| [POP3_HOST, IMAP_HOST, SMTP_HOST].contains(h))
}

/// A scenario's servers, running; they stop when this is dropped.
pub struct Demo {
    pub scenario: &'static Scenario,
    /// The incoming server, POP3 or IMAP.
    pub pop3: Server,
    pub smtp: Server,
    /// The IMAP server checked beside the POP3 one, when the scenario has one.
    pub imap_beside: Option<Server>,
    /// The plan the mail program's settings make, pointed at the servers.
    pub plan: Plan,
    // Dropped last: the servers' tasks run on its runtime.
    lab: Lab,
}

impl Demo {
    /// Start the servers of `scenario`.
    pub fn start(scenario: &'static Scenario) -> Result<Demo, String> {
        let lab = Lab::new()?;
        let layout = scenario.layout();
        let start = |spec| {
            lab.start(spec)
                .map_err(|e| format!("cannot start a demonstration server: {e}"))
        };
        let protocol = layout.incoming.protocol;
        let incoming_host = match protocol {
            Protocol::Imap => IMAP_HOST,
            Protocol::Pop3 | Protocol::Smtp => POP3_HOST,
        };
        let pop3 = start(layout.incoming)?;
        let smtp = start(layout.smtp)?;
        let imap_beside = layout.imap_beside.map(start).transpose()?;
        let (pop3_port, smtp_port) = if layout.swapped_ports {
            (smtp.port(), pop3.port())
        } else {
            (pop3.port(), smtp.port())
        };
        let mut plan = Plan::new(
            Some(Endpoint {
                host: incoming_host.into(),
                port: pop3_port,
                security: layout.incoming_client,
            }),
            Some(Endpoint {
                host: SMTP_HOST.into(),
                port: smtp_port,
                security: layout.smtp_client,
            }),
        );
        if protocol == Protocol::Imap {
            plan.incoming_protocol = Protocol::Imap;
        }
        plan.imap_beside = imap_beside.as_ref().map(|imap| Endpoint {
            host: IMAP_HOST.into(),
            port: imap.port(),
            security: crate::account::Security::Tls,
        });
        plan.user = Some(DEMO_USER.into());
        plan.password = Some(Secret::new(DEMO_PASSWORD));
        plan.from = Some(DEMO_USER.into());
        plan.extra_ca_pem = Some(lab.pki().ca_pem().as_bytes().to_vec());
        plan.step_timeout = DEMO_STEP_TIMEOUT;
        // The servers' ports, and the standard ones the working-settings scan tries after a
        // failed connection: all to 127.0.0.1 (a bare `.localhost` name would be ::1 too).
        let ports = [
            pop3.port(),
            smtp.port(),
            imap_beside.as_ref().map_or(993, Server::port),
            110,
            995,
            143,
            993,
            25,
            587,
            2525,
            465,
        ];
        plan.resolve = [incoming_host, IMAP_HOST, SMTP_HOST]
            .into_iter()
            .flat_map(|host| {
                ports.map(|port| ResolveOverride {
                    host: host.into(),
                    port,
                    addr: std::net::Ipv4Addr::LOCALHOST.into(),
                })
            })
            .collect();
        Ok(Demo {
            scenario,
            pop3,
            smtp,
            imap_beside,
            plan,
            lab,
        })
    }

    /// The kit's CA, which the plan trusts.
    pub fn pki(&self) -> &super::certs::Pki {
        self.lab.pki()
    }
}
