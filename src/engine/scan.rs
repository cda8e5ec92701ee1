//! The port and security scan of a plan's servers, as `scan` and the dashboard's scan run it.

use std::sync::Arc;

use crate::account::Plan;
use crate::port_scan::{Combination, ScanResult, ScanSpec};
use crate::probe::dns::Dns;
use crate::probe::scan;

/// Try the standard ports and security modes of every server of the plan, once, without login.
pub async fn ports(plan: Arc<Plan>) -> ScanResult {
    scan::scan(plan, &ScanSpec::default(), None).await
}

/// [`ports`], ended as soon as `settled` says the cells so far answer the question asked (the
/// combinations still running are cancelled).
pub async fn ports_until(
    plan: Arc<Plan>,
    dns: Option<Dns>,
    settled: &(dyn Fn(&ScanResult, &[Combination]) -> bool + Sync),
) -> ScanResult {
    scan::scan_until(plan, &ScanSpec::default(), None, dns, settled).await
}
