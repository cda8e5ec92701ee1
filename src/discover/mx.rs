//! The MX look-up of discovery. Ordering, the null MX and the providers the hosts belong to are
//! [`crate::domain::mx::summarize`]'s, shared with the network panel's domain checks.

use super::{DnsAnswer, answer};
use crate::probe::dns::Dns;

/// Look up the MX records of `domain` as `(preference, exchange)`, in the order received.
pub async fn lookup_mx(dns: &Dns, domain: &str) -> DnsAnswer<(u16, String)> {
    answer(dns.mx(domain).await, format!("MX {domain}"))
}
