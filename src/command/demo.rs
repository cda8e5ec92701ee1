//! The `demo` subcommand: list the scenarios, or start one's servers and open the real
//! dashboard on them (no password prompt: the demonstration account is built in), or run the
//! headless check on them (`mailtriage demo SCENARIO -- check [--json]`).

use std::sync::Arc;

use crate::engine::Setup;
use crate::finding::Lang;
use crate::model::Panel;
use crate::preset::Presets;
use crate::report;
use crate::sanitize::sanitize_str;
use crate::tui::{self, TuiOptions};

use crate::cli::DemoArgs;
use crate::lab::demo::Demo;
use crate::lab::{scenarios, text};

/// What `demo` was asked to do after the scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Then {
    Dashboard,
    Check { json: bool, lang: Option<String> },
}

fn parse_then(words: &[String]) -> Option<Then> {
    let Some((first, rest)) = words.split_first() else {
        return Some(Then::Dashboard);
    };
    if first != "check" {
        return None;
    }
    let (mut json, mut lang) = (false, None);
    let mut rest = rest.iter();
    while let Some(word) = rest.next() {
        match word.as_str() {
            "--json" => json = true,
            "--lang" => lang = Some(rest.next()?.clone()),
            other => lang = Some(other.strip_prefix("--lang=")?.to_string()),
        }
    }
    Some(Then::Check { json, lang })
}

/// Run `mailtriage demo`; the process's exit code.
pub fn run(args: &DemoArgs) -> i32 {
    let usage = |message: &str| {
        eprintln!("mailtriage: {message}");
        report::EXIT_USAGE
    };
    let lang_of = |given: Option<&str>| match given {
        Some(l) => l.parse::<Lang>(),
        None => Ok(Lang::from_env()),
    };
    let lang = match lang_of(args.lang.as_deref()) {
        Ok(l) => l,
        Err(e) => return usage(&format!("--lang: {}", sanitize_str(&e))),
    };
    let Some(then) = parse_then(&args.then) else {
        return usage(&text::usage_after_dashes(lang));
    };
    if args.list {
        report::print_stdout(&list(lang));
        return report::EXIT_OK;
    }
    let name = args.scenario.as_deref().unwrap_or(scenarios::DEFAULT);
    let Some(scenario) = scenarios::find(name) else {
        return usage(&text::unknown_scenario(lang, &sanitize_str(name)));
    };
    let demo = match Demo::start(scenario) {
        Ok(d) => d,
        Err(e) => return usage(&e),
    };
    match then {
        Then::Dashboard => dashboard(demo, lang, args.ascii),
        Then::Check { json, lang: given } => {
            match lang_of(given.as_deref().or(args.lang.as_deref())) {
                Ok(lang) => check(&demo, lang, json),
                Err(e) => usage(&format!("--lang: {}", sanitize_str(&e))),
            }
        }
    }
}

/// `--list`: one scenario a line, its name and what it shows.
pub fn list(lang: Lang) -> String {
    let width = scenarios::all()
        .iter()
        .map(|s| s.name.len())
        .max()
        .unwrap_or(0);
    let mut out = format!("{}\n", text::list_heading(lang));
    for s in scenarios::all() {
        out.push_str(&format!("  {:width$}  {}\n", s.name, s.about(lang)));
    }
    out
}

fn check(demo: &Demo, lang: Lang, json: bool) -> i32 {
    crate::command::check::prepare_words_and_presets(lang);
    let setup = Setup::new(Arc::new(Presets::embedded()));
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("mailtriage: {}", text::runtime_failed(lang, &e.to_string()));
            return report::EXIT_USAGE;
        }
    };
    let run = runtime.block_on(crate::command::check::run_until(
        &setup,
        Arc::new(demo.plan.clone()),
        Panel::ALL.to_vec(),
        lang,
        crate::command::check::stop_signal(),
    ));
    runtime.shutdown_background();
    if json {
        report::print_stdout(&format!(
            "{}\n",
            report::json::render_in(&run.outcome, lang)
        ));
    } else {
        report::print_stdout(&report::text::render(&run.outcome, false));
    }
    run.exit_code()
}

fn dashboard(demo: Demo, lang: Lang, ascii: bool) -> i32 {
    let presets = Presets::embedded();
    let opts = TuiOptions {
        lang,
        ascii,
        interval: TuiOptions::DEFAULT_INTERVAL,
        presets: crate::tui::live_engine::preset_choices(&presets),
        provider_presets: Arc::new(presets),
        report_dir: report::save::report_dir(None, |name| std::env::var_os(name)),
        engine: Arc::new(crate::tui::live_engine::LiveEngine::new()),
        demo: true,
        sign_in: None,
    };
    let result = tui::run(Some(demo.plan.clone()), opts);
    drop(demo);
    match result {
        Ok(()) => report::EXIT_OK,
        Err(e) => {
            eprintln!("mailtriage: {e}");
            report::EXIT_FAILED
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn what_may_follow_the_dashes() {
        assert_eq!(parse_then(&[]), Some(Then::Dashboard));
        assert_eq!(
            parse_then(&words(&["check", "--json", "--lang", "es"])),
            Some(Then::Check {
                json: true,
                lang: Some("es".into())
            })
        );
        assert_eq!(
            parse_then(&words(&["check"])),
            Some(Then::Check {
                json: false,
                lang: None
            })
        );
        assert_eq!(parse_then(&words(&["scan"])), None);
        assert_eq!(parse_then(&words(&["check", "--pop3", "x"])), None);
        assert_eq!(parse_then(&words(&["check", "--lang"])), None);
    }

    #[test]
    fn the_list_has_one_line_per_scenario_in_each_language() {
        for lang in mailtriage_core::i18n::LOCALES.iter().map(|l| l.lang) {
            let text = list(lang);
            assert_eq!(text.lines().count(), scenarios::all().len() + 1);
            for s in scenarios::all() {
                assert!(text.contains(s.name), "{}", s.name);
                assert!(text.contains(&*s.about(lang)));
            }
        }
        assert!(list(Lang::Es).contains("intercambiados"));
    }
}
