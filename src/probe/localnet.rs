//! This machine's side of the network, read without sending anything: default routes and
//! addresses from Linux's `/proc/net` and `/sys/class/net`, tunnel and VPN interfaces, and
//! proxy settings from the environment. Elsewhere the files are absent and the readers say so.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

use crate::model::{AddressScope, DefaultRoute, Family, LocalAddress, LocalNetwork, ProxySetting};
use crate::sanitize::sanitize_str;

/// Route flags of `/proc/net/route` and `/proc/net/ipv6_route`.
const RTF_UP: u32 = 0x0001;
const RTF_GATEWAY: u32 = 0x0002;
const RTF_REJECT: u32 = 0x0200;

/// Interface types (`/sys/class/net/*/type`) of tunnels: ARPHRD_PPP, ARPHRD_NONE (tun,
/// WireGuard).
const TUNNEL_TYPES: [u32; 2] = [512, 65534];
/// Name prefixes of tunnel and VPN interfaces.
const VPN_PREFIXES: [&str; 12] = [
    "tun",
    "tap",
    "wg",
    "ppp",
    "utun",
    "ipsec",
    "tailscale",
    "zt",
    "nordlynx",
    "proton",
    "cscotun",
    "gpd",
];

/// An IPv4 route of `/proc/net/route`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ipv4Route {
    pub interface: String,
    pub destination: Ipv4Addr,
    pub gateway: Ipv4Addr,
    pub mask: Ipv4Addr,
    pub flags: u32,
}

/// `/proc/net/route` stores addresses as host-order (little-endian) hex.
fn proc_ipv4(hex: &str) -> Option<Ipv4Addr> {
    let n = u32::from_str_radix(hex, 16).ok()?;
    Some(Ipv4Addr::from(n.swap_bytes()))
}

fn proc_ipv6(hex: &str) -> Option<Ipv6Addr> {
    (hex.len() == 32)
        .then(|| u128::from_str_radix(hex, 16).ok())
        .flatten()
        .map(Ipv6Addr::from)
}

/// Parse `/proc/net/route`.
pub fn parse_ipv4_routes(text: &str) -> Vec<Ipv4Route> {
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() < 8 {
                return None;
            }
            Some(Ipv4Route {
                interface: f[0].to_string(),
                destination: proc_ipv4(f[1])?,
                gateway: proc_ipv4(f[2])?,
                flags: u32::from_str_radix(f[3], 16).ok()?,
                mask: proc_ipv4(f[7])?,
            })
        })
        .collect()
}

/// The IPv4 default routes: destination and mask 0, up, not a reject route.
pub fn ipv4_defaults(routes: &[Ipv4Route]) -> Vec<DefaultRoute> {
    routes
        .iter()
        .filter(|r| {
            r.destination.is_unspecified()
                && r.mask.is_unspecified()
                && r.flags & RTF_UP != 0
                && r.flags & RTF_REJECT == 0
        })
        .map(|r| DefaultRoute {
            family: Family::Ipv4,
            interface: r.interface.clone(),
            gateway: (r.flags & RTF_GATEWAY != 0).then(|| r.gateway.to_string()),
        })
        .collect()
}

/// The IPv6 default routes of `/proc/net/ipv6_route`: `::/0`, up, not a reject route (the
/// kernel keeps an unreachable `::/0` on `lo` when there is no real one).
pub fn parse_ipv6_defaults(text: &str) -> Vec<DefaultRoute> {
    text.lines()
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() < 10 {
                return None;
            }
            let destination = proc_ipv6(f[0])?;
            let prefix = u8::from_str_radix(f[1], 16).ok()?;
            let gateway = proc_ipv6(f[4])?;
            let flags = u32::from_str_radix(f[8], 16).ok()?;
            let usable = destination.is_unspecified()
                && prefix == 0
                && flags & RTF_UP != 0
                && flags & RTF_REJECT == 0;
            usable.then(|| DefaultRoute {
                family: Family::Ipv6,
                interface: f[9].to_string(),
                gateway: (!gateway.is_unspecified()).then(|| gateway.to_string()),
            })
        })
        .collect()
}

/// The IPv6 addresses of `/proc/net/if_inet6`, with their interfaces.
pub fn parse_if_inet6(text: &str) -> Vec<(Ipv6Addr, String)> {
    text.lines()
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            (f.len() >= 6).then(|| Some((proc_ipv6(f[0])?, f[5].to_string())))?
        })
        .collect()
}

