//! The OAuth2 sign-in overlay: where to go, the code spaced and spelled to read out over the
//! phone, the time left; or why the sign-in did not work.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::model::Said;
use crate::oauth2::spoken;
use crate::tui::app::App;
use crate::tui::sign_in::{SignInView, Stage};
use crate::tui::text::fixed;
use crate::tui::ui::wrap::hanging;
use mailtriage_core::said;

/// Rows the overlay wants (it shrinks to the screen).
pub const HEIGHT: u16 = 14;

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &SignInView) {
    let theme = &app.theme;
    let lang = app.lang;
    let t = |s: Said| s.render(lang).into_owned();
    let block = theme.block(true).title(Span::styled(
        format!(
            " {} ",
            t(said!("tui-sign-in-title", provider = view.provider.clone()))
        ),
        theme.title(),
    ));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    match &view.stage {
        Stage::Starting => lines.extend(hanging(
            Vec::new(),
            fixed(lang, "tui-sign-in-starting"),
            theme.dim(),
            width,
        )),
        Stage::Waiting {
            user_code,
            uri,
            uri_complete,
            left_secs,
        } => {
            lines.extend(hanging(
                Vec::new(),
                fixed(lang, "tui-sign-in-read-out"),
                theme.dim(),
                width,
            ));
            lines.push(Line::default());
            let label = |key: &'static str| fixed(lang, key);
            let labels = [
                label("oauth2-login-open"),
                label("oauth2-login-type"),
                label("oauth2-login-spelled"),
            ];
            let pad = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
            let row = |name: &str, value: &str, style| {
                hanging(
                    vec![Span::styled(format!("{name:<pad$}"), theme.dim())],
                    value,
                    style,
                    width,
                )
            };
            lines.extend(row(labels[0], uri, theme.key()));
            lines.extend(row(labels[1], &spoken::spaced(user_code), theme.title()));
            lines.extend(row(labels[2], &spoken::spelled(user_code), theme.dim()));
            if let Some(direct) = uri_complete {
                lines.push(Line::default());
                lines.extend(hanging(
                    Vec::new(),
                    &t(said!("oauth2-login-direct", url = direct.clone())),
                    theme.dim(),
                    width,
                ));
            }
            lines.push(Line::default());
            lines.extend(hanging(
                Vec::new(),
                &t(said!(
                    "tui-sign-in-waiting",
                    time = spoken::clock(*left_secs)
                )),
                theme.status_style(crate::model::StepStatus::Running),
                width,
            ));
        }
        Stage::Failed(why) => {
            lines.extend(hanging(
                Vec::new(),
                &why.render(lang),
                theme.error_text(),
                width,
            ));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
