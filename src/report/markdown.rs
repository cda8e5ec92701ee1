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

use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::account::{Endpoint, Plan};
use crate::finding::{Finding, Severity};
use crate::model::AddressScope;
use crate::model::{
    Direction, Evidence, IoFailure, Panel, PanelReport, StepRecord, StepStatus, TlsFailure, TlsInfo,
};
use crate::preset::Presets;
use crate::report::Outcome;
use crate::report::text::status_mark;
use crate::sanitize::sanitize_str;

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

impl ReportEnv {
    /// This machine, now.
    pub fn current() -> ReportEnv {
        let generated_at = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|_| "unknown".into());
        ReportEnv {
            tool: format!("mailtriage {}", env!("CARGO_PKG_VERSION")),
            os: os_description(),
            generated_at,
            machine_name: std::fs::read_to_string("/proc/sys/kernel/hostname")
                .or_else(|_| std::fs::read_to_string("/etc/hostname"))
                .ok()
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty()),
        }
    }
}

/// `linux x86_64 (Debian GNU/Linux 12 (bookworm), kernel 6.1.0-18-amd64)`.
fn os_description() -> String {
    let mut out = format!("{} {}", std::env::consts::OS, std::env::consts::ARCH);
    let mut extra = Vec::new();
    if let Ok(release) = std::fs::read_to_string("/etc/os-release")
        && let Some(name) = release.lines().find_map(|l| l.strip_prefix("PRETTY_NAME="))
    {
        extra.push(sanitize_str(name.trim().trim_matches('"')));
    }
    if let Ok(kernel) = std::fs::read_to_string("/proc/sys/kernel/osrelease") {
        extra.push(format!("kernel {}", sanitize_str(kernel.trim())));
    }
    if !extra.is_empty() {
        let _ = write!(out, " ({})", extra.join(", "));
    }
    out
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
    endpoint(out, "Incoming (POP3)", &plan.incoming);
    endpoint(out, "Outgoing (SMTP)", &plan.outgoing);
    let _ = writeln!(
        out,
        "- User name: {}",
        plan.user
            .as_deref()
            .map_or("not given".into(), |u| code(&shown(u)))
    );
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
        Panel::Outgoing => "Outgoing (SMTP)",
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
                panel_name(p.panel),
                code(&step_name(s)),
                s.status.as_str()
            );
            let _ = writeln!(out, "{}\n", code(&s.detail));
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
    let mut h = panel_name(p.panel).to_string();
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
        let _ = writeln!(out, "### {}\n", panel_name(p.panel));
        let mut block = String::new();
        for line in &p.transcript {
            let dir = match line.dir {
                Direction::Sent => "C:",
                Direction::Received => "S:",
                Direction::Info => "--",
            };
            let text = line.text.replace('\n', "\n              ");
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

/// Stable placeholders for one kind of name: the first one seen is number 1, and so on.
#[derive(Default)]
struct Placeholders {
    numbers: HashMap<String, usize>,
}

impl Placeholders {
    fn number(&mut self, key: &str) -> usize {
        let next = self.numbers.len() + 1;
        *self.numbers.entry(key.to_string()).or_insert(next)
    }

    fn known(&self, key: &str) -> Option<usize> {
        self.numbers.get(key).copied()
    }
}

/// Names that are public knowledge: every server host and e-mail domain of the built-in
/// presets (the provider database). A private report keeps them: they tell a provider's support
/// which servers were used and give nothing of the user away.
pub struct PublicNames {
    /// Lower-case names kept wherever they appear.
    exact: HashSet<String>,
    /// Domains a provider owns: its e-mail domains and the parents of its server names
    /// (`gmail.com` from `pop.gmail.com`). A configured server under one belongs to it.
    provider_domains: Vec<String>,
}

impl PublicNames {
    pub fn of(presets: &Presets) -> PublicNames {
        let mut exact = HashSet::new();
        let mut provider_domains = Vec::new();
        for p in presets.all() {
            for domain in &p.domains {
                exact.insert(domain.to_ascii_lowercase());
                provider_domains.push(domain.to_ascii_lowercase());
            }
            for host in p.server_hosts() {
                let host = host.to_ascii_lowercase();
                if let Some((_, parent)) = host.split_once('.')
                    && parent.contains('.')
                {
                    provider_domains.push(parent.to_string());
                }
                exact.insert(host);
            }
        }
        provider_domains.sort();
        provider_domains.dedup();
        PublicNames {
            exact,
            provider_domains,
        }
    }

    /// True when a preset names `name` itself.
    pub fn is_named(&self, name: &str) -> bool {
        self.exact
            .contains(&name.trim_end_matches('.').to_ascii_lowercase())
    }

    /// True when `host` is named by a preset or lies under a provider's domain
    /// (`pop.googlemail.com`).
    pub fn belongs_to_provider(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.is_named(&host)
            || self.provider_domains.iter().any(|d| {
                host.strip_suffix(d.as_str())
                    .is_some_and(|rest| rest.ends_with('.'))
            })
    }
}

/// The built-in presets' public names.
pub static PUBLIC_NAMES: LazyLock<PublicNames> =
    LazyLock::new(|| PublicNames::of(&Presets::embedded()));

/// Replaces the user's own host names, IP addresses and e-mail addresses in a whole document,
/// keeping the providers' public ones.
struct Redactor {
    /// Lower-case host names kept as they are.
    public_hosts: HashSet<String>,
    /// Addresses of public servers kept as they are (global ones only).
    public_ips: HashSet<IpAddr>,
    hosts: Placeholders,
    ipv4: Placeholders,
    ipv6: Placeholders,
    users: Placeholders,
    /// A user name that is not an e-mail address, replaced as a whole word.
    plain_user: Option<String>,
    /// Host names without a dot, which the generic pattern does not catch.
    single_label_hosts: Vec<String>,
    /// Address placeholders handed out, so that a second pass leaves them as they are.
    produced: HashSet<String>,
    /// [`Redactor::words_pattern`] of the names above.
    words: Option<Regex>,
}

/// Candidates for IPv6 addresses: hex digits, colons and dots around at least one colon.
static IPV6: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*").expect("constant pattern"));

static IPV4: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b").expect("constant pattern")
});

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    // In a finding's words the `@` is escaped (`ana\@example.org`).
    Regex::new(r"[A-Za-z0-9._%+'-]+(\\?)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)")
        .expect("constant pattern")
});

