//! IMAP client protocol pieces (RFC 9051 / RFC 3501): response framing with bounded literals, the
//! reading of server responses, and the commands a client session may send.

pub mod command;
pub mod frame;
pub mod response;
