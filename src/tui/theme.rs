//! Colours and symbols: 16-colour palette, `NO_COLOR`, and an ASCII fallback for `--ascii`.
//!
//! Every status is shown as a symbol *and* a word, so nothing depends on colour alone; colour
//! only helps the eye.

use ratatui::style::{Color, Modifier, Style};

use crate::finding::Severity;
use crate::model::{Direction, StepStatus};
use crate::tui::guide::Mark;

/// How the dashboard paints: whether colour is allowed and whether symbols must be ASCII.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub ascii: bool,
}

const SPINNER_UNICODE: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
/// Two cells wide like the other ASCII symbols, so columns stay aligned.
const SPINNER_ASCII: [&str; 4] = [" |", " /", " -", " \\"];

impl Theme {
    /// Colour unless `NO_COLOR` is set to a non-empty value (<https://no-color.org>).
    pub fn from_env(ascii: bool) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme {
            color: !no_color,
            ascii,
        }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::default().fg(color)
        } else {
            Style::default()
        }
    }

    /// The symbol of a step status; `frame` animates the running spinner. The ASCII ones are
    /// two letters or marks that no border uses (`+`, `|` and `-` draw the boxes) and that can
    /// be read aloud: `OK`, `XX`, `!!`.
    pub fn status_symbol(&self, status: StepStatus, frame: usize) -> &'static str {
        match (status, self.ascii) {
            (StepStatus::Pending, false) => "·",
            (StepStatus::Pending, true) => "..",
            (StepStatus::Running, false) => SPINNER_UNICODE[frame % SPINNER_UNICODE.len()],
            (StepStatus::Running, true) => SPINNER_ASCII[frame % SPINNER_ASCII.len()],
            (StepStatus::Ok, false) => "✓",
            (StepStatus::Ok, true) => "OK",
            (StepStatus::Warn, false) => "!",
            (StepStatus::Warn, true) => "!!",
            (StepStatus::Failed, false) => "✗",
            (StepStatus::Failed, true) => "XX",
            (StepStatus::Skipped, false) => "–",
            (StepStatus::Skipped, true) => ">>",
        }
    }

    pub fn status_style(&self, status: StepStatus) -> Style {
        match status {
            StepStatus::Pending | StepStatus::Skipped => self.dim(),
            StepStatus::Running => self.fg(Color::Cyan),
            StepStatus::Ok => self.fg(Color::Green),
            StepStatus::Warn => self.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            StepStatus::Failed => self.fg(Color::Red).add_modifier(Modifier::BOLD),
        }
    }

    pub fn severity_symbol(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => self.status_symbol(StepStatus::Failed, 0),
            Severity::Warn => self.status_symbol(StepStatus::Warn, 0),
            Severity::Info => {
                if self.ascii {
                    "ii"
                } else {
                    "ℹ"
                }
            }
        }
    }

    pub fn severity_style(&self, severity: Severity) -> Style {
        match severity {
            Severity::Error => self.status_style(StepStatus::Failed),
            Severity::Warn => self.status_style(StepStatus::Warn),
            Severity::Info => self.fg(Color::Cyan),
        }
    }

    pub fn mark_symbol(&self, mark: Mark) -> &'static str {
        match mark {
            Mark::Pass => self.status_symbol(StepStatus::Ok, 0),
            Mark::Warn => self.status_symbol(StepStatus::Warn, 0),
            Mark::Fail => self.status_symbol(StepStatus::Failed, 0),
            Mark::Unknown => {
                if self.ascii {
                    "??"
                } else {
                    "?"
                }
            }
        }
    }

    pub fn mark_style(&self, mark: Mark) -> Style {
        match mark {
            Mark::Pass => self.status_style(StepStatus::Ok),
            Mark::Warn => self.status_style(StepStatus::Warn),
            Mark::Fail => self.status_style(StepStatus::Failed),
            Mark::Unknown => self.dim(),
        }
    }

    /// Transcript prefix and style: `C:` sent, `S:` received, `*` the probe's own notes.
    pub fn direction(&self, dir: Direction) -> (&'static str, Style) {
        match dir {
            Direction::Sent => ("C:", self.fg(Color::Cyan)),
            Direction::Received => ("S:", Style::default()),
            Direction::Info => ("* ", self.dim().add_modifier(Modifier::ITALIC)),
        }
    }

    /// Secondary text (timestamps, pending steps, carried-over results).
    pub fn dim(&self) -> Style {
        if self.color {
            Style::default().fg(Color::DarkGray)
        } else {
            Style::default().add_modifier(Modifier::DIM)
        }
    }

    pub fn title(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        }
    }

    /// The selected row of a list or form.
    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn error_text(&self) -> Style {
        self.fg(Color::Red)
    }

    /// The character a password is masked with.
    pub fn mask_char(&self) -> char {
        if self.ascii { '*' } else { '•' }
    }

    /// Separator used between parts of a title.
    pub fn separator(&self) -> &'static str {
        if self.ascii { " | " } else { " │ " }
    }

    /// Arrow used in the editor to show a value can be cycled.
    pub fn cycle_hint(&self) -> (&'static str, &'static str) {
        if self.ascii {
            ("<", ">")
        } else {
            ("◂", "▸")
        }
    }

    /// Box-drawing characters of pane borders.
    pub fn border_set(&self) -> ratatui::symbols::border::Set<'static> {
        if self.ascii {
            ratatui::symbols::border::Set {
                top_left: "+",
                top_right: "+",
                bottom_left: "+",
                bottom_right: "+",
                vertical_left: "|",
                vertical_right: "|",
                horizontal_top: "-",
                horizontal_bottom: "-",
            }
        } else {
            ratatui::symbols::border::PLAIN
        }
    }

    /// A bordered block in this theme.
    pub fn block<'a>(&self, focused: bool) -> ratatui::widgets::Block<'a> {
        ratatui::widgets::Block::bordered()
            .border_set(self.border_set())
            .border_style(self.border(focused))
    }

    /// Sparkline bar symbols.
    pub fn bar_set(&self) -> ratatui::symbols::bar::Set<'static> {
        if self.ascii {
            ratatui::symbols::bar::Set {
                full: "#",
                seven_eighths: "#",
                three_quarters: "=",
                five_eighths: "=",
                half: "-",
                three_eighths: "-",
                one_quarter: "_",
                one_eighth: "_",
                empty: " ",
            }
        } else {
            ratatui::symbols::bar::NINE_LEVELS
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_symbols_are_ascii() {
        let theme = Theme {
            color: false,
            ascii: true,
        };
        let statuses = [
            StepStatus::Pending,
            StepStatus::Running,
            StepStatus::Ok,
            StepStatus::Warn,
            StepStatus::Failed,
            StepStatus::Skipped,
        ];
        for status in statuses {
            for frame in 0..12 {
                assert!(theme.status_symbol(status, frame).is_ascii());
            }
        }
        for mark in [Mark::Pass, Mark::Warn, Mark::Fail, Mark::Unknown] {
            assert!(theme.mark_symbol(mark).is_ascii());
        }
        assert!(theme.mask_char().is_ascii());
    }

    #[test]
    fn ascii_symbols_cannot_pass_for_borders() {
        let theme = Theme {
            color: false,
            ascii: true,
        };
        let border = theme.border_set();
        let drawn = [border.top_left, border.vertical_left, border.horizontal_top];
        for status in [
            StepStatus::Pending,
            StepStatus::Ok,
            StepStatus::Warn,
            StepStatus::Failed,
            StepStatus::Skipped,
        ] {
            let symbol = theme.status_symbol(status, 0);
            assert!(
                !drawn.contains(&symbol),
                "{status:?} is drawn as {symbol:?}"
            );
            assert_eq!(symbol.len(), 2, "{status:?}: {symbol:?}");
        }
        assert_eq!(theme.status_symbol(StepStatus::Ok, 0), "OK");
    }

    #[test]
    fn without_colour_styles_carry_no_colour() {
        let theme = Theme {
            color: false,
            ascii: false,
        };
        for status in [StepStatus::Ok, StepStatus::Failed, StepStatus::Warn] {
            let style = theme.status_style(status);
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
        assert_eq!(theme.dim().fg, None);
    }
}
