//! The `--json` document. Its shape is a contract, checked against `check.schema.json`.

use serde::Serialize;
use serde_json::Value;

use crate::account::source::AccountSource;
use crate::finding::Finding;
use crate::model::PanelReport;
use crate::report::Outcome;
use crate::settings::Lang;
use crate::working_settings::WorkingSetting;

/// The JSON Schema of the document, embedded so it ships with the tool.
pub const SCHEMA: &str = include_str!("check.schema.json");

/// The version of the document's shape, as the schema states it: 2 added each panel's
/// `protocol`; 3 made the IMAP check beside POP3 a panel of its own (`imap-beside`) in the same
/// run, in place of a second document under `imap_beside`, and added `account_source`'s
/// `imap_from`, `found_imap` and `offers` (which incoming protocols the provider offers); 4 puts
/// step details and transcript notes in the language asked for, with their stable keys beside
/// them (`detail_id`, `text_id`).
pub const SCHEMA_VERSION: u32 = 4;

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

/// Render the outcome as one pretty-printed JSON document, its words in English.
pub fn render(outcome: &Outcome) -> String {
    render_in(outcome, Lang::En)
}

/// Render the outcome as one pretty-printed JSON document, step details and transcript notes
/// in `lang`, each with the stable key of its message beside it.
pub fn render_in(outcome: &Outcome, lang: Lang) -> String {
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
    let encoded = serde_json::to_value(&doc).map(|mut value| {
        say_in(&mut value, outcome, lang);
        value
    });
    encoded
        .and_then(|value| serde_json::to_string_pretty(&value))
        .unwrap_or_else(|e| {
            format!("{{\"tool\":\"mailtriage\",\"error\":\"cannot encode the report: {e}\"}}")
        })
}

/// Put the panels' step details and transcript notes into `lang`'s words and name their keys.
/// The document was just encoded from the same panels, so their order is the same.
fn say_in(doc: &mut Value, outcome: &Outcome, lang: Lang) {
    let Some(panels) = doc.get_mut("panels").and_then(Value::as_array_mut) else {
        return;
    };
    for (encoded, panel) in panels.iter_mut().zip(&outcome.state.panels) {
        if let Some(steps) = encoded.get_mut("steps").and_then(Value::as_array_mut) {
            for (step, record) in steps.iter_mut().zip(&panel.steps) {
                say(step, "detail", "detail_id", &record.detail, lang);
            }
        }
        if let Some(lines) = encoded.get_mut("transcript").and_then(Value::as_array_mut) {
            for (line, record) in lines.iter_mut().zip(&panel.transcript) {
                say(line, "text", "text_id", &record.text, lang);
            }
        }
    }
}

fn say(object: &mut Value, field: &str, id_field: &str, said: &crate::model::Said, lang: Lang) {
    let Some(object) = object.as_object_mut() else {
        return;
    };
    object.insert(field.into(), Value::String(said.render(lang).into_owned()));
    if let Some(key) = said.key() {
        object.insert(id_field.into(), Value::String(key.into()));
    }
}
