//! Drives a POP3, IMAP or SMTP session over a real connection: resolves, connects, upgrades to TLS,
//! feeds the server's bytes to the sans-IO session and writes what it asks, under a deadline
//! per step, recording every step and transcript line.
//!
//! Plain text spoken to an implicit-TLS port is named quickly: when no greeting arrives within a
//! grace of a few connect times, a TLS handshake is raced on a second connection to the same
//! address; if the port speaks TLS, the verdict is given at once.
//!
//! A STARTTLS handshake that stalls is named early too, but only against a working alternative:
//! when it has not finished within the same grace, a full implicit-TLS handshake is raced on the
//! standard TLS port of the same address; if that one succeeds and ours still has not finished
//! after as long again, the upgrade is reported as stalled, naming the port that works.
//!
//! Two deadlines bound a session. The step deadline (`--timeout`) restarts whenever the server
//! makes progress (a complete line, a finished handshake), never because the client sent
//! something. The session deadline ([`Plan::session_timeout`], `--session-timeout`) runs from
//! the panel's start and never restarts: when it passes, the running step fails with evidence
//! naming the limit, the connection is closed and the panel finishes.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::task::JoinSet;
use tokio::time::sleep_until;

use crate::account::{Endpoint, Plan, Protocol, Security};
use crate::model::{
    CertVerdict, Direction, Evidence, Said, ServerInfo, StepKind, StepStatus, TlsFailure, TlsInfo,
};
use crate::probe::connect::{connect, io_evidence, resolve};
use crate::probe::dns::Dns;
use crate::probe::events::{PanelEvents, millis};
use crate::probe::prompt_acks::PromptAcks;
use crate::probe::tls::{ClientTlsStream, TlsContext, TlsHandshakeError, describe_tls as describe};
use crate::proto::imap::ImapSession;
use crate::proto::pop3::Pop3Session;
use crate::proto::session::{
    Action, Credentials, Deadline, Depth, OAuth2Login, Session, SessionConfig,
    session_limit_detail, session_limit_evidence,
};
use crate::proto::smtp::SmtpSession;
use mailtriage_core::said;

/// A byte stream: plain TCP or TLS over TCP.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// A connection the session runs over.
pub type Conn = Box<dyn Io>;

/// The shortest wait for a greeting before racing a TLS handshake.
const RACE_GRACE_FLOOR: Duration = Duration::from_millis(300);
/// The grace is this many connect times, when that is longer than the floor.
const RACE_GRACE_CONNECTS: u32 = 4;
/// Delay before trying the next address of a host while the previous attempt is still pending
/// (RFC 8305 recommends 250 ms).
const NEXT_ADDRESS_DELAY: Duration = Duration::from_millis(250);
/// Size of one read from the server.
const READ_CHUNK: usize = 16 * 1024;
/// Most bytes taken off the connection between an agreed STLS/STARTTLS and the handshake:
/// enough to show what was slipped in, bounded so a flood cannot hold the upgrade.
const MAX_PRE_HANDSHAKE_BYTES: usize = 4 * READ_CHUNK;

/// One mail panel's probe.
pub struct MailProbe<'a> {
    pub protocol: Protocol,
    pub endpoint: &'a Endpoint,
    pub plan: &'a Plan,
    pub tls: &'a TlsContext,
    /// The run's resolver (shared, so each name is looked up once per run); without one, the
    /// system resolver library.
    pub dns: Option<&'a Dns>,
    pub depth: Depth,
}

/// An open connection and what it took to open it.
struct Opened {
    conn: Conn,
    addr: SocketAddr,
    connect_time: Duration,
    tls_active: bool,
    /// A TLS handshake already under way on a second connection to `addr`, started with the
    /// first connection because the port is one where servers expect TLS from the first byte.
    tls_race: Option<RaceHandle>,
}

/// A second-connection TLS probe; aborted when dropped, so it never outlives its panel.
struct RaceHandle(tokio::task::JoinHandle<Option<Said>>);

impl Drop for RaceHandle {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl MailProbe<'_> {
    fn deadline(&self) -> Duration {
        self.plan.step_timeout
    }

    /// This session's overall deadline.
    fn session_limit(&self) -> Duration {
        self.plan
            .session_timeout(self.protocol, self.endpoint.security, self.depth)
    }

