//! OAuth2 sign-in without a browser on this machine: the device authorization grant (RFC 8628)
//! against the provider a preset's `oauth2:` block describes, over a small bounded HTTP client
//! of its own; the code shown to be read out; saved token sets and their refresh.
//!
//! The access and refresh tokens and any client secret are registered with the panic scrubber
//! as soon as they are known, are [`crate::account::Secret`]s in memory, and are written
//! nowhere but the owner-only file of `--save`.

pub mod flow;
pub mod http;
pub mod identity;
pub mod options;
pub mod provider;
pub mod saved;
pub mod spoken;
pub mod store;

pub use flow::{DeviceCode, DeviceFlow, SignInError, Sleeper, TokenSet, real_sleeper};
pub use http::HttpClient;
pub use provider::{SignInRequest, SignInSettings};
