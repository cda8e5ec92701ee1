//! The English-word check of the Spanish and Portuguese tests: the words of a stop-list a text
//! holds outside what it quotes (`"…"`, `«…»`), which is the server's own text, a name or a path
//! shown as it came.

/// The stop-list's words in `text`, any case, leaving out what is quoted.
pub fn english_words(text: &str, stop_list: &[&str]) -> Vec<String> {
    mailtriage_core::i18n::stop_list::without_quoted(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| stop_list.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}
