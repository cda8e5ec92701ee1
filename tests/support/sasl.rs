//! Server side of SASL PLAIN and LOGIN for the fake servers: decode the base64 the client sent,
//! compare with the account, and say whether the exchange needs another round.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

/// The one account a fake server knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub user: String,
    pub password: String,
}

impl Account {
    pub fn new(user: &str, password: &str) -> Self {
        Account {
            user: user.to_string(),
            password: password.to_string(),
        }
    }

    pub fn matches(&self, user: &str, password: &str) -> bool {
        self.user == user && self.password == password
    }
}

/// A SASL exchange waiting for the client's next line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// AUTH PLAIN without an initial response: waiting for the credentials.
    Plain,
    /// AUTH LOGIN: waiting for the user name.
    LoginUser,
    /// AUTH LOGIN: waiting for the password of this user.
    LoginPassword { user: String },
}

/// Where an exchange stands after a client line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaslStep {
    /// Send this base64 challenge and wait for the next line.
    Challenge(Pending, String),
    /// The credentials were judged.
    Verdict {
        method: &'static str,
        user: String,
        ok: bool,
    },
    /// The client sent `*`.
    Cancelled,
    /// The client's line was not valid base64 or not a valid PLAIN message.
    Malformed,
    /// The server does not offer this mechanism.
    Unsupported,
}

pub const LOGIN_USER_PROMPT: &str = "VXNlcm5hbWU6"; // "Username:"
pub const LOGIN_PASSWORD_PROMPT: &str = "UGFzc3dvcmQ6"; // "Password:"

/// Starts an exchange for `AUTH <mechanism> [initial-response]`.
pub fn start(
    mechanism: &str,
    initial: Option<&str>,
    offered: &[String],
    account: &Account,
) -> SaslStep {
    let mechanism = mechanism.to_ascii_uppercase();
    if !offered.iter().any(|m| m.eq_ignore_ascii_case(&mechanism)) {
        return SaslStep::Unsupported;
    }
    match (mechanism.as_str(), initial) {
        ("PLAIN", None) => SaslStep::Challenge(Pending::Plain, String::new()),
        ("PLAIN", Some(payload)) => respond(Pending::Plain, payload, account),
        ("LOGIN", None) => SaslStep::Challenge(Pending::LoginUser, LOGIN_USER_PROMPT.into()),
        ("LOGIN", Some(payload)) => respond(Pending::LoginUser, payload, account),
        _ => SaslStep::Unsupported,
    }
}

/// Continues an exchange with the client's next line.
pub fn respond(pending: Pending, line: &str, account: &Account) -> SaslStep {
    let line = line.trim();
    if line == "*" {
        return SaslStep::Cancelled;
    }
    // RFC 4954: "=" is an empty initial response.
    let decoded = if line == "=" {
        Vec::new()
    } else {
        match BASE64.decode(line) {
            Ok(bytes) => bytes,
            Err(_) => return SaslStep::Malformed,
        }
    };
    match pending {
        Pending::Plain => {
            let parts: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
            let [authzid, authcid, password] = parts.as_slice() else {
                return SaslStep::Malformed;
            };
            let user = String::from_utf8_lossy(authcid).to_string();
            let password = String::from_utf8_lossy(password);
            let authzid_ok = authzid.is_empty() || *authzid == user.as_bytes();
            SaslStep::Verdict {
                method: "AUTH PLAIN",
                ok: authzid_ok && account.matches(&user, &password),
                user,
            }
        }
        Pending::LoginUser => SaslStep::Challenge(
            Pending::LoginPassword {
                user: String::from_utf8_lossy(&decoded).to_string(),
            },
            LOGIN_PASSWORD_PROMPT.into(),
        ),
        Pending::LoginPassword { user } => SaslStep::Verdict {
            method: "AUTH LOGIN",
            ok: account.matches(&user, &String::from_utf8_lossy(&decoded)),
            user,
        },
    }
}

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
