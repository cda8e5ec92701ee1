//! Failures outside the mail protocol's own replies: another protocol (or none) on the port, a
//! server that stays silent or hangs up, replies that break the protocol, a login that was never
//! tried, and the last-resort finding that keeps every failed panel named.

use crate::account::{Protocol, Security};
use crate::finding::Severity;
use crate::model::{
    Arg, Direction, Evidence, IoFailure, Panel, RunState, Said, StepKind, StepRecord, StepStatus,
    TlsFailure,
};
use crate::proto::reply::parse_pop3_status;
use crate::said;

use super::Context;
use super::catalog::FindingId;
use super::classify::parse_smtp_lenient;
use super::evidence::step_line;
use super::observe::{MailPanel, configured_places, panel_for_host, parse_target, tcp_attempts};
use super::rules::{Diagnosis, quote};
use super::text::Value;

/// What a server's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    Pop3,
    Smtp,
    Imap,
    Http,
    Ssh,
    Ftp,
    /// A TLS record: the port expects encryption from the first byte.
    Tls,
}

impl Speaker {
    /// The name shown in texts (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            Speaker::Pop3 => "POP3",
            Speaker::Smtp => "SMTP",
            Speaker::Imap => "IMAP",
            Speaker::Http => "HTTP",
            Speaker::Ssh => "SSH",
            Speaker::Ftp => "FTP",
            Speaker::Tls => "SSL/TLS",
        }
    }

    fn is_mail(self) -> bool {
        matches!(self, Speaker::Pop3 | Speaker::Smtp | Speaker::Imap)
    }

    fn of(protocol: Protocol) -> Speaker {
        match protocol {
            Protocol::Pop3 => Speaker::Pop3,
            Protocol::Imap => Speaker::Imap,
            Protocol::Smtp => Speaker::Smtp,
        }
    }
}

/// Recognise a protocol from the first line a server sent (sanitized, as recorded).
pub fn recognise(text: &str) -> Option<Speaker> {
    let first = text.trim_start().lines().next().unwrap_or_default();
    let upper = first.to_ascii_uppercase();
    if upper.starts_with("\\X16\\X03") || upper.starts_with("\\X15\\X03") {
        return Some(Speaker::Tls);
    }
    if upper.starts_with("SSH-") {
        return Some(Speaker::Ssh);
    }
    if upper.starts_with("HTTP/")
        || upper.starts_with("<!DOCTYPE HTML")
        || upper.starts_with("<HTML")
    {
        return Some(Speaker::Http);
    }
    if upper.starts_with("* OK") || upper.starts_with("* PREAUTH") || upper.starts_with("* BYE") {
        return Some(Speaker::Imap);
    }
    if upper.starts_with("+OK") || upper.starts_with("-ERR") {
        return Some(Speaker::Pop3);
    }
    let numbered = first.len() >= 4
        && first.as_bytes()[..3].iter().all(u8::is_ascii_digit)
        && matches!(first.as_bytes()[3], b' ' | b'-');
    if numbered || first.len() == 3 && first.bytes().all(|b| b.is_ascii_digit()) {
        // FTP and SMTP both greet with 220; FTP servers name themselves.
        if upper.contains("FTP") {
            return Some(Speaker::Ftp);
        }
        if first.starts_with('2') || first.starts_with('4') || first.starts_with('5') {
            return Some(Speaker::Smtp);
        }
    }
    None
}

/// Sanitized text that is mostly escaped bytes: binary data, not lines of a text protocol.
pub fn looks_binary(text: &str) -> bool {
    let escapes = text.matches("\\x").count() + text.matches("\\u{").count();
    let chars = text.chars().count().max(1);
    escapes >= 3 && escapes * 4 * 3 >= chars
}

