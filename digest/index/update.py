"""Bringing the index state up to date after a change of articles, redoing only what the change
reaches: the analyses of changed content, the vectors whose weights moved, the neighbour lists
those enter or leave, the topic guesses and tags whose inputs moved, the related lists that
show any of it and the stories around it. The result is exactly what `compute_all` gives.

An update is a list of named steps (`UPDATE_STEPS`) over one `Delta`: each step reads what the
steps before it found and adds what it finds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Callable

import numpy as np

from digest.content import Article
from digest.index.analysis import term_hashes
from digest.index.facts import ContentFacts, FactsChange
from digest.index.labels import clear_labels, extract_auto_tags, set_effective
from digest.index.related import related_of
from digest.index.state import IndexState
from digest.index.terms import count_terms, vectors_of
from digest.index.vectors import reference_count

# Above this share of changed articles a full computation is cheaper than patching.
FULL_SHARE = 0.25

Vector = tuple[np.ndarray, np.ndarray]  # term numbers, weights


@dataclass
class Delta:
    """One update: the rows it concerns, and what each step found for the steps after it."""

    previous: ContentFacts
    change: FactsChange
    by_slug: dict[str, Article]  # the articles that are new or not the objects they were
    gone: list[int]
    new_slugs: list[str]
    replaced: list[int]  # a new object for the same content, date, topics and tags
    edited: list[int]  # anything else changed
    added: list[int] = field(default_factory=list)
    old_articles: dict[int, Article] = field(default_factory=dict)  # of the edited and gone rows
    old_terms: list[np.ndarray] = field(default_factory=list)  # of the rows whose content changed or went
    fresh: list[int] = field(default_factory=list)  # rows with new content (edited or added)
    content_changed: list[int] = field(default_factory=list)  # ... of which edited
    idf_changed: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    refresh: set[int] = field(default_factory=set)  # rows whose vector was recomputed
    old_vectors: dict[int, Vector] = field(default_factory=dict)  # of the rows whose vector changed or went
    changed_vectors: dict[int, Vector] = field(default_factory=dict)
    relisted: set[int] = field(default_factory=set)  # rows whose neighbour list changed (gone included)
    topic_rows: set[int] = field(default_factory=set)  # rows whose guess or its confidence changed
    auto_changed: set[int] = field(default_factory=set)  # rows whose automatic tags changed
    changed_effective: set[int] = field(default_factory=set)  # rows whose effective topics or tags changed
    reweighed: list[int] = field(default_factory=list)  # tags whose points changed
    facts: ContentFacts | None = None


def update(state: IndexState, previous: ContentFacts, gone_slugs: list[str], new_articles: dict[str, Article],
           differ: dict[str, Article]) -> tuple[ContentFacts, FactsChange] | None:
    """Bring `state` (which gave `previous`) to the given change of articles; None when a full
    computation is the better way (nothing was changed then)."""
    delta = _sort(state, previous, gone_slugs, new_articles, differ)
    if not (delta.gone or delta.new_slugs or delta.replaced or delta.edited):
        return previous, FactsChange(full=False)
    if _full_is_cheaper(state, delta):
        return None
    for step in UPDATE_STEPS:
        step(state, delta)
    assert delta.facts is not None
    return delta.facts, delta.change


def _sort(state: IndexState, previous: ContentFacts, gone_slugs: list[str], new_articles: dict[str, Article],
          differ: dict[str, Article]) -> Delta:
    """Which rows go, which come, which were edited and which only got a new object."""
    rows = state.rows
    replaced, edited = [], []
    for slug, article in differ.items():
        row = rows.row_of[slug]
        old = rows.article[row]
        if (old.content_hash == article.content_hash and old.date == article.date  # type: ignore[union-attr]
                and old.topics == article.topics and old.tags == article.tags):  # type: ignore[union-attr]
            replaced.append(row)
        else:
            edited.append(row)
    gone = sorted(rows.row_of[slug] for slug in gone_slugs)
    by_slug = {**differ, **new_articles}
    change = FactsChange(full=False, current={**{slug: None for slug in gone_slugs}, **by_slug},
                         content=bool(gone or new_articles or edited))
    return Delta(previous, change, by_slug, gone, sorted(new_articles), replaced, edited)


def _full_is_cheaper(state: IndexState, delta: Delta) -> bool:
    """Also when the article count crosses a power of two: every idf moves then."""
    live_after = len(state.rows.row_of) - len(delta.gone) + len(delta.new_slugs)
    return (reference_count(live_after) != state.reference or not live_after
            or len(delta.gone) + len(delta.new_slugs) + len(delta.edited) > FULL_SHARE * live_after)


def place_rows(state: IndexState, delta: Delta) -> None:
    """Gone rows lose their slug, new articles get new rows, every row its current article."""
    rows, change = state.rows, delta.change
    for row in delta.replaced:
        rows.article[row] = delta.by_slug[rows.slug[row]]  # type: ignore[index]
        change.articles.add(rows.slug[row])  # type: ignore[arg-type]
    delta.old_articles = {row: rows.article[row] for row in delta.edited + delta.gone}  # type: ignore[misc]
    for row in delta.gone:
        change.articles.add(rows.slug[row])  # type: ignore[arg-type]
        del rows.row_of[rows.slug[row]]  # type: ignore[arg-type]
        rows.slug[row] = None
    for slug in delta.new_slugs:
        delta.added.append(rows.add(slug))
        change.articles.add(slug)
    for row in delta.edited + delta.added:
        article = delta.by_slug[rows.slug[row]]  # type: ignore[index]
        rows.article[row] = article
        rows.date[row] = article.date.timestamp()
        change.articles.add(rows.slug[row])  # type: ignore[arg-type]


def count_terms_anew(state: IndexState, delta: Delta) -> None:
    """The terms of new content, and the document frequencies (and idfs) they move."""
    rows = state.rows
    delta.content_changed = [row for row in delta.edited
                             if delta.old_articles[row].content_hash != rows.article[row].content_hash]  # type: ignore[union-attr]
    delta.fresh = delta.content_changed + delta.added
    analyses = state.indexer.analysis_of([rows.article[row] for row in delta.fresh])  # type: ignore[misc]
    removed_terms = delta.old_terms = [rows.terms[row] for row in delta.content_changed + delta.gone]
    numbered = state.table.size
    for row, analysis in zip(delta.fresh, analyses):
        state.set_terms(row, analysis, state.table.ids(analysis.hashes))
        state.postings.mark(row)
    for row in delta.gone:
        state.postings.mark(row)
    state.curated.mark_new_terms(state.table, numbered)
    added_terms = [rows.terms[row] for row in delta.fresh]
    delta.idf_changed = count_terms(state.table, state.reference, removed_terms, added_terms)


def forget_old_content(state: IndexState, delta: Delta) -> None:
    """Drop the indexer's analyses and shingles of content no row has any more."""
    counts = state.hash_count
    forgotten = []
    for row in delta.content_changed + delta.gone:
        old_hash = delta.old_articles[row].content_hash
        counts[old_hash] -= 1
        if not counts[old_hash]:
            del counts[old_hash]
            forgotten.append(old_hash)
    for row in delta.fresh:
        new_hash = state.rows.article[row].content_hash  # type: ignore[union-attr]
        counts[new_hash] = counts.get(new_hash, 0) + 1
    state.indexer.discard([old_hash for old_hash in forgotten if old_hash not in counts])


