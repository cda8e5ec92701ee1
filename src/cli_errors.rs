//! A command line clap refuses, told in the reader's language: clap's error kinds and their
//! context (the argument, the value, a similar name) become catalogue phrases; a kind without a
//! phrase keeps clap's own first line.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use crate::finding::Lang;
use crate::model::Said;
use mailtriage_core::said;

/// The one line `mailtriage` prints for a refused command line, ending with where to read more.
pub fn usage_line(e: &Error, lang: Lang) -> String {
    let what = match said_of(e) {
        Some(said) => said,
        None => Said::Verbatim(clap_first_line(e)),
    };
    said!("usage-see-help", error = what)
        .render(lang)
        .into_owned()
}

/// clap's own words: the first line of its message, without its `error: ` prefix.
fn clap_first_line(e: &Error) -> String {
    let text = e.render().to_string();
    text.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("invalid command line")
        .trim_start_matches("error: ")
        .to_string()
}

/// The error as a phrase, when its kind has one and clap gave the context it needs.
fn said_of(e: &Error) -> Option<Said> {
    let value = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join(", ")),
        _ => None,
    };
    let argument = || value(ContextKind::InvalidArg);
    let said = match e.kind() {
        ErrorKind::UnknownArgument => said!("usage-unknown-argument", argument = argument()?),
        ErrorKind::InvalidSubcommand => said!(
            "usage-unknown-command",
            command = value(ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match value(ContextKind::InvalidValue).filter(|v| !v.is_empty()) {
                Some(v) => said!("usage-invalid-value", value = v, argument = argument()?),
                None => said!("usage-value-missing", argument = argument()?),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            said!("usage-missing-arguments", arguments = argument()?)
        }
        ErrorKind::ArgumentConflict => said!(
            "usage-conflict",
            argument = argument()?,
            other = value(ContextKind::PriorArg)?
        ),
        ErrorKind::NoEquals => said!("usage-needs-equals", argument = argument()?),
        ErrorKind::TooManyValues => said!(
            "usage-too-many-values",
            value = value(ContextKind::InvalidValue)?,
            argument = argument()?
        ),
        _ => return None,
    };
    let similar = value(ContextKind::SuggestedArg)
        .or_else(|| value(ContextKind::SuggestedSubcommand))
        .or_else(|| value(ContextKind::SuggestedValue));
    let valid = value(ContextKind::ValidValue);
    Some(match (similar, valid) {
        (Some(similar), _) => said!("usage-with-similar", error = said, similar = similar),
        (None, Some(valid)) => said!("usage-with-valid", error = said, valid = valid),
        (None, None) => said,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, Command};

    fn refused(args: &[&str]) -> Error {
        Command::new("prog")
            .arg(Arg::new("pop3").long("pop3"))
            .arg(
                Arg::new("format")
                    .long("format")
                    .value_parser(["text", "json"]),
            )
            .subcommand(Command::new("check"))
            .try_get_matches_from(args)
            .unwrap_err()
    }

    #[test]
    fn common_mistakes_read_in_each_language() {
        let unknown = refused(&["prog", "--pop"]);
        assert_eq!(
            usage_line(&unknown, Lang::En),
            "unexpected argument '--pop' found; a similar one exists: '--pop3' (see --help)"
        );
        assert_eq!(
            usage_line(&unknown, Lang::Es),
            "argumento inesperado «--pop»; existe uno parecido: «--pop3» (consulta --help)"
        );
        let value = refused(&["prog", "--format", "xml"]);
        assert!(
            usage_line(&value, Lang::Pt).starts_with("valor inválido \"xml\" para \"--format"),
            "{}",
            usage_line(&value, Lang::Pt)
        );
        let missing = refused(&["prog", "--pop3"]);
        assert!(
            usage_line(&missing, Lang::Es).starts_with("falta el valor de «--pop3"),
            "{}",
            usage_line(&missing, Lang::Es)
        );
        let command = refused(&["prog", "chek"]);
        assert!(
            usage_line(&command, Lang::En).contains("'chek'"),
            "{}",
            usage_line(&command, Lang::En)
        );
    }
}
