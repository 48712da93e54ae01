"""The indexer's per-article storage. Articles are rows numbered once: a row keeps its number
while its article is edited, a removed article's row stays empty (slug None) and a new article
gets the next one, so every array indexed by row (dates, vectors, neighbour lists, topic
scores) stays valid across updates."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from digest.content import Article
from digest.index.analysis import TextAnalysis


@dataclass(frozen=True)
class Stub:
    """What a saved state keeps of an article: what the next update compares it by. Every row
    gets its real article back in that update (the stubs are never the given objects)."""

    slug: str
    content_hash: str
    date: object
    topics: tuple[str, ...]
    tags: tuple[str, ...]
    related: tuple[str, ...]
    text: str = ""
    title: str = ""


class Rows:
    """Per-row data of the current articles."""

    def __init__(self) -> None:
        self.slug: list[str | None] = []
        self.row_of: dict[str, int] = {}
        self.article: list[Article | None] = []
        self.analysis: list[TextAnalysis | None] = []
        self.terms: list[np.ndarray] = []  # term numbers of every analysed term
        self.logtf: list[np.ndarray | None] = []
        self.date = np.zeros(0, dtype=np.float64)  # POSIX seconds
        self.auto_tags: dict[int, tuple[tuple[str, float], ...]] = {}
        self.topics: list[tuple[str, ...]] = []  # effective
        self.tags: list[tuple[str, ...]] = []  # effective
        self.topic_ids = np.zeros((0, 1), dtype=np.int64)  # effective topics by number, -1 padded
        self.tag_ids = np.zeros((0, 1), dtype=np.int64)  # effective tags (by slug) by number
        self.related: list[tuple[tuple[str, float], ...]] = []

    def __len__(self) -> int:
        return len(self.slug)

    def __getstate__(self) -> dict:
        """A saved state keeps stubs of the articles and no analyses: the build cache has
        those, by content hash, and `IndexState.analysis` asks for them when needed."""
        state = dict(self.__dict__)
        state["article"] = [None if a is None else Stub(a.slug, a.content_hash, a.date, a.topics, a.tags, a.related)
                            for a in self.article]
        state["analysis"] = [None] * len(self.article)
        state["logtf"] = [None] * len(self.article)
        return state

    def add(self, slug: str) -> int:
        row = len(self.slug)
        self.slug.append(slug)
        self.row_of[slug] = row
        for name in ("article", "analysis", "topics", "tags", "related"):
            getattr(self, name).append(None if name in ("article", "analysis") else ())
        self.terms.append(np.zeros(0, np.int64))
        self.logtf.append(np.zeros(0))
        if row >= len(self.date):
            self._grow(max(64, 2 * len(self.date)))
        return row

    def _grow(self, capacity: int) -> None:
        self.date = np.concatenate([self.date, np.zeros(capacity - len(self.date))])
        for name in ("topic_ids", "tag_ids"):
            old = getattr(self, name)
            new = np.full((capacity, old.shape[1]), -1, dtype=np.int64)
            new[:len(old)] = old
            setattr(self, name, new)

    def extend(self, slugs: list[str], articles: list[Article]) -> None:
        """Rows for the articles of a first computation (an empty `Rows`)."""
        n = len(slugs)
        self.slug = list(slugs)
        self.row_of = {slug: row for row, slug in enumerate(slugs)}
        self.article = list(articles)
        self.analysis = [None] * n
        self.topics, self.tags, self.related = [()] * n, [()] * n, [()] * n
        empty = np.zeros(0, np.int64)
        self.terms, self.logtf = [empty] * n, [np.zeros(0)] * n
        capacity = max(64, n)
        self.date = np.zeros(capacity)
        self.date[:n] = [article.date.timestamp() for article in articles]
        self.topic_ids = np.full((capacity, 1), -1, dtype=np.int64)
        self.tag_ids = np.full((capacity, 1), -1, dtype=np.int64)

    def empty(self, row: int) -> None:
        """Let go of a removed article's data (its row number is never reused)."""
        self.article[row] = None
        self.analysis[row] = None
        self.terms[row] = np.zeros(0, np.int64)
        self.logtf[row] = np.zeros(0)

    def live_rows(self) -> list[int]:
        return [row for row, slug in enumerate(self.slug) if slug is not None]
