#!/usr/bin/env python3
"""The IMAP retrieval floor: one connection (implicit TLS), LOGIN, SELECT, then one raw
command whose whole response is read and thrown away. Only what a client cannot avoid:
no parsing, no storing. Prints the seconds and the bytes received for that command (not
the login), and the process's peak memory (getrusage ru_maxrss, KiB), on one line."""
import resource
import socket
import ssl
import sys
import time


def command(tls, tag, text):
    """Sends TAG TEXT and reads to the tagged reply; returns the bytes received."""
    tls.sendall(tag + b" " + text + b"\r\n")
    received = 0
    tail = b""
    while True:
        chunk = tls.recv(1 << 18)
        if not chunk:
            raise SystemExit("floor: connection closed")
        received += len(chunk)
        # Only the end matters: the tagged reply is the last line of the response.
        tail = (tail + chunk)[-4096:]
        if tail.endswith(b"\r\n"):
            start = tail.rfind(b"\r\n", 0, len(tail) - 2)
            last = tail[start + 2:] if start >= 0 else tail
            if last.startswith(tag + b" "):
                if not last[len(tag) + 1:].startswith(b"OK"):
                    raise SystemExit("floor: " + last.decode(errors="replace").strip())
                return received


def main():
    host, port, cafile, user, password, mailbox, raw = sys.argv[1:8]
    context = ssl.create_default_context(cafile=cafile)
    tls = context.wrap_socket(socket.create_connection((host, int(port)), timeout=600), server_hostname=host)
    tls.recv(4096)
    command(tls, b"f1", b'LOGIN "' + user.encode() + b'" "' + password.encode() + b'"')
    command(tls, b"f2", b"SELECT " + mailbox.encode())
    started = time.monotonic()
    received = command(tls, b"f3", raw.encode())
    elapsed = time.monotonic() - started
    command(tls, b"f4", b"LOGOUT")
    print("%.6f %d %d" % (elapsed, received, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


if __name__ == "__main__":
    main()
