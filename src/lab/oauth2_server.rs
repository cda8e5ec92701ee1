//! A scripted OAuth2 authorization server on 127.0.0.1 for the device sign-in's tests: a device
//! authorization endpoint (`/devicecode`) and a token endpoint (`/token`) over HTTP or HTTPS
//! (a certificate of the lab's CA), answering from a script: the device-code answer, then one
//! answer per poll (`authorization_pending`, `slow_down`, `expired_token`, `access_denied`,
//! a token), one per refresh, and misbehaviours (silence, a huge answer, bytes that are not
//! HTTP). Every request is recorded with the time it came, for tests to assert on.

use std::collections::VecDeque;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// Largest request read.
const MAX_REQUEST_BYTES: usize = 64 * 1024;
/// How long a connection may take to send its request.
const READ_DEADLINE: Duration = Duration::from_secs(5);
/// How long a silent answer keeps the connection open.
const SILENCE: Duration = Duration::from_secs(60);

/// One scripted answer.
#[derive(Debug, Clone)]
pub enum Answer {
    /// A JSON body with this status.
    Json { status: u16, body: String },
    /// Read the request and say nothing.
    Silent,
    /// A JSON answer far larger than any client should read (2 MiB).
    Huge,
    /// Bytes that are not HTTP.
    NotHttp,
}

impl Answer {
    /// A device authorization answer (RFC 8628 §3.2).
    pub fn device_code(user_code: &str, interval_secs: u64, expires_in_secs: u64) -> Answer {
        Answer::Json {
            status: 200,
            body: serde_json::json!({
                "device_code": "lab-device-code",
                "user_code": user_code,
                "verification_uri": "https://login.example.test/device",
                "expires_in": expires_in_secs,
                "interval": interval_secs,
            })
            .to_string(),
        }
    }

    /// An OAuth2 error answer (`authorization_pending`, `slow_down`, …), status 400.
    pub fn error(code: &str, description: Option<&str>) -> Answer {
        let mut body = serde_json::json!({ "error": code });
        if let Some(d) = description {
            body["error_description"] = d.into();
        }
        Answer::Json {
            status: 400,
            body: body.to_string(),
        }
    }

    /// A token answer; `account` goes into an unsigned ID token's `preferred_username`.
    pub fn token(
        access: &str,
        refresh: Option<&str>,
        expires_in_secs: u64,
        account: Option<&str>,
    ) -> Answer {
        let mut body = serde_json::json!({
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": expires_in_secs,
        });
        if let Some(r) = refresh {
            body["refresh_token"] = r.into();
        }
        if let Some(a) = account {
            let enc = |v: &serde_json::Value| {
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
            };
            let head = enc(&serde_json::json!({"alg": "none"}));
            let claims = enc(&serde_json::json!({ "preferred_username": a }));
            body["id_token"] = format!("{head}.{claims}.").into();
        }
        Answer::Json {
            status: 200,
            body: body.to_string(),
        }
    }
}

/// What the server answers, in order. The last answer of a list is repeated once the list is
/// down to it.
#[derive(Debug, Clone)]
pub struct AuthScript {
    pub device: Answer,
    /// Answers to the device-code polls (`grant_type` device_code).
    pub polls: Vec<Answer>,
    /// Answers to refresh requests (`grant_type` refresh_token).
    pub refreshes: Vec<Answer>,
}

/// A request the server received.
#[derive(Debug, Clone)]
pub struct SeenRequest {
    pub path: String,
    /// The form body, decoded into pairs.
    pub form: Vec<(String, String)>,
    pub at: Instant,
}

