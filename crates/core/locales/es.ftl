# Las palabras de mailtriage en español, de «tú» en todo el producto. Las claves son las del
# archivo en inglés; un texto usa solo las variables que usa el inglés.

## ==== section: general ====
## General words shared by every part of the product.

language-name = Español

days = { $n ->
    [one] { $n } día
   *[other] { $n } días
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

## Nombres cortos de los pasos, como se ven en la fila de cada paso.
step-name-dns = dns
step-name-tcp = tcp
step-name-tls = tls
step-name-greeting = saludo
step-name-capa = capacidades
step-name-stls = stls
step-name-ehlo = ehlo
step-name-starttls = starttls
step-name-login = acceso
step-name-stat = buzón
step-name-uidl = uidl
step-name-mail-from = remitente
step-name-rcpt-to = destinatario
step-name-rset = rset
step-name-quit = cierre
step-name-route = ruta
step-name-proxy = proxy
step-name-resolver = resolutor
step-name-reach = internet
step-name-clock = reloj
step-name-mx = mx
step-name-spf = spf
step-name-dmarc = dmarc
step-name-dkim = dkim
step-name-dnsbl = listas negras

step-list = { $items }

step-command-greeting = el saludo
step-command-cancel = el * que cancela

step-deadline = el plazo
step-deadline-session = el límite de la sesión de { $seconds } s (--session-timeout)

step-dns-pinned = { $addresses } (fijada)
step-dns-not-found = no se encuentra la dirección de { $host }
step-tcp-connected = { $address } en { $ms } ms
step-tcp-port-failures = puerto { $port }: { $failures }
step-tcp-address-refused = { $address } rechazó la conexión
step-tcp-address-no-answer = { $address } no responde
step-tcp-address-unreachable = { $address } inalcanzable
step-tcp-address-failed = { $address } falló
step-port-expects-tls = no hay saludo { $protocol }: este puerto espera TLS desde el primer byte
step-connection-broke = la conexión se cortó
step-connection-broke-sending = la conexión se cortó al enviar
step-send-timeout = el servidor no aceptó los datos antes del plazo

step-tls-negotiated = { $negotiated }, { $certificate }
step-tls-certificate-valid = certificado válido para { $name } hasta { $until }
step-tls-plain-text = el servidor respondió en texto sin cifrar, no con TLS
step-tls-malformed = la respuesta TLS del servidor está mal formada
step-tls-not-tls-data = el servidor respondió con datos que no son TLS
step-tls-certificate-refused = el certificado del servidor no se aceptó
step-tls-stalled = la negociación TLS se quedó parada, mientras que TLS implícito en el mismo servidor funciona
step-tls-timeout = la negociación TLS no terminó antes del plazo
step-tls-no-common-version = no hay ninguna versión de TLS en común con el servidor
step-tls-failed = la negociación TLS falló
step-upgrade-agreed = el servidor aceptó { $command }
step-upgrade-injected = el servidor aceptó { $command }, pero colaron texto sin cifrar antes de la negociación TLS (descartado)
step-upgrade-refused = el servidor rechazó { $command }
step-upgrade-not-offered = el servidor no ofrece { $command }
step-answered-with-tls = el servidor respondió con TLS, no con un saludo { $protocol }
step-starttls-after-preauth = el servidor dio la sesión por iniciada en el saludo (PREAUTH) sin cifrar, así que ya no se puede usar STARTTLS

step-reply-unreadable = no se pudo leer la respuesta del servidor
step-reply-unasked = el servidor envió una respuesta que nadie pidió
step-reply-does-not-fit = la respuesta del servidor no corresponde a { $command }
step-not-a-greeting = esto no es un saludo { $protocol }
step-reply-not-protocol = la respuesta del servidor no es { $protocol }
step-reply-to-not-protocol = la respuesta del servidor a { $command } no es { $protocol }
step-answer-incomplete = la respuesta a { $command } seguía incompleta al cumplirse { $deadline }
step-no-answer = el servidor no respondió antes del plazo
step-server-closed = el servidor cerró la conexión
step-server-ended-session = el servidor terminó la sesión
step-session-limit-reached = la sesión llegó a su tiempo máximo antes de que terminara este paso
step-check-limit-reached = la comprobación llegó a su tiempo máximo antes de que terminara este paso
step-network-limit-reached = el panel de red llegó a su tiempo máximo antes de que terminara esta comprobación
step-interrupted = interrumpido antes de terminar

step-greeting-refused = el servidor rechazó la conexión
step-capa-missing = el servidor no dice qué capacidades tiene (sin CAPA)
step-capa-unlisted = el servidor no dice qué capacidades tiene
step-capa-from-greeting = del saludo: { $capabilities }
step-ehlo-closed = el servidor cerró la sesión
step-ehlo-helo-only = EHLO rechazado, HELO aceptado: el servidor no ofrece extensiones
step-ehlo-refused = el servidor rechazó EHLO y también HELO

step-login-ok = sesión iniciada con contraseña
step-login-ok-with = sesión iniciada con { $method }
step-auth-ok = autenticado con contraseña
step-auth-ok-with = autenticado con { $method }
step-login-refused = el servidor rechazó el inicio de sesión
step-login-refused-code = el servidor rechazó el inicio de sesión [{ $code }]
step-login-no-method = no hay ningún método de inicio de sesión en común con el servidor
step-login-no-method-imap = no hay ningún método de inicio de sesión en común con el servidor (LOGINDISABLED, sin AUTH=PLAIN)
step-login-no-method-offered = no hay ningún método de inicio de sesión en común: el servidor solo ofrece { $offered }
step-login-not-tried-unencrypted = no se intentó iniciar sesión: la conexión no está cifrada
step-auth-not-tried-unencrypted = no se intentó la autenticación: la conexión no está cifrada
step-login-not-tried-logindisabled = no se intentó iniciar sesión: el servidor no acepta inicios de sesión por una conexión sin cifrar (LOGINDISABLED)
step-login-not-tried-unquotable = no se intentó iniciar sesión: el nombre de usuario o la contraseña llevan un salto de línea o un NUL, que LOGIN no puede enviar a este servidor (sin AUTH=PLAIN ni LITERAL+)
step-login-no-credentials = no se dio nombre de usuario ni contraseña: no se probó el inicio de sesión
step-auth-no-credentials = no se dio nombre de usuario ni contraseña: no se probó la autenticación
step-login-preauth = el servidor dio la sesión por iniciada en el saludo (PREAUTH): no se probó la contraseña
step-login-sasl-ir-ignored = no se pudo probar el inicio de sesión: el servidor pidió más tras la respuesta inicial (SASL-IR) y tomó el comando siguiente como respuesta
step-login-kept-asking = el servidor siguió pidiendo datos después de recibir la contraseña
step-login-challenge-too-long = el desafío de inicio de sesión del servidor era demasiado largo para un acceso con contraseña, así que se canceló
step-auth-credentials-ignored = el servidor ignoró las credenciales enviadas con AUTH PLAIN; inicio de sesión sin confirmar
step-auth-not-offered = el servidor no ofrece autenticación en esta conexión

step-stat-mailbox = { $messages ->
    [one] { $messages } mensaje
   *[other] { $messages } mensajes
}, { $octets } bytes
step-stat-unreadable = la respuesta a STAT no es «cantidad tamaño»
step-command-refused = el servidor rechazó { $command }
step-not-tried-login-refused = no se intentó: el inicio de sesión fue rechazado
step-not-tried-login-cancelled = no se intentó: el inicio de sesión se canceló
step-not-tried-login-untested = no se intentó: no se pudo probar el inicio de sesión
step-uidl-available = hay identificadores únicos de mensaje
step-uidl-listed = identificadores únicos de { $messages ->
    [one] { $messages } mensaje
   *[other] { $messages } mensajes
}
step-uidl-unsupported = el servidor no admite UIDL
step-inbox = { $messages ->
    [one] { $messages } mensaje
   *[other] { $messages } mensajes
} en INBOX
step-inbox-unseen = { $messages ->
    [one] { $messages } mensaje
   *[other] { $messages } mensajes
} en INBOX, { $unseen } sin leer
step-inbox-examined = { $messages ->
    [one] { $messages } mensaje
   *[other] { $messages } mensajes
} en INBOX (EXAMINE, solo lectura)
step-with-uidvalidity = { $text } (UIDVALIDITY { $uidvalidity })
step-status-without-count = el servidor respondió a STATUS sin decir cuántos mensajes hay en INBOX
step-examine-without-count = el servidor abrió INBOX sin decir cuántos mensajes tiene
step-examine-refused = el servidor se negó a abrir INBOX

step-sender-accepted = remitente aceptado
step-sender-refused = el servidor rechazó el remitente
step-not-tried-sender-refused = no se intentó: el remitente fue rechazado
step-recipient-accepted = destinatario aceptado
step-recipient-deferred = el servidor aplazó el destinatario
step-recipient-refused = el servidor rechazó el destinatario
step-rset-done = prueba de envío deshecha
step-quit-closed = el servidor cerró la conexión
step-quit-no-reply = sin respuesta a QUIT
step-quit-incomplete = respuesta incompleta a QUIT
step-quit-not-accepted = QUIT no fue aceptado
step-logout-not-accepted = LOGOUT no fue aceptado

step-route-unreadable = aquí no se pueden leer las rutas de este sistema
step-route-none = sin ruta por defecto: este equipo no está conectado a ninguna red
step-route-via = { $family } por { $gateway } ({ $interface })
step-route-on = { $family } en { $interface }
step-route-default = ruta por defecto { $routes }
step-route-default-addresses = ruta por defecto { $routes }; direcciones { $addresses }
step-proxy-none = sin proxy, sin VPN
step-proxy-tunnels = interfaces de túnel: { $interfaces }
step-proxy-route-through = la ruta por defecto { $family } pasa por { $interface }
step-resolver-answered = respondió en { $ms } ms
step-resolver-silent = el resolutor DNS { $server } no responde
step-clock-right = el reloj del equipo está en hora
step-clock-behind = el reloj del equipo va { $by } atrasado
step-clock-ahead = el reloj del equipo va { $by } adelantado
step-clock-measured = { $how } (desfase { $offset } s, ida y vuelta { $ms } ms)
step-clock-unchecked = { $server } no dio la hora: no se comprobó el reloj

transcript-connected = conectado a { $address }
transcript-truncated = (transcripción cortada tras { $lines } líneas)
transcript-more-lines-hidden = ({ $lines } líneas más sin mostrar)
transcript-literal-hidden = ({ $bytes } bytes de datos literales sin mostrar)
transcript-line-after-last-command = el servidor envió una línea después del último comando de la sesión
transcript-reply-after-last-command = el servidor envió una respuesta después del último comando de la sesión: { $reply }
transcript-injected-discarded = las líneas de arriba llegaron sin cifrar después de la respuesta a { $command } y antes de la negociación TLS; se descartaron sin leerlas
transcript-bare-lf = el servidor termina sus líneas con LF solo en vez de CR LF; se leen igualmente
transcript-untagged-skipped = la respuesta sin etiqueta de arriba no es IMAP tal como la lee el cliente; se omite
transcript-preauth = el servidor dio esta conexión por iniciada en el saludo (PREAUTH), sin contraseña
transcript-sasl-ir-ignored = el servidor pidió más tras la respuesta inicial (SASL-IR): toma como respuesta el STATUS enviado detrás de AUTHENTICATE
transcript-no-sasl-ir = el servidor no ofrece SASL-IR: las credenciales van después de su aviso
transcript-status-refused-examine = STATUS fue rechazado; EXAMINE abre INBOX en solo lectura para contar sus mensajes
transcript-tls-handshake = negociación TLS: { $details }
transcript-tls-handshake-failed = la negociación TLS falló: { $message }
transcript-tls-old-hello = el servidor cerró la conexión ante un saludo TLS 1.2/1.3 sin enviar ninguna alerta; se pregunta otra vez a { $address } con un saludo TLS 1.0/1.1 (sin iniciar sesión)
transcript-tls-stalled-trying-implicit = la negociación TLS no ha terminado tras { $ms } ms; se prueba TLS implícito en { $address }
transcript-no-greeting-trying-tls = sin saludo tras { $ms } ms; se prueba TLS en una segunda conexión a { $address }
transcript-no-answer-within = sin respuesta en { $seconds } s
transcript-incomplete-answer-within = sin respuesta completa en { $seconds } s (llegaron { $bytes } bytes)
transcript-session-limit = se alcanzó el límite de la sesión de { $seconds } s: se cierra la conexión
transcript-network-limit = se alcanzó el límite del panel de red de { $seconds } s
transcript-check-interrupted = comprobación interrumpida ({ $signal }): se informa de lo visto hasta ahora
transcript-check-limit = se alcanzó el límite de la comprobación de { $seconds } s: el panel se detuvo

step-address-pinned = (fijada)
step-address-given = (dirección indicada)
step-address-this-machine = (este equipo)
step-connected-in = conectado en { $ms } ms
step-connect-refused = rechazada: nada escucha en ese puerto
step-connect-timeout = sin respuesta: el intento de conexión agotó el tiempo
step-connect-unreachable = inalcanzable: no hay ruta hasta esa dirección
step-connect-failed = sin conexión
step-connect-other-family-works = { $failure }; la otra familia de direcciones sí conecta en el puerto { $port }
step-not-tried-no-ipv6-route = no se intentó: este equipo no tiene ruta IPv6 por defecto
step-trust-store-unreadable = no se pudieron cargar los certificados de confianza
transcript-other-submission-port = otro puerto de envío, para comparar: { $target }: { $outcome }

step-mx-null = { $domain } dice que no recibe correo (MX nulo)
step-mx-missing = { $domain } no tiene registro MX: el correo dirigido a él no tiene un destino claro
step-mx-lookup-failed = la consulta MX de { $domain } falló
step-spf-valid = { $lookups } consultas DNS de { $max }
step-spf-valid-ends = { $lookups } consultas DNS de { $max }, termina en { $all }
step-spf-missing = { $domain } no tiene registro SPF
step-spf-multiple = { $domain } tiene { $records } registros SPF; debe tener uno
step-spf-invalid = el registro SPF de { $domain } está roto
step-spf-too-many-lookups = el registro SPF de { $domain } necesita { $lookups } consultas DNS; los receptores se detienen en { $max }
step-txt-lookup-failed = la consulta TXT de { $domain } falló
step-dmarc-policy = política { $policy }
step-dmarc-policy-percent = política { $policy } para el { $percent } % del correo
step-dmarc-missing = no hay registro DMARC en { $name }
step-dmarc-multiple = { $records } registros DMARC en { $name }; debe haber uno
step-dmarc-invalid = el registro DMARC en { $name } está roto
step-lookup-failed = la consulta de { $name } falló
step-dkim-provider-domain = { $domain } es el dominio del propio proveedor ({ $provider }); sus claves de firma son cosa suya
step-dkim-key = { $selector }: clave { $kind } de { $bits } bits
step-dkim-lookups-failed = las consultas DKIM fallaron (selectores { $selectors })
step-dkim-none = ninguna clave DKIM utilizable en los selectores { $selectors }
step-dkim-none-problems = ninguna clave DKIM utilizable en los selectores { $selectors } ({ $problems })

step-dnsbl-client-not-address = el servidor SMTP indicó { $named }, que no es una dirección
step-dnsbl-client-unknown = el servidor SMTP no dijo qué dirección ve; indícala con --public-ip
step-dnsbl-not-public = { $address } es { $reason }; las listas negras solo contienen direcciones públicas
step-dnsbl-not-listed = no aparece en { $zone }
step-dnsbl-lookup-failed = la consulta en { $zone } falló
step-dnsbl-listed = { $address } aparece en { $zone } ({ $codes })
step-dnsbl-unusable-answer = { $zone } respondió { $codes }: { $meaning }; no se sabe nada

step-scan-ended-before-greeting = la prueba terminó antes del saludo
step-scan-failed = { $step } falló: { $detail }
step-scan-failed-why = { $step } falló: { $detail }: { $why }
step-scan-after = tras { $sent }: { $reply }
step-scan-timeout = no terminó en { $seconds } s
step-scan-trust-store = no se pudieron cargar los certificados de confianza: { $message }
step-guess-timeout = sin respuesta en los { $seconds } s de la prueba
transcript-implicit-tls-works = TLS implícito en { $address } funciona: conectó y terminó una negociación TLS en { $ms } ms ({ $details })
transcript-tls-handshake-succeeded = una negociación TLS con { $address } salió bien ({ $details })
transcript-tls-answered = { $address } respondió a una negociación TLS ({ $message })
transcript-tls-old-version-seen = el servidor respondió a un saludo TLS 1.1 con un ServerHello de { $version } ({ $hex })
transcript-tls-old-hello-nothing = la prueba con un saludo TLS 1.0/1.1 no mostró nada: { $why }
step-tls-cert-expired = el certificado caducó el { $date }
step-tls-cert-not-yet-valid = el certificado no es válido hasta el { $date }
step-tls-cert-other-name = el certificado es para { $names }, no para { $name }
step-tls-cert-untrusted = el certificado no lo emite una autoridad en la que este equipo confíe
step-tls-plain-text-sent = el servidor no respondió con TLS; envió «{ $sent }»

## ==== end of section: steps ====


## ==== section: cli ====
## Command line: errors, usage messages and summaries.

## Los mensajes propios de la línea de órdenes. `--help` sigue en inglés (lo escribe clap).
cli-no-server = no se indicó ningún servidor: usa --pop3 o --imap SERVIDOR y/o --smtp SERVIDOR
cli-password-prompt = Contraseña de { $user }:
cli-password-env-unset = --password-env: la variable de entorno { $variable } no está definida
cli-profile-saved = perfil '{ $name }' guardado en { $path }
cli-cannot-read = { $flag }: no se puede leer { $path }: { $error }
cli-cannot-write = { $flag }: no se puede escribir { $path }: { $error }
cli-cannot-write-list = no se puede escribir la lista: { $error }
cli-runtime-failed = no se puede iniciar el entorno de ejecución: { $error }
cli-interrupted = interrumpido ({ $signal }); el informe de arriba muestra lo visto hasta entonces
cli-interval-range = --interval: indica un número de segundos entre 1 y 86400
cli-seconds-out-of-range = { $flag }: { $value } no es un número de segundos entre 0 y { $max }
cli-not-an-ip = { $flag }: '{ $value }' no es una dirección IP
cli-not-a-selector = --dkim-selector: '{ $value }' no es un nombre de selector
cli-incoming-contradicts = --incoming { $asked } contradice { $given }: quita uno de los dos, o usa --incoming both
cli-incoming-no-server = --incoming { $choice }: no se conoce ningún servidor { $protocol } para esta cuenta (ni el preajuste, ni la dirección, ni el perfil lo indican): indica { $flag } SERVIDOR
cli-imap-security-without-imap = --imap-security necesita un servidor IMAP: --imap SERVIDOR, o --incoming imap o both con un preajuste o una dirección
cli-no-provider-matches = ningún proveedor coincide con '{ $search }'

## ==== end of section: cli ====


## ==== section: dashboard ====
## Dashboard: panels, keys, help, guide, editor, scan, demo scenarios.

## ==== end of section: dashboard ====
