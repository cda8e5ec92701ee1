//! Many accounts at scale: `mailtriage check --accounts` over N = 1, 100 and 1,000 accounts on
//! loopback scripted servers (the lab: 70 % healthy, 20 % refused logins, 10 % silent incoming
//! servers), against the same work done by a shell loop of `curl` (POP3: log in, LIST, QUIT)
//! and `swaks` (SMTP: log in, MAIL FROM, RCPT TO, quit) under `xargs -P` with the same
//! parallelism. Each run is timed by `/usr/bin/time`: wall time, CPU (user + system, children
//! included) and peak resident memory (of the largest single process: for mailtriage the whole
//! program, for the loop one `curl` or `swaks`).
//!
//! Run: `cargo bench --bench accounts` (release build). Loopback only. Prints a Markdown table.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use mailtriage::lab::{CertKind, Lab, Misbehaviour, Server, ServerSpec, Transport};

const NAME: &str = "mail.test";
const USER: &str = "alice@mail.test";
const PASSWORD: &str = "c0rrect-h0rse-Battery";
const PARALLEL: usize = 16;
/// Step deadline for every tool, seconds: a silent server costs this much per account.
const TIMEOUT: &str = "2";
const SIZES: [usize; 3] = [1, 100, 1000];

/// What one account of the generated set is.
#[derive(Clone, Copy)]
enum Kind {
    Healthy,
    Refused,
    Silent,
}

fn kind_of(i: usize) -> Kind {
    match i % 10 {
        0..=6 => Kind::Healthy,
        7 | 8 => Kind::Refused,
        _ => Kind::Silent,
    }
}

struct Servers {
    pop3: Server,
    silent: Server,
    smtp: Server,
}

struct Measure {
    wall_s: f64,
    cpu_s: f64,
    peak_mib: f64,
}

/// Run `command` under `/usr/bin/time`, its output dropped, and read what `time` measured.
fn timed(command: Command, scratch: &Path) -> Measure {
    let out = scratch.join("time.out");
    let program = command.get_program().to_owned();
    let args: Vec<_> = command.get_args().map(|a| a.to_owned()).collect();
    let envs: Vec<_> = command
        .get_envs()
        .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned())))
        .collect();
    let status = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%e %U %S %M")
        .arg("-o")
        .arg(&out)
        .arg(program)
        .args(args)
        .envs(envs)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("/usr/bin/time runs");
    let _ = status;
    let text = std::fs::read_to_string(&out).expect("time wrote its figures");
    let last = text.lines().last().unwrap_or_default();
    let f: Vec<f64> = last
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    assert_eq!(f.len(), 4, "unexpected /usr/bin/time output: {text}");
    Measure {
        wall_s: f[0],
        cpu_s: f[1] + f[2],
        peak_mib: f[3] / 1024.0,
    }
}

fn accounts_file(servers: &Servers, n: usize, dir: &Path) -> PathBuf {
    let mut text = format!(
        "defaults:\n  outgoing: {{ host: {NAME}, port: {}, security: tls }}\n  user: {USER}\n  from: {USER}\naccounts:\n",
        servers.smtp.port()
    );
    for i in 0..n {
        let (port, var) = match kind_of(i) {
            Kind::Healthy => (servers.pop3.port(), "BENCH_GOOD"),
            Kind::Refused => (servers.pop3.port(), "BENCH_BAD"),
            Kind::Silent => (servers.silent.port(), "BENCH_GOOD"),
        };
        text.push_str(&format!(
            "  - name: account-{i}\n    incoming: {{ host: {NAME}, port: {port}, security: tls }}\n    password_env: {var}\n"
        ));
    }
    let path = dir.join(format!("accounts-{n}.yaml"));
    std::fs::write(&path, text).unwrap();
    path
}

fn mailtriage_run(servers: &Servers, n: usize, dir: &Path, ca: &Path) -> Measure {
    let file = accounts_file(servers, n, dir);
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailtriage"));
    command
        .args(["check", "--accounts"])
        .arg(&file)
        .arg("--ca-file")
        .arg(ca)
        .args(["--to", "bob@example.test", "--timeout", TIMEOUT, "--json"])
        .args(["--parallel", &PARALLEL.to_string()])
        .args(["--per-host", &PARALLEL.to_string()]);
    for server in [&servers.pop3, &servers.silent, &servers.smtp] {
        command
            .arg("--resolve")
            .arg(format!("{NAME}:{}:127.0.0.1", server.port()));
    }
    command
        .env("BENCH_GOOD", PASSWORD)
        .env("BENCH_BAD", "wrong-password")
        .env("LANG", "C");
    timed(command, dir)
}

