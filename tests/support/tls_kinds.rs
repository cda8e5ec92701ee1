//! What the shared kit lacks for the TLS-kind tests: a server that picks its answer by the TLS
//! version a ClientHello offers (it closes on a TLS 1.2/1.3 hello, as a server that only speaks
//! TLS 1.0/1.1 does, and answers an older hello as told), optionally after a POP3 STLS or SMTP
//! STARTTLS dialogue; and a server that presents a certificate chain of any length.
//!
//! Both run on blocking threads on 127.0.0.1 with read deadlines and stop when dropped.
#![allow(dead_code)]

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

use mailtriage::lab::{Pki, ServerCert};
use rustls::pki_types::CertificateDer;
use tempfile::NamedTempFile;

/// How long a connection waits for the client's next bytes.
const READ_DEADLINE: Duration = Duration::from_secs(15);
/// The longest plain-text line read.
const MAX_LINE: usize = 4096;
/// How often the accept loop looks at the stop flag.
const ACCEPT_POLL: Duration = Duration::from_millis(10);

/// What comes before the TLS handshake.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// Nothing: TLS from the first byte.
    Nothing,
    /// A POP3 greeting, CAPA listing STLS, and `+OK` to STLS.
    Pop3Stls,
    /// An SMTP greeting, EHLO listing STARTTLS, and `220` to STARTTLS.
    SmtpStarttls,
}

/// The answer to a ClientHello offering at most TLS 1.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OldHelloAnswer {
    /// A ServerHello choosing this version, then nothing more.
    ServerHello(u16),
    /// Close the connection, as on a newer hello.
    Close,
}

#[derive(Default)]
struct PickyLog {
    connections: usize,
    /// Every plain-text line received, with the accept order of its connection (from 0).
    lines: Vec<(usize, String)>,
    /// The client version of every ClientHello received, in order.
    hello_versions: Vec<u16>,
}

/// A server that closes on a TLS 1.2/1.3 hello, like one that only speaks TLS 1.0/1.1.
pub struct VersionPickyServer {
    addr: SocketAddr,
    log: Arc<Mutex<PickyLog>>,
    stop: Arc<AtomicBool>,
}

