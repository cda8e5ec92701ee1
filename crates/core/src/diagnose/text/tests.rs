//! The finding texts of every language: complete, built on the values rules record, shown with
//! only the values every finding of an id carries, and written as sentences.

use super::*;
use std::collections::BTreeSet;

use crate::i18n::message::{Message, message};

fn finding_message(lang: Lang, id: FindingId) -> Message {
    assert!(
        i18n::has(lang, &key(id)),
        "{lang}: no text for {id} ({})",
        key(id)
    );
    message(lang, &key(id)).unwrap()
}

/// The variables each part of a finding's texts uses, by attribute name ("" for the title),
/// with the values its name's conditions ask about.
fn used_vars(lang: Lang, id: FindingId) -> BTreeMap<String, BTreeSet<String>> {
    let message = finding_message(lang, id);
    let mut used = BTreeMap::new();
    used.insert(
        String::new(),
        message.value(None).missing.into_iter().collect(),
    );
    for name in message.attribute_names() {
        let mut vars: BTreeSet<String> = message
            .attribute(name, None)
            .unwrap()
            .missing
            .into_iter()
            .collect();
        let line = line_name(name).unwrap_or_else(|| panic!("{lang} {id}: odd line name {name}"));
        vars.extend(line.when.iter().chain(&line.unless).map(|v| v.to_string()));
        used.insert(name.to_string(), vars);
    }
    used
}

#[test]
fn line_names_give_part_number_and_conditions() {
    assert_eq!(
        line_name("fix-2-when-port25"),
        Some(LineName {
            part: Part::Fix,
            number: 2,
            when: vec!["port25"],
            unless: vec![],
        })
    );
    assert_eq!(
        line_name("why-4-when-host-unless-provider-help_url"),
        Some(LineName {
            part: Part::Explanation,
            number: 4,
            when: vec!["host"],
            unless: vec!["provider", "help_url"],
        })
    );
    assert_eq!(line_name("fix-1-port25"), None);
    assert_eq!(line_name("label"), None);
    assert_eq!(line_name("why-x"), None);

    let mut vars = Vars::new();
    vars.text("host", "pop.example.org");
    assert!(conditions_hold("why-1", &vars));
    assert!(conditions_hold("why-1-when-host", &vars));
    assert!(!conditions_hold("why-1-when-host-provider", &vars));
    assert!(conditions_hold("why-1-unless-provider", &vars));
    assert!(!conditions_hold("why-1-unless-host", &vars));
    assert!(conditions_hold("fix-1-when-host-unless-port", &vars));
    assert!(!conditions_hold("fix-1-when-host-unless-host", &vars));
}

#[test]
fn lines_show_when_their_values_and_conditions_are_known() {
    let mut vars = Vars::new();
    vars.text("host", "smtp.example.org").text("port", "25");
    let (title, explanation, fix) = render(FindingId::TcpTimeout, &vars, Lang::En);
    assert_eq!(title, "No answer from smtp.example.org on port 25");
    assert!(!explanation.contains("block port 25 on home connections"));
    assert!(!explanation.contains("these ports did answer"));
    assert!(!fix.iter().any(|l| l.contains("instead of port 25")));

    vars.flag("port25")
        .set("open_ports", Value::List(vec!["587".into(), "465".into()]));
    let (_, explanation, fix) = render(FindingId::TcpTimeout, &vars, Lang::En);
    assert!(explanation.contains("block port 25 on home connections"));
    assert!(explanation.contains("these ports did answer: 587 and 465."));
    assert!(fix[0].contains("instead of port 25"), "{fix:?}");

    // The generic wording only when the specific value is not known.
    let generic = "Either that name service is failing";
    let (_, explanation, _) = render(FindingId::DnsResolverDown, &Vars::new(), Lang::En);
    assert!(explanation.contains(generic));
    let mut vars = Vars::new();
    vars.text("address", "192.0.2.1");
    let (_, explanation, _) = render(FindingId::DnsResolverDown, &vars, Lang::En);
    assert!(!explanation.contains(generic));
    assert!(explanation.contains("192.0.2.1"));
}

#[test]
fn a_title_shows_unknown_values_as_blanks() {
    let (title, _, _) = render(FindingId::TcpRefused, &Vars::new(), Lang::En);
    assert_eq!(title, "Nothing answers on port  of ");
}

#[test]
fn values_show_in_the_language() {
    // 2024-03-05T14:02:00Z
    let at = 1_709_647_320;
    assert_eq!(show_date(at, Lang::En), "March 5, 2024, 14:02 UTC");
    assert_eq!(show_date(at, Lang::Es), "5 de marzo de 2024, 14:02 UTC");
    assert_eq!(show_date(at, Lang::Pt), "5 de março de 2024, 14:02 UTC");
    assert_eq!(show_value(&Value::Days(1), Lang::En), "1 day");
    assert_eq!(show_value(&Value::Days(3), Lang::Es), "3 días");
    assert_eq!(show_value(&Value::Days(0), Lang::Pt), "0 dias");
    let list = Value::List(vec!["a".into(), "b".into(), "c".into()]);
    assert_eq!(show_value(&list, Lang::En), "a, b and c");
    assert_eq!(show_value(&list, Lang::Es), "a, b y c");
    assert_eq!(show_value(&list, Lang::Pt), "a, b e c");
    assert_eq!(
        show_value(&Value::Security(Security::None), Lang::Es),
        "ninguna"
    );
    assert_eq!(
        show_value(&Value::Role(Panel::Outgoing), Lang::En),
        "outgoing mail server"
    );
    assert_eq!(
        show_value(&Value::Step(StepKind::Login), Lang::Es),
        "inicio de sesión"
    );
    assert_eq!(show_date(i64::MAX, Lang::En), format!("@{}", i64::MAX));
}

