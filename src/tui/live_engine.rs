//! The dashboard's connection to the rest of the program: the live [`Engine`] that hands the
//! dashboard's effects to the [`crate::engine`] and writes reports, and the preset list offered
//! by its pickers.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::mpsc;

use crate::account::{Endpoint, Plan, Protocol, Security};
use crate::engine;
use crate::model::StepStatus;
use crate::model::{Panel, ProbeEvent};
use crate::port_scan::{self as scan, ScanResult, Verdict};
use crate::preset::Presets;
use crate::probe::Scope;
use crate::probe::dns::Dns;
use crate::report::Outcome;
use crate::report::save::{self, SavedReport};
use crate::tui::engine::{BoxFuture, Engine, ScanRow};
use crate::tui::presets::PresetChoice;
use crate::working_settings::Alternatives;

/// The engine the real binary uses.
#[derive(Default)]
pub struct LiveEngine {
    /// The resolver of the last run and its plan: the working-settings scans of that run look
    /// names up through it, so each name is asked for once per run.
    run_dns: Mutex<Option<(Arc<Plan>, Dns)>>,
}

impl LiveEngine {
    pub fn new() -> LiveEngine {
        LiveEngine::default()
    }

    /// The resolver of the run of `plan`, when that is the last run.
    fn dns_of_run(&self, plan: &Arc<Plan>) -> Option<Dns> {
        let run = self.run_dns.lock().unwrap_or_else(PoisonError::into_inner);
        run.as_ref()
            .filter(|(of, _)| Arc::ptr_eq(of, plan))
            .map(|(_, dns)| dns.clone())
    }
}

impl Engine for LiveEngine {
    fn probe(
        &self,
        plan: Arc<Plan>,
        panels: Vec<Panel>,
        scope: Scope,
        events: mpsc::Sender<ProbeEvent>,
    ) -> BoxFuture<()> {
        let dns = Dns::for_plan(&plan);
        *self.run_dns.lock().unwrap_or_else(PoisonError::into_inner) = dns
            .as_ref()
            .ok()
            .map(|dns| (Arc::clone(&plan), dns.clone()));
        Box::pin(crate::probe::run_with_dns(plan, panels, scope, events, dns))
    }

    fn scan(&self, plan: Arc<Plan>, protocol: Protocol) -> BoxFuture<Result<Vec<ScanRow>, String>> {
        Box::pin(async move {
            let mut one_side = (*plan).clone();
            match protocol {
                Protocol::Pop3 | Protocol::Imap => one_side.outgoing = None,
                Protocol::Smtp => one_side.incoming = None,
            }
            let configured = one_side
                .endpoint(protocol)
                .cloned()
                .ok_or_else(|| format!("no {} server is configured", protocol.as_str()))?;
            let result = engine::scan::ports(Arc::new(one_side)).await;
            Ok(scan_rows(&result, protocol, &configured))
        })
    }

    fn working_settings(&self, plan: Arc<Plan>, sides: Vec<Protocol>) -> BoxFuture<Alternatives> {
        let dns = self.dns_of_run(&plan);
        Box::pin(async move { engine::working::scan_sides(&plan, sides, dns).await })
    }

    fn discover(&self, email: String, base: Option<Arc<Plan>>) -> BoxFuture<Result<Plan, String>> {
        Box::pin(async move {
            // The same gathering and pure build as `--email` on the command line, with the
            // options the dashboard was started with that the look-ups use.
            let args = crate::cli::AccountArgs {
                email: Some(email),
                resolve: base
                    .iter()
                    .flat_map(|p| &p.resolve)
                    .map(|r| format!("{}:{}:{}", r.host, r.port, r.addr))
                    .collect(),
                dns_server: base
                    .as_ref()
                    .and_then(|p| p.dns_server)
                    .map(|a| a.to_string()),
                timeout: base.as_ref().map(|p| p.step_timeout.as_secs_f64()),
                ..Default::default()
            };
            tokio::task::spawn_blocking(move || {
                let gathered = args.gather()?;
                args.build_plan(&gathered).map(|(plan, _)| plan)
            })
            .await
            .unwrap_or_else(|e| Err(format!("the look-up stopped: {e}")))
        })
    }

    fn read_ca_file(&self, path: &Path) -> Result<Vec<u8>, String> {
        let pem = std::fs::read(path).map_err(|e| e.to_string())?;
        crate::probe::tls::TlsContext::new(Some(&pem))?;
        Ok(pem)
    }

    fn save_report(
        &self,
        outcome: &Outcome,
        plan: &Plan,
        dir: &Path,
    ) -> Result<SavedReport, String> {
        save::save(outcome, plan, dir, save::local_now())
    }
}

/// The scan overlay's rows: the recommended setting first (never one without encryption where
/// that would lower security or expose the password, see [`scan::recommend`]), then the other
/// working ones, then the failed ones, and last the settings that work only without encryption,
/// marked as a warning, so that the selection never starts on one of them.
pub fn scan_rows(result: &ScanResult, protocol: Protocol, configured: &Endpoint) -> Vec<ScanRow> {
    let best = scan::recommend(result, protocol, configured);
    let mut rows: Vec<(bool, bool, ScanRow)> = result
        .cells_of(protocol)
        .map(|cell| {
            let recommended = best.as_ref() == Some(&cell.endpoint());
            let unencrypted = cell.verdict == Verdict::Works && cell.security == Security::None;
            let row = ScanRow {
                port: cell.port,
                security: cell.security,
                status: match cell.verdict {
                    Verdict::Works if unencrypted => StepStatus::Warn,
                    Verdict::Works => StepStatus::Ok,
                    Verdict::Certificate => StepStatus::Warn,
                    _ => StepStatus::Failed,
                },
                verdict: cell.verdict,
                recommended,
                detail: cell.detail.clone(),
            };
            (recommended, unencrypted && !recommended, row)
        })
        .collect();
    rows.sort_by_key(|(recommended, unencrypted, r)| {
        (!recommended, *unencrypted, r.status, r.port)
    });
    rows.into_iter().map(|(_, _, row)| row).collect()
}

