//! The whole real-server set-up of one run: temp folder, certificates, mailbox, Dovecot and
//! Postfix on loopback, ready when `start` returns and stopped by `stop` (or on drop).

use std::fs;
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::certs::{POP3_NAME, SMTP_NAME, TestPki, write_test_pki};
use super::dialogue;
use super::dovecot::{self, Dovecot, DovecotSetup};
use super::mailbox::{self, Mailbox};
use super::ports::PortPicker;
use super::postfix::{self, Postfix, PostfixSetup};
use super::stale;

/// The test account (a full address, as the user name of many providers).
pub const USER: &str = "alice@mailtriage.test";
/// Its password.
pub const PASSWORD: &str = "Tr1age-s3cret-pw";
/// A password Dovecot rejects.
pub const WRONG_PASSWORD: &str = "not-the-Tr1age-pw";
/// Owner of the mailbox: a uid and gid that no account of the machine uses.
const MAIL_UID: u32 = 61_874;
const MAIL_GID: u32 = 61_874;
/// Listeners that behave differently per address live on these loopback addresses.
const EXPIRED_ADDRESS: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);
const WRONG_NAME_ADDRESS: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 3);
/// How long the daemons get to accept connections after launch.
const READY_DEADLINE: Duration = Duration::from_secs(20);
/// Set this variable to keep the temp folder (configs, logs, mailbox) after the run.
pub const KEEP_VARIABLE: &str = "MAILTRIAGE_REAL_KEEP";

/// One listening port of the real servers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listener {
    /// POP3 on a 110-style port: plain text, STLS offered.
    Pop3Plain,
    /// POP3 on a 995-style port: implicit TLS, valid certificate.
    Pop3Tls,
    /// POP3 implicit TLS presenting an expired certificate (second loopback address).
    Pop3TlsExpired,
    /// POP3 implicit TLS presenting a certificate for another name (third loopback address).
    Pop3TlsWrongName,
    /// IMAP on a 143-style port: plain text, STARTTLS offered.
    ImapPlain,
    /// IMAP on a 993-style port: implicit TLS, valid certificate.
    ImapTls,
    /// IMAP implicit TLS presenting an expired certificate (second loopback address).
    ImapTlsExpired,
    /// IMAP implicit TLS presenting a certificate for another name (third loopback address).
    ImapTlsWrongName,
    /// IMAP in plain text on the second loopback address: the client (from 127.0.0.1) is not on
    /// the server's own address there, so Dovecot does not take it for secured and keeps
    /// plain-text logins off (LOGINDISABLED).
    ImapPlainElsewhere,
    /// SMTP on a 25-style port: STARTTLS offered, no AUTH, own domain accepted, relay denied.
    SmtpRelay,
    /// SMTP on a 587-style port: STARTTLS required, AUTH only after it.
    Submission,
    /// SMTP on a 465-style port: implicit TLS, AUTH.
    SubmissionTls,
    /// SMTP implicit TLS presenting an expired certificate (second loopback address).
    SubmissionTlsExpired,
    /// SMTP submission without encryption, AUTH in plain text.
    SubmissionPlain,
}

impl Listener {
    const ALL: [Listener; 14] = [
        Listener::Pop3Plain,
        Listener::Pop3Tls,
        Listener::Pop3TlsExpired,
        Listener::Pop3TlsWrongName,
        Listener::ImapPlain,
        Listener::ImapTls,
        Listener::ImapTlsExpired,
        Listener::ImapTlsWrongName,
        Listener::ImapPlainElsewhere,
        Listener::SmtpRelay,
        Listener::Submission,
        Listener::SubmissionTls,
        Listener::SubmissionTlsExpired,
        Listener::SubmissionPlain,
    ];

