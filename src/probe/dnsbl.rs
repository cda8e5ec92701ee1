//! Blocklist look-ups: this machine's public address (given with `--public-ip`, or as the SMTP
//! server saw it in its EHLO reply) and the outgoing server's address, in each DNSBL zone. A
//! listing's TXT text is kept as the evidence.
//!
//! The SMTP panel runs beside the network panel, so the address it learns reaches this check
//! through [`relay_client_address`]: a relay in front of the SMTP panel's events that publishes
//! the address on a watch channel, and closes it when the panel ends.

use std::future::Future;
use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use futures_util::future::join_all;
use tokio::sync::{mpsc, watch};

use crate::account::Plan;
use crate::domain::dnsbl::{self, DEFAULT_ZONE};
use crate::model::{
    BlocklistCheck, BlocklistSubject, BlocklistVerdict, EventKind, Evidence, ProbeEvent, Said,
    StepKind, StepStatus,
};
use crate::probe::dns::{Dns, DnsFailure};
use crate::probe::netsink::NetSink;
use mailtriage_core::said;

/// The client address the SMTP server reported, once it did; closed when the SMTP panel ends.
pub type ClientAddressWatch = watch::Receiver<Option<String>>;

/// Events the relay holds between the SMTP panel and the run's channel.
const RELAY_BUFFER: usize = 64;
/// The longest wait for the SMTP panel, in step deadlines: it reaches EHLO after a look-up, a
/// connect (maybe two), a TLS handshake and a greeting.
const WAIT_STEPS: u32 = 6;

/// Put a relay in front of `tx` for the SMTP panel: returns the sender the panel should use,
/// the watch the network panel reads, and the relay to run until the panel's sender drops.
pub fn relay_client_address(
    tx: mpsc::Sender<ProbeEvent>,
) -> (
    mpsc::Sender<ProbeEvent>,
    ClientAddressWatch,
    impl Future<Output = ()> + Send + 'static,
) {
    let (relay_tx, mut relay_rx) = mpsc::channel::<ProbeEvent>(RELAY_BUFFER);
    let (seen_tx, seen_rx) = watch::channel(None);
    let relay = async move {
        while let Some(event) = relay_rx.recv().await {
            if let EventKind::Facts(facts) = &event.kind
                && let Some(address) = &facts.client_address_seen
            {
                seen_tx.send_replace(Some(address.clone()));
            }
            // A closed receiver is not an error: the probe runs on, unobserved.
            let _ = tx.send(event).await;
        }
    };
    (relay_tx, seen_rx, relay)
}

/// The zones of this run.
pub fn zones(plan: &Plan) -> Vec<String> {
    if plan.dnsbl_zones.is_empty() {
        vec![DEFAULT_ZONE.to_string()]
    } else {
        plan.dnsbl_zones.clone()
    }
}

/// Look up the client's and the outgoing server's addresses in every zone.
pub async fn run(
    plan: &Plan,
    dns: &Dns,
    server_addresses: &[IpAddr],
    client_seen: Option<ClientAddressWatch>,
    sink: &NetSink,
) {
    let zones = zones(plan);
    let mut subjects: Vec<(BlocklistSubject, IpAddr)> = server_addresses
        .iter()
        .map(|a| (BlocklistSubject::OutgoingServer, *a))
        .collect();
    match plan.public_ip {
        Some(addr) => subjects.push((BlocklistSubject::Client, addr)),
        None => {
            if let Some(seen) = client_seen {
                match wait_for_client(seen, plan.step_timeout * WAIT_STEPS).await {
                    Some(text) => match text.parse::<IpAddr>() {
                        Ok(addr) => subjects.push((BlocklistSubject::Client, addr)),
                        Err(_) => skipped(
                            sink,
                            "client",
                            said!("step-dnsbl-client-not-address", named = text),
                        ),
                    },
                    None => skipped(sink, "client", said!("step-dnsbl-client-unknown")),
                }
            }
        }
    }
    let mut lookups = Vec::new();
    for (subject, addr) in subjects {
        let who = subject_word(subject);
        if let Err(reason) = dnsbl::worth_checking(addr) {
            skipped(
                sink,
                &format!("{who} {addr}"),
                said!(
                    "step-dnsbl-not-public",
                    address = addr.to_string(),
                    reason = reason
                ),
            );
            continue;
        }
        for zone in &zones {
            lookups.push(one_lookup(dns, subject, addr, zone, sink));
        }
    }
    join_all(lookups).await;
}

async fn wait_for_client(mut seen: ClientAddressWatch, limit: Duration) -> Option<String> {
    let found = match tokio::time::timeout(limit, seen.wait_for(Option::is_some)).await {
        Ok(Ok(value)) => value.clone(),
        _ => None,
    };
    found.or_else(|| seen.borrow().clone())
}

