# Las palabras de mailtriage en español, de «tú» en todo el producto. Las claves son las del
# archivo en inglés; un texto usa solo las variables que usa el inglés.

## ==== section: general ====
## General words shared by every part of the product.

language-name = Español

days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}

## Words for the values texts show: dates, lengths of time, lists, security modes, the
## servers by role, and the steps of a check named in words ("the { $step } step").

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

# $month: a month-N word; $time: hours and minutes, 14:02.
date-time = { $day } de { $month } de { $year }, { $time } UTC

duration-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
duration-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}

# "a, b and c", "2 hours and 30 minutes": $rest is everything before the last item.
list-and = { $rest } y { $last }

security-tls = SSL/TLS
security-starttls = STARTTLS
security-none = ninguna

server-role-network = red
server-role-incoming = servidor de correo entrante
server-role-outgoing = servidor de correo saliente

named-step-dns = búsqueda del nombre (DNS)
named-step-tcp = conexión
named-step-tls = cifrado (TLS)
named-step-greeting = saludo
named-step-capa = lista de capacidades (CAPA)
named-step-stls = paso al cifrado (STLS)
named-step-ehlo = presentación (EHLO)
named-step-starttls = paso al cifrado (STARTTLS)
named-step-login = inicio de sesión
named-step-stat = comprobación del buzón (STAT)
named-step-uidl = lista de mensajes (UIDL)
named-step-mail-from = comprobación del remitente (MAIL FROM)
named-step-rcpt-to = comprobación del destinatario (RCPT TO)
named-step-rset = reinicio (RSET)
named-step-quit = despedida (QUIT)
named-step-route = ruta de red
named-step-proxy = proxy
named-step-resolver = servicio de nombres (DNS)
named-step-reach = acceso a internet
named-step-clock = reloj
named-step-mx = dominio de correo (MX)
named-step-spf = registro SPF
named-step-dmarc = registro DMARC
named-step-dkim = clave DKIM
named-step-dnsbl = lista de bloqueo

## ==== end of section: general ====


## ==== section: findings ====
## Findings: titles, explanations and fixes (crates/core/src/diagnose), working settings,
## provider notes, port-scan verdicts.

finding-no-network = Este equipo no está conectado a internet
    .why-1 = Fallaron todos los intentos de buscar un servidor o de abrir una conexión, porque desde este equipo no hay salida a internet.
    .why-2 = El problema no son los servidores de correo: ahora mismo no sale nada.
    .fix-1 = Comprueba que el cable de red está enchufado, o que el wifi está activado y conectado.
    .fix-2 = Abre cualquier página web para ver si internet funciona.
    .fix-3 = Reinicia el router: desenchúfalo, espera treinta segundos y vuelve a enchufarlo.
    .fix-4 = Si sigue sin haber internet, llama a tu proveedor de internet.

finding-dns-resolver-down = No se pueden buscar los nombres de los servidores
    .why-1 = Este equipo no pudo convertir ningún nombre de servidor en una dirección: el servicio de nombres (DNS) que usa no respondió.
    .why-2 = Una conexión directa a la dirección { $address } sí funcionó, así que la red está activa y solo fallan las búsquedas de nombres.
    .why-3-unless-address = O bien ese servicio de nombres está fallando, o bien el equipo no tiene conexión.
    .fix-1 = Abre una página web por su nombre, por ejemplo un periódico, para ver si a otros programas les pasa lo mismo.
    .fix-2 = Reinicia el router, que también reinicia el servicio de nombres que ofrece.
    .fix-3 = Si el problema sigue, configura el equipo para usar un servicio de nombres público (por ejemplo 1.1.1.1 o 8.8.8.8) o llama a tu proveedor de internet.

finding-dns-not-found = El nombre de servidor { $host } no existe
    .why-1 = El nombre { $host } no está registrado en internet, así que el programa de correo no encuentra el servidor.
    .why-2 = Casi siempre es un error al escribir el nombre del servidor.
    .fix-1 = ¿Querías decir { $suggestion }? Corrige el nombre del servidor en la configuración de la cuenta.
    .fix-2 = { $provider } indica el nombre de servidor { $documented_host }: escríbelo exactamente así.
    .fix-3-unless-suggestion-documented_host = Compara el nombre del servidor, letra por letra, con las instrucciones del proveedor, y busca espacios de más o un punto que falte.
    .fix-4 = La página de configuración del proveedor es { $help_url }.

finding-tcp-refused = Nada responde en el puerto { $port } de { $host }
    .why-1 = El servidor { $host } existe, pero rechazó la conexión en el puerto { $port }: ningún servicio de correo escucha en ese puerto.
    .why-2 = Lo normal es que el número de puerto de la configuración esté mal; a veces el servicio está caído.
    .why-3 = En el mismo servidor sí respondieron estos puertos: { $open_ports }.
    .fix-1 = Compara el puerto con las instrucciones del proveedor. Los habituales son el 995 con SSL/TLS para recibir, y el 587 con STARTTLS o el 465 con SSL/TLS para enviar.
    .fix-2 = La página de configuración del proveedor es { $help_url }.
    .fix-3 = Si el puerto es correcto, puede que el servicio esté caído: espera un rato o mira la página de estado del proveedor.

finding-tcp-timeout = { $host } no responde en el puerto { $port }
    .why-1 = La conexión con { $host } en el puerto { $port } no obtuvo ninguna respuesta.
    .why-2 = Algo entre este equipo y el servidor la bloquea sin avisar: un cortafuegos, un antivirus, una red de empresa o pública, una VPN o el proveedor de internet. Con menos frecuencia, el servidor está caído.
    .why-3-when-port25 = Muchos proveedores de internet bloquean el puerto 25 en las conexiones domésticas para frenar el spam.
    .why-4 = En el mismo servidor sí respondieron estos puertos: { $open_ports }. Así que el servidor funciona y solo está bloqueado este puerto.
    .fix-1-when-port25 = Para enviar, usa el puerto 587 con STARTTLS, o el 465 con SSL/TLS, en lugar del 25.
    .fix-2 = Prueba desde otra red, por ejemplo compartiendo los datos del móvil. Si así funciona, el bloqueo está en la red habitual.
    .fix-3 = Revisa el cortafuegos y el antivirus, y permite que el programa de correo se conecte.
    .fix-4 = Si tienes una VPN activada, desactívala un momento y vuelve a probar.

finding-port-25-blocked = El puerto 25 está bloqueado en esta red
    .why-1 = El puerto 25 de { $host } no responde, mientras que los puertos de envío del mismo servidor sí.
    .why-2 = Los proveedores de internet suelen bloquear el puerto 25 en conexiones domésticas y móviles para frenar el spam. El puerto 25 sirve para que los servidores se pasen el correo entre ellos, no para que las personas lo envíen.
    .fix-1 = En la configuración del servidor saliente, cambia el puerto a 587 y la seguridad a STARTTLS.
    .fix-2 = O usa el puerto 465 con SSL/TLS.
    .fix-3 = Asegúrate de que el servidor saliente está configurado para pedir inicio de sesión, con el mismo usuario y contraseña que el correo entrante.

finding-ipv6-broken = Fallan las conexiones IPv6 con { $host }
    .why-1 = Al servidor { $host } se puede llegar con los dos tipos de dirección de internet. El más nuevo, IPv6, falla en esta red, mientras que el habitual, IPv4, funciona.
    .why-2 = Algunos programas de correo esperan mucho tiempo con IPv6 antes de probar IPv4, y parece que el programa se ha quedado colgado.
    .why-3-when-local_host = El servidor funciona en este mismo equipo, así que el router no tiene nada que ver: el servicio de correo solo escucha en la dirección IPv4, no en la IPv6.
    .fix-1-unless-local_host = Reinicia el router y vuelve a probar.
    .fix-2-unless-local_host = Si sigue pasando, pide a tu proveedor de internet que arregle IPv6, o desactiva IPv6 en el router.
    .fix-3-unless-local_host = Como solución provisional, configura este equipo para que prefiera IPv4.
    .fix-4-when-local_host = Usa la dirección 127.0.0.1 como nombre del servidor en lugar de { $host }, o configura el servicio de correo de este equipo para que escuche también en IPv6 (::1).

finding-clock-skew = La fecha o la hora de este equipo están mal
    .why-1 = El reloj de este equipo marca { $now }.
    .why-2-when-clock_behind = Un servidor de hora da como hora correcta { $correct_time }: el reloj de este equipo lleva un retraso de { $offset }, más o menos.
    .why-3-when-clock_ahead = Un servidor de hora da como hora correcta { $correct_time }: el reloj de este equipo lleva un adelanto de { $offset }, más o menos.
    .why-4-unless-offset = Los certificados de seguridad de todos los servidores parecen caducados de la misma manera, y eso pasa cuando el reloj que falla es el de este equipo, no los servidores.
    .why-5-when-clock_behind-unless-offset = El reloj parece ir por detrás de la fecha real.
    .why-6-when-clock_ahead-unless-offset = El reloj parece ir por delante de la fecha real.
    .why-7 = Por eso el certificado de seguridad de { $explained_hosts } parece fuera de fecha: con la hora correcta es válido.
    .why-8-unless-offset = Con la fecha mal, fallan todas las conexiones seguras y el correo no puede entrar ni salir.
    .why-9-when-explained_hosts = Con la fecha mal, fallan todas las conexiones seguras y el correo no puede entrar ni salir.
    .why-10-when-offset-unless-explained_hosts = Las conexiones seguras comprueban la fecha, así que con el reloj mal acaban fallando tarde o temprano.
    .why-11 = Incluso con la hora correcta, el certificado de seguridad de { $unexplained_hosts } está fuera de fecha: vuelve a comprobar el correo cuando el reloj esté bien y ese problema aparecerá por separado.
    .fix-1 = Abre la configuración de fecha y hora del equipo.
    .fix-2 = Activa el ajuste automático de la hora y de la zona horaria.
    .fix-3 = Comprueba que el día, el mes y el año son correctos.
    .fix-4 = Si la fecha vuelve a estar mal después de reiniciar, puede que la pila del reloj del equipo esté agotada: pon la fecha a mano y haz que cambien la pila.
    .fix-5 = Vuelve a comprobar el correo.

finding-tls-intercepted = Algo está interceptando la conexión segura
    .why-1 = El certificado presentado para { $host } lo emitió «{ $issuer }», no una autoridad de certificación pública.
    .why-2 = Es lo típico de la protección de correo de un antivirus, o de una red de empresa que abre las conexiones seguras para revisarlas. El programa de correo no puede fiarse de él.
    .fix-1 = Si hay un antivirus instalado, desactiva su análisis del correo o de SSL, o añade una excepción para el programa de correo.
    .fix-2 = En una red de empresa, consúltalo con el departamento de informática.
    .fix-3 = Vuelve a comprobar el correo.

finding-tls-on-plaintext-port = SSL/TLS está activado en un puerto que no lo usa
    .why-1 = El programa de correo empezó una conexión cifrada desde el principio, pero el puerto { $port } de { $host } respondió en texto sin cifrar.
    .why-2 = El servidor respondió «{ $peer_bytes }» en lugar de empezar el cifrado.
    .why-3 = Este puerto espera primero una conexión normal, que después se protege con STARTTLS.
    .fix-1 = Cambia la seguridad a STARTTLS y deja el puerto { $plain_port }.
    .fix-2 = O deja SSL/TLS y cambia el puerto a { $tls_port }.
    .fix-3 = No quites el cifrado: la contraseña viajaría sin protección.

finding-plaintext-on-tls-port = El puerto { $port } necesita SSL/TLS activado
    .why-1 = El puerto { $port } de { $host } espera una conexión cifrada (SSL/TLS) desde el primer momento.
    .why-2 = El programa de correo se conectó sin cifrar y se quedó esperando un saludo que nunca llega.
    .fix-1 = Cambia la seguridad a SSL/TLS y deja el puerto { $port }.
    .fix-2 = O deja la seguridad como está y cambia el puerto a { $plain_port }, con STARTTLS.

finding-starttls-not-offered = El servidor no ofrece STARTTLS
    .why-1 = La cuenta está configurada para proteger la conexión con STARTTLS, pero { $host } no lo ofrece en el puerto { $port }, o lo rechaza cuando se le pide.
    .why-2 = Muchos servidores solo ofrecen cifrado en su puerto SSL/TLS.
    .why-3 = Pero si el proveedor dice que STARTTLS funciona en este puerto, algo entre este equipo y el servidor lo está quitando: el escudo de correo de un antivirus, un cortafuegos o alguien en la red que intenta leer el correo y la contraseña.
    .fix-1 = Cambia la seguridad a SSL/TLS y el puerto a { $tls_port }.
    .fix-2-unless-tls_port = Cambia la seguridad a SSL/TLS, con el puerto que indique el proveedor.
    .fix-3 = No quites el cifrado para que funcione: la contraseña viajaría sin protección.
    .fix-4 = Si el proveedor confirma que hay STARTTLS en este puerto, prueba desde otra red y revisa el antivirus y el cortafuegos.

finding-starttls-failed = La conexión segura falló después de STARTTLS
    .why-1 = El servidor { $host } aceptó pasar a una conexión cifrada, pero no se pudo establecer.
    .why-2 = Puede que el servidor esté anticuado. O algo entre este equipo y el servidor está impidiendo el cifrado: el escudo de correo de un antivirus, un cortafuegos o alguien en la red que intenta leer el correo y la contraseña.
    .fix-1 = Prueba con SSL/TLS en el puerto { $tls_port }.
    .fix-2-unless-tls_port = Prueba con SSL/TLS, con el puerto que indique el proveedor.
    .fix-3 = No quites el cifrado para que funcione: la contraseña viajaría sin protección.
    .fix-4 = Prueba desde otra red, y desactiva un momento el análisis de correo del antivirus.
    .fix-5 = Si sigue fallando, avisa al proveedor.

finding-starttls-injection = Alguien coló datos en el paso a la conexión cifrada
    .why-1 = El servidor { $host } aceptó pasar a una conexión cifrada (STARTTLS), pero llegaron más datos sin cifrar antes de que empezara el cifrado.
    .why-2 = Un servidor correcto no envía nada en ese momento. Algo en el camino de la red, o el propio servidor, metió datos en el cambio: es el tipo de ataque conocido como inyección de órdenes en STARTTLS (CVE-2011-0411).
    .why-3 = Este programa descartó esos datos, pero un programa de correo con ese fallo podría tomarlos como si hubieran llegado por la conexión cifrada.
    .fix-1-when-tls_port = Usa SSL/TLS desde el primer byte (puerto { $tls_port }) en lugar de STARTTLS: así no hay ningún momento sin cifrar en el que colar datos.
    .fix-2-unless-tls_port = Usa SSL/TLS desde el primer byte en lugar de STARTTLS: así no hay ningún momento sin cifrar en el que colar datos.
    .fix-3 = Avisa al proveedor, o a quien administre { $host }, y envíale este informe: hay que corregir el servidor o el equipo que tiene delante.
    .fix-4 = Si solo pasa en esta red (por ejemplo, la de un hotel o una oficina), no la uses para el correo hasta que se aclare.

finding-tls-protocol-too-old = El servidor usa un cifrado anticuado
    .why-1 = El servidor { $host } solo habla versiones antiguas de SSL/TLS, que los programas actuales rechazan porque ya no son seguras.
    .why-2-when-tls_version = La versión más nueva que habla el servidor es { $tls_version }.
    .why-3 = No hay ningún ajuste seguro que cambiar en este equipo.
    .fix-1 = Avisa al proveedor, o a quien administre { $host }, de que el servidor debe admitir TLS 1.2 o posterior.
    .fix-2 = Mientras tanto, usa el correo web del proveedor.

finding-cert-expired = El certificado del servidor caducó el { $date }
    .why-1 = El certificado de seguridad de { $host } caducó el { $date }. No se puede confiar en la conexión, así que la comprobación se detuvo antes de enviar la contraseña.
    .why-2 = Es un descuido del proveedor, no un ajuste de este equipo.
    .why-3 = El reloj de este equipo marca { $now }. Si eso está mal, corrige primero el reloj.
    .fix-1 = Comprueba que la fecha y la hora de este equipo son correctas.
    .fix-2 = Avisa al proveedor de que el certificado de { $host } caducó el { $date }.
    .fix-3 = Hasta que lo renueven, usa el correo web. No aceptes el certificado caducado en el programa de correo.

finding-cert-not-yet-valid = El certificado del servidor todavía no es válido
    .why-1 = El certificado de seguridad de { $host } solo es válido a partir del { $date }, pero el reloj de este equipo marca { $now }.
    .why-2 = Eso casi siempre significa que la fecha o la hora de este equipo están mal.
    .fix-1 = Abre la configuración de fecha y hora y activa el ajuste automático de la hora y de la zona horaria.
    .fix-2 = Comprueba que el día, el mes y el año son correctos.
    .fix-3 = Vuelve a comprobar el correo.

