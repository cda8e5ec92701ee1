//! The settings editor and the port scan as a technician reads them: hosts checked like the
//! command line's, `host:port` split, dry-run addresses, what changed said in words after Enter
//! (and after applying a scan row), scan rows in words, never the password.

mod support;
use support::tui as tui_support;

use mailtriage::account::{Protocol, Security};
use mailtriage::finding::Lang;
use mailtriage::model::StepStatus;
use mailtriage::port_scan::Verdict;
use mailtriage::tui::app::{App, Overlay};
use mailtriage::tui::engine::ScanRow;
use mailtriage::tui::form::{Field, FormError, HostProblem};
use mailtriage::tui::msg::Msg;
use mailtriage::tui::update::update;
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

fn screen(app: &mut App, width: u16, height: u16) -> String {
    let terminal = draw(app, width, height);
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

fn open_editor(lang: Lang) -> App {
    let mut app = app_after(healthy_events());
    app.lang = lang;
    update(&mut app, ch('e'));
    assert!(matches!(app.overlay, Overlay::Editor(_)));
    app
}

fn focus(app: &mut App, field: Field) {
    for _ in 0..Field::ALL.len() {
        if let Overlay::Editor(form) = &app.overlay
            && form.focus == field
        {
            return;
        }
        update(app, key(KeyCode::Tab));
    }
    panic!("field {field:?} not reached");
}

fn replace_field(app: &mut App, field: Field, text: &str) {
    focus(app, field);
    update(app, ctrl('u'));
    type_text(app, text);
}

#[test]
fn host_with_port_is_split_and_the_change_is_said_aloud() {
    let mut app = open_editor(Lang::En);
    replace_field(&mut app, Field::OutgoingHost, "smtp.example.org:465");
    focus(&mut app, Field::OutgoingSecurity);
    update(&mut app, key(KeyCode::Left));
    let cmds = update(&mut app, key(KeyCode::Enter));
    assert!(probe_run(&cmds).is_some(), "applied and checked");
    let outgoing = app.plan.as_ref().unwrap().outgoing.clone().unwrap();
    assert_eq!(outgoing.host, "smtp.example.org");
    assert_eq!((outgoing.port, outgoing.security), (465, Security::Tls));
    let notice = app.notice.clone().unwrap().text;
    assert_eq!(
        notice,
        "Outgoing port 587 → 465, security STARTTLS → SSL/TLS."
    );
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Outgoing port 587 → 465"), "{text}");
}

#[test]
fn bad_hosts_are_refused_with_what_to_type() {
    for (typed, problem, en, es) in [
        (
            "pop.example.org:70000",
            HostProblem::Port,
            "number from 1 to 65535",
            "número de 1 a 65535",
        ),
        (
            "[2001:db8::1",
            HostProblem::Brackets,
            "IPv6 address in brackets",
            "IPv6 entre corchetes",
        ),
        (
            "ana@pop.example.org",
            HostProblem::Characters,
            "without spaces, @ or /",
            "sin espacios, @ ni /",
        ),
    ] {
        for (lang, says) in [(Lang::En, en), (Lang::Es, es)] {
            let mut app = open_editor(lang);
            replace_field(&mut app, Field::IncomingHost, typed);
            let cmds = update(&mut app, key(KeyCode::Enter));
            assert!(cmds.is_empty(), "{typed}: refused, nothing runs");
            let Overlay::Editor(form) = &app.overlay else {
                panic!("the editor stays open");
            };
            assert_eq!(
                form.error,
                Some(FormError::BadHost(Field::IncomingHost, problem))
            );
            let text = screen(&mut app, 80, 24).replace(['│', '\n'], " ");
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(says), "{typed} {lang:?}: {text}");
        }
    }
}

