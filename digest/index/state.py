"""Everything the indexer keeps about the current articles between builds. `compute_all`
(digest.index.full) fills it, `update` (digest.index.update) brings it up to date after a
change, `Indexer.save` pickles it: each part says itself what of it is worth saving."""
from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol

import numpy as np

from digest.config import Config
from digest.content import Article
from digest.index.analysis import TextAnalysis
from digest.index.curated import CuratedTags
from digest.index.facts import MANUAL, NONE, ContentFacts, Provenance
from digest.index.neighbours import Similarity
from digest.index.postings import Postings, log_tf
from digest.index.rows import Rows
from digest.index.specifics import ADDRESS, filed_days, precise
from digest.index.cohesion import COPY, STRONG
from digest.index.language import language_share
from digest.index.stories import (CANDIDATE_SIMILARITY, COPY_MIN_SIMILARITY, NEAR_DAYS, NEAR_MAX_ARTICLES, NOT_TEXT, RARE_MIN_ARTICLES,
                                  RARE_SHARE, REACH_DAYS, StoryDoc, StoryGraph, Template, close_in_time, link_kind, rare, rare_near,
                                  weak_link)
from digest.index.templates import HEADLINE_SHARE, filled_differently, names_apart, normalised
from digest.index.topics import TopicModel
from digest.index.vectors import SCALE, TermTable, bucketed_df, bucketed_idf
from digest.index.weights import TagWeights, candidate_count
from digest.text import slugify


class TextSource(Protocol):
    """What the state needs of its indexer (digest.index.indexer.Indexer): the settings, and the
    word analyses and shingles of article texts, kept by content hash outside the state."""

    config: Config

    def analysis_of(self, articles: list[Article]) -> list[TextAnalysis]: ...
    def shingles_of(self, article: Article) -> np.ndarray: ...
    def specifics_of(self, article: Article) -> frozenset[str]: ...
    def datelines_of(self, article: Article) -> frozenset[str]: ...
    def forget(self, keep: set[str]) -> None: ...
    def discard(self, content_hashes: Iterable[str]) -> None: ...


