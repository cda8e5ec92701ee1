//! The JSON document of one `mailtriage check --json` run (see CONTRACT.md), with assertions
//! whose failure messages show what the run actually did.

use std::fmt::Write as _;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use super::servers::USER;

/// The checked-in schema of the JSON document.
const SCHEMA: &str = include_str!("../../crates/core/src/report/check.schema.json");

/// One finished run: how it exited and what it printed.
pub struct Report {
    args: String,
    exit_code: Option<i32>,
    json: Value,
    stderr: String,
}

impl Report {
    /// Wraps a run; fails at once if the document does not match the checked-in schema, or
    /// if the password, or a SASL encoding of it, was printed.
    pub fn new(
        args: String,
        exit_code: Option<i32>,
        json: Value,
        stdout: String,
        stderr: String,
        password: Option<&str>,
    ) -> Self {
        let report = Self {
            args,
            exit_code,
            json,
            stderr,
        };
        report.assert_matches_schema();
        if let Some(password) = password {
            let encodings = [
                ("the password", password.to_string()),
                (
                    "the AUTH PLAIN token",
                    STANDARD.encode(format!("\0{USER}\0{password}")),
                ),
                ("the AUTH LOGIN password", STANDARD.encode(password)),
            ];
            for (what, secret) in encodings {
                if stdout.contains(&secret) || report.stderr.contains(&secret) {
                    report.fail(&format!("{what} appears in the output"));
                }
            }
        }
        report
    }

    fn assert_matches_schema(&self) {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap_or_else(|e| {
            panic!("crates/core/src/report/check.schema.json is not JSON: {e}")
        });
        let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| {
            panic!("crates/core/src/report/check.schema.json is not a schema: {e}")
        });
        let errors: Vec<String> = validator
            .iter_errors(&self.json)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        if !errors.is_empty() {
            self.fail(&format!(
                "the document does not match the schema:\n{}",
                errors.join("\n")
            ));
        }
    }

    /// Panics with `message` and a summary of the run.
    pub fn fail(&self, message: &str) -> ! {
        panic!("{message}\n{}", self.summary())
    }

    pub fn assert_exit_code(&self, expected: i32) {
        if self.exit_code != Some(expected) {
            self.fail(&format!("expected exit code {expected}"));
        }
    }

    /// The document's overall "status".
    pub fn assert_status(&self, expected: &str) {
        if self.json["status"].as_str() != Some(expected) {
            self.fail(&format!("expected document status {expected:?}"));
        }
    }

    /// The panel named `name` ("incoming", "outgoing").
    pub fn panel(&self, name: &str) -> PanelView<'_> {
        let found = self
            .json
            .get("panels")
            .and_then(Value::as_array)
            .and_then(|panels| panels.iter().find(|panel| panel["panel"] == name));
        match found {
            Some(value) => PanelView {
                report: self,
                value,
                name: name.to_string(),
            },
            None => self.fail(&format!("no {name:?} panel")),
        }
    }

    pub fn finding_ids(&self) -> Vec<&str> {
        self.json
            .get("findings")
            .and_then(Value::as_array)
            .map(|findings| findings.iter().filter_map(|f| f["id"].as_str()).collect())
            .unwrap_or_default()
    }

    /// The finding `id` shown on `panel`; the case fails when there is none.
    pub fn finding_on(&self, id: &str, panel: &str) -> &Value {
        self.json
            .get("findings")
            .and_then(Value::as_array)
            .and_then(|all| all.iter().find(|f| f["id"] == id && f["panel"] == panel))
            .unwrap_or_else(|| self.fail(&format!("expected a finding {id} on {panel}")))
    }

    /// At least one of `ids` is among the findings.
    pub fn assert_finding(&self, ids: &[&str]) {
        let found = self.finding_ids();
        if !ids.iter().any(|id| found.contains(id)) {
            self.fail(&format!("expected a finding {}", ids.join(" or ")));
        }
    }

    /// None of the findings is an error.
    pub fn assert_no_error_finding(&self) {
        let errors: Vec<&str> = self
            .json
            .get("findings")
            .and_then(Value::as_array)
            .map(|findings| {
                findings
                    .iter()
                    .filter(|finding| finding["severity"] == "error")
                    .filter_map(|finding| finding["id"].as_str())
                    .collect()
            })
            .unwrap_or_default();
        if !errors.is_empty() {
            self.fail(&format!("unexpected error findings {errors:?}"));
        }
    }

    /// Arguments, exit code, every step with status and evidence, findings, stderr.
    pub fn summary(&self) -> String {
        let mut text = format!(
            "  run: mailtriage {}\n  exit code: {:?}, status: {}\n",
            self.args, self.exit_code, self.json["status"]
        );
        for panel in self.json["panels"].as_array().into_iter().flatten() {
            let _ = writeln!(text, "  panel {} ({}):", panel["panel"], panel["status"]);
            for step in panel["steps"].as_array().into_iter().flatten() {
                let _ = writeln!(
                    text,
                    "    {} {}: {} {}",
                    step["step"],
                    step["status"],
                    step["detail"],
                    step.get("evidence")
                        .map(Value::to_string)
                        .unwrap_or_default()
                );
            }
            if let Some(tls) = panel.get("tls") {
                let _ = writeln!(
                    text,
                    "    tls verdict {} ({})",
                    tls["verdict"], tls["verdict_detail"]
                );
            }
        }
        let _ = writeln!(text, "  findings: {:?}", self.finding_ids());
        if !self.stderr.trim().is_empty() {
            let _ = writeln!(text, "  stderr: {}", self.stderr.trim());
        }
        text
    }
}

