//! `mailtriage presets [SEARCH] [--json] [--lang LANG]`: the providers mailtriage knows (its presets, the
//! user's own, and Thunderbird's provider database), as a table or a JSON array.

use crate::catalog::{listing, render_table};
use crate::cli::PresetsArgs;
use crate::finding::Lang;
use crate::ispdb::Ispdb;
use crate::preset::Presets;
use crate::report::{self, EXIT_USAGE};
use mailtriage_core::said;

/// Print the listing (nothing matching the word is said on standard error); exit 0, or 2 when the user's presets folder has a broken file.
pub fn run(args: &PresetsArgs) -> i32 {
    let lang = match args.lang.as_deref().map(str::parse::<Lang>) {
        None => Lang::from_env(),
        Some(Ok(lang)) => lang,
        Some(Err(e)) => {
            eprintln!("mailtriage: --lang: {}", crate::sanitize::sanitize_str(&e));
            return EXIT_USAGE;
        }
    };
    let presets = match Presets::load() {
        Ok(presets) => presets,
        Err(e) => {
            eprintln!("mailtriage: {}", e.said().render(lang));
            return EXIT_USAGE;
        }
    };
    let search = args.search.as_deref().unwrap_or_default();
    let rows = listing(&presets, Ispdb::embedded(), search);
    if rows.is_empty() {
        let said = said!(
            "cli-no-provider-matches",
            search = crate::sanitize::sanitize_str(search)
        );
        eprintln!("mailtriage: {}", said.render(lang));
    }
    let text = if args.json {
        match serde_json::to_string_pretty(&rows) {
            Ok(json) => format!("{json}\n"),
            Err(e) => {
                let said = said!("cli-cannot-write-list", error = e.to_string());
                eprintln!("mailtriage: {}", said.render(lang));
                return report::EXIT_FAILED;
            }
        }
    } else if rows.is_empty() {
        String::new()
    } else {
        render_table(&rows, lang)
    };
    report::print_stdout(&text);
    report::EXIT_OK
}
