//! The server side of SASL PLAIN and LOGIN: decode what the client sent, compare it with the
//! account, and say whether the exchange needs another round.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

/// A SASL exchange waiting for the client's next line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// AUTH PLAIN without an initial response.
    Plain,
    /// AUTH LOGIN: the user name is next.
    LoginUser,
    /// AUTH LOGIN: the password of this user is next.
    LoginPassword { user: String },
}

/// Where an exchange stands after a client line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Send this base64 challenge and wait.
    Challenge(Pending, String),
    /// The credentials were judged.
    Verdict {
        method: &'static str,
        user: String,
        ok: bool,
    },
    /// The client sent `*`.
    Cancelled,
    /// Not base64, or not a PLAIN message.
    Malformed,
    /// A mechanism the server does not offer.
    Unsupported,
}

/// The account a server knows.
pub struct Account<'a> {
    pub user: &'a str,
    pub password: &'a str,
}

impl Account<'_> {
    pub fn matches(&self, user: &str, password: &str) -> bool {
        self.user == user && self.password == password
    }
}

/// `AUTH <mechanism> [initial-response]`.
pub fn start(
    mechanism: &str,
    initial: Option<&str>,
    offered: &[String],
    account: &Account,
) -> Step {
    let mechanism = mechanism.to_ascii_uppercase();
    if !offered.iter().any(|m| m.eq_ignore_ascii_case(&mechanism)) {
        return Step::Unsupported;
    }
    match (mechanism.as_str(), initial) {
        ("PLAIN", None) => Step::Challenge(Pending::Plain, String::new()),
        ("PLAIN", Some(payload)) => respond(Pending::Plain, payload, account),
        // "Username:"
        ("LOGIN", None) => Step::Challenge(Pending::LoginUser, "VXNlcm5hbWU6".into()),
        ("LOGIN", Some(payload)) => respond(Pending::LoginUser, payload, account),
        _ => Step::Unsupported,
    }
}

/// The client's next line in an exchange.
pub fn respond(pending: Pending, line: &str, account: &Account) -> Step {
    let line = line.trim();
    if line == "*" {
        return Step::Cancelled;
    }
    let decoded = if line == "=" {
        Vec::new()
    } else {
        match BASE64.decode(line) {
            Ok(bytes) => bytes,
            Err(_) => return Step::Malformed,
        }
    };
    match pending {
        Pending::Plain => {
            let parts: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
            let [authzid, authcid, password] = parts.as_slice() else {
                return Step::Malformed;
            };
            let user = String::from_utf8_lossy(authcid).to_string();
            let ok = (authzid.is_empty() || *authzid == user.as_bytes())
                && account.matches(&user, &String::from_utf8_lossy(password));
            Step::Verdict {
                method: "AUTH PLAIN",
                user,
                ok,
            }
        }
        // "Password:"
        Pending::LoginUser => Step::Challenge(
            Pending::LoginPassword {
                user: String::from_utf8_lossy(&decoded).to_string(),
            },
            "UGFzc3dvcmQ6".into(),
        ),
        Pending::LoginPassword { user } => Step::Verdict {
            method: "AUTH LOGIN",
            ok: account.matches(&user, &String::from_utf8_lossy(&decoded)),
            user,
        },
    }
}
