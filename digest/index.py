"""The site index: every published article, grouped by topic, tag and month, with related
articles and stories. Built once from the full list of articles, then read-only: rendering
never looks at files, so a page always sees every other article.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from digest.config import Config, Topic
from digest.content import Article
from digest.errors import Problem
from digest.text import slugify

STORY_WINDOW_DAYS = 3  # articles about one event appear within days of each other
STORY_MIN_SHARED_TAGS = 2


@dataclass(frozen=True, eq=False)
class Term:
    """A topic or a tag, with its articles newest first."""

    name: str
    slug: str
    description: str
    articles: tuple[Article, ...]


@dataclass(frozen=True, eq=False)
class Month:
    year: int
    month: int
    articles: tuple[Article, ...]

    @property
    def slug(self) -> str:
        return f"{self.year:04d}/{self.month:02d}"


@dataclass(frozen=True, eq=False)
class Story:
    """Articles about the same event; the lead is the earliest report."""

    id: str
    lead: Article
    articles: tuple[Article, ...]  # the lead first, then by date

    @property
    def others(self) -> tuple[Article, ...]:
        return self.articles[1:]

    @property
    def latest(self) -> datetime:
        return max(article.date for article in self.articles)


@dataclass(frozen=True, eq=False)
class SiteIndex:
    articles: tuple[Article, ...]  # newest first
    by_slug: dict[str, Article]
    topics: tuple[Term, ...]  # declared order, then undeclared ones found in articles
    tags: tuple[Term, ...]  # most used first
    months: tuple[Month, ...]  # newest first
    related: dict[str, tuple[Article, ...]]
    stories: tuple[Story, ...]  # newest first
    story_of: dict[str, Story]
    topics_of: dict[str, tuple[Term, ...]]
    tags_of: dict[str, tuple[Term, ...]]


def newest_first(articles) -> list[Article]:
    return sorted(articles, key=lambda a: (a.date, a.slug), reverse=True)


def build_index(articles: list[Article], config: Config) -> tuple[SiteIndex, list[Problem]]:
    problems: list[Problem] = []
    ordered = newest_first(articles)
    topics = _group_topics(ordered, config.topics, problems)
    tags = _group_tags(ordered)
    by_slug = {article.slug: article for article in ordered}
    stories = _find_stories(ordered)
    story_of = {article.slug: story for story in stories for article in story.articles}
    index = SiteIndex(
        articles=tuple(ordered),
        by_slug=by_slug,
        topics=topics,
        tags=tags,
        months=_group_months(ordered),
        related=_find_related(ordered, config.related_count, by_slug, problems),
        stories=tuple(stories),
        story_of=story_of,
        topics_of=_terms_of(ordered, topics, lambda a: a.topics, lambda name: name),
        tags_of=_terms_of(ordered, tags, lambda a: a.tags, slugify),
    )
    return index, problems


def _terms_of(articles: list[Article], terms: tuple[Term, ...], names_of, key_of) -> dict[str, tuple[Term, ...]]:
    """Each article's terms, in the order its front matter lists them."""
    by_key = {term.slug if key_of is slugify else term.name: term for term in terms}
    return {
        article.slug: tuple(dict.fromkeys(by_key[key_of(name)] for name in names_of(article)))
        for article in articles
    }


def _group_topics(ordered: list[Article], declared: tuple[Topic, ...], problems: list[Problem]) -> tuple[Term, ...]:
    members: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        for name in article.topics:
            members[name].append(article)
    terms = [Term(t.name, t.slug, t.description, tuple(members.get(t.name, ()))) for t in declared]
    declared_names = {t.name for t in declared}
    taken = {t.slug for t in declared}
    for name in sorted(set(members) - declared_names):
        for article in members[name]:
            problems.append(Problem(article.path, article.lines.get("topics"), None,
                                    f"topic {name!r} is not declared in digest.yaml",
                                    "add it under `topics:` in digest.yaml (with a slug and description), or fix the spelling",
                                    "warning"))
        slug = _free_slug(slugify(name), taken)
        terms.append(Term(name, slug, "", tuple(members[name])))
    return tuple(terms)


