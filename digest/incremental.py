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

from typing import Any

from digest.index import SiteIndex
from digest.config import Config
from digest.content import Article
from digest.render import GroupKey, PageJob, group_keys, plan_group, sitemap_job

# Groups whose pages show the whole site (home, term indexes, related news, feeds, index.json):
# always re-planned; they are few.
SITE_WIDE: frozenset[GroupKey] = frozenset({("home",), ("indexes",), ("related",), ("tail",)})


class IncrementalPlanner:
    def __init__(self) -> None:
        self._index: SiteIndex | None = None
        self._global_key: str | None = None
        self._groups: dict[GroupKey, list[PageJob]] = {}
        self._signatures: dict[str, tuple[Any, ...]] = {}

    def plan(self, config: Config, index: SiteIndex, global_key: str) -> tuple[list[PageJob], set[str]]:
        """Every job of the site, and the paths of those that may differ from the last plan."""
        keys = group_keys(index)
        signatures = {a.slug: _signature(index, a) for a in index.articles}
        if self._index is None or global_key != self._global_key:
            dirty = set(keys)
        else:
            changed = {slug for slug, sig in signatures.items() if self._signatures.get(slug) != sig}
            changed |= self._signatures.keys() - signatures.keys()
            dirty = _touched_groups(changed, self._index, index) | (set(keys) - self._groups.keys())
        groups = {key: plan_group(config, index, key) if key in dirty else self._groups[key] for key in keys}
        jobs = [job for key in keys for job in groups[key]]
        sitemap = sitemap_job(jobs)
        jobs.append(sitemap)
        dirty_paths = {job.path for key in dirty if key in groups for job in groups[key]} | {sitemap.path}
        self._index, self._global_key, self._groups, self._signatures = index, global_key, groups, signatures
        return jobs, dirty_paths


def _signature(index: SiteIndex, article: Article) -> tuple[Any, ...]:
    story = index.story_of.get(article.slug)
    return (
        article.path, article.content_hash,
        tuple(a.slug for a in index.related.get(article.slug, ())),
        (story.id, tuple(a.slug for a in story.articles), tuple(a.slug for a in story.coverage))
        if story else None,
        tuple(t.name for t in index.topics_of.get(article.slug, ())),
        tuple(t.name for t in index.tags_of.get(article.slug, ())),
        index.topic_source.get(article.slug), index.tag_source.get(article.slug),
    )


def _touched_groups(changed: set[str], old: SiteIndex, new: SiteIndex) -> set[GroupKey]:
    """The groups whose pages show one of the changed articles, in the old site or the new."""
    if not changed:
        return set(SITE_WIDE)
    dirty: set[GroupKey] = set(SITE_WIDE)
    dirty.update(("article", slug) for slug in changed)
    for index in (old, new):
        for slug, related in index.related.items():
            if any(other.slug in changed for other in related):
                dirty.add(("article", slug))
        for story in index.stories:
            if any(a.slug in changed for a in (*story.articles, *story.coverage)):
                dirty.add(("story", story.id))
                dirty.update(("article", a.slug) for a in story.articles)
        for kind, terms in (("topic", index.topics), ("tag", index.tags)):
            for term in terms:
                if any(a.slug in changed for a in term.articles):
                    dirty.add((kind, term.slug))
        for month in index.months:
            if any(a.slug in changed for a in month.articles):
                dirty.add(("month", month.slug))
    return dirty
