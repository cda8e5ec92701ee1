//! One message of a locale file taken apart: its value and each of its attributes formatted on
//! its own, saying which variables were missing. Texts made of optional lines (a finding's
//! explanation and fix steps) keep each line in an attribute and leave out the ones whose values
//! are not known.

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentArgs, FluentError, FluentMessage, FluentResource};

use super::{loaded, locale_index};
use crate::settings::Lang;

/// A message of one language's file, ready to format part by part.
pub struct Message {
    bundle: &'static FluentBundle<FluentResource>,
    message: FluentMessage<'static>,
}

/// A formatted text and the variables it refers to that were not given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formatted {
    pub text: String,
    pub missing: Vec<String>,
}

impl Formatted {
    /// Every variable the text uses was given.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// The message `key` in `lang`, or in English when `lang`'s file lacks it.
pub fn message(lang: Lang, key: &str) -> Option<Message> {
    [locale_index(lang), 0].into_iter().find_map(|index| {
        let bundle = &loaded(index).bundle;
        bundle
            .get_message(key)
            .map(|message| Message { bundle, message })
    })
}

impl Message {
    /// The attributes' names, in the order the file gives them.
    pub fn attribute_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.message.attributes().map(|a| a.id())
    }

    /// The message's own text (empty when it has only attributes).
    pub fn value(&self, args: Option<&FluentArgs>) -> Formatted {
        match self.message.value() {
            Some(pattern) => self.format(pattern, args),
            None => Formatted {
                text: String::new(),
                missing: Vec::new(),
            },
        }
    }

    /// The text of one attribute, if the message has it.
    pub fn attribute(&self, name: &str, args: Option<&FluentArgs>) -> Option<Formatted> {
        let attribute = self.message.get_attribute(name)?;
        Some(self.format(attribute.value(), args))
    }

    fn format(
        &self,
        pattern: &'static fluent_syntax::ast::Pattern<&'static str>,
        args: Option<&FluentArgs>,
    ) -> Formatted {
        let mut errors = Vec::new();
        let text: Cow<'_, str> = self.bundle.format_pattern(pattern, args, &mut errors);
        let missing = errors
            .into_iter()
            .filter_map(|e| match e {
                FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
                    id,
                })) => Some(id),
                _ => None,
            })
            .collect();
        Formatted {
            text: text.into_owned(),
            missing,
        }
    }
}
