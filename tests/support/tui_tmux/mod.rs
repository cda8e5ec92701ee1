//! Support of the end-to-end dashboard tests: the lab's POP3 and SMTP servers set up as the
//! screens expect, a private tmux server running the real binary, and a reader of the captured
//! screen.

#![allow(dead_code)]

pub mod lab_servers;
pub mod screen;
pub mod tmux;
