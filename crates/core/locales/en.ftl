# mailtriage's words in English. Keys are stable; a translation defines every key of this file
# and may use only the variables the English text uses. See the README, "Adding a language".

## ==== section: general ====
## General words shared by every part of the product.

language-name = English

days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}

## ==== end of section: general ====


## ==== section: findings ====
## Findings: titles, explanations and fixes (crates/core/src/diagnose), working settings,
## provider notes, port-scan verdicts.

## ==== end of section: findings ====


## ==== section: reports ====
## Reports: the check's text and Markdown reports, JSON human fields, the presets table.

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

## ==== end of section: steps ====


## ==== section: cli ====
## Command line: errors, usage messages and summaries.

## The command line's own messages. `--help` stays in English: clap writes its headings and
## option names in English, and a help half in one language and half in another helps nobody.
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
cli-incoming-contradicts = --incoming { $asked } contradicts { $given }: leave one of them out, or use --incoming both
cli-incoming-no-server = --incoming { $choice }: no { $protocol } server is known for this account (the preset, the address or the profile names none): give { $flag } HOST
cli-imap-security-without-imap = --imap-security needs an IMAP server: --imap HOST, or --incoming imap or both with a preset or an address
cli-no-provider-matches = no provider matches '{ $search }'

## ==== end of section: cli ====


## ==== section: dashboard ====
## Dashboard: panels, keys, help, guide, editor, scan, demo scenarios.

## ==== end of section: dashboard ====
