//! The OAuth2 device sign-in against the lab's scripted authorization server on loopback:
//! pending then success, slow_down (the interval grows by five seconds), expired_token,
//! access_denied, the code's own lifetime, refusals with hostile descriptions, answers that are
//! too large, not HTTP or never come, HTTPS with the lab's CA, the refresh of a saved token, and
//! the real binary's `oauth2 login` and `check --oauth2-saved`, whose output never holds a token.

mod support;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mailtriage::lab::oauth2_server::{Answer, AuthScript, AuthServer};
use mailtriage::lab::{CertKind, Pki};
use mailtriage::oauth2::http::HttpError;
use mailtriage::oauth2::store::{self, SavedToken};
use mailtriage::oauth2::{
    DeviceFlow, HttpClient, SignInError, SignInSettings, Sleeper, TokenSet, saved,
};
use support::scripted::{mailtriage, run};

const ACCESS: &str = "at-canary-7Qx2Lm9Kw3";
const REFRESH: &str = "rt-canary-4Hn8Vb1Zp6";
const ACCOUNT: &str = "ana@contoso.test";

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

fn settings(server: &AuthServer) -> SignInSettings {
    SignInSettings {
        provider: "microsoft-365".into(),
        device_url: server.device_url(),
        token_url: server.token_url(),
        scopes: vec![
            "https://outlook.office.com/POP.AccessAsUser.All".into(),
            "offline_access".into(),
        ],
        client_id: "lab-client".into(),
        tenant: Some("organizations".into()),
        client_secret: None,
        refuses_mail_scope: false,
    }
}

fn http(timeout: Duration) -> HttpClient {
    HttpClient::new(None, timeout).unwrap()
}

/// A sleeper that records each wait and waits only a millisecond.
fn recording_sleeper() -> (Sleeper, Arc<Mutex<Vec<Duration>>>) {
    let waits = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&waits);
    let sleeper: Sleeper = Arc::new(move |d| {
        seen.lock().unwrap().push(d);
        Box::pin(tokio::time::sleep(Duration::from_millis(1)))
    });
    (sleeper, waits)
}

fn script(polls: Vec<Answer>) -> AuthScript {
    AuthScript {
        device: Answer::device_code("FQK5HW3UF", 1, 900),
        polls,
        refreshes: vec![Answer::error("invalid_grant", None)],
    }
}

/// Start the server, run the whole flow with the recording sleeper.
fn sign_in(
    script: AuthScript,
    adjust: impl FnOnce(&mut SignInSettings),
) -> (Result<TokenSet, SignInError>, Vec<Duration>, AuthServer) {
    let rt = runtime();
    let server = rt.block_on(AuthServer::start(script, None)).unwrap();
    let mut s = settings(&server);
    adjust(&mut s);
    let (sleeper, waits) = recording_sleeper();
    let result = rt.block_on(async {
        let flow = DeviceFlow::new(s, http(Duration::from_secs(5))).unwrap();
        let code = flow.start().await?;
        assert_eq!(code.user_code, "FQK5HW3UF");
        assert_eq!(code.verification_uri, "https://login.example.test/device");
        flow.finish(&code, sleeper).await
    });
    let waits = waits.lock().unwrap().clone();
    (result, waits, server)
}

#[test]
fn pending_then_success_polls_at_the_interval() {
    let (result, waits, server) = sign_in(
        script(vec![
            Answer::error("authorization_pending", None),
            Answer::error("authorization_pending", None),
            Answer::token(ACCESS, Some(REFRESH), 3600, Some(ACCOUNT)),
        ]),
        |_| {},
    );
    let tokens = result.unwrap();
    assert_eq!(tokens.access.expose(), ACCESS);
    assert_eq!(tokens.refresh.as_ref().unwrap().expose(), REFRESH);
    assert_eq!(tokens.account.as_deref(), Some(ACCOUNT));
    assert!(tokens.expires_at.unwrap() > mailtriage::oauth2::flow::unix_now() + 3000);
    assert!(!format!("{tokens:?}").contains(ACCESS));
    assert_eq!(waits, [Duration::from_secs(1); 2]);
    let seen = server.requests();
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert_eq!(seen[0].path, "/devicecode");
    assert_eq!(seen[0].field("client_id"), Some("lab-client"));
    assert!(
        seen[0]
            .field("scope")
            .unwrap()
            .contains("POP.AccessAsUser.All")
    );
    for poll in &seen[1..] {
        assert_eq!(poll.path, "/token");
        assert_eq!(
            poll.field("grant_type"),
            Some("urn:ietf:params:oauth:grant-type:device_code")
        );
        assert_eq!(poll.field("device_code"), Some("lab-device-code"));
        assert_eq!(poll.field("client_id"), Some("lab-client"));
    }
}

