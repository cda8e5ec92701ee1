//! The emulated link, measured: a one-byte echo through a latency proxy, many times, so that the
//! bench states the round-trip time the clients really had, not only the one it asked for.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

use crate::proxy::ProxyRuntime;

/// Round trips timed (after one to open the path).
const ECHOES: usize = 30;

/// What one echo through the proxy took, in milliseconds: median and the spread.
pub struct LinkRtt {
    pub median_ms: f64,
    pub min_ms: f64,
    pub max_ms: f64,
}

/// Starts an echo server on loopback and a proxy of `rtt` in front of it, and times
/// [`ECHOES`] one-byte round trips through the proxy.
pub fn measure(runtime: &ProxyRuntime, rtt: Duration) -> Result<LinkRtt, String> {
    let echo = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("cannot start the echo server: {e}"))?;
    let upstream = echo
        .local_addr()
        .map_err(|e| format!("cannot read the echo server's address: {e}"))?;
    std::thread::spawn(move || {
        if let Ok((mut peer, _)) = echo.accept() {
            let _ = peer.set_nodelay(true);
            let mut byte = [0u8; 1];
            while matches!(peer.read(&mut byte), Ok(1)) {
                if peer.write_all(&byte).is_err() {
                    return;
                }
            }
        }
    });
    let proxy = runtime.start(IpAddr::V4(Ipv4Addr::LOCALHOST), upstream, rtt)?;
    let mut client = TcpStream::connect_timeout(&proxy, Duration::from_secs(5))
        .map_err(|e| format!("cannot reach the proxy: {e}"))?;
    let _ = client.set_nodelay(true);
    let _ = client.set_read_timeout(Some(Duration::from_secs(5)));
    let mut times = Vec::with_capacity(ECHOES);
    for round in 0..=ECHOES {
        let started = Instant::now();
        echo_once(&mut client, proxy)?;
        if round > 0 {
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    times.sort_by(f64::total_cmp);
    Ok(LinkRtt {
        median_ms: times[times.len() / 2],
        min_ms: times[0],
        max_ms: times[times.len() - 1],
    })
}

fn echo_once(client: &mut TcpStream, proxy: SocketAddr) -> Result<(), String> {
    let mut byte = [b'x'];
    client
        .write_all(&byte)
        .and_then(|()| client.read_exact(&mut byte))
        .map_err(|e| format!("the echo through {proxy} failed: {e}"))
}
