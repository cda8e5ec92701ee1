//! Command-line interface types (clap derive) and their conversion into a [`Plan`].

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::account::profile::{Profile, ProfileStore};
use crate::account::source::{
    IncomingChoice, Origin, Request, base_account_guessing, base_account_with, discovery_target,
    nothing_found_after,
};
use crate::account::{
    Endpoint, HostPort, Plan, Protocol, ResolveOverride, Secret, Security, split_host_port,
};
use crate::discover::guess::guess_blocking;
use crate::discover::{DiscoverOptions, Discovery, DnsAnswer, discover_blocking};
use crate::finding::Lang;
use crate::guess::{GuessPorts, Guessed};
use crate::model::Panel;
use crate::preset::Presets;
use mailtriage_core::said;

/// Why mail does not come in or go out, and how to fix it.
#[derive(Debug, Parser)]
#[command(name = "mailtriage", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The account to open the dashboard on (same options as `check`).
    #[command(flatten)]
    pub account: AccountArgs,
    #[command(flatten)]
    pub dashboard: DashboardArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Probe the servers once and print the result (no dashboard).
    Check(Box<CheckArgs>),
    /// List the providers mailtriage knows: its presets and the entries of Thunderbird's
    /// provider database (ISPDB), with where each comes from.
    Presets(PresetsArgs),
    /// Try the servers' standard ports in every sensible security mode at once and recommend
    /// the working setting closest to the configured one (never logs in).
    Scan(Box<ScanArgs>),
    /// Start demonstration servers on this machine for a scenario and open the dashboard on
    /// them; `demo --list` names the scenarios, `demo SCENARIO -- check --json` checks headless.
    Demo(Box<DemoArgs>),
    /// Answer Prometheus's scrapes: `/probe?account=NAME` checks an account of the accounts
    /// file (at most once per --min-interval) and answers with its metrics; `/metrics` has the
    /// exporter's own.
    Serve(Box<ServeArgs>),
    /// OAuth2 sign-in for the accounts that no longer take a password: `oauth2 login` gets a
    /// token with a code typed on another device.
    #[command(name = "oauth2", subcommand)]
    OAuth2(crate::oauth2::options::OAuth2Command),
}

/// Options of `mailtriage serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// The accounts file (YAML) whose accounts may be probed; a request names one, never a host.
    #[arg(long, value_name = "FILE")]
    pub accounts: PathBuf,
    /// Address and port to listen on. Another address than loopback is used only when given.
    #[arg(long, value_name = "ADDRESS:PORT", default_value = "127.0.0.1:9577")]
    pub listen: String,
    /// An account checked less than this many seconds ago is answered from the last check,
    /// without logging in again, however often it is scraped.
    #[arg(long, value_name = "SECONDS", default_value_t = 300.0)]
    pub min_interval: f64,
    /// Most checks running at the same time.
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub max_checks: u16,
    /// Run only these panels (repeatable) [default: incoming and outgoing; the network panel
    /// asks the same for every account].
    #[arg(long, value_enum, value_name = "PANEL")]
    pub only: Vec<PanelArg>,
    /// Connect to ADDRESS for HOST:PORT, still checking the certificate against HOST.
    #[arg(long, value_name = "HOST:PORT:ADDRESS")]
    pub resolve: Vec<String>,
    /// Also trust the CA certificates in this PEM file.
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// Deadline of each network step, in seconds.
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
    /// Language of the findings' words in the answers [default: from the locale].
    #[arg(long, value_name = "en|es|pt")]
    pub lang: Option<String>,
    /// DNS server for mailtriage's own look-ups instead of the system's [default port: 53].
    #[arg(long, value_name = "ADDRESS[:PORT]")]
    pub dns_server: Option<String>,
}

impl ServeArgs {
    /// The options every account's check shares, as the check's own options.
    pub fn shared_account_args(&self) -> AccountArgs {
        AccountArgs {
            resolve: self.resolve.clone(),
            ca_file: self.ca_file.clone(),
            timeout: self.timeout,
            lang: self.lang.clone(),
            dns_server: self.dns_server.clone(),
            ..AccountArgs::default()
        }
    }
}

/// Options of `mailtriage presets`.
#[derive(Debug, Clone, Args)]
pub struct PresetsArgs {
    /// Only the providers whose id, name, a domain or a server name contains this word.
    #[arg(value_name = "SEARCH")]
    pub search: Option<String>,
    /// Print a JSON array (every server with its port and security) instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Language of the explanations [default: from the locale].
    #[arg(long, value_name = "en|es|pt")]
    pub lang: Option<String>,
}

/// Options of `mailtriage demo`.
#[derive(Debug, Clone, Args)]
pub struct DemoArgs {
    /// The scenario to show [default: healthy]; `--list` names them all.
    #[arg(value_name = "SCENARIO")]
    pub scenario: Option<String>,
    /// List the scenarios, one a line.
    #[arg(long)]
    pub list: bool,
    /// Language of the explanations [default: from the locale].
    #[arg(long, value_name = "en|es|pt")]
    pub lang: Option<String>,
    /// Plain ASCII symbols, for terminals without Unicode.
    #[arg(long)]
    pub ascii: bool,
    /// After `--`: `check [--json] [--lang LANG]` runs the headless check on the scenario
    /// instead of opening the dashboard.
    #[arg(last = true, value_name = "check [--json]")]
    pub then: Vec<String>,
}

/// Options of the headless check.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub account: AccountArgs,
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub json: bool,
    /// Run only these panels (repeatable).
    #[arg(long, value_enum, value_name = "PANEL")]
    pub only: Vec<PanelArg>,
    /// Also write a support report (Markdown) to this file: settings, exact errors, findings,
    /// every step with its timing, and the transcripts. Never holds the password.
    #[arg(long, value_name = "FILE.md")]
    pub report: Option<PathBuf>,
    /// In the support report, replace the user's own names and addresses (user name, e-mail
    /// addresses, a domain of one's own, this computer's name and addresses) by placeholders,
    /// for sharing it in public; known providers' server names stay.
    #[arg(long, requires = "report")]
    pub private: bool,
    /// Output format: text (default), json (as --json), nagios (a monitoring plugin's status
    /// line, performance data and exit code 0/1/2/3) or openmetrics (for Prometheus).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<OutputFormat>,
    /// Write the output to this file instead of standard output, atomically (a temporary file
    /// beside it, then renamed over it): what node_exporter's textfile collector needs.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The account's name in the nagios and openmetrics outputs (the `account` label).
    /// Default: the user name, else the e-mail address, else the first server's host name.
    #[arg(long, value_name = "NAME")]
    pub account_label: Option<String>,
    /// Check every account of this YAML file (see the README's "Many accounts"). Beside it,
    /// these options apply to every entry: --to, --resolve, --ca-file, --timeout,
    /// --session-timeout, --allow-plaintext-auth, --lang, --dns-server, --sntp-server,
    /// --public-ip, --dnsbl, --reach, --dkim-selector, --only, --json. The entries name their
    /// own servers, user names and passwords.
    #[arg(long, value_name = "FILE", help_heading = "Many accounts")]
    pub accounts: Option<PathBuf>,
    /// With --accounts: check only this entry and print what a single check prints (for the
    /// Nagios-family engines, which run a plugin once per service).
    #[arg(
        long = "account",
        value_name = "NAME",
        requires = "accounts",
        help_heading = "Many accounts"
    )]
    pub account_name: Option<String>,
    /// With --accounts: how many accounts are checked at once [default: 16].
    #[arg(
        long,
        value_name = "N",
        requires = "accounts",
        help_heading = "Many accounts"
    )]
    pub parallel: Option<usize>,
    /// With --accounts: how many accounts are checked at once against one server host
    /// [default: 4].
    #[arg(
        long,
        value_name = "N",
        requires = "accounts",
        help_heading = "Many accounts"
    )]
    pub per_host: Option<usize>,
    /// With --accounts: deadline of the whole run, in seconds; accounts not started by then are
    /// reported as not checked [default: enough for every account to use its own deadline].
    #[arg(
        long,
        value_name = "SECONDS",
        requires = "accounts",
        help_heading = "Many accounts"
    )]
    pub deadline: Option<f64>,
}

