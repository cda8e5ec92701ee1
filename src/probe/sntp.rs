//! A small SNTP client (RFC 4330): one request over UDP with a deadline, and the local clock's
//! offset from the server's. The packet codec is pure and tested over literal bytes.

use std::net::SocketAddr;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tokio::net::UdpSocket;

use crate::model::{Evidence, IoFailure, Said};
use mailtriage_core::said;

/// The standard SNTP port.
pub const SNTP_PORT: u16 = 123;
/// The server asked when none is configured.
pub const DEFAULT_SERVER: &str = "pool.ntp.org";
/// Seconds from 1900-01-01 (NTP's era 0) to 1970-01-01.
const NTP_UNIX_OFFSET: u64 = 2_208_988_800;
/// An SNTP packet without extensions.
const PACKET_LEN: usize = 48;
/// The most bytes read from one datagram.
const MAX_DATAGRAM: usize = 512;

/// A 64-bit NTP timestamp: seconds since 1900 and a binary fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NtpTimestamp(pub u64);

impl NtpTimestamp {
    /// The timestamp of a moment of the local clock.
    pub fn from_system(t: SystemTime) -> NtpTimestamp {
        let since = t.duration_since(UNIX_EPOCH).unwrap_or_default();
        let secs = since.as_secs() + NTP_UNIX_OFFSET;
        let frac = (u64::from(since.subsec_nanos()) << 32) / 1_000_000_000;
        NtpTimestamp((secs << 32) | frac)
    }

    /// Seconds since the Unix epoch, as a float (fine for offsets of ms precision).
    pub fn unix_seconds(self) -> f64 {
        let secs = (self.0 >> 32) as f64 - NTP_UNIX_OFFSET as f64;
        secs + (self.0 & 0xffff_ffff) as f64 / 4_294_967_296.0
    }
}

/// A client request: version 4, mode 3 (client), `transmit` as its transmit timestamp.
pub fn request(transmit: NtpTimestamp) -> [u8; PACKET_LEN] {
    let mut p = [0u8; PACKET_LEN];
    p[0] = (4 << 3) | 3;
    p[40..48].copy_from_slice(&transmit.0.to_be_bytes());
    p
}

/// What a server's reply says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reply {
    pub stratum: u8,
    /// Our transmit timestamp, echoed.
    pub originate: NtpTimestamp,
    /// When the server received the request.
    pub receive: NtpTimestamp,
    /// When the server sent the reply.
    pub transmit: NtpTimestamp,
}

/// Why a datagram is not a usable reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadReply {
    /// Not an answer to our request (wrong length, mode or echoed timestamp): ignore it.
    NotOurs,
    /// The server answered but cannot give the time: kiss-o'-death code or unsynchronized.
    Unusable(Said),
}

/// Decode a reply to the request that carried `sent`.
pub fn parse_reply(data: &[u8], sent: NtpTimestamp) -> Result<Reply, BadReply> {
    if data.len() < PACKET_LEN {
        return Err(BadReply::NotOurs);
    }
    let ts = |at: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&data[at..at + 8]);
        NtpTimestamp(u64::from_be_bytes(b))
    };
    let leap = data[0] >> 6;
    let mode = data[0] & 0x07;
    let stratum = data[1];
    let originate = ts(24);
    if mode != 4 || originate != sent {
        return Err(BadReply::NotOurs);
    }
    if stratum == 0 {
        let code: String = data[12..16]
            .iter()
            .map(|b| {
                if b.is_ascii_graphic() {
                    *b as char
                } else {
                    '?'
                }
            })
            .collect();
        return Err(BadReply::Unusable(said!(
            "detail-time-kiss-code",
            code = code
        )));
    }
    if leap == 3 || stratum > 15 {
        return Err(BadReply::Unusable(said!("detail-time-unsynchronized")));
    }
    let transmit = ts(40);
    if transmit.0 == 0 {
        return Err(BadReply::Unusable(said!("detail-time-none")));
    }
    Ok(Reply {
        stratum,
        originate,
        receive: ts(32),
        transmit,
    })
}

