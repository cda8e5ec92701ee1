//! English hint texts, one entry per finding id, written to be read aloud to someone who is not
//! technical: what happened, why it matters, and what to do, step by step.

use super::catalog::FindingId::{self, *};
use super::text::{Language, Text, line, unless, when, when_unless};
use crate::model::StepKind;

pub static ENGLISH: Language = Language {
    texts: TEXTS,
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    date: "{month} {day}, {year}, {time} UTC",
    one_day: "1 day",
    many_days: "{n} days",
    security_tls: "SSL/TLS",
    security_starttls: "STARTTLS",
    security_none: "none",
    role_network: "network",
    role_incoming: "incoming mail server",
    role_outgoing: "outgoing mail server",
    and: "and",
    seconds: ("1 second", "{n} seconds"),
    minutes: ("1 minute", "{n} minutes"),
    hours: ("1 hour", "{n} hours"),
    step_name,
};

/// A step in words, as it fits after "the … step" or on its own.
fn step_name(step: StepKind) -> &'static str {
    match step {
        StepKind::Dns => "name look-up (DNS)",
        StepKind::Tcp => "connection",
        StepKind::Tls => "encryption (TLS)",
        StepKind::Greeting => "greeting",
        StepKind::Capa => "capability list (CAPA)",
        StepKind::Stls => "switch to encryption (STLS)",
        StepKind::Ehlo => "introduction (EHLO)",
        StepKind::Starttls => "switch to encryption (STARTTLS)",
        StepKind::Login => "login",
        StepKind::Stat => "mailbox check (STAT)",
        StepKind::Uidl => "message list (UIDL)",
        StepKind::MailFrom => "sender check (MAIL FROM)",
        StepKind::RcptTo => "recipient check (RCPT TO)",
        StepKind::Rset => "reset (RSET)",
        StepKind::Quit => "goodbye (QUIT)",
        StepKind::Route => "network route",
        StepKind::Proxy => "proxy",
        StepKind::Resolver => "name service (DNS resolver)",
        StepKind::Reach => "internet reachability",
        StepKind::Clock => "clock",
        StepKind::Mx => "mail domain (MX)",
        StepKind::Spf => "SPF record",
        StepKind::Dmarc => "DMARC record",
        StepKind::Dkim => "DKIM key",
        StepKind::Dnsbl => "blocklist",
    }
}