finding-cert-expiring-soon = El certificado del servidor caduca dentro de { $days }
    .why-1 = El certificado de seguridad de { $host } es válido hoy, pero caduca el { $date }.
    .why-2 = Si no lo renuevan a tiempo, los programas de correo dejarán de conectarse.
    .fix-1 = No hay que cambiar nada en este equipo.
    .fix-2 = Avisa al proveedor, o a quien administre { $host }, de que su certificado caduca el { $date }.

finding-cert-hostname-mismatch = El certificado no corresponde al nombre { $host }
    .why-1 = El certificado del servidor cubre { $names }, pero no { $host }.
    .why-2 = Suele pasar cuando la configuración usa un alias de tu propio dominio en un servidor compartido, cuyo certificado lleva el nombre de la empresa de alojamiento.
    .fix-1 = Cambia el nombre del servidor en la configuración a { $best }.
    .fix-2-unless-best = Cambia el nombre del servidor a uno de los nombres que cubre el certificado: { $names }.
    .fix-3 = Deja el mismo puerto y la misma seguridad, y vuelve a comprobar el correo.

finding-cert-untrusted = El certificado del servidor no es de confianza
    .why-1 = El certificado de { $host } lo emitió «{ $issuer }», en quien este equipo no confía.
    .why-2 = Es normal en un servidor con un certificado hecho en casa, pero también puede significar que algo en la red está interceptando la conexión.
    .fix-1 = Si es el servidor propio de tu organización, pide a su administrador el archivo de la autoridad de certificación y pásaselo a la comprobación: el campo del archivo CA del editor (e) en el panel, o --ca-file.
    .fix-2 = Si no, no aceptes el certificado: prueba desde otra red y revisa el análisis de correo del antivirus.

finding-cert-chain-invalid = La cadena de certificados del servidor está mal formada
    .why-1 = El servidor { $host } envió { $chain_length } certificados que no forman una cadena que se pueda comprobar: la cadena es demasiado larga, o uno de los certificados se usa de una forma que no le está permitida.
    .why-2 = Es un error en la configuración del servidor. No quiere decir que la empresa que emitió el certificado no sea de confianza, y no hay nada que cambiar en este equipo.
    .fix-1 = Avisa al proveedor, o a quien administre { $host }, de que el servidor envía una cadena de certificados defectuosa: debe enviar su propio certificado y los certificados intermedios que le da su autoridad de certificación, nada más.
    .fix-2 = Mientras tanto, usa el correo web del proveedor.

finding-tls-answer-invalid = La respuesta del servidor a la conexión segura no es TLS válido
    .why-1 = El programa de correo empezó una conexión cifrada con el puerto { $port } de { $host }, y lo que volvió no es TLS válido.
    .why-2-when-peer_bytes = El servidor envió «{ $peer_bytes }».
    .why-3 = O el servidor está averiado, o algo entre este equipo y el servidor (un antivirus, un cortafuegos, un proxy) responde en su lugar, o el puerto es de otro servicio.
    .fix-1 = Comprueba el nombre del servidor y el puerto con los datos del proveedor.
    .fix-2 = Prueba desde otra red y desactiva un momento el análisis de correo del antivirus.
    .fix-3 = Si sigue pasando, avisa al proveedor y enséñale este informe.

finding-auth-failed = El servidor rechazó el usuario o la contraseña
    .why-1 = El { $role } { $host } rechazó el inicio de sesión.
    .why-2-when-both_refused = El servidor saliente también rechazó el mismo usuario y contraseña, así que lo que falla son ellos, no uno de los servidores.
    .why-3-when-same_refusal = Es el mismo usuario y contraseña que rechazó el servidor entrante: corrígelos una sola vez, como dice ese diagnóstico.
    .why-4-unless-same_refusal = El usuario o la contraseña no son los que espera el servidor.
    .fix-1-when-same_refusal = Sigue los pasos del diagnóstico sobre el servidor entrante: aquí se usan el mismo usuario y la misma contraseña.
    .fix-2-when-user_missing_domain-unless-same_refusal = Al usuario «{ $user }» le falta el dominio: { $provider } espera la dirección de correo completa.
    .fix-3-when-user_form_full-unless-user_missing_domain-same_refusal = { $provider } espera la dirección de correo completa como usuario.
    .fix-4-when-user_form_local-unless-same_refusal = { $provider } espera como usuario solo la parte anterior a la @.
    .fix-5-unless-user_form_full-user_form_local-same_refusal = Revisa el usuario «{ $user }»: algunos proveedores quieren la dirección de correo completa y otros solo la parte anterior a la @.
    .fix-6-unless-same_refusal = Comprueba que el bloqueo de mayúsculas está desactivado y vuelve a escribir la contraseña.
    .fix-7-unless-same_refusal = Si cambiaste la contraseña hace poco, pon también la nueva en el programa de correo.
    .fix-8-unless-same_refusal = Entra en el correo web con el mismo usuario y contraseña. Si tampoco funciona, restablece la contraseña con el proveedor.
    .fix-9-when-microsoft-unless-same_refusal = Si la contraseña funciona en el correo web, puede que Microsoft haya desactivado el inicio de sesión con contraseña desde programas de correo para este buzón: pregunta al administrador si están permitidos POP, IMAP y SMTP.

finding-auth-app-password-required = Hace falta una contraseña de aplicación
    .why-1 = La cuenta tiene verificación en dos pasos, así que los programas de correo no pueden usar la contraseña normal.
    .why-2 = { $provider } pide una contraseña de aplicación aparte para cada programa de correo.
    .fix-1 = Crea una contraseña de aplicación en { $app_password_url }.
    .fix-2-unless-app_password_url = Crea una contraseña de aplicación en la configuración de seguridad de la cuenta de { $provider }.
    .fix-3-unless-app_password_url-provider = Crea una contraseña de aplicación en la configuración de seguridad de la cuenta del proveedor de correo.
    .fix-4 = En el programa de correo, sustituye la contraseña normal por la contraseña de aplicación, para el correo entrante y el saliente.
    .fix-5 = Vuelve a comprobar el correo.

finding-auth-basic-disabled = El inicio de sesión con contraseña está desactivado en esta cuenta
    .why-1 = El proveedor, o el administrador de la organización, ha desactivado el inicio de sesión con contraseña para los programas de correo en esta cuenta.
    .why-2-when-microsoft = Microsoft ahora espera que los programas de correo inicien sesión a través de una ventana del navegador (autenticación moderna, OAuth2).
    .fix-1 = Usa un programa de correo que admita el inicio de sesión moderno (OAuth2), como un Outlook o un Thunderbird actual, y vuelve a añadir la cuenta.
    .fix-2-when-microsoft = En una cuenta de trabajo o de centro educativo, el administrador puede volver a activar POP y SMTP autenticado para este buzón, si la organización lo permite.
    .fix-3-unless-microsoft = En una cuenta de trabajo, pide al administrador que permita el inicio de sesión por POP y SMTP para este buzón.
    .fix-4 = Para comprobar desde aquí que el inicio de sesión con OAuth2 funciona antes de volver a añadir la cuenta: consigue un token (por ejemplo con mailtriage oauth2 login) y ejecuta mailtriage check con --oauth2-token-env VARIABLE.

finding-auth-web-login-required = El proveedor pide iniciar sesión antes en el navegador
    .why-1 = El proveedor bloqueó este inicio de sesión por parecerle inusual y quiere que el titular lo confirme antes en un navegador.
    .fix-1 = Desde este equipo y esta red, entra en el correo web con un navegador.
    .fix-2 = Si aparece un aviso de seguridad diciendo que se bloqueó un inicio de sesión, confirma que fuiste tú.
    .fix-3 = Espera unos minutos y vuelve a comprobar el correo.

finding-pop3-disabled = El acceso POP está desactivado en esta cuenta
    .why-1 = La cuenta existe, pero la descarga de correo por POP está desactivada en su configuración.
    .why-2 = Algunos proveedores, como Gmail y Outlook.com, lo tienen desactivado hasta que el titular lo activa.
    .fix-1 = Activa POP en la configuración de { $provider }: { $pop_settings_url }.
    .fix-2-unless-pop_settings_url = Entra en el correo web de { $provider } y activa POP en la configuración (busca «POP e IMAP» o «Reenvío y correo POP/IMAP»).
    .fix-3-unless-pop_settings_url-provider = Entra en el correo web y activa POP en la configuración (busca «POP e IMAP» o «Reenvío y correo POP/IMAP»).
    .fix-4 = Guarda el cambio, espera unos minutos y vuelve a comprobar el correo.

finding-imap-disabled = El acceso IMAP está desactivado en esta cuenta
    .why-1 = Puede que la contraseña sea correcta: el proveedor rechazó el inicio de sesión porque esta cuenta no tiene permitido leer su correo por IMAP.
    .why-2 = Algunos proveedores tienen IMAP desactivado hasta que el titular lo activa; en una dirección del trabajo o de un centro de estudios, puede que el administrador lo haya desactivado para todos.
    .why-3-when-alert = Lo que dice el servidor: «{ $alert }».
    .fix-1 = Entra en el correo web de { $provider }, abre la configuración y activa el acceso IMAP (busca «POP e IMAP» o «Reenvío y correo POP/IMAP»).
    .fix-2-unless-provider = Entra en el correo web, abre la configuración y activa el acceso IMAP (busca «POP e IMAP» o «Reenvío y correo POP/IMAP»).
    .fix-3 = Si la opción no aparece o está bloqueada, pide al administrador del dominio de correo que permita IMAP en esta cuenta.
    .fix-4 = Espera unos minutos tras el cambio y vuelve a comprobar el correo.

finding-password-expired = La contraseña ha caducado
    .why-1 = El servidor { $host } reconoció la cuenta, pero su contraseña ya pasó su fecha límite: ningún programa de correo puede entrar con ella hasta que la cambies.
    .why-2-when-alert = Lo que dice el servidor: «{ $alert }».
    .fix-1 = Entra en el correo web (o en la página de la cuenta del proveedor) y pon una contraseña nueva cuando te la pida.
    .fix-2 = Escribe la contraseña nueva en el programa de correo de cada dispositivo que use esta cuenta.
    .fix-3 = Vuelve a comprobar el correo.

finding-auth-plaintext-disallowed = El servidor solo acepta contraseñas por una conexión cifrada
    .why-1 = El { $role } { $host } se niega a recibir una contraseña por una conexión sin cifrar, para protegerla.
    .fix-1-when-starttls_offered = Cambia la seguridad a STARTTLS: el servidor lo ofrece en el puerto { $port }.
    .fix-2-unless-starttls_offered = Cambia la seguridad a SSL/TLS y el puerto a { $tls_port }.
    .fix-3-unless-starttls_offered-tls_port = Activa SSL/TLS o STARTTLS en la configuración de la cuenta, con el puerto que indique el proveedor.
    .fix-4 = Vuelve a comprobar el correo.

finding-auth-refused-insecure = No se envió la contraseña: la conexión no está cifrada
    .why-1 = La conexión con { $host } en el puerto { $port } no está cifrada, así que esta comprobación no envió la contraseña, para protegerla.
    .why-2 = El inicio de sesión todavía no se ha probado.
    .fix-1-when-starttls_offered = Cambia la seguridad a STARTTLS: el servidor lo ofrece.
    .fix-2-unless-starttls_offered = Cambia la seguridad a SSL/TLS y el puerto a { $tls_port }.
    .fix-3-unless-starttls_offered-tls_port = Activa SSL/TLS o STARTTLS, con el puerto que indique el proveedor.
    .fix-4 = Solo en una red de confianza, y solo si el proveedor no ofrece ningún cifrado, repite la comprobación permitiendo la contraseña sin cifrar (--allow-plaintext-auth).

finding-auth-mechanism-unsupported = El servidor no deja que este programa entre con contraseña
    .why-1-unless-reply = El servidor { $host } ofrece estos métodos de inicio de sesión: { $mechanisms }. Ninguno acepta una contraseña.
    .why-2-when-offered_refused = El servidor { $host } incluye { $mechanism } entre sus métodos de inicio de sesión ({ $mechanisms }), pero lo rechazó al usarlo: "{ $reply }".
    .why-3-when-offered_refused = Un servidor que rechaza lo que ofrece está mal configurado, o algo entre este equipo y el servidor cambia la lista. Ni tu contraseña ni tus ajustes son la causa.
    .why-4-when-reply-unless-offered_refused = El servidor { $host } rechazó el método de inicio de sesión { $mechanism }: "{ $reply }".
    .why-5-unless-mechanisms-mechanism = El servidor { $host } no acepta la forma en que este programa entra con contraseña.
    .why-6-when-oauth = Espera, en su lugar, un inicio de sesión a través de una ventana del navegador (OAuth2).
    .fix-1-when-oauth = Usa un programa de correo que admita el inicio de sesión con OAuth2 y vuelve a añadir la cuenta.
    .fix-2-when-offered_refused = Envía al proveedor, o a quien administre { $host }, la respuesta del servidor que se muestra arriba: el servidor ofrece { $mechanism } pero lo rechaza.
    .fix-3-when-offered_refused = Vuelve a probar más tarde: un servidor que se está cambiando puede responder así durante un tiempo.
    .fix-4-unless-offered_refused = Comprueba si el proveedor ofrece contraseñas de aplicación para programas de correo.
    .fix-5-unless-offered_refused = Si es el servidor de tu organización, pregunta al administrador qué método de inicio de sesión hay que usar.

finding-smtp-auth-not-offered = El servidor saliente no ofrece inicio de sesión
    .why-1 = El servidor saliente { $host } no ofrece inicio de sesión en el puerto { $port }, así que no aceptará tu correo para enviarlo.
    .why-2-when-starttls_offered = Muchos servidores solo ofrecen el inicio de sesión después de cifrar la conexión con STARTTLS.
    .fix-1-when-starttls_offered = Activa STARTTLS para el servidor saliente.
    .fix-2 = Usa el puerto 587 con STARTTLS, o el 465 con SSL/TLS, según indique el proveedor.
    .fix-3 = Asegúrate de que el servidor saliente está configurado para pedir inicio de sesión.

finding-smtp-auth-required = El servidor saliente necesita que inicies sesión
    .why-1 = El servidor saliente { $host } solo envía correo de quien inicia sesión, y el programa de correo no la inició.
    .fix-1 = En la configuración del servidor saliente, marca la opción de que el servidor de salida (SMTP) requiere autenticación.
    .fix-2 = Usa el mismo usuario y contraseña que para el correo entrante.
    .fix-3 = Envíate un mensaje de prueba a ti mismo.

finding-too-many-logins = Demasiados inicios de sesión: la cuenta está en pausa
    .why-1 = El servidor { $host } rechazó el inicio de sesión porque la cuenta entró demasiadas veces, o porque hay demasiados dispositivos conectados a la vez.
    .why-2 = Suele ser algo temporal.
    .fix-1 = Espera entre 15 y 30 minutos antes de volver a probar.
    .fix-2 = En todos los dispositivos que usan esta cuenta, haz que el programa de correo compruebe el correo con menos frecuencia, cada 10 minutos o más.
    .fix-3 = Cierra el programa de correo en los dispositivos que no estés usando.

finding-receive-ok-send-fails = Recibir funciona, enviar no
    .why-1 = El servidor entrante funciona, así que la cuenta está bien: el fallo está solo en la parte de salida.
    .why-2-when-password_ok = El mismo usuario y contraseña iniciaron sesión en el servidor entrante, así que la contraseña es correcta, aunque el servidor saliente la haya rechazado.
    .fix-1-when-password_ok-microsoft = Microsoft puede desactivar el envío desde programas de correo (SMTP autenticado) para un buzón: el administrador puede volver a activarlo.
    .fix-2-when-password_ok-unless-microsoft = Puede que el proveedor haya desactivado el envío desde programas de correo para este buzón: revisa la configuración de la cuenta o pregunta al proveedor.
    .fix-3-when-password_ok = Revisa el usuario configurado para el servidor saliente: normalmente tiene que ser la dirección de correo completa.
    .fix-4-when-port25 = Usa el puerto 587 con STARTTLS en lugar del 25.
    .fix-5-when-other_title-unless-password_ok = Sigue el diagnóstico «{ $other_title }» sobre el servidor saliente.
    .fix-6-unless-port25 = Usa el puerto 587 con STARTTLS, o el 465 con SSL/TLS, según indique el proveedor.

finding-mailbox-in-use = El buzón está ocupado por otro dispositivo
    .why-1 = Otro dispositivo o programa está descargando de este buzón ahora mismo, y el servidor solo deja que lo haga uno a la vez.
    .fix-1 = Cierra el programa de correo en los otros ordenadores, móviles y tabletas que usan esta cuenta.
    .fix-2 = Espera unos minutos y vuelve a comprobar el correo.
    .fix-3 = Si sigue pasando, haz que los dispositivos comprueben el correo con menos frecuencia.

finding-server-temporary-failure = El servidor tiene un problema temporal
    .why-1 = El { $role } { $host } informó de un problema temporal por su parte.
    .why-2 = La configuración no es la causa.
    .fix-1 = Espera entre 15 y 30 minutos y vuelve a probar.
    .fix-2 = Mira la página de estado o las noticias del proveedor por si hay una avería.

