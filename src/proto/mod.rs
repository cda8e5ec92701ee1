//! Sans-IO protocol core: bytes in, commands out. No sockets, no tokio.

pub mod reply;
