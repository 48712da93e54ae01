"""The compiled pass of digest.index.nearest (numba; imported only when a site is large enough
to use it). Its machine code is cached beside this file after the first build."""
from __future__ import annotations

import numpy as np
from numba import njit


@njit(nogil=True, cache=True)
def top_rows(first, last, indptr, indices, data, t_indptr, t_indices, t_data, rank, count, out_index, out_sim):
    """Rows `first` to `last` of the neighbour lists: see digest.index.nearest.top_rows_task."""
    n = len(rank)
    row = np.zeros(n, np.int32)  # similarities of the current row (integers below 2**31)
    best_index = np.empty(count, np.int64)
    best_sim = np.empty(count, np.int64)
    for q in range(first, last):
        for p in range(indptr[q], indptr[q + 1]):
            term, weight = indices[p], data[p]
            for pp in range(t_indptr[term], t_indptr[term + 1]):
                row[t_indices[pp]] += weight * t_data[pp]
        row[q] = 0
        size = 0
        floor = 1  # positive similarities only; once the list is full, its last one
        for d in range(n):
            s = row[d]
            if s < floor:
                continue
            if size == count:
                if s == best_sim[count - 1] and rank[d] > rank[best_index[count - 1]]:
                    continue
                position = count - 1
            else:
                position = size
                size += 1
            while position > 0 and (best_sim[position - 1] < s
                                    or (best_sim[position - 1] == s and rank[best_index[position - 1]] > rank[d])):
                best_sim[position] = best_sim[position - 1]
                best_index[position] = best_index[position - 1]
                position -= 1
            best_sim[position] = s
            best_index[position] = d
            if size == count:
                floor = best_sim[count - 1]
        row[:] = 0
        for j in range(count):
            out_index[q, j] = best_index[j] if j < size else -1
            out_sim[q, j] = best_sim[j] if j < size else 0
