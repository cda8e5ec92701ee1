//! Where the clients connect: straight to the real servers on loopback, or through latency
//! proxies in front of them; plus what every client needs (names, test CA, account).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use crate::proxy::ProxyRuntime;
use crate::real_support::certs::{POP3_NAME, SMTP_NAME};
use crate::real_support::servers::{Listener, RealServers};
use crate::silent;

/// The loopback address the proxies listen on (nothing else of the bench uses it, so the scan's
/// standard ports there are refused).
pub const PROXY_IP: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 10));

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
        Ok(Lab::new("loopback".into(), Duration::ZERO, route, servers))
    }

    /// Clients connect to latency proxies with round-trip time `rtt` in front of the servers.
    pub fn proxied(
        servers: &RealServers,
        runtime: &ProxyRuntime,
        rtt: Duration,
    ) -> Result<Lab, String> {
        let proxy = |listener| runtime.start(PROXY_IP, servers.address(listener), rtt);
        let silent_upstream = silent::start(runtime, IpAddr::V4(Ipv4Addr::LOCALHOST))?;
        let route = Route {
            pop3_tls: proxy(Listener::Pop3Tls)?,
            pop3_plain: proxy(Listener::Pop3Plain)?,
            imap_tls: proxy(Listener::ImapTls)?,
            submission: proxy(Listener::Submission)?,
            submissions: proxy(Listener::SubmissionTls)?,
            silent: runtime.start(PROXY_IP, silent_upstream, rtt)?,
        };
        let label = format!("{} ms RTT", rtt.as_millis());
        Ok(Lab::new(label, rtt, route, servers))
    }

    fn new(label: String, rtt: Duration, route: Route, servers: &RealServers) -> Lab {
        Lab {
            label,
            rtt,
            route,
            ca_file: servers.pki.ca.clone(),
            binary: servers.binary().to_path_buf(),
            message_count: servers.mailbox.message_count(),
        }
    }
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
