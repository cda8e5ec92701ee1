//! A child process run to its end under a wall-clock limit: empty stdin, its output read to
//! the end on threads of their own, polled every few milliseconds (past the limit it is killed
//! and the run says `hung`), with its peak memory read at each poll. Shared by the tests' runner
//! (`run.rs`) and the real-server harness, which the benches build on its own.
//!
//! The peak: at each poll the child's `VmHWM` (peak resident memory of its own address space,
//! which only grows) is read from `/proc/PID/status`, so the last reading before it exits is its
//! peak up to a few milliseconds before the end. `ru_maxrss` from `wait4` cannot serve: the
//! kernel carries the test process's own peak into a child at `exec`, so it measures the test,
//! not the binary.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;

/// The outcome of one guarded run (see [`run_within`]).
#[derive(Debug)]
pub struct Run {
    /// Exit code, when it exited normally.
    pub code: Option<i32>,
    /// Signal that ended it, when one did.
    pub signal: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Peak resident memory, KiB.
    pub max_rss_kib: i64,
    pub wall: Duration,
    /// Killed by the guard.
    pub hung: bool,
}

impl Run {
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// Fails if the guard had to kill the run (`what` names it in the message).
    pub fn assert_ended(&self, what: &str) {
        assert!(
            !self.hung,
            "{what} ran longer than its limit ({:.1} s) and was killed\nstderr: {}",
            self.wall.as_secs_f64(),
            self.stderr_text()
        );
    }

    /// The exit code; fails if the run hung or was ended by a signal.
    pub fn exit_code(&self) -> i32 {
        self.assert_ended("mailtriage");
        self.code.unwrap_or_else(|| {
            panic!(
                "mailtriage ended by signal {:?}\nstderr: {}",
                self.signal,
                self.stderr_text()
            )
        })
    }

    /// The `--json` document.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not one JSON document ({e}):\n{}",
                self.stdout_text()
            )
        })
    }
}

/// Run `cmd` to its end or until `limit` (then it is killed and the run is `hung`), collecting
/// its output and peak memory.
pub fn run_within(cmd: Command, limit: Duration) -> Run {
    guarded(cmd, limit, true)
}

/// [`run_within`] with the reader of the child's stdout gone before anything is written, as
/// with `mailtriage … | head -1`; `stdout` stays empty.
pub fn run_stdout_closed(cmd: Command, limit: Duration) -> Run {
    guarded(cmd, limit, false)
}

/// How often a running child is looked at.
const POLL: Duration = Duration::from_millis(5);

fn guarded(mut cmd: Command, limit: Duration, read_stdout: bool) -> Run {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd.spawn().expect("the binary starts");
    let stdout = child.stdout.take();
    let stdout = if read_stdout {
        drain(stdout.map(|s| Box::new(s) as Box<dyn Read + Send>))
    } else {
        drop(stdout);
        drain(None)
    };
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let mut hung = false;
    let mut max_rss_kib = 0;
    let status = loop {
        if let Some(hwm) = peak_resident_kib(child.id()) {
            max_rss_kib = max_rss_kib.max(hwm);
        }
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > limit => {
                hung = true;
                let _ = child.kill();
                break child.wait().expect("the killed child is reaped");
            }
            Ok(None) => std::thread::sleep(POLL),
            Err(e) => panic!("cannot wait for the binary: {e}"),
        }
    };
    let wall = started.elapsed();
    Run {
        code: status.code(),
        signal: status.signal(),
        stdout: join(stdout),
        stderr: join(stderr),
        max_rss_kib,
        wall,
        hung,
    }
}

/// `VmHWM` of a live process, in KiB.
fn peak_resident_kib(pid: u32) -> Option<i64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn drain(stream: Option<Box<dyn Read + Send>>) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut stream) = stream {
            // A read error just ends the capture; the exit status still tells what happened.
            let _ = stream.read_to_end(&mut bytes);
        }
        bytes
    })
}

fn join(reader: JoinHandle<Vec<u8>>) -> Vec<u8> {
    reader
        .join()
        .unwrap_or_else(|_| b"(output reader panicked)".to_vec())
}
