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

use std::fmt::Write;

use crate::account::{Endpoint, Plan};
use crate::finding::{Finding, Severity};
use crate::model::{
    Direction, Evidence, IoFailure, Panel, PanelReport, StepRecord, StepStatus, TlsFailure, TlsInfo,
};
use crate::report::Outcome;
use crate::report::text::status_mark;

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
    let mut out = String::new();
    let (symbol, word) = status_mark(outcome.status(), false);
    let _ = writeln!(out, "# mailtriage support report\n");
    let _ = writeln!(out, "- Result: **{symbol} {word}**");
    let _ = writeln!(out, "- Tool: {}", prose(&env.tool));
    let _ = writeln!(out, "- Operating system: {}", prose(&env.os));
    let _ = writeln!(out, "- Made: {}", prose(&env.generated_at));
    let _ = writeln!(
        out,
        "- What is recorded: every command this computer sent, with the parts that carry the \
         login (password, encoded login answers, APOP digest) shown as `***`; every reply the \
         servers sent, login answers included, as received. The password itself is never \
         recorded: wherever a server repeated it, it appears as `***`."
    );
    if private {
        let _ = writeln!(
            out,
            "- Private report: the user's own names and addresses (user name, e-mail addresses, \
             a domain and servers of the user's own, this computer's name and addresses) are \
             replaced by placeholders, the same name always by the same one. The public names \
             and addresses of a known provider's servers are kept."
        );
    }
    out.push('\n');
    settings(&mut out, plan, shown);
    errors(&mut out, outcome);
    findings(&mut out, &outcome.findings, outcome.state.any_failed());
    working_settings(&mut out, outcome);
    steps(&mut out, outcome);
    transcripts(&mut out, outcome);
    out
}

fn settings(out: &mut String, plan: &Plan, shown: &mut Shown<'_>) {
    let _ = writeln!(out, "## Settings\n");
    let mut endpoint = |out: &mut String, label: &str, ep: &Option<Endpoint>| match ep {
        Some(ep) => {
            let _ = writeln!(
                out,
                "- {label}: server {}, port {}, security {}",
                code(&shown(&ep.host)),
                ep.port,
                ep.security
            );
        }
        None => {
            let _ = writeln!(out, "- {label}: not configured");
        }
    };
    let incoming = format!("Incoming ({})", plan.incoming_protocol.as_str());
    endpoint(out, &incoming, &plan.incoming);
    endpoint(out, "Outgoing (SMTP)", &plan.outgoing);
    let _ = writeln!(
        out,
        "- User name: {}",
        plan.user
            .as_deref()
            .map_or("not given".into(), |u| code(&shown(u)))
    );
    if let Some(smtp_user) = plan.smtp_user.as_deref() {
        let _ = writeln!(out, "- User name for outgoing: {}", code(&shown(smtp_user)));
    }
    let _ = writeln!(
        out,
        "- Password: {}",
        if plan.password.is_some() {
            "given (not shown)"
        } else {
            "not given"
        }
    );
    if let Some(from) = &plan.from {
        let _ = writeln!(
            out,
            "- Sender for the dry run (MAIL FROM): {}",
            code(&shown(from))
        );
    }
    if let Some(to) = &plan.to {
        let _ = writeln!(
            out,
            "- Recipient for the dry run (RCPT TO): {}",
            code(&shown(to))
        );
    }
    for r in &plan.resolve {
        let _ = writeln!(
            out,
            "- Pinned address: {} port {} → {}",
            code(&shown(&r.host)),
            r.port,
            code(&shown(&r.addr.to_string()))
        );
    }
    let _ = writeln!(
        out,
        "- Extra trusted CA certificates: {}",
        if plan.extra_ca_pem.is_some() {
            "yes"
        } else {
            "no"
        }
    );
    let _ = writeln!(
        out,
        "- Deadline of each step: {} s",
        plan.step_timeout.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "- Password over an unencrypted connection allowed: {}\n",
        if plan.allow_plaintext_auth {
            "yes"
        } else {
            "no"
        }
    );
}

fn panel_name(panel: Panel) -> &'static str {
    match panel {
        Panel::Network => "Network",
        Panel::Incoming => "Incoming (POP3)",
        Panel::ImapBeside => "Incoming (IMAP)",
        Panel::Outgoing => "Outgoing (SMTP)",
    }
}

/// A panel's name with the protocol it spoke.
fn panel_label(p: &PanelReport) -> &'static str {
    match (p.panel, p.protocol) {
        (Panel::Incoming, Some(crate::account::Protocol::Imap)) => "Incoming (IMAP)",
        (panel, _) => panel_name(panel),
    }
}

