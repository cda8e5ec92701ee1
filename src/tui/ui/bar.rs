//! The header (account, what runs, re-check interval, language) and the bottom bar (the keys
//! that apply now, or a notice).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::model::StepStatus;
use crate::tui::app::{App, ProbeScope};
use crate::tui::msg::{bar_bindings, key_name};
use crate::tui::text::words;
use crate::tui::ui::clock::hms;
use crate::tui::ui::wrap::{truncate, width, wrap};

pub fn render_header(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    let w = words(app.lang);
    let sep = theme.separator();
    let mut spans = vec![Span::styled(w.app_title, theme.title())];
    let wide = area.width >= crate::tui::ui::WIDE_COLUMNS;
    if let Some(user) = app
        .plan
        .as_deref()
        .and_then(|p| p.user.as_deref())
        .filter(|_| wide)
    {
        spans.push(Span::raw(sep));
        spans.push(Span::raw(user.to_string()));
    }
    spans.push(Span::raw(sep));
    let status_at = spans.len();
    match app.active {
        Some(active) => {
            let what = match active.scope {
                ProbeScope::Full => w.probing_full,
                ProbeScope::Connection => w.probing_connection,
            };
            spans.push(Span::styled(
                format!(
                    "{} {what}",
                    theme.status_symbol(StepStatus::Running, app.spinner)
                ),
                theme.status_style(StepStatus::Running),
            ));
        }
        None => {
            if let Some(end) = app.last_run_end_ms {
                spans.push(Span::raw(format!(
                    "{} {}",
                    w.last_run,
                    hms(end, app.utc_offset_secs)
                )));
            } else {
                spans.push(Span::styled(w.not_run_yet, theme.dim()));
            }
        }
    }
    spans.push(Span::raw(sep));
    if app.paused {
        spans.push(Span::styled(w.paused, theme.status_style(StepStatus::Warn)));
    } else {
        spans.push(Span::raw(format!(
            "{} {} s",
            w.every,
            app.interval.as_secs()
        )));
    }
    spans.push(Span::raw(sep));
    spans.push(Span::raw(app.lang.as_str().to_uppercase()));
    if app.login_held() {
        spans.push(Span::raw(sep));
        // The long sentence only where it fits whole.
        let used: usize = spans.iter().map(|s| width(&s.content)).sum();
        let held = if wide && used + width(w.login_held) <= area.width as usize {
            w.login_held
        } else {
            w.login_held_short
        };
        spans.push(Span::styled(held, theme.status_style(StepStatus::Warn)));
    }
    let demo_servers = app.demo
        && app
            .plan
            .as_deref()
            .is_some_and(crate::lab::demo::is_demo_plan);
    if demo_servers {
        // After the title: the longest notice that fits the row whatever the status says, so
        // it does not change length while a check runs.
        let status = spans.get(status_at).map_or(0, Span::width);
        let widest_status = [w.probing_full, w.probing_connection]
            .map(|t| width(t) + 2)
            .into_iter()
            .chain([width(w.last_run) + 9, width(w.not_run_yet), status])
            .max()
            .unwrap_or(status);
        let used = Line::from(spans.clone()).width() - status + widest_status;
        let room = usize::from(area.width).saturating_sub(used);
        let banners = crate::lab::text::banners(app.lang);
        let [long, medium, short, tiny] = banners;
        let notice = [long, medium, short]
            .into_iter()
            .find(|b| width(b) + width(sep) <= room)
            .unwrap_or(tiny);
        spans.insert(1, Span::raw(sep));
        spans.insert(
            2,
            Span::styled(notice, theme.status_style(StepStatus::Warn)),
        );
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Most rows a notice may take (a saved report's two paths, wrapped at 80 columns).
const NOTICE_ROWS: usize = 5;

/// The notice's lines, each wrapped to `columns` (a file path is never cut short); at most
/// [`NOTICE_ROWS`], the last one marked when more was cut.
fn notice_rows(text: &str, columns: usize, ascii: bool) -> Vec<String> {
    let mut rows: Vec<String> = text
        .lines()
        .flat_map(|l| {
            if l.contains(' ') {
                wrap(l, columns)
            } else {
                wrap_path(l, columns)
            }
        })
        .collect();
    if rows.len() > NOTICE_ROWS {
        rows.truncate(NOTICE_ROWS);
        if let Some(last) = rows.last_mut() {
            *last = truncate(&format!("{last} …"), columns, ascii);
        }
    }
    rows
}

/// A path too long for one row, broken after a `/` where possible (the folder on one row, the
/// file name on the next), else inside the name.
fn wrap_path(path: &str, columns: usize) -> Vec<String> {
    let mut rows = Vec::new();
    let mut rest = path;
    while width(rest) > columns.max(1) {
        let fits: usize = rest
            .char_indices()
            .take_while(|(i, c)| width(&rest[..i + c.len_utf8()]) <= columns)
            .last()
            .map_or(1, |(i, c)| i + c.len_utf8());
        let cut = rest[..fits].rfind('/').map_or(fits, |slash| slash + 1);
        rows.push(rest[..cut].to_string());
        rest = &rest[cut..];
    }
    rows.push(rest.to_string());
    rows
}

/// Rows of the bottom bar: one for the keys, as many as a notice needs.
pub fn footer_height(app: &App, columns: u16) -> u16 {
    app.notice.as_ref().map_or(1, |n| {
        notice_rows(&n.text, columns as usize, app.theme.ascii)
            .len()
            .clamp(1, NOTICE_ROWS) as u16
    })
}

pub fn render_footer(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    if let Some(notice) = &app.notice {
        let style = if notice.error {
            theme.error_text()
        } else {
            theme.status_style(StepStatus::Ok)
        };
        let lines: Vec<Line> = notice_rows(&notice.text, area.width as usize, theme.ascii)
            .into_iter()
            .map(|row| Line::from(Span::styled(row, style)))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let mut spans = Vec::new();
    let mut used = 0;
    let room = area.width as usize;
    for binding in bar_bindings(app.context()) {
        let label = key_name(binding.label, app.lang);
        let what = binding.action.short(app.lang);
        let item = width(label) + 1 + width(what) + 2;
        if used + item > room {
            break;
        }
        spans.push(Span::styled(label, theme.key()));
        spans.push(Span::raw(format!(" {what}  ")));
        used += item;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_path_breaks_after_its_folder() {
        let path = "/home/ana/.local/share/mailtriage/reports/mailtriage-ana_example.org-2026-12-06_1130.md";
        assert_eq!(
            wrap_path(path, 80),
            [
                "/home/ana/.local/share/mailtriage/reports/",
                "mailtriage-ana_example.org-2026-12-06_1130.md"
            ]
        );
        assert_eq!(wrap_path("/short/path.md", 80), ["/short/path.md"]);
        // No slash within reach: cut inside the name, nothing lost.
        let long = "x".repeat(30);
        assert_eq!(wrap_path(&long, 12).concat(), long);
        assert!(wrap_path(&long, 12).iter().all(|r| width(r) <= 12));
    }
}
