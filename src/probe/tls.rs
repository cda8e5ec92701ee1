//! TLS client configuration, a certificate verifier that records the chain and its verdict, and
//! certificate summaries.