impl VersionPickyServer {
    pub fn start(before: Before, old_hello: OldHelloAnswer) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = listener.local_addr().expect("listener address");
        let log = Arc::new(Mutex::new(PickyLog::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (accept_log, accept_stop) = (log.clone(), stop.clone());
        thread::spawn(move || {
            accept_until_stopped(&listener, &accept_stop, |tcp| {
                let log = accept_log.clone();
                let connection = {
                    let mut log = lock(&log);
                    log.connections += 1;
                    log.connections - 1
                };
                thread::spawn(move || {
                    // Errors just end the connection; the log keeps what came before.
                    let _ = serve_picky(tcp, connection, before, old_hello, &log);
                });
            })
        });
        VersionPickyServer { addr, log, stop }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn connections(&self) -> usize {
        lock(&self.log).connections
    }

    /// Every plain-text line received, on every connection.
    pub fn lines(&self) -> Vec<String> {
        lock(&self.log)
            .lines
            .iter()
            .map(|(_, line)| line.clone())
            .collect()
    }

    /// The plain-text lines received on one connection (accept order, from 0).
    pub fn lines_of(&self, connection: usize) -> Vec<String> {
        let log = lock(&self.log);
        let lines = log.lines.iter().filter(|(c, _)| *c == connection);
        lines.map(|(_, line)| line.clone()).collect()
    }

    /// The client version field of every ClientHello, in arrival order.
    pub fn hello_versions(&self) -> Vec<u16> {
        lock(&self.log).hello_versions.clone()
    }
}

impl Drop for VersionPickyServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn accept_until_stopped(
    listener: &TcpListener,
    stop: &AtomicBool,
    mut serve: impl FnMut(TcpStream),
) {
    while !stop.load(Ordering::Relaxed) {
        match listener.accept() {
            Ok((tcp, _)) => {
                if tcp.set_nonblocking(false).is_ok()
                    && tcp.set_read_timeout(Some(READ_DEADLINE)).is_ok()
                {
                    serve(tcp);
                }
            }
            Err(_) => thread::sleep(ACCEPT_POLL),
        }
    }
}

fn serve_picky(
    tcp: TcpStream,
    connection: usize,
    before: Before,
    old_hello: OldHelloAnswer,
    log: &Mutex<PickyLog>,
) -> io::Result<()> {
    let mut reader = BufReader::new(tcp.try_clone()?);
    let mut writer = tcp;
    match before {
        Before::Nothing => {}
        Before::Pop3Stls => plain_dialogue(
            &mut reader,
            &mut writer,
            (log, connection),
            "+OK POP3 ready\r\n",
            |verb| match verb {
                "CAPA" => Some("+OK\r\nSTLS\r\nUSER\r\n.\r\n"),
                "STLS" => None,
                "QUIT" => Some("+OK bye\r\n"),
                _ => Some("-ERR not now\r\n"),
            },
            "+OK begin TLS\r\n",
        )?,
        Before::SmtpStarttls => plain_dialogue(
            &mut reader,
            &mut writer,
            (log, connection),
            "220 mail.test ESMTP\r\n",
            |verb| match verb {
                "EHLO" => Some("250-mail.test\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n"),
                "STARTTLS" => None,
                "QUIT" => Some("221 bye\r\n"),
                _ => Some("502 not now\r\n"),
            },
            "220 2.0.0 ready to start TLS\r\n",
        )?,
    }
    let version = read_client_hello_version(&mut reader)?;
    lock(log).hello_versions.push(version);
    if version >= 0x0303 {
        return Ok(()); // Closes without an alert.
    }
    match old_hello {
        OldHelloAnswer::Close => Ok(()),
        OldHelloAnswer::ServerHello(chosen) => {
            writer.write_all(&server_hello(chosen))?;
            // Wait for the client to leave; it must not go on with the handshake.
            let mut rest = Vec::new();
            let _ = reader.take(64 * 1024).read_to_end(&mut rest);
            Ok(())
        }
    }
}

/// Greet, answer lines with `answer(verb)` until it returns `None` (the upgrade command), then
/// send `upgrade_reply`.
fn plain_dialogue(
    reader: &mut BufReader<TcpStream>,
    writer: &mut TcpStream,
    (log, connection): (&Mutex<PickyLog>, usize),
    greeting: &str,
    answer: impl Fn(&str) -> Option<&'static str>,
    upgrade_reply: &str,
) -> io::Result<()> {
    writer.write_all(greeting.as_bytes())?;
    loop {
        let mut line = Vec::new();
        let read = reader
            .by_ref()
            .take(MAX_LINE as u64)
            .read_until(b'\n', &mut line)?;
        if read == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let line = String::from_utf8_lossy(&line).trim_end().to_string();
        let verb = line
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        lock(log).lines.push((connection, line));
        match answer(&verb) {
            Some(reply) => writer.write_all(reply.as_bytes())?,
            None => return writer.write_all(upgrade_reply.as_bytes()),
        }
    }
}

/// Read one TLS record holding a ClientHello and return its client version field.
fn read_client_hello_version(reader: &mut impl Read) -> io::Result<u16> {
    let mut header = [0u8; 5];
    reader.read_exact(&mut header)?;
    if header[0] != 0x16 {
        return Err(io::Error::other("not a TLS handshake record"));
    }
    let mut payload = vec![0u8; usize::from(u16::from_be_bytes([header[3], header[4]]))];
    reader.read_exact(&mut payload)?;
    match payload.get(..6) {
        Some(&[0x01, _, _, _, high, low]) => Ok(u16::from_be_bytes([high, low])),
        _ => Err(io::Error::other("not a ClientHello")),
    }
}

/// A ServerHello record choosing `version` and AES128-SHA.
pub fn server_hello(version: u16) -> Vec<u8> {
    let mut body = version.to_be_bytes().to_vec();
    body.extend_from_slice(&[0x5a; 32]); // server random
    body.push(0); // no session id
    body.extend_from_slice(&[0x00, 0x2f]); // TLS_RSA_WITH_AES_128_CBC_SHA
    body.push(0); // no compression
    let mut handshake = vec![0x02, 0, 0, body.len() as u8];
    handshake.extend_from_slice(&body);
    let mut record = vec![0x16, 0x03, 0x01, 0, handshake.len() as u8];
    record.extend_from_slice(&handshake);
    record
}

/// A chain of `length` certificates from the lab's CA ([`Pki::long_chain`]): the leaf for
/// `mail.test`, `localhost` and `127.0.0.1`, intermediates each signed by the next, and the root,
/// which is also written to a PEM file for `--ca-file`. Every link is valid: only the length is
/// wrong.
pub struct LongChain {
    pub chain: Vec<CertificateDer<'static>>,
    cert: ServerCert,
    root_file: NamedTempFile,
}

impl LongChain {
    pub fn new(length: usize) -> Self {
        let pki = Pki::new("long chain root").expect("the lab's CA");
        let cert = pki
            .long_chain(&["mail.test", "localhost", "127.0.0.1"], length)
            .expect("a long chain");
        let mut root_file = NamedTempFile::with_suffix(".pem").expect("temporary CA file");
        root_file
            .write_all(pki.ca_pem().as_bytes())
            .and_then(|()| root_file.flush())
            .expect("write CA file");
        LongChain {
            chain: cert.chain.clone(),
            cert,
            root_file,
        }
    }

    pub fn root_file(&self) -> &Path {
        self.root_file.path()
    }

    fn server_config(&self) -> Arc<rustls::ServerConfig> {
        self.cert.server_config().expect("chain and key match")
    }
}

/// An implicit-TLS POP3 port presenting a [`LongChain`]: it greets once the handshake is done.
pub struct ChainServer {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl ChainServer {
    pub fn start(chain: &LongChain) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = listener.local_addr().expect("listener address");
        let stop = Arc::new(AtomicBool::new(false));
        let accept_stop = stop.clone();
        let config = chain.server_config();
        thread::spawn(move || {
            accept_until_stopped(&listener, &accept_stop, |tcp| {
                let config = config.clone();
                thread::spawn(move || {
                    let Ok(connection) = rustls::ServerConnection::new(config) else {
                        return;
                    };
                    let mut tls = rustls::StreamOwned::new(connection, tcp);
                    if tls.write_all(b"+OK POP3 ready\r\n").is_ok() {
                        let mut rest = Vec::new();
                        let _ = tls.take(64 * 1024).read_to_end(&mut rest);
                    }
                });
            })
        });
        ChainServer { addr, stop }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

impl Drop for ChainServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