/// One panel of a report.
pub struct PanelView<'a> {
    report: &'a Report,
    value: &'a Value,
    name: String,
}

impl PanelView<'_> {
    fn fail(&self, message: &str) -> ! {
        self.report.fail(&format!("{} panel: {message}", self.name))
    }

    fn steps(&self) -> Vec<&Value> {
        self.value["steps"]
            .as_array()
            .map(|steps| steps.iter().collect())
            .unwrap_or_default()
    }

    pub fn assert_status(&self, expected: &str) {
        if self.value["status"].as_str() != Some(expected) {
            self.fail(&format!("expected status {expected:?}"));
        }
    }

    /// The first step of `kind` ("login", "tls", ...).
    pub fn step(&self, kind: &str) -> &Value {
        match self.steps().into_iter().find(|step| step["step"] == kind) {
            Some(step) => step,
            None => self.fail(&format!("no {kind:?} step")),
        }
    }

    /// The first step of `kind` has `status`.
    pub fn assert_step(&self, kind: &str, status: &str) -> &Value {
        let step = self.step(kind);
        if step["status"].as_str() != Some(status) {
            self.fail(&format!("expected the {kind:?} step to be {status:?}"));
        }
        step
    }

    /// Every step is "ok", and `kinds` appear among them in this order.
    pub fn assert_all_ok_in_order(&self, kinds: &[&str]) {
        self.assert_ok_in_order_except_skipped(kinds, &[]);
        self.assert_status("ok");
    }

    /// Every step is "ok" but those of `skipped`, which must be "skipped" (not asked for, like
    /// a login without a user name); `kinds` appear among the steps in this order.
    pub fn assert_ok_in_order_except_skipped(&self, kinds: &[&str], skipped: &[&str]) {
        let steps = self.steps();
        for step in &steps {
            let kind = step["step"].as_str().unwrap_or("");
            let expected = if skipped.contains(&kind) {
                "skipped"
            } else {
                "ok"
            };
            if step["status"] != expected {
                self.fail(&format!("expected step {kind:?} to be {expected:?}"));
            }
        }
        for kind in skipped {
            self.step(kind);
        }
        let mut remaining = steps.iter().map(|step| step["step"].as_str().unwrap_or(""));
        for kind in kinds {
            if !remaining.any(|seen| seen == *kind) {
                self.fail(&format!("expected the steps {kinds:?} in this order"));
            }
        }
    }

    /// The evidence of the first step of `kind`, which must be of `evidence_kind`.
    pub fn evidence(&self, kind: &str, evidence_kind: &str) -> &Value {
        let evidence = &self.step(kind)["evidence"];
        if evidence["kind"].as_str() != Some(evidence_kind) {
            self.fail(&format!(
                "expected {evidence_kind:?} evidence on the {kind:?} step"
            ));
        }
        evidence
    }

    /// The server's reply quoted in the evidence of the `kind` step starts with `prefix`.
    pub fn assert_reply_starts_with(&self, kind: &str, prefix: &str) {
        let reply = self.evidence(kind, "reply")["reply"].as_str().unwrap_or("");
        if !reply.starts_with(prefix) {
            self.fail(&format!(
                "expected the {kind:?} reply to start with {prefix:?}"
            ));
        }
    }

    /// The certificate verdict of the panel's TLS details.
    pub fn assert_tls_verdict(&self, expected: &str) {
        if self.value["tls"]["verdict"].as_str() != Some(expected) {
            self.fail(&format!("expected the TLS verdict {expected:?}"));
        }
    }

    /// A value of the panel's "facts".
    pub fn fact(&self, name: &str) -> &Value {
        &self.value["facts"][name]
    }

    /// The fact `name` equals `expected`.
    pub fn assert_fact(&self, name: &str, expected: Value) {
        if *self.fact(name) != expected {
            self.fail(&format!(
                "expected fact {name} = {expected}, found {}",
                self.fact(name)
            ));
        }
    }
}
