//! A TLS 1.0/1.1 ClientHello built byte by byte, and a reader for the first record a server sends
//! back. rustls cannot speak those versions, so a server that only speaks them closes on a
//! rustls hello without a word; offering them by hand and reading the ServerHello's version is
//! how the probe tells "too old" from any other silent close. Nothing past the ServerHello is
//! ever read or answered: no key exchange, no certificate, no login.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// The highest version the hand-built hello offers: TLS 1.1.
pub const HELLO_MAX_VERSION: u16 = 0x0302;
/// The record-layer version of the hello: TLS 1.0, which every TLS server reads.
const RECORD_VERSION: u16 = 0x0301;

const CONTENT_ALERT: u8 = 0x15;
const CONTENT_HANDSHAKE: u8 = 0x16;
const HANDSHAKE_CLIENT_HELLO: u8 = 0x01;
const HANDSHAKE_SERVER_HELLO: u8 = 0x02;
const RECORD_HEADER_LEN: usize = 5;
/// Handshake type (1), length (3), version (2): all of a ServerHello that is read.
const SERVER_HELLO_PREFIX_LEN: usize = 6;
/// The most of the server's answer that is kept while looking for the ServerHello's version.
pub const MAX_ANSWER_BYTES: usize = 1024;

/// Cipher suites TLS 1.0/1.1 servers commonly accept, strongest first; the last entry is the
/// renegotiation-info signalling value RFC 5746 asks a client to send.
const CIPHER_SUITES: &[u16] = &[
    0xc014, // ECDHE-RSA-AES256-SHA
    0xc00a, // ECDHE-ECDSA-AES256-SHA
    0xc013, // ECDHE-RSA-AES128-SHA
    0xc009, // ECDHE-ECDSA-AES128-SHA
    0x0039, // DHE-RSA-AES256-SHA
    0x0033, // DHE-RSA-AES128-SHA
    0x0035, // AES256-SHA
    0x002f, // AES128-SHA
    0x000a, // DES-CBC3-SHA
    0x0005, // RC4-SHA
    0x0004, // RC4-MD5
    0x00ff, // TLS_EMPTY_RENEGOTIATION_INFO_SCSV
];

/// Curves offered for ECDHE: secp256r1, secp384r1, x25519.
const NAMED_GROUPS: &[u16] = &[0x0017, 0x0018, 0x001d];

const EXTENSION_SERVER_NAME: u16 = 0x0000;
const EXTENSION_SUPPORTED_GROUPS: u16 = 0x000a;
const EXTENSION_POINT_FORMATS: u16 = 0x000b;

/// A protocol version older than TLS 1.2, as a ServerHello names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegacyVersion(u16);

impl LegacyVersion {
    /// SSL 3.0, TLS 1.0 or TLS 1.1; nothing else.
    pub fn from_wire(version: u16) -> Option<LegacyVersion> {
        (0x0300..=HELLO_MAX_VERSION)
            .contains(&version)
            .then_some(LegacyVersion(version))
    }

    pub fn wire(self) -> u16 {
        self.0
    }

    /// "TLS 1.0", as people write it.
    pub fn name(self) -> &'static str {
        match self.0 {
            0x0300 => "SSL 3.0",
            0x0301 => "TLS 1.0",
            _ => "TLS 1.1",
        }
    }

    /// "TLSv1.0", as the TLS details name a negotiated version.
    pub fn detail_name(self) -> &'static str {
        match self.0 {
            0x0300 => "SSLv3",
            0x0301 => "TLSv1.0",
            _ => "TLSv1.1",
        }
    }

    /// "0x0301", the value on the wire.
    pub fn hex(self) -> String {
        format!("0x{:04x}", self.0)
    }
}

/// The first record of a server's answer to the hand-built hello.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerAnswer {
    /// A ServerHello choosing a version older than TLS 1.2: the evidence sought.
    Hello(LegacyVersion),
    /// A ServerHello choosing a version the hello did not offer (TLS 1.2 or a value no TLS
    /// version has): the server is broken, and says nothing about old versions.
    UnofferedVersion(u16),
    /// A TLS alert, by its description number.
    Alert(u8),
    /// A TLS record that is neither (another handshake message, another content type).
    OtherRecord { content_type: u8, first_byte: u8 },
    /// Bytes that do not start a TLS record.
    NotTls,
}

