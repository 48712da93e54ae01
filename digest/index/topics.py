"""Topics and tags for articles whose front matter has none, learned from the site itself.

Topics: every declared topic gets a centroid, the sum of the TF-IDF vectors of the articles a
person filed under it plus its name and keywords (a prior worth PRIOR_ARTICLES articles, which
is all there is until articles carry the topic). An article without topics gets the topic of the
nearest centroid, with a confidence learned from the curator's own articles: each of them is
classified as if it had no topics (leave-one-out, exact and cheap for centroids), and the share
of them classified right at a given margin over the runner-up is the confidence of that margin.
Below MIN_CONFIDENCE the article gets no topic.

Centroids, the dot products of every article with every centroid and the norms are integers
(the vectors are), so `TopicModel` can update them after an edit by adding the difference, and
the result is exactly what computing them afresh gives.

Tags: the article's highest-weighted terms that other articles use too, spelled as the curator
spells them when a person already made them a tag.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from digest.config import Topic
from digest.index.analysis import TextAnalysis, analyze, tag_candidates
from digest.index.neighbours import Similarity
from digest.index.vectors import SCALE, TermTable

PRIOR_ARTICLES = 2.0  # how many articles a topic's name and keywords are worth
MIN_CONFIDENCE = 0.5  # below this an article gets no automatic topic
MIN_CALIBRATION = 20  # labelled articles needed to learn confidences; fewer: use the margin
CALIBRATION_NEIGHBOURS = 25  # labelled articles of closest margin that estimate a confidence
TAGS_PER_ARTICLE = 5
MIN_TAG_SHARE = 0.25  # a tag weighs at least this share of the article's best candidate
CURATED_TAG_BOOST = 1.5  # a term a person already uses as a tag is a better tag


@dataclass(frozen=True)
class Guess:
    """An automatic topic: its name and how sure digest is (0..1)."""

    name: str
    confidence: float


class TopicModel:
    """Centroids of the declared topics over integer vectors, and every row's dot product with
    each, kept exact across updates."""

    def __init__(self, declared: tuple[Topic, ...], table: TermTable):
        self.names = [topic.name for topic in declared]
        self.position = {name: i for i, name in enumerate(self.names)}
        words = [analyze(" ".join((t.name,) + t.keywords), t.description) for t in declared]
        self.prior_terms = [table.ids(w.hashes) for w in words]  # numbered even if no article has them
        self.prior_logtf = [1 + np.log(np.maximum(np.asarray(w.counts, dtype=np.float64), 1)) for w in words]
        self.prior: list[tuple[np.ndarray, np.ndarray]] = []
        self.sums = np.zeros((len(self.names), 0), dtype=np.int64)
        self.labels = np.zeros((0, len(self.names)), dtype=bool)
        self.dots = np.zeros((0, len(self.names)), dtype=np.int64)
        self.self_norm2 = np.zeros(0, dtype=np.int64)
        self.norm2 = np.zeros(len(self.names), dtype=np.int64)
        self._calibration_key: bytes | None = None
        self._last_calibrate = None
        self._calibration: tuple[np.ndarray, np.ndarray] | None = None

    def __getstate__(self) -> dict:
        """A saved model calibrates again on its first `classify` (the calibration is a closure)."""
        state = dict(self.__dict__)
        state["_last_calibrate"] = None
        return state

    @property
    def calibrated(self) -> bool:
        """Whether `classify_rows` can reuse the last `classify`'s calibration."""
        return self._last_calibrate is not None

    def label_row(self, topics: tuple[str, ...]) -> np.ndarray:
        row = np.zeros(len(self.names), dtype=bool)
        for name in topics:
            if name in self.position:
                row[self.position[name]] = True
        return row

    def _prior_vectors(self, idf: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each topic's name, description and keywords as an integer vector of length
        PRIOR_ARTICLES (in the units of the article vectors)."""
        vectors = []
        for terms, logtf in zip(self.prior_terms, self.prior_logtf):
            weights = logtf * idf[terms]
            norm = float(np.sqrt(np.sum(weights * weights)))
            quantised = np.rint(weights / (norm or 1.0) * (PRIOR_ARTICLES * SCALE)).astype(np.int64)
            keep = quantised != 0
            vectors.append((terms[keep], quantised[keep]))
        return vectors

    def _grow(self, rows: int, terms: int) -> None:
        if rows > len(self.labels):
            capacity = max(rows, 2 * len(self.labels), 64)
            for name in ("labels", "dots"):
                old = getattr(self, name)
                new = np.zeros((capacity, old.shape[1]), dtype=old.dtype)
                new[:len(old)] = old
                setattr(self, name, new)
            old = self.self_norm2
            self.self_norm2 = np.zeros(capacity, dtype=np.int64)
            self.self_norm2[:len(old)] = old
        if terms > self.sums.shape[1]:
            capacity = max(terms, 2 * self.sums.shape[1], 1024)
            sums = np.zeros((len(self.names), capacity), dtype=np.int64)
            sums[:, :self.sums.shape[1]] = self.sums
            self.sums = sums

    def compute_all(self, similarity: Similarity, labels: np.ndarray, idf: np.ndarray, terms: int) -> None:
        """Centroids and dot products from scratch; the similarity base holds every row."""
        matrix = similarity.base
        rows = matrix.shape[0]
        self.labels = np.zeros((0, len(self.names)), dtype=bool)
        self.dots = np.zeros((0, len(self.names)), dtype=np.int64)
        self.self_norm2 = np.zeros(0, dtype=np.int64)
        self.sums = np.zeros((len(self.names), 0), dtype=np.int64)
        self._grow(rows, terms)
        self.labels[:rows] = labels
        # (Sums of at most 2**31 per entry and dot products below 2**53: exact in int32 and
        # float64, which scipy multiplies faster than int64.)
        label_matrix = sp.csr_matrix(labels.astype(np.int32))
        self.sums[:, :matrix.shape[1]] = (label_matrix.T @ matrix).toarray()
        self.prior = self._prior_vectors(idf)
        for topic, (terms_, weights) in enumerate(self.prior):
            self.sums[topic, terms_] += weights
        self.dots[:rows] = np.rint(matrix @ self.sums[:, :matrix.shape[1]].T.astype(np.float64)).astype(np.int64)
        squares = matrix.data.astype(np.int64) ** 2
        self.self_norm2[:rows] = _segment_sums(squares, np.repeat(np.arange(rows), np.diff(matrix.indptr)), rows)
        self.norm2 = np.einsum("ij,ij->i", self.sums, self.sums)

    def update(self, similarity: Similarity, old_vectors: dict[int, tuple[np.ndarray, np.ndarray]],
               old_labels: dict[int, np.ndarray], new_labels: dict[int, np.ndarray], dead: list[int],
               idf: np.ndarray, prior_changed: bool, terms: int) -> bool:
        """Bring centroids and dot products up to date. `old_vectors` has the previous vector of
        every row whose vector changed (empty for new rows); `old_labels`/`new_labels` the
        labels of rows whose labels or vector changed, or that are new or gone. Returns
        whether any centroid changed."""
        self._grow(similarity.rows, terms)
        parts_topic, parts_term, parts_value = [], [], []

        def add(topics: np.ndarray, vector: tuple[np.ndarray, np.ndarray], sign: int) -> None:
            for topic in np.flatnonzero(topics).tolist():
                parts_topic.append(np.full(len(vector[0]), topic, dtype=np.int64))
                parts_term.append(vector[0].astype(np.int64))
                parts_value.append(sign * vector[1].astype(np.int64))

        empty = (np.zeros(0, np.int64), np.zeros(0, np.int64))
        for row in set(old_labels) | set(new_labels):
            before = old_labels.get(row, np.zeros(len(self.names), bool))
            after = new_labels.get(row, np.zeros(len(self.names), bool))
            old_vector = old_vectors.get(row, similarity.vector(row)) if row not in dead else old_vectors.get(row, empty)
            new_vector = similarity.vector(row) if row not in dead else empty
            add(before, old_vector, -1)
            add(after, new_vector, +1)
            self.labels[row] = after
        if prior_changed:
            new_prior = self._prior_vectors(idf)
            for topic, (old, new) in enumerate(zip(self.prior, new_prior)):
                mask = np.zeros(len(self.names), bool)
                mask[topic] = True
                add(mask, old, -1)
                add(mask, new, +1)
            self.prior = new_prior
        changed_topics = np.zeros(0, dtype=np.int64)
        if parts_topic:
            topic = np.concatenate(parts_topic)
            term = np.concatenate(parts_term)
            value = np.concatenate(parts_value)
            np.add.at(self.sums, (topic, term), value)
            changed_topics = np.unique(topic)
            columns, inverse = np.unique(term, return_inverse=True)
            delta = np.zeros((len(columns), len(self.names)), dtype=np.int64)
            np.add.at(delta, (inverse.ravel(), topic), value)
            # Every row's dots move by its vector . the difference. Rows of the base matrix:
            # from the postings of the changed terms; rows overlaid since (their base row is
            # stale): from their current vectors.
            overlaid = sorted(similarity.overlay)
            kept = self.dots[overlaid].copy() if overlaid else None
            in_base = columns < similarity.columns
            if in_base.any():
                postings = similarity.base_t[columns[in_base]].astype(np.int64)  # columns x base rows
                base_rows = similarity.base.shape[0]
                self.dots[:base_rows] += np.asarray(postings.T @ delta[in_base])
            if overlaid:
                current = similarity._overlay_matrix()  # overlaid rows (sorted) x terms
                inside = columns < current.shape[1]  # (a term no vector has yet adds nothing)
                self.dots[overlaid] = kept + np.asarray(current[:, columns[inside]].astype(np.int64) @ delta[inside])
            self.norm2[changed_topics] = np.einsum("ij,ij->i", self.sums[changed_topics], self.sums[changed_topics])
        # Rows whose vector just changed: recompute their dots.
        rows = sorted(old_vectors)
        if rows:
            vectors = [similarity.vector(row) for row in rows]
            sizes = np.array([len(v[0]) for v in vectors], dtype=np.int64)
            terms_ = np.concatenate([v[0] for v in vectors]).astype(np.int64)
            weights = np.concatenate([v[1] for v in vectors]).astype(np.int64)
            owner = np.repeat(np.arange(len(rows)), sizes)
            dots = np.zeros((len(rows), len(self.names)), dtype=np.int64)
            for topic in range(len(self.names)):
                dots[:, topic] = _segment_sums(self.sums[topic, terms_] * weights, owner, len(rows))
            self.dots[rows] = dots
            self.self_norm2[rows] = _segment_sums(weights * weights, owner, len(rows))
        return bool(parts_topic)

    def classify(self, rows: int, live: np.ndarray, manual: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The guess (topic number or -1) and its confidence for every row without manual
        topics (`manual` marks rows that have some, declared or not)."""
        guess = np.full(rows, -1, dtype=np.int64)
        confidence = np.zeros(rows, dtype=np.float64)
        need = np.flatnonzero(live[:rows] & ~manual[:rows])
        if not self.names or not len(need):
            self._last_calibrate = None  # (learnt when some row needs a guess)
            return guess, confidence
        dots = self.dots[need].astype(np.float64)
        norms = np.sqrt(self.norm2.astype(np.float64))
        scores = dots / np.where(norms > 0, norms, 1)[None, :]
        labels = self.labels[:rows] & live[:, None]
        calibrate = self._last_calibrate = self._calibrate(labels, live)
        best, top, margin = _best_and_margin(scores)
        conf = np.where(top > 0, np.round(calibrate(margin), 2), 0.0)
        wanted = conf >= MIN_CONFIDENCE
        guess[need[wanted]] = best[wanted]
        confidence[need[wanted]] = conf[wanted]
        return guess, confidence

    def classify_rows(self, rows: np.ndarray, guess: np.ndarray, confidence: np.ndarray,
                      live: np.ndarray, manual: np.ndarray) -> None:
        """`classify` for some rows only, in place, when no centroid changed since the last
        `classify` (the calibration, learned from the labelled rows, is then the same)."""
        if not self.names or not len(rows) or self._last_calibrate is None:
            return
        norms = np.sqrt(self.norm2.astype(np.float64))
        scores = self.dots[rows].astype(np.float64) / np.where(norms > 0, norms, 1)[None, :]
        best, top, margin = _best_and_margin(scores)
        conf = np.where(top > 0, np.round(self._last_calibrate(margin), 2), 0.0)
        wanted = live[rows] & ~manual[rows] & (conf >= MIN_CONFIDENCE)
        guess[rows] = np.where(wanted, best, -1)
        confidence[rows] = np.where(wanted, conf, 0.0)

    def _calibrate(self, labels: np.ndarray, live: np.ndarray):
        labelled = np.flatnonzero(labels.any(axis=1))
        if len(labelled) < MIN_CALIBRATION:
            return lambda margin: np.clip(margin, 0.0, 1.0)
        own = labels[labelled]
        dots = self.dots[labelled]
        self_norm2 = self.self_norm2[labelled]
        # Leave-one-out: |s - x|^2 = |s|^2 - 2 x.s + |x|^2, exact in integers.
        reduced2 = np.maximum(self.norm2[None, :] - 2 * dots + self_norm2[:, None], 0)
        loo_dots = np.where(own, dots - self_norm2[:, None], dots).astype(np.float64)
        norms = np.sqrt(self.norm2.astype(np.float64))[None, :]
        loo_norms = np.where(own, np.sqrt(reduced2.astype(np.float64)), norms)
        loo = loo_dots / np.where(loo_norms > 0, loo_norms, 1)
        best, _top, margins = _best_and_margin(loo)
        right = own[np.arange(len(labelled)), best]
        order = np.lexsort((right, margins))
        margins, right = margins[order], right[order]
        key = right.tobytes()
        if key != self._calibration_key:
            monotone = np.array(_monotone(right.astype(np.float64).tolist()))
            self._calibration_key = key
            self._calibration = (monotone, np.concatenate([[0.0], np.cumsum(monotone)]))
        _monotone_right, cumulative = self._calibration  # type: ignore[misc]
        half = CALIBRATION_NEIGHBOURS // 2
        size = len(margins)

        def confidence(margin: np.ndarray) -> np.ndarray:
            at = np.searchsorted(margins, margin, side="right")
            low = np.maximum(at - half, 0)
            high = np.minimum(at + half, size)
            return (cumulative[high] - cumulative[low]) / (high - low)

        return confidence


def _segment_sums(values: np.ndarray, owner: np.ndarray, groups: int) -> np.ndarray:
    """Exact int64 sums of `values` by `owner` (sorted)."""
    out = np.zeros(groups, dtype=np.int64)
    if len(values):
        starts = np.flatnonzero(np.concatenate([[True], owner[1:] != owner[:-1]]))
        out[owner[starts]] = np.add.reduceat(values, starts)
    return out


def _best_and_margin(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: the best topic (the first of equals), its score and its relative lead over the
    runner-up."""
    rows = np.arange(len(scores))
    best = np.argmax(scores, axis=1)
    top = scores[rows, best]
    if scores.shape[1] > 1:
        others = scores.copy()
        others[rows, best] = -np.inf
        runner_up = np.maximum(others.max(axis=1), 0.0)
    else:
        runner_up = np.zeros(len(scores))
    margin = np.where(top > 0, (top - runner_up) / np.where(top > 0, top, 1), 0.0)
    return best, top, margin


def _monotone(values: list[float]) -> list[float]:
    """Pool adjacent violators: the closest non-decreasing sequence (isotonic regression).
    Blocks are kept as (sum, size), compared by cross-multiplication."""
    sums: list[float] = []
    sizes: list[int] = []
    for value in values:
        total, size = value, 1
        while sums and sums[-1] * size > total * sizes[-1]:
            total += sums.pop()
            size += sizes.pop()
        sums.append(total)
        sizes.append(size)
    out: list[float] = []
    for total, size in zip(sums, sizes):
        out.extend([total / size] * size)
    return out


def extract_tags(analyses: list[TextAnalysis], terms: list[np.ndarray], idf: np.ndarray, rarest: float,
                 curated_terms: np.ndarray, curated: dict[str, str]) -> list[tuple[tuple[str, float], ...]]:
    """Up to TAGS_PER_ARTICLE (name, weight) tags for each article: its terms of highest TF-IDF
    that other articles use too but not most of them (0 < idf < `rarest`). A Latin name of
    several words stands in for its words; Latin words only count when the article spells them
    as a name. `curated_terms` marks (by term number) the terms a person uses as tags.
    Vectorised over all the articles; each article's result depends only on its own terms."""
    if not analyses:
        return []
    sizes = np.array([len(t) for t in terms], dtype=np.int64)
    term = np.concatenate(terms) if sizes.sum() else np.zeros(0, np.int64)
    counts = np.concatenate([np.asarray(a.counts, dtype=np.float64) for a in analyses]) if sizes.sum() else np.zeros(0)
    eligible = np.concatenate([tag_candidates(a) for a in analyses]) if sizes.sum() else np.zeros(0, bool)
    owner = np.repeat(np.arange(len(analyses)), sizes)
    position = np.arange(len(term)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    term_idf = idf[term]
    weight = (1 + np.log(np.maximum(counts, 1))) * term_idf
    boosted = curated_terms[term] if len(curated_terms) else np.zeros(len(term), bool)
    weight = np.where(boosted, weight * CURATED_TAG_BOOST, weight)
    ok = eligible & (term_idf > 0) & (term_idf < rarest)
    owner, position, weight = owner[ok], position[ok], weight[ok]
    # Only an article's TAGS_PER_ARTICLE best terms (and those tied with the last of them) can
    # be tags: find each article's cut-off weight on a padded grid, keep what reaches it, and
    # sort only that. Entries are grouped by article.
    if len(owner):
        starts = np.searchsorted(owner, np.arange(len(analyses)))
        column = np.arange(len(owner)) - starts[owner]
        grid = np.full((len(analyses), int(column.max()) + 1), -np.inf)
        grid[owner, column] = weight
        if grid.shape[1] > TAGS_PER_ARTICLE:
            cutoff = -np.partition(-grid, TAGS_PER_ARTICLE - 1, axis=1)[:, TAGS_PER_ARTICLE - 1]
        else:
            cutoff = grid.min(axis=1)
        near = weight >= cutoff[owner]
        owner, position, weight = owner[near], position[near], weight[near]
    order = np.lexsort((position, -weight, owner))
    owner, position, weight = owner[order], position[order], weight[order]
    rank = np.arange(len(owner)) - np.searchsorted(owner, owner)
    groups = np.arange(len(analyses))
    first = np.minimum(np.searchsorted(owner, groups), max(len(owner) - 1, 0))
    best = np.zeros(len(analyses))
    if len(owner):
        has = owner[first] == groups
        best[has] = weight[first[has]]
    keep = (rank < TAGS_PER_ARTICLE) & (best[owner] > 0) & (weight >= best[owner] * MIN_TAG_SHARE)
    owner, position, weight = owner[keep], position[keep], weight[keep]
    shares = np.round(weight / best[owner], 2)
    found: list[list[tuple[str, float]]] = [[] for _ in analyses]
    spelled: dict[int, dict[str, str]] = {}
    for row, at, share in zip(owner.tolist(), position.tolist(), shares.tolist()):
        analysis = analyses[row]
        name = analysis.terms[at]
        if row not in spelled:
            spelled[row] = dict(analysis.spellings)
        found[row].append((curated.get(name) or spelled[row].get(name, name), share))
    return [tuple(tags) for tags in found]
