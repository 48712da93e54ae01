"""Patching the site index after a change, for `digest serve` and incremental builds: the
terms, months, related lists and stories that a changed article touches are updated in place
of a full regrouping, and the result is the index a fresh `build_index` would give."""
from __future__ import annotations

import bisect
from datetime import datetime

from digest.config import Config
from digest.content import Article
from digest.errors import Problem
from digest.index.diff import note_patch
from digest.index.facts import ContentFacts, FactsChange
from digest.index.model import (
    Month,
    SiteIndex,
    Story,
    Term,
    TermLists,
    coverage,
    full_index,
    group_months,
    group_topics,
    manual_related,
    most_common,
    slug_of,
    tag_order,
    undeclared_topic_problems,
)


def _key(article: Article) -> tuple[datetime, str]:
    return (article.date, article.slug)


def _place_newest_first(items: list[Article], key: tuple[datetime, str]) -> int:
    """Where an article with this key is (or goes) in a list sorted newest first (by date,
    then slug, both descending)."""
    low, high = 0, len(items)
    while low < high:
        middle = (low + high) // 2
        if _key(items[middle]) > key:
            low = middle + 1
        else:
            high = middle
    return low


def _patched_members(old: tuple[Article, ...], changed: set[str], members: list[Article],
                     was: dict[str, Article]) -> tuple[Article, ...]:
    """`old` (newest first) without the articles of `changed` slugs, plus `members` (current
    articles of changed slugs that belong), in order. `was`: the articles of the index `old`
    comes from, by slug (they are found in it by bisection, not by a walk through it; no two
    of them share a slug: see build_index)."""
    items = list(old)
    for slug in changed:
        article = was.get(slug)
        if article is not None:
            at = _place_newest_first(items, _key(article))
            if at < len(items) and items[at] is article:
                del items[at]
    for article in members:
        items.insert(_place_newest_first(items, _key(article)), article)
    return tuple(items)


