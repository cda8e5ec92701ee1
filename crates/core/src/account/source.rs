//! Where an account's servers come from, by precedence: explicit `--pop3`/`--imap`/`--smtp`
//! options, then a preset (`--preset`, or the provider of the `--email` domain; the user's own
//! preset files before the built-in ones), then for a domain no preset knows: the preset of the
//! provider its MX records point to, Thunderbird's provider database (ISPDB) entry for the domain
//! or for its MX host's domain, its SRV records, its autoconfig file; then a saved profile. A
//! source may name a POP3 and an IMAP server; [`Request::incoming`]
//! (`--incoming`) says which of them is checked. The [`AccountSource`] records which source gave
//! what, for the report and for comparing the configured servers with the provider's.

use std::str::FromStr;

use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use crate::account::choose::{Pick, choose};
use crate::account::guessed::{GuessPicks, answered_words};
use crate::account::profile::Profile;
use crate::account::{Endpoint, Protocol, Security};
use crate::discovery::Discovery;
use crate::i18n;
use crate::ispdb::{Ispdb, IspdbFound, IspdbSettings};
use crate::model::Said;
use crate::preset::{Note, Preset, Presets, UsernameForm};
use crate::said;
use crate::settings::Lang;

/// The servers and names an account starts from before explicit options apply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BaseAccount {
    /// The incoming server, spoken to in [`BaseAccount::incoming_protocol`].
    pub incoming: Option<Endpoint>,
    /// POP3, unless the source's IMAP server was chosen as the only incoming one.
    pub incoming_protocol: Protocol,
    /// An IMAP server to check beside the POP3 one (`--incoming both`, or a profile that saved
    /// both).
    pub imap_beside: Option<Endpoint>,
    pub outgoing: Option<Endpoint>,
    pub user: Option<String>,
    /// The outgoing server's own user name (from a saved profile).
    pub smtp_user: Option<String>,
    pub from: Option<String>,
    /// Id of the preset used, if any.
    pub preset: Option<String>,
    /// Where the settings came from; `None` when neither an e-mail address nor a preset was
    /// given.
    pub source: Option<AccountSource>,
}

/// What the person asked for.
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    pub profile: Option<&'a Profile>,
    pub preset: Option<&'a str>,
    pub email: Option<&'a str>,
    /// Security asked for explicitly, used to pick among a preset's servers.
    pub pop3_security: Option<Security>,
    pub imap_security: Option<Security>,
    pub smtp_security: Option<Security>,
    /// Which of the source's incoming servers to check (`--incoming`); `None`: its POP3 server
    /// when it has one, else its IMAP server (a profile: what it saved).
    pub incoming: Option<IncomingChoice>,
}

/// Which incoming protocol to check when the servers come from a preset, an address or a
/// profile (`--incoming`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IncomingChoice {
    /// The POP3 server only.
    Pop3,
    /// The IMAP server only.
    Imap,
    /// Both: POP3 as the incoming server, IMAP checked beside it.
    Both,
}

impl IncomingChoice {
    pub fn as_str(self) -> &'static str {
        match self {
            IncomingChoice::Pop3 => "pop3",
            IncomingChoice::Imap => "imap",
            IncomingChoice::Both => "both",
        }
    }

    /// True when the choice includes checking POP3.
    pub fn wants_pop3(self) -> bool {
        matches!(self, IncomingChoice::Pop3 | IncomingChoice::Both)
    }

    /// True when the choice includes checking IMAP.
    pub fn wants_imap(self) -> bool {
        matches!(self, IncomingChoice::Imap | IncomingChoice::Both)
    }
}

impl FromStr for IncomingChoice {
    type Err = crate::model::Said;
    fn from_str(s: &str) -> Result<Self, crate::model::Said> {
        match s.trim().to_ascii_lowercase().as_str() {
            "pop3" | "pop" => Ok(IncomingChoice::Pop3),
            "imap" => Ok(IncomingChoice::Imap),
            "both" => Ok(IncomingChoice::Both),
            other => Err(crate::said!("value-unknown-incoming", value = other)),
        }
    }
}

/// Which incoming protocols the account's provider offers, as its best source says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Offers {
    pub pop3: bool,
    pub imap: bool,
}

/// Where a setting came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// The command-line options (`--pop3`, `--smtp`).
    Options,
    /// A saved profile.
    Profile,
    /// A preset named with `--preset`, or the one of the e-mail address's domain.
    Preset,
    /// The preset of the provider the domain's MX records point to.
    Mx,
    /// Thunderbird's provider database (ISPDB) entry for the e-mail domain or for the domain
    /// of its MX host.
    Ispdb,
    /// The domain's SRV records (RFC 6186).
    Srv,
    /// The domain's autoconfig file.
    Autoconfig,
    /// A guess: one of the domain's usual names answered on a standard port (see
    /// [`crate::guess`]).
    Guess,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Options => "options",
            Origin::Profile => "profile",
            Origin::Preset => "preset",
            Origin::Mx => "mx",
            Origin::Ispdb => "ispdb",
            Origin::Srv => "srv",
            Origin::Autoconfig => "autoconfig",
            Origin::Guess => "guess",
        }
    }
}

/// How the account's provider was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderMatch {
    /// Named with `--preset`.
    Named,
    /// By the e-mail address's domain.
    Domain,
    /// By the domain's MX records.
    Mx,
}

/// What a preset says about a provider, kept with the account so comparisons need no preset
/// look-ups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProviderFacts {
    pub id: String,
    pub name: String,
    pub found_by: ProviderMatch,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    pub username_form: UsernameForm,
    /// The provider's help page for these settings.
    pub help_url: String,
    /// Every POP3, IMAP and SMTP host name the preset documents.
    #[serde(skip)]
    pub server_hosts: Vec<String>,
    /// Endings of names that are the provider's (its MX suffixes and e-mail domains).
    #[serde(skip)]
    pub name_suffixes: Vec<String>,
}

