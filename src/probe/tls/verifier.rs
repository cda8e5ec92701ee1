//! A server certificate verifier that judges the chain with webpki but lets the handshake go on,
//! recording the chain and the verdict; the handshake refuses the connection afterwards unless
//! the verdict is valid. Handshake signatures are always checked for real.

use std::sync::{Mutex, PoisonError};

use pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::{CertificateError, DigitallySignedStruct, Error, OtherError, SignatureScheme};

use super::certinfo::{rfc3339_utc, summarize_certificate};
use super::trust::Trust;
use crate::model::{CertSummary, CertVerdict, Said};
use crate::sanitize::sanitize_str;
use mailtriage_core::said;

/// How many certificate names a name-mismatch detail lists before it abbreviates.
const MAX_NAMES_IN_DETAIL: usize = 5;

/// What the verifier saw and concluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ChainVerdict {
    /// Leaf first; certificates that cannot be parsed are left out.
    pub chain: Vec<CertSummary>,
    pub verdict: CertVerdict,
    pub detail: Said,
}

/// One per handshake: it keeps the verdict of that handshake's chain.
#[derive(Debug)]
pub(super) struct RecordingVerifier {
    trust: Trust,
    outcome: Mutex<Option<ChainVerdict>>,
}

impl RecordingVerifier {
    pub fn new(trust: Trust) -> Self {
        RecordingVerifier {
            trust,
            outcome: Mutex::new(None),
        }
    }

    /// Judge a chain: against the bundled roots and the `--ca-file` first, which are ready at
    /// once; a chain they refuse against every trusted root (the system's are read then, once
    /// per process, see [`Trust`]), so that the verdict is always the full one.
    fn judge(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        let quick = self.trust.quick_verifier().map_err(Error::General)?;
        let judged =
            quick.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now);
        if judged.is_ok() {
            return judged;
        }
        let full = self.trust.verifier().map_err(Error::General)?;
        full.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    /// The recorded verdict, or `None` when the server never presented a certificate.
    pub fn outcome(&self) -> Option<ChainVerdict> {
        self.lock().clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<ChainVerdict>> {
        self.outcome.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A handshake signature did not verify: whatever the chain is, the server did not prove it
    /// holds the certificate's key.
    fn record_bad_handshake_signature(&self, error: &Error) {
        let mut outcome = self.lock();
        let detail = said!(
            "detail-key-not-proven",
            error = sanitize_str(&error.to_string())
        );
        match outcome.as_mut() {
            Some(seen) => {
                seen.verdict = CertVerdict::Untrusted;
                seen.detail = detail;
            }
            None => {
                *outcome = Some(ChainVerdict {
                    chain: Vec::new(),
                    verdict: CertVerdict::Untrusted,
                    detail,
                })
            }
        }
    }

    fn checked(
        &self,
        result: Result<HandshakeSignatureValid, Error>,
    ) -> Result<HandshakeSignatureValid, Error> {
        if let Err(error) = &result {
            self.record_bad_handshake_signature(error);
        }
        result
    }
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        let chain: Vec<CertSummary> = std::iter::once(end_entity)
            .chain(intermediates)
            .filter_map(summarize_certificate)
            .collect();
        let judged = self.judge(end_entity, intermediates, server_name, ocsp_response, now);
        let server_name = server_name.to_str();
        let (verdict, detail) = match judged {
            Ok(_) => (CertVerdict::Valid, valid_detail(&chain, &server_name)),
            Err(error) => judge_rejection(&error, &chain, &server_name),
        };
        *self.lock() = Some(ChainVerdict {
            chain,
            verdict,
            detail,
        });
        // Accepted here so that the version and cipher suite are learnt too; the handshake
        // drops the connection unless the verdict is valid.
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        let algorithms = self.trust.signature_algorithms();
        self.checked(rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &algorithms,
        ))
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        let algorithms = self.trust.signature_algorithms();
        self.checked(rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &algorithms,
        ))
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.trust.supported_verify_schemes()
    }
}

