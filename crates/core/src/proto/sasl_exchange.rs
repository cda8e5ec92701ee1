//! The bounds of one SASL exchange (`AUTH PLAIN` / `AUTH LOGIN`, in POP3 and SMTP): how many
//! challenges the client answers and how much challenge text it reads before it cancels.
//!
//! A mechanism has a fixed number of credential lines (PLAIN with an initial response: none left
//! after the command; LOGIN: the user name and the password). Once they are sent, a further
//! challenge is never answered with credentials: the client cancels with `*` (RFC 4954 §4,
//! RFC 5034 §4) and the login step fails. So an exchange is at most the command, the
//! mechanism's own lines and one cancel, whatever the server sends.
//!
//! The OAuth2 mechanisms (XOAUTH2, OAUTHBEARER) send the token as their initial response, or
//! after an empty challenge when it does not fit on the command line; a refused token gets one
//! error challenge (base64 JSON, RFC 7628 §3.2.2), which is answered with a dummy response so
//! the server sends its final refusal. Any challenge beyond that is cancelled like the others.

use crate::model::{Evidence, IoFailure, Said};
use crate::proto::sasl;
use crate::proto::session::OAuth2Login;
use crate::said;
use crate::settings::Secret;

/// Most bytes of challenge text read in one exchange. PLAIN and LOGIN challenges are a few
/// dozen bytes (`VXNlcm5hbWU6` is "Username:"); anything near this is not one of them.
pub const MAX_CHALLENGE_BYTES: usize = 512;

/// The line that cancels an exchange.
pub const CANCEL: &str = "*";

/// Why an exchange was cancelled after every credential line was sent (a catalogue key).
pub const KEPT_ASKING: &str = "step-login-kept-asking";

/// Why an exchange was cancelled on a challenge too long for PLAIN or LOGIN (a catalogue key).
pub const CHALLENGE_TOO_LONG: &str = "step-login-challenge-too-long";

/// What to do with a challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Challenge {
    /// Answer with the mechanism's next credential line.
    Answer,
    /// Do not answer: send [`CANCEL`] and fail the login with the detail of this catalogue key.
    Cancel(&'static str),
}

/// The count of one exchange: credential lines still to send and challenge bytes read.
#[derive(Debug, Clone, Default)]
pub struct SaslExchange {
    lines_left: u8,
    challenge_bytes: usize,
    challenges: u32,
}

impl SaslExchange {
    /// An exchange whose mechanism still has `credential_lines` lines to send after its command.
    pub fn new(credential_lines: u8) -> SaslExchange {
        SaslExchange {
            lines_left: credential_lines,
            challenge_bytes: 0,
            challenges: 0,
        }
    }

    /// An OAuth2 exchange: the token's answer (when `awaiting_ready`: it waits for the server's
    /// empty challenge) and the answer to one error challenge.
    pub fn oauth2(awaiting_ready: bool) -> SaslExchange {
        SaslExchange::new(1 + u8::from(awaiting_ready))
    }

    /// A challenge of `len` bytes arrived: answer it, or cancel the exchange.
    pub fn challenge(&mut self, len: usize) -> Challenge {
        self.challenges = self.challenges.saturating_add(1);
        self.challenge_bytes = self.challenge_bytes.saturating_add(len);
        if self.lines_left == 0 {
            return Challenge::Cancel(KEPT_ASKING);
        }
        if self.challenge_bytes > MAX_CHALLENGE_BYTES {
            return Challenge::Cancel(CHALLENGE_TOO_LONG);
        }
        self.lines_left -= 1;
        Challenge::Answer
    }

    /// The evidence of a cancelled exchange: the server broke the mechanism's protocol.
    /// `challenge` is the (sanitized) line that was not answered.
    pub fn evidence(&self, challenge: &str) -> Evidence {
        Evidence::Io {
            failure: IoFailure::Protocol,
            message: said!(
                "detail-challenge-not-answered",
                number = self.challenges,
                bytes = self.challenge_bytes,
                challenge = challenge
            ),
        }
    }
}

/// Where an OAuth2 exchange stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OAuth2Stage {
    /// The command went without the token: the server's empty challenge is awaited.
    AwaitingReady,
    /// The token went: success, a refusal or one error challenge is awaited.
    Sent,
    /// The error challenge was answered: the final refusal is awaited.
    ErrorAnswered,
}

/// What to do with a challenge in an OAuth2 exchange.
#[derive(Debug, Clone)]
pub enum OAuth2Step {
    /// Send `wire` (the token's answer is a secret), then wait at `stage`. `error` is the
    /// server's error challenge, decoded, when that is what was answered.
    Answer {
        wire: Secret,
        stage: OAuth2Stage,
        error: Option<String>,
    },
    /// Cancel the exchange, with the detail of this catalogue key.
    Cancel(&'static str),
}

/// The next line of an OAuth2 exchange at `stage`, given the server's `challenge` (base64).
pub fn oauth2_next(
    mechanism: &str,
    stage: OAuth2Stage,
    challenge: &str,
    login: &OAuth2Login,
) -> OAuth2Step {
    match stage {
        OAuth2Stage::AwaitingReady => OAuth2Step::Answer {
            wire: Secret::new(sasl::oauth2_response(
                mechanism,
                &login.user,
                &login.host,
                login.port,
                login.token.expose(),
            )),
            stage: OAuth2Stage::Sent,
            error: None,
        },
        OAuth2Stage::Sent => match sasl::oauth2_error(challenge) {
            Some(error) => OAuth2Step::Answer {
                wire: Secret::new(sasl::oauth2_error_answer(mechanism)),
                stage: OAuth2Stage::ErrorAnswered,
                error: Some(error.json),
            },
            None => OAuth2Step::Cancel(KEPT_ASKING),
        },
        OAuth2Stage::ErrorAnswered => OAuth2Step::Cancel(KEPT_ASKING),
    }
}

/// The POP3 and SMTP command of an OAuth2 mechanism.
pub fn auth_command(mechanism: &str) -> &'static str {
    if mechanism.eq_ignore_ascii_case("OAUTHBEARER") {
        "AUTH OAUTHBEARER"
    } else {
        "AUTH XOAUTH2"
    }
}

