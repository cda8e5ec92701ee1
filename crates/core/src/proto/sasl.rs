//! SASL encoders (PLAIN, LOGIN, XOAUTH2, OAUTHBEARER) and the APOP digest. Outputs are secrets:
//! callers show them as `***`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use md5::{Digest, Md5};

/// SASL mechanisms this client can use, best first.
pub const SUPPORTED_MECHANISMS: [&str; 2] = ["PLAIN", "LOGIN"];

/// The OAuth2 mechanisms this client can use, best first. OAUTHBEARER comes first: it is the
/// standard one (RFC 7628), it names the host and port the token is presented to (so a server
/// can check the token was meant for it), and it defines how a refusal is reported; XOAUTH2 is
/// Google's earlier form of the same idea, still the only one some servers offer.
pub const OAUTH2_MECHANISMS: [&str; 2] = ["OAUTHBEARER", "XOAUTH2"];

/// The XOAUTH2 initial response: base64 of `user=<user>\x01auth=Bearer <token>\x01\x01`.
pub fn xoauth2_response(user: &str, token: &str) -> String {
    STANDARD.encode(format!("user={user}\x01auth=Bearer {token}\x01\x01"))
}

/// The OAUTHBEARER initial response (RFC 7628 §3.1): base64 of the GS2 header naming the user,
/// then the host, the port and the token, each ended by `\x01`.
pub fn oauthbearer_response(user: &str, host: &str, port: u16, token: &str) -> String {
    STANDARD.encode(format!(
        "n,a={},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01",
        gs2_saslname(user)
    ))
}

/// The initial response of an OAuth2 `mechanism` (one of [`OAUTH2_MECHANISMS`]).
pub fn oauth2_response(mechanism: &str, user: &str, host: &str, port: u16, token: &str) -> String {
    if mechanism.eq_ignore_ascii_case("OAUTHBEARER") {
        oauthbearer_response(user, host, port, token)
    } else {
        xoauth2_response(user, token)
    }
}

/// The answer to an OAuth2 error challenge, which only asks the client to end the exchange so
/// the server can send its final failure: `\x01` for OAUTHBEARER (RFC 7628 §3.2.3), an empty
/// line for XOAUTH2 (as Google describes it).
pub fn oauth2_error_answer(mechanism: &str) -> &'static str {
    if mechanism.eq_ignore_ascii_case("OAUTHBEARER") {
        "AQ=="
    } else {
        ""
    }
}

/// A user name as RFC 5801's `saslname`: `,` and `=` written as `=2C` and `=3D`.
fn gs2_saslname(user: &str) -> String {
    user.replace('=', "=3D").replace(',', "=2C")
}

/// The first OAuth2 mechanism this client supports that the server offers.
pub fn choose_oauth2_mechanism(offered: &[String]) -> Option<&'static str> {
    OAUTH2_MECHANISMS
        .into_iter()
        .find(|m| offered.iter().any(|o| o.eq_ignore_ascii_case(m)))
}

/// What an OAuth2 error challenge says (RFC 7628 §3.2.2; Google sends the same for XOAUTH2):
/// a JSON object with `status`, and maybe `scope`, `schemes` and `openid-configuration`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OAuth2Error {
    /// The decoded challenge as the server sent it (the caller sanitizes it before showing it).
    pub json: String,
    /// `invalid_token`, `insufficient_scope`, `invalid_request`, or an HTTP status such as
    /// `400`/`401` (Google).
    pub status: String,
    /// The scope the token would need, when the server says.
    pub scope: Option<String>,
}

/// The error a challenge carries, when it is base64 of a JSON object with a `status`.
pub fn oauth2_error(payload: &str) -> Option<OAuth2Error> {
    let json = decode_challenge(payload)?;
    let value: serde_json::Value = serde_json::from_str(json.trim()).ok()?;
    let object = value.as_object()?;
    let text = |key: &str| match object.get(key)? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    Some(OAuth2Error {
        status: text("status")?,
        scope: text("scope"),
        json: json.trim().to_string(),
    })
}

/// The PLAIN initial response (RFC 4616): base64 of `\0user\0password`.
pub fn plain_response(user: &str, password: &str) -> String {
    let mut raw = Vec::with_capacity(user.len() + password.len() + 2);
    raw.push(0);
    raw.extend_from_slice(user.as_bytes());
    raw.push(0);
    raw.extend_from_slice(password.as_bytes());
    STANDARD.encode(raw)
}

/// One LOGIN step: base64 of the user name or of the password.
pub fn login_response(value: &str) -> String {
    STANDARD.encode(value.as_bytes())
}

/// The AUTH LOGIN answer to the challenge after `answered` earlier ones: the user name first,
/// then the password, each in base64.
pub fn login_step(answered: u8, user: &str, password: &str) -> String {
    login_response(if answered == 0 { user } else { password })
}

/// Decode a server challenge for the transcript; `None` when it is not base64 text.
pub fn decode_challenge(payload: &str) -> Option<String> {
    let bytes = STANDARD.decode(payload.trim()).ok()?;
    String::from_utf8(bytes).ok()
}

