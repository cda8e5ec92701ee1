//! A diagnosis as every front end shows it: id from the catalogue, severity, panel, texts in the
//! chosen language, and the evidence that triggered it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

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

/// Language of the texts shown to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// The language from the usual locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`, `LANGUAGE`),
    /// English unless they name Spanish.
    pub fn from_env() -> Lang {
        Lang::from_locale_vars(|k| std::env::var(k).ok())
    }

    /// Testable core of [`Lang::from_env`].
    pub fn from_locale_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
            if let Some(v) = get(key).filter(|v| !v.is_empty()) {
                return if v.to_ascii_lowercase().starts_with("es") {
                    Lang::Es
                } else {
                    Lang::En
                };
            }
        }
        Lang::En
    }

    pub fn toggled(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "en" | "english" => Ok(Lang::En),
            "es" | "spanish" | "español" => Ok(Lang::Es),
            other => Err(format!("unknown language '{other}': use en or es")),
        }
    }
}

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
