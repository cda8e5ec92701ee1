//! Server replies to catalogue ids: structure first (RFC 3463 enhanced status codes, RFC 2449 and
//! RFC 3206 POP3 response codes, RFC 5530 IMAP response codes, the basic SMTP reply code), words
//! second, and the step the reply answered last.

use crate::account::Protocol;
use crate::model::StepKind;
use crate::proto::imap::response::{Condition, StatusResponse, parse_status_line};
use crate::proto::reply::{Pop3Status, Pop3Text, SmtpReply, parse_pop3_status};

use super::catalog::FindingId;

/// What is known about the exchange a reply came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplyContext {
    pub protocol: Protocol,
    /// The step whose command the reply answered.
    pub step: StepKind,
    /// A login succeeded earlier in the session (SMTP AUTH done).
    pub authenticated: bool,
    /// The server belongs to Microsoft (its POP3 "Logon failure" means password logins are off).
    pub microsoft: bool,
}

/// The id a failure reply points to, if the reply says something the catalogue knows.
/// `text` is the reply as recorded in the evidence (multi-line SMTP replies joined with `\n`).
pub fn classify_reply(text: &str, cx: &ReplyContext) -> Option<FindingId> {
    match cx.protocol {
        Protocol::Pop3 => classify_pop3(text, cx),
        Protocol::Imap => classify_imap(text, cx),
        Protocol::Smtp => classify_smtp(text, cx),
    }
}

/// Lower-cased text with a few word tests, so the matchers below read as sentences.
struct Words(String);

impl Words {
    fn new(text: &str) -> Words {
        Words(text.to_lowercase())
    }

    fn any(&self, needles: &[&str]) -> bool {
        needles.iter().any(|n| self.0.contains(n))
    }

    fn app_password(&self) -> bool {
        self.any(&[
            "application-specific password",
            "application specific password",
            "app-specific password",
            "app password",
            "application password",
            // Mail.ru's transliterated Russian: "an application password is needed".
            "parol prilozheniya",
        ])
    }

    fn web_login(&self) -> bool {
        self.any(&[
            "web login required",
            "via your web browser",
            "log in via your web",
            "sign in via your web",
        ])
    }

    /// Basic (password) authentication switched off. Naming basic authentication is not
    /// enough: "Require basic authentication" asks for it.
    fn basic_auth_disabled(&self) -> bool {
        let named = self.any(&["basic authentication", "basic auth"]);
        let off = self.any(&[
            "disabled",
            "not supported",
            "not allowed",
            "not permitted",
            "blocked",
            "turned off",
            "deprecated",
        ]);
        (named && off) || self.any(&["smtpclientauthentication is disabled"])
    }

    fn plaintext_refused(&self) -> bool {
        let clear = self.any(&["plaintext", "cleartext", "plain text", "clear text"]);
        let refused = self.any(&["disallowed", "not allowed", "not permitted", "refused"]);
        (clear && refused)
            || self.any(&[
                "must issue a starttls",
                "encryption required",
                "tls required",
                "requires tls",
                "ssl required",
                "without ssl",
                "without tls",
                "without encryption",
            ])
    }

    /// IMAP switched off for the account or the domain (Gmail's "not enabled for IMAP use",
    /// an administrator's policy, a mail-program setting at the provider).
    fn imap_disabled(&self) -> bool {
        let named = self.any(&["imap"]);
        let off = self.any(&[
            "not enabled",
            "disabled",
            "turned off",
            "switched off",
            "not allowed",
            "not permitted",
            "is off",
        ]);
        named && off
    }

    /// The password has passed its end date and must be changed first.
    fn password_expired(&self) -> bool {
        self.any(&[
            "password expired",
            "password has expired",
            "password is expired",
            "expired password",
            "password must be changed",
            "must change your password",
            "password needs to be changed",
        ])
    }

    fn pop_disabled(&self) -> bool {
        self.any(&[
            "not enabled for pop",
            "for pop access",
            "pop access is disabled",
            "pop3 access is disabled",
            "pop is disabled",
            "pop3 is disabled",
            "pop3 disabled",
        ])
    }

    fn blocklisted(&self) -> bool {
        self.any(&[
            "blocked using",
            "spamhaus",
            "listed at",
            "listed in",
            "blacklist",
            "blocklist",
            "dnsbl",
            "spamcop",
            "client host blocked",
            "blocked for spam",
            "ip blocked",
        ])
    }

    fn too_many_logins(&self) -> bool {
        self.any(&[
            "too many login",
            "too many authentication",
            "login attempts",
            "maximum number of connections from user",
            "account is temporarily locked",
            "account locked",
        ])
    }

    fn too_many_connections(&self) -> bool {
        self.any(&[
            "too many connections",
            "too many concurrent",
            "concurrent smtp connections",
            "server busy",
            "server is busy",
            "overloaded",
        ])
    }

