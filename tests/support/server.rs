//! The part the fake POP3 and SMTP servers share: a loopback listener on its own runtime, the
//! transport (implicit TLS, upgradable plain text, plain text), misbehaviours before the greeting,
//! bounded line I/O with deadlines, and the log of everything the client sent.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::runtime::Runtime;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

use super::certs::ServerCert;

/// The longest line a fake server accepts before it drops the connection.
pub const MAX_LINE: usize = 16 * 1024;
/// How long a fake server waits for the client's next bytes (or TLS handshake) before it gives up.
pub const IDLE_DEADLINE: Duration = Duration::from_secs(30);

/// How the port speaks.
#[derive(Clone)]
pub enum Transport {
    /// TLS from the first byte (POP3 995, SMTP 465).
    ImplicitTls(ServerCert),
    /// Plain text, offering STLS / STARTTLS to upgrade with this certificate.
    StartTls(ServerCert),
    /// Plain text, offering STLS / STARTTLS; after agreeing to upgrade it answers the client's
    /// first TLS bytes (its ClientHello) with these raw bytes and hangs up: a broken upgrade.
    StartTlsBroken(&'static [u8]),
    /// Plain text with no way to upgrade.
    Plain,
}

impl Transport {
    /// Whether the server lists STLS / STARTTLS (and agrees to it) on a plain connection.
    pub fn offers_upgrade(&self) -> bool {
        matches!(self, Transport::StartTls(_) | Transport::StartTlsBroken(_))
    }

    fn upgrade(&self) -> Upgrade {
        match self {
            Transport::StartTls(cert) => Upgrade::Tls(TlsAcceptor::from(cert.server_config())),
            Transport::StartTlsBroken(answer) => Upgrade::Raw(answer),
            Transport::ImplicitTls(_) | Transport::Plain => Upgrade::None,
        }
    }
}

/// What an agreed STLS / STARTTLS leads to.
enum Upgrade {
    /// The server cannot upgrade.
    None,
    /// A real TLS server handshake.
    Tls(TlsAcceptor),
    /// These raw bytes in answer to the ClientHello, then the connection closes.
    Raw(&'static [u8]),
}

/// What the server does between accepting a connection and greeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    /// Greet at once and answer commands.
    Normal,
    /// Accept (and finish implicit TLS), then never send a byte; read and discard until the
    /// client leaves.
    NeverGreet,
    /// Close the TCP connection right after accepting it, before any TLS.
    CloseAfterAccept,
    /// Greet after this delay, then answer commands.
    GreetAfter(Duration),
    /// Never greet: wait for the client's first bytes (a ClientHello, when it expects implicit
    /// TLS), answer them with these raw bytes and hang up. With [`Transport::Plain`] this plays
    /// a TLS server that refuses the client, e.g. with a `protocol_version` alert.
    AnswerRaw(&'static [u8]),
}

/// One line the server received, as sent (without the line ending).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// Accept order of the connection, from 0.
    pub connection: usize,
    /// Whether the line came over TLS.
    pub over_tls: bool,
    pub line: String,
}

impl Received {
    /// The command word, upper-cased (the whole line for continuation payloads).
    pub fn verb(&self) -> String {
        command_verb(&self.line)
    }
}

/// The upper-cased first word of a command line.
pub fn command_verb(line: &str) -> String {
    line.split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_uppercase()
}

/// One authentication the session judged, whatever the mechanism.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginAttempt {
    pub connection: usize,
    /// `USER/PASS`, `APOP`, `AUTH PLAIN`, `AUTH LOGIN`.
    pub method: String,
    pub user: String,
    pub over_tls: bool,
    /// The reply the server sent decided it (an override may turn a right password down).
    pub accepted: bool,
}

#[derive(Default)]
struct LogInner {
    lines: Vec<Received>,
    logins: Vec<LoginAttempt>,
    connections: usize,
    tls_handshakes: usize,
    tls_handshake_failures: usize,
}

/// Everything a fake server observed, shared between its connections and the test.
#[derive(Clone, Default)]
pub struct Log(Arc<Mutex<LogInner>>);

