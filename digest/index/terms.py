"""The indexed articles' terms: document frequencies, the TF-IDF vectors made from them, and
which rows have a term (when a term's idf moves, those rows' vectors may move with it)."""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from digest.index.state import IndexState
from digest.index.vectors import TermTable, bucketed_idf, unit_vectors


def count_terms(table: TermTable, reference: int, removed: list[np.ndarray], added: list[np.ndarray]) -> np.ndarray:
    """Update document frequencies; returns the terms whose idf changed."""
    gone = np.concatenate(removed) if removed else np.zeros(0, np.int64)
    new = np.concatenate(added) if added else np.zeros(0, np.int64)
    np.subtract.at(table.df, gone, 1)
    np.add.at(table.df, new, 1)
    touched = np.unique(np.concatenate([gone, new]))
    idf = bucketed_idf(table.df[touched], reference)
    changed = touched[idf != table.idf[touched]]
    table.idf[touched] = idf
    return changed


def vector_matrix(terms: np.ndarray, logtf: np.ndarray, sizes: np.ndarray, idf: np.ndarray,
                  width: int) -> sp.csr_matrix:
    """Every document's vector as a row (the documents' terms concatenated, `sizes` each)."""
    n = len(sizes)
    quantised, keep = unit_vectors(terms, logtf, sizes, idf)
    owner = np.repeat(np.arange(n), sizes)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(owner[keep], minlength=n))])
    return sp.csr_matrix((quantised[keep], terms[keep].astype(np.int32), indptr),
                         shape=(n, max(width, 1)), dtype=np.int32)


def vectors_of(state: IndexState, rows: list[int]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """The current vectors of `rows`, as (term numbers, weights)."""
    if not rows:
        return {}
    data = state.rows
    sizes = np.array([len(data.terms[row]) for row in rows], dtype=np.int64)
    terms = np.concatenate([data.terms[row] for row in rows])
    logtf = np.concatenate([state.logtf(row) for row in rows])
    quantised, keep = unit_vectors(terms, logtf, sizes, state.table.idf)
    out = {}
    start = 0
    for row, size in zip(rows, sizes.tolist()):
        part = slice(start, start + size)
        mask = keep[part]
        out[row] = (terms[part][mask], quantised[part][mask])
        start += size
    return out