impl SeenRequest {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

struct Queues {
    device: VecDeque<Answer>,
    polls: VecDeque<Answer>,
    refreshes: VecDeque<Answer>,
    seen: Vec<SeenRequest>,
}

/// A running scripted authorization server; stops when dropped.
pub struct AuthServer {
    addr: SocketAddr,
    tls: bool,
    state: Arc<Mutex<Queues>>,
    accept: JoinHandle<()>,
}

impl AuthServer {
    /// Bind 127.0.0.1:0 and serve `script`; over TLS when `tls` is given. Call within a tokio
    /// runtime.
    pub async fn start(
        script: AuthScript,
        tls: Option<Arc<rustls::ServerConfig>>,
    ) -> io::Result<AuthServer> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Mutex::new(Queues {
            device: VecDeque::from([script.device]),
            polls: script.polls.into(),
            refreshes: script.refreshes.into(),
            seen: Vec::new(),
        }));
        let is_tls = tls.is_some();
        let accept = tokio::spawn(accept_loop(listener, tls, Arc::clone(&state)));
        Ok(AuthServer {
            addr,
            tls: is_tls,
            state,
            accept,
        })
    }

    fn base(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    pub fn device_url(&self) -> String {
        format!("{}/devicecode", self.base())
    }

    pub fn token_url(&self) -> String {
        format!("{}/token", self.base())
    }

    /// The requests received so far, in order.
    pub fn requests(&self) -> Vec<SeenRequest> {
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .seen
            .clone()
    }
}

impl Drop for AuthServer {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

async fn accept_loop(
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    state: Arc<Mutex<Queues>>,
) {
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((tcp, _)) => {
                    let (tls, state) = (tls.clone(), Arc::clone(&state));
                    connections.spawn(async move {
                        match tls {
                            Some(config) => {
                                let acceptor = tokio_rustls::TlsAcceptor::from(config);
                                if let Ok(stream) = acceptor.accept(tcp).await {
                                    serve(stream, state).await;
                                }
                            }
                            None => serve(tcp, state).await,
                        }
                    });
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(mut stream: S, state: Arc<Mutex<Queues>>) {
    let Ok(Some((path, body))) = tokio::time::timeout(READ_DEADLINE, read_request(&mut stream))
        .await
        .unwrap_or(Ok(None))
    else {
        return;
    };
    let form = parse_form(&body);
    let answer = {
        let mut q = state.lock().unwrap_or_else(|e| e.into_inner());
        let grant = form
            .iter()
            .find(|(k, _)| k == "grant_type")
            .map(|(_, v)| v.clone());
        q.seen.push(SeenRequest {
            path: path.clone(),
            form,
            at: Instant::now(),
        });
        let queue = if path.ends_with("/devicecode") {
            &mut q.device
        } else if grant.as_deref() == Some("refresh_token") {
            &mut q.refreshes
        } else {
            &mut q.polls
        };
        if queue.len() > 1 {
            queue.pop_front()
        } else {
            queue.front().cloned()
        }
    };
    let bytes = match answer {
        Some(Answer::Json { status, body }) => http_answer(status, &body),
        Some(Answer::Huge) => {
            let filler = "x".repeat(2 * 1024 * 1024);
            http_answer(200, &format!("{{\"filler\":\"{filler}\"}}"))
        }
        Some(Answer::NotHttp) => b"220 this is not a web server\r\n".to_vec(),
        Some(Answer::Silent) => {
            tokio::time::sleep(SILENCE).await;
            return;
        }
        None => http_answer(500, "{\"error\":\"server_error\"}"),
    };
    let _ = stream.write_all(&bytes).await;
    let _ = stream.shutdown().await;
}

fn http_answer(status: u16, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status} Scripted\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// The request's path and body; `None` for anything that is not a bounded HTTP request.
async fn read_request<S: AsyncRead + Unpin>(
    stream: &mut S,
) -> io::Result<Option<(String, String)>> {
    let mut raw = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 || raw.len() + n > MAX_REQUEST_BYTES {
            return Ok(None);
        }
        raw.extend_from_slice(&chunk[..n]);
        let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&raw[..end]).into_owned();
        let length = head
            .lines()
            .find_map(|l| {
                let (name, value) = l.split_once(':')?;
                name.trim()
                    .eq_ignore_ascii_case("content-length")
                    .then(|| value.trim().parse::<usize>().ok())?
            })
            .unwrap_or(0);
        if raw.len() < end + 4 + length {
            continue;
        }
        let path = head
            .lines()
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .unwrap_or("/")
            .to_string();
        let body = String::from_utf8_lossy(&raw[end + 4..end + 4 + length]).into_owned();
        return Ok(Some((path, body)));
    }
}

/// `application/x-www-form-urlencoded` pairs.
fn parse_form(body: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}
