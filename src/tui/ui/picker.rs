//! The provider list with type-to-filter.
//!
//! ```text
//! ┌Pick a provider────────────────────────┐
//! │filter: gm_                            │
//! │▶ Gmail            pop.gmail.com:995   │
//! │  GMX (.com .es)   pop.gmx.com:995     │
//! └───────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use mailtriage_core::i18n;

use crate::finding::Lang;
use crate::preset::{Note, UsernameForm};
use crate::tui::app::{App, Picker};
use crate::tui::presets::{PresetChoice, filter};
use crate::tui::text::{fixed, words};
use crate::tui::ui::wrap::{hanging, truncate};

pub fn render(frame: &mut Frame, area: Rect, app: &App, picker: &Picker) {
    let theme = &app.theme;
    let w = words(app.lang);
    let block = theme
        .block(true)
        .title(Span::styled(format!(" {} ", w.picker_title), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines = vec![Line::from(vec![
        Span::raw(format!("{}: ", w.picker_filter)),
        Span::styled(format!("{}_", picker.filter), theme.selected()),
    ])];
    let matches = filter(&app.presets, &picker.filter);
    if matches.is_empty() {
        lines.push(Line::from(Span::styled(w.picker_none, theme.dim())));
    }
    // Rows left for the list, keeping two for the note of the selected provider.
    let room = (inner.height as usize).saturating_sub(4).max(1);
    let first = picker.selected.saturating_sub(room - 1);
    for (row, index) in matches.iter().enumerate().skip(first).take(room) {
        let choice = &app.presets[*index];
        let servers = [choice.incoming.as_ref(), choice.outgoing.as_ref()]
            .into_iter()
            .flatten()
            .map(|e| format!("{}:{}", e.host, e.port))
            .collect::<Vec<_>>()
            .join("  ");
        let marker = if row == picker.selected {
            if theme.ascii { "> " } else { "▶ " }
        } else {
            "  "
        };
        let text = truncate(
            &format!("{marker}{:<22} {servers}", choice.name),
            width,
            theme.ascii,
        );
        let style = if row == picker.selected {
            theme.selected()
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    if let Some(note) = matches
        .get(picker.selected)
        .and_then(|i| note(app.lang, &app.presets[*i]))
    {
        lines.push(Line::default());
        lines.extend(hanging(Vec::new(), &note, theme.dim(), width));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Under the list, for the selected provider: the user name it expects and what to know about
/// it ("user name: the full address; needs an app password").
fn note(lang: Lang, choice: &PresetChoice) -> Option<String> {
    let notes: Vec<&str> = choice.notes.iter().map(|n| note_words(lang, *n)).collect();
    let username = choice.username.map(|form| match form {
        UsernameForm::FullAddress => "full-address",
        UsernameForm::LocalPart => "local-part",
    });
    if username.is_none() && notes.is_empty() {
        return None;
    }
    Some(i18n::text_with(
        lang,
        "tui-picker-note",
        &[
            ("username", username.unwrap_or("unknown").into()),
            ("notes", notes.join(", ").into()),
            ("count", notes.len().into()),
        ],
    ))
}

/// A provider's note in a few words.
fn note_words(lang: Lang, note: Note) -> &'static str {
    let key = match note {
        Note::AppPasswordRequired => "tui-note-app-password-required",
        Note::AppPasswordWith2fa => "tui-note-app-password-with-2fa",
        Note::PopMustBeEnabled => "tui-note-pop-must-be-enabled",
        Note::Oauth2Only => "tui-note-oauth2-only",
        Note::AdminControlsAccess => "tui-note-admin-controls-access",
        Note::NoPop3 => "tui-note-no-pop3",
        Note::SelfSignedCertificate => "tui-note-self-signed-certificate",
        Note::LocalBridge => "tui-note-local-bridge",
        Note::PollingLimit => "tui-note-polling-limit",
        Note::DisconnectsAfterBadPassword => "tui-note-disconnects-after-bad-password",
        Note::Port25Blocked => "tui-note-port-25-blocked",
        Note::RegionalServers => "tui-note-regional-servers",
        Note::PaidPlanRequired => "tui-note-paid-plan-required",
    };
    fixed(lang, key)
}