def _group_tags(ordered: list[Article]) -> tuple[Term, ...]:
    """Tags that differ only in case or width (`OpenAI`, `openai`) are one tag: the spelling
    used most names it."""
    members: dict[str, list[Article]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for article in ordered:
        for name in article.tags:
            slug = slugify(name)
            if not members[slug] or members[slug][-1] is not article:
                members[slug].append(article)
            spellings[slug][name] += 1
    terms = [
        Term(_most_common(spellings[slug]), slug, "", tuple(articles))
        for slug, articles in members.items()
    ]
    terms.sort(key=lambda term: (-len(term.articles), term.slug))
    # Articles refer to tags by spelling; give every spelling the term's name.
    return tuple(terms)


def _most_common(counter: Counter[str]) -> str:
    return min(counter.items(), key=lambda item: (-item[1], item[0]))[0]


def _free_slug(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def _group_months(ordered: list[Article]) -> tuple[Month, ...]:
    members: dict[tuple[int, int], list[Article]] = defaultdict(list)
    for article in ordered:
        members[(article.date.year, article.date.month)].append(article)
    return tuple(Month(year, month, tuple(items)) for (year, month), items in members.items())


def _find_related(ordered: list[Article], count: int, by_slug: dict[str, Article],
                  problems: list[Problem]) -> dict[str, tuple[Article, ...]]:
    """Manual `related:` picks first, then the articles sharing the most (and rarest) tags and
    topics, closest in time. Ties break on date, then slug, so the lists are deterministic."""
    by_tag: dict[str, list[int]] = defaultdict(list)
    by_topic: dict[str, list[int]] = defaultdict(list)
    for position, article in enumerate(ordered):
        for tag in {slugify(t) for t in article.tags}:
            by_tag[tag].append(position)
        for topic in article.topics:
            by_topic[topic].append(position)
    tag_weight = {tag: 1.0 / math.log(2 + len(members)) for tag, members in by_tag.items()}
    related: dict[str, tuple[Article, ...]] = {}
    for position, article in enumerate(ordered):
        picks = _manual_related(article, by_slug, problems)
        scores: dict[int, float] = defaultdict(float)
        for tag in {slugify(t) for t in article.tags}:
            for other in by_tag[tag]:
                scores[other] += tag_weight[tag]
        for topic in article.topics:
            for other in _nearest_in_time(by_topic[topic], position, count * 2):
                scores[other] += 0.1
        scores.pop(position, None)
        ranked = sorted(
            scores,
            key=lambda other: (-(scores[other] + _closeness(article, ordered[other])), other),
        )
        target = max(count, len(picks))
        chosen = {pick.slug for pick in picks}
        for other in ranked:
            if len(picks) >= target:
                break
            if ordered[other].slug not in chosen:
                picks.append(ordered[other])
        related[article.slug] = tuple(picks)
    return related


def _manual_related(article: Article, by_slug: dict[str, Article], problems: list[Problem]) -> list[Article]:
    picks = []
    for slug in article.related:
        other = by_slug.get(slug)
        if other is None:
            problems.append(Problem(article.path, article.lines.get("related"), None,
                                    f"`related` names {slug!r}, which is not a published article",
                                    "use the slug of another article (see site/index.json)", "warning"))
        elif other is not article and all(other is not pick for pick in picks):
            picks.append(other)
    return picks


def _nearest_in_time(positions: list[int], position: int, count: int) -> list[int]:
    """Members of one topic around `position` in the newest-first order (positions are sorted)."""
    middle = bisect.bisect_left(positions, position)
    return positions[max(0, middle - count): middle + count + 1]


def _closeness(article: Article, other: Article) -> float:
    days = abs((article.date - other.date).total_seconds()) / 86400
    return 0.3 * math.exp(-days / 30)


def _find_stories(ordered: list[Article]) -> list[Story]:
    """Articles sharing several tags within a few days report the same event. Until content
    similarity lands, this is a deliberately strict grouping on tags and time."""
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    chronological = sorted(range(len(ordered)), key=lambda i: ordered[i].date)
    tag_sets = [{slugify(t) for t in a.tags} for a in ordered]
    window = STORY_WINDOW_DAYS * 86400
    for k, i in enumerate(chronological):
        for j in chronological[k + 1:]:
            if (ordered[j].date - ordered[i].date).total_seconds() > window:
                break
            if len(tag_sets[i] & tag_sets[j]) >= STORY_MIN_SHARED_TAGS:
                parent[root(j)] = root(i)
    groups: dict[int, list[Article]] = defaultdict(list)
    for i in chronological:
        groups[root(i)].append(ordered[i])
    stories = [
        Story(id=members[0].slug, lead=members[0], articles=tuple(members))
        for members in groups.values()
        if len(members) > 1
    ]
    stories.sort(key=lambda story: (story.latest, story.id), reverse=True)
    return stories
