//! Root cause first: remove the findings another finding explains, merge duplicates, and order
//! what is left by severity, then by how early in the session chain it broke, then by panel.

use super::catalog::FindingId;
use super::rules::Diagnosis;
use crate::finding::Severity;

/// Where a cause's consequences are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Only findings of the same panel.
    SamePanel,
    /// Findings of every panel (causes about the machine or its network).
    AllPanels,
}

use FindingId::*;

/// Findings whose consequences are not shown on their own.
const AUTH_REFUSALS: &[FindingId] = &[SmtpAuthRequired, SmtpRelayDenied, MailboxEmpty];

/// Cause, scope, and the findings it explains.
const EXPLAINS: &[(FindingId, Scope, &[FindingId])] = &[
    (
        NoNetwork,
        Scope::AllPanels,
        &[
            DnsResolverDown,
            DnsNotFound,
            TcpRefused,
            TcpTimeout,
            Port25Blocked,
            Ipv6Broken,
            ReceiveOkSendFails,
        ],
    ),
    (
        ClockSkew,
        Scope::AllPanels,
        &[
            CertExpired,
            CertNotYetValid,
            CertExpiringSoon,
            StarttlsFailed,
        ],
    ),
    (Port25Blocked, Scope::SamePanel, &[TcpTimeout, TcpRefused]),
    (
        TlsIntercepted,
        Scope::SamePanel,
        &[CertUntrusted, StarttlsFailed],
    ),
    (CertExpired, Scope::SamePanel, &[StarttlsFailed]),
    (CertNotYetValid, Scope::SamePanel, &[StarttlsFailed]),
    (CertHostnameMismatch, Scope::SamePanel, &[StarttlsFailed]),
    (CertUntrusted, Scope::SamePanel, &[StarttlsFailed]),
    (CertChainInvalid, Scope::SamePanel, &[StarttlsFailed]),
    (TlsAnswerInvalid, Scope::SamePanel, &[StarttlsFailed]),
    (
        TlsOnPlaintextPort,
        Scope::SamePanel,
        &[StarttlsFailed, ServerTemporaryFailure, SmtpServerBusy],
    ),
    (
        PlaintextOnTlsPort,
        Scope::SamePanel,
        &[ServerTemporaryFailure, SmtpServerBusy],
    ),
    (
        WrongPortForSubmission,
        Scope::SamePanel,
        &[
            SmtpAuthNotOffered,
            SmtpAuthRequired,
            SmtpRelayDenied,
            StarttlsNotOffered,
            AuthRefusedInsecure,
            AuthPlaintextDisallowed,
        ],
    ),
    (
        StarttlsNotOffered,
        Scope::SamePanel,
        &[
            AuthRefusedInsecure,
            AuthPlaintextDisallowed,
            SmtpAuthNotOffered,
            SmtpAuthRequired,
            SmtpRelayDenied,
        ],
    ),
    (
        SmtpAuthNotOffered,
        Scope::SamePanel,
        &[SmtpAuthRequired, SmtpRelayDenied, AuthMechanismUnsupported],
    ),
    (AuthRefusedInsecure, Scope::SamePanel, AUTH_REFUSALS),
    (AuthPlaintextDisallowed, Scope::SamePanel, AUTH_REFUSALS),
    (AuthMechanismUnsupported, Scope::SamePanel, AUTH_REFUSALS),
    (AuthFailed, Scope::SamePanel, AUTH_REFUSALS),
    (
        AuthAppPasswordRequired,
        Scope::SamePanel,
        &[AuthFailed, SmtpAuthRequired, SmtpRelayDenied],
    ),
    (
        AuthBasicDisabled,
        Scope::SamePanel,
        &[AuthFailed, SmtpAuthRequired, SmtpRelayDenied],
    ),
    (
        AuthWebLoginRequired,
        Scope::SamePanel,
        &[AuthFailed, SmtpAuthRequired, SmtpRelayDenied],
    ),
    (Pop3Disabled, Scope::SamePanel, &[AuthFailed]),
    (ImapDisabled, Scope::SamePanel, &[AuthFailed]),
    (PasswordExpired, Scope::SamePanel, &[AuthFailed]),
    (
        Pop3NotOffered,
        Scope::SamePanel,
        &[
            DnsNotFound,
            TcpRefused,
            TcpTimeout,
            AuthFailed,
            Pop3Disabled,
            HostNearMiss,
            Oauth2Only,
            UsernameFormMismatch,
        ],
    ),
    (UsernameFormMismatch, Scope::SamePanel, &[AuthFailed]),
    (Oauth2Only, Scope::SamePanel, &[AuthFailed]),
    (Oauth2TokenRejected, Scope::SamePanel, AUTH_REFUSALS),
    (Oauth2TokenExpired, Scope::SamePanel, AUTH_REFUSALS),
    (Oauth2ScopeMissing, Scope::SamePanel, AUTH_REFUSALS),
    (Oauth2WrongUser, Scope::SamePanel, AUTH_REFUSALS),
    (Oauth2AppBlocked, Scope::SamePanel, AUTH_REFUSALS),
    (Oauth2NotOffered, Scope::SamePanel, AUTH_REFUSALS),
    (AuthBasicDisabled, Scope::SamePanel, &[Oauth2Only]),
    (AuthMechanismUnsupported, Scope::SamePanel, &[Oauth2Only]),
    (TooManyLogins, Scope::SamePanel, &[AuthFailed]),
    (
        WrongProtocolOnPort,
        Scope::SamePanel,
        &[
            TlsOnPlaintextPort,
            PlaintextOnTlsPort,
            TlsProtocolTooOld,
            StarttlsFailed,
            StarttlsNotOffered,
            ServerTemporaryFailure,
            ServerPermanentFailure,
            SmtpServerBusy,
            SmtpHeloRejected,
            SmtpAuthNotOffered,
            SmtpAuthRequired,
            WrongPortForSubmission,
            AuthFailed,
            AuthMechanismUnsupported,
            ServerReplyInvalid,
            NotAMailServer,
            ConnectionClosedByServer,
            ServerNotResponding,
        ],
    ),
    (
        NotAMailServer,
        Scope::SamePanel,
        &[
            TlsOnPlaintextPort,
            ServerTemporaryFailure,
            ServerPermanentFailure,
            ServerReplyInvalid,
            ServerNotResponding,
            ConnectionClosedByServer,
        ],
    ),
];

