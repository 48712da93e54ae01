"""The site index: the immutable data rendering reads (terms, months, stories, related lists),
and how it is grouped from the articles and what the indexer found in them."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from itertools import compress
from operator import is_not

from digest.config import Config, Topic
from digest.content import Article
from digest.errors import Problem
from digest.index.facts import ContentFacts, Provenance
from digest.text import slugify

STORY_COVERAGE = 8  # related articles shown on a story's page, in time order
COVERAGE_MIN_SIMILARITY = 0.1  # ... when their content is at least this close to a report

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
    """Articles about the same event; the lead is the earliest report. The id is the lead's
    slug: it stays while articles that are not part of the story come and go."""

    id: str
    lead: Article
    articles: tuple[Article, ...]  # the lead first, then by date
    coverage: tuple[Article, ...] = ()  # related articles outside the story, oldest first

    @property
    def url_path(self) -> str:
        return f"stories/{self.id}/"

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
    topics_of: TermLists  # effective: front matter, else assigned by digest
    tags_of: TermLists  # effective: front matter, else extracted by digest
    topic_source: dict[str, Provenance]  # slug -> manual / auto (with confidence) / none
    tag_source: dict[str, Provenance]


def newest_first(articles) -> list[Article]:
    return sorted(articles, key=lambda a: (a.date, a.slug), reverse=True)


def full_index(articles: list[Article], config: Config, facts: ContentFacts,
                problems: list[Problem], spellings: dict[str, dict[str, int]] | None = None) -> SiteIndex:
    ordered = newest_first(articles)
    topics = group_topics(ordered, config.topics, facts.topics, problems)
    tags = _group_tags(ordered, facts.tags, spellings)
    by_slug = {article.slug: article for article in ordered}
    related = _related(ordered, facts, config.related_count, by_slug, problems)
    stories = _stories(facts, by_slug)
    return SiteIndex(
        articles=tuple(ordered),
        by_slug=by_slug,
        topics=topics,
        tags=tags,
        months=group_months(ordered),
        related=related,
        stories=tuple(stories),
        story_of={article.slug: story for story in stories for article in story.articles},
        topics_of=TermLists(by_slug, facts.topics, {term.name: term for term in topics}, by_name=True),
        tags_of=TermLists(by_slug, facts.tags, {term.slug: term for term in tags}, by_name=False),
        topic_source=facts.topic_source,
        tag_source=facts.tag_source,
    )


class TermLists(Mapping[str, tuple[Term, ...]]):
    """Each article's terms (slug -> its Term objects, in the order its front matter or digest
    lists them), found when asked from the names the facts give and the index's terms by name
    (topics) or slug (tags). Nothing per article is held: a patched index gets a new one from
    the new facts and terms at the cost of the terms, not of the articles (an edit renews the
    Term of every topic and tag it touches, which thousands of other articles list)."""

    __slots__ = ("_articles", "_names_of", "_by_key", "_by_name")
    fingerprint_fields = __slots__  # (digest.render.fingerprint: what it is made of)

    def __init__(self, articles: Mapping[str, Article], names_of: Mapping[str, tuple[str, ...]],
                 by_key: Mapping[str, Term], by_name: bool):
        self._articles = articles  # the index's by_slug: the keys
        self._names_of = names_of
        self._by_key = by_key  # the index's terms by name (topics, by_name) or by slug (tags)
        self._by_name = by_name

    def __getitem__(self, slug: str) -> tuple[Term, ...]:
        found = self.get(slug)
        if found is None:
            raise KeyError(slug)
        return found

    def term(self, key: str) -> Term:
        """The index's term of this name (topics) or slug (tags)."""
        return self._by_key[key]

    def get(self, slug: str, default=None):  # type: ignore[override]  # (the lookup itself, in C where it can)
        if slug not in self._articles:
            return default
        names = self._names_of.get(slug, ())
        if not names:
            return ()
        if not self._by_name:
            keys = list(map(_SLUGS.get, names))
            names = keys if None not in keys else [slug_of(name) for name in names]
        by_key = self._by_key
        return (by_key[names[0]],) if len(names) == 1 else tuple(dict.fromkeys(map(by_key.__getitem__, names)))

    def __contains__(self, slug: object) -> bool:
        return slug in self._articles

    def __iter__(self) -> Iterator[str]:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)

    def __reduce__(self):
        return TermLists, (self._articles, self._names_of, self._by_key, self._by_name)


def group_topics(ordered: list[Article], declared: tuple[Topic, ...], names_of: dict[str, tuple[str, ...]],
                  problems: list[Problem]) -> tuple[Term, ...]:
    members: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        for name in names_of.get(article.slug, ()):
            members[name].append(article)
    terms = [Term(t.name, t.slug, t.description, tuple(members.get(t.name, ()))) for t in declared]
    declared_names = {t.name for t in declared}
    taken = {t.slug for t in declared}
    for name in sorted(set(members) - declared_names):
        slug = _free_slug(slugify(name), taken)
        terms.append(Term(name, slug, "", tuple(members[name])))
        problems.extend(undeclared_topic_problems(terms[-1]))
    return tuple(terms)