fn valid_detail(chain: &[CertSummary], server_name: &str) -> Said {
    match chain.first() {
        Some(leaf) => said!(
            "detail-certificate-valid-until",
            name = server_name,
            until = &leaf.not_after,
            issuer = &leaf.issuer
        ),
        None => said!("detail-certificate-valid", name = server_name),
    }
}

/// The verdict and its explanation for a chain webpki rejected.
fn judge_rejection(error: &Error, chain: &[CertSummary], server_name: &str) -> (CertVerdict, Said) {
    let leaf = chain.first();
    let Error::InvalidCertificate(cert_error) = error else {
        return (
            CertVerdict::Untrusted,
            said!(
                "detail-certificate-rejected",
                error = sanitize_str(&error.to_string())
            ),
        );
    };
    match cert_error {
        CertificateError::ExpiredContext { not_after, .. } => (
            CertVerdict::Expired,
            validity_detail(
                leaf,
                Validity::Expired,
                |c| c.not_after_unix,
                unix(*not_after),
            ),
        ),
        CertificateError::Expired => (
            CertVerdict::Expired,
            match leaf {
                Some(leaf) => said!("detail-certificate-expired-at", date = &leaf.not_after),
                None => said!("detail-certificate-expired"),
            },
        ),
        CertificateError::NotValidYetContext { not_before, .. } => (
            CertVerdict::NotYetValid,
            validity_detail(
                leaf,
                Validity::NotYet,
                |c| c.not_before_unix,
                unix(*not_before),
            ),
        ),
        CertificateError::NotValidYet => (
            CertVerdict::NotYetValid,
            match leaf {
                Some(leaf) => said!(
                    "detail-certificate-not-valid-until",
                    date = &leaf.not_before
                ),
                None => said!("detail-certificate-not-valid-yet"),
            },
        ),
        CertificateError::NotValidForNameContext { .. } | CertificateError::NotValidForName => (
            CertVerdict::NameMismatch,
            name_mismatch_detail(cert_error, leaf, server_name),
        ),
        _ if is_issuer_failure(cert_error) && is_lone_self_signed(chain) => (
            CertVerdict::Untrusted,
            said!(
                "detail-certificate-self-signed",
                subject = &chain[0].subject
            ),
        ),
        CertificateError::UnknownIssuer => (CertVerdict::Untrusted, unknown_issuer_detail(chain)),
        CertificateError::BadSignature => (
            CertVerdict::Untrusted,
            said!("detail-certificate-bad-signature"),
        ),
        _ if is_issuer_failure(cert_error) => (
            CertVerdict::Untrusted,
            said!("detail-certificate-unsupported-algorithm"),
        ),
        CertificateError::Revoked => (CertVerdict::Untrusted, said!("detail-certificate-revoked")),
        CertificateError::Other(other) if chain_fault(other).is_some() => (
            CertVerdict::ChainInvalid,
            chain_fault(other).unwrap_or_else(|| said!("detail-certificate-rejected", error = "")),
        ),
        CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => (
            CertVerdict::Untrusted,
            said!("detail-certificate-wrong-purpose"),
        ),
        other => (
            CertVerdict::Untrusted,
            said!(
                "detail-certificate-rejected",
                error = sanitize_str(&other.to_string())
            ),
        ),
    }
}

/// A chain built wrong whoever issued it, in words; `None` for any other fault. webpki reports
/// these only as its own error, which rustls passes on wrapped.
fn chain_fault(error: &OtherError) -> Option<Said> {
    use webpki::Error as Pki;
    Some(match error.0.downcast_ref::<Pki>()? {
        Pki::MaximumPathDepthExceeded => said!("detail-chain-too-long"),
        Pki::MaximumSignatureChecksExceeded | Pki::MaximumPathBuildCallsExceeded => {
            said!("detail-chain-too-many")
        }
        Pki::PathLenConstraintViolated => said!("detail-chain-too-deep"),
        Pki::CaUsedAsEndEntity => said!("detail-chain-ca-as-server"),
        Pki::EndEntityUsedAsCa => said!("detail-chain-server-as-ca"),
        _ => return None,
    })
}

