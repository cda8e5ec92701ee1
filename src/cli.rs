//! Command-line interface types.
