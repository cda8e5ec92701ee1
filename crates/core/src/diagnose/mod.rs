//! Diagnosis: probe observations in, findings out. Pure: no I/O.
//!
//! [`rules`] turn observations into diagnoses with their evidence, [`rank`] keeps the root
//! causes and orders them, and [`text`] gives each diagnosis its words in the reader's language,
//! from the locale files' `finding-<id>` messages.

pub mod catalog;
pub mod classify;
pub mod evidence;
pub mod names;
pub mod observe;
pub mod provider;
pub mod rank;
pub mod rules;
pub mod rules_config;
pub mod rules_named;
pub mod rules_network;
pub mod rules_oauth2;
pub mod text;
pub mod token_claims;
pub mod with_presets;

use crate::account::{Plan, Protocol};
use crate::finding::{Finding, Lang};
use crate::model::{Panel, RunState};

pub use catalog::FindingId;
pub use provider::{ProviderHint, UsernameForm};

use observe::MailPanel;
use rules::Diagnosis;
use text::{Value, Vars};

/// What diagnosis knows besides the observations.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// The settings that were probed.
    pub plan: &'a Plan,
    /// Language of the texts.
    pub lang: Lang,
    /// The local clock, seconds since the Unix epoch (certificate dates are judged against it).
    pub now_unix: i64,
    /// The provider of the incoming server, when a preset names it.
    pub provider_incoming: Option<ProviderHint>,
    /// The provider hint for the IMAP server checked beside POP3.
    pub provider_imap_beside: Option<ProviderHint>,
    /// The provider of the outgoing server, when a preset names it.
    pub provider_outgoing: Option<ProviderHint>,
    /// Server names known from the presets, to suggest the closest one to a name that does not
    /// exist.
    pub known_hosts: &'a [String],
}

