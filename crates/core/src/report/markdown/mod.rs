//! The support report (`check --report FILE.md`, and the dashboard's save key): everything a
//! second-level technician needs in one Markdown file — the result, the settings, the exact error
//! texts, the findings with their fixes, every step with its timing, and the transcripts.
//!
//! Server text is shown only inside code spans and fenced blocks whose fences are longer than any
//! run of backticks in it, so a hostile server cannot change the report's structure. A private
//! report ([`render`] with `private`) replaces the user's own host names, IP addresses and
//! e-mail addresses by stable placeholders everywhere, transcripts and evidence included, and
//! keeps the known providers' public server names ([`PublicNames`]). Passwords are never part
//! of the observations; as a last guard, any form of the password that still turned up would be
//! replaced by `***`.

use std::borrow::Cow;
use std::fmt::Write;

use fluent_bundle::FluentValue;

use crate::account::{Endpoint, Plan};
use crate::finding::{Finding, Lang};
use crate::i18n;
use crate::model::{
    Direction, Evidence, IoFailure, Panel, PanelReport, StepRecord, StepStatus, TlsFailure, TlsInfo,
};
use crate::report::Outcome;
use crate::report::text::{
    arg, panel_word, security_word, severity_label, status_mark, status_word,
};

/// Where and when the report was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportEnv {
    /// `mailtriage 0.1.0`.
    pub tool: String,
    /// Operating system, architecture and, where known, the distribution and kernel.
    pub os: String,
    /// RFC 3339, UTC.
    pub generated_at: String,
    /// This computer's host name, hidden in a private report.
    pub machine_name: Option<String>,
}

/// Render the support report for this machine, now. With `private`, the user's own names and
/// addresses are replaced by placeholders (`host-1`, `192.0.2.1`, `user-1@host-2`); the
/// providers' public server names stay (see [`PublicNames`]).
pub fn render(outcome: &Outcome, plan: &Plan, private: bool) -> String {
    render_with(outcome, plan, private, &ReportEnv::current())
}

/// [`render`] with the environment given, so the output can be checked exactly.
pub fn render_with(outcome: &Outcome, plan: &Plan, private: bool, env: &ReportEnv) -> String {
    let doc = if private {
        // Each recorded text first, so that columns line up with the placeholders; then the
        // whole document, so that nothing added later can slip past.
        let mut redactor = Redactor::new(plan, &PUBLIC_NAMES, env.machine_name.as_deref());
        let shown = redactor.outcome(outcome);
        let doc = document(&shown, plan, true, env, &mut |s| redactor.apply(s));
        redactor.apply(&doc)
    } else {
        document(outcome, plan, false, env, &mut |s| s.to_string())
    };
    scrub_secrets(&doc, plan)
}

/// How a configured name is shown: as it is, or by its placeholder.
type Shown<'a> = dyn FnMut(&str) -> String + 'a;

/// Replace every form of the password by `***`, with the same search the probe uses on every
/// event. The observations never hold it; this keeps a report safe even if a future change let
/// one slip through.
fn scrub_secrets(doc: &str, plan: &Plan) -> String {
    plan.secret_forms().scrub(doc).into_owned()
}

fn document(
    outcome: &Outcome,
    plan: &Plan,
    private: bool,
    env: &ReportEnv,
    shown: &mut Shown<'_>,
) -> String {
    let lang = outcome.lang;
    let mut out = String::new();
    let (symbol, _) = status_mark(outcome.status(), false);
    let word = status_word(outcome.status(), lang);
    let _ = writeln!(out, "# {}\n", t(lang, "report-md-title"));
    let _ = writeln!(
        out,
        "- {}: **{symbol} {word}**",
        t(lang, "report-md-result")
    );
    let _ = writeln!(out, "- {}: {}", t(lang, "report-md-tool"), prose(&env.tool));
    let _ = writeln!(out, "- {}: {}", t(lang, "report-md-os"), prose(&env.os));
    let _ = writeln!(
        out,
        "- {}: {}",
        t(lang, "report-md-made"),
        prose(&env.generated_at)
    );
    let _ = writeln!(out, "- {}", t(lang, "report-md-recorded"));
    if private {
        let _ = writeln!(out, "- {}", t(lang, "report-md-private"));
    }
    out.push('\n');
    settings(&mut out, plan, shown, lang);
    errors(&mut out, outcome);
    findings(
        &mut out,
        &outcome.findings,
        outcome.state.any_failed(),
        lang,
    );
    working_settings(&mut out, outcome);
    steps(&mut out, outcome);
    transcripts(&mut out, outcome);
    out
}

