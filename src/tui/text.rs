//! The dashboard's own words (labels, titles, notices), read from the text catalogue's
//! `dashboard` section (`tui-…` keys) once per language.
//!
//! Finding texts come from diagnosis and guided-mode texts from [`crate::tui::guide`]; this file
//! holds only the chrome around them. Nothing here names a language: a language the catalogue
//! registers is a language the dashboard speaks.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use mailtriage_core::i18n;

use crate::account::{Protocol, Security};
use crate::finding::{Lang, Severity};
use crate::model::{Panel, StepKind, StepStatus};
use crate::tui::guide::Mark;

/// The text of a catalogue message without variables, for as long as the program runs.
///
/// Messages without variables are formatted once per language by the catalogue, so this is a
/// map read; a text the catalogue has to format each time (a missing translation falling back to
/// English) is kept here the first time, so a frame never allocates it again.
pub fn fixed(lang: Lang, key: &'static str) -> &'static str {
    match i18n::text(lang, key) {
        Cow::Borrowed(text) => text,
        Cow::Owned(text) => {
            static KEPT: OnceLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> =
                OnceLock::new();
            let mut kept = KEPT
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            kept.entry((lang, key))
                .or_insert_with(|| Box::leak(text.into_boxed_str()))
        }
    }
}

macro_rules! words {
    ($( $(#[$doc:meta])* $field:ident => $key:literal, )*) => {
        /// Every fixed label the dashboard shows, in one language.
        pub struct Words {
            $( $(#[$doc])* pub $field: &'static str, )*
        }

        impl Words {
            /// The catalogue keys the fields are read from.
            pub const KEYS: &'static [&'static str] = &[$($key),*];

            fn load(lang: Lang) -> Words {
                Words { $( $field: fixed(lang, $key), )* }
            }
        }
    };
}

words! {
    app_title => "tui-app-title",
    network => "tui-network",
    incoming => "tui-incoming",
    /// The incoming panel when it speaks IMAP.
    incoming_imap => "tui-incoming-imap",
    outgoing => "tui-outgoing",
    pending => "tui-pending",
    running => "tui-running",
    ok => "tui-ok",
    warn => "tui-warn",
    failed => "tui-failed",
    skipped => "tui-skipped",
    error => "tui-error",
    info => "tui-info",
    not_configured => "tui-not-configured",
    not_run_yet => "tui-not-run-yet",
    last_run => "tui-last-run",
    latency => "tui-latency",
    earlier_login => "tui-earlier-login",
    /// Under a panel whose connection passed but whose login has not run with these settings.
    login_unchecked => "tui-login-unchecked",
    transcript => "tui-transcript",
    transcript_empty => "tui-transcript-empty",
    hints_all => "tui-hints-all",
    hints_focused => "tui-hints-focused",
    hints_waiting => "tui-hints-waiting",
    /// No hint in view although a step in view failed: its cause is on another panel's hint.
    hints_failed_elsewhere => "tui-hints-failed-elsewhere",
    hints_none => "tui-hints-none",
    /// Before a setting the engine found to work where the configured one failed to connect.
    works_instead => "tui-works-instead",
    every => "tui-every",
    paused => "tui-paused",
    probing_full => "tui-probing-full",
    probing_connection => "tui-probing-connection",
    login_held => "tui-login-held",
    login_held_short => "tui-login-held-short",
    setup_title => "tui-setup-title",
    editor_title => "tui-editor-title",
    editor_intro => "tui-editor-intro",
    host => "tui-host",
    port => "tui-port",
    security => "tui-security",
    user => "tui-user",
    password => "tui-password",
    empty_side => "tui-empty-side",
    no_server => "tui-no-server",
    picker_title => "tui-picker-title",
    picker_filter => "tui-picker-filter",
    picker_none => "tui-picker-none",
    help_title => "tui-help-title",
    help_typing => "tui-help-typing",
    guided_title => "tui-guided-title",
    guided_say => "tui-guided-say",
    guided_found => "tui-guided-found",
    guided_step => "tui-guided-step",
    scan_title => "tui-scan-title",
    scan_running => "tui-scan-running",
    scan_pick => "tui-scan-pick",
    scan_needs_mail_panel => "tui-scan-needs-mail-panel",
    /// Under the scan list while a setting without encryption is selected.
    scan_unencrypted => "tui-scan-unencrypted",
    /// After a setting without encryption was applied from the scan.
    scan_unencrypted_applied => "tui-scan-unencrypted-applied",
    report_saved => "tui-report-saved",
    report_failed => "tui-report-failed",
    nothing_to_save => "tui-nothing-to-save",
    mark_pass => "tui-mark-pass",
    mark_warn => "tui-mark-warn",
    mark_fail => "tui-mark-fail",
    mark_unknown => "tui-mark-unknown",
    too_small => "tui-too-small",
    no_security => "tui-no-security",
}

/// The words of a language, read from the catalogue the first time the language is shown.
pub fn words(lang: Lang) -> &'static Words {
    static LOADED: OnceLock<Vec<OnceLock<Words>>> = OnceLock::new();
    let cells = LOADED.get_or_init(|| i18n::LOCALES.iter().map(|_| OnceLock::new()).collect());
    let index = i18n::LOCALES
        .iter()
        .position(|l| l.lang == lang)
        .unwrap_or(0);
    cells[index].get_or_init(|| Words::load(lang))
}

impl Words {
    pub fn status(&self, status: StepStatus) -> &'static str {
        match status {
            StepStatus::Pending => self.pending,
            StepStatus::Running => self.running,
            StepStatus::Ok => self.ok,
            StepStatus::Warn => self.warn,
            StepStatus::Failed => self.failed,
            StepStatus::Skipped => self.skipped,
        }
    }

    /// A panel's name, the incoming one named for the protocol it speaks.
    pub fn panel_speaking(&self, panel: Panel, incoming: Protocol) -> &'static str {
        match (panel, incoming) {
            (Panel::Incoming, Protocol::Imap) | (Panel::ImapBeside, _) => self.incoming_imap,
            _ => self.panel(panel),
        }
    }

    pub fn panel(&self, panel: Panel) -> &'static str {
        match panel {
            Panel::Network => self.network,
            Panel::Incoming => self.incoming,
            Panel::ImapBeside => self.incoming_imap,
            Panel::Outgoing => self.outgoing,
        }
    }

    pub fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => self.error,
            Severity::Warn => self.warn,
            Severity::Info => self.info,
        }
    }

    pub fn mark(&self, mark: Mark) -> &'static str {
        match mark {
            Mark::Pass => self.mark_pass,
            Mark::Warn => self.mark_warn,
            Mark::Fail => self.mark_fail,
            Mark::Unknown => self.mark_unknown,
        }
    }

    /// How a security mode is named to people.
    pub fn security_name(&self, security: Security) -> &'static str {
        match security {
            Security::Tls => "SSL/TLS",
            Security::Starttls => "STARTTLS",
            Security::None => self.no_security,
        }
    }
}

