//! Shipped presets, look-ups, the user's override folder, error messages and saved profiles.

use std::collections::HashMap;
use std::path::Path;

use mailtriage::account::profile::{Profile, ProfileStore};
use mailtriage::account::{Endpoint, Plan, Protocol, Secret, Security};
use mailtriage::preset::{EMBEDDED, Note, Origin, Preset, PresetError, Presets, UsernameForm};

/// The providers the project promises a preset for.
const PROMISED_IDS: [&str; 22] = [
    "gmail",
    "google-workspace",
    "outlook",
    "microsoft-365",
    "yahoo",
    "aol",
    "icloud",
    "zoho",
    "gmx-com",
    "gmx-net",
    "web-de",
    "yandex",
    "mail-ru",
    "fastmail",
    "proton-bridge",
    "orange",
    "free",
    "libero",
    "uol",
    "ionos-es",
    "ionos-mx",
    "ionos-de",
];

fn id_of(preset: Option<&Preset>) -> Option<&str> {
    preset.map(|p| p.id.as_str())
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

// ---- shipped presets ----

#[test]
fn every_file_in_the_presets_folder_is_embedded() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("presets");
    let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".yaml") || n.ends_with(".yml"))
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = EMBEDDED.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        on_disk, embedded,
        "presets/ and crates/core/src/preset/embedded.rs differ"
    );
    for (name, text) in EMBEDDED {
        let file = std::fs::read_to_string(folder.join(name)).unwrap();
        assert_eq!(&file, text, "{name} embedded text is stale");
    }
}

#[test]
fn every_shipped_preset_parses_and_is_complete() {
    for (file, text) in EMBEDDED {
        let preset = Preset::parse(text, file).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            format!("{}.yaml", preset.id),
            *file,
            "file name must be the id"
        );
        assert!(!preset.name.is_empty(), "{file}: name");
        assert!(preset.help_url.starts_with("https://"), "{file}: help_url");
        for url in [&preset.app_password_url, &preset.pop_settings_url]
            .into_iter()
            .flatten()
        {
            assert!(url.starts_with("https://"), "{file}: {url}");
        }
        assert!(
            !preset.domains.is_empty() || !preset.mx_suffixes.is_empty(),
            "{file}: no domain and no MX suffix"
        );
        assert!(!preset.smtp.is_empty(), "{file}: no SMTP server");
        assert_eq!(
            preset.pop3.is_empty(),
            preset.has(Note::NoPop3),
            "{file}: POP3 may be absent only for no-pop3 providers"
        );
        assert!(
            !preset.imap.is_empty(),
            "{file}: every shipped provider offers IMAP; list its servers"
        );
        if preset.has(Note::AppPasswordRequired) && preset.app_password_url.is_none() {
            assert!(
                preset.remarks.is_some(),
                "{file}: say where the app password is made"
            );
        }
    }
}

#[test]
fn ports_agree_with_their_security() {
    for preset in Presets::embedded().all() {
        for server in &preset.pop3 {
            let expected = match server.port {
                995 => Security::Tls,
                110 => Security::Starttls,
                other => panic!("{}: unusual POP3 port {other}", preset.id),
            };
            assert_eq!(server.security, expected, "{}: {server}", preset.id);
        }
        for server in &preset.imap {
            match server.port {
                993 => assert_eq!(server.security, Security::Tls, "{}", preset.id),
                143 => assert_eq!(server.security, Security::Starttls, "{}", preset.id),
                1143 => assert!(preset.has(Note::LocalBridge), "{}", preset.id),
                other => panic!("{}: unusual IMAP port {other}", preset.id),
            }
        }
        for server in &preset.smtp {
            match server.port {
                465 => assert_eq!(server.security, Security::Tls, "{}", preset.id),
                587 => assert_eq!(server.security, Security::Starttls, "{}", preset.id),
                1025 => assert!(preset.has(Note::LocalBridge), "{}", preset.id),
                other => panic!("{}: unusual SMTP port {other}", preset.id),
            }
        }
    }
}

