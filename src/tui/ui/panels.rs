//! One probe panel (network, incoming or outgoing): its steps live, with symbol, word and time,
//! the server and security in the title, when it last ran, and a latency sparkline.
//!
//! ```text
//! ┌Incoming (POP3) · pop.example.org:995 SSL/TLS──┐
//! │✓ ok · last run 10:00:01 · 182 ms              │
//! │✓ ok      dns        3.1 ms 192.0.2.10         │
//! │✓ ok      tcp         21 ms 192.0.2.10:995     │
//! │✗ failed  login       40 ms -ERR [AUTH] …      │
//! │connect ms ▂▃▂▅▂  21                           │
//! └───────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline, SparklineBar};

use crate::finding::Lang;
use crate::model::{Direction, Evidence, Panel, PanelReport, StepRecord, StepStatus};
use crate::tui::app::App;
use crate::tui::runs::{PanelView, panel_index};
use crate::tui::text::words;
use crate::tui::ui::clock::{duration, hms};
use crate::tui::ui::wrap::{hanging, truncate, width};

/// The fewest columns a cut host name keeps in a panel's title.
const MIN_HOST_COLUMNS: usize = 8;

/// Width of the time column ("123 ms").
const TIME_COLUMN: usize = 6;

/// How much of each step a panel shows, from the most to the least room it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Every step on its row, every detail whole (wrapped below when it does not fit).
    Full,
    /// Every step on its row; only failed and warning details whole, the others cut.
    Rows,
    /// The steps that passed named together on one row; the others on their rows, whole.
    Grouped,
}

/// Rows a panel needs to show its steps at this level of detail, at `columns` wide (borders,
/// status line, steps and the sparkline).
pub fn wanted_height(app: &App, panel: Panel, columns: u16, detail: Detail) -> u16 {
    let room = columns.saturating_sub(2) as usize;
    let view = app.runs.panel(panel);
    let rows = 1 + view
        .as_ref()
        .map_or(0, |v| step_lines(app, v, room, detail).len());
    (rows + 3).min(u16::MAX as usize) as u16
}

/// The panel's title: its name, then the server and security, fitted to `room` columns. When
/// the whole does not fit the name shrinks (`Incoming`, then `POP3`), then the host is cut, so
/// the port and the security always show whole.
fn title(app: &App, panel: Panel, view: Option<&PanelView>, room: usize) -> String {
    let w = words(app.lang);
    let plan = app.plan.as_deref();
    let endpoint = plan.and_then(|p| p.endpoint_of(panel));
    let server = view.and_then(|v| v.report.server.as_ref());
    let (host, rest) = match (server, endpoint) {
        (Some(server), _) => {
            let security = view
                .and_then(|v| v.report.security)
                .or(endpoint.map(|e| e.security));
            let mut rest = format!(":{}", server.port);
            if let Some(sec) = security {
                rest.push(' ');
                rest.push_str(w.security_name(sec));
            }
            (server.host.clone(), rest)
        }
        (None, Some(e)) => (
            e.host.clone(),
            format!(":{} {}", e.port, w.security_name(e.security)),
        ),
        (None, None) => {
            let name = w.panel_speaking(panel, app.incoming_protocol());
            return truncate(&format!(" {name} "), room, app.theme.ascii);
        }
    };
    let sep = if app.theme.ascii { " - " } else { " · " };
    let name = w.panel_speaking(panel, app.incoming_protocol());
    let short = match panel {
        Panel::Incoming => app.incoming_protocol().as_str(),
        Panel::ImapBeside => "IMAP",
        Panel::Outgoing => "SMTP",
        Panel::Network => w.panel(panel),
    };
    // "Incoming (POP3)", then "Incoming", then "POP3"; with two incoming panels "Incoming" alone
    // would not tell them apart, so the protocol comes next.
    let two_incoming = plan.is_some_and(|p| p.runs(Panel::ImapBeside));
    let plain = match name.split(" (").next() {
        Some(plain) if !(two_incoming && panel.is_incoming()) => plain,
        _ => short,
    };
    for name in [name, plain, short] {
        let whole = format!(" {name}{sep}{host}{rest} ");
        if width(&whole) <= room {
            return whole;
        }
    }
    // A host cut to a few letters says nothing: below that the title keeps the port and the
    // security whole without it (the steps name the host).
    let fixed = width(&format!(" {short}{sep}{rest} "));
    let host_room = room.saturating_sub(fixed);
    if host_room < MIN_HOST_COLUMNS {
        return truncate(&format!(" {short}{sep}{rest} "), room, app.theme.ascii);
    }
    let host = truncate(&host, host_room, app.theme.ascii);
    truncate(
        &format!(" {short}{sep}{host}{rest} "),
        room,
        app.theme.ascii,
    )
}

