//! The mail domain checks as network panel steps: MX, then SPF (counted through include and
//! redirect), DMARC and DKIM side by side. The look-ups are here; what the records mean is
//! decided in [`crate::domain`].

use futures_util::future::join_all;

use crate::account::Plan;
use crate::domain::{TxtAnswer, dkim, dmarc, mx, spf};
use crate::model::{
    DkimFacts, DkimKeyState, DmarcFacts, DmarcVerdict, DomainFacts, Evidence, IoFailure, MxFacts,
    SpfFacts, SpfVerdict, StepKind, StepStatus,
};
use crate::preset::Presets;
use crate::probe::dns::Dns;
use crate::probe::netsink::NetSink;

/// Run the domain checks of the account's domain, if it has one.
pub async fn run(plan: &Plan, dns: &Dns, sink: &NetSink) {
    let Some(domain) = plan.mail_domain() else {
        return;
    };
    let presets = Presets::load().unwrap_or_else(|_| Presets::embedded());
    let provider_domain_of = presets.by_email_domain(&domain).map(|p| p.id.clone());
    {
        let facts = DomainFacts {
            domain: domain.clone(),
            provider_domain_of: provider_domain_of.clone(),
            ..DomainFacts::default()
        };
        sink.fact(move |f| f.domain = Some(facts));
    }
    let server_hosts: Vec<&str> = [&plan.incoming, &plan.outgoing]
        .into_iter()
        .flatten()
        .map(|e| e.host.as_str())
        .collect();
    let mx_facts = mx_step(&domain, dns, &presets, &server_hosts, sink).await;
    let mut providers = mx_facts.mx_providers.clone();
    providers.extend(mx_facts.server_providers.iter().cloned());
    tokio::join!(
        spf_step(&domain, dns, sink),
        dmarc_step(&domain, dns, sink),
        dkim_step(
            &domain,
            provider_domain_of.as_deref(),
            &providers,
            plan,
            dns,
            sink
        ),
    );
}

fn set_domain(sink: &NetSink, update: impl FnOnce(&mut DomainFacts) + Send + 'static) {
    sink.fact(move |f| {
        if let Some(d) = f.domain.as_mut() {
            update(d)
        }
    });
}

async fn mx_step(
    domain: &str,
    dns: &Dns,
    presets: &Presets,
    server_hosts: &[&str],
    sink: &NetSink,
) -> MxFacts {
    let target = Some(domain.to_string());
    sink.started(StepKind::Mx, target.clone());
    let (facts, status, detail, evidence) = match dns.mx(domain).await {
        Ok(records) => {
            let facts = mx::summarize(&records, presets, server_hosts);
            let (status, detail) = if facts.null_mx {
                (
                    StepStatus::Warn,
                    format!("{domain} says it takes no mail (null MX)"),
                )
            } else {
                let hosts: Vec<String> = facts
                    .hosts
                    .iter()
                    .map(|h| format!("{} {}", h.preference, h.host))
                    .collect();
                let mut detail = hosts.join(", ");
                if !facts.mx_providers.is_empty() {
                    detail.push_str(&format!(" ({})", facts.mx_providers.join(", ")));
                }
                (StepStatus::Ok, detail)
            };
            (facts, status, detail, None)
        }
        Err(failure) => {
            let mut facts = mx::summarize(&[], presets, server_hosts);
            facts.failure = Some(failure.kind());
            let detail = if failure.is_absent() {
                format!("{domain} has no MX record: mail to it has nowhere clear to go")
            } else {
                format!("the MX look-up of {domain} failed")
            };
            let evidence = failure.evidence(&format!("MX of {domain}"));
            (facts, StepStatus::Warn, detail, Some(evidence))
        }
    };
    sink.finished(StepKind::Mx, target, status, detail, evidence);
    let kept = facts.clone();
    set_domain(sink, move |d| d.mx = Some(kept));
    facts
}

async fn spf_step(domain: &str, dns: &Dns, sink: &NetSink) {
    let target = Some(domain.to_string());
    sink.started(StepKind::Spf, target.clone());
    let facts: SpfFacts = match dns.txt(domain).await {
        Ok(txts) => {
            let mut walk = spf::SpfWalk::start(&txts);
            while let Some(next) = walk.next_fetch() {
                let answer: TxtAnswer = dns.txt_answer(&next).await;
                walk.feed(answer);
            }
            walk.finish()
        }
        Err(failure) => spf::facts_for_failed_lookup(
            failure.kind(),
            &failure.describe(&format!("TXT of {domain}")),
        ),
    };
    let (status, detail) = match facts.verdict {
        SpfVerdict::Valid => {
            let mut detail = format!(
                "{} DNS look-ups of {}",
                facts.dns_lookups.unwrap_or(0),
                spf::MAX_DNS_LOOKUPS
            );
            if let Some(all) = &facts.all {
                detail.push_str(&format!(", ends in {all}"));
            }
            (StepStatus::Ok, detail)
        }
        SpfVerdict::Missing => (StepStatus::Warn, format!("{domain} has no SPF record")),
        SpfVerdict::Multiple => (
            StepStatus::Warn,
            format!(
                "{domain} has {} SPF records; it must have one",
                facts.records.len()
            ),
        ),
        SpfVerdict::Invalid => (
            StepStatus::Warn,
            format!("the SPF record of {domain} is broken"),
        ),
        SpfVerdict::TooManyLookups => (
            StepStatus::Warn,
            format!(
                "the SPF record of {domain} needs {} DNS look-ups; receivers stop at {}",
                facts.dns_lookups.unwrap_or(0),
                spf::MAX_DNS_LOOKUPS
            ),
        ),
        SpfVerdict::LookupFailed => (
            StepStatus::Warn,
            format!("the TXT look-up of {domain} failed"),
        ),
    };
    let evidence = record_evidence(
        &format!("TXT {domain}"),
        &facts.records,
        &facts.problems,
        facts.failure,
        facts.verdict != SpfVerdict::Valid && facts.verdict != SpfVerdict::Missing,
    );
    sink.finished(StepKind::Spf, target, status, detail, evidence);
    set_domain(sink, move |d| d.spf = Some(facts));
}