impl ProviderFacts {
    pub fn of(preset: &Preset, found_by: ProviderMatch) -> ProviderFacts {
        ProviderFacts {
            id: preset.id.clone(),
            name: preset.name.clone(),
            found_by,
            notes: preset.notes.clone(),
            username_form: preset.username,
            help_url: preset.help_url.clone(),
            server_hosts: preset
                .server_hosts()
                .into_iter()
                .map(str::to_string)
                .collect(),
            name_suffixes: preset
                .mx_suffixes
                .iter()
                .chain(&preset.domains)
                .cloned()
                .collect(),
        }
    }

    pub fn has(&self, note: Note) -> bool {
        self.notes.contains(&note)
    }

    /// True when `host` is one of the provider's servers, or a name under one of its MX suffixes
    /// or domains (regional servers such as `pop.zoho.eu`).
    pub fn owns_host(&self, host: &str) -> bool {
        let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
        self.server_hosts.contains(&host)
            || self.name_suffixes.iter().any(|suffix| {
                host == *suffix
                    || host
                        .strip_suffix(suffix.as_str())
                        .is_some_and(|rest| rest.ends_with('.'))
            })
    }
}

/// A server a source documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundServer {
    pub from: Origin,
    pub host: String,
    pub port: u16,
    pub security: Security,
}

/// Where an account's settings came from, and what the e-mail domain publishes about its mail.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AccountSource {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Where the configured incoming server came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoming_from: Option<Origin>,
    /// Where the configured IMAP server came from: the incoming server when it is spoken to in
    /// IMAP, or the one checked beside the POP3 server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imap_from: Option<Origin>,
    /// Where the configured outgoing server came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgoing_from: Option<Origin>,
    /// The account's provider, from a preset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<ProviderFacts>,
    /// The domain's MX hosts, most preferred first (empty when not looked up).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mx: Vec<String>,
    /// The provider the MX records point to, when a preset knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mx_provider: Option<ProviderFacts>,
    /// The POP3 incoming server the best source documents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_incoming: Option<FoundServer>,
    /// The IMAP server the best source documents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_imap: Option<FoundServer>,
    /// Which incoming protocols the provider offers, as the preset or the published settings
    /// say (not known for a profile or for servers given by hand).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offers: Option<Offers>,
    /// An IMAP server is checked beside the POP3 one.
    #[serde(skip)]
    pub imap_beside: bool,
    /// The outgoing server the best source documents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_outgoing: Option<FoundServer>,
    /// The source that says the provider has no POP3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pop3_not_offered_by: Option<Origin>,
    /// The user name form the provider expects, and its source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username_form: Option<UsernameForm>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username_from: Option<Origin>,
    /// The source that says only OAuth2 sign-in works.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth2_only_by: Option<Origin>,
    /// The ISPDB domain whose entry gave settings: the e-mail domain, or the domain of one of
    /// its MX hosts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ispdb_domain: Option<String>,
    /// The autoconfig file's address, when one was found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub autoconfig_url: Option<String>,
    /// The DNS said the e-mail domain does not exist.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub domain_missing: bool,
    /// What went wrong while looking, one line each (in the reader's language when shown).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<crate::model::Said>,
}

impl AccountSource {
    /// The user name the provider expects for the e-mail address, when both are known.
    pub fn expected_user(&self) -> Option<String> {
        Some(self.username_form?.user_for(self.email.as_deref()?))
    }

