"""Run tests/interop/parser_server_probe.js (a Node 24 http.Server) and send it
raw bytes over loopback sockets; collect what its 'request'/'clientError'/
'upgrade'/'connect' listeners saw for each connection."""

import json
import os
import select
import socket
import subprocess
import time

from parser_oracle import node_binary

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE_JS = os.path.join(HERE, "parser_server_probe.js")


class NodeServer:
    def __init__(self, options=None):
        self.proc = subprocess.Popen([node_binary(), PROBE_JS, json.dumps(options or {})],
                                     stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
        self._buf = b""
        self.records = {}
        first = self._read_record(10.0)
        assert first and first["ev"] == "listening", first
        self.port = first["port"]

    def _read_record(self, timeout):
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            r, _, _ = select.select([self.proc.stdout], [], [], left)
            if not r:
                return None
            data = os.read(self.proc.stdout.fileno(), 65536)
            if not data:
                return None
            self._buf += data
        line, self._buf = self._buf.split(b"\n", 1)
        return json.loads(line)

    def send(self, data, timeout=5.0):
        """Send data on a fresh connection, half-close, wait for 'close';
        returns the server-side records (without the 'close')."""
        s = socket.create_connection(("127.0.0.1", self.port))
        port = s.getsockname()[1]
        s.sendall(data)
        try:
            s.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        deadline = time.monotonic() + timeout
        s.settimeout(timeout)
        try:
            while s.recv(65536):
                pass
        except OSError:
            pass
        s.close()
        while True:
            recs = self.records.get(port, [])
            if recs and recs[-1]["ev"] == "close":
                return [r for r in recs if r["ev"] != "close"]
            rec = self._read_record(max(0.0, deadline - time.monotonic()))
            if rec is None:
                raise TimeoutError("no 'close' from the Node server for port %d" % port)
            self.records.setdefault(rec.get("port"), []).append(rec)

    def close(self):
        self.proc.kill()
        self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
