//! SPF records (RFC 7208): which TXT record is the SPF record, its syntax, and the count of
//! DNS-querying terms through include and redirect, walked without I/O by [`SpfWalk`].

use std::collections::VecDeque;
use std::net::{Ipv4Addr, Ipv6Addr};

use super::TxtAnswer;
use crate::model::{IoFailure, Said, SpfFacts, SpfVerdict};
use crate::said;
use crate::sanitize::sanitize_str;

/// Receivers stop with a permanent error after this many DNS-querying terms (RFC 7208 4.6.4).
pub const MAX_DNS_LOOKUPS: u32 = 10;
/// How deep include and redirect are followed; the look-up limit ends any loop before this.
pub const MAX_DEPTH: u8 = 10;

/// The result of a mechanism that matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Pass,
    Fail,
    SoftFail,
    Neutral,
}

impl Qualifier {
    fn from_char(c: char) -> Option<Qualifier> {
        match c {
            '+' => Some(Qualifier::Pass),
            '-' => Some(Qualifier::Fail),
            '~' => Some(Qualifier::SoftFail),
            '?' => Some(Qualifier::Neutral),
            _ => None,
        }
    }

    pub fn symbol(self) -> char {
        match self {
            Qualifier::Pass => '+',
            Qualifier::Fail => '-',
            Qualifier::SoftFail => '~',
            Qualifier::Neutral => '?',
        }
    }
}

/// An SPF mechanism with its argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mechanism {
    All,
    Include(String),
    A(Option<String>),
    Mx(Option<String>),
    Ptr(Option<String>),
    Ip4,
    Ip6,
    Exists(String),
}

impl Mechanism {
    /// True for the terms that cost a DNS look-up (RFC 7208 4.6.4).
    pub fn queries_dns(&self) -> bool {
        !matches!(self, Mechanism::All | Mechanism::Ip4 | Mechanism::Ip6)
    }
}

/// One term of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Directive {
        qualifier: Qualifier,
        mechanism: Mechanism,
    },
    Redirect(String),
    Explanation(String),
    /// A modifier receivers ignore.
    Unknown(String),
}

/// A parsed SPF record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpfRecord {
    pub terms: Vec<Term>,
}

impl SpfRecord {
    /// The qualifier of the `all` mechanism, if the record has one.
    pub fn all(&self) -> Option<Qualifier> {
        self.terms.iter().find_map(|t| match t {
            Term::Directive {
                qualifier,
                mechanism: Mechanism::All,
            } => Some(*qualifier),
            _ => None,
        })
    }

    /// The redirect target, when receivers would follow it (never when `all` is present).
    pub fn effective_redirect(&self) -> Option<&str> {
        if self.all().is_some() {
            return None;
        }
        self.terms.iter().find_map(|t| match t {
            Term::Redirect(d) => Some(d.as_str()),
            _ => None,
        })
    }

    /// DNS-querying terms of this record alone (mechanisms plus a followed redirect).
    pub fn dns_lookups(&self) -> u32 {
        let mechanisms = self
            .terms
            .iter()
            .filter(|t| matches!(t, Term::Directive { mechanism, .. } if mechanism.queries_dns()))
            .count() as u32;
        mechanisms + u32::from(self.effective_redirect().is_some())
    }

    /// The domains receivers fetch another SPF record from: includes, then the redirect.
    pub fn followed_domains(&self) -> Vec<(Via, &str)> {
        let mut out: Vec<(Via, &str)> = self
            .terms
            .iter()
            .filter_map(|t| match t {
                Term::Directive {
                    mechanism: Mechanism::Include(d),
                    ..
                } => Some((Via::Include, d.as_str())),
                _ => None,
            })
            .collect();
        if let Some(d) = self.effective_redirect() {
            out.push((Via::Redirect, d));
        }
        out
    }
}

/// How a record was reached from the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Include,
    Redirect,
}

impl Via {
    fn word(self) -> &'static str {
        match self {
            Via::Include => "include",
            Via::Redirect => "redirect",
        }
    }
}

/// True when a TXT record is an SPF record: `v=spf1` alone or followed by a space.
pub fn is_spf(txt: &str) -> bool {
    let t = txt.trim_start();
    t.len() >= 6
        && t.is_char_boundary(6)
        && t[..6].eq_ignore_ascii_case("v=spf1")
        && (t.len() == 6 || t[6..].starts_with(' '))
}

