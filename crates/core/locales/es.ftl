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
step-name-dns = DNS
step-name-tcp = conexión
step-name-tls = TLS
step-name-greeting = saludo
step-name-capa = CAPA
step-name-stls = STLS
step-name-ehlo = EHLO
step-name-starttls = STARTTLS
step-name-login = acceso
step-name-stat = STAT
step-name-uidl = UIDL
step-name-mail-from = MAIL FROM
step-name-rcpt-to = RCPT TO
step-name-rset = RSET
step-name-quit = QUIT
step-name-route = ruta
step-name-proxy = proxy
step-name-resolver = DNS local
step-name-reach = Internet
step-name-clock = reloj
step-name-mx = MX
step-name-spf = SPF
step-name-dmarc = DMARC
step-name-dkim = DKIM
step-name-dnsbl = lista de bloqueo

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
transcript-tls-race-at-once = el puerto { $port } suele esperar TLS desde el primer byte: se empezó a la vez un saludo TLS en una segunda conexión a { $address } (sin iniciar sesión)
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

### Chrome: panels, states, titles, notices.

tui-app-title = mailtriage
tui-network = Red
tui-incoming = Entrada (POP3)
tui-incoming-imap = Entrada (IMAP)
tui-outgoing = Salida (SMTP)
tui-pending = pendiente
tui-running = en curso
tui-ok = bien
tui-warn = aviso
tui-failed = falla
tui-skipped = omitido
tui-error = error
tui-info = nota
tui-not-configured = sin servidor: pulsa e para indicarlo
tui-not-run-yet = aún sin comprobar
tui-last-run = última vez
tui-latency = ms conexión
tui-earlier-login = del último intento de acceso
tui-login-unchecked = acceso aún sin comprobar con estos datos: r lo comprueba
tui-transcript = Diálogo
tui-transcript-empty = Todavía no hubo intercambio.
tui-hints-all = Consejos (todos)
tui-hints-focused = Consejos (este panel)
tui-hints-waiting = Esperando a que terminen las comprobaciones.
tui-hints-failed-elsewhere = Falló un paso aquí: su causa aparece en los consejos de todos los paneles.
tui-hints-none = No se encontraron problemas.
tui-works-instead = Funciona en su lugar
tui-every = cada
tui-paused = en pausa
tui-probing-full = comprobando acceso
tui-probing-connection = comprobando conexión
tui-login-held = el acceso falló con estos datos: no se reintenta solo (r reintenta)
tui-login-held-short = acceso retenido: r reintenta
tui-setup-title = Configura la cuenta que quieres comprobar
tui-editor-title = Datos de la cuenta
tui-editor-intro = Deja un servidor vacío para no comprobar ese lado. La contraseña solo se guarda en memoria.
tui-host = servidor
tui-port = puerto
tui-security = seguridad
tui-user = usuario
tui-password = contraseña
tui-empty-side = (no se comprueba)
tui-no-server = indica al menos un servidor
tui-picker-title = Elige un proveedor
tui-picker-filter = filtro
tui-picker-none = Ningún proveedor coincide.
tui-help-title = Teclas
tui-help-typing = las demás teclas escriben en el campo
tui-guided-title = Comprobación guiada
tui-guided-say = Dile a la persona
tui-guided-found = Lo que encontraron las pruebas
tui-guided-step = paso
tui-scan-title = Búsqueda de puertos
tui-scan-running = Probando los puertos y modos de seguridad habituales...
tui-scan-pick = Intro usa el puerto y la seguridad elegidos.
tui-scan-needs-mail-panel = Elige el panel de entrada o de salida para buscar puertos.
tui-scan-unencrypted = Este ajuste no tiene cifrado: no lo uses con contraseña.
tui-scan-unencrypted-applied = Ahora sin cifrado: la contraseña y el correo viajan sin protección. No lo uses con contraseña.
tui-report-saved = Informe guardado (Markdown para leer, JSON para programas):
tui-report-failed = No se pudo guardar el informe
tui-nothing-to-save = Nada que guardar: no hay cuenta configurada.
tui-mark-pass = confirmado
tui-mark-warn = revisar
tui-mark-fail = problema
tui-mark-unknown = sin comprobar
tui-too-small = Terminal demasiado pequeño: al menos 60x16.
tui-no-security = ninguna

