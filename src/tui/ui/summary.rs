//! The rows above the panels: the one-line verdict that compares receiving with sending, and the
//! network as a compact strip (on terminals too narrow for a network panel of its own).
//!
//! ```text
//! ✗ Receiving works, sending fails at login
//! Network ✓ ok · dns ✓  tcp ✓ · 55 ms
//! ```

use ratatui::text::{Line, Span};

use crate::finding::Lang;
use crate::model::{Panel, StepKind, StepStatus};
use crate::tui::app::App;
use crate::tui::runs::PanelView;
use crate::tui::text::words;
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
    let base = side_phrase(lang, panel, side);
    let Some(protocol) = incoming.filter(|_| panel.is_incoming()) else {
        return base;
    };
    // Portuguese: English until this text moves to the locale files.
    let (word, qualified) = match lang {
        Lang::En | Lang::Pt => ("receiving", format!("receiving over {protocol}")),
        Lang::Es if base.contains("la recepción") => {
            ("la recepción", format!("la recepción por {protocol}"))
        }
        Lang::Es => ("recibir", format!("recibir por {protocol}")),
    };
    base.replacen(word, &qualified, 1)
}

fn side_phrase(lang: Lang, panel: Panel, side: Side) -> String {
    let step = |k: StepKind| k.as_str();
    // Portuguese: English until this text moves to the locale files.
    match (lang, panel, side) {
        (Lang::En | Lang::Pt, Panel::Incoming | Panel::ImapBeside, Side::Works) => {
            "receiving works".into()
        }
        (Lang::En | Lang::Pt, Panel::Outgoing, Side::Works) => "sending works".into(),
        (Lang::En | Lang::Pt, Panel::Network, Side::Works) => "the network works".into(),
        (Lang::En | Lang::Pt, Panel::Incoming | Panel::ImapBeside, Side::Warns(k)) => {
            format!("receiving works, with a warning at {}", step(k))
        }
        (Lang::En | Lang::Pt, Panel::Outgoing, Side::Warns(k)) => {
            format!("sending works, with a warning at {}", step(k))
        }
        (Lang::En | Lang::Pt, Panel::Network, Side::Warns(k)) => {
            format!("the network has a warning at {}", step(k))
        }
        (Lang::En | Lang::Pt, Panel::Incoming | Panel::ImapBeside, Side::Fails(k)) => {
            format!("receiving fails at {}", step(k))
        }
        (Lang::En | Lang::Pt, Panel::Outgoing, Side::Fails(k)) => {
            format!("sending fails at {}", step(k))
        }
        (Lang::En | Lang::Pt, Panel::Network, Side::Fails(k)) => {
            format!("the network check fails at {}", step(k))
        }
        (Lang::En | Lang::Pt, Panel::Incoming | Panel::ImapBeside, Side::Checking) => {
            "checking receiving".into()
        }
        (Lang::En | Lang::Pt, Panel::Outgoing, Side::Checking) => "checking sending".into(),
        (Lang::En | Lang::Pt, Panel::Network, Side::Checking) => "checking the network".into(),
        (Lang::En | Lang::Pt, Panel::Incoming | Panel::ImapBeside, Side::NotChecked) => {
            "receiving not checked".into()
        }
        (Lang::En | Lang::Pt, Panel::Outgoing, Side::NotChecked) => "sending not checked".into(),
        (Lang::En | Lang::Pt, Panel::Network, Side::NotChecked) => "the network not checked".into(),
        (Lang::Es, Panel::Incoming | Panel::ImapBeside, Side::Works) => "recibir funciona".into(),
        (Lang::Es, Panel::Outgoing, Side::Works) => "enviar funciona".into(),
        (Lang::Es, Panel::Network, Side::Works) => "la red funciona".into(),
        (Lang::Es, Panel::Incoming | Panel::ImapBeside, Side::Warns(k)) => {
            format!("recibir funciona, con un aviso en {}", step(k))
        }
        (Lang::Es, Panel::Outgoing, Side::Warns(k)) => {
            format!("enviar funciona, con un aviso en {}", step(k))
        }
        (Lang::Es, Panel::Network, Side::Warns(k)) => {
            format!("la red tiene un aviso en {}", step(k))
        }
        (Lang::Es, Panel::Incoming | Panel::ImapBeside, Side::Fails(k)) => {
            format!("recibir falla en {}", step(k))
        }
        (Lang::Es, Panel::Outgoing, Side::Fails(k)) => format!("enviar falla en {}", step(k)),
        (Lang::Es, Panel::Network, Side::Fails(k)) => {
            format!("la comprobación de red falla en {}", step(k))
        }
        (Lang::Es, Panel::Incoming | Panel::ImapBeside, Side::Checking) => {
            "comprobando la recepción".into()
        }
        (Lang::Es, Panel::Outgoing, Side::Checking) => "comprobando el envío".into(),
        (Lang::Es, Panel::Network, Side::Checking) => "comprobando la red".into(),
        (Lang::Es, Panel::Incoming | Panel::ImapBeside, Side::NotChecked) => {
            "recibir sin comprobar".into()
        }
        (Lang::Es, Panel::Outgoing, Side::NotChecked) => "enviar sin comprobar".into(),
        (Lang::Es, Panel::Network, Side::NotChecked) => "la red sin comprobar".into(),
    }
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
        // Portuguese: English until this text moves to the locale files.
        match app.lang {
            Lang::En | Lang::Pt => "Receiving and sending work".to_string(),
            Lang::Es => "Recibir y enviar funcionan".to_string(),
        }
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
            kind.as_str(),
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
            (Some(target), false) => format!("{target}: {}", step.detail),
            (Some(target), true) => target.clone(),
            (None, _) => step.detail.clone(),
        };
        let text = format!(
            "  {} {} {}",
            theme.status_symbol(step.status, app.spinner),
            step.step.as_str(),
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
