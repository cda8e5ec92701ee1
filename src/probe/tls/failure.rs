//! Why a TLS handshake failed, by kind: plaintext instead of TLS, an alert, no common version,
//! the peer hanging up, or something else.

use std::io;

use rustls::{AlertDescription, Error, InvalidMessage, PeerIncompatible};

use crate::model::{Said, TlsFailure};
use crate::sanitize::{sanitize, sanitize_str};
use mailtriage_core::said;

/// A handshake failure before any certificate verdict is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ClassifiedFailure {
    pub failure: TlsFailure,
    pub message: Said,
    /// The peer's first bytes, kept only when they were not TLS.
    pub peer_bytes: Option<Vec<u8>>,
}

impl ClassifiedFailure {
    fn new(failure: TlsFailure, message: Said) -> Self {
        ClassifiedFailure {
            failure,
            message,
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
        Error::InvalidMessage(_)
        | Error::InappropriateMessage { .. }
        | Error::InappropriateHandshakeMessage { .. }
        | Error::PeerMisbehaved(_)
        | Error::PeerSentOversizedRecord
        | Error::DecryptError => unexpected_answer(error, peer_bytes),
        Error::AlertReceived(AlertDescription::ProtocolVersion) => ClassifiedFailure::new(
            TlsFailure::ProtocolVersion,
            said!("detail-tls-refused-versions"),
        ),
        Error::AlertReceived(alert) => ClassifiedFailure::new(
            TlsFailure::Alert,
            said!("detail-tls-alert", alert = alert_name(*alert)),
        ),
        Error::PeerIncompatible(
            PeerIncompatible::ServerDoesNotSupportTls12Or13
            | PeerIncompatible::ServerTlsVersionIsDisabledByOurConfig,
        ) => old_version_answer(peer_bytes),
        Error::InvalidCertificate(_) => ClassifiedFailure::new(
            TlsFailure::Certificate,
            said!(
                "detail-tls-certificate-rejected",
                error = sanitize_str(&error.to_string())
            ),
        ),
        other => ClassifiedFailure::new(
            TlsFailure::Other,
            said!(
                "detail-tls-handshake-failed",
                error = sanitize_str(&other.to_string())
            ),
        ),
    }
}

/// What the peer's first bytes look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FirstBytes {
    /// Nothing arrived.
    Nothing,
    /// A TLS record header: a known content type and major version 3.
    TlsRecord,
    /// Text, as a greeting or banner is.
    Text,
    /// Anything else.
    Binary,
}

/// How many leading bytes decide whether an answer reads as text.
const TEXT_SAMPLE: usize = 64;

pub(super) fn first_bytes(bytes: &[u8]) -> FirstBytes {
    match bytes {
        [] => FirstBytes::Nothing,
        [0x14..=0x18] | [0x14..=0x18, 0x03, ..] => FirstBytes::TlsRecord,
        _ if reads_as_text(bytes) => FirstBytes::Text,
        _ => FirstBytes::Binary,
    }
}

/// Printable characters, spaces and line endings, in valid UTF-8 (a character cut off at the end
/// of the sample counts as valid). A whole first line decides alone: a short greeting may be
/// followed by the server's answer to the client's TLS hello as if it were a line of text.
fn reads_as_text(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(TEXT_SAMPLE)];
    let sample = match sample.iter().position(|b| *b == b'\n') {
        Some(end) if end > 0 => &sample[..=end],
        _ => sample,
    };
    let valid = match std::str::from_utf8(sample) {
        Ok(text) => text,
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&sample[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return false,
    };
    !valid.is_empty()
        && valid
            .chars()
            .all(|c| !c.is_control() || matches!(c, '\r' | '\n' | '\t'))
}

