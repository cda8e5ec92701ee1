//! Prints the outcomes (medians, spread, the client's own time, the round-trip bound and the
//! ratios to the other clients) and checks them against the targets of BENCHMARKS.md.

use std::time::Duration;

use crate::exchanges::{self, BOTH, IMAP, MAILTRIAGE, MISMATCHES, POP3, SCAN, SILENT_SCAN, SMTP};
use crate::measure::ms;
use crate::scenario::Outcome;

/// Each panel within this factor of its round-trip bound.
const PANEL_OVER_BOUND: f64 = 1.15;
/// Both panels within this factor of the slower panel alone.
const BOTH_OVER_SLOWER: f64 = 1.1;
/// A mismatch verdict, with the working setting proven, on loopback.
const MISMATCH_LOCAL: Duration = Duration::from_secs(1);
/// The same at the bench's round-trip time: within this factor of its round-trip bound.
const MISMATCH_OVER_BOUND: f64 = 1.2;
/// "About one step deadline": within this factor of it.
const SCAN_OVER_DEADLINE: f64 = 1.25;
/// mailtriage's default step deadline.
const DEFAULT_STEP_DEADLINE: Duration = Duration::from_secs(10);

/// Prints the outcomes of one lab.
pub fn print_lab(label: &str, rtt: Duration, outcomes: &[Outcome]) {
    println!();
    println!("=== {label} ===");
    for outcome in outcomes {
        print_outcome(outcome, rtt);
    }
}

fn print_outcome(outcome: &Outcome, rtt: Duration) {
    println!();
    match outcome.bound {
        Some(bound) => println!(
            "{}  [bound {} RTT = {} ms]",
            outcome.title,
            bound.count(),
            ms(bound.time(rtt))
        ),
        None => println!("{}", outcome.title),
    }
    println!(
        "  {:<26} {:>9} {:>9} {:>9} {:>9} {:>6} {:>9}  vs others",
        "client", "median ms", "min", "max", "own ms", "runs", "vs bound"
    );
    for row in &outcome.rows {
        let median = row.median();
        let own = row.own_medians();
        let cell = |d: Option<Duration>| d.map(ms).unwrap_or_else(|| "-".into());
        let versus_bound = match (median, outcome.bound) {
            (Some(m), Some(b)) if !rtt.is_zero() => {
                format!("{:.2}x", m.as_secs_f64() / b.time(rtt).as_secs_f64())
            }
            _ => "-".into(),
        };
        let versus_others: Vec<String> = outcome
            .rows
            .iter()
            .filter(|other| other.client != row.client)
            .filter_map(|other| {
                let ratio = median?.as_secs_f64() / other.median()?.as_secs_f64();
                Some(format!("{ratio:.2}x {}", other.client))
            })
            .collect();
        println!(
            "  {:<26} {:>9} {:>9} {:>9} {:>9} {:>6} {:>9}  {}",
            row.client,
            cell(median),
            cell(row.min()),
            cell(row.max()),
            cell(own.first().map(|(_, d)| *d)),
            format!("{}/{}", row.samples.len(), row.samples.len() + row.failures),
            versus_bound,
            versus_others.join(", ")
        );
        for (name, time) in own.iter().skip(1) {
            println!("    {}'s own {name}: median {} ms", row.client, ms(*time));
        }
        if let Some(reason) = &row.first_failure {
            println!("    FAILED RUN: {reason}");
        }
    }
}

/// One target and how the run measured up.
pub struct Verdict {
    pub target: String,
    pub measured: String,
    pub met: Option<bool>,
}

fn median_of(outcomes: &[Outcome], title: &str, client: &str) -> Option<Duration> {
    outcomes
        .iter()
        .find(|o| o.title == title)
        .and_then(|o| o.row(client))
        .and_then(|r| r.median())
}

fn verdict(target: String, value: Option<(String, bool)>) -> Verdict {
    match value {
        Some((measured, met)) => Verdict {
            target,
            measured,
            met: Some(met),
        },
        None => Verdict {
            target,
            measured: "no valid run".into(),
            met: None,
        },
    }
}

