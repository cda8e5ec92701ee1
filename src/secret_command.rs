//! Secrets read from a command the person names (an accounts file's `password_command`,
//! `--oauth2-token-command`): the command runs without a shell and the first line it prints is
//! the secret, as mail programs' `passwordeval` and `PassCmd` do.
//!
//! The command line is split into words the way a POSIX shell would split it (quotes and
//! backslashes), but nothing else of a shell applies: no variables, no globbing, no pipes. The
//! command gets no standard input, its error output goes to ours (a password manager may ask
//! for a passphrase there), and it has a deadline and a bound on what it may print. Whatever it
//! printed never appears in an error: only the command's name and how it ended do.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::model::Said;
use crate::settings::Secret;
use mailtriage_core::said;

/// Most bytes read from the command's output; a secret is one short line.
pub const MAX_OUTPUT_BYTES: usize = 64 * 1024;

/// How long a command may take by default: long enough for a password manager that asks for
/// its passphrase, short enough that a command stuck for ever is noticed.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(60);

/// Why no secret came from the command. The texts name the command, never its output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretCommandError {
    /// The command line is empty or its quotes do not close.
    Unparsable,
    /// The program could not be started.
    NotStarted { program: String, why: NotStarted },
    /// The program ended with a failure status.
    Failed { program: String, ended: Ended },
    /// The program printed nothing on its first line.
    Empty { program: String },
    /// The program did not end within the deadline; it was stopped.
    TooSlow { program: String, seconds: u64 },
    /// The first line is not UTF-8 text.
    NotText { program: String },
    /// The program printed more than a secret could be.
    TooMuch { program: String },
}

/// Why a program could not be started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotStarted {
    /// No such program (on the `PATH`, or at the path given).
    NotFound,
    /// The file is there but may not be run.
    NotAllowed,
    /// The system's own words for anything else.
    Other(String),
}

/// How a failed program ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// With this exit code.
    Code(i32),
    /// Stopped by this signal.
    Signal(i32),
}

impl SecretCommandError {
    /// What went wrong, in the reader's words: the program's name and how it ended, never
    /// what it printed.
    pub fn said(&self) -> Said {
        match self {
            SecretCommandError::Unparsable => said!("secret-command-unparsable"),
            SecretCommandError::NotStarted { program, why } => match why {
                NotStarted::NotFound => said!("secret-command-not-found", program = program),
                NotStarted::NotAllowed => said!("secret-command-not-allowed", program = program),
                NotStarted::Other(error) => said!(
                    "secret-command-not-started",
                    program = program,
                    error = error
                ),
            },
            SecretCommandError::Failed { program, ended } => match ended {
                Ended::Code(code) => said!(
                    "secret-command-exit-code",
                    program = program,
                    code = code.to_string()
                ),
                Ended::Signal(signal) => said!(
                    "secret-command-signal",
                    program = program,
                    signal = signal.to_string()
                ),
            },
            SecretCommandError::Empty { program } => {
                said!("secret-command-empty", program = program)
            }
            SecretCommandError::TooSlow { program, seconds } => said!(
                "secret-command-too-slow",
                program = program,
                seconds = seconds.to_string()
            ),
            SecretCommandError::NotText { program } => {
                said!("secret-command-not-text", program = program)
            }
            SecretCommandError::TooMuch { program } => said!(
                "secret-command-too-much",
                program = program,
                kib = (MAX_OUTPUT_BYTES / 1024).to_string()
            ),
        }
    }
}

/// English, for logs and tests; people read [`SecretCommandError::said`] in their language.
impl std::fmt::Display for SecretCommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said().english())
    }
}

impl std::error::Error for SecretCommandError {}

/// The words of a command line, split as a POSIX shell splits them; `None` when it is empty or
/// a quote is left open.
pub fn words(command: &str) -> Option<Vec<String>> {
    shlex::split(command).filter(|w| !w.is_empty())
}

