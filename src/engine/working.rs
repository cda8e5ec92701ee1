//! Find what works instead: when a mail panel failed to connect, scan its server's ports and
//! security modes, bounded by the plan's working-settings deadline, and stop as soon as the
//! answer is settled.

use std::sync::Arc;

use crate::account::{Plan, Protocol};
use crate::port_scan::Combination;
use crate::probe::dns::Dns;
use crate::working_settings::{self, Alternatives};

/// Scan these sides' servers, looking names up through `dns` (the run's, when the scan belongs
/// to one); what works instead, or nothing when the scan outlived
/// [`Plan::working_settings_timeout`].
pub async fn scan_sides(plan: &Plan, sides: Vec<Protocol>, dns: Option<Dns>) -> Alternatives {
    if sides.is_empty() {
        return Alternatives::default();
    }
    let scan_plan = Arc::new(working_settings::scan_plan(plan, &sides));
    // Combinations that can no longer change the answer are cancelled as soon as it is known.
    let settled = |result: &crate::port_scan::ScanResult, pending: &[Combination]| {
        working_settings::settled(plan, &sides, result, pending)
    };
    match tokio::time::timeout(
        plan.working_settings_timeout(),
        super::scan::ports_until(scan_plan, dns, &settled),
    )
    .await
    {
        Ok(result) => working_settings::from_scan(plan, &sides, &result),
        Err(_) => Alternatives::default(),
    }
}
