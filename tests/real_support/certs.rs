//! Test certificates, made by the product's lab ([`mailtriage::lab::Pki`]): a private CA and
//! the three server certificates the listeners present, written as files for Dovecot and
//! Postfix.
//!
//! "valid" covers the names the suite connects to; "expired" covers the same names but its
//! validity ended long ago (so only the date is wrong); "wrong-name" is current and trusted but
//! names another host.

use std::fs;
use std::path::{Path, PathBuf};

use mailtriage::lab::{CertKind, Pki};
use rustls::pki_types::CertificateDer;

/// The POP3 server name the suite uses (covered by the valid and the expired certificate).
pub const POP3_NAME: &str = "pop.mailtriage.test";
/// The SMTP server name the suite uses (covered by the valid and the expired certificate).
pub const SMTP_NAME: &str = "smtp.mailtriage.test";

/// A certificate file and its private key file, both PEM.
pub struct CertAndKey {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// Where the run's certificates were written.
pub struct TestPki {
    /// The CA certificate to pass with `--ca-file`.
    pub ca: PathBuf,
    /// The same CA certificate, for the suite's own TLS handshakes.
    pub ca_der: CertificateDer<'static>,
    pub valid: CertAndKey,
    pub expired: CertAndKey,
    pub wrong_name: CertAndKey,
}

/// Generates the CA and the server certificates into `dir`.
pub fn write_test_pki(dir: &Path) -> Result<TestPki, String> {
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let pki = Pki::new("mailtriage test CA")?;
    let ca = dir.join("ca.pem");
    write(&ca, pki.ca_pem())?;
    let our_names = [POP3_NAME, SMTP_NAME];
    let leaf = |stem: &str, kind: CertKind| -> Result<CertAndKey, String> {
        let cert = pki.server_cert(kind, &our_names)?;
        let files = CertAndKey {
            cert: dir.join(format!("{stem}.pem")),
            key: dir.join(format!("{stem}.key")),
        };
        write(&files.cert, &cert.cert_pem())?;
        write(&files.key, &cert.key_pem())?;
        Ok(files)
    };
    Ok(TestPki {
        ca,
        ca_der: pki.ca_der(),
        valid: leaf("valid", CertKind::Valid)?,
        expired: leaf("expired", CertKind::Expired)?,
        wrong_name: leaf("wrong-name", CertKind::WrongName)?,
    })
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
