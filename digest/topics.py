"""Topics and tags for articles whose front matter has none, learned from the site itself.

Topics: every declared topic gets a centroid, the sum of the TF-IDF vectors of the articles a
person filed under it plus its name and keywords (a prior worth PRIOR_ARTICLES articles, which
is all there is until articles carry the topic). An article without topics gets the topic of the
nearest centroid, with a confidence learned from the curator's own articles: each of them is
classified as if it had no topics (leave-one-out, exact and cheap for centroids), and the share
of them classified right at a given margin over the runner-up is the confidence of that margin.
Below MIN_CONFIDENCE the article gets no topic.

Tags: the article's highest-weighted terms that other articles use too, spelled as the curator
spells them when a person already made them a tag.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
import scipy.sparse as sp

from digest.analysis import TextAnalysis, analyze
from digest.config import Topic
from digest.neighbours import SCALE

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


def assign_topics(keys: list[str], matrix: sp.csr_matrix, columns: np.ndarray,
                  manual: dict[str, tuple[str, ...]], declared: tuple[Topic, ...],
                  idf: dict[int, float]) -> dict[str, Guess]:
    """A topic guess for every article (row of `matrix`, named by `keys`) that has no manual
    topics, unless digest is not sure enough. `columns` are the term keys of the columns."""
    if not declared or not keys:
        return {}
    names = [topic.name for topic in declared]
    docs = matrix.astype(np.float64) / SCALE
    labels = _label_matrix(keys, manual, names)
    sums = (labels.T @ docs).toarray() + PRIOR_ARTICLES * _prior_matrix(declared, idf, columns)
    dots = np.asarray(docs @ sums.T)  # article . topic sum (articles x topics)
    norms = np.linalg.norm(sums, axis=1)
    scores = dots / np.where(norms > 0, norms, 1)
    calibrate = _calibration(_leave_one_out(docs, labels, dots, norms), labels)
    guesses = {}
    for row, key in enumerate(keys):
        if manual.get(key):
            continue
        best, margin = _best_and_margin(scores[row])
        confidence = round(calibrate(margin), 2) if scores[row, best] > 0 else 0.0
        if confidence >= MIN_CONFIDENCE:
            guesses[key] = Guess(names[best], confidence)
    return guesses


def _label_matrix(keys: list[str], manual: dict[str, tuple[str, ...]], names: list[str]) -> sp.csr_matrix:
    position = {name: i for i, name in enumerate(names)}
    pairs = [(row, position[name]) for row, key in enumerate(keys)
             for name in manual.get(key, ()) if name in position]
    data = np.ones(len(pairs))
    rows = [r for r, _ in pairs]
    cols = [c for _, c in pairs]
    return sp.csr_matrix((data, (rows, cols)), shape=(len(keys), len(names)))


def _prior_matrix(declared: tuple[Topic, ...], idf: dict[int, float], columns: np.ndarray) -> np.ndarray:
    """Each topic's name, description and keywords as a unit vector over the site's terms."""
    prior = np.zeros((len(declared), len(columns)))
    for row, topic in enumerate(declared):
        words = analyze(" ".join((topic.name,) + topic.keywords), topic.description)
        at = np.searchsorted(columns, words.hashes)
        for column, key, count in zip(at.tolist(), words.hashes.tolist(), words.counts):
            if column < len(columns) and int(columns[column]) == key:
                prior[row, column] = (1 + np.log(count)) * idf.get(key, 0.0)
        norm = np.linalg.norm(prior[row])
        if norm:
            prior[row] /= norm
    return prior


def _leave_one_out(docs: sp.csr_matrix, labels: sp.csr_matrix, dots: np.ndarray, norms: np.ndarray) -> np.ndarray:
    """Scores of the labelled articles against centroids that leave the article itself out:
    |s - x|^2 = |s|^2 - 2 x.s + |x|^2, so no centroid is rebuilt."""
    self_norm2 = np.asarray(docs.multiply(docs).sum(axis=1)).ravel()
    own = labels.toarray() > 0
    reduced = np.sqrt(np.maximum(norms[None, :] ** 2 - 2 * dots + self_norm2[:, None], 0))
    adjusted_dots = dots - self_norm2[:, None]
    loo_dots = np.where(own, adjusted_dots, dots)
    loo_norms = np.where(own, reduced, norms[None, :])
    return loo_dots / np.where(loo_norms > 0, loo_norms, 1)


def _best_and_margin(scores: np.ndarray) -> tuple[int, float]:
    """The best topic (the first of equals) and its relative lead over the runner-up."""
    best = int(np.argmax(scores))
    top = scores[best]
    runner_up = np.max(np.delete(scores, best)) if len(scores) > 1 else 0.0
    return best, float((top - max(runner_up, 0.0)) / top) if top > 0 else 0.0


def _calibration(loo: np.ndarray, labels: sp.csr_matrix):
    """margin -> confidence, from how often the curator's own articles are classified right at
    that margin. Monotone: a larger lead is never less sure."""
    own = labels.toarray() > 0
    labelled = np.flatnonzero(own.any(axis=1))
    if len(labelled) < MIN_CALIBRATION:
        return lambda margin: float(min(max(margin, 0.0), 1.0))
    samples = sorted(
        (margin, bool(own[row, best]))
        for row in labelled.tolist()
        for best, margin in [_best_and_margin(loo[row])]
    )
    margins = np.array([m for m, _ in samples])
    right = _monotone([float(r) for _, r in samples])
    half = CALIBRATION_NEIGHBOURS // 2

    def confidence(margin: float) -> float:
        at = int(np.searchsorted(margins, margin, side="right"))
        window = right[max(0, at - half): at + half] or right[-1:]
        return float(sum(window) / len(window))

    return confidence


def _monotone(values: list[float]) -> list[float]:
    """Pool adjacent violators: the closest non-decreasing sequence (isotonic regression)."""
    blocks: list[list[float]] = []  # [mean, size]
    for value in values:
        blocks.append([value, 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, size = blocks.pop()
            blocks[-1] = [(blocks[-1][0] * blocks[-1][1] + mean * size) / (blocks[-1][1] + size), blocks[-1][1] + size]
    return [mean for mean, size in blocks for _ in range(int(size))]


def extract_tags(analysis: TextAnalysis, idf: dict[int, float], df_ok: Callable[[int], bool],
                 curated: dict[str, str]) -> tuple[tuple[str, float], ...]:
    """Up to TAGS_PER_ARTICLE (name, weight) tags for an article: its terms of highest TF-IDF
    that `df_ok` accepts (used by other articles, not by most). A Latin name of several words
    stands in for its words; Latin words only count when the article spells them as a name."""
    spelled = dict(analysis.spellings)
    in_names = {word for term in analysis.terms if " " in term for word in term.split()}
    scored = []
    for term, count, key in zip(analysis.terms, analysis.counts, analysis.hashes.tolist()):
        if term in in_names or not df_ok(key) or (term.isascii() and term not in spelled):
            continue
        weight = (1 + np.log(count)) * idf.get(key, 0.0)
        if term in curated:
            weight *= CURATED_TAG_BOOST
        scored.append((weight, term))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if not scored or scored[0][0] <= 0:
        return ()
    best = scored[0][0]
    return tuple(
        (curated.get(term) or spelled.get(term, term), round(float(weight / best), 2))
        for weight, term in scored[:TAGS_PER_ARTICLE]
        if weight >= best * MIN_TAG_SHARE
    )