/// The server's first words on the panel's connection, wherever they were recorded.
fn first_words(m: &MailPanel<'_>) -> Option<String> {
    for record in m.steps() {
        match &record.evidence {
            Some(Evidence::Tls {
                failure: TlsFailure::NotTls,
                peer_bytes: Some(bytes),
                ..
            }) if record.step == StepKind::Tls => return Some(bytes.clone()),
            Some(Evidence::Reply { sent: None, reply })
                if record.step == StepKind::Greeting && record.status == StepStatus::Failed =>
            {
                return Some(reply.clone());
            }
            _ => {}
        }
    }
    if let Some(greeting) = &m.report.facts.greeting {
        return Some(greeting.clone());
    }
    if let Some(line) = m
        .report
        .transcript
        .iter()
        .find(|l| l.dir == Direction::Received)
    {
        return Some(line.text.english().into_owned());
    }
    m.steps_of(StepKind::Greeting)
        .find_map(|r| match &r.evidence {
            Some(Evidence::Io {
                failure: IoFailure::Protocol | IoFailure::Incomplete,
                message,
            }) => server_words(message),
            _ => None,
        })
}

/// The server's own words quoted in a probe's message: the phrase's `reply`, else the first
/// line or bytes that arrived (`first`, `text`), looked for in the phrases inside it too; for a
/// message that is no phrase, the quoted part of `… it sent "…"`.
fn server_words(message: &Said) -> Option<String> {
    match message {
        Said::Verbatim(text) => quoted_part(text),
        Said::Phrase { .. } => ["reply", "first", "text"]
            .iter()
            .find_map(|name| quoted_arg(message, name)),
    }
}

/// The value of the argument `name`, without its quotes, in `said` or the phrases it holds.
fn quoted_arg(said: &Said, name: &str) -> Option<String> {
    let Said::Phrase { args, .. } = said else {
        return None;
    };
    args.iter().find_map(|(arg_name, arg)| match arg {
        Arg::Text(text) if *arg_name == name => quoted_part(text),
        Arg::Said(inner) if *arg_name == name => server_words(inner),
        Arg::Said(inner) => quoted_arg(inner, name),
        _ => None,
    })
}

/// The quoted part of a text such as `… it sent "…"`.
fn quoted_part(message: &str) -> Option<String> {
    let start = message.find('"')? + 1;
    let end = message.rfind('"').filter(|e| *e >= start)?;
    let inner = &message[start..end];
    (!inner.is_empty()).then(|| inner.to_string())
}

fn failed_steps<'a>(m: &MailPanel<'a>) -> impl Iterator<Item = &'a StepRecord> + 'a {
    m.steps().iter().filter(|s| s.status == StepStatus::Failed)
}

/// A step the server's own behaviour decides (not a look-up, a connect or a goodbye).
fn session_step(step: StepKind) -> bool {
    !matches!(step, StepKind::Dns | StepKind::Tcp | StepKind::Quit)
}

/// The standard ports of a protocol, as shown in texts.
fn standard_ports(protocol: Protocol) -> Value {
    let ports = match protocol {
        Protocol::Pop3 => ["995 (SSL/TLS)", "110 (STARTTLS)"],
        Protocol::Imap => ["993 (SSL/TLS)", "143 (STARTTLS)"],
        Protocol::Smtp => ["587 (STARTTLS)", "465 (SSL/TLS)"],
    };
    Value::List(ports.iter().map(|p| p.to_string()).collect())
}

/// The implicit-TLS ports of the other mail protocols: a TLS record there means another
/// protocol's port, not a security mix-up.
fn other_tls_port(protocol: Protocol, port: Option<u16>) -> bool {
    matches!(
        (protocol, port),
        (Protocol::Pop3 | Protocol::Smtp, Some(993))
            | (Protocol::Pop3 | Protocol::Imap, Some(465))
            | (Protocol::Smtp | Protocol::Imap, Some(995))
    )
}

/// True when a step is the first TLS step, run straight after connecting.
fn implicit_tls(m: &MailPanel<'_>, record: &StepRecord) -> bool {
    let index = m
        .steps()
        .iter()
        .position(|s| std::ptr::eq(s, record))
        .unwrap_or(0);
    !m.steps()[..index]
        .iter()
        .any(|s| matches!(s.step, StepKind::Stls | StepKind::Starttls))
}

