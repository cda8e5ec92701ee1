//! Which sign-in service a login talks to: `--provider` names a preset (or `microsoft`, `google`
//! for the Microsoft 365 and Google Workspace presets), whose `oauth2:` block gives the endpoints,
//! scopes, tenant and perhaps a client id; the command-line options override each of them.

use crate::account::Secret;
use crate::model::Said;
use crate::preset::{OAuth2Settings, Presets, is_plain_token};
use mailtriage_core::said;

/// What the command line says about the sign-in.
#[derive(Debug, Clone, Default)]
pub struct SignInRequest {
    /// `microsoft`, `google` or a preset id.
    pub provider: String,
    pub client_id: Option<String>,
    pub tenant: Option<String>,
    /// The environment variable holding the client secret (`--client-secret-env`).
    pub client_secret_env: Option<String>,
    /// Overrides of the preset's endpoints (`--oauth2-device-url`, `--oauth2-token-url`).
    pub device_url: Option<String>,
    pub token_url: Option<String>,
}

/// Everything a device sign-in needs, resolved.
#[derive(Debug, Clone)]
pub struct SignInSettings {
    /// The preset id the settings came from.
    pub provider: String,
    pub device_url: String,
    pub token_url: String,
    pub scopes: Vec<String>,
    pub client_id: String,
    pub tenant: Option<String>,
    pub client_secret: Option<Secret>,
    /// The provider documents that its device flow refuses the mail scope.
    pub refuses_mail_scope: bool,
}

/// The preset a `--provider` word stands for.
pub fn preset_id(provider: &str) -> String {
    match provider.trim().to_ascii_lowercase().as_str() {
        "microsoft" | "microsoft365" | "office365" => "microsoft-365".to_string(),
        "google" => "google-workspace".to_string(),
        other => other.to_string(),
    }
}

impl SignInRequest {
    /// Resolve against the presets; `env` reads environment variables (the client secret).
    pub fn resolve(
        &self,
        presets: &Presets,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<SignInSettings, Said> {
        let id = preset_id(&self.provider);
        let preset = presets
            .get(&id)
            .ok_or_else(|| said!("oauth2-unknown-provider", provider = self.provider.clone()))?;
        let block: &OAuth2Settings = preset
            .oauth2
            .as_ref()
            .ok_or_else(|| said!("oauth2-provider-without-oauth2", provider = id.clone()))?;
        let tenant = self.tenant.clone().or_else(|| block.tenant.clone());
        if let Some(t) = &tenant
            && !is_plain_token(t)
        {
            return Err(said!("oauth2-bad-value", flag = "--tenant"));
        }
        let client_id = self
            .client_id
            .clone()
            .or_else(|| block.client_id.clone())
            .ok_or_else(|| said!("oauth2-no-client-id", provider = id.clone()))?;
        if !is_plain_token(&client_id) {
            return Err(said!("oauth2-bad-value", flag = "--client-id"));
        }
        let client_secret = match &self.client_secret_env {
            Some(var) => Some(Secret::new(env(var).ok_or_else(|| {
                said!("oauth2-client-secret-env-unset", variable = var.clone())
            })?)),
            None if block.client_secret_required => {
                return Err(said!("oauth2-client-secret-needed", provider = id.clone()));
            }
            None => None,
        };
        let url = |given: &Option<String>, preset: &str| {
            given
                .clone()
                .unwrap_or_else(|| OAuth2Settings::with_tenant(preset, tenant.as_deref()))
        };
        Ok(SignInSettings {
            device_url: url(&self.device_url, &block.device_url),
            token_url: url(&self.token_url, &block.token_url),
            scopes: block.scopes.clone(),
            client_id,
            tenant,
            client_secret,
            refuses_mail_scope: block.device_flow_refuses_mail_scope,
            provider: id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(provider: &str) -> SignInRequest {
        SignInRequest {
            provider: provider.into(),
            client_id: Some("00000000-1111-2222-3333-444444444444".into()),
            ..SignInRequest::default()
        }
    }

    #[test]
    fn microsoft_defaults_to_the_organizations_tenant() {
        let s = request("microsoft")
            .resolve(&Presets::embedded(), |_| None)
            .unwrap();
        assert_eq!(s.provider, "microsoft-365");
        assert_eq!(
            s.device_url,
            "https://login.microsoftonline.com/organizations/oauth2/v2.0/devicecode"
        );
        assert!(s.scopes.iter().any(|x| x.ends_with("POP.AccessAsUser.All")));
        assert!(s.scopes.iter().any(|x| x == "offline_access"));
        let mut r = request("microsoft");
        r.tenant = Some("contoso.onmicrosoft.com".into());
        let s = r.resolve(&Presets::embedded(), |_| None).unwrap();
        assert!(
            s.token_url
                .contains("/contoso.onmicrosoft.com/oauth2/v2.0/token")
        );
        let s = request("outlook")
            .resolve(&Presets::embedded(), |_| None)
            .unwrap();
        assert!(s.token_url.contains("/consumers/"));
    }

    #[test]
    fn google_needs_its_client_secret_and_warns_about_the_scope() {
        let err = request("google")
            .resolve(&Presets::embedded(), |_| None)
            .unwrap_err();
        assert_eq!(err.key(), Some("oauth2-client-secret-needed"));
        let mut r = request("google");
        r.client_secret_env = Some("SECRET".into());
        let s = r
            .resolve(&Presets::embedded(), |v| {
                (v == "SECRET").then(|| "shh".to_string())
            })
            .unwrap();
        assert!(s.refuses_mail_scope);
        assert_eq!(s.token_url, "https://oauth2.googleapis.com/token");
        assert_eq!(s.client_secret.unwrap().expose(), "shh");
    }

    #[test]
    fn what_cannot_be_resolved_is_said() {
        let none = |_: &str| None;
        let p = Presets::embedded();
        let key = |r: SignInRequest| r.resolve(&p, none).unwrap_err().key();
        assert_eq!(key(request("nonesuch")), Some("oauth2-unknown-provider"));
        assert_eq!(
            key(request("gmx-net")),
            Some("oauth2-provider-without-oauth2")
        );
        let mut r = request("microsoft");
        r.client_id = None;
        assert_eq!(key(r), Some("oauth2-no-client-id"));
        let mut r = request("microsoft");
        r.tenant = Some("a/b".into());
        assert_eq!(key(r), Some("oauth2-bad-value"));
    }
}
