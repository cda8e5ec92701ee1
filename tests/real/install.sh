#!/usr/bin/env bash
# Installs the Debian packages that the real-server tests (tests/real_servers.rs) start:
# Dovecot (POP3, IMAP and LMTP) and Postfix, and Prometheus (its server scrapes `mailtriage serve`;
# its promtool checks every exposition mailtriage writes). Idempotent: does nothing when they are present.
# The packages' own configuration under /etc is never used by the tests; Postfix is preseeded
# with "No configuration" so that its installer neither asks questions nor writes a main.cf.
set -euo pipefail

packages=(dovecot-core dovecot-pop3d dovecot-imapd dovecot-lmtpd postfix prometheus)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "real-server prerequisites present: ${packages[*]}"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "installing ${missing[*]} needs root (apt-get); run this script as root" >&2
    exit 1
fi

echo "installing ${missing[*]}"
echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists; an old list may name versions that are gone.
if ! apt-get install -y --no-install-recommends "${missing[@]}"; then
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
fi
echo "installed ${missing[*]}"