/// Parse one SPF record; every syntax error is listed.
pub fn parse(record: &str) -> Result<SpfRecord, Vec<Said>> {
    if !is_spf(record) {
        return Err(vec![said!("spf-not-spf1")]);
    }
    let mut errors = Vec::new();
    let mut terms = Vec::new();
    let body = &record.trim_start()[6..];
    for raw in body.split(' ').filter(|t| !t.is_empty()) {
        match parse_term(raw) {
            Ok(term) => terms.push(term),
            Err(e) => errors.push(e),
        }
    }
    for (name, count) in [
        (
            "redirect",
            terms
                .iter()
                .filter(|t| matches!(t, Term::Redirect(_)))
                .count(),
        ),
        (
            "exp",
            terms
                .iter()
                .filter(|t| matches!(t, Term::Explanation(_)))
                .count(),
        ),
    ] {
        if count > 1 {
            errors.push(said!(
                "spf-modifier-repeated",
                modifier = name,
                count = count
            ));
        }
    }
    if errors.is_empty() {
        Ok(SpfRecord { terms })
    } else {
        Err(errors)
    }
}

/// A problem with one term, the term quoted as the record has it (sanitized).
fn in_term(raw: &str) -> impl Fn(Said) -> Said + Copy + '_ {
    move |problem| said!("spf-term-problem", term = quoted(raw), problem = problem)
}

/// `'text'`, sanitized: record text quoted in a problem.
fn quoted(text: &str) -> String {
    format!("'{}'", sanitize_str(text))
}

fn parse_term(raw: &str) -> Result<Term, Said> {
    let shown = || sanitize_str(raw);
    if let Some(c) = raw.chars().find(|c| !c.is_ascii_graphic()) {
        return Err(said!(
            "spf-bad-character",
            term = shown(),
            character = format!("{:?}", c.escape_default().to_string())
        ));
    }
    // A modifier is NAME=VALUE where NAME starts with a letter and has no ':' or '/'.
    if let Some((name, value)) = raw.split_once('=')
        && is_modifier_name(name)
    {
        return match name.to_ascii_lowercase().as_str() {
            "redirect" => {
                check_domain_spec(value).map_err(|e| {
                    said!(
                        "spf-term-problem",
                        term = format!("redirect={value}"),
                        problem = e
                    )
                })?;
                Ok(Term::Redirect(value.to_string()))
            }
            "exp" => {
                check_domain_spec(value).map_err(|e| {
                    said!(
                        "spf-term-problem",
                        term = format!("exp={value}"),
                        problem = e
                    )
                })?;
                Ok(Term::Explanation(value.to_string()))
            }
            _ => {
                check_macro_string(value).map_err(in_term(raw))?;
                Ok(Term::Unknown(name.to_string()))
            }
        };
    }
    let mut rest = raw;
    let qualifier = match rest.chars().next().and_then(Qualifier::from_char) {
        Some(q) => {
            rest = &rest[1..];
            q
        }
        None => Qualifier::Pass,
    };
    let name_end = rest.find([':', '/']).unwrap_or(rest.len());
    let (name, arg) = rest.split_at(name_end);
    let mechanism = match name.to_ascii_lowercase().as_str() {
        "all" if arg.is_empty() => Mechanism::All,
        "all" => return Err(in_term(raw)(said!("spf-all-takes-no-argument"))),
        "include" => Mechanism::Include(required_domain(arg, raw)?),
        "exists" => Mechanism::Exists(required_domain(arg, raw)?),
        "a" => Mechanism::A(optional_domain_with_cidr(arg, raw)?),
        "mx" => Mechanism::Mx(optional_domain_with_cidr(arg, raw)?),
        "ptr" => {
            let domain = match arg.strip_prefix(':') {
                Some(d) => {
                    check_domain_spec(d).map_err(in_term(raw))?;
                    Some(d.to_string())
                }
                None if arg.is_empty() => None,
                None => return Err(said!("spf-not-ptr", term = shown())),
            };
            Mechanism::Ptr(domain)
        }
        "ip4" => {
            let net = arg
                .strip_prefix(':')
                .ok_or_else(|| in_term(raw)(said!("spf-needs-address", mechanism = "ip4")))?;
            check_network::<Ipv4Addr>(net, 32).map_err(in_term(raw))?;
            Mechanism::Ip4
        }
        "ip6" => {
            let net = arg
                .strip_prefix(':')
                .ok_or_else(|| in_term(raw)(said!("spf-needs-address", mechanism = "ip6")))?;
            check_network::<Ipv6Addr>(net, 128).map_err(in_term(raw))?;
            Mechanism::Ip6
        }
        _ => return Err(said!("spf-not-mechanism", term = shown())),
    };
    Ok(Term::Directive {
        qualifier,
        mechanism,
    })
}

