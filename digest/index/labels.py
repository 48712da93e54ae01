"""Each article's effective topics and tags: its front matter's when it has them, else digest's
(the guessed topic, the extracted tags spelled as the curator spells them). Also numbered per
row (`Rows.topic_ids` / `tag_ids`), for the shared-topic and shared-tag bonuses of
digest.index.related."""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

import numpy as np

from digest.index.analysis import term_hashes
from digest.content.article import Article
from digest.index.neighbours import TermTable
from digest.index.topics import extract_tags

if TYPE_CHECKING:
    from digest.index.state import IndexState


class CuratedTags:
    """The tags people gave, by lowercase key: each spelling and how many articles use it, the
    spelling most use, and (by term number) which terms are such a tag, so that extracted tags
    prefer them and spell them the same way."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = {}  # key -> spelling -> articles
        self.spelling: dict[str, str] = {}  # key -> the spelling most use
        self.terms = np.zeros(0, dtype=bool)  # by term number
        self.hashes: dict[int, str] = {}  # term hash -> key

    def count(self, tags: tuple[str, ...], sign: int) -> set[str]:
        """Count an article's tags in (+1) or out (-1); returns their keys."""
        touched = set()
        for tag in tags:
            key = tag.lower()
            spellings = self.counts.setdefault(key, {})
            spellings[tag] = spellings.get(tag, 0) + sign
            if not spellings[tag]:
                del spellings[tag]
            if not spellings:
                del self.counts[key]
            touched.add(key)
        return touched

    def refresh(self, keys: set[str], table: TermTable) -> set[str]:
        """Recompute the spelling of `keys`; returns those whose spelling changed."""
        changed = set()
        for key in keys:
            spellings = self.counts.get(key)
            spelling = min(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0] if spellings else None
            if spelling != self.spelling.get(key):
                changed.add(key)
                if spelling is None:
                    del self.spelling[key]
                else:
                    self.spelling[key] = spelling
        if changed:
            self._mark(sorted(changed), table)
        return changed

    def _mark(self, keys: list[str], table: TermTable) -> None:
        self.grow(table.size)
        for key, key_hash in zip(keys, term_hashes(keys).tolist()):
            if key in self.spelling:
                self.hashes[key_hash] = key
            else:
                self.hashes.pop(key_hash, None)
            number = table.number.get(key_hash)
            if number is not None:
                self.terms[number] = key in self.spelling

    def mark_new_terms(self, table: TermTable, before: int) -> None:
        """Terms numbered since the table had `before`: mark the curated ones."""
        self.grow(table.size)
        if self.hashes and table.size > before:
            for number, key in enumerate(table.keys[before:table.size].tolist(), start=before):
                if key in self.hashes:
                    self.terms[number] = True

    def grow(self, size: int) -> None:
        if len(self.terms) < size:
            grown = np.zeros(max(size, 2 * len(self.terms), 1024), dtype=bool)
            grown[:len(self.terms)] = self.terms
            self.terms = grown


def extract_auto_tags(state: IndexState, rows: list[int]) -> set[int]:
    """Automatic tags of `rows`; returns the rows whose tags changed."""
    data = state.rows
    found = extract_tags([state.analysis(r) for r in rows], [data.terms[r] for r in rows],
                         state.table.idf, state.rarest, state.curated.terms, state.curated.spelling)
    changed = set()
    for row, tags in zip(rows, found):
        if data.auto_tags.get(row) != tags:
            data.auto_tags[row] = tags
            changed.add(row)
    return changed


