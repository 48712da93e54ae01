"""`raw/ingest-state.json`: what ingest wrote, so that it never overwrites a person's edit.

For every article ingest wrote: the SHA-256 of the bytes it wrote (a file whose bytes differ was
edited by a person and is left alone), its raw input, its near-duplicate sketch and the other
sources merged into it. For every input: the article it became. Plus boilerplate lines learned
from earlier batches. The file lives beside the raw inputs and is meant to be committed with them.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.ingest.dedup import SKETCH_VERSION

STATE_FILE = "raw/ingest-state.json"
MAX_LEARNED_LINES = 5000


@dataclass
class ArticleState:
    sha256: str
    raw: str
    sketch: tuple[int, ...] = ()
    sources: list[dict[str, Any]] = field(default_factory=list)
    title: str | None = None  # for near-duplicate checks

    def as_dict(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "raw": self.raw, "title": self.title, "sketch": _pack(self.sketch),
                "sources": self.sources}


@dataclass
class IngestState:
    articles: dict[str, ArticleState] = field(default_factory=dict)  # content path -> what ingest wrote
    inputs: dict[str, str] = field(default_factory=dict)  # raw SHA-256 -> content path
    raw_names: dict[str, str] = field(default_factory=dict)  # raw SHA-256 -> raw/ path
    learned_boilerplate: set[str] = field(default_factory=set)

    def written_by_us(self, root: Path, rel: str) -> bool | None:
        """True: the file is as ingest wrote it; False: a person changed it; None: not ours or gone."""
        entry = self.articles.get(rel)
        path = root / rel
        if entry is None or not path.is_file():
            return None
        return file_sha256(path) == entry.sha256


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_state(root: Path) -> IngestState:
    path = root / STATE_FILE
    if not path.is_file():
        return IngestState()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return IngestState()  # unreadable state: nothing is known, so nothing is overwritten
    same_sketches = data.get("sketch_version", 1) == SKETCH_VERSION
    articles = {
        rel: ArticleState(entry["sha256"], entry.get("raw", ""), _unpack(entry.get("sketch", "")) if same_sketches else (),
                          entry.get("sources", []), entry.get("title"))
        for rel, entry in data.get("articles", {}).items()
    }
    return IngestState(articles, dict(data.get("inputs", {})), dict(data.get("raw_names", {})),
                       set(data.get("learned_boilerplate", [])))


def save_state(root: Path, state: IngestState) -> None:
    data = {
        "version": 1,
        "sketch_version": SKETCH_VERSION,
        "articles": {rel: state.articles[rel].as_dict() for rel in sorted(state.articles)},
        "inputs": dict(sorted(state.inputs.items())),
        "raw_names": dict(sorted(state.raw_names.items())),
        "learned_boilerplate": sorted(state.learned_boilerplate)[:MAX_LEARNED_LINES],
    }
    write_atomic(root / STATE_FILE, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace a file whole: a reader (or a crash) never sees half of it. A new file is simply
    written: there is nothing to half-replace, and a batch writes thousands of them."""
    _make_folder(path.parent)
    if not path.exists():
        try:
            path.write_bytes(data)
        except FileNotFoundError:  # the folder went away since it was made
            _made.discard(path.parent)
            _make_folder(path.parent)
            path.write_bytes(data)
        return
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


_made: set[Path] = set()  # folders known to exist (a race only repeats an idempotent mkdir)


def _make_folder(folder: Path) -> None:
    if folder not in _made:
        folder.mkdir(parents=True, exist_ok=True)
        _made.add(folder)


def _pack(sketch: tuple[int, ...]) -> str:
    return "".join(f"{value:08x}" for value in sketch)


def _unpack(text: str) -> tuple[int, ...]:
    return tuple(int(text[index:index + 8], 16) for index in range(0, len(text), 8))
