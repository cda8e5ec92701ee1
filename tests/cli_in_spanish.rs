//! The command line says its own messages in the language asked for: with `--lang es`, or with a
//! Spanish locale, what `check` and `scan` tell about a wrong command line is Spanish, with the
//! options' names as typed; English stays English.

mod support;

use std::process::Command;

use support::run;

const BIN: &str = env!("CARGO_BIN_EXE_mailtriage");

/// Runs the binary with `args` and `LANG=lang`; its standard error and exit code.
fn stderr_of(args: &[&str], lang: &str) -> (String, Option<i32>) {
    let mut command = run::mailtriage(args);
    command.env("LANG", lang);
    let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
    out.assert_ended(&format!("mailtriage {args:?}"));
    (String::from_utf8_lossy(&out.stderr).into_owned(), out.code)
}

#[test]
fn a_check_without_a_server_is_told_in_the_language_asked_for() {
    let (es, code) = stderr_of(&["check", "--lang", "es"], "C");
    assert_eq!(code, Some(2));
    assert!(es.contains("no se indicó ningún servidor"), "{es}");
    assert!(es.contains("--pop3"), "the option keeps its name: {es}");
    let (from_locale, _) = stderr_of(&["scan"], "es_ES.UTF-8");
    assert!(
        from_locale.contains("no se indicó ningún servidor"),
        "{from_locale}"
    );
    let (en, _) = stderr_of(&["check"], "C");
    assert!(en.contains("no server given"), "{en}");
}

#[test]
fn wrong_values_are_explained_in_spanish() {
    let (timeout, code) = stderr_of(
        &["check", "--pop3", "h", "--timeout", "0", "--lang", "es"],
        "C",
    );
    assert_eq!(code, Some(2));
    assert!(
        timeout.contains("--timeout: 0 no es un número de segundos entre 0 y 3600"),
        "{timeout}"
    );
    let (clash, _) = stderr_of(
        &["check", "--pop3", "h", "--incoming", "imap", "--lang", "es"],
        "C",
    );
    assert!(
        clash.contains("--incoming imap contradice --pop3"),
        "{clash}"
    );
    for english in ["the ", "server", "give", "seconds"] {
        assert!(!timeout.contains(english), "{english} in {timeout}");
        assert!(!clash.contains(english), "{english} in {clash}");
    }
}

#[test]
fn files_the_command_line_names_are_explained_in_spanish_and_portuguese() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let not_pem = dir.path().join("ca.pem");
    std::fs::write(&not_pem, "not a certificate\n").expect("file written");
    let not_pem = not_pem.to_string_lossy().into_owned();
    let missing = dir
        .path()
        .join("missing.pem")
        .to_string_lossy()
        .into_owned();
    let (es, code) = stderr_of(
        &[
            "check",
            "--pop3",
            "h",
            "--ca-file",
            &not_pem,
            "--lang",
            "es",
        ],
        "C",
    );
    assert_eq!(code, Some(2));
    assert!(es.contains("no trae ningún certificado"), "{es}");
    let (pt, _) = stderr_of(
        &["check", "--pop3", "h", "--ca-file", &missing],
        "pt_BR.UTF-8",
    );
    assert!(pt.contains("esse arquivo ou pasta não existe"), "{pt}");
    let profile_error = |lang: &str| {
        let mut command = Command::new(BIN);
        command
            .args([
                "check",
                "--pop3",
                "h",
                "--profile",
                "nobody",
                "--lang",
                lang,
            ])
            .env("XDG_CONFIG_HOME", dir.path())
            .env_remove("MAILTRIAGE_PASSWORD");
        let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
        out.assert_ended("mailtriage check --profile nobody");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let es = profile_error("es");
    assert!(es.contains("no hay ningún perfil llamado «nobody»"), "{es}");
    let en = profile_error("en");
    assert!(en.contains("no profile named 'nobody'"), "{en}");
}

