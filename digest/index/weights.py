"""What relatedness is made of besides content: the bonuses for a shared topic, a shared tag
(weighed by how rare it is: `TagWeights`, part of the index state) and closeness in time, in
exact integer units; and how many neighbours each article keeps."""
from __future__ import annotations

import math

import numpy as np

from digest.config import Config

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
