//! A user-space latency proxy: a TCP forwarder on a loopback address that makes a link with a
//! given round-trip time out of loopback, for machines whose kernel has no netem.
//!
//! Every chunk read from one side is written to the other side half a round trip later, in both
//! directions, and an end of stream travels the same way. The TCP handshake cannot be delayed from
//! user space (the kernel completes it before `accept` returns), so the proxy emulates it: the
//! server only sees the connection one and a half round trips after the client connected (when a
//! real server would accept it), and nothing the client sends reaches the server earlier. A
//! client therefore sees its first reply at the same moment as over a real link and every later
//! exchange shifted the same way; only its own connect call returns at once instead of after one
//! round trip.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::runtime::Runtime;
use tokio::sync::{Semaphore, mpsc};
use tokio::time::{Instant, sleep_until, timeout};

/// Largest chunk read at once.
const CHUNK_BYTES: usize = 16 * 1024;
/// Chunks in flight per direction; a full queue stops reading (back-pressure, bounded memory).
const CHUNKS_IN_FLIGHT: usize = 64;
/// Connections relayed at once per proxy; more wait for a free slot.
const MAX_CONNECTIONS: usize = 64;
/// A relayed connection is cut after this long, whatever its state.
const CONNECTION_LIFETIME: Duration = Duration::from_secs(120);
/// Deadline of the proxy's own connect to the server.
const UPSTREAM_CONNECT_DEADLINE: Duration = Duration::from_secs(5);

/// Owns the runtime the proxies (and other bench listeners) run on; dropping it stops them all.
pub struct ProxyRuntime {
    runtime: Runtime,
}

/// What travels through one direction of a relayed connection.
enum Carried {
    Bytes(Vec<u8>),
    End,
}

impl ProxyRuntime {
    pub fn new() -> Result<Self, String> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the proxy runtime: {e}"))?;
        Ok(ProxyRuntime { runtime })
    }

    /// The runtime, for other listeners of the bench.
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    /// Forwards connections made to `listen_ip` (on the same port as `upstream` when that port is
    /// free there, any port otherwise) to `upstream`, with `rtt` added to every round trip.
    /// Returns the address clients connect to.
    pub fn start(
        &self,
        listen_ip: IpAddr,
        upstream: SocketAddr,
        rtt: Duration,
    ) -> Result<SocketAddr, String> {
        let listener = self.runtime.block_on(async {
            match TcpListener::bind((listen_ip, upstream.port())).await {
                Ok(listener) => Ok(listener),
                Err(_) => TcpListener::bind((listen_ip, 0)).await,
            }
        });
        let listener = listener.map_err(|e| format!("cannot listen on {listen_ip}: {e}"))?;
        let address = listener
            .local_addr()
            .map_err(|e| format!("cannot read the proxy's address: {e}"))?;
        let one_way = rtt / 2;
        self.runtime.spawn(accept_loop(listener, upstream, one_way));
        Ok(address)
    }
}

impl ProxyRuntime {
    /// A proxy listening on exactly `listen` (a standard port such as 995, which needs root),
    /// relaying to `upstream` with round-trip time `rtt`.
    pub fn start_at(
        &self,
        listen: SocketAddr,
        upstream: SocketAddr,
        rtt: Duration,
    ) -> Result<SocketAddr, String> {
        let listener = self
            .runtime
            .block_on(TcpListener::bind(listen))
            .map_err(|e| format!("cannot listen on {listen} (the bench runs as root): {e}"))?;
        self.runtime.spawn(accept_loop(listener, upstream, rtt / 2));
        Ok(listen)
    }
}

async fn accept_loop(listener: TcpListener, upstream: SocketAddr, one_way: Duration) {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(permit) = Arc::clone(&slots).acquire_owned().await else {
            return;
        };
        let Ok((client, _)) = listener.accept().await else {
            continue;
        };
        tokio::spawn(async move {
            let _ = timeout(CONNECTION_LIFETIME, relay(client, upstream, one_way)).await;
            drop(permit);
        });
    }
}

/// Relays one connection until both directions have ended (or one side failed).
async fn relay(client: TcpStream, upstream: SocketAddr, one_way: Duration) {
    let accepted = Instant::now();
    let _ = client.set_nodelay(true);
    let (client_read, client_write) = client.into_split();
    // The client's bytes are stamped as they arrive, even before the server is connected.
    let (to_server, for_server) = mpsc::channel(CHUNKS_IN_FLIGHT);
    let client_reader = tokio::spawn(read_side(client_read, to_server, one_way));
    // A real server accepts after SYN, SYN-ACK and ACK: three one-way delays.
    wait_until(accepted + one_way * 3).await;
    let server = match timeout(UPSTREAM_CONNECT_DEADLINE, TcpStream::connect(upstream)).await {
        Ok(Ok(server)) => server,
        _ => {
            client_reader.abort();
            return;
        }
    };
    let _ = server.set_nodelay(true);
    let (server_read, server_write) = server.into_split();
    let (to_client, for_client) = mpsc::channel(CHUNKS_IN_FLIGHT);
    let server_reader = tokio::spawn(read_side(server_read, to_client, one_way));
    // Either direction failing ends the connection: dropping both halves closes both sockets.
    let _ = tokio::try_join!(
        write_side(for_server, server_write),
        write_side(for_client, client_write)
    );
    client_reader.abort();
    server_reader.abort();
}

/// Reads chunks and queues each with the moment it is due on the other side.
async fn read_side(
    mut read: OwnedReadHalf,
    queue: mpsc::Sender<(Instant, Carried)>,
    one_way: Duration,
) {
    let mut buffer = vec![0u8; CHUNK_BYTES];
    loop {
        let carried = match read.read(&mut buffer).await {
            Ok(0) | Err(_) => Carried::End,
            Ok(n) => Carried::Bytes(buffer[..n].to_vec()),
        };
        let end = matches!(carried, Carried::End);
        if queue
            .send((Instant::now() + one_way, carried))
            .await
            .is_err()
            || end
        {
            return;
        }
    }
}

/// The runtime's timers fire on whole milliseconds, after the deadline: about 1 ms late on
/// average, which over the 12 one-way trips of a 6-round-trip exchange would lengthen a 50 ms
/// link by 5 %. So the timer wakes a little early and a blocking-pool thread sleeps the rest
/// (the system's sleep is precise to tens of microseconds).
async fn wait_until(due: Instant) {
    sleep_until(due - TIMER_SLACK).await;
    let rest = due.saturating_duration_since(Instant::now());
    if !rest.is_zero() {
        let _ = tokio::task::spawn_blocking(move || std::thread::sleep(rest)).await;
    }
}

/// How much earlier than due the runtime's timer is asked to wake.
const TIMER_SLACK: Duration = Duration::from_millis(2);

/// Writes each queued chunk when it is due; an end of stream shuts the write side down.
async fn write_side(
    mut queue: mpsc::Receiver<(Instant, Carried)>,
    mut write: OwnedWriteHalf,
) -> io::Result<()> {
    while let Some((due, carried)) = queue.recv().await {
        wait_until(due).await;
        match carried {
            Carried::Bytes(bytes) => write.write_all(&bytes).await?,
            Carried::End => return write.shutdown().await,
        }
    }
    write.shutdown().await
}
