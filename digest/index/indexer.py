"""The content side of the index: topics and tags where a person gave none, related articles,
stories. `Indexer` keeps what it computed for each article between builds, so that after an
edit it redoes only the work the edit touches (the dev server re-indexes in milliseconds); a
fresh `Indexer` and one that has seen earlier versions of the site give exactly the same result.

Articles are rows numbered once (digest.index.rows). Everything is stored by row, in arrays
where it is per article and numeric (dates, vectors, topic scores, neighbour lists), so the full
computation (digest.index.full) is a few matrix products and the incremental one
(digest.index.update) touches only the rows a change reaches. What is kept between builds is an
`IndexState` (digest.index.state); the parts are digest.index.terms (document frequencies,
vectors), digest.index.neighbours, digest.index.topics, digest.index.labels (effective topics and tags),
digest.index.related and digest.index.stories.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from itertools import compress
from operator import is_not
from pathlib import Path
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from digest.config import Config
from digest.content import Article
from digest.index.analysis import TextAnalysis, analyze_many
from digest.index.facts import ContentFacts, FactsChange, Provenance
from digest.index.full import compute_all
from digest.index.model import remember_tag_slugs, tag_slugs
from digest.index.neighbours import Similarity
from digest.index.specifics import datelines, specifics
from digest.index.state import IndexState
from digest.index.stories import shingles
from digest.index.update import update
from digest.index.weights import candidate_count
from digest.pickles import save_atomically, save_in_background

__all__ = ["ContentFacts", "FactsChange", "Indexer", "Provenance", "STATE_FORMAT"]

STATE_FORMAT = 9  # of the saved state; a state of another format, version or config is ignored


@dataclass
class Indexer:
    """Computes `ContentFacts`, reusing per-article work keyed by content hash and row."""

    config: Config
    workers: int | None = None  # processes for text analysis; None: one per core
    _analyses: dict[str, TextAnalysis] = field(default_factory=dict)  # content_hash -> analysis
    _shingles: dict[str, np.ndarray] = field(default_factory=dict)  # content_hash -> shingles
    _specifics: dict[str, frozenset[str]] = field(default_factory=dict)  # content_hash -> specifics
    _datelines: dict[str, frozenset[str]] = field(default_factory=dict)  # content_hash -> datelines
    _state: IndexState | None = None
    _facts: ContentFacts | None = None
    _inputs: list[Article] = field(default_factory=list)  # the articles of the last call
    _count: int = 0  # ... with distinct slugs
    _dirty: bool = False  # changed since restored or saved
    _saving: Callable[[bool], None] | None = None  # waits for a save in the background
    last_change: FactsChange = field(default_factory=FactsChange)
    site: object | None = None  # the site index built from these facts (see digest.index.site)

    @property
    def graph(self) -> Similarity:
        if self._state is None:
            return Similarity(candidate_count(self.config))
        return self._state.similarity

    def let_go(self) -> None:
        """Forget everything (a build that indexes nothing more in this process), breaking the
        state's cycles (back to this indexer, through its story graph) so that it is freed at
        once, without a walk of the whole heap by the cycle collector."""
        if self._state is not None:
            self._state.indexer = None  # type: ignore[assignment]
            self._state.stories = None  # type: ignore[assignment]  # it holds two of the state's methods
        self._analyses, self._shingles, self._specifics, self._datelines = {}, {}, {}, {}
        self._state = self._facts = self.site = None
        self._inputs = []

    def remember_analyses(self, analyses: dict[str, TextAnalysis]) -> None:
        """Analyses computed elsewhere (by the parse workers, or read from the build cache),
        by content hash; they are the same as the ones this indexer would compute."""
        self._analyses.update(analyses)

    def facts(self, articles: Sequence[Article]) -> ContentFacts:
        articles = list(articles)
        if self._state is not None and self._facts is not None and self._update(articles):
            return self._facts
        by_slug = _unique_by_slug(articles)
        self._state = IndexState(self)
        self._facts = compute_all(self._state, by_slug)
        self._count = len(by_slug)
        self._inputs = articles
        self.last_change = FactsChange(full=True, count=self._count)
        self._dirty = True
        return self._facts

    def _update(self, articles: list[Article]) -> bool:
        """Patch the state and facts for `articles`; False when a full computation is better."""
        result = update(self._state, self._facts, *self._diff(articles))  # type: ignore[arg-type]
        if result is None:
            return False
        self._facts, change = result
        change.count = self._count
        self.last_change = change
        self._inputs = articles
        self._dirty |= bool(change.content or change.topics or change.tags or change.related or change.stories)
        return True

    def save_if_changed(self, path: Path, background: bool = False) -> None:
        """`save`, unless the state is the one restored from (or last saved to) a file."""
        if self._dirty:
            self.save(path, background)

    def save(self, path: Path, background: bool = False) -> None:
        """Keep the state in a file (atomically), for `Indexer.restore` in a later process.
        `background` (a one-shot build): written by a forked child while the build goes on
        (at 100,000 articles, 500 MB and ~5 s); `wait_saved` waits for it."""
        if self._state is None or self._facts is None:
            return
        self._dirty = False
        from digest import __version__

        payload = ((STATE_FORMAT, __version__), self.config, self._state, self._facts, self._count,
                   tag_slugs(self._facts.tags.values()))
        self.wait_saved()
        if background:
            self._saving = save_in_background(path, payload)
        else:
            save_atomically(path, payload)

    def wait_saved(self, check: bool = True) -> None:
        """Wait until the state written in the background (if any) is complete; with `check`,
        raise OSError if it could not be written."""
        saving, self._saving = self._saving, None
        if saving is not None:
            saving(check)

    @classmethod
    def restore(cls, path: Path, config: Config, workers: int | None = None) -> Indexer:
        """An indexer with the state saved in `path`, if it was saved by this digest version
        for this config; else a fresh one. Either way, results are the same."""
        from digest import __version__

        indexer = cls(config, workers)
        try:
            with path.open("rb") as stream:
                key, saved_config, state, facts, count, slugs = pickle.load(stream)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError, IndexError):
            return indexer
        if key != (STATE_FORMAT, __version__) or saved_config != config:
            return indexer
        state.indexer = indexer
        indexer._state, indexer._facts, indexer._count = state, facts, count
        indexer._inputs = [a for a in state.rows.article if a is not None]
        remember_tag_slugs(slugs)
        return indexer

    def _diff(self, articles: list[Article]) -> tuple[list[str], dict[str, Article], dict[str, Article]]:
        """(slugs gone, new articles by slug, articles that are not the objects they were, by
        slug). When the list is the last one with some articles replaced in place (an edit),
        this costs a comparison of object identities in C."""
        previous = self._inputs
        if len(previous) == len(articles) and self._count == len(articles):
            positions = list(compress(range(len(articles)), map(is_not, previous, articles)))
            if all(previous[i].slug == articles[i].slug for i in positions):
                return [], {}, {articles[i].slug: articles[i] for i in positions}
        by_slug = _unique_by_slug(articles)
        self._count = len(by_slug)
        rows = self._state.rows  # type: ignore[union-attr]
        row_of, article_at = rows.row_of, rows.article
        gone = list(row_of.keys() - by_slug.keys())
        new = {slug: by_slug[slug] for slug in by_slug.keys() - row_of.keys()}
        differ = {slug: a for slug, a in by_slug.items() if slug in row_of and article_at[row_of[slug]] is not a}
        return gone, new, differ

    def analysis_of(self, articles: list[Article]) -> list[TextAnalysis]:
        missing = {a.content_hash: a for a in articles if a.content_hash not in self._analyses}
        if missing:
            fresh = analyze_many([(a.title, a.text) for a in missing.values()], self.workers)
            self._analyses.update(zip(missing, fresh))
        return [self._analyses[a.content_hash] for a in articles]

    def forget(self, keep: set[str]) -> None:
        """Drop analyses and shingles of content no longer in the site."""
        for store in (self._analyses, self._shingles, self._specifics, self._datelines):
            for stale in [key for key in store if key not in keep]:
                del store[stale]

    def discard(self, content_hashes: Iterable[str]) -> None:
        """Drop the analyses and shingles of these contents (no article has them any more)."""
        for content_hash in content_hashes:
            self._analyses.pop(content_hash, None)
            self._shingles.pop(content_hash, None)
            self._specifics.pop(content_hash, None)
            self._datelines.pop(content_hash, None)

    def specifics_of(self, article: Article) -> frozenset[str]:
        found = self._specifics.get(article.content_hash)
        if found is None:
            found = self._specifics[article.content_hash] = specifics(article.title, article.text)
        return found

    def datelines_of(self, article: Article) -> frozenset[str]:
        found = self._datelines.get(article.content_hash)
        if found is None:
            found = self._datelines[article.content_hash] = datelines(article.title, article.text)
        return found

    def shingles_of(self, article: Article) -> np.ndarray:
        found = self._shingles.get(article.content_hash)
        if found is None:
            found = self._shingles[article.content_hash] = shingles(article.text.strip() or article.title)
        return found


def _unique_by_slug(articles: Sequence[Article]) -> dict[str, Article]:
    """Articles by slug; of two with one slug (a build error, reported elsewhere) the first is
    kept."""
    return {article.slug: article for article in reversed(articles)}
