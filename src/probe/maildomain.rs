//! The mail domain checks as network panel steps: MX, then SPF (counted through include and
//! redirect), DMARC and DKIM side by side. The look-ups are here; what the records mean is
//! decided in [`crate::domain`].

use futures_util::future::join_all;

use crate::account::Plan;
use crate::domain::{TxtAnswer, dkim, dmarc, mx, spf};
use crate::model::{
    DkimFacts, DkimKeyState, DmarcFacts, DmarcVerdict, DomainFacts, Evidence, IoFailure, MxFacts,
    Said, SpfFacts, SpfVerdict, StepKind, StepStatus,
};
use crate::preset::Presets;
use crate::probe::dns::{Dns, record_of};
use crate::probe::netsink::NetSink;
use mailtriage_core::said;

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
                (StepStatus::Warn, said!("step-mx-null", domain = domain))
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
                (StepStatus::Ok, Said::from(detail))
            };
            (facts, status, detail, None)
        }
        Err(failure) => {
            let mut facts = mx::summarize(&[], presets, server_hosts);
            facts.failure = Some(failure.kind());
            let detail = if failure.is_absent() {
                said!("step-mx-missing", domain = domain)
            } else {
                said!("step-mx-lookup-failed", domain = domain)
            };
            let evidence = failure.evidence(record_of("MX", domain));
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
        Err(failure) => {
            spf::facts_for_failed_lookup(failure.kind(), failure.describe(record_of("TXT", domain)))
        }
    };
    let (status, detail) = match facts.verdict {
        SpfVerdict::Valid => {
            let lookups = facts.dns_lookups.unwrap_or(0);
            let detail = match &facts.all {
                Some(all) => said!(
                    "step-spf-valid-ends",
                    lookups = lookups,
                    max = spf::MAX_DNS_LOOKUPS,
                    all = all
                ),
                None => said!(
                    "step-spf-valid",
                    lookups = lookups,
                    max = spf::MAX_DNS_LOOKUPS
                ),
            };
            (StepStatus::Ok, detail)
        }
        SpfVerdict::Missing => (StepStatus::Warn, said!("step-spf-missing", domain = domain)),
        SpfVerdict::Multiple => (
            StepStatus::Warn,
            said!(
                "step-spf-multiple",
                domain = domain,
                records = facts.records.len()
            ),
        ),
        SpfVerdict::Invalid => (StepStatus::Warn, said!("step-spf-invalid", domain = domain)),
        SpfVerdict::TooManyLookups => (
            StepStatus::Warn,
            said!(
                "step-spf-too-many-lookups",
                domain = domain,
                lookups = facts.dns_lookups.unwrap_or(0),
                max = spf::MAX_DNS_LOOKUPS
            ),
        ),
        SpfVerdict::LookupFailed => (
            StepStatus::Warn,
            said!("step-txt-lookup-failed", domain = domain),
        ),
    };
    let wanted = facts.verdict != SpfVerdict::Valid && facts.verdict != SpfVerdict::Missing;
    let (detail, evidence) = record_evidence(
        &format!("TXT {domain}"),
        detail,
        &facts.records,
        &facts.problems,
        facts.failure,
        wanted,
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
            failure.describe(record_of("TXT", &name)),
        ),
    };
    let (status, detail) = match facts.verdict {
        DmarcVerdict::Valid => {
            let policy = facts.policy.as_deref().unwrap_or("none");
            let detail = match facts.percent.filter(|p| *p < 100) {
                Some(percent) => said!(
                    "step-dmarc-policy-percent",
                    policy = policy,
                    percent = percent
                ),
                None => said!("step-dmarc-policy", policy = policy),
            };
            (StepStatus::Ok, detail)
        }
        DmarcVerdict::Missing => (StepStatus::Warn, said!("step-dmarc-missing", name = &name)),
        DmarcVerdict::Multiple => (
            StepStatus::Warn,
            said!(
                "step-dmarc-multiple",
                name = &name,
                records = facts.records.len()
            ),
        ),
        DmarcVerdict::Invalid => (StepStatus::Warn, said!("step-dmarc-invalid", name = &name)),
        DmarcVerdict::LookupFailed => (StepStatus::Warn, said!("step-lookup-failed", name = &name)),
    };
    let wanted = facts.verdict != DmarcVerdict::Valid && facts.verdict != DmarcVerdict::Missing;
    let (detail, evidence) = record_evidence(
        &format!("TXT {name}"),
        detail,
        &facts.records,
        &facts.problems,
        facts.failure,
        wanted,
    );
    sink.finished(StepKind::Dmarc, target, status, detail, evidence);
    set_domain(sink, move |d| d.dmarc = Some(facts));
}

