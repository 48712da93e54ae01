"""The index: what the articles say about each other. Words (segmented, Traditional folded),
vectors, topics, tags, related articles and stories, grouped into the immutable `SiteIndex` that
rendering reads. `Indexer` keeps the state between builds: a change redoes only what it reaches,
and the result equals a fresh build's."""
from __future__ import annotations

from digest.lazy import exports

# What other packages use, by the module that defines it (loaded on first use).
__all__, __getattr__ = exports(__name__, {
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
})
