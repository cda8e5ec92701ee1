//! A TCP connection that acknowledges what it receives at once.
//!
//! A server that leaves Nagle's algorithm on holds a small write back until its previous one
//! is acknowledged, and the client's kernel delays acknowledgements by up to 40 ms (Linux) while
//! it has nothing to send. Postfix after STARTTLS is one such server: its second session ticket
//! and its EHLO reply waited for that timer in about half of the loopback checks, adding 40 to
//! 45 ms to a 5 ms exchange. After every read that brings data this stream asks the kernel to
//! acknowledge at once (`TCP_QUICKACK`, which Linux clears again on its own), so the server's
//! next write is never held by our timer. Elsewhere it is a plain TCP stream.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// A TCP stream that acknowledges received data without delay.
#[derive(Debug)]
pub struct PromptAcks {
    stream: TcpStream,
}

impl PromptAcks {
    pub fn new(stream: TcpStream) -> PromptAcks {
        acknowledge_now(&stream);
        PromptAcks { stream }
    }

    /// The TCP stream underneath.
    pub fn get_ref(&self) -> &TcpStream {
        &self.stream
    }
}

/// Ask the kernel to send any acknowledgement it is holding back, and the next ones at once.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn acknowledge_now(stream: &TcpStream) {
    // A socket that refuses the option only keeps the kernel's usual timing.
    let _ = stream.set_quickack(true);
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn acknowledge_now(_stream: &TcpStream) {}

impl AsyncRead for PromptAcks {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let polled = Pin::new(&mut this.stream).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            acknowledge_now(&this.stream);
        }
        polled
    }
}

impl AsyncWrite for PromptAcks {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}

#[cfg(all(test, any(target_os = "linux", target_os = "android")))]
mod tests {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    use super::*;

    #[tokio::test]
    async fn data_passes_both_ways_and_each_read_leaves_acks_prompt() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (mut peer, _) = listener.accept().await.unwrap();
            let mut asked = [0u8; 5];
            peer.read_exact(&mut asked).await.unwrap();
            assert_eq!(&asked, b"ping\n");
            for part in [&b"po"[..], b"ng\n"] {
                peer.write_all(part).await.unwrap();
            }
        });
        let mut client = PromptAcks::new(TcpStream::connect(addr).await.unwrap());
        client.write_all(b"ping\n").await.unwrap();
        let mut answer = Vec::new();
        while answer.len() < 5 {
            let mut chunk = [0u8; 8];
            let n = client.read(&mut chunk).await.unwrap();
            assert!(n > 0, "closed early: {answer:?}");
            answer.extend_from_slice(&chunk[..n]);
            assert!(client.get_ref().quickack().unwrap());
        }
        assert_eq!(answer, b"pong\n");
        server.await.unwrap();
    }
}
