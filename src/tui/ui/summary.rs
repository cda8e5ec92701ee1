//! The rows above the panels: the one-line verdict that compares receiving with sending, and the
//! network as a compact strip (on terminals too narrow for a network panel of its own).
//!
//! ```text
//! ✗ Receiving works, sending fails at login
//! Network ✓ ok · dns ✓  tcp ✓ · 55 ms
//! ```

use mailtriage_core::i18n;
use ratatui::text::{Line, Span};

use crate::finding::Lang;
use crate::model::{Panel, StepKind, StepStatus};
use crate::tui::app::App;
use crate::tui::runs::PanelView;
use crate::tui::text::{fixed, step_name, words};
use crate::tui::ui::clock::duration;
use crate::tui::ui::wrap::{truncate, width};

/// How one side stands, for the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Works,
    Warns(StepKind),
    Fails(StepKind),
    Checking,
    /// No result, and nothing running that would bring one.
    NotChecked,
}

fn side(view: Option<&PanelView>, running: bool) -> Side {
    let Some(view) = view else {
        return if running {
            Side::Checking
        } else {
            Side::NotChecked
        };
    };
    let steps = &view.report.steps;
    if let Some(step) = steps.iter().find(|s| s.status == StepStatus::Failed) {
        return Side::Fails(step.step);
    }
    match view.report.status {
        StepStatus::Ok => match steps.iter().find(|s| s.status == StepStatus::Warn) {
            Some(step) => Side::Warns(step.step),
            None => Side::Works,
        },
        StepStatus::Warn => steps
            .iter()
            .find(|s| s.status == StepStatus::Warn)
            .map_or(Side::Works, |s| Side::Warns(s.step)),
        _ if running => Side::Checking,
        _ => Side::NotChecked,
    }
}

/// "receiving works", "sending fails at login", in the reader's language. With POP3 and IMAP
/// both checked, each incoming side names its protocol: "receiving over IMAP fails at login".
fn phrase(lang: Lang, panel: Panel, side: Side, incoming: Option<&str>) -> String {
    let protocol = incoming.filter(|_| panel.is_incoming()).unwrap_or("none");
    let side_name = match panel {
        Panel::Incoming | Panel::ImapBeside => "incoming",
        Panel::Outgoing => "outgoing",
        Panel::Network => "network",
    };
    let (key, step) = match side {
        Side::Works => ("tui-side-works", ""),
        Side::Warns(k) => ("tui-side-warns", step_name(lang, k)),
        Side::Fails(k) => ("tui-side-fails", step_name(lang, k)),
        Side::Checking => ("tui-side-checking", ""),
        Side::NotChecked => ("tui-side-not-checked", ""),
    };
    i18n::text_with(
        lang,
        key,
        &[
            ("side", side_name.into()),
            ("protocol", protocol.into()),
            ("step", step.into()),
        ],
    )
}

/// The verdict: both mail sides in one sentence, the network added only when it fails or
/// when it is all that runs. Its symbol is the worst of the sides named.
pub fn verdict<'a>(app: &App, room: usize) -> Line<'a> {
    let theme = &app.theme;
    let running = app.active.is_some();
    let panels = app.panels();
    let mail: Vec<Panel> = panels
        .iter()
        .copied()
        .filter(|p| *p != Panel::Network)
        .collect();
    let mut named: Vec<(Panel, Side)> = mail
        .iter()
        .map(|p| (*p, side(app.runs.panel(*p).as_ref(), running)))
        .collect();
    if panels.contains(&Panel::Network) {
        let network = side(app.runs.panel(Panel::Network).as_ref(), running);
        if mail.is_empty() || matches!(network, Side::Fails(_)) {
            named.push((Panel::Network, network));
        }
    }
    let status = named
        .iter()
        .map(|(_, s)| match s {
            Side::Works => StepStatus::Ok,
            Side::Warns(_) => StepStatus::Warn,
            Side::Fails(_) => StepStatus::Failed,
            Side::Checking => StepStatus::Running,
            Side::NotChecked => StepStatus::Pending,
        })
        .max_by_key(|s| match s {
            StepStatus::Failed => 4,
            StepStatus::Running => 3,
            StepStatus::Warn => 2,
            StepStatus::Pending => 1,
            _ => 0,
        })
        .unwrap_or(StepStatus::Pending);
    let two_incoming = mail.contains(&Panel::ImapBeside);
    // "Receiving and sending work" rather than two "works".
    let both_work = named.len() == 2
        && named
            .iter()
            .all(|(p, s)| *p != Panel::Network && *s == Side::Works);
    let sentence = if both_work {
        fixed(app.lang, "tui-side-both-work").to_string()
    } else {
        let joined = named
            .iter()
            .map(|(p, s)| {
                let protocol = match p {
                    Panel::Incoming => app.incoming_protocol().as_str(),
                    _ => "IMAP",
                };
                phrase(app.lang, *p, *s, two_incoming.then_some(protocol))
            })
            .collect::<Vec<_>>()
            .join(", ");
        let mut chars = joined.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    };
    let symbol = theme.status_symbol(status, app.spinner);
    let text = truncate(&format!("{symbol} {sentence}"), room, theme.ascii);
    Line::from(Span::styled(
        text,
        theme.status_style(status).patch(theme.title()),
    ))
}

