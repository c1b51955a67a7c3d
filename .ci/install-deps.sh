#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package the build, the tests and the demo need.
# The only place in the repository that knows package names. Idempotent and quiet when all is present.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git
    # Qt 6 (client)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev qtkeychain-qt6-dev libgl-dev libqt6svg6
    # Poco (server) and the PostgreSQL client library Poco's DataPostgreSQL needs
    libpoco-dev libpq-dev libsqlite3-dev
    # shared libraries
    nlohmann-json3-dev libsodium-dev libcurl4-openssl-dev libsqlcipher-dev liboath-dev libssl-dev
    # tools the tests and the demo run
    sqlcipher sqlite3 openssl oathtool xvfb xauth x11-utils imagemagick fonts-dejavu-core
    postgresql python3-aiosmtpd wrk dbus gnome-keyring procps curl ca-certificates tzdata
    nodejs
)

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

# Debian's nodejs ships without npm; other nodejs builds bundle it and conflict with Debian's npm.
if ! command -v npm >/dev/null 2>&1 && ! dpkg-query -W -f='${Status}' npm 2>/dev/null | grep -q "install ok installed"; then
    missing+=(npm)
fi

install_npm_tools() {
    # The OpenAPI linter, pinned by tests/openapi/package-lock.json; skipped when already installed at those versions.
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    if [[ -f $root/tests/openapi/package-lock.json ]] \
        && ! cmp -s "$root/tests/openapi/package-lock.json" "$root/tests/openapi/node_modules/.hss-installed-lock.json"; then
        npm ci --prefix "$root/tests/openapi" --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
        cp "$root/tests/openapi/package-lock.json" "$root/tests/openapi/node_modules/.hss-installed-lock.json"
        echo "install-deps: installed the OpenAPI linter from npm"
    fi
}

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
    install_npm_tools
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run as root (or with sudo) to install them" >&2
    exit 1
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
install_npm_tools
