//! Handshakes against loopback servers with generated certificates and scripted misbehaviour.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, date_time_ymd,
};
use rustls::{ServerConfig, SupportedProtocolVersion};
use time::OffsetDateTime;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

use super::*;

/// Generous: these handshakes run on loopback and only fail this way when something is broken.
const DEADLINE: Duration = Duration::from_secs(10);
/// How long a test server keeps a connection at most.
const SERVER_LIFETIME: Duration = Duration::from_secs(10);
const GREETING: &[u8] = b"+OK ready\r\n";

struct Validity {
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
}

fn current() -> Validity {
    Validity {
        not_before: date_time_ymd(2020, 1, 1),
        not_after: date_time_ymd(2099, 1, 1),
    }
}

/// What a test server presents: its chain (leaf first) and the leaf's key.
struct ServerIdentity {
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
}

struct TestCa {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl TestCa {
    fn new(common_name: &str) -> TestCa {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(DnType::CommonName, common_name);
        let issuer = CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap();
        TestCa { issuer }
    }

    fn context(&self) -> TlsContext {
        TlsContext::new(Some(self.issuer.pem().as_bytes())).unwrap()
    }

    fn issue(&self, names: &[&str], validity: Validity) -> ServerIdentity {
        let key = KeyPair::generate().unwrap();
        let cert = leaf_params(names, validity)
            .signed_by(&key, &self.issuer)
            .unwrap();
        identity(vec![cert.der().clone()], &key)
    }
}

fn leaf_params(names: &[&str], validity: Validity) -> CertificateParams {
    let mut params =
        CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>()).unwrap();
    params.distinguished_name.push(DnType::CommonName, names[0]);
    params.not_before = validity.not_before;
    params.not_after = validity.not_after;
    params
}

fn identity(chain: Vec<CertificateDer<'static>>, key: &KeyPair) -> ServerIdentity {
    ServerIdentity {
        chain,
        key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    }
}

/// Accept one connection on 127.0.0.1 and hand it to `handler`, for at most [`SERVER_LIFETIME`].
async fn serve_once<F, Fut>(handler: F) -> SocketAddr
where
    F: FnOnce(TcpStream) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        if let Ok((tcp, _)) = listener.accept().await {
            let _ = tokio::time::timeout(SERVER_LIFETIME, handler(tcp)).await;
        }
    });
    addr
}

/// Read until the client hangs up.
async fn drain<S: AsyncReadExt + Unpin>(mut stream: S) {
    let mut buf = [0u8; 1024];
    while matches!(stream.read(&mut buf).await, Ok(n) if n > 0) {}
}

async fn serve_tls(
    identity: ServerIdentity,
    versions: &'static [&'static SupportedProtocolVersion],
) -> SocketAddr {
    let config =
        ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_protocol_versions(versions)
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(identity.chain, identity.key)
            .unwrap();
    let acceptor = TlsAcceptor::from(Arc::new(config));
    serve_once(move |tcp| async move {
        if let Ok(mut tls) = acceptor.accept(tcp).await
            && tls.write_all(GREETING).await.is_ok()
        {
            drain(tls).await;
        }
    })
    .await
}

async fn serve_tls_any_version(identity: ServerIdentity) -> SocketAddr {
    serve_tls(identity, rustls::ALL_VERSIONS).await
}

async fn handshake_with(
    context: &TlsContext,
    addr: SocketAddr,
    server_name: &str,
    deadline: Duration,
) -> Result<(ClientTlsStream<TcpStream>, TlsInfo), TlsHandshakeError> {
    let tcp = TcpStream::connect(addr).await.unwrap();
    context.handshake(tcp, server_name, deadline).await
}

/// A handshake expected to fail on the certificate; returns its details.
async fn rejected_certificate(context: &TlsContext, identity: ServerIdentity) -> TlsInfo {
    let addr = serve_tls_any_version(identity).await;
    let error = match handshake_with(context, addr, "localhost", DEADLINE).await {
        Ok((_, info)) => panic!("handshake succeeded: {info:?}"),
        Err(error) => error,
    };
    assert_eq!(error.failure, TlsFailure::Certificate, "{error:?}");
    assert_eq!(error.message, error.info.verdict_detail);
    assert_eq!(error.info.version.as_deref(), Some("TLSv1.3"));
    assert!(error.info.cipher_suite.is_some());
    assert_eq!(error.info.chain.len(), 1);
    error.info
}

