#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Server API benchmark (issue 4): wrk over HTTPS with keep-alive on loopback against hss-server, GET /api/tickets/:id
# and POST /api/tickets with at least 10,000 tickets stored, on SQLite and on PostgreSQL, alternating with a trivial
# Poco HTTPS server (hss-bench-ceiling) in the same run. Prints one Markdown table per backend (medians over the
# rounds) to stdout; progress goes to stderr. See bench/README.md.
#
# Usage: bench/server/run-api-bench.sh [--build DIR] [--rounds N] [--duration S] [--tickets N]
#                                      [--connections "64 256"] [--backends "sqlite postgresql"] [--keep]
# The server and the ceiling get the same HSS_THREADS / HSS_MAX_QUEUED (their defaults unless set in the
# environment); DB_POOL_MIN / DB_POOL_MAX from the environment go to hss-server. HSS_BENCH_PG_OPTIONS adds server
# options to the PostgreSQL cluster (e.g. "-c log_statement=all" with --keep, to count statements). Nothing leaves
# 127.0.0.1.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/../.." && pwd)
build_dir="$repo_root/build/bench"
rounds=3
duration=10
tickets=10000
connections="64 256"
backends="sqlite postgresql"
keep=0
pg_bin=/usr/lib/postgresql/15/bin
wrk_timeout=5s