impl Log {
    fn inner(&self) -> MutexGuard<'_, LogInner> {
        // A panicking connection task must not hide what was logged before it.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn record_line(&self, connection: usize, over_tls: bool, line: String) {
        self.inner().lines.push(Received {
            connection,
            over_tls,
            line,
        });
    }

    pub(super) fn record_login(&self, attempt: LoginAttempt) {
        self.inner().logins.push(attempt);
    }

    fn next_connection(&self) -> usize {
        let mut inner = self.inner();
        inner.connections += 1;
        inner.connections - 1
    }

    fn record_handshake(&self, ok: bool) {
        let mut inner = self.inner();
        if ok {
            inner.tls_handshakes += 1;
        } else {
            inner.tls_handshake_failures += 1;
        }
    }

    /// Every line received so far, on every connection, in arrival order.
    pub fn lines(&self) -> Vec<Received> {
        self.inner().lines.clone()
    }

    /// The command words received so far, upper-cased.
    pub fn verbs(&self) -> Vec<String> {
        self.inner().lines.iter().map(Received::verb).collect()
    }

    /// Whether any received line starts with this command word (case-insensitive).
    pub fn received_verb(&self, verb: &str) -> bool {
        let verb = verb.to_ascii_uppercase();
        self.inner().lines.iter().any(|r| r.verb() == verb)
    }

    /// Every authentication the server judged.
    pub fn login_attempts(&self) -> Vec<LoginAttempt> {
        self.inner().logins.clone()
    }

    /// Accepted TCP connections.
    pub fn connections(&self) -> usize {
        self.inner().connections
    }

    /// Completed TLS handshakes (implicit or upgraded).
    pub fn tls_handshakes(&self) -> usize {
        self.inner().tls_handshakes
    }

    /// TLS handshakes that failed or timed out (the client rejected the certificate, sent no
    /// ClientHello, or left).
    pub fn tls_handshake_failures(&self) -> usize {
        self.inner().tls_handshake_failures
    }
}

/// What a protocol session wants done after a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Send this reply (lines joined with CRLF, no final line ending) and read on.
    Reply(String),
    /// Send this reply, then do the TLS server handshake on the same connection.
    ReplyThenTls(String),
    /// Send this reply, then close the connection.
    ReplyThenClose(String),
}

/// A command-answering state machine for one connection; it never touches the socket.
pub trait Session: Send {
    /// The first line(s) the server sends.
    fn greeting(&self) -> String;
    /// Answer one received line.
    fn on_line(&mut self, line: &str) -> Action;
    /// The connection is now encrypted (implicit TLS, or after the upgrade).
    fn on_tls(&mut self);
}

/// A connection-session factory: gets the connection number, the client's address and the log.
pub type SessionFactory = Arc<dyn Fn(usize, SocketAddr, Log) -> Box<dyn Session> + Send + Sync>;

/// A running fake server: its address and log. Stops when dropped.
pub struct ServerHandle {
    addr: SocketAddr,
    log: Log,
    runtime: Option<Runtime>,
}

impl ServerHandle {
    /// Binds 127.0.0.1:0 and serves every connection with a fresh session.
    pub fn start(transport: Transport, behaviour: Behaviour, factory: SessionFactory) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        Self::start_on(listener, transport, behaviour, factory)
    }

    /// Serves every connection to an already bound listener (a chosen address or port) with a
    /// fresh session.
    pub fn start_on(
        std_listener: std::net::TcpListener,
        transport: Transport,
        behaviour: Behaviour,
        factory: SessionFactory,
    ) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("tokio runtime for a fake server");
        std_listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = std_listener.local_addr().expect("listener address");
        let log = Log::default();
        let listener = {
            let _entered = runtime.enter();
            TcpListener::from_std(std_listener).expect("tokio listener")
        };
        let accept_log = log.clone();
        runtime.spawn(accept_loop(
            listener, transport, behaviour, factory, accept_log,
        ));
        ServerHandle {
            addr,
            log,
            runtime: Some(runtime),
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn log(&self) -> &Log {
        &self.log
    }
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            // Safe from any context, async or not; open connections are simply dropped.
            runtime.shutdown_background();
        }
    }
}

