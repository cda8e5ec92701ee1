//! The text of a captured tmux pane, and the bordered boxes (panels, panes, overlays) on it.

use std::fmt;

/// One capture of the visible pane, a row per line.
#[derive(Clone)]
pub struct Screen {
    rows: Vec<Vec<char>>,
}

impl Screen {
    pub fn new(text: &str) -> Screen {
        Screen {
            rows: text.lines().map(|l| l.chars().collect()).collect(),
        }
    }

    pub fn text(&self) -> String {
        self.rows
            .iter()
            .map(|r| r.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn contains(&self, needle: &str) -> bool {
        self.text().contains(needle)
    }

    /// The row at `index` (0 is the top), empty past the captured rows.
    pub fn row(&self, index: usize) -> String {
        self.rows
            .get(index)
            .map(|r| r.iter().collect())
            .unwrap_or_default()
    }

    /// The last row that has any text (tmux drops trailing blank rows).
    pub fn last_text_row(&self) -> String {
        self.rows
            .iter()
            .rev()
            .map(|r| r.iter().collect::<String>())
            .find(|r| !r.trim().is_empty())
            .unwrap_or_default()
    }

    /// The box whose top border carries `title` right after its corner (`┌ title…`).
    pub fn boxed(&self, title: &str) -> Option<Boxed> {
        let needle: Vec<char> = format!("┌ {title}").chars().collect();
        self.rows.iter().enumerate().find_map(|(y, row)| {
            let x = find(row, &needle)?;
            self.box_at(y, x)
        })
    }

    /// The box whose top-left corner is at row `y`, column `x`.
    pub fn box_at(&self, y: usize, x: usize) -> Option<Boxed> {
        let top = self.rows.get(y)?;
        if top.get(x) != Some(&'┌') {
            return None;
        }
        let right = x + 1 + top[x + 1..].iter().position(|c| *c == '┐')?;
        let title: String = top[x + 1..right]
            .iter()
            .collect::<String>()
            .trim_matches(|c: char| c == '─' || c.is_whitespace())
            .to_string();
        let mut lines = Vec::new();
        for row in &self.rows[y + 1..] {
            match row.get(x) {
                Some('│') => lines.push(
                    row.get(x + 1..right.min(row.len()))
                        .unwrap_or_default()
                        .iter()
                        .collect::<String>()
                        .trim_end()
                        .to_string(),
                ),
                Some('└') => return Some(Boxed { title, lines }),
                _ => return None,
            }
        }
        None
    }
}

impl fmt::Display for Screen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "┄┄┄┄ screen ┄┄┄┄")?;
        for row in &self.rows {
            writeln!(f, "{}", row.iter().collect::<String>())?;
        }
        write!(f, "┄┄┄┄ end of screen ┄┄┄┄")
    }
}

fn find(row: &[char], needle: &[char]) -> Option<usize> {
    row.windows(needle.len()).position(|w| w == needle)
}

/// The inside of a bordered box: its title and its rows without the borders.
#[derive(Debug, Clone)]
pub struct Boxed {
    pub title: String,
    pub lines: Vec<String>,
}

impl Boxed {
    /// The rows joined with single spaces, so wrapped sentences read whole.
    pub fn flat(&self) -> String {
        self.lines
            .iter()
            .flat_map(|l| l.split_whitespace())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn has_line_starting(&self, prefix: &str) -> bool {
        self.lines
            .iter()
            .any(|l| l.trim_start().starts_with(prefix))
    }

    /// The status words of every row for `step` (`✓ ok   login  0.4 ms …` gives `ok`), and of
    /// the rows that name passed steps together (`✓ ok: dns tcp greeting`, wrapped onto rows
    /// indented to the first name).
    pub fn step_words(&self, step: &str) -> Vec<String> {
        let mut found = Vec::new();
        // The status and indent of the group being read, while its rows go on.
        let mut group: Option<(String, usize)> = None;
        for line in &self.lines {
            let words: Vec<&str> = line.split_whitespace().collect();
            if let Some((word, indent)) = &group {
                let lead = line.chars().take_while(|c| *c == ' ').count();
                if lead == *indent && !words.is_empty() {
                    if words.contains(&step) {
                        found.push(word.clone());
                    }
                    continue;
                }
                group = None;
            }
            match words.as_slice() {
                [_symbol, word, names @ ..] if word.ends_with(':') && !names.is_empty() => {
                    let word = word.trim_end_matches(':').to_string();
                    if names.contains(&step) {
                        found.push(word.clone());
                    }
                    let first = line.find(names[0]).unwrap_or(0);
                    group = Some((word, line[..first].chars().count()));
                }
                [_symbol, word, name, ..] if *name == step => found.push(word.to_string()),
                _ => {}
            }
        }
        found
    }

    /// Every listed step shows exactly the status `word` (and is shown at all).
    pub fn check_steps(&self, steps: &[&str], word: &str) -> Result<(), String> {
        for step in steps {
            let words = self.step_words(step);
            if words.is_empty() {
                return Err(format!("box {:?} shows no {step} step", self.title));
            }
            if let Some(other) = words.iter().find(|w| *w != word) {
                return Err(format!(
                    "box {:?}: step {step} is {other:?}, expected {word:?}",
                    self.title
                ));
            }
        }
        Ok(())
    }
}
