//! The catalogue of diagnoses: every stable id, its default severity and the panel it belongs to
//! when no probe placed it elsewhere.

use std::fmt;

use crate::finding::Severity;
use crate::model::Panel;

/// The section of the catalogue a finding comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Network,
    TransportSecurity,
    Authentication,
    Mailbox,
    Outgoing,
    Domain,
    /// The configured settings compared with what the provider documents.
    Settings,
    /// Connection behaviour that is not the expected mail protocol, a login that was not
    /// tried, and the last-resort finding for a failure no other rule names.
    Connection,
}

macro_rules! finding_ids {
    ($($variant:ident => $id:literal, $section:ident, $severity:ident, $panel:ident;)*) => {
        /// A diagnosis of the catalogue. The string form is the stable id used in JSON output,
        /// tests and hints.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum FindingId {
            $($variant,)*
        }

        impl FindingId {
            /// Every id, in catalogue order.
            pub const ALL: &'static [FindingId] = &[$(FindingId::$variant,)*];

            /// The stable id (`cert-expired`, `auth-failed`, …).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(FindingId::$variant => $id,)*
                }
            }

            /// The catalogue section the id belongs to.
            pub fn section(self) -> Section {
                match self {
                    $(FindingId::$variant => Section::$section,)*
                }
            }

            /// How much the finding matters unless a rule says otherwise.
            pub fn default_severity(self) -> Severity {
                match self {
                    $(FindingId::$variant => Severity::$severity,)*
                }
            }

            /// The panel the finding is shown on when the observation does not say.
            pub fn default_panel(self) -> Panel {
                match self {
                    $(FindingId::$variant => Panel::$panel,)*
                }
            }
        }
    };
}