/// Checks every target; `local` and `remote` are the outcomes of the two labs.
pub fn targets(local: &[Outcome], remote: &[Outcome], rtt: Duration) -> Vec<Verdict> {
    let mut out = Vec::new();
    let rtt_ms = rtt.as_millis();
    for (title, bound) in [
        (POP3, &crate::bounds::POP3_TLS_LOGIN),
        (IMAP, &crate::bounds::IMAP_TLS_LOGIN),
        (SMTP, &crate::bounds::SMTP_SUBMISSION),
    ] {
        let value = median_of(remote, title, MAILTRIAGE).map(|m| {
            let ratio = m.as_secs_f64() / bound.time(rtt).as_secs_f64();
            (
                format!("{} ms = {ratio:.2}x of {} RTT", ms(m), bound.count()),
                ratio <= PANEL_OVER_BOUND,
            )
        });
        out.push(verdict(
            format!("{title} at {rtt_ms} ms: within {PANEL_OVER_BOUND}x of its bound"),
            value,
        ));
    }
    let slower_alone = median_of(remote, POP3, MAILTRIAGE)
        .zip(median_of(remote, SMTP, MAILTRIAGE))
        .map(|(a, b)| a.max(b));
    let value = median_of(remote, BOTH, MAILTRIAGE)
        .zip(slower_alone)
        .map(|(both, slower)| {
            let ratio = both.as_secs_f64() / slower.as_secs_f64();
            (
                format!("{} ms = {ratio:.2}x of {} ms", ms(both), ms(slower)),
                ratio <= BOTH_OVER_SLOWER,
            )
        });
    out.push(verdict(
        format!("both panels at {rtt_ms} ms: within {BOTH_OVER_SLOWER}x of the slower alone"),
        value,
    ));
    for (label, outcomes) in [("loopback", local), ("remote", remote)] {
        for (title, peer) in [(POP3, "curl"), (IMAP, "curl"), (SMTP, "swaks")] {
            let value = median_of(outcomes, title, MAILTRIAGE)
                .zip(median_of(outcomes, title, peer))
                .map(|(ours, theirs)| {
                    (
                        format!("{} ms vs {} ms", ms(ours), ms(theirs)),
                        ours <= theirs,
                    )
                });
            let place = if label == "remote" {
                format!("{rtt_ms} ms RTT")
            } else {
                label.to_string()
            };
            out.push(verdict(
                format!("{title}, {place}: not slower than {peer}"),
                value,
            ));
        }
    }
    for title in MISMATCHES {
        let value = median_of(local, title, MAILTRIAGE)
            .map(|m| (format!("{} ms", ms(m)), m < MISMATCH_LOCAL));
        out.push(verdict(
            format!("{title}, loopback: under {} ms", MISMATCH_LOCAL.as_millis()),
            value,
        ));
        let bound = remote
            .iter()
            .find(|o| o.title == title)
            .and_then(|o| o.bound);
        let value = median_of(remote, title, MAILTRIAGE)
            .zip(bound)
            .map(|(m, bound)| {
                let ratio = m.as_secs_f64() / bound.time(rtt).as_secs_f64();
                (
                    format!("{} ms = {ratio:.2}x of {} RTT", ms(m), bound.count()),
                    ratio <= MISMATCH_OVER_BOUND,
                )
            });
        out.push(verdict(
            format!("{title}, {rtt_ms} ms RTT: within {MISMATCH_OVER_BOUND}x of its bound"),
            value,
        ));
    }
    for (title, deadline) in [
        (SCAN, DEFAULT_STEP_DEADLINE),
        (
            SILENT_SCAN,
            Duration::from_secs_f64(exchanges::SILENT_SCAN_TIMEOUT_SECONDS),
        ),
    ] {
        for (outcomes, place) in [
            (local, "loopback".to_string()),
            (remote, format!("{rtt_ms} ms RTT")),
        ] {
            let value = median_of(outcomes, title, MAILTRIAGE).map(|m| {
                (
                    format!("{} ms", ms(m)),
                    m.as_secs_f64() <= deadline.as_secs_f64() * SCAN_OVER_DEADLINE,
                )
            });
            out.push(verdict(
                format!(
                    "{title}, {place}: about one step deadline ({} s) at most",
                    deadline.as_secs_f64()
                ),
                value,
            ));
        }
    }
    out
}

/// Prints the targets; returns whether every one was met.
pub fn print_targets(verdicts: &[Verdict]) -> bool {
    println!();
    println!("=== targets ===");
    for v in verdicts {
        let mark = match v.met {
            Some(true) => "met   ",
            Some(false) => "MISSED",
            None => "NO RUN",
        };
        println!("  {mark}  {}: {}", v.target, v.measured);
    }
    verdicts.iter().all(|v| v.met == Some(true))
}