    fn session_config(&self) -> SessionConfig {
        let credentials = match (self.plan.user_for(self.protocol), &self.plan.password) {
            (Some(user), Some(password)) => Some(Credentials {
                user: user.to_string(),
                password: password.clone(),
            }),
            _ => None,
        };
        // With a token the login is OAuth2 only: the password is never sent beside it.
        let oauth2 = match (self.plan.user_for(self.protocol), &self.plan.oauth2_token) {
            (Some(user), Some(token)) => Some(OAuth2Login {
                user: user.to_string(),
                token: token.clone(),
                host: self.endpoint.host.clone(),
                port: self.endpoint.port,
            }),
            _ => None,
        };
        let credentials = if oauth2.is_some() { None } else { credentials };
        SessionConfig {
            security: self.endpoint.security,
            credentials,
            oauth2,
            allow_plaintext_auth: self.plan.allow_plaintext_auth,
            depth: self.depth,
            from: self.plan.from.clone(),
            to: self.plan.to.clone(),
            ehlo_name: self.plan.ehlo_name.clone(),
        }
    }

    /// Run the panel to its end.
    pub async fn run(&self, ev: &mut PanelEvents) {
        self.run_with_tls_port(ev, self.protocol.default_port(Security::Tls))
            .await
    }

    /// Run the panel to its end; a stalled STARTTLS handshake is compared with implicit TLS on
    /// `implicit_tls_port` of the same address (the standard 995 / 465 in [`MailProbe::run`]).
    pub async fn run_with_tls_port(&self, ev: &mut PanelEvents, implicit_tls_port: u16) {
        let server = ServerInfo {
            host: self.endpoint.host.clone(),
            port: self.endpoint.port,
            address: None,
        };
        ev.panel_started(Some(server), Some(self.endpoint.security))
            .await;
        let limit = self.session_limit();
        let session_deadline = Instant::now() + limit;
        match tokio::time::timeout_at(session_deadline.into(), self.open(ev)).await {
            Ok(Some(opened)) => {
                self.converse(opened, implicit_tls_port, session_deadline, limit, ev)
                    .await
            }
            Ok(None) => {}
            Err(_) => {
                let evidence = session_limit_evidence(limit);
                ev.transcript(Direction::Info, session_limit_note(limit))
                    .await;
                ev.fail_open_steps(&session_limit_detail(), &evidence).await;
            }
        }
        ev.panel_finished().await;
    }

    async fn open(&self, ev: &mut PanelEvents) -> Option<Opened> {
        let host = &self.endpoint.host;
        let port = self.endpoint.port;
        ev.step_started(StepKind::Dns, Some(host.clone())).await;
        let pinned = self.plan.pinned(host, port);
        // hickory with the system's configuration (or --dns-server); the system resolver
        // library only when that configuration cannot be read.
        let addrs = match resolve(host, port, pinned, self.dns, self.deadline()).await {
            Ok(addrs) => {
                let list: Vec<String> = addrs.iter().map(|a| a.ip().to_string()).collect();
                let list = list.join(", ");
                let detail = if pinned.is_some() {
                    said!("step-dns-pinned", addresses = list)
                } else {
                    Said::from(list)
                };
                ev.step_finished(
                    StepKind::Dns,
                    Some(host.clone()),
                    StepStatus::Ok,
                    detail,
                    None,
                )
                .await;
                addrs
            }
            Err(evidence) => {
                ev.step_finished(
                    StepKind::Dns,
                    Some(host.clone()),
                    StepStatus::Failed,
                    said!("step-dns-not-found", host = host),
                    Some(evidence),
                )
                .await;
                return None;
            }
        };

        ev.step_started(StepKind::Tcp, None).await;
        let started = Instant::now();
        // Plain text or STARTTLS on a port where servers expect TLS from the first byte: a TLS
        // handshake on a second connection starts now, so that the port's TLS is known as soon
        // as a greeting could have come (connection only, never a login; cancelled as soon as a
        // greeting arrives).
        let tls_race = (self.endpoint.security != Security::Tls
            && crate::working_settings::implicit_tls_port(port))
        .then(|| {
            let addr = addrs[0];
            let handle = tokio::spawn(speaks_tls(
                self.tls.clone(),
                addr,
                host.clone(),
                self.deadline(),
            ));
            (addr, RaceHandle(handle))
        });
        let (stream, addr, failures) = match connect_any(&addrs, self.deadline()).await {
            Ok(ok) => ok,
            Err(failures) => {
                let evidence = failures.last().map(|(_, e)| e.clone());
                let detail = describe_failures(port, &failures);
                ev.step_finished(StepKind::Tcp, None, StepStatus::Failed, detail, evidence)
                    .await;
                return None;
            }
        };
        let connect_time = started.elapsed();
        ev.connected(addr.to_string()).await;
        ev.transcript(
            Direction::Info,
            said!("transcript-connected", address = addr.to_string()),
        )
        .await;
        let (status, evidence) = match failures.first() {
            None => (StepStatus::Ok, None),
            Some((_, e)) => (StepStatus::Warn, Some(e.clone())),
        };
        let mut detail = said!(
            "step-tcp-connected",
            address = addr.to_string(),
            ms = format!("{:.1}", millis(started))
        );
        if !failures.is_empty() {
            detail = Said::joined(vec![detail, describe_failures(port, &failures)], "; ");
        }
        ev.step_finished(StepKind::Tcp, None, status, detail, evidence)
            .await;

        // A race to another address than the one connected proves nothing about this one.
        let tls_race = tls_race.and_then(|(raced, handle)| (raced == addr).then_some(handle));
        if tls_race.is_some() {
            ev.transcript(
                Direction::Info,
                said!(
                    "transcript-tls-race-at-once",
                    port = port.to_string(),
                    address = addr.to_string()
                ),
            )
            .await;
        }
        let mut opened = Opened {
            conn: Box::new(PromptAcks::new(stream)),
            addr,
            connect_time,
            tls_active: false,
            tls_race,
        };
        if self.endpoint.security == Security::Tls {
            opened.conn = self.handshake(opened.conn, addr, ev).await?;
            opened.tls_active = true;
        }
        Some(opened)
    }