finding-server-permanent-failure = El servidor se niega a atender esta cuenta
    .why-1 = El { $role } { $host } informó de un problema permanente por su parte: volver a intentarlo no servirá.
    .fix-1 = Entra en el correo web y busca algún aviso sobre la cuenta, como una suspensión.
    .fix-2 = Ponte en contacto con el proveedor y léele el mensaje del servidor que aparece más abajo.

finding-mailbox-empty = El buzón del servidor está vacío
    .why-1 = El inicio de sesión funcionó, y ahora mismo el servidor no guarda ningún mensaje.
    .why-2 = Si falta correo, puede que otro dispositivo lo haya descargado y borrado del servidor.
    .fix-1 = En todos los dispositivos que usan esta cuenta, activa la opción de dejar una copia de los mensajes en el servidor.
    .fix-2 = Busca los mensajes que faltan en el correo web, también en la carpeta de spam.

finding-no-uidl = El servidor no puede llevar la cuenta de los mensajes descargados
    .why-1 = El servidor { $host } no da a los mensajes identificadores permanentes (UIDL), así que los programas de correo no saben cuáles ya descargaron.
    .why-2 = Con la opción de dejar una copia en el servidor activada, los mismos mensajes pueden llegar una y otra vez.
    .fix-1 = Avisa al proveedor, o a quien administre el servidor.
    .fix-2 = Mientras tanto, guarda el correo en un solo dispositivo, y desactiva allí la opción de dejar una copia en el servidor.

finding-smtp-relay-denied = El servidor saliente no quiere reenviar este mensaje
    .why-1 = El servidor saliente { $host } se negó a entregar correo a este destinatario desde esta cuenta.
    .fix-1 = Asegúrate de que el servidor saliente está configurado para pedir inicio de sesión, con el mismo usuario y contraseña que el correo entrante.
    .fix-2 = Comprueba que la dirección del remitente es la de la propia cuenta.
    .fix-3 = Si las dos cosas están bien, ponte en contacto con el proveedor.

finding-smtp-sender-rejected = La dirección del remitente no está permitida
    .why-1 = El servidor saliente { $host } no deja que esta cuenta envíe con esa dirección de remitente.
    .fix-1 = Pon como dirección del remitente la dirección de correo de la propia cuenta.
    .fix-2 = Para enviar como otra dirección, pide antes al proveedor o al administrador permiso para enviar como esa dirección.

finding-smtp-sending-limit = La cuenta llegó a su límite de envío
    .why-1 = El proveedor rechaza por ahora más correo de esta cuenta: envió demasiados mensajes, o a demasiados destinatarios a la vez.
    .fix-1 = Espera a que el límite se reinicie, a menudo al cabo de 24 horas.
    .fix-2 = Envía a menos destinatarios cada vez.
    .fix-3 = Si la cuenta no envió tanto, puede que otra persona la esté usando: cambia la contraseña y revisa la carpeta de enviados.

finding-smtp-blocklisted = La dirección de internet está en una lista negra de spam
    .why-1-unless-client_address-server_address = El servidor saliente { $host } rechazó el correo porque la dirección de internet que se usa, o el propio servidor, está en una lista negra de spam.
    .why-2-unless-host-client_address-server_address = La dirección de internet de este equipo, o la del servidor saliente, está en una lista negra de spam.
    .why-3 = La dirección pública de internet de este equipo, { $client_address }, aparece en la lista negra de spam { $client_zones }.
    .why-4 = La dirección del servidor saliente, { $server_address }, aparece en la lista negra de spam { $server_zones }: otros servidores pueden rechazar el correo que les pasa.
    .why-5 = La lista da este motivo: «{ $listing }».
    .why-6-when-policy_listing = Este tipo de inclusión solo indica que la dirección es de una conexión doméstica o móvil, que no debería entregar correo directamente a otros servidores. Enviar por el servidor del proveedor en el puerto 587, con inicio de sesión, no se ve afectado.
    .fix-1 = Envía a través del servidor saliente del propio proveedor, en el puerto 587 y con inicio de sesión.
    .fix-2-unless-policy_listing = Revisa los equipos de esta red por si algún programa malicioso envía spam.
    .fix-3-unless-client_address-server_address = Pide que te quiten de la lista negra que nombra el mensaje del servidor, más abajo, o pide ayuda a tu proveedor de internet.
    .fix-4-when-client_address-unless-policy_listing = Cuando esté resuelta la causa, pide a { $client_zones } que quite { $client_address }: su página web explica cómo. Tu proveedor de internet también puede ayudar.
    .fix-5 = Avisa al proveedor de correo de que su servidor { $server_address } está en la lista negra { $server_zones }.

finding-smtp-helo-rejected = El servidor saliente rechazó el nombre de este equipo
    .why-1 = Al conectarse, el programa de correo se presenta con un nombre, y { $host } rechazó ese nombre por no ser válido.
    .fix-1 = En la configuración avanzada del programa de correo, pon un nombre completo para este equipo, como el dominio de tu dirección de correo.
    .fix-2 = O envía por el puerto de envío 587 del proveedor, con inicio de sesión, que normalmente no revisa ese nombre.

finding-smtp-server-busy = El servidor saliente está ocupado
    .why-1 = El servidor saliente { $host } está sobrecargado o en mantenimiento, o llegan demasiadas conexiones desde esta dirección.
    .fix-1 = Espera unos minutos y vuelve a probar.
    .fix-2 = Cierra otros programas de correo que envíen con esta cuenta.

finding-wrong-port-for-submission = El puerto 25 es para servidores, no para enviar tu correo
    .why-1 = El servidor saliente está configurado en el puerto { $port }, donde { $host } se pasa el correo con otros servidores y no ofrece inicio de sesión a las personas.
    .why-2 = Los programas de correo deben enviar por el puerto 587 o el 465.
    .fix-1 = Cambia el puerto de salida a 587, con STARTTLS.
    .fix-2 = O usa el puerto 465, con SSL/TLS.
    .fix-3 = Asegúrate de que el servidor saliente está configurado para pedir inicio de sesión, con el mismo usuario y contraseña que el correo entrante.

finding-spf-missing = El dominio { $domain } no tiene registro SPF
    .why-1 = Los servidores que reciben correo leen el registro SPF de un dominio para saber qué servidores pueden enviar correo en nombre de { $domain }.
    .why-2 = Sin él, el correo de { $domain } puede ser rechazado o acabar en spam.
    .fix-1 = En la configuración DNS del dominio, añade un único registro TXT que empiece por v=spf1, con el include que indique el proveedor de correo.
    .fix-2 = Las instrucciones del proveedor están en { $help_url }.

finding-spf-invalid = El registro SPF de { $domain } está mal
    .why-1 = { $domain } publica { $spf_records } registros SPF, y los receptores tratan más de uno como un error.
    .why-2 = Comprobar el registro SPF de { $domain } necesita { $lookups } consultas DNS, más de las diez que admiten los receptores.
    .why-3-unless-spf_records-lookups = El registro SPF de { $domain } tiene un error, así que los receptores no pueden usarlo.
    .why-4 = Un dominio debe tener un único registro SPF, y comprobarlo no puede necesitar más de diez consultas DNS. Si no, los receptores lo ignoran y el correo puede ser rechazado o acabar en spam.
    .fix-1-when-spf_records = Junta todos los registros SPF de { $domain } en un único registro TXT que empiece por v=spf1.
    .fix-2-when-lookups = Quita los include que ya no hagan falta, para que el registro no pase de diez consultas.
    .fix-3-unless-spf_records-lookups = Corrige el registro SPF de { $domain } en la configuración DNS del dominio: los problemas encontrados aparecen más abajo.

finding-dmarc-missing = El dominio { $domain } no tiene un registro DMARC que funcione
    .why-1 = { $domain } publica { $dmarc_records } registros DMARC, así que los receptores no aplican ninguno.
    .why-2-when-dmarc_invalid = El registro DMARC de { $domain } tiene un error, así que los receptores lo ignoran.
    .why-3 = Los grandes receptores, como Gmail y Yahoo, esperan un registro DMARC para el dominio que envía.
    .why-4 = Sin él, el correo de { $domain } puede acabar en spam.
    .fix-1-when-dmarc_records = Deja un único registro TXT con el nombre _dmarc.{ $domain } y borra los demás.
    .fix-2 = Publica un registro TXT con el nombre _dmarc.{ $domain }, por ejemplo: v=DMARC1; p=none; rua=mailto:postmaster@{ $domain }.
    .fix-3 = Cuando los informes muestren que todo tu correo lo supera, haz la política más estricta.

finding-dkim-not-found = El correo de { $domain } no va firmado (DKIM)
    .why-1 = No se encontró ninguna clave DKIM para { $domain }, así que los receptores no pueden comprobar que su correo sale realmente de él.
    .why-2 = La clave se buscó con estos nombres (selectores): { $selector }.
    .why-3 = Se publicó una clave con el nombre { $dkim_revoked }, pero se ha retirado.
    .why-4-when-selectors_guessed = No se sabe cuál es el proveedor de correo, así que solo se probaron unos pocos nombres habituales: la clave bien puede existir con otro nombre, y esto es solo un indicio.
    .fix-1-when-selectors_guessed = Pregunta al proveedor de correo qué nombre de selector usan sus firmas DKIM y comprueba ese nombre.
    .fix-2 = Activa la firma DKIM en la configuración de administración del proveedor de correo.
    .fix-3 = Publica en la configuración DNS del dominio la clave DKIM que te dé.

finding-mx-mismatch = El correo del dominio va a otro proveedor
    .why-1 = El correo para { $domain } se entrega en { $mx_host }, no en los servidores configurados en el programa de correo.
    .why-2 = Ese servidor pertenece a { $mx_provider }.
    .why-3 = Suele pasar después de cambiar el correo a un proveedor nuevo mientras el programa sigue apuntando al antiguo.
    .fix-1 = Usa los servidores entrante y saliente de { $mx_provider }.
    .fix-2-unless-mx_provider = Usa los servidores del proveedor que gestiona { $mx_host }.
    .fix-3 = Pregunta a quien administre el dominio qué proveedor se encarga de su correo.

finding-host-near-miss = ¿Querías decir { $suggestion } en lugar de { $host }?
    .why-1 = El { $role } está configurado como { $host }, que se diferencia solo en una o dos letras de { $suggestion }, un nombre de servidor de correo conocido.
    .why-2 = Un error tan pequeño al escribir pasa fácilmente desapercibido, y el programa de correo habla entonces con el servidor equivocado, o con ninguno.
    .fix-1 = En la configuración de la cuenta, cambia el nombre del servidor a { $suggestion }, comprobándolo letra por letra.
    .fix-2 = La página de configuración del proveedor es { $help_url }.

finding-username-form-mismatch = El nombre de usuario debería ser { $expected_user }
    .why-1-unless-provider-from_autoconfig = El programa de correo inicia sesión como { $user }, pero este proveedor espera el nombre de usuario { $expected_user }.
    .why-2-when-provider-unless-from_autoconfig = El programa de correo inicia sesión como { $user }, pero { $provider } espera el nombre de usuario { $expected_user }.
    .why-3-when-from_autoconfig = El programa de correo inicia sesión como { $user }, pero la configuración publicada para esta dirección pide el nombre de usuario { $expected_user }.
    .why-4-when-login_failed = El servidor rechazó el inicio de sesión, muy probablemente por esto.
    .why-5-unless-login_failed = La mayoría de los proveedores rechazan el inicio de sesión si el nombre de usuario no tiene la forma correcta, aunque la contraseña sea buena.
    .fix-1 = En la configuración de la cuenta, cambia el nombre de usuario a { $expected_user }, exactamente como aparece aquí.
    .fix-2 = Mantén la misma contraseña.
    .fix-3 = La página de configuración del proveedor es { $help_url }.

finding-pop3-not-offered = Esta cuenta no tiene servicio POP3
    .why-1 = { $provider } no ofrece POP3: su correo solo se puede leer con IMAP, o en su propia aplicación y su correo web.
    .why-2-when-from_srv-unless-provider = El dominio { $domain } indica en sus registros DNS (SRV) que no ofrece el servicio POP3.
    .why-3-unless-provider-from_srv = Este proveedor no ofrece POP3: su correo solo se puede leer con IMAP.
    .why-4 = Por eso el servidor entrante { $host }, configurado para POP3, no puede funcionar, se cambie lo que se cambie.
    .fix-1 = Vuelve a configurar la cuenta con IMAP en lugar de POP3: la mayoría de los programas de correo encuentran solos los datos de IMAP a partir de la dirección de correo.
    .fix-2 = La página de configuración del proveedor es { $help_url }.

finding-pop3-and-imap-offered = Solo se comprobó uno de los dos: POP3 o IMAP
    .why-1 = { $provider } ofrece dos formas de recibir el correo: POP3 e IMAP.
    .why-2-unless-provider = Este proveedor ofrece dos formas de recibir el correo: POP3 e IMAP.
    .why-3-when-checked_pop3 = Esta comprobación usó POP3, en { $host }.
    .why-4-when-checked_imap = Esta comprobación usó IMAP, en { $host }.
    .why-5 = POP3 descarga el correo en un solo dispositivo y normalmente lo borra del servidor, así que los demás dispositivos ya no lo ven.
    .why-6 = IMAP deja el correo en el servidor, así que el móvil, el ordenador y el correo web ven las mismas carpetas.
    .fix-1-when-checked_pop3 = Para comprobar también IMAP, vuelve a hacer la comprobación con --incoming both (o con --incoming imap para IMAP solo).
    .fix-2-when-checked_imap = Para comprobar también POP3, vuelve a hacer la comprobación con --incoming both (o con --incoming pop3 para POP3 solo).
    .fix-3 = Elige IMAP si lees el correo en más de un dispositivo; POP3 si el correo debe quedarse solo en este ordenador.

finding-oauth2-only = Este proveedor no acepta contraseñas desde programas de correo
    .why-1-when-provider-unless-from_autoconfig = { $provider } ha desactivado el inicio de sesión con contraseña desde programas de correo: solo pueden conectarse los programas que inician sesión en la propia página de { $provider } (OAuth2).
    .why-2-when-from_autoconfig = La configuración publicada para esta dirección solo permite una forma de iniciar sesión: en la propia página del proveedor (OAuth2), no con una contraseña escrita en el programa de correo.
    .why-3-unless-provider-from_autoconfig = Este proveedor ha desactivado el inicio de sesión con contraseña desde programas de correo: solo pueden conectarse los programas que inician sesión en la propia página del proveedor (OAuth2).
    .why-4-when-login_failed = Por eso el servidor rechazó el inicio de sesión, aunque la contraseña sea correcta.
    .fix-1 = Usa un programa de correo que pueda iniciar sesión con OAuth2 (por ejemplo Thunderbird, Outlook o Apple Mail) y elige el inicio de sesión en la página del proveedor cuando lo pida.
    .fix-2-when-microsoft = En una cuenta de empresa o de centro educativo, el administrador también puede permitir el inicio de sesión con contraseña (SMTP AUTH) para este buzón.
    .fix-3 = La página de configuración del proveedor es { $help_url }.
    .fix-4 = Para comprobar desde aquí que el inicio de sesión con OAuth2 funciona: consigue un token (por ejemplo con mailtriage oauth2 login) y ejecuta mailtriage check con --oauth2-token-env VARIABLE.

finding-wrong-protocol-on-port = El puerto { $port } de { $host } habla { $answered }, no { $intended }
    .why-1 = El { $role } está configurado como { $host } en el puerto { $port }, pero lo que contesta ahí es { $answered }, no { $intended }: ese puerto es de otro servicio.
    .why-2-when-answered_sending = SMTP es el protocolo para enviar correo: ese puerto es de un servidor saliente.
    .why-3-when-answered_receiving = { $answered } es un protocolo para recibir correo: ese puerto es de un servidor entrante.
    .why-4-when-swapped-other_role = El { $other_role } recibió la respuesta que espera este, así que los datos de los dos servidores parecen intercambiados.
    .why-5-unless-swapped = Lo más habitual es que se hayan mezclado los datos de entrada y de salida, o que se copiara el puerto de la línea equivocada de las instrucciones del proveedor.
    .fix-1-when-swapped = Intercambia los datos del servidor entrante y del saliente: nombre del servidor, puerto y seguridad.
    .fix-2 = Para { $intended }, los puertos habituales son { $standard_ports }: usa el que indique el proveedor.
    .fix-3-when-imap = Si querías usar IMAP, elige IMAP como tipo de cuenta en el programa de correo (puerto 993 con SSL/TLS o 143 con STARTTLS) en lugar de POP3.
    .fix-4 = La página de configuración del proveedor es { $help_url }.