fn explains(cause: &Diagnosis, d: &Diagnosis) -> bool {
    EXPLAINS.iter().any(|(id, scope, consequences)| {
        cause.id == *id
            && consequences.contains(&d.id)
            && (*scope == Scope::AllPanels || cause.panel == d.panel)
    })
}

fn explained(d: &Diagnosis, all: &[Diagnosis]) -> bool {
    all.iter().any(|cause| explains(cause, d))
}

/// Fold `other` into `into`: keep the graver severity, the earlier step, every value and every
/// evidence line.
fn merge(into: &mut Diagnosis, other: Diagnosis) {
    into.severity = into.severity.min(other.severity);
    if other.step.chain_order() < into.step.chain_order() {
        into.step = other.step;
    }
    for name in other.vars.names().collect::<Vec<_>>() {
        if let Some(v) = other.vars.get(name) {
            into.vars.default_to(name, v.clone());
        }
    }
    for line in other.evidence {
        if !into.evidence.contains(&line) {
            into.evidence.push(line);
        }
    }
}

/// Whether two diagnoses are the same finding: same id on the same panel; the same id about
/// the same subject on any panel; or a machine-wide id anywhere.
fn same_finding(a: &Diagnosis, b: &Diagnosis) -> bool {
    a.id == b.id
        && (a.panel == b.panel
            || a.id.is_machine_wide()
            || (a.subject.is_some() && a.subject == b.subject))
}

