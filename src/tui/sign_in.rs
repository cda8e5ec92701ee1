//! The dashboard's OAuth2 sign-in: the overlay's state, what its messages do to it, and the
//! background task that runs the device flow and reports the code, the time left and the
//! outcome. When the token arrives the overlay closes and the account is checked again with it.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use crate::model::Said;
use crate::oauth2::http::{DEFAULT_REQUEST_TIMEOUT, HttpClient};
use crate::oauth2::{DeviceFlow, SignInRequest, TokenSet, real_sleeper};
use crate::preset::Presets;
use crate::tui::app::{App, Notice, Overlay, ProbeScope};
use crate::tui::msg::Msg;
use mailtriage_core::said;

/// Where the sign-in is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    /// Asking the service for a code.
    Starting,
    /// The code is shown; the person signs in on another device.
    Waiting {
        user_code: String,
        uri: String,
        uri_complete: Option<String>,
        left_secs: u64,
    },
    /// Refused, expired or unreachable: the overlay stays open to show why.
    Failed(Said),
}

/// The overlay's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignInView {
    /// The provider's display name.
    pub provider: String,
    pub stage: Stage,
}

/// What the background task reports.
#[derive(Debug, Clone)]
pub enum SignInEvent {
    Code {
        user_code: String,
        uri: String,
        uri_complete: Option<String>,
        left_secs: u64,
    },
    /// Seconds left before the code expires, once a second.
    Left(u64),
    Done(Result<TokenSet, Said>),
}

/// Open the overlay and start the sign-in, when the dashboard was given a provider
/// (`--oauth2-login`); otherwise say how to give one.
pub fn open(app: &mut App) -> Option<SignInRequest> {
    let Some(request) = app.sign_in.clone() else {
        app.notice = Some(Notice {
            text: said!("tui-sign-in-no-provider")
                .render(app.lang)
                .into_owned(),
            error: true,
        });
        return None;
    };
    let provider = app
        .provider_presets
        .get(&crate::oauth2::provider::preset_id(&request.provider))
        .map_or_else(|| request.provider.clone(), |p| p.name.clone());
    app.overlay = Overlay::SignIn(SignInView {
        provider,
        stage: Stage::Starting,
    });
    Some(request)
}

/// Apply one report of the task. Returns true when the token arrived and the check must run
/// again.
pub fn on_event(app: &mut App, event: SignInEvent) -> bool {
    let Overlay::SignIn(view) = &mut app.overlay else {
        // Closed by the person: the task was stopped; a late report changes nothing.
        return false;
    };
    match event {
        SignInEvent::Code {
            user_code,
            uri,
            uri_complete,
            left_secs,
        } => {
            view.stage = Stage::Waiting {
                user_code,
                uri,
                uri_complete,
                left_secs,
            };
            false
        }
        SignInEvent::Left(left) => {
            if let Stage::Waiting { left_secs, .. } = &mut view.stage {
                *left_secs = left;
            }
            false
        }
        SignInEvent::Done(Err(why)) => {
            view.stage = Stage::Failed(why);
            false
        }
        SignInEvent::Done(Ok(tokens)) => {
            app.overlay = Overlay::None;
            let said = match &tokens.account {
                Some(account) => said!("oauth2-login-signed-in-as", account = account.clone()),
                None => said!("oauth2-login-signed-in"),
            };
            app.notice = Some(Notice {
                text: said.render(app.lang).into_owned(),
                error: false,
            });
            if let Some(plan) = &app.plan {
                let mut plan = (**plan).clone();
                plan.oauth2_token = Some(tokens.access);
                app.plan = Some(Arc::new(plan));
                // A new token is a new chance: a login held back after a failure may run.
                app.login_hold = None;
                return true;
            }
            false
        }
    }
}

/// The scope of the run after a sign-in.
pub const RERUN_SCOPE: ProbeScope = ProbeScope::Full;

/// The background task: resolve the provider, ask for a code, count down, wait for the token.
pub async fn task(request: SignInRequest, extra_ca_pem: Option<Vec<u8>>, out: mpsc::Sender<Msg>) {
    let send = |event: SignInEvent| {
        let out = out.clone();
        async move {
            let _ = out.send(Msg::SignIn(event)).await;
        }
    };
    let presets = Presets::load().unwrap_or_else(|_| Presets::embedded());
    let flow = request
        .resolve(&presets, |v| std::env::var(v).ok())
        .and_then(|settings| {
            let http = HttpClient::new(extra_ca_pem.as_deref(), DEFAULT_REQUEST_TIMEOUT)
                .map_err(|e| said!("oauth2-error-other", detail = e))?;
            DeviceFlow::new(settings, http)
        });
    let flow = match flow {
        Ok(f) => f,
        Err(why) => return send(SignInEvent::Done(Err(why))).await,
    };
    let code = match flow.start().await {
        Ok(c) => c,
        Err(e) => return send(SignInEvent::Done(Err(e.said()))).await,
    };
    send(SignInEvent::Code {
        user_code: code.user_code.clone(),
        uri: code.verification_uri.clone(),
        uri_complete: code.verification_uri_complete.clone(),
        left_secs: code.expires_in.as_secs(),
    })
    .await;
    let finish = flow.finish(&code, real_sleeper());
    tokio::pin!(finish);
    let started = tokio::time::Instant::now();
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    let result = loop {
        tokio::select! {
            done = &mut finish => break done,
            _ = tick.tick() => {
                let left = code.expires_in.saturating_sub(started.elapsed()).as_secs();
                send(SignInEvent::Left(left)).await;
            }
        }
    };
    send(SignInEvent::Done(result.map_err(|e| e.said()))).await;
}
