"""Every row's most similar other rows at once: the full computation of the neighbour lists
(digest.index.neighbours) on large sites, compiled with numba (digest.index.compiled).

Each pair of rows is compared once, by the row that comes first: one pass over the postings of
its terms after itself adds its similarity to every later row into a dense row of integers, and
one scan of that row offers each later row to its list and itself to the later row's list, when
it reaches the least similarity that list can still take. The sums are the integers the sparse
matrix product gives and the lists keep `select_top`'s order (equal similarities by rank), so
they are exactly the same; what goes is comparing every pair twice, the sparse product's two
passes and intermediate matrix per block of rows, and the partition of a dense block of
similarities: 4-5x less CPU at 10,000 to 30,000 articles, 9x at 100,000 (bench/README.md). The work is still
every pair of articles that share a term (about half of all pairs on the benchmark corpus):
on a corpus whose nearest articles are barely closer than the rest (there, the 20th similarity
is ~0.06-0.09 and one shared term adds ~0.005), bounds on the weights skip almost nothing.

numba takes ~1-2 s to load and to read its compiled code (cached beside digest.index.compiled),
so smaller sites (`COMPILED_FROM`) and incremental updates keep the sparse products.
"""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import scipy.sparse as sp

COMPILED_FROM = 12_000  # rows from which the compiled pass saves more than loading numba costs
BLOCK = 256  # rows given to one thread at a time (in turn, so that each thread gets early and late rows)


def usable(rows: int) -> bool:
    """Whether to compute `rows` lists with the compiled pass (numba installed and worth its load)."""
    if rows < COMPILED_FROM:
        return False
    try:
        _compiled()
    except ImportError:  # pragma: no cover - numba is a dependency; a platform without it falls back
        return False
    return True


def start(matrix: sp.csr_matrix, transposed: sp.csr_matrix, rank: np.ndarray, count: int,
          lists: np.ndarray, sims: np.ndarray, threads: int) -> Callable[[], None]:
    """Start filling `lists[:n]` and `sims[:n]` (-1 / 0, best first) with the `count` rows of
    highest positive similarity to each row of `matrix` (n rows, every one live), other than
    itself, equal similarities by `rank`; on `threads` threads (the compiled code releases the
    GIL). Returns the function that waits for them."""
    compiled = _compiled()
    n = matrix.shape[0]
    transposed = transposed if transposed.has_sorted_indices else transposed.sorted_indices()
    rank = np.ascontiguousarray(rank[:n], dtype=np.int64)
    lists[:n], sims[:n] = -1, 0
    # Thread 0 fills the caller's lists; each other thread its own, merged in at the end.
    own = [(lists, sims)] + [(np.full((n, count), -1, np.int64), np.zeros((n, count), np.int64)) for _ in range(threads - 1)]
    starts = np.arange(0, n, BLOCK, dtype=np.int64)
    arrays = (matrix.indptr, matrix.indices, matrix.data, transposed.indptr, transposed.indices, transposed.data)
    pool = ThreadPoolExecutor(threads)
    futures = [pool.submit(compiled.top_pairs, np.ascontiguousarray(starts[j::threads]), BLOCK, *arrays, rank, count, *own[j]) for j in range(threads)]

    def finish() -> None:
        try:
            for future in futures:
                future.result()
        finally:
            pool.shutdown()
        for index, similarities in own[1:]:
            compiled.merge_lists(lists[:n], sims[:n], index, similarities, rank)

    return finish


def _compiled():
    from digest.index import compiled  # loads numba: only here

    return compiled