    /// Lines for the text report, in `lang`: where the servers came from and what was found.
    pub fn describe(&self, lang: Lang) -> Vec<String> {
        let text = |key: &str| i18n::text(lang, key).into_owned();
        let with = |key: &str, args: &[(&str, &str)]| {
            let args: Vec<(&str, FluentValue<'_>)> = args
                .iter()
                .map(|(name, value)| (*name, FluentValue::from(*value)))
                .collect();
            i18n::text_with(lang, key, &args)
        };
        let mut lines = Vec::new();
        let the_domain = text("report-source-the-domain");
        let domain = self.domain.as_deref().unwrap_or(&the_domain);
        let from = |origin: Option<Origin>, found: Option<(&FoundServer, Protocol)>| -> String {
            match origin {
                Some(Origin::Options) => text("report-source-options"),
                Some(Origin::Profile) => text("report-source-profile"),
                Some(Origin::Preset) => match &self.provider {
                    Some(p) => with("report-source-preset", &[("provider", &p.name)]),
                    None => text("report-source-a-preset"),
                },
                Some(Origin::Mx) => match (&self.mx_provider, self.mx.first()) {
                    (Some(p), Some(mx)) => with(
                        "report-source-mx-preset",
                        &[("provider", &p.name), ("domain", domain), ("mx", mx)],
                    ),
                    _ => text("report-source-mx-provider"),
                },
                Some(Origin::Ispdb) => with(
                    "report-source-ispdb",
                    &[("domain", self.ispdb_domain.as_deref().unwrap_or(domain))],
                ),
                Some(Origin::Srv) => with("report-source-srv", &[("domain", domain)]),
                Some(Origin::Autoconfig) => with(
                    "report-source-autoconfig",
                    &[("url", self.autoconfig_url.as_deref().unwrap_or_default())],
                ),
                Some(Origin::Guess) => match found {
                    Some((f, protocol)) => with(
                        "report-source-guess-found",
                        &[(
                            "answered",
                            &answered_words(&f.host, protocol, f.port, f.security, lang),
                        )],
                    ),
                    None => text("report-source-guess"),
                },
                None => text("report-source-nowhere"),
            }
        };
        if let Some(origin) = self.incoming_from {
            let incoming_is_imap = !self.imap_beside && self.imap_from.is_some();
            let found = if incoming_is_imap {
                self.found_imap.as_ref().map(|f| (f, Protocol::Imap))
            } else {
                self.found_incoming.as_ref().map(|f| (f, Protocol::Pop3))
            };
            lines.push(with(
                "report-source-incoming",
                &[("from", &from(Some(origin), found))],
            ));
        }
        let found_imap = || self.found_imap.as_ref().map(|f| (f, Protocol::Imap));
        match self.imap_from {
            Some(origin) if self.imap_beside => {
                lines.push(with(
                    "report-source-imap-beside",
                    &[("from", &from(Some(origin), found_imap()))],
                ));
            }
            Some(origin) if self.incoming_from.is_none() => {
                lines.push(with(
                    "report-source-imap",
                    &[("from", &from(Some(origin), found_imap()))],
                ));
            }
            _ => {}
        }
        if let Some(origin) = self.outgoing_from {
            let found = self.found_outgoing.as_ref().map(|f| (f, Protocol::Smtp));
            lines.push(with(
                "report-source-outgoing",
                &[("from", &from(Some(origin), found))],
            ));
        }
        if !self.mx.is_empty() && self.incoming_from != Some(Origin::Mx) {
            let mx = self.mx.join(", ");
            lines.push(match &self.mx_provider {
                Some(p) => with(
                    "report-source-mx-of-provider",
                    &[("domain", domain), ("mx", &mx), ("provider", &p.name)],
                ),
                None => with("report-source-mx-of", &[("domain", domain), ("mx", &mx)]),
            });
        }
        if self.domain_missing {
            lines.push(with("report-source-domain-missing", &[("domain", domain)]));
        }
        for problem in &self.problems {
            let problem = problem.render(lang);
            lines.push(with(
                "report-source-lookup-failed",
                &[("problem", &problem)],
            ));
        }
        lines
    }
}

/// The domain and address to run discovery for: an e-mail address whose domain no preset knows.
pub fn discovery_target(req: &Request<'_>, presets: &Presets) -> Option<(String, String)> {
    let email = req.email?.trim();
    let (_, domain) = email.rsplit_once('@')?;
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    if domain.is_empty() || presets.by_email_domain(email).is_some() {
        return None;
    }
    Some((domain, email.to_string()))
}

/// The one-line error when no source gave a server for `email`.
pub fn nothing_found(email: &str, source: Option<&AccountSource>) -> Said {
    nothing_found_after(email, source, None)
}

/// [`nothing_found`], after a guess that found no server: one paragraph saying what was looked
/// up, then `guessed`, the guess's sentence (the names and ports tried, and what to ask the
/// provider).
pub fn nothing_found_after(
    email: &str,
    source: Option<&AccountSource>,
    guessed: Option<Said>,
) -> Said {
    match source {
        Some(s) if s.domain_missing => said!(
            "source-domain-missing",
            domain = s.domain.as_deref().unwrap_or(email)
        ),
        Some(s) if s.domain.is_some() => {
            let domain = s.domain.as_deref().unwrap_or(email);
            let looked = match s.problems.first() {
                Some(problem) => said!(
                    "source-no-settings-failed",
                    domain = domain,
                    problem = problem.clone()
                ),
                None => said!("source-no-settings", domain = domain),
            };
            match guessed {
                Some(guessed) => said!("source-then-guessed", looked = looked, guessed = guessed),
                None => said!("source-give-servers", looked = looked),
            }
        }
        _ => said!("source-no-preset", email = email),
    }
}

/// The endpoint with the asked security: the standard port follows a changed security.
fn with_security(
    mut endpoint: Endpoint,
    protocol: Protocol,
    security: Option<Security>,
) -> Endpoint {
    if let Some(sec) = security.filter(|s| *s != endpoint.security) {
        endpoint.security = sec;
        endpoint.port = protocol.default_port(sec);
    }
    endpoint
}

/// The preset's server for a protocol: the one with the asked security, else its preferred one.
fn preset_endpoint(
    preset: &Preset,
    protocol: Protocol,
    security: Option<Security>,
) -> Option<Endpoint> {
    let servers = match protocol {
        Protocol::Pop3 => &preset.pop3,
        Protocol::Imap => &preset.imap,
        Protocol::Smtp => &preset.smtp,
    };
    let chosen = match security {
        Some(sec) => servers
            .iter()
            .find(|s| s.security == sec)
            .or(servers.first()),
        None => servers.first(),
    }?;
    Some(with_security(chosen.to_endpoint(), protocol, security))
}

/// Resolve the base account; errors are one line saying what to change.
pub fn base_account(req: &Request<'_>, presets: &Presets) -> Result<BaseAccount, String> {
    base_account_with(req, presets, None)
}

/// [`base_account`], with what discovery found for the e-mail domain (see
/// [`discovery_target`]). Discovery fills the servers only when no preset applies.
pub fn base_account_with(
    req: &Request<'_>,
    presets: &Presets,
    discovery: Option<&Discovery>,
) -> Result<BaseAccount, String> {
    base_account_guessing(req, presets, discovery, None)
}

/// [`base_account_with`], with what guessing picked: its servers fill only the sides no other
/// source gave a server for (see [`crate::guess`]).
pub fn base_account_guessing(
    req: &Request<'_>,
    presets: &Presets,
    discovery: Option<&Discovery>,
    guessed: Option<&GuessPicks>,
) -> Result<BaseAccount, String> {
    let mut base = BaseAccount::default();
    let mut source = AccountSource::default();
    // The sources' POP3 and IMAP servers; which of them is checked is decided at the end.
    let mut incoming = Incoming::default();
    if let Some(profile) = req.profile {
        let plan = profile.to_plan();
        let from_profile = |e: Option<Endpoint>| e.map(|e| (e, Origin::Profile));
        match plan.incoming_protocol {
            Protocol::Imap => incoming.imap = from_profile(plan.incoming),
            Protocol::Pop3 | Protocol::Smtp => incoming.pop3 = from_profile(plan.incoming),
        }
        if plan.imap_beside.is_some() {
            incoming.imap = from_profile(plan.imap_beside);
            incoming.both_by_default = true;
        }
        base.outgoing = plan.outgoing;
        base.user = plan.user;
        base.smtp_user = plan.smtp_user;
        base.from = plan.from;
        base.preset = profile.preset.clone();
        source.outgoing_from = base.outgoing.as_ref().map(|_| Origin::Profile);
    }
    let (preset, found_by) = match (req.preset, req.email) {
        (Some(name), _) => (
            Some(presets.get(name).ok_or_else(|| unknown_preset(name))?),
            ProviderMatch::Named,
        ),
        (None, Some(email)) => {
            if !email.contains('@') {
                return Err(format!("--email: '{email}' is not an e-mail address"));
            }
            (presets.by_email_domain(email), ProviderMatch::Domain)
        }
        (None, None) => (None, ProviderMatch::Named),
    };
    if let Some(email) = req.email {
        let email = email.trim();
        source.email = Some(email.to_string());
        source.domain = email
            .rsplit_once('@')
            .map(|(_, d)| d.trim_end_matches('.').to_ascii_lowercase());
    }
    let mx_preset = discovery.and_then(|d| record_discovery(&mut source, d, presets));
    if let Some(preset) = preset {
        let from_preset = |e: Option<Endpoint>| e.map(|e| (e, Origin::Preset));
        incoming = Incoming {
            pop3: from_preset(preset_endpoint(preset, Protocol::Pop3, req.pop3_security)),
            imap: from_preset(preset_endpoint(preset, Protocol::Imap, req.imap_security)),
            both_by_default: false,
        };
        base.outgoing = preset_endpoint(preset, Protocol::Smtp, req.smtp_security);
        base.preset = Some(preset.id.clone());
        source.outgoing_from = Some(Origin::Preset).filter(|_| base.outgoing.is_some());
        source.found_incoming = found(&incoming.pop3);
        source.found_imap = found(&incoming.imap);
        source.found_outgoing = found(&base.outgoing.clone().map(|e| (e, Origin::Preset)));
        source.offers = Some(Offers {
            pop3: !preset.pop3.is_empty(),
            imap: !preset.imap.is_empty(),
        });
        source.pop3_not_offered_by = preset.pop3.is_empty().then_some(Origin::Preset);
        source.username_form = Some(preset.username);
        source.username_from = Some(Origin::Preset);
        source.oauth2_only_by = preset.has(Note::Oauth2Only).then_some(Origin::Preset);
        source.provider = Some(ProviderFacts::of(preset, found_by));
        if let Some(email) = req.email {
            base.user = Some(preset.username.user_for(email));
        }
    } else if let Some(ispdb) = ispdb_entry(req.email, discovery, mx_preset) {
        // The database is in the binary: it speaks even when nothing was looked up.
        let nothing = Discovery::empty(source.domain.as_deref().unwrap_or_default());
        let known = Known {
            mx_preset,
            ispdb: Some(&ispdb),
        };
        let discovery = discovery.unwrap_or(&nothing);
        apply_discovery(&mut base, &mut source, &mut incoming, req, discovery, known);
    } else if let Some(discovery) = discovery {
        let known = Known {
            mx_preset,
            ispdb: None,
        };
        apply_discovery(&mut base, &mut source, &mut incoming, req, discovery, known);
    } else if let Some(email) = req.email {
        base.user = Some(email.to_string());
    }
    if let Some(guessed) = guessed {
        apply_guess(&mut base, &mut source, &mut incoming, req, guessed);
    }
    incoming.choose(req.incoming, &mut base, &mut source);
    if req.email.is_some() || preset.is_some() {
        base.source = Some(source);
    }
    Ok(base)
}

/// Fill the sides no source gave a server for with the guess's picks: the incoming side with
/// its POP3 server (`--incoming imap`: its IMAP server; `--incoming both`: both), or its IMAP
/// server when only IMAP answered; the outgoing side with its SMTP server.
fn apply_guess(
    base: &mut BaseAccount,
    source: &mut AccountSource,
    incoming: &mut Incoming,
    req: &Request<'_>,
    guessed: &GuessPicks,
) {
    let pick = |protocol: Protocol| guessed.get(protocol).map(|e| (e.clone(), Origin::Guess));
    let (want_pop3, want_imap) = match req.incoming {
        None => {
            let empty = incoming.pop3.is_none() && incoming.imap.is_none();
            (empty && source.pop3_not_offered_by.is_none(), empty)
        }
        Some(choice) => (choice.wants_pop3(), choice.wants_imap()),
    };
    if want_pop3 && incoming.pop3.is_none() {
        incoming.pop3 = pick(Protocol::Pop3);
        if incoming.pop3.is_some() {
            source.found_incoming = found(&incoming.pop3);
        }
    }
    if want_imap && incoming.imap.is_none() {
        incoming.imap = pick(Protocol::Imap);
        if incoming.imap.is_some() {
            source.found_imap = found(&incoming.imap);
        }
    }
    if base.outgoing.is_none()
        && let Some((endpoint, origin)) = pick(Protocol::Smtp)
    {
        source.found_outgoing = found(&Some((endpoint.clone(), origin)));
        source.outgoing_from = Some(origin);
        base.outgoing = Some(endpoint);
    }
    let offers = source.offers.get_or_insert_with(Offers::default);
    offers.pop3 |= matches!(incoming.pop3, Some((_, Origin::Guess)));
    offers.imap |= matches!(incoming.imap, Some((_, Origin::Guess)));
    if source.username_form.is_none()
        && let Some(email) = req.email
        && base.user.is_none()
    {
        base.user = Some(email.to_string());
    }
}

/// The POP3 and IMAP servers the sources name, each with its origin.
#[derive(Debug, Default)]
struct Incoming {
    pop3: Option<(Endpoint, Origin)>,
    imap: Option<(Endpoint, Origin)>,
    /// Check both unless told otherwise (a profile that saved both).
    both_by_default: bool,
}

impl Incoming {
    /// Put the servers `choice` asks for into the account: POP3 as the incoming server and IMAP
    /// beside it for both; without a choice, POP3 when there is a POP3 server, else IMAP.
    fn choose(
        self,
        choice: Option<IncomingChoice>,
        base: &mut BaseAccount,
        source: &mut AccountSource,
    ) {
        let choice = choice.unwrap_or(match (&self.pop3, &self.imap) {
            (Some(_), Some(_)) if self.both_by_default => IncomingChoice::Both,
            (None, Some(_)) => IncomingChoice::Imap,
            _ => IncomingChoice::Pop3,
        });
        let (incoming, beside) = match choice {
            IncomingChoice::Pop3 => (self.pop3, None),
            IncomingChoice::Imap => (self.imap, None),
            IncomingChoice::Both => (self.pop3, self.imap),
        };
        base.incoming_protocol = if choice == IncomingChoice::Imap {
            Protocol::Imap
        } else {
            Protocol::Pop3
        };
        source.incoming_from = incoming.as_ref().map(|(_, origin)| *origin);
        source.imap_from = match choice {
            IncomingChoice::Imap => source.incoming_from,
            _ => beside.as_ref().map(|(_, origin)| *origin),
        };
        source.imap_beside = beside.is_some();
        base.incoming = incoming.map(|(e, _)| e);
        base.imap_beside = beside.map(|(e, _)| e);
    }
}

/// The error for a `--preset` no preset has. An id `mailtriage presets` lists from Thunderbird's
/// provider database is not a preset: its settings depend on the address, so it says to give
/// the address instead.
fn unknown_preset(name: &str) -> String {
    match Ispdb::embedded().get(name) {
        Some(entry) => {
            let domain = entry
                .domains
                .iter()
                .find(|d| d.eq_ignore_ascii_case(&entry.id))
                .or(entry.domains.first())
                .map_or(entry.id.as_str(), String::as_str);
            format!(
                "--preset: '{}' is an entry of Thunderbird's provider database, not a preset: \
                 give the address instead (--email NAME@{domain})",
                entry.id
            )
        }
        None => {
            format!("--preset: no preset called '{name}'; `mailtriage presets` lists them")
        }
    }
}

/// Note the MX records, the autoconfig address and the problems; the preset the MX points to.
fn record_discovery<'p>(
    source: &mut AccountSource,
    discovery: &Discovery,
    presets: &'p Presets,
) -> Option<&'p Preset> {
    let facts = crate::domain::mx::summarize(discovery.mx.records(), presets, &[]);
    source.mx = facts
        .hosts
        .into_iter()
        .filter(|h| !h.host.is_empty())
        .map(|h| h.host)
        .collect();
    source.domain_missing = discovery.domain_missing();
    source.autoconfig_url = discovery.autoconfig.as_ref().map(|(url, _)| url.clone());
    source.problems = discovery.problems.clone();
    let preset = presets.get(facts.mx_providers.first()?)?;
    source.mx_provider = Some(ProviderFacts::of(preset, ProviderMatch::Mx));
    Some(preset)
}

