//! The dashboard's own words (labels, titles, notices) in English and Spanish.
//!
//! Finding texts come from diagnosis and guided-mode texts from [`crate::tui::guide`]; this file
//! holds only the chrome around them.

use crate::account::{Protocol, Security};
use crate::finding::{Lang, Severity};
use crate::model::{Panel, StepStatus};
use crate::tui::guide::Mark;

/// Every fixed label the dashboard shows, in one language.
pub struct Words {
    pub app_title: &'static str,
    pub network: &'static str,
    pub incoming: &'static str,
    /// The incoming panel when it speaks IMAP.
    pub incoming_imap: &'static str,
    pub outgoing: &'static str,
    pub pending: &'static str,
    pub running: &'static str,
    pub ok: &'static str,
    pub warn: &'static str,
    pub failed: &'static str,
    pub skipped: &'static str,
    pub error: &'static str,
    pub info: &'static str,
    pub not_configured: &'static str,
    pub not_run_yet: &'static str,
    pub last_run: &'static str,
    pub latency: &'static str,
    pub earlier_login: &'static str,
    /// Under a panel whose connection passed but whose login has not run with these settings.
    pub login_unchecked: &'static str,
    pub transcript: &'static str,
    pub transcript_empty: &'static str,
    pub hints_all: &'static str,
    pub hints_focused: &'static str,
    pub hints_waiting: &'static str,
    /// No hint in view although a step in view failed: its cause is on another panel's hint.
    pub hints_failed_elsewhere: &'static str,
    pub hints_none: &'static str,
    /// Before a setting the engine found to work where the configured one failed to connect.
    pub works_instead: &'static str,
    pub every: &'static str,
    pub paused: &'static str,
    pub probing_full: &'static str,
    pub probing_connection: &'static str,
    pub login_held: &'static str,
    pub login_held_short: &'static str,
    pub setup_title: &'static str,
    pub editor_title: &'static str,
    pub editor_intro: &'static str,
    pub host: &'static str,
    pub port: &'static str,
    pub security: &'static str,
    pub user: &'static str,
    pub password: &'static str,
    pub empty_side: &'static str,
    pub bad_port: &'static str,
    pub no_server: &'static str,
    pub picker_title: &'static str,
    pub picker_filter: &'static str,
    pub picker_none: &'static str,
    pub help_title: &'static str,
    pub help_typing: &'static str,
    pub guided_title: &'static str,
    pub guided_say: &'static str,
    pub guided_found: &'static str,
    pub guided_step: &'static str,
    pub scan_title: &'static str,
    pub scan_running: &'static str,
    pub scan_pick: &'static str,
    pub scan_needs_mail_panel: &'static str,
    /// Under the scan list while a setting without encryption is selected.
    pub scan_unencrypted: &'static str,
    /// After a setting without encryption was applied from the scan.
    pub scan_unencrypted_applied: &'static str,
    pub report_saved: &'static str,
    pub report_failed: &'static str,
    pub nothing_to_save: &'static str,
    pub mark_pass: &'static str,
    pub mark_warn: &'static str,
    pub mark_fail: &'static str,
    pub mark_unknown: &'static str,
    pub too_small: &'static str,
    pub no_security: &'static str,
}

pub const EN: Words = Words {
    app_title: "mailtriage",
    network: "Network",
    incoming: "Incoming (POP3)",
    incoming_imap: "Incoming (IMAP)",
    outgoing: "Outgoing (SMTP)",
    pending: "pending",
    running: "running",
    ok: "ok",
    warn: "warn",
    failed: "failed",
    skipped: "skipped",
    error: "error",
    info: "info",
    not_configured: "no server set: press e to enter one",
    not_run_yet: "not probed yet",
    last_run: "last run",
    latency: "connect ms",
    earlier_login: "from the last login check",
    login_unchecked: "login not checked with these settings yet: r checks it",
    transcript: "Transcript",
    transcript_empty: "Nothing exchanged yet.",
    hints_all: "Hints (all panels)",
    hints_focused: "Hints (this panel)",
    hints_waiting: "Waiting for the checks to finish.",
    hints_failed_elsewhere: "A step failed here: its cause is named among the hints of all panels.",
    hints_none: "No problems found.",
    works_instead: "Works instead",
    every: "every",
    paused: "paused",
    probing_full: "checking login",
    probing_connection: "checking connection",
    login_held: "login failed with these credentials: not retried on its own (r retries)",
    login_held_short: "login held: r retries",
    setup_title: "Set up the account to check",
    editor_title: "Account settings",
    editor_intro: "Leave a host empty to skip that side. The password is kept in memory only.",
    host: "host",
    port: "port",
    security: "security",
    user: "user",
    password: "password",
    empty_side: "(not checked)",
    bad_port: "port must be a number from 1 to 65535",
    no_server: "enter at least one server",
    picker_title: "Pick a provider",
    picker_filter: "filter",
    picker_none: "No provider matches.",
    help_title: "Keys",
    help_typing: "other keys type into the field",
    guided_title: "Guided check",
    guided_say: "Say to the person",
    guided_found: "What the checks found",
    guided_step: "step",
    scan_title: "Port scan",
    scan_running: "Trying the usual ports and security modes...",
    scan_pick: "Enter uses the selected port and security.",
    scan_needs_mail_panel: "Select the incoming or outgoing panel to scan its server.",
    scan_unencrypted: "This setting has no encryption: do not use it with a password.",
    scan_unencrypted_applied: "Now without encryption: the password and the mail travel unprotected. Do not use it with a password.",
    report_saved: "Report saved (Markdown to read, JSON for tools):",
    report_failed: "Could not save the report",
    nothing_to_save: "Nothing to save yet: no account is set.",
    mark_pass: "confirmed",
    mark_warn: "check",
    mark_fail: "problem",
    mark_unknown: "not checked",
    too_small: "Terminal too small: make it at least 60x16.",
    no_security: "none",
};

