//! The RFC 6186 SRV look-ups of discovery: the six mail services under a domain (POP3, IMAP and
//! submission, each with implicit TLS and with STARTTLS), asked at once.

use crate::discovery::{DnsAnswer, SrvService, SrvTarget};
use crate::probe::dns::Dns;

use super::answer;

/// Look up the six services under `domain` at once, in [`SrvService::ALL`] order.
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
        (service, answer(found, format!("SRV {name}")))
    };
    let [a, b, c, d, e, f] = SrvService::ALL;
    let (a, b, c, d, e, f) = tokio::join!(one(a), one(b), one(c), one(d), one(e), one(f));
    vec![a, b, c, d, e, f]
}
