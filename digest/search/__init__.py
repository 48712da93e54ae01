"""Search: digest's own static search index of the articles (character pairs and words, sharded
by hash), written into the new site just before it replaces the old one, and refreshed in the
background by `digest serve`."""
from __future__ import annotations

import importlib
from typing import Any

# What other packages use, by the module that defines it: loaded on first use, so importing
# one module of the package does not load the others.
_EXPORTS = {
    "BackgroundIndexer": "staged",
    "IndexReport": "staged",
    "SEARCH_DIR": "staged",
    "StagedSearchIndex": "staged",
    "has_index": "staged",
    "is_search_file": "staged",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
