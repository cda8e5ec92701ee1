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

use crate::account::Security;
use crate::account::source::Origin;
use crate::finding::Lang;
use crate::model::Panel;
use crate::tui::app::App;
use crate::tui::form::{Field, Form, FormError, HostProblem};
use crate::tui::text::{Words, words};
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
    // Portuguese: English until this text moves to the locale files.
    let (email, look_up) = match app.lang {
        Lang::En | Lang::Pt => ("e-mail", "(Ctrl-D looks up its servers)"),
        Lang::Es => ("correo", "(Ctrl-D busca sus servidores)"),
    };
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
    // Portuguese: English until this text moves to the locale files.
    let (smtp_user, same) = match app.lang {
        Lang::En | Lang::Pt => ("SMTP user", "(same as user)"),
        Lang::Es => ("usuario SMTP", "(el mismo usuario)"),
    };
    lines.push(text_row(
        theme,
        smtp_user,
        &form.smtp_user,
        form.focus == Field::SmtpUser,
        same,
        width,
    ));
    // Portuguese: English until this text moves to the locale files.
    let (from, to) = match app.lang {
        Lang::En | Lang::Pt => ("from (test)", "to (test)"),
        Lang::Es => ("de (prueba)", "a (prueba)"),
    };
    // Portuguese: English until this text moves to the locale files.
    let none = match app.lang {
        Lang::En | Lang::Pt => "(no dry run)",
        Lang::Es => "(sin prueba de envío)",
    };
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
    // Portuguese: English until this text moves to the locale files.
    let (ca, ca_none) = match (app.lang, form.ca_pem.is_some()) {
        (Lang::En | Lang::Pt, false) => ("CA file", "(system CAs only)"),
        (Lang::En | Lang::Pt, true) => ("CA file", "(the one given at start)"),
        (Lang::Es, false) => ("archivo CA", "(solo las CA del sistema)"),
        (Lang::Es, true) => ("archivo CA", "(el indicado al empezar)"),
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
    let en = lang != Lang::Es;
    if form.looking_up {
        return if en {
            format!("  looking up {}…", form.email.trim())
        } else {
            format!("  buscando {}…", form.email.trim())
        };
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
        Some(match (origin?, en) {
            (Origin::Options, true) => "what was typed here".into(),
            (Origin::Options, false) => "lo escrito aquí".into(),
            (Origin::Profile, true) => "the saved profile".into(),
            (Origin::Profile, false) => "el perfil guardado".into(),
            (Origin::Preset, true) => format!("the {provider} preset"),
            (Origin::Preset, false) => format!("los datos conocidos de {provider}"),
            (Origin::Mx, true) => format!("{provider}, where the MX of {domain} points"),
            (Origin::Mx, false) => format!("{provider}, adonde apunta el MX de {domain}"),
            (Origin::Srv, true) => format!("the SRV records of {domain}"),
            (Origin::Srv, false) => format!("los registros SRV de {domain}"),
            (Origin::Ispdb, true) => "Thunderbird's provider database (ISPDB)".into(),
            (Origin::Ispdb, false) => "la base de proveedores de Thunderbird (ISPDB)".into(),
            (Origin::Autoconfig, true) => format!("the autoconfig file of {domain}"),
            (Origin::Autoconfig, false) => format!("el archivo autoconfig de {domain}"),
            (Origin::Guess, true) => format!("a guess (a usual name of {domain} answered)"),
            (Origin::Guess, false) => {
                format!("una prueba (respondió un nombre habitual de {domain})")
            }
        })
    };
    let incoming = origin(source.incoming_from);
    let outgoing = origin(source.outgoing_from);
    let (from, inc, out) = if en {
        ("  servers from", "incoming", "outgoing")
    } else {
        ("  servidores según", "entrada", "salida")
    };
    match (incoming, outgoing) {
        (Some(a), Some(b)) if a == b => format!("{from} {a}"),
        (Some(a), Some(b)) => format!("{from}: {inc} {a}; {out} {b}"),
        (Some(a), None) => format!("{from}: {inc} {a}"),
        (None, Some(b)) => format!("{from}: {out} {b}"),
        (None, None) if en => "  no servers found for this address".into(),
        (None, None) => "  no se encontraron servidores para esta dirección".into(),
    }
}

fn label<'a>(name: &str) -> Span<'a> {
    Span::raw(format!("  {name:<12}"))
}

/// Why the form was refused, naming the field and what to type instead.
pub fn error_text(lang: Lang, w: &Words, error: FormError) -> String {
    // Portuguese: English until this text moves to the locale files.
    let side = |field: Field| match (field, lang) {
        (Field::IncomingHost | Field::IncomingPort, Lang::En | Lang::Pt) => "Incoming",
        (Field::IncomingHost | Field::IncomingPort, Lang::Es) => "Entrada",
        (_, Lang::En | Lang::Pt) => "Outgoing",
        (_, Lang::Es) => "Salida",
    };
    // Portuguese: English until this text moves to the locale files.
    match (error, lang) {
        (FormError::BadPort(field), _) => format!("{}: {}", side(field), w.bad_port),
        (FormError::NoServer, _) => w.no_server.to_string(),
        (FormError::BadHost(field, problem), Lang::En | Lang::Pt) => {
            let why = match problem {
                HostProblem::Characters => {
                    "a host is a name like mail.example.org or an address, without spaces, @ or /"
                }
                HostProblem::Brackets => "write an IPv6 address in brackets: [2001:db8::1]:995",
                HostProblem::Port => "the port after ':' must be a number from 1 to 65535",
            };
            format!("{} host: {why}", side(field))
        }
        (FormError::BadHost(field, problem), Lang::Es) => {
            let why = match problem {
                HostProblem::Characters => {
                    "un servidor es un nombre como mail.example.org o una dirección, sin espacios, @ ni /"
                }
                HostProblem::Brackets => {
                    "escribe una dirección IPv6 entre corchetes: [2001:db8::1]:995"
                }
                HostProblem::Port => "el puerto tras ':' debe ser un número de 1 a 65535",
            };
            format!("Servidor de {}: {why}", side(field).to_lowercase())
        }
        (FormError::BadAddress(Field::Email), Lang::En | Lang::Pt) => {
            "The e-mail address must look like name@example.org".to_string()
        }
        (FormError::BadAddress(Field::Email), Lang::Es) => {
            "La dirección de correo debe tener la forma nombre@example.org".to_string()
        }
        (FormError::BadAddress(_), Lang::En | Lang::Pt) => {
            "The dry-run addresses must be e-mail addresses (name@domain), or empty for no dry run"
                .to_string()
        }
        (FormError::BadAddress(_), Lang::Es) => {
            "Las direcciones de la prueba deben ser de correo (nombre@dominio), o vacías para no \
             probar el envío"
                .to_string()
        }
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