finding-server-not-responding = { $host } acepta la conexión en el puerto { $port } pero no contesta
    .why-1-unless-stopped_at-tls_handshake = La conexión con { $host } en el puerto { $port } se abrió, pero el servidor no envió ni un byte: no llegó ningún saludo antes del tiempo límite.
    .why-2-when-tls_handshake = La conexión con { $host } en el puerto { $port } se abrió, pero el servidor nunca contestó a la petición de empezar el cifrado (SSL/TLS).
    .why-3-when-stopped_at = El servidor contestó al principio y luego dejó de contestar en el paso de { $stopped_at }, sin enviar nada más antes del tiempo límite.
    .why-4 = Algo acepta la conexión sin pasarla al servidor: el «escudo de correo» de un antivirus o un cortafuegos, un proxy, un servidor saturado o un servicio que espera a que hable primero el otro lado.
    .fix-1 = Vuelve a probar dentro de unos minutos.
    .fix-2 = Prueba desde otra red, por ejemplo la zona wifi del móvil: si allí funciona, el antivirus, el cortafuegos o la red de aquí están en medio.
    .fix-3 = Desactiva un momento el análisis del correo del antivirus y vuelve a probar.
    .fix-4 = Comprueba el puerto y la seguridad con las instrucciones del proveedor.
    .fix-5 = La página de configuración del proveedor es { $help_url }.

finding-not-a-mail-server = Lo que contesta en el puerto { $port } de { $host } no es un servidor de correo
    .why-1 = El servidor { $host } contestó en el puerto { $port } con datos que no son ningún protocolo de correo (datos binarios, sin líneas de texto).
    .why-2 = Empezaba así: «{ $peer_bytes }».
    .why-3 = El nombre y el puerto llevan a otra cosa: otro servicio, un aparato o una página de acceso de la red.
    .fix-1 = Compara el nombre del servidor y el puerto, letra a letra, con las instrucciones del proveedor.
    .fix-2 = { $provider } indica el nombre de servidor { $documented_host }.
    .fix-3 = Si estás en la red de un hotel, un aeropuerto o una red de invitados, abre antes una página web: puede que te pida identificarte antes de que funcione nada.
    .fix-4 = La página de configuración del proveedor es { $help_url }.

finding-connection-closed-by-server = { $host } cerró la conexión sin decir por qué
    .why-1-when-at_once = El servidor { $host } aceptó la conexión en el puerto { $port } y la cerró enseguida, antes de decir nada.
    .why-2-when-during_tls = El servidor { $host } cerró la conexión en el puerto { $port } mientras se preparaba el cifrado (SSL/TLS). O ese puerto no usa SSL/TLS, o el servidor solo habla versiones antiguas.
    .why-3-when-closed_at-unless-at_once-during_tls = El servidor { $host } cerró la conexión a mitad de la sesión, en el paso de { $closed_at }, sin una respuesta que lo explique.
    .why-4 = Los servidores hacen esto cuando una dirección o una cuenta abre demasiadas conexiones, después de varios inicios de sesión fallidos (la dirección queda bloqueada un tiempo), o cuando un antivirus o un proxy corta la sesión.
    .fix-1 = Espera unos minutos y prueba una vez más.
    .fix-2 = Cierra los demás programas y dispositivos que usan esta cuenta y vuelve a probar.
    .fix-3 = Prueba desde otra red, por ejemplo la zona wifi del móvil.
    .fix-4-when-during_tls = Revisa la seguridad: puede que el puerto { $port } necesite STARTTLS o ningún cifrado en lugar de SSL/TLS.
    .fix-5 = Si sigue pasando, pregunta al proveedor si tu dirección está bloqueada.

finding-server-reply-invalid = { $host } envió una respuesta que no cumple el protocolo de correo
    .why-1-unless-bad_at = El servidor { $host } en el puerto { $port } contestó con algo que el protocolo de correo no permite.
    .why-2-when-bad_at = En el paso de { $bad_at }, el servidor { $host } en el puerto { $port } contestó con algo que el protocolo de correo no permite.
    .why-3-when-too_long = La respuesta era muchísimo más larga que las de cualquier servidor de correo.
    .why-4-when-incomplete = Llegaron datos, pero nunca una respuesta completa.
    .why-5 = Dijo: «{ $peer_bytes }».
    .why-6 = El servidor, o algo entre este equipo y el servidor, está estropeado o no es el servicio esperado.
    .fix-1 = Comprueba el nombre del servidor, el puerto y la seguridad con las instrucciones del proveedor.
    .fix-2 = Prueba desde otra red, para descartar un antivirus o un proxy que altere el tráfico.
    .fix-3 = Si los datos son correctos, envía al proveedor la transcripción de esta comprobación (el informe Markdown o la salida de mailtriage check --json).

finding-server-busy = El servidor { $host } rechazó la conexión
    .why-1 = El { $role } { $host } respondió, pero se negó a atender esta conexión antes de iniciar sesión: está sobrecargado, reiniciándose por mantenimiento o solo admite unas pocas conexiones desde una misma dirección o cuenta.
    .why-2 = Por lo que se ve, ni la configuración ni la contraseña tienen la culpa.
    .why-3-when-reply = El servidor dijo: «{ $reply }».
    .fix-1 = Espera unos minutos y vuelve a comprobar el correo.
    .fix-2 = Cierra el programa de correo en los otros ordenadores y móviles que usan esta cuenta, y haz que los demás busquen correo con menos frecuencia.
    .fix-3 = Si dura más de una hora, pregunta al proveedor si el servidor tiene algún problema.

finding-preauth-session = El servidor dejó entrar la conexión sin contraseña
    .why-1 = El { $role } { $host } dio esta conexión por iniciada desde su primera línea (IMAP PREAUTH), así que nunca pidió la contraseña y esta no se ha probado.
    .why-2 = Los servidores lo hacen a propósito con conexiones de confianza, como las de su propia red; un programa de correo desde otro sitio seguirá teniendo que iniciar sesión.
    .fix-1 = No hay nada que arreglar si esta configuración es la prevista.
    .fix-2 = Para probar la contraseña, ejecuta la comprobación desde la red que de verdad usa el programa de correo.

finding-login-not-tested = No se probó el inicio de sesión en { $host }
    .why-1-when-password_given-no_user = Diste una contraseña pero ningún usuario, así que se saltó el inicio de sesión.
    .why-2-when-no_password-unless-no_user = No diste ninguna contraseña, así que se saltó el inicio de sesión.
    .why-3-when-no_user-unless-password_given = No diste ni usuario ni contraseña, así que se saltó el inicio de sesión.
    .why-4 = La conexión con el { $role } funciona, pero todavía no se sabe si la cuenta puede iniciar sesión.
    .fix-1 = Indica el usuario (con --user) y la contraseña (se te pedirá, o con --password-env) y vuelve a hacer la comprobación.
    .fix-2 = El usuario suele ser la dirección de correo completa; las instrucciones del proveedor dicen cuál.

finding-unexplained-failure = Falló el paso de { $step }; la causa no es segura
    .why-1 = Falló el paso de { $step } con el { $role }, y ninguna de las causas conocidas encaja con lo que pasó.
    .why-2-when-reply = El servidor contestó: «{ $reply }».
    .why-3-when-timeout = El servidor no contestó antes del tiempo límite.
    .why-4-when-closed = El servidor cerró la conexión.
    .why-5-when-reset = La conexión se cortó de golpe (reset).
    .why-6-when-tls_failed = No se pudo establecer la conexión cifrada (SSL/TLS).
    .why-7-when-declined = mailtriage no hizo este paso, para proteger la contraseña.
    .why-8-when-apop_refused = El servidor rechazó el inicio de sesión APOP. También ofrece otras formas de iniciar sesión, y APOP suele necesitar un secreto aparte en el servidor, así que esto no demuestra que la contraseña esté mal.
    .why-9-when-detail = En términos técnicos: «{ $detail }».
    .fix-1 = Comprueba el nombre del servidor, el puerto y la seguridad con las instrucciones del proveedor.
    .fix-2-when-apop_refused = Entra en el correo web con la misma contraseña: si funciona, la contraseña es correcta y el problema es APOP en el servidor.
    .fix-3 = Vuelve a probar dentro de unos minutos y, si puedes, desde otra red.
    .fix-4 = Si sigue fallando, envía al proveedor la transcripción de esta comprobación (el informe Markdown o la salida de mailtriage check --json).

## Working settings found by trying other ports: the fix step that names one, and the facts
## about ports that answer only without encryption or not at all.

advice-working-setting = Comprobado ahora mismo: el puerto { $port } con { $security } funciona en { $host }. Pon exactamente eso en el programa de correo.
advice-unencrypted-only = Comprobado ahora mismo en { $host }: el puerto { $port } solo responde sin cifrado: no lo uses con contraseña.
advice-tls-port-failed = Comprobado ahora mismo: el puerto { $port } con SSL/TLS tampoco funciona en { $host }. Pregunta al proveedor qué puerto y qué seguridad usar, y no quites el cifrado.

## Provider notes: one sentence each, shown with the provider's settings.

advice-note-app-password-required = Los programas de correo no pueden usar la contraseña normal: crea una contraseña de aplicación en la seguridad de la cuenta y escribe esa.
advice-note-app-password-with-2fa = Si la cuenta tiene activada la verificación en dos pasos, los programas de correo necesitan una contraseña de aplicación en lugar de la normal.
advice-note-pop-must-be-enabled = El acceso POP viene desactivado: actívalo en la configuración del correo web antes de que un programa pueda descargar el correo.
advice-note-oauth2-only = Este proveedor ya no acepta una contraseña simple desde programas de correo: usa un programa que inicie sesión en la página del propio proveedor (OAuth2).
advice-note-admin-controls-access = En una cuenta de empresa o centro educativo, el administrador puede desactivar POP y el envío desde programas: consúltale si se rechaza el inicio de sesión.
advice-note-no-pop3 = Este proveedor no ofrece POP3: configura el programa de correo con IMAP.
advice-note-self-signed-certificate = El certificado del servidor no es de una autoridad pública, así que los programas avisan hasta que se acepta o se importa.
advice-note-local-bridge = Los servidores de correo funcionan en un programa auxiliar de este ordenador: debe estar instalado, con la sesión iniciada y en marcha.
advice-note-polling-limit = Comprobar el correo con demasiada frecuencia se rechaza: configura el programa para mirar cada 15 minutos o menos a menudo.
advice-note-disconnects-after-bad-password = El servidor corta la conexión tras una contraseña incorrecta en lugar de responder con un error: un corte al iniciar sesión suele indicar la contraseña.
advice-note-port-25-blocked = Las conexiones domésticas de este país no pueden enviar por el puerto 25: usa el 587 o el 465 con autenticación.
advice-note-regional-servers = Los nombres de servidor dependen de la región donde se abrió la cuenta (por ejemplo .eu o .in en lugar de .com).
advice-note-paid-plan-required = El acceso desde programas de correo solo está en los planes de pago: comprueba el plan de la cuenta.

## Port-scan verdicts: why a setting is recommended, or why none is.

advice-scan-configured-works = la configuración actual funciona
advice-scan-closest = la más parecida a la configurada que funciona
advice-scan-withheld-lower-security = solo funcionaron configuraciones sin cifrado, y bajarían la seguridad configurada
advice-scan-withheld-password = solo funcionaron configuraciones sin cifrado, y la contraseña viajaría sin protección

## -- evidence: the lines behind a finding --
evidence-step-at = { $step } { $target }
evidence-sent-reply = { $step }: { $sent } -> { $reply }
evidence-reply = { $step }: { $reply }
evidence-io = { $step }: { $failure }
evidence-io-after = { $step }: { $failure } tras { $time }
evidence-with-detail = { $line } ({ $detail })
evidence-peer-sent = { $line }; el servidor envió «{ $bytes }»
evidence-speaks-tls = { $step }: el puerto respondió con TLS ({ $how })
evidence-declined = { $step }: no se intentó: { $reason }
evidence-skipped = { $step }: omitido ({ $detail })
evidence-io-refused = conexión rechazada
evidence-io-timeout = sin respuesta (tiempo agotado)
evidence-io-reset = conexión cortada de golpe
evidence-io-closed = el servidor cerró la conexión
evidence-io-unreachable = no se llega a la red o al equipo
evidence-io-not-found = el nombre no existe
evidence-io-resolver-failed = falló la búsqueda del nombre
evidence-io-too-long = respuesta demasiado larga
evidence-io-incomplete = respuesta incompleta
evidence-io-protocol = error de protocolo
evidence-io-other = error
evidence-tls-not-tls = el servidor respondió sin cifrar, no con TLS
evidence-tls-malformed = la respuesta TLS del servidor está mal formada
evidence-tls-unexpected-bytes = el servidor respondió con datos que no son TLS
evidence-tls-alert = alerta TLS
evidence-tls-protocol-version = ninguna versión de TLS en común
evidence-tls-certificate = certificado rechazado
evidence-tls-eof = conexión cerrada durante la negociación TLS
evidence-tls-timeout = la negociación TLS agotó el tiempo
evidence-tls-other = error de TLS
evidence-certificate = certificado { $subject } emitido por { $issuer }, válido del { $from } al { $to }
evidence-certificate-check = comprobación del certificado de { $host }: { $verdict }
evidence-capabilities = capacidades de { $command }: { $list }
evidence-local-clock = reloj de este equipo: { $time }
evidence-chain-length = { $count ->
    [one] el servidor envió 1 certificado
   *[other] el servidor envió { $count } certificados, el suyo primero
}
evidence-standard-tls-port = el puerto { $port } es el estándar de { $protocol } con SSL/TLS desde el primer byte
evidence-mechanisms = métodos de inicio de sesión ofrecidos: { $list }
evidence-no-messages = STAT: 0 mensajes
evidence-no-uidl = UIDL: no admitido
evidence-outgoing-server = servidor saliente: { $line }
evidence-incoming-login-with = servidor entrante { $host }: el inicio de sesión con { $method } funcionó con los mismos datos
evidence-incoming-login = servidor entrante { $host }: el inicio de sesión funcionó con los mismos datos
evidence-incoming-healthy = servidor entrante { $host }: todos los pasos fueron bien
evidence-first-words = primeras palabras del servidor: { $words }
evidence-first-bytes = primeros bytes del servidor: { $bytes }
evidence-other-submission-port = tcp (el otro puerto de envío)
evidence-connected-in = conectado en { $time }
evidence-no-connection = sin conexión
evidence-connect = { $what } { $host } { $family } { $address }: { $outcome }
evidence-clock-offset = reloj { $server }: desfase de { $offset }
evidence-correct-time = hora correcta según { $server }: { $time }
evidence-valid-at-correct-time = { $line }; válido a la hora correcta
evidence-invalid-at-correct-time = { $line }; fuera de fecha incluso a la hora correcta
evidence-this-machine = la dirección pública de este equipo
evidence-the-outgoing-server = el servidor saliente
evidence-blocklisted = lista de bloqueo { $zone }: { $address } ({ $who }) aparece con { $codes }
evidence-because = { $line }: { $reason }
evidence-txt = TXT { $name }: { $record }
evidence-problem = problema: { $problem }
evidence-txt-missing = TXT { $name }: no hay registro { $record }
evidence-spf-lookups = SPF de { $name }: { $count } consultas DNS, y se permiten 10 como mucho
evidence-dkim-no-key = no hay clave
evidence-dkim-revoked = clave retirada (p= vacío)
evidence-dkim-invalid = la clave no sirve
evidence-dkim-provider-selectors = selectores de { $provider }
evidence-dkim-provider-selectors-unnamed = selectores del proveedor
evidence-dkim-given-selectors = selectores indicados
evidence-dkim-common-selectors = selectores habituales: no se sabe cuál es el proveedor
evidence-dkim-basis = DKIM de { $name }: { $basis }
evidence-mx-records = registros MX de { $domain }: { $records } ({ $provider })
evidence-documented-incoming = { $provider } indica el servidor entrante { $documented }; el configurado es { $host }
evidence-server-configured = servidor { $protocol } configurado: { $host }
evidence-known-server = nombre de servidor conocido: { $host }
evidence-who-autoconfig = el archivo de configuración automática del dominio
evidence-who-ispdb = la base de datos de proveedores de Thunderbird (ISPDB)
evidence-who-provider = el proveedor
evidence-who-published = la configuración publicada de { $domain }
evidence-user-configured = nombre de usuario configurado: { $user }
evidence-user-expected = { $who } espera { $form }: { $expected }
evidence-form-full = la dirección completa
evidence-form-local = la parte antes de la @
evidence-srv-no-pop3 = registros SRV de { $domain }: _pop3s._tcp / _pop3._tcp apuntan a "." (servicio no ofrecido)
evidence-no-pop3 = { $provider }: no ofrece POP3 (solo IMAP)
evidence-lists-both = { $who } indica POP3{ $pop3 } e IMAP{ $imap }; esta comprobación usó { $checked }
evidence-autoconfig-oauth2-only = el archivo de configuración automática { $url } solo indica inicio de sesión con OAuth2
evidence-ispdb-oauth2-only = la entrada de la base de datos de proveedores de Thunderbird (ISPDB) para { $domain } solo indica inicio de sesión con OAuth2
evidence-provider-oauth2-only = { $provider }: el inicio de sesión con contraseña desde programas de correo está desactivado (solo OAuth2)
evidence-oauth2-error-challenge = desafío de error: { $json }
evidence-oauth2-token-expiry = el campo exp del token: { $seconds } ({ $date })
evidence-oauth2-token-for = el token se emitió para { $accounts }; el inicio de sesión era para { $user }
## -- oauth2-sasl --
finding-oauth2-token-rejected = El servidor rechazó el token OAuth2
    .why-1-when-reply = El servidor { $host } rechazó el inicio de sesión con el token OAuth2: "{ $reply }".
    .why-2-when-status = Su informe de error indicó el estado "{ $status }".
    .why-3 = Un servidor rechaza un token caducado o revocado, emitido para un servicio distinto del correo o de otra cuenta. Este servidor no dice cuál de ellos.
    .fix-1 = Consigue un token nuevo y vuelve a comprobar: los tokens de acceso duran alrededor de una hora.
    .fix-2 = Asegúrate de que el token se emitió para acceder al correo y para esta cuenta: en Google, el permiso de acceso completo a Gmail; en Microsoft 365, el permiso POP, IMAP o SMTP de Outlook.
    .fix-3 = En una cuenta de trabajo o de centro educativo, pregunta al administrador si POP, IMAP o SMTP autenticado están activados para este buzón.