/// The handshake broke on something the peer sent: plain text, a malformed TLS answer, or
/// binary data of another kind, told apart by the first bytes.
fn unexpected_answer(error: &Error, peer_bytes: &[u8]) -> ClassifiedFailure {
    match first_bytes(peer_bytes) {
        FirstBytes::Text => not_tls(peer_bytes),
        FirstBytes::Binary => ClassifiedFailure {
            failure: TlsFailure::UnexpectedBytes,
            message: said!(
                "detail-tls-answer-binary",
                bytes = format!(
                    "\"{}\"",
                    sanitize(&peer_bytes[..peer_bytes.len().min(TEXT_SAMPLE)])
                )
            ),
            peer_bytes: Some(peer_bytes.to_vec()),
        },
        FirstBytes::TlsRecord | FirstBytes::Nothing => {
            ClassifiedFailure::new(TlsFailure::Malformed, malformed_message(error, peer_bytes))
        }
    }
}

/// Largest record a TLS 1.2 peer may send: 2^14 bytes of data plus 2048 of expansion.
const MAX_RECORD_LENGTH: usize = 16_384 + 2_048;

fn malformed_message(error: &Error, peer_bytes: &[u8]) -> Said {
    if let (Error::InvalidMessage(InvalidMessage::MessageTooLarge), [_, _, _, high, low, ..]) =
        (error, peer_bytes)
    {
        let claimed = usize::from(u16::from_be_bytes([*high, *low]));
        if claimed > MAX_RECORD_LENGTH {
            return said!(
                "detail-tls-record-too-long",
                claimed = claimed,
                limit = MAX_RECORD_LENGTH
            );
        }
    }
    said!(
        "detail-tls-answer-malformed",
        error = sanitize_str(&error.to_string())
    )
}

/// The server answered with a ServerHello for a version below TLS 1.2; name it when the
/// recorded bytes show it.
fn old_version_answer(peer_bytes: &[u8]) -> ClassifiedFailure {
    let message = match super::legacy::read_server_hello(peer_bytes) {
        Ok(super::legacy::ServerAnswer::Hello(version)) => said!(
            "detail-tls-only-old-version",
            version = version.name(),
            hex = version.hex()
        ),
        _ => said!("detail-tls-only-older-versions"),
    };
    ClassifiedFailure::new(TlsFailure::ProtocolVersion, message)
}

fn not_tls(peer_bytes: &[u8]) -> ClassifiedFailure {
    if peer_bytes.is_empty() {
        return ClassifiedFailure::new(TlsFailure::NotTls, said!("detail-tls-not-tls"));
    }
    ClassifiedFailure {
        failure: TlsFailure::NotTls,
        message: said!(
            "detail-tls-not-tls-sent",
            text = format!("\"{}\"", sanitize(peer_bytes))
        ),
        peer_bytes: Some(peer_bytes.to_vec()),
    }
}

fn classify_io_error(error: &io::Error) -> ClassifiedFailure {
    match error.kind() {
        io::ErrorKind::UnexpectedEof => {
            ClassifiedFailure::new(TlsFailure::Eof, said!("detail-tls-closed"))
        }
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe => {
            ClassifiedFailure::new(TlsFailure::Eof, said!("detail-tls-reset"))
        }
        io::ErrorKind::TimedOut => {
            ClassifiedFailure::new(TlsFailure::Timeout, said!("detail-tls-timed-out"))
        }
        _ => ClassifiedFailure::new(
            TlsFailure::Other,
            said!(
                "detail-tls-handshake-failed",
                error = sanitize_str(&error.to_string())
            ),
        ),
    }
}

