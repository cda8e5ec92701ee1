//! The follow-up to a TLS handshake that the server ended without a word right after our TLS
//! 1.2/1.3 hello: one more connection to the same address, the plain-text part repeated up to the
//! upgrade when there is one (connection only, never a login), then a hand-built TLS 1.0/1.1
//! hello. A ServerHello for an old version is evidence that the server only speaks those; any
//! other answer leaves the first failure as it was.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::time::Instant;

use super::legacy::{HelloOutcome, LegacyVersion, ServerAnswer, ask_with_old_hello};
use super::{TlsContext, TlsHandshakeError};
use crate::model::{Said, TlsFailure};
use crate::probe::connect::connect;
use crate::proto::session::{Action, Session};
use mailtriage_core::said;

/// Size of one read of the plain-text part.
const REPLAY_READ_CHUNK: usize = 4096;

/// What the follow-up found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OldVersions {
    /// The server answered the old hello with a ServerHello for this version.
    OnlySpeaks(LegacyVersion),
    /// No evidence either way; why, in the reader's words.
    NoEvidence(Said),
}

impl OldVersions {
    /// One transcript line saying what the follow-up saw.
    pub fn describe(&self) -> Said {
        match self {
            OldVersions::OnlySpeaks(version) => said!(
                "transcript-tls-old-version-seen",
                version = version.name(),
                hex = version.hex()
            ),
            OldVersions::NoEvidence(why) => {
                said!("transcript-tls-old-hello-nothing", why = why.clone())
            }
        }
    }
}

impl TlsHandshakeError {
    /// True when the server closed or reset the connection before sending a single byte of the
    /// handshake: no alert, no ServerHello. That is how a server that only speaks TLS 1.0/1.1
    /// (and some that are broken otherwise) answers a TLS 1.2/1.3 hello.
    pub fn closed_without_answer(&self) -> bool {
        self.failure == TlsFailure::Eof && self.server_said_nothing
    }

    /// This failure, explained by what the follow-up found: a server seen speaking only an old
    /// version becomes a protocol-version failure naming it; otherwise nothing changes but a note.
    pub fn explained_by(mut self, found: &OldVersions) -> Self {
        match found {
            OldVersions::OnlySpeaks(version) => {
                self.failure = TlsFailure::ProtocolVersion;
                self.message = said!(
                    "detail-only-old-tls",
                    version = version.name(),
                    code = version.hex()
                );
                self.info.version = Some(version.detail_name().to_string());
                self.info.verdict_detail = said!(
                    "detail-certificate-not-checked-old",
                    version = version.name()
                );
            }
            OldVersions::NoEvidence(why) => {
                self.message = said!(
                    "detail-old-hello-showed-nothing",
                    line = self.message.clone(),
                    why = why.clone()
                );
            }
        }
        self
    }
}

impl TlsContext {
    /// Connect to `addr` again and ask with a TLS 1.0/1.1 hello, all within `deadline`. With
    /// `upgrade`, a fresh session that never logs in is driven first until it asks for the TLS
    /// upgrade (STLS / STARTTLS accepted).
    pub async fn check_old_versions(
        &self,
        addr: SocketAddr,
        server_name: &str,
        upgrade: Option<Box<dyn Session + Send>>,
        deadline: Duration,
    ) -> OldVersions {
        let until = Instant::now() + deadline;
        let mut stream = match connect(addr, deadline).await {
            Ok(stream) => stream,
            Err(_) => {
                return OldVersions::NoEvidence(said!(
                    "old-hello-no-reconnect",
                    address = addr.to_string()
                ));
            }
        };
        if let Some(mut session) = upgrade
            && let Err(why) = replay_until_upgrade(&mut stream, session.as_mut(), until).await
        {
            return OldVersions::NoEvidence(why);
        }
        let mut random = [0u8; 32];
        if self.provider.secure_random.fill(&mut random).is_err() {
            return OldVersions::NoEvidence(said!("old-hello-no-random"));
        }
        let left = until.saturating_duration_since(Instant::now());
        let outcome = ask_with_old_hello(&mut stream, server_name, &random, left).await;
        let _ = tokio::time::timeout(Duration::from_millis(200), stream.shutdown()).await;
        judge(outcome)
    }
}

