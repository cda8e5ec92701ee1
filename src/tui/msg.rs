//! Messages into [`crate::tui::update::update`] and the one key table every key binding, the help
//! overlay and the bottom bar are read from.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::account::Protocol;
use crate::finding::Lang;
use crate::model::{Panel, ProbeEvent};
use crate::report::save::SavedReport;
use crate::tui::app::RunId;
use crate::tui::engine::ScanRow;
use crate::tui::text::fixed;
use crate::working_settings::Alternatives;

/// Everything that can change the dashboard's state. Times are wall-clock ms since the Unix
/// epoch, read by the loop, so `update` itself never reads a clock.
#[derive(Debug, Clone)]
pub enum Msg {
    /// The loop is ready: run the first full check if an account is set.
    Start {
        at_ms: i64,
    },
    Key(KeyEvent),
    /// The terminal changed size: only a redraw is needed.
    Resize,
    /// An event of a probe run.
    Probe {
        run: RunId,
        event: ProbeEvent,
        at_ms: i64,
    },
    /// A probe run ended (all its events were delivered before this).
    RunFinished {
        run: RunId,
        at_ms: i64,
    },
    /// Animation frame while something runs.
    Tick,
    /// The connection re-check interval elapsed.
    IntervalDue {
        at_ms: i64,
    },
    ScanFinished {
        protocol: Protocol,
        result: Result<Vec<ScanRow>, String>,
    },
    /// What the working-settings scan after this run found.
    WorkingSettings {
        run: RunId,
        /// The panels whose servers this scan looked at.
        panels: Vec<Panel>,
        alternatives: Alternatives,
    },
    /// Both files a save wrote, or why it failed.
    ReportSaved(Result<SavedReport, String>),
    /// The CA file read for the editor (PEM, checked to load), or why it cannot be used.
    CaRead {
        path: String,
        result: Result<Vec<u8>, String>,
    },
    /// What looking an e-mail address up found (the settings `--email` would give), or why not.
    Discovered {
        email: String,
        result: Result<Box<crate::account::Plan>, String>,
    },
    /// What the OAuth2 sign-in in the background reports.
    SignIn(crate::tui::sign_in::SignInEvent),
}

/// Where keys are read: the dashboard or the open overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Every screen.
    Global,
    Dashboard,
    Help,
    Editor,
    Picker,
    Guided,
    Scan,
    /// Every step of a panel in full.
    Steps,
    /// Typing a search into the help.
    HelpSearch,
    /// Typing the text to find in the transcript.
    Search,
    /// The OAuth2 sign-in overlay.
    SignIn,
}

impl Context {
    pub const ALL: [Context; 11] = [
        Context::Global,
        Context::Dashboard,
        Context::Steps,
        Context::Search,
        Context::Editor,
        Context::Picker,
        Context::Guided,
        Context::Scan,
        Context::Help,
        Context::HelpSearch,
        Context::SignIn,
    ];

    /// Contexts where unbound printable keys type text.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Editor | Context::Picker | Context::HelpSearch | Context::Search
        )
    }

    pub fn name(self, lang: Lang) -> &'static str {
        fixed(
            lang,
            match self {
                Context::Global => "tui-context-global",
                Context::Dashboard => "tui-context-dashboard",
                Context::Help => "tui-context-help",
                Context::Editor => "tui-context-editor",
                Context::Picker => "tui-context-picker",
                Context::Guided => "tui-context-guided",
                Context::Scan => "tui-context-scan",
                Context::Steps => "tui-context-steps",
                Context::HelpSearch => "tui-context-help-search",
                Context::Search => "tui-context-search",
                Context::SignIn => "tui-context-sign-in",
            },
        )
    }
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    Close,
    NextPanel,
    PrevPanel,
    SelectPanel(Panel),
    SwitchPane,
    ScrollUp,
    ScrollDown,
    PageUp,
    PageDown,
    ScrollTop,
    ScrollBottom,
    ToggleHintScope,
    ToggleLang,
    Rerun,
    TogglePause,
    IntervalUp,
    IntervalDown,
    Edit,
    Presets,
    Scan,
    Guided,
    SaveReport,
    NextField,
    PrevField,
    CycleBack,
    CycleForward,
    DeleteChar,
    ClearField,
    Apply,
    Pick,
    Up,
    Down,
    GuideNext,
    GuidePrev,
    Details,
    Search,
    SearchDone,
    SearchClear,
    Discover,
    SearchStart,
    SearchFind,
    SearchNext,
    SearchPrev,
    CopyLine,
    SignIn,
}

