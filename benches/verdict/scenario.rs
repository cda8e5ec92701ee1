//! One timed exchange: its clients run in turn, run after run (so that a slow moment of the
//! machine hits every client alike), each run checked, and the medians kept.

use std::time::Duration;

use crate::bounds::Bound;
use crate::clients::Client;
use crate::measure::{self, median};

/// An exchange and the clients that perform it.
pub struct Scenario {
    pub title: String,
    pub bound: Option<&'static Bound>,
    pub clients: Vec<Client>,
}

/// What one client of a scenario came to.
pub struct Row {
    pub client: String,
    /// Spawn to exit, of the runs that passed their check.
    pub samples: Vec<Duration>,
    /// The client's own account of its times, by name (mailtriage's slowest panel or scan
    /// cell first, then its TCP+TLS steps).
    pub own: Vec<(&'static str, Vec<Duration>)>,
    pub failures: usize,
    pub first_failure: Option<String>,
}

impl Row {
    pub fn median(&self) -> Option<Duration> {
        median(&self.samples)
    }

    /// Median of each of the client's own times, in the order first reported.
    pub fn own_medians(&self) -> Vec<(&'static str, Duration)> {
        self.own
            .iter()
            .filter_map(|(name, samples)| Some((*name, median(samples)?)))
            .collect()
    }

    fn record_own(&mut self, times: Vec<(&'static str, Duration)>) {
        for (name, time) in times {
            match self.own.iter_mut().find(|(n, _)| *n == name) {
                Some((_, samples)) => samples.push(time),
                None => self.own.push((name, vec![time])),
            }
        }
    }

    pub fn min(&self) -> Option<Duration> {
        self.samples.iter().min().copied()
    }

    pub fn max(&self) -> Option<Duration> {
        self.samples.iter().max().copied()
    }
}

/// The rows of one scenario.
pub struct Outcome {
    pub title: String,
    pub bound: Option<&'static Bound>,
    pub rows: Vec<Row>,
}

impl Outcome {
    pub fn row(&self, client: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.client == client)
    }
}

/// Runs every client `warm_up + runs` times, alternating; the first `warm_up` rounds do not
/// count.
pub fn run(scenario: Scenario, runs: usize, warm_up: usize) -> Outcome {
    let mut rows: Vec<Row> = scenario
        .clients
        .iter()
        .map(|c| Row {
            client: c.name.clone(),
            samples: Vec::with_capacity(runs),
            own: Vec::new(),
            failures: 0,
            first_failure: None,
        })
        .collect();
    for round in 0..warm_up + runs {
        for (client, row) in scenario.clients.iter().zip(rows.iter_mut()) {
            let result = measure::run(client.command())
                .and_then(|output| client.check(&output).map(|own| (output.elapsed, own)));
            if round < warm_up {
                continue;
            }
            match result {
                Ok((elapsed, own)) => {
                    row.samples.push(elapsed);
                    row.record_own(own);
                }
                Err(reason) => {
                    row.failures += 1;
                    row.first_failure.get_or_insert(reason);
                }
            }
        }
    }
    Outcome {
        title: scenario.title,
        bound: scenario.bound,
        rows,
    }
}

/// Runs every client once and returns what each printed, for reading the exchanges.
pub fn transcripts(scenario: &Scenario) -> Vec<(String, String)> {
    scenario
        .clients
        .iter()
        .map(|client| {
            let text = match measure::run(client.command()) {
                Ok(output) => {
                    let verdict = match client.check(&output) {
                        Ok(_) => "check passed".to_string(),
                        Err(reason) => format!("check FAILED: {reason}"),
                    };
                    format!(
                        "{}\n({verdict}; {} ms)",
                        client.transcript(&output),
                        measure::ms(output.elapsed)
                    )
                }
                Err(reason) => reason,
            };
            (client.name.clone(), text)
        })
        .collect()
}
