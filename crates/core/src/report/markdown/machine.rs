//! Where and when a support report is made: this machine's system, host name and the time.

use std::fmt::Write;

use super::ReportEnv;
use crate::sanitize::sanitize_str;

impl ReportEnv {
    /// This machine, now.
    pub fn current() -> ReportEnv {
        let generated_at = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|_| "unknown".into());
        ReportEnv {
            tool: format!("mailtriage {}", env!("CARGO_PKG_VERSION")),
            os: os_description(),
            generated_at,
            machine_name: std::fs::read_to_string("/proc/sys/kernel/hostname")
                .or_else(|_| std::fs::read_to_string("/etc/hostname"))
                .ok()
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty()),
        }
    }
}

/// `linux x86_64 (Debian GNU/Linux 12 (bookworm), kernel 6.1.0-18-amd64)`.
fn os_description() -> String {
    let mut out = format!("{} {}", std::env::consts::OS, std::env::consts::ARCH);
    let mut extra = Vec::new();
    if let Ok(release) = std::fs::read_to_string("/etc/os-release")
        && let Some(name) = release.lines().find_map(|l| l.strip_prefix("PRETTY_NAME="))
    {
        extra.push(sanitize_str(name.trim().trim_matches('"')));
    }
    if let Ok(kernel) = std::fs::read_to_string("/proc/sys/kernel/osrelease") {
        extra.push(format!("kernel {}", sanitize_str(kernel.trim())));
    }
    if !extra.is_empty() {
        let _ = write!(out, " ({})", extra.join(", "));
    }
    out
}
