# mailtriage's words in English. Keys are stable; a translation defines every key of this file
# and may use only the variables the English text uses. See the README, "Adding a language".

## ==== section: general ====
## General words shared by every part of the product.

language-name = English

days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}

## Words for the values texts show: dates, lengths of time, lists, security modes, the
## servers by role, and the steps of a check named in words ("the { $step } step").

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# $month: a month-N word; $time: hours and minutes, 14:02.
date-time = { $month } { $day }, { $year }, { $time } UTC

duration-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
duration-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}

# "a, b and c", "2 hours and 30 minutes": $rest is everything before the last item.
list-and = { $rest } and { $last }

security-tls = SSL/TLS
security-starttls = STARTTLS
security-none = none

server-role-network = network
server-role-incoming = incoming mail server
server-role-outgoing = outgoing mail server

named-step-dns = name look-up (DNS)
named-step-tcp = connection
named-step-tls = encryption (TLS)
named-step-greeting = greeting
named-step-capa = capability list (CAPA)
named-step-stls = switch to encryption (STLS)
named-step-ehlo = introduction (EHLO)
named-step-starttls = switch to encryption (STARTTLS)
named-step-login = login
named-step-stat = mailbox check (STAT)
named-step-uidl = message list (UIDL)
named-step-mail-from = sender check (MAIL FROM)
named-step-rcpt-to = recipient check (RCPT TO)
named-step-rset = reset (RSET)
named-step-quit = goodbye (QUIT)
named-step-route = network route
named-step-proxy = proxy
named-step-resolver = name service (DNS resolver)
named-step-reach = internet reachability
named-step-clock = clock
named-step-mx = mail domain (MX)
named-step-spf = SPF record
named-step-dmarc = DMARC record
named-step-dkim = DKIM key
named-step-dnsbl = blocklist

## ==== end of section: general ====


## ==== section: findings ====
## Findings: titles, explanations and fixes (crates/core/src/diagnose), working settings,
## provider notes, port-scan verdicts.

finding-no-network = This computer is not connected to the internet
    .why-1 = Every attempt to look up a server or to open a connection failed, because there is no way out of this computer to the internet.
    .why-2 = The mail servers are not the problem: nothing can get out at the moment.
    .fix-1 = Check that the network cable is plugged in, or that Wi-Fi is switched on and connected.
    .fix-2 = Open any web page to see whether the internet works at all.
    .fix-3 = Restart the router: unplug it, wait thirty seconds and plug it back in.
    .fix-4 = If there is still no internet, call the internet provider.

finding-dns-resolver-down = Server names cannot be looked up
    .why-1 = This computer could not turn any server name into an address: the name service (DNS) it relies on did not answer.
    .why-2 = A direct connection to the address { $address } worked, so the network is up and only the name look-ups fail.
    .why-3-unless-address = Either that name service is failing, or the computer is not connected at all.
    .fix-1 = Open a web page by its name, for example a news site, to see whether other programs have the same problem.
    .fix-2 = Restart the router, which also restarts the name service it provides.
    .fix-3 = If the problem stays, set this computer to use a public name service (for example 1.1.1.1 or 8.8.8.8), or call the internet provider.

finding-dns-not-found = The server name { $host } does not exist
    .why-1 = The name { $host } is not registered on the internet, so the mail program cannot find the server.
    .why-2 = Almost always this is a typing mistake in the server name.
    .fix-1 = Did you mean { $suggestion }? Correct the server name in the account settings.
    .fix-2 = { $provider } gives the server name { $documented_host }: type exactly that.
    .fix-3-unless-suggestion-documented_host = Compare the server name letter by letter with the provider's instructions, and look for extra spaces or a missing dot.
    .fix-4 = The provider's settings page is { $help_url }.

finding-tcp-refused = Nothing answers on port { $port } of { $host }
    .why-1 = The server { $host } exists, but it turned the connection away on port { $port }: no mail service is listening on that port.
    .why-2 = Usually the port number in the settings is wrong; sometimes the service is down.
    .why-3 = On the same server these ports did answer: { $open_ports }.
    .fix-1 = Compare the port with the provider's instructions. The usual ones are 995 with SSL/TLS for receiving, and 587 with STARTTLS or 465 with SSL/TLS for sending.
    .fix-2 = The provider's settings page is { $help_url }.
    .fix-3 = If the port is right, the service may be down: wait a while, or check the provider's status page.

finding-tcp-timeout = No answer from { $host } on port { $port }
    .why-1 = The connection to { $host } on port { $port } got no answer at all.
    .why-2 = Something between this computer and the server is silently blocking it: a firewall, an antivirus program, a company or public network, a VPN or the internet provider. Less often, the server is down.
    .why-3-when-port25 = Many internet providers block port 25 on home connections to stop spam.
    .why-4 = On the same server these ports did answer: { $open_ports }. So the server is up and only this port is blocked.
    .fix-1-when-port25 = For sending, use port 587 with STARTTLS, or port 465 with SSL/TLS, instead of port 25.
    .fix-2 = Try from a different network, for example the phone's hotspot. If it works there, the block is on the usual network.
    .fix-3 = Check the firewall and the antivirus, and allow the mail program to connect.
    .fix-4 = If a VPN is on, switch it off for a moment and try again.

finding-port-25-blocked = Port 25 is blocked on this network
    .why-1 = Port 25 of { $host } gets no answer, while the sending ports of the same server do answer.
    .why-2 = Internet providers often block port 25 for home and mobile connections to stop spam. Port 25 is meant for servers passing mail to each other, not for people sending it.
    .fix-1 = In the outgoing server settings, change the port to 587 and the security to STARTTLS.
    .fix-2 = Or use port 465 with SSL/TLS.
    .fix-3 = Make sure the outgoing server is set to require a login, with the same user name and password as for incoming mail.

finding-ipv6-broken = IPv6 connections to { $host } fail
    .why-1 = The server { $host } can be reached over both kinds of internet address. The newer kind, IPv6, fails on this network, while the usual kind, IPv4, works.
    .why-2 = Some mail programs wait a long time on IPv6 before trying IPv4, which looks like the program hangs.
    .why-3-when-local_host = The server runs on this computer itself, so the router plays no part: the mail service listens only on the IPv4 address, not on the IPv6 one.
    .fix-1-unless-local_host = Restart the router and try again.
    .fix-2-unless-local_host = If it keeps happening, ask the internet provider to fix IPv6, or switch IPv6 off on the router.
    .fix-3-unless-local_host = As a workaround, set this computer to prefer IPv4.
    .fix-4-when-local_host = Use the address 127.0.0.1 as the server name instead of { $host }, or set the mail service on this computer to listen on IPv6 (::1) too.

finding-clock-skew = This computer's date or time is wrong
    .why-1 = This computer's clock says { $now }.
    .why-2-when-clock_behind = A time server gives the correct time as { $correct_time }: this computer's clock is about { $offset } behind.
    .why-3-when-clock_ahead = A time server gives the correct time as { $correct_time }: this computer's clock is about { $offset } ahead.
    .why-4-unless-offset = Every server's security certificate looks out of date in the same way, which is what happens when the local clock is wrong, not the servers.
    .why-5-when-clock_behind-unless-offset = The clock seems to be behind the real date.
    .why-6-when-clock_ahead-unless-offset = The clock seems to be ahead of the real date.
    .why-7 = That is why the security certificate of { $explained_hosts } looks out of date: at the correct time it is valid.
    .why-8-unless-offset = With a wrong date, every secure connection fails, and mail cannot come in or go out.
    .why-9-when-explained_hosts = With a wrong date, every secure connection fails, and mail cannot come in or go out.
    .why-10-when-offset-unless-explained_hosts = Secure connections check the date, so a wrong clock makes them fail sooner or later.
    .why-11 = Even at the correct time, the security certificate of { $unexplained_hosts } is out of date: check the mail again once the clock is right, and that problem will show on its own.
    .fix-1 = Open the computer's date and time settings.
    .fix-2 = Turn on setting the time and the time zone automatically.
    .fix-3 = Check that the day, month and year are right.
    .fix-4 = If the date is wrong again after restarting, the computer's clock battery may be flat: set the date by hand and have the battery replaced.
    .fix-5 = Check the mail again.

finding-tls-intercepted = Something is intercepting the secure connection
    .why-1 = The certificate shown for { $host } was issued by "{ $issuer }", not by a public certificate authority.
    .why-2 = That is typical of an antivirus e-mail shield, or of a company network that opens secure connections to inspect them. The mail program cannot trust it.
    .fix-1 = If an antivirus is installed, turn off its e-mail or SSL scanning, or add an exception for the mail program.
    .fix-2 = On a company network, ask the IT department about it.
    .fix-3 = Check the mail again.

finding-tls-on-plaintext-port = SSL/TLS is switched on for a port that does not use it
    .why-1 = The mail program started an encrypted connection straight away, but port { $port } of { $host } answered in plain text.
    .why-2 = The server answered "{ $peer_bytes }" instead of starting encryption.
    .why-3 = This port expects a plain connection first, which is then secured with STARTTLS.
    .fix-1 = Change the security setting to STARTTLS and keep port { $plain_port }.
    .fix-2 = Or keep SSL/TLS and change the port to { $tls_port }.
    .fix-3 = Do not switch the encryption off: the password would travel unprotected.

finding-plaintext-on-tls-port = Port { $port } needs SSL/TLS switched on
    .why-1 = Port { $port } of { $host } expects an encrypted connection (SSL/TLS) from the very first moment.
    .why-2 = The mail program connected without encryption and waited for a greeting that never comes.
    .fix-1 = Change the security setting to SSL/TLS and keep port { $port }.
    .fix-2 = Or keep the current setting and change the port to { $plain_port }, with STARTTLS.

finding-starttls-not-offered = The server does not offer STARTTLS
    .why-1 = The account is set to secure the connection with STARTTLS, but { $host } on port { $port } does not offer it, or refuses it when asked.
    .why-2 = Many servers offer encryption only on their SSL/TLS port.
    .why-3 = But if the provider says STARTTLS works on this port, something between this computer and the server is removing it: an antivirus e-mail shield, a firewall, or someone on the network trying to read the mail and the password.
    .fix-1 = Change the security setting to SSL/TLS and the port to { $tls_port }.
    .fix-2-unless-tls_port = Change the security setting to SSL/TLS, with the port the provider gives for it.
    .fix-3 = Do not switch the encryption off to make it work: the password would travel unprotected.
    .fix-4 = If the provider confirms STARTTLS on this port, try from another network and check the antivirus and the firewall.

finding-starttls-failed = The secure connection failed after STARTTLS
    .why-1 = The server { $host } agreed to switch to encryption, but the secure connection could not be set up.
    .why-2 = The server may be outdated. Or something between this computer and the server is stopping the encryption: an antivirus e-mail shield, a firewall, or someone on the network trying to read the mail and the password.
    .fix-1 = Try SSL/TLS on port { $tls_port } instead.
    .fix-2-unless-tls_port = Try SSL/TLS instead, with the port the provider gives for it.
    .fix-3 = Do not switch the encryption off to make it work: the password would travel unprotected.
    .fix-4 = Try from another network, and switch off the antivirus e-mail scanning for a moment.
    .fix-5 = If it keeps failing, tell the provider.

finding-starttls-injection = Data was slipped into the switch to encryption
    .why-1 = The server { $host } agreed to switch to encryption (STARTTLS), but more data came in plain text before the encryption started.
    .why-2 = A correct server sends nothing at that moment. Something on the network path, or the server itself, inserted data into the switch: the kind of attack known as STARTTLS command injection (CVE-2011-0411).
    .why-3 = This program discarded that data, but a mail program with that flaw could take it as if it had come over the encrypted connection.
    .fix-1-when-tls_port = Use SSL/TLS from the first byte (port { $tls_port }) instead of STARTTLS: then there is no plain-text moment to slip data into.
    .fix-2-unless-tls_port = Use SSL/TLS from the first byte instead of STARTTLS: then there is no plain-text moment to slip data into.
    .fix-3 = Report it to the provider, or whoever runs { $host }, with this report: the server or a device in front of it must be fixed.
    .fix-4 = If it happens only on this network (a hotel or office network, for example), do not use it for mail until it is explained.

finding-tls-protocol-too-old = The server uses an outdated kind of encryption
    .why-1 = The server { $host } only speaks old versions of SSL/TLS, which modern programs refuse because they are no longer safe.
    .why-2-when-tls_version = The newest version the server speaks is { $tls_version }.
    .why-3 = There is no safe setting to change on this computer.
    .fix-1 = Tell the provider, or whoever runs { $host }, that the server must support TLS 1.2 or newer.
    .fix-2 = Until then, use the provider's webmail.

finding-cert-expired = The server's certificate expired on { $date }
    .why-1 = The security certificate of { $host } expired on { $date }. The connection cannot be trusted, so the check stopped before sending the password.
    .why-2 = This is the provider's mistake, not a setting on this computer.
    .why-3 = This computer's clock says { $now }. If that is wrong, fix the clock first.
    .fix-1 = Check that this computer's date and time are right.
    .fix-2 = Tell the provider that the certificate of { $host } expired on { $date }.
    .fix-3 = Until it is renewed, use the webmail. Do not accept the expired certificate in the mail program.

finding-cert-not-yet-valid = The server's certificate is not valid yet
    .why-1 = The security certificate of { $host } is valid only from { $date }, but this computer's clock says { $now }.
    .why-2 = That almost always means this computer's date or time is wrong.
    .fix-1 = Open the date and time settings and turn on setting the time and time zone automatically.
    .fix-2 = Check that the day, month and year are right.
    .fix-3 = Check the mail again.

finding-cert-expiring-soon = The server's certificate expires in { $days }
    .why-1 = The security certificate of { $host } is valid today, but it expires on { $date }.
    .why-2 = If it is not renewed in time, mail programs will stop connecting.
    .fix-1 = Nothing needs to change on this computer.
    .fix-2 = Tell the provider, or whoever runs { $host }, that its certificate expires on { $date }.

finding-cert-hostname-mismatch = The certificate does not match the name { $host }
    .why-1 = The server's certificate covers { $names }, but not { $host }.
    .why-2 = This usually happens when the settings use an alias of your own domain on a shared server, whose certificate carries the hosting company's name.
    .fix-1 = Change the server name in the settings to { $best }.
    .fix-2-unless-best = Change the server name to one of the names the certificate covers: { $names }.
    .fix-3 = Keep the same port and security setting, and check the mail again.

finding-cert-untrusted = The server's certificate is not trusted
    .why-1 = The certificate of { $host } was issued by "{ $issuer }", which this computer does not trust.
    .why-2 = That is normal for a server with its own home-made certificate, but it can also mean something on the network is intercepting the connection.
    .fix-1 = If this is your organisation's own server, ask its administrator for the certificate authority file and give it to the check: the CA file field of the editor (e) on the dashboard, or --ca-file.
    .fix-2 = Otherwise do not accept the certificate: try from another network, and check the antivirus e-mail scanning.

finding-cert-chain-invalid = The server's certificate chain is built wrong
    .why-1 = The server { $host } sent { $chain_length } certificates that do not form a chain that can be checked: the chain is too long, or a certificate in it is used in a way it is not allowed to be.
    .why-2 = This is a mistake in how the server is set up. It does not mean that the company that issued the certificate is untrusted, and there is nothing to change on this computer.
    .fix-1 = Tell the provider, or whoever runs { $host }, that the server sends a broken certificate chain: it should send its own certificate and the intermediate certificates its certificate authority provides, nothing more.
    .fix-2 = Until then, use the provider's webmail.

finding-tls-answer-invalid = The server's answer to the secure connection is not valid TLS
    .why-1 = The mail program started an encrypted connection with port { $port } of { $host }, and what came back is not valid TLS.
    .why-2-when-peer_bytes = The server sent "{ $peer_bytes }".
    .why-3 = Either the server is broken, or something between this computer and the server (an antivirus, a firewall, a proxy) answers in its place, or the port belongs to another service.
    .fix-1 = Check the server name and the port against the provider's settings.
    .fix-2 = Try from another network, and switch off the antivirus e-mail scanning for a moment.
    .fix-3 = If it keeps happening, tell the provider and show them this report.

finding-auth-failed = The server rejected the user name or password
    .why-1 = The { $role } { $host } refused the login.
    .why-2-when-both_refused = The outgoing server refused the same user name and password too, so they are what is wrong, not one of the servers.
    .why-3-when-same_refusal = It is the same user name and password the incoming server refused: correct them once, as that finding says.
    .why-4-unless-same_refusal = Either the user name or the password is not what the server expects.
    .fix-1-when-same_refusal = Follow the steps of the finding about the incoming server: the same user name and password are used here.
    .fix-2-when-user_missing_domain-unless-same_refusal = The user name "{ $user }" lacks the domain: { $provider } expects the whole e-mail address.
    .fix-3-when-user_form_full-unless-user_missing_domain-same_refusal = { $provider } expects the whole e-mail address as the user name.
    .fix-4-when-user_form_local-unless-same_refusal = { $provider } expects only the part before the @ as the user name.
    .fix-5-unless-user_form_full-user_form_local-same_refusal = Check the user name "{ $user }": some providers want the whole e-mail address, others only the part before the @.
    .fix-6-unless-same_refusal = Make sure Caps Lock is off and type the password again.
    .fix-7-unless-same_refusal = If the password was changed recently, enter the new one in the mail program too.
    .fix-8-unless-same_refusal = Sign in to the webmail with the same user name and password. If that fails as well, reset the password with the provider.
    .fix-9-when-microsoft-unless-same_refusal = If the password works in the webmail, Microsoft may have switched off password logins from mail programs for this mailbox: ask the administrator whether POP, IMAP and SMTP logins are allowed.

finding-auth-app-password-required = An app password is needed
    .why-1 = The account has two-step verification, so mail programs cannot use the normal password.
    .why-2 = { $provider } asks for a separate app password for each mail program.
    .fix-1 = Create an app password at { $app_password_url }.
    .fix-2-unless-app_password_url = Create an app password in { $provider }'s account security settings.
    .fix-3-unless-app_password_url-provider = Create an app password in the account security settings of the mail provider.
    .fix-4 = In the mail program, replace the normal password with the app password, for incoming and outgoing mail.
    .fix-5 = Check the mail again.