/// More bytes are needed to read the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedMore;

/// Read the answer from the bytes received so far; only the record header and the first six
/// bytes of its payload are looked at.
pub fn read_server_hello(bytes: &[u8]) -> Result<ServerAnswer, NeedMore> {
    let Some(&[content_type, major, _minor, high, low]) = bytes.get(..RECORD_HEADER_LEN) else {
        return match bytes {
            [] => Err(NeedMore),
            [first, ..] if !(0x14..=0x18).contains(first) => Ok(ServerAnswer::NotTls),
            [_, major, ..] if *major != 0x03 => Ok(ServerAnswer::NotTls),
            _ => Err(NeedMore),
        };
    };
    if major != 0x03 {
        return Ok(ServerAnswer::NotTls);
    }
    let length = usize::from(u16::from_be_bytes([high, low]));
    let payload = &bytes[RECORD_HEADER_LEN..];
    match content_type {
        CONTENT_ALERT => match (length, payload) {
            (0..2, _) => Ok(other_record(content_type, payload)),
            (_, [_level, description, ..]) => Ok(ServerAnswer::Alert(*description)),
            _ => Err(NeedMore),
        },
        CONTENT_HANDSHAKE => {
            let Some(&first) = payload.first() else {
                return Err(NeedMore);
            };
            if first != HANDSHAKE_SERVER_HELLO {
                return Ok(other_record(content_type, payload));
            }
            // A record may stop before the version; then the ServerHello is malformed.
            if length < SERVER_HELLO_PREFIX_LEN {
                return Ok(other_record(content_type, payload));
            }
            let Some(&[_, _, _, _, v_high, v_low]) = payload.get(..SERVER_HELLO_PREFIX_LEN) else {
                return Err(NeedMore);
            };
            let version = u16::from_be_bytes([v_high, v_low]);
            Ok(match LegacyVersion::from_wire(version) {
                Some(legacy) => ServerAnswer::Hello(legacy),
                None => ServerAnswer::UnofferedVersion(version),
            })
        }
        0x14..=0x18 => Ok(other_record(content_type, payload)),
        _ => Ok(ServerAnswer::NotTls),
    }
}

fn other_record(content_type: u8, payload: &[u8]) -> ServerAnswer {
    ServerAnswer::OtherRecord {
        content_type,
        first_byte: payload.first().copied().unwrap_or(0),
    }
}

/// A complete TLS record holding a ClientHello that offers SSL 3.0 up to TLS 1.1 with the
/// cipher suites such servers accept. `server_name` goes into the SNI extension when it is a
/// DNS name (IP literals are not sent, as RFC 6066 says).
pub fn client_hello(server_name: &str, random: &[u8; 32]) -> Vec<u8> {
    let mut body = Vec::with_capacity(160);
    body.extend_from_slice(&HELLO_MAX_VERSION.to_be_bytes());
    body.extend_from_slice(random);
    body.push(0); // no session to resume
    put_u16(&mut body, CIPHER_SUITES.len() * 2);
    for suite in CIPHER_SUITES {
        body.extend_from_slice(&suite.to_be_bytes());
    }
    body.extend_from_slice(&[1, 0]); // one compression method: none

    let mut extensions = Vec::new();
    if let Some(name) = sni_name(server_name) {
        let mut list = Vec::new();
        list.push(0); // host_name
        put_u16(&mut list, name.len());
        list.extend_from_slice(name.as_bytes());
        let mut data = Vec::new();
        put_u16(&mut data, list.len());
        data.extend_from_slice(&list);
        put_extension(&mut extensions, EXTENSION_SERVER_NAME, &data);
    }
    let mut groups = Vec::new();
    put_u16(&mut groups, NAMED_GROUPS.len() * 2);
    for group in NAMED_GROUPS {
        groups.extend_from_slice(&group.to_be_bytes());
    }
    put_extension(&mut extensions, EXTENSION_SUPPORTED_GROUPS, &groups);
    put_extension(&mut extensions, EXTENSION_POINT_FORMATS, &[1, 0]); // uncompressed
    put_u16(&mut body, extensions.len());
    body.extend_from_slice(&extensions);

    let mut handshake = Vec::with_capacity(body.len() + 4);
    handshake.push(HANDSHAKE_CLIENT_HELLO);
    handshake.extend_from_slice(&u24(body.len()));
    handshake.extend_from_slice(&body);

    let mut record = Vec::with_capacity(handshake.len() + RECORD_HEADER_LEN);
    record.push(CONTENT_HANDSHAKE);
    record.extend_from_slice(&RECORD_VERSION.to_be_bytes());
    put_u16(&mut record, handshake.len());
    record.extend_from_slice(&handshake);
    record
}

