//! The real binary in a terminal: a private tmux server (own socket, no user configuration)
//! with one session of a fixed size, keys sent with `send-keys` and the screen read with
//! `capture-pane`. Dropping it kills the session and that tmux server, also when a test fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::screen::Screen;

/// How long one expectation may take to show up on the screen.
pub const WAIT: Duration = Duration::from_secs(15);
/// How often the screen is read while waiting.
const POLL: Duration = Duration::from_millis(100);

/// Shell around the binary: a line before it, its exit status and the terminal modes after it,
/// then a wait for Enter so the restored terminal can be read.
const WRAPPER: &str = r#"printf 'before-dashboard\n'
"$@"
status=$?
printf 'exit=%s\n' "$status"
printf 'tty-modes: %s\n' "$(stty -a | tr ' ;' '\n\n' | grep -E '^-?(icanon|echo|isig)$' | tr '\n' ' ')"
read -r _"#;

/// How the dashboard is started.
pub struct Launch<'a> {
    /// A name for the session; made unique with the process id.
    pub name: &'a str,
    pub columns: u16,
    pub rows: u16,
    pub program: &'a Path,
    pub args: Vec<String>,
    /// The password, passed in the environment as a person would.
    pub password: &'a str,
}

pub struct Tmux {
    socket: PathBuf,
    session: String,
    dir: TempDir,
}

impl Tmux {
    pub fn start(launch: Launch) -> Tmux {
        let dir = tempfile::Builder::new()
            .prefix("mt-tmux-")
            .tempdir()
            .expect("make a folder for the tmux server");
        let config = dir.path().join("tmux.conf");
        // Keep a dead pane on screen (the restored terminal stays readable) and give the whole
        // size to the pane: no status line.
        std::fs::write(&config, "set -g remain-on-exit on\nset -g status off\n")
            .expect("write the tmux configuration");
        let tmux = Tmux {
            socket: dir.path().join("socket"),
            session: format!("{}-{}", launch.name, std::process::id()),
            dir,
        };
        let home = tmux.dir.path().to_path_buf();
        let mut command = tmux.command();
        command
            .arg("-f")
            .arg(&config)
            .args(["new-session", "-d", "-s", &tmux.session])
            .args(["-x", &launch.columns.to_string()])
            .args(["-y", &launch.rows.to_string()])
            .args(["/bin/sh", "-c", WRAPPER, "sh"])
            .arg(launch.program)
            .args(&launch.args)
            // This tmux server is started by this command: the session inherits these.
            .env("MAILTRIAGE_PASSWORD", launch.password)
            .env("LANG", "C.UTF-8")
            .env("LC_ALL", "C.UTF-8")
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", &home)
            .env_remove("NO_COLOR");
        let out = command.output().expect("run tmux");
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    fn command(&self) -> Command {
        let mut command = Command::new("tmux");
        command
            .arg("-u")
            .arg("-S")
            .arg(&self.socket)
            .env_remove("TMUX");
        command
    }

    fn run(&self, args: &[&str]) -> Result<Output, String> {
        let out = self
            .command()
            .args(args)
            .output()
            .map_err(|e| format!("cannot run tmux: {e}"))?;
        if out.status.success() {
            Ok(out)
        } else {
            Err(format!(
                "tmux {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    }

    /// Press keys by their tmux names (`q`, `Tab`, `Enter`, `Escape`, `C-u`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.session];
        args.extend_from_slice(keys);
        if let Err(e) = self.run(&args) {
            panic!("{e}\n{}", self.screen_or_note());
        }
    }

    /// Type text literally.
    pub fn type_text(&self, text: &str) {
        if let Err(e) = self.run(&["send-keys", "-t", &self.session, "-l", text]) {
            panic!("{e}\n{}", self.screen_or_note());
        }
    }

    pub fn capture(&self) -> Result<Screen, String> {
        let out = self.run(&["capture-pane", "-p", "-t", &self.session])?;
        Ok(Screen::new(&String::from_utf8_lossy(&out.stdout)))
    }

    /// A tmux format of the pane, e.g. `#{pane_dead}`.
    pub fn format(&self, format: &str) -> Result<String, String> {
        let out = self.run(&["display-message", "-p", "-t", &self.session, format])?;
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    fn screen_or_note(&self) -> String {
        match self.capture() {
            Ok(screen) => screen.to_string(),
            Err(e) => format!("(no screen: {e})"),
        }
    }

    /// Read the screen until `check` passes; fail with its last complaint and the screen once
    /// [`WAIT`] has passed.
    pub fn wait_for(&self, what: &str, check: impl Fn(&Screen) -> Result<(), String>) -> Screen {
        let deadline = Instant::now() + WAIT;
        loop {
            let complaint = match self.capture() {
                Ok(screen) => match check(&screen) {
                    Ok(()) => return screen,
                    Err(e) => format!("{e}\n{screen}"),
                },
                Err(e) => e,
            };
            if Instant::now() >= deadline {
                panic!("waiting for {what}: gave up after {WAIT:?}: {complaint}");
            }
            std::thread::sleep(POLL);
        }
    }

    /// Wait until the screen contains every one of `needles`.
    pub fn wait_for_text(&self, what: &str, needles: &[&str]) -> Screen {
        self.wait_for(what, |screen| {
            match needles.iter().find(|n| !screen.contains(n)) {
                Some(missing) => Err(format!("{missing:?} is not on the screen")),
                None => Ok(()),
            }
        })
    }

    /// Poll `ready` (for example a server's counter) until it holds, failing with `context()`
    /// and the screen after [`WAIT`].
    pub fn wait_until(&self, what: &str, ready: impl Fn() -> bool, context: impl Fn() -> String) {
        let deadline = Instant::now() + WAIT;
        while !ready() {
            if Instant::now() >= deadline {
                panic!(
                    "waiting for {what}: gave up after {WAIT:?}\n{}\n{}",
                    context(),
                    self.screen_or_note()
                );
            }
            std::thread::sleep(POLL);
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // Errors are ignored: the session may be gone already.
        let _ = self.run(&["kill-session", "-t", &self.session]);
        let _ = self.run(&["kill-server"]);
    }
}
