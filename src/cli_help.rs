//! `--help` in the reader's language: when help is asked for, the command-line tree clap derives
//! from the option types is walked, and every text a person reads in it (what each command does,
//! each option's help, the placeholders that are words, the defaults, the headings) is replaced
//! by the catalogue's words for the language `--lang` or the locale names.
//!
//! Keys follow the command path and the argument's id: `help-about` (the program),
//! `help-check-about` (a command), `help-oauth2-login-about` (a command of a command),
//! `help-check-only` (an option of one command) or `help-pop3` (an option whose text is the same
//! everywhere it appears: the dashboard's, `check`'s and `scan`'s account options); the
//! command's own key wins over the shared one. Placeholders are `help-value-file`, headings
//! `help-heading-…`, clap's own words `help-word-…`. Options, commands and placeholders that
//! are syntax (`HOST[:PORT]`, `tls|starttls|none`) stay as typed.

use std::ffi::OsString;

use clap::builder::PossibleValue;
use clap::{Arg, Command};
use mailtriage_core::i18n;
use mailtriage_core::settings::Lang;

/// The language `--help` speaks: the value of `--lang` wherever it stands on the command line
/// (before `--`, after which the words belong to `demo`'s headless check), else the locale's.
pub fn lang_of_args(args: &[OsString]) -> Lang {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.parse::<Lang>().ok()) {
            return lang;
        }
    }
    Lang::from_env()
}

/// The command line without the `--lang` given after clap's `help` command, which takes no
/// options, so that `mailtriage help check --lang es` shows `check`'s help in Spanish (the
/// language was read from it already) rather than refusing `--lang` as a command's name.
pub fn without_lang_after_help(args: Vec<OsString>) -> Vec<OsString> {
    let mut command_at = None;
    let mut index = 1;
    while index < args.len() {
        let word = args[index].to_string_lossy();
        if word == "--lang" {
            index += 2;
            continue;
        }
        if !word.starts_with('-') {
            command_at = Some(index);
            break;
        }
        index += 1;
    }
    let Some(at) = command_at.filter(|at| args[*at] == "help") else {
        return args;
    };
    let mut kept = args[..=at].to_vec();
    let mut rest = args[at + 1..].iter();
    while let Some(word) = rest.next() {
        let text = word.to_string_lossy();
        if text == "--lang" {
            rest.next();
        } else if !text.starts_with("--lang=") {
            kept.push(word.clone());
        }
    }
    kept
}

/// `cmd` (the whole tree) with its texts in `lang`, ready to parse with.
pub fn localized(cmd: Command, lang: Lang) -> Command {
    let mut cmd = localize_tree(cmd, lang, "");
    // clap adds `--help`, `--version` and the `help` command while building; they are
    // translated once they exist.
    cmd.build();
    clap_own_words(cmd, lang)
}

/// The whole help text clap rendered, with the headings clap writes itself in `lang`: they are
/// lines of their own at the left margin, where no option's text ever stands.
pub fn localize_rendered(text: &str, lang: Lang) -> String {
    let heading = |key: &str| i18n::text(lang, key).into_owned();
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let replaced = match body {
            "Options:" => format!("{}:", heading("help-heading-options")),
            "Arguments:" => format!("{}:", heading("help-heading-arguments")),
            "Commands:" => format!("{}:", heading("help-heading-commands")),
            _ => match body.strip_prefix("Usage: ") {
                Some(usage) => format!(
                    "{}: {}",
                    heading("help-heading-usage"),
                    usage.replace(
                        "[OPTIONS]",
                        &format!("[{}]", heading("help-word-options-placeholder"))
                    )
                ),
                None => body.to_string(),
            },
        };
        out.push_str(&replaced);
        out.push_str(end);
    }
    out
}

/// The catalogue key of a text, the command's own first: `path` is the command path joined
/// by dashes (empty for the program itself), `item` the argument id or `about`.
fn key_of(path: &str, item: &str) -> Option<String> {
    let item = item.replace('_', "-");
    if path.is_empty() {
        let key = format!("help-{item}");
        return i18n::has(Lang::En, &key).then_some(key);
    }
    let own = format!("help-{path}-{item}");
    if i18n::has(Lang::En, &own) {
        return Some(own);
    }
    // What a command does is its own; an option may share its text with other commands'.
    if item == "about" {
        return None;
    }
    let shared = format!("help-{item}");
    i18n::has(Lang::En, &shared).then_some(shared)
}

