//! Saving an account as a profile from the command line and using it again, in a temporary
//! config folder; the password never reaches the file.

mod support;

use std::process::Command;

use support::refused_port;
use support::run::{self, Run};

fn mailtriage(config: &std::path::Path, args: &[&str]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    command
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .env("MAILTRIAGE_PASSWORD", "profile-secret-99")
        .env_remove("LANG");
    let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
    out.assert_ended(&format!("mailtriage {args:?}"));
    out
}

#[test]
fn saved_profile_is_used_again_without_the_password() {
    let config = tempfile::tempdir().unwrap();
    let port = refused_port();
    let server = format!("127.0.0.1:{port}");
    let saved = mailtriage(
        config.path(),
        &[
            "check",
            "--pop3",
            &server,
            "--pop3-security",
            "tls",
            "--user",
            "ana@example.test",
            "--only",
            "incoming",
            "--timeout",
            "1",
            "--save-profile",
            "ana",
        ],
    );
    assert_eq!(saved.code, Some(1));
    let file = config.path().join("mailtriage/profiles/ana.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(&format!("port: {port}")), "{text}");
    assert!(text.contains("ana@example.test"), "{text}");
    assert!(!text.contains("profile-secret-99"), "{text}");

    let reused = mailtriage(
        config.path(),
        &[
            "check",
            "--profile",
            "ana",
            "--only",
            "incoming",
            "--timeout",
            "1",
            "--json",
        ],
    );
    let doc: serde_json::Value = serde_json::from_slice(&reused.stdout).unwrap();
    assert_eq!(doc["panels"][0]["server"]["port"], port);

    let missing = mailtriage(config.path(), &["check", "--profile", "nobody"]);
    assert_eq!(missing.code, Some(2));
    assert_eq!(String::from_utf8_lossy(&missing.stderr).lines().count(), 1);
}

/// A port on 127.0.0.1 nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn check_json(config: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["check", "--only", "incoming", "--timeout", "1", "--json"];
    args.extend_from_slice(extra);
    let out = mailtriage(config, &args);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn a_profile_keeps_the_incoming_protocol_and_the_imap_server_beside_pop3() {
    let config = tempfile::tempdir().unwrap();
    let pop3_port = closed_port();
    let imap_port = std::iter::repeat_with(closed_port)
        .find(|p| *p != pop3_port)
        .unwrap();
    let pop3 = format!("127.0.0.1:{pop3_port}");
    let imap = format!("127.0.0.1:{imap_port}");
    mailtriage(
        config.path(),
        &[
            "check",
            "--pop3",
            &pop3,
            "--imap",
            &imap,
            "--user",
            "ana",
            "--only",
            "incoming",
            "--timeout",
            "1",
            "--save-profile",
            "both",
        ],
    );
    let text =
        std::fs::read_to_string(config.path().join("mailtriage/profiles/both.yaml")).unwrap();
    assert!(text.contains("incoming_protocol: pop3"), "{text}");
    assert!(text.contains(&format!("port: {imap_port}")), "{text}");

    let doc = check_json(config.path(), &["--profile", "both"]);
    assert_eq!(doc["panels"][0]["server"]["port"], pop3_port);
    let beside = doc["panels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["panel"] == "imap-beside")
        .expect("the IMAP panel beside POP3");
    assert_eq!(beside["server"]["port"], imap_port);
    // The profile's IMAP server alone.
    let doc = check_json(config.path(), &["--profile", "both", "--incoming", "imap"]);
    assert_eq!(doc["panels"][0]["protocol"], "imap");
    assert_eq!(doc["panels"][0]["server"]["port"], imap_port);
    assert!(
        doc["panels"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["panel"] != "imap-beside"),
        "{doc}"
    );

    mailtriage(
        config.path(),
        &[
            "check",
            "--imap",
            &imap,
            "--only",
            "incoming",
            "--timeout",
            "1",
            "--save-profile",
            "imap",
        ],
    );
    let doc = check_json(config.path(), &["--profile", "imap"]);
    assert_eq!(doc["panels"][0]["protocol"], "imap");
    assert_eq!(doc["panels"][0]["server"]["port"], imap_port);

    // A profile written before IMAP existed: POP3.
    let old = config.path().join("mailtriage/profiles/old.yaml");
    std::fs::write(
        &old,
        format!("incoming: {{ host: 127.0.0.1, port: {pop3_port}, security: tls }}\n"),
    )
    .unwrap();
    let doc = check_json(config.path(), &["--profile", "old"]);
    assert_eq!(doc["panels"][0]["protocol"], "pop3");
    assert_eq!(doc["panels"][0]["server"]["port"], pop3_port);
}
