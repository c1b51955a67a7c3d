#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Creates a private CA and a server certificate signed by it, once; later runs reuse them.
# Usage: hss-make-certs.sh <folder> [extra DNS name ...]
# Writes <folder>/ca.pem (give this to consoles), ca.key, server.pem, server.key.
set -euo pipefail

dir=${1:?usage: hss-make-certs.sh <folder> [extra DNS name ...]}
shift
mkdir -p "$dir"
chmod 700 "$dir"
cd "$dir"

if [[ -s ca.pem && -s ca.key && -s server.pem && -s server.key ]] \
    && openssl verify -CAfile ca.pem server.pem >/dev/null 2>&1 \
    && openssl x509 -checkend 86400 -noout -in server.pem >/dev/null 2>&1; then
    echo "hss-make-certs: reusing the certificates in $PWD"
    exit 0
fi

umask 077
san="DNS:localhost,IP:127.0.0.1,IP:::1"
for name in "$@"; do
    san="$san,DNS:$name"
done

if [[ ! -s ca.key || ! -s ca.pem ]]; then
    openssl ecparam -name prime256v1 -genkey -noout -out ca.key
    openssl req -x509 -new -key ca.key -sha256 -days 3650 -out ca.pem \
        -subj "/O=Healthcare Support System/CN=HSS private CA" \
        -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
fi

openssl ecparam -name prime256v1 -genkey -noout -out server.key
openssl req -new -key server.key -out server.csr -subj "/O=Healthcare Support System/CN=localhost" 2>/dev/null
cat > server.ext <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=$san
EXT
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 -days 825 \
    -extfile server.ext -out server.pem 2>/dev/null
rm -f server.csr server.ext ca.srl
chmod 600 ca.key server.key
chmod 644 ca.pem server.pem
echo "hss-make-certs: created a private CA and a server certificate in $PWD"
