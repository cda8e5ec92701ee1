//! The scenarios of one lab: the exchanges compared with curl (POP3 and IMAP), swaks and
//! openssl, both panels together, the four security mismatches and the port scan.

use crate::bounds::{self, Bound};
use crate::clients::{self, CheckSpec, Expect, ScanExpect};
use crate::lab::Lab;
use crate::scenario::Scenario;

pub const POP3: &str = "POP3 over TLS: login, STAT";
pub const IMAP: &str = "IMAP over TLS: login, STATUS";
pub const SMTP: &str = "SMTP submission, STARTTLS: AUTH, QUIT";
pub const BOTH: &str = "both mail panels";
pub const HANDSHAKE: &str = "bare TLS handshake (POP3 TLS port)";
pub const MISMATCHES: [&str; 7] = [
    "POP3: plain text to the implicit-TLS port",
    "POP3: TLS to the plain-text port",
    "SMTP: plain text to the implicit-TLS port",
    "SMTP: TLS to the plain-text port",
    "POP3: the SMTP submission port given",
    "SMTP: the POP3 TLS port given",
    "POP3: a refused port beside the working one",
];
pub const DASHBOARD: &str = "dashboard: first frame and complete verdict (both mail panels)";
pub const SCAN: &str = "scan: POP3 TLS and SMTP submission ports";
pub const SILENT_SCAN: &str = "scan: silent POP3 port, --timeout 2";
/// The step deadline of [`SILENT_SCAN`], in seconds.
pub const SILENT_SCAN_TIMEOUT_SECONDS: f64 = 2.0;

/// Name of mailtriage's row in the exchange scenarios.
pub const MAILTRIAGE: &str = "mailtriage";
/// Name of the row that runs all three panels.
pub const MAILTRIAGE_ALL_PANELS: &str = "mailtriage, all 3 panels";

/// The exchanges timed against other clients, in the order they are printed.
pub fn comparisons(lab: &Lab) -> Vec<Scenario> {
    let route = lab.route;
    vec![
        Scenario {
            title: POP3.into(),
            bound: Some(&bounds::POP3_TLS_LOGIN),
            clients: vec![
                clients::mailtriage_check(
                    lab,
                    MAILTRIAGE,
                    CheckSpec {
                        only: &["incoming"],
                        pop3: Some((route.pop3_tls, "tls")),
                        imap: None,
                        smtp: None,
                        expect: Expect::AllOk(&["incoming"]),
                    },
                ),
                clients::curl_pop3(lab),
            ],
        },
        Scenario {
            title: IMAP.into(),
            bound: Some(&bounds::IMAP_TLS_LOGIN),
            clients: vec![
                clients::mailtriage_check(
                    lab,
                    MAILTRIAGE,
                    CheckSpec {
                        only: &["incoming"],
                        pop3: None,
                        imap: Some((route.imap_tls, "tls")),
                        smtp: None,
                        expect: Expect::AllOk(&["incoming"]),
                    },
                ),
                clients::curl_imap(lab),
            ],
        },
        Scenario {
            title: SMTP.into(),
            bound: Some(&bounds::SMTP_SUBMISSION),
            clients: vec![
                clients::mailtriage_check(
                    lab,
                    MAILTRIAGE,
                    CheckSpec {
                        only: &["outgoing"],
                        pop3: None,
                        imap: None,
                        smtp: Some((route.submission, "starttls")),
                        expect: Expect::AllOk(&["outgoing"]),
                    },
                ),
                clients::swaks_submission(lab),
            ],
        },
        Scenario {
            title: BOTH.into(),
            bound: Some(slower(&bounds::POP3_TLS_LOGIN, &bounds::SMTP_SUBMISSION)),
            clients: vec![
                clients::mailtriage_check(
                    lab,
                    MAILTRIAGE,
                    CheckSpec {
                        only: &["incoming", "outgoing"],
                        pop3: Some((route.pop3_tls, "tls")),
                        imap: None,
                        smtp: Some((route.submission, "starttls")),
                        expect: Expect::AllOk(&["incoming", "outgoing"]),
                    },
                ),
                clients::mailtriage_check(
                    lab,
                    MAILTRIAGE_ALL_PANELS,
                    CheckSpec {
                        only: &[],
                        pop3: Some((route.pop3_tls, "tls")),
                        imap: None,
                        smtp: Some((route.submission, "starttls")),
                        expect: Expect::AllOk(&["network", "incoming", "outgoing"]),
                    },
                ),
            ],
        },
        Scenario {
            title: HANDSHAKE.into(),
            bound: Some(&bounds::TLS_HANDSHAKE),
            clients: vec![clients::openssl_handshake(lab)],
        },
    ]
}

