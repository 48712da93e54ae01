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
from collections.abc import Callable, Iterable

from digest.config import Config
from digest.index import SiteIndex, changed_articles, same_order
from digest.render import GroupKey, PageJob, group_keys, plan_group, sitemap_job

# Groups whose pages show the whole site (home, term indexes, related news, feeds, index.json):
# always re-planned; they are few.
SITE_WIDE: frozenset[GroupKey] = frozenset({("home",), ("indexes",), ("related",), ("tail",)})


class IncrementalPlanner:
    def __init__(self) -> None:
        self._index: SiteIndex | None = None
        self._global_key: str | None = None
        self._keys: list[GroupKey] = []
        self._groups: dict[GroupKey, list[PageJob]] = {}
        self._jobs: list[PageJob] = []  # the last plan, sitemap last
        self._where: dict[GroupKey, int] = {}  # where each group's jobs start in it
        self._showings: _Showings | None = None
        self._paths: set[str] | None = None  # of the jobs of the last plan (None: not known yet)
        self._positions: dict[str, int] | None = None  # where each of them is in it (None: not known yet)

    def plan(self, config: Config, index: SiteIndex, global_key: str) -> tuple[list[PageJob], set[str]]:
        """Every job of the site, and the paths of those that may differ from the last plan."""
        full = self._index is None or global_key != self._global_key
        keys = self._keys if not full and _same_layout(self._index, index) else group_keys(index)
        if full:
            dirty = set(keys)
            self._showings = _Showings(index)
        else:
            changed = changed_articles(self._index, index)
            dirty = _touched_groups(changed, self._index, index, self._showings)
            if keys is not self._keys:
                dirty |= set(keys) - self._groups.keys()
        if full:
            fresh = None
        elif keys is self._keys:  # the same groups: those of `dirty` that are among them (not a walk through all)
            fresh = {key: plan_group(config, index, key) for key in dirty if key in self._groups}
        else:
            fresh = {key: plan_group(config, index, key) for key in keys if key in dirty}
        dirty_paths = {job.path for jobs in fresh.values() for job in jobs} if fresh is not None else set()
        if fresh is not None and keys is self._keys and all(len(fresh[key]) == len(self._groups[key]) for key in fresh):
            # The same groups with as many pages each: put the re-planned jobs in their places.
            jobs = list(self._jobs)
            same_urls = True
            for key, group in fresh.items():
                start = self._where[key]
                same_urls = same_urls and all((a.url, a.lastmod) == (b.url, b.lastmod)
                                              for a, b in zip(group, jobs[start:start + len(group)]))
                if any(a.path != b.path for a, b in zip(group, jobs[start:start + len(group)])):
                    self._paths = self._positions = None
                jobs[start:start + len(group)] = group
                self._groups[key] = group
            if not same_urls:  # a page's lastmod changed: the sitemap lists it
                jobs[-1] = sitemap_job(jobs[:-1])
                dirty_paths.add(jobs[-1].path)
        else:
            groups = {key: fresh[key] if fresh is not None and key in fresh else
                      self._groups[key] if not full else plan_group(config, index, key) for key in keys}
            jobs, where = [], {}
            for key in keys:
                where[key] = len(jobs)
                jobs.extend(groups[key])
            sitemap = sitemap_job(jobs)
            if full or not self._jobs or sitemap.context != self._jobs[-1].context:
                dirty_paths.add(sitemap.path)  # a page came or went, or its lastmod changed
            if full:
                dirty_paths.update(job.path for job in jobs)
            jobs.append(sitemap)
            self._keys, self._groups, self._where, self._paths, self._positions = keys, groups, where, None, None
        self._index, self._global_key, self._jobs = index, global_key, jobs
        return jobs, dirty_paths

    def paths(self) -> set[str]:
        """The output paths of the last plan (kept while the plan keeps them)."""
        if self._paths is None:
            self._paths = {job.path for job in self._jobs}
        return self._paths

    def jobs_at(self, paths: Iterable[str]) -> list[PageJob]:
        """The jobs of the last plan with these output paths, in its order (others are
        ignored): a few pages of a large site, found without a walk through all of them."""
        if self._positions is None:
            self._positions = {job.path: at for at, job in enumerate(self._jobs)}
        positions, jobs = self._positions, self._jobs
        return [jobs[at] for at in sorted({positions[path] for path in paths if path in positions})]


def _same_layout(old: SiteIndex, new: SiteIndex) -> bool:
    """The two indexes have the same groups of pages in the same order."""
    return (same_order(old, new)
            and [t.slug for t in old.topics] == [t.slug for t in new.topics]
            and [t.slug for t in old.tags] == [t.slug for t in new.tags]
            and [m.slug for m in old.months] == [m.slug for m in new.months]
            and [s.id for s in old.stories] == [s.id for s in new.stories])


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
        self._note(old, changed, set.discard)
        self._note(new, changed, set.add)

    def _note(self, index: SiteIndex, changed: set[str], apply: Callable[[set[str], str], None]) -> None:
        """Where the changed articles' related lists and stories point, added or taken away."""
        for slug in changed:
            for other in index.related.get(slug, ()):
                apply(self.related_in[other.slug], slug)
        for story in {index.story_of[slug] for slug in changed if slug in index.story_of}:
            for other in story.coverage:
                apply(self.covered_in[other.slug], story.id)


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
