"""Each article's effective topics and tags: its front matter's when it has them, else digest's
(the guessed topic, the extracted tags spelled as the curator spells them). Also numbered per
row (`Rows.topic_ids` / `tag_ids`), for the shared-topic and shared-tag bonuses of
digest.index.related."""
from __future__ import annotations

import unicodedata

import numpy as np

from digest.content import Article
from digest.index.state import IndexState
from digest.index.topics import extract_tags


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
