//! What the DNS says about the account's mail domain: MX, SPF, DMARC and DKIM, summarised so
//! diagnosis can match on verdicts rather than on record text.

use serde::{Deserialize, Serialize};

use super::{IoFailure, Said};

/// The domain checks of one domain.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainFacts {
    pub domain: String,
    /// The preset whose own addresses use this domain (`gmail` for gmail.com): the records are
    /// the provider's business, not the person's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_domain_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mx: Option<MxFacts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spf: Option<SpfFacts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dmarc: Option<DmarcFacts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dkim: Option<DkimFacts>,
}

/// One MX record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MxHost {
    pub preference: u16,
    /// Without the trailing dot, lower case.
    pub host: String,
}

/// The domain's MX records and the providers they and the configured servers point at.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MxFacts {
    /// Most preferred first.
    pub hosts: Vec<MxHost>,
    /// The domain says it takes no mail (`MX 0 .`, RFC 7505).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub null_mx: bool,
    /// Presets whose MX suffixes match the MX hosts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mx_providers: Vec<String>,
    /// Presets whose servers are the configured incoming or outgoing host.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub server_providers: Vec<String>,
    /// Why no MX was found: `not-found` (the domain does not exist or has no MX), or a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<IoFailure>,
}

/// The SPF verdict of a domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpfVerdict {
    Valid,
    /// No `v=spf1` TXT record.
    Missing,
    /// More than one `v=spf1` record (a permanent error for receivers).
    Multiple,
    /// A syntax error, or an include/redirect that has no valid record.
    Invalid,
    /// More than 10 DNS-querying terms, counted through include and redirect.
    TooManyLookups,
    /// The TXT look-up itself failed.
    LookupFailed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpfFacts {
    pub verdict: SpfVerdict,
    /// The `v=spf1` records found (sanitized).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<String>,
    /// DNS-querying terms counted through include and redirect (when one record was found).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_lookups: Option<u32>,
    /// The `all` term's qualifier (`-all`, `~all`, `?all`, `+all`), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<String>,
    /// What is wrong, in words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Said>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<IoFailure>,
}

/// The DMARC verdict of a domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DmarcVerdict {
    Valid,
    /// No `v=DMARC1` record at `_dmarc.DOMAIN`.
    Missing,
    /// More than one record (receivers then apply none).
    Multiple,
    Invalid,
    LookupFailed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DmarcFacts {
    pub verdict: DmarcVerdict,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<String>,
    /// `none`, `quarantine` or `reject`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subdomain_policy: Option<String>,
    /// Percentage of mail the policy applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<u8>,
    /// Aggregate report addresses (`rua`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub report_to: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Said>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<IoFailure>,
}

/// Why these DKIM selectors were tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SelectorBasis {
    /// The selectors the detected provider uses.
    Provider,
    /// Given with `--dkim-selector`.
    Given,
    /// The provider is unknown: a few selectors in common use.
    Common,
}

/// The state of a key at one selector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DkimKeyState {
    Found,
    /// A record with an empty `p=`: the key was withdrawn.
    Revoked,
    /// A record is there but is not a usable key.
    Invalid,
    Missing,
    LookupFailed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DkimSelectorCheck {
    pub selector: String,
    pub state: DkimKeyState,
    /// `rsa` or `ed25519`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_bits: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<Said>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DkimFacts {
    pub basis: SelectorBasis,
    /// The provider whose selectors were tried, when the basis is `provider`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    pub selectors: Vec<DkimSelectorCheck>,
}

impl DkimFacts {
    /// True when some selector holds a usable key.
    pub fn any_found(&self) -> bool {
        self.selectors
            .iter()
            .any(|s| s.state == DkimKeyState::Found)
    }
}
