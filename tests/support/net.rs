//! Loopback port helpers that need no server.

use std::net::TcpListener;

/// A loopback port with nothing listening on it: connecting gets a TCP reset (refused).
///
/// The port is taken from the kernel by binding and released at once; ephemeral ports are handed
/// out in turn, so it is not reused within a test run.
pub fn refused_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("listener address").port();
    drop(listener);
    port
}
