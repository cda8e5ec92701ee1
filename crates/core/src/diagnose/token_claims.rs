//! What an OAuth2 access token says about itself, when it is a JWT (Microsoft's and Dovecot's
//! are; Google's are opaque): when it expires, whom it was issued for and which scopes it holds.
//! The claims are read without checking the signature, only to explain a refusal; nothing of the
//! token itself is kept.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The claims of a JWT access token that explain a refusal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TokenClaims {
    /// `exp`: seconds since the Unix epoch.
    pub expires: Option<i64>,
    /// The names of the account the token was issued for (`email`, `upn`, `preferred_username`,
    /// `unique_name`), as the token gives them.
    pub accounts: Vec<String>,
    /// `scp` (Microsoft, space separated) or `scope`.
    pub scopes: Vec<String>,
}

/// Most bytes of a token whose claims are read; a JWT access token is a few kilobytes.
const MAX_TOKEN_BYTES: usize = 16 * 1024;

impl TokenClaims {
    /// The claims of `token`, when it is a JWT (three dot-separated base64url parts whose middle
    /// one is a JSON object).
    pub fn read(token: &str) -> Option<TokenClaims> {
        if token.len() > MAX_TOKEN_BYTES {
            return None;
        }
        let mut parts = token.trim().split('.');
        let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
        let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
        let object = value.as_object()?;
        let text = |key: &str| object.get(key).and_then(|v| v.as_str()).map(str::to_string);
        let accounts = ["email", "upn", "preferred_username", "unique_name"]
            .into_iter()
            .filter_map(text)
            .filter(|a| a.contains('@'))
            .collect();
        let scopes = text("scp")
            .or_else(|| text("scope"))
            .map(|s| s.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default();
        Some(TokenClaims {
            expires: object.get("exp").and_then(serde_json::Value::as_i64),
            accounts,
            scopes,
        })
    }

    /// True when the token names accounts and `user` is none of them.
    pub fn for_another_account(&self, user: &str) -> bool {
        !self.accounts.is_empty() && !self.accounts.iter().any(|a| a.eq_ignore_ascii_case(user))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(claims: &str) -> String {
        format!(
            "eyJhbGciOiJIUzI1NiJ9.{}.c2lnbmF0dXJl",
            URL_SAFE_NO_PAD.encode(claims)
        )
    }

    #[test]
    fn a_jwt_gives_its_expiry_account_and_scopes() {
        let claims = TokenClaims::read(&jwt(
            r#"{"aud":"https://outlook.office.com","exp":1700000000,"upn":"ana@contoso.test","scp":"IMAP.AccessAsUser.All SMTP.Send"}"#,
        ))
        .expect("claims");
        assert_eq!(claims.expires, Some(1_700_000_000));
        assert_eq!(claims.accounts, ["ana@contoso.test"]);
        assert_eq!(claims.scopes, ["IMAP.AccessAsUser.All", "SMTP.Send"]);
        assert!(claims.for_another_account("bob@contoso.test"));
        assert!(!claims.for_another_account("ANA@contoso.test"));
    }

    #[test]
    fn opaque_tokens_have_no_claims() {
        assert_eq!(TokenClaims::read("ya29.a0AfB_byC-opaque"), None);
        assert_eq!(TokenClaims::read("a.b.c.d"), None);
        assert_eq!(TokenClaims::read("a.%%%.c"), None);
        assert_eq!(TokenClaims::read(&"a.".repeat(MAX_TOKEN_BYTES)), None);
        let none = TokenClaims::read(&jwt(r#"{"sub":"x"}"#)).expect("claims");
        assert!(!none.for_another_account("anyone@example.test"));
    }
}
