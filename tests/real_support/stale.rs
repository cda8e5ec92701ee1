//! Clean-up after an earlier run that was killed before it could stop its daemons (Postfix's
//! master drops the parent-death signal when it switches credentials, so it can outlive a
//! killed suite). Only folders whose owning suite process is gone are touched, and only
//! processes whose command line names such a folder are stopped.
#![allow(unsafe_code)] // libc calls the standard library does not offer

use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

/// Prefix of every run's temp folder.
pub const FOLDER_PREFIX: &str = "mailtriage-real-";
/// File in a run's folder with the pid of the suite process that owns it.
const OWNER_FILE: &str = "owner.pid";
/// File in a run's folder that asks to keep the folder after the run.
const KEEP_FILE: &str = "kept";

/// Records the current process as the owner of `root`; `keep` protects the folder from removal.
pub fn claim(root: &Path, keep: bool) -> Result<(), String> {
    let owner = root.join(OWNER_FILE);
    fs::write(&owner, std::process::id().to_string())
        .map_err(|e| format!("cannot write {}: {e}", owner.display()))?;
    if keep {
        let marker = root.join(KEEP_FILE);
        fs::write(&marker, "").map_err(|e| format!("cannot write {}: {e}", marker.display()))?;
    }
    Ok(())
}

/// Stops the daemons of earlier runs whose suite process is gone and removes their folders
/// (unless kept). Returns one line per folder handled.
pub fn reap_abandoned_runs() -> Vec<String> {
    let mut handled = Vec::new();
    for folder in abandoned_folders() {
        let Some(name) = folder.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        let stopped = stop_processes_naming(&name);
        if !folder.join(KEEP_FILE).exists() {
            let _ = fs::remove_dir_all(&folder);
        }
        handled.push(format!(
            "cleaned up abandoned run {} ({stopped} leftover processes stopped)",
            folder.display()
        ));
    }
    handled
}

fn abandoned_folders() -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(std::env::temp_dir()) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with(FOLDER_PREFIX))
        })
        .filter(|path| {
            let Ok(owner) = fs::read_to_string(path.join(OWNER_FILE)) else {
                return false;
            };
            owner
                .trim()
                .parse::<u32>()
                .is_ok_and(|pid| !process_alive(pid))
        })
        .collect()
}

/// Whether `pid` runs (a zombie, dead but not yet reaped, does not count).
fn process_alive(pid: u32) -> bool {
    let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    // The state follows the parenthesised command name, which may itself contain ") ".
    let state = stat
        .rfind(") ")
        .and_then(|end| stat[end + 2..].chars().next());
    !matches!(state, Some('Z' | 'X') | None)
}

/// Sends SIGTERM (then SIGKILL after a grace period) to every process whose command line
/// contains `folder_name`; returns how many there were.
fn stop_processes_naming(folder_name: &str) -> usize {
    let targets = processes_naming(folder_name);
    for pid in &targets {
        signal(*pid, libc::SIGTERM);
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline && !processes_naming(folder_name).is_empty() {
        thread::sleep(Duration::from_millis(50));
    }
    for pid in processes_naming(folder_name) {
        signal(pid, libc::SIGKILL);
    }
    targets.len()
}

fn processes_naming(folder_name: &str) -> Vec<libc::pid_t> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .parse::<libc::pid_t>()
                .ok()
        })
        .filter(|pid| {
            fs::read(format!("/proc/{pid}/cmdline"))
                .map(|cmdline| String::from_utf8_lossy(&cmdline).contains(folder_name))
                .unwrap_or(false)
        })
        .collect()
}

fn signal(pid: libc::pid_t, signal: libc::c_int) {
    // SAFETY: plain system call; the pid was just read from /proc and names a leftover daemon.
    unsafe {
        libc::kill(pid, signal);
    }
}
