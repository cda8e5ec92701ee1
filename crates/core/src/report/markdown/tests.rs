//! The support report: its sections, its resistance to hostile server text, the private mode and
//! the password guard.

use super::*;
use crate::account::{ResolveOverride, Secret, Security};
use crate::finding::Severity;
use crate::model::{
    CertSummary, CertVerdict, EventKind, ProbeEvent, RunState, ServerInfo, SessionFacts, StepKind,
    TranscriptLine,
};
use crate::preset::Presets;
use crate::working_settings::WorkingSetting;

const PASSWORD: &str = "Tr0ub4dor&3-report";
const FINGERPRINT: &str = "3F:A1:00:7C:9B:22:E4:51:0D:6E:88:F2:19:C7:4B:A0:\
                           5E:33:D1:8A:72:0F:C6:B9:44:E1:2D:97:68:05:AB:CE";

fn env() -> ReportEnv {
    ReportEnv {
        tool: "mailtriage 0.1.0".into(),
        os: "linux x86_64".into(),
        generated_at: "2026-01-02T03:04:05Z".into(),
        machine_name: Some("ana-laptop.fritz.box".into()),
    }
}

fn plan() -> Plan {
    let mut plan = Plan::new(
        Some(Endpoint {
            host: "pop.example.test".into(),
            port: 995,
            security: Security::Tls,
        }),
        Some(Endpoint {
            host: "smtp.example.test".into(),
            port: 587,
            security: Security::Starttls,
        }),
    );
    plan.user = Some("alice@example.test".into());
    plan.password = Some(Secret::new(PASSWORD));
    plan.resolve = vec![ResolveOverride {
        host: "pop.example.test".into(),
        port: 995,
        addr: "10.1.2.3".parse().unwrap(),
    }];
    plan
}

fn step(step: StepKind, status: StepStatus, detail: &str, evidence: Option<Evidence>) -> EventKind {
    EventKind::StepFinished(StepRecord {
        step,
        target: None,
        status,
        elapsed_ms: 12.5,
        detail: detail.into(),
        evidence,
    })
}

fn line(dir: Direction, text: &str) -> EventKind {
    EventKind::Transcript(TranscriptLine {
        offset_ms: 1.0,
        dir,
        text: text.into(),
    })
}

/// A failed POP3 login whose server text carries host names, addresses, Markdown and backticks.
fn outcome() -> Outcome {
    let mut state = RunState::default();
    let events = vec![
        EventKind::PanelStarted {
            server: Some(ServerInfo {
                host: "pop.example.test".into(),
                port: 995,
                address: None,
            }),
            security: Some(Security::Tls),
        },
        EventKind::Connected {
            address: "10.1.2.3:995".into(),
        },
        line(Direction::Info, "connected to 10.1.2.3:995"),
        line(
            Direction::Received,
            "+OK mx7.internal.example.test ready <1896.697@mx7.internal.example.test>",
        ),
        line(Direction::Sent, "USER alice@example.test"),
        line(Direction::Sent, "PASS ***"),
        line(
            Direction::Received,
            "-ERR [AUTH] no ```\n# injected heading from [2001:db8:1::7]:995",
        ),
        step(
            StepKind::Tcp,
            StepStatus::Ok,
            "10.1.2.3:995 in 1.0 ms",
            None,
        ),
        EventKind::Tls(TlsInfo {
            server_name: "pop.example.test".into(),
            version: Some("TLSv1.3".into()),
            cipher_suite: Some("TLS13_AES_256_GCM_SHA384".into()),
            chain: vec![CertSummary {
                subject: "CN=pop.example.test".into(),
                issuer: "CN=Example CA".into(),
                dns_names: vec!["pop.example.test".into(), "*.hosting.example.net".into()],
                ip_addresses: vec!["10.1.2.3".into()],
                not_before: "2025-01-01T00:00:00Z".into(),
                not_after: "2027-01-01T00:00:00Z".into(),
                not_before_unix: 0,
                not_after_unix: 0,
                sha256_fingerprint: FINGERPRINT.into(),
            }],
            verdict: CertVerdict::Valid,
            verdict_detail: "valid for pop.example.test".into(),
        }),
        EventKind::Facts(SessionFacts {
            greeting: Some("+OK mx7.internal.example.test ready".into()),
            login_ok: Some(false),
            ..SessionFacts::default()
        }),
        step(
            StepKind::Login,
            StepStatus::Failed,
            "the server refused the login",
            Some(Evidence::Reply {
                sent: Some("USER alice@example.test / PASS ***".into()),
                reply: "-ERR [AUTH] no ```\n# injected heading from [2001:db8:1::7]:995".into(),
            }),
        ),
        EventKind::PanelFinished { elapsed_ms: 40.0 },
    ];
    for kind in events {
        state.apply(ProbeEvent {
            panel: Panel::Incoming,
            kind,
        });
    }
    let findings = vec![Finding {
        id: "auth-failed".into(),
        severity: Severity::Error,
        panel: Panel::Incoming,
        title: "The server refused the user name or password".into(),
        explanation: "pop.example.test said the password is wrong.".into(),
        fix: vec![
            "Type the password again.".into(),
            "See https://help.provider.example.org/app-passwords for app passwords.".into(),
        ],
        evidence: vec!["-ERR [AUTH] no ```".into()],
    }];
    let working_settings = vec![WorkingSetting {
        panel: Panel::Incoming,
        host: "pop.example.test".into(),
        port: 110,
        security: Security::Starttls,
    }];
    Outcome {
        state,
        findings,
        working_settings,
        account_source: None,
        lang: crate::finding::Lang::En,
    }
}