def _effective(article: Article, guess: int, names: list[str],
               auto_tags: tuple[tuple[str, float], ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a person wrote wins; then digest's guess and extracted tags."""
    topics = article.topics if article.topics else ((names[guess],) if guess >= 0 else ())
    tags = article.tags if article.tags else tuple([name for name, _ in auto_tags])
    return topics, tags


def set_effective(state: IndexState, row: int) -> bool:
    """Effective topics and tags of a row from its article, guess and automatic tags;
    returns whether they changed."""
    rows = state.rows
    article = rows.article[row]
    assert article is not None
    names = state.topic_model.names if state.topic_model is not None else []
    topics, tags = _effective(article, int(state.guess[row]), names, rows.auto_tags.get(row, ()))
    if topics == rows.topics[row] and tags == rows.tags[row]:
        return False
    old_tag_numbers = {int(t) for t in rows.tag_ids[row] if t >= 0}
    rows.topics[row], rows.tags[row] = topics, tags
    topic_numbers = sorted({number_of(state.topic_number, name) for name in topics})
    tag_numbers = sorted({number_of(state.tag_number, tag_key(name)) for name in tags})
    rows.topic_ids = _fit(rows.topic_ids, len(topic_numbers))
    rows.tag_ids = _fit(rows.tag_ids, len(tag_numbers))
    rows.topic_ids[row] = -1
    rows.topic_ids[row, :len(topic_numbers)] = topic_numbers
    rows.tag_ids[row] = -1
    rows.tag_ids[row, :len(tag_numbers)] = tag_numbers
    weights = state.tag_weights
    weights.grow(len(state.tag_number))
    for number in old_tag_numbers - set(tag_numbers):
        weights.remove(number, row)
    for number in set(tag_numbers) - old_tag_numbers:
        weights.add(number, row)
    return True


def set_all_effective(state: IndexState, n: int) -> None:
    """`set_effective` for every row at once (the full computation)."""
    rows = state.rows
    names = state.topic_model.names if state.topic_model is not None else []
    guess = state.guess.tolist()
    topic_lists, tag_lists = [], []
    topic_of: dict[str, int] = {}  # name -> number, for this pass
    tag_of: dict[str, int] = {}

    def numbers(names: tuple[str, ...], known: dict[str, int], numbering: dict[str, int], key) -> list[int]:
        out = []
        for name in names:
            number = known.get(name)
            if number is None:
                number = known[name] = number_of(numbering, key(name))
            out.append(number)
        return out if len(out) < 2 else sorted(set(out))

    auto_tags = rows.auto_tags
    for row in range(n):
        topics, tags = _effective(rows.article[row], guess[row], names, auto_tags.get(row, ()))  # type: ignore[arg-type]
        rows.topics[row], rows.tags[row] = topics, tags
        topic_lists.append(numbers(topics, topic_of, state.topic_number, str))
        tag_lists.append(numbers(tags, tag_of, state.tag_number, tag_key))
    rows.topic_ids = _padded(topic_lists, len(rows.date))
    rows.tag_ids = _padded(tag_lists, len(rows.date))
    state.tag_weights.reset(tag_lists, len(state.tag_number))


def clear_labels(state: IndexState, row: int) -> set[int]:
    """Take a removed row's topics and tags away; returns the tag numbers it had."""
    rows = state.rows
    had = set()
    for number in rows.tag_ids[row].tolist():
        if number >= 0:
            had.add(number)
            state.tag_weights.remove(number, row)
    rows.tag_ids[row] = -1
    rows.topic_ids[row] = -1
    rows.topics[row], rows.tags[row], rows.related[row] = (), (), ()
    rows.auto_tags.pop(row, None)
    return had


def number_of(numbering: dict[str, int], name: str) -> int:
    found = numbering.get(name)
    if found is None:
        found = numbering[name] = len(numbering)
    return found


_TAG_KEYS: dict[str, str] = {}


def tag_key(name: str) -> str:
    """What makes two tag names one tag for the related bonus: case and width do not matter."""
    found = _TAG_KEYS.get(name)
    if found is None:
        found = _TAG_KEYS[name] = unicodedata.normalize("NFKC", name).lower()
    return found


def _fit(array: np.ndarray, width: int) -> np.ndarray:
    """`array` with at least `width` columns (new ones -1)."""
    if width <= array.shape[1]:
        return array
    grown = np.full((array.shape[0], width), -1, dtype=array.dtype)
    grown[:, :array.shape[1]] = array
    return grown


def _padded(lists: list[list[int]], rows: int) -> np.ndarray:
    """Lists of numbers as rows of a -1 padded array (`rows` rows, at least one column)."""
    width = max([len(x) for x in lists] + [1])
    out = np.full((max(rows, len(lists)), width), -1, dtype=np.int64)
    sizes = np.array([len(x) for x in lists], dtype=np.int64)
    if sizes.sum():
        owner = np.repeat(np.arange(len(lists)), sizes)
        column = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        out[owner, column] = np.fromiter((v for x in lists for v in x), dtype=np.int64, count=int(sizes.sum()))
    return out
