//! Probe drivers: own the sockets, the deadlines, the TLS upgrades and the transcripts.

pub mod tls;
