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
    // One pair of rows and one name buffer for every comparison: a diagnosis compares a name
    // with every known one.
    let mut rows = Rows::default();
    let mut name = Vec::new();
    let letters = Letters::of(&wanted);
    let mut best: Option<(usize, &str)> = None;
    for k in known {
        // The distance is at least the difference in length, and at least the number of
        // letters one name has and the other lacks: most names end there, without the table.
        if k.chars().count().abs_diff(wanted.len()) > limit
            || k.eq_ignore_ascii_case(host)
            || letters.apart_from(k) > limit
        {
            continue;
        }
        name.clear();
        name.extend(k.chars().flat_map(char::to_lowercase));
        let Some(d) = rows.distance_within(&wanted, &name, limit) else {
            continue;
        };
        if best.is_none_or(|(bd, bk)| (d, k) < (bd, bk)) {
            best = Some((d, k));
        }
    }
    best.map(|(_, k)| k)
}

/// How many of each ASCII letter a name has (case folded), for a lower bound of the edit
/// distance that costs one pass over the other name.
struct Letters {
    counts: [i16; 128],
    /// How many letters were counted.
    letters: usize,
    /// A name with other characters gets no bound (0): the table decides.
    ascii: bool,
}

impl Letters {
    fn of(name: &[char]) -> Letters {
        let mut counts = [0i16; 128];
        let ascii = name.iter().all(char::is_ascii) && name.len() < i16::MAX as usize;
        if ascii {
            for c in name {
                counts[*c as usize] += 1;
            }
        }
        let letters = if ascii { name.len() } else { 0 };
        Letters {
            counts,
            letters,
            ascii,
        }
    }

    /// The bag distance to `other`: the larger of the letters only this name has and those
    /// only `other` has. Every edit changes each side by at most one, so the edit distance is
    /// never less.
    fn apart_from(&self, other: &str) -> usize {
        if !self.ascii || !other.is_ascii() || other.len() >= i16::MAX as usize {
            return 0;
        }
        let mut counts = self.counts;
        // Letters of this name not yet matched by one of `other`, and letters of `other` that
        // this name lacks.
        let mut only_here = self.letters;
        let mut only_there = 0usize;
        for b in other.bytes() {
            let count = &mut counts[usize::from(b.to_ascii_lowercase())];
            if *count > 0 {
                only_here -= 1;
            } else {
                only_there += 1;
            }
            *count -= 1;
        }
        only_here.max(only_there)
    }
}

fn lowered(name: &str) -> Vec<char> {
    name.chars().flat_map(char::to_lowercase).collect()
}

/// The two rows of the edit-distance table, kept between comparisons.
#[derive(Default)]
struct Rows {
    prev: Vec<usize>,
    cur: Vec<usize>,
}

impl Rows {
    /// The edit distance of `a` and `b` when it is at most `limit`; `None` as soon as it is
    /// known to be more. Only the cells within `limit` of the diagonal are computed (any other
    /// is more than `limit` already), and a row whose every cell exceeds it ends the comparison,
    /// so comparing a name with hundreds of known ones costs little.
    fn distance_within(&mut self, a: &[char], b: &[char], limit: usize) -> Option<usize> {
        if a.len().abs_diff(b.len()) > limit {
            return None;
        }
        // Anything above `limit` is "too far"; `far` stands for all such values.
        let far = limit + 1;
        let (prev, cur) = (&mut self.prev, &mut self.cur);
        prev.clear();
        prev.extend((0..=b.len()).map(|j| j.min(far)));
        cur.clear();
        cur.resize(b.len() + 1, far);
        for (i, ca) in a.iter().enumerate() {
            let row = i + 1;
            let lo = row.saturating_sub(limit).max(1);
            let hi = (row + limit).min(b.len());
            cur[lo - 1] = if lo == 1 { row.min(far) } else { far };
            let mut row_min = cur[lo - 1];
            for j in lo..=hi {
                let cost = usize::from(*ca != b[j - 1]);
                let cell = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
                cur[j] = cell.min(far);
                row_min = row_min.min(cur[j]);
            }
            if hi < b.len() {
                cur[hi + 1] = far;
            }
            if row_min > limit {
                return None;
            }
            std::mem::swap(prev, cur);
        }
        Some(prev[b.len()]).filter(|d| *d <= limit)
    }
}

/// [`Rows::distance_within`] with rows of its own.
#[cfg(test)]
fn distance_within(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    Rows::default().distance_within(a, b, limit)
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
    fn the_letter_bound_never_exceeds_the_distance() {
        let pairs = [
            ("pop.gmail.com", "pop.gmial.com"),
            ("smtp.office365.com", "SMTP.ofice365.com"),
            ("kitten", "sitting"),
            ("mail.example.org", "pop.gmail.com"),
            ("", "abc"),
            ("abc", "cab"),
        ];
        for (a, b) in pairs {
            let bound = Letters::of(&lowered(a)).apart_from(b);
            assert!(bound <= edit_distance(a, b), "{a} / {b}: {bound}");
        }
        assert_eq!(Letters::of(&lowered("abc")).apart_from("cab"), 0);
        assert_eq!(Letters::of(&lowered("aaaa")).apart_from("bb"), 4);
    }

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
        // And many short names over a small alphabet, where every kind of edit happens.
        let mut seed = 0x2545_f491_u32;
        let mut word = || {
            let mut w = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            for k in 0..(seed % 9) {
                w.push(['a', 'b', '.', 'c'][((seed >> (2 * k + 4)) % 4) as usize]);
            }
            w
        };
        let generated: Vec<(String, String)> = (0..2000).map(|_| (word(), word())).collect();
        let pairs = pairs
            .iter()
            .map(|(a, b)| (*a, *b))
            .chain(generated.iter().map(|(a, b)| (a.as_str(), b.as_str())));
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
