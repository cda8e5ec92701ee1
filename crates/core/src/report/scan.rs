//! The `scan` command's output: the port scan as a port × security matrix with the recommended
//! settings, or as one JSON document. The text's words are the `report-scan-…` and
//! `report-verdict-…` texts of the locale files.
//!
//! ```text
//! SMTP  smtp.example.org
//!   port     tls                   starttls              none
//!   25       -                     ✗ timeout   10.0 s    ✗ timeout   10.0 s
//!   465      ✓ works        31 ms  -                     -
//!   587*     -                     ✓ works        24 ms  ✓ works        12 ms
//!   2525     -                     ✗ refused       1 ms  ✗ refused       1 ms
//! Recommended: SMTP 587 starttls (the configured setting works)
//! ```

use std::borrow::Cow;
use std::fmt::Write;

use serde::Serialize;

use crate::account::{Endpoint, Protocol, Security};
use crate::finding::Lang;
use crate::i18n;
use crate::port_scan::{
    ScanCell, ScanResult, Verdict, recommend, recommendation_reason, unencrypted_only_ports,
    withheld_reason,
};
use crate::report::text::{arg, security_word};
use crate::report::{EXIT_FAILED, EXIT_OK};
use crate::sanitize::sanitize_str;

/// Width of one matrix cell, in characters.
const CELL_WIDTH: usize = 22;
/// Width of the port column.
const PORT_WIDTH: usize = 8;

/// Symbol and word of a verdict (`report-verdict-<verdict>`); the word keeps the meaning
/// without Unicode.
pub fn verdict_mark(
    verdict: Verdict,
    ascii: bool,
    lang: Lang,
) -> (&'static str, Cow<'static, str>) {
    let symbol = match (verdict, ascii) {
        (Verdict::Works, false) => "✓",
        (Verdict::Works, true) => "+",
        (Verdict::Certificate, _) => "!",
        (_, false) => "✗",
        (_, true) => "x",
    };
    (
        symbol,
        i18n::text(lang, &format!("report-verdict-{}", verdict.as_str())),
    )
}

/// "12 ms", or "10.0 s" from ten seconds on.
fn timing(elapsed_ms: f64) -> String {
    if elapsed_ms >= 10_000.0 {
        format!("{:.1} s", elapsed_ms / 1000.0)
    } else {
        format!("{elapsed_ms:.0} ms")
    }
}

fn pad(text: &str, width: usize) -> String {
    let used = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}

fn cell_text(cell: Option<&ScanCell>, ascii: bool, lang: Lang) -> String {
    match cell {
        None => "-".to_string(),
        Some(cell) => {
            let (symbol, word) = verdict_mark(cell.verdict, ascii, lang);
            let time = timing(cell.elapsed_ms);
            let head = format!("{symbol} {word}");
            let gap = (CELL_WIDTH - 2).saturating_sub(head.chars().count() + time.chars().count());
            format!("{head}{}{time}", " ".repeat(gap.max(1)))
        }
    }
}

