"""The site index: every published article, grouped by topic, tag and month, with related
articles and stories. Built once from the full list of articles, then read-only: rendering
never looks at files, so a page always sees every other article.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from digest.config import Config, Topic
from digest.content import Article
from digest.errors import Problem
from digest.indexer import ContentFacts, FactsChange, Indexer, Provenance
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
    topics_of: dict[str, tuple[Term, ...]]  # effective: front matter, else assigned by digest
    tags_of: dict[str, tuple[Term, ...]]  # effective: front matter, else extracted by digest
    topic_source: dict[str, Provenance]  # slug -> manual / auto (with confidence) / none
    tag_source: dict[str, Provenance]


def newest_first(articles) -> list[Article]:
    return sorted(articles, key=lambda a: (a.date, a.slug), reverse=True)


def build_index(articles: list[Article], config: Config, indexer: Indexer | None = None) -> tuple[SiteIndex, list[Problem]]:
    """The index of `articles`. Pass the same `indexer` to successive builds (the dev server
    does) to reuse the work of the previous one: only what a change touches is recomputed, and
    the result is the same either way."""
    indexer = indexer or Indexer(config)
    facts = indexer.facts(articles)
    change = indexer.last_change
    previous = indexer.site if isinstance(indexer.site, _SiteState) else None
    if previous is not None and not change.full and previous.config == config and change.count == len(articles):
        if not (change.articles or change.topics or change.tags or change.related or change.stories):
            return previous.index, list(previous.problems)
        patched = previous.patch(articles, facts, change)
        if patched is not None:
            indexer.site = patched
            return patched.index, list(patched.problems)
    state = _SiteState.build(articles, config, facts)
    indexer.site = state
    return state.index, list(state.problems)


def _full_index(articles: list[Article], config: Config, facts: ContentFacts,
                problems: list[Problem], spellings: dict[str, dict[str, int]] | None = None) -> SiteIndex:
    ordered = newest_first(articles)
    topics = _group_topics(ordered, config.topics, facts.topics, problems)
    tags = _group_tags(ordered, facts.tags, spellings)
    by_slug = {article.slug: article for article in ordered}
    related = _related(ordered, facts, config.related_count, by_slug, problems)
    stories = _stories(facts, by_slug)
    return SiteIndex(
        articles=tuple(ordered),
        by_slug=by_slug,
        topics=topics,
        tags=tags,
        months=_group_months(ordered),
        related=related,
        stories=tuple(stories),
        story_of={article.slug: story for story in stories for article in story.articles},
        topics_of=_terms_of(ordered, topics, facts.topics, lambda name: name),
        tags_of=_terms_of(ordered, tags, facts.tags, _slug),
        topic_source=facts.topic_source,
        tag_source=facts.tag_source,
    )


def _terms_of(articles: list[Article], terms: tuple[Term, ...], names_of: dict[str, tuple[str, ...]],
              key_of) -> dict[str, tuple[Term, ...]]:
    """Each article's terms, in the order its front matter (or digest) lists them."""
    by_key = {term.slug if key_of is _slug else term.name: term for term in terms}
    return {
        article.slug: tuple(dict.fromkeys(by_key[key_of(name)] for name in names_of.get(article.slug, ())))
        for article in articles
    }


def _group_topics(ordered: list[Article], declared: tuple[Topic, ...], names_of: dict[str, tuple[str, ...]],
                  problems: list[Problem]) -> tuple[Term, ...]:
    members: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        for name in names_of.get(article.slug, ()):
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


def _group_tags(ordered: list[Article], names_of: dict[str, tuple[str, ...]],
                spellings: dict[str, dict[str, int]] | None = None) -> tuple[Term, ...]:
    """Tags that differ only in case or width (`OpenAI`, `openai`) are one tag: the spelling
    used most names it. `spellings` (tag slug -> spelling -> uses) is filled in if given."""
    members: dict[str, list[Article]] = {}
    spellings = {} if spellings is None else spellings
    for article in ordered:
        for name in names_of.get(article.slug, ()):
            slug = _slug(name)
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
        Term(_most_common(spellings[slug]), slug, "", tuple(articles))
        for slug, articles in members.items()
    ]
    terms.sort(key=_tag_order)
    return tuple(terms)


def _most_common(counter: dict[str, int]) -> str:
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


def _group_months(ordered: list[Article]) -> tuple[Month, ...]:
    members: dict[tuple[int, int], list[Article]] = defaultdict(list)
    for article in ordered:
        members[(article.date.year, article.date.month)].append(article)
    return tuple(Month(year, month, tuple(items)) for (year, month), items in members.items())


