//! Run a [`ServerSpec`]: a listener on 127.0.0.1 at an ephemeral port, an accept loop and one
//! tokio task per connection, each with a fresh protocol session. [`Lab`] owns a runtime and a
//! CA for callers that are not async themselves (the `demo` command, tests).

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::CertificateDer;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use super::certs::Pki;
use super::conn::{Conn, Pace};
use super::imap::ImapSession;
use super::log::Log;
use super::pop3::Pop3Session;
use super::session::{Action, Session};
use super::smtp::SmtpSession;
use super::spec::{Misbehaviour, ServerSpec, Transport};
use crate::account::Protocol;

/// A running scripted server. It stops (with its open connections) when dropped.
pub struct Server {
    addr: SocketAddr,
    log: Log,
    certificate: Option<CertificateDer<'static>>,
    accept: JoinHandle<()>,
}

impl Server {
    /// Bind 127.0.0.1:0 and serve `spec`, with certificates from `pki`. Call within a tokio
    /// runtime.
    pub async fn start(spec: ServerSpec, pki: &Pki) -> io::Result<Server> {
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
        Server::start_on(listener, spec, pki).await
    }

    /// Serve `spec` on a listener bound by the caller (another loopback address, a
    /// well-known port). Call within a tokio runtime.
    pub async fn start_on(
        listener: std::net::TcpListener,
        spec: ServerSpec,
        pki: &Pki,
    ) -> io::Result<Server> {
        let (tls, certificate) = match spec.transport {
            Transport::ImplicitTls(kind) | Transport::Starttls(kind) => {
                let names: Vec<&str> = spec.names.iter().map(String::as_str).collect();
                let cert = pki.server_cert(kind, &names).map_err(io::Error::other)?;
                let config = cert.server_config().map_err(io::Error::other)?;
                (Some(config), cert.chain.first().cloned())
            }
            Transport::Plain => (None, None),
        };
        listener.set_nonblocking(true)?;
        let listener = TcpListener::from_std(listener)?;
        let addr = listener.local_addr()?;
        let log = Log::default();
        let accept = tokio::spawn(accept_loop(listener, Arc::new(spec), tls, log.clone()));
        Ok(Server {
            addr,
            log,
            certificate,
            accept,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The leaf certificate the server presents, if it speaks TLS.
    pub fn certificate(&self) -> Option<&CertificateDer<'static>> {
        self.certificate.as_ref()
    }

    /// What clients sent and did.
    pub fn log(&self) -> &Log {
        &self.log
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

async fn accept_loop(
    listener: TcpListener,
    spec: Arc<ServerSpec>,
    tls: Option<Arc<rustls::ServerConfig>>,
    log: Log,
) {
    // The connections end with the loop: aborting it drops this set.
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((tcp, peer)) => {
                    let id = log.connection();
                    let (spec, tls, log) = (Arc::clone(&spec), tls.clone(), log.clone());
                    connections.spawn(async move {
                        // An error ends the connection; the log keeps what came before.
                        let _ = serve(tcp, peer, id, spec, tls, log.clone()).await;
                        log.connection_closed();
                    });
                }
                // Out of descriptors or similar: back off rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn serve(
    tcp: TcpStream,
    peer: SocketAddr,
    id: usize,
    spec: Arc<ServerSpec>,
    tls: Option<Arc<rustls::ServerConfig>>,
    log: Log,
) -> io::Result<()> {
    if spec.misbehaviour == Misbehaviour::Reset {
        // A zero linger makes the close an RST instead of a FIN.
        tcp.set_zero_linger()?;
        drop(tcp);
        return Ok(());
    }
    let pace = match spec.misbehaviour {
        Misbehaviour::Drip { bytes, pause } => Some(Pace { bytes, pause }),
        _ => None,
    };
    let mut session: Box<dyn Session> = match spec.protocol {
        Protocol::Pop3 => Box::new(Pop3Session::new(Arc::clone(&spec), id, log.clone())),
        Protocol::Imap => Box::new(ImapSession::new(Arc::clone(&spec), id, log.clone())),
        Protocol::Smtp => Box::new(SmtpSession::new(
            Arc::clone(&spec),
            id,
            peer.ip(),
            log.clone(),
        )),
    };
    let mut conn = Conn::new(tcp, id, log, pace);
    if let (Transport::ImplicitTls(_), Some(config)) = (&spec.transport, &tls) {
        conn.handshake(Arc::clone(config)).await?;
        session.on_tls();
    }
    match &spec.misbehaviour {
        Misbehaviour::Silence => return conn.discard_until_closed().await,
        Misbehaviour::Garbage(bytes) => {
            conn.send_raw(bytes).await?;
            return conn.shutdown().await;
        }
        Misbehaviour::AnswerFirstBytes(bytes) => return conn.answer_first_bytes(bytes).await,
        Misbehaviour::CloseAfterGreeting => {
            conn.send_lines(&session.greeting()).await?;
            return conn.shutdown().await;
        }
        Misbehaviour::GreetAfter(pause) => tokio::time::sleep(*pause).await,
        Misbehaviour::None
        | Misbehaviour::Drip { .. }
        | Misbehaviour::Reset
        | Misbehaviour::HangUpAfterRefusedLogin
        | Misbehaviour::BreakUpgrade(_) => {}
    }
    conn.send_lines(&session.greeting()).await?;
    if session.closes_after_greeting() {
        return conn.shutdown().await;
    }
    while let Some(line) = conn.read_line().await? {
        match session.on_line(&line) {
            Action::Reply(reply) => conn.send_lines(&reply).await?,
            Action::Wait => {}
            Action::ReplyThenTls(reply) => {
                conn.send_lines(&reply).await?;
                if let Misbehaviour::BreakUpgrade(bytes) = &spec.misbehaviour {
                    return conn.answer_first_bytes(bytes).await;
                }
                let Some(config) = &tls else {
                    return Err(io::Error::other("no certificate to upgrade with"));
                };
                conn.handshake(Arc::clone(config)).await?;
                session.on_tls();
            }
            Action::ReplyThenClose(reply) => {
                conn.send_lines(&reply).await?;
                return conn.shutdown().await;
            }
        }
    }
    Ok(())
}

/// A CA and a runtime of its own, to start servers from code that is not async.
pub struct Lab {
    pki: Pki,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Lab {
    pub fn new() -> Result<Lab, String> {
        Lab::with_ca("mailtriage demonstration CA")
    }

    /// A lab whose CA has this common name (the name an antivirus product gives the CA it
    /// re-signs intercepted connections with, say).
    pub fn with_ca(common_name: &str) -> Result<Lab, String> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("mailtriage-lab")
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the lab's runtime: {e}"))?;
        Ok(Lab {
            pki: Pki::new(common_name)?,
            runtime: Some(runtime),
        })
    }

    pub fn pki(&self) -> &Pki {
        &self.pki
    }

    /// Start a server on the lab's runtime. Call it outside any tokio runtime (async code
    /// calls [`Server::start`] instead).
    pub fn start(&self, spec: ServerSpec) -> io::Result<Server> {
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
        self.start_on(listener, spec)
    }

    /// [`Lab::start`] on a listener bound by the caller.
    pub fn start_on(
        &self,
        listener: std::net::TcpListener,
        spec: ServerSpec,
    ) -> io::Result<Server> {
        match &self.runtime {
            Some(rt) => rt.block_on(Server::start_on(listener, spec, &self.pki)),
            None => Err(io::Error::other("the lab has stopped")),
        }
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            // Safe from any context; open connections are dropped.
            rt.shutdown_background();
        }
    }
}