/// The formats `check --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// The human report (the default).
    Text,
    /// One JSON document (the same as `--json`).
    Json,
    /// The monitoring-plugins API: exit 0/1/2/3, a status line with performance data, fixes.
    Nagios,
    /// An OpenMetrics exposition, for node_exporter's textfile collector or any scraper.
    #[value(name = "openmetrics")]
    OpenMetrics,
}

/// Options of the port scan.
#[derive(Debug, Args)]
pub struct ScanArgs {
    #[command(flatten)]
    pub account: AccountArgs,
    /// Print one JSON document instead of the matrix.
    #[arg(long)]
    pub json: bool,
}

/// Options of the dashboard.
#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// Plain ASCII symbols, for terminals without Unicode.
    #[arg(long)]
    pub ascii: bool,
    /// Seconds between connection re-checks in the dashboard.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    pub interval: f64,
    /// Folder for the reports the dashboard saves (`w`). Default: the XDG data folder,
    /// `$XDG_DATA_HOME/mailtriage/reports` or `~/.local/share/mailtriage/reports`.
    #[arg(long, value_name = "DIR")]
    pub report_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PanelArg {
    Network,
    Incoming,
    Outgoing,
}

impl From<PanelArg> for Panel {
    fn from(p: PanelArg) -> Panel {
        match p {
            PanelArg::Network => Panel::Network,
            PanelArg::Incoming => Panel::Incoming,
            PanelArg::Outgoing => Panel::Outgoing,
        }
    }
}

/// The account and how to probe it.
#[derive(Debug, Clone, Args, Default)]
pub struct AccountArgs {
    /// Incoming (POP3) server.
    #[arg(long, value_name = "HOST[:PORT]")]
    pub pop3: Option<String>,
    /// Security of the POP3 connection [default: tls; port 995, or 110 for starttls/none].
    #[arg(long, value_name = "tls|starttls|none")]
    pub pop3_security: Option<String>,
    /// Incoming server spoken to in IMAP, instead of POP3.
    #[arg(long, value_name = "HOST[:PORT]")]
    pub imap: Option<String>,
    /// Security of the IMAP connection [default: tls; port 993, or 143 for starttls/none].
    #[arg(long, value_name = "tls|starttls|none")]
    pub imap_security: Option<String>,
    /// Which incoming server to check when the servers come from --preset, --email or
    /// --profile: pop3 (mail is downloaded to one device), imap (mail stays on the server) or
    /// both [default: pop3 when the provider offers it, else imap].
    #[arg(long, value_name = "pop3|imap|both")]
    pub incoming: Option<String>,
    /// Outgoing (SMTP) server.
    #[arg(long, value_name = "HOST[:PORT]")]
    pub smtp: Option<String>,
    /// Security of the SMTP connection [default: starttls; port 587, or 465 for tls].
    #[arg(long, value_name = "tls|starttls|none")]
    pub smtp_security: Option<String>,
    /// User name to log in with.
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// User name for the outgoing (SMTP) server, when it is not the --user one.
    #[arg(long, value_name = "NAME")]
    pub smtp_user: Option<String>,
    /// Read the password from this environment variable (MAILTRIAGE_PASSWORD is read too;
    /// otherwise it is asked for on the terminal).
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// Log in with the OAuth2 access token in this environment variable (XOAUTH2 or
    /// OAUTHBEARER, as the server offers) instead of a password; no password is asked for.
    #[arg(long, value_name = "VAR", conflicts_with_all = ["password_env", "oauth2_token_command"])]
    pub oauth2_token_env: Option<String>,
    /// Log in with the OAuth2 access token this command prints on its first line (run without
    /// a shell) instead of a password; no password is asked for.
    #[arg(long, value_name = "CMD", conflicts_with = "password_env")]
    pub oauth2_token_command: Option<String>,
    /// Sender address for the SMTP dry run (MAIL FROM; nothing is sent).
    #[arg(long, value_name = "ADDRESS")]
    pub from: Option<String>,
    /// Recipient address for the SMTP dry run (RCPT TO; nothing is sent).
    #[arg(long, value_name = "ADDRESS")]
    pub to: Option<String>,
    /// Connect to ADDRESS for HOST:PORT, still checking the certificate against HOST.
    #[arg(long, value_name = "HOST:PORT:ADDRESS")]
    pub resolve: Vec<String>,
    /// Also trust the CA certificates in this PEM file.
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// Deadline of each network step, in seconds.
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
    /// Overall deadline of each mail session, in seconds [default: the step deadline × (steps +
    /// 3) / 3, from the steps the session calls for].
    #[arg(long, value_name = "SECONDS")]
    pub session_timeout: Option<f64>,
    /// Allow sending the password, or an APOP digest of it, over an unencrypted connection.
    #[arg(long)]
    pub allow_plaintext_auth: bool,
    /// Take the servers from this provider preset (`mailtriage presets` lists them).
    #[arg(long, value_name = "NAME")]
    pub preset: Option<String>,
    /// The account's e-mail address: picks the provider's preset and the user name.
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
    /// Start from this saved profile.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Save the account (servers, user name, sender; never the password) as this profile.
    #[arg(long, value_name = "NAME")]
    pub save_profile: Option<String>,
    /// Language of the explanations [default: from the locale].
    #[arg(long, value_name = "en|es|pt")]
    pub lang: Option<String>,
    /// DNS server for mailtriage's own look-ups (the network panel's host addresses, domain
    /// records and blocklists; the e-mail domain's MX, SRV and autoconfig records) instead of
    /// the system's [default port: 53].
    #[arg(long, value_name = "ADDRESS[:PORT]")]
    pub dns_server: Option<String>,
    /// Time server to check the local clock against [default: pool.ntp.org:123].
    #[arg(long, value_name = "HOST[:PORT]")]
    pub sntp_server: Option<String>,
    /// This machine's public address, for the blocklist look-ups [default: the address the
    /// SMTP server says it sees].
    #[arg(long, value_name = "ADDRESS")]
    pub public_ip: Option<String>,
    /// DNS blocklist zone to look the addresses up in (repeatable) [default: zen.spamhaus.org].
    #[arg(long, value_name = "ZONE")]
    pub dnsbl: Vec<String>,
    /// Internet reachability target to connect to (repeatable) [default: 1.1.1.1:443,
    /// 8.8.8.8:443 and [2606:4700:4700::1111]:443].
    #[arg(long, value_name = "HOST:PORT")]
    pub reach: Vec<String>,
    /// DKIM selector to look up besides the provider's (repeatable).
    #[arg(long, value_name = "SELECTOR")]
    pub dkim_selector: Vec<String>,
    /// OAuth2: sign in first (`--oauth2-login`) or use a saved token (`--oauth2-saved`).
    #[command(flatten)]
    pub oauth2: crate::oauth2::options::CheckOAuth2Args,
}