/// Run `command` without a shell and return the first line it printed as a secret.
pub fn read_secret(command: &str, deadline: Duration) -> Result<Secret, SecretCommandError> {
    let words = words(command).ok_or(SecretCommandError::Unparsable)?;
    let program = words[0].clone();
    let mut child = Command::new(&words[0])
        .args(&words[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| SecretCommandError::NotStarted {
            program: program.clone(),
            why: match e.kind() {
                std::io::ErrorKind::NotFound => NotStarted::NotFound,
                std::io::ErrorKind::PermissionDenied => NotStarted::NotAllowed,
                _ => NotStarted::Other(e.to_string()),
            },
        })?;
    let Some(mut stdout) = child.stdout.take() else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(SecretCommandError::NotStarted {
            program,
            why: NotStarted::Other("no output pipe".into()),
        });
    };
    // The output is read on a thread of its own so that the deadline holds even when the
    // program keeps its output open without writing.
    let (sent, received) = mpsc::channel();
    std::thread::spawn(move || {
        let mut output = Vec::new();
        let _ = (&mut stdout)
            .take(MAX_OUTPUT_BYTES as u64)
            .read_to_end(&mut output);
        let _ = sent.send(output);
    });
    let output = match received.recv_timeout(deadline) {
        Ok(output) => output,
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(SecretCommandError::TooSlow {
                program,
                seconds: deadline.as_secs(),
            });
        }
    };
    if output.len() >= MAX_OUTPUT_BYTES {
        let _ = child.kill();
        let _ = child.wait();
        return Err(SecretCommandError::TooMuch { program });
    }
    // The output is in; a program that printed its line but lingers is not waited for long.
    let status = wait_briefly(&mut child, deadline);
    match status {
        Some(status) if !status.success() => {
            return Err(SecretCommandError::Failed {
                program,
                ended: ended(status),
            });
        }
        None => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(SecretCommandError::TooSlow {
                program,
                seconds: deadline.as_secs(),
            });
        }
        Some(_) => {}
    }
    first_line(output).map_err(|e| match e {
        LineError::Empty => SecretCommandError::Empty { program },
        LineError::NotText => SecretCommandError::NotText { program },
    })
}

/// How a program that did not succeed ended.
fn ended(status: std::process::ExitStatus) -> Ended {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Ended::Signal(signal);
        }
    }
    Ended::Code(status.code().unwrap_or(-1))
}

/// Wait for the child to end, polling, for at most `deadline`.
fn wait_briefly(
    child: &mut std::process::Child,
    deadline: Duration,
) -> Option<std::process::ExitStatus> {
    let step = Duration::from_millis(5);
    let mut waited = Duration::ZERO;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if waited < deadline => {
                std::thread::sleep(step);
                waited += step;
            }
            _ => return None,
        }
    }
}

enum LineError {
    Empty,
    NotText,
}

