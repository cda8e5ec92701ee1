//! OAuth2 against a real Dovecot: a second instance whose only passdb is `oauth2`, validating
//! the tokens locally (`introspection_mode = local`, an HS256 key the test makes and puts in a
//! `fs:posix` dict). A valid token logs in over POP3 and IMAP; an expired token and a token
//! signed with another key are refused, and `mailtriage check` names why from what Dovecot
//! really answers (its `{"status":"invalid_token"}` error challenge, then `-ERR [AUTH]`).
//!
//! Needs root and Dovecot (tests/real/install.sh installs it); like the real-server suite,
//! `MAILTRIAGE_REAL_SERVERS=skip` leaves it out. The listeners are plain text on loopback, which
//! Dovecot treats as secured; the client needs `--allow-plaintext-auth` there, as for a password.

mod support;

#[allow(dead_code)]
#[path = "real_support/config.rs"]
mod config;
#[allow(dead_code)]
#[path = "real_support/daemon.rs"]
mod daemon;

use std::fs;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use support::*;

const DOVECOT_TEMPLATE: &str = include_str!("real/dovecot-oauth2.conf.in");
const OAUTH2_TEMPLATE: &str = include_str!("real/oauth2.conf.ext.in");
const ACCOUNT: &str = "ana@mail.test";
const TOKEN_VAR: &str = "MAILTRIAGE_REAL_TOKEN";
/// The uid and gid mail is stored as: no system account.
const MAIL_ID: u32 = 64_999;

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// An HS256 JWT with these claims, signed with `key`.
fn jwt(key: &[u8], claims: &str) -> String {
    let signed = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(claims)
    );
    let tag = ring::hmac::sign(
        &ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key),
        signed.as_bytes(),
    );
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(tag.as_ref()))
}

/// Claims Dovecot's local validation checks: `sub`, `email` (the user name), `iat`, `exp`,
/// `iss` and `aud`.
fn claims(issued: i64, expires: i64) -> String {
    format!(
        r#"{{"iss":"https://login.mail.test","aud":"mailtriage-test","sub":"{ACCOUNT}","email":"{ACCOUNT}","iat":{issued},"exp":{expires}}}"#
    )
}

fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

struct OAuth2Dovecot {
    daemon: daemon::Daemon,
    root: tempfile::TempDir,
    key: Vec<u8>,
    pop3: u16,
    imap: u16,
}

impl OAuth2Dovecot {
    fn start() -> Result<OAuth2Dovecot, String> {
        let root = tempfile::tempdir().map_err(|e| e.to_string())?;
        let dir = root.path();
        let key: Vec<u8> = (0..32u8).map(|i| i.wrapping_mul(37) ^ 0x5a).collect();
        for sub in ["run", "state", "home", "keys/default/HS256"] {
            fs::create_dir_all(dir.join(sub)).map_err(|e| e.to_string())?;
        }
        // The mail processes run as MAIL_ID and create the user's home below this folder.
        let home = dir.join("home");
        std::os::unix::fs::chown(&home, Some(MAIL_ID), Some(MAIL_ID)).map_err(|e| e.to_string())?;
        fs::write(
            dir.join("keys/default/HS256/default"),
            STANDARD.encode(&key),
        )
        .map_err(|e| e.to_string())?;
        let (pop3, imap) = (free_port(), free_port());
        let root_text = dir.display().to_string();
        config::write_rendered(
            &dir.join("oauth2.conf.ext"),
            "oauth2.conf.ext.in",
            OAUTH2_TEMPLATE,
            &[("KEYS", dir.join("keys").display().to_string())],
        )?;
        let conf = dir.join("dovecot.conf");
        config::write_rendered(
            &conf,
            "dovecot-oauth2.conf.in",
            DOVECOT_TEMPLATE,
            &[
                ("ROOT", root_text),
                ("INSTANCE", std::process::id().to_string()),
                ("MAIL_UID", MAIL_ID.to_string()),
                ("MAIL_GID", MAIL_ID.to_string()),
                ("POP3_PORT", pop3.to_string()),
                ("IMAP_PORT", imap.to_string()),
            ],
        )?;
        let parsed = Command::new("dovecot")
            .arg("-c")
            .arg(&conf)
            .arg("-n")
            .output()
            .map_err(|e| format!("cannot run `dovecot -n`: {e}"))?;
        if !parsed.status.success() {
            return Err(format!(
                "Dovecot rejects {}:\n{}",
                conf.display(),
                String::from_utf8_lossy(&parsed.stderr)
            ));
        }
        let mut command = Command::new("dovecot");
        command.arg("-F").arg("-c").arg(&conf);
        let daemon = daemon::Daemon::spawn("dovecot", command, &dir.join("dovecot.out"))?;
        let server = OAuth2Dovecot {
            daemon,
            root,
            key,
            pop3,
            imap,
        };
        server.wait_for(pop3)?;
        server.wait_for(imap)?;
        Ok(server)
    }

