//! A mail daemon run in the foreground as a child of the suite, stopped on drop.
#![allow(unsafe_code)] // libc calls the standard library does not offer

use std::fs::{self, File};
use std::io;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// How long a daemon gets to exit after SIGTERM before it is killed.
const STOP_GRACE: Duration = Duration::from_secs(10);

/// A running daemon. Dropping it stops it, so the daemons go away also when a case panics or
/// set-up fails half-way; if the suite itself is killed, the kernel sends the daemon SIGTERM.
pub struct Daemon {
    name: &'static str,
    child: Option<Child>,
    output: PathBuf,
}

impl Daemon {
    /// Starts `command` with stdout and stderr going to `output`.
    pub fn spawn(name: &'static str, mut command: Command, output: &Path) -> Result<Self, String> {
        let log = File::create(output)
            .map_err(|e| format!("{name}: cannot create {}: {e}", output.display()))?;
        let log_for_stderr = log
            .try_clone()
            .map_err(|e| format!("{name}: cannot share {}: {e}", output.display()))?;
        command
            .stdin(Stdio::null())
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(log_for_stderr));
        // SAFETY: prctl is async-signal-safe and touches no memory of the parent.
        unsafe {
            command.pre_exec(|| {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) == 0 {
                    Ok(())
                } else {
                    Err(io::Error::last_os_error())
                }
            });
        }
        let child = command
            .spawn()
            .map_err(|e| format!("{name}: cannot start {command:?}: {e}"))?;
        Ok(Self {
            name,
            child: Some(child),
            output: output.to_path_buf(),
        })
    }

    /// Why the daemon is no longer running, or `None` while it runs.
    pub fn exit_reason(&mut self) -> Option<String> {
        let child = self.child.as_mut()?;
        match child.try_wait() {
            Ok(Some(status)) => Some(format!("{} exited ({status})", self.name)),
            Ok(None) => None,
            Err(e) => Some(format!("{}: cannot query its state: {e}", self.name)),
        }
    }

    /// The file that holds the daemon's stdout and stderr.
    pub fn output(&self) -> &Path {
        &self.output
    }

    /// Sends SIGTERM, waits for the exit, and kills the daemon if it takes too long.
    pub fn stop(&mut self) -> Result<(), String> {
        let Some(mut child) = self.child.take() else {
            return Ok(());
        };
        if let Ok(Some(_)) = child.try_wait() {
            return Ok(());
        }
        let pid = libc::pid_t::try_from(child.id())
            .map_err(|_| format!("{}: pid out of range", self.name))?;
        // SAFETY: plain system call on the pid of our own child, which we have not reaped yet.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
        let deadline = Instant::now() + STOP_GRACE;
        while Instant::now() < deadline {
            match child.try_wait() {
                Ok(Some(_)) => return Ok(()),
                Ok(None) => thread::sleep(Duration::from_millis(20)),
                Err(e) => return Err(format!("{}: cannot wait for its exit: {e}", self.name)),
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        Err(format!(
            "{} did not exit within {STOP_GRACE:?} of SIGTERM and was killed",
            self.name
        ))
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Err(reason) = self.stop() {
            eprintln!("{reason}");
        }
    }
}

/// The last `max_lines` lines of a log file, for failure messages.
pub fn log_tail(path: &Path, max_lines: usize) -> String {
    match fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            let lines: Vec<&str> = text.lines().collect();
            let start = lines.len().saturating_sub(max_lines);
            if lines.is_empty() {
                format!("--- {} is empty", path.display())
            } else {
                format!(
                    "--- last lines of {}:\n{}",
                    path.display(),
                    lines[start..].join("\n")
                )
            }
        }
        Err(e) => format!("--- {} cannot be read: {e}", path.display()),
    }
}