/// The local IPv4 addresses of `/proc/net/fib_trie`: the `/32 host LOCAL` leaves.
pub fn parse_fib_trie_local(text: &str) -> Vec<Ipv4Addr> {
    let mut out: Vec<Ipv4Addr> = Vec::new();
    let mut last: Option<Ipv4Addr> = None;
    for line in text.lines() {
        let t = line.trim();
        if let Some(addr) = t.strip_prefix("|-- ") {
            last = addr.trim().parse().ok();
        } else if t.starts_with("/32 host LOCAL")
            && let Some(addr) = last
            && !out.contains(&addr)
        {
            out.push(addr);
        }
    }
    out
}

/// The interface whose directly connected route covers `addr`.
fn interface_of(addr: Ipv4Addr, routes: &[Ipv4Route]) -> Option<String> {
    if addr.is_loopback() {
        return Some("lo".into());
    }
    routes
        .iter()
        .filter(|r| !r.mask.is_unspecified() && r.flags & RTF_GATEWAY == 0)
        .filter(|r| u32::from(addr) & u32::from(r.mask) == u32::from(r.destination))
        .max_by_key(|r| u32::from(r.mask).count_ones())
        .map(|r| r.interface.clone())
}

/// True when an interface looks like a tunnel or VPN, by its name or its type.
pub fn is_vpn_interface(name: &str, kind: Option<u32>) -> bool {
    let lower = name.to_ascii_lowercase();
    VPN_PREFIXES.iter().any(|p| lower.starts_with(p))
        || kind.is_some_and(|k| TUNNEL_TYPES.contains(&k))
}

/// Read routes, addresses and interfaces under `root` (`/` on a real system). `None` when the
/// route table is not there (not Linux, or `/proc` not mounted).
pub fn read_local_network(root: &Path) -> Option<LocalNetwork> {
    let read = |rel: &str| std::fs::read_to_string(root.join(rel)).ok();
    let route_text = read("proc/net/route")?;
    let v4_routes = parse_ipv4_routes(&route_text);
    let mut default_routes = ipv4_defaults(&v4_routes);
    default_routes.extend(parse_ipv6_defaults(
        &read("proc/net/ipv6_route").unwrap_or_default(),
    ));
    let mut addresses: Vec<LocalAddress> = Vec::new();
    for v4 in parse_fib_trie_local(&read("proc/net/fib_trie").unwrap_or_default()) {
        addresses.push(LocalAddress {
            interface: interface_of(v4, &v4_routes),
            address: v4.to_string(),
            family: Family::Ipv4,
            scope: AddressScope::of(IpAddr::V4(v4)),
        });
    }
    for (v6, interface) in parse_if_inet6(&read("proc/net/if_inet6").unwrap_or_default()) {
        addresses.push(LocalAddress {
            interface: Some(interface),
            address: v6.to_string(),
            family: Family::Ipv6,
            scope: AddressScope::of(IpAddr::V6(v6)),
        });
    }
    let mut vpn_interfaces = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root.join("sys/class/net")) {
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            let kind = read(&format!("sys/class/net/{name}/type"))
                .and_then(|t| t.trim().parse::<u32>().ok());
            if is_vpn_interface(&name, kind) {
                vpn_interfaces.push(sanitize_str(&name));
            }
        }
    }
    Some(LocalNetwork {
        default_routes,
        addresses,
        vpn_interfaces,
    })
}

/// The environment variables that set proxies, in both spellings.
pub const PROXY_VARIABLES: [&str; 10] = [
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "SOCKS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "socks_proxy",
    "no_proxy",
];

/// A proxy address with any `user:password@` removed.
pub fn without_credentials(value: &str) -> String {
    let (scheme, rest) = match value.split_once("://") {
        Some((s, r)) => (Some(s), r),
        None => (None, value),
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    match scheme {
        Some(s) => format!("{s}://{host}{path}"),
        None => format!("{host}{path}"),
    }
}

/// The proxy settings among `vars` (name, value), credentials removed, sanitized.
pub fn proxy_settings<'a>(vars: impl IntoIterator<Item = (&'a str, String)>) -> Vec<ProxySetting> {
    vars.into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| ProxySetting {
            variable: k.to_string(),
            value: sanitize_str(&without_credentials(v.trim())),
        })
        .collect()
}

