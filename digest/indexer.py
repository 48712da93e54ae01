"""The content side of the index: topics and tags where a person gave none, related articles,
stories. `Indexer` keeps what it computed for each article between builds, so that after an
edit it redoes only the work the edit touches (the dev server re-indexes in milliseconds); a
fresh `Indexer` and one that has seen earlier versions of the site give exactly the same result.

Articles are rows numbered once. Everything is stored by row, in arrays where it is per article
and numeric (dates, vectors, topic scores, neighbour lists), so the full computation is a few
matrix products and the incremental one touches only the rows a change reaches.
"""
from __future__ import annotations

import math
import os
import pickle
import tempfile
from pathlib import Path
import unicodedata
from itertools import compress
from operator import is_not
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import scipy.sparse as sp

from digest.analysis import TextAnalysis, analyze_many, term_hashes
from digest.config import Config
from digest.content import Article
from digest.neighbours import SCALE, Similarity, TermTable, bucketed_idf, reference_count, unit_vectors
from digest.text import slugify
from digest.stories import CANDIDATE_SIMILARITY, StoryDoc, StoryGraph, link_kind, shingles
from digest.topics import TopicModel, extract_tags

# How the computed related articles are ranked: content similarity (cosine, 0..1) plus bonuses.
SHARED_TOPIC_BONUS = 0.1  # the curator's (or digest's) filing says they belong together
SHARED_TAG_BONUS = 0.05  # per shared tag, times 1/log(2 + articles with the tag): rare tags weigh more
CLOSE_IN_TIME_BONUS = 0.05  # times exp(-days apart / TIME_SCALE_DAYS)
TIME_SCALE_DAYS = 30
MIN_CANDIDATES = 20  # similar articles kept per article, before re-ranking and removing story mates
# Scores are integers in units of 2**-30, so that the sum of the parts is exact in any order.
SCORE_UNIT = 2**30
TOPIC_POINTS = round(SHARED_TOPIC_BONUS * SCORE_UNIT)
# Above this share of changed articles a full computation is cheaper than patching.
FULL_SHARE = 0.25


@dataclass(frozen=True)
class Provenance:
    """Where an article's topics or tags came from: `manual` (front matter), `auto` (digest,
    with a confidence 0..1) or `none`."""

    source: str
    confidence: float | None = None


@dataclass(frozen=True)
class ContentFacts:
    """Everything computed from the articles' content, by slug."""

    topics: dict[str, tuple[str, ...]]
    topic_source: dict[str, Provenance]
    tags: dict[str, tuple[str, ...]]
    tag_source: dict[str, Provenance]
    related: dict[str, tuple[tuple[str, float], ...]]  # computed only: (slug, content similarity), best first
    stories: list[list[str]]  # groups of slugs, earliest first


@dataclass
class FactsChange:
    """What the last `Indexer.facts` call changed (for patching the site index)."""

    full: bool = True  # everything may have changed
    count: int = 0  # articles with distinct slugs
    articles: set[str] = field(default_factory=set)  # slugs whose Article changed, came or went
    topics: set[str] = field(default_factory=set)  # slugs whose topics (or their source) changed
    tags: set[str] = field(default_factory=set)
    related: set[str] = field(default_factory=set)
    stories: bool = False
    current: dict[str, Article | None] = field(default_factory=dict)  # the changed slugs' articles now
    content: bool = False  # an article came, went or changed (not only a new object for the same file)


@dataclass(frozen=True)
class _Stub:
    """What a saved state keeps of an article: what the next update compares it by. Every row
    gets its real article back in that update (the stubs are never the given objects)."""

    slug: str
    content_hash: str
    date: object
    topics: tuple[str, ...]
    tags: tuple[str, ...]
    related: tuple[str, ...]
    text: str = ""
    title: str = ""


STATE_FORMAT = 1  # of the saved state; a state of another format, version or config is ignored

_MANUAL = Provenance("manual")
_NONE = Provenance("none")


class _Rows:
    """Per-row data of the current articles."""

    def __init__(self) -> None:
        self.slug: list[str | None] = []
        self.row_of: dict[str, int] = {}
        self.article: list[Article | None] = []
        self.analysis: list[TextAnalysis | None] = []
        self.terms: list[np.ndarray] = []  # term numbers of every analysed term
        self.logtf: list[np.ndarray] = []
        self.date = np.zeros(0, dtype=np.float64)  # POSIX seconds
        self.auto_tags: dict[int, tuple[tuple[str, float], ...]] = {}
        self.topics: list[tuple[str, ...]] = []  # effective
        self.tags: list[tuple[str, ...]] = []  # effective
        self.topic_ids = np.zeros((0, 1), dtype=np.int64)  # effective topics by number, -1 padded
        self.tag_ids = np.zeros((0, 1), dtype=np.int64)  # effective tags (by slug) by number
        self.related: list[tuple[tuple[str, float], ...]] = []

    def __len__(self) -> int:
        return len(self.slug)

    def add(self, slug: str) -> int:
        row = len(self.slug)
        self.slug.append(slug)
        self.row_of[slug] = row
        for name in ("article", "analysis", "topics", "tags", "related"):
            getattr(self, name).append(None if name in ("article", "analysis") else ())
        self.terms.append(np.zeros(0, np.int64))
        self.logtf.append(np.zeros(0))
        if row >= len(self.date):
            capacity = max(64, 2 * len(self.date))
            self.date = np.concatenate([self.date, np.zeros(capacity - len(self.date))])
            for name in ("topic_ids", "tag_ids"):
                old = getattr(self, name)
                new = np.full((capacity, old.shape[1]), -1, dtype=np.int64)
                new[:len(old)] = old
                setattr(self, name, new)
        return row

    def extend(self, slugs: list[str], articles: list[Article]) -> None:
        """Rows for the articles of a first computation (an empty `_Rows`)."""
        n = len(slugs)
        self.slug = list(slugs)
        self.row_of = {slug: row for row, slug in enumerate(slugs)}
        self.article = list(articles)
        self.analysis = [None] * n
        self.topics, self.tags, self.related = [()] * n, [()] * n, [()] * n
        empty = np.zeros(0, np.int64)
        self.terms, self.logtf = [empty] * n, [np.zeros(0)] * n
        capacity = max(64, n)
        self.date = np.zeros(capacity)
        self.date[:n] = [article.date.timestamp() for article in articles]
        self.topic_ids = np.full((capacity, 1), -1, dtype=np.int64)
        self.tag_ids = np.full((capacity, 1), -1, dtype=np.int64)

    def live_rows(self) -> list[int]:
        return [row for row, slug in enumerate(self.slug) if slug is not None]


