"""Article files: front matter per the content contract, plus ingest's provenance keys.

    ---
    title: …
    date: 2025-06-14
    source: 华尔街见闻
    source_url: https://…          # when known
    author: …                      # when stated
    draft: true                    # when a serious warning needs a person's look
    sources:                       # near-duplicates merged into this article
    - {source: …, source_url: …, title: …, raw: raw/…}
    raw: raw/000_065f8897d4698395.txt
    date_guess: low — the body mentions 6月13日 (line 5); related items dated …
    ingest_warnings: [...]
    ---

Files are named `content/YYYY/MM/<slug>.md`; the slug is never one another article has.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import yaml

from digest.ingest.model import CleanArticle
from digest.ingest.state import write_atomic
from digest.text import MAX_SLUG_LENGTH


def render_article(article: CleanArticle, raw_rel: str, sources: list[dict[str, Any]]) -> str:
    lines = [_dump({"title": article.title}), f"date: {article.date.value}\n"]
    optional: dict[str, Any] = {}
    for key in ("source", "source_url", "author"):
        if getattr(article, key):
            optional[key] = getattr(article, key)
    if article.draft:
        optional["draft"] = True
    if sources:
        optional["sources"] = sources
    optional["raw"] = raw_rel
    if article.date.confidence not in ("stated",):
        optional["date_guess"] = f"{article.date.confidence} — " + "; ".join(article.date.evidence)
    if article.warnings:
        optional["ingest_warnings"] = [str(warning) for warning in article.warnings]
    lines.append(_dump(optional))
    return "---\n" + "".join(lines) + "---\n" + article.body


def _dump(fields: dict[str, Any]) -> str:
    """YAML for what ingest writes (text, true, lists of text or of flat mappings), by hand:
    PyYAML's representer took longer than everything else in writing a 10,000-article batch."""
    out: list[str] = []
    for key, value in fields.items():
        if isinstance(value, list):
            out.append(f"{key}:\n")
            for item in value:
                if isinstance(item, dict):
                    pairs = [f"{name}: {_scalar(item[name])}" for name in item]
                    out.append("- " + "\n  ".join(pairs) + "\n")
                else:
                    out.append(f"- {_scalar(item)}\n")
        else:
            out.append(f"{key}: {_scalar(value)}\n")
    return "".join(out)


_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n#'\"]*")
_NOT_TEXT = re.compile(r"(?i)(?:true|false|yes|no|on|off|null|~|[-+]?[\d._]+(?:e[-+]?\d+)?|\d{4}-\d\d-\d\d.*)")


def _scalar(value: Any) -> str:
    """A YAML scalar: plain when that reads back as the same text, else JSON's double-quoted
    form (which YAML reads as well)."""
    if value is True or value is False:
        return "true" if value else "false"
    text = str(value)
    if _PLAIN.fullmatch(text) and ": " not in text and not text.endswith((" ", ":")) and not _NOT_TEXT.fullmatch(text):
        return text
    return json.dumps(text, ensure_ascii=False)


def split_article(text: str) -> tuple[dict[str, Any], str, str]:
    """(front matter as data, front matter text, body) of a file ingest wrote."""
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front) or {}, front, body


def add_source(text: str, source: dict[str, Any]) -> str | None:
    """The article with one more entry under `sources:`; None when it is listed already."""
    data, front, body = split_article(text)
    listed = data.get("sources") or []
    if any(entry.get("raw") == source.get("raw") for entry in listed):
        return None
    listed = sorted([*listed, source], key=lambda entry: str(entry.get("raw", "")))
    kept = [line for line in _top_level_blocks(front) if not line.startswith("sources:")]
    insert_at = next((index for index, block in enumerate(kept) if block.startswith("raw:")), len(kept))
    kept.insert(insert_at, _dump({"sources": listed}))
    return "---\n" + "".join(kept) + "---\n" + body


def _top_level_blocks(front: str) -> list[str]:
    """Front matter split into one string per top-level key (with its nested lines)."""
    blocks: list[str] = []
    for line in front.splitlines(keepends=True):
        if blocks and (line.startswith((" ", "-")) or not line.strip()):
            blocks[-1] += line
        else:
            blocks.append(line)
    return blocks


def month_folder(article: CleanArticle) -> str:
    return article.date.value[:4] + "/" + article.date.value[5:7]


def unique_path(article: CleanArticle, taken: set[str]) -> str:
    """`content/YYYY/MM/<slug>.md` with a slug no other article has (`-2`, `-3` … appended)."""
    base = article.slug[:MAX_SLUG_LENGTH - 4].rstrip("-")
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return f"content/{month_folder(article)}/{slug}.md"


def existing_slugs(content_dir: Path) -> set[str]:
    if not content_dir.is_dir():
        return set()
    return {path.stem for path in content_dir.rglob("*.md")}


class RawKeeper:
    """Where each input is kept verbatim under raw/: its own name, or `<stem>-<sha8><ext>` when
    another file took the name. The copies are made later, all at once (`copies`)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.raw_dir = root / "raw"
        self._raw_prefix = os.path.join(os.path.abspath(self.raw_dir), "")
        self._present = set(os.listdir(self.raw_dir)) if self.raw_dir.is_dir() else set()  # one listing, not a stat a file
        self._planned: dict[str, str] = {}  # file name -> SHA-256 of what goes there
        self.copies: list[tuple[Path, Path]] = []

    def keep(self, source_path: Path, raw_sha: str, known: str | None) -> str:
        if known and known.startswith("raw/") and "/" not in known[4:] and known[4:] in self._present:
            return known
        absolute = os.path.abspath(source_path)
        if absolute.startswith(self._raw_prefix):  # ingesting raw/ itself: already kept
            return "raw/" + absolute[len(self._raw_prefix):].replace(os.sep, "/")
        target = self.raw_dir / source_path.name
        if self._taken(target, source_path, raw_sha):
            target = self.raw_dir / f"{source_path.stem}-{raw_sha[:8]}{source_path.suffix}"
        if target.name not in self._planned and target.name not in self._present:
            self.copies.append((source_path, target))
        self._planned[target.name] = raw_sha
        return "raw/" + target.name

    def _taken(self, target: Path, source_path: Path, raw_sha: str) -> bool:
        if target.name in self._planned:
            return self._planned[target.name] != raw_sha
        return target.name in self._present and not _same_bytes(target, source_path)


def copy_file(source: Path, target: Path) -> None:
    """A raw input copied verbatim: read whole and written (inputs are small and capped by
    max_bytes); shutil's checks cost more than the copy."""
    with open(source, "rb") as stream:
        data = stream.read()
    write_atomic(target, data)


def _same_bytes(first: Path, second: Path) -> bool:
    try:
        return first.stat().st_size == second.stat().st_size and first.read_bytes() == second.read_bytes()
    except OSError:
        return False


def write_text(root: Path, rel: str, text: str) -> bytes:
    data = text.encode("utf-8")
    write_atomic(root / rel, data)
    return data
