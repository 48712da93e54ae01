"""Helpers for tests of `digest serve`: the real command in a subprocess, on a free port."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@dataclass
class ServeProcess:
    process: subprocess.Popen
    base: str  # http://127.0.0.1:PORT
    lines: list[str] = field(default_factory=list)

    def get(self, path: str, method: str = "GET", headers: dict[str, str] | None = None) -> Response:
        request = urllib.request.Request(self.base + path, method=method, headers=headers or {})
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(request, timeout=10) as answer:
                return Response(answer.status, dict(answer.headers), answer.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, dict(error.headers), error.read())

    def wait_for_output(self, pattern: str, timeout: float = 10) -> str:
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            for line in self.lines[seen:]:
                if re.search(pattern, line):
                    return line
            seen = len(self.lines)
            time.sleep(0.02)
        raise AssertionError(f"no output matching {pattern!r}; got:\n" + "".join(self.lines))

    def wait_until(self, path: str, predicate, timeout: float = 10) -> Response:
        deadline = time.monotonic() + timeout
        while True:
            response = self.get(path)
            if predicate(response) or time.monotonic() > deadline:
                return response
            time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003
        return None


def start_serve(root: Path, *args: str) -> ServeProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "digest", "-C", str(root), "serve", "--port", "0", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    lines: list[str] = []

    def pump() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            lines.append(line)

    threading.Thread(target=pump, daemon=True).start()
    server = ServeProcess(process, "", lines)
    line = server.wait_for_output(r"serving .* at http://", timeout=30)
    server.base = re.search(r"(http://[^/ ]+)", line).group(1)  # type: ignore[union-attr]
    return server