/// Offset (server minus local) and round-trip delay in seconds, from the four timestamps of an
/// exchange: sent `t1`, server received `t2`, server sent `t3`, received back `t4`.
pub fn offset_and_delay(t1: f64, t2: f64, t3: f64, t4: f64) -> (f64, f64) {
    let offset = ((t2 - t1) + (t3 - t4)) / 2.0;
    let delay = ((t4 - t1) - (t3 - t2)).max(0.0);
    (offset, delay)
}

/// The result of one exchange.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measurement {
    /// Server minus local clock, in ms.
    pub offset_ms: f64,
    pub round_trip_ms: f64,
    pub stratum: u8,
}

/// Ask `server` for the time once; wait at most `deadline` for a matching reply.
pub async fn measure(server: SocketAddr, deadline: Duration) -> Result<Measurement, Evidence> {
    let io = |failure, message: Said| Evidence::Io { failure, message };
    let bind: SocketAddr = if server.is_ipv4() {
        (std::net::Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (std::net::Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let socket = UdpSocket::bind(bind).await.map_err(|e| {
        io(
            IoFailure::Other,
            said!("detail-time-no-socket", error = e.to_string()),
        )
    })?;
    socket
        .connect(server)
        .await
        .map_err(|e| crate::probe::connect::io_evidence(&e, &server.to_string()))?;
    let exchange = async {
        let sent_at = SystemTime::now();
        let clock = Instant::now();
        let t1 = NtpTimestamp::from_system(sent_at);
        socket
            .send(&request(t1))
            .await
            .map_err(|e| crate::probe::connect::io_evidence(&e, &server.to_string()))?;
        let mut buf = [0u8; MAX_DATAGRAM];
        loop {
            let n = socket
                .recv(&mut buf)
                .await
                .map_err(|e| crate::probe::connect::io_evidence(&e, &server.to_string()))?;
            // The local receive time is the send time plus the monotonic time elapsed, so a
            // clock step during the exchange does not distort it.
            let t4 = NtpTimestamp::from_system(sent_at + clock.elapsed()).unix_seconds();
            match parse_reply(&buf[..n], t1) {
                Err(BadReply::NotOurs) => continue,
                Err(BadReply::Unusable(message)) => {
                    return Err(io(
                        IoFailure::Protocol,
                        said!(
                            "detail-time-unusable",
                            server = server.to_string(),
                            why = message
                        ),
                    ));
                }
                Ok(reply) => {
                    let (offset, delay) = offset_and_delay(
                        t1.unix_seconds(),
                        reply.receive.unix_seconds(),
                        reply.transmit.unix_seconds(),
                        t4,
                    );
                    return Ok(Measurement {
                        offset_ms: (offset * 1000.0 * 100.0).round() / 100.0,
                        round_trip_ms: (delay * 1000.0 * 100.0).round() / 100.0,
                        stratum: reply.stratum,
                    });
                }
            }
        }
    };
    match tokio::time::timeout(deadline, exchange).await {
        Ok(result) => result,
        Err(_) => Err(io(
            IoFailure::Timeout,
            said!(
                "detail-time-no-answer",
                server = server.to_string(),
                seconds = format!("{:.1}", deadline.as_secs_f64())
            ),
        )),
    }
}

/// "3 min 20 s" for a number of seconds (sign dropped).
pub fn human_duration(seconds: f64) -> String {
    let s = seconds.abs();
    if s < 1.0 {
        return format!("{:.0} ms", s * 1000.0);
    }
    let whole = s.round() as u64;
    let (d, h, m, sec) = (
        whole / 86_400,
        whole / 3600 % 24,
        whole / 60 % 60,
        whole % 60,
    );
    match (d, h, m) {
        (0, 0, 0) => format!("{sec} s"),
        (0, 0, _) => format!("{m} min {sec} s"),
        (0, _, _) => format!("{h} h {m} min"),
        _ => format!("{d} d {h} h"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply_bytes(first: u8, stratum: u8, originate: u64, receive: u64, transmit: u64) -> Vec<u8> {
        let mut p = vec![0u8; PACKET_LEN];
        p[0] = first;
        p[1] = stratum;
        p[24..32].copy_from_slice(&originate.to_be_bytes());
        p[32..40].copy_from_slice(&receive.to_be_bytes());
        p[40..48].copy_from_slice(&transmit.to_be_bytes());
        p
    }

    #[test]
    fn timestamps_round_trip_through_unix_seconds() {
        let t = UNIX_EPOCH + Duration::from_millis(1_700_000_000_250);
        let ts = NtpTimestamp::from_system(t);
        assert_eq!(ts.0 >> 32, 1_700_000_000 + NTP_UNIX_OFFSET);
        assert!((ts.unix_seconds() - 1_700_000_000.25).abs() < 1e-6);
    }

    #[test]
    fn request_is_a_version_4_client_packet() {
        let p = request(NtpTimestamp(0x0102_0304_0506_0708));
        assert_eq!(p[0], 0b00_100_011);
        assert_eq!(&p[40..48], &[1, 2, 3, 4, 5, 6, 7, 8]);
        assert!(p[1..40].iter().all(|b| *b == 0));
    }

    #[test]
    fn replies_are_matched_to_the_request() {
        let sent = NtpTimestamp(42 << 32);
        let good = reply_bytes(0b00_100_100, 2, sent.0, 50 << 32, 51 << 32);
        let r = parse_reply(&good, sent).unwrap();
        assert_eq!(r.stratum, 2);
        assert_eq!(r.transmit, NtpTimestamp(51 << 32));
        let other = reply_bytes(0b00_100_100, 2, 41 << 32, 50 << 32, 51 << 32);
        assert_eq!(parse_reply(&other, sent), Err(BadReply::NotOurs));
        let client_mode = reply_bytes(0b00_100_011, 2, sent.0, 1, 1);
        assert_eq!(parse_reply(&client_mode, sent), Err(BadReply::NotOurs));
        assert_eq!(parse_reply(&good[..40], sent), Err(BadReply::NotOurs));
    }

    #[test]
    fn kiss_of_death_and_unsynchronized_servers_are_unusable() {
        let sent = NtpTimestamp(7 << 32);
        let mut kod = reply_bytes(0b11_100_100, 0, sent.0, 0, 0);
        kod[12..16].copy_from_slice(b"RATE");
        match parse_reply(&kod, sent) {
            Err(BadReply::Unusable(m)) => assert!(m.english().contains("RATE"), "{m}"),
            other => panic!("{other:?}"),
        }
        let alarm = reply_bytes(0b11_100_100, 3, sent.0, 1 << 32, 1 << 32);
        assert!(matches!(
            parse_reply(&alarm, sent),
            Err(BadReply::Unusable(_))
        ));
    }

    #[test]
    fn offset_and_delay_follow_rfc_4330() {
        // The server is 600 s ahead; 10 ms each way; 2 ms inside the server.
        let (offset, delay) = offset_and_delay(1000.0, 1600.010, 1600.012, 1000.022);
        assert!((offset - 600.0).abs() < 1e-6, "{offset}");
        assert!((delay - 0.020).abs() < 1e-6, "{delay}");
    }

    #[test]
    fn durations_in_words() {
        assert_eq!(human_duration(0.25), "250 ms");
        assert_eq!(human_duration(-42.0), "42 s");
        assert_eq!(human_duration(600.4), "10 min 0 s");
        assert_eq!(human_duration(7300.0), "2 h 1 min");
        assert_eq!(human_duration(90_000.0), "1 d 1 h");
    }
}
