//! A small HTTPS GET for the autoconfig file: one request over TLS with the engine's certificate
//! checks (the same trust roots and `--ca-file` as the probes), no redirects, a deadline for the
//! whole exchange and a bound on the response size.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::model::{Evidence, Said};
use crate::probe::connect::connect;
use crate::probe::tls::TlsContext;
use crate::sanitize::sanitize_str;
use mailtriage_core::said;

/// Largest response read (headers and body): autoconfig files are a few kilobytes.
pub const MAX_RESPONSE_BYTES: usize = 256 * 1024;

/// Where to fetch from.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    /// Host name: sent as `Host` and checked against the certificate.
    pub host: &'a str,
    /// Path and query, starting with `/`.
    pub path: &'a str,
    /// Addresses to try, in order.
    pub addrs: &'a [IpAddr],
    pub port: u16,
}

/// An HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// The status line after the code (`Not Found`), sanitized.
    pub reason: String,
    /// Where a redirect points (not followed), sanitized.
    pub location: Option<String>,
    /// The body; only a `200` answer's is kept, and it must be UTF-8.
    pub body: String,
}

impl Response {
    /// `the server answered HTTP 301 Moved Permanently (to https://…)`.
    pub fn describe(&self) -> Said {
        let status = self.status.to_string();
        match &self.location {
            Some(location) => said!(
                "https-answered-redirect",
                status = status,
                reason = &self.reason,
                location = location
            ),
            None => said!("https-answered", status = status, reason = &self.reason),
        }
    }
}

/// GET `target` and return the answer, all within `deadline`.
pub async fn get(
    target: &Target<'_>,
    tls: &TlsContext,
    deadline: Duration,
) -> Result<Response, Said> {
    match tokio::time::timeout(deadline, exchange(target, tls, deadline)).await {
        Ok(result) => result,
        Err(_) => Err(said!(
            "https-no-complete-answer-in-time",
            seconds = format!("{:.1}", deadline.as_secs_f64())
        )),
    }
}

async fn exchange(
    target: &Target<'_>,
    tls: &TlsContext,
    deadline: Duration,
) -> Result<Response, Said> {
    let mut last_error = said!("https-no-address", host = target.host);
    let mut stream = None;
    for addr in target.addrs {
        match connect(SocketAddr::new(*addr, target.port), deadline).await {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(evidence) => last_error = evidence_text(&evidence),
        }
    }
    let stream = stream.ok_or(last_error)?;
    let (mut tls_stream, _) = tls
        .handshake(stream, target.host, deadline)
        .await
        .map_err(|e| said!("https-tls", error = e.to_string()))?;
    let host_header = if target.port == 443 {
        target.host.to_string()
    } else {
        format!("{}:{}", target.host, target.port)
    };
    let request = format!(
        "GET {} HTTP/1.0\r\nHost: {host_header}\r\nUser-Agent: mailtriage/{}\r\nAccept: application/xml, text/xml\r\nConnection: close\r\n\r\n",
        target.path,
        env!("CARGO_PKG_VERSION")
    );
    tls_stream
        .write_all(request.as_bytes())
        .await
        .map_err(|e| said!("https-send-failed", error = e.to_string()))?;
    let mut response: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match tls_stream.read(&mut chunk).await {
            Ok(0) => break,
            Ok(n) => {
                if response.len() + n > MAX_RESPONSE_BYTES {
                    return Err(said!(
                        "https-too-large",
                        kib = (MAX_RESPONSE_BYTES / 1024).to_string()
                    ));
                }
                response.extend_from_slice(&chunk[..n]);
                if complete(&response) {
                    break;
                }
            }
            // Many web servers close without TLS's closing message; what arrived still counts.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(said!("https-read-failed", error = e.to_string())),
        }
    }
    parse_response(&response)
}

fn evidence_text(evidence: &Evidence) -> Said {
    match evidence {
        Evidence::Io { message, .. } | Evidence::Tls { message, .. } => message.clone(),
        other => Said::from(format!("{other:?}")),
    }
}

/// The end of the headers, if they are all there.
fn header_end(response: &[u8]) -> Option<usize> {
    response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
}

