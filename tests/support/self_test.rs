//! Tests of the test support itself: the loopback port helpers behave as their names say and
//! every form a password can take is spotted. Compiled into one test binary only, so they run
//! once. (The lab's servers are tested in `tests/lab_kit.rs`.)

use std::time::Duration;

use crate::support::secrets::{line_reveals, secret_forms};
use crate::support::{UnansweredPort, refused_port};

#[test]
fn unanswered_port_lets_connects_time_out() {
    let port = UnansweredPort::new();
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port.port()));
    let error = std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(500))
        .expect_err("the connect must not complete");
    assert_eq!(error.kind(), std::io::ErrorKind::TimedOut, "{error}");
}

#[test]
fn refused_port_refuses() {
    let port = refused_port();
    let error = std::net::TcpStream::connect(("127.0.0.1", port)).expect_err("nothing listens");
    assert_eq!(error.kind(), std::io::ErrorKind::ConnectionRefused);
}

#[test]
fn secret_forms_are_all_detected() {
    for form in secret_forms("alice", "s3cret") {
        assert!(
            line_reveals(&format!("AUTH PLAIN {form}"), "s3cret"),
            "{form}"
        );
    }
    assert!(!line_reveals("AUTH PLAIN ***", "s3cret"));
}
