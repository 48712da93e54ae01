"""Content similarity: TF-IDF vectors of every article and, for each, its most similar others.

Three choices make an incremental update give exactly what a full build gives, cheaply:

* Document frequencies are counted in half-octave buckets (1, 2, 3, 4-5, 6-7, 8-11, ...) against
  the article count rounded up to a power of two. Adding or editing one article then changes the
  weights of a term only when its count crosses a bucket edge, so few other vectors change.
* Weights are integers (unit vectors scaled by 1024), so a similarity is an exact integer sum:
  it does not depend on the order the sums were taken in, nor on the machine.
* Rows keep their number between updates. The matrix of every vector is built once (`base`);
  vectors that changed since are kept beside it (`overlay`) and override their base row. Now and
  then the base is rebuilt from the current vectors, which changes no result.

`Similarity.update` recomputes the similarity rows of the articles whose vectors changed and
patches every other article's list with those rows (vectorised); a list is recomputed in full
only when the patch cannot prove it exact. Equal similarities go to the smaller slug.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import scipy.sparse as sp

from digest.forked import core_count
from digest.index import nearest
from digest.index.vectors import SCALE

BLOCK_ROWS = 256  # similarity rows computed at once: 10 MB of scratch per thread at 10,000 articles
REBASE_SHARE = 0.05  # rebuild the base matrix once this share of rows is overlaid


def thread_count() -> int:
    return max(1, min(core_count(), 8))


def select_top(sims: np.ndarray, rank: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """For each row of dense similarities (self and dead rows already 0), the `count` columns of
    highest positive similarity, best first, equal ones by `rank` (slug order). Returns
    (columns, similarities), -1/0 padded."""
    rows, width = sims.shape
    out_index = np.full((rows, count), -1, dtype=np.int64)
    out_sim = np.zeros((rows, count), dtype=np.int64)
    if rows == 0 or width == 0 or count == 0:
        return out_index, out_sim
    if width > count:
        kth = np.partition(sims, width - count, axis=1)[:, width - count]
    else:
        kth = sims.min(axis=1)
    threshold = np.maximum(kth, 1)
    r, c = np.nonzero(sims >= threshold[:, None])
    s = sims[r, c].astype(np.int64)
    order = np.lexsort((rank[c], -s, r))
    r, c, s = r[order], c[order], s[order]
    position = np.arange(len(r)) - np.searchsorted(r, r)
    keep = position < count
    out_index[r[keep], position[keep]] = c[keep]
    out_sim[r[keep], position[keep]] = s[keep]
    return out_index, out_sim


class Similarity:
    """Vectors by row, and each live row's `count` most similar other rows.

    `lists` / `sims` hold the neighbour rows and similarities (-1 / 0 padded), best first."""

    def __init__(self, count: int):
        self.count = count
        self.rows = 0  # rows in use (live or dead)
        self.columns = 0  # term numbers covered by the base
        self.base = sp.csr_matrix((0, 0), dtype=np.int32)
        self.base_t = sp.csr_matrix((0, 0), dtype=np.int32)
        self.overlay: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # row -> (terms, weights)
        self._overlay_cache: sp.csr_matrix | None = None
        self.terms = 0  # term numbers in use (the width of every vector)
        self.live = np.zeros(0, dtype=bool)
        self.rank = np.zeros(0, dtype=np.int64)
        self.lists = np.zeros((0, count), dtype=np.int64)
        self.sims = np.zeros((0, count), dtype=np.int64)
        self.recomputed_rows = 0  # rows computed by the last update (for tests and benches)

    # Vectors ------------------------------------------------------------------------------
    def vector(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        found = self.overlay.get(row)
        if found is not None:
            return found
        if row >= self.base.shape[0]:
            return np.zeros(0, np.int64), np.zeros(0, np.int32)
        start, end = self.base.indptr[row], self.base.indptr[row + 1]
        return self.base.indices[start:end].astype(np.int64), self.base.data[start:end]

    def set_base(self, matrix: sp.csr_matrix) -> None:
        self.base = matrix
        self.base_t = matrix.T.tocsr()
        self.columns = matrix.shape[1]
        self.terms = max(self.terms, self.columns)
        self.overlay = {}
        self._overlay_cache = None

    def rebase(self, terms: int) -> None:
        """Rebuild the base from the current vectors (no result changes)."""
        base_rows = self.base.shape[0]
        sizes = np.zeros(self.rows, dtype=np.int64)
        sizes[:base_rows] = np.diff(self.base.indptr)
        keep = np.ones(base_rows, dtype=bool)
        overlaid = sorted(self.overlay)
        for row in overlaid:
            sizes[row] = len(self.overlay[row][0])
            if row < base_rows:
                keep[row] = False
        owner = np.repeat(np.arange(base_rows), np.diff(self.base.indptr))
        kept = keep[owner]
        rows = [owner[kept]] + [np.full(len(self.overlay[r][0]), r, dtype=np.int64) for r in overlaid]
        indices = [self.base.indices[kept].astype(np.int64)] + [self.overlay[r][0] for r in overlaid]
        data = [self.base.data[kept]] + [self.overlay[r][1].astype(np.int32) for r in overlaid]
        owner_all = np.concatenate(rows)
        order = np.argsort(owner_all, kind="stable")
        indptr = np.concatenate([[0], np.cumsum(sizes)])
        matrix = sp.csr_matrix((np.concatenate(data)[order], np.concatenate(indices)[order].astype(np.int32), indptr),
                               shape=(self.rows, max(terms, 1)))
        self.set_base(matrix)

    def _ensure_rows(self, rows: int) -> None:
        if rows <= len(self.live):
            self.rows = max(self.rows, rows)
            return
        capacity = max(rows, 2 * len(self.live), 64)
        live = np.zeros(capacity, dtype=bool)
        live[:len(self.live)] = self.live
        rank = np.zeros(capacity, dtype=np.int64)
        rank[:len(self.rank)] = self.rank
        lists = np.full((capacity, self.count), -1, dtype=np.int64)
        lists[:len(self.lists)] = self.lists
        sims = np.zeros((capacity, self.count), dtype=np.int64)
        sims[:len(self.sims)] = self.sims
        self.live, self.rank, self.lists, self.sims = live, rank, lists, sims
        self.rows = rows

    # Full computation ---------------------------------------------------------------------
    def compute_all(self, matrix: sp.csr_matrix, rank: np.ndarray, background: bool = False):
        """Every row of `matrix` is a live document; compute every list (on all cores: the
        compiled pass of digest.index.nearest on large sites, else blocks of rows, whose sparse
        products and selections release the GIL). With `background`,
        return at once a function that waits for the lists: the caller can do other work
        meanwhile (the base matrix is already in place)."""
        rows = matrix.shape[0]
        self.rows = 0
        self.live = np.zeros(0, dtype=bool)
        self.rank = np.zeros(0, dtype=np.int64)
        self.lists = np.zeros((0, self.count), dtype=np.int64)
        self.sims = np.zeros((0, self.count), dtype=np.int64)
        self._ensure_rows(rows)
        self.live[:rows] = True
        self.rank[:rows] = rank
        self.set_base(matrix)
        self.recomputed_rows = rows
        if nearest.usable(rows):
            finish = nearest.start(self.base, self.base_t, self.rank, self.count, self.lists, self.sims, thread_count())
        elif not background:
            self._compute_rows(np.arange(rows))
            return None
        else:
            blocks = [np.arange(i, min(i + BLOCK_ROWS, rows)) for i in range(0, rows, BLOCK_ROWS)]
            pool = ThreadPoolExecutor(thread_count())
            futures = [pool.submit(self._block, block) for block in blocks]

            def finish() -> None:
                try:
                    for block, future in zip(blocks, futures):
                        self.lists[block], self.sims[block] = future.result()
                finally:
                    pool.shutdown()

        if not background:
            finish()
            return None
        return finish

    def _compute_rows(self, rows: np.ndarray) -> None:
        """Recompute the lists of `rows` in full."""
        blocks = [rows[i:i + BLOCK_ROWS] for i in range(0, len(rows), BLOCK_ROWS)]
        threads = thread_count()
        if threads > 1 and len(blocks) > 1:
            with ThreadPoolExecutor(threads) as pool:
                results = list(pool.map(self._block, blocks))
        else:
            results = [self._block(block) for block in blocks]
        for block, (index, sims) in zip(blocks, results):
            self.lists[block] = index
            self.sims[block] = sims

    def _block(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        sims = self.similarities(rows)
        return select_top(sims, self.rank[:self.rows], self.count)

    def similarities(self, rows: np.ndarray) -> np.ndarray:
        """Dense int32 similarities of `rows` to every row (0 to themselves and to dead rows)."""
        width = self.rows
        overlaid = [row for row in rows.tolist() if row in self.overlay or row >= self.base.shape[0]]
        if not overlaid:
            sims = (self.base[rows] @ self.base_t).toarray()
        else:
            block = self._matrix_of(rows.tolist(), self.columns)
            sims = (block @ self.base_t).toarray()
        if sims.shape[1] < width:
            sims = np.pad(sims, ((0, 0), (0, width - sims.shape[1])))
        if self.overlay:
            # Rows whose vector changed since the base: their base row is stale.
            others = np.array(sorted(self.overlay), dtype=np.int64)
            left = self._matrix_of(rows.tolist(), self.terms)
            sims[:, others] = (left @ self._overlay_matrix().T).toarray()
        dead = ~self.live[:width]
        if dead.any():
            sims[:, dead] = 0
        sims[np.arange(len(rows)), rows] = 0
        return sims

    def _overlay_matrix(self) -> sp.csr_matrix:
        """The overlaid rows' vectors (sorted by row), cached until the overlay changes."""
        if self._overlay_cache is None:
            self._overlay_cache = self._matrix_of(sorted(self.overlay), self.terms)
        return self._overlay_cache

    def _matrix_of(self, rows: list[int], width: int) -> sp.csr_matrix:
        """The current vectors of `rows` as a sparse matrix, terms beyond `width` left out."""
        parts = [self.vector(row) for row in rows]
        sizes = [len(p[0]) for p in parts]
        indices = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, np.int64)
        data = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, np.int32)
        owner = np.repeat(np.arange(len(rows)), sizes)
        keep = indices < width
        return sp.csr_matrix((data[keep].astype(np.int32), (owner[keep], indices[keep])),
                             shape=(len(rows), max(width, 1)), dtype=np.int32)

    # Incremental update -------------------------------------------------------------------
    def update(self, vectors: dict[int, tuple[np.ndarray, np.ndarray]], dead: list[int],
               rank: np.ndarray, rows: int, terms: int) -> set[int]:
        """Rows in `vectors` got these vectors (new rows included), rows in `dead` are gone;
        `rank` is the slug order of every row. Brings every list to what a full computation
        gives and returns the rows whose list changed."""
        self._ensure_rows(rows)
        self.rank[:rows] = rank
        self.terms = max(self.terms, terms)
        if vectors or dead:
            self._overlay_cache = None
        for row, vector in vectors.items():
            self.overlay[row] = vector
            self.live[row] = True
        for row in dead:
            self.overlay[row] = (np.zeros(0, np.int64), np.zeros(0, np.int32))
            self.live[row] = False
            self.lists[row] = -1
            self.sims[row] = 0
        if len(self.overlay) > REBASE_SHARE * max(rows, 1) + 16:
            self.rebase(terms)
        changed = np.array(sorted(vectors), dtype=np.int64)
        stale = np.array(sorted(set(vectors) | set(dead)), dtype=np.int64)
        touched = set(changed.tolist())
        self.recomputed_rows = len(changed)
        if not len(stale):
            return touched
        n, count = self.rows, self.count
        full = self.lists[:n, count - 1] >= 0
        floor = np.where(full, self.sims[:n, count - 1], 1)

        def block(rows: np.ndarray):
            sims = self.similarities(rows)
            top = select_top(sims, self.rank[:n], count)
            offer_rows, offer_cols = np.nonzero((sims > 0) & (sims >= floor[None, :]))
            return rows, top, rows[offer_rows], offer_cols, sims[offer_rows, offer_cols].astype(np.int64)

        blocks = [changed[i:i + BLOCK_ROWS] for i in range(0, len(changed), BLOCK_ROWS)]
        threads = thread_count()
        if threads > 1 and len(blocks) > 1:
            with ThreadPoolExecutor(threads) as pool:
                results = list(pool.map(block, blocks))
        else:
            results = [block(rows) for rows in blocks]
        for rows, (index, sims), *_ in results:
            self.lists[rows], self.sims[rows] = index, sims
        offers = tuple(np.concatenate([r[i] for r in results]) if results else np.zeros(0, np.int64) for i in (2, 3, 4))
        touched |= self._patch_others(changed, stale, offers, full, floor)
        return touched

    def _patch_others(self, changed: np.ndarray, stale: np.ndarray, offers: tuple[np.ndarray, np.ndarray, np.ndarray],
                      full: np.ndarray, floor: np.ndarray) -> set[int]:
        """Every unchanged row keeps its similarity to other unchanged ones; only those to
        changed rows are new. Merge them into its list; when dropping a changed or removed
        member leaves it short of what a full row would give, recompute it. Vectorised over
        the rows concerned."""
        n, count = self.rows, self.count
        lists, sims, rank = self.lists[:n], self.sims[:n], self.rank[:n]
        stale_cells = np.isin(lists, stale)
        offer_from, offer_cols, offer_values = offers
        concerned = np.zeros(n, dtype=bool)
        concerned[stale_cells.any(axis=1)] = True
        concerned[offer_cols] = True
        concerned[changed] = False
        concerned &= self.live[:n]
        rows = np.flatnonzero(concerned)
        if not len(rows):
            return set()
        where = np.full(n, -1, dtype=np.int64)
        where[rows] = np.arange(len(rows))
        # The kept entries of each concerned row ...
        old_lists, old_sims = lists[rows], sims[rows]
        kept = (old_lists >= 0) & ~stale_cells[rows]
        kept_row = np.nonzero(kept)[0]
        kept_index, kept_sim = old_lists[kept], old_sims[kept]
        # ... and the changed rows' offers that rank before its last entry (when it is full).
        useful = where[offer_cols] >= 0
        offer_row = where[offer_cols[useful]]
        offer_index = offer_from[useful]
        offer_sim = offer_values[useful]
        worst_sim = old_sims[:, count - 1][offer_row]
        worst_rank = rank[np.maximum(old_lists[:, count - 1], 0)][offer_row]
        better = ~full[rows][offer_row] | (offer_sim > worst_sim) | ((offer_sim == worst_sim) & (rank[offer_index] < worst_rank))
        row_of = np.concatenate([kept_row, offer_row[better]])
        index = np.concatenate([kept_index, offer_index[better]])
        sim = np.concatenate([kept_sim, offer_sim[better]])
        order = np.lexsort((rank[index], -sim, row_of))
        row_of, index, sim = row_of[order], index[order], sim[order]
        position = np.arange(len(row_of)) - np.searchsorted(row_of, row_of)
        entries = np.bincount(row_of, minlength=len(rows))
        short = full[rows] & (entries < count)  # someone unseen might now belong in the list
        take = (position < count) & ~short[row_of]
        new_lists = np.full((len(rows), count), -1, dtype=np.int64)
        new_sims_ = np.zeros((len(rows), count), dtype=np.int64)
        new_lists[row_of[take], position[take]] = index[take]
        new_sims_[row_of[take], position[take]] = sim[take]
        settled = ~short
        differs = settled & ((new_lists != old_lists).any(axis=1) | (new_sims_ != old_sims).any(axis=1))
        lists[rows[differs]] = new_lists[differs]
        sims[rows[differs]] = new_sims_[differs]
        touched = set(rows[differs].tolist())
        needs_row = rows[short]
        if len(needs_row):
            before = lists[needs_row].copy(), sims[needs_row].copy()
            self.recomputed_rows += len(needs_row)
            self._compute_rows(needs_row)
            redone = (lists[needs_row] != before[0]).any(axis=1) | (sims[needs_row] != before[1]).any(axis=1)
            touched |= set(needs_row[redone].tolist())
        return touched

    def similarity(self, a: int, b: int) -> float:
        """Cosine similarity of two rows (exact, from the integer vectors)."""
        ta, wa = self.vector(a)
        tb, wb = self.vector(b)
        _, ia, ib = np.intersect1d(ta, tb, assume_unique=True, return_indices=True)
        return int(np.dot(wa[ia].astype(np.int64), wb[ib].astype(np.int64))) / SCALE**2
