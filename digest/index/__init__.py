"""The index: what the articles say about each other. Words (segmented, Traditional folded),
vectors, topics, tags, related articles and stories, grouped into the immutable `SiteIndex` that
rendering reads. `Indexer` keeps the state between builds: a change redoes only what it reaches,
and the result equals a fresh build's."""
from __future__ import annotations

import importlib
from typing import Any

# What other packages use, by the module that defines it: loaded on first use, so importing
# one module of the package does not load the others.
_EXPORTS = {
    "ENTRY_PARTS": "diff",
    "Indexer": "indexer",
    "Month": "model",
    "SiteIndex": "model",
    "Story": "model",
    "Term": "model",
    "TextAnalysis": "analysis",
    "analyze": "analysis",
    "build_index": "site",
    "changed_articles": "diff",
    "same_order": "diff",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