#[test]
fn every_promised_provider_is_shipped() {
    let presets = Presets::embedded();
    for id in PROMISED_IDS {
        assert!(presets.get(id).is_some(), "missing preset {id}");
    }
    assert_eq!(presets.len(), EMBEDDED.len());
}

#[test]
fn ids_domains_and_mx_suffixes_are_claimed_once() {
    let presets = Presets::embedded();
    let mut ids = HashMap::new();
    let mut domains = HashMap::new();
    let mut suffixes = HashMap::new();
    for preset in presets.all() {
        if let Some(other) = ids.insert(preset.id.clone(), &preset.name) {
            panic!("id {} used by {} and {}", preset.id, other, preset.name);
        }
        for d in &preset.domains {
            if let Some(other) = domains.insert(d.clone(), &preset.id) {
                panic!("domain {d} claimed by {other} and {}", preset.id);
            }
        }
        for s in &preset.mx_suffixes {
            if let Some(other) = suffixes.insert(s.clone(), &preset.id) {
                panic!("MX suffix {s} claimed by {other} and {}", preset.id);
            }
        }
    }
}

#[test]
fn all_is_sorted_by_name() {
    let presets = Presets::embedded();
    let names: Vec<String> = presets
        .all()
        .iter()
        .map(|p| p.name.to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

// ---- look-ups ----

#[test]
fn get_by_id_or_name_ignores_case() {
    let presets = Presets::embedded();
    assert_eq!(id_of(presets.get("GMAIL")), Some("gmail"));
    assert_eq!(id_of(presets.get("yahoo mail")), Some("yahoo"));
    assert_eq!(id_of(presets.get(" Outlook.com ")), Some("outlook"));
    assert_eq!(id_of(presets.get("no-such-provider")), None);
}

#[test]
fn lookup_by_email_domain() {
    let presets = Presets::embedded();
    assert_eq!(id_of(presets.by_email_domain("gmail.com")), Some("gmail"));
    assert_eq!(
        id_of(presets.by_email_domain("Ana@Hotmail.ES")),
        Some("outlook")
    );
    assert_eq!(id_of(presets.by_email_domain("web.de.")), Some("web-de"));
    assert_eq!(id_of(presets.by_email_domain("gmx.es")), Some("gmx-com"));
    assert_eq!(id_of(presets.by_email_domain("gmx.de")), Some("gmx-net"));
    assert_eq!(
        id_of(presets.by_email_domain("pm.me")),
        Some("proton-bridge")
    );
    assert_eq!(
        id_of(presets.by_email_domain("it@contoso.onmicrosoft.com")),
        Some("microsoft-365")
    );
    assert_eq!(id_of(presets.by_email_domain("example.org")), None);
    assert_eq!(id_of(presets.by_email_domain("")), None);
    assert_eq!(id_of(presets.by_email_domain("notgmail.com")), None);
}

#[test]
fn lookup_by_mx_host() {
    let presets = Presets::embedded();
    let cases = [
        ("aspmx.l.google.com", Some("google-workspace")),
        ("smtp.google.com.", Some("google-workspace")),
        (
            "example-com.mail.protection.outlook.com",
            Some("microsoft-365"),
        ),
        ("eur.olc.protection.outlook.com", Some("outlook")),
        ("mta5.am0.yahoodns.net", Some("yahoo")),
        ("mx-aol.mail.gm0.yahoodns.net", Some("aol")),
        ("in1-smtp.messagingengine.com", Some("fastmail")),
        ("MX00.KUNDENSERVER.DE", Some("ionos-de")),
        ("mx01.ionos.es", Some("ionos-es")),
        ("mx.zoho.eu", Some("zoho")),
        ("mail.protonmail.ch", Some("proton-bridge")),
        ("mx.example.org", None),
        ("outlook.com", None),
    ];
    for (host, expected) in cases {
        assert_eq!(id_of(presets.by_mx_host(host)), expected, "{host}");
    }
}

#[test]
fn lookup_by_server_host() {
    let presets = Presets::embedded();
    assert_eq!(
        id_of(presets.by_server_host("pop.gmail.com")),
        Some("gmail")
    );
    assert_eq!(id_of(presets.by_server_host("POP3.WEB.DE")), Some("web-de"));
    assert_eq!(
        id_of(presets.by_server_host("smtps.uol.com.br")),
        Some("uol")
    );
    assert_eq!(id_of(presets.by_server_host("pop.example.org")), None);
    let sharing: Vec<&str> = presets
        .all_by_server_host("outlook.office365.com")
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(sharing, ["microsoft-365", "outlook"]);
    let gmail_pop: Vec<&str> = presets
        .all_by_server_host("pop.gmail.com")
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(gmail_pop, ["gmail", "google-workspace"]);
}

#[test]
fn near_miss_suggests_the_known_name() {
    let presets = Presets::embedded();
    let suggest = |host: &str| {
        presets
            .near_miss(host)
            .map(|(p, known)| (p.id.clone(), known.to_string()))
    };
    assert_eq!(
        suggest("pop.gmial.com"),
        Some(("gmail".into(), "pop.gmail.com".into()))
    );
    assert_eq!(
        suggest("pop.web.de"),
        Some(("web-de".into(), "pop3.web.de".into()))
    );
    assert_eq!(
        suggest("smtp.gmail.con"),
        Some(("gmail".into(), "smtp.gmail.com".into()))
    );
    assert_eq!(
        suggest("pop.libero.it"),
        None,
        "four edits away from popmail.libero.it"
    );
    assert_eq!(
        suggest("pop.gmail.com"),
        None,
        "exact match is not a near miss"
    );
    assert_eq!(suggest("mail.example.org"), None);
    assert_eq!(suggest("127.0.0.2"), None, "addresses are not typos");
    assert_eq!(suggest(""), None);
    assert_eq!(suggest(&"x".repeat(10_000)), None);
}

#[test]
fn preset_gives_endpoints_and_user_name() {
    let presets = Presets::embedded();
    let web = presets.get("web-de").unwrap();
    assert_eq!(
        web.incoming(),
        Some(Endpoint {
            host: "pop3.web.de".into(),
            port: 995,
            security: Security::Tls
        })
    );
    assert_eq!(web.username, UsernameForm::LocalPart);
    assert_eq!(web.username.user_for("ana@web.de"), "ana");
    let icloud = presets.get("icloud").unwrap();
    assert_eq!(icloud.incoming(), None);
    assert_eq!(
        icloud.preferred_imap(),
        Some(Endpoint {
            host: "imap.mail.me.com".into(),
            port: 993,
            security: Security::Tls
        })
    );
}

#[test]
fn imap_hosts_belong_to_their_provider() {
    let presets = Presets::embedded();
    assert_eq!(
        id_of(presets.by_server_host("imap.mail.me.com")),
        Some("icloud")
    );
    assert_eq!(id_of(presets.by_server_host("imap.web.de")), Some("web-de"));
    let gmail = presets.get("gmail").unwrap();
    assert_eq!(
        gmail.server_hosts(),
        ["pop.gmail.com", "imap.gmail.com", "smtp.gmail.com"]
    );
    let (preset, known) = presets.near_miss("imap.gmial.com").unwrap();
    assert_eq!((preset.id.as_str(), known), ("gmail", "imap.gmail.com"));
}

#[test]
fn a_user_preset_without_imap_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "acme.yaml", ACME);
    let presets = Presets::embedded().with_user_folder(dir.path()).unwrap();
    assert!(presets.get("acme").unwrap().imap.is_empty());
    let twice = ACME.replace(
        "smtp:",
        "imap:\n  - { host: imap.acme.example, port: 993, security: tls }\n  - { host: imap.acme.example, port: 993, security: tls }\nsmtp:",
    );
    let err = Preset::parse(&twice, "acme.yaml").unwrap_err().to_string();
    assert!(
        err.contains("imap lists imap.acme.example:993 twice"),
        "{err}"
    );
}

