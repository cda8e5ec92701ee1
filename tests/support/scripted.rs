//! Shared by the hostile-server, leak and lock-out tests: the runner's guard and memory bound for
//! them ([`GUARD`], [`MAX_RSS_KIB`], [`Run::assert_well_behaved`]; the runner is
//! [`super::run`]), and hand-scripted servers on loopback (plain or TLS, with a certificate made
//! for the test) for what the product's lab does not serve: floods, resets mid-handshake,
//! hostile certificates, SASL challenges that say the password back, IPv6.
#![allow(dead_code)]
#![allow(unsafe_code)] // libc calls the standard library does not offer

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use mailtriage::lab::{CertKind, Pki};
use rustls::{ServerConfig, ServerConnection, StreamOwned};
use serde_json::Value;

/// Longest a run of the binary may take before it counts as hung.
pub const GUARD: Duration = Duration::from_secs(30);
/// Peak resident memory a run may reach. A normal run stays far below (it is measured by
/// `baseline_memory_is_far_below_the_bound` in the hostile tests); the hostile servers send
/// hundreds of megabytes, so a buffer without a bound would cross it.
pub const MAX_RSS_KIB: i64 = 64 * 1024;
/// Longest a server keeps one connection: every read and write has this deadline too.
pub const CONNECTION_LIFETIME: Duration = Duration::from_secs(25);
/// Longest line a server reads from the client.
const MAX_CLIENT_LINE: usize = 64 * 1024;

pub use super::run::{Run, mailtriage};

/// Run `cmd` to its end under [`GUARD`] (see [`super::run::run_within`]).
pub fn run(cmd: Command) -> Run {
    super::run::run_within(cmd, GUARD)
}

impl Run {
    /// Ended in time, by itself, with exit code 0 or 1, without a panic, within the memory bound,
    /// and printed nothing a terminal would interpret.
    pub fn assert_well_behaved(&self) {
        eprintln!(
            "run: exit {:?}, {:.2} s, peak {} KiB",
            self.code,
            self.wall.as_secs_f64(),
            self.max_rss_kib
        );
        assert!(
            !self.hung,
            "still running after {GUARD:?}; stdout so far:\n{}",
            self.stdout_text()
        );
        assert!(
            matches!(self.code, Some(0 | 1)),
            "exit code {:?}, signal {:?}; stderr:\n{}",
            self.code,
            self.signal,
            self.stderr_text()
        );
        assert!(
            !self.stderr_text().contains("panicked"),
            "stderr: {}",
            self.stderr_text()
        );
        assert!(
            self.max_rss_kib < MAX_RSS_KIB,
            "peak memory {} KiB, bound {MAX_RSS_KIB} KiB",
            self.max_rss_kib
        );
        assert_terminal_safe("stdout", &self.stdout);
        assert_terminal_safe("stderr", &self.stderr);
    }
}

/// Valid UTF-8 with no control character but line feeds: no ESC, BEL, CR, C1 controls, DEL.
pub fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what} is not UTF-8: {e}"));
    if let Some((i, c)) = text
        .char_indices()
        .find(|(_, c)| c.is_control() && *c != '\n')
    {
        let around = &text[text.floor_char_boundary(i.saturating_sub(60))..i];
        panic!("{what} holds control character {c:?} after: {around:?}");
    }
}

/// A panel of the JSON document.
pub use super::assertions::panel;

/// The last step of a kind in a panel, if any (the assertions' `step` fails instead).
pub fn step<'a>(doc: &'a Value, panel_name: &str, kind: &str) -> Option<&'a Value> {
    panel(doc, panel_name)["steps"]
        .as_array()
        .and_then(|s| s.iter().rev().find(|s| s["step"] == kind))
}

/// The status of the last step of a kind, or "absent".
pub fn status(doc: &Value, panel_name: &str, kind: &str) -> String {
    step(doc, panel_name, kind)
        .and_then(|s| s["status"].as_str())
        .unwrap_or("absent")
        .to_string()
}

/// The TLS side of a test server: the lab's CA (its PEM for `--ca-file`) and a server
/// configuration with the lab's valid certificate for `name`.
pub struct TestTls {
    pub name: String,
    pub ca_pem: String,
    pub config: Arc<ServerConfig>,
}

