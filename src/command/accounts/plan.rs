//! An accounts file's entry as a [`Plan`]: the entry is a saved profile, so it goes through
//! exactly what `--profile` goes through ([`AccountArgs::build_plan`]), with the command line's
//! shared options (deadlines, `--resolve`, `--ca-file` …) applied to every entry.

use std::time::Duration;

use crate::account::accounts_file::{AccountEntry, PasswordSource};
use crate::account::{Plan, Secret};
use crate::cli::{AccountArgs, Gathered};
use crate::finding::Lang;
use crate::preset::Presets;
use crate::secret_command;
use mailtriage_core::said;

/// The options that name an account; beside `--accounts` the entries do that, so these are
/// refused rather than silently applied to every entry.
pub fn options_naming_an_account(args: &AccountArgs) -> Vec<&'static str> {
    let given = [
        (args.pop3.is_some(), "--pop3"),
        (args.pop3_security.is_some(), "--pop3-security"),
        (args.imap.is_some(), "--imap"),
        (args.imap_security.is_some(), "--imap-security"),
        (args.incoming.is_some(), "--incoming"),
        (args.smtp.is_some(), "--smtp"),
        (args.smtp_security.is_some(), "--smtp-security"),
        (args.user.is_some(), "--user"),
        (args.smtp_user.is_some(), "--smtp-user"),
        (args.password_env.is_some(), "--password-env"),
        (args.from.is_some(), "--from"),
        (args.preset.is_some(), "--preset"),
        (args.email.is_some(), "--email"),
        (args.profile.is_some(), "--profile"),
        (args.save_profile.is_some(), "--save-profile"),
    ];
    given
        .into_iter()
        .filter_map(|(is, flag)| is.then_some(flag))
        .collect()
}

/// What every entry's plan is built from besides the entry: the command line's options and
/// what they point at (the `--ca-file`, the presets). Read once for the whole file.
pub struct Shared {
    args: AccountArgs,
    gathered: Gathered,
}

impl Shared {
    /// Read what the options point at. `presets` are the built-in and the user's presets.
    pub fn new(args: &AccountArgs, presets: Presets) -> Result<Shared, String> {
        let mut gathered = args.gather()?;
        gathered.presets = presets;
        Ok(Shared {
            args: args.clone(),
            gathered,
        })
    }

    /// The entry's plan, without its password. Errors are one line saying what to change.
    pub fn plan_of(&mut self, entry: &AccountEntry) -> Result<Plan, String> {
        self.gathered.profile = Some(entry.profile.clone());
        let built = self.args.build_plan(&self.gathered);
        self.gathered.profile = None;
        built.map(|(plan, _preset)| plan)
    }
}

/// How long a `password_command` may take.
pub const PASSWORD_COMMAND_DEADLINE: Duration = secret_command::DEFAULT_DEADLINE;

/// The entry's password, read from where the entry says. Blocks while a command runs. The
/// error names the variable or the command, never what it printed.
pub fn read_password(
    source: &PasswordSource,
    env: impl Fn(&str) -> Option<String>,
    lang: Lang,
) -> Result<Option<Secret>, String> {
    match source {
        PasswordSource::None => Ok(None),
        PasswordSource::Env(var) => match env(var) {
            Some(value) => Ok(Some(Secret::new(value))),
            None => Err(
                said!("accounts-password-env-unset", variable = var.as_str())
                    .render(lang)
                    .into_owned(),
            ),
        },
        PasswordSource::Command(command) => {
            secret_command::read_secret(command, PASSWORD_COMMAND_DEADLINE)
                .map(Some)
                .map_err(|e| {
                    said!("accounts-password-command-failed", error = e.to_string())
                        .render(lang)
                        .into_owned()
                })
        }
    }
}
