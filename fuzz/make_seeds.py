#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets (fuzz/seeds/TARGET/*) from readable transcripts.

Session inputs: byte 0 is the configuration, then operations (see fuzz/src/lib.rs):
a receive of n bytes is the byte n-1 then the bytes (at most 240 at a time); TLS results are
one byte (0 established, 1 failed); 0xF0 deadline, 0xF1 close, 0xF2 abort, 0xF3 repeat,
0xF4 k a whole line chosen by k (sasl_exchange, reply_matching).

Also writes the regression inputs that are built rather than found (fuzz/regressions/...).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

TLS, STARTTLS, NONE = 0, 1, 2
CREDS, PLAIN_OK, CONN_ONLY, FROM, TO = 4, 8, 16, 32, 64


def recv(data):
    out = b""
    for i in range(0, len(data), 240):
        part = data[i:i + 240]
        out += bytes([len(part) - 1]) + part
    return out


def repeat(pattern, count):
    return bytes([0xF3, len(pattern) - 1, count >> 8, count & 0xFF]) + pattern


def session(flags, *ops):
    return bytes([flags]) + b"".join(ops)


def line(k):
    return bytes([0xF4, k])


def write(target, name, data, kind="seeds"):
    folder = os.path.join(HERE, kind, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


POP3 = {
    "user_pass_ok": session(
        TLS | CREDS,
        recv(b"+OK Dovecot ready.\r\n"),
        recv(b"+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nUSER\r\nPIPELINING\r\nSASL PLAIN LOGIN\r\n.\r\n"),
        recv(b"+OK Logged in.\r\n"),
        recv(b"+OK 3 4096\r\n"),
        recv(b"+OK 1 000000015a7f1e2b\r\n"),
        recv(b"+OK Logging out.\r\n"),
    ),
    "stls_then_login_refused": session(
        STARTTLS | CREDS,
        recv(b"+OK ready <1896.697170952@dbc.mtview.ca.us>\r\n"),
        recv(b"+OK\r\nSTLS\r\nUSER\r\n.\r\n"),
        recv(b"+OK Begin TLS negotiation\r\n-ERR injected\r\n"),
        b"\x00",
        recv(b"+OK\r\nUSER\r\nSASL LOGIN\r\n.\r\n"),
        recv(b"+OK\r\n"),
        recv(b"-ERR [AUTH] Authentication failed.\r\n"),
        recv(b"+OK bye\r\n"),
    ),
    "auth_login_plaintext_allowed": session(
        NONE | CREDS | PLAIN_OK,
        recv(b"+OK POP3 server ready\r\n"),
        recv(b"+OK\r\nSASL LOGIN\r\n.\r\n"),
        recv(b"+ VXNlcm5hbWU6\r\n"),
        recv(b"+ UGFzc3dvcmQ6\r\n"),
        recv(b"-ERR [SYS/TEMP] try later\r\n"),
        recv(b"+OK\r\n"),
    ),
    "apop_without_tls": session(
        NONE | CREDS,
        recv(b"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n"),
        recv(b"-ERR unknown command\r\n"),
        recv(b"+OK maildrop has 0 messages\r\n"),
        recv(b"+OK 0 0\r\n"),
        recv(b"+OK\r\n.\r\n"),
        recv(b"+OK\r\n"),
    ),
    "echoed_password": session(
        TLS | CREDS,
        recv(b"+OK ready\r\n"),
        recv(b"+OK\r\nUSER\r\n.\r\n"),
        recv(b"+OK\r\n"),
        recv(b"-ERR bad PASS fuzz-Secret-77\r\n"),
        0xF0.to_bytes(1, "big"),
    ),
    "timeout_and_close": session(TLS, recv(b"+OK hi\r\n"), b"\xf0", b"\xf1"),
    "tls_record_first": session(NONE, recv(b"\x16\x03\x01\x00\x05hello")),
    "capa_flood": session(
        TLS,
        recv(b"+OK hi\r\n"),
        recv(b"+OK\r\n"),
        repeat(b"X-CAP-LINE\r\n", 3000),
        recv(b".\r\n"),
        recv(b"+OK\r\n"),
    ),
    "endless_line": session(TLS, recv(b"+OK "), repeat(b"AAAAAAAAAAAAAAAA", 1000)),
}

# Lines of 1000 invalid bytes each: every one is bounded, what joins them must be too.
ESCAPED_LINE = repeat(b"\xff" * 16, 62) + recv(b"\xff" * 8 + b"\r\n")
POP3["capa_lines_of_escapes"] = session(
    STARTTLS | CREDS,
    recv(b"+OK hi\r\n"),
    recv(b"+OK\r\n"),
    *[recv(b"X") + ESCAPED_LINE for _ in range(100)],
    recv(b".\r\n"),
    recv(b"+OK bye\r\n"),
)

SMTP = {
    "starttls_auth_dry_run": session(
        STARTTLS | CREDS | FROM | TO,
        recv(b"220 smtp.example.org ESMTP Postfix\r\n"),
        recv(b"250-smtp.example.org\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250 8BITMIME\r\n"),
        recv(b"220 2.0.0 Ready to start TLS\r\n"),
        b"\x00",
        recv(b"250-smtp.example.org Hello [203.0.113.7]\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"),
        recv(b"235 2.7.0 Authentication successful\r\n"),
        recv(b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 Ok\r\n221 2.0.0 Bye\r\n"),
    ),
    "auth_login_refused": session(
        TLS | CREDS,
        recv(b"220-first line\r\n220 ready\r\n"),
        recv(b"250-mail\r\n250 AUTH LOGIN\r\n"),
        recv(b"334 VXNlcm5hbWU6\r\n"),
        recv(b"334 UGFzc3dvcmQ6\r\n"),
        recv(b"535 5.7.8 Error: authentication failed: fuzz-Secret-77\r\n"),
        recv(b"221 bye\r\n"),
    ),
    "ehlo_refused_helo": session(
        NONE | CREDS | PLAIN_OK | FROM,
        recv(b"220 ready\r\n"),
        recv(b"502 5.5.2 Error: command not recognized\r\n"),
        recv(b"250 ok\r\n"),
        recv(b"530 5.7.0 Must issue a STARTTLS command first\r\n"),
        recv(b"221 bye\r\n"),
    ),
    "no_auth_offered_probe": session(
        TLS | CREDS | FROM,
        recv(b"220 ready\r\n"),
        recv(b"250-mail\r\n250 SIZE\r\n"),
        recv(b"334 \r\n"),
        recv(b"535 no\r\n"),
        recv(b"221 bye\r\n"),
    ),
    "greeting_refused": session(TLS, recv(b"554 5.7.1 no service for you\r\n"), recv(b"221 bye\r\n")),
    "tls_failed": session(
        STARTTLS,
        recv(b"220 ready\r\n"),
        recv(b"250-mail\r\n250 STARTTLS\r\n"),
        recv(b"220 go ahead\r\n"),
        b"\x01",
    ),
    "ehlo_flood": session(
        TLS,
        recv(b"220 ready\r\n"),
        repeat(b"250-X-EXTENSION\r\n", 2000),
        recv(b"250 OK\r\n"),
    ),
    "connection_depth": session(
        STARTTLS | CONN_ONLY,
        recv(b"220 ready\r\n"),
        recv(b"250-mail\r\n250 STARTTLS\r\n"),
        recv(b"220 go\r\n"),
        b"\x00",
        recv(b"250 mail\r\n"),
        b"\xf1",
    ),
}

SMTP["ehlo_lines_of_escapes"] = session(
    STARTTLS,
    recv(b"220 hi\r\n"),
    *[recv(b"250-X") + ESCAPED_LINE for _ in range(100)],
    recv(b"250 OK\r\n"),
    recv(b"221 bye\r\n"),
)

REPLIES = {
    "smtp_multiline": b"\x05220-a\r\n220 b\r\n250-x\r\n250-\r\n250 y\r\n535 5.7.8 no\r\n",
    "pop3_statuses": b"\x01+OK hi\r\n-ERR [SYS/TEMP] later\r\n+ VXNlcm5hbWU6\r\n.\r\n..x\r\n",
    "bare_lf_and_garbage": b"\x3f250 a\n\xff\xfe\r\n999 x\r\n2200\r\n\x1b[31m\r\n",
}

IMAP = {
    "dovecot_tls_sasl_ir": session(
        TLS | CREDS,
        recv(b"* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n"),
        recv(b"a1 OK [CAPABILITY IMAP4rev1 IDLE MOVE] Logged in\r\n"),
        recv(b"* STATUS INBOX (MESSAGES 2 UNSEEN 1 UIDVALIDITY 1733490000)\r\na2 OK Status completed.\r\n"),
        recv(b"* BYE Logging out\r\na3 OK Logout completed.\r\n"),
    ),
    "starttls_injected_then_capability": session(
        STARTTLS | CREDS,
        recv(b"* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n"),
        recv(b"a1 OK Begin TLS negotiation now.\r\na2 OK injected\r\n"),
        b"\x00",
        recv(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na2 OK done\r\n"),
        recv(b"+ \r\n"),
        recv(b"a3 NO [AUTHENTICATIONFAILED] (#MBR1212) Incorrect username or password.\r\n"),
        recv(b"a4 OK bye\r\n"),
    ),
    "gmail_alert": session(
        TLS | CREDS,
        recv(b"* OK Gimap ready for requests from 203.0.113.9 l2mb123456\r\n"),
        recv(b"* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER AUTH=XOAUTH\r\na1 OK Thats all she wrote!\r\n"),
        recv(b"* NO [WEBALERT https://accounts.google.com/] Web login required.\r\na2 NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)\r\n"),
        recv(b"* BYE LOGOUT Requested\r\na3 OK 73 good day (Success)\r\n"),
    ),
    "plain_login_examine": session(
        NONE | CREDS | PLAIN_OK,
        recv(b"* OK [CAPABILITY IMAP4rev1] ready\n"),
        recv(b"a1 OK in\n"),
        recv(b"a2 NO [CANNOT] no\r\n"),
        recv(b"* 4 EXISTS\r\n* OK [UIDVALIDITY 9] ok\r\na3 OK [READ-ONLY] done\r\n"),
        bytes([0xF1]),
    ),
    "preauth_and_canned": session(
        TLS | CREDS,
        line(3), line(16), line(9), line(21), line(9),
    ),
    "huge_literal": session(
        TLS | CREDS,
        recv(b"* OK ready\r\n* 1 FETCH (BODY[] {4294967296}\r\n"),
    ),
    "untagged_flood": session(
        TLS | CREDS,
        recv(b"* OK ready\r\n"),
        repeat(b"* OK busy\r\n", 1200),
    ),
    "endless_go_ahead": session(
        TLS | CREDS,
        recv(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n"),
        repeat(b"+ \r\n", 20),
        bytes([0xF0]),
    ),
    "tls_record_first": session(TLS, recv(b"\x16\x03\x01\x00\x05hello")),
}

for name, data in POP3.items():
    write("pop3_session", name, data)
for name, data in SMTP.items():
    write("smtp_session", name, data)
for name, data in IMAP.items():
    write("imap_session", name, data)
for name, data in REPLIES.items():
    write("reply_parsing", name, data)

# sasl_exchange, byte 0: bit 0 SMTP, bits 1-2 mechanisms (PLAIN, LOGIN, both, none), bit 3
# PIPELINING, bit 4 sender, bit 5 recipient, bit 6 plain text allowed instead of TLS. The
# greeting and capabilities are scripted; the input starts at the reply to the login.
S_POP3, S_SMTP = 0, 1
M_PLAIN, M_LOGIN, M_BOTH, M_NONE = 0, 2, 4, 6
S_PIPE, S_FROM, S_TO, S_PLAINTEXT = 8, 16, 32, 64
# 0xF4 k: k & 15 the password form (0 itself, 1 base64, 2 PLAIN, 3-5 challenges decoding to
# 0-2), k >> 4 the kind (0 challenge, 1 accepted, 2 refused, 3 challenge that is not base64).
SASL = {
    "smtp_plain_ok": session(S_SMTP | M_PLAIN | S_FROM | S_TO, recv(b"235 2.7.0 ok\r\n"),
                             recv(b"250 ok\r\n250 ok\r\n250 ok\r\n221 bye\r\n")),
    "smtp_login_ok": session(S_SMTP | M_LOGIN, recv(b"334 VXNlcm5hbWU6\r\n"),
                             recv(b"334 UGFzc3dvcmQ6\r\n"), recv(b"235 ok\r\n"), recv(b"221 bye\r\n")),
    "smtp_login_echoes_password": session(S_SMTP | M_LOGIN, line(0x03), line(0x04), line(0x25),
                                          recv(b"221 bye\r\n")),
    "smtp_login_refused_then_challenge": session(S_SMTP | M_LOGIN, recv(b"334 VXNlcm5hbWU6\r\n"),
                                                 recv(b"535 5.7.8 no\r\n334 UGFzc3dvcmQ6\r\n")),
    "smtp_endless_challenges": session(S_SMTP | M_PLAIN, repeat(b"334 \r\n", 50)),
    "smtp_probe_without_auth": session(S_SMTP | M_NONE | S_FROM, recv(b"334 \r\n"), recv(b"235 ok\r\n"),
                                       recv(b"250 ok\r\n221 bye\r\n")),
    "smtp_pipelined_plain_refused": session(S_SMTP | M_BOTH | S_PIPE | S_FROM,
                                            recv(b"535 5.7.8 fuzz-Secret-77\r\n221 bye\r\n")),
    "pop3_plain_ok": session(S_POP3 | M_PLAIN | S_PIPE, recv(b"+OK in\r\n+OK 1 10\r\n"),
                             recv(b"+OK\r\n1 a\r\n.\r\n+OK bye\r\n")),
    "pop3_login_challenges": session(S_POP3 | M_LOGIN, recv(b"+ VXNlcm5hbWU6\r\n"),
                                     recv(b"+ UGFzc3dvcmQ6\r\n"), recv(b"+OK\r\n")),
    "pop3_login_echoes_password": session(S_POP3 | M_LOGIN, line(0x05), line(0x34), line(0x22)),
    "pop3_user_pass_refused": session(S_POP3 | M_NONE | S_PIPE, recv(b"+OK\r\n-ERR [AUTH] no\r\n"),
                                      recv(b"+ again\r\n")),
    "pop3_plaintext_plain": session(S_POP3 | M_PLAIN | S_PLAINTEXT, line(0x10), recv(b"+OK 0 0\r\n"), b"\xf0"),
}

# reply_matching, byte 0: bits 0-6 as in the session targets, bit 7 SMTP. 0xF4 k: a canned
# reply (SMTP_REPLIES / POP3_REPLIES in fuzz/src/lib.rs).
R_SMTP = 0x80
MATCHING = {
    "smtp_pipelined_dry_run": session(
        R_SMTP | TLS | CREDS | FROM | TO,
        line(0), line(2), line(6), line(4), line(5), line(4), line(10),
    ),
    "smtp_greets_twice": session(R_SMTP | TLS | CREDS | FROM, line(0), line(0), line(1), line(6), line(4), line(10)),
    "smtp_starttls": session(R_SMTP | STARTTLS | CREDS, line(0), line(1), line(0), b"\x00", line(2), line(6), line(10)),
    "smtp_login_out_of_order": session(R_SMTP | TLS | CREDS | FROM, line(0), line(3), line(6), line(7), line(4)),
    "smtp_refusals": session(R_SMTP | NONE | CREDS | PLAIN_OK | FROM | TO, line(0), line(16), line(4), line(21),
                             line(22), line(10)),
    "pop3_pipelined": session(TLS | CREDS, line(0), line(2), line(4), line(5), line(6), line(4)),
    "pop3_greets_twice": session(TLS | CREDS, line(0), line(0), line(2), line(4), line(4), line(5)),
    "pop3_stls": session(STARTTLS | CREDS, line(0), line(2), line(4), b"\x00", line(3), line(9), line(9), line(4)),
    "pop3_apop": session(NONE | CREDS, line(1), line(7), line(4), line(5), line(6), line(4)),
}

# Inputs that once made a session break a property: kept in fuzz/regressions/.
ONCE_FAILED = {
    # Every `334` after the cancelling `*` got another `*`: no bound on SASL rounds.
    ("sasl_exchange", "smtp_endless_challenges"),
    # The decoded challenge showed the password's base64 form.
    ("sasl_exchange", "smtp_login_echoes_password"),
    # A second greeting shifted the replies: RSET ended ok on `221`.
    ("reply_matching", "smtp_greets_twice"),
    # MAIL FROM ended ok on `334` (any 2xx/3xx was taken as success).
    ("reply_matching", "smtp_login_out_of_order"),
}

for name, data in SASL.items():
    write("sasl_exchange", name, data, "regressions" if ("sasl_exchange", name) in ONCE_FAILED else "seeds")
for name, data in MATCHING.items():
    write("reply_matching", name, data, "regressions" if ("reply_matching", name) in ONCE_FAILED else "seeds")

# An EHLO reply of about 1.7 KB, lines of bytes that are not UTF-8 and tabs,
# refused, then HELO refused: the evidence quoting both grew to tens of thousands of characters
# once escaped.
FF_TAB = b"\xff\t" * 8
EHLO_LINE = recv(b"250-" + b"\xff\t" * 60) + repeat(FF_TAB, 250) + recv(b"\r\n")
write(
    "smtp_session",
    "ehlo_lines_of_ff_and_tabs_evidence",
    session(
        TLS,
        recv(b"220 ready\r\n"),
        *[EHLO_LINE for _ in range(11)],
        recv(b"554 5.5.1 no\r\n"),
        *[EHLO_LINE for _ in range(1)],
        recv(b"554 5.5.1 no HELO either\r\n"),
        recv(b"221 bye\r\n"),
    ),
    kind="regressions",
)
