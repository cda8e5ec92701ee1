//! A small HTTP/1.1 client for the authorization server's two endpoints: one POST per
//! connection, over TLS (the ring provider, the run's trust roots) or, to a loopback address
//! only, plain TCP. Every request has a deadline and every answer a size bound.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use oauth2::http::{self, HeaderMap, HeaderName, HeaderValue, StatusCode};
use oauth2::{HttpRequest, HttpResponse};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::model::Said;
use crate::probe::tls::Trust;
use mailtriage_core::said;

/// Largest answer read from an authorization server (headers and body together).
pub const MAX_RESPONSE_BYTES: usize = 64 * 1024;

/// Deadline of one request, connection to last byte, unless the caller sets another.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// Why a request got no usable answer. Carries no request or response body, so it can be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError {
    /// The URL is not `https://` (or `http://` to a loopback address).
    Url(String),
    /// Plain HTTP to an address that is not loopback.
    PlainNotLoopback(String),
    Connect(String),
    Tls(String),
    /// No complete answer before the deadline.
    Deadline(Duration),
    /// The answer is larger than [`MAX_RESPONSE_BYTES`].
    TooLarge,
    /// The answer is not HTTP/1.x as this client reads it.
    Malformed(BadAnswer),
}

/// What is wrong with a request or an answer that is not HTTP/1.x as this client writes and
/// reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadAnswer {
    RequestHeaderNotText,
    HeadersNotText,
    NoStatusLine,
    NoStatusCode,
    HeaderWithoutColon,
    BadHeaderName,
    BadHeaderValue,
    EndedInHeaders,
    BrokenChunks,
}

impl BadAnswer {
    /// In the reader's words.
    pub fn said(self) -> Said {
        match self {
            BadAnswer::RequestHeaderNotText => said!("oauth2-http-request-header-not-text"),
            BadAnswer::HeadersNotText => said!("oauth2-http-headers-not-text"),
            BadAnswer::NoStatusLine => said!("oauth2-http-no-status-line"),
            BadAnswer::NoStatusCode => said!("oauth2-http-no-status-code"),
            BadAnswer::HeaderWithoutColon => said!("oauth2-http-header-without-colon"),
            BadAnswer::BadHeaderName => said!("oauth2-http-bad-header-name"),
            BadAnswer::BadHeaderValue => said!("oauth2-http-bad-header-value"),
            BadAnswer::EndedInHeaders => said!("oauth2-http-ended-in-headers"),
            BadAnswer::BrokenChunks => said!("oauth2-http-broken-chunks"),
        }
    }
}

impl HttpError {
    /// In the reader's words; the system's and the TLS library's own words are data in it.
    pub fn said(&self) -> Said {
        match self {
            HttpError::Url(u) => said!("oauth2-http-not-https", url = u),
            HttpError::PlainNotLoopback(u) => said!("oauth2-http-plain-not-loopback", url = u),
            HttpError::Connect(e) => said!("oauth2-http-connect", error = e),
            HttpError::Tls(e) => said!("oauth2-http-tls", error = e),
            HttpError::Deadline(d) => {
                said!(
                    "oauth2-http-deadline",
                    seconds = d.as_secs_f64().to_string()
                )
            }
            HttpError::TooLarge => {
                said!(
                    "oauth2-http-too-large",
                    limit = MAX_RESPONSE_BYTES.to_string()
                )
            }
            HttpError::Malformed(problem) => {
                said!("oauth2-http-malformed", problem = problem.said())
            }
        }
    }
}

/// English, for logs and tests; people read [`HttpError::said`] in their language.
impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said().english())
    }
}

impl std::error::Error for HttpError {}

/// The client: a TLS configuration and a deadline, shared by every request of a sign-in.
#[derive(Clone)]
pub struct HttpClient {
    tls: Arc<rustls::ClientConfig>,
    timeout: Duration,
}

