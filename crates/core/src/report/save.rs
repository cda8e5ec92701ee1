//! Saving a report pair (Markdown for people, JSON for tools) where the user can find it, under a
//! name that says whose account it is about and when it was made.
//!
//! The folder is the one given, else the XDG data folder (`$XDG_DATA_HOME/mailtriage/reports`,
//! else `~/.local/share/mailtriage/reports`), else the current folder; it is created readable
//! by its owner only. The name is `mailtriage-ACCOUNT-YYYY-MM-DD_HHMM` in local time; a second
//! save in the same minute gets `-2`, `-3`, … instead of overwriting the first.

use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use time::{OffsetDateTime, UtcOffset};

use crate::account::Plan;
use crate::report::{Outcome, json, markdown};

/// The two files one save wrote, as full paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedReport {
    pub markdown: PathBuf,
    pub json: PathBuf,
}

/// Longest account part of a file name, in bytes.
const ACCOUNT_MAX: usize = 64;
/// How many same-minute names are tried before giving up.
const SUFFIX_MAX: u32 = 999;

static LOCAL_OFFSET: OnceLock<UtcOffset> = OnceLock::new();

/// Read this machine's UTC offset while the program has a single thread (the only time the
/// system lets it be read safely); later saves name their files in local time with it.
pub fn remember_local_offset() {
    if let Ok(offset) = UtcOffset::current_local_offset() {
        let _ = LOCAL_OFFSET.set(offset);
    }
}

/// Now, in local time when [`remember_local_offset`] could read the offset, else in UTC.
pub fn local_now() -> OffsetDateTime {
    let offset = LOCAL_OFFSET.get().copied().unwrap_or(UtcOffset::UTC);
    OffsetDateTime::now_utc().to_offset(offset)
}

/// The folder reports go to: `given`, else `$XDG_DATA_HOME/mailtriage/reports` (when set to an
/// absolute path), else `$HOME/.local/share/mailtriage/reports`, else the current folder.
/// `var` reads the environment (passed in so the choice can be checked).
pub fn report_dir(given: Option<&Path>, var: impl Fn(&str) -> Option<OsString>) -> PathBuf {
    if let Some(dir) = given {
        return dir.to_path_buf();
    }
    let absolute = |name: &str| var(name).map(PathBuf::from).filter(|p| p.is_absolute());
    if let Some(data) = absolute("XDG_DATA_HOME") {
        return data.join("mailtriage").join("reports");
    }
    if let Some(home) = absolute("HOME") {
        return home
            .join(".local")
            .join("share")
            .join("mailtriage")
            .join("reports");
    }
    PathBuf::from(".")
}

/// The account a report is about, fit for a file name: the user name, else the incoming or
/// outgoing server's host. `@` and anything but letters, digits, `.`, `-` and `_` become `_`;
/// no leading dot or `_`; at most [`ACCOUNT_MAX`] bytes. `account` when nothing is left.
pub fn account_label(plan: &Plan) -> String {
    let raw = plan
        .user
        .as_deref()
        .filter(|u| !u.trim().is_empty())
        .or_else(|| plan.incoming.as_ref().map(|e| e.host.as_str()))
        .or_else(|| plan.outgoing.as_ref().map(|e| e.host.as_str()))
        .unwrap_or("");
    let mut out = String::new();
    for c in raw.trim().chars() {
        let c = if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
            c
        } else {
            '_'
        };
        // One `_` for a run of replaced characters.
        if c == '_' && out.ends_with('_') {
            continue;
        }
        out.push(c);
        if out.len() >= ACCOUNT_MAX {
            break;
        }
    }
    let out = out.trim_start_matches(['.', '_']).trim_end_matches('_');
    if out.is_empty() {
        "account".into()
    } else {
        out.to_string()
    }
}

/// `mailtriage-ana_example.org-2026-12-06_1130`: the file name without its extension.
pub fn base_name(plan: &Plan, at: OffsetDateTime) -> String {
    format!(
        "mailtriage-{}-{:04}-{:02}-{:02}_{:02}{:02}",
        account_label(plan),
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute()
    )
}