    /// The server name a client is configured with (what the certificate must cover).
    pub fn server_name(self) -> &'static str {
        match self {
            Listener::Pop3Plain
            | Listener::Pop3Tls
            | Listener::Pop3TlsExpired
            | Listener::Pop3TlsWrongName
            | Listener::ImapPlain
            | Listener::ImapTls
            | Listener::ImapTlsExpired
            | Listener::ImapTlsWrongName
            | Listener::ImapPlainElsewhere => POP3_NAME,
            _ => SMTP_NAME,
        }
    }

    /// Whether the listener speaks TLS from the first byte.
    pub fn implicit_tls(self) -> bool {
        matches!(
            self,
            Listener::Pop3Tls
                | Listener::Pop3TlsExpired
                | Listener::Pop3TlsWrongName
                | Listener::ImapTls
                | Listener::ImapTlsExpired
                | Listener::ImapTlsWrongName
                | Listener::SubmissionTls
                | Listener::SubmissionTlsExpired
        )
    }

    fn address(self) -> Ipv4Addr {
        match self {
            Listener::Pop3TlsExpired
            | Listener::ImapTlsExpired
            | Listener::ImapPlainElsewhere
            | Listener::SubmissionTlsExpired => EXPIRED_ADDRESS,
            Listener::Pop3TlsWrongName | Listener::ImapTlsWrongName => WRONG_NAME_ADDRESS,
            _ => Ipv4Addr::LOCALHOST,
        }
    }
}

/// The running servers of one run.
pub struct RealServers {
    // Field order is drop order: the daemons stop before the temp folder goes.
    postfix: Postfix,
    dovecot: Dovecot,
    pub pki: TestPki,
    pub mailbox: Mailbox,
    addresses: Vec<(Listener, SocketAddr)>,
    binary: PathBuf,
    root_path: PathBuf,
    _root: Option<TempDir>,
}

impl RealServers {
    /// Builds everything in a fresh temp folder and waits until every listener answers.
    /// The error text says what failed, with the daemons' log excerpts.
    pub fn start() -> Result<Self, String> {
        for note in stale::reap_abandoned_runs() {
            eprintln!("{note}");
        }
        let root = tempfile::Builder::new()
            .prefix(stale::FOLDER_PREFIX)
            .tempdir()
            .map_err(|e| format!("cannot create a temp folder: {e}"))?;
        let root_path = root.path().to_path_buf();
        // The mail uid, Dovecot's login user and Postfix must all reach inside.
        fs::set_permissions(&root_path, fs::Permissions::from_mode(0o755))
            .map_err(|e| format!("cannot open up {}: {e}", root_path.display()))?;
        let keep = std::env::var_os(KEEP_VARIABLE).is_some();
        stale::claim(&root_path, keep)?;
        let (root, root_path) = if keep {
            (None, root.keep())
        } else {
            (Some(root), root_path)
        };

        let binary = copy_binary_under_test(&root_path)?;
        let pki = write_test_pki(&root_path.join("certs"))?;
        let home = root_path.join("mail").join("alice");
        let mailbox = mailbox::seed(&home, MAIL_UID, MAIL_GID)?;

        let mut ports = PortPicker::default();
        let mut addresses = Vec::new();
        for listener in Listener::ALL {
            addresses.push((listener, ports.free_port(listener.address())?));
        }
        let address_of = |wanted: Listener| {
            addresses
                .iter()
                .find(|(listener, _)| *listener == wanted)
                .map(|(_, address)| *address)
                .ok_or_else(|| format!("no port for {wanted:?}"))
        };

        let dovecot = dovecot::start(&DovecotSetup {
            root: &root_path,
            pki: &pki,
            mail_uid: MAIL_UID,
            mail_gid: MAIL_GID,
            user: USER,
            password: PASSWORD,
            home: &home,
            pop3: address_of(Listener::Pop3Plain)?,
            pop3s: address_of(Listener::Pop3Tls)?,
            pop3s_expired: address_of(Listener::Pop3TlsExpired)?,
            pop3s_wrong_name: address_of(Listener::Pop3TlsWrongName)?,
            imap: address_of(Listener::ImapPlain)?,
            imaps: address_of(Listener::ImapTls)?,
            imaps_expired: address_of(Listener::ImapTlsExpired)?,
            imaps_wrong_name: address_of(Listener::ImapTlsWrongName)?,
            imap_elsewhere: address_of(Listener::ImapPlainElsewhere)?,
        })?;
        let postfix = postfix::start(&PostfixSetup {
            root: &root_path,
            pki: &pki,
            dovecot_sockets: &dovecot.sockets,
            user: USER,
            relay: address_of(Listener::SmtpRelay)?,
            submission: address_of(Listener::Submission)?,
            submissions: address_of(Listener::SubmissionTls)?,
            submissions_expired: address_of(Listener::SubmissionTlsExpired)?,
            submission_plain: address_of(Listener::SubmissionPlain)?,
        })
        .map_err(|reason| format!("{reason}\n{}", dovecot.log_excerpt()))?;

        let mut servers = RealServers {
            postfix,
            dovecot,
            pki,
            mailbox,
            addresses,
            binary,
            root_path,
            _root: root,
        };
        servers
            .wait_until_ready()
            .map_err(|reason| format!("{reason}\n{}", servers.log_excerpts()))?;
        if keep {
            eprintln!("keeping {}", servers.root_path.display());
        }
        Ok(servers)
    }