@dataclass
class Indexer:
    """Computes `ContentFacts`, reusing per-article work keyed by content hash and row."""

    config: Config
    workers: int | None = None  # processes for text analysis; None: one per core
    _analyses: dict[str, TextAnalysis] = field(default_factory=dict)  # content_hash -> analysis
    _shingles: dict[str, np.ndarray] = field(default_factory=dict)  # content_hash -> shingles
    _state: _State | None = None
    _facts: ContentFacts | None = None
    _inputs: list[Article] = field(default_factory=list)  # the articles of the last call
    _count: int = 0  # ... with distinct slugs
    _dirty: bool = False  # changed since restored or saved
    last_change: FactsChange = field(default_factory=FactsChange)
    site: object | None = None  # the site index built from these facts (see digest.index)

    @property
    def graph(self) -> Similarity:
        if self._state is None:
            return Similarity(self._candidates())
        return self._state.similarity

    def _candidates(self) -> int:
        return max(MIN_CANDIDATES, 3 * self.config.related_count + 5)

    def remember_analyses(self, analyses: dict[str, TextAnalysis]) -> None:
        """Analyses computed elsewhere (by the parse workers, or read from the build cache),
        by content hash; they are the same as the ones this indexer would compute."""
        self._analyses.update(analyses)

    def facts(self, articles: Sequence[Article]) -> ContentFacts:
        articles = list(articles)
        state = self._state
        if state is not None and self._facts is not None:
            diff = self._diff(articles)
            result = state.update(self, *diff)
            if result is not None:
                self._facts, self.last_change = result
                self.last_change.count = self._count
                self._inputs = articles
                change = self.last_change
                self._dirty |= bool(change.content or change.topics or change.tags or change.related or change.stories)
                return self._facts
        by_slug = _unique_by_slug(articles)
        self._state = _State(self)
        self._facts = self._state.compute_all(self, by_slug)
        self._count = len(by_slug)
        self._inputs = articles
        self.last_change = FactsChange(full=True, count=self._count)
        self._dirty = True
        return self._facts

    def save_if_changed(self, path: Path) -> None:
        """`save`, unless the state is the one restored from (or last saved to) a file."""
        if self._dirty:
            self.save(path)

    def save(self, path: Path) -> None:
        """Keep the state in a file (atomically), for `Indexer.restore` in a later process."""
        if self._state is None or self._facts is None:
            return
        self._dirty = False
        from digest import __version__
        from digest.index import tag_slugs

        payload = ((STATE_FORMAT, __version__), self.config, self._state, self._facts, self._count,
                   tag_slugs(self._facts.tags.values()))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as stream:
                pickle.dump(payload, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise

    @classmethod
    def restore(cls, path: Path, config: Config, workers: int | None = None) -> Indexer:
        """An indexer with the state saved in `path`, if it was saved by this digest version
        for this config; else a fresh one. Either way, results are the same."""
        from digest import __version__
        from digest.index import remember_tag_slugs

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
        for store in (self._analyses, self._shingles):
            for stale in [key for key in store if key not in keep]:
                del store[stale]

    def shingles_of(self, article: Article) -> np.ndarray:
        found = self._shingles.get(article.content_hash)
        if found is None:
            found = self._shingles[article.content_hash] = shingles(article.text.strip() or article.title)
        return found


class _State:
    """Everything the indexer keeps about the current articles."""

    def __init__(self, indexer: Indexer):
        self.config = indexer.config
        self.rows = _Rows()
        self.table = TermTable()
        self.similarity = Similarity(indexer._candidates())
        self.topic_model: TopicModel | None = None
        self.stories = StoryGraph(self._linked)
        self.reference = 0
        self.rarest = 0.0
        self.guess = np.zeros(0, dtype=np.int64)
        self.confidence = np.zeros(0)
        self.curated_counts: dict[str, dict[str, int]] = {}  # lowercase tag -> spelling -> articles
        self.curated: dict[str, str] = {}
        self.curated_terms = np.zeros(0, dtype=bool)
        self.curated_hashes: dict[int, str] = {}
        self.manual = np.zeros(0, dtype=bool)  # rows with topics in their front matter
        self.hash_count: dict[str, int] = {}  # content hash -> live rows with it
        self.topic_number: dict[str, int] = {}
        self.tag_number: dict[str, int] = {}
        self.tag_count = np.zeros(0, dtype=np.int64)
        self.tag_points = np.zeros(0, dtype=np.int64)
        self.tag_members: dict[int, set[int]] = {}
        self.postings: sp.csr_matrix | None = None  # term -> rows, for rows not in postings_stale
        self.postings_stale: set[int] = set()
        self.indexer = indexer
        self.stories_list: list[list[str]] = []

    # Helpers ------------------------------------------------------------------------------
    def _linked(self, a: int, b: int, similarity: int) -> bool:
        rows = self.rows
        docs = [StoryDoc(rows.slug[r], rows.article[r].date, frozenset(slugify(t) for t in rows.article[r].tags))  # type: ignore[union-attr]
                for r in (a, b)]
        articles = {rows.slug[r]: rows.article[r] for r in (a, b)}
        return link_kind(docs[0], docs[1], similarity / SCALE**2,
                         lambda slug: self.indexer.shingles_of(articles[slug])) is not None  # type: ignore[arg-type]

    def _set_terms(self, row: int, analysis: TextAnalysis, terms: np.ndarray) -> None:
        self.rows.analysis[row] = analysis
        self.rows.terms[row] = terms
        self.rows.logtf[row] = 1 + np.log(np.maximum(np.asarray(analysis.counts, dtype=np.float64), 1))

    def _analysis(self, row: int) -> TextAnalysis:
        """A row's analysis (a restored state has none until asked: they are in the build
        cache, given to the indexer by content hash)."""
        found = self.rows.analysis[row]
        if found is None:
            article = self.rows.article[row]
            found = self.rows.analysis[row] = self.indexer.analysis_of([article])[0]  # type: ignore[list-item]
        return found

    def _logtf(self, row: int) -> np.ndarray:
        found = self.rows.logtf[row]
        if found is None:
            counts = np.asarray(self._analysis(row).counts, dtype=np.float64)
            found = self.rows.logtf[row] = 1 + np.log(np.maximum(counts, 1))
        return found

    def __getstate__(self) -> dict:
        """What `Indexer.save` keeps: no analyses (the build cache has them), articles reduced
        to what the next update compares, no link back to the indexer."""
        state = dict(self.__dict__)
        rows = _Rows()
        rows.__dict__.update(self.rows.__dict__)
        rows.article = [None if a is None else _Stub(a.slug, a.content_hash, a.date, a.topics, a.tags, a.related)
                        for a in self.rows.article]
        rows.analysis = [None] * len(rows.article)
        rows.logtf = [None] * len(rows.article)
        state["rows"] = rows
        state["indexer"] = None
        state["postings"], state["postings_stale"] = None, set()  # rebuilt when needed
        if self.topic_model is not None:
            model = TopicModel.__new__(TopicModel)
            model.__dict__.update(self.topic_model.__dict__)
            model._last_calibrate = None
            state["topic_model"] = model
        return state

    def _rank(self) -> np.ndarray:
        rank = np.zeros(len(self.rows), dtype=np.int64)
        live = sorted((slug, row) for row, slug in enumerate(self.rows.slug) if slug is not None)
        rank[[row for _, row in live]] = np.arange(len(live))
        return rank

    def _grow_terms(self) -> None:
        size = self.table.size
        if len(self.curated_terms) < size:
            grown = np.zeros(max(size, 2 * len(self.curated_terms), 1024), dtype=bool)
            grown[:len(self.curated_terms)] = self.curated_terms
            self.curated_terms = grown

    def _number(self, numbers: dict[str, int], name: str) -> int:
        found = numbers.get(name)
        if found is None:
            found = numbers[name] = len(numbers)
        return found

    # Full computation ---------------------------------------------------------------------
    def compute_all(self, indexer: Indexer, by_slug: dict[str, Article]) -> ContentFacts:
        slugs = sorted(by_slug)
        articles = [by_slug[slug] for slug in slugs]
        analyses = indexer.analysis_of(articles)
        indexer.forget({a.content_hash for a in articles})
        rows = self.rows
        rows.extend(slugs, articles)
        n = len(slugs)
        sizes = np.array([len(a.hashes) for a in analyses], dtype=np.int64)
        keys = np.concatenate([a.hashes for a in analyses]) if n and sizes.sum() else np.zeros(0, np.uint64)
        counts = np.concatenate([np.asarray(a.counts, dtype=np.float64) for a in analyses]) if n and sizes.sum() else np.zeros(0)
        self.table, terms = TermTable.from_keys(keys)
        if self.config.topics:
            self.topic_model = TopicModel(self.config.topics, self.table)
        self.table.df[:self.table.size] = np.bincount(terms, minlength=self.table.size)
        self.reference = reference_count(n)
        self.table.idf[:self.table.size] = bucketed_idf(self.table.df[:self.table.size], self.reference)
        self.rarest = float(bucketed_idf(np.array([1]), self.reference)[0]) if n else 0.0
        logtf = 1 + np.log(np.maximum(counts, 1))
        bounds = np.cumsum(sizes)[:-1] if n else []
        for row, (analysis, row_terms, row_logtf) in enumerate(zip(analyses, np.split(terms, bounds), np.split(logtf, bounds))):
            rows.analysis[row], rows.terms[row], rows.logtf[row] = analysis, row_terms, row_logtf
        quantised, keep = unit_vectors(terms, logtf, sizes, self.table.idf)
        owner = np.repeat(np.arange(n), sizes)
        indptr = np.concatenate([[0], np.cumsum(np.bincount(owner[keep], minlength=n))])
        matrix = sp.csr_matrix((quantised[keep], terms[keep].astype(np.int32), indptr),
                               shape=(n, max(self.table.size, 1)), dtype=np.int32)
        # The neighbour lists take longest and run in threads outside the GIL: meanwhile, the
        # topics and tags, which do not need them.
        lists_ready = self.similarity.compute_all(matrix, np.arange(n), background=True)
        # Topics.
        manual = np.array([bool(a.topics) for a in articles], dtype=bool)
        self.manual = manual.copy()
        for article in articles:
            self.hash_count[article.content_hash] = self.hash_count.get(article.content_hash, 0) + 1
        if self.topic_model is not None:
            labels = np.zeros((n, len(self.topic_model.names)), dtype=bool)
            for row, article in enumerate(articles):
                if article.topics:
                    labels[row] = self.topic_model.label_row(article.topics)
            self.topic_model.compute_all(self.similarity, labels, self.table.idf, self.table.size)
            self.guess, self.confidence = self.topic_model.classify(n, np.ones(n, bool), manual)
        else:
            self.guess, self.confidence = np.full(n, -1, np.int64), np.zeros(n)
        # Tags.
        self._grow_terms()
        for article in articles:
            self._count_curated(article.tags, +1)
        self._refresh_curated(set(self.curated_counts))
        auto = [row for row, article in enumerate(articles) if not article.tags]
        self._extract_tags(auto)
        # Effective topics and tags, related, stories.
        self._effective_all(n)
        self._tag_points(range(len(self.tag_number)))
        lists_ready()
        for row, related in zip(range(n), self._rerank(np.arange(n))):
            rows.related[row] = related
        self.stories.compute_all(self.similarity.lists[:n], self.similarity.sims[:n], self._story_threshold())
        return self._facts_from_scratch()

    def _story_threshold(self) -> int:
        return math.ceil(CANDIDATE_SIMILARITY * SCALE**2)

    def _postings_from(self, terms: np.ndarray, sizes: np.ndarray, rows: int) -> None:
        """Term -> rows, from every row's terms (concatenated, `sizes` each)."""
        indptr = np.concatenate([[0], np.cumsum(sizes)])
        by_row = sp.csr_matrix((np.ones(len(terms), dtype=np.int8), terms.astype(np.int32), indptr),
                               shape=(max(rows, 1), max(self.table.size, 1)))
        self.postings = by_row.T.tocsr()
        self.postings_stale = set()

    def _rows_with_terms(self, terms: np.ndarray) -> set[int]:
        """Live rows whose analysis has any of `terms`."""
        if not len(terms):
            return set()
        rows = self.rows
        found: set[int] = set()
        if self.postings is None:  # built when first needed (not by a full computation)
            self._rebuild_postings()
        if self.postings is not None:
            known = terms[terms < self.postings.shape[0]]
            if len(known):
                found = set(np.unique(self.postings[known].indices).tolist()) - self.postings_stale
        for row in self.postings_stale:
            if rows.slug[row] is not None and np.isin(rows.terms[row], terms).any():
                found.add(row)
        return {row for row in found if rows.slug[row] is not None}

    # Topics and tags ----------------------------------------------------------------------
    def _count_curated(self, tags: tuple[str, ...], sign: int) -> set[str]:
        touched = set()
        for tag in tags:
            key = tag.lower()
            spellings = self.curated_counts.setdefault(key, {})
            spellings[tag] = spellings.get(tag, 0) + sign
            if not spellings[tag]:
                del spellings[tag]
            if not spellings:
                del self.curated_counts[key]
            touched.add(key)
        return touched

    def _refresh_curated(self, keys: set[str]) -> set[str]:
        """Recompute the curated spelling of `keys`; returns those whose spelling changed."""
        changed = set()
        for key in keys:
            spellings = self.curated_counts.get(key)
            spelling = min(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0] if spellings else None
            if spelling != self.curated.get(key):
                changed.add(key)
                if spelling is None:
                    del self.curated[key]
                else:
                    self.curated[key] = spelling
        if changed:
            ordered = sorted(changed)
            self._grow_terms()
            for key, key_hash in zip(ordered, term_hashes(ordered).tolist()):
                if key in self.curated:
                    self.curated_hashes[key_hash] = key
                else:
                    self.curated_hashes.pop(key_hash, None)
                number = self.table.number.get(key_hash)
                if number is not None:
                    self.curated_terms[number] = key in self.curated
        return changed

    def _new_terms(self, before: int) -> None:
        """Terms numbered since the table had `before`: mark the curated ones."""
        self._grow_terms()
        if self.curated_hashes and self.table.size > before:
            for number, key in enumerate(self.table.keys[before:self.table.size].tolist(), start=before):
                if key in self.curated_hashes:
                    self.curated_terms[number] = True

    def _extract_tags(self, rows: list[int]) -> set[int]:
        """Automatic tags of `rows`; returns the rows whose tags changed."""
        data = self.rows
        found = extract_tags([self._analysis(r) for r in rows], [data.terms[r] for r in rows],
                             self.table.idf, self.rarest, self.curated_terms, self.curated)
        changed = set()
        for row, tags in zip(rows, found):
            if data.auto_tags.get(row) != tags:
                data.auto_tags[row] = tags
                changed.add(row)
        return changed

    def _set_effective(self, row: int) -> bool:
        """Effective topics and tags of a row from its article, guess and automatic tags;
        returns whether they changed."""
        rows = self.rows
        article = rows.article[row]
        assert article is not None
        if article.topics:
            topics = article.topics
        elif self.guess[row] >= 0 and self.topic_model is not None:
            topics = (self.topic_model.names[int(self.guess[row])],)
        else:
            topics = ()
        tags = article.tags if article.tags else tuple(name for name, _ in rows.auto_tags.get(row, ()))
        if topics == rows.topics[row] and tags == rows.tags[row]:
            return False
        old_tag_numbers = {int(t) for t in rows.tag_ids[row] if t >= 0}
        rows.topics[row], rows.tags[row] = topics, tags
        topic_numbers = sorted({self._number(self.topic_number, name) for name in topics})
        tag_numbers = sorted({self._number(self.tag_number, _tag_key(name)) for name in tags})
        rows.topic_ids = _fit(rows.topic_ids, len(topic_numbers))
        rows.tag_ids = _fit(rows.tag_ids, len(tag_numbers))
        rows.topic_ids[row] = -1
        rows.topic_ids[row, :len(topic_numbers)] = topic_numbers
        rows.tag_ids[row] = -1
        rows.tag_ids[row, :len(tag_numbers)] = tag_numbers
        if len(self.tag_count) < len(self.tag_number):
            grown = np.zeros(max(len(self.tag_number), 2 * len(self.tag_count), 64), dtype=np.int64)
            grown[:len(self.tag_count)] = self.tag_count
            self.tag_count = grown
        for number in old_tag_numbers - set(tag_numbers):
            self.tag_count[number] -= 1
            self.tag_members[number].discard(row)
        for number in set(tag_numbers) - old_tag_numbers:
            self.tag_count[number] += 1
            self.tag_members.setdefault(number, set()).add(row)
        return True

    def _effective_all(self, n: int) -> None:
        """`_set_effective` for every row at once (the full computation)."""
        rows = self.rows
        names = self.topic_model.names if self.topic_model is not None else []
        guess = self.guess.tolist()
        topic_lists, tag_lists = [], []
        topic_of: dict[str, int] = {}  # name -> number, for this pass
        tag_of: dict[str, int] = {}

        def numbers(names: tuple[str, ...], known: dict[str, int], numbering: dict[str, int], key) -> list[int]:
            out = []
            for name in names:
                number = known.get(name)
                if number is None:
                    number = known[name] = self._number(numbering, key(name))
                out.append(number)
            return out if len(out) < 2 else sorted(set(out))

        auto_tags = rows.auto_tags
        for row in range(n):
            article = rows.article[row]
            topics = article.topics if article.topics else ((names[guess[row]],) if guess[row] >= 0 else ())  # type: ignore[union-attr]
            tags = article.tags if article.tags else tuple([name for name, _ in auto_tags.get(row, ())])  # type: ignore[union-attr]
            rows.topics[row], rows.tags[row] = topics, tags
            topic_lists.append(numbers(topics, topic_of, self.topic_number, str))
            tag_lists.append(numbers(tags, tag_of, self.tag_number, _tag_key))
        rows.topic_ids = _padded(topic_lists, len(rows.date))
        rows.tag_ids = _padded(tag_lists, len(rows.date))
        self.tag_count = np.zeros(max(len(self.tag_number), 64), dtype=np.int64)
        members = self.tag_members = {}
        for row, numbers in enumerate(tag_lists):
            for number in numbers:
                found = members.get(number)
                if found is None:
                    members[number] = {row}
                else:
                    found.add(row)
        for number, found in members.items():
            self.tag_count[number] = len(found)

    def _tag_points(self, numbers) -> None:
        if len(self.tag_points) < len(self.tag_count):
            grown = np.zeros(len(self.tag_count), dtype=np.int64)
            grown[:len(self.tag_points)] = self.tag_points
            self.tag_points = grown
        for number in numbers:
            count = int(self.tag_count[number])
            self.tag_points[number] = round(SHARED_TAG_BONUS * SCORE_UNIT / math.log(2 + count)) if count > 0 else 0

    # Related ------------------------------------------------------------------------------
    def _rerank(self, rows: np.ndarray) -> list[tuple[tuple[str, float], ...]]:
        """The computed related articles of `rows`: neighbours re-ranked with the bonuses,
        vectorised; each row's result depends only on its own pairs."""
        if not len(rows):
            return []
        similarity, data = self.similarity, self.rows
        others = similarity.lists[rows]  # rows x candidates, -1 padded
        sims = similarity.sims[rows]
        valid = others >= 0
        safe = np.where(valid, others, 0)
        topic = _shared(data.topic_ids, rows, safe, None) > 0
        tags = _shared(data.tag_ids, rows, safe, self.tag_points)
        days = np.abs(data.date[rows][:, None] - data.date[safe]) / 86400
        time = np.rint(CLOSE_IN_TIME_BONUS * np.exp(-days / TIME_SCALE_DAYS) * SCORE_UNIT).astype(np.int64)
        score = sims * (SCORE_UNIT // SCALE**2) + topic * TOPIC_POINTS + tags + time
        # Per row: higher score first, then slug order; empty cells last.
        cells = np.lexsort((similarity.rank[safe].ravel(), -score.ravel(), ~valid.ravel(),
                            np.repeat(np.arange(len(rows)), others.shape[1])))
        order = (cells % others.shape[1]).reshape(others.shape)
        others = np.take_along_axis(others, order, axis=1)
        sims = np.take_along_axis(sims, order, axis=1)
        counts = valid.sum(axis=1).tolist()
        flat = others[others >= 0]
        slugs = data.slug
        pairs = list(zip(map(slugs.__getitem__, flat.tolist()), (sims[others >= 0] / SCALE**2).tolist()))
        out, start = [], 0
        for count in counts:
            out.append(tuple(pairs[start:start + count]))
            start += count
        return out  # type: ignore[return-value]

    # Facts --------------------------------------------------------------------------------
    def _provenance(self, row: int) -> tuple[Provenance, Provenance]:
        rows = self.rows
        article = rows.article[row]
        assert article is not None
        if article.topics:
            topic_source = _MANUAL
        elif self.guess[row] >= 0:
            topic_source = Provenance("auto", float(self.confidence[row]))
        else:
            topic_source = _NONE
        if article.tags:
            tag_source = _MANUAL
        else:
            found = rows.auto_tags.get(row, ())
            tag_source = Provenance("auto", found[0][1]) if found else _NONE
        return topic_source, tag_source

    def _facts_from_scratch(self) -> ContentFacts:
        rows = self.rows
        topics, topic_source, tags, tag_source, related = {}, {}, {}, {}, {}
        for row in rows.live_rows():
            slug = rows.slug[row]
            topics[slug], tags[slug], related[slug] = rows.topics[row], rows.tags[row], rows.related[row]
            topic_source[slug], tag_source[slug] = self._provenance(row)
        self.stories_list = self._story_groups()
        return ContentFacts(topics=topics, topic_source=topic_source, tags=tags, tag_source=tag_source,  # type: ignore[arg-type]
                            related=related, stories=self.stories_list)

    def _story_groups(self) -> list[list[str]]:
        rows = self.rows

        def order(row: int):
            return (rows.article[row].date, rows.slug[row])  # type: ignore[union-attr]

        groups = [sorted(group, key=order) for group in self.stories.groups()]
        groups.sort(key=lambda members: order(members[0]))
        return [[rows.slug[row] for row in group] for group in groups]  # type: ignore[misc]

    # Incremental update -------------------------------------------------------------------
    def update(self, indexer: Indexer, gone_slugs: list[str], new_articles: dict[str, Article],
               differ: dict[str, Article]) -> tuple[ContentFacts, FactsChange] | None:
        """Bring the state to the given change of articles; None when a full computation is the
        better way."""
        rows = self.rows
        previous = indexer._facts
        assert previous is not None
        row_of = rows.row_of
        gone = sorted(row_of[slug] for slug in gone_slugs)
        new_slugs = sorted(new_articles)
        replaced, edited = [], []  # same content / changed content or metadata
        article_at = rows.article
        for slug, article in differ.items():
            row = row_of[slug]
            old = article_at[row]
            if (old.content_hash == article.content_hash and old.date == article.date  # type: ignore[union-attr]
                    and old.topics == article.topics and old.tags == article.tags):  # type: ignore[union-attr]
                replaced.append(row)
            else:
                edited.append(row)
        if not gone and not new_slugs and not replaced and not edited:
            return previous, FactsChange(full=False)
        live_after = len(row_of) - len(gone) + len(new_slugs)
        if (reference_count(live_after) != self.reference or not live_after
                or len(gone) + len(new_slugs) + len(edited) > FULL_SHARE * live_after):
            return None
        by_slug = {**differ, **new_articles}
        change = FactsChange(full=False, current={**{slug: None for slug in gone_slugs}, **by_slug},
                             content=bool(gone or new_slugs or edited))
        for row in replaced:
            article_at[row] = by_slug[rows.slug[row]]  # type: ignore[index]
            change.articles.add(rows.slug[row])  # type: ignore[arg-type]
        old_articles = {row: article_at[row] for row in edited + gone}
        # Rows: the gone ones are emptied, new ones appended.
        for row in gone:
            change.articles.add(rows.slug[row])  # type: ignore[arg-type]
            del row_of[rows.slug[row]]  # type: ignore[arg-type]
            rows.slug[row] = None
        added = []
        for slug in new_slugs:
            row = rows.add(slug)
            added.append(row)
            change.articles.add(slug)
        for row in edited + added:
            article = by_slug[rows.slug[row]]  # type: ignore[index]
            article_at[row] = article
            rows.date[row] = article.date.timestamp()
            change.articles.add(rows.slug[row])  # type: ignore[arg-type]
        # Analyses and document frequencies.
        content_changed = [row for row in edited if old_articles[row].content_hash != article_at[row].content_hash]  # type: ignore[union-attr]
        fresh = content_changed + added
        analyses = indexer.analysis_of([article_at[row] for row in fresh])  # type: ignore[misc]
        removed_terms = [rows.terms[row] for row in content_changed + gone]
        numbered = self.table.size
        for row, analysis in zip(fresh, analyses):
            self._set_terms(row, analysis, self.table.ids(analysis.hashes))
            self.postings_stale.add(row)
        for row in gone:
            self.postings_stale.add(row)
        self._new_terms(numbered)
        forgotten = []
        for row in content_changed + gone:
            old_hash = old_articles[row].content_hash  # type: ignore[union-attr]
            self.hash_count[old_hash] -= 1
            if not self.hash_count[old_hash]:
                del self.hash_count[old_hash]
                forgotten.append(old_hash)
        for row in fresh:
            new_hash = article_at[row].content_hash  # type: ignore[union-attr]
            self.hash_count[new_hash] = self.hash_count.get(new_hash, 0) + 1
        for old_hash in forgotten:
            if old_hash not in self.hash_count:
                indexer._analyses.pop(old_hash, None)
                indexer._shingles.pop(old_hash, None)
        for row in edited + added + gone:
            if row >= len(self.manual):
                grown = np.zeros(max(row + 1, 2 * len(self.manual), 64), dtype=bool)
                grown[:len(self.manual)] = self.manual
                self.manual = grown
            self.manual[row] = row not in gone and bool(article_at[row].topics)  # type: ignore[union-attr]
        idf_changed = self._count(removed_terms, [rows.terms[row] for row in fresh])
        # Vectors.
        refresh = (set(fresh) | self._rows_with_terms(idf_changed)) - set(gone)
        old_vectors: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        new_vectors = self._vectors(sorted(refresh))
        for row in added:
            old_vectors[row] = (np.zeros(0, np.int64), np.zeros(0, np.int32))
        changed_vectors = {}
        for row, vector in new_vectors.items():
            old = old_vectors.get(row) or self.similarity.vector(row)
            if row in added or old[0].tobytes() != vector[0].tobytes() or old[1].tobytes() != vector[1].tobytes():
                old_vectors.setdefault(row, old)
                changed_vectors[row] = vector
        for row in gone:
            old_vectors[row] = self.similarity.vector(row)
        relisted = self.similarity.update(changed_vectors, gone, self._rank() if (gone or added) else self.similarity.rank[:len(rows)],
                                          len(rows), self.table.size)
        relisted |= set(gone)
        # Topics.
        topic_rows: set[int] = set()
        if self.topic_model is not None:
            model = self.topic_model
            old_labels, new_labels = {}, {}
            for row in set(changed_vectors) | set(edited) | set(gone):
                if row in added:
                    continue
                old_labels[row] = model.labels[row].copy() if row < len(model.labels) else model.label_row(())
            for row in set(changed_vectors) | set(edited) | set(added):
                if row not in gone:
                    new_labels[row] = model.label_row(article_at[row].topics)  # type: ignore[union-attr]
            for row in gone:
                new_labels.pop(row, None)
            prior_changed = bool(len(idf_changed)) and any(np.isin(t, idf_changed).any() for t in model.prior_terms)
            sums_changed = model.update(self.similarity, {r: old_vectors[r] for r in old_vectors}, old_labels, new_labels,
                                        gone, self.table.idf, prior_changed, self.table.size)
            live, manual = self.similarity.live[:len(rows)], self.manual[:len(rows)]
            if sums_changed or model._last_calibrate is None:
                guess, confidence = model.classify(len(rows), live, manual)
            else:  # only the rows whose scores or filing changed need a new guess
                guess = np.full(len(rows), -1, np.int64)
                guess[:len(self.guess)] = self.guess[:len(rows)]
                confidence = np.zeros(len(rows))
                confidence[:len(self.confidence)] = self.confidence[:len(rows)]
                redo = np.array(sorted(set(old_vectors) | set(edited) | set(added) | set(gone)), dtype=np.int64)
                model.classify_rows(redo, guess, confidence, live, manual)
            old_guess = np.full(len(rows), -1, np.int64)
            old_guess[:len(self.guess)] = self.guess
            old_conf = np.zeros(len(rows))
            old_conf[:len(self.confidence)] = self.confidence
            topic_rows = set(np.flatnonzero((guess != old_guess) | (confidence != old_conf)).tolist())
            self.guess, self.confidence = guess, confidence
        else:
            self.guess = np.full(len(rows), -1, np.int64)
            self.confidence = np.zeros(len(rows))
        # Tags: curated spellings, then the automatic tags that may have changed.
        curated_keys: set[str] = set()
        for row in edited + gone:
            curated_keys |= self._count_curated(old_articles[row].tags, -1)  # type: ignore[union-attr]
        for row in edited + added:
            curated_keys |= self._count_curated(article_at[row].tags, +1)  # type: ignore[union-attr]
        respelled = self._refresh_curated(curated_keys)
        tag_rows = set(refresh) | set(edited) | set(added)
        if respelled:
            numbers = np.array(self.table.known(term_hashes(sorted(respelled)).tolist()), dtype=np.int64)
            tag_rows |= self._rows_with_terms(numbers)
        auto = sorted(row for row in tag_rows if rows.slug[row] is not None and not article_at[row].tags)  # type: ignore[union-attr]
        for row in tag_rows:
            if rows.slug[row] is not None and article_at[row].tags:  # type: ignore[union-attr]
                rows.auto_tags.pop(row, None)
        auto_changed = self._extract_tags(auto)
        # Effective topics and tags, and the weights of tags whose use changed.
        effective_rows = topic_rows | auto_changed | set(edited) | set(added)
        changed_effective = set()
        touched_tags: set[int] = set()
        for row in sorted(effective_rows):
            if rows.slug[row] is None:
                continue
            before = {int(t) for t in rows.tag_ids[row] if t >= 0}
            if self._set_effective(row):
                changed_effective.add(row)
                touched_tags |= before ^ {int(t) for t in rows.tag_ids[row] if t >= 0}
        for row in gone:
            for number in rows.tag_ids[row].tolist():
                if number >= 0:
                    touched_tags.add(number)
                    self.tag_count[number] -= 1
                    self.tag_members[number].discard(row)
            rows.tag_ids[row] = -1
            rows.topic_ids[row] = -1
            rows.topics[row], rows.tags[row], rows.related[row] = (), (), ()
            rows.auto_tags.pop(row, None)
        self._tag_points(())
        reweighed = [number for number in sorted(touched_tags) if self._points_differ(number)]
        self._tag_points(reweighed)
        # Related: rows whose list changed, whose own or a neighbour's topics, tags or date
        # changed, or that share a tag whose weight changed.
        moved = set(edited) | set(added) | changed_effective
        rerank = (relisted | moved) - set(gone)
        n = len(rows)
        if moved:
            near = np.isin(self.similarity.lists[:n], np.array(sorted(moved), dtype=np.int64)).any(axis=1)
            rerank |= set(np.flatnonzero(near).tolist())
        for number in reweighed:
            rerank |= self.tag_members.get(number, set())
        rerank = {row for row in rerank if rows.slug[row] is not None}
        rerank_rows = np.array(sorted(rerank), dtype=np.int64)
        for row, related in zip(rerank_rows.tolist(), self._rerank(rerank_rows)):
            if related != rows.related[row]:
                rows.related[row] = related
                change.related.add(rows.slug[row])  # type: ignore[arg-type]
        # Stories.
        dirty = set(changed_vectors) | set(edited) | set(gone) | set(added)
        regrouped = self.stories.update(self.similarity.lists[:n], self.similarity.sims[:n], self._story_threshold(),
                                        relisted, dirty)
        dated = {row for row in edited if old_articles[row].date != article_at[row].date}  # type: ignore[union-attr]
        if regrouped or any(row in self.stories.group_of for row in dated | set(gone) | set(edited)):
            self.stories_list = self._story_groups()
            change.stories = self.stories_list != previous.stories
        # Facts: the previous ones, patched.
        topics, topic_source = dict(previous.topics), dict(previous.topic_source)
        tags, tag_source = dict(previous.tags), dict(previous.tag_source)
        related = dict(previous.related)
        for row in gone:
            slug = old_articles[row].slug  # type: ignore[union-attr]
            for store in (topics, topic_source, tags, tag_source, related):
                store.pop(slug, None)
        for row in (topic_rows | auto_changed | changed_effective | set(edited) | set(added)):
            slug = rows.slug[row]
            if slug is None:
                continue
            sources = self._provenance(row)
            if (topics.get(slug), topic_source.get(slug)) != (rows.topics[row], sources[0]):
                topics[slug], topic_source[slug] = rows.topics[row], sources[0]
                change.topics.add(slug)
            if (tags.get(slug), tag_source.get(slug)) != (rows.tags[row], sources[1]):
                tags[slug], tag_source[slug] = rows.tags[row], sources[1]
                change.tags.add(slug)
        for slug in change.related:
            related[slug] = rows.related[rows.row_of[slug]]
        for row in added:
            related.setdefault(rows.slug[row], rows.related[row])  # type: ignore[index]
        change.topics |= {old_articles[row].slug for row in gone}  # type: ignore[union-attr]
        change.tags |= {old_articles[row].slug for row in gone}  # type: ignore[union-attr]
        change.related |= {old_articles[row].slug for row in gone}  # type: ignore[union-attr]
        for row in gone:
            article_at[row] = None
            rows.analysis[row] = None
            rows.terms[row] = np.zeros(0, np.int64)
            rows.logtf[row] = np.zeros(0)
        if len(self.postings_stale) > 0.05 * n + 16:
            self._rebuild_postings()
        facts = ContentFacts(topics=topics, topic_source=topic_source, tags=tags, tag_source=tag_source,
                             related=related, stories=self.stories_list)
        return facts, change

    def _points_differ(self, number: int) -> bool:
        count = int(self.tag_count[number])
        points = round(SHARED_TAG_BONUS * SCORE_UNIT / math.log(2 + count)) if count > 0 else 0
        return points != int(self.tag_points[number])

    def _rebuild_postings(self) -> None:
        rows = self.rows
        sizes = np.array([len(t) if slug is not None else 0 for t, slug in zip(rows.terms, rows.slug)], dtype=np.int64)
        terms = np.concatenate([t for t, slug in zip(rows.terms, rows.slug) if slug is not None] or [np.zeros(0, np.int64)])
        self._postings_from(terms, sizes, len(rows))

    def _count(self, removed: list[np.ndarray], added: list[np.ndarray]) -> np.ndarray:
        """Update document frequencies; returns the terms whose idf changed."""
        table = self.table
        gone = np.concatenate(removed) if removed else np.zeros(0, np.int64)
        new = np.concatenate(added) if added else np.zeros(0, np.int64)
        np.subtract.at(table.df, gone, 1)
        np.add.at(table.df, new, 1)
        touched = np.unique(np.concatenate([gone, new]))
        idf = bucketed_idf(table.df[touched], self.reference)
        changed = touched[idf != table.idf[touched]]
        table.idf[touched] = idf
        return changed

    def _vectors(self, rows: list[int]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        if not rows:
            return {}
        data = self.rows
        sizes = np.array([len(data.terms[row]) for row in rows], dtype=np.int64)
        terms = np.concatenate([data.terms[row] for row in rows])
        logtf = np.concatenate([self._logtf(row) for row in rows])
        quantised, keep = unit_vectors(terms, logtf, sizes, self.table.idf)
        out = {}
        start = 0
        for row, size in zip(rows, sizes.tolist()):
            part = slice(start, start + size)
            mask = keep[part]
            out[row] = (terms[part][mask], quantised[part][mask])
            start += size
        return out


def _fit(array: np.ndarray, width: int) -> np.ndarray:
    """`array` with at least `width` columns (new ones -1)."""
    if width <= array.shape[1]:
        return array
    grown = np.full((array.shape[0], width), -1, dtype=array.dtype)
    grown[:, :array.shape[1]] = array
    return grown


def _shared(numbers: np.ndarray, rows: np.ndarray, others: np.ndarray, points: np.ndarray | None) -> np.ndarray:
    """For each row r of `rows` and each of its `others` (rows x candidates): how many terms
    the two share (or the sum of the points of those terms), from -1 padded rows of term
    numbers (unique within a row)."""
    width = numbers.shape[1]
    out = np.zeros(others.shape, dtype=np.int64)
    if not width or not others.size:
        return out
    chunk = max(1, 4_000_000 // (width * width * max(others.shape[1], 1)))
    for start in range(0, len(rows), chunk):
        left = numbers[rows[start:start + chunk]][:, None, :, None]  # r x 1 x w x 1
        right = numbers[others[start:start + chunk]][:, :, None, :]  # r x c x 1 x w
        match = ((left == right) & (left >= 0)).any(axis=3)  # r x c x w: the row's term is shared
        if points is None:
            out[start:start + chunk] = match.sum(axis=2)
        else:
            own = numbers[rows[start:start + chunk]]
            values = np.where(own >= 0, points[np.maximum(own, 0)], 0)[:, None, :]
            out[start:start + chunk] = (values * match).sum(axis=2)
    return out


def _padded(lists: list[list[int]], rows: int) -> np.ndarray:
    """Lists of numbers as rows of a -1 padded array (`rows` rows, at least one column)."""
    width = max([len(x) for x in lists] + [1])
    out = np.full((max(rows, len(lists)), width), -1, dtype=np.int64)
    sizes = np.array([len(x) for x in lists], dtype=np.int64)
    if sizes.sum():
        owner = np.repeat(np.arange(len(lists)), sizes)
        column = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        out[owner, column] = np.fromiter((v for x in lists for v in x), dtype=np.int64, count=int(sizes.sum()))
    return out


_TAG_KEYS: dict[str, str] = {}


def _tag_key(name: str) -> str:
    """What makes two tag names one tag for the related bonus: case and width do not matter."""
    found = _TAG_KEYS.get(name)
    if found is None:
        found = _TAG_KEYS[name] = unicodedata.normalize("NFKC", name).lower()
    return found


def _unique_by_slug(articles: Sequence[Article]) -> dict[str, Article]:
    """Articles by slug; of two with one slug (a build error, reported elsewhere) the first is
    kept."""
    return {article.slug: article for article in reversed(articles)}
