//! Test certificates: a private CA and the three server certificates the listeners present.
//!
//! "valid" covers the names the suite connects to; "expired" covers the same names but ran out a
//! month ago (so only the date is wrong); "wrong-name" is current and trusted but names another host.

use std::fs;
use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::CertificateDer;
use time::{Duration, OffsetDateTime};

/// The POP3 server name the suite uses (covered by the valid and the expired certificate).
pub const POP3_NAME: &str = "pop.mailtriage.test";
/// The SMTP server name the suite uses (covered by the valid and the expired certificate).
pub const SMTP_NAME: &str = "smtp.mailtriage.test";
/// The only name in the wrong-name certificate.
pub const WRONG_NAME: &str = "mail.other-provider.test";

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
    let now = OffsetDateTime::now_utc();
    let day = Duration::days(1);

    let ca_key = KeyPair::generate().map_err(cert_error)?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(cert_error)?;
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "mailtriage test CA");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    ca_params.not_before = now - day * 400;
    ca_params.not_after = now + day * 365;
    let ca_cert = ca_params.self_signed(&ca_key).map_err(cert_error)?;
    let ca = dir.join("ca.pem");
    write(&ca, &ca_cert.pem())?;
    let issuer = Issuer::new(ca_params, ca_key);

    let our_names = [POP3_NAME, SMTP_NAME];
    let valid = write_leaf(dir, "valid", &our_names, now - day, now + day * 30, &issuer)?;
    let expired = write_leaf(
        dir,
        "expired",
        &our_names,
        now - day * 90,
        now - day * 30,
        &issuer,
    )?;
    let wrong_name = write_leaf(
        dir,
        "wrong-name",
        &[WRONG_NAME],
        now - day,
        now + day * 30,
        &issuer,
    )?;
    Ok(TestPki {
        ca,
        ca_der: ca_cert.der().clone(),
        valid,
        expired,
        wrong_name,
    })
}

fn write_leaf(
    dir: &Path,
    stem: &str,
    names: &[&str],
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
    issuer: &Issuer<'_, KeyPair>,
) -> Result<CertAndKey, String> {
    let names: Vec<String> = names.iter().map(|name| name.to_string()).collect();
    let mut params = CertificateParams::new(names.clone()).map_err(cert_error)?;
    params
        .distinguished_name
        .push(DnType::CommonName, names[0].as_str());
    params.use_authority_key_identifier_extension = true;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.not_before = not_before;
    params.not_after = not_after;
    let key = KeyPair::generate().map_err(cert_error)?;
    let cert = params.signed_by(&key, issuer).map_err(cert_error)?;
    let files = CertAndKey {
        cert: dir.join(format!("{stem}.pem")),
        key: dir.join(format!("{stem}.key")),
    };
    write(&files.cert, &cert.pem())?;
    write(&files.key, &key.serialize_pem())?;
    Ok(files)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn cert_error(error: rcgen::Error) -> String {
    format!("certificate generation failed: {error}")
}