    /// Where `listener` accepts connections.
    pub fn address(&self, listener: Listener) -> SocketAddr {
        self.addresses
            .iter()
            .find(|(candidate, _)| *candidate == listener)
            .map(|(_, address)| *address)
            .unwrap_or_else(|| panic!("the set-up has no {listener:?} listener"))
    }

    /// The `mailtriage` binary the cases run.
    pub fn binary(&self) -> &Path {
        &self.binary
    }

    /// The temp folder of this run.
    pub fn root(&self) -> &Path {
        &self.root_path
    }

    /// The ends of both daemons' logs, for failure messages.
    pub fn log_excerpts(&self) -> String {
        format!(
            "Dovecot:\n{}\nPostfix:\n{}",
            self.dovecot.log_excerpt(),
            self.postfix.log_excerpt()
        )
    }

    /// Whether both daemons still run (a case that kills one would spoil the rest).
    pub fn check_alive(&mut self) -> Result<(), String> {
        for daemon in [&mut self.dovecot.daemon, &mut self.postfix.daemon] {
            if let Some(reason) = daemon.exit_reason() {
                return Err(reason);
            }
        }
        Ok(())
    }

    /// Stops Postfix, then Dovecot, each with SIGTERM and a deadline.
    pub fn stop(mut self) -> Result<(), String> {
        let postfix = self.postfix.daemon.stop();
        let dovecot = self.dovecot.daemon.stop();
        postfix.and(dovecot)
    }

    fn daemons_alive(&mut self) -> Result<(), String> {
        self.check_alive()
            .map_err(|reason| format!("{reason} during start-up"))
    }

    /// Polls every listener until it accepts a connection (plaintext ones until they greet),
    /// then warms up authentication: the first login makes Dovecot's auth process start, and
    /// proves Postfix reaches Dovecot's SASL socket.
    fn wait_until_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + READY_DEADLINE;
        for (listener, address) in self.addresses.clone() {
            loop {
                self.daemons_alive()?;
                let attempt = if listener.implicit_tls() {
                    TcpStream::connect_timeout(&address, Duration::from_secs(1))
                        .map(|_| String::new())
                        .map_err(|e| e.to_string())
                } else {
                    dialogue::greeting(address)
                };
                match attempt {
                    Ok(_) => break,
                    Err(reason) if Instant::now() >= deadline => {
                        return Err(format!(
                            "{listener:?} on {address} not ready after {READY_DEADLINE:?}: {reason}"
                        ));
                    }
                    Err(_) => thread::sleep(Duration::from_millis(50)),
                }
            }
        }
        let count =
            dialogue::pop3_login_and_stat(self.address(Listener::Pop3Plain), USER, PASSWORD)
                .map_err(|reason| format!("warm-up POP3 login failed: {reason}"))?;
        if count != self.mailbox.message_count() {
            return Err(format!(
                "warm-up POP3 STAT counts {count} messages, {} were seeded",
                self.mailbox.message_count()
            ));
        }
        dialogue::smtp_auth_plain(self.address(Listener::SubmissionPlain), USER, PASSWORD)
            .map_err(|reason| {
                format!("warm-up SMTP AUTH (Postfix asking Dovecot) failed: {reason}")
            })?;
        self.daemons_alive()
    }
}

/// Copies the binary cargo built for this test into the run's folder, so that a rebuild in the
/// shared target folder while the suite runs cannot swap it under the cases.
fn copy_binary_under_test(root: &Path) -> Result<PathBuf, String> {
    let built = Path::new(env!("CARGO_BIN_EXE_mailtriage"));
    let folder = root.join("bin");
    fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let copy = folder.join("mailtriage");
    fs::copy(built, &copy)
        .map_err(|e| format!("cannot copy {} to {}: {e}", built.display(), copy.display()))?;
    Ok(copy)
}