#[test]
fn slow_down_adds_five_seconds_to_the_interval_for_good() {
    let (result, waits, _server) = sign_in(
        script(vec![
            Answer::error("authorization_pending", None),
            Answer::error("slow_down", None),
            Answer::error("authorization_pending", None),
            Answer::error("slow_down", None),
            Answer::token(ACCESS, None, 3600, None),
        ]),
        |_| {},
    );
    assert!(result.unwrap().account.is_none());
    let secs: Vec<u64> = waits.iter().map(Duration::as_secs).collect();
    assert_eq!(secs, [1, 6, 6, 11]);
}

#[test]
fn expired_and_denied_end_the_wait() {
    let (result, _, _) = sign_in(
        script(vec![
            Answer::error("authorization_pending", None),
            Answer::error("expired_token", None),
        ]),
        |_| {},
    );
    assert_eq!(result.unwrap_err(), SignInError::Expired);
    let (result, _, _) = sign_in(script(vec![Answer::error("access_denied", None)]), |_| {});
    let err = result.unwrap_err();
    assert_eq!(err, SignInError::Denied);
    assert!(err.said().english().contains("access_denied"));
}

#[test]
fn the_code_s_own_lifetime_ends_the_wait() {
    let rt = runtime();
    let server = rt
        .block_on(AuthServer::start(
            AuthScript {
                device: Answer::device_code("ABCDEFGHJ", 1, 1),
                polls: vec![Answer::error("authorization_pending", None)],
                refreshes: vec![],
            },
            None,
        ))
        .unwrap();
    let started = Instant::now();
    let sleeper: Sleeper = Arc::new(|_| Box::pin(tokio::time::sleep(Duration::from_millis(200))));
    let result = rt.block_on(async {
        let flow = DeviceFlow::new(settings(&server), http(Duration::from_secs(5))).unwrap();
        let code = flow.start().await?;
        flow.finish(&code, sleeper).await
    });
    assert_eq!(result.unwrap_err(), SignInError::Expired);
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn other_refusals_show_the_service_s_words_sanitized() {
    let (result, _, _) = sign_in(
        script(vec![Answer::error(
            "invalid_client",
            Some("AADSTS7000218: the client\u{1b}[2J needs\nclient_assertion"),
        )]),
        |_| {},
    );
    let err = result.unwrap_err();
    let SignInError::Refused { error, description } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(error, "invalid_client");
    let description = description.as_deref().unwrap();
    assert!(description.contains("AADSTS7000218"));
    assert!(!description.contains('\u{1b}') && !description.contains('\n'));
    let text = err.said().english().into_owned();
    assert!(
        text.contains("invalid_client") && text.contains("AADSTS7000218"),
        "{text}"
    );
}

#[test]
fn google_s_refusal_of_the_mail_scope_is_said_plainly() {
    let rt = runtime();
    let server = rt
        .block_on(AuthServer::start(
            AuthScript {
                device: Answer::error(
                    "invalid_scope",
                    Some("Invalid device flow scope: https://mail.google.com/"),
                ),
                polls: vec![],
                refreshes: vec![],
            },
            None,
        ))
        .unwrap();
    let mut s = settings(&server);
    s.refuses_mail_scope = true;
    let err = rt
        .block_on(async {
            DeviceFlow::new(s, http(Duration::from_secs(5)))
                .unwrap()
                .start()
                .await
        })
        .unwrap_err();
    assert!(
        matches!(err, SignInError::MailScopeRefused { .. }),
        "{err:?}"
    );
    assert!(
        err.said()
            .english()
            .contains("Google refused the mail scope")
    );
}

/// The device-code request against a misbehaving endpoint: the error `expect` matches, fast.
fn device_error(answer: Answer, timeout: Duration) -> HttpError {
    let rt = runtime();
    let server = rt
        .block_on(AuthServer::start(
            AuthScript {
                device: answer,
                polls: vec![],
                refreshes: vec![],
            },
            None,
        ))
        .unwrap();
    let started = Instant::now();
    let err = rt
        .block_on(async {
            DeviceFlow::new(settings(&server), http(timeout))
                .unwrap()
                .start()
                .await
        })
        .unwrap_err();
    assert!(started.elapsed() < timeout + Duration::from_secs(2));
    match err {
        SignInError::Http { error, url } => {
            assert!(url.ends_with("/devicecode"));
            error
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn huge_broken_and_silent_answers_are_bounded_errors() {
    assert_eq!(
        device_error(Answer::Huge, Duration::from_secs(5)),
        HttpError::TooLarge
    );
    assert!(matches!(
        device_error(Answer::NotHttp, Duration::from_secs(5)),
        HttpError::Malformed(_)
    ));
    let timeout = Duration::from_millis(600);
    assert_eq!(
        device_error(Answer::Silent, timeout),
        HttpError::Deadline(timeout)
    );
    // An answer that is JSON but not a device-code answer names the field, not the value.
    let rt = runtime();
    let server = rt
        .block_on(AuthServer::start(
            AuthScript {
                device: Answer::Json {
                    status: 200,
                    body: r#"{"device_code":"d","user_code":"u","verification_uri":"https://x.test/","expires_in":"soon"}"#.into(),
                },
                polls: vec![],
                refreshes: vec![],
            },
            None,
        ))
        .unwrap();
    let err = rt
        .block_on(async {
            DeviceFlow::new(settings(&server), http(Duration::from_secs(5)))
                .unwrap()
                .start()
                .await
        })
        .unwrap_err();
    assert_eq!(
        err,
        SignInError::Unreadable {
            field: "expires_in".into()
        }
    );
}

#[test]
fn https_with_the_lab_s_ca() {
    let pki = Pki::new("mailtriage oauth2 test CA").unwrap();
    let cert = pki.server_cert(CertKind::Valid, &["127.0.0.1"]).unwrap();
    let rt = runtime();
    let server = rt
        .block_on(AuthServer::start(
            script(vec![Answer::token(ACCESS, None, 60, Some(ACCOUNT))]),
            Some(cert.server_config().unwrap()),
        ))
        .unwrap();
    assert!(server.token_url().starts_with("https://127.0.0.1:"));
    let (sleeper, _) = recording_sleeper();
    let trusted = HttpClient::new(Some(pki.ca_pem().as_bytes()), Duration::from_secs(5)).unwrap();
    let tokens = rt
        .block_on(async {
            let flow = DeviceFlow::new(settings(&server), trusted).unwrap();
            let code = flow.start().await?;
            flow.finish(&code, sleeper).await
        })
        .unwrap();
    assert_eq!(tokens.account.as_deref(), Some(ACCOUNT));
    // Without the CA the certificate is not trusted: no request is sent in the clear instead.
    let err = rt
        .block_on(async {
            DeviceFlow::new(settings(&server), http(Duration::from_secs(5)))
                .unwrap()
                .start()
                .await
        })
        .unwrap_err();
    assert!(
        matches!(
            err,
            SignInError::Http {
                error: HttpError::Tls(_),
                ..
            }
        ),
        "{err:?}"
    );
}

fn saved_record(server: &AuthServer, expires_at: u64) -> SavedToken {
    let tokens = TokenSet {
        access: mailtriage::account::Secret::new("old-access-canary-1"),
        refresh: Some(mailtriage::account::Secret::new(REFRESH)),
        expires_at: Some(expires_at),
        account: Some(ACCOUNT.into()),
    };
    SavedToken::new(&settings(server), Some(ACCOUNT.into()), &tokens)
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn an_expiring_saved_token_is_refreshed_and_saved_back() {
    let rt = runtime();
    let server = rt
        .block_on(AuthServer::start(
            AuthScript {
                device: Answer::device_code("X", 1, 60),
                polls: vec![],
                // No new refresh token: the old one is kept.
                refreshes: vec![Answer::token(ACCESS, None, 3600, None)],
            },
            None,
        ))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mailtriage").join("oauth2");
    let now = mailtriage::oauth2::flow::unix_now();
    let path = store::save(&folder, "t.json", &saved_record(&server, now + 30)).unwrap();
    let tokens = rt
        .block_on(saved::ready_token(
            &path,
            http(Duration::from_secs(5)),
            None,
        ))
        .unwrap();
    assert_eq!(tokens.access.expose(), ACCESS);
    let seen = server.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].field("grant_type"), Some("refresh_token"));
    assert_eq!(seen[0].field("refresh_token"), Some(REFRESH));
    let back = store::load(&path).unwrap();
    assert_eq!(back.access_token, ACCESS);
    assert_eq!(back.refresh_token.as_deref(), Some(REFRESH));
    assert!(back.expires_at.unwrap() >= now + 3000);
    assert_eq!(mode(&path), 0o600);
    assert_eq!(
        std::fs::read_dir(&folder).unwrap().count(),
        1,
        "no temporary file is left"
    );

    // A token far from its expiry is used as it is, without a request.
    let path = store::save(&folder, "u.json", &saved_record(&server, now + 3600)).unwrap();
    let tokens = rt
        .block_on(saved::ready_token(
            &path,
            http(Duration::from_secs(5)),
            None,
        ))
        .unwrap();
    assert_eq!(tokens.access.expose(), "old-access-canary-1");
    assert_eq!(server.requests().len(), 1);
}

/// Every place a token could show in a run's output.
fn assert_no_token(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for token in [ACCESS, REFRESH, "lab-device-code"] {
        assert!(!text.contains(token), "{what} shows {token}:\n{text}");
    }
}

#[test]
fn the_binary_signs_in_saves_privately_and_never_prints_a_token() {
    let rt = runtime();
    let server = rt
        .block_on(AuthServer::start(
            AuthScript {
                device: Answer::device_code("FQK5HW3UF", 0, 900),
                polls: vec![
                    Answer::error("authorization_pending", None),
                    Answer::token(ACCESS, Some(REFRESH), 3600, Some(ACCOUNT)),
                ],
                refreshes: vec![],
            },
            None,
        ))
        .unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut login = mailtriage(&[
        "oauth2",
        "login",
        "--provider",
        "microsoft",
        "--client-id",
        "lab-client",
        "--oauth2-device-url",
        &server.device_url(),
        "--oauth2-token-url",
        &server.token_url(),
        "--save",
    ]);
    login.env("XDG_DATA_HOME", data.path());
    let out = run(login);
    out.assert_well_behaved();
    let stdout = out.stdout_text();
    assert_eq!(out.code, Some(0), "{stdout}\n{}", out.stderr_text());
    assert!(stdout.contains("F Q K   5 H W   3 U F"), "{stdout}");
    assert!(stdout.contains("Foxtrot Quebec Kilo / 5 Hotel Whiskey / 3 Uniform Foxtrot"));
    assert!(stdout.contains("https://login.example.test/device"));
    assert!(stdout.contains(ACCOUNT), "{stdout}");
    assert_no_token("login stdout", &out.stdout);
    assert_no_token("login stderr", &out.stderr);
    let file = data
        .path()
        .join("mailtriage/oauth2/microsoft-365-ana_contoso.test.json");
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);
    assert!(std::fs::read_to_string(&file).unwrap().contains(ACCESS));

    // The saved token drives a check; nothing it prints holds it.
    let mut check = mailtriage(&[
        "check",
        "--json",
        "--pop3",
        "127.0.0.1:9",
        "--pop3-security",
        "tls",
        "--only",
        "incoming",
        "--user",
        ACCOUNT,
        "--oauth2-saved",
        "microsoft",
        "--timeout",
        "2",
    ]);
    check.env("XDG_DATA_HOME", data.path());
    let out = run(check);
    out.assert_well_behaved();
    assert!(
        out.stderr_text().contains("using the saved token"),
        "{}",
        out.stderr_text()
    );
    assert_no_token("check stdout", &out.stdout);
    assert_no_token("check stderr", &out.stderr);

    // Once others can read the file, it is refused.
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let mut check = mailtriage(&[
        "check",
        "--pop3",
        "127.0.0.1:9",
        "--user",
        ACCOUNT,
        "--oauth2-saved",
        "microsoft",
    ]);
    check.env("XDG_DATA_HOME", data.path());
    let out = run(check);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr_text().contains("can be read by other users"),
        "{}",
        out.stderr_text()
    );
    assert_no_token("refusal stderr", &out.stderr);
}

#[test]
fn the_binary_says_a_refusal_in_the_reader_s_language() {
    let rt = runtime();
    let server = rt
        .block_on(AuthServer::start(
            script(vec![Answer::error("access_denied", None)]),
            None,
        ))
        .unwrap();
    let out = run(mailtriage(&[
        "oauth2",
        "login",
        "--provider",
        "microsoft",
        "--client-id",
        "lab-client",
        "--oauth2-device-url",
        &server.device_url(),
        "--oauth2-token-url",
        &server.token_url(),
        "--lang",
        "es",
    ]));
    out.assert_well_behaved();
    assert_eq!(out.code, Some(1));
    assert!(
        out.stdout_text().contains("Inicia sesión"),
        "{}",
        out.stdout_text()
    );
    assert!(
        out.stderr_text().contains("se rechazó"),
        "{}",
        out.stderr_text()
    );
    // Without a client id anywhere, the command says where one comes from.
    let out = run(mailtriage(&["oauth2", "login", "--provider", "microsoft"]));
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr_text().contains("--client-id"),
        "{}",
        out.stderr_text()
    );
}

