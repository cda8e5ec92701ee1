//! DMARC records (RFC 7489): the record at `_dmarc.DOMAIN`, its policy and its tags.

use crate::model::{DmarcFacts, DmarcVerdict, IoFailure, Said};
use crate::said;
use crate::sanitize::sanitize_str;

/// The name the record of `domain` lives at.
pub fn record_name(domain: &str) -> String {
    format!("_dmarc.{}", domain.trim_end_matches('.'))
}

/// True when a TXT record is a DMARC record: its first tag is `v=DMARC1`.
pub fn is_dmarc(txt: &str) -> bool {
    tags(txt)
        .next()
        .is_some_and(|(k, v)| k.eq_ignore_ascii_case("v") && v.eq_ignore_ascii_case("DMARC1"))
}

/// The `tag=value` pairs of a record, trimmed; pieces without `=` are kept with an empty tag.
fn tags(txt: &str) -> impl Iterator<Item = (&str, &str)> {
    txt.split(';')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| match t.split_once('=') {
            Some((k, v)) => (k.trim(), v.trim()),
            None => ("", t),
        })
}

const POLICIES: [&str; 3] = ["none", "quarantine", "reject"];

/// Judge the TXT records found at `_dmarc.DOMAIN`.
pub fn evaluate(txts: &[String]) -> DmarcFacts {
    let records: Vec<&String> = txts.iter().filter(|t| is_dmarc(t)).collect();
    let mut facts = DmarcFacts {
        verdict: DmarcVerdict::Valid,
        records: records.iter().map(|r| sanitize_str(r)).collect(),
        policy: None,
        subdomain_policy: None,
        percent: None,
        report_to: Vec::new(),
        problems: Vec::new(),
        failure: None,
    };
    let record = match records.as_slice() {
        [] => {
            facts.verdict = DmarcVerdict::Missing;
            return facts;
        }
        [one] => *one,
        many => {
            facts.verdict = DmarcVerdict::Multiple;
            facts
                .problems
                .push(said!("dmarc-multiple-records", count = many.len()));
            return facts;
        }
    };
    let mut invalid = false;
    for (tag, value) in tags(record).skip(1) {
        let shown = sanitize_str(value);
        match tag.to_ascii_lowercase().as_str() {
            "p" | "sp" => {
                let policy = value.to_ascii_lowercase();
                if POLICIES.contains(&policy.as_str()) {
                    if tag.eq_ignore_ascii_case("p") {
                        facts.policy = Some(policy);
                    } else {
                        facts.subdomain_policy = Some(policy);
                    }
                } else {
                    invalid = true;
                    facts.problems.push(said!(
                        "dmarc-not-policy",
                        tag = sanitize_str(tag),
                        value = &shown
                    ));
                }
            }
            "pct" => match value.parse::<u8>() {
                Ok(n) if n <= 100 => facts.percent = Some(n),
                _ => {
                    invalid = true;
                    facts
                        .problems
                        .push(said!("dmarc-not-percentage", value = &shown));
                }
            },
            "rua" => {
                facts.report_to = value
                    .split(',')
                    .map(|u| sanitize_str(u.trim()))
                    .filter(|u| !u.is_empty())
                    .collect();
                for uri in &facts.report_to {
                    if !uri.to_ascii_lowercase().starts_with("mailto:") {
                        facts
                            .problems
                            .push(said!("dmarc-rua-not-mailto", uri = uri));
                    }
                }
            }
            "adkim" | "aspf" if !matches!(value.to_ascii_lowercase().as_str(), "r" | "s") => {
                invalid = true;
                facts.problems.push(said!(
                    "dmarc-not-alignment",
                    tag = sanitize_str(tag),
                    value = &shown
                ));
            }
            "" => {
                invalid = true;
                facts.problems.push(said!("dmarc-not-tag", text = &shown));
            }
            _ => {}
        }
    }
    if facts.policy.is_none() && !invalid {
        if facts.report_to.is_empty() {
            invalid = true;
            facts.problems.push(said!("dmarc-no-policy"));
        } else {
            facts.policy = Some("none".into());
            facts.problems.push(said!("dmarc-no-policy-reports"));
        }
    }
    if invalid {
        facts.verdict = DmarcVerdict::Invalid;
    }
    facts
}

