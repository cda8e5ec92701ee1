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

## ==== end of section: steps ====


## ==== section: cli ====
## Command line: errors, usage messages and summaries.

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

tui-step-dns = DNS
tui-step-tcp = conexión
tui-step-tls = TLS
tui-step-greeting = saludo
tui-step-capa = CAPA
tui-step-stls = STLS
tui-step-ehlo = EHLO
tui-step-starttls = STARTTLS
tui-step-login = acceso
tui-step-stat = STAT
tui-step-uidl = UIDL
tui-step-mail-from = MAIL FROM
tui-step-rcpt-to = RCPT TO
tui-step-rset = RSET
tui-step-quit = QUIT
tui-step-route = ruta
tui-step-proxy = proxy
tui-step-resolver = DNS local
tui-step-reach = Internet
tui-step-clock = reloj
tui-step-mx = MX
tui-step-spf = SPF
tui-step-dmarc = DMARC
tui-step-dkim = DKIM
tui-step-dnsbl = lista de bloqueo

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