/// Where the password comes from, so the conversion stays testable.
pub trait PasswordSource {
    fn env(&self, var: &str) -> Option<String>;
    /// Ask `question` on the terminal with echo off; `None` when there is no terminal.
    fn prompt(&self, question: &str) -> Option<String>;
}

/// The real environment and terminal.
pub struct SystemPasswordSource;

impl PasswordSource for SystemPasswordSource {
    fn env(&self, var: &str) -> Option<String> {
        std::env::var(var).ok()
    }

    fn prompt(&self, question: &str) -> Option<String> {
        use std::io::IsTerminal;
        if !std::io::stdin().is_terminal() {
            return None;
        }
        rpassword::prompt_password(question).ok()
    }
}

/// What building a plan reads from outside the process, gathered before the plan is built.
#[derive(Debug)]
pub struct Gathered {
    /// The saved profile named by `--profile`.
    pub profile: Option<Profile>,
    /// The presets: built in, plus the user's own when a preset or an address is given.
    pub presets: Presets,
    /// The `--ca-file`'s certificates, PEM, already checked to load.
    pub extra_ca_pem: Option<Vec<u8>>,
    /// What discovery found for an address no preset knows.
    pub discovery: Option<Discovery>,
    /// What guessing found, when no source and no option named a server for a side.
    pub guess: Option<Guessed>,
}

/// The options that are values, parsed once.
struct Flags {
    incoming: Option<IncomingChoice>,
    pop3_security: Option<Security>,
    imap_security: Option<Security>,
    smtp_security: Option<Security>,
    resolve: Vec<ResolveOverride>,
    step_timeout: Duration,
    session_timeout: Option<Duration>,
    dns_server: Option<std::net::SocketAddr>,
}

/// The environment variable always consulted for the password.
pub const PASSWORD_ENV: &str = "MAILTRIAGE_PASSWORD";

impl AccountArgs {
    /// True when nothing names a server.
    pub fn is_empty(&self) -> bool {
        self.pop3.is_none()
            && self.imap.is_none()
            && self.smtp.is_none()
            && self.preset.is_none()
            && self.email.is_none()
            && self.profile.is_none()
    }

    /// The language chosen, or the locale's.
    pub fn lang(&self) -> Result<Lang, String> {
        match &self.lang {
            Some(l) => l.parse(),
            None => Ok(Lang::from_env()),
        }
    }

    /// The language messages about the options are said in: `--lang`, else the locale's.
    fn words(&self) -> Lang {
        self.lang().unwrap_or_else(|_| Lang::from_env())
    }

    /// Build the plan; errors are one line saying what to change. Gathers what the options
    /// point at (files, discovery), builds the plan from it without further I/O
    /// ([`AccountArgs::build_plan`]), saves the profile when asked, then asks for the password.
    pub fn to_plan(&self, passwords: &dyn PasswordSource) -> Result<Plan, String> {
        let gathered = self.gather()?;
        let (mut plan, preset) = self.build_plan(&gathered)?;
        if let Some(name) = &self.save_profile {
            let profile = Profile::from_plan(&plan, preset.as_deref());
            let path = ProfileStore::from_env()
                .and_then(|store| store.save(name, &profile))
                .map_err(|e| format!("--save-profile: {}", e.said().render(self.words())))?;
            let saved = said!(
                "cli-profile-saved",
                name = name,
                path = path.display().to_string()
            );
            eprintln!("mailtriage: {}", saved.render(self.words()));
        }
        plan.oauth2_token = self.oauth2_token(passwords)?;
        // A token to come from the device sign-in (`--oauth2-login`, `--oauth2-saved`) also
        // means no password is asked for.
        if plan.oauth2_token.is_none() && !self.oauth2.wanted() {
            plan.password = self.password(passwords, plan.user.as_deref())?;
        }
        Ok(plan)
    }

    /// Everything the options point at outside the process: the saved profile, the presets
    /// (the user's folder when a preset or an address is given), the `--ca-file`, and what
    /// discovery finds for an address no preset knows. All the I/O of building a plan but the
    /// password.
    pub fn gather(&self) -> Result<Gathered, String> {
        self.gather_with(|_| {})
    }

    /// [`AccountArgs::gather`], with the look-ups' options changed by `adjust` first (tests point
    /// the autoconfig and guessed ports at servers of their own; no option of the command line
    /// does). When no source names a server for a side, and no option names a server, the domain's
    /// usual names are guessed ([`crate::discover::guess`]).
    pub fn gather_with(&self, adjust: impl Fn(&mut DiscoverOptions)) -> Result<Gathered, String> {
        let profile = match &self.profile {
            Some(name) => Some(
                ProfileStore::from_env()
                    .and_then(|store| store.load(name))
                    .map_err(|e| format!("--profile: {}", e.said().render(self.words())))?,
            ),
            None => None,
        };
        let presets = if self.preset.is_some() || self.email.is_some() {
            Presets::load().map_err(|e| e.said().render(self.words()).into_owned())?
        } else {
            Presets::embedded()
        };
        let extra_ca_pem = match &self.ca_file {
            Some(path) => {
                let pem = std::fs::read(path).map_err(|e| {
                    said!(
                        "cli-cannot-read",
                        flag = "--ca-file",
                        path = path.display().to_string(),
                        error = crate::model::Said::io_error(&e)
                    )
                    .render(self.words())
                    .into_owned()
                })?;
                crate::probe::tls::check_ca_pem(&pem).map_err(|e| {
                    format!("--ca-file {}: {}", path.display(), e.render(self.words()))
                })?;
                Some(pem)
            }
            None => None,
        };
        let mut gathered = Gathered {
            profile,
            presets,
            extra_ca_pem,
            discovery: None,
            guess: None,
        };
        let flags = self.flags()?;
        let request = self.request(&gathered, &flags);
        let target = discovery_target(&request, &gathered.presets)
            .filter(|_| flags.dns_server.is_some() || !self.local_servers_only(&flags.resolve));
        if let Some((domain, email)) = target {
            let mut options = DiscoverOptions {
                dns_server: flags.dns_server,
                resolve: flags.resolve.clone(),
                extra_ca_pem: gathered.extra_ca_pem.clone(),
                deadline: flags.step_timeout,
                https_port: DiscoverOptions::HTTPS_PORT,
                guess_ports: GuessPorts::STANDARD,
            };
            adjust(&mut options);
            let discovery =
                discover_blocking(&domain, &email, &options).unwrap_or_else(|why| Discovery {
                    domain: domain.clone(),
                    mx: DnsAnswer::Failed(why.clone()),
                    srv: Vec::new(),
                    autoconfig: None,
                    problems: vec![why],
                });
            let (protocols, mx) = self.to_guess(&gathered, &flags, &discovery);
            if !protocols.is_empty() {
                gathered.guess = Some(guess_blocking(&domain, &mx, &protocols, &options));
            }
            gathered.discovery = Some(discovery);
        }
        Ok(gathered)
    }