/// The facts when the look-up of `_dmarc.DOMAIN` failed; a name that does not exist means no
/// record.
pub fn facts_for_failed_lookup(failure: IoFailure, message: impl Into<Said>) -> DmarcFacts {
    let missing = failure == IoFailure::NotFound;
    DmarcFacts {
        verdict: if missing {
            DmarcVerdict::Missing
        } else {
            DmarcVerdict::LookupFailed
        },
        records: Vec::new(),
        policy: None,
        subdomain_policy: None,
        percent: None,
        report_to: Vec::new(),
        problems: if missing {
            Vec::new()
        } else {
            vec![super::sanitized(message.into())]
        },
        failure: (!missing).then_some(failure),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_one(record: &str) -> DmarcFacts {
        evaluate(&[record.to_string()])
    }

    #[test]
    fn a_full_record() {
        let f = check_one(
            "v=DMARC1; p=quarantine; sp=reject; pct=50; rua=mailto:dmarc@example.test; adkim=s",
        );
        assert_eq!(f.verdict, DmarcVerdict::Valid, "{:?}", f.problems);
        assert_eq!(f.policy.as_deref(), Some("quarantine"));
        assert_eq!(f.subdomain_policy.as_deref(), Some("reject"));
        assert_eq!(f.percent, Some(50));
        assert_eq!(f.report_to, ["mailto:dmarc@example.test"]);
        assert!(f.problems.is_empty());
    }

    #[test]
    fn missing_when_no_record_starts_with_the_version() {
        assert_eq!(evaluate(&[]).verdict, DmarcVerdict::Missing);
        assert_eq!(
            check_one("p=reject; v=DMARC1").verdict,
            DmarcVerdict::Missing
        );
        assert_eq!(check_one("v=spf1 -all").verdict, DmarcVerdict::Missing);
    }

    #[test]
    fn two_records_are_an_error() {
        let f = evaluate(&["v=DMARC1; p=none".into(), "v=DMARC1; p=reject".into()]);
        assert_eq!(f.verdict, DmarcVerdict::Multiple);
    }

    #[test]
    fn bad_values_are_invalid() {
        for (record, fragment) in [
            ("v=DMARC1; p=block", "not a policy"),
            ("v=DMARC1; p=none; pct=150", "not a percentage"),
            ("v=DMARC1; p=none; adkim=x", "neither r nor s"),
            ("v=DMARC1", "no p= policy"),
            ("v=DMARC1; p=none; junk", "not a tag=value"),
        ] {
            let f = check_one(record);
            assert_eq!(f.verdict, DmarcVerdict::Invalid, "{record}");
            assert!(
                f.problems.iter().any(|p| p.english().contains(fragment)),
                "{record}: {:?}",
                f.problems
            );
        }
    }

    #[test]
    fn no_policy_with_reports_counts_as_none() {
        let f = check_one("v=DMARC1; rua=mailto:r@example.test");
        assert_eq!(f.verdict, DmarcVerdict::Valid);
        assert_eq!(f.policy.as_deref(), Some("none"));
    }

    #[test]
    fn record_name_and_failed_look_ups() {
        assert_eq!(record_name("example.test."), "_dmarc.example.test");
        assert_eq!(
            facts_for_failed_lookup(IoFailure::NotFound, "").verdict,
            DmarcVerdict::Missing
        );
        assert_eq!(
            facts_for_failed_lookup(IoFailure::ResolverFailed, "SERVFAIL").verdict,
            DmarcVerdict::LookupFailed
        );
    }
}