### Keys: where they are read, what they do, how keyboards name them.

tui-context-global = En todas partes
tui-context-dashboard = Panel principal
tui-context-help = Esta ayuda
tui-context-editor = Datos de la cuenta
tui-context-picker = Lista de proveedores
tui-context-guided = Comprobación guiada
tui-context-scan = Búsqueda de puertos
tui-context-steps = Todos los pasos de un panel
tui-context-help-search = Buscando en esta ayuda
tui-context-search = Buscar texto en el diálogo

tui-action-quit = salir
tui-action-help = ayuda: todas las teclas
tui-action-close = cerrar
tui-action-next-panel = panel siguiente
tui-action-prev-panel = panel anterior
tui-action-select-network = panel de red
tui-action-select-incoming = panel de entrada
tui-action-select-imap-beside = panel IMAP, junto a POP3
tui-action-select-outgoing = panel de salida
tui-action-switch-pane = cambiar diálogo / consejos
tui-action-scroll-up = subir
tui-action-scroll-down = bajar
tui-action-page-up = página arriba
tui-action-page-down = página abajo
tui-action-scroll-top = al principio
tui-action-scroll-bottom = al final (seguir)
tui-action-toggle-hint-scope = consejos: todos / este panel
tui-action-toggle-lang = idioma siguiente
tui-action-rerun = comprobar de nuevo, con acceso
tui-action-toggle-pause = pausar / seguir comprobando
tui-action-interval-up = comprobar con menos frecuencia
tui-action-interval-down = comprobar con más frecuencia
tui-action-edit = editar datos
tui-action-presets = elegir proveedor
tui-action-scan = buscar puertos de este servidor
tui-action-guided = comprobación guiada
tui-action-save-report = guardar informe
tui-action-next-field = campo siguiente
tui-action-prev-field = campo anterior
tui-action-cycle-back = opción anterior
tui-action-cycle-forward = opción siguiente
tui-action-delete-char = borrar un carácter
tui-action-clear-field = vaciar el campo
tui-action-apply = aplicar y comprobar
tui-action-pick = usar el elegido
tui-action-up = subir
tui-action-down = bajar
tui-action-guide-next = paso siguiente
tui-action-guide-prev = paso anterior
tui-action-details = todos los pasos de este panel, completos, y su diálogo
tui-action-search = buscar una tecla
tui-action-search-done = quedarte con lo que escribiste
tui-action-search-clear = borrar la búsqueda
tui-action-discover = buscar los servidores de la dirección de correo
tui-action-search-start = buscar texto en el diálogo
tui-action-search-find = buscar
tui-action-search-next = siguiente coincidencia
tui-action-search-prev = coincidencia anterior
tui-action-copy-line = copiar la línea elegida del diálogo (OSC 52)
tui-action-short-quit = salir
tui-action-short-help = ayuda
tui-action-short-close = cerrar
tui-action-short-next-panel = panel
tui-action-short-switch-pane = diálogo/consejos
tui-action-short-toggle-hint-scope = alcance
tui-action-short-rerun = repetir
tui-action-short-toggle-pause = pausa
tui-action-short-edit = editar
tui-action-short-presets = proveedores
tui-action-short-scan = puertos
tui-action-short-guided = guía
tui-action-short-save-report = guardar
tui-action-short-next-field = campo
tui-action-short-cycle-forward = cambiar
tui-action-short-apply = aplicar
tui-action-short-pick = usar
tui-action-short-up = arriba
tui-action-short-down = abajo
tui-action-short-guide-next = siguiente
tui-action-short-guide-prev = atrás
tui-action-short-details = pasos
tui-action-short-search = buscar
tui-action-short-search-done = quedarte
tui-action-short-search-clear = borrar
tui-action-short-search-start = buscar
tui-action-short-copy-line = copiar

