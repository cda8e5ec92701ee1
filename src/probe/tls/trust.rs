//! The certificates a run trusts, gathered off the critical path: the `--ca-file` is read at once
//! (so a bad file is an error before anything is probed), while the system's certificate folder,
//! which takes milliseconds to read and parse, is loaded once per process on a thread of its own
//! as the first connections are being opened. The first certificate to judge waits for it only
//! if it is not ready yet.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use pki_types::CertificateDer;
use pki_types::pem::PemObject;
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
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

/// One verifier, built on first use from the roots and the `--ca-file` authorities.
#[derive(Debug)]
struct VerifierSlot {
    /// The `--ca-file` authorities, already checked.
    extra: RootCertStore,
    /// The PEM they came from, to find the slot again.
    extra_pem: Option<Vec<u8>>,
    built: OnceLock<Result<Arc<WebPkiServerVerifier>, String>>,
    /// Whether a thread was started to build it.
    building: AtomicBool,
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
        built: OnceLock::new(),
        building: AtomicBool::new(false),
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
    /// certificate. Starts gathering them in the background, once per process, on a thread of
    /// its own as the first connections are being opened; the first certificate to judge waits
    /// for it only if it is not ready yet.
    pub fn new(
        provider: Arc<CryptoProvider>,
        extra_ca_pem: Option<&[u8]>,
    ) -> Result<Trust, String> {
        let trust = Trust {
            provider,
            // The file was checked when the command line was read; in English for logs here.
            verifier: slot_for(extra_ca_pem).map_err(|e| e.english().into_owned())?,
        };
        if !trust.verifier.building.swap(true, Ordering::AcqRel) {
            let background = trust.clone();
            let started = std::thread::Builder::new()
                .name("trust-anchors".into())
                .spawn(move || {
                    let _ = background.verifier();
                });
            // Without a thread the first handshake builds the verifier itself.
            drop(started);
        }
        Ok(trust)
    }

    /// The webpki verifier over every trusted root; waits for the background build if it is
    /// still going.
    pub fn verifier(&self) -> Result<Arc<WebPkiServerVerifier>, String> {
        let slot = &self.verifier;
        slot.built
            .get_or_init(|| {
                let mut roots = RootCertStore {
                    roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
                };
                roots.add_parsable_certificates(system_roots().iter().cloned());
                roots.roots.extend(slot.extra.roots.iter().cloned());
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
