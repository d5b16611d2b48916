#!/usr/bin/env python3
"""A small OAuth2 authorization server for the tests, on 127.0.0.1 only.

Speaks what a mail client and Dovecot's oauth2 passdb need:
  GET  /authorize   authorization code grant (RFC 6749 4.1). Test-only "approve" mode:
                    no login page, the code is issued at once for --approve-as USER and the
                    browser is redirected to redirect_uri?code=...&state=...
  POST /token       grant_type=authorization_code or refresh_token; JSON answer with
                    access_token, token_type, expires_in (--lifetime), refresh_token
  POST /introspect  RFC 7662 for Dovecot (introspection_mode = post): active + username
  POST /control/lifetime        seconds=N: the expires_in of tokens issued from now on
  POST /control/expire-access   the test's lever: every access token issued so far
                    becomes invalid (as a provider's revocation would make it)
  GET  /control/stats           JSON counters, so a test can see who asked what
Tokens are opaque (--tokens opaque) or HS256 JWTs (--tokens jwt).
Writes its port to --port-file once listening; runs until killed (SIGTERM).
"""
import argparse
import base64
import hashlib
import hmac
import json
import secrets
import signal
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

JWT_KEY = secrets.token_bytes(32)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.codes = {}  # code -> (client_id, redirect_uri, user)
        self.access = {}  # token -> (user, expires_at)
        self.refresh = {}  # token -> user
        self.stats = {"authorize": 0, "token_code": 0, "token_refresh": 0, "introspect": 0, "introspect_active": 0}

    def new_access_token(self, user):
        expires = time.time() + self.args.lifetime
        if self.args.tokens == "jwt":
            header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
            claims = {"sub": user, "exp": int(expires), "jti": secrets.token_hex(8), "aud": self.args.client_id}
            payload = b64url(json.dumps(claims).encode())
            signature = b64url(hmac.new(JWT_KEY, f"{header}.{payload}".encode(), hashlib.sha256).digest())
            token = f"{header}.{payload}.{signature}"
        else:
            token = secrets.token_urlsafe(32)
        self.access[token] = (user, expires)
        return token


class Handler(BaseHTTPRequestHandler):
    server_version = "letterbox-test-oauth2/1"

    def log_message(self, fmt, *args):
        if self.server.state.args.verbose:
            sys.stderr.write("oauth2-server: " + fmt % args + "\n")

    def reply(self, status, body, headers=()):
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Type", "application/json")
            self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def form(self):
        length = int(self.headers.get("Content-Length") or 0)
        return {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}

    def do_GET(self):
        state = self.server.state
        url = urllib.parse.urlsplit(self.path)
        query = {k: v[0] for k, v in urllib.parse.parse_qs(url.query).items()}
        if url.path == "/authorize":
            with state.lock:
                state.stats["authorize"] += 1
                redirect = query.get("redirect_uri", "")
                target = urllib.parse.urlsplit(redirect)
                if query.get("client_id") != state.args.client_id or target.hostname not in ("127.0.0.1", "localhost"):
                    return self.reply(400, {"error": "invalid_request"})
                if query.get("response_type") != "code":
                    return self.reply(400, {"error": "unsupported_response_type"})
                code = secrets.token_urlsafe(16)
                state.codes[code] = (query["client_id"], redirect, state.args.approve_as)
            params = {"code": code}
            if "state" in query:
                params["state"] = query["state"]
            sep = "&" if target.query else "?"
            return self.reply(302, None, [("Location", redirect + sep + urllib.parse.urlencode(params))])
        if url.path == "/control/stats":
            with state.lock:
                return self.reply(200, dict(state.stats))
        self.reply(404, {"error": "not_found"})

    def do_POST(self):
        state = self.server.state
        url = urllib.parse.urlsplit(self.path)
        form = self.form()
        with state.lock:
            if url.path == "/token":
                return self.token(state, form)
            if url.path == "/introspect":
                state.stats["introspect"] += 1
                entry = state.access.get(form.get("token", ""))
                if not entry or entry[1] < time.time():
                    return self.reply(200, {"active": False})
                state.stats["introspect_active"] += 1
                return self.reply(200, {"active": True, "username": entry[0], "client_id": state.args.client_id,
                                        "exp": int(entry[1])})
            if url.path == "/control/expire-access":
                state.access.clear()
                return self.reply(200, {"ok": True})
            if url.path == "/control/lifetime":
                state.args.lifetime = int(form.get("seconds", "3600"))
                return self.reply(200, {"ok": True})
        self.reply(404, {"error": "not_found"})

    def token(self, state, form):
        if form.get("client_id") != state.args.client_id:
            return self.reply(401, {"error": "invalid_client"})
        grant = form.get("grant_type")
        if grant == "authorization_code":
            entry = state.codes.pop(form.get("code", ""), None)
            if not entry or entry[1] != form.get("redirect_uri"):
                return self.reply(400, {"error": "invalid_grant"})
            state.stats["token_code"] += 1
            user = entry[2]
            refresh = secrets.token_urlsafe(32)
            state.refresh[refresh] = user
        elif grant == "refresh_token":
            refresh = form.get("refresh_token", "")
            user = state.refresh.get(refresh)
            if not user:
                return self.reply(400, {"error": "invalid_grant"})
            state.stats["token_refresh"] += 1
        else:
            return self.reply(400, {"error": "unsupported_grant_type"})
        access = state.new_access_token(user)
        return self.reply(200, {"access_token": access, "token_type": "Bearer", "expires_in": state.args.lifetime,
                                "refresh_token": refresh, "scope": form.get("scope", "mail")})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    parser.add_argument("--client-id", default="letterbox-test")
    parser.add_argument("--approve-as", required=True, help="test-only approve mode: the user every code is for")
    parser.add_argument("--tokens", choices=("opaque", "jwt"), default="opaque")
    parser.add_argument("--lifetime", type=int, default=3600, help="access token lifetime in seconds")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.state = State(args)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as out:
            out.write(f"{server.server_address[1]}\n")
        import os
        os.replace(args.port_file + ".tmp", args.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