def refresh_vectors(state: IndexState, delta: Delta) -> None:
    """New vectors for new content and for the rows an idf change reaches; the neighbour
    lists they enter or leave are patched."""
    rows, similarity = state.rows, state.similarity
    gone, added = set(delta.gone), set(delta.added)
    delta.refresh = (set(delta.fresh) | state.postings.rows_with(delta.idf_changed, rows, state.table.size)) - gone
    old_vectors = delta.old_vectors
    for row in delta.added:
        old_vectors[row] = (np.zeros(0, np.int64), np.zeros(0, np.int32))
    for row, vector in vectors_of(state, sorted(delta.refresh)).items():
        old = old_vectors.get(row) or similarity.vector(row)
        if row in added or old[0].tobytes() != vector[0].tobytes() or old[1].tobytes() != vector[1].tobytes():
            old_vectors.setdefault(row, old)
            delta.changed_vectors[row] = vector
    for row in delta.gone:
        old_vectors[row] = similarity.vector(row)
    rank = state.rank() if (gone or added) else similarity.rank[:len(rows)]
    relisted = similarity.update(delta.changed_vectors, delta.gone, rank, len(rows), state.table.size)
    delta.relisted = relisted | gone


def guess_topics(state: IndexState, delta: Delta) -> None:
    """Centroids moved by the difference; new guesses where scores or filing changed."""
    _mark_manual(state, delta)
    n = len(state.rows)
    model = state.topic_model
    if model is None:
        state.guess = np.full(n, -1, np.int64)
        state.confidence = np.zeros(n)
        return
    old_labels, new_labels = _label_changes(state, delta)
    prior_changed = bool(len(delta.idf_changed)) and any(np.isin(t, delta.idf_changed).any() for t in model.prior_terms)
    sums_changed = model.update(state.similarity, dict(delta.old_vectors), old_labels, new_labels,
                                delta.gone, state.table.idf, prior_changed, state.table.size)
    live, manual = state.similarity.live[:n], state.manual[:n]
    if sums_changed or not model.calibrated:
        guess, confidence = model.classify(n, live, manual)
    else:  # only the rows whose scores or filing changed need a new guess
        guess, confidence = _padded_to(state.guess, n, -1), _padded_to(state.confidence, n, 0)
        redo = set(delta.old_vectors) | set(delta.edited) | set(delta.added) | set(delta.gone)
        model.classify_rows(np.array(sorted(redo), dtype=np.int64), guess, confidence, live, manual)
    old_guess, old_confidence = _padded_to(state.guess, n, -1), _padded_to(state.confidence, n, 0)
    delta.topic_rows = set(np.flatnonzero((guess != old_guess) | (confidence != old_confidence)).tolist())
    state.guess, state.confidence = guess, confidence


