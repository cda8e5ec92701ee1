//! A system I/O error in the reader's words: the kinds a person can act on (no such file,
//! permission denied, address in use …) as catalogue phrases, any other with the system's text.

use std::io::{Error, ErrorKind};

use super::Said;

impl Said {
    /// `e` in words: a phrase for the kinds people meet with files and sockets, else the
    /// system's own message.
    pub fn io_error(e: &Error) -> Said {
        match e.kind() {
            ErrorKind::NotFound => said!("io-not-found"),
            ErrorKind::PermissionDenied => said!("io-permission-denied"),
            ErrorKind::AlreadyExists => said!("io-already-exists"),
            ErrorKind::IsADirectory => said!("io-is-a-folder"),
            ErrorKind::NotADirectory => said!("io-not-a-folder"),
            ErrorKind::ReadOnlyFilesystem => said!("io-read-only"),
            ErrorKind::StorageFull => said!("io-no-space"),
            ErrorKind::AddrInUse => said!("io-address-in-use"),
            ErrorKind::AddrNotAvailable => said!("io-address-not-here"),
            _ => said!("io-other", error = e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Lang;

    #[test]
    fn common_kinds_are_said_in_every_language_and_others_keep_the_system_text() {
        let missing = Said::io_error(&Error::from(ErrorKind::NotFound));
        assert_eq!(missing.english(), "no such file or folder");
        assert_eq!(missing.render(Lang::Es), "no existe ese archivo o carpeta");
        assert_eq!(missing.render(Lang::Pt), "esse arquivo ou pasta não existe");
        let odd = Said::io_error(&Error::other("something odd"));
        assert_eq!(odd.render(Lang::Es), "something odd");
    }
}
