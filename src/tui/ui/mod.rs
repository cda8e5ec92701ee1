//! Drawing: the layout of the panes and overlays, one widget per file.
//!
//! Incoming and outgoing always stand side by side, under a one-line verdict that compares
//! them, so the technician sees at once which side fails and at which step. With POP3 and IMAP
//! both checked, the IMAP panel stands between them.
//!
//! Wide (120 columns or more): the network has a panel of its own beside them, and the
//! transcript and the hints both show below.
//! ```text
//!  header
//!  verdict
//! ┌Incoming (POP3)─┐┌Outgoing (SMTP)─┐┌Network─┐
//! └────────────────┘└────────────────┘└────────┘
//! ┌Transcript─────────────┐┌Hints─────────────┐
//! └───────────────────────┘└──────────────────┘
//!  keys
//! ```
//! Narrow (down to 80×24): the network is a strip of one or two rows, the mail panels show the
//! passed steps together when their rows run short, and one pane below shows the hints or the
//! transcript (`t` switches). Enter shows every step of the focused panel in full.
//! ```text
//!  header
//!  verdict
//!  Network ✓ ok · dns ✓  tcp ✓
//! ┌Incoming (POP3)─┐┌Outgoing (SMTP)─┐
//! └────────────────┘└────────────────┘
//! ┌Hints (or Transcript)──────────────┐
//! └───────────────────────────────────┘
//!  keys
//! ```

pub mod bar;
pub mod clock;
pub mod editor;
pub mod guided;
pub mod help;
pub mod hints;
pub mod panels;
pub mod picker;
pub mod scan;
pub mod sign_in;
pub mod steps;
pub mod summary;
pub mod transcript;
pub mod wrap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use crate::model::Panel;
use crate::tui::app::{App, LowerPane, Overlay};
use crate::tui::text::words;

/// From this width on, the network has a panel of its own and transcript and hints both show.
pub const WIDE_COLUMNS: u16 = 120;
/// Below this, only a "too small" note is drawn.
const MIN_COLUMNS: u16 = 60;
const MIN_ROWS: u16 = 16;
/// Rows the pane below the panels keeps at least (borders included), when the screen has them.
const LOWER_MIN_ROWS: u16 = 7;

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
        draw_dashboard(frame, body, app);
    }

    let overlay = app.overlay.clone();
    match &overlay {
        Overlay::None => {}
        Overlay::Help { scroll, search } => {
            let rect = popup(body, 76, body.height);
            let inner_height = rect.height.saturating_sub(2) as usize;
            let lines = help::render(frame, rect, app, *scroll, search);
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
        Overlay::Steps { scroll } => {
            let rect = popup(body, 110, body.height);
            let inner_height = rect.height.saturating_sub(2) as usize;
            let lines = steps::render(frame, rect, app, *scroll);
            app.metrics.steps_lines = lines;
            app.metrics.steps_height = inner_height;
        }
        Overlay::Scan(view) => {
            let rect = popup(body, 76, 16);
            scan::render(frame, rect, app, view);
        }
        Overlay::SignIn(view) => {
            let rect = popup(body, 76, sign_in::HEIGHT);
            sign_in::render(frame, rect, app, view);
        }
    }
}

/// The verdict, the panels side by side, and the transcript and hints below.
fn draw_dashboard(frame: &mut Frame, body: Rect, app: &mut App) {
    let wide = body.width >= WIDE_COLUMNS;
    let panels = app.panels();
    let mail: Vec<Panel> = panels
        .iter()
        .copied()
        .filter(|p| *p != Panel::Network)
        .collect();
    // The network gets a panel of its own when wide, or when it is all that runs.
    let network_panel = panels.contains(&Panel::Network) && (wide || mail.is_empty());
    let strip = if panels.contains(&Panel::Network) && !network_panel {
        summary::network_strip(app, body.width as usize)
    } else {
        Vec::new()
    };
    let [verdict_area, strip_area, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(strip.len() as u16),
        Constraint::Min(0),
    ])
    .areas(body);
    frame.render_widget(
        Paragraph::new(summary::verdict(app, body.width as usize)),
        verdict_area,
    );
    frame.render_widget(Paragraph::new(strip), strip_area);

    let mut columns: Vec<(Panel, Constraint)> =
        mail.iter().map(|p| (*p, Constraint::Fill(3))).collect();
    if network_panel {
        columns.push((Panel::Network, Constraint::Fill(2)));
    }
    let rects = Layout::horizontal(columns.iter().map(|(_, c)| *c)).split(rest);
    // Tall enough for every step in full, but never taller than the pane below needs: when
    // narrow that pane gets half the rows, so the hints keep room for the fix, and the panels
    // name their passed steps together (never less than that, so the failed step shows whole).
    // The mail panels set the height; the network's panel, beside them, fits in it.
    let height_of = |detail: panels::Detail| {
        columns
            .iter()
            .zip(rects.iter())
            .filter(|((p, _), _)| *p != Panel::Network || mail.is_empty())
            .map(|((p, _), r)| panels::wanted_height(app, *p, r.width, detail))
            .max()
            .unwrap_or(6)
    };
    let wanted = height_of(panels::Detail::Full);
    let least = height_of(panels::Detail::Grouped);
    let lower_min = if wide {
        LOWER_MIN_ROWS
    } else {
        LOWER_MIN_ROWS.max(rest.height / 2)
    };
    let room = rest.height.saturating_sub(lower_min);
    // Three mail panels side by side on a narrow screen are too narrow for a failed step's
    // whole reason: the panels keep to their share and the hints below say it in full.
    let least = if !wide && mail.len() > 2 { room } else { least };
    let top_height = wanted
        .min(room.max(least))
        .min(rest.height.saturating_sub(3))
        .max(3);
    let [top, bottom] =
        Layout::vertical([Constraint::Length(top_height), Constraint::Min(0)]).areas(rest);
    let rects = Layout::horizontal(columns.iter().map(|(_, c)| *c)).split(top);
    for ((panel, _), rect) in columns.iter().zip(rects.iter()) {
        panels::render(frame, *rect, app, *panel, *panel == app.focus);
    }
    if bottom.height == 0 {
        return;
    }
    if wide {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(bottom);
        transcript::render(frame, left, app, app.lower == LowerPane::Transcript);
        draw_hints(frame, right, app, app.lower == LowerPane::Hints);
    } else {
        match app.lower {
            LowerPane::Transcript => transcript::render(frame, bottom, app, false),
            LowerPane::Hints => draw_hints(frame, bottom, app, false),
        }
    }
}

fn draw_hints(frame: &mut Frame, area: Rect, app: &mut App, selected: bool) {
    let lines = hints::render(frame, area, app, selected);
    app.metrics.hints_lines = lines;
    app.metrics.hints_height = area.height.saturating_sub(2) as usize;
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
