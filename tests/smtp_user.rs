//! `--smtp-user`: an outgoing server that takes another user name than the incoming one. The
//! SMTP login uses it, the POP3 login does not, no form of the password shows, and a refusal
//! on one side is not read as proof about the other side's password.

mod support;

use mailtriage::lab::{CertKind, ServerSpec, Transport};
use support::kit::{Kit, NAMES, assert_no_password_in_clear, single_login};
use support::{CheckCommand, PASSWORD, USER, finding_ids};

const SMTP_USER: &str = "relay-alice";

fn check(kit: &Kit, pop3: u16, smtp: u16) -> CheckCommand {
    CheckCommand::new()
        .pop3(pop3, "tls")
        .smtp(smtp, "starttls")
        .kit_ca(kit)
        .user(USER)
        .args(["--smtp-user", SMTP_USER])
        .only("incoming")
        .only("outgoing")
        .password(PASSWORD)
}

#[test]
fn each_server_gets_its_own_user_name() {
    let kit = Kit::new();
    let pop3 = kit.start(
        ServerSpec::pop3(Transport::ImplicitTls(CertKind::Valid), USER, PASSWORD).names(&NAMES),
    );
    let smtp = kit.start(
        ServerSpec::smtp(Transport::Starttls(CertKind::Valid), SMTP_USER, PASSWORD).names(&NAMES),
    );
    let out = check(&kit, pop3.port(), smtp.port()).run_json();
    out.assert_code(0);
    let incoming = single_login(pop3.log());
    assert_eq!((incoming.user.as_str(), incoming.accepted), (USER, true));
    let outgoing = single_login(smtp.log());
    assert_eq!(
        (outgoing.user.as_str(), outgoing.accepted),
        (SMTP_USER, true)
    );
    assert_no_password_in_clear(smtp.log(), PASSWORD);
    // The SASL PLAIN answer with the outgoing user name is a form of the password too.
    let plain = mailtriage::proto::sasl::plain_response(SMTP_USER, PASSWORD);
    for text in [&out.stdout, &out.stderr] {
        assert!(!text.contains(&plain), "{text}");
        assert!(!text.contains(PASSWORD), "{text}");
    }
}

#[test]
fn a_refused_outgoing_user_is_not_said_to_have_the_right_password() {
    let kit = Kit::new();
    let pop3 = kit.start(
        ServerSpec::pop3(Transport::ImplicitTls(CertKind::Valid), USER, PASSWORD).names(&NAMES),
    );
    // This SMTP server knows only the incoming user name: the outgoing one is refused.
    let smtp = kit.start(
        ServerSpec::smtp(Transport::Starttls(CertKind::Valid), USER, PASSWORD).names(&NAMES),
    );
    let out = check(&kit, pop3.port(), smtp.port()).run_json();
    out.assert_code(1);
    let login = single_login(smtp.log());
    assert_eq!((login.user.as_str(), login.accepted), (SMTP_USER, false));
    let ids = finding_ids(&out.json);
    assert!(ids.iter().any(|id| id == "auth-failed"), "{ids:?}");
    // Receiving works and sending does not, but the incoming login proves nothing about the
    // outgoing user name: the finding must not claim the password is right.
    let text = out.json.to_string();
    assert!(!text.contains("password is right"), "{text}");
    // The outgoing refusal names the user name the outgoing server was given.
    let refused = out.json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "auth-failed" && f["panel"] == "outgoing")
        .expect("an outgoing auth-failed finding")
        .to_string();
    assert!(refused.contains(SMTP_USER), "{refused}");
    assert!(!refused.contains(&format!("\\\"{USER}\\\"")), "{refused}");
}
