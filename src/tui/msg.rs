//! Messages into [`crate::tui::update::update`] and the one key table every key binding, the help
//! overlay and the bottom bar are read from.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::account::Protocol;
use crate::finding::Lang;
use crate::model::{Panel, ProbeEvent};
use crate::report::save::SavedReport;
use crate::tui::app::RunId;
use crate::tui::engine::ScanRow;
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
}

impl Context {
    pub const ALL: [Context; 10] = [
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
    ];

    /// Contexts where unbound printable keys type text.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Editor | Context::Picker | Context::HelpSearch | Context::Search
        )
    }

    pub fn name(self, lang: Lang) -> &'static str {
        // Portuguese: English until this text moves to the locale files.
        match (self, lang) {
            (Context::Global, Lang::En | Lang::Pt) => "Everywhere",
            (Context::Global, Lang::Es) => "En todas partes",
            (Context::Dashboard, Lang::En | Lang::Pt) => "Dashboard",
            (Context::Dashboard, Lang::Es) => "Panel principal",
            (Context::Help, Lang::En | Lang::Pt) => "This help",
            (Context::Help, Lang::Es) => "Esta ayuda",
            (Context::Editor, Lang::En | Lang::Pt) => "Account settings",
            (Context::Editor, Lang::Es) => "Datos de la cuenta",
            (Context::Picker, Lang::En | Lang::Pt) => "Provider list",
            (Context::Picker, Lang::Es) => "Lista de proveedores",
            (Context::Guided, Lang::En | Lang::Pt) => "Guided check",
            (Context::Guided, Lang::Es) => "Comprobación guiada",
            (Context::Scan, Lang::En | Lang::Pt) => "Port scan",
            (Context::Scan, Lang::Es) => "Búsqueda de puertos",
            (Context::Steps, Lang::En | Lang::Pt) => "Every step of a panel",
            (Context::Steps, Lang::Es) => "Todos los pasos de un panel",
            (Context::HelpSearch, Lang::En | Lang::Pt) => "Searching this help",
            (Context::HelpSearch, Lang::Es) => "Buscando en esta ayuda",
            (Context::Search, Lang::En | Lang::Pt) => "Finding text in the transcript",
            (Context::Search, Lang::Es) => "Buscar texto en el diálogo",
        }
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
}

impl Action {
    /// What the action does, for the help overlay and the bottom bar.
    pub fn describe(self, lang: Lang) -> &'static str {
        let (en, es) = match self {
            Action::Quit => ("quit", "salir"),
            Action::Help => ("help: all keys", "ayuda: todas las teclas"),
            Action::Close => ("close", "cerrar"),
            Action::NextPanel => ("next panel", "panel siguiente"),
            Action::PrevPanel => ("previous panel", "panel anterior"),
            Action::SelectPanel(Panel::Network) => ("network panel", "panel de red"),
            Action::SelectPanel(Panel::Incoming) => ("incoming panel", "panel de entrada"),
            Action::SelectPanel(Panel::ImapBeside) => {
                ("IMAP panel, beside POP3", "panel IMAP, junto a POP3")
            }
            Action::SelectPanel(Panel::Outgoing) => ("outgoing panel", "panel de salida"),
            Action::SwitchPane => ("switch transcript / hints", "cambiar diálogo / consejos"),
            Action::ScrollUp => ("scroll up", "subir"),
            Action::ScrollDown => ("scroll down", "bajar"),
            Action::PageUp => ("page up", "página arriba"),
            Action::PageDown => ("page down", "página abajo"),
            Action::ScrollTop => ("to the start", "al principio"),
            Action::ScrollBottom => ("to the end (follow)", "al final (seguir)"),
            Action::ToggleHintScope => (
                "hints: all panels / this panel",
                "consejos: todos / este panel",
            ),
            Action::ToggleLang => ("English / Spanish", "inglés / español"),
            Action::Rerun => ("check again, with login", "comprobar de nuevo, con acceso"),
            Action::TogglePause => ("pause / resume re-checks", "pausar / seguir comprobando"),
            Action::IntervalUp => ("re-check less often", "comprobar con menos frecuencia"),
            Action::IntervalDown => ("re-check more often", "comprobar con más frecuencia"),
            Action::Edit => ("edit settings", "editar datos"),
            Action::Presets => ("pick a provider", "elegir proveedor"),
            Action::Scan => (
                "scan ports of this server",
                "buscar puertos de este servidor",
            ),
            Action::Guided => ("guided check", "comprobación guiada"),
            Action::SaveReport => ("save a report", "guardar informe"),
            Action::NextField => ("next field", "campo siguiente"),
            Action::PrevField => ("previous field", "campo anterior"),
            Action::CycleBack => ("previous choice", "opción anterior"),
            Action::CycleForward => ("next choice", "opción siguiente"),
            Action::DeleteChar => ("delete a character", "borrar un carácter"),
            Action::ClearField => ("clear the field", "vaciar el campo"),
            Action::Apply => ("apply and check", "aplicar y comprobar"),
            Action::Pick => ("use the selected one", "usar el elegido"),
            Action::Up => ("move up", "subir"),
            Action::Down => ("move down", "bajar"),
            Action::GuideNext => ("next step", "paso siguiente"),
            Action::GuidePrev => ("previous step", "paso anterior"),
            Action::Details => (
                "every step of this panel in full, and its transcript",
                "todos los pasos de este panel, completos, y su diálogo",
            ),
            Action::Search => ("search the keys", "buscar una tecla"),
            Action::SearchDone => ("keep what you typed", "quedarte con lo que escribiste"),
            Action::SearchClear => ("clear the search", "borrar la búsqueda"),
            Action::Discover => (
                "look up the servers of the e-mail address",
                "buscar los servidores de la dirección de correo",
            ),
            Action::SearchStart => ("find text in the transcript", "buscar texto en el diálogo"),
            Action::SearchFind => ("find", "buscar"),
            Action::SearchNext => ("next match", "siguiente coincidencia"),
            Action::SearchPrev => ("previous match", "coincidencia anterior"),
            Action::CopyLine => (
                "copy the selected transcript line (OSC 52)",
                "copiar la línea elegida del diálogo (OSC 52)",
            ),
        };
        // Portuguese: English until this text moves to the locale files.
        match lang {
            Lang::En | Lang::Pt => en,
            Lang::Es => es,
        }
    }
}