/// The first line of the output without its line ending.
fn first_line(mut output: Vec<u8>) -> Result<Secret, LineError> {
    if let Some(end) = output.iter().position(|&b| b == b'\n') {
        output.truncate(end);
    }
    if output.last() == Some(&b'\r') {
        output.pop();
    }
    if output.is_empty() {
        return Err(LineError::Empty);
    }
    String::from_utf8(output)
        .map(Secret::new)
        .map_err(|_| LineError::NotText)
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUICK: Duration = Duration::from_secs(10);

    #[test]
    fn the_first_line_is_the_secret() {
        let secret = read_secret("printf 'hunter2\\r\\nsecond line\\n'", QUICK).expect("a secret");
        assert_eq!(secret.expose(), "hunter2");
    }

    #[test]
    fn quotes_group_words_and_nothing_is_expanded() {
        let secret = read_secret("echo 'two words' $HOME", QUICK).expect("a secret");
        assert_eq!(secret.expose(), "two words $HOME");
    }

    #[test]
    fn a_failing_command_names_itself_but_not_its_output() {
        let err = read_secret("sh -c 'echo leaked; exit 3'", QUICK).unwrap_err();
        assert!(matches!(err, SecretCommandError::Failed { .. }), "{err:?}");
        let text = err.to_string();
        assert!(text.contains("`sh`") && text.contains('3'), "{text}");
        assert!(!text.contains("leaked"), "{text}");
    }

    #[test]
    fn empty_missing_and_unparsable_commands_are_errors() {
        assert_eq!(
            read_secret("true", QUICK).unwrap_err(),
            SecretCommandError::Empty {
                program: "true".into()
            }
        );
        assert!(matches!(
            read_secret("/nonexistent/program", QUICK).unwrap_err(),
            SecretCommandError::NotStarted { .. }
        ));
        assert_eq!(
            read_secret("echo 'open", QUICK).unwrap_err(),
            SecretCommandError::Unparsable
        );
        assert_eq!(
            read_secret("   ", QUICK).unwrap_err(),
            SecretCommandError::Unparsable
        );
    }

    #[test]
    fn a_command_that_never_ends_is_stopped_at_the_deadline() {
        let started = std::time::Instant::now();
        let err = read_secret("sleep 30", Duration::from_millis(200)).unwrap_err();
        assert!(matches!(err, SecretCommandError::TooSlow { .. }), "{err:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    /// The stop list's words in `text` outside what is quoted (the program's name, the
    /// system's own words).
    fn english_outside_quotes(text: &str, lang: crate::finding::Lang) -> Vec<&'static str> {
        use mailtriage_core::i18n::stop_list::{english_words_in, without_quoted};
        english_words_in(&without_quoted(text), lang)
    }

    #[test]
    fn every_failure_is_said_in_spanish_and_portuguese_without_the_output() {
        use crate::finding::Lang;
        let errors = [
            read_secret("sh -c 'echo leaked-secret; exit 3'", QUICK).unwrap_err(),
            read_secret("sh -c 'echo leaked-secret; kill -9 $$'", QUICK).unwrap_err(),
            read_secret("/nonexistent/program", QUICK).unwrap_err(),
            read_secret("/dev/null", QUICK).unwrap_err(),
            read_secret("echo 'open", QUICK).unwrap_err(),
            read_secret("true", QUICK).unwrap_err(),
            read_secret(
                "sh -c 'echo leaked-secret; sleep 30'",
                Duration::from_millis(300),
            )
            .unwrap_err(),
            read_secret("printf '\\377leaked-secret'", QUICK).unwrap_err(),
            read_secret("yes leaked-secret", QUICK).unwrap_err(),
        ];
        for (error, variant) in errors.iter().zip([
            "exit-code",
            "signal",
            "not-found",
            "not-allowed",
            "unparsable",
            "empty",
            "too-slow",
            "not-text",
            "too-much",
        ]) {
            let key = error.said().key().unwrap_or_default();
            assert_eq!(key, format!("secret-command-{variant}"), "{error:?}");
            for lang in [Lang::En, Lang::Es, Lang::Pt] {
                let shown = error.said().render(lang).into_owned();
                assert!(!shown.contains("leaked"), "{lang:?}: {shown}");
                let found = english_outside_quotes(&shown, lang);
                assert!(found.is_empty(), "{lang:?}: {shown} {found:?}");
            }
        }
        assert_eq!(errors[0].to_string(), "`sh` failed (exit status 3)");
        assert_eq!(
            errors[2].said().render(Lang::Es),
            "no se pudo iniciar «/nonexistent/program»: ese programa no existe"
        );
    }

    #[test]
    fn endless_output_is_bounded() {
        let started = std::time::Instant::now();
        let err = read_secret("yes", QUICK).unwrap_err();
        assert!(matches!(err, SecretCommandError::TooMuch { .. }), "{err:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
