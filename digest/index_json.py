"""site/index.json: every article with its topics, tags, related articles and story, for
scripts and other tools. Each entry is serialised once per distinct content and kept in a cache
the renderer carries from build to build (an edit in serve re-serialises one entry, not ten
thousand)."""
from __future__ import annotations

import json
from typing import Callable

from digest.config import Config
from digest.content import Article
from digest.index import SiteIndex, Term


def same_terms(x: tuple[Term, ...] | None, y: tuple[Term, ...] | None) -> bool:
    """Two term lists show the same names (a patched index renews the Term objects of every
    member of a term that one article entered or left)."""
    x, y = x or (), y or ()
    return len(x) == len(y) and all(a.name == b.name for a, b in zip(x, y))


def _same_sources(before: tuple, after: tuple) -> bool:
    """What an index.json entry is made of is unchanged: the same objects, or (for an
    article's topics and tags, whose Term objects are renewed when another member changes)
    the same names."""
    for number, (x, y) in enumerate(zip(before, after)):
        if x is not y and not (number in (3, 4) and same_terms(x, y)):
            return False
    return True


def index_json(config: Config, index: SiteIndex, abs_url: Callable[[str], str],
               cache: dict[str, tuple[tuple, str]]) -> bytes:
    """The whole document: what json.dumps(..., indent=1) gives, assembled from cached entries."""
    entries = [_entry(index, a, abs_url, cache) for a in index.articles]
    head = json.dumps({"title": config.title, "base_url": config.base_url}, ensure_ascii=False, indent=1)
    if not entries:
        return (head[:-2] + ',\n "articles": []\n}\n').encode("utf-8")
    return (head[:-2] + ',\n "articles": [\n  ' + ",\n  ".join(entries) + "\n ]\n}\n").encode("utf-8")


def _entry(index: SiteIndex, a: Article, abs_url: Callable[[str], str],
           cache: dict[str, tuple[tuple, str]]) -> str:
    slug = a.slug
    # What the entry shows comes from these objects; an index patched after an edit
    # keeps the very same ones for every article the edit did not touch.
    sources = (a, index.related.get(slug, ()), index.story_of.get(slug), index.topics_of.get(slug, ()),
               index.tags_of.get(slug, ()), index.topic_source[slug], index.tag_source[slug])
    known = cache.get(slug)
    if known is not None and _same_sources(known[0], sources):
        return known[1]
    _article, related, story, topics, tags, topic_source, tag_source = sources
    item = {
        "url": abs_url(a.url_path),
        "path": a.url_path,
        "slug": slug,
        "title": a.title,
        "date": a.date.isoformat(timespec="seconds"),
        "updated": a.updated.isoformat(timespec="seconds"),
        "source": a.source,
        "source_url": a.source_url,
        "topics": [t.name for t in topics],
        "topics_source": topic_source.source,
        "topics_confidence": topic_source.confidence,
        "tags": [t.name for t in tags],
        "tags_source": tag_source.source,
        "summary": a.summary,
        "reading_minutes": a.reading_minutes,
        "related": [abs_url(r.url_path) for r in related],
        "story": story.id if story else None,
        "story_url": abs_url(story.url_path) if story else None,
    }
    # an entry sits two levels deep in the document: indent its lines to match
    entry = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  ")
    cache[slug] = (sources, entry)
    return entry
