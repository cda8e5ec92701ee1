//! The device authorization grant (RFC 8628) with the `oauth2` crate: ask for a device code,
//! then poll the token endpoint at the service's interval (the same interval after
//! `authorization_pending`, five seconds more after each `slow_down`) until the person has
//! signed in, refused, or the code has expired; and the refresh of a saved token.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use oauth2::basic::{
    BasicErrorResponse, BasicErrorResponseType, BasicRevocationErrorResponse,
    BasicTokenIntrospectionResponse, BasicTokenType,
};
use oauth2::{
    AuthType, Client, ClientId, ClientSecret, DeviceAuthorizationUrl, DeviceCodeErrorResponse,
    DeviceCodeErrorResponseType, EndpointNotSet, EndpointSet, ErrorResponse, ExtraTokenFields,
    HttpRequest, RefreshToken, RequestTokenError, Scope, StandardDeviceAuthorizationResponse,
    StandardRevocableToken, StandardTokenResponse, TokenResponse, TokenUrl,
};
use serde::{Deserialize, Serialize};

use super::http::{HttpClient, HttpError};
use super::identity::account_in_id_token;
use super::provider::SignInSettings;
use crate::account::Secret;
use crate::model::Said;
use crate::proto::secrets::{SecretForms, remember_for_panics};
use crate::sanitize::sanitize_str;
use mailtriage_core::said;

/// Longest `error_description` shown.
const MAX_DESCRIPTION_CHARS: usize = 300;

/// Longest device-code lifetime believed (a service saying more is capped).
const MAX_CODE_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// The ID token a token answer may carry besides the standard fields.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct IdTokenField {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
}

impl std::fmt::Debug for IdTokenField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("IdTokenField(***)")
    }
}

impl ExtraTokenFields for IdTokenField {}

type TokenAnswer = StandardTokenResponse<IdTokenField, BasicTokenType>;

type DeviceClient = Client<
    BasicErrorResponse,
    TokenAnswer,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    EndpointNotSet,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

/// Waits between two polls; injectable so that tests need not wait the real interval.
pub type Sleeper = Arc<dyn Fn(Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// The real clock's wait.
pub fn real_sleeper() -> Sleeper {
    Arc::new(|d| Box::pin(tokio::time::sleep(d)))
}

/// What to show the person while the flow waits.
#[derive(Debug, Clone)]
pub struct DeviceCode {
    pub user_code: String,
    pub verification_uri: String,
    /// The address with the code in it, when the service gives one.
    pub verification_uri_complete: Option<String>,
    /// How long the code is valid, as the service says (capped at 30 minutes).
    pub expires_in: Duration,
    pub interval: Duration,
    details: StandardDeviceAuthorizationResponse,
}

/// A signed-in token set. Debug never shows the tokens.
#[derive(Clone)]
pub struct TokenSet {
    pub access: Secret,
    pub refresh: Option<Secret>,
    /// Unix seconds; `None` when the service did not say.
    pub expires_at: Option<u64>,
    /// The account the ID token names, if one came.
    pub account: Option<String>,
}

impl std::fmt::Debug for TokenSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSet")
            .field("expires_at", &self.expires_at)
            .field("account", &self.account)
            .finish_non_exhaustive()
    }
}

impl TokenSet {
    /// The forms every output is scrubbed of: both tokens.
    pub fn secret_forms(&self) -> SecretForms {
        let mut forms = SecretForms::of_password("", self.access.expose());
        if let Some(r) = &self.refresh {
            forms.merge(&SecretForms::of_password("", r.expose()));
        }
        forms
    }
}

/// Why a sign-in did not give a token. Holds no token and no answer body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignInError {
    /// The service could not be reached or did not answer usably.
    Http { url: String, error: HttpError },
    /// The person said no (`access_denied`).
    Denied,
    /// The code expired before the person finished (`expired_token`, or its `expires_in`).
    Expired,
    /// The service refused the mail scope where the provider documents that it does.
    MailScopeRefused { description: Option<String> },
    /// Any other refusal: the service's `error` and `error_description`, sanitized.
    Refused {
        error: String,
        description: Option<String>,
    },
    /// The answer is not what OAuth2 expects; names the field, never the value.
    Unreadable { field: String },
    /// An error answer of a kind the endpoint does not define.
    ErrorAnswer,
    /// What else the `oauth2` crate reports (a wrong content type, an empty answer).
    Other(String),
}