/// Whether any line of the server was received on the panel.
fn heard_anything(m: &MailPanel<'_>) -> bool {
    m.report.facts.greeting.is_some()
        || m.report
            .transcript
            .iter()
            .any(|l| l.dir == Direction::Received)
}

/// Every diagnosis of this module for the mail panels.
pub fn observe(ctx: &Context<'_>, panels: &[MailPanel<'_>], out: &mut Vec<Diagnosis>) {
    for m in panels {
        let named = wrong_protocol(m, panels, out);
        if !named {
            not_a_mail_server(m, out);
        }
        silence(m, out);
        closed(m, out);
        invalid_replies(m, out);
        login_not_tested(m, ctx, out);
    }
}

/// `wrong-protocol-on-port`: the first bytes are another protocol's. Returns whether it fired.
fn wrong_protocol(m: &MailPanel<'_>, panels: &[MailPanel<'_>], out: &mut Vec<Diagnosis>) -> bool {
    let Some(failed) = failed_steps(m).next() else {
        return false;
    };
    let own = Speaker::of(m.protocol);
    let speaks_tls = m
        .steps_of(StepKind::Greeting)
        .any(|r| matches!(r.evidence, Some(Evidence::SpeaksTls { .. })));
    let words = first_words(m);
    let speaker = match words.as_deref().and_then(recognise) {
        Some(s) => Some(s),
        None if speaks_tls => Some(Speaker::Tls),
        None => None,
    };
    let Some(speaker) = speaker.filter(|s| *s != own) else {
        return false;
    };
    let other = panels.iter().find(|o| o.panel() != m.panel());
    let same_place = other.is_some_and(|o| {
        o.port == m.port
            && o.host
                .zip(m.host)
                .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
    });
    let other_works_here =
        same_place && other.is_some_and(|o| o.any_ok(StepKind::Greeting) && speaker.is_mail());
    if speaker == Speaker::Tls && !other_tls_port(m.protocol, m.port) && !other_works_here {
        return false;
    }
    // The other panel met this panel's protocol: the two servers' settings are swapped.
    let swapped = other.is_some_and(|o| {
        Speaker::of(o.protocol) == speaker
            && first_words(o).as_deref().and_then(recognise) == Some(own)
    }) || (other_works_here
        && other.is_some_and(|o| Speaker::of(o.protocol) == speaker));
    let mut d = Diagnosis::new(
        FindingId::WrongProtocolOnPort,
        m.panel(),
        StepKind::Greeting,
    )
    .server(m)
    .text("answered", speaker.name())
    .text("intended", own.name())
    .var("standard_ports", standard_ports(m.protocol))
    .flag_if(speaker == Speaker::Smtp, "answered_sending")
    .flag_if(
        matches!(speaker, Speaker::Pop3 | Speaker::Imap),
        "answered_receiving",
    )
    .flag_if(
        speaker == Speaker::Imap && m.protocol == Protocol::Pop3,
        "imap",
    )
    .flag_if(swapped, "swapped")
    .maybe(
        "other_role",
        other.filter(|_| swapped).map(|o| Value::Role(o.panel())),
    )
    .evidence(step_line(failed));
    // The failed step's line may already quote them.
    if let Some(words) =
        words.filter(|w| !w.is_empty() && !d.evidence[0].english().contains(w.as_str()))
    {
        d = d.evidence(said!("evidence-first-words", words = quote(&words)));
    }
    out.push(d);
    true
}

/// `not-a-mail-server`: the first bytes are binary, not lines of any protocol.
fn not_a_mail_server(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    let Some(failed) = failed_steps(m).next() else {
        return;
    };
    let Some(words) = first_words(m) else { return };
    if !looks_binary(&words) || recognise(&words).is_some() {
        return;
    }
    out.push(
        Diagnosis::new(FindingId::NotAMailServer, m.panel(), StepKind::Greeting)
            .server(m)
            .text("peer_bytes", quote(&words))
            .evidence(step_line(failed))
            .evidence(said!("evidence-first-bytes", bytes = quote(&words))),
    );
    if let Some(d) = out
        .last_mut()
        .filter(|d| d.evidence[0].english().contains(words.as_str()))
    {
        d.evidence.truncate(1);
    }
}