fn matrix(out: &mut String, result: &ScanResult, protocol: Protocol, ascii: bool, lang: Lang) {
    let Some(configured) = result.configured(protocol) else {
        return;
    };
    let _ = writeln!(
        out,
        "{}  {}",
        protocol.as_str(),
        sanitize_str(&configured.host)
    );
    let mut header = format!(
        "  {}",
        pad(&i18n::text(lang, "report-scan-port"), PORT_WIDTH)
    );
    for security in Security::ALL {
        header.push_str(&pad(&security_word(security, lang), CELL_WIDTH));
    }
    let _ = writeln!(out, "{}", header.trim_end());
    let mut ports: Vec<u16> = result.cells_of(protocol).map(|c| c.port).collect();
    ports.dedup();
    for port in ports {
        let mark = if port == configured.port { "*" } else { "" };
        let mut row = format!("  {}", pad(&format!("{port}{mark}"), PORT_WIDTH));
        for security in Security::ALL {
            row.push_str(&pad(
                &cell_text(result.cell(protocol, port, security), ascii, lang),
                CELL_WIDTH,
            ));
        }
        let _ = writeln!(out, "{}", row.trim_end());
    }
    let setting = |port: u16, security: Security| {
        [
            arg("port", port.to_string()),
            arg("security", security_word(security, lang)),
        ]
    };
    let _ = writeln!(
        out,
        "  * {}",
        i18n::text_with(
            lang,
            "report-scan-configured",
            &setting(configured.port, configured.security)
        )
    );
    for cell in result.cells_of(protocol) {
        if cell.verdict == Verdict::Works {
            continue;
        }
        let word = match cell.certificate {
            Some(verdict) if cell.verdict == Verdict::Certificate => i18n::text_with(
                lang,
                "report-scan-certificate",
                &[arg(
                    "verdict",
                    i18n::text(lang, &format!("report-cert-{}", verdict.as_str())),
                )],
            ),
            _ => verdict_mark(cell.verdict, ascii, lang).1.into_owned(),
        };
        let _ = writeln!(
            out,
            "  {} {}: {word}: {}",
            cell.port,
            security_word(cell.security, lang),
            sanitize_str(&cell.detail.render(lang))
        );
    }
    for port in unencrypted_only_ports(result, protocol, &configured.host) {
        let _ = writeln!(
            out,
            "  {}",
            i18n::text_with(
                lang,
                "report-scan-unencrypted-only",
                &setting(port, Security::None)
            )
        );
    }
    let recommendation = match recommend(result, protocol, configured) {
        Some(best) => i18n::text_with(
            lang,
            "report-scan-recommended",
            &[
                arg("protocol", protocol.as_str()),
                arg("port", best.port.to_string()),
                arg("security", security_word(best.security, lang)),
                arg("why", recommendation_reason(configured, &best, lang)),
            ],
        ),
        None => {
            let why = withheld_reason(result, protocol, configured, lang).unwrap_or_else(|| {
                i18n::text_with(
                    lang,
                    "report-scan-none-worked",
                    &[arg("host", sanitize_str(&configured.host))],
                )
                .into()
            });
            i18n::text_with(
                lang,
                "report-scan-nothing",
                &[arg("protocol", protocol.as_str()), arg("why", why)],
            )
        }
    };
    let _ = writeln!(out, "{recommendation}");
}

/// The matrix of every scanned protocol, with the recommendations, in `lang`.
pub fn render_text(result: &ScanResult, ascii: bool, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        i18n::text_with(
            lang,
            "report-scan-title",
            &[arg(
                "seconds",
                format!("{:.1}", result.step_timeout_ms / 1000.0)
            )],
        )
    );
    for protocol in [Protocol::Pop3, Protocol::Imap, Protocol::Smtp] {
        if result.configured(protocol).is_some() {
            let _ = writeln!(out);
            matrix(&mut out, result, protocol, ascii, lang);
        }
    }
    out
}

#[derive(Serialize)]
struct PerProtocol<T> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pop3: Option<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    imap: Option<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    smtp: Option<T>,
}

#[derive(Serialize)]
struct Document<'a> {
    tool: &'static str,
    version: &'static str,
    command: &'static str,
    step_timeout_ms: f64,
    configured: PerProtocol<&'a Endpoint>,
    cells: &'a [ScanCell],
    /// Per scanned protocol: the closest working setting that does not lower security, or null
    /// when none did.
    recommended: PerProtocol<Option<Endpoint>>,
    /// Per scanned protocol: the ports that answer only without encryption (never recommended).
    unencrypted_only: PerProtocol<Vec<u16>>,
}

