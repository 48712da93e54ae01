"""What the search index holds of an article: the text searched (title, summary, text, source,
topics and tags) and what a result shows (url, title, date, source, summary)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchDoc:
    """What the index knows of one article."""
    url: str  # below the site's base path: 2025/06/slug/
    title: str
    date: str  # ISO 8601
    source: str
    summary: str
    text: str  # searched with the title; not stored

    @property
    def meta(self) -> list[str]:
        return [self.url, self.title, self.date, self.source, self.summary]


def search_doc(article) -> SearchDoc:
    """An article's search data: title, then summary (when not part of the text), text,
    source, topics and tags, one per line (no pair spans two of them)."""
    parts = []
    summary = article.summary.rstrip("…")
    if summary and summary not in article.text:
        parts.append(article.summary)
    parts += [article.text, article.source, *article.topics, *article.tags]
    return SearchDoc(article.url_path, article.title, article.date.isoformat(timespec="seconds"), article.source,
                     article.summary, "\n".join(p for p in parts if p))
