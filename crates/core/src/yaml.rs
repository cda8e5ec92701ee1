//! The one module that reads and writes YAML, so the parser can be swapped.
//!
//! Every error names the file, and where the parser knows it, the line and column:
//! `presets/gmail.yaml:7:11: smtp[0].port: invalid value: integer `0`, expected a port (1-65535)`;
//! [`YamlError::said`] puts it in the reader's words.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt;

use crate::model::Said;
use crate::said;

/// Largest YAML document accepted. Presets and profiles are a few hundred bytes; anything much
/// bigger is not one of ours.
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;

/// A YAML document that could not be read or written, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    file: String,
    location: Option<(usize, usize)>,
    message: String,
}

impl YamlError {
    /// An error about `file` that has no position in it.
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> YamlError {
        YamlError {
            file: file.into(),
            location: None,
            message: message.into(),
        }
    }

    /// The file (or other source) the text came from, as given to [`from_str`].
    pub fn file(&self) -> &str {
        &self.file
    }

    /// Line of the problem, counted from 1, when the parser knows it.
    pub fn line(&self) -> Option<usize> {
        self.location.map(|(line, _)| line)
    }

    /// Column of the problem, counted from 1, when the parser knows it.
    pub fn column(&self) -> Option<usize> {
        self.location.map(|(_, column)| column)
    }

    /// What is wrong, without the file and position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The same error with advice appended to the message.
    pub fn with_hint(mut self, hint: &str) -> YamlError {
        self.message = format!("{}; {hint}", self.message);
        self
    }
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for YamlError {}

/// Parse one YAML document. `source` names where the text came from (a file path) and is
/// repeated in any error.
pub fn from_str<T: DeserializeOwned>(text: &str, source: &str) -> Result<T, YamlError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(YamlError::new(
            source,
            format!(
                "the document is {} bytes; the limit is {MAX_DOCUMENT_BYTES}",
                text.len()
            ),
        ));
    }
    serde_yaml::from_str(text).map_err(|e| convert(e, source))
}

/// Write a value as a YAML document.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_yaml::to_string(value).map_err(|e| convert(e, "<yaml output>"))
}

/// The parser's error as file, position and message. The parser appends its own
/// " at line L column C" to the message; that part is taken out because the position leads.
fn convert(error: serde_yaml::Error, source: &str) -> YamlError {
    let text = error.to_string();
    let Some(location) = error.location() else {
        return YamlError::new(source, text);
    };
    let (line, column) = (location.line(), location.column());
    let suffix = format!(" at line {line} column {column}");
    let message = match text.find(&suffix) {
        Some(at) => format!("{}{}", &text[..at], &text[at + suffix.len()..]),
        None => text,
    };
    YamlError {
        file: source.to_string(),
        location: Some((line, column)),
        message,
    }
}

/// Where a parse error is: `file:line:column`, or the file alone.
pub(crate) fn place(e: &YamlError) -> String {
    match (e.line(), e.column()) {
        (Some(line), Some(column)) => format!("{}:{line}:{column}", e.file()),
        _ => e.file().to_string(),
    }
}

/// The parser's "unknown field" message taken apart: where in the document (`accounts[0]: `,
/// or nothing), the field, and the fields allowed there.
pub(crate) struct UnknownField {
    pub(crate) at: String,
    pub(crate) field: String,
    pub(crate) expected: Vec<String>,
}

pub(crate) fn unknown_field(message: &str) -> Option<UnknownField> {
    const MARK: &str = "unknown field `";
    let start = message.find(MARK)?;
    let at = message[..start].to_string();
    let rest = &message[start + MARK.len()..];
    let end = rest.find('`')?;
    let field = rest[..end].to_string();
    let expected = rest[end + 1..]
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    Some(UnknownField {
        at,
        field,
        expected,
    })
}