usage()
{
    sed -n '3,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) build_dir=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --tickets) tickets=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --backends) backends=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "run-api-bench: unknown option '$1' (see --help)" >&2; exit 64 ;;
    esac
done
[[ $rounds =~ ^[1-9][0-9]*$ && $duration =~ ^[1-9][0-9]*$ && $duration -ge 4 && $tickets =~ ^[0-9]+$ ]] || {
    echo "run-api-bench: --rounds and --tickets take a number, --duration at least 4 (seconds)" >&2
    exit 64
}

server_bin="$build_dir/server/hss-server"
ceiling_bin="$build_dir/bench/hss-bench-ceiling"
for tool in "$server_bin" "$ceiling_bin"; do
    [[ -x $tool ]] || {
        echo "run-api-bench: $tool not found; build with -DHSS_BUILD_BENCH=ON (see bench/README.md) or pass --build" >&2
        exit 69
    }
done
for tool in wrk curl openssl ss; do
    command -v "$tool" >/dev/null || { echo "run-api-bench: '$tool' is needed" >&2; exit 69; }
done
if [[ " $backends " == *" postgresql "* ]]; then
    [[ -x $pg_bin/initdb ]] || { echo "run-api-bench: PostgreSQL 15 binaries not found in $pg_bin" >&2; exit 69; }
fi

fence='```'
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------------------------------------------------------
# Every process this script starts is remembered here and stopped by the trap, by its own id.
tmp=$(mktemp -d /tmp/hss-api-bench.XXXXXX)
chmod 711 "$tmp" # the postgres user must reach its cluster folder inside
mkdir -p "$tmp/logs"
declare -A running=() # pid -> name, for processes still to be stopped
pg_data=""

stop_pid()
{
    local pid=$1
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
    unset "running[$pid]"
}

as_postgres()
{
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_postgres()
{
    if [[ -n $pg_data ]]; then
        as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
        pg_data=""
    fi
}

cleanup()
{
    local status=$?
    trap - EXIT INT TERM
    for pid in "${!running[@]}"; do
        stop_pid "$pid"
    done
    stop_postgres
    if [[ $keep -eq 1 || $status -ne 0 ]]; then
        log "kept $tmp (logs in $tmp/logs)"
    else
        rm -rf "$tmp"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts "$@" in the background with output to $1's log, waits for its "listening on https://HOST:PORT" line and
# sets $started_pid and $started_port.
start_listener()
{
    local name=$1
    shift
    local logfile="$tmp/logs/$name.log"
    : >"$logfile" # before the child opens it, so the first read below never misses the file
    "$@" >"$logfile" 2>&1 &
    started_pid=$!
    running[$started_pid]=$name
    for _ in $(seq 1 300); do
        started_port=$(sed -n 's|.*listening on https://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$logfile" | head -n 1)
        [[ -n $started_port ]] && return 0
        kill -0 "$started_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "run-api-bench: $name did not start:" >&2
    tail -n 20 "$logfile" >&2
    exit 70
}

# Stops the run when a server this script started has gone (e.g. something else signalled it).
require_running()
{
    local pid=$1 name=$2
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "run-api-bench: $name (pid $pid) is no longer running; see $tmp/logs" >&2
        exit 70
    fi
}

free_port()
{
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if [[ -z $(ss -Htan "( sport = :$port )") ]]; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# ---------------------------------------------------------------------------------------------------------------
log "certificates, ceiling server"
bash "$repo_root/server/scripts/hss-make-certs.sh" "$tmp/certs" >/dev/null
export TLS_CERT_FILE="$tmp/certs/server.pem" TLS_KEY_FILE="$tmp/certs/server.key"
export HSS_HOST=127.0.0.1 HSS_PORT=0
export HSS_BENCH_LUA="$script_dir/lua"

start_listener ceiling "$ceiling_bin"
ceiling_pid=$started_pid
ceiling_port=$started_port
threads_line=$(sed -n 's/.*(\(threads [0-9]*, queue [0-9]*\)).*/\1/p' "$tmp/logs/ceiling.log")

api()
{
    # api PORT METHOD PATH [TOKEN] [BODY]: one request with curl, trusting the benchmark's own CA.
    local port=$1 method=$2 path=$3 token=${4:-} body=${5:-}
    local args=(-sS --max-time 30 --cacert "$tmp/certs/ca.pem" -X "$method" -H 'Content-Type: application/json')
    [[ -n $token ]] && args+=(-H "Authorization: Bearer $token")
    [[ -n $body ]] && args+=(--data "$body")
    curl "${args[@]}" "https://127.0.0.1:$port$path"
}

login()
{
    local port=$1 user=$2 password=$3 answer token
    answer=$(api "$port" POST /api/auth/login "" "{\"username\":\"$user\",\"password\":\"$password\"}")
    token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$answer")
    [[ -n $token ]] || { echo "run-api-bench: login of $user failed: $answer" >&2; exit 70; }
    echo "$token"
}

ticket_total()
{
    local port=$1 token=$2
    api "$port" GET "/api/tickets?limit=1" "$token" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'
}

# Connections the server never served: server-side sockets that received less than 1 KiB (a TLS ClientHello is
# ~300 bytes, one API request with its token ~700) after duration-2 seconds of load. wrk does not report these: a
# connection whose handshake is never answered sends no request, so it counts no error and no timeout.
starved_connections()
{
    local port=$1
    ss -Htni state established "( sport = :$port )" | awk '
        /^[0-9]/ { sockets++ }
        match($0, /bytes_received:[0-9]+/) { if (substr($0, RSTART + 15, RLENGTH - 15) + 0 >= 1024) served++ }
        END { print sockets - served }'
}

results="$tmp/results.tsv"
: >"$results"

# measure BACKEND ROUND CONNS KIND PORT SCRIPT PATH: one wrk run; appends a line to $results.
measure()
{
    local backend=$1 round=$2 conns=$3 kind=$4 port=$5 script=$6 path=$7
    local out="$tmp/logs/wrk-$backend-r$round-c$conns-$kind.txt" starved_file="$tmp/starved.$$"
    (sleep $((duration - 2)) && starved_connections "$port" >"$starved_file") &
    local sampler=$!
    running[$sampler]=sampler
    wrk -t2 -c"$conns" -d"${duration}s" --timeout "$wrk_timeout" --latency -s "$HSS_BENCH_LUA/$script" \
        "https://127.0.0.1:$port$path" >"$out" 2>&1 || true
    wait "$sampler" || true
    unset "running[$sampler]"
    require_running "$ceiling_pid" "hss-bench-ceiling"
    [[ $kind == ceiling ]] || require_running "$server_pid" "hss-server ($backend)"
    local starved
    starved=$(cat "$starved_file" 2>/dev/null || echo "?")
    rm -f "$starved_file"
    local line
    line=$(grep '^HSSBENCH ' "$out" || true)
    if [[ -z $line ]]; then
        echo "run-api-bench: wrk failed for $backend $kind c$conns:" >&2
        tail -n 20 "$out" >&2
        exit 70
    fi
    local -A v=()
    # shellcheck disable=SC2086 # word splitting of key=value pairs is intended
    for pair in ${line#HSSBENCH }; do
        v[${pair%%=*}]=${pair#*=}
    done
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$backend" "$round" "$conns" "$kind" "${v[ok_rps]}" \
        "${v[p50_us]}" "${v[p99_us]}" "${v[connect]}" "${v[read]}" "${v[write]}" "${v[timeout]}" "${v[status]}" \
        "$starved" >>"$results"
    log "$(printf '%-10s r%s c%-3s %-12s %9s 2xx/s  p50 %6.1f ms  p99 %7.1f ms  errors c/r/w/t/non-2xx %s/%s/%s/%s/%s  starved %s' \
        "$backend" "$round" "$conns" "$kind" "${v[ok_rps]}" "$(bc_ms "${v[p50_us]}")" "$(bc_ms "${v[p99_us]}")" \
        "${v[connect]}" "${v[read]}" "${v[write]}" "${v[timeout]}" "${v[status]}" "$starved")"
}

bc_ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

# ---------------------------------------------------------------------------------------------------------------
start_postgres()
{
    local root="$tmp/pg"
    mkdir -p "$root"
    [[ $EUID -eq 0 ]] && chown postgres:postgres "$root"
    as_postgres "$pg_bin/initdb" -D "$root/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$tmp/logs/initdb.log" 2>&1
    # Durable settings are PostgreSQL's defaults (fsync=on, synchronous_commit=on, full_page_writes=on); only room
    # for a larger connection pool is added.
    local pool_max=${DB_POOL_MAX:-20} max_connections=100
    ((pool_max + 20 > max_connections)) && max_connections=$((pool_max + 20))
    for _ in 1 2 3; do
        pg_port=$(free_port)
        if as_postgres "$pg_bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 30 \
            -o "-p $pg_port -k $root -c listen_addresses=127.0.0.1 -c max_connections=$max_connections ${HSS_BENCH_PG_OPTIONS:-}" \
            start >/dev/null 2>&1; then
            pg_data="$root/data"
            break
        fi
    done
    [[ -n $pg_data ]] || { echo "run-api-bench: PostgreSQL did not start:" >&2; tail -n 20 "$root/server.log" >&2; exit 70; }
    pg_password=$(openssl rand -hex 16)
    local psql=("$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$root" -p "$pg_port" -U postgres -d postgres)
    as_postgres "${psql[@]}" -c "CREATE ROLE hss LOGIN PASSWORD '$pg_password'" >/dev/null
    as_postgres "${psql[@]}" -c "CREATE DATABASE hss OWNER hss" >/dev/null
    log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (fsync=on, synchronous_commit=on)"
}

# Fills the server to $tickets tickets through the API and writes the created ids to $ids_file.
fill_tickets()
{
    local port=$1 token=$2 backend=$3 server_pid=$4
    local have need
    have=$(ticket_total "$port" "$token")
    need=$((tickets - have))
    ids_file="$tmp/ids-$backend.txt"
    : >"$ids_file"
    if ((need > 0)); then
        log "$backend: creating $need tickets through POST /api/tickets (wrk, 8 connections)"
        local started=$SECONDS
        HSS_BENCH_TOKEN=$token HSS_BENCH_IDS_PREFIX="$tmp/fill-$backend" \
            wrk -t2 -c8 -d300s --timeout 30s -s "$HSS_BENCH_LUA/fill.lua" "https://127.0.0.1:$port/api/tickets" \
            >"$tmp/logs/fill-$backend.txt" 2>&1 &
        local fill_pid=$!
        running[$fill_pid]=fill
        while kill -0 "$fill_pid" 2>/dev/null; do
            require_running "$server_pid" "hss-server ($backend)"
            if (($(cat "$tmp/fill-$backend".* 2>/dev/null | wc -l) >= need)); then
                kill -INT "$fill_pid" 2>/dev/null || true
                break
            fi
            sleep 0.5
        done
        wait "$fill_pid" || true
        unset "running[$fill_pid]"
        cat "$tmp/fill-$backend".* >"$ids_file"
        log "$backend: created $(wc -l <"$ids_file") tickets in $((SECONDS - started)) s"
    fi
    have=$(ticket_total "$port" "$token")
    ((have >= tickets)) || { echo "run-api-bench: only $have tickets stored on $backend" >&2; exit 70; }
    if [[ ! -s $ids_file ]]; then
        # Already full (no ids captured): take ids from the list endpoint instead.
        for offset in $(seq 0 200 1800); do
            api "$port" GET "/api/tickets?limit=200&offset=$offset" "$token" | grep -o '"id":"[0-9a-f-]\{36\}"' |
                cut -d'"' -f4 >>"$ids_file"
        done
    fi
    tickets_before=$have
}

run_backend()
{
    local backend=$1
    local data="$tmp/data-$backend"
    local -a server_env=(env -u DATABASE_URL HSS_DATA_DIR="$data")
    if [[ $backend == postgresql ]]; then
        start_postgres
        server_env=(env HSS_DATA_DIR="$data" DATABASE_URL="postgresql://hss:$pg_password@127.0.0.1:$pg_port/hss")
    fi
    log "$backend: seeding the demo data set"
    local seed_out password
    seed_out=$("${server_env[@]}" "$server_bin" seed-demo 2>&1) || { echo "$seed_out" >&2; exit 70; }
    password=$(awk '$1 == "sofia" { print $2 }' <<<"$seed_out")
    [[ -n $password ]] || { echo "run-api-bench: no password for sofia in: $seed_out" >&2; exit 70; }

    start_listener "server-$backend" "${server_env[@]}" "$server_bin"
    local server_pid=$started_pid port=$started_port
    log "$backend: hss-server on 127.0.0.1:$port"
    local token
    token=$(login "$port" sofia "$password")
    fill_tickets "$port" "$token" "$backend" "$server_pid"

    local round conns
    for round in $(seq 1 "$rounds"); do
        for conns in $connections; do
            # The ceiling gets a token too, so both sides parse requests of the same size.
            token=$(login "$port" sofia "$password")
            HSS_BENCH_TOKEN=$token measure "$backend" "$round" "$conns" ceiling "$ceiling_port" ceiling.lua /
            sleep 1
            token=$(login "$port" sofia "$password")
            HSS_BENCH_TOKEN=$token HSS_BENCH_IDS=$ids_file measure "$backend" "$round" "$conns" get "$port" \
                get-ticket.lua /
            sleep 1
            token=$(login "$port" sofia "$password")
            HSS_BENCH_TOKEN=$token measure "$backend" "$round" "$conns" post "$port" post-ticket.lua /api/tickets
            sleep 1
        done
    done
    token=$(login "$port" sofia "$password")
    tickets_after=$(ticket_total "$port" "$token")
    stop_pid "$server_pid"
    kill -0 "$ceiling_pid" 2>/dev/null || { echo "run-api-bench: the ceiling server died" >&2; exit 70; }
    # What went wrong on the server side, by message (the access log has one line per request).
    server_errors=$(grep -E ' (Error|Critical|Fatal) ' "$tmp/logs/server-$backend.log" |
        sed -E 's/^[^ ]+ //; s/(GET|POST) \/api\/tickets\/[0-9a-f-]{36}/\1 \/api\/tickets\/:id/' |
        sort | uniq -c | sort -rn | head -n 5 || true)
    status_counts=$(grep -o 'hss.access: [A-Z]* [^ ]* [0-9]\{3\}' "$tmp/logs/server-$backend.log" |
        sed -E 's/hss.access: //; s/\/api\/tickets\/[0-9a-f-]{36}/\/api\/tickets\/:id/' | sort | uniq -c |
        sort -rn | head -n 8 || true)
    if [[ $backend == postgresql ]]; then
        stop_postgres
    fi
    report "$backend"
}

# ---------------------------------------------------------------------------------------------------------------
report()
{
    local backend=$1
    printf '\n### %s\n\n' "$backend"
    printf 'Tickets stored: %s before the first measurement, %s after the last (every POST run adds tickets).\n' \
        "$tickets_before" "$tickets_after"
    printf 'Medians over %s rounds. req/s counts successful (2xx) responses only; p50/p99 are over all responses, failed ones included; errors are summed over the rounds; starved connections (never served, see bench/README.md) are the largest count seen.\n\n' \
        "$rounds"
    awk -F'\t' -v backend="$backend" -v rounds="$rounds" '
        function median(list,    n, a, i, j, t) {
            n = split(list, a, " ")
            for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        $1 == backend {
            key = $3 SUBSEP $4
            if (!(key in seen)) { seen[key] = 1; order[++count] = key }
            rps[key] = rps[key] " " $5; p50[key] = p50[key] " " $6; p99[key] = p99[key] " " $7
            connect[key] += $8; readerr[key] += $9; writeerr[key] += $10; timeout[key] += $11; status[key] += $12
            if (!(key in starved) || $13 == "?" || (starved[key] != "?" && $13 + 0 > starved[key] + 0)) starved[key] = $13
            round_rps[$2, $3, $4] = $5
            rounds_of[key] = rounds_of[key] " " $2
        }
        END {
            names["ceiling"] = "ceiling: trivial Poco HTTPS handler"
            names["get"] = "GET /api/tickets/:id"
            names["post"] = "POST /api/tickets"
            print "| measurement | connections | req/s (2xx) | p50 ms | p99 ms | errors connect/read/write/timeout/non-2xx | starved connections | ratio to ceiling |"
            print "|---|---:|---:|---:|---:|---|---:|---:|"
            for (i = 1; i <= count; i++) {
                key = order[i]; split(key, parts, SUBSEP); conns = parts[1]; kind = parts[2]
                ratios = ""
                n = split(rounds_of[key], rs, " ")
                for (k = 1; k <= n; k++) {
                    c = round_rps[rs[k], conns, "ceiling"]
                    if (c > 0) ratios = ratios " " round_rps[rs[k], conns, kind] / c
                }
                ratio = kind == "ceiling" ? "1" : (ratios == "" ? "?" : sprintf("%.3f", median(ratios)))
                printf "| %s | %s | %.0f | %.1f | %.1f | %d/%d/%d/%d/%d | %s | %s |\n", names[kind], conns,
                    median(rps[key]), median(p50[key]) / 1000, median(p99[key]) / 1000, connect[key], readerr[key],
                    writeerr[key], timeout[key], status[key], starved[key], ratio
                med_rps[conns, kind] = median(rps[key]); med_p99[conns, kind] = median(p99[key]) / 1000
                errors[conns, kind] = connect[key] + readerr[key] + writeerr[key] + timeout[key] + status[key]
                starve[conns, kind] = starved[key]; med_ratio[conns, kind] = ratio
                if (!(conns in conn_list)) conn_order[++conn_count] = conns
                conn_list[conns] = 1
            }
            print ""
            print "Targets (issue 4):"
            print ""
            for (c = 1; c <= conn_count; c++) {
                conns = conn_order[c]
                ok = med_ratio[conns, "get"] >= 0.6 && med_p99[conns, "get"] < 20
                printf "- GET at %s connections: %.1f%% of the ceiling, p99 %.1f ms (target >= 60%%, < 20 ms): %s\n",
                    conns, med_ratio[conns, "get"] * 100, med_p99[conns, "get"], (ok ? "met" : "**missed**")
                printf "- POST at %s connections: %.0f/s (target >= 2,000/s): %s\n", conns, med_rps[conns, "post"],
                    (med_rps[conns, "post"] >= 2000 ? "met" : "**missed**")
            }
            split("ceiling get post", kinds, " ")
            for (c = 1; c <= conn_count; c++) {
                conns = conn_order[c]
                if (conns + 0 < 256) continue
                for (k = 1; k <= 3; k++) {
                    kind = kinds[k]
                    printf "- %s at %s connections, errors %d, starved connections %s (target 0 and 0): %s\n", names[kind],
                        conns, errors[conns, kind], starve[conns, kind],
                        (errors[conns, kind] == 0 && starve[conns, kind] == "0" ? "met" : "**missed**")
                }
            }
        }' "$results"
    printf '\nEvery measurement (2xx responses/s, p99 ms) in run order:\n\n'
    printf '| round | connections | ceiling | GET /api/tickets/:id | POST /api/tickets |\n|---:|---:|---|---|---|\n'
    awk -F'\t' -v backend="$backend" '
        $1 == backend { key = $2 SUBSEP $3; if (!(key in cell)) order[++n] = key
                        cell[key, $4] = sprintf("%.0f, %.1f", $5, $7 / 1000); cell[key] = 1 }
        END { for (i = 1; i <= n; i++) { split(order[i], p, SUBSEP)
              printf "| %s | %s | %s | %s | %s |\n", p[1], p[2], cell[order[i], "ceiling"], cell[order[i], "get"], cell[order[i], "post"] } }
    ' "$results"
    printf '\nResponses by status (server access log, whole run including the fill):\n\n%s\n%s\n%s\n' "$fence" "$status_counts" "$fence"
    if [[ -n $server_errors ]]; then
        printf '\nServer errors logged (most frequent first):\n\n%s\n%s\n%s\n' "$fence" "$server_errors" "$fence"
    fi
}

# ---------------------------------------------------------------------------------------------------------------
run_started=$SECONDS
printf '## Server API benchmark\n\n'
printf -- '- %s, %s logical CPUs (nproc); wrk, the ceiling and hss-server (and PostgreSQL) all share them.\n' \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(nproc)"
source_state=$(git -C "$repo_root" rev-parse --short HEAD 2>/dev/null || echo 'not a git checkout')
git -C "$repo_root" diff --quiet HEAD -- server shared 2>/dev/null || source_state+=", server/ or shared/ modified"
printf -- '- hss-server %s (commit %s); ceiling and server with %s; HSS_THREADS=%s, HSS_MAX_QUEUED=%s, DB_POOL_MIN=%s, DB_POOL_MAX=%s (unset: the server defaults).\n' \
    "$("$server_bin" --version | awk '{print $2}')" "$source_state" "$threads_line" "${HSS_THREADS:-unset}" \
    "${HSS_MAX_QUEUED:-unset}" "${DB_POOL_MIN:-unset}" "${DB_POOL_MAX:-unset}"
printf -- '- wrk -t2 -c{%s} -d%ss --timeout %s --latency, keep-alive, TLS (ECDSA P-256 certificate), 127.0.0.1; %s rounds.\n' \
    "${connections// /,}" "$duration" "$wrk_timeout" "$rounds"

for backend in $backends; do
    case $backend in
        sqlite | postgresql) run_backend "$backend" ;;
        *) echo "run-api-bench: unknown backend '$backend'" >&2; exit 64 ;;
    esac
done
printf '\nRun time: %d s.\n' $((SECONDS - run_started))
log "done in $((SECONDS - run_started)) s"
