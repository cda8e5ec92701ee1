//! The port and security scan of a plan's servers, as `scan` and the dashboard's scan run it.

use std::sync::Arc;

use crate::account::Plan;
use crate::port_scan::{ScanResult, ScanSpec};
use crate::probe::scan;

/// Try the standard ports and security modes of every server of the plan, once, without login.
pub async fn ports(plan: Arc<Plan>) -> ScanResult {
    scan::scan(plan, &ScanSpec::default(), None).await
}
