//! Drawing: the layout of the panes and overlays, one widget per file.
//!
//! Wide (120 columns or more):
//! ```text
//!  header
//! ┌Network──────┐┌Incoming (POP3)┐┌Outgoing (SMTP)┐
//! └─────────────┘└───────────────┘└───────────────┘
//! ┌Transcript─────────────┐┌Hints─────────────────┐
//! └───────────────────────┘└──────────────────────┘
//!  keys
//! ```
//! Narrow (down to 80×24): a tab line names the panels with their status; the focused panel sits
//! left, and the transcript or the hints (`t` switches) right.

pub mod bar;
pub mod clock;
pub mod editor;
pub mod guided;
pub mod help;
pub mod hints;
pub mod panels;
pub mod picker;
pub mod scan;
pub mod transcript;
pub mod wrap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::model::StepStatus;
use crate::tui::app::{App, LowerPane, Overlay};
use crate::tui::text::words;

/// From this width on, the three panels stand side by side.
pub const WIDE_COLUMNS: u16 = 120;
/// Below this, only a "too small" note is drawn.
const MIN_COLUMNS: u16 = 60;
const MIN_ROWS: u16 = 16;
/// Width of the focused panel in the narrow layout.
const NARROW_PANEL_COLUMNS: u16 = 38;

/// Draw the whole screen. Records the sizes scrolling needs in `app.metrics`.
pub fn draw(frame: &mut Frame, app: &mut App) {
    let area = frame.area();
    if area.width < MIN_COLUMNS || area.height < MIN_ROWS {
        let note = words(app.lang).too_small;
        frame.render_widget(
            Paragraph::new(wrap::hanging(
                Vec::new(),
                note,
                app.theme.dim(),
                area.width as usize,
            )),
            area,
        );
        return;
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(bar::footer_height(app, area.width)),
    ])
    .areas(area);
    bar::render_header(frame, header, app);
    bar::render_footer(frame, footer, app);

    let setup = app.plan.is_none();
    if !setup {
        if area.width >= WIDE_COLUMNS {
            draw_wide(frame, body, app);
        } else {
            draw_narrow(frame, body, app);
        }
    }

    let overlay = app.overlay.clone();
    match &overlay {
        Overlay::None => {}
        Overlay::Help { scroll } => {
            let rect = popup(body, 76, body.height);
            let inner_height = rect.height.saturating_sub(2) as usize;
            let lines = help::render(frame, rect, app, *scroll);
            app.metrics.help_lines = lines;
            app.metrics.help_height = inner_height;
        }
        Overlay::Editor(form) => {
            let rect = if setup {
                body
            } else {
                popup(body, 64, editor::HEIGHT + 2)
            };
            editor::render(frame, rect, app, form);
        }
        Overlay::Picker(picker) => {
            let rect = if setup {
                body
            } else {
                popup(body, 70, body.height)
            };
            picker::render(frame, rect, app, picker);
        }
        Overlay::Guided { step } => {
            let rect = popup(body, 100, body.height);
            guided::render(frame, rect, app, *step);
        }
        Overlay::Scan(view) => {
            let rect = popup(body, 76, 16);
            scan::render(frame, rect, app, view);
        }
    }
}

fn draw_wide(frame: &mut Frame, body: Rect, app: &mut App) {
    let panels = app.panels();
    let wanted = panels
        .iter()
        .map(|p| panels::wanted_height(app, *p))
        .max()
        .unwrap_or(6);
    let top_height = wanted.clamp(7, (body.height * 3 / 5).max(7));
    let [top, bottom] =
        Layout::vertical([Constraint::Length(top_height), Constraint::Min(3)]).areas(body);
    let columns = Layout::horizontal(vec![
        Constraint::Ratio(1, panels.len().max(1) as u32);
        panels.len()
    ])
    .split(top);
    for (panel, rect) in panels.iter().zip(columns.iter()) {
        panels::render(frame, *rect, app, *panel, *panel == app.focus, true);
    }
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(bottom);
    transcript::render(frame, left, app, app.lower == LowerPane::Transcript);
    let lines = hints::render(frame, right, app, app.lower == LowerPane::Hints);
    app.metrics.hints_lines = lines;
    app.metrics.hints_height = right.height.saturating_sub(2) as usize;
}

fn draw_narrow(frame: &mut Frame, body: Rect, app: &mut App) {
    let [tabs, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
    render_tabs(frame, tabs, app);
    let [left, right] = Layout::horizontal([
        Constraint::Length(NARROW_PANEL_COLUMNS),
        Constraint::Min(20),
    ])
    .areas(rest);
    panels::render(frame, left, app, app.focus, true, false);
    match app.lower {
        LowerPane::Transcript => transcript::render(frame, right, app, false),
        LowerPane::Hints => {
            let lines = hints::render(frame, right, app, false);
            app.metrics.hints_lines = lines;
            app.metrics.hints_height = right.height.saturating_sub(2) as usize;
        }
    }
}

/// `1 Network ✓ ok │ 2 Incoming (POP3) ✗ failed │ …`, the focused one highlighted.
fn render_tabs(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    let w = words(app.lang);
    let mut spans = Vec::new();
    for (i, panel) in app.panels().into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(theme.separator()));
        }
        let number = crate::tui::runs::panel_index(panel) + 1;
        let status = app
            .runs
            .panel(panel)
            .map(|v| v.report.status)
            .unwrap_or(StepStatus::Pending);
        let name_style = if panel == app.focus {
            theme.selected()
        } else {
            theme.title()
        };
        spans.push(Span::styled(
            format!("{number} {}", w.panel(panel)),
            name_style,
        ));
        spans.push(Span::styled(
            format!(
                " {} {}",
                theme.status_symbol(status, app.spinner),
                w.status(status)
            ),
            theme.status_style(status),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A rectangle of at most `width`×`height`, centred in `area`.
fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