    fn relay_denied(&self) -> bool {
        self.any(&[
            "relay access denied",
            "relay not permitted",
            "relaying denied",
            "relay denied",
            "not permitted to relay",
            "unable to relay",
            "relaying not allowed",
            // qmail: the recipient's domain is not among the hosts it relays for.
            "allowed rcpthosts",
        ])
    }

    fn sender_rejected(&self) -> bool {
        self.any(&[
            "sender address rejected",
            "not owned by user",
            "sendasdenied",
            "send as denied",
            "not allowed to send as",
            "permissions to send as",
            "permission to send as",
            "relaying disallowed as",
            "invalid sender",
            "originator address does not match",
        ])
    }

    fn sending_limit(&self) -> bool {
        self.any(&[
            "sending quota",
            "quota exceeded",
            "sending limit",
            "too many recipients",
            "rate limit",
            "sending rate",
            "message rate",
        ])
    }

    fn helo_rejected(&self) -> bool {
        self.any(&[
            "helo command rejected",
            "ehlo command rejected",
            "invalid helo",
        ])
    }

    fn auth_required(&self) -> bool {
        self.any(&[
            "authentication required",
            "not authenticated",
            "authentication is required",
            "require authentication",
            "requires authentication",
            "require basic authentication",
            "please authenticate",
            "authenticate before",
            "authenticate first",
            "must authenticate",
        ])
    }

    fn auth_not_enabled(&self) -> bool {
        self.any(&["authentication not enabled", "auth not enabled"])
    }

    fn credentials_refused(&self) -> bool {
        self.any(&[
            "authentication failed",
            "authentication failure",
            "authentication unsuccessful",
            "incorrect authentication data",
            "username and password not accepted",
            "invalid credentials",
            "bad password",
            "invalid password",
            "invalid login",
            "credentials invalid",
            "login failed",
            "authorization failed",
        ])
    }

    fn mailbox_locked(&self) -> bool {
        self.any(&[
            "mailbox is locked",
            "mailbox locked",
            "maildrop lock",
            "mailbox in use",
            "already in use",
            "is in use",
        ])
    }

    /// Postfix 3.7+ answers a TLS ClientHello on a plaintext port with this, then hangs up.
    fn tls_hello_on_plain_port(&self) -> bool {
        self.any(&["i can break rules"])
    }

    fn temporary(&self) -> bool {
        self.any(&["temporary", "temporarily", "try again later"])
    }
}

fn classify_pop3(text: &str, cx: &ReplyContext) -> Option<FindingId> {
    let first = text.lines().next().unwrap_or_default();
    let Ok(Pop3Status::Err(Pop3Text { code, text })) = parse_pop3_status(first.as_bytes()) else {
        return None;
    };
    let words = Words::new(&text);
    match code.as_deref() {
        Some("IN-USE") if words.too_many_logins() || words.any(&["connections"]) => {
            Some(FindingId::TooManyLogins)
        }
        Some("IN-USE") => Some(FindingId::MailboxInUse),
        Some("LOGIN-DELAY") => Some(FindingId::TooManyLogins),
        Some("SYS/PERM") if words.pop_disabled() => Some(FindingId::Pop3Disabled),
        Some("SYS/PERM") => Some(FindingId::ServerPermanentFailure),
        Some("SYS/TEMP") => Some(FindingId::ServerTemporaryFailure),
        Some("AUTH") => Some(pop3_login_words(&words, cx).unwrap_or(FindingId::AuthFailed)),
        _ => pop3_login_words(&words, cx)
            .or_else(|| {
                if words.mailbox_locked() {
                    Some(FindingId::MailboxInUse)
                } else if words.too_many_logins() {
                    Some(FindingId::TooManyLogins)
                } else if words.temporary() {
                    // A refusal that says it is temporary is no verdict on the password.
                    Some(FindingId::ServerTemporaryFailure)
                } else {
                    None
                }
            })
            .or_else(|| pop3_fallback(cx.step)),
    }
}

/// Word matches for a refused POP3 login, most specific first.
fn pop3_login_words(words: &Words, cx: &ReplyContext) -> Option<FindingId> {
    if words.app_password() {
        Some(FindingId::AuthAppPasswordRequired)
    } else if words.web_login() {
        Some(FindingId::AuthWebLoginRequired)
    } else if words.password_expired() {
        Some(FindingId::PasswordExpired)
    } else if words.plaintext_refused() {
        Some(FindingId::AuthPlaintextDisallowed)
    } else if words.pop_disabled() {
        Some(FindingId::Pop3Disabled)
    } else if words.basic_auth_disabled()
        || (cx.microsoft && cx.step == StepKind::Login && words.any(&["logon failure"]))
    {
        Some(FindingId::AuthBasicDisabled)
    } else {
        None
    }
}

