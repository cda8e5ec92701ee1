//! Why a TLS handshake failed, by kind: plaintext instead of TLS, an alert, no common version,
//! the peer hanging up, or something else.

use std::io;

use rustls::{AlertDescription, Error, InvalidMessage, PeerIncompatible};

use crate::model::TlsFailure;
use crate::sanitize::{sanitize, sanitize_str};

/// A handshake failure before any certificate verdict is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ClassifiedFailure {
    pub failure: TlsFailure,
    pub message: String,
    /// The peer's first bytes, kept only when they were not TLS.
    pub peer_bytes: Option<Vec<u8>>,
}

impl ClassifiedFailure {
    fn new(failure: TlsFailure, message: impl Into<String>) -> Self {
        ClassifiedFailure {
            failure,
            message: message.into(),
            peer_bytes: None,
        }
    }
}

/// Classify the error a handshake ended with; `peer_bytes` are the first bytes the peer sent.
pub(super) fn classify(error: &io::Error, peer_bytes: &[u8]) -> ClassifiedFailure {
    match error.get_ref().and_then(|e| e.downcast_ref::<Error>()) {
        Some(tls_error) => classify_tls_error(tls_error, peer_bytes),
        None => classify_io_error(error),
    }
}

fn classify_tls_error(error: &Error, peer_bytes: &[u8]) -> ClassifiedFailure {
    match error {
        Error::InvalidMessage(record_error) if is_record_layer_error(record_error) => {
            not_tls(peer_bytes)
        }
        Error::AlertReceived(AlertDescription::ProtocolVersion) => ClassifiedFailure::new(
            TlsFailure::ProtocolVersion,
            "the server refused TLS 1.2 and 1.3 (alert protocol_version)",
        ),
        Error::AlertReceived(alert) => ClassifiedFailure::new(
            TlsFailure::Alert,
            format!("the server sent the TLS alert {}", alert_name(*alert)),
        ),
        Error::PeerIncompatible(
            PeerIncompatible::ServerDoesNotSupportTls12Or13
            | PeerIncompatible::ServerTlsVersionIsDisabledByOurConfig,
        ) => ClassifiedFailure::new(
            TlsFailure::ProtocolVersion,
            "the server only speaks TLS versions older than 1.2",
        ),
        Error::InvalidCertificate(_) => ClassifiedFailure::new(
            TlsFailure::Certificate,
            sanitize_str(&format!("the server's certificate was rejected: {error}")),
        ),
        other => ClassifiedFailure::new(
            TlsFailure::Other,
            sanitize_str(&format!("the TLS handshake failed: {other}")),
        ),
    }
}

/// Errors in the record header: the bytes were not TLS at all.
fn is_record_layer_error(error: &InvalidMessage) -> bool {
    matches!(
        error,
        InvalidMessage::InvalidContentType
            | InvalidMessage::UnknownProtocolVersion
            | InvalidMessage::MessageTooLarge
            | InvalidMessage::InvalidEmptyPayload
    )
}

fn not_tls(peer_bytes: &[u8]) -> ClassifiedFailure {
    if peer_bytes.is_empty() {
        return ClassifiedFailure::new(TlsFailure::NotTls, "the server did not answer with TLS");
    }
    ClassifiedFailure {
        failure: TlsFailure::NotTls,
        message: format!(
            "the server did not answer with TLS; it sent \"{}\"",
            sanitize(peer_bytes)
        ),
        peer_bytes: Some(peer_bytes.to_vec()),
    }
}

fn classify_io_error(error: &io::Error) -> ClassifiedFailure {
    match error.kind() {
        io::ErrorKind::UnexpectedEof => ClassifiedFailure::new(
            TlsFailure::Eof,
            "the server closed the connection during the TLS handshake",
        ),
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe => ClassifiedFailure::new(
            TlsFailure::Eof,
            "the server reset the connection during the TLS handshake",
        ),
        io::ErrorKind::TimedOut => ClassifiedFailure::new(
            TlsFailure::Timeout,
            "the connection timed out during the TLS handshake",
        ),
        _ => ClassifiedFailure::new(
            TlsFailure::Other,
            sanitize_str(&format!("the TLS handshake failed: {error}")),
        ),
    }
}

/// The alert's name as the TLS specifications write it ("handshake_failure").
fn alert_name(alert: AlertDescription) -> String {
    let Some(camel) = alert.as_str() else {
        return format!("number {}", u8::from(alert));
    };
    let mut name = String::with_capacity(camel.len() + 4);
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_lowercase());
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tls_io_error(error: Error) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, error)
    }

    #[test]
    fn plaintext_is_quoted_sanitized() {
        let error = tls_io_error(Error::InvalidMessage(InvalidMessage::InvalidContentType));
        let classified = classify(&error, b"220 smtp ESMTP\r\n");
        assert_eq!(classified.failure, TlsFailure::NotTls);
        assert_eq!(
            classified.peer_bytes.as_deref(),
            Some(&b"220 smtp ESMTP\r\n"[..])
        );
        assert_eq!(
            classified.message,
            "the server did not answer with TLS; it sent \"220 smtp ESMTP\\r\\n\""
        );
    }

    #[test]
    fn malformed_handshake_inside_tls_is_not_plaintext() {
        let error = tls_io_error(Error::InvalidMessage(InvalidMessage::MissingKeyExchange));
        let classified = classify(&error, &[0x16, 0x03, 0x03]);
        assert_eq!(classified.failure, TlsFailure::Other);
        assert_eq!(classified.peer_bytes, None);
    }

    #[test]
    fn alerts_are_named() {
        let error = tls_io_error(Error::AlertReceived(AlertDescription::HandshakeFailure));
        let classified = classify(&error, &[]);
        assert_eq!(classified.failure, TlsFailure::Alert);
        assert!(
            classified.message.ends_with("handshake_failure"),
            "{}",
            classified.message
        );
        assert_eq!(alert_name(AlertDescription::from(200)), "number 200");
    }

    #[test]
    fn old_servers_are_a_version_problem() {
        for error in [
            Error::AlertReceived(AlertDescription::ProtocolVersion),
            Error::PeerIncompatible(PeerIncompatible::ServerDoesNotSupportTls12Or13),
        ] {
            assert_eq!(
                classify(&tls_io_error(error), &[]).failure,
                TlsFailure::ProtocolVersion
            );
        }
    }

    #[test]
    fn hang_ups_are_eof() {
        for kind in [io::ErrorKind::UnexpectedEof, io::ErrorKind::ConnectionReset] {
            let classified = classify(&io::Error::from(kind), b"");
            assert_eq!(classified.failure, TlsFailure::Eof);
        }
    }
}
