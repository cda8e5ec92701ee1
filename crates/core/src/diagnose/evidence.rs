//! Evidence lines: the server line, TLS error, timing, certificate dates or capability list
//! behind a finding, quoted from the observations and made safe to print.

use crate::model::{
    CertSummary, CertVerdict, Evidence, IoFailure, Said, StepRecord, StepStatus, TlsFailure,
    TlsInfo,
};
use crate::said;
use crate::sanitize::sanitize_str;

/// Observed text made safe, with multi-line replies on one line.
pub fn clean(text: &str) -> String {
    text.lines()
        .map(|l| sanitize_str(l.trim_end()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What went wrong on the network, in words (`connection refused`, `no answer (timeout)`).
pub fn io_failure_name(failure: IoFailure) -> Said {
    Said::Phrase {
        key: match failure {
            IoFailure::Refused => "evidence-io-refused",
            IoFailure::Timeout => "evidence-io-timeout",
            IoFailure::Reset => "evidence-io-reset",
            IoFailure::Closed => "evidence-io-closed",
            IoFailure::Unreachable => "evidence-io-unreachable",
            IoFailure::NotFound => "evidence-io-not-found",
            IoFailure::ResolverFailed => "evidence-io-resolver-failed",
            IoFailure::TooLong => "evidence-io-too-long",
            IoFailure::Incomplete => "evidence-io-incomplete",
            IoFailure::Protocol => "evidence-io-protocol",
            IoFailure::Other => "evidence-io-other",
        },
        args: Vec::new(),
    }
}

/// What went wrong in a TLS handshake, in words.
pub fn tls_failure_name(failure: TlsFailure) -> Said {
    Said::Phrase {
        key: match failure {
            TlsFailure::NotTls => "evidence-tls-not-tls",
            TlsFailure::Malformed => "evidence-tls-malformed",
            TlsFailure::UnexpectedBytes => "evidence-tls-unexpected-bytes",
            TlsFailure::Alert => "evidence-tls-alert",
            TlsFailure::ProtocolVersion => "evidence-tls-protocol-version",
            TlsFailure::Certificate => "evidence-tls-certificate",
            TlsFailure::Eof => "evidence-tls-eof",
            TlsFailure::Timeout => "evidence-tls-timeout",
            TlsFailure::Other => "evidence-tls-other",
        },
        args: Vec::new(),
    }
}

/// A step's outcome in one word (`ok`, `failed`).
fn status_name(status: StepStatus) -> Said {
    Said::Phrase {
        key: match status {
            StepStatus::Pending => "report-status-pending",
            StepStatus::Running => "report-status-running",
            StepStatus::Ok => "report-status-ok",
            StepStatus::Warn => "report-status-warn",
            StepStatus::Failed => "report-status-failed",
            StepStatus::Skipped => "report-status-skipped",
        },
        args: Vec::new(),
    }
}

/// A certificate verdict in one word or two (`expired`, `valid`).
fn verdict_name(verdict: CertVerdict) -> Said {
    Said::Phrase {
        key: match verdict {
            CertVerdict::Valid => "report-cert-valid",
            CertVerdict::Expired => "report-cert-expired",
            CertVerdict::NotYetValid => "report-cert-not-yet-valid",
            CertVerdict::NameMismatch => "report-cert-name-mismatch",
            CertVerdict::Untrusted => "report-cert-untrusted",
            CertVerdict::ChainInvalid => "report-cert-chain-invalid",
            CertVerdict::Unknown => "report-cert-unknown",
        },
        args: Vec::new(),
    }
}

/// A duration as the evidence lines write it (`350 ms`, `10.0 s`).
pub fn seconds(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{:.1} s", ms / 1000.0)
    } else {
        format!("{ms:.0} ms")
    }
}

/// `step [target]`, the prefix of a step's evidence line.
fn step_label(step: &StepRecord) -> Said {
    let name = Said::Phrase {
        key: step.step.label_key(),
        args: Vec::new(),
    };
    match &step.target {
        Some(t) => said!("evidence-step-at", step = name, target = clean(t)),
        None => name,
    }
}

/// `line (detail)`: a line with the probe's own words on what happened added.
fn with_detail(line: Said, detail: &Said) -> Said {
    if detail.is_empty() {
        line
    } else {
        let mut detail = detail.clone();
        detail.texts_mut(&mut |text| *text = clean(text));
        said!("evidence-with-detail", line = line, detail = detail)
    }
}

/// The probe's words made safe to print, as [`clean`] does for text.
pub fn cleaned(said: &Said) -> Said {
    let mut said = said.clone();
    said.texts_mut(&mut |text| *text = clean(text));
    said
}

/// One line describing what a step recorded, or its detail when it recorded no evidence.
pub fn step_line(step: &StepRecord) -> Said {
    let label = step_label(step);
    match &step.evidence {
        Some(Evidence::Reply { sent, reply }) => match sent {
            Some(sent) => said!(
                "evidence-sent-reply",
                step = label,
                sent = clean(sent),
                reply = clean(reply)
            ),
            None => said!("evidence-reply", step = label, reply = clean(reply)),
        },
        Some(Evidence::Io { failure, message }) => {
            let line = if *failure == IoFailure::Timeout {
                said!(
                    "evidence-io-after",
                    step = label,
                    failure = io_failure_name(*failure),
                    time = seconds(step.elapsed_ms)
                )
            } else {
                said!(
                    "evidence-io",
                    step = label,
                    failure = io_failure_name(*failure)
                )
            };
            with_detail(line, message)
        }
        Some(Evidence::Tls {
            failure,
            message,
            peer_bytes,
        }) => {
            let line = with_detail(
                said!(
                    "evidence-io",
                    step = label,
                    failure = tls_failure_name(*failure)
                ),
                message,
            );
            match peer_bytes {
                Some(bytes) => said!("evidence-peer-sent", line = line, bytes = clean(bytes)),
                None => line,
            }
        }
        Some(Evidence::SpeaksTls { how }) => {
            said!("evidence-speaks-tls", step = label, how = cleaned(how))
        }
        Some(Evidence::Declined { reason }) => {
            said!("evidence-declined", step = label, reason = cleaned(reason))
        }
        None if step.detail.is_empty() => {
            said!(
                "evidence-io",
                step = label,
                failure = status_name(step.status)
            )
        }
        None => said!("evidence-io", step = label, failure = step.detail.clone()),
    }
}

/// [`step_line`] for a step recorded without a target (a mail panel's own DNS or TCP step),
/// naming the host and port it aimed at, so lines from several panels stay distinct.
pub fn located_line(step: &StepRecord, host: &str, port: Option<u16>) -> Said {
    if step.target.is_some() {
        return step_line(step);
    }
    let mut located = step.clone();
    located.target = Some(match port {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    });
    step_line(&located)
}

/// Seconds since the Unix epoch as RFC 3339 (UTC).
pub fn rfc3339(secs: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| format!("@{secs}"))
}

/// A certificate's subject, issuer and validity window (from the parsed dates, which are the
/// ones the verdict was judged on).
pub fn cert_line(cert: &CertSummary) -> Said {
    said!(
        "evidence-certificate",
        subject = clean(&cert.subject),
        issuer = clean(&cert.issuer),
        from = rfc3339(cert.not_before_unix),
        to = rfc3339(cert.not_after_unix)
    )
}

/// The verdict of a TLS connection, with its detail.
pub fn verdict_line(tls: &TlsInfo) -> Said {
    with_detail(
        said!(
            "evidence-certificate-check",
            host = clean(&tls.server_name),
            verdict = verdict_name(tls.verdict)
        ),
        &tls.verdict_detail,
    )
}

/// Most items quoted from a server-supplied list (certificate names, capabilities, mechanisms);
/// a hostile server can send thousands.
pub const MAX_LISTED: usize = 12;

/// The first [`MAX_LISTED`] items, cleaned, with a count of the rest.
pub fn bounded_list<'a>(items: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = 0usize;
    for item in items {
        if out.len() < MAX_LISTED {
            out.push(clean(item));
        } else {
            rest += 1;
        }
    }
    if rest > 0 {
        out.push(format!("(+{rest})"));
    }
    out
}

