//! The command-line options of the OAuth2 sign-in: `oauth2 login`'s, and the ones `check` and
//! the dashboard take to sign in first (`--oauth2-login`) or use a saved token
//! (`--oauth2-saved`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::provider::SignInRequest;

/// Where the client id, tenant and endpoints come from when not from the provider's preset.
#[derive(Debug, Clone, Args, Default)]
pub struct ClientArgs {
    /// The application (client) id registered with the provider for this sign-in
    /// [default: the preset's `oauth2.client_id`; none is built in].
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Microsoft: the directory (tenant) to sign in to: a tenant id, a domain, `organizations`
    /// (work and school accounts) or `consumers` (personal accounts) [default: the preset's].
    #[arg(long, value_name = "TENANT")]
    pub tenant: Option<String>,
    /// Read the client secret from this environment variable (Google's device clients need
    /// one; it is never taken on the command line or from a file).
    #[arg(long, value_name = "VAR")]
    pub client_secret_env: Option<String>,
    /// The device authorization endpoint, instead of the preset's.
    #[arg(long, value_name = "URL")]
    pub oauth2_device_url: Option<String>,
    /// The token endpoint, instead of the preset's.
    #[arg(long, value_name = "URL")]
    pub oauth2_token_url: Option<String>,
}

impl ClientArgs {
    /// The sign-in asked for, at `provider`.
    pub fn request(&self, provider: &str) -> SignInRequest {
        SignInRequest {
            provider: provider.to_string(),
            client_id: self.client_id.clone(),
            tenant: self.tenant.clone(),
            client_secret_env: self.client_secret_env.clone(),
            device_url: self.oauth2_device_url.clone(),
            token_url: self.oauth2_token_url.clone(),
        }
    }
}

/// The OAuth2 options of `check` and the dashboard.
#[derive(Debug, Clone, Args, Default)]
pub struct CheckOAuth2Args {
    /// Sign in with OAuth2 first (microsoft, google or a preset id): a code is shown to type
    /// on any device with a browser; the check then logs in with the token, kept in memory.
    #[arg(
        long,
        value_name = "PROVIDER",
        conflicts_with_all = ["oauth2_saved", "oauth2_token_env", "oauth2_token_command", "password_env"]
    )]
    pub oauth2_login: Option<String>,
    /// Log in with the token `oauth2 login --save` saved for this provider and the --user
    /// (refreshed first when it expires within two minutes).
    #[arg(
        long,
        value_name = "PROVIDER",
        conflicts_with_all = ["oauth2_token_env", "oauth2_token_command", "password_env"]
    )]
    pub oauth2_saved: Option<String>,
    #[command(flatten)]
    pub client: ClientArgs,
}

impl CheckOAuth2Args {
    /// True when the check logs in with an OAuth2 token from this part (no password asked).
    pub fn wanted(&self) -> bool {
        self.oauth2_login.is_some() || self.oauth2_saved.is_some()
    }
}

/// `mailtriage oauth2 …`.
#[derive(Debug, Subcommand)]
pub enum OAuth2Command {
    /// Get a token with a code typed on another device (OAuth2 device authorization grant).
    Login(Box<LoginArgs>),
}

/// Options of `mailtriage oauth2 login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The provider: microsoft (Microsoft 365), google (Google Workspace) or a preset id
    /// (outlook, gmail, or one of your own presets with an `oauth2:` block).
    #[arg(long, value_name = "PROVIDER")]
    pub provider: String,
    /// The account being signed in (names the saved file; the sign-in page is not told).
    #[arg(long, value_name = "ADDRESS")]
    pub user: Option<String>,
    #[command(flatten)]
    pub client: ClientArgs,
    /// Keep the token set in a file only you can read, under the XDG data folder
    /// (`$XDG_DATA_HOME/mailtriage/oauth2/`), for `check --oauth2-saved`.
    #[arg(long)]
    pub save: bool,
    /// Also trust the CA certificates in this PEM file.
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// Deadline of each request to the sign-in service, in seconds [default: 20].
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
    /// Language of the messages [default: from the locale].
    #[arg(long, value_name = "en|es|pt")]
    pub lang: Option<String>,
}
