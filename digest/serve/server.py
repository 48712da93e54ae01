"""`digest serve`: a preview server for site/, a watcher, incremental rebuilds and live reload.

The server serves, the builder builds: files in site/ are exactly what `digest build` writes;
the live-reload script is added to HTML responses only. The site is served under its base
path (`/digest/` when base_url has one), so links work as they will on the real host.
"""
from __future__ import annotations

import errno
import http.server
import json
import queue
import socket
import sys
import threading
import time
import uuid
from pathlib import Path

from digest.build import BuildOptions
from digest.errors import Problem, sort_problems
from digest.search import IndexReport
from digest.serve.handler import SiteRequestHandler
from digest.serve.session import BuildSession, Rebuild
from digest.serve.watch import ProjectWatcher
from digest.terminal import counted, left_out_lines, problem_count, problem_lines


class ReloadHub:
    """What the browser tabs wait for: the number of the last complete build, which pages it
    changed, and the errors of a failed build (shown as an overlay)."""

    def __init__(self) -> None:
        self.server_id = uuid.uuid4().hex[:8]
        self.version = 0
        self.changed_urls: list[str] = []
        self.errors: list[dict[str, object]] = []
        self._condition = threading.Condition()

    @property
    def build_id(self) -> str:
        return f"{self.server_id}-{self.version}"

    def publish(self, changed_urls: list[str], errors: list[Problem]) -> None:
        with self._condition:
            self.version += 1
            self.changed_urls = changed_urls
            self.errors = [_problem_json(p) for p in errors]
            self._condition.notify_all()

    def wait(self, seen_version: int, timeout: float) -> int:
        with self._condition:
            self._condition.wait_for(lambda: self.version != seen_version, timeout)
            return self.version

    def event(self) -> bytes:
        """The current state as one server-sent event."""
        with self._condition:
            payload = {"build": self.build_id, "changed": self.changed_urls, "errors": self.errors}
        return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()


def listen_problem(exc: OSError, host: str, port: int) -> str:
    """Why a server cannot listen there, and what to do, in a user's terms."""
    if isinstance(exc, socket.gaierror):
        return (f"{host!r} is not a known host name or address; use 127.0.0.1 (the default), "
                "or 0.0.0.0 to be reachable from other machines")
    if exc.errno == errno.EADDRINUSE:
        return "the port is in use: is another server running? Try --port 0 for a free port"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"{host} is not an address of this machine; use 127.0.0.1 (the default) or 0.0.0.0"
    if exc.errno == errno.EACCES:
        return f"not allowed to use port {port} (ports below 1024 need root): use --port 8000, or 0 for a free one"
    return exc.strerror or str(exc)


def _problem_json(problem: Problem) -> dict[str, object]:
    return {"where": problem.location(), "message": problem.message, "hint": problem.hint}


class PreviewServer(http.server.ThreadingHTTPServer):
    daemon_threads = True  # a stuck client never keeps the process alive
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], site_dir: Path, base_path: str, hub: ReloadHub | None):
        self.site_dir = site_dir
        self.base_path = base_path
        self.hub = hub
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        super().__init__(address, SiteRequestHandler)


def serve(root: Path, options: BuildOptions, host: str, port: int, quiet: bool = False, verbose: bool = False) -> int:
    stop = threading.Event()
    changes: queue.Queue[set[str]] = queue.Queue()
    watcher = ProjectWatcher(root, changes, stop)
    watcher.start()
    # Armed before the first build: an edit made while it runs is rebuilt after it, never lost.
    watcher.wait_ready()
    hub = ReloadHub()
    try:  # the port first: a port in use is reported at once, not after a long first build
        server = PreviewServer((host, port), root / "site", "/", hub)
    except OSError as exc:
        print(f"cannot listen on {host}:{port}: {listen_problem(exc, host, port)}", file=sys.stderr)
        stop.set()
        return 1
    session = BuildSession(root, options)
    session.search.on_done = lambda report: _print_search(report, verbose)
    first = session.rebuild()
    _print_rebuild(first, initial=True, verbose=verbose)
    session.settle_memory()
    site_dir = server.site_dir = session.output_dir
    server.base_path = session.base_path
    if not first.ok and not site_dir.is_dir():
        print("no site to serve: fix the errors above and run digest serve again", file=sys.stderr)
        server.server_close()
        stop.set()
        return 1
    if not first.ok:
        hub.publish([], first.errors)
    actual_port = server.server_address[1]
    shown_host = f"[{host}]" if ":" in host else host
    print(f"serving {site_dir} at http://{shown_host}:{actual_port}{session.base_path} (Ctrl-C to stop)", flush=True)
    builder = threading.Thread(target=_build_loop, args=(session, changes, hub, stop, verbose), daemon=True,
                               name="digest-builder")
    builder.start()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        print("\nstopped", flush=True)
    finally:
        stop.set()
        server.server_close()
    return 0


def _build_loop(session: BuildSession, changes: queue.Queue[set[str]], hub: ReloadHub,
                stop: threading.Event, verbose: bool) -> None:
    while not stop.is_set():
        try:
            batch = changes.get(timeout=0.5)
        except queue.Empty:
            continue
        while True:  # everything that arrived meanwhile goes into this build
            try:
                batch |= changes.get_nowait()
            except queue.Empty:
                break
        try:
            result = session.rebuild(batch)
        except Exception as exc:  # noqa: BLE001 - the server must survive any build failure
            problem = Problem("digest", None, None, f"rebuild crashed: {type(exc).__name__}: {exc}",
                              "this is a bug in digest; the last good site is still served")
            print(problem, file=sys.stderr, flush=True)
            hub.publish([], [problem])
            continue
        _print_rebuild(result, initial=False, verbose=verbose, trigger=batch)
        hub.publish([session.url_of(path) for path in result.changed], result.errors)
        session.settle_memory()


def _print_rebuild(result: Rebuild, initial: bool, verbose: bool, trigger: set[str] | None = None) -> None:
    """Errors (grouped); warnings too with -v or on the first build, when they are news."""
    shown = sort_problems(result.problems) if verbose or initial else result.errors
    for line in problem_lines(shown, verbose=verbose):
        print(line, file=sys.stderr, flush=True)
    if not result.ok:
        print(f"rebuild failed: {problem_count(result.errors)}; still serving the last good site",
              file=sys.stderr, flush=True)
        return
    what = "built" if initial else "rebuilt"
    warnings = f"; {problem_count(result.problems)}" if initial and result.problems else ""
    print(f"{what} {counted(result.articles, 'article')} in {result.seconds * 1000:.0f} ms: "
          f"{result.rendered} rendered, {counted(len(result.changed), 'file')} changed{warnings}", flush=True)
    for line in left_out_lines(result.left_out, verbose=verbose):
        print(line, flush=True)
    if verbose and trigger:
        for path in sorted(trigger):
            print(f"  changed: {path}", flush=True)


def _print_search(report: IndexReport, verbose: bool) -> None:
    problem = report.problem()
    if problem is not None:
        print(problem, file=sys.stderr, flush=True)
    elif verbose:
        print(f"search: {report.message}", flush=True)


def now_ms() -> float:
    return time.perf_counter() * 1000
