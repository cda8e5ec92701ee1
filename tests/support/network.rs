//! Loopback stand-ins for the network panel's tests: a DNS server with crafted zones, a time
//! server with a skewed clock, TCP ports that refuse or never answer, and `mailtriage check
//! --json` through the shared runner with its network panel read. The SMTP server that names
//! the client's address is the lab's ([`super::kit::smtp_seeing_client`]).
//! Everything listens on 127.0.0.0/8 or ::1 and stops when its handle is dropped.
#![allow(dead_code)]

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hickory_resolver::proto::op::{Message, MessageType, ResponseCode};
use hickory_resolver::proto::rr::rdata::{A, AAAA, MX, NS, TXT};
use hickory_resolver::proto::rr::{Name, RData, Record, RecordType};
use serde_json::Value;

/// How often the server threads look at their stop flag.
const POLL: Duration = Duration::from_millis(50);
/// The longest a `check` run may take before the test gives up on it.
const RUN_LIMIT: Duration = Duration::from_secs(60);

/// Stops a server thread when dropped.
pub struct Stop(Arc<AtomicBool>);

impl Drop for Stop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

fn stop_flag() -> (Stop, Arc<AtomicBool>) {
    let flag = Arc::new(AtomicBool::new(false));
    (Stop(Arc::clone(&flag)), flag)
}

/// What the DNS server answers for one name and type.
#[derive(Clone)]
pub enum Answer {
    Records(Vec<RData>),
    /// Answer nothing at all (a resolver that is down).
    Silence,
    Code(ResponseCode),
}

/// A zone: names (without the trailing dot, any case) and their records. A name that is not
/// listed is NXDOMAIN; a listed name without the asked type has no records.
#[derive(Clone, Default)]
pub struct Zone {
    entries: HashMap<(String, RecordType), Answer>,
}

impl Zone {
    pub fn new() -> Zone {
        Zone::default().add(".", RecordType::NS, vec![RData::NS(NS(name("ns.test")))])
    }

    pub fn add(mut self, owner: &str, kind: RecordType, records: Vec<RData>) -> Zone {
        self.entries
            .insert((key(owner), kind), Answer::Records(records));
        self
    }

    pub fn answer(mut self, owner: &str, kind: RecordType, answer: Answer) -> Zone {
        self.entries.insert((key(owner), kind), answer);
        self
    }

    pub fn a(self, owner: &str, addr: &str) -> Zone {
        let ip: Ipv4Addr = addr.parse().expect("an IPv4 literal");
        self.add(owner, RecordType::A, vec![RData::A(A(ip))])
    }

    pub fn aaaa(self, owner: &str, addr: &str) -> Zone {
        let ip: Ipv6Addr = addr.parse().expect("an IPv6 literal");
        self.add(owner, RecordType::AAAA, vec![RData::AAAA(AAAA(ip))])
    }

    pub fn txt(self, owner: &str, records: &[&str]) -> Zone {
        let data = records
            .iter()
            .map(|r| RData::TXT(TXT::new(vec![r.to_string()])))
            .collect();
        self.add(owner, RecordType::TXT, data)
    }

    /// A TXT record published as several strings, as long keys are.
    pub fn txt_split(self, owner: &str, parts: &[&str]) -> Zone {
        let data = vec![RData::TXT(TXT::new(
            parts.iter().map(|p| p.to_string()).collect(),
        ))];
        self.add(owner, RecordType::TXT, data)
    }

    pub fn mx(self, owner: &str, records: &[(u16, &str)]) -> Zone {
        let data = records
            .iter()
            .map(|(p, h)| RData::MX(MX::new(*p, name(h))))
            .collect();
        self.add(owner, RecordType::MX, data)
    }

    fn lookup(&self, owner: &str, kind: RecordType) -> Answer {
        let owner = key(owner);
        if let Some(a) = self.entries.get(&(owner.clone(), kind)) {
            return a.clone();
        }
        if self.entries.keys().any(|(n, _)| *n == owner) {
            Answer::Records(Vec::new())
        } else {
            Answer::Code(ResponseCode::NXDomain)
        }
    }
}

fn key(owner: &str) -> String {
    let k = owner.trim_end_matches('.').to_ascii_lowercase();
    if k.is_empty() { ".".into() } else { k }
}

fn name(s: &str) -> Name {
    Name::from_ascii(format!("{}.", s.trim_end_matches('.'))).expect("a valid name")
}

/// A DNS server on 127.0.0.1 (UDP) serving one zone.
pub struct DnsServer {
    pub addr: SocketAddr,
    queries: Arc<AtomicUsize>,
    asked: Arc<Mutex<Vec<(String, RecordType)>>>,
    _stop: Stop,
}