async fn dmarc_step(domain: &str, dns: &Dns, sink: &NetSink) {
    let target = Some(domain.to_string());
    let name = dmarc::record_name(domain);
    sink.started(StepKind::Dmarc, target.clone());
    let facts: DmarcFacts = match dns.txt(&name).await {
        Ok(txts) => dmarc::evaluate(&txts),
        Err(failure) => dmarc::facts_for_failed_lookup(
            failure.kind(),
            &failure.describe(&format!("TXT of {name}")),
        ),
    };
    let (status, detail) = match facts.verdict {
        DmarcVerdict::Valid => (
            StepStatus::Ok,
            format!(
                "policy {}{}",
                facts.policy.as_deref().unwrap_or("none"),
                facts
                    .percent
                    .filter(|p| *p < 100)
                    .map(|p| format!(" for {p}% of mail"))
                    .unwrap_or_default()
            ),
        ),
        DmarcVerdict::Missing => (StepStatus::Warn, format!("no DMARC record at {name}")),
        DmarcVerdict::Multiple => (
            StepStatus::Warn,
            format!(
                "{} DMARC records at {name}; it must have one",
                facts.records.len()
            ),
        ),
        DmarcVerdict::Invalid => (
            StepStatus::Warn,
            format!("the DMARC record at {name} is broken"),
        ),
        DmarcVerdict::LookupFailed => (StepStatus::Warn, format!("the look-up of {name} failed")),
    };
    let evidence = record_evidence(
        &format!("TXT {name}"),
        &facts.records,
        &facts.problems,
        facts.failure,
        facts.verdict != DmarcVerdict::Valid && facts.verdict != DmarcVerdict::Missing,
    );
    sink.finished(StepKind::Dmarc, target, status, detail, evidence);
    set_domain(sink, move |d| d.dmarc = Some(facts));
}

/// Evidence for a record check that did not pass: the look-up failure, or the records with
/// what is wrong with them.
fn record_evidence(
    query: &str,
    records: &[String],
    problems: &[String],
    failure: Option<IoFailure>,
    wanted: bool,
) -> Option<Evidence> {
    if !wanted {
        return None;
    }
    if let Some(failure) = failure {
        return Some(Evidence::Io {
            failure,
            message: problems.join("; "),
        });
    }
    let mut reply: Vec<String> = records.to_vec();
    reply.extend(problems.iter().map(|p| format!("problem: {p}")));
    Some(Evidence::Reply {
        sent: Some(query.to_string()),
        reply: crate::sanitize::join_sanitized(
            &reply,
            "\n",
            crate::sanitize::MAX_SANITIZED_TEXT_CHARS,
        ),
    })
}

async fn dkim_step(
    domain: &str,
    provider_domain_of: Option<&str>,
    providers: &[String],
    plan: &Plan,
    dns: &Dns,
    sink: &NetSink,
) {
    let target = Some(domain.to_string());
    sink.started(StepKind::Dkim, target.clone());
    if let Some(provider) = provider_domain_of.filter(|_| plan.dkim_selectors.is_empty()) {
        sink.finished(
            StepKind::Dkim,
            target,
            StepStatus::Skipped,
            format!(
                "{domain} is the provider's own domain ({provider}); its signing keys are its own business"
            ),
            None,
        );
        return;
    }
    let (basis, provider, selectors) = dkim::choose_selectors(providers, &plan.dkim_selectors);
    let checks = join_all(selectors.iter().map(|selector| async move {
        let name = dkim::record_name(selector, domain);
        let answer = dns.txt_answer(&name).await;
        dkim::check(selector, &answer)
    }))
    .await;
    let found: Vec<String> = checks
        .iter()
        .filter(|c| c.state == DkimKeyState::Found)
        .map(|c| {
            format!(
                "{}: {}-bit {} key",
                c.selector,
                c.key_bits.unwrap_or(0),
                c.key_type.as_deref().unwrap_or("rsa")
            )
        })
        .collect();
    let facts = DkimFacts {
        basis,
        provider,
        selectors: checks,
    };
    let tried = selectors.join(", ");
    let (status, detail, evidence) = if !found.is_empty() {
        (StepStatus::Ok, found.join("; "), None)
    } else if facts
        .selectors
        .iter()
        .all(|c| c.state == DkimKeyState::LookupFailed)
    {
        let message = facts
            .selectors
            .iter()
            .filter_map(|c| c.problem.clone())
            .next()
            .unwrap_or_default();
        (
            StepStatus::Warn,
            format!("the DKIM look-ups failed (selectors {tried})"),
            Some(Evidence::Io {
                failure: IoFailure::ResolverFailed,
                message,
            }),
        )
    } else {
        let problems: Vec<String> = facts
            .selectors
            .iter()
            .filter_map(|c| c.problem.as_ref().map(|p| format!("{}: {p}", c.selector)))
            .collect();
        let mut detail = format!("no usable DKIM key at selectors {tried}");
        if !problems.is_empty() {
            detail.push_str(&format!(" ({})", problems.join("; ")));
        }
        (StepStatus::Warn, detail, None)
    };
    sink.finished(StepKind::Dkim, target, status, detail, evidence);
    set_domain(sink, move |d| d.dkim = Some(facts));
}