finding_ids! {
    NoNetwork => "no-network", Network, Error, Network;
    DnsResolverDown => "dns-resolver-down", Network, Error, Network;
    DnsNotFound => "dns-not-found", Network, Error, Network;
    TcpRefused => "tcp-refused", Network, Error, Network;
    TcpTimeout => "tcp-timeout", Network, Error, Network;
    Port25Blocked => "port-25-blocked", Network, Error, Outgoing;
    Ipv6Broken => "ipv6-broken", Network, Warn, Network;
    ClockSkew => "clock-skew", Network, Error, Network;
    TlsIntercepted => "tls-intercepted", Network, Error, Network;

    TlsOnPlaintextPort => "tls-on-plaintext-port", TransportSecurity, Error, Incoming;
    PlaintextOnTlsPort => "plaintext-on-tls-port", TransportSecurity, Error, Incoming;
    StarttlsNotOffered => "starttls-not-offered", TransportSecurity, Error, Incoming;
    StarttlsFailed => "starttls-failed", TransportSecurity, Error, Incoming;
    StarttlsInjection => "starttls-injection", TransportSecurity, Warn, Incoming;
    TlsProtocolTooOld => "tls-protocol-too-old", TransportSecurity, Error, Incoming;
    CertExpired => "cert-expired", TransportSecurity, Error, Incoming;
    CertNotYetValid => "cert-not-yet-valid", TransportSecurity, Error, Incoming;
    CertExpiringSoon => "cert-expiring-soon", TransportSecurity, Warn, Incoming;
    CertHostnameMismatch => "cert-hostname-mismatch", TransportSecurity, Error, Incoming;
    CertUntrusted => "cert-untrusted", TransportSecurity, Error, Incoming;
    CertChainInvalid => "cert-chain-invalid", TransportSecurity, Error, Incoming;
    TlsAnswerInvalid => "tls-answer-invalid", TransportSecurity, Error, Incoming;

    AuthFailed => "auth-failed", Authentication, Error, Incoming;
    AuthAppPasswordRequired => "auth-app-password-required", Authentication, Error, Incoming;
    AuthBasicDisabled => "auth-basic-disabled", Authentication, Error, Incoming;
    AuthWebLoginRequired => "auth-web-login-required", Authentication, Error, Incoming;
    Pop3Disabled => "pop3-disabled", Authentication, Error, Incoming;
    ImapDisabled => "imap-disabled", Authentication, Error, Incoming;
    PasswordExpired => "password-expired", Authentication, Error, Incoming;
    AuthPlaintextDisallowed => "auth-plaintext-disallowed", Authentication, Error, Incoming;
    AuthRefusedInsecure => "auth-refused-insecure", Authentication, Warn, Incoming;
    AuthMechanismUnsupported => "auth-mechanism-unsupported", Authentication, Error, Incoming;
    SmtpAuthNotOffered => "smtp-auth-not-offered", Authentication, Error, Outgoing;
    SmtpAuthRequired => "smtp-auth-required", Authentication, Error, Outgoing;
    TooManyLogins => "too-many-logins", Authentication, Error, Incoming;
    ReceiveOkSendFails => "receive-ok-send-fails", Authentication, Info, Outgoing;
    Oauth2TokenRejected => "oauth2-token-rejected", Authentication, Error, Incoming;
    Oauth2TokenExpired => "oauth2-token-expired", Authentication, Error, Incoming;
    Oauth2ScopeMissing => "oauth2-scope-missing", Authentication, Error, Incoming;
    Oauth2WrongUser => "oauth2-wrong-user", Authentication, Error, Incoming;
    Oauth2AppBlocked => "oauth2-app-blocked", Authentication, Error, Incoming;
    Oauth2NotOffered => "oauth2-not-offered", Authentication, Error, Incoming;

    MailboxInUse => "mailbox-in-use", Mailbox, Error, Incoming;
    ServerTemporaryFailure => "server-temporary-failure", Mailbox, Error, Incoming;
    ServerPermanentFailure => "server-permanent-failure", Mailbox, Error, Incoming;
    MailboxEmpty => "mailbox-empty", Mailbox, Info, Incoming;
    NoUidl => "no-uidl", Mailbox, Warn, Incoming;

    SmtpRelayDenied => "smtp-relay-denied", Outgoing, Error, Outgoing;
    SmtpSenderRejected => "smtp-sender-rejected", Outgoing, Error, Outgoing;
    SmtpSendingLimit => "smtp-sending-limit", Outgoing, Error, Outgoing;
    SmtpBlocklisted => "smtp-blocklisted", Outgoing, Error, Outgoing;
    SmtpHeloRejected => "smtp-helo-rejected", Outgoing, Error, Outgoing;
    SmtpServerBusy => "smtp-server-busy", Outgoing, Error, Outgoing;
    WrongPortForSubmission => "wrong-port-for-submission", Outgoing, Error, Outgoing;

    SpfMissing => "spf-missing", Domain, Warn, Network;
    SpfInvalid => "spf-invalid", Domain, Warn, Network;
    DmarcMissing => "dmarc-missing", Domain, Warn, Network;
    DkimNotFound => "dkim-not-found", Domain, Warn, Network;
    MxMismatch => "mx-mismatch", Domain, Warn, Network;

    HostNearMiss => "host-near-miss", Settings, Warn, Incoming;
    UsernameFormMismatch => "username-form-mismatch", Settings, Warn, Incoming;
    Pop3NotOffered => "pop3-not-offered", Settings, Error, Incoming;
    Oauth2Only => "oauth2-only", Settings, Warn, Incoming;
    Pop3AndImapOffered => "pop3-and-imap-offered", Settings, Info, Incoming;

    WrongProtocolOnPort => "wrong-protocol-on-port", Connection, Error, Incoming;
    ServerNotResponding => "server-not-responding", Connection, Error, Incoming;
    NotAMailServer => "not-a-mail-server", Connection, Error, Incoming;
    ConnectionClosedByServer => "connection-closed-by-server", Connection, Error, Incoming;
    ServerReplyInvalid => "server-reply-invalid", Connection, Error, Incoming;
    LoginNotTested => "login-not-tested", Connection, Info, Incoming;
    ServerBusy => "server-busy", Connection, Error, Incoming;
    PreauthSession => "preauth-session", Connection, Info, Incoming;
    UnexplainedFailure => "unexplained-failure", Connection, Error, Incoming;
}

impl FindingId {
    /// The id for a stable id string.
    pub fn from_id(id: &str) -> Option<FindingId> {
        FindingId::ALL.iter().copied().find(|f| f.as_str() == id)
    }

    /// Findings about the machine or its network as a whole: shown once per run, not once per
    /// panel that noticed them.
    pub fn is_machine_wide(self) -> bool {
        matches!(
            self,
            FindingId::NoNetwork | FindingId::DnsResolverDown | FindingId::ClockSkew
        )
    }
}