class IndexState:
    """The rows, their terms and vectors, neighbour lists, topic guesses, tags and stories."""

    def __init__(self, indexer: TextSource):
        self.config = indexer.config
        self.indexer = indexer  # analyses and shingles by content hash; not saved
        self.rows = Rows()
        # Terms and vectors.
        self.table = TermTable()
        self.reference = 0  # the article count document frequencies are measured against
        self.rarest = 0.0  # the idf of a term only one article has (a tag must be commoner)
        self.postings = Postings()
        self.hash_count: dict[str, int] = {}  # content hash -> live rows with it
        self.similarity = Similarity(candidate_count(indexer.config))
        # Topics.
        self.topic_model: TopicModel | None = None
        self.manual = np.zeros(0, dtype=bool)  # rows with topics in their front matter
        self.guess = np.zeros(0, dtype=np.int64)  # topic number or -1, by row
        self.confidence = np.zeros(0)
        # Tags and the numbering of effective topics and tags (for the related bonuses).
        self.curated = CuratedTags()
        self.topic_number: dict[str, int] = {}
        self.tag_number: dict[str, int] = {}  # by tag_key
        self.tag_weights = TagWeights()
        # Stories.
        self.stories = StoryGraph(self.linked, self.slug_of, self.may_link, self.dated)
        self.stories_list: list[list[str]] = []

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["indexer"] = None  # `Indexer.restore` puts the new one in
        return state

    # Analyses -----------------------------------------------------------------------------
    def set_terms(self, row: int, analysis: TextAnalysis, terms: np.ndarray) -> None:
        self.rows.analysis[row] = analysis
        self.rows.terms[row] = terms
        self.rows.logtf[row] = log_tf(analysis.counts)

    def analysis(self, row: int) -> TextAnalysis:
        """A row's analysis (a restored state has none until asked: they are in the build
        cache, given to the indexer by content hash)."""
        found = self.rows.analysis[row]
        if found is None:
            article = self.rows.article[row]
            found = self.rows.analysis[row] = self.indexer.analysis_of([article])[0]  # type: ignore[list-item]
        return found

    def logtf(self, row: int) -> np.ndarray:
        found = self.rows.logtf[row]
        if found is None:
            found = self.rows.logtf[row] = log_tf(self.analysis(row).counts)
        return found

    def rank(self) -> np.ndarray:
        """Every row's place in slug order (ties between equal scores go to the smaller slug)."""
        rank = np.zeros(len(self.rows), dtype=np.int64)
        live = sorted((slug, row) for row, slug in enumerate(self.rows.slug) if slug is not None)
        rank[[row for _, row in live]] = np.arange(len(live))
        return rank

    # Stories ------------------------------------------------------------------------------
    def slug_of(self, row: int) -> str:
        return self.rows.slug[row] or ""

    def linked(self, a: int, b: int, similarity: int) -> int:
        """The story graph's verdict on a candidate pair of rows: COPY, STRONG, CORROBORATED, WEAK or 0 (see
        digest.index.stories)."""
        rows = self.rows
        content = similarity / SCALE**2
        first, second = rows.article[a], rows.article[b]
        if content < COPY_MIN_SIMILARITY and abs((first.date - second.date).total_seconds()) > REACH_DAYS * 86400:  # type: ignore[union-attr]
            # far apart and no copy (most candidate pairs): only a dateline can bring them close
            lines = self.indexer.datelines_of(first), self.indexer.datelines_of(second)  # type: ignore[arg-type]
            if not (lines[0] or lines[1]) or not close_in_time(filed_days(first.date, lines[0]), filed_days(second.date, lines[1]), REACH_DAYS):  # type: ignore[union-attr]
                return 0
        docs = [StoryDoc(rows.slug[r], rows.article[r].date, frozenset(slugify(t) for t in rows.article[r].tags),  # type: ignore[union-attr]
                         self.indexer.specifics_of(rows.article[r]))  # type: ignore[arg-type]
                for r in (a, b)]
        articles = {rows.slug[r]: rows.article[r] for r in (a, b)}
        template = Template(lambda: filled_differently(*((rows.article[r].title, rows.article[r].text) for r in (a, b))),  # type: ignore[union-attr]
                            lambda: self.names_apart(a, b))
        kind = link_kind(docs[0], docs[1], content, lambda slug: self.indexer.shingles_of(articles[slug]),  # type: ignore[arg-type]
                         lambda: self.rare_words(a, b), template)
        if kind == "apart":
            return 0
        if kind is not None:
            return COPY if kind == "copy" else STRONG
        return weak_link(docs[0], docs[1], content, lambda: self.rare_words(a, b), template)

    def dated(self, rows: np.ndarray) -> np.ndarray:
        """The POSIX time each of `rows` is dated."""
        article = self.rows.article
        return np.array([article[row].date.timestamp() for row in rows.tolist()])  # type: ignore[union-attr]

    def may_link(self, a: np.ndarray, b: np.ndarray, similarity: np.ndarray) -> np.ndarray:
        """False for the candidate pairs (rows a, b) that `linked` turns down at its first test:
        no copy, and the days they were filed (`filed_days`: the page's, its datelines') far
        apart. (A second of slack and one unit of similarity: the pairs at the edge are left to
        `linked`.)"""
        rows = self.rows
        first = np.zeros(len(rows))
        involved = _rows_in(len(rows), a, b)
        first[involved] = self.dated(involved)
        last = first.copy()
        reach = REACH_DAYS * 86400 + 1
        near = (similarity >= COPY_MIN_SIMILARITY * SCALE**2 - 1) | (np.abs(first[a] - first[b]) <= reach)
        for row in _rows_in(len(rows), a[~near], b[~near]).tolist():
            article = rows.article[row]
            lines = self.indexer.datelines_of(article)  # type: ignore[arg-type]
            if lines:
                days = [day.timestamp() for day in filed_days(article.date, lines)]  # type: ignore[union-attr]
                first[row], last[row] = min(days), max(days)
        return near | ((first[a] - reach <= last[b]) & (first[b] - reach <= last[a]))

    def rare_idf(self, share: float = RARE_SHARE, least: int = RARE_MIN_ARTICLES) -> float:
        """The idf above which a word is rare in the site (see `rare_words`): used by at most
        this share of its articles, or this many."""
        reference = self.reference
        return math.log((reference + 1) / (max(least, reference * share) + 1)) + 1

    def headline_names(self, row: int, share: float = RARE_SHARE, least: int = RARE_MIN_ARTICLES) -> list[str]:
        """The words of a row's headline that are rare in the site: the things it names."""
        in_title = self._in_title(row)
        if not len(in_title):
            return []
        analysis = self.analysis(row)
        rare = bucketed_idf(self.table.df[self.rows.terms[row][in_title]], self.reference) >= self.rare_idf(share, least)
        names = [analysis.terms[i] for i in in_title[rare].tolist()]
        title = self.rows.article[row].title  # type: ignore[union-attr]
        if names and ADDRESS.search(title):
            # an address names no thing (`邮箱:zyl@baixueqiyuan.com`, a page's furniture line for a headline)
            bare = normalised(ADDRESS.sub(" ", title), "", 0)
            names = [name for name in names if NOT_TEXT.sub("", name) in bare]
        return names

    def names_apart(self, a: int, b: int) -> bool:
        """Whether rows a and b name different things up front (digest.index.templates)."""
        names = self.headline_names(a), self.headline_names(b)
        if not names[0] or not names[1] or set(self.headline_names(a, *HEADLINE_SHARE)) & set(self.headline_names(b, *HEADLINE_SHARE)):
            return False  # (headlines that share a word few articles use name one thing: `珠海`)
        first, second = self.rows.article[a], self.rows.article[b]
        if precise(self.indexer.specifics_of(first) & self.indexer.specifics_of(second)):  # type: ignore[arg-type]
            return False  # (a furniture line for a headline names nothing; `32602人` in common says one event)
        return names_apart(names, (normalised(first.title, first.text), normalised(second.title, second.text)))  # type: ignore[union-attr]

    def rare_words(self, a: int, b: int) -> int:
        """Words rows a and b both use that few of the site's articles use (`rare`; by the idf
        buckets of the vectors: when a word's bucket moves, its rows are re-examined), or, of the
        words either headline uses, few of those dated around the two (`rare_near`: when an
        article comes, goes or changes, the rows around it that share such a word are
        re-examined, `near_rows`)."""
        shared = np.intersect1d(self.rows.terms[a], self.rows.terms[b], assume_unique=True)
        if not len(shared):
            return 0
        site, language = bucketed_df(self.table.df[shared]), language_share(self.table.keys[shared])
        found = rare(site, language, self.reference)
        maybe = shared[~found & rare_near(site, language, self.reference)]
        if len(maybe):
            # (what a headline names: the body's other words near-rare in a sparse month are
            # a storyline's, the crew named the day before its launch)
            maybe = maybe[np.isin(maybe, np.union1d(self.title_terms(a), self.title_terms(b)))]
        near = 0
        for term in maybe.tolist():
            users = np.array(sorted(self.postings.rows_with(np.array([term]), self.rows, self.table.size)), dtype=np.int64)
            days = self.rows.date[users]
            around = (np.abs(days - self.rows.date[a]) <= NEAR_DAYS * 86400) | (np.abs(days - self.rows.date[b]) <= NEAR_DAYS * 86400)
            near += int(around.sum()) <= NEAR_MAX_ARTICLES
        return int(found.sum()) + near

    def title_terms(self, row: int) -> np.ndarray:
        """The term numbers of a row's headline words."""
        return self.rows.terms[row][self._in_title(row)]

    def _in_title(self, row: int) -> np.ndarray:
        """Where a row's headline words are among its words (positions in `analysis.terms`)."""
        analysis = self.analysis(row)
        titled = analysis.title_hashes
        if not len(titled):
            return np.zeros(0, np.int64)
        at = np.minimum(np.searchsorted(titled, analysis.hashes), len(titled) - 1)
        return np.flatnonzero(titled[at] == analysis.hashes)

    def near_rows(self, terms: np.ndarray, days: list[float]) -> set[int]:
        """The rows dated within NEAR_DAYS of any of `days` that use any of `terms` that may be
        rare around them (`rare_near`): whose pairs' rare words an article of those terms and
        days, come, gone or changed, may change."""
        terms = np.unique(terms)
        if not len(terms) or not days:
            return set()
        site, language = bucketed_df(self.table.df[terms]), language_share(self.table.keys[terms])
        maybe = terms[rare_near(site, language, self.reference) & ~rare(site, language, self.reference)]
        users = self.postings.rows_with(maybe, self.rows, self.table.size) if len(maybe) else set()
        return {row for row in users if any(abs(self.rows.date[row] - day) <= NEAR_DAYS * 86400 for day in days)}

    def rare(self, terms: np.ndarray) -> np.ndarray:
        """Whether each term is rare in the site (digest.index.stories.rare: the site's count, by
        the idf buckets, with the language's share as a prior)."""
        return rare(bucketed_df(self.table.df[terms]), language_share(self.table.keys[terms]), self.reference)

    def story_threshold(self) -> int:
        return math.ceil(CANDIDATE_SIMILARITY * SCALE**2)

    def story_groups(self) -> list[list[str]]:
        """The stories as slugs, each earliest report first, the stories by their first."""
        rows = self.rows

        def order(row: int):
            return (rows.article[row].date, rows.slug[row])  # type: ignore[union-attr]

        groups = [sorted(group, key=order) for group in self.stories.groups()]
        groups.sort(key=lambda members: order(members[0]))
        return [[rows.slug[row] for row in group] for group in groups]  # type: ignore[misc]

    # Facts --------------------------------------------------------------------------------
    def provenance(self, row: int) -> tuple[Provenance, Provenance]:
        rows = self.rows
        article = rows.article[row]
        assert article is not None
        if article.topics:
            topic_source = MANUAL
        elif self.guess[row] >= 0:
            topic_source = Provenance("auto", float(self.confidence[row]))
        else:
            topic_source = NONE
        if article.tags:
            tag_source = MANUAL
        else:
            found = rows.auto_tags.get(row, ())
            tag_source = Provenance("auto", found[0][1]) if found else NONE
        return topic_source, tag_source

    def facts(self) -> ContentFacts:
        """The facts of every live row (after a full computation)."""
        rows = self.rows
        topics, topic_source, tags, tag_source, related = {}, {}, {}, {}, {}
        for row in rows.live_rows():
            slug = rows.slug[row]
            topics[slug], tags[slug], related[slug] = rows.topics[row], rows.tags[row], rows.related[row]
            topic_source[slug], tag_source[slug] = self.provenance(row)
        self.stories_list = self.story_groups()
        return ContentFacts(topics=topics, topic_source=topic_source, tags=tags, tag_source=tag_source,  # type: ignore[arg-type]
                            related=related, stories=self.stories_list)


def _rows_in(count: int, *arrays: np.ndarray) -> np.ndarray:
    """The rows (< count) named in `arrays`, in order, once each."""
    named = np.zeros(count, dtype=bool)
    for array in arrays:
        named[array] = True
    return np.flatnonzero(named)
