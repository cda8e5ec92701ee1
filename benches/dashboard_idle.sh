#!/usr/bin/env bash
# The dashboard's cost while its probes are idle: starts the given mailtriage command (the
# dashboard, e.g. `mailtriage --pop3 ... --interval 3600`) in a detached 200x60 tmux session,
# waits until its first run has finished ("last run" in the header), then samples its CPU time
# (utime + stime from /proc/PID/stat) and resident memory (VmRSS) from outside for a while, and
# quits it. The password, if any, is passed on through MAILTRIAGE_PASSWORD.
#
#   benches/dashboard_idle.sh [--seconds N] -- /path/to/mailtriage --pop3 ... --interval 3600
#
# `cargo bench --bench dashboard_idle` starts the real servers and calls this script.
# Targets: under 1% of one core and under 30 MB.
set -euo pipefail

seconds=60
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
if [ $# -eq 0 ]; then
    echo "usage: $0 [--seconds N] -- MAILTRIAGE_COMMAND..." >&2
    exit 2
fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 5 ] || [ "$seconds" -gt 3600 ]; then
    echo "--seconds: give a whole number from 5 to 3600" >&2
    exit 2
fi

target_cpu_percent=1
target_rss_kb=$((30 * 1024))
first_run_deadline=60
ticks_per_second=$(getconf CLK_TCK)
session="mailtriage-idle-$$"

quoted=$(printf '%q ' "$@")
env_args=()
if [ -n "${MAILTRIAGE_PASSWORD:-}" ]; then
    env_args=(-e "MAILTRIAGE_PASSWORD=$MAILTRIAGE_PASSWORD")
fi
tmux new-session -d -s "$session" -x 200 -y 60 "${env_args[@]}" "exec $quoted"
cleanup() {
    tmux send-keys -t "$session" q 2>/dev/null || true
    for _ in $(seq 1 50); do
        tmux has-session -t "$session" 2>/dev/null || return 0
        sleep 0.1
    done
    tmux kill-session -t "$session" 2>/dev/null || true
}
trap cleanup EXIT

pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
echo "dashboard pid $pid ($(cat "/proc/$pid/comm")) in tmux session $session"

# Waits for the header (the top line: a panel's title says "last run" as soon as that panel is
# done) to say "last run" (the first run finished).
waited=0
until tmux capture-pane -p -t "$session" | head -n 1 | grep -q "last run "; do
    if [ "$waited" -ge $((first_run_deadline * 10)) ]; then
        echo "the first run did not finish within ${first_run_deadline} s; the screen:" >&2
        tmux capture-pane -p -t "$session" >&2
        exit 1
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "the dashboard exited before its first run finished" >&2
        exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
done
echo "first run finished after $(awk "BEGIN { printf \"%.1f\", $waited / 10 }") s; the screen:"
tmux capture-pane -p -t "$session" | sed -n '1,14p'

# CPU ticks (utime + stime) of the whole process; fields 14 and 15, counted after the command
# name, which may hold spaces.
cpu_ticks() {
    local stat rest
    stat=$(cat "/proc/$pid/stat")
    rest=${stat##*) }
    read -r -a fields <<< "$rest"
    echo $((fields[11] + fields[12]))
}
rss_kb() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status"
}

sleep 1
start_ticks=$(cpu_ticks)
echo "CPU before the window (start-up and first run): $(awk "BEGIN { printf \"%.2f\", $start_ticks / $ticks_per_second }") s"
start_rss=$(rss_kb)
start_ns=$(date +%s%N)
max_rss=$start_rss
for _ in $(seq 1 "$seconds"); do
    sleep 1
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "the dashboard exited during the measurement" >&2
        exit 1
    fi
    rss=$(rss_kb)
    if [ "$rss" -gt "$max_rss" ]; then max_rss=$rss; fi
done
end_ticks=$(cpu_ticks)
end_rss=$(rss_kb)
end_ns=$(date +%s%N)

awk -v ticks=$((end_ticks - start_ticks)) -v hz="$ticks_per_second" \
    -v ns=$((end_ns - start_ns)) -v rss0="$start_rss" -v rss1="$end_rss" -v rssmax="$max_rss" \
    -v cpu_target="$target_cpu_percent" -v rss_target="$target_rss_kb" 'BEGIN {
    cpu_s = ticks / hz; wall_s = ns / 1e9; percent = 100 * cpu_s / wall_s
    printf "idle window %.1f s: CPU %.2f s = %.3f%% of one core (target < %d%%): %s\n",
        wall_s, cpu_s, percent, cpu_target, (percent < cpu_target ? "met" : "MISSED")
    printf "VmRSS %.1f MB at start, %.1f MB at end, %.1f MB at most (target < %d MB): %s\n",
        rss0 / 1024, rss1 / 1024, rssmax / 1024, rss_target / 1024,
        (rssmax < rss_target ? "met" : "MISSED")
}'
