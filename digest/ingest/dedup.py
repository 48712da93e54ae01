"""Near-duplicates: the same story saved twice, from two sites, or once in Traditional characters.

A story's fingerprint is a bottom-k sketch: the k smallest hashes of its 5-character shingles,
taken over the text converted to Simplified characters with only letters and digits kept (so
punctuation styles, spacing and leftover noise barely matter). Two sketches estimate the Jaccard
similarity of the texts; sketches that share one of their smallest hashes are the candidates.
"""
from __future__ import annotations

import bisect
import re
import zlib
from functools import lru_cache
from collections.abc import Iterable

from digest.ingest.chinese import simplified

SKETCH_SIZE = 64
OPENINGS = (200, 600)  # letters and digits: the openings of a text that its other sketches cover
OPENING_SKETCH = 32
CUT_SHORT = 0.6  # of the length ratio: the least whole-text similarity of a copy cut short
SKETCH_VERSION = 3  # sketches stored by an ingest that made them another way are not compared
MIN_CONTAINED_PAIRS = 6  # a headline this short (in character pairs) is not found inside another
SAME_TEXT = 0.9  # this similar, the titles do not matter
SIMILAR_TITLES = 0.5  # below SAME_TEXT, the headlines must be alike too (templated reports differ there)
# A copy whose text a farm spun or stuffed with keywords shares fewer shingles (every word changed
# or pushed in breaks five of them) but keeps the headline: with nearly the same headline, this
# much text in common is a copy (independent reports and templated series stay well under it).
SAME_TITLES = 0.85
TITLED_COPY = 0.55
SHINGLE = 5
_BANDS = 6  # a sketch is indexed under its smallest hashes
# A hash shared by this many stories is a common phrase, not a sign of a copy: its bucket is not
# searched (else every lookup would compare against thousands of stories).
MAX_BUCKET = 12
_KEEP = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]+")


def make_sketch(text: str) -> tuple[int, ...]:
    """Bottom-k sketches of the whole text and of its first OPENINGS characters, in one tuple:
    the text's length, then `(size, *values)` parts. Copies are often cut short (a farm keeps the first half, a saved
    page stops mid-paragraph) and keep the original's opening whatever they drop at the end;
    a copy with a paragraph added or changed at the start is still alike as a whole. An opening
    that a text does not fill is left empty: two texts are compared over the same length. The
    lengths tell a copy cut short (whose whole is mostly inside the longer text) from another
    story that merely opens the same way (a standard lead, a template)."""
    plain = _KEEP.sub("", simplified(text)).lower()
    starts, hashes = _shingles(plain)
    if not hashes:
        return ()
    whole = sorted(set(hashes))[:SKETCH_SIZE]
    parts = [whole]
    for size in OPENINGS:
        if len(plain) < size:
            parts.append([])
            continue
        cut = bisect.bisect_right(starts, size - SHINGLE)  # shingles that lie inside the opening
        parts.append(sorted(set(hashes[:cut]))[:OPENING_SKETCH])
    return (len(plain), *(value for part in parts for value in (len(part), *part)))


def _shingles(plain: str) -> tuple[list[int], list[int]]:
    """(start, hash) of the sampled 5-character shingles of a text, in text order."""
    if len(plain) < SHINGLE:
        return [], []
    data = plain.encode("utf-32-le")
    width = SHINGLE * 4
    # Only shingles that start with a quarter of the characters (chosen by the character, so two
    # copies of a text choose the same ones): a quarter of the hashing, the same estimate. The
    # choice is made on the characters' low bytes, with bytes operations that run in C.
    marks = data[0::4][:len(plain) - SHINGLE + 1].translate(_SAMPLED)
    starts = [match.start() for match in _MARK.finditer(marks)]
    return starts, [zlib.crc32(data[4 * start:4 * start + width]) for start in starts]


def _parts(sketch: tuple[int, ...]) -> list[tuple[int, ...]]:
    """(whole, opening, opening, …) of a sketch."""
    parts, index = [], 1
    while index < len(sketch):
        size = sketch[index]
        parts.append(sketch[index + 1:index + 1 + size])
        index += 1 + size
    return parts


_SAMPLED = bytes(0 if value & 3 == 0 else 1 for value in range(256))
_MARK = re.compile(b"\x00")