impl DnsServer {
    pub fn start(zone: Zone) -> DnsServer {
        let socket = UdpSocket::bind("127.0.0.1:0").expect("bind a loopback UDP port");
        socket
            .set_read_timeout(Some(POLL))
            .expect("set a read timeout");
        let addr = socket.local_addr().expect("the bound address");
        let (stop, flag) = stop_flag();
        let queries = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&queries);
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&asked);
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while !flag.load(Ordering::SeqCst) {
                let Ok((n, peer)) = socket.recv_from(&mut buf) else {
                    continue;
                };
                counter.fetch_add(1, Ordering::SeqCst);
                let Ok(request) = Message::from_vec(&buf[..n]) else {
                    continue;
                };
                if let Some(query) = request.queries.first() {
                    let name = query.name().to_ascii().to_ascii_lowercase();
                    log.lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push((name, query.query_type()));
                }
                if let Some(reply) = respond(&zone, &request) {
                    let _ = socket.send_to(&reply, peer);
                }
            }
        });
        DnsServer {
            addr,
            queries,
            asked,
            _stop: stop,
        }
    }

    /// How many queries arrived so far.
    pub fn queries(&self) -> usize {
        self.queries.load(Ordering::SeqCst)
    }

    /// How many queries for `name` (any case, with or without the final dot) of `kind` arrived.
    pub fn queries_for(&self, name: &str, kind: RecordType) -> usize {
        let name = format!("{}.", name.trim_end_matches('.').to_ascii_lowercase());
        self.asked
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .iter()
            .filter(|(n, k)| *n == name && *k == kind)
            .count()
    }
}

fn respond(zone: &Zone, request: &Message) -> Option<Vec<u8>> {
    let query = request.queries.first()?;
    let mut reply = Message::response(request.metadata.id, request.metadata.op_code);
    reply.metadata.message_type = MessageType::Response;
    reply.metadata.recursion_desired = request.metadata.recursion_desired;
    reply.metadata.recursion_available = true;
    reply.metadata.authoritative = true;
    reply.add_query(query.clone());
    let owner = query.name().to_ascii();
    match zone.lookup(&owner, query.query_type()) {
        Answer::Silence => return None,
        Answer::Code(code) => reply.metadata.response_code = code,
        Answer::Records(records) => {
            for r in records {
                reply.add_answer(Record::from_rdata(query.name().clone(), 60, r));
            }
        }
    }
    reply.to_vec().ok()
}

/// A UDP port on loopback that takes queries and never answers.
pub struct SilentUdp {
    pub addr: SocketAddr,
    _socket: UdpSocket,
}

impl SilentUdp {
    pub fn start() -> SilentUdp {
        let socket = UdpSocket::bind("127.0.0.1:0").expect("bind a loopback UDP port");
        SilentUdp {
            addr: socket.local_addr().expect("the bound address"),
            _socket: socket,
        }
    }
}

/// An SNTP server on 127.0.0.1 whose clock is `skew` ahead of this machine's.
pub struct SntpServer {
    pub addr: SocketAddr,
    _stop: Stop,
}

const NTP_UNIX_OFFSET: u64 = 2_208_988_800;

fn ntp_now(skew_seconds: i64) -> u64 {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970");
    let secs = (now.as_secs() as i64 + skew_seconds) as u64 + NTP_UNIX_OFFSET;
    let frac = (u64::from(now.subsec_nanos()) << 32) / 1_000_000_000;
    (secs << 32) | frac
}

impl SntpServer {
    pub fn start(skew_seconds: i64) -> SntpServer {
        let socket = UdpSocket::bind("127.0.0.1:0").expect("bind a loopback UDP port");
        socket
            .set_read_timeout(Some(POLL))
            .expect("set a read timeout");
        let addr = socket.local_addr().expect("the bound address");
        let (stop, flag) = stop_flag();
        thread::spawn(move || {
            let mut buf = [0u8; 512];
            while !flag.load(Ordering::SeqCst) {
                let Ok((n, peer)) = socket.recv_from(&mut buf) else {
                    continue;
                };
                if n < 48 {
                    continue;
                }
                let receive = ntp_now(skew_seconds);
                let mut reply = [0u8; 48];
                reply[0] = (4 << 3) | 4;
                reply[1] = 2;
                reply[12..16].copy_from_slice(b"TEST");
                reply[24..32].copy_from_slice(&buf[40..48]);
                reply[32..40].copy_from_slice(&receive.to_be_bytes());
                reply[40..48].copy_from_slice(&ntp_now(skew_seconds).to_be_bytes());
                let _ = socket.send_to(&reply, peer);
            }
        });
        SntpServer { addr, _stop: stop }
    }
}

/// A TCP port on 127.0.0.1 that nothing listens on: connects are refused.
pub use super::net::refused_port;

/// A listener that accepts connections and closes them at once.
pub struct OpenPort {
    pub addr: SocketAddr,
    _stop: Stop,
}

impl OpenPort {
    pub fn start(addr: SocketAddr) -> std::io::Result<OpenPort> {
        let listener = TcpListener::bind(addr)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let (stop, flag) = stop_flag();
        thread::spawn(move || {
            while !flag.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((stream, _)) => drop(stream),
                    Err(_) => thread::sleep(POLL),
                }
            }
        });
        Ok(OpenPort { addr, _stop: stop })
    }
}