/// A server that runs `script` on the accepted socket; the handshake is expected to fail.
async fn failed_handshake<F, Fut>(script: F, deadline: Duration) -> TlsHandshakeError
where
    F: FnOnce(TcpStream) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let context = TlsContext::new(None).unwrap();
    let addr = serve_once(script).await;
    match handshake_with(&context, addr, "localhost", deadline).await {
        Ok((_, info)) => panic!("handshake succeeded: {info:?}"),
        Err(error) => {
            assert_eq!(error.info.verdict, CertVerdict::Unknown);
            error
        }
    }
}

#[tokio::test]
async fn valid_certificate_gives_a_usable_stream_and_full_details() {
    let ca = TestCa::new("Probe Test CA");
    let addr = serve_tls_any_version(ca.issue(&["localhost", "127.0.0.1"], current())).await;
    let (mut tls, info) = handshake_with(&ca.context(), addr, "localhost", DEADLINE)
        .await
        .unwrap();

    let mut greeting = vec![0u8; GREETING.len()];
    tls.read_exact(&mut greeting).await.unwrap();
    assert_eq!(greeting, GREETING);

    assert_eq!(info.server_name, "localhost");
    assert_eq!(info.version.as_deref(), Some("TLSv1.3"));
    assert!(info.cipher_suite.as_deref().unwrap().starts_with("TLS13_"));
    assert_eq!(info.verdict, CertVerdict::Valid);
    let leaf = &info.chain[0];
    assert_eq!(leaf.subject, "CN=localhost");
    assert_eq!(leaf.issuer, "CN=Probe Test CA");
    assert_eq!(leaf.dns_names, ["localhost"]);
    assert_eq!(leaf.ip_addresses, ["127.0.0.1"]);
    assert_eq!(leaf.not_before, "2020-01-01T00:00:00Z");
    assert_eq!(leaf.not_after, "2099-01-01T00:00:00Z");
    assert_eq!(leaf.not_after_unix, 4_070_908_800);
    assert_eq!(
        info.verdict_detail,
        "certificate valid for localhost until 2099-01-01T00:00:00Z, issued by CN=Probe Test CA"
    );
    let described = describe_tls(&info).to_string();
    assert!(described.starts_with("TLSv1.3 TLS13_"), "{described}");
    assert!(
        described.ends_with(", certificate valid for localhost until 2099-01-01"),
        "{described}"
    );
}

#[tokio::test]
async fn ip_literal_is_checked_against_ip_addresses() {
    let ca = TestCa::new("Probe Test CA");
    let addr = serve_tls_any_version(ca.issue(&["localhost", "127.0.0.1"], current())).await;
    let (_, info) = handshake_with(&ca.context(), addr, "127.0.0.1", DEADLINE)
        .await
        .unwrap();
    assert_eq!(info.verdict, CertVerdict::Valid);
    assert_eq!(info.server_name, "127.0.0.1");
}

#[tokio::test]
async fn chain_is_recorded_leaf_first() {
    let ca = TestCa::new("Probe Root CA");
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(DnType::CommonName, "Probe Intermediate CA");
    let intermediate =
        CertifiedIssuer::signed_by(params, KeyPair::generate().unwrap(), &ca.issuer).unwrap();
    let key = KeyPair::generate().unwrap();
    let leaf = leaf_params(&["localhost"], current())
        .signed_by(&key, &intermediate)
        .unwrap();
    let identity = identity(vec![leaf.der().clone(), intermediate.der().clone()], &key);

    let addr = serve_tls_any_version(identity).await;
    let (_, info) = handshake_with(&ca.context(), addr, "localhost", DEADLINE)
        .await
        .unwrap();
    let subjects: Vec<&str> = info.chain.iter().map(|c| c.subject.as_str()).collect();
    assert_eq!(subjects, ["CN=localhost", "CN=Probe Intermediate CA"]);
    assert_eq!(info.chain[1].issuer, "CN=Probe Root CA");
}

#[tokio::test]
async fn expired_certificate_is_rejected_with_its_end_date() {
    let ca = TestCa::new("Probe Test CA");
    let expired = Validity {
        not_before: date_time_ymd(2020, 1, 1),
        not_after: date_time_ymd(2024, 1, 1),
    };
    let info = rejected_certificate(&ca.context(), ca.issue(&["localhost"], expired)).await;
    assert_eq!(info.verdict, CertVerdict::Expired);
    assert_eq!(
        info.verdict_detail,
        "certificate expired at 2024-01-01T00:00:00Z"
    );
}