/// A capability list (POP3 CAPA or SMTP EHLO keywords).
pub fn capabilities_line(command: &str, capabilities: &[String]) -> Said {
    said!(
        "evidence-capabilities",
        command = command,
        list = bounded_list(capabilities).join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StepKind;

    fn record(evidence: Option<Evidence>) -> StepRecord {
        StepRecord {
            step: StepKind::Greeting,
            target: None,
            status: StepStatus::Failed,
            elapsed_ms: 10_000.0,
            detail: String::new().into(),
            evidence,
        }
    }

    #[test]
    fn lines_quote_replies_timings_and_peer_bytes() {
        let r = record(Some(Evidence::Reply {
            sent: Some("PASS ***".into()),
            reply: "534-5.7.9 first\n534 5.7.9 second".into(),
        }));
        assert_eq!(
            step_line(&r).english(),
            "greeting: PASS *** -> 534-5.7.9 first 534 5.7.9 second"
        );
        let r = record(Some(Evidence::Io {
            failure: IoFailure::Timeout,
            message: String::new().into(),
        }));
        assert_eq!(
            step_line(&r).english(),
            "greeting: no answer (timeout) after 10.0 s"
        );
        let r = record(Some(Evidence::Tls {
            failure: TlsFailure::NotTls,
            message: "corrupt message".into(),
            peer_bytes: Some("+OK Dovecot ready.".into()),
        }));
        assert!(
            step_line(&r)
                .english()
                .ends_with("the server sent \"+OK Dovecot ready.\"")
        );
    }

    #[test]
    fn certificate_dates_come_from_the_parsed_times() {
        let cert = CertSummary {
            subject: "CN=pop.example.org".into(),
            issuer: "CN=Example CA".into(),
            dns_names: Vec::new(),
            ip_addresses: Vec::new(),
            not_before: "garbled".into(),
            not_after: "garbled".into(),
            not_before_unix: 1_704_067_200,
            not_after_unix: 1_735_689_600,
            sha256_fingerprint: String::new(),
        };
        assert_eq!(
            cert_line(&cert).english(),
            "certificate CN=pop.example.org issued by CN=Example CA, valid from 2024-01-01T00:00:00Z to 2025-01-01T00:00:00Z"
        );
    }

    #[test]
    fn long_server_lists_are_cut() {
        let many: Vec<String> = (0..100).map(|i| format!("X{i}")).collect();
        let listed = bounded_list(&many);
        assert_eq!(listed.len(), MAX_LISTED + 1);
        assert_eq!(listed.last().map(String::as_str), Some("(+88)"));
        assert_eq!(bounded_list(&many[..2]), ["X0", "X1"]);
    }

    #[test]
    fn control_characters_never_pass() {
        let r = record(Some(Evidence::Reply {
            sent: None,
            reply: "-ERR \u{1b}[2Jgone".into(),
        }));
        let line = step_line(&r).english().into_owned();
        assert!(!line.chars().any(char::is_control), "{line}");
    }
}
