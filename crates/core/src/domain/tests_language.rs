//! Every problem the mail-domain checks name reads in Spanish and Portuguese without English
//! words, and every phrase of the SPF, DMARC and DKIM checks is reached by some record.

use std::collections::BTreeSet;

use super::{TxtAnswer, dkim, dmarc, spf};
use crate::i18n::stop_list::english_words_in;
use crate::model::{Arg, Said};
use crate::said;
use crate::settings::Lang;

/// A 512-bit RSA public key (SubjectPublicKeyInfo), too weak for verifiers.
const RSA_512: &str = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBANoKYoy6+G88/4CPv4XLbha1N0Y7Vp9gSQQm9V2OYChdDfkocPo7J/iFXjsFF34pCoR9i8JdqRgtqVMl8krfcgkCAwEAAQ==";

/// Record syntax the phrases quote as it is written in a record, in every language.
const RECORD_WORDS: [&str; 2] = ["all", "none"];

fn txts(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn answer(list: &[&str]) -> TxtAnswer {
    TxtAnswer::Records(txts(list))
}

/// Walk from `root`, answering each include or redirect with `feed` in turn.
fn walk(root: &[&str], feed: Vec<TxtAnswer>) -> Vec<Said> {
    let mut w = spf::SpfWalk::start(&txts(root));
    let mut answers = feed.into_iter();
    while w.next_fetch().is_some() {
        w.feed(answers.next().unwrap_or(TxtAnswer::NoRecords));
    }
    w.finish().problems
}

/// The problems of records built to break every rule once.
fn problems() -> Vec<Said> {
    let mut out: Vec<Said> = Vec::new();
    for record in [
        "hello",
        "v=spf1 ip4:192.0.2.300 -all",
        "v=spf1 ip4:192.0.2.0/33 -all",
        "v=spf1 ip4 ip6 -all",
        "v=spf1 include -all",
        "v=spf1 include:nodots -all",
        "v=spf1 aall",
        "v=spf1 all:x",
        "v=spf1 ptr/24",
        "v=spf1 a/24/x",
        "v=spf1 redirect=",
        "v=spf1 redirect=a.test redirect=b.test",
        "v=spf1 exists:%{z}.example.test",
        "v=spf1 include:50%.example.test",
        "v=spf1 a\u{1}",
    ] {
        out.extend(spf::parse(record).unwrap_err());
    }
    out.extend(walk(&["v=spf1 -all", "v=spf1 mx -all"], vec![]));
    out.extend(walk(&["v=spf1 include:%{d}.spf.example.test -all"], vec![]));
    out.extend(walk(
        &["v=spf1 include:a.test include:b.test include:c.test include:d.test -all"],
        vec![
            TxtAnswer::Failed(said!("dns-failure-timeout", what = "TXT of a.test")),
            TxtAnswer::NoRecords,
            answer(&["v=spf1 ip4:999.0.0.1 -all"]),
            answer(&["v=spf1 -all", "v=spf1 mx -all"]),
        ],
    ));
    let inner = || answer(&["v=spf1 a mx exists:x.example.test -all"]);
    out.extend(walk(
        &["v=spf1 include:a.test include:b.test include:c.test -all"],
        vec![inner(), inner(), inner()],
    ));
    for record in [
        "v=DMARC1; p=block; pct=150; adkim=x; rua=https://example.test/r; junk",
        "v=DMARC1",
        "v=DMARC1; rua=mailto:r@example.test",
    ] {
        out.extend(dmarc::evaluate(&txts(&[record])).problems);
    }
    out.extend(dmarc::evaluate(&txts(&["v=DMARC1; p=none", "v=DMARC1; p=reject"])).problems);
    let ed25519_short = "v=DKIM1; k=ed25519; p=AAAA";
    let weak = format!("v=DKIM1; k=rsa; p={RSA_512}");
    for records in [
        vec!["hello world"],
        vec!["v=DKIM1; p=AAAA", "v=DKIM1; p=BBBB"],
        vec![weak.as_str()],
        vec!["v=DKIM1; p="],
        vec!["k=rsa; v=DKIM1; p=AAAA"],
        vec!["v=DKIM2; p=AAAA"],
        vec!["v=DKIM1; k=dsa; p=AAAA"],
        vec!["v=DKIM1; p=not*base64"],
        vec![ed25519_short],
        vec!["v=DKIM1; p=AAAA"],
    ] {
        out.extend(dkim::check("s", &answer(&records)).problem);
    }
    // Not reached through a whole check: the include depth ends at the look-up limit first,
    // and a key record is one with a p= tag.
    out.push(said!("spf-too-deep", max = "10", domain = "deep.test"));
    out.push(said!("dkim-no-p"));
    out
}

/// The catalogue keys of `said` and of every phrase inside it.
fn keys(said: &Said, out: &mut BTreeSet<&'static str>) {
    if let Said::Phrase { key, args } = said {
        out.insert(key);
        for (_, arg) in args {
            match arg {
                Arg::Said(inner) => keys(inner, out),
                Arg::Joined { parts, .. } => parts.iter().for_each(|p| keys(p, out)),
                Arg::Text(_) | Arg::Count(_) => {}
            }
        }
    }
}

#[test]
fn every_problem_reads_without_english_words() {
    for problem in problems() {
        // Quoted record text and names are not ours to translate.
        let mut ours = problem.clone();
        ours.texts_mut(&mut |text| *text = "x".into());
        for lang in [Lang::Es, Lang::Pt] {
            let text = ours.render(lang);
            let left: Vec<&str> = english_words_in(&text, lang)
                .into_iter()
                .filter(|w| !RECORD_WORDS.contains(w))
                .collect();
            assert!(left.is_empty(), "{lang:?}: {text:?} {left:?}");
            assert_ne!(
                problem.render(lang),
                problem.english(),
                "{lang:?}: not translated"
            );
        }
    }
}

#[test]
fn every_phrase_of_the_checks_is_reached() {
    let mut seen = BTreeSet::new();
    for problem in problems() {
        keys(&problem, &mut seen);
    }
    let english = include_str!("../../locales/en.ftl");
    let start = english.find("## -- dns and domain --").unwrap();
    let section = &english[start..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    let wanted: Vec<&str> = section
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
        .filter(|k| ["spf-", "dmarc-", "dkim-"].iter().any(|p| k.starts_with(p)))
        .filter(|k| *k != "dkim-selector-problem" && *k != "spf-term-problem")
        .collect();
    let missing: Vec<&&str> = wanted.iter().filter(|k| !seen.contains(**k)).collect();
    assert!(missing.is_empty(), "no record reaches {missing:?}");
}

#[test]
fn english_reads_as_the_checks_always_said() {
    let p = spf::parse("v=spf1 ip4:192.0.2.0/33 exists:%{z}.x.test").unwrap_err();
    assert_eq!(
        p[0],
        "'ip4:192.0.2.0/33': '/33' is not a prefix length of 0 to 32"
    );
    assert_eq!(p[1], "'exists:%{z}.x.test': '%{z}' is not a valid macro");
    let p = spf::parse("v=spf1 redirect=bad").unwrap_err();
    assert_eq!(p[0], "redirect=bad: 'bad' is not a domain name");
    let d = dkim::check("s", &answer(&[&format!("v=DKIM1; p={RSA_512}")]));
    assert_eq!(
        d.problem.unwrap(),
        "a 512-bit RSA key: verifiers ignore keys under 1024 bits"
    );
    let m = dmarc::evaluate(&txts(&["v=DMARC1; p=block"]));
    assert_eq!(
        m.problems[0],
        "p=block is not a policy (none, quarantine or reject)"
    );
}
