//! What a probe says about a step or notes in a transcript, kept as a catalogue key and its
//! arguments and put into words only when shown, in the language the person chose.
//!
//! Server text is never translated: a line the server sent is [`Said::Verbatim`] (already
//! sanitized), and inside a phrase it is an [`Arg::Text`], placed as it came.

use std::borrow::Cow;
use std::fmt;

use fluent_bundle::FluentValue;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n;
use crate::settings::Lang;

/// A text to show a person: a phrase of the catalogue, or text that is not ours to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// Text shown as it is: a server's line (sanitized), a list of capabilities, an address.
    Verbatim(String),
    /// A text of the catalogue (`step-…`, `transcript-…`) and the values of its variables.
    Phrase {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
}

/// The value of one variable of a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Placed as it is: server text, host names, addresses, commands, formatted durations.
    Text(String),
    /// A count: the language's plural rules choose the words around it.
    Count(i64),
    /// A phrase of its own, put into words in the same language.
    Said(Box<Said>),
    /// Phrases put into words one by one and joined with `separator`.
    Joined {
        parts: Vec<Said>,
        separator: &'static str,
    },
}

/// A phrase of the catalogue with named arguments: `said!("step-dns-not-found", host = h)`.
/// The names are the Fluent variables of the English text; a test checks every use against
/// every language file.
#[macro_export]
macro_rules! said {
    ($key:literal $(,)?) => {
        $crate::model::Said::Phrase { key: $key, args: ::std::vec::Vec::new() }
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::model::Said::Phrase {
            key: $key,
            args: ::std::vec![$((stringify!($name), $crate::model::Arg::from($value))),+],
        }
    };
}

impl Said {
    /// Nothing to say (a step still running).
    pub const fn empty() -> Said {
        Said::Verbatim(String::new())
    }

    /// Phrases joined with `separator`, as one text.
    pub fn joined(parts: Vec<Said>, separator: &'static str) -> Said {
        Said::Phrase {
            key: "step-list",
            args: vec![("items", Arg::Joined { parts, separator })],
        }
    }

    /// The catalogue key, for machines (`None` for verbatim text).
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Said::Verbatim(_) => None,
            Said::Phrase { key, .. } => Some(key),
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Said::Verbatim(t) if t.is_empty())
    }

    /// The words in `lang`.
    pub fn render(&self, lang: Lang) -> Cow<'_, str> {
        match self {
            Said::Verbatim(text) => Cow::Borrowed(text.as_str()),
            Said::Phrase { key, args } if args.is_empty() => i18n::text(lang, key),
            Said::Phrase { key, args } => {
                let values: Vec<(&str, FluentValue<'_>)> = args
                    .iter()
                    .map(|(name, arg)| (*name, arg.value(lang)))
                    .collect();
                Cow::Owned(i18n::text_with(lang, key, &values))
            }
        }
    }

    /// The words in English: what logs, tests and the transcript's search compare against.
    pub fn english(&self) -> Cow<'_, str> {
        self.render(Lang::En)
    }

    /// Every piece of verbatim text inside, for redaction (passwords, private names).
    pub fn texts_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        match self {
            Said::Verbatim(text) => f(text),
            Said::Phrase { args, .. } => {
                for (_, arg) in args {
                    match arg {
                        Arg::Text(text) => f(text),
                        Arg::Count(_) => {}
                        Arg::Said(inner) => inner.texts_mut(f),
                        Arg::Joined { parts, .. } => {
                            for part in parts {
                                part.texts_mut(f);
                            }
                        }
                    }
                }
            }
        }
    }
}

impl Arg {
    fn value(&self, lang: Lang) -> FluentValue<'_> {
        match self {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Count(n) => FluentValue::from(*n),
            Arg::Said(inner) => FluentValue::from(inner.render(lang).into_owned()),
            Arg::Joined { parts, separator } => FluentValue::from(
                parts
                    .iter()
                    .map(|p| p.render(lang).into_owned())
                    .collect::<Vec<_>>()
                    .join(separator),
            ),
        }
    }
}

impl Default for Said {
    fn default() -> Self {
        Said::empty()
    }
}

impl From<String> for Said {
    fn from(text: String) -> Self {
        Said::Verbatim(text)
    }
}

impl From<&str> for Said {
    fn from(text: &str) -> Self {
        Said::Verbatim(text.to_string())
    }
}

impl From<&String> for Said {
    fn from(text: &String) -> Self {
        Said::Verbatim(text.clone())
    }
}

impl From<&Said> for Said {
    fn from(said: &Said) -> Self {
        said.clone()
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Said> for Arg {
    fn from(said: Said) -> Self {
        Arg::Said(Box::new(said))
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(u8, u16, u32, u64, usize, i32, i64);

/// English, for logs and `format!`; screens and reports use [`Said::render`].
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

impl PartialEq<str> for Said {
    fn eq(&self, other: &str) -> bool {
        self.english() == other
    }
}

impl PartialEq<&str> for Said {
    fn eq(&self, other: &&str) -> bool {
        self.english() == *other
    }
}

/// Serialized as its English words; the JSON report replaces them with the chosen language's
/// and adds the key beside them.
impl Serialize for Said {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english())
    }
}

impl<'de> Deserialize<'de> for Said {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Said::Verbatim)
    }
}

mod io_error;
mod value_error;

#[cfg(test)]
mod tests;