tui-key-right = Derecha
tui-key-left = Izquierda
tui-key-up = Arriba
tui-key-down = Abajo
tui-key-enter = Intro
tui-key-space = Espacio
tui-key-backspace = Retroceso
tui-key-page-up = RePág
tui-key-page-down = AvPág
tui-key-home = Inicio
tui-key-end = Fin
tui-key-shift-tab = Mayús-Tab

### Guided check: the steps' words, and the checks only the person can make.
### A "-say" text is read line by line, in the order the person acts.

tui-guide-incoming = Correo entrante
tui-guide-outgoing = Correo saliente
tui-guide-network = Red
tui-guide-side-in = (entrada)
tui-guide-side-out = (salida)
tui-guide-not-checked = sin comprobar
tui-guide-failed = no pasó la prueba.
tui-guide-failed-see = no pasó la prueba. Mira «{ $title }».
tui-guide-nothing-to-ask = Aquí no hay nada que preguntar: la comprobación lo confirmó.
tui-guide-seen-internet = { $host } respondió en el puerto { $port }.
tui-guide-seen-internet-any = Un servidor de correo respondió.
tui-guide-seen-name = se encontró el servidor { $host }.
tui-guide-seen-port = el puerto { $port } responde como servidor de correo.
tui-guide-seen-encryption = la conexión cifrada funciona y el certificado es válido.
tui-guide-seen-no-encryption = configurado sin cifrado.
tui-guide-seen-login = el servidor aceptó el nombre de usuario y la contraseña.
tui-guide-messages-on-server = { $n ->
    [one] Ahora hay { $n } mensaje en el servidor.
   *[other] Ahora hay { $n } mensajes en el servidor.
}
tui-guide-label-app-password = Contraseña de app
tui-guide-label-sign-in = Inicio de sesión
tui-guide-label-password = Contraseña
tui-guide-label-pop = POP
tui-guide-label-imap = IMAP
tui-guide-label-sending = Envío
tui-guide-label-swapped-ports = Puertos cruzados
tui-guide-label-certificate = Certificado
tui-guide-label-domain = Dominio
tui-guide-label-mailbox = Buzón
tui-guide-label-clock = Reloj
tui-guide-label-problem = Problema

tui-check-internet-label = Internet
tui-check-internet-title = Conexión a Internet
tui-check-internet-say =
    Abre una página web, por ejemplo un periódico.
    Si no se abre, revisa el cable o la wifi y reinicia el router.
tui-check-server-name-label = Servidor
tui-check-server-name-title = Nombre del servidor
tui-check-server-name-say =
    En el programa de correo, busca el servidor de correo entrante y el saliente.
    Léemelos letra a letra.
tui-check-port-label = Puerto
tui-check-port-title = Puerto
tui-check-port-say =
    Junto a cada servidor hay un número: el puerto.
    Léeme los dos números.
tui-check-encryption-label = Cifrado
tui-check-encryption-title = Cifrado
tui-check-encryption-say =
    Busca la opción llamada seguridad, cifrado o SSL.
    Léeme lo que pone, para el correo entrante y el saliente.
tui-check-sign-in-label = Contraseña
tui-check-sign-in-title = Usuario y contraseña
tui-check-sign-in-say =
    Léeme el nombre de usuario que tiene el programa de correo.
    Entra en el correo web con el mismo usuario y contraseña.
tui-check-outgoing-auth-label = Acceso envío
tui-check-outgoing-auth-title = Autenticación para enviar
tui-check-outgoing-auth-say =
    En los datos del servidor de salida, busca «Mi servidor de salida (SMTP) requiere autenticación» o parecido.
    Debe estar activada, con el mismo usuario y contraseña que el correo entrante.
tui-check-leave-copy-label = Dejar copia
tui-check-leave-copy-title = Dejar una copia en el servidor
tui-check-leave-copy-say =
    En cada uno de los otros dispositivos que reciben este correo, abre los datos de la cuenta.
    Activa «Dejar una copia de los mensajes en el servidor».