def _mark_manual(state: IndexState, delta: Delta) -> None:
    """Which rows have topics in their front matter (those get no guess)."""
    gone = set(delta.gone)
    for row in delta.edited + delta.added + delta.gone:
        if row >= len(state.manual):
            grown = np.zeros(max(row + 1, 2 * len(state.manual), 64), dtype=bool)
            grown[:len(state.manual)] = state.manual
            state.manual = grown
        state.manual[row] = row not in gone and bool(state.rows.article[row].topics)  # type: ignore[union-attr]


def _label_changes(state: IndexState, delta: Delta) -> tuple[dict[int, np.ndarray], dict[int, np.ndarray]]:
    """The topic labels before and after of the rows whose labels or vector changed, or that
    came or went (a centroid is the sum of its labelled rows' vectors)."""
    model = state.topic_model
    assert model is not None
    article_at = state.rows.article
    gone, added, changed = set(delta.gone), set(delta.added), set(delta.changed_vectors) | set(delta.edited)
    old_labels, new_labels = {}, {}
    for row in changed | gone:
        if row not in added:
            old_labels[row] = model.labels[row].copy() if row < len(model.labels) else model.label_row(())
    for row in changed | added:
        if row not in gone:
            new_labels[row] = model.label_row(article_at[row].topics)  # type: ignore[union-attr]
    return old_labels, new_labels


def _padded_to(values: np.ndarray, n: int, fill) -> np.ndarray:
    """The first `n` of `values`, padded with `fill` (a copy)."""
    out = np.full(n, fill, values.dtype)
    out[:len(values)] = values[:n]
    return out


def refresh_tags(state: IndexState, delta: Delta) -> None:
    """Curated spellings, then the automatic tags that may have changed: those of rows with
    new vectors or front matter, and of rows with a term whose curated spelling changed."""
    rows, curated = state.rows, state.curated
    keys: set[str] = set()
    for row in delta.edited + delta.gone:
        keys |= curated.count(delta.old_articles[row].tags, -1)
    for row in delta.edited + delta.added:
        keys |= curated.count(rows.article[row].tags, +1)  # type: ignore[union-attr]
    respelled = curated.refresh(keys, state.table)
    tag_rows = delta.refresh | set(delta.edited) | set(delta.added)
    if respelled:
        numbers = np.array(state.table.known(term_hashes(sorted(respelled)).tolist()), dtype=np.int64)
        tag_rows |= state.postings.rows_with(numbers, rows, state.table.size)
    live = [row for row in tag_rows if rows.slug[row] is not None]
    for row in live:
        if rows.article[row].tags:  # type: ignore[union-attr]
            rows.auto_tags.pop(row, None)
    delta.auto_changed = extract_auto_tags(state, sorted(row for row in live if not rows.article[row].tags))  # type: ignore[union-attr]


def set_effective_labels(state: IndexState, delta: Delta) -> None:
    """Effective topics and tags of the rows whose inputs moved, and the weights of the tags
    whose use changed."""
    rows = state.rows
    touched: set[int] = set()
    for row in sorted(delta.topic_rows | delta.auto_changed | set(delta.edited) | set(delta.added)):
        if rows.slug[row] is None:
            continue
        before = {int(t) for t in rows.tag_ids[row] if t >= 0}
        if set_effective(state, row):
            delta.changed_effective.add(row)
            touched |= before ^ {int(t) for t in rows.tag_ids[row] if t >= 0}
    for row in delta.gone:
        touched |= clear_labels(state, row)
    delta.reweighed = state.tag_weights.reweigh_changed(touched)


