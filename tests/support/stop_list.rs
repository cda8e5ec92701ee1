//! The English-word check of the Spanish and Portuguese tests: the words of a stop-list a text
//! holds outside what it quotes (`"…"`, `«…»`), which is the server's own text, a name or a path
//! shown as it came.

/// The stop-list's words in `text`, any case, leaving out what is quoted.
pub fn english_words(text: &str, stop_list: &[&str]) -> Vec<String> {
    let mut ours = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '«' | '»' | '"' => quoted = c == '«' || (c == '"' && !quoted),
            _ if !quoted => ours.push(c),
            _ => {}
        }
    }
    ours.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| stop_list.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}
