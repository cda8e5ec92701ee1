//! The support report `check --report … --private` writes, against scripted servers: its header
//! says what the transcript holds, certificates carry their SHA-256 fingerprint, and the private
//! mode keeps a provider's public server names while hiding the user's own names and addresses.

mod support;

use std::path::Path;

use mailtriage::lab::{CertKind, Server, ServerSpec, Transport};
use support::kit::Kit;
use support::*;

/// SHA-256 of a DER certificate as the report shows it: colon-separated upper-case hex.
fn fingerprint(der: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, der)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// `check --only incoming` against a POP3 server over TLS known as `host`, logging in as
/// `user` with a wrong password, with a private report written to `report`.
fn private_check(server: &Server, host: &str, user: &str, kit: &Kit, report: &Path) -> CheckOutput {
    let port = server.port();
    CheckCommand::new()
        .args([
            "--pop3".to_string(),
            format!("{host}:{port}"),
            "--pop3-security".to_string(),
            "tls".to_string(),
            "--resolve".to_string(),
            format!("{host}:{port}:127.0.0.1"),
        ])
        .kit_ca(kit)
        .user(user)
        .only("incoming")
        .timeout("5")
        .args(["--report", &report.display().to_string(), "--private"])
        .password("not the password")
        .run_json()
}

#[test]
fn a_private_report_keeps_the_provider_s_names_and_hides_the_user() {
    let kit = Kit::new();
    let server = kit.start(
        ServerSpec::pop3(
            Transport::ImplicitTls(CertKind::Valid),
            "ana.lopez@gmail.com",
            PASSWORD,
        )
        .names(&["pop.gmail.com"]),
    );
    let expected = fingerprint(server.certificate().expect("a TLS server").as_ref());
    let dir = tempfile::tempdir().expect("temporary folder");
    let report = dir.path().join("report.md");
    let out = private_check(
        &server,
        "pop.gmail.com",
        "ana.lopez@gmail.com",
        &kit,
        &report,
    );
    out.assert_code(1);
    let text = std::fs::read_to_string(&report).expect("report written");

    // The header tells the truth, and the transcript bears it out.
    let header = text.split("## Settings").next().expect("header");
    assert!(
        header.contains("login answers included") && header.contains("never recorded"),
        "{header}"
    );
    assert!(
        !header.contains("login answers are never recorded"),
        "{header}"
    );
    assert!(text.contains("C: AUTH PLAIN ***"), "{text}");
    let refusal = text
        .lines()
        .find(|l| l.contains("S: -ERR"))
        .unwrap_or_else(|| panic!("the login answer is in the transcript:\n{text}"));
    assert!(!refusal.contains("***"), "{refusal}");
    assert!(!text.contains("not the password"), "{text}");

    // The fingerprint of the leaf the server sent, in the report and in the JSON document.
    assert!(
        text.contains(&format!("SHA-256 fingerprint: `{expected}`")),
        "{expected} missing:\n{text}"
    );
    let json_fingerprint = &panel(&out.json, "incoming")["tls"]["chain"][0]["sha256_fingerprint"];
    assert_eq!(json_fingerprint, expected.as_str());

    // Gmail's names stay; the user's do not.
    for kept in [
        "server `pop.gmail.com`",
        "CN=pop.gmail.com",
        "@gmail.com",
        "Checked against: `pop.gmail.com`",
    ] {
        assert!(text.contains(kept), "{kept:?} missing:\n{text}");
    }
    for hidden in ["ana.lopez", "127.0.0.1"] {
        assert!(!text.contains(hidden), "{hidden:?} in the report:\n{text}");
    }
    assert!(text.contains("user-1@gmail.com"), "{text}");
}

#[test]
fn a_private_report_hides_a_custom_domain_with_its_certificate() {
    let kit = Kit::new();
    let server = kit.start(
        ServerSpec::pop3(
            Transport::ImplicitTls(CertKind::Valid),
            "ana@anas-bakery.test",
            PASSWORD,
        )
        .names(&["mail.anas-bakery.test"])
        .greeting("+OK mail.anas-bakery.test POP3 ready"),
    );
    let real = fingerprint(server.certificate().expect("a TLS server").as_ref());
    let dir = tempfile::tempdir().expect("temporary folder");
    let report = dir.path().join("report.md");
    let out = private_check(
        &server,
        "mail.anas-bakery.test",
        "ana@anas-bakery.test",
        &kit,
        &report,
    );
    out.assert_code(1);
    let text = std::fs::read_to_string(&report).expect("report written");
    for hidden in ["anas-bakery", "127.0.0.1", &real] {
        assert!(!text.contains(hidden), "{hidden:?} in the report:\n{text}");
    }
    for shown in [
        "server `host-1`",
        "user-1@host-2",
        "+OK host-1 POP3 ready",
        "SHA-256 fingerprint: `hidden",
    ] {
        assert!(text.contains(shown), "{shown:?} missing:\n{text}");
    }
    // Only the report is private: the JSON document keeps the real fingerprint.
    assert_eq!(
        panel(&out.json, "incoming")["tls"]["chain"][0]["sha256_fingerprint"],
        real.as_str()
    );
}