def _related(ordered: list[Article], facts: ContentFacts, count: int, by_slug: dict[str, Article],
             problems: list[Problem]) -> dict[str, tuple[Article, ...]]:
    """Manual `related:` picks first, then the computed ones (see digest.indexer), `count` in
    all (more when a person picked more)."""
    related: dict[str, tuple[Article, ...]] = {}
    for article in ordered:
        picks = _manual_related(article, by_slug, problems)
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


def _stories(facts: ContentFacts, by_slug: dict[str, Article]) -> list[Story]:
    stories = []
    for slugs in facts.stories:
        members = tuple(by_slug[slug] for slug in slugs)
        stories.append(Story(id=slugs[0], lead=members[0], articles=members,
                             coverage=_coverage(members, facts.related, by_slug)))
    stories.sort(key=lambda story: (story.latest, story.id), reverse=True)
    return stories


def _coverage(members: tuple[Article, ...], computed: dict[str, tuple[tuple[str, float], ...]],
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


def _slug(name: str) -> str:
    found = _SLUGS.get(name)
    if found is None:
        found = _SLUGS[name] = slugify(name)
    return found


def _tag_order(term: Term) -> tuple[int, str]:
    return (-len(term.articles), term.slug)


def _key(article: Article) -> tuple[datetime, str]:
    return (article.date, article.slug)


def _insert_newest_first(items: list[Article], article: Article) -> None:
    """Insert into a list sorted newest first (by date, then slug, both descending)."""
    key = _key(article)
    low, high = 0, len(items)
    while low < high:
        middle = (low + high) // 2
        if _key(items[middle]) > key:
            low = middle + 1
        else:
            high = middle
    items.insert(low, article)


def _patched_members(old: tuple[Article, ...], changed: set[str], members: list[Article]) -> tuple[Article, ...]:
    """`old` (newest first) without the articles of `changed` slugs, plus `members` (current
    articles of changed slugs that belong), in order."""
    items = [a for a in old if a.slug not in changed] if changed else list(old)
    for article in members:
        _insert_newest_first(items, article)
    return tuple(items)


class _SiteState:
    """The last site index and what patching it needs; kept on the Indexer."""

    def __init__(self, config: Config, index: SiteIndex, facts: ContentFacts, topic_problems: list[Problem],
                 related_problems: dict[str, list[Problem]], size: int, spellings: dict[str, dict[str, int]]):
        self.config = config
        self.index = index
        self.facts = facts
        self.topic_problems = topic_problems
        self.related_problems = related_problems
        self.size = size  # articles given (duplicates included)
        self.problems = topic_problems + [p for a in index.articles for p in related_problems.get(a.slug, ())] \
            if related_problems else list(topic_problems)
        self.refers: dict[str, set[str]] = {}  # slug -> articles whose related list shows it
        self.named: dict[str, set[str]] = {}  # slug -> articles whose `related:` names it
        self.spellings = spellings  # tag slug -> spelling -> uses
        self.tag_terms = {term.slug: term for term in index.tags}
        refers = self.refers
        for slug, picks in index.related.items():
            for pick in picks:
                found = refers.get(pick.slug)
                if found is None:
                    refers[pick.slug] = {slug}
                else:
                    found.add(slug)
        for article in index.articles:
            for name in article.related:
                self.named.setdefault(name, set()).add(article.slug)

    @classmethod
    def build(cls, articles: list[Article], config: Config, facts: ContentFacts) -> _SiteState:
        problems: list[Problem] = []
        spellings: dict[str, dict[str, int]] = {}
        index = _full_index(articles, config, facts, problems, spellings)
        topic_problems = [p for p in problems if p.message.startswith("topic ")]
        related_problems: dict[str, list[Problem]] = {}
        for article in index.articles:
            if article.related:
                found: list[Problem] = []
                _manual_related(article, index.by_slug, found)
                if found:
                    related_problems[article.slug] = found
        return cls(config, index, facts, topic_problems, related_problems, len(articles), spellings)

    def patch(self, articles: list[Article], facts: ContentFacts, change: FactsChange) -> _SiteState | None:
        """The index after `change`, built from this one; None when a full build is needed."""
        old = self.index
        changed = change.articles
        now = change.current  # slug -> its article now (None: gone), for every changed slug
        members = [now[slug] for slug in sorted(changed) if now.get(slug) is not None]
        ordered = _patched_members(old.articles, changed, members) if changed else old.articles
        # Dicts are patched copies: their order may differ from a fresh build's, not their content.
        by_slug = dict(old.by_slug)
        for slug in changed:
            if now.get(slug) is None:
                by_slug.pop(slug, None)
        by_slug.update((article.slug, article) for article in members)
        current = by_slug
        # Topics.
        topic_slugs = changed | change.topics
        declared = {topic.name for topic in self.config.topics}
        affected = set()
        for slug in topic_slugs:
            affected.update(t.name for t in old.topics_of.get(slug, ()))
            affected.update(facts.topics.get(slug, ()))
        if affected - declared:
            topic_problems: list[Problem] = []
            topics = _group_topics(list(ordered), self.config.topics, facts.topics, topic_problems)
            rebuilt_topics = {term.name: term for term in topics}
        else:
            topic_problems = self.topic_problems
            rebuilt_topics = {}
            for term in old.topics:
                if term.name in affected:
                    joining = [current[slug] for slug in sorted(topic_slugs)
                               if slug in current and term.name in facts.topics.get(slug, ())]
                    rebuilt_topics[term.name] = Term(term.name, term.slug, term.description,
                                                     _patched_members(term.articles, topic_slugs, joining))
            topics = tuple(rebuilt_topics.get(term.name, term) for term in old.topics)
        # Tags.
        tag_slugs = changed | change.tags
        spellings = dict(self.spellings)
        affected_tags: set[str] = set()
        for slug in tag_slugs:
            for sign, names in ((-1, self.facts.tags.get(slug, ())), (1, facts.tags.get(slug, ()))):
                for name in names:
                    key = _slug(name)
                    affected_tags.add(key)
                    counter = spellings[key] = dict(spellings.get(key, ()))
                    counter[name] = counter.get(name, 0) + sign
                    if counter[name] <= 0:
                        del counter[name]
        tag_terms = dict(self.tag_terms) if affected_tags else self.tag_terms
        rebuilt_tags: dict[str, Term] = {}
        for key in affected_tags:
            joining = [current[slug] for slug in sorted(tag_slugs)
                       if slug in current and any(_slug(name) == key for name in facts.tags.get(slug, ()))]
            before = self.tag_terms[key].articles if key in self.tag_terms else ()
            articles_of = _patched_members(before, tag_slugs, joining)
            if articles_of:
                rebuilt_tags[key] = tag_terms[key] = Term(_most_common(spellings[key]), key, "", articles_of)
            else:
                spellings.pop(key, None)
                tag_terms.pop(key, None)
        if affected_tags:
            # Tags are sorted by (-articles, slug): take the old terms out and put the new ones
            # in where they belong.
            kept = list(old.tags)
            for key in affected_tags:
                term = self.tag_terms.get(key)
                if term is not None:
                    at = bisect.bisect_left(kept, _tag_order(term), key=_tag_order)
                    del kept[at]
            for term in rebuilt_tags.values():
                kept.insert(bisect.bisect_left(kept, _tag_order(term), key=_tag_order), term)
            tags = tuple(kept)
        else:
            tags = old.tags
        # Months.
        month_keys = set()
        for slug in changed:
            for article in (old.by_slug.get(slug), current.get(slug)):
                if article is not None:
                    month_keys.add((article.date.year, article.date.month))
        old_months = {(m.year, m.month): m for m in old.months}
        if not month_keys:
            months = old.months
        elif month_keys <= old_months.keys() and all(
                any((a.date.year, a.date.month) == key for a in old_months[key].articles if a.slug not in changed)
                or any((a.date.year, a.date.month) == key for a in members) for key in month_keys):
            months = tuple(
                Month(m.year, m.month, _patched_members(m.articles, changed,
                                                        [a for a in members if (a.date.year, a.date.month) == (m.year, m.month)]))
                if (m.year, m.month) in month_keys else m
                for m in old.months)
        else:
            months = _group_months(list(ordered))
        # Related: the articles whose computed list changed, that show a changed article, or
        # that name one in `related:`.
        redo = set(change.related) | {slug for slug in changed if slug in current}
        for slug in changed:
            redo |= self.refers.get(slug, set())
            redo |= self.named.get(slug, set())
        redo = {slug for slug in redo if slug in current}
        refers = dict(self.refers)
        named = dict(self.named)
        related_problems = dict(self.related_problems)
        new_related: dict[str, tuple[Article, ...]] = {}
        for slug in changed:
            if slug not in current:
                related_problems.pop(slug, None)
                for pick in old.related.get(slug, ()):
                    refers[pick.slug] = refers.get(pick.slug, set()) - {slug}
            previous_article = old.by_slug.get(slug)
            for name in previous_article.related if previous_article else ():
                named[name] = named.get(name, set()) - {slug}
            for name in current[slug].related if slug in current else ():
                named[name] = named.get(name, set()) | {slug}
        for slug in sorted(redo):
            article = current[slug]
            found: list[Problem] = []
            picks = _manual_related(article, by_slug, found)
            chosen = {pick.slug for pick in picks}
            target = max(self.config.related_count, len(picks))
            for other, _similarity in facts.related.get(slug, ()):
                if len(picks) >= target:
                    break
                if other not in chosen:
                    picks.append(by_slug[other])
                    chosen.add(other)
            new_related[slug] = tuple(picks)
            if found:
                related_problems[slug] = found
            else:
                related_problems.pop(slug, None)
            for pick in old.related.get(slug, ()):
                refers[pick.slug] = refers.get(pick.slug, set()) - {slug}
            for pick in picks:
                refers[pick.slug] = refers.get(pick.slug, set()) | {slug}
        related = dict(old.related)
        for slug in changed:
            if slug not in current:
                related.pop(slug, None)
        related.update(new_related)
        # Stories.
        stories_changed = change.stories or any(slug in old.story_of for slug in changed | change.related)
        if stories_changed or any(old.stories) and changed:
            old_stories = {story.id: story for story in old.stories}
            stories = []
            for slugs in facts.stories:
                story = old_stories.get(slugs[0])
                if (story is None or tuple(a.slug for a in story.articles) != tuple(slugs)
                        or any(slug in changed or slug in change.related for slug in slugs)
                        or any(a.slug in changed for a in story.coverage)):
                    story_members = tuple(by_slug[slug] for slug in slugs)
                    story = Story(id=slugs[0], lead=story_members[0], articles=story_members,
                                  coverage=_coverage(story_members, facts.related, by_slug))
                stories.append(story)
            stories.sort(key=lambda story: (story.latest, story.id), reverse=True)
            story_tuple = tuple(stories)
            story_of = {article.slug: story for story in story_tuple for article in story.articles}
        else:
            story_tuple, story_of = old.stories, old.story_of
        # Each article's terms: those of the changed articles and of every member of a rebuilt term.
        topic_by_name = {term.name: term for term in topics}
        tag_by_slug = tag_terms
        topic_redo = set(topic_slugs)
        for term in rebuilt_topics.values():
            topic_redo.update(a.slug for a in term.articles)
        tag_redo = set(tag_slugs)
        for term in rebuilt_tags.values():
            tag_redo.update(a.slug for a in term.articles)
        topics_of = self._terms(old.topics_of, changed, current, topic_redo, facts.topics,
                                lambda name: topic_by_name[name], bool(affected - declared))
        tags_of = self._terms(old.tags_of, changed, current, tag_redo, facts.tags,
                              lambda name: tag_by_slug[_slug(name)], False)
        index = SiteIndex(articles=tuple(ordered), by_slug=by_slug, topics=topics, tags=tags, months=months,
                          related=related, stories=story_tuple, story_of=story_of, topics_of=topics_of,
                          tags_of=tags_of, topic_source=facts.topic_source, tag_source=facts.tag_source)
        state = _SiteState.__new__(_SiteState)
        state.config, state.index, state.facts, state.size = self.config, index, facts, len(articles)
        state.topic_problems, state.related_problems = topic_problems, related_problems
        state.refers, state.named, state.spellings, state.tag_terms = refers, named, spellings, tag_terms
        if related_problems:
            problem_slugs = sorted(related_problems, key=lambda slug: _key(by_slug[slug]), reverse=True)
            state.problems = topic_problems + [p for slug in problem_slugs for p in related_problems[slug]]
        else:
            state.problems = list(topic_problems)
        return state

    @staticmethod
    def _terms(old: dict[str, tuple[Term, ...]], changed: set[str], current: dict[str, Article],
               redo: set[str], names_of: dict[str, tuple[str, ...]], term_of, everything: bool) -> dict[str, tuple[Term, ...]]:
        if everything:
            redo = set(current)
        fresh = {}
        for slug in redo:
            if slug in current:
                names = names_of.get(slug, ())
                fresh[slug] = (term_of(names[0]),) if len(names) == 1 else tuple(dict.fromkeys(term_of(n) for n in names))
        out = dict(old)
        for slug in changed:
            if slug not in current:
                out.pop(slug, None)
        out.update(fresh)
        return out