/// The shell loop: one line per account (`POP3PORT PASSWORD`), `xargs -P` running `sh -c` with
/// `curl` then `swaks` for each.
fn shell_loop_run(servers: &Servers, n: usize, dir: &Path, ca: &Path) -> Measure {
    let list = dir.join(format!("loop-{n}.txt"));
    let mut f = std::fs::File::create(&list).unwrap();
    for i in 0..n {
        let (port, password) = match kind_of(i) {
            Kind::Healthy => (servers.pop3.port(), PASSWORD),
            Kind::Refused => (servers.pop3.port(), "wrong-password"),
            Kind::Silent => (servers.silent.port(), PASSWORD),
        };
        writeln!(f, "{port} {password}").unwrap();
    }
    drop(f);
    let script = format!(
        "curl -s -m {TIMEOUT} --cacert {ca} --resolve {NAME}:$1:127.0.0.1 --user '{USER}':\"$2\" pop3s://{NAME}:$1/ >/dev/null; \
         swaks --silent 2 --timeout {TIMEOUT} --server 127.0.0.1 --port {smtp} --tls-on-connect \
         --auth LOGIN --auth-user '{USER}' --auth-password \"$2\" --from '{USER}' --to bob@example.test \
         --quit-after RCPT >/dev/null 2>&1; true",
        ca = ca.display(),
        smtp = servers.smtp.port(),
    );
    let mut command = Command::new("xargs");
    command.args(["-a"]).arg(&list).args([
        "-P",
        &PARALLEL.to_string(),
        "-n",
        "2",
        "sh",
        "-c",
        &script,
        "sh",
    ]);
    timed(command, dir)
}

/// The loop's tools must do the work, not fail early: for a healthy account `curl` must log in
/// and list, and `swaks` must log in and get to RCPT; their exit codes and last lines say so.
fn check_the_loop_logs_in(servers: &Servers, ca: &Path) {
    let port = servers.pop3.port().to_string();
    let curl = Command::new("curl")
        .args(["-sS", "-m", TIMEOUT, "--cacert"])
        .arg(ca)
        .args(["--resolve", &format!("{NAME}:{port}:127.0.0.1")])
        .args(["--user", &format!("{USER}:{PASSWORD}")])
        .arg(format!("pop3s://{NAME}:{port}/"))
        .output()
        .expect("curl runs");
    let swaks = Command::new("swaks")
        .args(["--timeout", TIMEOUT, "--server", "127.0.0.1", "--port"])
        .arg(servers.smtp.port().to_string())
        .args(["--tls-on-connect", "--auth", "LOGIN", "--auth-user", USER])
        .args([
            "--auth-password",
            PASSWORD,
            "--from",
            USER,
            "--to",
            "bob@example.test",
        ])
        .args(["--quit-after", "RCPT"])
        .output()
        .expect("swaks runs");
    let swaks_out = String::from_utf8_lossy(&swaks.stdout);
    println!(
        "check: curl exit {:?}, listing {:?}; swaks exit {:?}, authenticated: {}, RCPT accepted: {}\n",
        curl.status.code(),
        String::from_utf8_lossy(&curl.stdout)
            .lines()
            .next()
            .unwrap_or(""),
        swaks.status.code(),
        swaks_out.contains("<~  235"),
        swaks_out.contains("<~  250 2.1.5"),
    );
    assert!(
        curl.status.success(),
        "curl failed: {}",
        String::from_utf8_lossy(&curl.stderr)
    );
    assert!(swaks.status.success(), "swaks failed:\n{swaks_out}");
    if std::env::var_os("ACCOUNTS_BENCH_SHOW").is_some() {
        println!("{swaks_out}");
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let lab = Lab::new().expect("the lab starts");
    let names = [NAME, "localhost", "127.0.0.1"];
    let start = |spec: ServerSpec| lab.start(spec.names(&names)).expect("a lab server");
    let servers = Servers {
        pop3: start(ServerSpec::pop3(
            Transport::ImplicitTls(CertKind::Valid),
            USER,
            PASSWORD,
        )),
        silent: start(
            ServerSpec::pop3(Transport::ImplicitTls(CertKind::Valid), USER, PASSWORD)
                .misbehave(Misbehaviour::Silence),
        ),
        smtp: start(ServerSpec::smtp(
            Transport::ImplicitTls(CertKind::Valid),
            USER,
            PASSWORD,
        )),
    };
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, lab.pki().ca_pem()).unwrap();
    check_the_loop_logs_in(&servers, &ca);
    println!(
        "| accounts | tool | wall (s) | CPU user+sys (s) | peak RSS (MiB) |\n|---:|---|---:|---:|---:|"
    );
    // `ACCOUNTS_BENCH_SIZES=1,20` tries the bench quickly with other sizes.
    let sizes: Vec<usize> = match std::env::var("ACCOUNTS_BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .filter_map(|n| n.trim().parse().ok())
            .collect(),
        Err(_) => SIZES.to_vec(),
    };
    for n in sizes {
        let ours = mailtriage_run(&servers, n, dir.path(), &ca);
        println!(
            "| {n} | mailtriage --parallel {PARALLEL} | {:.2} | {:.2} | {:.1} |",
            ours.wall_s, ours.cpu_s, ours.peak_mib
        );
        if std::env::var_os("ACCOUNTS_BENCH_ONLY_OURS").is_some() {
            continue;
        }
        let theirs = shell_loop_run(&servers, n, dir.path(), &ca);
        println!(
            "| {n} | curl + swaks, xargs -P {PARALLEL} | {:.2} | {:.2} | {:.1} (largest one process) |",
            theirs.wall_s, theirs.cpu_s, theirs.peak_mib
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    println!(
        "\nlogins judged: POP3 {}, SMTP {}",
        servers.pop3.log().logins().len(),
        servers.smtp.log().logins().len()
    );
}