/// The presets as the dashboard's pickers list them.
pub fn preset_choices(presets: &Presets) -> Vec<PresetChoice> {
    presets
        .all()
        .into_iter()
        .map(|p| {
            PresetChoice {
                id: p.id.clone(),
                name: p.name.clone(),
                // The provider's POP3 server, as `--preset` checks; IMAP when it has no POP3.
                incoming_protocol: if p.incoming().is_some() || p.preferred_imap().is_none() {
                    Protocol::Pop3
                } else {
                    Protocol::Imap
                },
                incoming: p.incoming().or_else(|| p.preferred_imap()),
                outgoing: p.outgoing(),
                username: Some(p.username),
                notes: p.notes.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RunState;

    #[test]
    fn saving_writes_the_json_document_and_the_markdown_summary() {
        let dir = tempfile::tempdir().unwrap();
        let plan = Plan::new(None, None);
        let outcome = Outcome {
            state: RunState::default(),
            findings: Vec::new(),
            working_settings: Vec::new(),
            account_source: None,
            lang: crate::finding::Lang::En,
        };
        let saved = LiveEngine::new()
            .save_report(&outcome, &plan, dir.path())
            .unwrap();
        let text = std::fs::read_to_string(&saved.markdown).unwrap();
        assert!(text.starts_with("# mailtriage support report"), "{text}");
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&saved.json).unwrap()).unwrap();
        assert_eq!(doc["tool"], "mailtriage");
    }

    fn cell(port: u16, security: Security, verdict: Verdict) -> scan::ScanCell {
        scan::ScanCell {
            protocol: Protocol::Pop3,
            host: "pop.example.test".into(),
            port,
            security,
            verdict,
            certificate: None,
            elapsed_ms: 1.0,
            detail: "+OK ready".into(),
            report: crate::model::PanelReport::new(Panel::Incoming),
        }
    }

    fn result(cells: Vec<scan::ScanCell>) -> ScanResult {
        ScanResult {
            configured: vec![],
            cells,
            spec: scan::ScanSpec::default(),
            step_timeout_ms: 1000.0,
            sends_password: vec![Protocol::Pop3],
        }
    }

    fn starttls_on_110() -> Endpoint {
        Endpoint {
            host: "pop.example.test".into(),
            port: 110,
            security: Security::Starttls,
        }
    }

    #[test]
    fn the_scan_overlay_never_starts_on_a_setting_without_encryption() {
        // STARTTLS stripped on 110, nothing on 995: only plain text answers.
        let r = result(vec![
            cell(110, Security::Starttls, Verdict::NoStarttls),
            cell(110, Security::None, Verdict::Works),
            cell(995, Security::Tls, Verdict::Refused),
        ]);
        let rows = scan_rows(&r, Protocol::Pop3, &starttls_on_110());
        assert!(rows.iter().all(|row| !row.recommended));
        let last = rows.last().unwrap();
        assert_eq!((last.port, last.security), (110, Security::None));
        assert_eq!(last.status, StepStatus::Warn);
        assert_eq!(last.verdict, Verdict::Works);
        assert_ne!(rows[0].security, Security::None);

        // With SSL/TLS working, it is first and recommended; plain text stays last.
        let r = result(vec![
            cell(110, Security::Starttls, Verdict::NoStarttls),
            cell(110, Security::None, Verdict::Works),
            cell(995, Security::Tls, Verdict::Works),
        ]);
        let rows = scan_rows(&r, Protocol::Pop3, &starttls_on_110());
        assert_eq!((rows[0].port, rows[0].security), (995, Security::Tls));
        assert!(rows[0].recommended);
        assert_eq!(rows.last().unwrap().security, Security::None);
    }

    #[test]
    fn a_provider_without_pop3_is_offered_with_its_imap_server() {
        let choices = preset_choices(&Presets::embedded());
        let icloud = choices.iter().find(|c| c.id == "icloud").unwrap();
        assert_eq!(icloud.incoming_protocol, Protocol::Imap);
        assert_eq!(
            icloud.incoming.as_ref().map(|e| (e.host.as_str(), e.port)),
            Some(("imap.mail.me.com", 993))
        );
        let gmail = choices.iter().find(|c| c.id == "gmail").unwrap();
        assert_eq!(gmail.incoming_protocol, Protocol::Pop3);
        let mut form = crate::tui::form::Form::new(None, Panel::Incoming);
        form.apply_preset(icloud);
        let plan = form.to_plan(None).expect("a valid plan");
        assert_eq!(plan.incoming_protocol, Protocol::Imap);
        assert_eq!(plan.endpoint(Protocol::Imap).map(|e| e.port), Some(993));
    }

    #[test]
    fn every_preset_is_offered_with_its_user_name_form() {
        let choices = preset_choices(&Presets::embedded());
        assert_eq!(choices.len(), Presets::embedded().len());
        for (choice, preset) in choices.iter().zip(Presets::embedded().all()) {
            assert_eq!(choice.username, Some(preset.username), "{}", choice.id);
            assert_eq!(choice.notes, preset.notes, "{}", choice.id);
        }
    }
}