fn is_modifier_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn required_domain(arg: &str, raw: &str) -> Result<String, Said> {
    let domain = arg
        .strip_prefix(':')
        .ok_or_else(|| said!("spf-needs-domain", term = sanitize_str(raw)))?;
    check_domain_spec(domain).map_err(in_term(raw))?;
    Ok(domain.to_string())
}

/// `[:domain-spec][/cidr4][//cidr6]`, with the CIDR lengths taken from the end.
fn optional_domain_with_cidr(arg: &str, raw: &str) -> Result<Option<String>, Said> {
    let bad = in_term(raw);
    let mut rest = arg;
    if let Some(at) = rest.rfind("//") {
        check_prefix_len(&rest[at + 2..], 128).map_err(bad)?;
        rest = &rest[..at];
    }
    if let Some(at) = rest.rfind('/')
        && rest[at + 1..].bytes().all(|b| b.is_ascii_digit())
    {
        check_prefix_len(&rest[at + 1..], 32).map_err(bad)?;
        rest = &rest[..at];
    }
    match rest.strip_prefix(':') {
        Some(d) => {
            check_domain_spec(d).map_err(bad)?;
            Ok(Some(d.to_string()))
        }
        None if rest.is_empty() => Ok(None),
        None => Err(bad(said!("spf-unexpected", text = sanitize_str(rest)))),
    }
}

fn check_prefix_len(len: &str, max: u8) -> Result<(), Said> {
    match len.parse::<u8>() {
        Ok(n) if n <= max && !len.starts_with('0') || len == "0" => Ok(()),
        _ => Err(said!(
            "spf-bad-prefix-length",
            length = sanitize_str(len),
            max = max.to_string()
        )),
    }
}

fn check_network<A: std::str::FromStr>(net: &str, max: u8) -> Result<(), Said> {
    let (addr, len) = match net.split_once('/') {
        Some((a, l)) => (a, Some(l)),
        None => (net, None),
    };
    addr.parse::<A>()
        .map_err(|_| said!("spf-not-address", text = sanitize_str(addr)))?;
    match len {
        Some(l) => check_prefix_len(l, max),
        None => Ok(()),
    }
}

/// A domain-spec: a macro string that ends in a domain name (or in a macro).
fn check_domain_spec(spec: &str) -> Result<(), Said> {
    if spec.is_empty() {
        return Err(said!("spf-empty-domain"));
    }
    let has_macro = check_macro_string(spec)?;
    if has_macro || super::is_domain_name(spec) {
        Ok(())
    } else {
        Err(said!("spf-not-domain", text = sanitize_str(spec)))
    }
}

/// Check the `%{…}`, `%%`, `%_` and `%-` macros; true when the string has an expanding macro.
fn check_macro_string(s: &str) -> Result<bool, Said> {
    let mut expands = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        match chars.next() {
            Some('%' | '_' | '-') => {}
            Some('{') => {
                let body: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let mut b = body.chars();
                let letter_ok = b
                    .next()
                    .is_some_and(|l| "slodiphcrtvSLODIPHCRTV".contains(l));
                let rest: String = b.collect();
                let digits_end = rest
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len());
                let tail = rest[digits_end..].trim_start_matches(['r', 'R']);
                let delimiters_ok = tail.chars().all(|c| ".-+,/_=".contains(c));
                if !letter_ok || !delimiters_ok {
                    return Err(said!(
                        "spf-bad-macro",
                        macro = format!("%{{{}}}", sanitize_str(&body))
                    ));
                }
                expands = true;
            }
            _ => return Err(said!("spf-stray-percent")),
        }
    }
    Ok(expands)
}

/// Counts DNS-querying terms through include and redirect without doing I/O: ask
/// [`SpfWalk::next_fetch`] which domain's TXT records to look up, answer with
/// [`SpfWalk::feed`], repeat until it returns `None`, then [`SpfWalk::finish`].
#[derive(Debug, Clone)]
pub struct SpfWalk {
    records: Vec<String>,
    root: Option<SpfRecord>,
    verdict: Option<SpfVerdict>,
    lookups: u32,
    queue: VecDeque<(String, u8, Via)>,
    current: Option<(String, u8, Via)>,
    problems: Vec<Said>,
    invalid: bool,
}