/// What a bare `-ERR` means at each step.
fn pop3_fallback(step: StepKind) -> Option<FindingId> {
    match step {
        StepKind::Greeting => Some(FindingId::ServerBusy),
        StepKind::Login => Some(FindingId::AuthFailed),
        StepKind::Stls => Some(FindingId::StarttlsNotOffered),
        _ => None,
    }
}

/// An IMAP refusal as recorded: the untagged status lines kept for the command (`* OK [ALERT] …`,
/// `* NO …`), then the completion or the greeting. The response codes of RFC 5530 decide first;
/// the words of every line decide when no code does, so a provider's plain `NO` text is read
/// by its meaning.
fn classify_imap(text: &str, cx: &ReplyContext) -> Option<FindingId> {
    let statuses: Vec<StatusResponse> = text.lines().filter_map(parse_status_line).collect();
    let last = statuses.last()?;
    if matches!(last.condition, Condition::Ok | Condition::PreAuth) {
        return None;
    }
    let all_text: Vec<&str> = statuses.iter().map(|s| s.text.as_str()).collect();
    let words = Words::new(&all_text.join("\n"));
    let code = statuses
        .iter()
        .rev()
        .filter_map(|s| s.code.as_ref())
        .map(|c| c.name.as_str())
        .find(|name| *name != "ALERT");
    let login = |fallback: FindingId| imap_login_words(&words, cx).unwrap_or(fallback);
    match code {
        Some("AUTHENTICATIONFAILED" | "AUTHORIZATIONFAILED") => Some(login(FindingId::AuthFailed)),
        Some("PRIVACYREQUIRED") => Some(FindingId::AuthPlaintextDisallowed),
        Some("EXPIRED") => Some(FindingId::PasswordExpired),
        // The account is held back by its administrator: no verdict on the password.
        Some("CONTACTADMIN") => Some(login(FindingId::ServerPermanentFailure)),
        // Refused before any login: the server turns connections away.
        Some("UNAVAILABLE") if cx.step == StepKind::Greeting => Some(FindingId::ServerBusy),
        Some("UNAVAILABLE") => Some(FindingId::ServerTemporaryFailure),
        Some("INUSE") if words.too_many_logins() || words.any(&["connections"]) => {
            Some(FindingId::TooManyLogins)
        }
        Some("INUSE") => Some(FindingId::MailboxInUse),
        Some("LIMIT") => Some(FindingId::TooManyLogins),
        _ => imap_login_words(&words, cx)
            .or_else(|| {
                if words.mailbox_locked() {
                    Some(FindingId::MailboxInUse)
                } else if words.too_many_logins() {
                    Some(FindingId::TooManyLogins)
                } else if words.temporary() {
                    Some(FindingId::ServerTemporaryFailure)
                } else {
                    None
                }
            })
            .or_else(|| imap_fallback(last.condition, cx.step)),
    }
}

/// The text of the first `[ALERT]` in an IMAP refusal as recorded: RFC 9051 asks clients to
/// show it to the person.
pub fn imap_alert(text: &str) -> Option<String> {
    text.lines()
        .filter_map(parse_status_line)
        .find(|s| s.code.as_ref().is_some_and(|c| c.name == "ALERT"))
        .map(|s| s.text.trim().to_string())
        .filter(|t| !t.is_empty())
}

/// Word matches for a refused IMAP login (or a greeting that refuses), most specific first.
fn imap_login_words(words: &Words, cx: &ReplyContext) -> Option<FindingId> {
    if words.app_password() {
        Some(FindingId::AuthAppPasswordRequired)
    } else if words.web_login() {
        Some(FindingId::AuthWebLoginRequired)
    } else if words.imap_disabled() {
        Some(FindingId::ImapDisabled)
    } else if words.password_expired() {
        Some(FindingId::PasswordExpired)
    } else if words.plaintext_refused() {
        Some(FindingId::AuthPlaintextDisallowed)
    } else if words.basic_auth_disabled()
        || (cx.microsoft && cx.step == StepKind::Login && words.any(&["authenticate failed"]))
    {
        Some(FindingId::AuthBasicDisabled)
    } else if cx.step == StepKind::Login && words.too_many_logins() {
        Some(FindingId::TooManyLogins)
    } else {
        None
    }
}

/// What a bare `NO`, `BAD` or `BYE` means at each step.
fn imap_fallback(condition: Condition, step: StepKind) -> Option<FindingId> {
    match (condition, step) {
        (_, StepKind::Greeting) => Some(FindingId::ServerBusy),
        (Condition::No, StepKind::Login) => Some(FindingId::AuthFailed),
        (Condition::No | Condition::Bad, StepKind::Starttls) => Some(FindingId::StarttlsFailed),
        _ => None,
    }
}

