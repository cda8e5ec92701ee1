//! An entry of the accounts file made into the plan of its check, as `check --accounts` makes
//! it ([`crate::command::accounts::plan`]): the entry's profile with the options `serve` was
//! started with for every account (`--resolve`, `--ca-file`, `--timeout` …), and the password
//! from where the entry says, read each time the account is checked so that a changed password
//! is picked up.

use std::sync::Mutex;

use crate::account::Plan;
use crate::account::accounts_file::{AccountEntry, AccountsFile};
use crate::cli::AccountArgs;
use crate::command::accounts::plan::{Shared, read_password};
use crate::finding::Lang;
use crate::preset::Presets;

/// What every account's plan is built from besides its entry, read once.
pub struct PlanBase {
    shared: Mutex<Shared>,
    lang: Lang,
}

impl PlanBase {
    /// Reads what the shared options point at (the `--ca-file`, the presets the entries name);
    /// errors are one line.
    pub fn new(args: &AccountArgs, file: &AccountsFile, lang: Lang) -> Result<PlanBase, String> {
        let presets = if file.accounts.iter().any(|a| a.profile.preset.is_some()) {
            Presets::load().map_err(|e| e.said().render(lang).into_owned())?
        } else {
            Presets::embedded()
        };
        Ok(PlanBase {
            shared: Mutex::new(Shared::new(args, presets)?),
            lang,
        })
    }

    /// The plan of `entry`'s check, its password read. Blocking: a `password_command` may take
    /// a while.
    pub fn plan_for(&self, entry: &AccountEntry) -> Result<Plan, String> {
        let planned = match self.shared.lock() {
            Ok(mut shared) => shared.plan_of(entry),
            Err(poisoned) => poisoned.into_inner().plan_of(entry),
        };
        let mut plan = planned.map_err(|e| format!("{}: {e}", entry.name))?;
        plan.password = read_password(&entry.password, |v| std::env::var(v).ok(), self.lang)?;
        Ok(plan)
    }
}
