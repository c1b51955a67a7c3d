#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sync benchmark (issue 5): initial sync over TLS on loopback from hss-server (SQLite) into an empty encrypted
# console store, against the floor (the same rows written straight into an encrypted store through the console's
# repositories), and one change on console A reaching console B through the long poll. Prints Markdown to stdout;
# progress goes to stderr. See bench/README.md.
#
# Usage: bench/sync/run-sync-bench.sh [--build DIR] [--tickets N] [--comments K] [--articles A] [--courses C]
#                                     [--samples S] [--keep]
# Defaults: 100000 tickets with 1 comment each, 10000 KB articles, 1000 courses, 7 latency samples.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/../.." && pwd)
build_dir="$repo_root/build/bench"
tickets=100000
comments=1
articles=10000
courses=1000
samples=7
keep=0

usage()
{
    sed -n '3,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) build_dir=$2; shift 2 ;;
        --tickets) tickets=$2; shift 2 ;;
        --comments) comments=$2; shift 2 ;;
        --articles) articles=$2; shift 2 ;;
        --courses) courses=$2; shift 2 ;;
        --samples) samples=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "run-sync-bench: unknown option '$1' (see --help)" >&2; exit 64 ;;
    esac
done
for value in "$tickets" "$comments" "$articles" "$courses" "$samples"; do
    [[ $value =~ ^[0-9]+$ ]] || { echo "run-sync-bench: options take a number" >&2; exit 64; }
done
[[ $samples -ge 1 ]] || { echo "run-sync-bench: --samples must be at least 1" >&2; exit 64; }

server_bin="$build_dir/server/hss-server"
seed_bin="$build_dir/bench/hss-bench-sync-seed"
console_bin="$build_dir/bench/hss-bench-sync-console"
for tool in "$server_bin" "$seed_bin" "$console_bin"; do
    [[ -x $tool ]] || {
        echo "run-sync-bench: $tool not found; build the bench preset targets hss-server hss-bench-sync-seed" \
            "hss-bench-sync-console (see bench/README.md) or pass --build" >&2
        exit 69
    }
done
command -v openssl >/dev/null || { echo "run-sync-bench: 'openssl' is needed" >&2; exit 69; }

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------------------------------------------------------
# Every process this script starts is remembered here and stopped by the trap, by its own id.
tmp=$(mktemp -d /tmp/hss-sync-bench.XXXXXX)
mkdir -p "$tmp/logs"
declare -A running=() # pid -> name

stop_pid()
{
    local pid=$1
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    unset "running[$pid]"
}

