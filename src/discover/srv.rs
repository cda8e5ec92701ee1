//! The RFC 6186 SRV look-ups of discovery: the four mail services under a domain, asked at once.

use crate::discovery::{DnsAnswer, SrvService, SrvTarget};
use crate::probe::dns::Dns;

use super::answer;

/// Look up the four services under `domain` at once.
pub async fn lookup_all(dns: &Dns, domain: &str) -> Vec<(SrvService, DnsAnswer<SrvTarget>)> {
    let one = |service: SrvService| async move {
        let name = format!("{}.{domain}", service.label());
        let found = dns.srv(&name).await.map(|records| {
            records
                .iter()
                .map(|(priority, weight, port, target)| {
                    SrvTarget::new(*priority, *weight, *port, target)
                })
                .collect()
        });
        (service, answer(found, &format!("SRV {name}")))
    };
    let (a, b, c, d) = tokio::join!(
        one(SrvService::Pop3s),
        one(SrvService::Pop3),
        one(SrvService::Submissions),
        one(SrvService::Submission)
    );
    vec![a, b, c, d]
}