/// Which date of a certificate's validity window was missed.
#[derive(Clone, Copy)]
enum Validity {
    Expired,
    NotYet,
}

fn unix(time: UnixTime) -> i64 {
    i64::try_from(time.as_secs()).unwrap_or(i64::MAX)
}

/// "certificate expired at …", or "a certificate in the chain …" when the date is not the leaf's.
fn validity_detail(
    leaf: Option<&CertSummary>,
    what: Validity,
    leaf_date: fn(&CertSummary) -> i64,
    date: i64,
) -> Said {
    let in_chain = matches!(leaf, Some(leaf) if leaf_date(leaf) != date);
    let date = rfc3339_utc(date);
    match (in_chain, what) {
        (false, Validity::Expired) => said!("detail-certificate-expired-at", date = date),
        (true, Validity::Expired) => said!("detail-chain-certificate-expired-at", date = date),
        (false, Validity::NotYet) => said!("detail-certificate-not-valid-until", date = date),
        (true, Validity::NotYet) => said!("detail-chain-certificate-not-valid-until", date = date),
    }
}

/// Failures to tie a certificate to a trusted issuer. A trust anchor that merely shares the
/// issuer's name (such as a local "localhost" certificate) shows up as a signature failure.
#[allow(deprecated)]
fn is_issuer_failure(error: &CertificateError) -> bool {
    matches!(
        error,
        CertificateError::UnknownIssuer
            | CertificateError::BadSignature
            | CertificateError::UnsupportedSignatureAlgorithm
            | CertificateError::UnsupportedSignatureAlgorithmContext { .. }
            | CertificateError::UnsupportedSignatureAlgorithmForPublicKeyContext { .. }
    )
}

fn is_lone_self_signed(chain: &[CertSummary]) -> bool {
    matches!(chain, [leaf] if leaf.subject == leaf.issuer)
}

/// "certificate is for a, b, not c": the leaf's names, or the names webpki reported when the leaf
/// could not be summarized.
fn name_mismatch_detail(
    error: &CertificateError,
    leaf: Option<&CertSummary>,
    server_name: &str,
) -> Said {
    let presented: Vec<String> = match (leaf, error) {
        (Some(leaf), _) => leaf
            .dns_names
            .iter()
            .chain(&leaf.ip_addresses)
            .cloned()
            .collect(),
        (None, CertificateError::NotValidForNameContext { presented, .. }) => {
            presented.iter().map(|n| sanitize_str(n)).collect()
        }
        (None, _) => Vec::new(),
    };
    if presented.is_empty() {
        return said!("detail-certificate-names-no-host", name = server_name);
    }
    let names = presented[..presented.len().min(MAX_NAMES_IN_DETAIL)].join(", ");
    let more = presented.len().saturating_sub(MAX_NAMES_IN_DETAIL);
    if more > 0 {
        said!(
            "detail-certificate-for-more",
            names = names,
            more = more,
            name = server_name
        )
    } else {
        said!("detail-certificate-for", names = names, name = server_name)
    }
}