/// A whole `mailtriage check` (every panel, default step deadline) that meets each security
/// mismatch, in the order of [`MISMATCHES`].
pub fn mismatches(lab: &Lab) -> Vec<Scenario> {
    let route = lab.standard;
    let failed = |panel, step, evidence, working| Expect::StepFailed {
        panel,
        step,
        evidence,
        working,
    };
    let cases = [
        (
            Some((route.pop3_tls, "starttls")),
            None,
            failed("incoming", "greeting", "speaks-tls", (995, "tls")),
            &bounds::MISMATCH_POP3_PLAIN_TO_TLS,
        ),
        (
            Some((route.pop3_plain, "tls")),
            None,
            failed("incoming", "tls", "tls", (110, "starttls")),
            &bounds::MISMATCH_POP3_TLS_TO_PLAIN,
        ),
        (
            None,
            Some((route.submissions, "starttls")),
            failed("outgoing", "greeting", "speaks-tls", (465, "tls")),
            &bounds::MISMATCH_SMTP_PLAIN_TO_TLS,
        ),
        (
            None,
            Some((route.submission, "tls")),
            failed("outgoing", "tls", "tls", (587, "starttls")),
            &bounds::MISMATCH_SMTP_TLS_TO_PLAIN,
        ),
        (
            Some((route.submission, "starttls")),
            None,
            failed("incoming", "greeting", "reply", (110, "starttls")),
            &bounds::MISMATCH_POP3_ON_SMTP_PORT,
        ),
        (
            None,
            Some((route.pop3_tls, "tls")),
            failed("outgoing", "greeting", "reply", (465, "tls")),
            &bounds::MISMATCH_SMTP_ON_POP3_PORT,
        ),
        (
            Some((lab.closed, "tls")),
            None,
            failed("incoming", "tcp", "io", (995, "tls")),
            &bounds::MISMATCH_POP3_REFUSED_PORT,
        ),
    ];
    MISMATCHES
        .iter()
        .zip(cases)
        .map(|(title, (pop3, smtp, expect, bound))| Scenario {
            title: (*title).into(),
            bound: Some(bound),
            clients: vec![clients::mailtriage_check(
                lab,
                MAILTRIAGE,
                CheckSpec {
                    only: &[],
                    pop3,
                    imap: None,
                    smtp,
                    expect,
                },
            )],
        })
        .collect()
}

/// The port and security scan, once where everything configured works (default deadline) and
/// once on a port that accepts and stays silent.
pub fn scans(lab: &Lab) -> Vec<Scenario> {
    let route = lab.route;
    vec![
        Scenario {
            title: SCAN.into(),
            bound: None,
            clients: vec![clients::mailtriage_scan(
                lab,
                MAILTRIAGE,
                (route.pop3_tls, "tls"),
                Some((route.submission, "starttls")),
                None,
                ScanExpect::ConfiguredWorks,
            )],
        },
        Scenario {
            title: SILENT_SCAN.into(),
            bound: None,
            clients: vec![clients::mailtriage_scan(
                lab,
                MAILTRIAGE,
                (route.silent, "tls"),
                None,
                Some("2"),
                ScanExpect::SilentPortTimesOut,
            )],
        },
    ]
}

fn slower(a: &'static Bound, b: &'static Bound) -> &'static Bound {
    if a.count() >= b.count() { a } else { b }
}

/// The dashboard started on both mail panels: time to its first frame and to its complete
/// verdict (the both-panels bound applies to the verdict).
pub fn dashboard(lab: &Lab) -> Vec<Scenario> {
    vec![Scenario {
        title: DASHBOARD.into(),
        bound: Some(&bounds::SMTP_SUBMISSION),
        clients: vec![clients::dashboard_first_frame(lab)],
    }]
}