fn settings(out: &mut String, plan: &Plan, shown: &mut Shown<'_>, lang: Lang) {
    let _ = writeln!(out, "## {}\n", t(lang, "report-md-settings"));
    let mut endpoint = |out: &mut String, label: &str, ep: &Option<Endpoint>| match ep {
        Some(ep) => {
            let _ = writeln!(
                out,
                "- {}",
                tw(
                    lang,
                    "report-md-endpoint",
                    &[
                        arg("label", label),
                        arg("host", code(&shown(&ep.host))),
                        arg("port", ep.port.to_string()),
                        arg("security", security_word(ep.security, lang)),
                    ],
                )
            );
        }
        None => {
            let _ = writeln!(
                out,
                "- {}",
                tw(lang, "report-md-endpoint-none", &[arg("label", label)])
            );
        }
    };
    let incoming = tw(
        lang,
        "report-md-panel-incoming",
        &[arg("protocol", plan.incoming_protocol.as_str())],
    );
    endpoint(out, &incoming, &plan.incoming);
    endpoint(out, &t(lang, "report-md-panel-outgoing"), &plan.outgoing);
    let _ = writeln!(
        out,
        "- {}: {}",
        t(lang, "report-md-user"),
        plan.user
            .as_deref()
            .map_or(t(lang, "report-md-not-given"), |u| code(&shown(u)).into())
    );
    if let Some(smtp_user) = plan.smtp_user.as_deref() {
        let _ = writeln!(
            out,
            "- {}: {}",
            t(lang, "report-md-smtp-user"),
            code(&shown(smtp_user))
        );
    }
    let _ = writeln!(
        out,
        "- {}: {}",
        t(lang, "report-md-password"),
        if plan.password.is_some() {
            t(lang, "report-md-given-not-shown")
        } else {
            t(lang, "report-md-not-given")
        }
    );
    if plan.oauth2_token.is_some() {
        let _ = writeln!(
            out,
            "- {}: {}",
            t(lang, "report-md-oauth2-token"),
            t(lang, "report-md-given-not-shown")
        );
    }
    if let Some(from) = &plan.from {
        let _ = writeln!(
            out,
            "- {}: {}",
            t(lang, "report-md-dry-run-sender"),
            code(&shown(from))
        );
    }
    if let Some(to) = &plan.to {
        let _ = writeln!(
            out,
            "- {}: {}",
            t(lang, "report-md-dry-run-recipient"),
            code(&shown(to))
        );
    }
    for r in &plan.resolve {
        let _ = writeln!(
            out,
            "- {}",
            tw(
                lang,
                "report-md-pinned",
                &[
                    arg("host", code(&shown(&r.host))),
                    arg("port", r.port.to_string()),
                    arg("address", code(&shown(&r.addr.to_string()))),
                ],
            )
        );
    }
    let _ = writeln!(
        out,
        "- {}: {}",
        t(lang, "report-md-extra-ca"),
        yes_no(plan.extra_ca_pem.is_some(), lang)
    );
    let _ = writeln!(
        out,
        "- {}: {} s",
        t(lang, "report-md-step-deadline"),
        plan.step_timeout.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "- {}: {}\n",
        t(lang, "report-md-plaintext-allowed"),
        yes_no(plan.allow_plaintext_auth, lang)
    );
}

fn t(lang: Lang, key: &str) -> Cow<'static, str> {
    i18n::text(lang, key)
}

fn tw(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    i18n::text_with(lang, key, args)
}

fn yes_no(yes: bool, lang: Lang) -> Cow<'static, str> {
    t(lang, if yes { "report-md-yes" } else { "report-md-no" })
}