impl SignInError {
    /// In the reader's words.
    pub fn said(&self) -> Said {
        match self {
            SignInError::Http { url, error } => {
                said!("oauth2-error-http", url = url.clone(), error = error.said())
            }
            SignInError::Denied => said!("oauth2-error-denied"),
            SignInError::Expired => said!("oauth2-error-expired"),
            SignInError::MailScopeRefused { description } => match description {
                Some(d) => said!("oauth2-error-mail-scope-because", description = d.clone()),
                None => said!("oauth2-error-mail-scope"),
            },
            SignInError::Refused { error, description } => match description {
                Some(d) => said!(
                    "oauth2-error-refused-because",
                    error = error.clone(),
                    description = d.clone()
                ),
                None => said!("oauth2-error-refused", error = error.clone()),
            },
            SignInError::Unreadable { field } => {
                said!("oauth2-error-unreadable", field = field.clone())
            }
            SignInError::Other(detail) => said!("oauth2-error-other", detail = detail.clone()),
            SignInError::ErrorAnswer => {
                said!("oauth2-error-other", detail = said!("oauth2-error-answer"))
            }
        }
    }
}

/// One provider's device sign-in.
pub struct DeviceFlow {
    client: DeviceClient,
    http: HttpClient,
    settings: SignInSettings,
}

impl DeviceFlow {
    pub fn new(settings: SignInSettings, http: HttpClient) -> Result<DeviceFlow, Said> {
        let bad_url = |url: &str| said!("oauth2-bad-url", url = url.to_string());
        let device_url = DeviceAuthorizationUrl::new(settings.device_url.clone())
            .map_err(|_| bad_url(&settings.device_url))?;
        let token_url =
            TokenUrl::new(settings.token_url.clone()).map_err(|_| bad_url(&settings.token_url))?;
        let mut client = Client::new(ClientId::new(settings.client_id.clone()))
            .set_auth_type(AuthType::RequestBody)
            .set_device_authorization_url(device_url)
            .set_token_uri(token_url);
        if let Some(secret) = &settings.client_secret {
            remember_for_panics(&SecretForms::of_password("", secret.expose()));
            client = client.set_client_secret(ClientSecret::new(secret.expose().to_string()));
        }
        Ok(DeviceFlow {
            client,
            http,
            settings,
        })
    }

    pub fn settings(&self) -> &SignInSettings {
        &self.settings
    }

    /// Ask the service for a device code and the address where the person types it.
    pub async fn start(&self) -> Result<DeviceCode, SignInError> {
        let http = self.http.clone();
        let call = move |request: HttpRequest| {
            let http = http.clone();
            async move { http.send(request).await }
        };
        let details: StandardDeviceAuthorizationResponse = self
            .client
            .exchange_device_code()
            .add_scopes(self.settings.scopes.iter().cloned().map(Scope::new))
            .request_async(&call)
            .await
            .map_err(|e| self.basic_error(&self.settings.device_url, e))?;
        Ok(DeviceCode {
            user_code: sanitize_str(details.user_code().secret()),
            verification_uri: sanitize_str(details.verification_uri().as_str()),
            verification_uri_complete: details
                .verification_uri_complete()
                .map(|u| sanitize_str(u.secret())),
            expires_in: details.expires_in().min(MAX_CODE_LIFETIME),
            interval: details.interval(),
            details,
        })
    }

    /// Poll until the person has signed in, refused, or the code has expired. `sleep` waits
    /// between polls.
    pub async fn finish(&self, code: &DeviceCode, sleep: Sleeper) -> Result<TokenSet, SignInError> {
        let http = self.http.clone();
        let call = move |request: HttpRequest| {
            let http = http.clone();
            async move { http.send(request).await }
        };
        let answer = self
            .client
            .exchange_device_access_token(&code.details)
            .request_async(&call, move |d| sleep(d), Some(code.expires_in))
            .await
            .map_err(|e| self.device_error(e))?;
        Ok(token_set(&answer, None))
    }

