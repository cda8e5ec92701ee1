//! The private report's redaction: the user's own host names, IP addresses and e-mail
//! addresses replaced by stable placeholders everywhere, the providers' public names kept.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::account::Plan;
use crate::model::AddressScope;
use crate::model::Evidence;
use crate::preset::Presets;
use crate::report::Outcome;

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
pub(super) struct Redactor {
    /// Lower-case host names kept as they are.
    public_hosts: HashSet<String>,
    /// Addresses of public servers kept as they are (global ones only).
    public_ips: HashSet<IpAddr>,
    hosts: Placeholders,
    ipv4: Placeholders,
    ipv6: Placeholders,
    users: Placeholders,
    /// A user name that is not an e-mail address, replaced as a whole word.
    plain_users: Vec<String>,
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
    pub(super) fn new(plan: &Plan, public: &PublicNames, machine_name: Option<&str>) -> Redactor {
        let mut r = Redactor {
            public_hosts: public.exact.clone(),
            public_ips: HashSet::new(),
            hosts: Placeholders::default(),
            ipv4: Placeholders::default(),
            ipv6: Placeholders::default(),
            users: Placeholders::default(),
            plain_users: Vec::new(),
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
        let users = [plan.user.as_deref(), plan.smtp_user.as_deref()];
        for user in users.into_iter().flatten().filter(|u| !u.is_empty()) {
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
                    r.plain_users.push(user.to_string());
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
        r.words = Self::words_pattern(&r.single_label_hosts, &r.plain_users);
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
    pub(super) fn outcome(&mut self, outcome: &Outcome) -> Outcome {
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
                step.detail.texts_mut(&mut |t| *t = self.apply(t));
                self.each_opt(&mut [&mut step.target]);
                if let Some(e) = &mut step.evidence {
                    self.evidence(e);
                }
            }
            if let Some(tls) = &mut p.tls {
                self.each(&mut [&mut tls.server_name]);
                tls.verdict_detail.texts_mut(&mut |t| *t = self.apply(t));
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
                .for_each(|line| line.text.texts_mut(&mut |t| *t = self.apply(t)));
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
            Evidence::Io { message: said, .. }
            | Evidence::SpeaksTls { how: said }
            | Evidence::Declined { reason: said } => said.texts_mut(&mut |t| *t = self.apply(t)),
            Evidence::Tls {
                message,
                peer_bytes,
                ..
            } => {
                message.texts_mut(&mut |t| *t = self.apply(t));
                self.each_opt(&mut [peer_bytes]);
            }
        }
    }

    fn user(&mut self, name: &str) -> String {
        format!("user-{}", self.users.number(name))
    }

    /// Whole words first (their placeholders have no dot, `@` or colon, so later passes leave
    /// them alone), then IPv6, IPv4, e-mail addresses and dotted host names.
    pub(super) fn apply(&mut self, doc: &str) -> String {
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
    fn words_pattern(single_label_hosts: &[String], plain_users: &[String]) -> Option<Regex> {
        let mut words: Vec<&str> = single_label_hosts.iter().map(String::as_str).collect();
        words.extend(plain_users.iter().map(String::as_str));
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
                if self.plain_users.iter().any(|u| u == word) {
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
