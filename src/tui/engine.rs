//! The effects the dashboard asks for, behind one trait: run probes, scan ports, find the
//! settings that work instead, save a report.
//!
//! The dashboard never opens a socket or writes a file itself. The binary passes an [`Engine`]
//! that calls the probe engine and the report writer; tests pass a scripted one.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;

use tokio::sync::mpsc;

use crate::account::{Plan, Protocol, Security};
use crate::model::{Panel, ProbeEvent, StepStatus};
use crate::port_scan::Verdict;
use crate::report::Outcome;
use crate::report::save::SavedReport;
use crate::tui::app::ProbeScope;
use crate::working_settings::Alternatives;

/// A future the dashboard can spawn.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// One cell of a port × security scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanRow {
    pub port: u16,
    pub security: Security,
    /// `Ok` when a mail server answered with this port and security; `Warn` when it answered
    /// but only without encryption, or with a certificate this machine does not trust.
    pub status: StepStatus,
    /// What the scan found, which the overlay says in words.
    pub verdict: Verdict,
    /// The setting the scan recommends (never one that lowers security).
    pub recommended: bool,
    /// What answered, or why not ("refused", "+OK Dovecot ready.", …), sanitized.
    pub detail: crate::model::Said,
}

/// What the dashboard needs from the rest of the program.
pub trait Engine: Send + Sync + 'static {
    /// Run these panels of the plan with this scope, sending every event on `events`; resolve
    /// when all panels finished. Dropping the future cancels the run.
    fn probe(
        &self,
        plan: Arc<Plan>,
        panels: Vec<Panel>,
        scope: ProbeScope,
        events: mpsc::Sender<ProbeEvent>,
    ) -> BoxFuture<()>;

    /// Try the usual ports and security modes of one server of the plan.
    fn scan(&self, plan: Arc<Plan>, protocol: Protocol) -> BoxFuture<Result<Vec<ScanRow>, String>>;

    /// Scan the servers of these sides of the plan (whose connection failed), as `check` does,
    /// and say what works instead. Without an override: nothing.
    fn working_settings(&self, plan: Arc<Plan>, sides: Vec<Protocol>) -> BoxFuture<Alternatives> {
        let _ = (plan, sides);
        Box::pin(async { Alternatives::default() })
    }

    /// Look an e-mail address up as `--email` does (preset, MX, SRV, autoconfig), with the
    /// look-up options of `base` (pinned addresses, DNS server, step deadline), and return the
    /// plan it gives, with where its servers came from. Without an override: not available.
    fn discover(&self, email: String, base: Option<Arc<Plan>>) -> BoxFuture<Result<Plan, String>> {
        let _ = (email, base);
        Box::pin(async { Err("looking addresses up is not available here".to_string()) })
    }

    /// Read a CA file and check that its certificates load, as `--ca-file` is. Runs on a
    /// blocking thread. Without an override: not available.
    fn read_ca_file(&self, path: &Path) -> Result<Vec<u8>, String> {
        let _ = path;
        Err("reading files is not available here".to_string())
    }

    /// Write a report of this outcome into `dir` (Markdown and JSON); return both full paths.
    /// Runs on a blocking thread.
    fn save_report(
        &self,
        outcome: &Outcome,
        plan: &Plan,
        dir: &Path,
    ) -> Result<SavedReport, String>;
}