/// The key of a placeholder that is a word (`FILE`, `SECONDS`), not syntax (`HOST[:PORT]`).
fn value_name_key(name: &str) -> Option<String> {
    let word = name.strip_suffix(".md").unwrap_or(name);
    let is_word = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
    is_word.then(|| format!("help-value-{}", name.to_ascii_lowercase().replace('.', "-")))
}

/// The key of a heading an option gives itself (`Many accounts`).
fn heading_key(heading: &str) -> String {
    format!("help-heading-{}", heading.to_lowercase().replace(' ', "-"))
}

/// The key of the help of one value an option takes (`--format nagios`).
fn possible_value_key(path: &str, arg: &str, value: &str) -> Option<String> {
    key_of(path, &format!("{arg}-{value}"))
}

fn path_of(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}-{name}")
    }
}

fn localize_tree(cmd: Command, lang: Lang, path: &str) -> Command {
    let mut cmd = cmd;
    if let Some(key) = key_of(path, "about") {
        cmd = cmd.about(i18n::text(lang, &key).into_owned());
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    if !names.is_empty() {
        cmd = cmd.subcommand_value_name(i18n::text(lang, "help-value-command").into_owned());
    }
    for name in names {
        let sub_path = path_of(path, &name);
        cmd = cmd.mut_subcommand(&name, |sub| localize_tree(sub, lang, &sub_path));
    }
    let mut specs: Vec<(String, String, String)> = Vec::new();
    let cmd = cmd.mut_args(|arg| localize_arg(arg, lang, path, &mut specs));
    // In a long help clap gives an option's defaults and values a paragraph of their own, as
    // it would have done with its own words.
    if !cmd.get_arguments().any(|a| a.get_long_help().is_some()) {
        return cmd;
    }
    cmd.mut_args(
        |arg| match specs.iter().find(|(id, _, _)| id == arg.get_id().as_str()) {
            Some((_, base, spec)) if arg.get_long_help().is_none() => {
                let long = format!("{base}\n\n{spec}");
                arg.long_help(long)
            }
            _ => arg,
        },
    )
}

/// `arg` in `lang`; an option whose defaults or values are added to its help leaves in
/// `specs` its id, its help and what was added, for the long help.
fn localize_arg(
    arg: Arg,
    lang: Lang,
    path: &str,
    specs: &mut Vec<(String, String, String)>,
) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let mut arg = arg;
    let mut help = match key_of(path, &id) {
        Some(key) => i18n::text(lang, &key).into_owned(),
        None => match arg.get_help() {
            Some(h) => h.to_string(),
            None => return arg,
        },
    };
    let takes_values = arg.get_action().takes_values();
    if let Some(names) = arg.get_value_names().filter(|_| takes_values) {
        let names: Vec<String> = names
            .iter()
            .map(|n| match value_name_key(n) {
                Some(key) => i18n::text(lang, &key).into_owned(),
                None => n.to_string(),
            })
            .collect();
        arg = arg.value_names(names);
    }
    if let Some(heading) = arg.get_help_heading() {
        let localized = i18n::text(lang, &heading_key(heading)).into_owned();
        arg = arg.help_heading(localized);
    }
    let base = help.clone();
    let mut added: Vec<String> = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let word = i18n::text(lang, "help-word-default");
        added.push(format!("[{word}: {}]", defaults.join(", ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        let word = i18n::text(lang, "help-word-possible-values");
        let listed = format!("[{word}: {}]", names.join(", "));
        if values.iter().any(|v| v.get_help().is_some()) {
            let described = match added.is_empty() {
                true => base.clone(),
                false => format!("{base}\n\n{}", added.join(" ")),
            };
            arg = arg.long_help(values_list(&described, &values, lang, path, &id));
        }
        added.push(listed);
        arg = arg.hide_possible_values(true);
    }
    if added.is_empty() {
        return arg.help(help);
    }
    let spec = added.join(" ");
    help = format!("{help} {spec}");
    specs.push((id, base, spec));
    arg.help(help)
}

/// The long help of an option whose values each say what they do, as clap lays it out.
fn values_list(help: &str, values: &[PossibleValue], lang: Lang, path: &str, id: &str) -> String {
    let width = values.iter().map(|v| v.get_name().len()).max().unwrap_or(0) + 1;
    let mut text = format!(
        "{help}\n\n{}:",
        i18n::text(lang, "help-heading-possible-values")
    );
    for value in values {
        let said = match possible_value_key(path, id, value.get_name()) {
            Some(key) => i18n::text(lang, &key).into_owned(),
            None => value.get_help().map(|h| h.to_string()).unwrap_or_default(),
        };
        let label = format!("{}:", value.get_name());
        text.push_str(&format!("\n- {label:<width$} {said}"));
    }
    text
}

/// The words clap adds while building: `-h, --help`, `-V, --version` and the `help` command.
fn clap_own_words(cmd: Command, lang: Lang) -> Command {
    let mut cmd = cmd;
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| clap_own_words(sub, lang));
    }
    if cmd.get_name() == "help" && cmd.get_arguments().all(|a| a.get_id() != "help") {
        cmd = cmd.about(i18n::text(lang, "help-word-help-command").into_owned());
    }
    cmd.mut_args(|arg| match arg.get_id().as_str() {
        "help" if arg.get_long_help().is_some() => arg
            .help(i18n::text(lang, "help-word-help-more").into_owned())
            .long_help(i18n::text(lang, "help-word-help-summary").into_owned()),
        "help" => arg.help(i18n::text(lang, "help-word-help").into_owned()),
        "version" => arg.help(i18n::text(lang, "help-word-version").into_owned()),
        "subcommand" => arg.help(i18n::text(lang, "help-word-help-for").into_owned()),
        _ => arg,
    })
}