/// Draw one panel into `area`, with as much detail as fits: every detail whole when there is
/// room, else the passed steps named together so the failed one and its reason stay on screen.
/// What still does not fit is counted on the last row, with the key that shows it all.
pub fn render(frame: &mut Frame, area: Rect, app: &App, panel: Panel, focused: bool) {
    let theme = &app.theme;
    let view = app.runs.panel(panel);
    let block = theme.block(focused);
    let inner = block.inner(area);
    let name = title(
        app,
        panel,
        view.as_ref(),
        area.width.saturating_sub(2) as usize,
    );
    frame.render_widget(block.title(Span::styled(name, theme.title())), area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let room = inner.width as usize;
    let height = inner.height as usize;
    let status = status_line(app, view.as_ref(), room);
    let steps_for = |detail| {
        view.as_ref()
            .map_or_else(Vec::new, |v| step_lines(app, v, room, detail))
    };
    let groups = |whole| {
        view.as_ref()
            .map_or_else(Vec::new, |v| step_groups(app, v, room, whole))
    };
    let (full, rows) = (groups(true), groups(false));
    let count = |g: &[Vec<Line>]| g.iter().map(Vec::len).sum::<usize>();
    let chosen = if count(&full) < height {
        Some(full.into_iter().flatten().collect::<Vec<_>>())
    } else if count(&rows) < height {
        // Every step on its row, and as many cut details whole as the rows allow, from the
        // top; the rest are cut, and a note says how to read them.
        let note = ascii_dots(cut_short(app.lang, focused), theme.ascii);
        let note = hanging(Vec::new(), &note, theme.dim(), room);
        let mut shown = rows;
        let mut used = count(&shown);
        let mut cut = false;
        for (i, group) in full.into_iter().enumerate() {
            let extra = group.len().saturating_sub(shown[i].len());
            if extra == 0 {
                continue;
            }
            if used + extra + note.len() < height {
                used += extra;
                shown[i] = group;
            } else {
                cut = true;
            }
        }
        let mut steps: Vec<Line> = shown.into_iter().flatten().collect();
        if cut && used + note.len() < height {
            steps.extend(note);
        }
        Some(steps)
    } else {
        let grouped = steps_for(Detail::Grouped);
        (grouped.len() < height).then_some(grouped)
    };
    let (steps, spark) = match chosen {
        Some(steps) => {
            let spark = steps.len() + 2 <= height;
            (steps, spark)
        }
        None => {
            let mut steps = steps_for(Detail::Grouped);
            let keep = height.saturating_sub(2);
            let hidden = steps.len() - keep;
            steps.truncate(keep);
            steps.push(Line::from(Span::styled(
                ascii_dots(&more_rows(app.lang, hidden, room), theme.ascii),
                theme.dim(),
            )));
            (steps, false)
        }
    };
    let mut lines = vec![status];
    lines.extend(steps);
    if spark {
        let [body, spark_area] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
        frame.render_widget(Paragraph::new(lines), body);
        render_sparkline(frame, spark_area, app, panel);
    } else {
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// `…` as three dots where only ASCII may be drawn.
fn ascii_dots(text: &str, ascii: bool) -> String {
    if ascii {
        text.replace('…', "...")
    } else {
        text.to_string()
    }
}

/// Under a panel whose details were cut: the keys that show them whole.
fn cut_short(lang: Lang, focused: bool) -> &'static str {
    // Portuguese: English until this text moves to the locale files.
    match (lang, focused) {
        (Lang::En | Lang::Pt, true) => "… Enter shows every detail",
        (Lang::En | Lang::Pt, false) => "… Tab here, then Enter: every detail",
        (Lang::Es, true) => "… Intro muestra cada detalle",
        (Lang::Es, false) => "… Tab hasta aquí e Intro: cada detalle",
    }
}

/// "… 3 more: Enter shows all", or "… 3 more (Enter)" when that does not fit in `room`.
pub fn more_rows(lang: Lang, hidden: usize, room: usize) -> String {
    // Portuguese: English until this text moves to the locale files.
    let whole = match lang {
        Lang::En | Lang::Pt => format!("… {hidden} more: Enter shows all"),
        Lang::Es => format!("… {hidden} más: Intro lo muestra todo"),
    };
    if width(&whole) <= room {
        return whole;
    }
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => format!("… {hidden} more (Enter)"),
        Lang::Es => format!("… {hidden} más (Intro)"),
    }
}

/// `✓ ok · last run 10:00:01 · 182 ms`; the time it took goes before the clock when both do
/// not fit, and what does not fit is left out whole.
fn status_line<'a>(app: &App, view: Option<&PanelView>, room: usize) -> Line<'a> {
    let theme = &app.theme;
    let w = words(app.lang);
    let Some(view) = view else {
        let text = if app.plan.is_some() {
            w.not_run_yet
        } else {
            w.not_configured
        };
        return Line::from(Span::styled(text.to_string(), theme.dim()));
    };
    let status = view.report.status;
    let mut spans = vec![Span::styled(
        format!(
            "{} {}",
            theme.status_symbol(status, app.spinner),
            w.status(status)
        ),
        theme.status_style(status),
    )];
    let sep = if theme.ascii { " - " } else { " · " };
    let clock = view
        .times
        .finished_ms
        .map(|at| format!("{sep}{} {}", w.last_run, hms(at, app.utc_offset_secs)));
    let took = view
        .report
        .elapsed_ms
        .map(|ms| format!("{sep}{}", duration(ms)));
    let mut used = width(&spans[0].content);
    let all = used + clock.as_deref().map_or(0, width) + took.as_deref().map_or(0, width);
    if all <= room {
        spans.extend(
            clock
                .into_iter()
                .chain(took)
                .map(|t| Span::styled(t, theme.dim())),
        );
    } else {
        for part in took.into_iter().chain(clock) {
            if used + width(&part) <= room {
                used += width(&part);
                spans.push(Span::styled(part, theme.dim()));
            }
        }
    }
    Line::from(spans)
}

/// The rows of a panel's steps at this level of detail.
pub fn step_lines<'a>(app: &App, view: &PanelView, room: usize, detail: Detail) -> Vec<Line<'a>> {
    if detail == Detail::Grouped {
        return grouped_lines(app, view, room);
    }
    step_groups(app, view, room, detail == Detail::Full)
        .into_iter()
        .flatten()
        .collect()
}

/// The rows of each step (and of each note between them), every detail whole when `whole`.
/// With and without `whole` the groups match one to one, so a panel can show some whole.
fn step_groups<'a>(app: &App, view: &PanelView, room: usize, whole: bool) -> Vec<Vec<Line<'a>>> {
    let theme = &app.theme;
    let w = words(app.lang);
    let columns = Columns {
        word: STATUSES
            .iter()
            .map(|s| width(w.status(*s)))
            .max()
            .unwrap_or(0)
            + 1,
        step: view
            .report
            .steps
            .iter()
            .map(|s| s.step.as_str().len())
            .max()
            .unwrap_or(0)
            + 1,
    };
    let mut groups = Vec::with_capacity(view.report.steps.len() + 2);
    for (i, step) in view.report.steps.iter().enumerate() {
        let carried = view.carried_from.is_some_and(|from| i >= from);
        if view.carried_from == Some(i) {
            groups.push(vec![Line::from(Span::styled(
                format!("  ({})", w.earlier_login),
                theme.dim(),
            ))]);
        }
        groups.push(step_line(
            app,
            &view.report,
            step,
            carried,
            room,
            columns,
            whole,
        ));
    }
    if view.login_unchecked {
        groups.push(vec![Line::from(Span::styled(
            format!("  ({})", w.login_unchecked),
            theme.dim(),
        ))]);
    }
    groups
}

const STATUSES: [StepStatus; 6] = [
    StepStatus::Pending,
    StepStatus::Running,
    StepStatus::Ok,
    StepStatus::Warn,
    StepStatus::Failed,
    StepStatus::Skipped,
];

/// Column widths of the step list, fitted to the language and to the steps shown.
#[derive(Clone, Copy)]
struct Columns {
    word: usize,
    step: usize,
}

/// One step: `✓ ok   tcp   22 ms 192.0.2.10:995`. The detail of a failed or warning step that
/// does not fit goes on the rows below, whole.
fn step_line<'a>(
    app: &App,
    report: &PanelReport,
    step: &StepRecord,
    carried: bool,
    room: usize,
    columns: Columns,
    whole: bool,
) -> Vec<Line<'a>> {
    let theme = &app.theme;
    let w = words(app.lang);
    let symbol = theme.status_symbol(step.status, app.spinner);
    let word = w.status(step.status);
    let time = match step.status {
        StepStatus::Running | StepStatus::Pending => String::new(),
        _ => duration(step.elapsed_ms),
    };
    let head = format!(
        "{symbol} {word:<word_width$}{:<step_width$}{time:>TIME_COLUMN$} ",
        step.step.as_str(),
        word_width = columns.word,
        step_width = columns.step,
    );
    let about = match (&step.target, step.detail.is_empty()) {
        (Some(target), true) => target.clone(),
        (Some(target), false) if report.panel == Panel::Network => {
            format!("{target} {}", step.detail)
        }
        (_, false) => step.detail.clone(),
        (None, true) => String::new(),
    };
    let status_style = if carried {
        theme.dim()
    } else {
        theme.status_style(step.status)
    };
    let about_style = if carried {
        theme.dim()
    } else {
        Style::default()
    };
    let fits = width(&head) + width(&about) <= room;
    let important = matches!(step.status, StepStatus::Failed | StepStatus::Warn);
    let mut lines = if fits || !(important || whole) {
        let about = truncate(&about, room.saturating_sub(width(&head)), theme.ascii);
        vec![Line::from(vec![
            Span::styled(head, status_style),
            Span::styled(about, about_style),
        ])]
    } else {
        let mut lines = vec![Line::from(Span::styled(head, status_style))];
        let style = if important { status_style } else { about_style };
        lines.extend(hanging(vec![Span::raw("    ")], &about, style, room));
        lines
    };
    if important && !carried {
        lines.extend(reply_lines(app, step, room));
    }
    lines
}

