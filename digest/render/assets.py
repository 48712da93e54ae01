"""Static files: the theme's `static/` under the project's `static/` (which wins, file by
file). Stylesheets and scripts get a content hash in their name so hosts can cache them forever."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from digest.render.templates import THEME_DIR

FINGERPRINTED = (".css", ".js")


@dataclass(frozen=True)
class Assets:
    base_path: str
    files: dict[str, bytes] = field(default_factory=dict)  # output path -> bytes
    names: dict[str, str] = field(default_factory=dict)  # source name -> output path

    def url(self, name: str) -> str:
        """URL of a static file by its source name, e.g. asset('style.css')."""
        try:
            return self.base_path + self.names[name]
        except KeyError:
            raise KeyError(f"no static file {name!r} in static/ or the theme") from None


def collect_assets(project_static: Path, base_path: str, unused: tuple[str, ...] = ()) -> Assets:
    """`unused`: theme files this site does not need (search.js without search); a project's
    own static files are always copied."""
    sources: dict[str, Path] = {}
    for folder in (THEME_DIR / "static", project_static):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                name = path.relative_to(folder).as_posix()
                if path.is_file() and not path.name.startswith(".") and (folder == project_static or name not in unused):
                    sources[name] = path
    assets = Assets(base_path)
    for name, path in sorted(sources.items()):
        data = path.read_bytes()
        output = fingerprint(name, data) if name.endswith(FINGERPRINTED) else name
        assets.files[output] = data
        assets.names[name] = output
    return assets


def fingerprint(name: str, data: bytes) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:10]}{dot}{suffix}"
