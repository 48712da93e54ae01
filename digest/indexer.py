"""The content side of the index: topics and tags where a person gave none, related articles,
stories. `Indexer` keeps what it learned about each article between builds, so that the dev
server can re-index after an edit without redoing the pairwise work; a fresh `Indexer` and one
that has seen earlier versions of the site give exactly the same result.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from digest.analysis import TextAnalysis, analyze_many
from digest.config import Config
from digest.content import Article
from digest.neighbours import SCALE, DocTerms, NeighbourGraph
from digest.stories import CANDIDATE_SIMILARITY, StoryDoc, group_stories, shingles
from digest.text import slugify
from digest.topics import assign_topics, extract_tags

# How the computed related articles are ranked: content similarity (cosine, 0..1) plus bonuses.
SHARED_TOPIC_BONUS = 0.1  # the curator's (or digest's) filing says they belong together
SHARED_TAG_BONUS = 0.05  # per shared tag, times 1/log(2 + articles with the tag): rare tags weigh more
CLOSE_IN_TIME_BONUS = 0.05  # times exp(-days apart / TIME_SCALE_DAYS)
TIME_SCALE_DAYS = 30
MIN_CANDIDATES = 20  # similar articles kept per article, before re-ranking and removing story mates


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
class Indexer:
    """Computes `ContentFacts`, reusing per-article work keyed by content hash."""

    config: Config
    workers: int | None = None  # processes for text analysis; None: one per core
    _analyses: dict[str, TextAnalysis] = field(default_factory=dict)  # content_hash -> analysis
    _shingles: dict[str, np.ndarray] = field(default_factory=dict)  # content_hash -> shingles
    _graph: NeighbourGraph | None = None
    _tags: dict[str, tuple[object, tuple[tuple[str, float], ...]]] = field(default_factory=dict)
    _curated: dict[str, str] = field(default_factory=dict)
    _curated_version: int = 0

    @property
    def graph(self) -> NeighbourGraph:
        if self._graph is None:
            self._graph = NeighbourGraph(max(MIN_CANDIDATES, 3 * self.config.related_count + 5))
        return self._graph

    def remember_analyses(self, analyses: dict[str, TextAnalysis]) -> None:
        """Analyses computed elsewhere (by the parse workers, or read from the build cache),
        by content hash; they are the same as the ones this indexer would compute."""
        self._analyses.update(analyses)

    def facts(self, articles: Sequence[Article]) -> ContentFacts:
        by_slug = _unique_by_slug(articles)
        analyses = self._analyse(by_slug)
        graph = self.graph
        graph.update({slug: DocTerms(a.hashes, np.asarray(a.counts, dtype=np.float64)) for slug, a in analyses.items()})
        topics, topic_source = self._topics(by_slug)
        tags, tag_source = self._tags_of(by_slug, analyses)
        return ContentFacts(
            topics=topics, topic_source=topic_source, tags=tags, tag_source=tag_source,
            related=self._related(by_slug, topics, tags),
            stories=self._stories(by_slug, analyses),
        )

    # Per-article analysis ------------------------------------------------------------------
    def _analyse(self, by_slug: dict[str, Article]) -> dict[str, TextAnalysis]:
        missing = {a.content_hash: a for a in by_slug.values() if a.content_hash not in self._analyses}
        fresh = analyze_many([(a.title, a.text) for a in missing.values()], self.workers)
        self._analyses.update(zip(missing, fresh))
        current = {a.content_hash for a in by_slug.values()}
        for stale in set(self._analyses) - current:  # keep memory to the current site
            del self._analyses[stale]
        for stale in set(self._shingles) - current:
            del self._shingles[stale]
        return {slug: self._analyses[a.content_hash] for slug, a in by_slug.items()}

    # Topics and tags -----------------------------------------------------------------------
    def _topics(self, by_slug: dict[str, Article]):
        graph = self.graph
        manual = {slug: a.topics for slug, a in by_slug.items() if a.topics}
        guesses = assign_topics(graph.keys, graph.matrix, graph.columns, manual, self.config.topics, graph.idf)
        topics, source = {}, {}
        for slug, article in by_slug.items():
            if article.topics:
                topics[slug], source[slug] = article.topics, Provenance("manual")
            elif slug in guesses:
                guess = guesses[slug]
                topics[slug], source[slug] = (guess.name,), Provenance("auto", guess.confidence)
            else:
                topics[slug], source[slug] = (), Provenance("none")
        return topics, source

    def _tags_of(self, by_slug: dict[str, Article], analyses: dict[str, TextAnalysis]):
        graph = self.graph
        curated = _curated_spellings(by_slug.values())
        if curated != self._curated:
            self._curated, self._curated_version = curated, self._curated_version + 1
        idf = graph.idf
        rarest = max(idf.values(), default=0.0)  # the idf of a term only one article has

        def used_by_others(key: int) -> bool:  # and not by so many that it says nothing
            value = idf.get(key, 0.0)
            return 0.0 < value < rarest

        tags, source = {}, {}
        for slug, article in by_slug.items():
            if article.tags:
                tags[slug], source[slug] = article.tags, Provenance("manual")
                continue
            # The tags depend on the text, the idf of its terms (the fingerprint) and the curated tags.
            state = (article.content_hash, graph.vectors[slug].fingerprint, rarest, self._curated_version)
            cached = self._tags.get(slug)
            found = cached[1] if cached and cached[0] == state else extract_tags(analyses[slug], idf, used_by_others, curated)
            self._tags[slug] = (state, found)
            tags[slug] = tuple(name for name, _ in found)
            source[slug] = Provenance("auto", found[0][1]) if found else Provenance("none")
        return tags, source

    # Related and stories --------------------------------------------------------------------
    def _related(self, by_slug: dict[str, Article], topics, tags) -> dict[str, tuple[tuple[str, float], ...]]:
        tag_sets = {slug: {slugify(t) for t in names} for slug, names in tags.items()}
        tag_counts: dict[str, int] = {}
        for names in tag_sets.values():
            for name in names:
                tag_counts[name] = tag_counts.get(name, 0) + 1
        tag_weight = {name: 1 / math.log(2 + n) for name, n in tag_counts.items()}
        related = {}
        for slug, article in by_slug.items():
            scored = []
            for similarity, other in self.graph.lists.get(slug, ()):
                score = similarity / SCALE**2
                if set(topics[slug]) & set(topics[other]):
                    score += SHARED_TOPIC_BONUS
                score += SHARED_TAG_BONUS * sum(tag_weight[t] for t in tag_sets[slug] & tag_sets[other])
                days = abs((article.date - by_slug[other].date).total_seconds()) / 86400
                score += CLOSE_IN_TIME_BONUS * math.exp(-days / TIME_SCALE_DAYS)
                scored.append((-round(score, 9), other, similarity / SCALE**2))
            related[slug] = tuple((other, similarity) for _, other, similarity in sorted(scored))
        return related

    def _stories(self, by_slug: dict[str, Article], analyses: dict[str, TextAnalysis]) -> list[list[str]]:
        graph = self.graph
        docs = {slug: StoryDoc(slug, a.date, analyses[slug].title_hashes, frozenset(slugify(t) for t in a.tags))
                for slug, a in by_slug.items()}
        threshold = CANDIDATE_SIMILARITY * SCALE**2
        pairs = sorted({
            (min(slug, other), max(slug, other), similarity / SCALE**2)
            for slug in graph.keys
            for similarity, other in graph.lists.get(slug, ())
            if similarity >= threshold
        })

        def shingles_of(slug: str) -> np.ndarray:
            article = by_slug[slug]
            if article.content_hash not in self._shingles:
                self._shingles[article.content_hash] = shingles(article.text.strip() or article.title)
            return self._shingles[article.content_hash]

        return group_stories(docs, pairs, shingles_of, graph.idf)


def _unique_by_slug(articles: Sequence[Article]) -> dict[str, Article]:
    """Articles by slug, sorted; of two with one slug (a build error, reported elsewhere) the
    first is kept."""
    by_slug: dict[str, Article] = {}
    for article in articles:
        by_slug.setdefault(article.slug, article)
    return dict(sorted(by_slug.items()))


def _curated_spellings(articles) -> dict[str, str]:
    """Tags people wrote, by the form a term would have (lowercase), in their most used spelling."""
    counts: dict[str, dict[str, int]] = {}
    for article in articles:
        for tag in article.tags:
            spellings = counts.setdefault(tag.lower(), {})
            spellings[tag] = spellings.get(tag, 0) + 1
    return {key: min(s.items(), key=lambda kv: (-kv[1], kv[0]))[0] for key, s in counts.items()}
