#!/usr/bin/env python3
"""The SMTP submission floor of PEERS.md: one connection, STARTTLS, AUTH PLAIN, then each
message's MAIL, RCPT, DATA and body, waiting for every reply (no pipelining). Only what a
client cannot avoid; prints the seconds for the messages (not the login)."""
import base64
import socket
import ssl
import sys
import time


def reply(stream):
    lines = []
    while True:
        line = stream.readline()
        if not line:
            raise SystemExit("floor: connection closed")
        lines.append(line)
        if len(line) < 4 or line[3:4] != b"-":
            return lines


def main():
    host, port, cafile, user, password, sender, rcpt, count, size = sys.argv[1:10]
    count, size = int(count), int(size)
    raw = socket.create_connection((host, int(port)), timeout=60)
    stream = raw.makefile("rb")
    reply(stream)
    raw.sendall(b"EHLO floor\r\n")
    reply(stream)
    raw.sendall(b"STARTTLS\r\n")
    reply(stream)
    context = ssl.create_default_context(cafile=cafile)
    tls = context.wrap_socket(raw, server_hostname=host)
    stream = tls.makefile("rb")
    tls.sendall(b"EHLO floor\r\n")
    reply(stream)
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode())
    tls.sendall(b"AUTH PLAIN " + token + b"\r\n")
    if not reply(stream)[0].startswith(b"235"):
        raise SystemExit("floor: AUTH refused")
    line = b"x" * 70 + b"\r\n"
    body = line * max(1, size // len(line))
    started = time.monotonic()
    for i in range(count):
        message = (b"From: " + sender.encode() + b"\r\nTo: " + rcpt.encode() + b"\r\nSubject: floor "
                   + str(i).encode() + b"\r\nMessage-ID: <floor-" + str(i).encode() + b"-"
                   + str(started).encode() + b"@letterbox.test>\r\n\r\n" + body + b".\r\n")
        for command in (b"MAIL FROM:<" + sender.encode() + b">\r\n", b"RCPT TO:<" + rcpt.encode() + b">\r\n",
                        b"DATA\r\n"):
            tls.sendall(command)
            reply(stream)
        tls.sendall(message)
        if not reply(stream)[0].startswith(b"250"):
            raise SystemExit("floor: message refused")
    elapsed = time.monotonic() - started
    tls.sendall(b"QUIT\r\n")
    print("%.6f" % elapsed)


if __name__ == "__main__":
    main()
