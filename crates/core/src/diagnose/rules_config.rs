//! Comparisons of the configured settings with what the provider and the e-mail domain say:
//! `mx-mismatch`, `host-near-miss`, `username-form-mismatch`, `pop3-not-offered`,
//! `oauth2-only` and `pop3-and-imap-offered`. They read the plan's [`AccountSource`] (filled from presets and discovery
//! before the run) and the provider hints. Only the panels that ran are compared. A sign-in that
//! worked outweighs what a preset or a published file says about the user name, OAuth2 or POP3;
//! the MX comparison stands regardless, as a server that works may still not be where the
//! domain's mail arrives.

use std::net::IpAddr;

use crate::account::Protocol;
use crate::account::source::{AccountSource, Origin};
use crate::finding::Severity;
use crate::model::{IoFailure, RunState, Said, StepKind, StepRecord, StepStatus};
use crate::preset::{Note, UsernameForm};
use crate::said;

use super::Context;
use super::catalog::FindingId;
use super::evidence::step_line;
use super::names::closest_known_host;
use super::observe::{MailPanel, dns_lookups};
use super::rules::{Diagnosis, io_of};
use super::text::Value;

/// Steps whose failure means the server may not be the intended one.
const CONNECTION_STEPS: [StepKind; 4] = [
    StepKind::Dns,
    StepKind::Tcp,
    StepKind::Tls,
    StepKind::Greeting,
];

/// Every comparison diagnosis for the panels that ran.
pub fn observe(
    state: &RunState,
    ctx: &Context<'_>,
    panels: &[MailPanel<'_>],
    out: &mut Vec<Diagnosis>,
) {
    let source = ctx.plan.account_source.as_deref();
    for m in panels {
        host_near_miss(m, state, ctx, source, out);
        oauth2_only(m, ctx, source, out);
    }
    if let Some(source) = source {
        mx_mismatch(panels, source, out);
        username_form_mismatch(panels, ctx, source, out);
    }
    pop3_not_offered(panels, ctx, source, out);
    if let Some(source) = source {
        pop3_and_imap_offered(panels, ctx, source, out);
    }
}

fn is_address(host: &str) -> bool {
    host.trim_matches(['[', ']']).parse::<IpAddr>().is_ok()
}

/// The failed login step of a panel, if its login was refused.
fn failed_login<'a>(m: &MailPanel<'a>) -> Option<&'a StepRecord> {
    m.steps_of(StepKind::Login)
        .find(|r| r.status == StepStatus::Failed)
}