/// Read an SMTP reply from its recorded text. Falls back to a line-by-line read when the text is
/// not a complete reply (a continuation line quoted alone, as in some logs).
pub fn parse_smtp_lenient(text: &str) -> Option<SmtpReply> {
    if let Some(reply) = SmtpReply::parse_text(text) {
        return Some(reply);
    }
    let mut code = None;
    let mut lines = Vec::new();
    for line in text.lines() {
        let Some(digits) = line
            .get(..3)
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        let Ok(this) = digits.parse::<u16>() else {
            continue;
        };
        if !(200..600).contains(&this) || code.is_some_and(|c| c != this) {
            continue;
        }
        let rest = match line.as_bytes().get(3) {
            None => "",
            Some(b'-' | b' ') => &line[4..],
            Some(_) => continue,
        };
        code = Some(this);
        lines.push(rest.trim_end().to_string());
    }
    code.map(|code| SmtpReply { code, lines })
}

fn classify_smtp(text: &str, cx: &ReplyContext) -> Option<FindingId> {
    let reply = parse_smtp_lenient(text)?;
    let words = Words::new(&reply.text());
    if words.tls_hello_on_plain_port() {
        return Some(FindingId::TlsOnPlaintextPort);
    }
    if reply.is_positive() {
        return None;
    }
    if words.blocklisted() {
        return Some(FindingId::SmtpBlocklisted);
    }
    reply
        .enhanced()
        .or_else(|| trailing_enhanced_code(&reply.text()))
        .and_then(|code| smtp_by_enhanced(code, &words, cx))
        .or_else(|| smtp_by_words(&words, reply.is_transient(), cx))
        .or_else(|| smtp_by_code(reply.code, &words, cx))
}

/// An enhanced status code written after the text, as qmail does: `… (#5.7.1)`.
fn trailing_enhanced_code(text: &str) -> Option<crate::proto::reply::EnhancedCode> {
    let start = text.rfind("(#")? + 2;
    let inner = text[start..].split(')').next()?;
    crate::proto::reply::EnhancedCode::parse_prefix(inner)
}

/// Relay refusals before any login mean the client never authenticated.
fn relay_refusal(cx: &ReplyContext) -> FindingId {
    if cx.authenticated {
        FindingId::SmtpRelayDenied
    } else {
        FindingId::SmtpAuthRequired
    }
}

/// Enhanced status codes that name a cause on their own, or with a word to pick among the few
/// meanings servers give them.
fn smtp_by_enhanced(
    code: crate::proto::reply::EnhancedCode,
    words: &Words,
    cx: &ReplyContext,
) -> Option<FindingId> {
    let (subject, detail) = (code.subject, code.detail);
    match (subject, detail) {
        (7, 9) if words.app_password() => Some(FindingId::AuthAppPasswordRequired),
        (7, 9) => Some(FindingId::AuthMechanismUnsupported),
        (7, 14) if words.web_login() || words.any(&["log in", "sign in"]) => {
            Some(FindingId::AuthWebLoginRequired)
        }
        (7, 8) => Some(FindingId::AuthFailed),
        (7, 139) | (7, 30) => Some(FindingId::AuthBasicDisabled),
        (7, 3) if words.basic_auth_disabled() => Some(FindingId::AuthBasicDisabled),
        (7, 3) if cx.step == StepKind::Login => Some(FindingId::AuthFailed),
        (7, 57) => Some(FindingId::SmtpAuthRequired),
        (7, 11) => Some(FindingId::AuthPlaintextDisallowed),
        (7, 60) | (2, 252) | (1, 7) | (1, 8) => Some(FindingId::SmtpSenderRejected),
        (4, 5) | (5, 3) => Some(FindingId::SmtpSendingLimit),
        (7, 0) => {
            if words.any(&["#auth005", "too many bad auth"]) {
                Some(FindingId::AuthAppPasswordRequired)
            } else if words.too_many_logins() {
                Some(FindingId::TooManyLogins)
            } else if words.plaintext_refused() || words.any(&["starttls"]) {
                Some(FindingId::AuthPlaintextDisallowed)
            } else if words.auth_required() {
                Some(FindingId::SmtpAuthRequired)
            } else {
                None
            }
        }
        (7, 1) if words.relay_denied() => Some(relay_refusal(cx)),
        // "Delivery not authorized" in answer to a recipient: the server will not take mail
        // for it from this client.
        (7, 1) if cx.step == StepKind::RcptTo && !words.blocklisted() => Some(relay_refusal(cx)),
        (5, 4) if words.plaintext_refused() => Some(FindingId::AuthPlaintextDisallowed),
        (5, 1) if words.auth_not_enabled() => Some(FindingId::SmtpAuthNotOffered),
        (5, 2) if words.helo_rejected() || cx.step == StepKind::Ehlo => {
            Some(FindingId::SmtpHeloRejected)
        }
        _ => None,
    }
}

