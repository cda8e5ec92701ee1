//! The dashboard's own words (labels, titles, notices), read from the text catalogue's
//! `dashboard` section (`tui-…` keys) once per language.
//!
//! Finding texts come from diagnosis and guided-mode texts from [`crate::tui::guide`]; this file
//! holds only the chrome around them. Nothing here names a language: a language the catalogue
//! registers is a language the dashboard speaks.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use mailtriage_core::i18n;

use crate::account::{Protocol, Security};
use crate::finding::{Lang, Severity};
use crate::model::{Panel, StepKind, StepStatus};
use crate::tui::guide::Mark;

/// The text of a catalogue message without variables, for as long as the program runs.
///
/// Messages without variables are formatted once per language by the catalogue, so this is a
/// map read; a text the catalogue has to format each time (a missing translation falling back to
/// English) is kept here the first time, so a frame never allocates it again.
pub fn fixed(lang: Lang, key: &'static str) -> &'static str {
    match i18n::text(lang, key) {
        Cow::Borrowed(text) => text,
        Cow::Owned(text) => {
            static KEPT: OnceLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> =
                OnceLock::new();
            let mut kept = KEPT
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            kept.entry((lang, key))
                .or_insert_with(|| Box::leak(text.into_boxed_str()))
        }
    }
}

macro_rules! words {
    ($( $(#[$doc:meta])* $field:ident => $key:literal, )*) => {
        /// Every fixed label the dashboard shows, in one language.
        pub struct Words {
            $( $(#[$doc])* pub $field: &'static str, )*
        }

        impl Words {
            /// The catalogue keys the fields are read from.
            pub const KEYS: &'static [&'static str] = &[$($key),*];

            fn load(lang: Lang) -> Words {
                Words { $( $field: fixed(lang, $key), )* }
            }
        }
    };
}

words! {
    app_title => "tui-app-title",
    network => "tui-network",
    incoming => "tui-incoming",
    /// The incoming panel when it speaks IMAP.
    incoming_imap => "tui-incoming-imap",
    outgoing => "tui-outgoing",
    pending => "tui-pending",
    running => "tui-running",
    ok => "tui-ok",
    warn => "tui-warn",
    failed => "tui-failed",
    skipped => "tui-skipped",
    error => "tui-error",
    info => "tui-info",
    not_configured => "tui-not-configured",
    not_run_yet => "tui-not-run-yet",
    last_run => "tui-last-run",
    latency => "tui-latency",
    earlier_login => "tui-earlier-login",
    /// Under a panel whose connection passed but whose login has not run with these settings.
    login_unchecked => "tui-login-unchecked",
    transcript => "tui-transcript",
    transcript_empty => "tui-transcript-empty",
    hints_all => "tui-hints-all",
    hints_focused => "tui-hints-focused",
    hints_waiting => "tui-hints-waiting",
    /// No hint in view although a step in view failed: its cause is on another panel's hint.
    hints_failed_elsewhere => "tui-hints-failed-elsewhere",
    hints_none => "tui-hints-none",
    /// Before a setting the engine found to work where the configured one failed to connect.
    works_instead => "tui-works-instead",
    every => "tui-every",
    paused => "tui-paused",
    probing_full => "tui-probing-full",
    probing_connection => "tui-probing-connection",
    login_held => "tui-login-held",
    login_held_short => "tui-login-held-short",
    setup_title => "tui-setup-title",
    editor_title => "tui-editor-title",
    editor_intro => "tui-editor-intro",
    host => "tui-host",
    port => "tui-port",
    security => "tui-security",
    user => "tui-user",
    password => "tui-password",
    empty_side => "tui-empty-side",
    no_server => "tui-no-server",
    picker_title => "tui-picker-title",
    picker_filter => "tui-picker-filter",
    picker_none => "tui-picker-none",
    help_title => "tui-help-title",
    help_typing => "tui-help-typing",
    guided_title => "tui-guided-title",
    guided_say => "tui-guided-say",
    guided_found => "tui-guided-found",
    guided_step => "tui-guided-step",
    scan_title => "tui-scan-title",
    scan_running => "tui-scan-running",
    scan_pick => "tui-scan-pick",
    scan_needs_mail_panel => "tui-scan-needs-mail-panel",
    /// Under the scan list while a setting without encryption is selected.
    scan_unencrypted => "tui-scan-unencrypted",
    /// After a setting without encryption was applied from the scan.
    scan_unencrypted_applied => "tui-scan-unencrypted-applied",
    report_saved => "tui-report-saved",
    report_failed => "tui-report-failed",
    nothing_to_save => "tui-nothing-to-save",
    mark_pass => "tui-mark-pass",
    mark_warn => "tui-mark-warn",
    mark_fail => "tui-mark-fail",
    mark_unknown => "tui-mark-unknown",
    too_small => "tui-too-small",
    no_security => "tui-no-security",
}

/// The words of a language, read from the catalogue the first time the language is shown.
pub fn words(lang: Lang) -> &'static Words {
    static LOADED: OnceLock<Vec<OnceLock<Words>>> = OnceLock::new();
    let cells = LOADED.get_or_init(|| i18n::LOCALES.iter().map(|_| OnceLock::new()).collect());
    let index = i18n::LOCALES
        .iter()
        .position(|l| l.lang == lang)
        .unwrap_or(0);
    cells[index].get_or_init(|| Words::load(lang))
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

/// A step's name in a panel row or the summary: short, as the panel's column has room for.
pub fn step_name(lang: Lang, step: StepKind) -> &'static str {
    let key = match step {
        StepKind::Dns => "tui-step-dns",
        StepKind::Tcp => "tui-step-tcp",
        StepKind::Tls => "tui-step-tls",
        StepKind::Greeting => "tui-step-greeting",
        StepKind::Capa => "tui-step-capa",
        StepKind::Stls => "tui-step-stls",
        StepKind::Ehlo => "tui-step-ehlo",
        StepKind::Starttls => "tui-step-starttls",
        StepKind::Login => "tui-step-login",
        StepKind::Stat => "tui-step-stat",
        StepKind::Uidl => "tui-step-uidl",
        StepKind::MailFrom => "tui-step-mail-from",
        StepKind::RcptTo => "tui-step-rcpt-to",
        StepKind::Rset => "tui-step-rset",
        StepKind::Quit => "tui-step-quit",
        StepKind::Route => "tui-step-route",
        StepKind::Proxy => "tui-step-proxy",
        StepKind::Resolver => "tui-step-resolver",
        StepKind::Reach => "tui-step-reach",
        StepKind::Clock => "tui-step-clock",
        StepKind::Mx => "tui-step-mx",
        StepKind::Spf => "tui-step-spf",
        StepKind::Dmarc => "tui-step-dmarc",
        StepKind::Dkim => "tui-step-dkim",
        StepKind::Dnsbl => "tui-step-dnsbl",
    };
    fixed(lang, key)
}