    /// A TLS handshake as its own step; on failure the details are recorded and the connection
    /// is dropped, never used.
    async fn handshake(&self, conn: Conn, addr: SocketAddr, ev: &mut PanelEvents) -> Option<Conn> {
        ev.step_started(StepKind::Tls, None).await;
        let outcome = self
            .tls
            .handshake(conn, &self.endpoint.host, self.deadline())
            .await;
        let outcome = self.ask_old_versions(outcome, addr, ev).await;
        self.record_handshake(outcome, false, ev).await
    }

    /// A handshake the server ended without a word right after our TLS 1.2/1.3 hello is followed
    /// by one connection-only probe of `addr` with a TLS 1.0/1.1 hello (after the plain-text part
    /// again, for STARTTLS), within one step deadline; a ServerHello for an old version turns the
    /// failure into a version failure naming it. Any other outcome passes through untouched.
    async fn ask_old_versions(
        &self,
        outcome: HandshakeOutcome,
        addr: SocketAddr,
        ev: &mut PanelEvents,
    ) -> HandshakeOutcome {
        let Err(error) = outcome else {
            return outcome;
        };
        if !error.closed_without_answer() {
            return Err(error);
        }
        ev.transcript(
            Direction::Info,
            said!("transcript-tls-old-hello", address = addr.to_string()),
        )
        .await;
        let upgrade = (self.endpoint.security == Security::Starttls).then(|| {
            let mut cfg = self.session_config();
            cfg.credentials = None;
            cfg.oauth2 = None;
            cfg.depth = Depth::Connection;
            new_session(self.protocol, cfg, false)
        });
        let found = self
            .tls
            .check_old_versions(addr, &self.endpoint.host, upgrade, self.deadline())
            .await;
        ev.transcript(Direction::Info, found.describe()).await;
        Err(error.explained_by(&found))
    }

    /// The TLS handshake after STLS / STARTTLS, as its own step, raced against implicit TLS on
    /// `alternative` when it stalls.
    async fn upgrade(
        &self,
        conn: Conn,
        addr: SocketAddr,
        connect_time: Duration,
        alternative: SocketAddr,
        ev: &mut PanelEvents,
    ) -> Option<Conn> {
        ev.step_started(StepKind::Tls, None).await;
        let (outcome, stalled) = self
            .raced_upgrade(conn, connect_time, alternative, ev)
            .await;
        let outcome = self.ask_old_versions(outcome, addr, ev).await;
        self.record_handshake(outcome, stalled, ev).await
    }

