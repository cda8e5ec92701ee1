//! The dashboard's OAuth2 sign-in overlay: it opens at start when the account signs in with
//! OAuth2, shows the code spaced and spelled with the time left (readable at 80×24), closes
//! when the token arrives and checks the account again with it; a refusal stays on screen; Esc
//! stops the sign-in; `o` without a provider says how to give one.

mod support;

use mailtriage::account::Secret;
use mailtriage::finding::Lang;
use mailtriage::oauth2::{SignInRequest, TokenSet};
use mailtriage::tui::app::{App, Overlay};
use mailtriage::tui::msg::Msg;
use mailtriage::tui::sign_in::{SignInEvent, Stage};
use mailtriage::tui::update::{Cmd, update};
use mailtriage_core::said;
use ratatui::crossterm::event::KeyCode;
use support::tui::{app_with_plan, ch, config, draw, key, plan, probe_run};

const TOKEN: &str = "tui-access-canary-5Tq";

fn signing_app() -> App {
    let mut app = App::new(Some(plan()), config(Lang::En));
    app.sign_in = Some(SignInRequest {
        provider: "microsoft".into(),
        client_id: Some("lab-client".into()),
        ..SignInRequest::default()
    });
    app
}

fn code() -> Msg {
    Msg::SignIn(SignInEvent::Code {
        user_code: "FQK5HW3UF".into(),
        uri: "https://microsoft.com/devicelogin".into(),
        uri_complete: None,
        left_secs: 900,
    })
}

fn screen(app: &mut App, width: u16, height: u16) -> String {
    let terminal = draw(app, width, height);
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_overlay_opens_at_start_and_shows_the_code_at_80x24() {
    let mut app = signing_app();
    let cmds = update(&mut app, Msg::Start { at_ms: 0 });
    assert!(cmds.iter().any(|c| matches!(c, Cmd::SignIn { .. })));
    assert!(
        probe_run(&cmds).is_some(),
        "the connection checks run meanwhile"
    );
    assert!(matches!(app.overlay, Overlay::SignIn(_)));
    update(&mut app, code());
    update(&mut app, Msg::SignIn(SignInEvent::Left(872)));
    for (w, h) in [(80, 24), (200, 50)] {
        let text = screen(&mut app, w, h);
        assert!(text.contains("Sign in to Microsoft 365"), "{text}");
        assert!(text.contains("https://microsoft.com/devicelogin"), "{text}");
        assert!(text.contains("F Q K   5 H W   3 U F"), "{text}");
        assert!(text.contains("Foxtrot Quebec Kilo"), "{text}");
        assert!(text.contains("14:32"), "{text}");
    }
}

#[test]
fn the_token_closes_the_overlay_and_reruns_with_it() {
    let mut app = signing_app();
    update(&mut app, Msg::Start { at_ms: 0 });
    update(&mut app, code());
    let tokens = TokenSet {
        access: Secret::new(TOKEN),
        refresh: None,
        expires_at: None,
        account: Some("ana@contoso.test".into()),
    };
    let cmds = update(&mut app, Msg::SignIn(SignInEvent::Done(Ok(tokens))));
    assert_eq!(app.overlay, Overlay::None);
    let plan = app.plan.as_deref().unwrap();
    assert_eq!(plan.oauth2_token.as_ref().unwrap().expose(), TOKEN);
    let run = cmds.iter().find_map(|c| match c {
        Cmd::Probe { plan, .. } => Some(plan.clone()),
        _ => None,
    });
    assert_eq!(run.unwrap().oauth2_token.as_ref().unwrap().expose(), TOKEN);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("ana@contoso.test"), "{text}");
    assert!(!text.contains(TOKEN));
    assert!(!format!("{app:?}").contains(TOKEN));
}

#[test]
fn a_refusal_stays_on_screen_and_esc_stops_the_sign_in() {
    let mut app = signing_app();
    update(&mut app, Msg::Start { at_ms: 0 });
    update(
        &mut app,
        Msg::SignIn(SignInEvent::Done(Err(said!("oauth2-error-denied")))),
    );
    let Overlay::SignIn(view) = &app.overlay else {
        panic!("the overlay closed");
    };
    assert!(matches!(view.stage, Stage::Failed(_)));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("access_denied"), "{text}");
    let cmds = update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Overlay::None);
    assert!(cmds.iter().any(|c| matches!(c, Cmd::CancelSignIn)));
    // A report that arrives after Esc changes nothing.
    update(&mut app, code());
    assert_eq!(app.overlay, Overlay::None);
    // `o` starts it again.
    let cmds = update(&mut app, ch('o'));
    assert!(cmds.iter().any(|c| matches!(c, Cmd::SignIn { .. })));
}

#[test]
fn without_a_provider_o_says_how_to_give_one() {
    let mut app = app_with_plan();
    let cmds = update(&mut app, Msg::Start { at_ms: 0 });
    assert!(!cmds.iter().any(|c| matches!(c, Cmd::SignIn { .. })));
    assert_eq!(app.overlay, Overlay::None);
    let cmds = update(&mut app, ch('o'));
    assert!(cmds.is_empty());
    assert!(app.notice.as_ref().unwrap().text.contains("--oauth2-login"));
}

#[test]
fn the_overlay_speaks_spanish() {
    let mut app = signing_app();
    app.lang = Lang::Es;
    update(&mut app, Msg::Start { at_ms: 0 });
    update(&mut app, code());
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Iniciar sesión en Microsoft 365"), "{text}");
    assert!(text.contains("quedan 15:00"), "{text}");
}