def undeclared_topic_problems(term: Term, before: tuple[Term, list[Problem]] | None = None) -> list[Problem]:
    """A warning for each article filed under a topic digest.yaml does not declare; `before`:
    the term and warnings of an earlier index, whose warnings about the same articles are kept."""
    message = f"topic {term.name!r} is not declared in digest.yaml"

    def warning(article: Article) -> Problem:
        return Problem(article.path, article.lines.get("topics"), None, message,
                       "add it under `topics:` in digest.yaml (with a slug and description), or fix the spelling", "warning")

    if before is not None and len(before[0].articles) == len(term.articles):
        # an edit in serve: the same articles in the same places but for the edited ones,
        # found by comparing identities in C (a topic may hold tens of thousands)
        problems = list(before[1])
        for at in compress(range(len(problems)), map(is_not, term.articles, before[0].articles)):
            problems[at] = warning(term.articles[at])
        return problems
    kept = {id(a): (a, p) for a, p in zip(before[0].articles, before[1])} if before is not None else {}
    problems = []
    for article in term.articles:
        known = kept.get(id(article))
        problems.append(known[1] if known is not None and known[0] is article else warning(article))
    return problems


def _group_tags(ordered: list[Article], names_of: dict[str, tuple[str, ...]],
                spellings: dict[str, dict[str, int]] | None = None) -> tuple[Term, ...]:
    """Tags that differ only in case or width (`OpenAI`, `openai`) are one tag: the spelling
    used most names it. `spellings` (tag slug -> spelling -> uses) is filled in if given."""
    members: dict[str, list[Article]] = {}
    spellings = {} if spellings is None else spellings
    for article in ordered:
        for name in names_of.get(article.slug, ()):
            slug = slug_of(name)
            found = members.get(slug)
            if found is None:
                members[slug] = [article]
                spellings[slug] = {name: 1}
                continue
            if found[-1] is not article:
                found.append(article)
            counts = spellings[slug]
            counts[name] = counts.get(name, 0) + 1
    terms = [
        Term(most_common(spellings[slug]), slug, "", tuple(articles))
        for slug, articles in members.items()
    ]
    terms.sort(key=tag_order)
    return tuple(terms)


def most_common(counter: dict[str, int]) -> str:
    if len(counter) == 1:
        return next(iter(counter))
    return min(counter.items(), key=lambda item: (-item[1], item[0]))[0]


def _free_slug(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def group_months(ordered: list[Article]) -> tuple[Month, ...]:
    members: dict[tuple[int, int], list[Article]] = defaultdict(list)
    for article in ordered:
        members[(article.date.year, article.date.month)].append(article)
    return tuple(Month(year, month, tuple(items)) for (year, month), items in members.items())


def _related(ordered: list[Article], facts: ContentFacts, count: int, by_slug: dict[str, Article],
             problems: list[Problem]) -> dict[str, tuple[Article, ...]]:
    """Manual `related:` picks first, then the computed ones (see digest.index.related), `count` in
    all (more when a person picked more)."""
    related: dict[str, tuple[Article, ...]] = {}
    for article in ordered:
        picks = manual_related(article, by_slug, problems)
        chosen = {pick.slug for pick in picks}
        target = max(count, len(picks))
        for slug, _similarity in facts.related.get(article.slug, ()):
            if len(picks) >= target:
                break
            if slug not in chosen:
                picks.append(by_slug[slug])
                chosen.add(slug)
        related[article.slug] = tuple(picks)
    return related


def manual_related(article: Article, by_slug: dict[str, Article], problems: list[Problem]) -> list[Article]:
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


def _stories(facts: ContentFacts, by_slug: dict[str, Article]) -> list[Story]:
    stories = []
    for slugs in facts.stories:
        members = tuple(by_slug[slug] for slug in slugs)
        stories.append(Story(id=slugs[0], lead=members[0], articles=members,
                             coverage=coverage(members, facts.related, by_slug)))
    stories.sort(key=lambda story: (story.latest, story.id), reverse=True)
    return stories


def coverage(members: tuple[Article, ...], computed: dict[str, tuple[tuple[str, float], ...]],
              by_slug: dict[str, Article]) -> tuple[Article, ...]:
    """The articles most related to the story's reports (by their best rank in any report's
    list), outside the story, shown oldest first: how the subject developed."""
    inside = {article.slug for article in members}
    best_rank: dict[str, int] = {}
    for article in members:
        for rank, (slug, similarity) in enumerate(computed.get(article.slug, ())):
            if similarity >= COVERAGE_MIN_SIMILARITY and slug not in inside and rank < best_rank.get(slug, rank + 1):
                best_rank[slug] = rank
    chosen = sorted(best_rank, key=lambda slug: (best_rank[slug], slug))[:STORY_COVERAGE]
    return tuple(sorted((by_slug[slug] for slug in chosen), key=lambda a: (a.date, a.slug)))


_SLUGS: dict[str, str] = {}  # tag name -> slug (pinyin is slow: each name is done once per process)
def tag_slugs(names_lists) -> dict[str, str]:
    """The known slugs of the tag names in `names_lists` (for a saved index state)."""
    return {name: _SLUGS[name] for names in names_lists for name in names if name in _SLUGS}


def remember_tag_slugs(slugs: dict[str, str]) -> None:
    _SLUGS.update(slugs)


def slug_of(name: str) -> str:
    found = _SLUGS.get(name)
    if found is None:
        found = _SLUGS[name] = slugify(name)
    return found


def tag_order(term: Term) -> tuple[int, str]:
    return (-len(term.articles), term.slug)
