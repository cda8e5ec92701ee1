//! Look-ups and assertions over the `check --json` document that fail with a readable account of
//! what the run saw (each panel's steps and transcript).

use serde_json::Value;

use super::run::CheckOutput;
use super::secrets::secret_forms;

/// The names of the panels in the document, in order.
pub fn panel_names(doc: &Value) -> Vec<String> {
    doc["panels"]
        .as_array()
        .map(|panels| {
            panels
                .iter()
                .filter_map(|p| p["panel"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The report of one panel.
pub fn panel<'a>(doc: &'a Value, name: &str) -> &'a Value {
    doc["panels"]
        .as_array()
        .and_then(|panels| panels.iter().find(|p| p["panel"] == name))
        .unwrap_or_else(|| panic!("no panel {name:?} in the document\n{}", summary(doc)))
}

/// Every step of a kind in a panel, in order (EHLO may appear twice).
pub fn steps<'a>(doc: &'a Value, panel_name: &str, kind: &str) -> Vec<&'a Value> {
    panel(doc, panel_name)["steps"]
        .as_array()
        .map(|steps| steps.iter().filter(|s| s["step"] == kind).collect())
        .unwrap_or_default()
}

/// The last step of a kind in a panel; fails when there is none.
pub fn step<'a>(doc: &'a Value, panel_name: &str, kind: &str) -> &'a Value {
    steps(doc, panel_name, kind)
        .last()
        .copied()
        .unwrap_or_else(|| panic!("no {panel_name}/{kind} step\n{}", summary(doc)))
}

/// Fails unless the last step of a kind has this status; returns the step.
pub fn assert_step<'a>(doc: &'a Value, panel_name: &str, kind: &str, status: &str) -> &'a Value {
    let found = step(doc, panel_name, kind);
    assert_eq!(
        found["status"],
        status,
        "{panel_name}/{kind} is {} (expected {status})\n{}",
        found["status"],
        summary(doc)
    );
    found
}

/// Fails if a step of this kind ran: it must be absent or skipped.
pub fn assert_not_run(doc: &Value, panel_name: &str, kind: &str) {
    for found in steps(doc, panel_name, kind) {
        assert_eq!(
            found["status"],
            "skipped",
            "{panel_name}/{kind} ran although it must not\n{}",
            summary(doc)
        );
    }
}

/// The evidence of a step, which must be of this kind (`reply`, `io`, `tls`, `speaks-tls`,
/// `declined`).
pub fn evidence<'a>(step: &'a Value, kind: &str) -> &'a Value {
    let evidence = &step["evidence"];
    assert_eq!(
        evidence["kind"], kind,
        "step {} has evidence {evidence} (expected kind {kind})\nstep: {step:#}",
        step["step"]
    );
    evidence
}

/// The ids of the findings, in order.
pub fn finding_ids(doc: &Value) -> Vec<String> {
    doc["findings"]
        .as_array()
        .map(|findings| {
            findings
                .iter()
                .filter_map(|f| f["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Fails unless a finding with this id is present.
pub fn assert_finding(doc: &Value, id: &str) {
    let ids = finding_ids(doc);
    assert!(
        ids.iter().any(|found| found == id),
        "no finding {id:?}; findings: {ids:?}\n{}",
        summary(doc)
    );
}

/// The finding with this id; fails when there is none.
pub fn finding<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["findings"]
        .as_array()
        .and_then(|findings| findings.iter().find(|f| f["id"] == id))
        .unwrap_or_else(|| {
            panic!(
                "no finding {id:?}; findings: {:?}\n{}",
                finding_ids(doc),
                summary(doc)
            )
        })
}

/// The evidence lines of a finding.
pub fn finding_evidence(finding: &Value) -> Vec<String> {
    finding["evidence"]
        .as_array()
        .map(|lines| {
            lines
                .iter()
                .filter_map(|l| l.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Fails unless a finding with this id is present and one of its evidence lines contains
/// `quoted` (the server text or observation that triggered it); returns the finding.
pub fn assert_finding_quotes<'a>(doc: &'a Value, id: &str, quoted: &str) -> &'a Value {
    let found = finding(doc, id);
    let evidence = finding_evidence(found);
    assert!(
        evidence.iter().any(|line| line.contains(quoted)),
        "finding {id:?} does not quote {quoted:?}; its evidence: {evidence:#?}\n{}",
        summary(doc)
    );
    found
}

/// Fails if any finding is an error or a warning (information is allowed).
pub fn assert_no_problem_findings(doc: &Value) {
    let problems: Vec<String> = doc["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["severity"] != "info")
        .map(|f| format!("{} ({})", f["id"], f["severity"]))
        .collect();
    assert!(
        problems.is_empty(),
        "findings that are errors or warnings: {problems:?}\n{}",
        summary(doc)
    );
}

/// Fails if the password shows up, as typed or base64-encoded, anywhere in the output.
pub fn assert_no_secret(output: &CheckOutput, user: &str, password: &str) {
    for form in secret_forms(user, password) {
        assert!(
            !output.stdout.contains(&form),
            "stdout contains the password form {form:?}"
        );
        assert!(
            !output.stderr.contains(&form),
            "stderr contains the password form {form:?}"
        );
    }
}

/// All transcript texts of a panel, in order.
pub fn transcript_texts(doc: &Value, panel_name: &str) -> Vec<String> {
    panel(doc, panel_name)["transcript"]
        .as_array()
        .map(|lines| {
            lines
                .iter()
                .filter_map(|l| l["text"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// One line per step (`panel/kind status detail | evidence`) and the transcripts, for failure
/// messages.
pub fn summary(doc: &Value) -> String {
    let mut out = format!(
        "status: {}, findings: {:?}\n",
        doc["status"],
        finding_ids(doc)
    );
    for p in doc["panels"].as_array().into_iter().flatten() {
        let name = p["panel"].as_str().unwrap_or("?");
        out.push_str(&format!("[{name}] {}\n", p["status"]));
        for s in p["steps"].as_array().into_iter().flatten() {
            out.push_str(&format!(
                "  {} {} {} {}\n",
                s["step"].as_str().unwrap_or("?"),
                s["status"].as_str().unwrap_or("?"),
                s["detail"].as_str().unwrap_or(""),
                if s["evidence"].is_null() {
                    String::new()
                } else {
                    s["evidence"].to_string()
                }
            ));
        }
        for line in p["transcript"].as_array().into_iter().flatten() {
            out.push_str(&format!(
                "    {:>8} {}\n",
                line["dir"].as_str().unwrap_or("?"),
                line["text"].as_str().unwrap_or("")
            ));
        }
    }
    out
}
