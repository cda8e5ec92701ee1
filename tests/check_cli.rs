//! Integration tests of `mailtriage check` as a command: exit codes, panel selection, redaction
//! and the JSON schema. Also runs the tests of the shared test support, once.

mod support;

#[path = "support/self_test.rs"]
mod support_self_test;
