//! Textos de ayuda en español, uno por id de diagnóstico, pensados para leerlos por teléfono a
//! alguien sin conocimientos técnicos: qué pasó, por qué importa y qué hacer, paso a paso.

use super::catalog::FindingId::{self, *};
use super::text::{Language, Text, line, unless, when, when_unless};
use crate::model::StepKind;

pub static SPANISH: Language = Language {
    texts: TEXTS,
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    date: "{day} de {month} de {year}, {time} UTC",
    one_day: "1 día",
    many_days: "{n} días",
    security_tls: "SSL/TLS",
    security_starttls: "STARTTLS",
    security_none: "ninguna",
    role_network: "red",
    role_incoming: "servidor de correo entrante",
    role_outgoing: "servidor de correo saliente",
    and: "y",
    seconds: ("1 segundo", "{n} segundos"),
    minutes: ("1 minuto", "{n} minutos"),
    hours: ("1 hora", "{n} horas"),
    step_name,
};

/// Un paso en palabras, tal como encaja tras «el paso de …» o solo.
fn step_name(step: StepKind) -> &'static str {
    match step {
        StepKind::Dns => "búsqueda del nombre (DNS)",
        StepKind::Tcp => "conexión",
        StepKind::Tls => "cifrado (TLS)",
        StepKind::Greeting => "saludo",
        StepKind::Capa => "lista de capacidades (CAPA)",
        StepKind::Stls => "paso al cifrado (STLS)",
        StepKind::Ehlo => "presentación (EHLO)",
        StepKind::Starttls => "paso al cifrado (STARTTLS)",
        StepKind::Login => "inicio de sesión",
        StepKind::Stat => "comprobación del buzón (STAT)",
        StepKind::Uidl => "lista de mensajes (UIDL)",
        StepKind::MailFrom => "comprobación del remitente (MAIL FROM)",
        StepKind::RcptTo => "comprobación del destinatario (RCPT TO)",
        StepKind::Rset => "reinicio (RSET)",
        StepKind::Quit => "despedida (QUIT)",
        StepKind::Route => "ruta de red",
        StepKind::Proxy => "proxy",
        StepKind::Resolver => "servicio de nombres (DNS)",
        StepKind::Reach => "acceso a internet",
        StepKind::Clock => "reloj",
        StepKind::Mx => "dominio de correo (MX)",
        StepKind::Spf => "registro SPF",
        StepKind::Dmarc => "registro DMARC",
        StepKind::Dkim => "clave DKIM",
        StepKind::Dnsbl => "lista de bloqueo",
    }
}

