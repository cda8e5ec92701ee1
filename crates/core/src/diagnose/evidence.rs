//! Evidence lines: the server line, TLS error, timing, certificate dates or capability list
//! behind a finding, quoted from the observations and made safe to print.

use crate::model::{CertSummary, Evidence, IoFailure, StepRecord, TlsFailure, TlsInfo};
use crate::sanitize::sanitize_str;

/// Observed text made safe, with multi-line replies on one line.
pub fn clean(text: &str) -> String {
    text.lines()
        .map(|l| sanitize_str(l.trim_end()))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn io_failure_name(failure: IoFailure) -> &'static str {
    match failure {
        IoFailure::Refused => "connection refused",
        IoFailure::Timeout => "no answer (timeout)",
        IoFailure::Reset => "connection reset",
        IoFailure::Closed => "connection closed by the server",
        IoFailure::Unreachable => "network or host unreachable",
        IoFailure::NotFound => "name not found",
        IoFailure::ResolverFailed => "name resolution failed",
        IoFailure::TooLong => "reply too long",
        IoFailure::Incomplete => "incomplete answer",
        IoFailure::Protocol => "protocol error",
        IoFailure::Other => "error",
    }
}

pub fn tls_failure_name(failure: TlsFailure) -> &'static str {
    match failure {
        TlsFailure::NotTls => "the server answered in plain text, not TLS",
        TlsFailure::Malformed => "the server's TLS answer is malformed",
        TlsFailure::UnexpectedBytes => "the server answered with data that is not TLS",
        TlsFailure::Alert => "TLS alert",
        TlsFailure::ProtocolVersion => "no TLS version in common",
        TlsFailure::Certificate => "certificate rejected",
        TlsFailure::Eof => "connection closed during the TLS handshake",
        TlsFailure::Timeout => "TLS handshake timed out",
        TlsFailure::Other => "TLS error",
    }
}

fn seconds(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{:.1} s", ms / 1000.0)
    } else {
        format!("{ms:.0} ms")
    }
}

/// `step [target]`, the prefix of a step's evidence line.
fn step_label(step: &StepRecord) -> String {
    match &step.target {
        Some(t) => format!("{} {}", step.step, clean(t)),
        None => step.step.to_string(),
    }
}

/// One line describing what a step recorded, or its detail when it recorded no evidence.
pub fn step_line(step: &StepRecord) -> String {
    let label = step_label(step);
    match &step.evidence {
        Some(Evidence::Reply { sent, reply }) => match sent {
            Some(sent) => format!("{label}: {} -> {}", clean(sent), clean(reply)),
            None => format!("{label}: {}", clean(reply)),
        },
        Some(Evidence::Io { failure, message }) => {
            let mut line = format!("{label}: {}", io_failure_name(*failure));
            if *failure == IoFailure::Timeout {
                line.push_str(&format!(" after {}", seconds(step.elapsed_ms)));
            }
            if !message.is_empty() {
                line.push_str(&format!(" ({})", clean(message)));
            }
            line
        }
        Some(Evidence::Tls {
            failure,
            message,
            peer_bytes,
        }) => {
            let mut line = format!("{label}: {}", tls_failure_name(*failure));
            if !message.is_empty() {
                line.push_str(&format!(" ({})", clean(message)));
            }
            if let Some(bytes) = peer_bytes {
                line.push_str(&format!("; the server sent \"{}\"", clean(bytes)));
            }
            line
        }
        Some(Evidence::SpeaksTls { how }) => {
            format!("{label}: the port answered with TLS ({})", clean(how))
        }
        Some(Evidence::Declined { reason }) => format!("{label}: not attempted: {}", clean(reason)),
        None if step.detail.is_empty() => format!("{label}: {}", step.status.as_str()),
        None => format!("{label}: {}", clean(&step.detail.english())),
    }
}

/// [`step_line`] for a step recorded without a target (a mail panel's own DNS or TCP step),
/// naming the host and port it aimed at, so lines from several panels stay distinct.
pub fn located_line(step: &StepRecord, host: &str, port: Option<u16>) -> String {
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
pub fn cert_line(cert: &CertSummary) -> String {
    format!(
        "certificate {} issued by {}, valid from {} to {}",
        clean(&cert.subject),
        clean(&cert.issuer),
        rfc3339(cert.not_before_unix),
        rfc3339(cert.not_after_unix)
    )
}

/// The verdict of a TLS connection, with its detail.
pub fn verdict_line(tls: &TlsInfo) -> String {
    let mut line = format!(
        "certificate check for {}: {}",
        clean(&tls.server_name),
        tls.verdict.as_str()
    );
    if !tls.verdict_detail.is_empty() {
        line.push_str(&format!(" ({})", clean(&tls.verdict_detail)));
    }
    line
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
pub fn capabilities_line(command: &str, capabilities: &[String]) -> String {
    format!(
        "{command} capabilities: {}",
        bounded_list(capabilities).join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{StepKind, StepStatus};

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
            step_line(&r),
            "greeting: PASS *** -> 534-5.7.9 first 534 5.7.9 second"
        );
        let r = record(Some(Evidence::Io {
            failure: IoFailure::Timeout,
            message: String::new(),
        }));
        assert_eq!(step_line(&r), "greeting: no answer (timeout) after 10.0 s");
        let r = record(Some(Evidence::Tls {
            failure: TlsFailure::NotTls,
            message: "corrupt message".into(),
            peer_bytes: Some("+OK Dovecot ready.".into()),
        }));
        assert!(step_line(&r).ends_with("the server sent \"+OK Dovecot ready.\""));
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
            cert_line(&cert),
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
        let line = step_line(&r);
        assert!(!line.chars().any(char::is_control), "{line}");
    }
}