impl fmt::Display for FindingId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_round_trip() {
        let mut seen = HashSet::new();
        for id in FindingId::ALL {
            assert!(seen.insert(id.as_str()), "duplicate id {id}");
            assert_eq!(FindingId::from_id(id.as_str()), Some(*id));
        }
        assert_eq!(FindingId::from_id("no-such-id"), None);
    }

    /// The ids named in the catalogue document, section by section; a new id there must be
    /// added here and to the enum.
    #[test]
    fn catalogue_sections_are_complete() {
        let expected: &[(Section, &[&str])] = &[
            (
                Section::Network,
                &[
                    "no-network",
                    "dns-resolver-down",
                    "dns-not-found",
                    "tcp-refused",
                    "tcp-timeout",
                    "port-25-blocked",
                    "ipv6-broken",
                    "clock-skew",
                    "tls-intercepted",
                ],
            ),
            (
                Section::TransportSecurity,
                &[
                    "tls-on-plaintext-port",
                    "plaintext-on-tls-port",
                    "starttls-not-offered",
                    "starttls-failed",
                    "starttls-injection",
                    "tls-protocol-too-old",
                    "cert-expired",
                    "cert-not-yet-valid",
                    "cert-expiring-soon",
                    "cert-hostname-mismatch",
                    "cert-untrusted",
                    "cert-chain-invalid",
                    "tls-answer-invalid",
                ],
            ),
            (
                Section::Authentication,
                &[
                    "auth-failed",
                    "auth-app-password-required",
                    "auth-basic-disabled",
                    "auth-web-login-required",
                    "pop3-disabled",
                    "imap-disabled",
                    "password-expired",
                    "auth-plaintext-disallowed",
                    "auth-refused-insecure",
                    "auth-mechanism-unsupported",
                    "smtp-auth-not-offered",
                    "smtp-auth-required",
                    "too-many-logins",
                    "receive-ok-send-fails",
                    "oauth2-token-rejected",
                    "oauth2-token-expired",
                    "oauth2-scope-missing",
                    "oauth2-wrong-user",
                    "oauth2-app-blocked",
                    "oauth2-not-offered",
                ],
            ),
            (
                Section::Mailbox,
                &[
                    "mailbox-in-use",
                    "server-temporary-failure",
                    "server-permanent-failure",
                    "mailbox-empty",
                    "no-uidl",
                ],
            ),
            (
                Section::Outgoing,
                &[
                    "smtp-relay-denied",
                    "smtp-sender-rejected",
                    "smtp-sending-limit",
                    "smtp-blocklisted",
                    "smtp-helo-rejected",
                    "smtp-server-busy",
                    "wrong-port-for-submission",
                ],
            ),
            (
                Section::Domain,
                &[
                    "spf-missing",
                    "spf-invalid",
                    "dmarc-missing",
                    "dkim-not-found",
                    "mx-mismatch",
                ],
            ),
            (
                Section::Settings,
                &[
                    "host-near-miss",
                    "username-form-mismatch",
                    "pop3-not-offered",
                    "oauth2-only",
                    "pop3-and-imap-offered",
                ],
            ),
            (
                Section::Connection,
                &[
                    "wrong-protocol-on-port",
                    "server-not-responding",
                    "not-a-mail-server",
                    "connection-closed-by-server",
                    "server-reply-invalid",
                    "login-not-tested",
                    "server-busy",
                    "preauth-session",
                    "unexplained-failure",
                ],
            ),
        ];
        let mut total = 0;
        for (section, ids) in expected {
            for id in *ids {
                let found = FindingId::from_id(id).unwrap_or_else(|| panic!("missing id {id}"));
                assert_eq!(found.section(), *section, "{id}");
                total += 1;
            }
        }
        assert_eq!(total, FindingId::ALL.len());
    }

    #[test]
    fn informational_and_warning_ids_are_the_expected_ones() {
        let info: Vec<_> = FindingId::ALL
            .iter()
            .filter(|id| id.default_severity() == Severity::Info)
            .map(|id| id.as_str())
            .collect();
        assert_eq!(
            info,
            [
                "receive-ok-send-fails",
                "mailbox-empty",
                "pop3-and-imap-offered",
                "login-not-tested",
                "preauth-session"
            ]
        );
        assert_eq!(
            FindingId::CertExpiringSoon.default_severity(),
            Severity::Warn
        );
        assert_eq!(FindingId::NoUidl.default_severity(), Severity::Warn);
    }
}