fn panel_name(panel: Panel, lang: Lang) -> String {
    let incoming = |protocol: &str| {
        tw(
            lang,
            "report-md-panel-incoming",
            &[arg("protocol", protocol.to_string())],
        )
    };
    match panel {
        Panel::Network => t(lang, "report-md-panel-network").into_owned(),
        Panel::Incoming => incoming("POP3"),
        Panel::ImapBeside => incoming("IMAP"),
        Panel::Outgoing => t(lang, "report-md-panel-outgoing").into_owned(),
    }
}

/// A panel's name with the protocol it spoke.
fn panel_label(p: &PanelReport, lang: Lang) -> String {
    match (p.panel, p.protocol) {
        (Panel::Incoming, Some(crate::account::Protocol::Imap)) => {
            panel_name(Panel::ImapBeside, lang)
        }
        (panel, _) => panel_name(panel, lang),
    }
}

fn step_name(s: &StepRecord, lang: Lang) -> String {
    let label = s.step.label(lang);
    match &s.target {
        Some(t) => format!("{label} {t}"),
        None => label.into_owned(),
    }
}

fn errors(out: &mut String, outcome: &Outcome) {
    let lang = outcome.lang;
    let _ = writeln!(out, "## {}\n", t(lang, "report-md-errors"));
    let mut any = false;
    for p in &outcome.state.panels {
        for s in &p.steps {
            if !matches!(s.status, StepStatus::Failed | StepStatus::Warn) {
                continue;
            }
            any = true;
            let _ = writeln!(
                out,
                "### {}: {} {}\n",
                panel_label(p, lang),
                code(&step_name(s, lang)),
                status_word(s.status, lang)
            );
            let _ = writeln!(out, "{}\n", code(&s.detail.render(lang)));
            if let Some(e) = &s.evidence {
                out.push_str(&fenced(&evidence_text(e, lang)));
                out.push('\n');
            }
        }
    }
    if !any {
        let _ = writeln!(out, "{}\n", t(lang, "report-md-no-errors"));
    }
}

/// Evidence as exact text, several lines where the server sent several.
fn evidence_text(e: &Evidence, lang: Lang) -> String {
    match e {
        Evidence::Reply {
            sent: Some(sent),
            reply,
        } => tw(
            lang,
            "report-md-sent-reply",
            &[arg("sent", sent.as_str()), arg("reply", reply.as_str())],
        ),
        Evidence::Reply { sent: None, reply } => {
            tw(lang, "report-md-reply", &[arg("reply", reply.as_str())])
        }
        Evidence::Io { failure, message } => tw(
            lang,
            "report-md-network-error",
            &[
                arg("failure", io_failure_name(*failure, lang)),
                arg("message", message.render(lang)),
            ],
        ),
        Evidence::Tls {
            failure,
            message,
            peer_bytes,
        } => {
            let mut t = tw(
                lang,
                "report-md-tls-error",
                &[
                    arg("failure", tls_failure_name(*failure, lang)),
                    arg("message", message.render(lang)),
                ],
            );
            if let Some(b) = peer_bytes {
                t.push('\n');
                t.push_str(&tw(
                    lang,
                    "report-md-sent-instead",
                    &[arg("bytes", b.as_str())],
                ));
            }
            t
        }
        Evidence::SpeaksTls { how } => tw(
            lang,
            "report-md-speaks-tls",
            &[arg("how", how.render(lang))],
        ),
        Evidence::Declined { reason } => tw(
            lang,
            "report-md-not-tried",
            &[arg("reason", reason.render(lang))],
        ),
    }
}

fn io_failure_name(f: IoFailure, lang: Lang) -> Cow<'static, str> {
    let id = match f {
        IoFailure::Refused => "refused",
        IoFailure::Timeout => "timeout",
        IoFailure::Reset => "reset",
        IoFailure::Closed => "closed",
        IoFailure::Unreachable => "unreachable",
        IoFailure::NotFound => "not-found",
        IoFailure::ResolverFailed => "resolver-failed",
        IoFailure::TooLong => "too-long",
        IoFailure::Incomplete => "incomplete",
        IoFailure::Protocol => "protocol",
        IoFailure::Other => "other",
    };
    t(lang, &format!("report-io-{id}"))
}