impl Action {
    /// What the action does, for the help overlay and the bottom bar.
    pub fn describe(self, lang: Lang) -> &'static str {
        let key = match self {
            Action::Quit => "tui-action-quit",
            Action::Help => "tui-action-help",
            Action::Close => "tui-action-close",
            Action::NextPanel => "tui-action-next-panel",
            Action::PrevPanel => "tui-action-prev-panel",
            Action::SelectPanel(Panel::Network) => "tui-action-select-network",
            Action::SelectPanel(Panel::Incoming) => "tui-action-select-incoming",
            Action::SelectPanel(Panel::ImapBeside) => "tui-action-select-imap-beside",
            Action::SelectPanel(Panel::Outgoing) => "tui-action-select-outgoing",
            Action::SwitchPane => "tui-action-switch-pane",
            Action::ScrollUp => "tui-action-scroll-up",
            Action::ScrollDown => "tui-action-scroll-down",
            Action::PageUp => "tui-action-page-up",
            Action::PageDown => "tui-action-page-down",
            Action::ScrollTop => "tui-action-scroll-top",
            Action::ScrollBottom => "tui-action-scroll-bottom",
            Action::ToggleHintScope => "tui-action-toggle-hint-scope",
            Action::ToggleLang => "tui-action-toggle-lang",
            Action::Rerun => "tui-action-rerun",
            Action::TogglePause => "tui-action-toggle-pause",
            Action::IntervalUp => "tui-action-interval-up",
            Action::IntervalDown => "tui-action-interval-down",
            Action::Edit => "tui-action-edit",
            Action::Presets => "tui-action-presets",
            Action::Scan => "tui-action-scan",
            Action::Guided => "tui-action-guided",
            Action::SaveReport => "tui-action-save-report",
            Action::NextField => "tui-action-next-field",
            Action::PrevField => "tui-action-prev-field",
            Action::CycleBack => "tui-action-cycle-back",
            Action::CycleForward => "tui-action-cycle-forward",
            Action::DeleteChar => "tui-action-delete-char",
            Action::ClearField => "tui-action-clear-field",
            Action::Apply => "tui-action-apply",
            Action::Pick => "tui-action-pick",
            Action::Up => "tui-action-up",
            Action::Down => "tui-action-down",
            Action::GuideNext => "tui-action-guide-next",
            Action::GuidePrev => "tui-action-guide-prev",
            Action::Details => "tui-action-details",
            Action::Search => "tui-action-search",
            Action::SearchDone => "tui-action-search-done",
            Action::SearchClear => "tui-action-search-clear",
            Action::Discover => "tui-action-discover",
            Action::SearchStart => "tui-action-search-start",
            Action::SearchFind => "tui-action-search-find",
            Action::SearchNext => "tui-action-search-next",
            Action::SearchPrev => "tui-action-search-prev",
            Action::CopyLine => "tui-action-copy-line",
            Action::SignIn => "tui-action-sign-in",
        };
        fixed(lang, key)
    }
}

impl Action {
    /// A one- or two-word label for the bottom bar.
    pub fn short(self, lang: Lang) -> &'static str {
        let key = match self {
            Action::Quit => "tui-action-short-quit",
            Action::Help => "tui-action-short-help",
            Action::Close => "tui-action-short-close",
            Action::NextPanel => "tui-action-short-next-panel",
            Action::SwitchPane => "tui-action-short-switch-pane",
            Action::ToggleHintScope => "tui-action-short-toggle-hint-scope",
            // The language the key switches to, named in that language.
            Action::ToggleLang => return fixed(lang.toggled(), "language-name"),
            Action::Rerun => "tui-action-short-rerun",
            Action::TogglePause => "tui-action-short-toggle-pause",
            Action::Edit => "tui-action-short-edit",
            Action::Presets => "tui-action-short-presets",
            Action::Scan => "tui-action-short-scan",
            Action::Guided => "tui-action-short-guided",
            Action::SaveReport => "tui-action-short-save-report",
            Action::NextField => "tui-action-short-next-field",
            Action::CycleForward => "tui-action-short-cycle-forward",
            Action::Apply => "tui-action-short-apply",
            Action::Pick => "tui-action-short-pick",
            Action::Up => "tui-action-short-up",
            Action::Down => "tui-action-short-down",
            Action::GuideNext => "tui-action-short-guide-next",
            Action::GuidePrev => "tui-action-short-guide-prev",
            Action::Details => "tui-action-short-details",
            Action::Search => "tui-action-short-search",
            Action::SearchDone => "tui-action-short-search-done",
            Action::SearchClear => "tui-action-short-search-clear",
            Action::SearchStart => "tui-action-short-search-start",
            Action::CopyLine => "tui-action-short-copy-line",
            Action::SignIn => "tui-action-short-sign-in",
            other => return other.describe(lang),
        };
        fixed(lang, key)
    }
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub context: Context,
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub action: Action,
    /// How the key is written in the help and the bar.
    pub label: &'static str,
    /// Place in the bottom bar of its context (1 first); 0 keeps it out of the bar.
    pub bar: u8,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

