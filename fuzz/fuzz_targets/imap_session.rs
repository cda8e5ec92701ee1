//! cargo-fuzz target: see `mailtriage_fuzz::imap_session` for the input format and the properties checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mailtriage_fuzz::imap_session(data));
