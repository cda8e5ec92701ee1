//! Every text of the core crate in every language but English is free of English words
//! ([`crate::i18n::stop_list`]): each line of every finding, the provider notes, the
//! working-setting facts, and the text, Markdown and JSON reports around them. It lives with the
//! reports because they are the layer that uses all the others.

use std::collections::BTreeSet;

use crate::account::Security;
use crate::diagnose::catalog::FindingId;
use crate::diagnose::text::{self, KNOWN_VARS, Value, Vars};
use crate::finding::{Finding, Lang, Severity};
use crate::i18n::message::message;
use crate::i18n::stop_list::english_words_in;
use crate::model::{
    CertVerdict, Evidence, Panel, PanelReport, RunState, ServerInfo, StepKind, StepRecord,
    StepStatus, TlsInfo,
};
use crate::preset::Note;
use crate::report::Outcome;
use crate::working_settings::{self, WorkingSetting};

/// The languages checked: every one but English.
fn translations() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| *l != Lang::En)
}

#[track_caller]
fn assert_no_english(what: &str, text: &str, lang: Lang) {
    let found = english_words_in(text, lang);
    assert!(
        found.is_empty(),
        "{lang}: {what} has English words {found:?}:\n{text}"
    );
}

/// A value for every variable, shown in the language; text values are neutral tokens.
fn sample(name: &str) -> Value {
    match name {
        "date" | "now" => Value::Date(1_700_000_000),
        "days" => Value::Days(5),
        "offset" => Value::Duration(9_000),
        "correct_time" => Value::Date(1_700_007_200),
        "security" => Value::Security(Security::None),
        "role" => Value::Role(Panel::Outgoing),
        "other_role" => Value::Role(Panel::Incoming),
        "names" | "open_ports" | "mechanisms" | "standard_ports" => {
            Value::List(vec!["x1".into(), "x2".into(), "x3".into()])
        }
        "step" | "stopped_at" | "closed_at" | "bad_at" => Value::Step(StepKind::RcptTo),
        _ => Value::Text("x0".into()),
    }
}

fn all_values() -> Vars {
    let mut vars = Vars::new();
    for name in KNOWN_VARS {
        vars.set(name, sample(name));
    }
    vars
}

#[test]
fn every_line_of_every_finding_is_in_the_language() {
    for lang in translations() {
        let args = text::arguments(&all_values(), lang);
        for id in FindingId::ALL {
            let message = message(lang, &text::key(*id)).expect("every finding has a text");
            assert_no_english(&format!("{id}"), &message.value(Some(&args)).text, lang);
            for name in message.attribute_names() {
                let line = message.attribute(name, Some(&args)).unwrap();
                assert_no_english(&format!("{id}.{name}"), &line.text, lang);
            }
        }
    }
}

/// Every step a finding may name.
const STEPS: [StepKind; 25] = {
    use StepKind::*;
    [
        Dns, Tcp, Tls, Greeting, Capa, Stls, Ehlo, Starttls, Login, Stat, Uidl, MailFrom, RcptTo,
        Rset, Quit, Route, Proxy, Resolver, Reach, Clock, Mx, Spf, Dmarc, Dkim, Dnsbl,
    ]
};

#[test]
fn the_words_values_are_shown_in_are_in_the_language() {
    for lang in translations() {
        let mut words = Vec::new();
        for step in STEPS {
            words.push(text::step_name(step, lang));
        }
        for secs in [0, 1, 45, 600, 9_000, 400_000] {
            words.push(text::show_value(&Value::Duration(secs), lang));
        }
        for panel in Panel::ALL {
            words.push(text::show_value(&Value::Role(panel), lang));
        }
        for security in Security::ALL {
            words.push(text::show_value(&Value::Security(security), lang));
        }
        for month in 0..12 {
            words.push(text::show_date(month * 31 * 86_400, lang));
        }
        for word in words {
            assert_no_english("a value", &word, lang);
        }
    }
}