#[test]
fn render_list_shows_every_preset_and_ispdb_entry() {
    let presets = Presets::embedded();
    let ispdb = mailtriage::ispdb::Ispdb::embedded();
    let table = mailtriage::catalog::render_table(
        &mailtriage::catalog::listing(&presets, ispdb, ""),
        mailtriage::finding::Lang::En,
    );
    let first = table.lines().next().unwrap();
    for header in ["FROM", "ID", "NAME", "INCOMING", "OUTGOING"] {
        assert!(first.contains(header), "{first}");
    }
    for preset in presets.all() {
        assert!(
            table
                .lines()
                .any(|l| l.starts_with(&format!("preset  {} ", preset.id))),
            "{} missing",
            preset.id
        );
    }
    assert_eq!(
        table.lines().filter(|l| l.starts_with("ISPDB ")).count(),
        ispdb.len()
    );
    let icloud = table
        .lines()
        .find(|l| l.starts_with("preset  icloud "))
        .unwrap();
    assert!(icloud.contains("IMAP imap.mail.me"), "{icloud}");
    assert!(
        !icloud.contains("no-pop3"),
        "note tags are not prose: {icloud}"
    );
}

// ---- the user's folder ----

const ACME: &str = "\
id: acme
name: ACME Mail
domains: [acme.example]
pop3:
  - { host: pop.acme.example, port: 995, security: tls }