/// The network on one or two rows: its status and each kind of step with the worst symbol among
/// its runs, then, when a step failed or warned, the first of them with its reason.
pub fn network_strip<'a>(app: &App, room: usize) -> Vec<Line<'a>> {
    let theme = &app.theme;
    let w = words(app.lang);
    let sep = if theme.ascii { " - " } else { " · " };
    let label_style = if app.focus == Panel::Network {
        theme.selected().patch(theme.title())
    } else {
        theme.title()
    };
    let mut spans = vec![Span::styled(w.network.to_string(), label_style)];
    let Some(view) = app.runs.panel(Panel::Network) else {
        spans.push(Span::styled(format!("{sep}{}", w.not_run_yet), theme.dim()));
        return vec![Line::from(spans)];
    };
    let status = view.report.status;
    spans.push(Span::styled(
        format!(
            " {} {}",
            theme.status_symbol(status, app.spinner),
            w.status(status)
        ),
        theme.status_style(status),
    ));
    let mut kinds: Vec<(StepKind, StepStatus)> = Vec::new();
    for step in &view.report.steps {
        match kinds.iter_mut().find(|(k, _)| *k == step.step) {
            Some((_, worst)) => {
                if rank(step.status) > rank(*worst) {
                    *worst = step.status;
                }
            }
            None => kinds.push((step.step, step.status)),
        }
    }
    let mut used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let elapsed = view
        .report
        .elapsed_ms
        .map(|ms| format!("{sep}{}", duration(ms)))
        .unwrap_or_default();
    for (i, (kind, status)) in kinds.iter().enumerate() {
        let item = format!(
            "{}{} {}",
            if i == 0 { sep } else { "  " },
            step_name(app.lang, *kind),
            theme.status_symbol(*status, app.spinner)
        );
        if used + width(&item) + width(&elapsed) > room {
            let more = if theme.ascii { " ..." } else { " …" };
            spans.push(Span::styled(more, theme.dim()));
            used += width(more);
            break;
        }
        used += width(&item);
        spans.push(Span::styled(item, theme.status_style(*status)));
    }
    if used + width(&elapsed) <= room {
        spans.push(Span::styled(elapsed, theme.dim()));
    }
    let mut lines = vec![Line::from(spans)];
    let problem = view
        .report
        .steps
        .iter()
        .find(|s| s.status == StepStatus::Failed)
        .or_else(|| {
            view.report
                .steps
                .iter()
                .find(|s| s.status == StepStatus::Warn)
        });
    if let Some(step) = problem {
        let about = match (&step.target, step.detail.is_empty()) {
            (Some(target), false) => format!("{target}: {}", step.detail.render(app.lang)),
            (Some(target), true) => target.clone(),
            (None, _) => step.detail.render(app.lang).into_owned(),
        };
        let text = format!(
            "  {} {} {}",
            theme.status_symbol(step.status, app.spinner),
            step.step.label(app.lang),
            about
        );
        lines.push(Line::from(Span::styled(
            truncate(&text, room, theme.ascii),
            theme.status_style(step.status),
        )));
    }
    lines
}

/// Worse statuses rank higher.
fn rank(status: StepStatus) -> u8 {
    match status {
        StepStatus::Ok => 0,
        StepStatus::Skipped => 1,
        StepStatus::Pending => 2,
        StepStatus::Running => 3,
        StepStatus::Warn => 4,
        StepStatus::Failed => 5,
    }
}