/// The proxy settings of this process's environment.
pub fn proxy_settings_from_env() -> Vec<ProxySetting> {
    proxy_settings(
        PROXY_VARIABLES
            .iter()
            .filter_map(|k| std::env::var(k).ok().map(|v| (*k, v))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROUTE: &str =
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0
eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
wg0\t0000000A\t00000000\t0001\t0\t0\t0\t000000FF\t0\t0\t0
";

    const IPV6_ROUTE: &str = "\
fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0
00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000002 00000000 00000003     eth0
00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo
";

    const FIB_TRIE: &str = "Main:
  +-- 0.0.0.0/0 3 0 5
     +-- 127.0.0.0/8 2 0 2
           |-- 127.0.0.1
              /32 host LOCAL
        |-- 127.255.255.255
           /32 link BROADCAST
     +-- 192.0.2.0/24 2 0 2
           |-- 192.0.2.2
              /32 host LOCAL
Local:
  +-- 0.0.0.0/0 3 0 5
           |-- 192.0.2.2
              /32 host LOCAL
";

    const IF_INET6: &str = "\
00000000000000000000000000000001 01 80 10 80       lo
fd000000000000000000000000000002 04 40 00 82     eth0
fe8000000000000000fc00fffe000001 04 40 20 80     eth0
";

    #[test]
    fn ipv4_default_route_with_gateway() {
        let routes = parse_ipv4_routes(ROUTE);
        assert_eq!(routes.len(), 3);
        let d = ipv4_defaults(&routes);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].interface, "eth0");
        assert_eq!(d[0].gateway.as_deref(), Some("192.0.2.1"));
        assert_eq!(routes[1].destination, Ipv4Addr::new(192, 0, 2, 0));
        assert_eq!(routes[1].mask, Ipv4Addr::new(255, 255, 255, 0));
    }

    #[test]
    fn no_default_route_without_the_zero_entry() {
        let only_local: String = ROUTE
            .lines()
            .filter(|l| !l.contains("00000000\t010200C0"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(ipv4_defaults(&parse_ipv4_routes(&only_local)).is_empty());
    }

    #[test]
    fn ipv6_default_route_skips_the_reject_route() {
        let d = parse_ipv6_defaults(IPV6_ROUTE);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].interface, "eth0");
        assert_eq!(d[0].gateway.as_deref(), Some("fd00::1"));
        let reject_only: String = IPV6_ROUTE.lines().last().unwrap_or("").to_string();
        assert!(parse_ipv6_defaults(&reject_only).is_empty());
    }

    #[test]
    fn addresses_from_fib_trie_and_if_inet6() {
        let v4 = parse_fib_trie_local(FIB_TRIE);
        assert_eq!(v4, [Ipv4Addr::LOCALHOST, Ipv4Addr::new(192, 0, 2, 2)]);
        let routes = parse_ipv4_routes(ROUTE);
        assert_eq!(interface_of(v4[1], &routes).as_deref(), Some("eth0"));
        let v6 = parse_if_inet6(IF_INET6);
        assert_eq!(v6.len(), 3);
        assert_eq!(v6[1], ("fd00::2".parse().unwrap(), "eth0".to_string()));
        assert_eq!(AddressScope::of(IpAddr::V6(v6[2].0)), AddressScope::Link);
        assert_eq!(AddressScope::of(IpAddr::V6(v6[1].0)), AddressScope::Private);
        assert_eq!(
            AddressScope::of("203.0.113.9".parse().unwrap()),
            AddressScope::Global
        );
    }

    #[test]
    fn reads_a_proc_tree_and_finds_vpn_interfaces() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("proc/net")).unwrap();
        std::fs::write(root.join("proc/net/route"), ROUTE).unwrap();
        std::fs::write(root.join("proc/net/ipv6_route"), IPV6_ROUTE).unwrap();
        std::fs::write(root.join("proc/net/fib_trie"), FIB_TRIE).unwrap();
        std::fs::write(root.join("proc/net/if_inet6"), IF_INET6).unwrap();
        for (name, kind) in [
            ("eth0", "1"),
            ("wg0", "65534"),
            ("lo", "772"),
            ("vpn-x", "65534"),
        ] {
            std::fs::create_dir_all(root.join("sys/class/net").join(name)).unwrap();
            std::fs::write(root.join("sys/class/net").join(name).join("type"), kind).unwrap();
        }
        let net = read_local_network(root).unwrap();
        assert_eq!(net.default_routes.len(), 2);
        assert_eq!(net.addresses.len(), 5);
        assert_eq!(net.vpn_interfaces, ["vpn-x", "wg0"]);
        assert!(read_local_network(&root.join("nowhere")).is_none());
    }

    #[test]
    fn proxy_credentials_are_removed() {
        assert_eq!(
            without_credentials("http://ana:s3cret@proxy.example.test:3128/"),
            "http://proxy.example.test:3128/"
        );
        assert_eq!(
            without_credentials("proxy.example.test:8080"),
            "proxy.example.test:8080"
        );
        assert_eq!(without_credentials("socks5://u@h:1080"), "socks5://h:1080");
        let s = proxy_settings([
            ("HTTPS_PROXY", "http://u:p@proxy.test:3128".to_string()),
            ("NO_PROXY", " ".to_string()),
        ]);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].value, "http://proxy.test:3128");
    }
}
