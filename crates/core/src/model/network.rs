//! What the network panel learned, as lists and numbers diagnosis can match on: routes, local
//! addresses, proxies, resolvers, the addresses of each host, every connect, the clock and the
//! blocklists.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

use super::IoFailure;
use super::domain_facts::DomainFacts;

/// Everything the network panel observed beyond its steps. Each list is filled as its check
/// finishes; a check that did not run leaves its list empty (or its option `None`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkFacts {
    /// Routes and addresses of this machine; `None` when they cannot be read on this system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<LocalNetwork>,
    /// Proxy settings found in the environment (credentials removed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proxies: Vec<ProxySetting>,
    /// One entry per DNS resolver queried.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resolvers: Vec<ResolverCheck>,
    /// The addresses of each configured host.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<HostCheck>,
    /// Every TCP connect: the account's ports, the other submission ports of the outgoing host,
    /// and the internet reachability targets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connects: Vec<ConnectCheck>,
    /// The local clock against an SNTP server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<ClockCheck>,
    /// SPF, DMARC, DKIM and MX of the account's domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<DomainFacts>,
    /// DNS blocklist look-ups of this machine's public address and of the outgoing server.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocklists: Vec<BlocklistCheck>,
}

/// IPv4 or IPv6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Ipv4,
    Ipv6,
}

impl Family {
    pub fn of(addr: &IpAddr) -> Family {
        if addr.is_ipv4() {
            Family::Ipv4
        } else {
            Family::Ipv6
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Family::Ipv4 => "ipv4",
            Family::Ipv6 => "ipv6",
        }
    }
}

/// This machine's routes and addresses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalNetwork {
    /// Default routes; empty when there is none (the machine is offline).
    pub default_routes: Vec<DefaultRoute>,
    /// Addresses of the machine, loopback included.
    pub addresses: Vec<LocalAddress>,
    /// Interfaces whose name or type says tunnel or VPN (`tun0`, `wg0`, `ppp0`, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vpn_interfaces: Vec<String>,
}

impl LocalNetwork {
    /// The default route of a family, if any.
    pub fn default_route(&self, family: Family) -> Option<&DefaultRoute> {
        self.default_routes.iter().find(|r| r.family == family)
    }
}

/// A default route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefaultRoute {
    pub family: Family,
    pub interface: String,
    /// The gateway, when the route has one (point-to-point links have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
}

/// Where an address is valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AddressScope {
    Loopback,
    /// Link-local (169.254/16, fe80::/10).
    Link,
    /// Private or unique-local (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7).
    Private,
    Global,
}

impl AddressScope {
    /// Where `addr` is valid.
    pub fn of(addr: IpAddr) -> AddressScope {
        match addr {
            IpAddr::V4(v4) => {
                let [a, b, ..] = v4.octets();
                if v4.is_loopback() {
                    AddressScope::Loopback
                } else if v4.is_link_local() {
                    AddressScope::Link
                } else if v4.is_private() || (a == 100 && (64..128).contains(&b)) {
                    AddressScope::Private
                } else {
                    AddressScope::Global
                }
            }
            IpAddr::V6(v6) => {
                let first = v6.segments()[0];
                if v6.is_loopback() {
                    AddressScope::Loopback
                } else if first & 0xffc0 == 0xfe80 {
                    AddressScope::Link
                } else if first & 0xfe00 == 0xfc00 {
                    AddressScope::Private
                } else {
                    AddressScope::Global
                }
            }
        }
    }
}

/// One address of this machine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalAddress {
    /// The interface, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interface: Option<String>,
    pub address: String,
    pub family: Family,
    pub scope: AddressScope,
}

/// A proxy setting from the environment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProxySetting {
    /// The variable (`HTTPS_PROXY`, `all_proxy`, …).
    pub variable: String,
    /// Its value with any user name and password removed, sanitized.
    pub value: String,
}

/// One DNS resolver's answer to a probe query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResolverCheck {
    /// `ADDRESS:PORT` of the resolver.
    pub server: String,
    /// True when the resolver answered (any answer but a refusal).
    pub answered: bool,
    /// Time to the answer, in ms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latency_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<IoFailure>,
}

/// Where a host's addresses came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AddressSource {
    /// Looked up in DNS.
    Dns,
    /// The host is an IP address.
    Literal,
    /// Pinned with `--resolve`.
    Pinned,
    /// The name `localhost`, which always means this machine (RFC 6761).
    Localhost,
}

/// The addresses of one configured host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostCheck {
    pub host: String,
    pub source: AddressSource,
    /// A answers.
    pub ipv4: Vec<String>,
    /// AAAA answers.
    pub ipv6: Vec<String>,
    /// Why no address was found: `not-found` (NXDOMAIN or no A/AAAA), `resolver-failed` (no
    /// answer, or an error answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<IoFailure>,
}

/// Why a connect was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConnectPurpose {
    /// A port the account is configured with.
    Account,
    /// Another SMTP port (25, 465, 587) of the outgoing host, probed beside the configured one.
    OtherSubmissionPort,
    /// An internet reachability target.
    Reach,
}

/// One TCP connect (connect only: nothing is sent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectCheck {
    pub host: String,
    /// `ADDRESS:PORT` (IPv6 in brackets).
    pub address: String,
    pub port: u16,
    pub family: Family,
    pub purpose: ConnectPurpose,
    /// True when the connect succeeded.
    pub connected: bool,
    /// How it failed: `refused`, `timeout`, `unreachable`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<IoFailure>,
    pub elapsed_ms: f64,
}

/// The local clock against an SNTP server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClockCheck {
    /// The server as configured (`HOST:PORT`).
    pub server: String,
    /// The address that answered, when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Server time minus local time, in ms: positive when the local clock is behind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset_ms: Option<f64>,
    /// Round-trip delay of the exchange, in ms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round_trip_ms: Option<f64>,
    /// The server's stratum (1 = attached to a reference clock).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stratum: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<IoFailure>,
}

/// Whose address a blocklist look-up is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlocklistSubject {
    /// This machine's public address (as the SMTP server saw it, or `--public-ip`).
    Client,
    /// The outgoing server's address.
    OutgoingServer,
}

/// The answer of one blocklist zone about one address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlocklistVerdict {
    Listed,
    NotListed,
    /// The zone answered with an error code (e.g. queries through a public resolver are
    /// refused) or something that is not a listing; nothing is known.
    Unusable,
    /// The look-up failed (timeout, resolver failure).
    Failed,
}

/// One DNSBL look-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlocklistCheck {
    pub address: String,
    pub subject: BlocklistSubject,
    pub zone: String,
    pub verdict: BlocklistVerdict,
    /// The A answers (`127.0.0.2`, …), which name the list or the error.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    /// The TXT answers (sanitized): usually the reason and a delisting address.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<String>,
}
