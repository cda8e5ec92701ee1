//! How `check` hands its result over: in the format asked for (text, JSON, the Nagios plugin
//! output, OpenMetrics), on standard output or written atomically to a file (a temporary file
//! in the same folder, then renamed over the target, so a reader such as node_exporter's
//! textfile collector never sees half of it).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::account::Plan;
pub use crate::cli::OutputFormat;
use crate::report::monitored::Monitored;
use crate::report::{self, Outcome, nagios, openmetrics};

/// The format the command line asks for: `--format`, else `--json`, else text.
pub fn chosen_format(args: &crate::cli::CheckArgs) -> OutputFormat {
    match (args.json, args.format) {
        (_, Some(format)) => format,
        (true, None) => OutputFormat::Json,
        (false, None) => OutputFormat::Text,
    }
}

/// One OpenMetrics exposition of every account of a many-account run that was checked (an
/// account that could not be checked has no series; its absence is what an alert sees).
pub fn many_accounts_openmetrics(results: &crate::command::accounts::run::RunResults) -> String {
    let finished_unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    let checked: Vec<Monitored<'_>> = results
        .accounts
        .iter()
        .filter_map(|result| {
            result.checked.as_ref().ok().map(|outcome| Monitored {
                account: &result.name,
                outcome,
                finished_unix,
                duration_seconds: result.duration.as_secs_f64(),
            })
        })
        .collect();
    openmetrics::render(&checked)
}

/// The account's name in the monitoring outputs when `--account-label` does not give one: the
/// user name, else the e-mail address, else the first server's host name.
pub fn default_account_label(plan: &Plan) -> String {
    plan.user
        .clone()
        .or_else(|| plan.email.clone())
        .or_else(|| plan.incoming.as_ref().map(|e| e.host.clone()))
        .or_else(|| plan.outgoing.as_ref().map(|e| e.host.clone()))
        .unwrap_or_else(|| "account".to_string())
}

/// What a finished check prints, and the exit code that goes with it (the Nagios output has
/// its own codes; the others keep the check's).
pub fn render(
    format: OutputFormat,
    check: &Monitored<'_>,
    now_unix: i64,
    exit_code: i32,
) -> (String, i32) {
    let outcome: &Outcome = check.outcome;
    match format {
        OutputFormat::Text => (report::text::render(outcome, false), exit_code),
        OutputFormat::Json => (
            format!("{}\n", report::json::render_in(outcome, outcome.lang)),
            exit_code,
        ),
        OutputFormat::Nagios => {
            let out = nagios::render(check, now_unix);
            let code = out.exit_code();
            (out.text, code)
        }
        OutputFormat::OpenMetrics => (openmetrics::render(std::slice::from_ref(check)), exit_code),
    }
}

/// Write `text` to `path` so that the file is either the old one or the whole new one: into a
/// new temporary file beside it, flushed to disk, then renamed over it. The temporary file's
/// name starts with a dot and does not end in `.prom`, so collectors skip it.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let temp = temporary_beside(path)?;
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut file| {
            file.write_all(text.as_bytes())?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// Fails at once when `path` could not be written after the check: its folder is missing or
/// is not a folder, or the path is a folder itself.
pub fn check_writable(path: &Path) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(std::io::Error::from(std::io::ErrorKind::NotFound));
    }
    if path.is_dir() {
        return Err(std::io::Error::from(std::io::ErrorKind::IsADirectory));
    }
    Ok(())
}

fn temporary_beside(path: &Path) -> std::io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"))?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let temp_name = format!(
        ".{}.{}-{nanos}.tmp",
        name.to_string_lossy(),
        std::process::id()
    );
    Ok(path.with_file_name(temp_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_replaces_the_file_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("mail.prom");
        std::fs::write(&target, "old").unwrap();
        write_atomically(&target, "new\n").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new\n");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["mail.prom"]);
    }

    #[test]
    fn an_atomic_write_into_a_missing_folder_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing").join("mail.prom");
        assert!(write_atomically(&target, "x").is_err());
        assert!(!target.exists());
    }
}
