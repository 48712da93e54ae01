"""Re-planning only what an edit touched, for `digest serve`.

After an edit, most of a large site is as it was: re-planning and fingerprinting all of it
would cost more than the edit. The planner compares each article's signature (its file's
content hash and everything the index derived for it: related articles, story, effective
topics and tags) with the last build's, and re-plans only the groups of pages that show a
changed article: its own page, the pages that list it as related or in their story, its
topics, tags, month and story, plus the few site-wide pages. Every other page keeps its job
and fingerprint from the last build. A settings, template, static-file or navigation change
re-plans everything.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from digest.config import Config
from digest.content import Article
from digest.index import SiteIndex
from digest.index_json import same_terms
from digest.render import GroupKey, PageJob, group_keys, plan_group, sitemap_job

# Groups whose pages show the whole site (home, term indexes, related news, feeds, index.json):
# always re-planned; they are few.
SITE_WIDE: frozenset[GroupKey] = frozenset({("home",), ("indexes",), ("related",), ("tail",)})


class IncrementalPlanner:
    def __init__(self) -> None:
        self._index: SiteIndex | None = None
        self._global_key: str | None = None
        self._groups: dict[GroupKey, list[PageJob]] = {}
        self._sitemap: PageJob | None = None
        self._showings: _Showings | None = None

    def plan(self, config: Config, index: SiteIndex, global_key: str) -> tuple[list[PageJob], set[str]]:
        """Every job of the site, and the paths of those that may differ from the last plan."""
        keys = group_keys(index)
        full = self._index is None or global_key != self._global_key
        if full:
            dirty = set(keys)
            self._showings = _Showings(index)
        else:
            changed = _changed_articles(self._index, index)
            dirty = _touched_groups(changed, self._index, index, self._showings) | (set(keys) - self._groups.keys())
        groups = {key: plan_group(config, index, key) if key in dirty else self._groups[key] for key in keys}
        jobs = [job for key in keys for job in groups[key]]
        sitemap = sitemap_job(jobs)
        jobs.append(sitemap)
        dirty_paths = {job.path for key in dirty if key in groups for job in groups[key]}
        if full or self._sitemap is None or sitemap.context != self._sitemap.context:
            dirty_paths.add(sitemap.path)  # a page came or went, or its lastmod changed
        self._index, self._global_key, self._groups, self._sitemap = index, global_key, groups, sitemap
        return jobs, dirty_paths


def _changed_articles(old: SiteIndex, new: SiteIndex) -> set[str]:
    """Slugs of the articles whose page data differ between two indexes (or that came or went).
    The index is patched, not rebuilt, after an edit: what did not change is the very same
    object in both, so identity settles almost every article, and values are compared only
    where the objects differ (the members of a term the edit touched get new Term objects
    with the same names, for instance)."""
    changed = old.by_slug.keys() ^ new.by_slug.keys()
    parts = [(getattr(old, name), getattr(new, name), same) for name, same in _PARTS]
    for slug in new.by_slug.keys() & old.by_slug.keys():
        for before, after, same in parts:
            x, y = before.get(slug), after.get(slug)
            if x is not y and not same(x, y):
                changed.add(slug)
                break
    return changed


def _same_articles(x: Article | None, y: Article | None) -> bool:
    return x is not None and y is not None and (x.path, x.content_hash) == (y.path, y.content_hash)


def _same_slugs(x: tuple[Article, ...] | None, y: tuple[Article, ...] | None) -> bool:
    x, y = x or (), y or ()
    return len(x) == len(y) and all(a.slug == b.slug for a, b in zip(x, y))


def _same_story(x: Any, y: Any) -> bool:
    if x is None or y is None:
        return x is y
    return x.id == y.id and _same_slugs(x.articles, y.articles) and _same_slugs(x.coverage, y.coverage)


_PARTS = (("by_slug", _same_articles), ("related", _same_slugs), ("story_of", _same_story),
          ("topics_of", same_terms), ("tags_of", same_terms),
          ("topic_source", lambda x, y: x == y), ("tag_source", lambda x, y: x == y))


class _Showings:
    """Which other pages show an article: the related lists that name it and the stories whose
    coverage lists it. Kept up to date from the changed articles, so finding the pages an edit
    touches does not walk every list of a large site."""

    def __init__(self, index: SiteIndex) -> None:
        self.related_in: dict[str, set[str]] = defaultdict(set)  # slug -> slugs whose related list has it
        self.covered_in: dict[str, set[str]] = defaultdict(set)  # slug -> ids of stories covering it
        for slug, related in index.related.items():
            for other in related:
                self.related_in[other.slug].add(slug)
        for story in index.stories:
            for other in story.coverage:
                self.covered_in[other.slug].add(story.id)

    def shown_by(self, changed: set[str]) -> tuple[set[str], set[str]]:
        """(articles, story ids) whose pages show one of `changed`."""
        articles: set[str] = set()
        stories: set[str] = set()
        for slug in changed:
            articles |= self.related_in.get(slug, set())
            stories |= self.covered_in.get(slug, set())
        return articles, stories

    def update(self, old: SiteIndex, new: SiteIndex, changed: set[str]) -> None:
        """The related lists and stories of changed articles are the only ones that differ."""
        old_stories = {old.story_of[slug] for slug in changed if slug in old.story_of}
        new_stories = {new.story_of[slug] for slug in changed if slug in new.story_of}
        for slug in changed:
            for other in old.related.get(slug, ()):
                self.related_in[other.slug].discard(slug)
        for story in old_stories:
            for other in story.coverage:
                self.covered_in[other.slug].discard(story.id)
        for slug in changed:
            for other in new.related.get(slug, ()):
                self.related_in[other.slug].add(slug)
        for story in new_stories:
            for other in story.coverage:
                self.covered_in[other.slug].add(story.id)


def _touched_groups(changed: set[str], old: SiteIndex, new: SiteIndex, showings: _Showings) -> set[GroupKey]:
    """The groups whose pages show one of the changed articles, in the old site or the new."""
    if not changed:
        return set(SITE_WIDE)
    dirty: set[GroupKey] = set(SITE_WIDE)
    dirty.update(("article", slug) for slug in changed)
    before = showings.shown_by(changed)
    showings.update(old, new, changed)
    after = showings.shown_by(changed)
    for index, (articles, story_ids) in ((old, before), (new, after)):
        dirty.update(("article", slug) for slug in articles)
        if story_ids:
            stories = {story.id: story for story in index.stories}
            for story_id in story_ids:
                dirty.add(("story", story_id))
                dirty.update(("article", a.slug) for a in stories[story_id].articles)
        for slug in changed:
            article = index.by_slug.get(slug)
            if article is None:
                continue
            story = index.story_of.get(slug)
            if story is not None:
                dirty.add(("story", story.id))
                dirty.update(("article", a.slug) for a in story.articles)
            dirty.update(("topic", term.slug) for term in index.topics_of.get(slug, ()))
            dirty.update(("tag", term.slug) for term in index.tags_of.get(slug, ()))
            dirty.add(("month", f"{article.date.year:04d}/{article.date.month:02d}"))
    return dirty
