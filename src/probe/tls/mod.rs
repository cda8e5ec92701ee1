//! TLS client handshakes for the probes: trust set-up, a verifier that records the chain and its
//! verdict, failure classification, and one-line descriptions of what was negotiated.
//!
//! A connection whose certificate verdict is not valid is never handed to a caller: the
//! handshake reports it as a [`TlsFailure::Certificate`] error (with the full details) and drops
//! the connection, so nothing can log in over it.

mod certinfo;
mod failure;
pub mod legacy;
pub mod old_versions;
mod recorder;
#[cfg(test)]
mod tests;
mod trust;
mod verifier;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use pki_types::ServerName;
use rustls::client::Resumption;
use rustls::crypto::CryptoProvider;
use rustls::{ClientConfig, ClientConnection, ProtocolVersion};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::TlsConnector;

pub use recorder::{HandshakeRecorder, MAX_RECORDED_PEER_BYTES};

use crate::model::{CertVerdict, Evidence, Said, TlsFailure, TlsInfo};
use crate::sanitize::sanitize;
use mailtriage_core::said;
pub use trust::{Trust, check_ca_pem};
use verifier::{ChainVerdict, RecordingVerifier};

/// A TLS connection as the probes use it once the handshake succeeded.
pub type ClientTlsStream<S> = tokio_rustls::client::TlsStream<HandshakeRecorder<S>>;

/// Trust anchors and crypto provider, built once per run; cheap to clone.
#[derive(Debug, Clone)]
pub struct TlsContext {
    provider: Arc<CryptoProvider>,
    trust: Trust,
}

/// A failed handshake: how, in words, with whatever was learnt about the server's TLS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsHandshakeError {
    pub failure: TlsFailure,
    pub message: Said,
    /// The chain and verdict if the server presented a certificate (verdict `Unknown` otherwise);
    /// version and cipher suite when the handshake got that far.
    pub info: TlsInfo,
    /// The first bytes (at most [`MAX_RECORDED_PEER_BYTES`]) the peer sent, when they were not TLS.
    pub peer_bytes: Option<Vec<u8>>,
    /// The server sent not a single byte before the handshake ended.
    pub server_said_nothing: bool,
}

impl TlsHandshakeError {
    fn new(failure: TlsFailure, message: impl Into<Said>, info: TlsInfo) -> Self {
        TlsHandshakeError {
            failure,
            message: message.into(),
            info,
            peer_bytes: None,
            server_said_nothing: false,
        }
    }

    /// The failure as step evidence, with the peer's bytes sanitized.
    pub fn evidence(&self) -> Evidence {
        Evidence::Tls {
            failure: self.failure,
            message: self.message.clone(),
            peer_bytes: self.peer_bytes.as_deref().map(sanitize),
        }
    }
}

impl fmt::Display for TlsHandshakeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message.english())
    }
}

impl std::error::Error for TlsHandshakeError {}

