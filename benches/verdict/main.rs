//! Verdict speed against real servers: starts Dovecot and Postfix on loopback (as the real-server
//! suite does), puts latency proxies in front of them, and times the release-built `mailtriage`
//! (the binary `cargo bench` builds with the bench profile) against curl, swaks and openssl on
//! the same exchanges, the four security mismatches and the port scan; then checks the targets
//! of BENCHMARKS.md.
//!
//! Run: `cargo bench --bench verdict` (as root). Options after `--`:
//! `--rtt-ms N` (default 50), `--runs N` (default 15), `--transcripts` (print one run of every
//! client first, passwords hidden), `--filter TEXT` (only the scenarios whose title holds TEXT,
//! any case; may be given more than once; targets of the others show as not run). Exits non-zero when a run failed its check or the servers
//! could not start; a missed target is reported, not an error.

#[allow(dead_code)]
#[path = "../../tests/real_support/mod.rs"]
mod real_support;

mod bounds;
mod clients;
mod exchanges;
mod lab;
mod link;
mod measure;
mod peers;
mod proxy;
mod scenario;
mod silent;
mod summary;

use std::process::ExitCode;
use std::time::{Duration, Instant};

use lab::Lab;
use proxy::ProxyRuntime;
use real_support::servers::RealServers;
use scenario::{Outcome, Scenario};

/// Rounds run before the counted ones (first connections warm up the daemons' processes).
const WARM_UP_ROUNDS: usize = 2;
/// The silent-port scan waits a whole deadline each run, so it runs at most this often.
const SILENT_SCAN_RUNS: usize = 5;

struct Options {
    rtt: Duration,
    runs: usize,
    transcripts: bool,
    /// Scenario titles must hold one of these (lower case); empty: every scenario.
    filters: Vec<String>,
}

impl Options {
    /// Reads the options; flags cargo adds (`--bench`) and unknown ones are ignored.
    fn from_args() -> Result<Options, String> {
        let mut options = Options {
            rtt: Duration::from_millis(50),
            runs: 15,
            transcripts: false,
            filters: Vec::new(),
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            let mut number = |name: &str| -> Result<u64, String> {
                args.next()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| format!("{name} needs a whole number"))
            };
            match arg.as_str() {
                "--rtt-ms" => options.rtt = Duration::from_millis(number("--rtt-ms")?.min(1000)),
                "--runs" => options.runs = number("--runs")?.clamp(1, 200) as usize,
                "--transcripts" => options.transcripts = true,
                "--filter" => options
                    .filters
                    .push(args.next().ok_or("--filter needs a text")?.to_lowercase()),
                _ => {}
            }
        }
        Ok(options)
    }

    fn selects(&self, scenario: &Scenario) -> bool {
        let title = scenario.title.to_lowercase();
        self.filters.is_empty() || self.filters.iter().any(|f| title.contains(f.as_str()))
    }
}

fn main() -> ExitCode {
    let started = Instant::now();
    let options = match Options::from_args() {
        Ok(options) => options,
        Err(reason) => {
            eprintln!("verdict bench: {reason}");
            return ExitCode::FAILURE;
        }
    };
    let set_up = real_support::prerequisites::ensure()
        .and_then(|()| peers::ensure())
        .and_then(|()| RealServers::start());
    let servers = match set_up {
        Ok(servers) => servers,
        Err(reason) => {
            eprintln!("verdict bench: the mail servers could not be started:\n{reason}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "Dovecot and Postfix ready in {:.1} s; timing {}",
        started.elapsed().as_secs_f64(),
        servers.binary().display()
    );
    let result = bench(&servers, &options);
    let stopped = servers.stop();
    println!("\nbench took {:.0} s", started.elapsed().as_secs_f64());
    match (result, stopped) {
        (Ok(true), Ok(())) => ExitCode::SUCCESS,
        (Ok(false), Ok(())) => {
            eprintln!("verdict bench: some runs failed their check (see FAILED RUN above)");
            ExitCode::FAILURE
        }
        (Err(reason), _) | (_, Err(reason)) => {
            eprintln!("verdict bench: {reason}");
            ExitCode::FAILURE
        }
    }
}

/// Runs every scenario in both labs and prints them; `Ok(false)` when a run failed its check.
fn bench(servers: &RealServers, options: &Options) -> Result<bool, String> {
    let runtime = ProxyRuntime::new()?;
    let local = Lab::local(servers, &runtime)?;
    let remote = Lab::proxied(servers, &runtime, options.rtt)?;
    let link = link::measure(&runtime, options.rtt)?;
    println!(
        "emulated link: asked for {:.1} ms RTT, measured {:.2} ms (min {:.2}, max {:.2}) over a one-byte echo",
        options.rtt.as_secs_f64() * 1000.0,
        link.median_ms,
        link.min_ms,
        link.max_ms
    );
    if options.transcripts {
        print_transcripts(&remote, options);
    }
    let mut all_runs_passed = true;
    let mut results: Vec<Vec<Outcome>> = Vec::new();
    for lab in [&local, &remote] {
        let mut outcomes = Vec::new();
        let scenarios = exchanges::comparisons(lab)
            .into_iter()
            .chain(exchanges::mismatches(lab))
            .chain(exchanges::scans(lab))
            .chain(exchanges::dashboard(lab))
            .filter(|s| options.selects(s));
        for scenario in scenarios {
            let runs = if scenario.title == exchanges::SILENT_SCAN {
                options.runs.min(SILENT_SCAN_RUNS)
            } else {
                options.runs
            };
            eprintln!("[{}] {} ({runs} runs)", lab.label, scenario.title);
            let outcome = scenario::run(scenario, runs, WARM_UP_ROUNDS);
            all_runs_passed &= outcome.rows.iter().all(|r| r.failures == 0);
            outcomes.push(outcome);
        }
        summary::print_lab(&lab.label, lab.rtt, &outcomes);
        results.push(outcomes);
    }
    let verdicts = summary::targets(&results[0], &results[1], options.rtt);
    summary::print_targets(&verdicts);
    Ok(all_runs_passed)
}

fn print_transcripts(lab: &Lab, options: &Options) {
    let scenarios: Vec<Scenario> = exchanges::comparisons(lab)
        .into_iter()
        .chain(exchanges::mismatches(lab))
        .filter(|s| options.selects(s))
        .collect();
    for scenario in &scenarios {
        for (client, text) in scenario::transcripts(scenario) {
            println!(
                "\n--- {} at {}: {client} ---\n{text}",
                scenario.title, lab.label
            );
        }
    }
}
