"""Which articles' page data differ between two site indexes, for `digest serve`: the planner
re-plans their pages and index.json re-serialises their entries, and nothing else."""
from __future__ import annotations

import weakref
from itertools import compress
from operator import is_not
from typing import Any
from collections.abc import Callable

from digest.content import Article
from digest.index.model import SiteIndex, Term


def changed_articles(old: SiteIndex, new: SiteIndex, parts: Parts | None = None) -> set[str]:
    """Slugs of the articles whose page data differ between two indexes (or that came or went);
    `parts`: which per-article entries of the index to compare, and how (the page's by default).

    The index is patched, not rebuilt, after an edit: what did not change is the very same
    object in both, so identity settles almost every article (one dict lookup each), and
    values are compared only where the objects differ (the members of a term the edit touched
    get new Term objects with the same names, for instance)."""
    if old is new:
        return set()
    parts = PAGE_PARTS if parts is None else parts
    last = _LAST
    if last[0] is old and last[1] is new and last[2] is parts:
        return set(last[3])
    base, touched, _order_kept = _PATCHES.get(new, (None, {}, False))
    patched = base is not None and base() is old
    if patched and touched.get("by_slug") is not None:  # only those can have come or gone
        changed = {slug for slug in touched["by_slug"] if (slug in old.by_slug) != (slug in new.by_slug)}
    else:
        changed = old.by_slug.keys() ^ new.by_slug.keys()
    for name, same in parts:
        before, after = getattr(old, name), getattr(new, name)
        if before is after:
            continue
        if patched and touched.get(name) is not None:
            differing: Any = touched[name]  # the patch says no other article's entry was replaced
        else:
            get = before.get
            differing = [slug for slug, value in after.items() if get(slug) is not value]
            differing.extend(before.keys() - after.keys())
        for slug in differing:
            x, y = before.get(slug), after.get(slug)
            if x is not y and slug not in changed and not same(x, y):
                changed.add(slug)
    _LAST[:] = [old, new, parts, frozenset(changed)]
    return changed


def same_order(old: SiteIndex, new: SiteIndex) -> bool:
    """Whether two indexes list the same articles (by slug) in the same order: as their patch
    says, else found where their lists hold different objects (in C: a patched list keeps
    most of its objects)."""
    old_articles, new_articles = old.articles, new.articles
    if old_articles is new_articles:
        return True
    if len(old_articles) != len(new_articles):
        return False
    base, _touched, order_kept = _PATCHES.get(new, (None, {}, False))
    if order_kept and base is not None and base() is old:
        return True
    return all(old_articles[i].slug == new_articles[i].slug
               for i in compress(range(len(new_articles)), map(is_not, old_articles, new_articles)))


def note_patch(old: SiteIndex, new: SiteIndex, touched: dict[str, set[str] | None], order_kept: bool = False) -> None:
    """Record that `new` is `old` patched, where in each per-article dict named in `touched`
    only the entries of those slugs may have changed (None: any of them); other entries are the
    same objects, or, for the term lists, new tuples of terms with the same names. `order_kept`:
    its articles are those of `old` (by slug) in the same order."""
    _PATCHES[new] = (weakref.ref(old), touched, order_kept)


# What patches said (kept as long as the patched index lives), and the last answer: the planner
# and index.json usually ask about the same pair of indexes.
_PATCHES: weakref.WeakKeyDictionary[SiteIndex, tuple[weakref.ref[SiteIndex], dict[str, set[str] | None], bool]] = \
    weakref.WeakKeyDictionary()
_LAST: list[Any] = [None, None, None, frozenset()]


def same_terms(x: tuple[Term, ...] | None, y: tuple[Term, ...] | None) -> bool:
    """Two term lists show the same names (a patched index renews the Term objects of every
    member of a term that one article entered or left)."""
    x, y = x or (), y or ()
    return len(x) == len(y) and all(a.name == b.name for a, b in zip(x, y))


def _same_articles(x: Article | None, y: Article | None) -> bool:
    return x is not None and y is not None and (x.path, x.content_hash) == (y.path, y.content_hash)


def _same_slugs(x: tuple[Article, ...] | None, y: tuple[Article, ...] | None) -> bool:
    x, y = x or (), y or ()
    return len(x) == len(y) and all(a.slug == b.slug for a, b in zip(x, y))


def _same_story(x: Any, y: Any) -> bool:
    if x is None or y is None:
        return x is y
    return x.id == y.id and _same_slugs(x.articles, y.articles) and _same_slugs(x.coverage, y.coverage)


def _same_urls(x: tuple[Article, ...] | None, y: tuple[Article, ...] | None) -> bool:
    x, y = x or (), y or ()
    return len(x) == len(y) and all(a.url_path == b.url_path for a, b in zip(x, y))


def _same_story_id(x: Any, y: Any) -> bool:
    return x is y or (x is not None and y is not None and x.id == y.id)


def _equal(x: Any, y: Any) -> bool:
    return x == y


Parts = tuple[tuple[str, Callable[[Any, Any], bool]], ...]
# What an article's page shows: its related articles and story by their slugs (the pages
# listing an article whose title or date changed are found through the article itself).
PAGE_PARTS: Parts = (
    ("by_slug", _same_articles), ("related", _same_slugs), ("story_of", _same_story),
    ("topics_of", same_terms), ("tags_of", same_terms), ("topic_source", _equal), ("tag_source", _equal))
# What its index.json entry shows: related articles by URL, the story by id.
ENTRY_PARTS: Parts = (
    ("by_slug", _same_articles), ("related", _same_urls), ("story_of", _same_story_id),
    ("topics_of", same_terms), ("tags_of", same_terms), ("topic_source", _equal), ("tag_source", _equal))