fn judge(outcome: HelloOutcome) -> OldVersions {
    let why = match outcome {
        HelloOutcome::Answered(ServerAnswer::Hello(version)) => {
            return OldVersions::OnlySpeaks(version);
        }
        HelloOutcome::Answered(ServerAnswer::UnofferedVersion(version)) => said!(
            "old-hello-unoffered-version",
            version = format!("0x{version:04x}")
        ),
        HelloOutcome::Answered(ServerAnswer::Alert(description)) => {
            said!("old-hello-alert", alert = description.to_string())
        }
        HelloOutcome::Answered(ServerAnswer::OtherRecord { content_type, .. }) => said!(
            "old-hello-other-record",
            content_type = content_type.to_string()
        ),
        HelloOutcome::Answered(ServerAnswer::NotTls) => said!("old-hello-not-tls"),
        HelloOutcome::Closed => said!("old-hello-closed"),
        HelloOutcome::TimedOut => said!("old-hello-timed-out"),
        HelloOutcome::Failed(error) => said!("old-hello-io-failed", error = error),
    };
    OldVersions::NoEvidence(why)
}

/// Drive `session` over `stream` until it asks for the TLS upgrade. Only what it asks to send is
/// sent; it was built without credentials, so it cannot log in.
async fn replay_until_upgrade<S>(
    stream: &mut S,
    session: &mut (dyn Session + Send),
    until: Instant,
) -> Result<(), Said>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let mut buf = vec![0u8; REPLAY_READ_CHUNK];
    loop {
        while let Some(action) = session.poll_action() {
            match action {
                Action::Send { wire, .. } => {
                    let write = async {
                        stream.write_all(&wire).await?;
                        stream.flush().await
                    };
                    match tokio::time::timeout_at(until, write).await {
                        Ok(Ok(())) => {}
                        Ok(Err(_)) => return Err(said!("old-hello-send-broke")),
                        Err(_) => return Err(said!("old-hello-send-deadline")),
                    }
                }
                Action::StartTls => return Ok(()),
                _ => {}
            }
        }
        if session.is_done() {
            return Err(said!("old-hello-no-upgrade"));
        }
        match tokio::time::timeout_at(until, stream.read(&mut buf)).await {
            Ok(Ok(0)) => return Err(said!("old-hello-closed-before-upgrade")),
            Ok(Ok(n)) => session.receive(&buf[..n]),
            Ok(Err(_)) => return Err(said!("old-hello-broke-before-upgrade")),
            Err(_) => return Err(said!("old-hello-plain-deadline")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_server_hello_for_an_old_version_is_evidence() {
        let tls10 = LegacyVersion::from_wire(0x0301).unwrap();
        assert_eq!(
            judge(HelloOutcome::Answered(ServerAnswer::Hello(tls10))),
            OldVersions::OnlySpeaks(tls10)
        );
        for outcome in [
            HelloOutcome::Answered(ServerAnswer::UnofferedVersion(0x0303)),
            HelloOutcome::Answered(ServerAnswer::Alert(40)),
            HelloOutcome::Answered(ServerAnswer::NotTls),
            HelloOutcome::Closed,
            HelloOutcome::TimedOut,
        ] {
            assert!(
                matches!(judge(outcome.clone()), OldVersions::NoEvidence(_)),
                "{outcome:?}"
            );
        }
    }

    #[test]
    fn why_nothing_was_shown_is_said_in_spanish_and_portuguese() {
        use crate::finding::Lang;
        let mut reasons: Vec<Said> = [
            HelloOutcome::Answered(ServerAnswer::UnofferedVersion(0x0303)),
            HelloOutcome::Answered(ServerAnswer::Alert(40)),
            HelloOutcome::Answered(ServerAnswer::OtherRecord {
                content_type: 23,
                first_byte: 3,
            }),
            HelloOutcome::Answered(ServerAnswer::NotTls),
            HelloOutcome::Closed,
            HelloOutcome::TimedOut,
            HelloOutcome::Failed("Network is unreachable (os error 101)".into()),
        ]
        .into_iter()
        .map(|outcome| match judge(outcome) {
            OldVersions::NoEvidence(why) => why,
            other => panic!("{other:?}"),
        })
        .collect();
        reasons.extend([
            said!("old-hello-no-reconnect", address = "127.0.0.1:995"),
            said!("old-hello-no-random"),
            said!("old-hello-send-broke"),
            said!("old-hello-send-deadline"),
            said!("old-hello-no-upgrade"),
            said!("old-hello-closed-before-upgrade"),
            said!("old-hello-broke-before-upgrade"),
            said!("old-hello-plain-deadline"),
        ]);
        for why in reasons {
            let note = OldVersions::NoEvidence(why.clone()).describe();
            for lang in [Lang::Es, Lang::Pt] {
                for shown in [why.render(lang), note.render(lang)] {
                    let ours: String = match shown.split_once(['«', '"']) {
                        Some((before, _)) => before.to_string(),
                        None => shown.to_string(),
                    };
                    let found = mailtriage_core::i18n::stop_list::english_words_in(&ours, lang);
                    assert!(found.is_empty(), "{lang:?}: {shown} {found:?}");
                }
            }
        }
    }
}