    /// Our handshake, unless it stalls while a whole connect and handshake to `alternative`
    /// succeeds: then, after waiting as long again (never less than the grace), a stall. The
    /// flag tells a stall from our handshake's own outcome.
    async fn raced_upgrade(
        &self,
        conn: Conn,
        connect_time: Duration,
        alternative: SocketAddr,
        ev: &mut PanelEvents,
    ) -> (HandshakeOutcome, bool) {
        let started = Instant::now();
        let host = &self.endpoint.host;
        let handshake = self.tls.handshake(conn, host, self.deadline());
        tokio::pin!(handshake);
        let grace = race_grace(connect_time).min(self.deadline());
        tokio::select! {
            outcome = &mut handshake => return (outcome, false),
            _ = tokio::time::sleep(grace) => {}
        }
        ev.transcript(
            Direction::Info,
            said!(
                "transcript-tls-stalled-trying-implicit",
                ms = grace.as_millis().to_string(),
                address = alternative.to_string()
            ),
        )
        .await;
        let left = self.deadline().saturating_sub(started.elapsed());
        let probe = implicit_tls_works(self.tls.clone(), alternative, host.clone(), left);
        tokio::pin!(probe);
        let (how, took) = tokio::select! {
            outcome = &mut handshake => return (outcome, false),
            works = &mut probe => match works {
                Some(works) => works,
                None => return (handshake.await, false),
            },
        };
        ev.transcript(Direction::Info, how.clone()).await;
        tokio::select! {
            outcome = &mut handshake => (outcome, false),
            _ = tokio::time::sleep(took.max(grace)) => {
                let stalled = stalled_upgrade(
                    host,
                    upgrade_command(self.protocol),
                    started.elapsed(),
                    alternative.port(),
                    how.clone(),
                );
                (Err(stalled), true)
            }
        }
    }

    /// Record a finished handshake; only a successful one yields a connection. `stalled` marks a
    /// handshake given up on because implicit TLS on the same server works.
    async fn record_handshake(
        &self,
        outcome: HandshakeOutcome,
        stalled: bool,
        ev: &mut PanelEvents,
    ) -> Option<Conn> {
        match outcome {
            Ok((stream, info)) => {
                let detail = describe(&info);
                ev.transcript(
                    Direction::Info,
                    said!("transcript-tls-handshake", details = detail.clone()),
                )
                .await;
                ev.tls(info).await;
                ev.step_finished(StepKind::Tls, None, StepStatus::Ok, detail, None)
                    .await;
                Some(Box::new(stream))
            }
            Err(err) => {
                ev.transcript(
                    Direction::Info,
                    said!(
                        "transcript-tls-handshake-failed",
                        message = failure_said(&err)
                    ),
                )
                .await;
                let evidence = err.evidence();
                let detail = match err.failure {
                    TlsFailure::NotTls => said!("step-tls-plain-text"),
                    TlsFailure::Malformed => said!("step-tls-malformed"),
                    TlsFailure::UnexpectedBytes => said!("step-tls-not-tls-data"),
                    TlsFailure::Certificate => said!("step-tls-certificate-refused"),
                    TlsFailure::Timeout if stalled => said!("step-tls-stalled"),
                    TlsFailure::Timeout => said!("step-tls-timeout"),
                    TlsFailure::ProtocolVersion => said!("step-tls-no-common-version"),
                    _ => said!("step-tls-failed"),
                };
                ev.tls(err.info).await;
                ev.step_finished(
                    StepKind::Tls,
                    None,
                    StepStatus::Failed,
                    detail,
                    Some(evidence),
                )
                .await;
                None
            }
        }
    }

