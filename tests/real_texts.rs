//! Real server and provider replies beyond the catalogue's table, each with where it was seen,
//! mapped to the finding it must give. The rules read RFC 3463 enhanced codes and RFC 2449/3206
//! POP3 response codes first, words second; none of these texts was written into a rule as a
//! whole. A provider's host does not turn an unrecognised refusal into a provider-specific id:
//! the generic finding for the code stands.

use mailtriage::account::Protocol;
use mailtriage::diagnose::FindingId;
use mailtriage::diagnose::classify::{ReplyContext, classify_reply};
use mailtriage::model::StepKind;

/// One real reply: the text as sent, the step it answered, what is known of the session, the
/// id it means, and where it was seen.
struct Seen {
    text: &'static str,
    step: StepKind,
    /// A login succeeded earlier in the session.
    authenticated: bool,
    /// The server is Microsoft's.
    microsoft: bool,
    id: &'static str,
    source: &'static str,
}

const fn seen(text: &'static str, step: StepKind, id: &'static str, source: &'static str) -> Seen {
    Seen {
        text,
        step,
        authenticated: false,
        microsoft: false,
        id,
        source,
    }
}

const SEEN: &[Seen] = &[
    // ------------------------------------------------------------------ Yandex, Mail.ru
    seen(
        "530 5.7.7 Email sending without SSL/TLS encryption is not allowed. Please see: http://help.yandex.ru/mail/mail-clients/ssl.xml",
        StepKind::Login,
        "auth-plaintext-disallowed",
        "Yandex SMTP, PHPMailer/PHPMailer issue #283",
    ),
    seen(
        "535 5.7.0 NEOBHODIM parol prilozheniya https://help.mail.ru/mail/security/protection/external / Application password is REQUIRED",
        StepKind::Login,
        "auth-app-password-required",
        "Mail.ru SMTP, lmanukyan/print-designer issue #5; the same text from Mail.ru IMAP in thunderbird/thunderbird-android issue #9069",
    ),
    seen(
        "535 Incorrect authentication data: authentication failed",
        StepKind::Login,
        "auth-failed",
        "Mail.ru SMTP (2015), muquit/mailsend issue #74",
    ),
    seen(
        "535 5.7.8 Error: authentication failed: Invalid format.",
        StepKind::Login,
        "auth-failed",
        "joomla/joomla-cms issue #31499 (AUTH LOGIN with an empty password)",
    ),
    // ------------------------------------------------------------------ GMX, Brevo, Tiscali
    seen(
        "535 Authentication credentials invalid",
        StepKind::Login,
        "auth-failed",
        "GMX (smtp.gmx.com:465), muquit/mailsend-go issue #67",
    ),
    seen(
        "535 5.7.0 Invalid login or password",
        StepKind::Login,
        "auth-failed",
        "Brevo SMTP relay, marcpope/borgbackupserver issue #16",
    ),
    seen(
        "535 5.7.0 authentication rejected: your password is too simple",
        StepKind::Login,
        "auth-failed",
        "mail.tiscali.it, MailCore/mailcore2 pull request #1517",
    ),
    // ------------------------------------------------------------------ Orange (France)
    seen(
        "550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 [415]",
        StepKind::MailFrom,
        "smtp-sender-rejected",
        "smtp.orange.fr, sisimai/p5-sisimai issue #240",
    ),
    seen(
        "421 mwinf5c27 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]",
        StepKind::Greeting,
        "smtp-server-busy",
        "Orange, sisimai/p5-sisimai issue #240",
    ),
    seen(
        "550 5.7.0 Code d'authentification invalide OFR 305",
        StepKind::Login,
        "auth-failed",
        "Orange, sisimai/p5-sisimai issue #243 (code table)",
    ),
    seen(
        "550 mwinf5c14 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=203.0.113.7 [102]",
        StepKind::Greeting,
        "smtp-blocklisted",
        "Orange, ActiveCampaign/smtp-field-manual pull request #60",
    ),
    // ------------------------------------------------------------------ Zoho
    seen(
        "553 Relaying disallowed as test@gmail.com",
        StepKind::MailFrom,
        "smtp-sender-rejected",
        "smtp.zoho.com, getgrav/grav-plugin-email issue #77 and mybb/mybb issue #2644",
    ),
    // ------------------------------------------------------------------ Microsoft
    Seen {
        microsoft: true,
        ..seen(
            "-ERR Authentication failure: unknown user name or bad password.",
            StepKind::Login,
            "auth-failed",
            "outlook.office365.com POP3, simonrob/email-oauth2-proxy issue #244: no basic-auth words, so the generic finding stands on Microsoft's host",
        )
    },
    Seen {
        authenticated: true,
        ..seen(
            "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
            StepKind::MailFrom,
            "smtp-sender-rejected",
            "Microsoft 365 / OVH-hosted Exchange, quoted in several public repositories",
        )
    },
    Seen {
        authenticated: true,
        ..seen(
            "550 5.7.1 Client does not have permissions to send as this sender",
            StepKind::MailFrom,
            "smtp-sender-rejected",
            "Exchange on-premises transport (SmtpResponse.SendAsDenied), quoted in public repositories",
        )
    },
    Seen {
        authenticated: true,
        ..seen(
            "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
            StepKind::MailFrom,
            "smtp-sender-rejected",
            "Outlook.com / Hotmail, quoted in Discourse and EmailJS set-up notes in public repositories",
        )
    },
    Seen {
        authenticated: true,
        ..seen(
            "554 Originator address does not match authentication credentials",
            StepKind::MailFrom,
            "smtp-sender-rejected",
            "Exchange Server 5.5 Internet Mail Service, Microsoft KB Q186134",
        )
    },
    seen(
        "451 5.7.3 Require basic authentication.",
        StepKind::MailFrom,
        "smtp-auth-required",
        "a smart host answering Exchange 2010 (itecnotes, 'Exchange won't log in to smart host'): it asks for authentication, it does not say basic authentication is off",
    ),
    // ------------------------------------------------------------------ Exim, qmail
    seen(
        "503 AUTH command used when not advertised",
        StepKind::Login,
        "smtp-auth-not-offered",
        "Exim (smtp_in.c), quoted in fail2ban filters and Exim set-up notes",
    ),
    seen(
        "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
        StepKind::RcptTo,
        "smtp-auth-required",
        "qmail-smtpd, msimerson/Mail-Toaster-6 issue #107 (no login done: the relay refusal means authentication is missing)",
    ),
    Seen {
        authenticated: true,
        ..seen(
            "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
            StepKind::RcptTo,
            "smtp-relay-denied",
            "qmail-smtpd, msimerson/Mail-Toaster-6 issue #107 (after a login)",
        )
    },
    seen(
        "451 alice@example.org please authenticate before send",
        StepKind::MailFrom,
        "smtp-auth-required",
        "AfterOffice mail hosting FAQ 'SMTP Error: Please authenticate before sending email'",
    ),
    // ------------------------------------------------------------------ POP3 servers
    seen(
        "-ERR Login failed.",
        StepKind::Login,
        "auth-failed",
        "Courier pop3d (pop3login.c), and Courier users' transcripts",
    ),
    seen(
        "-ERR Temporary problem, please try again later",
        StepKind::Login,
        "server-temporary-failure",
        "Courier pop3d (pop3login.c) when the authentication back end fails",
    ),
    seen(
        "-ERR [AUTH] Invalid login",
        StepKind::Login,
        "auth-failed",
        "Cyrus IMAP pop3d.c (RFC 3206 [AUTH])",
    ),
    seen(
        "-ERR authorization failed",
        StepKind::Login,
        "auth-failed",
        "Free (pop.free.fr, 213.228.0.14), Scapy documentation sniffing example",
    ),
    seen(
        "-ERR [SYS/TEMP] Couldn't sync mailbox.",
        StepKind::Login,
        "server-temporary-failure",
        "Dovecot pop3 (pop3-client.c), read by its RFC 3206 code",
    ),
    seen(
        "-ERR [SYS/TEMP] Too many connections, try again later",
        StepKind::Greeting,
        "server-temporary-failure",
        "GreenMail POP3 server, read by its RFC 3206 code",
    ),
];

