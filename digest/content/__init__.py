"""Content: an article file (YAML front matter and a Markdown body) read into a plain `Article`,
with the problems found, by file and line; and the Markdown renderer articles use."""
from __future__ import annotations

from digest.lazy import exports

# What other packages use, by the module that defines it (loaded on first use).
__all__, __getattr__ = exports(__name__, {
    "Article": "article",
    "ParseSettings": "article",
    "content_hash": "article",
    "parse_article": "article",
    "scan_article_files": "article",
})
