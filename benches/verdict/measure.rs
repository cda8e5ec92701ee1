//! Runs one client command under a deadline and times it from spawn to exit, keeping what it
//! printed so that each run can be checked before its time counts.
#![allow(unsafe_code)] // libc calls the standard library does not offer

use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// A run that takes longer than this is killed and counts as a failure.
const RUN_DEADLINE: Duration = Duration::from_secs(60);

/// What one finished run left behind.
pub struct RunOutput {
    pub elapsed: Duration,
    pub exit_code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Spawns `command` (stdin from /dev/null) and waits for it; the time runs from just before the
/// spawn to the moment `wait` returns, so process start-up counts as it does for a user.
pub fn run(mut command: Command) -> Result<RunOutput, String> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let shown = format!("{command:?}");
    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    let pid = child.id();
    let (done, finished) = mpsc::channel();
    thread::spawn(move || {
        let output = child.wait_with_output();
        let _ = done.send((started.elapsed(), output));
    });
    match finished.recv_timeout(RUN_DEADLINE) {
        Ok((elapsed, Ok(output))) => Ok(RunOutput {
            elapsed,
            exit_code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }),
        Ok((_, Err(e))) => Err(format!("cannot wait for {shown}: {e}")),
        Err(_) => {
            // SAFETY: kill has no memory preconditions; the pid is our own child, not yet reaped
            // (the waiting thread has not returned).
            unsafe {
                libc::kill(pid as libc::pid_t, libc::SIGKILL);
            }
            let _ = finished.recv_timeout(Duration::from_secs(5));
            Err(format!(
                "{shown} still ran after {RUN_DEADLINE:?} and was killed"
            ))
        }
    }
}

/// The median of `samples` (the mean of the two middle ones for an even count).
pub fn median(samples: &[Duration]) -> Option<Duration> {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
    }
}

/// Milliseconds with one decimal, for tables.
pub fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}