/// A step's name in a panel row or the summary: short, as the panel's column has room for
/// (the same names the reports use).
pub fn step_name(lang: Lang, step: StepKind) -> &'static str {
    fixed(lang, step.label_key())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use super::*;

    const ROOT: &str = env!("CARGO_MANIFEST_DIR");

    /// The sources whose words are the dashboard's and the demonstration's.
    fn own_sources() -> Vec<PathBuf> {
        let mut found = vec![
            Path::new(ROOT).join("src/lab/text.rs"),
            Path::new(ROOT).join("src/lab/scenarios.rs"),
            Path::new(ROOT).join("src/command/demo.rs"),
        ];
        let mut stack = vec![Path::new(ROOT).join("src/tui")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    found.push(path);
                }
            }
        }
        found.sort();
        found
    }

    /// A source without its test module.
    fn code_of(path: &Path) -> String {
        let text = std::fs::read_to_string(path).unwrap();
        match text.find("#[cfg(test)]\nmod tests") {
            Some(at) => text[..at].to_string(),
            None => text,
        }
    }

    /// Every `"tui-…"` and `"demo-…"` string in the sources.
    fn keys_used() -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for path in own_sources() {
            let text = code_of(&path);
            for prefix in ["\"tui-", "\"demo-"] {
                for (at, _) in text.match_indices(prefix) {
                    let rest = &text[at + 1..];
                    let key: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                        .collect();
                    if rest[key.len()..].starts_with('"') {
                        keys.insert(key);
                    }
                }
            }
        }
        keys
    }

    fn locale_files() -> Vec<(String, String)> {
        let dir = Path::new(ROOT).join("crates/core/locales");
        let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect();
        files.sort();
        files
    }

    fn dashboard_keys(source: &str) -> BTreeSet<String> {
        i18n::message_ids(source)
            .into_iter()
            .filter(|id| id.starts_with("tui-") || id.starts_with("demo-"))
            .collect()
    }

    #[test]
    fn every_key_the_dashboard_reads_is_in_english() {
        let used = keys_used();
        assert!(used.len() > 100, "the scan of the sources found {used:?}");
        for key in used
            .iter()
            .map(String::as_str)
            .chain(Words::KEYS.iter().copied())
        {
            assert!(i18n::has(Lang::En, key), "{key} is not in en.ftl");
        }
        // The other way round: a key no source reads is a text nobody sees.
        for key in dashboard_keys(i18n::LOCALES[0].source) {
            assert!(
                used.contains(&key),
                "{key} is in en.ftl but nothing reads it"
            );
        }
    }

    #[test]
    fn every_locale_file_has_the_dashboard_keys_of_english_and_no_other_variables() {
        let english = i18n::LOCALES[0].source;
        let keys = dashboard_keys(english);
        for (name, source) in locale_files() {
            // Every definition parses: a line that starts a `tui-` or `demo-` message is one
            // the parser kept.
            let written = source
                .lines()
                .filter(|l| l.starts_with("tui-") || l.starts_with("demo-"))
                .count();
            assert_eq!(
                dashboard_keys(&source).len(),
                written,
                "{name} has a syntax error"
            );
            assert_eq!(dashboard_keys(&source), keys, "{name}");
            for key in &keys {
                let theirs = i18n::variables_of(&source, key);
                let ours = i18n::variables_of(english, key);
                assert!(
                    theirs.iter().all(|v| ours.contains(v)),
                    "{name}: {key} uses {theirs:?}, English {ours:?}"
                );
            }
        }
    }

    #[test]
    fn no_dashboard_code_names_a_language() {
        // A language is data: the dashboard asks the catalogue, never matches on a language.
        for path in own_sources() {
            let code = code_of(&path);
            for named in ["Lang::En", "Lang::Es", "Lang::Pt"] {
                assert!(!code.contains(named), "{} names {named}", path.display());
            }
        }
    }

    #[test]
    fn a_fixed_text_is_read_without_formatting_again() {
        for locale in i18n::LOCALES {
            let first = fixed(locale.lang, "tui-network");
            let again = fixed(locale.lang, "tui-network");
            assert!(std::ptr::eq(first, again));
            assert!(std::ptr::eq(words(locale.lang), words(locale.lang)));
        }
    }
}