    async fn converse(
        &self,
        opened: Opened,
        implicit_tls_port: u16,
        session_deadline: Instant,
        limit: Duration,
        ev: &mut PanelEvents,
    ) {
        let Opened {
            mut conn,
            addr,
            connect_time,
            tls_active,
            tls_race,
        } = opened;
        let cfg = self.session_config();
        let mut session = new_session(self.protocol, cfg, tls_active);
        let mut deadline = Instant::now() + self.deadline();
        let race_at = Instant::now() + race_grace(connect_time).min(self.deadline());
        let mut race_eligible = !tls_active;
        let mut race: Option<RaceHandle> = if tls_active { None } else { tls_race };
        let mut buf = vec![0u8; READ_CHUNK];
        // Bytes read since the deadline was last set: "no answer" only when there were none.
        let mut bytes_since_progress: usize = 0;

        loop {
            let mut progressed = false;
            while let Some(action) = session.poll_action() {
                match action {
                    Action::Send { wire, shown } => {
                        ev.transcript(Direction::Sent, shown).await;
                        let write = async {
                            conn.write_all(&wire).await?;
                            conn.flush().await
                        };
                        let write_by = (Instant::now() + self.deadline()).min(session_deadline);
                        match tokio::time::timeout_at(write_by.into(), write).await {
                            Ok(Ok(())) => {}
                            Ok(Err(e)) => session.abort(
                                said!("step-connection-broke-sending"),
                                io_evidence(&e, &addr.to_string()),
                            ),
                            Err(_) if Instant::now() >= session_deadline => {
                                session.abort(session_limit_detail(), session_limit_evidence(limit))
                            }
                            Err(_) => session.abort(
                                said!("step-send-timeout"),
                                crate::proto::session::timeout_evidence(),
                            ),
                        }
                    }
                    Action::StepStarted(step) => ev.step_started(step, None).await,
                    Action::StepFinished {
                        step,
                        status,
                        detail,
                        evidence,
                    } => {
                        ev.step_finished(step, None, status, detail, evidence).await;
                    }
                    Action::Received(line) => {
                        // A complete line from the server: progress.
                        progressed = true;
                        ev.transcript(Direction::Received, line).await
                    }
                    Action::Note(text) => ev.transcript(Direction::Info, text).await,
                    Action::Facts(facts) => ev.facts(facts).await,
                    Action::StartTls => {
                        // A finished handshake is progress from the server.
                        progressed = true;
                        // A TLS server never speaks first: whatever is already waiting was
                        // slipped in after the upgrade reply. Hand it to the session (which sets
                        // it aside and shows it) instead of letting the handshake read it.
                        take_waiting_bytes(&mut conn, &mut buf, session.as_mut()).await;
                        let alternative = SocketAddr::new(addr.ip(), implicit_tls_port);
                        let upgrade = async {
                            if alternative == addr {
                                self.handshake(conn, addr, ev).await
                            } else {
                                self.upgrade(conn, addr, connect_time, alternative, ev)
                                    .await
                            }
                        };
                        match tokio::time::timeout_at(session_deadline.into(), upgrade).await {
                            Ok(Some(tls)) => {
                                conn = tls;
                                session.tls_established();
                            }
                            Ok(None) => {
                                session.tls_failed();
                                conn = Box::new(tokio::io::duplex(64).0);
                            }
                            Err(_) => {
                                let evidence = session_limit_evidence(limit);
                                ev.transcript(Direction::Info, session_limit_note(limit))
                                    .await;
                                ev.step_finished(
                                    StepKind::Tls,
                                    None,
                                    StepStatus::Failed,
                                    session_limit_detail(),
                                    Some(evidence.clone()),
                                )
                                .await;
                                session.abort(session_limit_detail(), evidence);
                                conn = Box::new(tokio::io::duplex(64).0);
                            }
                        }
                    }
                    Action::Close => {}
                }
            }
            if session.is_done() {
                break;
            }
            if progressed {
                deadline = Instant::now() + self.deadline();
                bytes_since_progress = 0;
            }

            tokio::select! {
                read = conn.read(&mut buf) => {
                    race_eligible = false;
                    // The server spoke: the second connection is not needed any more.
                    race = None;
                    match read {
                        Ok(0) => session.closed(),
                        Ok(n) => {
                            bytes_since_progress = bytes_since_progress.saturating_add(n);
                            session.receive(&buf[..n]);
                        }
                        Err(e) => session.abort(
                            said!("step-connection-broke"),
                            io_evidence(&e, &addr.to_string()),
                        ),
                    }
                }
                _ = sleep_until(deadline.min(session_deadline).into()) => {
                    if Instant::now() >= session_deadline {
                        ev.transcript(Direction::Info, session_limit_note(limit)).await;
                        session.timed_out(Deadline::Session(limit));
                    } else {
                        let waited = self.deadline().as_secs_f64();
                        let waited = format!("{waited:.1}");
                        let note = if bytes_since_progress == 0 {
                            said!("transcript-no-answer-within", seconds = waited)
                        } else {
                            said!(
                                "transcript-incomplete-answer-within",
                                seconds = waited,
                                bytes = bytes_since_progress
                            )
                        };
                        ev.transcript(Direction::Info, note).await;
                        session.timed_out(Deadline::Step);
                    }
                }
                _ = sleep_until(race_at.into()), if race_eligible && race.is_none() => {
                    let waited = race_grace(connect_time).min(self.deadline());
                    ev.transcript(Direction::Info, said!(
                        "transcript-no-greeting-trying-tls",
                        ms = waited.as_millis().to_string(),
                        address = addr.to_string()
                    )).await;
                    race = Some(RaceHandle(tokio::spawn(speaks_tls(
                        self.tls.clone(),
                        addr,
                        self.endpoint.host.clone(),
                        deadline.saturating_duration_since(Instant::now()),
                    ))));
                }
                verdict = async { (&mut race.as_mut().expect("guarded by the branch condition").0).await }, if race_eligible && race.is_some() => {
                    race_eligible = false;
                    if let Ok(Some(how)) = verdict {
                        ev.transcript(Direction::Info, how.clone()).await;
                        let detail = said!(
                            "step-port-expects-tls",
                            protocol = self.protocol.as_str()
                        );
                        session.abort(detail, Evidence::SpeaksTls { how });
                    }
                }
            }
        }
        drop(race);
        let _ = tokio::time::timeout(Duration::from_millis(200), conn.shutdown()).await;
    }
}

