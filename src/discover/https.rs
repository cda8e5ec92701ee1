//! A small HTTPS GET for the autoconfig file: one request over TLS with the engine's certificate
//! checks (the same trust roots and `--ca-file` as the probes), no redirects, a deadline for the
//! whole exchange and a bound on the response size.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::model::Evidence;
use crate::probe::connect::connect;
use crate::probe::tls::TlsContext;
use crate::sanitize::sanitize_str;

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
    /// `HTTP 301 Moved Permanently (to https://…)`.
    pub fn describe(&self) -> String {
        let location = self
            .location
            .as_deref()
            .map(|l| format!(" (to {l})"))
            .unwrap_or_default();
        format!(
            "the server answered HTTP {} {}{location}",
            self.status, self.reason
        )
    }
}

/// GET `target` and return the answer, all within `deadline`.
pub async fn get(
    target: &Target<'_>,
    tls: &TlsContext,
    deadline: Duration,
) -> Result<Response, String> {
    match tokio::time::timeout(deadline, exchange(target, tls, deadline)).await {
        Ok(result) => result,
        Err(_) => Err(format!(
            "no complete answer within {:.1} s",
            deadline.as_secs_f64()
        )),
    }
}

async fn exchange(
    target: &Target<'_>,
    tls: &TlsContext,
    deadline: Duration,
) -> Result<Response, String> {
    let mut last_error = format!("{} has no address", target.host);
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
        .map_err(|e| format!("TLS: {e}"))?;
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
        .map_err(|e| format!("sending the request: {e}"))?;
    let mut response: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match tls_stream.read(&mut chunk).await {
            Ok(0) => break,
            Ok(n) => {
                if response.len() + n > MAX_RESPONSE_BYTES {
                    return Err(format!(
                        "the answer is larger than {} KiB",
                        MAX_RESPONSE_BYTES / 1024
                    ));
                }
                response.extend_from_slice(&chunk[..n]);
                if complete(&response) {
                    break;
                }
            }
            // Many web servers close without TLS's closing message; what arrived still counts.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(format!("reading the answer: {e}")),
        }
    }
    parse_response(&response)
}

fn evidence_text(evidence: &Evidence) -> String {
    match evidence {
        Evidence::Io { message, .. } | Evidence::Tls { message, .. } => {
            message.english().into_owned()
        }
        other => format!("{other:?}"),
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
pub fn parse_response(response: &[u8]) -> Result<Response, String> {
    let end = header_end(response).ok_or("the server sent no complete HTTP answer")?;
    let head = String::from_utf8_lossy(&response[..end]);
    let status_line = head.lines().next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let (Some(version), Some(code)) = (parts.next(), parts.next()) else {
        return Err("the server sent no HTTP status line".into());
    };
    let status = code
        .parse::<u16>()
        .ok()
        .filter(|_| version.starts_with("HTTP/"))
        .ok_or_else(|| {
            format!(
                "not an HTTP answer: \"{}\"",
                sanitize_str(&status_line.chars().take(60).collect::<String>())
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
                return Err(format!(
                    "the answer ended after {} of {len} bytes",
                    body.len()
                ));
            }
            Some(len) => body[..len].to_vec(),
            None => body.to_vec(),
        }
    };
    answer.body =
        String::from_utf8(body).map_err(|_| "the answer is not UTF-8 text".to_string())?;
    Ok(answer)
}

/// Decode a chunked body.
fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let line_end = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or("a chunked answer ended early")?;
        let size_text = String::from_utf8_lossy(&body[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| "a chunked answer has a bad chunk size".to_string())?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        if body.len() < size + 2 {
            return Err("a chunked answer ended early".into());
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size + 2..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_by_content_length() {
        let r = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
        assert!(complete(r));
        assert_eq!(parse_response(r).unwrap().body, "hello");
        let short = b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nhello";
        assert!(!complete(short));
        assert!(parse_response(short).unwrap_err().contains("5 of 9"));
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
        assert!(parse_response(binary).unwrap_err().contains("UTF-8"));
    }

    #[test]
    fn other_statuses_keep_no_body() {
        let moved =
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://elsewhere.example/\r\n\r\nbye";
        let answer = parse_response(moved).unwrap();
        assert_eq!((answer.status, answer.body.as_str()), (301, ""));
        let text = answer.describe();
        assert!(
            text.contains("301 Moved Permanently") && text.contains("elsewhere.example"),
            "{text}"
        );
        assert!(parse_response(b"SSH-2.0-OpenSSH\r\n\r\n").is_err());
        assert!(parse_response(b"HTTP/1.1 200 OK\r\n").is_err());
    }
}
