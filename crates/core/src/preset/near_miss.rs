//! How far a typed server name is from a known one: edit distance where swapping two neighbour
//! letters counts as one typo ("gmial" → "gmail"), as do a missing, extra or wrong letter.

/// Longest name compared; DNS names are at most 253 characters.
const MAX_COMPARED_CHARS: usize = 253;

/// Optimal-string-alignment distance between `a` and `b`, or `None` when it is certainly more
/// than `limit` (or either text is longer than a DNS name). Case-insensitive for ASCII.
pub fn typo_distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    if a.len() > MAX_COMPARED_CHARS || b.len() > MAX_COMPARED_CHARS {
        return None;
    }
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // Three rolling rows: the one before the previous is needed for transpositions.
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let substitution = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= limit).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swapped_letters_are_one_typo() {
        assert_eq!(typo_distance("pop.gmial.com", "pop.gmail.com", 2), Some(1));
    }

    #[test]
    fn missing_extra_and_wrong_letters() {
        assert_eq!(typo_distance("pop.gmal.com", "pop.gmail.com", 2), Some(1));
        assert_eq!(typo_distance("pop3.gmail.com", "pop.gmail.com", 2), Some(1));
        assert_eq!(typo_distance("pop.gmail.con", "pop.gmail.com", 2), Some(1));
        assert_eq!(typo_distance("pop.gmx.de", "pop.gmx.net", 2), Some(2));
    }

    #[test]
    fn equal_is_zero_and_case_does_not_matter() {
        assert_eq!(typo_distance("POP.GMAIL.COM", "pop.gmail.com", 2), Some(0));
    }

    #[test]
    fn far_apart_is_none() {
        assert_eq!(typo_distance("smtp.gmx.com", "mail.gmx.com", 2), None);
        assert_eq!(typo_distance("a", "pop.gmail.com", 2), None);
        assert_eq!(typo_distance("", "", 2), Some(0));
    }

    #[test]
    fn overlong_input_is_not_compared() {
        let long = "a".repeat(MAX_COMPARED_CHARS + 1);
        assert_eq!(typo_distance(&long, &long, 2), None);
    }
}
