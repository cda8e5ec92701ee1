//! The bounds of one SASL exchange (`AUTH PLAIN` / `AUTH LOGIN`, in POP3 and SMTP): how many
//! challenges the client answers and how much challenge text it reads before it cancels.
//!
//! A mechanism has a fixed number of credential lines (PLAIN with an initial response: none left
//! after the command; LOGIN: the user name and the password). Once they are sent, a further
//! challenge is never answered with credentials: the client cancels with `*` (RFC 4954 §4,
//! RFC 5034 §4) and the login step fails. So an exchange is at most the command, the
//! mechanism's own lines and one cancel, whatever the server sends.

use crate::model::{Evidence, IoFailure};

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
            message: format!(
                "challenge {} ({} bytes of challenges in all) not answered: {challenge}",
                self.challenges, self.challenge_bytes
            )
            .into(),
        }
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