/// The transcript line when the session deadline passes.
fn session_limit_note(limit: Duration) -> Said {
    said!(
        "transcript-session-limit",
        seconds = format!("{:.1}", limit.as_secs_f64())
    )
}

/// What went wrong in a failed handshake, in the reader's words where the failure is one a
/// person can act on (a certificate's dates or names, plain text where TLS was expected); the
/// verifier's own words otherwise.
fn failure_said(err: &TlsHandshakeError) -> Said {
    let leaf = err.info.chain.first();
    match (err.failure, err.info.verdict, leaf) {
        (TlsFailure::Certificate, CertVerdict::Expired, Some(leaf)) => {
            said!("step-tls-cert-expired", date = &leaf.not_after)
        }
        (TlsFailure::Certificate, CertVerdict::NotYetValid, Some(leaf)) => {
            said!("step-tls-cert-not-yet-valid", date = &leaf.not_before)
        }
        (TlsFailure::Certificate, CertVerdict::NameMismatch, Some(leaf))
            if !leaf.dns_names.is_empty() =>
        {
            said!(
                "step-tls-cert-other-name",
                names = leaf.dns_names.join(", "),
                name = &err.info.server_name
            )
        }
        (TlsFailure::Certificate, CertVerdict::Untrusted, _) => said!("step-tls-cert-untrusted"),
        (TlsFailure::NotTls, _, _) => match &err.peer_bytes {
            Some(bytes) => said!(
                "step-tls-plain-text-sent",
                sent = crate::sanitize::sanitize(bytes)
            ),
            None => said!("step-tls-plain-text"),
        },
        _ => Said::from(&err.message),
    }
}

/// A fresh POP3, IMAP or SMTP session.
fn new_session(
    protocol: Protocol,
    cfg: SessionConfig,
    tls_active: bool,
) -> Box<dyn Session + Send> {
    match protocol {
        Protocol::Pop3 => Box::new(Pop3Session::new(cfg, tls_active)),
        Protocol::Imap => Box::new(ImapSession::new(cfg, tls_active)),
        Protocol::Smtp => Box::new(SmtpSession::new(cfg, tls_active)),
    }
}

/// Read what the server already sent, without waiting, into the session: used right before a
/// STLS/STARTTLS handshake, when nothing may be waiting. Bounded by [`MAX_PRE_HANDSHAKE_BYTES`].
async fn take_waiting_bytes(conn: &mut Conn, buf: &mut [u8], session: &mut (dyn Session + Send)) {
    let mut taken = 0usize;
    while taken < MAX_PRE_HANDSHAKE_BYTES {
        // A zero timeout polls the read once: it yields only bytes already received.
        match tokio::time::timeout(Duration::ZERO, conn.read(buf)).await {
            Ok(Ok(n)) if n > 0 => {
                taken += n;
                session.receive(&buf[..n]);
            }
            _ => return,
        }
    }
}

/// How long to wait for a greeting before racing a TLS handshake: a few connect times, never less
/// than the floor.
pub fn race_grace(connect_time: Duration) -> Duration {
    (connect_time * RACE_GRACE_CONNECTS).max(RACE_GRACE_FLOOR)
}

/// What a TLS handshake over a session's connection ends with.
type HandshakeOutcome = Result<(ClientTlsStream<Conn>, TlsInfo), TlsHandshakeError>;