smtp:
  - { host: smtp.acme.example, port: 587, security: starttls }
username: local-part
help_url: https://help.acme.example/mail
";

#[test]
fn user_folder_adds_and_overrides() {
    let config = tempfile::tempdir().unwrap();
    let folder = config.path().join("presets");
    write(&folder, "acme.yaml", ACME);
    let gmail_text = EMBEDDED
        .iter()
        .find(|(n, _)| *n == "gmail.yaml")
        .unwrap()
        .1
        .replace("name: Gmail", "name: Gmail (office proxy)")
        .replace("port: 995", "port: 1995");
    let gmail_path = write(&folder, "gmail-local.yml", &gmail_text);

    let presets = Presets::load_with_config_dir(config.path()).unwrap();
    assert_eq!(presets.len(), EMBEDDED.len() + 1);

    let acme = presets.get("acme").unwrap();
    assert_eq!(acme.name, "ACME Mail");
    assert_eq!(
        id_of(presets.by_email_domain("bob@acme.example")),
        Some("acme")
    );
    assert_eq!(
        id_of(presets.by_server_host("smtp.acme.example")),
        Some("acme")
    );

    let gmail = presets.get("gmail").unwrap();
    assert_eq!(gmail.name, "Gmail (office proxy)");
    assert_eq!(gmail.pop3[0].port, 1995);
    assert_eq!(presets.origin("gmail"), Some(&Origin::User(gmail_path)));
    assert_eq!(presets.origin("yahoo"), Some(&Origin::BuiltIn));
    assert_eq!(presets.all().iter().filter(|p| p.id == "gmail").count(), 1);
}

#[test]
fn user_preset_wins_a_shared_domain() {
    let config = tempfile::tempdir().unwrap();
    write(
        &config.path().join("presets"),
        "relay.yaml",
        &ACME
            .replace("id: acme", "id: gmail-relay")
            .replace("[acme.example]", "[gmail.com]"),
    );
    let presets = Presets::load_with_config_dir(config.path()).unwrap();
    assert_eq!(
        id_of(presets.by_email_domain("gmail.com")),
        Some("gmail-relay")
    );
}

