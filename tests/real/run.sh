#!/usr/bin/env bash
# Runs the real-server suite: installs Dovecot and Postfix from Debian packages when they are
# missing (needs root), then starts them on loopback and runs `mailtriage check` against them.
# Extra arguments select cases by name, e.g. `tests/real/run.sh pop3_`.
# Set MAILTRIAGE_REAL_KEEP=1 to keep the run's temp folder (configs, logs, mailbox).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tests/real/install.sh
exec cargo test --test real_servers -- "$@"
