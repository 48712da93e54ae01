"""The compiled pass of digest.index.nearest (numba; imported only when a site is large enough
to use it). Its machine code is cached beside this file after the first build."""
from __future__ import annotations

import numpy as np
from numba import njit


@njit(nogil=True, cache=True)
def _offer(index, sims, floor, rank, count, row, other, s):
    """Put `other` (similarity `s`) into `row`'s list if it belongs there (best first, equal
    similarities by rank); `floor[row]` is then the least similarity that can still enter."""
    size = count
    while size > 0 and index[row, size - 1] < 0:
        size -= 1
    if size == count:
        if s == sims[row, count - 1] and rank[other] > rank[index[row, count - 1]]:
            return
        position = count - 1
    else:
        position = size
    while position > 0 and (sims[row, position - 1] < s
                            or (sims[row, position - 1] == s and rank[index[row, position - 1]] > rank[other])):
        sims[row, position] = sims[row, position - 1]
        index[row, position] = index[row, position - 1]
        position -= 1
    sims[row, position] = s
    index[row, position] = other
    if index[row, count - 1] >= 0:
        floor[row] = sims[row, count - 1]


@njit(nogil=True, cache=True)
def top_pairs(starts, block, indptr, indices, data, t_indptr, t_indices, t_data, rank, count, index, sims):
    """Every pair of rows (q, d), q < d, for q in the blocks beginning at `starts` (increasing):
    offer d to q's list and q to d's. `t_indices` must be sorted within each term. `index` and
    `sims` (n x count, -1 / 0) are this call's own lists, merged with other calls' afterwards."""
    n = len(rank)
    row = np.zeros(n, np.int32)
    floor = np.ones(n, np.int64)
    start_of = t_indptr[:-1].copy()  # per term: its first posting after the current row
    for first in starts:
        for q in range(first, min(first + block, n)):
            for p in range(indptr[q], indptr[q + 1]):
                term, weight = indices[p], data[p]
                end = t_indptr[term + 1]
                later = start_of[term]
                while later < end and t_indices[later] <= q:
                    later += 1
                start_of[term] = later
                for pp in range(later, end):
                    row[t_indices[pp]] += weight * t_data[pp]
            for d in range(q + 1, n):
                s = row[d]
                if s >= floor[q] or s >= floor[d]:  # rarely, once the lists are full (floors >= 1)
                    if s >= floor[q]:
                        _offer(index, sims, floor, rank, count, q, d, s)
                    if s >= floor[d]:
                        _offer(index, sims, floor, rank, count, d, q, s)
            row[q + 1:] = 0


@njit(nogil=True, cache=True)
def merge_lists(index, sims, other_index, other_sims, rank):
    """Merge `other_*` into `index`/`sims`, row by row (both best first): the best of both."""
    n, count = index.shape
    merged_index = np.empty(count, np.int64)
    merged_sims = np.empty(count, np.int64)
    for r in range(n):
        i = j = 0
        for slot in range(count):
            a_ok = index[r, i] >= 0 if i < count else False
            b_ok = other_index[r, j] >= 0 if j < count else False
            if a_ok and b_ok:
                a, b = sims[r, i], other_sims[r, j]
                take_a = a > b or (a == b and rank[index[r, i]] < rank[other_index[r, j]])
            else:
                take_a = a_ok
            if take_a:
                merged_index[slot], merged_sims[slot] = index[r, i], sims[r, i]
                i += 1
            elif b_ok:
                merged_index[slot], merged_sims[slot] = other_index[r, j], other_sims[r, j]
                j += 1
            else:
                merged_index[slot], merged_sims[slot] = -1, 0
        index[r] = merged_index
        sims[r] = merged_sims
