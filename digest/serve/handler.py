"""The preview server's request handler: site/ and nothing else.

Every request gets a status line: traversal, encoded or raw backslashes, NUL bytes, malformed
percent-encoding and unknown methods get a 4xx, never a dropped connection or a 5xx. Sockets
time out, so a slow client holds only its own thread.
"""
from __future__ import annotations

import email.utils
import http.server
import mimetypes
import posixpath
import re
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlsplit

RELOAD_PREFIX = "/__digest__/"
RELOAD_SCRIPT = files("digest.serve").joinpath("livereload.js").read_bytes()

_TEXT_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".css": "text/css", ".js": "text/javascript",
    ".mjs": "text/javascript", ".json": "application/json", ".xml": "application/xml",
    ".txt": "text/plain", ".md": "text/markdown", ".svg": "image/svg+xml", ".atom": "application/atom+xml",
    ".webmanifest": "application/manifest+json",
}
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _TEXT_TYPES:
        return _TEXT_TYPES[suffix] + "; charset=utf-8"
    guessed, _encoding = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


class SiteRequestHandler(http.server.BaseHTTPRequestHandler):
    server_version = "digest"
    protocol_version = "HTTP/1.0"  # one request per connection: nothing to keep alive or pipeline
    # Answer even garbage and HTTP/0.9-style requests with a status line (the base class
    # assumes 0.9 for them and sends a bare body).
    default_request_version = "HTTP/1.0"
    timeout = 10  # seconds a client may take to send its request

    # The base class answers most malformed requests itself (400, 414, 431, 505); make sure
    # anything unexpected also ends in a 400 rather than a dropped connection.
    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception:  # noqa: BLE001 - a request must never take the server down
            self.close_connection = True
            try:
                self.send_error(400, "Bad request")
            except Exception:  # noqa: BLE001
                pass

    def do_GET(self) -> None:
        self._serve_safely(send_body=True)

    def do_HEAD(self) -> None:
        self._serve_safely(send_body=False)

    def _serve_safely(self, send_body: bool) -> None:
        try:
            self._serve(send_body)
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except OSError:  # a name too long for the filesystem, and the like: nothing there
            self.send_error(404, "Not found")

    def _method_not_allowed(self) -> None:
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _method_not_allowed

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass  # quiet by default; the terminal shows builds, not requests

    # --------------------------------------------------------------------------------------
    def _serve(self, send_body: bool) -> None:
        raw_path = urlsplit(self.path).path if self.path.startswith("/") else None
        if raw_path is None:
            self.send_error(400, "Request path must start with /")
            return
        decoded = _decode_path(raw_path)
        if decoded is None:
            self.send_error(400, "Malformed path")
            return
        if decoded.startswith(RELOAD_PREFIX):
            self._serve_reload(decoded[len(RELOAD_PREFIX):], send_body)
            return
        base = self.server.base_path  # type: ignore[attr-defined]
        if not decoded.startswith(base):
            if decoded in ("/", base.rstrip("/")):
                self._redirect(base)
            else:
                self._not_found(send_body)
            return
        target = _resolve(self.server.site_dir, decoded[len(base):])  # type: ignore[attr-defined]
        if target is None:
            self._not_found(send_body)
            return
        if target.is_dir():
            if not raw_path.endswith("/"):
                self._redirect(raw_path + "/")
                return
            target = target / "index.html"
        if not target.is_file():
            self._not_found(send_body)
            return
        self._send_file(target, 200, send_body)

    def _send_file(self, target: Path, status: int, send_body: bool) -> None:
        try:
            stat = target.stat()
            data = target.read_bytes()
        except OSError:
            self._not_found(send_body)
            return
        hub = self.server.hub  # type: ignore[attr-defined]
        is_html = target.suffix.lower() in (".html", ".htm")
        etag = f'"{stat.st_size:x}-{stat.st_mtime_ns:x}' + (f"-{hub.build_id}" if is_html and hub else "") + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        if is_html and hub is not None:
            data = _inject_reload(data, hub.build_id)
        self.send_response(status)
        self.send_header("Content-Type", content_type(target))
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if send_body:
            self.wfile.write(data)

    def _not_found(self, send_body: bool) -> None:
        page = self.server.site_dir / "404.html"  # type: ignore[attr-defined]
        if page.is_file():
            self._send_file(page, 404, send_body)
        else:
            self.send_error(404, "Not found")

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _serve_reload(self, name: str, send_body: bool) -> None:
        hub = self.server.hub  # type: ignore[attr-defined]
        if name == "livereload.js" and hub is not None:
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript; charset=utf-8")
            self.send_header("Content-Length", str(len(RELOAD_SCRIPT)))
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if send_body:
                self.wfile.write(RELOAD_SCRIPT)
        elif name == "events" and hub is not None and send_body:
            self._stream_events(hub)
        else:
            self._not_found(send_body)

    def _stream_events(self, hub) -> None:  # noqa: ANN001 - serve.ReloadHub; avoids an import cycle
        """Server-sent events: the current state at once, then after every build."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.connection.settimeout(None)
        version = hub.version
        try:
            self.wfile.write(b"retry: 300\n" + hub.event())
            self.wfile.flush()
            while True:
                newer = hub.wait(version, timeout=15)
                if newer == version:
                    self.wfile.write(b": keep-alive\n\n")
                else:
                    version = newer
                    self.wfile.write(hub.event())
                self.wfile.flush()
        except OSError:
            self.close_connection = True


def _decode_path(raw_path: str) -> str | None:
    """Percent-decoded path, or None for anything that must not reach the filesystem."""
    try:
        decoded = unquote(raw_path, errors="strict")
    except UnicodeDecodeError:
        return None
    if "\x00" in decoded or "\\" in decoded or any(ord(ch) < 32 for ch in decoded):
        return None
    return decoded


def _resolve(site_dir: Path, rel: str) -> Path | None:
    """The file under site_dir a site-relative path names, or None if it would leave it."""
    parts = [part for part in rel.split("/") if part]
    if any(part in (".", "..") for part in parts):
        return None
    normalized = posixpath.normpath("/" + "/".join(parts))
    root = site_dir.resolve()
    try:
        target = (root / normalized.lstrip("/")).resolve()
    except (OSError, ValueError):
        return None
    return target if target == root or target.is_relative_to(root) else None


def _inject_reload(html: bytes, build_id: str) -> bytes:
    tag = f'<script src="{RELOAD_PREFIX}livereload.js" data-build="{build_id}"></script>'.encode()
    matches = list(_BODY_END.finditer(html))
    if not matches:
        return html + tag
    at = matches[-1].start()
    return html[:at] + tag + html[at:]
