"""Search: digest's own static index of the articles in `site/search/index/`, queried in the
browser by the search page's script (theme/static/search.js).

Chinese has no spaces between words, and a search engine that cuts text with a dictionary
must cut queries with the same one; Pagefind, used before, cut pages with jieba and queries
with the browser's segmenter, and had to be fed character pairs to agree, which made it slow
(14 s for 1,000 articles). So digest indexes character pairs itself, as Chinese search engines
do (Elasticsearch's cjk_bigram): every pair of adjacent Chinese characters and every single
character is a term, as are Latin words and numbers, and the browser cuts a query the same
way, with no dictionary on either side. How the index is made and laid out:
`digest/search/files.py`.

The index is built from the articles, not from the rendered pages, and only when a real site
is written, never in `render_files`:

- `digest build` writes it into the staging folder just before it is swapped in
  (`StagedSearchIndex`, the `before_swap` hook of `Staging`), so it always matches the pages
  beside it. When the articles' search data did not change (its key is kept in
  `.digest-cache/search.key`), the previous index is linked in as it is; otherwise files whose
  name (a hash of their bytes) the previous index had are linked, the others written.
  From a few hundred articles on, it is made ahead, in a process of its own, while the build
  indexes and renders (make.py). The site's stories, known once it is indexed, are added last
  (stories.py).
- `digest serve` refreshes it off the build thread after a rebuild (`BackgroundIndexer`,
  background.py), in place: new files first, then the manifest (atomically), then files no
  longer named.

If the index cannot be written, the site is built all the same and a warning says why; the
search page then tells readers that search is unavailable.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from digest.content import Article
from digest.errors import Problem
from digest.links import link_tree
from digest.search.docs import SearchDoc, search_doc
from digest.search.files import FORMAT, MANIFEST
from digest.search.stories import Groups, add_stories, stories_data
from digest.search.make import (
    INDEX_HINT,
    IndexAhead,
    IndexReport,
    make_index,
    write_index,
)

# Below this many articles the index is made in the build's own process: starting another
# Python (and numpy) would cost more than the index.
AHEAD_MIN_ARTICLES = 500
SEARCH_DIR = "search/index"  # the index folder in site/, beside the search page; not written by the renderer


def is_search_file(path: str) -> bool:
    """Whether a site-relative path belongs to the search index (not produced by the renderer)."""
    return path == SEARCH_DIR or path.startswith(SEARCH_DIR + "/")


def has_index(site_dir: Path) -> bool:
    return (site_dir / SEARCH_DIR / MANIFEST).is_file()


def search_docs(articles: Sequence[Article]) -> list[SearchDoc]:
    """The articles' search data, oldest first (their numbers in the index)."""
    return [search_doc(a) for a in sorted(articles, key=index_order)]


def index_order(article: Article) -> tuple[Any, str]:
    """Where an article comes in the index: by date, then URL."""
    return article.date, article.url_path


def documents_key(docs: Sequence[SearchDoc]) -> str:
    """Fingerprint of what the index is built from (and of the index format)."""
    digest = hashlib.blake2b(f"digest-search {FORMAT}".encode(), digest_size=20)
    for doc in docs:
        digest.update("\x1f".join((*doc.meta, doc.text)).encode("utf-8", "surrogatepass") + b"\x1e")
    return digest.hexdigest()


# digest build ---------------------------------------------------------------------------------