const fn bind(
    context: Context,
    code: KeyCode,
    mods: KeyModifiers,
    action: Action,
    label: &'static str,
    bar: u8,
) -> Binding {
    Binding {
        context,
        code,
        mods,
        action,
        label,
        bar,
    }
}

use Context as X;
use KeyCode as K;

/// Every key binding of the dashboard. The last column is the place in the bottom bar (0: not
/// shown there).
#[rustfmt::skip]
pub const KEYS: &[Binding] = &[
    bind(X::Global, K::Char('c'), CTRL, Action::Quit, "Ctrl-C", 9),
    // Dashboard.
    bind(X::Dashboard, K::Char('q'), NONE, Action::Quit, "q", 1),
    bind(X::Dashboard, K::Char('?'), NONE, Action::Help, "?", 2),
    bind(X::Dashboard, K::Enter, NONE, Action::Details, "Enter", 4),
    bind(X::Dashboard, K::Tab, NONE, Action::NextPanel, "Tab", 5),
    bind(X::Dashboard, K::Right, NONE, Action::NextPanel, "Right", 0),
    bind(X::Dashboard, K::BackTab, NONE, Action::PrevPanel, "Shift-Tab", 0),
    bind(X::Dashboard, K::Left, NONE, Action::PrevPanel, "Left", 0),
    bind(X::Dashboard, K::Char('1'), NONE, Action::SelectPanel(Panel::Network), "1", 0),
    bind(X::Dashboard, K::Char('2'), NONE, Action::SelectPanel(Panel::Incoming), "2", 0),
    bind(X::Dashboard, K::Char('3'), NONE, Action::SelectPanel(Panel::Outgoing), "3", 0),
    bind(X::Dashboard, K::Char('4'), NONE, Action::SelectPanel(Panel::ImapBeside), "4", 0),
    bind(X::Dashboard, K::Char('t'), NONE, Action::SwitchPane, "t", 6),
    bind(X::Dashboard, K::Up, NONE, Action::ScrollUp, "Up", 0),
    bind(X::Dashboard, K::Char('k'), NONE, Action::ScrollUp, "k", 0),
    bind(X::Dashboard, K::Down, NONE, Action::ScrollDown, "Down", 0),
    bind(X::Dashboard, K::Char('j'), NONE, Action::ScrollDown, "j", 0),
    bind(X::Dashboard, K::PageUp, NONE, Action::PageUp, "PgUp", 0),
    bind(X::Dashboard, K::PageDown, NONE, Action::PageDown, "PgDn", 0),
    bind(X::Dashboard, K::Home, NONE, Action::ScrollTop, "Home", 0),
    bind(X::Dashboard, K::End, NONE, Action::ScrollBottom, "End", 0),
    bind(X::Dashboard, K::Char('f'), NONE, Action::ToggleHintScope, "f", 13),
    bind(X::Dashboard, K::Char('l'), NONE, Action::ToggleLang, "l", 10),
    bind(X::Dashboard, K::Char('r'), NONE, Action::Rerun, "r", 3),
    bind(X::Dashboard, K::Char('p'), NONE, Action::TogglePause, "p", 11),
    bind(X::Dashboard, K::Char('+'), NONE, Action::IntervalUp, "+", 0),
    bind(X::Dashboard, K::Char('='), NONE, Action::IntervalUp, "=", 0),
    bind(X::Dashboard, K::Char('-'), NONE, Action::IntervalDown, "-", 0),
    bind(X::Dashboard, K::Char('e'), NONE, Action::Edit, "e", 7),
    bind(X::Dashboard, K::Char('c'), NONE, Action::Presets, "c", 14),
    bind(X::Dashboard, K::Char('s'), NONE, Action::Scan, "s", 12),
    bind(X::Dashboard, K::Char('g'), NONE, Action::Guided, "g", 8),
    bind(X::Dashboard, K::Char('w'), NONE, Action::SaveReport, "w", 9),
    bind(X::Dashboard, K::Char('/'), NONE, Action::SearchStart, "/", 0),
    bind(X::Dashboard, K::Char('n'), NONE, Action::SearchNext, "n", 0),
    bind(X::Dashboard, K::Char('N'), NONE, Action::SearchPrev, "N", 0),
    bind(X::Dashboard, K::Char('y'), NONE, Action::CopyLine, "y", 0),
    bind(X::Dashboard, K::Char('o'), NONE, Action::SignIn, "o", 0),
    // OAuth2 sign-in.
    bind(X::SignIn, K::Esc, NONE, Action::Close, "Esc", 1),
    bind(X::SignIn, K::Char('q'), NONE, Action::Close, "q", 0),
    // Finding text in the transcript.
    bind(X::Search, K::Enter, NONE, Action::SearchFind, "Enter", 1),
    bind(X::Search, K::Esc, NONE, Action::Close, "Esc", 2),
    bind(X::Search, K::Backspace, NONE, Action::DeleteChar, "Backspace", 0),
    // Help overlay.
    bind(X::Help, K::Esc, NONE, Action::Close, "Esc", 1),
    bind(X::Help, K::Char('?'), NONE, Action::Close, "?", 0),
    bind(X::Help, K::Char('q'), NONE, Action::Close, "q", 0),
    bind(X::Help, K::Up, NONE, Action::Up, "Up", 2),
    bind(X::Help, K::Down, NONE, Action::Down, "Down", 3),
    bind(X::Help, K::PageUp, NONE, Action::PageUp, "PgUp", 0),
    bind(X::Help, K::PageDown, NONE, Action::PageDown, "PgDn", 4),
    bind(X::Help, K::Home, NONE, Action::ScrollTop, "Home", 0),
    bind(X::Help, K::End, NONE, Action::ScrollBottom, "End", 0),
    bind(X::Help, K::Char('/'), NONE, Action::Search, "/", 5),
    // Typing a search into the help.
    bind(X::HelpSearch, K::Enter, NONE, Action::SearchDone, "Enter", 1),
    bind(X::HelpSearch, K::Esc, NONE, Action::SearchClear, "Esc", 2),
    bind(X::HelpSearch, K::Backspace, NONE, Action::DeleteChar, "Backspace", 0),
    // Every step of a panel.
    bind(X::Steps, K::Esc, NONE, Action::Close, "Esc", 1),
    bind(X::Steps, K::Enter, NONE, Action::Close, "Enter", 0),
    bind(X::Steps, K::Char('q'), NONE, Action::Close, "q", 0),
    bind(X::Steps, K::Tab, NONE, Action::NextPanel, "Tab", 2),
    bind(X::Steps, K::Right, NONE, Action::NextPanel, "Right", 0),
    bind(X::Steps, K::BackTab, NONE, Action::PrevPanel, "Shift-Tab", 0),
    bind(X::Steps, K::Left, NONE, Action::PrevPanel, "Left", 0),
    bind(X::Steps, K::Up, NONE, Action::ScrollUp, "Up", 3),
    bind(X::Steps, K::Char('k'), NONE, Action::ScrollUp, "k", 0),
    bind(X::Steps, K::Down, NONE, Action::ScrollDown, "Down", 4),
    bind(X::Steps, K::Char('j'), NONE, Action::ScrollDown, "j", 0),
    bind(X::Steps, K::PageUp, NONE, Action::PageUp, "PgUp", 0),
    bind(X::Steps, K::PageDown, NONE, Action::PageDown, "PgDn", 5),
    bind(X::Steps, K::Home, NONE, Action::ScrollTop, "Home", 0),
    bind(X::Steps, K::End, NONE, Action::ScrollBottom, "End", 0),
    // Settings form.
    bind(X::Editor, K::Enter, NONE, Action::Apply, "Enter", 1),
    bind(X::Editor, K::Esc, NONE, Action::Close, "Esc", 2),
    bind(X::Editor, K::Tab, NONE, Action::NextField, "Tab", 3),
    bind(X::Editor, K::Down, NONE, Action::NextField, "Down", 0),
    bind(X::Editor, K::BackTab, NONE, Action::PrevField, "Shift-Tab", 0),
    bind(X::Editor, K::Up, NONE, Action::PrevField, "Up", 0),
    bind(X::Editor, K::Left, NONE, Action::CycleBack, "Left", 0),
    bind(X::Editor, K::Right, NONE, Action::CycleForward, "Right", 4),
    bind(X::Editor, K::Backspace, NONE, Action::DeleteChar, "Backspace", 0),
    bind(X::Editor, K::Char('u'), CTRL, Action::ClearField, "Ctrl-U", 0),
    bind(X::Editor, K::Char('p'), CTRL, Action::Presets, "Ctrl-P", 5),
    bind(X::Editor, K::Char('d'), CTRL, Action::Discover, "Ctrl-D", 0),
    // Provider list.
    bind(X::Picker, K::Enter, NONE, Action::Pick, "Enter", 1),
    bind(X::Picker, K::Esc, NONE, Action::Close, "Esc", 2),
    bind(X::Picker, K::Up, NONE, Action::Up, "Up", 3),
    bind(X::Picker, K::Down, NONE, Action::Down, "Down", 4),
    bind(X::Picker, K::Backspace, NONE, Action::DeleteChar, "Backspace", 0),
    // Guided check.
    bind(X::Guided, K::Right, NONE, Action::GuideNext, "Right", 1),
    bind(X::Guided, K::Enter, NONE, Action::GuideNext, "Enter", 0),
    bind(X::Guided, K::Char(' '), NONE, Action::GuideNext, "Space", 0),
    bind(X::Guided, K::Left, NONE, Action::GuidePrev, "Left", 2),
    bind(X::Guided, K::Backspace, NONE, Action::GuidePrev, "Backspace", 0),
    bind(X::Guided, K::Char('l'), NONE, Action::ToggleLang, "l", 3),
    bind(X::Guided, K::Esc, NONE, Action::Close, "Esc", 4),
    bind(X::Guided, K::Char('g'), NONE, Action::Close, "g", 0),
    bind(X::Guided, K::Char('q'), NONE, Action::Close, "q", 0),
    // Port scan.
    bind(X::Scan, K::Up, NONE, Action::Up, "Up", 1),
    bind(X::Scan, K::Down, NONE, Action::Down, "Down", 2),
    bind(X::Scan, K::Enter, NONE, Action::Pick, "Enter", 3),
    bind(X::Scan, K::Esc, NONE, Action::Close, "Esc", 4),
    bind(X::Scan, K::Char('q'), NONE, Action::Close, "q", 0),
];

