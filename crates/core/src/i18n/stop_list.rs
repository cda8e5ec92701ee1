//! English words that must not reach a person reading another language: tests render texts in
//! Spanish or Portuguese and ask [`english_words_in`] which of these words are left.
//!
//! The list holds the common words of the product's English texts that are not also Spanish or
//! Portuguese words ("no", "a", "do", "has", "once", "use", "error" are not on it). Protocol words people use as
//! they are (POP3, IMAP, SMTP, TLS, STARTTLS, DNS, OAuth2) are not on it either, and protocol
//! commands written in capitals (USER, PASS, EHLO, `MAIL FROM`) are allowed even when the same
//! word in small letters is English prose ("mail"). Command-line options (`--incoming both`),
//! the command `mailtriage check` and product names are taken out before looking.

use crate::settings::Lang;

/// English words, in small letters, that a text in another language must not contain.
pub const ENGLISH_WORDS: &[&str] = &[
    // Grammar words.
    "the",
    "and",
    "or",
    "but",
    "not",
    "with",
    "without",
    "your",
    "you",
    "this",
    "that",
    "these",
    "those",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "have",
    "had",
    "will",
    "would",
    "can",
    "cannot",
    "could",
    "should",
    "must",
    "it",
    "its",
    "of",
    "to",
    "for",
    "from",
    "on",
    "at",
    "by",
    "if",
    "then",
    "than",
    "when",
    "what",
    "which",
    "who",
    "how",
    "why",
    "where",
    "there",
    "here",
    "into",
    "only",
    "also",
    "again",
    "after",
    "before",
    "until",
    "every",
    "some",
    "any",
    "all",
    "same",
    "other",
    "another",
    "more",
    "less",
    "too",
    "yet",
    "still",
    "just",
    "now",
    "each",
    "both",
    "either",
    "does",
    "did",
    "done",
    "ask",
    "try",
    "wait",
    "set",
    "open",
    "make",
    "sure",
    "turn",
    "switch",
    "keep",
    // The product's nouns and verbs.
    "server",
    "servers",
    "password",
    "passwords",
    "mail",
    "email",
    "settings",
    "setting",
    "check",
    "checked",
    "checking",
    "fix",
    "fixed",
    "found",
    "failed",
    "fails",
    "works",
    "working",
    "work",
    "step",
    "steps",
    "connection",
    "connections",
    "address",
    "addresses",
    "name",
    "names",
    "user",
    "account",
    "accounts",
    "provider",
    "providers",
    "sending",
    "receiving",
    "incoming",
    "outgoing",
    "network",
    "certificate",
    "certificates",
    "encryption",
    "encrypted",
    "secure",
    "security",
    "evidence",
    "result",
    "problem",
    "problems",
    "warning",
    "notes",
    "reply",
    "replied",
    "said",
    "sent",
    "answer",
    "answered",
    "answers",
    "port",
    "ports",
    "login",
    "sign",
    "signed",
    "message",
    "messages",
    "mailbox",
    "sender",
    "recipient",
    "domain",
    "record",
    "records",
    "key",
    "keys",
    "time",
    "date",
    "clock",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "none",
    "unknown",
    "valid",
    "expired",
    "untrusted",
    "refused",
    "timeout",
    "closed",
    "skipped",
    "pending",
    "running",
    "recommended",
    "instead",
    "configured",
    "tested",
    "computer",
    "program",
    "device",
    "devices",
    "webmail",
    "help",
    "page",
    "given",
    "missing",
    "wrong",
    "right",
    "correct",
    "new",
    "old",
];

/// Words of the stop list that a language uses as its own, so they are not flagged in it.
fn own_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        // Brazilian help desks and mail programs say "login", "webmail" and "e-mail" as they are.
        // "for" is a form of "ser" and "ir" ("se não for renovado").
        Lang::Pt => &["login", "webmail", "e-mail", "for"],
        Lang::Es | Lang::En => &[],
    }
}

/// Protocol commands and keywords, allowed when written in capitals as on the wire.
pub const PROTOCOL_COMMANDS: &[&str] = &[
    "USER",
    "PASS",
    "APOP",
    "CAPA",
    "STLS",
    "STAT",
    "UIDL",
    "RETR",
    "QUIT",
    "RSET",
    "NOOP",
    "EHLO",
    "HELO",
    "AUTH",
    "MAIL",
    "FROM",
    "RCPT",
    "TO",
    "DATA",
    "STARTTLS",
    "LOGIN",
    "PLAIN",
    "PREAUTH",
    "CAPABILITY",
    "LOGOUT",
    "SELECT",
    "OK",
    "NO",
    "BAD",
    "BYE",
];

/// Names of products, commands and record syntax that contain English words and stay as they are.
const KEPT_AS_THEY_ARE: &[&str] = &[
    "mailtriage check",
    "mailtriage oauth2 login",
    "Apple Mail",
    "Outlook.com",
    "p=none",
];

/// `text` without what it quotes (`"…"`, `«…»`): the server's own words, a name or a path shown
/// as it came, which no stop list judges.
pub fn without_quoted(text: &str) -> String {
    let mut ours = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '«' | '»' | '"' => quoted = c == '«' || (c == '"' && !quoted),
            _ if !quoted => ours.push(c),
            _ => {}
        }
    }
    ours
}

/// The English words of the stop list found in `text`, a text written in `lang`, in order and
/// without repeats. Empty for English.
pub fn english_words_in(text: &str, lang: Lang) -> Vec<&'static str> {
    if lang == Lang::En {
        return Vec::new();
    }
    let mut cleaned = text.to_string();
    for kept in KEPT_AS_THEY_ARE {
        cleaned = cleaned.replace(kept, " ");
    }
    let mut found: Vec<&'static str> = Vec::new();
    let mut after_option = false;
    for word in cleaned.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')) {
        if word.is_empty() {
            continue;
        }
        // `--incoming both`: an option and its value are command-line words.
        if word.starts_with("--") {
            after_option = true;
            continue;
        }
        if std::mem::take(&mut after_option) {
            continue;
        }
        if own_words(lang).contains(&word.to_lowercase().as_str()) {
            continue;
        }
        for part in word.split(['-', '_']).filter(|p| !p.is_empty()) {
            if PROTOCOL_COMMANDS.contains(&part) {
                continue;
            }
            let lower = part.to_lowercase();
            if own_words(lang).contains(&lower.as_str()) {
                continue;
            }
            if let Some(english) = ENGLISH_WORDS.iter().find(|w| **w == lower)
                && !found.contains(english)
            {
                found.push(english);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_english_words_and_leaves_protocol_words_alone() {
        assert_eq!(
            english_words_in("How to fix it: check the server", Lang::Es),
            ["how", "to", "fix", "it", "check", "the", "server"]
        );
        assert_eq!(
            english_words_in("Cómo arreglarlo: revisa el servidor", Lang::Es),
            Vec::<&str>::new()
        );
        assert!(english_words_in("tras «MAIL FROM:<a@b>» el servidor dijo", Lang::Es).is_empty());
        assert_eq!(english_words_in("el mail", Lang::Es), ["mail"]);
        assert!(english_words_in("usa --incoming both y mailtriage check", Lang::Es).is_empty());
        assert!(english_words_in("faça login no webmail e leia o e-mail", Lang::Pt).is_empty());
        assert_eq!(english_words_in("haz login", Lang::Es), ["login"]);
        assert_eq!(english_words_in("OUTGOING (SMTP)", Lang::Pt), ["outgoing"]);
        assert!(english_words_in("the server", Lang::En).is_empty());
    }
}