impl HttpClient {
    /// A client trusting the webpki and system roots plus `extra_ca_pem` (`--ca-file`).
    pub fn new(extra_ca_pem: Option<&[u8]>, timeout: Duration) -> Result<HttpClient, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let trust = Trust::new(provider.clone(), extra_ca_pem)?;
        let verifier = trust.verifier()?;
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?
            .with_webpki_verifier(verifier)
            .with_no_client_auth();
        Ok(HttpClient {
            tls: Arc::new(tls),
            timeout,
        })
    }

    /// Send one request and read the whole answer, within the deadline.
    pub async fn send(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let timeout = self.timeout;
        match tokio::time::timeout(timeout, self.send_unbounded(request)).await {
            Ok(answer) => answer,
            Err(_) => Err(HttpError::Deadline(timeout)),
        }
    }

    async fn send_unbounded(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let target = Target::of(request.uri())?;
        let tcp = TcpStream::connect((target.host.as_str(), target.port))
            .await
            .map_err(|e| HttpError::Connect(e.to_string()))?;
        if target.tls {
            let name = pki_types::ServerName::try_from(target.host.clone())
                .map_err(|e| HttpError::Url(e.to_string()))?;
            let stream = tokio_rustls::TlsConnector::from(self.tls.clone())
                .connect(name, tcp)
                .await
                .map_err(|e| HttpError::Tls(e.to_string()))?;
            exchange(stream, &target, &request).await
        } else {
            exchange(tcp, &target, &request).await
        }
    }
}

/// Where a request goes.
struct Target {
    tls: bool,
    host: String,
    port: u16,
    /// Path and query.
    path: String,
    /// The Host header.
    authority: String,
}

impl Target {
    fn of(uri: &http::Uri) -> Result<Target, HttpError> {
        let shown = uri.to_string();
        let tls = match uri.scheme_str() {
            Some("https") => true,
            Some("http") => false,
            _ => return Err(HttpError::Url(shown)),
        };
        let host = uri
            .host()
            .ok_or_else(|| HttpError::Url(shown.clone()))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        if !tls && !is_loopback(&host) {
            return Err(HttpError::PlainNotLoopback(shown));
        }
        let port = uri.port_u16().unwrap_or(if tls { 443 } else { 80 });
        let path = uri
            .path_and_query()
            .map_or("/".to_string(), |p| p.as_str().to_string());
        let authority = uri
            .authority()
            .map_or(host.clone(), |a| a.as_str().to_string());
        Ok(Target {
            tls,
            host,
            port,
            path,
            authority,
        })
    }
}

/// True for `localhost` and the loopback addresses (127.0.0.0/8, ::1).
pub fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

async fn exchange<S>(
    mut stream: S,
    target: &Target,
    request: &HttpRequest,
) -> Result<HttpResponse, HttpError>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let io = |e: std::io::Error| HttpError::Connect(e.to_string());
    let mut head = format!(
        "{} {} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
        request.method(),
        target.path,
        target.authority,
        request.body().len()
    );
    for (name, value) in request.headers() {
        if name == http::header::HOST || name == http::header::CONTENT_LENGTH {
            continue;
        }
        let value = value
            .to_str()
            .map_err(|_| HttpError::Malformed(BadAnswer::RequestHeaderNotText))?;
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.map_err(io)?;
    stream.write_all(request.body()).await.map_err(io)?;
    stream.flush().await.map_err(io)?;

    let mut raw = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = match stream.read(&mut chunk).await {
            Ok(n) => n,
            // Servers that close without a TLS close_notify: what arrived is the answer.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => 0,
            Err(e) => return Err(io(e)),
        };
        if n == 0 {
            break;
        }
        if raw.len() + n > MAX_RESPONSE_BYTES {
            return Err(HttpError::TooLarge);
        }
        raw.extend_from_slice(&chunk[..n]);
        if let Some(done) = complete_length(&raw)
            && raw.len() >= done
        {
            raw.truncate(done);
            break;
        }
    }
    parse_response(&raw)
}