#[test]
fn report_has_every_section_and_the_exact_error_text() {
    let doc = render_with(&outcome(), &plan(), false, &env());
    for needle in [
        "# mailtriage support report",
        "- Result: **✗ failed**",
        "- Tool: mailtriage 0.1.0",
        "- Operating system: linux x86_64",
        "## Settings",
        "server `pop.example.test`, port 995, security tls",
        "server `smtp.example.test`, port 587, security starttls",
        "- User name: `alice@example.test`",
        "- Password: given (not shown)",
        "## Errors",
        "## Findings",
        "1. Type the password again.",
        "## Steps",
        "## Transcripts",
        "## Settings that work instead",
        "- Incoming (POP3): server `pop.example.test`, port 110, security starttls",
        "C: USER alice@example.test",
        "-ERR [AUTH] no ```",
        "12.5 ms",
    ] {
        assert!(doc.contains(needle), "missing {needle:?} in\n{doc}");
    }
}

/// Every fenced block opens and closes with the same fence, so server text with backticks and
/// `#` lines stays inside its block.
#[test]
fn server_text_cannot_break_out_of_its_block() {
    let doc = render_with(&outcome(), &plan(), false, &env());
    let mut open: Option<String> = None;
    for l in doc.lines() {
        match &open {
            None if l.starts_with("```") => {
                let fence: String = l.chars().take_while(|c| *c == '`').collect();
                open = Some(fence);
            }
            None => assert!(
                !l.starts_with("# injected"),
                "server text became a heading: {l}"
            ),
            Some(fence) if l.trim_end() == fence => open = None,
            Some(fence) => assert!(
                !(l.starts_with(fence.as_str()) && l.trim_end().chars().all(|c| c == '`')),
                "a line inside a block could close it: {l}"
            ),
        }
    }
    assert!(open.is_none(), "a block was left open");
    assert!(doc.contains("````text"), "the fence grew past the ``` run");
}

#[test]
fn inline_code_survives_backticks() {
    assert_eq!(code("a`b"), "``a`b``");
    assert_eq!(code("`x"), "`` `x ``");
    assert_eq!(code("two\nlines"), "`two | lines`");
    assert_eq!(code(""), "(empty)");
}

#[test]
fn private_report_hides_hosts_addresses_and_mail_addresses_everywhere() {
    let doc = render_with(&outcome(), &plan(), true, &env());
    for secret in [
        "example.test",
        "mx7",
        "hosting.example.net",
        "10.1.2.3",
        "2001:db8:1::7",
        "alice",
        "1896.697",
    ] {
        assert!(!doc.contains(secret), "{secret:?} left in\n{doc}");
    }
    // The configured servers are seeded first, in the order of the settings.
    assert!(doc.contains("server `host-1`, port 995"), "{doc}");
    assert!(doc.contains("server `host-2`, port 587"), "{doc}");
    assert!(doc.contains("server `host-1`, port 110"), "{doc}");
    assert!(doc.contains("- User name: `user-1@host-3`"), "{doc}");
    // The same name gets the same placeholder everywhere: in settings, transcript and evidence.
    assert!(doc.contains("C: USER user-1@host-3"), "{doc}");
    assert!(doc.contains("connected to 192.0.2.1:995"), "{doc}");
    assert!(doc.contains("Pinned address: `host-1` port 995 → `192.0.2.1`"));
    assert!(doc.contains("[2001:db8::1]:995"), "{doc}");
    // Help links stay usable.
    // Kept as words: a finding's text is never a live link.
    assert!(doc.contains("https\\://help.provider.example.org/app-passwords"));
    assert!(doc.contains("Private report"));
}