    /// The protocols to guess for, and the domain's MX hosts: the incoming side's (POP3 and
    /// IMAP, or the one `--incoming` names) when no source names an incoming server, SMTP when
    /// none names an outgoing one; nothing when `--pop3`, `--imap` or `--smtp` names a server
    /// (the person knows the settings), nor for a domain that does not exist.
    fn to_guess(
        &self,
        gathered: &Gathered,
        flags: &Flags,
        discovery: &Discovery,
    ) -> (Vec<Protocol>, Vec<String>) {
        let by_hand = self.pop3.is_some() || self.imap.is_some() || self.smtp.is_some();
        if by_hand || discovery.domain_missing() {
            return (Vec::new(), Vec::new());
        }
        let request = self.request(gathered, flags);
        let Ok(base) = base_account_with(&request, &gathered.presets, Some(discovery)) else {
            return (Vec::new(), Vec::new());
        };
        let mut protocols = Vec::new();
        if base.incoming.is_none() {
            match flags.incoming {
                Some(IncomingChoice::Pop3) => protocols.push(Protocol::Pop3),
                Some(IncomingChoice::Imap) => protocols.push(Protocol::Imap),
                _ => protocols.extend([Protocol::Pop3, Protocol::Imap]),
            }
        }
        if base.outgoing.is_none() {
            protocols.push(Protocol::Smtp);
        }
        let mx = base.source.map(|s| s.mx).unwrap_or_default();
        (protocols, mx)
    }

    /// The plan from the options and what was gathered, with no I/O: no file, no network, no
    /// prompt (the password is added after). Also the preset the servers came from, for a
    /// saved profile.
    pub fn build_plan(&self, gathered: &Gathered) -> Result<(Plan, Option<String>), String> {
        let flags = self.flags()?;
        let request = self.request(gathered, &flags);
        let base = base_account_guessing(
            &request,
            &gathered.presets,
            gathered.discovery.as_ref(),
            gathered.guess.as_ref().map(Guessed::picks).as_ref(),
        )?;
        let explicit = |spec: &Option<String>,
                        protocol: Protocol,
                        sec: Option<Security>,
                        base: Option<Endpoint>,
                        flag: &str|
         -> Result<Option<Endpoint>, String> {
            match (spec, base) {
                (Some(s), base) => {
                    let default = base.map(|b| b.security).unwrap_or(match protocol {
                        Protocol::Pop3 | Protocol::Imap => Security::Tls,
                        Protocol::Smtp => Security::Starttls,
                    });
                    Endpoint::parse(s, protocol, sec.unwrap_or(default))
                        .map(Some)
                        .map_err(|e| {
                            format!(
                                "--{flag}: {}",
                                crate::model::Said::from(e).render(self.words())
                            )
                        })
                }
                (None, Some(mut b)) => {
                    if let Some(sec) = sec.filter(|s| *s != b.security) {
                        b.security = sec;
                        b.port = protocol.default_port(sec);
                    }
                    Ok(Some(b))
                }
                (None, None) => Ok(None),
            }
        };
        self.check_incoming_choice(flags.incoming)?;
        // The source's servers: its POP3 one is the incoming server, or its IMAP one is; an IMAP
        // server may be checked beside the POP3 one.
        let (base_pop3, base_imap) = match base.incoming_protocol {
            Protocol::Imap => (None, base.incoming.clone()),
            Protocol::Pop3 | Protocol::Smtp => (base.incoming.clone(), base.imap_beside.clone()),
        };
        let both = flags.incoming == Some(IncomingChoice::Both);
        // Explicit servers win; a side given alone is the only incoming server unless both are
        // asked for.
        let (pop3_base, imap_base) = match (self.pop3.is_some(), self.imap.is_some()) {
            (true, false) if !both => (base_pop3, None),
            (false, true) if !both => (None, base_imap),
            _ => (base_pop3, base_imap),
        };
        let pop3 = explicit(
            &self.pop3,
            Protocol::Pop3,
            flags.pop3_security,
            pop3_base,
            "pop3",
        )?;
        let imap = explicit(
            &self.imap,
            Protocol::Imap,
            flags.imap_security,
            imap_base,
            "imap",
        )?;
        if let Some(choice) = flags.incoming {
            let missing = if choice.wants_pop3() && pop3.is_none() {
                Some(("POP3", "--pop3"))
            } else if choice.wants_imap() && imap.is_none() {
                Some(("IMAP", "--imap"))
            } else {
                None
            };
            if let Some((protocol, flag)) = missing {
                return Err(said!(
                    "cli-incoming-no-server",
                    choice = choice.as_str(),
                    protocol = protocol,
                    flag = flag
                )
                .render(self.words())
                .into_owned());
            }
        }
        if imap.is_none() && flags.imap_security.is_some() {
            return Err(said!("cli-imap-security-without-imap")
                .render(self.words())
                .into_owned());
        }
        let (incoming_protocol, incoming, imap_beside) = match (pop3, imap) {
            (Some(pop3), imap) => (Protocol::Pop3, Some(pop3), imap),
            (None, Some(imap)) => (Protocol::Imap, Some(imap), None),
            (None, None) => (Protocol::Pop3, None, None),
        };
        let outgoing = explicit(
            &self.smtp,
            Protocol::Smtp,
            flags.smtp_security,
            base.outgoing,
            "smtp",
        )?;
        if incoming.is_none() && outgoing.is_none() {
            return Err(match &self.email {
                Some(e) => nothing_found_after(
                    e,
                    base.source.as_ref(),
                    gathered.guess.as_ref().map(Guessed::nothing_answered),
                )
                .render(self.words())
                .into_owned(),
                None => said!("cli-no-server").render(self.words()).into_owned(),
            });
        }
        let mut plan = Plan::new(incoming, outgoing);
        plan.incoming_protocol = incoming_protocol;
        // Both POP3 and IMAP: POP3 is the incoming panel, IMAP is checked beside it.
        plan.imap_beside = imap_beside;
        plan.user = self.user.clone().or(base.user).filter(|u| !u.is_empty());
        plan.smtp_user = self
            .smtp_user
            .clone()
            .or(base.smtp_user)
            .filter(|u| !u.is_empty() && Some(u) != plan.user.as_ref());
        plan.from = self.from.clone().or(base.from);
        plan.to = self.to.clone();
        plan.allow_plaintext_auth = self.allow_plaintext_auth;
        plan.resolve = flags.resolve;
        plan.step_timeout = flags.step_timeout;
        plan.session_timeout = flags.session_timeout;
        plan.extra_ca_pem = gathered.extra_ca_pem.clone();
        plan.email = self.email.clone();
        self.network_options(&mut plan)?;
        let checks_imap = plan.imap_beside.is_some() || incoming_protocol == Protocol::Imap;
        plan.account_source = base.source.map(|mut source| {
            let incoming_given = match incoming_protocol {
                Protocol::Imap => self.imap.is_some(),
                Protocol::Pop3 | Protocol::Smtp => self.pop3.is_some(),
            };
            if incoming_given {
                source.incoming_from = Some(Origin::Options);
            } else if plan.incoming.is_none() {
                source.incoming_from = None;
            }
            if self.imap.is_some() {
                source.imap_from = Some(Origin::Options);
            } else if !checks_imap {
                source.imap_from = None;
            }
            source.imap_beside = plan.imap_beside.is_some();
            if self.smtp.is_some() {
                source.outgoing_from = Some(Origin::Options);
            }
            Arc::new(source)
        });
        Ok((plan, base.preset))
    }