fn unknown_issuer_detail(chain: &[CertSummary]) -> Said {
    match chain.last() {
        Some(last) => said!("detail-certificate-unknown-issuer", issuer = &last.issuer),
        None => said!("detail-certificate-untrusted-issuer"),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn summary(subject: &str, issuer: &str) -> CertSummary {
        CertSummary {
            subject: subject.into(),
            issuer: issuer.into(),
            dns_names: vec!["pop.example.test".into()],
            ip_addresses: vec!["192.0.2.7".into()],
            not_before: rfc3339_utc(1_700_000_000),
            not_after: rfc3339_utc(1_704_067_200),
            not_before_unix: 1_700_000_000,
            not_after_unix: 1_704_067_200,
            sha256_fingerprint: String::new(),
        }
    }

    fn judge(error: CertificateError, chain: &[CertSummary]) -> (CertVerdict, String) {
        let (verdict, detail) =
            judge_rejection(&Error::InvalidCertificate(error), chain, "pop.example.test");
        (verdict, detail.english().into_owned())
    }

    #[test]
    fn expiry_names_the_leaf_or_the_chain() {
        let leaf = summary("CN=pop", "CN=CA");
        let at = |secs| UnixTime::since_unix_epoch(std::time::Duration::from_secs(secs));
        let expired = |not_after| CertificateError::ExpiredContext {
            time: at(1_800_000_000),
            not_after: at(not_after),
        };
        assert_eq!(
            judge(expired(1_704_067_200), std::slice::from_ref(&leaf)),
            (
                CertVerdict::Expired,
                "certificate expired at 2024-01-01T00:00:00Z".into()
            )
        );
        let (verdict, detail) = judge(expired(1_600_000_000), &[leaf]);
        assert_eq!(verdict, CertVerdict::Expired);
        assert!(
            detail.starts_with("a certificate in the chain expired at 2020-09-13"),
            "{detail}"
        );
    }

    #[test]
    fn name_mismatch_lists_a_bounded_number_of_names() {
        let presented: Vec<String> = (1..=7).map(|i| format!("h{i}.other.test")).collect();
        let (verdict, detail) = judge(
            CertificateError::NotValidForNameContext {
                expected: ServerName::try_from("pop.example.test").unwrap(),
                presented,
            },
            &[],
        );
        assert_eq!(verdict, CertVerdict::NameMismatch);
        assert_eq!(
            detail,
            "certificate is for h1.other.test, h2.other.test, h3.other.test, h4.other.test, \
             h5.other.test and 2 more, not pop.example.test"
        );
        let (_, detail) = judge(
            CertificateError::NotValidForName,
            &[summary("CN=a", "CN=b")],
        );
        assert_eq!(
            detail,
            "certificate is for pop.example.test, 192.0.2.7, not pop.example.test"
        );
    }

    #[test]
    fn unknown_issuer_tells_self_signed_apart() {
        let self_signed = [summary("CN=pop", "CN=pop")];
        for error in [
            CertificateError::UnknownIssuer,
            CertificateError::BadSignature,
        ] {
            let (verdict, detail) = judge(error, &self_signed);
            assert_eq!(verdict, CertVerdict::Untrusted);
            assert_eq!(
                detail,
                "certificate is self-signed (CN=pop) and not trusted"
            );
        }
        let (_, detail) = judge(
            CertificateError::UnknownIssuer,
            &[summary("CN=pop", "CN=Mid"), summary("CN=Mid", "CN=Root")],
        );
        assert_eq!(
            detail,
            "certificate is issued by CN=Root, which is not a trusted authority"
        );
    }

    #[test]
    fn a_chain_built_wrong_is_not_an_untrusted_authority() {
        let wrapped = |e: webpki::Error| CertificateError::Other(OtherError(Arc::new(e)));
        for error in [
            webpki::Error::MaximumPathDepthExceeded,
            webpki::Error::PathLenConstraintViolated,
            webpki::Error::EndEntityUsedAsCa,
        ] {
            let (verdict, detail) = judge(wrapped(error.clone()), &[summary("CN=pop", "CN=Mid")]);
            assert_eq!(verdict, CertVerdict::ChainInvalid, "{error:?}");
            assert!(!detail.is_empty());
        }
        let (verdict, _) = judge(wrapped(webpki::Error::BadDer), &[]);
        assert_eq!(verdict, CertVerdict::Untrusted);
    }

    #[test]
    fn other_failures_are_untrusted() {
        let (verdict, _) = judge(CertificateError::BadSignature, &[]);
        assert_eq!(verdict, CertVerdict::Untrusted);
        let (verdict, detail) = judge_rejection(&Error::General("odd".into()), &[], "x");
        assert_eq!(verdict, CertVerdict::Untrusted);
        assert!(detail.english().contains("odd"));
    }
}