#[test]
fn private_mode_is_stable_and_numbers_names_in_order() {
    let a = render_with(&outcome(), &plan(), true, &env());
    let b = render_with(&outcome(), &plan(), true, &env());
    assert_eq!(a, b);
    let mut r = Redactor::new(&Plan::new(None, None), &PUBLIC_NAMES, None);
    let out = r.apply(
        "a.example.org b.example.org A.EXAMPLE.ORG 127.0.0.1 ::1 [::ffff:10.0.0.1] x@a.example.org",
    );
    assert_eq!(
        out,
        "host-1 host-2 host-1 192.0.2.1 2001:db8::1 [2001:db8::2] user-1@host-1"
    );
}

#[test]
fn private_mode_leaves_ordinary_text_alone() {
    let mut r = Redactor::new(&Plan::new(None, None), &PUBLIC_NAMES, None);
    let text = "TLSv1.3 TLS13_AES_256_GCM_SHA384 5.7.8 12:30:45 e.g. 12.5 ms Dovecot ready.";
    assert_eq!(r.apply(text), text);
}

#[test]
fn single_label_hosts_and_plain_user_names_are_hidden() {
    let mut plan = Plan::new(
        Some(Endpoint {
            host: "mailhub".into(),
            port: 110,
            security: Security::None,
        }),
        None,
    );
    plan.user = Some("jdoe".into());
    let mut r = Redactor::new(&plan, &PUBLIC_NAMES, None);
    assert_eq!(
        r.apply("USER jdoe at mailhub (jdoe@mailhub)"),
        "USER user-1 at host-1 (user-1@host-1)"
    );
}

#[test]
fn any_form_of_the_password_is_scrubbed() {
    let plan = plan();
    let mut leaky = outcome();
    let plain = crate::proto::sasl::plain_response("alice@example.test", PASSWORD);
    let login = crate::proto::sasl::login_response(PASSWORD);
    leaky.state.panels[0].transcript.push(TranscriptLine {
        offset_ms: 2.0,
        dir: Direction::Received,
        text: format!("500 unknown command PASS {PASSWORD} AUTH PLAIN {plain} {login}").into(),
    });
    for private in [false, true] {
        let doc = render_with(&leaky, &plan, private, &env());
        for form in [PASSWORD, plain.as_str(), login.as_str()] {
            assert!(!doc.contains(form), "{form} in\n{doc}");
        }
        assert!(doc.contains("500 unknown command PASS ***"));
    }
}

#[test]
fn the_observations_of_a_run_never_hold_the_password() {
    let doc = render_with(&outcome(), &plan(), false, &env());
    let json = crate::report::json::render(&outcome());
    let forms = [
        PASSWORD.to_string(),
        crate::proto::sasl::plain_response("alice@example.test", PASSWORD),
        crate::proto::sasl::login_response(PASSWORD),
    ];
    for form in forms {
        assert!(!json.contains(&form));
        assert!(!doc.contains(&form));
    }
}

#[test]
fn empty_run_still_renders() {
    let empty = Outcome {
        state: RunState::default(),
        findings: Vec::new(),
        working_settings: Vec::new(),
        account_source: None,
        lang: crate::finding::Lang::En,
    };
    let doc = render_with(&empty, &Plan::new(None, None), true, &env());
    assert!(doc.contains("No step failed or warned."));
    assert!(doc.contains("No panel ran."));
    assert!(doc.contains("- Incoming (POP3): not configured"));
}

#[test]
fn report_document_snapshot() {
    insta::assert_snapshot!(render_with(&outcome(), &plan(), true, &env()));
}

