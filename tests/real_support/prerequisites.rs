//! What the machine must have before the servers can start: root, and the Debian packages
//! (the mail servers, and Prometheus for the monitoring case),
//! which tests/real/install.sh installs when they are missing.
#![allow(unsafe_code)] // libc calls the standard library does not offer

use std::path::Path;
use std::process::Command;

/// Programs the set-up runs; one missing means a package is missing.
const REQUIRED_PROGRAMS: [&str; 8] = [
    "/usr/sbin/dovecot",
    "/usr/lib/dovecot/pop3",
    "/usr/lib/dovecot/lmtp",
    "/usr/sbin/postfix",
    "/usr/sbin/postconf",
    "/usr/lib/postfix/sbin/master",
    "/usr/bin/prometheus",
    "/usr/bin/promtool",
];

/// Ensures the suite runs as root and the packages are installed, installing them if needed.
pub fn ensure() -> Result<(), String> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Err(
            "the real-server suite must run as root: Dovecot and Postfix start as root \
                    and switch to their own users"
                .to_string(),
        );
    }
    if missing_programs().is_empty() {
        return Ok(());
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real/install.sh");
    eprintln!(
        "missing {}; running {}",
        missing_programs().join(", "),
        script.display()
    );
    let output = Command::new("bash")
        .arg(&script)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
    let missing = missing_programs();
    if output.status.success() && missing.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} did not install the mail servers ({}; still missing: {}):\n{}{}",
        script.display(),
        output.status,
        missing.join(", "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    ))
}

fn missing_programs() -> Vec<&'static str> {
    REQUIRED_PROGRAMS
        .into_iter()
        .filter(|program| !Path::new(program).exists())
        .collect()
}
