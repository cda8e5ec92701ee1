//! The test user's maildir: seeded with a few messages, then compared byte for byte at the end.
//!
//! Messages are seeded in `cur/` with a `:2,` info suffix, as Dovecot leaves them: a RETR would
//! show up as an added `S` flag in a file name, a DELE as a missing file. Dovecot's own index
//! files (`dovecot.index*`, `dovecot-uidlist`) live beside `cur/` and are not compared.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::chown;
use std::path::{Path, PathBuf};

/// File name (with its flags) and content of each seeded message.
const SEEDED_MESSAGES: [(&str, &str); 3] = [
    (
        "1700000001.M1P4001.mailtriage-test:2,",
        "From: Help Desk <desk@mailtriage.test>\nTo: alice@mailtriage.test\nSubject: Welcome\nDate: Tue, 14 Nov 2023 22:13:21 +0000\nMessage-ID: <seed-1@mailtriage.test>\n\nYour mailbox is ready.\n",
    ),
    (
        "1700000002.M2P4001.mailtriage-test:2,S",
        "From: Bob <bob@example.test>\nTo: alice@mailtriage.test\nSubject: Lunch on Friday?\nDate: Tue, 14 Nov 2023 22:13:22 +0000\nMessage-ID: <seed-2@example.test>\n\nShall we meet at noon?\n",
    ),
    (
        "1700000003.M3P4001.mailtriage-test:2,",
        "From: Carol <carol@example.test>\nTo: alice@mailtriage.test\nSubject: Invoice 2023-118\nDate: Tue, 14 Nov 2023 22:13:23 +0000\nMessage-ID: <seed-3@example.test>\n\nPlease find the invoice below.\nTotal: 118.00 EUR\n",
    ),
];

/// What the maildir holds: `cur/NAME` or `new/NAME` → file content.
pub type MaildirSnapshot = BTreeMap<String, Vec<u8>>;

/// The seeded maildir and what it held right after seeding.
pub struct Mailbox {
    pub maildir: PathBuf,
    pub seeded: MaildirSnapshot,
}

impl Mailbox {
    /// Number of messages POP3 STAT must report.
    pub fn message_count(&self) -> u64 {
        self.seeded.len() as u64
    }

    /// Size POP3 STAT must report: the messages with CRLF line ends, as POP3 transfers them.
    pub fn pop3_octets(&self) -> u64 {
        self.seeded
            .values()
            .map(|content| {
                let lines = content.iter().filter(|&&byte| byte == b'\n').count();
                (content.len() + lines) as u64
            })
            .sum()
    }
}

/// Creates `home/Maildir` with the seeded messages, owned by the mail uid and gid.
pub fn seed(home: &Path, uid: u32, gid: u32) -> Result<Mailbox, String> {
    let maildir = home.join("Maildir");
    for sub in ["cur", "new", "tmp"] {
        let dir = maildir.join(sub);
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    for (name, content) in SEEDED_MESSAGES {
        let path = maildir.join("cur").join(name);
        fs::write(&path, content).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    chown_tree(home, uid, gid)?;
    let seeded = snapshot(&maildir)?;
    Ok(Mailbox { maildir, seeded })
}

/// The message files of `maildir` (`cur/` and `new/`) with their contents.
pub fn snapshot(maildir: &Path) -> Result<MaildirSnapshot, String> {
    let mut files = MaildirSnapshot::new();
    for sub in ["cur", "new"] {
        let dir = maildir.join(sub);
        let entries =
            fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
            let content = fs::read(entry.path())
                .map_err(|e| format!("cannot read {}: {e}", entry.path().display()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            files.insert(format!("{sub}/{name}"), content);
        }
    }
    Ok(files)
}

/// Every way `after` differs from `before`, one line each (empty when they are identical).
pub fn differences(before: &MaildirSnapshot, after: &MaildirSnapshot) -> Vec<String> {
    let mut found = Vec::new();
    for (name, content) in before {
        match after.get(name) {
            None => found.push(format!(
                "{name} is gone (deleted, or renamed by a flag change)"
            )),
            Some(now) if now != content => found.push(format!("{name} changed its content")),
            Some(_) => {}
        }
    }
    for name in after.keys().filter(|name| !before.contains_key(*name)) {
        found.push(format!("{name} appeared"));
    }
    found
}

fn chown_tree(path: &Path, uid: u32, gid: u32) -> Result<(), String> {
    chown(path, Some(uid), Some(gid))
        .map_err(|e| format!("cannot chown {}: {e}", path.display()))?;
    if path.is_dir() {
        let entries =
            fs::read_dir(path).map_err(|e| format!("cannot list {}: {e}", path.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot list {}: {e}", path.display()))?;
            chown_tree(&entry.path(), uid, gid)?;
        }
    }
    Ok(())
}