#[test]
fn provider_notes_and_working_setting_facts_are_in_the_language() {
    for lang in translations() {
        for note in Note::ALL {
            assert_no_english(note.as_str(), &note.hint(lang), lang);
        }
        for security in Security::ALL {
            let setting = WorkingSetting {
                panel: Panel::Outgoing,
                host: "x0".into(),
                port: 465,
                security,
            };
            assert_no_english(
                "fix step",
                &working_settings::fix_step(&setting, lang),
                lang,
            );
        }
        let fact = working_settings::tls_port_failed_fact("x0", 995, lang);
        assert_no_english("failed SSL/TLS port", &fact, lang);
    }
}

/// The step rows' names and details come from the sessions' own texts, checked with them; here
/// they are neutral, so that what the reports add is what is checked.
fn step(step: StepKind, status: StepStatus, evidence: Option<Evidence>) -> StepRecord {
    StepRecord {
        step,
        target: None,
        status,
        elapsed_ms: 1.5,
        detail: "x0".into(),
        evidence,
    }
}

/// An outcome with every panel, a certificate, failed steps with the server's words, findings
/// of every severity in the language, and a working setting.
fn outcome(lang: Lang) -> Outcome {
    let mut state = RunState::default();
    for panel in Panel::ALL {
        let mut report = PanelReport::new(panel);
        report.status = StepStatus::Failed;
        if panel != Panel::Network {
            report.server = Some(ServerInfo {
                host: "x0".into(),
                port: 995,
                address: None,
            });
            report.security = Some(Security::None);
        }
        report.steps = vec![
            step(StepKind::Tcp, StepStatus::Ok, None),
            step(
                StepKind::Login,
                StepStatus::Failed,
                Some(Evidence::Reply {
                    sent: Some("USER x0".into()),
                    reply: "-ERR x0".into(),
                }),
            ),
            step(
                StepKind::Quit,
                StepStatus::Warn,
                Some(Evidence::Reply {
                    sent: None,
                    reply: "-ERR x0".into(),
                }),
            ),
            step(StepKind::Rset, StepStatus::Skipped, None),
        ];
        report.tls = Some(TlsInfo {
            server_name: "x0".into(),
            version: None,
            cipher_suite: None,
            chain: Vec::new(),
            verdict: CertVerdict::Expired,
            verdict_detail: "x0".into(),
        });
        state.panels.push(report);
    }
    let vars = all_values();
    let findings = [
        (FindingId::AuthFailed, Severity::Error, Panel::Incoming),
        (
            FindingId::CertExpiringSoon,
            Severity::Warn,
            Panel::ImapBeside,
        ),
        (FindingId::MailboxEmpty, Severity::Info, Panel::Outgoing),
    ]
    .into_iter()
    .map(|(id, severity, panel)| {
        let (title, explanation, fix) = text::render(id, &vars, lang);
        Finding {
            id: id.as_str().into(),
            severity,
            panel,
            title,
            explanation,
            fix,
            evidence: vec!["-ERR x0".into()],
        }
    })
    .collect();
    Outcome {
        state,
        findings,
        working_settings: vec![WorkingSetting {
            panel: Panel::ImapBeside,
            host: "x0".into(),
            port: 993,
            security: Security::Tls,
        }],
        account_source: None,
        lang,
    }
}

/// The finding ids, which stay as they are, and the step rows' step names, which the sessions'
/// texts give and are checked with them.
fn ids(outcome: &Outcome) -> BTreeSet<String> {
    let findings = outcome.findings.iter().map(|f| f.id.clone());
    let steps = outcome.state.panels.iter().flat_map(|p| &p.steps);
    findings
        .chain(steps.flat_map(|s| [format!(" {} ", s.step), format!("`{}`", s.step)]))
        .collect()
}

fn without_ids(text: &str, outcome: &Outcome) -> String {
    let mut text = text.to_string();
    for id in ids(outcome) {
        text = text.replace(&id, " ");
    }
    text
}

#[test]
fn the_text_report_is_in_the_language() {
    for lang in translations() {
        let mut outcome = outcome(lang);
        let report = crate::report::text::render(&outcome, false);
        assert_no_english("the text report", &without_ids(&report, &outcome), lang);
        outcome.findings.clear();
        let report = crate::report::text::render(&outcome, true);
        assert_no_english(
            "a report without findings",
            &without_ids(&report, &outcome),
            lang,
        );
        outcome.state.panels.clear();
        let report = crate::report::text::render(&outcome, false);
        assert_no_english("a report of nothing", &report, lang);
    }
}

