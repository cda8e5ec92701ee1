//! A small runner for cases that share one set of running servers: every case runs with its
//! panic caught, a health check runs after each, and the tally ends in `N passed, N failed`.

use std::io::Write;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;
use std::time::Instant;

/// Where the last case panicked, recorded by the runner's panic hook.
static PANIC_LOCATION: Mutex<Option<String>> = Mutex::new(None);

/// One named case over a shared context.
pub struct Case<C> {
    pub name: &'static str,
    pub run: Box<dyn Fn(&C)>,
}

impl<C> Case<C> {
    pub fn new(name: &'static str, run: impl Fn(&C) + 'static) -> Self {
        Case {
            name,
            run: Box::new(run),
        }
    }
}

/// Which cases to run, from the command line: names to match (all when none) and `--skip`
/// names to leave out; other flags (from cargo or libtest habits) are ignored.
#[derive(Default)]
pub struct Selection {
    include: Vec<String>,
    exclude: Vec<String>,
}

impl Selection {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Self {
        let mut selection = Selection::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "--skip" {
                selection.exclude.extend(args.next());
            } else if let Some(name) = arg.strip_prefix("--skip=") {
                selection.exclude.push(name.to_string());
            } else if !arg.starts_with('-') {
                selection.include.push(arg);
            }
        }
        selection
    }

    fn selects(&self, name: &str) -> bool {
        (self.include.is_empty() || self.include.iter().any(|part| name.contains(part.as_str())))
            && !self.exclude.iter().any(|part| name.contains(part.as_str()))
    }
}

/// How the cases went.
#[derive(Default)]
pub struct Tally {
    pub passed: usize,
    pub failed: Vec<String>,
}

impl Tally {
    /// Counts a failure that happened outside a case's own run (set-up, stop, a skipped case).
    pub fn fail(&mut self, name: &str, reason: &str) {
        println!("test {name} ... FAILED\n{reason}\n");
        self.failed.push(name.to_string());
    }

    /// The closing lines: the failed names, then `N passed, N failed` alone on a line.
    pub fn print_summary(&self, seconds: f64) {
        if !self.failed.is_empty() {
            println!("\nfailures:");
            for name in &self.failed {
                println!("    {name}");
            }
        }
        println!("\nfinished in {seconds:.1} s");
        println!("{} passed, {} failed", self.passed, self.failed.len());
    }
}

/// Runs the cases `selection` selects, in order.
/// After each case `health` is asked whether the shared context is still usable; when it is
/// not, the remaining cases fail with its reason instead of running.
pub fn run_cases<C>(
    context: &mut C,
    cases: &[Case<C>],
    selection: &Selection,
    tally: &mut Tally,
    health: fn(&mut C) -> Result<(), String>,
) {
    let selected = cases.iter().filter(|case| selection.selects(case.name));
    // The default hook would print every failure a second time, with a backtrace.
    panic::set_hook(Box::new(|info| {
        if let Ok(mut location) = PANIC_LOCATION.lock() {
            *location = info.location().map(ToString::to_string);
        }
    }));
    let mut broken: Option<String> = None;
    for case in selected {
        if let Some(reason) = &broken {
            tally.fail(case.name, &format!("not run: {reason}"));
            continue;
        }
        print!("test {} ... ", case.name);
        let _ = std::io::stdout().flush();
        let started = Instant::now();
        let shared: &C = context;
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| (case.run)(shared)));
        let seconds = started.elapsed().as_secs_f64();
        match outcome {
            Ok(()) => {
                println!("ok ({seconds:.2} s)");
                tally.passed += 1;
            }
            Err(payload) => {
                let message = payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|text| text.to_string()))
                    .unwrap_or_else(|| "panicked".to_string());
                let location = PANIC_LOCATION
                    .lock()
                    .ok()
                    .and_then(|mut location| location.take())
                    .unwrap_or_default();
                println!("FAILED ({seconds:.2} s) at {location}\n{message}\n");
                tally.failed.push(case.name.to_string());
            }
        }
        if let Err(reason) = health(context) {
            broken = Some(reason);
        }
    }
    let _ = panic::take_hook();
}