/// A port whose listen queue is full and never drained: new connects get no answer and time
/// out, like a port a firewall drops silently.
pub struct BlackholePort {
    pub addr: SocketAddr,
    _listener: std::net::TcpListener,
    _fillers: Vec<TcpStream>,
}

impl BlackholePort {
    pub fn start(addr: SocketAddr) -> std::io::Result<BlackholePort> {
        let socket = listener_without_backlog(addr)?;
        let addr = socket.local_addr()?;
        let mut fillers = Vec::new();
        // Fill the queue until a connect goes unanswered (a backlog of 0 takes one or two).
        for _ in 0..16 {
            match TcpStream::connect_timeout(&addr, Duration::from_millis(300)) {
                Ok(s) => fillers.push(s),
                Err(_) => break,
            }
        }
        Ok(BlackholePort {
            addr,
            _listener: socket,
            _fillers: fillers,
        })
    }
}

/// A listener with a backlog of 0 (std offers no way to set the backlog).
fn listener_without_backlog(addr: SocketAddr) -> std::io::Result<std::net::TcpListener> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
    socket.bind(&addr.into())?;
    socket.listen(0)?;
    Ok(socket.into())
}

/// One finished `mailtriage check --json` run.
pub struct Run {
    pub code: i32,
    pub json: Value,
    pub stderr: String,
}

impl Run {
    /// The network panel.
    pub fn network(&self) -> &Value {
        self.json["panels"]
            .as_array()
            .and_then(|p| p.iter().find(|p| p["panel"] == "network"))
            .unwrap_or_else(|| panic!("no network panel in {}", self.json))
    }

    /// The network panel's steps of a kind.
    pub fn steps(&self, kind: &str) -> Vec<&Value> {
        self.network()["steps"]
            .as_array()
            .map(|s| s.iter().filter(|s| s["step"] == kind).collect())
            .unwrap_or_default()
    }

    /// The one step of a kind whose target contains `target`.
    pub fn step(&self, kind: &str, target: &str) -> &Value {
        let found: Vec<&Value> = self
            .steps(kind)
            .into_iter()
            .filter(|s| s["target"].as_str().unwrap_or("").contains(target))
            .collect();
        assert_eq!(
            found.len(),
            1,
            "one {kind} step for '{target}' expected in {}",
            self.network()["steps"]
        );
        found[0]
    }

    pub fn facts(&self) -> &Value {
        &self.network()["network"]
    }
}

/// Run `mailtriage check --json` with `args`, with a clean proxy environment and the extra
/// `env`; the document is checked against the shipped schema.
pub fn check(args: &[&str], env: &[(&str, &str)]) -> Run {
    check_launched(&[], args, env)
}

/// The network panel alone (`--only network`) for the incoming server `pop3`, asking the DNS
/// server `dns` and the time server `sntp` and reaching `reach`, each on loopback.
pub fn network_only(pop3: &str, dns: &str, reach: &str, sntp: &str, timeout: &str) -> Run {
    check(
        &[
            "--pop3",
            pop3,
            "--dns-server",
            dns,
            "--reach",
            reach,
            "--sntp-server",
            sntp,
            "--only",
            "network",
            "--timeout",
            timeout,
        ],
        &[],
    )
}

/// True when this machine lets the tests make a network namespace of their own.
pub fn can_unshare_network() -> bool {
    Command::new("unshare")
        .args(["-n", "true"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// [`check`] started through `launcher` (e.g. `unshare -n`, for a namespace with no network).
pub fn check_launched(launcher: &[&str], args: &[&str], env: &[(&str, &str)]) -> Run {
    let binary = env!("CARGO_BIN_EXE_mailtriage");
    let mut cmd = match launcher.split_first() {
        Some((program, rest)) => {
            let mut c = Command::new(program);
            c.args(rest).arg(binary);
            c
        }
        None => Command::new(binary),
    };
    cmd.arg("check")
        .arg("--json")
        .args(args)
        .env_remove("MAILTRIAGE_PASSWORD");
    for var in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "SOCKS_PROXY",
        "NO_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "socks_proxy",
        "no_proxy",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let run = super::run::run_within(cmd, RUN_LIMIT);
    run.assert_ended(&format!("mailtriage check {args:?}"));
    let (stdout, stderr) = (run.stdout_text(), run.stderr_text());
    let json: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}\nstderr: {stderr}"));
    let schema: Value =
        serde_json::from_str(mailtriage::report::json::SCHEMA).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "schema errors: {errors:?}\n{json:#}");
    Run {
        code: run.code.unwrap_or(-1),
        json,
        stderr,
    }
}

/// A loopback address of its own for a test (127.X.Y.Z), so fixed ports do not collide.
pub fn private_loopback(seed: u8) -> IpAddr {
    let pid = std::process::id();
    IpAddr::V4(Ipv4Addr::new(
        127,
        100 + seed % 100,
        (pid >> 8) as u8,
        pid as u8 | 1,
    ))
}
