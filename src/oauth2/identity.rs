//! Who a token is for, as the sign-in service says it: the claims `preferred_username`, `upn`,
//! `email` or `unique_name` of the ID token (a JWT) that came with it. Only read to tell the
//! technician whose account was signed in; the signature is not checked, so it is never used to
//! decide anything.

use base64::Engine as _;

use crate::sanitize::sanitize_str;

/// Longest ID token looked at.
const MAX_ID_TOKEN_BYTES: usize = 16 * 1024;
/// Longest name shown.
const MAX_NAME_CHARS: usize = 254;

/// The account an ID token names, sanitized for a terminal; `None` when it names none.
pub fn account_in_id_token(id_token: &str) -> Option<String> {
    if id_token.len() > MAX_ID_TOKEN_BYTES {
        return None;
    }
    let payload = id_token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    ["preferred_username", "upn", "email", "unique_name"]
        .iter()
        .find_map(|claim| claims.get(claim)?.as_str())
        .map(|name| sanitize_str(name.trim()))
        .filter(|name| !name.is_empty() && name.chars().count() <= MAX_NAME_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(claims: &str) -> String {
        let enc = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!("{}.{}.sig", enc(r#"{"alg":"none"}"#), enc(claims))
    }

    #[test]
    fn names_the_account() {
        assert_eq!(
            account_in_id_token(&jwt(r#"{"preferred_username":"ana@contoso.test"}"#)).as_deref(),
            Some("ana@contoso.test")
        );
        assert_eq!(
            account_in_id_token(&jwt(r#"{"sub":"1","email":"bo@example.test"}"#)).as_deref(),
            Some("bo@example.test")
        );
    }

    #[test]
    fn anything_else_names_nobody() {
        assert_eq!(account_in_id_token(&jwt(r#"{"sub":"1"}"#)), None);
        assert_eq!(account_in_id_token("not a jwt"), None);
        assert_eq!(account_in_id_token("a.%%%.c"), None);
        let shown = account_in_id_token(&jwt(r#"{"email":"x\u001b[2Jy"}"#)).unwrap();
        assert!(!shown.contains('\u{1b}'));
    }
}