/// The action of a key in a context (global bindings apply everywhere).
pub fn lookup(context: Context, key: &KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    KEYS.iter()
        .filter(|b| b.context == context || b.context == Context::Global)
        .find(|b| matches(b, key))
        .map(|b| b.action)
}

fn matches(binding: &Binding, key: &KeyEvent) -> bool {
    if binding.code != key.code {
        return false;
    }
    // Shift is part of the character itself ('?', '+'), and terminals differ in reporting it.
    let mods = match key.code {
        KeyCode::Char(_) | KeyCode::BackTab => key.modifiers - KeyModifiers::SHIFT,
        _ => key.modifiers,
    };
    mods == binding.mods
}

/// A printable character typed into a text field (no Ctrl or Alt).
pub fn typed_char(key: &KeyEvent) -> Option<char> {
    if key.kind == KeyEventKind::Release
        || key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    match key.code {
        KeyCode::Char(c) if !c.is_control() => Some(c),
        _ => None,
    }
}

/// One line of the help: the keys of one action in one context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub keys: String,
    pub action: Action,
}

/// The help rows of a context, keys of the same action joined, in table order.
pub fn help_rows(context: Context) -> Vec<HelpRow> {
    let mut rows: Vec<HelpRow> = Vec::new();
    for binding in KEYS.iter().filter(|b| b.context == context) {
        match rows.iter_mut().find(|r| r.action == binding.action) {
            Some(row) => {
                row.keys.push_str(", ");
                row.keys.push_str(binding.label);
            }
            None => rows.push(HelpRow {
                keys: binding.label.to_string(),
                action: binding.action,
            }),
        }
    }
    rows
}

