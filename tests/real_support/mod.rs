//! Support for the real-server suite (tests/real_servers.rs): starts Dovecot and Postfix from
//! their Debian packages on loopback, with configs, certificates and a mailbox in a temp folder,
//! and runs the `mailtriage` binary against them; Prometheus scrapes `mailtriage serve` in front
//! of them in the monitoring case.

pub mod certs;
pub mod check;
pub mod config;
pub mod daemon;
pub mod dialogue;
pub mod dovecot;
pub mod mailbox;
pub mod monitoring_cases;
pub mod ports;
pub mod postfix;
pub mod prerequisites;
pub mod prometheus;
// The guarded child process of the tests' runner; by path, as the benches build this harness
// without `tests/support`. The harness uses only the run and its output.
#[allow(dead_code)]
#[path = "../support/process.rs"]
pub mod process;
pub mod report;
pub mod runner;
pub mod servers;
pub mod stale;
pub mod tls_probe;