#[test]
fn the_json_report_s_human_fields_are_in_the_language() {
    for lang in translations() {
        let outcome = outcome(lang);
        let doc: serde_json::Value =
            serde_json::from_str(&crate::report::json::render(&outcome)).unwrap();
        let findings = doc["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 3);
        for f in findings {
            assert!(
                FindingId::ALL
                    .iter()
                    .any(|id| id.as_str() == f["id"].as_str().unwrap()),
                "{lang}: the id stays the catalogue's"
            );
            for field in ["title", "explanation"] {
                assert_no_english(field, f[field].as_str().unwrap(), lang);
            }
            for step in f["fix"].as_array().unwrap() {
                assert_no_english("fix", step.as_str().unwrap(), lang);
            }
        }
    }
}

#[test]
fn the_markdown_report_is_in_the_language() {
    use crate::account::{Endpoint, Plan, Protocol, ResolveOverride, Secret};
    use crate::report::markdown::{ReportEnv, render_with};
    let endpoint = |protocol, security| Endpoint::parse("x0", protocol, security).unwrap();
    let mut plan = Plan::new(
        Some(endpoint(Protocol::Pop3, Security::Tls)),
        Some(endpoint(Protocol::Smtp, Security::Starttls)),
    );
    plan.user = Some("x0".into());
    plan.smtp_user = Some("x1".into());
    plan.password = Some(Secret::new("x2"));
    plan.from = Some("x3".into());
    plan.to = Some("x4".into());
    plan.resolve.push(ResolveOverride {
        host: "x0".into(),
        port: 995,
        addr: "192.0.2.1".parse().unwrap(),
    });
    let env = ReportEnv {
        tool: "mailtriage 0.1.0".into(),
        os: "linux x86_64".into(),
        generated_at: "2026-01-01T00:00:00Z".into(),
        machine_name: None,
    };
    for lang in translations() {
        let mut outcome = outcome(lang);
        for panel in &mut outcome.state.panels {
            panel.elapsed_ms = Some(12.5);
            if let Some(server) = &mut panel.server {
                server.address = Some("192.0.2.1".into());
            }
            panel.facts.greeting = Some("+OK x0".into());
            panel.facts.apop_offered = true;
            panel.facts.capabilities = vec!["UIDL".into()];
            panel.facts.auth_mechanisms = vec!["PLAIN".into()];
            panel.facts.login_method = Some("USER".into());
            panel.facts.login_ok = Some(false);
            panel.facts.message_count = Some(3);
            panel.facts.mailbox_octets = Some(300);
            panel.facts.uidl_ok = Some(true);
            panel.facts.client_address_seen = Some("192.0.2.2".into());
        }
        for private in [false, true] {
            // A private report's placeholders (`user-1`, `host-2`) are tokens, not words.
            let report = render_with(&outcome, &plan, private, &env)
                .replace("user-", "")
                .replace("host-", "");
            assert_no_english("the Markdown report", &without_ids(&report, &outcome), lang);
        }
        outcome.findings.clear();
        outcome.working_settings.clear();
        outcome.state.panels.clear();
        let report = render_with(&outcome, &plan, false, &env);
        assert_no_english("an empty Markdown report", &report, lang);
    }
}

#[test]
fn the_scan_report_is_in_the_language() {
    use crate::account::{Endpoint, Protocol};
    use crate::port_scan::{ScanCell, ScanResult, ScanSpec, Verdict};
    let cell = |protocol, port, security, verdict| ScanCell {
        protocol,
        host: "x0".into(),
        port,
        security,
        verdict,
        certificate: (verdict == Verdict::Certificate).then_some(CertVerdict::Untrusted),
        elapsed_ms: 12_000.0,
        detail: "x0".into(),
        report: PanelReport::new(Panel::Incoming),
    };
    let endpoint = |port, security| Endpoint {
        host: "x0".into(),
        port,
        security,
    };
    let result = ScanResult {
        configured: vec![
            (Protocol::Pop3, endpoint(110, Security::Starttls)),
            (Protocol::Imap, endpoint(143, Security::Starttls)),
            (Protocol::Smtp, endpoint(587, Security::Starttls)),
        ],
        cells: vec![
            // POP3: only plain text works, so nothing is recommended.
            cell(Protocol::Pop3, 110, Security::Starttls, Verdict::NoStarttls),
            cell(Protocol::Pop3, 110, Security::None, Verdict::Works),
            cell(Protocol::Pop3, 995, Security::Tls, Verdict::Certificate),
            // IMAP: the closest working setting.
            cell(Protocol::Imap, 143, Security::Starttls, Verdict::Timeout),
            cell(Protocol::Imap, 993, Security::Tls, Verdict::Works),
            // SMTP: nothing works at all.
            cell(Protocol::Smtp, 25, Security::Starttls, Verdict::Refused),
            cell(Protocol::Smtp, 465, Security::Tls, Verdict::NotTls),
            cell(Protocol::Smtp, 587, Security::Starttls, Verdict::NeedsTls),
            cell(Protocol::Smtp, 2525, Security::Starttls, Verdict::Other),
        ],
        spec: ScanSpec::default(),
        step_timeout_ms: 3000.0,
        sends_password: vec![Protocol::Pop3, Protocol::Imap, Protocol::Smtp],
    };
    for lang in translations() {
        for ascii in [false, true] {
            let report = crate::report::scan::render_text(&result, ascii, lang);
            assert_no_english("the scan report", &report, lang);
        }
        let mut configured_works = result.clone();
        configured_works.configured[1].1 = endpoint(993, Security::Tls);
        let report = crate::report::scan::render_text(&configured_works, false, lang);
        assert_no_english("the scan report", &report, lang);
    }
}

#[test]
fn the_presets_table_is_in_the_language() {
    use crate::catalog::{listing, render_table};
    use crate::ispdb::Ispdb;
    use crate::preset::Presets;
    let presets = Presets::embedded();
    // Providers' names are theirs ("iCloud Mail"): only the table's own words are checked.
    let mut rows = listing(&presets, Ispdb::embedded(), "gmail");
    assert!(!rows.is_empty());
    for row in &mut rows {
        row.name = "x0".into();
    }
    for lang in translations() {
        assert_no_english("the presets table", &render_table(&rows, lang), lang);
    }
}

#[test]
fn where_the_servers_came_from_is_in_the_language() {
    use crate::account::source::{
        AccountSource, FoundServer, Origin, ProviderFacts, ProviderMatch,
    };
    use crate::preset::UsernameForm;
    let provider = ProviderFacts {
        id: "x0".into(),
        name: "x0".into(),
        found_by: ProviderMatch::Mx,
        notes: Vec::new(),
        username_form: UsernameForm::FullAddress,
        help_url: "x0".into(),
        server_hosts: Vec::new(),
        name_suffixes: Vec::new(),
    };
    let found = |from, security| FoundServer {
        from,
        host: "x0".into(),
        port: 995,
        security,
    };
    let origins = [
        Origin::Options,
        Origin::Profile,
        Origin::Preset,
        Origin::Mx,
        Origin::Ispdb,
        Origin::Srv,
        Origin::Autoconfig,
        Origin::Guess,
    ];
    for lang in translations() {
        for origin in origins {
            for security in Security::ALL {
                for (named, beside) in [(true, false), (false, true), (false, false)] {
                    let source = AccountSource {
                        domain: named.then(|| "x0".into()),
                        incoming_from: (!beside || named).then_some(origin),
                        imap_from: Some(origin),
                        imap_beside: beside,
                        outgoing_from: Some(origin),
                        provider: named.then(|| provider.clone()),
                        mx: vec!["x1".into(), "x2".into()],
                        mx_provider: named.then(|| provider.clone()),
                        found_incoming: named.then(|| found(origin, security)),
                        found_imap: Some(found(origin, security)),
                        found_outgoing: Some(found(origin, security)),
                        ispdb_domain: named.then(|| "x0".into()),
                        autoconfig_url: Some("x0".into()),
                        domain_missing: true,
                        problems: vec!["x0".into()],
                        ..AccountSource::default()
                    };
                    let lines = source.describe(lang);
                    assert!(lines.len() >= 4, "{lines:?}");
                    assert_no_english("where the servers came from", &lines.join("\n"), lang);
                }
            }
        }
    }
}
