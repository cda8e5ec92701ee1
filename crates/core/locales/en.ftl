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

## ==== end of section: dashboard ====
