//! Sans-IO protocol core: bytes in, commands out. No sockets, no tokio.

pub mod imap;
pub mod pop3;
pub mod reply;
pub mod sasl;
pub mod sasl_exchange;
pub mod secrets;
pub mod session;
pub mod smtp;

#[cfg(test)]
mod reply_matching_tests;
