"""site/index.json: every article with its topics, tags, related articles and story, for
scripts and other tools. Each entry is serialised once per distinct content and kept from
build to build by the renderer: after an edit in serve, only the entries of the articles whose
data changed are serialised again (a few, not ten thousand), and the document is reassembled
from the kept bytes."""
from __future__ import annotations

import json
from collections.abc import Callable

from digest.config import Config
from digest.content import Article
from digest.index import ENTRY_PARTS, SiteIndex, changed_articles, same_order


class IndexJson:
    """Builds the document; one per renderer, handed on while settings and templates stay."""

    def __init__(self) -> None:
        self._entries: dict[str, bytes] = {}  # slug -> its entry
        self._index: SiteIndex | None = None  # what the last document was made from
        self._parts: list[bytes] = []  # its entries, in order
        self._position: dict[str, int] = {}  # slug -> where its entry is in _parts
        self._document = b""

    def render(self, config: Config, index: SiteIndex, abs_url: Callable[[str], str]) -> bytes:
        """The whole document: what json.dumps(..., indent=1) gives."""
        last = self._index
        entries = self._entries
        in_place = False
        if last is None:
            for article in index.articles:
                entries[article.slug] = _entry(index, article, abs_url)
        else:
            changed = changed_articles(last, index, ENTRY_PARTS)
            in_place = same_order(last, index)
            if not changed and in_place:
                self._index = index
                return self._document
            same_entries = True
            for slug in changed:
                article = index.by_slug.get(slug)
                if article is None:
                    entries.pop(slug, None)
                else:
                    entry = _entry(index, article, abs_url)
                    same_entries = same_entries and entry == entries.get(slug)
                    entries[slug] = entry
            if same_entries and in_place:  # (an edit that shows only on the article's page)
                self._index = index
                return self._document
        if in_place:  # the same articles in the same order: replace the changed entries
            parts = list(self._parts)
            for slug in changed:
                parts[self._position[slug]] = entries[slug]
        else:
            parts = [entries[article.slug] for article in index.articles]
            self._position = {article.slug: number for number, article in enumerate(index.articles)}
        self._parts = parts
        head = json.dumps({"title": config.title, "base_url": config.base_url}, ensure_ascii=False, indent=1)
        if not index.articles:
            document = (head[:-2] + ',\n "articles": []\n}\n').encode("utf-8")
        else:
            # One join of the whole document (~1 KB an article): the first and last entries framed.
            framed = list(parts)
            framed[0] = (head[:-2] + ',\n "articles": [\n  ').encode("utf-8") + framed[0]
            framed[-1] += b"\n ]\n}\n"
            document = b",\n  ".join(framed)
        self._index, self._document = index, document
        return document


def _entry(index: SiteIndex, a: Article, abs_url: Callable[[str], str]) -> bytes:
    slug = a.slug
    related, story = index.related.get(slug, ()), index.story_of.get(slug)
    topic_source, tag_source = index.topic_source[slug], index.tag_source[slug]
    item = {
        "url": abs_url(a.url_path),
        "path": a.url_path,
        "slug": slug,
        "title": a.title,
        "date": a.date.isoformat(timespec="seconds"),
        "updated": a.updated.isoformat(timespec="seconds"),
        "source": a.source,
        "source_url": a.source_url,
        "topics": [t.name for t in index.topics_of.get(slug, ())],
        "topics_source": topic_source.source,
        "topics_confidence": topic_source.confidence,
        "tags": [t.name for t in index.tags_of.get(slug, ())],
        "tags_source": tag_source.source,
        "summary": a.summary,
        "reading_minutes": a.reading_minutes,
        "related": [abs_url(r.url_path) for r in related],
        "story": story.id if story else None,
        "story_url": abs_url(story.url_path) if story else None,
    }
    # an entry sits two levels deep in the document: indent its lines to match
    return json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  ").encode("utf-8")