/// `server-not-responding`: the connection opened and the server stayed silent, from the start
/// or from some step on.
fn silence(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    let Some(record) = failed_steps(m).find(|r| session_step(r.step)) else {
        return;
    };
    let d = match &record.evidence {
        Some(Evidence::Io {
            failure: IoFailure::Timeout,
            ..
        }) => {
            let plaintext_on_tls_port = record.step == StepKind::Greeting
                && m.security != Some(Security::Tls)
                && matches!(m.port, Some(995 | 465));
            if plaintext_on_tls_port {
                return;
            }
            let stopped = heard_anything(m) && record.step != StepKind::Greeting;
            Diagnosis::new(FindingId::ServerNotResponding, m.panel(), record.step)
                .maybe("stopped_at", stopped.then_some(Value::Step(record.step)))
        }
        Some(Evidence::Tls {
            failure: TlsFailure::Timeout,
            ..
        }) if implicit_tls(m, record) => {
            Diagnosis::new(FindingId::ServerNotResponding, m.panel(), StepKind::Tls)
                .flag_if(true, "tls_handshake")
        }
        _ => return,
    };
    out.push(d.server(m).evidence(step_line(record)));
}

/// `connection-closed-by-server`: the server hung up in the middle of the session without a
/// reply that explains it.
fn closed(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    let Some(record) = failed_steps(m).find(|r| session_step(r.step)) else {
        return;
    };
    let d = match &record.evidence {
        Some(Evidence::Io {
            failure: failure @ (IoFailure::Closed | IoFailure::Reset),
            ..
        }) => {
            let at_once = record.step == StepKind::Greeting && !heard_anything(m);
            Diagnosis::new(FindingId::ConnectionClosedByServer, m.panel(), record.step)
                .flag_if(at_once, "at_once")
                .flag_if(*failure == IoFailure::Reset, "reset")
                .var("closed_at", Value::Step(record.step))
        }
        Some(Evidence::Tls {
            failure: TlsFailure::Eof,
            ..
        }) if implicit_tls(m, record) => Diagnosis::new(
            FindingId::ConnectionClosedByServer,
            m.panel(),
            StepKind::Tls,
        )
        .flag_if(true, "during_tls")
        .var("closed_at", Value::Step(StepKind::Tls)),
        _ => return,
    };
    out.push(d.server(m).evidence(step_line(record)));
}

/// Whether a reply is well formed in the panel's protocol.
fn parses(protocol: Protocol, reply: &str) -> bool {
    let first = reply.lines().next().unwrap_or_default();
    match protocol {
        Protocol::Pop3 => parse_pop3_status(first.as_bytes()).is_ok(),
        Protocol::Imap => imap_shaped(first),
        Protocol::Smtp => parse_smtp_lenient(reply).is_some(),
    }
}

/// Whether a recorded IMAP line is a response: untagged data or status, a continuation, or a
/// tagged completion.
fn imap_shaped(line: &str) -> bool {
    let line = line.trim_end();
    if line.starts_with("* ") || line == "+" || line.starts_with("+ ") {
        return true;
    }
    crate::proto::imap::response::parse_status_line(line).is_some()
}

