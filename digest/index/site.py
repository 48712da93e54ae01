"""The site index: every published article, grouped by topic, tag and month, with related
articles and stories. Built once from the full list of articles, then read-only: rendering
never looks at files, so a page always sees every other article.
"""
from __future__ import annotations

from digest.config import Config
from digest.content import Article
from digest.errors import Problem
from digest.index.indexer import Indexer
from digest.index.model import SiteIndex
from digest.index.patch import SiteState


def build_index(articles: list[Article], config: Config, indexer: Indexer | None = None) -> tuple[SiteIndex, list[Problem]]:
    """The index of `articles`. Pass the same `indexer` to successive builds (the dev server
    does) to reuse the work of the previous one: only what a change touches is recomputed, and
    the result is the same either way."""
    indexer = indexer or Indexer(config)
    facts = indexer.facts(articles)
    change = indexer.last_change
    previous = indexer.site if isinstance(indexer.site, SiteState) else None
    # (An index of articles that shared a slug holds them all: it is built afresh once they no longer do.)
    if (previous is not None and not change.full and previous.config == config and change.count == len(articles)
            and len(previous.index.articles) == len(previous.index.by_slug)):
        if not (change.articles or change.topics or change.tags or change.related or change.stories):
            return previous.index, list(previous.problems)
        patched = previous.patch(articles, facts, change)
        if patched is not None:
            indexer.site = patched
            return patched.index, list(patched.problems)
    state = SiteState.build(articles, config, facts)
    indexer.site = state
    return state.index, list(state.problems)