#[test]
fn reply_codes_stay_and_a_second_pass_changes_nothing() {
    let mut r = Redactor::new(&Plan::new(None, None), &PUBLIC_NAMES, None);
    let once = r.apply("250-mail.example.org Hello [198.51.100.9] from 10.0.0.1 and ::1");
    assert_eq!(
        once,
        "250-host-1 Hello [192.0.2.1] from 192.0.2.2 and 2001:db8::1"
    );
    assert_eq!(r.apply(&once), once);
}

/// Texts a hostile server could choose, each trying a different way out of plain text.
const HOSTILE: [&str; 12] = [
    "[Click here to fix your mail settings](https://evil.example/fix)",
    "![i](http://evil.example/track.png)",
    "<img src=http://evil.example/t.png>",
    "<script>alert(1)</script>",
    "`` ` ```` code ` ``",
    "a | b | c\n---|---|---",
    "line one\n# heading\n> quote\n- item\n1. step\n=====",
    "<http://evil.example/auto>",
    "[ref]: http://evil.example/ref [ref]",
    "see www.evil.example or https://evil.example/bare or mail@evil.example",
    "&lt;img src=x&gt; &#60;b&#62;",
    "x\u{2028}y\r\nz",
];

/// One panel whose every server-controlled text is `text`, and a finding quoting it.
fn hostile_outcome(text: &str) -> Outcome {
    let long = format!("{text} {}", "w".repeat(3000));
    let mut state = RunState::default();
    let events = vec![
        EventKind::PanelStarted {
            server: Some(ServerInfo {
                host: text.into(),
                port: 995,
                address: Some(text.into()),
            }),
            security: Some(Security::Tls),
        },
        line(Direction::Received, text),
        line(Direction::Received, &long),
        EventKind::Tls(TlsInfo {
            server_name: text.into(),
            version: Some(text.into()),
            cipher_suite: Some(text.into()),
            chain: vec![CertSummary {
                subject: format!("CN={text}"),
                issuer: format!("O={text}"),
                dns_names: vec![text.into()],
                ip_addresses: vec![text.into()],
                not_before: text.into(),
                not_after: text.into(),
                not_before_unix: 0,
                not_after_unix: 0,
                sha256_fingerprint: FINGERPRINT.into(),
            }],
            verdict: CertVerdict::Untrusted,
            verdict_detail: text.into(),
        }),
        EventKind::Facts(SessionFacts {
            greeting: Some(text.into()),
            capabilities: vec![text.into()],
            auth_mechanisms: vec![text.into()],
            login_method: Some(text.into()),
            client_address_seen: Some(text.into()),
            ..SessionFacts::default()
        }),
        EventKind::StepStarted {
            step: StepKind::Greeting,
            target: Some(text.into()),
        },
        EventKind::StepFinished(StepRecord {
            step: StepKind::Greeting,
            target: Some(text.into()),
            status: StepStatus::Failed,
            elapsed_ms: 1.0,
            detail: text.into(),
            evidence: Some(Evidence::Reply {
                sent: Some(text.into()),
                reply: long.clone(),
            }),
        }),
        EventKind::StepFinished(StepRecord {
            step: StepKind::Tls,
            target: None,
            status: StepStatus::Warn,
            elapsed_ms: 1.0,
            detail: text.into(),
            evidence: Some(Evidence::Tls {
                failure: TlsFailure::Certificate,
                message: text.into(),
                peer_bytes: Some(text.into()),
            }),
        }),
        EventKind::PanelFinished { elapsed_ms: 2.0 },
    ];
    for kind in events {
        state.apply(ProbeEvent {
            panel: Panel::Incoming,
            kind,
        });
    }
    let findings = vec![Finding {
        id: "cert-untrusted".into(),
        severity: Severity::Error,
        panel: Panel::Incoming,
        title: format!("Issued by \"{text}\""),
        explanation: format!("The certificate was issued by \"{text}\".\n{text}\n{long}"),
        fix: vec![text.into(), format!("Ask about {text}."), long.clone()],
        evidence: vec![text.into(), long],
    }];
    Outcome {
        state,
        findings,
        working_settings: vec![WorkingSetting {
            panel: Panel::Incoming,
            host: text.into(),
            port: 110,
            security: Security::Starttls,
        }],
        account_source: None,
        lang: crate::finding::Lang::En,
    }
}