/// The parser's message split into the place in the document it starts with
/// (`accounts[0].incoming.port: `, or nothing) and the rest.
fn document_path(message: &str) -> (&str, &str) {
    match message.split_once(": ") {
        Some((path, _))
            if !path.is_empty()
                && path
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '[' | ']')) =>
        {
            message.split_at(path.len() + 2)
        }
        _ => ("", message),
    }
}

/// The kinds of YAML file the product reads, for the words of a parse error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YamlDocument {
    AccountsFile,
    Profile,
    Preset,
}

impl YamlError {
    /// The error in the reader's words, naming the kind of file: an unknown field with the
    /// fields allowed; anything else with the parser's own description as data inside the
    /// sentence (it depends on the parser's wording, which is why it lives here).
    pub(crate) fn said(&self, document: YamlDocument) -> Said {
        let e = self;
        match unknown_field(e.message()) {
            Some(u) if u.expected.is_empty() => said!(
                "accounts-file-unknown-field-here",
                place = place(e),
                at = u.at,
                field = u.field
            ),
            Some(u) => said!(
                "accounts-file-unknown-field",
                place = place(e),
                at = u.at,
                field = u.field,
                expected = u.expected.join(", ")
            ),
            None => {
                let (at, message) = document_path(e.message());
                let (place, at) = (place(e), at.to_string());
                match document {
                    YamlDocument::AccountsFile => said!(
                        "accounts-file-not-yaml",
                        place = place,
                        at = at,
                        message = message
                    ),
                    YamlDocument::Profile => said!(
                        "profile-file-not-yaml",
                        place = place,
                        at = at,
                        message = message
                    ),
                    YamlDocument::Preset => said!(
                        "preset-file-not-yaml",
                        place = place,
                        at = at,
                        message = message
                    ),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        name: String,
        port: u16,
    }

    #[test]
    fn parses_a_document() {
        let s: Sample = from_str("name: a\nport: 995\n", "x.yaml").unwrap();
        assert_eq!(
            s,
            Sample {
                name: "a".into(),
                port: 995
            }
        );
    }

    #[test]
    fn error_names_file_line_and_column() {
        let err = from_str::<Sample>("name: a\nport: 995\nhost: b\n", "dir/x.yaml").unwrap_err();
        assert_eq!(err.file(), "dir/x.yaml");
        assert_eq!(err.line(), Some(3));
        assert_eq!(err.column(), Some(1));
        let shown = err.to_string();
        assert!(shown.starts_with("dir/x.yaml:3:1: "), "{shown}");
        assert!(shown.contains("unknown field `host`"), "{shown}");
        assert!(!shown.contains(" at line "), "position repeated: {shown}");
    }

    #[test]
    fn type_error_points_at_the_value() {
        let err = from_str::<Sample>("name: a\nport: 99999\n", "x.yaml").unwrap_err();
        assert_eq!(err.line(), Some(2));
        assert!(err.message().contains("port"), "{err}");
    }

    #[test]
    fn syntax_error_has_a_position() {
        let err = from_str::<Sample>("name: [a\nport: 1\n", "x.yaml").unwrap_err();
        assert!(err.line().is_some(), "{err}");
        assert!(err.to_string().starts_with("x.yaml:"), "{err}");
    }

    #[test]
    fn empty_document_is_an_error_not_a_panic() {
        let err = from_str::<Sample>("", "empty.yaml").unwrap_err();
        assert!(err.to_string().starts_with("empty.yaml"), "{err}");
    }

    #[test]
    fn oversized_document_is_refused() {
        let text = "#".repeat(MAX_DOCUMENT_BYTES + 1);
        let err = from_str::<Sample>(&text, "big.yaml").unwrap_err();
        assert!(err.message().contains("limit"), "{err}");
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            text.push_str(&format!(
                "l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        assert!(from_str::<serde_json::Value>(&text, "bomb.yaml").is_err());
    }

    #[test]
    fn round_trip() {
        let s = Sample {
            name: "b".into(),
            port: 25,
        };
        let text = to_string(&s).unwrap();
        assert_eq!(from_str::<Sample>(&text, "rt").unwrap(), s);
    }
}
