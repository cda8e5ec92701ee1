#!/usr/bin/env bash
# How soon the dashboard shows something, and how soon its verdict is complete: starts the given
# mailtriage command (the dashboard) in a detached tmux session of the given size, then reads
# the screen from outside as fast as tmux answers (a capture takes about a millisecond) and
# prints, in milliseconds from just before the session was started:
#
#   first_frame_ms=N   the first screen with the dashboard's title on it
#   verdict_ms=N       the first screen whose header (the top line; each panel's title says
#                      "last run" as soon as that panel is done) says the run finished
#
# Then it quits the dashboard. The password, if any, is passed on through MAILTRIAGE_PASSWORD.
# Used by `cargo bench --bench verdict` (its dashboard scenario); by hand:
#
#   benches/dashboard_first_frame.sh [--size 200x50] -- /path/to/mailtriage --pop3 ... --interval 3600
set -euo pipefail

size=200x50
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
if [ $# -eq 0 ] || ! [[ "$size" =~ ^([0-9]+)x([0-9]+)$ ]]; then
    echo "usage: $0 [--size COLSxROWS] -- MAILTRIAGE_COMMAND..." >&2
    exit 2
fi
cols=${BASH_REMATCH[1]}
rows=${BASH_REMATCH[2]}
deadline_ms=30000
session="mailtriage-frame-$$"

quoted=$(printf '%q ' "$@")
env_args=()
if [ -n "${MAILTRIAGE_PASSWORD:-}" ]; then
    env_args=(-e "MAILTRIAGE_PASSWORD=$MAILTRIAGE_PASSWORD")
fi
# A tmux server of this run's own (another tmux user on the machine can neither slow it nor
# stop it), already running with an idle session, so that the measured session's start-up
# cost is the same in every run.
tmux() { command tmux -L "$session" -f /dev/null "$@"; }
tmux new-session -d -s idle -x 20 -y 5 "sleep 600"
cleanup() {
    tmux send-keys -t "$session" q 2>/dev/null || true
    for _ in $(seq 1 50); do
        tmux has-session -t "$session" 2>/dev/null || break
        sleep 0.02
    done
    tmux kill-server 2>/dev/null || true
}
trap cleanup EXIT

start_ns=$(date +%s%N)
tmux new-session -d -s "$session" -x "$cols" -y "$rows" "${env_args[@]}" "exec $quoted"
elapsed_ms() { echo $((($(date +%s%N) - start_ns) / 1000000)); }

first_frame=""
while :; do
    screen=$(tmux capture-pane -p -t "$session" 2>/dev/null || true)
    now=$(elapsed_ms)
    if [ -z "$first_frame" ] && grep -q "mailtriage" <<< "$screen"; then
        first_frame=$now
    fi
    if [ -n "$first_frame" ] && head -n 1 <<< "$screen" | grep -q "last run "; then
        echo "first_frame_ms=$first_frame"
        echo "verdict_ms=$now"
        exit 0
    fi
    if [ "$now" -ge "$deadline_ms" ]; then
        echo "no finished run within $deadline_ms ms; the screen:" >&2
        echo "$screen" >&2
        exit 1
    fi
done