/// The ISPDB entry for an address no preset knows, with its settings for the address: the one
/// of the e-mail domain, else the one of the domain of its MX hosts (most preferred first).
/// None when the MX records point to a provider a preset knows: the preset comes first.
fn ispdb_entry(
    email: Option<&str>,
    discovery: Option<&Discovery>,
    mx_preset: Option<&Preset>,
) -> Option<IspdbEntry> {
    if mx_preset.is_some() {
        return None;
    }
    let email = email?.trim();
    let ispdb = Ispdb::embedded();
    let mx_hosts = discovery.map(|d| d.mx.records()).unwrap_or_default();
    let mut by_preference: Vec<&(u16, String)> = mx_hosts.iter().collect();
    by_preference.sort_by_key(|(preference, _)| *preference);
    let found: IspdbFound<'_> = ispdb
        .by_email_domain(email)
        .or_else(|| ispdb.by_mx_hosts(by_preference.iter().map(|(_, host)| host.as_str())))?;
    Some(IspdbEntry {
        domain: found.domain.to_string(),
        settings: found.provider.settings_for(email)?,
    })
}

/// An ISPDB entry's settings for the address, and the entry's domain that matched.
struct IspdbEntry {
    domain: String,
    settings: IspdbSettings,
}

/// The sources known without asking the domain: the preset its MX records point to, and the
/// ISPDB entry.
#[derive(Clone, Copy)]
struct Known<'a> {
    mx_preset: Option<&'a Preset>,
    ispdb: Option<&'a IspdbEntry>,
}

