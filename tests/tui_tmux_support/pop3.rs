//! A scripted POP3 server: USER/PASS against one account, a two-message mailbox, and a count of
//! every password tried.

use super::servers::{Account, Connection, split_command};

/// Serve one POP3 connection until QUIT or hang-up.
pub async fn session(mut conn: Connection, account: Account) {
    if !conn.reply(&["+OK scripted POP3 server ready"]).await {
        return;
    }
    let mut user: Option<String> = None;
    let mut logged_in = false;
    while let Some(line) = conn.command().await {
        let (verb, arg) = split_command(&line);
        let shown = if verb == "PASS" {
            "PASS ***".to_string()
        } else {
            line.clone()
        };
        conn.stats.note(format!("POP3 {shown}"));
        let sent = match verb.as_str() {
            "CAPA" => {
                conn.reply(&["+OK capability list follows", "USER", "UIDL", "."])
                    .await
            }
            "USER" if !logged_in => {
                user = Some(arg.to_string());
                conn.reply(&["+OK send the password"]).await
            }
            "PASS" if !logged_in && user.is_some() => {
                conn.stats.count_login();
                if user.as_deref() == Some(account.user.as_str()) && arg == account.password {
                    logged_in = true;
                    conn.reply(&["+OK mailbox locked and ready"]).await
                } else {
                    user = None;
                    conn.reply(&["-ERR [AUTH] Authentication failed."]).await
                }
            }
            "STAT" if logged_in => conn.reply(&["+OK 2 320"]).await,
            "UIDL" if logged_in && arg.is_empty() => {
                conn.reply(&[
                    "+OK unique-id listing follows",
                    "1 msg-one",
                    "2 msg-two",
                    ".",
                ])
                .await
            }
            "UIDL" if logged_in => conn.reply(&["+OK 1 msg-one"]).await,
            "NOOP" => conn.reply(&["+OK"]).await,
            "QUIT" => {
                conn.reply(&["+OK scripted POP3 server signing off"]).await;
                return;
            }
            "DELE" | "RETR" | "TOP" => {
                conn.stats.count_forbidden();
                conn.reply(&["-ERR this test server never hands out mail"])
                    .await
            }
            _ => conn.reply(&["-ERR unknown command or wrong state"]).await,
        };
        if !sent {
            return;
        }
    }
}
