#!/usr/bin/python3
"""autoconfig-https.py DOCROOT ADDRESS PORT CERT KEY LOG

The HTTPS side of the autoconfiguration tests (tests/support/autoconfiglab.h): serves
DOCROOT/<Host header>/<path> on ADDRESS:PORT with the given certificate, answers 404
for anything else, and appends "host path?query" of every request to LOG so a test
can check which sources were asked and in which order. Runs in the foreground until
SIGTERM (the harness stops it by PID).
"""
import http.server
import os
import signal
import ssl
import sys

docroot, address, port, cert, key, log = sys.argv[1:7]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        with open(log, "a") as out:
            out.write(f"{host} {self.path}\n")
        path = self.path.split("?", 1)[0]
        local = os.path.normpath(os.path.join(docroot, host, path.lstrip("/")))
        if not local.startswith(os.path.join(docroot, host) + os.sep) or not os.path.isfile(local):
            self.send_error(404)
            return
        with open(local, "rb") as f:
            body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer((address, int(port)), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
server.socket = context.wrap_socket(server.socket, server_side=True)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
print("ready", flush=True)
server.serve_forever()
