//! One server connection's I/O: bounded CRLF lines (a length limit and an idle deadline on
//! every read and write, so a client can never hold a server), the switch to TLS, and slow
//! writing for the drip misbehaviour. Every line received goes to the log.

use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

use super::log::Log;

/// The longest line a server reads before it drops the connection.
pub const MAX_LINE: usize = 16 * 1024;
/// How long a server waits for the client's next bytes, a TLS handshake or a write.
pub const IDLE_DEADLINE: Duration = Duration::from_secs(30);

enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
    /// During a handshake, or after it failed.
    Gone,
}

/// Write pacing: everything at once, or `bytes` at a time with `pause` between.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    pub bytes: usize,
    pub pause: Duration,
}

pub struct Conn {
    stream: Stream,
    buffer: Vec<u8>,
    id: usize,
    log: Log,
    pace: Option<Pace>,
}

impl Conn {
    pub fn new(tcp: TcpStream, id: usize, log: Log, pace: Option<Pace>) -> Conn {
        Conn {
            stream: Stream::Plain(tcp),
            buffer: Vec::new(),
            id,
            log,
            pace,
        }
    }

    fn over_tls(&self) -> bool {
        matches!(self.stream, Stream::Tls(_))
    }

    /// The TLS server handshake on this connection, logged either way.
    pub async fn handshake(&mut self, config: Arc<rustls::ServerConfig>) -> io::Result<()> {
        let Stream::Plain(tcp) = std::mem::replace(&mut self.stream, Stream::Gone) else {
            return Err(io::Error::other(
                "TLS asked for on a connection that is not plain",
            ));
        };
        // What came before the handshake is not encrypted input.
        self.buffer.clear();
        let result = deadline(async { TlsAcceptor::from(config).accept(tcp).await }).await;
        self.log.handshake(result.is_ok());
        self.stream = Stream::Tls(Box::new(result?));
        Ok(())
    }

    /// Send these lines (separated by `\n`), each ended by CRLF.
    pub async fn send_lines(&mut self, text: &str) -> io::Result<()> {
        let mut wire = text.replace("\r\n", "\n").replace('\n', "\r\n");
        wire.push_str("\r\n");
        self.send_raw(wire.as_bytes()).await
    }

    /// Send bytes as they are, paced when dripping.
    pub async fn send_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        let pace = self.pace;
        let write = async {
            match &mut self.stream {
                Stream::Plain(s) => write_paced(s, bytes, pace).await,
                Stream::Tls(s) => write_paced(s.as_mut(), bytes, pace).await,
                Stream::Gone => Err(io::Error::from(io::ErrorKind::NotConnected)),
            }
        };
        match pace {
            // Dripping is slow on purpose: the bound grows with the length.
            Some(p) => {
                let chunks = bytes.len().div_ceil(p.bytes.max(1)) as u32;
                tokio::time::timeout(IDLE_DEADLINE + p.pause * chunks, write)
                    .await
                    .unwrap_or_else(|_| Err(timed_out()))
            }
            None => deadline(write).await,
        }
    }

    async fn read_some(&mut self, chunk: &mut [u8]) -> io::Result<usize> {
        deadline(async {
            match &mut self.stream {
                Stream::Plain(s) => s.read(chunk).await,
                Stream::Tls(s) => s.read(chunk).await,
                Stream::Gone => Err(io::Error::from(io::ErrorKind::NotConnected)),
            }
        })
        .await
    }

    /// The next line without its ending, logged; `None` once the client closed.
    pub async fn read_line(&mut self) -> io::Result<Option<String>> {
        let mut chunk = [0u8; 4096];
        loop {
            if let Some(end) = self.buffer.iter().position(|&b| b == b'\n') {
                let raw: Vec<u8> = self.buffer.drain(..=end).collect();
                let text = String::from_utf8_lossy(&raw)
                    .trim_end_matches(['\r', '\n'])
                    .to_string();
                self.log.line(self.id, self.over_tls(), text.clone());
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
                    self.log.line(self.id, self.over_tls(), text);
                }
                return Ok(None);
            }
            self.buffer.extend_from_slice(&chunk[..n]);
        }
    }

    /// Wait for the client's first bytes, answer them with `answer` and close.
    pub async fn answer_first_bytes(&mut self, answer: &[u8]) -> io::Result<()> {
        let mut chunk = [0u8; 4096];
        if self.read_some(&mut chunk).await? == 0 {
            return Ok(());
        }
        self.send_raw(answer).await?;
        self.shutdown().await
    }

    /// Say nothing, dropping whatever arrives, until the client leaves or goes idle.
    pub async fn discard_until_closed(&mut self) -> io::Result<()> {
        let mut chunk = [0u8; 4096];
        while self.read_some(&mut chunk).await? > 0 {}
        Ok(())
    }

    pub async fn shutdown(&mut self) -> io::Result<()> {
        deadline(async {
            match &mut self.stream {
                Stream::Plain(s) => s.shutdown().await,
                Stream::Tls(s) => s.shutdown().await,
                Stream::Gone => Ok(()),
            }
        })
        .await
    }
}

async fn write_paced<S: AsyncRead + AsyncWrite + Unpin>(
    stream: &mut S,
    bytes: &[u8],
    pace: Option<Pace>,
) -> io::Result<()> {
    match pace {
        None => stream.write_all(bytes).await?,
        Some(p) => {
            for (i, piece) in bytes.chunks(p.bytes.max(1)).enumerate() {
                if i > 0 {
                    tokio::time::sleep(p.pause).await;
                }
                stream.write_all(piece).await?;
                stream.flush().await?;
            }
        }
    }
    stream.flush().await
}

async fn deadline<T>(io: impl Future<Output = io::Result<T>>) -> io::Result<T> {
    tokio::time::timeout(IDLE_DEADLINE, io)
        .await
        .unwrap_or_else(|_| Err(timed_out()))
}

fn timed_out() -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, "idle deadline")
}
