#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A loopback HTTPS endpoint for notification tests (stands in for a Slack webhook and an SMS gateway).

Listens on 127.0.0.1 on a free port with the given certificate and prints "PORT <n>" once it accepts connections.
Every POST is answered with --status (default 200) and written to --folder as request-<n>.json
({path, headers, body}).
"""
import argparse
import http.server
import json
import os
import ssl
import sys
import threading


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", required=True)
    parser.add_argument("--tls-cert", required=True)
    parser.add_argument("--tls-key", required=True)
    parser.add_argument("--status", type=int, default=200)
    args = parser.parse_args()
    counter = {"value": 0}
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode("utf-8", "replace")
            with lock:
                counter["value"] += 1
                number = counter["value"]
            record = {"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body}
            final = os.path.join(args.folder, "request-%d.json" % number)
            with open(final + ".tmp", "w", encoding="utf-8") as out:
                json.dump(record, out)
            os.replace(final + ".tmp", final)
            answer = b"ok" if args.status < 300 else b"failure for the test"
            self.send_response(args.status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format, *arguments):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.tls_cert, args.tls_key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