fn tls_failure_name(f: TlsFailure, lang: Lang) -> Cow<'static, str> {
    let id = match f {
        TlsFailure::NotTls => "not-tls",
        TlsFailure::Malformed => "malformed",
        TlsFailure::UnexpectedBytes => "unexpected-bytes",
        TlsFailure::Alert => "alert",
        TlsFailure::ProtocolVersion => "protocol-version",
        TlsFailure::Certificate => "certificate",
        TlsFailure::Eof => "eof",
        TlsFailure::Timeout => "timeout",
        TlsFailure::Other => "other",
    };
    t(lang, &format!("report-tls-{id}"))
}

/// The findings; "No problems found" only when nothing failed.
fn findings(out: &mut String, list: &[Finding], any_failed: bool, lang: Lang) {
    let _ = writeln!(out, "## {}\n", t(lang, "report-md-findings"));
    if list.is_empty() {
        let text = if any_failed {
            t(lang, "report-a-step-failed")
        } else {
            t(lang, "report-no-problems")
        };
        let _ = writeln!(out, "{text}\n");
        return;
    }
    for (i, f) in list.iter().enumerate() {
        let label = severity_label(f.severity, lang);
        let _ = writeln!(
            out,
            "### {}. {label} {} ({}): {}\n",
            i + 1,
            code(&f.id),
            panel_word(f.panel, lang),
            prose(&f.title)
        );
        for line in f.explanation.lines().filter(|l| !l.trim().is_empty()) {
            let _ = writeln!(out, "{}  ", prose(line));
        }
        out.push('\n');
        if !f.fix.is_empty() {
            let _ = writeln!(out, "{}\n", t(lang, "report-md-how-to-fix"));
            for (n, step) in f.fix.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", n + 1, prose(step));
            }
            out.push('\n');
        }
        if !f.evidence.is_empty() {
            let _ = writeln!(out, "{}\n", t(lang, "report-md-evidence"));
            out.push_str(&fenced(&f.evidence.join("\n")));
            out.push('\n');
        }
    }
}

fn working_settings(out: &mut String, outcome: &Outcome) {
    if outcome.working_settings.is_empty() {
        return;
    }
    let lang = outcome.lang;
    let _ = writeln!(out, "## {}\n", t(lang, "report-md-works-instead"));
    let _ = writeln!(out, "{}\n", t(lang, "report-md-works-instead-intro"));
    for w in &outcome.working_settings {
        let _ = writeln!(
            out,
            "- {}",
            tw(
                lang,
                "report-md-endpoint",
                &[
                    arg("label", panel_name(w.panel, lang)),
                    arg("host", code(&w.host)),
                    arg("port", w.port.to_string()),
                    arg("security", security_word(w.security, lang)),
                ],
            )
        );
    }
    out.push('\n');
}

fn panel_heading(p: &PanelReport, lang: Lang) -> String {
    let mut h = panel_label(p, lang);
    if let Some(s) = &p.server {
        let _ = write!(h, ": {}:{}", code(&s.host), s.port);
        if let Some(a) = &s.address {
            let at = tw(lang, "report-md-at-address", &[arg("address", code(a))]);
            let _ = write!(h, " {at}");
        }
    }
    if let Some(sec) = p.security {
        let security = tw(
            lang,
            "report-md-security",
            &[arg("security", security_word(sec, lang))],
        );
        let _ = write!(h, ", {security}");
    }
    let _ = write!(h, " — {}", status_word(p.status, lang));
    if let Some(ms) = p.elapsed_ms {
        let took = tw(lang, "report-md-took", &[arg("ms", format!("{ms:.1}"))]);
        let _ = write!(h, " {took}");
    }
    h
}