def similarity(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two texts, or of their openings if that is higher and
    one text can be the other cut short."""
    if not first or not second:
        return 0.0
    return _score([frozenset(part) for part in _parts(first)], first[0], second)


def _score(own: list[frozenset[int]], length: int, other: tuple[int, ...], at_least: float = 0.0) -> float:
    theirs = _parts(other)
    whole = _similarity(own[0], theirs[0]) if own and theirs and own[0] and theirs[0] else 0.0
    shorter, longer = sorted((length, other[0]))
    # a copy cut short has most of its shingles in the longer text: the whole texts' similarity
    # is then about the ratio of their lengths; another story that opens the same way has far less
    if whole < CUT_SHORT * shorter / max(1, longer):
        return whole
    openings = [_similarity(mine, part, at_least) for mine, part in zip(own[1:], theirs[1:]) if mine and part]
    return max([whole, *openings])


def _similarity(own: frozenset[int], second: tuple[int, ...], at_least: float = 0.0) -> float:
    """Jaccard estimate of one part (`own` given as a set); 0.0 at once when it cannot reach `at_least`."""
    both = own.intersection(second)
    merged = len(own) + len(second) - len(both)
    size = min(SKETCH_SIZE if len(second) > OPENING_SKETCH or len(own) > OPENING_SKETCH else OPENING_SKETCH, merged)
    if len(both) < at_least * size:
        return 0.0  # even were every shared value among the smallest, too few
    # the union's `size` smallest values: a shared value is among them when it is not above the
    # largest of them
    largest = sorted(own.union(second))[size - 1]
    return sum(1 for value in both if value <= largest) / size


@lru_cache(maxsize=4096)
def _title_pairs(title: str) -> frozenset[str]:
    text = _KEEP.sub("", simplified(title)).lower()
    return frozenset(text[index:index + 2] for index in range(len(text) - 1))


def title_similarity(first: str, second: str) -> float:
    """Jaccard similarity of the headlines' character pairs (Simplified, letters and digits only),
    or the share of the shorter one's pairs in the longer one: a copy that wraps the original
    headline in its own (`四川部分地区或降暴雨(四川多地出现新一轮强降雨)`) has it whole."""
    pairs = [_title_pairs(first), _title_pairs(second)]
    if not pairs[0] or not pairs[1]:
        return 1.0 if first == second else 0.0
    shared = len(pairs[0] & pairs[1])
    shorter = min(len(pairs[0]), len(pairs[1]))
    contained = shared / shorter if shorter >= MIN_CONTAINED_PAIRS else 0.0
    return max(shared / len(pairs[0] | pairs[1]), contained)


class DuplicateIndex:
    """Sketches seen so far, by key; `find` returns the most similar one above the threshold.
    Below SAME_TEXT similarity the titles must be alike too: a price report redone every week
    from one template is a new article each time, not a second copy."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._buckets: dict[int, list[str]] = {}
        self._entries: dict[str, tuple[tuple[int, ...], str | None]] = {}
        self._titles: dict[str, str] = {}

    def add(self, key: str, sketch: tuple[int, ...], title: str | None = None) -> None:
        if not sketch or key in self._entries:
            return
        self._entries[key] = (sketch, title)
        for value in _band_values(sketch):
            self._buckets.setdefault(value, []).append(key)

    def score(self, key: str, sketch: tuple[int, ...]) -> float:
        entry = self._entries.get(key)
        return similarity(sketch, entry[0]) if entry else 0.0

    def find(self, sketch: tuple[int, ...], title: str | None = None, exclude: str = "") -> tuple[str, float] | None:
        if not sketch:
            return None
        shared: dict[str, int] = {}
        for value in _band_values(sketch):
            bucket = self._buckets.get(value, ())
            if len(bucket) <= MAX_BUCKET:
                for key in bucket:
                    shared[key] = shared.get(key, 0) + 1
        # A copy shares most of its smallest hashes; one shared hash is a common phrase.
        needed = 2 if len(sketch) >= 2 * _BANDS else 1
        best: tuple[str, float] | None = None
        own = [frozenset(part) for part in _parts(sketch)]
        least = min(self.threshold, TITLED_COPY) if title else self.threshold
        for key, count in shared.items():
            if count >= needed and key != exclude:
                other_sketch, other_title = self._entries[key]
                score = _score(own, sketch[0], other_sketch, least)
                if score < least or (best is not None and score <= best[1]):
                    continue
                if score < SAME_TEXT and title is not None and other_title is not None:
                    alike = title_similarity(title, other_title)
                    if alike < SIMILAR_TITLES or (score < self.threshold and alike < SAME_TITLES):
                        continue
                elif score < self.threshold:
                    continue
                best = (key, score)
        return best


def _band_values(sketch: tuple[int, ...]) -> set[int]:
    """The values a sketch is indexed under: the smallest of each part."""
    return {value for part in _parts(sketch) for value in part[:_BANDS]}


def group_keys(items: Iterable[tuple[str, tuple[int, ...]]], threshold: float) -> dict[str, str]:
    """Each key mapped to the first key of its group of near-duplicates (itself when unique)."""
    index = DuplicateIndex(threshold)
    groups: dict[str, str] = {}
    for key, sketch in items:
        match = index.find(sketch)
        groups[key] = groups[match[0]] if match else key
        index.add(key, sketch)
    return groups