tui-check-firewall-label = Antivirus
tui-check-firewall-title = Cortafuegos y antivirus
tui-check-firewall-say =
    Desactiva un momento la «protección de correo» o el «análisis de correo» del antivirus.
    Vuelve a comprobar el correo.
    Activa de nuevo la protección.
tui-check-other-network-label = Otra red
tui-check-other-network-title = Otra red
tui-check-other-network-say =
    Comparte la conexión del móvil y conecta el ordenador a ella.
    Vuelve a comprobar el correo.
    Si ahí funciona, la red habitual bloquea el correo: el router, un cortafuegos de la empresa o el proveedor de Internet.

### Account settings form.

tui-editor-email = correo
tui-editor-email-empty = (Ctrl-D busca sus servidores)
tui-editor-smtp-user = usuario SMTP
tui-editor-smtp-user-empty = (el mismo usuario)
tui-editor-from = de (prueba)
tui-editor-to = a (prueba)
tui-editor-no-dry-run = (sin prueba de envío)
tui-editor-ca-file = archivo CA
tui-editor-ca-file-empty = (solo las CA del sistema)
tui-editor-ca-file-from-start = (el indicado al empezar)
tui-editor-looking-up = buscando { $address }…
tui-editor-servers-from = servidores según { $origin }
tui-editor-servers-from-each = servidores según: entrada { $incoming }; salida { $outgoing }
tui-editor-servers-from-incoming = servidores según: entrada { $incoming }
tui-editor-servers-from-outgoing = servidores según: salida { $outgoing }
tui-editor-no-servers-found = no se encontraron servidores para esta dirección
tui-origin-options = lo escrito aquí
tui-origin-profile = el perfil guardado
tui-origin-preset = los datos conocidos de { $provider }
tui-origin-mx = { $provider }, adonde apunta el MX de { $domain }
tui-origin-srv = los registros SRV de { $domain }
tui-origin-ispdb = la base de proveedores de Thunderbird (ISPDB)
tui-origin-autoconfig = el archivo autoconfig de { $domain }
tui-origin-guess = una prueba (respondió un nombre habitual de { $domain })
tui-form-bad-port = { $side ->
    [incoming] Entrada
   *[outgoing] Salida
}: el puerto debe ser un número de 1 a 65535
tui-form-bad-host = Servidor de { $side ->
    [incoming] entrada
   *[outgoing] salida
}: { $why }
tui-form-host-characters = un servidor es un nombre como mail.example.org o una dirección, sin espacios, @ ni /
tui-form-host-brackets = escribe una dirección IPv6 entre corchetes: [2001:db8::1]:995
tui-form-host-port = el puerto tras ':' debe ser un número de 1 a 65535
tui-form-bad-email = La dirección de correo debe tener la forma nombre@example.org
tui-form-bad-dry-run = Las direcciones de la prueba deben ser de correo (nombre@dominio), o vacías para no probar el envío

### Help: what the symbols mean.

tui-help-no-match = Ninguna tecla coincide: { $backspace } borra, Esc vacía la búsqueda.
tui-legend-title = Qué significan los símbolos
tui-legend-ok = el paso funcionó
tui-legend-warn = funcionó, pero hay algo que mirar
tui-legend-failed = el paso falló: los consejos dicen por qué y cómo arreglarlo
tui-legend-running = en curso
tui-legend-pending = esperando su turno
tui-legend-skipped = no se hizo: falló un paso anterior, o no hace falta
tui-legend-guided = guiada
tui-legend-guided-unknown = en la comprobación guiada: lo comprueba la persona, ninguna prueba podía
tui-legend-sparkline = tiempo de conexión en cada comprobación, la última a la derecha
tui-legend-sparkline-absent = en la gráfica: esa comprobación no pudo conectar
tui-legend-sent = en el diálogo: lo que mailtriage envió (secretos como ***)
tui-legend-received = en el diálogo: lo que respondió el servidor
tui-legend-info = en el diálogo: una nota de mailtriage

### Panels, hints pane, transcript and the view of every step.

