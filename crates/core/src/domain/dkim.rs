//! DKIM keys (RFC 6376): which selectors a provider signs with, and what the key record at
//! `SELECTOR._domainkey.DOMAIN` holds.

use base64::Engine;
use x509_parser::prelude::FromDer;
use x509_parser::public_key::{PublicKey, RSAPublicKey};
use x509_parser::x509::SubjectPublicKeyInfo;

use super::TxtAnswer;
use crate::model::{DkimKeyState, DkimSelectorCheck, Said, SelectorBasis};
use crate::said;
use crate::sanitize::sanitize_str;

/// The selectors a provider publishes its keys at, by preset id. Providers that let the
/// administrator pick a selector are not listed.
pub fn provider_selectors(preset_id: &str) -> &'static [&'static str] {
    match preset_id {
        "gmail" | "google-workspace" => &["google"],
        "microsoft-365" | "outlook" => &["selector1", "selector2"],
        "yahoo" | "aol" => &["s1024", "s2048"],
        "fastmail" => &["fm1", "fm2", "fm3"],
        "icloud" => &["sig1"],
        "proton-bridge" => &["protonmail", "protonmail2", "protonmail3"],
        _ => &[],
    }
}

/// Selectors tried when the provider is not known.
pub const COMMON_SELECTORS: [&str; 6] = ["default", "dkim", "mail", "selector1", "google", "k1"];

/// Which selectors to try, and why: the provider's (the first known one of `providers`),
/// plus any given with `--dkim-selector`; else the given ones; else a few in common use.
pub fn choose_selectors(
    providers: &[String],
    given: &[String],
) -> (SelectorBasis, Option<String>, Vec<String>) {
    let known = providers.iter().find(|p| !provider_selectors(p).is_empty());
    let mut selectors: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        let s = s.trim().to_ascii_lowercase();
        if !s.is_empty() && !selectors.contains(&s) {
            selectors.push(s);
        }
    };
    if let Some(p) = known {
        provider_selectors(p).iter().for_each(|s| push(s));
    }
    given.iter().for_each(|s| push(s));
    let basis = match (known, given.is_empty()) {
        (Some(_), _) => SelectorBasis::Provider,
        (None, false) => SelectorBasis::Given,
        (None, true) => {
            COMMON_SELECTORS.iter().for_each(|s| push(s));
            SelectorBasis::Common
        }
    };
    (basis, known.cloned(), selectors)
}

/// The name the key of `selector` lives at.
pub fn record_name(selector: &str, domain: &str) -> String {
    format!("{selector}._domainkey.{}", domain.trim_end_matches('.'))
}

