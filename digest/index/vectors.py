"""TF-IDF vectors with exact integer weights: the term table (term hash -> number, document
frequency), idf from bucketed counts, and unit vectors scaled to integers. Why buckets and
integers: see digest.index.neighbours, which compares the vectors."""
from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

SCALE = 1024  # a unit vector's weights as integers: similarities are exact, 1.0 == SCALE**2
# Weights below this (of a unit vector) are dropped: they cost most of the pairwise work (the
# terms many articles share) and change no measured result (bench/index_quality.py).
MIN_WEIGHT = 0.05
COMMON_SHARE = 0.5  # a term in more than half the articles says nothing about any of them
COMMON_MIN_ARTICLES = 64  # ... once there are enough articles to tell

NORM_STEPS = 128  # steps per doubling of a vector's rounded norm (see unit_vectors)


def reference_count(articles: int) -> int:
    """The article count document frequencies are measured against: a power of two."""
    return 2 ** math.ceil(math.log2(max(articles, 2)))


def bucketed_df(df: np.ndarray) -> np.ndarray:
    """Document frequencies rounded down to half-octave buckets (1, 1.41, 2, 2.83, 4, ...)."""
    return np.exp2(np.floor(2 * np.log2(np.maximum(df, 1)) + 1e-9) / 2)


def bucketed_idf(df: np.ndarray, reference: int) -> np.ndarray:
    """Inverse document frequency from bucketed counts (see the module notes); 0 for a term
    no article has."""
    rounded_df = bucketed_df(df)
    idf = np.log((reference + 1) / (rounded_df + 1)) + 1
    if reference >= COMMON_MIN_ARTICLES:
        idf[rounded_df > reference * COMMON_SHARE] = 0.0
    idf[df <= 0] = 0.0
    return idf


class TermTable:
    """Term keys (uint64) numbered in order of first appearance; document frequency and idf of
    each. Numbers are never reused, so they stay valid across updates."""

    def __init__(self) -> None:
        self.number: dict[int, int] = {}
        self.keys = np.zeros(0, dtype=np.uint64)
        self.df = np.zeros(0, dtype=np.int64)
        self.idf = np.zeros(0, dtype=np.float64)
        self.size = 0

    @classmethod
    def from_keys(cls, keys: np.ndarray) -> tuple[TermTable, np.ndarray]:
        """A table of every key in `keys` (one entry per term of every document), and the term
        number of each entry (int32)."""
        table = cls()
        unique, inverse = _unique_inverse(keys)
        table.number = dict(zip(unique.tolist(), range(len(unique))))
        table.keys = unique
        table.size = len(unique)
        table.df = np.zeros(len(unique), dtype=np.int64)
        table.idf = np.zeros(len(unique), dtype=np.float64)
        return table, inverse.astype(np.int32).ravel()  # (a site's rows keep these: 4 bytes a term)

    def ids(self, keys: np.ndarray) -> np.ndarray:
        """Term numbers of `keys`, numbering the ones not seen before."""
        number = self.number
        out = np.empty(len(keys), dtype=np.int64)
        fresh = []
        for i, key in enumerate(keys.tolist()):
            found = number.get(key)
            if found is None:
                found = number[key] = self.size + len(fresh)
                fresh.append(key)
            out[i] = found
        if fresh:
            self._grow(self.size + len(fresh))
            self.keys[self.size:self.size + len(fresh)] = np.array(fresh, dtype=np.uint64)
            self.size += len(fresh)
        return out

    def _grow(self, size: int) -> None:
        if size <= len(self.keys):
            return
        capacity = max(size, 2 * len(self.keys), 1024)
        for name in ("keys", "df", "idf"):
            old = getattr(self, name)
            new = np.zeros(capacity, dtype=old.dtype)
            new[:len(old)] = old
            setattr(self, name, new)

    def known(self, keys: Iterable[int]) -> list[int]:
        """Term numbers of those keys the table has."""
        return [n for n in (self.number.get(k) for k in keys) if n is not None]


def _unique_inverse(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(keys, return_inverse=True) for uint64 hashes, ten times faster: a plain sort
    gives the unique keys; a direct-address table on the top bits numbers most entries, and a
    binary search the few whose slot several keys share."""
    if not len(keys):
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    ordered = np.sort(keys)
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    unique = ordered[first]
    bits = 20
    slot_of_unique = (unique >> np.uint64(64 - bits)).astype(np.int64)
    sharing = np.bincount(slot_of_unique, minlength=1 << bits)
    table = np.full(1 << bits, -1, dtype=np.int64)
    alone = sharing[slot_of_unique] == 1
    table[slot_of_unique[alone]] = np.flatnonzero(alone)
    inverse = table[(keys >> np.uint64(64 - bits)).astype(np.int64)]
    shared = inverse < 0
    if shared.any():
        inverse[shared] = np.searchsorted(unique, keys[shared])
    return unique, inverse


def unit_vectors(term_ids: np.ndarray, logtf: np.ndarray, sizes: np.ndarray,
                 idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For the concatenated terms of several documents (`sizes` terms each): the quantised unit
    TF-IDF weight of every entry and whether it is kept. Each document's result depends only on
    its own entries, computed the same way whatever else is in the batch."""
    owner = np.repeat(np.arange(len(sizes)), sizes)
    weights = logtf * idf[term_ids]
    norms = np.sqrt(np.bincount(owner, weights=weights * weights, minlength=len(sizes)))
    # The norm is rounded to a step of 2**(1/NORM_STEPS) (0.54 %): when the idf of a common
    # term moves, the norms of the articles that have it move far less than that, so most of
    # their vectors stay exactly as they were (and need no new similarities).
    norms = np.where(norms > 0, np.exp2(np.round(np.log2(np.where(norms > 0, norms, 1)) * NORM_STEPS) / NORM_STEPS), 1)
    unit = weights / norms[owner]
    return np.rint(unit * SCALE).astype(np.int32), unit >= MIN_WEIGHT