    /// A new access token from a refresh token. The service may send a new refresh token; when
    /// it sends none, the old one stays.
    pub async fn refresh(&self, refresh: &Secret) -> Result<TokenSet, SignInError> {
        let http = self.http.clone();
        let call = move |request: HttpRequest| {
            let http = http.clone();
            async move { http.send(request).await }
        };
        let answer = self
            .client
            .exchange_refresh_token(&RefreshToken::new(refresh.expose().to_string()))
            .request_async(&call)
            .await
            .map_err(|e| self.basic_error(&self.settings.token_url, e))?;
        Ok(token_set(&answer, Some(refresh)))
    }

    fn basic_error(
        &self,
        url: &str,
        e: RequestTokenError<HttpError, BasicErrorResponse>,
    ) -> SignInError {
        match e {
            RequestTokenError::ServerResponse(answer) => {
                let description = description_of(&answer);
                match answer.error() {
                    BasicErrorResponseType::InvalidScope if self.settings.refuses_mail_scope => {
                        SignInError::MailScopeRefused { description }
                    }
                    other => SignInError::Refused {
                        error: bounded(other.as_ref()),
                        description,
                    },
                }
            }
            other => common_error(url, other),
        }
    }

    fn device_error(
        &self,
        e: RequestTokenError<HttpError, DeviceCodeErrorResponse>,
    ) -> SignInError {
        match e {
            RequestTokenError::ServerResponse(answer) => match answer.error() {
                DeviceCodeErrorResponseType::AccessDenied => SignInError::Denied,
                DeviceCodeErrorResponseType::ExpiredToken => SignInError::Expired,
                other => SignInError::Refused {
                    error: bounded(other.as_ref()),
                    description: description_of(&answer),
                },
            },
            other => common_error(&self.settings.token_url, other),
        }
    }
}

/// The errors that do not depend on the endpoint's error type.
fn common_error<T: ErrorResponse>(url: &str, e: RequestTokenError<HttpError, T>) -> SignInError {
    match e {
        RequestTokenError::ServerResponse(_) => SignInError::ErrorAnswer,
        RequestTokenError::Request(error) => SignInError::Http {
            url: url.to_string(),
            error,
        },
        // The body may hold a token: only the path of the field that did not fit is kept.
        RequestTokenError::Parse(error, _) => SignInError::Unreadable {
            field: bounded(&error.path().to_string()),
        },
        RequestTokenError::Other(detail) => SignInError::Other(bounded(&detail)),
    }
}

/// A service's `error_description`, sanitized and bounded.
fn description_of<T: std::fmt::Debug + Clone + PartialEq + oauth2::ErrorResponseType>(
    answer: &oauth2::StandardErrorResponse<T>,
) -> Option<String> {
    answer
        .error_description()
        .map(|d| bounded(d))
        .filter(|d| !d.is_empty())
}

fn bounded(text: &str) -> String {
    let clean = sanitize_str(text);
    if clean.chars().count() <= MAX_DESCRIPTION_CHARS {
        clean
    } else {
        clean
            .chars()
            .take(MAX_DESCRIPTION_CHARS)
            .collect::<String>()
            + "…"
    }
}

/// Seconds since the Unix epoch, now.
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn token_set(answer: &TokenAnswer, old_refresh: Option<&Secret>) -> TokenSet {
    let set = TokenSet {
        access: Secret::new(answer.access_token().secret().clone()),
        refresh: answer
            .refresh_token()
            .map(|r| Secret::new(r.secret().clone()))
            .or_else(|| old_refresh.cloned()),
        expires_at: answer
            .expires_in()
            .map(|d| unix_now().saturating_add(d.as_secs())),
        account: answer
            .extra_fields()
            .id_token
            .as_deref()
            .and_then(account_in_id_token),
    };
    remember_for_panics(&set.secret_forms());
    set
}