/// The words clap writes itself, and the headings around them.
const CLAP_WORDS: &[&str] = &[
    "help-heading-usage",
    "help-heading-options",
    "help-heading-arguments",
    "help-heading-commands",
    "help-heading-possible-values",
    "help-word-options-placeholder",
    "help-word-default",
    "help-word-possible-values",
    "help-word-help",
    "help-word-help-more",
    "help-word-help-summary",
    "help-word-version",
    "help-word-help-command",
    "help-word-help-for",
    "help-value-command",
];

/// The catalogue key of every text of `cmd`'s tree a person reads, and of clap's own words:
/// the key a text is looked up by, or, when English has none, the command's own key it should
/// have. The tests ask every language for each, so a new option cannot ship in English only.
pub fn keys_in(cmd: &Command) -> Vec<String> {
    let mut keys: Vec<String> = CLAP_WORDS.iter().map(|k| k.to_string()).collect();
    walk_keys(cmd, "", &mut keys);
    keys.sort();
    keys.dedup();
    keys
}

fn walk_keys(cmd: &Command, path: &str, keys: &mut Vec<String>) {
    let own = |item: &str| format!("help-{}{}", prefix(path), item.replace('_', "-"));
    if cmd.get_about().is_some() {
        keys.push(key_of(path, "about").unwrap_or_else(|| own("about")));
    }
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if arg.get_help().is_some() {
            keys.push(key_of(path, id).unwrap_or_else(|| own(id)));
        }
        if arg.get_action().takes_values() {
            let names = arg.get_value_names().unwrap_or_default();
            keys.extend(names.iter().filter_map(|n| value_name_key(n)));
        }
        if let Some(heading) = arg.get_help_heading() {
            keys.push(heading_key(heading));
        }
        for value in arg.get_possible_values() {
            if value.get_help().is_some() {
                let item = format!("{id}-{}", value.get_name());
                keys.push(
                    possible_value_key(path, id, value.get_name()).unwrap_or_else(|| own(&item)),
                );
            }
        }
    }
    for sub in cmd.get_subcommands() {
        walk_keys(sub, &path_of(path, sub.get_name()), keys);
    }
}

fn prefix(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!("{path}-")
    }
}