/// The server's own words under a failed or warning step, when the detail is mailtriage's
/// summary of them ("the server refused the login"): `S: 535 5.7.8 …`, whole.
fn reply_lines<'a>(app: &App, step: &StepRecord, room: usize) -> Vec<Line<'a>> {
    match &step.evidence {
        Some(Evidence::Reply { reply, .. }) if !reply.is_empty() && *reply != step.detail => {
            hanging(
                vec![
                    Span::raw("    "),
                    Span::styled("S: ", app.theme.direction(Direction::Received).1),
                ],
                reply,
                Style::default(),
                room,
            )
        }
        _ => Vec::new(),
    }
}

/// The steps with the passed (and skipped, and waiting) ones named together on one row each,
/// in the order they first ran, and every other step on its row with its reason whole:
///
/// ```text
/// ✓ ok: dns tcp greeting ehlo
/// ✗ failed  login  40 ms
///     535 5.7.8 Authentication credentials invalid
/// ```
fn grouped_lines<'a>(app: &App, view: &PanelView, room: usize) -> Vec<Line<'a>> {
    let theme = &app.theme;
    let w = words(app.lang);
    let grouped = |s: StepStatus| {
        matches!(
            s,
            StepStatus::Ok | StepStatus::Skipped | StepStatus::Pending
        )
    };
    // Each group sits where its first step was; the other steps keep their places.
    enum Row<'s> {
        Group(StepStatus, Vec<&'static str>),
        Step(&'s StepRecord),
    }
    let mut rows: Vec<Row> = Vec::new();
    for step in &view.report.steps {
        if !grouped(step.status) {
            rows.push(Row::Step(step));
            continue;
        }
        let name = step.step.as_str();
        match rows
            .iter_mut()
            .find(|r| matches!(r, Row::Group(s, _) if *s == step.status))
        {
            Some(Row::Group(_, names)) => {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            _ => rows.push(Row::Group(step.status, vec![name])),
        }
    }
    let mut lines = Vec::new();
    for row in rows {
        match row {
            Row::Group(status, names) => lines.extend(hanging(
                vec![Span::styled(
                    format!(
                        "{} {}: ",
                        theme.status_symbol(status, app.spinner),
                        w.status(status)
                    ),
                    theme.status_style(status),
                )],
                &names.join(" "),
                theme.status_style(status),
                room,
            )),
            Row::Step(step) => {
                let symbol = theme.status_symbol(step.status, app.spinner);
                let time = match step.status {
                    StepStatus::Running | StepStatus::Pending => String::new(),
                    _ => format!(" {}", duration(step.elapsed_ms)),
                };
                let style = theme.status_style(step.status);
                lines.push(Line::from(Span::styled(
                    truncate(
                        &format!(
                            "{symbol} {} {}{time}",
                            w.status(step.status),
                            step.step.as_str()
                        ),
                        room,
                        theme.ascii,
                    ),
                    style,
                )));
                let about = match (&step.target, step.detail.is_empty()) {
                    (Some(target), false) => format!("{target} {}", step.detail),
                    (Some(target), true) => target.clone(),
                    (None, _) => step.detail.clone(),
                };
                if !about.is_empty() {
                    lines.extend(hanging(vec![Span::raw("    ")], &about, style, room));
                }
                if matches!(step.status, StepStatus::Failed | StepStatus::Warn) {
                    lines.extend(reply_lines(app, step, room));
                }
            }
        }
    }
    if view.login_unchecked {
        lines.extend(hanging(
            vec![Span::raw("  ")],
            &format!("({})", w.login_unchecked),
            theme.dim(),
            room,
        ));
    }
    lines
}

pub fn render_sparkline(frame: &mut Frame, area: Rect, app: &App, panel: Panel) {
    let theme = &app.theme;
    let w = words(app.lang);
    let history = &app.history[panel_index(panel)];
    let last = history
        .back()
        .copied()
        .flatten()
        .map(|ms| format!(" {ms}"))
        .unwrap_or_default();
    let label = format!("{}{last} ", w.latency);
    let label_width = (width(&label) as u16).min(area.width);
    let [label_area, bars_area] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Min(0)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled(label, theme.dim())), label_area);
    let fit = bars_area.width as usize;
    let skip = history.len().saturating_sub(fit);
    let bars: Vec<SparklineBar> = history
        .iter()
        .skip(skip)
        .map(|sample| SparklineBar::from(*sample))
        .collect();
    let absent = if theme.ascii { "x" } else { "×" };
    let sparkline = Sparkline::default()
        .data(bars)
        .bar_set(theme.bar_set())
        .absent_value_symbol(absent)
        .absent_value_style(theme.status_style(StepStatus::Failed))
        .style(theme.status_style(StepStatus::Running));
    frame.render_widget(sparkline, bars_area);
}
