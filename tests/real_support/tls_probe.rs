//! The suite's own TLS handshake against an implicit-TLS listener, to prove which certificate a
//! listener presents independently of the binary under test.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, ClientConnection, RootCertStore, Stream};

const IO_DEADLINE: Duration = Duration::from_secs(10);

/// Completes a handshake with `peer` as `server_name`, trusting only `ca`, and returns the first
/// bytes the server sends afterwards (its greeting); the error text is rustls's verdict.
pub fn handshake(
    peer: SocketAddr,
    server_name: &str,
    ca: &CertificateDer<'static>,
) -> Result<String, String> {
    let mut roots = RootCertStore::empty();
    roots
        .add(ca.clone())
        .map_err(|e| format!("test CA not accepted: {e}"))?;
    let config =
        ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("TLS config: {e}"))?
            .with_root_certificates(roots)
            .with_no_client_auth();
    let name = ServerName::try_from(server_name.to_string())
        .map_err(|e| format!("bad server name {server_name}: {e}"))?;
    let mut connection =
        ClientConnection::new(Arc::new(config), name).map_err(|e| format!("TLS client: {e}"))?;
    let mut socket = TcpStream::connect_timeout(&peer, IO_DEADLINE)
        .map_err(|e| format!("connect to {peer}: {e}"))?;
    socket
        .set_read_timeout(Some(IO_DEADLINE))
        .and_then(|()| socket.set_write_timeout(Some(IO_DEADLINE)))
        .map_err(|e| format!("socket options: {e}"))?;
    let mut tls = Stream::new(&mut connection, &mut socket);
    tls.flush().map_err(|e| e.to_string())?;
    let mut greeting = [0u8; 512];
    let read = tls.read(&mut greeting).map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&greeting[..read])
        .trim_end()
        .to_string())
}
