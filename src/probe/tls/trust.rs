//! The certificates a run trusts, read only when needed: the `--ca-file` is read at once (so a
//! bad file is an error before anything is probed); a chain is first judged against the bundled
//! roots and the `--ca-file` alone, which need no reading, and only a chain they do not accept
//! waits for the system's certificate folder, which takes milliseconds to read and parse and is
//! read once per process.

use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use pki_types::CertificateDer;
use pki_types::pem::PemObject;
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::{RootCertStore, SignatureScheme};

use crate::model::Said;
use mailtriage_core::said;

/// What a handshake's verifier trusts; cheap to clone. Every context of a process that trusts
/// the same `--ca-file` shares one verifier, built once: a run's probes, its working-settings
/// scan and a dashboard's reruns do not each read and parse the roots again.
#[derive(Debug, Clone)]
pub struct Trust {
    provider: Arc<CryptoProvider>,
    verifier: Arc<VerifierSlot>,
}

/// The verifiers of one `--ca-file`, each built on first use.
#[derive(Debug)]
struct VerifierSlot {
    /// The `--ca-file` authorities, already checked.
    extra: RootCertStore,
    /// The PEM they came from, to find the slot again.
    extra_pem: Option<Vec<u8>>,
    /// Over the bundled roots and the `--ca-file` only: ready without reading any file.
    quick: OnceLock<Result<Arc<WebPkiServerVerifier>, String>>,
    /// Over every trusted root, the system's too.
    full: OnceLock<Result<Arc<WebPkiServerVerifier>, String>>,
}

/// The system's trusted roots, read once per process: reading them opens every file of the
/// system's certificate folder.
fn system_roots() -> &'static [CertificateDer<'static>] {
    static ROOTS: OnceLock<Vec<CertificateDer<'static>>> = OnceLock::new();
    ROOTS.get_or_init(|| rustls_native_certs::load_native_certs().certs)
}

/// The process's verifier slots, one per distinct `--ca-file` content (in practice one or two).
fn slot_for(extra_pem: Option<&[u8]>) -> Result<Arc<VerifierSlot>, Said> {
    static SLOTS: Mutex<Vec<Arc<VerifierSlot>>> = Mutex::new(Vec::new());
    let mut slots = SLOTS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(slot) = slots.iter().find(|s| s.extra_pem.as_deref() == extra_pem) {
        return Ok(Arc::clone(slot));
    }
    let mut extra = RootCertStore::empty();
    if let Some(pem) = extra_pem {
        add_pem_roots(&mut extra, pem)?;
    }
    let slot = Arc::new(VerifierSlot {
        extra,
        extra_pem: extra_pem.map(<[u8]>::to_vec),
        quick: OnceLock::new(),
        full: OnceLock::new(),
    });
    slots.push(Arc::clone(&slot));
    Ok(slot)
}

/// Checks that a `--ca-file` holds at least one certificate usable as an authority, without
/// building anything else.
pub fn check_ca_pem(pem: &[u8]) -> Result<(), Said> {
    add_pem_roots(&mut RootCertStore::empty(), pem)
}

impl Trust {
    /// Trust the webpki roots, the system's roots (if they can be loaded; failing to load them is
    /// not an error) and the PEM certificates in `extra_ca_pem`, which must hold at least one
    /// certificate. Nothing is read here: the system's roots are read, once per process, by the
    /// first chain the others do not accept.
    pub fn new(
        provider: Arc<CryptoProvider>,
        extra_ca_pem: Option<&[u8]>,
    ) -> Result<Trust, String> {
        Ok(Trust {
            provider,
            // The file was checked when the command line was read; in English for logs here.
            verifier: slot_for(extra_ca_pem).map_err(|e| e.english().into_owned())?,
        })
    }

    /// The webpki verifier over the bundled roots and the `--ca-file`: a chain it accepts is
    /// trusted (every root it knows is one [`Trust::verifier`] knows too), and it is built
    /// without reading a file. A chain it refuses must be judged again by the full verifier.
    pub fn quick_verifier(&self) -> Result<Arc<WebPkiServerVerifier>, String> {
        self.verifier
            .quick
            .get_or_init(|| self.build(false))
            .clone()
    }

    /// The webpki verifier over every trusted root, the system's too; the first call reads and
    /// parses the system's roots (milliseconds), later ones wait for it or reuse it.
    pub fn verifier(&self) -> Result<Arc<WebPkiServerVerifier>, String> {
        self.verifier.full.get_or_init(|| self.build(true)).clone()
    }

    /// A verifier over the bundled roots, the system's when asked, and the `--ca-file`.
    fn build(&self, with_system_roots: bool) -> Result<Arc<WebPkiServerVerifier>, String> {
        let mut roots = RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        if with_system_roots {
            roots.add_parsable_certificates(system_roots().iter().cloned());
        }
        roots
            .roots
            .extend(self.verifier.extra.roots.iter().cloned());
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), self.provider.clone())
            .build()
            .map_err(|e| format!("cannot set up certificate verification: {e}"))
    }

    /// Whether the verifier over every root, the system's too, was ever needed.
    #[cfg(test)]
    pub(super) fn full_verifier_built(&self) -> bool {
        self.verifier.full.get().is_some()
    }

    /// The algorithms that check a handshake's signature; they need no roots.
    pub fn signature_algorithms(&self) -> WebPkiSupportedAlgorithms {
        self.provider.signature_verification_algorithms
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
fn add_pem_roots(roots: &mut RootCertStore, pem: &[u8]) -> Result<(), Said> {
    let mut added = 0usize;
    for cert in CertificateDer::pem_slice_iter(pem) {
        let cert = cert.map_err(|e| said!("ca-file-not-pem", error = e.to_string()))?;
        roots.add(cert).map_err(|e| {
            said!(
                "ca-file-not-an-authority",
                number = added + 1,
                error = e.to_string()
            )
        })?;
        added += 1;
    }
    if added == 0 {
        return Err(said!("ca-file-empty"));
    }
    Ok(())
}