/// The blocks of a report (headings, paragraphs, lists, code blocks), in order.
fn block_structure(doc: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    Parser::new_ext(doc, Options::ENABLE_TABLES)
        .filter_map(|e| match e {
            Event::Start(
                tag @ (Tag::Heading { .. }
                | Tag::Paragraph
                | Tag::List(_)
                | Tag::Item
                | Tag::CodeBlock(_)
                | Tag::BlockQuote(_)
                | Tag::Table(_)
                | Tag::HtmlBlock),
            ) => Some(format!("{tag:?}")),
            _ => None,
        })
        .collect()
}

/// No link, image, HTML, table, quote, emphasis or strike-through anywhere (the report itself
/// has none), and the same blocks as the report of a server that said only plain words.
fn assert_inert_markdown(doc: &str, benign: &str, what: &str) {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    for event in Parser::new_ext(doc, options) {
        if let Event::Start(
            Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Table(_)
            | Tag::HtmlBlock
            | Tag::BlockQuote(_)
            | Tag::Emphasis
            | Tag::Strikethrough
            | Tag::FootnoteDefinition(_),
        )
        | Event::Html(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_) = &event
        {
            panic!("{what}: {event:?} in\n{doc}")
        }
    }
    assert_eq!(
        block_structure(doc),
        block_structure(benign),
        "{what}: the server's text changed the report's structure\n{doc}"
    );
}

#[test]
fn hostile_server_text_stays_text_in_every_part_of_the_report() {
    for text in HOSTILE {
        for private in [false, true] {
            let doc = render_with(&hostile_outcome(text), &plan(), private, &env());
            let benign = render_with(&hostile_outcome("plain words"), &plan(), private, &env());
            assert_inert_markdown(&doc, &benign, &format!("{text:?} private={private}"));
        }
    }
}

#[test]
fn a_private_report_hides_mail_addresses_in_a_finding_s_words() {
    let mut o = outcome();
    o.findings[0].explanation = "The server refused alice@example.test.".into();
    let doc = render_with(&o, &plan(), true, &env());
    assert!(doc.contains("refused user-1\\@host-"), "{doc}");
    assert!(!doc.contains("alice"), "{doc}");
}

#[test]
fn finding_words_are_escaped_but_keep_their_meaning() {
    assert_eq!(
        prose("Issued by \"[x](http://e.example)\" <b> x_y _z_"),
        "Issued by \"\\[x\\](http\\://e.example)\" \\<b\\> x_y \\_z\\_"
    );
    assert_eq!(prose("1. step"), "1\\. step");
    assert_eq!(prose("- item\n= x"), "\\- item \\| = x");
    assert_eq!(prose("www.example.org"), "www\\.example.org");
    assert_eq!(
        prose("Tested just now: port 587"),
        "Tested just now: port 587"
    );
}

/// A Gmail account over the Gmail preset's servers: the server at a global address, this
/// computer at a private one, a certificate for the preset's host.
fn gmail_outcome() -> (Outcome, Plan) {
    let mut plan = Plan::new(
        Some(Endpoint {
            host: "pop.gmail.com".into(),
            port: 995,
            security: Security::Tls,
        }),
        Some(Endpoint {
            host: "smtp.googlemail.com".into(),
            port: 465,
            security: Security::Tls,
        }),
    );
    plan.user = Some("ana.lopez@gmail.com".into());
    let mut state = RunState::default();
    let events = vec![
        EventKind::PanelStarted {
            server: Some(ServerInfo {
                host: "pop.gmail.com".into(),
                port: 995,
                address: Some("142.250.27.109".into()),
            }),
            security: Some(Security::Tls),
        },
        line(Direction::Info, "connected to 142.250.27.109:995"),
        EventKind::Tls(TlsInfo {
            server_name: "pop.gmail.com".into(),
            version: Some("TLSv1.3".into()),
            cipher_suite: None,
            chain: vec![CertSummary {
                subject: "CN=pop.gmail.com".into(),
                issuer: "CN=WR2, O=Google Trust Services, C=US".into(),
                dns_names: vec!["pop.gmail.com".into()],
                ip_addresses: vec![],
                not_before: "2026-01-01T00:00:00Z".into(),
                not_after: "2027-01-01T00:00:00Z".into(),
                not_before_unix: 0,
                not_after_unix: 0,
                sha256_fingerprint: FINGERPRINT.into(),
            }],
            verdict: CertVerdict::Valid,
            verdict_detail: "valid for pop.gmail.com".into(),
        }),
        line(
            Direction::Received,
            "+OK Gpop ready for requests from 192.168.1.23 ana-laptop",
        ),
        line(Direction::Sent, "USER ana.lopez@gmail.com"),
        line(Direction::Sent, "PASS ***"),
        line(
            Direction::Received,
            "-ERR [AUTH] Application-specific password required: \
             https://support.google.com/accounts/answer/185833",
        ),
        EventKind::PanelFinished { elapsed_ms: 40.0 },
    ];
    for kind in events {
        state.apply(ProbeEvent {
            panel: Panel::Incoming,
            kind,
        });
    }
    let outcome = Outcome {
        state,
        findings: Vec::new(),
        working_settings: Vec::new(),
        account_source: None,
        lang: crate::finding::Lang::En,
    };
    (outcome, plan)
}

