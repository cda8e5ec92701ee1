//! Refusals of an OAuth2 login (`--oauth2-token-env`, `--oauth2-token-command`):
//! `oauth2-not-offered`, `oauth2-token-expired`, `oauth2-scope-missing`, `oauth2-wrong-user`,
//! `oauth2-app-blocked` and `oauth2-token-rejected`. Each reads what the server really said
//! (the error challenge's JSON, RFC 7628 §3.2.2, which Gmail and Dovecot send; the final
//! refusal, which is all Microsoft sends) and, when the token is a JWT, what the token says
//! about itself. A refusal that names none of the particular causes is `oauth2-token-rejected`:
//! the server refused the token, which is what it said.

use crate::model::{Evidence, StepKind, StepRecord, StepStatus};
use crate::proto::reply::EnhancedCode;
use crate::said;

use super::Context;
use super::catalog::FindingId;
use super::classify::parse_smtp_lenient;
use super::evidence::{bounded_list, rfc3339, step_line};
use super::observe::MailPanel;
use super::rules::{Diagnosis, quote};
use super::text::Value;
use super::token_claims::TokenClaims;

/// True when this run logged in with a token: its login refusals are read here, not as
/// password refusals.
pub(super) fn token_login(ctx: &Context<'_>) -> bool {
    ctx.plan.oauth2_token.is_some()
}

/// The OAuth2 findings of every mail panel whose login with the token failed.
pub(super) fn observe(ctx: &Context<'_>, panels: &[MailPanel<'_>], out: &mut Vec<Diagnosis>) {
    let Some(token) = &ctx.plan.oauth2_token else {
        return;
    };
    let claims = TokenClaims::read(token.expose());
    for m in panels {
        if m.login_ok() {
            continue;
        }
        for record in m.steps_of(StepKind::Login) {
            if record.status != StepStatus::Failed {
                continue;
            }
            if let Some(d) = refusal(m, ctx, record, claims.as_ref()) {
                out.push(d.evidence(step_line(record)));
            }
        }
    }
}

/// What one failed login step says.
fn refusal(
    m: &MailPanel<'_>,
    ctx: &Context<'_>,
    record: &StepRecord,
    claims: Option<&TokenClaims>,
) -> Option<Diagnosis> {
    let Some(Evidence::Reply { sent, reply }) = &record.evidence else {
        return None;
    };
    let mechanisms = &m.report.facts.auth_mechanisms;
    let capability_list = sent
        .as_deref()
        .is_some_and(|s| s.eq_ignore_ascii_case(m.capability_command()));
    if capability_list {
        return Some(
            Diagnosis::new(FindingId::Oauth2NotOffered, m.panel(), StepKind::Login)
                .server(m)
                .maybe(
                    "mechanisms",
                    (!mechanisms.is_empty()).then(|| Value::List(bounded_list(mechanisms))),
                ),
        );
    }
    let error = m
        .report
        .facts
        .oauth2_error
        .as_deref()
        .and_then(ErrorReport::read);
    let user = ctx.plan.user_for(m.protocol).unwrap_or_default();
    let id = cause(m, ctx, reply, error.as_ref(), claims, user);
    let mut d = Diagnosis::new(id, m.panel(), StepKind::Login)
        .server(m)
        .text("reply", quote(reply))
        .maybe(
            "status",
            error.as_ref().map(|e| Value::Text(quote(&e.status))),
        )
        .maybe(
            "scope",
            error
                .as_ref()
                .and_then(|e| e.scope.clone())
                .map(|s| Value::Text(quote(&s))),
        )
        .maybe(
            "mechanism",
            m.report.facts.login_method.clone().map(Value::Text),
        );
    if let Some(json) = &m.report.facts.oauth2_error {
        d = d.evidence(said!("evidence-oauth2-error-challenge", json = quote(json)));
    }
    match id {
        FindingId::Oauth2TokenExpired => {
            if let Some(expires) = claims.and_then(|c| c.expires) {
                d = d.var("expired", Value::Date(expires)).evidence(said!(
                    "evidence-oauth2-token-expiry",
                    seconds = expires.to_string(),
                    date = rfc3339(expires)
                ));
            }
        }
        FindingId::Oauth2WrongUser => {
            if let Some(c) = claims {
                d = d
                    .var("accounts", Value::List(bounded_list(&c.accounts)))
                    .text("user", quote(user))
                    .evidence(said!(
                        "evidence-oauth2-token-for",
                        accounts = bounded_list(&c.accounts).join(", "),
                        user = quote(user)
                    ));
            }
        }
        FindingId::Oauth2ScopeMissing => {
            if let Some(c) = claims.filter(|c| !c.scopes.is_empty()) {
                d = d
                    .var("scopes", Value::List(bounded_list(&c.scopes)))
                    .maybe("needed", microsoft_scope(m).map(|s| Value::Text(s.into())));
            }
        }
        _ => {}
    }
    Some(d)
}