impl TestTls {
    /// A CA and a valid certificate for `name`, both from the lab.
    pub fn new(name: &str) -> TestTls {
        let pki = Pki::new("mailtriage test CA").expect("CA");
        let config = pki
            .server_cert(CertKind::Valid, &[name])
            .and_then(|cert| cert.server_config())
            .expect("server configuration");
        TestTls {
            name: name.to_string(),
            ca_pem: pki.ca_pem().to_string(),
            config,
        }
    }

    /// Write the CA to a file in `dir` for `--ca-file`.
    pub fn ca_file(&self, dir: &std::path::Path) -> PathBuf {
        let path = dir.join("ca.pem");
        std::fs::write(&path, &self.ca_pem).expect("CA file written");
        path
    }
}

/// The connection to the client, plain or after a TLS upgrade.
enum Stream {
    Plain(TcpStream),
    Tls(Box<StreamOwned<ServerConnection, TcpStream>>),
    Gone,
}

/// One line the client sent, with the number of the connection it came on (from 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub conn: usize,
    pub line: String,
}

/// One accepted connection, as a script sees it.
pub struct Peer {
    stream: Stream,
    /// Number of the connection on its server, from 0.
    pub conn: usize,
    log: Arc<Mutex<Vec<Received>>>,
    ends: Instant,
}

impl Peer {
    fn tcp(&self) -> Option<&TcpStream> {
        match &self.stream {
            Stream::Plain(s) => Some(s),
            Stream::Tls(s) => Some(&s.sock),
            Stream::Gone => None,
        }
    }

    /// Time left of [`CONNECTION_LIFETIME`]; zero once it is over.
    pub fn time_left(&self) -> Duration {
        self.ends.saturating_duration_since(Instant::now())
    }

    fn arm_timeouts(&self) -> bool {
        let left = self.time_left();
        if left.is_zero() {
            return false;
        }
        self.tcp().is_some_and(|t| {
            t.set_read_timeout(Some(left)).is_ok() && t.set_write_timeout(Some(left)).is_ok()
        })
    }

    /// Send bytes; false once the client is gone or the lifetime is over.
    pub fn send(&mut self, data: &[u8]) -> bool {
        if !self.arm_timeouts() {
            return false;
        }
        let ok = match &mut self.stream {
            Stream::Plain(s) => s.write_all(data).and_then(|()| s.flush()),
            Stream::Tls(s) => s.write_all(data).and_then(|()| s.flush()),
            Stream::Gone => return false,
        };
        ok.is_ok()
    }

    /// Read up to `max` bytes of whatever arrives next; empty at the end.
    pub fn read_some(&mut self, max: usize) -> Vec<u8> {
        if !self.arm_timeouts() {
            return Vec::new();
        }
        let mut buf = vec![0u8; max];
        let n = match &mut self.stream {
            Stream::Plain(s) => s.read(&mut buf),
            Stream::Tls(s) => s.read(&mut buf),
            Stream::Gone => return Vec::new(),
        };
        buf.truncate(n.unwrap_or(0));
        buf
    }