#[test]
fn dry_run_addresses_are_taken_and_checked() {
    let mut app = open_editor(Lang::Es);
    replace_field(&mut app, Field::From, "ana");
    update(&mut app, key(KeyCode::Enter));
    let Overlay::Editor(form) = &app.overlay else {
        panic!("refused");
    };
    assert_eq!(form.error, Some(FormError::BadAddress(Field::From)));
    replace_field(&mut app, Field::From, "ana@example.org");
    replace_field(&mut app, Field::To, "luis@example.org");
    update(&mut app, key(KeyCode::Enter));
    let plan = app.plan.clone().unwrap();
    assert_eq!(plan.from.as_deref(), Some("ana@example.org"));
    assert_eq!(plan.to.as_deref(), Some("luis@example.org"));
    let notice = app.notice.clone().unwrap().text;
    assert!(
        notice.contains("Remitente de la prueba (ninguno) → ana@example.org"),
        "{notice}"
    );
}

#[test]
fn the_editor_never_shows_the_password_nor_says_it() {
    let mut app = open_editor(Lang::En);
    let text = screen(&mut app, 80, 24);
    assert!(!text.contains("correct horse"), "{text}");
    replace_field(&mut app, Field::Password, "battery staple");
    assert!(!screen(&mut app, 80, 24).contains("battery"));
    update(&mut app, key(KeyCode::Enter));
    let notice = app.notice.clone().unwrap().text;
    assert_eq!(notice, "Password changed.");
}

fn scan_app(lang: Lang) -> App {
    let mut app = app_after(failing_events());
    app.lang = lang;
    update(&mut app, ch('3'));
    update(&mut app, ch('s'));
    let rows = vec![
        ScanRow {
            port: 465,
            security: Security::Tls,
            status: StepStatus::Warn,
            verdict: Verdict::Certificate,
            recommended: false,
            detail: "self-signed certificate".into(),
        },
        ScanRow {
            port: 587,
            security: Security::None,
            status: StepStatus::Failed,
            verdict: Verdict::NeedsTls,
            recommended: false,
            detail: "the port answered with TLS".into(),
        },
        ScanRow {
            port: 25,
            security: Security::None,
            status: StepStatus::Warn,
            verdict: Verdict::Works,
            recommended: false,
            detail: "220 smtp.example.org".into(),
        },
    ];
    update(
        &mut app,
        Msg::ScanFinished {
            protocol: Protocol::Smtp,
            result: Ok(rows),
        },
    );
    app
}

#[test]
fn scan_rows_say_in_words_what_works() {
    let mut app = scan_app(Lang::En);
    let text = screen(&mut app, 120, 30);
    assert!(
        text.contains("works, but this computer does not trust the certificate"),
        "{text}"
    );
    assert!(
        text.contains("does not work: this port expects SSL/TLS"),
        "{text}"
    );
    assert!(
        text.contains("works, but only without encryption"),
        "{text}"
    );
    for code in ["needs-tls", "not-tls", "certificate:", "recommended:"] {
        assert!(!text.contains(code), "{code} on screen: {text}");
    }
    let mut app = scan_app(Lang::Es);
    let text = screen(&mut app, 120, 30);
    assert!(
        text.contains("no funciona: este puerto espera SSL/TLS"),
        "{text}"
    );
}

#[test]
fn applying_a_scan_row_says_what_changed() {
    let mut app = scan_app(Lang::En);
    let cmds = update(&mut app, key(KeyCode::Enter));
    assert!(probe_run(&cmds).is_some());
    assert_eq!(
        app.notice.clone().unwrap().text,
        "Outgoing port 587 → 465, security STARTTLS → SSL/TLS."
    );
    let mut app = scan_app(Lang::Es);
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Enter));
    let notice = app.notice.clone().unwrap();
    assert!(notice.error, "giving up encryption is a warning");
    assert!(
        notice.text.to_string().starts_with("Ahora sin cifrado"),
        "{}",
        notice.text
    );
    assert!(
        notice
            .text
            .ends_with("\nSalida: puerto 587 → 25, seguridad STARTTLS → ninguna."),
        "{}",
        notice.text
    );
}

