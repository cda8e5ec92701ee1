//! The settings form: both servers (host, port, security), user and password (masked, never
//! shown), and the sender and recipient of the SMTP dry run. A refused value is named with what
//! to type instead.
//!
//! ```text
//! ┌Account settings──────────────────────────────┐
//! │Incoming (POP3)                               │
//! │  host      pop.example.org_                  │
//! │  port      995                               │
//! │  security  ◂ SSL/TLS ▸                       │
//! │  …                                           │
//! └──────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use mailtriage_core::i18n;

use crate::account::Security;
use crate::account::source::Origin;
use crate::finding::Lang;
use crate::model::Panel;
use crate::tui::app::App;
use crate::tui::form::{Field, Form, FormError, HostProblem};
use crate::tui::text::{Words, fixed, words};
use crate::tui::theme::Theme;
use crate::tui::ui::wrap::{hanging, truncate};

/// Rows the form needs inside its border.
pub const HEIGHT: u16 = 19;

pub fn render(frame: &mut Frame, area: Rect, app: &App, form: &Form) {
    let theme = &app.theme;
    let w = words(app.lang);
    let title = if form.setup {
        w.setup_title
    } else {
        w.editor_title
    };
    let block = theme
        .block(true)
        .title(Span::styled(format!(" {title} "), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines: Vec<Line> = hanging(Vec::new(), w.editor_intro, theme.dim(), width);
    let (email, look_up) = (
        fixed(app.lang, "tui-editor-email"),
        fixed(app.lang, "tui-editor-email-empty"),
    );
    lines.push(text_row(
        theme,
        email,
        &form.email,
        form.focus == Field::Email,
        look_up,
        width,
    ));
    // Where the servers came from, once a look-up said it; no row before that.
    let source = source_line(app.lang, form);
    if !source.is_empty() {
        lines.push(Line::from(Span::styled(
            truncate(&source, width, theme.ascii),
            theme.dim(),
        )));
    }
    lines.push(Line::from(Span::styled(
        w.panel_speaking(Panel::Incoming, form.incoming_protocol),
        theme.title(),
    )));
    lines.push(text_row(
        theme,
        w.host,
        &form.incoming.host,
        form.focus == Field::IncomingHost,
        w.empty_side,
        width,
    ));
    lines.push(text_row(
        theme,
        w.port,
        &form.incoming.port,
        form.focus == Field::IncomingPort,
        "",
        width,
    ));
    lines.push(security_row(
        theme,
        w,
        form.incoming.security,
        form.focus == Field::IncomingSecurity,
    ));
    lines.push(Line::from(Span::styled(w.outgoing, theme.title())));
    lines.push(text_row(
        theme,
        w.host,
        &form.outgoing.host,
        form.focus == Field::OutgoingHost,
        w.empty_side,
        width,
    ));
    lines.push(text_row(
        theme,
        w.port,
        &form.outgoing.port,
        form.focus == Field::OutgoingPort,
        "",
        width,
    ));
    lines.push(security_row(
        theme,
        w,
        form.outgoing.security,
        form.focus == Field::OutgoingSecurity,
    ));
    lines.push(text_row(
        theme,
        w.user,
        &form.user,
        form.focus == Field::User,
        "",
        width,
    ));
    let masked: String =
        std::iter::repeat_n(theme.mask_char(), form.password.expose().chars().count()).collect();
    lines.push(text_row(
        theme,
        w.password,
        &masked,
        form.focus == Field::Password,
        "",
        width,
    ));
    let (smtp_user, same) = (
        fixed(app.lang, "tui-editor-smtp-user"),
        fixed(app.lang, "tui-editor-smtp-user-empty"),
    );
    lines.push(text_row(
        theme,
        smtp_user,
        &form.smtp_user,
        form.focus == Field::SmtpUser,
        same,
        width,
    ));
    let (from, to) = (
        fixed(app.lang, "tui-editor-from"),
        fixed(app.lang, "tui-editor-to"),
    );
    let none = fixed(app.lang, "tui-editor-no-dry-run");
    lines.push(text_row(
        theme,
        from,
        &form.from,
        form.focus == Field::From,
        none,
        width,
    ));
    lines.push(text_row(
        theme,
        to,
        &form.to,
        form.focus == Field::To,
        none,
        width,
    ));
    let ca = fixed(app.lang, "tui-editor-ca-file");
    let ca_none = if form.ca_pem.is_some() {
        fixed(app.lang, "tui-editor-ca-file-from-start")
    } else {
        fixed(app.lang, "tui-editor-ca-file-empty")
    };
    lines.push(text_row(
        theme,
        ca,
        &form.ca_file,
        form.focus == Field::CaFile,
        ca_none,
        width,
    ));
    if let Some(error) = form.error {
        lines.extend(hanging(
            Vec::new(),
            &error_text(app.lang, w, error),
            theme.error_text(),
            width,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Under the address: the look-up under way, or where the servers came from.
fn source_line(lang: Lang, form: &Form) -> String {
    if form.looking_up {
        let address = form.email.trim();
        return format!(
            "  {}",
            i18n::text_with(
                lang,
                "tui-editor-looking-up",
                &[("address", address.into())]
            )
        );
    }
    let Some(source) = &form.source else {
        return String::new();
    };
    let domain = source.domain.as_deref().unwrap_or("");
    let origin = |origin: Option<Origin>| -> Option<String> {
        let provider = source
            .provider
            .as_ref()
            .or(source.mx_provider.as_ref())
            .map(|p| p.name.as_str())
            .unwrap_or("");
        let key = match origin? {
            Origin::Options => "tui-origin-options",
            Origin::Profile => "tui-origin-profile",
            Origin::Preset => "tui-origin-preset",
            Origin::Mx => "tui-origin-mx",
            Origin::Srv => "tui-origin-srv",
            Origin::Ispdb => "tui-origin-ispdb",
            Origin::Autoconfig => "tui-origin-autoconfig",
            Origin::Guess => "tui-origin-guess",
        };
        Some(i18n::text_with(
            lang,
            key,
            &[("provider", provider.into()), ("domain", domain.into())],
        ))
    };
    let line = match (origin(source.incoming_from), origin(source.outgoing_from)) {
        (Some(a), Some(b)) if a == b => {
            i18n::text_with(lang, "tui-editor-servers-from", &[("origin", a.into())])
        }
        (Some(a), Some(b)) => i18n::text_with(
            lang,
            "tui-editor-servers-from-each",
            &[("incoming", a.into()), ("outgoing", b.into())],
        ),
        (Some(a), None) => i18n::text_with(
            lang,
            "tui-editor-servers-from-incoming",
            &[("incoming", a.into())],
        ),
        (None, Some(b)) => i18n::text_with(
            lang,
            "tui-editor-servers-from-outgoing",
            &[("outgoing", b.into())],
        ),
        (None, None) => fixed(lang, "tui-editor-no-servers-found").to_string(),
    };
    format!("  {line}")
}

/// A field's name in its column, always followed by a space however long the language's word.
fn label<'a>(name: &str) -> Span<'a> {
    Span::raw(format!("  {name:<11} "))
}

/// Why the form was refused, naming the field and what to type instead.
pub fn error_text(lang: Lang, w: &Words, error: FormError) -> String {
    let side = |field: Field| match field {
        Field::IncomingHost | Field::IncomingPort => "incoming",
        _ => "outgoing",
    };
    match error {
        FormError::BadPort(field) => {
            i18n::text_with(lang, "tui-form-bad-port", &[("side", side(field).into())])
        }
        FormError::NoServer => w.no_server.to_string(),
        FormError::BadHost(field, problem) => {
            let why = match problem {
                HostProblem::Characters => "tui-form-host-characters",
                HostProblem::Brackets => "tui-form-host-brackets",
                HostProblem::Port => "tui-form-host-port",
            };
            i18n::text_with(
                lang,
                "tui-form-bad-host",
                &[
                    ("side", side(field).into()),
                    ("why", fixed(lang, why).into()),
                ],
            )
        }
        FormError::BadAddress(Field::Email) => fixed(lang, "tui-form-bad-email").to_string(),
        FormError::BadAddress(_) => fixed(lang, "tui-form-bad-dry-run").to_string(),
    }
}

fn text_row<'a>(
    theme: &Theme,
    name: &str,
    value: &str,
    focused: bool,
    empty: &'static str,
    width: usize,
) -> Line<'a> {
    let room = width.saturating_sub(15);
    let shown = if value.is_empty() && !focused {
        Span::styled(empty, theme.dim())
    } else {
        let cursor = if focused { "_" } else { "" };
        let text = truncate_left(value, room.saturating_sub(1), theme.ascii);
        let style = if focused {
            theme.selected()
        } else {
            ratatui::style::Style::default()
        };
        Span::styled(format!("{text}{cursor}"), style)
    };
    Line::from(vec![label(name), shown])
}

/// Keep the end of a long value visible (where the typing happens).
fn truncate_left(value: &str, width: usize, ascii: bool) -> String {
    let reversed: String = value.chars().rev().collect();
    let cut = truncate(&reversed, width, ascii);
    cut.chars().rev().collect()
}

fn security_row<'a>(theme: &Theme, w: &Words, security: Security, focused: bool) -> Line<'a> {
    let (left, right) = theme.cycle_hint();
    let value = format!("{left} {} {right}", w.security_name(security));
    let style = if focused {
        theme.selected()
    } else {
        ratatui::style::Style::default()
    };
    Line::from(vec![label(w.security), Span::styled(value, style)])
}