/// The headers are in and the body is as long as `Content-Length` says.
fn complete(response: &[u8]) -> bool {
    let Some(end) = header_end(response) else {
        return false;
    };
    let head = String::from_utf8_lossy(&response[..end]);
    content_length(&head).is_some_and(|len| response.len() - end >= len)
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().skip(1).find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

fn content_length(head: &str) -> Option<usize> {
    header(head, "content-length")?.parse().ok()
}

/// Status, redirect target and (for a `200`) body of a complete response.
pub fn parse_response(response: &[u8]) -> Result<Response, Said> {
    let end = header_end(response).ok_or_else(|| said!("https-incomplete"))?;
    let head = String::from_utf8_lossy(&response[..end]);
    let status_line = head.lines().next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let (Some(version), Some(code)) = (parts.next(), parts.next()) else {
        return Err(said!("https-no-status"));
    };
    let status = code
        .parse::<u16>()
        .ok()
        .filter(|_| version.starts_with("HTTP/"))
        .ok_or_else(|| {
            said!(
                "https-not-http",
                line = sanitize_str(&status_line.chars().take(60).collect::<String>())
            )
        })?;
    let reason = sanitize_str(
        &parts
            .next()
            .unwrap_or_default()
            .chars()
            .take(60)
            .collect::<String>(),
    );
    let location =
        header(&head, "location").map(|l| sanitize_str(&l.chars().take(200).collect::<String>()));
    let mut answer = Response {
        status,
        reason,
        location,
        body: String::new(),
    };
    if status != 200 {
        return Ok(answer);
    }
    let body = &response[end..];
    let chunked = header(&head, "transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        dechunk(body)?
    } else {
        match content_length(&head) {
            Some(len) if body.len() < len => {
                return Err(said!(
                    "https-ended-early",
                    got = body.len().to_string(),
                    length = len.to_string()
                ));
            }
            Some(len) => body[..len].to_vec(),
            None => body.to_vec(),
        }
    };
    answer.body = String::from_utf8(body).map_err(|_| said!("https-not-utf8"))?;
    Ok(answer)
}

/// Decode a chunked body.
fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, Said> {
    let mut out = Vec::new();
    loop {
        let line_end = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or_else(|| said!("https-chunk-ended-early"))?;
        let size_text = String::from_utf8_lossy(&body[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size =
            usize::from_str_radix(size_text, 16).map_err(|_| said!("https-bad-chunk-size"))?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        if body.len() < size + 2 {
            return Err(said!("https-chunk-ended-early"));
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size + 2..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Lang;

    #[test]
    fn body_by_content_length() {
        let r = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
        assert!(complete(r));
        assert_eq!(parse_response(r).unwrap().body, "hello");
        let short = b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nhello";
        assert!(!complete(short));
        assert!(
            parse_response(short)
                .unwrap_err()
                .english()
                .contains("5 of 9")
        );
    }

    #[test]
    fn body_to_the_end_and_chunked() {
        assert_eq!(
            parse_response(b"HTTP/1.0 200 OK\r\n\r\nabc").unwrap().body,
            "abc"
        );
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        assert_eq!(parse_response(chunked).unwrap().body, "abcde");
        let broken = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n";
        assert!(parse_response(broken).is_err());
        let binary = b"HTTP/1.1 200 OK\r\n\r\n\xff\xfe";
        assert!(
            parse_response(binary)
                .unwrap_err()
                .english()
                .contains("UTF-8")
        );
    }

    #[test]
    fn other_statuses_keep_no_body() {
        let moved =
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://elsewhere.example/\r\n\r\nbye";
        let answer = parse_response(moved).unwrap();
        assert_eq!((answer.status, answer.body.as_str()), (301, ""));
        let text = answer.describe().english().into_owned();
        assert_eq!(
            text,
            "the server answered HTTP 301 Moved Permanently (to https://elsewhere.example/)"
        );
        assert!(
            text.contains("301 Moved Permanently") && text.contains("elsewhere.example"),
            "{text}"
        );
        assert!(parse_response(b"SSH-2.0-OpenSSH\r\n\r\n").is_err());
        assert!(parse_response(b"HTTP/1.1 200 OK\r\n").is_err());
    }

    /// What the autoconfig fetch says about an answer reads in Spanish and Portuguese without
    /// English words; the server's status text and addresses stay as they came.
    #[test]
    fn answers_and_failures_read_in_the_readers_language() {
        let moved =
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://elsewhere.example/\r\n\r\n";
        let gone = b"HTTP/1.1 500 Internal Server Error\r\n\r\n";
        let mut said: Vec<Said> = [&moved[..], &gone[..]]
            .iter()
            .map(|raw| parse_response(raw).unwrap().describe())
            .collect();
        for broken in [
            &b"HTTP/1.1 200 OK\r\n"[..],
            b"\r\n\r\n",
            b"SSH-2.0 OpenSSH_9.6\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nhello",
            b"HTTP/1.1 200 OK\r\n\r\n\xff\xfe",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\na",
        ] {
            said.push(parse_response(broken).unwrap_err());
        }
        said.extend([
            said!("https-no-complete-answer-in-time", seconds = "5.0"),
            said!("https-no-address", host = "autoconfig.example.org"),
            said!("https-tls", error = "invalid peer certificate"),
            said!("https-send-failed", error = "broken pipe"),
            said!("https-read-failed", error = "connection reset"),
            said!("https-too-large", kib = "256"),
        ]);
        let keys: std::collections::BTreeSet<&str> = said.iter().filter_map(Said::key).collect();
        assert_eq!(keys.len(), said.len(), "every phrase once: {keys:?}");
        for s in &said {
            let mut ours = s.clone();
            ours.texts_mut(&mut |text| *text = "x".into());
            for lang in [Lang::Es, Lang::Pt] {
                let text = ours.render(lang);
                let english = mailtriage_core::i18n::stop_list::english_words_in(&text, lang);
                assert!(english.is_empty(), "{lang:?}: {text:?} {english:?}");
            }
        }
    }
}
