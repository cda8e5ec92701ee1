//! The shipped language files: they parse, define the same keys, give every text, and use only
//! the variables the English text (which the code is written against) uses.

use super::*;

#[test]
fn every_locale_parses_without_errors() {
    for locale in LOCALES {
        if let Err((_, errors)) = FluentResource::try_new(locale.source.to_string()) {
            panic!("{}.ftl has syntax errors: {errors:?}", locale.tag);
        }
    }
}

#[test]
fn no_locale_defines_a_key_twice() {
    for locale in LOCALES {
        let mut ids = message_ids(locale.source);
        let all = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all, "{}.ftl defines a key twice", locale.tag);
    }
}

#[test]
fn every_locale_has_every_key_and_no_other() {
    let english: std::collections::BTreeSet<String> =
        message_ids(LOCALES[0].source).into_iter().collect();
    for locale in &LOCALES[1..] {
        let own: std::collections::BTreeSet<String> =
            message_ids(locale.source).into_iter().collect();
        let missing: Vec<_> = english.difference(&own).collect();
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", locale.tag);
        assert!(
            extra.is_empty(),
            "{}.ftl has keys English lacks: {extra:?}",
            locale.tag
        );
    }
}

#[test]
fn every_placeholder_a_translation_uses_is_one_the_code_provides() {
    let english = LOCALES[0].source;
    for locale in &LOCALES[1..] {
        for id in message_ids(locale.source) {
            let provided = variables_of(english, &id);
            for var in variables_of(locale.source, &id) {
                assert!(
                    provided.contains(&var),
                    "{}.ftl: {id} uses ${var}, which the English text (and so the code) does not give",
                    locale.tag
                );
            }
        }
    }
}

#[test]
fn no_text_is_empty() {
    for locale in LOCALES {
        let loaded = load(locale);
        for id in message_ids(locale.source) {
            let message = loaded.bundle.get_message(&id).expect("defined");
            if let Some(value) = message.value() {
                let mut errors = Vec::new();
                let text = loaded.bundle.format_pattern(value, None, &mut errors);
                assert!(!text.trim().is_empty(), "{}.ftl: {id} is empty", locale.tag);
            }
            for attr in message.attributes() {
                let mut errors = Vec::new();
                let text = loaded
                    .bundle
                    .format_pattern(attr.value(), None, &mut errors);
                assert!(
                    !text.trim().is_empty(),
                    "{}.ftl: {id}.{} is empty",
                    locale.tag,
                    attr.id()
                );
            }
        }
    }
}

#[test]
fn a_text_is_found_in_its_language_and_falls_back_to_english() {
    assert_eq!(text(Lang::En, "language-name"), "English");
    assert_eq!(text(Lang::Es, "language-name"), "Español");
    assert_eq!(text(Lang::Es, "no-such-key"), "no-such-key");
}

#[test]
fn plural_forms_follow_the_language() {
    let one = text_with(Lang::En, "days", &[("n", FluentValue::from(1))]);
    let many = text_with(Lang::En, "days", &[("n", FluentValue::from(3))]);
    assert_eq!(one, "1 day");
    assert_eq!(many, "3 days");
    assert_eq!(
        text_with(Lang::Es, "days", &[("n", FluentValue::from(1))]),
        "1 día"
    );
}

#[test]
fn every_language_has_its_file_in_order() {
    let registered: Vec<Lang> = LOCALES.iter().map(|l| l.lang).collect();
    assert_eq!(registered, Lang::ALL);
    for locale in LOCALES {
        assert!(
            locale.tag.starts_with(locale.lang.as_str()),
            "{} is registered for {}",
            locale.tag,
            locale.lang
        );
    }
}

#[test]
fn every_locale_gives_each_message_the_attributes_english_gives() {
    let english = loaded(0);
    for (index, locale) in LOCALES.iter().enumerate().skip(1) {
        let own = loaded(index);
        for id in message_ids(locale.source) {
            let names = |bundle: &FluentBundle<FluentResource>| -> Vec<String> {
                bundle
                    .get_message(&id)
                    .map(|m| m.attributes().map(|a| a.id().to_string()).collect())
                    .unwrap_or_default()
            };
            assert_eq!(
                names(&own.bundle),
                names(&english.bundle),
                "{}.ftl: {id} has other attributes than in English",
                locale.tag
            );
        }
    }
}

#[test]
fn texts_without_variables_are_formatted_once_and_the_others_on_each_use() {
    for (index, _) in LOCALES.iter().enumerate() {
        let fixed = &loaded(index).fixed;
        assert!(fixed.contains_key("language-name"));
        assert!(fixed.contains_key("report-no-problems"));
        assert!(!fixed.contains_key("days"));
        assert!(fixed.contains_key("finding-no-network"));
        assert!(!fixed.contains_key("finding-dns-not-found"));
    }
}
