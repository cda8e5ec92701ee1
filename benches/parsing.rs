//! Reply parsing and session throughput: how many server bytes per second the protocol core
//! digests, so a chatty or hostile server costs CPU in proportion to what it sends.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

use mailtriage::account::{Secret, Security};
use mailtriage::proto::pop3::Pop3Session;
use mailtriage::proto::reply::{LineReader, SmtpReplyAssembler, parse_pop3_status};
use mailtriage::proto::session::{Action, Credentials, Depth, Session, SessionConfig};

fn ehlo_blob(lines: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..lines {
        out.extend_from_slice(
            format!("250-X-EXTENSION-NUMBER-{i} with some parameters\r\n").as_bytes(),
        );
    }
    out.extend_from_slice(b"250 SMTPUTF8\r\n");
    out
}

fn smtp_replies(c: &mut Criterion) {
    let blob = ehlo_blob(900);
    let mut group = c.benchmark_group("smtp_reply");
    group.throughput(Throughput::Bytes(blob.len() as u64));
    group.bench_function("ehlo_900_lines", |b| {
        b.iter(|| {
            let mut lines = LineReader::new();
            let mut asm = SmtpReplyAssembler::new();
            lines.push(black_box(&blob));
            let mut replies = 0;
            while let Ok(Some(line)) = lines.next_line() {
                if let Ok(Some(_)) = asm.push_line(&line) {
                    replies += 1;
                }
            }
            replies
        })
    });
    group.finish();
}

fn pop3_status(c: &mut Criterion) {
    let lines: [&[u8]; 4] = [
        b"+OK Dovecot (Debian) ready.",
        b"-ERR [AUTH] Authentication failed.",
        b"-ERR [SYS/TEMP] Temporary authentication failure.",
        b"+ VXNlcm5hbWU6",
    ];
    c.bench_function("pop3_status_4_lines", |b| {
        b.iter(|| {
            for l in lines {
                let _ = black_box(parse_pop3_status(black_box(l)));
            }
        })
    });
}

fn pop3_session(c: &mut Criterion) {
    let cfg = SessionConfig {
        security: Security::Tls,
        credentials: Some(Credentials {
            user: "ana@example.test".into(),
            password: Secret::new("pw"),
        }),
        oauth2: None,
        allow_plaintext_auth: false,
        depth: Depth::Full,
        from: None,
        to: None,
        ehlo_name: "probe.example.test".into(),
    };
    let replies: [&[u8]; 5] = [
        b"+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nPIPELINING\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n",
        b"+OK Logged in.\r\n",
        b"+OK 3 1234\r\n",
        b"+OK 1 000000015d2b1a9c\r\n",
        b"+OK Logging out.\r\n",
    ];
    c.bench_function("pop3_session_full_dialogue", |b| {
        b.iter(|| {
            let mut s = Pop3Session::new(cfg.clone(), true);
            s.receive(b"+OK Dovecot ready.\r\n");
            let mut next = replies.iter();
            let mut sends = 0;
            loop {
                let mut sent = false;
                while let Some(a) = s.poll_action() {
                    if let Action::Send { .. } = a {
                        sent = true;
                        sends += 1;
                    }
                }
                if s.is_done() || !sent {
                    break;
                }
                if let Some(r) = next.next() {
                    s.receive(r);
                }
            }
            sends
        })
    });
}

criterion_group!(benches, smtp_replies, pop3_status, pop3_session);
criterion_main!(benches);
