//! The certificates a run trusts, gathered off the critical path: the `--ca-file` is read at once
//! (so a bad file is an error before anything is probed), while the system's certificate folder,
//! which takes milliseconds to read and parse, is loaded on a thread of its own as the first
//! connections are being opened. The first certificate to judge waits for it only if it is not
//! ready yet.

use std::sync::{Arc, OnceLock};

use pki_types::CertificateDer;
use pki_types::pem::PemObject;
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::{RootCertStore, SignatureScheme};

/// What a handshake's verifier trusts; cheap to clone, built once per context.
#[derive(Debug, Clone)]
pub struct Trust {
    provider: Arc<CryptoProvider>,
    /// The `--ca-file` authorities, already checked.
    extra: Arc<RootCertStore>,
    verifier: Arc<OnceLock<Result<Arc<WebPkiServerVerifier>, String>>>,
}

/// The system's trusted roots, read once per process: reading them opens every file of the
/// system's certificate folder, and a run builds a context for the probes and another for the
/// scan that names a working setting.
fn system_roots() -> &'static [CertificateDer<'static>] {
    static ROOTS: OnceLock<Vec<CertificateDer<'static>>> = OnceLock::new();
    ROOTS.get_or_init(|| rustls_native_certs::load_native_certs().certs)
}

impl Trust {
    /// Trust the webpki roots, the system's roots (if they can be loaded; failing to load them is
    /// not an error) and the PEM certificates in `extra_ca_pem`, which must hold at least one
    /// certificate. Starts gathering them in the background.
    pub fn new(
        provider: Arc<CryptoProvider>,
        extra_ca_pem: Option<&[u8]>,
    ) -> Result<Trust, String> {
        let mut extra = RootCertStore::empty();
        if let Some(pem) = extra_ca_pem {
            add_pem_roots(&mut extra, pem)?;
        }
        let trust = Trust {
            provider,
            extra: Arc::new(extra),
            verifier: Arc::new(OnceLock::new()),
        };
        let background = trust.clone();
        let started = std::thread::Builder::new()
            .name("trust-anchors".into())
            .spawn(move || {
                let _ = background.verifier();
            });
        // Without a thread the first handshake builds the verifier itself.
        drop(started);
        Ok(trust)
    }

    /// The webpki verifier over every trusted root; waits for the background build if it is
    /// still going.
    pub fn verifier(&self) -> Result<Arc<WebPkiServerVerifier>, String> {
        self.verifier
            .get_or_init(|| {
                let mut roots = RootCertStore {
                    roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
                };
                roots.add_parsable_certificates(system_roots().iter().cloned());
                roots.roots.extend(self.extra.roots.iter().cloned());
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), self.provider.clone())
                    .build()
                    .map_err(|e| format!("cannot set up certificate verification: {e}"))
            })
            .clone()
    }

    /// The signature schemes handshakes accept: the provider's, known without the roots, so the
    /// first message of a handshake never waits for them.
    pub fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// Add every certificate of a PEM file to `roots`; a file without one is an error.
fn add_pem_roots(roots: &mut RootCertStore, pem: &[u8]) -> Result<(), String> {
    let mut added = 0usize;
    for cert in CertificateDer::pem_slice_iter(pem) {
        let cert = cert.map_err(|e| format!("the CA file is not valid PEM: {e}"))?;
        roots.add(cert).map_err(|e| {
            format!(
                "certificate {} of the CA file cannot be trusted as an authority: {e}",
                added + 1
            )
        })?;
        added += 1;
    }
    if added == 0 {
        return Err(
            "the CA file holds no certificate (expected \"-----BEGIN CERTIFICATE-----\" blocks)"
                .to_string(),
        );
    }
    Ok(())
}
