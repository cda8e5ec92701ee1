//! Diagnosis with what the presets know: builds the diagnosis [`Context`] for a plan (provider
//! hints for each side, known server names for "did you mean") so `check` and the dashboard give
//! the same provider-aware findings.

use crate::account::{Endpoint, Plan, Protocol};
use crate::diagnose::provider::ProviderHint;
use crate::diagnose::{Context, diagnose};
use crate::finding::{Finding, Lang};
use crate::model::RunState;
use crate::preset::{Preset, Presets};

/// What a preset tells diagnosis about one side of an account.
pub fn provider_hint(preset: &Preset, documented_host: Option<&str>) -> ProviderHint {
    ProviderHint {
        name: preset.name.clone(),
        help_url: Some(preset.help_url.clone()),
        app_password_url: preset.app_password_url.clone(),
        pop_settings_url: preset.pop_settings_url.clone(),
        server_host: documented_host.map(str::to_string),
        username_form: Some(preset.username),
        notes: preset.notes.clone(),
    }
}

/// The provider of a configured server: among the presets that list the host, the account's own
/// provider (from `--email` or `--preset`) when it is one of them, so a Google Workspace account
/// on pop.gmail.com gets Google Workspace's advice rather than Gmail's.
fn hint_for(
    presets: &Presets,
    endpoint: &Option<Endpoint>,
    side: fn(&Preset) -> Option<Endpoint>,
    account_provider: Option<&str>,
) -> Option<ProviderHint> {
    let endpoint = endpoint.as_ref()?;
    let listed = presets.all_by_server_host(&endpoint.host);
    let preset = listed
        .iter()
        .find(|p| Some(p.id.as_str()) == account_provider)
        .or(listed.first())
        .copied()?;
    // A local address (Proton Mail Bridge's 127.0.0.1) names a provider only on its own port.
    let local = endpoint.host.eq_ignore_ascii_case("localhost")
        || endpoint
            .host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    let documented_port = |e: Endpoint| e.port == endpoint.port;
    if local
        && !preset
            .incoming()
            .into_iter()
            .chain(preset.preferred_imap())
            .chain(preset.outgoing())
            .any(documented_port)
    {
        return None;
    }
    let documented = side(preset).map(|e| e.host);
    Some(provider_hint(preset, documented.as_deref()))
}

/// Diagnose a run of `plan`, with the provider hints `presets` give.
pub fn findings(
    state: &RunState,
    plan: &Plan,
    presets: &Presets,
    lang: Lang,
    now_unix: i64,
) -> Vec<Finding> {
    let account_provider = plan
        .account_source
        .as_ref()
        .and_then(|s| s.provider.as_ref())
        .map(|p| p.id.as_str());
    let ctx = Context {
        provider_incoming: match plan.incoming_protocol {
            Protocol::Imap => hint_for(
                presets,
                &plan.incoming,
                Preset::preferred_imap,
                account_provider,
            ),
            Protocol::Pop3 | Protocol::Smtp => {
                hint_for(presets, &plan.incoming, Preset::incoming, account_provider)
            }
        },
        provider_imap_beside: hint_for(
            presets,
            &plan.imap_beside,
            Preset::preferred_imap,
            account_provider,
        ),
        provider_outgoing: hint_for(presets, &plan.outgoing, Preset::outgoing, account_provider),
        known_hosts: presets.server_names(),
        ..Context::new(plan, lang, now_unix)
    };
    diagnose(state, &ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Protocol, Security};

    #[test]
    fn gmail_hosts_get_gmail_hints() {
        let plan = Plan::new(
            Some(Endpoint::parse("pop.gmail.com", Protocol::Pop3, Security::Tls).unwrap()),
            None,
        );
        let presets = Presets::embedded();
        let hint = hint_for(&presets, &plan.incoming, Preset::incoming, None).unwrap();
        assert_eq!(hint.name, "Gmail");
        assert!(hint.app_password_url.is_some());
        assert!(presets.server_names().iter().any(|h| h == "smtp.gmail.com"));
    }

    #[test]
    fn loopback_names_a_provider_only_on_its_port() {
        let plan = |port| {
            Plan::new(
                None,
                Some(Endpoint {
                    host: "127.0.0.1".into(),
                    port,
                    security: Security::Starttls,
                }),
            )
        };
        let presets = Presets::embedded();
        assert!(hint_for(&presets, &plan(2525).outgoing, Preset::outgoing, None).is_none());
        assert!(hint_for(&presets, &plan(1025).outgoing, Preset::outgoing, None).is_some());
    }
}