finding-auth-basic-disabled = Password sign-in is switched off for this account
    .why-1 = The provider, or the organisation's administrator, has switched off plain password logins for mail programs on this account.
    .why-2-when-microsoft = Microsoft now expects mail programs to sign in through a browser window (modern authentication, OAuth2).
    .fix-1 = Use a mail program that supports modern sign-in (OAuth2), such as a current Outlook or Thunderbird, and add the account again.
    .fix-2-when-microsoft = For a work or school account, the administrator can switch POP and authenticated SMTP back on for this mailbox, if the organisation allows it.
    .fix-3-unless-microsoft = For a work account, ask the administrator to allow POP and SMTP sign-in for this mailbox.
    .fix-4 = To check from here that signing in with OAuth2 works before the account is added again: get a token (for example with mailtriage oauth2 login) and run mailtriage check with --oauth2-token-env VAR.

finding-auth-web-login-required = The provider wants a browser sign-in first
    .why-1 = The provider blocked this sign-in as unusual and wants the owner to confirm it in a web browser first.
    .fix-1 = On this computer and this network, sign in to the webmail with a browser.
    .fix-2 = If a security alert says a sign-in was blocked, confirm that it was you.
    .fix-3 = Wait a few minutes and check the mail again.

finding-pop3-disabled = POP access is switched off for this account
    .why-1 = The account exists, but downloading mail with POP is switched off in its settings.
    .why-2 = Some providers, such as Gmail and Outlook.com, keep it off until the owner switches it on.
    .fix-1 = Switch POP on in { $provider }'s settings: { $pop_settings_url }.
    .fix-2-unless-pop_settings_url = Sign in to { $provider }'s webmail and switch POP on in the settings (look for "POP and IMAP" or "Forwarding and POP").
    .fix-3-unless-pop_settings_url-provider = Sign in to the webmail and switch POP on in the settings (look for "POP and IMAP" or "Forwarding and POP").
    .fix-4 = Save the change, wait a few minutes and check the mail again.

finding-imap-disabled = IMAP access is switched off for this account
    .why-1 = The password may well be right: the provider turned the sign-in away because this account is not allowed to read its mail with IMAP.
    .why-2 = Some providers keep IMAP off until the owner switches it on; for a work or school address, the organisation's administrator may have switched it off for everybody.
    .why-3-when-alert = The server's own words: "{ $alert }".
    .fix-1 = Sign in to the webmail of { $provider }, open the settings and switch IMAP access on (look for "POP and IMAP" or "Forwarding and POP/IMAP").
    .fix-2-unless-provider = Sign in to the webmail, open the settings and switch IMAP access on (look for "POP and IMAP" or "Forwarding and POP/IMAP").
    .fix-3 = If the setting is missing or locked, ask the administrator of the e-mail domain to allow IMAP for this account.
    .fix-4 = Wait a few minutes after the change, then check the mail again.