cleanup()
{
    local status=$?
    trap - EXIT INT TERM
    for pid in "${!running[@]}"; do
        stop_pid "$pid"
    done
    if [[ $keep -eq 1 || $status -ne 0 ]]; then
        log "kept $tmp (logs in $tmp/logs)"
    else
        rm -rf "$tmp"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# value FILE KEY [FIELD]: field FIELD (default 2) of the "KEY ..." line the console printed.
value()
{
    awk -v key="$2" -v field="${3:-2}" '$1 == key { print $field; exit }' "$1"
}

hwm_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }
# CPU time (user + system) of a process so far, in ms; the comm field has no spaces here.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
load1() { cut -d' ' -f1 /proc/loadavg; }
mib() { awk -v kib="$1" 'BEGIN { printf "%.0f", kib / 1024 }'; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# console NAME STORE USER PASSWORD COMMAND [ARGS...]: runs the bench console, its results in $tmp/logs/NAME.out.
console()
{
    local name=$1 store=$2 user=$3 password=$4
    shift 4
    "$console_bin" "$@" --store "$store" --user "$user" --password "$password" --server "$server_url" \
        --ca "$tmp/certs/ca.pem" >"$tmp/logs/$name.out" 2>"$tmp/logs/$name.err"
}

# ---------------------------------------------------------------------------------------------------------------
log "certificates, seeding $tickets tickets x $comments comment(s), $articles articles, $courses courses"
bash "$repo_root/server/scripts/hss-make-certs.sh" "$tmp/certs" >/dev/null
seed_start=$(date +%s%N)
"$seed_bin" "$tmp/data" --tickets "$tickets" --comments "$comments" --articles "$articles" --courses "$courses" \
    >"$tmp/logs/seed.log" 2>&1 || { tail -n 20 "$tmp/logs/seed.log" >&2; exit 70; }
seed_ms=$((($(date +%s%N) - seed_start) / 1000000))
sofia_pw=$(awk '$1 == "sofia" { print $2 }' "$tmp/logs/seed.log")
amir_pw=$(awk '$1 == "amir" { print $2 }' "$tmp/logs/seed.log")
[[ -n $sofia_pw && -n $amir_pw ]] || { echo "run-sync-bench: no demo passwords in the seed output" >&2; exit 70; }

: >"$tmp/logs/server.log"
env -u DATABASE_URL HSS_DATA_DIR="$tmp/data" HSS_HOST=127.0.0.1 HSS_PORT=0 \
    TLS_CERT_FILE="$tmp/certs/server.pem" TLS_KEY_FILE="$tmp/certs/server.key" \
    "$server_bin" >"$tmp/logs/server.log" 2>&1 &
server_pid=$!
running[$server_pid]=hss-server
port=""
for _ in $(seq 1 300); do
    port=$(sed -n 's|.*listening on https://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$tmp/logs/server.log" | head -n 1)
    [[ -n $port ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n $port ]] || { echo "run-sync-bench: hss-server did not start:" >&2; tail -n 20 "$tmp/logs/server.log" >&2; exit 70; }
server_url="https://127.0.0.1:$port"
log "hss-server on $server_url (seeded in $(secs "$seed_ms") s)"
# Start-up work (the SLA planning of seeded tickets) is not part of the sync: wait until the server is idle, i.e.
# it used under 50 ms of CPU in each of two consecutive seconds (at most 10 min).
settle_start=$(date +%s%N)
quiet=0
for _ in $(seq 1 600); do
    before=$(cpu_ms "$server_pid")
    sleep 1
    if (($(cpu_ms "$server_pid") - before < 50)); then
        quiet=$((quiet + 1))
        [[ $quiet -ge 2 ]] && break
    else
        quiet=0
    fi
done
settle_ms=$((($(date +%s%N) - settle_start) / 1000000))
server_hwm_idle=$(hwm_kib "$server_pid")
log "hss-server idle after $(secs "$settle_ms") s of start-up work"

# 1. Initial sync into an empty store (console B's store, reused for the latency part).
log "initial sync (sofia sees every ticket)"
load_before=$(load1)
server_cpu_before=$(cpu_ms "$server_pid")
console initial "$tmp/console-b" sofia "$sofia_pw" initial --timeout 400 \
    || { cat "$tmp/logs/initial.err" >&2; exit 70; }
server_hwm=$(hwm_kib "$server_pid")
server_cpu=$(($(cpu_ms "$server_pid") - server_cpu_before))
load_after=$(load1)

# 2. The floor: the same rows straight into an empty encrypted store.
log "floor: transfer into memory, then the same rows through the repositories"
console floor "$tmp/floor" sofia "$sofia_pw" floor || { cat "$tmp/logs/floor.err" >&2; exit 70; }

for key in store-tickets store-courses; do
    [[ $(value "$tmp/logs/initial.out" "$key") == $(value "$tmp/logs/floor.out" "$key") ]] || {
        echo "run-sync-bench: synced and floor stores differ in $key" >&2
        exit 70
    }
done

# 3. Console B follows on the synced store; console A (another user, empty store, pushes only) creates tickets.
log "change on console A -> console B through the long poll, $samples samples"
"$console_bin" follow --expect "$samples" --timeout 120 --store "$tmp/console-b" --user sofia --password "$sofia_pw" \
    --server "$server_url" --ca "$tmp/certs/ca.pem" >"$tmp/logs/follow.out" 2>"$tmp/logs/follow.err" &
follow_pid=$!
running[$follow_pid]=follower
for _ in $(seq 1 600); do
    grep -q '^ready ' "$tmp/logs/follow.out" && break
    kill -0 "$follow_pid" 2>/dev/null || break
    sleep 0.1
done
grep -q '^ready ' "$tmp/logs/follow.out" || { echo "run-sync-bench: console B never caught up" >&2; exit 70; }
console probe "$tmp/console-a" amir "$amir_pw" probe --samples "$samples" --interval-ms 2000 \
    || { cat "$tmp/logs/probe.err" >&2; exit 70; }
wait "$follow_pid" || { cat "$tmp/logs/follow.err" >&2; exit 70; }
unset "running[$follow_pid]"
server_hwm_end=$(hwm_kib "$server_pid")
stop_pid "$server_pid"

# ---------------------------------------------------------------------------------------------------------------
init=$tmp/logs/initial.out
floor=$tmp/logs/floor.out
total_ms=$(value "$init" total-ms)
first_ms=$(value "$init" first-queue-committed-ms)
shown_ms=$(value "$init" first-queue-shown-ms)
shown_rows=$(value "$init" first-queue-shown-ms 3)
pull_ms=$(value "$init" pull-wait-ms)
console_hwm=$(value "$init" peak-rss-kib)
floor_ms=$(value "$floor" floor-ms)
transfer_ms=$(value "$floor" transfer-ms)
ratio=$(awk -v s="$total_ms" -v f="$floor_ms" 'BEGIN { printf "%.2f", s / f }')
sync_size=$(stat -c %s "$tmp/console-b/store.db")
floor_size=$(stat -c %s "$tmp/floor/store.db")

# Latencies: join A's probes with B's stored lines on the ticket id; all in ms, sorted.
join_latency()
{
    # $1: field of the probe line to start from (3 = local commit, 4 = push acknowledged)
    awk -v from="$1" 'NR == FNR { if ($1 == "stored") at[$2] = $3; next }
                      $1 == "probe" && ($2 in at) { print at[$2] - $from }' \
        "$tmp/logs/follow.out" "$tmp/logs/probe.out" | sort -n
}
median() { awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
from_ack=$(join_latency 4)
from_edit=$(join_latency 3)
[[ $(wc -l <<<"$from_ack") -eq $samples ]] || { echo "run-sync-bench: not every probe reached console B" >&2; exit 70; }
ack_median=$(median <<<"$from_ack")
edit_median=$(median <<<"$from_edit")
ack_max=$(tail -n 1 <<<"$from_ack")
edit_max=$(tail -n 1 <<<"$from_edit")

met() { awk -v v="$1" -v limit="$2" 'BEGIN { print (v < limit) ? "met" : "**missed**" }'; }
changes=$(value "$init" changes)
pages=$(value "$init" pages)

echo "### Initial sync: $tickets tickets ($comments comment(s) each), $articles KB articles, $courses courses"
echo
echo "$changes changes in $pages pages of 1000 (the demo data set included); store sizes: synced $(mib "$((sync_size / 1024))") MiB, floor $(mib "$((floor_size / 1024))") MiB."
echo
echo "| measurement | value | target | |"
echo "|---|---:|---|---|"
echo "| initial sync, total (engine start to idle) | $(secs "$total_ms") s | < 20 s | $(met "$total_ms" 20000) |"
echo "| floor: same rows and transactions through the repositories | $(secs "$floor_ms") s | | |"
echo "| sync / floor | ${ratio}× | ≤ 2× | $(met "$ratio" 2.0001) |"
echo "| first page with tickets committed | $(secs "$first_ms") s | | |"
echo "| first queue page shown (\"All open\", $shown_rows rows) | $(secs "$shown_ms") s | | |"
echo "| CPU time during the sync: console (all threads) / hss-server | $(secs "$(value "$init" cpu-ms)") s / $(secs "$server_cpu") s | | |"
echo "| CPU time of the floor's writing | $(secs "$(value "$floor" floor-cpu-ms)") s | | |"
echo "| pulls: time with a page asked for and not yet decoded (server + TLS + JSON) | $(secs "$pull_ms") s | | |"
echo "| transfer only: every page pulled and decoded, nothing stored | $(secs "$transfer_ms") s | | |"
echo "| peak memory, console (VmHWM) | $(mib "$console_hwm") MiB | < 400 MB | $(met "$(mib "$console_hwm")" 381) |"
echo "| peak memory, hss-server after the initial sync (VmHWM; $(mib "$server_hwm_idle") MiB at start) | $(mib "$server_hwm") MiB | | |"
echo
echo "### One change on console A visible on console B (long poll), $samples samples"
echo
echo "| from | median | max | target | |"
echo "|---|---:|---:|---|---|"
echo "| A's push acknowledged → B has it stored | $ack_median ms | $ack_max ms | < 2 s | $(met "$ack_median" 2000) |"
echo "| A's local commit → B has it stored | $edit_median ms | $edit_max ms | < 2 s | $(met "$edit_median" 2000) |"
echo
echo "All samples (ack → stored, ms): $(tr '\n' ' ' <<<"$from_ack")"
echo
echo "- Unlock of the empty store (Argon2id + SQLCipher open + schema): $(value "$init" open-ms) ms; sign-in $(value "$init" sign-in-ms) ms (not in the totals)."
echo "- Seeding the server: $(secs "$seed_ms") s, then $(secs "$settle_ms") s until its start-up work was done; hss-server peak memory at the end of the run: $(mib "$server_hwm_end") MiB."
printf -- '- %s, %s logical CPUs (nproc), shared by hss-server and the console; %s; 1-min load average %s before and %s after the initial sync.\n' \
    "$(uname -sr)" "$(nproc)" "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" "$load_before" "$load_after"
printf -- '- commit %s%s.\n' "$(git -C "$repo_root" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    "$([[ -n $(git -C "$repo_root" status --porcelain 2>/dev/null) ]] && echo ' with uncommitted changes')"