#[tokio::test]
async fn future_certificate_is_not_yet_valid() {
    let ca = TestCa::new("Probe Test CA");
    let future = Validity {
        not_before: date_time_ymd(2098, 1, 1),
        not_after: date_time_ymd(2099, 1, 1),
    };
    let info = rejected_certificate(&ca.context(), ca.issue(&["localhost"], future)).await;
    assert_eq!(info.verdict, CertVerdict::NotYetValid);
    assert_eq!(
        info.verdict_detail,
        "certificate is not valid until 2098-01-01T00:00:00Z"
    );
}

#[tokio::test]
async fn certificate_for_another_host_is_a_name_mismatch() {
    let ca = TestCa::new("Probe Test CA");
    let identity = ca.issue(&["mail.other.test"], current());
    let info = rejected_certificate(&ca.context(), identity).await;
    assert_eq!(info.verdict, CertVerdict::NameMismatch);
    assert_eq!(
        info.verdict_detail,
        "certificate is for mail.other.test, not localhost"
    );
    assert_eq!(info.chain[0].dns_names, ["mail.other.test"]);
}

#[tokio::test]
async fn self_signed_certificate_is_untrusted() {
    let key = KeyPair::generate().unwrap();
    let cert = leaf_params(&["localhost"], current())
        .self_signed(&key)
        .unwrap();
    let identity = identity(vec![cert.der().clone()], &key);
    let ca = TestCa::new("Probe Test CA");
    let info = rejected_certificate(&ca.context(), identity).await;
    assert_eq!(info.verdict, CertVerdict::Untrusted);
    assert_eq!(
        info.verdict_detail,
        "certificate is self-signed (CN=localhost) and not trusted"
    );
}

#[tokio::test]
async fn tls12_only_server_works() {
    let ca = TestCa::new("Probe Test CA");
    let identity = ca.issue(&["localhost"], current());
    static TLS12_ONLY: &[&SupportedProtocolVersion] = &[&rustls::version::TLS12];
    let addr = serve_tls(identity, TLS12_ONLY).await;
    let (_, info) = handshake_with(&ca.context(), addr, "localhost", DEADLINE)
        .await
        .unwrap();
    assert_eq!(info.version.as_deref(), Some("TLSv1.2"));
    assert!(
        info.cipher_suite
            .as_deref()
            .unwrap()
            .starts_with("TLS_ECDHE_")
    );
    assert_eq!(info.verdict, CertVerdict::Valid);
}

#[tokio::test]
async fn plaintext_greeting_is_not_tls_and_quoted() {
    let error = failed_handshake(
        |mut tcp| async move {
            if tcp.write_all(b"+OK hello\r\n").await.is_ok() {
                drain(tcp).await;
            }
        },
        DEADLINE,
    )
    .await;
    assert_eq!(error.failure, TlsFailure::NotTls, "{error:?}");
    assert!(error.peer_bytes.as_deref().unwrap().starts_with(b"+OK"));
    assert!(
        error.message.english().contains("\"+OK hello\\r\\n\""),
        "{}",
        error.message
    );
    assert!(matches!(
        error.evidence(),
        Evidence::Tls { failure: TlsFailure::NotTls, peer_bytes: Some(quoted), .. }
            if quoted == "+OK hello\\r\\n"
    ));
}

#[tokio::test]
async fn long_plaintext_is_kept_to_the_bound() {
    let error = failed_handshake(
        |mut tcp| async move {
            let banner = format!("220 {}\r\n", "x".repeat(4 * MAX_RECORDED_PEER_BYTES));
            if tcp.write_all(banner.as_bytes()).await.is_ok() {
                drain(tcp).await;
            }
        },
        DEADLINE,
    )
    .await;
    assert_eq!(error.failure, TlsFailure::NotTls);
    let peer_bytes = error.peer_bytes.unwrap();
    assert!(peer_bytes.starts_with(b"220 x"));
    assert!(peer_bytes.len() <= MAX_RECORDED_PEER_BYTES);
}

#[tokio::test]
async fn server_closing_at_once_is_eof() {
    let error = failed_handshake(|tcp| async move { drop(tcp) }, DEADLINE).await;
    assert_eq!(error.failure, TlsFailure::Eof, "{error:?}");
    assert_eq!(error.peer_bytes, None);
}

