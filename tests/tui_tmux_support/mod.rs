//! Support of the end-to-end dashboard tests: scripted POP3 and SMTP servers that count logins,
//! a private tmux server running the real binary, and a reader of the captured screen.

#![allow(dead_code)]

pub mod lab_servers;
pub mod pop3;
pub mod screen;
pub mod servers;
pub mod smtp;
pub mod tmux;
