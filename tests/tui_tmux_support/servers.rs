//! The scripted servers' runtime, what they count, and bounded line reading shared by both.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::runtime::Runtime;

use super::{pop3, smtp};

/// Longest command line a scripted server accepts.
const MAX_LINE: u64 = 1024;
/// How long a scripted server waits for the next command before it hangs up.
const IDLE_DEADLINE: Duration = Duration::from_secs(30);
/// Most commands kept in a server's log.
const MAX_LOG: usize = 2000;

/// What one scripted server saw.
#[derive(Default)]
pub struct Stats {
    closed: AtomicUsize,
    logins: AtomicUsize,
    forbidden: AtomicUsize,
    log: Mutex<Vec<String>>,
}

impl Stats {
    /// Sessions that ended (the client quit or hung up).
    pub fn closed(&self) -> usize {
        self.closed.load(Ordering::SeqCst)
    }

    /// Passwords tried (POP3 PASS, SMTP AUTH).
    pub fn logins(&self) -> usize {
        self.logins.load(Ordering::SeqCst)
    }

    /// Commands that would change or read mail (DELE, RETR, TOP, DATA): never allowed.
    pub fn forbidden(&self) -> usize {
        self.forbidden.load(Ordering::SeqCst)
    }

    /// Every command received, passwords masked, for failure messages.
    pub fn log(&self) -> String {
        self.log.lock().map(|l| l.join("\n")).unwrap_or_default()
    }

    pub(super) fn note(&self, line: String) {
        if let Ok(mut log) = self.log.lock()
            && log.len() < MAX_LOG
        {
            log.push(line);
        }
    }

    pub(super) fn count_login(&self) {
        self.logins.fetch_add(1, Ordering::SeqCst);
    }

    pub(super) fn count_forbidden(&self) {
        self.forbidden.fetch_add(1, Ordering::SeqCst);
    }
}

/// One listening scripted server.
pub struct ServerHandle {
    pub port: u16,
    pub stats: Arc<Stats>,
}

/// A scripted POP3 and a scripted SMTP server on 127.0.0.1, both accepting `user` with
/// `password` only. They stop when this is dropped.
pub struct Servers {
    pub pop3: ServerHandle,
    pub smtp: ServerHandle,
    _runtime: Runtime,
}

/// The account the scripted servers accept.
#[derive(Clone)]
pub struct Account {
    pub user: String,
    pub password: String,
}

impl Servers {
    pub fn start(account: Account) -> Servers {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("start the scripted servers' runtime");
        let pop3 = listen(&runtime, account.clone(), pop3::session);
        let smtp = listen(&runtime, account, smtp::session);
        Servers {
            pop3,
            smtp,
            _runtime: runtime,
        }
    }
}

/// A loopback port where nothing listens (bound, then released).
pub fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    listener.local_addr().expect("local address").port()
}

fn listen<F, Fut>(runtime: &Runtime, account: Account, session: F) -> ServerHandle
where
    F: Fn(Connection, Account) -> Fut + Send + Copy + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let listener = runtime
        .block_on(TcpListener::bind("127.0.0.1:0"))
        .expect("bind a scripted server");
    let port = listener.local_addr().expect("local address").port();
    let stats = Arc::new(Stats::default());
    let shared = Arc::clone(&stats);
    runtime.spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (read, write) = stream.into_split();
            let connection = Connection {
                reader: BufReader::new(read),
                writer: write,
                stats: Arc::clone(&shared),
            };
            let account = account.clone();
            let stats = Arc::clone(&shared);
            tokio::spawn(async move {
                session(connection, account).await;
                stats.closed.fetch_add(1, Ordering::SeqCst);
            });
        }
    });
    ServerHandle { port, stats }
}

/// One client connection of a scripted server.
pub struct Connection {
    reader: BufReader<OwnedReadHalf>,
    writer: OwnedWriteHalf,
    pub stats: Arc<Stats>,
}

impl Connection {
    /// The next command line without its line end; `None` when the client hung up, went
    /// silent past the deadline or sent an overlong line.
    pub async fn command(&mut self) -> Option<String> {
        let mut buf = Vec::new();
        let mut bounded = (&mut self.reader).take(MAX_LINE);
        let read = bounded.read_until(b'\n', &mut buf);
        match tokio::time::timeout(IDLE_DEADLINE, read).await {
            Ok(Ok(n)) if n > 0 && buf.ends_with(b"\n") => {
                let line = String::from_utf8_lossy(&buf);
                Some(line.trim_end_matches(['\r', '\n']).to_string())
            }
            _ => None,
        }
    }

    /// Send reply lines, each ended with CRLF. False when the client is gone.
    pub async fn reply(&mut self, lines: &[&str]) -> bool {
        let mut out = String::new();
        for line in lines {
            out.push_str(line);
            out.push_str("\r\n");
        }
        self.writer.write_all(out.as_bytes()).await.is_ok()
    }
}

/// The command word in upper case and the rest of the line.
pub fn split_command(line: &str) -> (String, &str) {
    match line.split_once(' ') {
        Some((verb, rest)) => (verb.to_ascii_uppercase(), rest),
        None => (line.to_ascii_uppercase(), ""),
    }
}