#[test]
fn missing_user_folder_means_built_in_only() {
    let config = tempfile::tempdir().unwrap();
    let presets = Presets::load_with_config_dir(config.path()).unwrap();
    assert_eq!(presets.len(), EMBEDDED.len());
}

#[test]
fn broken_yaml_names_file_and_line() {
    let config = tempfile::tempdir().unwrap();
    let path = write(
        &config.path().join("presets"),
        "broken.yaml",
        "id: broken\nname: Broken\ndomains: [broken.example\nsmtp: []\n",
    );
    let err = Presets::load_with_config_dir(config.path()).unwrap_err();
    let PresetError::Parse(yaml) = &err else {
        panic!("expected a parse error, got {err}");
    };
    assert_eq!(yaml.file(), path.display().to_string());
    assert!(yaml.line().is_some(), "{err}");
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("{}:", path.display())),
        "{shown}"
    );
}

#[test]
fn schema_mistakes_point_at_their_line() {
    let cases = [
        // (mistake, line it is on, words the message must contain)
        (ACME.replace("port: 587", "port: 0"), 7, "port 0"),
        (ACME.replace("port: 995", "port: 70000"), 5, "port"),
        (ACME.replace("security: tls", "security: ssl3"), 5, "ssl3"),
        (
            ACME.replace("username: local-part", "username: nickname"),
            8,
            "nickname",
        ),
        (
            ACME.replace("help_url:", "helpurl:"),
            9,
            "unknown field `helpurl`",
        ),
        (format!("{ACME}notes: [needs-magic]\n"), 10, "needs-magic"),
        (
            ACME.replace("domains: [acme.example]", "domains: [acme example]"),
            3,
            "acme example",
        ),
    ];
    for (text, line, words) in cases {
        let err = Preset::parse(&text, "user/acme.yaml").unwrap_err();
        let shown = err.to_string();
        let PresetError::Parse(yaml) = &err else {
            panic!("expected a parse error: {shown}");
        };
        assert_eq!(yaml.line(), Some(line), "{shown}");
        assert!(
            shown.starts_with(&format!("user/acme.yaml:{line}:")),
            "{shown}"
        );
        assert!(shown.contains(words), "{shown}");
    }
}

#[test]
fn rules_across_fields_name_the_file_and_preset() {
    let no_pop = ACME.replace(
        "pop3:\n  - { host: pop.acme.example, port: 995, security: tls }\n",
        "pop3: []\n",
    );
    let err = Preset::parse(&no_pop, "acme.yaml").unwrap_err();
    assert!(matches!(err, PresetError::Invalid { .. }), "{err}");
    let shown = err.to_string();
    assert!(shown.starts_with("acme.yaml: preset 'acme':"), "{shown}");
    assert!(shown.contains("no-pop3"), "{shown}");

    let no_smtp = ACME.replace(
        "smtp:\n  - { host: smtp.acme.example, port: 587, security: starttls }\n",
        "smtp: []\n",
    );
    assert!(Preset::parse(&no_smtp, "acme.yaml").is_err());

    let unfindable = ACME.replace("domains: [acme.example]\n", "");
    let shown = Preset::parse(&unfindable, "acme.yaml")
        .unwrap_err()
        .to_string();
    assert!(shown.contains("mx_suffixes"), "{shown}");
}

#[test]
fn two_user_files_with_one_id_are_an_error() {
    let config = tempfile::tempdir().unwrap();
    let folder = config.path().join("presets");
    write(&folder, "a.yaml", ACME);
    write(&folder, "b.yaml", ACME);
    let err = Presets::load_with_config_dir(config.path()).unwrap_err();
    assert!(matches!(err, PresetError::DuplicateId { .. }), "{err}");
    assert!(err.to_string().contains("b.yaml"), "{err}");
    assert!(err.to_string().contains("a.yaml"), "{err}");
}