    /// `--incoming` must agree with the servers given by hand: asking for one protocol while
    /// naming a server of the other is a contradiction.
    fn check_incoming_choice(&self, choice: Option<IncomingChoice>) -> Result<(), String> {
        let clash = match choice {
            Some(IncomingChoice::Pop3) if self.imap.is_some() => Some(("pop3", "--imap")),
            Some(IncomingChoice::Imap) if self.pop3.is_some() => Some(("imap", "--pop3")),
            _ => None,
        };
        match clash {
            Some((asked, given)) => {
                Err(
                    said!("cli-incoming-contradicts", asked = asked, given = given)
                        .render(self.words())
                        .into_owned(),
                )
            }
            None => Ok(()),
        }
    }

    /// What the account's sources are asked for.
    fn request<'a>(&'a self, gathered: &'a Gathered, flags: &Flags) -> Request<'a> {
        Request {
            profile: gathered.profile.as_ref(),
            preset: self.preset.as_deref(),
            email: self.email.as_deref(),
            pop3_security: flags.pop3_security,
            imap_security: flags.imap_security,
            smtp_security: flags.smtp_security,
            incoming: flags.incoming,
        }
    }

    /// The options that are values to parse, parsed.
    fn flags(&self) -> Result<Flags, String> {
        let security = |value: &Option<String>, flag: &str| {
            value
                .as_deref()
                .map(|v| {
                    v.parse::<Security>().map_err(|e| {
                        format!(
                            "--{flag}: {}",
                            crate::model::Said::from(e).render(self.words())
                        )
                    })
                })
                .transpose()
        };
        let resolve: Vec<ResolveOverride> = self
            .resolve
            .iter()
            .map(|r| r.parse::<ResolveOverride>())
            .collect::<Result<_, _>>()
            .map_err(|e| format!("--resolve: {}", e.render(self.words())))?;
        let step_timeout = match self.timeout {
            Some(t) if !(t.is_finite() && t > 0.0 && t <= 3600.0) => {
                return Err(said!(
                    "cli-seconds-out-of-range",
                    flag = "--timeout",
                    value = t.to_string(),
                    max = "3600"
                )
                .render(self.words())
                .into_owned());
            }
            Some(t) => Duration::from_secs_f64(t),
            None => Plan::DEFAULT_STEP_TIMEOUT,
        };
        let session_timeout = match self.session_timeout {
            Some(t) if !(t.is_finite() && t > 0.0 && t <= 86_400.0) => {
                return Err(said!(
                    "cli-seconds-out-of-range",
                    flag = "--session-timeout",
                    value = t.to_string(),
                    max = "86400"
                )
                .render(self.words())
                .into_owned());
            }
            Some(t) => Some(Duration::from_secs_f64(t)),
            None => None,
        };
        let dns_server = self
            .dns_server
            .as_deref()
            .map(|spec| {
                parse_dns_server(spec)
                    .map_err(|e| format!("--dns-server: {}", e.render(self.words())))
            })
            .transpose()?;
        let incoming = self
            .incoming
            .as_deref()
            .map(|v| {
                v.parse::<IncomingChoice>()
                    .map_err(|e| format!("--incoming: {}", e.render(self.words())))
            })
            .transpose()?;
        Ok(Flags {
            incoming,
            pop3_security: security(&self.pop3_security, "pop3-security")?,
            imap_security: security(&self.imap_security, "imap-security")?,
            smtp_security: security(&self.smtp_security, "smtp-security")?,
            resolve,
            step_timeout,
            session_timeout,
            dns_server,
        })
    }

    /// True when servers are given and every one is on this machine (a loopback address, a pin
    /// to one, or `localhost`). Such a run asks no DNS server about the e-mail domain unless
    /// `--dns-server` names one, as the network panel does.
    fn local_servers_only(&self, resolve: &[ResolveOverride]) -> bool {
        let hosts: Vec<String> = [&self.pop3, &self.imap, &self.smtp]
            .into_iter()
            .flatten()
            .filter_map(|spec| split_host_port(spec).ok().map(|(host, _)| host))
            .collect();
        !hosts.is_empty()
            && hosts.iter().all(|host| {
                let pinned = resolve
                    .iter()
                    .filter(|r| r.host.eq_ignore_ascii_case(host))
                    .map(|r| r.addr);
                let literal = host.parse::<std::net::IpAddr>().ok();
                match literal.into_iter().chain(pinned).next() {
                    Some(addr) => addr.is_loopback(),
                    None => crate::probe::hosts::is_localhost_name(host),
                }
            })
    }