static TEXTS: &[(FindingId, Text)] = &[
    // -------------------------------------------------------------------- Red
    (
        NoNetwork,
        Text {
            title: "Este equipo no está conectado a internet",
            explanation: &[
                line(
                    "Fallaron todos los intentos de buscar un servidor o de abrir una conexión, porque desde este equipo no hay salida a internet.",
                ),
                line("El problema no son los servidores de correo: ahora mismo no sale nada."),
            ],
            fix: &[
                line(
                    "Comprueba que el cable de red está enchufado, o que el wifi está activado y conectado.",
                ),
                line("Abre cualquier página web para ver si internet funciona."),
                line(
                    "Reinicia el router: desenchúfalo, espera treinta segundos y vuelve a enchufarlo.",
                ),
                line("Si sigue sin haber internet, llama a tu proveedor de internet."),
            ],
        },
    ),
    (
        DnsResolverDown,
        Text {
            title: "No se pueden buscar los nombres de los servidores",
            explanation: &[
                line(
                    "Este equipo no pudo convertir ningún nombre de servidor en una dirección: el servicio de nombres (DNS) que usa no respondió.",
                ),
                line(
                    "Una conexión directa a la dirección {address} sí funcionó, así que la red está activa y solo fallan las búsquedas de nombres.",
                ),
                unless(
                    &["address"],
                    "O bien ese servicio de nombres está fallando, o bien el equipo no tiene conexión.",
                ),
            ],
            fix: &[
                line(
                    "Abre una página web por su nombre, por ejemplo un periódico, para ver si a otros programas les pasa lo mismo.",
                ),
                line("Reinicia el router, que también reinicia el servicio de nombres que ofrece."),
                line(
                    "Si el problema sigue, configura el equipo para usar un servicio de nombres público (por ejemplo 1.1.1.1 o 8.8.8.8) o llama a tu proveedor de internet.",
                ),
            ],
        },
    ),
    (
        DnsNotFound,
        Text {
            title: "El nombre de servidor {host} no existe",
            explanation: &[
                line(
                    "El nombre {host} no está registrado en internet, así que el programa de correo no encuentra el servidor.",
                ),
                line("Casi siempre es un error al escribir el nombre del servidor."),
            ],
            fix: &[
                line(
                    "¿Querías decir {suggestion}? Corrige el nombre del servidor en la configuración de la cuenta.",
                ),
                line(
                    "{provider} indica el nombre de servidor {documented_host}: escríbelo exactamente así.",
                ),
                unless(
                    &["suggestion", "documented_host"],
                    "Compara el nombre del servidor, letra por letra, con las instrucciones del proveedor, y busca espacios de más o un punto que falte.",
                ),
                line("La página de configuración del proveedor es {help_url}."),
            ],
        },
    ),
    (
        TcpRefused,
        Text {
            title: "Nada responde en el puerto {port} de {host}",
            explanation: &[
                line(
                    "El servidor {host} existe, pero rechazó la conexión en el puerto {port}: ningún servicio de correo escucha en ese puerto.",
                ),
                line(
                    "Lo normal es que el número de puerto de la configuración esté mal; a veces el servicio está caído.",
                ),
                line("En el mismo servidor sí respondieron estos puertos: {open_ports}."),
            ],
            fix: &[
                line(
                    "Compara el puerto con las instrucciones del proveedor. Los habituales son el 995 con SSL/TLS para recibir, y el 587 con STARTTLS o el 465 con SSL/TLS para enviar.",
                ),
                line("La página de configuración del proveedor es {help_url}."),
                line(
                    "Si el puerto es correcto, puede que el servicio esté caído: espera un rato o mira la página de estado del proveedor.",
                ),
            ],
        },
    ),
    (
        TcpTimeout,
        Text {
            title: "{host} no responde en el puerto {port}",
            explanation: &[
                line("La conexión con {host} en el puerto {port} no obtuvo ninguna respuesta."),
                line(
                    "Algo entre este equipo y el servidor la bloquea sin avisar: un cortafuegos, un antivirus, una red de empresa o pública, una VPN o el proveedor de internet. Con menos frecuencia, el servidor está caído.",
                ),
                when(
                    &["port25"],
                    "Muchos proveedores de internet bloquean el puerto 25 en las conexiones domésticas para frenar el spam.",
                ),
                line(
                    "En el mismo servidor sí respondieron estos puertos: {open_ports}. Así que el servidor funciona y solo está bloqueado este puerto.",
                ),
            ],
            fix: &[
                when(
                    &["port25"],
                    "Para enviar, usa el puerto 587 con STARTTLS, o el 465 con SSL/TLS, en lugar del 25.",
                ),
                line(
                    "Prueba desde otra red, por ejemplo compartiendo los datos del móvil. Si así funciona, el bloqueo está en la red habitual.",
                ),
                line(
                    "Revisa el cortafuegos y el antivirus, y permite que el programa de correo se conecte.",
                ),
                line("Si tienes una VPN activada, desactívala un momento y vuelve a probar."),
            ],
        },
    ),
    (
        Port25Blocked,
        Text {
            title: "El puerto 25 está bloqueado en esta red",
            explanation: &[
                line(
                    "El puerto 25 de {host} no responde, mientras que los puertos de envío del mismo servidor sí.",
                ),
                line(
                    "Los proveedores de internet suelen bloquear el puerto 25 en conexiones domésticas y móviles para frenar el spam. El puerto 25 sirve para que los servidores se pasen el correo entre ellos, no para que las personas lo envíen.",
                ),
            ],
            fix: &[
                line(
                    "En la configuración del servidor saliente, cambia el puerto a 587 y la seguridad a STARTTLS.",
                ),
                line("O usa el puerto 465 con SSL/TLS."),
                line(
                    "Asegúrate de que el servidor saliente está configurado para pedir inicio de sesión, con el mismo usuario y contraseña que el correo entrante.",
                ),
            ],
        },
    ),
    (
        Ipv6Broken,
        Text {
            title: "Fallan las conexiones IPv6 con {host}",
            explanation: &[
                line(
                    "Al servidor {host} se puede llegar con los dos tipos de dirección de internet. El más nuevo, IPv6, falla en esta red, mientras que el habitual, IPv4, funciona.",
                ),
                line(
                    "Algunos programas de correo esperan mucho tiempo con IPv6 antes de probar IPv4, y parece que el programa se ha quedado colgado.",
                ),
                when(
                    &["local_host"],
                    "El servidor funciona en este mismo equipo, así que el router no tiene nada que ver: el servicio de correo solo escucha en la dirección IPv4, no en la IPv6.",
                ),
            ],
            fix: &[
                unless(&["local_host"], "Reinicia el router y vuelve a probar."),
                unless(
                    &["local_host"],
                    "Si sigue pasando, pide a tu proveedor de internet que arregle IPv6, o desactiva IPv6 en el router.",
                ),
                unless(
                    &["local_host"],
                    "Como solución provisional, configura este equipo para que prefiera IPv4.",
                ),
                when(
                    &["local_host"],
                    "Usa la dirección 127.0.0.1 como nombre del servidor en lugar de {host}, o configura el servicio de correo de este equipo para que escuche también en IPv6 (::1).",
                ),
            ],
        },
    ),
    (
        ClockSkew,
        Text {
            title: "La fecha o la hora de este equipo están mal",
            explanation: &[
                line("El reloj de este equipo marca {now}."),
                when(
                    &["clock_behind"],
                    "Un servidor de hora da como hora correcta {correct_time}: el reloj de este equipo lleva un retraso de {offset}, más o menos.",
                ),
                when(
                    &["clock_ahead"],
                    "Un servidor de hora da como hora correcta {correct_time}: el reloj de este equipo lleva un adelanto de {offset}, más o menos.",
                ),
                unless(
                    &["offset"],
                    "Los certificados de seguridad de todos los servidores parecen caducados de la misma manera, y eso pasa cuando el reloj que falla es el de este equipo, no los servidores.",
                ),
                when_unless(
                    &["clock_behind"],
                    &["offset"],
                    "El reloj parece ir por detrás de la fecha real.",
                ),
                when_unless(
                    &["clock_ahead"],
                    &["offset"],
                    "El reloj parece ir por delante de la fecha real.",
                ),
                line(
                    "Por eso el certificado de seguridad de {explained_hosts} parece fuera de fecha: con la hora correcta es válido.",
                ),
                unless(
                    &["offset"],
                    "Con la fecha mal, fallan todas las conexiones seguras y el correo no puede entrar ni salir.",
                ),
                when(
                    &["explained_hosts"],
                    "Con la fecha mal, fallan todas las conexiones seguras y el correo no puede entrar ni salir.",
                ),
                when_unless(
                    &["offset"],
                    &["explained_hosts"],
                    "Las conexiones seguras comprueban la fecha, así que con el reloj mal acaban fallando tarde o temprano.",
                ),
                line(
                    "Incluso con la hora correcta, el certificado de seguridad de {unexplained_hosts} está fuera de fecha: vuelve a comprobar el correo cuando el reloj esté bien y ese problema aparecerá por separado.",
                ),
            ],
            fix: &[
                line("Abre la configuración de fecha y hora del equipo."),
                line("Activa el ajuste automático de la hora y de la zona horaria."),
                line("Comprueba que el día, el mes y el año son correctos."),
                line(
                    "Si la fecha vuelve a estar mal después de reiniciar, puede que la pila del reloj del equipo esté agotada: pon la fecha a mano y haz que cambien la pila.",
                ),
                line("Vuelve a comprobar el correo."),
            ],
        },
    ),
    (
        TlsIntercepted,
        Text {
            title: "Algo está interceptando la conexión segura",
            explanation: &[
                line(
                    "El certificado presentado para {host} lo emitió «{issuer}», no una autoridad de certificación pública.",
                ),
                line(
                    "Es lo típico de la protección de correo de un antivirus, o de una red de empresa que abre las conexiones seguras para revisarlas. El programa de correo no puede fiarse de él.",
                ),
            ],
            fix: &[
                line(
                    "Si hay un antivirus instalado, desactiva su análisis del correo o de SSL, o añade una excepción para el programa de correo.",
                ),
                line("En una red de empresa, consúltalo con el departamento de informática."),
                line("Vuelve a comprobar el correo."),
            ],
        },
    ),
    // ------------------------------------------------- Seguridad del transporte
    (
        TlsOnPlaintextPort,
        Text {
            title: "SSL/TLS está activado en un puerto que no lo usa",
            explanation: &[
                line(
                    "El programa de correo empezó una conexión cifrada desde el principio, pero el puerto {port} de {host} respondió en texto sin cifrar.",
                ),
                line("El servidor respondió «{peer_bytes}» en lugar de empezar el cifrado."),
                line(
                    "Este puerto espera primero una conexión normal, que después se protege con STARTTLS.",
                ),
            ],
            fix: &[
                line("Cambia la seguridad a STARTTLS y deja el puerto {plain_port}."),
                line("O deja SSL/TLS y cambia el puerto a {tls_port}."),
                line("No quites el cifrado: la contraseña viajaría sin protección."),
            ],
        },
    ),
    (
        PlaintextOnTlsPort,
        Text {
            title: "El puerto {port} necesita SSL/TLS activado",
            explanation: &[
                line(
                    "El puerto {port} de {host} espera una conexión cifrada (SSL/TLS) desde el primer momento.",
                ),
                line(
                    "El programa de correo se conectó sin cifrar y se quedó esperando un saludo que nunca llega.",
                ),
            ],
            fix: &[
                line("Cambia la seguridad a SSL/TLS y deja el puerto {port}."),
                line(
                    "O deja la seguridad como está y cambia el puerto a {plain_port}, con STARTTLS.",
                ),
            ],
        },
    ),
    (
        StarttlsNotOffered,
        Text {
            title: "El servidor no ofrece STARTTLS",
            explanation: &[
                line(
                    "La cuenta está configurada para proteger la conexión con STARTTLS, pero {host} no lo ofrece en el puerto {port}, o lo rechaza cuando se le pide.",
                ),
                line("Muchos servidores solo ofrecen cifrado en su puerto SSL/TLS."),
                line(
                    "Pero si el proveedor dice que STARTTLS funciona en este puerto, algo entre este equipo y el servidor lo está quitando: el escudo de correo de un antivirus, un cortafuegos o alguien en la red que intenta leer el correo y la contraseña.",
                ),
            ],
            fix: &[
                line("Cambia la seguridad a SSL/TLS y el puerto a {tls_port}."),
                unless(
                    &["tls_port"],
                    "Cambia la seguridad a SSL/TLS, con el puerto que indique el proveedor.",
                ),
                line(
                    "No quites el cifrado para que funcione: la contraseña viajaría sin protección.",
                ),
                line(
                    "Si el proveedor confirma que hay STARTTLS en este puerto, prueba desde otra red y revisa el antivirus y el cortafuegos.",
                ),
            ],
        },
    ),
    (
        StarttlsFailed,
        Text {
            title: "La conexión segura falló después de STARTTLS",
            explanation: &[
                line(
                    "El servidor {host} aceptó pasar a una conexión cifrada, pero no se pudo establecer.",
                ),
                line(
                    "Puede que el servidor esté anticuado. O algo entre este equipo y el servidor está impidiendo el cifrado: el escudo de correo de un antivirus, un cortafuegos o alguien en la red que intenta leer el correo y la contraseña.",
                ),
            ],
            fix: &[
                line("Prueba con SSL/TLS en el puerto {tls_port}."),
                unless(
                    &["tls_port"],
                    "Prueba con SSL/TLS, con el puerto que indique el proveedor.",
                ),
                line(
                    "No quites el cifrado para que funcione: la contraseña viajaría sin protección.",
                ),
                line(
                    "Prueba desde otra red, y desactiva un momento el análisis de correo del antivirus.",
                ),
                line("Si sigue fallando, avisa al proveedor."),
            ],
        },
    ),
    (
        StarttlsInjection,
        Text {
            title: "Alguien coló datos en el paso a la conexión cifrada",
            explanation: &[
                line(
                    "El servidor {host} aceptó pasar a una conexión cifrada (STARTTLS), pero llegaron más datos sin cifrar antes de que empezara el cifrado.",
                ),
                line(
                    "Un servidor correcto no envía nada en ese momento. Algo en el camino de la red, o el propio servidor, metió datos en el cambio: es el tipo de ataque conocido como inyección de órdenes en STARTTLS (CVE-2011-0411).",
                ),
                line(
                    "Este programa descartó esos datos, pero un programa de correo con ese fallo podría tomarlos como si hubieran llegado por la conexión cifrada.",
                ),
            ],
            fix: &[
                when(
                    &["tls_port"],
                    "Usa SSL/TLS desde el primer byte (puerto {tls_port}) en lugar de STARTTLS: así no hay ningún momento sin cifrar en el que colar datos.",
                ),
                unless(
                    &["tls_port"],
                    "Usa SSL/TLS desde el primer byte en lugar de STARTTLS: así no hay ningún momento sin cifrar en el que colar datos.",
                ),
                line(
                    "Avisa al proveedor, o a quien administre {host}, y envíale este informe: hay que corregir el servidor o el equipo que tiene delante.",
                ),
                line(
                    "Si solo pasa en esta red (por ejemplo, la de un hotel o una oficina), no la uses para el correo hasta que se aclare.",
                ),
            ],
        },
    ),
    (
        TlsProtocolTooOld,
        Text {
            title: "El servidor usa un cifrado anticuado",
            explanation: &[
                line(
                    "El servidor {host} solo habla versiones antiguas de SSL/TLS, que los programas actuales rechazan porque ya no son seguras.",
                ),
                when(
                    &["tls_version"],
                    "La versión más nueva que habla el servidor es {tls_version}.",
                ),
                line("No hay ningún ajuste seguro que cambiar en este equipo."),
            ],
            fix: &[
                line(
                    "Avisa al proveedor, o a quien administre {host}, de que el servidor debe admitir TLS 1.2 o posterior.",
                ),
                line("Mientras tanto, usa el correo web del proveedor."),
            ],
        },
    ),
    (
        CertExpired,
        Text {
            title: "El certificado del servidor caducó el {date}",
            explanation: &[
                line(
                    "El certificado de seguridad de {host} caducó el {date}. No se puede confiar en la conexión, así que la comprobación se detuvo antes de enviar la contraseña.",
                ),
                line("Es un descuido del proveedor, no un ajuste de este equipo."),
                line(
                    "El reloj de este equipo marca {now}. Si eso está mal, corrige primero el reloj.",
                ),
            ],
            fix: &[
                line("Comprueba que la fecha y la hora de este equipo son correctas."),
                line("Avisa al proveedor de que el certificado de {host} caducó el {date}."),
                line(
                    "Hasta que lo renueven, usa el correo web. No aceptes el certificado caducado en el programa de correo.",
                ),
            ],
        },
    ),
    (
        CertNotYetValid,
        Text {
            title: "El certificado del servidor todavía no es válido",
            explanation: &[
                line(
                    "El certificado de seguridad de {host} solo es válido a partir del {date}, pero el reloj de este equipo marca {now}.",
                ),
                line("Eso casi siempre significa que la fecha o la hora de este equipo están mal."),
            ],
            fix: &[
                line(
                    "Abre la configuración de fecha y hora y activa el ajuste automático de la hora y de la zona horaria.",
                ),
                line("Comprueba que el día, el mes y el año son correctos."),
                line("Vuelve a comprobar el correo."),
            ],
        },
    ),
    (
        CertExpiringSoon,
        Text {
            title: "El certificado del servidor caduca dentro de {days}",
            explanation: &[
                line("El certificado de seguridad de {host} es válido hoy, pero caduca el {date}."),
                line("Si no lo renuevan a tiempo, los programas de correo dejarán de conectarse."),
            ],
            fix: &[
                line("No hay que cambiar nada en este equipo."),
                line(
                    "Avisa al proveedor, o a quien administre {host}, de que su certificado caduca el {date}.",
                ),
            ],
        },
    ),
    (
        CertHostnameMismatch,
        Text {
            title: "El certificado no corresponde al nombre {host}",
            explanation: &[
                line("El certificado del servidor cubre {names}, pero no {host}."),
                line(
                    "Suele pasar cuando la configuración usa un alias de tu propio dominio en un servidor compartido, cuyo certificado lleva el nombre de la empresa de alojamiento.",
                ),
            ],
            fix: &[
                line("Cambia el nombre del servidor en la configuración a {best}."),
                unless(
                    &["best"],
                    "Cambia el nombre del servidor a uno de los nombres que cubre el certificado: {names}.",
                ),
                line("Deja el mismo puerto y la misma seguridad, y vuelve a comprobar el correo."),
            ],
        },
    ),
    (
        CertUntrusted,
        Text {
            title: "El certificado del servidor no es de confianza",
            explanation: &[
                line(
                    "El certificado de {host} lo emitió «{issuer}», en quien este equipo no confía.",
                ),
                line(
                    "Es normal en un servidor con un certificado hecho en casa, pero también puede significar que algo en la red está interceptando la conexión.",
                ),
            ],
            fix: &[
                line(
                    "Si es el servidor propio de tu organización, pide a su administrador el archivo de la autoridad de certificación y pásaselo a la comprobación: el campo del archivo CA del editor (e) en el panel, o --ca-file.",
                ),
                line(
                    "Si no, no aceptes el certificado: prueba desde otra red y revisa el análisis de correo del antivirus.",
                ),
            ],
        },
    ),
    (
        CertChainInvalid,
        Text {
            title: "La cadena de certificados del servidor está mal formada",
            explanation: &[
                line(
                    "El servidor {host} envió {chain_length} certificados que no forman una cadena que se pueda comprobar: la cadena es demasiado larga, o uno de los certificados se usa de una forma que no le está permitida.",
                ),
                line(
                    "Es un error en la configuración del servidor. No quiere decir que la empresa que emitió el certificado no sea de confianza, y no hay nada que cambiar en este equipo.",
                ),
            ],
            fix: &[
                line(
                    "Avisa al proveedor, o a quien administre {host}, de que el servidor envía una cadena de certificados defectuosa: debe enviar su propio certificado y los certificados intermedios que le da su autoridad de certificación, nada más.",
                ),
                line("Mientras tanto, usa el correo web del proveedor."),
            ],
        },
    ),
    (
        TlsAnswerInvalid,
        Text {
            title: "La respuesta del servidor a la conexión segura no es TLS válido",
            explanation: &[
                line(
                    "El programa de correo empezó una conexión cifrada con el puerto {port} de {host}, y lo que volvió no es TLS válido.",
                ),
                when(&["peer_bytes"], "El servidor envió «{peer_bytes}»."),
                line(
                    "O el servidor está averiado, o algo entre este equipo y el servidor (un antivirus, un cortafuegos, un proxy) responde en su lugar, o el puerto es de otro servicio.",
                ),
            ],
            fix: &[
                line("Comprueba el nombre del servidor y el puerto con los datos del proveedor."),
                line(
                    "Prueba desde otra red y desactiva un momento el análisis de correo del antivirus.",
                ),
                line("Si sigue pasando, avisa al proveedor y enséñale este informe."),
            ],
        },
    ),
    // ------------------------------------------------------------- Autenticación
    (
        AuthFailed,
        Text {
            title: "El servidor rechazó el usuario o la contraseña",
            explanation: &[
                line("El {role} {host} rechazó el inicio de sesión."),
                when(
                    &["both_refused"],
                    "El servidor saliente también rechazó el mismo usuario y contraseña, así que lo que falla son ellos, no uno de los servidores.",
                ),
                when(
                    &["same_refusal"],
                    "Es el mismo usuario y contraseña que rechazó el servidor entrante: corrígelos una sola vez, como dice ese diagnóstico.",
                ),
                unless(
                    &["same_refusal"],
                    "El usuario o la contraseña no son los que espera el servidor.",
                ),
            ],
            fix: &[
                when(
                    &["same_refusal"],
                    "Sigue los pasos del diagnóstico sobre el servidor entrante: aquí se usan el mismo usuario y la misma contraseña.",
                ),
                when_unless(
                    &["user_missing_domain"],
                    &["same_refusal"],
                    "Al usuario «{user}» le falta el dominio: {provider} espera la dirección de correo completa.",
                ),
                when_unless(
                    &["user_form_full"],
                    &["user_missing_domain", "same_refusal"],
                    "{provider} espera la dirección de correo completa como usuario.",
                ),
                when_unless(
                    &["user_form_local"],
                    &["same_refusal"],
                    "{provider} espera como usuario solo la parte anterior a la @.",
                ),
                unless(
                    &["user_form_full", "user_form_local", "same_refusal"],
                    "Revisa el usuario «{user}»: algunos proveedores quieren la dirección de correo completa y otros solo la parte anterior a la @.",
                ),
                unless(
                    &["same_refusal"],
                    "Comprueba que el bloqueo de mayúsculas está desactivado y vuelve a escribir la contraseña.",
                ),
                unless(
                    &["same_refusal"],
                    "Si cambiaste la contraseña hace poco, pon también la nueva en el programa de correo.",
                ),
                unless(
                    &["same_refusal"],
                    "Entra en el correo web con el mismo usuario y contraseña. Si tampoco funciona, restablece la contraseña con el proveedor.",
                ),
                when_unless(
                    &["microsoft"],
                    &["same_refusal"],
                    "Si la contraseña funciona en el correo web, puede que Microsoft haya desactivado el inicio de sesión con contraseña desde programas de correo para este buzón: pregunta al administrador si están permitidos POP, IMAP y SMTP.",
                ),
            ],
        },
    ),
    (
        AuthAppPasswordRequired,
        Text {
            title: "Hace falta una contraseña de aplicación",
            explanation: &[
                line(
                    "La cuenta tiene verificación en dos pasos, así que los programas de correo no pueden usar la contraseña normal.",
                ),
                line(
                    "{provider} pide una contraseña de aplicación aparte para cada programa de correo.",
                ),
            ],
            fix: &[
                line("Crea una contraseña de aplicación en {app_password_url}."),
                unless(
                    &["app_password_url"],
                    "Crea una contraseña de aplicación en la configuración de seguridad de la cuenta de {provider}.",
                ),
                unless(
                    &["app_password_url", "provider"],
                    "Crea una contraseña de aplicación en la configuración de seguridad de la cuenta del proveedor de correo.",
                ),
                line(
                    "En el programa de correo, sustituye la contraseña normal por la contraseña de aplicación, para el correo entrante y el saliente.",
                ),
                line("Vuelve a comprobar el correo."),
            ],
        },
    ),
    (
        AuthBasicDisabled,
        Text {
            title: "El inicio de sesión con contraseña está desactivado en esta cuenta",
            explanation: &[
                line(
                    "El proveedor, o el administrador de la organización, ha desactivado el inicio de sesión con contraseña para los programas de correo en esta cuenta.",
                ),
                when(
                    &["microsoft"],
                    "Microsoft ahora espera que los programas de correo inicien sesión a través de una ventana del navegador (autenticación moderna, OAuth2).",
                ),
            ],
            fix: &[
                line(
                    "Usa un programa de correo que admita el inicio de sesión moderno (OAuth2), como un Outlook o un Thunderbird actual, y vuelve a añadir la cuenta.",
                ),
                when(
                    &["microsoft"],
                    "En una cuenta de trabajo o de centro educativo, el administrador puede volver a activar POP y SMTP autenticado para este buzón, si la organización lo permite.",
                ),
                unless(
                    &["microsoft"],
                    "En una cuenta de trabajo, pide al administrador que permita el inicio de sesión por POP y SMTP para este buzón.",
                ),
            ],
        },
    ),
    (
        AuthWebLoginRequired,
        Text {
            title: "El proveedor pide iniciar sesión antes en el navegador",
            explanation: &[line(
                "El proveedor bloqueó este inicio de sesión por parecerle inusual y quiere que el titular lo confirme antes en un navegador.",
            )],
            fix: &[
                line("Desde este equipo y esta red, entra en el correo web con un navegador."),
                line(
                    "Si aparece un aviso de seguridad diciendo que se bloqueó un inicio de sesión, confirma que fuiste tú.",
                ),
                line("Espera unos minutos y vuelve a comprobar el correo."),
            ],
        },
    ),
    (
        Pop3Disabled,
        Text {
            title: "El acceso POP está desactivado en esta cuenta",
            explanation: &[
                line(
                    "La cuenta existe, pero la descarga de correo por POP está desactivada en su configuración.",
                ),
                line(
                    "Algunos proveedores, como Gmail y Outlook.com, lo tienen desactivado hasta que el titular lo activa.",
                ),
            ],
            fix: &[
                line("Activa POP en la configuración de {provider}: {pop_settings_url}."),
                unless(
                    &["pop_settings_url"],
                    "Entra en el correo web de {provider} y activa POP en la configuración (busca «POP e IMAP» o «Reenvío y correo POP/IMAP»).",
                ),
                unless(
                    &["pop_settings_url", "provider"],
                    "Entra en el correo web y activa POP en la configuración (busca «POP e IMAP» o «Reenvío y correo POP/IMAP»).",
                ),
                line("Guarda el cambio, espera unos minutos y vuelve a comprobar el correo."),
            ],
        },
    ),
    (
        ImapDisabled,
        Text {
            title: "El acceso IMAP está desactivado en esta cuenta",
            explanation: &[
                line(
                    "Puede que la contraseña sea correcta: el proveedor rechazó el inicio de sesión porque esta cuenta no tiene permitido leer su correo por IMAP.",
                ),
                line(
                    "Algunos proveedores tienen IMAP desactivado hasta que el titular lo activa; en una dirección del trabajo o de un centro de estudios, puede que el administrador lo haya desactivado para todos.",
                ),
                when(&["alert"], "Lo que dice el servidor: «{alert}»."),
            ],
            fix: &[
                line(
                    "Entra en el correo web de {provider}, abre la configuración y activa el acceso IMAP (busca «POP e IMAP» o «Reenvío y correo POP/IMAP»).",
                ),
                unless(
                    &["provider"],
                    "Entra en el correo web, abre la configuración y activa el acceso IMAP (busca «POP e IMAP» o «Reenvío y correo POP/IMAP»).",
                ),
                line(
                    "Si la opción no aparece o está bloqueada, pide al administrador del dominio de correo que permita IMAP en esta cuenta.",
                ),
                line("Espera unos minutos tras el cambio y vuelve a comprobar el correo."),
            ],
        },
    ),
    (
        PasswordExpired,
        Text {
            title: "La contraseña ha caducado",
            explanation: &[
                line(
                    "El servidor {host} reconoció la cuenta, pero su contraseña ya pasó su fecha límite: ningún programa de correo puede entrar con ella hasta que la cambies.",
                ),
                when(&["alert"], "Lo que dice el servidor: «{alert}»."),
            ],
            fix: &[
                line(
                    "Entra en el correo web (o en la página de la cuenta del proveedor) y pon una contraseña nueva cuando te la pida.",
                ),
                line(
                    "Escribe la contraseña nueva en el programa de correo de cada dispositivo que use esta cuenta.",
                ),
                line("Vuelve a comprobar el correo."),
            ],
        },
    ),
    (
        AuthPlaintextDisallowed,
        Text {
            title: "El servidor solo acepta contraseñas por una conexión cifrada",
            explanation: &[line(
                "El {role} {host} se niega a recibir una contraseña por una conexión sin cifrar, para protegerla.",
            )],
            fix: &[
                when(
                    &["starttls_offered"],
                    "Cambia la seguridad a STARTTLS: el servidor lo ofrece en el puerto {port}.",
                ),
                unless(
                    &["starttls_offered"],
                    "Cambia la seguridad a SSL/TLS y el puerto a {tls_port}.",
                ),
                unless(
                    &["starttls_offered", "tls_port"],
                    "Activa SSL/TLS o STARTTLS en la configuración de la cuenta, con el puerto que indique el proveedor.",
                ),
                line("Vuelve a comprobar el correo."),
            ],
        },
    ),
    (
        AuthRefusedInsecure,
        Text {
            title: "No se envió la contraseña: la conexión no está cifrada",
            explanation: &[
                line(
                    "La conexión con {host} en el puerto {port} no está cifrada, así que esta comprobación no envió la contraseña, para protegerla.",
                ),
                line("El inicio de sesión todavía no se ha probado."),
            ],
            fix: &[
                when(
                    &["starttls_offered"],
                    "Cambia la seguridad a STARTTLS: el servidor lo ofrece.",
                ),
                unless(
                    &["starttls_offered"],
                    "Cambia la seguridad a SSL/TLS y el puerto a {tls_port}.",
                ),
                unless(
                    &["starttls_offered", "tls_port"],
                    "Activa SSL/TLS o STARTTLS, con el puerto que indique el proveedor.",
                ),
                line(
                    "Solo en una red de confianza, y solo si el proveedor no ofrece ningún cifrado, repite la comprobación permitiendo la contraseña sin cifrar (--allow-plaintext-auth).",
                ),
            ],
        },
    ),
    (
        AuthMechanismUnsupported,
        Text {
            title: "El servidor no deja que este programa entre con contraseña",
            explanation: &[
                unless(
                    &["reply"],
                    "El servidor {host} ofrece estos métodos de inicio de sesión: {mechanisms}. Ninguno acepta una contraseña.",
                ),
                when(
                    &["offered_refused"],
                    "El servidor {host} incluye {mechanism} entre sus métodos de inicio de sesión ({mechanisms}), pero lo rechazó al usarlo: \"{reply}\".",
                ),
                when(
                    &["offered_refused"],
                    "Un servidor que rechaza lo que ofrece está mal configurado, o algo entre este equipo y el servidor cambia la lista. Ni tu contraseña ni tus ajustes son la causa.",
                ),
                when_unless(
                    &["reply"],
                    &["offered_refused"],
                    "El servidor {host} rechazó el método de inicio de sesión {mechanism}: \"{reply}\".",
                ),
                unless(
                    &["mechanisms", "mechanism"],
                    "El servidor {host} no acepta la forma en que este programa entra con contraseña.",
                ),
                when(
                    &["oauth"],
                    "Espera, en su lugar, un inicio de sesión a través de una ventana del navegador (OAuth2).",
                ),
            ],
            fix: &[
                when(
                    &["oauth"],
                    "Usa un programa de correo que admita el inicio de sesión con OAuth2 y vuelve a añadir la cuenta.",
                ),
                when(
                    &["offered_refused"],
                    "Envía al proveedor, o a quien administre {host}, la respuesta del servidor que se muestra arriba: el servidor ofrece {mechanism} pero lo rechaza.",
                ),
                when(
                    &["offered_refused"],
                    "Vuelve a probar más tarde: un servidor que se está cambiando puede responder así durante un tiempo.",
                ),
                unless(
                    &["offered_refused"],
                    "Comprueba si el proveedor ofrece contraseñas de aplicación para programas de correo.",
                ),
                unless(
                    &["offered_refused"],
                    "Si es el servidor de tu organización, pregunta al administrador qué método de inicio de sesión hay que usar.",
                ),
            ],
        },
    ),
    (
        SmtpAuthNotOffered,
        Text {
            title: "El servidor saliente no ofrece inicio de sesión",
            explanation: &[
                line(
                    "El servidor saliente {host} no ofrece inicio de sesión en el puerto {port}, así que no aceptará tu correo para enviarlo.",
                ),
                when(
                    &["starttls_offered"],
                    "Muchos servidores solo ofrecen el inicio de sesión después de cifrar la conexión con STARTTLS.",
                ),
            ],
            fix: &[
                when(
                    &["starttls_offered"],
                    "Activa STARTTLS para el servidor saliente.",
                ),
                line(
                    "Usa el puerto 587 con STARTTLS, o el 465 con SSL/TLS, según indique el proveedor.",
                ),
                line(
                    "Asegúrate de que el servidor saliente está configurado para pedir inicio de sesión.",
                ),
            ],
        },
    ),
    (
        SmtpAuthRequired,
        Text {
            title: "El servidor saliente necesita que inicies sesión",
            explanation: &[line(
                "El servidor saliente {host} solo envía correo de quien inicia sesión, y el programa de correo no la inició.",
            )],
            fix: &[
                line(
                    "En la configuración del servidor saliente, marca la opción de que el servidor de salida (SMTP) requiere autenticación.",
                ),
                line("Usa el mismo usuario y contraseña que para el correo entrante."),
                line("Envíate un mensaje de prueba a ti mismo."),
            ],
        },
    ),
    (
        TooManyLogins,
        Text {
            title: "Demasiados inicios de sesión: la cuenta está en pausa",
            explanation: &[
                line(
                    "El servidor {host} rechazó el inicio de sesión porque la cuenta entró demasiadas veces, o porque hay demasiados dispositivos conectados a la vez.",
                ),
                line("Suele ser algo temporal."),
            ],
            fix: &[
                line("Espera entre 15 y 30 minutos antes de volver a probar."),
                line(
                    "En todos los dispositivos que usan esta cuenta, haz que el programa de correo compruebe el correo con menos frecuencia, cada 10 minutos o más.",
                ),
                line("Cierra el programa de correo en los dispositivos que no estés usando."),
            ],
        },
    ),
    (
        ReceiveOkSendFails,
        Text {
            title: "Recibir funciona, enviar no",
            explanation: &[
                line(
                    "El servidor entrante funciona, así que la cuenta está bien: el fallo está solo en la parte de salida.",
                ),
                when(
                    &["password_ok"],
                    "El mismo usuario y contraseña iniciaron sesión en el servidor entrante, así que la contraseña es correcta, aunque el servidor saliente la haya rechazado.",
                ),
            ],
            fix: &[
                when(
                    &["password_ok", "microsoft"],
                    "Microsoft puede desactivar el envío desde programas de correo (SMTP autenticado) para un buzón: el administrador puede volver a activarlo.",
                ),
                when_unless(
                    &["password_ok"],
                    &["microsoft"],
                    "Puede que el proveedor haya desactivado el envío desde programas de correo para este buzón: revisa la configuración de la cuenta o pregunta al proveedor.",
                ),
                when(
                    &["password_ok"],
                    "Revisa el usuario configurado para el servidor saliente: normalmente tiene que ser la dirección de correo completa.",
                ),
                when(
                    &["port25"],
                    "Usa el puerto 587 con STARTTLS en lugar del 25.",
                ),
                when_unless(
                    &["other_title"],
                    &["password_ok"],
                    "Sigue el diagnóstico «{other_title}» sobre el servidor saliente.",
                ),
                unless(
                    &["port25"],
                    "Usa el puerto 587 con STARTTLS, o el 465 con SSL/TLS, según indique el proveedor.",
                ),
            ],
        },
    ),
    // ------------------------------------------------------------------- Buzón
    (
        MailboxInUse,
        Text {
            title: "El buzón está ocupado por otro dispositivo",
            explanation: &[line(
                "Otro dispositivo o programa está descargando de este buzón ahora mismo, y el servidor solo deja que lo haga uno a la vez.",
            )],
            fix: &[
                line(
                    "Cierra el programa de correo en los otros ordenadores, móviles y tabletas que usan esta cuenta.",
                ),
                line("Espera unos minutos y vuelve a comprobar el correo."),
                line(
                    "Si sigue pasando, haz que los dispositivos comprueben el correo con menos frecuencia.",
                ),
            ],
        },
    ),
    (
        ServerTemporaryFailure,
        Text {
            title: "El servidor tiene un problema temporal",
            explanation: &[
                line("El {role} {host} informó de un problema temporal por su parte."),
                line("La configuración no es la causa."),
            ],
            fix: &[
                line("Espera entre 15 y 30 minutos y vuelve a probar."),
                line(
                    "Mira la página de estado o las noticias del proveedor por si hay una avería.",
                ),
            ],
        },
    ),
    (
        ServerPermanentFailure,
        Text {
            title: "El servidor se niega a atender esta cuenta",
            explanation: &[line(
                "El {role} {host} informó de un problema permanente por su parte: volver a intentarlo no servirá.",
            )],
            fix: &[
                line(
                    "Entra en el correo web y busca algún aviso sobre la cuenta, como una suspensión.",
                ),
                line(
                    "Ponte en contacto con el proveedor y léele el mensaje del servidor que aparece más abajo.",
                ),
            ],
        },
    ),
    (
        MailboxEmpty,
        Text {
            title: "El buzón del servidor está vacío",
            explanation: &[
                line(
                    "El inicio de sesión funcionó, y ahora mismo el servidor no guarda ningún mensaje.",
                ),
                line(
                    "Si falta correo, puede que otro dispositivo lo haya descargado y borrado del servidor.",
                ),
            ],
            fix: &[
                line(
                    "En todos los dispositivos que usan esta cuenta, activa la opción de dejar una copia de los mensajes en el servidor.",
                ),
                line(
                    "Busca los mensajes que faltan en el correo web, también en la carpeta de spam.",
                ),
            ],
        },
    ),
    (
        NoUidl,
        Text {
            title: "El servidor no puede llevar la cuenta de los mensajes descargados",
            explanation: &[
                line(
                    "El servidor {host} no da a los mensajes identificadores permanentes (UIDL), así que los programas de correo no saben cuáles ya descargaron.",
                ),
                line(
                    "Con la opción de dejar una copia en el servidor activada, los mismos mensajes pueden llegar una y otra vez.",
                ),
            ],
            fix: &[
                line("Avisa al proveedor, o a quien administre el servidor."),
                line(
                    "Mientras tanto, guarda el correo en un solo dispositivo, y desactiva allí la opción de dejar una copia en el servidor.",
                ),
            ],
        },
    ),
    // ------------------------------------------------------------------ Salida
    (
        SmtpRelayDenied,
        Text {
            title: "El servidor saliente no quiere reenviar este mensaje",
            explanation: &[line(
                "El servidor saliente {host} se negó a entregar correo a este destinatario desde esta cuenta.",
            )],
            fix: &[
                line(
                    "Asegúrate de que el servidor saliente está configurado para pedir inicio de sesión, con el mismo usuario y contraseña que el correo entrante.",
                ),
                line("Comprueba que la dirección del remitente es la de la propia cuenta."),
                line("Si las dos cosas están bien, ponte en contacto con el proveedor."),
            ],
        },
    ),
    (
        SmtpSenderRejected,
        Text {
            title: "La dirección del remitente no está permitida",
            explanation: &[line(
                "El servidor saliente {host} no deja que esta cuenta envíe con esa dirección de remitente.",
            )],
            fix: &[
                line(
                    "Pon como dirección del remitente la dirección de correo de la propia cuenta.",
                ),
                line(
                    "Para enviar como otra dirección, pide antes al proveedor o al administrador permiso para enviar como esa dirección.",
                ),
            ],
        },
    ),
    (
        SmtpSendingLimit,
        Text {
            title: "La cuenta llegó a su límite de envío",
            explanation: &[line(
                "El proveedor rechaza por ahora más correo de esta cuenta: envió demasiados mensajes, o a demasiados destinatarios a la vez.",
            )],
            fix: &[
                line("Espera a que el límite se reinicie, a menudo al cabo de 24 horas."),
                line("Envía a menos destinatarios cada vez."),
                line(
                    "Si la cuenta no envió tanto, puede que otra persona la esté usando: cambia la contraseña y revisa la carpeta de enviados.",
                ),
            ],
        },
    ),
    (
        SmtpBlocklisted,
        Text {
            title: "La dirección de internet está en una lista negra de spam",
            explanation: &[
                unless(
                    &["client_address", "server_address"],
                    "El servidor saliente {host} rechazó el correo porque la dirección de internet que se usa, o el propio servidor, está en una lista negra de spam.",
                ),
                unless(
                    &["host", "client_address", "server_address"],
                    "La dirección de internet de este equipo, o la del servidor saliente, está en una lista negra de spam.",
                ),
                line(
                    "La dirección pública de internet de este equipo, {client_address}, aparece en la lista negra de spam {client_zones}.",
                ),
                line(
                    "La dirección del servidor saliente, {server_address}, aparece en la lista negra de spam {server_zones}: otros servidores pueden rechazar el correo que les pasa.",
                ),
                line("La lista da este motivo: «{listing}»."),
                when(
                    &["policy_listing"],
                    "Este tipo de inclusión solo indica que la dirección es de una conexión doméstica o móvil, que no debería entregar correo directamente a otros servidores. Enviar por el servidor del proveedor en el puerto 587, con inicio de sesión, no se ve afectado.",
                ),
            ],
            fix: &[
                line(
                    "Envía a través del servidor saliente del propio proveedor, en el puerto 587 y con inicio de sesión.",
                ),
                unless(
                    &["policy_listing"],
                    "Revisa los equipos de esta red por si algún programa malicioso envía spam.",
                ),
                unless(
                    &["client_address", "server_address"],
                    "Pide que te quiten de la lista negra que nombra el mensaje del servidor, más abajo, o pide ayuda a tu proveedor de internet.",
                ),
                when_unless(
                    &["client_address"],
                    &["policy_listing"],
                    "Cuando esté resuelta la causa, pide a {client_zones} que quite {client_address}: su página web explica cómo. Tu proveedor de internet también puede ayudar.",
                ),
                line(
                    "Avisa al proveedor de correo de que su servidor {server_address} está en la lista negra {server_zones}.",
                ),
            ],
        },
    ),
    (
        SmtpHeloRejected,
        Text {
            title: "El servidor saliente rechazó el nombre de este equipo",
            explanation: &[line(
                "Al conectarse, el programa de correo se presenta con un nombre, y {host} rechazó ese nombre por no ser válido.",
            )],
            fix: &[
                line(
                    "En la configuración avanzada del programa de correo, pon un nombre completo para este equipo, como el dominio de tu dirección de correo.",
                ),
                line(
                    "O envía por el puerto de envío 587 del proveedor, con inicio de sesión, que normalmente no revisa ese nombre.",
                ),
            ],
        },
    ),
    (
        SmtpServerBusy,
        Text {
            title: "El servidor saliente está ocupado",
            explanation: &[line(
                "El servidor saliente {host} está sobrecargado o en mantenimiento, o llegan demasiadas conexiones desde esta dirección.",
            )],
            fix: &[
                line("Espera unos minutos y vuelve a probar."),
                line("Cierra otros programas de correo que envíen con esta cuenta."),
            ],
        },
    ),
    (
        WrongPortForSubmission,
        Text {
            title: "El puerto 25 es para servidores, no para enviar tu correo",
            explanation: &[
                line(
                    "El servidor saliente está configurado en el puerto {port}, donde {host} se pasa el correo con otros servidores y no ofrece inicio de sesión a las personas.",
                ),
                line("Los programas de correo deben enviar por el puerto 587 o el 465."),
            ],
            fix: &[
                line("Cambia el puerto de salida a 587, con STARTTLS."),
                line("O usa el puerto 465, con SSL/TLS."),
                line(
                    "Asegúrate de que el servidor saliente está configurado para pedir inicio de sesión, con el mismo usuario y contraseña que el correo entrante.",
                ),
            ],
        },
    ),
    // ----------------------------------------------------------------- Dominio
    (
        SpfMissing,
        Text {
            title: "El dominio {domain} no tiene registro SPF",
            explanation: &[
                line(
                    "Los servidores que reciben correo leen el registro SPF de un dominio para saber qué servidores pueden enviar correo en nombre de {domain}.",
                ),
                line("Sin él, el correo de {domain} puede ser rechazado o acabar en spam."),
            ],
            fix: &[
                line(
                    "En la configuración DNS del dominio, añade un único registro TXT que empiece por v=spf1, con el include que indique el proveedor de correo.",
                ),
                line("Las instrucciones del proveedor están en {help_url}."),
            ],
        },
    ),
    (
        SpfInvalid,
        Text {
            title: "El registro SPF de {domain} está mal",
            explanation: &[
                line(
                    "{domain} publica {spf_records} registros SPF, y los receptores tratan más de uno como un error.",
                ),
                line(
                    "Comprobar el registro SPF de {domain} necesita {lookups} consultas DNS, más de las diez que admiten los receptores.",
                ),
                unless(
                    &["spf_records", "lookups"],
                    "El registro SPF de {domain} tiene un error, así que los receptores no pueden usarlo.",
                ),
                line(
                    "Un dominio debe tener un único registro SPF, y comprobarlo no puede necesitar más de diez consultas DNS. Si no, los receptores lo ignoran y el correo puede ser rechazado o acabar en spam.",
                ),
            ],
            fix: &[
                when(
                    &["spf_records"],
                    "Junta todos los registros SPF de {domain} en un único registro TXT que empiece por v=spf1.",
                ),
                when(
                    &["lookups"],
                    "Quita los include que ya no hagan falta, para que el registro no pase de diez consultas.",
                ),
                unless(
                    &["spf_records", "lookups"],
                    "Corrige el registro SPF de {domain} en la configuración DNS del dominio: los problemas encontrados aparecen más abajo.",
                ),
            ],
        },
    ),
    (
        DmarcMissing,
        Text {
            title: "El dominio {domain} no tiene un registro DMARC que funcione",
            explanation: &[
                line(
                    "{domain} publica {dmarc_records} registros DMARC, así que los receptores no aplican ninguno.",
                ),
                when(
                    &["dmarc_invalid"],
                    "El registro DMARC de {domain} tiene un error, así que los receptores lo ignoran.",
                ),
                line(
                    "Los grandes receptores, como Gmail y Yahoo, esperan un registro DMARC para el dominio que envía.",
                ),
                line("Sin él, el correo de {domain} puede acabar en spam."),
            ],
            fix: &[
                when(
                    &["dmarc_records"],
                    "Deja un único registro TXT con el nombre _dmarc.{domain} y borra los demás.",
                ),
                line(
                    "Publica un registro TXT con el nombre _dmarc.{domain}, por ejemplo: v=DMARC1; p=none; rua=mailto:postmaster@{domain}.",
                ),
                line(
                    "Cuando los informes muestren que todo tu correo lo supera, haz la política más estricta.",
                ),
            ],
        },
    ),
    (
        DkimNotFound,
        Text {
            title: "El correo de {domain} no va firmado (DKIM)",
            explanation: &[
                line(
                    "No se encontró ninguna clave DKIM para {domain}, así que los receptores no pueden comprobar que su correo sale realmente de él.",
                ),
                line("La clave se buscó con estos nombres (selectores): {selector}."),
                line("Se publicó una clave con el nombre {dkim_revoked}, pero se ha retirado."),
                when(
                    &["selectors_guessed"],
                    "No se sabe cuál es el proveedor de correo, así que solo se probaron unos pocos nombres habituales: la clave bien puede existir con otro nombre, y esto es solo un indicio.",
                ),
            ],
            fix: &[
                when(
                    &["selectors_guessed"],
                    "Pregunta al proveedor de correo qué nombre de selector usan sus firmas DKIM y comprueba ese nombre.",
                ),
                line(
                    "Activa la firma DKIM en la configuración de administración del proveedor de correo.",
                ),
                line("Publica en la configuración DNS del dominio la clave DKIM que te dé."),
            ],
        },
    ),
    (
        MxMismatch,
        Text {
            title: "El correo del dominio va a otro proveedor",
            explanation: &[
                line(
                    "El correo para {domain} se entrega en {mx_host}, no en los servidores configurados en el programa de correo.",
                ),
                line("Ese servidor pertenece a {mx_provider}."),
                line(
                    "Suele pasar después de cambiar el correo a un proveedor nuevo mientras el programa sigue apuntando al antiguo.",
                ),
            ],
            fix: &[
                line("Usa los servidores entrante y saliente de {mx_provider}."),
                unless(
                    &["mx_provider"],
                    "Usa los servidores del proveedor que gestiona {mx_host}.",
                ),
                line(
                    "Pregunta a quien administre el dominio qué proveedor se encarga de su correo.",
                ),
            ],
        },
    ),
    // ---------------------------------------------------------------- Configuración
    (
        HostNearMiss,
        Text {
            title: "¿Querías decir {suggestion} en lugar de {host}?",
            explanation: &[
                line(
                    "El {role} está configurado como {host}, que se diferencia solo en una o dos letras de {suggestion}, un nombre de servidor de correo conocido.",
                ),
                line(
                    "Un error tan pequeño al escribir pasa fácilmente desapercibido, y el programa de correo habla entonces con el servidor equivocado, o con ninguno.",
                ),
            ],
            fix: &[
                line(
                    "En la configuración de la cuenta, cambia el nombre del servidor a {suggestion}, comprobándolo letra por letra.",
                ),
                line("La página de configuración del proveedor es {help_url}."),
            ],
        },
    ),
    (
        UsernameFormMismatch,
        Text {
            title: "El nombre de usuario debería ser {expected_user}",
            explanation: &[
                unless(
                    &["provider", "from_autoconfig"],
                    "El programa de correo inicia sesión como {user}, pero este proveedor espera el nombre de usuario {expected_user}.",
                ),
                when_unless(
                    &["provider"],
                    &["from_autoconfig"],
                    "El programa de correo inicia sesión como {user}, pero {provider} espera el nombre de usuario {expected_user}.",
                ),
                when(
                    &["from_autoconfig"],
                    "El programa de correo inicia sesión como {user}, pero la configuración publicada para esta dirección pide el nombre de usuario {expected_user}.",
                ),
                when(
                    &["login_failed"],
                    "El servidor rechazó el inicio de sesión, muy probablemente por esto.",
                ),
                unless(
                    &["login_failed"],
                    "La mayoría de los proveedores rechazan el inicio de sesión si el nombre de usuario no tiene la forma correcta, aunque la contraseña sea buena.",
                ),
            ],
            fix: &[
                line(
                    "En la configuración de la cuenta, cambia el nombre de usuario a {expected_user}, exactamente como aparece aquí.",
                ),
                line("Mantén la misma contraseña."),
                line("La página de configuración del proveedor es {help_url}."),
            ],
        },
    ),
    (
        Pop3NotOffered,
        Text {
            title: "Esta cuenta no tiene servicio POP3",
            explanation: &[
                line(
                    "{provider} no ofrece POP3: su correo solo se puede leer con IMAP, o en su propia aplicación y su correo web.",
                ),
                when_unless(
                    &["from_srv"],
                    &["provider"],
                    "El dominio {domain} indica en sus registros DNS (SRV) que no ofrece el servicio POP3.",
                ),
                unless(
                    &["provider", "from_srv"],
                    "Este proveedor no ofrece POP3: su correo solo se puede leer con IMAP.",
                ),
                line(
                    "Por eso el servidor entrante {host}, configurado para POP3, no puede funcionar, se cambie lo que se cambie.",
                ),
            ],
            fix: &[
                line(
                    "Vuelve a configurar la cuenta con IMAP en lugar de POP3: la mayoría de los programas de correo encuentran solos los datos de IMAP a partir de la dirección de correo.",
                ),
                line("La página de configuración del proveedor es {help_url}."),
            ],
        },
    ),
    (
        Pop3AndImapOffered,
        Text {
            title: "Solo se comprobó uno de los dos: POP3 o IMAP",
            explanation: &[
                line("{provider} ofrece dos formas de recibir el correo: POP3 e IMAP."),
                unless(
                    &["provider"],
                    "Este proveedor ofrece dos formas de recibir el correo: POP3 e IMAP.",
                ),
                when(&["checked_pop3"], "Esta comprobación usó POP3, en {host}."),
                when(&["checked_imap"], "Esta comprobación usó IMAP, en {host}."),
                line(
                    "POP3 descarga el correo en un solo dispositivo y normalmente lo borra del servidor, así que los demás dispositivos ya no lo ven.",
                ),
                line(
                    "IMAP deja el correo en el servidor, así que el móvil, el ordenador y el correo web ven las mismas carpetas.",
                ),
            ],
            fix: &[
                when(
                    &["checked_pop3"],
                    "Para comprobar también IMAP, vuelve a hacer la comprobación con --incoming both (o con --incoming imap para IMAP solo).",
                ),
                when(
                    &["checked_imap"],
                    "Para comprobar también POP3, vuelve a hacer la comprobación con --incoming both (o con --incoming pop3 para POP3 solo).",
                ),
                line(
                    "Elige IMAP si lees el correo en más de un dispositivo; POP3 si el correo debe quedarse solo en este ordenador.",
                ),
            ],
        },
    ),
    (
        Oauth2Only,
        Text {
            title: "Este proveedor no acepta contraseñas desde programas de correo",
            explanation: &[
                when_unless(
                    &["provider"],
                    &["from_autoconfig"],
                    "{provider} ha desactivado el inicio de sesión con contraseña desde programas de correo: solo pueden conectarse los programas que inician sesión en la propia página de {provider} (OAuth2).",
                ),
                when(
                    &["from_autoconfig"],
                    "La configuración publicada para esta dirección solo permite una forma de iniciar sesión: en la propia página del proveedor (OAuth2), no con una contraseña escrita en el programa de correo.",
                ),
                unless(
                    &["provider", "from_autoconfig"],
                    "Este proveedor ha desactivado el inicio de sesión con contraseña desde programas de correo: solo pueden conectarse los programas que inician sesión en la propia página del proveedor (OAuth2).",
                ),
                when(
                    &["login_failed"],
                    "Por eso el servidor rechazó el inicio de sesión, aunque la contraseña sea correcta.",
                ),
            ],
            fix: &[
                line(
                    "Usa un programa de correo que pueda iniciar sesión con OAuth2 (por ejemplo Thunderbird, Outlook o Apple Mail) y elige el inicio de sesión en la página del proveedor cuando lo pida.",
                ),
                when(
                    &["microsoft"],
                    "En una cuenta de empresa o de centro educativo, el administrador también puede permitir el inicio de sesión con contraseña (SMTP AUTH) para este buzón.",
                ),
                line("La página de configuración del proveedor es {help_url}."),
            ],
        },
    ),
    // ---------------------------------------------------------------- Comportamiento de la conexión
    (
        WrongProtocolOnPort,
        Text {
            title: "El puerto {port} de {host} habla {answered}, no {intended}",
            explanation: &[
                line(
                    "El {role} está configurado como {host} en el puerto {port}, pero lo que contesta ahí es {answered}, no {intended}: ese puerto es de otro servicio.",
                ),
                when(
                    &["answered_sending"],
                    "SMTP es el protocolo para enviar correo: ese puerto es de un servidor saliente.",
                ),
                when(
                    &["answered_receiving"],
                    "{answered} es un protocolo para recibir correo: ese puerto es de un servidor entrante.",
                ),
                when(
                    &["swapped", "other_role"],
                    "El {other_role} recibió la respuesta que espera este, así que los datos de los dos servidores parecen intercambiados.",
                ),
                unless(
                    &["swapped"],
                    "Lo más habitual es que se hayan mezclado los datos de entrada y de salida, o que se copiara el puerto de la línea equivocada de las instrucciones del proveedor.",
                ),
            ],
            fix: &[
                when(
                    &["swapped"],
                    "Intercambia los datos del servidor entrante y del saliente: nombre del servidor, puerto y seguridad.",
                ),
                line(
                    "Para {intended}, los puertos habituales son {standard_ports}: usa el que indique el proveedor.",
                ),
                when(
                    &["imap"],
                    "Si querías usar IMAP, elige IMAP como tipo de cuenta en el programa de correo (puerto 993 con SSL/TLS o 143 con STARTTLS) en lugar de POP3.",
                ),
                line("La página de configuración del proveedor es {help_url}."),
            ],
        },
    ),
    (
        ServerNotResponding,
        Text {
            title: "{host} acepta la conexión en el puerto {port} pero no contesta",
            explanation: &[
                unless(
                    &["stopped_at", "tls_handshake"],
                    "La conexión con {host} en el puerto {port} se abrió, pero el servidor no envió ni un byte: no llegó ningún saludo antes del tiempo límite.",
                ),
                when(
                    &["tls_handshake"],
                    "La conexión con {host} en el puerto {port} se abrió, pero el servidor nunca contestó a la petición de empezar el cifrado (SSL/TLS).",
                ),
                when(
                    &["stopped_at"],
                    "El servidor contestó al principio y luego dejó de contestar en el paso de {stopped_at}, sin enviar nada más antes del tiempo límite.",
                ),
                line(
                    "Algo acepta la conexión sin pasarla al servidor: el «escudo de correo» de un antivirus o un cortafuegos, un proxy, un servidor saturado o un servicio que espera a que hable primero el otro lado.",
                ),
            ],
            fix: &[
                line("Vuelve a probar dentro de unos minutos."),
                line(
                    "Prueba desde otra red, por ejemplo la zona wifi del móvil: si allí funciona, el antivirus, el cortafuegos o la red de aquí están en medio.",
                ),
                line(
                    "Desactiva un momento el análisis del correo del antivirus y vuelve a probar.",
                ),
                line("Comprueba el puerto y la seguridad con las instrucciones del proveedor."),
                line("La página de configuración del proveedor es {help_url}."),
            ],
        },
    ),
    (
        NotAMailServer,
        Text {
            title: "Lo que contesta en el puerto {port} de {host} no es un servidor de correo",
            explanation: &[
                line(
                    "El servidor {host} contestó en el puerto {port} con datos que no son ningún protocolo de correo (datos binarios, sin líneas de texto).",
                ),
                line("Empezaba así: «{peer_bytes}»."),
                line(
                    "El nombre y el puerto llevan a otra cosa: otro servicio, un aparato o una página de acceso de la red.",
                ),
            ],
            fix: &[
                line(
                    "Compara el nombre del servidor y el puerto, letra a letra, con las instrucciones del proveedor.",
                ),
                line("{provider} indica el nombre de servidor {documented_host}."),
                line(
                    "Si estás en la red de un hotel, un aeropuerto o una red de invitados, abre antes una página web: puede que te pida identificarte antes de que funcione nada.",
                ),
                line("La página de configuración del proveedor es {help_url}."),
            ],
        },
    ),
    (
        ConnectionClosedByServer,
        Text {
            title: "{host} cerró la conexión sin decir por qué",
            explanation: &[
                when(
                    &["at_once"],
                    "El servidor {host} aceptó la conexión en el puerto {port} y la cerró enseguida, antes de decir nada.",
                ),
                when(
                    &["during_tls"],
                    "El servidor {host} cerró la conexión en el puerto {port} mientras se preparaba el cifrado (SSL/TLS). O ese puerto no usa SSL/TLS, o el servidor solo habla versiones antiguas.",
                ),
                when_unless(
                    &["closed_at"],
                    &["at_once", "during_tls"],
                    "El servidor {host} cerró la conexión a mitad de la sesión, en el paso de {closed_at}, sin una respuesta que lo explique.",
                ),
                line(
                    "Los servidores hacen esto cuando una dirección o una cuenta abre demasiadas conexiones, después de varios inicios de sesión fallidos (la dirección queda bloqueada un tiempo), o cuando un antivirus o un proxy corta la sesión.",
                ),
            ],
            fix: &[
                line("Espera unos minutos y prueba una vez más."),
                line(
                    "Cierra los demás programas y dispositivos que usan esta cuenta y vuelve a probar.",
                ),
                line("Prueba desde otra red, por ejemplo la zona wifi del móvil."),
                when(
                    &["during_tls"],
                    "Revisa la seguridad: puede que el puerto {port} necesite STARTTLS o ningún cifrado en lugar de SSL/TLS.",
                ),
                line("Si sigue pasando, pregunta al proveedor si tu dirección está bloqueada."),
            ],
        },
    ),
    (
        ServerReplyInvalid,
        Text {
            title: "{host} envió una respuesta que no cumple el protocolo de correo",
            explanation: &[
                unless(
                    &["bad_at"],
                    "El servidor {host} en el puerto {port} contestó con algo que el protocolo de correo no permite.",
                ),
                when(
                    &["bad_at"],
                    "En el paso de {bad_at}, el servidor {host} en el puerto {port} contestó con algo que el protocolo de correo no permite.",
                ),
                when(
                    &["too_long"],
                    "La respuesta era muchísimo más larga que las de cualquier servidor de correo.",
                ),
                when(
                    &["incomplete"],
                    "Llegaron datos, pero nunca una respuesta completa.",
                ),
                line("Dijo: «{peer_bytes}»."),
                line(
                    "El servidor, o algo entre este equipo y el servidor, está estropeado o no es el servicio esperado.",
                ),
            ],
            fix: &[
                line(
                    "Comprueba el nombre del servidor, el puerto y la seguridad con las instrucciones del proveedor.",
                ),
                line(
                    "Prueba desde otra red, para descartar un antivirus o un proxy que altere el tráfico.",
                ),
                line(
                    "Si los datos son correctos, envía al proveedor la transcripción de esta comprobación (el informe Markdown o la salida de mailtriage check --json).",
                ),
            ],
        },
    ),
    (
        ServerBusy,
        Text {
            title: "El servidor {host} rechazó la conexión",
            explanation: &[
                line(
                    "El {role} {host} respondió, pero se negó a atender esta conexión antes de iniciar sesión: está sobrecargado, reiniciándose por mantenimiento o solo admite unas pocas conexiones desde una misma dirección o cuenta.",
                ),
                line("Por lo que se ve, ni la configuración ni la contraseña tienen la culpa."),
                when(&["reply"], "El servidor dijo: «{reply}»."),
            ],
            fix: &[
                line("Espera unos minutos y vuelve a comprobar el correo."),
                line(
                    "Cierra el programa de correo en los otros ordenadores y móviles que usan esta cuenta, y haz que los demás busquen correo con menos frecuencia.",
                ),
                line(
                    "Si dura más de una hora, pregunta al proveedor si el servidor tiene algún problema.",
                ),
            ],
        },
    ),
    (
        PreauthSession,
        Text {
            title: "El servidor dejó entrar la conexión sin contraseña",
            explanation: &[
                line(
                    "El {role} {host} dio esta conexión por iniciada desde su primera línea (IMAP PREAUTH), así que nunca pidió la contraseña y esta no se ha probado.",
                ),
                line(
                    "Los servidores lo hacen a propósito con conexiones de confianza, como las de su propia red; un programa de correo desde otro sitio seguirá teniendo que iniciar sesión.",
                ),
            ],
            fix: &[
                line("No hay nada que arreglar si esta configuración es la prevista."),
                line(
                    "Para probar la contraseña, ejecuta la comprobación desde la red que de verdad usa el programa de correo.",
                ),
            ],
        },
    ),
    (
        LoginNotTested,
        Text {
            title: "No se probó el inicio de sesión en {host}",
            explanation: &[
                when(
                    &["password_given", "no_user"],
                    "Diste una contraseña pero ningún usuario, así que se saltó el inicio de sesión.",
                ),
                when_unless(
                    &["no_password"],
                    &["no_user"],
                    "No diste ninguna contraseña, así que se saltó el inicio de sesión.",
                ),
                when_unless(
                    &["no_user"],
                    &["password_given"],
                    "No diste ni usuario ni contraseña, así que se saltó el inicio de sesión.",
                ),
                line(
                    "La conexión con el {role} funciona, pero todavía no se sabe si la cuenta puede iniciar sesión.",
                ),
            ],
            fix: &[
                line(
                    "Indica el usuario (con --user) y la contraseña (se te pedirá, o con --password-env) y vuelve a hacer la comprobación.",
                ),
                line(
                    "El usuario suele ser la dirección de correo completa; las instrucciones del proveedor dicen cuál.",
                ),
            ],
        },
    ),
    (
        UnexplainedFailure,
        Text {
            title: "Falló el paso de {step}; la causa no es segura",
            explanation: &[
                line(
                    "Falló el paso de {step} con el {role}, y ninguna de las causas conocidas encaja con lo que pasó.",
                ),
                when(&["reply"], "El servidor contestó: «{reply}»."),
                when(
                    &["timeout"],
                    "El servidor no contestó antes del tiempo límite.",
                ),
                when(&["closed"], "El servidor cerró la conexión."),
                when(&["reset"], "La conexión se cortó de golpe (reset)."),
                when(
                    &["tls_failed"],
                    "No se pudo establecer la conexión cifrada (SSL/TLS).",
                ),
                when(
                    &["declined"],
                    "mailtriage no hizo este paso, para proteger la contraseña.",
                ),
                when(
                    &["apop_refused"],
                    "El servidor rechazó el inicio de sesión APOP. También ofrece otras formas de iniciar sesión, y APOP suele necesitar un secreto aparte en el servidor, así que esto no demuestra que la contraseña esté mal.",
                ),
                when(&["detail"], "En términos técnicos: «{detail}»."),
            ],
            fix: &[
                line(
                    "Comprueba el nombre del servidor, el puerto y la seguridad con las instrucciones del proveedor.",
                ),
                when(
                    &["apop_refused"],
                    "Entra en el correo web con la misma contraseña: si funciona, la contraseña es correcta y el problema es APOP en el servidor.",
                ),
                line("Vuelve a probar dentro de unos minutos y, si puedes, desde otra red."),
                line(
                    "Si sigue fallando, envía al proveedor la transcripción de esta comprobación (el informe Markdown o la salida de mailtriage check --json).",
                ),
            ],
        },
    ),
];