fn steps(out: &mut String, outcome: &Outcome) {
    let lang = outcome.lang;
    let _ = writeln!(out, "## {}\n", t(lang, "report-md-steps"));
    if outcome.state.panels.is_empty() {
        let _ = writeln!(out, "{}\n", t(lang, "report-md-no-panel"));
    }
    for p in &outcome.state.panels {
        let _ = writeln!(out, "### {}\n", panel_heading(p, lang));
        let mut block = String::new();
        for s in &p.steps {
            let (symbol, _) = status_mark(s.status, false);
            let word = status_word(s.status, lang);
            let _ = writeln!(
                block,
                "{symbol} {word:<7} {:<28} {:>9.1} ms  {}",
                step_name(s, lang),
                s.elapsed_ms,
                s.detail.render(lang)
            );
            if let Some(e) = &s.evidence {
                for line in evidence_text(e, lang).lines() {
                    let _ = writeln!(block, "      {line}");
                }
            }
        }
        if block.is_empty() {
            let _ = writeln!(block, "{}", t(lang, "report-md-no-steps"));
        }
        out.push_str(&fenced(&block));
        out.push('\n');
        if let Some(tls) = &p.tls {
            tls_details(out, tls, lang);
        }
        facts(out, p, lang);
    }
}

fn tls_details(out: &mut String, tls: &TlsInfo, lang: Lang) {
    let _ = writeln!(out, "TLS:\n");
    let _ = writeln!(
        out,
        "- {}: {}",
        t(lang, "report-md-checked-against"),
        code(&tls.server_name)
    );
    if let Some(v) = &tls.version {
        let _ = writeln!(out, "- {}: {}", t(lang, "report-md-tls-version"), code(v));
    }
    if let Some(c) = &tls.cipher_suite {
        let _ = writeln!(out, "- {}: {}", t(lang, "report-md-cipher-suite"), code(c));
    }
    let _ = writeln!(
        out,
        "- {}: {} ({})",
        t(lang, "report-md-certificate"),
        t(lang, &format!("report-cert-{}", tls.verdict.as_str())),
        code(&tls.verdict_detail.render(lang))
    );
    for (i, c) in tls.chain.iter().enumerate() {
        let mut names: Vec<&str> = c.dns_names.iter().map(String::as_str).collect();
        names.extend(c.ip_addresses.iter().map(String::as_str));
        let _ = writeln!(
            out,
            "- {}",
            tw(
                lang,
                "report-md-chain-certificate",
                &[
                    arg("n", (i + 1).to_string()),
                    arg("subject", code(&c.subject)),
                    arg("issuer", code(&c.issuer)),
                    arg("names", code(&names.join(" "))),
                    arg("from", code(&c.not_before)),
                    arg("until", code(&c.not_after)),
                ],
            )
        );
        if !c.sha256_fingerprint.is_empty() {
            let _ = writeln!(
                out,
                "  {}: {}",
                t(lang, "report-md-fingerprint"),
                code(&c.sha256_fingerprint)
            );
        }
    }
    out.push('\n');
}

fn facts(out: &mut String, p: &PanelReport, lang: Lang) {
    let f = &p.facts;
    let mut lines = Vec::new();
    let mut fact = |key: &str, value: &str| {
        lines.push(format!("- {}: {value}", t(lang, key)));
    };
    if let Some(g) = &f.greeting {
        fact("report-md-greeting", &code(g));
    }
    if f.apop_offered {
        fact("report-md-apop-offered", &t(lang, "report-md-yes"));
    }
    if !f.capabilities.is_empty() {
        fact("report-md-capabilities", &code(&f.capabilities.join(" | ")));
    }
    if !f.auth_mechanisms.is_empty() {
        fact(
            "report-md-mechanisms-offered",
            &code(&f.auth_mechanisms.join(" ")),
        );
    }
    if let Some(m) = &f.login_method {
        fact("report-md-login-method", &code(m));
    }
    if let Some(ok) = f.login_ok {
        let word = if ok {
            "report-md-accepted"
        } else {
            "report-md-refused"
        };
        fact("report-md-login", &t(lang, word));
    }
    if let (Some(n), Some(octets)) = (f.message_count, f.mailbox_octets) {
        let size = tw(
            lang,
            "report-md-mailbox-size",
            &[
                arg("messages", n.to_string()),
                arg("octets", octets.to_string()),
            ],
        );
        fact("report-md-mailbox", &size);
    }
    if let Some(ok) = f.uidl_ok {
        let word = if ok {
            "report-md-works"
        } else {
            "report-md-refused"
        };
        fact("report-md-uidl", &t(lang, word));
    }
    if let Some(a) = &f.client_address_seen {
        fact("report-md-client-address-seen", &code(a));
    }
    if !lines.is_empty() {
        let _ = writeln!(out, "{}\n", t(lang, "report-md-facts"));
        for l in lines {
            let _ = writeln!(out, "{l}");
        }
        out.push('\n');
    }
}

