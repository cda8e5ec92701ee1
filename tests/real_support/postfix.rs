//! Postfix from the Debian package: a relay-style port and submission ports, SASL through
//! Dovecot, all configured inside the run's temp folder (the machine's /etc/postfix is never
//! written; only the package's file lists there are read by `postfix check`).

use std::fs;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::certs::TestPki;
use super::config::write_rendered;
use super::daemon::{Daemon, log_tail};

const MAIN_TEMPLATE: &str = include_str!("../real/main.cf.in");
const MASTER_TEMPLATE: &str = include_str!("../real/master.cf.in");

/// Everything the Postfix config needs from the rest of the set-up.
pub struct PostfixSetup<'a> {
    pub root: &'a Path,
    pub pki: &'a TestPki,
    /// Dovecot's socket folder (auth and LMTP).
    pub dovecot_sockets: &'a Path,
    /// The one address that exists in the virtual mailbox domain.
    pub user: &'a str,
    pub relay: SocketAddr,
    pub submission: SocketAddr,
    pub submissions: SocketAddr,
    pub submissions_expired: SocketAddr,
    pub submission_plain: SocketAddr,
}

/// A running Postfix master.
pub struct Postfix {
    pub daemon: Daemon,
    pub log: PathBuf,
}

impl Postfix {
    /// The end of its log and of the master's own output, for failure messages.
    pub fn log_excerpt(&self) -> String {
        format!(
            "{}\n{}",
            log_tail(&self.log, 40),
            log_tail(self.daemon.output(), 20)
        )
    }
}

/// Writes main.cf and master.cf, lets `postfix check` create the queue, and starts the master
/// daemon in the foreground (`master -s`, what `postfix start-fg` runs, without the shell in
/// between so that stopping the child stops Postfix).
pub fn start(setup: &PostfixSetup<'_>) -> Result<Postfix, String> {
    let dir = setup.root.join("postfix");
    let etc = dir.join("etc");
    // `postfix check` creates the queue's subfolders, but not the queue folder itself.
    for path in [&etc, &dir.join("queue")] {
        fs::create_dir_all(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    }
    let log = dir.join("postfix.log");
    let mailboxes = etc.join("virtual-mailboxes");
    fs::write(&mailboxes, format!("{} OK\n", setup.user))
        .map_err(|e| format!("cannot write {}: {e}", mailboxes.display()))?;

    let values = [
        ("ROOT", setup.root.display().to_string()),
        ("VALID_KEY", setup.pki.valid.key.display().to_string()),
        ("VALID_CERT", setup.pki.valid.cert.display().to_string()),
        ("EXPIRED_KEY", setup.pki.expired.key.display().to_string()),
        ("EXPIRED_CERT", setup.pki.expired.cert.display().to_string()),
        (
            "AUTH_SOCKET",
            setup
                .dovecot_sockets
                .join("auth-postfix")
                .display()
                .to_string(),
        ),
        (
            "LMTP_SOCKET",
            setup
                .dovecot_sockets
                .join("lmtp-postfix")
                .display()
                .to_string(),
        ),
        ("RELAY", setup.relay.to_string()),
        ("SUBMISSION", setup.submission.to_string()),
        ("SUBMISSIONS", setup.submissions.to_string()),
        ("SUBMISSIONS_EXPIRED", setup.submissions_expired.to_string()),
        ("SUBMISSION_PLAIN", setup.submission_plain.to_string()),
    ];
    write_rendered(&etc.join("main.cf"), "main.cf.in", MAIN_TEMPLATE, &values)?;
    write_rendered(
        &etc.join("master.cf"),
        "master.cf.in",
        MASTER_TEMPLATE,
        &values,
    )?;

    let check = Command::new("postfix")
        .arg("-c")
        .arg(&etc)
        .arg("check")
        .output()
        .map_err(|e| format!("cannot run `postfix check`: {e}"))?;
    if !check.status.success() {
        return Err(format!(
            "`postfix -c {} check` failed ({}):\n{}{}{}\n`postconf -n` warnings:\n{}",
            etc.display(),
            check.status,
            String::from_utf8_lossy(&check.stdout),
            String::from_utf8_lossy(&check.stderr),
            log_tail(&log, 20),
            postconf_warnings(&etc)
        ));
    }

    let daemon_directory = postconf_value(&etc, "daemon_directory")?;
    let mut command = Command::new(Path::new(&daemon_directory).join("master"));
    command.arg("-c").arg(&etc).arg("-s");
    let daemon = Daemon::spawn("postfix master", command, &dir.join("master.out"))?;
    Ok(Postfix { daemon, log })
}

fn postconf_value(etc: &Path, name: &str) -> Result<String, String> {
    let output = Command::new("postconf")
        .arg("-c")
        .arg(etc)
        .arg("-h")
        .arg(name)
        .output()
        .map_err(|e| format!("cannot run postconf: {e}"))?;
    let value = String::from_utf8_lossy(&output.stdout).trim().to_string();
    if output.status.success() && !value.is_empty() {
        Ok(value)
    } else {
        Err(format!(
            "postconf cannot tell {name}: {}",
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

fn postconf_warnings(etc: &Path) -> String {
    match Command::new("postconf")
        .arg("-c")
        .arg(etc)
        .arg("-n")
        .output()
    {
        Ok(output) => String::from_utf8_lossy(&output.stderr).into_owned(),
        Err(e) => format!("cannot run postconf: {e}"),
    }
}
