//! The dashboard's editor keeps an IMAP incoming server spoken to in IMAP: security changes move
//! the port between IMAP's standard ports, the edited plan stays IMAP, and a provider preset
//! (which names POP3 servers) makes the incoming side POP3 again; and the panels are named for
//! IMAP, not POP3.

mod support;

use mailtriage::account::{Endpoint, Plan, Protocol, Security};
use mailtriage::finding::Lang;
use mailtriage::model::Panel;
use mailtriage::tui::app::App;
use mailtriage::tui::form::{Field, Form};
use mailtriage::tui::presets::PresetChoice;
use support::tui::{config, draw};

fn imap_plan() -> Plan {
    let mut plan = Plan::new(
        Some(Endpoint {
            host: "imap.example.test".into(),
            port: 993,
            security: Security::Tls,
        }),
        None,
    );
    plan.incoming_protocol = Protocol::Imap;
    plan
}

#[test]
fn cycling_security_moves_between_the_imap_ports() {
    let mut form = Form::new(Some(&imap_plan()), Panel::Incoming);
    form.focus = Field::IncomingSecurity;
    form.cycle(true);
    assert_eq!(form.incoming.security, Security::Starttls);
    assert_eq!(form.incoming.port, "143");
    form.cycle(false);
    assert_eq!(form.incoming.port, "993");
    let plan = form.to_plan(Some(&imap_plan())).expect("a valid plan");
    assert_eq!(plan.incoming_protocol, Protocol::Imap);
    assert_eq!(plan.endpoint(Protocol::Imap).map(|e| e.port), Some(993));
}

#[test]
fn a_preset_makes_the_incoming_side_pop3_again() {
    let mut form = Form::new(Some(&imap_plan()), Panel::Incoming);
    form.apply_preset(&PresetChoice {
        id: "example".into(),
        name: "Example".into(),
        incoming_protocol: Protocol::Pop3,
        incoming: Some(Endpoint {
            host: "pop.example.test".into(),
            port: 995,
            security: Security::Tls,
        }),
        outgoing: None,
        username: None,
        notes: Vec::new(),
    });
    let plan = form.to_plan(Some(&imap_plan())).expect("a valid plan");
    assert_eq!(plan.incoming_protocol, Protocol::Pop3);
    assert_eq!(
        plan.endpoint(Protocol::Pop3).map(|e| e.host.as_str()),
        Some("pop.example.test")
    );
}

#[test]
fn an_imap_incoming_panel_is_named_imap_in_both_languages() {
    for (lang, name, wrong) in [
        (Lang::En, "Incoming (IMAP)", "POP3"),
        (Lang::Es, "Entrada (IMAP)", "POP3"),
    ] {
        let mut app = App::new(Some(imap_plan()), config(lang));
        let terminal = draw(&mut app, 200, 50);
        let text: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|cell| cell.symbol())
            .collect();
        assert!(text.contains(name), "{lang:?}: {text}");
        assert!(!text.contains(wrong), "{lang:?}: {text}");
    }
}
