"""Search: digest's own static search index of the articles (character pairs and words, sharded
by hash), written into the new site just before it replaces the old one, and refreshed in the
background by `digest serve`."""
from __future__ import annotations

from digest.lazy import exports

# What other packages use, by the module that defines it (loaded on first use).
__all__, __getattr__ = exports(__name__, {
    "BackgroundIndexer": "background",
    "IndexReport": "make",
    "SEARCH_DIR": "staged",
    "StagedSearchIndex": "staged",
    "has_index": "staged",
    "is_search_file": "staged",
    "story_groups": "stories",
})
