//! `--help` speaks the reader's language: with `--lang es` (before the command, after it, after
//! `--help`) or with a Brazilian Portuguese locale, the help of the program and of every command
//! holds no English word of the stop-list, option names and syntax placeholders kept as typed;
//! English still says what it said; and every text of the command line has its catalogue key
//! in every language, the English one word for word the code's doc comment.

mod support;

use std::process::Command;

use clap::CommandFactory;
use mailtriage::cli::Cli;
use mailtriage::cli_help;
use mailtriage_core::i18n;
use mailtriage_core::i18n::stop_list::english_words_in;
use mailtriage_core::settings::Lang;
use support::run;

const BIN: &str = env!("CARGO_BIN_EXE_mailtriage");

/// Every command whose help a person can ask for.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["check"],
    &["scan"],
    &["demo"],
    &["presets"],
    &["serve"],
    &["oauth2"],
    &["oauth2", "login"],
];

/// Runs the binary with `args` under the locale `lang`; its standard output, after checking
/// it ended well.
fn help_of(args: &[&str], lang: &str) -> String {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("MAILTRIAGE_PASSWORD");
    let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
    out.assert_ended(&format!("mailtriage {args:?}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        out.code,
        Some(0),
        "mailtriage {args:?}: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The stop-list's words left in `text`, a help in `lang`, once what is typed as it stands
/// is taken out: quoted text (`…`, «…»), the command names at the start of the command list
/// and of the usage line, syntax placeholders and their words, the lists of values an option
/// takes. Option names are left out by the stop-list itself.
fn english_in_help(text: &str, lang: Lang) -> Vec<&'static str> {
    let syntax = cli_help::syntax_placeholders(&Cli::command());
    let commands = [
        "check", "scan", "demo", "presets", "serve", "oauth2", "login", "help",
    ];
    let values_word = i18n::text(lang, "help-word-possible-values");
    let mut cleaned = String::new();
    for line in text.lines() {
        let mut line = unquoted(line);
        if let Some(at) = line.find("mailtriage") {
            // The usage line: the program and its commands as typed.
            let rest: Vec<&str> = line[at..]
                .split(' ')
                .skip(1)
                .skip_while(|w| commands.contains(w))
                .collect();
            line = format!("{} {}", &line[..at], rest.join(" "));
        }
        let trimmed = line.trim_start().to_string();
        if let Some(first) = trimmed.split(' ').next()
            && commands.contains(&first)
            && line.starts_with("  ")
        {
            line = trimmed[first.len()..].to_string();
        }
        // A value of a list of values: `- text:    what it does`.
        if let Some(rest) = trimmed.strip_prefix("- ")
            && let Some((_, said)) = rest.split_once(':')
        {
            line = said.to_string();
        }
        let opening = format!("[{values_word}: ");
        while let Some(at) = line.find(&opening) {
            let end = line[at..].find(']').map_or(line.len(), |e| at + e + 1);
            line.replace_range(at..end, " ");
        }
        for placeholder in &syntax {
            line = line.replace(placeholder.as_str(), " ");
        }
        let words: Vec<&str> = line
            .split(' ')
            .filter(|w| !is_syntax_word(w, &syntax))
            .collect();
        cleaned.push_str(&words.join(" "));
        cleaned.push('\n');
    }
    english_words_in(&cleaned, lang)
}

/// Words of syntax placeholders (`PORT` of `HOST:PORT`, `starttls/none` of
/// `tls|starttls|none`), as they are written there, with the punctuation around them.
fn is_syntax_word(word: &str, syntax: &[String]) -> bool {
    let mut parts = word
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .peekable();
    parts.peek().is_some()
        && parts.all(|bare| {
            syntax.iter().any(|s| {
                s.split(|c: char| !c.is_alphanumeric())
                    .any(|part| part == bare)
            })
        })
}

/// `line` without what stands between backquotes or «…».
fn unquoted(line: &str) -> String {
    let mut kept = String::new();
    let mut in_backquotes = false;
    let mut in_guillemets = false;
    for c in line.chars() {
        match c {
            '`' => in_backquotes = !in_backquotes,
            '«' => in_guillemets = true,
            '»' => in_guillemets = false,
            _ if in_backquotes || in_guillemets => {}
            _ => kept.push(c),
        }
    }
    kept
}

fn with(command: &[&str], rest: &[&str]) -> Vec<String> {
    command.iter().chain(rest).map(|s| s.to_string()).collect()
}

fn refs(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

#[test]
fn every_text_of_the_command_line_has_its_key_in_every_language() {
    let keys = cli_help::keys_in(&Cli::command());
    assert!(keys.len() > 100, "{} keys", keys.len());
    let mut missing = Vec::new();
    for key in &keys {
        for lang in Lang::ALL {
            if !i18n::has(lang, key) {
                missing.push(format!("{}: {key}", lang.as_str()));
            }
        }
    }
    assert!(missing.is_empty(), "no catalogue text for {missing:#?}");
}

#[test]
fn the_catalogues_english_is_the_codes_doc_comments() {
    let differences = cli_help::english_differences(&Cli::command());
    assert!(differences.is_empty(), "{differences:#?}");
}

#[test]
fn every_commands_help_is_spanish_with_lang_es() {
    let mut problems = Vec::new();
    for command in COMMANDS {
        for args in [
            with(command, &["--help", "--lang", "es"]),
            with(
                &["--lang", "es"],
                &with(command, &["-h"])
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>(),
            ),
        ] {
            let text = help_of(&refs(&args), "C");
            assert!(text.contains("Uso: mailtriage"), "{args:?}: {text}");
            assert!(text.contains("Opciones:"), "{args:?}: {text}");
            let found = english_in_help(&text, Lang::Es);
            if !found.is_empty() {
                problems.push(format!("{args:?}: {found:?}\n{text}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn every_commands_help_is_portuguese_under_a_brazilian_locale() {
    let mut problems = Vec::new();
    for command in COMMANDS {
        let args = with(command, &["--help"]);
        let text = help_of(&refs(&args), "pt_BR.UTF-8");
        assert!(text.contains("Uso: mailtriage"), "{args:?}: {text}");
        assert!(text.contains("Opções:"), "{args:?}: {text}");
        let found = english_in_help(&text, Lang::Pt);
        if !found.is_empty() {
            problems.push(format!("{args:?}: {found:?}\n{text}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn the_help_of_check_is_spanish_in_every_part() {
    let text = help_of(&["check", "--help", "--lang=es"], "C");
    for expected in [
        "Prueba los servidores una vez y muestra el resultado (sin tablero)",
        "Uso: mailtriage check [OPCIONES]",
        "      --pop3 <HOST[:PORT]>",
        "          Servidor de correo entrante (POP3)",
        "      --report <ARCHIVO.md>",
        "[valores posibles: network, incoming, outgoing]",
        "Valores posibles:",
        "- nagios:      La interfaz de los complementos de monitorización",
        "Varias cuentas:",
        "      --parallel <N>",
        "  -h, --help",
        "Muestra la ayuda (un resumen con '-h')",
    ] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
    let serve = help_of(&["serve", "--help", "--lang", "es"], "C");
    assert!(serve.contains("[predeterminado: 300]"), "{serve}");
    assert!(serve.contains("--accounts <ARCHIVO>"), "{serve}");
    let root = help_of(&["--lang", "es", "--help"], "C");
    assert!(
        root.contains("Uso: mailtriage [OPCIONES] [ORDEN]"),
        "{root}"
    );
    assert!(root.contains("\nÓrdenes:\n"), "{root}");
    assert!(
        root.contains("  help     Muestra este mensaje o la ayuda de las órdenes indicadas"),
        "{root}"
    );
    assert!(
        root.contains("  -V, --version\n          Muestra la versión"),
        "{root}"
    );
    let demo = help_of(&["demo", "-h"], "es_ES.UTF-8");
    assert!(demo.contains("\nArgumentos:\n  [ESCENARIO]"), "{demo}");
}

#[test]
fn english_help_still_says_what_it_said() {
    let root = help_of(&["--help"], "C");
    for expected in [
        "Why mail does not come in or go out, and how to fix it\n",
        "Usage: mailtriage [OPTIONS] [COMMAND]\n",
        "\nCommands:\n  check    Probe the servers once and print the result (no dashboard)\n",
        "  help     Print this message or the help of the given subcommand(s)\n",
        "\nOptions:\n      --pop3 <HOST[:PORT]>\n          Incoming (POP3) server\n",
        "      --interval <SECONDS>\n          Seconds between connection re-checks in the dashboard [default: 30]\n",
        "  -h, --help\n          Print help\n  -V, --version\n          Print version\n",
    ] {
        assert!(root.contains(expected), "{expected:?} in\n{root}");
    }
    let check = help_of(&["check", "--help"], "en_US.UTF-8");
    for expected in [
        "Usage: mailtriage check [OPTIONS]\n",
        "      --only <PANEL>\n          Run only these panels (repeatable)\n          \n          [possible values: network, incoming, outgoing]\n",
        "          Possible values:\n          - text:        The human report (the default)\n",
        "      --report <FILE.md>\n",
        "  -h, --help\n          Print help (see a summary with '-h')\n",
        "\nMany accounts:\n      --accounts <FILE>\n",
    ] {
        assert!(check.contains(expected), "{expected:?} in\n{check}");
    }
    let short = help_of(&["check", "-h"], "C");
    assert!(
        short.contains(
            "          Run only these panels (repeatable) [possible values: network, incoming, outgoing]\n"
        ),
        "{short}"
    );
    let serve = help_of(&["serve", "-h"], "C");
    assert!(
        serve.contains(
            "--max-checks <N>               Most checks running at the same time [default: 4]\n"
        ),
        "{serve}"
    );
    let demo = help_of(&["demo", "--help"], "C");
    assert!(
        demo.contains("Usage: mailtriage demo [OPTIONS] [SCENARIO] [-- <check [--json]>...]\n"),
        "{demo}"
    );
    assert!(demo.contains("\nArguments:\n  [SCENARIO]"), "{demo}");
}

#[test]
fn lang_is_honoured_wherever_it_stands() {
    let spanish = "Prueba los servidores una vez y muestra el resultado (sin tablero)";
    for args in [
        &["check", "--help", "--lang", "es"][..],
        &["--lang", "es", "check", "--help"],
        &["check", "--lang=es", "-h"],
        &["--lang=es", "help", "check"],
        &["help", "check", "--lang", "es"],
    ] {
        let text = help_of(args, "C");
        assert!(text.contains(spanish), "{args:?}: {text}");
    }
    // `--lang` wins over the locale, both ways.
    let english = help_of(&["check", "--help", "--lang", "en"], "es_ES.UTF-8");
    assert!(english.contains("Probe the servers once"), "{english}");
    let portuguese = help_of(&["--help", "--lang", "pt"], "es_ES.UTF-8");
    assert!(
        portuguese.contains("Uso: mailtriage [OPÇÕES] [COMANDO]"),
        "{portuguese}"
    );
}

#[test]
fn the_version_is_the_same_in_every_language() {
    let english = help_of(&["--version"], "C");
    assert!(english.starts_with("mailtriage "), "{english}");
    assert_eq!(help_of(&["-V", "--lang", "es"], "C"), english);
}

#[test]
fn the_look_for_english_finds_it_in_an_english_help() {
    // What the filter takes out (options, placeholders, quotes) leaves the prose to look at.
    let english = help_of(&["check", "--help"], "C");
    let found = english_in_help(&english, Lang::Es);
    for word in ["the", "server", "password", "seconds"] {
        assert!(found.contains(&word), "{word} not found: {found:?}");
    }
}
