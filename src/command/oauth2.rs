//! `mailtriage oauth2 login`, and the sign-in `check --oauth2-login` / `--oauth2-saved` do
//! before they probe: the code shown to read out, the wait with the time left, who signed in,
//! and the token kept in memory or saved (never shown).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::finding::Lang;
use crate::model::Said;
use crate::oauth2::http::DEFAULT_REQUEST_TIMEOUT;
use crate::oauth2::options::{CheckOAuth2Args, LoginArgs, OAuth2Command};
use crate::oauth2::provider::preset_id;
use crate::oauth2::store::{self, SavedToken};
use crate::oauth2::{
    DeviceCode, DeviceFlow, HttpClient, SignInSettings, Sleeper, TokenSet, real_sleeper, saved,
    spoken,
};
use crate::preset::Presets;
use crate::report::{self, EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use mailtriage_core::said;

/// Run `mailtriage oauth2 …`; the exit code.
pub fn run(command: &OAuth2Command) -> i32 {
    match command {
        OAuth2Command::Login(args) => login(args),
    }
}

fn login(args: &LoginArgs) -> i32 {
    let lang = match args.lang.as_deref().map(str::parse::<Lang>) {
        Some(Ok(l)) => l,
        Some(Err(e)) => return fail(EXIT_USAGE, &format!("--lang: {e}")),
        None => Lang::from_env(),
    };
    let settings = match settings_for(&args.client.request(&args.provider)) {
        Ok(s) => s,
        Err(e) => return fail(EXIT_USAGE, &e.render(lang)),
    };
    let http = match http_client(args.ca_file.as_deref(), args.timeout, lang) {
        Ok(h) => h,
        Err(e) => return fail(EXIT_USAGE, &e),
    };
    let provider_id = settings.provider.clone();
    let store_settings = settings.clone();
    let result = block_on(lang, async move {
        let mut out = std::io::stdout();
        let countdown = out.is_terminal();
        sign_in(settings, http, lang, &mut out, countdown, real_sleeper()).await
    });
    let tokens = match result {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => return fail(EXIT_FAILED, &e.render(lang)),
        Err(e) => return fail(EXIT_FAILED, &e),
    };
    let mut lines = vec![signed_in_line(&tokens).render(lang).into_owned()];
    let user = args.user.clone().or_else(|| tokens.account.clone());
    if args.save {
        let Some(dir) = store::token_dir(|v| std::env::var_os(v)) else {
            return fail(EXIT_FAILED, &said!("oauth2-saved-no-folder").render(lang));
        };
        let record = SavedToken::new(&store_settings, user.clone(), &tokens);
        let name = store::file_name(&provider_id, user.as_deref());
        match store::save(&dir, &name, &record) {
            Ok(path) => lines.push(
                said!(
                    "oauth2-login-saved",
                    path = path.display().to_string(),
                    provider = provider_id.clone()
                )
                .render(lang)
                .into_owned(),
            ),
            Err(e) => return fail(EXIT_FAILED, &e.said().render(lang)),
        }
    } else {
        lines.push(
            said!("oauth2-login-memory-only", provider = provider_id.clone())
                .render(lang)
                .into_owned(),
        );
    }
    report::print_stdout(&format!("{}\n", lines.join("\n")));
    EXIT_OK
}

/// The token a check logs in with, from `--oauth2-login` (a device sign-in now, shown on
/// stderr) or `--oauth2-saved` (the saved file, refreshed if due); `None` when neither is given.
/// `user` names the account the saved file is for.
pub fn token_for_check(
    args: &CheckOAuth2Args,
    user: Option<&str>,
    ca_file: Option<&Path>,
    timeout: Option<f64>,
    lang: Lang,
) -> Result<Option<TokenSet>, String> {
    if args.oauth2_login.is_none() && args.oauth2_saved.is_none() {
        // Most checks: no HTTP client, whose trusted roots take milliseconds to read.
        return Ok(None);
    }
    let http = http_client(ca_file, timeout, lang)?;
    if let Some(provider) = &args.oauth2_login {
        let settings =
            settings_for(&args.client.request(provider)).map_err(|e| render(&e, lang))?;
        let tokens = block_on(lang, async move {
            let mut err = std::io::stderr();
            let countdown = err.is_terminal();
            sign_in(settings, http, lang, &mut err, countdown, real_sleeper()).await
        })?
        .map_err(|e| render(&e, lang))?;
        eprintln!("{}", signed_in_line(&tokens).render(lang));
        return Ok(Some(tokens));
    }
    if let Some(provider) = &args.oauth2_saved {
        let path = saved_path(provider, user).map_err(|e| render(&e, lang))?;
        let secret = match &args.client.client_secret_env {
            Some(var) => Some(crate::account::Secret::new(std::env::var(var).map_err(
                |_| {
                    render(
                        &said!("oauth2-client-secret-env-unset", variable = var.clone()),
                        lang,
                    )
                },
            )?)),
            None => None,
        };
        let shown = path.display().to_string();
        let tokens = block_on(lang, async move {
            saved::ready_token(&path, http, secret).await
        })?
        .map_err(|e| render(&e, lang))?;
        eprintln!(
            "mailtriage: {}",
            said!("oauth2-check-saved-used", path = shown).render(lang)
        );
        return Ok(Some(tokens));
    }
    Ok(None)
}

/// Where `oauth2 login --save` keeps `provider`'s token for `user`.
pub fn saved_path(provider: &str, user: Option<&str>) -> Result<PathBuf, Said> {
    let dir =
        store::token_dir(|v| std::env::var_os(v)).ok_or_else(|| said!("oauth2-saved-no-folder"))?;
    Ok(dir.join(store::file_name(&preset_id(provider), user)))
}

/// Resolve a sign-in against the presets (the user's own folder included).
pub fn settings_for(request: &crate::oauth2::SignInRequest) -> Result<SignInSettings, Said> {
    let presets = Presets::load().unwrap_or_else(|_| Presets::embedded());
    request.resolve(&presets, |v| std::env::var(v).ok())
}

/// The HTTP client of a sign-in: `--ca-file` trusted too, `--timeout` per request.
pub fn http_client(
    ca_file: Option<&Path>,
    timeout: Option<f64>,
    lang: Lang,
) -> Result<HttpClient, String> {
    let timeout = match timeout {
        None => DEFAULT_REQUEST_TIMEOUT,
        Some(s) if s.is_finite() && s > 0.0 && s <= 600.0 => Duration::from_secs_f64(s),
        Some(s) => {
            return Err(said!(
                "cli-seconds-out-of-range",
                flag = "--timeout",
                value = s.to_string(),
                max = "600"
            )
            .render(lang)
            .into_owned());
        }
    };
    let pem = match ca_file {
        Some(path) => Some(std::fs::read(path).map_err(|e| {
            said!(
                "cli-cannot-read",
                flag = "--ca-file",
                path = path.display().to_string(),
                error = Said::io_error(&e)
            )
            .render(lang)
            .into_owned()
        })?),
        None => None,
    };
    HttpClient::new(pem.as_deref(), timeout)
}

/// Start the device flow, show the code on `out`, wait for the sign-in (with the time left on
/// the same line when `countdown`), and return the tokens.
pub async fn sign_in(
    settings: SignInSettings,
    http: HttpClient,
    lang: Lang,
    out: &mut dyn Write,
    countdown: bool,
    sleep: Sleeper,
) -> Result<TokenSet, Said> {
    if settings.refuses_mail_scope {
        let _ = writeln!(
            out,
            "{}\n",
            said!("oauth2-google-scope-warning").render(lang)
        );
    }
    let name = provider_name(&settings);
    let flow = DeviceFlow::new(settings, http)?;
    let code = flow.start().await.map_err(|e| e.said())?;
    let _ = write!(out, "{}", code_block(&code, &name, lang));
    let _ = out.flush();
    let finish = flow.finish(&code, sleep);
    tokio::pin!(finish);
    let started = tokio::time::Instant::now();
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    let result = loop {
        tokio::select! {
            done = &mut finish => break done,
            _ = tick.tick(), if countdown => {
                let left = code.expires_in.saturating_sub(started.elapsed()).as_secs();
                let line = said!("oauth2-login-time-left", time = spoken::clock(left));
                let _ = write!(out, "\r  {}   ", line.render(lang));
                let _ = out.flush();
            }
        }
    };
    if countdown {
        let _ = writeln!(out);
    }
    result.map_err(|e| e.said())
}

/// The display name of the preset the settings came from.
fn provider_name(settings: &SignInSettings) -> String {
    Presets::load()
        .unwrap_or_else(|_| Presets::embedded())
        .get(&settings.provider)
        .map_or_else(|| settings.provider.clone(), |p| p.name.clone())
}

/// The block read out to the person: where to go, the code spaced and spelled, how long it
/// is valid.
pub fn code_block(code: &DeviceCode, provider: &str, lang: Lang) -> String {
    let t = |s: Said| s.render(lang).into_owned();
    let open = t(said!("oauth2-login-open"));
    let typ = t(said!("oauth2-login-type"));
    let spelled = t(said!("oauth2-login-spelled"));
    let width = [&open, &typ, &spelled]
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0);
    let pad = |s: &str| format!("{s:<width$}");
    let mut text = format!(
        "\n{}\n\n    {}  {}\n\n    {}  {}\n    {}  {}\n\n",
        t(said!("oauth2-login-intro", provider = provider.to_string())),
        pad(&open),
        code.verification_uri,
        pad(&typ),
        spoken::spaced(&code.user_code),
        pad(&spelled),
        spoken::spelled(&code.user_code),
    );
    if let Some(direct) = &code.verification_uri_complete {
        text.push_str(&format!(
            "  {}\n\n",
            t(said!("oauth2-login-direct", url = direct.clone()))
        ));
    }
    text.push_str(&format!(
        "  {}\n",
        t(said!(
            "oauth2-login-waiting",
            time = spoken::clock(code.expires_in.as_secs())
        ))
    ));
    text
}

fn signed_in_line(tokens: &TokenSet) -> Said {
    match &tokens.account {
        Some(account) => said!("oauth2-login-signed-in-as", account = account.clone()),
        None => said!("oauth2-login-signed-in"),
    }
}

fn render(said: &Said, lang: Lang) -> String {
    said.render(lang).into_owned()
}

fn fail(code: i32, message: &str) -> i32 {
    eprintln!("mailtriage: {message}");
    code
}

/// Run `future` on a runtime of its own; the error, when there is none, in `lang`'s words.
fn block_on<F: std::future::Future>(lang: Lang, future: F) -> Result<F::Output, String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(|e| render(&said!("cli-runtime-failed", error = e.to_string()), lang))?;
    let output = runtime.block_on(future);
    runtime.shutdown_background();
    Ok(output)
}
