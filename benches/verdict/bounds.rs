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

/// The mismatches: the whole `check`, from the failing connection to the working setting the
/// scan proves. A scan cell stops after the capabilities (it never logs in); the scan ends as
/// soon as its answer is settled, so the bound is the failing panel's evidence followed by the
/// cell that proves the setting to recommend (the other cells run beside it).
///
/// STARTTLS configured on the POP3 TLS port (995): proven SSL/TLS on 995.
pub const MISMATCH_POP3_PLAIN_TO_TLS: Bound = Bound {
    round_trips: &[
        "TCP handshake (the TLS handshake on a second connection starts beside it: 995 \
         expects TLS from the first byte)",
        "TLS 1.3 handshake on the second connection: the port speaks TLS, the greeting \
         never comes",
        "scan, 995 SSL/TLS: TCP handshake",
        "scan: TLS 1.3 handshake",
        "scan: greeting",
        "scan: CAPA",
    ],
};

/// SSL/TLS configured on the POP3 plain-text port (110): proven STARTTLS on 110.
pub const MISMATCH_POP3_TLS_TO_PLAIN: Bound = Bound {
    round_trips: &[
        "TCP handshake",
        "ClientHello, answered by the plain-text greeting",
        "scan, 110 STARTTLS: TCP handshake",
        "scan: greeting",
        "scan: CAPA",
        "scan: STLS",
        "scan: TLS 1.3 handshake",
        "scan: CAPA again",
    ],
};

/// STARTTLS configured on the SMTP TLS port (465): proven SSL/TLS on 465.
pub const MISMATCH_SMTP_PLAIN_TO_TLS: Bound = Bound {
    round_trips: &[
        "TCP handshake (the TLS handshake on a second connection starts beside it: 465 \
         expects TLS from the first byte)",
        "TLS 1.3 handshake on the second connection",
        "scan, 465 SSL/TLS: TCP handshake",
        "scan: TLS 1.3 handshake",
        "scan: greeting",
        "scan: EHLO",
    ],
};

/// SSL/TLS configured on the SMTP submission port (587): proven STARTTLS on 587.
pub const MISMATCH_SMTP_TLS_TO_PLAIN: Bound = Bound {
    round_trips: &[
        "TCP handshake",
        "ClientHello, answered by the plain-text greeting",
        "scan, 587 STARTTLS: TCP handshake",
        "scan: greeting",
        "scan: EHLO",
        "scan: STARTTLS",
        "scan: TLS 1.3 handshake",
        "scan: EHLO again",
    ],
};

/// The SMTP submission port (587, STARTTLS) given as the POP3 server: proven STARTTLS on 110
/// (the same security on its standard port ranks before SSL/TLS on 995).
pub const MISMATCH_POP3_ON_SMTP_PORT: Bound = Bound {
    round_trips: &[
        "TCP handshake",
        "greeting: an SMTP server's",
        "scan, 110 STARTTLS: TCP handshake",
        "scan: greeting",
        "scan: CAPA",
        "scan: STLS",
        "scan: TLS 1.3 handshake",
        "scan: CAPA again",
    ],
};

/// The POP3 TLS port (995) given as the SMTP server with SSL/TLS: proven SSL/TLS on 465.
pub const MISMATCH_SMTP_ON_POP3_PORT: Bound = Bound {
    round_trips: &[
        "TCP handshake",
        "TLS 1.3 handshake",
        "greeting: a POP3 server's",
        "scan, 465 SSL/TLS: TCP handshake",
        "scan: TLS 1.3 handshake",
        "scan: greeting",
        "scan: EHLO",
    ],
};

/// SSL/TLS configured on a closed port next to 995: proven SSL/TLS on 995.
pub const MISMATCH_POP3_REFUSED_PORT: Bound = Bound {
    round_trips: &[
        "TCP handshake, refused",
        "scan, 995 SSL/TLS: TCP handshake",
        "scan: TLS 1.3 handshake",
        "scan: greeting",
        "scan: CAPA",
    ],
};