tui-hints-more = { $n } más ({ $key })
tui-cut-short-focused = … Intro muestra cada detalle
tui-cut-short = … Tab hasta aquí e Intro: cada detalle
tui-more-rows = … { $n } más: Intro lo muestra todo
tui-more-rows-short = … { $n } más (Intro)
tui-transcript-together = { $n ->
    [one] { $n } enviada sin esperar:
   *[other] { $n } enviadas a la vez, sin esperar:
}
tui-transcript-answers = (responde a { $command })
tui-search-typing-keys = Intro buscar · Esc cancelar
tui-search-found-keys = n/N sig./ant. · y copiar
tui-every-step = todos los pasos

### The verdict above the panels. $side is incoming, outgoing or network; $protocol is POP3 or
### IMAP when both incoming servers are checked, else none; $step is a step's name.

tui-side-works = { $side ->
    [incoming] { $protocol ->
        [none] recibir funciona
       *[other] recibir por { $protocol } funciona
    }
    [outgoing] enviar funciona
   *[network] la red funciona
}
tui-side-warns = { $side ->
    [incoming] { $protocol ->
        [none] recibir funciona, con un aviso en { $step }
       *[other] recibir por { $protocol } funciona, con un aviso en { $step }
    }
    [outgoing] enviar funciona, con un aviso en { $step }
   *[network] la red tiene un aviso en { $step }
}
tui-side-fails = { $side ->
    [incoming] { $protocol ->
        [none] recibir falla en { $step }
       *[other] recibir por { $protocol } falla en { $step }
    }
    [outgoing] enviar falla en { $step }
   *[network] la comprobación de red falla en { $step }
}
tui-side-checking = { $side ->
    [incoming] { $protocol ->
        [none] comprobando la recepción
       *[other] comprobando la recepción por { $protocol }
    }
    [outgoing] comprobando el envío
   *[network] comprobando la red
}
tui-side-not-checked = { $side ->
    [incoming] { $protocol ->
        [none] recibir sin comprobar
       *[other] recibir por { $protocol } sin comprobar
    }
    [outgoing] enviar sin comprobar
   *[network] la red sin comprobar
}
tui-side-both-work = Recibir y enviar funcionan

### Step names in panel rows and the verdict: short, the panel's column is narrow.


### Port scan rows.

tui-scan-works-unencrypted = funciona, pero solo sin cifrado
tui-scan-works-recommended = funciona, recomendado
tui-scan-works = funciona
tui-scan-certificate = funciona, pero este equipo no confía en el certificado
tui-scan-needs-tls = no funciona: este puerto espera SSL/TLS
tui-scan-not-tls = no funciona: este puerto contesta sin cifrado
tui-scan-no-starttls = no funciona: el servidor no ofrece STARTTLS aquí
tui-scan-refused = no funciona: nada escucha en este puerto
tui-scan-timeout = no funciona: no contesta a tiempo
tui-scan-other = no funciona

### Provider list: the note under the selected provider.

tui-picker-note = { $username ->
    [full-address] nombre de usuario: la dirección completa
    [local-part] nombre de usuario: lo que va antes de la @
   *[unknown] nombre de usuario: el que indique el proveedor
}{ $count ->
    [0] {""}
   *[other] ; { $notes }
}
tui-note-app-password-required = necesita una contraseña de aplicación
tui-note-app-password-with-2fa = contraseña de aplicación si la verificación en dos pasos está activada
tui-note-pop-must-be-enabled = hay que activar POP en el correo web
tui-note-oauth2-only = no acepta contraseña (solo OAuth2)
tui-note-admin-controls-access = el administrador decide quién puede acceder
tui-note-no-pop3 = sin POP3: usa IMAP
tui-note-self-signed-certificate = su certificado no es de una autoridad pública
tui-note-local-bridge = los servidores funcionan en un programa de este ordenador
tui-note-polling-limit = rechaza comprobar el correo demasiado a menudo
tui-note-disconnects-after-bad-password = corta la conexión tras una contraseña incorrecta
tui-note-port-25-blocked = el puerto 25 está bloqueado: envía por el 587 o el 465
tui-note-regional-servers = los nombres de servidor dependen de la región
tui-note-paid-plan-required = programas de correo solo en planes de pago

