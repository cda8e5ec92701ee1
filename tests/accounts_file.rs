//! The accounts file as the README shows it: its example is a complete file that loads, and each
//! entry becomes the plan its fields say, exactly as a saved profile would.

use std::path::Path;

use mailtriage::account::Protocol;
use mailtriage::account::accounts_file::{self, PasswordSource};
use mailtriage::cli::AccountArgs;
use mailtriage::command::accounts::plan::Shared;
use mailtriage::preset::Presets;
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

/// The first YAML code block after the README's "Many accounts" heading.
fn readme_example() -> String {
    let readme = include_str!("../README.md");
    let mut in_section = false;
    let mut in_heading = false;
    let mut in_yaml = false;
    let mut yaml = String::new();
    for event in Parser::new(readme) {
        match event {
            Event::Start(Tag::Heading { .. }) => in_heading = true,
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(text) if in_heading => in_section = text.as_ref() == "Many accounts",
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang)))
                if in_section && lang.as_ref() == "yaml" =>
            {
                in_yaml = true
            }
            Event::Text(text) if in_yaml => yaml.push_str(&text),
            Event::End(TagEnd::CodeBlock) if in_yaml => return yaml,
            _ => {}
        }
    }
    panic!("README.md has no yaml example under \"Many accounts\"")
}

#[test]
fn the_readme_example_loads_and_means_what_it_says() {
    let file = accounts_file::parse(&readme_example(), Path::new("README.md")).unwrap();
    let names: Vec<&str> = file.names().collect();
    assert_eq!(names, ["ana", "bruno@example.net", "reception", "carla"]);
    assert_eq!(
        file.get("bruno@example.net").unwrap().password,
        PasswordSource::Command("pass show mail/bruno".into())
    );

    let mut shared = Shared::new(&AccountArgs::default(), Presets::embedded()).unwrap();
    let ana = shared.plan_of(file.get("ana").unwrap()).unwrap();
    let incoming = ana.incoming.as_ref().unwrap();
    assert_eq!(
        (incoming.host.as_str(), incoming.port),
        ("mail.example.net", 995)
    );
    assert_eq!(ana.outgoing.as_ref().unwrap().port, 587);
    assert_eq!(ana.user.as_deref(), Some("ana@example.net"));
    assert!(
        ana.password.is_none(),
        "building a plan never reads a password"
    );

    let reception = shared.plan_of(file.get("reception").unwrap()).unwrap();
    assert_eq!(reception.incoming_protocol, Protocol::Imap);
    assert_eq!(
        reception.incoming.as_ref().unwrap().host,
        "imap.example.org"
    );
    assert_eq!(
        reception.outgoing.as_ref().unwrap().host,
        "mail.example.net",
        "the defaults fill what the entry leaves out"
    );

    let carla = shared.plan_of(file.get("carla").unwrap()).unwrap();
    assert_eq!(carla.incoming.as_ref().unwrap().host, "pop.gmail.com");
    assert_eq!(carla.outgoing.as_ref().unwrap().host, "smtp.gmail.com");
}

#[test]
fn command_line_options_apply_to_every_entry() {
    let file = accounts_file::parse(&readme_example(), Path::new("README.md")).unwrap();
    let args = AccountArgs {
        timeout: Some(2.5),
        resolve: vec!["mail.example.net:995:127.0.0.1".into()],
        to: Some("probe@example.net".into()),
        ..AccountArgs::default()
    };
    let mut shared = Shared::new(&args, Presets::embedded()).unwrap();
    for entry in &file.accounts {
        let plan = shared.plan_of(entry).unwrap();
        assert_eq!(plan.step_timeout.as_millis(), 2500, "{}", entry.name);
        assert_eq!(plan.resolve.len(), 1, "{}", entry.name);
        assert_eq!(plan.to.as_deref(), Some("probe@example.net"));
    }
}

#[test]
fn passwords_come_from_the_variable_or_the_command() {
    use mailtriage::command::accounts::plan::read_password;
    use mailtriage::finding::Lang;
    let env = |var: &str| (var == "SET").then(|| "from-env".to_string());
    let got = read_password(&PasswordSource::Env("SET".into()), env, Lang::En).unwrap();
    assert_eq!(got.unwrap().expose(), "from-env");
    let err = read_password(&PasswordSource::Env("UNSET".into()), env, Lang::En).unwrap_err();
    assert!(err.contains("UNSET"), "{err}");
    let got = read_password(
        &PasswordSource::Command("printf 'line-one\\nline-two\\n'".into()),
        env,
        Lang::En,
    )
    .unwrap();
    assert_eq!(got.unwrap().expose(), "line-one");
    let err = read_password(
        &PasswordSource::Command("sh -c 'echo leaked; exit 3'".into()),
        env,
        Lang::En,
    )
    .unwrap_err();
    assert!(
        err.contains("password_command") && !err.contains("leaked"),
        "{err}"
    );
    assert!(
        read_password(&PasswordSource::None, env, Lang::En)
            .unwrap()
            .is_none()
    );
}
