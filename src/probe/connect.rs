//! Name resolution and TCP connects with deadlines, and socket errors mapped to kinds.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::net::TcpStream;

use crate::model::{Evidence, IoFailure};
use crate::probe::dns::Dns;
use mailtriage_core::said;

/// Resolve `host` to every address (A and AAAA) within `deadline`. IP literals and pinned
/// addresses (`--resolve`) are returned without a look-up. Look-ups go through `dns` (hickory,
/// with the system's configuration and hosts file, or `--dns-server`); without it, through the
/// system resolver library.
pub async fn resolve(
    host: &str,
    port: u16,
    pinned: Option<IpAddr>,
    dns: Option<&Dns>,
    deadline: Duration,
) -> Result<Vec<SocketAddr>, Evidence> {
    if let Some(addr) = pinned {
        return Ok(vec![SocketAddr::new(addr, port)]);
    }
    if let Ok(addr) = host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(addr, port)]);
    }
    if let Some(dns) = dns {
        return dns
            .all_addresses(host)
            .await
            .map(|ips| {
                ips.into_iter()
                    .map(|ip| SocketAddr::new(ip, port))
                    .collect()
            })
            .map_err(|f| f.evidence(host));
    }
    match tokio::time::timeout(deadline, tokio::net::lookup_host((host, port))).await {
        Err(_) => Err(Evidence::Io {
            failure: IoFailure::ResolverFailed,
            message: said!("detail-resolver-silent", host = host),
        }),
        Ok(Err(e)) => Err(resolve_error(host, &e)),
        Ok(Ok(addrs)) => {
            let mut out: Vec<SocketAddr> = Vec::new();
            for a in addrs {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
            if out.is_empty() {
                Err(Evidence::Io {
                    failure: IoFailure::NotFound,
                    message: said!("detail-no-address", host = host),
                })
            } else {
                Ok(out)
            }
        }
    }
}

/// Tell "the name does not exist" from "the resolver failed"; the system resolver only says so in
/// its message (getaddrinfo's EAI_NONAME / EAI_NODATA versus EAI_AGAIN / EAI_FAIL).
fn resolve_error(host: &str, e: &io::Error) -> Evidence {
    let text = e.to_string();
    let lower = text.to_ascii_lowercase();
    let not_found = [
        "not known",
        "no address",
        "nodename nor servname",
        "no such host",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if not_found {
        Evidence::Io {
            failure: IoFailure::NotFound,
            message: said!("detail-name-not-known", host = host),
        }
    } else {
        Evidence::Io {
            failure: IoFailure::ResolverFailed,
            message: said!("detail-name-lookup-failed", host = host, error = text),
        }
    }
}

/// Connect to one address within `deadline`.
pub async fn connect(addr: SocketAddr, deadline: Duration) -> Result<TcpStream, Evidence> {
    match tokio::time::timeout(deadline, TcpStream::connect(addr)).await {
        Err(_) => Err(Evidence::Io {
            failure: IoFailure::Timeout,
            message: said!(
                "detail-connect-timeout",
                address = addr.to_string(),
                seconds = format!("{:.1}", deadline.as_secs_f64())
            ),
        }),
        Ok(Err(e)) => Err(io_evidence(&e, &addr.to_string())),
        Ok(Ok(stream)) => {
            let _ = stream.set_nodelay(true);
            Ok(stream)
        }
    }
}

/// Map a socket error to its kind.
pub fn io_failure(e: &io::Error) -> IoFailure {
    use io::ErrorKind as K;
    match e.kind() {
        K::ConnectionRefused => IoFailure::Refused,
        K::TimedOut => IoFailure::Timeout,
        K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => IoFailure::Reset,
        K::UnexpectedEof => IoFailure::Closed,
        K::NetworkUnreachable | K::HostUnreachable | K::NetworkDown | K::AddrNotAvailable => {
            IoFailure::Unreachable
        }
        _ => IoFailure::Other,
    }
}

/// Evidence for a socket error on `what` (an address, or what was being done): the kinds a
/// person can act on in words of the catalogue, any other with the system's own text.
pub fn io_evidence(e: &io::Error, what: &str) -> Evidence {
    let failure = io_failure(e);
    let message = match failure {
        IoFailure::Refused => said!("detail-socket-refused", what = what),
        IoFailure::Timeout => said!("detail-socket-timed-out", what = what),
        IoFailure::Reset => said!("detail-socket-reset", what = what),
        IoFailure::Closed => said!("detail-socket-closed", what = what),
        IoFailure::Unreachable => said!("detail-socket-unreachable", what = what),
        _ => said!("detail-socket-error", what = what, error = e.to_string()),
    };
    Evidence::Io { failure, message }
}

/// "ipv4" or "ipv6".
pub fn family(addr: &SocketAddr) -> &'static str {
    if addr.is_ipv4() { "ipv4" } else { "ipv6" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn literal_and_pinned_addresses_skip_the_resolver() {
        let got = resolve("127.0.0.1", 995, None, None, Duration::from_secs(1))
            .await
            .unwrap();
        assert_eq!(got, vec!["127.0.0.1:995".parse().unwrap()]);
        let got = resolve(
            "mail.example.test",
            25,
            Some("127.0.0.2".parse().unwrap()),
            None,
            Duration::from_secs(1),
        )
        .await
        .unwrap();
        assert_eq!(got, vec!["127.0.0.2:25".parse().unwrap()]);
    }

    #[tokio::test]
    async fn refused_port_is_refused() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        match connect(addr, Duration::from_secs(2)).await {
            Err(Evidence::Io { failure, .. }) => assert_eq!(failure, IoFailure::Refused),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn resolver_messages_map_to_kinds() {
        let e = io::Error::other("failed to lookup address information: Name or service not known");
        assert!(matches!(
            resolve_error("x", &e),
            Evidence::Io {
                failure: IoFailure::NotFound,
                ..
            }
        ));
        let e = io::Error::other(
            "failed to lookup address information: Temporary failure in name resolution",
        );
        assert!(matches!(
            resolve_error("x", &e),
            Evidence::Io {
                failure: IoFailure::ResolverFailed,
                ..
            }
        ));
    }
}