/// Write the Markdown and JSON reports of `outcome` into `dir` (created, owner-only, when
/// missing), named for the plan's account and `at`. Never overwrites a file: a name already
/// taken gets a number. Returns both full paths.
pub fn save(
    outcome: &Outcome,
    plan: &Plan,
    dir: &Path,
    at: OffsetDateTime,
) -> Result<SavedReport, String> {
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    create_private_dir(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let base = base_name(plan, at);
    let (saved, mut md_file, mut json_file) = claim_names(&dir, &base)?;
    let write = |file: &mut File, path: &Path, text: String| {
        file.write_all(text.as_bytes())
            .and_then(|()| file.flush())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(
        &mut md_file,
        &saved.markdown,
        markdown::render(outcome, plan, false),
    )?;
    write(&mut json_file, &saved.json, json::render(outcome))?;
    Ok(saved)
}

/// Create both files of the first free name `base`, `base-2`, … (each created only if it did
/// not exist, so two saves at once cannot take the same name).
fn claim_names(dir: &Path, base: &str) -> Result<(SavedReport, File, File), String> {
    for n in 1..=SUFFIX_MAX {
        let stem = if n == 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        let saved = SavedReport {
            markdown: dir.join(format!("{stem}.md")),
            json: dir.join(format!("{stem}.json")),
        };
        let md = match create_new(&saved.markdown) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(format!("cannot write {}: {e}", saved.markdown.display())),
        };
        match create_new(&saved.json) {
            Ok(json) => return Ok((saved, md, json)),
            Err(e) => {
                drop(md);
                let _ = std::fs::remove_file(&saved.markdown);
                if e.kind() != std::io::ErrorKind::AlreadyExists {
                    return Err(format!("cannot write {}: {e}", saved.json.display()));
                }
            }
        }
    }
    Err(format!(
        "cannot write into {}: every name for {base} is taken",
        dir.display()
    ))
}

/// A new file, readable by its owner only (reports name the user and the servers).
fn create_new(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Create `dir` and its missing parents with owner-only permissions (XDG asks for 0700).
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Endpoint, Security};
    use crate::model::RunState;
    use time::macros::datetime;

    fn plan(user: Option<&str>, pop: Option<&str>, smtp: Option<&str>) -> Plan {
        let ep = |host: &str, port| Endpoint {
            host: host.into(),
            port,
            security: Security::Tls,
        };
        let mut plan = Plan::new(pop.map(|h| ep(h, 995)), smtp.map(|h| ep(h, 465)));
        plan.user = user.map(str::to_string);
        plan
    }

    fn outcome() -> Outcome {
        Outcome {
            state: RunState::default(),
            findings: Vec::new(),
            working_settings: Vec::new(),
            account_source: None,
            lang: crate::finding::Lang::En,
        }
    }

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn the_name_says_the_account_and_the_local_minute() {
        let at = datetime!(2026-12-06 11:30:59 +01:00);
        let p = plan(Some("ana@example.org"), Some("pop.example.org"), None);
        assert_eq!(
            base_name(&p, at),
            "mailtriage-ana_example.org-2026-12-06_1130"
        );
        // No user: the server host; only the outgoing one: that.
        let p = plan(None, Some("pop.gmail.com"), Some("smtp.gmail.com"));
        assert_eq!(
            base_name(&p, at),
            "mailtriage-pop.gmail.com-2026-12-06_1130"
        );
        let p = plan(Some("  "), None, Some("smtp.example.org"));
        assert_eq!(account_label(&p), "smtp.example.org");
    }

    #[test]
    fn the_account_part_is_safe_for_a_file_name() {
        let label = |user: &str| account_label(&plan(Some(user), Some("pop.x.test"), None));
        assert_eq!(label("../../etc/passwd"), "etc_passwd");
        assert_eq!(label("..hidden"), "hidden");
        assert_eq!(label("DOMAIN\\ana smith"), "DOMAIN_ana_smith");
        assert_eq!(label("josé@correo.es"), "jos_correo.es");
        assert_eq!(label("a/b\0c\nd"), "a_b_c_d");
        assert_eq!(label("@@@"), "account");
        assert_eq!(label(&"x".repeat(300)).len(), ACCOUNT_MAX);
        assert_eq!(account_label(&plan(None, None, None)), "account");
    }

    #[test]
    fn the_folder_is_the_given_one_else_the_xdg_data_folder() {
        let given = Path::new("/srv/reports");
        assert_eq!(
            report_dir(Some(given), env(&[("XDG_DATA_HOME", "/x")])),
            given
        );
        assert_eq!(
            report_dir(
                None,
                env(&[("XDG_DATA_HOME", "/x/data"), ("HOME", "/home/ana")])
            ),
            Path::new("/x/data/mailtriage/reports")
        );
        assert_eq!(
            report_dir(None, env(&[("HOME", "/home/ana")])),
            Path::new("/home/ana/.local/share/mailtriage/reports")
        );
        // A relative XDG_DATA_HOME is ignored, as the specification says.
        assert_eq!(
            report_dir(
                None,
                env(&[("XDG_DATA_HOME", "data"), ("HOME", "/home/ana")])
            ),
            Path::new("/home/ana/.local/share/mailtriage/reports")
        );
        assert_eq!(report_dir(None, env(&[])), Path::new("."));
    }

    #[test]
    fn saving_creates_a_private_folder_and_never_overwrites() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data/mailtriage/reports");
        let p = plan(Some("ana@example.org"), Some("pop.example.org"), None);
        let at = datetime!(2026-12-06 11:30:00 UTC);
        let first = save(&outcome(), &p, &dir, at).unwrap();
        assert_eq!(
            first.markdown,
            dir.join("mailtriage-ana_example.org-2026-12-06_1130.md")
        );
        assert_eq!(
            first.json,
            dir.join("mailtriage-ana_example.org-2026-12-06_1130.json")
        );
        let md = std::fs::read_to_string(&first.markdown).unwrap();
        assert!(md.starts_with("# mailtriage support report"), "{md}");
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&first.json).unwrap()).unwrap();
        assert_eq!(doc["tool"], "mailtriage");

        let second = save(&outcome(), &p, &dir, at + time::Duration::seconds(20)).unwrap();
        assert_eq!(
            second.markdown,
            dir.join("mailtriage-ana_example.org-2026-12-06_1130-2.md")
        );
        assert_eq!(std::fs::read_to_string(&first.markdown).unwrap(), md);
        // A name half taken (only its JSON exists) is skipped as a whole.
        std::fs::write(
            dir.join("mailtriage-ana_example.org-2026-12-06_1130-3.json"),
            "mine",
        )
        .unwrap();
        let third = save(&outcome(), &p, &dir, at).unwrap();
        assert!(
            third
                .markdown
                .ends_with("mailtriage-ana_example.org-2026-12-06_1130-4.md")
        );
        assert!(
            !dir.join("mailtriage-ana_example.org-2026-12-06_1130-3.md")
                .exists()
        );

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&dir), 0o700);
            assert_eq!(mode(&root.path().join("data")), 0o700);
            assert_eq!(mode(&first.markdown), 0o600);
            assert_eq!(mode(&first.json), 0o600);
        }
    }
}