/// The particular cause of a refused token, most certain first.
fn cause(
    m: &MailPanel<'_>,
    ctx: &Context<'_>,
    reply: &str,
    error: Option<&ErrorReport>,
    claims: Option<&TokenClaims>,
    user: &str,
) -> FindingId {
    // The token says when it stops being valid; past that, nothing else matters.
    if claims
        .and_then(|c| c.expires)
        .is_some_and(|exp| exp <= ctx.now_unix)
    {
        return FindingId::Oauth2TokenExpired;
    }
    if error.is_some_and(|e| e.status.eq_ignore_ascii_case("insufficient_scope")) {
        return FindingId::Oauth2ScopeMissing;
    }
    if claims.is_some_and(|c| c.for_another_account(user)) {
        return FindingId::Oauth2WrongUser;
    }
    if let (Some(c), Some(needed)) = (claims, microsoft_scope(m))
        && !c.scopes.is_empty()
        && !c.scopes.iter().any(|s| s.eq_ignore_ascii_case(needed))
    {
        return FindingId::Oauth2ScopeMissing;
    }
    if tenant_blocks(m, reply) {
        return FindingId::Oauth2AppBlocked;
    }
    // Gmail's "400" with the scope it wants: the token was not issued for full mail access
    // (a read-only or Gmail API scope), the usual cause; the JSON is shown for the other one,
    // a token for another account.
    if error.is_some_and(|e| e.status == "400" && e.scope.is_some()) {
        return FindingId::Oauth2ScopeMissing;
    }
    FindingId::Oauth2TokenRejected
}

/// The scope a Microsoft token needs for this protocol (when its `scp` claim lists scopes).
fn microsoft_scope(m: &MailPanel<'_>) -> Option<&'static str> {
    use crate::account::Protocol;
    match m.protocol {
        Protocol::Pop3 => Some("POP.AccessAsUser.All"),
        Protocol::Imap => Some("IMAP.AccessAsUser.All"),
        Protocol::Smtp => Some("SMTP.Send"),
    }
}

/// Microsoft's refusals that name the organisation's policy rather than the token: SMTP AUTH
/// switched off for the tenant or the mailbox (`5.7.139`, "SmtpClientAuthentication is
/// disabled"), security defaults, conditional access, or an app without consent (`AADSTS`).
fn tenant_blocks(m: &MailPanel<'_>, reply: &str) -> bool {
    let lower = reply.to_ascii_lowercase();
    let words = [
        "smtpclientauthentication is disabled",
        "security defaults",
        "conditional access",
        "aadsts",
        "consent",
        "blocked by policy",
    ];
    let enhanced = (m.protocol == crate::account::Protocol::Smtp)
        .then(|| parse_smtp_lenient(reply))
        .flatten()
        .and_then(|r| r.enhanced())
        .is_some_and(|c: EnhancedCode| (c.subject, c.detail) == (7, 139));
    enhanced || words.iter().any(|w| lower.contains(w))
}

/// What an error challenge's JSON says.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ErrorReport {
    status: String,
    scope: Option<String>,
}

impl ErrorReport {
    fn read(json: &str) -> Option<ErrorReport> {
        let value: serde_json::Value = serde_json::from_str(json).ok()?;
        let object = value.as_object()?;
        let text = |key: &str| match object.get(key)? {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        Some(ErrorReport {
            status: text("status")?,
            scope: text("scope"),
        })
    }
}
