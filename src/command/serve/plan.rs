//! An entry of the accounts file made into the plan of its check: the entry's profile, the
//! options `serve` was started with for every account (`--resolve`, `--ca-file`, `--timeout`
//! …), and the password from where the entry says (`password_env`, `password_command`), read
//! each time the account is checked so a changed password is picked up.

use crate::account::Plan;
use crate::account::accounts_file::{AccountEntry, PasswordSource};
use crate::cli::AccountArgs;
use crate::preset::Presets;
use crate::secret_command;
use crate::settings::Secret;
use mailtriage_core::said;

/// What every account's plan starts from: the shared options and what they point at.
pub struct PlanBase {
    args: AccountArgs,
    gathered: crate::cli::Gathered,
}

impl PlanBase {
    /// Reads what the shared options point at (the `--ca-file`) once; errors are one line.
    pub fn new(args: AccountArgs) -> Result<PlanBase, String> {
        let gathered = args.gather()?;
        Ok(PlanBase { args, gathered })
    }

    /// The plan of `entry`'s check, its password read. Blocking: a `password_command` may take
    /// up to [`secret_command::DEFAULT_DEADLINE`].
    pub fn plan_for(&self, entry: &AccountEntry) -> Result<Plan, String> {
        let presets = if entry.profile.preset.is_some() {
            Presets::load().map_err(|e| e.to_string())?
        } else {
            Presets::embedded()
        };
        let gathered = crate::cli::Gathered {
            profile: Some(entry.profile.clone()),
            presets,
            extra_ca_pem: self.gathered.extra_ca_pem.clone(),
            discovery: None,
            guess: None,
        };
        let (mut plan, _preset) = self.args.build_plan(&gathered)?;
        let lang = self
            .args
            .lang()
            .unwrap_or_else(|_| crate::finding::Lang::from_env());
        plan.password = password(&entry.password, lang)?;
        Ok(plan)
    }
}

/// The entry's password, from where it says.
fn password(source: &PasswordSource, lang: crate::finding::Lang) -> Result<Option<Secret>, String> {
    match source {
        PasswordSource::None => Ok(None),
        PasswordSource::Env(var) => match std::env::var(var) {
            Ok(value) if !value.is_empty() => Ok(Some(Secret::new(value))),
            _ => Err(
                said!("cli-serve-password-env-unset", variable = var.as_str())
                    .render(lang)
                    .into_owned(),
            ),
        },
        PasswordSource::Command(command) => {
            secret_command::read_secret(command, secret_command::DEFAULT_DEADLINE)
                .map(Some)
                .map_err(|e| format!("password_command: {e}"))
        }
    }
}