/// Does a whole connect and TLS handshake (valid certificate included) to `addr` succeed within
/// `deadline`? Returns how, and how long it took.
async fn implicit_tls_works(
    tls: TlsContext,
    addr: SocketAddr,
    host: String,
    deadline: Duration,
) -> Option<(Said, Duration)> {
    let started = Instant::now();
    let stream = connect(addr, deadline).await.ok()?;
    let left = deadline.saturating_sub(started.elapsed());
    let (_, info) = tls.handshake(stream, &host, left).await.ok()?;
    let took = started.elapsed();
    Some((
        said!(
            "transcript-implicit-tls-works",
            address = addr.to_string(),
            ms = took.as_millis().to_string(),
            details = describe(&info)
        ),
        took,
    ))
}

/// The command that starts a TLS upgrade.
fn upgrade_command(protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::Pop3 => "STLS",
        Protocol::Imap | Protocol::Smtp => "STARTTLS",
    }
}

/// The failure of an upgrade that stalled while implicit TLS on `port` works.
fn stalled_upgrade(
    host: &str,
    command: &str,
    waited: Duration,
    port: u16,
    how: Said,
) -> TlsHandshakeError {
    TlsHandshakeError {
        failure: TlsFailure::Timeout,
        message: said!(
            "detail-handshake-stalled",
            command = command,
            ms = waited.as_millis().to_string(),
            how = how,
            port = port.to_string()
        ),
        info: TlsInfo {
            server_name: crate::sanitize::sanitize_str(host),
            version: None,
            cipher_suite: None,
            chain: Vec::new(),
            verdict: CertVerdict::Unknown,
            verdict_detail: said!("detail-certificate-not-judged"),
        },
        peer_bytes: None,
        server_said_nothing: false,
    }
}

/// Does `addr` speak TLS? A completed handshake, or one that failed on the certificate or with
/// a TLS alert, proves it; anything else proves nothing. Returns how it was shown.
async fn speaks_tls(
    tls: TlsContext,
    addr: SocketAddr,
    host: String,
    deadline: Duration,
) -> Option<Said> {
    let started = Instant::now();
    let stream = connect(addr, deadline).await.ok()?;
    let left = deadline.saturating_sub(started.elapsed());
    match tls.handshake(stream, &host, left).await {
        Ok((_, info)) => Some(said!(
            "transcript-tls-handshake-succeeded",
            address = addr.to_string(),
            details = describe(&info)
        )),
        Err(e)
            if matches!(
                e.failure,
                TlsFailure::Certificate | TlsFailure::Alert | TlsFailure::ProtocolVersion
            ) =>
        {
            Some(said!(
                "transcript-tls-answered",
                address = addr.to_string(),
                message = e.message.clone()
            ))
        }
        Err(_) => None,
    }
}

/// Connect to the first address that answers, starting the next one when the previous has not
/// answered within [`NEXT_ADDRESS_DELAY`]. Returns the stream, its address and the failures met
/// on the way; or every failure.
async fn connect_any(
    addrs: &[SocketAddr],
    deadline: Duration,
) -> Result<
    (
        tokio::net::TcpStream,
        SocketAddr,
        Vec<(SocketAddr, Evidence)>,
    ),
    Vec<(SocketAddr, Evidence)>,
> {
    let mut attempts = JoinSet::new();
    let mut next = addrs.iter().copied();
    let mut failures = Vec::new();
    let start = |set: &mut JoinSet<_>, addr: SocketAddr| {
        set.spawn(async move { (addr, connect(addr, deadline).await) });
    };
    if let Some(first) = next.next() {
        start(&mut attempts, first);
    }
    let mut remaining = addrs.len().saturating_sub(1);
    loop {
        tokio::select! {
            joined = attempts.join_next(), if !attempts.is_empty() => {
                match joined {
                    Some(Ok((addr, Ok(stream)))) => {
                        attempts.abort_all();
                        return Ok((stream, addr, failures));
                    }
                    Some(Ok((addr, Err(e)))) => {
                        failures.push((addr, e));
                        if let Some(addr) = next.next() {
                            remaining -= 1;
                            start(&mut attempts, addr);
                        } else if attempts.is_empty() {
                            return Err(failures);
                        }
                    }
                    Some(Err(_)) | None => {
                        if attempts.is_empty() && remaining == 0 {
                            return Err(failures);
                        }
                    }
                }
            }
            _ = tokio::time::sleep(NEXT_ADDRESS_DELAY), if remaining > 0 => {
                if let Some(addr) = next.next() {
                    remaining -= 1;
                    start(&mut attempts, addr);
                }
            }
        }
    }
}

