//! The forms a password takes on the wire, to prove it never shows where it must not.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

/// The forms in which a password can travel in a mail session: as typed, and base64-encoded
/// alone or inside a PLAIN message. A redacted output contains none of them.
pub fn secret_forms(user: &str, password: &str) -> Vec<String> {
    vec![
        password.to_string(),
        BASE64.encode(password),
        BASE64.encode(format!("\0{user}\0{password}")),
        BASE64.encode(format!("{user}\0{user}\0{password}")),
    ]
}

/// Whether a line carries the password, as typed or inside any base64 word.
pub fn line_reveals(line: &str, password: &str) -> bool {
    if line.contains(password) {
        return true;
    }
    line.split_whitespace().any(|word| {
        BASE64
            .decode(word)
            .map(|bytes| String::from_utf8_lossy(&bytes).contains(password))
            .unwrap_or(false)
    })
}