#[tokio::test]
async fn silent_server_times_out() {
    let error = failed_handshake(drain, Duration::from_millis(300)).await;
    assert_eq!(error.failure, TlsFailure::Timeout, "{error:?}");
    assert_eq!(
        error.message,
        "the TLS handshake did not finish within 300 ms"
    );
}

/// A server that reads the ClientHello and answers with a fatal alert.
async fn alerting_server(description: u8) -> TlsHandshakeError {
    failed_handshake(
        move |mut tcp| async move {
            let mut hello = [0u8; 5];
            let alert = [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, description];
            if tcp.read_exact(&mut hello).await.is_ok() && tcp.write_all(&alert).await.is_ok() {
                drain(tcp).await;
            }
        },
        DEADLINE,
    )
    .await
}

#[tokio::test]
async fn alerts_are_reported_by_name() {
    let error = alerting_server(40).await;
    assert_eq!(error.failure, TlsFailure::Alert, "{error:?}");
    assert!(
        error.message.english().contains("handshake_failure"),
        "{}",
        error.message
    );

    let error = alerting_server(70).await;
    assert_eq!(error.failure, TlsFailure::ProtocolVersion, "{error:?}");
}

#[test]
fn ca_file_must_hold_valid_certificates() {
    let no_certificate = TlsContext::new(Some(b"this is not a certificate\n")).unwrap_err();
    assert!(
        no_certificate.contains("no certificate"),
        "{no_certificate}"
    );

    let bad_pem = b"-----BEGIN CERTIFICATE-----\n!!!not base64!!!\n-----END CERTIFICATE-----\n";
    let bad_pem = TlsContext::new(Some(bad_pem)).unwrap_err();
    assert!(bad_pem.contains("not valid PEM"), "{bad_pem}");

    let not_a_certificate = b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    let not_a_certificate = TlsContext::new(Some(not_a_certificate)).unwrap_err();
    assert!(
        not_a_certificate.contains("cannot be trusted"),
        "{not_a_certificate}"
    );

    assert!(TlsContext::new(None).is_ok());
}

#[test]
fn server_names_accept_dns_names_and_ip_literals() {
    assert!(parse_server_name("pop.example.test").is_some());
    assert!(parse_server_name("192.0.2.1").is_some());
    assert!(parse_server_name("[2001:db8::1]").is_some());
    assert!(parse_server_name("2001:db8::1").is_some());
    assert!(parse_server_name("not a host").is_none());
}

#[tokio::test]
async fn invalid_server_name_is_refused_and_quoted_sanitized() {
    let context = TlsContext::new(None).unwrap();
    let (client, _server) = tokio::io::duplex(64);
    let error = match context
        .handshake(client, "bad name\x1b[31m", DEADLINE)
        .await
    {
        Ok((_, info)) => panic!("handshake succeeded: {info:?}"),
        Err(error) => error,
    };
    assert_eq!(error.failure, TlsFailure::Other);
    assert!(
        error.message.english().contains("bad name\\x1b[31m"),
        "{}",
        error.message
    );
}

#[test]
fn handshake_can_run_in_a_spawned_task() {
    fn assert_send<T: Send>(_: &T) {}
    let context = TlsContext::new(None).unwrap();
    let (client, _server) = tokio::io::duplex(64);
    assert_send(&context.handshake(client, "localhost", DEADLINE));
}

#[tokio::test]
async fn a_chain_the_ca_file_trusts_never_reads_the_system_roots() {
    // A CA of its own, so that no other test shares this `--ca-file`'s verifiers.
    let ca = TestCa::new("Quick Path Test CA");
    let context = ca.context();
    let addr = serve_tls_any_version(ca.issue(&["localhost"], current())).await;
    let (_tls, info) = handshake_with(&context, addr, "localhost", DEADLINE)
        .await
        .unwrap();
    assert_eq!(info.verdict, CertVerdict::Valid);
    assert!(!context.trust.full_verifier_built());
}

#[tokio::test]
async fn a_chain_the_bundled_roots_refuse_is_judged_against_every_root() {
    let ca = TestCa::new("Full Path Test CA");
    let stranger = TestCa::new("Stranger Test CA");
    let context = ca.context();
    let info = rejected_certificate(&context, stranger.issue(&["localhost"], current())).await;
    assert_eq!(info.verdict, CertVerdict::Untrusted);
    assert!(context.trust.full_verifier_built());
}
