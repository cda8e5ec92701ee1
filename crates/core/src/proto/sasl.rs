//! SASL encoders (PLAIN, LOGIN) and the APOP digest. Outputs are secrets: callers show them as
//! `***`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use md5::{Digest, Md5};

/// SASL mechanisms this client can use, best first.
pub const SUPPORTED_MECHANISMS: [&str; 2] = ["PLAIN", "LOGIN"];

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
    fn challenge_decoding() {
        assert_eq!(
            decode_challenge("VXNlcm5hbWU6").as_deref(),
            Some("Username:")
        );
        assert_eq!(decode_challenge("%%%"), None);
    }
}