/// `server-reply-invalid`: a reply beyond the bounds, an incomplete one, or one that is not the
/// protocol's shape.
fn invalid_replies(m: &MailPanel<'_>, out: &mut Vec<Diagnosis>) {
    for record in failed_steps(m).filter(|r| session_step(r.step)) {
        let (too_long, incomplete, quoted) = match &record.evidence {
            Some(Evidence::Io {
                failure: IoFailure::TooLong,
                message,
            }) => (true, false, server_words(message)),
            Some(Evidence::Io {
                failure: IoFailure::Incomplete,
                message,
            }) => (false, true, server_words(message)),
            // A message of no phrase is the server's own line.
            Some(Evidence::Io {
                failure: IoFailure::Protocol,
                message,
            }) => (
                false,
                false,
                server_words(message).or_else(|| match message {
                    Said::Verbatim(text) => Some(text.clone()),
                    Said::Phrase { .. } => None,
                }),
            ),
            // A login never sent quotes the capability list, which is no reply to it.
            Some(Evidence::Reply { sent, reply })
                if !parses(m.protocol, reply)
                    && !sent
                        .as_deref()
                        .is_some_and(|c| c.eq_ignore_ascii_case(m.capability_command())) =>
            {
                (false, false, Some(reply.clone()))
            }
            _ => continue,
        };
        // Binary at the very start is named by `not-a-mail-server`.
        if record.step == StepKind::Greeting
            && quoted.as_deref().is_some_and(looks_binary)
            && !heard_anything(m)
        {
            continue;
        }
        let quoted = quoted.filter(|q| !q.trim().is_empty());
        out.push(
            Diagnosis::new(FindingId::ServerReplyInvalid, m.panel(), record.step)
                .server(m)
                .var("bad_at", Value::Step(record.step))
                .flag_if(too_long, "too_long")
                .flag_if(incomplete, "incomplete")
                .maybe("peer_bytes", quoted.map(|q| Value::Text(quote(&q))))
                .evidence(step_line(record)),
        );
        return;
    }
}

/// `login-not-tested`: no user name or no password was given, so the login was skipped.
fn login_not_tested(m: &MailPanel<'_>, ctx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    let no_user = ctx.plan.user.is_none();
    let no_password = ctx.plan.password.is_none();
    if !(no_user || no_password) {
        return;
    }
    let Some(record) = m
        .steps_of(StepKind::Login)
        .find(|r| r.status == StepStatus::Skipped)
    else {
        return;
    };
    out.push(
        Diagnosis::new(FindingId::LoginNotTested, m.panel(), StepKind::Login)
            .server(m)
            .flag_if(no_user, "no_user")
            .flag_if(no_password, "no_password")
            .flag_if(!no_password, "password_given")
            .evidence(said!(
                "evidence-skipped",
                step = Said::Phrase {
                    key: record.step.label_key(),
                    args: Vec::new()
                },
                detail = record.detail.clone()
            )),
    );
}

/// The panels a diagnosis names a cause for: its own, every panel for a machine-wide cause, and
/// for a network finding the mail panel whose server it names.
fn covers(d: &Diagnosis, panel: Panel, state: &RunState, ctx: &Context<'_>) -> bool {
    if d.panel == panel || d.id.is_machine_wide() {
        return true;
    }
    if d.panel != Panel::Network {
        return false;
    }
    match d.vars.get("host") {
        Some(Value::Text(host)) => panel_for_host(state, ctx, host) == Some(panel),
        _ => false,
    }
}