static TEXTS: &[(FindingId, Text)] = &[
    // ---------------------------------------------------------------- Network
    (
        NoNetwork,
        Text {
            title: "This computer is not connected to the internet",
            explanation: &[
                line(
                    "Every attempt to look up a server or to open a connection failed, because there is no way out of this computer to the internet.",
                ),
                line("The mail servers are not the problem: nothing can get out at the moment."),
            ],
            fix: &[
                line(
                    "Check that the network cable is plugged in, or that Wi-Fi is switched on and connected.",
                ),
                line("Open any web page to see whether the internet works at all."),
                line("Restart the router: unplug it, wait thirty seconds and plug it back in."),
                line("If there is still no internet, call the internet provider."),
            ],
        },
    ),
    (
        DnsResolverDown,
        Text {
            title: "Server names cannot be looked up",
            explanation: &[
                line(
                    "This computer could not turn any server name into an address: the name service (DNS) it relies on did not answer.",
                ),
                line(
                    "A direct connection to the address {address} worked, so the network is up and only the name look-ups fail.",
                ),
                unless(
                    &["address"],
                    "Either that name service is failing, or the computer is not connected at all.",
                ),
            ],
            fix: &[
                line(
                    "Open a web page by its name, for example a news site, to see whether other programs have the same problem.",
                ),
                line("Restart the router, which also restarts the name service it provides."),
                line(
                    "If the problem stays, set this computer to use a public name service (for example 1.1.1.1 or 8.8.8.8), or call the internet provider.",
                ),
            ],
        },
    ),
    (
        DnsNotFound,
        Text {
            title: "The server name {host} does not exist",
            explanation: &[
                line(
                    "The name {host} is not registered on the internet, so the mail program cannot find the server.",
                ),
                line("Almost always this is a typing mistake in the server name."),
            ],
            fix: &[
                line("Did you mean {suggestion}? Correct the server name in the account settings."),
                line("{provider} gives the server name {documented_host}: type exactly that."),
                unless(
                    &["suggestion", "documented_host"],
                    "Compare the server name letter by letter with the provider's instructions, and look for extra spaces or a missing dot.",
                ),
                line("The provider's settings page is {help_url}."),
            ],
        },
    ),
    (
        TcpRefused,
        Text {
            title: "Nothing answers on port {port} of {host}",
            explanation: &[
                line(
                    "The server {host} exists, but it turned the connection away on port {port}: no mail service is listening on that port.",
                ),
                line(
                    "Usually the port number in the settings is wrong; sometimes the service is down.",
                ),
                line("On the same server these ports did answer: {open_ports}."),
            ],
            fix: &[
                line(
                    "Compare the port with the provider's instructions. The usual ones are 995 with SSL/TLS for receiving, and 587 with STARTTLS or 465 with SSL/TLS for sending.",
                ),
                line("The provider's settings page is {help_url}."),
                line(
                    "If the port is right, the service may be down: wait a while, or check the provider's status page.",
                ),
            ],
        },
    ),
    (
        TcpTimeout,
        Text {
            title: "No answer from {host} on port {port}",
            explanation: &[
                line("The connection to {host} on port {port} got no answer at all."),
                line(
                    "Something between this computer and the server is silently blocking it: a firewall, an antivirus program, a company or public network, a VPN or the internet provider. Less often, the server is down.",
                ),
                when(
                    &["port25"],
                    "Many internet providers block port 25 on home connections to stop spam.",
                ),
                line(
                    "On the same server these ports did answer: {open_ports}. So the server is up and only this port is blocked.",
                ),
            ],
            fix: &[
                when(
                    &["port25"],
                    "For sending, use port 587 with STARTTLS, or port 465 with SSL/TLS, instead of port 25.",
                ),
                line(
                    "Try from a different network, for example the phone's hotspot. If it works there, the block is on the usual network.",
                ),
                line(
                    "Check the firewall and the antivirus, and allow the mail program to connect.",
                ),
                line("If a VPN is on, switch it off for a moment and try again."),
            ],
        },
    ),
    (
        Port25Blocked,
        Text {
            title: "Port 25 is blocked on this network",
            explanation: &[
                line(
                    "Port 25 of {host} gets no answer, while the sending ports of the same server do answer.",
                ),
                line(
                    "Internet providers often block port 25 for home and mobile connections to stop spam. Port 25 is meant for servers passing mail to each other, not for people sending it.",
                ),
            ],
            fix: &[
                line(
                    "In the outgoing server settings, change the port to 587 and the security to STARTTLS.",
                ),
                line("Or use port 465 with SSL/TLS."),
                line(
                    "Make sure the outgoing server is set to require a login, with the same user name and password as for incoming mail.",
                ),
            ],
        },
    ),
    (
        Ipv6Broken,
        Text {
            title: "IPv6 connections to {host} fail",
            explanation: &[
                line(
                    "The server {host} can be reached over both kinds of internet address. The newer kind, IPv6, fails on this network, while the usual kind, IPv4, works.",
                ),
                line(
                    "Some mail programs wait a long time on IPv6 before trying IPv4, which looks like the program hangs.",
                ),
                when(
                    &["local_host"],
                    "The server runs on this computer itself, so the router plays no part: the mail service listens only on the IPv4 address, not on the IPv6 one.",
                ),
            ],
            fix: &[
                unless(&["local_host"], "Restart the router and try again."),
                unless(
                    &["local_host"],
                    "If it keeps happening, ask the internet provider to fix IPv6, or switch IPv6 off on the router.",
                ),
                unless(
                    &["local_host"],
                    "As a workaround, set this computer to prefer IPv4.",
                ),
                when(
                    &["local_host"],
                    "Use the address 127.0.0.1 as the server name instead of {host}, or set the mail service on this computer to listen on IPv6 (::1) too.",
                ),
            ],
        },
    ),
    (
        ClockSkew,
        Text {
            title: "This computer's date or time is wrong",
            explanation: &[
                line("This computer's clock says {now}."),
                when(
                    &["clock_behind"],
                    "A time server gives the correct time as {correct_time}: this computer's clock is about {offset} behind.",
                ),
                when(
                    &["clock_ahead"],
                    "A time server gives the correct time as {correct_time}: this computer's clock is about {offset} ahead.",
                ),
                unless(
                    &["offset"],
                    "Every server's security certificate looks out of date in the same way, which is what happens when the local clock is wrong, not the servers.",
                ),
                when_unless(
                    &["clock_behind"],
                    &["offset"],
                    "The clock seems to be behind the real date.",
                ),
                when_unless(
                    &["clock_ahead"],
                    &["offset"],
                    "The clock seems to be ahead of the real date.",
                ),
                line(
                    "That is why the security certificate of {explained_hosts} looks out of date: at the correct time it is valid.",
                ),
                unless(
                    &["offset"],
                    "With a wrong date, every secure connection fails, and mail cannot come in or go out.",
                ),
                when(
                    &["explained_hosts"],
                    "With a wrong date, every secure connection fails, and mail cannot come in or go out.",
                ),
                when_unless(
                    &["offset"],
                    &["explained_hosts"],
                    "Secure connections check the date, so a wrong clock makes them fail sooner or later.",
                ),
                line(
                    "Even at the correct time, the security certificate of {unexplained_hosts} is out of date: check the mail again once the clock is right, and that problem will show on its own.",
                ),
            ],
            fix: &[
                line("Open the computer's date and time settings."),
                line("Turn on setting the time and the time zone automatically."),
                line("Check that the day, month and year are right."),
                line(
                    "If the date is wrong again after restarting, the computer's clock battery may be flat: set the date by hand and have the battery replaced.",
                ),
                line("Check the mail again."),
            ],
        },
    ),
    (
        TlsIntercepted,
        Text {
            title: "Something is intercepting the secure connection",
            explanation: &[
                line(
                    "The certificate shown for {host} was issued by \"{issuer}\", not by a public certificate authority.",
                ),
                line(
                    "That is typical of an antivirus e-mail shield, or of a company network that opens secure connections to inspect them. The mail program cannot trust it.",
                ),
            ],
            fix: &[
                line(
                    "If an antivirus is installed, turn off its e-mail or SSL scanning, or add an exception for the mail program.",
                ),
                line("On a company network, ask the IT department about it."),
                line("Check the mail again."),
            ],
        },
    ),
    // ------------------------------------------------------ Transport security
    (
        TlsOnPlaintextPort,
        Text {
            title: "SSL/TLS is switched on for a port that does not use it",
            explanation: &[
                line(
                    "The mail program started an encrypted connection straight away, but port {port} of {host} answered in plain text.",
                ),
                line("The server answered \"{peer_bytes}\" instead of starting encryption."),
                line(
                    "This port expects a plain connection first, which is then secured with STARTTLS.",
                ),
            ],
            fix: &[
                line("Change the security setting to STARTTLS and keep port {plain_port}."),
                line("Or keep SSL/TLS and change the port to {tls_port}."),
                line("Do not switch the encryption off: the password would travel unprotected."),
            ],
        },
    ),
    (
        PlaintextOnTlsPort,
        Text {
            title: "Port {port} needs SSL/TLS switched on",
            explanation: &[
                line(
                    "Port {port} of {host} expects an encrypted connection (SSL/TLS) from the very first moment.",
                ),
                line(
                    "The mail program connected without encryption and waited for a greeting that never comes.",
                ),
            ],
            fix: &[
                line("Change the security setting to SSL/TLS and keep port {port}."),
                line(
                    "Or keep the current setting and change the port to {plain_port}, with STARTTLS.",
                ),
            ],
        },
    ),
    (
        StarttlsNotOffered,
        Text {
            title: "The server does not offer STARTTLS",
            explanation: &[
                line(
                    "The account is set to secure the connection with STARTTLS, but {host} on port {port} does not offer it, or refuses it when asked.",
                ),
                line("Many servers offer encryption only on their SSL/TLS port."),
                line(
                    "But if the provider says STARTTLS works on this port, something between this computer and the server is removing it: an antivirus e-mail shield, a firewall, or someone on the network trying to read the mail and the password.",
                ),
            ],
            fix: &[
                line("Change the security setting to SSL/TLS and the port to {tls_port}."),
                unless(
                    &["tls_port"],
                    "Change the security setting to SSL/TLS, with the port the provider gives for it.",
                ),
                line(
                    "Do not switch the encryption off to make it work: the password would travel unprotected.",
                ),
                line(
                    "If the provider confirms STARTTLS on this port, try from another network and check the antivirus and the firewall.",
                ),
            ],
        },
    ),
    (
        StarttlsFailed,
        Text {
            title: "The secure connection failed after STARTTLS",
            explanation: &[
                line(
                    "The server {host} agreed to switch to encryption, but the secure connection could not be set up.",
                ),
                line(
                    "The server may be outdated. Or something between this computer and the server is stopping the encryption: an antivirus e-mail shield, a firewall, or someone on the network trying to read the mail and the password.",
                ),
            ],
            fix: &[
                line("Try SSL/TLS on port {tls_port} instead."),
                unless(
                    &["tls_port"],
                    "Try SSL/TLS instead, with the port the provider gives for it.",
                ),
                line(
                    "Do not switch the encryption off to make it work: the password would travel unprotected.",
                ),
                line(
                    "Try from another network, and switch off the antivirus e-mail scanning for a moment.",
                ),
                line("If it keeps failing, tell the provider."),
            ],
        },
    ),
    (
        StarttlsInjection,
        Text {
            title: "Data was slipped into the switch to encryption",
            explanation: &[
                line(
                    "The server {host} agreed to switch to encryption (STARTTLS), but more data came in plain text before the encryption started.",
                ),
                line(
                    "A correct server sends nothing at that moment. Something on the network path, or the server itself, inserted data into the switch: the kind of attack known as STARTTLS command injection (CVE-2011-0411).",
                ),
                line(
                    "This program discarded that data, but a mail program with that flaw could take it as if it had come over the encrypted connection.",
                ),
            ],
            fix: &[
                when(
                    &["tls_port"],
                    "Use SSL/TLS from the first byte (port {tls_port}) instead of STARTTLS: then there is no plain-text moment to slip data into.",
                ),
                unless(
                    &["tls_port"],
                    "Use SSL/TLS from the first byte instead of STARTTLS: then there is no plain-text moment to slip data into.",
                ),
                line(
                    "Report it to the provider, or whoever runs {host}, with this report: the server or a device in front of it must be fixed.",
                ),
                line(
                    "If it happens only on this network (a hotel or office network, for example), do not use it for mail until it is explained.",
                ),
            ],
        },
    ),
    (
        TlsProtocolTooOld,
        Text {
            title: "The server uses an outdated kind of encryption",
            explanation: &[
                line(
                    "The server {host} only speaks old versions of SSL/TLS, which modern programs refuse because they are no longer safe.",
                ),
                when(
                    &["tls_version"],
                    "The newest version the server speaks is {tls_version}.",
                ),
                line("There is no safe setting to change on this computer."),
            ],
            fix: &[
                line(
                    "Tell the provider, or whoever runs {host}, that the server must support TLS 1.2 or newer.",
                ),
                line("Until then, use the provider's webmail."),
            ],
        },
    ),
    (
        CertExpired,
        Text {
            title: "The server's certificate expired on {date}",
            explanation: &[
                line(
                    "The security certificate of {host} expired on {date}. The connection cannot be trusted, so the check stopped before sending the password.",
                ),
                line("This is the provider's mistake, not a setting on this computer."),
                line("This computer's clock says {now}. If that is wrong, fix the clock first."),
            ],
            fix: &[
                line("Check that this computer's date and time are right."),
                line("Tell the provider that the certificate of {host} expired on {date}."),
                line(
                    "Until it is renewed, use the webmail. Do not accept the expired certificate in the mail program.",
                ),
            ],
        },
    ),
    (
        CertNotYetValid,
        Text {
            title: "The server's certificate is not valid yet",
            explanation: &[
                line(
                    "The security certificate of {host} is valid only from {date}, but this computer's clock says {now}.",
                ),
                line("That almost always means this computer's date or time is wrong."),
            ],
            fix: &[
                line(
                    "Open the date and time settings and turn on setting the time and time zone automatically.",
                ),
                line("Check that the day, month and year are right."),
                line("Check the mail again."),
            ],
        },
    ),
    (
        CertExpiringSoon,
        Text {
            title: "The server's certificate expires in {days}",
            explanation: &[
                line(
                    "The security certificate of {host} is valid today, but it expires on {date}.",
                ),
                line("If it is not renewed in time, mail programs will stop connecting."),
            ],
            fix: &[
                line("Nothing needs to change on this computer."),
                line(
                    "Tell the provider, or whoever runs {host}, that its certificate expires on {date}.",
                ),
            ],
        },
    ),
    (
        CertHostnameMismatch,
        Text {
            title: "The certificate does not match the name {host}",
            explanation: &[
                line("The server's certificate covers {names}, but not {host}."),
                line(
                    "This usually happens when the settings use an alias of your own domain on a shared server, whose certificate carries the hosting company's name.",
                ),
            ],
            fix: &[
                line("Change the server name in the settings to {best}."),
                unless(
                    &["best"],
                    "Change the server name to one of the names the certificate covers: {names}.",
                ),
                line("Keep the same port and security setting, and check the mail again."),
            ],
        },
    ),
    (
        CertUntrusted,
        Text {
            title: "The server's certificate is not trusted",
            explanation: &[
                line(
                    "The certificate of {host} was issued by \"{issuer}\", which this computer does not trust.",
                ),
                line(
                    "That is normal for a server with its own home-made certificate, but it can also mean something on the network is intercepting the connection.",
                ),
            ],
            fix: &[
                line(
                    "If this is your organisation's own server, ask its administrator for the certificate authority file and give it to the check: the CA file field of the editor (e) on the dashboard, or --ca-file.",
                ),
                line(
                    "Otherwise do not accept the certificate: try from another network, and check the antivirus e-mail scanning.",
                ),
            ],
        },
    ),
    (
        CertChainInvalid,
        Text {
            title: "The server's certificate chain is built wrong",
            explanation: &[
                line(
                    "The server {host} sent {chain_length} certificates that do not form a chain that can be checked: the chain is too long, or a certificate in it is used in a way it is not allowed to be.",
                ),
                line(
                    "This is a mistake in how the server is set up. It does not mean that the company that issued the certificate is untrusted, and there is nothing to change on this computer.",
                ),
            ],
            fix: &[
                line(
                    "Tell the provider, or whoever runs {host}, that the server sends a broken certificate chain: it should send its own certificate and the intermediate certificates its certificate authority provides, nothing more.",
                ),
                line("Until then, use the provider's webmail."),
            ],
        },
    ),
    (
        TlsAnswerInvalid,
        Text {
            title: "The server's answer to the secure connection is not valid TLS",
            explanation: &[
                line(
                    "The mail program started an encrypted connection with port {port} of {host}, and what came back is not valid TLS.",
                ),
                when(&["peer_bytes"], "The server sent \"{peer_bytes}\"."),
                line(
                    "Either the server is broken, or something between this computer and the server (an antivirus, a firewall, a proxy) answers in its place, or the port belongs to another service.",
                ),
            ],
            fix: &[
                line("Check the server name and the port against the provider's settings."),
                line(
                    "Try from another network, and switch off the antivirus e-mail scanning for a moment.",
                ),
                line("If it keeps happening, tell the provider and show them this report."),
            ],
        },
    ),
    // ---------------------------------------------------------- Authentication
    (
        AuthFailed,
        Text {
            title: "The server rejected the user name or password",
            explanation: &[
                line("The {role} {host} refused the login."),
                when(
                    &["both_refused"],
                    "The outgoing server refused the same user name and password too, so they are what is wrong, not one of the servers.",
                ),
                when(
                    &["same_refusal"],
                    "It is the same user name and password the incoming server refused: correct them once, as that finding says.",
                ),
                unless(
                    &["same_refusal"],
                    "Either the user name or the password is not what the server expects.",
                ),
            ],
            fix: &[
                when(
                    &["same_refusal"],
                    "Follow the steps of the finding about the incoming server: the same user name and password are used here.",
                ),
                when_unless(
                    &["user_missing_domain"],
                    &["same_refusal"],
                    "The user name \"{user}\" lacks the domain: {provider} expects the whole e-mail address.",
                ),
                when_unless(
                    &["user_form_full"],
                    &["user_missing_domain", "same_refusal"],
                    "{provider} expects the whole e-mail address as the user name.",
                ),
                when_unless(
                    &["user_form_local"],
                    &["same_refusal"],
                    "{provider} expects only the part before the @ as the user name.",
                ),
                unless(
                    &["user_form_full", "user_form_local", "same_refusal"],
                    "Check the user name \"{user}\": some providers want the whole e-mail address, others only the part before the @.",
                ),
                unless(
                    &["same_refusal"],
                    "Make sure Caps Lock is off and type the password again.",
                ),
                unless(
                    &["same_refusal"],
                    "If the password was changed recently, enter the new one in the mail program too.",
                ),
                unless(
                    &["same_refusal"],
                    "Sign in to the webmail with the same user name and password. If that fails as well, reset the password with the provider.",
                ),
                when_unless(
                    &["microsoft"],
                    &["same_refusal"],
                    "If the password works in the webmail, Microsoft may have switched off password logins from mail programs for this mailbox: ask the administrator whether POP, IMAP and SMTP logins are allowed.",
                ),
            ],
        },
    ),
    (
        AuthAppPasswordRequired,
        Text {
            title: "An app password is needed",
            explanation: &[
                line(
                    "The account has two-step verification, so mail programs cannot use the normal password.",
                ),
                line("{provider} asks for a separate app password for each mail program."),
            ],
            fix: &[
                line("Create an app password at {app_password_url}."),
                unless(
                    &["app_password_url"],
                    "Create an app password in {provider}'s account security settings.",
                ),
                unless(
                    &["app_password_url", "provider"],
                    "Create an app password in the account security settings of the mail provider.",
                ),
                line(
                    "In the mail program, replace the normal password with the app password, for incoming and outgoing mail.",
                ),
                line("Check the mail again."),
            ],
        },
    ),
    (
        AuthBasicDisabled,
        Text {
            title: "Password sign-in is switched off for this account",
            explanation: &[
                line(
                    "The provider, or the organisation's administrator, has switched off plain password logins for mail programs on this account.",
                ),
                when(
                    &["microsoft"],
                    "Microsoft now expects mail programs to sign in through a browser window (modern authentication, OAuth2).",
                ),
            ],
            fix: &[
                line(
                    "Use a mail program that supports modern sign-in (OAuth2), such as a current Outlook or Thunderbird, and add the account again.",
                ),
                when(
                    &["microsoft"],
                    "For a work or school account, the administrator can switch POP and authenticated SMTP back on for this mailbox, if the organisation allows it.",
                ),
                unless(
                    &["microsoft"],
                    "For a work account, ask the administrator to allow POP and SMTP sign-in for this mailbox.",
                ),
            ],
        },
    ),
    (
        AuthWebLoginRequired,
        Text {
            title: "The provider wants a browser sign-in first",
            explanation: &[line(
                "The provider blocked this sign-in as unusual and wants the owner to confirm it in a web browser first.",
            )],
            fix: &[
                line("On this computer and this network, sign in to the webmail with a browser."),
                line("If a security alert says a sign-in was blocked, confirm that it was you."),
                line("Wait a few minutes and check the mail again."),
            ],
        },
    ),
    (
        Pop3Disabled,
        Text {
            title: "POP access is switched off for this account",
            explanation: &[
                line(
                    "The account exists, but downloading mail with POP is switched off in its settings.",
                ),
                line(
                    "Some providers, such as Gmail and Outlook.com, keep it off until the owner switches it on.",
                ),
            ],
            fix: &[
                line("Switch POP on in {provider}'s settings: {pop_settings_url}."),
                unless(
                    &["pop_settings_url"],
                    "Sign in to {provider}'s webmail and switch POP on in the settings (look for \"POP and IMAP\" or \"Forwarding and POP\").",
                ),
                unless(
                    &["pop_settings_url", "provider"],
                    "Sign in to the webmail and switch POP on in the settings (look for \"POP and IMAP\" or \"Forwarding and POP\").",
                ),
                line("Save the change, wait a few minutes and check the mail again."),
            ],
        },
    ),
    (
        ImapDisabled,
        Text {
            title: "IMAP access is switched off for this account",
            explanation: &[
                line(
                    "The password may well be right: the provider turned the sign-in away because this account is not allowed to read its mail with IMAP.",
                ),
                line(
                    "Some providers keep IMAP off until the owner switches it on; for a work or school address, the organisation's administrator may have switched it off for everybody.",
                ),
                when(&["alert"], "The server's own words: \"{alert}\"."),
            ],
            fix: &[
                line(
                    "Sign in to the webmail of {provider}, open the settings and switch IMAP access on (look for \"POP and IMAP\" or \"Forwarding and POP/IMAP\").",
                ),
                unless(
                    &["provider"],
                    "Sign in to the webmail, open the settings and switch IMAP access on (look for \"POP and IMAP\" or \"Forwarding and POP/IMAP\").",
                ),
                line(
                    "If the setting is missing or locked, ask the administrator of the e-mail domain to allow IMAP for this account.",
                ),
                line("Wait a few minutes after the change, then check the mail again."),
            ],
        },
    ),
    (
        PasswordExpired,
        Text {
            title: "The password has expired",
            explanation: &[
                line(
                    "The server {host} recognised the account, but its password is past its end date: no mail program may sign in with it until it is changed.",
                ),
                when(&["alert"], "The server's own words: \"{alert}\"."),
            ],
            fix: &[
                line(
                    "Sign in to the webmail (or the provider's account page) and set a new password when it asks for one.",
                ),
                line(
                    "Put the new password in the mail program on every device that uses this account.",
                ),
                line("Check the mail again."),
            ],
        },
    ),
    (
        AuthPlaintextDisallowed,
        Text {
            title: "The server takes passwords only over an encrypted connection",
            explanation: &[line(
                "The {role} {host} refuses to receive a password over an unencrypted connection, to protect it.",
            )],
            fix: &[
                when(
                    &["starttls_offered"],
                    "Change the security setting to STARTTLS: the server offers it on port {port}.",
                ),
                unless(
                    &["starttls_offered"],
                    "Change the security setting to SSL/TLS and the port to {tls_port}.",
                ),
                unless(
                    &["starttls_offered", "tls_port"],
                    "Switch on SSL/TLS or STARTTLS in the account settings, with the port the provider gives.",
                ),
                line("Check the mail again."),
            ],
        },
    ),
    (
        AuthRefusedInsecure,
        Text {
            title: "The password was not sent: the connection is not encrypted",
            explanation: &[
                line(
                    "The connection to {host} on port {port} is not encrypted, so this check did not send the password, to keep it safe.",
                ),
                line("The login has not been tested yet."),
            ],
            fix: &[
                when(
                    &["starttls_offered"],
                    "Change the security setting to STARTTLS: the server offers it.",
                ),
                unless(
                    &["starttls_offered"],
                    "Change the security setting to SSL/TLS and the port to {tls_port}.",
                ),
                unless(
                    &["starttls_offered", "tls_port"],
                    "Switch on SSL/TLS or STARTTLS, with the port the provider gives.",
                ),
                line(
                    "Only on a network you trust, and only if the provider offers no encryption at all, run the check again allowing an unencrypted password (--allow-plaintext-auth).",
                ),
            ],
        },
    ),
    (
        AuthMechanismUnsupported,
        Text {
            title: "The server does not let this program sign in with a password",
            explanation: &[
                unless(
                    &["reply"],
                    "The server {host} offers these sign-in methods: {mechanisms}. None of them takes a password.",
                ),
                when(
                    &["offered_refused"],
                    "The server {host} lists {mechanism} among its sign-in methods ({mechanisms}), yet refused it when it was used: \"{reply}\".",
                ),
                when(
                    &["offered_refused"],
                    "A server that refuses what it offers is set up wrongly, or something between this computer and the server changes the list. Your password and your settings are not the cause.",
                ),
                when_unless(
                    &["reply"],
                    &["offered_refused"],
                    "The server {host} refused the sign-in method {mechanism}: \"{reply}\".",
                ),
                unless(
                    &["mechanisms", "mechanism"],
                    "The server {host} does not accept the way this program signs in with a password.",
                ),
                when(
                    &["oauth"],
                    "It expects a sign-in through a browser window (OAuth2) instead.",
                ),
            ],
            fix: &[
                when(
                    &["oauth"],
                    "Use a mail program that supports OAuth2 sign-in, and add the account again.",
                ),
                when(
                    &["offered_refused"],
                    "Send the provider, or whoever runs {host}, the server's reply shown above: the server lists {mechanism} but refuses it.",
                ),
                when(
                    &["offered_refused"],
                    "Try again later: a server that is being changed can answer this way for a while.",
                ),
                unless(
                    &["offered_refused"],
                    "Check whether the provider offers app passwords for mail programs.",
                ),
                unless(
                    &["offered_refused"],
                    "If this is your organisation's server, ask the administrator which sign-in method to use.",
                ),
            ],
        },
    ),
    (
        SmtpAuthNotOffered,
        Text {
            title: "The outgoing server does not offer a login",
            explanation: &[
                line(
                    "The outgoing server {host} on port {port} does not offer a login, so it will not take your mail to send on.",
                ),
                when(
                    &["starttls_offered"],
                    "Many servers offer the login only after the connection is encrypted with STARTTLS.",
                ),
            ],
            fix: &[
                when(
                    &["starttls_offered"],
                    "Switch on STARTTLS for the outgoing server.",
                ),
                line(
                    "Use port 587 with STARTTLS, or port 465 with SSL/TLS, as the provider gives.",
                ),
                line("Make sure the outgoing server is set to require a login."),
            ],
        },
    ),
    (
        SmtpAuthRequired,
        Text {
            title: "The outgoing server needs a login",
            explanation: &[line(
                "The outgoing server {host} sends mail only for people who log in, and the mail program did not log in.",
            )],
            fix: &[
                line(
                    "In the outgoing server settings, tick the option that the outgoing server (SMTP) requires authentication.",
                ),
                line("Use the same user name and password as for incoming mail."),
                line("Send a test message to yourself."),
            ],
        },
    ),
    (
        TooManyLogins,
        Text {
            title: "Too many logins: the account is resting",
            explanation: &[
                line(
                    "The server {host} refused the login because the account signed in too often, or too many devices are connected at once.",
                ),
                line("It is usually temporary."),
            ],
            fix: &[
                line("Wait 15 to 30 minutes before trying again."),
                line(
                    "On every device that uses this account, make the mail program check for mail less often, every 10 minutes or more.",
                ),
                line("Close the mail program on devices that are not in use."),
            ],
        },
    ),
    (
        ReceiveOkSendFails,
        Text {
            title: "Receiving works, sending does not",
            explanation: &[
                line(
                    "The incoming server works, so the account itself is fine: the fault is only on the outgoing side.",
                ),
                when(
                    &["password_ok"],
                    "The same user name and password logged in to the incoming server, so the password is right, even though the outgoing server refused it.",
                ),
            ],
            fix: &[
                when(
                    &["password_ok", "microsoft"],
                    "Microsoft can switch off sending from mail programs (authenticated SMTP) for a mailbox: the administrator can switch it back on.",
                ),
                when_unless(
                    &["password_ok"],
                    &["microsoft"],
                    "The provider may have switched off sending from mail programs for this mailbox: check the account's settings or ask the provider.",
                ),
                when(
                    &["password_ok"],
                    "Check the user name set for the outgoing server: it usually has to be the whole e-mail address.",
                ),
                when(
                    &["port25"],
                    "Use port 587 with STARTTLS instead of port 25.",
                ),
                when_unless(
                    &["other_title"],
                    &["password_ok"],
                    "Follow the finding \"{other_title}\" about the outgoing server.",
                ),
                unless(
                    &["port25"],
                    "Use port 587 with STARTTLS, or port 465 with SSL/TLS, as the provider gives.",
                ),
            ],
        },
    ),
    // ----------------------------------------------------------------- Mailbox
    (
        MailboxInUse,
        Text {
            title: "The mailbox is busy with another device",
            explanation: &[line(
                "Another device or program is downloading from this mailbox right now, and the server lets only one do that at a time.",
            )],
            fix: &[
                line(
                    "Close the mail program on the other computers, phones and tablets that use this account.",
                ),
                line("Wait a few minutes and check the mail again."),
                line("If it keeps happening, make the devices check for mail less often."),
            ],
        },
    ),
    (
        ServerTemporaryFailure,
        Text {
            title: "The server has a temporary problem",
            explanation: &[
                line("The {role} {host} reported a temporary problem on its side."),
                line("The settings are not the cause."),
            ],
            fix: &[
                line("Wait 15 to 30 minutes and try again."),
                line("Check the provider's status page or news for an outage."),
            ],
        },
    ),
    (
        ServerPermanentFailure,
        Text {
            title: "The server refuses to serve this account",
            explanation: &[line(
                "The {role} {host} reported a permanent problem on its side: trying again will not help.",
            )],
            fix: &[
                line(
                    "Sign in to the webmail and look for a notice about the account, such as a suspension.",
                ),
                line("Contact the provider and read them the server's message shown below."),
            ],
        },
    ),
    (
        MailboxEmpty,
        Text {
            title: "The mailbox on the server is empty",
            explanation: &[
                line("The login worked, and the server holds no messages right now."),
                line(
                    "If mail is missing, another device may have downloaded it and removed it from the server.",
                ),
            ],
            fix: &[
                line(
                    "On every device that uses this account, switch on the option to leave a copy of messages on the server.",
                ),
                line("Look for the missing messages in the webmail, including the spam folder."),
            ],
        },
    ),
    (
        NoUidl,
        Text {
            title: "The server cannot keep track of downloaded messages",
            explanation: &[
                line(
                    "The server {host} does not give messages lasting identifiers (UIDL), so mail programs cannot tell which ones they already downloaded.",
                ),
                line(
                    "With the option to leave a copy on the server switched on, the same messages may arrive again and again.",
                ),
            ],
            fix: &[
                line("Tell the provider, or whoever runs the server."),
                line(
                    "Until then, keep the mail on one device only, and switch off leaving a copy on the server there.",
                ),
            ],
        },
    ),
    // ---------------------------------------------------------------- Outgoing
    (
        SmtpRelayDenied,
        Text {
            title: "The outgoing server will not pass this message on",
            explanation: &[line(
                "The outgoing server {host} refused to deliver mail to this recipient for this account.",
            )],
            fix: &[
                line(
                    "Make sure the outgoing server is set to require a login, with the same user name and password as for incoming mail.",
                ),
                line("Check that the sender address is the account's own address."),
                line("If both are right, contact the provider."),
            ],
        },
    ),
    (
        SmtpSenderRejected,
        Text {
            title: "The sender address is not allowed",
            explanation: &[line(
                "The outgoing server {host} does not let this account send with that sender address.",
            )],
            fix: &[
                line("Set the sender address in the account to the account's own e-mail address."),
                line(
                    "To send as another address, first ask the provider or the administrator for permission to send as that address.",
                ),
            ],
        },
    ),
    (
        SmtpSendingLimit,
        Text {
            title: "The account reached its sending limit",
            explanation: &[line(
                "The provider is refusing more mail from this account for now: it sent too many messages, or to too many recipients at once.",
            )],
            fix: &[
                line("Wait for the limit to reset, often after 24 hours."),
                line("Send to fewer recipients at a time."),
                line(
                    "If the account did not send that much, someone else may be using it: change the password and look in the sent folder.",
                ),
            ],
        },
    ),
    (
        SmtpBlocklisted,
        Text {
            title: "The internet address is on a spam blocklist",
            explanation: &[
                unless(
                    &["client_address", "server_address"],
                    "The outgoing server {host} refused the mail because the internet address in use, or the server itself, is on a spam blocklist.",
                ),
                unless(
                    &["host", "client_address", "server_address"],
                    "This computer's internet address, or the outgoing server's, is on a spam blocklist.",
                ),
                line(
                    "This computer's public internet address, {client_address}, is listed on the spam blocklist {client_zones}.",
                ),
                line(
                    "The outgoing server's address, {server_address}, is listed on the spam blocklist {server_zones}: other servers may refuse the mail it passes on.",
                ),
                line("The list gives this reason: \"{listing}\"."),
                when(
                    &["policy_listing"],
                    "This kind of listing only says that the address belongs to a home or mobile connection, which should not deliver mail straight to other servers. Sending through the provider's server on port 587, with a login, is not affected.",
                ),
            ],
            fix: &[
                line("Send through the provider's own outgoing server on port 587, with a login."),
                unless(
                    &["policy_listing"],
                    "Check the computers on this network for malware that sends spam.",
                ),
                unless(
                    &["client_address", "server_address"],
                    "Ask to be removed from the blocklist named in the server's message below, or ask the internet provider for help.",
                ),
                when_unless(
                    &["client_address"],
                    &["policy_listing"],
                    "Once the cause is fixed, ask {client_zones} to remove {client_address}: its web site explains how. The internet provider can help too.",
                ),
                line(
                    "Tell the mail provider that its server {server_address} is on the blocklist {server_zones}.",
                ),
            ],
        },
    ),
    (
        SmtpHeloRejected,
        Text {
            title: "The outgoing server rejected this computer's name",
            explanation: &[line(
                "When it connects, the mail program introduces itself with a name, and {host} refused that name as invalid.",
            )],
            fix: &[
                line(
                    "In the mail program's advanced settings, set a full name for this computer, such as the domain of your e-mail address.",
                ),
                line(
                    "Or send through the provider's submission port 587 with a login, which usually does not check that name.",
                ),
            ],
        },
    ),
    (
        SmtpServerBusy,
        Text {
            title: "The outgoing server is busy",
            explanation: &[line(
                "The outgoing server {host} is overloaded or under maintenance, or too many connections come from this address.",
            )],
            fix: &[
                line("Wait a few minutes and try again."),
                line("Close other mail programs that send through this account."),
            ],
        },
    ),
    (
        WrongPortForSubmission,
        Text {
            title: "Port 25 is for servers, not for sending your mail",
            explanation: &[
                line(
                    "The outgoing server is set to port {port}, where {host} passes mail between servers and offers no login for people.",
                ),
                line("Mail programs should send on port 587 or 465."),
            ],
            fix: &[
                line("Change the outgoing port to 587, with STARTTLS."),
                line("Or use port 465, with SSL/TLS."),
                line(
                    "Make sure the outgoing server is set to require a login, with the same user name and password as for incoming mail.",
                ),
            ],
        },
    ),
    // ------------------------------------------------------------------ Domain
    (
        SpfMissing,
        Text {
            title: "The domain {domain} has no SPF record",
            explanation: &[
                line(
                    "Receiving servers read a domain's SPF record to learn which servers may send mail for {domain}.",
                ),
                line("Without it, mail from {domain} may be refused or land in spam."),
            ],
            fix: &[
                line(
                    "In the domain's DNS settings, add one TXT record starting with v=spf1, with the include that the mail provider documents.",
                ),
                line("The provider's instructions are at {help_url}."),
            ],
        },
    ),
    (
        SpfInvalid,
        Text {
            title: "The SPF record of {domain} is broken",
            explanation: &[
                line(
                    "{domain} publishes {spf_records} SPF records, and receivers treat more than one as an error.",
                ),
                line(
                    "Checking the SPF record of {domain} takes {lookups} DNS look-ups, more than the ten receivers allow.",
                ),
                unless(
                    &["spf_records", "lookups"],
                    "The SPF record of {domain} has an error, so receivers cannot use it.",
                ),
                line(
                    "A domain must have exactly one SPF record, and checking it may take at most ten DNS look-ups. Otherwise receivers ignore it, and mail may be refused or land in spam.",
                ),
            ],
            fix: &[
                when(
                    &["spf_records"],
                    "Merge all SPF records of {domain} into a single TXT record starting with v=spf1.",
                ),
                when(
                    &["lookups"],
                    "Remove includes that are no longer needed, so the record stays within ten look-ups.",
                ),
                unless(
                    &["spf_records", "lookups"],
                    "Correct the SPF record of {domain} in the domain's DNS settings: the problems found are listed below.",
                ),
            ],
        },
    ),
    (
        DmarcMissing,
        Text {
            title: "The domain {domain} has no working DMARC record",
            explanation: &[
                line(
                    "{domain} publishes {dmarc_records} DMARC records, so receivers apply none of them.",
                ),
                when(
                    &["dmarc_invalid"],
                    "The DMARC record of {domain} has an error, so receivers ignore it.",
                ),
                line(
                    "Large receivers such as Gmail and Yahoo expect a DMARC record for the sending domain.",
                ),
                line("Without it, mail from {domain} may land in spam."),
            ],
            fix: &[
                when(
                    &["dmarc_records"],
                    "Keep a single TXT record named _dmarc.{domain} and delete the others.",
                ),
                line(
                    "Publish a TXT record named _dmarc.{domain}, for example: v=DMARC1; p=none; rua=mailto:postmaster@{domain}.",
                ),
                line("Once reports show that all your mail passes, make the policy stricter."),
            ],
        },
    ),
    (
        DkimNotFound,
        Text {
            title: "Mail from {domain} is not signed (DKIM)",
            explanation: &[
                line(
                    "No DKIM key was found for {domain}, so receivers cannot check that its mail really comes from it.",
                ),
                line("The key was looked for under these names (selectors): {selector}."),
                line("A key was published under {dkim_revoked}, but it has been withdrawn."),
                when(
                    &["selectors_guessed"],
                    "The mail provider is not known, so only a few names in common use were tried: the key may well exist under another name, and this is only a hint.",
                ),
            ],
            fix: &[
                when(
                    &["selectors_guessed"],
                    "Ask the mail provider which selector name its DKIM signatures use, and check that name.",
                ),
                line("Switch on DKIM signing in the mail provider's admin settings."),
                line("Publish the DKIM key it gives you in the domain's DNS settings."),
            ],
        },
    ),
    (
        MxMismatch,
        Text {
            title: "The domain's mail goes to another provider",
            explanation: &[
                line(
                    "Mail for {domain} is delivered to {mx_host}, not to the servers set in the mail program.",
                ),
                line("That server belongs to {mx_provider}."),
                line(
                    "This often happens after moving mail to a new provider while the mail program still points at the old one.",
                ),
            ],
            fix: &[
                line("Use the incoming and outgoing servers of {mx_provider}."),
                unless(
                    &["mx_provider"],
                    "Use the servers of the provider that runs {mx_host}.",
                ),
                line("Ask whoever manages the domain which provider handles its mail."),
            ],
        },
    ),
    // ---------------------------------------------------------------- Settings
    (
        HostNearMiss,
        Text {
            title: "Did you mean {suggestion} instead of {host}?",
            explanation: &[
                line(
                    "The {role} is set to {host}, which is only a letter or two away from {suggestion}, a known mail server name.",
                ),
                line(
                    "Such a small typing mistake is easy to miss, and the mail program then talks to the wrong server, or to none at all.",
                ),
            ],
            fix: &[
                line(
                    "In the account settings, change the server name to {suggestion}, checking it letter by letter.",
                ),
                line("The provider's settings page is {help_url}."),
            ],
        },
    ),
    (
        UsernameFormMismatch,
        Text {
            title: "The user name should be {expected_user}",
            explanation: &[
                unless(
                    &["provider", "from_autoconfig"],
                    "The mail program signs in as {user}, but this provider expects the user name {expected_user}.",
                ),
                when_unless(
                    &["provider"],
                    &["from_autoconfig"],
                    "The mail program signs in as {user}, but {provider} expects the user name {expected_user}.",
                ),
                when(
                    &["from_autoconfig"],
                    "The mail program signs in as {user}, but the settings published for this address ask for the user name {expected_user}.",
                ),
                when(
                    &["login_failed"],
                    "The server refused the sign-in, most likely because of this.",
                ),
                unless(
                    &["login_failed"],
                    "Most providers refuse the sign-in when the user name has the wrong form, even with the right password.",
                ),
            ],
            fix: &[
                line(
                    "In the account settings, change the user name to {expected_user}, exactly as written here.",
                ),
                line("Keep the same password."),
                line("The provider's settings page is {help_url}."),
            ],
        },
    ),
    (
        Pop3NotOffered,
        Text {
            title: "There is no POP3 service for this account",
            explanation: &[
                line(
                    "{provider} does not offer POP3 at all: its mail can only be read with IMAP, or in its own app and webmail.",
                ),
                when_unless(
                    &["from_srv"],
                    &["provider"],
                    "The domain {domain} states in its DNS records (SRV) that it offers no POP3 service.",
                ),
                unless(
                    &["provider", "from_srv"],
                    "This provider does not offer POP3: its mail can only be read with IMAP.",
                ),
                line(
                    "So the incoming server {host}, set up for POP3, cannot work, whatever else is changed.",
                ),
            ],
            fix: &[
                line(
                    "Set the account up again with IMAP instead of POP3: most mail programs find the IMAP settings by themselves from the e-mail address.",
                ),
                line("The provider's settings page is {help_url}."),
            ],
        },
    ),
    (
        Pop3AndImapOffered,
        Text {
            title: "Only one of POP3 and IMAP was checked",
            explanation: &[
                line("{provider} offers two ways to fetch mail: POP3 and IMAP."),
                unless(
                    &["provider"],
                    "This provider offers two ways to fetch mail: POP3 and IMAP.",
                ),
                when(&["checked_pop3"], "This check used POP3, on {host}."),
                when(&["checked_imap"], "This check used IMAP, on {host}."),
                line(
                    "POP3 downloads the mail to one device and usually removes it from the server, so other devices no longer see it.",
                ),
                line(
                    "IMAP keeps the mail on the server, so the phone, the computer and the webmail all see the same folders.",
                ),
            ],
            fix: &[
                when(
                    &["checked_pop3"],
                    "To check IMAP too, run the check again with --incoming both (or --incoming imap for IMAP alone).",
                ),
                when(
                    &["checked_imap"],
                    "To check POP3 too, run the check again with --incoming both (or --incoming pop3 for POP3 alone).",
                ),
                line(
                    "Choose IMAP when you read mail on more than one device, POP3 when the mail should live only on this computer.",
                ),
            ],
        },
    ),
    (
        Oauth2Only,
        Text {
            title: "This provider does not accept a password from mail programs",
            explanation: &[
                when_unless(
                    &["provider"],
                    &["from_autoconfig"],
                    "{provider} has switched off signing in with a password from mail programs: only programs that sign in through {provider}'s own login page (OAuth2) can connect.",
                ),
                when(
                    &["from_autoconfig"],
                    "The settings published for this address allow only one way of signing in: through the provider's own login page (OAuth2), not with a password typed into the mail program.",
                ),
                unless(
                    &["provider", "from_autoconfig"],
                    "This provider has switched off signing in with a password from mail programs: only programs that sign in through the provider's own login page (OAuth2) can connect.",
                ),
                when(
                    &["login_failed"],
                    "That is why the server refused the sign-in, even if the password is right.",
                ),
            ],
            fix: &[
                line(
                    "Use a mail program that can sign in with OAuth2 (for example Thunderbird, Outlook or Apple Mail), and choose the sign-in through the provider's page when it asks.",
                ),
                when(
                    &["microsoft"],
                    "In a company or school account, the administrator can also allow sign-in with a password (SMTP AUTH) for this mailbox.",
                ),
                line("The provider's settings page is {help_url}."),
            ],
        },
    ),
    // ---------------------------------------------------------------- Connection behaviour
    (
        WrongProtocolOnPort,
        Text {
            title: "Port {port} of {host} speaks {answered}, not {intended}",
            explanation: &[
                line(
                    "The {role} is set to {host} on port {port}, but what answers there is {answered}, not {intended}: that port belongs to another service.",
                ),
                when(
                    &["answered_sending"],
                    "SMTP is the protocol for sending mail: this port belongs to an outgoing server.",
                ),
                when(
                    &["answered_receiving"],
                    "{answered} is a protocol for receiving mail: this port belongs to an incoming server.",
                ),
                when(
                    &["swapped", "other_role"],
                    "The {other_role} got the answer this one expects, so the settings of the two servers look swapped.",
                ),
                unless(
                    &["swapped"],
                    "Most often the incoming and outgoing settings were mixed up, or a port was copied from the wrong line of the provider's instructions.",
                ),
            ],
            fix: &[
                when(
                    &["swapped"],
                    "Exchange the settings of the incoming and outgoing servers: server name, port and security.",
                ),
                line(
                    "For {intended}, the standard ports are {standard_ports}: use the one the provider gives.",
                ),
                when(
                    &["imap"],
                    "If you meant to use IMAP, choose IMAP as the account type in the mail program (port 993 with SSL/TLS or 143 with STARTTLS) instead of POP3.",
                ),
                line("The provider's settings page is {help_url}."),
            ],
        },
    ),
    (
        ServerNotResponding,
        Text {
            title: "{host} accepts the connection on port {port} but does not answer",
            explanation: &[
                unless(
                    &["stopped_at", "tls_handshake"],
                    "The connection to {host} on port {port} opened, but then the server did not send a single byte: no greeting came before the time limit.",
                ),
                when(
                    &["tls_handshake"],
                    "The connection to {host} on port {port} opened, but the server never answered the request to start encryption (SSL/TLS).",
                ),
                when(
                    &["stopped_at"],
                    "The server answered at first, then stopped answering at the {stopped_at} step and sent nothing more before the time limit.",
                ),
                line(
                    "Something accepts the connection without passing it on: an antivirus \"mail shield\" or a firewall, a proxy, an overloaded server, or a service that waits for the other side to speak first.",
                ),
            ],
            fix: &[
                line("Try again in a few minutes."),
                line(
                    "Try from another network, for example the phone's hotspot: if it works there, the local antivirus, firewall or network is in the way.",
                ),
                line("Switch off the antivirus's e-mail scanning for a moment and test again."),
                line(
                    "Check the port and the security setting against the provider's instructions.",
                ),
                line("The provider's settings page is {help_url}."),
            ],
        },
    ),
    (
        NotAMailServer,
        Text {
            title: "What answers on port {port} of {host} is not a mail server",
            explanation: &[
                line(
                    "The server {host} answered on port {port} with data that is not a mail protocol at all (binary data, no lines of text).",
                ),
                line("It began with \"{peer_bytes}\"."),
                line(
                    "The name and port reach something else: another service, a device, or a login page of the network.",
                ),
            ],
            fix: &[
                line(
                    "Check the server name and the port letter by letter against the provider's instructions.",
                ),
                line("{provider} gives the server name {documented_host}."),
                line(
                    "If you are on a hotel, airport or guest network, open a web page first: it may ask you to sign in before anything else works.",
                ),
                line("The provider's settings page is {help_url}."),
            ],
        },
    ),
    (
        ConnectionClosedByServer,
        Text {
            title: "{host} closed the connection without saying why",
            explanation: &[
                when(
                    &["at_once"],
                    "The server {host} accepted the connection on port {port} and closed it at once, before saying anything.",
                ),
                when(
                    &["during_tls"],
                    "The server {host} closed the connection on port {port} while encryption (SSL/TLS) was being set up. Either the port does not use SSL/TLS, or the server only speaks old versions of it.",
                ),
                when_unless(
                    &["closed_at"],
                    &["at_once", "during_tls"],
                    "The server {host} closed the connection in the middle of the session, at the {closed_at} step, without a reply that explains it.",
                ),
                line(
                    "Servers do this when one address or one account opens too many connections, after several failed logins (the address is blocked for a while), or when an antivirus or proxy cuts the session.",
                ),
            ],
            fix: &[
                line("Wait a few minutes and try once more."),
                line(
                    "Close the other mail programs and devices that use this account, then try again.",
                ),
                line("Try from another network, for example the phone's hotspot."),
                when(
                    &["during_tls"],
                    "Check the security setting: port {port} may need STARTTLS or no encryption rather than SSL/TLS.",
                ),
                line("If it keeps happening, ask the provider whether your address is blocked."),
            ],
        },
    ),
    (
        ServerReplyInvalid,
        Text {
            title: "{host} sent a reply that breaks the mail protocol",
            explanation: &[
                unless(
                    &["bad_at"],
                    "The server {host} on port {port} answered with something the mail protocol does not allow.",
                ),
                when(
                    &["bad_at"],
                    "At the {bad_at} step, the server {host} on port {port} answered with something the mail protocol does not allow.",
                ),
                when(
                    &["too_long"],
                    "The answer was far longer than any mail server sends.",
                ),
                when(&["incomplete"], "Data came, but never a complete answer."),
                line("It said \"{peer_bytes}\"."),
                line(
                    "The server, or something between this computer and the server, is broken or is not the expected service.",
                ),
            ],
            fix: &[
                line(
                    "Check the server name, port and security against the provider's instructions.",
                ),
                line(
                    "Try from another network, to rule out an antivirus or proxy that changes the traffic.",
                ),
                line(
                    "If the settings are right, send the provider the transcript of this check (the Markdown report or the output of mailtriage check --json).",
                ),
            ],
        },
    ),
    (
        ServerBusy,
        Text {
            title: "The server {host} turned the connection away",
            explanation: &[
                line(
                    "The {role} {host} answered, but refused to serve this connection before any sign-in: it is overloaded, restarting for maintenance, or allows only a few connections from one address or one account.",
                ),
                line("Nothing is wrong with the settings or the password as far as this shows."),
                when(&["reply"], "The server said: \"{reply}\"."),
            ],
            fix: &[
                line("Wait a few minutes, then check the mail again."),
                line(
                    "Close the mail program on other computers and phones that use this account, and make the remaining ones check for mail less often.",
                ),
                line(
                    "If it lasts more than an hour, ask the provider whether the server has a problem.",
                ),
            ],
        },
    ),
    (
        PreauthSession,
        Text {
            title: "The server let the connection in without a password",
            explanation: &[
                line(
                    "The {role} {host} treated this connection as already signed in from its first line (IMAP PREAUTH), so the password was never asked for and is not tested.",
                ),
                line(
                    "Servers do this on purpose for connections they trust, such as those from their own network; a mail program elsewhere will still have to sign in.",
                ),
            ],
            fix: &[
                line("Nothing to fix if this set-up is intended."),
                line(
                    "To test the password, run the check from the network the mail program really uses.",
                ),
            ],
        },
    ),
    (
        LoginNotTested,
        Text {
            title: "The login to {host} was not tested",
            explanation: &[
                when(
                    &["password_given", "no_user"],
                    "A password was given but no user name, so the login was skipped.",
                ),
                when_unless(
                    &["no_password"],
                    &["no_user"],
                    "No password was given, so the login was skipped.",
                ),
                when_unless(
                    &["no_user"],
                    &["password_given"],
                    "No user name or password was given, so the login was skipped.",
                ),
                line(
                    "The connection to the {role} works, but whether the account can sign in is still unknown.",
                ),
            ],
            fix: &[
                line(
                    "Give the user name (with --user) and the password (asked for, or with --password-env), then run the check again.",
                ),
                line(
                    "The user name is usually the whole e-mail address; the provider's instructions say which.",
                ),
            ],
        },
    ),
    (
        UnexplainedFailure,
        Text {
            title: "The {step} step failed; the cause is not certain",
            explanation: &[
                line(
                    "The {step} step with the {role} failed, and none of the known causes fits what happened.",
                ),
                when(&["reply"], "The server answered \"{reply}\"."),
                when(
                    &["timeout"],
                    "The server did not answer before the time limit.",
                ),
                when(&["closed"], "The server closed the connection."),
                when(&["reset"], "The connection was cut off abruptly (reset)."),
                when(
                    &["tls_failed"],
                    "The encrypted connection (SSL/TLS) could not be set up.",
                ),
                when(
                    &["declined"],
                    "mailtriage did not do this step itself, to protect the password.",
                ),
                when(
                    &["apop_refused"],
                    "The server refused the APOP login. It also offers other ways to log in, and APOP often needs a separate secret on the server, so this does not prove the password is wrong.",
                ),
                when(&["detail"], "In technical terms: \"{detail}\"."),
            ],
            fix: &[
                line(
                    "Check the server name, port and security against the provider's instructions.",
                ),
                when(
                    &["apop_refused"],
                    "Sign in to the webmail with the same password: if that works, the password is right and the problem is APOP on the server.",
                ),
                line("Try again in a few minutes, and from another network if you can."),
                line(
                    "If it keeps failing, send the provider the transcript of this check (the Markdown report or the output of mailtriage check --json).",
                ),
            ],
        },
    ),
];
