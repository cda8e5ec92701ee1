//! Start-up cost every `check`, `scan` and dashboard run pays before its first connection:
//! building the TLS trust store (the bundled webpki roots plus the system's certificates, which
//! rustls-native-certs reads from both the bundle file and the certificate folder) and reading
//! the built-in presets; and what an `--email` look-up adds the first time it needs Thunderbird's
//! provider database (parsed on first use, once).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

use mailtriage::probe::tls::TlsContext;

fn trust_store(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    group.bench_function("tls_context_with_system_roots", |b| {
        b.iter(|| TlsContext::new(black_box(None)).map(|_| ()))
    });
    group.bench_function("presets_embedded", |b| {
        b.iter(|| black_box(mailtriage::preset::Presets::embedded()))
    });
    group.bench_function("ispdb_first_use", |b| {
        b.iter(|| {
            black_box(mailtriage::ispdb::Ispdb::from_files(
                mailtriage::ispdb::FILES,
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, trust_store);
criterion_main!(benches);