/// The last resort: every panel with a failed step gets an error finding. A panel that has
/// none after ranking gets `unexplained-failure`, which says which step failed, what the server
/// did and what to try, and that the cause is not certain.
pub fn name_every_failure(state: &RunState, ctx: &Context<'_>, ranked: &mut Vec<Diagnosis>) {
    let configured = configured_places(state, ctx);
    let tcp = tcp_attempts(state, ctx);
    // A connect that failed beside one to the same place that worked (the other address
    // family) is a warning, whatever status older runs gave it.
    let connects_elsewhere = |s: &StepRecord| {
        tcp.iter()
            .any(|a| std::ptr::eq(a.record, s) && tcp.iter().any(|b| b.ok() && b.same_place(a)))
    };
    // A mail panel with an error finding of its own.
    let named_panel = |panel: Panel, ranked: &[Diagnosis]| {
        ranked
            .iter()
            .any(|d| d.severity == Severity::Error && covers(d, panel, state, ctx))
    };
    let named_mail_panels: Vec<Panel> = [Panel::Incoming, Panel::Outgoing]
        .into_iter()
        .filter(|p| named_panel(*p, ranked))
        .collect();
    for report in &state.panels {
        // The network panel also connects to other ports only to compare them with the
        // configured ones: their failures are no problem of the account. Its look-ups and
        // connects for a mail server are named by that server's panel when it has a finding.
        let for_named_mail_panel = |s: &StepRecord| {
            report.panel == Panel::Network
                && matches!(s.step, StepKind::Tcp | StepKind::Dns)
                && s.target
                    .as_deref()
                    .and_then(|t| parse_target(t).host)
                    .and_then(|host| panel_for_host(state, ctx, &host))
                    .is_some_and(|p| named_mail_panels.contains(&p))
        };
        let failure_that_matters = |s: &&StepRecord| {
            s.status == StepStatus::Failed
                && !(s.step == StepKind::Tcp && connects_elsewhere(s))
                && !(report.panel == Panel::Network
                    && s.step == StepKind::Tcp
                    && !aims_at_configured_place(s, &configured))
                && !for_named_mail_panel(s)
        };
        let Some(failed) = report.steps.iter().find(failure_that_matters) else {
            continue;
        };
        if named_panel(report.panel, ranked) {
            continue;
        }
        // A finding this very step triggered names its cause, even one that only warns
        // when the same thing happens beside a working alternative.
        let failed_kinds: Vec<StepKind> = report
            .steps
            .iter()
            .filter(failure_that_matters)
            .map(|s| s.step)
            .collect();
        if let Some(d) = ranked.iter_mut().find(|d| {
            d.panel == report.panel
                && d.severity == Severity::Warn
                && failed_kinds.contains(&d.step)
                && !matches!(d.id, FindingId::CertExpiringSoon | FindingId::NoUidl)
        }) {
            d.severity = Severity::Error;
            continue;
        }
        let mut d = Diagnosis::new(FindingId::UnexplainedFailure, report.panel, failed.step)
            .var("step", Value::Step(failed.step))
            .evidence(step_line(failed));
        if let Some(m) = MailPanel::of(report, ctx) {
            d = d
                .server(&m)
                .flag_if(apop_refused(&m, failed), "apop_refused");
        }
        d = match &failed.evidence {
            Some(Evidence::Reply { reply, .. }) => d.text("reply", quote(reply)),
            Some(Evidence::Io { failure, message }) => {
                let d = match failure {
                    IoFailure::Timeout => d.flag_if(true, "timeout"),
                    IoFailure::Closed => d.flag_if(true, "closed"),
                    IoFailure::Reset => d.flag_if(true, "reset"),
                    _ => d,
                };
                d.maybe(
                    "detail",
                    (!message.is_empty()).then(|| Value::Text(quote(&message.render(ctx.lang)))),
                )
            }
            Some(Evidence::Tls { message, .. }) => d.flag_if(true, "tls_failed").maybe(
                "detail",
                (!message.is_empty()).then(|| Value::Text(quote(&message.render(ctx.lang)))),
            ),
            Some(Evidence::SpeaksTls { how }) => d.text("detail", quote(&how.render(ctx.lang))),
            Some(Evidence::Declined { .. }) => d.flag_if(true, "declined"),
            None => d.maybe(
                "detail",
                (!failed.detail.is_empty()).then(|| Value::Text(quote(&failed.detail.english()))),
            ),
        };
        ranked.push(d);
    }
}

/// Whether a network-panel connect aimed at one of the configured `(host, port)` places.
fn aims_at_configured_place(record: &StepRecord, configured: &[(String, u16)]) -> bool {
    let Some(target) = record.target.as_deref().map(parse_target) else {
        return true;
    };
    match (target.host, target.port) {
        (Some(host), Some(port)) => configured
            .iter()
            .any(|(h, p)| h.eq_ignore_ascii_case(&host) && *p == port),
        _ => true,
    }
}