pub const ES: Words = Words {
    app_title: "mailtriage",
    network: "Red",
    incoming: "Entrada (POP3)",
    incoming_imap: "Entrada (IMAP)",
    outgoing: "Salida (SMTP)",
    pending: "pendiente",
    running: "en curso",
    ok: "bien",
    warn: "aviso",
    failed: "falla",
    skipped: "omitido",
    error: "error",
    info: "nota",
    not_configured: "sin servidor: pulse e para indicarlo",
    not_run_yet: "aún sin comprobar",
    last_run: "última vez",
    latency: "ms conexión",
    earlier_login: "del último intento de acceso",
    login_unchecked: "acceso aún sin comprobar con estos datos: r lo comprueba",
    transcript: "Diálogo",
    transcript_empty: "Todavía no hubo intercambio.",
    hints_all: "Consejos (todos)",
    hints_focused: "Consejos (este panel)",
    hints_waiting: "Esperando a que terminen las comprobaciones.",
    hints_failed_elsewhere: "Falló un paso aquí: su causa aparece en los consejos de todos los paneles.",
    hints_none: "No se encontraron problemas.",
    works_instead: "Funciona en su lugar",
    every: "cada",
    paused: "en pausa",
    probing_full: "comprobando acceso",
    probing_connection: "comprobando conexión",
    login_held: "el acceso falló con estos datos: no se reintenta solo (r reintenta)",
    login_held_short: "acceso retenido: r reintenta",
    setup_title: "Configure la cuenta a comprobar",
    editor_title: "Datos de la cuenta",
    editor_intro: "Deja un servidor vacío para no comprobar ese lado. La contraseña solo se guarda en memoria.",
    host: "servidor",
    port: "puerto",
    security: "seguridad",
    user: "usuario",
    password: "contraseña",
    empty_side: "(no se comprueba)",
    bad_port: "el puerto debe ser un número de 1 a 65535",
    no_server: "indica al menos un servidor",
    picker_title: "Elija un proveedor",
    picker_filter: "filtro",
    picker_none: "Ningún proveedor coincide.",
    help_title: "Teclas",
    help_typing: "las demás teclas escriben en el campo",
    guided_title: "Comprobación guiada",
    guided_say: "Dile a la persona",
    guided_found: "Lo que encontraron las pruebas",
    guided_step: "paso",
    scan_title: "Búsqueda de puertos",
    scan_running: "Probando los puertos y modos de seguridad habituales...",
    scan_pick: "Intro usa el puerto y la seguridad elegidos.",
    scan_needs_mail_panel: "Elige el panel de entrada o de salida para buscar puertos.",
    scan_unencrypted: "Este ajuste no tiene cifrado: no lo uses con contraseña.",
    scan_unencrypted_applied: "Ahora sin cifrado: la contraseña y el correo viajan sin protección. No lo uses con contraseña.",
    report_saved: "Informe guardado (Markdown para leer, JSON para programas):",
    report_failed: "No se pudo guardar el informe",
    nothing_to_save: "Nada que guardar: no hay cuenta configurada.",
    mark_pass: "confirmado",
    mark_warn: "revisar",
    mark_fail: "problema",
    mark_unknown: "sin comprobar",
    too_small: "Terminal demasiado pequeño: al menos 60x16.",
    no_security: "ninguna",
};

/// The words of a language.
pub fn words(lang: Lang) -> &'static Words {
    // Portuguese: English until this text moves to the locale files.
    match lang {
        Lang::En | Lang::Pt => &EN,
        Lang::Es => &ES,
    }
}

impl Words {
    pub fn status(&self, status: StepStatus) -> &'static str {
        match status {
            StepStatus::Pending => self.pending,
            StepStatus::Running => self.running,
            StepStatus::Ok => self.ok,
            StepStatus::Warn => self.warn,
            StepStatus::Failed => self.failed,
            StepStatus::Skipped => self.skipped,
        }
    }

    /// A panel's name, the incoming one named for the protocol it speaks.
    pub fn panel_speaking(&self, panel: Panel, incoming: Protocol) -> &'static str {
        match (panel, incoming) {
            (Panel::Incoming, Protocol::Imap) | (Panel::ImapBeside, _) => self.incoming_imap,
            _ => self.panel(panel),
        }
    }

    pub fn panel(&self, panel: Panel) -> &'static str {
        match panel {
            Panel::Network => self.network,
            Panel::Incoming => self.incoming,
            Panel::ImapBeside => self.incoming_imap,
            Panel::Outgoing => self.outgoing,
        }
    }

    pub fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => self.error,
            Severity::Warn => self.warn,
            Severity::Info => self.info,
        }
    }

    pub fn mark(&self, mark: Mark) -> &'static str {
        match mark {
            Mark::Pass => self.mark_pass,
            Mark::Warn => self.mark_warn,
            Mark::Fail => self.mark_fail,
            Mark::Unknown => self.mark_unknown,
        }
    }

    /// How a security mode is named to people.
    pub fn security_name(&self, security: Security) -> &'static str {
        match security {
            Security::Tls => "SSL/TLS",
            Security::Starttls => "STARTTLS",
            Security::None => self.no_security,
        }
    }
}
