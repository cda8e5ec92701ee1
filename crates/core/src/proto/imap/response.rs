//! Reading one framed IMAP server response with `imap-codec` into the few facts the session
//! uses: status responses with their response code (RFC 5530 codes kept by name), capability
//! lists, mailbox numbers, and continuation requests. Anything else untagged is only noted.

use imap_codec::decode::Decoder;
use imap_codec::imap_types::response::{
    Code, CommandContinuationRequest, Data, GreetingKind, Response, Status,
};
use imap_codec::imap_types::status::StatusDataItem;
use imap_codec::{GreetingCodec, ResponseCodec};

/// What a status response says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    Ok,
    No,
    Bad,
    Bye,
    /// Only in a greeting: logged in already.
    PreAuth,
}

/// A response code (`[ALERT]`, `[AUTHENTICATIONFAILED]`, `[UIDVALIDITY 3]`, …): its name in
/// upper case and what followed the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseCode {
    pub name: String,
    pub argument: Option<String>,
}

/// A status response (a greeting, a tagged completion, an untagged OK/NO/BAD/BYE).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusResponse {
    pub tag: Option<String>,
    pub condition: Condition,
    pub code: Option<ResponseCode>,
    /// Capabilities of a `[CAPABILITY …]` code.
    pub capabilities: Option<Vec<String>>,
    /// The human text.
    pub text: String,
}

/// The numbers of a `STATUS` response.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MailboxNumbers {
    pub messages: Option<u32>,
    pub unseen: Option<u32>,
    pub uid_validity: Option<u32>,
}

/// One server response, as far as the session reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerResponse {
    Status(StatusResponse),
    /// `* CAPABILITY …`
    Capabilities(Vec<String>),
    /// `* STATUS mailbox (…)`, with whether the mailbox is INBOX.
    MailboxStatus {
        inbox: bool,
        numbers: MailboxNumbers,
    },
    /// `* n EXISTS`
    Exists(u32),
    /// Other untagged data (FLAGS, RECENT, LIST, …): not needed here.
    OtherData,
    /// `+ …`: the server waits for the client.
    Continuation,
}

/// Read a greeting; `None` when the bytes are not one.
pub fn parse_greeting(frame: &[u8]) -> Option<StatusResponse> {
    let (rest, greeting) = GreetingCodec::default().decode(frame).ok()?;
    if !rest.is_empty() {
        return None;
    }
    let condition = match greeting.kind {
        GreetingKind::Ok => Condition::Ok,
        GreetingKind::PreAuth => Condition::PreAuth,
        GreetingKind::Bye => Condition::Bye,
    };
    Some(status_response(
        None,
        condition,
        greeting.code.as_ref(),
        greeting.text.inner(),
    ))
}

/// Read a response after the greeting; `None` when the bytes are not one.
pub fn parse_response(frame: &[u8]) -> Option<ServerResponse> {
    let (rest, response) = ResponseCodec::default().decode(frame).ok()?;
    if !rest.is_empty() {
        return None;
    }
    Some(match response {
        Response::Status(status) => ServerResponse::Status(from_status(&status)),
        Response::CommandContinuationRequest(
            CommandContinuationRequest::Basic(_) | CommandContinuationRequest::Base64(_),
        ) => ServerResponse::Continuation,
        Response::Data(Data::Capability(caps)) => {
            ServerResponse::Capabilities(caps.as_ref().iter().map(|c| c.to_string()).collect())
        }
        Response::Data(Data::Status { mailbox, items }) => {
            let mut numbers = MailboxNumbers::default();
            for item in items.iter() {
                match item {
                    StatusDataItem::Messages(n) => numbers.messages = Some(*n),
                    StatusDataItem::Unseen(n) => numbers.unseen = Some(*n),
                    StatusDataItem::UidValidity(n) => numbers.uid_validity = Some(n.get()),
                    _ => {}
                }
            }
            let inbox = matches!(mailbox, imap_codec::imap_types::mailbox::Mailbox::Inbox);
            ServerResponse::MailboxStatus { inbox, numbers }
        }
        Response::Data(Data::Exists(n)) => ServerResponse::Exists(n),
        Response::Data(_) => ServerResponse::OtherData,
    })
}

/// Read a status line quoted in evidence (`a2 NO [AUTHENTICATIONFAILED] …`) back into its
/// condition, code and text, for diagnosis; `None` when it is not one.
pub fn parse_status_line(line: &str) -> Option<StatusResponse> {
    let mut bytes = line.trim_end_matches(['\r', '\n']).as_bytes().to_vec();
    bytes.extend_from_slice(b"\r\n");
    match parse_response(&bytes) {
        Some(ServerResponse::Status(status)) => Some(status),
        _ => parse_greeting(&bytes),
    }
}

fn from_status(status: &Status) -> StatusResponse {
    let tag = status.tag().map(|t| t.inner().to_string());
    let condition = match status {
        Status::Ok { .. } => Condition::Ok,
        Status::No { .. } => Condition::No,
        Status::Bad { .. } => Condition::Bad,
        Status::Bye { .. } => Condition::Bye,
    };
    status_response(tag, condition, status.code(), status.text().inner())
}

fn status_response(
    tag: Option<String>,
    condition: Condition,
    code: Option<&Code>,
    text: &str,
) -> StatusResponse {
    let capabilities = match code {
        Some(Code::Capability(caps)) => Some(caps.as_ref().iter().map(|c| c.to_string()).collect()),
        _ => None,
    };
    StatusResponse {
        tag,
        condition,
        code: code.map(response_code),
        capabilities,
        text: text.to_string(),
    }
}