#[test]
fn values_that_do_not_parse_are_explained_in_spanish_and_portuguese() {
    let (port, code) = stderr_of(&["check", "--pop3", "host:99999", "--lang", "es"], "C");
    assert_eq!(code, Some(2));
    assert!(
        port.contains("--pop3: «99999» no es un número de puerto (1-65535) en «host:99999»"),
        "{port}"
    );
    let (resolve, _) = stderr_of(&["check", "--pop3", "h", "--resolve", "bad"], "pt_BR.UTF-8");
    assert!(
        resolve.contains("--resolve: \"bad\" não tem a forma SERVIDOR:PORTA:ENDEREÇO"),
        "{resolve}"
    );
    let (security, _) = stderr_of(
        &[
            "check",
            "--pop3",
            "h",
            "--pop3-security",
            "foo",
            "--lang",
            "es",
        ],
        "C",
    );
    assert!(
        security.contains("seguridad desconocida «foo»"),
        "{security}"
    );
    let (english, _) = stderr_of(&["check", "--pop3", "h", "--pop3-security", "foo"], "C");
    assert!(
        english.contains("unknown security 'foo': use tls, starttls or none"),
        "{english}"
    );
}

#[test]
fn a_blocklist_zone_that_is_not_one_is_explained_in_spanish_and_portuguese() {
    let zone = ["check", "--pop3", "h", "--dnsbl", "not a zone"];
    let (es, code) = stderr_of(&[&zone[..], &["--lang", "es"]].concat(), "C");
    assert_eq!(code, Some(2));
    assert!(
        es.contains("--dnsbl: 'not a zone' no es un nombre de zona DNS"),
        "{es}"
    );
    let (pt, _) = stderr_of(&zone, "pt_BR.UTF-8");
    assert!(
        pt.contains("--dnsbl: 'not a zone' não é um nome de zona DNS"),
        "{pt}"
    );
    let (en, _) = stderr_of(&zone, "C");
    assert!(en.contains("'not a zone' is not a DNS zone name"), "{en}");
}

#[test]
fn the_provider_list_speaks_the_language_asked_for() {
    let list = |args: &[&str], lang: &str| {
        let mut command = run::mailtriage(args);
        command.env("LANG", lang);
        let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
        out.assert_ended(&format!("mailtriage {args:?}"));
        assert_eq!(out.code, Some(0), "mailtriage {args:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let es = list(&["presets", "gmail", "--lang", "es"], "C");
    assert!(es.starts_with("ORIGEN"), "{es}");
    assert!(es.contains("predefinido"), "{es}");
    let en = list(&["presets", "gmail", "--lang", "en"], "es_ES.UTF-8");
    assert!(en.starts_with("FROM"), "{en}");
    let (wrong, code) = stderr_of(&["presets", "--lang", "xx"], "C");
    assert_eq!(code, Some(2));
    assert!(wrong.contains("--lang: unknown language 'xx'"), "{wrong}");
}

#[test]
fn a_broken_preset_of_ones_own_is_explained_in_spanish() {
    let config = tempfile::tempdir().expect("temporary folder");
    let folder = config.path().join("mailtriage").join("presets");
    std::fs::create_dir_all(&folder).expect("presets folder");
    std::fs::write(
        folder.join("acme.yaml"),
        "id: acme\nname: ACME Mail\ndomains: [acme.example]\npop3: []\n\
         smtp:\n  - { host: smtp.acme.example, port: 587, security: starttls }\n\
         username: local-part\nhelp_url: https://help.acme.example/mail\n",
    )
    .expect("preset file");
    let mut command = run::mailtriage(&["presets", "--lang", "es"]);
    command.env("XDG_CONFIG_HOME", config.path());
    let out = run::run_within(command, run::WALL_CLOCK_LIMIT);
    out.assert_ended("mailtriage presets --lang es");
    assert_eq!(out.code, Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("preajuste «acme»: pop3 no indica ningún servidor"),
        "{said}"
    );
}