fn describe_failures(port: u16, failures: &[(SocketAddr, Evidence)]) -> Said {
    let parts: Vec<Said> = failures
        .iter()
        .map(|(addr, e)| {
            let address = addr.ip().to_string();
            match e {
                Evidence::Io {
                    failure: crate::model::IoFailure::Refused,
                    ..
                } => said!("step-tcp-address-refused", address = address),
                Evidence::Io {
                    failure: crate::model::IoFailure::Timeout,
                    ..
                } => said!("step-tcp-address-no-answer", address = address),
                Evidence::Io {
                    failure: crate::model::IoFailure::Unreachable,
                    ..
                } => said!("step-tcp-address-unreachable", address = address),
                _ => said!("step-tcp-address-failed", address = address),
            }
        })
        .collect();
    said!(
        "step-tcp-port-failures",
        port = port.to_string(),
        failures = Said::joined(parts, ", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Secret;
    use crate::model::IoFailure;

    fn starttls_session() -> SmtpSession {
        SmtpSession::new(
            SessionConfig {
                security: Security::Starttls,
                credentials: Some(Credentials {
                    user: "alice@example.test".into(),
                    password: Secret::new("pw-for-the-drain"),
                }),
                oauth2: None,
                allow_plaintext_auth: false,
                depth: Depth::Full,
                from: None,
                to: None,
                ehlo_name: "probe.example.test".into(),
            },
            false,
        )
    }

    /// Every action the session has, for inspection.
    fn actions(session: &mut SmtpSession) -> Vec<Action> {
        std::iter::from_fn(|| session.poll_action()).collect()
    }

    /// Bytes already waiting when the upgrade starts are handed to the session (which sets
    /// them aside and warns) instead of to the TLS handshake; with nothing more waiting, the
    /// drain returns at once.
    #[tokio::test]
    async fn bytes_waiting_before_the_handshake_go_to_the_session() {
        let (client, mut server) = tokio::io::duplex(4096);
        let mut conn: Conn = Box::new(client);
        let mut session = starttls_session();
        session.receive(b"220 mail.example.test ESMTP\r\n");
        actions(&mut session);
        session.receive(b"250-mail.example.test\r\n250 STARTTLS\r\n");
        actions(&mut session);
        session.receive(b"220 2.0.0 Ready\r\n");
        assert!(actions(&mut session).contains(&Action::StartTls));

        server
            .write_all(b"250 INJECTED\r\n")
            .await
            .expect("written");
        let mut buf = vec![0u8; READ_CHUNK];
        tokio::time::timeout(
            Duration::from_secs(5),
            take_waiting_bytes(&mut conn, &mut buf, &mut session),
        )
        .await
        .expect("the drain does not wait for more bytes");
        session.tls_established();
        let after = actions(&mut session);
        assert!(
            after.contains(&Action::Received("250 INJECTED".into())),
            "{after:?}"
        );
        let starttls = after.iter().find_map(|a| match a {
            Action::StepFinished {
                step: StepKind::Starttls,
                status,
                evidence,
                ..
            } => Some((*status, evidence.clone())),
            _ => None,
        });
        match starttls {
            Some((
                StepStatus::Warn,
                Some(Evidence::Io {
                    failure: IoFailure::Protocol,
                    message,
                }),
            )) => assert!(message.english().contains("250 INJECTED"), "{message}"),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn with_nothing_waiting_the_upgrade_is_clean() {
        let (client, _server) = tokio::io::duplex(4096);
        let mut conn: Conn = Box::new(client);
        let mut session = starttls_session();
        session.receive(b"220 mail.example.test ESMTP\r\n");
        actions(&mut session);
        session.receive(b"250-mail.example.test\r\n250 STARTTLS\r\n");
        actions(&mut session);
        session.receive(b"220 2.0.0 Ready\r\n");
        actions(&mut session);
        let mut buf = vec![0u8; READ_CHUNK];
        tokio::time::timeout(
            Duration::from_secs(5),
            take_waiting_bytes(&mut conn, &mut buf, &mut session),
        )
        .await
        .expect("the drain does not wait");
        session.tls_established();
        assert!(actions(&mut session).iter().any(|a| matches!(
            a,
            Action::StepFinished {
                step: StepKind::Starttls,
                status: StepStatus::Ok,
                ..
            }
        )));
    }
}
