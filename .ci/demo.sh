#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, makes a private CA and a localhost certificate on first start (kept in
# the data folder and reused), starts hss-server over TLS on its embedded database and opens hss-console
# connected to it. Without a display the server keeps running and the console command is printed.
#
# HSS_DEMO_DIR   data folder (default ~/.local/share/hss-demo)
# HSS_DEMO_PORT  HTTPS port (default 8443)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

data=${HSS_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/hss-demo}
port=${HSS_DEMO_PORT:-8443}

bash .ci/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --parallel "$(nproc)"

mkdir -p "$data"
bash server/scripts/hss-make-certs.sh "$data/tls"

server_bin="$root/build/release/server/hss-server"
console_bin="$root/build/release/client/hss-console"
pidfile="$data/server.pid"
log="$data/server.log"
url="https://localhost:$port"

# Demo users and passwords are printed once by the seeder; keep them (owner-only) to show them again.
users_file="$data/demo-users.txt"
if [[ ! -s $users_file ]]; then
    (umask 077 && HSS_DATA_DIR="$data/server" "$server_bin" seed-demo >"$users_file.tmp") \
        && mv "$users_file.tmp" "$users_file"
fi
echo
cat "$users_file"
echo "(the admin signs in with a TOTP code too: oathtool --totp -b <secret>)"
echo

healthy() {
    curl --silent --fail --max-time 3 --cacert "$data/tls/ca.pem" "$url/api/health" >/dev/null 2>&1
}

if [[ -s $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null && healthy; then
    echo "demo: hss-server already running (pid $(cat "$pidfile")) at $url"
else
    echo "demo: starting hss-server at $url (log: $log)"
    HSS_HOST=127.0.0.1 HSS_PORT="$port" HSS_DATA_DIR="$data/server" \
        TLS_CERT_FILE="$data/tls/server.pem" TLS_KEY_FILE="$data/tls/server.key" \
        nohup "$server_bin" >>"$log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 100); do
        healthy && break
        if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            echo "demo: hss-server stopped at start-up:" >&2
            tail -n 5 "$log" >&2
            exit 1
        fi
        sleep 0.2
    done
    healthy || { echo "demo: hss-server does not answer at $url; see $log" >&2; exit 1; }
fi

console_cmd=("$console_bin" --settings "$data/console.ini" --server "$url" --ca "$data/tls/ca.pem")
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    cat <<MSG

demo: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the console was not opened.
      The server keeps running at $url (pid $(cat "$pidfile"), log $log).
      Start the console on a desktop session with:
        ${console_cmd[*]}
      or without a desktop, under a virtual X server:
        xvfb-run -a ${console_cmd[*]}
      Stop the server with:
        kill $(cat "$pidfile")
MSG
    exit 0
fi

echo "demo: opening hss-console; the server stops when the console closes"
status=0
"${console_cmd[@]}" || status=$?
kill "$(cat "$pidfile")" 2>/dev/null || true
rm -f "$pidfile"
exit "$status"
