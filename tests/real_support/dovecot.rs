//! Dovecot from the Debian package: POP3 and IMAP listeners, LMTP and SASL for Postfix, all configured
//! inside the run's temp folder (the machine's /etc/dovecot is never read).

use std::fs;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::certs::TestPki;
use super::config::write_rendered;
use super::daemon::{Daemon, log_tail};

const CONFIG_TEMPLATE: &str = include_str!("../real/dovecot.conf.in");
const OAUTH2_TEMPLATE: &str = include_str!("../real/oauth2.conf.ext.in");

/// The HS256 key Dovecot validates the suite's OAuth2 tokens with.
pub const OAUTH2_KEY: &[u8] = b"mailtriage real-server suite HS256 key, 32+ bytes";

/// Everything the Dovecot config needs from the rest of the set-up.
pub struct DovecotSetup<'a> {
    pub root: &'a Path,
    pub pki: &'a TestPki,
    pub mail_uid: u32,
    pub mail_gid: u32,
    pub user: &'a str,
    pub password: &'a str,
    pub home: &'a Path,
    pub pop3: SocketAddr,
    pub pop3s: SocketAddr,
    pub pop3s_expired: SocketAddr,
    pub pop3s_wrong_name: SocketAddr,
    pub imap: SocketAddr,
    pub imaps: SocketAddr,
    pub imaps_expired: SocketAddr,
    pub imaps_wrong_name: SocketAddr,
    pub imap_elsewhere: SocketAddr,
}

/// A running Dovecot.
pub struct Dovecot {
    pub daemon: Daemon,
    pub log: PathBuf,
    /// Folder of its UNIX sockets (`auth-postfix`, `lmtp-postfix`).
    pub sockets: PathBuf,
}

impl Dovecot {
    /// The end of its log and of its own output, for failure messages.
    pub fn log_excerpt(&self) -> String {
        format!(
            "{}\n{}",
            log_tail(&self.log, 40),
            log_tail(self.daemon.output(), 20)
        )
    }
}

/// Writes the config and the user database, checks the config, and starts `dovecot -F`.
pub fn start(setup: &DovecotSetup<'_>) -> Result<Dovecot, String> {
    let dir = setup.root.join("dovecot");
    for sub in ["run", "state"] {
        let path = dir.join(sub);
        fs::create_dir_all(&path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    }
    let users = dir.join("users");
    let user_line = format!(
        "{}:{{PLAIN}}{}:{}:{}::{}::\n",
        setup.user,
        setup.password,
        setup.mail_uid,
        setup.mail_gid,
        setup.home.display()
    );
    fs::write(&users, user_line).map_err(|e| format!("cannot write {}: {e}", users.display()))?;

    // The oauth2 passdb's settings and its key, looked up under <azp>/<alg>/<kid>.
    let keys = dir.join("oauth2-keys/default/HS256");
    fs::create_dir_all(&keys).map_err(|e| format!("cannot create {}: {e}", keys.display()))?;
    {
        use base64::Engine;
        let key = base64::engine::general_purpose::STANDARD.encode(OAUTH2_KEY);
        fs::write(keys.join("default"), key)
            .map_err(|e| format!("cannot write the OAuth2 key: {e}"))?;
    }
    write_rendered(
        &dir.join("oauth2.conf.ext"),
        "oauth2.conf.ext.in",
        OAUTH2_TEMPLATE,
        &[("KEYS", dir.join("oauth2-keys").display().to_string())],
    )?;

    let config = dir.join("dovecot.conf");
    let instance = setup
        .root
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "run".to_string());
    write_rendered(
        &config,
        "dovecot.conf.in",
        CONFIG_TEMPLATE,
        &[
            ("ROOT", setup.root.display().to_string()),
            ("INSTANCE", instance),
            ("MAIL_UID", setup.mail_uid.to_string()),
            ("VALID_CERT", setup.pki.valid.cert.display().to_string()),
            ("VALID_KEY", setup.pki.valid.key.display().to_string()),
            ("EXPIRED_CERT", setup.pki.expired.cert.display().to_string()),
            ("EXPIRED_KEY", setup.pki.expired.key.display().to_string()),
            (
                "WRONG_NAME_CERT",
                setup.pki.wrong_name.cert.display().to_string(),
            ),
            (
                "WRONG_NAME_KEY",
                setup.pki.wrong_name.key.display().to_string(),
            ),
            ("MAIL_GID", setup.mail_gid.to_string()),
            ("POP3_PORT", setup.pop3.port().to_string()),
            ("POP3S_PORT", setup.pop3s.port().to_string()),
            ("EXPIRED_ADDR", setup.pop3s_expired.ip().to_string()),
            ("POP3S_EXPIRED_PORT", setup.pop3s_expired.port().to_string()),
            ("WRONG_NAME_ADDR", setup.pop3s_wrong_name.ip().to_string()),
            (
                "POP3S_WRONG_NAME_PORT",
                setup.pop3s_wrong_name.port().to_string(),
            ),
            ("IMAP_PORT", setup.imap.port().to_string()),
            ("IMAPS_PORT", setup.imaps.port().to_string()),
            ("IMAPS_EXPIRED_PORT", setup.imaps_expired.port().to_string()),
            (
                "IMAPS_WRONG_NAME_PORT",
                setup.imaps_wrong_name.port().to_string(),
            ),
            ("IMAP_ELSEWHERE_ADDR", setup.imap_elsewhere.ip().to_string()),
            (
                "IMAP_ELSEWHERE_PORT",
                setup.imap_elsewhere.port().to_string(),
            ),
        ],
    )?;

    let parsed = Command::new("dovecot")
        .arg("-c")
        .arg(&config)
        .arg("-n")
        .output()
        .map_err(|e| format!("cannot run `dovecot -n`: {e}"))?;
    if !parsed.status.success() {
        return Err(format!(
            "Dovecot rejects the generated {}:\n{}",
            config.display(),
            String::from_utf8_lossy(&parsed.stderr)
        ));
    }

    let mut command = Command::new("dovecot");
    command.arg("-F").arg("-c").arg(&config);
    let daemon = Daemon::spawn("dovecot", command, &dir.join("dovecot.out"))?;
    Ok(Dovecot {
        daemon,
        log: dir.join("dovecot.log"),
        sockets: dir.join("run"),
    })
}