impl SpfWalk {
    /// Start from the TXT records of the domain itself.
    pub fn start(txts: &[String]) -> SpfWalk {
        let records: Vec<String> = txts.iter().filter(|t| is_spf(t)).cloned().collect();
        let mut walk = SpfWalk {
            records: records.iter().map(|r| sanitize_str(r)).collect(),
            root: None,
            verdict: None,
            lookups: 0,
            queue: VecDeque::new(),
            current: None,
            problems: Vec::new(),
            invalid: false,
        };
        match records.as_slice() {
            [] => walk.verdict = Some(SpfVerdict::Missing),
            [one] => match parse(one) {
                Ok(record) => {
                    walk.account(&record, 0);
                    walk.root = Some(record);
                }
                Err(errors) => {
                    walk.problems.extend(errors);
                    walk.verdict = Some(SpfVerdict::Invalid);
                }
            },
            many => {
                walk.problems
                    .push(said!("spf-multiple-records", count = many.len()));
                walk.verdict = Some(SpfVerdict::Multiple);
            }
        }
        walk
    }

    fn account(&mut self, record: &SpfRecord, depth: u8) {
        self.lookups += record.dns_lookups();
        if self.lookups > MAX_DNS_LOOKUPS {
            // Receivers have already given up; nothing further changes the verdict.
            return;
        }
        for (via, domain) in record.followed_domains() {
            if domain.contains('%') {
                self.problems.push(said!(
                    "spf-macro-not-counted",
                    term = format!("{}:{}", via.word(), sanitize_str(domain))
                ));
            } else if depth + 1 > MAX_DEPTH {
                self.problems.push(said!(
                    "spf-too-deep",
                    max = MAX_DEPTH.to_string(),
                    domain = sanitize_str(domain)
                ));
                self.invalid = true;
            } else {
                self.queue
                    .push_back((domain.to_ascii_lowercase(), depth + 1, via));
            }
        }
    }

    /// The next domain whose TXT records are needed, or `None` when the walk is over (because
    /// everything was followed, or the limit is already exceeded).
    pub fn next_fetch(&mut self) -> Option<String> {
        if self.verdict.is_some() || self.lookups > MAX_DNS_LOOKUPS {
            return None;
        }
        let next = self.queue.pop_front()?;
        let domain = next.0.clone();
        self.current = Some(next);
        Some(domain)
    }

    /// The answer for the domain [`next_fetch`](Self::next_fetch) returned last.
    pub fn feed(&mut self, answer: TxtAnswer) {
        let Some((domain, depth, via)) = self.current.take() else {
            return;
        };
        let name = format!("{}:{}", via.word(), sanitize_str(&domain));
        match answer {
            TxtAnswer::Failed(message) => {
                self.problems.push(said!(
                    "spf-lookup-failed",
                    term = &name,
                    reason = super::sanitized(message)
                ));
            }
            TxtAnswer::NoRecords => {
                self.problems
                    .push(said!("spf-include-no-record", term = &name));
                self.invalid = true;
            }
            TxtAnswer::Records(txts) => {
                let records: Vec<&String> = txts.iter().filter(|t| is_spf(t)).collect();
                match records.as_slice() {
                    [] => {
                        self.problems
                            .push(said!("spf-include-no-record", term = &name));
                        self.invalid = true;
                    }
                    [one] => match parse(one) {
                        Ok(record) => self.account(&record, depth),
                        Err(errors) => {
                            self.invalid = true;
                            self.problems.extend(
                                errors
                                    .into_iter()
                                    .map(|e| said!("spf-problem-in", term = &name, problem = e)),
                            );
                        }
                    },
                    many => {
                        self.problems.push(said!(
                            "spf-include-multiple",
                            term = &name,
                            count = many.len()
                        ));
                        self.invalid = true;
                    }
                }
            }
        }
    }

    /// The verdict and what was counted.
    pub fn finish(mut self) -> SpfFacts {
        let verdict = match self.verdict {
            Some(v) => v,
            None if self.invalid => SpfVerdict::Invalid,
            None if self.lookups > MAX_DNS_LOOKUPS => {
                self.problems.push(said!(
                    "spf-too-many-lookups",
                    max = MAX_DNS_LOOKUPS.to_string()
                ));
                SpfVerdict::TooManyLookups
            }
            None => SpfVerdict::Valid,
        };
        let all = self
            .root
            .as_ref()
            .and_then(SpfRecord::all)
            .map(|q| format!("{}all", q.symbol()));
        SpfFacts {
            verdict,
            dns_lookups: self.root.is_some().then_some(self.lookups),
            records: self.records,
            all,
            problems: self.problems,
            failure: None,
        }
    }
}