fn transcripts(out: &mut String, outcome: &Outcome) {
    let lang = outcome.lang;
    let _ = writeln!(out, "## {}\n", t(lang, "report-md-transcripts"));
    let _ = writeln!(out, "{}\n", t(lang, "report-md-transcripts-intro"));
    for p in &outcome.state.panels {
        if p.transcript.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", panel_label(p, lang));
        let mut block = String::new();
        for line in &p.transcript {
            let dir = match line.dir {
                Direction::Sent => "C:",
                Direction::Received => "S:",
                Direction::Info => "--",
            };
            let text = line.text.render(lang).replace('\n', "\n              ");
            let _ = writeln!(block, "{:>9.1}  {dir} {text}", line.offset_ms);
        }
        out.push_str(&fenced(&block));
        out.push('\n');
    }
}

/// Longest run of backticks in `s`.
fn longest_backtick_run(s: &str) -> usize {
    s.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

/// `s` as an inline code span that nothing in `s` can end early.
fn code(s: &str) -> String {
    let s = one_line(s);
    if s.is_empty() {
        return "(empty)".into();
    }
    let ticks = "`".repeat(longest_backtick_run(&s) + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{s}{pad}{ticks}")
}

/// Text shown as words, not as Markdown: a finding's sentences quote names and texts a server
/// chose (a certificate issuer, a blocklist's answer), so nothing in them may become a link, an
/// image, HTML, emphasis, a table or a new block. Every character Markdown gives a meaning is
/// escaped with a backslash, and so are the starts of bare links (`://`, `www.`, `@`) that some
/// renderers turn into links by themselves. The text stays on one line.
fn prose(s: &str) -> String {
    let s = one_line(s);
    let s = s.trim_start();
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let rest = &chars[i + 1..];
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '!' | '|' | '#' | '~' | '&' | '@' | '$' => {
                true
            }
            // Inside a word an underscore never starts emphasis.
            '_' => {
                !(i > 0
                    && chars[i - 1].is_alphanumeric()
                    && rest.first().is_some_and(|n| n.is_alphanumeric()))
            }
            ':' => rest.starts_with(&['/', '/']),
            '.' => i >= 3 && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w')),
            // At the start, these would open a list, a heading underline or a quote.
            '-' | '+' | '=' => i == 0,
            ')' => chars[..i].iter().all(char::is_ascii_digit) && i > 0,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        // `1.` at the start would open a numbered list.
        if i + 1 < chars.len()
            && chars[i + 1] == '.'
            && chars[..=i].iter().all(char::is_ascii_digit)
        {
            out.push('\\');
        }
    }
    out
}

/// Line breaks shown as ` | `, for text that must stay on one line.
fn one_line(s: &str) -> String {
    s.replace("\r\n", " | ").replace(['\n', '\r'], " | ")
}

/// `body` as a fenced code block that nothing in `body` can close early.
fn fenced(body: &str) -> String {
    let fence = "`".repeat((longest_backtick_run(body) + 1).max(3));
    let mut out = format!("{fence}text\n{body}");
    if !body.ends_with('\n') {
        out.push('\n');
    }
    let _ = writeln!(out, "{fence}");
    out
}

mod machine;
mod private;

use private::Redactor;
pub use private::{PUBLIC_NAMES, PublicNames};

#[cfg(test)]
mod tests;
