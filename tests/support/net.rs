//! Loopback port helpers that need no server: a refused port, a port whose connects time out,
//! and a listener on port 25.
#![allow(unsafe_code)] // libc calls the standard library does not offer

use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::time::Duration;

/// A loopback port with nothing listening on it: connecting gets a TCP reset (refused).
///
/// The port is taken from the kernel by binding and released at once; ephemeral ports are handed
/// out in turn, so it is not reused within a test run.
pub fn refused_port() -> u16 {
    refused_port_on(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

/// [`refused_port`] on another loopback address (127.X.Y.Z, `::1`).
pub fn refused_port_on(ip: IpAddr) -> u16 {
    assert!(ip.is_loopback(), "{ip} is not a loopback address");
    let listener = TcpListener::bind(SocketAddr::from((ip, 0))).expect("bind loopback");
    let port = listener.local_addr().expect("listener address").port();
    drop(listener);
    port
}

/// How long a connect to a full accept queue is given before it counts as unanswered.
const QUEUE_PROBE_DEADLINE: Duration = Duration::from_millis(300);
/// More connections than a backlog-0 queue holds, so filling it always ends.
const MAX_QUEUED: usize = 8;

/// A loopback port whose listener never accepts and whose accept queue is full: the kernel
/// drops every further connection attempt (its SYN) without an answer, so a client's connect
/// times out as it would behind a firewall that filters the port.
pub struct UnansweredPort {
    listener: TcpListener,
    /// The connections that fill the queue; kept open for as long as the port must stay silent.
    _queued: Vec<TcpStream>,
}

impl UnansweredPort {
    pub fn new() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        // Listening again only changes the backlog; 0 leaves room for a single queued connection.
        // SAFETY: the descriptor belongs to `listener`, which is alive for the call.
        let listened = unsafe { libc::listen(listener.as_raw_fd(), 0) };
        assert_eq!(
            listened,
            0,
            "listen with backlog 0: {}",
            io::Error::last_os_error()
        );
        let addr = listener.local_addr().expect("listener address");
        let mut queued = Vec::new();
        loop {
            match TcpStream::connect_timeout(&addr, QUEUE_PROBE_DEADLINE) {
                Ok(stream) => queued.push(stream),
                Err(e) if e.kind() == io::ErrorKind::TimedOut => break,
                Err(e) => panic!("filling the accept queue of {addr}: {e}"),
            }
            assert!(
                queued.len() < MAX_QUEUED,
                "the accept queue of {addr} never filled: connects still answered"
            );
        }
        UnansweredPort {
            listener,
            _queued: queued,
        }
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().expect("listener address").port()
    }
}

impl Default for UnansweredPort {
    fn default() -> Self {
        Self::new()
    }
}

/// How many loopback addresses are tried for a privileged port before giving up.
const PRIVILEGED_ADDRESSES: u8 = 16;

/// A listener on port 25 of a loopback address other than 127.0.0.1 (127.0.25.1 onwards), so
/// it does not meet servers that other tests start on 127.0.0.1. `None` when this process may
/// not bind a port below 1024; fails when every address tried is taken.
pub fn port_25_listener() -> Option<TcpListener> {
    privileged_listener(25, Ipv4Addr::new(127, 0, 25, 1))
}

/// A listener on a port below 1024 (995, 465, …) of a loopback address from `first` on, away
/// from 127.0.0.1. `None` when this process may not bind such a port; fails when every address
/// tried is taken.
pub fn privileged_listener(port: u16, first: Ipv4Addr) -> Option<TcpListener> {
    let octets = first.octets();
    for n in 0..PRIVILEGED_ADDRESSES {
        let ip = Ipv4Addr::new(octets[0], octets[1], octets[2], octets[3] + n);
        match TcpListener::bind(SocketAddr::from((ip, port))) {
            Ok(listener) => return Some(listener),
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => return None,
            Err(e) if e.kind() == io::ErrorKind::AddrInUse => continue,
            Err(e) => panic!("bind {ip}:{port}: {e}"),
        }
    }
    panic!("port {port} is taken on every loopback address from {first} on");
}
