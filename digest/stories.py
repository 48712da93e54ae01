"""Stories: reports of the same event, grouped. One clustering for the whole site.

Two articles are linked when they are
* copies: most of the shorter one's text is in the longer one (5-character shingles of the
  normalised text, so Traditional/Simplified, punctuation and spacing do not matter), and their
  content is similar; whatever their dates, or
* reports of one event: published within a few days of each other, with very similar content,
  or similar content under headlines naming the same things or two tags a person gave both.
A story is a connected group of linked articles. Its id is the slug of its earliest article, so
it does not change when unrelated articles come and go.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Iterable

import numpy as np

from digest.analysis import prepare_text

SHINGLE_CHARS = 5
COPY_CONTAINMENT = 0.6  # share of the shorter text's shingles found in the longer one
COPY_MIN_SIMILARITY = 0.4  # ... with related content, so shared boilerplate alone is no copy
EVENT_WINDOW_DAYS = 3
EVENT_SIMILARITY = 0.5  # content this close within the window: the same event
EVENT_TITLE_SIMILARITY = 0.4  # headlines naming the same things ...
EVENT_SHARED_TAGS = 2  # ... or this many tags in common in the front matter ...
EVENT_MIN_SIMILARITY = 0.25  # ... over content at least this close
CANDIDATE_SIMILARITY = min(COPY_MIN_SIMILARITY, EVENT_MIN_SIMILARITY)

_NOT_TEXT = re.compile(r"[^\u3400-\u9fffa-z0-9]+")
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class StoryDoc:
    """What story linking reads about one article."""

    key: str  # slug
    date: datetime
    title_hashes: np.ndarray  # uint64 term keys of the headline
    tags: frozenset[str]  # slugs of the tags a person gave it


def shingles(text: str) -> np.ndarray:
    """Sorted unique 64-bit hashes of the 5-character runs of the normalised text."""
    chars = _NOT_TEXT.sub("", prepare_text(text).lower())
    if len(chars) < SHINGLE_CHARS:
        chars = chars.ljust(SHINGLE_CHARS, "_") if chars else ""
    if not chars:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(chars.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - SHINGLE_CHARS + 1
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE_CHARS):
        hashes = hashes * _MIX + codes[offset:offset + count]
    return np.unique(hashes)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller set found in the larger one."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / min(len(a), len(b))


def title_similarity(a: np.ndarray, b: np.ndarray, idf: dict[int, float]) -> float:
    """Cosine of two headlines as sets of terms weighted by rarity."""
    weight_a = {int(k): idf.get(int(k), 0.0) for k in a}
    weight_b = {int(k): idf.get(int(k), 0.0) for k in b}
    shared = sum(weight_a[k] ** 2 for k in weight_a.keys() & weight_b.keys())
    norm = (sum(w * w for w in weight_a.values()) * sum(w * w for w in weight_b.values())) ** 0.5
    return shared / norm if norm else 0.0


def link_kind(a: StoryDoc, b: StoryDoc, similarity: float, shingles_of: Callable[[str], np.ndarray],
              idf: dict[int, float]) -> str | None:
    """'copy', 'event' or None for two articles of the given content similarity."""
    if similarity >= COPY_MIN_SIMILARITY and containment(shingles_of(a.key), shingles_of(b.key)) >= COPY_CONTAINMENT:
        return "copy"
    if abs((a.date - b.date).total_seconds()) > EVENT_WINDOW_DAYS * 86400:
        return None
    if similarity >= EVENT_SIMILARITY:
        return "event"
    if similarity < EVENT_MIN_SIMILARITY:
        return None
    if len(a.tags & b.tags) >= EVENT_SHARED_TAGS:
        return "event"
    if title_similarity(a.title_hashes, b.title_hashes, idf) >= EVENT_TITLE_SIMILARITY:
        return "event"
    return None


def group_stories(docs: dict[str, StoryDoc], pairs: Iterable[tuple[str, str, float]],
                  shingles_of: Callable[[str], np.ndarray], idf: dict[int, float]) -> list[list[str]]:
    """Connected groups of linked articles (two or more), each earliest first (date, slug)."""
    parent = {key: key for key in docs}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b, similarity in pairs:
        if root(a) != root(b) and link_kind(docs[a], docs[b], similarity, shingles_of, idf):
            first, second = sorted((root(a), root(b)))
            parent[second] = first
    groups: dict[str, list[str]] = {}
    for key in docs:
        groups.setdefault(root(key), []).append(key)
    order = lambda key: (docs[key].date, key)  # noqa: E731 - the earliest report leads
    return sorted((sorted(members, key=order) for members in groups.values() if len(members) > 1),
                  key=lambda members: order(members[0]))
