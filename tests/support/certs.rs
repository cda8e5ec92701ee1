//! Test certificates made with rcgen: a private CA (also written to a PEM file for `--ca-file`)
//! and server leaves that are valid, expired, not yet valid, about to expire, issued for another
//! name, or self-signed.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tempfile::NamedTempFile;
use time::{Duration, OffsetDateTime};

/// The name the valid leaf is issued for; tests pin it to 127.0.0.1 with `--resolve`.
pub const SERVER_NAME: &str = "mail.test";
/// The only name the wrong-name leaf covers.
pub const OTHER_NAME: &str = "other.test";

/// A server certificate chain and its private key, ready for a rustls server.
#[derive(Clone)]
pub struct ServerCert {
    /// Leaf first.
    pub chain: Vec<CertificateDer<'static>>,
    key_pkcs8: Vec<u8>,
}

impl ServerCert {
    pub fn private_key(&self) -> PrivateKeyDer<'static> {
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_pkcs8.clone()))
    }

    /// A rustls server configuration (ring provider only) that presents this chain.
    pub fn server_config(&self) -> Arc<rustls::ServerConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("ring supports the default protocol versions")
            .with_no_client_auth()
            .with_single_cert(self.chain.clone(), self.private_key())
            .expect("rcgen certificate and key match");
        Arc::new(config)
    }
}

/// A private certificate authority for one test, with its certificate in a temporary PEM file.
pub struct TestPki {
    issuer: Issuer<'static, KeyPair>,
    ca_der: CertificateDer<'static>,
    ca_file: NamedTempFile,
}

impl TestPki {
    pub fn new() -> Self {
        Self::named("mailtriage test CA")
    }

    /// A CA whose certificate has this common name (e.g. the name an antivirus product gives
    /// the CA it re-signs intercepted connections with).
    pub fn named(ca_name: &str) -> Self {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("no names to parse");
        params.distinguished_name.push(DnType::CommonName, ca_name);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let (not_before, not_after) = validity_around_now();
        params.not_before = not_before;
        params.not_after = not_after + Duration::days(365);
        let key = KeyPair::generate().expect("key generation");
        let ca = params.self_signed(&key).expect("self-signed CA");
        let mut ca_file = NamedTempFile::with_suffix(".pem").expect("temporary CA file");
        ca_file
            .write_all(ca.pem().as_bytes())
            .and_then(|()| ca_file.flush())
            .expect("write CA file");
        TestPki {
            issuer: Issuer::new(params, key),
            ca_der: ca.der().clone(),
            ca_file,
        }
    }

    /// Path of the CA certificate (PEM), for `--ca-file`.
    pub fn ca_file(&self) -> &Path {
        self.ca_file.path()
    }

    /// `--ca-file` as a string argument.
    pub fn ca_file_arg(&self) -> String {
        self.ca_file().display().to_string()
    }

    /// The CA certificate, for a client's root store.
    pub fn ca_der(&self) -> CertificateDer<'static> {
        self.ca_der.clone()
    }

    /// Valid now, for `mail.test`, `localhost` and `127.0.0.1`.
    pub fn valid_leaf(&self) -> ServerCert {
        let (not_before, not_after) = validity_around_now();
        self.leaf(
            &[SERVER_NAME, "localhost", "127.0.0.1"],
            not_before,
            not_after,
        )
    }

    /// For the right names, but its validity ended in 2021.
    pub fn expired_leaf(&self) -> ServerCert {
        let not_before = rcgen::date_time_ymd(2020, 1, 1);
        let not_after = rcgen::date_time_ymd(2021, 1, 1);
        self.leaf(
            &[SERVER_NAME, "localhost", "127.0.0.1"],
            not_before,
            not_after,
        )
    }

    /// For the right names, but valid only from 30 days ahead (as a machine whose clock runs a
    /// month late would see it).
    pub fn not_yet_valid_leaf(&self) -> ServerCert {
        self.leaf_valid_between(30, 120)
    }

    /// Valid now for the right names, but its validity ends `days_left` days from now.
    pub fn expiring_leaf(&self, days_left: i64) -> ServerCert {
        self.leaf_valid_between(-60, days_left)
    }

    /// For the right names, valid from `from_days` to `to_days` days from now (negative: in
    /// the past).
    pub fn leaf_valid_between(&self, from_days: i64, to_days: i64) -> ServerCert {
        let now = OffsetDateTime::now_utc();
        self.leaf(
            &[SERVER_NAME, "localhost", "127.0.0.1"],
            now + Duration::days(from_days),
            now + Duration::days(to_days),
        )
    }

    /// The valid leaf followed by the CA certificate, as a server that sends its whole chain.
    pub fn valid_chain(&self) -> ServerCert {
        let mut cert = self.valid_leaf();
        cert.chain.push(self.ca_der());
        cert
    }

    /// Valid now, for exactly these names (a provider's server name, say).
    pub fn leaf_for(&self, names: &[&str]) -> ServerCert {
        let (not_before, not_after) = validity_around_now();
        self.leaf(names, not_before, not_after)
    }

    /// Valid now, but only for `other.test`.
    pub fn wrong_name_leaf(&self) -> ServerCert {
        let (not_before, not_after) = validity_around_now();
        self.leaf(&[OTHER_NAME], not_before, not_after)
    }

    /// Valid now for the right names, but signed by its own key rather than by the test CA.
    pub fn self_signed_leaf(&self) -> ServerCert {
        let (not_before, not_after) = validity_around_now();
        let params = leaf_params(
            &[SERVER_NAME, "localhost", "127.0.0.1"],
            not_before,
            not_after,
        );
        let key = KeyPair::generate().expect("key generation");
        let cert = params.self_signed(&key).expect("self-signed leaf");
        ServerCert {
            chain: vec![cert.der().clone()],
            key_pkcs8: key.serialize_der(),
        }
    }

    fn leaf(
        &self,
        names: &[&str],
        not_before: OffsetDateTime,
        not_after: OffsetDateTime,
    ) -> ServerCert {
        let params = leaf_params(names, not_before, not_after);
        let key = KeyPair::generate().expect("key generation");
        let cert = params
            .signed_by(&key, &self.issuer)
            .expect("leaf signed by CA");
        ServerCert {
            chain: vec![cert.der().clone()],
            key_pkcs8: key.serialize_der(),
        }
    }
}

impl Default for TestPki {
    fn default() -> Self {
        Self::new()
    }
}

fn leaf_params(
    names: &[&str],
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> CertificateParams {
    let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    let mut params = CertificateParams::new(names.clone()).expect("valid names");
    params
        .distinguished_name
        .push(DnType::CommonName, names[0].as_str());
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.not_before = not_before;
    params.not_after = not_after;
    params
}

/// From a day ago to 90 days ahead: valid now, whatever the time zone.
fn validity_around_now() -> (OffsetDateTime, OffsetDateTime) {
    let now = OffsetDateTime::now_utc();
    (now - Duration::days(1), now + Duration::days(90))
}
