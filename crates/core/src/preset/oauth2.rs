//! A preset's optional `oauth2:` block: where the provider's OAuth2 sign-in service takes a
//! device code and hands out tokens, which scopes a mail program asks for, and the client id
//! and tenant to use when the command line names none. Never a client secret.

use serde::{Deserialize, Serialize};

use super::validation;
use crate::model::Said;
use crate::said;

/// The placeholder in `device_url` and `token_url` that the tenant replaces (Microsoft).
pub const TENANT_PLACEHOLDER: &str = "{tenant}";

/// How a provider's OAuth2 sign-in is reached for the device authorization grant (RFC 8628).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuth2Settings {
    /// The device authorization endpoint; may hold `{tenant}`.
    #[serde(deserialize_with = "validation::url")]
    pub device_url: String,
    /// The token endpoint; may hold `{tenant}`.
    #[serde(deserialize_with = "validation::url")]
    pub token_url: String,
    /// The scopes asked for: the mail protocols', plus what gives a refresh token and the
    /// signed-in address.
    pub scopes: Vec<String>,
    /// The tenant put in place of `{tenant}` unless `--tenant` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// The application (client) id registered with the provider, when the preset's owner has
    /// one; `--client-id` overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The provider also wants the client's secret on the token request (Google's clients for
    /// TVs and limited-input devices); it is read from `--client-secret-env VAR`, never from a
    /// file.
    #[serde(default)]
    pub client_secret_required: bool,
    /// The provider documents that its device flow does not grant the mail scope: the sign-in is
    /// expected to be refused with `invalid_scope`, and the program says so first.
    #[serde(default)]
    pub device_flow_refuses_mail_scope: bool,
}

impl OAuth2Settings {
    /// `url` with the tenant put in.
    pub fn with_tenant(url: &str, tenant: Option<&str>) -> String {
        match tenant {
            Some(t) => url.replace(TENANT_PLACEHOLDER, t),
            None => url.to_string(),
        }
    }

    /// Problems across the block's fields.
    pub(super) fn check(&self) -> Result<(), Said> {
        if self.scopes.is_empty() {
            return Err(said!("preset-rule-no-scope"));
        }
        if let Some(bad) = self
            .scopes
            .iter()
            .find(|s| s.is_empty() || s.chars().any(|c| c.is_whitespace() || c.is_control()))
        {
            return Err(said!(
                "preset-rule-bad-scope",
                scope = bad.escape_debug().to_string()
            ));
        }
        let needs_tenant = self.device_url.contains(TENANT_PLACEHOLDER)
            || self.token_url.contains(TENANT_PLACEHOLDER);
        if needs_tenant && self.tenant.is_none() {
            return Err(said!("preset-rule-no-tenant"));
        }
        for (what, value) in [("tenant", &self.tenant), ("client_id", &self.client_id)] {
            if let Some(v) = value
                && !is_plain_token(v)
            {
                return Err(said!(
                    "preset-rule-bad-token",
                    field = what,
                    value = v.escape_debug().to_string()
                ));
            }
        }
        Ok(())
    }
}

/// Letters, digits, `.`, `-`, `_`; 1-200 characters (tenant names, GUIDs, Google client ids).
pub fn is_plain_token(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 200
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block() -> OAuth2Settings {
        OAuth2Settings {
            device_url: "https://login.example.test/{tenant}/devicecode".into(),
            token_url: "https://login.example.test/{tenant}/token".into(),
            scopes: vec!["mail".into()],
            tenant: Some("organizations".into()),
            client_id: None,
            client_secret_required: false,
            device_flow_refuses_mail_scope: false,
        }
    }

    #[test]
    fn the_tenant_fills_the_urls() {
        let b = block();
        assert!(b.check().is_ok());
        assert_eq!(
            OAuth2Settings::with_tenant(&b.token_url, Some("contoso.onmicrosoft.com")),
            "https://login.example.test/contoso.onmicrosoft.com/token"
        );
    }

    #[test]
    fn broken_blocks_are_refused() {
        let mut b = block();
        b.tenant = None;
        assert!(b.check().unwrap_err().english().contains("tenant"));
        let mut b = block();
        b.scopes = vec!["two words".into()];
        assert!(b.check().is_err());
        let mut b = block();
        b.scopes.clear();
        assert!(b.check().is_err());
        let mut b = block();
        b.client_id = Some("id with\nnewline".into());
        assert!(b.check().is_err());
    }
}