#[test]
fn oversized_or_binary_user_file_is_an_error() {
    let config = tempfile::tempdir().unwrap();
    let folder = config.path().join("presets");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("bin.yaml"), [0xff, 0xfe, 0x00]).unwrap();
    let err = Presets::load_with_config_dir(config.path()).unwrap_err();
    assert!(matches!(err, PresetError::Read { .. }), "{err}");
    assert!(err.to_string().contains("bin.yaml"), "{err}");
}

#[test]
fn damaged_preset_text_never_panics() {
    // Every prefix of every shipped file, and each file with one byte changed at a time to a
    // few troublesome characters: parsing may fail but must return.
    for (file, text) in EMBEDDED {
        for end in 0..=text.len() {
            if text.is_char_boundary(end) {
                let _ = Preset::parse(&text[..end], file);
            }
        }
        for (i, _) in text.char_indices().step_by(7) {
            for replacement in ["[", "&", "*", ":", "\"", "\t", "{", "!"] {
                let mut damaged = text.to_string();
                let len = damaged[i..].chars().next().map_or(0, char::len_utf8);
                damaged.replace_range(i..i + len, replacement);
                let _ = Preset::parse(&damaged, file);
            }
        }
    }
}

// ---- profiles ----

fn sample_plan() -> Plan {
    let mut plan = Plan::new(
        Some(Endpoint::parse("pop3.web.de", Protocol::Pop3, Security::Tls).unwrap()),
        Some(Endpoint::parse("smtp.web.de:587", Protocol::Smtp, Security::Starttls).unwrap()),
    );
    plan.user = Some("ana".into());
    plan.from = Some("ana@web.de".into());
    plan.password = Some(Secret::new("Sup3r-Secret-Passw0rd"));
    plan
}

#[test]
fn profile_round_trip() {
    let config = tempfile::tempdir().unwrap();
    let store = ProfileStore::new(config.path());
    let profile = Profile::from_plan(&sample_plan(), Some("web-de"));
    store.save("ana-home", &profile).unwrap();
    store.save("work", &Profile::default()).unwrap();
    assert_eq!(store.load("ana-home").unwrap(), profile);
    assert_eq!(store.list().unwrap(), ["ana-home", "work"]);

    let changed = Profile {
        user: Some("ana@web.de".into()),
        ..profile.clone()
    };
    store.save("ana-home", &changed).unwrap();
    assert_eq!(store.load("ana-home").unwrap(), changed);
    assert_eq!(
        store.list().unwrap().len(),
        2,
        "no temporary files left behind"
    );
}

#[test]
fn saved_profile_has_no_password() {
    let config = tempfile::tempdir().unwrap();
    let store = ProfileStore::new(config.path());
    let path = store
        .save("ana", &Profile::from_plan(&sample_plan(), Some("web-de")))
        .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("Sup3r-Secret-Passw0rd"), "{text}");
    let fields: serde_json::Value = mailtriage::yaml::from_str(&text, "saved").unwrap();
    let keys: Vec<&str> = fields
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in &keys {
        assert!(!key.contains("pass"), "{key} in {text}");
    }
    assert_eq!(keys.len(), 6, "{text}");
    assert!(text.contains("incoming_protocol: pop3"), "{text}");
}

#[test]
fn broken_profile_names_file_and_line() {
    let config = tempfile::tempdir().unwrap();
    let store = ProfileStore::new(config.path());
    let path = write(
        store.dir(),
        "bad.yaml",
        "incoming:\n  host: pop.example.org\n  port: nine\n  security: tls\n",
    );
    let shown = store.load("bad").unwrap_err().to_string();
    assert!(
        shown.starts_with(&format!("{}:3:", path.display())),
        "{shown}"
    );
}

// ---- the `presets` command ----

