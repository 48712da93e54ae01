"""Ranking each article's related articles: its most similar articles by content (the
neighbour lists of digest.index.neighbours), re-ranked with small bonuses for a shared topic, shared
tags (rarer weigh more) and closeness in time; ties by slug.

Scores are integers in units of 2**-30, so that the sum of the parts is exact in any order: a
row re-ranked after an edit gets exactly what a full computation gives it.
"""
from __future__ import annotations

import numpy as np

from digest.index.state import IndexState
from digest.index.vectors import SCALE
from digest.index.weights import (
    CLOSE_IN_TIME_BONUS,
    SCORE_UNIT,
    TIME_SCALE_DAYS,
    TOPIC_POINTS,
)


def related_of(state: IndexState, rows: np.ndarray) -> list[tuple[tuple[str, float], ...]]:
    """The computed related articles of `rows`: neighbours re-ranked with the bonuses,
    vectorised; each row's result depends only on its own pairs."""
    if not len(rows):
        return []
    similarity, data = state.similarity, state.rows
    others = similarity.lists[rows]  # rows x candidates, -1 padded
    sims = similarity.sims[rows]
    valid = others >= 0
    safe = np.where(valid, others, 0)
    topic = _shared(data.topic_ids, rows, safe, None) > 0
    tags = _shared(data.tag_ids, rows, safe, state.tag_weights.points)
    days = np.abs(data.date[rows][:, None] - data.date[safe]) / 86400
    time = np.rint(CLOSE_IN_TIME_BONUS * np.exp(-days / TIME_SCALE_DAYS) * SCORE_UNIT).astype(np.int64)
    score = sims * (SCORE_UNIT // SCALE**2) + topic * TOPIC_POINTS + tags + time
    # Per row: higher score first, then slug order; empty cells last.
    cells = np.lexsort((similarity.rank[safe].ravel(), -score.ravel(), ~valid.ravel(),
                        np.repeat(np.arange(len(rows)), others.shape[1])))
    order = (cells % others.shape[1]).reshape(others.shape)
    others = np.take_along_axis(others, order, axis=1)
    sims = np.take_along_axis(sims, order, axis=1)
    counts = valid.sum(axis=1).tolist()
    flat = others[others >= 0]
    slugs = data.slug
    pairs = list(zip(map(slugs.__getitem__, flat.tolist()), (sims[others >= 0] / SCALE**2).tolist()))
    out, start = [], 0
    for count in counts:
        out.append(tuple(pairs[start:start + count]))
        start += count
    return out  # type: ignore[return-value]


def _shared(numbers: np.ndarray, rows: np.ndarray, others: np.ndarray, points: np.ndarray | None) -> np.ndarray:
    """For each row r of `rows` and each of its `others` (rows x candidates): how many terms
    the two share (or the sum of the points of those terms), from -1 padded rows of term
    numbers (unique within a row)."""
    width = numbers.shape[1]
    out = np.zeros(others.shape, dtype=np.int64)
    if not width or not others.size:
        return out
    chunk = max(1, 4_000_000 // (width * width * max(others.shape[1], 1)))
    for start in range(0, len(rows), chunk):
        left = numbers[rows[start:start + chunk]][:, None, :, None]  # r x 1 x w x 1
        right = numbers[others[start:start + chunk]][:, :, None, :]  # r x c x 1 x w
        match = ((left == right) & (left >= 0)).any(axis=3)  # r x c x w: the row's term is shared
        if points is None:
            out[start:start + chunk] = match.sum(axis=2)
        else:
            own = numbers[rows[start:start + chunk]]
            values = np.where(own >= 0, points[np.maximum(own, 0)], 0)[:, None, :]
            out[start:start + chunk] = (values * match).sum(axis=2)
    return out