fn subject_word(subject: BlocklistSubject) -> &'static str {
    match subject {
        BlocklistSubject::Client => "client",
        BlocklistSubject::OutgoingServer => "server",
    }
}

fn skipped(sink: &NetSink, target: &str, detail: Said) {
    let target = Some(target.to_string());
    sink.started(StepKind::Dnsbl, target.clone());
    sink.finished(StepKind::Dnsbl, target, StepStatus::Skipped, detail, None);
}

async fn one_lookup(
    dns: &Dns,
    subject: BlocklistSubject,
    addr: IpAddr,
    zone: &str,
    sink: &NetSink,
) {
    let target = Some(format!("{} {addr} {zone}", subject_word(subject)));
    sink.started(StepKind::Dnsbl, target.clone());
    let name = dnsbl::query_name(addr, zone);
    let mut check = BlocklistCheck {
        address: addr.to_string(),
        subject,
        zone: zone.to_string(),
        verdict: BlocklistVerdict::NotListed,
        codes: Vec::new(),
        text: Vec::new(),
    };
    let codes: Result<Vec<Ipv4Addr>, DnsFailure> = dns.ipv4(&name).await;
    let (status, detail, evidence) = match codes {
        Err(f) if f.is_absent() => (
            StepStatus::Ok,
            said!("step-dnsbl-not-listed", zone = zone),
            None,
        ),
        Err(f) => {
            check.verdict = BlocklistVerdict::Failed;
            (
                StepStatus::Warn,
                said!("step-dnsbl-lookup-failed", zone = zone),
                Some(f.evidence(crate::probe::dns::record_of("A", &name))),
            )
        }
        Ok(codes) => {
            check.codes = codes.iter().map(Ipv4Addr::to_string).collect();
            check.verdict = dnsbl::verdict(&codes);
            match check.verdict {
                BlocklistVerdict::Listed => {
                    if let Ok(text) = dns.txt(&name).await {
                        check.text = text;
                    }
                    // The list's own words when it gives some; the codes are in the detail.
                    let evidence = (!check.text.is_empty()).then(|| Evidence::Reply {
                        sent: Some(format!("TXT {}", name.trim_end_matches('.'))),
                        reply: crate::sanitize::join_sanitized(
                            &check.text,
                            "\n",
                            crate::sanitize::MAX_SANITIZED_TEXT_CHARS,
                        ),
                    });
                    (
                        StepStatus::Warn,
                        said!(
                            "step-dnsbl-listed",
                            address = addr.to_string(),
                            zone = zone,
                            codes = check.codes.join(", ")
                        ),
                        evidence,
                    )
                }
                _ => {
                    let meaning = codes
                        .iter()
                        .find_map(|c| dnsbl::error_code_meaning(*c))
                        .unwrap_or_else(|| said!("dnsbl-not-a-listing"));
                    (
                        StepStatus::Skipped,
                        said!(
                            "step-dnsbl-unusable-answer",
                            zone = zone,
                            codes = check.codes.join(", "),
                            meaning = meaning
                        ),
                        None,
                    )
                }
            }
        }
    };
    sink.finished(StepKind::Dnsbl, target, status, detail, evidence);
    sink.fact(move |f| f.blocklists.push(check));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Panel, SessionFacts};

    #[tokio::test]
    async fn relay_publishes_the_address_and_closes_with_the_panel() {
        let (tx, mut rx) = mpsc::channel(8);
        let (relay_tx, mut seen, relay) = relay_client_address(tx);
        let relay = tokio::spawn(relay);
        let facts = SessionFacts {
            client_address_seen: Some("203.0.113.7".into()),
            ..SessionFacts::default()
        };
        relay_tx
            .send(ProbeEvent {
                panel: Panel::Outgoing,
                kind: EventKind::Facts(facts),
            })
            .await
            .unwrap();
        let got = seen.wait_for(Option::is_some).await.unwrap().clone();
        assert_eq!(got.as_deref(), Some("203.0.113.7"));
        assert!(matches!(
            rx.recv().await,
            Some(ProbeEvent {
                panel: Panel::Outgoing,
                ..
            })
        ));
        drop(relay_tx);
        relay.await.unwrap();
        assert!(
            seen.changed().await.is_err(),
            "the watch closes with the panel"
        );
    }

    #[test]
    fn default_zone_unless_configured() {
        let mut plan = Plan::new(None, None);
        assert_eq!(zones(&plan), [DEFAULT_ZONE]);
        plan.dnsbl_zones = vec!["bl.example.test".into()];
        assert_eq!(zones(&plan), ["bl.example.test"]);
    }
}