class SiteState:
    """The last site index and what patching it needs; kept on the Indexer."""

    def __init__(self, config: Config, index: SiteIndex, facts: ContentFacts, topic_problems: list[Problem],
                 related_problems: dict[str, list[Problem]], size: int, spellings: dict[str, dict[str, int]]):
        self.config = config
        self.index = index
        self.facts = facts
        self.topic_problems = topic_problems
        self.topic_warnings: dict[str, list[Problem]] | None = None  # by undeclared topic, once patched
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
    def build(cls, articles: list[Article], config: Config, facts: ContentFacts) -> SiteState:
        problems: list[Problem] = []
        spellings: dict[str, dict[str, int]] = {}
        index = full_index(articles, config, facts, problems, spellings)
        topic_problems = [p for p in problems if p.message.startswith("topic ")]
        related_problems: dict[str, list[Problem]] = {}
        for article in index.articles:
            if article.related:
                found: list[Problem] = []
                manual_related(article, index.by_slug, found)
                if found:
                    related_problems[article.slug] = found
        return cls(config, index, facts, topic_problems, related_problems, len(articles), spellings)

    def patch(self, articles: list[Article], facts: ContentFacts, change: FactsChange) -> SiteState | None:
        """The index after `change`, built from this one; None when a full build is needed."""
        old = self.index
        changed = change.articles
        now = change.current  # slug -> its article now (None: gone), for every changed slug
        members = [now[slug] for slug in sorted(changed) if now.get(slug) is not None]
        was = old.by_slug
        ordered = _patched_members(old.articles, changed, members, was) if changed else old.articles
        # The same slugs in the same order: each changed one is where it was (the others keep
        # their order around them).
        order_kept = len(ordered) == len(old.articles) and all(
            slug in was and now.get(slug) is not None
            and _place_newest_first(old.articles, _key(was[slug])) == _place_newest_first(ordered, _key(now[slug]))
            for slug in changed)
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
        rebuilt_topics = {}
        for term in old.topics:
            if term.name in affected:
                joining = [current[slug] for slug in sorted(topic_slugs)
                           if slug in current and term.name in facts.topics.get(slug, ())]
                rebuilt_topics[term.name] = Term(term.name, term.slug, term.description,
                                                 _patched_members(term.articles, topic_slugs, joining, was))
        undeclared = affected - declared
        regrouped = not undeclared <= rebuilt_topics.keys() or any(not rebuilt_topics[name].articles for name in undeclared)
        if regrouped:  # a topic digest.yaml does not declare came or went: slugs and order may change
            topic_problems: list[Problem] = []
            topics = group_topics(list(ordered), self.config.topics, facts.topics, topic_problems)
            rebuilt_topics = {term.name: term for term in topics}
            warnings = None
        else:
            topics = tuple(rebuilt_topics.get(term.name, term) for term in old.topics)
            topic_problems, warnings = self.topic_problems, self.topic_warnings
            if undeclared:  # the warnings of the undeclared topics the change touched
                warnings = dict(warnings if warnings is not None else self._warnings_by_topic())
                old_terms = {term.name: term for term in old.topics if term.name in undeclared}
                warnings.update((name, undeclared_topic_problems(rebuilt_topics[name], (old_terms[name], warnings[name])))
                                for name in undeclared)
                topic_problems = [p for term in topics if term.name in warnings for p in warnings[term.name]]
        # Tags.
        tag_slugs = changed | change.tags
        spellings = dict(self.spellings)
        affected_tags: set[str] = set()
        for slug in tag_slugs:
            for sign, names in ((-1, self.facts.tags.get(slug, ())), (1, facts.tags.get(slug, ()))):
                for name in names:
                    key = slug_of(name)
                    affected_tags.add(key)
                    counter = spellings[key] = dict(spellings.get(key, ()))
                    counter[name] = counter.get(name, 0) + sign
                    if counter[name] <= 0:
                        del counter[name]
        tag_terms = dict(self.tag_terms) if affected_tags else self.tag_terms
        rebuilt_tags: dict[str, Term] = {}
        for key in affected_tags:
            joining = [current[slug] for slug in sorted(tag_slugs)
                       if slug in current and any(slug_of(name) == key for name in facts.tags.get(slug, ()))]
            before = self.tag_terms[key].articles if key in self.tag_terms else ()
            articles_of = _patched_members(before, tag_slugs, joining, was)
            if articles_of:
                rebuilt_tags[key] = tag_terms[key] = Term(most_common(spellings[key]), key, "", articles_of)
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
                    at = bisect.bisect_left(kept, tag_order(term), key=tag_order)
                    del kept[at]
            for term in rebuilt_tags.values():
                kept.insert(bisect.bisect_left(kept, tag_order(term), key=tag_order), term)
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
                                                        [a for a in members if (a.date.year, a.date.month) == (m.year, m.month)],
                                                        was))
                if (m.year, m.month) in month_keys else m
                for m in old.months)
        else:
            months = group_months(list(ordered))
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
            picks = manual_related(article, by_slug, found)
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
                                  coverage=coverage(story_members, facts.related, by_slug))
                stories.append(story)
            stories.sort(key=lambda story: (story.latest, story.id), reverse=True)
            story_tuple = tuple(stories)
            story_of = {article.slug: story for story in story_tuple for article in story.articles}
            kept = {id(story) for story in story_tuple}
            story_touched = {a.slug for story in story_tuple if old_stories.get(story.id) is not story
                             for a in story.articles}
            story_touched.update(a.slug for story in old.stories if id(story) not in kept for a in story.articles)
        else:
            story_tuple, story_of = old.stories, old.story_of
            story_touched = set()
        # Each article's terms, found from the new facts and terms when asked.
        topics_of = TermLists(by_slug, facts.topics, {term.name: term for term in topics}, by_name=True)
        tags_of = TermLists(by_slug, facts.tags, tag_terms, by_name=False)
        index = SiteIndex(articles=tuple(ordered), by_slug=by_slug, topics=topics, tags=tags, months=months,
                          related=related, stories=story_tuple, story_of=story_of, topics_of=topics_of,
                          tags_of=tags_of, topic_source=facts.topic_source, tag_source=facts.tag_source)
        # The other members of a rebuilt term get new tuples of the same names: only a renamed
        # tag (its most common spelling changed) changes what its members show.
        renamed = {a.slug for key, term in rebuilt_tags.items() if key in self.tag_terms
                   and term.name != self.tag_terms[key].name
                   for a in (*term.articles, *self.tag_terms[key].articles)}
        note_patch(old, index, {"by_slug": changed, "related": changed | redo, "story_of": changed | story_touched,
                                "topics_of": None if regrouped else topic_slugs,
                                "tags_of": tag_slugs | renamed, "topic_source": changed | change.topics,
                                "tag_source": changed | change.tags}, order_kept)
        state = SiteState.__new__(SiteState)
        state.config, state.index, state.facts, state.size = self.config, index, facts, len(articles)
        state.topic_problems, state.related_problems = topic_problems, related_problems
        state.topic_warnings = warnings
        state.refers, state.named, state.spellings, state.tag_terms = refers, named, spellings, tag_terms
        if related_problems:
            problem_slugs = sorted(related_problems, key=lambda slug: _key(by_slug[slug]), reverse=True)
            state.problems = topic_problems + [p for slug in problem_slugs for p in related_problems[slug]]
        else:
            state.problems = list(topic_problems)
        return state

    def _warnings_by_topic(self) -> dict[str, list[Problem]]:
        """topic_problems by topic: one warning per article of each undeclared topic, in order."""
        declared = {topic.name for topic in self.config.topics}
        warnings, at = {}, 0
        for term in self.index.topics:
            if term.name not in declared:
                warnings[term.name] = self.topic_problems[at:at + len(term.articles)]
                at += len(term.articles)
        return warnings