finding-oauth2-token-expired = El token OAuth2 ha caducado
    .why-1-when-expired = El token dice que era válido hasta { $expired }, por eso el servidor { $host } lo rechazó.
    .why-2 = Los tokens de acceso duran poco, alrededor de una hora; un programa de correo renueva el suyo por sí solo.
    .fix-1 = Consigue un token nuevo (por ejemplo con mailtriage oauth2 login) y vuelve a comprobar.
    .fix-2 = Si el programa de correo muestra el mismo rechazo, ya no puede renovar su inicio de sesión: quita la cuenta del programa y vuelve a añadirla, iniciando sesión en la página del proveedor.
    .fix-3 = Si un token recién emitido ya aparece caducado, revisa el reloj de este equipo.

finding-oauth2-scope-missing = El token OAuth2 no permite este acceso al correo
    .why-1-when-reply = El servidor { $host } rechazó el token: "{ $reply }".
    .why-2-when-scope = Indica el permiso que necesita: { $scope }.
    .why-3-when-scopes = El token tiene estos permisos: { $scopes }.
    .why-4-when-needed = Este servidor necesita el permiso { $needed }.
    .why-5 = Un token solo abre aquello para lo que se emitió: los permisos de solo lectura u otros permisos de Gmail, o los de Microsoft Graph, no permiten iniciar sesión en los servidores de correo.
    .fix-1 = Consigue un token que pida acceso completo al correo: en Google, el permiso de acceso completo a Gmail; en Microsoft 365, el permiso POP, IMAP o SMTP de Outlook (outlook.office.com).
    .fix-2-unless-scopes = Si el permiso era el correcto, asegúrate de que el token es de esta cuenta: Google responde igual a un token de otra cuenta.

finding-oauth2-wrong-user = El token OAuth2 es de otra cuenta
    .why-1-when-accounts-user = El token se emitió para { $accounts }, pero el inicio de sesión era para { $user }.
    .why-2 = Un servidor acepta un token solo para la cuenta a la que se emitió.
    .fix-1 = Usa el nombre de usuario para el que se emitió el token, o consigue un token nuevo con la sesión iniciada en la cuenta que estás comprobando.

finding-oauth2-app-blocked = Las normas de la organización bloquean este inicio de sesión
    .why-1-when-reply = El servidor { $host } rechazó el token con una respuesta que menciona las normas de la organización: "{ $reply }".
    .why-2 = En Microsoft 365 el administrador decide si se permite SMTP autenticado (incluso con OAuth2), si un programa de correo necesita aprobación previa y qué condiciones debe cumplir un inicio de sesión (valores predeterminados de seguridad, acceso condicional).
    .fix-1 = Pide al administrador que permita SMTP autenticado (SMTP AUTH), POP o IMAP para este buzón, y que apruebe el programa de correo para la organización.
    .fix-2 = Cuando lo haya cambiado, consigue un token nuevo y vuelve a comprobar.

finding-oauth2-not-offered = El servidor no ofrece inicio de sesión OAuth2
    .why-1-when-mechanisms = El servidor { $host } ofrece estos métodos de inicio de sesión: { $mechanisms }. Ninguno es OAuth2 (XOAUTH2 ni OAUTHBEARER), así que no se envió el token, ni se probó una contraseña en su lugar.
    .why-2-unless-mechanisms = El servidor { $host } no anuncia ningún método de inicio de sesión OAuth2 (XOAUTH2 ni OAUTHBEARER), así que no se envió el token, ni se probó una contraseña en su lugar.
    .fix-1 = Revisa el nombre y el puerto del servidor: los proveedores que aceptan tokens lo hacen en sus propios servidores, como outlook.office365.com o imap.gmail.com.
    .fix-2 = Si este servidor acepta contraseñas, compruébalo con la contraseña en lugar del token.

## ==== end of section: findings ====


## ==== section: reports ====
## Reports: the check's text and Markdown reports, JSON human fields, the presets table.

## The text report of `check`.

# Panel headings. $protocol: POP3 or IMAP; $server: host:port.
report-panel-network = RED
report-panel-incoming = ENTRANTE ({ $protocol })
report-panel-outgoing = SALIENTE (SMTP)
report-panel-server-security = { $name }  { $server }  seguridad { $security }

# Short words: a panel named in a finding's heading, a security mode, a step's status, and a
# certificate's verdict.
report-panel-word-network = red
report-panel-word-incoming = entrante
report-panel-word-imap-beside = entrante IMAP
report-panel-word-outgoing = saliente
report-security-tls = SSL/TLS
report-security-starttls = STARTTLS
report-security-none = ninguna
report-status-pending = pendiente
report-status-running = en curso
report-status-ok = bien
report-status-warn = aviso
report-status-failed = falló
report-status-skipped = omitido
report-cert-valid = válido
report-cert-expired = caducado
report-cert-not-yet-valid = aún no válido
report-cert-name-mismatch = nombre distinto
report-cert-untrusted = no es de confianza
report-cert-chain-invalid = cadena mal formada
report-cert-unknown = sin comprobar

# What a server said, under a failed step; $sent is the command, $reply the server's words.
report-server-said-after = tras «{ $sent }» el servidor dijo: { $reply }
report-server-said = el servidor dijo: { $reply }
report-certificate = certificado: { $verdict } ({ $detail })

# A finding's heading word, by severity; the line before each piece of evidence.
report-severity-error = ERROR
report-severity-warn = AVISO
report-severity-info = NOTA
report-evidence-line = prueba:

report-a-step-failed = Un paso falló; mira el paso fallido más arriba.
report-no-problems = No se encontró ningún problema.
report-works-instead = Funciona en su lugar ({ $panel }): { $server } seguridad { $security }
report-result = Resultado: { $symbol } { $status }

## The support report in Markdown (check --report, the dashboard's save key).

report-md-title = informe de soporte de mailtriage
report-md-result = Resultado
report-md-tool = Herramienta
report-md-os = Sistema operativo
report-md-made = Hecho
report-md-recorded = Qué se registra: cada orden que envió este equipo, con las partes que llevan el inicio de sesión (contraseña, respuestas de inicio de sesión codificadas, resumen APOP) mostradas como `***`; cada respuesta de los servidores, respuestas de inicio de sesión incluidas, tal como llegó. La contraseña en sí nunca se registra: donde un servidor la repitió, aparece como `***`.
report-md-private = Informe privado: los nombres y direcciones propios del usuario (nombre de usuario, direcciones de correo, un dominio y servidores propios, el nombre y las direcciones de este equipo) se sustituyen por marcadores, el mismo nombre siempre por el mismo. Los nombres y direcciones públicos de los servidores de un proveedor conocido se mantienen.
report-md-settings = Configuración
# $label: a server's role; $host: its name as code.
report-md-endpoint = { $label }: servidor { $host }, puerto { $port }, seguridad { $security }
report-md-endpoint-none = { $label }: sin configurar
report-md-panel-network = Red
report-md-panel-incoming = Entrante ({ $protocol })
report-md-panel-outgoing = Saliente (SMTP)
report-md-user = Nombre de usuario
report-md-not-given = no indicado
report-md-smtp-user = Nombre de usuario para el correo saliente
report-md-password = Contraseña
report-md-given-not-shown = indicada (no se muestra)
report-md-dry-run-sender = Remitente del envío de prueba (MAIL FROM)
report-md-dry-run-recipient = Destinatario del envío de prueba (RCPT TO)
report-md-pinned = Dirección fijada: { $host } puerto { $port } → { $address }
report-md-extra-ca = Certificados de CA de confianza añadidos
report-md-yes = sí
report-md-no = no
report-md-step-deadline = Plazo de cada paso
report-md-plaintext-allowed = Contraseña permitida por una conexión sin cifrar
report-md-errors = Errores
report-md-no-errors = Ningún paso falló ni dio aviso.
report-md-sent-reply =
    enviado: { $sent }
    respuesta:
    { $reply }
report-md-reply =
    respuesta:
    { $reply }
report-md-network-error = error de red ({ $failure }): { $message }
report-md-tls-error = error de TLS ({ $failure }): { $message }
report-md-sent-instead = el servidor envió en su lugar: { $bytes }
report-md-speaks-tls = el puerto habla TLS: { $how }
report-md-not-tried = sin intentar: { $reason }
report-md-findings = Diagnósticos
report-md-how-to-fix = Cómo arreglarlo:
report-md-evidence = Pruebas:
report-md-works-instead = Configuraciones que funcionan en su lugar
report-md-works-instead-intro = La conexión configurada falló; un escaneo del mismo servidor encontró que funcionan estas:
report-md-at-address = en { $address }
report-md-security = seguridad { $security }
report-md-took = en { $ms } ms
report-md-steps = Pasos
report-md-no-panel = No se ejecutó ningún panel.
report-md-no-steps = (sin pasos)
report-md-checked-against = Comprobado frente a
report-md-tls-version = Versión
report-md-cipher-suite = Conjunto de cifrado
report-md-certificate = Certificado
report-md-chain-certificate = Certificado { $n }: sujeto { $subject }, emisor { $issuer }, nombres { $names }, válido de { $from } a { $until }
report-md-fingerprint = Huella SHA-256
report-md-facts = Lo que el servidor dijo de sí mismo:
report-md-greeting = Saludo
report-md-apop-offered = APOP ofrecido
report-md-capabilities = Capacidades
report-md-mechanisms-offered = Métodos de inicio de sesión ofrecidos
report-md-login-method = Método de inicio de sesión
report-md-login = Inicio de sesión
report-md-accepted = aceptado
report-md-refused = rechazado
report-md-works = funciona
report-md-mailbox = Buzón
report-md-mailbox-size = { $messages } mensajes, { $octets } octetos
report-md-uidl = UIDL
report-md-client-address-seen = El servidor ve este equipo como
report-md-transcripts = Transcripciones
report-md-transcripts-intro = `C:` lo que envió este equipo, `S:` lo que envió el servidor, `--` notas de la herramienta. Los tiempos están en milisegundos desde que empezó el panel.

# Kinds of network and TLS failure, in parentheses after the error.
report-io-refused = rechazada
report-io-timeout = sin respuesta a tiempo
report-io-reset = cortada
report-io-closed = cerrada
report-io-unreachable = inalcanzable
report-io-not-found = nombre inexistente
report-io-resolver-failed = fallo del servicio de nombres
report-io-too-long = respuesta demasiado larga
report-io-incomplete = respuesta incompleta
report-io-protocol = protocolo
report-io-other = otro
report-tls-not-tls = no es TLS
report-tls-malformed = mal formado
report-tls-unexpected-bytes = datos inesperados
report-tls-alert = alerta
report-tls-protocol-version = versión del protocolo
report-tls-certificate = certificado
report-tls-eof = cierre
report-tls-timeout = sin respuesta a tiempo
report-tls-other = otro

## The scan command's matrix. $seconds: the step deadline; $port, $security: a setting.

report-scan-title = ESCANEO DE PUERTOS  todas las combinaciones a la vez, plazo por paso { $seconds } s, sin iniciar sesión
report-scan-port = puerto
report-scan-configured = configurado: { $port } { $security }
report-scan-certificate = certificado { $verdict }
report-scan-unencrypted-only = { $port } { $security }: este puerto solo responde sin cifrado: no lo uses con contraseña
# $why: advice-scan-configured-works or advice-scan-closest.
report-scan-recommended = Recomendado: { $protocol } { $port } { $security } ({ $why })
report-scan-nothing = Recomendado: nada para { $protocol }: { $why }
report-scan-none-worked = ninguna combinación funcionó en { $host }
# A cell's verdict, short (about 11 characters) so the matrix keeps its columns.
report-verdict-works = funciona
report-verdict-needs-tls = pide TLS
report-verdict-not-tls = no es TLS
report-verdict-no-starttls = sin STARTTLS
report-verdict-certificate = certificado
report-verdict-refused = rechazado
report-verdict-timeout = agotado
report-verdict-other = otro

## The providers table of `mailtriage presets`: column headings and the word for a preset.

report-presets-from = ORIGEN
report-presets-id = ID
report-presets-name = NOMBRE
report-presets-incoming = ENTRANTE
report-presets-outgoing = SALIENTE
report-presets-from-preset = predefinido

## Where the servers came from, at the top of the text report.

report-source-the-domain = el dominio
report-source-options = las opciones de la línea de órdenes
report-source-profile = el perfil guardado
report-source-preset = la configuración predefinida de { $provider }
report-source-a-preset = una configuración predefinida
report-source-mx-preset = la configuración predefinida de { $provider } (los registros MX de { $domain } apuntan a { $mx })
report-source-mx-provider = la configuración predefinida del proveedor de correo del dominio
report-source-ispdb = la entrada de la base de datos de proveedores de Thunderbird (ISPDB) para { $domain }
report-source-srv = los registros SRV de { $domain }
report-source-autoconfig = el archivo de autoconfiguración { $url }
report-source-guess-found = una suposición: { $answered }
report-source-guess = una suposición
report-source-nowhere = ningún sitio
# $from: one of the report-source texts above.
report-source-incoming = Servidor entrante tomado de { $from }
report-source-imap-beside = Servidor IMAP a su lado tomado de { $from }
report-source-imap = Servidor IMAP tomado de { $from }
report-source-outgoing = Servidor saliente tomado de { $from }
report-source-mx-of = MX de { $domain }: { $mx }
report-source-mx-of-provider = MX de { $domain }: { $mx } ({ $provider })
report-source-domain-missing = { $domain } no existe en el DNS
report-source-lookup-failed = Falló una búsqueda: { $problem }
# $security: tls, starttls or none.
report-source-answered = { $host } respondió { $protocol } en el { $port } { $security ->
    [tls] con SSL/TLS
    [starttls] con STARTTLS
   *[none] sin cifrado
}

## -- monitoring --
## La salida de complemento para la familia Nagios (`check --format nagios`).
nagios-ok = todas las comprobaciones pasaron: { $servers }
nagios-more = (+{ $count } más)
nagios-step-failed = { $panel }: falló el paso { $step }
nagios-step-warned = { $panel }: el paso { $step } dio un aviso
nagios-no-panel = no se ejecutó ninguna comprobación
## -- oauth2-sasl --
report-md-oauth2-token = Token OAuth2

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

