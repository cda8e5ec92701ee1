//! The `--json` document. Its shape is a contract, checked against `check.schema.json`.

use serde::Serialize;

use crate::account::source::AccountSource;
use crate::finding::Finding;
use crate::model::PanelReport;
use crate::report::Outcome;
use crate::working_settings::WorkingSetting;

/// The JSON Schema of the document, embedded so it ships with the tool.
pub const SCHEMA: &str = include_str!("check.schema.json");

/// The version of the document's shape, as the schema states it: 2 added each panel's
/// `protocol`; 3 made the IMAP check beside POP3 a panel of its own (`imap-beside`) in the same
/// run, in place of a second document under `imap_beside`, and added `account_source`'s
/// `imap_from`, `found_imap` and `offers` (which incoming protocols the provider offers).
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
}

/// Render the outcome as one pretty-printed JSON document.
pub fn render(outcome: &Outcome) -> String {
    let doc = Document {
        tool: "mailtriage",
        version: env!("CARGO_PKG_VERSION"),
        schema_version: SCHEMA_VERSION,
        status: outcome.status().as_str(),
        panels: &outcome.state.panels,
        findings: &outcome.findings,
        working_settings: &outcome.working_settings,
        account_source: outcome.account_source.as_ref(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| {
        format!("{{\"tool\":\"mailtriage\",\"error\":\"cannot encode the report: {e}\"}}")
    })
}
