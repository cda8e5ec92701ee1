//! The server side of SASL PLAIN, LOGIN, XOAUTH2 and OAUTHBEARER: decode what the client sent,
//! compare it with the account, and say whether the exchange needs another round. A refused
//! token gets the account's scripted error challenge first, when it has one (RFC 7628 §3.2.2).

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
    /// XOAUTH2 or OAUTHBEARER (this method) without an initial response: the token is next.
    OAuth2 { method: &'static str },
    /// The error challenge went out: the client's dummy answer is next, then the refusal.
    OAuth2Error { method: &'static str, user: String },
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
    /// The OAuth2 token it accepts, if any.
    pub token: Option<&'a str>,
    /// The JSON error challenge a refused token gets, if any.
    pub oauth2_error: Option<&'a str>,
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
        ("XOAUTH2" | "OAUTHBEARER", initial) => {
            let method = if mechanism == "XOAUTH2" {
                "AUTH XOAUTH2"
            } else {
                "AUTH OAUTHBEARER"
            };
            match initial {
                None => Step::Challenge(Pending::OAuth2 { method }, String::new()),
                Some(payload) => respond(Pending::OAuth2 { method }, payload, account),
            }
        }
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
        Pending::OAuth2 { method } => {
            let Some((user, token)) = oauth2_message(&String::from_utf8_lossy(&decoded)) else {
                return Step::Malformed;
            };
            let ok = user == account.user && account.token == Some(token.as_str());
            match account.oauth2_error {
                Some(json) if !ok => {
                    Step::Challenge(Pending::OAuth2Error { method, user }, BASE64.encode(json))
                }
                _ => Step::Verdict { method, user, ok },
            }
        }
        Pending::OAuth2Error { method, user } => Step::Verdict {
            method,
            user,
            ok: false,
        },
    }
}

/// The user and the token of an XOAUTH2 (`user=…\x01auth=Bearer …\x01\x01`) or OAUTHBEARER
/// (`n,a=…,\x01host=…\x01port=…\x01auth=Bearer …\x01\x01`) message.
fn oauth2_message(message: &str) -> Option<(String, String)> {
    let mut user = None;
    let mut token = None;
    for (i, field) in message.split('\x01').enumerate() {
        if let Some(u) = field.strip_prefix("user=") {
            user = Some(u.to_string());
        } else if let Some(t) = field.strip_prefix("auth=Bearer ") {
            token = Some(t.to_string());
        } else if i == 0 && field.starts_with("n,") {
            let authzid = field.split(',').nth(1)?;
            user = authzid
                .strip_prefix("a=")
                .map(|a| a.replace("=2C", ",").replace("=3D", "="));
        }
    }
    Some((user?, token?))
}
