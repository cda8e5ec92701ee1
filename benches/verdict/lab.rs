//! Where the clients connect: straight to the real servers on loopback, or through latency
//! proxies in front of them; plus what every client needs (names, test CA, account).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use crate::proxy::ProxyRuntime;
use crate::real_support::certs::{POP3_NAME, SMTP_NAME};
use crate::real_support::servers::{Listener, RealServers};
use crate::silent;

/// The loopback address the latency proxies listen on, each on its listener's standard port
/// (995, 110, 993, 587, 465), as a provider's server would; nothing listens on its other ports.
pub const PROXY_IP: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 10));
/// The loopback address of the zero-delay proxies on the standard ports that the loopback
/// lab's mismatch scenarios use (the servers themselves listen on ports of their own).
pub const STANDARD_PORTS_IP: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 11));
/// A port nothing listens on, next to the standard POP3 TLS port.
pub const CLOSED_PORT: u16 = 996;

/// The standard port of each listener the bench proxies.
fn standard_port(listener: Listener) -> u16 {
    match listener {
        Listener::Pop3Tls => 995,
        Listener::Pop3Plain => 110,
        Listener::ImapTls => 993,
        Listener::Submission => 587,
        Listener::SubmissionTls => 465,
        _ => 0,
    }
}

/// The listeners a client of the bench talks to.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// POP3, implicit TLS (995-style).
    pub pop3_tls: SocketAddr,
    /// POP3, plain text with STLS (110-style).
    pub pop3_plain: SocketAddr,
    /// IMAP, implicit TLS (993-style).
    pub imap_tls: SocketAddr,
    /// SMTP submission with STARTTLS (587-style).
    pub submission: SocketAddr,
    /// SMTP submission over implicit TLS (465-style).
    pub submissions: SocketAddr,
    /// A port that accepts and stays silent.
    pub silent: SocketAddr,
}

/// One set-up the clients are measured in.
pub struct Lab {
    /// "loopback" or "50 ms RTT".
    pub label: String,
    pub rtt: Duration,
    pub route: Route,
    /// The same servers on their standard ports, for the scenarios whose verdict depends on the
    /// port number (the mismatches); `route` itself in a proxied lab.
    pub standard: Route,
    /// A port of the standard route's address where nothing listens.
    pub closed: SocketAddr,
    pub ca_file: PathBuf,
    pub binary: PathBuf,
    pub message_count: u64,
}

impl Lab {
    /// Clients connect to the servers directly.
    pub fn local(servers: &RealServers, runtime: &ProxyRuntime) -> Result<Lab, String> {
        let route = Route {
            pop3_tls: servers.address(Listener::Pop3Tls),
            pop3_plain: servers.address(Listener::Pop3Plain),
            imap_tls: servers.address(Listener::ImapTls),
            submission: servers.address(Listener::Submission),
            submissions: servers.address(Listener::SubmissionTls),
            silent: silent::start(runtime, IpAddr::V4(Ipv4Addr::LOCALHOST))?,
        };
        let standard = standard_route(servers, runtime, STANDARD_PORTS_IP, Duration::ZERO)?;
        Ok(Lab::new(
            "loopback".into(),
            Duration::ZERO,
            (route, standard),
            servers,
        ))
    }

    /// Clients connect to latency proxies with round-trip time `rtt` in front of the servers.
    pub fn proxied(
        servers: &RealServers,
        runtime: &ProxyRuntime,
        rtt: Duration,
    ) -> Result<Lab, String> {
        let route = standard_route(servers, runtime, PROXY_IP, rtt)?;
        let label = format!("{} ms RTT", rtt.as_millis());
        Ok(Lab::new(label, rtt, (route, route), servers))
    }

    fn new(label: String, rtt: Duration, routes: (Route, Route), servers: &RealServers) -> Lab {
        let (route, standard) = routes;
        Lab {
            label,
            rtt,
            route,
            standard,
            closed: SocketAddr::new(standard.pop3_tls.ip(), CLOSED_PORT),
            ca_file: servers.pki.ca.clone(),
            binary: servers.binary().to_path_buf(),
            message_count: servers.mailbox.message_count(),
        }
    }
}

/// Proxies with round-trip time `rtt` on `ip`, each on its listener's standard port.
fn standard_route(
    servers: &RealServers,
    runtime: &ProxyRuntime,
    ip: IpAddr,
    rtt: Duration,
) -> Result<Route, String> {
    let proxy = |listener| {
        runtime.start_at(
            SocketAddr::new(ip, standard_port(listener)),
            servers.address(listener),
            rtt,
        )
    };
    let silent_upstream = silent::start(runtime, IpAddr::V4(Ipv4Addr::LOCALHOST))?;
    Ok(Route {
        pop3_tls: proxy(Listener::Pop3Tls)?,
        pop3_plain: proxy(Listener::Pop3Plain)?,
        imap_tls: proxy(Listener::ImapTls)?,
        submission: proxy(Listener::Submission)?,
        submissions: proxy(Listener::SubmissionTls)?,
        silent: runtime.start(ip, silent_upstream, rtt)?,
    })
}

/// `name:port` of a POP3 address.
pub fn pop3_server(address: SocketAddr) -> String {
    format!("{POP3_NAME}:{}", address.port())
}

/// `name:port` of an IMAP address (Dovecot serves IMAP under the POP3 name).
pub fn imap_server(address: SocketAddr) -> String {
    format!("{}:{}", Listener::ImapTls.server_name(), address.port())
}

/// `--resolve` value pinning the IMAP name at `address`.
pub fn imap_pin(address: SocketAddr) -> String {
    format!(
        "{}:{}:{}",
        Listener::ImapTls.server_name(),
        address.port(),
        address.ip()
    )
}

/// `name:port` of an SMTP address.
pub fn smtp_server(address: SocketAddr) -> String {
    format!("{SMTP_NAME}:{}", address.port())
}

/// `--resolve` value pinning the POP3 name at `address`.
pub fn pop3_pin(address: SocketAddr) -> String {
    format!("{POP3_NAME}:{}:{}", address.port(), address.ip())
}

/// `--resolve` value pinning the SMTP name at `address`.
pub fn smtp_pin(address: SocketAddr) -> String {
    format!("{SMTP_NAME}:{}:{}", address.port(), address.ip())
}