/// An APOP login refused by a server that also offers USER/PASS or a SASL password mechanism:
/// the refusal does not prove the password wrong (APOP needs its own secret on many servers).
pub fn apop_refused(m: &MailPanel<'_>, record: &StepRecord) -> bool {
    let facts = &m.report.facts;
    record.step == StepKind::Login
        && record.status == StepStatus::Failed
        && facts
            .login_method
            .as_deref()
            .is_some_and(|x| x.eq_ignore_ascii_case("APOP"))
        && (m.offers("USER")
            || facts
                .auth_mechanisms
                .iter()
                .any(|x| x.eq_ignore_ascii_case("PLAIN") || x.eq_ignore_ascii_case("LOGIN")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_lines_are_recognised_by_their_shape() {
        let cases = [
            ("220 mail.example.org ESMTP Postfix", Some(Speaker::Smtp)),
            ("220-smtp.example.org ESMTP", Some(Speaker::Smtp)),
            ("421 4.3.2 Service not available", Some(Speaker::Smtp)),
            ("+OK Dovecot ready.", Some(Speaker::Pop3)),
            ("-ERR [SYS/TEMP] busy", Some(Speaker::Pop3)),
            (
                "* OK [CAPABILITY IMAP4rev1] Dovecot ready.",
                Some(Speaker::Imap),
            ),
            ("* PREAUTH ready", Some(Speaker::Imap)),
            ("* BYE too many", Some(Speaker::Imap)),
            ("HTTP/1.1 400 Bad Request", Some(Speaker::Http)),
            ("SSH-2.0-OpenSSH_9.6", Some(Speaker::Ssh)),
            (
                "220 ProFTPD Server (Debian) [::ffff:192.0.2.1]",
                Some(Speaker::Ftp),
            ),
            ("220 (vsFTPd 3.0.5)", Some(Speaker::Ftp)),
            ("\\x16\\x03\\x03\\x00", Some(Speaker::Tls)),
            ("\\x15\\x03\\x01\\x00\\x02\\x02\\x46", Some(Speaker::Tls)),
            ("hello there", None),
            ("", None),
            ("\\x00\\x01\\x02garbage", None),
        ];
        for (text, expected) in cases {
            assert_eq!(recognise(text), expected, "{text}");
        }
    }

    use crate::account::{Endpoint, Plan, Secret};
    use crate::finding::Lang;
    use crate::model::{LocalAddress, LocalNetwork, NetworkFacts, PanelReport, ServerInfo};

    fn plan() -> Plan {
        let mut plan = Plan::new(
            Some(Endpoint {
                host: "localhost".into(),
                port: 110,
                security: Security::Starttls,
            }),
            Some(Endpoint {
                host: "smtp.example.org".into(),
                port: 587,
                security: Security::Starttls,
            }),
        );
        plan.user = Some("ana@example.org".into());
        plan.password = Some(Secret::new("not-the-password"));
        plan
    }

    fn step(step: StepKind, status: StepStatus, evidence: Option<Evidence>) -> StepRecord {
        StepRecord {
            step,
            target: None,
            status,
            elapsed_ms: 3.0,
            detail: String::new().into(),
            evidence,
        }
    }

    fn ok(kind: StepKind) -> StepRecord {
        step(kind, StepStatus::Ok, None)
    }

    fn mail_panel(panel: Panel, host: &str, port: u16, steps: Vec<StepRecord>) -> PanelReport {
        let mut p = PanelReport::new(panel);
        p.server = Some(ServerInfo {
            host: host.into(),
            port,
            address: None,
        });
        p.security = Some(Security::Starttls);
        p.status = if steps.iter().any(|s| s.status == StepStatus::Failed) {
            StepStatus::Failed
        } else {
            StepStatus::Ok
        };
        p.steps = steps;
        p
    }

    fn ids(state: &RunState, plan: &Plan) -> Vec<&'static str> {
        let ctx = Context::new(plan, Lang::En, 1_750_000_000);
        super::super::diagnose(state, &ctx)
            .iter()
            .map(|f| FindingId::from_id(&f.id).unwrap().as_str())
            .collect()
    }

    fn refused_login(text: &str) -> StepRecord {
        step(
            StepKind::Login,
            StepStatus::Failed,
            Some(Evidence::Reply {
                sent: Some("APOP ana@example.org ***".into()),
                reply: text.into(),
            }),
        )
    }

    #[test]
    fn a_refused_apop_beside_other_logins_is_not_a_wrong_password() {
        let plan = plan();
        let incoming = |capabilities: Vec<String>| {
            let mut p = mail_panel(
                Panel::Incoming,
                "localhost",
                110,
                vec![
                    ok(StepKind::Tcp),
                    ok(StepKind::Greeting),
                    ok(StepKind::Capa),
                    ok(StepKind::Stls),
                    ok(StepKind::Tls),
                    refused_login("-ERR authentication failed"),
                ],
            );
            p.facts.apop_offered = true;
            p.facts.login_method = Some("APOP".into());
            p.facts.capabilities = capabilities;
            p
        };
        let state = RunState {
            panels: vec![incoming(vec!["USER".into(), "TOP".into()])],
        };
        let found = ids(&state, &plan);
        assert!(!found.contains(&"auth-failed"), "{found:?}");
        let ctx = Context::new(&plan, Lang::En, 1_750_000_000);
        let findings = super::super::diagnose(&state, &ctx);
        let named = findings
            .iter()
            .find(|f| f.id == "unexplained-failure")
            .expect("a named cause");
        assert!(named.explanation.contains("APOP"), "{}", named.explanation);
        // APOP was the only way in: then its refusal is the password's.
        let state = RunState {
            panels: vec![incoming(vec!["TOP".into()])],
        };
        assert_eq!(ids(&state, &plan), ["auth-failed"]);
    }

    #[test]
    fn a_refused_ipv6_connect_on_this_machine_is_not_the_routers_fault() {
        let plan = plan();
        let mut tcp6 = step(
            StepKind::Tcp,
            StepStatus::Warn,
            Some(Evidence::Io {
                failure: IoFailure::Refused,
                message: "connection refused".into(),
            }),
        );
        tcp6.target = Some("localhost ipv6 [::1]:110".into());
        let mut tcp4 = ok(StepKind::Tcp);
        tcp4.target = Some("localhost ipv4 127.0.0.1:110".into());
        let state = RunState {
            panels: vec![mail_panel(
                Panel::Incoming,
                "localhost",
                110,
                vec![tcp6.clone(), tcp4.clone(), ok(StepKind::Greeting)],
            )],
        };
        let ctx = Context::new(&plan, Lang::En, 1_750_000_000);
        let findings = super::super::diagnose(&state, &ctx);
        let f = findings
            .iter()
            .find(|f| f.id == "ipv6-broken")
            .expect("ipv6-broken");
        let fix = f.fix.join(" ");
        assert!(!fix.contains("router"), "{fix}");
        assert!(fix.contains("127.0.0.1"), "{fix}");
        // One of the machine's own addresses counts the same.
        let mut net = PanelReport::new(Panel::Network);
        net.network = Some(NetworkFacts {
            local: Some(LocalNetwork {
                default_routes: Vec::new(),
                addresses: vec![LocalAddress {
                    interface: Some("eth0".into()),
                    address: "2001:db8::5".into(),
                    family: crate::model::Family::Ipv6,
                    scope: crate::model::AddressScope::Global,
                }],
                vpn_interfaces: Vec::new(),
            }),
            ..NetworkFacts::default()
        });
        let mut plan = plan;
        plan.incoming = Some(Endpoint {
            host: "mail.example.org".into(),
            port: 110,
            security: Security::Starttls,
        });
        tcp6.target = Some("mail.example.org ipv6 [2001:db8::5]:110".into());
        tcp4.target = Some("mail.example.org ipv4 192.0.2.5:110".into());
        let state = RunState {
            panels: vec![
                net,
                mail_panel(
                    Panel::Incoming,
                    "mail.example.org",
                    110,
                    vec![tcp6, tcp4, ok(StepKind::Greeting)],
                ),
            ],
        };
        let ctx = Context::new(&plan, Lang::En, 1_750_000_000);
        let findings = super::super::diagnose(&state, &ctx);
        let f = findings.iter().find(|f| f.id == "ipv6-broken").unwrap();
        assert!(!f.fix.join(" ").contains("router"), "{:?}", f.fix);
    }

    #[test]
    fn binary_is_told_from_text() {
        assert!(looks_binary("\\x00\\x01\\x02\\xff\\xfe"));
        assert!(looks_binary("\\x89PNG\\r\\x1a\\n\\x00\\x00"));
        assert!(!looks_binary("+OK ready"));
        assert!(!looks_binary("220 mail ESMTP \\x1b"));
    }
}
