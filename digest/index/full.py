"""The full computation of the index state: every article's terms and vector, the neighbour
lists (a few sparse matrix products, on all cores), topic guesses, tags, related lists and
stories. Rows are numbered in slug order."""
from __future__ import annotations

import numpy as np

from digest.content import Article
from digest.index.facts import ContentFacts
from digest.index.labels import extract_auto_tags, set_all_effective
from digest.index.postings import log_tf
from digest.index.related import related_of
from digest.index.state import IndexState
from digest.index.terms import vector_matrix
from digest.index.topics import TopicModel
from digest.index.vectors import TermTable, bucketed_idf, reference_count


def compute_all(state: IndexState, by_slug: dict[str, Article]) -> ContentFacts:
    """Fill a new `state` with the articles of `by_slug`."""
    slugs = sorted(by_slug)
    articles = [by_slug[slug] for slug in slugs]
    analyses = state.indexer.analysis_of(articles)
    state.indexer.forget({a.content_hash for a in articles})
    state.rows.extend(slugs, articles)
    n = len(slugs)
    terms, logtf, sizes = _number_terms(state, analyses)
    matrix = vector_matrix(terms, logtf, sizes, state.table.idf, state.table.size)
    # The neighbour lists take longest and run in threads outside the GIL: meanwhile, the
    # topics and tags, which do not need them.
    lists_ready = state.similarity.compute_all(matrix, np.arange(n), background=True)
    for article in articles:
        state.hash_count[article.content_hash] = state.hash_count.get(article.content_hash, 0) + 1
    _guess_topics(state, articles)
    _tag(state, articles)
    set_all_effective(state, n)
    state.tag_weights.reweigh(range(len(state.tag_number)))
    lists_ready()
    for row, related in zip(range(n), related_of(state, np.arange(n))):
        state.rows.related[row] = related
    state.stories.compute_all(state.similarity.lists[:n], state.similarity.sims[:n], state.story_threshold())
    return state.facts()


def _number_terms(state: IndexState, analyses: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Number every term, count document frequencies and give each row its terms; returns the
    rows' terms and their damped frequencies, concatenated, and how many each row has."""
    n = len(analyses)
    sizes = np.array([len(a.hashes) for a in analyses], dtype=np.int64)
    any_terms = n and sizes.sum()
    keys = np.concatenate([a.hashes for a in analyses]) if any_terms else np.zeros(0, np.uint64)
    table, terms = TermTable.from_keys(keys)
    del keys  # (8 bytes a term: none of these arrays is held longer than it is needed)
    state.table = table
    if state.config.topics:
        # Before the counts: the model numbers its topics' names and keywords too.
        state.topic_model = TopicModel(state.config.topics, table)
    table.df[:table.size] = np.bincount(terms, minlength=table.size)
    state.reference = reference_count(n)
    table.idf[:table.size] = bucketed_idf(table.df[:table.size], state.reference)
    state.rarest = float(bucketed_idf(np.array([1]), state.reference)[0]) if n else 0.0
    logtf = log_tf(np.concatenate([a.counts for a in analyses]) if any_terms else np.zeros(0))
    bounds = np.cumsum(sizes)[:-1] if n else []
    rows = state.rows
    # The damped frequencies are not kept per row (8 bytes a term, 0.23 GB at 100,000 articles):
    # an update recomputes the few it needs from the analysis (`IndexState.logtf`).
    for row, (analysis, row_terms) in enumerate(zip(analyses, np.split(terms, bounds))):
        rows.analysis[row], rows.terms[row], rows.logtf[row] = analysis, row_terms, None
    return terms, logtf, sizes


def _guess_topics(state: IndexState, articles: list[Article]) -> None:
    """Centroids from the articles a person filed, and a guess for every other article."""
    n = len(articles)
    manual = np.array([bool(a.topics) for a in articles], dtype=bool)
    state.manual = manual.copy()
    model = state.topic_model
    if model is None:
        state.guess, state.confidence = np.full(n, -1, np.int64), np.zeros(n)
        return
    labels = np.zeros((n, len(model.names)), dtype=bool)
    for row, article in enumerate(articles):
        if article.topics:
            labels[row] = model.label_row(article.topics)
    model.compute_all(state.similarity, labels, state.table.idf, state.table.size)
    state.guess, state.confidence = model.classify(n, np.ones(n, bool), manual)


def _tag(state: IndexState, articles: list[Article]) -> None:
    """The curated spellings, then automatic tags for the articles without any."""
    curated = state.curated
    curated.grow(state.table.size)
    for article in articles:
        curated.count(article.tags, +1)
    curated.refresh(set(curated.counts), state.table)
    extract_auto_tags(state, [row for row, article in enumerate(articles) if not article.tags])