/// Word matches, most specific first. A transient reply never means wrong credentials.
fn smtp_by_words(words: &Words, transient: bool, cx: &ReplyContext) -> Option<FindingId> {
    if words.app_password() {
        Some(FindingId::AuthAppPasswordRequired)
    } else if words.web_login() {
        Some(FindingId::AuthWebLoginRequired)
    } else if words.basic_auth_disabled() {
        Some(FindingId::AuthBasicDisabled)
    } else if words.plaintext_refused() {
        Some(FindingId::AuthPlaintextDisallowed)
    } else if words.too_many_logins() {
        Some(FindingId::TooManyLogins)
    } else if words.too_many_connections() {
        Some(FindingId::SmtpServerBusy)
    } else if words.relay_denied() {
        Some(relay_refusal(cx))
    } else if words.sender_rejected() {
        Some(FindingId::SmtpSenderRejected)
    } else if words.sending_limit() {
        Some(FindingId::SmtpSendingLimit)
    } else if words.helo_rejected() {
        Some(FindingId::SmtpHeloRejected)
    } else if words.auth_not_enabled() {
        Some(FindingId::SmtpAuthNotOffered)
    } else if words.auth_required() {
        Some(FindingId::SmtpAuthRequired)
    } else if words.credentials_refused() && cx.step == StepKind::Login && !transient {
        Some(FindingId::AuthFailed)
    } else {
        None
    }
}

