//! What discovery found about an e-mail domain (its MX and SRV records, its autoconfig file) and
//! the pure parts of reading it: autoconfig parsing and SRV selection. Looking things up is the
//! driver's job; this module never touches the network.

pub mod autoconfig;
pub mod srv;

use serde::Serialize;

use crate::model::Said;

pub use autoconfig::{ClientConfig, MailServer, UsernameSpec};
pub use srv::{SrvOffer, SrvService, SrvTarget, offer};

/// How one DNS look-up ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "answer", content = "records", rename_all = "kebab-case")]
pub enum DnsAnswer<T> {
    /// The records found (at least one).
    Records(Vec<T>),
    /// The name exists but has no record of this type.
    NoRecords,
    /// NXDOMAIN: the name does not exist.
    NoSuchDomain,
    /// No usable answer (timeout, server failure), in words (the reader's language when
    /// shown; English in JSON).
    Failed(Said),
}

impl<T> DnsAnswer<T> {
    pub fn records(&self) -> &[T] {
        match self {
            DnsAnswer::Records(r) => r,
            _ => &[],
        }
    }
}

/// Everything discovery learnt about a domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discovery {
    pub domain: String,
    /// MX records as `(preference, exchange)`, as received.
    pub mx: DnsAnswer<(u16, String)>,
    /// SRV answers, one per service in [`SrvService::ALL`] order.
    pub srv: Vec<(SrvService, DnsAnswer<SrvTarget>)>,
    /// The first autoconfig file found, with the address it came from.
    pub autoconfig: Option<(String, ClientConfig)>,
    /// What went wrong on the way, one line each (timeouts, HTTP errors, bad files).
    pub problems: Vec<Said>,
}

impl Discovery {
    /// Nothing looked up for `domain` (discovery did not run).
    pub fn empty(domain: &str) -> Discovery {
        Discovery {
            domain: domain.to_string(),
            mx: DnsAnswer::NoRecords,
            srv: Vec::new(),
            autoconfig: None,
            problems: Vec::new(),
        }
    }

    /// True when the DNS said the domain does not exist.
    pub fn domain_missing(&self) -> bool {
        self.mx == DnsAnswer::NoSuchDomain
    }
}