/// A POP3 server on loopback that takes only SASL XOAUTH2 or OAUTHBEARER and keeps every line
/// it was sent.
fn oauth2_pop3_server() -> (u16, Arc<Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    let lines = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&lines);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || {
                stream
                    .set_read_timeout(Some(Duration::from_secs(10)))
                    .unwrap();
                let mut out = stream.try_clone().unwrap();
                let mut input = BufReader::new(stream);
                let _ = out.write_all(b"+OK POP3 ready\r\n");
                let mut line = String::new();
                while input.read_line(&mut line).unwrap_or(0) > 0 {
                    let got = line.trim_end().to_string();
                    seen.lock().unwrap().push(got.clone());
                    let upper = got.to_ascii_uppercase();
                    let reply: &[u8] = if upper == "CAPA" {
                        b"+OK\r\nUSER\r\nSASL XOAUTH2 OAUTHBEARER\r\n.\r\n"
                    } else if upper == "AUTH XOAUTH2" || upper == "AUTH OAUTHBEARER" {
                        b"+ \r\n"
                    } else if upper.starts_with("AUTH ") || !upper.contains(' ') && got.len() > 20 {
                        b"+OK Logged in.\r\n"
                    } else if upper == "QUIT" {
                        let _ = out.write_all(b"+OK bye\r\n");
                        break;
                    } else if upper == "STAT" {
                        b"+OK 0 0\r\n"
                    } else if upper == "UIDL" || upper == "LIST" {
                        b"+OK\r\n.\r\n"
                    } else {
                        b"-ERR not here\r\n"
                    };
                    let _ = out.write_all(reply);
                    line.clear();
                }
            });
        }
    });
    (port, lines)
}

