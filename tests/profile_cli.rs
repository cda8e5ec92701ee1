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
