//! Lower bounds, in round trips, of the exchanges the bench times: every wait for the other side
//! that the protocol (and the servers' advertised PIPELINING) makes unavoidable, TLS 1.3 assumed.
//!
//! Derived from the commands mailtriage sends (crates/core/src/proto/pop3.rs,
//! crates/core/src/proto/imap/mod.rs and crates/core/src/proto/smtp.rs) and checked against
//! their transcripts (`cargo bench --bench verdict -- --transcripts`); curl and
//! swaks are run so that they exchange the same commands.

use std::time::Duration;

/// The round trips of one exchange, each named.
pub struct Bound {
    pub round_trips: &'static [&'static str],
}

impl Bound {
    pub fn count(&self) -> u32 {
        self.round_trips.len() as u32
    }

    /// The least time the exchange can take at `rtt`.
    pub fn time(&self, rtt: Duration) -> Duration {
        rtt * self.count()
    }
}

/// POP3 over implicit TLS: log in and read the mailbox status.
pub const POP3_TLS_LOGIN: Bound = Bound {
    round_trips: &[
        "TCP handshake",
        "TLS 1.3 handshake",
        "greeting (the server speaks first, after the handshake)",
        "CAPA (the login method and PIPELINING are read from it)",
        "AUTH PLAIN with the initial response and STAT, pipelined (PIPELINING); \
         curl: AUTH, then STAT",
        "UIDL 1 and QUIT, pipelined (PIPELINING); curl: QUIT",
    ],
};

/// IMAP over implicit TLS: log in and read INBOX's numbers with STATUS.
pub const IMAP_TLS_LOGIN: Bound = Bound {
    round_trips: &[
        "TCP handshake",
        "TLS 1.3 handshake",
        "greeting (the server speaks first; Dovecot's carries [CAPABILITY ...], so no \
         CAPABILITY round trip)",
        "AUTHENTICATE PLAIN with the initial response (SASL-IR) and STATUS, pipelined \
         (RFC 9051 §5.5); curl: CAPABILITY (it does not read the greeting's), AUTHENTICATE, \
         then STATUS",
        "LOGOUT (it waits for STATUS: a refused STATUS is followed by EXAMINE); curl: LOGOUT",
    ],
};

/// SMTP submission with STARTTLS: authenticate, then quit.
pub const SMTP_SUBMISSION: Bound = Bound {
    round_trips: &[
        "TCP handshake",
        "greeting",
        "EHLO (STARTTLS is read from it)",
        "STARTTLS",
        "TLS 1.3 handshake",
        "EHLO again (RFC 3207: nothing from before TLS counts)",
        "AUTH PLAIN with the initial response and QUIT, pipelined (RFC 4954 §4, PIPELINING); \
         swaks: AUTH, then QUIT",
    ],
};

/// A bare TLS handshake.
pub const TLS_HANDSHAKE: Bound = Bound {
    round_trips: &["TCP handshake", "TLS 1.3 handshake"],
};
