"""Content: an article file (YAML front matter and a Markdown body) read into a plain `Article`,
with the problems found, by file and line; and the Markdown renderer articles use."""
from __future__ import annotations

import importlib
from typing import Any

# What other packages use, by the module that defines it: loaded on first use, so importing
# one module of the package does not load the others.
_EXPORTS = {
    "Article": "article",
    "ParseSettings": "article",
    "content_hash": "article",
    "other_files": "article",
    "parse_article": "article",
    "scan_article_files": "article",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
