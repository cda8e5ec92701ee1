//! Start-up cost every `check`, `scan` and dashboard run pays before its first connection:
//! building the TLS trust store (the bundled webpki roots plus the system's certificates, which
//! rustls-native-certs reads from both the bundle file and the certificate folder).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

use mailtriage::probe::tls::TlsContext;

fn trust_store(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    group.bench_function("tls_context_with_system_roots", |b| {
        b.iter(|| TlsContext::new(black_box(None)).map(|_| ()))
    });
    group.finish();
}

criterion_group!(benches, trust_store);
criterion_main!(benches);
