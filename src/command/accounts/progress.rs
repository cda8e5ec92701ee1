//! The progress line of a many-account run, on standard error when it is a terminal: one line
//! redrawn as accounts end (`[=====>    ] 412/1000  ok 380  warn 12  failed 20`), nothing when
//! standard error goes to a file or a pipe.

use std::io::Write;

use crate::finding::Lang;
use crate::model::StepStatus;
use crate::report::text::status_word;
use mailtriage_core::i18n;

use super::run::AccountResult;

/// Width of the bar, in cells.
const BAR_CELLS: usize = 30;

/// How many accounts ended, and how.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub ok: usize,
    pub warn: usize,
    pub failed: usize,
    pub not_checked: usize,
}

impl Counts {
    /// Count one more result.
    pub fn add(&mut self, result: &AccountResult) {
        match &result.checked {
            Ok(outcome) => match outcome.status() {
                StepStatus::Failed => self.failed += 1,
                StepStatus::Warn => self.warn += 1,
                _ => self.ok += 1,
            },
            Err(_) => self.not_checked += 1,
        }
    }

    pub fn done(&self) -> usize {
        self.ok + self.warn + self.failed + self.not_checked
    }
}

/// The line, redrawn on a terminal.
pub struct Progress {
    total: usize,
    counts: Counts,
    lang: Lang,
    shown: bool,
}

impl Progress {
    /// A progress line for `total` accounts; `shown` is false when standard error is not a
    /// terminal, and then nothing is ever written.
    pub fn new(total: usize, lang: Lang, shown: bool) -> Progress {
        let progress = Progress {
            total,
            counts: Counts::default(),
            lang,
            shown,
        };
        progress.draw();
        progress
    }

    /// One more account ended.
    pub fn add(&mut self, result: &AccountResult) {
        self.counts.add(result);
        self.draw();
    }

    /// Take the line away, so the summary starts on a clean line.
    pub fn finish(&self) {
        if self.shown {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }

    fn draw(&self) {
        if !self.shown {
            return;
        }
        let line = line(self.total, &self.counts, self.lang);
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
    }
}

/// The text of the line.
pub fn line(total: usize, counts: &Counts, lang: Lang) -> String {
    let done = counts.done();
    let filled = (done * BAR_CELLS).checked_div(total).unwrap_or(BAR_CELLS);
    let bar = if filled >= BAR_CELLS {
        "=".repeat(BAR_CELLS)
    } else {
        format!(
            "{}>{}",
            "=".repeat(filled),
            " ".repeat(BAR_CELLS - filled - 1)
        )
    };
    let mut text = format!(
        "[{bar}] {done}/{total}  {} {}  {} {}  {} {}",
        status_word(StepStatus::Ok, lang),
        counts.ok,
        status_word(StepStatus::Warn, lang),
        counts.warn,
        status_word(StepStatus::Failed, lang),
        counts.failed
    );
    if counts.not_checked > 0 {
        text.push_str(&format!(
            "  {} {}",
            i18n::text(lang, "accounts-status-not-checked"),
            counts.not_checked
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_the_count() {
        let counts = Counts {
            ok: 3,
            warn: 1,
            failed: 1,
            not_checked: 0,
        };
        let text = line(10, &counts, Lang::En);
        let half = BAR_CELLS / 2;
        assert!(
            text.starts_with(&format!("[{}>", "=".repeat(half))),
            "{text}"
        );
        assert!(text.contains("5/10"), "{text}");
        assert!(text.contains("ok 3"), "{text}");
        assert!(text.contains("failed 1"), "{text}");
        let all = Counts {
            ok: 10,
            ..Counts::default()
        };
        assert!(line(10, &all, Lang::En).starts_with(&format!("[{}]", "=".repeat(BAR_CELLS))));
        assert!(line(0, &Counts::default(), Lang::En).contains("0/0"));
    }
}