/// True when a selector is a valid DNS label sequence (letters, digits, `-`, `_`, dots).
pub fn is_selector(selector: &str) -> bool {
    !selector.is_empty()
        && selector.len() <= 63
        && selector.split('.').all(|l| {
            !l.is_empty()
                && l.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// Judge what the look-up of one selector returned.
pub fn check(selector: &str, answer: &TxtAnswer) -> DkimSelectorCheck {
    let mut out = DkimSelectorCheck {
        selector: selector.to_string(),
        state: DkimKeyState::Missing,
        key_type: None,
        key_bits: None,
        problem: None,
    };
    let txts = match answer {
        TxtAnswer::NoRecords => return out,
        TxtAnswer::Failed(message) => {
            out.state = DkimKeyState::LookupFailed;
            out.problem = Some(super::sanitized(message.clone()));
            return out;
        }
        TxtAnswer::Records(txts) => txts,
    };
    let keys: Vec<&String> = txts.iter().filter(|t| looks_like_key(t)).collect();
    let record = match keys.as_slice() {
        [] => {
            out.state = DkimKeyState::Invalid;
            out.problem = Some(said!("dkim-not-a-key"));
            return out;
        }
        [one] => *one,
        many => {
            out.state = DkimKeyState::Invalid;
            out.problem = Some(said!("dkim-several-keys", count = many.len()));
            return out;
        }
    };
    match parse_key(record) {
        Ok(Some((key_type, bits))) => {
            out.state = DkimKeyState::Found;
            out.key_type = Some(key_type.to_string());
            out.key_bits = Some(bits);
            if key_type == "rsa" && bits < 1024 {
                out.problem = Some(said!("dkim-weak-key", bits = bits));
            }
        }
        Ok(None) => {
            out.state = DkimKeyState::Revoked;
            out.problem = Some(said!("dkim-withdrawn"));
        }
        Err(problem) => {
            out.state = DkimKeyState::Invalid;
            out.problem = Some(problem);
        }
    }
    out
}

fn tags(record: &str) -> impl Iterator<Item = (&str, &str)> {
    record
        .split(';')
        .filter_map(|t| t.split_once('='))
        .map(|(k, v)| (k.trim(), v.trim()))
}

fn looks_like_key(txt: &str) -> bool {
    tags(txt).any(|(k, _)| k == "p")
}

/// `Ok(Some((type, bits)))` for a key, `Ok(None)` for a revoked one (empty `p=`).
fn parse_key(record: &str) -> Result<Option<(&'static str, u32)>, Said> {
    let mut key_type = "rsa";
    let mut data: Option<String> = None;
    for (i, (tag, value)) in tags(record).enumerate() {
        match tag {
            "v" if i != 0 => return Err(said!("dkim-v-not-first")),
            "v" if value != "DKIM1" => {
                return Err(said!("dkim-not-dkim1", value = sanitize_str(value)));
            }
            "k" => {
                key_type = match value.to_ascii_lowercase().as_str() {
                    "rsa" => "rsa",
                    "ed25519" => "ed25519",
                    _ => return Err(said!("dkim-unknown-type", value = sanitize_str(value))),
                }
            }
            "p" => data = Some(value.split_whitespace().collect()),
            _ => {}
        }
    }
    let data = data.ok_or_else(|| said!("dkim-no-p"))?;
    if data.is_empty() {
        return Ok(None);
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.as_bytes())
        .map_err(|_| said!("dkim-not-base64"))?;
    let bits = match key_type {
        "ed25519" if bytes.len() == 32 => 256,
        "ed25519" => return Err(said!("dkim-ed25519-size", bytes = bytes.len())),
        _ => rsa_bits(&bytes).ok_or_else(|| said!("dkim-not-rsa"))?,
    };
    Ok(Some((key_type, bits)))
}

/// The modulus size of an RSA key given as SubjectPublicKeyInfo (or, as some publish it, as a
/// bare RSAPublicKey).
fn rsa_bits(der: &[u8]) -> Option<u32> {
    if let Ok((_, spki)) = SubjectPublicKeyInfo::from_der(der)
        && let Ok(PublicKey::RSA(rsa)) = spki.parsed()
    {
        return u32::try_from(rsa.key_size()).ok();
    }
    let (_, rsa) = RSAPublicKey::from_der(der).ok()?;
    u32::try_from(rsa.key_size()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1024-bit RSA SubjectPublicKeyInfo, as DKIM publishes it.
    const RSA_1024: &str = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCtbS7YIJTvZnyV3OhN4B8INAWmdu/9mCdS0/P4JDRbRmOr3sDNwrl6fvpn0RvLrDUbn2w9XrMjO6XxM2X8C6GeVtKXp1mxENWKx8Ih+Ljo6p2wzPiJlKol319PhmNdhZNS6aiKqrvgvNb+2htc0tWBgoY0MECLjEfWv2KWU5j5awIDAQAB";
    /// A 2048-bit RSA key as a bare RSAPublicKey (PKCS #1), which some domains publish.
    const RSA_2048_PKCS1: &str = "MIIBCgKCAQEAqIArA3oN973f23JaZ2EmZWvxj2p4GORpYkPLobSvoaJtBUxxfh40ag64FnoolD/mVgNG/1ii3YPWmaHwe0914OF+Ku5p9vLF7OJBAn06UsvuRBR7eB6wk537g1fXHBwyjA8NTexCw1DZy46aPCW8U7lnl8F/L/lcI8CYgI3CHO/5t9roDdNgkpqyQotRotfY0rnl/+WdDNM/Ele/7WZ26rA4rghbeOz1urT/d4kQwL01N3hPVhOSC+2I3zXbzCNBNIypb0FWg9dljss/uqfIPJDY3kY49Nbi0IA53z313926BKBzapWHyWZzBZJk4ZqNpZWbtf8ScJXggtzWhAOa0wIDAQAB";

    fn answer(records: &[&str]) -> TxtAnswer {
        TxtAnswer::Records(records.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn provider_table_and_choice() {
        assert_eq!(
            provider_selectors("microsoft-365"),
            ["selector1", "selector2"]
        );
        let (basis, provider, sel) = choose_selectors(
            &["ionos-es".into(), "google-workspace".into()],
            &["x".into()],
        );
        assert_eq!(basis, SelectorBasis::Provider);
        assert_eq!(provider.as_deref(), Some("google-workspace"));
        assert_eq!(sel, ["google", "x"]);
        let (basis, provider, sel) = choose_selectors(&[], &["Mine".into()]);
        assert_eq!(
            (basis, provider, sel),
            (SelectorBasis::Given, None, vec!["mine".into()])
        );
        let (basis, _, sel) = choose_selectors(&[], &[]);
        assert_eq!(basis, SelectorBasis::Common);
        assert_eq!(sel.len(), COMMON_SELECTORS.len());
    }

    #[test]
    fn an_rsa_key_is_found_with_its_size() {
        let c = check("s1", &answer(&[&format!("v=DKIM1; k=rsa; p={RSA_1024}")]));
        assert_eq!(c.state, DkimKeyState::Found, "{:?}", c.problem);
        assert_eq!(c.key_type.as_deref(), Some("rsa"));
        assert_eq!(c.key_bits, Some(1024));
        assert_eq!(c.problem, None);
        // Keys split over several strings arrive joined, sometimes with spaces in p=.
        let (head, tail) = RSA_2048_PKCS1.split_at(100);
        let c = check("s2", &answer(&[&format!("v=DKIM1; p={head} {tail}")]));
        assert_eq!((c.state, c.key_bits), (DkimKeyState::Found, Some(2048)));
    }

    #[test]
    fn an_ed25519_key() {
        let p = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
        let c = check("s", &answer(&[&format!("v=DKIM1; k=ed25519; p={p}")]));
        assert_eq!((c.state, c.key_bits), (DkimKeyState::Found, Some(256)));
    }

    #[test]
    fn missing_revoked_and_broken_keys() {
        assert_eq!(
            check("s", &TxtAnswer::NoRecords).state,
            DkimKeyState::Missing
        );
        assert_eq!(
            check("s", &answer(&["v=DKIM1; p="])).state,
            DkimKeyState::Revoked
        );
        for (record, fragment) in [
            ("v=DKIM1; p=not*base64", "not base64"),
            ("v=DKIM1; k=dsa; p=AAAA", "unknown key type"),
            ("v=DKIM2; p=AAAA", "not DKIM1"),
            ("k=rsa; v=DKIM1; p=AAAA", "first tag"),
            ("v=DKIM1; p=AAAA", "not an RSA public key"),
            ("hello world", "not a DKIM key"),
        ] {
            let c = check("s", &answer(&[record]));
            assert_eq!(c.state, DkimKeyState::Invalid, "{record}");
            assert!(
                c.problem
                    .as_ref()
                    .is_some_and(|p| p.english().contains(fragment)),
                "{record}: {:?}",
                c.problem
            );
        }
        let c = check("s", &TxtAnswer::Failed("timeout".into()));
        assert_eq!(c.state, DkimKeyState::LookupFailed);
    }

    #[test]
    fn names_and_selectors() {
        assert_eq!(
            record_name("selector1", "example.test"),
            "selector1._domainkey.example.test"
        );
        assert!(is_selector("s2048"));
        assert!(is_selector("2024.q1"));
        assert!(!is_selector("bad selector"));
        assert!(!is_selector(""));
    }
}