fn step_name(s: &StepRecord) -> String {
    match &s.target {
        Some(t) => format!("{} {t}", s.step),
        None => s.step.to_string(),
    }
}

fn errors(out: &mut String, outcome: &Outcome) {
    let _ = writeln!(out, "## Errors\n");
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
                panel_label(p),
                code(&step_name(s)),
                s.status.as_str()
            );
            let _ = writeln!(out, "{}\n", code(&s.detail.english()));
            if let Some(e) = &s.evidence {
                out.push_str(&fenced(&evidence_text(e)));
                out.push('\n');
            }
        }
    }
    if !any {
        let _ = writeln!(out, "No step failed or warned.\n");
    }
}

/// Evidence as exact text, several lines where the server sent several.
fn evidence_text(e: &Evidence) -> String {
    match e {
        Evidence::Reply {
            sent: Some(sent),
            reply,
        } => format!("sent: {sent}\nreply:\n{reply}"),
        Evidence::Reply { sent: None, reply } => format!("reply:\n{reply}"),
        Evidence::Io { failure, message } => {
            format!("network error ({}): {message}", io_failure_name(*failure))
        }
        Evidence::Tls {
            failure,
            message,
            peer_bytes,
        } => {
            let mut t = format!("TLS error ({}): {message}", tls_failure_name(*failure));
            if let Some(b) = peer_bytes {
                let _ = write!(t, "\nthe server sent instead: {b}");
            }
            t
        }
        Evidence::SpeaksTls { how } => format!("the port speaks TLS: {how}"),
        Evidence::Declined { reason } => format!("not tried: {reason}"),
    }
}

fn io_failure_name(f: IoFailure) -> &'static str {
    match f {
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
    }
}

fn tls_failure_name(f: TlsFailure) -> &'static str {
    match f {
        TlsFailure::NotTls => "not-tls",
        TlsFailure::Malformed => "malformed",
        TlsFailure::UnexpectedBytes => "unexpected-bytes",
        TlsFailure::Alert => "alert",
        TlsFailure::ProtocolVersion => "protocol-version",
        TlsFailure::Certificate => "certificate",
        TlsFailure::Eof => "eof",
        TlsFailure::Timeout => "timeout",
        TlsFailure::Other => "other",
    }
}

/// The findings; "No problems found" only when nothing failed.
fn findings(out: &mut String, list: &[Finding], any_failed: bool) {
    let _ = writeln!(out, "## Findings\n");
    if list.is_empty() {
        let text = if any_failed {
            "A step failed; see the failed step above."
        } else {
            "No problems found."
        };
        let _ = writeln!(out, "{text}\n");
        return;
    }
    for (i, f) in list.iter().enumerate() {
        let label = match f.severity {
            Severity::Error => "ERROR",
            Severity::Warn => "WARNING",
            Severity::Info => "NOTE",
        };
        let _ = writeln!(
            out,
            "### {}. {label} {} ({}): {}\n",
            i + 1,
            code(&f.id),
            f.panel,
            prose(&f.title)
        );
        for line in f.explanation.lines().filter(|l| !l.trim().is_empty()) {
            let _ = writeln!(out, "{}  ", prose(line));
        }
        out.push('\n');
        if !f.fix.is_empty() {
            let _ = writeln!(out, "How to fix it:\n");
            for (n, step) in f.fix.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", n + 1, prose(step));
            }
            out.push('\n');
        }
        if !f.evidence.is_empty() {
            let _ = writeln!(out, "Evidence:\n");
            out.push_str(&fenced(&f.evidence.join("\n")));
            out.push('\n');
        }
    }
}

fn working_settings(out: &mut String, outcome: &Outcome) {
    if outcome.working_settings.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Settings that work instead\n");
    let _ = writeln!(
        out,
        "The configured connection failed; a scan of the same server found these working:\n"
    );
    for w in &outcome.working_settings {
        let _ = writeln!(
            out,
            "- {}: server {}, port {}, security {}",
            panel_name(w.panel),
            code(&w.host),
            w.port,
            w.security
        );
    }
    out.push('\n');
}

fn panel_heading(p: &PanelReport) -> String {
    let mut h = panel_label(p).to_string();
    if let Some(s) = &p.server {
        let _ = write!(h, ": {}:{}", code(&s.host), s.port);
        if let Some(a) = &s.address {
            let _ = write!(h, " at {}", code(a));
        }
    }
    if let Some(sec) = p.security {
        let _ = write!(h, ", security {sec}");
    }
    let _ = write!(h, " — {}", p.status.as_str());
    if let Some(ms) = p.elapsed_ms {
        let _ = write!(h, " in {ms:.1} ms");
    }
    h
}

