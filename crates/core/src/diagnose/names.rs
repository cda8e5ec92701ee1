//! Host-name suggestions: the closest known server name to a mistyped one, and the best name
//! on a certificate to use instead of an alias.

use std::cmp::Reverse;
use std::net::IpAddr;

/// Edit distance (insertions, deletions, substitutions), case-insensitive.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = prev[j] + usize::from(ca != cb);
            cur[j + 1] = substitution.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The known server name closest to a name that does not exist, when it is close enough to be
/// a typing mistake (one edit per five characters, at most three).
pub fn closest_known_host<'a>(
    host: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let wanted = lowered(host);
    let limit = (wanted.len() / 5).clamp(1, 3);
    known
        .into_iter()
        // The distance is at least the difference in length: most names go without lowering.
        .filter(|k| k.chars().count().abs_diff(wanted.len()) <= limit)
        .filter(|k| !k.eq_ignore_ascii_case(host))
        .filter_map(|k| distance_within(&wanted, &lowered(k), limit).map(|d| (d, k)))
        .min_by_key(|(d, k)| (*d, *k))
        .map(|(_, k)| k)
}

fn lowered(name: &str) -> Vec<char> {
    name.chars().flat_map(char::to_lowercase).collect()
}

/// The edit distance of `a` and `b` when it is at most `limit`; `None` as soon as it is known
/// to be more (the lengths differ by more, or a whole row of the table exceeds it), so that
/// comparing a name with hundreds of known ones costs little.
fn distance_within(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j + 1] + 1).min(cur[j] + 1).min(prev[j] + cost);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|d| *d <= limit)
}

fn first_label(name: &str) -> &str {
    name.split('.').next().unwrap_or_default()
}

/// The name in a certificate subject's common name (`CN=host, O=…`), if any.
pub fn common_name(subject: &str) -> Option<&str> {
    subject
        .split([',', '/'])
        .map(str::trim)
        .find_map(|part| part.strip_prefix("CN="))
        .filter(|cn| !cn.is_empty())
}

/// The name on a certificate that best replaces the configured one: the provider's documented
/// server name if the certificate covers it; else a concrete host name (no wildcard, no
/// address), preferring the same first label (`mail.`, `pop.`, `smtp.`), then the
/// certificate's own primary name, then a host over a bare domain, then the fewest edits.
pub fn best_certificate_name(
    host: &str,
    names: &[String],
    primary: Option<&str>,
    documented: Option<&str>,
) -> Option<String> {
    let concrete: Vec<&String> = names
        .iter()
        .filter(|n| !n.starts_with('*') && n.parse::<IpAddr>().is_err())
        .collect();
    if let Some(n) =
        documented.and_then(|doc| concrete.iter().find(|n| n.eq_ignore_ascii_case(doc)))
    {
        return Some(n.to_string());
    }
    let wanted_label = first_label(host).to_ascii_lowercase();
    concrete
        .into_iter()
        .min_by_key(|n| {
            (
                Reverse(first_label(n).eq_ignore_ascii_case(&wanted_label)),
                Reverse(primary.is_some_and(|p| p.eq_ignore_ascii_case(n))),
                Reverse(n.split('.').count() >= 3),
                edit_distance(host, n),
            )
        })
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bounded_distance_agrees_with_the_full_one_within_its_limit() {
        let pairs = [
            ("pop.gmail.com", "pop.gmial.com"),
            ("smtp.office365.com", "smtp.ofice365.com"),
            ("kitten", "sitting"),
            ("mail.example.org", "pop.gmail.com"),
            ("", "abc"),
            ("Pop.GMX.net", "pop.gmx.net"),
        ];
        for (a, b) in pairs {
            let full = edit_distance(a, b);
            for limit in 0..5 {
                let bounded = distance_within(&lowered(a), &lowered(b), limit);
                assert_eq!(
                    bounded,
                    (full <= limit).then_some(full),
                    "{a} / {b} within {limit}"
                );
            }
        }
    }

    #[test]
    fn edit_distance_basics() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("pop.gmail.com", "pop.gmial.com"), 2);
        assert_eq!(edit_distance("POP.GMAIL.COM", "pop.gmail.com"), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggests_only_near_misses() {
        let known = ["pop.gmail.com", "smtp.gmail.com", "pop.mail.yahoo.com"];
        assert_eq!(
            closest_known_host("pop.gmial.com", known),
            Some("pop.gmail.com")
        );
        assert_eq!(closest_known_host("pop.gmail.com", known), None);
        assert_eq!(closest_known_host("mail.example.org", known), None);
    }

    #[test]
    fn best_name_prefers_documented_then_same_role() {
        let names: Vec<String> = [
            "*.hostingco.net",
            "hostingco.net",
            "server17.hostingco.net",
            "mail.hostingco.net",
            "192.0.2.7",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            best_certificate_name("mail.customer.example", &names, None, None).as_deref(),
            Some("mail.hostingco.net")
        );
        assert_eq!(
            best_certificate_name(
                "pop.customer.example",
                &names,
                Some("server17.hostingco.net"),
                None
            )
            .as_deref(),
            Some("server17.hostingco.net")
        );
        assert_eq!(
            best_certificate_name(
                "pop.customer.example",
                &names,
                Some("server17.hostingco.net"),
                Some("HOSTINGCO.net")
            )
            .as_deref(),
            Some("hostingco.net")
        );
        let only_wild = vec!["*.example.net".to_string()];
        assert_eq!(
            best_certificate_name("mail.x.org", &only_wild, None, None),
            None
        );
        assert_eq!(common_name("CN=a.example, O=Org"), Some("a.example"));
        assert_eq!(common_name("O=Org/CN=b.example"), Some("b.example"));
        assert_eq!(common_name("O=Org"), None);
    }
}
