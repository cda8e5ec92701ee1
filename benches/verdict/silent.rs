//! A silent server: accepts connections and never says a word, like a port behind a firewall
//! that lets the handshake through and drops everything after. The scan's worst case.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::time::timeout;

use crate::proxy::ProxyRuntime;

/// Connections held at once; more wait for a free slot.
const MAX_CONNECTIONS: usize = 64;
/// A held connection is closed after this long.
const HOLD_AT_MOST: Duration = Duration::from_secs(60);
/// Bytes read (and thrown away) from a client before the server stops reading.
const MAX_DISCARDED_BYTES: usize = 64 * 1024;

/// Starts a silent listener on `ip` and returns its address.
pub fn start(runtime: &ProxyRuntime, ip: IpAddr) -> Result<SocketAddr, String> {
    let listener = runtime
        .runtime()
        .block_on(TcpListener::bind((ip, 0)))
        .map_err(|e| format!("cannot listen on {ip}: {e}"))?;
    let address = listener
        .local_addr()
        .map_err(|e| format!("cannot read the silent listener's address: {e}"))?;
    runtime.runtime().spawn(async move {
        let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        loop {
            let Ok(permit) = Arc::clone(&slots).acquire_owned().await else {
                return;
            };
            let Ok((mut stream, _)) = listener.accept().await else {
                continue;
            };
            tokio::spawn(async move {
                let mut discarded = 0;
                let mut buffer = [0u8; 4096];
                let _ = timeout(HOLD_AT_MOST, async {
                    while discarded < MAX_DISCARDED_BYTES {
                        match stream.read(&mut buffer).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => discarded += n,
                        }
                    }
                })
                .await;
                drop(permit);
            });
        }
    });
    Ok(address)
}