/// A URL (kept, apart from known hosts in it; in a finding's words its `://` is escaped) or a
/// dotted host name.
static HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(https?\\?://[^\s<>()\[\]`'\x22]+)|\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?)\b",
    )
    .expect("constant pattern")
});

/// True for text an earlier pass already put in (`host-3`) or an address (already replaced).
fn is_placeholder_or_address(domain: &str) -> bool {
    domain.parse::<IpAddr>().is_ok() || is_numbered("host-", domain)
}

/// `host-12` for prefix `host-`.
fn is_numbered(prefix: &str, text: &str) -> bool {
    text.strip_prefix(prefix)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

impl Redactor {
    /// Seed the placeholders with the configured servers and user, so that the incoming server
    /// is `host-1` and the user `user-1` wherever they appear. A configured server that belongs
    /// to a known provider, and a user's domain that is a provider's, stay public.
    fn new(plan: &Plan, public: &PublicNames, machine_name: Option<&str>) -> Redactor {
        let mut r = Redactor {
            public_hosts: public.exact.clone(),
            public_ips: HashSet::new(),
            hosts: Placeholders::default(),
            ipv4: Placeholders::default(),
            ipv6: Placeholders::default(),
            users: Placeholders::default(),
            plain_user: None,
            single_label_hosts: Vec::new(),
            produced: HashSet::new(),
            words: None,
        };
        let hosts = [&plan.incoming, &plan.outgoing]
            .into_iter()
            .flatten()
            .map(|e| e.host.as_str())
            .chain(plan.resolve.iter().map(|o| o.host.as_str()));
        for host in hosts {
            match host.parse::<IpAddr>() {
                Ok(IpAddr::V4(a)) => {
                    r.ipv4.number(&a.to_string());
                }
                Ok(IpAddr::V6(a)) => {
                    r.ipv6.number(&a.to_string());
                }
                Err(_) if public.belongs_to_provider(host) => {
                    r.public_hosts.insert(host.to_ascii_lowercase());
                }
                Err(_) => {
                    let key = host.to_ascii_lowercase();
                    r.hosts.number(&key);
                    if !key.contains('.') && !key.is_empty() {
                        r.single_label_hosts.push(host.to_string());
                    }
                }
            }
        }
        if let Some(user) = plan.user.as_deref().filter(|u| !u.is_empty()) {
            match user.rsplit_once('@') {
                Some((local, domain)) => {
                    r.users.number(local);
                    let domain = domain.to_ascii_lowercase();
                    if public.belongs_to_provider(&domain) {
                        r.public_hosts.insert(domain);
                    } else {
                        r.hosts.number(&domain);
                    }
                }
                None => {
                    r.users.number(user);
                    r.plain_user = Some(user.to_string());
                }
            }
        }
        // This computer's name, whole and as its first label.
        if let Some(name) = machine_name
            .map(str::trim)
            .filter(|n| !n.is_empty() && !n.eq_ignore_ascii_case("localhost"))
        {
            let key = name.to_ascii_lowercase();
            r.public_hosts.remove(&key);
            r.hosts.number(&key);
            let first = name.split('.').next().unwrap_or(name);
            if !first.is_empty() && !r.single_label_hosts.iter().any(|h| h == first) {
                r.single_label_hosts.push(first.to_string());
            }
        }
        r.words = Self::words_pattern(&r.single_label_hosts, r.plain_user.as_deref());
        r
    }

    fn is_public_host(&self, name: &str) -> bool {
        self.public_hosts.contains(&name.to_ascii_lowercase())
    }

    fn host(&mut self, name: &str) -> String {
        format!("host-{}", self.hosts.number(&name.to_ascii_lowercase()))
    }

    fn ipv4(&mut self, addr: Ipv4Addr) -> String {
        let text = addr.to_string();
        if self.produced.contains(&text) || self.public_ips.contains(&IpAddr::V4(addr)) {
            return text;
        }
        let n = self.ipv4.number(&text);
        let placeholder = match n {
            1..=254 => format!("192.0.2.{n}"),
            255..=508 => format!("198.51.100.{}", n - 254),
            509..=762 => format!("203.0.113.{}", n - 508),
            _ => format!("ipv4-{n}"),
        };
        self.produced.insert(placeholder.clone());
        placeholder
    }

    fn ipv6(&mut self, addr: Ipv6Addr) -> String {
        let text = addr.to_string();
        if self.produced.contains(&text) || self.public_ips.contains(&IpAddr::V6(addr)) {
            return text;
        }
        let placeholder = format!("2001:db8::{:x}", self.ipv6.number(&text));
        self.produced.insert(placeholder.clone());
        placeholder
    }

    /// The outcome with every recorded text redacted: servers, steps, evidence, TLS details,
    /// facts, transcripts and findings. (A text this walk misses is still caught by the pass
    /// over the whole document; only its column may then be off.)
    fn outcome(&mut self, outcome: &Outcome) -> Outcome {
        let mut shown = outcome.clone();
        // The global address a public server was reached at is public too; a loopback or
        // private one says something about this computer's network, and is hidden.
        for p in &shown.state.panels {
            if let Some(server) = &p.server
                && self.is_public_host(&server.host)
                && let Some(addr) = server.address.as_deref().and_then(|a| a.parse().ok())
                && AddressScope::of(addr) == AddressScope::Global
            {
                self.public_ips.insert(addr);
            }
        }
        for p in &mut shown.state.panels {
            if let Some(server) = &mut p.server {
                self.each(&mut [&mut server.host]);
                self.each_opt(&mut [&mut server.address]);
            }
            for step in &mut p.steps {
                self.each(&mut [&mut step.detail]);
                self.each_opt(&mut [&mut step.target]);
                if let Some(e) = &mut step.evidence {
                    self.evidence(e);
                }
            }
            if let Some(tls) = &mut p.tls {
                self.each(&mut [&mut tls.server_name, &mut tls.verdict_detail]);
                for c in &mut tls.chain {
                    let names = (
                        c.subject.clone(),
                        c.dns_names.clone(),
                        c.ip_addresses.clone(),
                    );
                    self.each(&mut [&mut c.subject, &mut c.issuer]);
                    c.dns_names.iter_mut().for_each(|n| *n = self.apply(n));
                    c.ip_addresses.iter_mut().for_each(|n| *n = self.apply(n));
                    // Certificate logs are searchable by fingerprint: that of a certificate
                    // naming a hidden server would give the name away.
                    if names
                        != (
                            c.subject.clone(),
                            c.dns_names.clone(),
                            c.ip_addresses.clone(),
                        )
                        && !c.sha256_fingerprint.is_empty()
                    {
                        c.sha256_fingerprint =
                            "hidden: the certificate names a private server".to_string();
                    }
                }
            }
            let f = &mut p.facts;
            self.each_opt(&mut [
                &mut f.greeting,
                &mut f.login_method,
                &mut f.client_address_seen,
            ]);
            f.capabilities.iter_mut().for_each(|c| *c = self.apply(c));
            f.auth_mechanisms
                .iter_mut()
                .for_each(|c| *c = self.apply(c));
            p.transcript
                .iter_mut()
                .for_each(|line| line.text = self.apply(&line.text));
        }
        for w in &mut shown.working_settings {
            self.each(&mut [&mut w.host]);
        }
        for f in &mut shown.findings {
            self.each(&mut [&mut f.title, &mut f.explanation]);
            f.fix.iter_mut().for_each(|t| *t = self.apply(t));
            f.evidence.iter_mut().for_each(|t| *t = self.apply(t));
        }
        shown
    }

    fn each(&mut self, texts: &mut [&mut String]) {
        for t in texts.iter_mut() {
            **t = self.apply(t);
        }
    }

    fn each_opt(&mut self, texts: &mut [&mut Option<String>]) {
        for t in texts.iter_mut().filter_map(|t| t.as_mut()) {
            *t = self.apply(t);
        }
    }

    fn evidence(&mut self, e: &mut Evidence) {
        match e {
            Evidence::Reply { sent, reply } => {
                self.each_opt(&mut [sent]);
                self.each(&mut [reply]);
            }
            Evidence::Io { message, .. } => self.each(&mut [message]),
            Evidence::Tls {
                message,
                peer_bytes,
                ..
            } => {
                self.each(&mut [message]);
                self.each_opt(&mut [peer_bytes]);
            }
            Evidence::SpeaksTls { how } => self.each(&mut [how]),
            Evidence::Declined { reason } => self.each(&mut [reason]),
        }
    }

    fn user(&mut self, name: &str) -> String {
        format!("user-{}", self.users.number(name))
    }

    /// Whole words first (their placeholders have no dot, `@` or colon, so later passes leave
    /// them alone), then IPv6, IPv4, e-mail addresses and dotted host names.
    fn apply(&mut self, doc: &str) -> String {
        let doc = self.replace_words(doc);
        let doc = self.replace_ipv6(&doc);
        let doc = self.replace_ipv4(&doc);
        let doc = self.replace_emails(&doc);
        self.replace_hosts(&doc)
    }

    fn replace_ipv6(&mut self, doc: &str) -> String {
        IPV6.replace_all(doc, |c: &Captures| {
            let whole = &c[0];
            let trimmed = whole.trim_end_matches(['.', ':']);
            let valid = trimmed.chars().any(|ch| ch.is_ascii_hexdigit())
                && trimmed.matches(':').count() >= 2;
            match trimmed.parse::<Ipv6Addr>() {
                Ok(addr) if valid => {
                    format!("{}{}", self.ipv6(addr), &whole[trimmed.len()..])
                }
                _ => whole.to_string(),
            }
        })
        .into_owned()
    }

    fn replace_ipv4(&mut self, doc: &str) -> String {
        IPV4.replace_all(doc, |c: &Captures| match c[0].parse::<Ipv4Addr>() {
            Ok(addr) => self.ipv4(addr),
            Err(_) => c[0].to_string(),
        })
        .into_owned()
    }

    fn replace_emails(&mut self, doc: &str) -> String {
        EMAIL
            .replace_all(doc, |c: &Captures| {
                let local = c[0].split('@').next().unwrap_or("");
                let escape = &c[1];
                let local = &local[..local.len() - escape.len()];
                let domain = &c[2];
                let domain = if is_placeholder_or_address(domain) || self.is_public_host(domain) {
                    domain.to_string()
                } else {
                    self.host(domain)
                };
                let local = if is_numbered("user-", local) {
                    local.to_string()
                } else {
                    self.user(local)
                };
                format!("{local}{escape}@{domain}")
            })
            .into_owned()
    }

    fn replace_hosts(&mut self, doc: &str) -> String {
        let names = &*HOST;
        names
            .replace_all(doc, |c: &Captures| {
                if let Some(url) = c.get(1) {
                    // Links (help pages) stay; a configured or already seen host in one does not.
                    return names
                        .replace_all(url.as_str(), |inner: &Captures| match inner.get(2) {
                            Some(h) => match self.hosts.known(&h.as_str().to_ascii_lowercase()) {
                                Some(n) => format!("host-{n}"),
                                None => h.as_str().to_string(),
                            },
                            None => inner[0].to_string(),
                        })
                        .into_owned();
                }
                let name = &c[2];
                // `250-mail.example.org`: the reply code is not part of the name.
                let (code, name) = match name.split_at_checked(4) {
                    Some((code, rest))
                        if code.ends_with('-')
                            && code.bytes().take(3).all(|b| b.is_ascii_digit())
                            && rest.contains('.') =>
                    {
                        (code, rest)
                    }
                    _ => ("", name),
                };
                let tld = name.rsplit('.').next().unwrap_or("");
                if tld.len() < 2 || self.is_public_host(name) {
                    return format!("{code}{name}");
                }
                format!("{code}{}", self.host(name))
            })
            .into_owned()
    }

    /// The pattern of the configured names no other pass catches, built once.
    fn words_pattern(single_label_hosts: &[String], plain_user: Option<&str>) -> Option<Regex> {
        let mut words: Vec<&str> = single_label_hosts.iter().map(String::as_str).collect();
        words.extend(plain_user);
        words.retain(|w| !w.is_empty());
        if words.is_empty() {
            return None;
        }
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let alternation = words
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|");
        Regex::new(&format!(r"\b(?:{alternation})\b")).ok()
    }

    fn replace_words(&mut self, doc: &str) -> String {
        let Some(pattern) = self.words.take() else {
            return doc.to_string();
        };
        let out = pattern
            .replace_all(doc, |c: &Captures| {
                let word = &c[0];
                if self.plain_user.as_deref() == Some(word) {
                    self.user(word)
                } else {
                    self.host(word)
                }
            })
            .into_owned();
        self.words = Some(pattern);
        out
    }
}

#[cfg(test)]
mod tests;
