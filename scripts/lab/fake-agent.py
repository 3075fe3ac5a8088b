#!/usr/bin/python3
"""A stand-in for `hilbench-agent serve`, NOT the real agent.

It exists so that scripts/lab.sh's agent plumbing (start inside the board's namespace and cgroup,
token file, status probe, kill-agent / start-agent) can be tested before the real agent has an HTTP
server. It answers every GET with a small JSON object, 200 with the right bearer token (or for /v1/health), 401
without; HEAD answers 404 with the token, 401 without.

    HILBENCH_AGENT=scripts/lab/fake-agent.py scripts/lab.sh up 3
"""
import http.server
import json
import os
import socket
import sys

USAGE = ("USAGE: hilbench-agent serve --listen <host:port> --token-file <file> [--store <dir>] [--allow-marker-wire]"
         "   (fake agent for scripts/lab.sh tests)")


def main(argv):
    if not argv or argv[0] != "serve":
        print(USAGE, file=sys.stderr)
        return 64
    args = argv[1:]
    if "--help" in args or "-h" in args:
        print(USAGE)
        return 0
    try:
        listen = args[args.index("--listen") + 1]
        token_file = args[args.index("--token-file") + 1]
    except (ValueError, IndexError):
        print(USAGE, file=sys.stderr)
        return 64
    with open(token_file) as f:
        token = f.read().strip()
    host, port = listen.rsplit(":", 1)

    class Handler(http.server.BaseHTTPRequestHandler):
        def authorized(self):
            return self.headers.get("Authorization") == "Bearer " + token

        def do_HEAD(self):
            # like the real agent's HEAD /v1/artifacts/{sha256}: 404 (not stored) with the token
            self.send_response(404 if self.authorized() else 401)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self):
            # like the real agent: GET /v1/health needs no token, everything else does
            ok = self.authorized() or self.path == "/v1/health"
            body = json.dumps({"fake_agent": True, "authorized": ok, "hostname": socket.gethostname(),
                               "pid": os.getpid()}).encode() + b"\n"
            self.send_response(200 if ok else 401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt, *a):
            sys.stderr.write("fake-agent: %s %s\n" % (self.address_string(), fmt % a))
            sys.stderr.flush()

    class Server(http.server.ThreadingHTTPServer):
        def server_bind(self):
            # HTTPServer.server_bind does a reverse DNS lookup (getfqdn); skip it
            http.server.socketserver.TCPServer.server_bind(self)
            self.server_name, self.server_port = self.server_address[:2]

    server = Server((host, int(port)), Handler)
    print("fake-agent: listening on http://%s:%s (pid %d)" % (host, port, os.getpid()), flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