impl Action {
    /// A one- or two-word label for the bottom bar.
    pub fn short(self, lang: Lang) -> &'static str {
        let (en, es) = match self {
            Action::Quit => ("quit", "salir"),
            Action::Help => ("help", "ayuda"),
            Action::Close => ("close", "cerrar"),
            Action::NextPanel => ("panel", "panel"),
            Action::SwitchPane => ("transcript/hints", "diálogo/consejos"),
            Action::ToggleHintScope => ("hints scope", "alcance"),
            Action::ToggleLang => ("español", "English"),
            Action::Rerun => ("recheck", "repetir"),
            Action::TogglePause => ("pause", "pausa"),
            Action::Edit => ("edit", "editar"),
            Action::Presets => ("providers", "proveedores"),
            Action::Scan => ("scan", "puertos"),
            Action::Guided => ("guide", "guía"),
            Action::SaveReport => ("save", "guardar"),
            Action::NextField => ("next field", "campo"),
            Action::CycleForward => ("change", "cambiar"),
            Action::Apply => ("apply", "aplicar"),
            Action::Pick => ("use", "usar"),
            Action::Up => ("up", "arriba"),
            Action::Down => ("down", "abajo"),
            Action::GuideNext => ("next", "siguiente"),
            Action::GuidePrev => ("back", "atrás"),
            Action::Details => ("steps", "pasos"),
            Action::Search => ("search", "buscar"),
            Action::SearchDone => ("keep", "quedarte"),
            Action::SearchClear => ("clear", "borrar"),
            Action::SearchStart => ("find", "buscar"),
            Action::CopyLine => ("copy", "copiar"),
            other => return other.describe(lang),
        };
        // Portuguese: English until this text moves to the locale files.
        match lang {
            Lang::En | Lang::Pt => en,
            Lang::Es => es,
        }
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

/// How a key is written for a reader of `lang`: Spanish keyboards and manuals name the keys in
/// Spanish.
pub fn key_name(label: &'static str, lang: Lang) -> &'static str {
    if lang != Lang::Es {
        return label;
    }
    match label {
        "Right" => "Derecha",
        "Left" => "Izquierda",
        "Up" => "Arriba",
        "Down" => "Abajo",
        "Enter" => "Intro",
        "Space" => "Espacio",
        "Backspace" => "Retroceso",
        "PgUp" => "RePág",
        "PgDn" => "AvPág",
        "Home" => "Inicio",
        "End" => "Fin",
        "Shift-Tab" => "Mayús-Tab",
        other => other,
    }
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
        for lang in [Lang::En, Lang::Es] {
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
