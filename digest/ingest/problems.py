"""The warnings ingest left in content/ (`ingest_warnings:` in an article's front matter), as
problems `digest check` (and `digest build -v`) show next to their own: lost quotes, shuffled
text, short bodies, pages that are not articles. A curator deletes the line once handled.

Only files that carry the key are parsed, so a site of ten thousand articles is scanned in a
fraction of a second; nothing here depends on the build.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from digest.errors import Problem
from digest.yamlfile import YamlSyntaxError, load_mapping

KEY = "ingest_warnings"
HINT = "see raw/ingest-report.json (earlier runs: raw/ingest-reports/); delete the line once handled"
_MARK = KEY.encode() + b":"


def ingest_problems(path: str, extra: dict[str, Any], line: int | None = None) -> list[Problem]:
    """One warning problem per entry of an article's `ingest_warnings:` (`line`: where the key is)."""
    warnings = extra.get(KEY) or []
    if not isinstance(warnings, list):
        return []
    return [Problem(path, line, None, f"ingest: {warning}", HINT, "warning") for warning in warnings]


def find_ingest_problems(content_dir: Path, root: Path) -> list[Problem]:
    """The ingest warnings of every article under content_dir, in path order."""
    problems: list[Problem] = []
    for path in _markdown_files(content_dir):
        try:
            raw = path.read_bytes()
        except OSError:
            continue  # the build reports unreadable files
        if _MARK not in raw:
            continue
        problems.extend(file_problems(_relative(path, root), raw))
    return problems


def file_problems(rel_path: str, raw: bytes) -> list[Problem]:
    """The ingest warnings of one article file, each at the line of its list entry."""
    front = _front_matter(raw.decode("utf-8-sig", errors="replace"))
    if front is None:
        return []
    try:
        mapping = load_mapping(front, line_offset=1)
    except YamlSyntaxError:
        return []  # the build reports broken front matter
    lines = _entry_lines(front)
    problems = ingest_problems(rel_path, mapping.data, lines[0] if lines else None)
    return [Problem(p.path, lines[i] if i < len(lines) else p.line, None, p.message, p.hint, p.severity)
            for i, p in enumerate(problems)]


def _entry_lines(front: str) -> list[int]:
    """File lines of the key's `- ` entries (the front matter starts on the file's line 2), or
    just the key's line when the list is written on it (`ingest_warnings: [a, b]`)."""
    rows = front.split("\n")
    for index, row in enumerate(rows):
        if row.startswith(KEY + ":"):
            entries = []
            for below in range(index + 1, len(rows)):
                if not rows[below].startswith("- "):
                    break
                entries.append(below + 2)
            return entries or [index + 2]
    return []


def _front_matter(text: str) -> str | None:
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "\n".join(lines[1:index])
    return None


def _markdown_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        found.extend(Path(current) / name for name in sorted(files) if name.endswith(".md") and not name.startswith("."))
    return found


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