/// The alert's name as the TLS specifications write it ("handshake_failure").
fn alert_name(alert: AlertDescription) -> Said {
    let Some(camel) = alert.as_str() else {
        return said!(
            "detail-tls-alert-number",
            number = u8::from(alert).to_string()
        );
    };
    let mut name = String::with_capacity(camel.len() + 4);
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_lowercase());
    }
    Said::Verbatim(name)
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
    fn malformed_handshake_inside_tls_is_malformed_not_plaintext() {
        let error = tls_io_error(Error::InvalidMessage(InvalidMessage::MissingKeyExchange));
        let classified = classify(&error, &[0x16, 0x03, 0x03]);
        assert_eq!(classified.failure, TlsFailure::Malformed);
        assert_eq!(classified.peer_bytes, None);
    }

    #[test]
    fn an_oversized_record_header_is_malformed_tls_with_its_length() {
        let error = tls_io_error(Error::InvalidMessage(InvalidMessage::MessageTooLarge));
        let classified = classify(&error, &[0x16, 0x03, 0x03, 0xff, 0xff, 0x02]);
        assert_eq!(classified.failure, TlsFailure::Malformed);
        assert_eq!(
            classified.message,
            "the server's TLS record claims 65535 bytes, more than TLS allows (18432)"
        );
        // A content type rustls does not know, after a TLS-looking start, is still TLS-shaped.
        let error = tls_io_error(Error::InvalidMessage(InvalidMessage::InvalidContentType));
        assert_eq!(
            classify(&error, &[0x18, 0x03, 0x01, 0x00, 0x01, 0x00]).failure,
            TlsFailure::Malformed
        );
        for error in [
            Error::PeerSentOversizedRecord,
            Error::DecryptError,
            Error::InappropriateMessage {
                expect_types: vec![],
                got_type: rustls::ContentType::ApplicationData,
            },
        ] {
            let classified = classify(&tls_io_error(error), &[0x16, 0x03, 0x03, 0x00, 0x10]);
            assert_eq!(classified.failure, TlsFailure::Malformed);
        }
    }

    #[test]
    fn binary_that_is_not_tls_is_unexpected_bytes_quoted() {
        let error = tls_io_error(Error::InvalidMessage(InvalidMessage::InvalidContentType));
        let classified = classify(&error, &[0x00, 0xff, 0x1b, 0x80, 0x01]);
        assert_eq!(classified.failure, TlsFailure::UnexpectedBytes);
        assert_eq!(
            classified.peer_bytes.as_deref(),
            Some(&[0x00, 0xff, 0x1b, 0x80, 0x01][..])
        );
        assert!(
            !classified.message.english().contains('\x1b'),
            "{}",
            classified.message
        );
    }

    #[test]
    fn first_bytes_tell_text_from_tls_and_binary() {
        assert_eq!(first_bytes(b""), FirstBytes::Nothing);
        assert_eq!(first_bytes(b"+OK POP3 ready\r\n"), FirstBytes::Text);
        assert_eq!(first_bytes(b"220 mail.example ESMTP\r\n"), FirstBytes::Text);
        assert_eq!(
            first_bytes("220 correo ñandú listo\r\n".as_bytes()),
            FirstBytes::Text
        );
        // A multi-byte character cut off by the recording bound is still text.
        assert_eq!(first_bytes(&"220 ñ".as_bytes()[..5]), FirstBytes::Text);
        assert_eq!(first_bytes(&[0x16]), FirstBytes::TlsRecord);
        assert_eq!(first_bytes(&[0x15, 0x03, 0x01]), FirstBytes::TlsRecord);
        assert_eq!(first_bytes(&[0x16, 0x20]), FirstBytes::Binary);
        assert_eq!(first_bytes(b"\x00\x00\x00\x01"), FirstBytes::Binary);
        assert_eq!(first_bytes(b"+OK\x07bell"), FirstBytes::Binary);
        assert_eq!(first_bytes(&[0xff, 0xfe, 0x41]), FirstBytes::Binary);
    }

    #[test]
    fn an_old_server_hello_is_named_by_its_version() {
        let hello = [
            0x16, 0x03, 0x01, 0x00, 0x2a, 0x02, 0x00, 0x00, 0x26, 0x03, 0x01,
        ];
        let error = tls_io_error(Error::PeerIncompatible(
            PeerIncompatible::ServerTlsVersionIsDisabledByOurConfig,
        ));
        let classified = classify(&error, &hello);
        assert_eq!(classified.failure, TlsFailure::ProtocolVersion);
        assert_eq!(
            classified.message,
            "the server only speaks TLS 1.0 (its ServerHello chose version 0x0301)"
        );
    }

    #[test]
    fn alerts_are_named() {
        let error = tls_io_error(Error::AlertReceived(AlertDescription::HandshakeFailure));
        let classified = classify(&error, &[]);
        assert_eq!(classified.failure, TlsFailure::Alert);
        assert!(
            classified.message.english().ends_with("handshake_failure"),
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