/// The scan as one pretty-printed JSON document.
pub fn render_json(result: &ScanResult) -> String {
    let recommended = |protocol| {
        result
            .configured(protocol)
            .map(|configured| recommend(result, protocol, configured))
    };
    let unencrypted = |protocol| {
        result
            .configured(protocol)
            .map(|configured| unencrypted_only_ports(result, protocol, &configured.host))
    };
    let doc = Document {
        tool: "mailtriage",
        version: env!("CARGO_PKG_VERSION"),
        command: "scan",
        step_timeout_ms: result.step_timeout_ms,
        configured: PerProtocol {
            pop3: result.configured(Protocol::Pop3),
            imap: result.configured(Protocol::Imap),
            smtp: result.configured(Protocol::Smtp),
        },
        cells: &result.cells,
        recommended: PerProtocol {
            pop3: recommended(Protocol::Pop3),
            imap: recommended(Protocol::Imap),
            smtp: recommended(Protocol::Smtp),
        },
        unencrypted_only: PerProtocol {
            pop3: unencrypted(Protocol::Pop3),
            imap: unencrypted(Protocol::Imap),
            smtp: unencrypted(Protocol::Smtp),
        },
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| {
        format!("{{\"tool\":\"mailtriage\",\"error\":\"cannot encode the scan: {e}\"}}")
    })
}

/// 0 when every scanned protocol has a working setting that may be recommended, 1 otherwise.
pub fn exit_code(result: &ScanResult) -> i32 {
    let all_work = result
        .configured
        .iter()
        .all(|(protocol, configured)| recommend(result, *protocol, configured).is_some());
    if all_work { EXIT_OK } else { EXIT_FAILED }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Panel, PanelReport};
    use crate::port_scan::ScanSpec;

    fn cell(port: u16, security: Security, verdict: Verdict) -> ScanCell {
        ScanCell {
            protocol: Protocol::Pop3,
            host: "pop.example.test".into(),
            port,
            security,
            verdict,
            certificate: None,
            elapsed_ms: 2.0,
            detail: "+OK ready".into(),
            report: PanelReport::new(Panel::Incoming),
        }
    }

    /// STARTTLS stripped on 110 and 995 closed: only plain text answers.
    fn stripped(tls_995: Verdict) -> ScanResult {
        ScanResult {
            configured: vec![(
                Protocol::Pop3,
                Endpoint {
                    host: "pop.example.test".into(),
                    port: 110,
                    security: Security::Starttls,
                },
            )],
            cells: vec![
                cell(110, Security::Starttls, Verdict::NoStarttls),
                cell(110, Security::None, Verdict::Works),
                cell(995, Security::Tls, tls_995),
            ],
            spec: ScanSpec::default(),
            step_timeout_ms: 3000.0,
            sends_password: vec![Protocol::Pop3],
        }
    }

    #[test]
    fn plain_text_is_a_fact_never_the_recommendation() {
        let result = stripped(Verdict::Refused);
        let text = render_text(&result, true, Lang::En);
        assert!(
            text.contains(
                "  110 none: this port answers only without encryption: do not use it with a password"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "Recommended: nothing for POP3: only settings without encryption worked, and they would lower the configured security"
            ),
            "{text}"
        );
        let doc: serde_json::Value = serde_json::from_str(&render_json(&result)).unwrap();
        assert!(doc["recommended"]["pop3"].is_null(), "{doc:#}");
        assert_eq!(doc["unencrypted_only"]["pop3"], serde_json::json!([110]));
        assert_eq!(exit_code(&result), EXIT_FAILED);
    }

    #[test]
    fn the_implicit_tls_port_is_recommended_when_it_works() {
        let result = stripped(Verdict::Works);
        let text = render_text(&result, true, Lang::En);
        assert!(
            text.contains("Recommended: POP3 995 tls (closest working to what was configured)"),
            "{text}"
        );
        assert!(text.contains("  110 none: this port answers only without encryption"));
        let doc: serde_json::Value = serde_json::from_str(&render_json(&result)).unwrap();
        assert_eq!(doc["recommended"]["pop3"]["port"], 995);
        assert_eq!(doc["recommended"]["pop3"]["security"], "tls");
        assert_eq!(exit_code(&result), EXIT_OK);
    }
}