/// Where the headers end (the index after the blank line).
fn header_end(raw: &[u8]) -> Option<usize> {
    raw.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

/// The whole answer's length when its headers give a Content-Length.
fn complete_length(raw: &[u8]) -> Option<usize> {
    let end = header_end(raw)?;
    let (_, headers) = parse_head(&raw[..end]).ok()?;
    let length = headers
        .get(http::header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse::<usize>()
        .ok()?;
    Some(end + length)
}

fn parse_head(head: &[u8]) -> Result<(StatusCode, HeaderMap), HttpError> {
    let text =
        std::str::from_utf8(head).map_err(|_| HttpError::Malformed(BadAnswer::HeadersNotText))?;
    let mut lines = text.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next().unwrap_or_default();
    if !version.starts_with("HTTP/1.") {
        return Err(HttpError::Malformed(BadAnswer::NoStatusLine));
    }
    let status = parts
        .next()
        .and_then(|code| code.parse::<u16>().ok())
        .and_then(|code| StatusCode::from_u16(code).ok())
        .ok_or(HttpError::Malformed(BadAnswer::NoStatusCode))?;
    let mut headers = HeaderMap::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line
            .split_once(':')
            .ok_or(HttpError::Malformed(BadAnswer::HeaderWithoutColon))?;
        let name = HeaderName::from_bytes(name.trim().as_bytes())
            .map_err(|_| HttpError::Malformed(BadAnswer::BadHeaderName))?;
        let value = HeaderValue::from_str(value.trim())
            .map_err(|_| HttpError::Malformed(BadAnswer::BadHeaderValue))?;
        headers.append(name, value);
    }
    Ok((status, headers))
}

/// Status, headers and body (chunked transfer coding undone).
fn parse_response(raw: &[u8]) -> Result<HttpResponse, HttpError> {
    let end = header_end(raw).ok_or(HttpError::Malformed(BadAnswer::EndedInHeaders))?;
    let (status, headers) = parse_head(&raw[..end])?;
    let chunked = headers
        .get(http::header::TRANSFER_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        dechunk(&raw[end..])?
    } else {
        raw[end..].to_vec()
    };
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    Ok(response)
}

/// Undo the chunked transfer coding (RFC 9112 §7.1); trailers are ignored.
fn dechunk(mut rest: &[u8]) -> Result<Vec<u8>, HttpError> {
    let bad = || HttpError::Malformed(BadAnswer::BrokenChunks);
    let mut body = Vec::new();
    loop {
        let line_end = rest.windows(2).position(|w| w == b"\r\n").ok_or_else(bad)?;
        let size_text = std::str::from_utf8(&rest[..line_end]).map_err(|_| bad())?;
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| bad())?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        if rest.len() < size + 2 {
            return Err(bad());
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_chunked_answer() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3;x=y\r\n:1}\r\n0\r\n\r\n";
        let answer = parse_response(raw).unwrap();
        assert_eq!(answer.status(), StatusCode::OK);
        assert_eq!(answer.body(), b"{\"a\":1}");
    }

    #[test]
    fn a_content_length_ends_the_answer() {
        let raw = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\n\r\n{}";
        assert_eq!(complete_length(raw), Some(raw.len()));
        assert_eq!(parse_response(raw).unwrap().body(), b"{}");
    }

    #[test]
    fn broken_answers_are_errors() {
        for raw in [
            &b"SMTP 220 hello\r\n\r\n"[..],
            b"HTTP/1.1 200 OK\r\nno colon\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"HTTP/1.1 200 OK\r\n",
        ] {
            assert!(matches!(parse_response(raw), Err(HttpError::Malformed(_))));
        }
    }

    #[test]
    fn plain_http_only_to_loopback() {
        let uri = |s: &str| s.parse::<http::Uri>().unwrap();
        assert!(Target::of(&uri("http://127.0.0.1:8080/token")).is_ok());
        assert!(Target::of(&uri("http://[::1]:8080/token")).is_ok());
        assert!(matches!(
            Target::of(&uri("http://login.example.test/token")),
            Err(HttpError::PlainNotLoopback(_))
        ));
        assert!(matches!(
            Target::of(&uri("ftp://127.0.0.1/")),
            Err(HttpError::Url(_))
        ));
        let t = Target::of(&uri("https://login.example.test/t/oauth2/v2.0/token?x=1")).unwrap();
        assert_eq!((t.port, t.path.as_str()), (443, "/t/oauth2/v2.0/token?x=1"));
    }
}
