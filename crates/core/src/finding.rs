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
    fn locale_picks_the_language_it_names() {
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
        assert_eq!(
            Lang::from_locale_vars(env(&[("LANG", "pt_BR.UTF-8")])),
            Lang::Pt
        );
        assert_eq!(
            Lang::from_locale_vars(env(&[("LANGUAGE", "pt:en")])),
            Lang::Pt
        );
        assert_eq!(
            Lang::from_locale_vars(env(&[("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
    }

    #[test]
    fn every_language_is_named_by_its_code_and_the_key_cycles_through_all() {
        for lang in Lang::ALL {
            assert_eq!(lang.as_str().parse::<Lang>(), Ok(lang));
        }
        assert_eq!("pt_BR".parse::<Lang>(), Ok(Lang::Pt));
        assert_eq!("Spanish".parse::<Lang>(), Ok(Lang::Es));
        assert_eq!(
            "fr".parse::<Lang>(),
            Err("unknown language 'fr': use en, es, pt".to_string())
        );
        assert_eq!(Lang::En.toggled(), Lang::Es);
        assert_eq!(Lang::Es.toggled(), Lang::Pt);
        assert_eq!(Lang::Pt.toggled(), Lang::En);
    }
}