fn response_code(code: &Code) -> ResponseCode {
    let named = |name: &str, argument: Option<String>| ResponseCode {
        name: name.to_string(),
        argument,
    };
    match code {
        Code::Alert => named("ALERT", None),
        Code::BadCharset { .. } => named("BADCHARSET", None),
        Code::Capability(_) => named("CAPABILITY", None),
        Code::Parse => named("PARSE", None),
        Code::PermanentFlags(_) => named("PERMANENTFLAGS", None),
        Code::ReadOnly => named("READ-ONLY", None),
        Code::ReadWrite => named("READ-WRITE", None),
        Code::TryCreate => named("TRYCREATE", None),
        Code::UidNext(n) => named("UIDNEXT", Some(n.to_string())),
        Code::UidValidity(n) => named("UIDVALIDITY", Some(n.to_string())),
        Code::Unseen(n) => named("UNSEEN", Some(n.to_string())),
        Code::CompressionActive => named("COMPRESSIONACTIVE", None),
        Code::OverQuota => named("OVERQUOTA", None),
        Code::TooBig => named("TOOBIG", None),
        Code::Other(other) => {
            let raw = String::from_utf8_lossy(other.inner());
            let (name, argument) = match raw.split_once(' ') {
                Some((name, argument)) => (name, Some(argument.to_string())),
                None => (raw.as_ref(), None),
            };
            ResponseCode {
                name: name.to_ascii_uppercase(),
                argument,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(line: &str) -> StatusResponse {
        match parse_response(line.as_bytes()) {
            Some(ServerResponse::Status(s)) => s,
            other => panic!("{line:?} read as {other:?}"),
        }
    }

    #[test]
    fn a_greeting_with_capabilities_keeps_them() {
        let g = parse_greeting(
            b"* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ \
              STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n",
        )
        .unwrap();
        assert_eq!(g.condition, Condition::Ok);
        let caps = g.capabilities.unwrap();
        assert!(caps.iter().any(|c| c == "STARTTLS"), "{caps:?}");
        assert!(caps.iter().any(|c| c == "AUTH=PLAIN"), "{caps:?}");
        assert_eq!(g.text, "Dovecot (Debian) ready.");
    }

    #[test]
    fn preauth_and_bye_greetings() {
        assert_eq!(
            parse_greeting(b"* PREAUTH [CAPABILITY IMAP4rev1] Logged in as alice\r\n")
                .unwrap()
                .condition,
            Condition::PreAuth
        );
        let bye = parse_greeting(b"* BYE [UNAVAILABLE] Too many connections\r\n").unwrap();
        assert_eq!(bye.condition, Condition::Bye);
        assert_eq!(bye.code.unwrap().name, "UNAVAILABLE");
    }

    #[test]
    fn rfc5530_codes_are_kept_by_name() {
        let s = status("a2 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n");
        assert_eq!(s.tag.as_deref(), Some("a2"));
        assert_eq!(s.condition, Condition::No);
        assert_eq!(s.code.unwrap().name, "AUTHENTICATIONFAILED");
        assert_eq!(s.text, "Invalid credentials (Failure)");
        let s = status("a2 NO [ALERT] Please log in via your web browser (Failure)\r\n");
        assert_eq!(s.code.unwrap().name, "ALERT");
        for code in [
            "UNAVAILABLE",
            "AUTHORIZATIONFAILED",
            "EXPIRED",
            "PRIVACYREQUIRED",
            "CONTACTADMIN",
            "INUSE",
            "LIMIT",
        ] {
            let s = status(&format!("a9 NO [{code}] text\r\n"));
            assert_eq!(s.code.unwrap().name, code);
        }
    }

    #[test]
    fn data_and_continuations() {
        assert_eq!(
            parse_response(b"* STATUS INBOX (MESSAGES 3 UNSEEN 1 UIDVALIDITY 1700000000)\r\n"),
            Some(ServerResponse::MailboxStatus {
                inbox: true,
                numbers: MailboxNumbers {
                    messages: Some(3),
                    unseen: Some(1),
                    uid_validity: Some(1_700_000_000),
                },
            })
        );
        assert_eq!(
            parse_response(b"* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n"),
            Some(ServerResponse::Capabilities(vec![
                "IMAP4REV1".into(),
                "STARTTLS".into(),
                "LOGINDISABLED".into()
            ]))
        );
        assert_eq!(
            parse_response(b"* 4 EXISTS\r\n"),
            Some(ServerResponse::Exists(4))
        );
        for line in [
            &b"+ \r\n"[..],
            b"+ VXNlcm5hbWU6\r\n",
            b"+ Ready for literal\r\n",
        ] {
            assert_eq!(
                parse_response(line),
                Some(ServerResponse::Continuation),
                "{:?}",
                String::from_utf8_lossy(line)
            );
        }
        assert_eq!(parse_response(b"garbage\r\n"), None);
    }

    #[test]
    fn a_quoted_status_line_reads_back() {
        let s = parse_status_line("a3 NO [EXPIRED] Password expired").unwrap();
        assert_eq!(s.code.unwrap().name, "EXPIRED");
        assert_eq!(
            parse_status_line("* BYE Microsoft Exchange Server IMAP4 server signing off.")
                .unwrap()
                .condition,
            Condition::Bye
        );
    }
}