## -- details: the probe's words on why a step ended as it did --
detail-certificate-bad-signature = la firma del certificado no se corresponde con la de su emisor
detail-certificate-expired = el certificado caducó
detail-certificate-expired-at = el certificado caducó el { $date }
detail-certificate-for = el certificado es para { $names }, no para { $name }
detail-certificate-for-more = el certificado es para { $names } y { $more } nombres más, no para { $name }
detail-certificate-names-no-host = el certificado no nombra ningún servidor, tampoco { $name }
detail-certificate-not-checked-old = no se comprobó el certificado: el servidor solo habla { $version }
detail-certificate-not-judged = la negociación TLS no terminó, así que el certificado no se llegó a juzgar
detail-certificate-not-valid-until = el certificado no es válido hasta el { $date }
detail-certificate-not-valid-yet = el certificado aún no es válido
detail-certificate-rejected = certificado rechazado: { $error }
detail-certificate-revoked = el certificado fue revocado
detail-certificate-self-signed = el certificado está firmado por sí mismo ({ $subject }) y no es de confianza
detail-certificate-unknown-issuer = el certificado lo emite { $issuer }, que no es una autoridad de confianza
detail-certificate-unsupported-algorithm = el certificado está firmado con un algoritmo que no se puede comprobar
detail-certificate-untrusted-issuer = el certificado no lo emite una autoridad de confianza
detail-certificate-valid = certificado válido para { $name }
detail-certificate-valid-until = certificado válido para { $name } hasta { $until }, emitido por { $issuer }
detail-certificate-wrong-purpose = el certificado no es para un servidor TLS
detail-chain-ca-as-server = el servidor presenta el certificado propio de una autoridad de certificación
detail-chain-certificate-expired-at = un certificado de la cadena caducó el { $date }
detail-chain-certificate-not-valid-until = un certificado de la cadena no es válido hasta el { $date }
detail-chain-server-as-ca = un certificado de servidor de la cadena se usa para firmar otros
detail-chain-too-deep = una autoridad de certificación de la cadena firma a más profundidad de la permitida
detail-chain-too-long = la cadena de certificados es más larga de lo permitido: ningún camino hasta una autoridad de confianza es lo bastante corto
detail-chain-too-many = la cadena tiene más certificados de los que se pueden comprobar
detail-check-interrupted = la comprobación se interrumpió ({ $signal }) antes de que terminara este paso
detail-check-limit = se alcanzó el límite de { $seconds } s de la comprobación
detail-connect-timeout = sin respuesta de { $address } en { $seconds } s
detail-handshake-stalled = la negociación TLS tras { $command } se quedó parada: sin terminar tras { $ms } ms, mientras { $how }; usa TLS directo en el puerto { $port }
detail-key-not-proven = el servidor no demostró tener la clave privada del certificado ({ $error })
detail-no-address = { $host } no tiene dirección
detail-no-answer-before-deadline = el servidor no respondió antes del tiempo límite
detail-no-certificate-presented = la negociación terminó antes de que el servidor presentara un certificado
detail-no-default-route = la tabla de rutas no tiene ruta por defecto
detail-old-hello-showed-nothing = { $line }; un saludo TLS 1.0/1.1 tampoco mostró nada ({ $why })
detail-only-old-tls = el servidor cortó la conexión ante un saludo TLS 1.2/1.3 sin dar alerta; en una segunda conexión respondió a un saludo TLS 1.1 con un ServerHello de { $version } ({ $code }): solo habla { $version }
detail-resolver-silent = el servidor DNS no respondió por { $host } antes del tiempo límite
detail-server-closed = el servidor cerró la conexión
detail-session-limit = se alcanzó el límite de la sesión de { $seconds } s (--session-timeout)
detail-declined-plaintext = la conexión no está cifrada, así que no se envió la contraseña (usa SSL/TLS o STARTTLS)
detail-declined-plaintext-token = la conexión no está cifrada, así que no se envió el token OAuth2 (usa SSL/TLS o STARTTLS)
## -- oauth2-sasl --
step-login-oauth2-not-offered = el servidor no ofrece inicio de sesión OAuth2 (XOAUTH2 ni OAUTHBEARER), así que no se envió el token ni se probó una contraseña en su lugar
step-login-oauth2-not-offered-but = el servidor no ofrece inicio de sesión OAuth2 (XOAUTH2 ni OAUTHBEARER), solo { $offered }, así que no se envió el token ni se probó una contraseña en su lugar

## -- replies out of line: what came instead of an answer, and why it is not believed --
detail-expected-smtp-one = { $code } o un rechazo 4xx/5xx
detail-expected-smtp-two = { $first } o { $second } o un rechazo 4xx/5xx
detail-expected-pop3-status = +OK o -ERR
detail-expected-pop3-challenge = un desafío "+ " o -ERR
detail-expected-pop3-any = +OK, un desafío "+ " o -ERR
detail-unfinished-lines = { $lines ->
    [one] llegó 1 línea
   *[other] llegaron { $lines } líneas
} de la respuesta, pero no su final
detail-unfinished-lines-first = { $lines ->
    [one] llegó 1 línea
   *[other] llegaron { $lines } líneas
} de la respuesta (la primera, { $first }), pero no su final
detail-unfinished-bytes = { $bytes ->
    [one] llegó 1 byte
   *[other] llegaron { $bytes } bytes
} sin fin de línea: { $text }
detail-unfinished-bytes-bare-cr = { $bytes ->
    [one] llegó 1 byte
   *[other] llegaron { $bytes } bytes
} sin fin de línea (las líneas terminan solo con un retorno de carro, no con CR LF): { $text }
detail-unfinished-then = { $first }; después, { $then }
detail-answer-incomplete = { $deadline } se cumplió sin una respuesta completa para { $command }: { $arrived }
detail-answer-line-too-long = respuesta para { $command }: llegó una línea de más de { $limit } bytes; la lectura se detuvo ahí
detail-answer-line-too-long-bare-cr = respuesta para { $command }: llegaron más de { $limit } bytes sin salto de línea (las líneas terminan solo con un retorno de carro, no con CR LF); la lectura se detuvo ahí
detail-answer-too-many-lines = respuesta para { $command }: no había terminado tras { $limit } líneas; la lectura se detuvo ahí
detail-answer-malformed = respuesta para { $command }: el servidor contestó algo inesperado: { $line }
detail-answer-too-many-responses = respuesta para { $command }: llegaron más de { $limit } respuestas sin la que la cierra; la lectura se detuvo ahí
detail-answer-literal-too-long = respuesta para { $command }: el servidor anunció un literal de { $bytes } bytes; nunca se leen más de { $limit }, así que la lectura se detuvo ahí
detail-answer-literal-huge = respuesta para { $command }: el servidor anunció un literal de más bytes de los que caben en un número de 64 bits; la lectura se detuvo ahí
detail-answer-response-too-long = respuesta para { $command }: una respuesta pasó de { $limit } bytes; la lectura se detuvo ahí
detail-injected-before-handshake = { $bytes ->
    [one] llegó 1 byte
   *[other] llegaron { $bytes } bytes
} sin cifrar tras la respuesta a { $command } y antes de la negociación TLS, donde no puede llegar nada; se descartaron sin leerlos: { $text }
detail-reply-status-in-capa = la lista de capacidades (la respuesta a CAPA) trae la línea de estado { $reply }: las respuestas del servidor ya no corresponden a los comandos
detail-reply-before-command = el servidor envió { $reply } antes de que { $command } pudiera llegarle: no responde a ningún comando; las respuestas ya no corresponden a los comandos
detail-reply-before-command-second-greeting = el servidor envió { $reply } antes de que { $command } pudiera llegarle: no responde a ningún comando (parece un segundo saludo); las respuestas ya no corresponden a los comandos
detail-reply-before-authenticate = el servidor envió { $reply } antes de que AUTHENTICATE pudiera llegarle: las respuestas ya no corresponden a los comandos
detail-reply-success-before-password = el servidor contestó { $reply } a { $command } antes de recibir la contraseña: sin ella no puede haber inicio de sesión, así que no se da por buena
detail-reply-not-a-greeting = el servidor saludó con { $reply }, que no es un saludo (se esperaba { $expected })
detail-reply-cannot-answer = el servidor contestó { $reply } a { $command }, y eso no puede ser respuesta a { $command } (se esperaba { $expected })
detail-reply-quoted-lines = { $reply } ({ $lines } líneas)
detail-reply-continuation-unasked = el servidor pidió más ({ $reply }) en respuesta a { $command }, que no lleva nada más: las respuestas ya no corresponden a los comandos
detail-reply-wrong-tag = el servidor cerró la etiqueta { $tag } ({ $reply }) cuando se esperaba { $command } con la etiqueta { $awaited }: las respuestas ya no corresponden a los comandos
detail-reply-completed-early = el servidor cerró { $command } ({ $reply }) antes de que el comando pudiera llegarle
detail-challenge-not-answered = desafío { $number } ({ $bytes } bytes de desafíos en total) sin contestar: { $challenge }

## -- connections and TLS handshakes: why they broke, with the system's or library's own text --
detail-tls-refused-versions = el servidor rechazó TLS 1.2 y 1.3 (alerta protocol_version)
detail-tls-alert = el servidor envió la alerta TLS { $alert }
detail-tls-alert-number = número { $number }
detail-tls-certificate-rejected = se rechazó el certificado del servidor: { $error }
detail-tls-handshake-failed = falló la negociación TLS: { $error }
detail-tls-answer-binary = el servidor contestó con datos que no son ni TLS ni texto: { $bytes }
detail-tls-record-too-long = el registro TLS del servidor dice traer { $claimed } bytes, más de lo que TLS permite ({ $limit })
detail-tls-answer-malformed = la respuesta TLS del servidor no sigue el protocolo: { $error }
detail-tls-only-old-version = el servidor solo habla { $version } (su ServerHello eligió la versión { $hex })
detail-tls-only-older-versions = el servidor solo habla versiones de TLS anteriores a la 1.2
detail-tls-not-tls = el servidor no contestó con TLS
detail-tls-not-tls-sent = el servidor no contestó con TLS; envió { $text }
detail-tls-closed = el servidor cerró la conexión durante la negociación TLS
detail-tls-reset = el servidor cortó la conexión durante la negociación TLS
detail-tls-timed-out = se agotó el tiempo de la conexión durante la negociación TLS
detail-tls-bad-server-name = { $name } no es un nombre de servidor ni una dirección IP
detail-tls-setup-failed = no se pudo preparar TLS: { $error }
detail-tls-handshake-deadline = la negociación TLS no terminó en { $ms } ms
detail-name-not-known = { $host }: el nombre no existe
detail-name-lookup-failed = { $host }: { $error }
detail-socket-refused = { $what }: conexión rechazada
detail-socket-timed-out = { $what }: se agotó el tiempo
detail-socket-reset = { $what }: conexión cortada
detail-socket-closed = { $what }: conexión cerrada
detail-socket-unreachable = { $what }: no se llega a esa red o a ese equipo
detail-socket-error = { $what }: { $error }

## -- loader and accounts --
## Por qué la prueba con un saludo TLS 1.0/1.1 no mostró nada; va dentro de
## detail-old-hello-showed-nothing y transcript-tls-old-hello-nothing.
old-hello-no-reconnect = no se puede volver a conectar con { $address }
old-hello-no-random = no hay bytes aleatorios para el saludo
old-hello-unoffered-version = el servidor eligió la versión { $version }, que el saludo no ofrecía
old-hello-alert = el servidor respondió con la alerta TLS número { $alert }
old-hello-other-record = el servidor respondió con un registro TLS de tipo { $content_type }, no con un ServerHello
old-hello-not-tls = la respuesta del servidor no es TLS
old-hello-closed = el servidor también cerró esa conexión
old-hello-timed-out = ninguna respuesta antes del plazo
old-hello-io-failed = falló la lectura o la escritura: «{ $error }»
old-hello-send-broke = la conexión se cortó mientras se enviaba
old-hello-send-deadline = no quedó tiempo para enviar antes del plazo
old-hello-no-upgrade = esta vez el servidor no aceptó pasar a TLS
old-hello-closed-before-upgrade = el servidor cerró la conexión antes de pasar a TLS
old-hello-broke-before-upgrade = la conexión se cortó antes de pasar a TLS
old-hello-plain-deadline = la parte en texto plano no terminó antes del plazo

## -- the time server --
detail-time-kiss-code = el servidor envió el código de rechazo { $code } en vez de la hora
detail-time-unsynchronized = el servidor dice que su propio reloj no está sincronizado
detail-time-none = el servidor no envió ninguna hora
detail-time-no-socket = no se pudo abrir un socket UDP: { $error }
detail-time-unusable = { $server }: { $why }
detail-time-no-answer = el servidor de hora { $server } no contestó en { $seconds } s

## -- dns and domain --

dns-record-of = { $kind } de { $name }
dns-resolver-at = resolvedor DNS { $server }
dns-failure-no-such-name = { $what }: el nombre no existe (NXDOMAIN)
dns-failure-no-records = { $what }: no hay ningún registro de ese tipo
dns-failure-timeout = { $what }: el resolvedor DNS no respondió a tiempo
dns-failure-refused = { $what }: el resolvedor DNS respondió { $code }
dns-failure-other = { $what }: { $message }
dns-no-resolver = { $host }: no hay ningún resolvedor DNS utilizable en este equipo
dns-host-no-address = { $host } no tiene dirección (ningún registro A ni AAAA)
record-problems = { $detail }: { $problems }
spf-not-spf1 = el registro no empieza por v=spf1
spf-modifier-repeated = el modificador { $modifier }= aparece { $count } veces
spf-bad-character = '{ $term }' contiene el carácter { $character }
spf-term-problem = { $term }: { $problem }
spf-all-takes-no-argument = el mecanismo «all» no lleva argumento
spf-not-ptr = '{ $term }' no es un término ptr válido
spf-needs-address = { $mechanism } necesita una dirección
spf-not-mechanism = '{ $term }' no es un mecanismo SPF
spf-needs-domain = '{ $term }' necesita un dominio
spf-unexpected = '{ $text }' inesperado
spf-bad-prefix-length = '/{ $length }' no es una longitud de prefijo de 0 a { $max }
spf-not-address = '{ $text }' no es una dirección
spf-empty-domain = el dominio está vacío
spf-not-domain = '{ $text }' no es un nombre de dominio
spf-bad-macro = '{ $macro }' no es una macro válida
spf-stray-percent = un '%' que no inicia ninguna macro
spf-multiple-records = { $count } registros SPF: los receptores consideran un error tener más de uno
spf-macro-not-counted = { $term } usa una macro; su registro no se cuenta
spf-too-deep = los include se anidan más de { $max } niveles en { $domain }
spf-lookup-failed = la consulta de { $term } falló ({ $reason }); puede que la cuenta se quede corta
spf-include-no-record = { $term } no tiene registro SPF (los receptores dan la comprobación por fallida)
spf-problem-in = en { $term }: { $problem }
spf-include-multiple = { $term } tiene { $count } registros SPF
spf-too-many-lookups = más de { $max } consultas DNS a través de include y redirect
dmarc-multiple-records = { $count } registros DMARC: así los receptores no aplican ninguno
dmarc-not-policy = { $tag }={ $value } no es una política (none, quarantine o reject)
dmarc-not-percentage = pct={ $value } no es un porcentaje
dmarc-rua-not-mailto = rua { $uri } no es una dirección mailto:; pocos receptores envían informes allí
dmarc-not-alignment = { $tag }={ $value } no es ni r ni s
dmarc-not-tag = '{ $text }' no es un par etiqueta=valor
dmarc-no-policy = falta la etiqueta de política p=
dmarc-no-policy-reports = falta la etiqueta p=: los receptores tratan el registro como p=none
dkim-not-a-key = hay un registro TXT, pero no es una clave DKIM
dkim-several-keys = { $count } registros de clave en un mismo selector; los verificadores no pueden elegir
dkim-weak-key = una clave RSA de { $bits } bits: los verificadores ignoran las claves de menos de 1024 bits
dkim-withdrawn = la clave fue retirada (p= vacío)
dkim-v-not-first = v= debe ser la primera etiqueta
dkim-not-dkim1 = v={ $value } no es DKIM1
dkim-unknown-type = tipo de clave desconocido k={ $value }
dkim-no-p = falta la etiqueta p=
dkim-not-base64 = p= no está en base64
dkim-ed25519-size = una clave ed25519 de { $bytes } bytes
dkim-not-rsa = p= no es una clave pública RSA
dkim-selector-problem = { $selector }: { $problem }
dnsbl-loopback = una dirección de bucle local (loopback)
dnsbl-private = una dirección privada
dnsbl-carrier-nat = una dirección de NAT del operador (CGNAT)
dnsbl-link-local = una dirección de enlace local
dnsbl-not-host = una dirección que no corresponde a ningún equipo
dnsbl-unique-local = una dirección local única (privada)
dnsbl-zone-wrong = el nombre de la zona es incorrecto
dnsbl-public-resolver = la lista rechaza las consultas hechas a través de resolvedores públicos o abiertos
dnsbl-too-many-queries = el resolvedor envió demasiadas consultas a la lista
dnsbl-error-code = la lista respondió con un código de error
dnsbl-not-a-listing = la respuesta no indica que esté en la lista
dns-config-unreadable = no se puede leer la configuración DNS: { $error }
dns-no-server-configured = este equipo no tiene configurado ningún servidor DNS
dns-resolver-setup-failed = no se puede preparar el resolvedor DNS: { $error }
step-no-resolver = no hay ningún resolvedor DNS al que preguntar
autoconfig-not-xml = no es un archivo autoconfig válido: { $error }
autoconfig-wrong-root = no es un archivo autoconfig: el documento es <{ $element }>, no <clientConfig>
autoconfig-no-provider = el archivo autoconfig no tiene <emailProvider>
autoconfig-no-server = el archivo autoconfig no nombra ningún servidor POP3, SMTP ni IMAP
autoconfig-problem = autoconfig { $url }: { $problem }
discovery-runtime-failed = no se puede poner en marcha la búsqueda: { $error }
discovery-stopped = la búsqueda de los servidores de correo se detuvo de forma inesperada
https-no-complete-answer-in-time = ninguna respuesta completa en { $seconds } s
https-no-address = { $host } no tiene dirección
https-tls = TLS: { $error }
https-send-failed = al enviar la petición: { $error }
https-read-failed = al leer la respuesta: { $error }
https-too-large = la respuesta ocupa más de { $kib } KiB
https-incomplete = el servidor no envió una respuesta HTTP completa
https-no-status = el servidor no envió línea de estado HTTP
https-not-http = no es una respuesta HTTP: "{ $line }"
https-ended-early = la respuesta terminó tras { $got } de { $length } bytes
https-not-utf8 = la respuesta no es texto UTF-8
https-chunk-ended-early = una respuesta por trozos (chunked) terminó antes de tiempo
https-bad-chunk-size = una respuesta por trozos (chunked) tiene un tamaño de trozo incorrecto
https-answered = el servidor respondió HTTP { $status } { $reason }
https-answered-redirect = el servidor respondió HTTP { $status } { $reason } (hacia { $location })

