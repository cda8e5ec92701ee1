//! The other clients the bench compares with: swaks (with TLS support), curl and openssl,
//! installed from the Debian packages when missing, the way the suite installs the servers.

use std::path::Path;
use std::process::Command;

/// Programs and the packages that bring them.
const PEERS: [(&str, &str); 3] = [
    ("/usr/bin/curl", "curl"),
    ("/usr/bin/openssl", "openssl"),
    ("/usr/bin/swaks", "swaks"),
];
/// swaks needs this for STARTTLS.
const SWAKS_TLS_PACKAGE: &str = "libio-socket-ssl-perl";

/// Installs the missing peers (root only); errors say what is still missing.
pub fn ensure() -> Result<(), String> {
    let mut packages: Vec<&str> = PEERS
        .iter()
        .filter(|(program, _)| !Path::new(program).exists())
        .map(|(_, package)| *package)
        .collect();
    if !swaks_has_tls() {
        packages.push(SWAKS_TLS_PACKAGE);
    }
    if packages.is_empty() {
        return Ok(());
    }
    eprintln!("installing {}", packages.join(" "));
    let install = |update_first: bool| -> bool {
        if update_first {
            let _ = Command::new("apt-get").arg("update").status();
        }
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(&packages)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    if !install(false) && !install(true) {
        return Err(format!("apt-get could not install {}", packages.join(" ")));
    }
    let missing: Vec<&str> = PEERS
        .iter()
        .filter(|(program, _)| !Path::new(program).exists())
        .map(|(program, _)| *program)
        .collect();
    if !missing.is_empty() || !swaks_has_tls() {
        return Err(format!(
            "still missing after installing: {} {}",
            missing.join(" "),
            if swaks_has_tls() { "" } else { "(swaks TLS)" }
        ));
    }
    Ok(())
}

fn swaks_has_tls() -> bool {
    Command::new("perl")
        .args(["-MIO::Socket::SSL", "-e", "1"])
        .output()
        .is_ok_and(|o| o.status.success())
}