    fn wait_for(&self, port: u16) -> Result<(), String> {
        let started = Instant::now();
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        while started.elapsed() < Duration::from_secs(10) {
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(format!(
            "Dovecot does not listen on {port}:\n{}",
            self.log()
        ))
    }

    fn log(&self) -> String {
        daemon::log_tail(&self.root.path().join("dovecot.log"), 40)
    }

    fn check(&self, protocol: &str, token: &str) -> CheckOutput {
        let port = if protocol == "pop3" {
            self.pop3
        } else {
            self.imap
        };
        let out = CheckCommand::new()
            .args([
                format!("--{protocol}"),
                format!("{SERVER_NAME}:{port}"),
                format!("--{protocol}-security"),
                "none".to_string(),
                "--resolve".to_string(),
                format!("{SERVER_NAME}:{port}:127.0.0.1"),
            ])
            .arg("--allow-plaintext-auth")
            .user(ACCOUNT)
            .only("incoming")
            .timeout("8")
            .args(["--oauth2-token-env", TOKEN_VAR])
            .env(TOKEN_VAR, token)
            .run_json();
        for text in [&out.stdout, &out.stderr] {
            assert!(!text.contains(token), "the token shows:\n{text}");
        }
        out
    }
}

fn skipped() -> bool {
    if std::env::var("MAILTRIAGE_REAL_SERVERS").is_ok_and(|v| v == "skip") {
        println!("OAuth2 real-server cases not run: MAILTRIAGE_REAL_SERVERS=skip");
        return true;
    }
    false
}

#[test]
fn dovecot_takes_a_valid_token_and_refuses_expired_and_wrongly_signed_ones() {
    if skipped() {
        return;
    }
    assert!(
        Path::new("/usr/sbin/dovecot").exists() && Path::new("/usr/lib/dovecot/imap").exists(),
        "Dovecot is not installed: run tests/real/install.sh (as root), or set MAILTRIAGE_REAL_SERVERS=skip"
    );
    let mut server = OAuth2Dovecot::start().unwrap_or_else(|e| panic!("{e}"));
    let t = now();

    let valid = jwt(&server.key, &claims(t - 10, t + 600));
    for protocol in ["pop3", "imap"] {
        let out = server.check(protocol, &valid);
        let doc = &out.json;
        assert_step(doc, "incoming", "login", "ok");
        let method = panel(doc, "incoming")["facts"]["login_method"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(
            method.ends_with("OAUTHBEARER"),
            "{protocol}: {method}\n{}",
            server.log()
        );
        out.assert_code(0);
    }

    let expired = jwt(&server.key, &claims(t - 7_200, t - 3_600));
    let out = server.check("pop3", &expired);
    out.assert_code(1);
    let found = assert_finding_quotes(
        &out.json,
        "oauth2-token-expired",
        "[AUTH] Authentication failed",
    );
    assert!(
        finding_evidence(found)
            .iter()
            .any(|e| e.contains("invalid_token")),
        "{found}"
    );

    let forged = jwt(
        b"another key entirely, not Dovecot's",
        &claims(t - 10, t + 600),
    );
    let out = server.check("pop3", &forged);
    out.assert_code(1);
    assert_finding_quotes(&out.json, "oauth2-token-rejected", "invalid_token");
    let out = server.check("imap", &forged);
    out.assert_code(1);
    assert_finding(&out.json, "oauth2-token-rejected");

    // Dovecot's own reasons, to show the cases refused what they meant to.
    let log = fs::read_to_string(server.root.path().join("dovecot.log")).unwrap_or_default();
    assert!(log.contains("Token has expired"), "{}", server.log());
    assert!(log.contains("Incorrect JWT signature"), "{}", server.log());
    server.daemon.stop().unwrap_or_else(|e| panic!("{e}"));
}
