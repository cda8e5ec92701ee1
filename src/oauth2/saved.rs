//! A saved token made ready for a check: read, refreshed with its refresh token when it has
//! expired or is about to, and the refreshed set saved back (atomically) before it is used.

use std::path::Path;

use super::flow::{DeviceFlow, TokenSet, unix_now};
use super::http::HttpClient;
use super::provider::SignInSettings;
use super::store::{self, SavedToken};
use crate::account::Secret;
use crate::model::Said;
use mailtriage_core::said;

/// A token is refreshed when it expires within this many seconds.
pub const REFRESH_MARGIN_SECS: u64 = 120;

/// The token of the file at `path`, refreshed first if needed. `client_secret` is the
/// `--client-secret-env` value for providers that want it on the token request.
pub async fn ready_token(
    path: &Path,
    http: HttpClient,
    client_secret: Option<Secret>,
) -> Result<TokenSet, Said> {
    let saved = store::load(path).map_err(|e| e.said())?;
    if !saved.needs_refresh(unix_now(), REFRESH_MARGIN_SECS) {
        return Ok(saved.tokens());
    }
    let refresh = saved
        .refresh_token
        .clone()
        .map(Secret::new)
        .ok_or_else(|| {
            said!(
                "oauth2-saved-expired-no-refresh",
                provider = saved.provider.clone()
            )
        })?;
    let flow = DeviceFlow::new(settings_of(&saved, client_secret), http)?;
    let tokens = flow.refresh(&refresh).await.map_err(|e| e.said())?;
    let updated = saved.with_tokens(&tokens);
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    store::save(dir, &name, &updated).map_err(|e| e.said())?;
    Ok(updated.tokens())
}

/// The settings a refresh needs, from the file (the device endpoint is not used).
fn settings_of(saved: &SavedToken, client_secret: Option<Secret>) -> SignInSettings {
    SignInSettings {
        provider: saved.provider.clone(),
        device_url: saved.token_url.clone(),
        token_url: saved.token_url.clone(),
        scopes: saved.scopes.clone(),
        client_id: saved.client_id.clone(),
        tenant: saved.tenant.clone(),
        client_secret,
        refuses_mail_scope: false,
    }
}
