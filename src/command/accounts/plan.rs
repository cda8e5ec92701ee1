//! An accounts file's entry as a [`Plan`]: the entry is a saved profile, so it goes through
//! exactly what `--profile` goes through ([`AccountArgs::build_plan`]), with the command line's
//! shared options (deadlines, `--resolve`, `--ca-file` …) applied to every entry.

use std::time::Duration;

use crate::account::accounts_file::{AccountEntry, PasswordSource};
use crate::account::profile::{IncomingProtocol, Profile};
use crate::account::{Plan, Secret};
use crate::cli::{AccountArgs, Gathered};
use crate::finding::Lang;
use crate::preset::Presets;
use crate::preset::Server;
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
    ///
    /// An entry without a preset is a saved profile (`--profile`). An entry with one is the
    /// preset with the entry's own fields given as options beside it (`--preset NAME --pop3 …
    /// --user …`): a saved profile records which preset it came from but names its servers
    /// itself, while an entry may leave the servers to its preset.
    pub fn plan_of(&mut self, entry: &AccountEntry) -> Result<Plan, String> {
        let profile = &entry.profile;
        let built = match &profile.preset {
            None => {
                self.gathered.profile = Some(profile.clone());
                let built = self.args.build_plan(&self.gathered);
                self.gathered.profile = None;
                built
            }
            Some(preset) => preset_options(&self.args, preset, profile).build_plan(&self.gathered),
        };
        built.map(|(plan, _preset)| plan)
    }
}

/// The shared options with a preset and an entry's own fields as the options that say the same.
fn preset_options(args: &AccountArgs, preset: &str, profile: &Profile) -> AccountArgs {
    let mut args = args.clone();
    args.preset = Some(preset.to_string());
    let spec = |server: &Server| {
        let host = if server.host.contains(':') {
            format!("[{}]", server.host)
        } else {
            server.host.clone()
        };
        (
            Some(format!("{host}:{}", server.port)),
            Some(server.security.as_str().to_string()),
        )
    };
    match (&profile.incoming, profile.incoming_protocol) {
        (Some(server), Some(IncomingProtocol::Imap)) => {
            (args.imap, args.imap_security) = spec(server);
        }
        (Some(server), _) => (args.pop3, args.pop3_security) = spec(server),
        (None, Some(IncomingProtocol::Imap)) => args.incoming = Some("imap".into()),
        (None, Some(IncomingProtocol::Pop3)) => args.incoming = Some("pop3".into()),
        (None, None) => {}
    }
    // An IMAP server checked beside the POP3 one, whichever of the two the preset gives.
    if let Some(server) = &profile.imap
        && profile.incoming_protocol != Some(IncomingProtocol::Imap)
    {
        (args.imap, args.imap_security) = spec(server);
        args.incoming = Some("both".into());
    }
    if let Some(server) = &profile.outgoing {
        (args.smtp, args.smtp_security) = spec(server);
    }
    args.user = profile.user.clone();
    args.smtp_user = profile.smtp_user.clone();
    args.from = profile.from.clone();
    args
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
                    said!("accounts-password-command-failed", error = e.said())
                        .render(lang)
                        .into_owned()
                })
        }
    }
}
