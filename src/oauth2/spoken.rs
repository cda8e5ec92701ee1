//! The user code as it is read out over the phone: grouped, each character spaced, and spelled
//! with the international radio alphabet so that `0`/`O`, `1`/`I`/`L`, `5`/`S`, `8`/`B` cannot
//! be confused.

/// The radio alphabet's word for a letter (any case); `None` for anything else.
fn radio_word(c: char) -> Option<&'static str> {
    const WORDS: [&str; 26] = [
        "Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
        "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo",
        "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "X-ray", "Yankee", "Zulu",
    ];
    let upper = c.to_ascii_uppercase();
    upper
        .is_ascii_uppercase()
        .then(|| WORDS[(upper as u8 - b'A') as usize])
}

/// The code's groups: as the service separated them (`-` or spaces), else in threes (fours when
/// the length divides by four and not by three).
pub fn groups(code: &str) -> Vec<String> {
    let given: Vec<String> = code
        .split(['-', ' '])
        .filter(|g| !g.is_empty())
        .map(str::to_string)
        .collect();
    if given.len() > 1 {
        return given;
    }
    let chars: Vec<char> = code.chars().filter(|c| !c.is_whitespace()).collect();
    let size = if chars.len().is_multiple_of(4) && !chars.len().is_multiple_of(3) {
        4
    } else {
        3
    };
    chars
        .chunks(size)
        .map(|chunk| chunk.iter().collect())
        .collect()
}

/// The code large: characters one space apart, groups three spaces apart (`A B C   D E F`).
pub fn spaced(code: &str) -> String {
    groups(code)
        .iter()
        .map(|g| {
            g.chars()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("   ")
}

/// The code spelled: letters as radio words, digits as they are, groups separated by ` / `
/// (`Alfa Bravo 3 / Delta …`).
pub fn spelled(code: &str) -> String {
    groups(code)
        .iter()
        .map(|g| {
            g.chars()
                .map(|c| radio_word(c).map_or_else(|| c.to_string(), str::to_string))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// `mm:ss` (or `h:mm:ss`) of a number of seconds.
pub fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsoft_codes_are_read_in_threes() {
        assert_eq!(groups("FQK5HW3UF"), ["FQK", "5HW", "3UF"]);
        assert_eq!(spaced("FQK5HW3UF"), "F Q K   5 H W   3 U F");
        assert_eq!(
            spelled("FQK5HW3UF"),
            "Foxtrot Quebec Kilo / 5 Hotel Whiskey / 3 Uniform Foxtrot"
        );
    }

    #[test]
    fn google_codes_keep_their_dashes() {
        assert_eq!(groups("GQVQ-JKEC"), ["GQVQ", "JKEC"]);
        assert_eq!(groups("ABCDEFGH"), ["ABCD", "EFGH"]);
        assert_eq!(spelled("o0-1l"), "Oscar 0 / 1 Lima");
    }

    #[test]
    fn clocks() {
        assert_eq!(clock(899), "14:59");
        assert_eq!(clock(3661), "1:01:01");
    }
}