async fn accept_loop(
    listener: TcpListener,
    transport: Transport,
    behaviour: Behaviour,
    factory: SessionFactory,
    log: Log,
) {
    loop {
        let Ok((tcp, peer)) = listener.accept().await else {
            // Out of descriptors or similar: back off instead of spinning.
            tokio::time::sleep(Duration::from_millis(20)).await;
            continue;
        };
        let id = log.next_connection();
        let session = factory(id, peer, log.clone());
        let transport = transport.clone();
        let log = log.clone();
        tokio::spawn(async move {
            // Errors end the connection; the log keeps what happened before.
            let _ = serve_connection(tcp, id, transport, behaviour, session, log).await;
        });
    }
}

async fn serve_connection(
    tcp: TcpStream,
    id: usize,
    transport: Transport,
    behaviour: Behaviour,
    mut session: Box<dyn Session>,
    log: Log,
) -> io::Result<()> {
    if behaviour == Behaviour::CloseAfterAccept {
        drop(tcp);
        return Ok(());
    }
    let mut conn = LineConn::new(tcp, id, log, transport.upgrade());
    if let Transport::ImplicitTls(cert) = &transport {
        conn.handshake(TlsAcceptor::from(cert.server_config()))
            .await?;
        session.on_tls();
    }
    match behaviour {
        Behaviour::NeverGreet => return conn.discard_until_closed().await,
        Behaviour::AnswerRaw(answer) => return conn.answer_first_bytes(answer).await,
        Behaviour::GreetAfter(delay) => tokio::time::sleep(delay).await,
        Behaviour::Normal | Behaviour::CloseAfterAccept => {}
    }
    conn.send(&session.greeting()).await?;
    while let Some(line) = conn.read_line().await? {
        match session.on_line(&line) {
            Action::Reply(reply) => conn.send(&reply).await?,
            Action::ReplyThenTls(reply) => {
                conn.send(&reply).await?;
                conn.upgrade().await?;
                session.on_tls();
            }
            Action::ReplyThenClose(reply) => {
                conn.send(&reply).await?;
                return conn.shutdown().await;
            }
        }
    }
    Ok(())
}

enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
    /// Only while a handshake is in progress, or after it failed.
    Gone,
}

/// A connection that reads bounded CRLF lines and records them, and can switch to TLS.
struct LineConn {
    stream: Stream,
    buffer: Vec<u8>,
    id: usize,
    log: Log,
    upgrade: Upgrade,
}

impl LineConn {
    fn new(tcp: TcpStream, id: usize, log: Log, upgrade: Upgrade) -> Self {
        LineConn {
            stream: Stream::Plain(tcp),
            buffer: Vec::new(),
            id,
            log,
            upgrade,
        }
    }

    fn over_tls(&self) -> bool {
        matches!(self.stream, Stream::Tls(_))
    }