/// The name for SNI: a DNS name of at most 253 ASCII characters, without a trailing dot.
fn sni_name(server_name: &str) -> Option<&str> {
    let name = server_name.trim_end_matches('.');
    let unbracketed = name.trim_start_matches('[').trim_end_matches(']');
    let is_ip = unbracketed.parse::<std::net::IpAddr>().is_ok();
    (!is_ip
        && !name.is_empty()
        && name.len() <= 253
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_')))
    .then_some(name)
}

/// Lengths here are far below 64 KiB by construction; the cast cannot truncate.
fn put_u16(out: &mut Vec<u8>, value: usize) {
    out.extend_from_slice(&u16::try_from(value).unwrap_or(u16::MAX).to_be_bytes());
}

fn u24(value: usize) -> [u8; 3] {
    let [_, a, b, c] = u32::try_from(value).unwrap_or(0x00ff_ffff).to_be_bytes();
    [a, b, c]
}

fn put_extension(out: &mut Vec<u8>, kind: u16, data: &[u8]) {
    out.extend_from_slice(&kind.to_be_bytes());
    put_u16(out, data.len());
    out.extend_from_slice(data);
}

/// How asking with the old hello went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelloOutcome {
    Answered(ServerAnswer),
    /// The server closed (or reset) the connection without a readable answer.
    Closed,
    /// No complete answer before the deadline.
    TimedOut,
    /// Writing or reading failed otherwise.
    Failed(String),
}

/// Send the old hello over `stream` and read the answer's first record, all within `deadline`.
/// The stream is left as is; the caller drops it.
pub async fn ask_with_old_hello<S>(
    stream: &mut S,
    server_name: &str,
    random: &[u8; 32],
    deadline: Duration,
) -> HelloOutcome
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let exchange = async {
        let hello = client_hello(server_name, random);
        if let Err(e) = async {
            stream.write_all(&hello).await?;
            stream.flush().await
        }
        .await
        {
            return closed_or_failed(&e);
        }
        let mut answer = Vec::new();
        let mut chunk = [0u8; 256];
        loop {
            match read_server_hello(&answer) {
                Ok(read) => return HelloOutcome::Answered(read),
                Err(NeedMore) if answer.len() >= MAX_ANSWER_BYTES => {
                    return HelloOutcome::Answered(ServerAnswer::NotTls);
                }
                Err(NeedMore) => {}
            }
            let room = (MAX_ANSWER_BYTES - answer.len()).min(chunk.len());
            match stream.read(&mut chunk[..room]).await {
                Ok(0) => return HelloOutcome::Closed,
                Ok(n) => answer.extend_from_slice(&chunk[..n]),
                Err(e) => return closed_or_failed(&e),
            }
        }
    };
    tokio::time::timeout(deadline, exchange)
        .await
        .unwrap_or(HelloOutcome::TimedOut)
}

