//! A stream wrapper that keeps the first bytes the peer sent during a TLS handshake, so a
//! plaintext answer ("+OK …", "220 …") can be quoted when the handshake fails.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// How many of the peer's first bytes are kept.
pub const MAX_RECORDED_PEER_BYTES: usize = 512;

/// Passes every byte through; until [`HandshakeRecorder::stop_recording`], also keeps a copy of
/// the first [`MAX_RECORDED_PEER_BYTES`] bytes read.
#[derive(Debug)]
pub struct HandshakeRecorder<S> {
    inner: S,
    recorded: Vec<u8>,
    recording: bool,
}

impl<S> HandshakeRecorder<S> {
    pub fn new(inner: S) -> Self {
        HandshakeRecorder {
            inner,
            recorded: Vec::new(),
            recording: true,
        }
    }

    /// The bytes kept so far.
    pub fn recorded(&self) -> &[u8] {
        &self.recorded
    }

    /// Stop keeping bytes and free what was kept; from now on the wrapper only passes through.
    pub fn stop_recording(&mut self) {
        self.recording = false;
        self.recorded = Vec::new();
    }

    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut S {
        &mut self.inner
    }

    pub fn into_inner(self) -> S {
        self.inner
    }

    fn record(&mut self, bytes: &[u8]) {
        let room = MAX_RECORDED_PEER_BYTES.saturating_sub(self.recorded.len());
        self.recorded
            .extend_from_slice(&bytes[..bytes.len().min(room)]);
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for HandshakeRecorder<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let already_filled = buf.filled().len();
        let polled = Pin::new(&mut this.inner).poll_read(cx, buf);
        if this.recording && matches!(polled, Poll::Ready(Ok(()))) {
            this.record(&buf.filled()[already_filled..]);
        }
        polled
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for HandshakeRecorder<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn keeps_only_the_first_bytes_and_stops_when_told() {
        let (mut peer, ours) = tokio::io::duplex(4096);
        let mut recorder = HandshakeRecorder::new(ours);
        let greeting = vec![b'x'; 2 * MAX_RECORDED_PEER_BYTES];
        peer.write_all(&greeting).await.unwrap();
        let mut read = vec![0u8; greeting.len()];
        recorder.read_exact(&mut read).await.unwrap();
        assert_eq!(read, greeting, "bytes pass through unchanged");
        assert_eq!(recorder.recorded(), &greeting[..MAX_RECORDED_PEER_BYTES]);

        recorder.stop_recording();
        peer.write_all(b"after").await.unwrap();
        let mut after = [0u8; 5];
        recorder.read_exact(&mut after).await.unwrap();
        assert_eq!(&after, b"after");
        assert!(recorder.recorded().is_empty());
    }
}