/// The detail of a login not tried because the server offers no OAuth2 mechanism for the
/// token: what it offers instead.
pub fn oauth2_not_offered(offered: &[String]) -> Said {
    let offered = crate::sanitize::sanitize_str(&offered.join(" "));
    if offered.is_empty() {
        said!("step-login-oauth2-not-offered")
    } else {
        said!("step-login-oauth2-not-offered-but", offered = offered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_answers_two_challenges_then_cancels() {
        let mut exchange = SaslExchange::new(2);
        assert_eq!(exchange.challenge(12), Challenge::Answer);
        assert_eq!(exchange.challenge(12), Challenge::Answer);
        for _ in 0..10 {
            assert_eq!(exchange.challenge(12), Challenge::Cancel(KEPT_ASKING));
        }
    }

    #[test]
    fn plain_with_an_initial_response_answers_nothing() {
        let mut exchange = SaslExchange::new(0);
        assert_eq!(exchange.challenge(0), Challenge::Cancel(KEPT_ASKING));
    }

    #[test]
    fn an_oversized_challenge_is_not_answered() {
        let mut exchange = SaslExchange::new(2);
        assert_eq!(
            exchange.challenge(MAX_CHALLENGE_BYTES + 1),
            Challenge::Cancel(CHALLENGE_TOO_LONG)
        );
        let mut exchange = SaslExchange::new(2);
        assert_eq!(exchange.challenge(MAX_CHALLENGE_BYTES), Challenge::Answer);
        assert_eq!(exchange.challenge(1), Challenge::Cancel(CHALLENGE_TOO_LONG));
        assert_eq!(
            exchange.challenge(usize::MAX),
            Challenge::Cancel(CHALLENGE_TOO_LONG)
        );
    }

    fn login() -> OAuth2Login {
        OAuth2Login {
            user: "ana@example.test".into(),
            token: Secret::new("tok-123456"),
            host: "mail.example.test".into(),
            port: 995,
        }
    }

    #[test]
    fn an_oauth2_exchange_answers_one_error_challenge_then_cancels() {
        let gmail = "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==";
        let mut exchange = SaslExchange::oauth2(false);
        assert_eq!(exchange.challenge(gmail.len()), Challenge::Answer);
        let OAuth2Step::Answer { wire, stage, error } =
            oauth2_next("XOAUTH2", OAuth2Stage::Sent, gmail, &login())
        else {
            panic!("the error challenge is answered");
        };
        assert_eq!(wire.expose(), "");
        assert_eq!(stage, OAuth2Stage::ErrorAnswered);
        assert!(error.unwrap().contains("\"status\":\"400\""));
        let OAuth2Step::Answer { wire, .. } =
            oauth2_next("OAUTHBEARER", OAuth2Stage::Sent, gmail, &login())
        else {
            panic!("the error challenge is answered");
        };
        assert_eq!(wire.expose(), "AQ==", "RFC 7628's %x01");
        assert!(matches!(
            oauth2_next("XOAUTH2", OAuth2Stage::ErrorAnswered, gmail, &login()),
            OAuth2Step::Cancel(KEPT_ASKING)
        ));
        assert_eq!(
            exchange.challenge(gmail.len()),
            Challenge::Cancel(KEPT_ASKING)
        );
        // A challenge that is no error report is not answered after the token.
        assert!(matches!(
            oauth2_next("XOAUTH2", OAuth2Stage::Sent, "VXNlcm5hbWU6", &login()),
            OAuth2Step::Cancel(KEPT_ASKING)
        ));
    }

    #[test]
    fn a_token_too_long_for_the_command_line_follows_the_empty_challenge() {
        let mut exchange = SaslExchange::oauth2(true);
        assert_eq!(exchange.challenge(0), Challenge::Answer);
        let OAuth2Step::Answer { wire, stage, error } =
            oauth2_next("OAUTHBEARER", OAuth2Stage::AwaitingReady, "", &login())
        else {
            panic!("the empty challenge gets the token");
        };
        assert_eq!(stage, OAuth2Stage::Sent);
        assert_eq!(error, None);
        assert_eq!(
            wire.expose(),
            sasl::oauthbearer_response("ana@example.test", "mail.example.test", 995, "tok-123456")
        );
        assert_eq!(exchange.challenge(100), Challenge::Answer);
        assert_eq!(exchange.challenge(0), Challenge::Cancel(KEPT_ASKING));
    }

    #[test]
    fn evidence_counts_what_came() {
        let mut exchange = SaslExchange::new(0);
        exchange.challenge(3);
        let Evidence::Io { failure, message } = exchange.evidence("+ abc") else {
            panic!("not I/O evidence");
        };
        assert_eq!(failure, IoFailure::Protocol);
        let message = message.english();
        assert!(message.contains("challenge 1 (3 bytes"), "{message}");
    }
}