/// `mx-mismatch`: the domain's MX records name a provider the configured incoming server does
/// not belong to. Only the incoming side is compared: sending through another provider's server
/// is a legitimate choice, reading mail from a server the mail never reaches is not.
fn mx_mismatch(panels: &[MailPanel<'_>], source: &AccountSource, out: &mut Vec<Diagnosis>) {
    let (Some(domain), Some(provider)) = (&source.domain, &source.mx_provider) else {
        return;
    };
    let Some(m) = panels.iter().find(|m| m.protocol == Protocol::Pop3) else {
        return;
    };
    let Some(host) = m.host else { return };
    if is_address(host) || provider.owns_host(host) {
        return;
    }
    let mx_host = source
        .mx
        .iter()
        .find(|h| provider.owns_host(h))
        .or(source.mx.first())
        .cloned()
        .unwrap_or_default();
    out.push(
        Diagnosis::new(FindingId::MxMismatch, m.panel(), StepKind::Dns)
            .subject(domain.clone())
            .text("domain", domain.clone())
            .text("mx_host", mx_host)
            .text("mx_provider", provider.name.clone())
            .text("help_url", provider.help_url.clone())
            .server(m)
            .evidence(said!(
                "evidence-mx-records",
                domain = domain.as_str(),
                records = source.mx.join(", "),
                provider = provider.name.as_str()
            ))
            .evidence(said!(
                "evidence-documented-incoming",
                provider = provider.name.as_str(),
                documented = provider.server_hosts.first().map_or("", String::as_str),
                host = host
            )),
    );
}

/// Server names the account's provider or discovery documents.
fn documented_hosts(source: Option<&AccountSource>) -> Vec<&str> {
    let Some(source) = source else {
        return Vec::new();
    };
    source
        .provider
        .iter()
        .chain(&source.mx_provider)
        .flat_map(|p| p.server_hosts.iter().map(String::as_str))
        .chain(source.found_incoming.iter().map(|f| f.host.as_str()))
        .chain(source.found_outgoing.iter().map(|f| f.host.as_str()))
        .collect()
}

/// `host-near-miss`: the configured name is a typing mistake away from a known server name.
/// A name that does not exist is `dns-not-found`'s (which suggests the same name). A server that
/// could be reached and greeted is left alone, unless the account's own provider documents the
/// near name; a login that worked ends the question.
fn host_near_miss(
    m: &MailPanel<'_>,
    state: &RunState,
    ctx: &Context<'_>,
    source: Option<&AccountSource>,
    out: &mut Vec<Diagnosis>,
) {
    let Some(host) = m.host else { return };
    if is_address(host) {
        return;
    }
    // The cheap reasons to say nothing come first: the search below compares the name with
    // every known one.
    if m.login_ok() {
        return;
    }
    let not_found = dns_lookups(state, ctx)
        .iter()
        .any(|(_, h, r)| h.eq_ignore_ascii_case(host) && io_of(r) == Some(IoFailure::NotFound));
    if not_found {
        return;
    }
    // A server that greeted is a mail server: a refused login there says nothing about its name.
    let failed = m
        .steps()
        .iter()
        .any(|s| s.status == StepStatus::Failed && CONNECTION_STEPS.contains(&s.step));
    let documented = documented_hosts(source);
    if !failed && closest_known_host(host, documented.iter().copied()).is_none() {
        // Only the provider's own near name could be suggested, and there is none.
        return;
    }
    let hinted = [
        &ctx.provider_incoming,
        &ctx.provider_imap_beside,
        &ctx.provider_outgoing,
    ]
    .into_iter()
    .flatten()
    .filter_map(|h| h.server_host.as_deref());
    let known: Vec<&str> = ctx
        .known_hosts
        .iter()
        .map(String::as_str)
        .chain(documented.iter().copied())
        .chain(hinted)
        .collect();
    if known.iter().any(|k| k.eq_ignore_ascii_case(host)) {
        return;
    }
    let Some(suggestion) = closest_known_host(host, known.iter().copied()) else {
        return;
    };
    let ours = documented
        .iter()
        .any(|d| d.eq_ignore_ascii_case(suggestion));
    if !(failed || ours) {
        return;
    }
    let mut d = Diagnosis::new(FindingId::HostNearMiss, m.panel(), StepKind::Dns)
        .subject(host.to_string())
        .text("suggestion", suggestion.to_string())
        .server(m)
        .evidence(said!(
            "evidence-server-configured",
            protocol = m.protocol.as_str(),
            host = host
        ))
        .evidence(said!("evidence-known-server", host = suggestion));
    if let Some(record) = m
        .steps()
        .iter()
        .find(|s| s.status == StepStatus::Failed && CONNECTION_STEPS.contains(&s.step))
    {
        d = d.evidence(step_line(record));
    }
    out.push(d);
}

/// `username-form-mismatch`: the user name is the other form of the address than the one the
/// provider expects (`ana` where `ana@example.org` is wanted, or the reverse).
fn username_form_mismatch(
    panels: &[MailPanel<'_>],
    ctx: &Context<'_>,
    source: &AccountSource,
    out: &mut Vec<Diagnosis>,
) {
    let (Some(user), Some(email), Some(form), Some(expected)) = (
        ctx.plan.user.as_deref(),
        source.email.as_deref(),
        source.username_form,
        source.expected_user(),
    ) else {
        return;
    };
    let other = match form {
        UsernameForm::FullAddress => UsernameForm::LocalPart,
        UsernameForm::LocalPart => UsernameForm::FullAddress,
    }
    .user_for(email);
    if user.trim().eq_ignore_ascii_case(&expected) || !user.trim().eq_ignore_ascii_case(&other) {
        return;
    }
    // An ISPDB entry is worded like the published settings it copies (the autoconfig format).
    let published = matches!(
        source.username_from,
        Some(Origin::Autoconfig | Origin::Ispdb)
    );
    let who = match (source.username_from, &source.provider) {
        (Some(Origin::Autoconfig), _) => said!("evidence-who-autoconfig"),
        (Some(Origin::Ispdb), _) => said!("evidence-who-ispdb"),
        (_, Some(p)) => Said::Verbatim(p.name.clone()),
        _ => said!("evidence-who-provider"),
    };
    for m in panels {
        if m.login_ok() {
            continue;
        }
        let mut d = Diagnosis::new(FindingId::UsernameFormMismatch, m.panel(), StepKind::Login)
            .subject(format!("user {user}"))
            .text("user", user.to_string())
            .text("expected_user", expected.clone())
            .flag_if(published, "from_autoconfig")
            .maybe(
                "provider",
                source
                    .provider
                    .as_ref()
                    .map(|p| Value::Text(p.name.clone())),
            )
            .server(m)
            .evidence(said!("evidence-user-configured", user = user))
            .evidence(said!(
                "evidence-user-expected",
                who = who.clone(),
                form = match form {
                    UsernameForm::FullAddress => said!("evidence-form-full"),
                    UsernameForm::LocalPart => said!("evidence-form-local"),
                },
                expected = expected.as_str()
            ));
        if let Some(record) = failed_login(m) {
            d = d.flag_if(true, "login_failed").evidence(step_line(record));
            d.severity = Severity::Error;
        }
        out.push(d);
    }
}

/// `pop3-not-offered`: POP3 is configured for a provider that has none (its preset says so, or
/// the domain's SRV records mark POP3 as not offered).
fn pop3_not_offered(
    panels: &[MailPanel<'_>],
    ctx: &Context<'_>,
    source: Option<&AccountSource>,
    out: &mut Vec<Diagnosis>,
) {
    let Some(m) = panels.iter().find(|m| m.protocol == Protocol::Pop3) else {
        return;
    };
    if m.login_ok() {
        return;
    }
    let by_source = source.and_then(|s| Some((s, s.pop3_not_offered_by?)));
    let by_hint = [
        &ctx.provider_incoming,
        &ctx.provider_imap_beside,
        &ctx.provider_outgoing,
    ]
    .into_iter()
    .flatten()
    .find(|h| h.has(Note::NoPop3));
    let mut d = Diagnosis::new(FindingId::Pop3NotOffered, m.panel(), StepKind::Dns).server(m);
    match (by_source, by_hint) {
        (Some((s, Origin::Srv)), _) => {
            let domain = s.domain.clone().unwrap_or_default();
            d = d
                .subject(format!("pop3 {domain}"))
                .flag_if(true, "from_srv")
                .text("domain", domain.clone())
                .evidence(said!("evidence-srv-no-pop3", domain = domain.as_str()));
        }
        (Some((s, _)), _) => {
            let Some(provider) = s.provider.as_ref().or(s.mx_provider.as_ref()) else {
                return;
            };
            d = d
                .subject(format!("pop3 {}", provider.id))
                .text("provider", provider.name.clone())
                .text("help_url", provider.help_url.clone())
                .evidence(said!("evidence-no-pop3", provider = provider.name.as_str()));
            if let Some(domain) = &s.domain {
                d = d.text("domain", domain.clone());
            }
        }
        (None, Some(hint)) => {
            d = d
                .subject(format!("pop3 {}", hint.name))
                .text("provider", hint.name.clone())
                .evidence(said!("evidence-no-pop3", provider = hint.name.as_str()));
        }
        (None, None) => return,
    }
    out.push(d);
}

/// `pop3-and-imap-offered` (information): the provider offers both POP3 and IMAP, as its preset
/// or its published settings say, and the check covered only one of them. Says what each means
/// for the person and how to check the other.
fn pop3_and_imap_offered(
    panels: &[MailPanel<'_>],
    ctx: &Context<'_>,
    source: &AccountSource,
    out: &mut Vec<Diagnosis>,
) {
    let offers_both = source.offers.is_some_and(|o| o.pop3 && o.imap);
    let checked_both = ctx.plan.imap_beside.is_some() || source.imap_beside;
    if !offers_both || checked_both {
        return;
    }
    let Some(m) = panels
        .iter()
        .find(|m| m.panel() == crate::model::Panel::Incoming)
    else {
        return;
    };
    let checked = m.protocol.as_str();
    let provider = source.provider.as_ref().or(source.mx_provider.as_ref());
    let who = match (provider, &source.domain) {
        (Some(p), _) => Said::Verbatim(p.name.clone()),
        (None, Some(domain)) => said!("evidence-who-published", domain = domain.as_str()),
        (None, None) => said!("evidence-who-provider"),
    };
    let server = |f: &Option<crate::account::source::FoundServer>| {
        f.as_ref()
            .map_or_else(String::new, |f| format!(" ({}:{})", f.host, f.port))
    };
    let mut d = Diagnosis::new(FindingId::Pop3AndImapOffered, m.panel(), StepKind::Dns)
        .server(m)
        .flag_if(m.protocol == Protocol::Imap, "checked_imap")
        .flag_if(m.protocol != Protocol::Imap, "checked_pop3")
        .evidence(said!(
            "evidence-lists-both",
            who = who,
            pop3 = server(&source.found_incoming),
            imap = server(&source.found_imap),
            checked = checked
        ));
    if let Some(p) = provider {
        d = d
            .subject(format!("incoming {}", p.id))
            .text("provider", p.name.clone());
    }
    out.push(d);
}

/// `oauth2-only`: the provider accepts no password from mail programs, only an OAuth2 sign-in.
fn oauth2_only(
    m: &MailPanel<'_>,
    ctx: &Context<'_>,
    source: Option<&AccountSource>,
    out: &mut Vec<Diagnosis>,
) {
    // Signing in with a token is what the finding asks for: the OAuth2 findings say how it went.
    if m.login_ok() || ctx.plan.oauth2_token.is_some() {
        return;
    }
    let from_source = source.and_then(|s| Some((s, s.oauth2_only_by?)));
    let from_ispdb = from_source.is_some_and(|(_, origin)| origin == Origin::Ispdb);
    let hint = ctx.provider(m.panel()).filter(|h| h.has(Note::Oauth2Only));
    let (name, evidence, autoconfig) = match (from_source, hint) {
        (Some((s, Origin::Autoconfig)), _) => (
            None,
            said!(
                "evidence-autoconfig-oauth2-only",
                url = s.autoconfig_url.as_deref().unwrap_or_default()
            ),
            true,
        ),
        // A fact of the entry to check, worded like the published settings it copies: the
        // finding is only raised when the password sign-in was refused.
        (Some((s, Origin::Ispdb)), _) => (
            None,
            said!(
                "evidence-ispdb-oauth2-only",
                domain = s.ispdb_domain.as_deref().unwrap_or_default()
            ),
            true,
        ),
        (Some((s, _)), _) => {
            let Some(p) = s.provider.as_ref().or(s.mx_provider.as_ref()) else {
                return;
            };
            (
                Some(p.name.clone()),
                said!("evidence-provider-oauth2-only", provider = p.name.as_str()),
                false,
            )
        }
        (None, Some(h)) => (
            Some(h.name.clone()),
            said!("evidence-provider-oauth2-only", provider = h.name.as_str()),
            false,
        ),
        (None, None) => return,
    };
    let mut d = Diagnosis::new(FindingId::Oauth2Only, m.panel(), StepKind::Login)
        .subject(format!(
            "oauth2 {}",
            name.as_deref()
                .unwrap_or(if from_ispdb { "ispdb" } else { "autoconfig" })
        ))
        .maybe("provider", name.map(Value::Text))
        .flag_if(autoconfig, "from_autoconfig")
        .server(m)
        .evidence(evidence);
    if let Some(record) = failed_login(m) {
        d = d.flag_if(true, "login_failed").evidence(step_line(record));
        d.severity = Severity::Error;
    }
    out.push(d);
}