/// Fill the sides the discovered sources decide, and the user name in the form they give.
fn apply_discovery(
    base: &mut BaseAccount,
    source: &mut AccountSource,
    incoming: &mut Incoming,
    req: &Request<'_>,
    discovery: &Discovery,
    known: Known<'_>,
) {
    let mx_preset = known.mx_preset;
    let ispdb = known.ispdb;
    if let Some(entry) = ispdb {
        source.ispdb_domain = Some(entry.domain.clone());
    }
    let choice = choose(discovery, mx_preset, ispdb.map(|e| &e.settings));
    for protocol in [Protocol::Pop3, Protocol::Imap, Protocol::Smtp] {
        let security = match protocol {
            Protocol::Pop3 => req.pop3_security,
            Protocol::Imap => req.imap_security,
            Protocol::Smtp => req.smtp_security,
        };
        match choice.side(protocol) {
            Pick::Server(endpoint, origin) => {
                let endpoint = match (origin, mx_preset, ispdb) {
                    (Origin::Mx, Some(preset), _) => preset_endpoint(preset, protocol, security),
                    (Origin::Ispdb, _, Some(entry)) => entry
                        .settings
                        .endpoint(protocol, security)
                        .map(|e| with_security(e, protocol, security)),
                    _ => Some(with_security(endpoint.clone(), protocol, security)),
                };
                let endpoint = endpoint.map(|e| (e, *origin));
                match protocol {
                    Protocol::Pop3 => {
                        source.found_incoming = found(&endpoint);
                        incoming.pop3 = endpoint;
                    }
                    Protocol::Imap => {
                        source.found_imap = found(&endpoint);
                        incoming.imap = endpoint;
                    }
                    Protocol::Smtp => {
                        source.found_outgoing = found(&endpoint);
                        source.outgoing_from = endpoint.as_ref().map(|(_, o)| *o);
                        base.outgoing = endpoint.map(|(e, _)| e);
                    }
                }
            }
            Pick::NotOffered(origin) if protocol == Protocol::Pop3 => {
                source.pop3_not_offered_by = Some(*origin);
            }
            Pick::NotOffered(_) | Pick::Unknown => {}
        }
    }
    if choice.incoming != Pick::Unknown || choice.imap != Pick::Unknown {
        incoming.both_by_default = false;
    }
    source.offers = Some(Offers {
        pop3: matches!(choice.incoming, Pick::Server(..)),
        imap: matches!(choice.imap, Pick::Server(..)),
    });
    if let Some(preset) = mx_preset {
        base.preset = Some(preset.id.clone());
        source.provider = Some(ProviderFacts::of(preset, ProviderMatch::Mx));
    }
    if let Some((form, origin)) = choice.username_form {
        source.username_form = Some(form);
        source.username_from = Some(origin);
    }
    source.oauth2_only_by = choice.oauth2_only;
    if let Some(email) = req.email {
        let form = choice
            .username_form
            .map_or(UsernameForm::FullAddress, |(f, _)| f);
        base.user = Some(form.user_for(email));
    }
}

