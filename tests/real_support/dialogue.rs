//! Short POP3 and SMTP conversations the suite holds itself (plain sockets, bounded reads,
//! deadlines), to warm the servers up and to prove the set-up before the binary is run.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

const IO_DEADLINE: Duration = Duration::from_secs(10);
const MAX_LINE: u64 = 4096;
const MAX_REPLY_LINES: usize = 64;

/// A line-oriented plaintext connection.
pub struct Conversation {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    peer: SocketAddr,
}

impl Conversation {
    pub fn connect(peer: SocketAddr) -> Result<Self, String> {
        let stream = TcpStream::connect_timeout(&peer, IO_DEADLINE)
            .map_err(|e| format!("connect to {peer}: {e}"))?;
        stream
            .set_read_timeout(Some(IO_DEADLINE))
            .and_then(|()| stream.set_write_timeout(Some(IO_DEADLINE)))
            .map_err(|e| format!("socket options for {peer}: {e}"))?;
        let writer = stream
            .try_clone()
            .map_err(|e| format!("socket clone for {peer}: {e}"))?;
        Ok(Self {
            reader: BufReader::new(stream),
            writer,
            peer,
        })
    }

    /// One line without its CRLF.
    pub fn read_line(&mut self) -> Result<String, String> {
        let mut line = Vec::new();
        (&mut self.reader)
            .take(MAX_LINE)
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("read from {}: {e}", self.peer))?;
        if line.is_empty() {
            return Err(format!("{} closed the connection", self.peer));
        }
        if !line.ends_with(b"\n") {
            return Err(format!("{} sent a line without end", self.peer));
        }
        Ok(String::from_utf8_lossy(&line).trim_end().to_string())
    }

    /// Sends `command` and CRLF.
    pub fn send(&mut self, command: &str) -> Result<(), String> {
        self.writer
            .write_all(format!("{command}\r\n").as_bytes())
            .map_err(|e| format!("write to {}: {e}", self.peer))
    }

    /// A POP3 status line that must start with `+OK`.
    pub fn pop3_ok(&mut self, after: &str) -> Result<String, String> {
        let line = self.read_line()?;
        if line.starts_with("+OK") {
            Ok(line)
        } else {
            Err(format!("{} answered {after} with {line:?}", self.peer))
        }
    }

    /// A whole SMTP reply (all continuation lines), which must have the `expected` code.
    pub fn smtp_reply(&mut self, expected: &str, after: &str) -> Result<Vec<String>, String> {
        let mut lines = Vec::new();
        loop {
            let line = self.read_line()?;
            let last = line.as_bytes().get(3) != Some(&b'-');
            lines.push(line);
            if last {
                break;
            }
            if lines.len() >= MAX_REPLY_LINES {
                return Err(format!("{} sent an endless reply to {after}", self.peer));
            }
        }
        if lines[0].starts_with(expected) {
            Ok(lines)
        } else {
            Err(format!("{} answered {after} with {lines:?}", self.peer))
        }
    }
}

/// Logs in over POP3 USER/PASS on a plaintext port and returns the message count of STAT.
/// Dovecot accepts the plaintext password because client and server share the address.
pub fn pop3_login_and_stat(peer: SocketAddr, user: &str, password: &str) -> Result<u64, String> {
    let mut pop3 = Conversation::connect(peer)?;
    pop3.pop3_ok("the connection")?;
    pop3.send(&format!("USER {user}"))?;
    pop3.pop3_ok("USER")?;
    pop3.send(&format!("PASS {password}"))?;
    pop3.pop3_ok("PASS")?;
    pop3.send("STAT")?;
    let stat = pop3.pop3_ok("STAT")?;
    pop3.send("QUIT")?;
    pop3.pop3_ok("QUIT")?;
    stat.split_whitespace()
        .nth(1)
        .and_then(|count| count.parse().ok())
        .ok_or_else(|| format!("unreadable STAT reply {stat:?}"))
}

/// The EHLO keywords (first word of each line after the first) of an SMTP plaintext port.
pub fn smtp_ehlo_keywords(peer: SocketAddr) -> Result<Vec<String>, String> {
    let mut smtp = Conversation::connect(peer)?;
    smtp.smtp_reply("220", "the connection")?;
    smtp.send("EHLO client.mailtriage.test")?;
    let lines = smtp.smtp_reply("250", "EHLO")?;
    smtp.send("QUIT")?;
    smtp.smtp_reply("221", "QUIT")?;
    Ok(lines
        .iter()
        .skip(1)
        .filter_map(|line| line.get(4..))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .collect())
}

/// Authenticates with AUTH PLAIN on an SMTP port that offers AUTH without TLS; Postfix asks
/// Dovecot, so this proves the SASL socket between them.
pub fn smtp_auth_plain(peer: SocketAddr, user: &str, password: &str) -> Result<(), String> {
    let mut smtp = Conversation::connect(peer)?;
    smtp.smtp_reply("220", "the connection")?;
    smtp.send("EHLO client.mailtriage.test")?;
    smtp.smtp_reply("250", "EHLO")?;
    let token = STANDARD.encode(format!("\0{user}\0{password}"));
    smtp.send(&format!("AUTH PLAIN {token}"))?;
    smtp.smtp_reply("235", "AUTH PLAIN")?;
    smtp.send("QUIT")?;
    smtp.smtp_reply("221", "QUIT")?;
    Ok(())
}

/// Waits for a server greeting on a plaintext port: `+OK` (POP3) or `220` (SMTP).
pub fn greeting(peer: SocketAddr) -> Result<String, String> {
    let mut conversation = Conversation::connect(peer)?;
    conversation.read_line()
}
