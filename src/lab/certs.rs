//! The kit's certificates, made at run time with rcgen: one private CA (the client is told to
//! trust it, as with `--ca-file`) and server certificates of every kind a technician meets:
//! valid, expired, not yet valid, issued for another name, and self-signed.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use time::{Duration, OffsetDateTime};

/// The only name a [`CertKind::WrongName`] certificate covers.
pub const WRONG_NAME: &str = "another-server.invalid";

/// Which certificate a server presents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CertKind {
    /// Issued by the kit CA for the server's names, valid now.
    Valid,
    /// Issued by the kit CA for the right names; its validity ended in 2021.
    Expired,
    /// Issued by the kit CA for the right names; valid only from 30 days ahead.
    NotYetValid,
    /// Issued by the kit CA, valid now, but only for [`WRONG_NAME`].
    WrongName,
    /// For the right names and valid now, but signed by its own key: no CA vouches for it.
    SelfSigned,
    /// Issued by the kit CA for the right names, valid from `from_days` to `to_days` days from
    /// now (negative: in the past): about to expire, or shifted as a wrong clock sees it.
    ValidBetween { from_days: i64, to_days: i64 },
}

impl CertKind {
    pub const ALL: [CertKind; 5] = [
        CertKind::Valid,
        CertKind::Expired,
        CertKind::NotYetValid,
        CertKind::WrongName,
        CertKind::SelfSigned,
    ];
}

/// A certificate chain and its key, ready for a rustls server.
#[derive(Clone)]
pub struct ServerCert {
    /// Leaf first.
    pub chain: Vec<CertificateDer<'static>>,
    key_pkcs8: Vec<u8>,
}

impl ServerCert {
    /// The leaf certificate in PEM, for a server configured from files (Dovecot, Postfix).
    pub fn cert_pem(&self) -> String {
        self.chain
            .first()
            .map_or_else(String::new, |leaf| pem("CERTIFICATE", leaf))
    }

    /// The private key in PEM (PKCS#8).
    pub fn key_pem(&self) -> String {
        pem("PRIVATE KEY", &self.key_pkcs8)
    }

    /// A rustls server configuration (ring provider, TLS 1.2 and 1.3) presenting this chain.
    pub fn server_config(&self) -> Result<Arc<rustls::ServerConfig>, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_pkcs8.clone()));
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .and_then(|b| {
                b.with_no_client_auth()
                    .with_single_cert(self.chain.clone(), key)
            })
            .map(Arc::new)
            .map_err(|e| format!("the server certificate cannot be used: {e}"))
    }
}

/// The kit's certificate authority.
pub struct Pki {
    issuer: Issuer<'static, KeyPair>,
    ca_pem: String,
    ca_der: CertificateDer<'static>,
}

impl Pki {
    /// A fresh CA with this common name, valid from yesterday for a year.
    pub fn new(common_name: &str) -> Result<Pki, String> {
        Pki::from_params(ca_params(common_name)?)
    }

    /// [`Pki::new`] whose subject also names an organization, as a company's CA does.
    pub fn with_organization(common_name: &str, organization: &str) -> Result<Pki, String> {
        let mut params = ca_params(common_name)?;
        params
            .distinguished_name
            .push(DnType::OrganizationName, organization);
        Pki::from_params(params)
    }

    fn from_params(params: CertificateParams) -> Result<Pki, String> {
        let key = KeyPair::generate().map_err(err)?;
        let ca = params.self_signed(&key).map_err(err)?;
        Ok(Pki {
            ca_pem: ca.pem(),
            ca_der: ca.der().clone(),
            issuer: Issuer::new(params, key),
        })
    }

    /// The CA certificate in PEM, what `--ca-file` would hold.
    pub fn ca_pem(&self) -> &str {
        &self.ca_pem
    }

