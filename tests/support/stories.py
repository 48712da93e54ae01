"""Reports for the story rules' tests: a StoryDoc read from a text as the index reads it, and the
days two of them were filed."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np

from digest.index.specifics import filed_days, specifics
from digest.index.stories import StoryDoc

TZ = timezone(timedelta(hours=8))


def story_doc(key: str, when: datetime, text: str, title: str = "") -> StoryDoc:
    return StoryDoc(key, when, frozenset(), specifics(title, text))


def no_shingles(key: str) -> np.ndarray:
    """For link_kind: no report is a copy of another."""
    return np.zeros(0, dtype=np.uint64)


def filed(a: StoryDoc, b: StoryDoc):
    return filed_days(a.date, a.specifics), filed_days(b.date, b.specifics)


def links_of(*edges: tuple[int, int, int]) -> dict[int, dict[int, int]]:
    """The story graph's links (row -> linked row -> kind) of (a, b, kind) edges."""
    links: dict[int, dict[int, int]] = {}
    for a, b, kind in edges:
        links.setdefault(a, {})[b] = links.setdefault(b, {})[a] = kind
    return links
