//! Free loopback ports for the daemons' listeners, picked by the kernel.

use std::collections::HashSet;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};

/// Hands out distinct free ports; a port is free when the kernel gave it to a listener that was
/// closed right away (another program could take it in between; the daemons' start-up then fails
/// with "address in use" in their logs, which the suite reports).
#[derive(Default)]
pub struct PortPicker {
    taken: HashSet<u16>,
}

impl PortPicker {
    /// A free port on `address`, never one handed out before by this picker.
    pub fn free_port(&mut self, address: Ipv4Addr) -> Result<SocketAddr, String> {
        for _ in 0..64 {
            let listener = TcpListener::bind((address, 0))
                .map_err(|e| format!("cannot bind a port on {address}: {e}"))?;
            let local = listener
                .local_addr()
                .map_err(|e| format!("cannot read the bound port on {address}: {e}"))?;
            if self.taken.insert(local.port()) {
                return Ok(local);
            }
        }
        Err(format!("no fresh free port on {address}"))
    }
}