#[test]
fn check_signs_in_with_a_code_then_logs_in_with_the_token() {
    use base64::Engine as _;
    let rt = runtime();
    let server = rt
        .block_on(AuthServer::start(
            AuthScript {
                device: Answer::device_code("FQK5HW3UF", 0, 900),
                polls: vec![
                    Answer::error("authorization_pending", None),
                    Answer::token(ACCESS, Some(REFRESH), 3600, Some(ACCOUNT)),
                ],
                refreshes: vec![],
            },
            None,
        ))
        .unwrap();
    let (port, pop3_lines) = oauth2_pop3_server();
    let pop3 = format!("127.0.0.1:{port}");
    let out = run(mailtriage(&[
        "check",
        "--json",
        "--pop3",
        &pop3,
        "--pop3-security",
        "none",
        "--allow-plaintext-auth",
        "--only",
        "incoming",
        "--user",
        ACCOUNT,
        "--oauth2-login",
        "microsoft",
        "--client-id",
        "lab-client",
        "--oauth2-device-url",
        &server.device_url(),
        "--oauth2-token-url",
        &server.token_url(),
        "--timeout",
        "3",
    ]));
    out.assert_well_behaved();
    let stderr = out.stderr_text();
    assert!(
        stderr.contains("F Q K   5 H W   3 U F"),
        "the code goes to stderr: {stderr}"
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is the JSON");
    assert_eq!(
        support::scripted::status(&doc, "incoming", "login"),
        "ok",
        "{}",
        out.stdout_text()
    );
    // The server got the token inside a SASL answer; nothing the check printed holds it.
    let sent = pop3_lines.lock().unwrap().join("\n");
    let decoded: String = sent
        .split([' ', '\n'])
        .filter_map(|w| base64::engine::general_purpose::STANDARD.decode(w).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    assert!(decoded.contains(&format!("Bearer {ACCESS}")), "{sent}");
    assert_no_token("check stdout", &out.stdout);
    assert_no_token("check stderr", &out.stderr);
    let xoauth2 = base64::engine::general_purpose::STANDARD
        .encode(format!("user={ACCOUNT}\x01auth=Bearer {ACCESS}\x01\x01"));
    for (what, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert!(!String::from_utf8_lossy(bytes).contains(&xoauth2), "{what}");
    }
}
