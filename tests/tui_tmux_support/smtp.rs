//! A scripted SMTP submission server: EHLO offering AUTH PLAIN against one account, and a count
//! of every password tried.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::servers::{Account, Connection, split_command};

/// Serve one SMTP connection until QUIT or hang-up.
pub async fn session(mut conn: Connection, account: Account) {
    if !conn.reply(&["220 scripted.test ESMTP ready"]).await {
        return;
    }
    let mut authenticated = false;
    while let Some(line) = conn.command().await {
        let (verb, arg) = split_command(&line);
        let shown = if verb == "AUTH" {
            "AUTH ***".to_string()
        } else {
            line.clone()
        };
        conn.stats.note(format!("SMTP {shown}"));
        let sent = match verb.as_str() {
            "EHLO" => {
                conn.reply(&["250-scripted.test", "250-AUTH PLAIN", "250 8BITMIME"])
                    .await
            }
            "HELO" => conn.reply(&["250 scripted.test"]).await,
            "AUTH" if authenticated => conn.reply(&["503 5.5.1 already authenticated"]).await,
            "AUTH" => {
                let mut words = arg.split_whitespace();
                let mechanism = words.next().unwrap_or("").to_ascii_uppercase();
                let initial = words.next().map(str::to_string);
                if mechanism != "PLAIN" {
                    conn.reply(&["504 5.5.4 mechanism not supported"]).await
                } else {
                    let response = match initial {
                        Some(ir) => Some(ir),
                        None => {
                            if !conn.reply(&["334 "]).await {
                                return;
                            }
                            conn.command().await
                        }
                    };
                    let Some(response) = response else {
                        return;
                    };
                    conn.stats.count_login();
                    if plain_matches(&response, &account) {
                        authenticated = true;
                        conn.reply(&["235 2.7.0 Authentication successful"]).await
                    } else {
                        conn.reply(&["535 5.7.8 Authentication credentials invalid"])
                            .await
                    }
                }
            }
            "MAIL" | "RCPT" | "RSET" | "NOOP" => conn.reply(&["250 2.0.0 OK"]).await,
            "QUIT" => {
                conn.reply(&["221 2.0.0 scripted.test closing"]).await;
                return;
            }
            "DATA" | "BDAT" => {
                conn.stats.count_forbidden();
                conn.reply(&["554 5.5.1 this test server takes no mail"])
                    .await
            }
            _ => conn.reply(&["500 5.5.2 command not recognised"]).await,
        };
        if !sent {
            return;
        }
    }
}

/// An AUTH PLAIN response (base64 of `authzid NUL user NUL password`) naming the account.
fn plain_matches(response: &str, account: &Account) -> bool {
    let Ok(decoded) = STANDARD.decode(response.trim()) else {
        return false;
    };
    let parts: Vec<&[u8]> = decoded.split(|b| *b == 0).collect();
    matches!(parts.as_slice(), [_, user, password]
        if *user == account.user.as_bytes() && *password == account.password.as_bytes())
}
