//! Report escaping: servers whose greetings, replies and certificate fields are written as
//! Markdown and HTML (links, images, `<img>`, `<script>`, backticks, pipes, long lines). The real
//! binary's report is parsed with a Markdown parser: no link, image or HTML comes out of it, no
//! table, and no heading holds the server's words. The text output keeps each server text on its
//! own line of the tool, and the JSON keeps it as a string, exactly.

mod support;

use std::sync::Arc;
use support::scripted;

use mailtriage::lab::{CertKind, Pki};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use rustls::ServerConfig;
use scripted::{Peer, Server, answer_by_verb, mailtriage, run};

const NAME: &str = "mail.escape.test";
/// A word every hostile text carries, to find it in the output.
const MARK: &str = "evil.example";

/// One line of Markdown, HTML and code-span breakers a server might send.
fn hostile(tag: &str) -> String {
    format!(
        "{tag} [Click here to fix your mail settings](https://{MARK}/fix) ![i](http://{MARK}/i.png) \
         <img src=http://{MARK}/t.png> <script>alert(1)</script> <https://{MARK}/auto> \
         ``` `` ` | cell | cell | *bold* _em_ ~~strike~~ &lt;b&gt; {}",
        "w".repeat(300)
    )
}

/// A certificate authority and a server certificate whose names are hostile text. Nobody trusts
/// the authority, so the check reports who issued the certificate — in the server's words.
fn hostile_tls() -> Arc<ServerConfig> {
    let ca = Pki::with_organization(
        &hostile("issuer-cn"),
        &format!("[org](http://{MARK}/o)\n# heading\n| a | b |"),
    )
    .expect("the lab's CA");
    let mut cert = ca
        .server_cert_named(CertKind::Valid, &[NAME], &hostile("subject-cn"))
        .expect("a certificate");
    // The CA goes along, as servers often send it.
    cert.chain.push(ca.ca_der());
    cert.server_config().expect("a server configuration")
}

/// A POP3 server whose greeting, capabilities and refusal are hostile.
fn hostile_pop3(peer: &mut Peer) {
    if peer.send(format!("+OK {}\r\n", hostile("greeting")).as_bytes()) {
        answer_by_verb(peer, b"+OK\r\n", |verb| {
            let reply = match verb {
                "CAPA" => format!("+OK\r\nUSER\r\nX-[a](http://{MARK}/capa)\r\n."),
                "USER" => "+OK".to_string(),
                _ => format!("-ERR [AUTH] {}", hostile("refusal")),
            };
            format!("{reply}\r\n").into_bytes()
        });
    }
}

/// An SMTP server whose multi-line greeting, EHLO reply and refusal are hostile.
fn hostile_smtp(peer: &mut Peer) {
    let greeting = format!(
        "220-{}\r\n220-Result: ok\r\n220 mail ESMTP\r\n",
        hostile("smtp-greeting")
    );
    if peer.send(greeting.as_bytes()) {
        answer_by_verb(peer, b"221 bye\r\n", |verb| {
            let reply = match verb {
                "EHLO" => {
                    format!("250-mail\r\n250-<img src=http://{MARK}/e.png>\r\n250 AUTH PLAIN")
                }
                _ => format!("535-{}\r\n535 5.7.8 `x` | y", hostile("smtp-refusal")),
            };
            format!("{reply}\r\n").into_bytes()
        });
    }
}

/// Parse the report; fail on any link, image, HTML, table, emphasis or strike-through, and on a
/// heading whose words (outside code spans) carry the server's text.
fn assert_inert(report: &str, what: &str) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut in_heading = false;
    for event in Parser::new_ext(report, options) {
        match &event {
            // The report's own bold result line is the only strong text it writes.
            Event::Start(
                Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::Table(_)
                | Tag::HtmlBlock
                | Tag::Emphasis
                | Tag::Strikethrough
                | Tag::BlockQuote(_),
            )
            | Event::Html(_)
            | Event::InlineHtml(_) => panic!("{what}: {event:?} in the report:\n{report}"),
            Event::Start(Tag::Heading { .. }) => in_heading = true,
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(t) if in_heading => {
                assert!(
                    !t.contains(MARK) && !t.contains("Click here"),
                    "{what}: server text as words in a heading: {t:?}"
                );
            }
            _ => {}
        }
    }
    // The server's words are there — shown, not obeyed.
    assert!(report.contains(MARK), "{what}: the hostile text is missing");
}

