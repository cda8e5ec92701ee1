//! At most a few accounts at once per server host: a hosting company's one server for hundreds
//! of mailboxes should see a handful of connections from a check, not hundreds.
//!
//! An account holds a permit of each of its hosts (incoming, IMAP beside, outgoing; one per
//! distinct host name) for its whole check. Permits are taken in the order of the host names,
//! so no two accounts ever wait on each other.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::account::Plan;

/// One bound per host name, shared by every account of the run.
pub struct HostPermits {
    hosts: HashMap<String, Arc<Semaphore>>,
}

impl HostPermits {
    /// A bound of `per_host` for each host the plans name.
    pub fn new<'a>(plans: impl Iterator<Item = &'a Plan>, per_host: usize) -> HostPermits {
        let hosts = plans
            .flat_map(hosts_of)
            .map(|host| (host, Arc::new(Semaphore::new(per_host))))
            .collect();
        HostPermits { hosts }
    }

    /// Wait for a permit of each host of the plan, taken in the order of their names. The
    /// permits are given back when the returned value is dropped.
    pub async fn acquire(&self, plan: &Plan) -> Vec<OwnedSemaphorePermit> {
        let mut permits = Vec::new();
        for host in hosts_of(plan) {
            if let Some(bound) = self.hosts.get(&host)
                && let Ok(permit) = Arc::clone(bound).acquire_owned().await
            {
                permits.push(permit);
            }
        }
        permits
    }
}

/// The plan's server host names, lower case, each once, in order.
pub fn hosts_of(plan: &Plan) -> BTreeSet<String> {
    [&plan.incoming, &plan.imap_beside, &plan.outgoing]
        .into_iter()
        .flatten()
        .map(|e| e.host.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Endpoint, Protocol, Security};

    fn plan(incoming: &str, outgoing: &str) -> Plan {
        Plan::new(
            Some(Endpoint::parse(incoming, Protocol::Pop3, Security::Tls).unwrap()),
            Some(Endpoint::parse(outgoing, Protocol::Smtp, Security::Starttls).unwrap()),
        )
    }

    #[test]
    fn hosts_are_named_once_in_order() {
        let hosts: Vec<String> = hosts_of(&plan("B.test", "a.test")).into_iter().collect();
        assert_eq!(hosts, ["a.test", "b.test"]);
        assert_eq!(hosts_of(&plan("a.test:995", "A.test:587")).len(), 1);
    }

    #[tokio::test]
    async fn opposite_orders_do_not_wait_on_each_other() {
        let one = plan("a.test", "b.test");
        let other = plan("b.test", "a.test");
        let permits = Arc::new(HostPermits::new([&one, &other].into_iter(), 1));
        let mut tasks = tokio::task::JoinSet::new();
        for p in [
            one,
            other,
            plan("a.test", "b.test"),
            plan("b.test", "a.test"),
        ] {
            let permits = Arc::clone(&permits);
            tasks.spawn(async move {
                let held = permits.acquire(&p).await;
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                held.len()
            });
        }
        let all = tokio::time::timeout(std::time::Duration::from_secs(5), async {
            let mut counts = Vec::new();
            while let Some(n) = tasks.join_next().await {
                counts.push(n.unwrap());
            }
            counts
        })
        .await
        .expect("no account waits for ever");
        assert_eq!(all, [2, 2, 2, 2]);
    }
}