/// The placeholders of `cmd`'s tree that are syntax and stay as typed in every language
/// (`HOST[:PORT]`, `tls|starttls|none`).
pub fn syntax_placeholders(cmd: &Command) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for arg in cmd.get_arguments() {
        if arg.get_action().takes_values() {
            for name in arg.get_value_names().unwrap_or_default() {
                if value_name_key(name).is_none() && !found.contains(&name.to_string()) {
                    found.push(name.to_string());
                }
            }
        }
    }
    for sub in cmd.get_subcommands() {
        for name in syntax_placeholders(sub) {
            if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

/// Each text of `cmd`'s tree that the catalogue's English does not say as the code's own
/// documentation does, as `key: code text ≠ catalogue text`. The doc comments on the option
/// types are what a developer reads; the catalogue is what a person reads; this keeps them one.
pub fn english_differences(cmd: &Command) -> Vec<String> {
    let mut found = Vec::new();
    walk_english(cmd, "", &mut found);
    found
}

fn walk_english(cmd: &Command, path: &str, found: &mut Vec<String>) {
    let mut compare = |key: Option<String>, code: String| {
        if let Some(key) = key {
            let catalogue = i18n::text(Lang::En, &key);
            if catalogue != code {
                found.push(format!("{key}: {code:?} ≠ {catalogue:?}"));
            }
        }
    };
    if let Some(about) = cmd.get_about() {
        compare(key_of(path, "about"), about.to_string());
    }
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if let Some(help) = arg.get_help() {
            compare(key_of(path, id), help.to_string());
        }
        for value in arg.get_possible_values() {
            if let Some(help) = value.get_help() {
                compare(
                    possible_value_key(path, id, value.get_name()),
                    help.to_string(),
                );
            }
        }
    }
    for sub in cmd.get_subcommands() {
        walk_english(sub, &path_of(path, sub.get_name()), found);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn lang_is_found_anywhere_before_the_double_dash() {
        let found = |list: &[&str]| lang_of_args(&args(list));
        assert_eq!(found(&["mailtriage", "--help", "--lang", "es"]), Lang::Es);
        assert_eq!(
            found(&["mailtriage", "--lang=pt", "check", "--help"]),
            Lang::Pt
        );
        assert_eq!(
            found(&["mailtriage", "check", "-h", "--lang", "pt"]),
            Lang::Pt
        );
        // After `--` the words are the demo's headless check's.
        let after = found(&[
            "mailtriage",
            "demo",
            "--help",
            "--",
            "check",
            "--lang",
            "es",
        ]);
        assert_eq!(after, Lang::from_env());
        // A value that names no language leaves the locale's.
        assert_eq!(found(&["mailtriage", "--lang", "xx"]), Lang::from_env());
        assert_eq!(found(&["mailtriage", "--lang"]), Lang::from_env());
    }

    #[test]
    fn lang_after_the_help_command_is_taken_out_and_nothing_else() {
        let cleaned = |list: &[&str]| without_lang_after_help(args(list));
        assert_eq!(
            cleaned(&["mailtriage", "help", "check", "--lang", "es"]),
            args(&["mailtriage", "help", "check"])
        );
        assert_eq!(
            cleaned(&["mailtriage", "--lang", "pt", "help", "--lang=es", "oauth2"]),
            args(&["mailtriage", "--lang", "pt", "help", "oauth2"])
        );
        for untouched in [
            &["mailtriage", "check", "--lang", "es"][..],
            &["mailtriage", "--help", "--lang", "es"],
            &["mailtriage", "demo", "help", "--lang", "es"],
        ] {
            assert_eq!(cleaned(untouched), args(untouched));
        }
    }

    #[test]
    fn an_option_without_a_text_or_with_other_words_is_found() {
        let cmd = Command::new("mailtriage").subcommand(
            Command::new("check")
                .about("Probe the servers once and print the result (no dashboard)")
                .arg(
                    Arg::new("brand_new")
                        .long("brand-new")
                        .help("Something new"),
                )
                .arg(Arg::new("pop3").long("pop3").help("Another text")),
        );
        let keys = keys_in(&cmd);
        assert!(
            keys.contains(&"help-check-brand-new".to_string()),
            "{keys:?}"
        );
        assert!(!i18n::has(Lang::En, "help-check-brand-new"));
        // The shared text of --pop3 is the one looked up, and it says something else.
        assert!(keys.contains(&"help-pop3".to_string()), "{keys:?}");
        let differences = english_differences(&cmd);
        assert_eq!(differences.len(), 1, "{differences:?}");
        assert!(differences[0].starts_with("help-pop3:"), "{differences:?}");
    }

    #[test]
    fn placeholders_that_are_words_have_keys_and_syntax_stays() {
        assert_eq!(value_name_key("FILE").as_deref(), Some("help-value-file"));
        assert_eq!(
            value_name_key("FILE.md").as_deref(),
            Some("help-value-file-md")
        );
        for syntax in ["HOST[:PORT]", "tls|starttls|none", "N", "check [--json]"] {
            assert_eq!(value_name_key(syntax), None, "{syntax}");
        }
    }

    #[test]
    fn clap_headings_are_replaced_only_at_the_margin() {
        let text = "About\n\nUsage: mailtriage check [OPTIONS]\n\nOptions:\n      --x\n          Options: kept\n";
        let es = localize_rendered(text, Lang::Es);
        assert!(es.contains(&format!(
            "{}: mailtriage check [{}]",
            i18n::text(Lang::Es, "help-heading-usage"),
            i18n::text(Lang::Es, "help-word-options-placeholder")
        )));
        assert!(es.contains(&format!(
            "\n{}:\n",
            i18n::text(Lang::Es, "help-heading-options")
        )));
        assert!(es.contains("          Options: kept\n"), "{es}");
        assert_eq!(localize_rendered(text, Lang::En), text);
    }
}