#[test]
fn an_address_is_looked_up_through_the_engine_and_says_where_from() {
    use mailtriage::account::source::{AccountSource, Origin};
    use mailtriage::account::{Endpoint, Plan};
    use mailtriage::tui::update::Cmd;
    use std::sync::Arc;

    for (lang, says) in [
        (Lang::En, "servers from the SRV records of example.net"),
        (
            Lang::Es,
            "servidores según los registros SRV de example.net",
        ),
    ] {
        let mut app = open_editor(lang);
        replace_field(&mut app, Field::Email, "ana@example.net");
        let cmds = update(&mut app, ctrl('d'));
        assert!(
            matches!(&cmds[..], [Cmd::Discover { email, base: Some(_) }] if email == "ana@example.net"),
            "{cmds:?}"
        );
        assert!(screen(&mut app, 80, 24).contains("ana@example.net…"));
        let mut found = Plan::new(
            Some(Endpoint {
                host: "mail.example.net".into(),
                port: 995,
                security: Security::Tls,
            }),
            Some(Endpoint {
                host: "mail.example.net".into(),
                port: 465,
                security: Security::Tls,
            }),
        );
        found.account_source = Some(Arc::new(AccountSource {
            email: Some("ana@example.net".into()),
            domain: Some("example.net".into()),
            incoming_from: Some(Origin::Srv),
            outgoing_from: Some(Origin::Srv),
            ..Default::default()
        }));
        update(
            &mut app,
            Msg::Discovered {
                email: "ana@example.net".into(),
                result: Ok(Box::new(found)),
            },
        );
        let text = screen(&mut app, 80, 24);
        assert!(text.contains(says), "{text}");
        assert!(text.contains("mail.example.net"), "{text}");
        update(&mut app, key(KeyCode::Enter));
        let plan = app.plan.clone().unwrap();
        assert_eq!(plan.email.as_deref(), Some("ana@example.net"));
        assert_eq!(plan.outgoing.as_ref().unwrap().port, 465);
        let source = plan.account_source.clone().expect("kept for diagnosis");
        assert_eq!(source.incoming_from, Some(Origin::Srv));
        let notice = app.notice.clone().unwrap().text;
        assert!(notice.contains("mail.example.net"), "{notice}");
    }
}

#[test]
fn a_bad_address_is_not_looked_up() {
    let mut app = open_editor(Lang::En);
    replace_field(&mut app, Field::Email, "ana");
    let cmds = update(&mut app, ctrl('d'));
    assert!(cmds.is_empty());
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("must look like name@example.org"), "{text}");
}

#[test]
fn a_ca_file_is_read_and_checked_before_the_settings_apply() {
    use mailtriage::tui::engine::Engine;
    use mailtriage::tui::live_engine::LiveEngine;
    use mailtriage::tui::update::Cmd;

    let mut app = open_editor(Lang::En);
    replace_field(&mut app, Field::CaFile, "/etc/ssl/private-ca.pem");
    let cmds = update(&mut app, key(KeyCode::Enter));
    assert!(
        matches!(&cmds[..], [Cmd::ReadCaFile { path }] if path == "/etc/ssl/private-ca.pem"),
        "{cmds:?}"
    );
    assert!(app.plan.as_ref().unwrap().extra_ca_pem.is_none(), "not yet");
    // A file that cannot be used: said, nothing applied.
    let cmds = update(
        &mut app,
        Msg::CaRead {
            path: "/etc/ssl/private-ca.pem".into(),
            result: Err("no certificate in it".into()),
        },
    );
    assert!(cmds.is_empty());
    assert!(matches!(app.overlay, Overlay::Editor(_)));
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("The CA file /etc/ssl/private-ca.pem cannot be used: no certificate in it")
    );
    // Read and checked: applied, and said.
    update(&mut app, key(KeyCode::Enter));
    let cmds = update(
        &mut app,
        Msg::CaRead {
            path: "/etc/ssl/private-ca.pem".into(),
            result: Ok(b"-----BEGIN CERTIFICATE-----".to_vec()),
        },
    );
    assert!(probe_run(&cmds).is_some());
    assert!(app.plan.as_ref().unwrap().extra_ca_pem.is_some());
    assert_eq!(app.notice.clone().unwrap().text, "Trusted CA file loaded.");

    // The live engine reads like --ca-file: a missing file or one without certificates fails.
    let dir = std::env::temp_dir().join(format!("mt-ca-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let junk = dir.join("junk.pem");
    std::fs::write(&junk, "not a certificate\n").unwrap();
    assert!(LiveEngine::new().read_ca_file(&junk).is_err());
    assert!(
        LiveEngine::new()
            .read_ca_file(&dir.join("missing.pem"))
            .is_err()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
