"""Content similarity: TF-IDF vectors of every article and, for each, its most similar others.

Two choices make an incremental update give exactly what a full build gives:

* Document frequencies are counted in half-octave buckets (1, 2, 3, 4-5, 6-7, 8-11, ...) against
  the article count rounded up to a power of two. Adding or editing one article then changes the
  weights of a term only when its count crosses a bucket edge, so few other vectors change.
* Weights are integers (unit vectors scaled by 1024), so a similarity is an exact integer sum:
  it does not depend on the order the sums were taken in, nor on the machine.

`NeighbourGraph.update` recomputes the similarity rows of the articles whose vectors changed and
patches every other article's list with those rows; a list is recomputed in full only when the
patch cannot prove it exact.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

SCALE = 1024  # a unit vector's weights as integers: similarities are exact, 1.0 == SCALE**2
MIN_WEIGHT = 0.04  # weights below this (of a unit vector) are dropped: they only cost time
COMMON_SHARE = 0.5  # a term in more than half the articles says nothing about any of them
COMMON_MIN_ARTICLES = 64  # ... once there are enough articles to tell
BLOCK_ROWS = 512  # similarity rows computed at once: ~20 MB of scratch at 10,000 articles


@dataclass(frozen=True)
class DocTerms:
    """What the vectors need from one article's analysis."""

    hashes: np.ndarray  # uint64 term keys
    counts: np.ndarray  # float64 occurrences (title weighted)


@dataclass(frozen=True)
class Vector:
    hashes: np.ndarray  # uint64 term keys, ascending
    weights: np.ndarray  # int32 quantised weights
    fingerprint: int  # of the idf of every term of the document, the dropped ones too

    def same_as(self, other: Vector | None) -> bool:
        return (other is not None and self.fingerprint == other.fingerprint
                and np.array_equal(self.hashes, other.hashes) and np.array_equal(self.weights, other.weights))


def bucketed_idf(df: np.ndarray, articles: int) -> np.ndarray:
    """Inverse document frequency from bucketed counts (see the module notes)."""
    reference = 2 ** math.ceil(math.log2(max(articles, 2)))
    bucket = np.floor(2 * np.log2(np.maximum(df, 1)) + 1e-9)
    rounded_df = np.exp2(bucket / 2)
    idf = np.log((reference + 1) / (rounded_df + 1)) + 1
    if reference >= COMMON_MIN_ARTICLES:
        idf[rounded_df > reference * COMMON_SHARE] = 0.0
    return idf


def compute_vectors(docs: list[DocTerms]) -> tuple[list[Vector], dict[int, float]]:
    """Unit TF-IDF vectors of all documents, quantised; also the idf of every term (by key)."""
    if not docs:
        return [], {}
    sizes = np.array([len(d.hashes) for d in docs], dtype=np.int64)
    keys = np.concatenate([d.hashes for d in docs]) if sizes.sum() else np.zeros(0, np.uint64)
    counts = np.concatenate([d.counts for d in docs]) if sizes.sum() else np.zeros(0)
    unique, inverse = np.unique(keys, return_inverse=True)
    idf = bucketed_idf(np.bincount(inverse, minlength=len(unique)), len(docs))
    weights = (1 + np.log(np.maximum(counts, 1))) * idf[inverse]
    owner = np.repeat(np.arange(len(docs)), sizes)
    norms = np.sqrt(np.bincount(owner, weights=weights * weights, minlength=len(docs)))
    unit = weights / np.where(norms > 0, norms, 1)[owner]
    quantised = np.rint(unit * SCALE).astype(np.int32)
    keep = unit >= MIN_WEIGHT
    # Wrapping uint64 sums of (term key x idf bits): equal fingerprints, equal idfs (in practice).
    with np.errstate(over="ignore"):
        mixed = keys * (idf[inverse].view(np.uint64) | np.uint64(1))
    fingerprints = _per_doc_sums(mixed, sizes)
    vectors = []
    start = 0
    for number, size in enumerate(sizes.tolist()):
        end = start + size
        part = slice(start, end)
        mask = keep[part]
        vectors.append(Vector(keys[part][mask], quantised[part][mask], int(fingerprints[number])))
        start = end
    return vectors, dict(zip(unique.tolist(), idf.tolist()))