### What new settings changed, read aloud: "Outgoing port 587 → 465, security STARTTLS → SSL/TLS".

tui-change-server = servidor
tui-change-port = puerto
tui-change-security = seguridad
tui-change-not-checked = ya no se comprueba
tui-change-none = (ninguno)
tui-change-incoming = Entrada:
tui-change-outgoing = Salida:
tui-change-user = Nombre de usuario
tui-change-smtp-user = Usuario SMTP
tui-change-password = Contraseña cambiada
tui-change-from = Remitente de la prueba
tui-change-to = Destinatario de la prueba
tui-change-email = Dirección de correo
tui-change-ca = Archivo de CA de confianza
tui-change-ca-loaded = cargado
tui-change-ca-removed = quitado

### Finding text in the transcript, copying a line.

tui-search-nothing = Todavía no hay nada que buscar: pulsa / y escribe el texto.
tui-search-not-found = «{ $query }» no aparece en este diálogo.
tui-copy-empty = El diálogo está vacío: no hay nada que copiar.
tui-copy-sent = Línea enviada al portapapeles de tu terminal (OSC 52; las contraseñas siguen como ***). Si no llega, tu terminal no lo permite.

### Notices.

tui-ca-unusable = El archivo de CA { $path } no se puede usar: { $why }

### Demonstration: the title-bar notice, `demo --list` and its messages.

demo-banner-long = DEMO: servidores de demostración en este equipo
demo-banner-medium = DEMO: servidores en este equipo
demo-banner-short = DEMO: servidores locales
demo-banner-tiny = DEMO
demo-list-heading = Escenarios de demostración (mailtriage demo ESCENARIO):
demo-unknown-scenario = no hay ningún escenario '{ $name }': mailtriage demo --list los muestra
demo-usage-after-dashes = después de -- solo puede ir 'check' con --json o --lang IDIOMA
demo-runtime-failed = no se puede poner en marcha el entorno de ejecución: { $why }

demo-scenario-healthy = todo funciona: el correo entra y sale
demo-scenario-imap-healthy = todo funciona, con IMAP para el correo entrante
demo-scenario-receive-ok-send-fails = el correo entra, pero el servidor de salida rechaza la misma contraseña
demo-scenario-tls-on-starttls-port = la entrada está en SSL/TLS en un puerto que espera STARTTLS
demo-scenario-starttls-on-tls-port = la salida está en STARTTLS en un puerto que espera SSL/TLS
demo-scenario-swapped-ports = los puertos de entrada y de salida están intercambiados
demo-scenario-cert-expired = el certificado del servidor de entrada ha caducado
demo-scenario-cert-wrong-name = el certificado del servidor de salida es de otro nombre
demo-scenario-app-password = Gmail rechaza la contraseña normal: hace falta una contraseña de aplicación
demo-scenario-basic-auth-disabled = Microsoft ha desactivado el inicio de sesión con contraseña para enviar
demo-scenario-pop3-disabled = POP está desactivado en la configuración del correo web (texto de Gmail)
demo-scenario-imap-disabled = IMAP está desactivado en la configuración del correo web (texto de Gmail)
demo-scenario-pop3-works-imap-disabled = POP3 funciona e IMAP está desactivado en el correo web: los dos lado a lado
demo-scenario-mailbox-locked = otro dispositivo está descargando del buzón en este momento
demo-scenario-silent-server = el escudo de correo de un antivirus acepta la conexión de salida y no dice nada

### When the dashboard cannot run: said on the terminal after it is restored.

tui-error-runtime = no se puede poner en marcha el entorno de ejecución: { $why }
tui-error-open = no se puede abrir el terminal: { $why }
tui-error-restore = no se puede restaurar el terminal: { $why }
tui-error-draw = no se puede dibujar la pantalla: { $why }
tui-error-read = no se puede leer el terminal: { $why }

## ==== end of section: dashboard ====