impl TlsContext {
    /// Trust the webpki roots, the system's roots (if they can be loaded; failing to load them is
    /// not an error) and the PEM certificates in `extra_ca_pem` (the `--ca-file`), which must hold
    /// at least one certificate. The system's roots are read only for a chain the others do not
    /// accept (see [`Trust`]).
    pub fn new(extra_ca_pem: Option<&[u8]>) -> Result<TlsContext, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let trust = Trust::new(provider.clone(), extra_ca_pem)?;
        Ok(TlsContext { provider, trust })
    }

    /// Run a TLS handshake over `stream` for `server_name` (a DNS name or an IP literal, IPv6
    /// with or without brackets), within `deadline`. Fails unless the certificate is valid.
    pub async fn handshake<S>(
        &self,
        stream: S,
        server_name: &str,
        deadline: Duration,
    ) -> Result<(ClientTlsStream<S>, TlsInfo), TlsHandshakeError>
    where
        S: AsyncRead + AsyncWrite + Unpin + Send,
    {
        let unseen = || tls_info(server_name, None, None);
        let name = parse_server_name(server_name).ok_or_else(|| {
            TlsHandshakeError::new(
                TlsFailure::Other,
                said!(
                    "detail-tls-bad-server-name",
                    name = format!("\"{}\"", sanitize(server_name.as_bytes()))
                ),
                unseen(),
            )
        })?;
        let verifier = Arc::new(RecordingVerifier::new(self.trust.clone()));
        let config = self.client_config(verifier.clone()).map_err(|e| {
            TlsHandshakeError::new(
                TlsFailure::Other,
                said!("detail-tls-setup-failed", error = e.to_string()),
                unseen(),
            )
        })?;
        let connect = TlsConnector::from(Arc::new(config))
            .connect(name, HandshakeRecorder::new(stream))
            .into_fallible();
        let outcome = tokio::time::timeout(deadline, connect).await;
        let seen = verifier.outcome();
        match outcome {
            Err(_elapsed) => Err(TlsHandshakeError::new(
                TlsFailure::Timeout,
                said!(
                    "detail-tls-handshake-deadline",
                    ms = deadline.as_millis().to_string()
                ),
                tls_info(server_name, None, seen),
            )),
            Ok(Err((error, recorder))) => {
                let classified = failure::classify(&error, recorder.recorded());
                let mut info = tls_info(server_name, None, seen);
                if let Ok(legacy::ServerAnswer::Hello(version)) =
                    legacy::read_server_hello(recorder.recorded())
                {
                    // The server chose an old version: that is the version it speaks.
                    info.version = Some(version.detail_name().to_string());
                }
                Err(TlsHandshakeError {
                    failure: classified.failure,
                    message: classified.message,
                    info,
                    peer_bytes: classified.peer_bytes,
                    server_said_nothing: recorder.recorded().is_empty(),
                })
            }
            Ok(Ok(mut tls)) => {
                let info = tls_info(server_name, Some(tls.get_ref().1), seen);
                if info.verdict != CertVerdict::Valid {
                    // Dropping `tls` closes the connection: it must not be used.
                    return Err(TlsHandshakeError::new(
                        TlsFailure::Certificate,
                        info.verdict_detail.clone(),
                        info,
                    ));
                }
                tls.get_mut().0.stop_recording();
                Ok((tls, info))
            }
        }
    }

    /// A fresh configuration per handshake, so that the verifier records only this handshake;
    /// no resumption, so that every handshake shows the certificate.
    fn client_config(
        &self,
        verifier: Arc<RecordingVerifier>,
    ) -> Result<ClientConfig, rustls::Error> {
        let mut config = ClientConfig::builder_with_provider(self.provider.clone())
            .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])?
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth();
        config.resumption = Resumption::disabled();
        Ok(config)
    }
}

fn parse_server_name(server_name: &str) -> Option<ServerName<'static>> {
    let unbracketed = server_name
        .strip_prefix('[')
        .and_then(|s| s.strip_suffix(']'))
        .unwrap_or(server_name);
    ServerName::try_from(unbracketed.to_owned()).ok()
}

fn tls_info(
    server_name: &str,
    connection: Option<&ClientConnection>,
    seen: Option<ChainVerdict>,
) -> TlsInfo {
    let version = connection
        .and_then(|c| c.protocol_version())
        .map(version_name);
    let cipher_suite = connection
        .and_then(|c| c.negotiated_cipher_suite())
        .map(|suite| {
            let suite = suite.suite();
            suite
                .as_str()
                .map_or_else(|| format!("{suite:?}"), str::to_owned)
        });
    let seen = seen.unwrap_or_else(|| ChainVerdict {
        chain: Vec::new(),
        verdict: CertVerdict::Unknown,
        detail: said!("detail-no-certificate-presented"),
    });
    TlsInfo {
        server_name: sanitize(server_name.as_bytes()),
        version,
        cipher_suite,
        chain: seen.chain,
        verdict: seen.verdict,
        verdict_detail: seen.detail,
    }
}

fn version_name(version: ProtocolVersion) -> String {
    match version {
        ProtocolVersion::TLSv1_2 => "TLSv1.2".to_string(),
        ProtocolVersion::TLSv1_3 => "TLSv1.3".to_string(),
        other => format!("{other:?}"),
    }
}

/// One line for a step detail: "TLSv1.3 TLS13_AES_256_GCM_SHA384, certificate valid for
/// pop.example.test until 2027-01-01".
pub fn describe_tls(info: &TlsInfo) -> Said {
    let negotiated = [info.version.as_deref(), info.cipher_suite.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let certificate = match (info.verdict, info.chain.first()) {
        (CertVerdict::Valid, Some(leaf)) => said!(
            "step-tls-certificate-valid",
            name = &info.server_name,
            until = leaf.not_after.get(..10).unwrap_or(&leaf.not_after)
        ),
        _ => Said::from(&info.verdict_detail),
    };
    if negotiated.is_empty() {
        certificate
    } else {
        said!(
            "step-tls-negotiated",
            negotiated = negotiated,
            certificate = certificate
        )
    }
}