/// What the basic reply code means at the step it answered.
fn smtp_by_code(code: u16, words: &Words, cx: &ReplyContext) -> Option<FindingId> {
    let transient = (400..500).contains(&code);
    match cx.step {
        // A greeting that refuses service (RFC 5321 4.3.2: 421 or 554 instead of 220).
        StepKind::Greeting if matches!(code, 421 | 554) => Some(FindingId::ServerBusy),
        StepKind::Greeting if transient => Some(FindingId::ServerTemporaryFailure),
        StepKind::Greeting => Some(FindingId::ServerPermanentFailure),
        StepKind::Ehlo if matches!(code, 501 | 504 | 550) => Some(FindingId::SmtpHeloRejected),
        // Refused, even "for now" (454): the advice is the SSL/TLS port, never waiting for
        // encryption to come back or going on without it.
        StepKind::Starttls => Some(FindingId::StarttlsNotOffered),
        StepKind::Login => Some(match code {
            535 => FindingId::AuthFailed,
            534 | 504 => FindingId::AuthMechanismUnsupported,
            538 => FindingId::AuthPlaintextDisallowed,
            503 => FindingId::SmtpAuthNotOffered,
            _ if transient => FindingId::ServerTemporaryFailure,
            _ => FindingId::AuthFailed,
        }),
        StepKind::MailFrom | StepKind::RcptTo if code == 530 => Some(FindingId::SmtpAuthRequired),
        StepKind::MailFrom if matches!(code, 550 | 553 | 555) => {
            Some(FindingId::SmtpSenderRejected)
        }
        _ if transient && (code == 421 || words.temporary()) => {
            Some(FindingId::ServerTemporaryFailure)
        }
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// How a fixture is read: the protocol comes from the text's shape, the rest from the row.
    pub(crate) struct Fixture {
        pub text: &'static str,
        pub step: StepKind,
        pub authenticated: bool,
        pub microsoft: bool,
        pub id: &'static str,
    }

    const fn row(text: &'static str, step: StepKind, id: &'static str) -> Fixture {
        Fixture {
            text,
            step,
            authenticated: false,
            microsoft: false,
            id,
        }
    }

    /// Every row of the catalogue's "Real server texts, mapped to ids" table, with the step
    /// the text answers.
    pub(crate) const REAL_TEXTS: &[Fixture] = &[
        row(
            "-ERR [AUTH] Authentication failed.",
            StepKind::Login,
            "auth-failed",
        ),
        row(
            "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
            StepKind::Login,
            "auth-plaintext-disallowed",
        ),
        row(
            "-ERR [AUTH] Cleartext authentication disallowed on non-secure (SSL/TLS) connections.",
            StepKind::Login,
            "auth-plaintext-disallowed",
        ),
        row(
            "-ERR [SYS/TEMP] Temporary authentication failure.",
            StepKind::Login,
            "server-temporary-failure",
        ),
        row(
            "-ERR [IN-USE] Mailbox is locked by another POP3 session.",
            StepKind::Login,
            "mailbox-in-use",
        ),
        row(
            "-ERR [IN-USE] Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10)",
            StepKind::Login,
            "too-many-logins",
        ),
        row(
            "-ERR [AUTH] Application-specific password required: https://support.google.com/accounts/answer/185833",
            StepKind::Login,
            "auth-app-password-required",
        ),
        row(
            "534-5.7.9 Application-specific password required.",
            StepKind::Login,
            "auth-app-password-required",
        ),
        row(
            "535-5.7.8 Username and Password not accepted.",
            StepKind::Login,
            "auth-failed",
        ),
        row(
            "-ERR [AUTH] Web login required: https://support.google.com/mail/answer/78754",
            StepKind::Login,
            "auth-web-login-required",
        ),
        row(
            "534-5.7.14 <https://accounts.google.com/...> Please log in via your web browser and then try again.",
            StepKind::Login,
            "auth-web-login-required",
        ),
        row(
            "-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail settings page and enable your account for POP access.",
            StepKind::Login,
            "pop3-disabled",
        ),
        row(
            "454 4.7.0 Too many login attempts, please try again later.",
            StepKind::Login,
            "too-many-logins",
        ),
        row(
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
            StepKind::Login,
            "auth-basic-disabled",
        ),
        row(
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
            StepKind::Login,
            "auth-basic-disabled",
        ),
        row(
            "550 5.7.30 Basic authentication is not supported for Client Submission.",
            StepKind::Login,
            "auth-basic-disabled",
        ),
        row(
            "535 5.7.3 Authentication unsuccessful",
            StepKind::Login,
            "auth-failed",
        ),
        Fixture {
            microsoft: true,
            ..row(
                "-ERR Logon failure: unknown user name or bad password.",
                StepKind::Login,
                "auth-basic-disabled",
            )
        },
        row(
            "-ERR Logon failure: unknown user name or bad password.",
            StepKind::Login,
            "auth-failed",
        ),
        row(
            "530 5.7.57 Client not authenticated to send mail.",
            StepKind::MailFrom,
            "smtp-auth-required",
        ),
        row(
            "554 5.2.252 SendAsDenied; ana@example.org not allowed to send as bob@example.org",
            StepKind::MailFrom,
            "smtp-sender-rejected",
        ),
        row(
            "535 5.7.0 (#AUTH005) Too many bad auth attempts.",
            StepKind::Login,
            "auth-app-password-required",
        ),
        row(
            "530 5.7.0 Must issue a STARTTLS command first",
            StepKind::Login,
            "auth-plaintext-disallowed",
        ),
        row(
            "504 5.5.4 Encryption required for requested authentication mechanism",
            StepKind::Login,
            "auth-plaintext-disallowed",
        ),
        row(
            "538 5.7.11 Encryption required for requested authentication mechanism",
            StepKind::Login,
            "auth-plaintext-disallowed",
        ),
        row(
            "503 5.5.1 Error: authentication not enabled",
            StepKind::Login,
            "smtp-auth-not-offered",
        ),
        row(
            "535 5.7.8 Error: authentication failed: authentication failure",
            StepKind::Login,
            "auth-failed",
        ),
        Fixture {
            authenticated: true,
            ..row(
                "554 5.7.1 <bob@example.org>: Relay access denied",
                StepKind::RcptTo,
                "smtp-relay-denied",
            )
        },
        row(
            "554 5.7.1 <bob@example.org>: Relay access denied",
            StepKind::RcptTo,
            "smtp-auth-required",
        ),
        row(
            "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org",
            StepKind::RcptTo,
            "smtp-blocklisted",
        ),
        row(
            "421 4.7.0 mail.example.org Error: too many connections from 203.0.113.7",
            StepKind::Greeting,
            "smtp-server-busy",
        ),
        Fixture {
            authenticated: true,
            ..row(
                "553 5.7.1 <a@example.org>: Sender address rejected: not owned by user b@example.org",
                StepKind::MailFrom,
                "smtp-sender-rejected",
            )
        },
        row(
            "504 5.5.2 <pc>: Helo command rejected: need fully-qualified hostname",
            StepKind::Ehlo,
            "smtp-helo-rejected",
        ),
        row(
            "550 5.4.5 Daily user sending quota exceeded.",
            StepKind::MailFrom,
            "smtp-sending-limit",
        ),
        row(
            "452 4.5.3 Your message has too many recipients.",
            StepKind::RcptTo,
            "smtp-sending-limit",
        ),
        row(
            "535 Incorrect authentication data",
            StepKind::Login,
            "auth-failed",
        ),
        Fixture {
            authenticated: true,
            ..row(
                "550 relay not permitted",
                StepKind::RcptTo,
                "smtp-relay-denied",
            )
        },
        row(
            "421 Too many concurrent SMTP connections; please try again later.",
            StepKind::Greeting,
            "smtp-server-busy",
        ),
        row(
            "221 2.7.0 Error: I can break rules, too. Goodbye.",
            StepKind::Greeting,
            "tls-on-plaintext-port",
        ),
    ];

    pub(crate) fn context_of(f: &Fixture) -> ReplyContext {
        let protocol = if f.text.starts_with('+') || f.text.starts_with('-') {
            Protocol::Pop3
        } else {
            Protocol::Smtp
        };
        ReplyContext {
            protocol,
            step: f.step,
            authenticated: f.authenticated,
            microsoft: f.microsoft,
        }
    }

    #[test]
    fn every_real_server_text_maps_to_its_id() {
        for f in REAL_TEXTS {
            let got = classify_reply(f.text, &context_of(f)).map(FindingId::as_str);
            assert_eq!(got, Some(f.id), "{}", f.text);
        }
    }

    /// IMAP refusals as the big providers and RFC 5530 word them (the transcripts of
    /// tests/imap_transcripts.rs), with the step they answered.
    const IMAP_TEXTS: &[(&str, StepKind, bool, &str)] = &[
        (
            "a2 NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)",
            StepKind::Login,
            false,
            "auth-app-password-required",
        ),
        (
            "* NO [WEBALERT https://accounts.google.com/signin/continue?sarp=1&scc=1] Web login required.\na2 NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)",
            StepKind::Login,
            false,
            "auth-web-login-required",
        ),
        (
            "a2 NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your account for IMAP access. (Failure)",
            StepKind::Login,
            false,
            "imap-disabled",
        ),
        (
            "a2 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
            StepKind::Login,
            false,
            "auth-failed",
        ),
        (
            "a2 NO AUTHENTICATE failed.",
            StepKind::Login,
            true,
            "auth-basic-disabled",
        ),
        (
            "a2 NO AUTHENTICATE failed.",
            StepKind::Login,
            false,
            "auth-failed",
        ),
        (
            "a1 NO [AUTHENTICATIONFAILED] (#MBR1212) Incorrect username or password.",
            StepKind::Login,
            false,
            "auth-failed",
        ),
        (
            "a1 NO [AUTHENTICATIONFAILED] Authentication failed",
            StepKind::Login,
            false,
            "auth-failed",
        ),
        (
            "a1 BAD [UNAVAILABLE] Service temporarily unavailable",
            StepKind::Login,
            false,
            "server-temporary-failure",
        ),
        (
            "a1 NO [EXPIRED] Password expired",
            StepKind::Login,
            false,
            "password-expired",
        ),
        (
            "a1 NO [ALERT] Your password has expired. Change it in webmail first.",
            StepKind::Login,
            false,
            "password-expired",
        ),
        (
            "a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure connections",
            StepKind::Login,
            false,
            "auth-plaintext-disallowed",
        ),
        (
            "a1 NO [AUTHORIZATIONFAILED] No such authorization-ID",
            StepKind::Login,
            false,
            "auth-failed",
        ),
        (
            "a1 NO [CONTACTADMIN] Your account is on hold",
            StepKind::Login,
            false,
            "server-permanent-failure",
        ),
        (
            "a1 NO [INUSE] Mailbox in use",
            StepKind::Stat,
            false,
            "mailbox-in-use",
        ),
        (
            "a1 NO [LIMIT] Too many simultaneous sessions",
            StepKind::Login,
            false,
            "too-many-logins",
        ),
        (
            "* BYE [UNAVAILABLE] Too many connections from your IP",
            StepKind::Greeting,
            false,
            "server-busy",
        ),
        (
            "* BYE Server shutting down",
            StepKind::Greeting,
            false,
            "server-busy",
        ),
        ("a1 NO Login failed.", StepKind::Login, false, "auth-failed"),
        (
            "a1 BAD STARTTLS not available",
            StepKind::Starttls,
            false,
            "starttls-failed",
        ),
    ];

    #[test]
    fn imap_refusals_map_to_their_ids_by_code_and_by_meaning() {
        for (text, step, microsoft, id) in IMAP_TEXTS {
            let cx = ReplyContext {
                protocol: Protocol::Imap,
                step: *step,
                authenticated: false,
                microsoft: *microsoft,
            };
            let got = classify_reply(text, &cx).map(FindingId::as_str);
            assert_eq!(got, Some(*id), "{text}");
        }
        let ok = ReplyContext {
            protocol: Protocol::Imap,
            step: StepKind::Login,
            authenticated: false,
            microsoft: false,
        };
        assert_eq!(classify_reply("a1 OK Logged in", &ok), None);
        assert_eq!(classify_reply("garbage", &ok), None);
    }

    #[test]
    fn the_alert_text_is_found_among_the_lines() {
        assert_eq!(
            imap_alert("* NO [WEBALERT https://x.test/] Web login required.\na2 NO [ALERT] Please log in via your web browser (Failure)")
                .as_deref(),
            Some("Please log in via your web browser (Failure)")
        );
        assert_eq!(imap_alert("a1 NO [AUTHENTICATIONFAILED] no"), None);
    }

    #[test]
    fn every_fixture_id_exists_in_the_catalogue() {
        for f in REAL_TEXTS {
            assert!(FindingId::from_id(f.id).is_some(), "{}", f.id);
        }
    }

    fn smtp(step: StepKind) -> ReplyContext {
        ReplyContext {
            protocol: Protocol::Smtp,
            step,
            authenticated: true,
            microsoft: false,
        }
    }

    fn pop3(step: StepKind) -> ReplyContext {
        ReplyContext {
            protocol: Protocol::Pop3,
            ..smtp(step)
        }
    }

    #[test]
    fn full_multi_line_gmail_reply_is_read_by_structure() {
        let text = "534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor";
        assert_eq!(
            classify_reply(text, &smtp(StepKind::Login)),
            Some(FindingId::AuthAppPasswordRequired)
        );
    }

    #[test]
    fn positive_replies_and_ok_lines_are_not_failures() {
        assert_eq!(
            classify_reply(
                "235 2.7.0 Authentication successful",
                &smtp(StepKind::Login)
            ),
            None
        );
        assert_eq!(
            classify_reply("+OK Logged in.", &pop3(StepKind::Login)),
            None
        );
        assert_eq!(classify_reply("", &pop3(StepKind::Login)), None);
        assert_eq!(
            classify_reply("garbage", &smtp(StepKind::Login)),
            None,
            "no reply code, no claim"
        );
    }

    #[test]
    fn structure_wins_over_misleading_words() {
        // The code says "credentials invalid"; the words mention relaying.
        assert_eq!(
            classify_reply(
                "535 5.7.8 relay access denied by policy",
                &smtp(StepKind::Login)
            ),
            Some(FindingId::AuthFailed)
        );
        // SYS/TEMP stays temporary whatever the words say.
        assert_eq!(
            classify_reply(
                "-ERR [SYS/TEMP] Authentication failed, try again",
                &pop3(StepKind::Login)
            ),
            Some(FindingId::ServerTemporaryFailure)
        );
        assert_eq!(
            classify_reply("-ERR [SYS/PERM] Account disabled", &pop3(StepKind::Login)),
            Some(FindingId::ServerPermanentFailure)
        );
        assert_eq!(
            classify_reply("-ERR [LOGIN-DELAY] wait", &pop3(StepKind::Login)),
            Some(FindingId::TooManyLogins)
        );
    }

    #[test]
    fn bare_codes_fall_back_on_the_step() {
        assert_eq!(
            classify_reply("-ERR nope", &pop3(StepKind::Greeting)),
            Some(FindingId::ServerBusy)
        );
        assert_eq!(
            classify_reply("-ERR nope", &pop3(StepKind::Stls)),
            Some(FindingId::StarttlsNotOffered)
        );
        assert_eq!(classify_reply("-ERR nope", &pop3(StepKind::Stat)), None);
        assert_eq!(
            classify_reply("554 go away", &smtp(StepKind::Greeting)),
            Some(FindingId::ServerBusy)
        );
        assert_eq!(
            classify_reply(
                "454 4.7.0 Temporary authentication failure",
                &smtp(StepKind::Login)
            ),
            Some(FindingId::ServerTemporaryFailure)
        );
        assert_eq!(
            classify_reply("502 5.5.1 not implemented", &smtp(StepKind::Starttls)),
            Some(FindingId::StarttlsNotOffered)
        );
        assert_eq!(
            classify_reply(
                "454 4.7.0 TLS not available due to local problem",
                &smtp(StepKind::Starttls)
            ),
            Some(FindingId::StarttlsNotOffered)
        );
        assert_eq!(
            classify_reply(
                "550 5.1.1 <x@example.org>: unknown user",
                &smtp(StepKind::RcptTo)
            ),
            None,
            "an unknown recipient is not in the catalogue"
        );
        assert_eq!(
            classify_reply("501 5.5.2 bad syntax", &smtp(StepKind::Ehlo)),
            Some(FindingId::SmtpHeloRejected)
        );
    }

    #[test]
    fn lenient_parse_keeps_code_and_lines() {
        let r = parse_smtp_lenient("534-5.7.9 Application-specific password required.").unwrap();
        assert_eq!(r.code, 534);
        assert_eq!(r.lines, ["5.7.9 Application-specific password required."]);
        assert!(parse_smtp_lenient("+OK hi").is_none());
        assert!(parse_smtp_lenient("999 x").is_none());
        assert!(parse_smtp_lenient("25").is_none());
    }
}