fn closed_or_failed(error: &std::io::Error) -> HelloOutcome {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::UnexpectedEof
        | ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::BrokenPipe => HelloOutcome::Closed,
        _ => HelloOutcome::Failed(crate::sanitize::sanitize_str(&error.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RANDOM: [u8; 32] = [7; 32];

    /// Walks a ClientHello the way a server reads it and returns (record version, client
    /// version, cipher suites, extension types, SNI name).
    fn parse_hello(record: &[u8]) -> (u16, u16, Vec<u16>, Vec<u16>, Option<String>) {
        let u16_at = |b: &[u8], i: usize| u16::from_be_bytes([b[i], b[i + 1]]);
        assert_eq!(record[0], CONTENT_HANDSHAKE);
        let record_version = u16_at(record, 1);
        assert_eq!(
            usize::from(u16_at(record, 3)),
            record.len() - 5,
            "record length"
        );
        let hs = &record[5..];
        assert_eq!(hs[0], HANDSHAKE_CLIENT_HELLO);
        let hs_len = usize::from(hs[1]) << 16 | usize::from(hs[2]) << 8 | usize::from(hs[3]);
        assert_eq!(hs_len, hs.len() - 4, "handshake length");
        let body = &hs[4..];
        let client_version = u16_at(body, 0);
        assert_eq!(&body[2..34], &RANDOM);
        let mut i = 34;
        let session_len = usize::from(body[i]);
        i += 1 + session_len;
        let suites_len = usize::from(u16_at(body, i));
        let suites = (0..suites_len / 2)
            .map(|k| u16_at(body, i + 2 + 2 * k))
            .collect();
        i += 2 + suites_len;
        let compression_len = usize::from(body[i]);
        assert_eq!(&body[i + 1..i + 1 + compression_len], &[0]);
        i += 1 + compression_len;
        let extensions_len = usize::from(u16_at(body, i));
        i += 2;
        assert_eq!(i + extensions_len, body.len(), "extensions fill the body");
        let mut kinds = Vec::new();
        let mut sni = None;
        while i < body.len() {
            let kind = u16_at(body, i);
            let len = usize::from(u16_at(body, i + 2));
            let data = &body[i + 4..i + 4 + len];
            if kind == EXTENSION_SERVER_NAME {
                assert_eq!(usize::from(u16_at(data, 0)), data.len() - 2);
                assert_eq!(data[2], 0);
                let name_len = usize::from(u16_at(data, 3));
                sni = Some(String::from_utf8(data[5..5 + name_len].to_vec()).unwrap());
            }
            kinds.push(kind);
            i += 4 + len;
        }
        (record_version, client_version, suites, kinds, sni)
    }

    #[test]
    fn hello_offers_at_most_tls_1_1_with_tls_1_0_suites_and_the_name() {
        let record = client_hello("pop.example.test", &RANDOM);
        let (record_version, client_version, suites, kinds, sni) = parse_hello(&record);
        assert_eq!(record_version, 0x0301);
        assert_eq!(client_version, 0x0302);
        assert!(suites.contains(&0x002f), "AES128-SHA, the TLS 1.0 baseline");
        assert!(suites.contains(&0xc013), "ECDHE-RSA-AES128-SHA");
        assert_eq!(
            suites.last(),
            Some(&0x00ff),
            "renegotiation signalling value"
        );
        assert!(
            !kinds.contains(&0x002b),
            "no supported_versions: it would offer TLS 1.3"
        );
        assert_eq!(sni.as_deref(), Some("pop.example.test"));
    }

    #[test]
    fn ip_literals_and_odd_names_are_not_sent_as_sni() {
        for name in ["192.0.2.1", "[2001:db8::1]", "2001:db8::1", "bad name", ""] {
            let (_, _, _, kinds, sni) = parse_hello(&client_hello(name, &RANDOM));
            assert_eq!(sni, None, "{name}");
            assert!(!kinds.contains(&EXTENSION_SERVER_NAME), "{name}");
        }
        let (_, _, _, _, sni) = parse_hello(&client_hello("mail.example.test.", &RANDOM));
        assert_eq!(sni.as_deref(), Some("mail.example.test"));
    }

    fn server_hello(version: u16) -> Vec<u8> {
        let mut body = version.to_be_bytes().to_vec();
        body.extend_from_slice(&[9; 32]);
        body.extend_from_slice(&[0, 0x00, 0x2f, 0]);
        let mut hs = vec![HANDSHAKE_SERVER_HELLO, 0, 0, body.len() as u8];
        hs.extend_from_slice(&body);
        let mut record = vec![CONTENT_HANDSHAKE, 0x03, 0x01, 0, hs.len() as u8];
        record.extend_from_slice(&hs);
        record
    }

    #[test]
    fn server_hello_names_old_versions_and_only_those() {
        for (wire, name) in [
            (0x0300, "SSL 3.0"),
            (0x0301, "TLS 1.0"),
            (0x0302, "TLS 1.1"),
        ] {
            let answer = read_server_hello(&server_hello(wire)).unwrap();
            let ServerAnswer::Hello(version) = answer else {
                panic!("{wire:#06x}: {answer:?}");
            };
            assert_eq!(version.name(), name);
            assert_eq!(version.wire(), wire);
        }
        assert_eq!(
            LegacyVersion::from_wire(0x0301).unwrap().hex(),
            "0x0301".to_string()
        );
        assert_eq!(
            read_server_hello(&server_hello(0x0303)),
            Ok(ServerAnswer::UnofferedVersion(0x0303))
        );
    }

    #[test]
    fn every_prefix_of_a_server_hello_asks_for_more() {
        let record = server_hello(0x0301);
        for end in 0..RECORD_HEADER_LEN + SERVER_HELLO_PREFIX_LEN {
            assert_eq!(read_server_hello(&record[..end]), Err(NeedMore), "{end}");
        }
        assert!(matches!(
            read_server_hello(&record[..RECORD_HEADER_LEN + SERVER_HELLO_PREFIX_LEN]),
            Ok(ServerAnswer::Hello(_))
        ));
    }

    #[test]
    fn alerts_text_and_other_records_are_not_evidence() {
        assert_eq!(
            read_server_hello(&[0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46]),
            Ok(ServerAnswer::Alert(70))
        );
        assert_eq!(
            read_server_hello(b"+OK ready\r\n"),
            Ok(ServerAnswer::NotTls)
        );
        assert_eq!(read_server_hello(b"2"), Ok(ServerAnswer::NotTls));
        assert_eq!(read_server_hello(&[0x16, 0x04]), Ok(ServerAnswer::NotTls));
        assert_eq!(
            read_server_hello(&[0x16, 0x03, 0x01, 0x00, 0x04, 0x0b, 0, 0, 0]),
            Ok(ServerAnswer::OtherRecord {
                content_type: 0x16,
                first_byte: 0x0b
            })
        );
        // A ServerHello record too short to hold the version.
        assert_eq!(
            read_server_hello(&[0x16, 0x03, 0x01, 0x00, 0x02, 0x02, 0x00]),
            Ok(ServerAnswer::OtherRecord {
                content_type: 0x16,
                first_byte: 0x02
            })
        );
    }

    #[test]
    fn reading_never_panics_on_any_short_input() {
        for a in 0..=255u8 {
            for b in [0u8, 3, 0xff] {
                for len in 0..=7 {
                    let bytes = [a, b, 1, 0, 1, 2, 3][..len].to_vec();
                    let _ = read_server_hello(&bytes);
                }
            }
        }
    }

    #[tokio::test]
    async fn asking_reads_the_first_record_within_the_deadline() {
        let (mut ours, mut theirs) = tokio::io::duplex(4096);
        let server = tokio::spawn(async move {
            let mut hello = [0u8; 5];
            theirs.read_exact(&mut hello).await.unwrap();
            // Trickled, so the reader must put the pieces together.
            for byte in server_hello(0x0301) {
                theirs.write_all(&[byte]).await.unwrap();
            }
            theirs
        });
        let outcome =
            ask_with_old_hello(&mut ours, "mail.test", &RANDOM, Duration::from_secs(5)).await;
        assert_eq!(
            outcome,
            HelloOutcome::Answered(ServerAnswer::Hello(LegacyVersion(0x0301)))
        );
        drop(server.await.unwrap());

        let (mut ours, theirs) = tokio::io::duplex(4096);
        drop(theirs);
        let outcome =
            ask_with_old_hello(&mut ours, "mail.test", &RANDOM, Duration::from_secs(5)).await;
        assert_eq!(outcome, HelloOutcome::Closed);

        let (mut ours, _silent) = tokio::io::duplex(4096);
        let outcome =
            ask_with_old_hello(&mut ours, "mail.test", &RANDOM, Duration::from_millis(50)).await;
        assert_eq!(outcome, HelloOutcome::TimedOut);
    }
}
