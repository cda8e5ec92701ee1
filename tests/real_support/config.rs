//! Fills the config templates under tests/real/ (placeholders written `@NAME@`).

use std::fs;
use std::path::Path;

/// Replaces every `@NAME@` placeholder of `template` with its value; fails when one is left,
/// so a template and the code that fills it cannot drift apart silently.
pub fn render(
    template_name: &str,
    template: &str,
    values: &[(&str, String)],
) -> Result<String, String> {
    let mut text = template.to_string();
    for (name, value) in values {
        text = text.replace(&format!("@{name}@"), value);
    }
    if let Some(left) = leftover_placeholder(&text) {
        return Err(format!(
            "{template_name}: placeholder @{left}@ has no value"
        ));
    }
    Ok(text)
}

/// The first `@NAME@` (capitals, digits, underscores) still in `text`.
fn leftover_placeholder(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(start) = rest.find('@') {
        let after = &rest[start + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with('@') {
            return Some(&after[..name_len]);
        }
        rest = after;
    }
    None
}

/// Renders `template` and writes it to `path`.
pub fn write_rendered(
    path: &Path,
    template_name: &str,
    template: &str,
    values: &[(&str, String)],
) -> Result<(), String> {
    let text = render(template_name, template, values)?;
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