#[test]
fn a_private_report_keeps_a_provider_s_public_names() {
    let (outcome, plan) = gmail_outcome();
    let doc = render_with(&outcome, &plan, true, &env());
    for kept in [
        "server `pop.gmail.com`",
        // Not named by a preset, but under the provider's domain.
        "server `smtp.googlemail.com`",
        "C: USER user-1@gmail.com",
        "subject `CN=pop.gmail.com`",
        "Google Trust Services",
        FINGERPRINT,
        "connected to 142.250.27.109:995",
        "https://support.google.com/accounts/answer/185833",
    ] {
        assert!(doc.contains(kept), "{kept:?} missing:\n{doc}");
    }
    // The user's own: the name, this computer's address and name.
    for hidden in ["ana.lopez", "192.168.1.23", "ana-laptop", "fritz.box"] {
        assert!(!doc.contains(hidden), "{hidden:?} shown:\n{doc}");
    }
    assert!(doc.contains("requests from 192.0.2.1 host-"), "{doc}");
}

#[test]
fn a_private_report_hides_a_custom_domain_and_its_servers() {
    let public = PublicNames::of(&Presets::embedded());
    assert!(public.is_named("pop.gmail.com") && public.is_named("smtp.gmail.com"));
    assert!(public.belongs_to_provider("pop.googlemail.com"));
    assert!(!public.belongs_to_provider("mail.anas-bakery.es"));
    assert!(!public.belongs_to_provider("gmail.com.anas-bakery.es"));
    assert!(!public.belongs_to_provider("notgmail.com"));

    let mut plan = Plan::new(
        Some(Endpoint {
            host: "mail.anas-bakery.es".into(),
            port: 995,
            security: Security::Tls,
        }),
        None,
    );
    plan.user = Some("ana@anas-bakery.es".into());
    let mut r = Redactor::new(&plan, &public, Some("ana-laptop"));
    let text = r.apply(
        "+OK mail.anas-bakery.es ready; relay smtp.gmail.com; ana@anas-bakery.es from ana-laptop \
         at 203.0.113.77",
    );
    assert_eq!(
        text,
        "+OK host-1 ready; relay smtp.gmail.com; user-1@host-2 from host-3 at 192.0.2.1"
    );
    // The fingerprint of a certificate for a hidden server is hidden with it.
    let (mut outcome, _) = gmail_outcome();
    let tls = outcome
        .state
        .panels
        .iter_mut()
        .find_map(|p| p.tls.as_mut())
        .expect("tls");
    tls.chain[0].dns_names = vec!["mail.anas-bakery.es".into()];
    let doc = render_with(&outcome, &plan, true, &env());
    assert!(!doc.contains(FINGERPRINT), "{doc}");
    assert!(doc.contains("SHA-256 fingerprint: `hidden"), "{doc}");
}

#[test]
fn the_header_says_what_the_transcript_holds() {
    let (outcome, plan) = gmail_outcome();
    for private in [false, true] {
        let doc = render_with(&outcome, &plan, private, &env());
        let header = doc.split("## Settings").next().unwrap();
        assert!(
            !header.contains("login answers are never recorded"),
            "{header}"
        );
        assert!(header.contains("login answers included"), "{header}");
        // And it is so: the login answer is in the transcript, the password is not.
        assert!(doc.contains("S: -ERR [AUTH] Application-specific password required"));
        assert!(doc.contains("C: PASS ***"));
    }
}
