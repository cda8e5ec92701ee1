//! A value typed for a server, a port or a security mode that does not parse, in words.

use super::Said;
use crate::settings::ValueError;

impl From<ValueError> for Said {
    fn from(e: ValueError) -> Said {
        match e {
            ValueError::UnknownSecurity(value) => said!("value-unknown-security", value = value),
            ValueError::NoHost(spec) => said!("value-no-host", spec = spec),
            ValueError::NoPort(spec) => said!("value-no-port", spec = spec),
            ValueError::BadPort { port, spec } => said!("value-bad-port", port = port, spec = spec),
            ValueError::NoClosingBracket(spec) => said!("value-no-closing-bracket", spec = spec),
            ValueError::AfterBracket { after, spec } => {
                said!("value-after-bracket", after = after, spec = spec)
            }
        }
    }
}

/// English, for logs and messages built with `format!`.
impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Said::from(self.clone()).english())
    }
}