/// How a key is written for a reader of `lang`: keyboards and manuals name the keys in their
/// own language (Spanish "Intro", "AvPág").
pub fn key_name(label: &'static str, lang: Lang) -> &'static str {
    let key = match label {
        "Right" => "tui-key-right",
        "Left" => "tui-key-left",
        "Up" => "tui-key-up",
        "Down" => "tui-key-down",
        "Enter" => "tui-key-enter",
        "Space" => "tui-key-space",
        "Backspace" => "tui-key-backspace",
        "PgUp" => "tui-key-page-up",
        "PgDn" => "tui-key-page-down",
        "Home" => "tui-key-home",
        "End" => "tui-key-end",
        "Shift-Tab" => "tui-key-shift-tab",
        // Esc, Tab, Ctrl and letters are printed so on every keyboard.
        other => return other,
    };
    fixed(lang, key)
}

/// The bindings shown in the bottom bar of a context, in bar order; the global ones follow
/// where the context has no quit key of its own.
pub fn bar_bindings(context: Context) -> Vec<&'static Binding> {
    let mut shown: Vec<&Binding> = KEYS
        .iter()
        .filter(|b| b.context == context && b.bar > 0)
        .collect();
    shown.sort_by_key(|b| b.bar);
    if !shown.iter().any(|b| b.action == Action::Quit) {
        shown.extend(
            KEYS.iter()
                .filter(|b| b.context == Context::Global && b.bar > 0),
        );
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in KEYS.iter().enumerate() {
            for b in &KEYS[i + 1..] {
                let overlaps = a.context == b.context
                    || a.context == Context::Global
                    || b.context == Context::Global;
                assert!(
                    !(overlaps && a.code == b.code && a.mods == b.mods),
                    "{} bound twice ({:?} / {:?})",
                    a.label,
                    a.context,
                    b.context
                );
            }
        }
    }

    #[test]
    fn shifted_characters_match_their_binding() {
        let question = key(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(lookup(Context::Dashboard, &question), Some(Action::Help));
        let plus = key(KeyCode::Char('+'), KeyModifiers::SHIFT);
        assert_eq!(lookup(Context::Dashboard, &plus), Some(Action::IntervalUp));
    }

    #[test]
    fn ctrl_c_quits_even_while_typing() {
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Context::Editor, &ctrl_c), Some(Action::Quit));
        assert_eq!(typed_char(&ctrl_c), None);
        let c = key(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(lookup(Context::Editor, &c), None);
        assert_eq!(typed_char(&c), Some('c'));
    }

    #[test]
    fn help_lists_every_binding() {
        for binding in KEYS {
            let rows = help_rows(binding.context);
            let row = rows.iter().find(|r| r.action == binding.action).unwrap();
            assert!(row.keys.split(", ").any(|k| k == binding.label));
        }
    }

    #[test]
    fn keys_to_reach_every_panel_and_pane_fit_an_80_column_bar() {
        // At 80 columns one panel and one lower pane show at a time: the bar must say how to
        // reach the others.
        for lang in mailtriage_core::i18n::LOCALES.iter().map(|l| l.lang) {
            let mut used = 0;
            for binding in bar_bindings(Context::Dashboard) {
                used += crate::tui::ui::wrap::width(binding.label)
                    + 1
                    + crate::tui::ui::wrap::width(binding.action.short(lang))
                    + 2;
                if matches!(
                    binding.action,
                    Action::NextPanel | Action::SwitchPane | Action::Details | Action::Help
                ) {
                    assert!(
                        used <= 80,
                        "{:?} falls off the bar in {lang:?}",
                        binding.action
                    );
                }
            }
        }
    }

    #[test]
    fn help_joins_keys_of_one_action() {
        let rows = help_rows(Context::Dashboard);
        let next = rows.iter().find(|r| r.action == Action::NextPanel).unwrap();
        assert_eq!(next.keys, "Tab, Right");
    }
}
