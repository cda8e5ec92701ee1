//! Where an account's servers come from, by precedence: explicit `--pop3`/`--smtp` options, then
//! a preset (`--preset`, or the provider of the `--email` domain), then a saved profile.

use crate::account::{Endpoint, Protocol, Security};
use crate::preset::{Preset, Presets};
use crate::profile::Profile;

/// The servers and names an account starts from before explicit options apply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BaseAccount {
    pub incoming: Option<Endpoint>,
    pub outgoing: Option<Endpoint>,
    pub user: Option<String>,
    pub from: Option<String>,
    /// Id of the preset used, if any.
    pub preset: Option<String>,
}

/// What the person asked for.
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    pub profile: Option<&'a Profile>,
    pub preset: Option<&'a str>,
    pub email: Option<&'a str>,
    /// Security asked for explicitly, used to pick among a preset's servers.
    pub pop3_security: Option<Security>,
    pub smtp_security: Option<Security>,
}

/// The preset's server for a protocol: the one with the asked security, else its preferred one.
fn preset_endpoint(
    preset: &Preset,
    protocol: Protocol,
    security: Option<Security>,
) -> Option<Endpoint> {
    let servers = match protocol {
        Protocol::Pop3 => &preset.pop3,
        Protocol::Smtp => &preset.smtp,
    };
    let chosen = match security {
        Some(sec) => servers
            .iter()
            .find(|s| s.security == sec)
            .or(servers.first()),
        None => servers.first(),
    }?;
    let mut endpoint = chosen.to_endpoint();
    if let Some(sec) = security.filter(|s| *s != chosen.security) {
        endpoint.security = sec;
        endpoint.port = protocol.default_port(sec);
    }
    Some(endpoint)
}

/// Resolve the base account; errors are one line saying what to change.
pub fn base_account(req: &Request<'_>, presets: &Presets) -> Result<BaseAccount, String> {
    let mut base = BaseAccount::default();
    if let Some(profile) = req.profile {
        let plan = profile.to_plan();
        base.incoming = plan.incoming;
        base.outgoing = plan.outgoing;
        base.user = plan.user;
        base.from = plan.from;
        base.preset = profile.preset.clone();
    }
    let preset = match (req.preset, req.email) {
        (Some(name), _) => Some(presets.get(name).ok_or_else(|| {
            format!("--preset: no preset called '{name}'; `mailtriage presets` lists them")
        })?),
        (None, Some(email)) => {
            if !email.contains('@') {
                return Err(format!("--email: '{email}' is not an e-mail address"));
            }
            presets.by_email_domain(email)
        }
        (None, None) => None,
    };
    if let Some(preset) = preset {
        base.incoming = preset_endpoint(preset, Protocol::Pop3, req.pop3_security);
        base.outgoing = preset_endpoint(preset, Protocol::Smtp, req.smtp_security);
        base.preset = Some(preset.id.clone());
        if let Some(email) = req.email {
            base.user = Some(preset.username.user_for(email));
        }
    } else if let Some(email) = req.email {
        base.user = Some(email.to_string());
    }
    Ok(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_picks_the_provider_and_user_name_form() {
        let presets = Presets::embedded();
        let base = base_account(
            &Request {
                email: Some("ana@gmail.com"),
                ..Default::default()
            },
            &presets,
        )
        .unwrap();
        assert_eq!(base.preset.as_deref(), Some("gmail"));
        assert_eq!(base.incoming.unwrap().host, "pop.gmail.com");
        let out = base.outgoing.unwrap();
        assert_eq!((out.host.as_str(), out.port), ("smtp.gmail.com", 465));
        assert_eq!(base.user.as_deref(), Some("ana@gmail.com"));
    }

    #[test]
    fn asked_security_picks_the_matching_server() {
        let presets = Presets::embedded();
        let base = base_account(
            &Request {
                preset: Some("gmail"),
                smtp_security: Some(Security::Starttls),
                ..Default::default()
            },
            &presets,
        )
        .unwrap();
        assert_eq!(base.outgoing.unwrap().port, 587);
    }

    #[test]
    fn unknown_preset_is_a_clear_error() {
        let err = base_account(
            &Request {
                preset: Some("nope"),
                ..Default::default()
            },
            &Presets::embedded(),
        )
        .unwrap_err();
        assert!(err.contains("mailtriage presets"));
    }
}