/// The facts when the domain's own TXT look-up failed. A domain that does not exist, or has no
/// TXT record, has no SPF record.
pub fn facts_for_failed_lookup(failure: IoFailure, message: impl Into<Said>) -> SpfFacts {
    let missing = failure == IoFailure::NotFound;
    SpfFacts {
        verdict: if missing {
            SpfVerdict::Missing
        } else {
            SpfVerdict::LookupFailed
        },
        records: Vec::new(),
        dns_lookups: None,
        all: None,
        problems: if missing {
            Vec::new()
        } else {
            vec![super::sanitized(message.into())]
        },
        failure: (!missing).then_some(failure),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn txts(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// Walk with literal zones: `(domain, TXT records)`; a domain not listed has no records.
    fn walk(root: &[&str], zone: &[(&str, &[&str])]) -> SpfFacts {
        let mut w = SpfWalk::start(&txts(root));
        let mut fetches = 0;
        while let Some(domain) = w.next_fetch() {
            fetches += 1;
            assert!(fetches < 50, "the walk does not end");
            let answer = match zone.iter().find(|(d, _)| *d == domain) {
                Some((_, records)) => TxtAnswer::Records(txts(records)),
                None => TxtAnswer::NoRecords,
            };
            w.feed(answer);
        }
        w.finish()
    }

    #[test]
    fn recognises_spf_records() {
        assert!(is_spf("v=spf1 -all"));
        assert!(is_spf("V=SPF1"));
        assert!(!is_spf("v=spf10 -all"));
        assert!(!is_spf("google-site-verification=abc"));
        assert!(!is_spf("v=spf"));
    }

    #[test]
    fn parses_the_common_shapes() {
        let r = parse("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a mx:mx.example.test/24//64 include:_spf.google.com ~all").unwrap();
        assert_eq!(r.terms.len(), 6);
        assert_eq!(r.all(), Some(Qualifier::SoftFail));
        assert_eq!(r.dns_lookups(), 3);
        let r = parse("v=spf1 redirect=_spf.example.test").unwrap();
        assert_eq!(r.effective_redirect(), Some("_spf.example.test"));
        assert_eq!(r.dns_lookups(), 1);
        let r = parse("v=spf1 -all redirect=_spf.example.test").unwrap();
        assert_eq!(r.effective_redirect(), None, "redirect is ignored with all");
        let r = parse("v=spf1 exists:%{i}._spf.example.test -all").unwrap();
        assert_eq!(r.dns_lookups(), 1);
    }

    #[test]
    fn reports_syntax_errors() {
        for (record, fragment) in [
            ("v=spf1 ip4:192.0.2.300 -all", "not an address"),
            ("v=spf1 ip4:192.0.2.0/33 -all", "prefix length"),
            ("v=spf1 include -all", "needs a domain"),
            ("v=spf1 include:nodots -all", "not a domain name"),
            ("v=spf1 mx:example.test/24//129", "prefix length"),
            ("v=spf1 aall", "not an SPF mechanism"),
            ("v=spf1 all:x", "takes no argument"),
            ("v=spf1 redirect=a.test redirect=b.test", "appears 2 times"),
            ("v=spf1 exists:%{z}.example.test", "not a valid macro"),
            ("v=spf1 include:50%.example.test", "starts no macro"),
        ] {
            let errors = parse(record).unwrap_err();
            assert!(
                errors.iter().any(|e| e.english().contains(fragment)),
                "{record}: {errors:?}"
            );
        }
    }

    #[test]
    fn unknown_modifiers_are_allowed() {
        assert!(parse("v=spf1 mx moo=cow -all").is_ok());
    }

    #[test]
    fn a_good_record_is_valid_with_its_count() {
        let f = walk(
            &["v=spf1 include:_spf.a.test mx ~all", "other=text"],
            &[("_spf.a.test", &["v=spf1 ip4:192.0.2.0/24 a -all"])],
        );
        assert_eq!(f.verdict, SpfVerdict::Valid, "{:?}", f.problems);
        assert_eq!(f.dns_lookups, Some(3));
        assert_eq!(f.all.as_deref(), Some("~all"));
        assert_eq!(f.records.len(), 1);
    }

    #[test]
    fn missing_and_multiple_records() {
        assert_eq!(walk(&["hello"], &[]).verdict, SpfVerdict::Missing);
        let f = walk(&["v=spf1 -all", "v=spf1 mx -all"], &[]);
        assert_eq!(f.verdict, SpfVerdict::Multiple);
        assert_eq!(f.records.len(), 2);
    }

    #[test]
    fn counts_recursively_and_flags_more_than_ten() {
        // Root: 3 includes; each include holds 3 DNS terms plus its own cost: 3 + 3*3 = 12.
        let inner: &[&str] = &["v=spf1 a mx exists:x.example.test -all"];
        let f = walk(
            &["v=spf1 include:a.test include:b.test include:c.test -all"],
            &[("a.test", inner), ("b.test", inner), ("c.test", inner)],
        );
        assert_eq!(f.verdict, SpfVerdict::TooManyLookups);
        assert_eq!(f.dns_lookups, Some(12));
    }

    #[test]
    fn exactly_ten_is_still_valid() {
        let inner: &[&str] = &["v=spf1 a mx -all"];
        let f = walk(
            &["v=spf1 include:a.test include:b.test a mx -all"],
            &[("a.test", inner), ("b.test", inner)],
        );
        assert_eq!(f.dns_lookups, Some(8));
        assert_eq!(f.verdict, SpfVerdict::Valid);
        let f = walk(
            &["v=spf1 include:a.test include:b.test include:c.test a -all"],
            &[("a.test", inner), ("b.test", inner), ("c.test", inner)],
        );
        assert_eq!(f.dns_lookups, Some(10));
        assert_eq!(f.verdict, SpfVerdict::Valid);
    }

    #[test]
    fn include_loops_end_at_the_limit() {
        let f = walk(
            &["v=spf1 include:loop.test -all"],
            &[("loop.test", &["v=spf1 include:loop.test -all"])],
        );
        assert_eq!(f.verdict, SpfVerdict::TooManyLookups);
        assert_eq!(f.dns_lookups, Some(11));
    }

    #[test]
    fn redirect_is_followed() {
        let f = walk(
            &["v=spf1 redirect=_spf.example.test"],
            &[("_spf.example.test", &["v=spf1 mx include:x.test -all"])],
        );
        // redirect 1 + mx 1 + include 1; x.test has no record: invalid.
        assert_eq!(f.dns_lookups, Some(3));
        assert_eq!(f.verdict, SpfVerdict::Invalid);
        assert!(
            f.problems
                .iter()
                .any(|p| p.english().contains("include:x.test"))
        );
    }

    #[test]
    fn broken_include_makes_the_record_invalid() {
        let f = walk(
            &["v=spf1 include:bad.test -all"],
            &[("bad.test", &["v=spf1 ip4:999.0.0.1 -all"])],
        );
        assert_eq!(f.verdict, SpfVerdict::Invalid);
        assert!(f.problems[0].english().starts_with("in include:bad.test"));
    }

    #[test]
    fn failed_include_look_up_is_noted_not_fatal() {
        let mut w = SpfWalk::start(&txts(&["v=spf1 include:slow.test -all"]));
        assert_eq!(w.next_fetch().as_deref(), Some("slow.test"));
        w.feed(TxtAnswer::Failed("timeout".into()));
        assert_eq!(w.next_fetch(), None);
        let f = w.finish();
        assert_eq!(f.verdict, SpfVerdict::Valid);
        assert!(f.problems[0].english().contains("may be short"));
    }

    #[test]
    fn macro_includes_are_counted_but_not_followed() {
        let f = walk(&["v=spf1 include:%{d}.spf.example.test -all"], &[]);
        assert_eq!(f.verdict, SpfVerdict::Valid);
        assert_eq!(f.dns_lookups, Some(1));
        assert!(f.problems[0].english().contains("macro"));
    }

    #[test]
    fn failed_root_look_ups() {
        assert_eq!(
            facts_for_failed_lookup(IoFailure::NotFound, "nx").verdict,
            SpfVerdict::Missing
        );
        let f = facts_for_failed_lookup(IoFailure::Timeout, "no answer");
        assert_eq!(f.verdict, SpfVerdict::LookupFailed);
        assert_eq!(f.failure, Some(IoFailure::Timeout));
    }
}
