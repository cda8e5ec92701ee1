//! A diagnosis as every front end shows it: id from the catalogue, severity, panel, texts in the
//! chosen language, and the evidence that triggered it.

use serde::{Deserialize, Serialize};

use crate::model::Panel;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// This blocks mail. Sorted first.
    Error,
    /// Works now, but risky or about to break.
    Warn,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warn => "warn",
            Severity::Info => "info",
        }
    }
}

pub use crate::settings::Lang;

/// One diagnosis, with its texts already in the chosen language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable id from the catalogue (`cert-expired`, `auth-failed`, …).
    pub id: String,
    pub severity: Severity,
    pub panel: Panel,
    pub title: String,
    pub explanation: String,
    /// Numbered steps, in order (the numbers are added when shown).
    pub fix: Vec<String>,
    /// The server lines, TLS errors or timings that triggered the finding (sanitized).
    pub evidence: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_spanish_only_when_named() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_locale_vars(env(&[("LANG", "es_ES.UTF-8")])),
            Lang::Es
        );
        assert_eq!(
            Lang::from_locale_vars(env(&[("LANG", "en_US.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_locale_vars(env(&[("LC_ALL", "C"), ("LANG", "es_MX")])),
            Lang::En
        );
        assert_eq!(Lang::from_locale_vars(env(&[])), Lang::En);
    }
}