    /// The network panel's options: resolver, time server, public address, blocklists,
    /// reachability targets and DKIM selectors.
    fn network_options(&self, plan: &mut Plan) -> Result<(), String> {
        if let Some(spec) = &self.dns_server {
            plan.dns_server = Some(
                parse_dns_server(spec)
                    .map_err(|e| format!("--dns-server: {}", e.render(self.words())))?,
            );
        }
        if let Some(spec) = &self.sntp_server {
            plan.sntp_server = Some(
                HostPort::parse(spec, Some(crate::probe::sntp::SNTP_PORT)).map_err(|e| {
                    format!(
                        "--sntp-server: {}",
                        crate::model::Said::from(e).render(self.words())
                    )
                })?,
            );
        }
        if let Some(addr) = &self.public_ip {
            let trimmed = addr.trim().trim_start_matches('[').trim_end_matches(']');
            plan.public_ip = Some(trimmed.parse().map_err(|_| {
                said!("cli-not-an-ip", flag = "--public-ip", value = addr)
                    .render(self.words())
                    .into_owned()
            })?);
        }
        plan.dnsbl_zones = self
            .dnsbl
            .iter()
            .map(|z| crate::domain::dnsbl::normalize_zone(z))
            .collect::<Result<_, _>>()
            .map_err(|e| e.render(self.words()).into_owned())?;
        plan.reach = self
            .reach
            .iter()
            .map(|t| HostPort::parse(t, None))
            .collect::<Result<_, _>>()
            .map_err(|e| {
                format!(
                    "--reach: {}",
                    crate::model::Said::from(e).render(self.words())
                )
            })?;
        plan.dkim_selectors = self
            .dkim_selector
            .iter()
            .map(|s| {
                let s = s.trim().to_ascii_lowercase();
                if crate::domain::dkim::is_selector(&s) {
                    Ok(s)
                } else {
                    Err(said!("cli-not-a-selector", value = s)
                        .render(self.words())
                        .into_owned())
                }
            })
            .collect::<Result<_, _>>()?;
        Ok(())
    }

    /// The OAuth2 token from `--oauth2-token-env` or `--oauth2-token-command`, if either is
    /// given. The errors name the variable or the command, never what it held.
    fn oauth2_token(&self, source: &dyn PasswordSource) -> Result<Option<Secret>, String> {
        if let Some(var) = &self.oauth2_token_env {
            return match source.env(var).map(|t| t.trim().to_string()) {
                Some(t) if !t.is_empty() => Ok(Some(Secret::new(t))),
                _ => Err(said!("cli-oauth2-token-env-unset", variable = var)
                    .render(self.words())
                    .into_owned()),
            };
        }
        let Some(command) = &self.oauth2_token_command else {
            return Ok(None);
        };
        crate::secret_command::read_secret(command, crate::secret_command::DEFAULT_DEADLINE)
            .map(Some)
            .map_err(|e| {
                said!("cli-oauth2-token-command-failed", error = e.said())
                    .render(self.words())
                    .into_owned()
            })
    }

    fn password(
        &self,
        source: &dyn PasswordSource,
        user: Option<&str>,
    ) -> Result<Option<Secret>, String> {
        if let Some(var) = &self.password_env {
            return match source.env(var) {
                Some(p) => Ok(Some(Secret::new(p))),
                None => Err(said!("cli-password-env-unset", variable = var)
                    .render(self.words())
                    .into_owned()),
            };
        }
        if let Some(p) = source.env(PASSWORD_ENV) {
            return Ok(Some(Secret::new(p)));
        }
        let question = |user: &str| {
            said!(
                "cli-password-prompt",
                user = crate::sanitize::sanitize_str(user)
            )
            .render(self.words())
            .into_owned()
                + " "
        };
        Ok(user
            .and_then(|u| source.prompt(&question(u)))
            .map(Secret::new))
    }
}

/// `ADDRESS`, `ADDRESS:PORT` or `[v6]:PORT` of a DNS server (port 53 by default).
pub fn parse_dns_server(spec: &str) -> Result<std::net::SocketAddr, crate::model::Said> {
    let (host, port) = split_host_port(spec).map_err(crate::model::Said::from)?;
    let ip: std::net::IpAddr = host
        .parse()
        .map_err(|_| said!("value-not-an-address", address = host))?;
    Ok(std::net::SocketAddr::new(ip, port.unwrap_or(53)))
}

/// What parsing the command line came to when it is not a command to run.
pub enum ParseStop {
    /// Help or version was asked for: print this and exit 0.
    Info(String),
    /// The command line is wrong: this one-line message, exit 2.
    Usage(String),
}

/// Parse the command line. Mistakes give one line that says what to change.
pub fn parse() -> Result<Cli, ParseStop> {
    parse_from(std::env::args_os())
}