def rerank_related(state: IndexState, delta: Delta) -> None:
    """Re-rank the rows whose list changed, whose own or a neighbour's topics, tags or date
    changed, or that share a tag whose weight changed."""
    rows, n = state.rows, len(state.rows)
    moved = set(delta.edited) | set(delta.added) | delta.changed_effective
    rerank = (delta.relisted | moved) - set(delta.gone)
    if moved:
        near = np.isin(state.similarity.lists[:n], np.array(sorted(moved), dtype=np.int64)).any(axis=1)
        rerank |= set(np.flatnonzero(near).tolist())
    for number in delta.reweighed:
        rerank |= state.tag_weights.members.get(number, set())
    rerank_rows = np.array(sorted(row for row in rerank if rows.slug[row] is not None), dtype=np.int64)
    for row, related in zip(rerank_rows.tolist(), related_of(state, rerank_rows)):
        if related != rows.related[row]:
            rows.related[row] = related
            delta.change.related.add(rows.slug[row])  # type: ignore[arg-type]


def regroup_stories(state: IndexState, delta: Delta) -> None:
    """Re-examine the candidate pairs the change touches; the story list is redone when a
    group changed or a row in a story was edited (its date orders the story) or went."""
    n = len(state.rows)
    # (rows whose words' idf buckets moved: whether a word is rare, see IndexState.rare_words)
    dirty = set(delta.changed_vectors) | set(delta.edited) | set(delta.gone) | set(delta.added) | set(delta.refresh)
    # (rows around the changed ones sharing a word that may be rare around them: IndexState.rare_words)
    rows, changed = state.rows, delta.edited + delta.added
    terms = [rows.terms[row] for row in changed if rows.terms[row] is not None] + delta.old_terms
    days = [rows.date[row] for row in changed] + [delta.old_articles[row].date.timestamp() for row in delta.edited + delta.gone]  # type: ignore[union-attr]
    if terms:
        dirty |= state.near_rows(np.concatenate(terms), days) - set(delta.gone)
    regrouped = state.stories.update(state.similarity.lists[:n], state.similarity.sims[:n], state.story_threshold(),
                                     delta.relisted, dirty)
    if regrouped or any(row in state.stories.group_of for row in set(delta.gone) | set(delta.edited)):
        state.stories_list = state.story_groups()
        delta.change.stories = state.stories_list != delta.previous.stories


def patch_facts(state: IndexState, delta: Delta) -> None:
    """The previous facts, with the changed rows' entries replaced (a dict none of whose entries
    changed is the previous one: copying 100,000 entries costs more than the rest of this)."""
    rows, previous, change = state.rows, delta.previous, delta.change
    topics, topic_source, tags, tag_source, related = {}, {}, {}, {}, {}  # the new entries
    gone_slugs = [delta.old_articles[row].slug for row in delta.gone]
    for row in (delta.topic_rows | delta.auto_changed | delta.changed_effective | set(delta.edited) | set(delta.added)):
        slug = rows.slug[row]
        if slug is None:
            continue
        sources = state.provenance(row)
        if (previous.topics.get(slug), previous.topic_source.get(slug)) != (rows.topics[row], sources[0]):
            topics[slug], topic_source[slug] = rows.topics[row], sources[0]
            change.topics.add(slug)
        if (previous.tags.get(slug), previous.tag_source.get(slug)) != (rows.tags[row], sources[1]):
            tags[slug], tag_source[slug] = rows.tags[row], sources[1]
            change.tags.add(slug)
    for slug in change.related:
        related[slug] = rows.related[rows.row_of[slug]]
    for row in delta.added:
        if rows.slug[row] not in related and rows.slug[row] not in previous.related:
            related[rows.slug[row]] = rows.related[row]  # type: ignore[index]
    for store in (change.topics, change.tags, change.related):
        store.update(gone_slugs)
    delta.facts = ContentFacts(topics=_patched(previous.topics, topics, gone_slugs),
                               topic_source=_patched(previous.topic_source, topic_source, gone_slugs),
                               tags=_patched(previous.tags, tags, gone_slugs),
                               tag_source=_patched(previous.tag_source, tag_source, gone_slugs),
                               related=_patched(previous.related, related, gone_slugs), stories=state.stories_list)


def _patched(old: dict, new: dict, gone: list[str]) -> dict:
    """`old` with the entries of `new` and without those of `gone` (`old` itself if that is all
    of it)."""
    if not new and not any(slug in old for slug in gone):
        return old
    out = dict(old)
    for slug in gone:
        out.pop(slug, None)
    out.update(new)
    return out


def empty_gone_rows(state: IndexState, delta: Delta) -> None:
    for row in delta.gone:
        state.rows.empty(row)
    state.postings.rebuild_if_stale(state.rows, state.table.size)


UPDATE_STEPS: tuple[Callable[[IndexState, Delta], None], ...] = (
    place_rows,
    count_terms_anew,
    forget_old_content,
    refresh_vectors,
    guess_topics,
    refresh_tags,
    set_effective_labels,
    rerank_related,
    regroup_stories,
    patch_facts,
    empty_gone_rows,
)