/// Remove consequences, merge duplicates, order.
pub fn rank(all: Vec<Diagnosis>) -> Vec<Diagnosis> {
    // A cause that explains an error is an error itself: it is what blocks the mail.
    let mut kept: Vec<Diagnosis> = all
        .iter()
        .filter(|d| !explained(d, &all))
        .cloned()
        .map(|mut cause| {
            if all
                .iter()
                .any(|d| d.severity == Severity::Error && explains(&cause, d))
            {
                cause.severity = Severity::Error;
            }
            cause
        })
        .collect();
    // Merge in panel order, so a finding seen by several panels lands on the first.
    kept.sort_by_key(|d| d.panel);
    let mut merged: Vec<Diagnosis> = Vec::new();
    for d in kept {
        match merged.iter_mut().find(|m| same_finding(m, &d)) {
            Some(m) => merge(m, d),
            None => merged.push(d),
        }
    }
    merged.sort_by_key(|d| (d.severity, d.step.chain_order(), d.panel));
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Panel, StepKind};

    fn d(id: FindingId, panel: Panel, step: StepKind) -> Diagnosis {
        Diagnosis::new(id, panel, step)
    }

    #[test]
    fn consequences_go_causes_stay() {
        let out = rank(vec![
            d(SmtpRelayDenied, Panel::Outgoing, StepKind::RcptTo),
            d(SmtpAuthNotOffered, Panel::Outgoing, StepKind::Ehlo),
            d(SmtpRelayDenied, Panel::Incoming, StepKind::RcptTo),
        ]);
        let ids: Vec<_> = out.iter().map(|x| (x.id, x.panel)).collect();
        assert_eq!(
            ids,
            [
                (SmtpAuthNotOffered, Panel::Outgoing),
                (SmtpRelayDenied, Panel::Incoming)
            ],
            "a same-panel cause does not reach other panels"
        );
    }

    #[test]
    fn machine_wide_causes_reach_every_panel() {
        let out = rank(vec![
            d(CertExpired, Panel::Incoming, StepKind::Tls),
            d(CertExpired, Panel::Outgoing, StepKind::Tls),
            d(ClockSkew, Panel::Network, StepKind::Tls),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].id, ClockSkew);
    }

    #[test]
    fn order_is_severity_then_chain_then_panel() {
        let mut warn = d(NoUidl, Panel::Incoming, StepKind::Uidl);
        warn.severity = Severity::Warn;
        let out = rank(vec![
            warn,
            d(AuthFailed, Panel::Outgoing, StepKind::Login),
            d(TcpTimeout, Panel::Incoming, StepKind::Tcp),
            d(AuthFailed, Panel::Incoming, StepKind::Login),
        ]);
        let ids: Vec<_> = out.iter().map(|x| (x.id, x.panel)).collect();
        assert_eq!(
            ids,
            [
                (TcpTimeout, Panel::Incoming),
                (AuthFailed, Panel::Incoming),
                (AuthFailed, Panel::Outgoing),
                (NoUidl, Panel::Incoming),
            ]
        );
    }

    #[test]
    fn duplicates_merge_their_evidence() {
        let mut a = d(StarttlsNotOffered, Panel::Outgoing, StepKind::Starttls);
        a.evidence.push("one".into());
        let mut b = d(StarttlsNotOffered, Panel::Outgoing, StepKind::Ehlo);
        b.evidence.push("two".into());
        b.evidence.push("one".into());
        let out = rank(vec![a, b]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].evidence, ["one", "two"]);
        assert_eq!(out[0].step, StepKind::Ehlo, "the earlier step orders it");
    }

    #[test]
    fn same_subject_seen_by_two_panels_is_shown_once_on_the_first() {
        let mut net = d(DnsNotFound, Panel::Network, StepKind::Dns);
        net.subject = Some("pop.example.org".into());
        let mut inc = d(DnsNotFound, Panel::Incoming, StepKind::Dns);
        inc.subject = Some("pop.example.org".into());
        let mut other = d(DnsNotFound, Panel::Outgoing, StepKind::Dns);
        other.subject = Some("smtp.example.org".into());
        let out = rank(vec![inc, other, net]);
        let panels: Vec<_> = out.iter().map(|x| x.panel).collect();
        assert_eq!(panels, [Panel::Network, Panel::Outgoing]);
    }
}
