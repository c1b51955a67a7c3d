#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A loopback SMTP server for notification tests, on Debian's python3-aiosmtpd.

Listens on 127.0.0.1 on a free port and prints "PORT <n>" once it accepts connections. With --tls-cert/--tls-key it
offers STARTTLS and refuses mail before it; without them it offers no STARTTLS at all. Every accepted message is
written to --folder as message-<n>.json ({mail_from, rcpt_tos, data, tls, login}); every MAIL, RCPT and AUTH command
that reaches the handler is appended to --folder/commands.log, so a test can prove that nothing was sent in clear.
With --user/--password the server accepts exactly that login (after STARTTLS only).
Run it with /usr/bin/python3: the first python3 on PATH may lack Debian's modules.
"""
import argparse
import asyncio
import json
import os
import socket
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Recorder:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    def log(self, line):
        with open(os.path.join(self.folder, "commands.log"), "a", encoding="utf-8") as log:
            log.write(line + "\n")

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.log("MAIL %s tls=%s" % (address, session.ssl is not None))
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.log("RCPT %s tls=%s" % (address, session.ssl is not None))
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        login = session.login_data.decode("utf-8") if session.login_data else None
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "data": envelope.content.decode("utf-8", "replace"),
            "tls": session.ssl is not None,
            "login": login,
        }
        # Written under a temporary name and renamed, so a reader never sees half a message.
        final = os.path.join(self.folder, "message-%d.json" % self.count)
        with open(final + ".tmp", "w", encoding="utf-8") as out:
            json.dump(record, out)
        os.replace(final + ".tmp", final)
        return "250 Message accepted for delivery"


def make_authenticator(recorder, user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        recorder.log("AUTH %s tls=%s" % (mechanism, session.ssl is not None))
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
            and auth_data.password.decode() == password
        return AuthResult(success=ok, auth_data=auth_data if ok else None)

    return authenticate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()

    context = None
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
    recorder = Recorder(args.folder)
    options = {"hostname": "localhost", "tls_context": context, "require_starttls": context is not None}
    if args.user:
        options["authenticator"] = make_authenticator(recorder, args.user, args.password or "")
        options["auth_require_tls"] = True

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    server = loop.run_until_complete(loop.create_server(lambda: SMTP(recorder, loop=loop, **options), sock=listener))
    print("PORT %d" % listener.getsockname()[1], flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
