"""The neighbour lists patched after changes equal the lists computed afresh, whatever the
changes (vectors edited, rows added and removed, ties) and whether or not the base matrix
was rebuilt in between; and the fast unique/inverse equals numpy's."""
from __future__ import annotations

import random

import numpy as np
import pytest
import scipy.sparse as sp

from digest.index import neighbours
from digest.index.neighbours import Similarity
from digest.index.vectors import _unique_inverse


def _vector(rng: random.Random, terms: int) -> tuple[np.ndarray, np.ndarray]:
    chosen = sorted(rng.sample(range(terms), rng.randint(0, 6)))
    weights = [rng.choice([100, 200, 300, 300, 500]) for _ in chosen]  # repeated values: ties
    return np.array(chosen, dtype=np.int64), np.array(weights, dtype=np.int32)


def _fresh(vectors: dict[int, tuple[np.ndarray, np.ndarray]], live: list[int], rank: np.ndarray, count: int, terms: int):
    """Lists computed from scratch over the live rows, in row numbers of the incremental one."""
    rows = sorted(live, key=lambda r: rank[r])
    data = [vectors[r] for r in rows]
    indptr = np.concatenate([[0], np.cumsum([len(d[0]) for d in data])])
    matrix = sp.csr_matrix((np.concatenate([d[1] for d in data]) if data else np.zeros(0, np.int32),
                            np.concatenate([d[0] for d in data]).astype(np.int32) if data else np.zeros(0, np.int32), indptr),
                           shape=(len(rows), terms))
    fresh = Similarity(count)
    fresh.compute_all(matrix, np.arange(len(rows)))
    back = np.array(rows + [-1], dtype=np.int64)
    return {row: [(int(back[o]), int(s)) for o, s in zip(fresh.lists[i], fresh.sims[i]) if o >= 0] for i, row in enumerate(rows)}


@pytest.mark.parametrize("rebase_share", [0.0, 0.05, 10.0])
def test_patched_lists_equal_fresh_ones(monkeypatch, rebase_share):
    monkeypatch.setattr(neighbours, "REBASE_SHARE", rebase_share)
    monkeypatch.setattr(neighbours, "BLOCK_ROWS", 7)  # several blocks, on threads
    rng = random.Random(int(rebase_share * 100) + 1)
    terms, count = 12, 4
    vectors = {row: _vector(rng, terms) for row in range(40)}
    slugs = {row: f"s{rng.random():.6f}" for row in vectors}
    live = sorted(vectors)

    def rank_of() -> np.ndarray:
        rank = np.zeros(max(slugs) + 1, dtype=np.int64)
        for position, row in enumerate(sorted(live, key=lambda r: slugs[r])):
            rank[row] = position
        return rank

    similarity = Similarity(count)
    rank = rank_of()
    order = sorted(live, key=lambda r: rank[r])
    data = [vectors[r] for r in order]
    indptr = np.concatenate([[0], np.cumsum([len(d[0]) for d in data])])
    similarity.compute_all(sp.csr_matrix((np.concatenate([d[1] for d in data]), np.concatenate([d[0] for d in data]).astype(np.int32),
                                          indptr), shape=(len(order), terms)), np.arange(len(order)))
    # The incremental object numbers rows in slug order from here on.
    renumber = {row: i for i, row in enumerate(order)}
    vectors = {renumber[r]: v for r, v in vectors.items()}
    slugs = {renumber[r]: s for r, s in slugs.items()}
    live = sorted(vectors)
    for step in range(40):
        changed: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        dead: list[int] = []
        for _ in range(rng.randint(1, 3)):
            action = rng.random()
            if action < 0.6 and live:
                row = rng.choice(live)
                changed[row] = vectors[row] = _vector(rng, terms)
            elif action < 0.8:
                row = max(slugs) + 1
                slugs[row] = f"s{rng.random():.6f}"
                changed[row] = vectors[row] = _vector(rng, terms)
                live.append(row)
            elif len(live) > 3:
                row = rng.choice([r for r in live if r not in changed])
                live.remove(row)
                dead.append(row)
        rank = rank_of()
        similarity.update(changed, dead, rank, max(slugs) + 1, terms)
        expected = _fresh(vectors, live, rank, count, terms)
        got = {row: [(int(o), int(s)) for o, s in zip(similarity.lists[row], similarity.sims[row]) if o >= 0] for row in live}
        assert got == expected, f"step {step}"


def test_unique_inverse_equals_numpys():
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 2**64 - 1, size=5000, dtype=np.uint64)
    keys = np.concatenate([keys, keys[:2000], rng.choice(keys, 3000)])
    # Keys sharing their top bits (one slot of the direct-address table) take the slow path.
    keys = np.concatenate([keys, (keys[:50] >> np.uint64(30)) << np.uint64(30), np.array([0, 1, 2**63], dtype=np.uint64)])
    unique, inverse = _unique_inverse(keys)
    expected_unique, expected_inverse = np.unique(keys, return_inverse=True)
    assert np.array_equal(unique, expected_unique) and np.array_equal(inverse, expected_inverse.ravel())
    assert len(_unique_inverse(np.zeros(0, np.uint64))[0]) == 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_compiled_lists_equal_the_sparse_products(monkeypatch, seed):
    """The compiled full pass (digest.index.nearest, used on large sites) gives exactly the
    lists of the sparse products: same similarities, same order, ties by rank, short lists
    padded, rows without terms empty."""
    from digest.index import nearest

    rng = random.Random(seed)
    rows, terms, count = 300, 40, 7
    data = [_vector(rng, terms) if rng.random() > 0.05 else (np.zeros(0, np.int64), np.zeros(0, np.int32)) for _ in range(rows)]
    data += [data[3], data[3], data[3]]  # identical vectors: equal similarities everywhere
    indptr = np.concatenate([[0], np.cumsum([len(d[0]) for d in data])])
    matrix = sp.csr_matrix((np.concatenate([d[1] for d in data]), np.concatenate([d[0] for d in data]).astype(np.int32), indptr),
                           shape=(len(data), terms))
    rank = np.array(rng.sample(range(len(data)), len(data)), dtype=np.int64)  # slug order, not row order
    results = []
    for compiled_from in (10**9, 0):
        monkeypatch.setattr(nearest, "COMPILED_FROM", compiled_from)
        monkeypatch.setattr(neighbours, "BLOCK_ROWS", 64)
        for background in (False, True):
            similarity = Similarity(count)
            finish = similarity.compute_all(matrix, rank, background=background)
            if finish:
                finish()
            results.append((similarity.lists[:len(data)].copy(), similarity.sims[:len(data)].copy()))
    lists, sims = results[0]
    assert (sims[:, 0] > 0).sum() > rows // 2 and (lists == -1).any()  # the case is not trivial
    for other_lists, other_sims in results[1:]:
        assert np.array_equal(other_lists, lists) and np.array_equal(other_sims, sims)