fn steps(out: &mut String, outcome: &Outcome) {
    let _ = writeln!(out, "## Steps\n");
    if outcome.state.panels.is_empty() {
        let _ = writeln!(out, "No panel ran.\n");
    }
    for p in &outcome.state.panels {
        let _ = writeln!(out, "### {}\n", panel_heading(p));
        let mut block = String::new();
        for s in &p.steps {
            let (symbol, word) = status_mark(s.status, false);
            let _ = writeln!(
                block,
                "{symbol} {word:<7} {:<28} {:>9.1} ms  {}",
                step_name(s),
                s.elapsed_ms,
                s.detail
            );
            if let Some(e) = &s.evidence {
                for line in evidence_text(e).lines() {
                    let _ = writeln!(block, "      {line}");
                }
            }
        }
        if block.is_empty() {
            block.push_str("(no steps)\n");
        }
        out.push_str(&fenced(&block));
        out.push('\n');
        if let Some(tls) = &p.tls {
            tls_details(out, tls);
        }
        facts(out, p);
    }
}

fn tls_details(out: &mut String, tls: &TlsInfo) {
    let _ = writeln!(out, "TLS:\n");
    let _ = writeln!(out, "- Checked against: {}", code(&tls.server_name));
    if let Some(v) = &tls.version {
        let _ = writeln!(out, "- Version: {}", code(v));
    }
    if let Some(c) = &tls.cipher_suite {
        let _ = writeln!(out, "- Cipher suite: {}", code(c));
    }
    let _ = writeln!(
        out,
        "- Certificate: {} ({})",
        tls.verdict.as_str(),
        code(&tls.verdict_detail)
    );
    for (i, c) in tls.chain.iter().enumerate() {
        let mut names: Vec<&str> = c.dns_names.iter().map(String::as_str).collect();
        names.extend(c.ip_addresses.iter().map(String::as_str));
        let _ = writeln!(
            out,
            "- Certificate {}: subject {}, issuer {}, names {}, valid {} to {}",
            i + 1,
            code(&c.subject),
            code(&c.issuer),
            code(&names.join(" ")),
            code(&c.not_before),
            code(&c.not_after)
        );
        if !c.sha256_fingerprint.is_empty() {
            let _ = writeln!(
                out,
                "  SHA-256 fingerprint: {}",
                code(&c.sha256_fingerprint)
            );
        }
    }
    out.push('\n');
}

fn facts(out: &mut String, p: &PanelReport) {
    let f = &p.facts;
    let mut lines = Vec::new();
    if let Some(g) = &f.greeting {
        lines.push(format!("- Greeting: {}", code(g)));
    }
    if f.apop_offered {
        lines.push("- APOP offered: yes".to_string());
    }
    if !f.capabilities.is_empty() {
        lines.push(format!(
            "- Capabilities: {}",
            code(&f.capabilities.join(" | "))
        ));
    }
    if !f.auth_mechanisms.is_empty() {
        lines.push(format!(
            "- Login mechanisms offered: {}",
            code(&f.auth_mechanisms.join(" "))
        ));
    }
    if let Some(m) = &f.login_method {
        lines.push(format!("- Login method: {}", code(m)));
    }
    if let Some(ok) = f.login_ok {
        lines.push(format!(
            "- Login: {}",
            if ok { "accepted" } else { "refused" }
        ));
    }
    if let (Some(n), Some(octets)) = (f.message_count, f.mailbox_octets) {
        lines.push(format!("- Mailbox: {n} messages, {octets} octets"));
    }
    if let Some(ok) = f.uidl_ok {
        lines.push(format!("- UIDL: {}", if ok { "works" } else { "refused" }));
    }
    if let Some(a) = &f.client_address_seen {
        lines.push(format!("- The server sees this computer as: {}", code(a)));
    }
    if !lines.is_empty() {
        let _ = writeln!(out, "What the server said about itself:\n");
        for l in lines {
            let _ = writeln!(out, "{l}");
        }
        out.push('\n');
    }
}

fn transcripts(out: &mut String, outcome: &Outcome) {
    let _ = writeln!(out, "## Transcripts\n");
    let _ = writeln!(
        out,
        "`C:` what this computer sent, `S:` what the server sent, `--` notes of the tool. \
         Times are in milliseconds since the panel started.\n"
    );
    for p in &outcome.state.panels {
        if p.transcript.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", panel_label(p));
        let mut block = String::new();
        for line in &p.transcript {
            let dir = match line.dir {
                Direction::Sent => "C:",
                Direction::Received => "S:",
                Direction::Info => "--",
            };
            let text = line.text.english().replace('\n', "\n              ");
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
