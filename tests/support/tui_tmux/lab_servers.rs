//! The dashboard tests' two servers, from the product's lab: a plain POP3 server (USER/PASS
//! only) and a plain SMTP submission server (AUTH PLAIN only) on 127.0.0.1, both knowing one
//! account, with the greetings the screens are checked for.

use mailtriage::lab::{Lab, Log, Server, ServerSpec, Transport};

/// A POP3 and an SMTP server; they stop when this is dropped.
pub struct Servers {
    pub pop3: Server,
    pub smtp: Server,
    _lab: Lab,
}

impl Servers {
    pub fn start(user: &str, password: &str) -> Servers {
        let lab = Lab::new().expect("the lab");
        let pop3 = ServerSpec::pop3(Transport::Plain, user, password)
            .greeting("+OK scripted POP3 server ready")
            .capabilities(&["USER", "UIDL"])
            .sasl(&[])
            .messages(&[("msg-one", 160), ("msg-two", 160)]);
        let smtp = ServerSpec::smtp(Transport::Plain, user, password)
            .names(&["scripted.test"])
            .greeting("220 scripted.test ESMTP ready")
            .sasl(&["PLAIN"]);
        Servers {
            pop3: lab.start(pop3).expect("start the POP3 server"),
            smtp: lab.start(smtp).expect("start the SMTP server"),
            _lab: lab,
        }
    }
}

/// Commands that would read, change or send mail: the dashboard must never send them.
pub fn forbidden(log: &Log) -> usize {
    log.verbs()
        .iter()
        .filter(|v| ["DELE", "RETR", "TOP", "DATA", "BDAT"].contains(&v.as_str()))
        .count()
}

/// Every line a server received, for failure messages, with what follows PASS and AUTH (and
/// any line that is not a command, such as a SASL answer) masked.
pub fn shown(log: &Log) -> String {
    const COMMANDS: [&str; 14] = [
        "CAPA", "USER", "STAT", "UIDL", "LIST", "NOOP", "QUIT", "STLS", "EHLO", "HELO", "MAIL",
        "RCPT", "RSET", "STARTTLS",
    ];
    log.lines()
        .iter()
        .map(|r| {
            let verb = r.verb();
            if COMMANDS.contains(&verb.as_str()) {
                format!("#{} {}", r.connection, r.line)
            } else if verb == "PASS" || verb == "AUTH" {
                format!("#{} {verb} ***", r.connection)
            } else {
                format!("#{} ***", r.connection)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