/// [`parse`] over given arguments.
pub fn parse_from<I, T>(args: I) -> Result<Cli, ParseStop>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::error::ErrorKind;
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let words = crate::cli_help::without_lang_after_help(args.clone());
    // A command to run is read with clap's tree as it is: the catalogue is loaded only when
    // help is asked for.
    let e = match Cli::command()
        .try_get_matches_from(&words)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches))
    {
        Ok(cli) => return Ok(cli),
        Err(e) => e,
    };
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // In the language asked for, wherever `--lang` stands: it is looked for in the
            // whole command line, since `--help` stops clap's reading where it is.
            let lang = crate::cli_help::lang_of_args(&args);
            let help = match crate::cli_help::localized(Cli::command(), lang)
                .try_get_matches_from(words)
            {
                Err(help) => help.render().to_string(),
                Ok(_) => e.render().to_string(),
            };
            Err(ParseStop::Info(crate::cli_help::localize_rendered(
                &help, lang,
            )))
        }
        ErrorKind::DisplayVersion => Err(ParseStop::Info(e.render().to_string())),
        _ => {
            let lang = crate::cli_help::lang_of_args(&args);
            Err(ParseStop::Usage(crate::cli_errors::usage_line(&e, lang)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct FakeSource(Vec<(&'static str, &'static str)>);
    impl PasswordSource for FakeSource {
        fn env(&self, var: &str) -> Option<String> {
            self.0
                .iter()
                .find(|(k, _)| *k == var)
                .map(|(_, v)| v.to_string())
        }
        fn prompt(&self, _: &str) -> Option<String> {
            None
        }
    }

    fn args(list: &[&str]) -> AccountArgs {
        let mut all = vec!["mailtriage", "check"];
        all.extend_from_slice(list);
        match Cli::try_parse_from(all).unwrap().command {
            Some(Command::Check(c)) => c.account,
            _ => unreachable!("the test parses a check command"),
        }
    }

    /// The pure half of plan building, fed by hand: an address whose domain no preset knows,
    /// with SRV records that name its POP3 server and an MX at a known provider.
    #[test]
    fn a_plan_builds_from_what_was_gathered_without_io() {
        use crate::discovery::{DnsAnswer, SrvService, SrvTarget};
        let account = args(&["--email", "ana@example.test", "--smtp", "smtp.example.test"]);
        let gathered = Gathered {
            profile: None,
            presets: Presets::embedded(),
            extra_ca_pem: None,
            discovery: Some(Discovery {
                domain: "example.test".into(),
                mx: DnsAnswer::NoRecords,
                srv: vec![(
                    SrvService::Pop3s,
                    DnsAnswer::Records(vec![SrvTarget::new(0, 0, 995, "pop.example.test")]),
                )],
                autoconfig: None,
                problems: Vec::new(),
            }),
            guess: None,
        };
        let (plan, preset) = account.build_plan(&gathered).unwrap();
        let incoming = plan.incoming.as_ref().unwrap();
        assert_eq!(
            (incoming.host.as_str(), incoming.port, incoming.security),
            ("pop.example.test", 995, Security::Tls)
        );
        assert_eq!(plan.outgoing.as_ref().unwrap().host, "smtp.example.test");
        assert_eq!(plan.password, None, "building never asks for the password");
        assert_eq!(preset, None);
        let source = plan.account_source.as_deref().unwrap();
        assert_eq!(source.outgoing_from, Some(Origin::Options));
        // The same inputs give the same plan: nothing else is read.
        let (again, _) = account.build_plan(&gathered).unwrap();
        assert_eq!(again.incoming, plan.incoming);
    }

    fn built(list: &[&str]) -> Result<Plan, String> {
        let gathered = Gathered {
            profile: None,
            presets: Presets::embedded(),
            extra_ca_pem: None,
            discovery: None,
            guess: None,
        };
        args(list).build_plan(&gathered).map(|(plan, _)| plan)
    }

    #[test]
    fn incoming_picks_the_presets_pop3_imap_or_both() {
        let host = |e: &Option<Endpoint>| e.as_ref().map(|e| (e.host.clone(), e.port));
        let plan = built(&["--preset", "gmail"]).unwrap();
        assert_eq!(plan.incoming_protocol, Protocol::Pop3);
        assert_eq!(host(&plan.incoming), Some(("pop.gmail.com".into(), 995)));
        assert_eq!(plan.imap_beside, None);

        let plan = built(&["--preset", "gmail", "--incoming", "imap"]).unwrap();
        assert_eq!(plan.incoming_protocol, Protocol::Imap);
        assert_eq!(host(&plan.incoming), Some(("imap.gmail.com".into(), 993)));
        let source = plan.account_source.as_deref().unwrap();
        assert_eq!(source.imap_from, Some(Origin::Preset));

        let plan = built(&[
            "--preset",
            "web-de",
            "--incoming",
            "both",
            "--imap-security",
            "starttls",
        ])
        .unwrap();
        assert_eq!(plan.incoming_protocol, Protocol::Pop3);
        assert_eq!(host(&plan.incoming), Some(("pop3.web.de".into(), 995)));
        assert_eq!(host(&plan.imap_beside), Some(("imap.web.de".into(), 143)));
        assert!(plan.account_source.as_deref().unwrap().imap_beside);

        // A provider without POP3 is checked over IMAP without being asked.
        let plan = built(&["--email", "ana@icloud.com"]).unwrap();
        assert_eq!(plan.incoming_protocol, Protocol::Imap);
        assert_eq!(host(&plan.incoming), Some(("imap.mail.me.com".into(), 993)));

        // Explicit servers win, side by side with the preset's other one for both.
        let plan = built(&[
            "--preset",
            "gmail",
            "--incoming",
            "both",
            "--pop3",
            "127.0.0.1:1995",
        ])
        .unwrap();
        assert_eq!(host(&plan.incoming), Some(("127.0.0.1".into(), 1995)));
        assert_eq!(
            host(&plan.imap_beside),
            Some(("imap.gmail.com".into(), 993))
        );
        let source = plan.account_source.as_deref().unwrap();
        assert_eq!(
            (source.incoming_from, source.imap_from),
            (Some(Origin::Options), Some(Origin::Preset))
        );
        let plan = built(&["--preset", "gmail", "--imap", "127.0.0.1:1993"]).unwrap();
        assert_eq!(plan.incoming_protocol, Protocol::Imap);
        assert_eq!(host(&plan.incoming), Some(("127.0.0.1".into(), 1993)));
        assert_eq!(plan.imap_beside, None);
    }

    #[test]
    fn incoming_that_cannot_be_met_is_a_clear_error() {
        for (list, expected) in [
            (
                &["--pop3", "h", "--incoming", "imap"][..],
                "contradicts --pop3",
            ),
            (&["--imap", "h", "--incoming", "pop3"], "contradicts --imap"),
            (
                &["--preset", "icloud", "--incoming", "pop3"],
                "no POP3 server",
            ),
            (
                &["--preset", "icloud", "--incoming", "both"],
                "no POP3 server",
            ),
            (&["--smtp", "h", "--incoming", "imap"], "no IMAP server"),
            (
                &["--preset", "gmail", "--incoming", "smtp"],
                "pop3, imap or both",
            ),
            (
                &["--preset", "gmail", "--imap-security", "tls"],
                "--imap-security needs",
            ),
        ] {
            let err = built(list).unwrap_err();
            assert!(err.contains(expected), "{list:?}: {err}");
            assert!(!err.contains('\n'), "{err}");
        }
    }

    #[test]
    fn the_outgoing_user_name_is_kept_only_when_it_differs() {
        let plan = args(&["--smtp", "h", "--user", "ana", "--smtp-user", "relay"])
            .to_plan(&FakeSource(vec![]))
            .unwrap();
        assert_eq!(plan.user_for(Protocol::Smtp), Some("relay"));
        assert_eq!(plan.user_for(Protocol::Pop3), Some("ana"));
        assert!(!plan.same_login_both_sides());
        let plan = args(&["--smtp", "h", "--user", "ana", "--smtp-user", "ana"])
            .to_plan(&FakeSource(vec![]))
            .unwrap();
        assert_eq!(plan.smtp_user, None);
        assert!(plan.same_login_both_sides());
    }

    #[test]
    fn default_ports_follow_security() {
        let plan = args(&[
            "--pop3",
            "pop.example.test",
            "--pop3-security",
            "starttls",
            "--smtp",
            "smtp.example.test",
        ])
        .to_plan(&FakeSource(vec![]))
        .unwrap();
        assert_eq!(plan.incoming.unwrap().port, 110);
        assert_eq!(plan.outgoing.unwrap().port, 587);
    }

    #[test]
    fn password_from_named_env_then_default_env() {
        let source = FakeSource(vec![("MY_PW", "a"), (PASSWORD_ENV, "b")]);
        let plan = args(&["--pop3", "h", "--user", "u", "--password-env", "MY_PW"])
            .to_plan(&source)
            .unwrap();
        assert_eq!(plan.password.unwrap().expose(), "a");
        let plan = args(&["--pop3", "h", "--user", "u"])
            .to_plan(&source)
            .unwrap();
        assert_eq!(plan.password.unwrap().expose(), "b");
        let err = args(&["--pop3", "h", "--password-env", "MISSING"])
            .to_plan(&source)
            .unwrap_err();
        assert!(err.contains("MISSING"));
    }

    #[test]
    fn an_oauth2_token_replaces_the_password() {
        // MAILTRIAGE_PASSWORD is set too: with a token it is not read.
        let source = FakeSource(vec![("TOKEN", " ya29.token \n"), (PASSWORD_ENV, "pw")]);
        let plan = args(&["--pop3", "h", "--user", "u", "--oauth2-token-env", "TOKEN"])
            .to_plan(&source)
            .unwrap();
        assert_eq!(plan.oauth2_token.unwrap().expose(), "ya29.token");
        assert!(plan.password.is_none(), "no password beside a token");
        for missing in ["MISSING", "EMPTY"] {
            let source = FakeSource(vec![("EMPTY", "  ")]);
            let err = args(&["--pop3", "h", "--oauth2-token-env", missing])
                .to_plan(&source)
                .unwrap_err();
            assert!(err.contains(missing), "{err}");
        }
        let plan = args(&[
            "--pop3",
            "h",
            "--user",
            "u",
            "--oauth2-token-command",
            "printf 'from-cmd\\nsecond line'",
        ])
        .to_plan(&FakeSource(vec![(PASSWORD_ENV, "pw")]))
        .unwrap();
        assert_eq!(plan.oauth2_token.unwrap().expose(), "from-cmd");
        assert!(plan.password.is_none());
        let err = args(&["--pop3", "h", "--oauth2-token-command", "false"])
            .to_plan(&FakeSource(vec![]))
            .unwrap_err();
        assert!(
            err.contains("--oauth2-token-command") && err.contains("false"),
            "{err}"
        );
    }

    #[test]
    fn token_options_exclude_each_other_and_the_password_variable() {
        for list in [
            &["--oauth2-token-env", "A", "--oauth2-token-command", "b"][..],
            &["--oauth2-token-env", "A", "--password-env", "B"][..],
            &["--oauth2-token-command", "a", "--password-env", "B"][..],
        ] {
            let mut all = vec!["mailtriage", "check", "--pop3", "h"];
            all.extend_from_slice(list);
            assert!(Cli::try_parse_from(all).is_err(), "{list:?}");
        }
    }

    #[test]
    fn report_options_parse_and_private_needs_a_report() {
        let check = |list: &[&str]| {
            let mut all = vec!["mailtriage", "check", "--pop3", "h"];
            all.extend_from_slice(list);
            Cli::try_parse_from(all).map(|cli| match cli.command {
                Some(Command::Check(c)) => (c.report, c.private),
                _ => unreachable!("the test parses a check command"),
            })
        };
        assert_eq!(
            check(&["--report", "out.md", "--private"]).unwrap(),
            (Some(PathBuf::from("out.md")), true)
        );
        assert_eq!(check(&[]).unwrap(), (None, false));
        assert!(check(&["--private"]).is_err());
    }

    #[test]
    fn the_dashboard_takes_a_report_folder() {
        let dir = |list: &[&str]| {
            let mut all = vec!["mailtriage"];
            all.extend_from_slice(list);
            Cli::try_parse_from(all).map(|cli| cli.dashboard.report_dir)
        };
        assert_eq!(
            dir(&["--report-dir", "/srv/reports"]).unwrap(),
            Some(PathBuf::from("/srv/reports"))
        );
        assert_eq!(dir(&[]).unwrap(), None);
    }

    #[test]
    fn network_options_reach_the_plan() {
        let plan = args(&[
            "--pop3",
            "h",
            "--email",
            "ana@example.test",
            "--dns-server",
            "127.0.0.1:5353",
            "--sntp-server",
            "[::1]",
            "--public-ip",
            "203.0.113.7",
            "--dnsbl",
            "BL.Example.test.",
            "--dnsbl",
            "bl2.example.test",
            "--reach",
            "127.0.0.1:443",
            "--dkim-selector",
            "Sel1",
            // Discovery asks the DNS server above about example.test: nothing answers there.
            "--timeout",
            "0.2",
        ])
        .to_plan(&FakeSource(vec![]))
        .unwrap();
        assert_eq!(plan.email.as_deref(), Some("ana@example.test"));
        assert_eq!(plan.dns_server, Some("127.0.0.1:5353".parse().unwrap()));
        let sntp = plan.sntp_server.unwrap();
        assert_eq!((sntp.host.as_str(), sntp.port), ("::1", 123));
        assert_eq!(plan.public_ip, Some("203.0.113.7".parse().unwrap()));
        assert_eq!(plan.dnsbl_zones, ["bl.example.test", "bl2.example.test"]);
        assert_eq!(plan.reach[0].port, 443);
        assert_eq!(plan.dkim_selectors, ["sel1"]);
        assert_eq!(parse_dns_server("::1").unwrap().port(), 53);
    }

    #[test]
    fn session_timeout_reaches_the_plan() {
        let none = FakeSource(vec![]);
        let plan = args(&["--pop3", "127.0.0.1", "--session-timeout", "2.5"])
            .to_plan(&none)
            .unwrap();
        assert_eq!(plan.session_timeout, Some(Duration::from_millis(2500)));
        let plan = args(&["--pop3", "127.0.0.1"]).to_plan(&none).unwrap();
        assert_eq!(plan.session_timeout, None);
    }

    #[test]
    fn clap_errors_become_one_line() {
        for bad in [
            &["mailtriage", "check", "--timeout"][..],
            &["mailtriage", "check", "--only", "everything"],
            &["mailtriage", "nonsense"],
        ] {
            match parse_from(bad) {
                Err(ParseStop::Usage(line)) => assert!(!line.contains('\n'), "{line}"),
                _ => panic!("{bad:?} should be a usage error"),
            }
        }
        assert!(matches!(
            parse_from(["mailtriage", "--help"]),
            Err(ParseStop::Info(_))
        ));
    }

    #[test]
    fn bad_values_are_one_line_errors() {
        let none = FakeSource(vec![]);
        for bad in [
            &["--pop3", "h", "--pop3-security", "bogus"][..],
            &["--pop3", "h:99999"],
            &["--pop3", "h", "--timeout", "0"],
            &["--pop3", "h", "--session-timeout", "0"],
            &["--pop3", "h", "--session-timeout", "inf"],
            &["--pop3", "h", "--resolve", "nonsense"],
            &["--pop3", "h", "--dns-server", "dns.example.test"],
            &["--pop3", "h", "--sntp-server", "time.test:0"],
            &["--pop3", "h", "--public-ip", "example"],
            &["--pop3", "h", "--dnsbl", "not a zone"],
            &["--pop3", "h", "--reach", "example.test"],
            &["--pop3", "h", "--dkim-selector", "a b"],
        ] {
            let err = args(bad).to_plan(&none).unwrap_err();
            assert!(!err.contains('\n'), "{err}");
        }
    }

    #[test]
    fn only_local_servers_ask_no_dns_server_about_the_domain() {
        let local = |list: &[&str]| {
            let a = args(list);
            let pins: Vec<ResolveOverride> = a.resolve.iter().map(|r| r.parse().unwrap()).collect();
            a.local_servers_only(&pins)
        };
        assert!(local(&["--pop3", "127.0.0.1:1995"]));
        assert!(local(&["--pop3", "[::1]:1995", "--smtp", "localhost:2525"]));
        assert!(local(&[
            "--pop3",
            "pop.example.test",
            "--resolve",
            "pop.example.test:995:127.0.0.2"
        ]));
        assert!(!local(&[
            "--pop3",
            "127.0.0.1",
            "--smtp",
            "smtp.example.test"
        ]));
        assert!(!local(&["--email", "ana@example.test"]), "no server given");
    }
}