class StagedSearchIndex:
    """For `digest build`: called with the staging folder just before it becomes site/. The
    key of the documents indexed last is kept in `key_file` (in .digest-cache/); when it
    matches, the previous site's index is linked into the new site instead of rebuilt."""

    def __init__(self, output_dir: Path, articles: Sequence[Article], key_file: Path | None):
        self.output_dir = output_dir
        self.articles = articles
        self.key_file = key_file
        self.report: IndexReport | None = None
        self.stories: Groups = ()  # known once the site is indexed (set before the call)
        self._key: str | None = None
        self._ahead: IndexAhead | None = None  # the index being made meanwhile

    def start(self) -> None:
        """Begin the index now, in a process of its own (see make.py), unless the previous
        one will do: the build goes on meanwhile and its result is collected when called."""
        docs = search_docs(self.articles)
        self._key = documents_key(docs)
        if len(docs) < AHEAD_MIN_ARTICLES or self._previous_key() == self._key and has_index(self.output_dir):
            return
        previous = self.output_dir / SEARCH_DIR
        scratch = self.output_dir.with_name(f".{self.output_dir.name}.search-{os.getpid()}")
        try:
            self._ahead = IndexAhead(scratch, docs, previous if has_index(self.output_dir) else None)
        except OSError:
            self._ahead = None  # made in this process when called

    def discard(self) -> None:
        """The build ends without this index (it failed): stop the process making it."""
        if self._ahead is not None:
            self._ahead.discard()
            self._ahead = None

    def __call__(self, staging_dir: Path) -> None:
        docs = search_docs(self.articles) if self._key is None else None
        key = self._key or documents_key(docs)  # type: ignore[arg-type]
        target = staging_dir / SEARCH_DIR
        previous = self.output_dir / SEARCH_DIR
        if target.exists():  # left by an earlier attempt
            shutil.rmtree(target)
        if self._previous_key() == key and has_index(self.output_dir):
            self.discard()
            link_tree(previous, target)
            self.report = IndexReport(True, f"search index unchanged ({len(self.articles)} articles)", pages=len(self.articles))
            self._add_stories(target)
            return
        if self._ahead is not None:
            self._collect(target)
        else:
            self._make(docs or search_docs(self.articles), target, previous)
        self._add_stories(target)
        if self.key_file is not None:
            try:
                if self.report.ok:
                    self.key_file.parent.mkdir(parents=True, exist_ok=True)
                    self.key_file.write_text(key + "\n", encoding="utf-8")
                else:
                    self.key_file.unlink(missing_ok=True)
            except OSError:
                pass  # only an optimisation

    def _make(self, docs: Sequence[SearchDoc], target: Path, previous: Path) -> None:
        files, self.report = make_index(docs)
        if files is not None:
            try:
                write_index(files, target, previous if has_index(self.output_dir) else None)
            except OSError as exc:
                shutil.rmtree(target, ignore_errors=True)
                self.report = IndexReport(False, f"cannot write {target}: {exc.strerror or exc}", INDEX_HINT)

    def _add_stories(self, target: Path) -> None:
        if self.report is None or not self.report.ok:
            return
        try:
            add_stories(target, stories_data(self.stories, [article.url_path for article in sorted(self.articles, key=index_order)]))
        except OSError as exc:
            shutil.rmtree(target, ignore_errors=True)
            self.report = IndexReport(False, f"cannot write {target}: {exc.strerror or exc}", INDEX_HINT)

    def _collect(self, target: Path) -> None:
        """The index made ahead, moved into the new site."""
        assert self._ahead is not None
        report, error = self._ahead.result()
        folder = self._ahead.folder
        try:
            if not isinstance(report, IndexReport):
                self.report = IndexReport(False, "the indexing process ended without an answer", INDEX_HINT)
            elif error is not None:
                self.report = IndexReport(False, f"cannot write {target}: {error}", INDEX_HINT)
            else:
                self.report = report
                if report.ok:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.rename(folder, target)
        except OSError as exc:
            self.report = IndexReport(False, f"cannot write {target}: {exc.strerror or exc}", INDEX_HINT)
        finally:
            self.discard()

    def _previous_key(self) -> str | None:
        try:
            return self.key_file.read_text(encoding="utf-8").strip() if self.key_file else None
        except OSError:
            return None

    def missing(self) -> bool:
        """site/ has no index though it should (never built, deleted, or failed last time):
        build one even when no page changed."""
        return self.output_dir.is_dir() and not has_index(self.output_dir)

    def problems(self) -> list[Problem]:
        problem = self.report.problem() if self.report is not None else None
        return [problem] if problem is not None else []
