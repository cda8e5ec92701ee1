//! Start-up costs of a run: the TLS context made before the first connection (it reads no file);
//! reading the system's certificates (the bundle file and the certificate folder), which a run
//! does only for a chain the bundled roots and the `--ca-file` refuse; the built-in presets as
//! a look-up first sees them (parsed once per process, off the critical path in a check); and
//! what an `--email` look-up adds the first time it needs Thunderbird's provider database
//! (parsed on first use, once).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

use mailtriage::probe::tls::TlsContext;

fn trust_store(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    group.bench_function("tls_context", |b| {
        b.iter(|| TlsContext::new(black_box(None)).map(|_| ()))
    });
    group.bench_function("system_roots_read", |b| {
        b.iter(|| black_box(rustls_native_certs::load_native_certs().certs.len()))
    });
    group.bench_function("presets_embedded_first_look", |b| {
        b.iter(|| black_box(mailtriage::preset::Presets::embedded().len()))
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