finding-password-expired = The password has expired
    .why-1 = The server { $host } recognised the account, but its password is past its end date: no mail program may sign in with it until it is changed.
    .why-2-when-alert = The server's own words: "{ $alert }".
    .fix-1 = Sign in to the webmail (or the provider's account page) and set a new password when it asks for one.
    .fix-2 = Put the new password in the mail program on every device that uses this account.
    .fix-3 = Check the mail again.

finding-auth-plaintext-disallowed = The server takes passwords only over an encrypted connection
    .why-1 = The { $role } { $host } refuses to receive a password over an unencrypted connection, to protect it.
    .fix-1-when-starttls_offered = Change the security setting to STARTTLS: the server offers it on port { $port }.
    .fix-2-unless-starttls_offered = Change the security setting to SSL/TLS and the port to { $tls_port }.
    .fix-3-unless-starttls_offered-tls_port = Switch on SSL/TLS or STARTTLS in the account settings, with the port the provider gives.
    .fix-4 = Check the mail again.

finding-auth-refused-insecure = The password was not sent: the connection is not encrypted
    .why-1 = The connection to { $host } on port { $port } is not encrypted, so this check did not send the password, to keep it safe.
    .why-2 = The login has not been tested yet.
    .fix-1-when-starttls_offered = Change the security setting to STARTTLS: the server offers it.
    .fix-2-unless-starttls_offered = Change the security setting to SSL/TLS and the port to { $tls_port }.
    .fix-3-unless-starttls_offered-tls_port = Switch on SSL/TLS or STARTTLS, with the port the provider gives.
    .fix-4 = Only on a network you trust, and only if the provider offers no encryption at all, run the check again allowing an unencrypted password (--allow-plaintext-auth).

finding-auth-mechanism-unsupported = The server does not let this program sign in with a password
    .why-1-unless-reply = The server { $host } offers these sign-in methods: { $mechanisms }. None of them takes a password.
    .why-2-when-offered_refused = The server { $host } lists { $mechanism } among its sign-in methods ({ $mechanisms }), yet refused it when it was used: "{ $reply }".
    .why-3-when-offered_refused = A server that refuses what it offers is set up wrongly, or something between this computer and the server changes the list. Your password and your settings are not the cause.
    .why-4-when-reply-unless-offered_refused = The server { $host } refused the sign-in method { $mechanism }: "{ $reply }".
    .why-5-unless-mechanisms-mechanism = The server { $host } does not accept the way this program signs in with a password.
    .why-6-when-oauth = It expects a sign-in through a browser window (OAuth2) instead.
    .fix-1-when-oauth = Use a mail program that supports OAuth2 sign-in, and add the account again.
    .fix-2-when-offered_refused = Send the provider, or whoever runs { $host }, the server's reply shown above: the server lists { $mechanism } but refuses it.
    .fix-3-when-offered_refused = Try again later: a server that is being changed can answer this way for a while.
    .fix-4-unless-offered_refused = Check whether the provider offers app passwords for mail programs.
    .fix-5-unless-offered_refused = If this is your organisation's server, ask the administrator which sign-in method to use.

finding-smtp-auth-not-offered = The outgoing server does not offer a login
    .why-1 = The outgoing server { $host } on port { $port } does not offer a login, so it will not take your mail to send on.
    .why-2-when-starttls_offered = Many servers offer the login only after the connection is encrypted with STARTTLS.
    .fix-1-when-starttls_offered = Switch on STARTTLS for the outgoing server.
    .fix-2 = Use port 587 with STARTTLS, or port 465 with SSL/TLS, as the provider gives.
    .fix-3 = Make sure the outgoing server is set to require a login.

finding-smtp-auth-required = The outgoing server needs a login
    .why-1 = The outgoing server { $host } sends mail only for people who log in, and the mail program did not log in.
    .fix-1 = In the outgoing server settings, tick the option that the outgoing server (SMTP) requires authentication.
    .fix-2 = Use the same user name and password as for incoming mail.
    .fix-3 = Send a test message to yourself.

finding-too-many-logins = Too many logins: the account is resting
    .why-1 = The server { $host } refused the login because the account signed in too often, or too many devices are connected at once.
    .why-2 = It is usually temporary.
    .fix-1 = Wait 15 to 30 minutes before trying again.
    .fix-2 = On every device that uses this account, make the mail program check for mail less often, every 10 minutes or more.
    .fix-3 = Close the mail program on devices that are not in use.

finding-receive-ok-send-fails = Receiving works, sending does not
    .why-1 = The incoming server works, so the account itself is fine: the fault is only on the outgoing side.
    .why-2-when-password_ok = The same user name and password logged in to the incoming server, so the password is right, even though the outgoing server refused it.
    .fix-1-when-password_ok-microsoft = Microsoft can switch off sending from mail programs (authenticated SMTP) for a mailbox: the administrator can switch it back on.
    .fix-2-when-password_ok-unless-microsoft = The provider may have switched off sending from mail programs for this mailbox: check the account's settings or ask the provider.
    .fix-3-when-password_ok = Check the user name set for the outgoing server: it usually has to be the whole e-mail address.
    .fix-4-when-port25 = Use port 587 with STARTTLS instead of port 25.
    .fix-5-when-other_title-unless-password_ok = Follow the finding "{ $other_title }" about the outgoing server.
    .fix-6-unless-port25 = Use port 587 with STARTTLS, or port 465 with SSL/TLS, as the provider gives.

finding-mailbox-in-use = The mailbox is busy with another device
    .why-1 = Another device or program is downloading from this mailbox right now, and the server lets only one do that at a time.
    .fix-1 = Close the mail program on the other computers, phones and tablets that use this account.
    .fix-2 = Wait a few minutes and check the mail again.
    .fix-3 = If it keeps happening, make the devices check for mail less often.

finding-server-temporary-failure = The server has a temporary problem
    .why-1 = The { $role } { $host } reported a temporary problem on its side.
    .why-2 = The settings are not the cause.
    .fix-1 = Wait 15 to 30 minutes and try again.
    .fix-2 = Check the provider's status page or news for an outage.

finding-server-permanent-failure = The server refuses to serve this account
    .why-1 = The { $role } { $host } reported a permanent problem on its side: trying again will not help.
    .fix-1 = Sign in to the webmail and look for a notice about the account, such as a suspension.
    .fix-2 = Contact the provider and read them the server's message shown below.

finding-mailbox-empty = The mailbox on the server is empty
    .why-1 = The login worked, and the server holds no messages right now.
    .why-2 = If mail is missing, another device may have downloaded it and removed it from the server.
    .fix-1 = On every device that uses this account, switch on the option to leave a copy of messages on the server.
    .fix-2 = Look for the missing messages in the webmail, including the spam folder.

finding-no-uidl = The server cannot keep track of downloaded messages
    .why-1 = The server { $host } does not give messages lasting identifiers (UIDL), so mail programs cannot tell which ones they already downloaded.
    .why-2 = With the option to leave a copy on the server switched on, the same messages may arrive again and again.
    .fix-1 = Tell the provider, or whoever runs the server.
    .fix-2 = Until then, keep the mail on one device only, and switch off leaving a copy on the server there.

finding-smtp-relay-denied = The outgoing server will not pass this message on
    .why-1 = The outgoing server { $host } refused to deliver mail to this recipient for this account.
    .fix-1 = Make sure the outgoing server is set to require a login, with the same user name and password as for incoming mail.
    .fix-2 = Check that the sender address is the account's own address.
    .fix-3 = If both are right, contact the provider.

finding-smtp-sender-rejected = The sender address is not allowed
    .why-1 = The outgoing server { $host } does not let this account send with that sender address.
    .fix-1 = Set the sender address in the account to the account's own e-mail address.
    .fix-2 = To send as another address, first ask the provider or the administrator for permission to send as that address.

finding-smtp-sending-limit = The account reached its sending limit
    .why-1 = The provider is refusing more mail from this account for now: it sent too many messages, or to too many recipients at once.
    .fix-1 = Wait for the limit to reset, often after 24 hours.
    .fix-2 = Send to fewer recipients at a time.
    .fix-3 = If the account did not send that much, someone else may be using it: change the password and look in the sent folder.

finding-smtp-blocklisted = The internet address is on a spam blocklist
    .why-1-unless-client_address-server_address = The outgoing server { $host } refused the mail because the internet address in use, or the server itself, is on a spam blocklist.
    .why-2-unless-host-client_address-server_address = This computer's internet address, or the outgoing server's, is on a spam blocklist.
    .why-3 = This computer's public internet address, { $client_address }, is listed on the spam blocklist { $client_zones }.
    .why-4 = The outgoing server's address, { $server_address }, is listed on the spam blocklist { $server_zones }: other servers may refuse the mail it passes on.
    .why-5 = The list gives this reason: "{ $listing }".
    .why-6-when-policy_listing = This kind of listing only says that the address belongs to a home or mobile connection, which should not deliver mail straight to other servers. Sending through the provider's server on port 587, with a login, is not affected.
    .fix-1 = Send through the provider's own outgoing server on port 587, with a login.
    .fix-2-unless-policy_listing = Check the computers on this network for malware that sends spam.
    .fix-3-unless-client_address-server_address = Ask to be removed from the blocklist named in the server's message below, or ask the internet provider for help.
    .fix-4-when-client_address-unless-policy_listing = Once the cause is fixed, ask { $client_zones } to remove { $client_address }: its web site explains how. The internet provider can help too.
    .fix-5 = Tell the mail provider that its server { $server_address } is on the blocklist { $server_zones }.

finding-smtp-helo-rejected = The outgoing server rejected this computer's name
    .why-1 = When it connects, the mail program introduces itself with a name, and { $host } refused that name as invalid.
    .fix-1 = In the mail program's advanced settings, set a full name for this computer, such as the domain of your e-mail address.
    .fix-2 = Or send through the provider's submission port 587 with a login, which usually does not check that name.

finding-smtp-server-busy = The outgoing server is busy
    .why-1 = The outgoing server { $host } is overloaded or under maintenance, or too many connections come from this address.
    .fix-1 = Wait a few minutes and try again.
    .fix-2 = Close other mail programs that send through this account.

finding-wrong-port-for-submission = Port 25 is for servers, not for sending your mail
    .why-1 = The outgoing server is set to port { $port }, where { $host } passes mail between servers and offers no login for people.
    .why-2 = Mail programs should send on port 587 or 465.
    .fix-1 = Change the outgoing port to 587, with STARTTLS.
    .fix-2 = Or use port 465, with SSL/TLS.
    .fix-3 = Make sure the outgoing server is set to require a login, with the same user name and password as for incoming mail.

finding-spf-missing = The domain { $domain } has no SPF record
    .why-1 = Receiving servers read a domain's SPF record to learn which servers may send mail for { $domain }.
    .why-2 = Without it, mail from { $domain } may be refused or land in spam.
    .fix-1 = In the domain's DNS settings, add one TXT record starting with v=spf1, with the include that the mail provider documents.
    .fix-2 = The provider's instructions are at { $help_url }.

finding-spf-invalid = The SPF record of { $domain } is broken
    .why-1 = { $domain } publishes { $spf_records } SPF records, and receivers treat more than one as an error.
    .why-2 = Checking the SPF record of { $domain } takes { $lookups } DNS look-ups, more than the ten receivers allow.
    .why-3-unless-spf_records-lookups = The SPF record of { $domain } has an error, so receivers cannot use it.
    .why-4 = A domain must have exactly one SPF record, and checking it may take at most ten DNS look-ups. Otherwise receivers ignore it, and mail may be refused or land in spam.
    .fix-1-when-spf_records = Merge all SPF records of { $domain } into a single TXT record starting with v=spf1.
    .fix-2-when-lookups = Remove includes that are no longer needed, so the record stays within ten look-ups.
    .fix-3-unless-spf_records-lookups = Correct the SPF record of { $domain } in the domain's DNS settings: the problems found are listed below.

finding-dmarc-missing = The domain { $domain } has no working DMARC record
    .why-1 = { $domain } publishes { $dmarc_records } DMARC records, so receivers apply none of them.
    .why-2-when-dmarc_invalid = The DMARC record of { $domain } has an error, so receivers ignore it.
    .why-3 = Large receivers such as Gmail and Yahoo expect a DMARC record for the sending domain.
    .why-4 = Without it, mail from { $domain } may land in spam.
    .fix-1-when-dmarc_records = Keep a single TXT record named _dmarc.{ $domain } and delete the others.
    .fix-2 = Publish a TXT record named _dmarc.{ $domain }, for example: v=DMARC1; p=none; rua=mailto:postmaster@{ $domain }.
    .fix-3 = Once reports show that all your mail passes, make the policy stricter.

finding-dkim-not-found = Mail from { $domain } is not signed (DKIM)
    .why-1 = No DKIM key was found for { $domain }, so receivers cannot check that its mail really comes from it.
    .why-2 = The key was looked for under these names (selectors): { $selector }.
    .why-3 = A key was published under { $dkim_revoked }, but it has been withdrawn.
    .why-4-when-selectors_guessed = The mail provider is not known, so only a few names in common use were tried: the key may well exist under another name, and this is only a hint.
    .fix-1-when-selectors_guessed = Ask the mail provider which selector name its DKIM signatures use, and check that name.
    .fix-2 = Switch on DKIM signing in the mail provider's admin settings.
    .fix-3 = Publish the DKIM key it gives you in the domain's DNS settings.

finding-mx-mismatch = The domain's mail goes to another provider
    .why-1 = Mail for { $domain } is delivered to { $mx_host }, not to the servers set in the mail program.
    .why-2 = That server belongs to { $mx_provider }.
    .why-3 = This often happens after moving mail to a new provider while the mail program still points at the old one.
    .fix-1 = Use the incoming and outgoing servers of { $mx_provider }.
    .fix-2-unless-mx_provider = Use the servers of the provider that runs { $mx_host }.
    .fix-3 = Ask whoever manages the domain which provider handles its mail.

finding-host-near-miss = Did you mean { $suggestion } instead of { $host }?
    .why-1 = The { $role } is set to { $host }, which is only a letter or two away from { $suggestion }, a known mail server name.
    .why-2 = Such a small typing mistake is easy to miss, and the mail program then talks to the wrong server, or to none at all.
    .fix-1 = In the account settings, change the server name to { $suggestion }, checking it letter by letter.
    .fix-2 = The provider's settings page is { $help_url }.

finding-username-form-mismatch = The user name should be { $expected_user }
    .why-1-unless-provider-from_autoconfig = The mail program signs in as { $user }, but this provider expects the user name { $expected_user }.
    .why-2-when-provider-unless-from_autoconfig = The mail program signs in as { $user }, but { $provider } expects the user name { $expected_user }.
    .why-3-when-from_autoconfig = The mail program signs in as { $user }, but the settings published for this address ask for the user name { $expected_user }.
    .why-4-when-login_failed = The server refused the sign-in, most likely because of this.
    .why-5-unless-login_failed = Most providers refuse the sign-in when the user name has the wrong form, even with the right password.
    .fix-1 = In the account settings, change the user name to { $expected_user }, exactly as written here.
    .fix-2 = Keep the same password.
    .fix-3 = The provider's settings page is { $help_url }.

finding-pop3-not-offered = There is no POP3 service for this account
    .why-1 = { $provider } does not offer POP3 at all: its mail can only be read with IMAP, or in its own app and webmail.
    .why-2-when-from_srv-unless-provider = The domain { $domain } states in its DNS records (SRV) that it offers no POP3 service.
    .why-3-unless-provider-from_srv = This provider does not offer POP3: its mail can only be read with IMAP.
    .why-4 = So the incoming server { $host }, set up for POP3, cannot work, whatever else is changed.
    .fix-1 = Set the account up again with IMAP instead of POP3: most mail programs find the IMAP settings by themselves from the e-mail address.
    .fix-2 = The provider's settings page is { $help_url }.

finding-pop3-and-imap-offered = Only one of POP3 and IMAP was checked
    .why-1 = { $provider } offers two ways to fetch mail: POP3 and IMAP.
    .why-2-unless-provider = This provider offers two ways to fetch mail: POP3 and IMAP.
    .why-3-when-checked_pop3 = This check used POP3, on { $host }.
    .why-4-when-checked_imap = This check used IMAP, on { $host }.
    .why-5 = POP3 downloads the mail to one device and usually removes it from the server, so other devices no longer see it.
    .why-6 = IMAP keeps the mail on the server, so the phone, the computer and the webmail all see the same folders.
    .fix-1-when-checked_pop3 = To check IMAP too, run the check again with --incoming both (or --incoming imap for IMAP alone).
    .fix-2-when-checked_imap = To check POP3 too, run the check again with --incoming both (or --incoming pop3 for POP3 alone).
    .fix-3 = Choose IMAP when you read mail on more than one device, POP3 when the mail should live only on this computer.

finding-oauth2-only = This provider does not accept a password from mail programs
    .why-1-when-provider-unless-from_autoconfig = { $provider } has switched off signing in with a password from mail programs: only programs that sign in through { $provider }'s own login page (OAuth2) can connect.
    .why-2-when-from_autoconfig = The settings published for this address allow only one way of signing in: through the provider's own login page (OAuth2), not with a password typed into the mail program.
    .why-3-unless-provider-from_autoconfig = This provider has switched off signing in with a password from mail programs: only programs that sign in through the provider's own login page (OAuth2) can connect.
    .why-4-when-login_failed = That is why the server refused the sign-in, even if the password is right.
    .fix-1 = Use a mail program that can sign in with OAuth2 (for example Thunderbird, Outlook or Apple Mail), and choose the sign-in through the provider's page when it asks.
    .fix-2-when-microsoft = In a company or school account, the administrator can also allow sign-in with a password (SMTP AUTH) for this mailbox.
    .fix-3 = The provider's settings page is { $help_url }.
    .fix-4 = To check from here that the OAuth2 sign-in works: get a token (for example with mailtriage oauth2 login) and run mailtriage check with --oauth2-token-env VAR.

finding-wrong-protocol-on-port = Port { $port } of { $host } speaks { $answered }, not { $intended }
    .why-1 = The { $role } is set to { $host } on port { $port }, but what answers there is { $answered }, not { $intended }: that port belongs to another service.
    .why-2-when-answered_sending = SMTP is the protocol for sending mail: this port belongs to an outgoing server.
    .why-3-when-answered_receiving = { $answered } is a protocol for receiving mail: this port belongs to an incoming server.
    .why-4-when-swapped-other_role = The { $other_role } got the answer this one expects, so the settings of the two servers look swapped.
    .why-5-unless-swapped = Most often the incoming and outgoing settings were mixed up, or a port was copied from the wrong line of the provider's instructions.
    .fix-1-when-swapped = Exchange the settings of the incoming and outgoing servers: server name, port and security.
    .fix-2 = For { $intended }, the standard ports are { $standard_ports }: use the one the provider gives.
    .fix-3-when-imap = If you meant to use IMAP, choose IMAP as the account type in the mail program (port 993 with SSL/TLS or 143 with STARTTLS) instead of POP3.
    .fix-4 = The provider's settings page is { $help_url }.

finding-server-not-responding = { $host } accepts the connection on port { $port } but does not answer
    .why-1-unless-stopped_at-tls_handshake = The connection to { $host } on port { $port } opened, but then the server did not send a single byte: no greeting came before the time limit.
    .why-2-when-tls_handshake = The connection to { $host } on port { $port } opened, but the server never answered the request to start encryption (SSL/TLS).
    .why-3-when-stopped_at = The server answered at first, then stopped answering at the { $stopped_at } step and sent nothing more before the time limit.
    .why-4 = Something accepts the connection without passing it on: an antivirus "mail shield" or a firewall, a proxy, an overloaded server, or a service that waits for the other side to speak first.
    .fix-1 = Try again in a few minutes.
    .fix-2 = Try from another network, for example the phone's hotspot: if it works there, the local antivirus, firewall or network is in the way.
    .fix-3 = Switch off the antivirus's e-mail scanning for a moment and test again.
    .fix-4 = Check the port and the security setting against the provider's instructions.
    .fix-5 = The provider's settings page is { $help_url }.

finding-not-a-mail-server = What answers on port { $port } of { $host } is not a mail server
    .why-1 = The server { $host } answered on port { $port } with data that is not a mail protocol at all (binary data, no lines of text).
    .why-2 = It began with "{ $peer_bytes }".
    .why-3 = The name and port reach something else: another service, a device, or a login page of the network.
    .fix-1 = Check the server name and the port letter by letter against the provider's instructions.
    .fix-2 = { $provider } gives the server name { $documented_host }.
    .fix-3 = If you are on a hotel, airport or guest network, open a web page first: it may ask you to sign in before anything else works.
    .fix-4 = The provider's settings page is { $help_url }.

finding-connection-closed-by-server = { $host } closed the connection without saying why
    .why-1-when-at_once = The server { $host } accepted the connection on port { $port } and closed it at once, before saying anything.
    .why-2-when-during_tls = The server { $host } closed the connection on port { $port } while encryption (SSL/TLS) was being set up. Either the port does not use SSL/TLS, or the server only speaks old versions of it.
    .why-3-when-closed_at-unless-at_once-during_tls = The server { $host } closed the connection in the middle of the session, at the { $closed_at } step, without a reply that explains it.
    .why-4 = Servers do this when one address or one account opens too many connections, after several failed logins (the address is blocked for a while), or when an antivirus or proxy cuts the session.
    .fix-1 = Wait a few minutes and try once more.
    .fix-2 = Close the other mail programs and devices that use this account, then try again.
    .fix-3 = Try from another network, for example the phone's hotspot.
    .fix-4-when-during_tls = Check the security setting: port { $port } may need STARTTLS or no encryption rather than SSL/TLS.
    .fix-5 = If it keeps happening, ask the provider whether your address is blocked.

finding-server-reply-invalid = { $host } sent a reply that breaks the mail protocol
    .why-1-unless-bad_at = The server { $host } on port { $port } answered with something the mail protocol does not allow.
    .why-2-when-bad_at = At the { $bad_at } step, the server { $host } on port { $port } answered with something the mail protocol does not allow.
    .why-3-when-too_long = The answer was far longer than any mail server sends.
    .why-4-when-incomplete = Data came, but never a complete answer.
    .why-5 = It said "{ $peer_bytes }".
    .why-6 = The server, or something between this computer and the server, is broken or is not the expected service.
    .fix-1 = Check the server name, port and security against the provider's instructions.
    .fix-2 = Try from another network, to rule out an antivirus or proxy that changes the traffic.
    .fix-3 = If the settings are right, send the provider the transcript of this check (the Markdown report or the output of mailtriage check --json).

finding-server-busy = The server { $host } turned the connection away
    .why-1 = The { $role } { $host } answered, but refused to serve this connection before any sign-in: it is overloaded, restarting for maintenance, or allows only a few connections from one address or one account.
    .why-2 = Nothing is wrong with the settings or the password as far as this shows.
    .why-3-when-reply = The server said: "{ $reply }".
    .fix-1 = Wait a few minutes, then check the mail again.
    .fix-2 = Close the mail program on other computers and phones that use this account, and make the remaining ones check for mail less often.
    .fix-3 = If it lasts more than an hour, ask the provider whether the server has a problem.

finding-preauth-session = The server let the connection in without a password
    .why-1 = The { $role } { $host } treated this connection as already signed in from its first line (IMAP PREAUTH), so the password was never asked for and is not tested.
    .why-2 = Servers do this on purpose for connections they trust, such as those from their own network; a mail program elsewhere will still have to sign in.
    .fix-1 = Nothing to fix if this set-up is intended.
    .fix-2 = To test the password, run the check from the network the mail program really uses.

finding-login-not-tested = The login to { $host } was not tested
    .why-1-when-password_given-no_user = A password was given but no user name, so the login was skipped.
    .why-2-when-no_password-unless-no_user = No password was given, so the login was skipped.
    .why-3-when-no_user-unless-password_given = No user name or password was given, so the login was skipped.
    .why-4 = The connection to the { $role } works, but whether the account can sign in is still unknown.
    .fix-1 = Give the user name (with --user) and the password (asked for, or with --password-env), then run the check again.
    .fix-2 = The user name is usually the whole e-mail address; the provider's instructions say which.

finding-unexplained-failure = The { $step } step failed; the cause is not certain
    .why-1 = The { $step } step with the { $role } failed, and none of the known causes fits what happened.
    .why-2-when-reply = The server answered "{ $reply }".
    .why-3-when-timeout = The server did not answer before the time limit.
    .why-4-when-closed = The server closed the connection.
    .why-5-when-reset = The connection was cut off abruptly (reset).
    .why-6-when-tls_failed = The encrypted connection (SSL/TLS) could not be set up.
    .why-7-when-declined = mailtriage did not do this step itself, to protect the password.
    .why-8-when-apop_refused = The server refused the APOP login. It also offers other ways to log in, and APOP often needs a separate secret on the server, so this does not prove the password is wrong.
    .why-9-when-detail = In technical terms: "{ $detail }".
    .fix-1 = Check the server name, port and security against the provider's instructions.
    .fix-2-when-apop_refused = Sign in to the webmail with the same password: if that works, the password is right and the problem is APOP on the server.
    .fix-3 = Try again in a few minutes, and from another network if you can.
    .fix-4 = If it keeps failing, send the provider the transcript of this check (the Markdown report or the output of mailtriage check --json).

## Working settings found by trying other ports: the fix step that names one, and the facts
## about ports that answer only without encryption or not at all.

advice-working-setting = Tested just now: port { $port } with { $security } works on { $host }. Set the mail program to exactly that.
advice-unencrypted-only = Tested just now on { $host }: port { $port } answers only without encryption: do not use it with a password.
advice-tls-port-failed = Tested just now: port { $port } with SSL/TLS does not work on { $host } either. Ask the provider which port and security to use, and keep the encryption on.

## Provider notes: one sentence each, shown with the provider's settings.

advice-note-app-password-required = Mail programs cannot use the normal password here: create an app password in the account's security settings and type that instead.
advice-note-app-password-with-2fa = If two-step verification is on for this account, mail programs need an app password instead of the normal one.
advice-note-pop-must-be-enabled = POP access starts switched off: turn it on in the webmail settings before a mail program can download mail.
advice-note-oauth2-only = This provider no longer accepts a plain password from mail programs: use a program that signs in through the provider's own login page (OAuth2).
advice-note-admin-controls-access = In a company or school account the administrator can switch POP and sending from mail programs off: ask them if sign-in is refused.
advice-note-no-pop3 = This provider offers no POP3 at all: set the mail program up with IMAP instead.
advice-note-self-signed-certificate = The server's certificate is not from a public authority, so mail programs warn about it until it is accepted or imported.
advice-note-local-bridge = The mail servers run in a helper program on this computer: it must be installed, signed in and running.
advice-note-polling-limit = Checking for mail too often is refused: set the mail program to check every 15 minutes or less often.
advice-note-disconnects-after-bad-password = The server hangs up after a wrong password instead of answering with an error: a dropped connection at sign-in usually means the password.
advice-note-port-25-blocked = Home connections in this country cannot send on port 25: use port 587 or 465 with authentication.
advice-note-regional-servers = The server names depend on the region where the account was opened (for example .eu or .in instead of .com).
advice-note-paid-plan-required = Access from mail programs is only part of paid plans: check the account's plan.

## Port-scan verdicts: why a setting is recommended, or why none is.

advice-scan-configured-works = the configured setting works
advice-scan-closest = closest working to what was configured
advice-scan-withheld-lower-security = only settings without encryption worked, and they would lower the configured security
advice-scan-withheld-password = only settings without encryption worked, and the password would travel unprotected

## -- evidence: the lines behind a finding --
evidence-step-at = { $step } { $target }
evidence-sent-reply = { $step }: { $sent } -> { $reply }
evidence-reply = { $step }: { $reply }
evidence-io = { $step }: { $failure }
evidence-io-after = { $step }: { $failure } after { $time }
evidence-with-detail = { $line } ({ $detail })
evidence-peer-sent = { $line }; the server sent "{ $bytes }"
evidence-speaks-tls = { $step }: the port answered with TLS ({ $how })
evidence-declined = { $step }: not attempted: { $reason }
evidence-skipped = { $step }: skipped ({ $detail })
evidence-io-refused = connection refused
evidence-io-timeout = no answer (timeout)
evidence-io-reset = connection reset
evidence-io-closed = connection closed by the server
evidence-io-unreachable = network or host unreachable
evidence-io-not-found = name not found
evidence-io-resolver-failed = name resolution failed
evidence-io-too-long = reply too long
evidence-io-incomplete = incomplete answer
evidence-io-protocol = protocol error
evidence-io-other = error
evidence-tls-not-tls = the server answered in plain text, not TLS
evidence-tls-malformed = the server's TLS answer is malformed
evidence-tls-unexpected-bytes = the server answered with data that is not TLS
evidence-tls-alert = TLS alert
evidence-tls-protocol-version = no TLS version in common
evidence-tls-certificate = certificate rejected
evidence-tls-eof = connection closed during the TLS handshake
evidence-tls-timeout = TLS handshake timed out
evidence-tls-other = TLS error
evidence-certificate = certificate { $subject } issued by { $issuer }, valid from { $from } to { $to }
evidence-certificate-check = certificate check for { $host }: { $verdict }
evidence-capabilities = { $command } capabilities: { $list }
evidence-local-clock = local clock: { $time }
evidence-chain-length = { $count ->
    [one] the server sent 1 certificate
   *[other] the server sent { $count } certificates, its own first
}
evidence-standard-tls-port = port { $port } is the standard { $protocol } port with SSL/TLS from the first byte
evidence-mechanisms = login mechanisms offered: { $list }
evidence-no-messages = stat: 0 messages
evidence-no-uidl = uidl: not supported
evidence-outgoing-server = outgoing server: { $line }
evidence-incoming-login-with = incoming server { $host }: login with { $method } succeeded with the same credentials
evidence-incoming-login = incoming server { $host }: login succeeded with the same credentials
evidence-incoming-healthy = incoming server { $host }: every step passed
evidence-first-words = the server's first words: { $words }
evidence-first-bytes = the server's first bytes: { $bytes }
evidence-other-submission-port = tcp (other submission port)
evidence-connected-in = connected in { $time }
evidence-no-connection = no connection
evidence-connect = { $what } { $host } { $family } { $address }: { $outcome }
evidence-clock-offset = clock { $server }: offset { $offset }
evidence-correct-time = correct time from { $server }: { $time }
evidence-valid-at-correct-time = { $line }; valid at the correct time
evidence-invalid-at-correct-time = { $line }; out of date even at the correct time
evidence-this-machine = this machine's public address
evidence-the-outgoing-server = the outgoing server
evidence-blocklisted = blocklist { $zone }: { $address } ({ $who }) is listed with { $codes }
evidence-because = { $line }: { $reason }
evidence-txt = TXT { $name }: { $record }
evidence-problem = problem: { $problem }
evidence-txt-missing = TXT { $name }: no { $record } record
evidence-spf-lookups = SPF of { $name }: { $count } DNS look-ups, at most 10 allowed
evidence-dkim-no-key = no key
evidence-dkim-revoked = key withdrawn (empty p=)
evidence-dkim-invalid = not a usable key
evidence-dkim-provider-selectors = selectors of { $provider }
evidence-dkim-provider-selectors-unnamed = selectors of the provider
evidence-dkim-given-selectors = selectors given
evidence-dkim-common-selectors = common selectors: the provider is not known
evidence-dkim-basis = DKIM of { $name }: { $basis }
evidence-mx-records = MX records of { $domain }: { $records } ({ $provider })
evidence-documented-incoming = { $provider } documents the incoming server { $documented }; the one configured is { $host }
evidence-server-configured = { $protocol } server configured: { $host }
evidence-known-server = known server name: { $host }
evidence-who-autoconfig = the domain's autoconfig file
evidence-who-ispdb = Thunderbird's provider database (ISPDB)
evidence-who-provider = the provider
evidence-who-published = the published settings of { $domain }
evidence-user-configured = user name configured: { $user }
evidence-user-expected = { $who } expects the { $form }: { $expected }
evidence-form-full = full address
evidence-form-local = part before the @
evidence-srv-no-pop3 = SRV records of { $domain }: _pop3s._tcp / _pop3._tcp point to "." (service not offered)
evidence-no-pop3 = { $provider }: no POP3 service (IMAP only)
evidence-lists-both = { $who } lists POP3{ $pop3 } and IMAP{ $imap }; this check used { $checked }
evidence-autoconfig-oauth2-only = the autoconfig file { $url } lists only OAuth2 sign-in
evidence-ispdb-oauth2-only = Thunderbird's provider database (ISPDB) entry for { $domain } lists only OAuth2 sign-in
evidence-provider-oauth2-only = { $provider }: password sign-in from mail programs is off (OAuth2 only)
evidence-oauth2-error-challenge = error challenge: { $json }
evidence-oauth2-token-expiry = the token's exp claim: { $seconds } ({ $date })
evidence-oauth2-token-for = the token was issued for { $accounts }; the login was for { $user }
## -- oauth2-sasl --
finding-oauth2-token-rejected = The server refused the OAuth2 token
    .why-1-when-reply = The server { $host } refused the sign-in with the OAuth2 token: "{ $reply }".
    .why-2-when-status = Its error report gave the status "{ $status }".
    .why-3 = A server refuses a token that has expired or been revoked, that was issued for another service than mail, or that belongs to another account. This server does not say which.
    .fix-1 = Get a new token and check again: access tokens last about an hour.
    .fix-2 = Make sure the token was issued for mail access and for this account: for Google the permission https://mail.google.com/, for Microsoft 365 the POP, IMAP or SMTP permission of Outlook.
    .fix-3 = For a work or school account, ask the administrator whether POP, IMAP or authenticated SMTP is switched on for this mailbox.

finding-oauth2-token-expired = The OAuth2 token has expired
    .why-1-when-expired = The token says it was valid until { $expired }, so the server { $host } refused it.
    .why-2 = Access tokens are short-lived, about an hour; a mail program renews its token by itself.
    .fix-1 = Get a new token (for example with mailtriage oauth2 login) and check again.
    .fix-2 = If the mail program shows the same refusal, it can no longer renew its sign-in: remove the account from the program and add it again, signing in on the provider's page.
    .fix-3 = If a token just issued is already expired, check this computer's clock.

finding-oauth2-scope-missing = The OAuth2 token does not allow this mail access
    .why-1-when-reply = The server { $host } refused the token: "{ $reply }".
    .why-2-when-scope = It names the permission it needs: { $scope }.
    .why-3-when-scopes = The token holds these permissions: { $scopes }.
    .why-4-when-needed = This server needs the permission { $needed }.
    .why-5 = A token only opens what it was issued for: read-only or other Gmail permissions, or Microsoft Graph permissions, do not allow signing in to the mail servers.
    .fix-1 = Get a token that asks for full mail access: for Google https://mail.google.com/, for Microsoft 365 the POP, IMAP or SMTP permission of Outlook (outlook.office.com).
    .fix-2-unless-scopes = If the permission was right, make sure the token is for this account: Google answers the same way to a token of another account.

finding-oauth2-wrong-user = The OAuth2 token belongs to another account
    .why-1-when-accounts-user = The token was issued for { $accounts }, but the sign-in was for { $user }.
    .why-2 = A server accepts a token only for the account it was issued to.
    .fix-1 = Use the user name the token was issued for, or get a new token while signed in as the account you are checking.

finding-oauth2-app-blocked = The organisation's rules block this sign-in
    .why-1-when-reply = The server { $host } refused the token with a reply that names the organisation's rules: "{ $reply }".
    .why-2 = In Microsoft 365 the administrator decides whether authenticated SMTP is allowed (even with OAuth2), whether a mail program needs approval first, and which conditions a sign-in must meet (security defaults, conditional access).
    .fix-1 = Ask the administrator to allow authenticated SMTP (SMTP AUTH), POP or IMAP for this mailbox, and to approve the mail program for the organisation.
    .fix-2 = Once that is changed, get a new token and check again.

finding-oauth2-not-offered = The server does not offer OAuth2 sign-in
    .why-1-when-mechanisms = The server { $host } offers these sign-in methods: { $mechanisms }. None is OAuth2 (XOAUTH2 or OAUTHBEARER), so the token was not sent, and no password was tried instead.
    .why-2-unless-mechanisms = The server { $host } lists no OAuth2 sign-in method (XOAUTH2 or OAUTHBEARER), so the token was not sent, and no password was tried instead.
    .fix-1 = Check the server name and port: providers that take tokens take them on their own servers, such as outlook.office365.com or imap.gmail.com.
    .fix-2 = If this server takes passwords, check it with the password instead of the token.

## ==== end of section: findings ====


## ==== section: reports ====
## Reports: the check's text and Markdown reports, JSON human fields, the presets table.

## The text report of `check`.

# Panel headings. $protocol: POP3 or IMAP; $server: host:port.
report-panel-network = NETWORK
report-panel-incoming = INCOMING ({ $protocol })
report-panel-outgoing = OUTGOING (SMTP)
report-panel-server-security = { $name }  { $server }  security { $security }

# Short words: a panel named in a finding's heading, a security mode, a step's status, and a
# certificate's verdict.
report-panel-word-network = network
report-panel-word-incoming = incoming
report-panel-word-imap-beside = imap-beside
report-panel-word-outgoing = outgoing
report-security-tls = tls
report-security-starttls = starttls
report-security-none = none
report-status-pending = pending
report-status-running = running
report-status-ok = ok
report-status-warn = warn
report-status-failed = failed
report-status-skipped = skipped
report-cert-valid = valid
report-cert-expired = expired
report-cert-not-yet-valid = not-yet-valid
report-cert-name-mismatch = name-mismatch
report-cert-untrusted = untrusted
report-cert-chain-invalid = chain-invalid
report-cert-unknown = unknown

# What a server said, under a failed step; $sent is the command, $reply the server's words.
report-server-said-after = after "{ $sent }" the server said: { $reply }
report-server-said = the server said: { $reply }
report-certificate = certificate: { $verdict } ({ $detail })

# A finding's heading word, by severity; the line before each piece of evidence.
report-severity-error = ERROR
report-severity-warn = WARNING
report-severity-info = NOTE
report-evidence-line = evidence:

report-a-step-failed = A step failed; see the failed step above.
report-no-problems = No problems found.
report-works-instead = Works instead ({ $panel }): { $server } security { $security }
report-result = Result: { $symbol } { $status }

## The support report in Markdown (check --report, the dashboard's save key).

report-md-title = mailtriage support report
report-md-result = Result
report-md-tool = Tool
report-md-os = Operating system
report-md-made = Made
report-md-recorded = What is recorded: every command this computer sent, with the parts that carry the login (password, encoded login answers, APOP digest) shown as `***`; every reply the servers sent, login answers included, as received. The password itself is never recorded: wherever a server repeated it, it appears as `***`.
report-md-private = Private report: the user's own names and addresses (user name, e-mail addresses, a domain and servers of the user's own, this computer's name and addresses) are replaced by placeholders, the same name always by the same one. The public names and addresses of a known provider's servers are kept.
report-md-settings = Settings
# $label: a server's role; $host: its name as code.
report-md-endpoint = { $label }: server { $host }, port { $port }, security { $security }
report-md-endpoint-none = { $label }: not configured
report-md-panel-network = Network
report-md-panel-incoming = Incoming ({ $protocol })
report-md-panel-outgoing = Outgoing (SMTP)
report-md-user = User name
report-md-not-given = not given
report-md-smtp-user = User name for outgoing
report-md-password = Password
report-md-given-not-shown = given (not shown)
report-md-dry-run-sender = Sender for the dry run (MAIL FROM)
report-md-dry-run-recipient = Recipient for the dry run (RCPT TO)
report-md-pinned = Pinned address: { $host } port { $port } → { $address }
report-md-extra-ca = Extra trusted CA certificates
report-md-yes = yes
report-md-no = no
report-md-step-deadline = Deadline of each step
report-md-plaintext-allowed = Password over an unencrypted connection allowed
report-md-errors = Errors
report-md-no-errors = No step failed or warned.
report-md-sent-reply =
    sent: { $sent }
    reply:
    { $reply }
report-md-reply =
    reply:
    { $reply }
report-md-network-error = network error ({ $failure }): { $message }
report-md-tls-error = TLS error ({ $failure }): { $message }
report-md-sent-instead = the server sent instead: { $bytes }
report-md-speaks-tls = the port speaks TLS: { $how }
report-md-not-tried = not tried: { $reason }
report-md-findings = Findings
report-md-how-to-fix = How to fix it:
report-md-evidence = Evidence:
report-md-works-instead = Settings that work instead
report-md-works-instead-intro = The configured connection failed; a scan of the same server found these working:
report-md-at-address = at { $address }
report-md-security = security { $security }
report-md-took = in { $ms } ms
report-md-steps = Steps
report-md-no-panel = No panel ran.
report-md-no-steps = (no steps)
report-md-checked-against = Checked against
report-md-tls-version = Version
report-md-cipher-suite = Cipher suite
report-md-certificate = Certificate
report-md-chain-certificate = Certificate { $n }: subject { $subject }, issuer { $issuer }, names { $names }, valid { $from } to { $until }
report-md-fingerprint = SHA-256 fingerprint
report-md-facts = What the server said about itself:
report-md-greeting = Greeting
report-md-apop-offered = APOP offered
report-md-capabilities = Capabilities
report-md-mechanisms-offered = Login mechanisms offered
report-md-login-method = Login method
report-md-login = Login
report-md-accepted = accepted
report-md-refused = refused
report-md-works = works
report-md-mailbox = Mailbox
report-md-mailbox-size = { $messages } messages, { $octets } octets
report-md-uidl = UIDL
report-md-client-address-seen = The server sees this computer as
report-md-transcripts = Transcripts
report-md-transcripts-intro = `C:` what this computer sent, `S:` what the server sent, `--` notes of the tool. Times are in milliseconds since the panel started.

# Kinds of network and TLS failure, in parentheses after the error.
report-io-refused = refused
report-io-timeout = timeout
report-io-reset = reset
report-io-closed = closed
report-io-unreachable = unreachable
report-io-not-found = not-found
report-io-resolver-failed = resolver-failed
report-io-too-long = too-long
report-io-incomplete = incomplete
report-io-protocol = protocol
report-io-other = other
report-tls-not-tls = not-tls
report-tls-malformed = malformed
report-tls-unexpected-bytes = unexpected-bytes
report-tls-alert = alert
report-tls-protocol-version = protocol-version
report-tls-certificate = certificate
report-tls-eof = eof
report-tls-timeout = timeout
report-tls-other = other

## The scan command's matrix. $seconds: the step deadline; $port, $security: a setting.

report-scan-title = PORT SCAN  all combinations at once, step deadline { $seconds } s, no login
report-scan-port = port
report-scan-configured = configured: { $port } { $security }
report-scan-certificate = certificate { $verdict }
report-scan-unencrypted-only = { $port } { $security }: this port answers only without encryption: do not use it with a password
# $why: advice-scan-configured-works or advice-scan-closest.
report-scan-recommended = Recommended: { $protocol } { $port } { $security } ({ $why })
report-scan-nothing = Recommended: nothing for { $protocol }: { $why }
report-scan-none-worked = no combination worked on { $host }
# A cell's verdict, short (about 11 characters) so the matrix keeps its columns.
report-verdict-works = works
report-verdict-needs-tls = needs-tls
report-verdict-not-tls = not-tls
report-verdict-no-starttls = no-starttls
report-verdict-certificate = certificate
report-verdict-refused = refused
report-verdict-timeout = timeout
report-verdict-other = other

## The providers table of `mailtriage presets`: column headings and the word for a preset.

report-presets-from = FROM
report-presets-id = ID
report-presets-name = NAME
report-presets-incoming = INCOMING
report-presets-outgoing = OUTGOING
report-presets-from-preset = preset

## Where the servers came from, at the top of the text report.

report-source-the-domain = the domain
report-source-options = the command-line options
report-source-profile = the saved profile
report-source-preset = the { $provider } preset
report-source-a-preset = a preset
report-source-mx-preset = the { $provider } preset (the MX records of { $domain } point to { $mx })
report-source-mx-provider = the preset of the domain's mail provider
report-source-ispdb = Thunderbird's provider database (ISPDB) entry for { $domain }
report-source-srv = the SRV records of { $domain }
report-source-autoconfig = the autoconfig file { $url }
report-source-guess-found = a guess: { $answered }
report-source-guess = a guess
report-source-nowhere = nowhere
# $from: one of the report-source texts above.
report-source-incoming = Incoming server from { $from }
report-source-imap-beside = IMAP server beside it from { $from }
report-source-imap = IMAP server from { $from }
report-source-outgoing = Outgoing server from { $from }
report-source-mx-of = MX of { $domain }: { $mx }
report-source-mx-of-provider = MX of { $domain }: { $mx } ({ $provider })
report-source-domain-missing = { $domain } does not exist in the DNS
report-source-lookup-failed = Look-up failed: { $problem }
# $security: tls, starttls or none.
report-source-answered = { $host } answered { $protocol } on { $port } with { $security ->
    [tls] SSL/TLS
    [starttls] STARTTLS
   *[none] no encryption
}

## -- monitoring --
## The Nagios-family plugin output (`check --format nagios`): the words after the state on its
## first line. The state words (OK, WARNING, CRITICAL, UNKNOWN) are the plugin API's and stay.
# $servers: protocol, server and port of each panel that ran ("POP3 mail.example.com:995, SMTP mail.example.com:587").
nagios-ok = every check passed: { $servers }
# After the first cause found, when there are more.
nagios-more = (+{ $count } more)
# $panel: a report-panel-word; $step: a step-name.
nagios-step-failed = { $panel }: the { $step } step failed
nagios-step-warned = { $panel }: the { $step } step warned
nagios-no-panel = no check ran
## -- oauth2-sasl --
report-md-oauth2-token = OAuth2 token

## ==== end of section: reports ====


## ==== section: steps ====
## Steps and transcript: step names and details from the probes, transcript notes.

## Step names as shown on a step's row (short labels; the long names used inside hints are
## elsewhere).
step-name-dns = dns
step-name-tcp = tcp
step-name-tls = tls
step-name-greeting = greeting
step-name-capa = capa
step-name-stls = stls
step-name-ehlo = ehlo
step-name-starttls = starttls
step-name-login = login
step-name-stat = stat
step-name-uidl = uidl
step-name-mail-from = mail-from
step-name-rcpt-to = rcpt-to
step-name-rset = rset
step-name-quit = quit
step-name-route = route
step-name-proxy = proxy
step-name-resolver = resolver
step-name-reach = reach
step-name-clock = clock
step-name-mx = mx
step-name-spf = spf
step-name-dmarc = dmarc
step-name-dkim = dkim
step-name-dnsbl = dnsbl

## Several details in one, already joined.
step-list = { $items }

## What a detail calls what is not a command.
step-command-greeting = the greeting
step-command-cancel = the cancelling *

## Deadlines, as step details name them.
step-deadline = the deadline
step-deadline-session = the session limit of { $seconds } s (--session-timeout)

## Name resolution and connection.
step-dns-pinned = { $addresses } (pinned)
step-dns-not-found = cannot find the address of { $host }
step-tcp-connected = { $address } in { $ms } ms
step-tcp-port-failures = port { $port }: { $failures }
step-tcp-address-refused = { $address } refused
step-tcp-address-no-answer = { $address } no answer
step-tcp-address-unreachable = { $address } unreachable
step-tcp-address-failed = { $address } failed
step-port-expects-tls = no { $protocol } greeting: this port expects TLS from the first byte
step-connection-broke = the connection broke
step-connection-broke-sending = the connection broke while sending
step-send-timeout = the server did not accept data before the deadline

## TLS.
step-tls-negotiated = { $negotiated }, { $certificate }
step-tls-certificate-valid = certificate valid for { $name } until { $until }
step-tls-plain-text = the server answered in plain text, not TLS
step-tls-malformed = the server's TLS answer is malformed
step-tls-not-tls-data = the server answered with data that is not TLS
step-tls-certificate-refused = the server's certificate was not accepted
step-tls-stalled = the TLS handshake stalled while implicit TLS on the same server works
step-tls-timeout = the TLS handshake did not finish before the deadline
step-tls-no-common-version = no TLS version in common with the server
step-tls-failed = the TLS handshake failed
step-upgrade-agreed = server agreed to { $command }
step-upgrade-injected = the server agreed to { $command }, but plain text was slipped in before the TLS handshake (discarded)
step-upgrade-refused = the server refused { $command }
step-upgrade-not-offered = the server does not offer { $command }
step-answered-with-tls = the server answered with TLS, not { $protocol ->
    [POP3] a POP3 greeting
   *[other] an { $protocol } greeting
}
step-starttls-after-preauth = the server logged the connection in at the greeting (PREAUTH) over plain text, so STARTTLS can no longer be used

## Replies that do not fit.
step-reply-unreadable = the server's reply could not be read
step-reply-unasked = the server sent a reply nobody asked for
step-reply-does-not-fit = the server's reply does not fit { $command }
step-not-a-greeting = this is not { $protocol ->
    [POP3] a POP3 greeting
   *[other] an { $protocol } greeting
}
step-reply-not-protocol = the server's reply is not { $protocol }
step-reply-to-not-protocol = the server's reply to { $command } is not { $protocol }
step-answer-incomplete = the answer to { $command } was still incomplete at { $deadline }
step-no-answer = no answer from the server before the deadline
step-server-closed = the server closed the connection
step-server-ended-session = the server ended the session
step-session-limit-reached = the session reached its overall time limit before this step finished
step-check-limit-reached = the check reached its overall time limit before this step finished
step-network-limit-reached = the network panel reached its overall time limit before this check finished
step-interrupted = interrupted before it finished

## Greeting and capabilities.
step-greeting-refused = the server refused the connection
step-capa-missing = the server does not list its capabilities (no CAPA)
step-capa-unlisted = the server does not list its capabilities
step-capa-from-greeting = from the greeting: { $capabilities }
step-ehlo-closed = the server closed the session
step-ehlo-helo-only = EHLO refused, HELO accepted: the server offers no extensions
step-ehlo-refused = the server refused both EHLO and HELO

## Login.
step-login-ok = logged in with a password
step-login-ok-with = logged in with { $method }
step-auth-ok = authenticated with a password
step-auth-ok-with = authenticated with { $method }
step-login-refused = the server refused the login
step-login-refused-code = the server refused the login [{ $code }]
step-login-no-method = no login method in common with the server
step-login-no-method-imap = no login method in common with the server (LOGINDISABLED, no AUTH=PLAIN)
step-login-no-method-offered = no login method in common: the server offers only { $offered }
step-login-not-tried-unencrypted = login not tried: the connection is not encrypted
step-auth-not-tried-unencrypted = authentication not tried: the connection is not encrypted
step-login-not-tried-logindisabled = login not tried: the server refuses logins over an unencrypted connection (LOGINDISABLED)
step-login-not-tried-unquotable = login not tried: the user name or password holds a line break or NUL, which LOGIN cannot carry on this server (no AUTH=PLAIN, no LITERAL+)
step-login-no-credentials = no user name or password given: login not tested
step-auth-no-credentials = no user name or password given: authentication not tested
step-login-preauth = the server logged the connection in at the greeting (PREAUTH): the password was not tested
step-login-sasl-ir-ignored = the login could not be tested: the server asked for more after the initial response (SASL-IR) and took the next command for its answer
step-login-kept-asking = the server kept asking after the password was sent
step-login-challenge-too-long = the server's login challenge was too long for a password login, so the login was cancelled
step-auth-credentials-ignored = the server ignored the credentials sent with AUTH PLAIN; login not confirmed
step-auth-not-offered = the server does not offer authentication on this connection

## The mailbox.
step-stat-mailbox = { $messages ->
    [one] { $messages } message
   *[other] { $messages } messages
}, { $octets } octets
step-stat-unreadable = STAT reply is not "count size"
step-command-refused = the server refused { $command }
step-not-tried-login-refused = not tried: the login was refused
step-not-tried-login-cancelled = not tried: the login was cancelled
step-not-tried-login-untested = not tried: the login could not be tested
step-uidl-available = unique message ids available
step-uidl-listed = unique ids for { $messages ->
    [one] { $messages } message
   *[other] { $messages } messages
}
step-uidl-unsupported = the server does not support UIDL
step-inbox = { $messages ->
    [one] { $messages } message
   *[other] { $messages } messages
} in INBOX
step-inbox-unseen = { $messages ->
    [one] { $messages } message
   *[other] { $messages } messages
} in INBOX, { $unseen } unseen
step-inbox-examined = { $messages ->
    [one] { $messages } message
   *[other] { $messages } messages
} in INBOX (EXAMINE, read-only)
step-with-uidvalidity = { $text } (UIDVALIDITY { $uidvalidity })
step-status-without-count = the server answered STATUS without the number of messages in INBOX
step-examine-without-count = the server opened INBOX without saying how many messages it holds
step-examine-refused = the server refused to open INBOX

## Sending (the dry run) and leaving.
step-sender-accepted = sender accepted
step-sender-refused = the server refused the sender
step-not-tried-sender-refused = not tried: the sender was refused
step-recipient-accepted = recipient accepted
step-recipient-deferred = the server deferred the recipient
step-recipient-refused = the server refused the recipient
step-rset-done = dry run undone
step-quit-closed = server closed the connection
step-quit-no-reply = no reply to QUIT
step-quit-incomplete = no complete reply to QUIT
step-quit-not-accepted = QUIT was not accepted
step-logout-not-accepted = LOGOUT was not accepted

## The network panel.
step-route-unreadable = the routes of this system cannot be read here
step-route-none = no default route: this machine is not connected to a network
step-route-via = { $family } via { $gateway } ({ $interface })
step-route-on = { $family } on { $interface }
step-route-default = default route { $routes }
step-route-default-addresses = default route { $routes }; addresses { $addresses }
step-proxy-none = no proxy, no VPN
step-proxy-tunnels = tunnel interfaces: { $interfaces }
step-proxy-route-through = the { $family } default route goes through { $interface }
step-resolver-answered = answered in { $ms } ms
step-resolver-silent = the DNS resolver { $server } does not answer
step-clock-right = the local clock is right
step-clock-behind = the local clock is { $by } behind
step-clock-ahead = the local clock is { $by } ahead
step-clock-measured = { $how } (offset { $offset } s, round trip { $ms } ms)
step-clock-unchecked = no time from { $server }: the clock was not checked

## Transcript notes: what the probe remarks between the lines sent and received.
transcript-connected = connected to { $address }
transcript-truncated = (transcript truncated after { $lines } lines)
transcript-more-lines-hidden = ({ $lines } more lines not shown)
transcript-literal-hidden = ({ $bytes } bytes of literal data not shown)
transcript-line-after-last-command = the server sent a line after the session's last command
transcript-reply-after-last-command = the server sent a reply after the session's last command: { $reply }
transcript-injected-discarded = the lines above came in plain text after the { $command } reply and before the TLS handshake; they were discarded, never read
transcript-bare-lf = the server ends its lines with a bare LF instead of CR LF; read anyway
transcript-untagged-skipped = the untagged response above is not IMAP as the client reads it; skipped
transcript-preauth = the server logged this connection in at the greeting (PREAUTH), without a password
transcript-sasl-ir-ignored = the server asked for more after the initial response (SASL-IR): it takes the STATUS sent behind AUTHENTICATE as its answer
transcript-no-sasl-ir = the server does not offer SASL-IR: the credentials follow its go-ahead
transcript-status-refused-examine = STATUS was refused; EXAMINE opens INBOX read-only to count its messages instead
transcript-tls-handshake = TLS handshake: { $details }
transcript-tls-handshake-failed = TLS handshake failed: { $message }
transcript-tls-old-hello = the server closed the connection on a TLS 1.2/1.3 hello without an alert; asking { $address } once more with a TLS 1.0/1.1 hello (no login)
transcript-tls-stalled-trying-implicit = the TLS handshake has not finished after { $ms } ms; trying implicit TLS on { $address }
transcript-no-greeting-trying-tls = no greeting after { $ms } ms; trying TLS on a second connection to { $address }
transcript-tls-race-at-once = port { $port } usually expects TLS from the first byte: a TLS handshake on a second connection to { $address } started at the same time (no login)
transcript-no-answer-within = no answer within { $seconds } s
transcript-incomplete-answer-within = no complete answer within { $seconds } s ({ $bytes } bytes arrived)
transcript-session-limit = session limit of { $seconds } s reached: closing the connection
transcript-network-limit = the network panel's limit of { $seconds } s was reached
transcript-check-interrupted = check interrupted ({ $signal }): what was seen so far is reported
transcript-check-limit = check limit of { $seconds } s reached: the panel was stopped

## Hosts, reachability and the trusted certificates.
step-address-pinned = (pinned)
step-address-given = (address given)
step-address-this-machine = (this machine)
step-connected-in = connected in { $ms } ms
step-connect-refused = refused: nothing listens on that port
step-connect-timeout = no answer: the connection attempt timed out
step-connect-unreachable = unreachable: no route to that address
step-connect-failed = no connection
step-connect-other-family-works = { $failure }; the other address family connects on port { $port }
step-not-tried-no-ipv6-route = not tried: this machine has no IPv6 default route
step-trust-store-unreadable = the trusted certificates could not be loaded
transcript-other-submission-port = other submission port, for comparison: { $target }: { $outcome }

## The mail domain: MX, SPF, DMARC, DKIM.
step-mx-null = { $domain } says it takes no mail (null MX)
step-mx-missing = { $domain } has no MX record: mail to it has nowhere clear to go
step-mx-lookup-failed = the MX look-up of { $domain } failed
step-spf-valid = { $lookups } DNS look-ups of { $max }
step-spf-valid-ends = { $lookups } DNS look-ups of { $max }, ends in { $all }
step-spf-missing = { $domain } has no SPF record
step-spf-multiple = { $domain } has { $records } SPF records; it must have one
step-spf-invalid = the SPF record of { $domain } is broken
step-spf-too-many-lookups = the SPF record of { $domain } needs { $lookups } DNS look-ups; receivers stop at { $max }
step-txt-lookup-failed = the TXT look-up of { $domain } failed
step-dmarc-policy = policy { $policy }
step-dmarc-policy-percent = policy { $policy } for { $percent }% of mail
step-dmarc-missing = no DMARC record at { $name }
step-dmarc-multiple = { $records } DMARC records at { $name }; it must have one
step-dmarc-invalid = the DMARC record at { $name } is broken
step-lookup-failed = the look-up of { $name } failed
step-dkim-provider-domain = { $domain } is the provider's own domain ({ $provider }); its signing keys are its own business
step-dkim-key = { $selector }: { $bits }-bit { $kind } key
step-dkim-lookups-failed = the DKIM look-ups failed (selectors { $selectors })
step-dkim-none = no usable DKIM key at selectors { $selectors }
step-dkim-none-problems = no usable DKIM key at selectors { $selectors } ({ $problems })

## Blocklists.
step-dnsbl-client-not-address = the SMTP server named { $named }, which is not an address
step-dnsbl-client-unknown = the SMTP server did not say which address it sees; give --public-ip
step-dnsbl-not-public = { $address } is { $reason }; blocklists hold public addresses only
step-dnsbl-not-listed = not listed in { $zone }
step-dnsbl-lookup-failed = the look-up in { $zone } failed
step-dnsbl-listed = { $address } is listed in { $zone } ({ $codes })
step-dnsbl-unusable-answer = { $zone } answered { $codes }: { $meaning }; nothing is known

## The port scan and the guessed servers: why a combination did or did not answer.
step-scan-ended-before-greeting = the probe ended before the greeting
step-scan-failed = { $step } failed: { $detail }
step-scan-failed-why = { $step } failed: { $detail }: { $why }
step-scan-after = after { $sent }: { $reply }
step-scan-timeout = did not finish within { $seconds } s
step-scan-trust-store = the trusted certificates could not be loaded: { $message }
step-guess-timeout = no answer within the guess's { $seconds } s
transcript-implicit-tls-works = implicit TLS on { $address } works: connected and finished a TLS handshake in { $ms } ms ({ $details })
transcript-tls-handshake-succeeded = a TLS handshake with { $address } succeeded ({ $details })
transcript-tls-answered = { $address } answered a TLS handshake ({ $message })
transcript-tls-old-version-seen = the server answered a TLS 1.1 hello with a ServerHello for { $version } ({ $hex })
transcript-tls-old-hello-nothing = the follow-up with a TLS 1.0/1.1 hello showed nothing: { $why }
step-tls-cert-expired = certificate expired at { $date }
step-tls-cert-not-yet-valid = certificate is not valid until { $date }
step-tls-cert-other-name = certificate is for { $names }, not { $name }
step-tls-cert-untrusted = the certificate is not issued by an authority this computer trusts
step-tls-plain-text-sent = the server did not answer with TLS; it sent "{ $sent }"

## -- details: the probe's words on why a step ended as it did --
detail-certificate-bad-signature = certificate signature does not verify against its issuer
detail-certificate-expired = certificate expired
detail-certificate-expired-at = certificate expired at { $date }
detail-certificate-for = certificate is for { $names }, not { $name }
detail-certificate-for-more = certificate is for { $names } and { $more } more, not { $name }
detail-certificate-names-no-host = certificate names no host, not { $name }
detail-certificate-not-checked-old = the certificate was not checked: the server only speaks { $version }
detail-certificate-not-judged = the handshake did not finish, so the certificate was not judged
detail-certificate-not-valid-until = certificate is not valid until { $date }
detail-certificate-not-valid-yet = certificate is not valid yet
detail-certificate-rejected = certificate rejected: { $error }
detail-certificate-revoked = certificate has been revoked
detail-certificate-self-signed = certificate is self-signed ({ $subject }) and not trusted
detail-certificate-unknown-issuer = certificate is issued by { $issuer }, which is not a trusted authority
detail-certificate-unsupported-algorithm = certificate is signed with an algorithm that cannot be checked
detail-certificate-untrusted-issuer = certificate is not issued by a trusted authority
detail-certificate-valid = certificate valid for { $name }
detail-certificate-valid-until = certificate valid for { $name } until { $until }, issued by { $issuer }
detail-certificate-wrong-purpose = certificate is not meant for a TLS server
detail-chain-ca-as-server = the server presents a certificate authority's own certificate
detail-chain-certificate-expired-at = a certificate in the chain expired at { $date }
detail-chain-certificate-not-valid-until = a certificate in the chain is not valid until { $date }
detail-chain-server-as-ca = a server certificate in the chain is used to sign others
detail-chain-too-deep = a certificate authority in the chain signs deeper than it is allowed to
detail-chain-too-long = the certificate chain is longer than a chain may be: no path to a trusted authority is short enough
detail-chain-too-many = the certificate chain holds more certificates than can be checked
detail-check-interrupted = the check was interrupted ({ $signal }) before this step finished
detail-check-limit = the check limit of { $seconds } s was reached
detail-connect-timeout = no answer from { $address } within { $seconds } s
detail-handshake-stalled = the TLS handshake after { $command } stalled: not finished after { $ms } ms, while { $how }; use implicit TLS on port { $port }
detail-key-not-proven = the server did not prove it holds the certificate's private key ({ $error })
detail-no-address = { $host } has no address
detail-no-answer-before-deadline = no answer from the server before the deadline
detail-no-certificate-presented = the handshake ended before the server presented a certificate
detail-no-default-route = the routing table has no default route
detail-old-hello-showed-nothing = { $line }; a TLS 1.0/1.1 hello showed nothing either ({ $why })
detail-only-old-tls = the server closed the connection on a TLS 1.2/1.3 hello without an alert; on a second connection it answered a TLS 1.1 hello with a ServerHello for { $version } ({ $code }): it only speaks { $version }
detail-resolver-silent = no answer from the DNS resolver for { $host } before the deadline
detail-server-closed = the server closed the connection
detail-session-limit = the session limit of { $seconds } s was reached (--session-timeout)
detail-declined-plaintext = the connection is not encrypted, so the password was not sent (use SSL/TLS or STARTTLS)
detail-declined-plaintext-token = the connection is not encrypted, so the OAuth2 token was not sent (use SSL/TLS or STARTTLS)
## -- oauth2-sasl --
step-login-oauth2-not-offered = the server offers no OAuth2 login (XOAUTH2 or OAUTHBEARER), so the token was not sent and no password was tried instead
step-login-oauth2-not-offered-but = the server offers no OAuth2 login (XOAUTH2 or OAUTHBEARER), only { $offered }, so the token was not sent and no password was tried instead

## -- replies out of line: what came instead of an answer, and why it is not believed --
detail-expected-smtp-one = { $code } or a 4xx/5xx refusal
detail-expected-smtp-two = { $first } or { $second } or a 4xx/5xx refusal
detail-expected-pop3-status = +OK or -ERR
detail-expected-pop3-challenge = a "+ " challenge or -ERR
detail-expected-pop3-any = +OK, a "+ " challenge or -ERR
detail-unfinished-lines = { $lines ->
    [one] 1 line
   *[other] { $lines } lines
} of the answer arrived, but not its end
detail-unfinished-lines-first = { $lines ->
    [one] 1 line
   *[other] { $lines } lines
} of the answer arrived, the first { $first }, but not its end
detail-unfinished-bytes = { $bytes ->
    [one] 1 byte
   *[other] { $bytes } bytes
} arrived without a line end: { $text }
detail-unfinished-bytes-bare-cr = { $bytes ->
    [one] 1 byte
   *[other] { $bytes } bytes
} arrived without a line end (the lines end with a carriage return alone, not CR LF): { $text }
detail-unfinished-then = { $first }; then { $then }
detail-answer-incomplete = no complete answer to { $command } before { $deadline }: { $arrived }
detail-answer-line-too-long = the answer to { $command }: a line longer than { $limit } bytes arrived; reading stopped there
detail-answer-line-too-long-bare-cr = the answer to { $command }: more than { $limit } bytes arrived without a line feed (the lines end with a carriage return alone, not CR LF); reading stopped there
detail-answer-too-many-lines = the answer to { $command }: the reply had not ended after { $limit } lines; reading stopped there
detail-answer-malformed = the answer to { $command }: unexpected reply from server: { $line }
detail-answer-too-many-responses = the answer to { $command }: more than { $limit } responses came without its completion; reading stopped there
detail-answer-literal-too-long = the answer to { $command }: the server announced a literal of { $bytes } bytes; more than { $limit } are never read, so reading stopped there
detail-answer-literal-huge = the answer to { $command }: the server announced a literal of more bytes than a 64-bit number holds; reading stopped there
detail-answer-response-too-long = the answer to { $command }: a response grew past { $limit } bytes; reading stopped there
detail-injected-before-handshake = { $bytes ->
    [one] 1 byte
   *[other] { $bytes } bytes
} arrived in plain text after the reply to { $command } and before the TLS handshake, where nothing may come; they were discarded, never read: { $text }
detail-reply-status-in-capa = the capability list (the answer to CAPA) holds the status line { $reply }: the server's replies no longer line up with the commands
detail-reply-before-command = the server sent { $reply } before { $command } could have reached it: a reply to no command; the replies no longer line up with the commands
detail-reply-before-command-second-greeting = the server sent { $reply } before { $command } could have reached it: a reply to no command (it reads like a second greeting); the replies no longer line up with the commands
detail-reply-before-authenticate = the server sent { $reply } before AUTHENTICATE could have reached it: the replies no longer line up with the commands
detail-reply-success-before-password = the server answered { $command } with { $reply } before the password was sent: a login cannot succeed without one, so the reply is not believed
detail-reply-not-a-greeting = the server greeted with { $reply }, which is not a greeting (expected { $expected })
detail-reply-cannot-answer = the server answered { $command } with { $reply }, which cannot answer { $command } (expected { $expected })
detail-reply-quoted-lines = { $reply } ({ $lines } lines)
detail-reply-continuation-unasked = the server asked for more ({ $reply }) in answer to { $command }, which takes nothing more: the replies no longer line up with the commands
detail-reply-wrong-tag = the server completed tag { $tag } ({ $reply }) while { $command } was awaited with tag { $awaited }: the replies no longer line up with the commands
detail-reply-completed-early = the server completed { $command } ({ $reply }) before the command could have reached it
detail-challenge-not-answered = challenge { $number } ({ $bytes } bytes of challenges in all) not answered: { $challenge }

## -- connections and TLS handshakes: why they broke, with the system's or library's own text --
detail-tls-refused-versions = the server refused TLS 1.2 and 1.3 (alert protocol_version)
detail-tls-alert = the server sent the TLS alert { $alert }
detail-tls-alert-number = number { $number }
detail-tls-certificate-rejected = the server's certificate was rejected: { $error }
detail-tls-handshake-failed = the TLS handshake failed: { $error }
detail-tls-answer-binary = the server answered with data that is neither TLS nor text: { $bytes }
detail-tls-record-too-long = the server's TLS record claims { $claimed } bytes, more than TLS allows ({ $limit })
detail-tls-answer-malformed = the server's TLS answer breaks the protocol: { $error }
detail-tls-only-old-version = the server only speaks { $version } (its ServerHello chose version { $hex })
detail-tls-only-older-versions = the server only speaks TLS versions older than 1.2
detail-tls-not-tls = the server did not answer with TLS
detail-tls-not-tls-sent = the server did not answer with TLS; it sent { $text }
detail-tls-closed = the server closed the connection during the TLS handshake
detail-tls-reset = the server reset the connection during the TLS handshake
detail-tls-timed-out = the connection timed out during the TLS handshake
detail-tls-bad-server-name = { $name } is not a host name or IP address
detail-tls-setup-failed = cannot set up TLS: { $error }
detail-tls-handshake-deadline = the TLS handshake did not finish within { $ms } ms
detail-name-not-known = { $host }: the name is not known
detail-name-lookup-failed = { $host }: { $error }
detail-socket-refused = { $what }: connection refused
detail-socket-timed-out = { $what }: timed out
detail-socket-reset = { $what }: connection reset
detail-socket-closed = { $what }: connection closed
detail-socket-unreachable = { $what }: network or host unreachable
detail-socket-error = { $what }: { $error }

## -- loader and accounts --
## Why the follow-up with a TLS 1.0/1.1 hello showed nothing; placed inside
## detail-old-hello-showed-nothing and transcript-tls-old-hello-nothing.
old-hello-no-reconnect = cannot connect to { $address } again
old-hello-no-random = no random bytes for the hello
old-hello-unoffered-version = the server chose version { $version }, which the hello did not offer
old-hello-alert = the server answered with TLS alert number { $alert }
old-hello-other-record = the server answered with a TLS record of type { $content_type }, not a ServerHello
old-hello-not-tls = the server's answer is not TLS
old-hello-closed = the server closed that connection too
old-hello-timed-out = no answer before the deadline
old-hello-io-failed = reading or writing failed: { $error }
old-hello-send-broke = the connection broke while sending
old-hello-send-deadline = no room to send before the deadline
old-hello-no-upgrade = the server did not agree to the upgrade this time
old-hello-closed-before-upgrade = the server closed the connection before the upgrade
old-hello-broke-before-upgrade = the connection broke before the upgrade
old-hello-plain-deadline = the plain-text part did not finish before the deadline

## -- the time server --
detail-time-kiss-code = the server sent kiss code { $code } instead of the time
detail-time-unsynchronized = the server says its own clock is not synchronized
detail-time-none = the server sent no time
detail-time-no-socket = cannot open a UDP socket: { $error }
detail-time-unusable = { $server }: { $why }
detail-time-no-answer = no answer from the time server { $server } within { $seconds } s

## -- dns and domain --

dns-record-of = { $kind } of { $name }
dns-resolver-at = DNS resolver { $server }
dns-failure-no-such-name = { $what }: the name does not exist (NXDOMAIN)
dns-failure-no-records = { $what }: no such record
dns-failure-timeout = { $what }: no answer from the DNS resolver in time
dns-failure-refused = { $what }: the DNS resolver answered { $code }
dns-failure-other = { $what }: { $message }
dns-no-resolver = { $host }: no DNS resolver is usable on this machine
dns-host-no-address = { $host } has no address (no A or AAAA record)
record-problems = { $detail }: { $problems }
spf-not-spf1 = the record does not start with v=spf1
spf-modifier-repeated = the { $modifier }= modifier appears { $count } times
spf-bad-character = '{ $term }' contains the character { $character }
spf-term-problem = { $term }: { $problem }
spf-all-takes-no-argument = all takes no argument
spf-not-ptr = '{ $term }' is not a valid ptr term
spf-needs-address = { $mechanism } needs an address
spf-not-mechanism = '{ $term }' is not an SPF mechanism
spf-needs-domain = '{ $term }' needs a domain
spf-unexpected = unexpected '{ $text }'
spf-bad-prefix-length = '/{ $length }' is not a prefix length of 0 to { $max }
spf-not-address = '{ $text }' is not an address
spf-empty-domain = the domain is empty
spf-not-domain = '{ $text }' is not a domain name
spf-bad-macro = '{ $macro }' is not a valid macro
spf-stray-percent = a '%' that starts no macro
spf-multiple-records = { $count } SPF records: receivers treat more than one as an error
spf-macro-not-counted = { $term } uses a macro; its record is not counted
spf-too-deep = includes nest deeper than { $max } levels at { $domain }
spf-lookup-failed = the look-up of { $term } failed ({ $reason }); the count may be short
spf-include-no-record = { $term } has no SPF record (receivers fail the check)
spf-problem-in = in { $term }: { $problem }
spf-include-multiple = { $term } has { $count } SPF records
spf-too-many-lookups = more than { $max } DNS look-ups through include and redirect
dmarc-multiple-records = { $count } DMARC records: receivers then apply none of them
dmarc-not-policy = { $tag }={ $value } is not a policy (none, quarantine or reject)
dmarc-not-percentage = pct={ $value } is not a percentage
dmarc-rua-not-mailto = rua { $uri } is not a mailto: address; few receivers send there
dmarc-not-alignment = { $tag }={ $value } is neither r nor s
dmarc-not-tag = '{ $text }' is not a tag=value pair
dmarc-no-policy = no p= policy tag
dmarc-no-policy-reports = no p= tag: receivers treat the record as p=none
dkim-not-a-key = a TXT record is there, but it is not a DKIM key
dkim-several-keys = { $count } key records at one selector; verifiers cannot choose
dkim-weak-key = a { $bits }-bit RSA key: verifiers ignore keys under 1024 bits
dkim-withdrawn = the key was withdrawn (empty p=)
dkim-v-not-first = v= must be the first tag
dkim-not-dkim1 = v={ $value } is not DKIM1
dkim-unknown-type = unknown key type k={ $value }
dkim-no-p = no p= tag
dkim-not-base64 = p= is not base64
dkim-ed25519-size = an ed25519 key of { $bytes } bytes
dkim-not-rsa = p= is not an RSA public key
dkim-selector-problem = { $selector }: { $problem }
dnsbl-loopback = a loopback address
dnsbl-private = a private address
dnsbl-carrier-nat = a carrier-grade NAT address
dnsbl-link-local = a link-local address
dnsbl-not-host = not a host address
dnsbl-unique-local = a unique-local (private) address
dnsbl-zone-wrong = the zone name is wrong
dnsbl-public-resolver = the list refuses queries through public or open resolvers
dnsbl-too-many-queries = the resolver sent too many queries to the list
dnsbl-error-code = the list answered with an error code
dnsbl-not-a-listing = the answer is not a listing
dns-config-unreadable = cannot read the DNS configuration: { $error }
dns-no-server-configured = no DNS server is configured on this machine
dns-resolver-setup-failed = cannot set up the DNS resolver: { $error }
step-no-resolver = no DNS resolver to ask
autoconfig-not-xml = not a valid autoconfig file: { $error }
autoconfig-wrong-root = not an autoconfig file: the document is <{ $element }>, not <clientConfig>
autoconfig-no-provider = the autoconfig file has no <emailProvider>
autoconfig-no-server = the autoconfig file names no POP3, SMTP or IMAP server
autoconfig-problem = autoconfig { $url }: { $problem }
discovery-runtime-failed = cannot start the runtime: { $error }
discovery-stopped = the discovery of the mail servers stopped unexpectedly
https-no-complete-answer-in-time = no complete answer within { $seconds } s
https-no-address = { $host } has no address
https-tls = TLS: { $error }
https-send-failed = sending the request: { $error }
https-read-failed = reading the answer: { $error }
https-too-large = the answer is larger than { $kib } KiB
https-incomplete = the server sent no complete HTTP answer
https-no-status = the server sent no HTTP status line
https-not-http = not an HTTP answer: "{ $line }"
https-ended-early = the answer ended after { $got } of { $length } bytes
https-not-utf8 = the answer is not UTF-8 text
https-chunk-ended-early = a chunked answer ended early
https-bad-chunk-size = a chunked answer has a bad chunk size
https-answered = the server answered HTTP { $status } { $reason }
https-answered-redirect = the server answered HTTP { $status } { $reason } (to { $location })

## ==== end of section: steps ====


## ==== section: cli ====
## Command line: errors, usage messages and summaries.

## The command line's own messages. `--help` is in the sub-section `help` at the end.
cli-no-server = no server given: use --pop3 or --imap HOST and/or --smtp HOST
cli-password-prompt = Password for { $user }:
cli-password-env-unset = --password-env: the environment variable { $variable } is not set
cli-profile-saved = saved profile '{ $name }' to { $path }
cli-cannot-read = { $flag }: cannot read { $path }: { $error }
cli-cannot-write = { $flag }: cannot write { $path }: { $error }
cli-cannot-write-list = cannot write the list: { $error }
cli-runtime-failed = cannot start the runtime: { $error }
cli-interrupted = interrupted ({ $signal }); the report above shows what was seen until then
cli-interval-range = --interval: give a number of seconds between 1 and 86400
cli-seconds-out-of-range = { $flag }: { $value } is not a number of seconds between 0 and { $max }
cli-not-an-ip = { $flag }: '{ $value }' is not an IP address
cli-not-a-selector = --dkim-selector: '{ $value }' is not a selector name
cli-not-a-zone = --dnsbl: '{ $value }' is not a DNS zone name
cli-incoming-contradicts = --incoming { $asked } contradicts { $given }: leave one of them out, or use --incoming both
cli-incoming-no-server = --incoming { $choice }: no { $protocol } server is known for this account (the preset, the address or the profile names none): give { $flag } HOST
cli-imap-security-without-imap = --imap-security needs an IMAP server: --imap HOST, or --incoming imap or both with a preset or an address
cli-no-provider-matches = no provider matches '{ $search }'

## -- monitoring --
cli-format-conflicts = --json and --format { $format } contradict each other: keep one of them
cli-serve-listening = listening on http://{ $address }/ for { $count } accounts; a probe logs in at most once every { $seconds } s per account
cli-serve-not-loopback = warning: { $address } is not a loopback address: whoever reaches it can make this machine check the accounts (at most once every { $seconds } s each)
cli-serve-cannot-listen = --listen { $address }: { $error }
cli-serve-min-interval-range = --min-interval: give a number of seconds between 1 and 86400
cli-serve-unknown-account = no account named '{ $name }' in the accounts file
cli-serve-no-account = name the account to check: /probe?account=NAME
cli-serve-check-failed = the check of '{ $name }' could not run: { $error }
cli-serve-not-found = not found; this exporter answers /probe?account=NAME, /metrics and /
cli-nagios-needs-one-account = --format nagios answers for one account: add --account NAME
cli-serve-check-timeout = the check did not end within { $seconds } s
cli-serve-stopping = the exporter is stopping
cli-serve-get-only = only GET requests are answered
cli-serve-query-too-long = the query is too long
cli-serve-front-page = mailtriage { $version }: a Prometheus exporter of the accounts file's checks.
    /probe?account=NAME  checks the account NAME (at most once per { $seconds } s) and answers with its metrics
    /metrics             the exporter's own metrics

## -- accounts --
## `check --accounts FILE`: many mailboxes in one run.
accounts-password-env-unset = password_env: the environment variable { $variable } is not set
accounts-password-command-failed = password_command: { $error }
accounts-status-not-checked = not checked
accounts-not-started = the run's deadline passed before this account's turn (--deadline)
accounts-cut-by-deadline = the run's deadline passed while this account was being checked (--deadline)
accounts-interrupted-before = the run was interrupted ({ $signal }) before this account's turn
accounts-column-name = ACCOUNT
accounts-column-status = STATUS
accounts-column-problem = FIRST PROBLEM
accounts-summary = { $total } accounts: { $ok } ok, { $warn } with warnings, { $failed } failed, { $not_checked } not checked ({ $seconds } s)
accounts-option-not-allowed = --accounts: the file's entries name their own servers, users and passwords; leave out { $options }
accounts-unknown-name = --account: { $path } has no entry named '{ $name }'; its entries: { $names }
accounts-report-needs-one = --report writes the report of one account: add --account NAME
accounts-run-interrupted = interrupted ({ $signal }); the summary above shows the accounts checked until then
## -- oauth2-device --
## `mailtriage oauth2 login` and the OAuth2 options of `check`: the device sign-in, its errors,
## saved tokens.
oauth2-unknown-provider = --provider { $provider }: no such provider; use microsoft, google or a preset id (mailtriage presets lists them)
oauth2-provider-without-oauth2 = the preset { $provider } has no oauth2: block, so its sign-in service is not known; add one in a preset of your own (see the README)
oauth2-bad-value = { $flag }: only letters, digits, dots, dashes and underscores
oauth2-no-client-id = no client id for { $provider }: register an application with the provider (a public client allowed to use the device code flow) and give its id with --client-id, or put it in the oauth2: block of a preset of your own
oauth2-client-secret-env-unset = --client-secret-env: the environment variable { $variable } is not set
oauth2-client-secret-needed = { $provider } wants the client secret of its device client on the token request: put it in an environment variable and name it with --client-secret-env
oauth2-bad-url = not a usable sign-in address: { $url }
oauth2-error-http = cannot reach the sign-in service at { $url }: { $error }
oauth2-error-denied = the sign-in was refused on the other device (access_denied): nothing was granted
oauth2-error-expired = the code expired before the sign-in was finished (expired_token): run the command again for a new code
oauth2-error-mail-scope = Google refused the mail scope for a sign-in with a code (invalid_scope), as it documents: its device flow grants only a short list of scopes and mail is not on it. Test the account from a mail program that signs in with a browser on this computer, or with an app password where the administrator allows them
oauth2-error-mail-scope-because = { oauth2-error-mail-scope } (Google said: { $description })
oauth2-error-refused = the sign-in service refused: { $error }
oauth2-error-refused-because = the sign-in service refused: { $error } ({ $description })
oauth2-error-unreadable = the sign-in service's answer is not what OAuth2 expects (at the field { $field })
oauth2-error-other = the sign-in service's answer cannot be used: { $detail }
oauth2-saved-missing = no saved token at { $path }: sign in first with mailtriage oauth2 login --save (and the same --user)
oauth2-saved-too-open = { $path } can be read by other users (mode { $mode }), so the token in it may be known to others: refused. Delete the file and sign in again with --save
oauth2-saved-io = cannot use { $path }: { $error }
oauth2-saved-unreadable = { $path } is not a saved token ({ $error })
oauth2-saved-unsupported = saving tokens is only done on systems with Unix file permissions
oauth2-saved-no-folder = no folder for saved tokens: neither XDG_DATA_HOME nor HOME is set to an absolute path
oauth2-saved-expired-no-refresh = the saved { $provider } token has expired and came without a refresh token: sign in again with mailtriage oauth2 login --save
oauth2-google-scope-warning = Note: Google's device sign-in grants only a short list of scopes and documents no mail scope among them; Google is expected to refuse with invalid_scope. The attempt is made so that you see Google's own answer.
oauth2-login-intro = Sign in to { $provider } on any device with a web browser (a phone will do):
oauth2-login-open = Open:
oauth2-login-type = Type:
oauth2-login-spelled = Spelled:
oauth2-login-direct = Or open this address, which carries the code: { $url }
oauth2-login-waiting = The code is valid for { $time }. Waiting for the sign-in (Ctrl+C stops).
oauth2-login-time-left = time left { $time }
oauth2-login-signed-in-as = Signed in: the token is for { $account }.
oauth2-login-signed-in = Signed in (the service did not say for which account).
oauth2-login-memory-only = The token was kept in memory only and is gone now that this command ends. To test the account with a fresh sign-in: mailtriage check --email ADDRESS --oauth2-login { $provider }. To keep the token for later checks, add --save.
oauth2-login-saved = Token saved to { $path } (only you can read it). Use it with: mailtriage check --email ADDRESS --oauth2-saved { $provider }
oauth2-check-saved-used = using the saved token { $path }
## -- oauth2-sasl --
cli-oauth2-token-env-unset = --oauth2-token-env: the environment variable { $variable } is not set or is empty
cli-oauth2-token-command-failed = --oauth2-token-command: no token: { $error }

## -- loader and accounts --
## The accounts file's loader, the password commands, and what `check --accounts`, `serve` and
## `oauth2 login` say about them. Paths, field names and the parser's own words are data.
accounts-file-missing = { $path }: the file does not exist
accounts-file-too-large = { $path }: the file is larger than { $limit } bytes
accounts-file-not-text = { $path }: the file is not UTF-8 text (bad byte at offset { $offset })
accounts-file-unreadable = { $path }: { $error }
accounts-file-not-yaml = { $place }: { $at }{ $message }
accounts-file-unknown-field = { $place }: { $at }unknown field `{ $field }`, expected one of: { $expected }
accounts-file-unknown-field-here = { $place }: { $at }unknown field `{ $field }`: no field is allowed here
profile-file-not-yaml = { $place }: { $at }{ $message }
preset-file-not-yaml = { $place }: { $at }{ $message }
preset-file-unreadable = { $path }: cannot read: { $problem }
preset-file-rule = { $file }: preset '{ $id }': { $problem }
preset-file-duplicate-id = { $second }: preset id '{ $id }' is already used by { $first }
preset-rule-no-smtp = smtp lists no server; every provider here sends mail
preset-rule-no-pop3 = pop3 lists no server; add one, or tag the provider with the note no-pop3
preset-rule-pop3-despite-note = pop3 lists servers but the notes say no-pop3
preset-rule-not-findable = neither domains nor mx_suffixes: the preset could never be found from an address
preset-rule-name-twice = { $field } lists '{ $value }' twice
preset-rule-server-twice = { $field } lists { $host }:{ $port } twice
preset-rule-note-twice = notes list '{ $note }' twice
preset-rule-no-scope = oauth2.scopes lists no scope
preset-rule-bad-scope = oauth2.scopes: '{ $scope }' is not a scope (no spaces)
preset-rule-no-tenant = oauth2: the URLs hold {"{"}tenant{"}"} but no tenant is given
preset-rule-bad-token = oauth2.{ $field }: '{ $value }' must be letters, digits, dots, dashes or underscores
accounts-file-literal-password = { $place }: { $at }unknown field `password`: an accounts file never holds a password; name where it comes from with password_env: VARIABLE or password_command: "COMMAND"
accounts-file-too-open = { $path }: the file has a password_command and others than its owner can read or change it (mode { $mode }); a command may hold a secret and decides what runs as you. Make it private: chmod 600 { $path }
accounts-file-no-account = { $path }: `accounts` lists no account
accounts-file-too-many = { $path }: { $count } accounts; the limit is { $limit }
accounts-file-name-twice = { $path }: { $at }: the name '{ $name }' is used twice; names must be unique
accounts-file-name-empty = { $path }: { $at }: the name is empty
accounts-file-name-too-long = { $path }: { $at }: the name is longer than { $limit } characters
accounts-file-name-bad = { $path }: { $at }: '{ $name }' cannot be a name: use only letters, digits and '.', '_', '-', '@', '+'
accounts-file-both-sources = { $path }: { $at } ({ $name }): give password_env or password_command, not both
accounts-file-bad-env = { $path }: { $at } ({ $name }): password_env must name an environment variable
accounts-file-bad-command = { $path }: { $at } ({ $name }): password_command must be a command line of at most { $limit } bytes
accounts-file-no-server = { $path }: { $at } ({ $name }): no server: give incoming, outgoing or a preset (here or under defaults)
accounts-number-range = { $flag }: give a number from 1 to { $max }
accounts-check-crashed = the check stopped unexpectedly (a fault in mailtriage)
secret-command-unparsable = the command is empty or one of its quotes is not closed
secret-command-not-found = `{ $program }` could not be started: no such program
secret-command-not-allowed = `{ $program }` could not be started: permission denied
secret-command-not-started = `{ $program }` could not be started: { $error }
secret-command-exit-code = `{ $program }` failed (exit status { $code })
secret-command-signal = `{ $program }` failed (stopped by signal { $signal })
secret-command-empty = `{ $program }` printed an empty first line
secret-command-too-slow = `{ $program }` did not finish within { $seconds } s and was stopped
secret-command-not-text = `{ $program }` printed something that is not text
secret-command-too-much = `{ $program }` printed more than { $kib } KiB, which is not a secret's one line
oauth2-http-not-https = not an https URL: { $url }
oauth2-http-plain-not-loopback = plain http is only used on this machine's loopback: { $url }
oauth2-http-connect = cannot connect: { $error }
oauth2-http-tls = TLS failed: { $error }
oauth2-http-deadline = no answer within { $seconds } s
oauth2-http-too-large = answer larger than { $limit } bytes
oauth2-http-malformed = not an HTTP answer: { $problem }
oauth2-http-request-header-not-text = a request header is not text
oauth2-http-headers-not-text = the headers are not text
oauth2-http-no-status-line = no HTTP/1.x status line
oauth2-http-no-status-code = no status code
oauth2-http-header-without-colon = a header line without a colon
oauth2-http-bad-header-name = a header name is not valid
oauth2-http-bad-header-value = a header value is not valid
oauth2-http-ended-in-headers = the answer ended inside its headers
oauth2-http-broken-chunks = a broken chunked body
oauth2-error-answer = error answer
oauth2-saved-too-large = larger than { $limit } bytes
oauth2-saved-position = line { $line } column { $column }

## -- saved profiles --
profile-no-folder = no folder for profiles: set XDG_CONFIG_HOME or HOME to an absolute path
profile-bad-name = '{ $name }' cannot be a profile name: { $reason }
profile-not-found = no profile named '{ $name }' ({ $path } does not exist)
profile-unreadable = { $path }: { $error }
profile-name-empty = it is empty
profile-name-too-long = it is longer than { $limit } characters
profile-name-starts-badly = it starts with a dot or a dash
profile-name-bad-characters = use only letters, digits, '.', '_' and '-'

## -- the system's file and socket errors --
io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = it already exists
io-is-a-folder = it is a folder
io-not-a-folder = a part of the path is not a folder
io-read-only = the file system is read-only
io-no-space = no space left on the device
io-address-in-use = the address is already in use
io-address-not-here = the address is not one of this machine's
io-other = { $error }

## -- help --
## `--help` of the program and of every command. Keys: help-about (the program), help-COMMAND-about,
## help-OPTION (an option's text wherever it appears), help-COMMAND-OPTION (one command's own text
## for an option), help-value-PLACEHOLDER (placeholders that are words; syntax such as HOST[:PORT]
## stays as typed), help-heading-… and help-word-… (the words clap writes itself). The English texts
## are the code's doc comments, word for word: a test compares them.
help-about = Why mail does not come in or go out, and how to fix it
help-check-about = Probe the servers once and print the result (no dashboard)
help-presets-about = List the providers mailtriage knows: its presets and the entries of Thunderbird's provider database (ISPDB), with where each comes from
help-scan-about = Try the servers' standard ports in every sensible security mode at once and recommend the working setting closest to the configured one (never logs in)
help-demo-about = Start demonstration servers on this machine for a scenario and open the dashboard on them; `demo --list` names the scenarios, `demo SCENARIO -- check --json` checks headless
help-serve-about = Answer Prometheus's scrapes: `/probe?account=NAME` checks an account of the accounts file (at most once per --min-interval) and answers with its metrics; `/metrics` has the exporter's own
help-oauth2-about = OAuth2 sign-in for the accounts that no longer take a password: `oauth2 login` gets a token with a code typed on another device
help-oauth2-login-about = Get a token with a code typed on another device (OAuth2 device authorization grant)
help-pop3 = Incoming (POP3) server
help-pop3-security = Security of the POP3 connection [default: tls; port 995, or 110 for starttls/none]
help-imap = Incoming server spoken to in IMAP, instead of POP3
help-imap-security = Security of the IMAP connection [default: tls; port 993, or 143 for starttls/none]
help-incoming = Which incoming server to check when the servers come from --preset, --email or --profile: pop3 (mail is downloaded to one device), imap (mail stays on the server) or both [default: pop3 when the provider offers it, else imap]
help-smtp = Outgoing (SMTP) server
help-smtp-security = Security of the SMTP connection [default: starttls; port 587, or 465 for tls]
help-user = User name to log in with
help-smtp-user = User name for the outgoing (SMTP) server, when it is not the --user one
help-password-env = Read the password from this environment variable (MAILTRIAGE_PASSWORD is read too; otherwise it is asked for on the terminal)
help-oauth2-token-env = Log in with the OAuth2 access token in this environment variable (XOAUTH2 or OAUTHBEARER, as the server offers) instead of a password; no password is asked for
help-oauth2-token-command = Log in with the OAuth2 access token this command prints on its first line (run without a shell) instead of a password; no password is asked for
help-from = Sender address for the SMTP dry run (MAIL FROM; nothing is sent)
help-to = Recipient address for the SMTP dry run (RCPT TO; nothing is sent)
help-resolve = Connect to ADDRESS for HOST:PORT, still checking the certificate against HOST
help-ca-file = Also trust the CA certificates in this PEM file
help-timeout = Deadline of each network step, in seconds
help-session-timeout = Overall deadline of each mail session, in seconds [default: the step deadline × (steps + 3) / 3, from the steps the session calls for]
help-allow-plaintext-auth = Allow sending the password, or an APOP digest of it, over an unencrypted connection
help-preset = Take the servers from this provider preset (`mailtriage presets` lists them)
help-email = The account's e-mail address: picks the provider's preset and the user name
help-profile = Start from this saved profile
help-save-profile = Save the account (servers, user name, sender; never the password) as this profile
help-lang = Language of the explanations [default: from the locale]
help-dns-server = DNS server for mailtriage's own look-ups (the network panel's host addresses, domain records and blocklists; the e-mail domain's MX, SRV and autoconfig records) instead of the system's [default port: 53]
help-sntp-server = Time server to check the local clock against [default: pool.ntp.org:123]
help-public-ip = This machine's public address, for the blocklist look-ups [default: the address the SMTP server says it sees]
help-dnsbl = DNS blocklist zone to look the addresses up in (repeatable) [default: zen.spamhaus.org]
help-reach = Internet reachability target to connect to (repeatable) [default: 1.1.1.1:443, 8.8.8.8:443 and [2606:4700:4700::1111]:443]
help-dkim-selector = DKIM selector to look up besides the provider's (repeatable)
help-oauth2-login = Sign in with OAuth2 first (microsoft, google or a preset id): a code is shown to type on any device with a browser; the check then logs in with the token, kept in memory
help-oauth2-saved = Log in with the token `oauth2 login --save` saved for this provider and the --user (refreshed first when it expires within two minutes)
help-client-id = The application (client) id registered with the provider for this sign-in [default: the preset's `oauth2.client_id`; none is built in]
help-tenant = Microsoft: the directory (tenant) to sign in to: a tenant id, a domain, `organizations` (work and school accounts) or `consumers` (personal accounts) [default: the preset's]
help-client-secret-env = Read the client secret from this environment variable (Google's device clients need one; it is never taken on the command line or from a file)
help-oauth2-device-url = The device authorization endpoint, instead of the preset's
help-oauth2-token-url = The token endpoint, instead of the preset's
help-ascii = Plain ASCII symbols, for terminals without Unicode
help-interval = Seconds between connection re-checks in the dashboard
help-report-dir = Folder for the reports the dashboard saves (`w`). Default: the XDG data folder, `$XDG_DATA_HOME/mailtriage/reports` or `~/.local/share/mailtriage/reports`
help-json = Print one JSON document instead of text
help-only = Run only these panels (repeatable)
help-report = Also write a support report (Markdown) to this file: settings, exact errors, findings, every step with its timing, and the transcripts. Never holds the password
help-private = In the support report, replace the user's own names and addresses (user name, e-mail addresses, a domain of one's own, this computer's name and addresses) by placeholders, for sharing it in public; known providers' server names stay
help-format = Output format: text (default), json (as --json), nagios (a monitoring plugin's status line, performance data and exit code 0/1/2/3) or openmetrics (for Prometheus)
help-format-text = The human report (the default)
help-format-json = One JSON document (the same as `--json`)
help-format-nagios = The monitoring-plugins API: exit 0/1/2/3, a status line with performance data, fixes
help-format-openmetrics = An OpenMetrics exposition, for node_exporter's textfile collector or any scraper
help-output = Write the output to this file instead of standard output, atomically (a temporary file beside it, then renamed over it): what node_exporter's textfile collector needs
help-account-label = The account's name in the nagios and openmetrics outputs (the `account` label). Default: the user name, else the e-mail address, else the first server's host name
help-accounts = Check every account of this YAML file (see the README's "Many accounts"). Beside it, these options apply to every entry: --to, --resolve, --ca-file, --timeout, --session-timeout, --allow-plaintext-auth, --lang, --dns-server, --sntp-server, --public-ip, --dnsbl, --reach, --dkim-selector, --only, --json. The entries name their own servers, user names and passwords
help-account-name = With --accounts: check only this entry and print what a single check prints (for the Nagios-family engines, which run a plugin once per service)
help-parallel = With --accounts: how many accounts are checked at once [default: 16]
help-per-host = With --accounts: how many accounts are checked at once against one server host [default: 4]
help-deadline = With --accounts: deadline of the whole run, in seconds; accounts not started by then are reported as not checked [default: enough for every account to use its own deadline]
help-search = Only the providers whose id, name, a domain or a server name contains this word
help-scenario = The scenario to show [default: healthy]; `--list` names them all
help-list = List the scenarios, one a line
help-then = After `--`: `check [--json] [--lang LANG]` runs the headless check on the scenario instead of opening the dashboard
help-listen = Address and port to listen on. Another address than loopback is used only when given
help-min-interval = An account checked less than this many seconds ago is answered from the last check, without logging in again, however often it is scraped
help-max-checks = Most checks running at the same time
help-provider = The provider: microsoft (Microsoft 365), google (Google Workspace) or a preset id (outlook, gmail, or one of your own presets with an `oauth2:` block)
help-save = Keep the token set in a file only you can read, under the XDG data folder (`$XDG_DATA_HOME/mailtriage/oauth2/`), for `check --oauth2-saved`
help-oauth2-login-lang = Language of the messages [default: from the locale]
help-oauth2-login-timeout = Deadline of each request to the sign-in service, in seconds [default: 20]
help-oauth2-login-user = The account being signed in (names the saved file; the sign-in page is not told)
help-presets-json = Print a JSON array (every server with its port and security) instead of the table
help-scan-json = Print one JSON document instead of the matrix
help-serve-accounts = The accounts file (YAML) whose accounts may be probed; a request names one, never a host
help-serve-dns-server = DNS server for mailtriage's own look-ups instead of the system's [default port: 53]
help-serve-lang = Language of the findings' words in the answers [default: from the locale]
help-serve-only = Run only these panels (repeatable) [default: incoming and outgoing; the network panel asks the same for every account]
help-heading-usage = Usage
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-commands = Commands
help-heading-possible-values = Possible values
help-heading-many-accounts = Many accounts
help-word-options-placeholder = OPTIONS
help-word-default = default
help-word-possible-values = possible values
help-word-help = Print help
help-word-help-more = Print help (see more with '--help')
help-word-help-summary = Print help (see a summary with '-h')
help-word-version = Print version
help-word-help-command = Print this message or the help of the given subcommand(s)
help-word-help-for = Print help for the subcommand(s)
help-value-command = COMMAND
help-value-address = ADDRESS
help-value-cmd = CMD
help-value-dir = DIR
help-value-file = FILE
help-value-file-md = FILE.md
help-value-format = FORMAT
help-value-id = ID
help-value-name = NAME
help-value-panel = PANEL
help-value-pem = PEM
help-value-provider = PROVIDER
help-value-scenario = SCENARIO
help-value-search = SEARCH
help-value-seconds = SECONDS
help-value-selector = SELECTOR
help-value-tenant = TENANT
help-value-url = URL
help-value-var = VAR
help-value-zone = ZONE

## -- the --ca-file --
ca-file-not-pem = the CA file is not valid PEM: { $error }
ca-file-not-an-authority = certificate { $number } of the CA file cannot be trusted as an authority: { $error }
ca-file-empty = the CA file holds no certificate (expected "-----BEGIN CERTIFICATE-----" blocks)

## -- values typed on the command line or in the editor --
value-unknown-security = unknown security '{ $value }': use tls, starttls or none
value-unknown-incoming = unknown protocol '{ $value }': use pop3, imap or both
value-no-host = '{ $spec }' has no host name
value-no-port = '{ $spec }' has no port: write HOST:PORT
value-bad-port = '{ $port }' is not a port number (1-65535) in '{ $spec }'
value-no-closing-bracket = '{ $spec }' misses the closing ']'
value-after-bracket = unexpected '{ $after }' after ']' in '{ $spec }'
value-not-resolve = '{ $spec }' is not HOST:PORT:ADDRESS
value-not-an-address-in = '{ $address }' is not an IP address in '{ $spec }'
value-not-an-address = '{ $address }' is not an IP address

## -- command-line mistakes (what clap refuses) --
usage-see-help = { $error } (see --help)
usage-unknown-argument = unexpected argument '{ $argument }' found
usage-unknown-command = unrecognized subcommand '{ $command }'
usage-invalid-value = invalid value '{ $value }' for '{ $argument }'
usage-value-missing = a value is required for '{ $argument }' but none was supplied
usage-missing-arguments = the following required arguments were not provided: { $arguments }
usage-conflict = the argument '{ $argument }' cannot be used with '{ $other }'
usage-needs-equals = '{ $argument }' takes its value after an equals sign
usage-too-many-values = unexpected value '{ $value }' for '{ $argument }'
usage-with-similar = { $error }; a similar one exists: '{ $similar }'
usage-with-valid = { $error }; possible values: { $valid }

## -- an address no source knows, and what the guess tried --
source-domain-missing = --email: the domain { $domain } does not exist (the DNS has no such name): check the address for typos
source-no-settings = --email: { $domain } publishes no mail settings (no provider a preset or Thunderbird's provider database knows by its name or MX records, no SRV records, no autoconfig file)
source-no-settings-failed = --email: { $domain } publishes no mail settings (no provider a preset or Thunderbird's provider database knows by its name or MX records, no SRV records, no autoconfig file) (look-up failed: { $problem })
source-then-guessed = { $looked }; { $guessed }
source-give-servers = { $looked }: give --pop3 or --imap HOST and/or --smtp HOST
source-no-preset = no preset knows the provider of '{ $email }': give --pop3 or --imap HOST and/or --smtp HOST
guess-port = { $protocol } { $port } ({ $security })
guess-no-encryption = no encryption
guess-nothing-answered = mailtriage then guessed as mail programs do: it tried the names { $names } on the ports { $ports }, connecting only (no password sent), within { $seconds } s, and none answered as a mail server
guess-names-missing = {" "}({ $names } do not exist in the DNS)
guess-plain-only = ; { $places } answered only without encryption, which mailtriage never recommends
guess-ask-provider = . Ask the provider for the incoming server's name, port and security (SSL/TLS or STARTTLS) and the outgoing server's, then give them with --pop3 or --imap HOST:PORT and --smtp HOST:PORT

## ==== end of section: cli ====


## ==== section: dashboard ====
## Dashboard: panels, keys, help, guide, editor, scan, demo scenarios.

### Chrome: panels, states, titles, notices.

tui-app-title = mailtriage
tui-network = Network
tui-incoming = Incoming (POP3)
tui-incoming-imap = Incoming (IMAP)
tui-outgoing = Outgoing (SMTP)
tui-pending = pending
tui-running = running
tui-ok = ok
tui-warn = warn
tui-failed = failed
tui-skipped = skipped
tui-error = error
tui-info = info
tui-not-configured = no server set: press e to enter one
tui-not-run-yet = not probed yet
tui-last-run = last run
tui-latency = connect ms
tui-earlier-login = from the last login check
tui-login-unchecked = login not checked with these settings yet: r checks it
tui-transcript = Transcript
tui-transcript-empty = Nothing exchanged yet.
tui-hints-all = Hints (all panels)
tui-hints-focused = Hints (this panel)
tui-hints-waiting = Waiting for the checks to finish.
tui-hints-failed-elsewhere = A step failed here: its cause is named among the hints of all panels.
tui-hints-none = No problems found.
tui-works-instead = Works instead
tui-every = every
tui-paused = paused
tui-probing-full = checking login
tui-probing-connection = checking connection
tui-login-held = login failed with these credentials: not retried on its own (r retries)
tui-login-held-short = login held: r retries
tui-setup-title = Set up the account to check
tui-editor-title = Account settings
tui-editor-intro = Leave a host empty to skip that side. The password is kept in memory only.
tui-host = host
tui-port = port
tui-security = security
tui-user = user
tui-password = password
tui-empty-side = (not checked)
tui-no-server = enter at least one server
tui-picker-title = Pick a provider
tui-picker-filter = filter
tui-picker-none = No provider matches.
tui-help-title = Keys
tui-help-typing = other keys type into the field
tui-guided-title = Guided check
tui-guided-say = Say to the person
tui-guided-found = What the checks found
tui-guided-step = step
tui-scan-title = Port scan
tui-scan-running = Trying the usual ports and security modes...
tui-scan-pick = Enter uses the selected port and security.
tui-scan-needs-mail-panel = Select the incoming or outgoing panel to scan its server.
tui-scan-unencrypted = This setting has no encryption: do not use it with a password.
tui-scan-unencrypted-applied = Now without encryption: the password and the mail travel unprotected. Do not use it with a password.
tui-report-saved = Report saved (Markdown to read, JSON for tools):
tui-report-failed = Could not save the report
tui-nothing-to-save = Nothing to save yet: no account is set.
tui-mark-pass = confirmed
tui-mark-warn = check
tui-mark-fail = problem
tui-mark-unknown = not checked
tui-too-small = Terminal too small: make it at least 60x16.
tui-no-security = none

### Keys: where they are read, what they do, how keyboards name them.

tui-context-global = Everywhere
tui-context-dashboard = Dashboard
tui-context-help = This help
tui-context-editor = Account settings
tui-context-picker = Provider list
tui-context-guided = Guided check
tui-context-scan = Port scan
tui-context-steps = Every step of a panel
tui-context-help-search = Searching this help
tui-context-search = Finding text in the transcript

tui-action-quit = quit
tui-action-help = help: all keys
tui-action-close = close
tui-action-next-panel = next panel
tui-action-prev-panel = previous panel
tui-action-select-network = network panel
tui-action-select-incoming = incoming panel
tui-action-select-imap-beside = IMAP panel, beside POP3
tui-action-select-outgoing = outgoing panel
tui-action-switch-pane = switch transcript / hints
tui-action-scroll-up = scroll up
tui-action-scroll-down = scroll down
tui-action-page-up = page up
tui-action-page-down = page down
tui-action-scroll-top = to the start
tui-action-scroll-bottom = to the end (follow)
tui-action-toggle-hint-scope = hints: all panels / this panel
tui-action-toggle-lang = next language
tui-action-rerun = check again, with login
tui-action-toggle-pause = pause / resume re-checks
tui-action-interval-up = re-check less often
tui-action-interval-down = re-check more often
tui-action-edit = edit settings
tui-action-presets = pick a provider
tui-action-scan = scan ports of this server
tui-action-guided = guided check
tui-action-save-report = save a report
tui-action-next-field = next field
tui-action-prev-field = previous field
tui-action-cycle-back = previous choice
tui-action-cycle-forward = next choice
tui-action-delete-char = delete a character
tui-action-clear-field = clear the field
tui-action-apply = apply and check
tui-action-pick = use the selected one
tui-action-up = move up
tui-action-down = move down
tui-action-guide-next = next step
tui-action-guide-prev = previous step
tui-action-details = every step of this panel in full, and its transcript
tui-action-search = search the keys
tui-action-search-done = keep what you typed
tui-action-search-clear = clear the search
tui-action-discover = look up the servers of the e-mail address
tui-action-search-start = find text in the transcript
tui-action-search-find = find
tui-action-search-next = next match
tui-action-search-prev = previous match
tui-action-copy-line = copy the selected transcript line (OSC 52)
tui-action-short-quit = quit
tui-action-short-help = help
tui-action-short-close = close
tui-action-short-next-panel = panel
tui-action-short-switch-pane = transcript/hints
tui-action-short-toggle-hint-scope = hints scope
tui-action-short-rerun = recheck
tui-action-short-toggle-pause = pause
tui-action-short-edit = edit
tui-action-short-presets = providers
tui-action-short-scan = scan
tui-action-short-guided = guide
tui-action-short-save-report = save
tui-action-short-next-field = next field
tui-action-short-cycle-forward = change
tui-action-short-apply = apply
tui-action-short-pick = use
tui-action-short-up = up
tui-action-short-down = down
tui-action-short-guide-next = next
tui-action-short-guide-prev = back
tui-action-short-details = steps
tui-action-short-search = search
tui-action-short-search-done = keep
tui-action-short-search-clear = clear
tui-action-short-search-start = find
tui-action-short-copy-line = copy

tui-key-right = Right
tui-key-left = Left
tui-key-up = Up
tui-key-down = Down
tui-key-enter = Enter
tui-key-space = Space
tui-key-backspace = Backspace
tui-key-page-up = PgUp
tui-key-page-down = PgDn
tui-key-home = Home
tui-key-end = End
tui-key-shift-tab = Shift-Tab

### Guided check: the steps' words, and the checks only the person can make.
### A "-say" text is read line by line, in the order the person acts.

tui-guide-incoming = Incoming mail
tui-guide-outgoing = Outgoing mail
tui-guide-network = Network
tui-guide-side-in = (in)
tui-guide-side-out = (out)
tui-guide-not-checked = not checked
tui-guide-failed = did not pass.
tui-guide-failed-see = did not pass. See "{ $title }".
tui-guide-nothing-to-ask = Nothing to ask here: the check confirmed it.
tui-guide-seen-internet = { $host } answered on port { $port }.
tui-guide-seen-internet-any = A mail server answered.
tui-guide-seen-name = the server { $host } was found.
tui-guide-seen-port = port { $port } answers as a mail server.
tui-guide-seen-encryption = the encrypted connection works and the certificate is valid.
tui-guide-seen-no-encryption = set to no encryption.
tui-guide-seen-login = the server accepted the user name and password.
tui-guide-messages-on-server = { $n ->
    [one] { $n } message is on the server now.
   *[other] { $n } messages are on the server now.
}
tui-guide-label-app-password = App password
tui-guide-label-sign-in = Sign-in
tui-guide-label-password = Password
tui-guide-label-pop = POP
tui-guide-label-imap = IMAP
tui-guide-label-sending = Sending
tui-guide-label-swapped-ports = Swapped ports
tui-guide-label-certificate = Certificate
tui-guide-label-domain = Domain
tui-guide-label-mailbox = Mailbox
tui-guide-label-clock = Clock
tui-guide-label-problem = Problem

tui-check-internet-label = Internet
tui-check-internet-title = Internet connection
tui-check-internet-say =
    Open a web page, for example a news site.
    If it does not open, check the cable or the Wi-Fi, and restart the router.
tui-check-server-name-label = Server
tui-check-server-name-title = Server name
tui-check-server-name-say =
    In the mail program, find the incoming and the outgoing server names.
    Read them to me letter by letter.
tui-check-port-label = Port
tui-check-port-title = Port
tui-check-port-say =
    Next to each server name there is a number: the port.
    Read me both numbers.
tui-check-encryption-label = Encryption
tui-check-encryption-title = Encryption
tui-check-encryption-say =
    Find the setting called security, encryption or SSL.
    Read me what it says, for incoming and for outgoing mail.
tui-check-sign-in-label = Password
tui-check-sign-in-title = User name and password
tui-check-sign-in-say =
    Read me the user name set in the mail program.
    Sign in to the webmail with the same user name and password.
tui-check-outgoing-auth-label = Send sign-in
tui-check-outgoing-auth-title = Sign-in for sending
tui-check-outgoing-auth-say =
    In the outgoing server settings, find "My outgoing server (SMTP) requires authentication" or similar.
    It must be on, with the same user name and password as for incoming mail.
tui-check-leave-copy-label = Leave copy
tui-check-leave-copy-title = Leave a copy on the server
tui-check-leave-copy-say =
    On every other device that gets this mail, open the account settings.
    Turn on "Leave a copy of messages on the server".
tui-check-firewall-label = Antivirus
tui-check-firewall-title = Firewall and antivirus
tui-check-firewall-say =
    Turn off the antivirus "mail protection" or "e-mail scanning" for a moment.
    Check the mail again.
    Turn the protection back on.
tui-check-other-network-label = Other network
tui-check-other-network-title = Another network
tui-check-other-network-say =
    Share the mobile phone's connection and connect the computer to it.
    Check the mail again.
    If it works there, the usual network blocks the mail: the router, a company firewall or the internet provider.

### Account settings form.

tui-editor-email = e-mail
tui-editor-email-empty = (Ctrl-D looks up its servers)
tui-editor-smtp-user = SMTP user
tui-editor-smtp-user-empty = (same as user)
tui-editor-from = from (test)
tui-editor-to = to (test)
tui-editor-no-dry-run = (no dry run)
tui-editor-ca-file = CA file
tui-editor-ca-file-empty = (system CAs only)
tui-editor-ca-file-from-start = (the one given at start)
tui-editor-looking-up = looking up { $address }…
tui-editor-servers-from = servers from { $origin }
tui-editor-servers-from-each = servers from: incoming { $incoming }; outgoing { $outgoing }
tui-editor-servers-from-incoming = servers from: incoming { $incoming }
tui-editor-servers-from-outgoing = servers from: outgoing { $outgoing }
tui-editor-no-servers-found = no servers found for this address
tui-origin-options = what was typed here
tui-origin-profile = the saved profile
tui-origin-preset = the { $provider } preset
tui-origin-mx = { $provider }, where the MX of { $domain } points
tui-origin-srv = the SRV records of { $domain }
tui-origin-ispdb = Thunderbird's provider database (ISPDB)
tui-origin-autoconfig = the autoconfig file of { $domain }
tui-origin-guess = a guess (a usual name of { $domain } answered)
tui-form-bad-port = { $side ->
    [incoming] Incoming
   *[outgoing] Outgoing
}: port must be a number from 1 to 65535
tui-form-bad-host = { $side ->
    [incoming] Incoming
   *[outgoing] Outgoing
} host: { $why }
tui-form-host-characters = a host is a name like mail.example.org or an address, without spaces, @ or /
tui-form-host-brackets = write an IPv6 address in brackets: [2001:db8::1]:995
tui-form-host-port = the port after ':' must be a number from 1 to 65535
tui-form-bad-email = The e-mail address must look like name@example.org
tui-form-bad-dry-run = The dry-run addresses must be e-mail addresses (name@domain), or empty for no dry run

### Help: what the symbols mean.

tui-help-no-match = No key matches: { $backspace } deletes, Esc clears the search.
tui-legend-title = What the symbols mean
tui-legend-ok = the step worked
tui-legend-warn = it worked, with something to look at
tui-legend-failed = the step failed: the hints say why and how to fix it
tui-legend-running = running now
tui-legend-pending = waiting its turn
tui-legend-skipped = not run: an earlier step failed, or it does not apply
tui-legend-guided = guided check
tui-legend-guided-unknown = in the guided check: the person checks it, no check could
tui-legend-sparkline = time to connect at each check, the newest on the right
tui-legend-sparkline-absent = in the sparkline: that check could not connect
tui-legend-sent = in the transcript: what mailtriage sent (secrets as ***)
tui-legend-received = in the transcript: what the server answered
tui-legend-info = in the transcript: a note of mailtriage's own

### Panels, hints pane, transcript and the view of every step.

tui-hints-more = { $n } more ({ $key })
tui-cut-short-focused = … Enter shows every detail
tui-cut-short = … Tab here, then Enter: every detail
tui-more-rows = … { $n } more: Enter shows all
tui-more-rows-short = … { $n } more (Enter)
tui-transcript-together = { $n } sent at once, without waiting:
tui-transcript-answers = (answers { $command })
tui-search-typing-keys = Enter find · Esc cancel
tui-search-found-keys = n/N next/prev · y copy
tui-every-step = every step

### The verdict above the panels. $side is incoming, outgoing or network; $protocol is POP3 or
### IMAP when both incoming servers are checked, else none; $step is a step's name.

tui-side-works = { $side ->
    [incoming] { $protocol ->
        [none] receiving works
       *[other] receiving over { $protocol } works
    }
    [outgoing] sending works
   *[network] the network works
}
tui-side-warns = { $side ->
    [incoming] { $protocol ->
        [none] receiving works, with a warning at { $step }
       *[other] receiving over { $protocol } works, with a warning at { $step }
    }
    [outgoing] sending works, with a warning at { $step }
   *[network] the network has a warning at { $step }
}
tui-side-fails = { $side ->
    [incoming] { $protocol ->
        [none] receiving fails at { $step }
       *[other] receiving over { $protocol } fails at { $step }
    }
    [outgoing] sending fails at { $step }
   *[network] the network check fails at { $step }
}
tui-side-checking = { $side ->
    [incoming] { $protocol ->
        [none] checking receiving
       *[other] checking receiving over { $protocol }
    }
    [outgoing] checking sending
   *[network] checking the network
}
tui-side-not-checked = { $side ->
    [incoming] { $protocol ->
        [none] receiving not checked
       *[other] receiving over { $protocol } not checked
    }
    [outgoing] sending not checked
   *[network] the network not checked
}
tui-side-both-work = Receiving and sending work

### Step names in panel rows and the verdict: short, the panel's column is narrow.


### Port scan rows.

tui-scan-works-unencrypted = works, but only without encryption
tui-scan-works-recommended = works, recommended
tui-scan-works = works
tui-scan-certificate = works, but this computer does not trust the certificate
tui-scan-needs-tls = does not work: this port expects SSL/TLS
tui-scan-not-tls = does not work: this port answers without encryption
tui-scan-no-starttls = does not work: the server offers no STARTTLS here
tui-scan-refused = does not work: nothing listens on this port
tui-scan-timeout = does not work: no answer in time
tui-scan-other = does not work

### Provider list: the note under the selected provider.

tui-picker-note = { $username ->
    [full-address] user name: the full address
    [local-part] user name: the part before the @
   *[unknown] user name: as the provider says
}{ $count ->
    [0] {""}
   *[other] ; { $notes }
}
tui-note-app-password-required = needs an app password
tui-note-app-password-with-2fa = an app password if 2-Step Verification is on
tui-note-pop-must-be-enabled = POP must be switched on in the webmail
tui-note-oauth2-only = password sign-in is off (OAuth2 only)
tui-note-admin-controls-access = the administrator decides who may sign in
tui-note-no-pop3 = no POP3: use IMAP
tui-note-self-signed-certificate = its certificate is not from a public authority
tui-note-local-bridge = the servers run in a program on this computer
tui-note-polling-limit = refuses checking for mail too often
tui-note-disconnects-after-bad-password = hangs up after a wrong password
tui-note-port-25-blocked = port 25 is blocked: send on 587 or 465
tui-note-regional-servers = server names depend on the region
tui-note-paid-plan-required = mail programs only on paid plans

### What new settings changed, read aloud: "Outgoing port 587 → 465, security STARTTLS → SSL/TLS".

tui-change-server = server
tui-change-port = port
tui-change-security = security
tui-change-not-checked = not checked any more
tui-change-none = (none)
tui-change-incoming = Incoming
tui-change-outgoing = Outgoing
tui-change-user = User name
tui-change-smtp-user = SMTP user name
tui-change-password = Password changed
tui-change-from = Dry-run sender
tui-change-to = Dry-run recipient
tui-change-email = E-mail address
tui-change-ca = Trusted CA file
tui-change-ca-loaded = loaded
tui-change-ca-removed = removed

### Finding text in the transcript, copying a line.

tui-search-nothing = Nothing to find yet: press / and type the text.
tui-search-not-found = "{ $query }" is not in this transcript.
tui-copy-empty = The transcript is empty: nothing to copy.
tui-copy-sent = Line sent to your terminal's clipboard (OSC 52; passwords stay ***). If nothing arrives, the terminal does not allow it.

### Notices.

tui-ca-unusable = The CA file { $path } cannot be used: { $why }

### Demonstration: the title-bar notice, `demo --list` and its messages.

demo-banner-long = DEMO: demonstration servers on this machine
demo-banner-medium = DEMO servers on this machine
demo-banner-short = DEMO: local servers
demo-banner-tiny = DEMO
demo-list-heading = Demonstration scenarios (mailtriage demo SCENARIO):
demo-unknown-scenario = unknown scenario '{ $name }': mailtriage demo --list names them
demo-usage-after-dashes = after -- only 'check' with --json or --lang LANG can follow
demo-runtime-failed = cannot start the runtime: { $why }

demo-scenario-healthy = everything works: mail comes in and goes out
demo-scenario-imap-healthy = everything works, with IMAP for incoming mail
demo-scenario-receive-ok-send-fails = mail comes in, but the outgoing server refuses the same password
demo-scenario-tls-on-starttls-port = incoming is set to SSL/TLS on a port that expects STARTTLS
demo-scenario-starttls-on-tls-port = outgoing is set to STARTTLS on a port that expects SSL/TLS
demo-scenario-swapped-ports = the incoming and outgoing ports are the wrong way round
demo-scenario-cert-expired = the incoming server's certificate has expired
demo-scenario-cert-wrong-name = the outgoing server's certificate is for another name
demo-scenario-app-password = Gmail refuses the normal password: an app password is needed
demo-scenario-basic-auth-disabled = Microsoft has turned off password logins for sending
demo-scenario-pop3-disabled = POP is switched off in the account's webmail settings (Gmail's text)
demo-scenario-imap-disabled = IMAP is switched off in the account's webmail settings (Gmail's text)
demo-scenario-pop3-works-imap-disabled = POP3 works, IMAP is switched off in webmail: the two side by side
demo-scenario-mailbox-locked = another device is downloading from the mailbox right now
demo-scenario-silent-server = an antivirus mail shield accepts the outgoing connection and says nothing

### When the dashboard cannot run: said on the terminal after it is restored.

tui-error-runtime = cannot start the async runtime: { $why }
tui-error-open = cannot open the terminal: { $why }
tui-error-restore = cannot restore the terminal: { $why }
tui-error-draw = cannot draw: { $why }
tui-error-read = cannot read the terminal: { $why }

## -- oauth2-device --
## The OAuth2 sign-in overlay (`o`, or at start with --oauth2-login).
tui-context-sign-in = OAuth2 sign-in
tui-action-sign-in = sign in with OAuth2 (a code typed on another device)
tui-action-short-sign-in = sign in
tui-sign-in-title = Sign in to { $provider } (OAuth2)
tui-sign-in-starting = Asking the sign-in service for a code…
tui-sign-in-read-out = On any device with a web browser (a phone will do), open the address and type the code:
tui-sign-in-waiting = Waiting for the sign-in: { $time } left. When it is done, the account is checked again with the token. Esc stops.
tui-sign-in-no-provider = no OAuth2 provider given: start the dashboard with --oauth2-login microsoft (or google, or a preset id)

## ==== end of section: dashboard ====