/// The binary with the test password in its environment (`--password-env ESCAPE_TEST_PASSWORD`).
fn with_password(args: &[&str]) -> std::process::Command {
    let mut cmd = mailtriage(args);
    cmd.env("ESCAPE_TEST_PASSWORD", "escape-test-pw");
    cmd
}

/// Run `check` with `args` and a report, as text, privately and as JSON; check every output.
fn check_every_format(what: &str, args: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("temporary folder");
    let report = dir.path().join("report.md");
    let report_arg = report.to_string_lossy().into_owned();
    let mut text_args = vec![
        "check",
        "--timeout",
        "3",
        "--only",
        "incoming",
        "--only",
        "outgoing",
    ];
    text_args.extend_from_slice(args);
    text_args.extend(["--report", &report_arg]);
    let r = run(with_password(&text_args));
    r.assert_well_behaved();
    let written = std::fs::read_to_string(&report).expect("report written");
    assert_inert(&written, what);
    // Text: the server cannot add a line of its own (only the tool's last line says the result).
    let stdout = r.stdout_text();
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("Result:")).count(),
        1,
        "{what}:\n{stdout}"
    );
    assert!(
        stdout
            .lines()
            .all(|l| !l.starts_with(MARK) && !l.starts_with('#')),
        "{what}:\n{stdout}"
    );
    // Private report too.
    let mut private_args = text_args.clone();
    private_args.push("--private");
    let r = run(with_password(&private_args));
    r.assert_well_behaved();
    assert_inert(
        &std::fs::read_to_string(&report).expect("report written"),
        &format!("{what} (private)"),
    );
    let mut json_args = text_args.clone();
    json_args.push("--json");
    let r = run(with_password(&json_args));
    r.assert_well_behaved();
    r.json()
}

#[test]
fn hostile_greetings_replies_and_certificates_stay_text_in_every_format() {
    let tls = hostile_tls();
    let tls_pop3 = Server::start(move |peer: &mut Peer| {
        if peer.start_tls(&tls) {
            hostile_pop3(peer);
        }
    });
    let smtp = Server::start(hostile_smtp);
    let port = tls_pop3.port();
    let (pop_spec, pin) = (format!("{NAME}:{port}"), format!("{NAME}:{port}:127.0.0.1"));
    let smtp_spec = smtp.hostport();
    let doc = check_every_format(
        "certificate and SMTP",
        &[
            "--pop3",
            &pop_spec,
            "--pop3-security",
            "tls",
            "--resolve",
            &pin,
            "--smtp",
            &smtp_spec,
            "--smtp-security",
            "none",
            "--allow-plaintext-auth",
            "--user",
            "u@example.test",
            "--password-env",
            "ESCAPE_TEST_PASSWORD",
        ],
    );
    // JSON keeps the server's words exactly, as strings.
    let chain = &scripted::panel(&doc, "incoming")["tls"]["chain"];
    let issuer = chain[0]["issuer"].as_str().expect("issuer recorded");
    assert!(
        issuer.contains("<img src=http://evil.example/t.png>"),
        "{issuer}"
    );
    let greeting = scripted::panel(&doc, "outgoing")["facts"]["greeting"]
        .as_str()
        .expect("greeting recorded");
    assert!(greeting.contains("<script>alert(1)</script>"), "{greeting}");

    let pop3 = Server::start(hostile_pop3);
    let pop_spec = pop3.hostport();
    let doc = check_every_format(
        "POP3 greeting and refusal",
        &[
            "--pop3",
            &pop_spec,
            "--pop3-security",
            "none",
            "--allow-plaintext-auth",
            "--user",
            "u@example.test",
            "--password-env",
            "ESCAPE_TEST_PASSWORD",
        ],
    );
    let login = scripted::step(&doc, "incoming", "login").expect("login step");
    let reply = login["evidence"]["reply"].as_str().expect("refusal kept");
    assert!(reply.contains("![i](http://evil.example/i.png)"), "{reply}");
}