#[test]
fn durations_show_in_at_most_two_units() {
    let cases = [
        (1, "1 second"),
        (-45, "45 seconds"),
        (600, "10 minutes"),
        (7_190, "2 hours"),
        (-3 * 86_400 - 600, "3 days"),
        (9_000, "2 hours and 30 minutes"),
        (-(3 * 86_400 + 4 * 3_600 + 600), "3 days and 4 hours"),
    ];
    for (secs, words) in cases {
        assert_eq!(
            show_value(&Value::Duration(secs), Lang::En),
            words,
            "{secs}"
        );
    }
    let es = Lang::Es;
    assert_eq!(show_value(&Value::Duration(3_600 * 5), es), "5 horas");
    assert_eq!(
        show_value(&Value::Duration(9_000), es),
        "2 horas y 30 minutos"
    );
    assert!(show_value(&Value::Duration(i64::MIN), Lang::En).contains("days"));
    assert_eq!(show_value(&Value::Duration(60), es), "60 segundos");
    assert_eq!(show_value(&Value::Duration(100), es), "2 minutos");
    assert_eq!(show_value(&Value::Duration(0), Lang::Pt), "0 segundos");
    assert_eq!(show_value(&Value::Duration(1), Lang::Pt), "1 segundo");
}

#[test]
fn every_language_has_a_text_for_every_catalogue_id_and_no_other() {
    let ids: BTreeSet<String> = FindingId::ALL.iter().map(|id| key(*id)).collect();
    for locale in i18n::LOCALES {
        let keys: BTreeSet<String> = i18n::message_ids(locale.source)
            .into_iter()
            .filter(|k| k.starts_with("finding-"))
            .collect();
        assert_eq!(
            keys, ids,
            "{}: finding texts and catalogue differ",
            locale.tag
        );
    }
}

#[test]
fn every_language_uses_the_same_values_per_line() {
    for id in FindingId::ALL {
        let english = used_vars(Lang::En, *id);
        for name in english.values().flatten() {
            assert!(
                KNOWN_VARS.contains(&name.as_str()),
                "{id}: unknown value {{{name}}}"
            );
        }
        for lang in &Lang::ALL[1..] {
            assert_eq!(
                used_vars(*lang, *id),
                english,
                "{id}: {lang} and English have different lines or use different values"
            );
        }
    }
}

/// The values the front end always supplies.
fn common(vars: &mut Vars) {
    vars.set("role", Value::Role(Panel::Incoming))
        .set("now", Value::Date(1_700_000_000));
}

fn sample(name: &str) -> Value {
    match name {
        "date" | "now" => Value::Date(1_700_000_000),
        "days" => Value::Days(5),
        "offset" => Value::Duration(7_200),
        "correct_time" => Value::Date(1_700_007_200),
        "security" => Value::Security(Security::Starttls),
        "role" => Value::Role(Panel::Outgoing),
        "names" | "open_ports" | "mechanisms" | "standard_ports" => {
            Value::List(vec!["x".into(), "y".into()])
        }
        "step" | "stopped_at" | "closed_at" | "bad_at" => Value::Step(StepKind::Login),
        "other_role" => Value::Role(Panel::Incoming),
        _ => Value::Text(format!("<{name}>")),
    }
}

#[test]
fn every_text_shows_with_only_the_guaranteed_values() {
    for lang in Lang::ALL {
        for id in FindingId::ALL {
            let mut vars = Vars::new();
            common(&mut vars);
            for name in guaranteed_vars(*id) {
                vars.set(name, sample(name));
            }
            let title = finding_message(lang, *id).value(Some(&arguments(&vars, lang)));
            assert!(
                title.is_complete(),
                "{lang} {id}: the title needs more than the guaranteed values: {:?}",
                title.missing
            );
            let (title, explanation, fix) = render(*id, &vars, lang);
            assert!(!title.is_empty(), "{lang} {id}: empty title");
            assert!(!explanation.is_empty(), "{lang} {id}: no explanation");
            assert!(!fix.is_empty(), "{lang} {id}: no fix step");
            for s in std::iter::once(&title).chain(&fix).chain([&explanation]) {
                assert!(!s.contains('{') && !s.contains('}'), "{lang} {id}: {s}");
            }
        }
    }
}

#[test]
fn every_text_shows_with_all_values() {
    for lang in Lang::ALL {
        for id in FindingId::ALL {
            let mut vars = Vars::new();
            for name in KNOWN_VARS {
                vars.set(name, sample(name));
            }
            let (title, explanation, fix) = render(*id, &vars, lang);
            assert!(!title.is_empty() && !explanation.is_empty() && !fix.is_empty());
            for s in std::iter::once(&title).chain(&fix).chain([&explanation]) {
                assert!(!s.contains('{') && !s.contains('}'), "{lang} {id}: {s}");
            }
        }
    }
}

#[test]
fn texts_are_sentences() {
    for lang in Lang::ALL {
        for id in FindingId::ALL {
            let message = finding_message(lang, *id);
            let title = message.value(None).text;
            assert!(!title.ends_with('.'), "{lang} {id}: title ends with a dot");
            for name in message.attribute_names() {
                let text = message.attribute(name, None).unwrap().text;
                let t = text.trim_end();
                assert!(
                    t.ends_with('.') || t.ends_with('?') || t.ends_with(')') || t.ends_with('}'),
                    "{lang} {id}: '{t}' is not a finished sentence"
                );
            }
        }
    }
}
