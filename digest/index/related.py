"""Ranking each article's related articles: its most similar articles by content (the
neighbour lists of digest.index.neighbours), re-ranked with small bonuses for a shared topic, shared
tags (rarer weigh more) and closeness in time; ties by slug.

Scores are integers in units of 2**-30, so that the sum of the parts is exact in any order: a
row re-ranked after an edit gets exactly what a full computation gives it.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from digest.config import Config
from digest.index.neighbours import SCALE

if TYPE_CHECKING:
    from digest.index.state import IndexState

SHARED_TOPIC_BONUS = 0.1  # the curator's (or digest's) filing says they belong together
SHARED_TAG_BONUS = 0.05  # per shared tag, times 1/log(2 + articles with the tag): rare tags weigh more
CLOSE_IN_TIME_BONUS = 0.05  # times exp(-days apart / TIME_SCALE_DAYS)
TIME_SCALE_DAYS = 30
MIN_CANDIDATES = 20  # similar articles kept per article, before re-ranking and removing story mates
SCORE_UNIT = 2**30
TOPIC_POINTS = round(SHARED_TOPIC_BONUS * SCORE_UNIT)


def candidate_count(config: Config) -> int:
    """Neighbours kept per article: enough that re-ranking and dropping story mates still
    leave `related_count` good ones."""
    return max(MIN_CANDIDATES, 3 * config.related_count + 5)


def tag_points(articles: int) -> int:
    """What sharing a tag that `articles` articles carry adds to a pair's score."""
    return round(SHARED_TAG_BONUS * SCORE_UNIT / math.log(2 + articles)) if articles > 0 else 0


class TagWeights:
    """Per tag number: the rows that carry it and the points it is worth. A tag's weight moves
    with its use, so the rows that share it are re-ranked when it does."""

    def __init__(self) -> None:
        self.count = np.zeros(0, dtype=np.int64)
        self.points = np.zeros(0, dtype=np.int64)
        self.members: dict[int, set[int]] = {}

    def reset(self, numbers_of_rows: list[list[int]], tags: int) -> None:
        """Members and counts from every row's tag numbers (the full computation)."""
        self.count = np.zeros(max(tags, 64), dtype=np.int64)
        members = self.members = {}
        for row, numbers in enumerate(numbers_of_rows):
            for number in numbers:
                found = members.get(number)
                if found is None:
                    members[number] = {row}
                else:
                    found.add(row)
        for number, found in members.items():
            self.count[number] = len(found)

    def grow(self, tags: int) -> None:
        if len(self.count) < tags:
            grown = np.zeros(max(tags, 2 * len(self.count), 64), dtype=np.int64)
            grown[:len(self.count)] = self.count
            self.count = grown

    def add(self, number: int, row: int) -> None:
        self.count[number] += 1
        self.members.setdefault(number, set()).add(row)

    def remove(self, number: int, row: int) -> None:
        self.count[number] -= 1
        self.members[number].discard(row)

    def reweigh(self, numbers) -> None:
        """Points of `numbers` from their counts."""
        self._grow_points()
        for number in numbers:
            self.points[number] = tag_points(int(self.count[number]))

    def reweigh_changed(self, numbers: set[int]) -> list[int]:
        """`reweigh` for the numbers whose points changed; returns those, in order."""
        self._grow_points()
        changed = [number for number in sorted(numbers)
                   if tag_points(int(self.count[number])) != int(self.points[number])]
        self.reweigh(changed)
        return changed

    def _grow_points(self) -> None:
        if len(self.points) < len(self.count):
            grown = np.zeros(len(self.count), dtype=np.int64)
            grown[:len(self.points)] = self.points
            self.points = grown


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