fn context(s: &Seen) -> ReplyContext {
    let protocol = if s.text.to_string().starts_with('+') || s.text.to_string().starts_with('-') {
        Protocol::Pop3
    } else {
        Protocol::Smtp
    };
    ReplyContext {
        protocol,
        step: s.step,
        authenticated: s.authenticated,
        microsoft: s.microsoft,
    }
}

#[test]
fn every_real_text_gives_its_finding() {
    let mut wrong = Vec::new();
    for s in SEEN {
        let got = classify_reply(s.text, &context(s)).map(FindingId::as_str);
        if got != Some(s.id) {
            wrong.push(format!(
                "{:?} at {}: got {got:?}, want {} ({})",
                s.text, s.step, s.id, s.source
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_table_holds_at_least_twenty_five_texts_with_their_sources() {
    let distinct: std::collections::BTreeSet<&str> = SEEN.iter().map(|s| s.text).collect();
    assert!(distinct.len() >= 25, "{} distinct texts", distinct.len());
    for s in SEEN {
        assert!(!s.source.is_empty(), "{}", s.text);
        assert!(FindingId::from_id(s.id).is_some(), "{}", s.id);
    }
}

/// Codes alone, without provider words: RFC 3463 enhanced codes and RFC 2449/3206 POP3 codes.
#[test]
fn replies_without_provider_words_are_read_by_their_code() {
    let smtp = |step| ReplyContext {
        protocol: Protocol::Smtp,
        step,
        authenticated: false,
        microsoft: false,
    };
    let pop3 = |step| ReplyContext {
        protocol: Protocol::Pop3,
        ..smtp(step)
    };
    let cases: &[(&str, ReplyContext, &str)] = &[
        ("535 5.7.8 nope", smtp(StepKind::Login), "auth-failed"),
        (
            "538 5.7.11 nope",
            smtp(StepKind::Login),
            "auth-plaintext-disallowed",
        ),
        (
            "550 5.7.60 nope",
            smtp(StepKind::MailFrom),
            "smtp-sender-rejected",
        ),
        (
            "452 4.5.3 nope",
            smtp(StepKind::RcptTo),
            "smtp-sending-limit",
        ),
        (
            "530 5.7.57 nope",
            smtp(StepKind::MailFrom),
            "smtp-auth-required",
        ),
        (
            "550 5.7.1 nope",
            smtp(StepKind::RcptTo),
            "smtp-auth-required",
        ),
        (
            "421 4.3.2 nope",
            smtp(StepKind::Greeting),
            // A greeting that turns the connection away, whatever its words.
            "server-busy",
        ),
        ("-ERR [AUTH] nope", pop3(StepKind::Login), "auth-failed"),
        (
            "-ERR [IN-USE] nope",
            pop3(StepKind::Login),
            "mailbox-in-use",
        ),
        (
            "-ERR [LOGIN-DELAY] nope",
            pop3(StepKind::Login),
            "too-many-logins",
        ),
        (
            "-ERR [SYS/TEMP] nope",
            pop3(StepKind::Login),
            "server-temporary-failure",
        ),
        (
            "-ERR [SYS/PERM] nope",
            pop3(StepKind::Login),
            "server-permanent-failure",
        ),
    ];
    for (text, cx, id) in cases {
        assert_eq!(
            classify_reply(text, cx).map(FindingId::as_str),
            Some(*id),
            "{text}"
        );
    }
}

/// On Microsoft's host, a refusal in other words than Microsoft's own stays the generic
/// finding for its code.
#[test]
fn a_providers_host_does_not_turn_every_refusal_into_its_own_id() {
    let microsoft = |protocol, step| ReplyContext {
        protocol,
        step,
        authenticated: false,
        microsoft: true,
    };
    let cases = [
        (
            "535 5.7.8 Authentication failed",
            microsoft(Protocol::Smtp, StepKind::Login),
            "auth-failed",
        ),
        (
            "-ERR [AUTH] Authentication failed.",
            microsoft(Protocol::Pop3, StepKind::Login),
            "auth-failed",
        ),
        (
            "-ERR [SYS/TEMP] Server busy",
            microsoft(Protocol::Pop3, StepKind::Login),
            "server-temporary-failure",
        ),
        (
            "451 4.7.0 Temporary server error. Please try again later. PRX4",
            microsoft(Protocol::Smtp, StepKind::Login),
            "server-temporary-failure",
        ),
    ];
    for (text, cx, id) in cases {
        assert_eq!(
            classify_reply(text, &cx).map(FindingId::as_str),
            Some(id),
            "{text}"
        );
    }
}