    /// The next line from the client, without CRLF, logged; `None` at the end. Read one byte at
    /// a time, so nothing past the line is consumed before a TLS upgrade.
    pub fn line(&mut self) -> Option<String> {
        let mut line = Vec::new();
        loop {
            let byte = self.read_some(1);
            match byte.first() {
                None => return None,
                Some(b'\n') => break,
                Some(&b) => line.push(b),
            }
            if line.len() > MAX_CLIENT_LINE {
                return None;
            }
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        let line = String::from_utf8_lossy(&line).into_owned();
        if let Ok(mut log) = self.log.lock() {
            log.push(Received {
                conn: self.conn,
                line: line.clone(),
            });
        }
        Some(line)
    }

    /// Read until the client closes (or the lifetime ends), discarding.
    pub fn drain(&mut self) {
        while !self.read_some(4096).is_empty() {}
    }

    /// Upgrade to TLS as the server side; false when the handshake fails.
    pub fn start_tls(&mut self, config: &Arc<ServerConfig>) -> bool {
        let Stream::Plain(tcp) = std::mem::replace(&mut self.stream, Stream::Gone) else {
            return false;
        };
        let Ok(conn) = ServerConnection::new(Arc::clone(config)) else {
            return false;
        };
        let mut tls = StreamOwned::new(conn, tcp);
        if !self.arm_timeouts_on(&tls.sock) {
            return false;
        }
        while tls.conn.is_handshaking() {
            if tls.conn.complete_io(&mut tls.sock).is_err() {
                return false;
            }
        }
        self.stream = Stream::Tls(Box::new(tls));
        true
    }

    fn arm_timeouts_on(&self, tcp: &TcpStream) -> bool {
        let left = self.time_left();
        !left.is_zero()
            && tcp.set_read_timeout(Some(left)).is_ok()
            && tcp.set_write_timeout(Some(left)).is_ok()
    }

    /// Close with a TCP reset instead of a FIN.
    pub fn reset(&mut self) {
        if let Stream::Plain(tcp) = std::mem::replace(&mut self.stream, Stream::Gone) {
            set_zero_linger(&tcp);
            drop(tcp);
        }
    }
}

fn set_zero_linger(tcp: &TcpStream) {
    use std::os::fd::AsRawFd;
    let linger = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    // SAFETY: a valid socket descriptor and a correctly sized option value.
    unsafe {
        libc::setsockopt(
            tcp.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            (&linger as *const libc::linger).cast(),
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        );
    }
}

/// What a script does with a connection.
pub type Script = Arc<dyn Fn(&mut Peer) + Send + Sync>;

/// A server on loopback running `script` for every connection (the network panel and the TLS
/// race open extra ones), each on its own thread. Stops accepting when dropped.
pub struct Server {
    pub addr: SocketAddr,
    log: Arc<Mutex<Vec<Received>>>,
    connections: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(script: impl Fn(&mut Peer) + Send + Sync + 'static) -> Server {
        Server::start_on(IpAddr::V4(Ipv4Addr::LOCALHOST), Arc::new(script))
    }

    pub fn start_v6(script: impl Fn(&mut Peer) + Send + Sync + 'static) -> Server {
        Server::start_on(IpAddr::V6(Ipv6Addr::LOCALHOST), Arc::new(script))
    }

    fn start_on(ip: IpAddr, script: Script) -> Server {
        let listener = TcpListener::bind(SocketAddr::new(ip, 0)).expect("loopback port");
        let addr = listener.local_addr().expect("bound address");
        let log = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        {
            let (log, connections, stop) = (log.clone(), connections.clone(), stop.clone());
            thread::spawn(move || {
                for tcp in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(tcp) = tcp else { continue };
                    let conn = connections.fetch_add(1, Ordering::SeqCst);
                    let (log, script) = (log.clone(), script.clone());
                    thread::spawn(move || {
                        let mut peer = Peer {
                            stream: Stream::Plain(tcp),
                            conn,
                            log,
                            ends: Instant::now() + CONNECTION_LIFETIME,
                        };
                        script(&mut peer);
                    });
                }
            });
        }
        Server {
            addr,
            log,
            connections,
            stop,
        }
    }

    pub fn port(&self) -> String {
        self.addr.port().to_string()
    }

    /// `127.0.0.1:PORT`.
    pub fn hostport(&self) -> String {
        self.addr.to_string()
    }

    /// Every line clients sent, in order.
    pub fn received(&self) -> Vec<Received> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

/// The first word of a command, upper-cased.
pub fn verb(line: &str) -> String {
    line.split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_uppercase()
}

/// Answers each line by its verb until the client leaves: QUIT with `bye`, then a hang-up; any
/// other with `reply(verb)`, nothing when that is empty.
pub fn answer_by_verb(peer: &mut Peer, bye: &[u8], mut reply: impl FnMut(&str) -> Vec<u8>) {
    while let Some(line) = peer.line() {
        let verb = verb(&line);
        if verb == "QUIT" {
            peer.send(bye);
            return;
        }
        let reply = reply(&verb);
        if !reply.is_empty() && !peer.send(&reply) {
            return;
        }
    }
}

/// A POP3 server that greets, lists its capabilities and says goodbye: for the rows the lab
/// cannot serve (it listens on 127.0.0.1 only), such as an IPv6-only one.
pub fn greeting_pop3(peer: &mut Peer) {
    if peer.send(b"+OK POP3 ready\r\n") {
        answer_by_verb(peer, b"+OK bye\r\n", |verb| match verb {
            "CAPA" => b"+OK\r\nUSER\r\nUIDL\r\n.\r\n".to_vec(),
            _ => b"-ERR unknown command\r\n".to_vec(),
        });
    }
}
