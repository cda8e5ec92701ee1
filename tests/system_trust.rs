//! The system's trusted authorities count as much as the bundled ones and the `--ca-file`: the
//! real `mailtriage check --json` against the lab's POP3 server over TLS, with the system's store
//! pointed at a file of the test's choosing (`SSL_CERT_FILE`, and an empty `SSL_CERT_DIR`). A
//! chain is judged against the bundled roots first and against the system's only when they do
//! not accept it, so these runs prove that second judgement happens and decides.

mod support;

use mailtriage::lab::{CertKind, Transport};
use support::kit::{self, Kit, assert_no_credentials};
use support::*;

/// A check of the kit's POP3 server over TLS, without `--ca-file`, with the system's store
/// reduced to the authorities in `system_ca_file`.
fn check_with_system_store(server_port: u16, system_ca_file: &str) -> CheckOutput {
    let empty_dir = tempfile::tempdir().expect("temporary folder");
    CheckCommand::new()
        .pop3(server_port, "tls")
        .user(USER)
        .password(PASSWORD)
        .only("incoming")
        .timeout("5")
        .env("SSL_CERT_FILE", system_ca_file)
        .env("SSL_CERT_DIR", &empty_dir.path().display().to_string())
        .run_json()
}

#[test]
fn an_authority_only_the_system_trusts_makes_the_certificate_valid() {
    let kit = Kit::new();
    let server = kit.start(kit::pop3(Transport::ImplicitTls(CertKind::Valid)));
    let out = check_with_system_store(server.port(), &kit.ca_file_arg());
    out.assert_code(0);
    assert_step(&out.json, "incoming", "tls", "ok");
    assert_eq!(
        panel(&out.json, "incoming")["facts"]["login_ok"],
        true,
        "{}",
        summary(&out.json)
    );
}

#[test]
fn an_authority_the_system_does_not_trust_leaves_the_certificate_untrusted() {
    let kit = Kit::new();
    let other = Kit::with_ca("Another Test CA");
    let server = kit.start(kit::pop3(Transport::ImplicitTls(CertKind::Valid)));
    let out = check_with_system_store(server.port(), &other.ca_file_arg());
    assert_ne!(out.code, 0, "{}", out.describe());
    assert_step(&out.json, "incoming", "tls", "failed");
    assert_no_credentials(server.log(), PASSWORD);
}
