"""What lets a build skip work, and how a site is written: the incremental machinery.

The model. A build is a pure function of its inputs (digest.yaml, content/, templates/, static/,
the theme, digest's version and the options) to the files of site/. Everything kept between
builds is a record of that function's earlier results, keyed so that a changed input can never
match a stale record; when in doubt a record is not used, and the result is the same, only
slower. What is kept, in .digest-cache/ (and in memory in `digest serve`):

- `cache.ArticleCache`: each article file's parse result and word analysis, by the SHA-256 of
  its bytes (a file whose size and mtime are unchanged is not even read). Keyed by digest's
  version and the parse settings. A changed file is parsed again; nothing else is.
- the index state (digest.index.Indexer, saved by `build`): vectors, neighbour lists, topic
  scores, tags, stories. A change updates only the rows it reaches, and the index equals a fresh
  one (its own tests compare them).
- `cache.PageMemo`: for every output file, the fingerprint of what it was rendered from (the
  articles' fields its templates read, the `site.*` data they read, the templates, the settings)
  and the size and mtime it was written with. A page whose fingerprint is unchanged and whose
  file is intact is not rendered again: an edit invalidates exactly the pages that show
  something it changed.
- `store.OutputStore`: .digest-cache/site/, hard links to the last site's files, so a deleted or
  moved site/ comes back by linking, not rendering.
- `cache.LastBuild`: the signature (names, sizes, mtimes) of the last build's inputs; when it is
  unchanged and site/ is intact, `shortcut` answers the build without importing the parser, the
  index or the templates.

Writing: `output.Staging` assembles the new site beside site/ (unchanged files hard-linked from
the previous one) and swaps it in only when complete, so a failed build leaves site/ as it was.
`digest serve` skips even the planning of untouched pages: `planner.IncrementalPlanner` knows
which page groups (an article, a topic, a month, a story) an edit's changed articles, related
lists and stories reach, and re-plans only those; with DIGEST_VERIFY_PLANNER=1 (the tests) every
page it leaves out is rendered anyway and must be byte-identical. Why the result equals a full
build: every shortcut is taken only when its key proves the output unchanged, and the tests
build the same sites both ways and compare the bytes (tests/test_serve_incremental.py,
tests/test_build_cache.py). The data flow, drawn: docs/architecture.md.
"""
from __future__ import annotations

from digest.lazy import exports

# What other packages use, by the module that defines it (loaded on first use).
__all__, __getattr__ = exports(__name__, {
    "ArticleCache": "cache",
    "CACHE_DIR": "cache",
    "IncrementalPlanner": "planner",
    "LastBuild": "cache",
    "OutputStore": "store",
    "PageMemo": "cache",
    "ParsedEntry": "cache",
    "STORE_DIR": "store",
    "Staging": "output",
    "input_signature": "shortcut",
    "repeat_unchanged_build": "shortcut",
    "try_unchanged_build": "shortcut",
})