    /// The CA certificate, for a client's root store.
    pub fn ca_der(&self) -> CertificateDer<'static> {
        self.ca_der.clone()
    }

    /// A certificate of this kind for these names (DNS names or IP addresses; at least one).
    pub fn server_cert(&self, kind: CertKind, names: &[&str]) -> Result<ServerCert, String> {
        issue(kind, names, None, &self.issuer)
    }

    /// [`Pki::server_cert`] whose subject's common name is `common_name` instead of the first
    /// name (the certificate is still issued for `names`).
    pub fn server_cert_named(
        &self,
        kind: CertKind,
        names: &[&str],
        common_name: &str,
    ) -> Result<ServerCert, String> {
        issue(kind, names, Some(common_name), &self.issuer)
    }

    /// A valid certificate for these names sent as a chain of `length` certificates (at least
    /// 3): the leaf, `length - 2` intermediate CAs below this one, and this CA's certificate.
    pub fn long_chain(&self, names: &[&str], length: usize) -> Result<ServerCert, String> {
        if length < 3 {
            return Err("a chain holds a leaf, an intermediate and the CA at least".into());
        }
        let mut intermediates = Vec::new();
        let mut issuer: Option<Issuer<'static, KeyPair>> = None;
        for depth in 1..length - 1 {
            let params = ca_params(&format!("intermediate CA {depth}"))?;
            let key = KeyPair::generate().map_err(err)?;
            let cert = params
                .signed_by(&key, issuer.as_ref().unwrap_or(&self.issuer))
                .map_err(err)?;
            intermediates.push(cert.der().clone());
            issuer = Some(Issuer::new(params, key));
        }
        let mut cert = issue(
            CertKind::Valid,
            names,
            None,
            issuer.as_ref().unwrap_or(&self.issuer),
        )?;
        cert.chain.extend(intermediates.into_iter().rev());
        cert.chain.push(self.ca_der());
        Ok(cert)
    }
}

/// A CA's parameters: this common name, valid from yesterday for a year.
fn ca_params(common_name: &str) -> Result<CertificateParams, String> {
    let mut params = CertificateParams::new(Vec::<String>::new()).map_err(err)?;
    params
        .distinguished_name
        .push(DnType::CommonName, common_name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let now = OffsetDateTime::now_utc();
    params.not_before = now - Duration::days(1);
    params.not_after = now + Duration::days(365);
    Ok(params)
}

/// A server certificate of this kind for these names, its common name `common_name` or else the
/// first name, signed by `issuer` (by itself when [`CertKind::SelfSigned`]).
fn issue(
    kind: CertKind,
    names: &[&str],
    common_name: Option<&str>,
    issuer: &Issuer<'static, KeyPair>,
) -> Result<ServerCert, String> {
    let now = OffsetDateTime::now_utc();
    let fresh = (now - Duration::days(1), now + Duration::days(90));
    let (names, (not_before, not_after)): (Vec<&str>, _) = match kind {
        CertKind::Valid | CertKind::SelfSigned => (names.to_vec(), fresh),
        CertKind::Expired => (
            names.to_vec(),
            (
                rcgen::date_time_ymd(2020, 1, 1),
                rcgen::date_time_ymd(2021, 1, 1),
            ),
        ),
        CertKind::NotYetValid => (
            names.to_vec(),
            (now + Duration::days(30), now + Duration::days(120)),
        ),
        CertKind::WrongName => (vec![WRONG_NAME], fresh),
        CertKind::ValidBetween { from_days, to_days } => (
            names.to_vec(),
            (
                now + Duration::days(from_days),
                now + Duration::days(to_days),
            ),
        ),
    };
    let Some(first) = names.first() else {
        return Err("a server certificate needs at least one name".into());
    };
    let mut params =
        CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
            .map_err(err)?;
    params
        .distinguished_name
        .push(DnType::CommonName, common_name.unwrap_or(first));
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.not_before = not_before;
    params.not_after = not_after;
    let key = KeyPair::generate().map_err(err)?;
    let cert = match kind {
        CertKind::SelfSigned => params.self_signed(&key),
        _ => params.signed_by(&key, issuer),
    }
    .map_err(err)?;
    Ok(ServerCert {
        chain: vec![cert.der().clone()],
        key_pkcs8: key.serialize_der(),
    })
}

fn err(e: rcgen::Error) -> String {
    format!("cannot make a certificate: {e}")
}

/// DER bytes as a PEM block, 64 characters a line.
fn pem(label: &str, der: &[u8]) -> String {
    let text = BASE64.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for line in text.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(line));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}