    async fn handshake(&mut self, acceptor: TlsAcceptor) -> io::Result<()> {
        let Stream::Plain(tcp) = std::mem::replace(&mut self.stream, Stream::Gone) else {
            return Err(io::Error::other(
                "TLS requested on a connection that is not plain",
            ));
        };
        // Bytes the client sent before the handshake must not count as encrypted input.
        self.buffer.clear();
        let result = tokio::time::timeout(IDLE_DEADLINE, acceptor.accept(tcp)).await;
        match result {
            Ok(Ok(tls)) => {
                self.log.record_handshake(true);
                self.stream = Stream::Tls(Box::new(tls));
                Ok(())
            }
            Ok(Err(e)) => {
                self.log.record_handshake(false);
                Err(e)
            }
            Err(_) => {
                self.log.record_handshake(false);
                Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "TLS handshake deadline",
                ))
            }
        }
    }

    async fn upgrade(&mut self) -> io::Result<()> {
        match &self.upgrade {
            Upgrade::Tls(acceptor) => {
                let acceptor = acceptor.clone();
                self.handshake(acceptor).await
            }
            Upgrade::Raw(answer) => {
                let answer: &'static [u8] = answer;
                // Bytes sent before the upgrade are not part of the handshake.
                self.buffer.clear();
                self.log.record_handshake(false);
                self.answer_first_bytes(answer).await?;
                Err(io::Error::other("the upgrade was answered with raw bytes"))
            }
            Upgrade::None => Err(io::Error::other(
                "this server has no certificate to upgrade with",
            )),
        }
    }

    /// Waits for the client's first bytes, answers them with `answer` unchanged, and hangs up.
    async fn answer_first_bytes(&mut self, answer: &[u8]) -> io::Result<()> {
        let mut chunk = [0u8; 4096];
        if self.read_some(&mut chunk).await? == 0 {
            return Ok(());
        }
        let write = async {
            match &mut self.stream {
                Stream::Plain(s) => {
                    s.write_all(answer).await?;
                    s.flush().await
                }
                Stream::Tls(s) => {
                    s.write_all(answer).await?;
                    s.flush().await
                }
                Stream::Gone => Err(io::Error::from(io::ErrorKind::NotConnected)),
            }
        };
        deadline(write).await?;
        self.shutdown().await
    }

    async fn send(&mut self, text: &str) -> io::Result<()> {
        let mut wire = text.replace("\r\n", "\n").replace('\n', "\r\n");
        wire.push_str("\r\n");
        let write = async {
            match &mut self.stream {
                Stream::Plain(s) => {
                    s.write_all(wire.as_bytes()).await?;
                    s.flush().await
                }
                Stream::Tls(s) => {
                    s.write_all(wire.as_bytes()).await?;
                    s.flush().await
                }
                Stream::Gone => Err(io::Error::from(io::ErrorKind::NotConnected)),
            }
        };
        deadline(write).await
    }

    async fn read_some(&mut self, chunk: &mut [u8]) -> io::Result<usize> {
        let read = async {
            match &mut self.stream {
                Stream::Plain(s) => s.read(chunk).await,
                Stream::Tls(s) => s.read(chunk).await,
                Stream::Gone => Err(io::Error::from(io::ErrorKind::NotConnected)),
            }
        };
        deadline(read).await
    }

    /// The next line without its ending, recorded in the log; `None` when the client closed.
    async fn read_line(&mut self) -> io::Result<Option<String>> {
        let mut chunk = [0u8; 4096];
        loop {
            if let Some(end) = self.buffer.iter().position(|&b| b == b'\n') {
                let raw: Vec<u8> = self.buffer.drain(..=end).collect();
                let text = String::from_utf8_lossy(&raw)
                    .trim_end_matches(['\r', '\n'])
                    .to_string();
                self.log.record_line(self.id, self.over_tls(), text.clone());
                return Ok(Some(text));
            }
            if self.buffer.len() > MAX_LINE {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "line too long"));
            }
            let n = self.read_some(&mut chunk).await?;
            if n == 0 {
                if !self.buffer.is_empty() {
                    let text = String::from_utf8_lossy(&self.buffer).to_string();
                    self.buffer.clear();
                    self.log.record_line(self.id, self.over_tls(), text);
                }
                return Ok(None);
            }
            self.buffer.extend_from_slice(&chunk[..n]);
        }
    }

    /// Stays silent, dropping whatever arrives, until the client closes or goes idle.
    async fn discard_until_closed(&mut self) -> io::Result<()> {
        let mut chunk = [0u8; 4096];
        while self.read_some(&mut chunk).await? > 0 {}
        Ok(())
    }

    async fn shutdown(&mut self) -> io::Result<()> {
        let close = async {
            match &mut self.stream {
                Stream::Plain(s) => s.shutdown().await,
                Stream::Tls(s) => s.shutdown().await,
                Stream::Gone => Ok(()),
            }
        };
        deadline(close).await
    }
}

async fn deadline<T>(io: impl Future<Output = io::Result<T>>) -> io::Result<T> {
    tokio::time::timeout(IDLE_DEADLINE, io)
        .await
        .unwrap_or_else(|_| Err(io::Error::new(io::ErrorKind::TimedOut, "idle deadline")))
}

/// Upper-cased command word and the rest of the line, trimmed.
pub fn split_command(line: &str) -> (String, &str) {
    let line = line.trim_start();
    match line.split_once(char::is_whitespace) {
        Some((verb, rest)) => (verb.to_ascii_uppercase(), rest.trim()),
        None => (line.trim_end().to_ascii_uppercase(), ""),
    }
}
