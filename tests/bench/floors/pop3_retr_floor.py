#!/usr/bin/env python3
"""The POP3 download floor: one connection (implicit TLS), USER/PASS, then RETR 1..COUNT
one after another, each reply read to its terminating dot and thrown away (no
pipelining, no parsing, no storing). Prints the seconds and bytes received for the RETRs
(not the login), and the process's peak memory (getrusage ru_maxrss, KiB), on one line."""
import resource
import socket
import ssl
import sys
import time


def single(tls):
    line = b""
    while not line.endswith(b"\r\n"):
        chunk = tls.recv(4096)
        if not chunk:
            raise SystemExit("floor: connection closed")
        line += chunk
    if not line.startswith(b"+OK"):
        raise SystemExit("floor: " + line.decode(errors="replace").strip())


def multiline(tls, pending):
    """Reads one multi-line reply; returns (bytes received, what came after it)."""
    buffer = bytearray(pending)
    received = 0
    searched = 0
    while True:
        end = buffer.find(b"\r\n.\r\n", max(0, searched - 4))
        if end >= 0:
            if not buffer.startswith(b"+OK"):
                raise SystemExit("floor: RETR refused")
            return received, bytes(buffer[end + 5:])
        searched = len(buffer)
        chunk = tls.recv(1 << 18)
        if not chunk:
            raise SystemExit("floor: connection closed")
        received += len(chunk)
        buffer += chunk


def main():
    host, port, cafile, user, password, count = sys.argv[1:7]
    context = ssl.create_default_context(cafile=cafile)
    tls = context.wrap_socket(socket.create_connection((host, int(port)), timeout=600), server_hostname=host)
    single(tls)
    tls.sendall(b"USER " + user.encode() + b"\r\n")
    single(tls)
    tls.sendall(b"PASS " + password.encode() + b"\r\n")
    single(tls)
    started = time.monotonic()
    total = 0
    pending = b""
    for number in range(1, int(count) + 1):
        tls.sendall(b"RETR %d\r\n" % number)
        received, pending = multiline(tls, pending)
        total += received
    elapsed = time.monotonic() - started
    tls.sendall(b"QUIT\r\n")
    print("%.6f %d %d" % (elapsed, total, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


if __name__ == "__main__":
    main()
