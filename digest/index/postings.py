"""Which rows have a term (part of the index state: when a term's idf moves, those rows'
vectors may move with it), and the damped term frequencies the vectors are made of."""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from digest.index.rows import Rows

POSTINGS_STALE_SHARE = 0.05  # rebuild the postings once this share of rows changed terms


def log_tf(counts) -> np.ndarray:
    """Damped term frequencies: a word said ten times is not ten times the subject."""
    return 1 + np.log(np.maximum(np.asarray(counts, dtype=np.float64), 1))


class Postings:
    """Term -> rows, for the rows not in `stale` (whose terms changed since it was built).
    Built when first needed, not by a full computation (which needs no look-up), and not
    saved: rebuilding it is cheaper than storing it."""

    def __init__(self) -> None:
        self.matrix: sp.csr_matrix | None = None
        self.stale: set[int] = set()

    def __getstate__(self) -> dict:
        return {"matrix": None, "stale": set()}

    def mark(self, row: int) -> None:
        self.stale.add(row)

    def rows_with(self, terms: np.ndarray, rows: Rows, width: int) -> set[int]:
        """Live rows whose analysis has any of `terms`."""
        if not len(terms):
            return set()
        found: set[int] = set()
        if self.matrix is None:
            self.rebuild(rows, width)
        if self.matrix is not None:
            known = terms[terms < self.matrix.shape[0]]
            if len(known):
                found = set(np.unique(self.matrix[known].indices).tolist()) - self.stale
        for row in self.stale:
            if rows.slug[row] is not None and np.isin(rows.terms[row], terms).any():
                found.add(row)
        return {row for row in found if rows.slug[row] is not None}

    def rebuild_if_stale(self, rows: Rows, width: int) -> None:
        """Checking stale rows one by one costs more than a rebuild, past a few."""
        if len(self.stale) > POSTINGS_STALE_SHARE * len(rows) + 16:
            self.rebuild(rows, width)

    def rebuild(self, rows: Rows, width: int) -> None:
        live = [t for t, slug in zip(rows.terms, rows.slug) if slug is not None]
        sizes = np.array([len(t) if slug is not None else 0 for t, slug in zip(rows.terms, rows.slug)], dtype=np.int64)
        terms = np.concatenate(live or [np.zeros(0, np.int64)])
        indptr = np.concatenate([[0], np.cumsum(sizes)])
        by_row = sp.csr_matrix((np.ones(len(terms), dtype=np.int8), terms.astype(np.int32), indptr),
                               shape=(max(len(rows), 1), max(width, 1)))
        self.matrix = by_row.T.tocsr()
        self.stale = set()