/// `mailtriage presets ARGS` with an empty configuration folder: exit code, stdout, stderr.
fn presets_command(args: &[&str]) -> (i32, String, String) {
    let config = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mailtriage"))
        .arg("presets")
        .args(args)
        .env("XDG_CONFIG_HOME", config.path())
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn the_presets_command_searches_presets_and_ispdb() {
    let (code, table, _) = presets_command(&["gmail"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("presets_search_gmail", table);
    let (code, all, _) = presets_command(&[]);
    assert_eq!(code, 0);
    for line in all.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "wider than 80 columns: {line}"
        );
    }
    assert!(all.lines().any(|l| l.starts_with("ISPDB   t-online.de ")));
    let (code, none, err) = presets_command(&["no-such-provider-anywhere"]);
    assert_eq!((code, none.as_str()), (0, ""));
    assert!(err.contains("no provider matches"), "{err}");
}

#[test]
fn the_presets_command_prints_json() {
    let (code, json, _) = presets_command(&["t-online", "--json"]);
    assert_eq!(code, 0);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{json}");
    assert_eq!(rows[0]["from"], "ispdb");
    assert_eq!(rows[0]["id"], "t-online.de");
    assert_eq!(rows[0]["imap"][0]["host"], "secureimap.t-online.de");
    let (_, json, _) = presets_command(&["icloud", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let preset = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["from"] == "preset")
        .unwrap();
    assert_eq!(preset["id"], "icloud");
    assert!(
        preset["notes"]
            .as_array()
            .unwrap()
            .contains(&"no-pop3".into())
    );
}

#[test]
fn a_broken_preset_is_explained_in_every_language() {
    use mailtriage_core::settings::Lang;
    let no_pop = ACME.replace(
        "pop3:\n  - { host: pop.acme.example, port: 995, security: tls }\n",
        "pop3: []\n",
    );
    let rule = Preset::parse(&no_pop, "acme.yaml").unwrap_err().said();
    assert_eq!(
        rule.render(Lang::Es),
        "acme.yaml: preajuste «acme»: pop3 no indica ningún servidor; añade uno, o marca el \
         proveedor con la nota no-pop3"
    );
    assert!(
        rule.render(Lang::Pt)
            .starts_with("acme.yaml: predefinição \"acme\": pop3 não indica nenhum servidor"),
        "{}",
        rule.render(Lang::Pt)
    );
    let twice = ACME.replace(
        "domains: [acme.example]",
        "domains: [acme.example, acme.example]",
    );
    let twice = Preset::parse(&twice, "acme.yaml").unwrap_err().said();
    assert!(
        twice
            .render(Lang::Es)
            .ends_with("domains indica «acme.example» dos veces"),
        "{}",
        twice.render(Lang::Es)
    );
    let malformed = ACME.replace("port: 995", "port: many");
    let parse = Preset::parse(&malformed, "acme.yaml").unwrap_err().said();
    let es = parse.render(Lang::Es);
    assert!(es.starts_with("acme.yaml:5:"), "{es}");
    assert!(
        es.contains("no es un preajuste válido; el analizador de YAML dice: «"),
        "{es}"
    );
    let config = tempfile::tempdir().unwrap();
    let folder = config.path().join("presets");
    write(&folder, "a.yaml", ACME);
    write(&folder, "b.yaml", ACME);
    let duplicate = Presets::load_with_config_dir(config.path())
        .unwrap_err()
        .said()
        .render(Lang::Pt)
        .into_owned();
    assert!(
        duplicate.contains("o identificador de predefinição \"acme\" já é usado por"),
        "{duplicate}"
    );
}

#[test]
fn a_broken_profile_is_called_a_profile_not_an_accounts_file() {
    use mailtriage_core::settings::Lang;
    let config = tempfile::tempdir().unwrap();
    let folder = config.path().join("profiles");
    write(&folder, "office.yaml", "incoming: [unclosed\n");
    let err = ProfileStore::new(config.path()).load("office").unwrap_err();
    let es = err.said().render(Lang::Es).into_owned();
    assert!(es.contains("no es un perfil válido"), "{es}");
    assert!(!es.contains("cuentas"), "{es}");
}