## ==== end of section: steps ====


## ==== section: cli ====
## Command line: errors, usage messages and summaries.

## Los mensajes propios de la línea de órdenes. `--help` está en la subsección `help`, al final.
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
cli-not-a-zone = --dnsbl: '{ $value }' no es un nombre de zona DNS
cli-incoming-contradicts = --incoming { $asked } contradice { $given }: quita uno de los dos, o usa --incoming both
cli-incoming-no-server = --incoming { $choice }: no se conoce ningún servidor { $protocol } para esta cuenta (ni el preajuste, ni la dirección, ni el perfil lo indican): indica { $flag } SERVIDOR
cli-imap-security-without-imap = --imap-security necesita un servidor IMAP: --imap SERVIDOR, o --incoming imap o both con un preajuste o una dirección
cli-no-provider-matches = ningún proveedor coincide con '{ $search }'

## -- monitoring --
cli-format-conflicts = --json y --format { $format } se contradicen: deja solo uno
cli-serve-listening = escuchando en http://{ $address }/ para { $count } cuentas; una sonda inicia sesión como mucho una vez cada { $seconds } s por cuenta
cli-serve-not-loopback = atención: { $address } no es una dirección local: quien llegue a ella puede hacer que este equipo compruebe las cuentas (como mucho una vez cada { $seconds } s cada una)
cli-serve-cannot-listen = --listen { $address }: { $error }
cli-serve-min-interval-range = --min-interval: indica un número de segundos entre 1 y 86400
cli-serve-unknown-account = no hay ninguna cuenta llamada '{ $name }' en el archivo de cuentas
cli-serve-no-account = indica la cuenta que quieres comprobar: /probe?account=NOMBRE
cli-serve-check-failed = no se pudo comprobar '{ $name }': { $error }
cli-serve-not-found = no encontrado; este exportador responde en /probe?account=NOMBRE, /metrics y /
cli-nagios-needs-one-account = --format nagios responde por una sola cuenta: añade --account NOMBRE
cli-serve-check-timeout = la comprobación no terminó en { $seconds } s
cli-serve-stopping = el exportador se está deteniendo
cli-serve-get-only = solo se responden peticiones GET
cli-serve-query-too-long = la consulta es demasiado larga
cli-serve-front-page = mailtriage { $version }: un exportador para Prometheus de las comprobaciones del archivo de cuentas.
    /probe?account=NOMBRE  comprueba la cuenta NOMBRE (como mucho una vez cada { $seconds } s) y responde con sus métricas
    /metrics               las métricas propias del exportador

## -- accounts --
## `check --accounts FILE`: muchos buzones en una sola ejecución.
accounts-password-env-unset = «password_env»: la variable de entorno { $variable } no está definida
accounts-password-command-failed = «password_command»: { $error }
accounts-status-not-checked = sin comprobar
accounts-not-started = el plazo de la ejecución venció antes del turno de esta cuenta (--deadline)
accounts-cut-by-deadline = el plazo de la ejecución venció mientras se comprobaba esta cuenta (--deadline)
accounts-interrupted-before = la ejecución se interrumpió ({ $signal }) antes del turno de esta cuenta
accounts-column-name = CUENTA
accounts-column-status = ESTADO
accounts-column-problem = PRIMER PROBLEMA
accounts-summary = { $total } cuentas: { $ok } bien, { $warn } con avisos, { $failed } fallaron, { $not_checked } sin comprobar ({ $seconds } s)
accounts-option-not-allowed = --accounts: las entradas del archivo indican sus propios servidores, usuarios y contraseñas; quita { $options }
accounts-unknown-name = --account: { $path } no tiene ninguna entrada llamada '{ $name }'; sus entradas: { $names }
accounts-report-needs-one = --report escribe el informe de una sola cuenta: añade --account NOMBRE
accounts-run-interrupted = interrumpido ({ $signal }); el resumen de arriba muestra las cuentas comprobadas hasta entonces
## -- oauth2-device --
oauth2-unknown-provider = --provider { $provider }: no existe ese proveedor; usa microsoft, google o el id de un preajuste (mailtriage presets los lista)
oauth2-provider-without-oauth2 = el preajuste { $provider } no tiene bloque oauth2:, así que no se conoce su servicio de inicio de sesión; añade uno en un preajuste propio (mira el README)
oauth2-bad-value = { $flag }: solo letras, cifras, puntos, guiones y guiones bajos
oauth2-no-client-id = no hay id de cliente para { $provider }: registra una aplicación en el proveedor (un cliente público con permiso para el flujo de código de dispositivo) e indica su id con --client-id, o ponlo en el bloque oauth2: de un preajuste propio
oauth2-client-secret-env-unset = --client-secret-env: la variable de entorno { $variable } no está definida
oauth2-client-secret-needed = { $provider } pide el secreto de cliente de su cliente de dispositivo al pedir el token: ponlo en una variable de entorno e indícala con --client-secret-env
oauth2-bad-url = no es una dirección de inicio de sesión utilizable: { $url }
oauth2-error-http = no se puede contactar con el servicio de inicio de sesión en { $url }: { $error }
oauth2-error-denied = se rechazó el inicio de sesión en el otro dispositivo (access_denied): no se concedió nada
oauth2-error-expired = el código caducó antes de terminar el inicio de sesión: vuelve a ejecutar la orden para obtener un código nuevo
oauth2-error-mail-scope = Google rechazó el permiso de correo para un inicio de sesión con código (invalid_scope), tal como documenta: su flujo para dispositivos solo concede una lista corta de permisos y el correo no está en ella. Prueba la cuenta desde un programa de correo que inicie sesión con un navegador en este ordenador, o con una contraseña de aplicación si el administrador las permite
oauth2-error-mail-scope-because = { oauth2-error-mail-scope } (Google dijo: { $description })
oauth2-error-refused = el servicio de inicio de sesión se negó: { $error }
oauth2-error-refused-because = el servicio de inicio de sesión se negó: { $error } ({ $description })
oauth2-error-unreadable = la respuesta del servicio de inicio de sesión no es la que espera OAuth2 (en el campo { $field })
oauth2-error-other = la respuesta del servicio de inicio de sesión no se puede usar: { $detail }
oauth2-saved-missing = no hay ningún token guardado en { $path }: inicia sesión antes con mailtriage oauth2 login --save (y el mismo --user)
oauth2-saved-too-open = otros usuarios pueden leer { $path } (modo { $mode }), así que otros pueden conocer el token que contiene: se rechaza. Borra el archivo y vuelve a iniciar sesión con --save
oauth2-saved-io = no se puede usar { $path }: { $error }
oauth2-saved-unreadable = { $path } no es un token guardado ({ $error })
oauth2-saved-unsupported = los tokens solo se guardan en sistemas con permisos de archivo de Unix
oauth2-saved-no-folder = no hay carpeta para los tokens guardados: ni XDG_DATA_HOME ni HOME tienen una ruta absoluta
oauth2-saved-expired-no-refresh = el token guardado de { $provider } ha caducado y no vino con token de renovación: vuelve a iniciar sesión con mailtriage oauth2 login --save
oauth2-google-scope-warning = Aviso: el inicio de sesión de Google para dispositivos solo concede una lista corta de permisos y no documenta ninguno de correo entre ellos; lo previsible es que Google lo rechace con invalid_scope. Se intenta igualmente para que veas la respuesta de Google.
oauth2-login-intro = Inicia sesión en { $provider } desde cualquier dispositivo con navegador (sirve un móvil):
oauth2-login-open = Abre:
oauth2-login-type = Escribe:
oauth2-login-spelled = Deletreado:
oauth2-login-direct = O abre esta dirección, que ya lleva el código: { $url }
oauth2-login-waiting = El código vale durante { $time }. Esperando el inicio de sesión (Ctrl+C para parar).
oauth2-login-time-left = quedan { $time }
oauth2-login-signed-in-as = Sesión iniciada: el token es de { $account }.
oauth2-login-signed-in = Sesión iniciada (el servicio no dijo de qué cuenta).
oauth2-login-memory-only = El token solo estuvo en memoria y se pierde al terminar esta orden. Para probar la cuenta con un inicio de sesión nuevo: mailtriage check --email DIRECCIÓN --oauth2-login { $provider }. Para conservar el token para otras comprobaciones, añade --save.
oauth2-login-saved = Token guardado en { $path } (solo tú puedes leerlo). Úsalo con: mailtriage check --email DIRECCIÓN --oauth2-saved { $provider }
oauth2-check-saved-used = usando el token guardado { $path }
## -- oauth2-sasl --
cli-oauth2-token-env-unset = --oauth2-token-env: la variable de entorno { $variable } no está definida o está vacía
cli-oauth2-token-command-failed = --oauth2-token-command: no se obtuvo ningún token: { $error }

## -- loader and accounts --
## El cargador del archivo de cuentas, los comandos de contraseña y lo que dicen de ellos
## `check --accounts`, `serve` y `oauth2 login`. Rutas, nombres de campo y las palabras del
## analizador de YAML son datos y van entre comillas.
accounts-file-missing = { $path }: el archivo no existe
accounts-file-too-large = { $path }: el archivo ocupa más de { $limit } bytes
accounts-file-not-text = { $path }: el archivo no es texto UTF-8 (byte incorrecto en la posición { $offset })
accounts-file-unreadable = { $path }: no se puede leer el archivo: «{ $error }»
accounts-file-not-yaml = { $place }: { $at }no es un archivo de cuentas válido; el analizador de YAML dice: «{ $message }»
accounts-file-unknown-field = { $place }: { $at }el campo «{ $field }» no existe; los campos posibles aquí: «{ $expected }»
accounts-file-unknown-field-here = { $place }: { $at }el campo «{ $field }» no existe; aquí no va ningún campo
profile-file-not-yaml = { $place }: { $at }no es un perfil válido; el analizador de YAML dice: «{ $message }»
preset-file-not-yaml = { $place }: { $at }no es un preajuste válido; el analizador de YAML dice: «{ $message }»
preset-file-unreadable = { $path }: no se puede leer: { $problem }
preset-file-rule = { $file }: preajuste «{ $id }»: { $problem }
preset-file-duplicate-id = { $second }: el identificador de preajuste «{ $id }» ya lo usa { $first }
preset-rule-no-smtp = smtp no indica ningún servidor; todos los proveedores de aquí envían correo
preset-rule-no-pop3 = pop3 no indica ningún servidor; añade uno, o marca el proveedor con la nota no-pop3
preset-rule-pop3-despite-note = pop3 indica servidores, pero las notas dicen no-pop3
preset-rule-not-findable = no hay domains ni mx_suffixes: el preajuste no se encontraría nunca a partir de una dirección
preset-rule-name-twice = { $field } indica «{ $value }» dos veces
preset-rule-server-twice = { $field } indica { $host }:{ $port } dos veces
preset-rule-note-twice = notes indica «{ $note }» dos veces
preset-rule-no-scope = oauth2.scopes no indica ningún ámbito
preset-rule-bad-scope = oauth2.scopes: «{ $scope }» no es un ámbito (sin espacios)
preset-rule-no-tenant = oauth2: las direcciones llevan {"{"}tenant{"}"}, pero no se indica ningún tenant
preset-rule-bad-token = oauth2.{ $field }: «{ $value }» solo puede llevar letras, dígitos, puntos, guiones o guiones bajos
accounts-file-literal-password = { $place }: { $at }un archivo de cuentas nunca guarda contraseñas («password:»); indica de dónde sale con «password_env: VARIABLE» o «password_command: COMANDO»
accounts-file-too-open = { $path }: el archivo tiene un «password_command» y otros usuarios, además de su dueño, pueden leerlo o cambiarlo (permisos { $mode }); un comando puede contener un secreto y decide qué se ejecuta en tu nombre. Hazlo privado: chmod 600 { $path }
accounts-file-no-account = { $path }: «accounts» no contiene ninguna cuenta
accounts-file-too-many = { $path }: { $count } cuentas; el máximo es { $limit }
accounts-file-name-twice = { $path }: { $at }: el nombre «{ $name }» aparece dos veces; los nombres no se pueden repetir
accounts-file-name-empty = { $path }: { $at }: el nombre está vacío
accounts-file-name-too-long = { $path }: { $at }: el nombre tiene más de { $limit } caracteres
accounts-file-name-bad = { $path }: { $at }: «{ $name }» no sirve como nombre: usa solo letras, dígitos y '.', '_', '-', '@', '+'
accounts-file-both-sources = { $path }: { $at } ({ $name }): indica «password_env» o «password_command», no los dos
accounts-file-bad-env = { $path }: { $at } ({ $name }): «password_env» tiene que ser el nombre de una variable de entorno
accounts-file-bad-command = { $path }: { $at } ({ $name }): «password_command» tiene que ser una línea de comando de { $limit } bytes como máximo
accounts-file-no-server = { $path }: { $at } ({ $name }): no hay ningún servidor: indica «incoming», «outgoing» o un «preset» (aquí o en «defaults»)
accounts-number-range = { $flag }: indica un número de 1 a { $max }
accounts-check-crashed = la comprobación se detuvo de forma inesperada (un fallo de mailtriage)
secret-command-unparsable = el comando está vacío o una de sus comillas no se cierra
secret-command-not-found = no se pudo iniciar «{ $program }»: ese programa no existe
secret-command-not-allowed = no se pudo iniciar «{ $program }»: permiso denegado
secret-command-not-started = no se pudo iniciar «{ $program }»: «{ $error }»
secret-command-exit-code = «{ $program }» falló (código de salida { $code })
secret-command-signal = «{ $program }» falló (lo detuvo la señal { $signal })
secret-command-empty = «{ $program }» imprimió una primera línea vacía
secret-command-too-slow = «{ $program }» no terminó en { $seconds } s y se detuvo
secret-command-not-text = «{ $program }» imprimió algo que no es texto
secret-command-too-much = «{ $program }» imprimió más de { $kib } KiB, y un secreto es una sola línea
oauth2-http-not-https = no es una dirección https: { $url }
oauth2-http-plain-not-loopback = http sin cifrar solo se usa con la dirección de bucle local de este equipo: { $url }
oauth2-http-connect = no se puede conectar: «{ $error }»
oauth2-http-tls = falló TLS: «{ $error }»
oauth2-http-deadline = sin respuesta en { $seconds } s
oauth2-http-too-large = la respuesta ocupa más de { $limit } bytes
oauth2-http-malformed = no es una respuesta HTTP: { $problem }
oauth2-http-request-header-not-text = una cabecera de la petición no es texto
oauth2-http-headers-not-text = las cabeceras no son texto
oauth2-http-no-status-line = falta la línea de estado HTTP/1.x
oauth2-http-no-status-code = falta el código de estado
oauth2-http-header-without-colon = una línea de cabecera sin dos puntos
oauth2-http-bad-header-name = un nombre de cabecera no es válido
oauth2-http-bad-header-value = un valor de cabecera no es válido
oauth2-http-ended-in-headers = la respuesta terminó en medio de las cabeceras
oauth2-http-broken-chunks = un cuerpo por trozos (chunked) roto
oauth2-error-answer = una respuesta de error
oauth2-saved-too-large = ocupa más de { $limit } bytes
oauth2-saved-position = línea { $line }, columna { $column }

## -- saved profiles --
profile-no-folder = no hay carpeta para los perfiles: pon en XDG_CONFIG_HOME o en HOME una ruta absoluta
profile-bad-name = «{ $name }» no sirve como nombre de perfil: { $reason }
profile-not-found = no hay ningún perfil llamado «{ $name }» ({ $path } no existe)
profile-unreadable = { $path }: { $error }
profile-name-empty = está vacío
profile-name-too-long = tiene más de { $limit } caracteres
profile-name-starts-badly = empieza por un punto o un guion
profile-name-bad-characters = usa solo letras, cifras, «.», «_» y «-»

## -- the system's file and socket errors --
io-not-found = no existe ese archivo o carpeta
io-permission-denied = permiso denegado
io-already-exists = ya existe
io-is-a-folder = es una carpeta
io-not-a-folder = una parte de la ruta no es una carpeta
io-read-only = el sistema de archivos es de solo lectura
io-no-space = no queda espacio en el disco
io-address-in-use = la dirección ya está en uso
io-address-not-here = la dirección no es de este equipo
io-other = { $error }