/// The APOP digest (RFC 1939): lower-case hex MD5 of the greeting's timestamp and the password.
pub fn apop_digest(timestamp: &str, password: &str) -> String {
    let mut h = Md5::new();
    h.update(timestamp.as_bytes());
    h.update(password.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The APOP timestamp (`<…@…>`) in a POP3 greeting, if any.
pub fn apop_timestamp(greeting: &str) -> Option<String> {
    let start = greeting.find('<')?;
    let end = start + greeting[start..].find('>')?;
    let stamp = &greeting[start..=end];
    (stamp.contains('@') && !stamp[1..stamp.len() - 1].contains(['<', ' ']))
        .then(|| stamp.to_string())
}

/// The first mechanism this client supports that the server offers.
pub fn choose_mechanism(offered: &[String]) -> Option<&'static str> {
    SUPPORTED_MECHANISMS
        .into_iter()
        .find(|m| offered.iter().any(|o| o.eq_ignore_ascii_case(m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_matches_rfc4616_example() {
        // RFC 4616 §4: "\0tim\0tanstaaftanstaaf"
        assert_eq!(
            plain_response("tim", "tanstaaftanstaaf"),
            "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"
        );
    }

    #[test]
    fn apop_matches_rfc1939_example() {
        assert_eq!(
            apop_digest("<1896.697170952@dbc.mtview.ca.us>", "tanstaaf"),
            "c4c9334bac560ecc979e58001b3e22fb"
        );
    }

    #[test]
    fn apop_timestamp_found_only_when_well_formed() {
        assert_eq!(
            apop_timestamp("POP3 server ready <1896.697170952@dbc.mtview.ca.us>").as_deref(),
            Some("<1896.697170952@dbc.mtview.ca.us>")
        );
        assert_eq!(apop_timestamp("Dovecot ready."), None);
        assert_eq!(apop_timestamp("ready <no-at-sign>"), None);
        assert_eq!(apop_timestamp("ready <a@b"), None);
    }

    #[test]
    fn mechanism_choice_prefers_plain() {
        let offered = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            choose_mechanism(&offered(&["LOGIN", "plain"])),
            Some("PLAIN")
        );
        assert_eq!(
            choose_mechanism(&offered(&["LOGIN", "XOAUTH2"])),
            Some("LOGIN")
        );
        assert_eq!(
            choose_mechanism(&offered(&["XOAUTH2", "OAUTHBEARER"])),
            None
        );
    }

    #[test]
    fn xoauth2_matches_googles_example() {
        // developers.google.com/gmail/imap/xoauth2-protocol: the example's token and user.
        let ir = xoauth2_response(
            "someuser@example.com",
            "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg",
        );
        assert_eq!(
            ir,
            "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
        );
    }

    #[test]
    fn oauthbearer_matches_rfc7628_example() {
        // RFC 7628 §4.1 (its example has no user name in the GS2 header; ours always has one).
        let decoded = decode_challenge(&oauthbearer_response(
            "user@example.com",
            "server.example.com",
            143,
            "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==",
        ))
        .expect("text");
        assert_eq!(
            decoded,
            "n,a=user@example.com,\x01host=server.example.com\x01port=143\x01\
             auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"
        );
        let odd = decode_challenge(&oauthbearer_response("a,b=c", "h", 1, "t")).unwrap();
        assert!(odd.starts_with("n,a=a=2Cb=3Dc,\x01"), "{odd}");
    }

    #[test]
    fn oauthbearer_is_preferred_and_passwords_never_chosen_for_a_token() {
        let offered = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            choose_oauth2_mechanism(&offered(&["XOAUTH2", "oauthbearer"])),
            Some("OAUTHBEARER")
        );
        assert_eq!(
            choose_oauth2_mechanism(&offered(&["PLAIN", "XOAUTH2"])),
            Some("XOAUTH2")
        );
        assert_eq!(choose_oauth2_mechanism(&offered(&["PLAIN", "LOGIN"])), None);
    }

    #[test]
    fn error_challenges_are_read_from_gmail_and_rfc7628() {
        // Gmail's answer to a bad XOAUTH2 token.
        let gmail = oauth2_error(
            "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
        )
        .expect("error");
        assert_eq!(gmail.status, "400");
        assert_eq!(gmail.scope.as_deref(), Some("https://mail.google.com/"));
        // RFC 7628 §4.3.
        let rfc = oauth2_error(
            "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJleGFtcGxlX3Njb3BlIiwib3BlbmlkLWNvbmZpZ3VyYXRpb24iOiJodHRwczovL2V4YW1wbGUuY29tLy53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uIn0=",
        )
        .expect("error");
        assert_eq!(rfc.status, "invalid_token");
        assert_eq!(rfc.scope.as_deref(), Some("example_scope"));
        assert!(rfc.json.contains("openid-configuration"));
        assert_eq!(oauth2_error("VXNlcm5hbWU6"), None);
        assert_eq!(oauth2_error(""), None);
        assert_eq!(oauth2_error("e30="), None, "{{}} has no status");
    }

    #[test]
    fn challenge_decoding() {
        assert_eq!(
            decode_challenge("VXNlcm5hbWU6").as_deref(),
            Some("Username:")
        );
        assert_eq!(decode_challenge("%%%"), None);
    }
}