def _per_doc_sums(values: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Wrapping uint64 sum of each document's values (0 for a document without terms)."""
    sums = np.zeros(len(sizes), dtype=np.uint64)
    present = sizes > 0
    if present.any():
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        sums[present] = np.add.reduceat(values, starts[present])
    return sums


def vector_matrix(vectors: list[Vector]) -> tuple[sp.csr_matrix, np.ndarray]:
    """Rows are documents, columns are terms; also the term key of each column (ascending)."""
    sizes = np.array([len(v.hashes) for v in vectors], dtype=np.int64)
    if not len(vectors) or not sizes.sum():
        return sp.csr_matrix((len(vectors), 1), dtype=np.int32), np.zeros(1, dtype=np.uint64)
    keys = np.concatenate([v.hashes for v in vectors])
    unique, columns = np.unique(keys, return_inverse=True)
    indptr = np.concatenate([[0], np.cumsum(sizes)])
    data = np.concatenate([v.weights for v in vectors])
    matrix = sp.csr_matrix((data, columns.astype(np.int32), indptr), shape=(len(vectors), len(unique)))
    matrix.sort_indices()
    return matrix, unique


def top_neighbours(matrix: sp.csr_matrix, transposed: sp.csr_matrix, rows: np.ndarray,
                   count: int) -> tuple[np.ndarray, np.ndarray]:
    """For each of `rows`, the `count` other rows of highest similarity (positive only), best
    first; equal similarities in row order. Returns (indices, similarities), -1/0 padded."""
    total = matrix.shape[0]
    out_index = np.full((len(rows), count), -1, dtype=np.int64)
    out_sim = np.zeros((len(rows), count), dtype=np.int64)
    if total < 2 or count == 0:
        return out_index, out_sim
    take = min(count, total - 1)
    for start in range(0, len(rows), BLOCK_ROWS):
        block = rows[start:start + BLOCK_ROWS]
        sims = (matrix[block] @ transposed).toarray().astype(np.int64)
        sims[np.arange(len(block)), block] = 0
        # One key per cell, unique within a row: higher similarity first, then lower index.
        keys = sims * total + (total - 1 - np.arange(total))
        keys[sims <= 0] = -1
        best = np.argpartition(-keys, take - 1, axis=1)[:, :take] if take < total else np.argsort(-keys, axis=1)[:, :take]
        best_keys = np.take_along_axis(keys, best, axis=1)
        order = np.argsort(-best_keys, axis=1)
        best = np.take_along_axis(best, order, axis=1)
        best_sims = np.take_along_axis(sims, best, axis=1)
        valid = np.take_along_axis(best_keys, order, axis=1) >= 0
        out_index[start:start + len(block), :take] = np.where(valid, best, -1)
        out_sim[start:start + len(block), :take] = np.where(valid, best_sims, 0)
    return out_index, out_sim


class NeighbourGraph:
    """Each document's `count` most similar others, kept up to date as documents change.

    Documents are named by unique keys (slugs); ties in similarity go to the smaller key, so the
    lists are a pure function of the current documents, however they were reached.
    """

    def __init__(self, count: int):
        self.count = count
        self.keys: list[str] = []  # sorted
        self.vectors: dict[str, Vector] = {}
        self.idf: dict[int, float] = {}
        self.lists: dict[str, list[tuple[int, str]]] = {}  # key -> [(similarity, other key)], best first
        self.matrix = sp.csr_matrix((0, 1), dtype=np.int32)  # rows: self.keys; columns: terms
        self.columns = np.zeros(1, dtype=np.uint64)  # the term key of each column
        self.recomputed_rows = 0  # rows computed by the last update (for tests and benches)

    def update(self, docs: dict[str, DocTerms]) -> None:
        """Bring the graph to exactly the state a fresh graph over `docs` would have."""
        keys = sorted(docs)
        vectors, self.idf = compute_vectors([docs[key] for key in keys])
        new_vectors = dict(zip(keys, vectors))
        changed = {key for key in keys if not new_vectors[key].same_as(self.vectors.get(key))}
        gone = set(self.vectors) - set(new_vectors)
        self.keys, self.vectors = keys, new_vectors
        self.matrix, self.columns = vector_matrix(vectors)
        self._transposed = self.matrix.T.tocsr()
        self._position = {key: i for i, key in enumerate(keys)}
        if len(changed) * 3 > len(keys) or not self.lists:
            self.recomputed_rows = len(keys)
            self.lists = self._rows(keys)
            return
        self.recomputed_rows = len(changed)
        self.lists.update(self._rows(sorted(changed)))
        for key in gone:
            self.lists.pop(key, None)
        self._patch_others(changed, gone)

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two documents (exact, from the integer vectors)."""
        va, vb = self.vectors[a], self.vectors[b]
        _, ia, ib = np.intersect1d(va.hashes, vb.hashes, assume_unique=True, return_indices=True)
        return int(np.dot(va.weights[ia].astype(np.int64), vb.weights[ib].astype(np.int64))) / SCALE**2

    def _rows(self, keys: list[str]) -> dict[str, list[tuple[int, str]]]:
        rows = np.array([self._position[key] for key in keys], dtype=np.int64)
        index, sims = top_neighbours(self.matrix, self._transposed, rows, self.count)
        names = self.keys
        return {
            key: [(int(s), names[i]) for i, s in zip(index[n], sims[n]) if i >= 0]
            for n, key in enumerate(keys)
        }

    def _patch_others(self, changed: set[str], gone: set[str]) -> None:
        """Every unchanged document keeps its similarity to other unchanged ones; only its
        similarities to changed documents are new. Merge those into its list; when dropping a
        changed or removed member leaves it short of what a full row would give, recompute it."""
        stale = changed | gone
        floor = np.array([self._floor(key) for key in self.keys], dtype=np.int64)
        new_sims = self._sims_to(sorted(changed), floor)
        needs_row = []
        for key in self.keys:
            if key in changed:
                continue
            old = self.lists[key]
            offers = new_sims.get(key, [])
            if not offers and not any(other in stale for _, other in old):
                continue
            kept = [entry for entry in old if entry[1] not in stale]
            full = len(old) >= self.count
            worst = _rank(old[-1]) if full else None
            merged = sorted(kept + [o for o in offers if worst is None or _rank(o) < worst], key=_rank)
            if full and len(merged) < self.count:
                needs_row.append(key)  # someone unseen might now belong in the list
            else:
                self.lists[key] = merged[: self.count]
        if needs_row:
            self.recomputed_rows += len(needs_row)
            self.lists.update(self._rows(needs_row))

    def _floor(self, key: str) -> int:
        """The least similarity that can still enter a document's list."""
        entries = self.lists.get(key, ())
        return entries[-1][0] if len(entries) >= self.count else 1

    def _sims_to(self, changed: list[str], floor: np.ndarray) -> dict[str, list[tuple[int, str]]]:
        """For each document, its similarities to the changed ones that could enter its list (a
        similarity is symmetric and exact, so the changed rows give them all)."""
        offers: dict[str, list[tuple[int, str]]] = {}
        if not changed:
            return offers
        rows = np.array([self._position[key] for key in changed], dtype=np.int64)
        for start in range(0, len(rows), BLOCK_ROWS):
            block = (self.matrix[rows[start:start + BLOCK_ROWS]] @ self._transposed).tocoo()
            useful = (block.data > 0) & (block.data >= floor[block.col])
            for r, c, s in zip(block.row[useful].tolist(), block.col[useful].tolist(), block.data[useful].tolist()):
                offers.setdefault(self.keys[c], []).append((s, changed[start + r]))
        return offers


def _rank(entry: tuple[int, str]) -> tuple[int, str]:
    """Sort key of a list entry: higher similarity first, then the smaller key."""
    return (-entry[0], entry[1])