## -- help --
## `--help` del programa y de cada orden. Las opciones, las órdenes y los marcadores que son sintaxis
## (HOST[:PORT], tls|starttls|none) se escriben tal cual.
help-about = Por qué no entra o no sale el correo, y cómo arreglarlo
help-check-about = Prueba los servidores una vez y muestra el resultado (sin tablero)
help-presets-about = Lista los proveedores que mailtriage conoce: sus ajustes predefinidos y las entradas de la base de datos de proveedores de Thunderbird (ISPDB), con el origen de cada uno
help-scan-about = Prueba a la vez los puertos habituales de los servidores en cada modo de seguridad razonable y recomienda la configuración que funciona más parecida a la configurada (nunca inicia sesión)
help-demo-about = Arranca servidores de demostración en este equipo para un escenario y abre el tablero sobre ellos; `demo --list` nombra los escenarios, `demo ESCENARIO -- check --json` comprueba sin tablero
help-serve-about = Responde a las consultas de Prometheus: `/probe?account=NOMBRE` comprueba una cuenta del archivo de cuentas (como mucho una vez por --min-interval) y responde con sus métricas; `/metrics` da las del propio exportador
help-oauth2-about = Inicio de sesión OAuth2 para las cuentas que ya no aceptan contraseña: `oauth2 login` obtiene un token con un código que se escribe en otro dispositivo
help-oauth2-login-about = Obtiene un token con un código que se escribe en otro dispositivo (autorización de dispositivo de OAuth2)
help-pop3 = Servidor de correo entrante (POP3)
help-pop3-security = Seguridad de la conexión POP3 [predeterminado: tls; puerto 995, o 110 con starttls/none]
help-imap = Servidor de correo entrante al que se habla en IMAP, en lugar de POP3
help-imap-security = Seguridad de la conexión IMAP [predeterminado: tls; puerto 993, o 143 con starttls/none]
help-incoming = Qué servidor entrante comprobar cuando los servidores vienen de --preset, --email o --profile: pop3 (el correo se descarga a un solo dispositivo), imap (el correo se queda en el servidor) o both, los dos [predeterminado: pop3 si el proveedor lo ofrece; si no, imap]
help-smtp = Servidor de correo saliente (SMTP)
help-smtp-security = Seguridad de la conexión SMTP [predeterminado: starttls; puerto 587, o 465 con tls]
help-user = Nombre de usuario para iniciar sesión
help-smtp-user = Nombre de usuario para el servidor saliente (SMTP), cuando no es el de --user
help-password-env = Lee la contraseña de esta variable de entorno (también se lee `MAILTRIAGE_PASSWORD`; si no, se pide en la terminal)
help-oauth2-token-env = Inicia sesión con el token de acceso OAuth2 de esta variable de entorno (XOAUTH2 u OAUTHBEARER, según ofrezca el servidor) en lugar de una contraseña; no se pide ninguna contraseña
help-oauth2-token-command = Inicia sesión con el token de acceso OAuth2 que esta orden escribe en su primera línea (se ejecuta sin intérprete de órdenes) en lugar de una contraseña; no se pide ninguna contraseña
help-from = Dirección del remitente para el ensayo SMTP (MAIL FROM; no se envía nada)
help-to = Dirección del destinatario para el ensayo SMTP (RCPT TO; no se envía nada)
help-resolve = Conecta con ADDRESS para HOST:PORT, pero comprueba el certificado contra HOST
help-ca-file = Confía además en los certificados de CA de este archivo PEM
help-timeout = Plazo de cada paso de red, en segundos
help-session-timeout = Plazo total de cada sesión de correo, en segundos [predeterminado: el plazo de cada paso × (pasos + 3) / 3, según los pasos que pide la sesión]
help-allow-plaintext-auth = Permite enviar la contraseña, o un resumen APOP de ella, por una conexión sin cifrar
help-preset = Toma los servidores de este ajuste predefinido de proveedor (`mailtriage presets` los lista)
help-email = La dirección de correo de la cuenta: elige el ajuste predefinido del proveedor y el nombre de usuario
help-profile = Parte de este perfil guardado
help-save-profile = Guarda la cuenta (servidores, nombre de usuario, remitente; nunca la contraseña) como este perfil
help-lang = Idioma de las explicaciones [predeterminado: el de la configuración regional]
help-dns-server = Servidor DNS para las consultas propias de mailtriage (las direcciones de los equipos del panel de red, los registros del dominio y las listas negras; los registros MX, SRV y de autoconfiguración del dominio del correo) en lugar del del sistema [puerto predeterminado: 53]
help-sntp-server = Servidor de hora con el que comparar el reloj local [predeterminado: pool.ntp.org:123]
help-public-ip = La dirección pública de este equipo, para consultar las listas negras [predeterminado: la dirección que el servidor SMTP dice ver]
help-dnsbl = Zona de lista negra DNS en la que buscar las direcciones (se puede repetir) [predeterminado: zen.spamhaus.org]
help-reach = Destino en internet al que conectar para ver si hay salida (se puede repetir) [predeterminado: 1.1.1.1:443, 8.8.8.8:443 y [2606:4700:4700::1111]:443]
help-dkim-selector = Selector DKIM que consultar además de los del proveedor (se puede repetir)
help-oauth2-login = Inicia antes sesión con OAuth2 (microsoft, google o el id de un ajuste predefinido): se muestra un código para escribir en cualquier dispositivo con navegador; luego la comprobación inicia sesión con el token, guardado solo en memoria
help-oauth2-saved = Inicia sesión con el token que `oauth2 login --save` guardó para este proveedor y el --user indicado (se renueva antes si caduca en menos de dos minutos)
help-client-id = El id de la aplicación (cliente) registrada en el proveedor para este inicio de sesión [predeterminado: el `oauth2.client_id` del ajuste predefinido; no viene ninguno incluido]
help-tenant = Microsoft: el directorio (inquilino) en el que iniciar sesión: un id de inquilino, un dominio, `organizations` (cuentas profesionales y educativas) o `consumers` (cuentas personales) [predeterminado: el del ajuste predefinido]
help-client-secret-env = Lee el secreto del cliente de esta variable de entorno (los clientes de dispositivo de Google lo necesitan; nunca se toma de la línea de órdenes ni de un archivo)
help-oauth2-device-url = La dirección de autorización de dispositivos, en lugar de la del ajuste predefinido
help-oauth2-token-url = La dirección para obtener tokens, en lugar de la del ajuste predefinido
help-ascii = Símbolos ASCII simples, para terminales sin Unicode
help-interval = Segundos entre cada nueva comprobación de la conexión en el tablero
help-report-dir = Carpeta para los informes que guarda el tablero (`w`). Predeterminada: la carpeta de datos XDG, `$XDG_DATA_HOME/mailtriage/reports` o `~/.local/share/mailtriage/reports`
help-json = Escribe un documento JSON en lugar de texto
help-only = Ejecuta solo estos paneles (se puede repetir)
help-report = Escribe además un informe de soporte (Markdown) en este archivo: configuración, errores exactos, hallazgos, cada paso con su duración y las transcripciones. Nunca contiene la contraseña
help-private = En el informe de soporte, cambia los nombres y direcciones propios del usuario (nombre de usuario, direcciones de correo, un dominio propio, el nombre y las direcciones de este equipo) por marcadores, para poder compartirlo en público; los nombres de servidor de proveedores conocidos se mantienen
help-format = Formato de salida: text (predeterminado), json (como --json), nagios (la línea de estado de un complemento de monitorización, datos de rendimiento y código de salida 0/1/2/3) u openmetrics (para Prometheus)
help-format-text = El informe para personas (el predeterminado)
help-format-json = Un documento JSON (lo mismo que `--json`)
help-format-nagios = La interfaz de los complementos de monitorización: salida 0/1/2/3, una línea de estado con datos de rendimiento, soluciones
help-format-openmetrics = Una exposición OpenMetrics, para el recolector de archivos de texto de node_exporter o cualquier otro lector
help-output = Escribe la salida en este archivo en lugar de la salida estándar, de forma atómica (un archivo temporal a su lado, que luego lo reemplaza): lo que necesita el recolector de archivos de texto de node_exporter
help-account-label = El nombre de la cuenta en las salidas nagios y openmetrics (la etiqueta `account`). Predeterminado: el nombre de usuario; si no, la dirección de correo; si no, el nombre del primer servidor
help-accounts = Comprueba cada cuenta de este archivo YAML (mira «Many accounts» en el README). Junto a él, estas opciones valen para cada entrada: --to, --resolve, --ca-file, --timeout, --session-timeout, --allow-plaintext-auth, --lang, --dns-server, --sntp-server, --public-ip, --dnsbl, --reach, --dkim-selector, --only, --json. Cada entrada indica sus propios servidores, nombres de usuario y contraseñas
help-account-name = Con --accounts: comprueba solo esta entrada y escribe lo mismo que una comprobación suelta (para los motores de la familia de Nagios, que ejecutan un complemento por servicio)
help-parallel = Con --accounts: cuántas cuentas se comprueban a la vez [predeterminado: 16]
help-per-host = Con --accounts: cuántas cuentas se comprueban a la vez contra un mismo servidor [predeterminado: 4]
help-deadline = Con --accounts: plazo de toda la ejecución, en segundos; las cuentas que no hayan empezado para entonces salen como no comprobadas [predeterminado: lo bastante para que cada cuenta use su propio plazo]
help-search = Solo los proveedores cuyo id, nombre, algún dominio o algún nombre de servidor contiene esta palabra
help-scenario = El escenario que mostrar [predeterminado: healthy]; `--list` los nombra todos
help-list = Lista los escenarios, uno por línea
help-then = Tras `--`: `check [--json] [--lang LANG]` hace la comprobación sin tablero sobre el escenario en lugar de abrir el tablero
help-listen = Dirección y puerto en los que escuchar. Solo se usa una dirección distinta de la local (loopback) si se indica
help-min-interval = Una cuenta comprobada hace menos de estos segundos se responde con la última comprobación, sin volver a iniciar sesión, por muchas veces que se consulte
help-max-checks = Máximo de comprobaciones en curso a la vez
help-provider = El proveedor: microsoft (Microsoft 365), google (Google Workspace) o el id de un ajuste predefinido (outlook, gmail o uno de tus propios ajustes con un bloque `oauth2:`)
help-save = Guarda los tokens en un archivo que solo tú puedes leer, en la carpeta de datos XDG (`$XDG_DATA_HOME/mailtriage/oauth2/`), para `check --oauth2-saved`
help-oauth2-login-lang = Idioma de los mensajes [predeterminado: el de la configuración regional]
help-oauth2-login-timeout = Plazo de cada petición al servicio de inicio de sesión, en segundos [predeterminado: 20]
help-oauth2-login-user = La cuenta que inicia sesión (da nombre al archivo guardado; a la página de inicio de sesión no se le dice)
help-presets-json = Escribe una lista JSON (cada servidor con su puerto y su seguridad) en lugar de la tabla
help-scan-json = Escribe un documento JSON en lugar de la matriz
help-serve-accounts = El archivo de cuentas (YAML) cuyas cuentas se pueden comprobar; cada petición nombra una, nunca un servidor
help-serve-dns-server = Servidor DNS para las consultas propias de mailtriage en lugar del del sistema [puerto predeterminado: 53]
help-serve-lang = Idioma de las palabras de los hallazgos en las respuestas [predeterminado: el de la configuración regional]
help-serve-only = Ejecuta solo estos paneles (se puede repetir) [predeterminado: entrante y saliente; el panel de red pregunta lo mismo para todas las cuentas]
help-heading-usage = Uso
help-heading-options = Opciones
help-heading-arguments = Argumentos
help-heading-commands = Órdenes
help-heading-possible-values = Valores posibles
help-heading-many-accounts = Varias cuentas
help-word-options-placeholder = OPCIONES
help-word-default = predeterminado
help-word-possible-values = valores posibles
help-word-help = Muestra la ayuda
help-word-help-more = Muestra la ayuda (más detalle con '--help')
help-word-help-summary = Muestra la ayuda (un resumen con '-h')
help-word-version = Muestra la versión
help-word-help-command = Muestra este mensaje o la ayuda de las órdenes indicadas
help-word-help-for = Muestra la ayuda de las órdenes indicadas
help-value-command = ORDEN
help-value-address = DIRECCIÓN
help-value-cmd = ORDEN
help-value-dir = CARPETA
help-value-file = ARCHIVO
help-value-file-md = ARCHIVO.md
help-value-format = FORMATO
help-value-id = ID
help-value-name = NOMBRE
help-value-panel = PANEL
help-value-pem = PEM
help-value-provider = PROVEEDOR
help-value-scenario = ESCENARIO
help-value-search = PALABRA
help-value-seconds = SEGUNDOS
help-value-selector = SELECTOR
help-value-tenant = INQUILINO
help-value-url = URL
help-value-var = VARIABLE
help-value-zone = ZONA

## -- the --ca-file --
ca-file-not-pem = el archivo de CA no es PEM válido: { $error }
ca-file-not-an-authority = el certificado { $number } del archivo de CA no puede servir de autoridad de confianza: { $error }
ca-file-empty = el archivo de CA no trae ningún certificado (se esperaban bloques "-----BEGIN CERTIFICATE-----")

## -- values typed on the command line or in the editor --
value-unknown-security = seguridad desconocida «{ $value }»: usa tls, starttls o none
value-unknown-incoming = protocolo desconocido «{ $value }»: usa pop3, imap o both
value-no-host = a «{ $spec }» le falta el nombre del servidor
value-no-port = a «{ $spec }» le falta el puerto: escribe SERVIDOR:PUERTO
value-bad-port = «{ $port }» no es un número de puerto (1-65535) en «{ $spec }»
value-no-closing-bracket = a «{ $spec }» le falta el «]» de cierre
value-after-bracket = «{ $after }» sobra después de «]» en «{ $spec }»
value-not-resolve = «{ $spec }» no tiene la forma SERVIDOR:PUERTO:DIRECCIÓN
value-not-an-address-in = «{ $address }» no es una dirección IP en «{ $spec }»
value-not-an-address = «{ $address }» no es una dirección IP

## -- command-line mistakes (what clap refuses) --
usage-see-help = { $error } (consulta --help)
usage-unknown-argument = argumento inesperado «{ $argument }»
usage-unknown-command = orden desconocida «{ $command }»
usage-invalid-value = valor no válido «{ $value }» para «{ $argument }»
usage-value-missing = falta el valor de «{ $argument }»
usage-missing-arguments = faltan estos argumentos obligatorios: { $arguments }
usage-conflict = «{ $argument }» no se puede usar junto con «{ $other }»
usage-needs-equals = «{ $argument }» lleva su valor después de un signo igual
usage-too-many-values = valor que sobra «{ $value }» para «{ $argument }»
usage-with-similar = { $error }; existe uno parecido: «{ $similar }»
usage-with-valid = { $error }; valores posibles: { $valid }

## -- an address no source knows, and what the guess tried --
source-domain-missing = --email: el dominio { $domain } no existe (el DNS no conoce ese nombre): revisa si la dirección tiene una errata
source-no-settings = --email: { $domain } no publica su configuración de correo (ningún proveedor que conozcan los preajustes o la base de proveedores de Thunderbird por su nombre o por sus registros MX, ningún registro SRV, ningún archivo autoconfig)
source-no-settings-failed = --email: { $domain } no publica su configuración de correo (ningún proveedor que conozcan los preajustes o la base de proveedores de Thunderbird por su nombre o por sus registros MX, ningún registro SRV, ningún archivo autoconfig) (falló una búsqueda: { $problem })
source-then-guessed = { $looked }; { $guessed }
source-give-servers = { $looked }: indica --pop3 o --imap SERVIDOR y/o --smtp SERVIDOR
source-no-preset = ningún preajuste conoce el proveedor de «{ $email }»: indica --pop3 o --imap SERVIDOR y/o --smtp SERVIDOR
guess-port = { $protocol } { $port } ({ $security })
guess-no-encryption = sin cifrado
guess-nothing-answered = mailtriage probó entonces como lo hacen los programas de correo: los nombres { $names } en los puertos { $ports }, solo conectando (sin enviar la contraseña), durante { $seconds } s, y ninguno contestó como servidor de correo
guess-names-missing = {" "}({ $names } no existen en el DNS)
guess-plain-only = ; { $places } contestaron solo sin cifrado, algo que mailtriage nunca recomienda
guess-ask-provider = . Pide al proveedor el nombre, el puerto y la seguridad (SSL/TLS o STARTTLS) del servidor de entrada y los del de salida, y luego indícalos con --pop3 o --imap SERVIDOR:PUERTO y --smtp SERVIDOR:PUERTO

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

## -- oauth2-device --
tui-context-sign-in = Inicio de sesión OAuth2
tui-action-sign-in = iniciar sesión con OAuth2 (un código escrito en otro dispositivo)
tui-action-short-sign-in = iniciar sesión
tui-sign-in-title = Iniciar sesión en { $provider } (OAuth2)
tui-sign-in-starting = Pidiendo un código al servicio de inicio de sesión…
tui-sign-in-read-out = En cualquier dispositivo con navegador (sirve un móvil), abre la dirección y escribe el código:
tui-sign-in-waiting = Esperando el inicio de sesión: quedan { $time }. Cuando termine, la cuenta se vuelve a comprobar con el token. Esc para.
tui-sign-in-no-provider = no se indicó ningún proveedor OAuth2: abre el panel con --oauth2-login microsoft (o google, o el id de un preajuste)

## ==== end of section: dashboard ====
