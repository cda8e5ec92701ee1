//! The demonstration's own words, in English and Spanish (which uses "tú"): the dashboard's
//! title-bar notice, the scenario list and the command's messages.

use crate::finding::Lang;

/// The title bar's notice that these are not the person's servers, longest first: the
/// dashboard shows the longest that fits the row.
pub fn banners(lang: Lang) -> [&'static str; 4] {
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => [
            "DEMO: demonstration servers on this machine",
            "DEMO servers on this machine",
            "DEMO: local servers",
            "DEMO",
        ],
        Lang::Es => [
            "DEMO: servidores de demostración en este equipo",
            "DEMO: servidores en este equipo",
            "DEMO: servidores locales",
            "DEMO",
        ],
    }
}

/// The first line of `demo --list`.
pub fn list_heading(lang: Lang) -> &'static str {
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => "Demonstration scenarios (mailtriage demo SCENARIO):",
        Lang::Es => "Escenarios de demostración (mailtriage demo ESCENARIO):",
    }
}

/// A scenario name nobody knows.
pub fn unknown_scenario(lang: Lang, name: &str) -> String {
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => {
            format!("unknown scenario '{name}': mailtriage demo --list names them")
        }
        Lang::Es => format!("no hay ningún escenario '{name}': mailtriage demo --list los muestra"),
    }
}

/// What may follow `--`.
pub fn usage_after_dashes(lang: Lang) -> &'static str {
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => "after -- only 'check' with --json or --lang LANG can follow",
        Lang::Es => "después de -- solo puede ir 'check' con --json o --lang IDIOMA",
    }
}