/// The detail and evidence of a record check that did not pass: the look-up failure, or the
/// records as the DNS gave them, with what is wrong with them added to the detail (in the
/// reader's language; the records stay as they are).
fn record_evidence(
    query: &str,
    detail: Said,
    records: &[String],
    problems: &[Said],
    failure: Option<IoFailure>,
    wanted: bool,
) -> (Said, Option<Evidence>) {
    if !wanted {
        return (detail, None);
    }
    if let Some(failure) = failure {
        let evidence = Evidence::Io {
            failure,
            message: Said::joined(bounded(problems), "; "),
        };
        return (detail, Some(evidence));
    }
    let detail = if problems.is_empty() {
        detail
    } else {
        said!(
            "record-problems",
            detail = detail,
            problems = Said::joined(bounded(problems), "; ")
        )
    };
    let evidence = (!records.is_empty()).then(|| Evidence::Reply {
        sent: Some(query.to_string()),
        reply: crate::sanitize::join_sanitized(
            records,
            "\n",
            crate::sanitize::MAX_SANITIZED_TEXT_CHARS,
        ),
    });
    (detail, evidence)
}

/// Most problems named in one detail; a record can hold many broken terms.
const MAX_PROBLEMS_SHOWN: usize = 12;

/// The first [`MAX_PROBLEMS_SHOWN`] problems, and a count of the rest.
fn bounded(problems: &[Said]) -> Vec<Said> {
    let mut out: Vec<Said> = problems.iter().take(MAX_PROBLEMS_SHOWN).cloned().collect();
    if problems.len() > MAX_PROBLEMS_SHOWN {
        out.push(Said::from(format!(
            "(+{})",
            problems.len() - MAX_PROBLEMS_SHOWN
        )));
    }
    out
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
            said!(
                "step-dkim-provider-domain",
                domain = domain,
                provider = provider
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
    let found: Vec<Said> = checks
        .iter()
        .filter(|c| c.state == DkimKeyState::Found)
        .map(|c| {
            let key = said!(
                "step-dkim-key",
                selector = &c.selector,
                bits = c.key_bits.unwrap_or(0),
                kind = c.key_type.as_deref().unwrap_or("rsa")
            );
            // A key too weak for verifiers is found, but says why it will not help.
            match &c.problem {
                Some(problem) => {
                    said!("evidence-with-detail", line = key, detail = problem.clone())
                }
                None => key,
            }
        })
        .collect();
    let facts = DkimFacts {
        basis,
        provider,
        selectors: checks,
    };
    let tried = selectors.join(", ");
    let (status, detail, evidence) = if !found.is_empty() {
        (StepStatus::Ok, Said::joined(found, "; "), None)
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
            said!("step-dkim-lookups-failed", selectors = &tried),
            Some(Evidence::Io {
                failure: IoFailure::ResolverFailed,
                message,
            }),
        )
    } else {
        let problems: Vec<Said> = facts
            .selectors
            .iter()
            .filter_map(|c| {
                let problem = c.problem.clone()?;
                Some(said!(
                    "dkim-selector-problem",
                    selector = &c.selector,
                    problem = problem
                ))
            })
            .collect();
        let detail = if problems.is_empty() {
            said!("step-dkim-none", selectors = &tried)
        } else {
            said!(
                "step-dkim-none-problems",
                selectors = &tried,
                problems = Said::joined(problems, "; ")
            )
        };
        (StepStatus::Warn, detail, None)
    };
    sink.finished(StepKind::Dkim, target, status, detail, evidence);
    set_domain(sink, move |d| d.dkim = Some(facts));
}
