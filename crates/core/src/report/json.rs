//! The `--json` document. Its shape is a contract, checked against `check.schema.json`.

use serde::Serialize;

use crate::account::source::AccountSource;
use crate::finding::Finding;
use crate::model::{PanelReport, StepStatus};
use crate::report::Outcome;
use crate::working_settings::WorkingSetting;

/// The JSON Schema of the document, embedded so it ships with the tool.
pub const SCHEMA: &str = include_str!("check.schema.json");

/// The version of the document's shape, as the schema states it: 2 added each panel's
/// `protocol`; 3 added `account_source`'s `imap_from`, `found_imap` and `offers` (which
/// incoming protocols the provider offers).
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Serialize)]
struct Document<'a> {
    tool: &'static str,
    version: &'static str,
    schema_version: u32,
    status: &'static str,
    panels: &'a [PanelReport],
    findings: &'a [Finding],
    working_settings: &'a [WorkingSetting],
    #[serde(skip_serializing_if = "Option::is_none")]
    account_source: Option<&'a AccountSource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    imap_beside: Option<Beside<'a>>,
}

/// The IMAP check run beside the POP3 one (`--pop3` and `--imap` together).
#[derive(Serialize)]
struct Beside<'a> {
    status: &'static str,
    panels: &'a [PanelReport],
    findings: &'a [Finding],
    working_settings: &'a [WorkingSetting],
}

/// Render the outcome as one pretty-printed JSON document.
pub fn render(outcome: &Outcome) -> String {
    render_with(outcome, None)
}

/// Render the outcome, and the IMAP check run beside it when there was one, as one document;
/// its `status` is the worse of the two.
pub fn render_with(outcome: &Outcome, imap_beside: Option<&Outcome>) -> String {
    let status = match imap_beside {
        Some(beside) => worse(outcome.status(), beside.status()),
        None => outcome.status(),
    };
    let doc = Document {
        tool: "mailtriage",
        version: env!("CARGO_PKG_VERSION"),
        schema_version: SCHEMA_VERSION,
        imap_beside: imap_beside.map(|b| Beside {
            status: b.status().as_str(),
            panels: &b.state.panels,
            findings: &b.findings,
            working_settings: &b.working_settings,
        }),
        status: status.as_str(),
        panels: &outcome.state.panels,
        findings: &outcome.findings,
        working_settings: &outcome.working_settings,
        account_source: outcome.account_source.as_ref(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| {
        format!("{{\"tool\":\"mailtriage\",\"error\":\"cannot encode the report: {e}\"}}")
    })
}

/// The worse of two run statuses: failed, then warn, then ok.
fn worse(a: StepStatus, b: StepStatus) -> StepStatus {
    let rank = |s: StepStatus| match s {
        StepStatus::Failed => 2,
        StepStatus::Warn => 1,
        _ => 0,
    };
    if rank(b) > rank(a) { b } else { a }
}