fn found(endpoint: &Option<(Endpoint, Origin)>) -> Option<FoundServer> {
    endpoint.as_ref().map(|(e, from)| FoundServer {
        from: *from,
        host: e.host.clone(),
        port: e.port,
        security: e.security,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(host: &str, port: u16, security: Security) -> Endpoint {
        Endpoint {
            host: host.into(),
            port,
            security,
        }
    }

    fn guessed_account(picks: &GuessPicks, incoming: Option<IncomingChoice>) -> BaseAccount {
        let discovery = Discovery::empty("guess.test");
        let request = Request {
            email: Some("ana@guess.test"),
            incoming,
            ..Default::default()
        };
        base_account_guessing(
            &request,
            &Presets::embedded(),
            Some(&discovery),
            Some(picks),
        )
        .unwrap()
    }

    #[test]
    fn a_guess_fills_the_sides_nothing_else_named() {
        let picks = GuessPicks {
            pop3: Some(server("mail.guess.test", 995, Security::Tls)),
            imap: Some(server("mail.guess.test", 993, Security::Tls)),
            smtp: Some(server("mail.guess.test", 587, Security::Starttls)),
        };
        let base = guessed_account(&picks, None);
        assert_eq!(base.incoming_protocol, Protocol::Pop3);
        assert_eq!(base.incoming, picks.pop3);
        assert_eq!(base.outgoing, picks.smtp);
        assert_eq!(base.user.as_deref(), Some("ana@guess.test"));
        let source = base.source.unwrap();
        assert_eq!(source.incoming_from, Some(Origin::Guess));
        assert_eq!(source.outgoing_from, Some(Origin::Guess));
        assert_eq!(
            source.describe(Lang::En)[..2],
            [
                "Incoming server from a guess: mail.guess.test answered POP3 on 995 with SSL/TLS",
                "Outgoing server from a guess: mail.guess.test answered SMTP on 587 with STARTTLS",
            ]
        );

        let imap = guessed_account(&picks, Some(IncomingChoice::Imap));
        assert_eq!(imap.incoming_protocol, Protocol::Imap);
        assert_eq!(imap.incoming, picks.imap);
        assert_eq!(
            imap.source.unwrap().describe(Lang::En)[0],
            "Incoming server from a guess: mail.guess.test answered IMAP on 993 with SSL/TLS"
        );

        let only_imap = GuessPicks {
            pop3: None,
            ..picks.clone()
        };
        let base = guessed_account(&only_imap, None);
        assert_eq!(base.incoming_protocol, Protocol::Imap, "only IMAP answered");
        assert_eq!(base.incoming, picks.imap);
    }

    #[test]
    fn a_guess_never_replaces_what_a_source_named() {
        let picks = GuessPicks {
            pop3: Some(server("mail.gmail.com", 995, Security::Tls)),
            imap: None,
            smtp: Some(server("mail.gmail.com", 587, Security::Starttls)),
        };
        let request = Request {
            email: Some("ana@gmail.com"),
            ..Default::default()
        };
        let base =
            base_account_guessing(&request, &Presets::embedded(), None, Some(&picks)).unwrap();
        assert_eq!(base.incoming.unwrap().host, "pop.gmail.com");
        assert_eq!(base.outgoing.unwrap().host, "smtp.gmail.com");
        assert_eq!(base.source.unwrap().incoming_from, Some(Origin::Preset));
    }

    #[test]
    fn email_picks_the_provider_and_user_name_form() {
        let presets = Presets::embedded();
        let base = base_account(
            &Request {
                email: Some("ana@gmail.com"),
                ..Default::default()
            },
            &presets,
        )
        .unwrap();
        assert_eq!(base.preset.as_deref(), Some("gmail"));
        assert_eq!(base.incoming.unwrap().host, "pop.gmail.com");
        let out = base.outgoing.unwrap();
        assert_eq!((out.host.as_str(), out.port), ("smtp.gmail.com", 465));
        assert_eq!(base.user.as_deref(), Some("ana@gmail.com"));
    }

    #[test]
    fn asked_security_picks_the_matching_server() {
        let presets = Presets::embedded();
        let base = base_account(
            &Request {
                preset: Some("gmail"),
                smtp_security: Some(Security::Starttls),
                ..Default::default()
            },
            &presets,
        )
        .unwrap();
        assert_eq!(base.outgoing.unwrap().port, 587);
    }

    #[test]
    fn the_incoming_choice_picks_the_preset_servers() {
        let presets = Presets::embedded();
        let with = |preset: &'static str, incoming, imap_security| {
            base_account(
                &Request {
                    preset: Some(preset),
                    incoming,
                    imap_security,
                    ..Default::default()
                },
                &presets,
            )
            .unwrap()
        };
        let pop3 = with("gmail", None, None);
        assert_eq!(pop3.incoming_protocol, Protocol::Pop3);
        assert_eq!(pop3.incoming.unwrap().host, "pop.gmail.com");
        assert_eq!(pop3.imap_beside, None);
        let source = pop3.source.unwrap();
        assert_eq!(
            source.offers,
            Some(Offers {
                pop3: true,
                imap: true
            })
        );
        assert_eq!(source.imap_from, None);
        assert_eq!(source.found_imap.unwrap().host, "imap.gmail.com");

        let imap = with("gmail", Some(IncomingChoice::Imap), None);
        assert_eq!(imap.incoming_protocol, Protocol::Imap);
        assert_eq!(imap.incoming.unwrap().host, "imap.gmail.com");
        let source = imap.source.unwrap();
        assert_eq!(
            (source.incoming_from, source.imap_from),
            (Some(Origin::Preset), Some(Origin::Preset))
        );

        let both = with("gmail", Some(IncomingChoice::Both), None);
        assert_eq!(both.incoming_protocol, Protocol::Pop3);
        assert_eq!(both.incoming.unwrap().host, "pop.gmail.com");
        assert_eq!(both.imap_beside.unwrap().host, "imap.gmail.com");
        let source = both.source.unwrap();
        assert!(source.imap_beside);
        assert!(
            source
                .describe(Lang::En)
                .contains(&"IMAP server beside it from the Gmail preset".to_string()),
            "{:?}",
            source.describe(Lang::En)
        );

        let starttls = with(
            "web-de",
            Some(IncomingChoice::Imap),
            Some(Security::Starttls),
        );
        let endpoint = starttls.incoming.unwrap();
        assert_eq!(
            (endpoint.host.as_str(), endpoint.port),
            ("imap.web.de", 143)
        );
    }

    #[test]
    fn a_provider_without_pop3_gets_its_imap_server() {
        let presets = Presets::embedded();
        let base = base_account(
            &Request {
                email: Some("ana@icloud.com"),
                ..Default::default()
            },
            &presets,
        )
        .unwrap();
        assert_eq!(base.incoming_protocol, Protocol::Imap);
        let incoming = base.incoming.unwrap();
        assert_eq!(
            (incoming.host.as_str(), incoming.port, incoming.security),
            ("imap.mail.me.com", 993, Security::Tls)
        );
        let source = base.source.unwrap();
        assert_eq!(source.incoming_from, Some(Origin::Preset));
        assert_eq!(
            source.offers,
            Some(Offers {
                pop3: false,
                imap: true
            })
        );
        assert_eq!(source.pop3_not_offered_by, Some(Origin::Preset));
        // Asking for POP3 leaves the incoming side empty: the caller says so.
        let pop3 = base_account(
            &Request {
                email: Some("ana@icloud.com"),
                incoming: Some(IncomingChoice::Pop3),
                ..Default::default()
            },
            &presets,
        )
        .unwrap();
        assert_eq!(pop3.incoming, None);
    }

    #[test]
    fn incoming_choices_parse() {
        assert_eq!("IMAP".parse(), Ok(IncomingChoice::Imap));
        assert_eq!("both".parse(), Ok(IncomingChoice::Both));
        assert_eq!("pop3".parse(), Ok(IncomingChoice::Pop3));
        assert!(
            "smtp"
                .parse::<IncomingChoice>()
                .unwrap_err()
                .english()
                .contains("pop3, imap or both")
        );
    }

    #[test]
    fn an_ispdb_id_as_preset_says_to_give_the_address() {
        let err = base_account(
            &Request {
                preset: Some("googlemail.com"),
                ..Default::default()
            },
            &Presets::embedded(),
        )
        .unwrap_err();
        assert!(err.contains("provider database"), "{err}");
        assert!(err.contains("--email NAME@googlemail.com"), "{err}");
    }

    #[test]
    fn unknown_preset_is_a_clear_error() {
        let err = base_account(
            &Request {
                preset: Some("nope"),
                ..Default::default()
            },
            &Presets::embedded(),
        )
        .unwrap_err();
        assert!(err.contains("mailtriage presets"));
    }

    fn srv_discovery() -> Discovery {
        use crate::discovery::{DnsAnswer, SrvService, SrvTarget};
        Discovery {
            domain: "example.org".into(),
            mx: DnsAnswer::Records(vec![(10, "mx.example.org.".to_string())]),
            srv: vec![(
                SrvService::Pop3s,
                DnsAnswer::Records(vec![SrvTarget::new(0, 0, 995, "pop.example.org")]),
            )],
            autoconfig: None,
            problems: vec!["SRV _submission._tcp.example.org: no answer".into()],
        }
    }

    #[test]
    fn discovery_fills_the_sides_it_decides_with_the_asked_security() {
        let presets = Presets::embedded();
        let base = base_account_with(
            &Request {
                email: Some("ana@example.org"),
                pop3_security: Some(Security::Starttls),
                ..Default::default()
            },
            &presets,
            Some(&srv_discovery()),
        )
        .unwrap();
        let incoming = base.incoming.unwrap();
        assert_eq!(
            (incoming.port, incoming.security),
            (110, Security::Starttls)
        );
        assert!(base.outgoing.is_none());
        assert_eq!(base.user.as_deref(), Some("ana@example.org"));
        let source = base.source.unwrap();
        assert_eq!(source.incoming_from, Some(Origin::Srv));
        assert_eq!(source.outgoing_from, None);
        assert_eq!(source.mx, ["mx.example.org"]);
        let lines = source.describe(Lang::En);
        assert!(
            lines.iter().any(|l| l.starts_with("Look-up failed: SRV")),
            "{lines:?}"
        );
    }

    #[test]
    fn discovery_gives_the_imap_server_when_there_is_no_pop3() {
        use crate::discovery::{DnsAnswer, SrvService, SrvTarget};
        let presets = Presets::embedded();
        let mut discovery = srv_discovery();
        discovery.srv = vec![
            (
                SrvService::Pop3s,
                DnsAnswer::Records(vec![SrvTarget::new(0, 0, 0, ".")]),
            ),
            (
                SrvService::Imaps,
                DnsAnswer::Records(vec![SrvTarget::new(0, 0, 993, "imap.example.org")]),
            ),
        ];
        let base = base_account_with(
            &Request {
                email: Some("ana@example.org"),
                ..Default::default()
            },
            &presets,
            Some(&discovery),
        )
        .unwrap();
        assert_eq!(base.incoming_protocol, Protocol::Imap);
        assert_eq!(base.incoming.unwrap().host, "imap.example.org");
        let source = base.source.unwrap();
        assert_eq!(source.incoming_from, Some(Origin::Srv));
        assert_eq!(source.imap_from, Some(Origin::Srv));
        assert_eq!(source.found_imap.unwrap().port, 993);
        assert_eq!(source.pop3_not_offered_by, Some(Origin::Srv));
        assert_eq!(
            source.offers,
            Some(Offers {
                pop3: false,
                imap: true
            })
        );
    }

    #[test]
    fn a_known_preset_wins_over_discovery() {
        let presets = Presets::embedded();
        let base = base_account_with(
            &Request {
                email: Some("ana@example.org"),
                preset: Some("gmail"),
                ..Default::default()
            },
            &presets,
            Some(&srv_discovery()),
        )
        .unwrap();
        assert_eq!(base.incoming.unwrap().host, "pop.gmail.com");
        let source = base.source.unwrap();
        assert_eq!(source.incoming_from, Some(Origin::Preset));
        assert_eq!(
            source.provider.map(|p| p.found_by),
            Some(ProviderMatch::Named)
        );
        assert_eq!(
            source.mx,
            ["mx.example.org"],
            "the MX records are kept for comparisons"
        );
    }

    #[test]
    fn the_ispdb_entry_of_the_email_domain_gives_the_servers() {
        let presets = Presets::embedded();
        // No discovery (nothing may be looked up): the database is in the binary.
        let base = base_account_with(
            &Request {
                email: Some("ana@t-online.de"),
                ..Default::default()
            },
            &presets,
            None,
        )
        .unwrap();
        let incoming = base.incoming.unwrap();
        assert_eq!(
            (incoming.host.as_str(), incoming.port, incoming.security),
            ("securepop.t-online.de", 995, Security::Tls)
        );
        assert_eq!(base.outgoing.unwrap().host, "securesmtp.t-online.de");
        assert_eq!(base.preset, None, "an ISPDB entry is not a preset");
        let source = base.source.unwrap();
        assert_eq!(source.incoming_from, Some(Origin::Ispdb));
        assert_eq!(source.outgoing_from, Some(Origin::Ispdb));
        assert_eq!(source.ispdb_domain.as_deref(), Some("t-online.de"));
        assert_eq!(
            source.found_imap.as_ref().unwrap().host,
            "secureimap.t-online.de"
        );
        assert!(
            source.describe(Lang::En).contains(
                &"Incoming server from Thunderbird's provider database (ISPDB) entry for t-online.de"
                    .to_string()
            ),
            "{:?}",
            source.describe(Lang::En)
        );
        let json = serde_json::to_value(&source).unwrap();
        assert_eq!(json["incoming_from"], "ispdb");
        assert_eq!(json["ispdb_domain"], "t-online.de");
    }

    #[test]
    fn the_ispdb_entry_of_the_mx_hosts_domain_comes_before_srv() {
        use crate::discovery::DnsAnswer;
        let presets = Presets::embedded();
        let mut discovery = srv_discovery();
        discovery.mx = DnsAnswer::Records(vec![
            (20, "mx.elsewhere.test".to_string()),
            (10, "mx00.t-online.de.".to_string()),
        ]);
        let base = base_account_with(
            &Request {
                email: Some("ana@example.org"),
                smtp_security: Some(Security::Starttls),
                ..Default::default()
            },
            &presets,
            Some(&discovery),
        )
        .unwrap();
        assert_eq!(base.incoming.unwrap().host, "securepop.t-online.de");
        let outgoing = base.outgoing.unwrap();
        assert_eq!(
            (outgoing.port, outgoing.security),
            (587, Security::Starttls),
            "the entry's server with the asked security"
        );
        assert_eq!(base.user.as_deref(), Some("ana@example.org"));
        let source = base.source.unwrap();
        assert_eq!(source.incoming_from, Some(Origin::Ispdb));
        assert_eq!(source.ispdb_domain.as_deref(), Some("t-online.de"));
        assert_eq!(source.provider, None);
    }

    #[test]
    fn a_plain_ispdb_server_is_checked_with_starttls() {
        let presets = Presets::embedded();
        let base = base_account(
            &Request {
                email: Some("ana@diamond.broba.cc"),
                ..Default::default()
            },
            &presets,
        )
        .unwrap();
        let incoming = base.incoming.unwrap();
        assert_eq!(
            (incoming.host.as_str(), incoming.port, incoming.security),
            ("mail.broba.cc", 110, Security::Starttls)
        );
        let outgoing = base.outgoing.unwrap();
        assert_eq!(
            (outgoing.port, outgoing.security),
            (587, Security::Starttls)
        );
        let source = base.source.unwrap();
        assert_eq!(source.found_incoming.unwrap().security, Security::Starttls);
        assert_eq!(source.username_from, Some(Origin::Ispdb));
    }

    #[test]
    fn a_hand_written_preset_comes_before_the_ispdb_entry() {
        let presets = Presets::embedded();
        let base = base_account(
            &Request {
                email: Some("ana@gmail.com"),
                ..Default::default()
            },
            &presets,
        )
        .unwrap();
        assert_eq!(base.preset.as_deref(), Some("gmail"));
        assert_eq!(
            base.source.unwrap().incoming_from,
            Some(Origin::Preset),
            "gmail.com is in ISPDB too"
        );
    }

    #[test]
    fn provider_owns_its_servers_and_regional_names() {
        let presets = Presets::embedded();
        let zoho = ProviderFacts::of(presets.get("zoho").unwrap(), ProviderMatch::Mx);
        assert!(zoho.owns_host("pop.zoho.com"));
        assert!(zoho.owns_host("POP.Zoho.EU."));
        assert!(!zoho.owns_host("pop.notzoho.eu"));
        assert!(!zoho.owns_host("pop.example.org"));
    }

    #[test]
    fn nothing_found_names_the_reason() {
        let missing = AccountSource {
            domain: Some("gone.test".into()),
            domain_missing: true,
            ..AccountSource::default()
        };
        assert!(
            nothing_found("a@gone.test", Some(&missing))
                .english()
                .contains("does not exist")
        );
        let silent = AccountSource {
            domain: Some("quiet.test".into()),
            ..AccountSource::default()
        };
        assert!(
            nothing_found("a@quiet.test", Some(&silent))
                .english()
                .contains("publishes no mail settings")
        );
    }
}
