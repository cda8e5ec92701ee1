//! `mailtriage presets [SEARCH] [--json]`: the providers mailtriage knows (its presets, the
//! user's own, and Thunderbird's provider database), as a table or a JSON array.

use crate::catalog::{listing, render_table};
use crate::cli::PresetsArgs;
use crate::ispdb::Ispdb;
use crate::preset::Presets;
use crate::report::{self, EXIT_USAGE};

/// Print the listing (nothing matching the word is said on standard error); exit 0, or 2 when the user's presets folder has a broken file.
pub fn run(args: &PresetsArgs) -> i32 {
    let presets = match Presets::load() {
        Ok(presets) => presets,
        Err(e) => {
            eprintln!("mailtriage: {e}");
            return EXIT_USAGE;
        }
    };
    let search = args.search.as_deref().unwrap_or_default();
    let rows = listing(&presets, Ispdb::embedded(), search);
    if rows.is_empty() {
        eprintln!(
            "mailtriage: no provider matches '{}'",
            crate::sanitize::sanitize_str(search)
        );
    }
    let text = if args.json {
        match serde_json::to_string_pretty(&rows) {
            Ok(json) => format!("{json}\n"),
            Err(e) => {
                eprintln!("mailtriage: cannot write the list: {e}");
                return report::EXIT_FAILED;
            }
        }
    } else if rows.is_empty() {
        String::new()
    } else {
        render_table(&rows, crate::finding::Lang::from_env())
    };
    report::print_stdout(&text);
    report::EXIT_OK
}
