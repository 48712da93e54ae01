"""Every row's most similar other rows at once: the full computation of the neighbour lists
(digest.index.neighbours) on large sites, compiled with numba.

For each row, one pass over the postings of its terms adds every similarity into a dense row of
integers, and one scan of that row keeps the best `count` (equal similarities by rank). The sums
are the same integers the sparse matrix product gives, and the order is `select_top`'s, so the
lists are exactly the same; what goes is the sparse product's two passes and intermediate matrix
per block of rows, and the partition of a dense block of similarities: ~5x less CPU at 10,000 and
30,000 articles (bench/README.md). The work is still every pair of articles that share a term
(on the benchmark corpus about half of all pairs): the lists of a corpus with few close pairs
leave nothing that bounds on the weights could skip.

numba takes ~1-2 s to load and to read its compiled code (cached beside this module), so the
sparse products stay the way for smaller sites (`COMPILED_FROM`) and for incremental updates.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import scipy.sparse as sp

COMPILED_FROM = 12_000  # rows from which the compiled pass saves more than loading numba costs


def usable(rows: int) -> bool:
    """Whether to compute `rows` lists with the compiled pass (numba installed and worth its load)."""
    if rows < COMPILED_FROM:
        return False
    try:
        _kernel()
    except ImportError:  # pragma: no cover - numba is a dependency; a platform without it falls back
        return False
    return True


def top_rows_task(matrix: sp.csr_matrix, transposed: sp.csr_matrix, rank: np.ndarray, count: int,
                  lists: np.ndarray, sims: np.ndarray) -> Callable[[int, int], None]:
    """A function that fills `lists[first:last]` and `sims[first:last]` (best first, -1 / 0
    padded) with the `count` rows of highest positive similarity to each of those rows, other
    than itself; every row of `matrix` is live. It releases the GIL: call it from threads on
    disjoint ranges."""
    kernel = _kernel()
    rank = np.ascontiguousarray(rank, dtype=np.int64)
    arrays = (matrix.indptr, matrix.indices, matrix.data, transposed.indptr, transposed.indices, transposed.data)

    def task(first: int, last: int) -> None:
        kernel(first, last, *arrays, rank, count, lists, sims)

    return task


def _kernel():
    from digest.index import compiled  # loads numba: only here

    return compiled.top_rows