impl<'a> Context<'a> {
    /// A context without provider knowledge.
    pub fn new(plan: &'a Plan, lang: Lang, now_unix: i64) -> Context<'a> {
        Context {
            plan,
            lang,
            now_unix,
            provider_incoming: None,
            provider_imap_beside: None,
            provider_outgoing: None,
            known_hosts: &[],
        }
    }

    /// The provider hint for a panel's server (the network panel has none of its own).
    pub fn provider(&self, panel: Panel) -> Option<&ProviderHint> {
        match panel {
            Panel::Network => None,
            Panel::Incoming => self.provider_incoming.as_ref(),
            Panel::ImapBeside => self.provider_imap_beside.as_ref(),
            Panel::Outgoing => self.provider_outgoing.as_ref(),
        }
    }
}

/// Turn what the probes saw into findings, most important first.
///
/// Every panel with a failed step gets at least one error finding: when no rule names a cause,
/// the last-resort `unexplained-failure` says what failed and what to try.
pub fn diagnose(state: &RunState, ctx: &Context<'_>) -> Vec<Finding> {
    let mut ranked = rank::rank(rules::observe(state, ctx));
    rules_named::name_every_failure(state, ctx, &mut ranked);
    let mut findings: Vec<Finding> = ranked
        .iter()
        .cloned()
        .map(|d| finding(d, state, ctx))
        .collect();
    point_at_existing_findings(&ranked, &mut findings, state, ctx);
    findings
}

/// Findings that send the reader to another finding name it by its title, and only when it
/// exists: "receiving works, sending does not" points at the outgoing server's own finding.
fn point_at_existing_findings(
    ranked: &[Diagnosis],
    findings: &mut [Finding],
    state: &RunState,
    ctx: &Context<'_>,
) {
    for (index, d) in ranked.iter().enumerate() {
        if d.id != FindingId::ReceiveOkSendFails {
            continue;
        }
        let other = findings.iter().enumerate().find(|(i, f)| {
            *i != index && f.panel == d.panel && f.severity == crate::finding::Severity::Error
        });
        let Some((_, other)) = other else { continue };
        let mut d = d.clone();
        d.vars.set("other_title", Value::Text(other.title.clone()));
        findings[index] = finding(d, state, ctx);
    }
}

/// The mail panel a finding speaks about: its own, or for network findings the mail panel
/// whose server the finding names.
fn speaking_about(d: &Diagnosis, state: &RunState, ctx: &Context<'_>) -> Option<Panel> {
    match d.panel {
        Panel::Network => match d.vars.get("host") {
            Some(Value::Text(host)) => observe::panel_for_host(state, ctx, host),
            _ => None,
        },
        panel => Some(panel),
    }
}

/// The values every text may use: the server, the provider, the user name form, the clock.
fn common_vars(d: &Diagnosis, state: &RunState, ctx: &Context<'_>) -> Vars {
    let mut vars = d.vars.clone();
    vars.default_to("now", Value::Date(ctx.now_unix));
    let about = speaking_about(d, state, ctx);
    vars.default_to("role", Value::Role(about.unwrap_or(d.panel)));
    let mail = about
        .and_then(|p| state.panel(p))
        .and_then(|r| MailPanel::of(r, ctx));
    if let Some(m) = mail {
        if let Some(host) = m.host {
            vars.default_to("host", Value::Text(host.to_string()));
        }
        if let Some(port) = m.port {
            vars.default_to("port", Value::Text(port.to_string()));
        }
        if let Some(security) = m.security {
            vars.default_to("security", Value::Security(security));
        }
    }
    // The user name the panel spoken about logs in with: the outgoing server may have its own.
    let user = match about.unwrap_or(d.panel) {
        Panel::Outgoing => ctx.plan.user_for(Protocol::Smtp),
        _ => ctx.plan.user.as_deref(),
    };
    if let Some(user) = user {
        vars.default_to("user", Value::Text(evidence::clean(user)));
    }
    if let Some(hint) = about.and_then(|p| ctx.provider(p)) {
        provider_vars(&mut vars, hint, user);
    }
    vars
}

fn provider_vars(vars: &mut Vars, hint: &ProviderHint, user: Option<&str>) {
    let text = |s: &str| Value::Text(evidence::clean(s));
    if !hint.name.is_empty() {
        vars.default_to("provider", text(&hint.name));
    }
    for (name, url) in [
        ("help_url", &hint.help_url),
        ("app_password_url", &hint.app_password_url),
        ("pop_settings_url", &hint.pop_settings_url),
    ] {
        if let Some(url) = url {
            vars.default_to(name, text(url));
        }
    }
    if let Some(documented) = &hint.server_host {
        let host_differs = match vars.get("host") {
            Some(Value::Text(h)) => !h.eq_ignore_ascii_case(documented),
            _ => true,
        };
        if host_differs {
            vars.default_to("documented_host", text(documented));
        }
    }
    if hint.is_microsoft() {
        vars.default_to("microsoft", Value::Flag);
    }
    match hint.username_form {
        Some(UsernameForm::FullAddress) => {
            vars.default_to("user_form_full", Value::Flag);
            if user.is_some_and(|u| !u.contains('@')) {
                vars.default_to("user_missing_domain", Value::Flag);
            }
        }
        Some(UsernameForm::LocalPart) => vars.default_to("user_form_local", Value::Flag),
        None => {}
    }
}

fn finding(d: Diagnosis, state: &RunState, ctx: &Context<'_>) -> Finding {
    let vars = common_vars(&d, state, ctx);
    let (title, explanation, fix) = text::render(d.id, &vars, ctx.lang);
    Finding {
        id: d.id.as_str().to_string(),
        severity: d.severity,
        panel: d.panel,
        title,
        explanation,
        fix,
        evidence: d
            .evidence
            .iter()
            .map(|line| line.render(ctx.lang).into_owned())
            .collect(),
    }
}

#[cfg(test)]
mod tests;
