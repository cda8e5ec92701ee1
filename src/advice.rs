//! Diagnosis with what the presets know: builds the diagnosis [`Context`] for a plan (provider
//! hints for each side, known server names for "did you mean") so `check` and the dashboard give
//! the same provider-aware findings.

use std::sync::OnceLock;

use crate::account::{Endpoint, Plan};
use crate::diagnose::provider::ProviderHint;
use crate::diagnose::{Context, diagnose};
use crate::finding::{Finding, Lang};
use crate::model::RunState;
use crate::preset::{Preset, Presets};

static PRESETS: OnceLock<Presets> = OnceLock::new();
static KNOWN_HOSTS: OnceLock<Vec<String>> = OnceLock::new();

/// Use these presets (built-in plus the user's) for advice; call once at start-up. Without it,
/// the built-in presets are used.
pub fn install_presets(presets: Presets) {
    let _ = PRESETS.set(presets);
}

fn presets() -> &'static Presets {
    PRESETS.get_or_init(Presets::embedded)
}

fn known_hosts() -> &'static [String] {
    KNOWN_HOSTS.get_or_init(|| {
        let mut hosts: Vec<String> = presets()
            .all()
            .into_iter()
            .flat_map(|p| p.server_hosts())
            .map(str::to_string)
            .collect();
        hosts.sort();
        hosts.dedup();
        hosts
    })
}

/// What a preset tells diagnosis about one side of an account.
pub fn provider_hint(preset: &Preset, documented_host: Option<&str>) -> ProviderHint {
    ProviderHint {
        name: preset.name.clone(),
        help_url: Some(preset.help_url.clone()),
        app_password_url: preset.app_password_url.clone(),
        pop_settings_url: preset.pop_settings_url.clone(),
        server_host: documented_host.map(str::to_string),
        username_form: Some(preset.username),
    }
}

fn hint_for(
    endpoint: &Option<Endpoint>,
    side: fn(&Preset) -> Option<Endpoint>,
) -> Option<ProviderHint> {
    let endpoint = endpoint.as_ref()?;
    let preset = presets().by_server_host(&endpoint.host)?;
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
            .chain(preset.outgoing())
            .any(documented_port)
    {
        return None;
    }
    let documented = side(preset).map(|e| e.host);
    Some(provider_hint(preset, documented.as_deref()))
}

/// Diagnose a run of `plan`, with the provider hints the presets give.
pub fn findings(state: &RunState, plan: &Plan, lang: Lang, now_unix: i64) -> Vec<Finding> {
    let ctx = Context {
        provider_incoming: hint_for(&plan.incoming, Preset::incoming),
        provider_outgoing: hint_for(&plan.outgoing, Preset::outgoing),
        known_hosts: known_hosts(),
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
        let hint = hint_for(&plan.incoming, Preset::incoming).unwrap();
        assert_eq!(hint.name, "Gmail");
        assert!(hint.app_password_url.is_some());
        assert!(known_hosts().iter().any(|h| h == "smtp.gmail.com"));
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
        assert!(hint_for(&plan(2525).outgoing, Preset::outgoing).is_none());
        assert!(hint_for(&plan(1025).outgoing, Preset::outgoing).is_some());
    }
}
