//! The product's words in every language: one Fluent file per language under
//! `crates/core/locales/`, embedded in the binary and looked up by stable keys.
//!
//! A translator adds a language by adding its file and one line to [`LOCALES`]. Messages without
//! variables are formatted once, when their language is first used, so the dashboard's per-frame
//! look-ups are a hash-map read.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::settings::Lang;

/// One language the product speaks: its code (as in `--lang`) and its Fluent source.
pub struct Locale {
    pub lang: Lang,
    /// BCP 47 language tag, used for plural rules and number formatting.
    pub tag: &'static str,
    pub source: &'static str,
}

/// Every language, English first (the fallback when a key is missing elsewhere), in the order of
/// [`Lang::ALL`].
pub static LOCALES: &[Locale] = &[
    Locale {
        lang: Lang::En,
        tag: "en",
        source: include_str!("../../locales/en.ftl"),
    },
    Locale {
        lang: Lang::Es,
        tag: "es",
        source: include_str!("../../locales/es.ftl"),
    },
    Locale {
        lang: Lang::Pt,
        tag: "pt-BR",
        source: include_str!("../../locales/pt.ftl"),
    },
];

/// A parsed language: its bundle and its messages that take no variables, already formatted.
struct Loaded {
    bundle: FluentBundle<FluentResource>,
    fixed: HashMap<String, String>,
}

fn locale_index(lang: Lang) -> usize {
    LOCALES.iter().position(|l| l.lang == lang).unwrap_or(0)
}

/// Parse `lang`'s file and English's (the fallback, and the words of the JSON's stable
/// fields) now, if that has not happened yet. A caller that will need texts only later (after
/// a network check) calls this on a thread of its own, so that the parsing overlaps the wait.
pub fn prepare(lang: Lang) {
    let _ = loaded(locale_index(lang));
    let _ = loaded(0);
}

fn loaded(index: usize) -> &'static Loaded {
    static CELLS: OnceLock<Vec<OnceLock<Loaded>>> = OnceLock::new();
    let cells = CELLS.get_or_init(|| LOCALES.iter().map(|_| OnceLock::new()).collect());
    cells[index].get_or_init(|| load(&LOCALES[index]))
}

fn load(locale: &Locale) -> Loaded {
    let resource = FluentResource::try_new(locale.source.to_string())
        // A file with syntax errors still yields the messages that parse; the test
        // `every_locale_parses` keeps the shipped files free of errors.
        .unwrap_or_else(|(partial, _errors)| partial);
    // One parse: the messages that need no variables are read before the bundle takes the
    // resource.
    let fixed_ids = messages_without_variables(&resource);
    let tag = locale.tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Terminals show the isolation marks as stray characters; our values are never bidi text
    // mixed with right-to-left prose.
    bundle.set_use_isolating(false);
    // Duplicate ids are reported by the tests; the first definition wins here.
    let _ = bundle.add_resource(resource);
    let mut fixed = HashMap::with_capacity(fixed_ids.len());
    for id in fixed_ids {
        if let Some(text) = format_in(&bundle, &id, None) {
            fixed.entry(id).or_insert(text);
        }
    }
    Loaded { bundle, fixed }
}

/// The ids of the messages of `resource` with a value that refers to no variable, value or
/// attributes (the ones [`load`] formats once).
fn messages_without_variables(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m),
            _ => None,
        })
        .filter(|m| {
            let mut found = Vec::new();
            if let Some(value) = &m.value {
                collect_variables(value, &mut found);
            }
            for attr in &m.attributes {
                collect_variables(&attr.value, &mut found);
            }
            found.is_empty()
        })
        .map(|m| m.id.name.to_string())
        .collect()
}

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(attr) => message.get_attribute(attr)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// The ids of the messages a Fluent source defines, in order (terms and comments skipped).
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The variables (`{ $name }`) a message of a Fluent source refers to, value and attributes.
pub fn variables_of(source: &str, id: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut found = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry
            && m.id.name == id
        {
            if let Some(value) = &m.value {
                collect_variables(value, &mut found);
            }
            for attr in &m.attributes {
                collect_variables(&attr.value, &mut found);
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

fn collect_variables(pattern: &fluent_syntax::ast::Pattern<&str>, found: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, found: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => found.push(id.name.to_string()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, found);
                }
                for n in &arguments.named {
                    inline(&n.value, found);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, found),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, found: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, found),
            Expression::Select { selector, variants } => {
                inline(selector, found);
                for v in variants {
                    collect_variables(&v.value, found);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expr(expression, found);
        }
    }
}

/// The text of `key` (a message id, or `id.attribute`) in `lang`, for messages without
/// variables. Falls back to English, then to the key itself, so a missing translation shows
/// as something a person can report rather than as nothing.
pub fn text(lang: Lang, key: &str) -> Cow<'static, str> {
    let own = loaded(locale_index(lang));
    if let Some(t) = own.fixed.get(key) {
        return Cow::Borrowed(t.as_str());
    }
    if let Some(t) = format_in(&own.bundle, key, None) {
        return Cow::Owned(t);
    }
    let english = loaded(0);
    if let Some(t) = english.fixed.get(key) {
        return Cow::Borrowed(t.as_str());
    }
    Cow::Owned(format_in(&english.bundle, key, None).unwrap_or_else(|| key.to_string()))
}

/// The text of `key` in `lang` with its variables filled from `args`. Numbers given as
/// [`FluentValue::Number`] select plural forms by the language's rules.
pub fn text_with(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let own = loaded(locale_index(lang));
    format_in(&own.bundle, key, Some(&fluent_args))
        .or_else(|| format_in(&loaded(0).bundle, key, Some(&fluent_args)))
        .unwrap_or_else(|| key.to_string())
}

/// Whether `lang`'s own file defines `key` (no fallback).
pub fn has(lang: Lang, key: &str) -> bool {
    format_in(&loaded(locale_index(lang)).bundle, key, None).is_some()
}

pub mod message;
pub mod stop_list;

#[cfg(test)]
mod tests;
